/**
 * Walks an input folder for files with the wanted extensions, in sorted order, one file at a time:
 * a run over a million files never holds their list. Hidden entries and node_modules are skipped,
 * and so is any folder in `exclude` (an --out-dir inside the input). The walk keeps its own stack,
 * so a tree 10,000 folders deep costs memory, not call depth, and a folder that cannot be read is
 * one problem while the rest of the tree goes on.
 */
import { readdir, realpath } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Dirent } from 'node:fs';
import { describeErrorCode } from './read-input.js';
import { checkSymbolicLink } from './symbolic-link.js';
import { notRegularFile, type InputProblem } from './input-problem.js';

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

// The path of an entry: what join() gives. join() normalizes the whole path again, for each of
// 10,000 files; below the root, in a folder whose path join() made, the name appended after a
// separator is the same string.
const entryPath = (folder: string, name: string, isRoot: boolean): string => (isRoot ? join(folder, name) : folder + sep + name);

// An entry of a folder, by the key that puts it where its paths go in the sorted list of all the
// paths: a folder's paths all start with its name and a separator, so the folder sorts as that.
// ("a-b.txt" comes before the folder "a", whose "a/x.txt" comes before "a0.txt": "-" < "/" < "0".)
interface SortedEntry {
  readonly key: string;
  readonly entry: Dirent;
}

const byKey = (left: SortedEntry, right: SortedEntry): number => (left.key < right.key ? -1 : left.key > right.key ? 1 : 0);

// A folder being walked: its entries in order, and the next one to look at.
interface Frame {
  readonly folder: string;
  readonly isRoot: boolean;
  readonly entries: readonly SortedEntry[];
  next: number;
}

/** Files found (their paths, a run of them at a time) or a problem met, in the order of the walk. */
export type WalkItem = string[] | InputProblem;

// Files go out in runs of up to this many: a run over a million files costs a few thousand steps
// through the generators that plan them, not a million, and a folder of a million files is still
// not held as paths.
const MAX_RUN = 256;

/**
 * Every matching file under `root`, in code-unit order of whole paths (sort's default for strings:
 * the same on every machine, whatever readdir returned), as it is found, with the problems met
 * on the way where they were met. Each folder is read whole and sorted, then walked entry by
 * entry, a subfolder in its place: the walk holds one folder's entries per level it is down.
 */
export async function* walkFolderItems(root: string, options: WalkOptions): AsyncGenerator<WalkItem> {
  const realRoot = await realpath(root);
  const excluded = new Set(options.exclude.map((folder) => resolve(folder)));
  const frames: Frame[] = [];
  // The files found since the last run went out.
  let run: string[] = [];
  const takeRun = (): string[] => {
    const taken = run;
    run = [];
    return taken;
  };
  const rootEntries = await sortedEntries(root, options.extensions);
  if (Array.isArray(rootEntries)) frames.push({ folder: root, isRoot: true, entries: rootEntries, next: 0 });
  else yield rootEntries;
  for (let frame = frames.at(-1); frame !== undefined; frame = frames.at(-1)) {
    const sorted = frame.entries[frame.next++];
    if (sorted === undefined) {
      frames.pop();
      continue;
    }
    const { entry } = sorted;
    const path = entryPath(frame.folder, entry.name, frame.isRoot);
    if (entry.isDirectory()) {
      if (excluded.has(resolve(path))) continue;
      // The files before the folder go out before it is read: a problem reading it comes after them.
      if (run.length > 0) yield takeRun();
      const entries = await sortedEntries(path, options.extensions);
      if (Array.isArray(entries)) frames.push({ folder: path, isRoot: false, entries, next: 0 });
      else yield entries;
      continue;
    }
    // A regular file needs no look (nearly every entry): only links and the like are awaited.
    const problem = entry.isFile() ? null : await checkEntry(entry, path, realRoot);
    if (problem === null) {
      run.push(path);
      if (run.length >= MAX_RUN) yield takeRun();
    } else {
      if (run.length > 0) yield takeRun();
      yield problem;
    }
  }
  if (run.length > 0) yield takeRun();
}

// The entries of a folder that the walk looks at, in the walk's order, or why it cannot be read.
async function sortedEntries(folder: string, extensions: readonly string[]): Promise<SortedEntry[] | InputProblem> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    return { path: folder, reason: `cannot read folder: ${describeErrorCode(error)}`, severity: 'error' };
  }
  const sorted: SortedEntry[] = [];
  for (const entry of entries) {
    if (isSkippedName(entry.name)) continue;
    if (entry.isDirectory()) sorted.push({ key: entry.name + sep, entry });
    else if (hasExtension(entry.name, extensions)) sorted.push({ key: entry.name, entry });
  }
  return sorted.sort(byKey);
}

async function checkEntry(entry: Dirent, path: string, realRoot: string): Promise<InputProblem | null> {
  if (entry.isSymbolicLink()) return checkSymbolicLink(path, realRoot);
  return notRegularFile(path);
}
