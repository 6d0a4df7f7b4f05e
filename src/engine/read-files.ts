/**
 * Files read for cleaning, in a form that crosses threads: the file thread of a two-thread run
 * reads the next batch while the main thread cleans this one. A read that failed carries what it
 * threw, so that the thread that cleans reports it exactly as if it had read the file itself.
 */
import { InputError, readInputFileSync } from '../io/read-input.js';
import { decodeText, type DecodedText } from '../io/decode-text.js';

/** What a failed read threw, as plain data. */
export interface ReadError {
  readonly message: string;
  /** Set when an InputError was thrown (too large, not a file). */
  readonly inputCode?: InputError['code'];
  /** The errno code of a system error ("ENOENT"). */
  readonly errnoCode?: string;
  readonly stack?: string;
}

/** A file's bytes, its text when the thread that read it decoded it too, or why it could not be read. */
export type ReadOutcome = { readonly bytes: Uint8Array } | { readonly decoded: DecodedText } | { readonly error: ReadError };

function readErrorOf(error: unknown): ReadError {
  if (error instanceof InputError) return { message: error.message, inputCode: error.code };
  const errnoCode = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (errnoCode !== undefined) return { message, errnoCode };
  return error instanceof Error && error.stack !== undefined ? { message, stack: error.stack } : { message };
}

/** The error a read threw, rebuilt: an InputError, or an Error with its errno code. */
export function thrownBy(error: ReadError): Error {
  if (error.inputCode !== undefined) return new InputError(error.message, error.inputCode);
  const rebuilt = Object.assign(new Error(error.message), error.errnoCode === undefined ? {} : { code: error.errnoCode });
  if (error.stack !== undefined) rebuilt.stack = error.stack;
  return rebuilt;
}

/**
 * Reads `paths` in order until their bytes reach `byteBudget` (at least one file is read): the
 * outcomes of the first files of `paths`, as many as were read.
 */
export function readFiles(paths: readonly string[], maxBytes: number, byteBudget: number): ReadOutcome[] {
  const outcomes: ReadOutcome[] = [];
  let bytes = 0;
  for (const path of paths) {
    if (outcomes.length > 0 && bytes >= byteBudget) break;
    try {
      const read = readInputFileSync(path, maxBytes);
      bytes += read.length;
      outcomes.push({ bytes: read });
    } catch (error) {
      outcomes.push({ error: readErrorOf(error) });
    }
  }
  return outcomes;
}

// Above this size a file goes on as bytes, moved without a copy: its text would be copied twice
// on the way (out of one thread and into the other), with both copies held at once.
const MAX_DECODED_BYTES = 1 << 20;

/**
 * The outcomes with each file's bytes decoded (`encoding`: the one the user named, if any), for a
 * thread that reads for another one. A small text crosses threads as a copy, which costs the thread
 * that receives it about a tenth of decoding the bytes (and of taking over their buffer): for the
 * 10,000 articles of the bench, some 20 ms instead of 150 ms of the thread that cleans. Bytes
 * that do not decode stay bytes, so the cleaning thread reports them as it reports any file.
 */
export function decodeOutcomes(outcomes: readonly ReadOutcome[], encoding: string | undefined): ReadOutcome[] {
  return outcomes.map((outcome) => {
    if (!('bytes' in outcome) || outcome.bytes.length > MAX_DECODED_BYTES) return outcome;
    try {
      return { decoded: decodeText(outcome.bytes, encoding) };
    } catch {
      return outcome;
    }
  });
}
