/** Output text encoded a piece at a time: the same bytes as encoding the whole text at once. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { keptChunks, keptUtf8Pieces, utf8Pieces } from '../src/io/utf8-pieces.js';
import { applyCuts, mergeSpans } from '../src/engine/apply-cuts.js';
import { makeFinding } from '../src/model/finding.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

// Each piece copied as it comes: the buffer under it is reused for the next one.
function joined(pieces: Iterable<Uint8Array>): Buffer {
  const copies: Buffer[] = [];
  for (const bytes of pieces) copies.push(Buffer.from(bytes));
  return Buffer.concat(copies);
}

// Merged spans, as the engine gives them, from any list of ranges.
function cutsOf(text: string, ranges: readonly [number, number][]): { start: number; end: number }[] {
  const findings = ranges.map(([left, right]) => {
    const start = Math.min(left, right) % (text.length + 1);
    const end = Math.min(text.length, start + (Math.abs(right - left) % 7));
    return makeFinding({ rule: 'repeated-block', reason: '', duplicateOf: null }, { start, end }, { start: 1, end: 1 });
  });
  return mergeSpans(findings);
}

// Letters, Arabic, an emoji (a surrogate pair) and lone surrogates, so cuts split pairs.
const unit = fc.constantFrom('a', 'ب', '😀', '\ud83d', '\ude00', '\n', ' ');

describe('utf8 pieces', () => {
  it('the kept parts of a text encode as the cleaned text does, whatever the cuts split', () => {
    fc.assert(fc.property(fc.array(unit, { maxLength: 60 }).map((units) => units.join('')), fc.array(fc.tuple(fc.nat(80), fc.nat(80)), { maxLength: 6 }), (text, ranges) => {
      const cuts = cutsOf(text, ranges);
      const expected = Buffer.from(applyCuts(text, cuts), 'utf8');
      expect(joined(keptUtf8Pieces({ text, cuts })).toString('hex')).toBe(expected.toString('hex'));
      expect(joined((function* bytesOf() { for (const { bytes } of utf8Pieces(applyCuts(text, cuts))) yield bytes; })()).toString('hex')).toBe(expected.toString('hex'));
    }), { numRuns: RUNS * 10 });
  });

  it('pieces of a text of several megabytes never split a surrogate pair at their edges', () => {
    // After the cut, the first megabyte of the kept text ends in the middle of a surrogate pair.
    const text = `xyz${'a'.repeat((1 << 20) - 2)}😀${'ب'.repeat(1 << 20)}😀tail\n`;
    const cuts = [{ start: 1, end: 3 }];
    let count = 0;
    const bytes = joined((function* counted() {
      for (const piece of keptUtf8Pieces({ text, cuts })) {
        count++;
        yield piece;
      }
    })());
    expect(count).toBeGreaterThan(2);
    // Compared as one boolean: a deep comparison of megabytes byte by byte takes minutes.
    expect(bytes.equals(Buffer.from(applyCuts(text, cuts), 'utf8'))).toBe(true);
  });

  it('the kept text of a large file goes out in chunks small enough to die young in V8', () => {
    // A string of more than 128 KB (65,536 two-byte units) is made in V8's large-object space,
    // which only a full collection frees: a 100 MB file's chunks would pile up there.
    const text = 'ب'.repeat(3 << 20);
    const cuts = [{ start: 10, end: 20 }, { start: 1 << 20, end: (1 << 20) + 5 }];
    let longest = 0;
    let total = 0;
    for (const chunk of keptChunks({ text, cuts })) {
      longest = Math.max(longest, chunk.length);
      total += chunk.length;
    }
    expect(longest).toBeLessThanOrEqual(1 << 16);
    expect(total).toBe(text.length - 15);
  });
});
