/**
 * The targets of the repeat and cross-link issues, measured on ../shared/corpus/dev (present in CI,
 * absent from a plain clone, where this suite is skipped with a note from helpers/paths.ts).
 */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/index.js';
import { loadGoldCases, precisionByRule, scoreOutputs, type Tally } from '../src/evaluation/index.js';
import { devCorpusFolder, hasDevCorpus } from './helpers/paths.js';

const rate = ({ found, total }: Tally): number => (total === 0 ? 1 : found / total);
const sum = (...tallies: (Tally | undefined)[]): Tally =>
  tallies.reduce<Tally>((total, tally) => ({ found: total.found + (tally?.found ?? 0), total: total.total + (tally?.total ?? 0) }), { found: 0, total: 0 });

describe.skipIf(!hasDevCorpus)('dev corpus targets', () => {
  const cases = hasDevCorpus ? loadGoldCases(devCorpusFolder) : [];
  const results = cases.map((gold) => cleanText(gold.input));
  const score = scoreOutputs(cases, results.map((result) => result.text));
  const byRule = precisionByRule(cases, results.map((result) => result.findings));

  it('has the 54 labeled articles', () => {
    expect(cases).toHaveLength(54);
  });

  it('repeats: dup line recall ≥ 98% and every dup-inline segment right', () => {
    expect(rate(score.lineRecall.dup as Tally)).toBeGreaterThanOrEqual(0.98);
    expect(score.segmentRecall['dup-inline']).toEqual({ found: 3, total: 3 });
  });

  it('cross-links: xm + xl line recall ≥ 98% and every xi segment right', () => {
    expect(rate(sum(score.lineRecall.xm, score.lineRecall.xl))).toBeGreaterThanOrEqual(0.98);
    expect(score.segmentRecall.xi).toEqual({ found: 2, total: 2 });
  });

  it('unmarked cross-links: xu recall ≥ 60% with related-teaser precision ≥ 97%', () => {
    expect(rate(score.lineRecall.xu as Tally)).toBeGreaterThanOrEqual(0.6);
    expect(rate(byRule.get('related-teaser') as Tally)).toBeGreaterThanOrEqual(0.97);
  });

  it('zero false deletions in clean and hn files, and precision of all cuts ≥ 99%', () => {
    expect(score.falseDeletionsInKeptFiles.cuts).toBe(0);
    expect(rate(score.precision)).toBeGreaterThanOrEqual(0.99);
  });
});
