/** Line-key counts: in how many files each line occurs, the first pass of cross-file boilerplate. */
import { parseArticle } from '../article/parse-article.js';

/** Files seen, and for each line key the number of files that hold it. */
export interface LineCounts {
  files: number;
  readonly counts: Map<string, number>;
}

/** Empty counts. */
export function emptyLineCounts(): LineCounts {
  return { files: 0, counts: new Map() };
}

/**
 * The distinct keys of a text's lines that can be boilerplate: lines with letters (separator lines
 * such as "-----" never count). A line repeated inside one file counts once for that file.
 */
export function distinctLineKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const line of parseArticle(text).contentLines) if (line.hasLetters) keys.add(line.key);
  return keys;
}

/** Adds one file's distinct keys to the counts. */
export function addFileKeys(counts: LineCounts, keys: Iterable<string>): void {
  counts.files++;
  for (const key of keys) counts.counts.set(key, (counts.counts.get(key) ?? 0) + 1);
}

/** Adds counts made elsewhere (another machine, another part of the corpus) to `into`. */
export function mergeLineCounts(into: LineCounts, other: LineCounts): void {
  into.files += other.files;
  for (const [key, count] of other.counts) into.counts.set(key, (into.counts.get(key) ?? 0) + count);
}
