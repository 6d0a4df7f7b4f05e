/**
 * readFiles: files read in one thread and cleaned in another give the results a read in the
 * cleaning thread gives, failures included (what a read threw crosses threads as plain data).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanBytes, readFailure } from '../src/engine/clean-file.js';
import { cleanPath } from '../src/engine/clean-path.js';
import { resolveOptions } from '../src/engine/options.js';
import { readFiles, thrownBy, type ReadOutcome } from '../src/engine/read-files.js';

const folder = mkdtempSync(join(tmpdir(), 'article-clean-read-files-'));
const article = join(folder, 'article.txt');
writeFileSync(article, 'A first paragraph that is long enough to count.\nREAD MORE: another story\n');
const large = join(folder, 'large.txt');
writeFileSync(large, 'x'.repeat(2_000));
const options = { ...resolveOptions({}), maxBytes: 1_000 };

// The result of a file read elsewhere: its outcome goes through a structured clone, as in postMessage.
function cleanedElsewhere(path: string, outcome: ReadOutcome): unknown {
  const crossed = structuredClone(outcome);
  return 'bytes' in crossed ? cleanBytes(path, crossed.bytes, options) : readFailure(path, thrownBy(crossed.error));
}

describe('readFiles', () => {
  it('gives, for each file, the result cleanPath gives: text, missing file, folder, file over the size limit', () => {
    const paths = [article, join(folder, 'missing.txt'), folder, large];
    const outcomes = readFiles(paths, options.maxBytes, 1 << 20);
    expect(outcomes).toHaveLength(4);
    paths.forEach((path, index) => expect(cleanedElsewhere(path, outcomes[index] as ReadOutcome)).toEqual(cleanPath(path, options)));
    expect(cleanPath(large, options)).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('stops once the bytes read reach the budget, after at least one file', () => {
    expect(readFiles([large, article, article], 1 << 20, 1)).toHaveLength(1);
    expect(readFiles([article, large, article], 1 << 20, 2_050)).toHaveLength(2);
  });
});
