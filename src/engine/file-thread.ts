/**
 * A worker thread that writes cleaned texts to their outputs, and reads the next files, while this
 * thread cleans. Writing a small file atomically (a new file, then a rename) costs about as much
 * as reading and cleaning it, mostly in the kernel: on two cores the file work overlaps the
 * cleaning, with one engine warmed up instead of two.
 */
import type { Worker } from 'node:worker_threads';
import type { ReadOutcome } from './read-files.js';
import { YOUNG_GENERATION_MB, workerFailure } from './thread-pool.js';

/** A cleaned text and where to write it. */
export interface OutputFile {
  readonly target: string;
  readonly text: string;
}

/** A request to the file worker; requests are answered in the order they are sent. */
export type FileRequest =
  | { readonly kind: 'write'; readonly outputs: readonly OutputFile[] }
  | { readonly kind: 'read'; readonly paths: readonly string[]; readonly maxBytes: number; readonly byteBudget: number; readonly encoding: string | undefined };

/**
 * Per output, in order: null, or why it could not be written; or the outcomes of a read. The worker
 * also says once, unasked, that it is ready: it has loaded and takes requests at once.
 */
export type FileReply =
  | { readonly kind: 'write'; readonly failures: (string | null)[] }
  | { readonly kind: 'read'; readonly outcomes: ReadOutcome[] }
  | { readonly kind: 'ready' };

/** Reads and writes files on a worker thread. */
export interface FileThread {
  /** Writes each output atomically; never rejects (a failed worker fails each output). */
  write(outputs: readonly OutputFile[]): Promise<(string | null)[]>;
  /**
   * Reads files as readFiles does and decodes them as decodeOutcomes does (with `encoding`, when
   * the user named one); null when the worker failed (the caller then reads them itself).
   */
  read(paths: readonly string[], maxBytes: number, byteBudget: number, encoding: string | undefined): Promise<ReadOutcome[] | null>;
  /** Writes sent and not done yet. */
  readonly writesPending: number;
  /** Whether the worker has loaded: before that, a read asked of it waits for its start-up. */
  readonly isReady: boolean;
  close(): Promise<void>;
}

// The file worker, bundled by npm run build; found two folders up from this module, as in worker-pool.ts.
const fileWorkerScript = new URL('../../dist/engine/file-worker-bundle.js', import.meta.url);

interface Pending {
  readonly kind: FileRequest['kind'];
  readonly answer: (reply: FileReply) => void;
  readonly fail: (reason: string) => void;
}

function failures(outputs: readonly OutputFile[], reason: string): (string | null)[] {
  return outputs.map(({ target }) => `cannot write ${target}: ${reason}`);
}

/** Starts the file worker. */
export async function startFileThread(): Promise<FileThread> {
  const { Worker } = await import('node:worker_threads');
  const worker: Worker = new Worker(fileWorkerScript, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  const pending: Pending[] = [];
  let brokenBy: string | null = null;
  let isReady = false;
  // Replies come in order, so the last request answered means every request is done.
  let lastRequest: Promise<unknown> = Promise.resolve();
  worker.on('message', (reply: FileReply) => {
    if (reply.kind === 'ready') isReady = true;
    else pending.shift()?.answer(reply);
  });
  worker.on('error', (error) => {
    brokenBy = workerFailure(error);
    for (const { fail } of pending.splice(0)) fail(brokenBy);
  });
  // One message a request. Sending a turn's read and write as one message halved the messages of
  // a 10,000-file run but not this thread's time in postMessage (about 60 ms either way, medians of
  // four runs; most of it posting a read to an idle worker): what costs is waking the worker.
  function send<T>(request: FileRequest, answer: (reply: FileReply) => T, fail: (reason: string) => T): Promise<T> {
    const answered = new Promise<T>((resolve) => {
      if (brokenBy !== null) return resolve(fail(brokenBy));
      pending.push({ kind: request.kind, answer: (reply) => resolve(answer(reply)), fail: (reason) => resolve(fail(reason)) });
      worker.postMessage(request);
    });
    lastRequest = answered;
    return answered;
  }
  return {
    write: (outputs) =>
      send({ kind: 'write', outputs }, (reply) => (reply.kind === 'write' ? reply.failures : []), (reason) => failures(outputs, reason)),
    read: (paths, maxBytes, byteBudget, encoding) =>
      send({ kind: 'read', paths, maxBytes, byteBudget, encoding }, (reply) => (reply.kind === 'read' ? reply.outcomes : null), () => null),
    get writesPending() {
      return pending.filter(({ kind }) => kind === 'write').length;
    },
    get isReady() {
      return isReady;
    },
    // Requests already sent are done before the worker goes: a run stopped early (a consumer that
    // stops reading) must not leave a temporary file half written.
    close: async () => {
      await lastRequest;
      await worker.terminate();
    },
  };
}
