/** The JSON Lines records (schema/article-clean.schema.json), with a fixed key order. */
import type { FileResult } from '../engine/clean-file.js';
import type { Finding } from '../model/finding.js';
import { keptChunks, type KeptText } from '../io/utf8-pieces.js';

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

const EMPTY_TEXT = '"text":""';

/**
 * The JSON line of a cleaned file (the newline included) in pieces, its cleaned text written from
 * the kept parts of the text (`kept`) and never made whole: the same bytes as jsonRecord of the
 * whole result. A 100 MB file's record would otherwise be a string of its own beside the text and
 * the cleaned text. `result` leaves both texts out. Chunks of the cleaned text never split a
 * surrogate pair, so each is escaped as the whole text would be.
 */
export function* jsonRecordPieces(result: FileResult & { ok: true }, kept: KeptText): Generator<string> {
  // The record made by jsonRecord with an empty text, cut where that text goes: the first `"text":`
  // of the line is the record's own (the keys before it hold no unescaped quote).
  const record = jsonRecord({ ...result, original: kept.text, text: '' });
  const textStart = record.indexOf(EMPTY_TEXT) + EMPTY_TEXT.length - 1;
  yield record.slice(0, textStart);
  for (const chunk of keptChunks(kept)) yield JSON.stringify(chunk).slice(1, -1);
  yield `${record.slice(textStart)}\n`;
}
