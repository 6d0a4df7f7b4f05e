/**
 * V8's optimizing compiler set for runs over many texts, which spend much of their processor time
 * in it: inlining at most 200 bytes of bytecode into a function (V8's default is 920) took about 4%
 * off the wall time of 10,000 articles (README, "The optimizing compiler inlines less"). Set when a
 * run knows it has many texts (CliIo.onManyTexts) rather than by the bin for every run: node:v8
 * loads some 30 of Node's internal modules, which a one-file run does without. And only once the
 * bundle is loaded: V8 rejects a code cache made under other flags.
 */
import { setFlagsFromString } from 'node:v8';

let isSet = false;

/** Makes V8 inline less from now on (process-wide, the workers included); once a process. */
export function inlineLessForManyTexts(): void {
  if (isSet) return;
  isSet = true;
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
}
