/**
 * Walks an input folder for files with the wanted extensions, in sorted order. Hidden entries and
 * node_modules are skipped, and so is any folder in `exclude` (an --out-dir inside the input).
 * The walk keeps its own stack, so a tree 10,000 folders deep costs memory, not call depth, and a
 * folder that cannot be read is one error while the rest of the tree goes on.
 */
import { readdir, realpath } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Dirent } from 'node:fs';
import { describeErrorCode } from './read-input.js';
import { checkSymbolicLink } from './symbolic-link.js';
import type { FoundFiles, InputProblem } from './input-problem.js';

/** What to look for. */
export interface WalkOptions {
  /** Extensions without the dot ("txt"). */
  readonly extensions: readonly string[];
  /** Absolute paths of folders never to enter. */
  readonly exclude: readonly string[];
}

/** Whether a file name ends in one of the extensions. */
export function hasExtension(name: string, extensions: readonly string[]): boolean {
  return extensions.some((extension) => name.endsWith(`.${extension}`) && name.length > extension.length + 1);
}

function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

async function readFolder(folder: string, problems: InputProblem[]): Promise<Dirent[]> {
  try {
    return await readdir(folder, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: folder, reason: `cannot read folder: ${describeErrorCode(error)}`, severity: 'error' });
    return [];
  }
}

// The path of an entry: what join() gives. join() normalizes the whole path again, for each of
// 10,000 files; below the root, in a folder whose path join() made, the name appended after a
// separator is the same string.
const entryPath = (folder: string, name: string, isRoot: boolean): string => (isRoot ? join(folder, name) : folder + sep + name);

/** Every matching file under `root`, sorted by path. */
export async function walkFolder(root: string, options: WalkOptions): Promise<FoundFiles> {
  const realRoot = await realpath(root);
  const excluded = new Set(options.exclude.map((folder) => resolve(folder)));
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const pending = [root];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    const isRoot = folder === root;
    for (const entry of await readFolder(folder, problems)) {
      if (isSkippedName(entry.name)) continue;
      const path = entryPath(folder, entry.name, isRoot);
      if (entry.isDirectory()) {
        if (!excluded.has(resolve(path))) pending.push(path);
      } else if (hasExtension(entry.name, options.extensions)) {
        // A regular file needs no look (nearly every entry): only links and the like are awaited.
        if (entry.isFile()) {
          files.push(path);
          continue;
        }
        const problem = await checkEntry(entry, path, realRoot);
        if (problem === null) files.push(path);
        else problems.push(problem);
      }
    }
  }
  // Code-unit order of whole paths (sort's default for strings): the same on every machine,
  // whatever readdir returned.
  files.sort();
  return { files, problems };
}

async function checkEntry(entry: Dirent, path: string, realRoot: string): Promise<InputProblem | null> {
  if (entry.isSymbolicLink()) return checkSymbolicLink(path, realRoot);
  return { path, reason: 'not a regular file: skipped', severity: 'warning' };
}
