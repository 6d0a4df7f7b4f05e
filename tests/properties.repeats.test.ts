/** Properties of the repeat rules over generated articles: every cut repeat keeps a twin. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText, comparisonKey, parseArticle, type Line } from '../src/index.js';

const sentences = [
  'The council approved the new budget after a long debate on Monday.',
  'Farmers in the north expect a poor wheat harvest because of the drought.',
  'وقال الوزير إن الحكومة ستعمل على حل الأزمة خلال الأسابيع المقبلة.',
  'وأضاف أن الخطة تشمل قروضا ميسرة ومعدات حديثة للري في كل المحافظات.',
  'Short line',
  'إقرأ أيضاً: عنوان خبر آخر عن السياسة',
  '-----',
  '',
];

// Lines drawn from a small pool, with diacritics, extra spaces, CRLF or NBSP sprinkled in, so
// that repeats, near-repeats and markers are frequent.
const line = fc.tuple(fc.constantFrom(...sentences), fc.constantFrom('', ' ', '  ', '\u00a0', '\r', 'ً')).map(([text, extra]) =>
  extra === '\r' ? `${text}\r` : extra === 'ً' ? text.replace(/ا/, 'اً') : `${extra}${text}`,
);
const article = fc.array(line, { minLength: 1, maxLength: 24 }).map((lines) => lines.join('\n'));

const runs = Number(process.env.PROPERTY_RUNS ?? 300);

describe('repeat properties', () => {
  it('every line cut as a repeat has a kept twin', () => {
    fc.assert(
      fc.property(article, (text) => {
        const result = cleanText(text);
        const parsed = parseArticle(text);
        const isKept = (candidate: Line): boolean =>
          result.findings.every((finding) => finding.span.end <= candidate.start || finding.span.start >= candidate.contentEnd);
        const keptKeys = new Set(parsed.lines.filter(isKept).map((candidate) => candidate.key));
        for (const finding of result.findings) {
          if (finding.rule !== 'repeated-block' || finding.duplicateOf === null) continue;
          const first = parsed.lines[finding.duplicateOf.start - 1] as Line;
          const last = parsed.lines[finding.duplicateOf.end - 1] as Line;
          // The copy it points at is kept, at both ends.
          expect(isKept(first) && isKept(last)).toBe(true);
          // Lines inside the range that another rule cut (a read-also line inside a copied block)
          // are that rule's cuts, not repeats.
          const cutByOtherRule = (copy: Line): boolean =>
            result.findings.some((other) => other.rule !== 'repeated-block' && other.span.start <= copy.start && other.span.end >= copy.contentEnd);
          const copies = parsed.lines.slice(finding.lines.start - 1, finding.lines.end).filter((copy) => copy.hasLetters && !cutByOtherRule(copy));
          const originalKeys = new Set(parsed.lines.slice(finding.duplicateOf.start - 1, finding.duplicateOf.end).map((original) => original.key));
          // An exact copy has a kept twin with its key; an edited copy points at kept lines.
          for (const copy of copies) if (originalKeys.has(copy.key)) expect(keptKeys.has(copy.key)).toBe(true);
        }
      }),
      { numRuns: runs },
    );
  });

  it('the comparison key ignores diacritics, tatweel, case and spacing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sentences), (text) => {
        const noisy = `  ${text.replace(/ /g, '\u00a0 ').replace(/ا/g, 'اً').replace(/ل/g, 'لـ').toUpperCase()}  `;
        expect(comparisonKey(noisy)).toBe(comparisonKey(text));
      }),
      { numRuns: 50 },
    );
  });

  it('a sentence or clause end separates words in the key even with no space after it', () => {
    expect(comparisonKey('خطة جديدة.اقرأ أيضا')).toBe(comparisonKey('خطة جديدة. اقرأ أيضا'));
    expect(comparisonKey('خطة جديدة،اقرأ')).toBe('خطه جديده اقرا');
    expect(comparisonKey('inflation.READ MORE')).toBe('inflation read more');
    expect(comparisonKey("don't e-mail")).toBe('dont email');
  });

  it('the comparison key drops emoji as it drops other symbols, and keeps astral letters', () => {
    expect(comparisonKey('📌 اقرأ أيضا:')).toBe(comparisonKey('اقرأ أيضا:'));
    expect(comparisonKey('🔴🔴 Breaking news 👇')).toBe('breaking news');
    expect(comparisonKey('👨\u200d👩\u200d👧 family ▶️ day')).toBe('family day');
    expect(comparisonKey('𠀀字 𝐀')).toBe('𠀀字 a');
  });
});

describe('cleaning properties on repeat-heavy articles', () => {
  it('cleaning twice changes nothing, and only deletes', () => {
    fc.assert(
      fc.property(article, (text) => {
        const once = cleanText(text).text;
        expect(cleanText(once).text).toBe(once);
        // Deletions only: the output is a subsequence of the input.
        let position = 0;
        for (const character of once) {
          position = text.indexOf(character, position);
          expect(position).not.toBe(-1);
          position += character.length;
        }
      }),
      { numRuns: runs },
    );
  });
});
