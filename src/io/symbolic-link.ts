/** Symbolic links met inside an input folder: followed to files inside the folder only. */
import { realpath, stat } from 'node:fs/promises';
import { sep } from 'node:path';
import { describeErrorCode } from './read-input.js';
import type { InputProblem } from './input-problem.js';

/** Whether `path` is `folder` or inside it (both absolute and resolved). */
export function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * Checks a symbolic link found at `path` under the input root whose real path is `realRoot`.
 * Returns null when it leads to a file inside the root (it is cleaned like any file), or the
 * problem: dangling or looping links are errors; links out of the root, or to folders, are skipped.
 */
export async function checkSymbolicLink(path: string, realRoot: string): Promise<InputProblem | null> {
  let target: string;
  try {
    const info = await stat(path);
    // Linked folders are never walked (as `find` without -L): that is what keeps loops and escapes out.
    if (info.isDirectory()) return { path, reason: 'symbolic link to a folder: not followed', severity: 'warning' };
    // A pipe with no writer would block the run for good, as a walk skips one met in a folder.
    if (!info.isFile()) return { path, reason: 'symbolic link to something other than a regular file: skipped', severity: 'warning' };
    target = await realpath(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'dangling symbolic link (its target does not exist)' : describeErrorCode(error);
    return { path, reason, severity: 'error' };
  }
  if (!isInside(target, realRoot)) return { path, reason: `symbolic link to ${target}, outside the input folder: skipped`, severity: 'warning' };
  return null;
}
