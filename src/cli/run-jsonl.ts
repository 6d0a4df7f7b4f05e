/**
 * --jsonl: records are read line by line and written as they are cleaned, so a dump of many GB
 * runs in the memory of its longest record. Broken lines pass through unchanged (and fail the run).
 */
import { plural } from '../text/count-phrase.js';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { InputFile } from '../engine/process-files.js';
import { describeFileError } from '../io/read-input.js';
import { openAtomicStream, type AtomicStream } from '../io/write-atomic.js';
import { checkOutDir, outDirTargets } from './destination.js';
import { isStdoutClosed, writeProduct } from './io.js';
import { cleanRecordLine } from './jsonl-record.js';
import { addToTotals, summaryLine } from './report.js';
import { exitCodeOf, expandRunInputs, type Run } from './run.js';

/** Where the records of one input go. */
interface RecordSink {
  write(line: string): Promise<void>;
  /** Called at the end with whether any record changed. */
  close(changed: boolean): Promise<void>;
  discard(): Promise<void>;
}

function stdoutSink(run: Run): RecordSink {
  const printsRecords = run.settings.format !== 'check';
  return {
    write: (line) => (printsRecords ? writeProduct(run.io, line + '\n') : Promise.resolve()),
    close: async () => undefined,
    discard: async () => undefined,
  };
}

function fileSink(stream: AtomicStream, inPlace: boolean, backupSuffix: string | undefined): RecordSink {
  return {
    write: (line) => stream.write(line + '\n'),
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
async function cleanRecords(run: Run, path: string, source: Readable, sink: RecordSink): Promise<boolean> {
  const lines = createInterface({ input: source, crlfDelay: Infinity });
  let number = 0;
  let changed = false;
  let withoutField = 0;
  let note = '';
  for await (const raw of lines) {
    // A byte order mark may open the first line of a file saved by a Windows editor.
    const line = ++number === 1 && raw.startsWith('\ufeff') ? raw.slice(1) : raw;
    const outcome = cleanRecordLine(line, run.settings.textField, run.settings.fileOptions);
    await sink.write(outcome.line);
    if (outcome.kind === 'invalid') {
      run.reporter.error(`${path}:${number}`, `${outcome.error} (passed through unchanged)`);
      run.totals.failed++;
    } else if (outcome.kind === 'kept' && outcome.note !== null) {
      withoutField++;
      note = outcome.note;
    } else if (outcome.kind === 'cleaned') {
      changed ||= outcome.result.changed;
      addToTotals(run.totals, { path, ok: true, encoding: 'utf-8', original: '', ...outcome.result });
    }
    if (isStdoutClosed(run.io)) break;
  }
  if (withoutField > 0) run.reporter.warning(path, `${plural(withoutField, 'record')} with ${note}: kept as they were`);
  return changed;
}

async function runSource(run: Run, input: InputFile, targets: ReturnType<typeof outDirTargets> | null): Promise<void> {
  let sink: RecordSink | null = null;
  try {
    const source = input.path === '-' ? Readable.from(run.io.stdin) : createReadStream(input.path);
    sink = await openSink(run, input, targets);
    const changed = await cleanRecords(run, input.path, source, sink);
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
