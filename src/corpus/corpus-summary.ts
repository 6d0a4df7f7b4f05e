/** Turns line-key counts into the corpus summary the boilerplate rule reads. */
import type { CorpusSummary } from '../model/corpus.js';
import type { LineCounts } from './line-counts.js';

/** When a line counts as boilerplate: it occurs in at least this many files and this share of them. */
export interface BoilerplateThresholds {
  /** Least number of files (default 5). */
  readonly minFiles: number;
  /** Least share of the files, in percent (default 2). */
  readonly minPercent: number;
}

/** The default thresholds: at least 5 files and at least 2% of the files. */
export const DEFAULT_BOILERPLATE_THRESHOLDS: BoilerplateThresholds = { minFiles: 5, minPercent: 2 };

/** Keeps the keys above both thresholds: the summary holds only what the rule will cut. */
export function summarizeCorpus(counts: LineCounts, thresholds: BoilerplateThresholds = DEFAULT_BOILERPLATE_THRESHOLDS): CorpusSummary {
  const least = Math.max(thresholds.minFiles, Math.ceil((counts.files * thresholds.minPercent) / 100));
  const boilerplate = new Map<string, number>();
  for (const [key, count] of counts.counts) if (count >= least) boilerplate.set(key, count);
  return { files: counts.files, boilerplate };
}
