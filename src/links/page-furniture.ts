/**
 * Page furniture: lines of the page rather than of any story ("Story Continued Below", "Featured
 * image via Flickr", "h/t The Right Scoop", "... اضغط هنا"), which labeling rule 5 keeps. Read from
 * the lexicon.
 */
import furnitureData from '../lexicon/page-furniture.json' with { type: 'json' };
import { comparisonKey } from '../text/comparison-key.js';
import { keyPhrasePattern } from '../text/key-phrase-pattern.js';

const OPENING = keyPhrasePattern(furnitureData.openings.map((opening) => comparisonKey(opening)), 'start');
const CALL = keyPhrasePattern(furnitureData.calls.map((call) => comparisonKey(call)));

/**
 * Whether a comparison key is that of a line of page furniture: it opens with the words of one, or
 * holds a call to action ("اضغط هنا", "click here").
 */
export function isPageFurniture(key: string): boolean {
  return OPENING.test(key) || CALL.test(key);
}
