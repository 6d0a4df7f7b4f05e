/** Reads a file into bytes of its own, which can be handed to a worker thread without a copy. */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

/**
 * The bytes of a file in a fresh ArrayBuffer. (readFileSync may return a slice of a shared pool,
 * which cannot be transferred to another thread.)
 */
export function readFileBytes(path: string): Uint8Array {
  const descriptor = openSync(path, 'r');
  try {
    const size = fstatSync(descriptor).size;
    // A size of 0 may be a special file that has content all the same: read it the general way.
    if (size === 0) return new Uint8Array(readFileSync(descriptor));
    const bytes = new Uint8Array(size);
    let filled = 0;
    while (filled < size) {
      const read = readSync(descriptor, bytes, filled, size - filled, null);
      if (read === 0) return bytes.slice(0, filled);
      filled += read;
    }
    return bytes;
  } finally {
    closeSync(descriptor);
  }
}
