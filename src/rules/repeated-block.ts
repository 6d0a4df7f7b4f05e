/** repeated-block: lines or runs of lines that repeat earlier lines of the same article. */
import type { Article, Line } from '../model/article.js';
import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { describeLineRange, lineContent, lineRange, originalLineRange } from '../model/article.js';
import { lineSegmentFinding, linesNotCut, restOfLineCutsOnce, wholeLinesFinding, type RestOfLineCuts } from '../engine/line-cuts.js';
import { findRepeatClusters, hasRepeatedKey, indexUnits, splitIntoRuns, type RepeatRun, type RepeatUnits } from '../repeats/repeat-runs.js';
import { extendRun, findGluedCopyAfter } from '../repeats/run-extension.js';
import { isAuthoredRepeatKind } from '../repeats/authored-lines.js';
import { isInParallelStructure } from '../repeats/parallel-structure.js';
import { findCreditedCopies, type CreditedCopy } from '../repeats/credited-copies.js';

const id = 'repeated-block';

function unitsOf(index: RepeatUnits, start: number, end: number): Line[] {
  return index.units.slice(start, end + 1);
}

// The length guard of labeling rule 1: a line counts when it is long enough on its own or when it
// is part of a run of at least two repeated lines. The run is an aligned one (copies of consecutive
// lines): a short line that happens to repeat a short line elsewhere ("البلاد." ending two wrapped
// paragraphs) next to a real copy is a coincidence, not part of it. Separator lines ("-----")
// have no letters and never count.
function isLongEnough(copies: readonly Line[], minLength: number): boolean {
  const lettered = copies.filter((line) => line.hasLetters);
  return lettered.length >= 2 || (lettered[0]?.key.length ?? 0) >= minLength;
}

function isAuthored(article: Article, index: RepeatUnits, run: RepeatRun, minLength: number): boolean {
  const copies = unitsOf(index, run.copyStart, run.copyEnd).filter((line) => line.hasLetters);
  if (copies.length > 0 && copies.every((line) => isAuthoredRepeatKind(lineContent(article, line), line.key))) return true;
  return isInParallelStructure(index, run, minLength);
}

// Trims separator copies from both ends; an aligned run drops the same originals, so that
// duplicateOf names exactly the lines that are repeated.
function trimSeparators(index: RepeatUnits, run: RepeatRun): RepeatRun | null {
  const isAligned = run.copyEnd - run.copyStart === run.originalEnd - run.originalStart;
  let { copyStart, copyEnd, originalStart, originalEnd } = run;
  while (copyStart <= copyEnd && !(index.units[copyStart] as Line).hasLetters) {
    copyStart++;
    if (isAligned) originalStart++;
  }
  while (copyEnd >= copyStart && !(index.units[copyEnd] as Line).hasLetters) {
    copyEnd--;
    if (isAligned) originalEnd--;
  }
  return copyStart > copyEnd ? null : { copyStart, copyEnd, originalStart, originalEnd };
}

function runFinding(article: Article, index: RepeatUnits, run: RepeatRun): Finding {
  const copies = unitsOf(index, run.copyStart, run.copyEnd);
  const original = lineRange(index.units[run.originalStart] as Line, index.units[run.originalEnd] as Line);
  return wholeLinesFinding(article, copies[0] as Line, copies[copies.length - 1] as Line, {
    rule: id,
    reason: `repeats ${describeLineRange(originalLineRange(article, original))}`,
    duplicateOf: original,
  });
}

// Whether an earlier finding cuts the whole rest of a line from `offset` on.
function isRestCut(line: Line, offset: number, restCuts: RestOfLineCuts): boolean {
  return (restCuts.get(line.index) ?? Infinity) <= offset;
}

// A copy glued only to a cross-link ("<copy of the paragraph> Read more: <headline>", right after
// the repeated block) is the whole line once the link goes: cut as a segment next to the link's
// cut, it would leave an empty line behind. It is left to the next pass, which reads the line
// without the link and deletes it whole, blank line included, as the repeat it then is.
function gluedFinding(article: Article, index: RepeatUnits, run: RepeatRun, restCuts: () => RestOfLineCuts): Finding | null {
  const glued = findGluedCopyAfter(index, run, (line) => lineContent(article, line));
  if (glued === null || isRestCut(glued.line, glued.end, restCuts())) return null;
  const originalLine = index.units[glued.original] as Line;
  const original = lineRange(originalLine, originalLine);
  return lineSegmentFinding(glued.line, { start: glued.start, end: glued.end }, {
    rule: id,
    reason: `repeats ${describeLineRange(originalLineRange(article, original))}, glued to the start of this paragraph`,
    duplicateOf: original,
  });
}

// A caption copy: the whole line goes, as a repeat of the paragraph it shows again.
function creditedFinding(article: Article, { copy, original }: CreditedCopy): Finding {
  const range = lineRange(original, original);
  return wholeLinesFinding(article, copy, copy, {
    rule: id,
    reason: `repeats ${describeLineRange(originalLineRange(article, range))} with a photo credit added`,
    duplicateOf: range,
  });
}

function check(article: Article, context: RuleContext): Finding[] {
  const { minLength } = context.settings;
  const units = linesNotCut(article, article.contentLines, context.earlierFindings);
  const credited = findCreditedCopies(article.text, units, article.keyTable, minLength);
  // A caption copy is not cut as a copy glued to new text, which would leave its credit behind.
  const creditedLines = new Set(credited.map((found) => found.copy.index));
  // No line repeats another (most articles): nothing to index.
  const runs = hasRepeatedKey(units) ? findRuns(article, context, units, creditedLines) : { findings: [], cutLines: new Set<number>() };
  // A line cut as a copy in a run is no caption copy of its own.
  for (const copy of credited) if (!runs.cutLines.has(copy.copy.index)) runs.findings.push(creditedFinding(article, copy));
  return runs.findings;
}

/** What the runs of repeats cut: their findings, and their copies' lines by index. */
interface Runs {
  readonly findings: Finding[];
  readonly cutLines: Set<number>;
}

function findRuns(article: Article, context: RuleContext, units: readonly Line[], creditedLines: ReadonlySet<number>): Runs {
  const { minLength } = context.settings;
  const index = indexUnits(units);
  const findings: Finding[] = [];
  const cutLines = new Set<number>();
  const cutUnits = new Set<number>();
  // Made once a check and only when a glued copy turns up: asked of every finding for every copy,
  // the question would cost copies times findings.
  const restCuts = restOfLineCutsOnce(article, context.earlierFindings);
  for (const cluster of findRepeatClusters(index)) {
    for (const seed of splitIntoRuns(index, cluster, (position) => cutUnits.has(position))) {
      extendRun(index, seed, minLength);
      const run = trimSeparators(index, seed);
      if (run === null || !isLongEnough(unitsOf(index, run.copyStart, run.copyEnd), minLength)) continue;
      if (isAuthored(article, index, run, minLength)) continue;
      for (let position = run.copyStart; position <= run.copyEnd; position++) {
        cutUnits.add(position);
        cutLines.add((index.units[position] as Line).index);
      }
      findings.push(runFinding(article, index, run));
      const glued = gluedFinding(article, index, run, restCuts);
      if (glued !== null && !creditedLines.has(glued.lines.start - 1)) findings.push(glued);
    }
  }
  return { findings, cutLines };
}

/** Removes repeated lines and runs of lines, keeping the first copy. */
export const repeatedBlock: Rule = {
  id,
  description: 'Lines and runs of lines that repeat earlier text of the same article (the first copy is kept).',
  enabledByDefault: true,
  judgesLinesAlone: false,
  check,
};
