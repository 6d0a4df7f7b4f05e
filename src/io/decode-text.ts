/** Turns the bytes of a file into text, and says which encoding was used. */

/** Decoded text and the name of its encoding. */
export interface DecodedText {
  readonly text: string;
  /** "utf-8", "utf-8-bom", ... */
  readonly encoding: string;
}

/** Thrown when bytes cannot be read as text. */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes UTF-8 (a leading BOM is dropped). */
export function decodeText(bytes: Uint8Array): DecodedText {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = utf8.decode(hasBom ? bytes.subarray(3) : bytes);
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    throw new DecodeError('not valid UTF-8');
  }
}
