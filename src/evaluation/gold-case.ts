/** Reads a folder of gold cases: NAME.txt, NAME.expected.txt and labels.jsonl (format: the dev corpus README). */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** A segment cut from inside a kept line. */
export interface GoldSegment {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly tag: string;
}

/** One labeled article. */
export interface GoldCase {
  readonly name: string;
  readonly input: string;
  readonly expected: string;
  /** 1-based numbers of deleted lines, with one tag each. */
  readonly lineTags: ReadonlyMap<number, string>;
  readonly segments: readonly GoldSegment[];
  /** File-level tags: dup, xm, xl, xu, xi, dup-inline, clean, hn. */
  readonly tags: readonly string[];
}

interface LabelRecord {
  file: string;
  line_tags?: Record<string, string>;
  inline?: { line: number; start: number; end: number; tag: string }[];
  tags?: string[];
}

function readLabels(folder: string): Map<string, LabelRecord> {
  const labels = new Map<string, LabelRecord>();
  const path = join(folder, 'labels.jsonl');
  if (!existsSync(path)) return labels;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as LabelRecord;
    labels.set(record.file, record);
  }
  return labels;
}

/** Loads every NAME.txt that has a NAME.expected.txt, sorted by name. */
export function loadGoldCases(folder: string): GoldCase[] {
  const labels = readLabels(folder);
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.txt') && !name.endsWith('.expected.txt'))
    .filter((name) => existsSync(join(folder, name.replace(/\.txt$/, '.expected.txt'))))
    .sort();
  return names.map((name) => {
    const record = labels.get(name);
    return {
      name,
      input: readFileSync(join(folder, name), 'utf8'),
      expected: readFileSync(join(folder, name.replace(/\.txt$/, '.expected.txt')), 'utf8'),
      lineTags: new Map(Object.entries(record?.line_tags ?? {}).map(([line, tag]) => [Number(line), tag])),
      segments: record?.inline ?? [],
      tags: record?.tags ?? [],
    };
  });
}
