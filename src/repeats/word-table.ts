/**
 * The words of comparison keys as integer ids, one id per distinct word, so that the similarity
 * tests compare, count and pair numbers instead of building strings and sets of strings. One
 * table serves one rule's look at one article; each key is split once however often it is asked.
 */

/** Word ids by key, and the ids of the words seen so far. */
export interface WordTable {
  /** The ids of the words of a key, in order (a key is split on spaces, empty words dropped). */
  idsOf(key: string): readonly number[];
  /** How many distinct words the table holds: every id is below it. */
  wordCount(): number;
}

// FNV-1a steps over a word's code units, as the key is scanned.
const HASH_START = 0x811c9dc5;
const INITIAL_SLOTS = 256;

/** An empty table. */
export function createWordTable(): WordTable {
  const idsByKey = new Map<string, number[]>();
  // The words by id, and an open-addressing table of them: each slot two numbers side by side,
  // the word's hash and its id + 1 (0 when empty). A word is looked up by the hash made while the
  // key is scanned and compared in place in the key, so a word seen before costs no string: keys
  // near the runs of a large text hold millions of words, and a slice and a Map lookup each made
  // most of the repeat rule's time.
  const words: string[] = [];
  // Made at the first word: most articles have no repeat whose words are ever compared.
  let slots = new Int32Array(0);
  const place = (hash: number, idPlusOne: number): void => {
    const mask = slots.length / 2 - 1;
    let slot = hash & mask;
    while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
    slots[slot * 2] = hash;
    slots[slot * 2 + 1] = idPlusOne;
  };
  const grow = (): void => {
    const old = slots;
    slots = new Int32Array(old.length * 2);
    for (let slot = 0; slot < old.length; slot += 2) if (old[slot + 1] !== 0) place(old[slot] as number, old[slot + 1] as number);
  };
  // The id of the word `key[start, end)`, whose hash is `hash`.
  const idOf = (key: string, start: number, end: number, hash: number): number => {
    if (slots.length === 0) slots = new Int32Array(INITIAL_SLOTS * 2);
    const mask = slots.length / 2 - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const idPlusOne = slots[slot * 2 + 1] as number;
      if (idPlusOne === 0) break;
      const word = words[idPlusOne - 1] as string;
      if (slots[slot * 2] === hash && word.length === end - start && key.startsWith(word, start)) return idPlusOne - 1;
    }
    words.push(key.slice(start, end));
    if (words.length * 4 > slots.length) grow();
    place(hash, words.length);
    return words.length - 1;
  };
  // Words are the runs between spaces; empty ones are dropped.
  const split = (key: string): number[] => {
    const ids: number[] = [];
    let start = 0;
    let hash = HASH_START;
    for (let index = 0; index <= key.length; index++) {
      const code = index === key.length ? 0x20 : key.charCodeAt(index);
      if (code !== 0x20) {
        hash = Math.imul(hash ^ code, 0x01000193);
        continue;
      }
      if (index > start) ids.push(idOf(key, start, index, hash));
      start = index + 1;
      hash = HASH_START;
    }
    return ids;
  };
  return {
    idsOf(key) {
      let ids = idsByKey.get(key);
      if (ids === undefined) {
        ids = split(key);
        idsByKey.set(key, ids);
      }
      return ids;
    },
    // A method, not a getter: an object literal with an accessor is built by a runtime call,
    // which costs more than the rest of a look at an article without repeats.
    wordCount: () => words.length,
  };
}
