/** The CLI contract, run in-process: arguments and stdin in, stdout, stderr and exit code out. */
import { readFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './helpers/run-cli.js';
import { samplesFolder } from './helpers/paths.js';

const seed = join(samplesFolder, 'lavrov-astana.txt');
const seedExpected = readFileSync(join(samplesFolder, 'lavrov-astana.expected.txt'), 'utf8');

interface Case {
  name: string;
  args: string[];
  stdin?: string;
  stdout?: string | RegExp;
  stderr?: string | RegExp;
  exit: number;
}

const cases: Case[] = [
  { name: 'one file: cleaned text to stdout', args: [seed], stdout: seedExpected, stderr: /5 cuts/, exit: 0 },
  { name: 'stdin with -', args: ['-'], stdin: 'a long enough line to be a repeat here\na long enough line to be a repeat here\n', stdout: 'a long enough line to be a repeat here\n', exit: 0 },
  { name: 'stdin with no path', args: [], stdin: 'nothing to cut\n', stdout: 'nothing to cut\n', exit: 0 },
  { name: 'unknown option', args: ['--bogus'], stdout: '', stderr: /^article-clean: unknown option '--bogus'/, exit: 2 },
  { name: 'missing path', args: ['no/such/file.txt'], stderr: /^article-clean: no\/such\/file\.txt: no such file or directory$/m, exit: 2 },
  { name: 'unknown rule id', args: ['--only', 'nope', seed], stderr: /unknown rule "nope"/, exit: 2 },
  { name: 'bad --min-length', args: ['--min-length', 'x', seed], stderr: /expected a whole number/, exit: 2 },
  { name: 'a folder: report only, nothing on stdout', args: [samplesFolder], stdout: '', stderr: /files, \d+ changed/, exit: 0 },
  { name: '--quiet: errors only', args: ['--quiet', seed], stdout: seedExpected, stderr: '', exit: 0 },
  { name: '--version', args: ['--version'], stdout: /^\d+\.\d+\.\d+\n$/, exit: 0 },
  { name: '--help', args: ['--help'], stdout: /Usage: article-clean/, exit: 0 },
];

describe('article-clean (in-process)', () => {
  it.each(cases)('$name', async ({ args, stdin, stdout, stderr, exit }) => {
    const run = await runInProcess(args, { stdin });
    if (stdout !== undefined) expect(run.stdout).toMatch(typeof stdout === 'string' ? new RegExp(`^${stdout.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : stdout);
    if (stderr !== undefined) expect(run.stderr).toMatch(typeof stderr === 'string' ? new RegExp(`^${stderr}$`) : stderr);
    expect(run.exit).toBe(exit);
  });

  it('--out-dir mirrors the input tree', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'article-clean-'));
    const run = await runInProcess([samplesFolder, '--out-dir', outDir]);
    expect(run.exit).toBe(0);
    const written = readdirSync(outDir).sort();
    expect(written).toContain('lavrov-astana.txt');
    expect(readFileSync(join(outDir, 'lavrov-astana.txt'), 'utf8')).toBe(seedExpected);
  });

  it('--json writes one record per file in sorted order', async () => {
    const run = await runInProcess(['--json', samplesFolder]);
    const paths = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).path as string);
    expect(paths).toEqual([...paths].sort());
    expect(paths.length).toBe(readdirSync(samplesFolder).filter((name) => name.endsWith('.txt')).length);
  });
});
