/** The JSON Schema the package ships, checked against real --json and --jsonl output. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runInProcess } from './helpers/run-cli.js';
import { repositoryRoot, samplesFolder } from './helpers/paths.js';
import { ARABIC_CP1256, DIRTY, temporaryFolder, writeTree } from './helpers/fixtures.js';

const schema = JSON.parse(readFileSync(join(repositoryRoot, 'schema', 'article-clean.schema.json'), 'utf8'));
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validateRecord = ajv.compile(schema);
const validateJsonlFindings = ajv.compile({ $ref: 'urn:article-clean:json-record#/$defs/jsonlFindings' });

function lines(stdout: string): unknown[] {
  return stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
}

describe('schema/article-clean.schema.json', () => {
  it('is shipped and exported by the package', () => {
    const manifest = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8'));
    expect(manifest.files).toContain('schema');
    expect(manifest.exports['./schema.json']).toBe('./schema/article-clean.schema.json');
  });

  it('validates every --json record of the samples, an Arabic windows-1256 file and a failed file', async () => {
    const folder = temporaryFolder();
    writeTree(folder, { 'arabic.txt': ARABIC_CP1256, 'dirty.txt': DIRTY, 'image.bin': Buffer.alloc(1000) });
    // A binary file named explicitly fails, and gets an error record.
    const run = await runInProcess(['--json', samplesFolder, folder, join(folder, 'image.bin')]);
    const records = lines(run.stdout);
    expect(records.length).toBeGreaterThan(10);
    for (const record of records) {
      expect(validateRecord(record), JSON.stringify(validateRecord.errors)).toBe(true);
    }
    // Both kinds are there, and real findings with every optional field.
    expect(records.some((record) => 'error' in (record as object))).toBe(true);
    expect(JSON.stringify(records)).toMatch(/"marker":.*"headlines":/);
    expect(JSON.stringify(records)).toMatch(/"duplicateOf":\{"start"/);
  });

  // One file's JSON line is written in pieces, its cleaned text from the kept parts of the text;
  // several files' lines are made whole. Both must give the same bytes, here for a text longer than
  // a piece, with a surrogate pair astride the first pieces' end, quotes, backslashes, controls
  // and a line separator to escape, and cuts of both kinds.
  it('one file\'s streamed --json line has the bytes of the same record made whole', async () => {
    const folder = temporaryFolder();
    // Lines of words picked by a fixed sequence: no two alike, and no table of rows that differ in a number.
    const words = ['"oil"', 'prices', 'back\\slash', 'tab\there', 'sep\u2028', '😀', 'كلمة', 'المدينة', 'council', 'vote'];
    const body = Array.from({ length: 900 }, (_, index) => Array.from({ length: 12 }, (_, place) => words[(index * 7 + place * place * 3 + (index >> place)) % words.length]).join(' '));
    const text = ['a'.repeat(32_767) + '😀 first', ...body, 'اقرأ أيضا: عنوان خبر آخر في الموقع', ...body.slice(10, 14), 'last line'].join('\n') + '\n';
    writeTree(folder, { 'big.txt': text, 'other.txt': DIRTY });
    const one = await runInProcess(['--json', join(folder, 'big.txt')]);
    const two = await runInProcess(['--json', join(folder, 'big.txt'), join(folder, 'other.txt')]);
    const [first] = two.stdout.split('\n');
    expect(one.stdout).toBe(`${first}\n`);
    const record = JSON.parse(one.stdout) as { text: string; findings: { rule: string }[] };
    expect(record.findings.map((finding) => finding.rule)).toEqual(expect.arrayContaining(['cross-link', 'repeated-block']));
    expect(record.text.startsWith(`${'a'.repeat(32_767)}😀 first`)).toBe(true);
    expect(validateRecord(record)).toBe(true);
  });

  it('rejects a record with a missing or extra key (the schema is not a rubber stamp)', async () => {
    const run = await runInProcess(['--json', join(samplesFolder, 'lavrov-astana.txt')]);
    const record = lines(run.stdout)[0] as Record<string, unknown>;
    expect(validateRecord(record)).toBe(true);
    const { encoding: _encoding, ...withoutEncoding } = record;
    expect(validateRecord(withoutEncoding)).toBe(false);
    expect(validateRecord({ ...record, extra: 1 })).toBe(false);
  });

  it('validates the "articleClean" value --jsonl adds', async () => {
    const input = [JSON.stringify({ id: 1, text: DIRTY }), JSON.stringify({ id: 2, text: readFileSync(join(samplesFolder, 'lavrov-astana.txt'), 'utf8') })].join('\n') + '\n';
    const run = await runInProcess(['--jsonl'], { stdin: input });
    for (const record of lines(run.stdout) as Record<string, unknown>[]) {
      expect(validateJsonlFindings(record.articleClean), JSON.stringify(validateJsonlFindings.errors)).toBe(true);
    }
  });
});
