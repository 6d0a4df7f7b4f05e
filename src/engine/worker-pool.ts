/**
 * A small pool of worker threads that clean batches of files. A file bound for an output folder
 * whose text the caller does not need is read, cleaned and written by the worker itself, which
 * spreads the file-system work over the cores; any other file is read by the caller, its bytes
 * move between threads without copies, and the caller writes the result. Each worker holds at
 * most two batches, so a slow file delays little besides its own batch; the caller bounds how
 * many batches are queued.
 */
import type { Worker } from 'node:worker_threads';
import type { FileResult } from './clean-file.js';
import type { CleanOptions } from './options.js';

/** A batch sent to a worker. */
export interface BatchRequest {
  readonly id: number;
  readonly files: readonly FileTask[];
}

/**
 * One file of a batch. Either this thread read it (its bytes go along, and the worker may encode
 * the output for this thread to write), or the worker does all of it: reads `path`, cleans it and
 * writes `output` itself, and returns the result without texts.
 */
export type FileTask = SentFileTask | WrittenFileTask;

/** A file read by this thread: its path (for messages), its bytes, and whether to encode its output. */
export interface SentFileTask {
  readonly path: string;
  /** Transferred to the worker: unusable here afterwards. */
  readonly bytes: Uint8Array;
  /** Return the cleaned text encoded as UTF-8, ready to write. */
  readonly encodeOutput: boolean;
}

/** A file the worker reads, cleans and writes to `output` on its own. */
export interface WrittenFileTask {
  readonly path: string;
  readonly output: string;
}

/** What a worker returns for a batch: one result per file, in order, and the encoded outputs. */
export interface CleanedBatch {
  readonly results: FileResult[];
  /** The cleaned text in UTF-8 where `encodeOutput` asked for it (and the file was cleaned), else null. */
  readonly outputs: (Uint8Array | null)[];
}

/** A worker's answer to a batch. */
export interface BatchReply extends CleanedBatch {
  readonly id: number;
}

/** Cleans batches on worker threads. */
export interface WorkerPool {
  /** Cleans the files; never rejects (a crashed worker gives an error result per file). */
  clean(files: readonly FileTask[]): Promise<CleanedBatch>;
  /** Whether a batch sent now would be taken by a worker at once rather than wait in line. */
  hasRoom(): boolean;
  /** Stops every worker. */
  close(): Promise<void>;
}

interface Task {
  readonly request: BatchRequest;
  readonly resolve: (batch: CleanedBatch) => void;
}

// Workers run the compiled engine: clean-worker.js bundled by npm run build into one file that
// loads fast, found two folders up from this module wherever it runs from: dist/engine/ (the
// library), dist/cli/ (the CLI bundle) or src/engine/ (tests).
const workerScript = new URL('../../dist/engine/worker-bundle.js', import.meta.url);

const BATCHES_PER_WORKER = 2;
// A worker's young generation would grow to V8's default of tens of megabytes; the objects of one
// article live for microseconds, so a small one costs no more collection time and keeps the run's
// peak memory down (10,000 files on two workers: about 155 MB peak by default, 138 MB with 4 MB).
// The file worker of a two-thread run (file-thread.ts) keeps nothing longer than a batch either.
export const YOUNG_GENERATION_MB = 4;

function failedBatch(files: readonly FileTask[], error: unknown): CleanedBatch {
  const reason = `worker failed: ${error instanceof Error ? error.message : String(error)}`;
  return { results: files.map(({ path }) => ({ path, ok: false, error: reason, code: 'internal' as const })), outputs: files.map(() => null) };
}

/** What every worker is started with: plain data (rules and lexicon are not cloneable). */
export interface WorkerSettings {
  /** The options, which each worker resolves itself. */
  readonly options: CleanOptions;
  /** Decode every input with this encoding instead of detecting it. */
  readonly encoding: string | undefined;
  /** The size limit of a file the worker reads itself. */
  readonly maxBytes: number;
  /** As in processFiles: leave the texts out of the results of files written to an output. */
  readonly withoutTexts: boolean;
}

/** Starts `size` workers with `settings`. */
export async function createWorkerPool(size: number, settings: WorkerSettings): Promise<WorkerPool> {
  // Loaded here, not at the top: a run that stays in one thread never pays for node:worker_threads.
  const { Worker } = await import('node:worker_threads');
  const queue: Task[] = [];
  // Each worker holds up to two batches, so it starts the next one without waiting for this
  // thread to hear about the last one.
  const inFlight = new Map<Worker, Task[]>();
  let nextId = 0;
  let brokenBy: unknown = null;

  const dispatch = (): void => {
    for (const [worker, tasks] of inFlight) {
      while (tasks.length < BATCHES_PER_WORKER && queue.length > 0) {
        const task = queue.shift() as Task;
        tasks.push(task);
        worker.postMessage(task.request, task.request.files.flatMap((file) => ('bytes' in file ? [file.bytes.buffer as ArrayBuffer] : [])));
      }
    }
  };
  const succeed = (worker: Worker, batch: CleanedBatch): void => {
    inFlight.get(worker)?.shift()?.resolve(batch);
    dispatch();
  };
  // A worker that dies fails its batches and is replaced; one that dies before any work (the
  // script cannot load, say) would die again, so the pool fails everything left instead.
  const fail = (worker: Worker, error: unknown): void => {
    const tasks = inFlight.get(worker) ?? [];
    inFlight.delete(worker);
    for (const task of tasks) task.resolve(failedBatch(task.request.files, error));
    if (tasks.length === 0) {
      brokenBy = error;
      for (const queued of queue.splice(0)) queued.resolve(failedBatch(queued.request.files, error));
      return;
    }
    start();
    dispatch();
  };
  const start = (): void => {
    const worker = new Worker(workerScript, { workerData: settings, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    worker.on('message', (reply: BatchReply) => succeed(worker, reply));
    worker.on('error', (error) => fail(worker, error));
    inFlight.set(worker, []);
  };
  for (let count = 0; count < size; count++) start();

  return {
    clean: (files) =>
      new Promise((resolve) => {
        if (brokenBy !== null) return resolve(failedBatch(files, brokenBy));
        queue.push({ request: { id: nextId++, files }, resolve });
        dispatch();
      }),
    hasRoom: () => queue.length === 0 && [...inFlight.values()].some((tasks) => tasks.length < BATCHES_PER_WORKER),
    close: async () => {
      await Promise.all([...inFlight.keys()].map((worker) => worker.terminate()));
    },
  };
}
