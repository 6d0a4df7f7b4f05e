/** The JSON Lines records (schema/article-clean.schema.json), with a fixed key order. */
import type { FileResult } from '../engine/clean-file.js';
import type { Finding } from '../model/finding.js';

/** A finding as JSON: lines are 1-based and inclusive; `text` is what was cut. */
export function findingRecord(original: string, finding: Finding): Record<string, unknown> {
  return {
    rule: finding.rule,
    lines: { start: finding.lines.start, end: finding.lines.end },
    reason: finding.reason,
    duplicateOf: finding.duplicateOf === null ? null : { start: finding.duplicateOf.start, end: finding.duplicateOf.end },
    text: original.slice(finding.span.start, finding.span.end),
    ...(finding.marker === undefined ? {} : { marker: finding.marker }),
    ...(finding.headlines === undefined ? {} : { headlines: finding.headlines }),
  };
}

/** One JSON line (without the newline) for a file result: the cleaned file, or `{path, error}`. */
export function jsonRecord(result: FileResult): string {
  if (!result.ok) return JSON.stringify({ path: result.path, error: result.error });
  return JSON.stringify({
    path: result.path,
    changed: result.changed,
    encoding: result.encoding,
    text: result.text,
    findings: result.findings.map((finding) => findingRecord(result.original, finding)),
    links: result.links,
    removedCharacters: result.removedCharacters,
  });
}
