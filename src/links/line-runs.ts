/** Runs of consecutive lines that share a trait: the boxes of related headlines, the headings of an article. */
import type { Line } from '../model/article.js';

/** A run: `lines[start, end)`. */
export interface LineRun {
  readonly start: number;
  readonly end: number;
}

/**
 * The runs of lines that `isMember` holds for, each at most `maxLength` long, from the second line
 * on (a run needs a line before it). The line right after a run starts none: it is the run's
 * neighbour, or a member past `maxLength`, which makes the run part of a longer list.
 */
export function* lineRuns(lines: readonly Line[], isMember: (line: Line) => boolean, maxLength = Infinity): Generator<LineRun> {
  for (let start = 1; start < lines.length; start++) {
    let end = start;
    while (end < lines.length && end - start < maxLength && isMember(lines[end] as Line)) end++;
    if (end > start) yield { start, end };
    start = end;
  }
}
