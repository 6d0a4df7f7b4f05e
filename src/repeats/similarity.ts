/**
 * How alike two comparison keys are, for the two judgments repeat detection makes at the edge of
 * a run of exact repeats: is the next line an edited copy (cut it too), or a variant of a
 * template (the run is a repeated formula, keep it)?
 */
import type { WordTable } from './word-table.js';
import { IntegerSet } from '../text/integer-set.js';

// Lines longer than this many words are compared on their first words only, so one comparison
// costs at most MAX_WORDS² steps whatever the input.
const MAX_WORDS = 400;

/**
 * Near-duplicate threshold: the share of the copy's words found, in order, in the original.
 * Tuned on the dev corpus: edited copies score 0.96-1.00 (ar-0002 lines 22-23, ar-0010 line 11);
 * lines of a repeated template that name another country or number score 0.83-0.91 (ar-0040 line
 * 11, ar-0037 lines 17, 23, 27).
 */
export const NEAR_DUPLICATE_COVERAGE = 0.95;
/** A copy this short (in words) is too short to judge as an edit of another line. */
export const MIN_NEAR_DUPLICATE_WORDS = 8;
/**
 * Two lines sharing at least this share of their word pairs (each way), but not near-duplicates,
 * are variants of one template. Word pairs rather than single words: two unrelated sentences share
 * many single words (the, of, في, من) but few pairs, while template variants keep long stretches.
 */
export const VARIANT_PAIR_SHARE = 0.5;

// The ids of a key's words, the first MAX_WORDS of them.
function words(table: WordTable, key: string): readonly number[] {
  const all = table.idsOf(key);
  return all.length > MAX_WORDS ? all.slice(0, MAX_WORDS) : all;
}

// Reused rows of the subsequence table: a typed array allocated per call costs more than the
// comparison of two short lines.
const previousRow = new Int32Array(MAX_WORDS + 1);
const currentRow = new Int32Array(MAX_WORDS + 1);

function longestCommonSubsequence(left: readonly number[], right: readonly number[]): number {
  let previous = previousRow;
  let current = currentRow;
  previous.fill(0, 0, right.length + 1);
  current.fill(0, 0, right.length + 1);
  for (let i = 1; i <= left.length; i++) {
    for (let j = 1; j <= right.length; j++) {
      current[j] = left[i - 1] === right[j - 1] ? (previous[j - 1] as number) + 1 : Math.max(previous[j] as number, current[j - 1] as number);
    }
    [previous, current] = [current, previous];
  }
  return previous[right.length] as number;
}

// Reused by every call: the words of the original.
const originalWordSet = new IntegerSet();

// An upper bound, in linear time, of the share of the copy's words found in order in the original
// (isNearDuplicate's test): the share found anywhere in it. Most lines next to a run are unrelated
// and fail this, before any quadratic work.
function wordPresence(copyWords: readonly number[], originalWords: readonly number[]): number {
  if (copyWords.length === 0) return 0;
  originalWordSet.reset(originalWords.length);
  for (const word of originalWords) originalWordSet.add(word);
  let present = 0;
  for (const word of copyWords) if (originalWordSet.has(word)) present++;
  return present / copyWords.length;
}

function numbersOf(key: string): string[] {
  return key.match(/\d+/g) ?? [];
}

/** Whether every number in the copy is also in the original: a changed number is a different fact. */
export function keepsNumbers(copyKey: string, originalKey: string): boolean {
  const original = new Set(numbersOf(originalKey));
  return numbersOf(copyKey).every((number) => original.has(number));
}

/**
 * Whether a copy is an edited duplicate of an original: a truncation of it ("...من حين لآخر."
 * for "...من حين لآخر منذ الإطاحة بمعمر القذافي"), or nearly all its words in order with no
 * number changed.
 */
export function isNearDuplicate(table: WordTable, copyKey: string, originalKey: string, minLength: number): boolean {
  if (copyKey.length < minLength) return false;
  if (originalKey.startsWith(copyKey)) return keepsNumbers(copyKey, originalKey);
  const copyWords = words(table, copyKey);
  if (copyWords.length < MIN_NEAR_DUPLICATE_WORDS) return false;
  const originalWords = words(table, originalKey);
  if (wordPresence(copyWords, originalWords) < NEAR_DUPLICATE_COVERAGE || !keepsNumbers(copyKey, originalKey)) return false;
  return longestCommonSubsequence(copyWords, originalWords) / copyWords.length >= NEAR_DUPLICATE_COVERAGE;
}

// Word pairs as numbers: the ids of one table stay below PAIR_BASE (67 million distinct words,
// far more than a text has), so a pair number names one pair exactly.
const PAIR_BASE = 2 ** 26;

// Reused pair lists of the two keys isVariant compares.
const leftPairs = new Float64Array(MAX_WORDS);
const rightPairs = new Float64Array(MAX_WORDS);

// The distinct word pairs of a key, as sorted pair numbers, written into `into`.
function wordPairs(table: WordTable, key: string, into: Float64Array): Float64Array {
  const all = words(table, key);
  for (let index = 1; index < all.length; index++) into[index - 1] = (all[index - 1] as number) * PAIR_BASE + (all[index] as number);
  const pairs = into.subarray(0, Math.max(0, all.length - 1)).sort();
  let distinct = 0;
  for (let index = 0; index < pairs.length; index++) {
    if (index === 0 || pairs[index] !== pairs[distinct - 1]) pairs[distinct++] = pairs[index] as number;
  }
  return pairs.subarray(0, distinct);
}

// How many pairs two sorted lists of distinct pairs share.
function sharedPairs(left: Float64Array, right: Float64Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < left.length && j < right.length; ) {
    const difference = (left[i] as number) - (right[j] as number);
    if (difference === 0) shared++;
    if (difference <= 0) i++;
    if (difference >= 0) j++;
  }
  return shared;
}

function pairShare(shared: number, pairs: Float64Array): number {
  return pairs.length === 0 ? 0 : shared / pairs.length;
}

/**
 * Whether two lines are variants of one template: each made mostly of the other's word pairs,
 * each with words of its own (a country, a number), and not an edited copy of the other. A line
 * that merely contains the other (a copy glued to new text) is not a variant.
 */
export function isVariant(table: WordTable, leftKey: string, rightKey: string, minLength: number): boolean {
  if (leftKey === rightKey || leftKey === '' || rightKey === '') return false;
  // The pair test first: it is linear after the sort, and most neighbouring lines fail it.
  const left = wordPairs(table, leftKey, leftPairs);
  const right = wordPairs(table, rightKey, rightPairs);
  const shared = sharedPairs(left, right);
  if (Math.min(pairShare(shared, left), pairShare(shared, right)) < VARIANT_PAIR_SHARE) return false;
  return !isNearDuplicate(table, leftKey, rightKey, minLength) && !isNearDuplicate(table, rightKey, leftKey, minLength);
}
