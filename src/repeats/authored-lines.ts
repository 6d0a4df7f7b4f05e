/**
 * Kinds of line that authors repeat on purpose (labeling rule 2): the same photo credit under
 * different photos, and the same verse quoted twice. A repeat made only of such lines is kept.
 */
import creditData from '../lexicon/credit-terms.json' with { type: 'json' };
import { comparisonKey } from '../text/comparison-key.js';
import { keyPhrasePattern } from '../text/key-phrase-pattern.js';
import { endsWithFullStop } from '../text/sentence-end.js';

const MAX_CREDIT_LENGTH = 120;
const MAX_CREDIT_WORDS = 16;
const MAX_VERSE_LENGTH = 220;
const MIN_HEMISTICH_LENGTH = 10;
const MAX_HEMISTICH_WORDS = 9;

const CREDIT_TERM = keyPhrasePattern(creditData.terms.map((term) => comparisonKey(term)));

/**
 * A photo credit: a short line naming a photographer or agency, such as
 * "David T. Foster III/The Charlotte Observer via AP Photo" (en-0009, under three photos).
 */
export function isCreditLine(content: string, key: string): boolean {
  const trimmed = content.trim();
  if (trimmed.length > MAX_CREDIT_LENGTH || key.split(' ').length > MAX_CREDIT_WORDS) return false;
  return CREDIT_TERM.test(key);
}

// A verse is two hemistichs around a separator: "ومَا أَنَا إِلَّا مِنْ غَزِيَّة إِنْ غَوَتْ... غَوَيْتُ وَإِنْ تَرْشُدْ".
// Runs of spaces are not separators: scraped prose is full of them. A meter keeps a hemistich to
// a few words (four to seven in ar-0038), and verse is not punctuated as a sentence, while a quote
// with an ellipsis in it is prose: 'وقال جيمس وايتنج، من جمعية "لا ملاريا في بريطانيا: "الملاريا في
// مفترق طرق الآن... الملاريا مرض ربما قتل البشر أكثر من أي مرض آخر في التاريخ".' (BBC Arabic), which
// a page captured twice repeats like any other paragraph.
const HEMISTICH_SEPARATOR = /\s*(?:\.{3,}|…+|\*+|ـ{2,})\s*/u;
const ARABIC_SCRIPT = /[\u0600-\u06ff]/u;

function isHemistich(text: string): boolean {
  return text.length >= MIN_HEMISTICH_LENGTH && text.split(/\s+/).length <= MAX_HEMISTICH_WORDS;
}

/** A line of Arabic verse: two short halves around a hemistich separator, with no full stop at its end. */
export function isVerseLine(content: string): boolean {
  const trimmed = content.trim();
  if (trimmed.length > MAX_VERSE_LENGTH || !ARABIC_SCRIPT.test(trimmed)) return false;
  const match = HEMISTICH_SEPARATOR.exec(trimmed);
  if (match === null) return false;
  if (endsWithFullStop(trimmed)) return false;
  return isHemistich(trimmed.slice(0, match.index)) && isHemistich(trimmed.slice(match.index + match[0].length));
}

/** Whether a line is of a kind that authors repeat on purpose. */
export function isAuthoredRepeatKind(content: string, key: string): boolean {
  return isCreditLine(content, key) || isVerseLine(content);
}
