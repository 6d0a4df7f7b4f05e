/**
 * A worker of a JSON Lines run (jsonl-workers.ts): resolves the options once, then decodes and
 * cleans each region of record lines it is sent and answers with the cleaned lines and their
 * reports, in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { resolveOptions } from '../engine/options.js';
import type { LineRegion } from '../io/line-regions.js';
import { cleanRecordRegion } from './jsonl-record.js';
import type { JsonlWorkerSettings } from './jsonl-workers.js';

const data = workerData as JsonlWorkerSettings;
const options = resolveOptions(data.options);
const port = parentPort;

port?.on('message', (region: LineRegion) => {
  port.postMessage(cleanRecordRegion(region, data.textField, options, true));
});
