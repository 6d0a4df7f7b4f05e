/** The engine for one text: parse, run the rules, merge their cuts, apply them. */
import type { Finding } from '../model/finding.js';
import { compareFindings } from '../model/finding.js';
import { parseArticle } from '../article/parse-article.js';
import { absorbBlankLines } from './blank-lines.js';
import { applyCuts, mergeSpans } from './apply-cuts.js';
import { resolveOptions, type CleanOptions, type ResolvedOptions } from './options.js';

/** The cleaned text and everything needed to explain it. */
export interface CleanResult {
  /** The input with the cut spans deleted. */
  readonly text: string;
  /** Whether anything was cut. */
  readonly changed: boolean;
  /** Every cut, sorted by position then rule. */
  readonly findings: readonly Finding[];
  /** Headlines of the removed cross-links, in text order, each once. */
  readonly links: readonly string[];
  /** Characters removed. */
  readonly removedCharacters: number;
}

function runRules(text: string, options: ResolvedOptions): { findings: Finding[]; article: ReturnType<typeof parseArticle> } {
  const article = parseArticle(text);
  const findings: Finding[] = [];
  for (const rule of options.rules) {
    // A loop, not push(...found): a file of 200,000 repeated lines overflows the call stack.
    for (const finding of rule.check(article, { settings: options.settings, earlierFindings: findings, corpus: options.corpus })) findings.push(finding);
  }
  return { findings: absorbBlankLines(article, findings).sort(compareFindings), article };
}

/** Cleans one text with options already resolved (the fast path for many files). */
export function cleanWithResolvedOptions(text: string, options: ResolvedOptions): CleanResult {
  const { findings } = runRules(text, options);
  const spans = mergeSpans(findings);
  const cleaned = applyCuts(text, spans);
  return {
    text: cleaned,
    changed: spans.length > 0,
    findings,
    links: [...new Set(findings.flatMap((finding) => finding.headlines ?? []))],
    removedCharacters: text.length - cleaned.length,
  };
}

/** Cleans one text: deletes repeated blocks and cross-links, keeps everything else byte for byte. */
export function cleanText(text: string, options: CleanOptions = {}): CleanResult {
  return cleanWithResolvedOptions(text, resolveOptions(options));
}
