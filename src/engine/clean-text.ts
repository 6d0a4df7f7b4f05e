/**
 * The engine for one text: parse, run the rules, merge their cuts, apply them, and run again on
 * the result until nothing more is found, so that cleaning a cleaned text changes nothing.
 */
import { originalLineRange, type Article } from '../model/article.js';
import type { Finding } from '../model/finding.js';
import { changeFinding, compareFindings } from '../model/finding.js';
import { parseArticle } from '../article/parse-article.js';
import { absorbBlankLines } from './blank-lines.js';
import { applyCuts, claimFinalLineBreak, mergeSpans } from './apply-cuts.js';
import { offsetMapOf, type OffsetMap } from './offset-map.js';
import { withOriginalPlaces } from './original-places.js';
import { keepTwins } from './twins.js';
import { keptLinesOf } from './kept-lines.js';
import { articleAfterWholeLineCuts } from './shifted-lines.js';
import { NO_ORIGINAL_LINES, originalLinesOf, type OriginalLines } from './original-lines.js';
import { isWholeLineFinding } from './line-cuts.js';
import type { Rule } from '../model/rule.js';
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

// A cut can make another one appear: a line left with only the first copy of a doubled caption
// now repeats a line below it. Like ESLint's fix passes, the rules run again on the cleaned text
// until they find nothing; in practice one extra pass.
const MAX_PASSES = 5;

function runRules(article: Article, options: ResolvedOptions, rules: readonly Rule[] = options.rules): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    // A loop, not push(...found): a file of 200,000 repeated lines overflows the call stack.
    for (const finding of rule.check(article, { settings: options.settings, earlierFindings: findings, corpus: options.corpus })) findings.push(finding);
  }
  return claimFinalLineBreak(article.text, absorbBlankLines(article, findings));
}

// Findings of a later pass speak of the cleaned text; they are moved back onto the original (their
// reasons already name original lines: see OriginalPlaces).
function mapToOriginal(findings: readonly Finding[], cleaned: Article, map: OffsetMap): Finding[] {
  return findings.map((finding) =>
    changeFinding(finding, {
      span: { start: map.toOriginal(finding.span.start), end: map.toOriginal(finding.span.end - 1) + 1 },
      lines: originalLineRange(cleaned, finding.lines),
      duplicateOf: finding.duplicateOf === null ? null : originalLineRange(cleaned, finding.duplicateOf),
    }),
  );
}

// Headlines of the removed cross-links in text order, each once.
function linkedHeadlines(findings: readonly Finding[]): string[] {
  const headlines = new Set<string>();
  for (const finding of findings) for (const headline of finding.headlines ?? []) headlines.add(headline);
  return [...headlines];
}

interface FirstPass {
  readonly findings: Finding[];
  readonly lines: OriginalLines;
  /** The original article, for the next pass to take over (null once it has, or when nothing was found). */
  article: Article | null;
  readonly cutInsideLines: boolean;
}

// The rules on the original article. What keepTwins and the passes after the next need of the
// article comes out of here in flat arrays; the article itself only for the next pass, which moves
// its lines onto the cleaned text, so that no second set of Line objects is made.
function firstPass(text: string, options: ResolvedOptions): FirstPass {
  const original = parseArticle(text);
  const findings = runRules(original, options);
  const cutInsideLines = findings.some((finding) => !isWholeLineFinding(original, finding));
  // Nothing found (most articles): no later pass, and no kept copy to re-point.
  if (findings.length === 0) return { findings, lines: NO_ORIGINAL_LINES, article: null, cutInsideLines };
  return { findings, lines: originalLinesOf(original), article: original, cutInsideLines };
}

/** Cleans one text with options already resolved (the fast path for many files). */
export function cleanWithResolvedOptions(text: string, options: ResolvedOptions): CleanResult {
  const first = firstPass(text, options);
  const { findings, lines } = first;
  let spans = mergeSpans(findings);
  let cleaned = applyCuts(text, spans);
  // After a pass that cut whole lines only, the rules that judge lines alone would find nothing
  // new: only the rules that look at a line's neighbours run again (about a third of the work).
  const neighbourRules = options.rules.filter((rule) => !rule.judgesLinesAlone);
  let cutInsideLines = first.cutInsideLines;
  for (let pass = 1; pass < MAX_PASSES && spans.length > 0; pass++) {
    const rules = cutInsideLines ? options.rules : neighbourRules;
    if (rules.length === 0) break;
    const map = offsetMapOf(text, spans);
    const moved = first.article === null ? null : articleAfterWholeLineCuts(cleaned, first.article, spans);
    // Its lines moved (or it is of no more use): the cut lines can go.
    first.article = null;
    const article = withOriginalPlaces(moved ?? parseArticle(cleaned, keptLinesOf(lines, map)), map, lines.starts);
    const more = runRules(article, options, rules);
    if (more.length === 0) break;
    cutInsideLines = more.some((finding) => !isWholeLineFinding(article, finding));
    for (const finding of mapToOriginal(more, article, map)) findings.push(finding);
    spans = mergeSpans(findings);
    cleaned = applyCuts(text, spans);
  }
  const explained = keepTwins(lines, findings);
  explained.sort(compareFindings);
  return {
    text: cleaned,
    changed: spans.length > 0,
    findings: explained,
    links: linkedHeadlines(explained),
    removedCharacters: text.length - cleaned.length,
  };
}

/** Cleans one text: deletes repeated blocks and cross-links, keeps everything else byte for byte. */
export function cleanText(text: string, options: CleanOptions = {}): CleanResult {
  return cleanWithResolvedOptions(text, resolveOptions(options));
}
