/**
 * Comparison keys: the only place where text is normalized. Keys are compared, hashed and
 * thrown away; the text that is kept is never touched.
 */
import { CharacterClass, classOf, foldedCodeOf } from './character-table.js';

// Text made only of ASCII, Latin-1 spaces and the basic Arabic block needs no NFKC: nothing in it
// decomposes or composes into a different key. Everything else (presentation forms such as the
// lam-alef ligature, full-width Latin, combining sequences) goes through NFKC first.
const NEEDS_COMPATIBILITY_FORM = /[^\u0000-\u00a0\u0600-\u06ff]/;

const CHUNK = 8192;
// One buffer reused for ordinary lines; a huge line gets its own, so memory is returned after it.
const SHARED_BUFFER_LIMIT = 1 << 16;
const sharedBuffer = new Uint16Array(SHARED_BUFFER_LIMIT);
let buffer = sharedBuffer;

function ensureCapacity(length: number): void {
  buffer = length <= SHARED_BUFFER_LIMIT ? sharedBuffer : new Uint16Array(length);
}

function bufferToString(length: number): string {
  if (length <= CHUNK) return String.fromCharCode.apply(null, buffer.subarray(0, length) as unknown as number[]);
  const parts: string[] = [];
  for (let at = 0; at < length; at += CHUNK) {
    parts.push(String.fromCharCode.apply(null, buffer.subarray(at, Math.min(length, at + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

/**
 * The comparison key of `text[start, end)`: NFKC, no marks, tatweel, format or bidi characters,
 * no punctuation or symbols, Arabic letter variants and digits unified, lower case (İ and ı fold
 * to i), white space collapsed to single spaces and trimmed.
 */
export function comparisonKey(text: string, start = 0, end = text.length): string {
  let source = start === 0 && end === text.length ? text : text.slice(start, end);
  if (NEEDS_COMPATIBILITY_FORM.test(source)) source = source.normalize('NFKC');
  ensureCapacity(source.length);
  let length = 0;
  let pendingSpace = false;
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index);
    const kind = classOf(code);
    if (kind === CharacterClass.Ignorable || kind === CharacterClass.Punctuation) continue;
    if (kind === CharacterClass.Space) {
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace) {
      buffer[length++] = 0x20;
      pendingSpace = false;
    }
    buffer[length++] = foldedCodeOf(code);
  }
  return bufferToString(length);
}

/** Whether a key holds at least one letter (separator lines such as "-----" hold none). */
export function keyHasLetters(key: string): boolean {
  for (let index = 0; index < key.length; index++) {
    if (classOf(key.charCodeAt(index)) === CharacterClass.Letter) return true;
  }
  return false;
}
