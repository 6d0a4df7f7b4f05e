/** The view of the kept lines reads as the parse of the cleaned text does, in original offsets. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';
import { applyCuts, claimFinalLineBreak } from '../src/engine/apply-cuts.js';
import { keptLinesOf } from '../src/engine/kept-lines.js';
import { lineNumberAt, offsetMapOf } from '../src/engine/offset-map.js';
import { originalLinesOf } from '../src/engine/original-lines.js';
import { claimFinalLineBreakInView, keptLinesView } from '../src/engine/kept-view.js';
import { makeFinding, type Finding, type Span } from '../src/model/finding.js';
import type { Article, Line } from '../src/model/article.js';

const TEXTS = ['', '\n', 'a', 'a\nb', 'a\r\nb', 'a\r\nb\r\n', 'a\r', 'a\r\nb\r', '\n\n', 'x\n\ny\n', 'aa\nbb\naa\n\ncc', ' \n\t\nword\r\n\r\nword'];

// Every single span of each text: the view must read as the parse, or the span cuts inside a line.
function everySpan(text: string): Span[] {
  const spans: Span[] = [];
  for (let start = 0; start < text.length; start++) for (let end = start + 1; end <= text.length; end++) spans.push({ start, end });
  return spans;
}

// What a rule can see of a line: its characters, its line break and its key, whichever text it is in.
const seen = (text: string, line: Line): unknown[] => [line.index, text.slice(line.start, line.contentEnd), text.slice(line.contentEnd, line.end), line.key, line.keyId, line.isBlank, line.hasLetters];

describe('keptLinesView', () => {
  it.each(TEXTS)('reads as the parse of the cleaned text, at original offsets, or declines (%j)', (text) => {
    for (const span of everySpan(text)) {
      // A fresh article each time, since the view takes its lines over.
      const article = parseArticle(text);
      const original = originalLinesOf(article);
      const map = offsetMapOf(text, [span]);
      const cleaned = applyCuts(text, [span]);
      const view = keptLinesView(article, [span]);
      if (view === null) continue;
      const parsed = parseArticle(cleaned, keptLinesOf(original, map));
      expect(view.text).toBe(text);
      expect(view.lines.map((line) => seen(text, line))).toEqual(parsed.lines.map((line) => seen(cleaned, line)));
      expect(view.lines.map((line) => line.start)).toEqual(parsed.lines.map((line) => map.toOriginal(line.start)));
      expect(view.contentLines.map((line) => line.index)).toEqual(parsed.contentLines.map((line) => line.index));
      expect(view.isBlankLineSeparated).toBe(parsed.isBlankLineSeparated);
      expect(view.keyTable).toBe(parsed.keyTable);
      expect(view.lines.map((line) => view.places.lineNumberOf(line.index))).toEqual(parsed.lines.map((line) => lineNumberAt(original.starts, map.toOriginal(line.start))));
    }
  });

  it('keeps whole lines at their offsets, and declines a cut inside a line', () => {
    const text = 'one\ntwo\nthree\nfour';
    const spans = [{ start: 4, end: 8 }, { start: 13, end: 18 }];
    const view = keptLinesView(parseArticle(text), spans);
    expect(view?.lines.map((line) => [line.index, line.start, line.contentEnd, line.end, line.key, view.places.lineNumberOf(line.index)])).toEqual([
      [0, 0, 3, 4, 'one', 1],
      [1, 8, 13, 13, 'three', 3],
    ]);
    const original = parseArticle(text);
    const before = JSON.stringify(original.lines);
    expect(keptLinesView(original, [{ start: 5, end: 8 }])).toBeNull();
    // Declined before any line was renumbered: the article can still be parsed from.
    expect(JSON.stringify(original.lines)).toBe(before);
  });
});

describe('claimFinalLineBreakInView', () => {
  // A finding per kept line and per pair of neighbouring kept lines: the claim judged on the view
  // equals the claim made on the cleaned text, moved back onto the original.
  it.each(TEXTS)('claims what the cleaned text would (%j)', (text) => {
    for (const span of everySpan(text)) {
      const view = keptLinesView(parseArticle(text), [span]);
      if (view === null) continue;
      const map = offsetMapOf(text, [span]);
      const cleaned = applyCuts(text, [span]);
      const cleanedArticle: Article = parseArticle(cleaned);
      for (let first = 0; first < view.lines.length; first++) {
        for (let last = first; last < Math.min(view.lines.length, first + 2); last++) {
          const inView = [finding((view.lines[first] as Line).start, (view.lines[last] as Line).end)];
          const inCleaned = [finding((cleanedArticle.lines[first] as Line).start, (cleanedArticle.lines[last] as Line).end)];
          const expected = claimFinalLineBreak(cleaned, inCleaned).map((claimed) => ({ start: map.toOriginal(claimed.span.start), end: map.toOriginal(claimed.span.end - 1) + 1 }));
          expect(claimFinalLineBreakInView(text, map, inView).map((claimed) => claimed.span)).toEqual(expected);
        }
      }
    }
  });
});

function finding(start: number, end: number): Finding {
  return makeFinding({ rule: 'repeated-block', reason: 'test', duplicateOf: null }, { start, end }, { start: 1, end: 1 });
}
