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

/** An empty table. */
export function createWordTable(): WordTable {
  const idsByKey = new Map<string, number[]>();
  // A word seen before is found in place in the key, so it costs no string.
  const words = new KeyTable();
  // Words are the runs between spaces; empty ones are dropped.
  const split = (key: string): number[] => {
    const ids: number[] = [];
    for (let start = 0; start <= key.length; ) {
      let end = key.indexOf(' ', start);
      if (end === -1) end = key.length;
      if (end > start) ids.push(words.idOfSpan(key, start, end));
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
