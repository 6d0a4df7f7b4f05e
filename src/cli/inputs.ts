/** Expands the paths given on the command line (files, folders, quoted globs) into the files to clean, as they are found. */
import { statSync } from 'node:fs';
import { basename, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import type { InputFile } from '../engine/process-files.js';
import type { FoundFiles, InputProblem } from '../io/input-problem.js';
import { describeFileError } from '../io/read-input.js';
import { walkFolderItems } from '../io/walk-folder.js';
import { isInside } from '../io/symbolic-link.js';
import { expandGlob, globBase, isGlobPattern } from '../io/expand-glob.js';

export type { InputFile, InputProblem };

/** How to expand folders and patterns. */
export interface ExpandOptions {
  readonly extensions: readonly string[];
  /** Folders never entered: the --out-dir, when it sits inside an input folder. */
  readonly exclude: readonly string[];
}

/** Files to clean (a run of them at a time) or a problem met, in the order the arguments name them. */
export type InputItem = InputFile[] | InputProblem;

/** Whether an item of the inputs is a problem rather than files. */
export const isProblem = (item: InputItem): item is InputProblem => !Array.isArray(item);

async function* expandOne(argument: string, options: ExpandOptions): AsyncGenerator<InputItem> {
  let isFolder: boolean;
  try {
    // Synchronous: a one-file run does no other file-system work before it reads its file, and an
    // asynchronous stat would start libuv's thread pool for this one call.
    isFolder = statSync(argument).isDirectory();
  } catch (error) {
    if (await isGlobPattern(argument)) yield* expandPattern(argument, options);
    else yield { path: argument, reason: await describeFileError(error, argument), severity: 'error' };
    return;
  }
  // A file named on the command line is cleaned whatever its extension; it is mirrored by its name.
  if (!isFolder) {
    yield [{ path: argument, root: null }];
    return;
  }
  for await (const item of walkFolderItems(argument, { extensions: options.extensions, exclude: options.exclude })) {
    yield Array.isArray(item) ? item.map((path) => ({ path, root: argument })) : item;
  }
}

async function* expandPattern(pattern: string, options: ExpandOptions): AsyncGenerator<InputItem> {
  const root = await globBase(pattern);
  let found: FoundFiles;
  try {
    found = await expandGlob(pattern, options.exclude);
  } catch (error) {
    yield { path: pattern, reason: await describeFileError(error), severity: 'error' };
    return;
  }
  yield* found.problems;
  if (found.files.length === 0 && found.problems.length === 0) yield { path: pattern, reason: 'no files match this pattern', severity: 'error' };
  else if (found.files.length > 0) yield found.files.map((path) => ({ path, root }));
}

/**
 * The files named by the arguments, as they are found, and the problems met where they are met:
 * files as given, folders walked and patterns expanded in sorted order, each file once. A folder
 * is walked as the caller asks for its files, so a run over a million files never holds their list.
 */
export async function* streamInputs(paths: readonly string[], options: ExpandOptions): AsyncGenerator<InputItem> {
  // One folder or pattern names each file once: only several arguments can name a file twice,
  // and only then are the files seen remembered.
  if (paths.length === 1) {
    yield* expandOne(paths[0] as string, options);
    return;
  }
  const seen = new Set<string>();
  const isFirstSeen = (file: InputFile): boolean => {
    const key = resolve(file.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const path of paths) {
    for await (const item of expandOne(path, options)) {
      if (isProblem(item)) yield item;
      else yield item.filter(isFirstSeen);
    }
  }
}

// What goes before a relative path to put it under `folder`, as join() would: nothing for "." (or
// "./", which normalize() keeps), the folder itself when it ends with a separator ("/"), else the
// folder and a separator.
function prefixOf(folder: string): string {
  const normalized = normalize(folder);
  if (normalized === '.' || normalized === `.${sep}`) return '';
  return normalized.endsWith(sep) ? normalized : normalized + sep;
}

// Segments that join() would fold or that could leave a folder: "", "." and "..".
const FOLDED_SEGMENT = sep === '/' ? /(?:^|\/)\.{0,2}(?:\/|$)/ : /(?:^|[\\/])\.{0,2}(?:[\\/]|$)/;

/**
 * `path` relative to the folder whose prefix is `prefix` when `path` is that prefix followed by a
 * plain relative path (no "", "." or ".." segment: every file a folder walk finds), else null.
 */
function plainRelative(path: string, prefix: string): string | null {
  if (!path.startsWith(prefix)) return null;
  const inside = path.slice(prefix.length);
  return FOLDED_SEGMENT.test(inside) ? null : inside;
}

/**
 * The place under `outDir` (resolved: `resolvedOutDir`) of any input, by join(), relative() and
 * resolve(): a lone file by its name, a file under its root by its path relative to the root, and
 * null for a place outside DIR.
 */
export function placeByJoin(outDir: string, resolvedOutDir: string, input: InputFile): string | null {
  const inside = input.root === null ? basename(input.path) : relative(input.root, input.path);
  const target = join(outDir, inside);
  const resolved = resolve(target);
  // Under DIR letter for letter (nearly every input) is inside on any platform, without the
  // cost of relative(), which resolves both paths again.
  if (resolved !== resolvedOutDir && isInside(resolved, resolvedOutDir)) return target;
  const relativeToOut = relative(resolvedOutDir, resolved);
  if (relativeToOut === '' || relativeToOut === '..' || relativeToOut.startsWith(`..${sep}`) || isAbsolute(relativeToOut)) return null;
  return target;
}

/**
 * Where each cleaned file goes under --out-dir `outDir`: the input tree mirrored, a lone file by
 * its name. The place of an input is null when it would not be inside DIR (a path with ".." in
 * it). DIR is resolved once for all the inputs of a run. The places under one DIR are paths that
 * path.join normalized, all below the same normalized DIR, so two inputs go to the same file
 * exactly when their places are equal strings: the run tells outputs apart by these rather than
 * by a resolved copy of each (a million files hold about 60 MB less).
 */
export function mirrorInto(outDir: string): (input: InputFile) => string | null {
  const resolvedOutDir = resolve(outDir);
  const outPrefix = prefixOf(outDir);
  const rootPrefixes = new Map<string, string>();
  return (input) => {
    // A file found under its root (nearly every input) is mirrored by appending its plain relative
    // path to DIR's prefix: the string that join() gives, and inside DIR by construction, without
    // relative(), join() and resolve() each normalizing the whole path again (a third of a
    // 10,000-file run's planning).
    if (input.root !== null) {
      let rootPrefix = rootPrefixes.get(input.root);
      if (rootPrefix === undefined) rootPrefixes.set(input.root, (rootPrefix = prefixOf(input.root)));
      const plain = plainRelative(input.path, rootPrefix);
      if (plain !== null) return outPrefix + plain;
    }
    return placeByJoin(outDir, resolvedOutDir, input);
  };
}
