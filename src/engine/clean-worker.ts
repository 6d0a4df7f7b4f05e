/**
 * A worker of processFiles: resolves the options once, then cleans each file of the batches it is
 * sent: files sent as bytes are decoded, cleaned and (when asked) encoded, the bytes coming and
 * going without copies; files sent as paths are read, cleaned and written here.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { resolveOptions } from './options.js';
import { cleanBytes, type FileResult } from './clean-file.js';
import { cleanPath } from './clean-path.js';
import type { BatchRequest, CleanedBatch, WorkerSettings } from './worker-pool.js';

const data = workerData as WorkerSettings;
const options = { ...resolveOptions(data.options), maxBytes: data.maxBytes, ...(data.encoding === undefined ? {} : { encoding: data.encoding }) };
const encoder = new TextEncoder();
const port = parentPort;

port?.on('message', ({ files }: BatchRequest) => {
  const results: FileResult[] = [];
  const outputs: (Uint8Array | null)[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const file of files) {
    if (!('bytes' in file)) {
      results.push(cleanPath(file.path, options, file.output, data.withoutTexts));
      outputs.push(null);
      continue;
    }
    const { path, bytes, encodeOutput } = file;
    const result = cleanBytes(path, bytes, options);
    // TextEncoder gives each output an ArrayBuffer of its own, which can be transferred.
    const output = result.ok && encodeOutput ? encoder.encode(result.text) : null;
    if (output !== null) transfer.push(output.buffer as ArrayBuffer);
    outputs.push(output);
    // Bytes come only for files whose text the caller wants (see sendBatch): the result keeps it.
    results.push(result);
  }
  const reply: CleanedBatch = { results, outputs };
  port.postMessage(reply, transfer);
});
