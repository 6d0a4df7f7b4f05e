/**
 * Lines that repeat an earlier line of the article: the repeat rules cut them, so the link rules,
 * which run first, judge a line by what stays around it. A page captured twice pastes its
 * paragraphs again right after a related headline, or after the teasers that end the article.
 */
import type { Article } from '../model/article.js';
import { hasRepeatedKey } from '../repeats/repeat-runs.js';

/**
 * A flag by line index, 1 for each content line with letters whose key an earlier line has; null
 * when no line repeats another (most articles), so that nothing is allocated for them.
 */
export type LaterCopies = Uint8Array | null;

/** The later copies of an article: related-teaser makes them once a check for both of its finders. */
export function laterCopyFlags(article: Article): LaterCopies {
  if (!hasRepeatedKey(article.contentLines)) return null;
  const seen = new Uint8Array(article.keyTable.size);
  const isLaterCopy = new Uint8Array(article.lines.length);
  for (const line of article.contentLines) {
    if (seen[line.keyId] === 1 && line.hasLetters) isLaterCopy[line.index] = 1;
    seen[line.keyId] = 1;
  }
  return isLaterCopy;
}
