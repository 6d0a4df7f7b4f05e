/** The report page around the file data: the head before it, the summary and controls after it. */
import { formatCount } from '../text/count-phrase.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { REPORT_CSS, ruleStyles } from './styles.js';
import { clientScript } from './client-script.js';
import { ruleColors } from './rule-colors.js';
import { summaryHtml, type RuleEntry } from './summary-html.js';
import type { ReportSummary } from './summary.js';

// The page loads nothing from anywhere: the policy forbids every fetch, and allows only the
// inline style and script that it carries.
const CONTENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/** Everything before the file data blocks: it does not depend on the run, so it can go first. */
export function reportHead(): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="article-clean">',
    '<title>article-clean review report</title>',
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '',
  ].join('\n');
}

/** The rules of the run, sorted by id, each with its color and number of cuts. */
export function ruleEntries(summary: ReportSummary): RuleEntry[] {
  const colors = ruleColors([...summary.cutsByRule.keys()]);
  return [...summary.cutsByRule.keys()].sort().map((id) => ({ id, color: colors.get(id) as string, cuts: summary.cutsByRule.get(id) as number }));
}

function ruleFilter(rules: readonly RuleEntry[]): string {
  const boxes = rules.map(
    (rule, index) =>
      `<label><input type="checkbox" value="${escapeHtml(rule.id)}" checked> <span class="swatch r${index}"></span>${escapeHtml(rule.id)} (${formatCount(rule.cuts)})</label>`,
  );
  return `<fieldset id="rule-filter"><legend>Rules shown</legend>${boxes.join('')}</fieldset>`;
}

function controls(rules: readonly RuleEntry[]): string {
  return [
    '<section id="controls" aria-label="Filters">',
    ruleFilter(rules),
    '<label class="field">File name<input id="name-filter" type="search" autocomplete="off" placeholder="part of a path"></label>',
    '<label class="field">Search text (/)<input id="text-search" type="search" autocomplete="off" placeholder="words in the files"></label>',
    '<label class="field">Files per page<select id="page-size"><option>10</option><option selected>20</option><option>50</option><option>100</option></select></label>',
    '<label><input id="cleaned-view" type="checkbox"> Show as cleaned</label>',
    '</section>',
  ].join('\n');
}

/** Everything after the file data blocks: the visible page, the rule colors and the script. */
export function reportTail(summary: ReportSummary): string {
  const rules = ruleEntries(summary);
  const runData = { rules: rules.map((rule) => ({ id: rule.id, cuts: rule.cuts })) };
  return [
    '<main>',
    '<h1>article-clean review report</h1>',
    summaryHtml(summary, rules),
    controls(rules),
    '<p id="status" role="status"></p>',
    '<nav class="pager" aria-label="Pages"></nav>',
    '<div id="files"><noscript><p>The files are shown with JavaScript, which is off: the summary above is complete.</p></noscript></div>',
    '<nav class="pager" aria-label="Pages, bottom"></nav>',
    '</main>',
    '<div id="tip" role="tooltip" hidden></div>',
    `<style>\n${ruleStyles(rules)}\n</style>`,
    `<script type="application/json" id="run-data">${jsonForScript(runData)}</script>`,
    `<script>\n${clientScript().replace(/<\/(script)/gi, '<\\/$1')}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
