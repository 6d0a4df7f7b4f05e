/**
 * Where the lines of a cleaned text were in the original: a later pass reads the cleaned text, and
 * what it reports (line ranges, and the lines and columns its reasons name) is moved back onto the
 * text people gave.
 */
import type { Article, OriginalPlaces } from '../model/article.js';
import { lineNumberAt, type OffsetMap } from './offset-map.js';

/**
 * The cleaned article with its places: `map` maps its text back onto an original whose lines
 * start at `originalStarts`.
 */
export function withOriginalPlaces(cleaned: Article, map: OffsetMap, originalStarts: ArrayLike<number>): Article {
  const originalLineNumber = (offset: number): number => lineNumberAt(originalStarts, map.toOriginal(offset));
  const places: OriginalPlaces = {
    lineNumberOf: (index) => originalLineNumber(cleaned.lines[index]?.start ?? 0),
    columnOf: (_line, offset) => {
      const original = map.toOriginal(offset);
      return original - (originalStarts[lineNumberAt(originalStarts, original) - 1] as number) + 1;
    },
  };
  return { ...cleaned, places };
}
