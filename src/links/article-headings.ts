/**
 * The article's own headings, which a single related headline must not be taken for. France 24 and
 * CNN break a story into sections under headings, some of six words or more and shaped as BBC's
 * related headlines are: "تعزيزات حكومية جديدة في الغوطة الشرقية" before "لا تفاوض مع روسيا" and
 * "جلسة طارئة لمجلس الأمن الدولي" (FR-middleEast-115); "لبنان: من الوصاية السورية إلى النزاع" and
 * 'نظام "النسبية" بدلا من "الأكثرية" يثير لغطا في الشارع اللبناني' beside "لبنان: بلد التجاذبات
 * الإقليمية" (FR-internationalNews-1086).
 */
import type { Article, Line } from '../model/article.js';
import { asksQuestion, isHeading, wordCount } from './box-lines.js';
import type { LaterCopies } from './later-copies.js';
import { lineRuns } from './line-runs.js';
import type { RestOfLineCuts } from '../engine/line-cuts.js';

// A paragraph beside a heading: a line of this many characters or more, complete or not.
const MIN_PARAGRAPH_BESIDE_HEADING = 100;

// The single headline-like lines found stay when each has two other heading-like lines beside it
// in the article (the other singles among them), one of them a heading that stays (kept by the
// rules: a subhead's length, say). They stay or go together, so that a later pass, which no
// longer sees the ones cut, finds the same. BBC's single related headlines come without a heading
// that stays: BB-middleEast-1085 has three of them and a pair, and no subhead. Among the BBC
// articles read, none with a single related headline had a heading that stays and another
// heading-like line.
const MIN_OTHER_HEADINGS = 2;

/** What the heading count needs to know of the cuts the other rules make. */
export interface OtherCuts {
  /** The copies of earlier lines, which the repeat rules cut (see later-copies.ts). */
  readonly laterCopies: LaterCopies;
  /**
   * Where the rules that ran before cut the rest of a line (an inline read-also link); asked only
   * when a single headline-like line turns up, which most articles and most lines never do.
   */
  readonly restCuts: () => RestOfLineCuts;
  /** The shortest single repeated line the repeat rules cut. */
  readonly minLength: number;
}

// A paragraph beside a heading, complete or not: one may end with a read-also link the cross-link
// rule cuts ("... وفق المرصد. اقرأ أيضاً: <headline>"). It is measured as it stays once that link
// is cut, as a later pass reads it, so that the passes count the same headings.
function isParagraph(article: Article, line: Line | undefined, restCuts: RestOfLineCuts): boolean {
  if (line === undefined) return false;
  const end = Math.min(line.contentEnd, restCuts.get(line.index) ?? line.contentEnd);
  return article.text.slice(line.start, end).trim().length >= MIN_PARAGRAPH_BESIDE_HEADING;
}

// A heading of headline length: BBC's subheads run two to five words ("صفقة ملكية شركة ديزني"), so
// an article that keeps one of six words or more between paragraphs writes its headings as long as
// headlines: "سيارات من الفئة 3 إلى 7 والدفع الرباعي معنيين بالخلل" above France 24's section on
// the cars recalled, which "اشتعال النيران في 30 سيارة بكوريا الجنوبية" heads too (FR-economy-76).
// None of the BBC articles read with a single related headline keeps one. The price: a related
// headline that stays because it shares three words with its paragraph counts as such a heading
// too, and keeps the article's other single related headlines.
const MIN_LONG_HEADING_WORDS = 6;

/** The headings that stay in an article. */
interface KeptHeadings {
  /** How many: a run of heading lines counts once. */
  readonly count: number;
  /** Whether one of them is a single line of MIN_LONG_HEADING_WORDS words or more. */
  readonly hasLongHeading: boolean;
}

// The content line next to `line` in the article, before it (`step` -1) or after it (1).
function contentLineBeside(article: Article, line: Line, step: -1 | 1): Line | undefined {
  for (let index = line.index + step; index >= 0 && index < article.lines.length; index += step) {
    const beside = article.lines[index] as Line;
    if (!beside.isBlank) return beside;
  }
  return undefined;
}

// Whether `line` is a copy the repeat rules cut: one of a run of copies, or a single line of
// `minLength` characters or more. A short heading repeated on its own stays ("ردود الفعل الدولية"
// heading two sections), and still counts.
function isCutCopy(article: Article, line: Line, laterCopies: Uint8Array, minLength: number): boolean {
  if (laterCopies[line.index] === 0) return false;
  const isCopy = (beside: Line | undefined): boolean => beside !== undefined && laterCopies[beside.index] === 1;
  return line.key.length >= minLength || isCopy(contentLineBeside(article, line, -1)) || isCopy(contentLineBeside(article, line, 1));
}

// The headings that stay: runs of heading-like lines (isHeading) between two paragraphs, none of
// the lines found among them; a run counts once (a heading and the title of the video under it:
// "مونديال روسيا: الدنمارك تنتزع الفوز من بيرو وتلحق بفرنسا إلى الصدارة" / "جيريرو بديلا.. تسديد
// بدون تسجيل"). A copy the repeat rules cut (a page captured twice) is no more a heading than the
// first copy, nor a paragraph.
function keptHeadings(article: Article, candidates: readonly Line[], found: ReadonlySet<Line>, { laterCopies, minLength, ...cuts }: OtherCuts): KeptHeadings {
  const restCuts = cuts.restCuts();
  const lines = laterCopies === null ? candidates : candidates.filter((line) => !isCutCopy(article, line, laterCopies, minLength));
  const isKeptHeading = (line: Line): boolean => !found.has(line) && isHeading(article, line);
  let count = 0;
  let hasLongHeading = false;
  for (const { start, end } of lineRuns(lines, isKeptHeading)) {
    if (!isParagraph(article, lines[start - 1], restCuts) || !isParagraph(article, lines[end], restCuts) || asksQuestion(article, lines[start - 1] as Line)) continue;
    count++;
    if (end - start === 1 && wordCount(lines[start] as Line) >= MIN_LONG_HEADING_WORDS) hasLongHeading = true;
  }
  return { count, hasLongHeading };
}

/**
 * Whether `singles`, the headline-like lines found alone among `candidates` (the other lines
 * `found` being boxes), are headings of the article: see MIN_OTHER_HEADINGS and
 * MIN_LONG_HEADING_WORDS.
 */
export function areHeadings(article: Article, candidates: readonly Line[], found: ReadonlySet<Line>, singles: readonly Line[], cuts: OtherCuts): boolean {
  const kept = keptHeadings(article, candidates, found, cuts);
  return kept.hasLongHeading || (kept.count > 0 && kept.count + singles.length - 1 >= MIN_OTHER_HEADINGS);
}
