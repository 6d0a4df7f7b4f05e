/**
 * Related-story cards as NPR pages render them, three lines each: a headline, its section in
 * capitals, and the headline again ("Did You Know It's Legal ...?" / "IT'S ALL POLITICS" /
 * "Did You Know It's Legal ...?").
 */
import type { Article, Line } from '../model/article.js';
import { lineContent } from '../model/article.js';
import { isHeadlineShaped } from './headline-shape.js';

const MAX_SECTION_LENGTH = 40;

function isSectionLabel(content: string): boolean {
  const trimmed = content.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_SECTION_LENGTH && /\p{Lu}/u.test(trimmed) && !/\p{Ll}/u.test(trimmed);
}

/** Cards among consecutive content lines: each found card is its three lines. */
export function findStoryCards(article: Article, candidates: readonly Line[]): Line[][] {
  const cards: Line[][] = [];
  for (let position = 0; position + 2 < candidates.length; position++) {
    const headline = candidates[position] as Line;
    const section = candidates[position + 1] as Line;
    const repeated = candidates[position + 2] as Line;
    if (section.index !== headline.index + 1 || repeated.index !== section.index + 1) continue;
    if (headline.key !== repeated.key || !headline.hasLetters) continue;
    if (!isHeadlineShaped(lineContent(article, headline)) || !isSectionLabel(lineContent(article, section))) continue;
    cards.push([headline, section, repeated]);
    position += 2;
  }
  return cards;
}
