/**
 * The folder walk goes depth first and gives its files as it finds them, a run at a time, in the
 * order that sorting every path of the tree would give: a folder's entries are sorted with each
 * folder as its name followed by a separator. These tests check that order against a plain
 * recursive listing, sorted whole, on trees whose names sort differently with and without that
 * separator ("a-b.txt" < "a/x.txt" < "a0.txt").
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { walkFolderItems } from '../src/io/walk-folder.js';
import { walkFolder } from './helpers/walk.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

// Every .txt file under `folder` with no hidden part, by readdir and recursion, sorted whole.
function listSorted(folder: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(folder)) {
    if (name.startsWith('.')) continue;
    const path = join(folder, name);
    if (statSync(path).isDirectory()) files.push(...listSorted(path));
    else if (name.endsWith('.txt')) files.push(path);
  }
  return files.sort();
}

// Names whose order changes when a separator follows them, or that sort between such names.
const nameParts = ['a', 'a-b', 'a0', 'a.b', 'A', 'b', 'é', 'مقال', '_', 'a b', '.h'];
const treeArbitrary = fc.uniqueArray(
  fc.array(fc.constantFrom(...nameParts), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/')),
  { minLength: 1, maxLength: 12 },
);

function writeFiles(root: string, relatives: readonly string[]): void {
  for (const relative of relatives) {
    const file = join(root, `${relative}.txt`);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, 'x\n');
  }
}

describe('folder walk order', () => {
  it('gives the files of any tree in the order of their sorted paths', async () => {
    const base = mkdtempSync(join(tmpdir(), 'article-clean-walk-order-'));
    let count = 0;
    await fc.assert(
      fc.asyncProperty(treeArbitrary, async (relatives) => {
        const root = join(base, String(count++));
        // A name that is a file in one path and a folder in another is made only once, as a folder.
        writeFiles(root, relatives);
        const { files, problems } = await walkFolder(root, { extensions: ['txt'], exclude: [] });
        expect(problems).toEqual([]);
        expect(files).toEqual(listSorted(root));
        rmSync(root, { recursive: true });
      }),
      { numRuns: RUNS },
    );
  });

  it('gives a large folder in runs of at most 256 files, each run in order, a subfolder in its place', async () => {
    const root = mkdtempSync(join(tmpdir(), 'article-clean-walk-runs-'));
    const names = Array.from({ length: 600 }, (_, index) => `f${String(index).padStart(3, '0')}`);
    // "f3" sorts between f299.txt and f300.txt: its files come there.
    writeFiles(root, [...names, 'f3/inside', 'f3/more']);
    const runs: string[][] = [];
    for await (const item of walkFolderItems(root, { extensions: ['txt'], exclude: [] })) {
      if (!Array.isArray(item)) throw new Error(`unexpected problem: ${item.reason}`);
      runs.push(item);
    }
    expect(runs.every((run) => run.length > 0 && run.length <= 256)).toBe(true);
    expect(runs.flat()).toEqual(listSorted(root));
    expect(runs.flat().indexOf(join(root, 'f3', 'inside.txt'))).toBe(300);
  });

  it('reports a folder it cannot read where it meets it, after the files before it, and goes on', async () => {
    const root = mkdtempSync(join(tmpdir(), 'article-clean-walk-problem-'));
    writeFiles(root, ['a', 'b/inside', 'c']);
    const items: (string[] | string)[] = [];
    for await (const item of walkFolderItems(root, { extensions: ['txt'], exclude: [] })) {
      items.push(Array.isArray(item) ? item : `${item.path}: ${item.reason}`);
      // The files before b go out before b is read: b is gone by the time the walk gets to it.
      if (items.length === 1) rmSync(join(root, 'b'), { recursive: true });
    }
    expect(items).toEqual([[join(root, 'a.txt')], `${join(root, 'b')}: cannot read folder: no such file or directory`, [join(root, 'c.txt')]]);
  });
});
