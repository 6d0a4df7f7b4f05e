/**
 * What a line of BBC Arabic's box of related headlines looks like, whatever stands around it: a
 * plain line of 6 to 16 words with no punctuation at its end ('مقاتلات إسرائيلية "تقصف موقعا
 * عسكريا" في سوريا'), not opening with a connective, a bullet or a list number. BBC subheads run
 * two to five words ("صفقة ملكية شركة ديزني"). A box of two to five may hold a question of five
 * words or more and a headline of five, BBC's titles being often either ("كيف تستعد كييف لاستقبال
 * نهائي دوري أبطال أوروبا؟", "عملة البيتكوين وقصة صعودها السريع"), as long as one of its lines is
 * a headline of six words or more and two are a headline or a question: beside a single headline a
 * five-word line is a subhead, and three questions in a row are a column's. Two questions of six
 * words or more make a box by themselves ("من هم "الخنافس" البريطانيون المعرضون للإعدام في
 * أمريكا؟" / "ما مصير أسرى "تنظيم الدولة" المحتجزين لدى الأكراد في سوريا؟"): a question the
 * article asks of itself is answered by the paragraph after it, not by another question. What a
 * heading of the article looks like (isHeading, counted by article-headings.ts) is here too: it
 * shares what no headline is.
 */
import teaserData from '../lexicon/teasers.json' with { type: 'json' };
import type { Article, Line } from '../model/article.js';
import { lineContent } from '../model/article.js';
import { holdsLinkOrHandle, isHeadlineShaped, isQuotation } from './headline-shape.js';
import { continuesStory } from './connectives.js';
import { opensWithBullet, opensWithListNumber } from './separators.js';
import { isPageFurniture } from './page-furniture.js';
import { comparisonKey } from '../text/comparison-key.js';
import { keyPhrasePattern } from '../text/key-phrase-pattern.js';
import { isArabicLine, isLineOfArabicArticle } from './arabic-lines.js';
import { endsWithQuestionMark } from '../text/sentence-end.js';

const MIN_WORDS = 6;
// The shortest line of a box or a pair: a question, or (in a box of three or more) a headline
// beside two longer lines, may be this short.
const MIN_BOX_WORDS = 5;
const MAX_WORDS = 16;
// A subhead: shorter than any line of a box.
const MAX_SUBHEAD_WORDS = MIN_BOX_WORDS - 1;
// Punctuation at the end, inside closing quotes too: 'أضاف: "لماذا حُكم عليّ ...؟"' is a quotation.
const ANY_FINAL_PUNCTUATION = /[.!?؟…:؛,،]["'”’»)\]]*\s*$/u;
// A headline carries no vowel marks; verse and scripture quoted in full do ("أمَرْتُهُمُ أَمْرِي ...").
const VOWEL_MARK = /[\u064b-\u0652]/gu;
const MAX_VOWEL_MARKS_PER_CHARACTER = 0.1;

/**
 * Words of a line's key as split(' ') counts them, counted in place and only up to one past
 * MAX_WORDS: most lines are paragraphs far longer than a headline, ruled out without an array of
 * their words.
 */
export function wordCount(line: Line): number {
  const { key } = line;
  let count = 1;
  for (let space = key.indexOf(' '); space !== -1 && count <= MAX_WORDS; space = key.indexOf(' ', space + 1)) count++;
  return count;
}

function isVocalized(content: string): boolean {
  return (content.match(VOWEL_MARK)?.length ?? 0) > content.length * MAX_VOWEL_MARKS_PER_CHARACTER;
}

// The site's name as words of a line's own: a byline or a promotion (see isOtherThanHeadline).
const SITE_NAME = keyPhrasePattern(teaserData.siteNames.map((name) => comparisonKey(name)));

// What no headline or heading of an article is, whatever its length: an item of a list, bulleted
// ("- للوسط: أدريان رابيو (سان جرمان) وموسى سيسوكو (توتنهام الإنكليزي)" in a World Cup squad; BBC
// renders its related headlines as plain lines) or numbered ("4. استخدم حركات اليدين خلال التحدث",
// CNN's tips for a job interview); vocalized verse; a byline that names the site ("سيافش
// مهدي-أردالان، من بي بي سي فارسي": titles of the site's stories do not name it); page furniture
// ("للاطلاع على التغطية المباشرة للمباراة، اضغط هنا", the page's call to click); a line that opens
// with a connective ("وفاة بطلة سوبرمان عن عمر ناهز 69 سنة" is a headline: its و is the word's own).
function isOtherThanHeadline(line: Line, content: string): boolean {
  return (
    opensWithBullet(content) ||
    opensWithListNumber(content) ||
    isVocalized(content) ||
    SITE_NAME.test(line.key) ||
    isPageFurniture(line.key) ||
    continuesStory(line.key)
  );
}

// Whether a line's content could be a headline: in Arabic, headline-shaped, not one quotation from
// end to end, holding no web address or handle (the tail of an embedded tweet, "تنسق قيادة الجيش
// مع… pic.twitter.com/QDnJWc5mTo", Misbar), ending without punctuation (or with a question mark
// when `questionAllowed`), and none of what isOtherThanHeadline lists.
function hasHeadlineForm(article: Article, line: Line, questionAllowed: boolean): boolean {
  const content = lineContent(article, line).trim();
  return (
    isArabicLine(article, content) &&
    isHeadlineShaped(content) &&
    !isQuotation(content) &&
    !holdsLinkOrHandle(content) &&
    (!ANY_FINAL_PUNCTUATION.test(content) || (questionAllowed && endsWithQuestionMark(content))) &&
    !isOtherThanHeadline(line, content)
  );
}

/** A headline of MIN_WORDS to MAX_WORDS words, no question: a line that may stand alone. */
export function isCandidate(article: Article, line: Line): boolean {
  const words = wordCount(line);
  return words >= MIN_WORDS && words <= MAX_WORDS && hasHeadlineForm(article, line, false);
}

/** A line of a box of two to five: a headline, a question, or a headline of five words. */
export function isBoxLine(article: Article, line: Line): boolean {
  const words = wordCount(line);
  return words >= MIN_BOX_WORDS && words <= MAX_WORDS && hasHeadlineForm(article, line, true);
}

/**
 * Whether consecutive box lines make a box: a line alone is a headline (isCandidate). In a box of
 * two to five, a question of five words or more may stand beside one, and a five-word headline
 * beside two such lines: beside a single headline, a five-word line is a subhead. Two questions of
 * MIN_WORDS or more are a box too.
 */
export function isBox(article: Article, group: readonly Line[]): boolean {
  if (group.length === 1) return isCandidate(article, group[0] as Line);
  if (group.length === 2 && group.every((line) => isLongQuestion(article, line))) return true;
  return group.some((line) => isCandidate(article, line)) && group.filter((line) => isPairLine(article, line)).length >= 2;
}

// A question of MIN_WORDS words or more that could be a headline.
function isLongQuestion(article: Article, line: Line): boolean {
  return isBoxLine(article, line) && wordCount(line) >= MIN_WORDS && endsWithQuestionMark(lineContent(article, line));
}

/**
 * A paragraph that asks a question, which the line after it answers: "... يطرح السؤال نفسه: من هي
 * نادية مراد؟" / "هي فتاة عراقية-ايزيدية ولدت في قرية كوجو قضاء سنجار عام 1993". A question that is
 * itself a line of a box or a pair is no such paragraph.
 */
export function asksQuestion(article: Article, line: Line): boolean {
  return endsWithQuestionMark(lineContent(article, line)) && !isPairLine(article, line);
}

/** A line of a pair: a box line that is a headline of MIN_WORDS or more, or a question. */
export function isPairLine(article: Article, line: Line): boolean {
  return isBoxLine(article, line) && (wordCount(line) >= MIN_WORDS || endsWithQuestionMark(lineContent(article, line)));
}

/** A subhead of the article: a plain line of one to MAX_SUBHEAD_WORDS words ("كلمات الأغاني والذوق العام"). */
export function isSubhead(article: Article, line: Line): boolean {
  const content = lineContent(article, line).trim();
  return wordCount(line) <= MAX_SUBHEAD_WORDS && isArabicLine(article, content) && !ANY_FINAL_PUNCTUATION.test(content) && !opensWithBullet(content);
}

// A heading may end with a quotation that ends with its own punctuation, or with an ellipsis: France
// 24 heads each fan's section of a report with the fan's words ('سامي: "جميل جدا أن يلتقي التونسيون
// في هذا البلد..."'), and a section of its World Cup preview with "طموح إنكليزي..".
const HEADING_END = /(?:[.!?؟…]["'”’»]|\.\.|…)\s*$/u;

/**
 * A heading of the article, or a line that could be one: a line in Arabic of a subhead's or a
 * headline's length (up to MAX_WORDS words) with no punctuation at its end, or ending with a
 * quotation or an ellipsis; none of what isOtherThanHeadline lists ('وقال :"يبدو الأمر كما لو أن
 * شركة أبل قد حققت الفوز."' opens with a connective: a paragraph of one quoted sentence).
 */
export function isHeading(article: Article, line: Line): boolean {
  const content = lineContent(article, line).trim();
  if (wordCount(line) > MAX_WORDS || !isLineOfArabicArticle(article, content)) return false;
  return (!ANY_FINAL_PUNCTUATION.test(content) || HEADING_END.test(content)) && !isOtherThanHeadline(line, content);
}
