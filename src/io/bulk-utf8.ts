/**
 * UTF-8 decoded in bulk through ICU's converter (node:buffer transcode). For text outside Latin-1,
 * V8's own UTF-8 decoder goes about one character at a time: decoding the 100 MB of an Arabic file
 * takes 400 ms; ICU converts to UTF-16 in about half of that, and a UTF-16 buffer becomes a string
 * by a copy. (Output is encoded by TextEncoder.encodeInto into a reused buffer: utf8-pieces.ts.)
 */
import { isAscii, isUtf8, transcode } from 'node:buffer';

// Whether some character is above U+00FF: a byte from 0xC4 up can only lead such a character
// (continuation bytes are 0x80 to 0xBF). Arabic text answers within its first few bytes.
function holdsCharacterAboveLatin1(bytes: Uint8Array): boolean {
  for (let index = 0; index < bytes.length; index++) if ((bytes[index] as number) >= 0xc4) return true;
  return false;
}

/**
 * The text of `bytes`, or null when they are not valid UTF-8 (a byte order mark stays a character).
 * Text within Latin-1 becomes a one-byte string, as V8's decoder would make it: half the memory
 * of UTF-16. Decoded whole rather than in pieces: joining pieces copies the text once more, which
 * costs as much as the conversion, and holds as much memory at once.
 */
export function decodeUtf8InBulk(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (isAscii(buffer)) return buffer.toString('latin1');
  if (!holdsCharacterAboveLatin1(buffer)) return transcode(buffer, 'utf8', 'latin1').toString('latin1');
  return transcode(buffer, 'utf8', 'ucs2').toString('ucs2');
}
