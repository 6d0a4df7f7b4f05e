/**
 * `article-clean fingerprint`: the first pass of cross-file boilerplate as a command of its own, so
 * that counts made on many machines can be merged and applied with --boilerplate-from.
 */
import { formatCount } from '../text/count-phrase.js';
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { decodeText } from '../io/decode-text.js';
import { DEFAULT_MAX_BYTES, readAllWithin } from '../io/read-input.js';
import {
  addFileKeys,
  addFingerprints,
  CountFormatError,
  distinctLineKeys,
  emptyLineCounts,
  fingerprintFiles,
  formatFileKeys,
  formatLineCounts,
  parseLineCounts,
  type FingerprintFailure,
  type LineCounts,
} from '../corpus/index.js';
import { isProblem, streamInputs, type InputFile } from './inputs.js';
import type { CliIo } from './io.js';

interface FingerprintFlags {
  ext: string;
  perFile?: boolean;
  merge?: boolean;
  quiet?: boolean;
}

function buildFingerprintProgram(io: CliIo): Command {
  return new Command('article-clean fingerprint')
    .description(
      'Count in how many files each line occurs: the first pass of --boilerplate. Prints "COUNT KEY"\n' +
        'lines, as sort | uniq -c does, keys being the lines\' comparison keys; "#files" counts the files.\n' +
        'Apply the counts with: article-clean --boilerplate-from COUNTS ...',
    )
    .argument('[paths...]', 'files and folders; "-" or nothing reads one text from standard input')
    .option('--ext <extension>', 'file extension to look for in folders', 'txt')
    .option('--per-file', 'print each file\'s distinct keys and "#files" once, uncounted, to merge with LC_ALL=C sort | uniq -c')
    .option('--merge', 'the paths are counts files made by this command (or by uniq -c): add them up')
    .option('-q, --quiet', 'print errors only')
    .helpOption('-h, --help', 'show this help')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`article-clean fingerprint: ${text.replace(/^error: /, '').trimEnd()} (--help for usage)\n`),
    });
}

// A write of at most PIPE_BUF bytes (4,096 on Linux) to a pipe is never interleaved with another
// process's: `xargs -P 3 ... fingerprint --per-file | sort | uniq -c` has three writers on one pipe.
const ATOMIC_PIPE_WRITE = 4096;

// Lines go out in chunks of whole lines, each at most one atomic pipe write (a longer line goes
// alone): one write per line would cost more than the counting.
function writeLines(io: CliIo, lines: readonly string[]): void {
  let chunk = '';
  let chunkBytes = 0;
  for (const line of lines) {
    const lineBytes = Buffer.byteLength(line) + 1;
    if (chunkBytes > 0 && chunkBytes + lineBytes > ATOMIC_PIPE_WRITE) {
      io.stdout.write(chunk);
      chunk = '';
      chunkBytes = 0;
    }
    chunk += `${line}\n`;
    chunkBytes += lineBytes;
  }
  if (chunkBytes > 0) io.stdout.write(chunk);
}

async function readInput(io: CliIo, path: string): Promise<string> {
  return decodeText(path === '-' ? await readAllWithin(io.stdin, DEFAULT_MAX_BYTES) : readFileSync(path)).text;
}

async function mergeCountFiles(io: CliIo, paths: readonly string[]): Promise<LineCounts> {
  const counts = emptyLineCounts();
  for (const path of paths.length === 0 ? ['-'] : paths) {
    try {
      parseLineCounts(await readInput(io, path), counts);
    } catch (error) {
      if (error instanceof CountFormatError) throw new CountFormatError(`${path}: ${error.message}`);
      throw error;
    }
  }
  return counts;
}

async function countFiles(io: CliIo, flags: FingerprintFlags, paths: readonly string[]): Promise<{ counts: LineCounts; failed: number }> {
  if (paths.length === 0 || (paths.length === 1 && paths[0] === '-')) {
    const counts = emptyLineCounts();
    const keys = distinctLineKeys(await readInput(io, '-'));
    if (flags.perFile) writeLines(io, formatFileKeys(keys));
    addFileKeys(counts, keys);
    return { counts, failed: 0 };
  }
  return countFoundFiles(io, flags, paths);
}

// --per-file: each file's keys are printed as soon as it is read, so memory stays at one file.
function printFileKeys(io: CliIo, counts: LineCounts, files: readonly InputFile[], report: (failure: FingerprintFailure) => void): void {
  for (const file of files) {
    const single = fingerprintFiles([file.path], report);
    if (single.files === 0) continue;
    writeLines(io, formatFileKeys(single.counts.keys()));
    counts.files++;
  }
}

// The files as the walk finds them, the problems where it meets them: memory stays at the counts,
// whatever the number of files.
async function countFoundFiles(io: CliIo, flags: FingerprintFlags, paths: readonly string[]): Promise<{ counts: LineCounts; failed: number }> {
  const counts = emptyLineCounts();
  let failed = 0;
  // A file that cannot be read and a problem of the walk are said alike; only errors fail the run.
  const say = (path: string, reason: string, isError: boolean): void => {
    if (isError) failed++;
    io.stderr.write(`article-clean fingerprint: ${path}: ${reason}\n`);
  };
  const report = ({ path, error }: FingerprintFailure): void => say(path, error, true);
  for await (const item of streamInputs(paths, { extensions: [flags.ext.replace(/^\./, '')], exclude: [] })) {
    if (isProblem(item)) {
      say(item.path, item.reason, item.severity === 'error');
    } else if (flags.perFile === true) {
      printFileKeys(io, counts, item, report);
    } else {
      addFingerprints(counts, item.map((file) => file.path), report);
    }
  }
  return { counts, failed };
}

/** Runs `article-clean fingerprint ARGS` and returns the exit code (0, or 2 on any failure). */
export async function runFingerprint(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildFingerprintProgram(io);
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  const flags = program.opts<FingerprintFlags>();
  io.onManyTexts?.();
  try {
    const { counts, failed } = flags.merge ? { counts: await mergeCountFiles(io, program.args), failed: 0 } : await countFiles(io, flags, program.args);
    if (!flags.perFile) writeLines(io, formatLineCounts(counts));
    if (!flags.quiet) {
      const distinct = flags.perFile ? '' : `, ${formatCount(counts.counts.size)} distinct lines`;
      io.stderr.write(`fingerprint: ${formatCount(counts.files)} files${distinct}\n`);
    }
    return failed > 0 ? 2 : 0;
  } catch (error) {
    io.stderr.write(`article-clean fingerprint: ${(error as Error).message}\n`);
    return 2;
  }
}
