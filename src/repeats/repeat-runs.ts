/**
 * Runs of repeated lines: consecutive content lines whose keys occurred earlier, aligned with
 * consecutive earlier lines. A page captured twice repeats lines 2-9 as lines 10-17: one run.
 */
import type { Line } from '../model/article.js';

/** A run of copied lines and the kept lines they copy, pair by pair. */
export interface RepeatRun {
  readonly copies: Line[];
  readonly originals: Line[];
}

/** Content lines that take part in repeat detection, in order, with their first occurrences. */
export interface RepeatUnits {
  readonly units: readonly Line[];
  /** For each unit, the position in `units` of the first unit with the same key. */
  readonly firstOccurrence: readonly number[];
}

/** Indexes units by key so that each one knows where its key first occurred. */
export function indexUnits(units: readonly Line[]): RepeatUnits {
  const firstByKey = new Map<string, number>();
  const firstOccurrence = units.map((unit, position) => {
    const first = firstByKey.get(unit.key);
    if (first !== undefined) return first;
    firstByKey.set(unit.key, position);
    return position;
  });
  return { units, firstOccurrence };
}

/**
 * Splits the repeated units into runs. A run goes on while each next copy repeats the unit right
 * after the previous copy's original, so "p1 p2 p1 p2" is one run and "p1 p3 p1 p2" two.
 */
export function findRepeatRuns({ units, firstOccurrence }: RepeatUnits): RepeatRun[] {
  const runs: RepeatRun[] = [];
  let current: { copies: Line[]; originals: Line[]; lastOriginal: number } | null = null;
  for (let position = 0; position < units.length; position++) {
    const original = firstOccurrence[position] as number;
    if (original === position) {
      current = null;
      continue;
    }
    if (current === null || current.lastOriginal + 1 !== original) {
      current = { copies: [], originals: [], lastOriginal: original };
      runs.push(current);
    }
    current.copies.push(units[position] as Line);
    current.originals.push(units[original] as Line);
    current.lastOriginal = original;
  }
  return runs.map(({ copies, originals }) => ({ copies, originals }));
}
