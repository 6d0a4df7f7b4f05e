/**
 * How alike two comparison keys are, for the two judgments repeat detection makes at the edge of
 * a run of exact repeats: is the next line an edited copy (cut it too), or a variant of a
 * template (the run is a repeated formula, keep it)?
 */

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

function words(key: string): string[] {
  const all = key.split(' ').filter((word) => word !== '');
  return all.length > MAX_WORDS ? all.slice(0, MAX_WORDS) : all;
}

function longestCommonSubsequence(left: readonly string[], right: readonly string[]): number {
  let previous = new Int32Array(right.length + 1);
  let current = new Int32Array(right.length + 1);
  for (let i = 1; i <= left.length; i++) {
    for (let j = 1; j <= right.length; j++) {
      current[j] = left[i - 1] === right[j - 1] ? (previous[j - 1] as number) + 1 : Math.max(previous[j] as number, current[j - 1] as number);
    }
    [previous, current] = [current, previous];
  }
  return previous[right.length] as number;
}

/** The share of the copy's words that appear, in order, in the original (0 to 1). */
export function wordCoverage(copyKey: string, originalKey: string): number {
  const copyWords = words(copyKey);
  if (copyWords.length === 0) return 0;
  return longestCommonSubsequence(copyWords, words(originalKey)) / copyWords.length;
}

// An upper bound of wordCoverage in linear time: the share of the copy's words found anywhere in
// the original. Most lines next to a run are unrelated and fail this, before any quadratic work.
function wordPresence(copyWords: readonly string[], originalWords: readonly string[]): number {
  if (copyWords.length === 0) return 0;
  const original = new Set(originalWords);
  let present = 0;
  for (const word of copyWords) if (original.has(word)) present++;
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
export function isNearDuplicate(copyKey: string, originalKey: string, minLength: number): boolean {
  if (copyKey.length < minLength) return false;
  if (originalKey.startsWith(copyKey)) return keepsNumbers(copyKey, originalKey);
  const copyWords = words(copyKey);
  if (copyWords.length < MIN_NEAR_DUPLICATE_WORDS) return false;
  const originalWords = words(originalKey);
  if (wordPresence(copyWords, originalWords) < NEAR_DUPLICATE_COVERAGE || !keepsNumbers(copyKey, originalKey)) return false;
  return longestCommonSubsequence(copyWords, originalWords) / copyWords.length >= NEAR_DUPLICATE_COVERAGE;
}

function wordPairs(key: string): Set<string> {
  const all = words(key);
  const pairs = new Set<string>();
  for (let index = 1; index < all.length; index++) pairs.add(`${all[index - 1]} ${all[index]}`);
  return pairs;
}

function pairShare(pairs: ReadonlySet<string>, others: ReadonlySet<string>): number {
  if (pairs.size === 0) return 0;
  let shared = 0;
  for (const pair of pairs) if (others.has(pair)) shared++;
  return shared / pairs.size;
}

/**
 * Whether two lines are variants of one template: each made mostly of the other's word pairs,
 * each with words of its own (a country, a number), and not an edited copy of the other. A line
 * that merely contains the other (a copy glued to new text) is not a variant.
 */
export function isVariant(leftKey: string, rightKey: string, minLength: number): boolean {
  if (leftKey === rightKey || leftKey === '' || rightKey === '') return false;
  // The pair test first: it is linear, and most neighbouring lines fail it.
  const left = wordPairs(leftKey);
  const right = wordPairs(rightKey);
  if (Math.min(pairShare(left, right), pairShare(right, left)) < VARIANT_PAIR_SHARE) return false;
  return !isNearDuplicate(leftKey, rightKey, minLength) && !isNearDuplicate(rightKey, leftKey, minLength);
}
