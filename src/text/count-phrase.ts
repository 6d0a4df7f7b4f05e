/** Counts as reports write them, in one place: "1,024 files", "1 cut". */

/** A count with thousands separators, the same on every machine whatever its locale. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** A count and a noun, the noun with an "s" unless the count is 1. */
export function plural(count: number, word: string): string {
  return `${formatCount(count)} ${word}${count === 1 ? '' : 's'}`;
}
