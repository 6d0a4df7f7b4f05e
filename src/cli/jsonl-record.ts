/**
 * One JSON Lines record: the text field is cleaned, every other member stays exactly as written,
 * and the findings are added under one key, FINDINGS_KEY (replacing it when a record already has it).
 */
import { cleanWithResolvedOptions, type CleanResult } from '../engine/clean-text.js';
import type { ResolvedOptions } from '../engine/options.js';
import { objectLayout } from '../io/json-members.js';
import { findingRecord } from './json-output.js';
import type { CleanedCounts } from './report.js';
import { regionLines, type LineRegion } from '../io/line-regions.js';

/** The key added to every cleaned record. */
export const FINDINGS_KEY = 'articleClean';

/** What the run reports of one input line. */
export type RecordReport =
  | { readonly kind: 'cleaned'; readonly counts: CleanedCounts }
  | { readonly kind: 'kept'; readonly note: string | null }
  | { readonly kind: 'invalid'; readonly error: string };

/** What became of one input line: its report, and the line to write. */
export type RecordOutcome = RecordReport & { readonly line: string };

/** The lines of a region of records, cleaned: each followed by "\n", and one report per line. */
export interface CleanedRegion {
  readonly output: string;
  readonly reports: readonly RecordReport[];
}

interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function findingsValue(original: string, result: CleanResult): string {
  return JSON.stringify({
    changed: result.changed,
    findings: result.findings.map((finding) => findingRecord(original, finding)),
    links: result.links,
    removedCharacters: result.removedCharacters,
  });
}

function splice(text: string, replacements: Replacement[]): string {
  let output = text;
  for (const replacement of replacements.sort((left, right) => right.start - left.start)) {
    output = output.slice(0, replacement.start) + replacement.text + output.slice(replacement.end);
  }
  return output;
}

function parseObject(line: string): Record<string, unknown> | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not valid JSON: ${(error as Error).message}`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  return value as Record<string, unknown>;
}

/** Cleans one JSON Lines record (a line without its line break). Blank and broken lines pass through unchanged. */
export function cleanRecordLine(line: string, textField: string, options: ResolvedOptions): RecordOutcome {
  if (line.trim() === '') return { kind: 'kept', line, note: null };
  const record = parseObject(line);
  if (typeof record === 'string') return { kind: 'invalid', line, error: record };
  const original = record[textField];
  if (typeof original !== 'string') return { kind: 'kept', line, note: `no string field "${textField}"` };
  const result = cleanWithResolvedOptions(original, options);
  const layout = objectLayout(line);
  // JSON.parse keeps the last of duplicate keys; so does this.
  const field = layout.members.findLast((member) => member.key === textField);
  const existing = layout.members.findLast((member) => member.key === FINDINGS_KEY);
  const value = findingsValue(original, result);
  const replacements: Replacement[] = [];
  if (result.changed && field !== undefined) replacements.push({ start: field.valueStart, end: field.valueEnd, text: JSON.stringify(result.text) });
  if (existing !== undefined) replacements.push({ start: existing.valueStart, end: existing.valueEnd, text: value });
  else {
    const separator = layout.members.length > 0 ? ',' : '';
    replacements.push({ start: layout.closingBrace, end: layout.closingBrace, text: `${separator}${JSON.stringify(FINDINGS_KEY)}:${value}` });
  }
  return { kind: 'cleaned', line: splice(line, replacements), counts: result };
}

// A report as a worker sends it back: the counts of a cleaned record keep only the rule of each
// finding, the one thing of it the run counts (the findings themselves are in the record's line).
function slimReport(report: RecordReport): RecordReport {
  if (report.kind !== 'cleaned') return report;
  const { changed, removedCharacters, findings } = report.counts;
  return { kind: 'cleaned', counts: { changed, removedCharacters, findings: findings.map(({ rule }) => ({ rule })) } };
}

/**
 * Decodes a region of record lines (see line-regions.ts) and cleans each record. `slim` makes the
 * reports small enough to cross threads cheaply.
 */
export function cleanRecordRegion(region: LineRegion, textField: string, options: ResolvedOptions, slim = false): CleanedRegion {
  const output: string[] = [];
  const reports: RecordReport[] = [];
  for (const line of regionLines(region)) {
    const { line: written, ...report } = cleanRecordLine(line, textField, options);
    output.push(written);
    reports.push(slim ? slimReport(report) : report);
  }
  return { output: output.length === 0 ? '' : output.join('\n') + '\n', reports };
}
