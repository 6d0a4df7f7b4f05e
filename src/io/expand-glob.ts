/** Quoted glob patterns ("news/**\/*.txt"), expanded with fast-glob, which is loaded only when a pattern is given. */
import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkSymbolicLink, isInside } from './symbolic-link.js';
import { notRegularFile, type FoundFiles, type InputProblem } from './input-problem.js';

/** Whether an argument is a pattern rather than a path. */
export async function isGlobPattern(argument: string): Promise<boolean> {
  const { default: fastGlob } = await import('fast-glob');
  return fastGlob.isDynamicPattern(argument);
}

/** The folder a pattern starts from ("news" for "news/**\/*.txt"): its files are mirrored relative to it. */
export async function globBase(pattern: string): Promise<string> {
  const { default: fastGlob } = await import('fast-glob');
  return fastGlob.generateTasks([pattern])[0]?.base ?? '.';
}

/** The files a pattern matches, sorted; hidden entries, node_modules and the excluded folders are left out. */
export async function expandGlob(pattern: string, exclude: readonly string[]): Promise<FoundFiles> {
  const { default: fastGlob } = await import('fast-glob');
  const entries = await fastGlob(pattern, {
    dot: false,
    onlyFiles: false,
    followSymbolicLinks: false,
    objectMode: true,
    ignore: ['**/node_modules/**'],
    suppressErrors: false,
  });
  const excluded = exclude.map((folder) => resolve(folder));
  const base = await globBase(pattern);
  const realBase = await realpath(base).catch(() => resolve(base));
  const files: string[] = [];
  const problems: InputProblem[] = [];
  for (const entry of entries) {
    if (excluded.some((folder) => isInside(resolve(entry.path), folder))) continue;
    if (entry.dirent.isFile()) files.push(entry.path);
    else if (entry.dirent.isSymbolicLink()) {
      const problem = await checkSymbolicLink(entry.path, realBase);
      if (problem === null) files.push(entry.path);
      else problems.push(problem);
    } else if (!entry.dirent.isDirectory()) {
      problems.push(notRegularFile(entry.path));
    }
  }
  // Code-unit order, as a folder walk sorts.
  files.sort();
  return { files, problems };
}
