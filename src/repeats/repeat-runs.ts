/**
 * Runs of exact repeats: content lines whose keys occurred earlier, aligned with consecutive
 * earlier lines. A page captured twice repeats lines 2-9 as lines 10-17: one run.
 */
import type { Line } from '../model/article.js';
import { IntegerSet } from '../text/integer-set.js';
import { createWordTable, type WordTable } from './word-table.js';

/** Content lines that take part in repeat detection, in order, with their first occurrences. */
export interface RepeatUnits {
  readonly units: readonly Line[];
  /** For each unit, the position in `units` of the first unit with the same key. */
  readonly firstOccurrence: readonly number[];
  /** The words of the units' keys, for the similarity tests at the edges of runs. */
  readonly words: WordTable;
}

/**
 * A run of copies and the kept lines they repeat, as positions in `units`: copies
 * `copyStart..copyEnd` repeat `originalStart..originalEnd` (both inclusive). Edited copies can make
 * the two ranges differ in length (one copy line may merge two original lines).
 */
export interface RepeatRun {
  copyStart: number;
  copyEnd: number;
  originalStart: number;
  originalEnd: number;
}

// One past the largest key id of the units.
function keyIdCount(units: readonly Line[]): number {
  let count = 0;
  for (const unit of units) if (unit.keyId >= count) count = unit.keyId + 1;
  return count;
}

// Reused by every call of hasRepeatedKey: the key ids seen so far.
const seenKeyIds = new IntegerSet();

/**
 * Whether two units share a key: without that there is no repeat, and most articles are ruled out
 * here, before the index and its word table are made.
 */
export function hasRepeatedKey(units: readonly Line[]): boolean {
  seenKeyIds.reset(units.length);
  let found = false;
  for (const unit of units) {
    if (!seenKeyIds.add(unit.keyId)) {
      found = true;
      break;
    }
  }
  seenKeyIds.release();
  return found;
}

/**
 * Indexes units by key so that each one knows where its key first occurred. By key id (equal keys,
 * equal ids): an array lookup per unit instead of hashing every key string again.
 */
export function indexUnits(units: readonly Line[]): RepeatUnits {
  const firstById = new Int32Array(keyIdCount(units)).fill(-1);
  const firstOccurrence = units.map((unit, position) => {
    const first = firstById[unit.keyId] as number;
    if (first !== -1) return first;
    firstById[unit.keyId] = position;
    return position;
  });
  return { units, firstOccurrence, words: createWordTable() };
}

/** The comparison key of the unit at `position`, or '' past either end. */
export function unitKey({ units }: RepeatUnits, position: number): string {
  return units[position]?.key ?? '';
}

/** Whether the unit at `position` repeats an earlier unit exactly. */
export function isRepeat({ firstOccurrence }: RepeatUnits, position: number): boolean {
  return firstOccurrence[position] !== position;
}

/** Groups consecutive repeated units into clusters, each then split into aligned runs. */
export function findRepeatClusters(index: RepeatUnits): { start: number; end: number }[] {
  const clusters: { start: number; end: number }[] = [];
  for (let position = 0; position < index.units.length; position++) {
    if (!isRepeat(index, position)) continue;
    const last = clusters[clusters.length - 1];
    if (last !== undefined && last.end === position - 1) last.end = position;
    else clusters.push({ start: position, end: position });
  }
  return clusters;
}

/**
 * Splits a cluster into aligned runs. A run goes on while each next copy repeats the unit right
 * after the previous copy's original, so "p1 p2 p1 p2" is one run and "p1 p3 p1 p2" two; copies of
 * one line in a row ("A A A") are one run too. Runs are handed out as they end, so the caller can
 * settle each one (cut or keep) before the next is formed: `isCut` then tells whether a unit went.
 */
export function* splitIntoRuns(
  index: RepeatUnits,
  cluster: { start: number; end: number },
  isCut: (position: number) => boolean = () => false,
): Generator<RepeatRun> {
  let current: RepeatRun | undefined;
  for (let position = cluster.start; position <= cluster.end; position++) {
    const original = index.firstOccurrence[position] as number;
    // The next copy may repeat the line right after the last original even when that line is not
    // the first of its kind (a wrapped paragraph ending in "البلاد." copied after another one), as
    // long as that line stays (the runs before this one are settled by now).
    const next = current === undefined ? -1 : current.originalEnd + 1;
    const continues =
      current !== undefined && next < current.copyStart && !isCut(next) && unitKey(index, next) === unitKey(index, position);
    if (current !== undefined && (next === original || continues)) {
      current.copyEnd = position;
      current.originalEnd = next;
    } else if (current !== undefined && current.originalStart === original && current.originalEnd === original) {
      // "A A A": the same line repeated over and over is one run of copies of that line.
      current.copyEnd = position;
    } else {
      if (current !== undefined) yield current;
      current = { copyStart: position, copyEnd: position, originalStart: original, originalEnd: original };
    }
  }
  if (current !== undefined) yield current;
}
