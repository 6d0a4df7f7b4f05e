/**
 * A reused set of 32-bit integers for the hot tests that ask "was this hash seen before?" once
 * per word: a Set of numbers allocates a heap number for most hashes and grows entry by entry,
 * while this table is allocated once, grows only for longer lines than it has seen, and is
 * emptied by a new generation instead of a clear.
 */

import { slotCountFor } from './table-slots.js';

const INITIAL_SLOTS = 1024;
const KEPT_SLOTS = 1 << 20;

/**
 * A set of 32-bit integers, emptied by `reset`, which also makes room for the members to come.
 * A class, not a closure: the call sites of its methods see one shared prototype and inline
 * them, and `add` needs no test for growth, since `reset` was told how many members may come.
 */
export class IntegerSet {
  private values = new Int32Array(INITIAL_SLOTS);
  // The generation that wrote each slot: a slot of an older one is empty.
  private stamps = new Uint32Array(INITIAL_SLOTS);
  private generation = 1;

  /** Empties the set, with room for at most `count` members until the next reset. */
  reset(count: number): void {
    if (count * 2 > this.stamps.length) {
      this.allocate(slotCountFor(count, INITIAL_SLOTS));
      return;
    }
    this.generation++;
    if (this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
  }

  /** Adds a value; returns false when it was in the set already. */
  add(value: number): boolean {
    const { values, stamps, generation } = this;
    const mask = stamps.length - 1;
    for (let slot = Math.imul(value, 0x9e3779b1) >>> 0; ; slot++) {
      slot &= mask;
      if (stamps[slot] !== generation) {
        stamps[slot] = generation;
        values[slot] = value;
        return true;
      }
      if (values[slot] === value) return false;
    }
  }

  /** Whether a value is in the set. */
  has(value: number): boolean {
    const { values, stamps, generation } = this;
    const mask = stamps.length - 1;
    for (let slot = Math.imul(value, 0x9e3779b1) >>> 0; ; slot++) {
      slot &= mask;
      if (stamps[slot] !== generation) return false;
      if (values[slot] === value) return true;
    }
  }

  /** Lets a huge table go, so the memory of a line of millions of words comes back. */
  release(): void {
    if (this.stamps.length > KEPT_SLOTS) this.allocate(INITIAL_SLOTS);
  }

  private allocate(slots: number): void {
    this.values = new Int32Array(slots);
    this.stamps = new Uint32Array(slots);
    this.generation = 1;
  }
}
