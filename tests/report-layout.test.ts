/** layoutCuts: the text split into lines with the cuts nested inside, as the report page shows it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutCuts, type LayoutLine, type LayoutNode } from '../src/report/layout-cuts.js';

// Compact form: "[0:...]" is the first piece of cut 0, "[0+...]" a later piece; "⏎" is "\n",
// lines are joined by " | ".
function show(lines: readonly LayoutLine[]): string {
  const nodeText = (node: LayoutNode): string =>
    typeof node === 'string' ? node.replaceAll('\n', '⏎') : `[${node.cut}${node.first ? ':' : '+'}${node.nodes.map(nodeText).join('')}]`;
  return lines.map((line) => `${line.number} ${line.nodes.map(nodeText).join('')}`).join(' | ');
}

const span = (start: number, end: number): { start: number; end: number } => ({ start, end });

const cases: { name: string; text: string; spans: { start: number; end: number }[]; shown: string }[] = [
  { name: 'no cuts', text: 'ab\ncd\n', spans: [], shown: '1 ab⏎ | 2 cd⏎' },
  { name: 'empty text', text: '', spans: [], shown: '' },
  { name: 'no final newline', text: 'ab\ncd', spans: [], shown: '1 ab⏎ | 2 cd' },
  { name: 'a cut inside a line', text: 'abcd\n', spans: [span(1, 3)], shown: '1 a[0:bc]d⏎' },
  { name: 'a whole line', text: 'ab\ncd\nef\n', spans: [span(3, 6)], shown: '1 ab⏎ | 2 [0:cd⏎] | 3 ef⏎' },
  { name: 'a cut across lines is split per line', text: 'ab\ncd\nef\n', spans: [span(1, 7)], shown: '1 a[0:b⏎] | 2 [0+cd⏎] | 3 [0+e]f⏎' },
  { name: 'the break before a last line', text: 'ab\ncd', spans: [span(2, 5)], shown: '1 ab[0:⏎] | 2 [0+cd]' },
  { name: 'nested cuts', text: 'abcdef\n', spans: [span(1, 5), span(2, 3)], shown: '1 a[0:b[1:c]de]f⏎' },
  { name: 'nested cuts given inner first', text: 'abcdef\n', spans: [span(2, 3), span(1, 5)], shown: '1 a[1:b[0:c]de]f⏎' },
  { name: 'same span twice', text: 'abc\n', spans: [span(0, 2), span(0, 2)], shown: '1 [0:[1:ab]]c⏎' },
  { name: 'crossing cuts', text: 'abcdef\n', spans: [span(1, 4), span(3, 6)], shown: '1 a[0:bc[1:d]][1+ef]⏎' },
  { name: 'adjacent cuts', text: 'abcd\n', spans: [span(0, 2), span(2, 4)], shown: '1 [0:ab][1:cd]⏎' },
  { name: 'CRLF stays in the line', text: 'ab\r\ncd\r\n', spans: [span(4, 8)], shown: '1 ab\r⏎ | 2 [0:cd\r⏎]' },
  { name: 'empty and out-of-range spans', text: 'abc', spans: [span(1, 1), span(2, 99)], shown: '1 ab[1:c]' },
];

describe('layoutCuts', () => {
  it.each(cases)('$name', ({ text, spans, shown }) => {
    expect(show(layoutCuts(text, spans))).toBe(shown);
  });

  it('numbers lines like text.split("\\n") without the empty string after a final newline', () => {
    expect(layoutCuts('a\n\nb\n', []).map((line) => line.number)).toEqual([1, 2, 3]);
  });

  it('puts the text back together, and each cut back together, whatever the spans', () => {
    const textAndSpans = fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', ' ', 'ب'), maxLength: 40 }).chain((text) =>
      fc.tuple(fc.constant(text), fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length)).map(([a, b]) => span(Math.min(a, b), Math.max(a, b))), { maxLength: 6 })),
    );
    fc.assert(
      fc.property(textAndSpans, ([text, spans]) => {
        const lines = layoutCuts(text, spans);
        const pieces = new Map<number, string>();
        const firsts = new Map<number, number>();
        const flatten = (nodes: readonly LayoutNode[], open: number[]): string =>
          nodes
            .map((node) => {
              if (typeof node === 'string') {
                for (const cut of open) pieces.set(cut, (pieces.get(cut) ?? '') + node);
                return node;
              }
              if (node.first) firsts.set(node.cut, (firsts.get(node.cut) ?? 0) + 1);
              return flatten(node.nodes, [...open, node.cut]);
            })
            .join('');
        const lineTexts = lines.map((line) => flatten(line.nodes, []));
        expect(lineTexts.join('')).toBe(text);
        // Each line holds exactly one line break, at its end (the last line may have none).
        lineTexts.forEach((lineText, index) => {
          expect(lineText.indexOf('\n')).toBe(index < lineTexts.length - 1 || text.endsWith('\n') ? lineText.length - 1 : -1);
        });
        spans.forEach((cut, index) => {
          expect(pieces.get(index) ?? '').toBe(text.slice(cut.start, cut.end));
          expect(firsts.get(index) ?? 0).toBe(cut.end > cut.start ? 1 : 0);
        });
      }),
    );
  });
});
