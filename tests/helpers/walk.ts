/** A folder walk collected: every file it gives, in its order, and the problems it meets. */
import { walkFolderItems, type WalkOptions } from '../../src/io/walk-folder.js';
import type { InputProblem } from '../../src/io/input-problem.js';

export async function walkFolder(root: string, options: WalkOptions): Promise<{ files: string[]; problems: InputProblem[] }> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  for await (const item of walkFolderItems(root, options)) {
    if (Array.isArray(item)) files.push(...item);
    else problems.push(item);
  }
  return { files, problems };
}
