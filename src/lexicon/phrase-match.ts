/** Finding the lexicon's phrases: in folded text at a position, and in a comparison key, cheaply. */
import { CharacterClass, classOf } from '../text/character-table.js';
import { QUAD_LENGTH, filterSlot, pairCode, quadCode, type MarkerLexicon, type MarkerPhrase } from './marker-lexicon.js';

function isWordCharacter(code: number): boolean {
  const kind = classOf(code);
  return kind === CharacterClass.Letter || kind === CharacterClass.Other;
}

/**
 * The longest phrase that starts at `position` of folded text and ends on a word boundary.
 * JavaScript's `\b` knows only ASCII, so boundaries are checked with the Unicode letter class,
 * which works the same for Arabic, Devanagari and Cyrillic.
 */
export function matchPhraseAt(lexicon: MarkerLexicon, folded: string, position: number): MarkerPhrase | null {
  if (position > 0 && isWordCharacter(folded.charCodeAt(position - 1))) return null;
  const bucket = lexicon.byPrefix.get(folded.slice(position, position + 2));
  if (bucket === undefined) return null;
  for (const phrase of bucket) {
    if (!folded.startsWith(phrase.folded, position)) continue;
    const after = position + phrase.folded.length;
    if (after < folded.length && isWordCharacter(folded.charCodeAt(after)) && !phrase.mayBeGlued) continue;
    return phrase;
  }
  return null;
}

/** The longest phrase that ends exactly at `end` of folded text and starts on a word boundary. */
export function matchPhraseEndingAt(lexicon: MarkerLexicon, folded: string, end: number): MarkerPhrase | null {
  const bucket = lexicon.bySuffix.get(folded.slice(Math.max(0, end - 2), end));
  if (bucket === undefined) return null;
  for (const phrase of bucket) {
    const start = end - phrase.folded.length;
    if (start < 0 || !folded.startsWith(phrase.folded, start)) continue;
    if (start > 0 && isWordCharacter(folded.charCodeAt(start - 1))) continue;
    return phrase;
  }
  return null;
}

/** Where in a line's key a phrase was seen: bits of MarkerHint. */
export const MarkerHint = { none: 0, atStart: 1, atEnd: 2, inside: 4 } as const;

// Whether a phrase key may start at `position` of a key, by the filters alone: false rules it out.
function mayStartKey({ keyQuadFilter, shortKeyPairFilter, shortKeyFirstCodes }: MarkerLexicon, key: string, position: number): boolean {
  if (position + QUAD_LENGTH <= key.length && keyQuadFilter[filterSlot(quadCode(key, position))] === 1) return true;
  return shortKeyFirstCodes[key.charCodeAt(position)] === 1 && shortKeyPairFilter[filterSlot(pairCode(key, position))] === 1;
}

/**
 * Where a comparison key contains a phrase at one of its word starts (MarkerHint bits): a cheap
 * test that lets the matcher fold only the part of a line that can hold a marker, and skip the
 * lines that cannot hold one at all.
 */
export function markerHints(lexicon: MarkerLexicon, key: string): number {
  const { keysByPairCode } = lexicon;
  let hints: number = MarkerHint.none;
  for (let position = 0; position < key.length; ) {
    const candidates = mayStartKey(lexicon, key, position) ? keysByPairCode.get(pairCode(key, position)) : undefined;
    if (candidates !== undefined) {
      for (const candidate of candidates) {
        if (!key.startsWith(candidate, position)) continue;
        if (position === 0) hints |= MarkerHint.atStart;
        if (position + candidate.length === key.length) hints |= MarkerHint.atEnd;
        if (position > 0) hints |= MarkerHint.inside;
      }
    }
    const space = key.indexOf(' ', position);
    if (space === -1) break;
    position = space + 1;
  }
  return hints;
}
