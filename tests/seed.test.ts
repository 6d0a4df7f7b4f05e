/** The user's own example, end to end: the exact output and the JSON explanation. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runShell } from './helpers/run-cli.js';
import { samplesFolder } from './helpers/paths.js';

const expected = readFileSync(join(samplesFolder, 'lavrov-astana.expected.txt'), 'utf8');

describe('the user example (samples/lavrov-astana.txt)', () => {
  it('prints exactly the expected file', () => {
    const run = runShell('article-clean samples/lavrov-astana.txt');
    expect(run.exit).toBe(0);
    expect(run.stdout).toBe(expected);
    expect(run.stderr).toContain('lavrov-astana.txt');
  });

  it('explains the cuts in its JSON line', () => {
    const run = runShell('article-clean --json samples/lavrov-astana.txt');
    expect(run.exit).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0] as string);
    expect(Object.keys(record).slice(0, 3)).toEqual(['path', 'changed', 'encoding']);
    expect(record.changed).toBe(true);
    expect(record.text).toBe(expected);
    const repeat = record.findings.find((finding: { rule: string }) => finding.rule === 'repeated-block');
    expect(repeat.lines).toEqual({ start: 10, end: 17 });
    expect(repeat.duplicateOf).toEqual({ start: 2, end: 9 });
    const links = record.findings.filter((finding: { rule: string }) => finding.rule === 'cross-link');
    expect(links.map((finding: { lines: { start: number } }) => finding.lines.start)).toEqual(expect.arrayContaining([5, 8]));
    expect(record.links).toEqual([
      'دي ميستورا متفائل بإنهاء الحرب في سوريا',
      'مطالبات بتنحية بسمة قضماني من وفد "الهيئة العليا" للمفاوضات',
    ]);
  });
});
