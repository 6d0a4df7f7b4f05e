/** Findings in the compact form the rule tables use: "10-17 repeated-block (copy of 2-9)". */
import { cleanText, type CleanOptions, type Finding } from '../../src/index.js';

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function describeFinding(text: string, starts: readonly number[], finding: Finding): string {
  const { lines, span, rule, duplicateOf } = finding;
  const lineStart = starts[lines.start - 1] as number;
  const lineEnd = text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart);
  const content = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const isPartial = lines.start === lines.end && (span.start > lineStart || span.end < lineStart + content.length);
  const where = isPartial
    ? `${lines.start}[${span.start - lineStart}:${span.end - lineStart}]`
    : lines.start === lines.end
      ? `${lines.start}`
      : `${lines.start}-${lines.end}`;
  const copy = duplicateOf === null ? '' : ` (copy of ${duplicateOf.start === duplicateOf.end ? duplicateOf.start : `${duplicateOf.start}-${duplicateOf.end}`})`;
  return `${where} ${rule}${copy}`;
}

/** Cleans `lines.join('\n')` and describes every finding compactly. */
export function describeCuts(lines: readonly string[], options: CleanOptions = {}): string[] {
  const text = lines.join('\n');
  const starts = lineStarts(text);
  return cleanText(text, options).findings.map((finding) => describeFinding(text, starts, finding));
}
