/**
 * Every rule, in the order the engine runs them. Link rules run first so that repeats of a removed
 * link are not reported as repeats; cross-file boilerplate runs before the repeat rules so that its
 * lines (all copies of which go) are not reported as repeats either.
 */
import type { Rule } from '../model/rule.js';
import { crossLink } from './cross-link.js';
import { relatedTeaser } from './related-teaser.js';
import { boilerplate } from './boilerplate.js';
import { repeatedBlock } from './repeated-block.js';
import { repeatedInline } from './repeated-inline.js';

/** The rules in run order. */
export const rules: readonly Rule[] = [crossLink, relatedTeaser, boilerplate, repeatedBlock, repeatedInline];
