/**
 * What the engine keeps of the original article once its first pass has run: the lines' offsets,
 * keys and kinds in flat arrays instead of Line objects. The next pass takes the Line objects
 * over (renumbered as a view of the original text, see kept-view.ts) or parses the cleaned text
 * into lines of its own; keepTwins and the passes after it need only these arrays, which for the
 * 900,000 lines of a 100 MB text are a few megabytes where the objects are about 90 MB.
 */
import type { Article } from '../model/article.js';
import { KeyTable } from '../text/key-table.js';

/** The original lines, by 0-based line index. */
export interface OriginalLines {
  /** Offset of each line's first character, ascending (what lineNumberAt searches). */
  readonly starts: Int32Array;
  /** Offset just past each line's content. */
  readonly contentEnds: Int32Array;
  /** Each line's key id in `keyTable`. */
  readonly keyIds: Int32Array;
  /** The keys of the lines, by key id. */
  readonly keyTable: KeyTable;
  /** Each line's kind: BLANK, LETTERED or neither. */
  readonly kinds: Uint8Array;
}

const BLANK = 1;
const LETTERED = 2;

/** No lines: what a text in which the first pass found nothing needs of them later. */
export const NO_ORIGINAL_LINES: OriginalLines = {
  starts: new Int32Array(0),
  contentEnds: new Int32Array(0),
  keyIds: new Int32Array(0),
  keyTable: new KeyTable(),
  kinds: new Uint8Array(0),
};

/** The original lines of an article. */
export function originalLinesOf(article: Article): OriginalLines {
  // Numbers in typed arrays: half the size of plain ones, and off the heap, so they do not bring
  // the next full collection closer. Made at their final length at once: grown by push, the
  // arrays of a 900,000-line text would leave about twice their size in discarded copies.
  const { lines } = article;
  const starts = new Int32Array(lines.length);
  const contentEnds = new Int32Array(lines.length);
  const keyIds = new Int32Array(lines.length);
  const kinds = new Uint8Array(lines.length);
  lines.forEach((line, index) => {
    starts[index] = line.start;
    contentEnds[index] = line.contentEnd;
    keyIds[index] = line.keyId;
    kinds[index] = (line.isBlank ? BLANK : 0) | (line.hasLetters ? LETTERED : 0);
  });
  return { starts, contentEnds, keyIds, keyTable: article.keyTable, kinds };
}

/** Whether the original line at `index` is blank. */
export function isBlankAt(lines: OriginalLines, index: number): boolean {
  return ((lines.kinds[index] as number) & BLANK) !== 0;
}

/** Whether the key of the original line at `index` holds a letter. */
export function hasLettersAt(lines: OriginalLines, index: number): boolean {
  return ((lines.kinds[index] as number) & LETTERED) !== 0;
}
