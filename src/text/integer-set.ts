/**
 * A reused set of 32-bit integers for the hot tests that ask "was this hash seen before?" once
 * per word: a Set of numbers allocates a heap number for most hashes and grows entry by entry,
 * while this table is allocated once, grows only for longer lines than it has seen, and is
 * emptied by a new generation instead of a clear.
 */

/** A set of 32-bit integers, emptied by `reset`. */
export interface IntegerSet {
  /** Empties the set. */
  reset(): void;
  /** Adds a value; returns false when it was in the set already. */
  add(value: number): boolean;
  /** Lets a huge table go, so the memory of a line of millions of words comes back. */
  release(): void;
}

const INITIAL_SLOTS = 1024;
const KEPT_SLOTS = 1 << 20;

/** An empty set with room for a few hundred members. */
export function createIntegerSet(): IntegerSet {
  let values = new Int32Array(INITIAL_SLOTS);
  // The generation that wrote each slot: a slot of an older one is empty.
  let stamps = new Uint32Array(INITIAL_SLOTS);
  let generation = 1;
  let size = 0;
  const insert = (value: number): boolean => {
    const mask = stamps.length - 1;
    for (let slot = Math.imul(value, 0x9e3779b1) >>> 0; ; slot++) {
      slot &= mask;
      if (stamps[slot] !== generation) {
        stamps[slot] = generation;
        values[slot] = value;
        size++;
        return true;
      }
      if (values[slot] === value) return false;
    }
  };
  const allocate = (slots: number): void => {
    values = new Int32Array(slots);
    stamps = new Uint32Array(slots);
    generation = 1;
    size = 0;
  };
  // Twice the slots, the members moved over: at most half full, probe sequences stay short.
  const grow = (): void => {
    const oldValues = values;
    const oldStamps = stamps;
    const oldGeneration = generation;
    allocate(stamps.length * 2);
    for (let slot = 0; slot < oldStamps.length; slot++) if (oldStamps[slot] === oldGeneration) insert(oldValues[slot] as number);
  };
  return {
    reset() {
      size = 0;
      generation++;
      if (generation === 0xffffffff) {
        stamps.fill(0);
        generation = 1;
      }
    },
    add(value) {
      if ((size + 1) * 2 > stamps.length) grow();
      return insert(value);
    },
    release() {
      if (stamps.length > KEPT_SLOTS) allocate(INITIAL_SLOTS);
    },
  };
}
