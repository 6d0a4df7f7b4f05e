/**
 * Where a folder run finds its files and where their outputs go: the walk appends names below the
 * root and --out-dir appends a file's plain relative path to DIR, where both once called join(),
 * relative() and resolve() for every file. Both must give the strings those calls give.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mirrorInto, placeByJoin } from '../src/cli/inputs.js';
import { walkFolder } from './helpers/walk.js';
import { createWriter } from '../src/cli/destination.js';
import type { FileResult } from '../src/engine/clean-file.js';
import type { InputFile } from '../src/engine/process-files.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

// Folders as people type them, and names a walk can meet (dots that are not "." or "..").
const folders = ['x', './x', 'x/', './x//', 'x/./y', 'x/../y', '../x', '.', './', '/', '/tmp/abs/x', '/tmp/abs/x/', ''];
const names = ['a', 'b.txt', '.hidden', '..x', '...', 'x..', 'مقال.txt', 'a b'];
const folderArbitrary = fc.constantFrom(...folders);
const relativeArbitrary = fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));
// Paths as a walk makes them (join of the root and a plain relative path), and others that a
// pattern or a second argument could give: folded segments, absolute paths, other roots.
const pathArbitrary = (root: string) =>
  fc.oneof(
    relativeArbitrary.map((inside) => join(root, inside)),
    relativeArbitrary.map((inside) => `${root}/${inside}`),
    fc.tuple(relativeArbitrary, fc.constantFrom('/./', '//', '/../', '/')).map(([inside, glue]) => `${root}${glue}${inside}`),
    fc.tuple(folderArbitrary, relativeArbitrary).map(([other, inside]) => join(other, inside)),
  );

describe('output places under --out-dir', () => {
  it('are the strings that join(), relative() and resolve() give, for any root, DIR and path', () => {
    fc.assert(
      fc.property(
        folderArbitrary,
        folderArbitrary.chain((root) => fc.tuple(fc.constant(root), pathArbitrary(root))),
        fc.boolean(),
        (outDir, [root, path], lone) => {
          const input = { path, root: lone ? null : root };
          // placeByJoin is how every place was found before the fast path (and still is for the rest).
          expect(mirrorInto(outDir)(input)).toBe(placeByJoin(outDir, resolve(outDir), input));
        },
      ),
      { numRuns: RUNS * 10 },
    );
  });

  it('one place function serves inputs under several roots', () => {
    const place = mirrorInto('out');
    expect(place({ path: 'x/a/b.txt', root: 'x' })).toBe(join('out', 'a', 'b.txt'));
    expect(place({ path: 'y/b.txt', root: './y/' })).toBe(join('out', 'b.txt'));
    expect(place({ path: 'x/../../b.txt', root: 'x' })).toBeNull();
  });
});

describe('output folders made ahead of the run', () => {
  async function planAll(outDir: string, inputs: InputFile[], ahead: boolean): Promise<{ planned: readonly InputFile[]; failures: unknown[] }> {
    const writer = createWriter({ kind: 'out-dir', directory: outDir });
    if (ahead) await writer.makeFolders(inputs, true);
    async function* found(): AsyncGenerator<InputFile[]> {
      yield inputs;
    }
    const planned: InputFile[] = [];
    for await (const run of writer.plan(found(), true)) planned.push(...run);
    const ok = { ok: true, path: '', text: '', original: '', changed: false, encoding: 'utf-8', findings: [], links: [], removedCharacters: 0 } as unknown as FileResult;
    const failures = await Promise.all(planned.map(async (input) => writer.write(input, ok)));
    return { planned, failures };
  }

  it('are the folders plan makes, with no file written, and plan answers as it does without them', async () => {
    const base = mkdtempSync(join(tmpdir(), 'article-clean-ahead-'));
    const inputs = ['a/x.txt', 'a/b/y.txt', 'c/z.txt', 'd/w.txt'].map((file) => ({ path: join(base, 'src', file), root: join(base, 'src') }));
    const answers: unknown[] = [];
    for (const ahead of [true, false]) {
      const outDir = join(base, ahead ? 'ahead' : 'plain');
      // A file where the folder of c/z.txt's output should be: that output cannot be placed.
      mkdirSync(outDir);
      writeFileSync(join(outDir, 'c'), 'not a folder\n');
      const { planned, failures } = await planAll(outDir, inputs, ahead);
      expect(readdirSync(outDir).sort()).toEqual(['a', 'c', 'd']);
      expect(readdirSync(join(outDir, 'a')).sort()).toEqual(['b']);
      answers.push({ planned: planned.map((input) => input.output?.slice(outDir.length) ?? null), failures: failures.map((result) => (result.ok ? 'ok' : result.error.replace(outDir, 'DIR'))) });
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]).toEqual({
      planned: [join('/a', 'x.txt'), join('/a', 'b', 'y.txt'), null, join('/d', 'w.txt')],
      failures: ['ok', 'ok', expect.stringMatching(/^cannot write DIR: /), 'ok'],
    });
  });
});

describe('folder walk', () => {
  it('gives each file the path join() gives, however the root is written', async () => {
    const base = mkdtempSync(join(tmpdir(), 'article-clean-walk-'));
    const tree = join(base, 'tree');
    for (const folder of ['', 'a', 'a/b', 'a/b/c', 'x..', 'مجلد']) mkdirSync(join(tree, folder), { recursive: true });
    const relatives = ['one.txt', 'a/two.txt', 'a/b/three.txt', 'a/b/c/four.txt', 'x../five.txt', 'مجلد/ستة.txt'];
    for (const file of relatives) writeFileSync(join(tree, file), 'text\n');
    for (const root of [tree, `${tree}/`, `${tree}//`, `${base}/./tree`, `${base}/tree/../tree`]) {
      const { files, problems } = await walkFolder(root, { extensions: ['txt'], exclude: [] });
      expect(problems).toEqual([]);
      expect(files).toEqual(relatives.map((file) => join(root, file)).sort());
    }
  });
});
