/** Flags and config merged into the settings of one run, with every combination checked up front. */
import { OptionError, resolveOptions } from '../engine/options.js';
import type { FileOptions } from '../engine/clean-file.js';
import { checkEncodingName, DecodeError } from '../io/decode-text.js';
import { formatByteSize, parseByteSize } from '../io/byte-size.js';
import { DEFAULT_MAX_BYTES, HARD_MAX_BYTES } from '../io/read-input.js';
import type { ConfigValues } from './config-file.js';
import type { CliOptions } from './program.js';
import { UsageError } from './usage-error.js';
import type { BoilerplateFlags } from './boilerplate-corpus.js';

/** What goes to stdout. */
export type OutputFormat = 'text' | 'json' | 'check' | 'diff';

/** Where cleaned files go. */
export type Destination = { readonly kind: 'stdout' } | { readonly kind: 'out-dir'; readonly directory: string } | { readonly kind: 'in-place'; readonly backupSuffix?: string };

/** Everything a run needs to know, resolved. */
export interface RunSettings {
  readonly format: OutputFormat;
  readonly destination: Destination;
  readonly jsonl: boolean;
  readonly textField: string;
  readonly extensions: readonly string[];
  readonly fileOptions: FileOptions;
  readonly quiet: boolean;
  readonly verbose: boolean;
  /** Threads that work on many files, this one included (undefined: the cores available). */
  readonly jobs?: number;
  /** Cross-file boilerplate: --boilerplate, --boilerplate-from and their thresholds. */
  readonly boilerplate: BoilerplateFlags;
}

function pickFormat(flags: CliOptions): OutputFormat {
  const chosen = (['json', 'check', 'diff'] as const).filter((format) => flags[format] === true);
  if (chosen.length > 1) throw new UsageError(`--${chosen[0]} and --${chosen[1]} cannot be used together`);
  return chosen[0] ?? 'text';
}

function pickDestination(flags: CliOptions, format: OutputFormat): Destination {
  if (flags.backup !== undefined && flags.write !== true) throw new UsageError('--backup needs --write');
  if (flags.outDir !== undefined && flags.write === true) throw new UsageError('--out-dir and --write cannot be used together');
  if (format === 'check' && (flags.outDir !== undefined || flags.write === true)) throw new UsageError('--check writes nothing: drop --out-dir or --write');
  if (flags.backup === '') throw new UsageError('--backup needs a non-empty suffix, e.g. --backup .orig');
  if (flags.write === true) return flags.backup === undefined ? { kind: 'in-place' } : { kind: 'in-place', backupSuffix: flags.backup };
  if (flags.outDir !== undefined) return { kind: 'out-dir', directory: flags.outDir };
  return { kind: 'stdout' };
}

function maxBytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const bytes = parseByteSize(value);
  if (bytes === null || bytes === 0) throw new UsageError(`--max-size: expected a size such as 500K, 64M or 1G, got "${value}"`);
  if (bytes > HARD_MAX_BYTES) throw new UsageError(`--max-size: at most ${formatByteSize(HARD_MAX_BYTES)}, the longest text Node.js can hold (got ${value})`);
  return bytes;
}

function checkEncoding(name: string | undefined): void {
  if (name === undefined) return;
  try {
    checkEncodingName(name);
  } catch (error) {
    if (error instanceof DecodeError) throw new UsageError(`--encoding: ${error.message}`);
    throw error;
  }
}

function engineOptions(flags: CliOptions, config: ConfigValues): FileOptions {
  const encoding = flags.encoding ?? config.encoding;
  checkEncoding(encoding);
  try {
    const resolved = resolveOptions({
      only: flags.only ?? config.only,
      skip: flags.skip ?? config.skip,
      enable: flags.enable ?? config.enable,
      minLength: flags.minLength ?? config.minLength,
      markers: flags.marker ?? config.markers ?? [],
    });
    return { ...resolved, maxBytes: maxBytes(flags.maxSize ?? config.maxSize), ...(encoding === undefined ? {} : { encoding }) };
  } catch (error) {
    if (error instanceof OptionError) throw new UsageError(error.message);
    throw error;
  }
}

/** Merges flags over config and checks that they make sense together; throws UsageError otherwise. */
export function resolveSettings(flags: CliOptions, config: ConfigValues): RunSettings {
  if (flags.quiet === true && flags.verbose === true) throw new UsageError('--quiet and --verbose cannot be used together');
  const format = pickFormat(flags);
  const jsonl = flags.jsonl === true;
  if (jsonl && (format === 'json' || format === 'diff')) throw new UsageError(`--${format} does not apply to --jsonl (its output is already JSON Lines)`);
  if (!jsonl && flags.textField !== undefined) throw new UsageError('--text-field needs --jsonl');
  const textField = flags.textField ?? config.textField ?? 'text';
  return {
    format,
    destination: pickDestination(flags, format),
    jsonl,
    textField,
    extensions: (flags.ext ?? config.ext ?? [jsonl ? 'jsonl' : 'txt']).map((extension) => extension.replace(/^\./, '')),
    fileOptions: engineOptions(flags, config),
    quiet: flags.quiet === true,
    verbose: flags.verbose === true,
    ...(flags.jobs === undefined ? {} : { jobs: flags.jobs }),
    boilerplate: {
      boilerplate: flags.boilerplate,
      boilerplateFrom: flags.boilerplateFrom,
      boilerplateMinFiles: flags.boilerplateMinFiles,
      boilerplateMinShare: flags.boilerplateMinShare,
    },
  };
}
