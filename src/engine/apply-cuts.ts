/** Merges the spans of all findings and deletes them in one pass. */
import type { Finding, Span } from '../model/finding.js';

/** The union of the findings' spans, sorted and without overlaps. */
export function mergeSpans(findings: readonly Finding[]): Span[] {
  const spans = findings.map((finding) => finding.span).filter((span) => span.end > span.start);
  spans.sort((left, right) => left.start - right.start || left.end - right.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    } else {
      merged.push(span);
    }
  }
  return merged;
}

/** The text with the spans deleted: everything else stays byte for byte. */
export function applyCuts(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const kept: string[] = [];
  let position = 0;
  for (const span of spans) {
    kept.push(text.slice(position, span.start));
    position = span.end;
  }
  kept.push(text.slice(position));
  return kept.join('');
}
