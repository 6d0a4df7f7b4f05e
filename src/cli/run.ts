/** The state one run shares between its steps: streams, settings, writer, presentation, totals. */
import type { FileResult } from '../engine/clean-file.js';
import type { InputFile } from '../engine/process-files.js';
import type { Writer } from './destination.js';
import { isProblem, streamInputs, type ExpandOptions, type InputProblem } from './inputs.js';
import { writeProduct, type CliIo } from './io.js';
import { presentResult, type Presentation } from './present.js';
import { addToTotals, fileLine, findingLines, type RunTotals } from './report.js';
import type { Reporter } from './reporter.js';
import type { RunSettings } from './settings.js';
import type { ReportFile } from './write-report.js';

/** One run of the CLI. */
export interface Run {
  readonly io: CliIo;
  readonly settings: RunSettings;
  readonly reporter: Reporter;
  readonly writer: Writer;
  /** Set once the inputs are known (whether the cleaned text goes to stdout). */
  presentation: Presentation;
  readonly totals: RunTotals;
  readonly debug: boolean;
  /** Problems met while finding the files (missing paths, unreadable folders). */
  inputErrors: number;
  /** The HTML review report being written (--report), or null. */
  readonly report: ReportFile | null;
}

function reportFailure(run: Run, result: FileResult & { ok: false }): void {
  run.reporter.error(result.path, result.error);
  if (run.debug && result.stack !== undefined) run.io.stderr.write(result.stack + '\n');
}

function reportSuccess(run: Run, result: FileResult & { ok: true }): void {
  // A -q run of 10,000 files would otherwise format 10,000 lines to drop them.
  if (!run.reporter.showsLines) return;
  const line = fileLine(result, run.reporter.color);
  if (line !== null) run.reporter.line(line);
  if (run.settings.verbose) for (const detail of findingLines(result, run.reporter.color)) run.reporter.line(detail);
}

/**
 * The steps every cleaned file goes through: write it to its destination, put its product on
 * stdout, count it, report it. A binary file met in a folder walk is skipped with a warning.
 */
export async function handleResult(run: Run, input: InputFile, cleaned: FileResult, presented = false): Promise<void> {
  if (!cleaned.ok && cleaned.code === 'binary' && input.root !== null) {
    run.reporter.warning(cleaned.path, 'binary file: skipped');
    run.totals.skipped++;
    return;
  }
  const result = await run.writer.write(input, cleaned);
  await run.report?.add(result);
  // Unless its product went to stdout already, in pieces (one large text: see run-files.ts).
  if (!presented) await writeProduct(run.io, presentResult(run.presentation, result));
  addToTotals(run.totals, result);
  if (result.ok) reportSuccess(run, result);
  else reportFailure(run, result);
}

function reportProblem(run: Run, problem: InputProblem): void {
  if (problem.severity === 'error') {
    run.reporter.error(problem.path, problem.reason);
    run.inputErrors++;
  } else {
    run.reporter.warning(problem.path, problem.reason);
  }
}

function expandOptions(run: Run): ExpandOptions {
  const { destination, extensions } = run.settings;
  return { extensions, exclude: destination.kind === 'out-dir' ? [destination.directory] : [] };
}

// The files the paths name, a run at a time, each problem met handed to `onProblem`.
async function* runInputs(run: Run, paths: readonly string[], onProblem: (problem: InputProblem) => void): AsyncGenerator<InputFile[]> {
  for await (const item of streamInputs(paths, expandOptions(run))) {
    if (isProblem(item)) onProblem(item);
    else if (item.length > 0) yield item;
  }
}

/**
 * The files the paths name (an --out-dir inside an input folder is never entered), a run of them
 * at a time as they are found; the problems met on the way are reported where they are met, and
 * the errors among them will fail the run.
 */
export const streamRunInputs = (run: Run, paths: readonly string[]): AsyncGenerator<InputFile[]> => runInputs(run, paths, (problem) => reportProblem(run, problem));

/** The files the paths name, as a list (streamRunInputs, collected): for runs that need them all first. */
export async function expandRunInputs(run: Run, paths: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for await (const found of streamRunInputs(run, paths)) for (const file of found) files.push(file);
  return files;
}

/**
 * The files the paths name, a run at a time, for a pass before the run's own (counting them,
 * fingerprinting them): problems are left unreported, since the run reports them as it meets them.
 */
export const firstPassInputs = (run: Run, paths: readonly string[]): AsyncGenerator<InputFile[]> => runInputs(run, paths, () => {});

/** The exit code of a finished run: 2 if anything failed, 1 if --check found files to clean, else 0. */
export function exitCodeOf(run: Run): number {
  if (run.inputErrors > 0 || run.totals.failed > 0) return 2;
  if (run.settings.format === 'check' && run.totals.changed > 0) return 1;
  return 0;
}
