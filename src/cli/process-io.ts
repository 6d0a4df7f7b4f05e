/** The real process streams, for bin/. */
import type { CliIo, OutputStream } from './io.js';

// A reader that goes away (`article-clean dir --json | head -1`) makes writes fail with EPIPE.
// That is not an error of ours: note it, drop further output, and let main end quietly with 0.
function guardedOutput(stream: NodeJS.WriteStream): OutputStream {
  let closed = false;
  let waiters: (() => void)[] = [];
  const release = (): void => {
    const waiting = waiters;
    waiters = [];
    for (const resolve of waiting) resolve();
  };
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
    release();
  });
  stream.on('drain', release);
  return {
    write: (chunk: string) => (closed ? true : stream.write(chunk)),
    isTTY: stream.isTTY === true,
    isClosed: () => closed,
    drained: () => (closed ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
  };
}

/** The CliIo of this process. */
export function processIo(): CliIo {
  return {
    stdout: guardedOutput(process.stdout),
    stderr: guardedOutput(process.stderr),
    // Getters: touching process.stdin sets up a stream (a few milliseconds), needed only without paths.
    get stdin() {
      return process.stdin;
    },
    get stdinIsTTY() {
      return process.stdin.isTTY === true;
    },
    env: process.env,
    cwd: process.cwd(),
    now: () => performance.now(),
  };
}
