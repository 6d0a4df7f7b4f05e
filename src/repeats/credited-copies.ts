/**
 * Photo captions that repeat an earlier paragraph with the photo's credit added: a page shows its
 * lead again under the picture ("Universities were yesterday told not to send students home in
 * the event of a coronavirus outbreak (stock picture)", Daily Mail; "... le 4 novembre 2023. © AP",
 * France 24; "... 65 auf Deutsch. Foto: Shutterstock", Luxemburger Wort). Such a copy differs from
 * its paragraph only by the credit, so labeling rule 1 deletes it as a near-duplicate; the
 * paragraph, the first copy, stays.
 */
import creditData from '../lexicon/credit-terms.json' with { type: 'json' };
import type { Line } from '../model/article.js';
import type { KeyTable } from '../text/key-table.js';
import { comparisonKey } from '../text/comparison-key.js';
import { keyPhrasePattern } from '../text/key-phrase-pattern.js';

// A credit is short: "stock picture", "ap", "foto laurent sturm", "ap photo evan vucci".
const MAX_CREDIT_WORDS = 4;
// What is added must open with the credit ("stock picture", "ap photo evan vucci", "foto laurent
// sturm"): words before it are new text ("... on Monday: his wife, pictured"). A credit that names
// the photographer first ("(Evan Vucci/AP)") is not found: "/" joins the words around it in a key.
const OPENS_WITH_CAPTION_TERM = keyPhrasePattern(
  [...creditData.terms, ...creditData.captionTerms].map((term) => comparisonKey(term)),
  'start',
);

/** A caption copy and the earlier line it repeats. */
export interface CreditedCopy {
  readonly copy: Line;
  readonly original: Line;
}

// The offsets in `key` of the spaces before its last MAX_CREDIT_WORDS words, the last space first
// (none for a key of one word).
function tailSpacesOf(key: string): number[] {
  const spaces: number[] = [];
  for (let index = key.length - 1; index > 0 && spaces.length < MAX_CREDIT_WORDS; index--) {
    if (key.charCodeAt(index) === 0x20) spaces.push(index);
  }
  return spaces;
}

// A credit is set off by punctuation: "(stock picture)", "© AP", "Foto: Shutterstock", "Getty
// Images/AFP". A line's last CREDIT_REACH characters are read for it first, in place and in a
// table rather than a Set: every line is asked.
const CREDIT_MARKS = new Uint8Array(256);
for (const mark of '()©:/|') CREDIT_MARKS[mark.charCodeAt(0)] = 1;
const CREDIT_REACH = 32;

function endsWithMarkedCredit(text: string, line: Line): boolean {
  const floor = Math.max(line.start, line.contentEnd - CREDIT_REACH);
  for (let index = line.contentEnd - 1; index >= floor; index--) {
    const code = text.charCodeAt(index);
    if (code < 256 && CREDIT_MARKS[code] === 1) return true;
  }
  return false;
}

/**
 * The lines among `units` (content lines of `text` in order, none cut yet) that repeat an earlier
 * one of at least `minLength` characters with up to four words of credit added, each with the
 * first line it repeats. A line is looked at only when its end holds the punctuation of a credit,
 * so that most articles cost a look at a few characters a line.
 */
export function findCreditedCopies(text: string, units: readonly Line[], keyTable: KeyTable, minLength: number): CreditedCopy[] {
  const copies: CreditedCopy[] = [];
  // The first line of each key, made when a line first looks like a caption copy.
  let firstLines: Map<number, Line> | null = null;
  const firstLineOf = (id: number): Line | undefined => (firstLines ??= firstLinesOf(units)).get(id);
  for (const line of units) {
    if (!line.hasLetters || line.key.length <= minLength || !endsWithMarkedCredit(text, line)) continue;
    const original = originalOf(line, keyTable, firstLineOf, minLength);
    if (original !== null) copies.push({ copy: line, original });
  }
  return copies;
}

// The earliest line before `line` whose key is `line`'s key without a tail of up to MAX_CREDIT_WORDS
// words that opens with a credit term.
function originalOf(line: Line, keyTable: KeyTable, firstLineOf: (id: number) => Line | undefined, minLength: number): Line | null {
  const { key } = line;
  for (const space of tailSpacesOf(key)) {
    if (space < minLength) break;
    if (!OPENS_WITH_CAPTION_TERM.test(key.slice(space + 1))) continue;
    const id = keyTable.lookUpSpan(key, 0, space);
    const original = id === -1 ? undefined : firstLineOf(id);
    if (original !== undefined && original.index < line.index) return original;
  }
  return null;
}

function firstLinesOf(units: readonly Line[]): Map<number, Line> {
  const first = new Map<number, Line>();
  for (const unit of units) if (!first.has(unit.keyId)) first.set(unit.keyId, unit);
  return first;
}
