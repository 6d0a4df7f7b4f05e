/** What the top of the report says about a run, gathered one result at a time. */
import type { FileResult } from '../engine/clean-file.js';

/** A file that lost many characters, for the "most removed" list. */
export interface RemovedEntry {
  readonly path: string;
  /** Its position among the changed files, which is also its anchor in the report. */
  readonly fileNumber: number;
  readonly removedCharacters: number;
  readonly cuts: number;
}

/** A file that could not be cleaned. */
export interface FailedEntry {
  readonly path: string;
  readonly error: string;
}

/** Totals of a run, plus the few files the summary names. Small whatever the number of files. */
export interface ReportSummary {
  files: number;
  changed: number;
  failed: number;
  removedCharacters: number;
  cutsByRule: Map<string, number>;
  /** The files with the most characters removed, most first, at most `topLimit`. */
  mostRemoved: RemovedEntry[];
  /** The first `failedLimit` failures; `failed` counts them all. */
  failures: FailedEntry[];
  /** Characters removed without a finding, and the files they were removed from (normally 0). */
  unexplainedCharacters: number;
  unexplainedFiles: number;
}

/** How many files the "most removed" list names. */
export const TOP_FILES = 10;
/** How many failures the summary lists by name. */
export const LISTED_FAILURES = 100;

/** An empty summary. */
export function emptyReportSummary(): ReportSummary {
  return { files: 0, changed: 0, failed: 0, removedCharacters: 0, cutsByRule: new Map(), mostRemoved: [], failures: [], unexplainedCharacters: 0, unexplainedFiles: 0 };
}

function keepMostRemoved(list: RemovedEntry[], entry: RemovedEntry): void {
  // Ties keep the earlier file (inputs come sorted), so the list is the same on every run.
  let index = list.length;
  while (index > 0 && (list[index - 1] as RemovedEntry).removedCharacters < entry.removedCharacters) index--;
  if (index >= TOP_FILES) return;
  list.splice(index, 0, entry);
  if (list.length > TOP_FILES) list.pop();
}

/**
 * Counts one result into the summary. Returns the file's number among the changed files (its
 * anchor in the report), or null when the file is not shown (unchanged or failed).
 */
export function addToReportSummary(summary: ReportSummary, result: FileResult): number | null {
  summary.files++;
  if (!result.ok) {
    summary.failed++;
    if (summary.failures.length < LISTED_FAILURES) summary.failures.push({ path: result.path, error: result.error });
    return null;
  }
  for (const finding of result.findings) summary.cutsByRule.set(finding.rule, (summary.cutsByRule.get(finding.rule) ?? 0) + 1);
  if (!result.changed) return null;
  const fileNumber = summary.changed++;
  summary.removedCharacters += result.removedCharacters;
  keepMostRemoved(summary.mostRemoved, { path: result.path, fileNumber, removedCharacters: result.removedCharacters, cuts: result.findings.length });
  return fileNumber;
}

/** Counts a shown file's characters removed without a finding (cuts whose rule is null). */
export function addUnexplained(summary: ReportSummary, cuts: readonly { readonly rule: string | null; readonly start: number; readonly end: number }[]): void {
  const characters = cuts.reduce((sum, cut) => sum + (cut.rule === null ? cut.end - cut.start : 0), 0);
  if (characters === 0) return;
  summary.unexplainedCharacters += characters;
  summary.unexplainedFiles++;
}
