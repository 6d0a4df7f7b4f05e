/** --jsonl: one record out per record in, the text field cleaned, every other byte of the record kept. */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, runShell } from './helpers/run-cli.js';
import { CLEAN, DIRTY, DIRTY_CLEANED, temporaryFolder, writeTree } from './helpers/fixtures.js';
import { samplesFolder } from './helpers/paths.js';

const dirtyJson = JSON.stringify(DIRTY);

describe('--jsonl', () => {
  it('cleans the text field, keeps other fields as written, adds "articleClean"', async () => {
    // A number JSON.parse would round, escapes, key order and spacing: all must survive untouched.
    const input = `{"id": 12345678901234567890, "title":"caf\\u00e9", "text":${dirtyJson}, "tags":["a","b"], "2":true}\n`;
    const run = await runInProcess(['--jsonl'], { stdin: input });
    expect(run.exit).toBe(0);
    const line = run.stdout.trimEnd();
    expect(line.startsWith(`{"id": 12345678901234567890, "title":"caf\\u00e9", "text":${JSON.stringify(DIRTY_CLEANED)}, "tags":["a","b"], "2":true,"articleClean":{"changed":true,`)).toBe(true);
    const record = JSON.parse(line);
    expect(record.articleClean.findings.map((finding: { rule: string }) => finding.rule)).toEqual(['cross-link', 'repeated-block']);
    expect(record.articleClean.links).toEqual(['Another story entirely']);
  });

  it('one record out per record in; unchanged records keep their text bytes; blank lines pass through', async () => {
    const input = [`{"text":"caf\\u00e9 au lait"}`, '', JSON.stringify({ text: DIRTY }), JSON.stringify({ text: CLEAN })].join('\n') + '\n';
    const run = await runInProcess(['--jsonl'], { stdin: input });
    const lines = run.stdout.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(`{"text":"caf\\u00e9 au lait","articleClean":{"changed":false,"findings":[],"links":[],"removedCharacters":0}}`);
    expect(lines[1]).toBe('');
    expect(run.stderr).toMatch(/3 records, 1 changed/);
  });

  it('--text-field picks the field; records without it pass unchanged with one warning', async () => {
    const input = [JSON.stringify({ body: DIRTY }), JSON.stringify({ title: 'no body' }), JSON.stringify({ body: 42 })].join('\n') + '\n';
    const run = await runInProcess(['--jsonl', '--text-field', 'body'], { stdin: input });
    const lines = run.stdout.trimEnd().split('\n');
    expect(JSON.parse(lines[0] as string).body).toBe(DIRTY_CLEANED);
    expect(lines[1]).toBe(JSON.stringify({ title: 'no body' }));
    expect(lines[2]).toBe(JSON.stringify({ body: 42 }));
    expect(run.stderr).toMatch(/^article-clean: -: 2 records with no string field "body": kept as they were$/m);
    expect(run.exit).toBe(0);
  });

  it('a broken line is reported with its number, passed through unchanged, and fails the run', async () => {
    const input = `${JSON.stringify({ text: DIRTY })}\n{"text": oops}\n[1,2]\n${JSON.stringify({ text: CLEAN })}\n`;
    const run = await runInProcess(['--jsonl'], { stdin: input });
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('{"text": oops}');
    expect(lines[2]).toBe('[1,2]');
    expect(run.stderr).toMatch(/^article-clean: -:2: not valid JSON: .* \(passed through unchanged\)$/m);
    expect(run.stderr).toMatch(/^article-clean: -:3: not a JSON object \(passed through unchanged\)$/m);
    expect(run.exit).toBe(2);
  });

  it('a record that already has "articleClean" gets it replaced (cleaning twice changes nothing)', async () => {
    const once = await runInProcess(['--jsonl'], { stdin: JSON.stringify({ text: DIRTY }) + '\n' });
    const twice = await runInProcess(['--jsonl'], { stdin: once.stdout });
    const record = JSON.parse(twice.stdout);
    expect(record.text).toBe(DIRTY_CLEANED);
    expect(Object.keys(record)).toEqual(['text', 'articleClean']);
    expect(record.articleClean.changed).toBe(false);
  });

  it('files: --out-dir mirrors, --write rewrites changed files only, --check lists them', async () => {
    const folder = temporaryFolder();
    writeTree(folder, { 'in/a.jsonl': JSON.stringify({ text: DIRTY }) + '\n', 'in/sub/b.jsonl': JSON.stringify({ text: CLEAN }) + '\n', 'in/c.txt': DIRTY });
    const out = join(folder, 'out');
    const mirrored = await runInProcess(['--jsonl', join(folder, 'in'), '-o', out]);
    expect(mirrored.exit).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'a.jsonl'), 'utf8')).text).toBe(DIRTY_CLEANED);
    expect(readdirSync(join(out, 'sub'))).toEqual(['b.jsonl']);
    const check = await runInProcess(['--jsonl', '--check', join(folder, 'in')]);
    expect(check).toMatchObject({ exit: 1, stdout: `${join(folder, 'in', 'a.jsonl')}\n` });
    const untouched = statSync(join(folder, 'in/sub/b.jsonl')).mtimeMs;
    const written = await runInProcess(['--jsonl', '--write', join(folder, 'in')]);
    expect(written.exit).toBe(0);
    expect(JSON.parse(readFileSync(join(folder, 'in/a.jsonl'), 'utf8')).text).toBe(DIRTY_CLEANED);
    expect(statSync(join(folder, 'in/sub/b.jsonl')).mtimeMs).toBe(untouched);
    expect(readdirSync(join(folder, 'in')).sort()).toEqual(['a.jsonl', 'c.txt', 'sub']);
  });

  it('streams: records come out while input is still coming in (a pipe that never closes early)', () => {
    // The first record must be printed before the input ends: feed one record, wait for its output, then end.
    const command = `coproc AC { article-clean --jsonl -q; }
      echo '${JSON.stringify({ text: DIRTY }).replace(/'/g, "'\\''")}' >&"\${AC[1]}"
      IFS= read -r -t 10 first <&"\${AC[0]}" && echo "got first record: \${#first} characters"
      exec {AC[1]}>&-
      wait $AC_PID; echo "status $?"`;
    const run = runShell(command);
    expect(run.stdout).toMatch(/^got first record: \d+ characters\nstatus 0\n$/);
  });

  it('on two threads (an input long enough to start a worker) writes the bytes and the report of one thread', () => {
    // The sample articles as records, over and over (about 34 MB): a file of 32 MB or more starts a
    // worker once the run has cleaned 6 MB itself. Broken lines, records without the field and blank
    // lines come late too.
    const samples = readdirSync(samplesFolder).filter((name) => name.endsWith('.txt') && !name.endsWith('.expected.txt')).sort();
    const records: string[] = [];
    const expected: string[] = [];
    for (let round = 0, length = 0; length < 34 << 20; round++) {
      for (const name of samples) {
        records.push(JSON.stringify({ id: `${round}/${name}`, text: readFileSync(join(samplesFolder, name), 'utf8') }));
        length += Buffer.byteLength(records[records.length - 1] as string) + 1;
        expected.push(readFileSync(join(samplesFolder, name.replace(/\.txt$/, '.expected.txt')), 'utf8'));
      }
      if (round % 20 === 19) records.push('', '{"id": broken', JSON.stringify({ id: round }));
    }
    const folder = temporaryFolder();
    writeFileSync(join(folder, 'dump.jsonl'), records.join('\n') + '\n');
    const one = runShell('article-clean --jsonl -j 1 dump.jsonl', { cwd: folder });
    const two = runShell('article-clean --jsonl -j 2 dump.jsonl', { cwd: folder });
    // Broken lines fail the run (exit 2), on one thread or two.
    expect(one.exit).toBe(2);
    expect(two).toEqual(one);
    const texts = one.stdout.split('\n').filter((line) => line.startsWith('{"id": "') || line.startsWith('{"id":"')).map((line) => JSON.parse(line).text);
    expect(texts).toEqual(expected);
    // The first broken line follows 20 rounds of samples and a blank line.
    const firstBroken = 20 * samples.length + 2;
    expect(one.stderr).toMatch(new RegExp(`^article-clean: dump\\.jsonl:${firstBroken}: not valid JSON: .* \\(passed through unchanged\\)$`, 'm'));
  });
});
