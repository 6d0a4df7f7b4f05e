/** The boilerplate rule, its corpus summary, and the text form of line-key counts. */
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  distinctLineKeys,
  emptyLineCounts,
  addFileKeys,
  formatLineCounts,
  mergeLineCounts,
  parseLineCounts,
  summarizeCorpus,
  OptionError,
  type LineCounts,
} from '../src/index.js';

const footer = 'Copyright 2024 Example News. All rights reserved.';
const share = 'Share this story on social media';

function article(index: number): string {
  return `Headline ${index} about the council\n\nParagraph ${index} tells its own story about the market.\n\n${share}\n${footer}\n`;
}

function countsOf(texts: string[]): LineCounts {
  const counts = emptyLineCounts();
  for (const text of texts) addFileKeys(counts, distinctLineKeys(text));
  return counts;
}

describe('summarizeCorpus', () => {
  const texts = Array.from({ length: 10 }, (_, index) => article(index));

  it('keeps lines in at least 5 files and 2% of files by default', () => {
    const summary = summarizeCorpus(countsOf(texts));
    expect(summary.files).toBe(10);
    expect([...summary.boilerplate.keys()].sort()).toEqual(['copyright 2024 example news all rights reserved', 'share this story on social media']);
  });

  it('applies the share threshold when it is the larger one', () => {
    expect(summarizeCorpus(countsOf(texts), { minFiles: 5, minPercent: 100 }).boilerplate.size).toBe(2);
    expect(summarizeCorpus(countsOf(texts.slice(0, 4)), { minFiles: 5, minPercent: 2 }).boilerplate.size).toBe(0);
    const mixed = [...texts.slice(0, 5), ...Array.from({ length: 300 }, (_, index) => `Other text ${index} entirely.\n${footer}\n`)];
    // The share line occurs in 5 of 305 files (1.6%): below 2%; the footer is in all.
    expect([...summarizeCorpus(countsOf(mixed)).boilerplate.keys()]).toEqual(['copyright 2024 example news all rights reserved']);
  });

  it('counts a line once per file, however often it repeats there', () => {
    const counts = countsOf([`${footer}\n${footer}\n${footer}\n`]);
    expect(counts.counts.get('copyright 2024 example news all rights reserved')).toBe(1);
  });
});

describe('the boilerplate rule', () => {
  const corpus = summarizeCorpus(countsOf(Array.from({ length: 10 }, (_, index) => article(index))));

  it('cuts consecutive boilerplate lines as one finding and says no copy is kept', () => {
    const result = cleanText(article(3), { enable: ['boilerplate'], corpus });
    expect(result.text).toBe('Headline 3 about the council\n\nParagraph 3 tells its own story about the market.\n');
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ rule: 'boilerplate', lines: { start: 4, end: 6 }, duplicateOf: null });
    expect(result.findings[0]?.reason).toBe('boilerplate lines found in 10 of 10 files (no copy kept in this file)');
  });

  it('is off unless asked for, and needs a corpus summary when it is', () => {
    expect(cleanText(article(3)).text).toBe(article(3));
    expect(() => cleanText(article(3), { enable: ['boilerplate'] })).toThrow(OptionError);
  });

  it('takes every copy of a boilerplate line, so the repeat rules never point at a cut twin', () => {
    const text = `${share} and a long enough tail\n${share} and a long enough tail\n${footer}\n`;
    const withRepeat = summarizeCorpus(countsOf(Array.from({ length: 6 }, () => text)));
    const rules = cleanText(text, { enable: ['boilerplate'], corpus: withRepeat }).findings.map((finding) => `${finding.lines.start}-${finding.lines.end} ${finding.rule}`);
    expect(rules).toEqual(['1-3 boilerplate']);
  });
});

describe('line-key counts as text', () => {
  it('round-trips through the "COUNT KEY" form, "#files" included', () => {
    const counts = countsOf([article(1), article(2)]);
    const again = emptyLineCounts();
    parseLineCounts(formatLineCounts(counts).join('\n') + '\n', again);
    expect(again).toEqual(counts);
  });

  it('reads sort | uniq -c output, leading spaces and all, and adds repeated keys up', () => {
    const counts = emptyLineCounts();
    parseLineCounts('     12 #files\n      7 some line key\n      3 some line key\n', counts);
    expect(counts.files).toBe(12);
    expect(counts.counts.get('some line key')).toBe(10);
    expect(() => parseLineCounts('not a count line\n', emptyLineCounts())).toThrow(/line 1/);
  });

  it('merges counts made from parts of a corpus into the counts of the whole', () => {
    const texts = Array.from({ length: 9 }, (_, index) => article(index));
    const merged = countsOf(texts.slice(0, 4));
    mergeLineCounts(merged, countsOf(texts.slice(4)));
    expect(merged).toEqual(countsOf(texts));
  });
});
