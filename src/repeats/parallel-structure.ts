/**
 * A repeated formula inside a parallel structure: the copy and the original stand between lines
 * that are variants of each other. ar-0040 repeats "وعبر عن عزائه ومواساته لأسر الشهداء..." after
 * each phone call, each time followed by "وقدم ... شكره وتقديره لـ<another minister>"; ar-0037
 * repeats spec rows in a second table whose neighbouring rows differ in a number. A page captured
 * twice has no such frame: what surrounds its copy is unrelated, or part of the copy.
 */
import { unitKey, type RepeatRun, type RepeatUnits } from './repeat-runs.js';
import { isVariant } from './similarity.js';

// Past either end the key is '', which is never a variant.
function areVariants(index: RepeatUnits, copy: number, original: number, minLength: number): boolean {
  return isVariant(index.words, unitKey(index, copy), unitKey(index, original), minLength);
}

/** Whether a run sits in a parallel structure (so its copies are authored, not captured twice). */
export function isInParallelStructure(index: RepeatUnits, run: RepeatRun, minLength: number): boolean {
  const before = run.copyStart - 1 > run.originalEnd && areVariants(index, run.copyStart - 1, run.originalStart - 1, minLength);
  const after = run.originalEnd + 1 < run.copyStart && areVariants(index, run.copyEnd + 1, run.originalEnd + 1, minLength);
  return before || after;
}
