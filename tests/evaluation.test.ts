/** The eval harness is trusted only if it scores the gold as perfect and the untouched input as nothing. */
import { describe, expect, it } from 'vitest';
import { findDeletions, loadGoldCases, scoreOutputs } from '../src/evaluation/index.js';
import { devCorpusFolder, hasDevCorpus, samplesFolder } from './helpers/paths.js';

const folders = [samplesFolder, ...(hasDevCorpus ? [devCorpusFolder] : [])];

describe('findDeletions', () => {
  it('finds whole lines and inline segments', () => {
    const deleted = findDeletions('a\nbb\nc CUT\nd', 'a\nc\nd');
    expect([...deleted.lines]).toEqual([2]);
    expect(deleted.segments).toEqual([{ line: 3, start: 1, end: 5 }]);
  });

  it('reads a deleted last line without a final newline', () => {
    expect([...findDeletions('a\nb', 'a').lines]).toEqual([2]);
  });
});

describe.each(folders)('scoring the gold folder %s', (folder) => {
  const cases = loadGoldCases(folder);

  it('gives the gold outputs a perfect score', () => {
    const score = scoreOutputs(cases, cases.map((gold) => gold.expected));
    expect(score.exact).toBe(cases.length);
    expect(score.precision.found).toBe(score.precision.total);
    for (const tally of [...Object.values(score.lineRecall), ...Object.values(score.segmentRecall)]) {
      expect(tally.found).toBe(tally.total);
    }
    expect(score.falseDeletionsInKeptFiles.cuts).toBe(0);
  });

  it('gives the untouched inputs zero recall', () => {
    const score = scoreOutputs(cases, cases.map((gold) => gold.input));
    const changedCases = cases.filter((gold) => gold.input !== gold.expected).length;
    expect(score.exact).toBe(cases.length - changedCases);
    for (const tally of [...Object.values(score.lineRecall), ...Object.values(score.segmentRecall)]) {
      expect(tally.found).toBe(0);
    }
    expect(score.precision.total).toBe(0);
  });
});
