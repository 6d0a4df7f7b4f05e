/** The real process streams, for bin/. */
import type { CliIo } from './io.js';

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The CliIo of this process. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: () => readAll(process.stdin),
    // A getter: touching process.stdin sets up a stream (a few milliseconds), needed only without paths.
    get stdinIsTTY() {
      return process.stdin.isTTY === true;
    },
    env: process.env,
    cwd: process.cwd(),
  };
}
