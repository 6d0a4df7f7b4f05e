/**
 * Teaser paragraphs of other stories appended after an article's end (CNN Arabic appends five):
 * leads that open without the connective a continuing paragraph has ("أعلن وزير الداخلية
 * التركي..." rather than "وقال..."), and that read as leads: at least one of them cut off
 * mid-sentence, which the article's own paragraphs never are, at least two of them naming the
 * day of their news ("رأى الرئيس التركي، رجب طيب أردوغان، الجمعة، أن بلاده ..."), which the
 * closing paragraphs of a column or an analysis seldom do, or, one paragraph a line, all five of
 * them as short as CNN's summaries are (at most about 240 characters: "يحتفل تويتر اليوم، 23
 * أغسطس/ آب بعيد الميلاد الـ11 للهاشتاغ ...").
 */
import teaserData from '../lexicon/teasers.json' with { type: 'json' };
import type { Article, Line } from '../model/article.js';
import { lineContent } from '../model/article.js';
import { continuesStory } from './connectives.js';
import { codeUnitSet, previousVisibleCode } from '../text/character-table.js';
import { isArabicLine } from './arabic-lines.js';
import { comparisonKey } from '../text/comparison-key.js';
import { keyPhrasePattern } from '../text/key-phrase-pattern.js';
import type { LaterCopies } from './later-copies.js';

// An excerpt cut at a length limit ends on a word: "...قالوا له إن", "...الأسباب التي أدت لاختف".
// A complete one ends in one of these, white space aside.
const COMPLETE_ENDING_CODES = codeUnitSet('.!?؟…:؛;"\'”’»)]');

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
  if (content.trim().length < teaserData.minTeaserLength || !isArabicLine(article, content)) return false;
  // "وافقت الحكومة المصرية اليوم، الثلاثاء، ..." opens a teaser: its و is the verb's own.
  return !continuesStory(line.key);
}

function isCutOff(article: Article, line: Line): boolean {
  return !COMPLETE_ENDING_CODES.has(previousVisibleCode(article.text, line.contentEnd, line.start));
}

// One expression for the seven: on the last paragraphs of the bench's 10,000 articles it took 10 ms,
// a search of the key for each weekday 60, and a split of the key into words 100.
const WEEKDAY_WORD = keyPhrasePattern(teaserData.weekdays.map((day) => comparisonKey(day)));

// Whether a paragraph names a weekday as a word of its own ("الخميس،", not "خميسية").
function namesWeekday(line: Line): boolean {
  return WEEKDAY_WORD.test(line.key);
}

// Whether at least `count` of `lines` name a weekday; stops counting there.
function namesWeekdays(lines: readonly Line[], count: number): boolean {
  let found = 0;
  for (const line of lines) {
    if (found >= count) break;
    if (namesWeekday(line)) found++;
  }
  return found >= count;
}

// Whether a block reads as the leads of other stories rather than as the article's last paragraphs.
function readsAsLeads(article: Article, block: readonly Line[]): boolean {
  // The last paragraph may simply be where the scrape stopped; a cut-off paragraph with another
  // after it is an excerpt.
  if (block.slice(0, -1).some((line) => isCutOff(article, line))) return true;
  if (namesWeekdays(block, teaserData.minDatedTeasers)) return true;
  // Length alone is the weakest sign, taken only where it was measured: in one-paragraph-per-line
  // scrapes such as CNN Arabic's. Text of short connective-free paragraphs separated by blank
  // lines (the bench's generated Arabic) ends in five such paragraphs about once in a hundred.
  if (article.isBlankLineSeparated || block.length !== teaserData.maxTrailingTeasers) return false;
  return block.every((line) => lineContent(article, line).trim().length <= teaserData.maxTeaserLength);
}

// The position in `stretch` of its last line that repeats an earlier line, or -1. Lines are
// compared by key id (equal keys, equal ids), and only those whose key occurs in the stretch.
function lastRepeated(candidates: readonly Line[], stretch: readonly Line[]): number {
  const stretchKeys = new Set(stretch.map((line) => line.keyId));
  const seen = new Set<number>();
  let last = -1;
  for (const line of candidates) {
    if (!stretchKeys.has(line.keyId)) continue;
    const position = stretch.indexOf(line);
    if (position !== -1 && seen.has(line.keyId)) last = Math.max(last, position);
    seen.add(line.keyId);
  }
  return last;
}

// The lines up to the article's end: the copies of earlier lines after it go with the repeat rules.
// A page captured twice ends with its teasers pasted a second time, after the article's copy.
function withoutCopiedEnd(lines: readonly Line[], isLaterCopy: LaterCopies): readonly Line[] {
  if (isLaterCopy === null) return lines;
  let end = lines.length;
  while (end > 0 && isLaterCopy[(lines[end - 1] as Line).index] === 1) end--;
  return end === lines.length ? lines : lines.slice(0, end);
}

/**
 * The trailing teaser paragraphs among `lines` (content lines still kept; `laterCopies` flags the
 * copies of earlier lines, see later-copies.ts), or none. The
 * block is the last `maxTrailingTeasers` of the lead-like paragraphs at the end; a longer stretch
 * of them is taken only while what it leaves behind could not form a block again, so that cleaning
 * the cleaned text finds nothing more.
 */
export function findTrailingTeasers(article: Article, lines: readonly Line[], laterCopies: LaterCopies): Line[] {
  const { maxTrailingTeasers, minTrailingTeasers } = teaserData;
  const candidates = withoutCopiedEnd(lines, laterCopies);
  const longest = maxTrailingTeasers + minTrailingTeasers - 1;
  let stretch: Line[] = [];
  // One more than a block can hold is enough to tell: a longer stretch is the article itself.
  for (let position = candidates.length - 1; position >= 0 && stretch.length <= longest; position--) {
    const line = candidates[position] as Line;
    if (!isLeadLike(article, line)) break;
    stretch.unshift(line);
  }
  // Too short a stretch only gets shorter below (most articles end in a connective paragraph).
  if (stretch.length < minTrailingTeasers) return [];
  // A repeated paragraph is the repeat rules' business: the stretch ends after the last one.
  const lastRepeat = lastRepeated(candidates, stretch);
  if (lastRepeat !== -1) stretch = stretch.slice(lastRepeat + 1);
  if (stretch.length > longest) return [];
  if (stretch.length < minTrailingTeasers || stretch.length === candidates.length) return [];
  const block = stretch.slice(-maxTrailingTeasers);
  return readsAsLeads(article, block) ? block : [];
}
