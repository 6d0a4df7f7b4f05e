/**
 * Small steps of the loops that hand work to another thread and read its answers without waiting
 * for them (processFiles on workers, the two-thread run with a file worker).
 */

/** A turn of the event loop: lets the other threads' answers in between two pieces of work done here. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A promise and its value once fulfilled, read without waiting: null until then. */
export interface Settling<T> {
  readonly promise: Promise<T>;
  value: T | null;
}

/** Watches `promise`, so that its value can be read as soon as it is there. */
export function settling<T>(promise: Promise<T>): Settling<T> {
  const watched: Settling<T> = { promise, value: null };
  void promise.then((value) => {
    watched.value = value;
  });
  return watched;
}
