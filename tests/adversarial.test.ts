/**
 * Hostile 1 MB lines: long runs of spaces, markers, punctuation and combining marks. The built-in
 * patterns must stay linear on them; a super-linear one shows up here as a test that times out
 * (speed itself is measured in the bench, not here). Every result must still be deletions only.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/index.js';
import { runInProcess } from './helpers/run-cli.js';
import { temporaryFolder } from './helpers/fixtures.js';

const MEGABYTE = 1 << 20;
const fill = (unit: string, size = MEGABYTE): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const LINES: Readonly<Record<string, string>> = {
  'spaces': `Start ${fill(' ')} end`,
  'NBSP and RTL marks': `x${fill('\u00a0\u200f')}y`,
  'Arabic markers': fill('اقرأ أيضاً: '),
  'English markers': fill('READ MORE: '),
  'full stops': fill('.'),
  'colons': fill(':'),
  'mixed punctuation': fill('!?.»:|-…'),
  'combining acute accents': `a${fill('\u0301')}`,
  'Arabic diacritics': `ب${fill('\u064b\u0651')}`,
  'sentences, then a marker': `${fill('a. ')}اقرأ أيضاً: عنوان`,
  'marker after every sentence': fill('. اقرأ أيضاً'),
  'lone carriage returns': `x${fill('\r')}y`,
  'quotes and brackets': fill('"«[(» '),
  'pictographs and markers': fill('📌 اقرأ أيضا 👇 '),
  'bracketed markers': fill('. (READ MORE: x) '),
};

// Word tandems are looked for in lines of up to 8,000 key characters: many such lines of short
// repeated word runs, which pass every cheap test before the words are compared.
const WORD_RUNS = Array.from({ length: 128 }, (_, index) => fill(`w${index} a b c d a b c d e f g h e f g h `, 7_900)).join('\n');

describe('1 MB adversarial lines', () => {
  it.each(Object.entries(LINES))('cleanText: %s', (_name, line) => {
    const text = `${line}\nA normal closing paragraph.\n`;
    const result = cleanText(text);
    // Deletions only: the closing paragraph, never a repeat or a link, survives.
    expect(result.text.endsWith('A normal closing paragraph.\n')).toBe(true);
    expect(result.text.length + result.removedCharacters).toBe(text.length);
  });

  it('cleanText: many lines of short word runs', () => {
    const text = `${WORD_RUNS}\nA normal closing paragraph.\n`;
    const result = cleanText(text);
    expect(result.text.endsWith('A normal closing paragraph.\n')).toBe(true);
    expect(result.text.length + result.removedCharacters).toBe(text.length);
  });

  it('the CLI cleans all of them in one run', async () => {
    const folder = temporaryFolder();
    const names = Object.keys(LINES).map((name, index) => `${String(index).padStart(2, '0')}.txt`);
    Object.values(LINES).forEach((line, index) => writeFileSync(join(folder, names[index] as string), `${line}\n`));
    const run = await runInProcess(['--json', folder]);
    expect(run.exit).toBe(0);
    const records = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(records.map((record) => record.path)).toEqual(names.map((name) => join(folder, name)));
    expect(records.every((record) => typeof record.text === 'string')).toBe(true);
  });
});
