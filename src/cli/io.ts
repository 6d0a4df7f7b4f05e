/** The streams and environment the CLI talks to, so tests can run it in-process. */

/** Something text can be written to. */
export interface OutputStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
}

/** Everything `main` reads from or writes to besides the file system. */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Reads all of standard input. */
  readonly readStdin: () => Promise<Uint8Array>;
  readonly stdinIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}
