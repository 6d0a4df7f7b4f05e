/**
 * The search for runs of words repeated right after themselves inside one line, in linear time
 * whatever the line; the word tandems and the cheap hint before them both use it.
 */

/** Bounds the comparisons spent on a line, per sentence or word in it, so a hostile line costs linear time. */
export const WORK_PER_UNIT = 32;

/** The fewest words a repeated run inside a line has: "the the" is no copy. */
export const MIN_RUN_WORDS = 4;

/** For each of the first `count` hashes, the index of the next equal one, or -1. */
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
 * Goes through the places where a run of at least MIN_RUN_WORDS words may repeat right after
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
      if (period < MIN_RUN_WORDS) continue;
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
