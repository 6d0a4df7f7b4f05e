/** What a result puts on stdout, by format: the cleaned text, a JSON line, a path (--check) or a diff. */
import type { ChalkInstance } from 'chalk';
import type { FileResult } from '../engine/clean-file.js';
import { jsonRecord } from './json-output.js';
import { unifiedDiff } from './unified-diff.js';
import type { OutputFormat } from './settings.js';

/** How to present results on stdout. */
export interface Presentation {
  readonly format: OutputFormat;
  /** The cleaned text goes to stdout (one input, no destination). */
  readonly printsText: boolean;
  /** Colors for --diff, decided for stdout. */
  readonly diffColor: ChalkInstance;
}

/** The stdout text of one result ('' for none). */
export function presentResult(presentation: Presentation, result: FileResult): string {
  switch (presentation.format) {
    case 'json':
      return jsonRecord(result) + '\n';
    case 'check':
      return result.ok && result.changed ? result.path + '\n' : '';
    case 'diff':
      return result.ok ? unifiedDiff(result.path, result.original, result.findings, presentation.diffColor) : '';
    case 'text':
      return presentation.printsText && result.ok ? result.text : '';
  }
}
