/** Writes a cleaned text to its target atomically: a reader never sees half a file. */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { describeErrorCode } from '../io/read-input.js';
import { temporaryPathBeside } from '../io/temporary-path.js';
import { keptUtf8Pieces, utf8Pieces, type KeptText } from '../io/utf8-pieces.js';

// Folders this thread already made: a run of 10,000 files in 10 folders asks the file system 10 times.
const madeFolders = new Set<string>();

// A full disk may first accept part of a write: every byte is accounted for, and a write that
// makes no progress is an error, so a short file is never renamed into place.
function writeBytes(descriptor: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) {
    const count = writeSync(descriptor, bytes, written, bytes.length - written);
    if (count <= 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    written += count;
  }
}

// Text goes out a megabyte at a time (utf8-pieces.ts).
function writeText(descriptor: number, text: string): void {
  for (const { bytes } of utf8Pieces(text)) writeBytes(descriptor, bytes);
}

/**
 * Writes `content` (text, bytes already encoded as UTF-8, or the kept parts of a text) to `target`
 * through a temporary file in the same folder and a rename, making the folder first. Returns null,
 * or why the write failed.
 */
export function writeOutputFile(target: string, content: string | Uint8Array | KeptText): string | null {
  const folder = dirname(target);
  // Hidden, and opened with "wx": never follows or reuses something already at that path.
  const temporary = temporaryPathBeside(target);
  try {
    if (!madeFolders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      madeFolders.add(folder);
    }
    const descriptor = openSync(temporary, 'wx');
    try {
      if (typeof content === 'string') writeText(descriptor, content);
      else if (content instanceof Uint8Array) writeBytes(descriptor, content);
      else for (const bytes of keptUtf8Pieces(content)) writeBytes(descriptor, bytes);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, target);
    return null;
  } catch (error) {
    rmSync(temporary, { force: true });
    return `cannot write ${target}: ${describeErrorCode(error)}`;
  }
}
