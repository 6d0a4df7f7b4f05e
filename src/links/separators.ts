/** The characters that sit between a read-also marker and its headline, as found in scraped text. */

// "اقرأ أيضا :", "قد يهمك|", "قد يهمك/", "قد يهمك..", "READ MORE:", "Related -", "Lire aussi »"
const SEPARATOR_CHARACTERS = new Set([':', '：', '|', '/', '-', '–', '—', '»', '>', '›', '→', '←', '.', '…', '~', '=']);

// Brackets, quotes and bullets that may open a marker line: "[ Read Related Article: …", "• Lire aussi".
const OPENER_CHARACTERS = new Set([' ', '[', '(', '«', '"', '“', '„', '*', '•', '·', '►', '▶', '▪', '■', '-', '–', '—', '>', '|', '<', '{']);

// Characters that may close a teaser line after its marker: "اقرأ المزيد..." or "Read more »".
const TRAILING_CHARACTERS = new Set([' ', ':', '：', '.', '…', '»', '>', '›', '→', '←', ']', ')', '!', '|', '-', '–']);

/** Index just past the opening brackets, quotes, bullets and spaces at `position`. */
export function skipOpeners(folded: string, position: number): number {
  let index = position;
  while (index < folded.length && OPENER_CHARACTERS.has(folded[index] as string)) index++;
  return index;
}

/** Where a separator that starts at `position` (after optional spaces) ends, or -1 if there is none. */
export function separatorEnd(folded: string, position: number): number {
  let index = position;
  while (folded[index] === ' ') index++;
  const start = index;
  while (index < folded.length && SEPARATOR_CHARACTERS.has(folded[index] as string)) index++;
  // A lone full stop ends a sentence; it is not a separator ("Read more. The ..." is prose).
  if (index === start || (index === start + 1 && folded[start] === '.')) return -1;
  while (folded[index] === ' ') index++;
  return index;
}

/** Index of the end of the text once trailing spaces, dots, arrows and colons are dropped. */
export function trimTrailing(folded: string): number {
  let end = folded.length;
  while (end > 0 && TRAILING_CHARACTERS.has(folded[end - 1] as string)) end--;
  return end;
}

/** Whether trailing characters from `end` include a separator (":" or "|"): a list may follow. */
export function hasTrailingSeparator(folded: string, end: number): boolean {
  return /[:：|]/.test(folded.slice(end));
}
