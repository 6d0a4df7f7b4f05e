/** The streams and environment the CLI talks to, so tests can run it in-process. */

/** Something text can be written to. */
export interface OutputStream {
  /** Returns false when the caller should wait for `drained()` before writing more. */
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  /** Whether the reader went away (a broken pipe, as in `| head`): further writes are dropped. */
  isClosed?(): boolean;
  /** Resolves when buffered output has been taken by the reader, or the stream closed. */
  drained?(): Promise<void>;
  /** Whether all that was written has left this process: false while a write waits in a buffer here. */
  isFlushed?(): boolean;
}

/** Everything `main` reads from or writes to besides the file system. */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Standard input, read as a stream (JSON Lines are cleaned record by record). */
  readonly stdin: AsyncIterable<Uint8Array | string>;
  readonly stdinIsTTY: boolean;
  /**
   * Standard input read whole at once when it is a regular file (`< article.txt`), or null when it
   * is a pipe or a terminal, reports no size or more than `maxBytes` (then `stdin` is read as a
   * stream, which counts the bytes left to read against the limit).
   */
  readonly readStdinFile?: (maxBytes: number) => Uint8Array | null;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Milliseconds, for the progress bar (tests pass a fake clock). */
  readonly now?: () => number;
  /**
   * Called when a run turns out to have many texts (a folder, several files, JSON Lines, counts
   * of line keys): the real process tunes V8's compiler for them (compiler-flags.ts).
   */
  readonly onManyTexts?: () => void;
}

/** Writes to stdout, waiting when the reader is slow so memory stays bounded. */
export async function writeProduct(io: CliIo, chunk: string): Promise<void> {
  // Most files of an --out-dir run print nothing: an empty write would still cost a system call.
  if (chunk === '' || io.stdout.isClosed?.() === true) return;
  if (io.stdout.write(chunk) === false && io.stdout.drained !== undefined) await io.stdout.drained();
}

/** Whether stdout's reader went away. */
export function isStdoutClosed(io: CliIo): boolean {
  return io.stdout.isClosed?.() === true;
}
