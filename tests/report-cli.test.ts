/** `--report FILE.html` through the CLI: written whole or not at all, beside the other outputs. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, runShell } from './helpers/run-cli.js';
import { samplesFolder } from './helpers/paths.js';

const fileDataCount = (html: string): number => html.match(/class="file-data"/g)?.length ?? 0;

describe('--report', () => {
  it('writes the report of a folder run next to --json and --out-dir, which stay as they were', async () => {
    const work = mkdtempSync(join(tmpdir(), 'article-clean-report-'));
    const report = join(work, 'report.html');
    const plain = await runInProcess(['--json', samplesFolder]);
    const run = await runInProcess(['--json', '--out-dir', join(work, 'out'), '--report', report, samplesFolder]);
    expect(run.exit).toBe(0);
    expect(run.stdout).toBe(plain.stdout);
    expect(run.stderr).toBe(plain.stderr);
    const changed = plain.stdout.trimEnd().split('\n').filter((line) => JSON.parse(line).changed === true).length;
    expect(fileDataCount(readFileSync(report, 'utf8'))).toBe(changed);
    expect(readdirSync(join(work, 'out')).length).toBeGreaterThan(0);
    // Written under a temporary name and renamed: nothing else is left beside it.
    expect(readdirSync(work).sort()).toEqual(['out', 'report.html']);
  });

  it('replaces an earlier report whole', async () => {
    const work = mkdtempSync(join(tmpdir(), 'article-clean-report-'));
    const report = join(work, 'report.html');
    writeFileSync(report, 'an old report');
    const run = await runInProcess(['--quiet', '--report', report, join(samplesFolder, 'lavrov-astana.txt')]);
    expect(run.exit).toBe(0);
    expect(readFileSync(report, 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
    expect(readdirSync(work)).toEqual(['report.html']);
  });

  it('reports standard input too, under the path "-"', async () => {
    const work = mkdtempSync(join(tmpdir(), 'article-clean-report-'));
    const line = 'a line that is long enough to be a repeat\n';
    const run = await runInProcess(['--report', join(work, 'r.html')], { stdin: line + line });
    expect(run).toMatchObject({ exit: 0, stdout: line });
    expect(readFileSync(join(work, 'r.html'), 'utf8')).toContain('data-path="-"');
  });

  it('stops before reading any file when the report cannot be written', async () => {
    const run = await runInProcess(['--json', '--report', '/no/such/folder/report.html', samplesFolder]);
    expect(run).toMatchObject({ exit: 2, stdout: '' });
    expect(run.stderr).toBe('article-clean: /no/such/folder/report.html: cannot write the report: no such folder\n');
    expect(existsSync('/no/such/folder')).toBe(false);
  });

  it('is in --help, and works from the real bin in a shell', () => {
    const work = mkdtempSync(join(tmpdir(), 'article-clean-report-'));
    expect(runShell('article-clean --help').stdout).toContain('--report <file>');
    const run = runShell(`article-clean samples --report ${JSON.stringify(join(work, 'samples.html'))}`);
    expect(run.exit).toBe(0);
    expect(run.stderr).not.toContain('nothing written');
    expect(fileDataCount(readFileSync(join(work, 'samples.html'), 'utf8'))).toBeGreaterThan(0);
  });
});
