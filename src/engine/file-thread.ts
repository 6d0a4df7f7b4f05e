/**
 * A worker thread that does the file-system work of a run while this thread cleans: it reads
 * batches of inputs (their bytes move here without copies) and writes the cleaned texts to their
 * outputs, atomically. On two cores this splits a run of many small files into two halves of
 * about the same size, cleaning and file-system calls, with one engine warmed up instead of two.
 */
import type { Worker } from 'node:worker_threads';
import type { FileResult } from './clean-file.js';

/** What the file worker is started with. */
export interface FileWorkerSettings {
  /** The inputs, in order: the worker reads them batch after batch. */
  readonly paths: readonly string[];
  /** The size limit of an input. */
  readonly maxBytes: number;
}

/** A cleaned text and where to write it. */
export interface OutputFile {
  readonly target: string;
  readonly text: string;
}

/**
 * A request to the file worker, answered in order. A read takes the next inputs of the list, up to
 * `files` of them and no more than `bytes` unless one file is larger; past the end it reads none.
 */
export type FileRequest =
  | { readonly kind: 'read'; readonly files: number; readonly bytes: number }
  | { readonly kind: 'write'; readonly outputs: readonly OutputFile[] };

/** The file worker's answer: per path, its bytes or its error result; per output, null or why the write failed. */
export type FileReply = { readonly kind: 'read'; readonly contents: (Uint8Array | FileResult)[] } | { readonly kind: 'written'; readonly failures: (string | null)[] };

/** Reads and writes files on a worker thread; never rejects (a failed worker fails each file). */
export interface FileThread {
  /**
   * The next inputs (up to `files`, and `bytes` unless one file is larger), in order: each file's
   * bytes, or the error result of a file that could not be read. None once all were read.
   */
  read(files: number, bytes: number): Promise<(Uint8Array | FileResult)[]>;
  /** Writes each output atomically; per output, in order: null, or why it could not be written. */
  write(outputs: readonly OutputFile[]): Promise<(string | null)[]>;
  close(): Promise<void>;
}

// The file worker, bundled by npm run build; found two folders up from this module, as in worker-pool.ts.
const fileWorkerScript = new URL('../../dist/engine/file-worker-bundle.js', import.meta.url);
// The worker keeps no object longer than a batch: a small young generation is enough.
const YOUNG_GENERATION_MB = 4;

interface Pending {
  readonly request: FileRequest;
  readonly answer: (reply: FileReply) => void;
}

function failedWrite(outputs: readonly OutputFile[], reason: string): FileReply {
  return { kind: 'written', failures: outputs.map(({ target }) => `cannot write ${target}: ${reason}`) };
}

/** Starts the file worker. */
export async function startFileThread(settings: FileWorkerSettings): Promise<FileThread> {
  const { Worker } = await import('node:worker_threads');
  const worker: Worker = new Worker(fileWorkerScript, { workerData: settings, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  const pending: Pending[] = [];
  // Inputs handed out so far: once the worker fails, the next read fails all the others.
  let delivered = 0;
  let brokenBy: string | null = null;
  const failed = (request: FileRequest, reason: string): FileReply => {
    if (request.kind === 'write') return failedWrite(request.outputs, reason);
    const unread = settings.paths.slice(delivered);
    return { kind: 'read', contents: unread.map((path) => ({ path, ok: false, error: reason, code: 'internal' as const })) };
  };
  const answer = ({ answer }: Pending, reply: FileReply): void => {
    if (reply.kind === 'read') delivered += reply.contents.length;
    answer(reply);
  };
  worker.on('message', (reply: FileReply) => {
    const first = pending.shift();
    if (first !== undefined) answer(first, reply);
  });
  worker.on('error', (error) => {
    brokenBy = `worker failed: ${error instanceof Error ? error.message : String(error)}`;
    for (const waiting of pending.splice(0)) answer(waiting, failed(waiting.request, brokenBy));
  });
  const send = (request: FileRequest): Promise<FileReply> =>
    new Promise((resolve) => {
      const waiting = { request, answer: resolve };
      if (brokenBy !== null) return answer(waiting, failed(request, brokenBy));
      pending.push(waiting);
      worker.postMessage(request);
    });
  return {
    read: async (files, bytes) => ((await send({ kind: 'read', files, bytes })) as FileReply & { kind: 'read' }).contents,
    write: async (outputs) => ((await send({ kind: 'write', outputs })) as FileReply & { kind: 'written' }).failures,
    close: async () => {
      await worker.terminate();
    },
  };
}
