/**
 * Lines that a cut left untouched: a later pass parses the cleaned text again, and a line whose
 * characters all come from one original line, start to end, has that line's key. Only the lines
 * a cut went through are keyed again.
 */
import type { EarlierLines } from '../article/parse-article.js';
import { ascendingSearch, type OffsetMap } from './offset-map.js';
import { hasLettersAt, type OriginalLines } from './original-lines.js';

/** For the cleaned text mapped to the original by `map`: the original lines a cleaned line keeps whole. */
export function keptLinesOf(original: OriginalLines, map: OffsetMap): EarlierLines {
  const { starts, contentEnds, keyIds } = original;
  // The parse asks line after line: each search walks on from the last one.
  const lineIndexOf = ascendingSearch(starts);
  return {
    indexOf: (start, contentEnd) => {
      const length = contentEnd - start;
      const originalStart = map.toOriginal(start);
      // No cut inside: the last character is as far from the first as it was in the original.
      if (map.toOriginal(contentEnd - 1) - originalStart !== length - 1) return -1;
      const index = lineIndexOf(originalStart);
      return starts[index] === originalStart && contentEnds[index] === originalStart + length ? index : -1;
    },
    keyIdAt: (index) => keyIds[index] as number,
    hasLettersAt: (index) => hasLettersAt(original, index),
    keyTable: original.keyTable,
  };
}
