/**
 * A one-line progress bar on stderr. It appears only when stderr is a terminal and the run has
 * already taken a second (short runs and pipes never see it), and redraws at most ten times a second.
 */
import { formatCount } from '../text/count-phrase.js';
import type { OutputStream } from './io.js';

const DELAY_MS = 1000;
const REDRAW_MS = 100;
const WIDTH = 30;
const CLEAR_LINE = '\r\u001b[K';

/** The bar of a run; every method is a no-op when it is disabled. */
export interface ProgressBar {
  /** Files done so far out of the total. */
  update(done: number, total: number): void;
  /** Erases the bar (before another line is written to stderr, and at the end). */
  clear(): void;
  /** Whether the bar can show at all (stderr is a terminal, and no --quiet). */
  readonly isShown: boolean;
}

/** A bar that draws on `stream` when `enabled`, timed by `now` (milliseconds). */
export function createProgressBar(stream: OutputStream, enabled: boolean, now: () => number): ProgressBar {
  // A disabled bar never reads the clock: the first read of `performance` loads perf_hooks
  // (about 0.8 ms), which a one-file run to a pipe or a file has no other use for.
  const startedAt = enabled ? now() : 0;
  let drawnAt = -Infinity;
  let isDrawn = false;
  return {
    update(done, total) {
      if (!enabled || done >= total) return;
      const time = now();
      if (time - startedAt < DELAY_MS || time - drawnAt < REDRAW_MS) return;
      const filled = Math.round((done / total) * WIDTH);
      stream.write(`${CLEAR_LINE}[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${formatCount(done)}/${formatCount(total)} files`);
      drawnAt = time;
      isDrawn = true;
    },
    clear() {
      if (!isDrawn) return;
      stream.write(CLEAR_LINE);
      isDrawn = false;
    },
    isShown: enabled,
  };
}
