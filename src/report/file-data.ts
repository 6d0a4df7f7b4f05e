/** The data block of one changed file: its original text and its cuts, for the page to render. */
import type { FileResult } from '../engine/clean-file.js';
import type { Finding, Span } from '../model/finding.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { unexplainedCuts } from './unexplained-cuts.js';

/** A successful result, the only kind the report shows in full. */
export type CleanedFile = FileResult & { readonly ok: true };

/** One cut as the page reads it; `rule` is null for characters removed without a finding. */
export interface CutRecord {
  readonly rule: string | null;
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

function lineNumberAt(text: string, offset: number): number {
  let line = 1;
  for (let lineBreak = text.indexOf('\n'); lineBreak !== -1 && lineBreak < offset; lineBreak = text.indexOf('\n', lineBreak + 1)) line++;
  return line;
}

function unexplainedRecord(text: string, span: Span): CutRecord {
  const lines: [number, number] = [lineNumberAt(text, span.start), lineNumberAt(text, span.end - 1)];
  return { rule: null, start: span.start, end: span.end, lines, reason: 'removed from the output without a finding', copyOf: null };
}

/** The record of one file: its findings in order, then any characters removed without one. */
export function fileRecord(result: CleanedFile): FileRecord {
  const unexplained = unexplainedCuts(result.original, result.findings, result.text).map((span) => unexplainedRecord(result.original, span));
  return { path: result.path, removed: result.removedCharacters, text: result.original, cuts: [...result.findings.map(cutRecord), ...unexplained] };
}

function countCuts(record: FileRecord): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const cut of record.cuts) if (cut.rule !== null) counts[cut.rule] = (counts[cut.rule] ?? 0) + 1;
  return counts;
}

/**
 * The `<script type="application/json">` block of a file. The attributes carry what the filters
 * need (path, cuts per rule), so the page parses a file's text only when it shows or searches it.
 */
export function fileDataBlock(record: FileRecord, fileNumber: number): string {
  const attributes = [
    `id="data-${fileNumber}"`,
    `data-path="${escapeHtml(record.path)}"`,
    `data-counts="${escapeHtml(JSON.stringify(countCuts(record)))}"`,
    `data-removed="${record.removed}"`,
  ].join(' ');
  return `<script type="application/json" class="file-data" ${attributes}>${jsonForScript(record)}</script>\n`;
}
