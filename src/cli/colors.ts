/** Color decisions for the report stream: flags first, then NO_COLOR / FORCE_COLOR, then the TTY. */
import type { ChalkInstance } from 'chalk';

/** --color / --no-color as commander gives them: true, false, or not given. */
export type ColorFlag = boolean | undefined;

/**
 * Whether to color a stream. chalk 5 does not read NO_COLOR itself, and it looks at stdout,
 * while the report goes to stderr, so the decision is made here for the stream being written.
 */
export function shouldColor(flag: ColorFlag, env: Readonly<Record<string, string | undefined>>, isTTY: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return isTTY === true && env.TERM !== 'dumb';
}

// chalk takes about 10 ms to load (it loads node:tty), a tenth of a one-file run: a report without
// color gets this stand-in, which styles nothing, as chalk at level 0 does.
// It must not look like a promise: an async function that returns it would call its "then".
const plain: ChalkInstance = new Proxy((...texts: unknown[]) => texts.join(' '), {
  get: (_target, property) => (property === 'level' ? 0 : property === 'then' ? undefined : plain),
}) as unknown as ChalkInstance;

/** A chalk instance that colors (loaded only then), or one that never does. */
export async function makeChalk(enabled: boolean): Promise<ChalkInstance> {
  if (!enabled) return plain;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}
