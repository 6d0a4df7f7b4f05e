/** A mistake in how the tool was called (flags, config): reported as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
