/** Runs the CLI in-process with captured streams, or the real bin in a shell. */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

let wrapperFolder: string | undefined;

// A real `article-clean` executable on the PATH, so `xargs` and `find -exec` can run it too.
function binOnPath(): string {
  if (wrapperFolder !== undefined) return wrapperFolder;
  wrapperFolder = mkdtempSync(join(tmpdir(), 'article-clean-bin-'));
  const wrapper = join(wrapperFolder, 'article-clean');
  writeFileSync(wrapper, `#!/bin/sh\nexec node ${JSON.stringify(binPath)} "$@"\n`);
  chmodSync(wrapper, 0o755);
  return wrapperFolder;
}

/** Runs a bash command line with `article-clean` on the PATH, the way users call it. */
export function runShell(command: string, { cwd = repositoryRoot, env = {}, input }: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliRun {
  // The color variables of the test runner's own terminal must not leak into the runs.
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...inherited } = process.env;
  const result = spawnSync('bash', ['-c', command], {
    cwd,
    env: { ...inherited, ...env, PATH: `${binOnPath()}:${process.env.PATH ?? ''}` },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...(input === undefined ? {} : { input }),
  });
  return { stdout: result.stdout, stderr: result.stderr, exit: result.status ?? -1 };
}
