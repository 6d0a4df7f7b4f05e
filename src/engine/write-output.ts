/** Writes a cleaned text to its target atomically: a reader never sees half a file. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

// Folders this thread already made: a run of 10,000 files in 10 folders asks the file system 10 times.
const madeFolders = new Set<string>();
let writes = 0;

/**
 * Writes `text` to `target` through a temporary file in the same folder and a rename, making the
 * folder first. Returns null, or the reason the write failed.
 */
export function writeOutputFile(target: string, text: string): string | null {
  const folder = dirname(target);
  const temporary = `${target}.${process.pid}-${threadId}-${writes++}.tmp`;
  try {
    if (!madeFolders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      madeFolders.add(folder);
    }
    writeFileSync(temporary, text);
    renameSync(temporary, target);
    return null;
  } catch (error) {
    rmSync(temporary, { force: true });
    return `cannot write ${target}: ${(error as Error).message}`;
  }
}
