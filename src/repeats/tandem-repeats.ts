/**
 * Repeats inside one line: a text immediately followed by a copy of itself. A whole article
 * glued to itself ("...لإقالته.انتقدت وسائل الإعلام..." where the second copy starts), a sentence
 * said twice, a caption doubled ("File image of ... AP File image of ... AP").
 */
import { comparisonKey } from '../text/comparison-key.js';

/** A span of a line (offsets relative to the line content) that repeats the text right before it. */
export interface TandemCopy {
  readonly start: number;
  readonly end: number;
  /** Offsets of the first copy, which stays. */
  readonly originalStart: number;
  readonly originalEnd: number;
}

interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly key: string;
}

// A sentence ends at . ! ? ؟ … followed by white space or a letter; "14.5" does not end one.
const SENTENCE_END = /[.!?؟…。]+["'”’»)\]]*(?=\s|\p{L}|$)/gu;
// Bounds the comparisons spent on one line, so a hostile line costs linear time.
const WORK_PER_SENTENCE = 32;

function splitSentences(content: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const key = comparisonKey(content, start, end);
    if (key !== '') sentences.push({ start, end, key });
  };
  for (const match of content.matchAll(SENTENCE_END)) {
    const end = (match.index as number) + match[0].length;
    push(end);
    start = end;
  }
  if (start < content.length) push(content.length);
  return sentences;
}

function nextOccurrences(sentences: readonly Sentence[]): Int32Array {
  const next = new Int32Array(sentences.length).fill(-1);
  const seen = new Map<string, number>();
  for (let index = sentences.length - 1; index >= 0; index--) {
    const key = (sentences[index] as Sentence).key;
    next[index] = seen.get(key) ?? -1;
    seen.set(key, index);
  }
  return next;
}

function keyLength(sentences: readonly Sentence[], from: number, to: number): number {
  let length = 0;
  for (let index = from; index < to; index++) length += (sentences[index] as Sentence).key.length;
  return length;
}

function repeatsBlock(sentences: readonly Sentence[], first: number, at: number, period: number): boolean {
  for (let offset = 0; offset < period; offset++) {
    if ((sentences[first + offset] as Sentence).key !== (sentences[at + offset] as Sentence).key) return false;
  }
  return true;
}

/** Runs of sentences repeated right after themselves, each reported once (the second copy). */
export function findSentenceTandems(content: string, minLength: number): TandemCopy[] {
  const sentences = splitSentences(content);
  const next = nextOccurrences(sentences);
  const copies: TandemCopy[] = [];
  let budget = WORK_PER_SENTENCE * sentences.length;
  for (let first = 0; first < sentences.length && budget > 0; ) {
    const second = next[first] as number;
    const period = second - first;
    let matched = 0;
    while (second !== -1 && matched < period && second + matched < sentences.length && budget-- > 0) {
      if ((sentences[first + matched] as Sentence).key !== (sentences[second + matched] as Sentence).key) break;
      matched++;
    }
    if (second === -1 || matched < period || keyLength(sentences, first, second) < minLength) {
      first++;
      continue;
    }
    // Further copies right after the second one go too ("S. S. S." keeps one S).
    let copiesEnd = second + period;
    while (copiesEnd + period <= sentences.length && repeatsBlock(sentences, first, copiesEnd, period)) copiesEnd += period;
    copies.push({
      start: (sentences[second - 1] as Sentence).end,
      end: (sentences[copiesEnd - 1] as Sentence).end,
      originalStart: (sentences[first] as Sentence).start,
      originalEnd: (sentences[second - 1] as Sentence).end,
    });
    first = copiesEnd;
  }
  return copies;
}

// The length of the first half when `text` is that half, up to three spaces, and the half again.
function doubledHalf(text: string): number {
  for (let gap = 0; gap <= 3; gap++) {
    const half = (text.length - gap) / 2;
    if (!Number.isInteger(half) || half === 0) continue;
    if (text.slice(half, half + gap).trim() === '' && text.slice(0, half) === text.slice(half + gap)) return half;
  }
  return -1;
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
