/** The data block of one changed file: its original text and its cuts, for the page to render. */
import type { FileResult } from '../engine/clean-file.js';
import type { Finding } from '../model/finding.js';
import { escapeHtml, jsonForScript } from './escape.js';

/** A successful result, the only kind the report shows in full. */
export type CleanedFile = FileResult & { readonly ok: true };

/** One cut as the page reads it. */
export interface CutRecord {
  readonly rule: string;
  readonly start: number;
  readonly end: number;
  readonly lines: readonly [number, number];
  readonly reason: string;
  readonly copyOf: readonly [number, number] | null;
}

/** What the page needs to show one file: nothing more, to keep the report small. */
export interface FileRecord {
  readonly path: string;
  readonly removed: number;
  readonly text: string;
  readonly cuts: readonly CutRecord[];
}

function cutRecord(finding: Finding): CutRecord {
  return {
    rule: finding.rule,
    start: finding.span.start,
    end: finding.span.end,
    lines: [finding.lines.start, finding.lines.end],
    reason: finding.reason,
    copyOf: finding.duplicateOf === null ? null : [finding.duplicateOf.start, finding.duplicateOf.end],
  };
}

/** The record of one file. */
export function fileRecord(result: CleanedFile): FileRecord {
  return { path: result.path, removed: result.removedCharacters, text: result.original, cuts: result.findings.map(cutRecord) };
}

function countCuts(result: CleanedFile): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const finding of result.findings) counts[finding.rule] = (counts[finding.rule] ?? 0) + 1;
  return counts;
}

/**
 * The `<script type="application/json">` block of a file. The attributes carry what the filters
 * need (path, cuts per rule), so the page parses a file's text only when it shows or searches it.
 */
export function fileDataBlock(result: CleanedFile, fileNumber: number): string {
  const attributes = [
    `id="data-${fileNumber}"`,
    `data-path="${escapeHtml(result.path)}"`,
    `data-counts="${escapeHtml(JSON.stringify(countCuts(result)))}"`,
    `data-removed="${result.removedCharacters}"`,
  ].join(' ');
  return `<script type="application/json" class="file-data" ${attributes}>${jsonForScript(fileRecord(result))}</script>\n`;
}
