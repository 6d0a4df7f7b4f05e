/**
 * Recovery: each breakage the product exists for, put into clean real articles (the samples' expected
 * outputs, and the English ones of ../shared/corpus/dev when it is here), must be cleaned back to
 * the clean article byte for byte. The golden tests check what real scrapes hold; these check that
 * the same rules hold wherever in a real article the breakage lands.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/index.js';
import { devCorpusFolder, hasDevCorpus, samplesFolder } from './helpers/paths.js';
import { inject, injections, type CleanArticle, type Headlines } from './helpers/injections.js';

const ARABIC_LETTER = /[\u0621-\u064a]/;
// Letters of Urdu and Persian (ی ک ہ ے ٹ ڈ ڑ ں ھ): the breakages here are Arabic sites' and English
// ones', put into articles of those two languages only.
const URDU_OR_PERSIAN_LETTER = /[\u06cc\u06a9\u06c1\u06d2\u0679\u0688\u0691\u06ba\u06be]/;

function cleanArticles(folder: string, keep: (name: string) => boolean): CleanArticle[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.expected.txt') && keep(name))
    .sort()
    .map((name) => {
      const text = readFileSync(join(folder, name), 'utf8');
      return { name, text, isArabic: ARABIC_LETTER.test(text) };
    })
    .filter((article) => !URDU_OR_PERSIAN_LETTER.test(article.text));
}

const articles = [
  ...cleanArticles(samplesFolder, () => true),
  ...(hasDevCorpus ? cleanArticles(devCorpusFolder, (name) => name.startsWith('en-')) : []),
];

// Headlines of other stories: the opening words of each article's first paragraph, when it opens
// as a lead does (not with "و", which continues a story).
function headlinesOf(script: CleanArticle[]): string[] {
  return script
    .map((article) => {
      const lead = article.text.split('\n').find((line) => line.trim().split(/\s+/).length >= 8) ?? '';
      return lead.trim().split(/\s+/).slice(0, 8).join(' ').replace(/[\p{P}\s]+$/u, '');
    })
    .filter((headline) => headline !== '' && !headline.startsWith('و'));
}

// CNN Arabic's teasers: another story's lead without its dateline ("دبي، الإمارات العربية المتحدة
// (CNN) --"), cut at about 240 characters on a word.
const MAX_TEASER_LENGTH = 240;
function leadsOf(script: CleanArticle[]): string[] {
  return script
    .map((article) => (article.text.split('\n').find((line) => line.trim().length > 120) ?? '').trim().replace(/^[^()]{0,60}\(CNN\)\s*[-–—]+\s*/u, ''))
    .filter((lead) => lead !== '' && !lead.startsWith('و'))
    .map((lead) => (lead.length > MAX_TEASER_LENGTH ? lead.slice(0, lead.lastIndexOf(' ', MAX_TEASER_LENGTH)) : lead));
}

const headlines: Headlines = {
  arabic: headlinesOf(articles.filter((article) => article.isArabic)),
  english: headlinesOf(articles.filter((article) => !article.isArabic)),
  arabicLeads: leadsOf(articles.filter((article) => article.isArabic)),
};

describe('injected breakages are cleaned back to the clean article', () => {
  it('has clean articles to break', () => {
    expect(articles.length).toBeGreaterThanOrEqual(40);
    // Cleaning a clean article changes nothing: the starting point is a fixed point.
    expect(articles.filter((article) => cleanText(article.text).text !== article.text).map((article) => article.name)).toEqual([]);
  });

  it.each(Object.keys(injections))('%s', (name) => {
    const wrong: string[] = [];
    let tried = 0;
    for (const article of articles) {
      if (!article.isArabic && headlines.english.length === 0) continue;
      const injected = inject(name, article, headlines);
      if (injected === null) continue;
      tried++;
      const cleaned = cleanText(injected.text).text;
      if (cleaned !== injected.expected && cleaned !== injected.alsoCorrect) wrong.push(article.name);
    }
    expect(tried).toBeGreaterThanOrEqual(10);
    expect(wrong).toEqual([]);
  });
});
