/** Expands the paths given on the command line into a sorted list of files. */
import { stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

import type { InputFile } from '../engine/process-files.js';

export type { InputFile };

/** An input argument that names nothing. */
export interface MissingInput {
  readonly path: string;
  readonly error: string;
}

async function walkFolder(folder: string, extension: string): Promise<InputFile[]> {
  const { default: fastGlob } = await import('fast-glob');
  const pattern = `**/*.${fastGlob.escapePath(extension)}`;
  const found = await fastGlob(pattern, { cwd: folder, dot: false, onlyFiles: true, ignore: ['**/node_modules/**'] });
  return found.sort().map((file) => ({ path: join(folder, file), root: folder }));
}

/** Files named by the arguments: files as given, folders walked for `*.EXT` in sorted order. */
export async function expandInputs(paths: readonly string[], extension: string): Promise<{ files: InputFile[]; missing: MissingInput[] }> {
  const files: InputFile[] = [];
  const missing: MissingInput[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      missing.push({ path, error: 'no such file or directory' });
      continue;
    }
    if (info.isDirectory()) files.push(...(await walkFolder(path, extension)));
    else files.push({ path, root: null });
  }
  return { files, missing };
}

/** Where a cleaned file goes under --out-dir: the input tree mirrored, a lone file by its name. */
export function mirroredPath(outDir: string, input: InputFile): string {
  if (input.root === null) return join(outDir, input.path.split(/[\\/]/).pop() as string);
  return join(outDir, relative(input.root, input.path));
}
