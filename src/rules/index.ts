/** Every rule, in the order the engine runs them. Link rules run first so that repeats of a removed link are not reported as repeats. */
import type { Rule } from '../model/rule.js';
import { crossLink } from './cross-link.js';
import { repeatedBlock } from './repeated-block.js';
import { boilerplate } from './boilerplate.js';

/** The rules in run order. */
export const rules: readonly Rule[] = [crossLink, repeatedBlock, boilerplate];
