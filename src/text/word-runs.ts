/** Runs of words shared by two comparison keys. */

/**
 * Whether three words in a row of `key` occur in `otherKey`. A key is its words joined by single
 * spaces, so " a b c " occurs in " " + key + " " exactly where a, b and c follow each other: the
 * short key's runs are looked for in the long one, whose own runs are never built.
 */
export function sharesRunOfThreeWords(key: string, otherKey: string): boolean {
  const padded = ` ${otherKey} `;
  const words = key.split(' ');
  for (let index = 2; index < words.length; index++) {
    if (padded.includes(` ${words[index - 2]} ${words[index - 1]} ${words[index]} `)) return true;
  }
  return false;
}
