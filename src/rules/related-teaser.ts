/** related-teaser: unmarked links to other stories: related-story cards and teaser paragraphs after the article. */
import type { Article, Line } from '../model/article.js';
import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { lineContent } from '../model/article.js';
import { linesCutWhole, linesNotCut, restOfLineCutsOnce, wholeLinesFinding } from '../engine/line-cuts.js';
import { findStoryCards } from '../links/story-cards.js';
import { findTrailingTeasers } from '../links/trailing-teasers.js';
import { findBareHeadlines } from '../links/bare-headlines.js';
import { laterCopyFlags } from '../links/later-copies.js';

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

function bareHeadlineFindings(article: Article, headlines: readonly Line[]): Finding[] {
  return headlines.map((line) =>
    wholeLinesFinding(article, line, line, {
      rule: id,
      reason: 'related headline standing alone between paragraphs',
      duplicateOf: null,
      headlines: [headlineOf(article, line)],
    }),
  );
}

// A related headline shown twice is one link: its later copies go with it, so that no repeat of
// a removed link is left for the repeat rules to keep as an "original" (ar-0011 lines 8 and 13).
function echoFindings(article: Article, cut: readonly Finding[], kept: readonly Line[]): Finding[] {
  // Nothing found (most articles): no kept line can echo anything.
  if (cut.length === 0) return [];
  const cutLines = linesCutWhole(article, cut);
  const firstCut = new Map<string, Line>();
  for (const line of article.contentLines) if (cutLines.has(line.index) && line.hasLetters && !firstCut.has(line.key)) firstCut.set(line.key, line);
  // Nothing with letters cut whole: no kept line can echo it.
  if (firstCut.size === 0) return [];
  return kept.flatMap((line) => {
    const original = firstCut.get(line.key);
    if (original === undefined || original.index > line.index || cutLines.has(line.index)) return [];
    return [
      wholeLinesFinding(article, line, line, {
        rule: id,
        reason: `repeats the related headline at line ${article.places.lineNumberOf(original.index)}`,
        duplicateOf: null,
        headlines: [headlineOf(article, line)],
      }),
    ];
  });
}

function check(article: Article, context: RuleContext): Finding[] {
  const candidates = linesNotCut(article, article.contentLines, context.earlierFindings);
  const cards = cardFindings(article, candidates);
  const afterCards = linesNotCut(article, candidates, cards);
  // Both finders judge a line by what stays around it once the repeat rules have run.
  const laterCopies = laterCopyFlags(article);
  const teasers = teaserFinding(article, findTrailingTeasers(article, afterCards, laterCopies));
  const afterTeasers = linesNotCut(article, afterCards, teasers);
  // One pass over the earlier findings, made only for an article with a single bare headline.
  const cuts = { laterCopies, restCuts: restOfLineCutsOnce(article, context.earlierFindings), minLength: context.settings.minLength };
  const bare = bareHeadlineFindings(article, findBareHeadlines(article, afterTeasers, cuts));
  const found = [...cards, ...teasers, ...bare];
  return [...found, ...echoFindings(article, found, linesNotCut(article, afterTeasers, bare))];
}

/** Removes unmarked cross-links: related-story cards and trailing teaser paragraphs. */
export const relatedTeaser: Rule = {
  id,
  description: 'Unmarked links to other stories: related-story cards, bare related headlines between paragraphs, teaser paragraphs of other stories after the article.',
  enabledByDefault: true,
  judgesLinesAlone: false,
  check,
};
