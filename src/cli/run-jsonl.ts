/**
 * --jsonl: records are read in chunks of whole lines and written in order as they are cleaned, on
 * all cores once the input is long enough (jsonl-workers.ts), so a dump of many GB runs in the
 * memory of a few chunks of records. Broken lines pass through unchanged (and fail the run).
 */
import { plural } from '../text/count-phrase.js';
import { createReadStream, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Readable } from 'node:stream';
import type { InputFile } from '../engine/process-files.js';
import { describeFileError } from '../io/read-input.js';
import { openAtomicStream, type AtomicStream } from '../io/write-atomic.js';
import { checkOutDir, outDirTargets } from './destination.js';
import { isStdoutClosed, writeProduct } from './io.js';
import { cleanRecordChunks } from './jsonl-workers.js';
import { addCleanedToTotals, summaryLine } from './report.js';
import { exitCodeOf, expandRunInputs, type Run } from './run.js';

const CHUNK_BYTES = 256 << 10;

/** Where the records of one input go. */
interface RecordSink {
  /** Writes lines, each with its line break. */
  write(lines: string): Promise<void>;
  /** Called at the end with whether any record changed. */
  close(changed: boolean): Promise<void>;
  discard(): Promise<void>;
}

function stdoutSink(run: Run): RecordSink {
  const printsRecords = run.settings.format !== 'check';
  return {
    write: (lines) => (printsRecords ? writeProduct(run.io, lines) : Promise.resolve()),
    close: async () => undefined,
    discard: async () => undefined,
  };
}

function fileSink(stream: AtomicStream, inPlace: boolean, backupSuffix: string | undefined): RecordSink {
  return {
    write: (lines) => stream.write(lines),
    // In place, a file with nothing to clean is left as it was; a mirror always gets its copy.
    close: (changed) => (inPlace && !changed ? stream.discard() : stream.commit(backupSuffix)),
    discard: () => stream.discard(),
  };
}

async function openSink(run: Run, input: InputFile, targets: ReturnType<typeof outDirTargets> | null): Promise<RecordSink> {
  const { destination } = run.settings;
  if (destination.kind === 'in-place') return fileSink(await openAtomicStream(input.path), true, destination.backupSuffix);
  if (destination.kind === 'out-dir' && targets !== null) {
    const place = await targets.prepare(input);
    if ('error' in place) throw new Error(place.error);
    return fileSink(await openAtomicStream(place.target), false, undefined);
  }
  return stdoutSink(run);
}

/** Cleans the records of one source; returns whether any changed. */
async function cleanRecords(run: Run, path: string, source: Readable, size: number | null, sink: RecordSink): Promise<boolean> {
  const { textField, fileOptions, jobs = availableParallelism() } = run.settings;
  let number = 0;
  let changed = false;
  let withoutField = 0;
  let note = '';
  for await (const { output, reports } of cleanRecordChunks(source, size, textField, fileOptions, jobs)) {
    await sink.write(output);
    for (const report of reports) {
      number++;
      if (report.kind === 'invalid') {
        run.reporter.error(`${path}:${number}`, `${report.error} (passed through unchanged)`);
        run.totals.failed++;
      } else if (report.kind === 'kept' && report.note !== null) {
        withoutField++;
        note = report.note;
      } else if (report.kind === 'cleaned') {
        changed ||= report.counts.changed;
        addCleanedToTotals(run.totals, report.counts);
      }
    }
    if (isStdoutClosed(run.io)) break;
  }
  if (withoutField > 0) run.reporter.warning(path, `${plural(withoutField, 'record')} with ${note}: kept as they were`);
  return changed;
}

async function runSource(run: Run, input: InputFile, targets: ReturnType<typeof outDirTargets> | null): Promise<void> {
  let sink: RecordSink | null = null;
  try {
    // A file is read in chunks of 256 KB, each about 80 records: the regions that go to the
    // threads that clean them (jsonl-workers.ts).
    const source = input.path === '-' ? Readable.from(run.io.stdin) : createReadStream(input.path, { highWaterMark: CHUNK_BYTES });
    // How long the input is, when it is a regular file: a short one is not worth a worker.
    const info = input.path === '-' ? null : statSync(input.path);
    sink = await openSink(run, input, targets);
    const changed = await cleanRecords(run, input.path, source, info?.isFile() === true ? info.size : null, sink);
    await sink.close(changed);
    if (changed && run.settings.format === 'check') await writeProduct(run.io, input.path + '\n');
  } catch (error) {
    await sink?.discard();
    run.reporter.error(input.path, error instanceof Error && !('code' in error) ? error.message : await describeFileError(error, input.path));
    run.inputErrors++;
  }
}

/** Cleans JSON Lines from files or (with no paths) standard input; returns the exit code. */
export async function runJsonl(run: Run, paths: readonly string[]): Promise<number> {
  run.io.onManyTexts?.();
  const { destination } = run.settings;
  await checkOutDir(destination);
  const targets = destination.kind === 'out-dir' ? outDirTargets(destination.directory) : null;
  const inputs: InputFile[] = paths.length > 0 ? await expandRunInputs(run, paths) : [{ path: '-', root: null }];
  for (const input of inputs) {
    await runSource(run, input, targets);
    if (isStdoutClosed(run.io)) return 0;
  }
  run.reporter.line(summaryLine(run.totals, run.reporter.color, 'record'));
  return exitCodeOf(run);
}
