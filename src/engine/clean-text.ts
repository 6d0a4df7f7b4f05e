/**
 * The engine for one text: parse, run the rules, merge their cuts, apply them, and run again on
 * the result until nothing more is found, so that cleaning a cleaned text changes nothing.
 */
import { originalLineRange, type Article } from '../model/article.js';
import type { Finding, Span } from '../model/finding.js';
import { changeFinding, compareFindings } from '../model/finding.js';
import { parseArticle } from '../article/parse-article.js';
import { absorbBlankLines } from './blank-lines.js';
import { applyCuts, claimFinalLineBreak, mergeSpans } from './apply-cuts.js';
import { offsetMapOf, type OffsetMap } from './offset-map.js';
import { withOriginalPlaces } from './original-places.js';
import { keepTwins } from './twins.js';
import { keptLinesOf } from './kept-lines.js';
import { claimFinalLineBreakInView, keptLinesView } from './kept-view.js';
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

// What a pass does once its rules have run: give each deleted paragraph its blank line, and keep
// the text's final line break as it was (claimFinalLineBreak, judged on the text the pass read).
type FinishPass = (article: Article, findings: readonly Finding[]) => Finding[];

const finishOnText: FinishPass = (article, findings) => claimFinalLineBreak(article.text, absorbBlankLines(article, findings));

function runRules(article: Article, options: ResolvedOptions, rules: readonly Rule[] = options.rules, finish: FinishPass = finishOnText): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    // A loop, not push(...found): a file of 200,000 repeated lines overflows the call stack.
    for (const finding of rule.check(article, { settings: options.settings, earlierFindings: findings, corpus: options.corpus })) findings.push(finding);
  }
  return finish(article, findings);
}

// Findings of a later pass speak of the article it read; they are moved back onto the original:
// their line ranges always (their reasons already name original lines: see OriginalPlaces), their
// spans through `map` when the pass read the cleaned text (a view's spans are original already).
function moveToOriginal(findings: readonly Finding[], read: Article, map: OffsetMap | null): Finding[] {
  return findings.map((finding) =>
    changeFinding(finding, {
      ...(map === null ? {} : { span: { start: map.toOriginal(finding.span.start), end: map.toOriginal(finding.span.end - 1) + 1 } }),
      lines: originalLineRange(read, finding.lines),
      duplicateOf: finding.duplicateOf === null ? null : originalLineRange(read, finding.duplicateOf),
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
// article comes out of here in flat arrays; the article itself only for the next pass, which reads
// its kept lines as a view of the original text, so that no second set of Line objects is made.
function firstPass(text: string, options: ResolvedOptions): FirstPass {
  const original = parseArticle(text);
  const findings = runRules(original, options);
  const cutInsideLines = findings.some((finding) => !isWholeLineFinding(original, finding));
  // Nothing found (most articles): no later pass, and no kept copy to re-point.
  if (findings.length === 0) return { findings, lines: NO_ORIGINAL_LINES, article: null, cutInsideLines };
  return { findings, lines: originalLinesOf(original), article: original, cutInsideLines };
}

// A later pass. After cuts of whole lines, the first pass's lines are read as a view of the
// original text (kept-view.ts); otherwise the cleaned text is made and parsed, its untouched lines
// keeping their keys. Returns the new findings, moved onto the original.
function laterPass(text: string, spans: readonly Span[], first: FirstPass, rules: readonly Rule[], options: ResolvedOptions): { more: Finding[]; cutInsideLines: boolean } {
  const map = offsetMapOf(text, spans);
  const view = first.article === null ? null : keptLinesView(first.article, spans);
  // Its lines renumbered (or it is of no more use): the cut lines can go.
  first.article = null;
  const article = view ?? withOriginalPlaces(parseArticle(applyCuts(text, spans), keptLinesOf(first.lines, map)), map, first.lines.starts);
  const finish: FinishPass = view === null ? finishOnText : (read, found) => claimFinalLineBreakInView(text, map, absorbBlankLines(read, found));
  const more = runRules(article, options, rules, finish);
  return { more: moveToOriginal(more, article, view === null ? map : null), cutInsideLines: more.some((finding) => !isWholeLineFinding(article, finding)) };
}

/** What cleaning a text found, without the cleaned text itself. */
export interface CleanCuts extends Omit<CleanResult, 'text'> {
  /** The spans to delete, merged: sorted, disjoint and not touching. */
  readonly cuts: readonly Span[];
}

/**
 * Cleans one text with options already resolved, up to the spans to delete: what a writer needs
 * to write the cleaned text from the original without making it (see keptUtf8Pieces).
 */
export function cutsWithResolvedOptions(text: string, options: ResolvedOptions): CleanCuts {
  const first = firstPass(text, options);
  const { findings, lines } = first;
  let spans = mergeSpans(findings);
  // After a pass that cut whole lines only, the rules that judge lines alone would find nothing
  // new: only the rules that look at a line's neighbours run again (about a third of the work).
  const neighbourRules = options.rules.filter((rule) => !rule.judgesLinesAlone);
  let cutInsideLines = first.cutInsideLines;
  for (let pass = 1; pass < MAX_PASSES && spans.length > 0; pass++) {
    const rules = cutInsideLines ? options.rules : neighbourRules;
    if (rules.length === 0) break;
    const later = laterPass(text, spans, first, rules, options);
    if (later.more.length === 0) break;
    cutInsideLines = later.cutInsideLines;
    for (const finding of later.more) findings.push(finding);
    spans = mergeSpans(findings);
  }
  const explained = keepTwins(lines, findings);
  explained.sort(compareFindings);
  let removedCharacters = 0;
  for (const span of spans) removedCharacters += span.end - span.start;
  return { cuts: spans, changed: spans.length > 0, findings: explained, links: linkedHeadlines(explained), removedCharacters };
}

/** Cleans one text with options already resolved (the fast path for many files). */
export function cleanWithResolvedOptions(text: string, options: ResolvedOptions): CleanResult {
  const { cuts, changed, findings, links, removedCharacters } = cutsWithResolvedOptions(text, options);
  return { text: applyCuts(text, cuts), changed, findings, links, removedCharacters };
}

/** Cleans one text: deletes repeated blocks and cross-links, keeps everything else byte for byte. */
export function cleanText(text: string, options: CleanOptions = {}): CleanResult {
  return cleanWithResolvedOptions(text, resolveOptions(options));
}
