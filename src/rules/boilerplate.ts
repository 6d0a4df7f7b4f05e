/** boilerplate: lines that recur across many files of the run (opt-in, needs a corpus summary). */
import { formatCount } from '../text/count-phrase.js';
import type { Article, Line } from '../model/article.js';
import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import type { CorpusSummary } from '../model/corpus.js';
import { linesCutWhole, wholeLinesFinding, type LineIndexSet } from '../engine/line-cuts.js';

const id = 'boilerplate';

function share(count: number, files: number): string {
  return `${formatCount(count)} of ${formatCount(files)} files`;
}

// The one rule that cuts a line with no kept twin in the same article, so its reason says so.
function reason(first: Line, last: Line, corpus: CorpusSummary): string {
  const most = Math.max(first === last ? 0 : (corpus.boilerplate.get(last.key) ?? 0), corpus.boilerplate.get(first.key) ?? 0);
  const what = first === last ? 'line' : 'lines';
  return `boilerplate ${what} found in ${share(most, corpus.files)} (no copy kept in this file)`;
}

// Consecutive boilerplate lines (a footer of three lines) make one finding.
function boilerplateRuns(article: Article, corpus: CorpusSummary, alreadyCut: LineIndexSet): Line[][] {
  const runs: Line[][] = [];
  let current: Line[] | null = null;
  for (const line of article.contentLines) {
    if (!line.hasLetters || alreadyCut.has(line.index) || !corpus.boilerplate.has(line.key)) {
      current = null;
      continue;
    }
    const previous = current?.[current.length - 1];
    if (current === null || previous === undefined || previous.index + 1 !== line.index) {
      current = [];
      runs.push(current);
    }
    current.push(line);
  }
  return runs;
}

function check(article: Article, context: RuleContext): Finding[] {
  const corpus = context.corpus;
  if (corpus === null || corpus.boilerplate.size === 0) return [];
  const alreadyCut = linesCutWhole(article, context.earlierFindings);
  return boilerplateRuns(article, corpus, alreadyCut).map((run) => {
    const first = run[0] as Line;
    const last = run[run.length - 1] as Line;
    return wholeLinesFinding(article, first, last, { rule: id, reason: reason(first, last, corpus), duplicateOf: null });
  });
}

/** Removes lines that recur across the files of a run (menus, footers, bylines, disclaimers). */
export const boilerplate: Rule = {
  id,
  description: 'Lines that recur in many files of the run (default: at least 5 files and 2% of them); needs --boilerplate or --boilerplate-from.',
  enabledByDefault: false,
  judgesLinesAlone: true,
  check,
};
