/**
 * Legacy (pre-Unicode) encodings: detection with chardet, decoding with iconv-lite. Both are
 * loaded on first use only, because most input is UTF-8 and start-up time matters in shell loops.
 */
import { createRequire } from 'node:module';

type Iconv = typeof import('iconv-lite');
type Chardet = typeof import('chardet');

// Made at the first load too: createRequire costs a UTF-8 run about half a millisecond.
let require: NodeJS.Require | undefined;
let iconv: Iconv | undefined;
let chardet: Chardet | undefined;

function loadIconv(): Iconv {
  require ??= createRequire(import.meta.url);
  iconv ??= require('iconv-lite') as Iconv;
  return iconv;
}

function loadChardet(): Chardet {
  require ??= createRequire(import.meta.url);
  chardet ??= require('chardet') as Chardet;
  return chardet;
}

// The detector reads this much; more costs time and changes nothing for a news article.
const DETECTION_SAMPLE = 64 * 1024;
// Below this confidence chardet is guessing (random bytes score 2 to 4).
const MIN_CONFIDENCE = 10;
// Encodings that only make sense with a byte order mark, which was already looked for.
const NEEDS_BOM = /^(utf-?8|utf-?16|utf-?32|ucs-?2)/i;
const FALLBACK = 'windows-1252';

/** Whether iconv-lite can decode this encoding name. */
export function isKnownEncoding(name: string): boolean {
  return loadIconv().encodingExists(name);
}

/** Decodes bytes with a named encoding (U+FFFD where a byte has no character in it). */
export function decodeWith(bytes: Uint8Array, name: string): string {
  return loadIconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
}

function hasC1Bytes(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80 && byte <= 0x9f) return true;
  return false;
}

// chardet says ISO-8859-1 for Western text even when it holds curly quotes (0x93, 0x94), which
// only windows-1252 has: browsers read every ISO-8859-1 label as windows-1252 for that reason.
function refineName(name: string, bytes: Uint8Array): string {
  const lower = name.toLowerCase();
  if (lower === 'iso-8859-1' && hasC1Bytes(bytes)) return FALLBACK;
  return lower;
}

/** Legacy encodings the bytes could be in, most likely first, each one iconv-lite can decode. */
export function candidateEncodings(bytes: Uint8Array): string[] {
  const sample = bytes.subarray(0, DETECTION_SAMPLE);
  const names = loadChardet()
    .analyse(sample)
    .filter((match) => match.confidence >= MIN_CONFIDENCE && !NEEDS_BOM.test(match.name))
    .map((match) => refineName(match.name, bytes))
    .filter((name) => isKnownEncoding(name));
  return [...new Set([...names, FALLBACK])];
}

/**
 * Decodes bytes that are not UTF-8 with the first candidate encoding in which every byte is a
 * character. Returns null when none fits: the bytes are not text.
 */
export function decodeLegacy(bytes: Uint8Array): { text: string; encoding: string } | null {
  for (const encoding of candidateEncodings(bytes)) {
    const text = decodeWith(bytes, encoding);
    if (!text.includes('\ufffd')) return { text, encoding };
  }
  return null;
}
