/** Arabic continuation connectives: how a paragraph that continues an article opens. */
import teaserData from '../lexicon/teasers.json' with { type: 'json' };
import { comparisonKey } from '../text/comparison-key.js';

const openerKeys = teaserData.continuationOpeners.map((opener) => comparisonKey(opener));
// Words whose own first letter is و: "وافقت الحكومة المصرية اليوم، الثلاثاء، على مشروع قانون ..." is a lead.
const rootWawKeys = new Set(teaserData.rootWawWords.map((word) => comparisonKey(word)));

function firstWordOf(key: string): string {
  const space = key.indexOf(' ');
  return space === -1 ? key : key.slice(0, space);
}

/**
 * Whether a comparison key opens with a continuation: و joined to the first word ("وقال",
 * "وأضاف") or standing apart from it, as some sites type it ("و أعلن زوكربيرغ عن رغبته ..."),
 * or an opener such as "كما" or "من جهته". The lead of another story opens without one.
 */
export function startsWithConnective(key: string): boolean {
  if (/^و(?:\S{2,}| )/.test(key)) return true;
  // "opener" alone or followed by a space, read in place (no "opener " string per opener and line).
  return openerKeys.some((opener) => key.startsWith(opener) && (key.length === opener.length || key.charCodeAt(opener.length) === 0x20));
}

/**
 * Whether a comparison key opens with a word whose own first letter is و ("وافقت", "وزير",
 * "واشنطن"), which startsWithConnective takes for a connective: such a paragraph may be the lead of
 * another story all the same.
 */
export function opensWithRootWaw(key: string): boolean {
  return rootWawKeys.has(firstWordOf(key));
}

/**
 * Whether a comparison key opens as a paragraph that continues a story: with a connective, and not
 * with a word whose own first letter is و. Leads and headlines do not ("وفاة الإذاعية المصرية أمال
 * فهمي عن 92 عاما" is a headline; "وأضاف: ..." goes on with the article).
 */
export function continuesStory(key: string): boolean {
  return startsWithConnective(key) && !opensWithRootWaw(key);
}
