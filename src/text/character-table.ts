/**
 * Per-code-unit classification behind every comparison key, filled lazily so a run pays only
 * for the characters its input uses (a one-file run must start fast).
 */
import { precomputedClassOf } from './precomputed-classes.js';

/** What a character becomes in a comparison key. */
export const CharacterClass = {
  Unknown: 0,
  /** Marks, tatweel, format and bidi controls: dropped from every fold. */
  Ignorable: 1,
  /** Any kind of white space, NBSP and controls included: folds to one space. */
  Space: 2,
  /** Punctuation and symbols: dropped from keys, kept by the marker fold. */
  Punctuation: 3,
  /** Letters: case-folded and letter-folded. */
  Letter: 4,
  /** Digits and other kept characters. */
  Other: 5,
} as const;

/** One of the CharacterClass values. */
export type CharacterClass = (typeof CharacterClass)[keyof typeof CharacterClass];

/**
 * The class of every UTF-16 code unit, 0 (Unknown) until first asked for through `classOf`. Hot
 * loops read it directly and call `classOf` only on a 0, which saves a call per character.
 */
export const characterClasses = new Uint8Array(0x10000);
const classes = characterClasses;
/** Folded code units, valid once the unit's class is known (see `characterClasses`). */
export const foldedCodes = new Uint16Array(0x10000);

const IGNORABLE = /[\p{M}\p{Cf}\u0640]/u;
const SPACE = /[\s\p{Cc}\p{Z}]/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const LETTER = /\p{L}/u;

// Arabic letter variants that scraped copies of one text spell differently:
// hamza seats, alef forms, alef maqsura/ya, ta marbuta/ha, and the Persian/Urdu ya, kaf and ha.
const LETTER_FOLDS: Readonly<Record<number, number>> = {
  0x0622: 0x0627, 0x0623: 0x0627, 0x0625: 0x0627, 0x0671: 0x0627, 0x0672: 0x0627, 0x0673: 0x0627,
  0x0624: 0x0648, 0x0626: 0x064a, 0x0649: 0x064a, 0x06cc: 0x064a, 0x06d2: 0x064a,
  0x0629: 0x0647, 0x06c1: 0x0647, 0x06c0: 0x0647, 0x06d5: 0x0647, 0x06a9: 0x0643,
  // Turkish dotless i and dotted capital I fold with i, so İLGİLİ, ILGILI and ilgili compare equal.
  0x0131: 0x0069, 0x0130: 0x0069,
};

function foldLetter(code: number): number {
  const direct = LETTER_FOLDS[code];
  if (direct !== undefined) return direct;
  const lower = String.fromCharCode(code).toLowerCase();
  const lowered = lower.charCodeAt(0);
  return LETTER_FOLDS[lowered] ?? lowered;
}

function foldDigit(code: number): number {
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660 + 0x30;
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0 + 0x30;
  return code;
}

// The class of a code unit outside the surrogates, by the Unicode properties of its character.
function classByProperties(code: number): CharacterClass {
  const character = String.fromCharCode(code);
  if (IGNORABLE.test(character)) return CharacterClass.Ignorable;
  if (SPACE.test(character)) return CharacterClass.Space;
  if (PUNCTUATION.test(character)) return CharacterClass.Punctuation;
  if (LETTER.test(character)) return CharacterClass.Letter;
  return CharacterClass.Other;
}

/**
 * The classes of the code units below `end` (no surrogates among them), one digit each: the table
 * the build puts in the bundles (precomputed-classes.ts).
 */
export function classDigitsBelow(end: number): string {
  let digits = '';
  for (let code = 0; code < end; code++) digits += String(classByProperties(code));
  return digits;
}

function classify(code: number): void {
  if (code >= 0xd800 && code <= 0xdfff) {
    // Surrogate halves are classified per code point by the callers; keep them as they are.
    classes[code] = CharacterClass.Other;
    foldedCodes[code] = code;
    return;
  }
  const precomputed = precomputedClassOf(code);
  const kind = precomputed === -1 ? classByProperties(code) : (precomputed as CharacterClass);
  classes[code] = kind;
  foldedCodes[code] = kind === CharacterClass.Letter ? foldLetter(code) : foldDigit(code);
}

/** The class of one UTF-16 code unit. */
export function classOf(code: number): CharacterClass {
  const known = classes[code] as CharacterClass;
  if (known !== CharacterClass.Unknown) return known;
  classify(code);
  return classes[code] as CharacterClass;
}

/** The folded form of a letter or digit code unit (lower case, Arabic variants unified). */
export function foldedCodeOf(code: number): number {
  if (classes[code] === CharacterClass.Unknown) classify(code);
  return foldedCodes[code] as number;
}

/**
 * A test of one code unit by a regular expression, remembered per code unit (0 unknown, 1 yes,
 * 2 no), so hot loops pay a table lookup, not a one-character string and a regex run.
 */
function rememberedCodeTest(pattern: RegExp): (code: number) => boolean {
  const answers = new Uint8Array(0x10000);
  return (code) => {
    let answer = answers[code] as number;
    if (answer === 0) {
      answer = pattern.test(String.fromCharCode(code)) ? 1 : 2;
      answers[code] = answer;
    }
    return answer === 1;
  };
}

/**
 * The same for whole code points, astral ones (emoji, mostly, rare in news text) remembered in a
 * map beside the table.
 */
function rememberedCodePointTest(pattern: RegExp): (codePoint: number) => boolean {
  const testUnit = rememberedCodeTest(pattern);
  const astral = new Map<number, boolean>();
  return (codePoint) => {
    if (codePoint < 0x10000) return testUnit(codePoint);
    let answer = astral.get(codePoint);
    if (answer === undefined) {
      answer = pattern.test(String.fromCodePoint(codePoint));
      astral.set(codePoint, answer);
    }
    return answer;
  };
}

/** Whether a code unit may appear in a blank line: white space ("\s"), zero-width and bidi marks. */
export const isBlankCode = rememberedCodeTest(/[\s\u200b-\u200f\u2060\ufeff]/);

/** Whether a code unit is white space as a regular expression's `\s` has it. */
export const isWhiteSpaceCode = rememberedCodeTest(/\s/);

/**
 * Whether the character at a code point (astral included) is punctuation, a symbol or an emoji:
 * what keys drop. An emoji is two code units, which the per-unit classes cannot tell from a letter.
 */
export const isSymbolCodePoint = rememberedCodePointTest(/[\p{P}\p{S}\p{Extended_Pictographic}]/u);

/** Whether the character at a code point (astral included) is an emoji or another pictograph (▶, ✅, 📌). */
export const isPictographCodePoint = rememberedCodePointTest(/\p{Extended_Pictographic}/u);

/** Whether the character at a code point (astral included) is a letter. */
export function isLetterCodePoint(codePoint: number): boolean {
  if (codePoint < 0x10000) return classOf(codePoint) === CharacterClass.Letter;
  return LETTER.test(String.fromCodePoint(codePoint));
}

// Tatweel is a letter to Unicode, though IGNORABLE drops it from keys.
const TATWEEL = 0x0640;

/**
 * Whether `text` holds a letter, as /\p{L}/u.test(text) says, read from the class table, so that a
 * run need not compile that pattern; an astral character is asked of the pattern.
 */
export function holdsLetter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const codePoint = text.codePointAt(index) as number;
      if (codePoint > 0xffff) {
        if (isLetterCodePoint(codePoint)) return true;
        index++;
        continue;
      }
    }
    if (classOf(code) === CharacterClass.Letter || code === TATWEEL) return true;
  }
  return false;
}

/** The code unit of the last character before `position` that is not white space, or -1 when none is at `floor` or after. */
export function previousVisibleCode(text: string, position: number, floor: number): number {
  let index = position - 1;
  while (index >= floor && isWhiteSpaceCode(text.charCodeAt(index))) index--;
  return index < floor ? -1 : text.charCodeAt(index);
}

/** The code units of single-unit characters, for lookups that make no string. */
export function codeUnitSet(characters: Iterable<string>): ReadonlySet<number> {
  return new Set([...characters].map((character) => character.charCodeAt(0)));
}

// The letters of the Arabic alphabet, hamza to ya: the lines the Arabic-only link rules look at.
const ARABIC_LETTER = /[\u0621-\u064a]/;

/** Whether `text` holds a letter of the Arabic alphabet. */
export function holdsArabicLetter(text: string): boolean {
  return ARABIC_LETTER.test(text);
}

// Letters that Persian, Urdu, Pashto, Kurdish, Sindhi and Uyghur add to the Arabic alphabet and
// Arabic writes only in a foreign name or through a Persian keyboard (its kaf and ya are U+0643
// and U+064A): pe, che, zhe, gaf, keheh, Farsi yeh, heh goal, yeh barree, heh doachashmee, noon
// ghunna, the retroflex letters, and the vowels of Kurdish and Uyghur.
const OTHER_LANGUAGE_CODES = [
  0x0679, 0x067b, 0x067c, 0x067e, 0x0686, 0x0688, 0x0689, 0x0691, 0x0693, 0x0695, 0x0696, 0x0698, 0x069a, 0x06a9, 0x06ab,
  0x06af, 0x06b5, 0x06ba, 0x06bc, 0x06be, 0x06c1, 0x06c6, 0x06c7, 0x06c8, 0x06cc, 0x06cd, 0x06ce, 0x06d0, 0x06d2, 0x06d5,
];
// Of those, the ones a Persian or Urdu keyboard types for Arabic's own kaf, heh and ya (keheh,
// heh doachashmee, Farsi yeh): "قررت الھیئة العامة للاتصالات وتقنیة المعلومات الكویتیة", a CNN
// Arabic teaser pasted from a Kuwaiti source.
const KEYBOARD_VARIANT_CODES = [0x06a9, 0x06be, 0x06cc];
// Those letters all lie in one range, which a regular expression scans for several times faster
// than for the thirty of them (about 6x on the dev corpus's Arabic articles). A text with no
// character there holds none of the letters; one with a character there is counted letter by letter
// (of 576 dev and probe texts with Arabic letters, 55 had one, all of them one of the thirty).
const OTHER_LANGUAGE_RANGE = /[\u0679-\u06d5]/;
// The same letters in a table of the code units from U+0621 (hamza) to U+06D5 (ae), for counting:
// 1 for a letter of another language, 2 for a keyboard's variant of an Arabic letter.
const FIRST_ARABIC_SCRIPT_LETTER = 0x0621;
const OTHER_LANGUAGE_LETTERS = new Uint8Array(0x06d6 - FIRST_ARABIC_SCRIPT_LETTER);
for (const code of OTHER_LANGUAGE_CODES) OTHER_LANGUAGE_LETTERS[code - FIRST_ARABIC_SCRIPT_LETTER] = 1;
for (const code of KEYBOARD_VARIANT_CODES) OTHER_LANGUAGE_LETTERS[code - FIRST_ARABIC_SCRIPT_LETTER] = 2;
const TEH_MARBUTA = 0x0629;
// Read from the start of a text: an article keeps to its language.
const LANGUAGE_SAMPLE = 1 << 16;
// In the probes' articles, Arabic had none of those letters, Persian 13 to 23 for a hundred
// letters of the Arabic alphabet, Pashto 28 to 32 and Urdu 38 to 73: one in twenty tells them
// apart and lets a few Persian keyboard letters in an Arabic text or line pass.
const MAX_OTHER_LANGUAGE_SHARE = 1 / 20;
// Arabic writes teh marbuta about two to four times in a hundred letters (of 474 dev and probe
// articles, 99% once in a hundred or more); a Persian text writes it in a borrowed phrase at most
// ("آیة الله"), once in a sentence.
const MIN_TEH_MARBUTA_SHARE = 1 / 100;
const MIN_TEH_MARBUTAS = 2;

/**
 * Whether `text` (an article, or one line of it) is in Arabic rather than Urdu, Persian or
 * another language written in its letters: it holds letters of the Arabic alphabet, and the
 * letters other languages add number at most one for twenty of them. The rules that know BBC
 * Arabic's and CNN Arabic's related links read Arabic only: an Urdu article's last paragraphs,
 * which open without an Arabic connective, read to them as teasers of other stories. A line
 * (`isLine`) that writes teh marbuta (ة), which Persian and Urdu do not (Urdu has ۃ), is Arabic
 * typed on their keyboard: its keheh, heh doachashmee and Farsi yeh are Arabic's letters. So is
 * an article that writes no letter of another language but those three, and ة as Arabic does (twice
 * and one letter in a hundred or more: CNN Arabic's story of a Kuwaiti ban, pasted whole from a Kuwaiti
 * source, 73 of 1,690, "قررت الھیئة العامة للاتصالات وتقنیة المعلومات الكویتیة"): the dev and probe
 * texts in Persian, Urdu and Pashto wrote ة nowhere.
 */
export function readsAsArabic(text: string, isLine = false): boolean {
  const sample = text.length > LANGUAGE_SAMPLE ? text.slice(0, LANGUAGE_SAMPLE) : text;
  // Most texts with Arabic letters hold none of the others: two regular expressions tell that,
  // run compiled from the first text on, where the count below would run in the interpreter.
  if (!OTHER_LANGUAGE_RANGE.test(sample)) return ARABIC_LETTER.test(sample);
  let arabic = 0;
  let other = 0;
  let keyboardVariants = 0;
  let tehMarbutas = 0;
  for (let index = 0; index < sample.length; index++) {
    const offset = sample.charCodeAt(index) - FIRST_ARABIC_SCRIPT_LETTER;
    if (offset < 0 || offset >= OTHER_LANGUAGE_LETTERS.length) continue;
    if (offset <= 0x064a - FIRST_ARABIC_SCRIPT_LETTER) {
      arabic++;
      if (offset === TEH_MARBUTA - FIRST_ARABIC_SCRIPT_LETTER) tehMarbutas++;
    } else if (OTHER_LANGUAGE_LETTERS[offset] === 1) other++;
    else if (OTHER_LANGUAGE_LETTERS[offset] === 2) keyboardVariants++;
  }
  const typedOnKeyboard = isLine ? tehMarbutas > 0 : other === 0 && tehMarbutas >= Math.max(MIN_TEH_MARBUTAS, arabic * MIN_TEH_MARBUTA_SHARE);
  if (typedOnKeyboard) arabic += keyboardVariants;
  else other += keyboardVariants;
  return arabic > 0 && other <= arabic * MAX_OTHER_LANGUAGE_SHARE;
}
