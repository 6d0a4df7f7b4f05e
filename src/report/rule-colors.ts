/** A color for each rule id: stable across runs, distinct within one report. */

// Okabe-Ito colors first (safe for the common kinds of color blindness), then a few more, all
// dark enough to read on white. A rule's slot is its hash modulo the palette size; ten slots keep
// today's ids apart: vermillion (repeated-inline), green (cross-link), pink (related-teaser),
// blue (repeated-block) and grey (boilerplate).
const PALETTE = ['#56b4e9', '#d55e00', '#009e73', '#cc79a7', '#7b3fa0', '#0072b2', '#a6761d', '#c0392b', '#6b6b6b', '#8c564b'] as const;

/** FNV-1a over the UTF-16 code units: a small, stable hash that needs no library. */
function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Colors for rule ids, keyed by a hash of the id so they do not depend on which other rules ran;
 * a collision takes the next free palette slot, and ids beyond the palette get a hashed hue.
 */
export function ruleColors(ids: readonly string[]): Map<string, string> {
  const colors = new Map<string, string>();
  const taken = new Set<number>();
  for (const id of [...new Set(ids)].sort()) {
    const hash = hashId(id);
    if (taken.size >= PALETTE.length) {
      colors.set(id, `hsl(${hash % 360} 60% 38%)`);
      continue;
    }
    let slot = hash % PALETTE.length;
    while (taken.has(slot)) slot = (slot + 1) % PALETTE.length;
    taken.add(slot);
    colors.set(id, PALETTE[slot] as string);
  }
  return colors;
}
