/**
 * The records of a JSON Lines input cleaned on all cores, in input order. The input is cut into
 * regions of whole lines (line-regions.ts), which the thread that cleans a region decodes and
 * splits itself. Once a run has shown it is long enough to pay for a second engine's warm-up,
 * worker threads take the regions they have room for and this thread cleans the others, as a
 * folder run on workers does (process-files.ts). What waits in line is bounded, so a dump of many
 * GB runs in the memory of a few regions.
 */
import type { CleanOptions } from '../engine/options.js';
import type { FileOptions } from '../engine/clean-file.js';
import { nextTurn, settling, type Settling } from '../engine/settling.js';
import { startThreadPool, workerFailure, type ThreadPool } from '../engine/thread-pool.js';
import { lineRegions, regionLines, type LineRegion } from '../io/line-regions.js';
import { cleanRecordRegion, type CleanedRegion } from './jsonl-record.js';

/** What every worker of a JSON Lines run is started with. */
export interface JsonlWorkerSettings {
  /** The options, which each worker resolves itself. */
  readonly options: CleanOptions;
  readonly textField: string;
}

// A second engine first spends about half a CPU second warming up, and slows this thread's own
// warm-up (its code is optimized on the other core): on two cores, a 10 MB input took 1.12 times as
// long with a worker, 31 MB as long, 60 MB 0.86 times. So a file of 32 MB or more starts its workers
// once this thread has cleaned its first 6 MB; standard input, whose length is not known, once 32 MB
// have come in (a block of `parallel --pipe` stays in this thread).
const MIN_FILE_BYTES_FOR_WORKERS = 32 << 20;
const FILE_BYTES_BEFORE_WORKERS = 6 << 20;
const STREAM_BYTES_BEFORE_WORKERS = 32 << 20;
// Regions in line: up to sixteen per cleaning thread (some 8 MB on two), so that this thread does
// not wait for the first regions of a worker still warming up (155 MB: 0.72 times one thread's
// time instead of 0.76 with four).
const REGIONS_PER_THREAD = 16;

// The bundle of jsonl-worker.js made by npm run build, two folders up from this module wherever
// it runs from: dist/cli/ (the library and the CLI bundle) or src/cli/ (tests).
const workerScript = new URL('../../dist/cli/jsonl-worker-bundle.js', import.meta.url);

// A region whose worker failed: its lines pass through unchanged, each reported.
function failedRegion(region: LineRegion, error: unknown): CleanedRegion {
  const lines = regionLines(region);
  const reason = workerFailure(error);
  return { output: lines.map((line) => `${line}\n`).join(''), reports: lines.map(() => ({ kind: 'invalid', error: reason })) };
}

function startWorkers(count: number, settings: JsonlWorkerSettings): Promise<ThreadPool<LineRegion, CleanedRegion>> {
  // A region is copied to its worker, not moved: if the worker fails, its lines are still here.
  return startThreadPool(count, { script: workerScript, workerData: settings, transferOf: () => [], failed: failedRegion });
}

/**
 * Cleans the `textField` of each record of `chunks` (the bytes of a JSON Lines input, `size` of
 * them when it is a file, else null) on `threads` threads, this one and workers, once the input
 * is long enough; yields the cleaned regions in input order.
 */
export async function* cleanRecordChunks(
  chunks: AsyncIterable<Uint8Array | string>,
  size: number | null,
  textField: string,
  options: FileOptions,
  threads: number,
): AsyncGenerator<CleanedRegion> {
  // Workers resolve the options again from their plain-data source.
  const mayUseWorkers = threads > 1 && options.source !== undefined && (size === null || size >= MIN_FILE_BYTES_FOR_WORKERS);
  const bytesBeforeWorkers = size === null ? STREAM_BYTES_BEFORE_WORKERS : FILE_BYTES_BEFORE_WORKERS;
  let pool: ThreadPool<LineRegion, CleanedRegion> | null = null;
  let bytesCleanedHere = 0;
  const queue: Settling<CleanedRegion>[] = [];
  try {
    for await (const region of lineRegions(chunks)) {
      if (pool === null && mayUseWorkers && bytesCleanedHere >= bytesBeforeWorkers) pool = await startWorkers(threads - 1, { options: options.source ?? {}, textField });
      if (pool?.hasRoom()) queue.push(settling(pool.run(region)));
      else {
        queue.push(settling(Promise.resolve(cleanRecordRegion(region, textField, options))));
        bytesCleanedHere += region.bytes.length;
      }
      await nextTurn();
      // Whatever is back at the head of the line goes out; a full line waits for its head.
      while (queue.length > 0 && ((queue[0] as Settling<CleanedRegion>).value !== null || queue.length >= threads * REGIONS_PER_THREAD)) {
        yield await (queue.shift() as Settling<CleanedRegion>).promise;
      }
    }
    for (const region of queue) yield await region.promise;
  } finally {
    await pool?.close();
  }
}
