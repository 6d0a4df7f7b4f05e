/** The hidden temporary files that atomic writes go through, named in one place. */
import { basename, dirname, join } from 'node:path';

// A name must differ between processes (the pid), between the threads of one process (a tag drawn
// once per thread, without loading node:worker_threads or node:crypto, which a one-file run does
// not need) and between the writes of one thread (a counter). The file is opened with "wx" all the
// same, so a clash fails instead of overwriting.
const threadTag = Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, '0');
let writes = 0;

/** A fresh hidden path beside `target`: ".NAME.article-clean-PID-HEX.tmp". */
export function temporaryPathBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.article-clean-${process.pid}-${threadTag}${(writes++).toString(16)}.tmp`);
}
