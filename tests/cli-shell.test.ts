/** The real bin, spawned in bash the way people call it: pipes, loops, `if`, diff -r, jq. */
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runShell } from './helpers/run-cli.js';
import { cleanText } from '../src/index.js';
import { PRECOMPUTED_UNITS } from '../src/text/precomputed-classes.js';
import { binPath, repositoryRoot, samplesFolder } from './helpers/paths.js';
import { CLEAN, DIRTY, DIRTY_CLEANED, temporaryFolder, writeTree } from './helpers/fixtures.js';

const seed = join(samplesFolder, 'lavrov-astana.txt');
const seedExpected = readFileSync(join(samplesFolder, 'lavrov-astana.expected.txt'), 'utf8');
const quote = (path: string): string => `'${path.replace(/'/g, "'\\''")}'`;

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

// A tree of real samples in nested folders, and the tree of their expected outputs.
function sampleTrees(): { input: string; expected: string } {
  const root = temporaryFolder();
  const names = ['lavrov-astana', 'ar-0001', 'ar-0004', 'ar-0017'];
  names.forEach((name, index) => {
    const folder = index % 2 === 0 ? '' : 'world/';
    mkdirSync(join(root, 'in', folder), { recursive: true });
    mkdirSync(join(root, 'expected', folder), { recursive: true });
    copyFileSync(join(samplesFolder, `${name}.txt`), join(root, 'in', folder, `${name}.txt`));
    copyFileSync(join(samplesFolder, `${name}.expected.txt`), join(root, 'expected', folder, `${name}.txt`));
  });
  return { input: join(root, 'in'), expected: join(root, 'expected') };
}

describe('article-clean in a shell', () => {
  it('article-clean --version and -V print the package version, the same as the full CLI', () => {
    const { version } = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as { version: string };
    const run = runShell('article-clean --version; article-clean -V; article-clean --version --quiet');
    expect(run.stdout).toBe(`${version}\n${version}\n${version}\n`);
    expect(run.exit).toBe(0);
  });

  it('cat f | article-clean - | head -1 prints the first line and exits 0', () => {
    const run = runShell(`cat ${quote(seed)} | article-clean - | head -1; echo "status \${PIPESTATUS[1]}"`);
    expect(run.stdout).toBe(`${seedExpected.split('\n')[0]}\nstatus 0\n`);
  });

  // A regular file as standard input is read at once, from where its offset stands: a command
  // before the tool may have read some of it (here the first line, its title).
  it('article-clean < f reads the file whole, and from where a command before it left off', () => {
    expect(runShell(`article-clean < ${quote(seed)}`).stdout).toBe(seedExpected);
    const rest = readFileSync(seed, 'utf8').split('\n').slice(1).join('\n');
    const expectedRest = runShell('article-clean -', { input: rest }).stdout;
    const run = runShell(`{ head -n 1 > /dev/null; article-clean; } < ${quote(seed)}`);
    expect(run.stdout).toBe(expectedRest);
    expect(run.stdout).not.toBe(seedExpected);
    // A file that reports no size has content all the same (a /proc file); an empty one is empty.
    expect(runShell('article-clean < /proc/self/status | head -1').stdout).toMatch(/^Name:/);
    expect(runShell('article-clean < /dev/null; echo "status $?"').stdout).toBe('status 0\n');
  });

  // --boilerplate reads every input twice (counts, then cleaning): a pipe read for the counts held
  // nothing more for the cleaning, whose output was empty (found by a review).
  it('--boilerplate leaves a pipe out of its counts and cleans all of it', () => {
    const run = runShell(`article-clean --boilerplate <(cat ${quote(seed)})`);
    expect(run.stdout).toBe(seedExpected);
    expect(run.stderr).toMatch(/\/dev\/fd\/\d+: not a regular file: read once, so left out of the --boilerplate counts/);
    expect(run.exit).toBe(0);
  });

  it('a broken pipe on a long output ends quietly with 0', () => {
    const folder = temporaryFolder();
    // Enough distinct lines that stdout is still being written when head has gone.
    const big = Array.from({ length: 200_000 }, (_, index) => `line number ${index} of a long article with distinct text`).join('\n') + '\n';
    writeFileSync(join(folder, 'big.txt'), big);
    const run = runShell(`article-clean ${quote(join(folder, 'big.txt'))} | head -c 100 > /dev/null; echo "status \${PIPESTATUS[0]}"`);
    expect(run.stdout).toBe('status 0\n');
    expect(run.stderr).toBe('');
    const json = runShell(`article-clean --json ${quote(samplesFolder)} ${quote(folder)} | head -1 > /dev/null; echo "status \${PIPESTATUS[0]}"`);
    expect(json.stdout).toBe('status 0\n');
    expect(json.stderr).not.toMatch(/EPIPE|Error/);
  });

  it('article-clean dir -o out mirrors the tree: diff -r against the expected tree is empty', () => {
    const { input, expected } = sampleTrees();
    const out = join(temporaryFolder(), 'out');
    const run = runShell(`article-clean ${quote(input)} -o ${quote(out)} && diff -r ${quote(expected)} ${quote(out)} && echo same`);
    expect(run.stderr).toMatch(/4 files, 4 changed/);
    expect(run.stdout).toBe('same\n');
    expect(run.exit).toBe(0);
  });

  it('--check in an if: exit 1 when there is something to clean, 0 when not, 2 on errors', () => {
    const folder = temporaryFolder();
    writeTree(folder, { 'clean/a.txt': CLEAN, 'dirty/a.txt': DIRTY });
    const script = (path: string): string =>
      `if article-clean --check -q ${quote(path)} > /dev/null; then echo "clean"; else echo "status $?"; fi`;
    expect(runShell(script(join(folder, 'clean'))).stdout).toBe('clean\n');
    expect(runShell(script(join(folder, 'dirty'))).stdout).toBe('status 1\n');
    expect(runShell(script(join(folder, 'missing'))).stdout).toBe('status 2\n');
  });

  it('NO_COLOR=1 leaves no escape codes even on a terminal (script gives stderr a TTY)', () => {
    const command = (env: string): string => `${env} script -qec "node ${join(samplesFolder, '..', 'bin', 'article-clean.js')} --diff ${seed}" /dev/null`;
    const colored = runShell(command(''), { env: { TERM: 'xterm' } });
    expect(colored.stdout).toMatch(/\u001b\[/);
    const plain = runShell(command('NO_COLOR=1'), { env: { TERM: 'xterm' } });
    expect(plain.stdout).toMatch(/^--- /m);
    expect(plain.stdout).not.toMatch(/\u001b/);
  });

  it('--write leaves a file with nothing to cut byte for byte as it was (same bytes, same mtime)', () => {
    const folder = temporaryFolder();
    // CRLF, a BOM and a trailing NUL: all things a rewrite would be tempted to normalize.
    writeFileSync(join(folder, 'clean.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('One line.\r\nAnother line.\r\n\u0000')]));
    writeFileSync(join(folder, 'dirty.txt'), DIRTY);
    const before = sha256(join(folder, 'clean.txt'));
    const mtime = statSync(join(folder, 'clean.txt')).mtimeMs;
    const run = runShell(`article-clean --write ${quote(folder)}`);
    expect(run.exit).toBe(0);
    expect(sha256(join(folder, 'clean.txt'))).toBe(before);
    expect(statSync(join(folder, 'clean.txt')).mtimeMs).toBe(mtime);
    expect(readFileSync(join(folder, 'dirty.txt'), 'utf8')).toBe(DIRTY_CLEANED);
  });

  it('README recipe: find -print0 | xargs -0 article-clean --write', () => {
    const folder = temporaryFolder();
    writeTree(folder, { 'a b/one.txt': DIRTY, 'two.txt': DIRTY, 'three.txt': CLEAN });
    const run = runShell(`find ${quote(folder)} -name '*.txt' -print0 | xargs -0 article-clean --write --quiet && cat ${quote(join(folder, 'a b/one.txt'))}`);
    expect(run.stdout).toBe(DIRTY_CLEANED);
    expect(readFileSync(join(folder, 'two.txt'), 'utf8')).toBe(DIRTY_CLEANED);
  });

  it('README recipe: a loop, one file at a time', () => {
    const folder = temporaryFolder();
    writeTree(folder, { 'in/one.txt': DIRTY, 'in/two.txt': CLEAN });
    const run = runShell(`cd ${quote(folder)} && mkdir -p out && for f in in/*.txt; do article-clean -q "$f" > "out/$(basename "$f")" || echo "failed: $f"; done && cat out/one.txt out/two.txt`);
    expect(run.stdout).toBe(DIRTY_CLEANED + CLEAN);
  });

  it('README recipe: --json | jq lists the changed files and their cuts', () => {
    const folder = temporaryFolder();
    writeTree(folder, { 'one.txt': DIRTY, 'two.txt': CLEAN });
    const run = runShell(`article-clean --json ${quote(folder)} 2>/dev/null | jq -r 'select(.changed) | "\\(.path)\\t\\(.findings | length)"'`);
    expect(run.stdout).toBe(`${join(folder, 'one.txt')}\t2\n`);
  });

  it('--diff output is a patch: applied with patch -p0 it turns every input into its cleaned output', () => {
    const { input, expected } = sampleTrees();
    // Add a CRLF file with a trailing NUL, whose last line is cut.
    writeFileSync(join(input, 'crlf.txt'), `${DIRTY.replace(/\n/g, '\r\n')}READ MORE: at the end\r\n\u0000`);
    const run = runShell(`cd ${quote(input)} && article-clean --diff -q . > ../cuts.patch && patch -s -p0 < ../cuts.patch && article-clean -q crlf.txt --check; echo "status $?"`);
    expect(run.stdout).toBe('status 0\n');
    expect(run.stderr).toBe('');
    expect(runShell(`diff -r -x crlf.txt ${quote(expected)} ${quote(input)} && echo same`).stdout).toBe('same\n');
  });
});

// bin/article-clean.js compiles dist/cli/bundle.js (a script, not a module) with V8's code cache
// dist/cli/bundle.cache, both made by `npm run build`.
describe('the bin and its code cache', () => {
  const sample = join(samplesFolder, 'ar-0001.txt');
  const expected = readFileSync(join(samplesFolder, 'ar-0001.expected.txt'));

  it('the bundles are ASCII only, so that Node reads each as a one-byte string', () => {
    const bundles = ['dist/cli/bundle.js', 'dist/cli/jsonl-worker-bundle.js', 'dist/engine/worker-bundle.js', 'dist/engine/file-worker-bundle.js'];
    for (const bundle of bundles) expect(readFileSync(join(repositoryRoot, bundle), 'latin1')).toMatch(/^[\x00-\x7f]*$/);
  });

  // The build writes every non-ASCII character of a bundle as \uXXXX, which a raw template keeps
  // as written: the report's browser scripts (String.raw) must be ASCII in the source.
  it('the report\'s browser scripts, raw templates, are ASCII in the source', () => {
    const folder = join(repositoryRoot, 'src', 'report', 'client');
    for (const name of readdirSync(folder)) expect(readFileSync(join(folder, name), 'latin1'), name).toMatch(/^[\x00-\x7f]*$/);
  });

  it('this Node.js accepts the cache the build made', () => {
    // Through the bin's own loader (no cache at all would print "undefined").
    const check = `const { loadBundle, readCodeCache } = require(process.argv[1]);
      process.stdout.write(String(loadBundle(readCodeCache()).script.cachedDataRejected));`;
    const result = spawnSync(process.execPath, ['-e', check, join(repositoryRoot, 'bin', 'load-bundle.js')], { encoding: 'utf8' });
    expect(result.stdout).toBe('false');
  });

  // A copy of the installed files, whose cache can be spoiled or removed without touching dist/.
  function installedCopy(): string {
    const root = temporaryFolder();
    for (const name of ['bin', 'dist', 'package.json']) cpSync(join(repositoryRoot, name), join(root, name), { recursive: true });
    symlinkSync(join(repositoryRoot, 'node_modules'), join(root, 'node_modules'));
    return root;
  }

  function oneFileRuns(bin: string): { single: Buffer; glob: string; exit: number | null } {
    const single = spawnSync('bash', ['-c', `node ${quote(bin)} -q ${quote(sample)}`]);
    // A quoted glob loads fast-glob through the bundle's import hook.
    const glob = spawnSync('bash', ['-c', `node ${quote(bin)} --check ${quote(join(samplesFolder, 'ar-000[12].txt'))}`], { cwd: repositoryRoot, encoding: 'utf8' });
    return { single: single.stdout, glob: glob.stdout, exit: glob.status };
  }

  it('a one-file run prints the cleaned text byte for byte, with the cache, a rejected one, or none', () => {
    const globbed = `${join(samplesFolder, 'ar-0001.txt')}\n${join(samplesFolder, 'ar-0002.txt')}\n`;
    const withCache = oneFileRuns(binPath);
    expect(withCache.single.equals(expected)).toBe(true);
    expect(withCache).toMatchObject({ glob: globbed, exit: 1 });
    const copy = installedCopy();
    const copiedBin = join(copy, 'bin', 'article-clean.js');
    // What another V8 version would see: data it cannot use.
    writeFileSync(join(copy, 'dist', 'cli', 'bundle.cache'), Buffer.alloc(4096, 7));
    const rejected = oneFileRuns(copiedBin);
    expect(rejected.single.equals(expected)).toBe(true);
    expect(rejected).toMatchObject({ glob: globbed, exit: 1 });
    rmSync(join(copy, 'dist', 'cli', 'bundle.cache'));
    const none = oneFileRuns(copiedBin);
    expect(none.single.equals(expected)).toBe(true);
    expect(none).toMatchObject({ glob: globbed, exit: 1 });
  });
});

// Runs the bin with a preloaded script: `setup` first, then at exit the items of `listed` (an
// expression of the preload) are written out for the test to read.
function listedAtExit(args: readonly string[], listed: string, setup = ''): { lines: string[]; exit: number | null } {
  const folder = temporaryFolder();
  const list = join(folder, 'list.txt');
  const preload = join(folder, 'preload.cjs');
  writeFileSync(preload, `${setup}\nprocess.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, [...${listed}].join('\\n')));`);
  const run = spawnSync(process.execPath, ['-r', preload, binPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  return { lines: readFileSync(list, 'utf8').split('\n'), exit: run.status };
}

// Shell loops call the bin once per file: a one-file run loads only the Node modules it uses (the
// bundle's stand-ins load node:fs/promises, node:child_process and node:v8 at their first call).
describe('the Node modules the bin loads', () => {
  // Node's own modules loaded by the end of a run, as the process lists them.
  function modulesLoadedBy(args: readonly string[]): { loaded: string[]; exit: number | null } {
    const { lines, exit } = listedAtExit(args, 'process.moduleLoadList');
    return { loaded: lines, exit };
  }

  it('a one-file run loads neither node:v8 (and the streams it brings) nor node:fs/promises or node:child_process', () => {
    const { loaded, exit } = modulesLoadedBy(['-q', join(samplesFolder, 'ar-0001.txt')]);
    expect(exit).toBe(0);
    // The loader's own module is there: the list is the real one.
    expect(loaded).toContain('NativeModule vm');
    for (const name of ['NativeModule v8', 'NativeModule stream', 'NativeModule fs/promises', 'NativeModule child_process']) expect(loaded).not.toContain(name);
  });

  it('a run over a folder, and the counts of its line keys, set V8 to inline less, which loads node:v8', () => {
    const { loaded, exit } = modulesLoadedBy(['-q', '--check', samplesFolder]);
    expect(exit).toBe(1);
    expect(loaded).toContain('NativeModule v8');
    const counted = modulesLoadedBy(['fingerprint', '-q', samplesFolder]);
    expect(counted.exit).toBe(0);
    expect(counted.loaded).toContain('NativeModule v8');
  });
});

// The bundles carry the classes of the commonest code units, worked out by the build
// (PRECOMPUTED_CHARACTER_CLASSES); the library works each out on first sight. Whether a character
// is dropped from a key, or breaks a word there, decides whether two lines repeat each other.
describe('the character classes the bundles carry', () => {
  it('give every code unit they cover the keys the library gives it', () => {
    const tail = ' gamma delta epsilon zeta theta iota kappa lambda omicron.';
    const texts: string[] = [];
    for (let code = 0; code < PRECOMPUTED_UNITS; code++) {
      if (code === 0x0a) continue;
      const line = `alpha${String.fromCharCode(code)}beta${tail}`;
      // A repeat when the character is dropped from keys; when it breaks words, the second.
      texts.push(`${line}\nalphabeta${tail}\n`, `${line}\nalpha beta${tail}\n`);
    }
    // Two texts per code unit but the line break: all 8,303 of them are tried.
    expect(texts.length).toBe(2 * (PRECOMPUTED_UNITS - 1));
    const input = texts.map((text) => JSON.stringify({ text })).join('\n') + '\n';
    const run = spawnSync(process.execPath, [binPath, '--jsonl', '-q'], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
    const changedByBin = run.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { articleClean: { changed: boolean } }).articleClean.changed);
    expect(changedByBin).toEqual(texts.map((text) => cleanText(text).changed));
    // Both kinds of outcome occur: the test tells classes apart.
    expect(new Set(changedByBin).size).toBe(2);
  });
});

// The table is used only under the Unicode version the build had (precomputed-classes.ts): under
// another one, the characters are classified by their Unicode property patterns, as in the library.
describe('the character classes under another Unicode version', () => {
  // The patterns a one-file run executed, with process.versions.unicode as `unicode` (or as it is).
  function patternsRun(unicode: string | null): string[] {
    const fake = unicode === null ? '' : `Object.defineProperty(process, 'versions', { value: { ...process.versions, unicode: ${JSON.stringify(unicode)} } });`;
    const traced = `const run = new Set(); const exec = RegExp.prototype.exec;
      RegExp.prototype.exec = function (text) { run.add(this.source); return exec.call(this, text); };`;
    const { lines, exit } = listedAtExit(['-q', join(samplesFolder, 'ar-0001.txt')], 'run', `${fake} ${traced}`);
    expect(exit).toBe(0);
    return lines;
  }

  it('classifies by the patterns when the version differs, and by the table when it is the same', () => {
    const ignorable = String.raw`[\p{M}\p{Cf}\u0640]`;
    expect(patternsRun('1.0')).toContain(ignorable);
    expect(patternsRun(null)).not.toContain(ignorable);
  });
});

// A one-file run writes stdout and stderr straight to their descriptors when they are files or
// pipes (src/cli/process-io.ts), and hands over to Node's stream when a pipe cannot take more yet.
describe('the bin writing to files and pipes', () => {
  const bin = binPath;

  // Distinct lines with nothing to cut: the output is the input, byte for byte.
  function bigInput(): { path: string; expected: Buffer } {
    const folder = temporaryFolder();
    const path = join(folder, 'big.txt');
    writeFileSync(path, Array.from({ length: 200_000 }, (_, index) => `line number ${index} of a long article with distinct text`).join('\n') + '\n');
    return { path, expected: readFileSync(path) };
  }

  it('a file redirect and a pipe get the same bytes', () => {
    const { path, expected } = bigInput();
    const out = join(temporaryFolder(), 'out.txt');
    const run = runShell(`article-clean ${quote(path)} > ${quote(out)} && article-clean ${quote(path)} | cat | cmp - ${quote(out)} && echo same`);
    expect(run.stdout).toBe('same\n');
    expect(readFileSync(out).equals(expected)).toBe(true);
    expect(expected.length).toBeGreaterThan(10_000_000);
  });

  // The cleaned text of one file goes out from the kept parts of the input, in chunks whose edges
  // fall on every megabyte too: here a cut comes first and an emoji straddles the first megabyte
  // of what is kept.
  it('one large file with cuts: stdout, stdin and --out-dir get the bytes of the library\'s cleaned text', () => {
    const head = 'Headline of the story\nREAD MORE: Another story entirely\n';
    const keptHead = 'Headline of the story\n';
    const lines: string[] = [];
    let length = keptHead.length;
    for (let index = 0; length < (1 << 20) - 4096; index++) {
      const line = `line number ${index} of a long article, with text of its own.\n`;
      lines.push(line);
      length += line.length;
    }
    // Numbers as words: no run of words repeats, so nothing in the filler is cut.
    let filler = '';
    for (let number = 0; length + filler.length < (1 << 20) - 1; number++) filler += `${number.toString(36)} `;
    filler = filler.slice(0, (1 << 20) - 1 - length);
    const repeated = 'The minister said on Monday that the talks would go on next month in Geneva.\n';
    const text = `${head}${lines.join('')}${filler}😀 and the rest of the paragraph.\n${repeated}Last line.\n${repeated}`;
    expect((keptHead + lines.join('') + filler).length).toBe((1 << 20) - 1);
    const cleaned = cleanText(text).text;
    // The first half of the emoji's surrogate pair ends the first megabyte of the kept text.
    expect(cleaned.charCodeAt((1 << 20) - 1)).toBe(0xd83d);
    const expected = Buffer.from(cleaned, 'utf8');
    expect(expected.length).toBeLessThan(Buffer.byteLength(text));
    const folder = temporaryFolder();
    const path = join(folder, 'big.txt');
    writeFileSync(path, text);
    const out = join(folder, 'out');
    const run = runShell(`article-clean -q ${quote(path)} > ${quote(join(folder, 'stdout.txt'))} && article-clean -q - < ${quote(path)} > ${quote(join(folder, 'stdin.txt'))} && article-clean -q ${quote(path)} -o ${quote(out)} && echo done`);
    expect(run.stdout).toBe('done\n');
    for (const written of [join(folder, 'stdout.txt'), join(folder, 'stdin.txt'), join(out, 'big.txt')]) expect(readFileSync(written).equals(expected)).toBe(true);
  });

  it('a non-blocking pipe whose reader is slow gets every byte, in order', () => {
    const { path, expected } = bigInput();
    const folder = temporaryFolder();
    const out = join(folder, 'out.txt');
    // perl sets O_NONBLOCK on the pipe, as a parent sharing it may have, and runs the bin: its
    // writes then fail with EAGAIN while the reader sleeps.
    const nonBlocking = `perl -MFcntl -e 'fcntl(STDOUT, F_SETFL, fcntl(STDOUT, F_GETFL, 0) | O_NONBLOCK) or die; exec @ARGV or die'`;
    const run = runShell(`${nonBlocking} node ${quote(bin)} ${quote(path)} | { sleep 0.3; cat; } > ${quote(out)}; echo "status \${PIPESTATUS[0]}"`);
    expect(run.stdout).toBe('status 0\n');
    expect(run.stderr).toBe('');
    expect(readFileSync(out).equals(expected)).toBe(true);
  });

  // The bin ends the process as soon as main returns when all output has left it (endProcess in
  // process-io.ts). Here the pipe takes its 64 KB and the last 8 KB wait in Node's stream, under
  // its high-water mark, when main returns: the process must stay until they are written.
  it('output still waiting in Node\'s stream when the run ends is written before the process exits', () => {
    const folder = temporaryFolder();
    const path = join(folder, 'small.txt');
    const lines: string[] = [];
    for (let index = 0, length = 0; length < 72 << 10; index++) {
      const line = `line number ${index} of a short article with text of its own\n`;
      lines.push(line);
      length += line.length;
    }
    writeFileSync(path, lines.join(''));
    const out = join(folder, 'out.txt');
    const nonBlocking = `perl -MFcntl -e 'fcntl(STDOUT, F_SETFL, fcntl(STDOUT, F_GETFL, 0) | O_NONBLOCK) or die; exec @ARGV or die'`;
    const run = runShell(`${nonBlocking} node ${quote(bin)} -q ${quote(path)} | { sleep 0.5; cat; } > ${quote(out)}; echo "status \${PIPESTATUS[0]}"`);
    expect(run.stdout).toBe('status 0\n');
    expect(readFileSync(out).equals(readFileSync(path))).toBe(true);
  });
});
