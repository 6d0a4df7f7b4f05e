/** repeated-block: lines or runs of lines that repeat earlier lines of the same article. */
import type { Article, Line } from '../model/article.js';
import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { lineRange } from '../model/article.js';
import { linesCutWhole, wholeLinesFinding } from '../engine/line-cuts.js';
import { findRepeatRuns, indexUnits, type RepeatRun } from '../repeats/repeat-runs.js';

const id = 'repeated-block';

function formatLines(first: Line, last: Line): string {
  return first === last ? `line ${first.index + 1}` : `lines ${first.index + 1}-${last.index + 1}`;
}

// Separator lines ("-----") have no letters: they never make a run on their own, so a run is
// trimmed of them at both ends.
function trimSeparators(run: RepeatRun): RepeatRun | null {
  let first = 0;
  let last = run.copies.length - 1;
  while (first <= last && !(run.copies[first] as Line).hasLetters) first++;
  while (last >= first && !(run.copies[last] as Line).hasLetters) last--;
  if (first > last) return null;
  return { copies: run.copies.slice(first, last + 1), originals: run.originals.slice(first, last + 1) };
}

function isLongEnough(run: RepeatRun, minLength: number): boolean {
  const lettered = run.copies.filter((line) => line.hasLetters);
  if (lettered.length >= 2) return true;
  return (lettered[0]?.key.length ?? 0) >= minLength;
}

function runFinding(article: Article, run: RepeatRun): Finding {
  const firstCopy = run.copies[0] as Line;
  const lastCopy = run.copies[run.copies.length - 1] as Line;
  const firstOriginal = run.originals[0] as Line;
  const lastOriginal = run.originals[run.originals.length - 1] as Line;
  return wholeLinesFinding(article, firstCopy, lastCopy, {
    rule: id,
    reason: `repeats ${formatLines(firstOriginal, lastOriginal)}`,
    duplicateOf: lineRange(firstOriginal, lastOriginal),
  });
}

function check(article: Article, context: RuleContext): Finding[] {
  const alreadyCut = linesCutWhole(article, context.earlierFindings);
  const units = article.contentLines.filter((line) => !alreadyCut.has(line.index));
  const findings: Finding[] = [];
  for (const found of findRepeatRuns(indexUnits(units))) {
    const run = trimSeparators(found);
    if (run === null || !isLongEnough(run, context.settings.minLength)) continue;
    findings.push(runFinding(article, run));
  }
  return findings;
}

/** Removes repeated lines and runs of lines, keeping the first copy. */
export const repeatedBlock: Rule = {
  id,
  description: 'Lines and runs of lines that repeat earlier text of the same article (the first copy is kept).',
  enabledByDefault: true,
  check,
};
