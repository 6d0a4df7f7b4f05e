/**
 * Text encoded to UTF-8 a piece at a time, into one reused buffer: encoding a 100 MB string at
 * once would first make a second, 100 MB buffer, and a new buffer for each piece leaves a hundred
 * of them, 200 MB of Arabic, for the collector to find. Used by every writer of output text.
 */
const PIECE = 1 << 20;
// The kept characters are joined 32,768 code units at a time (64 KB of two-byte text): a string of
// more than 128 KB goes to V8's large-object space, which only a full collection frees, so the 75
// megabyte-long chunks of a 100 MB Arabic file piled up there until the run ended (its peak RSS
// was 617 MB on stdout, 590 MB with these). A power of two, so chunk edges fall on megabytes too.
const CHUNK = 1 << 15;
// A UTF-16 code unit takes at most 3 bytes of UTF-8 (a surrogate pair, two units, takes 4).
const BYTES_PER_UNIT = 3;
const encoder = new TextEncoder();
// Grown to what the texts need, so a run of small files never holds the full few megabytes.
let scratch = new Uint8Array(0);

// The first half of a surrogate pair: a piece that ends on it would write each half as U+FFFD.
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

// The UTF-8 of `piece`, in the scratch buffer; lone surrogates become U+FFFD, as Buffer.from writes them.
function encodePiece(piece: string): Uint8Array {
  const size = piece.length * BYTES_PER_UNIT;
  if (scratch.length < size) scratch = new Uint8Array(Math.max(size, Math.min(PIECE * BYTES_PER_UNIT, scratch.length * 2)));
  return scratch.subarray(0, encoder.encodeInto(piece, scratch).written);
}

/** A piece of a text's UTF-8, and where in the text the characters it encodes end. */
export interface Utf8Piece {
  readonly bytes: Uint8Array;
  readonly end: number;
}

/**
 * The UTF-8 bytes of `text`, in pieces of about a megabyte. The buffer is reused: a piece's bytes
 * are good until the next piece is asked for (copy them to keep them longer).
 */
export function* utf8Pieces(text: string): Generator<Utf8Piece> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + PIECE);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    yield { bytes: encodePiece(text.slice(start, end)), end };
    start = end;
  }
}

/** A text with sorted, disjoint spans to leave out: the cleaned text, not made whole. */
export interface KeptText {
  readonly text: string;
  readonly cuts: readonly { readonly start: number; readonly end: number }[];
}

/**
 * The kept characters of `kept`, in order, 32,768 or so at a time: the cleaned text, never
 * whole. A chunk never ends on the first half of a surrogate pair, which goes on with the next
 * characters, so chunks encoded one by one give the bytes of the whole cleaned text.
 */
export function* keptChunks({ text, cuts }: KeptText): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  let position = 0;
  for (let index = 0; index <= cuts.length; index++) {
    // The kept stretch before the cut at `index`, or after the last cut.
    const cut = cuts[index];
    const end = cut === undefined ? text.length : cut.start;
    for (let start = position; start < end; ) {
      const take = Math.min(end, start + CHUNK - size);
      parts.push(text.slice(start, take));
      size += take - start;
      start = take;
      if (size < CHUNK) continue;
      const chunk = parts.join('');
      const carried = isHighSurrogate(chunk.charCodeAt(chunk.length - 1));
      yield carried ? chunk.slice(0, -1) : chunk;
      parts = carried ? [chunk.slice(-1)] : [];
      size = carried ? 1 : 0;
    }
    position = cut === undefined ? text.length : cut.end;
  }
  if (size > 0) yield parts.join('');
}

/**
 * The UTF-8 bytes of `kept.text` without its cuts, in pieces of 32,768 characters or so (the same
 * bytes as utf8Pieces of the cleaned text), so that a large cleaned text is written without ever
 * being held whole. The buffer is reused, as by utf8Pieces.
 */
export function* keptUtf8Pieces(kept: KeptText): Generator<Uint8Array> {
  for (const chunk of keptChunks(kept)) yield encodePiece(chunk);
}
