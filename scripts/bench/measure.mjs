// measure.mjs: times whole commands and reads their peak RSS with public tools only.
// Wall time comes from the clock around the child; peak RSS from GNU time's %M (Debian's `time`
// package), which reports the largest resident set of the command and the children it waited for.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

/** Whether GNU time is installed (it reports peak RSS; without it RSS shows as "?"). */
export const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true']).status === 0;

const scratch = mkdtempSync(join(tmpdir(), 'article-clean-bench-'));
const rssFile = join(scratch, 'rss');

/** Whether a command is on the PATH. */
export function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Runs `argv` once (stdout to a file or discarded) and returns { seconds, rssMb }. `argv` and
 * `stdoutFile` may be functions, called per run (a fresh output folder each time, say); `before`
 * runs untimed first.
 */
export function timeOnce({ argv: argvOrMake, cwd, stdoutFile: fileOrMake, before }) {
  if (before) before();
  const argv = typeof argvOrMake === 'function' ? argvOrMake() : argvOrMake;
  const stdoutFile = typeof fileOrMake === 'function' ? fileOrMake() : fileOrMake;
  const command = hasGnuTime ? [GNU_TIME, '-f', '%M', '-o', rssFile, ...argv] : argv;
  const shellLine = command.map(quote).join(' ') + (stdoutFile ? ` > ${quote(stdoutFile)}` : ' > /dev/null');
  const start = process.hrtime.bigint();
  const run = spawnSync('sh', ['-c', shellLine], { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  let rssMb = null;
  if (hasGnuTime && existsSync(rssFile)) {
    const kilobytes = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
    if (Number.isFinite(kilobytes)) rssMb = kilobytes / 1024;
    rmSync(rssFile, { force: true });
  }
  if (run.status !== 0) {
    throw new Error(`command failed (${run.status}): ${shellLine}\n${String(run.stderr).slice(0, 2000)}`);
  }
  return { seconds, rssMb };
}

/** The median of numbers. */
export function median(values) {
  const sorted = values.filter((value) => value !== null).sort((left, right) => left - right);
  if (sorted.length === 0) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Runs every command `runs` times, alternating them (A B C A B C ...) so that a slow moment of the
 * machine hits all of them alike, and returns per command the median time, the spread and the
 * largest peak RSS seen.
 */
export function timeAlternating(commands, runs, { warmup = 1 } = {}) {
  const samples = new Map(commands.map((command) => [command.name, { seconds: [], rss: [] }]));
  for (let round = -warmup; round < runs; round++) {
    for (const command of commands) {
      const result = timeOnce(command);
      if (round < 0) continue;
      samples.get(command.name).seconds.push(result.seconds);
      samples.get(command.name).rss.push(result.rssMb);
    }
  }
  return commands.map((command) => {
    const { seconds, rss } = samples.get(command.name);
    const known = rss.filter((value) => value !== null);
    return {
      name: command.name,
      median: median(seconds),
      min: Math.min(...seconds),
      max: Math.max(...seconds),
      rssMb: known.length ? Math.max(...known) : null,
      runs: seconds.length,
    };
  });
}

/** Shell-quotes one word. */
export function quote(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${String(word).replace(/'/g, `'\\''`)}'`;
}

/** Removes the scratch folder of this module. */
export function cleanUpScratch() {
  rmSync(scratch, { recursive: true, force: true });
}
