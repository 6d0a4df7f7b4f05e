/** Cleans the files named on the command line: expand, clean through processFiles, then the per-file steps. */
import { processFiles, type InputFile } from '../engine/process-files.js';
import { cleanDecoded, cleanDecodedToCuts, decodeBytes, type CleanedToCuts, type FileOptions } from '../engine/clean-file.js';
import { cleanPathToCuts } from '../engine/clean-path.js';
import { keptChunks } from '../io/utf8-pieces.js';
import { DEFAULT_MAX_BYTES, readAllWithin, describeErrorCode } from '../io/read-input.js';
import { isStdoutClosed, writeProduct } from './io.js';
import { summaryLine } from './report.js';
import { exitCodeOf, expandRunInputs, handleResult, type Run } from './run.js';
import { checkOutDir } from './destination.js';
import { fileOptionsWithCorpus } from './boilerplate-corpus.js';

const HINT = 'nothing written: use --out-dir DIR or --write to save the cleaned files (--diff, --check or --json to see the cuts)';

function finish(run: Run, single: boolean): number {
  run.reporter.progress.clear();
  if (isStdoutClosed(run.io)) return 0;
  if (!single && run.totals.files + run.totals.skipped > 0) {
    run.reporter.line(summaryLine(run.totals, run.reporter.color));
    const { destination, format } = run.settings;
    if (destination.kind === 'stdout' && format === 'text' && run.report === null && run.totals.changed > 0) run.reporter.line(HINT);
  }
  return exitCodeOf(run);
}

/** Whether the arguments name exactly one file (its cleaned text then goes to stdout). */
export function isSingleFile(paths: readonly string[], files: readonly { root: string | null }[]): boolean {
  return paths.length === 1 && files.length === 1 && files[0]?.root === null;
}

/** What a run over files cleans: the inputs with their outputs planned, and how to clean them. */
interface PlannedRun {
  readonly targets: readonly InputFile[];
  readonly fileCount: number;
  readonly single: boolean;
  readonly options: FileOptions;
}

// The expanded files live only in here: the planned inputs replace them, and a run over a million
// files would otherwise hold both lists (an async function keeps its locals to its end).
async function planRun(run: Run, paths: readonly string[]): Promise<PlannedRun> {
  const { destination, fileOptions } = run.settings;
  await checkOutDir(destination);
  const files = await expandRunInputs(run, paths);
  const single = isSingleFile(paths, files);
  run.presentation = { ...run.presentation, printsText: single && destination.kind === 'stdout' };
  const options = fileOptionsWithCorpus(fileOptions, run.settings.boilerplate, files);
  return { targets: await run.writer.plan(files), fileCount: files.length, single, options };
}

// One cleaned text that goes to standard output as it is (the text format, no review report).
const streamsOneText = (run: Run): boolean => run.presentation.printsText && run.settings.format === 'text' && run.report === null;

// Its cleaned text goes out from the kept parts of the text, 32,768 characters at a time, and is
// never made whole: a 100 MB file would otherwise hold it next to its text, at the end of the run,
// when the heap is fullest (about 720 MB at the peak instead of 630).
async function streamOneText(run: Run, input: InputFile, { result, kept }: CleanedToCuts): Promise<void> {
  if (kept !== null) for (const chunk of keptChunks(kept)) await writeProduct(run.io, chunk);
  await handleResult(run, input, result);
}

/** Cleans files, folders and patterns; returns the exit code. */
export async function runFiles(run: Run, paths: readonly string[]): Promise<number> {
  const { targets, fileCount, single, options } = await planRun(run, paths);
  const [only] = targets;
  if (streamsOneText(run) && only !== undefined) {
    await streamOneText(run, only, cleanPathToCuts(only.path, options));
    return finish(run, single);
  }
  // Under --out-dir the engine writes each file where it cleans it (on a worker for a large run);
  // the texts come back only when something prints or reports them.
  const withoutTexts = run.settings.destination.kind === 'out-dir' && run.settings.format === 'text' && run.report === null;
  let done = 0;
  for await (const { input, result } of processFiles(targets, options, { ...(run.settings.jobs === undefined ? {} : { jobs: run.settings.jobs }), withoutTexts })) {
    await handleResult(run, input, result);
    if (isStdoutClosed(run.io)) break;
    run.reporter.progress.update(++done, fileCount);
  }
  return finish(run, single);
}

/** Cleans standard input; returns the exit code. */
export async function runStdin(run: Run): Promise<number> {
  const options = run.settings.fileOptions;
  let bytes: Uint8Array | null;
  try {
    bytes = await readAllWithin(run.io.stdin, options.maxBytes ?? DEFAULT_MAX_BYTES);
  } catch (error) {
    run.reporter.error('-', error instanceof Error && error.name === 'InputError' ? error.message : describeErrorCode(error));
    return 2;
  }
  run.presentation = { ...run.presentation, printsText: true };
  const input = { path: '-', root: null };
  const decoded = decodeBytes('-', bytes, options);
  // Let go before the cleaning: 100 MB of input would otherwise be held twice, as bytes and as text.
  bytes = null;
  if (!decoded.ok) await handleResult(run, input, decoded.failure);
  else if (streamsOneText(run)) await streamOneText(run, input, cleanDecodedToCuts('-', decoded.decoded, options));
  else await handleResult(run, input, cleanDecoded('-', decoded.decoded, options));
  return finish(run, true);
}
