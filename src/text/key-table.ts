/**
 * Key ids: one number per distinct comparison key of a text, the same in every pass the engine
 * makes over it. Repeat detection finds a line's first occurrence by its key id, an index into an
 * array, instead of a Map of key strings: V8 hashes every character of each fresh string there,
 * which for the 500,000 keys of a 100 MB text cost more than this whole table. Equal keys also
 * become one string, so a text's repeated lines hold their key once.
 */

import { slotCountFor } from './table-slots.js';

/** The id of the empty key, which every table holds from the start (blank lines have it). */
export const EMPTY_KEY_ID = 0;

// FNV-1a over the code units. A collision costs a comparison of two strings, never a wrong id.
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 ^ (end - start);
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash;
}

// The smallest table: a few dozen keys, the lines of a short article.
const MIN_SLOTS = 64;

/**
 * The distinct keys of one text, numbered in order of first appearance. A class, not a closure per
 * table: the parse calls it once a line, and a call site that sees the methods of one shared
 * prototype stays inlined however many texts (and tables) a run goes through.
 */
export class KeyTable {
  private readonly keys: string[] = [];
  // Open addressing with linear probing, each slot two numbers side by side: the key's hash and
  // its id + 1 (0 when empty). A lookup reads one slot, which is mostly one cache miss, and looks
  // at the key string only when the hashes match.
  private slots: Int32Array;

  /** A table holding only the empty key, with room for about `expectedKeys` before it grows (growing rehashes every key). */
  constructor(expectedKeys = 0) {
    this.slots = new Int32Array(slotCountFor(expectedKeys, MIN_SLOTS) * 2);
    this.idOf('');
  }

  /** The number of distinct keys: every id is below it. */
  get size(): number {
    return this.keys.length;
  }

  /** The key with `id`: the one string kept for all keys equal to it. */
  keyOf(id: number): string {
    return this.keys[id] as string;
  }

  /** The id of `key`, which is added when new. */
  idOf(key: string): number {
    return this.idOfSpan(key, 0, key.length);
  }

  /** The id of `text[start, end)`, which is added when new: a known key costs no string. */
  idOfSpan(text: string, start: number, end: number): number {
    const hash = hashOf(text, start, end);
    const known = this.find(hash, text, start, end);
    if (known !== -1) return known;
    const { keys } = this;
    keys.push(start === 0 && end === text.length ? text : text.slice(start, end));
    if (keys.length * 4 > this.slots.length) this.grow();
    this.place(hash, keys.length);
    return keys.length - 1;
  }

  /** The id of `text[start, end)` when it is a key of the table, else -1 (nothing is added). */
  lookUpSpan(text: string, start: number, end: number): number {
    return this.find(hashOf(text, start, end), text, start, end);
  }

  private find(hash: number, text: string, start: number, end: number): number {
    const { keys, slots } = this;
    const mask = slots.length / 2 - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const idPlusOne = slots[slot * 2 + 1] as number;
      if (idPlusOne === 0) return -1;
      const known = keys[idPlusOne - 1] as string;
      if (slots[slot * 2] === hash && known.length === end - start && text.startsWith(known, start)) return idPlusOne - 1;
    }
  }

  private place(hash: number, idPlusOne: number): void {
    const { slots } = this;
    const mask = slots.length / 2 - 1;
    let slot = hash & mask;
    while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
    slots[slot * 2] = hash;
    slots[slot * 2 + 1] = idPlusOne;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let slot = 0; slot < old.length; slot += 2) if (old[slot + 1] !== 0) this.place(old[slot] as number, old[slot + 1] as number);
  }
}
