/** Scores cleaned outputs against gold cases, by the dev corpus README's scoring suggestion. */
import type { GoldCase } from './gold-case.js';
import { findDeletions } from './deletions.js';

/** Found and total for one category. */
export interface Tally {
  found: number;
  total: number;
}

/** The figures of one run over a gold folder. */
export interface Score {
  files: number;
  exact: number;
  /** Files whose output differs from the gold, with what differs. */
  mismatches: { name: string; missedLines: number[]; extraLines: number[]; missedSegments: number; extraSegments: number }[];
  /** Recall of deleted non-blank lines, by gold line tag (dup, xm, xl, xu). */
  lineRecall: Record<string, Tally>;
  /** Exact recall of inline segments, by gold tag (dup-inline, xi). */
  segmentRecall: Record<string, Tally>;
  /** Deleted non-blank lines and segments that are in the gold too, over all the tool deleted. */
  precision: Tally;
  /** Lines and segments deleted in files tagged clean or hn that the gold keeps. */
  falseDeletionsInKeptFiles: { cuts: number; files: number };
}

function tally(record: Record<string, Tally>, key: string): Tally {
  record[key] ??= { found: 0, total: 0 };
  return record[key];
}

function isBlankLine(text: string, line: number): boolean {
  return (text.split('\n')[line - 1] ?? '').trim() === '';
}

/** Scores one output per gold case (outputs in the same order as the cases). */
export function scoreOutputs(cases: readonly GoldCase[], outputs: readonly string[]): Score {
  const score: Score = {
    files: cases.length,
    exact: 0,
    mismatches: [],
    lineRecall: {},
    segmentRecall: {},
    precision: { found: 0, total: 0 },
    falseDeletionsInKeptFiles: { cuts: 0, files: 0 },
  };
  cases.forEach((gold, index) => {
    const output = outputs[index] as string;
    if (output === gold.expected) score.exact++;
    const deleted = findDeletions(gold.input, output);
    const contentLines = [...deleted.lines].filter((line) => !isBlankLine(gold.input, line));
    for (const [line, tag] of gold.lineTags) {
      if (tag === 'blank') continue;
      const entry = tally(score.lineRecall, tag);
      entry.total++;
      if (deleted.lines.has(line)) entry.found++;
    }
    const segmentKey = (segment: { line: number; start: number; end: number }): string => `${segment.line}:${segment.start}:${segment.end}`;
    const cutSegments = new Set(deleted.segments.map(segmentKey));
    const goldSegments = new Set(gold.segments.map(segmentKey));
    for (const segment of gold.segments) {
      const entry = tally(score.segmentRecall, segment.tag);
      entry.total++;
      if (cutSegments.has(segmentKey(segment))) entry.found++;
    }
    const rightLines = contentLines.filter((line) => gold.lineTags.has(line));
    const rightSegments = deleted.segments.filter((segment) => goldSegments.has(segmentKey(segment)));
    score.precision.total += contentLines.length + deleted.segments.length;
    score.precision.found += rightLines.length + rightSegments.length;
    const wrong = contentLines.length - rightLines.length + deleted.segments.length - rightSegments.length;
    if (gold.tags.includes('clean') || gold.tags.includes('hn')) {
      score.falseDeletionsInKeptFiles.cuts += wrong;
      if (wrong > 0) score.falseDeletionsInKeptFiles.files++;
    }
    if (output !== gold.expected) {
      score.mismatches.push({
        name: gold.name,
        missedLines: [...gold.lineTags].filter(([line, tag]) => tag !== 'blank' && !deleted.lines.has(line)).map(([line]) => line),
        extraLines: contentLines.filter((line) => !gold.lineTags.has(line)),
        missedSegments: gold.segments.length - gold.segments.filter((segment) => cutSegments.has(segmentKey(segment))).length,
        extraSegments: deleted.segments.length - rightSegments.length,
      });
    }
  });
  return score;
}
