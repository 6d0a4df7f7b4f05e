/** The CLI contract, run in-process: arguments and stdin in, stdout, stderr and exit code out. */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './helpers/run-cli.js';
import { samplesFolder } from './helpers/paths.js';
import { ARABIC_CLEANED, ARABIC_CP1256, CLEAN, DIRTY, DIRTY_CLEANED, temporaryFolder, writeTree } from './helpers/fixtures.js';

const seed = join(samplesFolder, 'lavrov-astana.txt');
const seedExpected = readFileSync(join(samplesFolder, 'lavrov-astana.expected.txt'), 'utf8');

// A small tree for the table: two articles, one clean, one Arabic windows-1256 file, a binary file.
const tree = temporaryFolder();
writeTree(tree, {
  'news/dirty.txt': DIRTY,
  'news/clean.txt': CLEAN,
  'news/sub/arabic.txt': ARABIC_CP1256,
  'news/sub/image.txt': Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256)),
  'news/.hidden/skipped.txt': DIRTY,
  'news/node_modules/skipped.txt': DIRTY,
  'news/notes.md': DIRTY,
  'config/.article-cleanrc.json': JSON.stringify({ minLength: 1000, only: ['repeated-block'] }),
  'config/bad/.article-cleanrc.json': JSON.stringify({ minLenght: 3 }),
  'package-config/package.json': JSON.stringify({ name: 'x', 'article-clean': { skip: ['repeated-block'] } }),
});
const dirty = join(tree, 'news/dirty.txt');
const clean = join(tree, 'news/clean.txt');
const arabic = join(tree, 'news/sub/arabic.txt');
const image = join(tree, 'news/sub/image.txt');
const news = join(tree, 'news');

interface Case {
  name: string;
  args: string[];
  stdin?: string | Uint8Array;
  cwd?: string;
  stdout?: string | RegExp;
  stderr?: string | RegExp;
  exit: number;
}

const exactly = (text: string): RegExp => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

const cases: Case[] = [
  // Inputs and destinations
  { name: 'one file: cleaned text to stdout', args: [seed], stdout: seedExpected, stderr: /5 cuts/, exit: 0 },
  { name: 'stdin with -', args: ['-'], stdin: DIRTY, stdout: DIRTY_CLEANED, exit: 0 },
  { name: 'stdin with no path', args: [], stdin: CLEAN, stdout: CLEAN, stderr: '', exit: 0 },
  { name: 'a file with nothing to cut: unchanged, no report line', args: [clean], stdout: CLEAN, stderr: '', exit: 0 },
  { name: 'a folder: report and hint on stderr, nothing on stdout', args: [news], stdout: '', stderr: /3 files, 2 changed.*\nnothing written: use --out-dir DIR or --write/, exit: 0 },
  { name: 'a folder skips hidden folders, node_modules and other extensions', args: ['--check', news], stdout: `${dirty}\n${arabic}\n`, exit: 1 },
  { name: '--ext picks other extensions', args: ['--check', '--ext', 'md', news], stdout: `${join(news, 'notes.md')}\n`, exit: 1 },
  { name: "a quoted glob, sorted like a folder walk", args: ["--check", `${news}/**/*.txt`], stdout: `${dirty}\n${arabic}\n`, exit: 1 },
  { name: 'a glob that matches nothing', args: [`${news}/*.nothing`], stderr: /: no files match this pattern$/m, exit: 2 },
  { name: 'missing path: one error line, the others go on', args: ['--check', 'no/such/file.txt', dirty], stdout: `${dirty}\n`, stderr: /^article-clean: no\/such\/file\.txt: no such file or directory$/m, exit: 2 },
  { name: '"-" mixed with paths', args: ['-', dirty], stdin: '', stderr: /cannot be mixed/, exit: 2 },
  { name: 'no input on a terminal', args: [], stderr: /^article-clean: no input/, exit: 2 },
  { name: '--write with stdin', args: ['--write'], stdin: DIRTY, stderr: /need file inputs/, exit: 2 },
  // Formats
  { name: '--check: changed paths on stdout, exit 1', args: ['--check', clean, dirty], stdout: `${dirty}\n`, exit: 1 },
  { name: '--check: nothing to clean, exit 0', args: ['--check', clean], stdout: '', exit: 0 },
  { name: '--check on stdin prints "-"', args: ['--check', '-'], stdin: DIRTY, stdout: '-\n', exit: 1 },
  { name: '--diff: unified diff of the cuts', args: ['--diff', dirty], stdout: /^--- .*dirty\.txt\n\+\+\+ .*dirty\.txt\n@@ -1,5 \+1,3 @@\n First paragraph.*\n This sentence.*\n-READ MORE: Another story entirely\n-This sentence.*\n Last line\.\n$/, exit: 0 },
  { name: '--diff is not colored in a pipe', args: ['--diff', dirty], stdout: /^[^\u001b]*$/, exit: 0 },
  { name: '--diff with nothing to cut prints nothing', args: ['--diff', clean], stdout: '', exit: 0 },
  { name: '--json and --check together', args: ['--json', '--check', dirty], stderr: /--json and --check cannot be used together/, exit: 2 },
  { name: '--json: one record, fixed key order', args: ['--json', clean], stdout: /^\{"path":"[^"]+","changed":false,"encoding":"utf-8","text":"Nothing here repeats\.\\nEvery line is different from the others\.\\n","findings":\[\],"links":\[\],"removedCharacters":0\}\n$/, exit: 0 },
  { name: '--json is never colored', args: ['--json', '--color', dirty], stdout: /^[^\u001b]*$/, exit: 0 },
  { name: '--list-rules', args: ['--list-rules'], stdout: /^cross-link +on +Read-also.*\nrelated-teaser +on +Unmarked.*\nboilerplate +off +Lines.*\nrepeated-block +on +Lines.*\nrepeated-inline +on +Text/, exit: 0 },
  // Rules and config
  { name: 'unknown rule id', args: ['--only', 'nope', seed], stderr: /unknown rule "nope"/, exit: 2 },
  { name: '--only cross-link keeps the repeat', args: ['--only', 'cross-link', '-'], stdin: DIRTY, stdout: DIRTY.replace('READ MORE: Another story entirely\n', ''), exit: 0 },
  { name: '--skip cross-link keeps the link', args: ['--skip', 'cross-link', '-'], stdin: DIRTY, stdout: /READ MORE/, exit: 0 },
  { name: '--min-length above the line keeps a lone repeat', args: ['--min-length', '500', '--skip', 'cross-link', '-'], stdin: DIRTY, stdout: DIRTY, exit: 0 },
  { name: 'bad --min-length', args: ['--min-length', 'x', seed], stderr: /expected a whole number/, exit: 2 },
  { name: '--marker adds a phrase', args: ['--marker', 'Voir notre dossier', '-'], stdin: 'Texte.\nVoir notre dossier: Les élections\n', stdout: 'Texte.\n', exit: 0 },
  { name: '.article-cleanrc.json found upward from the cwd', args: ['-'], stdin: DIRTY, cwd: join(tree, 'config'), stdout: DIRTY, exit: 0 },
  { name: 'flags override the config', args: ['--min-length', '30', '--only', 'repeated-block', '-'], stdin: DIRTY, cwd: join(tree, 'config'), stdout: DIRTY.replace(`${'This sentence is long enough to be cut as a repeat.'}\nLast`, 'Last'), exit: 0 },
  { name: 'an unknown config key is a usage error', args: ['-'], stdin: DIRTY, cwd: join(tree, 'config/bad'), stderr: /\.article-cleanrc\.json: unknown key "minLenght"/, exit: 2 },
  { name: '"article-clean" in package.json', args: ['-'], stdin: DIRTY, cwd: join(tree, 'package-config'), stdout: DIRTY.replace('READ MORE: Another story entirely\n', ''), exit: 0 },
  { name: '--config FILE', args: ['--config', join(tree, 'config/.article-cleanrc.json'), '-'], stdin: DIRTY, stdout: DIRTY, exit: 0 },
  { name: '--config FILE that does not exist', args: ['--config', 'nowhere.json', '-'], stdin: DIRTY, stderr: /nowhere\.json: cannot read config/, exit: 2 },
  // Encodings, binary files, sizes
  { name: 'windows-1256 Arabic with CRLF and a trailing NUL: cleaned to UTF-8', args: [arabic], stdout: ARABIC_CLEANED, exit: 0 },
  { name: 'the encoding is in the JSON', args: ['--json', arabic], stdout: /"encoding":"windows-1256"/, exit: 0 },
  { name: '--encoding overrides detection', args: ['--json', '--encoding', 'iso-8859-6', arabic], stdout: /"encoding":"iso-8859-6"/, exit: 0 },
  { name: 'unknown --encoding', args: ['--encoding', 'klingon', arabic], stderr: /^article-clean: --encoding: unknown encoding "klingon"\n$/, exit: 2 },
  { name: 'a binary file named explicitly is an error', args: [image], stdout: '', stderr: /^article-clean: .*image\.txt: binary file \(not text\)\n$/, exit: 2 },
  { name: 'a binary file in a folder walk is skipped with a warning', args: [join(news, 'sub')], stderr: /image\.txt: binary file: skipped\n.*1 skipped/, exit: 0 },
  { name: 'over --max-size: too large, limit N', args: ['--max-size', '10', dirty], stderr: /dirty\.txt: too large: \d+ bytes, limit 10 bytes \(raise it with --max-size\)/, exit: 2 },
  { name: 'stdin over --max-size', args: ['--max-size', '1K', '-'], stdin: 'x'.repeat(2000), stderr: /^article-clean: -: too large: more than the limit of 1 KiB \(raise it with --max-size\)\n/, exit: 2 },
  { name: 'bad --max-size', args: ['--max-size', 'lots', dirty], stderr: /--max-size: expected a size/, exit: 2 },
  // Report and streams
  { name: 'unknown option', args: ['--bogus'], stdout: '', stderr: /^article-clean: unknown option '--bogus'/, exit: 2 },
  { name: '--quiet: errors only', args: ['--quiet', seed], stdout: seedExpected, stderr: '', exit: 0 },
  { name: '--quiet still prints errors', args: ['--quiet', 'missing.txt'], stderr: /^article-clean: missing\.txt: no such file or directory\n$/, exit: 2 },
  { name: '--verbose: every finding', args: ['--verbose', dirty], stderr: /\n {2}3 +cross-link +read-also line "READ MORE"\n {2}4 +repeated-block +repeats line 2\n/, exit: 0 },
  { name: '--quiet with --verbose', args: ['--quiet', '--verbose', dirty], stderr: /cannot be used together/, exit: 2 },
  { name: 'the report is not colored in a pipe', args: [dirty], stderr: /^[^\u001b]+$/, exit: 0 },
  { name: '--color colors the report', args: ['--color', dirty], stderr: /\u001b\[1m/, exit: 0 },
  { name: '--backup without --write', args: ['--backup', '.orig', dirty], stderr: /--backup needs --write/, exit: 2 },
  { name: '--check with --write', args: ['--check', '--write', dirty], stderr: /--check writes nothing/, exit: 2 },
  { name: '--text-field without --jsonl', args: ['--text-field', 'body', dirty], stderr: /--text-field needs --jsonl/, exit: 2 },
  { name: '--version', args: ['--version'], stdout: /^\d+\.\d+\.\d+\n$/, exit: 0 },
  { name: '--help', args: ['--help'], stdout: /Usage: article-clean \[options\] \[paths\.\.\.\][\s\S]*Examples:[\s\S]*Exit codes: 0 done/, exit: 0 },
];

describe('article-clean (in-process)', () => {
  it.each(cases)('$name', async ({ args, stdin, cwd, stdout, stderr, exit }) => {
    const run = await runInProcess(args, { stdin, ...(cwd === undefined ? {} : { cwd }) });
    if (stdout !== undefined) expect(run.stdout).toMatch(typeof stdout === 'string' ? exactly(stdout) : stdout);
    if (stderr !== undefined) expect(run.stderr).toMatch(typeof stderr === 'string' ? exactly(stderr) : stderr);
    expect(run.exit).toBe(exit);
  });

  it('--out-dir mirrors the input tree', async () => {
    const outDir = temporaryFolder();
    const run = await runInProcess([samplesFolder, '--out-dir', outDir]);
    expect(run.exit).toBe(0);
    expect(readdirSync(outDir)).toContain('lavrov-astana.txt');
    expect(readFileSync(join(outDir, 'lavrov-astana.txt'), 'utf8')).toBe(seedExpected);
  });

  it('--json writes one record per file in sorted order', async () => {
    const run = await runInProcess(['--json', samplesFolder]);
    const paths = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).path as string);
    expect(paths).toEqual([...paths].sort());
    expect(paths.length).toBe(readdirSync(samplesFolder).filter((name) => name.endsWith('.txt')).length);
  });

  it('--diff is colored when stdout is a terminal, and not with NO_COLOR', async () => {
    const colored = await runInProcess(['--diff', dirty], { stdoutIsTTY: true });
    expect(colored.stdout).toMatch(/\u001b\[31m-READ MORE/);
    const plain = await runInProcess(['--diff', dirty], { stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    expect(plain.stdout).not.toMatch(/\u001b/);
  });

  it('NO_COLOR and FORCE_COLOR decide for stderr; --no-color wins over FORCE_COLOR', async () => {
    expect((await runInProcess([dirty], { stderrIsTTY: true })).stderr).toMatch(/\u001b\[/);
    expect((await runInProcess([dirty], { stderrIsTTY: true, env: { NO_COLOR: '1' } })).stderr).not.toMatch(/\u001b/);
    expect((await runInProcess([dirty], { env: { FORCE_COLOR: '1' } })).stderr).toMatch(/\u001b\[/);
    expect((await runInProcess(['--no-color', dirty], { env: { FORCE_COLOR: '1' } })).stderr).not.toMatch(/\u001b/);
  });

  it('the progress bar shows on a terminal once a run has taken a second, and is erased', async () => {
    const folder = temporaryFolder();
    writeTree(folder, Object.fromEntries(Array.from({ length: 20 }, (_, index) => [`a${String(index).padStart(2, '0')}.txt`, DIRTY])));
    let clock = 0;
    const now = (): number => (clock += 200);
    const onTerminal = await runInProcess(['-q', folder], { stderrIsTTY: true, now });
    // --quiet hides it; without --quiet it appears.
    expect(onTerminal.stderr).toBe('');
    clock = 0;
    const shown = await runInProcess([folder, '--no-color'], { stderrIsTTY: true, now });
    expect(shown.stderr).toMatch(/\r\u001b\[K\[#+\.*\] \d+\/20 files/);
    // Erased before the next report line, and gone at the end.
    expect(shown.stderr).toMatch(/\] 19\/20 files\r\u001b\[K\/.*a19\.txt: 2 cuts/);
    expect(shown.stderr).toMatch(/\n20 files, 20 changed.*\n[^\r]*\n$/);
    clock = 0;
    const piped = await runInProcess([folder], { stderrIsTTY: false, now });
    expect(piped.stderr).not.toMatch(/\r/);
    const fast = await runInProcess([folder], { stderrIsTTY: true, now: () => 0 });
    expect(fast.stderr).not.toMatch(/\r/);
  });

  it('--write --backup never cleans its own backups, when a later argument walks where they were made', async () => {
    const folder = temporaryFolder();
    // "-early" sorts first, and 600 files come after it: more than a run looks ahead at (512 on
    // two threads), so -early/b.txt and its backup, b.txt.orig.txt, are written before the second
    // argument, -early again, is walked.
    const many = Object.fromEntries(Array.from({ length: 600 }, (_, index) => [`${String(index).padStart(3, '0')}.txt`, DIRTY]));
    writeTree(folder, { ...many, 'a.txt': DIRTY, '-early/b.txt': DIRTY });
    const run = await runInProcess(['--write', '--backup', '.orig.txt', '--jobs', '2', folder, join(folder, '-early')]);
    expect(run.exit).toBe(0);
    expect(readdirSync(join(folder, '-early')).sort()).toEqual(['b.txt', 'b.txt.orig.txt']);
    expect(readFileSync(join(folder, '-early', 'b.txt.orig.txt'), 'utf8')).toBe(DIRTY);
    expect(readFileSync(join(folder, '-early', 'b.txt'), 'utf8')).toBe(DIRTY_CLEANED);
    expect(readFileSync(join(folder, 'a.txt.orig.txt'), 'utf8')).toBe(DIRTY);
  });

  it('--write rewrites changed files only, with --backup', async () => {
    const folder = temporaryFolder();
    writeTree(folder, { 'dirty.txt': DIRTY, 'clean.txt': CLEAN });
    const run = await runInProcess(['--write', '--backup', '.orig', folder]);
    expect(run.exit).toBe(0);
    expect(run.stderr).not.toMatch(/nothing written/);
    expect(readFileSync(join(folder, 'dirty.txt'), 'utf8')).toBe(DIRTY_CLEANED);
    expect(readFileSync(join(folder, 'dirty.txt.orig'), 'utf8')).toBe(DIRTY);
    expect(readdirSync(folder).sort()).toEqual(['clean.txt', 'dirty.txt', 'dirty.txt.orig']);
  });

  it('an --out-dir inside the input folder is not walked on the next run', async () => {
    const folder = temporaryFolder();
    writeTree(folder, { 'a.txt': DIRTY });
    const outDir = join(folder, 'clean');
    expect((await runInProcess([folder, '-o', outDir])).exit).toBe(0);
    const again = await runInProcess(['--json', folder, '-o', outDir]);
    expect(again.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(readdirSync(outDir)).toEqual(['a.txt']);
  });

  it('two inputs that would land on one output: the second is refused, not overwritten', async () => {
    const folder = temporaryFolder();
    writeTree(folder, { 'one/a.txt': DIRTY, 'two/a.txt': CLEAN });
    const outDir = temporaryFolder();
    const run = await runInProcess([join(folder, 'one/a.txt'), join(folder, 'two/a.txt'), '-o', outDir]);
    expect(run.exit).toBe(2);
    expect(run.stderr).toMatch(/two\/a\.txt: .*a\.txt is already the output of .*one\/a\.txt: not overwritten/);
    expect(readFileSync(join(outDir, 'a.txt'), 'utf8')).toBe(DIRTY_CLEANED);
  });

  it('--out-dir onto the input folder itself is refused: inputs are never overwritten', async () => {
    const folder = temporaryFolder();
    writeTree(folder, { 'a.txt': DIRTY });
    const run = await runInProcess([join(folder, 'a.txt'), '-o', folder]);
    expect(run.exit).toBe(2);
    expect(run.stderr).toMatch(/is the input itself: use --write/);
    expect(readFileSync(join(folder, 'a.txt'), 'utf8')).toBe(DIRTY);
  });

  it('--out-dir that is a file is a usage error', async () => {
    const folder = temporaryFolder();
    writeFileSync(join(folder, 'file'), '');
    const run = await runInProcess([dirty, '-o', join(folder, 'file')]);
    expect(run).toMatchObject({ exit: 2, stderr: expect.stringMatching(/--out-dir: .* is not a folder/) });
  });
});

describe('internal errors', () => {
  // A stdout that breaks in an unexpected way stands for any bug: one line, the stack only with --debug.
  async function runWithBrokenStdout(args: string[]): Promise<{ stderr: string; exit: number }> {
    const { main } = await import('../src/cli/main.js');
    const { Readable } = await import('node:stream');
    let stderr = '';
    const exit = await main(args, {
      stdout: { write: () => { throw new Error('stdout is on fire'); } },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      stdin: Readable.from([Buffer.from(DIRTY)]),
      stdinIsTTY: false,
      env: {},
      cwd: process.cwd(),
    });
    return { stderr, exit };
  }

  it('are one line without --debug', async () => {
    const run = await runWithBrokenStdout(['-']);
    expect(run).toEqual({ stderr: 'article-clean: internal error: stdout is on fire (--debug for details)\n', exit: 2 });
  });

  it('come with a stack trace with --debug', async () => {
    const run = await runWithBrokenStdout(['--debug', '-']);
    expect(run.stderr).toMatch(/^article-clean: internal error: stdout is on fire\nError: stdout is on fire\n\s+at /);
    expect(run.exit).toBe(2);
  });
});
