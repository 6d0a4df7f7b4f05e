/** Finding phrases in comparison keys, whose words are separated by single spaces. */

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern that finds any of `keys` (comparison keys; empty ones are left out) in a key as words
 * of their own: after the start or a space (only at the start when `atStart`), before a space or
 * the end.
 */
export function keyPhrasePattern(keys: readonly string[], atStart = false): RegExp {
  const alternatives = keys.filter((key) => key !== '').map(escape);
  // An empty list finds nothing (an empty alternation would find the empty key).
  if (alternatives.length === 0) return /(?!)/u;
  return new RegExp(`${atStart ? '^' : '(?:^| )'}(?:${alternatives.join('|')})(?= |$)`, 'u');
}
