/** The real process streams, for bin/. */
import { fstatSync, statSync, writeSync } from 'node:fs';
import type { CliIo, OutputStream } from './io.js';
import { utf8Pieces } from '../io/utf8-pieces.js';
import { inlineLessForManyTexts } from './compiler-flags.js';
import { readRegularFileDescriptor } from '../io/read-input.js';

// A reader that goes away (`article-clean dir --json | head -1`) makes writes fail with EPIPE.
// That is not an error of ours: note it, drop further output, and let main end quietly with 0.
interface GuardedOutput {
  write(chunk: string | Uint8Array): boolean;
  readonly isTTY: boolean;
  isClosed(): boolean;
  drained(): Promise<void>;
  isFlushed(): boolean;
}

function guardedOutput(stream: NodeJS.WriteStream): GuardedOutput {
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
    write: (chunk: string | Uint8Array) => (closed ? true : stream.write(chunk)),
    isTTY: stream.isTTY === true,
    isClosed: () => closed,
    drained: () => (closed ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    isFlushed: () => closed || stream.writableLength === 0,
  };
}

// Whether a descriptor is a file, a pipe, a socket or /dev/null (`if article-clean --check ... >
// /dev/null`; the null device is a character device, as a terminal is, so it is told by its
// device number): never a terminal.
function isFileOrPipe(fd: number): boolean {
  try {
    const stats = fstatSync(fd);
    if (stats.isFile() || stats.isFIFO() || stats.isSocket()) return true;
    return stats.isCharacterDevice() && stats.rdev === statSync('/dev/null').rdev;
  } catch {
    return false;
  }
}

/**
 * Standard output or error redirected to a file or a pipe (a shell loop's `> out.txt`, `| head`),
 * written with plain synchronous writes to the descriptor. process.stdout for a pipe loads
 * node:net and node:tty first, about 3 ms of a one-file run; Node writes to files and to pipes on
 * Linux synchronously too. A descriptor that cannot take a write now (EAGAIN: a non-blocking pipe
 * that is full) hands that write and all later ones to the Node stream, which waits for the reader.
 * Terminals and anything else use the Node stream from the start.
 */
function descriptorOutput(fd: number, stream: () => NodeJS.WriteStream): OutputStream {
  if (!isFileOrPipe(fd)) return guardedOutput(stream());
  let closed = false;
  let fallback: GuardedOutput | null = null;
  const write = (chunk: string): boolean => {
    if (fallback !== null) return fallback.write(chunk);
    if (closed) return true;
    // A megabyte at a time: the cleaned text of a 100 MB file is not encoded whole.
    for (const { bytes, end } of utf8Pieces(chunk)) {
      let offset = 0;
      try {
        while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          closed = true;
          return true;
        }
        if (code !== 'EAGAIN') throw error;
        fallback = guardedOutput(stream());
        // The piece's buffer is reused: the stream gets a copy of what is left of it, then the rest.
        const tookPiece = fallback.write(Buffer.from(bytes.subarray(offset)));
        return end < chunk.length ? fallback.write(chunk.slice(end)) && tookPiece : tookPiece;
      }
    }
    return true;
  };
  return {
    write,
    isTTY: false,
    isClosed: () => (fallback === null ? closed : fallback.isClosed()),
    drained: () => (fallback === null ? Promise.resolve() : fallback.drained()),
    // Written with system calls that returned: out of this process already.
    isFlushed: () => fallback === null || fallback.isFlushed(),
  };
}

/** The CliIo of this process. */
export function processIo(): CliIo {
  return {
    stdout: descriptorOutput(1, () => process.stdout),
    stderr: descriptorOutput(2, () => process.stderr),
    // Getters: touching process.stdin sets up a stream (a few milliseconds), needed only without paths.
    get stdin() {
      return process.stdin;
    },
    get stdinIsTTY() {
      return process.stdin.isTTY === true;
    },
    readStdinFile: (maxBytes) => readRegularFileDescriptor(0, maxBytes),
    env: process.env,
    cwd: process.cwd(),
    now: () => performance.now(),
    onManyTexts: inlineLessForManyTexts,
  };
}

/**
 * Ends the process with `code`, once `main` has returned. When all output has left the process it
 * exits at once, without Node's own ending (a young-generation collection the run had scheduled,
 * the environment's cleanup: about a tenth of a one-file run). Otherwise (a slow reader of a
 * non-blocking pipe has not taken it all) Node writes the rest first.
 */
export function endProcess(io: CliIo, code: number): void {
  process.exitCode = code;
  if (io.stdout.isFlushed?.() === true && io.stderr.isFlushed?.() === true) process.exit(code);
}
