/**
 * A stream of lines cut into regions of whole lines, as bytes: a JSON Lines run hands each region
 * to whichever thread cleans it, which decodes and splits it there (decoding 150 MB of records
 * took node:readline about half a second of the reading thread). The lines are those node:readline
 * gives with `crlfDelay: Infinity`: they end at "\n", "\r\n" or a lone "\r", and a final line break
 * does not start another line.
 */

/** A region of whole lines, and whether it opens its stream (where a byte order mark may be). */
export interface LineRegion {
  readonly bytes: Uint8Array;
  readonly first: boolean;
}

const LINE_FEED = 0x0a;

// The bytes of `parts` (the last one up to `end`) as one array of their own: a region is decoded in
// one call and crosses threads as one copy, and it holds none of the stream's buffers.
function joined(parts: readonly Uint8Array[], end: number): Uint8Array {
  let size = end;
  for (let index = 0; index < parts.length - 1; index++) size += (parts[index] as Uint8Array).length;
  const bytes = new Uint8Array(size);
  let offset = 0;
  parts.forEach((part, index) => {
    const piece = index === parts.length - 1 ? part.subarray(0, end) : part;
    bytes.set(piece, offset);
    offset += piece.length;
  });
  return bytes;
}

/**
 * Cuts the chunks of a stream into regions of whole lines: each region ends after the last "\n"
 * of a chunk, so lines come out as soon as they come in (a pipe that sends a record at a time
 * gets each one cleaned at once), and a region is about a chunk long; a line longer than a chunk
 * is held until its end. The last region ends where the stream does.
 */
export async function* lineRegions(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<LineRegion> {
  let parts: Uint8Array[] = [];
  let first = true;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    const cut = bytes.lastIndexOf(LINE_FEED);
    parts.push(bytes);
    if (cut === -1) continue;
    yield { bytes: joined(parts, cut + 1), first };
    first = false;
    parts = cut + 1 < bytes.length ? [bytes.subarray(cut + 1)] : [];
  }
  if (parts.length > 0) yield { bytes: joined(parts, (parts[parts.length - 1] as Uint8Array).length), first };
}

const LINE_BREAK = /\r\n|\n|\r/;

/** The lines of a region's text, as node:readline would give them. */
export function linesOf(text: string): string[] {
  const lines = text.split(LINE_BREAK);
  // A final line break ends the last line rather than starting another.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * The lines of a region, decoded from UTF-8 (bytes that are not UTF-8 become U+FFFD). A byte order
 * mark that opens the stream (a file saved by a Windows editor) is dropped.
 */
export function regionLines({ bytes, first }: LineRegion): string[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  return linesOf(first && text.startsWith('\ufeff') ? text.slice(1) : text);
}
