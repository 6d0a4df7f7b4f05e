/**
 * A small pool of worker threads that answer requests in order: the cleaning workers of a folder
 * run (worker-pool.ts) and of a JSON Lines run (cli/jsonl-workers.ts). Each worker holds at most
 * two requests, so it starts the next one without waiting for this thread to hear about the last
 * one, and a slow request delays little besides its own; the caller bounds how many are queued.
 */
import type { Worker } from 'node:worker_threads';

/** What a pool runs and how it fails. */
export interface ThreadPoolSpec<Request, Reply> {
  /** The worker script: a bundle made by npm run build. */
  readonly script: URL;
  /** What every worker is started with (plain data). */
  readonly workerData: unknown;
  /** The buffers a request moves to its worker without a copy (unusable here afterwards). */
  readonly transferOf: (request: Request) => ArrayBuffer[];
  /** The reply a request gets when its worker fails. */
  readonly failed: (request: Request, error: unknown) => Reply;
}

/** Requests answered on worker threads. */
export interface ThreadPool<Request, Reply> {
  /** Runs a request; never rejects (a crashed worker gives the spec's failed reply). */
  run(request: Request): Promise<Reply>;
  /** Whether a request sent now would be taken by a worker at once rather than wait in line. */
  hasRoom(): boolean;
  /** Stops every worker. */
  close(): Promise<void>;
}

interface Task<Request, Reply> {
  readonly request: Request;
  readonly resolve: (reply: Reply) => void;
}

const REQUESTS_PER_WORKER = 2;
// A worker's young generation would grow to V8's default of tens of megabytes; the objects of one
// article live for microseconds, so a small one costs no more collection time and keeps the run's
// peak memory down (10,000 files on two workers: about 155 MB peak by default, 138 MB with 4 MB).
// The file worker of a two-thread run (file-thread.ts) keeps nothing longer than a batch either.
export const YOUNG_GENERATION_MB = 4;

/** Why a worker's work failed, as its requests report it ("worker failed: ..."). */
export function workerFailure(error: unknown): string {
  return `worker failed: ${error instanceof Error ? error.message : String(error)}`;
}

/** Starts `size` workers. */
export async function startThreadPool<Request, Reply>(size: number, spec: ThreadPoolSpec<Request, Reply>): Promise<ThreadPool<Request, Reply>> {
  // Loaded here, not at the top: a run that stays in one thread never pays for node:worker_threads.
  const { Worker } = await import('node:worker_threads');
  const queue: Task<Request, Reply>[] = [];
  const inFlight = new Map<Worker, Task<Request, Reply>[]>();
  let brokenBy: unknown = null;

  const dispatch = (): void => {
    for (const [worker, tasks] of inFlight) {
      while (tasks.length < REQUESTS_PER_WORKER && queue.length > 0) {
        const task = queue.shift() as Task<Request, Reply>;
        tasks.push(task);
        worker.postMessage(task.request, spec.transferOf(task.request));
      }
    }
  };
  // A worker answers its requests in the order it got them.
  const succeed = (worker: Worker, reply: Reply): void => {
    inFlight.get(worker)?.shift()?.resolve(reply);
    dispatch();
  };
  // A worker that dies fails its requests and is replaced; one that dies before any work (the
  // script cannot load, say) would die again, so the pool fails everything left instead.
  const fail = (worker: Worker, error: unknown): void => {
    const tasks = inFlight.get(worker) ?? [];
    inFlight.delete(worker);
    for (const task of tasks) task.resolve(spec.failed(task.request, error));
    if (tasks.length === 0) {
      brokenBy = error;
      for (const queued of queue.splice(0)) queued.resolve(spec.failed(queued.request, error));
      return;
    }
    start();
    dispatch();
  };
  const start = (): void => {
    const worker = new Worker(spec.script, { workerData: spec.workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    worker.on('message', (reply: Reply) => succeed(worker, reply));
    worker.on('error', (error) => fail(worker, error));
    inFlight.set(worker, []);
  };
  for (let count = 0; count < size; count++) start();

  return {
    run: (request) =>
      new Promise((resolve) => {
        if (brokenBy !== null) return resolve(spec.failed(request, brokenBy));
        queue.push({ request, resolve });
        dispatch();
      }),
    hasRoom: () => queue.length === 0 && [...inFlight.values()].some((tasks) => tasks.length < REQUESTS_PER_WORKER),
    close: async () => {
      await Promise.all([...inFlight.keys()].map((worker) => worker.terminate()));
    },
  };
}
