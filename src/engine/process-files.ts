/** Cleans a list of files and yields the results in input order, on all cores when it pays. */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { FileOptions, FileResult } from './clean-file.js';
import { cleanPath } from './clean-path.js';
import { DEFAULT_MAX_BYTES } from '../io/read-input.js';
import { createWorkerPool, type CleanedBatch } from './worker-pool.js';
import { nextTurn, settling, type Settling } from './settling.js';
import { cleanBatchHere, finishBatch, sendBatch, type SentBatch } from './worker-batches.js';
import { cleanWithFileThread } from './clean-with-file-thread.js';
import { InputWindow, type InputSource } from './input-window.js';

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
  /** Threads that clean, this one included (the others are workers); default: the cores available. 1 cleans in this thread alone. */
  readonly jobs?: number;
  /**
   * Leave the texts out of the results (`text` and `original` are then empty): a run that only
   * writes files, or lists the files that would change (--check), and counts cuts need not make
   * every cleaned text nor copy it back from the workers.
   */
  readonly withoutTexts?: boolean;
}

// Starting a worker costs a few tens of milliseconds: a run pays for workers only when it has at
// least this many files, or a few files that add up to this many bytes.
const MIN_FILES_FOR_WORKERS = 64;
const MIN_BYTES_FOR_WORKERS = 8 << 20;
// Batches in line keep every thread busy: one per cleaning thread always, up to four per thread
// while the bytes they hold stay under 64 MB. That bounds memory whatever the number or the size
// of the files.
const MAX_BATCH_FILES = 32;
const BATCHES_AHEAD_PER_THREAD = 4;
const MAX_BYTES_AHEAD = 64 << 20;

// How many files are looked at before the work is spread: enough to know whether a run has the
// files to pay for workers, and what size of batch spreads them evenly (see onWorkers), as if the
// whole list were known. A larger run is cleaned as its files are found.
const lookahead = (jobs: number): number => Math.max(MIN_FILES_FOR_WORKERS, MAX_BATCH_FILES * jobs * 8);

// The files looked at so far: all of them when the run has no more.
const lookedAt = (inputs: InputWindow): readonly InputFile[] => inputs.peek(0, inputs.found);

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

/** How many threads should clean (this one and workers): 0 means this thread alone. */
function cleaningThreads(inputs: InputWindow, options: FileOptions, jobs: number): number {
  const threads = inputs.ended ? Math.min(jobs, inputs.found) : jobs;
  if (threads < 2 || options.source === undefined) return 0;
  if (inputs.found >= MIN_FILES_FOR_WORKERS) return threads;
  return totalBytes(lookedAt(inputs)) >= MIN_BYTES_FOR_WORKERS ? threads : 0;
}

// Files up to this size, on average, take about as long to write atomically as to clean (a 3 KB
// article: some 60-100 us each); larger ones are mostly cleaning, which two engines share better.
const MAX_AVERAGE_BYTES_FOR_WRITER = 64 << 10;
// The size of a run's files is judged from a few of them, spread over the files looked at: a stat
// of each of 10,000 files would cost more than the choice is worth.
const SIZE_SAMPLES = 16;

function averageSampledBytes(inputs: readonly InputFile[]): number {
  let bytes = 0;
  let sampled = 0;
  const step = Math.max(1, Math.floor(inputs.length / SIZE_SAMPLES));
  for (let index = 0; index < inputs.length && sampled < SIZE_SAMPLES; index += step) {
    try {
      bytes += statSync((inputs[index] as InputFile).path).size;
      sampled++;
    } catch {
      // An unreadable file is reported when it is cleaned.
    }
  }
  return sampled === 0 ? 0 : bytes / sampled;
}

/**
 * Whether a run on two threads should read and clean in this one and leave the writes to a worker
 * (see file-thread.ts): when it writes outputs for many small files. A second engine would cost
 * its warm-up (about 0.5 s of CPU), while writing thousands of small files atomically (a new file
 * and a rename each) is about as much work as reading and cleaning them; larger files, or a few,
 * are better cleaned by two engines.
 */
function writesManySmallOutputs(window: InputWindow): boolean {
  const inputs = lookedAt(window);
  if (inputs.length < MIN_FILES_FOR_WORKERS || !inputs.some((input) => input.output !== undefined)) return false;
  return averageSampledBytes(inputs) <= MAX_AVERAGE_BYTES_FOR_WRITER;
}

async function* inThread(inputs: InputWindow, options: FileOptions, withoutTexts: boolean): AsyncGenerator<{ input: InputFile; result: FileResult }> {
  for (let place = 0; await inputs.holds(place, 1); place++) {
    const input = inputs.take(place, place + 1)[0] as InputFile;
    yield { input, result: cleanPath(input.path, options, input.output, withoutTexts) };
  }
}

// A batch in line for its results, and its answer once there is one (read without waiting).
interface QueuedBatch {
  readonly batch: SentBatch;
  readonly cleaned: Settling<CleanedBatch>;
}

/**
 * `threads` clean: this one and `threads - 1` workers. This thread would otherwise only wait, and
 * every thread that cleans loads the engine and warms it up (about 0.4 s of CPU over its first
 * 5,000 files), so one engine fewer is loaded: on 10,000 files the run's peak memory went from
 * about 138 to 124 MB. The workers get batches while they have room; this thread cleans the next
 * batch itself whenever the batch at the head of the line is not back yet.
 */
async function* onWorkers(inputs: InputWindow, options: FileOptions, threads: number, withoutTexts: boolean): AsyncGenerator<{ input: InputFile; result: FileResult }> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const pool = await createWorkerPool(threads - 1, { options: options.source ?? {}, encoding: options.encoding, maxBytes, withoutTexts });
  // The files looked ahead at (see lookahead) are all there are, or enough for the largest batch.
  const maxFiles = Math.max(1, Math.min(MAX_BATCH_FILES, Math.ceil(inputs.found / (threads * 8))));
  const queue: QueuedBatch[] = [];
  let bytesAhead = 0;
  let cursor = 0;
  const mayReadAhead = (): boolean =>
    queue.length < threads || (queue.length < threads * BATCHES_AHEAD_PER_THREAD && bytesAhead < MAX_BYTES_AHEAD);
  // Whether files are left from `cursor` on, a whole batch of them looked ahead at if there are.
  const hasMore = (): Promise<boolean> => inputs.holds(cursor, maxFiles);
  const enqueue = (batch: SentBatch): void => {
    cursor += batch.inputs.length;
    bytesAhead += batch.bytes;
    queue.push({ batch, cleaned: settling(batch.cleaned) });
  };
  try {
    while ((await hasMore()) || queue.length > 0) {
      while (pool.hasRoom() && mayReadAhead() && (await hasMore())) enqueue(sendBatch(pool, inputs.take(cursor, cursor + maxFiles), maxBytes, withoutTexts));
      const head = queue[0];
      if (head !== undefined && head.cleaned.value !== null) {
        queue.shift();
        bytesAhead -= head.batch.bytes;
        yield* finishBatch(head.batch, head.cleaned.value);
      } else if (cursor < inputs.found && mayReadAhead()) {
        enqueue(cleanBatchHere(inputs.take(cursor, cursor + maxFiles), options, withoutTexts));
        await nextTurn();
      } else {
        await head?.batch.cleaned;
      }
    }
  } finally {
    await pool.close();
  }
}

/**
 * Yields one result per input, in the order of `inputs`, whatever order the work finishes in.
 * Many files (or a few large ones) are cleaned by `jobs` threads, this one and `jobs - 1` workers
 * (default: the cores available); a handful of small files is cleaned in this thread alone, which
 * starts faster. `source` may be a list, or files as they are found (an async iterable of files
 * or of runs of files, as a folder walk gives them): they are taken a window at a time, never all
 * held.
 */
export async function* processFiles(
  source: InputSource,
  options: FileOptions,
  { jobs = availableParallelism(), withoutTexts = false }: ProcessOptions = {},
): AsyncGenerator<{ input: InputFile; result: FileResult }> {
  const inputs = new InputWindow(source);
  await inputs.fill(lookahead(jobs));
  const threads = cleaningThreads(inputs, options, jobs);
  if (threads === 0) yield* inThread(inputs, options, withoutTexts);
  else if (threads === 2 && writesManySmallOutputs(inputs)) yield* cleanWithFileThread(inputs, options, withoutTexts);
  else yield* onWorkers(inputs, options, threads, withoutTexts);
}
