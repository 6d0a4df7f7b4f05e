/** The headline lines that follow a read-also marker, up to the first real paragraph. */
import { lineContent, type Article, type Line } from '../model/article.js';
import type { MarkerLexicon } from '../lexicon/marker-lexicon.js';
import { matchMarker } from './marker-match.js';
import { UNSPACED_SCRIPT, endsUnfinished, holdsLinkOrHandle, isBareAddress, isHeadlineShaped, isQuotation, isSubheadOf } from './headline-shape.js';
import { continuesStory } from './connectives.js';
import { isBulleted, opensWithListNumber } from './separators.js';
import { isPageFurniture } from './page-furniture.js';
import { wordCount } from './box-lines.js';
import { endsWithQuestionMark } from '../text/sentence-end.js';

// A marker-only line ("اقرأ أيضاً:", "RELATED:") announces a list; BBC lists hold three to five.
const MAX_LIST_ITEMS = 12;
// After a marker line that carries its own headline, a second headline sometimes follows on the
// very next line ("اقرأ أيضا : أردوغان: الرئيس الذي روًض العسكر ويحكم دون منازع" then
// "ماذا بعد فوز أردوغان بولاية رئاسية جديدة؟"), a question as the second line of BBC's pairs of
// related headlines is. Only one, only right below it, only a question (a disclaimer such as 'هذ
// المقال منشور بالتعاون مع موقع التوظيف الإلكتروني "بيت.كوم"' or a subhead is none), and only
// where every paragraph is one line: after a blank line a short line is a paragraph of its own. A
// question of fewer than five words is a subhead asking what the next section answers (France 24:
// "للمزيد: <headline>" then "منبج بعد عفرين؟"), as box-lines.ts reads a short question.
const MAX_CONTINUATION_ITEMS = 1;
const MAX_CONTINUATION_LENGTH = 120;
const MIN_CONTINUATION_WORDS = 5;

// Whether a line may be the one headline below a marker line that has its own.
function isContinuation(article: Article, line: Line, isHeadline: boolean): boolean {
  const text = lineContent(article, line);
  return isHeadline && text.trim().length <= MAX_CONTINUATION_LENGTH && endsWithQuestionMark(text) && wordCount(line) >= MIN_CONTINUATION_WORDS;
}

// A carousel of related stories scrapes to its controls between the marker and the headlines
// ("RELATED ARTICLES", "Previous", "1", "Next", then the headlines): a page number is part of the list.
const PAGE_COUNTER = /^\s*\d{1,3}(?:\s*\/\s*\d{1,3})?\s*$/;

/** Whether a line of a headline list is a page number of a carousel rather than a headline. */
export function isPageCounter(text: string): boolean {
  return PAGE_COUNTER.test(text);
}

// A marker line ends a list, as the start of another link; but in a list, a line that opens with a
// marker and goes on with its own headline is one of its items: "شاهد.. أحلام تطلب الانسحاب من
// "ذا فويس"" is how Arabic sites title a video, under "اقرأ أيضاً:" like any other story.
function startsAnotherLink(article: Article, line: Line, opensList: boolean, lexicon: MarkerLexicon): boolean {
  const match = matchMarker(article, line, lexicon);
  if (match === null) return false;
  return !opensList || match.placement !== 'leading' || match.opensList;
}

// A list whose headlines are bulleted ends at a line without a bullet: "اقرأ أيضاً:" / "- كيف انقسمت
// حكومات العالم حول ترخيص البلوك تشين؟" / "- ..." / 'معز: "متفائل بـلًولاد باش يطلعوا الغرينتا"', the
// last one the heading of the article's next section. And one whose headlines are not numbered
// ends at a numbered line: "À lire aussi :" / four headlines / "" / "1. Le Vercors", a travel
// guide's first section (its caption and photo credit below it, short lines without a full stop).
function leavesItemStyle(article: Article, items: readonly Line[], text: string): boolean {
  const first = items[0];
  if (first === undefined) return false;
  const firstText = lineContent(article, first);
  return (isBulleted(firstText) && !isBulleted(text)) || (!opensWithListNumber(firstText.trim()) && opensWithListNumber(text.trim()));
}

/** The list collected so far, and what the rules ask of it as it grows. */
interface ListSoFar {
  readonly items: Line[];
  /** The items that are not addresses (headlines, and a carousel's page numbers). */
  headlines: number;
  /** Whether its headlines come with addresses. */
  hasAddresses: boolean;
}

// livedoor news gives a related headline its address on the line below it ("【関連記事】" /
// "ミニストップの川越シェフプロデュースクリスマスケーキがバカ高いと話題に" /
// "http://news.livedoor.com/topics/detail/5899457/"): a line that is only a web address, right
// below the marker line or a headline of its list (not below another address), is that link's
// address. Anywhere else a line with an address ends the list (an embedded tweet, a source line).
function isAddressOfLink(article: Article, line: Line, markerIndex: number, list: ListSoFar): boolean {
  const previous = list.items[list.items.length - 1];
  const isBelowLink = previous === undefined ? line.index - 1 === markerIndex : previous.index === line.index - 1 && !isBareAddress(lineContent(article, previous));
  return isBelowLink && isBareAddress(lineContent(article, line));
}

// Whether the list gives its headlines addresses and `line` has none below it: then it is no
// headline of the list but the next paragraph, which in Japanese has no spaces and may end
// without a full stop ("…評判もかなり悪いのではないだろうか？").
function lacksAddress(article: Article, line: Line, list: ListSoFar): boolean {
  const below = article.lines[line.index + 1];
  return list.hasAddresses && (below === undefined || !isBareAddress(lineContent(article, below)));
}

// Whether a line that is no address may go on the list a marker-only line opened.
function fitsList(article: Article, line: Line, isHeadline: boolean, list: ListSoFar): boolean {
  const text = lineContent(article, line);
  return (isHeadline || isPageCounter(text)) && !leavesItemStyle(article, list.items, text) && !lacksAddress(article, line, list);
}

/**
 * Lines after the marker line at `markerIndex` that are headlines of the list it opens. The list
 * stops at a paragraph, at a line that opens with a connective, at a line that ends with a colon
 * or comma (it introduces what follows: "Authors:", "شاهد بالإنفوغرافيك في الأعلى أربع نصائح لرواد
 * الاعمال الناجحين:"), at a line with a web address or an @handle (an embedded tweet; a line that
 * is only the address of the link above it is the list's, see isAddressOfLink), at another
 * marker line, at a line that is one quotation (a subhead in quotes), at page furniture ("Story
 * Continued Below", "Featured image via ..."), at a line without a bullet after bulleted headlines,
 * at a line with no address below it once the headlines come with addresses, or at the end; a
 * short last line that names what the next paragraph is about is a subhead and stays, and so
 * does one word after the last headline (or a short line of a script written without spaces).
 */
export function collectHeadlineList(article: Article, markerIndex: number, opensList: boolean, lexicon: MarkerLexicon): Line[] {
  const maxItems = opensList ? MAX_LIST_ITEMS : article.isBlankLineSeparated ? 0 : MAX_CONTINUATION_ITEMS;
  const list: ListSoFar = { items: [], headlines: 0, hasAddresses: false };
  let stop: Line | null = null;
  for (let index = markerIndex + 1; index < article.lines.length; index++) {
    const line = article.lines[index] as Line;
    if (line.isBlank && !opensList) break;
    if (line.isBlank) continue;
    if (isAddressOfLink(article, line, markerIndex, list)) {
      list.items.push(line);
      list.hasAddresses = true;
      continue;
    }
    const isHeadline = isListHeadline(article, line);
    const fits = opensList ? fitsList(article, line, isHeadline, list) : isContinuation(article, line, isHeadline);
    if (list.headlines === maxItems || !fits || startsAnotherLink(article, line, opensList, lexicon)) {
      stop = line;
      break;
    }
    list.items.push(line);
    list.headlines++;
  }
  const { items } = list;
  const last = items[items.length - 1];
  // A bulleted item is no subhead: "- العملة التركية تهوي أمام الدولار" or "🔹 …" stays in the list.
  if (last !== undefined && stop !== null && !isBulleted(lineContent(article, last)) && !isHeadlineShaped(lineContent(article, stop)) && isSubheadOf(last.key, stop.key)) {
    items.pop();
  }
  return holdsHeadline(article, items) ? withoutTrailingControls(article, items) : [];
}

// A headline runs three words or more (or is a line of a script written without spaces): a list
// of shorter lines only is the page's menu under a "MORE" button ("MORE" / "Home" / "Local" /
// "World" / … / "Border Crossings", CP24), which labeling rule 5 keeps. A marker line and only
// its link's address ("بیشتر بخوانید:" / "https://l.euronews.com/q0ZO") is a link all the same.
const MIN_HEADLINE_WORDS = 3;

function holdsHeadline(article: Article, items: readonly Line[]): boolean {
  let onlyAddresses = true;
  for (const line of items) {
    const text = lineContent(article, line);
    if (isBareAddress(text)) continue;
    onlyAddresses = false;
    if (wordCount(line) >= MIN_HEADLINE_WORDS || UNSPACED_SCRIPT.test(text)) return true;
  }
  return onlyAddresses;
}

// Whether a line reads as a headline of a list: none of what ends one.
function isListHeadline(article: Article, line: Line): boolean {
  const text = lineContent(article, line);
  return isHeadlineShaped(text) && !endsUnfinished(text) && !holdsLinkOrHandle(text) && !isQuotation(text) && !isPageFurniture(line.key) && !continuesStory(line.key);
}

// One word or a number after the last headline is the page's, not the list's: a share button or a
// count ("Comments", "Facebook", "906"). A carousel's controls stand before its headlines.
function withoutTrailingControls(article: Article, items: Line[]): Line[] {
  let end = items.length;
  while (end > 0 && isControl(lineContent(article, items[end - 1] as Line))) end--;
  return end === items.length ? items : items.slice(0, end);
}

// In a script written without spaces (UNSPACED_SCRIPT), a line with no space is a headline
// ("ミニストップの川越シェフプロデュースクリスマスケーキがバカ高いと話題に") unless it is as short as a
// share button ("ツイート", "シェア", "分享"; a headline of five characters, "中美贸易战", is one).
const MAX_UNSPACED_CONTROL_LENGTH = 4;

function isControl(text: string): boolean {
  const trimmed = text.trim();
  if (isPageCounter(text)) return true;
  if (/\s/u.test(trimmed) || isBareAddress(trimmed)) return false;
  return !UNSPACED_SCRIPT.test(trimmed) || trimmed.length <= MAX_UNSPACED_CONTROL_LENGTH;
}
