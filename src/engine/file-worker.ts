/**
 * The file worker of a run whose cleaning stays in the thread that started it (see file-thread.ts):
 * it reads the inputs and writes the cleaned outputs, and never loads the engine. The requests are
 * answered in the order they come, one reply each.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readFailure, type FileResult } from './clean-file.js';
import { readInputFileSync } from '../io/read-input.js';
import type { FileReply, FileRequest, FileWorkerSettings } from './file-thread.js';
import { writeOutputFile } from './write-output.js';

const { paths, maxBytes } = workerData as FileWorkerSettings;
const port = parentPort;
// The next input to read.
let cursor = 0;

function readFiles(files: number, batchBytes: number): { contents: (Uint8Array | FileResult)[]; transfer: ArrayBuffer[] } {
  const contents: (Uint8Array | FileResult)[] = [];
  const transfer: ArrayBuffer[] = [];
  let size = 0;
  while (cursor < paths.length && contents.length < files && size < batchBytes) {
    const path = paths[cursor++] as string;
    try {
      const content = readInputFileSync(path, maxBytes);
      size += content.length;
      // readInputFileSync gives each file an ArrayBuffer of its own: it moves without a copy.
      transfer.push(content.buffer as ArrayBuffer);
      contents.push(content);
    } catch (error) {
      contents.push(readFailure(path, error));
    }
  }
  return { contents, transfer };
}

port?.on('message', (request: FileRequest) => {
  if (request.kind === 'read') {
    const { contents, transfer } = readFiles(request.files, request.bytes);
    const reply: FileReply = { kind: 'read', contents };
    port.postMessage(reply, transfer);
    return;
  }
  const reply: FileReply = { kind: 'written', failures: request.outputs.map(({ target, text }) => writeOutputFile(target, text)) };
  port.postMessage(reply);
});
