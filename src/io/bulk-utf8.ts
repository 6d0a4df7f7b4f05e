/**
 * UTF-8 in bulk through ICU's converter (node:buffer transcode). For text outside Latin-1, V8's
 * own UTF-8 decoder and encoder go about one character at a time: decoding the 100 MB of an
 * Arabic file takes 400 ms, and encoding it again 200 ms; ICU converts to and from UTF-16 in a
 * fifth of that, and a UTF-16 buffer becomes a string, or a string a UTF-16 buffer, by a copy.
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

// The UTF-16 form of a text is only a step on the way to UTF-8: texts of up to a few megabytes
// (the writer's pieces) are written into one reused buffer rather than a new one each.
const KEPT_UTF16_BYTES = 4 << 20;
let utf16Scratch = Buffer.alloc(0);

function utf16Of(text: string): Buffer {
  const size = text.length * 2;
  if (size > KEPT_UTF16_BYTES) return Buffer.from(text, 'ucs2');
  // Grown to what the texts need, so a run of small files never holds the full few megabytes.
  if (utf16Scratch.length < size) utf16Scratch = Buffer.allocUnsafeSlow(Math.min(KEPT_UTF16_BYTES, Math.max(size, utf16Scratch.length * 2)));
  utf16Scratch.write(text, 0, size, 'ucs2');
  return utf16Scratch.subarray(0, size);
}

// Below this many characters Node's encoder is as fast: ICU's pays a set-up per call.
const BULK_CHARACTERS = 1 << 16;

/**
 * The UTF-8 bytes of `text`, exactly as Buffer.from(text, 'utf8') makes them. ICU refuses a lone
 * surrogate, which Node's encoder writes as U+FFFD: such text goes through Node's encoder.
 */
export function encodeUtf8InBulk(text: string): Buffer {
  if (text.length < BULK_CHARACTERS) return Buffer.from(text, 'utf8');
  try {
    return transcode(utf16Of(text), 'ucs2', 'utf8');
  } catch {
    return Buffer.from(text, 'utf8');
  }
}
