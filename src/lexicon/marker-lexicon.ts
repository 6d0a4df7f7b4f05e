/** The read-also phrases, compiled from markers.json for matching inside folded text. */
import lexiconData from './markers.json' with { type: 'json' };
import { foldText } from '../text/folded-text.js';
import { CharacterClass, classOf } from '../text/character-table.js';
import { comparisonKey } from '../text/comparison-key.js';

/** One read-also phrase, ready to match. */
export interface MarkerPhrase {
  /** The phrase as written in the lexicon or on the command line. */
  readonly phrase: string;
  /** Language code from the lexicon ("user" for --marker phrases). */
  readonly language: string;
  /** The phrase folded like the text it is matched against. */
  readonly folded: string;
  /** Counts only when a separator follows or the phrase stands alone ("Related:", "قد يهمك|"). */
  readonly needsSeparator: boolean;
  /** May run straight into the headline with no space ("مقالات أخرى للكاتبجمعية ..."). */
  readonly mayBeGlued: boolean;
  /** Written in a script with letter case, where a headline starts with a capital. */
  readonly isCased: boolean;
}

/** All phrases, indexed for matching in folded text and for a quick test on comparison keys. */
export interface MarkerLexicon {
  readonly phrases: readonly MarkerPhrase[];
  /** Phrases by the first two characters of their folded form, longest first. */
  readonly byPrefix: ReadonlyMap<string, readonly MarkerPhrase[]>;
  /** Phrases by the last two characters of their folded form, longest first. */
  readonly bySuffix: ReadonlyMap<string, readonly MarkerPhrase[]>;
  /** Comparison keys of the phrases by their first two characters. */
  readonly keysByPrefix: ReadonlyMap<string, readonly string[]>;
  /** First characters (char codes) of the phrases, folded and as keys, to skip words no phrase starts with. */
  readonly firstCharacters: ReadonlySet<number>;
}

interface LanguageEntry {
  readonly name: string;
  readonly markers: readonly string[];
  readonly separatorMarkers: readonly string[];
}

const GLUED_WORD_COUNT = 3;

function foldPhrase(phrase: string): string {
  return foldText(phrase, 0, phrase.length).text.trim();
}

function makePhrase(phrase: string, language: string, needsSeparator: boolean): MarkerPhrase {
  const folded = foldPhrase(phrase);
  return {
    phrase,
    language,
    folded,
    needsSeparator,
    mayBeGlued: folded.split(' ').length >= GLUED_WORD_COUNT,
    isCased: phrase.toLowerCase() !== phrase.toUpperCase(),
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

// Longest first, so "اقرأ أيضا في بي بي سي" wins over "اقرأ أيضا" and "اقرأ".
function longestFirst(groups: Map<string, MarkerPhrase[]>): Map<string, MarkerPhrase[]> {
  for (const group of groups.values()) group.sort((left, right) => right.folded.length - left.folded.length);
  return groups;
}

/** The languages of the built-in lexicon: code and name. */
export function lexiconLanguages(): { code: string; name: string; phrases: number }[] {
  const languages = lexiconData.languages as Record<string, LanguageEntry>;
  return Object.entries(languages).map(([code, entry]) => ({
    code,
    name: entry.name,
    phrases: entry.markers.length + entry.separatorMarkers.length,
  }));
}

let builtIn: MarkerLexicon | null = null;

/** Compiles the built-in lexicon plus user phrases (which may stand without a separator). */
export function compileLexicon(userMarkers: readonly string[] = []): MarkerLexicon {
  if (userMarkers.length === 0) return (builtIn ??= buildLexicon([]));
  return buildLexicon(userMarkers);
}

function buildLexicon(userMarkers: readonly string[]): MarkerLexicon {
  const phrases: MarkerPhrase[] = [];
  const seen = new Set<string>();
  const add = (phrase: MarkerPhrase): void => {
    if (phrase.folded === '' || seen.has(phrase.folded)) return;
    seen.add(phrase.folded);
    phrases.push(phrase);
  };
  for (const marker of userMarkers) add(makePhrase(marker, 'user', false));
  const languages = lexiconData.languages as Record<string, LanguageEntry>;
  for (const [code, entry] of Object.entries(languages)) {
    for (const marker of entry.markers) add(makePhrase(marker, code, false));
    for (const marker of entry.separatorMarkers) add(makePhrase(marker, code, true));
  }
  const keys = [...new Set(phrases.map((phrase) => comparisonKey(phrase.phrase)).filter((key) => key !== ''))];
  return {
    phrases,
    byPrefix: longestFirst(groupBy(phrases, (phrase) => phrase.folded.slice(0, 2))),
    bySuffix: longestFirst(groupBy(phrases, (phrase) => phrase.folded.slice(-2))),
    keysByPrefix: groupBy(keys, (key) => key.slice(0, 2)),
    firstCharacters: new Set([...phrases.map((phrase) => phrase.folded.charCodeAt(0)), ...keys.map((key) => key.charCodeAt(0))]),
  };
}

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

// The first two characters of a key at a position, as one number: the test below runs at every word
// of every line, and a number lookup spares a two-character string per word.
function pairCode(text: string, position: number): number {
  const second = position + 1 < text.length ? text.charCodeAt(position + 1) + 1 : 0;
  return text.charCodeAt(position) * 65537 + second;
}

const keysByPairCode = new WeakMap<MarkerLexicon, Map<number, readonly string[]>>();

// keysByPrefix re-keyed by pairCode, built once per lexicon.
function keysByPairCodeOf(lexicon: MarkerLexicon): Map<number, readonly string[]> {
  let keys = keysByPairCode.get(lexicon);
  if (keys === undefined) {
    keys = new Map([...lexicon.keysByPrefix].map(([prefix, candidates]) => [pairCode(prefix, 0), candidates]));
    keysByPairCode.set(lexicon, keys);
  }
  return keys;
}

/** Where in a line's key a phrase was seen: bits of MarkerHint. */
export const MarkerHint = { none: 0, atStart: 1, atEnd: 2, inside: 4 } as const;

/**
 * Where a comparison key contains a phrase at one of its word starts (MarkerHint bits): a cheap
 * test that lets the matcher fold only the part of a line that can hold a marker, and skip the
 * lines that cannot hold one at all.
 */
export function markerHints(lexicon: MarkerLexicon, key: string): number {
  const keys = keysByPairCodeOf(lexicon);
  const filter = pairFilterOf(lexicon, keys);
  let hints: number = MarkerHint.none;
  for (let position = 0; position < key.length; ) {
    const code = pairCode(key, position);
    // A bit per pair code (hashed) rules out most words before the map is asked.
    const candidates = filter[code & PAIR_FILTER_MASK] === 1 ? keys.get(code) : undefined;
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

const PAIR_FILTER_MASK = 0xffff;
const pairFilters = new WeakMap<MarkerLexicon, Uint8Array>();

function pairFilterOf(lexicon: MarkerLexicon, keys: ReadonlyMap<number, readonly string[]>): Uint8Array {
  let filter = pairFilters.get(lexicon);
  if (filter === undefined) {
    filter = new Uint8Array(PAIR_FILTER_MASK + 1);
    for (const code of keys.keys()) filter[code & PAIR_FILTER_MASK] = 1;
    pairFilters.set(lexicon, filter);
  }
  return filter;
}

/** The pair codes of the phrases' first two folded characters, to try a word start cheaply. */
export function phrasePairCodes(lexicon: MarkerLexicon): ReadonlySet<number> {
  let codes = pairCodeSets.get(lexicon);
  if (codes === undefined) {
    codes = new Set(lexicon.phrases.map((phrase) => pairCode(phrase.folded, 0)));
    pairCodeSets.set(lexicon, codes);
  }
  return codes;
}

const pairCodeSets = new WeakMap<MarkerLexicon, Set<number>>();
const unmarkedPairCodeSets = new WeakMap<MarkerLexicon, Set<number>>();

/**
 * The pair codes of the phrases that may follow a plain word inside a paragraph: strong phrases of
 * scripts without letter case (a cased one must be capitalized there, a weak one needs punctuation).
 */
export function caselessStrongPairCodes(lexicon: MarkerLexicon): ReadonlySet<number> {
  let codes = unmarkedPairCodeSets.get(lexicon);
  if (codes === undefined) {
    codes = new Set(lexicon.phrases.filter((phrase) => !phrase.needsSeparator && !phrase.isCased).map((phrase) => pairCode(phrase.folded, 0)));
    unmarkedPairCodeSets.set(lexicon, codes);
  }
  return codes;
}

export { pairCode as foldedPairCode };
