/**
 * UTF-8 decoded in bulk through ICU's converter (node:buffer transcode), and the UTF-16 made a
 * string by a copy, which Node keeps outside V8's heap for a text this large. V8's own decoder
 * (TextDecoder) makes the string in the heap, whose limit then grows with it: the 100 MB file's
 * run took 0.94x to 0.97x the time but peaked 100 MB higher. (ICU took half of V8's time on warm
 * memory; where fresh memory is dear, its extra UTF-16 buffer makes it slower: 1.0 s against 0.8.)
 * Output is encoded by TextEncoder.encodeInto into a reused buffer: utf8-pieces.ts.
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
