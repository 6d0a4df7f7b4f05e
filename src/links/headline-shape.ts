/** Shape tests that tell a headline from a paragraph and from a subhead. */
import { endsWithFullStop } from '../text/sentence-end.js';
import { holdsLetter } from '../text/character-table.js';

/** Headlines are short: longer lines are paragraphs. */
export const MAX_HEADLINE_LENGTH = 200;
const MAX_HEADLINE_WORDS = 30;
const MAX_SUBHEAD_WORDS = 6;
const MIN_SHARED_WORD_LENGTH = 4;

/**
 * Kana, CJK ideographs and Thai: scripts written without spaces between words, and denser than
 * the others: a Japanese headline runs 15 to 70 characters ("ミニストップの川越シェフプロデュース
 * クリスマスケーキがバカ高いと話題に"), where a paragraph of 90 is prose.
 */
export const UNSPACED_SCRIPT = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const UNSPACED_SCRIPT_CHARACTERS = new RegExp(UNSPACED_SCRIPT.source, 'gu');
const MAX_UNSPACED_HEADLINE_LENGTH = 80;

// Whether most of a line is in those scripts: an English headline that names 任天堂 is not. A line
// with none of them (most lines) is told by one test, without a list of matches.
function isMostlyUnspaced(text: string): boolean {
  if (!UNSPACED_SCRIPT.test(text)) return false;
  return (text.match(UNSPACED_SCRIPT_CHARACTERS)?.length ?? 0) * 2 > text.length;
}

/** Whether a line could be a headline: short, with letters, not ending a sentence with a full stop. */
export function isHeadlineShaped(content: string): boolean {
  const trimmed = content.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_HEADLINE_LENGTH) return false;
  if (trimmed.length > MAX_UNSPACED_HEADLINE_LENGTH && isMostlyUnspaced(trimmed)) return false;
  if (!holdsLetter(trimmed)) return false;
  if (trimmed.split(/\s+/).length > MAX_HEADLINE_WORDS) return false;
  // A paragraph ends its last sentence with a full stop; a headline does not.
  return !endsWithFullStop(trimmed);
}

// A colon, comma or semicolon at the end: the line announces what follows ("Watch the segment
// below:", "وتختلف السن القانوني ... على النحو التالي:") or breaks off mid-sentence; a headline does
// neither.
const ENDS_UNFINISHED = /[:：,،;؛]\s*$/u;

/** Whether a line ends with a colon, comma or semicolon, as no headline does. */
export function endsUnfinished(content: string): boolean {
  return ENDS_UNFINISHED.test(content);
}

// A web address or a handle: an embedded tweet ("... pic.twitter.com/l3EVTvLc", "@ABC And the
// sooner ...") or a source line, never a headline.
const LINK_OR_HANDLE = /https?:\/\/|www\.|pic\.twitter\.com|(?:^|\s)[.]?@\w/u;

/** Whether a line holds a web address or an @handle, as no headline does. */
export function holdsLinkOrHandle(content: string): boolean {
  return LINK_OR_HANDLE.test(content);
}

const BARE_ADDRESS = /^\s*(?:https?:\/\/|www\.)\S+\s*$/u;

/** Whether a line's content is only a web address (a link's, below its headline: headline-list.ts). */
export function isBareAddress(content: string): boolean {
  return BARE_ADDRESS.test(content);
}

// A line that is one quotation from end to end is the article's: a pull quote ('"وجدت 35 ألف جنيه
// في حساب إدخار و11 ألفا في حساب آخر في حسابي المصرفي"') or a subhead in quotes ('"احتلال عفرين
// نقطة تحول"' after BBC's list of related headlines). Headlines quote only part of themselves
// ('مقاتلات إسرائيلية "تقصف موقعا عسكريا" في سوريا').
const QUOTATION = /^\s*["“«][^"“”«»]*["”»]\s*$/u;

/** Whether `content` is one quotation from end to end. */
export function isQuotation(content: string): boolean {
  return QUOTATION.test(content);
}

// Arabic words carry the article and conjunctions as prefixes: "الأكراد", "والأكراد", "بالأكراد".
function stem(word: string): string {
  const stripped = word.replace(/^(?:وال|بال|فال|لل|ال|و)/, '');
  return stripped.length >= MIN_SHARED_WORD_LENGTH - 1 ? stripped : word;
}

/**
 * Whether a short headline-shaped line is a subhead of the paragraph after it: a subhead names
 * what the next paragraph is about ("صفقة ملكية شركة ديزني" before a paragraph about Disney's offer),
 * while a related headline names another story. Both arguments are comparison keys.
 */
export function isSubheadOf(headlineKey: string, paragraphKey: string): boolean {
  const words = headlineKey.split(' ').filter((word) => word !== '');
  if (words.length === 0 || words.length > MAX_SUBHEAD_WORDS) return false;
  return words.some((word) => {
    const root = stem(word);
    return root.length >= MIN_SHARED_WORD_LENGTH - 1 && word.length >= MIN_SHARED_WORD_LENGTH && paragraphKey.includes(root);
  });
}
