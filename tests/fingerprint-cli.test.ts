/** The CLI of cross-file boilerplate: the fingerprint command and the --boilerplate flags. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { runInProcess } from './helpers/run-cli.js';
import { main } from '../src/cli/main.js';

const footer = 'Follow us for the latest news from the region';

function corpusFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'article-clean-fp-'));
  for (let index = 0; index < 6; index++) writeFileSync(join(folder, `a${index}.txt`), `Story ${index} has a first line of its own.\n${footer}\n`);
  return folder;
}

describe('article-clean fingerprint', () => {
  it('prints "COUNT KEY" lines, "#files" first, keys sorted', async () => {
    const run = await runInProcess(['fingerprint', corpusFolder()]);
    expect(run.exit).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('6 #files');
    expect(lines).toContain('6 follow us for the latest news from the region');
    expect(lines.slice(1)).toEqual([...lines.slice(1)].sort((left, right) => (left.replace(/^\d+ /, '') < right.replace(/^\d+ /, '') ? -1 : 1)));
    expect(run.stderr).toBe('fingerprint: 6 files, 7 distinct lines\n');
  });

  it('--merge adds counts files up; a bad line is a clear error', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'article-clean-merge-'));
    writeFileSync(join(folder, 'one'), '3 #files\n2 a key\n');
    writeFileSync(join(folder, 'two'), '      4 #files\n      1 a key\n      1 b key\n');
    const run = await runInProcess(['fingerprint', '--merge', '-q', join(folder, 'one'), join(folder, 'two')]);
    expect(run.stdout).toBe('7 #files\n3 a key\n1 b key\n');
    writeFileSync(join(folder, 'bad'), 'no count here\n');
    const bad = await runInProcess(['fingerprint', '--merge', join(folder, 'bad')]);
    expect(bad.exit).toBe(2);
    expect(bad.stderr).toMatch(/bad: line 1: expected "COUNT KEY"/);
  });

  it('writes whole lines, at most 4,096 bytes a write, so processes sharing a pipe (xargs -P) never interleave inside a line', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'article-clean-fp-pipe-'));
    const lines = Array.from({ length: 400 }, (_, index) => `السطر رقم ${index} من مقال طويل فيه كلمات كثيرة ${'كلمة '.repeat(index % 17)}`);
    writeFileSync(join(folder, 'long.txt'), `${lines.join('\n')}\n`);
    const chunks: string[] = [];
    const io = {
      stdout: { write: (chunk: string) => chunks.push(chunk) > 0, isTTY: false },
      stderr: { write: () => true, isTTY: false },
      stdin: Readable.from([]),
      stdinIsTTY: true,
      env: {},
      cwd: folder,
    };
    expect(await main(['fingerprint', '--per-file', '-q', join(folder, 'long.txt')], io)).toBe(0);
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) {
      expect(Buffer.byteLength(chunk)).toBeLessThanOrEqual(4096);
      expect(chunk.endsWith('\n')).toBe(true);
    }
    const keys = chunks.join('').trimEnd().split('\n');
    expect(keys[0]).toBe('#files');
    expect(keys).toHaveLength(401);
  });

  it('reads one text from standard input', async () => {
    const run = await runInProcess(['fingerprint', '--per-file', '-q'], { stdin: `${footer}\n${footer}\n` });
    expect(run.stdout).toBe('#files\nfollow us for the latest news from the region\n');
  });
});

describe('--boilerplate flags', () => {
  it('--boilerplate cuts the line shared by every file', async () => {
    const run = await runInProcess(['--boilerplate', '--verbose', corpusFolder()]);
    expect(run.exit).toBe(0);
    expect(run.stderr).toMatch(/boilerplate line found in 6 of 6 files \(no copy kept in this file\)/);
  });

  it('the thresholds decide', async () => {
    const run = await runInProcess(['--boilerplate', '--boilerplate-min-files', '7', corpusFolder()]);
    expect(run.stderr).toMatch(/6 files, 0 changed/);
  });

  it('needs files or counts, and a counts file that exists', async () => {
    expect((await runInProcess(['--boilerplate'], { stdin: 'text\n' })).stderr).toMatch(/--boilerplate needs files/);
    const missing = await runInProcess(['--boilerplate-from', 'no/such/counts', corpusFolder()]);
    expect(missing.exit).toBe(2);
    expect(missing.stderr).toMatch(/--boilerplate-from: no\/such\/counts: ENOENT/);
    expect((await runInProcess(['--enable', 'boilerplate', corpusFolder()])).stderr).toMatch(/needs a corpus summary/);
  });
});
