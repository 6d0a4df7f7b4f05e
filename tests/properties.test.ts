/**
 * Properties over random Unicode text built from the things scraped news is made of: Arabic words
 * with diacritics and tatweel, RTL and LTR marks, NBSP, combining marks, CRLF and lone CR, read-also
 * markers, and lines drawn from a small pool so that repeats are common.
 * `npm test` runs PROPERTY_RUNS (default 300) cases per property; `npm run test:props` runs 10,000.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText } from '../src/index.js';
import { runInProcess } from './helpers/run-cli.js';
import { temporaryFolder, writeTree } from './helpers/fixtures.js';
import { join } from 'node:path';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

const FRAGMENTS = [
  'قال', 'الوزير', 'إن', 'المحادثات', 'ستستمر', 'في', 'الشهر', 'المقبل', 'الخارجيـــة', 'مُحَمَّد', 'أستانة4', '٢٠١٧',
  'اقرأ أيضاً:', 'إقرأ أيضا', 'قد يهمك |', 'شاهد أيضاً..', 'READ MORE:', 'Related:', 'Read also', 'Lire aussi »',
  'The', 'minister', 'said', 'talks', 'will', 'go', 'on', 'İstanbul', 'ﻻ', 'Ｆｕｌｌ',
  '\u200f', '\u200e', '\u061c', '\u00a0', '\u200b', '\u064b', '\u0651', 'e\u0301', '\u0301',
  '.', '،', '؟', ':', '"', '«', '»', '-----', '•', '\t', '  ', '\u0000', '\u0007', '😀',
];
const BREAKS = ['\n', '\r\n', '\n\n', '\r', '\r\n\r\n'];

const lineArbitrary = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 14 }).chain((words) =>
  fc.constantFrom(' ', '', '\u00a0').map((separator) => words.join(separator)),
);

/** An article: lines picked (with repeats) from a pool, joined by assorted line breaks. */
const articleArbitrary = fc
  .record({
    pool: fc.array(lineArbitrary, { minLength: 1, maxLength: 8 }),
    picks: fc.array(fc.nat(), { maxLength: 24 }),
    breaks: fc.array(fc.constantFrom(...BREAKS), { minLength: 24, maxLength: 24 }),
    trailing: fc.constantFrom('', '\n', '\r\n', '\n\u0000'),
  })
  .map(({ pool, picks, breaks, trailing }) => picks.map((pick, index) => (pool[pick % pool.length] as string) + (index < picks.length - 1 ? breaks[index] : '')).join('') + trailing);

/** Any string at all, lone surrogates included. */
const anyText = fc.string({ unit: 'binary', maxLength: 400 });

/** Removes the union of spans with a per-character mask (independent of the engine's merge). */
function deleteSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  const cut = new Uint8Array(text.length);
  for (const span of spans) cut.fill(1, span.start, span.end);
  let kept = '';
  for (let index = 0; index < text.length; index++) if (cut[index] === 0) kept += text[index];
  return kept;
}

function isSubsequence(small: string, large: string): boolean {
  let at = 0;
  for (let index = 0; index < large.length && at < small.length; index++) if (large[index] === small[at]) at++;
  return at === small.length;
}

describe(`properties (${RUNS} runs each)`, { timeout: RUNS > 1000 ? 600_000 : 60_000 }, () => {
  it('never throws, on articles and on any string', () => {
    fc.assert(fc.property(fc.oneof(articleArbitrary, anyText), (text) => {
      cleanText(text);
    }), { numRuns: RUNS });
  });

  it('deletions only: the output is the input minus the findings\' spans, kept text byte for byte', () => {
    fc.assert(fc.property(fc.oneof(articleArbitrary, anyText), (text) => {
      const result = cleanText(text);
      for (const finding of result.findings) {
        expect(finding.span.start).toBeGreaterThanOrEqual(0);
        expect(finding.span.end).toBeLessThanOrEqual(text.length);
        expect(finding.span.start).toBeLessThanOrEqual(finding.span.end);
      }
      expect(result.text).toBe(deleteSpans(text, result.findings.map((finding) => finding.span)));
      expect(isSubsequence(result.text, text)).toBe(true);
      expect(result.removedCharacters).toBe(text.length - result.text.length);
      expect(result.changed).toBe(result.text !== text);
    }), { numRuns: RUNS });
  });

  // KNOWN RULE-LAYER FAILURE, reported to the lead (the rules are theirs to change). Two causes:
  // - cross-link: an inline cut can leave a line that now ends in a marker, which the teaser
  //   form cuts on the next pass: "قال Lire aussi » . قد يهمك | قال" → "قال Lire aussi » ." → "".
  // - repeated-block: a short repeat is cut only inside a run, and runs depend on what is still
  //   there: "ستستمر\nقال\nستستمر\nستستمر\nقال\nقال\n" → "ستستمر\nقال\nستستمر\nقال\n" → "ستستمر\nقال\n".
  // `it.fails` keeps `npm test` green meanwhile, with a fixed seed so the failure is found every
  // time. Once the rules are idempotent these turn red: make them plain `it` again.
  it('cleaning twice changes nothing', () => {
    fc.assert(fc.property(articleArbitrary, (text) => {
      const once = cleanText(text).text;
      expect(cleanText(once).text).toBe(once);
    }), { numRuns: Math.max(RUNS, 2000), seed: 20261129 });
  });

  it('cleaning twice changes nothing: an inline link that leaves a teaser behind', () => {
    const once = cleanText('قال Lire aussi » . قد يهمك | قال\n').text;
    expect(cleanText(once).text).toBe(once);
  });

  it('cleaning twice changes nothing: short repeats that form a run only after a first pass', () => {
    const once = cleanText('ستستمر\nقال\nستستمر\nستستمر\nقال\nقال\n').text;
    expect(cleanText(once).text).toBe(once);
  });

  it('every removed repeat has a kept twin', () => {
    fc.assert(fc.property(articleArbitrary, (text) => {
      const result = cleanText(text);
      const lineStarts = [0];
      for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1);
      for (const finding of result.findings) {
        if (finding.duplicateOf === null) continue;
        // The twin's lines are not cut whole by any finding.
        const twinStart = lineStarts[finding.duplicateOf.start - 1] as number;
        const twinEnd = (lineStarts[finding.duplicateOf.end] ?? text.length + 1) - 1;
        const swallowed = result.findings.some((other) => other.span.start <= twinStart && other.span.end >= twinEnd);
        expect(swallowed).toBe(false);
      }
    }), { numRuns: RUNS });
  });

  // A later pass reads the cleaned text, whose lines have moved up: its reasons still name the
  // lines of the input ("repeats line 1" for a copy of line 2 once a read-also line 1 was cut).
  it('reasons name lines of the input: the kept copy, the line itself, a cut headline', () => {
    fc.assert(fc.property(articleArbitrary, (text) => {
      const result = cleanText(text);
      const lines = text.split('\n');
      const cutWhole = (number: number): boolean => result.findings.some((finding) => finding.lines.start <= number && finding.lines.end >= number && finding.duplicateOf === null);
      for (const finding of result.findings) {
        const named = (pattern: RegExp): number[] | null => finding.reason.match(pattern)?.slice(1).map(Number) ?? null;
        const kept = named(/the kept one is lines? (\d+)(?:-(\d+))?/) ?? (finding.rule === 'repeated-block' ? named(/^repeats lines? (\d+)(?:-(\d+))?/) : null);
        if (kept !== null) expect({ start: kept[0], end: Number.isNaN(kept[1]) ? kept[0] : kept[1] }).toEqual(finding.duplicateOf);
        const inline = named(/^repeats characters (\d+)-(\d+) of line (\d+) right after them$/);
        if (inline !== null) {
          const [first, last, number] = inline as [number, number, number];
          expect(number).toBe(finding.lines.start);
          expect(first >= 1 && first <= last && last <= (lines[number - 1] as string).length).toBe(true);
        }
        const headline = named(/^repeats the related headline at line (\d+)$/);
        if (headline !== null) expect(cutWhole(headline[0] as number)).toBe(true);
      }
    }), { numRuns: RUNS });
  });

  it('output does not depend on the order files are given in', async () => {
    const folder = temporaryFolder();
    await fc.assert(fc.asyncProperty(fc.array(articleArbitrary, { minLength: 2, maxLength: 5 }), fc.nat(), async (articles, seed) => {
      const names = articles.map((_, index) => `f${index}.txt`);
      writeTree(folder, Object.fromEntries(names.map((name, index) => [name, articles[index] as string])));
      const paths = names.map((name) => join(folder, name));
      const shuffled = [...paths].sort((left, right) => ((left.length * 31 + seed) % 7) - ((right.length * 31 + seed) % 7) || (seed % 2 === 0 ? 1 : -1) * (left < right ? -1 : 1));
      const byPath = async (order: string[]): Promise<Map<string, string>> => {
        const run = await runInProcess(['--json', ...order]);
        return new Map(run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line)).map((record) => [record.path, record.text ?? record.error]));
      };
      expect(await byPath(shuffled)).toEqual(await byPath(paths));
      expect(await byPath([...paths].reverse())).toEqual(await byPath(paths));
    }), { numRuns: Math.max(20, Math.round(RUNS / 20)) });
  });
});
