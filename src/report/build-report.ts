/** Builds the report piece by piece, so a caller can write it as results come in. */
import type { FileResult } from '../engine/clean-file.js';
import { reportHead, reportTail } from './document.js';
import { fileDataBlock, fileRecord } from './file-data.js';
import { addToReportSummary, addUnexplained, emptyReportSummary } from './summary.js';

/** Hands out the report's HTML in order: `head`, then what `add` returns per result, then `finish()`. */
export interface ReportBuilder {
  readonly head: string;
  /** Counts a result and returns its data block ('' for a file the report does not show). */
  add(result: FileResult): string;
  /** The summary, controls and script, which need the whole run. */
  finish(): string;
}

/**
 * A report builder. It keeps only the run's totals and the few files the summary names, never a
 * file's text: each changed file's text goes out in the chunk `add` returns.
 */
export function createReportBuilder(): ReportBuilder {
  const summary = emptyReportSummary();
  return {
    head: reportHead(),
    add(result) {
      const fileNumber = addToReportSummary(summary, result);
      if (fileNumber === null || !result.ok) return '';
      const record = fileRecord(result);
      addUnexplained(summary, record.cuts);
      return fileDataBlock(record, fileNumber);
    },
    finish: () => reportTail(summary),
  };
}

/** The whole self-contained HTML review report of a run, from its results in order. */
export function buildReport(results: Iterable<FileResult>): string {
  const builder = createReportBuilder();
  const parts = [builder.head];
  for (const result of results) parts.push(builder.add(result));
  parts.push(builder.finish());
  return parts.join('');
}
