/** related-teaser: unmarked links to other stories: related-story cards and teaser paragraphs after the article. */
import type { Article, Line } from '../model/article.js';
import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { lineContent } from '../model/article.js';
import { linesCutWhole, wholeLinesFinding } from '../engine/line-cuts.js';
import { findStoryCards } from '../links/story-cards.js';
import { findTrailingTeasers } from '../links/trailing-teasers.js';

const id = 'related-teaser';

function headlineOf(article: Article, line: Line): string {
  return lineContent(article, line).trim();
}

function cardFindings(article: Article, candidates: readonly Line[]): Finding[] {
  return findStoryCards(article, candidates).map((card) =>
    wholeLinesFinding(article, card[0] as Line, card[2] as Line, {
      rule: id,
      reason: 'related-story card: a headline, its section and the headline again',
      duplicateOf: null,
      headlines: [headlineOf(article, card[0] as Line)],
    }),
  );
}

function teaserFinding(article: Article, teasers: readonly Line[]): Finding[] {
  if (teasers.length === 0) return [];
  return [
    wholeLinesFinding(article, teasers[0] as Line, teasers[teasers.length - 1] as Line, {
      rule: id,
      reason: `${teasers.length} teaser paragraphs of other stories after the article's end`,
      duplicateOf: null,
      headlines: teasers.map((line) => headlineOf(article, line)),
    }),
  ];
}

function check(article: Article, context: RuleContext): Finding[] {
  const alreadyCut = linesCutWhole(article, context.earlierFindings);
  const candidates = article.contentLines.filter((line) => !alreadyCut.has(line.index));
  const cards = cardFindings(article, candidates);
  const inCards = linesCutWhole(article, cards);
  const rest = candidates.filter((line) => !inCards.has(line.index));
  return [...cards, ...teaserFinding(article, findTrailingTeasers(article, rest))];
}

/** Removes unmarked cross-links: related-story cards and trailing teaser paragraphs. */
export const relatedTeaser: Rule = {
  id,
  description: 'Unmarked links to other stories: related-story cards, and teaser paragraphs of other stories after the article.',
  enabledByDefault: true,
  check,
};
