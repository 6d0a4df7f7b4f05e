/**
 * A worker thread that writes cleaned texts to their outputs while this thread reads and cleans
 * the next files. Writing a small file atomically (a new file, then a rename over the old output)
 * costs about as much as reading and cleaning it, mostly in the kernel: on two cores the writes
 * overlap the cleaning, with one engine warmed up instead of two.
 */
import type { Worker } from 'node:worker_threads';

/** A cleaned text and where to write it. */
export interface OutputFile {
  readonly target: string;
  readonly text: string;
}

/** A batch of outputs for the write worker; requests are answered in the order they are sent. */
export interface WriteRequest {
  readonly outputs: readonly OutputFile[];
}

/** Per output, in order: null, or why it could not be written. */
export interface WriteReply {
  readonly failures: (string | null)[];
}

/** Writes outputs on a worker thread. */
export interface WriteThread {
  /** Writes each output atomically; never rejects (a failed worker fails each output). */
  write(outputs: readonly OutputFile[]): Promise<(string | null)[]>;
  close(): Promise<void>;
}

// The write worker, bundled by npm run build; found two folders up from this module, as in worker-pool.ts.
const writeWorkerScript = new URL('../../dist/engine/write-worker-bundle.js', import.meta.url);
// The worker keeps no object longer than a batch: a small young generation is enough.
const YOUNG_GENERATION_MB = 4;

interface Pending {
  readonly outputs: readonly OutputFile[];
  readonly answer: (failures: (string | null)[]) => void;
}

function failures(outputs: readonly OutputFile[], reason: string): (string | null)[] {
  return outputs.map(({ target }) => `cannot write ${target}: ${reason}`);
}

/** Starts the write worker. */
export async function startWriteThread(): Promise<WriteThread> {
  const { Worker } = await import('node:worker_threads');
  const worker: Worker = new Worker(writeWorkerScript, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  const pending: Pending[] = [];
  let brokenBy: string | null = null;
  // Replies come in order, so the last write answered means every write is done.
  let lastWrite: Promise<unknown> = Promise.resolve();
  worker.on('message', (reply: WriteReply) => pending.shift()?.answer(reply.failures));
  worker.on('error', (error) => {
    brokenBy = `worker failed: ${error instanceof Error ? error.message : String(error)}`;
    for (const { outputs, answer } of pending.splice(0)) answer(failures(outputs, brokenBy));
  });
  return {
    write: (outputs) => {
      const written = new Promise<(string | null)[]>((resolve) => {
        if (brokenBy !== null) return resolve(failures(outputs, brokenBy));
        pending.push({ outputs, answer: resolve });
        const request: WriteRequest = { outputs };
        worker.postMessage(request);
      });
      lastWrite = written;
      return written;
    },
    // Outputs already sent are written before the worker goes: a run stopped early (a consumer
    // that stops reading) must not leave a temporary file half written.
    close: async () => {
      await lastWrite;
      await worker.terminate();
    },
  };
}
