/** Maps offsets in a text with spans cut out back to the text it was cut from. */
import type { Span } from '../model/finding.js';

/** Offsets of a cleaned text, mapped to the original and back. */
export interface OffsetMap {
  /** The original offset of the character at `offset` of the cleaned text. */
  readonly toOriginal: (offset: number) => number;
  /** The cleaned offset of original offset `offset`: how many kept characters come before it. */
  readonly toCleaned: (offset: number) => number;
}

// The last index in `low..high` whose value is at most `target` (`low` when there is none).
function lastAtOrBefore(values: ArrayLike<number>, target: number, low = 0, high = values.length - 1): number {
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((values[middle] as number) <= target) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * `lastAtOrBefore` over all of `values` for targets that mostly come in ascending order, as when a
 * text is parsed line by line: it gallops on from the previous answer (steps of 1, 2, 4, ...), so
 * the next line costs a comparison or two instead of a search of 20 steps over a million lines,
 * and a far jump still costs only a logarithm of its length. A target before the previous answer
 * is searched for from scratch.
 */
export function ascendingSearch(values: ArrayLike<number>): (target: number) => number {
  let previous = 0;
  return (target) => {
    if (previous >= values.length || (values[previous] as number) > target) {
      previous = lastAtOrBefore(values, target);
      return previous;
    }
    let step = 1;
    while (previous + step < values.length && (values[previous + step] as number) <= target) {
      previous += step;
      step *= 2;
    }
    previous = lastAtOrBefore(values, target, previous, Math.min(values.length - 1, previous + step - 1));
    return previous;
  };
}

/** The map for `text` with the sorted, disjoint `spans` deleted. */
export function offsetMapOf(text: string, spans: readonly Span[]): OffsetMap {
  const cleanedStarts: number[] = [];
  const originalStarts: number[] = [];
  let cleaned = 0;
  let original = 0;
  for (const span of [...spans, { start: text.length, end: text.length }]) {
    if (span.start > original || cleanedStarts.length === 0) {
      cleanedStarts.push(cleaned);
      originalStarts.push(original);
      cleaned += span.start - original;
    }
    original = span.end;
  }
  const segmentOf = ascendingSearch(cleanedStarts);
  const originalSegmentOf = ascendingSearch(originalStarts);
  return {
    toOriginal: (offset) => {
      const segment = segmentOf(offset);
      return (originalStarts[segment] as number) + offset - (cleanedStarts[segment] as number);
    },
    toCleaned: (offset) => {
      // Kept characters before `offset`: those of the segments before its own, and of its own up
      // to it (all of them, when `offset` is in the cut after the segment).
      const segment = originalSegmentOf(offset);
      const keptEnd = (cleanedStarts[segment + 1] as number | undefined) ?? cleaned;
      return Math.min((cleanedStarts[segment] as number) + offset - (originalStarts[segment] as number), keptEnd);
    },
  };
}

/** 1-based line number of an offset, given the sorted start offsets of the lines. */
export function lineNumberAt(lineStarts: ArrayLike<number>, offset: number): number {
  return lastAtOrBefore(lineStarts, offset) + 1;
}
