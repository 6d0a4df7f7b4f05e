/**
 * Comparison keys: the only place where text is normalized. Keys are compared, hashed and
 * thrown away; the text that is kept is never touched.
 */
import { CharacterClass, classOf, codeUnitSet, foldedCodeOf, isSymbolCodePoint } from './character-table.js';
import { createCodeUnitBuffer } from './code-unit-buffer.js';
import { FULL_STOPS } from './sentence-end.js';

// Text made only of ASCII, Latin-1 spaces and the basic Arabic block needs no NFKC: nothing in it
// decomposes or composes into a different key. Everything else (presentation forms such as the
// lam-alef ligature, full-width Latin, combining sequences) goes through NFKC first.
function needsCompatibilityForm(code: number): boolean {
  return code > 0xa0 && (code < 0x0600 || code > 0x06ff);
}

// What each code unit becomes in a key, so the loop below makes one lookup per character: 0
// until first seen, else the code unit to write (the folded one, or a space) in the low 16 bits
// and one flag above them. Flags rather than branches: the loop adds the flags up instead of
// branching at every word boundary, which a processor mispredicts about once a word.
const WORD = 1 << 16;
const SPACE = 1 << 17;
const DROP = 1 << 18;
/** The text needs NFKC first. */
const NFKC = 1 << 19;
const keyCodes = new Int32Array(0x10000);

// Punctuation that ends a sentence or a clause separates words even with no space after it: a
// scrape glues the next sentence on ("…خطة جديدة.اقرأ أيضا: …", "…سفیر سے ملے۔یہ بھی پڑھیں: …"),
// and its key must still hold the marker as a word. Other punctuation is dropped in place
// ("don't", "e-mail").
const WORD_BREAKING_PUNCTUATION = codeUnitSet([...FULL_STOPS, '!', '?', '؟', '…', '،', '؛']);

function keyCodeByClass(code: number): number {
  const kind = classOf(code);
  if (kind === CharacterClass.Punctuation && WORD_BREAKING_PUNCTUATION.has(code)) return SPACE | 0x20;
  if (kind === CharacterClass.Ignorable || kind === CharacterClass.Punctuation) return DROP;
  if (kind === CharacterClass.Space) return SPACE | 0x20;
  return WORD | foldedCodeOf(code);
}

function learnKeyCode(code: number): number {
  const entry = needsCompatibilityForm(code) ? NFKC : keyCodeByClass(code);
  keyCodes[code] = entry;
  return entry;
}

function isAstralSymbolAt(text: string, index: number, end: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff || index + 1 >= end) return false;
  const codePoint = text.codePointAt(index) as number;
  return codePoint > 0xffff && isSymbolCodePoint(codePoint);
}

const buffer = createCodeUnitBuffer(1024);

/**
 * Writes the key of `text[start, end)` into `units` and returns its length, or -1 when the span
 * holds a character that needs NFKC first (and `checkCompatibility` is on).
 */
function writeKey(text: string, start: number, end: number, checkCompatibility: boolean): number {
  // Locals, not the module bindings: the loop runs once per character of every line.
  const units = buffer.reserve(end - start);
  const table = keyCodes;
  let length = 0;
  // 1 when the last unit written is a word character: only then does a space get written, so
  // runs of white space, dropped characters in between included, give one space.
  let afterWord = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    let entry = table[code] as number;
    if (entry === 0 || entry >= NFKC) {
      if (entry === 0) entry = learnKeyCode(code);
      if (entry === NFKC) {
        if (checkCompatibility) return -1;
        entry = keyCodeByClass(code);
        // An emoji or other astral symbol goes as a symbol does, both its code units
        // ("📌 اقرأ أيضا:" has the key of "اقرأ أيضا:").
        if (isAstralSymbolAt(text, index, end)) {
          entry = DROP;
          index++;
        }
      }
    }
    // Written always, kept only when `length` moves past it.
    units[length] = entry;
    const isWord = (entry >> 16) & 1;
    length += isWord | ((entry >> 17) & afterWord);
    afterWord = isWord | (afterWord & (entry >> 18));
  }
  // A space written last is trailing white space: the key is trimmed.
  if (length > 0 && afterWord === 0) length--;
  return length;
}

/**
 * The comparison key of `text[start, end)`: NFKC, no marks, tatweel, format or bidi characters,
 * no punctuation, symbols or emoji (a sentence or clause end counts as white space), Arabic letter
 * variants and digits unified, lower case (İ and ı fold to i), white space collapsed to single
 * spaces and trimmed.
 */
export function comparisonKey(text: string, start = 0, end = text.length): string {
  let length = writeKey(text, start, end, true);
  if (length === -1) {
    const normalized = text.slice(start, end).normalize('NFKC');
    length = writeKey(normalized, 0, normalized.length, false);
  }
  const key = buffer.decode(length);
  buffer.release();
  return key;
}

/** Whether a key holds at least one letter (separator lines such as "-----" hold none). */
export function keyHasLetters(key: string): boolean {
  for (let index = 0; index < key.length; index++) {
    if (classOf(key.charCodeAt(index)) === CharacterClass.Letter) return true;
  }
  return false;
}
