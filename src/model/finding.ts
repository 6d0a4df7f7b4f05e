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
