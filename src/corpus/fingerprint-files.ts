/** The first pass of cross-file boilerplate: line-key counts over files, read one at a time. */
import { readFileSync } from 'node:fs';
import { decodeText } from '../io/decode-text.js';
import { addFileKeys, distinctLineKeys, emptyLineCounts, type LineCounts } from './line-counts.js';

/** A file that could not be fingerprinted, and why. */
export interface FingerprintFailure {
  readonly path: string;
  readonly error: string;
}

/**
 * Counts in how many of the files each line key occurs. Only the counts are kept, never the
 * texts, so memory grows with the number of distinct lines, not with the corpus.
 */
export function fingerprintFiles(paths: readonly string[], onFailure: (failure: FingerprintFailure) => void = () => {}): LineCounts {
  const counts = emptyLineCounts();
  for (const path of paths) {
    let text: string;
    try {
      text = decodeText(readFileSync(path)).text;
    } catch (error) {
      onFailure({ path, error: (error as Error).message });
      continue;
    }
    addFileKeys(counts, distinctLineKeys(text));
  }
  return counts;
}
