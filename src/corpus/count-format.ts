/**
 * The text form of line-key counts, the same as `sort | uniq -c` prints: a count, one space, the
 * key. The number of files is the count of the pseudo-key "#files" (keys never hold "#", which is
 * punctuation), so per-file key lists from many machines merge with `LC_ALL=C sort | uniq -c`.
 */
import type { LineCounts } from './line-counts.js';

/** The pseudo-key whose count is the number of files. */
export const FILES_KEY = '#files';

const COUNT_LINE = /^\s*(\d+) (.*)$/;

/** Thrown for a counts file that cannot be read. */
export class CountFormatError extends Error {
  override readonly name = 'CountFormatError';
}

/** The lines of a counts file: "#files" first, then the keys in code-unit order. */
export function formatLineCounts(counts: LineCounts): string[] {
  const keys = [...counts.counts.keys()].sort();
  return [`${counts.files} ${FILES_KEY}`, ...keys.map((key) => `${counts.counts.get(key) as number} ${key}`)];
}

/** The lines one file contributes to a key list for `sort | uniq -c`: "#files" and each key once. */
export function formatFileKeys(keys: Iterable<string>): string[] {
  return [FILES_KEY, ...keys];
}

/** Reads counts in `uniq -c` form; counts of the same key (from concatenated files) add up. */
export function parseLineCounts(text: string, into: LineCounts): void {
  let lineNumber = 0;
  for (const line of text.split('\n')) {
    lineNumber++;
    if (line.trim() === '') continue;
    const match = COUNT_LINE.exec(line.endsWith('\r') ? line.slice(0, -1) : line);
    if (match === null) throw new CountFormatError(`line ${lineNumber}: expected "COUNT KEY" as sort | uniq -c prints it`);
    const count = Number(match[1]);
    const key = match[2] as string;
    if (key === FILES_KEY) into.files += count;
    else into.counts.set(key, (into.counts.get(key) ?? 0) + count);
  }
}
