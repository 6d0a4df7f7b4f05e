/** A worker of processFiles: resolves the options once, then cleans each batch of paths it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { resolveOptions, type CleanOptions } from './options.js';
import { cleanPath } from './clean-path.js';
import type { BatchRequest, BatchReply } from './worker-pool.js';

const data = workerData as { options: CleanOptions; withoutTexts: boolean };
const options = resolveOptions(data.options);
const port = parentPort;

port?.on('message', ({ id, files }: BatchRequest) => {
  const reply: BatchReply = { id, results: files.map(({ path, output }) => cleanPath(path, options, output, data.withoutTexts)) };
  port.postMessage(reply);
});
