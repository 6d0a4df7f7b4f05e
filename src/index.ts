/** article-clean: the library. */
export { cleanText, cleanWithResolvedOptions, type CleanResult } from './engine/clean-text.js';
export { resolveOptions, DEFAULT_MIN_LENGTH, OptionError, type CleanOptions, type ResolvedOptions } from './engine/options.js';
export { parseArticle } from './article/parse-article.js';
export { comparisonKey } from './text/comparison-key.js';
export { compileLexicon, lexiconLanguages, type MarkerLexicon, type MarkerPhrase } from './lexicon/marker-lexicon.js';
export { rules } from './rules/index.js';
export type { Article, Line, LineRange } from './model/article.js';
export type { Finding, Span } from './model/finding.js';
export type { Rule, RuleContext, RuleSettings } from './model/rule.js';
export { cleanFile, cleanBytes, type FileOptions, type FileResult, type FileErrorCode } from './engine/clean-file.js';
export { processFiles, type InputFile } from './engine/process-files.js';
export { buildReport, createReportBuilder, type ReportBuilder } from './report/build-report.js';
export { decodeText, DecodeError, type DecodedText } from './io/decode-text.js';
export type { CorpusSummary } from './model/corpus.js';
export * from './corpus/index.js';
