/**
 * The search shared by the repeats inside one line: places where a run of units (sentences or
 * words, as hashes) repeats right after itself, in linear time whatever the line.
 */

// Bounds the comparisons spent on one line, so a hostile line costs linear time.
export const WORK_PER_UNIT = 32;

// A text repeated inside a line repeats its words: no run shorter than this many words counts.
export const WORDS_IN_PROBE = 4;

// For each of the first `count` hashes, the index of the next equal one, or -1.
export function nextOccurrences(hashes: ArrayLike<number>, count = hashes.length): Int32Array {
  const next = new Int32Array(count).fill(-1);
  const seen = new Map<number, number>();
  for (let index = count - 1; index >= 0; index--) {
    const hash = hashes[index] as number;
    next[index] = seen.get(hash) ?? -1;
    seen.set(hash, index);
  }
  return next;
}

/**
 * Goes through the places where a run of at least WORDS_IN_PROBE units may repeat right after
 * itself, and asks `accepts(first, second)` about each whose hashes match over the whole run: it
 * answers where the search goes on (past the copies it took), or -1 to try the next place. Units
 * recur inside a text ("the"), so each unit's later occurrences are tried in turn, within a budget
 * of work that keeps a hostile line linear.
 */
export function searchAdjacentRuns(hashes: ArrayLike<number>, count: number, accepts: (first: number, second: number) => number): void {
  const next = nextOccurrences(hashes, count);
  let budget = WORK_PER_UNIT * count;
  for (let first = 0; first < count && budget > 0; first++) {
    for (let second = next[first] as number; second !== -1 && budget > 0; second = next[second] as number) {
      const period = second - first;
      if (second + period > count) break;
      if (period < WORDS_IN_PROBE) continue;
      let matched = 0;
      while (matched < period && hashes[first + matched] === hashes[second + matched]) matched++;
      budget -= matched + 1;
      if (matched < period) continue;
      const resume = accepts(first, second);
      if (resume === -1) continue;
      // The loop's first++ moves on to `resume`.
      first = resume - 1;
      break;
    }
  }
}
