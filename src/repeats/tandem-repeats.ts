/**
 * Repeats inside one line: a text immediately followed by a copy of itself. A whole article
 * glued to itself ("...لإقالته.انتقدت وسائل الإعلام..." where the second copy starts), a sentence
 * said twice, a headline glued to itself with no sentence end between the copies. A line that is
 * only a text and its copy (a doubled caption) is doubled-line.ts's.
 */
import { comparisonKey, keyHasLetters } from '../text/comparison-key.js';
import { codeUnitSet } from '../text/character-table.js';
import { MIN_RUN_WORDS, WORK_PER_UNIT, nextOccurrences, searchAdjacentRuns } from './adjacent-runs.js';

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
  let budget = WORK_PER_UNIT * hashes.length;
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

// Whether words [first, end) hold letters and at least MIN_RUN_WORDS different words: a row of a
// table ("0 0 0 0 …") or a chant repeats itself by design, a caption glued to itself does not.
function isWordy(content: string, { starts, ends, hashes }: Sentences, first: number, end: number): boolean {
  if (new Set(hashes.slice(first, end)).size < MIN_RUN_WORDS) return false;
  return keyHasLetters(comparisonKey(content, starts[first] as number, ends[end - 1] as number));
}

// A comma or semicolon between the copies is the writer's: "If you serve at the pleasure of the
// president, you serve at the pleasure of the president," (a quotation). A glued copy follows its
// original with no punctuation at all.
const CLAUSE_MARKS = codeUnitSet([',', '،', ';', '؛']);

/**
 * Runs of at least MIN_RUN_WORDS words repeated right after themselves where no sentence ends
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
