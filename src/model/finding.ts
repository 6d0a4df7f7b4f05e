/** What a rule reports: one span of the original text to delete, and why. */
import type { LineRange } from './article.js';

/** Character offsets into the original text, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One cut, explained. */
export interface Finding {
  /** Id of the rule that found it (equal to the rule's file name). */
  readonly rule: string;
  /** The characters to delete. */
  readonly span: Span;
  /** The 1-based lines the span touches. */
  readonly lines: LineRange;
  /** A short clause a person can read: "repeats lines 2-9". */
  readonly reason: string;
  /** The kept copy this cut repeats, for repeat rules. */
  readonly duplicateOf: LineRange | null;
  /** The read-also phrase of a cross-link, as written. */
  readonly marker?: string;
  /** The linked headlines of a cross-link, as written. */
  readonly headlines?: readonly string[];
}

/** Orders findings by position, then by rule id, so output never depends on rule order. */
export function compareFindings(left: Finding, right: Finding): number {
  return (
    left.span.start - right.span.start ||
    left.span.end - right.span.end ||
    (left.rule < right.rule ? -1 : left.rule > right.rule ? 1 : 0)
  );
}

/** What a rule says about a cut besides where it is. */
export type FindingFields = Omit<Finding, 'span' | 'lines'>;

// Every finding has its keys in one order, the order JSON output shows them in. Objects are built
// key by key rather than by spreading another finding: V8 copies objects of several shapes (with
// and without marker and headlines) by its slow path, over a microsecond a finding.
function buildFinding(
  rule: string,
  reason: string,
  duplicateOf: LineRange | null,
  optional: FindingFields,
  span: Span,
  lines: LineRange,
): Finding {
  const hasMarker = 'marker' in optional;
  const hasHeadlines = 'headlines' in optional;
  if (hasMarker && hasHeadlines) return { rule, reason, duplicateOf, marker: optional.marker, headlines: optional.headlines, span, lines };
  if (hasHeadlines) return { rule, reason, duplicateOf, headlines: optional.headlines, span, lines };
  if (hasMarker) return { rule, reason, duplicateOf, marker: optional.marker, span, lines };
  return { rule, reason, duplicateOf, span, lines };
}

/** A finding from a rule's fields and the place of its cut. */
export function makeFinding(fields: FindingFields, span: Span, lines: LineRange): Finding {
  return buildFinding(fields.rule, fields.reason, fields.duplicateOf, fields, span, lines);
}

/** The parts of a finding that change when it is moved onto other lines or explained again. */
export interface FindingChanges {
  readonly rule?: string;
  readonly reason?: string;
  /** A range, or null for none; left out, the finding keeps its own. */
  readonly duplicateOf?: LineRange | null;
  readonly span?: Span;
  readonly lines?: LineRange;
}

/** A copy of a finding with some parts changed. */
export function changeFinding(finding: Finding, changes: FindingChanges): Finding {
  return buildFinding(
    changes.rule ?? finding.rule,
    changes.reason ?? finding.reason,
    changes.duplicateOf === undefined ? finding.duplicateOf : changes.duplicateOf,
    finding,
    changes.span ?? finding.span,
    changes.lines ?? finding.lines,
  );
}
