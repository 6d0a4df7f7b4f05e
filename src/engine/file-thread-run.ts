/**
 * A run on two threads that writes its outputs: this thread cleans every file, a file worker
 * (file-thread.ts) reads them ahead and writes the cleaned texts behind. Results come in input
 * order, each once its output is written.
 */
import { cleanBytes, writeFailure, type FileOptions, type FileResult } from './clean-file.js';
import type { InputFile } from './process-files.js';
import { DEFAULT_MAX_BYTES } from '../io/read-input.js';
import { startFileThread, type FileThread, type OutputFile } from './file-thread.js';

// A batch amortizes the messages: up to 32 files, and no more than 4 MB unless one file is larger.
// Four batches read ahead keep this thread from waiting on the file worker, and bound memory.
const BATCH_FILES = 32;
const BATCH_BYTES = 4 << 20;
const READS_AHEAD = 4;

// A cleaned batch waiting for its outputs to be written; `failures` is read without waiting once they are.
interface CleanedBatch {
  readonly inputs: readonly InputFile[];
  readonly results: readonly FileResult[];
  /** Per result: the index of its output in the write request, or -1 for a result not written. */
  readonly writes: readonly number[];
  readonly written: Promise<(string | null)[]>;
  failures: (string | null)[] | null;
}

function cleanBatch(thread: FileThread, inputs: readonly InputFile[], contents: readonly (Uint8Array | FileResult)[], options: FileOptions): CleanedBatch {
  const results: FileResult[] = [];
  const writes: number[] = [];
  const outputs: OutputFile[] = [];
  contents.forEach((content, position) => {
    const input = inputs[position] as InputFile;
    const result = content instanceof Uint8Array ? cleanBytes(input.path, content, options) : content;
    results.push(result);
    if (result.ok && input.output !== undefined) {
      writes.push(outputs.length);
      outputs.push({ target: input.output, text: result.text });
    } else {
      writes.push(-1);
    }
  });
  const batch: CleanedBatch = { inputs, results, writes, written: thread.write(outputs), failures: null };
  void batch.written.then((failures) => {
    batch.failures = failures;
  });
  return batch;
}

// A written file's result, as cleanPath gives it: without its texts when the caller needs none.
function* finishBatch(batch: CleanedBatch, failures: readonly (string | null)[], withoutTexts: boolean): Generator<{ input: InputFile; result: FileResult }> {
  for (let position = 0; position < batch.results.length; position++) {
    const input = batch.inputs[position] as InputFile;
    const result = batch.results[position] as FileResult;
    const write = batch.writes[position] as number;
    if (write === -1 || !result.ok) {
      yield { input, result };
      continue;
    }
    const failure = failures[write] ?? null;
    if (failure !== null) yield { input, result: writeFailure(input.path, failure) };
    else yield { input, result: withoutTexts ? { ...result, text: '', original: '' } : result };
  }
}

/** Cleans `inputs` here while a file worker reads and writes them; yields in input order. */
export async function* cleanWithFileThread(inputs: readonly InputFile[], options: FileOptions, withoutTexts: boolean): AsyncGenerator<{ input: InputFile; result: FileResult }> {
  const thread = await startFileThread({ paths: inputs.map((input) => input.path), maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES });
  const reads: Promise<(Uint8Array | FileResult)[]>[] = [];
  const cleaned: CleanedBatch[] = [];
  let requested = 0;
  let cursor = 0;
  const readAhead = (): void => {
    // Each read takes at least one file: no more reads are asked than files are left.
    while (reads.length < READS_AHEAD && requested < inputs.length - cursor) {
      requested++;
      reads.push(thread.read(BATCH_FILES, BATCH_BYTES));
    }
  };
  try {
    readAhead();
    for (let read = reads.shift(); read !== undefined; read = reads.shift()) {
      const contents = await read;
      requested--;
      if (contents.length === 0) continue;
      const batchInputs = inputs.slice(cursor, cursor + contents.length);
      cursor += contents.length;
      readAhead();
      cleaned.push(cleanBatch(thread, batchInputs, contents, options));
      while (cleaned[0]?.failures != null) {
        const done = cleaned.shift() as CleanedBatch;
        yield* finishBatch(done, done.failures as (string | null)[], withoutTexts);
      }
    }
    for (const batch of cleaned) yield* finishBatch(batch, await batch.written, withoutTexts);
  } finally {
    await thread.close();
  }
}
