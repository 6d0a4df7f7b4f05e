/**
 * Keeps "every removed repeat has a kept twin" true when cuts meet: when the copy a finding
 * points at is cut too (by a later pass, or by a run that took it), the finding points on at the
 * copy that stays; when that copy was cut as a cross-link, its repeats are that link repeated.
 */
import { describeLineRange, type LineRange } from '../model/article.js';
import { changeFinding, type Finding } from '../model/finding.js';
import { mergeSpans } from './apply-cuts.js';
import { isBlankAt, type OriginalLines } from './original-lines.js';

const MAX_HOPS = 8;

// Lines deleted by the cuts taken together (a repeat found on the cleaned text may leave to an
// earlier inline cut the rest of its line), each with the finding that answers for it: a repeat
// if one deletes part of it, else the first finding that does.
function deletedLines(lines: OriginalLines, findings: readonly Finding[]): number[] {
  const { starts, contentEnds } = lines;
  // Plain arrays made at full length: a typed array of more than 64 bytes is allocated off the
  // heap, which costs more than the work on the few dozen lines of most articles.
  const deleted = new Array<number>(starts.length + 1).fill(0);
  const spans = mergeSpans(findings);
  let next = 0;
  for (let index = 0; index < starts.length; index++) {
    const contentEnd = contentEnds[index] as number;
    while (next < spans.length && (spans[next] as { end: number }).end < contentEnd) next++;
    const span = spans[next];
    if (!isBlankAt(lines, index) && span !== undefined && span.start <= (starts[index] as number) && span.end >= contentEnd) deleted[index + 1] = 1;
  }
  return deleted;
}

function ownersByLine(findings: readonly Finding[], deleted: readonly number[]): number[] {
  const owners = new Array<number>(deleted.length).fill(-1);
  findings.forEach((finding, index) => {
    for (let number = finding.lines.start; number <= finding.lines.end; number++) {
      if (deleted[number] !== 1) continue;
      // A repeat inside the line (its kept copy is the line itself) does not answer for the line.
      if (finding.duplicateOf !== null && finding.duplicateOf.start <= number && finding.duplicateOf.end >= number) continue;
      const current = owners[number] as number;
      if (current === -1 || ((findings[current] as Finding).duplicateOf === null && finding.duplicateOf !== null)) owners[number] = index;
    }
  });
  return owners;
}

// Where the cutter's kept copy has the same shape as its cut lines, the twin of one cut line is
// the line at the same place in the kept copy.
function twinIn(cutter: Finding, range: LineRange): LineRange {
  const kept = cutter.duplicateOf as LineRange;
  if (kept.end - kept.start !== cutter.lines.end - cutter.lines.start) return kept;
  const offset = range.start - cutter.lines.start;
  return { start: kept.start + offset, end: kept.start + offset + (range.end - range.start) };
}

function cutterOf(findings: readonly Finding[], owners: readonly number[], self: number, range: LineRange): Finding | null {
  const owner = owners[range.start] as number;
  if (owner === -1 || owner === self) return null;
  const cutter = findings[owner] as Finding;
  return cutter.lines.end >= range.end ? cutter : null;
}

// A kept copy of several lines whose first or last line went (cut on a later pass) is narrowed to
// the lines that stay; it never starts or ends on a blank line.
function narrowToKept(lines: OriginalLines, range: LineRange, deleted: readonly number[]): LineRange {
  const gone = (number: number): boolean => deleted[number] === 1 || isBlankAt(lines, number - 1);
  let { start, end } = range;
  while (start < end && gone(start)) start++;
  while (end > start && gone(end)) end--;
  return start === range.start && end === range.end ? range : { start, end };
}

/** Re-points findings whose kept copy was cut too; `lines` are those of the original text. */
export function keepTwins(lines: OriginalLines, findings: readonly Finding[]): Finding[] {
  // Most articles have no repeat at all: nothing to re-point, and no need to map deleted lines.
  if (findings.every((finding) => finding.duplicateOf === null)) return [...findings];
  const deleted = deletedLines(lines, findings);
  const owners = ownersByLine(findings, deleted);
  return findings.map((finding, self) => {
    let target = finding.duplicateOf;
    for (let hops = 0; target !== null && hops < MAX_HOPS; hops++) {
      target = narrowToKept(lines, target, deleted);
      const range: LineRange = target;
      const cutter = cutterOf(findings, owners, self, range);
      if (cutter === null) break;
      if (cutter.duplicateOf === null) {
        return changeFinding(finding, { rule: cutter.rule, duplicateOf: null, reason: `repeats ${describeLineRange(range)}, which is cut as ${cutter.rule} too` });
      }
      target = twinIn(cutter, range);
    }
    if (target === finding.duplicateOf || target === null) return finding;
    return changeFinding(finding, { duplicateOf: target, reason: `${finding.reason}; that copy is cut too, the kept one is ${describeLineRange(target)}` });
  });
}
