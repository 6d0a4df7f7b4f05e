/** A line that is one text and the same text again: a doubled caption. */
import { comparisonKey } from '../text/comparison-key.js';
import type { TandemCopy } from './tandem-repeats.js';

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
