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

// A page captured twice: the whole sample pasted again after itself. The second copy goes and the
// first is cleaned as the sample alone is: edited copies of paragraphs (ar-0002, ar-0010) and the
// teasers that end the article (ar-0019), which then stand before the copy, go too.
describe('golden samples pasted after themselves', () => {
  it.each(samples)('%s', (name) => {
    const input = readFileSync(join(samplesFolder, `${name}.txt`), 'utf8');
    const expected = readFileSync(join(samplesFolder, `${name}.expected.txt`), 'utf8');
    expect(cleanText(input + (input.endsWith('\n') ? '' : '\n') + input).text).toBe(expected);
  });
});
