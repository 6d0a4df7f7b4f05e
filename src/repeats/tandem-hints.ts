/**
 * Cheap tests on a line's key before the repeats inside it are looked for: they hash its words and
 * make no string, so the many lines that hold no repeat are ruled out at the cost of one pass.
 */
import { IntegerSet } from '../text/integer-set.js';
import { MIN_RUN_WORDS, searchAdjacentRuns } from './adjacent-runs.js';

// A probe is a run of this many words: the shortest run that can be a copy, so that no copy is
// ruled out. probeAt is written out for four.
const WORDS_IN_PROBE = MIN_RUN_WORDS;

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

// A text repeated inside a line repeats its words: if no run of WORDS_IN_PROBE words occurs twice
// in the line's key, no repeat long enough to count can be there, and the sentence-by-sentence look
// (which folds the line a second time) is skipped. Most lines are ruled out this way.
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

// Whether the first `count` word hashes hold a run of at least MIN_RUN_WORDS words repeated
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
