/** cross-link: read-also lines, headline lists after a marker, teasers ending in a marker, inline links. */
import { lineContent, type Article, type Line } from '../model/article.js';
import type { Finding } from '../model/finding.js';
import type { Rule, RuleContext } from '../model/rule.js';
import type { MarkerLexicon } from '../lexicon/marker-lexicon.js';
import { matchMarker, type MarkerMatch } from '../links/marker-match.js';
import { collectHeadlineList, isPageCounter } from '../links/headline-list.js';
import { withoutBullet } from '../links/separators.js';
import { isBareAddress } from '../links/headline-shape.js';
import { lineSegmentFinding, wholeLinesFinding } from '../engine/line-cuts.js';

const id = 'cross-link';

function describe(match: MarkerMatch, listLength: number): string {
  if (listLength > 0) return `"${match.marker}" followed by ${listLength} headline${listLength === 1 ? '' : 's'}`;
  if (match.placement === 'trailing') return `teaser line ending in "${match.marker}"`;
  if (match.placement === 'inline') return `"${match.marker}" link at the end of a paragraph`;
  return `read-also line "${match.marker}"`;
}

function inlineFinding(line: Line, match: MarkerMatch): Finding {
  return lineSegmentFinding(line, { start: match.cutStart, end: line.contentEnd }, {
    rule: id,
    reason: describe(match, 0),
    duplicateOf: null,
    marker: match.marker,
    // A link closing a paragraph ("… the Arizona lawman. Read more…") names no headline.
    headlines: match.headline === '' ? [] : [match.headline],
  });
}

function lineFindings(article: Article, index: number, lexicon: MarkerLexicon): { finding: Finding; next: number } | null {
  const line = article.lines[index] as Line;
  const match = matchMarker(article, line, lexicon);
  if (match === null) return null;
  if (match.placement === 'inline') return { finding: inlineFinding(line, match), next: index + 1 };
  // A teaser that ends in its marker is the whole link: the line after it is the article's again.
  const list = match.placement === 'trailing' && !match.opensList ? [] : collectHeadlineList(article, index, match.opensList, lexicon);
  const last = list.length > 0 ? (list[list.length - 1] as Line) : line;
  // The addresses below headlines are part of the link, not headlines.
  const contents = list.map((item) => lineContent(article, item)).filter((item) => !isBareAddress(item));
  const items = contents.filter((item) => !isPageCounter(item));
  const headlines = [match.headline, ...items.map((item) => withoutBullet(item.trim()))];
  const finding = wholeLinesFinding(article, line, last, {
    rule: id,
    reason: describe(match, contents.length),
    duplicateOf: null,
    marker: match.marker,
    headlines: headlines.filter((headline) => headline !== ''),
  });
  return { finding, next: last.index + 1 };
}

function check(article: Article, context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  let index = 0;
  while (index < article.lines.length) {
    const found = lineFindings(article, index, context.settings.markers);
    if (found === null) {
      index++;
      continue;
    }
    findings.push(found.finding);
    index = found.next;
  }
  return findings;
}

/** Removes read-also cross-links to other stories. */
export const crossLink: Rule = {
  id,
  description: 'Read-also cross-links: marker lines, headline lists after a marker, teasers ending in a marker, inline links.',
  enabledByDefault: true,
  judgesLinesAlone: true,
  check,
};
