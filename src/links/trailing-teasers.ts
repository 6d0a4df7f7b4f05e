/**
 * Teaser paragraphs of other stories appended after an article's end (CNN Arabic appends five):
 * leads that open without the connective a continuing paragraph has ("أعلن وزير الداخلية
 * التركي..." rather than "وقال..."), at least one of them cut off mid-sentence, which the
 * article's own paragraphs never are.
 */
import teaserData from '../lexicon/teasers.json' with { type: 'json' };
import type { Article, Line } from '../model/article.js';
import { lineContent } from '../model/article.js';
import { startsWithConnective } from './connectives.js';
const ARABIC_LETTER = /[\u0621-\u064a]/;
// An excerpt cut at a length limit ends on a word: "...قالوا له إن", "...الأسباب التي أدت لاختف".
const COMPLETE_ENDING = /[.!?؟…:؛;"'”’»)\]]\s*$/u;

// In blank-line separated text a paragraph may be wrapped over several lines, each ending
// mid-sentence; only a line that is a paragraph by itself can be a teaser.
function isWholeParagraph(article: Article, line: Line): boolean {
  if (!article.isBlankLineSeparated) return true;
  const before = article.lines[line.index - 1];
  const after = article.lines[line.index + 1];
  return (before === undefined || before.isBlank) && (after === undefined || after.isBlank);
}

function isLeadLike(article: Article, line: Line): boolean {
  if (!isWholeParagraph(article, line)) return false;
  const content = lineContent(article, line);
  if (content.trim().length < teaserData.minTeaserLength || !ARABIC_LETTER.test(content)) return false;
  return !startsWithConnective(line.key);
}

function isCutOff(article: Article, line: Line): boolean {
  return !COMPLETE_ENDING.test(lineContent(article, line));
}

/**
 * The trailing teaser paragraphs among `candidates` (content lines still kept), or none. The
 * block is the last `maxTrailingTeasers` of the lead-like paragraphs at the end; a longer stretch
 * of them is taken only while what it leaves behind could not form a block again, so that cleaning
 * the cleaned text finds nothing more.
 */
export function findTrailingTeasers(article: Article, candidates: readonly Line[]): Line[] {
  const { maxTrailingTeasers, minTrailingTeasers } = teaserData;
  const longest = maxTrailingTeasers + minTrailingTeasers - 1;
  // A repeated paragraph is the repeat rules' business: it ends the stretch.
  const firstPosition = new Map<string, number>();
  candidates.forEach((line, position) => {
    if (!firstPosition.has(line.key)) firstPosition.set(line.key, position);
  });
  const stretch: Line[] = [];
  for (let position = candidates.length - 1; position >= 0; position--) {
    const line = candidates[position] as Line;
    if (firstPosition.get(line.key) !== position || !isLeadLike(article, line)) break;
    // Longer than a block can be: the article itself (and no need to look further back).
    if (stretch.length === longest) return [];
    stretch.unshift(line);
  }
  if (stretch.length < minTrailingTeasers || stretch.length === candidates.length) return [];
  const block = stretch.slice(-maxTrailingTeasers);
  // The last paragraph may simply be where the scrape stopped; a cut-off paragraph with another
  // after it is an excerpt.
  const hasExcerpt = block.slice(0, -1).some((line) => isCutOff(article, line));
  return hasExcerpt ? block : [];
}
