/** The characters that sit between a read-also marker and its headline, as found in scraped text. */
import { codeUnitSet, isPictographCodePoint, isWhiteSpaceCode } from '../text/character-table.js';

// "اقرأ أيضا :", "قد يهمك|", "قد يهمك/", "قد يهمك..", "READ MORE:", "Related -", "Lire aussi »"
// Japanese sites close a marker in lenticular brackets and put the headline right after them:
// "【関連記事】ミニストップの…" (livedoor news).
const SEPARATOR_CHARACTERS = new Set([':', '：', '|', '/', '-', '–', '—', '»', '>', '›', '→', '←', '.', '…', '~', '=', '】', '〕', '］']);

// Brackets, quotes and bullets that may open a marker line: "[ Read Related Article: …", "• Lire aussi".
// "【関連記事】" opens with a lenticular bracket, as Japanese news sites write it. Not "»": German
// opens a quotation with it ("»Mehr zum Thema Rente kann ich heute nicht sagen«, sagte er.").
const OPENER_CHARACTERS = new Set([' ', '[', '(', '«', '"', '“', '„', '*', '•', '·', '►', '▶', '▪', '■', '-', '–', '—', '>', '|', '<', '{', '【', '〔', '［']);

// Characters that may close a teaser line after its marker: "اقرأ المزيد..." or "Read more »".
const TRAILING_CHARACTERS = new Set([' ', ':', '：', '.', '…', '»', '>', '›', '→', '←', ']', ')', '!', '|', '-', '–', '】', '〕', '］', '+']);

// Emoji and pictographs stand where bullets and arrows do: "📌 اقرأ أيضا: …", "🔴 اقرأ أيضا",
// "✅ قد يهمك: …", "قد يهمك ▶ …", "شاهد أيضا 👇 …". (Their variation selectors are folded away.)
// This is the length of the pictograph at `index` (2 for an astral one), or 0 when there is none.
function pictographLengthAt(folded: string, index: number): number {
  const codePoint = folded.codePointAt(index);
  if (codePoint === undefined || !isPictographCodePoint(codePoint)) return 0;
  return codePoint > 0xffff ? 2 : 1;
}

// The length of a run of `characters` and pictographs from `index`.
function runLength(folded: string, index: number, characters: ReadonlySet<string>): number {
  let end = index;
  while (end < folded.length) {
    const step = characters.has(folded[end] as string) ? 1 : pictographLengthAt(folded, end);
    if (step === 0) break;
    end += step;
  }
  return end - index;
}

// Bullets that open the items of a headline list: "- Oil prices climb again", "🔹 الذهب يتراجع".
const BULLET_CHARACTERS = new Set([' ', '-', '–', '—', '•', '·', '*', '▪', '■', '►', '▶', '>']);

/** Whether a line's content (trimmed) opens with a list bullet: "- للوسط: أدريان رابيو (سان جرمان) …". */
export function opensWithBullet(content: string): boolean {
  return content.length > 0 && content.charAt(0) !== ' ' && BULLET_CHARACTERS.has(content.charAt(0));
}

// A number that opens an item of a numbered list: "4. استخدم حركات اليدين خلال التحدث", "2) …",
// "(3) …". A headline may open with a number, but not with one set off like this ("17 قتيلا …").
const LIST_NUMBER = /^\(?[0-9٠-٩]{1,3}\s?[.)\-–:]\s/u;

/** Whether a line's content (trimmed) opens with the number of a list item. */
export function opensWithListNumber(content: string): boolean {
  return LIST_NUMBER.test(content);
}

/** Whether a line opens with a bullet or a pictograph ("- …", "🔹 Gold slips as dollar rises"), white space aside. */
export function isBulleted(text: string): boolean {
  return runLength(text.trim(), 0, BULLET_CHARACTERS) > 0;
}

/** A list item's headline without the bullet and spaces that open it. */
export function withoutBullet(item: string): string {
  const start = runLength(item, 0, BULLET_CHARACTERS);
  return start === 0 ? item : item.slice(start).trim();
}

/** Index just past the opening brackets, quotes, bullets, pictographs and spaces at `position`. */
export function skipOpeners(folded: string, position: number): number {
  return position + runLength(folded, position, OPENER_CHARACTERS);
}

// A hyphen or a slash right between two letters of a script with case joins a compound word:
// "Related-party transactions rose …", "More-than-expected demand …", "Read-only files …" and
// "Read/write access …" are prose, not a marker and its headline. (A script without case glues
// a separator on at times: "قد يهمك-…".)
const WORD_JOINERS = new Set(['-', '‐', '/']);

function hasCase(character: string | undefined): boolean {
  return character !== undefined && character.toUpperCase() !== character.toLowerCase();
}

/** Whether `folded[position]` joins the word before it to the one after it (see WORD_JOINERS). */
export function joinsCompound(folded: string, position: number): boolean {
  return WORD_JOINERS.has(folded[position] as string) && hasCase(folded[position - 1]) && hasCase(folded[position + 1]);
}

// Quotes around a phrase make it a name: «شاهد» is MBC's streaming service ("«شاهد» تكشف عن
// قائمة مسلسلات رمضان"), and the closing quote is no separator after it.
const CLOSING_QUOTE_OF = new Map([['«', '»'], ['“', '”'], ['"', '"'], ['„', '“']]);

/** Whether the phrase at `folded[start, end)` stands in quotes of its own. */
export function isQuotedPhrase(folded: string, start: number, end: number): boolean {
  const closing = CLOSING_QUOTE_OF.get(folded[start - 1] as string);
  return closing !== undefined && folded[end] === closing;
}

/** Where a separator that starts at `position` (after optional spaces) ends, or -1 if there is none. */
export function separatorEnd(folded: string, position: number): number {
  let index = position;
  while (folded[index] === ' ') index++;
  const start = index;
  index += runLength(folded, index, SEPARATOR_CHARACTERS);
  // A lone full stop ends a sentence; it is not a separator ("Read more. The ..." is prose).
  if (index === start || (index === start + 1 && folded[start] === '.')) return -1;
  while (folded[index] === ' ') index++;
  return index;
}

// The length of the pictograph that ends at `end` (2 for an astral one), or 0 when there is none.
function pictographLengthBefore(text: string, end: number): number {
  const last = text.charCodeAt(end - 1);
  const start = last >= 0xdc00 && last <= 0xdfff && end >= 2 ? end - 2 : end - 1;
  return pictographLengthAt(text, start) === end - start ? end - start : 0;
}

/** Index of the end of the text once trailing spaces, dots, arrows, colons and pictographs are dropped. */
export function trimTrailing(folded: string): number {
  let end = folded.length;
  while (end > 0) {
    const step = TRAILING_CHARACTERS.has(folded[end - 1] as string) ? 1 : pictographLengthBefore(folded, end);
    if (step === 0) break;
    end -= step;
  }
  return end;
}

// Brackets that open a parenthetical link inside a paragraph: "… inflation. (READ MORE: …)".
const OPENING_BRACKETS = codeUnitSet(['(', '[']);

/** Whether a code unit opens a bracket. */
export function isOpeningBracket(code: number): boolean {
  return OPENING_BRACKETS.has(code);
}

/** Whether an opening bracket is among `text[start, end)`. */
export function holdsOpeningBracket(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (OPENING_BRACKETS.has(text.charCodeAt(index))) return true;
  return false;
}

/**
 * Index of the start of the white space, pictographs and opening brackets that end at `end` (not
 * before `floor`): "… المقبلة. 📌 اقرأ أيضا: …" and "… inflation. (READ MORE: …)" read as if the
 * marker came right after the full stop.
 */
export function skipBackOverDecoration(text: string, end: number, floor: number): number {
  let start = end;
  while (start > floor) {
    const code = text.charCodeAt(start - 1);
    const step = isWhiteSpaceCode(code) || OPENING_BRACKETS.has(code) ? 1 : pictographLengthBefore(text, start);
    if (step === 0 || start - step < floor) break;
    start -= step;
  }
  return start;
}

/** Whether trailing characters from `end` include a separator (":" or "|"): a list may follow. */
export function hasTrailingSeparator(folded: string, end: number): boolean {
  return /[:：|]/.test(folded.slice(end));
}
