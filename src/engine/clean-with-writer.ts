/**
 * A run on two threads that writes its outputs: this thread reads and cleans every file, and a
 * write worker (write-thread.ts) writes the cleaned texts behind it. Results come in input order,
 * each once its output is written.
 */
import { writeFailure, type FileOptions, type FileResult } from './clean-file.js';
import { cleanPath } from './clean-path.js';
import type { InputFile } from './process-files.js';
import { startWriteThread, type OutputFile, type WriteThread } from './write-thread.js';

// A batch amortizes the messages: up to 32 files, and no more than 4 MB of text unless one file is
// larger. Past eight batches or 64 MB of text waiting for the worker (a slow disk), this thread
// waits for the oldest batch instead of reading more: that bounds memory whatever the files.
const BATCH_FILES = 32;
const BATCH_BYTES = 4 << 20;
const WRITES_AHEAD = 8;
const MAX_BYTES_AHEAD = 64 << 20;

// A cleaned batch waiting for its outputs to be written; `failures` is read without waiting once they are.
interface CleanedBatch {
  readonly inputs: readonly InputFile[];
  readonly results: readonly FileResult[];
  /** Per result: the index of its output among the batch's outputs, or -1 for a result not written. */
  readonly writes: readonly number[];
  readonly written: Promise<(string | null)[]>;
  failures: (string | null)[] | null;
  /** The bytes of the texts its results hold (UTF-16), until they are handed on. */
  readonly bytes: number;
}

// Cleans the next files from `from`, up to the batch limits, and sends their outputs to the worker.
function cleanBatch(writer: WriteThread, inputs: readonly InputFile[], from: number, options: FileOptions): CleanedBatch {
  const results: FileResult[] = [];
  const writes: number[] = [];
  const outputs: OutputFile[] = [];
  let bytes = 0;
  let next = from;
  while (next < inputs.length && next - from < BATCH_FILES && bytes < BATCH_BYTES) {
    const input = inputs[next++] as InputFile;
    const result = cleanPath(input.path, options);
    results.push(result);
    if (result.ok) bytes += (result.original.length + result.text.length) * 2;
    writes.push(result.ok && input.output !== undefined ? outputs.push({ target: input.output, text: result.text }) - 1 : -1);
  }
  const batch: CleanedBatch = { inputs: inputs.slice(from, next), results, writes, written: writer.write(outputs), failures: null, bytes };
  void batch.written.then((failures) => {
    batch.failures = failures;
  });
  return batch;
}

// A written file's result as cleanPath gives it: without its texts when the caller needs none.
function* finishBatch(batch: CleanedBatch, failures: readonly (string | null)[], withoutTexts: boolean): Generator<{ input: InputFile; result: FileResult }> {
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
    else yield { input, result: withoutTexts ? { ...result, text: '', original: '' } : result };
  }
}

// Lets the worker's answers in between two batches.
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Reads and cleans `inputs` here while a worker writes their outputs; yields in input order. */
export async function* cleanWithWriter(inputs: readonly InputFile[], options: FileOptions, withoutTexts: boolean): AsyncGenerator<{ input: InputFile; result: FileResult }> {
  const writer = await startWriteThread();
  const cleaned: CleanedBatch[] = [];
  let bytesAhead = 0;
  const isDue = (head: CleanedBatch): boolean => head.failures !== null || cleaned.length > WRITES_AHEAD || bytesAhead > MAX_BYTES_AHEAD;
  try {
    for (let cursor = 0; cursor < inputs.length; ) {
      const batch = cleanBatch(writer, inputs, cursor, options);
      cursor += batch.inputs.length;
      bytesAhead += batch.bytes;
      cleaned.push(batch);
      await nextTurn();
      for (let head = cleaned[0]; head !== undefined && isDue(head); head = cleaned[0]) {
        cleaned.shift();
        bytesAhead -= head.bytes;
        yield* finishBatch(head, await head.written, withoutTexts);
      }
    }
    for (const batch of cleaned) yield* finishBatch(batch, await batch.written, withoutTexts);
  } finally {
    await writer.close();
  }
}
