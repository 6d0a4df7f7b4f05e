/** Reads and cleans one file synchronously: the unit of work of processFiles, in a worker or not. */
import { DEFAULT_MAX_BYTES, readInputFileSync } from '../io/read-input.js';
import { cleanDecoded, cleanDecodedInto, cleanDecodedToCuts, decodeBytes, readFailure, writeFailure, type CleanedToCuts, type DecodedOrFailed, type FileOptions, type FileResult } from './clean-file.js';
import { writeOutputFile } from './write-output.js';

// The bytes live only in here: a 100 MB file's buffer is garbage by the time its text is cleaned.
function readDecoded(path: string, options: FileOptions): DecodedOrFailed {
  let bytes: Uint8Array;
  try {
    bytes = readInputFileSync(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  } catch (error) {
    return { ok: false, failure: readFailure(path, error) };
  }
  return decodeBytes(path, bytes, options);
}

/**
 * Reads and cleans one file, and writes the cleaned text to `output` when one is given.
 * `withoutTexts` leaves the texts out of the result (the caller only counts or lists the cuts):
 * the cleaned text is then never made whole, only written from the kept parts of the text. Sync
 * on purpose: a worker has nothing else to do meanwhile, and for files of a few kilobytes a
 * promise per read costs more than the read.
 */
export function cleanPath(path: string, options: FileOptions, output?: string, withoutTexts = false): FileResult {
  const read = readDecoded(path, options);
  if (!read.ok) return read.failure;
  if (withoutTexts) return output === undefined ? cleanDecodedToCuts(path, read.decoded, options).result : cleanDecodedInto(path, read.decoded, options, output);
  const result = cleanDecoded(path, read.decoded, options);
  if (!result.ok || output === undefined) return result;
  const failure = writeOutputFile(output, result.text);
  return failure === null ? result : writeFailure(path, failure);
}

/** Reads and cleans one file up to its cuts (see cleanDecodedToCuts): for one cleaned text streamed to standard output. */
export function cleanPathToCuts(path: string, options: FileOptions): CleanedToCuts {
  const read = readDecoded(path, options);
  return read.ok ? cleanDecodedToCuts(path, read.decoded, options) : { result: read.failure, kept: null };
}
