/**
 * Repeats inside one line: a text immediately followed by a copy of itself. A whole article
 * glued to itself ("...لإقالته.انتقدت وسائل الإعلام..." where the second copy starts), a sentence
 * said twice, a caption doubled ("File image of ... AP File image of ... AP").
 */
import { comparisonKey, keyHasLetters } from '../text/comparison-key.js';
import { IntegerSet } from '../text/integer-set.js';
import { codeUnitSet } from '../text/character-table.js';

/** A span of a line (offsets relative to the line content) that repeats the text right before it. */
export interface TandemCopy {
  readonly start: number;
  readonly end: number;
  /** Offsets of the first copy, which stays. */
  readonly originalStart: number;
  readonly originalEnd: number;
}

// Sentences of a line, as parallel arrays: a 200 MB line holds millions of them, so each is a few
// numbers, with a hash of its comparison key instead of the key itself.
interface Sentences {
  readonly starts: number[];
  readonly ends: number[];
  readonly hashes: number[];
  readonly keyLengths: number[];
}

// A sentence ends at . ! ? ؟ … followed by white space or a letter; "14.5" does not end one.
const SENTENCE_END = /[.!?؟…。]+["'”’»)\]]*(?=\s|\p{L}|$)/gu;
// Bounds the comparisons spent on one line, so a hostile line costs linear time.
const WORK_PER_SENTENCE = 32;

// 53 bits from two 32-bit FNV-style hashes: collisions are ruled out by comparing keys anyway.
function hashKey(key: string): number {
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ key.length;
  for (let index = 0; index < key.length; index++) {
    const code = key.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x5bd1e995);
  }
  return (first >>> 0) * 0x200000 + ((second >>> 0) & 0x1fffff);
}

// Adds `content[start, end)` to `units` unless its key is empty.
function pushUnit(units: Sentences, content: string, start: number, end: number): void {
  const key = comparisonKey(content, start, end);
  if (key === '') return;
  units.starts.push(start);
  units.ends.push(end);
  units.hashes.push(hashKey(key));
  units.keyLengths.push(key.length);
}

function splitSentences(content: string): Sentences {
  const sentences: Sentences = { starts: [], ends: [], hashes: [], keyLengths: [] };
  let start = 0;
  for (const match of content.matchAll(SENTENCE_END)) {
    const end = (match.index as number) + match[0].length;
    pushUnit(sentences, content, start, end);
    start = end;
  }
  if (start < content.length) pushUnit(sentences, content, start, content.length);
  return sentences;
}

// The words of a line, in the same form: runs of what is not white space.
function splitWords(content: string): Sentences {
  const words: Sentences = { starts: [], ends: [], hashes: [], keyLengths: [] };
  for (const match of content.matchAll(/\S+/g)) pushUnit(words, content, match.index as number, (match.index as number) + match[0].length);
  return words;
}

// For each of the first `count` hashes, the index of the next equal one, or -1.
function nextOccurrences(hashes: ArrayLike<number>, count = hashes.length): Int32Array {
  const next = new Int32Array(count).fill(-1);
  const seen = new Map<number, number>();
  for (let index = count - 1; index >= 0; index--) {
    const hash = hashes[index] as number;
    next[index] = seen.get(hash) ?? -1;
    seen.set(hash, index);
  }
  return next;
}

function keyLength({ keyLengths }: Sentences, from: number, to: number): number {
  let length = 0;
  for (let index = from; index < to; index++) length += keyLengths[index] as number;
  return length;
}

function repeatsBlock({ hashes }: Sentences, first: number, at: number, period: number): boolean {
  for (let offset = 0; offset < period; offset++) {
    if (hashes[first + offset] !== hashes[at + offset]) return false;
  }
  return true;
}

// Equal hashes are confirmed on the keys themselves before anything is cut.
function keysMatch(content: string, { starts, ends }: Sentences, first: number, at: number, count: number): boolean {
  for (let offset = 0; offset < count; offset++) {
    const left = comparisonKey(content, starts[first + offset] as number, ends[first + offset] as number);
    const right = comparisonKey(content, starts[at + offset] as number, ends[at + offset] as number);
    if (left !== right) return false;
  }
  return true;
}

// A text repeated inside a line repeats its words: if no run of this many words occurs twice in
// the line's key, no repeat long enough to count can be there, and the sentence-by-sentence look
// (which folds the line a second time) is skipped. Most lines are ruled out this way.
const WORDS_IN_PROBE = 4;

// Reused by every call: the word hashes of one key, and the probes seen so far.
let wordHashes = new Int32Array(256);
const seenProbes = new IntegerSet();
const KEPT_WORD_HASHES = 1 << 20;

// Doubles `wordHashes`, keeping what it holds.
function growWordHashes(): void {
  const grown = new Int32Array(wordHashes.length * 2);
  grown.set(wordHashes);
  wordHashes = grown;
}

// Hashes each word of a key into `wordHashes` (grown as needed); returns how many there are.
function hashWords(key: string): number {
  let count = 0;
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    const code = key.charCodeAt(index);
    if (code === 0x20) {
      if (count + 1 >= wordHashes.length) growWordHashes();
      wordHashes[count++] = hash;
      hash = 0x811c9dc5;
    } else {
      hash = Math.imul(hash ^ code, 0x01000193);
    }
  }
  // The last word ends with the key.
  wordHashes[count++] = hash;
  return count;
}

// The probe of the WORDS_IN_PROBE words from `index`: each word's hash mixed into the ones before.
// Written out for the four words rather than as a loop, which V8 does not unroll.
function probeAt(hashes: Int32Array, index: number): number {
  let probe = Math.imul(hashes[index] as number, 0x5bd1e995);
  probe = Math.imul(probe ^ (hashes[index + 1] as number), 0x5bd1e995) ^ (probe >>> 15);
  probe = Math.imul(probe ^ (hashes[index + 2] as number), 0x5bd1e995) ^ (probe >>> 15);
  return Math.imul(probe ^ (hashes[index + 3] as number), 0x5bd1e995) ^ (probe >>> 15);
}

function hasRepeatedProbe(count: number): boolean {
  const probes = count - WORDS_IN_PROBE + 1;
  seenProbes.reset(probes);
  const hashes = wordHashes;
  for (let index = 0; index < probes; index++) {
    if (!seenProbes.add(probeAt(hashes, index))) return true;
  }
  return false;
}

// A caption or headline glued to itself is short; a longer text that repeats itself repeats whole
// sentences, which findSentenceTandems finds. Keys longer than this are not searched for words.
const MAX_WORD_TANDEM_KEY = 8_000;

/**
 * Goes through the places where a run of at least WORDS_IN_PROBE units may repeat right after
 * itself, and asks `accepts(first, second)` about each whose hashes match over the whole run: it
 * answers where the search goes on (past the copies it took), or -1 to try the next place. Units
 * recur inside a text ("the"), so each unit's later occurrences are tried in turn, within a budget
 * of work that keeps a hostile line linear.
 */
function searchAdjacentRuns(hashes: ArrayLike<number>, count: number, accepts: (first: number, second: number) => number): void {
  const next = nextOccurrences(hashes, count);
  let budget = WORK_PER_SENTENCE * count;
  for (let first = 0; first < count && budget > 0; first++) {
    for (let second = next[first] as number; second !== -1 && budget > 0; second = next[second] as number) {
      const period = second - first;
      if (second + period > count) break;
      if (period < WORDS_IN_PROBE) continue;
      let matched = 0;
      while (matched < period && hashes[first + matched] === hashes[second + matched]) matched++;
      budget -= matched + 1;
      if (matched < period) continue;
      const resume = accepts(first, second);
      if (resume === -1) continue;
      // The loop's first++ moves on to `resume`.
      first = resume - 1;
      break;
    }
  }
}

// Whether the first `count` word hashes hold a run of at least WORDS_IN_PROBE words repeated
// right after itself.
function hasAdjacentRun(count: number): boolean {
  let found = false;
  searchAdjacentRuns(wordHashes, count, () => {
    found = true;
    return count;
  });
  return found;
}

/** What a key may hold, as bits: tested on its words' hashes, so no string is made. */
export const TandemHint = {
  none: 0,
  /** Some run of WORDS_IN_PROBE words occurs twice: the cheap test before findSentenceTandems. */
  repeatedRun: 1,
  /** Such a run repeats right after itself: the cheap test before findWordTandems. */
  adjacentRun: 2,
} as const;

/**
 * Which repeats a key may hold (bits of TandemHint). A collision of hashes only costs the full
 * look, which folds the line a second time; most lines are ruled out here.
 */
export function tandemHints(key: string): number {
  const count = hashWords(key);
  if (count < WORDS_IN_PROBE * 2) return TandemHint.none;
  let hints: number = TandemHint.none;
  if (hasRepeatedProbe(count)) {
    hints = TandemHint.repeatedRun;
    if (key.length <= MAX_WORD_TANDEM_KEY && hasAdjacentRun(count)) hints |= TandemHint.adjacentRun;
  }
  seenProbes.release();
  if (wordHashes.length > KEPT_WORD_HASHES) wordHashes = new Int32Array(256);
  return hints;
}

/**
 * Reports units [second, 2 * second - first) as a copy of [first, second), with the further copies
 * right after it ("S. S. S." keeps one S); returns where the copies end.
 */
function pushCopies(copies: TandemCopy[], content: string, units: Sentences, first: number, second: number): number {
  const { starts, ends, hashes } = units;
  const period = second - first;
  let copiesEnd = second + period;
  while (copiesEnd + period <= hashes.length && repeatsBlock(units, first, copiesEnd, period) && keysMatch(content, units, first, copiesEnd, period)) {
    copiesEnd += period;
  }
  copies.push({ start: ends[second - 1] as number, end: ends[copiesEnd - 1] as number, originalStart: starts[first] as number, originalEnd: ends[second - 1] as number });
  return copiesEnd;
}

/** Runs of sentences repeated right after themselves, each reported once (the second copy). */
export function findSentenceTandems(content: string, minLength: number): TandemCopy[] {
  const sentences = splitSentences(content);
  const { hashes } = sentences;
  const next = nextOccurrences(hashes);
  const copies: TandemCopy[] = [];
  let budget = WORK_PER_SENTENCE * hashes.length;
  for (let first = 0; first < hashes.length && budget > 0; ) {
    const second = next[first] as number;
    const period = second - first;
    let matched = 0;
    while (second !== -1 && matched < period && second + matched < hashes.length && budget-- > 0) {
      if (hashes[first + matched] !== hashes[second + matched]) break;
      matched++;
    }
    if (second === -1 || matched < period || keyLength(sentences, first, second) < minLength || !keysMatch(content, sentences, first, second, period)) {
      first++;
      continue;
    }
    first = pushCopies(copies, content, sentences, first, second);
  }
  return copies;
}

// Whether words [first, end) hold letters and at least WORDS_IN_PROBE different words: a row of a
// table ("0 0 0 0 …") or a chant repeats itself by design, a caption glued to itself does not.
function isWordy(content: string, { starts, ends, hashes }: Sentences, first: number, end: number): boolean {
  if (new Set(hashes.slice(first, end)).size < WORDS_IN_PROBE) return false;
  return keyHasLetters(comparisonKey(content, starts[first] as number, ends[end - 1] as number));
}

// A comma or semicolon between the copies is the writer's: "If you serve at the pleasure of the
// president, you serve at the pleasure of the president," (a quotation). A glued copy follows its
// original with no punctuation at all.
const CLAUSE_MARKS = codeUnitSet([',', '،', ';', '؛']);

/**
 * Runs of at least WORDS_IN_PROBE words repeated right after themselves where no sentence ends
 * between the copies: a caption or headline glued to itself inside a line ("Photo: Traders work on
 * the floor of the exchange Traders work on the floor of the exchange"). Each is reported once (the
 * second copy, with the white space before it).
 */
export function findWordTandems(content: string, minLength: number): TandemCopy[] {
  const words = splitWords(content);
  const copies: TandemCopy[] = [];
  searchAdjacentRuns(words.hashes, words.hashes.length, (first, second) => {
    const period = second - first;
    if (CLAUSE_MARKS.has(content.charCodeAt((words.ends[second - 1] as number) - 1))) return -1;
    if (keyLength(words, first, second) < minLength || !isWordy(content, words, first, second) || !keysMatch(content, words, first, second, period)) return -1;
    return pushCopies(copies, content, words, first, second);
  });
  return copies;
}

// The length of the first half when `text` is that half, up to three spaces, and the half again.
// The first and last characters are compared before the halves, so a line that is not doubled
// (nearly all of them) costs a few character reads.
function doubledHalf(text: string): number {
  for (let gap = 0; gap <= 3; gap++) {
    const half = (text.length - gap) / 2;
    if (!Number.isInteger(half) || half === 0) continue;
    if (text.charCodeAt(0) !== text.charCodeAt(half + gap) || text.charCodeAt(half - 1) !== text.charCodeAt(text.length - 1)) continue;
    if (text.slice(half, half + gap).trim() === '' && text.slice(0, half) === text.slice(half + gap)) return half;
  }
  return -1;
}

/**
 * Whether a line's key could be that of a doubled line: its two halves equal, with or without a
 * space between. A cheap test on the key before the line itself is compared.
 */
export function keyMayBeDoubled(key: string, minLength: number): boolean {
  if (key.length < minLength * 2) return false;
  const half = key.length >> 1;
  // An odd length leaves one character between the halves, which must be a space.
  const secondHalf = key.length - half;
  if (secondHalf !== half && key.charCodeAt(half) !== 0x20) return false;
  return key.charCodeAt(0) === key.charCodeAt(secondHalf) && key.startsWith(key.slice(0, half), secondHalf);
}

/**
 * A line that is one text, optional white space, and the same text again (a doubled caption).
 * A text doubled twice over ("X X X X") is reduced to one X.
 */
export function findDoubledLine(content: string, minLength: number): TandemCopy | null {
  const trimmed = content.trimEnd();
  let half = doubledHalf(trimmed);
  if (half === -1) return null;
  for (let smaller = doubledHalf(trimmed.slice(0, half)); smaller !== -1; smaller = doubledHalf(trimmed.slice(0, half))) half = smaller;
  if (comparisonKey(trimmed, 0, half).length < minLength) return null;
  return { start: half, end: trimmed.length, originalStart: 0, originalEnd: half };
}
