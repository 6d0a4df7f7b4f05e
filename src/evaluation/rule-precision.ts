/** Precision per rule: how many of each rule's cuts the gold also makes. */
import type { Finding } from '../model/finding.js';
import type { GoldCase } from './gold-case.js';
import type { Tally } from './score.js';

interface LineSpan {
  readonly number: number;
  readonly start: number;
  readonly contentEnd: number;
}

function lineSpans(text: string): LineSpan[] {
  const spans: LineSpan[] = [];
  let start = 0;
  text.split('\n').forEach((line, index) => {
    const contentEnd = start + line.length - (line.endsWith('\r') ? 1 : 0);
    spans.push({ number: index + 1, start, contentEnd });
    start += line.length + 1;
  });
  return spans;
}

function judgeFinding(gold: GoldCase, lines: readonly LineSpan[], finding: Finding, tally: Tally): void {
  const goldSegments = new Set(gold.segments.map((segment) => `${segment.line}:${segment.start}:${segment.end}`));
  for (let number = finding.lines.start; number <= finding.lines.end; number++) {
    const line = lines[number - 1];
    if (line === undefined || gold.input.slice(line.start, line.contentEnd).trim() === '') continue;
    const coversLine = finding.span.start <= line.start && finding.span.end >= line.contentEnd;
    tally.total++;
    if (coversLine) {
      if (gold.lineTags.has(number)) tally.found++;
      continue;
    }
    const start = Math.max(finding.span.start, line.start) - line.start;
    const end = Math.min(finding.span.end, line.contentEnd) - line.start;
    if (goldSegments.has(`${number}:${start}:${end}`) || gold.lineTags.has(number)) tally.found++;
  }
}

/** For each rule, the cuts (non-blank lines and segments) that the gold makes too, over all its cuts. */
export function precisionByRule(cases: readonly GoldCase[], findings: readonly (readonly Finding[])[]): Map<string, Tally> {
  const byRule = new Map<string, Tally>();
  cases.forEach((gold, index) => {
    const lines = lineSpans(gold.input);
    for (const finding of findings[index] ?? []) {
      const tally = byRule.get(finding.rule) ?? { found: 0, total: 0 };
      byRule.set(finding.rule, tally);
      judgeFinding(gold, lines, finding, tally);
    }
  });
  return new Map([...byRule].sort(([left], [right]) => (left < right ? -1 : 1)));
}
