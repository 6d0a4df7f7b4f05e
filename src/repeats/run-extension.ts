/**
 * Grows a run of exact repeats over its edges: a copy is often edited at its ends (a clause
 * dropped, two paragraphs merged) or glued to the next paragraph. Only lines next to an exact
 * run are judged this way, so an authored paraphrase elsewhere in the article is never touched.
 */
import type { Line } from '../model/article.js';
import type { RepeatRun, RepeatUnits } from './repeat-runs.js';
import { isRepeat, unitKey } from './repeat-runs.js';
import { isNearDuplicate } from './similarity.js';
import { holdsLetter } from '../text/character-table.js';

/** A segment cut from a line next to a run: the copy of a whole line glued to new text. */
export interface GluedCopy {
  readonly line: Line;
  /** Offsets of the cut inside the text. */
  readonly start: number;
  readonly end: number;
  /** The unit position of the line it repeats. */
  readonly original: number;
}

/** Reads the content of a line. */
export type ContentOf = (line: Line) => string;

// The copy may repeat one original line or two merged into one ("...بعد 11 عاماً من الزواج.
// وقالت مصادر أن واينستين دفع ..." merges ar-0002 lines 17 and 18).
function matchesOriginal(index: RepeatUnits, copy: number, first: number, last: number, minLength: number): boolean {
  if (first < 0) return false;
  const key = unitKey(index, copy);
  if (isNearDuplicate(index.words, key, unitKey(index, last), minLength)) return true;
  return first < last && isNearDuplicate(index.words, key, `${unitKey(index, first)} ${unitKey(index, last)}`, minLength);
}

function extendForward(index: RepeatUnits, run: RepeatRun, minLength: number): void {
  for (;;) {
    const copy = run.copyEnd + 1;
    const original = run.originalEnd + 1;
    if (copy >= index.units.length || isRepeat(index, copy) || original >= run.copyStart || isRepeat(index, original)) return;
    if (matchesOriginal(index, copy, original, original, minLength)) {
      run.copyEnd = copy;
      run.originalEnd = original;
    } else if (original + 1 < run.copyStart && matchesOriginal(index, copy, original, original + 1, minLength)) {
      run.copyEnd = copy;
      run.originalEnd = original + 1;
    } else {
      return;
    }
  }
}

function extendBackward(index: RepeatUnits, run: RepeatRun, minLength: number): void {
  for (;;) {
    const copy = run.copyStart - 1;
    const original = run.originalStart - 1;
    if (copy <= run.originalEnd || isRepeat(index, copy) || original < 0 || isRepeat(index, original)) return;
    if (matchesOriginal(index, copy, original, original, minLength)) {
      run.copyStart = copy;
      run.originalStart = original;
    } else if (matchesOriginal(index, copy, original - 1, original, minLength)) {
      run.copyStart = copy;
      run.originalStart = original - 1;
    } else {
      return;
    }
  }
}

/**
 * Extends a run over edited copies at both ends (in place). A line next to the run can be taken as
 * an edited or glued copy unless it is an exact repeat itself (those form runs of their own). A
 * later exact copy of it may go too: its twin is then the line it was edited from, or the kept
 * parts of the glued line. A page captured twice repeats its edited copies with the rest: ar-0002
 * pasted whole after itself has lines 22-23, edited copies of 15-18, cut as in the article alone,
 * and their copies at 46-47 cut with the second copy.
 */
export function extendRun(index: RepeatUnits, run: RepeatRun, minLength: number): void {
  extendForward(index, run, minLength);
  extendBackward(index, run, minLength);
}

/**
 * The copy of a whole original line glued to the start of the line after a run, as in en-0006
 * where "Suppress this ad slot . " starts the paragraph that follows the repeated ad block.
 */
export function findGluedCopyAfter(index: RepeatUnits, run: RepeatRun, contentOf: ContentOf): GluedCopy | null {
  const copy = run.copyEnd + 1;
  const next = run.originalEnd + 1;
  if (copy >= index.units.length || next >= run.copyStart || isRepeat(index, copy)) return null;
  // The line after the original may itself be a copy that goes; its kept twin is what is repeated.
  const original = index.firstOccurrence[next] as number;
  const line = index.units[copy] as Line;
  const originalText = contentOf(index.units[original] as Line).trim();
  const copyText = contentOf(line);
  const leading = copyText.length - copyText.trimStart().length;
  if (!holdsLetter(originalText) || !copyText.startsWith(originalText, leading) || copyText.trim() === originalText) return null;
  let end = leading + originalText.length;
  while (end < copyText.length && /\s/.test(copyText[end] as string)) end++;
  return { line, start: line.start + leading, end: line.start + end, original };
}
