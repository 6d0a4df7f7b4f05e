/** Cleans the files named on the command line: expand, clean through processFiles, then the per-file steps. */
import { statSync } from 'node:fs';
import { processFiles, type InputFile } from '../engine/process-files.js';
import { cleanDecoded, cleanDecodedToCuts, decodeBytes, type CleanedToCuts, type DecodedOrFailed, type FileOptions } from '../engine/clean-file.js';
import { cleanPathToCuts } from '../engine/clean-path.js';
import { keptChunks } from '../io/utf8-pieces.js';
import { jsonRecordPieces } from './json-output.js';
import { DEFAULT_MAX_BYTES, readAllWithin, describeErrorCode } from '../io/read-input.js';
import { isStdoutClosed, writeProduct } from './io.js';
import { summaryLine } from './report.js';
import { exitCodeOf, expandRunInputs, firstPassInputs, handleResult, streamRunInputs, type Run } from './run.js';
import { addFingerprints, emptyLineCounts, type LineCounts } from '../corpus/index.js';
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

/** What a run over files cleans: the inputs with their outputs planned, and how to clean them. */
interface PlannedRun {
  /** The inputs, planned as they are found, a run at a time. */
  readonly targets: AsyncIterable<readonly InputFile[]>;
  /** How many files there are, when the progress bar shows it (0 otherwise: not counted). */
  readonly fileCount: number;
  /** Whether the arguments name exactly one file (its cleaned text then goes to stdout). */
  readonly single: boolean;
  readonly options: FileOptions;
}

// The first of `files` (null if none), and all of them again, the first included. Runs of files
// are never empty (see streamRunInputs).
async function withFirst(files: AsyncIterable<InputFile[]>): Promise<{ first: InputFile | null; all: AsyncIterable<InputFile[]> }> {
  const iterator = files[Symbol.asyncIterator]();
  const head = await iterator.next();
  async function* all(): AsyncGenerator<InputFile[]> {
    if (head.done === true) return;
    yield head.value;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value;
  }
  return { first: head.done === true ? null : (head.value[0] ?? null), all: all() };
}

/** What a run needs to know of its files before it cleans the first one. */
interface BeforeTheRun {
  /** The line-key counts of the files (--boilerplate), or null. */
  readonly counts: LineCounts | null;
  /** How many files there are (counted for the progress bar only, else 0). */
  readonly fileCount: number;
}

// A walk of its own before the run's, when the run needs one: --boilerplate reads every file
// before it cleans one (its counts are kept, nothing of the files), the progress bar on a terminal
// needs the total, and --out-dir makes the output folders before any file is written.
async function walkBeforeTheRun(run: Run, paths: readonly string[], single: boolean): Promise<BeforeTheRun> {
  const fingerprints = run.settings.boilerplate.boilerplate === true;
  const counts = fingerprints ? emptyLineCounts() : null;
  const countsFiles = run.reporter.progress.isShown && !single;
  const makesFolders = run.settings.destination.kind === 'out-dir' && !single;
  let fileCount = 0;
  if (!fingerprints && !countsFiles && !makesFolders) return { counts, fileCount };
  for await (const found of firstPassInputs(run, paths)) {
    if (counts !== null) addFingerprints(counts, readableTwice(run, found));
    if (countsFiles) fileCount += found.length;
    if (makesFolders) await run.writer.makeFolders(found, paths.length === 1);
  }
  return { counts, fileCount };
}

// The paths of `found` that can be read again by the cleaning: a pipe (`<(command)`, /dev/stdin)
// is read once, so --boilerplate leaves it out of its counts, with a warning, rather than count its
// lines and then clean what is left of it, nothing. Only a path named on the command line can be
// one: a walk or a pattern finds regular files only (see notRegularFile), so theirs cost no look.
function readableTwice(run: Run, found: readonly InputFile[]): string[] {
  return found.flatMap(({ path, root }) => {
    if (root !== null || isRegularOrMissing(path)) return [path];
    run.reporter.warning(path, 'not a regular file: read once, so left out of the --boilerplate counts');
    return [];
  });
}

// A path that is missing or unreadable is counted as the others are: its error comes when it is cleaned.
function isRegularOrMissing(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return true;
  }
}

async function* fromList(files: InputFile[]): AsyncGenerator<InputFile[]> {
  if (files.length > 0) yield files;
}

// Whether the run's writes can make files that a walk still to come would find: the backups of
// --write --backup (FILE + SUFFIX, which may end in an extension the run looks for), made while a
// later argument's folder is still to be walked ("--write --backup .orig.txt news news/2024"
// would clean news/2024's backups next).
const writesWhatLaterWalksFind = (run: Run, paths: readonly string[]): boolean =>
  run.settings.destination.kind === 'in-place' && run.settings.destination.backupSuffix !== undefined && paths.length > 1;

// The inputs are planned and cleaned as the walk finds them: a run over a million files never
// holds their list (it held about 185 bytes a file). A run that could find its own backups lists
// its files first.
async function planRun(run: Run, paths: readonly string[]): Promise<PlannedRun> {
  const { destination, fileOptions, boilerplate } = run.settings;
  await checkOutDir(destination);
  const inputs = writesWhatLaterWalksFind(run, paths) ? fromList(await expandRunInputs(run, paths)) : streamRunInputs(run, paths);
  const { first, all } = await withFirst(inputs);
  // A file argument names that file alone; a folder or a pattern gives its files a root.
  const single = paths.length === 1 && first !== null && first.root === null;
  // Before any walk: counting line keys for --boilerplate is a pass over every text too.
  if (!single) run.io.onManyTexts?.();
  run.presentation = { ...run.presentation, printsText: single && destination.kind === 'stdout' };
  const { counts, fileCount } = await walkBeforeTheRun(run, paths, single);
  const options = fileOptionsWithCorpus(fileOptions, boilerplate, counts);
  return { targets: run.writer.plan(all, paths.length === 1), fileCount, single, options };
}

// One cleaned text that goes to standard output as it is, or in its JSON line (the text or the
// JSON format, no review report).
const streamsOneText = (run: Run): boolean => run.presentation.printsText && (run.settings.format === 'text' || run.settings.format === 'json') && run.report === null;

// Its cleaned text goes out from the kept parts of the text, 32,768 characters at a time, and is
// never made whole: a 100 MB file would otherwise hold it next to its text, at the end of the run,
// when the heap is fullest (about 720 MB at the peak instead of 630; with --json, whose line held
// the cleaned text escaped once more, 1,040 MB instead of 600).
async function streamOneText(run: Run, input: InputFile, { result, kept }: CleanedToCuts): Promise<void> {
  if (kept === null || !result.ok) return handleResult(run, input, result);
  const pieces = run.settings.format === 'json' ? jsonRecordPieces(result, kept) : keptChunks(kept);
  for (const piece of pieces) await writeProduct(run.io, piece);
  await handleResult(run, input, result, true);
}

// Whether nothing shows the texts of the run's results: files written to --out-dir, or only
// listed by --check, and no review report.
const needsNoTexts = ({ settings, report }: Run): boolean =>
  report === null && (settings.format === 'check' || (settings.destination.kind === 'out-dir' && settings.format === 'text'));

/** Cleans files, folders and patterns; returns the exit code. */
export async function runFiles(run: Run, paths: readonly string[]): Promise<number> {
  const { targets, fileCount, single, options } = await planRun(run, paths);
  if (streamsOneText(run)) {
    for await (const found of targets) for (const only of found) await streamOneText(run, only, cleanPathToCuts(only.path, options));
    return finish(run, single);
  }
  // Under --out-dir the engine writes each file where it cleans it (on a worker for a large run);
  // the texts come back only when something prints or reports them.
  const withoutTexts = needsNoTexts(run);
  let done = 0;
  for await (const { input, result } of processFiles(targets, options, { ...(run.settings.jobs === undefined ? {} : { jobs: run.settings.jobs }), withoutTexts })) {
    await handleResult(run, input, result);
    if (isStdoutClosed(run.io)) break;
    run.reporter.progress.update(++done, fileCount);
  }
  return finish(run, single);
}

// Standard input read and decoded, or null when it could not be read (reported). In a function of
// its own, so that the bytes go with its frame: kept in a variable of runStdin, even one set to
// null, a 100 MB input stayed reachable through the whole cleaning (100 MB more at the peak).
async function readStdinDecoded(run: Run): Promise<DecodedOrFailed | null> {
  const options = run.settings.fileOptions;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    bytes = run.io.readStdinFile?.(maxBytes) ?? (await readAllWithin(run.io.stdin, maxBytes));
  } catch (error) {
    run.reporter.error('-', error instanceof Error && error.name === 'InputError' ? error.message : describeErrorCode(error));
    return null;
  }
  return decodeBytes('-', bytes, options);
}

/** Cleans standard input; returns the exit code. */
export async function runStdin(run: Run): Promise<number> {
  const decoded = await readStdinDecoded(run);
  if (decoded === null) return 2;
  const options = run.settings.fileOptions;
  run.presentation = { ...run.presentation, printsText: true };
  const input = { path: '-', root: null };
  if (!decoded.ok) await handleResult(run, input, decoded.failure);
  else if (streamsOneText(run)) await streamOneText(run, input, cleanDecodedToCuts('-', decoded.decoded, options));
  else if (needsNoTexts(run)) await handleResult(run, input, cleanDecodedToCuts('-', decoded.decoded, options).result);
  else await handleResult(run, input, cleanDecoded('-', decoded.decoded, options));
  return finish(run, true);
}
