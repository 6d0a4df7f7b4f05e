/**
 * The write worker of a run that cleans in the thread that started it (see write-thread.ts): it
 * writes cleaned texts to their outputs, atomically, and never loads the engine. Each request gets
 * one reply, in order.
 */
import { parentPort } from 'node:worker_threads';
import type { WriteReply, WriteRequest } from './write-thread.js';
import { writeOutputFile } from './write-output.js';

const port = parentPort;

port?.on('message', ({ outputs }: WriteRequest) => {
  const reply: WriteReply = { failures: outputs.map(({ target, text }) => writeOutputFile(target, text)) };
  port.postMessage(reply);
});
