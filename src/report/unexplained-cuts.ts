/**
 * Characters the output lacks that no finding covers. The contract says every cut is a finding,
 * so this is normally empty; when it is not, the report shows those characters as removed
 * rather than pretend they were kept.
 */
import { applyCuts, mergeSpans } from '../engine/apply-cuts.js';
import type { Finding, Span } from '../model/finding.js';

/**
 * Spans of `original` missing from `output` beyond the findings' spans, found by walking the kept
 * text against the output (the output is the input with deletions only, so a greedy walk finds
 * a valid alignment). Empty when the findings explain the output.
 */
export function unexplainedCuts(original: string, findings: readonly Finding[], output: string): Span[] {
  const spans = mergeSpans(findings);
  if (applyCuts(original, spans) === output) return [];
  const extra: Span[] = [];
  let position = 0;
  let outputPosition = 0;
  let spanIndex = 0;
  while (position < original.length) {
    const span = spans[spanIndex];
    if (span !== undefined && position >= span.start) {
      position = Math.max(position, span.end);
      spanIndex++;
      continue;
    }
    if (original[position] === output[outputPosition]) {
      outputPosition++;
    } else {
      const last = extra[extra.length - 1];
      if (last !== undefined && last.end === position) extra[extra.length - 1] = { start: last.start, end: position + 1 };
      else extra.push({ start: position, end: position + 1 });
    }
    position++;
  }
  return extra;
}
