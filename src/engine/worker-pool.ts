/**
 * A small pool of worker threads that clean batches of files. A file bound for an output folder
 * whose text the caller does not need is read, cleaned and written by the worker itself, which
 * spreads the file-system work over the cores; any other file is read by the caller, its bytes
 * move between threads without copies, and the caller writes the result (see thread-pool.ts for
 * how batches are queued).
 */
import type { FileResult } from './clean-file.js';
import type { CleanOptions } from './options.js';
import { startThreadPool, workerFailure } from './thread-pool.js';

/** A batch sent to a worker (a worker answers its batches in the order it gets them). */
export interface BatchRequest {
  readonly files: readonly FileTask[];
}

/**
 * One file of a batch. Either this thread read it (its bytes go along, and the worker may encode
 * the output for this thread to write), or the worker does all of it: reads `path`, cleans it,
 * writes `output` itself if there is one, and returns the result without texts.
 */
export type FileTask = SentFileTask | WorkerFileTask;

/** A file read by this thread: its path (for messages), its bytes, and whether to encode its output. */
export interface SentFileTask {
  readonly path: string;
  /** Transferred to the worker: unusable here afterwards. */
  readonly bytes: Uint8Array;
  /** Return the cleaned text encoded as UTF-8, ready to write. */
  readonly encodeOutput: boolean;
}

/** A file the worker reads and cleans on its own, and writes to `output` when there is one (not for --check). */
export interface WorkerFileTask {
  readonly path: string;
  readonly output?: string;
}

/** What a worker returns for a batch: one result per file, in order, and the encoded outputs. */
export interface CleanedBatch {
  readonly results: FileResult[];
  /** The cleaned text in UTF-8 where `encodeOutput` asked for it (and the file was cleaned), else null. */
  readonly outputs: (Uint8Array | null)[];
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

// Workers run the compiled engine: clean-worker.js bundled by npm run build into one file that
// loads fast, found two folders up from this module wherever it runs from: dist/engine/ (the
// library), dist/cli/ (the CLI bundle) or src/engine/ (tests).
const workerScript = new URL('../../dist/engine/worker-bundle.js', import.meta.url);

function failedBatch(files: readonly FileTask[], error: unknown): CleanedBatch {
  const reason = workerFailure(error);
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
  const pool = await startThreadPool<BatchRequest, CleanedBatch>(size, {
    script: workerScript,
    workerData: settings,
    transferOf: (request) => request.files.flatMap((file) => ('bytes' in file ? [file.bytes.buffer as ArrayBuffer] : [])),
    failed: (request, error) => failedBatch(request.files, error),
  });
  return { clean: (files) => pool.run({ files }), hasRoom: pool.hasRoom, close: pool.close };
}
