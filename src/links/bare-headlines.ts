/**
 * Related headlines that stand alone between paragraphs with no marker, as BBC Arabic pages
 * render them: 'مقاتلات إسرائيلية "تقصف موقعا عسكريا" في سوريا' between two paragraphs of a story
 * about a reactor. They are told from subheads by length (BBC subheads run two to five words:
 * "صفقة ملكية شركة ديزني"), from list items by sharing no run of three words with their
 * neighbours, and from sentences by ending without any punctuation.
 */
import type { Article, Line } from '../model/article.js';
import { lineContent } from '../model/article.js';
import { isHeadlineShaped } from './headline-shape.js';
import { startsWithConnective } from './connectives.js';
import { opensWithBullet } from './separators.js';

const MIN_WORDS = 6;
const MAX_WORDS = 16;
const MIN_PARAGRAPH_LENGTH = 100;
const MAX_GROUP = 2;
const ARABIC_LETTER = /[\u0621-\u064a]/;
const ANY_FINAL_PUNCTUATION = /[.!?؟…:؛,،]\s*$/u;
const COMPLETE_ENDING = /[.!?؟…:؛"'”’»)\]]\s*$/u;

// Words of a key as split(' ') counts them, counted in place and only up to one past MAX_WORDS:
// most lines are paragraphs far longer than a headline, ruled out without an array of their words.
function wordCount(line: Line): number {
  const { key } = line;
  let count = 1;
  for (let space = key.indexOf(' '); space !== -1 && count <= MAX_WORDS; space = key.indexOf(' ', space + 1)) count++;
  return count;
}

function isCandidate(article: Article, line: Line): boolean {
  const words = wordCount(line);
  if (words < MIN_WORDS || words > MAX_WORDS) return false;
  const content = lineContent(article, line).trim();
  // A bulleted line is an item of a list ("- للوسط: أدريان رابيو (سان جرمان) وموسى سيسوكو
  // (توتنهام الإنكليزي)" in a World Cup squad); BBC renders its related headlines as plain lines.
  return (
    !opensWithBullet(content) &&
    ARABIC_LETTER.test(content) &&
    isHeadlineShaped(content) &&
    !ANY_FINAL_PUNCTUATION.test(content) &&
    !startsWithConnective(line.key)
  );
}

function isCompleteParagraph(article: Article, line: Line | undefined): boolean {
  if (line === undefined) return false;
  const content = lineContent(article, line).trim();
  return content.length >= MIN_PARAGRAPH_LENGTH && COMPLETE_ENDING.test(content);
}

// Whether a run of three words of `left` occurs in `right`. A key is its words joined by single
// spaces, so " a b c " occurs in " " + key + " " exactly where a, b and c follow each other: the
// short headline's triples are looked for in the paragraph, whose own triples are never built.
function sharesTriple(left: Line, right: Line | undefined): boolean {
  if (right === undefined) return false;
  const padded = ` ${right.key} `;
  const words = left.key.split(' ');
  for (let index = 2; index < words.length; index++) {
    if (padded.includes(` ${words[index - 2]} ${words[index - 1]} ${words[index]} `)) return true;
  }
  return false;
}

// Whether no line of the group shares a run of three words with the paragraph before or after it.
function isIsolated(group: readonly Line[], before: Line | undefined, after: Line | undefined): boolean {
  return group.every((line) => !sharesTriple(line, before) && !sharesTriple(line, after));
}

/** Bare related headlines among `candidates` (consecutive kept content lines). */
export function findBareHeadlines(article: Article, candidates: readonly Line[]): Line[] {
  if (article.isBlankLineSeparated) return [];
  const found: Line[] = [];
  for (let start = 1; start < candidates.length; start++) {
    let end = start;
    while (end < candidates.length && end - start < MAX_GROUP && isCandidate(article, candidates[end] as Line)) end++;
    if (end === start) continue;
    const group = candidates.slice(start, end);
    const before = candidates[start - 1];
    const after = candidates[end];
    // The cheap tests first: most headline-shaped lines do not stand between two full paragraphs.
    if (isCompleteParagraph(article, before) && isCompleteParagraph(article, after) && isIsolated(group, before, after)) found.push(...group);
    start = end;
  }
  return found;
}
