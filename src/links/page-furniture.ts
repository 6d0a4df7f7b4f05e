/**
 * Page furniture: lines of the page rather than of any story ("Story Continued Below", "Featured
 * image via Flickr", "h/t The Right Scoop", "... اضغط هنا"), which labeling rule 5 keeps. Read from
 * the lexicon.
 */
import furnitureData from '../lexicon/page-furniture.json' with { type: 'json' };
import { comparisonKey } from '../text/comparison-key.js';

const openingKeys = furnitureData.openings.map((opening) => comparisonKey(opening));
const callKeys = furnitureData.calls.map((call) => ` ${comparisonKey(call)} `);

/**
 * Whether a comparison key is that of a line of page furniture: it opens with the words of one, or
 * holds a call to action ("اضغط هنا", "click here").
 */
export function isPageFurniture(key: string): boolean {
  if (openingKeys.some((opening) => key === opening || key.startsWith(`${opening} `))) return true;
  const padded = ` ${key} `;
  return callKeys.some((call) => padded.includes(call));
}
