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
  /** Comparison keys of the phrases by the pair code of their first two characters. */
  readonly keysByPairCode: ReadonlyMap<number, readonly string[]>;
  /** A bit per hashed pair code of those keys: rules out most words before the map is asked. */
  readonly keyPairFilter: Uint8Array;
  /** Pair codes of the phrases' first two folded characters. */
  readonly phrasePairCodes: ReadonlySet<number>;
  /** Pair codes of the strong phrases of scripts without case: they may follow a plain word inside a paragraph. */
  readonly caselessStrongPairCodes: ReadonlySet<number>;
}

/** Mask of the hashed pair codes in `keyPairFilter`. */
export const PAIR_FILTER_MASK = 0xffff;

/**
 * The first two characters of a text at a position, as one number: the tests run at every word
 * of every line, and a number lookup spares a two-character string per word.
 */
export function pairCode(text: string, position: number): number {
  const second = position + 1 < text.length ? text.charCodeAt(position + 1) + 1 : 0;
  return text.charCodeAt(position) * 65537 + second;
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
  for (const marker of userMarkers) add(makePhrase(marker, 'user', false));
  const languages = lexiconData.languages as Record<string, LanguageEntry>;
  for (const [code, entry] of Object.entries(languages)) {
    for (const marker of entry.markers) add(makePhrase(marker, code, false));
    for (const marker of entry.separatorMarkers) add(makePhrase(marker, code, true));
  }
  const keys = [...new Set(phrases.map((phrase) => comparisonKey(phrase.phrase)).filter((key) => key !== ''))];
  return { phrases, keys };
}

function indexLexicon({ phrases, keys }: LexiconPhrases): MarkerLexicon {
  const keysByPairCode = new Map<number, string[]>();
  const keyPairFilter = new Uint8Array(PAIR_FILTER_MASK + 1);
  for (const key of keys) {
    const code = pairCode(key, 0);
    keysByPairCode.set(code, [...(keysByPairCode.get(code) ?? []), key]);
    keyPairFilter[code & PAIR_FILTER_MASK] = 1;
  }
  return {
    phrases,
    byPrefix: longestFirst(groupBy(phrases, (phrase) => phrase.folded.slice(0, 2))),
    bySuffix: longestFirst(groupBy(phrases, (phrase) => phrase.folded.slice(-2))),
    keysByPairCode,
    keyPairFilter,
    phrasePairCodes: new Set(phrases.map((phrase) => pairCode(phrase.folded, 0))),
    caselessStrongPairCodes: new Set(phrases.filter((phrase) => !phrase.needsSeparator && !phrase.isCased).map((phrase) => pairCode(phrase.folded, 0))),
  };
}
