/** Writes a cleaned text to its target atomically: a reader never sees half a file. */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { describeErrorCode } from '../io/read-input.js';
import { temporaryPathBeside } from '../io/temporary-path.js';

// Folders this thread already made: a run of 10,000 files in 10 folders asks the file system 10 times.
const madeFolders = new Set<string>();

// Text goes out in pieces of about a megabyte, each encoded into one reused buffer: writing a
// 100 MB string at once would first encode all of it into a second, 100 MB buffer, and a new
// buffer for each piece leaves a hundred of them, 200 MB of Arabic, for the collector to find.
const PIECE = 1 << 20;
// A UTF-16 code unit takes at most 3 bytes of UTF-8 (a surrogate pair, two units, takes 4).
const BYTES_PER_UNIT = 3;
const encoder = new TextEncoder();
// Grown to what the texts need, so a run of small files never holds the full few megabytes.
let scratch = new Uint8Array(0);

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

// The UTF-8 of `piece`, in the scratch buffer; lone surrogates become U+FFFD, as Buffer.from writes them.
function encodePiece(piece: string): Uint8Array {
  const size = piece.length * BYTES_PER_UNIT;
  if (scratch.length < size) scratch = new Uint8Array(Math.max(size, Math.min(PIECE * BYTES_PER_UNIT, scratch.length * 2)));
  return scratch.subarray(0, encoder.encodeInto(piece, scratch).written);
}

function writeText(descriptor: number, text: string): void {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + PIECE);
    // Never split a surrogate pair: each half alone would be written as U+FFFD.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    writeBytes(descriptor, encodePiece(text.slice(start, end)));
    start = end;
  }
}

/**
 * Writes `content` (text, or bytes already encoded as UTF-8) to `target` through a temporary file
 * in the same folder and a rename, making the folder first. Returns null, or why the write failed.
 */
export function writeOutputFile(target: string, content: string | Uint8Array): string | null {
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
      else writeBytes(descriptor, content);
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
