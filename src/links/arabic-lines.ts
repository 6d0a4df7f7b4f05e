/**
 * The lines the rules learned on Arabic sites read (BBC Arabic's related headlines, CNN Arabic's
 * teasers): lines with Arabic letters in an article in Arabic. The language is the article's, read
 * once an article, so that a Persian keyboard's ی in one name does not take a heading of an Arabic
 * article out of the rules' sight, and an Urdu article stays out of it whole.
 */
import type { Article } from '../model/article.js';
import { holdsArabicLetter, readsAsArabic } from '../text/character-table.js';

const isArabicByArticle = new WeakMap<Article, boolean>();

function isArabicArticle(article: Article): boolean {
  let known = isArabicByArticle.get(article);
  if (known === undefined) {
    known = readsAsArabic(article.text);
    isArabicByArticle.set(article, known);
  }
  return known;
}

/** Whether `content`, a line of `article`, holds Arabic letters and the article is in Arabic. */
export function isArabicLine(article: Article, content: string): boolean {
  return holdsArabicLetter(content) && isArabicArticle(article);
}
