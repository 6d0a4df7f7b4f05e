/** The report's style sheet (inline: the report loads nothing). Rule colors come from `ruleStyles`. */
import type { RuleEntry } from './summary-html.js';

/** The fixed part of the style sheet. */
export const REPORT_CSS = `
html { scroll-padding-top: calc(var(--controls-height, 0px) + .5rem); }
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --line: #e3e3e3; --paper: #fff; --shade: #f6f7f9; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, "Noto Sans", "Noto Naskh Arabic", "DejaVu Sans", sans-serif; color: var(--ink); background: var(--shade); }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
h1 { font-size: 1.4rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
a { color: #0b57d0; }
:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.totals { display: flex; flex-wrap: wrap; gap: .5rem; margin: 0 0 1rem; }
.totals div { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: .4rem .8rem; }
.totals dt { font-size: .8rem; color: var(--muted); }
.totals dd { margin: 0; font-size: 1.2rem; font-variant-numeric: tabular-nums; }
.chart { border-collapse: collapse; width: 100%; max-width: 40rem; background: var(--paper); }
.chart caption { text-align: start; font-weight: 600; padding: .3rem 0; }
.chart th { text-align: start; font-weight: normal; padding: .2rem .6rem; white-space: nowrap; width: 1%; }
.chart td { padding: .2rem .6rem; }
.bar-cell { width: 100%; }
.bar { display: block; height: .9rem; min-width: 2px; background: var(--c); border-radius: 2px; }
.number { text-align: end; font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: .8em; height: .8em; margin-inline-end: .4em; border-radius: 2px; background: var(--c); vertical-align: -.05em; }
.most-removed .meta, .file .meta { color: var(--muted); font-size: .9rem; }
#controls { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: .6rem 1.2rem; align-items: end; margin: 1.5rem 0 .5rem; padding: .6rem .8rem; background: var(--paper); border: 1px solid var(--line); border-radius: 6px; }
#controls fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem .9rem; }
#controls legend { font-size: .8rem; color: var(--muted); padding: 0; }
#controls label.field { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
#controls input[type=search] { font: inherit; color: var(--ink); padding: .2rem .4rem; min-width: 14rem; }
#controls select { font: inherit; }
.pager { display: flex; gap: .4rem; align-items: center; margin: .5rem 0; }
.pager button { font: inherit; padding: .2rem .7rem; }
#status { margin: .3rem 0; color: var(--muted); }
.file { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; margin: 1rem 0; padding: .4rem 0 .8rem; }
.file h2 { margin: .3rem 1rem; font-size: 1rem; font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
.file .meta { margin: 0 1rem .5rem; }
.line { display: flex; align-items: baseline; }
.line::before { content: attr(data-line); flex: 0 0 3.5rem; padding-inline-end: .7rem; text-align: end; color: #9aa0a6; font: 12px/1.5 ui-monospace, monospace; user-select: none; }
.line .text { flex: 1; min-width: 0; padding: 0 1rem 0 .3rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.lines .more { display: block; margin: .5rem auto; font: inherit; padding: .3rem 1rem; }
.line.flash { background: #fff3b0; transition: background 1s; }
del.cut { text-decoration: line-through 2px var(--c); background: color-mix(in srgb, var(--c) 13%, transparent); color: #3c3c3c; border-radius: 2px; cursor: help; }
del.cut del.cut { background: color-mix(in srgb, var(--c) 22%, transparent); }
del.cut:focus-visible { outline: 3px solid var(--c); outline-offset: 1px; }
del.extra, .swatch.extra { --c: #b00020; }
del.extra { text-decoration: line-through wavy 2px var(--c); background: #fde7ea; cursor: help; }
del.extra:focus-visible { outline: 3px solid var(--c); outline-offset: 1px; }
.warning { background: #fde7ea; border-inline-start: 4px solid #b00020; padding: .4rem .8rem; }
.nl::before { content: "\\21B5"; color: var(--c); }
.stub { display: none; }
.stub::before { content: "hidden cut: " attr(data-rule); font-size: .75rem; color: var(--c); border: 1px dashed var(--c); border-radius: 3px; padding: 0 .3em; margin: 0 .2em; }
body.cleaned del.cut, body.cleaned del.extra, body.cleaned .stub, body.cleaned .line.whole { display: none !important; }
::highlight(search) { background: #ffe066; color: inherit; }
#tip { position: absolute; z-index: 5; max-width: 28rem; padding: .5rem .7rem; background: #202124; color: #fff; border-radius: 6px; font-size: .85rem; line-height: 1.4; box-shadow: 0 4px 14px rgba(0,0,0,.25); pointer-events: none; }
#tip[hidden] { display: none; }
#tip .rule { font-weight: 600; }
#tip .hint { color: #bdc1c6; }
.failures { margin: 1rem 0; }
noscript p { background: #fff3b0; padding: .5rem 1rem; }
`;

/** The rule-dependent part: a color per rule, and what hiding a rule with the filter does. */
export function ruleStyles(rules: readonly RuleEntry[]): string {
  return rules
    .map(
      (rule, index) =>
        `.r${index} { --c: ${rule.color}; }\n` +
        `body.hide-r${index} del.cut.r${index}, body.hide-r${index} .line.whole.r${index} { display: none; }\n` +
        `body.hide-r${index} .stub.r${index} { display: inline; }`,
    )
    .join('\n');
}
