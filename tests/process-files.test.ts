/** processFiles: the same results in the same order on worker threads as in this thread. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFiles, resolveOptions, type InputFile } from '../src/index.js';
import { samplesFolder } from './helpers/paths.js';

// Enough files to go to the workers (64 or more), made from the samples so results vary.
function makeInputs(): InputFile[] {
  const folder = mkdtempSync(join(tmpdir(), 'article-clean-pool-'));
  const samples = readdirSync(samplesFolder).filter((name) => name.endsWith('.txt') && !name.endsWith('.expected.txt')).sort();
  const inputs: InputFile[] = [];
  for (let index = 0; index < 80; index++) {
    const path = join(folder, `f${String(index).padStart(3, '0')}.txt`);
    writeFileSync(path, readFileSync(join(samplesFolder, samples[index % samples.length] as string)));
    inputs.push({ path, root: folder });
  }
  inputs.splice(40, 0, { path: join(folder, 'missing.txt'), root: folder });
  return inputs;
}

async function collect(inputs: InputFile[], jobs: number): Promise<unknown[]> {
  const results: unknown[] = [];
  for await (const { input, result } of processFiles(inputs, resolveOptions({}), { jobs })) results.push({ input: input.path, result });
  return results;
}

describe('processFiles', () => {
  const inputs = makeInputs();

  it('yields in input order on workers, equal to a run in this thread, a missing file included', async () => {
    const inThread = await collect(inputs, 1);
    const onWorkers = await collect(inputs, 2);
    expect(onWorkers).toEqual(inThread);
    // Three threads: this one and two workers share the batches.
    expect(await collect(inputs, 3)).toEqual(inThread);
    expect(onWorkers.map((item) => (item as { input: string }).input)).toEqual(inputs.map((input) => input.path));
    expect(onWorkers[40]).toMatchObject({ result: { ok: false, error: 'no such file or directory' } });
  });

  it('keeps the order when batches are cut by size (files of several megabytes among small ones)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'article-clean-big-'));
    // Over the 4 MB a batch holds, and nothing to cut: the test is about order, not cleaning.
    const big = `${'word '.repeat(900_000)}\n`;
    const mixed = inputs.map((input, index) => {
      if (index % 20 !== 5) return input;
      const path = join(folder, `big${index}.txt`);
      writeFileSync(path, big);
      return { path, root: folder };
    });
    const onWorkers = await collect(mixed, 2);
    expect(onWorkers).toEqual(await collect(mixed, 1));
    expect(onWorkers.map((item) => (item as { input: string }).input)).toEqual(mixed.map((input) => input.path));
  });

  it('writes each output where it cleans the file', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'article-clean-out-'));
    const targets = inputs.map((input, index) => ({ ...input, output: join(outDir, 'sub', `o${index}.txt`) }));
    mkdirSync(join(outDir, 'sub'), { recursive: true });
    for await (const { input, result } of processFiles(targets, resolveOptions({}), { jobs: 2 })) {
      if (!result.ok) continue;
      expect(readFileSync(input.output as string, 'utf8')).toBe(result.text);
    }
    expect(readdirSync(join(outDir, 'sub')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('without texts, the workers read and write the files themselves: the same files, cuts and errors as in this thread', async () => {
    const run = async (jobs: number): Promise<{ results: unknown[]; outputs: string[] }> => {
      const outDir = mkdtempSync(join(tmpdir(), 'article-clean-out-'));
      const targets = inputs.map((input, index) => ({ ...input, output: join(outDir, 'sub', `o${String(index).padStart(3, '0')}.txt`) }));
      const results: unknown[] = [];
      for await (const { input, result } of processFiles(targets, resolveOptions({}), { jobs, withoutTexts: true })) results.push({ input: input.path, result });
      const outputs = readdirSync(join(outDir, 'sub')).sort().map((name) => readFileSync(join(outDir, 'sub', name), 'utf8'));
      return { results, outputs };
    };
    const onWorkers = await run(2);
    const inThread = await run(1);
    expect(onWorkers).toEqual(inThread);
    // 80 outputs, one per readable input, and no text came back with the results.
    expect(onWorkers.outputs).toHaveLength(80);
    expect(onWorkers.results.every((item) => { const result = (item as { result: { ok: boolean; text?: string } }).result; return !result.ok || result.text === ''; })).toBe(true);
    expect(onWorkers.results[40]).toMatchObject({ result: { ok: false, error: 'no such file or directory' } });
  });

  it('without texts and without outputs (a --check run), the same results with both texts left out, on workers and here', async () => {
    const withTexts = (await collect(inputs, 1)) as { input: string; result: { ok: boolean } }[];
    const leftOut = withTexts.map(({ input, result }) => ({ input, result: result.ok ? { ...result, text: '', original: '' } : result }));
    expect(leftOut.some(({ result }) => result.ok && (result as { changed?: boolean }).changed === true)).toBe(true);
    for (const jobs of [1, 2]) {
      const results: unknown[] = [];
      for await (const { input, result } of processFiles(inputs, resolveOptions({}), { jobs, withoutTexts: true })) results.push({ input: input.path, result });
      expect(results).toEqual(leftOut);
    }
  });

  it('takes files as they are found, a window at a time, with the results of the same files as a list', async () => {
    // 2,000 inputs, found 100 at a time: more than any thread count looks ahead at here.
    const many = Array.from({ length: 2000 }, (_, index) => inputs[index % inputs.length] as InputFile);
    const outDir = mkdtempSync(join(tmpdir(), 'article-clean-stream-'));
    for (const [jobs, writes] of [[1, false], [2, false], [2, true]] as const) {
      const planned = many.map((input, index) => (writes ? { ...input, output: join(outDir, `${jobs}-${index}.txt`) } : input));
      let found = 0;
      let foundAtFirstResult = -1;
      async function* asFound(): AsyncGenerator<InputFile[]> {
        for (let from = 0; from < planned.length; from += 100) {
          found += 100;
          yield planned.slice(from, from + 100);
        }
      }
      const streamed: unknown[] = [];
      for await (const { input, result } of processFiles(asFound(), resolveOptions({}), { jobs, withoutTexts: writes })) {
        if (foundAtFirstResult === -1) foundAtFirstResult = found;
        streamed.push({ input: input.path, result });
      }
      const listed: unknown[] = [];
      for await (const { input, result } of processFiles(planned, resolveOptions({}), { jobs, withoutTexts: writes })) listed.push({ input: input.path, result });
      expect(streamed).toEqual(listed);
      expect(streamed).toHaveLength(2000);
      // The first result came while most files were still to be found.
      expect(foundAtFirstResult).toBeGreaterThan(0);
      expect(foundAtFirstResult).toBeLessThanOrEqual(700);
    }
  });
});

describe('writeOutputFile', () => {
  it('writes text in pieces without splitting a surrogate pair across two pieces', async () => {
    const { writeOutputFile } = await import('../src/engine/write-output.js');
    const target = join(mkdtempSync(join(tmpdir(), 'article-clean-write-')), 'deep', 'out.txt');
    const text = `${'a'.repeat((1 << 20) - 1)}😀b${'ك'.repeat(1 << 20)}`;
    expect(writeOutputFile(target, text)).toBeNull();
    expect(readFileSync(target, 'utf8')).toBe(text);
  });
});
