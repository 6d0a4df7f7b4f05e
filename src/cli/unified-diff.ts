/**
 * A unified diff of the cuts (as `diff -u` prints it, so `patch` can apply it). The output is the
 * input with spans deleted, so the changed lines are exactly the lines the spans touch.
 */
import type { ChalkInstance } from 'chalk';
import type { Finding, Span } from '../model/finding.js';
import { applyCuts, mergeSpans } from '../engine/apply-cuts.js';

const CONTEXT = 3;

interface TextLine {
  readonly start: number;
  readonly end: number;
}

/** A run of touched lines [first, last] of the original and the lines that replace them. */
interface Change {
  readonly first: number;
  readonly last: number;
  readonly replacement: string[];
}

function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  for (let start = 0; start < text.length; ) {
    const lineBreak = text.indexOf('\n', start);
    const end = lineBreak === -1 ? text.length : lineBreak + 1;
    lines.push({ start, end });
    start = end;
  }
  return lines;
}

function linesOf(text: string): string[] {
  return splitLines(text).map((line) => text.slice(line.start, line.end));
}

// One pass over lines and spans (both sorted): which lines does any span touch?
function touchedLines(lines: readonly TextLine[], spans: readonly Span[]): boolean[] {
  const touched = lines.map(() => false);
  let index = 0;
  for (const span of spans) {
    while (index < lines.length && (lines[index] as TextLine).end <= span.start) index++;
    for (let at = index; at < lines.length && (lines[at] as TextLine).start < span.end; at++) touched[at] = true;
  }
  return touched;
}

function changesOf(original: string, spans: readonly Span[]): Change[] {
  const lines = splitLines(original);
  const touched = touchedLines(lines, spans);
  const changes: Change[] = [];
  let spanIndex = 0;
  for (let first = 0; first < lines.length; first++) {
    if (!touched[first]) continue;
    let last = first;
    while (touched[last + 1] === true) last++;
    const from = (lines[first] as TextLine).start;
    const to = (lines[last] as TextLine).end;
    const inside: Span[] = [];
    while (spanIndex < spans.length && (spans[spanIndex] as Span).start < to) {
      const span = spans[spanIndex] as Span;
      inside.push({ start: Math.max(span.start, from) - from, end: Math.min(span.end, to) - from });
      if (span.end > to) break;
      spanIndex++;
    }
    changes.push({ first, last, replacement: linesOf(applyCuts(original.slice(from, to), inside)) });
    first = last;
  }
  return changes;
}

function groupIntoHunks(changes: readonly Change[]): Change[][] {
  const hunks: Change[][] = [];
  for (const change of changes) {
    const hunk = hunks[hunks.length - 1];
    const previous = hunk?.[hunk.length - 1];
    if (hunk !== undefined && previous !== undefined && change.first - previous.last - 1 <= 2 * CONTEXT) hunk.push(change);
    else hunks.push([change]);
  }
  return hunks;
}

function diffLine(prefix: string, line: string, paint: (text: string) => string): string {
  const body = line.endsWith('\n') ? line.slice(0, -1) : line;
  const noNewline = line.endsWith('\n') ? '' : '\n\\ No newline at end of file';
  return paint(prefix + body) + noNewline + '\n';
}

function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;
}

/** The unified diff between a text and the text with the findings' spans cut ('' when nothing is cut). */
export function unifiedDiff(path: string, original: string, findings: readonly Finding[], color: ChalkInstance): string {
  const spans = mergeSpans(findings);
  if (spans.length === 0) return '';
  const lines = linesOf(original);
  let output = color.bold(`--- ${path}`) + '\n' + color.bold(`+++ ${path}`) + '\n';
  let shift = 0;
  for (const hunk of groupIntoHunks(changesOf(original, spans))) {
    const first = Math.max(0, (hunk[0] as Change).first - CONTEXT);
    const last = Math.min(lines.length - 1, (hunk[hunk.length - 1] as Change).last + CONTEXT);
    let body = '';
    let newCount = 0;
    let position = first;
    for (const change of hunk) {
      for (; position < change.first; position++, newCount++) body += diffLine(' ', lines[position] as string, (text) => text);
      for (; position <= change.last; position++) body += diffLine('-', lines[position] as string, color.red);
      for (const line of change.replacement) body += diffLine('+', line, color.green);
      newCount += change.replacement.length;
    }
    for (; position <= last; position++, newCount++) body += diffLine(' ', lines[position] as string, (text) => text);
    const oldCount = last - first + 1;
    output += color.cyan(`@@ -${range(first + 1, oldCount)} +${range(first + 1 + shift, newCount)} @@`) + '\n' + body;
    shift += newCount - oldCount;
  }
  return output;
}
