/** Finding phrases in comparison keys, whose words are separated by single spaces. */

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where in a key a phrase is looked for: anywhere, or only at its start. */
export type PhrasePlace = 'anywhere' | 'start';

/**
 * A pattern that finds any of `keys` (comparison keys; empty ones are left out) in a key as words
 * of their own: after the start or a space (only at the start with 'start'), before a space or
 * the end.
 */
export function keyPhrasePattern(keys: readonly string[], place: PhrasePlace = 'anywhere'): RegExp {
  const alternatives = keys.filter((key) => key !== '').map(escape);
  // An empty list finds nothing (an empty alternation would find the empty key).
  if (alternatives.length === 0) return /(?!)/u;
  return new RegExp(`${place === 'start' ? '^' : '(?:^| )'}(?:${alternatives.join('|')})(?= |$)`, 'u');
}
