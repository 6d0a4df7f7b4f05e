/**
 * Key ids: one number per distinct comparison key of a text, the same in every pass the engine
 * makes over it. Repeat detection finds a line's first occurrence by its key id, an index into an
 * array, instead of a Map of key strings: V8 hashes every character of each fresh string there,
 * which for the 500,000 keys of a 100 MB text cost more than this whole table. Equal keys also
 * become one string, so a text's repeated lines hold their key once.
 */

/** The distinct keys of one text, numbered in order of first appearance. */
export interface KeyTable {
  /** The id of `key`, which is added when new. */
  idOf(key: string): number;
  /** The key with `id`: the one string kept for all keys equal to it. */
  keyOf(id: number): string;
  /** The number of distinct keys: every id is below it. */
  readonly size: number;
}

/** The id of the empty key, which every table holds from the start (blank lines have it). */
export const EMPTY_KEY_ID = 0;

// FNV-1a over the code units. A collision costs a comparison of two strings, never a wrong id.
function hashOf(key: string): number {
  let hash = 0x811c9dc5 ^ key.length;
  for (let index = 0; index < key.length; index++) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  return hash;
}

// Room for `count` keys at most half full, in a power of two.
function slotCountFor(count: number): number {
  return Math.max(1024, 2 ** Math.ceil(Math.log2(count * 2 + 1)));
}

/**
 * A table holding only the empty key, with room for about `expectedKeys` keys before it grows
 * (the engine passes the number of lines: growing rehashes every key).
 */
export function createKeyTable(expectedKeys = 0): KeyTable {
  const keys: string[] = [];
  // Open addressing with linear probing, each slot two numbers side by side: the key's hash and
  // its id + 1 (0 when empty). A lookup reads one slot, which is mostly one cache miss, and looks
  // at the key string only when the hashes match.
  let slots = new Int32Array(slotCountFor(expectedKeys) * 2);

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
  const idOf = (key: string): number => {
    const hash = hashOf(key);
    const mask = slots.length / 2 - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const idPlusOne = slots[slot * 2 + 1] as number;
      if (idPlusOne === 0) break;
      if (slots[slot * 2] === hash && keys[idPlusOne - 1] === key) return idPlusOne - 1;
    }
    keys.push(key);
    if (keys.length * 4 > slots.length) grow();
    place(hash, keys.length);
    return keys.length - 1;
  };

  idOf('');
  return {
    idOf,
    keyOf: (id) => keys[id] as string,
    get size() {
      return keys.length;
    },
  };
}
