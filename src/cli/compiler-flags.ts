/**
 * V8's optimizing compiler set for runs over many texts. Such a run spends much of its processor
 * time in the compiler, which has threads of its own: of the 1.9 CPU seconds of 10,000 articles,
 * about 0.6 s, next to 0.8 s on the main thread and 0.4 s on the file thread. Inlining at most 200
 * bytes of bytecode into a function (V8's default is 920) cut the compiler's share to about 0.45 s
 * and the run's wall time by about 4%; a JSON Lines run gained 3%, the 100 MB file and one file
 * kept their speed (medians of alternated pairs, same outputs).
 *
 * Set here, when a run turns out to have many texts, rather than by the bin for every run: loading
 * node:v8 loads some 30 of Node's internal modules (its heap snapshots are streams), which a
 * one-file run, the unit of a shell loop, does not need. Set after the bundle is loaded in any case:
 * V8 rejects a code cache made under other flags (the one-file run then took 1.12 times as long).
 */
import { setFlagsFromString } from 'node:v8';

let isSet = false;

/** Makes V8 inline less from now on (process-wide, the workers included); once a process. */
export function inlineLessForManyTexts(): void {
  if (isSet) return;
  isSet = true;
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
}
