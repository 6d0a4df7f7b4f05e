/** The size of the open-addressing tables (IntegerSet, KeyTable), chosen in one place. */

/**
 * Slots for `count` members with the table at most half full (probe sequences stay short), in a
 * power of two (a slot is a hash masked), and at least `minimum`.
 */
export function slotCountFor(count: number, minimum: number): number {
  return Math.max(minimum, 1 << (32 - Math.clz32(count * 2)));
}
