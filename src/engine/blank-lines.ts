/**
 * Rule 6 of the labeling rules: where paragraphs are separated by empty lines, a deleted paragraph
 * takes one adjacent empty line with it (the following one, or the preceding one at the end of
 * the text), so that no double gap is left behind.
 */
import type { Article, Line } from '../model/article.js';
import type { Finding } from '../model/finding.js';
import { isWholeLineFinding, linesCutWhole, wholeLinesSpan } from './line-cuts.js';
import { lineRange } from '../model/article.js';

// Computed once per article: asking "is everything after this line blank?" per finding by
// scanning the rest of the text made a file with many findings quadratic.
function lastContentIndex(article: Article): number {
  const last = article.contentLines[article.contentLines.length - 1];
  return last === undefined ? -1 : last.index;
}

// A deleted line is a whole paragraph when blank lines (or the text edges) surround it and the
// other deleted lines around it. A marker line that ends a paragraph of several lines is not.
function paragraphEdges(article: Article, finding: Finding, cut: Set<number>): { before: Line | undefined; after: Line | undefined } {
  let first = finding.lines.start - 1;
  let last = finding.lines.end - 1;
  while (first > 0 && cut.has(first - 1) && !(article.lines[first - 1] as Line).isBlank) first--;
  while (last < article.lines.length - 1 && cut.has(last + 1) && !(article.lines[last + 1] as Line).isBlank) last++;
  return { before: article.lines[first - 1], after: article.lines[last + 1] };
}

function absorbedBlank(article: Article, finding: Finding, cut: Set<number>, lastContent: number): Line | null {
  const { before, after } = paragraphEdges(article, finding, cut);
  const isParagraph = (before === undefined || before.isBlank) && (after === undefined || after.isBlank);
  if (!isParagraph) return null;
  const lastLine = article.lines[finding.lines.end - 1] as Line;
  const isLastContent = lastLine.index >= lastContent;
  if (after !== undefined && !cut.has(after.index) && !isLastContent) return after;
  if (before !== undefined && !cut.has(before.index) && isLastContent) return before;
  return null;
}

/** Extends whole-line findings of paragraph text by the blank line each one takes along. */
export function absorbBlankLines(article: Article, findings: readonly Finding[]): Finding[] {
  if (!article.isBlankLineSeparated) return [...findings];
  const cut = linesCutWhole(article, findings);
  const lastContent = lastContentIndex(article);
  return findings.map((finding) => {
    if (!isWholeLineFinding(article, finding)) return finding;
    const blank = absorbedBlank(article, finding, cut, lastContent);
    if (blank === null) return finding;
    cut.add(blank.index);
    const first = article.lines[Math.min(blank.index, finding.lines.start - 1)] as Line;
    const last = article.lines[Math.max(blank.index, finding.lines.end - 1)] as Line;
    return { ...finding, span: wholeLinesSpan(article, first, last), lines: lineRange(first, last) };
  });
}
