/**
 * Where the lines of a cleaned text were in the original: a later pass reads the cleaned text, and
 * what it reports (line ranges, and the lines and columns its reasons name) is moved back onto the
 * text people gave.
 */
import type { Article, OriginalPlaces } from '../model/article.js';
import { lineNumberAt, type OffsetMap } from './offset-map.js';

/** The places of `cleaned`, the text mapped back by `map` onto an original whose lines start at `originalStarts`. */
export function placesAfterCuts(cleaned: Article, map: OffsetMap, originalStarts: ArrayLike<number>): OriginalPlaces {
  const originalLineNumber = (offset: number): number => lineNumberAt(originalStarts, map.toOriginal(offset));
  return {
    lineNumberOf: (index) => originalLineNumber(cleaned.lines[index]?.start ?? 0),
    columnOf: (_line, offset) => {
      const original = map.toOriginal(offset);
      return original - (originalStarts[lineNumberAt(originalStarts, original) - 1] as number) + 1;
    },
  };
}

/** The cleaned article, its places those of `placesAfterCuts`. */
export function withOriginalPlaces(cleaned: Article, map: OffsetMap, originalStarts: ArrayLike<number>): Article {
  return { ...cleaned, places: placesAfterCuts(cleaned, map, originalStarts) };
}
