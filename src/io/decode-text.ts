/** Turns the bytes of a file into text, and says which encoding was used. Output is always a JS string (UTF-8 when written). */
import { looksBinary } from './binary-content.js';
import { decodeLegacy, decodeWith, isKnownEncoding } from './legacy-encoding.js';
import { decodeUtf8InBulk } from './bulk-utf8.js';

/** Decoded text and the name of its encoding. */
export interface DecodedText {
  readonly text: string;
  /** "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1256", "windows-1252", ... */
  readonly encoding: string;
}

/** Thrown when bytes cannot be read as text; `code` tells binary content from other failures. */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
  constructor(
    message: string,
    readonly code: 'binary' | 'unknown-encoding',
  ) {
    super(message);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function decodeByteOrderMark(bytes: Uint8Array): DecodedText | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeUtf8(bytes.subarray(3));
    return text === null ? null : { text, encoding: 'utf-8-bom' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  return null;
}

// Below a megabyte the WHATWG decoder is as fast: ICU's pays a set-up per call.
const BULK_BYTES = 1 << 20;

function decodeUtf8(bytes: Uint8Array): string | null {
  if (bytes.length >= BULK_BYTES) return decodeUtf8InBulk(bytes);
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Throws a DecodeError unless the encoding name is one iconv-lite knows (for checking --encoding up front). */
export function checkEncodingName(name: string): void {
  if (!isKnownEncoding(name.toLowerCase())) throw new DecodeError(`unknown encoding "${name}"`, 'unknown-encoding');
}

function decodeNamed(bytes: Uint8Array, name: string): DecodedText {
  checkEncodingName(name);
  const encoding = name.toLowerCase();
  return { text: decodeWith(bytes, encoding), encoding };
}

/**
 * Decodes bytes: a byte order mark (UTF-8, UTF-16LE/BE) wins, then valid UTF-8, then the legacy
 * encoding the detector finds (windows-1256 for Arabic, windows-1252, ...). `encoding` overrides
 * all of that. Binary content throws a DecodeError with code "binary".
 */
export function decodeText(bytes: Uint8Array, encoding?: string): DecodedText {
  if (encoding !== undefined) return decodeNamed(bytes, encoding);
  const marked = decodeByteOrderMark(bytes);
  if (marked !== null) return marked;
  if (looksBinary(bytes)) throw new DecodeError('binary file (not text)', 'binary');
  const text = decodeUtf8(bytes);
  if (text !== null) return { text, encoding: 'utf-8' };
  return legacyOrBinary(bytes);
}

function legacyOrBinary(bytes: Uint8Array): DecodedText {
  const legacy = decodeLegacy(bytes);
  if (legacy === null) throw new DecodeError('binary file (not text in any encoding tried)', 'binary');
  return legacy;
}
