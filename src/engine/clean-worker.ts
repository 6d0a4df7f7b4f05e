/**
 * A worker of processFiles: resolves the options once, then decodes, cleans and (when asked)
 * encodes each file of the batches it is sent. Bytes come and go without copies.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { resolveOptions, type CleanOptions } from './options.js';
import { cleanBytes, type FileResult } from './clean-file.js';
import type { BatchRequest, BatchReply } from './worker-pool.js';

const data = workerData as { options: CleanOptions; encoding?: string; withoutTexts: boolean };
const options = { ...resolveOptions(data.options), ...(data.encoding === undefined ? {} : { encoding: data.encoding }) };
const encoder = new TextEncoder();
const port = parentPort;

port?.on('message', ({ id, files }: BatchRequest) => {
  const results: FileResult[] = [];
  const outputs: (Uint8Array | null)[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const { path, bytes, encodeOutput } of files) {
    const result = cleanBytes(path, bytes, options);
    // TextEncoder gives each output an ArrayBuffer of its own, which can be transferred.
    const output = result.ok && encodeOutput ? encoder.encode(result.text) : null;
    if (output !== null) transfer.push(output.buffer as ArrayBuffer);
    outputs.push(output);
    results.push(result.ok && output !== null && data.withoutTexts ? { ...result, text: '', original: '' } : result);
  }
  const reply: BatchReply = { id, results, outputs };
  port.postMessage(reply, transfer);
});
