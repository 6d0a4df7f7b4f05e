/** The human side of a run on stderr: errors, warnings, report lines, and the progress bar kept out of their way. */
import type { ChalkInstance } from 'chalk';
import type { CliIo } from './io.js';
import { createProgressBar, type ProgressBar } from './progress.js';

/** Writes to stderr; errors always, the rest unless --quiet. */
export interface Reporter {
  readonly color: ChalkInstance;
  /** `article-clean: PATH: reason` (always shown). */
  error(path: string, reason: string): void;
  /** `article-clean: PATH: reason` for something skipped (hidden by --quiet). */
  warning(path: string, reason: string): void;
  /** A report line (hidden by --quiet). */
  line(text: string): void;
  /** Whether report lines are shown: under --quiet, callers need not build them. */
  readonly showsLines: boolean;
  readonly progress: ProgressBar;
}

/** The reporter of a run. */
export function createReporter(io: CliIo, color: ChalkInstance, quiet: boolean): Reporter {
  const now = io.now ?? (() => Date.now());
  const progress = createProgressBar(io.stderr, !quiet && io.stderr.isTTY === true, now);
  const write = (text: string): void => {
    progress.clear();
    io.stderr.write(text + '\n');
  };
  return {
    color,
    error: (path, reason) => write(`article-clean: ${path}: ${color.red(reason)}`),
    warning: (path, reason) => {
      if (!quiet) write(`article-clean: ${path}: ${color.yellow(reason)}`);
    },
    line: (text) => {
      if (!quiet) write(text);
    },
    showsLines: !quiet,
    progress,
  };
}
