/** keyPhrasePattern: phrases found in comparison keys as words of their own. */
import { describe, expect, it } from 'vitest';
import { comparisonKey } from '../src/text/comparison-key.js';
import { keyPhrasePattern } from '../src/text/key-phrase-pattern.js';

const weekdays = keyPhrasePattern(['السبت', 'الخميس', 'الجمعة'].map((day) => comparisonKey(day)));
const credits = keyPhrasePattern(['AP Photo', 'Getty Images'].map((term) => comparisonKey(term)));

describe('keyPhrasePattern', () => {
  it('finds a phrase at the start, in the middle and at the end of a key', () => {
    expect(weekdays.test(comparisonKey('الخميس، أعلنت الحكومة خطة جديدة'))).toBe(true);
    expect(weekdays.test(comparisonKey('رأى الرئيس التركي، الجمعة، أن بلاده ستنتصر'))).toBe(true);
    expect(weekdays.test(comparisonKey('وصل الوفد إلى القاهرة يوم السبت.'))).toBe(true);
  });

  it('finds a phrase of several words, in any spelling its key covers', () => {
    expect(credits.test(comparisonKey('Traders work on the floor (AP PHOTO)'))).toBe(true);
    expect(credits.test(comparisonKey('Photo by Getty  Images'))).toBe(true);
  });

  it('finds nothing inside a longer word', () => {
    expect(weekdays.test(comparisonKey('نشرة خميسية عن الأسواق'))).toBe(false);
    expect(weekdays.test(comparisonKey('الجمعةات'))).toBe(false);
    expect(credits.test(comparisonKey('AP Photographers at work'))).toBe(false);
  });

  it('leaves empty keys out, so that an empty key or a list of none finds nothing', () => {
    expect(keyPhrasePattern(['', comparisonKey('الخميس')]).test('')).toBe(false);
    expect(keyPhrasePattern(['']).test('')).toBe(false);
    expect(keyPhrasePattern([]).test('any key')).toBe(false);
  });

  it('finds a phrase only at the start of a key when asked to', () => {
    const openings = keyPhrasePattern([comparisonKey('Featured image')], 'start');
    expect(openings.test(comparisonKey('Featured image via Flickr'))).toBe(true);
    expect(openings.test(comparisonKey('Featured image'))).toBe(true);
    expect(openings.test(comparisonKey('The featured image via Flickr'))).toBe(false);
    expect(openings.test(comparisonKey('Featured images via Flickr'))).toBe(false);
  });
});
