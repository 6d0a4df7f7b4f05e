/** holdsLetter: the class table's answer to /\p{L}/u, which the link and repeat rules ask of lines. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsLetter, readsAsArabic } from '../src/text/character-table.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const LETTER = /\p{L}/u;

// Characters where the table and the pattern could part: tatweel (a letter the keys drop), marks,
// format and bidi characters, digits, punctuation, emoji, astral letters and lone surrogates.
const tricky = ['ـ', 'ً', '\u200f', '\u200b', '٣', '7', '،', '.', ' ', '\u00a0', '😀', '𝐀', '𠀀', '\ud835', '\udc00', 'ا', 'e', 'ß', 'İ'];

describe('holdsLetter', () => {
  it('agrees with /\\p{L}/u on every code unit alone', () => {
    const disagreeing: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const character = String.fromCharCode(code);
      if (holdsLetter(character) !== LETTER.test(character)) disagreeing.push(code);
    }
    expect(disagreeing).toEqual([]);
  });

  it('agrees with /\\p{L}/u on strings of tricky characters, astral ones and lone surrogates included', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...tricky), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (value) => holdsLetter(value) === LETTER.test(value)), { numRuns: RUNS * 10 });
  });

  it('finds a letter past other characters, and none in a line of punctuation, digits and emoji', () => {
    expect(holdsLetter('«٢٠١٨» — 12:30 😀 𝐀')).toBe(true);
    expect(holdsLetter('«٢٠١٨» — 12:30 😀')).toBe(false);
    expect(holdsLetter('ـ')).toBe(true);
    expect(holdsLetter('')).toBe(false);
  });
});

describe('readsAsArabic', () => {
  // A CNN Arabic teaser (ANT corpus, CN-economy-180) pasted from a source typed on a Persian or
  // Urdu keyboard: heh doachashmee and Farsi yeh for Arabic's heh and ya.
  const keyboardLine = 'قررت الھیئة العامة للاتصالات وتقنیة المعلومات الكویتیة، حجب ما یسمى بتطبیقات كشف الأرقام';
  const urduLine = 'پاکستان اور بھارت کے درمیان تجارة پر مذاکرات کا نیا دور شروع ہو گیا';

  it('a line that writes teh marbuta reads as Arabic with a keyboard\'s heh and ya', () => {
    expect(readsAsArabic(keyboardLine, true)).toBe(true);
    expect(readsAsArabic(keyboardLine.replace(/ة/g, 'ه'), true)).toBe(false);
  });

  // CNN Arabic's story of the same ban (ANT corpus, CN-economy-183) was pasted whole from that
  // source: its paragraphs write ی and ھ throughout, 86 of them for 1,690 Arabic letters.
  it('a text reads as Arabic with a keyboard\'s heh and ya when it writes ة as Arabic does and no other language\'s letter', () => {
    expect(readsAsArabic(keyboardLine)).toBe(true);
    expect(readsAsArabic(keyboardLine.replace(/ة/g, 'ه'))).toBe(false);
    expect(readsAsArabic(`${keyboardLine} ${urduLine}`)).toBe(false);
  });

  // Persian writes ة in a borrowed phrase, once: with its own ک and ی and no پ, چ, ژ or گ, a
  // sentence stays Persian.
  it('a Persian text with one borrowed teh marbuta stays Persian', () => {
    expect(readsAsArabic('آیة الله خامنه‌ای در سخنرانی امروز از مردم خواست که در انتخابات شرکت کنند و به نامزدهای مورد نظر خود رای دهند')).toBe(false);
  });

  it('an Urdu line stays Urdu with a teh marbuta: its own letters still count', () => {
    expect(readsAsArabic(urduLine, true)).toBe(false);
    expect(readsAsArabic('وقال رئيس الوزراء إن الحكومة ستعمل على خفض التضخم', true)).toBe(true);
  });
});
