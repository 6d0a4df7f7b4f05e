/** The read-also phrases, compiled from markers.json for matching inside folded text. */
import lexiconData from './markers.json' with { type: 'json' };
import { foldText } from '../text/folded-text.js';
import { comparisonKey } from '../text/comparison-key.js';

/** One read-also phrase, ready to match. */
export interface MarkerPhrase {
  /** The phrase as written in the lexicon or on the command line. */
  readonly phrase: string;
  /** Language code from the lexicon ("user" for --marker phrases). */
  readonly language: string;
  /** The phrase folded like the text it is matched against. */
  readonly folded: string;
  /** Counts only when a separator follows or the phrase stands alone ("Related:", "قد يهمك|"); headline markers never stand alone. */
  readonly needsSeparator: boolean;
  /** Counts only inside a paragraph, with a separator and a headline after it on the same line ("، التفاصيل: <headline>"). */
  readonly needsHeadline: boolean;
  /** Counts only in brackets that close a paragraph, with a separator and a headline: "... (Baca: <headline>)". */
  readonly needsBrackets: boolean;
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
  /** Comparison keys of the phrases by the pair code of their first two characters. */
  readonly keysByPairCode: ReadonlyMap<number, readonly string[]>;
  /**
   * A bit per filter slot of the quad codes of the keys of QUAD_LENGTH characters or more: rules
   * out most words before the map is asked. Four characters rather than two: many words share the
   * first two of a key (every Arabic "ال..." word those of "المزيد"), far fewer share four.
   */
  readonly keyQuadFilter: Uint8Array;
  /** A bit per filter slot of the pair codes of the few keys shorter than QUAD_LENGTH. */
  readonly shortKeyPairFilter: Uint8Array;
  /** A bit per first code unit of those keys: most words start with none, and skip the pair code. */
  readonly shortKeyFirstCodes: Uint8Array;
  /** Pair codes of the phrases' first two folded characters. */
  readonly phrasePairCodes: ReadonlySet<number>;
  /** Pair codes of the strong phrases of scripts without case: they may follow a plain word inside a paragraph. */
  readonly caselessStrongPairCodes: ReadonlySet<number>;
}

/** How many slots the filters have. */
const FILTER_SLOTS = 0x10000;

/** The filter slot of a pair or quad code: its bits mixed, so that codes of one script spread out. */
export function filterSlot(code: number): number {
  return Math.imul(code, 0x9e3779b1) >>> 16;
}

/** How many first characters of a key `keyQuadFilter` hashes. */
export const QUAD_LENGTH = 4;

/**
 * The first QUAD_LENGTH characters of a text at a position, hashed to one number (the text must
 * hold them). Written out for the four characters rather than as a loop: markerHints asks this at
 * every word of every line, and V8 did not unroll the loop (a third of markerHints' time).
 */
export function quadCode(text: string, position: number): number {
  const first = text.charCodeAt(position);
  const second = text.charCodeAt(position + 1);
  const third = text.charCodeAt(position + 2);
  const fourth = text.charCodeAt(position + 3);
  return Math.imul(Math.imul(Math.imul(first, 31) + second, 31) + third, 31) + fourth;
}

/**
 * The first two characters of a text at a position, as one number: the tests run at every word
 * of every line, and a number lookup spares a two-character string per word.
 */
export function pairCode(text: string, position: number): number {
  return pairCodeOf(text.charCodeAt(position), position + 1 < text.length ? text.charCodeAt(position + 1) : -1);
}

/** The pair code of two code units; -1 for a second one past the end of the text. */
export function pairCodeOf(first: number, second: number): number {
  return first * 65537 + second + 1;
}

interface LanguageEntry {
  readonly name: string;
  readonly markers: readonly string[];
  readonly separatorMarkers: readonly string[];
  readonly headlineMarkers?: readonly string[];
  readonly bracketMarkers?: readonly string[];
}

const GLUED_WORD_COUNT = 3;

function foldPhrase(phrase: string): string {
  return foldText(phrase, 0, phrase.length).text.trim();
}

// Which list of the lexicon a phrase comes from: 'markers' (or --marker), 'separatorMarkers',
// 'headlineMarkers', 'bracketMarkers'.
type PhraseKind = 'marker' | 'separator' | 'headline' | 'bracket';

function makePhrase(phrase: string, language: string, kind: PhraseKind): MarkerPhrase {
  const folded = foldPhrase(phrase);
  return {
    phrase,
    language,
    folded,
    needsSeparator: kind !== 'marker',
    needsHeadline: kind === 'headline',
    needsBrackets: kind === 'bracket',
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
    phrases: entry.markers.length + entry.separatorMarkers.length + (entry.headlineMarkers?.length ?? 0) + (entry.bracketMarkers?.length ?? 0),
  }));
}

/** What compiling derives from the text folds: the phrases and their comparison keys. */
export interface LexiconPhrases {
  readonly phrases: readonly MarkerPhrase[];
  readonly keys: readonly string[];
}

// The CLI bundles (scripts/bundle.js) define this as builtInLexiconPhrases(), computed by the
// build from this same module: folding the 200 phrases of 27 languages, each character classified
// on first sight, cost a one-file run 3 to 9 ms. Anywhere else (the library, the tests) it is
// undefined and the phrases are folded here.
declare const PRECOMPUTED_BUILT_IN_LEXICON: LexiconPhrases | undefined;

let builtIn: MarkerLexicon | null = null;

/** Compiles the built-in lexicon plus user phrases (which may stand without a separator). */
export function compileLexicon(userMarkers: readonly string[] = []): MarkerLexicon {
  if (userMarkers.length > 0) return indexLexicon(lexiconPhrases(userMarkers));
  builtIn ??= indexLexicon(typeof PRECOMPUTED_BUILT_IN_LEXICON === 'undefined' ? lexiconPhrases([]) : PRECOMPUTED_BUILT_IN_LEXICON);
  return builtIn;
}

/** The built-in lexicon's phrases and keys, as the build precomputes them for the bundles. */
export function builtInLexiconPhrases(): LexiconPhrases {
  return lexiconPhrases([]);
}

function lexiconPhrases(userMarkers: readonly string[]): LexiconPhrases {
  const phrases: MarkerPhrase[] = [];
  const seen = new Set<string>();
  const add = (phrase: MarkerPhrase): void => {
    if (phrase.folded === '' || seen.has(phrase.folded)) return;
    seen.add(phrase.folded);
    phrases.push(phrase);
  };
  for (const marker of userMarkers) add(makePhrase(marker, 'user', 'marker'));
  const languages = lexiconData.languages as Record<string, LanguageEntry>;
  for (const [code, entry] of Object.entries(languages)) {
    for (const marker of entry.markers) add(makePhrase(marker, code, 'marker'));
    for (const marker of entry.separatorMarkers) add(makePhrase(marker, code, 'separator'));
    for (const marker of entry.headlineMarkers ?? []) add(makePhrase(marker, code, 'headline'));
    for (const marker of entry.bracketMarkers ?? []) add(makePhrase(marker, code, 'bracket'));
  }
  const keys = [...new Set(phrases.map((phrase) => comparisonKey(phrase.phrase)).filter((key) => key !== ''))];
  return { phrases, keys };
}

function indexLexicon({ phrases, keys }: LexiconPhrases): MarkerLexicon {
  const keysByPairCode = new Map<number, string[]>();
  const keyQuadFilter = new Uint8Array(FILTER_SLOTS);
  const shortKeyPairFilter = new Uint8Array(FILTER_SLOTS);
  const shortKeyFirstCodes = new Uint8Array(0x10000);
  for (const key of keys) {
    const code = pairCode(key, 0);
    keysByPairCode.set(code, [...(keysByPairCode.get(code) ?? []), key]);
    if (key.length >= QUAD_LENGTH) {
      keyQuadFilter[filterSlot(quadCode(key, 0))] = 1;
    } else {
      shortKeyPairFilter[filterSlot(code)] = 1;
      shortKeyFirstCodes[key.charCodeAt(0)] = 1;
    }
  }
  return {
    phrases,
    byPrefix: longestFirst(groupBy(phrases, (phrase) => phrase.folded.slice(0, 2))),
    bySuffix: longestFirst(groupBy(phrases, (phrase) => phrase.folded.slice(-2))),
    keysByPairCode,
    keyQuadFilter,
    shortKeyPairFilter,
    shortKeyFirstCodes,
    phrasePairCodes: new Set(phrases.map((phrase) => pairCode(phrase.folded, 0))),
    caselessStrongPairCodes: new Set(phrases.filter((phrase) => !phrase.needsSeparator && !phrase.isCased).map((phrase) => pairCode(phrase.folded, 0))),
  };
}
