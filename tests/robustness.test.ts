/**
 * Broken trees and hostile destinations: every case gets one clear error line, the other files are
 * processed, the exit code is 2, and no input or existing output is ever left truncated.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, runShell } from './helpers/run-cli.js';
import { binPath } from './helpers/paths.js';
import { canMountPrivately, unprivilegedPrefix } from './helpers/privileges.js';
import { cleanText } from '../src/index.js';
import { CLEAN, DIRTY, DIRTY_CLEANED, temporaryFolder, writeTree } from './helpers/fixtures.js';

const quote = (path: string): string => `'${path.replace(/'/g, "'\\''")}'`;

function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.startsWith('article-clean: '));
}

describe('broken trees', () => {
  it('dangling links, link loops, links out of the root, a path through a file, a missing path: one line each, the rest cleaned', async () => {
    const root = temporaryFolder();
    writeTree(root, { 'in/good.txt': DIRTY, 'in/sub/also-good.txt': DIRTY, 'elsewhere/secret.txt': DIRTY, 'in/file': 'x' });
    const input = join(root, 'in');
    symlinkSync('missing.txt', join(input, 'dangling.txt'));
    symlinkSync('loop-b.txt', join(input, 'loop-a.txt'));
    symlinkSync('loop-a.txt', join(input, 'loop-b.txt'));
    symlinkSync(join(root, 'elsewhere/secret.txt'), join(input, 'outside.txt'));
    symlinkSync('good.txt', join(input, 'inside-link.txt'));
    symlinkSync('..', join(input, 'sub', 'up'));
    symlinkSync(join(root, 'elsewhere'), join(input, 'linked-folder.txt'));
    const out = join(root, 'out');
    const run = await runInProcess([input, join(input, 'file', 'x.txt'), join(root, 'nope.txt'), '-o', out]);
    expect(run.exit).toBe(2);
    const errors = errorLines(run.stderr);
    expect(errors).toEqual(expect.arrayContaining([
      `article-clean: ${join(input, 'dangling.txt')}: dangling symbolic link (its target does not exist)`,
      `article-clean: ${join(input, 'loop-a.txt')}: symbolic link loop`,
      `article-clean: ${join(input, 'loop-b.txt')}: symbolic link loop`,
      `article-clean: ${join(input, 'outside.txt')}: symbolic link to ${join(root, 'elsewhere/secret.txt')}, outside the input folder: skipped`,
      `article-clean: ${join(input, 'linked-folder.txt')}: symbolic link to a folder: not followed`,
      `article-clean: ${join(input, 'file', 'x.txt')}: not a directory`,
      `article-clean: ${join(root, 'nope.txt')}: no such file or directory`,
    ]));
    expect(errors).toHaveLength(7);
    // The good files, and the link that stays inside the root, were cleaned; nothing came from outside.
    expect(readdirSync(out).sort()).toEqual(['good.txt', 'inside-link.txt', 'sub']);
    expect(readFileSync(join(out, 'sub', 'also-good.txt'), 'utf8')).toBe(DIRTY_CLEANED);
    expect(run.stderr).toMatch(/3 files, 3 changed/);
  });

  // A named pipe with no writer blocks whoever opens it to read: a walk skips one met in a
  // folder, and one reached through a link there (it waited for good before).
  it('a named pipe in a folder, or a link to one, is skipped with a warning; the other files are cleaned', async () => {
    const folder = temporaryFolder();
    writeTree(folder, { 'good.txt': DIRTY });
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    symlinkSync('pipe.txt', join(folder, 'link.txt'));
    const run = await runInProcess(['--check', folder]);
    expect(run.stdout).toBe(`${join(folder, 'good.txt')}\n`);
    expect(errorLines(run.stderr)).toEqual([
      `article-clean: ${join(folder, 'link.txt')}: symbolic link to something other than a regular file: skipped`,
      `article-clean: ${join(folder, 'pipe.txt')}: not a regular file: skipped`,
    ]);
    expect(run.exit).toBe(1);
    // A pattern that matches them says the same (it skipped the pipe without a word).
    const globbed = await runInProcess(['--check', join(folder, '*.txt')]);
    expect(globbed.stdout).toBe(run.stdout);
    expect(errorLines(globbed.stderr).sort()).toEqual(errorLines(run.stderr).sort());
  });

  it('a file vanishing mid-run is one error; the files after it are cleaned', async () => {
    const folder = temporaryFolder();
    writeTree(folder, { 'a.txt': DIRTY, 'b.txt': DIRTY, 'c.txt': DIRTY });
    let calls = 0;
    // The progress clock is read once at the start and then after each file: after a.txt, b.txt goes.
    const now = (): number => {
      if (++calls === 2) unlinkSync(join(folder, 'b.txt'));
      return 0;
    };
    const run = await runInProcess(['--check', folder], { stderrIsTTY: true, now, env: { NO_COLOR: '1' } });
    expect(run.stdout).toBe(`${join(folder, 'a.txt')}\n${join(folder, 'c.txt')}\n`);
    expect(errorLines(run.stderr)).toEqual([`article-clean: ${join(folder, 'b.txt')}: no such file or directory`]);
    expect(run.exit).toBe(2);
  });

  it('a 1 GB file is refused as too large without being read, and --max-size raises the limit', async () => {
    const folder = temporaryFolder();
    const huge = join(folder, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 1024 ** 3); // sparse: costs no disk
    writeFileSync(join(folder, 'small.txt'), DIRTY);
    const run = await runInProcess(['--check', folder]);
    expect(errorLines(run.stderr)).toEqual([`article-clean: ${huge}: too large: 1 GiB, limit 256 MiB (raise it with --max-size)`]);
    expect(run.stdout).toBe(`${join(folder, 'small.txt')}\n`);
    expect(run.exit).toBe(2);
    const raised = await runInProcess(['--check', '--max-size', '500M', huge]);
    expect(raised.stderr).toMatch(/too large: 1 GiB, limit 500 MiB/);
    const beyond = await runInProcess(['--check', '--max-size', '2G', huge]);
    expect(beyond.stderr).toMatch(/--max-size: at most 512 MiB, the longest text Node\.js can hold/);
  });

  it('folders 10,000 deep: no crash; the part too deep for the OS is one error, the rest is cleaned', () => {
    const folder = temporaryFolder();
    writeFileSync(join(folder, 'top.txt'), DIRTY);
    // Built with chdir, as no path to the bottom fits in PATH_MAX.
    const build = spawnSync('node', ['-e', `const fs = require('fs'); process.chdir(${JSON.stringify(folder)}); for (let i = 0; i < 10000; i++) { fs.mkdirSync('d'); process.chdir('d'); if (i === 100) fs.writeFileSync('deep.txt', ${JSON.stringify(DIRTY)}); }`]);
    expect(build.status).toBe(0);
    const run = runShell(`article-clean --check ${quote(folder)}; echo "status $?"`);
    expect(run.stdout).toMatch(new RegExp(`^${folder}/(d/){101}deep\\.txt\\n${folder}/top\\.txt\\nstatus 2\\n$`));
    expect(errorLines(run.stderr)).toEqual([expect.stringMatching(/: cannot read folder: path too long$/)]);
    spawnSync('rm', ['-rf', folder]);
  });
});

describe('destinations that fail', () => {
  it.skipIf(unprivilegedPrefix === null)('an unreadable file and a read-only out-dir: one error each, others go on (run without root)', () => {
    const folder = temporaryFolder();
    writeTree(folder, { 'in/a.txt': DIRTY, 'in/locked.txt': DIRTY, 'in/z.txt': DIRTY, 'readonly/.keep': '' });
    chmodSync(folder, 0o755);
    chmodSync(join(folder, 'in'), 0o755);
    for (const name of ['a.txt', 'z.txt']) chmodSync(join(folder, 'in', name), 0o644);
    chmodSync(join(folder, 'in', 'locked.txt'), 0o000);
    chmodSync(join(folder, 'readonly'), 0o555);
    const asUser = (args: string): ReturnType<typeof runShell> => runShell(`cd ${quote(folder)} && ${unprivilegedPrefix} node ${quote(binPath)} ${args}`);
    const read = asUser('--check in');
    expect(read.stdout).toBe('in/a.txt\nin/z.txt\n');
    expect(errorLines(read.stderr)).toEqual(['article-clean: in/locked.txt: permission denied']);
    expect(read.exit).toBe(2);
    const write = asUser('in/a.txt -o readonly');
    expect(errorLines(write.stderr)).toEqual([expect.stringMatching(/^article-clean: in\/a\.txt: cannot write readonly\/a\.txt: permission denied$/)]);
    expect(write.exit).toBe(2);
    expect(readdirSync(join(folder, 'readonly'))).toEqual(['.keep']);
  });

  it.skipIf(!canMountPrivately)('a full disk (ENOSPC): the old output stays whole, no temporary file is left, the others are written', () => {
    const folder = temporaryFolder();
    const big = Array.from({ length: 3000 }, (_, index) => `Line ${index} of a long article that does not fit on the small disk.`).join('\n') + '\n';
    writeTree(folder, { 'in/a-small.txt': DIRTY, 'in/b-big.txt': big, 'in/c-small.txt': DIRTY });
    const out = join(folder, 'out');
    mkdirSync(out);
    // A 64 KiB disk holding an old output of b-big.txt; the new one cannot fit beside it.
    const script = `mount -t tmpfs -o size=64k tmpfs ${quote(out)} && printf 'old output\\n' > ${quote(join(out, 'b-big.txt'))}
      node ${quote(binPath)} ${quote(join(folder, 'in'))} -o ${quote(out)}; echo "status $?"
      cat ${quote(join(out, 'b-big.txt'))}; ls -A ${quote(out)}`;
    const run = spawnSync('unshare', ['-rm', 'bash', '-c', script], { encoding: 'utf8' });
    expect(errorLines(run.stderr)).toEqual([`article-clean: ${join(folder, 'in/b-big.txt')}: cannot write ${join(out, 'b-big.txt')}: no space left on device`]);
    expect(run.stdout).toBe('status 2\nold output\na-small.txt\nb-big.txt\nc-small.txt\n');
  });

  it.skipIf(!canMountPrivately)('a read-only file system (EROFS) under --write: one error per file, inputs intact', () => {
    const folder = temporaryFolder();
    writeTree(folder, { 'in/a.txt': DIRTY, 'in/b.txt': CLEAN });
    const input = join(folder, 'in');
    const script = `mount -t tmpfs tmpfs ${quote(input)} && printf '%s' ${quote(DIRTY)} > ${quote(join(input, 'a.txt'))} && mount -o remount,ro ${quote(input)}
      node ${quote(binPath)} --write ${quote(input)}; echo "status $?"; cat ${quote(join(input, 'a.txt'))}`;
    const run = spawnSync('unshare', ['-rm', 'bash', '-c', script], { encoding: 'utf8' });
    expect(errorLines(run.stderr)).toEqual([`article-clean: ${join(input, 'a.txt')}: cannot write: read-only file system`]);
    expect(run.stdout).toBe(`status 2\n${DIRTY}`);
  });

  it('--out-dir never writes outside DIR, even through a symbolic link planted inside it', async () => {
    const folder = temporaryFolder();
    writeTree(folder, { 'in/sub/a.txt': DIRTY, 'elsewhere/.keep': '' });
    mkdirSync(join(folder, 'out'));
    symlinkSync(join(folder, 'elsewhere'), join(folder, 'out', 'sub'));
    const run = await runInProcess([join(folder, 'in'), '-o', join(folder, 'out')]);
    expect(errorLines(run.stderr)).toEqual([expect.stringMatching(/in\/sub\/a\.txt: refusing to write outside .*out: .*out\/sub leads elsewhere$/)]);
    expect(readdirSync(join(folder, 'elsewhere'))).toEqual(['.keep']);
    expect(run.exit).toBe(2);
  });

  it('kill -9 during --write leaves every file either old or new, never truncated', async () => {
    const folder = temporaryFolder();
    const article = (index: number): string => `${DIRTY.repeat(200)}Article ${index}.\n`;
    const files = Array.from({ length: 300 }, (_, index) => `a${String(index).padStart(3, '0')}.txt`);
    let sawMidRun = false;
    // Round 0 kills as soon as the first file has been rewritten, so the kill lands mid-run.
    for (const killAfter of [0, 250, 600]) {
      files.forEach((name, index) => writeFileSync(join(folder, name), article(index)));
      const child = spawn('node', [binPath, '--write', '-q', folder], { stdio: 'ignore' });
      if (killAfter === 0) {
        const first = join(folder, files[0] as string);
        const deadline = Date.now() + 20_000;
        while (readFileSync(first, 'utf8') === article(0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2));
      } else {
        await new Promise((resolve) => setTimeout(resolve, killAfter));
      }
      child.kill('SIGKILL');
      await new Promise((resolve) => child.on('exit', resolve));
      const states = files.map((name, index) => {
        const content = readFileSync(join(folder, name), 'utf8');
        if (content === article(index)) return 'old';
        expect(content, `${name} after a kill at ${killAfter} ms`).toBe(cleanText(article(index)).text);
        return 'new';
      });
      sawMidRun ||= states.includes('old') && states.includes('new');
    }
    expect(sawMidRun).toBe(true);
    // Only hidden temporary files may be left over, and the next walk does not see them.
    const leftovers = readdirSync(folder).filter((name) => !files.includes(name));
    expect(leftovers.every((name) => /^\.a\d{3}\.txt\.article-clean-\d+-[0-9a-f]+\.tmp$/.test(name))).toBe(true);
    expect(existsSync(folder)).toBe(true);
  });
});
