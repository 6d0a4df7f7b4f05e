/**
 * The words of comparison keys as integer ids, one id per distinct word, so that the similarity
 * tests compare, count and pair numbers instead of building strings and sets of strings. One
 * table serves one rule's look at one article; each key is split once however often it is asked.
 */
import { KeyTable } from '../text/key-table.js';

/** Word ids by key. */
export interface WordTable {
  /** The ids of the words of a key, in order (a key is split on spaces, empty words dropped). */
  idsOf(key: string): readonly number[];
}

// Room for the distinct words of the few lines an article compares: a table made at the smallest
// size grew on four files in ten of the bench (each growth rehashes every word).
const EXPECTED_WORDS = 128;

/** An empty table. */
export function createWordTable(): WordTable {
  const idsByKey = new Map<string, number[]>();
  // A word seen before is found in place in the key, so it costs no string. Made on the first
  // split: most articles never compare two lines word by word.
  let words: KeyTable | null = null;
  // Words are the runs between spaces; empty ones are dropped.
  const split = (key: string): number[] => {
    words ??= new KeyTable(EXPECTED_WORDS);
    const ids: number[] = [];
    for (let start = 0; start <= key.length; ) {
      let end = key.indexOf(' ', start);
      if (end === -1) end = key.length;
      if (end > start) ids.push((words as KeyTable).idOfSpan(key, start, end));
      start = end + 1;
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
  };
}
