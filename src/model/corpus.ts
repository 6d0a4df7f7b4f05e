/** What a rule may know about the whole run: a summary built before any file is cleaned. */

/** The lines that recur across the files of a run, by comparison key. */
export interface CorpusSummary {
  /** Files the summary was built from. */
  readonly files: number;
  /** Keys of boilerplate lines (those above the thresholds) and in how many files each occurs. */
  readonly boilerplate: ReadonlyMap<string, number>;
}
