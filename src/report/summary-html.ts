/** The summary at the top of the report: totals, a bar chart of cuts per rule, the files with most removed. */
import { formatCount, plural } from '../text/count-phrase.js';
import { escapeHtml } from './escape.js';
import type { ReportSummary } from './summary.js';

/** A rule as the report shows it: id, color and how many cuts it made. */
export interface RuleEntry {
  readonly id: string;
  readonly color: string;
  readonly cuts: number;
}

function totalsList(summary: ReportSummary, cuts: number): string {
  const items: [string, number][] = [
    ['files', summary.files],
    ['changed', summary.changed],
    ['unchanged', summary.files - summary.changed - summary.failed],
    ['failed', summary.failed],
    ['cuts', cuts],
    ['characters removed', summary.removedCharacters],
  ];
  const entries = items.map(([label, value]) => `<div><dt>${label}</dt><dd>${formatCount(value)}</dd></div>`);
  return `<dl class="totals">${entries.join('')}</dl>`;
}

// A table rather than a picture, so the numbers stay readable by screen readers and by search.
function ruleChart(rules: readonly RuleEntry[]): string {
  if (rules.length === 0) return '<p>No cuts.</p>';
  const most = Math.max(...rules.map((rule) => rule.cuts), 1);
  const rows = rules.map((rule, index) => {
    const width = ((rule.cuts / most) * 100).toFixed(1);
    return `<tr><th scope="row"><span class="swatch r${index}"></span>${escapeHtml(rule.id)}</th><td class="bar-cell"><span class="bar r${index}" style="width:${width}%"></span></td><td class="number">${formatCount(rule.cuts)}</td></tr>`;
  });
  return `<table class="chart"><caption>Cuts per rule</caption><tbody>${rows.join('')}</tbody></table>`;
}

function mostRemovedList(summary: ReportSummary): string {
  if (summary.mostRemoved.length === 0) return '';
  const items = summary.mostRemoved.map(
    (entry) =>
      `<li><a href="#file-${entry.fileNumber}">${escapeHtml(entry.path)}</a> <span class="meta">${plural(entry.removedCharacters, 'character')}, ${plural(entry.cuts, 'cut')}</span></li>`,
  );
  return `<h2>Most removed</h2><ol class="most-removed">${items.join('')}</ol>`;
}

function failureList(summary: ReportSummary): string {
  if (summary.failed === 0) return '';
  const items = summary.failures.map((failure) => `<li><code>${escapeHtml(failure.path)}</code>: ${escapeHtml(failure.error)}</li>`);
  const more = summary.failed - summary.failures.length;
  if (more > 0) items.push(`<li>and ${plural(more, 'more file')}</li>`);
  return `<details class="failures"><summary>${plural(summary.failed, 'file')} could not be cleaned</summary><ul>${items.join('')}</ul></details>`;
}

function unexplainedWarning(summary: ReportSummary): string {
  if (summary.unexplainedCharacters === 0) return '';
  const one = summary.unexplainedCharacters === 1;
  const counts = `${plural(summary.unexplainedCharacters, 'character')} in ${plural(summary.unexplainedFiles, 'file')}`;
  return `<p class="warning">${counts} ${one ? 'was' : 'were'} removed without a finding to explain ${one ? 'it' : 'them'}: the file views mark ${one ? 'it' : 'them'} with a red wavy line.</p>`;
}

/** The summary section. */
export function summaryHtml(summary: ReportSummary, rules: readonly RuleEntry[]): string {
  const cuts = rules.reduce((sum, rule) => sum + rule.cuts, 0);
  return [
    '<section id="summary" aria-label="Summary">',
    totalsList(summary, cuts),
    unexplainedWarning(summary),
    ruleChart(rules),
    mostRemovedList(summary),
    failureList(summary),
    '</section>',
  ].join('\n');
}
