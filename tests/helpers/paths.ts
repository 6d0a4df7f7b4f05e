/** Paths the tests share, and the optional ../shared folder that only CI and developers have. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const repositoryRoot = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
export const samplesFolder = join(repositoryRoot, 'samples');
/** Small texts made for one test each (real lines put together), not real articles. */
export const fixturesFolder = join(repositoryRoot, 'tests', 'fixtures');
export const binPath = join(repositoryRoot, 'bin', 'article-clean.js');
export const sharedFolder = join(repositoryRoot, '..', 'shared');
export const devCorpusFolder = join(sharedFolder, 'corpus', 'dev');

/** Whether ../shared/corpus/dev is here (it is in CI; a plain clone does not have it). */
export const hasDevCorpus = existsSync(join(devCorpusFolder, 'labels.jsonl'));

if (!hasDevCorpus) {
  // Visible in the test output, so a skipped suite is never mistaken for a passing one.
  console.warn(`note: ${devCorpusFolder} is absent: the tests that read ../shared are skipped`);
}
