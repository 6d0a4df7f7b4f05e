/** Color decisions for the report stream: flags first, then NO_COLOR / FORCE_COLOR, then the TTY. */
import { Chalk, type ChalkInstance } from 'chalk';

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

/** A chalk instance that colors, or one that never does. */
export function makeChalk(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
