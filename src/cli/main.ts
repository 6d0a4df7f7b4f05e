/**
 * `main(argv, io)`: the CLI as a pipeline of plain steps (parse flags, load config, resolve
 * settings, pick inputs, clean, present, exit code). It never calls process.exit, so tests run
 * it in-process and read every message.
 */
import { CommanderError } from 'commander';
import { rules } from '../rules/index.js';
import { buildProgram, type CliOptions } from './program.js';
import { loadConfig } from './config-file.js';
import { resolveSettings, type RunSettings } from './settings.js';
import { makeChalk, shouldColor } from './colors.js';
import { createReporter } from './reporter.js';
import { createWriter } from './destination.js';
import { emptyTotals } from './report.js';
import { runFiles, runStdin } from './run-files.js';
import { UsageError } from './usage-error.js';
import type { Run } from './run.js';
import type { CliIo } from './io.js';
import type { ReportFile } from './write-report.js';
import { fileOptionsWithCorpus } from './boilerplate-corpus.js';

/** Exit codes: 0 done, 1 --check found something to clean, 2 usage error or a failed file. */
export const ExitCode = { ok: 0, wouldChange: 1, failure: 2 } as const;

type Parsed = { readonly flags: CliOptions; readonly paths: string[] };

function parse(argv: readonly string[], io: CliIo): Parsed | number {
  const program = buildProgram((text) => io.stdout.write(text), (text) => io.stderr.write(text));
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.ok : ExitCode.failure;
    throw error;
  }
  return { flags: program.opts<CliOptions>(), paths: program.args };
}

function listRules(io: CliIo): number {
  for (const rule of rules) {
    io.stdout.write(`${rule.id.padEnd(16)}${rule.enabledByDefault ? 'on ' : 'off'}  ${rule.description}\n`);
  }
  return ExitCode.ok;
}

function readsStdin(paths: readonly string[], io: CliIo): boolean {
  if (paths.includes('-') && paths.length > 1) throw new UsageError('"-" (standard input) cannot be mixed with other paths');
  if (paths.length === 0 && io.stdinIsTTY) {
    throw new UsageError('no input: give files or folders, or pipe text to standard input (--help for usage)');
  }
  return paths.length === 0 || paths[0] === '-';
}

async function createRun(io: CliIo, flags: CliOptions, settings: RunSettings, report: ReportFile | null): Promise<Run> {
  const color = await makeChalk(shouldColor(flags.color, io.env, io.stderr.isTTY));
  const diffColor = await makeChalk(shouldColor(flags.color, io.env, io.stdout.isTTY));
  return {
    io,
    settings,
    reporter: createReporter(io, color, settings.quiet),
    writer: createWriter(settings.destination),
    presentation: { format: settings.format, printsText: false, diffColor },
    totals: emptyTotals(),
    debug: flags.debug === true,
    inputErrors: 0,
    report,
  };
}

async function runParsed({ flags, paths }: Parsed, io: CliIo): Promise<number> {
  if (flags.listRules === true) return listRules(io);
  const config = loadConfig(flags.config, io.cwd);
  const resolved = resolveSettings(flags, config.values);
  const fromStdin = readsStdin(paths, io);
  // --boilerplate-from needs no files; --boilerplate counts the run's own files once they are known.
  const settings = resolved.boilerplate.boilerplate === true ? resolved : { ...resolved, fileOptions: fileOptionsWithCorpus(resolved.fileOptions, resolved.boilerplate, null) };
  if (fromStdin && settings.destination.kind !== 'stdout') {
    throw new UsageError('--out-dir and --write need file inputs: standard input is cleaned to stdout');
  }
  if (settings.jsonl && flags.report !== undefined) throw new UsageError('--report reviews files; it does not take --jsonl input');
  if (settings.boilerplate.boilerplate === true && (fromStdin || settings.jsonl)) {
    throw new UsageError('--boilerplate needs files to compare; for standard input or --jsonl, count first with "article-clean fingerprint" and use --boilerplate-from');
  }
  const start = async (report: ReportFile | null): Promise<number> => {
    const run = await createRun(io, flags, settings, report);
    // JSON Lines and the review report load only when asked for: shell loops pay for neither.
    if (settings.jsonl) return (await import('./run-jsonl.js')).runJsonl(run, fromStdin ? [] : paths);
    return fromStdin ? runStdin(run) : runFiles(run, paths);
  };
  if (flags.report === undefined) return start(null);
  return (await import('./write-report.js')).withReport(flags.report, io, start);
}

/** Runs the CLI and returns its exit code; never calls process.exit. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'fingerprint') return (await import('./fingerprint-command.js')).runFingerprint(argv.slice(1), io);
  const parsed = parse(argv, io);
  if (typeof parsed === 'number') return parsed;
  try {
    return await runParsed(parsed, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`article-clean: ${error.message}\n`);
      return ExitCode.failure;
    }
    // A bug: one line for everyone, the stack for whoever asked with --debug.
    io.stderr.write(`article-clean: internal error: ${error instanceof Error ? error.message : String(error)}${parsed.flags.debug === true ? '' : ' (--debug for details)'}\n`);
    if (parsed.flags.debug === true && error instanceof Error && error.stack !== undefined) io.stderr.write(error.stack + '\n');
    return ExitCode.failure;
  }
}
