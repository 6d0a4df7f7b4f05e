/** repeated-inline: a repeat inside one line; only the second copy is cut. */
import type { Article, Line } from '../model/article.js';
import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { lineContent, lineRange } from '../model/article.js';
import { lineSegmentFinding, linesNotCut } from '../engine/line-cuts.js';
import { findSentenceTandems, findWordTandems, type TandemCopy } from '../repeats/tandem-repeats.js';
import { TandemHint, tandemHints } from '../repeats/tandem-hints.js';
import { findDoubledLine, keyMayBeDoubled } from '../repeats/doubled-line.js';

const id = 'repeated-inline';

function copyFinding(article: Article, line: Line, copy: TandemCopy): Finding {
  const { places } = article;
  const first = places.columnOf(line, line.start + copy.originalStart);
  const last = places.columnOf(line, line.start + copy.originalEnd - 1);
  return lineSegmentFinding(line, { start: line.start + copy.start, end: line.start + copy.end }, {
    rule: id,
    reason: `repeats characters ${first}-${last} of line ${places.lineNumberOf(line.index)} right after them`,
    duplicateOf: lineRange(line, line),
  });
}

function check(article: Article, context: RuleContext): Finding[] {
  const { minLength } = context.settings;
  const findings: Finding[] = [];
  for (const line of linesNotCut(article, article.contentLines, context.earlierFindings)) {
    // The key rules out nearly every line before its content is taken out of the text.
    const doubled = keyMayBeDoubled(line.key, minLength) ? findDoubledLine(lineContent(article, line), minLength) : null;
    if (doubled !== null) {
      findings.push(copyFinding(article, line, doubled));
      continue;
    }
    const hints = tandemHints(line.key);
    if (hints === TandemHint.none) continue;
    const content = lineContent(article, line);
    const sentenceCopies = findSentenceTandems(content, minLength);
    // Copies glued with no sentence end between them are looked for only when no sentence repeats.
    const copies = sentenceCopies.length > 0 || (hints & TandemHint.adjacentRun) === 0 ? sentenceCopies : findWordTandems(content, minLength);
    for (const copy of copies) findings.push(copyFinding(article, line, copy));
  }
  return findings;
}

/** Removes text repeated right after itself inside one line. */
export const repeatedInline: Rule = {
  id,
  description: 'Text repeated right after itself inside one line: an article glued to itself, a sentence said twice, a doubled caption.',
  enabledByDefault: true,
  judgesLinesAlone: true,
  check,
};
