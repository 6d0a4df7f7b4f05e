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

/**
 * Keeps the output ending with a line break exactly when the input does: a cut that runs to the
 * end of a text without a final line break also takes the line break before it.
 */
export function keepFinalLineBreakConvention(text: string, spans: Span[]): Span[] {
  const last = spans[spans.length - 1];
  if (last === undefined || last.end !== text.length || text.endsWith('\n') || last.start === 0) return spans;
  if (text.charCodeAt(last.start - 1) !== 0x0a) return spans;
  const start = last.start >= 2 && text.charCodeAt(last.start - 2) === 0x0d ? last.start - 2 : last.start - 1;
  const previous = spans[spans.length - 2];
  if (previous !== undefined && previous.end >= start) {
    return [...spans.slice(0, -2), { start: previous.start, end: text.length }];
  }
  return [...spans.slice(0, -1), { start, end: text.length }];
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
