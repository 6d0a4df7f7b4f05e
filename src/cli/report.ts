/** The human report on stderr: a line per changed file and a summary. */
import { formatCount, plural } from '../text/count-phrase.js';
import type { ChalkInstance } from 'chalk';
import type { FileResult } from '../engine/clean-file.js';
import type { Finding } from '../model/finding.js';

/** Totals over a run. */
export interface RunTotals {
  files: number;
  changed: number;
  failed: number;
  /** Binary files met in a folder walk and skipped. */
  skipped: number;
  cutsByRule: Map<string, number>;
  removedCharacters: number;
}

/** Empty totals. */
export function emptyTotals(): RunTotals {
  return { files: 0, changed: 0, failed: 0, skipped: 0, cutsByRule: new Map(), removedCharacters: 0 };
}

// Cuts counted by rule into `counts`.
function tallyRules(findings: readonly Pick<Finding, 'rule'>[], counts = new Map<string, number>()): Map<string, number> {
  for (const { rule } of findings) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  return counts;
}

function formatCounts(counts: Map<string, number>): string {
  return [...counts].sort(([left], [right]) => (left < right ? -1 : 1)).map(([rule, count]) => `${rule} ${count}`).join(', ');
}

/** What the totals count of a cleaned text: a CleanResult, or the part of it a worker sends back. */
export interface CleanedCounts {
  readonly changed: boolean;
  readonly removedCharacters: number;
  /** The cuts, of which only the rule is counted. */
  readonly findings: readonly Pick<Finding, 'rule'>[];
}

/** Adds a result to the totals. */
export function addToTotals(totals: RunTotals, result: FileResult): void {
  if (result.ok) return addCleanedToTotals(totals, result);
  totals.files++;
  totals.failed++;
}

/** Adds a cleaned text (a file, or a record of --jsonl) to the totals. */
export function addCleanedToTotals(totals: RunTotals, { changed, removedCharacters, findings }: CleanedCounts): void {
  totals.files++;
  if (changed) totals.changed++;
  // Counted straight into the totals: no map of its own per file.
  tallyRules(findings, totals.cutsByRule);
  totals.removedCharacters += removedCharacters;
}

/** The report line of one changed file, or null for an unchanged one. */
export function fileLine(result: FileResult, color: ChalkInstance): string | null {
  if (!result.ok || !result.changed) return null;
  const counts = tallyRules(result.findings);
  const cuts = result.findings.length;
  return `${color.bold(result.path)}: ${plural(cuts, 'cut')} (${formatCounts(counts)}), ${plural(result.removedCharacters, 'character')} removed`;
}

/** The report lines for every finding of a file (--verbose). */
export function findingLines(result: FileResult, color: ChalkInstance): string[] {
  if (!result.ok) return [];
  return result.findings.map((finding) => {
    const lines = finding.lines.start === finding.lines.end ? `${finding.lines.start}` : `${finding.lines.start}-${finding.lines.end}`;
    return `  ${lines.padEnd(8)}${color.cyan(finding.rule.padEnd(16))}${finding.reason}`;
  });
}

/** The summary line of a run. */
export function summaryLine(totals: RunTotals, color: ChalkInstance, unit = 'file'): string {
  const cuts = [...totals.cutsByRule.values()].reduce((sum, count) => sum + count, 0);
  const parts = [
    plural(totals.files, unit),
    `${formatCount(totals.changed)} changed`,
    `${plural(cuts, 'cut')}${cuts > 0 ? ` (${formatCounts(totals.cutsByRule)})` : ''}`,
    `${plural(totals.removedCharacters, 'character')} removed`,
  ];
  if (totals.skipped > 0) parts.push(color.yellow(`${formatCount(totals.skipped)} skipped`));
  if (totals.failed > 0) parts.push(color.red(`${formatCount(totals.failed)} failed`));
  return parts.join(', ');
}
