/** Cleans a list of files and yields the results in input order, on all cores when it pays. */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { FileOptions, FileResult } from './clean-file.js';
import { cleanPath } from './clean-path.js';
import { DEFAULT_MAX_BYTES } from '../io/read-input.js';
import { createWorkerPool } from './worker-pool.js';
import { finishBatch, sendBatch, type SentBatch } from './worker-batches.js';

/** A file to clean, and the folder it was found under (for mirroring into an output folder). */
export interface InputFile {
  readonly path: string;
  /** The input root it was found under; its path relative to the root is mirrored. */
  readonly root: string | null;
  /** Where to write the cleaned text (atomically), if anywhere; written where it is cleaned. */
  readonly output?: string;
}

/** How to spread the work. */
export interface ProcessOptions {
  /** Worker threads to use; default: the cores available. 1 cleans in this thread. */
  readonly jobs?: number;
  /**
   * Leave the texts out of the results of files written to their `output` (`text` and `original`
   * are then empty): a run that only writes files and counts cuts need not copy every text back
   * from the workers.
   */
  readonly withoutTexts?: boolean;
}

// Starting a worker costs a few tens of milliseconds: a run pays for workers only when it has at
// least this many files, or a few files that add up to this many bytes.
const MIN_FILES_FOR_WORKERS = 64;
const MIN_BYTES_FOR_WORKERS = 8 << 20;
// Reading ahead keeps the workers busy while this thread writes: one batch per worker always, up
// to four per worker while the bytes read ahead stay under 64 MB. That bounds memory whatever the
// number or the size of the files.
const MAX_BATCH_FILES = 32;
const BATCHES_AHEAD_PER_WORKER = 4;
const MAX_BYTES_AHEAD = 64 << 20;

function totalBytes(inputs: readonly InputFile[]): number {
  let bytes = 0;
  for (const input of inputs) {
    try {
      bytes += statSync(input.path).size;
    } catch {
      // An unreadable file is reported when it is cleaned.
    }
  }
  return bytes;
}

/** How many workers a run should use: 0 means clean in this thread. */
export function workerCount(inputs: readonly InputFile[], options: FileOptions, jobs: number): number {
  const workers = Math.min(jobs, inputs.length);
  if (workers < 2 || options.source === undefined) return 0;
  if (inputs.length >= MIN_FILES_FOR_WORKERS) return workers;
  return totalBytes(inputs) >= MIN_BYTES_FOR_WORKERS ? workers : 0;
}

function* inThread(inputs: readonly InputFile[], options: FileOptions, withoutTexts: boolean): Generator<{ input: InputFile; result: FileResult }> {
  for (const input of inputs) yield { input, result: cleanPath(input.path, options, input.output, withoutTexts) };
}

async function* onWorkers(inputs: readonly InputFile[], options: FileOptions, workers: number, withoutTexts: boolean): AsyncGenerator<{ input: InputFile; result: FileResult }> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const pool = await createWorkerPool(workers, { options: options.source ?? {}, encoding: options.encoding, maxBytes, withoutTexts });
  const maxFiles = Math.max(1, Math.min(MAX_BATCH_FILES, Math.ceil(inputs.length / (workers * 8))));
  const queue: SentBatch[] = [];
  let bytesAhead = 0;
  let cursor = 0;
  const mayReadAhead = (): boolean =>
    queue.length < workers || (queue.length < workers * BATCHES_AHEAD_PER_WORKER && bytesAhead < MAX_BYTES_AHEAD);
  try {
    while (cursor < inputs.length || queue.length > 0) {
      while (cursor < inputs.length && mayReadAhead()) {
        const batch = sendBatch(pool, inputs, cursor, maxFiles, maxBytes, withoutTexts);
        cursor += batch.inputs.length;
        bytesAhead += batch.bytes;
        queue.push(batch);
      }
      const batch = queue.shift() as SentBatch;
      const cleaned = await batch.cleaned;
      bytesAhead -= batch.bytes;
      yield* finishBatch(batch, cleaned);
    }
  } finally {
    await pool.close();
  }
}

/**
 * Yields one result per input, in the order of `inputs`, whatever order the work finishes in.
 * Many files (or a few large ones) are cleaned on worker threads, `jobs` of them (default: the
 * cores available); a handful of small files is cleaned in this thread, which starts faster.
 */
export async function* processFiles(
  inputs: readonly InputFile[],
  options: FileOptions,
  { jobs = availableParallelism(), withoutTexts = false }: ProcessOptions = {},
): AsyncGenerator<{ input: InputFile; result: FileResult }> {
  const workers = workerCount(inputs, options, jobs);
  if (workers === 0) yield* inThread(inputs, options, withoutTexts);
  else yield* onWorkers(inputs, options, workers, withoutTexts);
}
