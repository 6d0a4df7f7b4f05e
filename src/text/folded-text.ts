/**
 * A folded view of a span of text that keeps punctuation and maps every folded character back
 * to its offset in the original, so a phrase found in the fold can be cut from the original.
 */
import { CharacterClass, characterClasses, classOf, foldedCodes } from './character-table.js';
import { createCodeUnitBuffer } from './code-unit-buffer.js';

/** Folded text plus, for each of its characters, the offset of its source character. */
export interface FoldedText {
  /** Lower-cased, Arabic-folded text with marks dropped and white space runs as one space. */
  readonly text: string;
  /**
   * `offsets[i]` is the original offset of `text[i]`; `offsets[text.length]` is the span end. A
   * plain array: a typed array of more than 64 bytes gets a buffer outside the heap, which costs
   * more to make and collect than a fold of a few dozen characters.
   */
  readonly offsets: readonly number[];
}

const buffer = createCodeUnitBuffer(512);

/** Folds `text[start, end)` for phrase matching, keeping punctuation and an offset map. */
export function foldText(text: string, start: number, end: number): FoldedText {
  const codes = buffer.reserve(end - start);
  const classes = characterClasses;
  const folds = foldedCodes;
  const offsets: number[] = [];
  let length = 0;
  let spaceOpen = false;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    let kind = classes[code] as number;
    if (kind === CharacterClass.Unknown) kind = classOf(code);
    if (kind === CharacterClass.Ignorable) continue;
    if (kind === CharacterClass.Space) {
      if (spaceOpen) continue;
      spaceOpen = true;
      offsets[length] = index;
      codes[length++] = 0x20;
      continue;
    }
    spaceOpen = false;
    offsets[length] = index;
    codes[length++] = kind === CharacterClass.Punctuation ? code : (folds[code] as number);
  }
  offsets[length] = end;
  const folded = buffer.decode(length);
  buffer.release();
  return { text: folded, offsets };
}
