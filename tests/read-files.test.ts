/**
 * readFiles: files read in one thread and cleaned in another give the results a read in the
 * cleaning thread gives, failures included (what a read threw crosses threads as plain data).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanBytes, cleanDecoded, readFailure } from '../src/engine/clean-file.js';
import { cleanPath } from '../src/engine/clean-path.js';
import { resolveOptions } from '../src/engine/options.js';
import { decodeOutcomes, readFiles, thrownBy, type ReadOutcome } from '../src/engine/read-files.js';

const folder = mkdtempSync(join(tmpdir(), 'article-clean-read-files-'));
const article = join(folder, 'article.txt');
writeFileSync(article, 'A first paragraph that is long enough to count.\nREAD MORE: another story\n');
const large = join(folder, 'large.txt');
writeFileSync(large, 'x'.repeat(2_000));
const binary = join(folder, 'binary.bin');
writeFileSync(binary, Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00, 0x00]));
const options = { ...resolveOptions({}), maxBytes: 1_000 };

// The result of a file read elsewhere: its outcome goes through a structured clone, as in postMessage.
function cleanedElsewhere(path: string, outcome: ReadOutcome): unknown {
  const crossed = structuredClone(outcome);
  if ('decoded' in crossed) return cleanDecoded(path, crossed.decoded, options);
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

  it('gives the same results when the reading thread decodes too; bytes that are not text stay bytes', () => {
    const paths = [article, binary, join(folder, 'missing.txt'), large];
    const outcomes = decodeOutcomes(readFiles(paths, options.maxBytes, 1 << 20), undefined);
    expect(outcomes.map((outcome) => Object.keys(outcome)[0])).toEqual(['decoded', 'bytes', 'error', 'error']);
    paths.forEach((path, index) => expect(cleanedElsewhere(path, outcomes[index] as ReadOutcome)).toEqual(cleanPath(path, options)));
    expect(cleanPath(binary, options)).toMatchObject({ ok: false, code: 'binary' });
    const named = decodeOutcomes(readFiles([article], options.maxBytes, 1 << 20), 'windows-1256');
    expect(named).toEqual([{ decoded: { text: expect.any(String), encoding: 'windows-1256' } }]);
  });

  it('stops once the bytes read reach the budget, after at least one file', () => {
    expect(readFiles([large, article, article], 1 << 20, 1)).toHaveLength(1);
    expect(readFiles([article, large, article], 1 << 20, 2_050)).toHaveLength(2);
  });
});
