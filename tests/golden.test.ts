/** Every sample is cleaned and compared byte for byte with its expected output. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/index.js';
import { samplesFolder } from './helpers/paths.js';

const samples = readdirSync(samplesFolder)
  .filter((name) => name.endsWith('.expected.txt'))
  .map((name) => name.replace(/\.expected\.txt$/, ''))
  .sort();

describe('golden samples', () => {
  it('has samples to check', () => {
    expect(samples.length).toBeGreaterThanOrEqual(10);
  });

  it.each(samples)('%s is cleaned byte for byte', (name) => {
    const input = readFileSync(join(samplesFolder, `${name}.txt`), 'utf8');
    const expected = readFileSync(join(samplesFolder, `${name}.expected.txt`), 'utf8');
    // Compared as arrays of lines so a failure shows the article text that differs.
    expect(cleanText(input).text.split('\n')).toEqual(expected.split('\n'));
    expect(cleanText(input).text).toBe(expected);
  });
});
