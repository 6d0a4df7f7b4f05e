/** Something found while collecting inputs that is not a file to clean. */

/** An error fails the run (exit 2); a warning only says what was skipped. */
export interface InputProblem {
  readonly path: string;
  readonly reason: string;
  readonly severity: 'error' | 'warning';
}

/**
 * A named pipe, a socket or a device met by a folder walk or a pattern: skipped with a warning (a
 * pipe with no writer would block the run).
 */
export function notRegularFile(path: string): InputProblem {
  return { path, reason: 'not a regular file: skipped', severity: 'warning' };
}

/** Files found under one input, and what could not be used. */
export interface FoundFiles {
  readonly files: string[];
  readonly problems: InputProblem[];
}
