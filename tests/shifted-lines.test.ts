/** The cleaned article moved from the original lines is the one a parse of the cleaned text gives. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';
import { applyCuts } from '../src/engine/apply-cuts.js';
import { keptLinesOf } from '../src/engine/kept-lines.js';
import { offsetMapOf } from '../src/engine/offset-map.js';
import { originalLinesOf } from '../src/engine/original-lines.js';
import { articleAfterWholeLineCuts } from '../src/engine/shifted-lines.js';
import type { Span } from '../src/model/finding.js';

const TEXTS = ['', '\n', 'a', 'a\nb', 'a\r\nb', 'a\r\nb\r\n', 'a\r', 'a\r\nb\r', '\n\n', 'x\n\ny\n', 'aa\nbb\naa\n\ncc', ' \n\t\nword\r\n\r\nword'];

// Every single span of each text: built, the article must equal the parse; or the span cuts inside a line.
function everySpan(text: string): Span[] {
  const spans: Span[] = [];
  for (let start = 0; start < text.length; start++) for (let end = start + 1; end <= text.length; end++) spans.push({ start, end });
  return spans;
}

describe('articleAfterWholeLineCuts', () => {
  it.each(TEXTS)('equals the parse of the cleaned text, or declines (%j)', (text) => {
    for (const span of everySpan(text)) {
      // A fresh article each time, since the built one takes its lines over.
      const article = parseArticle(text);
      const original = originalLinesOf(article);
      const cleaned = applyCuts(text, [span]);
      const built = articleAfterWholeLineCuts(cleaned, article, [span]);
      if (built === null) continue;
      const parsed = parseArticle(cleaned, keptLinesOf(original, offsetMapOf(text, [span])));
      expect({ ...built, keyTable: null }).toEqual({ ...parsed, keyTable: null });
      expect(built.keyTable).toBe(parsed.keyTable);
    }
  });

  it('builds the article when whole lines go, and declines a cut inside a line', () => {
    const text = 'one\ntwo\nthree\nfour';
    const spans = [{ start: 4, end: 8 }, { start: 13, end: 18 }];
    const built = articleAfterWholeLineCuts(applyCuts(text, spans), parseArticle(text), spans);
    expect(built?.lines.map((line) => [line.index, line.start, line.contentEnd, line.end, line.key])).toEqual([
      [0, 0, 3, 4, 'one'],
      [1, 4, 9, 9, 'three'],
    ]);
    const original = parseArticle(text);
    const before = JSON.stringify(original.lines);
    expect(articleAfterWholeLineCuts(applyCuts(text, [{ start: 5, end: 8 }]), original, [{ start: 5, end: 8 }])).toBeNull();
    // Declined before any line was moved: the article can still be parsed from.
    expect(JSON.stringify(original.lines)).toBe(before);
  });
});
