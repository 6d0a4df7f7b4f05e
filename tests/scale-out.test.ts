/**
 * Cross-file boilerplate map-reduce style, the way it runs across machines: split the file list,
 * fingerprint the parts in parallel, merge the counts with sort | uniq -c, clean the parts in
 * parallel with --boilerplate-from. The result must equal one process run with --boilerplate.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runShell } from './helpers/run-cli.js';
import { binPath, samplesFolder } from './helpers/paths.js';

const hasParallel = spawnSync('sh', ['-c', 'command -v parallel']).status === 0;
if (!hasParallel) console.warn('note: GNU parallel is not installed: the parallel variant of the scale-out test is skipped (.ci/run installs it)');

// 36 articles from the samples, with a header line in most and a footer line in all of them.
function makeCorpus(): string {
  const folder = mkdtempSync(join(tmpdir(), 'article-clean-scale-'));
  mkdirSync(join(folder, 'in'));
  const samples = readdirSync(samplesFolder).filter((name) => name.endsWith('.txt') && !name.endsWith('.expected.txt')).sort();
  for (let index = 0; index < 36; index++) {
    const body = readFileSync(join(samplesFolder, samples[index % samples.length] as string), 'utf8');
    const header = index % 4 === 0 ? '' : 'تابعونا على تويتر لآخر الأخبار\n';
    writeFileSync(join(folder, 'in', `a${String(index).padStart(2, '0')}.txt`), `${header}${body.trimEnd()}\n© 2024 Example News. All rights reserved.\n`);
  }
  return folder;
}

// xargs runs programs, not shell functions: put an article-clean executable on the PATH.
function pathWithBin(): Record<string, string> {
  const folder = mkdtempSync(join(tmpdir(), 'article-clean-bin-'));
  writeFileSync(join(folder, 'article-clean'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(binPath)} "$@"\n`, { mode: 0o755 });
  return { PATH: `${folder}:${process.env.PATH ?? ''}` };
}

function outputs(folder: string): Record<string, string> {
  return Object.fromEntries(readdirSync(folder).sort().map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
}

const flows = [
  {
    name: 'xargs -P',
    fingerprint: 'ls parts/part.* | xargs -P 3 -I{} sh -c \'xargs -a {} article-clean fingerprint --per-file -q\' | LC_ALL=C sort | uniq -c > counts',
    clean: 'ls parts/part.* | xargs -P 3 -I{} sh -c \'xargs -a {} article-clean -q --boilerplate-from counts --out-dir out-parallel\'',
    skip: false,
  },
  {
    name: 'GNU parallel',
    fingerprint: 'cat parts/part.* | parallel --will-cite -X -j 3 article-clean fingerprint --per-file -q | LC_ALL=C sort | uniq -c > counts',
    clean: 'cat parts/part.* | parallel --will-cite -X -j 3 article-clean -q --boilerplate-from counts --out-dir out-parallel',
    skip: !hasParallel,
  },
];

describe('split, fingerprint, merge, clean', () => {
  for (const { name, fingerprint, clean, skip } of flows) it.skipIf(skip)(`with ${name} equals a single-process --boilerplate run`, () => {
    const folder = makeCorpus();
    const env = pathWithBin();
    const single = runShell('article-clean -q --boilerplate --jobs 1 in --out-dir out-single', { cwd: folder });
    expect(single.exit).toBe(0);
    const split = runShell('mkdir parts && find in -name "*.txt" | LC_ALL=C sort > files.list && split -n l/3 files.list parts/part.', { cwd: folder });
    expect(split.exit).toBe(0);
    const merged = runShell(fingerprint, { cwd: folder, env });
    expect(merged.stderr).toBe('');
    expect(readFileSync(join(folder, 'counts'), 'utf8')).toMatch(/^ +36 #files$/m);
    const cleaned = runShell(clean, { cwd: folder, env });
    expect(cleaned.stderr).toBe('');
    const expected = outputs(join(folder, 'out-single'));
    expect(Object.keys(expected)).toHaveLength(36);
    expect(outputs(join(folder, 'out-parallel'))).toEqual(expected);
    // The boilerplate really went: the footer is in no output, the first line of each sample stays.
    expect(Object.values(expected).some((text) => text.includes('All rights reserved'))).toBe(false);
  });
});

// A JSON Lines dump of the samples, four times over, one record per article.
function makeDump(): string {
  const folder = mkdtempSync(join(tmpdir(), 'article-clean-jsonl-'));
  const samples = readdirSync(samplesFolder).filter((name) => name.endsWith('.txt') && !name.endsWith('.expected.txt')).sort();
  const records: string[] = [];
  for (let round = 0; round < 4; round++) {
    for (const name of samples) records.push(JSON.stringify({ id: `${round}/${name}`, text: readFileSync(join(samplesFolder, name), 'utf8'), lang: 'ar' }));
  }
  writeFileSync(join(folder, 'dump.jsonl'), records.join('\n') + '\n');
  return folder;
}

describe('a JSON Lines stream split across processes', () => {
  const stages = [
    { name: 'GNU parallel --pipe', command: 'parallel --will-cite --pipe -k -j 3 --block 40k article-clean --jsonl -q < dump.jsonl > parallel.jsonl', skip: !hasParallel },
    { name: 'split and xargs -P', command: 'split -n l/3 dump.jsonl part. && ls part.* | xargs -P 3 -I{} sh -c \'article-clean --jsonl -q < {} > {}.out\' && cat part.*.out > parallel.jsonl', skip: false },
  ];
  for (const { name, command, skip } of stages) it.skipIf(skip)(`${name} gives the same bytes as one process`, () => {
    const folder = makeDump();
    const env = pathWithBin();
    const single = runShell('article-clean --jsonl -q < dump.jsonl > single.jsonl', { cwd: folder });
    expect(single.exit).toBe(0);
    const split = runShell(command, { cwd: folder, env });
    expect(split.stderr).toBe('');
    const expected = readFileSync(join(folder, 'single.jsonl'), 'utf8');
    expect(expected.split('\n').filter((line) => line !== '')).toHaveLength(readFileSync(join(folder, 'dump.jsonl'), 'utf8').split('\n').length - 1);
    expect(expected).toContain('"articleClean"');
    expect(readFileSync(join(folder, 'parallel.jsonl'), 'utf8')).toBe(expected);
  });
});
