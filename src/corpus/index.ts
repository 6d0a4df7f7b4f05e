/** Cross-file boilerplate: line-key counts, their text form, and the corpus summary. */
export { addFileKeys, distinctLineKeys, emptyLineCounts, mergeLineCounts, type LineCounts } from './line-counts.js';
export { CountFormatError, FILES_KEY, formatFileKeys, formatLineCounts, parseLineCounts } from './count-format.js';
export { DEFAULT_BOILERPLATE_THRESHOLDS, summarizeCorpus, type BoilerplateThresholds } from './corpus-summary.js';
export { addFingerprints, fingerprintFiles, type FingerprintFailure } from './fingerprint-files.js';
