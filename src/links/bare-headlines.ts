/**
 * Related headlines that stand alone between paragraphs with no marker, as BBC Arabic pages
 * render them: 'مقاتلات إسرائيلية "تقصف موقعا عسكريا" في سوريا' between two paragraphs of a story
 * about a reactor. They are told from subheads by length (BBC subheads run two to five words:
 * "صفقة ملكية شركة ديزني"), from list items by sharing no run of three words with their
 * neighbours, and from sentences by ending without any punctuation. Up to five stand together
 * between two paragraphs (BBC's box: "ألمانيا: حكم لصالح أبل ضد سامسونغ في قضية ملكية فكرية" and two
 * more headlines of the same dispute; four or five at times, "فيسبوك تختبر خاصية "التصويت السلبي""
 * and four more about Facebook and WhatsApp); a sixth makes them a list. A box may hold a question of
 * five words or more and a headline of five, BBC's titles being often either ("كيف تستعد كييف
 * لاستقبال نهائي دوري أبطال أوروبا؟", "عملة البيتكوين وقصة صعودها السريع"), as long as one of its
 * lines is a headline of six words or more and two are a headline or a question: beside a single
 * headline a five-word line is a subhead, and three questions in a row are a column's. Two
 * questions of six words or more make a box by themselves ("من هم "الخنافس" البريطانيون المعرضون
 * للإعدام في أمريكا؟" / "ما مصير أسرى "تنظيم الدولة" المحتجزين لدى الأكراد في سوريا؟"): a
 * question the article asks of itself is answered by the paragraph after it, not by another
 * question. Nothing after a colon counts: that is what the paragraph announces.
 *
 * BBC's box of related stories often shows two headlines in a row, the second one a question:
 * "محكمة تركية تتراجع عن إطلاق سراح مدير منظمة العفو الدولية" / "من هم المستهدفون بحملة التطهير
 * التي يقودها أردوغان؟". A pair like that is taken between any two lines of text (40 characters
 * or more), complete paragraphs or not: a subhead comes alone, and verse quoted in a column is
 * vocalized or introduced by a colon.
 */
import teaserData from '../lexicon/teasers.json' with { type: 'json' };
import type { Article, Line } from '../model/article.js';
import { lineContent } from '../model/article.js';
import { isHeadlineShaped, isQuotation } from './headline-shape.js';
import { continuesStory, startsWithConnective } from './connectives.js';
import { opensWithBullet, opensWithListNumber } from './separators.js';
import { laterCopyFlags } from './later-copies.js';
import { comparisonKey } from '../text/comparison-key.js';
import { endsWithFullStop } from '../text/sentence-end.js';

const MIN_WORDS = 6;
// The shortest line of a box or a pair: a question, or (in a box of three or more) a headline
// beside two longer lines, may be this short.
const MIN_BOX_WORDS = 5;
const MAX_WORDS = 16;
const MIN_PARAGRAPH_LENGTH = 100;
const MAX_GROUP = 5;
const ARABIC_LETTER = /[\u0621-\u064a]/;
// Punctuation at the end, inside closing quotes too: 'أضاف: "لماذا حُكم عليّ ...؟"' is a quotation.
const ANY_FINAL_PUNCTUATION = /[.!?؟…:؛,،]["'”’»)\]]*\s*$/u;
const FINAL_QUESTION_MARK = /[?؟]\s*$/u;
const FINAL_COLON = /:\s*$/u;
// Of a pair: its neighbours are lines of text, not labels or numbers.
const MIN_NEIGHBOUR_LENGTH = 40;
// Of a box: the sentence on one side of it when a full paragraph is on the other.
const MIN_SENTENCE_LENGTH = 20;
// A headline carries no vowel marks; verse and scripture quoted in full do ("أمَرْتُهُمُ أَمْرِي ...").
const VOWEL_MARK = /[\u064b-\u0652]/gu;
const MAX_VOWEL_MARKS_PER_CHARACTER = 0.1;
const COMPLETE_ENDING = /[.!?؟…:؛"'”’»)\]]\s*$/u;

// Words of a key as split(' ') counts them, counted in place and only up to one past MAX_WORDS:
// most lines are paragraphs far longer than a headline, ruled out without an array of their words.
function wordCount(line: Line): number {
  const { key } = line;
  let count = 1;
  for (let space = key.indexOf(' '); space !== -1 && count <= MAX_WORDS; space = key.indexOf(' ', space + 1)) count++;
  return count;
}

function isVocalized(content: string): boolean {
  return (content.match(VOWEL_MARK)?.length ?? 0) > content.length * MAX_VOWEL_MARKS_PER_CHARACTER;
}

const siteNameKeys = teaserData.siteNames.map((name) => ` ${comparisonKey(name)} `);

function namesTheSite(key: string): boolean {
  const padded = ` ${key} `;
  return siteNameKeys.some((name) => padded.includes(name));
}

// Whether a line's content could be a headline: plain, headline-shaped, ending without punctuation
// (or with a question mark when `questionAllowed`), opening without a connective (a word whose own
// first letter is و is none).
function hasHeadlineForm(article: Article, line: Line, questionAllowed: boolean): boolean {
  const content = lineContent(article, line).trim();
  // A bulleted line is an item of a list ("- للوسط: أدريان رابيو (سان جرمان) وموسى سيسوكو
  // (توتنهام الإنكليزي)" in a World Cup squad); BBC renders its related headlines as plain lines.
  return (
    !opensWithBullet(content) &&
    // A numbered item of a listicle: "4. استخدم حركات اليدين خلال التحدث" (CNN, tips for a job interview).
    !opensWithListNumber(content) &&
    ARABIC_LETTER.test(content) &&
    isHeadlineShaped(content) &&
    !isVocalized(content) &&
    !isQuotation(content) &&
    // "سيافش مهدي-أردالان، من بي بي سي فارسي" is a byline: titles of the site's stories do not name it.
    !namesTheSite(line.key) &&
    (!ANY_FINAL_PUNCTUATION.test(content) || (questionAllowed && FINAL_QUESTION_MARK.test(content))) &&
    // "وفاة بطلة سوبرمان عن عمر ناهز 69 سنة" is a headline: its و is the word's own.
    !continuesStory(line.key)
  );
}

function isCandidate(article: Article, line: Line): boolean {
  const words = wordCount(line);
  return words >= MIN_WORDS && words <= MAX_WORDS && hasHeadlineForm(article, line, false);
}

// A line of a box of two to five: a headline, a question, or a headline of five words.
function isBoxLine(article: Article, line: Line): boolean {
  const words = wordCount(line);
  return words >= MIN_BOX_WORDS && words <= MAX_WORDS && hasHeadlineForm(article, line, true);
}

// A line alone is a headline (isCandidate). In a box of two to five, a question of five words or
// more may stand beside one, and a five-word headline beside two such lines: beside a single
// headline, a five-word line is a subhead. Two questions of MIN_WORDS or more are a box too.
function isBox(article: Article, group: readonly Line[]): boolean {
  if (group.length === 1) return isCandidate(article, group[0] as Line);
  if (group.length === 2 && group.every((line) => isLongQuestion(article, line))) return true;
  return group.some((line) => isCandidate(article, line)) && group.filter((line) => isPairLine(article, line)).length >= 2;
}

// A question of MIN_WORDS words or more that could be a headline.
function isLongQuestion(article: Article, line: Line): boolean {
  return isBoxLine(article, line) && wordCount(line) >= MIN_WORDS && FINAL_QUESTION_MARK.test(lineContent(article, line));
}

// A line of a pair: a box line that is a headline of MIN_WORDS or more, or a question.
function isPairLine(article: Article, line: Line): boolean {
  return isBoxLine(article, line) && (wordCount(line) >= MIN_WORDS || FINAL_QUESTION_MARK.test(lineContent(article, line)));
}

function isCompleteParagraph(article: Article, line: Line | undefined, minLength = MIN_PARAGRAPH_LENGTH): boolean {
  if (line === undefined) return false;
  const content = lineContent(article, line).trim();
  return content.length >= minLength && COMPLETE_ENDING.test(content);
}

// A complete sentence of MIN_NEIGHBOUR_LENGTH characters or more that is not itself a headline
// or a headline-like question.
function isShortParagraph(article: Article, line: Line | undefined): line is Line {
  return isCompleteParagraph(article, line, MIN_NEIGHBOUR_LENGTH) && !isPairLine(article, line as Line);
}

// A sentence of prose, short as it may be: it ends with a full stop ("لكن لا يزال أصل اللحن غامضا.").
function isSentence(article: Article, line: Line | undefined): boolean {
  if (line === undefined) return false;
  const content = lineContent(article, line).trim();
  return content.length >= MIN_SENTENCE_LENGTH && endsWithFullStop(content);
}

// Whether the group stands between two full paragraphs, or between two shorter complete sentences:
// a box of two headlines or more anywhere, as a pair (findHeadlinePairs), a single line only when
// the sentence after it continues the story: "وتضمنت الأوامر الملكية إعفاء ... من قيادة القوات
// البرية." / "أبرز خمسة تحديات يواجهها محمد بن سلمان" / "وأسندت قيادة القوات البرية إلى ...". A
// list item is followed by the next item, not by a connective. A box may also stand between a
// full paragraph and a sentence of MIN_SENTENCE_LENGTH characters or more: BBC's three headlines
// about McCain between "... كما استخدم في النشيد الوطني لبروسيا." and "لكن لا يزال أصل اللحن غامضا.".
// A box may end the text after a full paragraph ("من هو كلاوس كلاينفيلد مستشار محمد بن سلمان؟" and
// one more after the last paragraph); a single line there may be a credit or a signature.
function standsBetweenParagraphs(article: Article, group: readonly Line[], before: Line | undefined, after: Line | undefined): boolean {
  if (isCompleteParagraph(article, before) && isCompleteParagraph(article, after)) return true;
  const besideParagraph = (isCompleteParagraph(article, before) && isSentence(article, after)) || (isSentence(article, before) && isCompleteParagraph(article, after));
  const endsText = after === undefined && isCompleteParagraph(article, before);
  if (group.length > 1 && (besideParagraph || endsText)) return true;
  if (!isShortParagraph(article, before) || !isShortParagraph(article, after)) return false;
  return group.length > 1 || startsWithConnective(after.key);
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

// Whether a group stands alone: it shares no run of three words with the lines beside it. A box of
// two lines or more may share the story's names with a full paragraph beside it ("فيلم الجميلة
// والوحش يعزز أرباح والت ديزني" after "... في رفع أرباح والت ديزني 32 بالمائة") as long as its
// lines share none with each other (list items share a frame: "البالغ من العمر") nor with a
// neighbour too short to be a full paragraph (another item).
function standsAlone(article: Article, group: readonly Line[], before: Line | undefined, after: Line | undefined): boolean {
  if (isIsolated(group, before, after)) return true;
  if (group.length === 1) return false;
  const framesEachOther = group.some((line, position) => group.some((other, otherPosition) => position !== otherPosition && sharesTriple(line, other)));
  const isItem = (line: Line | undefined): boolean => line !== undefined && lineContent(article, line).trim().length < MIN_PARAGRAPH_LENGTH;
  const framesItem = group.some((line) => (isItem(before) && sharesTriple(line, before)) || (isItem(after) && sharesTriple(line, after)));
  return !framesEachOther && !framesItem;
}

// Lines after a paragraph that ends with a colon are what it announces: the items of a list, or a
// quotation ("وقال في تغريدة على تويتر:").
function isAnnounced(article: Article, before: Line | undefined): boolean {
  return before !== undefined && FINAL_COLON.test(lineContent(article, before));
}

function isPairNeighbour(article: Article, line: Line): boolean {
  return lineContent(article, line).trim().length >= MIN_NEIGHBOUR_LENGTH;
}

// Pairs of headline-like lines, one of them a headline, with no third such line on either side,
// between two lines of text, standing alone (standsAlone); not after a colon, which introduces a
// list or a quotation.
function findHeadlinePairs(article: Article, candidates: readonly Line[], found: Set<Line>): void {
  // Whether the line before, the two lines of the pair and the line after are pair lines: each
  // line is looked at once, as it enters the window.
  const window = candidates.slice(0, 3).map((line) => isPairLine(article, line));
  for (let after = 3; after < candidates.length; after++) {
    window.push(isPairLine(article, candidates[after] as Line));
    if (window.length > 4) window.shift();
    const [beforeIsPairLine, firstIsPairLine, secondIsPairLine, afterIsPairLine] = window;
    if (beforeIsPairLine || !firstIsPairLine || !secondIsPairLine || afterIsPairLine) continue;
    const [before, first, second, next] = candidates.slice(after - 3, after + 1) as [Line, Line, Line, Line];
    if (found.has(first) || found.has(second) || (!isCandidate(article, first) && !isCandidate(article, second))) continue;
    if (!isPairNeighbour(article, before) || !isPairNeighbour(article, next) || isAnnounced(article, before)) continue;
    if (standsAlone(article, [first, second], before, next)) found.add(first).add(second);
  }
}

// A later copy of a paragraph is nobody's neighbour: the repeat rules cut it. A page captured twice
// pastes its paragraphs again right after a headline ("وذكرت وكالة الأنباء العراقية ..." / "اغتيال
// ناشطة حقوقية عراقية بإطلاق نار في مدينة البصرة" / the same paragraph again / ...): the headline
// is judged by the paragraph that stays after it, as it is once the copy is gone.
function withoutCopiedParagraphs(article: Article, lines: readonly Line[]): readonly Line[] {
  const isLaterCopy = laterCopyFlags(article);
  if (isLaterCopy === null) return lines;
  return lines.filter((line) => isLaterCopy[line.index] === 0 || !isPairNeighbour(article, line));
}

/** Bare related headlines among `lines` (consecutive kept content lines), in text order. */
export function findBareHeadlines(article: Article, lines: readonly Line[]): Line[] {
  if (article.isBlankLineSeparated) return [];
  const candidates = withoutCopiedParagraphs(article, lines);
  const found = new Set<Line>();
  for (let start = 1; start < candidates.length; start++) {
    let end = start;
    while (end < candidates.length && end - start < MAX_GROUP && isBoxLine(article, candidates[end] as Line)) end++;
    if (end === start) continue;
    const group = candidates.slice(start, end);
    if (!isBox(article, group)) {
      start = end;
      continue;
    }
    const before = candidates[start - 1];
    const after = candidates[end];
    // The cheap tests first: most headline-shaped lines do not stand between two full paragraphs.
    if (standsBetweenParagraphs(article, group, before, after) && !isAnnounced(article, before) && standsAlone(article, group, before, after)) {
      for (const line of group) found.add(line);
    }
    start = end;
  }
  findHeadlinePairs(article, candidates, found);
  return [...found].sort((left, right) => left.index - right.index);
}
