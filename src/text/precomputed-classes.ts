/**
 * The classes of the code units below U+2070 (every script up to General Punctuation's end), worked
 * out by the build (scripts/bundle.js) so that the bundled CLI does not compile the Unicode property
 * patterns of character-table.ts for the characters most text is made of. Used only under the
 * Unicode version the build had: Node.js versions assign different characters (U+0897 is a mark
 * since Unicode 16 and unassigned before), and a class must not depend on how the code was built.
 */

// Defined by the bundles (scripts/bundle.js); undefined in the library as compiled by tsc and in
// the tests, where every class is worked out on first sight.
declare const PRECOMPUTED_CHARACTER_CLASSES: string | undefined;
declare const PRECOMPUTED_UNICODE_VERSION: string | undefined;

/** The code units the table covers. */
export const PRECOMPUTED_UNITS = 0x2070;

const ZERO_DIGIT = 0x30;

// One digit per code unit: its CharacterClass. Empty where there is no table to use.
const classDigits =
  typeof PRECOMPUTED_CHARACTER_CLASSES === 'undefined' || typeof PRECOMPUTED_UNICODE_VERSION === 'undefined' || PRECOMPUTED_UNICODE_VERSION !== process.versions.unicode
    ? ''
    : PRECOMPUTED_CHARACTER_CLASSES;

/** The precomputed class of a code unit (a CharacterClass value), or -1 when there is none. */
export function precomputedClassOf(code: number): number {
  return code < classDigits.length ? classDigits.charCodeAt(code) - ZERO_DIGIT : -1;
}
