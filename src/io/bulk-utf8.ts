/**
 * UTF-8 in bulk through ICU's converter (node:buffer transcode). For text outside Latin-1, V8's
 * own UTF-8 decoder and encoder go about one character at a time: decoding the 100 MB of an
 * Arabic file takes 400 ms, and encoding it again 200 ms; ICU converts to and from UTF-16 in a
 * fifth of that, and a UTF-16 buffer becomes a string, or a string a UTF-16 buffer, by a copy.
 */
import { isAscii, isUtf8, transcode } from 'node:buffer';

// Bytes are decoded a piece at a time, so that the UTF-16 copy of a piece is all that is made
// on top of the bytes and the text: a megabyte, not twice the file.
const PIECE_BYTES = 1 << 20;

// The first byte at or before `end` that starts a character (not a continuation byte 10xxxxxx).
function characterStartAtOrBefore(bytes: Uint8Array, end: number): number {
  let start = end;
  while (start > 0 && ((bytes[start] as number) & 0xc0) === 0x80) start--;
  return start;
}

// ASCII stays a one-byte string (half the memory of UTF-16), as V8's decoder would make it.
function decodePiece(bytes: Buffer): string {
  if (isAscii(bytes)) return bytes.toString('latin1');
  return transcode(bytes, 'utf8', 'ucs2').toString('ucs2');
}

/** The text of `bytes`, or null when they are not valid UTF-8 (a byte order mark stays a character). */
export function decodeUtf8InBulk(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const pieces: string[] = [];
  for (let start = 0; start < buffer.length; ) {
    const end = start + PIECE_BYTES >= buffer.length ? buffer.length : characterStartAtOrBefore(buffer, start + PIECE_BYTES);
    pieces.push(decodePiece(buffer.subarray(start, end)));
    start = end;
  }
  return pieces.join('');
}

/**
 * The UTF-8 bytes of `text`, exactly as Buffer.from(text, 'utf8') makes them. ICU refuses a lone
 * surrogate, which Node's encoder writes as U+FFFD: such text goes through Node's encoder.
 */
export function encodeUtf8InBulk(text: string): Buffer {
  try {
    return transcode(Buffer.from(text, 'ucs2'), 'ucs2', 'utf8');
  } catch {
    return Buffer.from(text, 'utf8');
  }
}
