/**
 * The file worker of a run that cleans in the thread that started it (see file-thread.ts): it
 * writes cleaned texts to their outputs, atomically, and reads (and decodes) the files the other
 * thread asks for next; it never loads the engine. Each request gets one reply, in order.
 */
import { parentPort } from 'node:worker_threads';
import type { FileReply, FileRequest } from './file-thread.js';
import { writeOutputFile } from './write-output.js';
import { decodeOutcomes, readFiles } from './read-files.js';

const port = parentPort;

function answer(request: FileRequest): void {
  if (request.kind === 'write') {
    const reply: FileReply = { kind: 'write', failures: request.outputs.map(({ target, text }) => writeOutputFile(target, text)) };
    port?.postMessage(reply);
    return;
  }
  const outcomes = decodeOutcomes(readFiles(request.paths, request.maxBytes, request.byteBudget), request.encoding);
  const reply: FileReply = { kind: 'read', outcomes };
  // The bytes move to the other thread without a copy.
  port?.postMessage(reply, outcomes.flatMap((outcome) => ('bytes' in outcome ? [outcome.bytes.buffer as ArrayBuffer] : [])));
}

port?.on('message', answer);
const ready: FileReply = { kind: 'ready' };
port?.postMessage(ready);
