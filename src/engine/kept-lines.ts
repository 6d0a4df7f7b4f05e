/**
 * Lines that a cut left untouched: a later pass parses the cleaned text again, and a line whose
 * characters all come from one original line, start to end, has that line's key. Only the lines
 * a cut went through are keyed again.
 */
import type { Article, Line } from '../model/article.js';
import type { EarlierLineOf } from '../article/parse-article.js';
import { lineNumberAt, type OffsetMap } from './offset-map.js';

/** For the cleaned text mapped to the original by `map`: the original line a cleaned line keeps whole. */
export function keptLineOf(original: Article, originalStarts: readonly number[], map: OffsetMap): EarlierLineOf {
  return (start, contentEnd) => {
    const length = contentEnd - start;
    const originalStart = map.toOriginal(start);
    // No cut inside: the last character is as far from the first as it was in the original.
    if (map.toOriginal(contentEnd - 1) - originalStart !== length - 1) return undefined;
    const line = original.lines[lineNumberAt(originalStarts, originalStart) - 1] as Line | undefined;
    if (line === undefined || line.start !== originalStart || line.contentEnd !== originalStart + length) return undefined;
    return line;
  };
}
