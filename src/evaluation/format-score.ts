/** Prints a score as the table `npm run eval` shows. */
import type { Score, Tally } from './score.js';

function percent({ found, total }: Tally): string {
  return total === 0 ? '   n/a' : `${((100 * found) / total).toFixed(1).padStart(5)}%`;
}

function row(label: string, tally: Tally): string {
  return `${label.padEnd(34)}${String(tally.found).padStart(6)}${String(tally.total).padStart(7)}  ${percent(tally)}`;
}

const LINE_TAGS = ['dup', 'xm', 'xl', 'xu'];
const SEGMENT_TAGS = ['dup-inline', 'xi'];

function sum(tallies: readonly (Tally | undefined)[]): Tally {
  return tallies.reduce<Tally>((total, item) => ({ found: total.found + (item?.found ?? 0), total: total.total + (item?.total ?? 0) }), { found: 0, total: 0 });
}

/** Precision rows, one per rule. */
export function formatRulePrecision(byRule: ReadonlyMap<string, Tally>): string {
  return [...byRule].map(([rule, tally]) => row(`precision of ${rule}`, tally)).join('\n');
}

/** The score as a table, with one line per file that is not byte-exact when `verbose`. */
export function formatScore(score: Score, verbose = false): string {
  const lines = [
    `${'measure'.padEnd(34)}${'found'.padStart(6)}${'total'.padStart(7)}  ${'rate'.padStart(6)}`,
    row('exact files (byte for byte)', { found: score.exact, total: score.files }),
    ...LINE_TAGS.map((tag) => row(`${tag} lines recall`, score.lineRecall[tag] ?? { found: 0, total: 0 })),
    ...SEGMENT_TAGS.map((tag) => row(`${tag} segments exact`, score.segmentRecall[tag] ?? { found: 0, total: 0 })),
    row('dup + dup-inline recall', sum([score.lineRecall.dup, score.segmentRecall['dup-inline']])),
    row('xm + xl + xi recall', sum([score.lineRecall.xm, score.lineRecall.xl, score.segmentRecall.xi])),
    row('precision of all cuts', score.precision),
    `${'false cuts in clean/hn files'.padEnd(34)}${String(score.falseDeletionsInKeptFiles.cuts).padStart(6)}  (in ${score.falseDeletionsInKeptFiles.files} files)`,
  ];
  if (verbose) {
    for (const mismatch of score.mismatches) {
      const parts = [
        mismatch.missedLines.length > 0 ? `missed lines ${mismatch.missedLines.join(',')}` : '',
        mismatch.extraLines.length > 0 ? `extra lines ${mismatch.extraLines.join(',')}` : '',
        mismatch.missedSegments > 0 ? `missed segments ${mismatch.missedSegments}` : '',
        mismatch.extraSegments > 0 ? `extra segments ${mismatch.extraSegments}` : '',
      ].filter((part) => part !== '');
      lines.push(`  not exact: ${mismatch.name}: ${parts.length > 0 ? parts.join('; ') : 'blank lines differ'}`);
    }
  }
  return lines.join('\n');
}
