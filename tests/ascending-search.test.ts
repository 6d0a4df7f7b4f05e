/** ascendingSearch answers exactly as a binary search does, whatever order the targets come in. */
import { describe, expect, it } from 'vitest';
import { ascendingSearch, lineNumberAt } from '../src/engine/offset-map.js';

// A small deterministic generator, so a failure can be replayed.
function randomNumbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

describe('ascendingSearch', () => {
  it.each([1, 2, 3, 4, 5])('matches lineNumberAt on ascending, jumping and backward targets (seed %i)', (seed) => {
    const random = randomNumbers(seed);
    const values: number[] = [];
    for (let value = 0; values.length < 500; value += Math.floor(random() * 4)) values.push(value);
    const search = ascendingSearch(values);
    let target = -2;
    for (let query = 0; query < 3000; query++) {
      const move = random();
      target = move < 0.6 ? target + Math.floor(random() * 5) : move < 0.8 ? target + Math.floor(random() * 400) : Math.floor(random() * 1000) - 5;
      expect(search(target)).toBe(lineNumberAt(values, target) - 1);
    }
  });

  it('answers 0 for an empty list, like the binary search', () => {
    expect(ascendingSearch([])(5)).toBe(lineNumberAt([], 5) - 1);
  });
});
