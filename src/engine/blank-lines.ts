/**
 * Rule 6 of the labeling rules: where paragraphs are separated by empty lines, a deleted paragraph
 * takes one adjacent empty line with it (the following one, or the preceding one at the end of
 * the text), so that no double gap is left behind.
 */
import type { Article, Line } from '../model/article.js';
import type { Finding } from '../model/finding.js';
import { isWholeLineFinding, linesCutWhole, wholeLinesSpan } from './line-cuts.js';
import { lineRange } from '../model/article.js';

interface Paragraph {
  readonly first: number;
  readonly last: number;
}

// Deleted paragraphs: runs of cut lines with blank lines (or the text edges) on both sides. A
// marker line cut from the end of a paragraph of several lines is not one.
function deletedParagraphs(article: Article, cut: ReadonlySet<number>): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const { lines } = article;
  for (let index = 0; index < lines.length; index++) {
    if (!cut.has(index) || (lines[index] as Line).isBlank) continue;
    let last = index;
    while (last + 1 < lines.length && !(lines[last + 1] as Line).isBlank && cut.has(last + 1)) last++;
    const before = lines[index - 1];
    const after = lines[last + 1];
    if ((before === undefined || before.isBlank) && (after === undefined || after.isBlank)) paragraphs.push({ first: index, last });
    index = last;
  }
  return paragraphs;
}

function hasContentAfter(article: Article, index: number, cut: ReadonlySet<number>): boolean {
  return article.lines.slice(index + 1).some((line) => !line.isBlank && !cut.has(line.index));
}

// The following blank line, or, for the last paragraph of the text, the nearest blank line before
// it that is not already taken (two deleted paragraphs at the end take the gap before both).
function blankFor(article: Article, paragraph: Paragraph, cut: ReadonlySet<number>, taken: ReadonlySet<number>): number | null {
  const following = article.lines[paragraph.last + 1];
  if (hasContentAfter(article, paragraph.last, cut)) {
    return following !== undefined && following.isBlank && !taken.has(following.index) ? following.index : null;
  }
  for (let index = paragraph.first - 1; index >= 0; index--) {
    const line = article.lines[index] as Line;
    if (!line.isBlank) {
      if (!cut.has(index)) return null;
      continue;
    }
    if (!taken.has(index) && !cut.has(index)) return index;
  }
  return null;
}

function extendFinding(article: Article, finding: Finding, blank: number): Finding {
  const first = article.lines[Math.min(blank, finding.lines.start - 1)] as Line;
  const last = article.lines[Math.max(blank, finding.lines.end - 1)] as Line;
  return { ...finding, span: wholeLinesSpan(article, first, last), lines: lineRange(first, last) };
}

/** Extends whole-line findings of paragraph text by the blank line each deleted paragraph takes along. */
export function absorbBlankLines(article: Article, findings: readonly Finding[]): Finding[] {
  if (!article.isBlankLineSeparated) return [...findings];
  const cut = linesCutWhole(article, findings);
  const taken = new Set<number>();
  const result = [...findings];
  for (const paragraph of deletedParagraphs(article, cut)) {
    const blank = blankFor(article, paragraph, cut, taken);
    if (blank === null) continue;
    taken.add(blank);
    // The blank goes with the finding that deletes the paragraph's last line.
    const owner = result.findIndex((finding) => isWholeLineFinding(article, finding) && finding.lines.start - 1 <= paragraph.last && finding.lines.end - 1 >= paragraph.last);
    if (owner !== -1) result[owner] = extendFinding(article, result[owner] as Finding, blank);
  }
  return result;
}
