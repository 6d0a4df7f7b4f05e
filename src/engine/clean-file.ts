/** The engine for files: read, decode, clean. A file that cannot be read becomes an error result. */
import { readFile } from 'node:fs/promises';
import { decodeText } from '../io/decode-text.js';
import { cleanWithResolvedOptions, type CleanResult } from './clean-text.js';
import type { ResolvedOptions } from './options.js';

/** The result for one file: either cleaned, or the reason it could not be. */
export type FileResult =
  | ({ readonly path: string; readonly ok: true; readonly encoding: string; readonly original: string } & CleanResult)
  | { readonly path: string; readonly ok: false; readonly error: string };

/** A short reason for a failed read: "no such file or directory", "permission denied", ... */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

/** Cleans text that was already read (from stdin, say) under a display path. */
export function cleanBytes(path: string, bytes: Uint8Array, options: ResolvedOptions): FileResult {
  try {
    const decoded = decodeText(bytes);
    return { path, ok: true, encoding: decoded.encoding, original: decoded.text, ...cleanWithResolvedOptions(decoded.text, options) };
  } catch (error) {
    return { path, ok: false, error: describeError(error) };
  }
}

/** Reads and cleans one file. Never throws: failures come back as `ok: false`. */
export async function cleanFile(path: string, options: ResolvedOptions): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { path, ok: false, error: describeError(error) };
  }
  return cleanBytes(path, bytes, options);
}
