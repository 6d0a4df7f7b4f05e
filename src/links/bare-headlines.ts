/**
 * Related headlines that stand alone between paragraphs with no marker, as BBC Arabic pages
 * render them: 'مقاتلات إسرائيلية "تقصف موقعا عسكريا" في سوريا' between two paragraphs of a story
 * about a reactor. What such a line looks like is box-lines.ts; this is where it stands. Up to five
 * stand together between two paragraphs (BBC's box: "ألمانيا: حكم لصالح أبل ضد سامسونغ في قضية
 * ملكية فكرية" and two more headlines of the same dispute; four or five at times, "فيسبوك تختبر
 * خاصية "التصويت السلبي"" and four more about Facebook and WhatsApp); a sixth makes them a list.
 * They are told from list items by sharing no run of three words with their neighbours. Nothing
 * after a colon counts: that is what the paragraph announces.
 *
 * BBC's box of related stories often shows two headlines in a row, the second one a question:
 * "محكمة تركية تتراجع عن إطلاق سراح مدير منظمة العفو الدولية" / "من هم المستهدفون بحملة التطهير
 * التي يقودها أردوغان؟". A pair like that is taken between any two lines of text (40 characters
 * or more), complete paragraphs or not: a subhead comes alone, and verse quoted in a column is
 * vocalized or introduced by a colon.
 */
import type { Article, Line } from '../model/article.js';
import { lineContent } from '../model/article.js';
import { asksQuestion, isBox, isBoxLine, isCandidate, isPairLine, isSubhead } from './box-lines.js';
import { areHeadings, type OtherCuts } from './article-headings.js';
import { lineRuns } from './line-runs.js';
import { startsWithConnective } from './connectives.js';
import type { LaterCopies } from './later-copies.js';
import { endsWithFullStop } from '../text/sentence-end.js';
import { sharesRunOfThreeWords } from '../text/word-runs.js';

const MIN_PARAGRAPH_LENGTH = 100;
const MAX_GROUP = 5;
const FINAL_COLON = /:\s*$/u;
// Of a pair: its neighbours are lines of text, not labels or numbers.
const MIN_NEIGHBOUR_LENGTH = 40;
// Of a box: the sentence on one side of it when a full paragraph is on the other.
const MIN_SENTENCE_LENGTH = 20;
const COMPLETE_ENDING = /[.!?؟…:؛"'”’»)\]]\s*$/u;

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

// Whether a run of three words of `left` occurs in `right`: the short headline's runs are looked
// for in the paragraph.
function sharesTriple(left: Line, right: Line | undefined): boolean {
  return right !== undefined && sharesRunOfThreeWords(left.key, right.key);
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

// A single line after a paragraph that asks a question is its answer (asksQuestion); a box of two
// or more is no answer.
function answersQuestion(article: Article, group: readonly Line[], before: Line | undefined): boolean {
  return group.length === 1 && before !== undefined && asksQuestion(article, before);
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
function withoutCopiedParagraphs(article: Article, lines: readonly Line[], isLaterCopy: LaterCopies): readonly Line[] {
  if (isLaterCopy === null) return lines;
  return lines.filter((line) => isLaterCopy[line.index] === 0 || !isPairNeighbour(article, line));
}

// BBC puts a box right after a subhead of the article or right before one: "كلمات الأغاني والذوق
// العام" / "عودة فضل شاكر الغنائية تثير جدلا واسعا" / "المغني آر كيلي يقيم حفلا وسط احتجاجات ضد
// سلوكه الجنسي" / the section's first paragraph. A box of two or more is judged by the paragraph
// past the subhead, and the subhead stays. A single line beside a subhead may be the section's own
// lead-in ("CNN ترصد أبرز التصريحات إليكم في السطور التالية" / '"حب" ترامب').
function pastSubhead(article: Article, group: readonly Line[], neighbour: Line | undefined, beyond: Line | undefined): Line | undefined {
  if (group.length === 1 || neighbour === undefined || !isSubhead(article, neighbour) || !isCompleteParagraph(article, beyond)) return neighbour;
  return beyond;
}

/**
 * Bare related headlines among `lines` (consecutive kept content lines), in text order; `cuts`
 * are what the other rules cut (the copies of earlier lines among them).
 */
export function findBareHeadlines(article: Article, lines: readonly Line[], cuts: OtherCuts): Line[] {
  if (article.isBlankLineSeparated) return [];
  const candidates = withoutCopiedParagraphs(article, lines, cuts.laterCopies);
  const found = new Set<Line>();
  // Lines found alone, not in a box of two or more.
  const singles: Line[] = [];
  for (const { start, end } of lineRuns(candidates, (line) => isBoxLine(article, line), MAX_GROUP)) {
    const group = candidates.slice(start, end);
    if (!isBox(article, group)) continue;
    const before = pastSubhead(article, group, candidates[start - 1], candidates[start - 2]);
    const after = pastSubhead(article, group, candidates[end], candidates[end + 1]);
    // The cheap tests first: most headline-shaped lines do not stand between two full paragraphs.
    if (standsBetweenParagraphs(article, group, before, after) && !isAnnounced(article, before) && !answersQuestion(article, group, before) && standsAlone(article, group, before, after)) {
      for (const line of group) found.add(line);
      if (group.length === 1) singles.push(group[0] as Line);
    }
  }
  findHeadlinePairs(article, candidates, found);
  if (singles.length > 0 && areHeadings(article, candidates, found, singles, cuts)) for (const line of singles) found.delete(line);
  return [...found].sort((left, right) => left.index - right.index);
}
