/** The engine for files: read, decode, clean. A file that cannot be read or decoded becomes an error result. */
import { DecodeError, decodeText, type DecodedText } from '../io/decode-text.js';
import { DEFAULT_MAX_BYTES, InputError, describeErrorCode, describeFileError, readInputFile } from '../io/read-input.js';
import { cleanWithResolvedOptions, cutsWithResolvedOptions, type CleanResult } from './clean-text.js';
import { writeOutputFile } from './write-output.js';
import type { KeptText } from '../io/utf8-pieces.js';
import type { ResolvedOptions } from './options.js';

/** Engine options plus how to read files. */
export interface FileOptions extends ResolvedOptions {
  /** Decode every input with this encoding instead of detecting it. */
  readonly encoding?: string;
  /** Larger inputs fail with "too large" (default 256 MiB). */
  readonly maxBytes?: number;
}

/** Why a file failed: "binary" content can be skipped in a folder walk; everything else is an error. */
export type FileErrorCode = 'binary' | 'too-large' | 'unreadable' | 'internal';

/** The result for one file: either cleaned, or the reason it could not be. */
export type FileResult =
  | ({ readonly path: string; readonly ok: true; readonly encoding: string; readonly original: string } & CleanResult)
  | { readonly path: string; readonly ok: false; readonly error: string; readonly code: FileErrorCode; readonly stack?: string };

function failure(path: string, error: unknown, reason: string): FileResult {
  if (error instanceof DecodeError) return { path, ok: false, error: reason, code: error.code === 'binary' ? 'binary' : 'unreadable' };
  if (error instanceof InputError) return { path, ok: false, error: reason, code: error.code === 'too-large' ? 'too-large' : 'unreadable' };
  if ((error as NodeJS.ErrnoException | undefined)?.code !== undefined) return { path, ok: false, error: reason, code: 'unreadable' };
  // Anything else is a bug: keep the stack for --debug.
  return { path, ok: false, error: reason, code: 'internal', ...(error instanceof Error && error.stack !== undefined ? { stack: error.stack } : {}) };
}

/** The error result of a file that could not be read, described without looking at the file system again. */
export function readFailure(path: string, error: unknown): FileResult {
  return failure(path, error, error instanceof InputError ? error.message : describeErrorCode(error));
}

/** The error result of a cleaned file that could not be written. */
export function writeFailure(path: string, reason: string): FileResult {
  return { path, ok: false, error: reason, code: 'unreadable' };
}

/** Decoded text, or the error result of bytes that are not text. */
export type DecodedOrFailed = { readonly ok: true; readonly decoded: DecodedText } | { readonly ok: false; readonly failure: FileResult };

/** Decodes the bytes of `path`; bytes that cannot be decoded give the file's error result. */
export function decodeBytes(path: string, bytes: Uint8Array, options: FileOptions): DecodedOrFailed {
  try {
    return { ok: true, decoded: decodeText(bytes, options.encoding) };
  } catch (error) {
    return { ok: false, failure: failure(path, error, error instanceof Error ? error.message : String(error)) };
  }
}

/** Cleans decoded text under a display path. */
export function cleanDecoded(path: string, { text, encoding }: DecodedText, options: FileOptions): FileResult {
  try {
    const { text: cleaned, changed, findings, links, removedCharacters } = cleanWithResolvedOptions(text, options);
    // Spelled out rather than spread: V8 copies a spread after other keys by its slow path.
    return { path, ok: true, encoding, original: text, text: cleaned, changed, findings, links, removedCharacters };
  } catch (error) {
    return failure(path, error, error instanceof Error ? error.message : String(error));
  }
}

/** A cleaned file's result with both texts left out, and its cleaned text as the kept parts of its text (null for a failure). */
export interface CleanedToCuts {
  readonly result: FileResult;
  readonly kept: KeptText | null;
}

/**
 * Cleans decoded text up to its cuts: a writer writes the cleaned text from the kept parts of the
 * text, so that it is never made whole and a large file is held once, as its text.
 */
export function cleanDecodedToCuts(path: string, { text, encoding }: DecodedText, options: FileOptions): CleanedToCuts {
  try {
    const { cuts, changed, findings, links, removedCharacters } = cutsWithResolvedOptions(text, options);
    return { result: { path, ok: true, encoding, original: '', text: '', changed, findings, links, removedCharacters }, kept: { text, cuts } };
  } catch (error) {
    return { result: failure(path, error, error instanceof Error ? error.message : String(error)), kept: null };
  }
}

/** Cleans decoded text and writes the cleaned text to `output` from the kept parts; the result leaves both texts out. */
export function cleanDecodedInto(path: string, decoded: DecodedText, options: FileOptions, output: string): FileResult {
  const { result, kept } = cleanDecodedToCuts(path, decoded, options);
  if (kept === null) return result;
  const failure = writeOutputFile(output, kept);
  return failure === null ? result : writeFailure(path, failure);
}

/** The memory a result's texts take (UTF-16), which bounds what a run lets wait in line; 0 for a failure. */
export function textBytesOf(result: FileResult): number {
  return result.ok ? (result.original.length + result.text.length) * 2 : 0;
}

/** A written file's result without its texts, for a run that only counts cuts. */
export function textsLeftOut(result: FileResult): FileResult {
  return result.ok ? { ...result, text: '', original: '' } : result;
}

/** Cleans text that was already read (from stdin, say) under a display path. */
export function cleanBytes(path: string, bytes: Uint8Array, options: FileOptions): FileResult {
  const decoded = decodeBytes(path, bytes, options);
  return decoded.ok ? cleanDecoded(path, decoded.decoded, options) : decoded.failure;
}

/** Reads and cleans one file. Never throws: failures come back as `ok: false`. */
export async function cleanFile(path: string, options: FileOptions): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readInputFile(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  } catch (error) {
    return failure(path, error, await describeFileError(error, path));
  }
  return cleanBytes(path, bytes, options);
}
