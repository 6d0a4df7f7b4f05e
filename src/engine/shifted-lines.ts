/**
 * The cleaned article without parsing it again, when every cut deleted whole lines: the cleaned
 * text is then the kept lines of the original side by side, each the same characters as before,
 * so each keeps its key and kind and only moves back by what was cut before it. Parsing the
 * cleaned text would find the same lines one character at a time, and make a second set of line
 * objects (about 45 MB for the 500,000 lines left of a 100 MB text).
 */
import { articleOfLines } from '../article/parse-article.js';
import type { Article, Line } from '../model/article.js';
import type { Span } from '../model/finding.js';

// The engine moves lines that nobody else holds; rules only ever see them read-only.
type MovableLine = { -readonly [Field in keyof Line]: Line[Field] };

// Whether every span starts and ends where a line does. One exception: the last kept line may lose
// only its line break, to a span that runs to the end of the text (the output then ends without
// one, as the input did).
function cutsWholeLines(lines: readonly Line[], spans: readonly Span[], textLength: number): boolean {
  let next = 0;
  for (const line of lines) {
    const span = spans[next];
    if (span === undefined) return true;
    if (span.start <= line.start) {
      // A line inside a cut, which ends where a line ends (or goes on over the next one).
      if (span.end < line.end) return false;
      if (span.end === line.end) next++;
    } else if (span.start < line.end) {
      return span.start === line.contentEnd && span.end === textLength;
    }
  }
  return next === spans.length;
}

/**
 * The article of `cleaned`, the text of `original` with the sorted, disjoint `spans` deleted; null
 * when a span starts or ends inside a line, and the text has to be parsed. Takes `original` over:
 * its kept lines are moved onto the cleaned text, so it must be an article nobody reads any more.
 */
export function articleAfterWholeLineCuts(cleaned: string, original: Article, spans: readonly Span[]): Article | null {
  const { lines } = original;
  if (!cutsWholeLines(lines, spans, original.text.length)) return null;
  // Made at the most lines it can hold and cut to length at the end: grown by push, the array of
  // 500,000 lines would leave about twice its size in discarded copies.
  const kept = new Array<Line>(lines.length);
  let count = 0;
  let contentCount = 0;
  let removed = 0;
  let next = 0;
  for (const line of lines) {
    const span = spans[next];
    if (span !== undefined && span.start <= line.start) {
      if (span.end === line.end) {
        removed += span.end - span.start;
        next++;
      }
      continue;
    }
    const moved = line as MovableLine;
    // A span that starts before the line ends is the last one, which takes the line break.
    if (span !== undefined && span.start < line.end) moved.end = line.contentEnd;
    moved.index = count;
    moved.start -= removed;
    moved.contentEnd -= removed;
    moved.end -= removed;
    kept[count++] = line;
    if (!line.isBlank) contentCount++;
  }
  kept.length = count;
  return articleOfLines(cleaned, kept, contentCount, original.keyTable);
}
