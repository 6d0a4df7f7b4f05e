/**
 * A run on two threads that writes its outputs: this thread reads and cleans every file, and a
 * write worker (write-thread.ts) writes the cleaned texts behind it. Results come in input order,
 * each once its output is written.
 */
import { writeFailure, type FileOptions, type FileResult } from './clean-file.js';
import { cleanPath } from './clean-path.js';
import type { InputFile } from './process-files.js';
import { startWriteThread, type OutputFile, type WriteThread } from './write-thread.js';

// A batch amortizes the messages. Past eight batches waiting for the worker (a slow disk), this
// thread waits for the oldest one instead of reading more: that bounds the texts held in memory.
const BATCH_FILES = 32;
const WRITES_AHEAD = 8;

// A cleaned batch waiting for its outputs to be written; `failures` is read without waiting once they are.
interface CleanedBatch {
  readonly inputs: readonly InputFile[];
  readonly results: readonly FileResult[];
  /** Per result: the index of its output among the batch's outputs, or -1 for a result not written. */
  readonly writes: readonly number[];
  readonly written: Promise<(string | null)[]>;
  failures: (string | null)[] | null;
}

function cleanBatch(writer: WriteThread, inputs: readonly InputFile[], options: FileOptions): CleanedBatch {
  const results: FileResult[] = [];
  const writes: number[] = [];
  const outputs: OutputFile[] = [];
  for (const input of inputs) {
    const result = cleanPath(input.path, options);
    results.push(result);
    writes.push(result.ok && input.output !== undefined ? outputs.push({ target: input.output, text: result.text }) - 1 : -1);
  }
  const batch: CleanedBatch = { inputs, results, writes, written: writer.write(outputs), failures: null };
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
  try {
    for (let cursor = 0; cursor < inputs.length; cursor += BATCH_FILES) {
      cleaned.push(cleanBatch(writer, inputs.slice(cursor, cursor + BATCH_FILES), options));
      await nextTurn();
      while (cleaned[0]?.failures != null || cleaned.length > WRITES_AHEAD) {
        const done = cleaned.shift() as CleanedBatch;
        yield* finishBatch(done, await done.written, withoutTexts);
      }
    }
    for (const batch of cleaned) yield* finishBatch(batch, await batch.written, withoutTexts);
  } finally {
    await writer.close();
  }
}
