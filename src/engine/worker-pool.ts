/**
 * A small pool of worker threads that clean batches of files. Each worker holds at most two
 * batches, so a slow file delays little besides its own batch; the caller bounds how many
 * batches are queued.
 */
import type { Worker } from 'node:worker_threads';
import type { FileResult } from './clean-file.js';
import type { CleanOptions } from './options.js';

/** A batch sent to a worker. */
export interface BatchRequest {
  readonly id: number;
  readonly files: readonly FileTask[];
}

/** One file of a batch: where to read it and where to write its cleaned text, if anywhere. */
export interface FileTask {
  readonly path: string;
  readonly output?: string | undefined;
}

/** A worker's answer: one result per path, in the same order. */
export interface BatchReply {
  readonly id: number;
  readonly results: FileResult[];
}

/** Cleans batches on worker threads. */
export interface WorkerPool {
  /** Cleans the files; never rejects (a crashed worker gives an error result per file). */
  clean(files: readonly FileTask[]): Promise<FileResult[]>;
  /** Stops every worker. */
  close(): Promise<void>;
}

interface Task {
  readonly request: BatchRequest;
  readonly resolve: (results: FileResult[]) => void;
}

// Workers run the compiled engine: clean-worker.js bundled by npm run build into one file that
// loads fast, found two folders up from this module wherever it runs from: dist/engine/ (the
// library), dist/cli/ (the CLI bundle) or src/engine/ (tests).
const workerScript = new URL('../../dist/engine/worker-bundle.js', import.meta.url);

const BATCHES_PER_WORKER = 2;

function failedResults(files: readonly FileTask[], error: unknown): FileResult[] {
  const reason = `worker failed: ${error instanceof Error ? error.message : String(error)}`;
  return files.map(({ path }) => ({ path, ok: false, error: reason }));
}

/**
 * Starts `size` workers that resolve `options` themselves (rules and lexicon are not cloneable);
 * `withoutTexts` as in processFiles.
 */
export async function createWorkerPool(size: number, options: CleanOptions, withoutTexts = false): Promise<WorkerPool> {
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
        worker.postMessage(task.request);
      }
    }
  };
  const succeed = (worker: Worker, results: FileResult[]): void => {
    inFlight.get(worker)?.shift()?.resolve(results);
    dispatch();
  };
  // A worker that dies fails its batches and is replaced; one that dies before any work (the
  // script cannot load, say) would die again, so the pool fails everything left instead.
  const fail = (worker: Worker, error: unknown): void => {
    const tasks = inFlight.get(worker) ?? [];
    inFlight.delete(worker);
    for (const task of tasks) task.resolve(failedResults(task.request.files, error));
    if (tasks.length === 0) {
      brokenBy = error;
      for (const queued of queue.splice(0)) queued.resolve(failedResults(queued.request.files, error));
      return;
    }
    start();
    dispatch();
  };
  const start = (): void => {
    const worker = new Worker(workerScript, { workerData: { options, withoutTexts } });
    worker.on('message', (reply: BatchReply) => succeed(worker, reply.results));
    worker.on('error', (error) => fail(worker, error));
    inFlight.set(worker, []);
  };
  for (let count = 0; count < size; count++) start();

  return {
    clean: (files) =>
      new Promise((resolve) => {
        if (brokenBy !== null) return resolve(failedResults(files, brokenBy));
        queue.push({ request: { id: nextId++, files }, resolve });
        dispatch();
      }),
    close: async () => {
      await Promise.all([...inFlight.keys()].map((worker) => worker.terminate()));
    },
  };
}
