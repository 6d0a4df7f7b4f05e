/**
 * The cleaned article without making the cleaned text, when every cut deleted whole lines: the
 * cleaned text is then the kept lines of the original side by side, each the same characters as
 * before, so each keeps its key and kind. The view is those lines, numbered afresh and still
 * pointing into the original text: the engine's next pass reads it as it would read the cleaned
 * text, and finds its cuts where they are in the original. Neither a second copy of the text (the
 * 125 MB left of a 100 MB Arabic text) nor a second set of line objects (about 45 MB for its
 * 500,000 lines) is made.
 */
import { articleOfLines } from '../article/parse-article.js';
import { PLACES_AS_PARSED, type Article, type Line, type OriginalPlaces } from '../model/article.js';
import { changeFinding, type Finding, type Span } from '../model/finding.js';
import { claimFinalLineBreak, type CharacterReader } from './apply-cuts.js';
import type { OffsetMap } from './offset-map.js';

// The engine renumbers lines that nobody else holds; rules only ever see them read-only.
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

// The view's lines are original lines kept whole: a line's original number is the one it had, and
// its columns are its own.
function placesOfView(originalIndexes: readonly number[]): OriginalPlaces {
  return { lineNumberOf: (index) => (originalIndexes[index] ?? 0) + 1, columnOf: PLACES_AS_PARSED.columnOf };
}

/**
 * The cleaned article as a view of `original`, the sorted, disjoint `spans` deleted; null when a
 * span starts or ends inside a line, and the cleaned text has to be parsed. Takes `original` over:
 * its kept lines are renumbered, so it must be an article nobody reads any more. A pass over the
 * view finds spans of the original text, but must judge "the end of the text" and "the character
 * before" by the cleaned text (see claimFinalLineBreak).
 */
export function keptLinesView(original: Article, spans: readonly Span[]): Article | null {
  const { lines, text } = original;
  if (!cutsWholeLines(lines, spans, text.length)) return null;
  // Made at the most lines it can hold and cut to length at the end: grown by push, the array of
  // 500,000 lines would leave about twice its size in discarded copies.
  const kept = new Array<Line>(lines.length);
  // A plain array: a typed one is allocated off the heap, which costs more than the few dozen
  // lines of most articles take to number.
  const originalIndexes = new Array<number>(lines.length);
  let count = 0;
  let contentCount = 0;
  let next = 0;
  for (const line of lines) {
    const span = spans[next];
    if (span !== undefined && span.start <= line.start) {
      if (span.end === line.end) next++;
      continue;
    }
    const renumbered = line as MovableLine;
    // A span that starts before the line ends is the last one, which takes the line break.
    if (span !== undefined && span.start < line.end) renumbered.end = line.contentEnd;
    originalIndexes[count] = line.index;
    renumbered.index = count;
    kept[count++] = line;
    if (!line.isBlank) contentCount++;
  }
  kept.length = count;
  return { ...articleOfLines(text, kept, contentCount, original.keyTable), places: placesOfView(originalIndexes) };
}

/**
 * claimFinalLineBreak for findings of a view: judged on the cleaned text that `map` maps onto the
 * original `text` ("the end of the text" is the end of what is kept, "the character before" the
 * kept one before), and answered in original offsets, as if the cleaned text had been made.
 */
export function claimFinalLineBreakInView(text: string, map: OffsetMap, findings: readonly Finding[]): Finding[] {
  const cleaned: CharacterReader = { length: map.toCleaned(text.length), charCodeAt: (offset) => text.charCodeAt(map.toOriginal(offset)) };
  // A kept text that ends with a line break keeps it (most texts): nothing to claim, nothing to map.
  if (cleaned.length === 0 || cleaned.charCodeAt(cleaned.length - 1) === 0x0a) return [...findings];
  const inCleaned = findings.map((finding) => changeFinding(finding, { span: { start: map.toCleaned(finding.span.start), end: map.toCleaned(finding.span.end) } }));
  return claimFinalLineBreak(cleaned, inCleaned).map((claimed, index) => {
    const finding = findings[index] as Finding;
    // Only the finding that took the line break before it changed: its start moves back.
    return claimed === inCleaned[index] ? finding : changeFinding(finding, { span: { start: map.toOriginal(claimed.span.start), end: finding.span.end } });
  });
}
