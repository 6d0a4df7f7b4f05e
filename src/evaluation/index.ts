/** The evaluation harness behind `npm run eval`. */
export { loadGoldCases, type GoldCase, type GoldSegment } from './gold-case.js';
export { findDeletions, type Deletions, type DeletedSegment } from './deletions.js';
export { scoreOutputs, type Score, type Tally } from './score.js';
export { formatScore, formatRulePrecision } from './format-score.js';
export { precisionByRule } from './rule-precision.js';
