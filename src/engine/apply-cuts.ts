/** Merges the spans of all findings and deletes them in one pass. */
import { changeFinding, type Finding, type Span } from '../model/finding.js';

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

/** What claimFinalLineBreak reads of a text: a string, or the cleaned text seen through the original. */
export interface CharacterReader {
  readonly length: number;
  charCodeAt(index: number): number;
}

/**
 * Keeps the output ending with a line break exactly when the input does: when the cuts run to the
 * end of a text without a final line break, the line break before them goes too, and it goes as
 * part of the finding that starts that last stretch of cuts, so that no character is removed
 * without a finding.
 */
export function claimFinalLineBreak(text: CharacterReader, findings: readonly Finding[]): Finding[] {
  const last = mergeSpans(findings).pop();
  if (last === undefined || last.end !== text.length || text.charCodeAt(text.length - 1) === 0x0a || last.start === 0) return [...findings];
  if (text.charCodeAt(last.start - 1) !== 0x0a) return [...findings];
  const start = last.start >= 2 && text.charCodeAt(last.start - 2) === 0x0d ? last.start - 2 : last.start - 1;
  let owner = -1;
  findings.forEach((finding, index) => {
    if (finding.span.start !== last.start) return;
    if (owner === -1 || finding.span.end > (findings[owner] as Finding).span.end) owner = index;
  });
  return findings.map((finding, index) => (index === owner ? changeFinding(finding, { span: { start, end: finding.span.end } }) : finding));
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
