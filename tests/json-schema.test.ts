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
