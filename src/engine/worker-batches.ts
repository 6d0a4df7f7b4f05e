/** The batches of a run on workers: read and sent by this thread, cleaned there, written here. */
import { readFailure, textBytesOf, writeFailure, type FileOptions, type FileResult } from './clean-file.js';
import { cleanPath } from './clean-path.js';
import type { InputFile } from './process-files.js';
import { readInputFileSync } from '../io/read-input.js';
import type { CleanedBatch, FileTask, WorkerPool } from './worker-pool.js';
import { writeOutputFile } from './write-output.js';

// A batch amortizes the messages: up to the caller's number of files, and no more than 4 MB
// unless one file is larger.
const MAX_BATCH_BYTES = 4 << 20;

/** A batch on its way: its inputs, the files that could not be read, and the workers' answer. */
export interface SentBatch {
  readonly inputs: readonly InputFile[];
  /** Per input: the error of a file that could not be read (it is not sent), or null. */
  readonly readErrors: readonly (FileResult | null)[];
  readonly bytes: number;
  readonly cleaned: Promise<CleanedBatch>;
}

/**
 * Hands the first of `candidates` (up to the batch limits) to the pool. A file whose texts this
 * thread does not need (`withoutTexts`) goes as its path: the worker reads it (and writes its
 * output, if any), so the file-system work is spread over the cores. Any other file is read here
 * and goes as bytes; one that cannot be read is an error result right away.
 */
export function sendBatch(pool: WorkerPool, candidates: readonly InputFile[], maxBytes: number, withoutTexts: boolean): SentBatch {
  const tasks: FileTask[] = [];
  const readErrors: (FileResult | null)[] = [];
  let bytes = 0;
  let next = 0;
  while (next < candidates.length && bytes < MAX_BATCH_BYTES) {
    const input = candidates[next++] as InputFile;
    if (withoutTexts) {
      tasks.push(input.output === undefined ? { path: input.path } : { path: input.path, output: input.output });
      readErrors.push(null);
      continue;
    }
    try {
      const content = readInputFileSync(input.path, maxBytes);
      bytes += content.length;
      tasks.push({ path: input.path, bytes: content, encodeOutput: input.output !== undefined });
      readErrors.push(null);
    } catch (error) {
      readErrors.push(readFailure(input.path, error));
    }
  }
  return { inputs: candidates.slice(0, next), readErrors, bytes, cleaned: pool.clean(tasks) };
}

/**
 * Cleans `batchInputs` in this thread, as a batch whose answer is ready at once:
 * outputs are written by cleanPath, so none is left for finishBatch. Its `bytes` count the texts
 * its results hold (none when `withoutTexts` leaves them out), which bounds what waits in line.
 */
export function cleanBatchHere(batchInputs: readonly InputFile[], options: FileOptions, withoutTexts: boolean): SentBatch {
  const results = batchInputs.map((input) => cleanPath(input.path, options, input.output, withoutTexts));
  return {
    inputs: batchInputs,
    readErrors: batchInputs.map(() => null),
    bytes: results.reduce((sum, result) => sum + textBytesOf(result), 0),
    cleaned: Promise.resolve({ results, outputs: batchInputs.map(() => null) }),
  };
}

/** Writes the outputs of a cleaned batch, in order, and gives each input its result. */
export function* finishBatch(sent: SentBatch, { results, outputs }: CleanedBatch): Generator<{ input: InputFile; result: FileResult }> {
  let next = 0;
  for (let position = 0; position < sent.inputs.length; position++) {
    const input = sent.inputs[position] as InputFile;
    const readError = sent.readErrors[position];
    if (readError !== null && readError !== undefined) {
      yield { input, result: readError };
      continue;
    }
    const result = results[next] as FileResult;
    const output = outputs[next++] ?? null;
    const failure = output !== null && input.output !== undefined ? writeOutputFile(input.output, output) : null;
    yield { input, result: failure === null ? result : writeFailure(input.path, failure) };
  }
}
