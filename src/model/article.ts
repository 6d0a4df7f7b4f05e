/** The parsed form of one article that every rule reads. */
import type { KeyTable } from '../text/key-table.js';

/** One line of the original text, located by character offsets. */
export interface Line {
  /** 0-based position in the article; line numbers shown to people are `index + 1`. */
  readonly index: number;
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the content, before any "\r\n" or "\n". */
  readonly contentEnd: number;
  /** Offset just past the line break (equal to `contentEnd` on a last line without one). */
  readonly end: number;
  /** Empty or white space only. */
  readonly isBlank: boolean;
  /** Comparison key of the content ('' for blank lines). */
  readonly key: string;
  /** The key's id in the article's key table: lines have equal keys exactly when their ids are equal. */
  readonly keyId: number;
  /** Whether the key holds a letter: separator lines ("-----") have none and never count as repeats. */
  readonly hasLetters: boolean;
}

/**
 * Lines and columns as people see them: those of the text they gave. The engine's later passes
 * read the cleaned text, whose lines have moved up and may have lost characters, so a reason that
 * names a line ("repeats line 4") asks here rather than reading `index + 1`.
 */
export interface OriginalPlaces {
  /** The 1-based number in the original text of this article's line at `index`. */
  readonly lineNumberOf: (index: number) => number;
  /** The 1-based column in its original line of the character at `offset`, which is on `line`. */
  readonly columnOf: (line: Line, offset: number) => number;
}

/** The places of an article parsed from the original text: its own lines and columns. */
export const PLACES_AS_PARSED: OriginalPlaces = {
  lineNumberOf: (index) => index + 1,
  columnOf: (line, offset) => offset - line.start + 1,
};

/** The original text plus its lines. */
export interface Article {
  readonly text: string;
  readonly lines: readonly Line[];
  /** Non-blank lines in order: the units the rules compare. */
  readonly contentLines: readonly Line[];
  /** Paragraphs are separated by blank lines (rather than one paragraph per line). */
  readonly isBlankLineSeparated: boolean;
  /** The distinct keys of the lines, by key id. */
  readonly keyTable: KeyTable;
  /** Where its lines are in the original text, for the reasons people read. */
  readonly places: OriginalPlaces;
}

/** The content of a line, without its line break (a CR before "\n" is left out too). */
export function lineContent(article: Article, line: Line): string {
  return article.text.slice(line.start, line.contentEnd);
}

/** A 1-based inclusive range of line numbers. */
export interface LineRange {
  readonly start: number;
  readonly end: number;
}

/** The 1-based line range covering two lines. */
export function lineRange(first: Line, last: Line): LineRange {
  return { start: first.index + 1, end: last.index + 1 };
}

/** A line range as a reason names it: "line 4" or "lines 2-9". */
export function describeLineRange(range: LineRange): string {
  return range.start === range.end ? `line ${range.start}` : `lines ${range.start}-${range.end}`;
}

/** A range of the article's own line numbers as numbered in the original text. */
export function originalLineRange(article: Article, range: LineRange): LineRange {
  return { start: article.places.lineNumberOf(range.start - 1), end: article.places.lineNumberOf(range.end - 1) };
}
