/**
 * Rule 6 of the labeling rules: where paragraphs are separated by empty lines, a deleted paragraph
 * takes one adjacent empty line with it (the following one, or the preceding one at the end of
 * the text), so that no double gap is left behind.
 */
import type { Article, Line } from '../model/article.js';
import { changeFinding, type Finding } from '../model/finding.js';
import { isWholeLineFinding, linesCutWhole, wholeLinesSpan, type LineIndexSet } from './line-cuts.js';
import { lineRange } from '../model/article.js';

interface Paragraph {
  readonly first: number;
  readonly last: number;
}

// Deleted paragraphs: runs of cut lines with blank lines (or the text edges) on both sides. A
// marker line cut from the end of a paragraph of several lines is not one.
function deletedParagraphs(article: Article, cut: LineIndexSet): Paragraph[] {
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

// The index of the last content line that stays, or -1.
function lastKeptContent(article: Article, cut: LineIndexSet): number {
  for (let index = article.lines.length - 1; index >= 0; index--) {
    if (!(article.lines[index] as Line).isBlank && !cut.has(index)) return index;
  }
  return -1;
}

// A paragraph with kept text after it takes the blank line right after it, if that one is free.
function followingBlank(article: Article, paragraph: Paragraph, taken: LineIndexSet): number | null {
  const following = article.lines[paragraph.last + 1];
  return following !== undefined && following.isBlank && !taken.has(following.index) ? following.index : null;
}

// Paragraphs after the last kept text each take the nearest free blank line before them, so two
// deleted paragraphs at the end take the gaps before both. One pass with a stack of free blanks.
function endBlanks(article: Article, paragraphs: readonly Paragraph[], cut: LineIndexSet, lastKept: number): Map<Paragraph, number> {
  const chosen = new Map<Paragraph, number>();
  const free: number[] = [];
  let next = 0;
  for (let index = lastKept + 1; index < article.lines.length; index++) {
    const line = article.lines[index] as Line;
    if (line.isBlank && !cut.has(index)) free.push(index);
    const paragraph = paragraphs[next];
    if (paragraph !== undefined && paragraph.last === index) {
      const blank = free.pop();
      if (blank !== undefined) chosen.set(paragraph, blank);
      next++;
    }
  }
  return chosen;
}

function extendFinding(article: Article, finding: Finding, blank: number): Finding {
  const first = article.lines[Math.min(blank, finding.lines.start - 1)] as Line;
  const last = article.lines[Math.max(blank, finding.lines.end - 1)] as Line;
  return changeFinding(finding, { span: wholeLinesSpan(article, first, last), lines: lineRange(first, last) });
}

/** Extends whole-line findings of paragraph text by the blank line each deleted paragraph takes along. */
export function absorbBlankLines(article: Article, findings: readonly Finding[]): Finding[] {
  if (!article.isBlankLineSeparated || findings.length === 0) return [...findings];
  const cut = linesCutWhole(article, findings);
  const taken = new Set<number>();
  const result = [...findings];
  const lastKept = lastKeptContent(article, cut);
  // The first whole-line finding of each line, or -1: an array at full length rather than a Map,
  // which for the 200,000 cut lines of a large text grows through twice its final size.
  const owners = new Array<number>(article.lines.length).fill(-1);
  result.forEach((finding, index) => {
    if (!isWholeLineFinding(article, finding)) return;
    for (let line = finding.lines.start - 1; line < finding.lines.end; line++) if (owners[line] === -1) owners[line] = index;
  });
  const paragraphs = deletedParagraphs(article, cut);
  const atEnd = endBlanks(article, paragraphs.filter((paragraph) => paragraph.last > lastKept), cut, lastKept);
  for (const paragraph of paragraphs) {
    const blank = paragraph.last > lastKept ? (atEnd.get(paragraph) ?? null) : followingBlank(article, paragraph, taken);
    if (blank === null) continue;
    taken.add(blank);
    // The blank goes with the finding that deletes the paragraph's last line.
    const owner = owners[paragraph.last] as number;
    if (owner !== -1) result[owner] = extendFinding(article, result[owner] as Finding, blank);
  }
  return result;
}
