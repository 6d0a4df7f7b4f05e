/**
 * A run on two threads that writes its outputs: this thread cleans every file, and a file worker
 * (file-thread.ts) writes the cleaned texts behind it and, while it keeps up, reads and decodes
 * the next files ahead of it. Results come in input order, each once its output is written.
 */
import { cleanBytes, cleanDecoded, readFailure, textBytesOf, textsLeftOut, writeFailure, type FileOptions, type FileResult } from './clean-file.js';
import { nextTurn, settling, type Settling } from './settling.js';
import { DEFAULT_MAX_BYTES } from '../io/read-input.js';
import type { InputFile } from './process-files.js';
import { startFileThread, type FileThread, type OutputFile } from './file-thread.js';
import { readFiles, thrownBy, type ReadOutcome } from './read-files.js';
import type { InputWindow } from './input-window.js';

// A batch amortizes the messages: up to 32 files, and no more than 4 MB read unless one file is
// larger. Past eight batches or 64 MB of text waiting for the worker (a slow disk), this thread
// waits for the oldest batch instead of reading more: that bounds memory whatever the files.
const BATCH_FILES = 32;
const BATCH_BYTES = 4 << 20;
const WRITES_AHEAD = 8;
// Reads asked of the worker ahead of the batch being cleaned.
const READS_AHEAD = 2;
const MAX_BYTES_AHEAD = 64 << 20;

// Cleaned files, their outputs not sent to the worker yet.
interface CleanedFiles {
  readonly inputs: readonly InputFile[];
  readonly results: readonly FileResult[];
  /** Per result: the index of its output among `outputs`, or -1 for a result not written. */
  readonly writes: readonly number[];
  readonly outputs: readonly OutputFile[];
  /** The bytes of the texts its results hold (UTF-16), until they are handed on. */
  readonly bytes: number;
}

// A cleaned batch waiting for its outputs to be written: per output, null or why it failed.
interface CleanedBatch extends Omit<CleanedFiles, 'outputs'> {
  readonly written: Settling<(string | null)[]>;
}

function cleanRead(input: InputFile, outcome: ReadOutcome, options: FileOptions): FileResult {
  if ('decoded' in outcome) return cleanDecoded(input.path, outcome.decoded, options);
  return 'bytes' in outcome ? cleanBytes(input.path, outcome.bytes, options) : readFailure(input.path, thrownBy(outcome.error));
}

// Cleans `inputs`, read as `outcomes`. A result whose text goes to an output leaves its texts out
// at once when the caller needs none (`withoutTexts`): held until its write is done, they were most
// of what the young generation had to copy at each scavenge.
function cleanFiles(inputs: readonly InputFile[], outcomes: readonly ReadOutcome[], options: FileOptions, withoutTexts: boolean): CleanedFiles {
  const results: FileResult[] = [];
  const writes: number[] = [];
  const outputs: OutputFile[] = [];
  let bytes = 0;
  for (let offset = 0; offset < outcomes.length; offset++) {
    const input = inputs[offset] as InputFile;
    const result = cleanRead(input, outcomes[offset] as ReadOutcome, options);
    const write = result.ok && input.output !== undefined ? outputs.push({ target: input.output, text: result.text }) - 1 : -1;
    const kept = withoutTexts && write !== -1 ? textsLeftOut(result) : result;
    results.push(kept);
    bytes += textBytesOf(kept);
    writes.push(write);
  }
  return { inputs, results, writes, outputs, bytes };
}

// The outputs go to the worker, which has its own copy of them: the batch no longer holds them.
const sendOutputs = (files: FileThread, { inputs, results, writes, outputs, bytes }: CleanedFiles): CleanedBatch => ({
  inputs,
  results,
  writes,
  bytes,
  written: settling(files.write(outputs)),
});

const pathsFrom = (inputs: InputWindow, from: number): string[] => inputs.peek(from, from + BATCH_FILES).map((input) => input.path);

// The next batch's read, asked of the file worker (null if the worker failed).
interface ReadAhead {
  readonly from: number;
  readonly outcomes: Promise<ReadOutcome[] | null>;
}

function readAhead(files: FileThread, inputs: InputWindow, from: number, maxBytes: number, encoding: string | undefined): ReadAhead {
  return { from, outcomes: files.read(pathsFrom(inputs, from), maxBytes, BATCH_BYTES, encoding) };
}

// A written file's result as cleanPath gives it (without its texts when the caller needs none: left out already).
function* finishBatch(batch: CleanedBatch, failures: readonly (string | null)[]): Generator<{ input: InputFile; result: FileResult }> {
  for (let position = 0; position < batch.results.length; position++) {
    const input = batch.inputs[position] as InputFile;
    const result = batch.results[position] as FileResult;
    const write = batch.writes[position] as number;
    if (write === -1 || !result.ok) {
      yield { input, result };
      continue;
    }
    const failure = failures[write] ?? null;
    if (failure !== null) yield { input, result: writeFailure(input.path, failure) };
    else yield { input, result };
  }
}


/** Cleans `inputs` here while a worker writes their outputs and reads ahead; yields in input order. */
export async function* cleanWithFileThread(inputs: InputWindow, options: FileOptions, withoutTexts: boolean): AsyncGenerator<{ input: InputFile; result: FileResult }> {
  const files = await startFileThread();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const cleaned: CleanedBatch[] = [];
  // The batch cleaned last, its outputs not sent yet (see below).
  let unsent: CleanedFiles | null = null;
  let bytesAhead = 0;
  // The reads asked of the worker, for the batches after this one, in order.
  let aheads: ReadAhead[] = [];
  const isDue = (head: CleanedBatch): boolean => head.written.value !== null || cleaned.length > WRITES_AHEAD || bytesAhead > MAX_BYTES_AHEAD;
  const sendUnsent = (): void => {
    if (unsent !== null) cleaned.push(sendOutputs(files, unsent));
    unsent = null;
  };
  try {
    // The batch at `cursor` and the ones to read ahead are looked at before each turn.
    for (let cursor = 0; await inputs.holds(cursor, BATCH_FILES * (READS_AHEAD + 1)); ) {
      // A read asked of the worker is waited for: it went out ahead of any write still to do (see
      // below), so it waits for nothing but itself, which reading the files again here would not
      // shorten (and the worker's read would be work thrown away).
      const ahead = aheads[0]?.from === cursor ? aheads.shift() : undefined;
      if (ahead === undefined) aheads = [];
      const outcomes: ReadOutcome[] = (ahead === undefined ? null : await ahead.outcomes) ?? readFiles(pathsFrom(inputs, cursor), maxBytes, BATCH_BYTES);
      const next = cursor + outcomes.length;
      // The worker reads (and decodes) the next batches while this one is cleaned when its writes
      // keep up, all but the last batch's done (new files: it is idle about half the time). Two
      // batches ahead, so that a read late by a moment (the worker waited for a core) does not
      // keep this thread waiting. Behind a backlog of writes (outputs renamed over old ones, which
      // ext4 flushes first) this thread reads itself. So it does behind one write that is merely
      // late: 20 to 35 of the 313 batches of 10,000 new files on tmpfs. Asking the worker behind
      // one write cut that to 5 to 15 batches, for the same wall time (0.996x, 20 alternated pairs).
      let from = aheads.length === 0 ? next : (aheads[aheads.length - 1] as ReadAhead).from + BATCH_FILES;
      // A worker still loading (48 to 83 ms from its start in 10,000-file runs on two cores, this
      // thread cleaning meanwhile) is not asked: this thread reads the first batches.
      while (aheads.length < READS_AHEAD && from < inputs.found && files.isReady && files.writesPending === 0) {
        aheads.push(readAhead(files, inputs, from, maxBytes, options.encoding));
        from += BATCH_FILES;
      }
      // The outputs of the batch before go after that read: the worker answers in order, and this
      // thread needs the read next, the write only later.
      sendUnsent();
      const batch = cleanFiles(inputs.take(cursor, next), outcomes, options, withoutTexts);
      cursor = next;
      bytesAhead += batch.bytes;
      unsent = batch;
      await nextTurn();
      for (let head = cleaned[0]; head !== undefined && isDue(head); head = cleaned[0]) {
        cleaned.shift();
        bytesAhead -= head.bytes;
        yield* finishBatch(head, await head.written.promise);
      }
    }
    sendUnsent();
    for (const batch of cleaned) yield* finishBatch(batch, await batch.written.promise);
  } finally {
    await files.close();
  }
}
