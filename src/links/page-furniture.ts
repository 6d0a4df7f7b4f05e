/**
 * Page furniture: lines of the page rather than of any story ("Story Continued Below", "Featured
 * image via Flickr", "h/t The Right Scoop"), which labeling rule 5 keeps. Read from the lexicon.
 */
import furnitureData from '../lexicon/page-furniture.json' with { type: 'json' };
import { comparisonKey } from '../text/comparison-key.js';

const openingKeys = furnitureData.openings.map((opening) => comparisonKey(opening));

/** Whether a comparison key opens with the words of a line of page furniture. */
export function isPageFurniture(key: string): boolean {
  return openingKeys.some((opening) => key === opening || key.startsWith(`${opening} `));
}
