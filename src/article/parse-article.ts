/** Splits text into lines with offsets and comparison keys. */
import { comparisonKey, keyHasLetters } from '../text/comparison-key.js';
import { isBlankCode } from '../text/character-table.js';
import { PLACES_AS_PARSED, type Article, type Line } from '../model/article.js';
import { EMPTY_KEY_ID, KeyTable } from '../text/key-table.js';

// Read in place: a line is never copied out of the text just to be looked at.
function isBlankSpan(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (!isBlankCode(text.charCodeAt(index))) return false;
  }
  return true;
}

/**
 * Lines of an earlier parse, found by the characters of a new line: a line whose content is the
 * same characters as an earlier one takes that line's key instead of computing it again.
 */
export interface EarlierLines {
  /** The index of the earlier line whose content is `text[start, contentEnd)`, or -1. */
  readonly indexOf: (start: number, contentEnd: number) => number;
  /** The key id of the earlier line at `index`. */
  readonly keyIdAt: (index: number) => number;
  /** Whether that key holds a letter. */
  readonly hasLettersAt: (index: number) => boolean;
  /** The table of the earlier keys: the new parse numbers its keys in it too, so ids stay comparable. */
  readonly keyTable: KeyTable;
}

function makeLine(text: string, index: number, start: number, lineBreak: number, keyTable: KeyTable, earlierLines: EarlierLines | undefined): Line {
  const end = lineBreak === -1 ? text.length : lineBreak + 1;
  const rawEnd = lineBreak === -1 ? text.length : lineBreak;
  const contentEnd = rawEnd > start && text.charCodeAt(rawEnd - 1) === 0x0d && lineBreak !== -1 ? rawEnd - 1 : rawEnd;
  const isBlank = isBlankSpan(text, start, contentEnd);
  if (isBlank) return { index, start, contentEnd, end, isBlank, key: '', keyId: EMPTY_KEY_ID, hasLetters: false };
  const earlier = earlierLines === undefined ? -1 : earlierLines.indexOf(start, contentEnd);
  if (earlier !== -1) {
    const lines = earlierLines as EarlierLines;
    const keyId = lines.keyIdAt(earlier);
    return { index, start, contentEnd, end, isBlank, key: keyTable.keyOf(keyId), keyId, hasLetters: lines.hasLettersAt(earlier) };
  }
  // The table's string, not the one just made: a repeated line shares its key with the first copy.
  const keyId = keyTable.idOf(comparisonKey(text, start, contentEnd));
  const key = keyTable.keyOf(keyId);
  return { index, start, contentEnd, end, isBlank, key, keyId, hasLetters: keyHasLetters(key) };
}

// Where each line ends: the offset of its "\n", or -1 for a last line without one. A final "\n"
// does not start another line. Found in one scan that the parse then reads, instead of one scan
// to count the lines and another to split them (each about 70 ms over a 100 MB text). Written
// into one buffer that every parse reuses: a plain array grown by push left 30 MB of discarded
// copies behind for the 914,000 lines of a 100 MB text (an allocation profile), and a fresh typed
// array costs more to make than a small article takes to scan.
const KEPT_LINE_BREAKS = 1 << 16;
let lineBreakBuffer = new Int32Array(1024);

/** The line breaks of `text` in the shared buffer; returns their count. */
function findLineBreaks(text: string): number {
  let breaks = lineBreakBuffer;
  let count = 0;
  for (let start = 0; start < text.length; ) {
    const lineBreak = text.indexOf('\n', start);
    if (count === breaks.length) {
      const grown = new Int32Array(breaks.length * 2);
      grown.set(breaks);
      breaks = lineBreakBuffer = grown;
    }
    breaks[count++] = lineBreak;
    if (lineBreak === -1) break;
    start = lineBreak + 1;
  }
  return count;
}

// A text is "blank-line separated" when empty lines break it into paragraphs, as in the English
// files of the dev corpus or hard-wrapped text; one-paragraph-per-line Arabic text has at most a
// stray blank line.
function detectBlankLineSeparation(lines: readonly Line[]): boolean {
  let breaks = 0;
  let blankBreaks = 0;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] as Line;
    const previous = lines[index - 1] as Line;
    if (line.isBlank && !previous.isBlank) blankBreaks++;
    if (!line.isBlank && !previous.isBlank) breaks++;
  }
  return blankBreaks >= 2 || (blankBreaks > 0 && blankBreaks >= breaks);
}

/**
 * Parses text into an article. Lines are split on "\n" only, so line numbers match
 * `text.split('\n')`; a final "\n" does not start another line. The engine passes
 * `earlierLines` when it parses a cleaned text again, so that the lines a cut left untouched
 * keep their keys.
 */
export function parseArticle(text: string, earlierLines?: EarlierLines): Article {
  // The line breaks are found first (a list of numbers), which gives the count, so that both
  // arrays of lines are made at their final length: grown by push, the arrays of a text of 900,000
  // lines leave about twice their size in discarded copies, which the collector then has to find
  // room for next to the text.
  const lineCount = findLineBreaks(text);
  const lineBreaks = lineBreakBuffer;
  const lines = new Array<Line>(lineCount);
  // Room for half the lines: blank lines and repeats take no slot, and a table that has to grow
  // only rehashes once.
  const keyTable = earlierLines?.keyTable ?? new KeyTable(lineCount >> 1);
  let contentCount = 0;
  let start = 0;
  for (let index = 0; index < lineCount; index++) {
    const lineBreak = lineBreaks[index] as number;
    const line = makeLine(text, index, start, lineBreak, keyTable, earlierLines);
    lines[index] = line;
    if (!line.isBlank) contentCount++;
    start = lineBreak + 1;
  }
  // The buffer of a huge text goes, so that its memory comes back.
  if (lineBreaks.length > KEPT_LINE_BREAKS) lineBreakBuffer = new Int32Array(1024);
  return articleOfLines(text, lines, contentCount, keyTable);
}

/**
 * The article of `text` whose lines are already made, `contentCount` of them not blank: what a
 * parse of the text would give when `lines` are the ones it would make.
 */
export function articleOfLines(text: string, lines: Line[], contentCount: number, keyTable: KeyTable): Article {
  const contentLines = new Array<Line>(contentCount);
  let next = 0;
  for (const line of lines) if (!line.isBlank) contentLines[next++] = line;
  return { text, lines, contentLines, isBlankLineSeparated: detectBlankLineSeparation(lines), keyTable, places: PLACES_AS_PARSED };
}
