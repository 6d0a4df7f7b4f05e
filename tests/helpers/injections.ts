/**
 * The breakages of the product's own description, put into clean real articles: a block of
 * paragraphs pasted again, a lead or last paragraph pasted twice, a paragraph glued to itself, a
 * read-also line, a marker and its headline list, a marker stuck to a paragraph's end, a teaser
 * line, a box of related headlines, teasers of other stories after the article. Each one knows
 * the text a correct cleanup gives back (labeling rules 1, 3, 4 and 6).
 */
import { comparisonKey, parseArticle, type Line } from '../../src/index.js';
import { isHeading } from '../../src/links/box-lines.js';
import { sharesRunOfThreeWords } from '../../src/text/word-runs.js';

/** A clean article as the injections read it. */
export interface CleanArticle {
  readonly name: string;
  readonly text: string;
  readonly isArabic: boolean;
}

/** A broken article and what cleaning it must give. */
export interface Injected {
  readonly text: string;
  readonly expected: string;
  /** Another correct cleanup, when the rules allow two (a glued copy cut with or without the space before it). */
  readonly alsoCorrect?: string;
}

/** Headlines of other stories, by script, and Arabic leads as CNN's teasers give them. */
export interface Headlines {
  readonly arabic: readonly string[];
  readonly english: readonly string[];
  /** First paragraphs without their dateline, cut at 240 characters (CNN Arabic's summaries). */
  readonly arabicLeads: readonly string[];
}

interface Layout {
  readonly lines: string[];
  /** Indexes of the non-blank lines. */
  readonly content: number[];
  /** Paragraphs are separated by blank lines, as the engine judges it. */
  readonly blankSeparated: boolean;
  /** The line break is CRLF. */
  readonly lineEnd: string;
}

function layoutOf(text: string): Layout {
  const lines = text.split('\n');
  const content = lines.flatMap((line, index) => (line.trim() === '' ? [] : [index]));
  return { lines, content, blankSeparated: parseArticle(text).isBlankLineSeparated, lineEnd: (lines[0] ?? '').endsWith('\r') ? '\r' : '' };
}

// The new paragraphs after line `after`, as the article writes paragraphs.
function insertAfter(layout: Layout, after: number, paragraphs: readonly string[]): string {
  const added = (layout.blankSeparated ? paragraphs.flatMap((paragraph) => ['', paragraph]) : paragraphs).map((line) =>
    line.endsWith('\r') ? line : line + layout.lineEnd,
  );
  const lines = layout.lines.slice();
  lines.splice(after + 1, 0, ...added);
  return lines.join('\n');
}

// A line with letters: separator lines ("-----") are kept even when repeated (labeling rule 2).
const HAS_LETTER = /\p{L}/u;

// A real paragraph ends with a full stop or is too long for a headline: a list stops before it
// (labeling rule 3), and a link put right before it has a clear end.
function isRealParagraph(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 200 || /[.!?؟]["'”’»)]*$/u.test(trimmed);
}

// A place between two paragraphs: after a content line, before a real paragraph.
function placeBeforeParagraph(layout: Layout, choices: Choices): number | null {
  const places = layout.content.slice(0, -1).filter((line, position) => position > 0 && isRealParagraph(layout.lines[layout.content[position + 1] as number] as string));
  return places.length === 0 ? null : choices.pick(places);
}

/** A deterministic choice: the same article and kind always pick the same places. */
class Choices {
  private state: number;
  constructor(seed: string) {
    let hash = 0x811c9dc5;
    for (let index = 0; index < seed.length; index++) hash = Math.imul(hash ^ seed.charCodeAt(index), 0x01000193);
    this.state = hash >>> 0;
  }
  below(count: number): number {
    this.state = (Math.imul(this.state, 1103515245) + 12345) >>> 0;
    return (this.state >>> 8) % count;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)] as T;
  }
}

type Injection = (article: CleanArticle, layout: Layout, choices: Choices, headlines: Headlines) => Injected | null;

const READ_ALSO = { arabic: ['اقرأ أيضاً: ', 'إقرأ أيضا: ', 'قد يهمك: ', 'اقرأ المزيد: '], english: ['READ MORE: ', 'Read more: ', 'RELATED: ', 'Also read: '] };
const LIST_MARKERS = { arabic: ['اقرأ أيضاً:', 'مواضيع ذات صلة:', 'أخبار ذات صلة'], english: ['RELATED:', 'Related stories:', 'You may also like'] };
const TAIL_MARKERS = { arabic: [' اقرأ المزيد: ', ' اقرأ التفاصيل: ', ' اقرأ أيضاً: '], english: [' Read more: ', ' READ MORE: '] };

function scriptOf(article: CleanArticle): 'arabic' | 'english' {
  return article.isArabic ? 'arabic' : 'english';
}

function someHeadlines(choices: Choices, pool: readonly string[]): string[] {
  const count = 2 + choices.below(2);
  return Array.from({ length: count }, () => choices.pick(pool));
}

/** Each injection by name. */
export const injections: Record<string, Injection> = {
  'a block of paragraphs pasted again after it': (article, layout, choices) => {
    if (layout.content.length < 4) return null;
    const first = 1 + choices.below(layout.content.length - 3);
    const last = Math.min(layout.content.length - 1, first + 1 + choices.below(6));
    const copy = layout.content.slice(first, last + 1).map((index) => layout.lines[index] as string);
    if (!copy.every((line) => HAS_LETTER.test(line))) return null;
    return { text: insertAfter(layout, layout.content[last] as number, copy), expected: article.text };
  },
  'the lead pasted twice': (article, layout) => {
    const lead = layout.lines[layout.content[0] as number] as string;
    if (lead.trim().length < 30) return null;
    return { text: insertAfter(layout, layout.content[0] as number, [lead]), expected: article.text };
  },
  'the last paragraph pasted twice': (article, layout) => {
    const last = layout.lines[layout.content[layout.content.length - 1] as number] as string;
    if (last.trim().length < 30 || layout.content.length < 3) return null;
    return { text: insertAfter(layout, layout.content[layout.content.length - 1] as number, [last]), expected: article.text };
  },
  'a paragraph glued to itself': (article, layout) => {
    const index = layout.content.find((line) => (layout.lines[line] as string).trim().length > 80 && !/\s$/.test(layout.lines[line] as string));
    if (index === undefined) return null;
    const lines = layout.lines.slice();
    const line = lines[index] as string;
    const content = line.replace(/\r$/, '');
    const lineEnd = line.slice(content.length);
    lines[index] = `${content} ${content}${lineEnd}`;
    // The copy goes from its first character, or from the space before it.
    const kept = layout.lines.slice();
    kept[index] = `${content} ${lineEnd}`;
    return { text: lines.join('\n'), expected: article.text, alsoCorrect: kept.join('\n') };
  },
  'a read-also line between paragraphs': (article, layout, choices, headlines) => {
    if (layout.content.length < 3) return null;
    const after = placeBeforeParagraph(layout, choices);
    if (after === null) return null;
    const script = scriptOf(article);
    return { text: insertAfter(layout, after, [choices.pick(READ_ALSO[script]) + choices.pick(headlines[script])]), expected: article.text };
  },
  'a marker line and its headline list between paragraphs': (article, layout, choices, headlines) => {
    if (layout.content.length < 3) return null;
    const after = placeBeforeParagraph(layout, choices);
    if (after === null) return null;
    const script = scriptOf(article);
    return { text: insertAfter(layout, after, [choices.pick(LIST_MARKERS[script]), ...someHeadlines(choices, headlines[script])]), expected: article.text };
  },
  'a marker line and its headline list after the article': (article, layout, choices, headlines) => {
    const script = scriptOf(article);
    const last = layout.content[layout.content.length - 1] as number;
    return { text: insertAfter(layout, last, [choices.pick(LIST_MARKERS[script]), ...someHeadlines(choices, headlines[script])]), expected: article.text };
  },
  'a marker and its headline stuck to the end of a paragraph': (article, layout, choices, headlines) => {
    const candidates = layout.content.filter((line) => /[.!?؟"”]$/.test(layout.lines[line] as string) && (layout.lines[line] as string).length > 100);
    if (candidates.length === 0) return null;
    const index = choices.pick(candidates);
    const script = scriptOf(article);
    const lines = layout.lines.slice();
    lines[index] = (lines[index] as string) + choices.pick(TAIL_MARKERS[script]) + choices.pick(headlines[script]);
    return { text: lines.join('\n'), expected: article.text };
  },
  'five teaser paragraphs of other stories after the article (CNN Arabic)': (article, layout, choices, headlines) => {
    if (layout.content.length < 3 || !article.isArabic || layout.blankSeparated) return null;
    // After a last paragraph that continues the story ("وأضاف ..."), as CNN Arabic's articles end:
    // after several leads of its own (France 24 writes without connectives) no block stands out.
    if (!(layout.lines[layout.content[layout.content.length - 1] as number] as string).trim().startsWith('و')) return null;
    const pool = headlines.arabicLeads.filter((lead) => !article.text.includes(lead.slice(0, 60)));
    if (pool.length < 5) return null;
    const teasers: string[] = [];
    while (teasers.length < 5) teasers.push(pool.splice(choices.below(pool.length), 1)[0] as string);
    return { text: insertAfter(layout, layout.content[layout.content.length - 1] as number, teasers), expected: article.text };
  },
  'one to three related headlines between two full paragraphs (BBC Arabic)': (article, layout, choices, headlines) => {
    if (!article.isArabic || layout.blankSeparated) return null;
    const isFull = (line: string): boolean => line.trim().length >= 100 && /[.!?؟"”»)]$/u.test(line.trim());
    const places = layout.content.filter((line, position) => position + 1 < layout.content.length && isFull(layout.lines[line] as string) && isFull(layout.lines[layout.content[position + 1] as number] as string));
    if (places.length === 0) return null;
    // A headline of the same story, sharing a run of three words with the article ("الرئيس التركي رجب
    // طيب أردوغان" in a story about Turkey), stays when it stands alone: only other stories' go.
    const articleKey = comparisonKey(article.text);
    const pool = headlines.arabic.filter((headline) => !article.text.includes(headline) && !sharesRunOfThreeWords(comparisonKey(headline), articleKey));
    // An article with headings of its own (ar-0019: "طرح أرامكو", '"فشل" أوباما في مصر') may read a
    // single headline-like line between paragraphs as one more (src/links/article-headings.ts): it
    // gets a box of two or three, which goes whatever the headings.
    const parsed = parseArticle(article.text);
    const isHeadingLike = (index: number): boolean => isHeading(parsed, parsed.lines[index] as Line);
    const hasHeadings = layout.content.some((line, position) => position > 0 && position + 1 < layout.content.length && isHeadingLike(line) && isFull(layout.lines[layout.content[position - 1] as number] as string) && isFull(layout.lines[layout.content[position + 1] as number] as string));
    const fewest = hasHeadings ? 2 : 1;
    const box = Array.from({ length: fewest + choices.below(4 - fewest) }, () => pool.splice(choices.below(pool.length), 1)[0] as string);
    return { text: insertAfter(layout, choices.pick(places), box), expected: article.text };
  },
  'a teaser line ending in a marker between paragraphs': (article, layout, choices, headlines) => {
    if (layout.content.length < 3 || !article.isArabic) return null;
    const after = placeBeforeParagraph(layout, choices);
    if (after === null) return null;
    const teaser = choices.pick(headlines.arabic) + choices.pick([' اقرأ المزيد', '.. اقرأ المزيد', ' - اقرأ التفاصيل']);
    return { text: insertAfter(layout, after, [teaser]), expected: article.text };
  },
};

/** The broken article of one injection, or null when the article has no room for it. */
export function inject(name: string, article: CleanArticle, headlines: Headlines): Injected | null {
  const injection = injections[name] as Injection;
  return injection(article, layoutOf(article.text), new Choices(`${name}/${article.name}`), headlines);
}
