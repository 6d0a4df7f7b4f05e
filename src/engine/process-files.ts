/** Cleans a list of files and yields the results in input order. */
import { cleanFile, type FileOptions, type FileResult } from './clean-file.js';

/** A file to clean, and the folder it was found under (for mirroring into an output folder). */
export interface InputFile {
  readonly path: string;
  /** The input root it was found under; its path relative to the root is mirrored. */
  readonly root: string | null;
}

/** Yields one result per input, in the order of `inputs`, whatever order the work finishes in. */
export async function* processFiles(inputs: readonly InputFile[], options: FileOptions): AsyncGenerator<{ input: InputFile; result: FileResult }> {
  for (const input of inputs) {
    yield { input, result: await cleanFile(input.path, options) };
  }
}
