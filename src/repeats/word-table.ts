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

/** An empty table. */
export function createWordTable(): WordTable {
  const idsByWord = new Map<string, number>();
  const idsByKey = new Map<string, number[]>();
  const idOf = (word: string): number => {
    let id = idsByWord.get(word);
    if (id === undefined) {
      id = idsByWord.size;
      idsByWord.set(word, id);
    }
    return id;
  };
  const split = (key: string): number[] => {
    const ids: number[] = [];
    for (let start = 0; start <= key.length; ) {
      const space = key.indexOf(' ', start);
      const end = space === -1 ? key.length : space;
      if (end > start) ids.push(idOf(key.slice(start, end)));
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
    // A method, not a getter: an object literal with an accessor is built by a runtime call,
    // which costs more than the rest of a look at an article without repeats.
    wordCount: () => idsByWord.size,
  };
}
