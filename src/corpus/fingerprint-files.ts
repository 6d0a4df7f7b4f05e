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
 * Adds the files at `paths` to `counts`: in how many files each line key occurs. Only the counts
 * are kept, never the texts, so memory grows with the number of distinct lines, not with the
 * corpus; a run gives its files a run at a time, as a folder walk finds them.
 */
export function addFingerprints(counts: LineCounts, paths: Iterable<string>, onFailure: (failure: FingerprintFailure) => void = () => {}): void {
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
}

/** Counts in how many of the files each line key occurs (addFingerprints, from no counts). */
export function fingerprintFiles(paths: Iterable<string>, onFailure?: (failure: FingerprintFailure) => void): LineCounts {
  const counts = emptyLineCounts();
  addFingerprints(counts, paths, onFailure);
  return counts;
}
