/** Maps offsets in a text with spans cut out back to the text it was cut from. */
import type { Span } from '../model/finding.js';

/** Offsets of a cleaned text, mapped to the original. */
export interface OffsetMap {
  /** The original offset of the character at `offset` of the cleaned text. */
  readonly toOriginal: (offset: number) => number;
}

function lastAtOrBefore(values: ArrayLike<number>, target: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((values[middle] as number) <= target) low = middle;
    else high = middle - 1;
  }
  return low;
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
  return {
    toOriginal: (offset) => {
      const segment = lastAtOrBefore(cleanedStarts, offset);
      return (originalStarts[segment] as number) + offset - (cleanedStarts[segment] as number);
    },
  };
}

/** 1-based line number of an offset, given the sorted start offsets of the lines. */
export function lineNumberAt(lineStarts: ArrayLike<number>, offset: number): number {
  return lastAtOrBefore(lineStarts, offset) + 1;
}
