/** Runs the CLI in-process with captured streams, or the real bin in a shell. */
import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { binPath, repositoryRoot } from './paths.js';

/** What a CLI run printed and returned. */
export interface CliRun {
  stdout: string;
  stderr: string;
  exit: number;
}

/** How an in-process run sees its surroundings. */
export interface InProcessOptions {
  stdin?: string | Uint8Array;
  env?: Record<string, string>;
  cwd?: string;
  stderrIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  /** A clock for the progress bar (milliseconds). */
  now?: () => number;
}

/** Runs `main` in-process. */
export async function runInProcess(args: readonly string[], { stdin, env = {}, cwd = repositoryRoot, stderrIsTTY = false, stdoutIsTTY = false, now }: InProcessOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: stdoutIsTTY },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: stderrIsTTY },
    stdin: Readable.from(stdin === undefined ? [] : [typeof stdin === 'string' ? Buffer.from(stdin) : stdin]),
    stdinIsTTY: stdin === undefined,
    env,
    cwd,
    ...(now === undefined ? {} : { now }),
  };
  const exit = await main(args, io);
  return { stdout, stderr, exit };
}

/** Runs a bash command line with `article-clean` on the PATH, the way users call it. */
export function runShell(command: string, { cwd = repositoryRoot, env = {} }: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync('bash', ['-c', `article-clean() { node ${JSON.stringify(binPath)} "$@"; }\nexport -f article-clean\n${command}`], {
    cwd,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
    encoding: 'utf8',
  });
  return { stdout: result.stdout, stderr: result.stderr, exit: result.status ?? -1 };
}
