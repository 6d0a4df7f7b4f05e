/** Reads one input file whole, within a size limit, with errors a person can act on. */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import { formatByteSize } from './byte-size.js';

/** The default --max-size: far above any article, far below what a JS string can hold. */
export const DEFAULT_MAX_BYTES = 256 * 1024 ** 2;
/** The longest string V8 can build (0x1fffffe8 code units); no single input may be larger. */
export const HARD_MAX_BYTES = 0x1fffffe8;

/** A file that could not be read, with a short reason ("too large: 1 GiB, limit 256 MiB ..."). */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    message: string,
    readonly code: 'too-large' | 'not-a-file',
  ) {
    super(message);
  }
}

function tooLarge(size: number, maxBytes: number): InputError {
  return new InputError(`too large: ${formatByteSize(size)}, limit ${formatByteSize(maxBytes)} (raise it with --max-size)`, 'too-large');
}

// A stream's size is not known when it is refused, only that it is over the limit (the bytes read
// so far would mislead).
function streamTooLarge(maxBytes: number): InputError {
  return new InputError(`too large: more than the limit of ${formatByteSize(maxBytes)} (raise it with --max-size)`, 'too-large');
}

/** Reads all of a stream (standard input, a pipe) within `maxBytes`. */
export async function readAllWithin(chunks: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const part = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    size += part.length;
    if (size > maxBytes) throw streamTooLarge(maxBytes);
    parts.push(part);
  }
  return Buffer.concat(parts, size);
}

/** Reads a regular file (or a pipe such as `<(command)`), refusing folders and anything over `maxBytes`. */
export async function readInputFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError('is a directory', 'not-a-file');
    if (!info.isFile()) return await readAllWithin(handle.createReadStream({ autoClose: false }), maxBytes);
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
    const bytes = await handle.readFile();
    // The file may have grown since it was measured.
    if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
    return bytes;
  } finally {
    await handle.close();
  }
}

/**
 * The same read, synchronously, into bytes of their own: a fresh ArrayBuffer that can be handed to a
 * worker thread without a copy (readFileSync may return a slice of a shared pool). For the many
 * small files of a folder run, a promise per read costs more than the read.
 */
export function readInputFileSync(path: string, maxBytes: number): Uint8Array {
  const descriptor = openSync(path, 'r');
  try {
    const info = fstatSync(descriptor);
    if (info.isDirectory()) throw new InputError('is a directory', 'not-a-file');
    if (!info.isFile() || info.size === 0) {
      // A pipe, or a special file that reports no size but has content all the same.
      const bytes = new Uint8Array(readFileSync(descriptor));
      if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
      return bytes;
    }
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
    return fillFrom(descriptor, new Uint8Array(info.size));
  } finally {
    closeSync(descriptor);
  }
}

// Reads from the descriptor's offset into `bytes` until they are full or the file ends.
function fillFrom(descriptor: number, bytes: Uint8Array): Uint8Array {
  let filled = 0;
  while (filled < bytes.length) {
    const read = readSync(descriptor, bytes, filled, bytes.length - filled, null);
    if (read === 0) return bytes.slice(0, filled);
    filled += read;
  }
  return bytes;
}

/**
 * An open descriptor that is a regular file (standard input as `< article.txt`), read at once from
 * where its offset stands into bytes of their own: read as a stream, its pieces and their join held
 * the text twice. Null for anything else (a pipe, a terminal), which is read as a stream: so is a
 * file that reports no size (a /proc file has content all the same) or more than `maxBytes` (the
 * stream counts what is actually left to read).
 */
export function readRegularFileDescriptor(descriptor: number, maxBytes: number): Uint8Array | null {
  const info = fstatSync(descriptor);
  if (!info.isFile() || info.size === 0 || info.size > maxBytes) return null;
  return fillFrom(descriptor, new Uint8Array(info.size));
}

/** A short reason for a failed read or write ("permission denied", "dangling symbolic link"). */
export async function describeFileError(error: unknown, path?: string): Promise<string> {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' && path !== undefined && (await isSymbolicLink(path))) return 'dangling symbolic link (its target does not exist)';
  return describeErrorCode(error);
}

/** The reason for an error by its code, without looking at the file system. */
export function describeErrorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'not a directory';
    case 'EEXIST': return 'a file is in the way of a folder';
    case 'ELOOP': return 'symbolic link loop';
    case 'ENOSPC': return 'no space left on device';
    case 'EROFS': return 'read-only file system';
    case 'EDQUOT': return 'disk quota exceeded';
    case 'ENAMETOOLONG': return 'path too long';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    case 'EIO': return 'input/output error';
    default: return error instanceof Error ? error.message : String(error);
  }
}

async function isSymbolicLink(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isSymbolicLink();
  } catch {
    return false;
  }
}
