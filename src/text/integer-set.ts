/**
 * A reused set of 32-bit integers for the hot tests that ask "was this hash seen before?" once
 * per word: a Set of numbers allocates a heap number for most hashes and grows entry by entry,
 * while this table is allocated once and emptied by a new generation instead of a clear.
 */

/** A set of 32-bit integers, emptied by `reset`. */
export interface IntegerSet {
  /** Empties the set, with room for `count` members. */
  reset(count: number): void;
  /** Adds a value; returns false when it was in the set already. */
  add(value: number): boolean;
  /** Lets a huge table go, so the memory of a line of millions of words comes back. */
  release(): void;
}

const INITIAL_SLOTS = 1024;
const KEPT_SLOTS = 1 << 20;

/** A set with room for a few hundred members, growing when `reset` asks for more. */
export function createIntegerSet(): IntegerSet {
  let values = new Int32Array(INITIAL_SLOTS);
  // The generation that wrote each slot: a slot of an older one is empty.
  let stamps = new Uint32Array(INITIAL_SLOTS);
  let mask = INITIAL_SLOTS - 1;
  let generation = 0;
  const allocate = (slots: number): void => {
    values = new Int32Array(slots);
    stamps = new Uint32Array(slots);
    mask = slots - 1;
    generation = 0;
  };
  return {
    reset(count) {
      // At most half full, so a probe sequence stays short.
      let slots = stamps.length;
      while (slots < count * 2) slots *= 2;
      if (slots !== stamps.length) allocate(slots);
      generation++;
      if (generation === 0xffffffff) {
        stamps.fill(0);
        generation = 1;
      }
    },
    add(value) {
      let slot = Math.imul(value, 0x9e3779b1) >>> 0;
      for (;;) {
        slot &= mask;
        if (stamps[slot] !== generation) {
          stamps[slot] = generation;
          values[slot] = value;
          return true;
        }
        if (values[slot] === value) return false;
        slot++;
      }
    },
    release() {
      if (stamps.length > KEPT_SLOTS) allocate(INITIAL_SLOTS);
    },
  };
}
