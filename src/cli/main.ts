/** `main(argv)`: maps flags to engine options, results to streams, and returns the exit code. */
import { CommanderError } from 'commander';
import type { ChalkInstance } from 'chalk';
import { cleanBytes, type FileResult } from '../engine/clean-file.js';
import { processFiles } from '../engine/process-files.js';
import { OptionError, resolveOptions, type ResolvedOptions } from '../engine/options.js';
import { buildProgram, type CliOptions } from './program.js';
import { expandInputs, mirroredPath, type InputFile } from './inputs.js';
import { buildCorpus, wantsBoilerplate, withBoilerplate } from './boilerplate-corpus.js';
import { addToTotals, emptyTotals, fileLine, findingLines, summaryLine } from './report.js';
import { jsonRecord } from './json-output.js';
import { makeChalk, shouldColor } from './colors.js';
import type { CliIo } from './io.js';

/** Exit codes: 0 done, 1 --check found something to clean, 2 usage error or a failed file. */
export const ExitCode = { ok: 0, wouldChange: 1, failure: 2 } as const;

interface Run {
  readonly io: CliIo;
  readonly flags: CliOptions;
  readonly options: ResolvedOptions;
  readonly color: ChalkInstance;
}

function reportError(io: CliIo, path: string, reason: string): void {
  io.stderr.write(`article-clean: ${path}: ${reason}\n`);
}

function emit(run: Run, result: FileResult, single: boolean): void {
  const { io, flags, color } = run;
  if (!result.ok) reportError(io, result.path, result.error);
  if (flags.json) {
    if (result.ok) io.stdout.write(jsonRecord(result) + '\n');
  } else if (single && flags.outDir === undefined && result.ok) {
    io.stdout.write(result.text);
  }
  if (flags.quiet) return;
  const line = fileLine(result, color);
  if (line !== null) io.stderr.write(line + '\n');
  if (flags.verbose) for (const detail of findingLines(result, color)) io.stderr.write(detail + '\n');
}

async function runFiles(base: Run, paths: readonly string[]): Promise<number> {
  const { files, missing } = await expandInputs(paths, base.flags.ext);
  const run = withCorpus(base, files);
  if (run === null) return ExitCode.failure;
  for (const item of missing) reportError(run.io, item.path, item.error);
  const single = paths.length === 1 && files.length === 1 && files[0]?.root === null;
  const totals = emptyTotals();
  // The engine writes each file where it cleans it (on a worker thread for a large run).
  const outDir = run.flags.outDir;
  const targets = outDir === undefined ? files : files.map((input) => ({ ...input, output: mirroredPath(outDir, input) }));
  for await (const { result } of processFiles(targets, run.options, { jobs: run.flags.jobs, withoutTexts: outDir !== undefined && !run.flags.json })) {
    addToTotals(totals, result);
    emit(run, result, single);
  }
  if (!run.flags.quiet && !single) {
    run.io.stderr.write(summaryLine(totals, run.color) + '\n');
    if (!run.flags.json && run.flags.outDir === undefined && totals.changed > 0) {
      run.io.stderr.write('nothing written: use --out-dir DIR to write the cleaned files, or --json\n');
    }
  }
  return missing.length > 0 || totals.failed > 0 ? ExitCode.failure : ExitCode.ok;
}

async function runStdin(base: Run): Promise<number> {
  const run = withCorpus(base, null);
  if (run === null) return ExitCode.failure;
  const result = cleanBytes('-', await run.io.readStdin(), run.options);
  emit(run, result, true);
  return result.ok ? ExitCode.ok : ExitCode.failure;
}

// Cross-file boilerplate: the corpus summary is built (or read) before any file is cleaned.
function withCorpus(run: Run, files: readonly InputFile[] | null): Run | null {
  if (!wantsBoilerplate(run.flags)) return run;
  try {
    const source = run.options.source ?? {};
    return { ...run, options: resolveOptions(withBoilerplate(source, buildCorpus(run.flags, files))) };
  } catch (error) {
    if (!(error instanceof OptionError)) throw error;
    run.io.stderr.write(`article-clean: ${error.message}\n`);
    return null;
  }
}

function parse(argv: readonly string[], io: CliIo): { flags: CliOptions; paths: string[] } | number {
  const program = buildProgram((text) => io.stdout.write(text), (text) => io.stderr.write(text));
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.failure;
    }
    throw error;
  }
  return { flags: program.opts<CliOptions>(), paths: program.args };
}

/** Runs the CLI and returns its exit code; never calls process.exit. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'fingerprint') return (await import('./fingerprint-command.js')).runFingerprint(argv.slice(1), io);
  const parsed = parse(argv, io);
  if (typeof parsed === 'number') return parsed;
  const { flags, paths } = parsed;
  let options: ResolvedOptions;
  try {
    options = resolveOptions({ only: flags.only, skip: flags.skip, enable: flags.enable, minLength: flags.minLength, markers: flags.marker ?? [] });
  } catch (error) {
    if (error instanceof OptionError) {
      io.stderr.write(`article-clean: ${error.message}\n`);
      return ExitCode.failure;
    }
    throw error;
  }
  const color = await makeChalk(shouldColor(flags.color, io.env, io.stderr.isTTY));
  const run: Run = { io, flags, options, color };
  if (paths.length === 0 && io.stdinIsTTY) {
    io.stderr.write('article-clean: no input: give files or folders, or pipe text to standard input (--help for usage)\n');
    return ExitCode.failure;
  }
  if (paths.length === 0 || (paths.length === 1 && paths[0] === '-')) return runStdin(run);
  return runFiles(run, paths);
}
