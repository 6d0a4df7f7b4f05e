/** Spans that delete whole lines, and the questions the engine asks about them. */
import { lineRange, type Article, type Line } from '../model/article.js';
import { makeFinding, type Finding, type FindingFields, type Span } from '../model/finding.js';

/**
 * The span that deletes lines `first..last` whole. The last line of a text without a final line
 * break takes the break before it instead, so the output ends with a newline exactly when the
 * input does.
 */
export function wholeLinesSpan(article: Article, first: Line, last: Line): Span {
  const endsText = last.end === last.contentEnd;
  if (endsText && first.index > 0) {
    const previous = article.lines[first.index - 1] as Line;
    return { start: previous.contentEnd, end: last.end };
  }
  return { start: first.start, end: last.end };
}

/** Builds a finding that deletes lines `first..last` whole. */
export function wholeLinesFinding(
  article: Article,
  first: Line,
  last: Line,
  fields: FindingFields,
): Finding {
  return makeFinding(fields, wholeLinesSpan(article, first, last), lineRange(first, last));
}

/** Builds a finding that deletes `span`, a segment inside one line. */
export function lineSegmentFinding(line: Line, span: Span, fields: FindingFields): Finding {
  return makeFinding(fields, span, lineRange(line, line));
}

/** Whether a finding deletes every line it touches, as opposed to a segment inside a line. */
export function isWholeLineFinding(article: Article, finding: Finding): boolean {
  const first = article.lines[finding.lines.start - 1];
  const last = article.lines[finding.lines.end - 1];
  if (first === undefined || last === undefined) return false;
  return finding.span.start <= first.start && finding.span.end >= last.contentEnd;
}

/** Line indexes of one article, asked about one at a time. */
export interface LineIndexSet {
  has(index: number): boolean;
  /** How many lines are in the set. */
  readonly size: number;
}

// A flag per line of the article, 1 where a line is deleted whole by one of the findings, and how many are.
function cutFlagsOf(article: Article, findings: readonly Finding[]): { readonly isCut: Uint8Array; readonly size: number } {
  const isCut = new Uint8Array(article.lines.length);
  let size = 0;
  for (const finding of findings) {
    if (!isWholeLineFinding(article, finding)) continue;
    for (let index = finding.lines.start - 1; index < finding.lines.end; index++) {
      size += 1 - (isCut[index] as number);
      isCut[index] = 1;
    }
  }
  return { isCut, size };
}

/**
 * Indexes of lines deleted whole by any of the findings. A flag per line of the article rather
 * than a Set: each rule asks this of all earlier findings, which in a large text cut a hundred
 * thousand lines, and a Set of that many numbers grows through twice its size entry by entry.
 */
export function linesCutWhole(article: Article, findings: readonly Finding[]): LineIndexSet {
  const { isCut, size } = cutFlagsOf(article, findings);
  return { has: (index) => isCut[index] === 1, size };
}

/**
 * The lines not deleted whole by any of the findings, in order. When none is, that is `lines`
 * itself: most looks cut nothing, and a copy of the 500,000 content lines of a large text is
 * several megabytes, three times over while it grows.
 */
export function linesNotCut(article: Article, lines: readonly Line[], findings: readonly Finding[]): readonly Line[] {
  if (findings.length === 0) return lines;
  const { isCut, size } = cutFlagsOf(article, findings);
  if (size === 0) return lines;
  // Read from the flags, not through linesCutWhole's `has`: a call per line of a large text. The
  // copy is made at its most and cut to length, rather than grown line by line.
  const kept = new Array<Line>(lines.length);
  let count = 0;
  for (const line of lines) if (isCut[line.index] === 0) kept[count++] = line;
  kept.length = count;
  return kept;
}

/** Where findings cut the rest of a line from, by line index (lines no finding cuts to their end are absent). */
export type RestOfLineCuts = ReadonlyMap<number, number>;

/**
 * The offset from which the findings cut each line to its end: an inline read-also link ("... اقرأ
 * المزيد: <headline>") leaves the head of its line; a whole-line cut, the line's start.
 */
export function restOfLineCuts(article: Article, findings: readonly Finding[]): RestOfLineCuts {
  const starts = new Map<number, number>();
  for (const finding of findings) {
    const index = finding.lines.end - 1;
    const line = article.lines[index];
    if (line === undefined || finding.span.end < line.contentEnd) continue;
    starts.set(index, Math.min(starts.get(index) ?? finding.span.start, finding.span.start));
  }
  return starts;
}

/**
 * restOfLineCuts, made on the first call only: a rule asks for it when a line turns up that needs
 * it (a glued copy, a single bare headline), which most articles never have.
 */
export function restOfLineCutsOnce(article: Article, findings: readonly Finding[]): () => RestOfLineCuts {
  let cuts: RestOfLineCuts | null = null;
  return () => (cuts ??= restOfLineCuts(article, findings));
}
