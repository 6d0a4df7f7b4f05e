/**
 * lineRegions + linesOf: a JSON Lines input cut into regions of whole lines, each decoded and split
 * on its own (in whichever thread cleans it), gives the lines node:readline gives, whatever the
 * chunks the stream comes in and the size of the regions.
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineRegions, linesOf, regionLines } from '../src/io/line-regions.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

async function readlineLines(bytes: Buffer): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: Readable.from([bytes]), crlfDelay: Infinity })) lines.push(line);
  return lines;
}

async function linesOfChunks(chunks: Buffer[]): Promise<{ lines: string[]; firsts: boolean[] }> {
  const lines: string[] = [];
  const firsts: boolean[] = [];
  for await (const region of lineRegions(Readable.from(chunks))) {
    firsts.push(region.first);
    lines.push(...linesOf(Buffer.from(region.bytes).toString('utf8')));
  }
  return { lines, firsts };
}

// Lines of records and the breaks between them: lone CR, CRLF split over chunks, multi-byte characters.
const PIECES = ['{"text":"a"}', 'قال الوزير', '\r', '\n', '\r\n', '\r\r\n', '\ufeff', 'é', '😀', ''];
const INVALID = Buffer.from([0xff, 0xe2, 0x82]);
const piecesArbitrary = (pieces: readonly string[]): fc.Arbitrary<Buffer> =>
  fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((picked) => Buffer.concat(picked.map((piece) => (piece === 'INVALID' ? INVALID : Buffer.from(piece)))));
const inputArbitrary = piecesArbitrary(PIECES);

function chunked(bytes: Buffer, cuts: number[]): Buffer[] {
  const offsets = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((left, right) => left - right);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const offset of [...offsets, bytes.length]) {
    if (offset > start) chunks.push(bytes.subarray(start, offset));
    start = Math.max(start, offset);
  }
  return chunks;
}

describe('lineRegions', () => {
  it('gives the lines readline gives, whatever the chunks', async () => {
    await fc.assert(
      fc.asyncProperty(inputArbitrary, fc.array(fc.nat(), { maxLength: 6 }), async (bytes, cuts) => {
        const { lines, firsts } = await linesOfChunks(chunked(bytes, cuts));
        expect(lines).toEqual(await readlineLines(bytes));
        expect(firsts.filter((first) => first)).toHaveLength(firsts.length > 0 ? 1 : 0);
        expect(firsts[0] ?? true).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  // Bytes that are not UTF-8 become U+FFFD as the WHATWG decoder makes them, the same as the input
  // decoded at once (readline's decoder gives one U+FFFD fewer for a sequence cut off by the end).
  it('decodes bytes that are not UTF-8 the same whatever the chunks', async () => {
    await fc.assert(
      fc.asyncProperty(piecesArbitrary([...PIECES, 'INVALID']), fc.array(fc.nat(), { maxLength: 6 }), async (bytes, cuts) => {
        const { lines } = await linesOfChunks(chunked(bytes, cuts));
        expect(lines).toEqual(linesOf(bytes.toString('utf8')));
      }),
      { numRuns: RUNS },
    );
  });

  it('ends a region after the last line feed of each chunk, and holds a line longer than a chunk until its end', async () => {
    const regions: string[] = [];
    const chunks = ['a\r\nb\nlo', 'ng', ' line\nc', '\r'].map((chunk) => Buffer.from(chunk));
    for await (const region of lineRegions(Readable.from(chunks))) regions.push(Buffer.from(region.bytes).toString());
    expect(regions).toEqual(['a\r\nb\n', 'long line\n', 'c\r']);
  });

  it('drops a byte order mark that opens the stream, and only that one', async () => {
    const lines: string[] = [];
    for await (const region of lineRegions(Readable.from([Buffer.from('\ufeff{"a":1}\n'), Buffer.from('\ufeff{"b":2}\n')]))) lines.push(...regionLines(region));
    expect(lines).toEqual(['{"a":1}', '\ufeff{"b":2}']);
  });
});
