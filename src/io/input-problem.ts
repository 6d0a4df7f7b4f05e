/** Something found while collecting inputs that is not a file to clean. */

/** An error fails the run (exit 2); a warning only says what was skipped. */
export interface InputProblem {
  readonly path: string;
  readonly reason: string;
  readonly severity: 'error' | 'warning';
}

/** Files found under one input, and what could not be used. */
export interface FoundFiles {
  readonly files: string[];
  readonly problems: InputProblem[];
}
