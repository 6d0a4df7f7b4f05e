/**
 * The lines the rules learned on Arabic sites read (BBC Arabic's related headlines, CNN Arabic's
 * teasers), in articles in Arabic only (readsAsArabic, read once an article): an Urdu article
 * stays out of their sight whole. A line they may cut, or look past, must read as Arabic itself,
 * so an Urdu quotation inside an Arabic article stays too (a line typed on a Persian or Urdu
 * keyboard reads as Arabic when it writes ة: see readsAsArabic); a heading of the article, which keeps
 * related-headline cuts away, needs only Arabic letters, so a Persian keyboard's ی in a heading
 * keeps it one. Either way, a doubt means fewer cuts.
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

/** Whether the rules may cut `content`, a line of `article`: it is in Arabic, and so is the article. */
export function isArabicLine(article: Article, content: string): boolean {
  return readsAsArabic(content, true) && isArabicArticle(article);
}

/** Whether `content`, a line of `article`, may be a heading that the rules keep clear of: it holds Arabic letters, and the article is in Arabic. */
export function isLineOfArabicArticle(article: Article, content: string): boolean {
  return holdsArabicLetter(content) && isArabicArticle(article);
}
