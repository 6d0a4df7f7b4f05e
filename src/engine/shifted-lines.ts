/**
 * The cleaned article without parsing it again, when every cut deleted whole lines: the cleaned
 * text is then the kept lines of the original side by side, each the same characters as before,
 * so each keeps its key and kind and only moves back by what was cut before it. Parsing the
 * cleaned text would find the same lines one character at a time (about 400 ms for the 500,000
 * lines left of a 100 MB text).
 */
import { articleOfLines } from '../article/parse-article.js';
import type { Article, Line } from '../model/article.js';
import type { Span } from '../model/finding.js';
import { hasLettersAt, isBlankAt, type OriginalLines } from './original-lines.js';

/**
 * The article of `cleaned`, which is the original text of `original` with the sorted, disjoint
 * `spans` deleted; null when a span starts or ends inside a line, and the text has to be parsed.
 * One such cut is fine: the last kept line may lose only its line break, to a cut that runs to the
 * end of the text (the output then ends without one, as the input did), and keeps its content.
 */
export function articleAfterWholeLineCuts(cleaned: string, original: OriginalLines, spans: readonly Span[]): Article | null {
  const { starts, contentEnds, keyIds, keyTable } = original;
  let textLength = cleaned.length;
  for (const span of spans) textLength += span.end - span.start;
  // Made at the most lines it can hold and cut to length at the end: grown by push, the array of
  // 500,000 lines would leave about twice its size in discarded copies.
  const lines = new Array<Line>(starts.length);
  let count = 0;
  let contentCount = 0;
  let removed = 0;
  let next = 0;
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index] as number;
    const end = index + 1 < starts.length ? (starts[index + 1] as number) : textLength;
    const span = spans[next];
    if (span !== undefined && span.start <= start) {
      // A line inside a cut, which ends where a line ends (or goes on over the next one).
      if (span.end > end) continue;
      if (span.end < end) return null;
      removed += span.end - span.start;
      next++;
      continue;
    }
    const contentEnd = contentEnds[index] as number;
    let keptEnd = end;
    if (span !== undefined && span.start < end) {
      // Only the line break may go, and only to the last cut, which takes the rest of the text.
      if (span.start !== contentEnd || span.end !== textLength) return null;
      keptEnd = contentEnd;
    }
    const isBlank = isBlankAt(original, index);
    const keyId = keyIds[index] as number;
    // The fields in the order the parse writes them: one shape for every line.
    lines[count] = {
      index: count,
      start: start - removed,
      contentEnd: contentEnd - removed,
      end: keptEnd - removed,
      isBlank,
      key: keyTable.keyOf(keyId),
      keyId,
      hasLetters: hasLettersAt(original, index),
    };
    count++;
    if (!isBlank) contentCount++;
  }
  lines.length = count;
  return articleOfLines(cleaned, lines, contentCount, keyTable);
}
