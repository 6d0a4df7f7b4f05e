/** --boilerplate and --boilerplate-from: the corpus summary of a run, made before any file is cleaned. */
import { readFileSync } from 'node:fs';
import { decodeText } from '../io/decode-text.js';
import { emptyLineCounts, parseLineCounts, summarizeCorpus, DEFAULT_BOILERPLATE_THRESHOLDS, type LineCounts } from '../corpus/index.js';
import { OptionError, resolveOptions, type CleanOptions } from '../engine/options.js';
import type { FileOptions } from '../engine/clean-file.js';
import { UsageError } from './usage-error.js';
import type { CorpusSummary } from '../model/corpus.js';

/** The flags of cross-file boilerplate. */
export interface BoilerplateFlags {
  boilerplate?: boolean;
  boilerplateFrom?: string;
  boilerplateMinFiles?: number;
  boilerplateMinShare?: number;
}

/** Whether the run asked for cross-file boilerplate. */
export function wantsBoilerplate(flags: BoilerplateFlags): boolean {
  return flags.boilerplate === true || flags.boilerplateFrom !== undefined;
}

function readCounts(path: string) {
  const counts = emptyLineCounts();
  try {
    parseLineCounts(decodeText(readFileSync(path)).text, counts);
  } catch (error) {
    throw new OptionError(`--boilerplate-from: ${path}: ${(error as Error).message}`);
  }
  return counts;
}

/**
 * The summary for the run: from a counts file (--boilerplate-from), or from the counts of the
 * run's own files, fingerprinted first (--boilerplate). Files that cannot be read are left out of
 * those and reported when they are cleaned.
 */
export function buildCorpus(flags: BoilerplateFlags, counts: LineCounts | null): CorpusSummary {
  const thresholds = {
    minFiles: flags.boilerplateMinFiles ?? DEFAULT_BOILERPLATE_THRESHOLDS.minFiles,
    minPercent: flags.boilerplateMinShare ?? DEFAULT_BOILERPLATE_THRESHOLDS.minPercent,
  };
  if (flags.boilerplateFrom !== undefined) return summarizeCorpus(readCounts(flags.boilerplateFrom), thresholds);
  if (counts === null) throw new OptionError('--boilerplate needs files to compare (or counts: --boilerplate-from FILE)');
  return summarizeCorpus(counts, thresholds);
}

/** The clean options with the boilerplate rule turned on and its corpus summary. */
export function withBoilerplate(options: CleanOptions, corpus: CorpusSummary): CleanOptions {
  return { ...options, enable: [...(options.enable ?? []), 'boilerplate'], corpus };
}

/**
 * The file options of a run with cross-file boilerplate on, when it was asked for: the corpus
 * summary is built (or read) before any file is cleaned. Throws a usage error when it cannot be.
 */
export function fileOptionsWithCorpus(fileOptions: FileOptions, flags: BoilerplateFlags, counts: LineCounts | null): FileOptions {
  if (!wantsBoilerplate(flags)) return fileOptions;
  try {
    const resolved = resolveOptions(withBoilerplate(fileOptions.source ?? {}, buildCorpus(flags, counts)));
    return { ...fileOptions, ...resolved };
  } catch (error) {
    if (error instanceof OptionError) throw new UsageError(error.message);
    throw error;
  }
}
