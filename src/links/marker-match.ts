/** Finds a read-also marker in one line: at its start, at its end, or after a sentence inside it. */
import type { Article, Line } from '../model/article.js';
import { pairCodeOf, type MarkerLexicon, type MarkerPhrase } from '../lexicon/marker-lexicon.js';
import { MarkerHint, markerHints, matchPhraseAt, matchPhraseEndingAt } from '../lexicon/phrase-match.js';
import { foldText, type FoldedText } from '../text/folded-text.js';
import { CharacterClass, classOf, foldedCodeOf, isWhiteSpaceCode, previousVisibleCode, codeUnitSet } from '../text/character-table.js';
import { hasTrailingSeparator, holdsOpeningBracket, isOpeningBracket, isQuotedPhrase, joinsCompound, separatorEnd, skipBackOverDecoration, skipOpeners, trimTrailing } from './separators.js';
import { MAX_HEADLINE_LENGTH, endsUnfinished, isBareAddress, isHeadlineShaped } from './headline-shape.js';
import { continuesStory } from './connectives.js';
import { comparisonKey } from '../text/comparison-key.js';
import { FULL_STOPS, endsWithFullStop } from '../text/sentence-end.js';

/** Where a marker sits in its line. */
export type MarkerPlacement = 'leading' | 'trailing' | 'inline';

/** A marker found in a line, with the span to cut. */
export interface MarkerMatch {
  readonly placement: MarkerPlacement;
  /** The marker as written in the text. */
  readonly marker: string;
  /** The linked headline as written: the tail after a leading or inline marker, the teaser before a trailing one. */
  readonly headline: string;
  /** Offset where the cut starts: the line start, or the white space before an inline marker. */
  readonly cutStart: number;
  /** A marker with nothing after it but a separator: headline lines follow. */
  readonly opensList: boolean;
}

// Markers are at most a few words; this much of a line is enough to find one.
const WINDOW = 64;
const STARTS_LOWER_CASE = /^\P{L}*\p{Ll}/u;
// A first word in lower case throughout ("the", not "iPhone"), before any digit: a headline in
// sentence case may open with a number ("Related: 3 arrested after …").
const OPENS_WITH_LOWER_CASE_WORD = /^[^\p{L}\p{N}]*\p{Ll}[\p{Ll}\p{M}]*(?![\p{L}\p{M}])/u;
// A full stop that ends an initial ("… between China and the U.S.", "Washington, D.C."): a
// headline may end with one.
const ENDS_WITH_INITIAL = /(?:^|[\s.])\p{Lu}\.["'”’»)\]\s]*$/u;

// Whether `tail` ends a sentence with a full stop, not an initial.
function endsSentence(tail: string): boolean {
  return endsWithFullStop(tail) && !ENDS_WITH_INITIAL.test(tail);
}

function originalText(article: Article, folded: FoldedText, from: number, to: number): string {
  return article.text.slice(folded.offsets[from] as number, folded.offsets[to] as number).trim();
}

// A phrase that reads as prose too, followed by a separator and a sentence, opens that sentence:
// one that ends with a full stop ("أيضاً.. لم يعد الأمر مقتصرا على المدن الكبرى، بل امتد إلى
// القرى."), or in a script with case one that opens with a word in lower case ("More — and better —
// jobs are needed …", "More: the council will meet again …"). A linked headline has no full stop at
// its end and opens with a capital ("Related: Oil prices climb again") or a name ("iPhone 8 …").
function opensSentence(phrase: MarkerPhrase, tail: string): boolean {
  return phrase.needsSeparator && (endsSentence(tail) || (phrase.isCased && OPENS_WITH_LOWER_CASE_WORD.test(tail)));
}

// Any marker followed by a paragraph longer than a headline that ends with a full stop opens that
// paragraph: "Auch interessant: Wer einen IAB für das Vorjahr gebildet hat, …" (258 characters).
function opensParagraph(tail: string): boolean {
  return tail.length > MAX_HEADLINE_LENGTH && endsSentence(tail);
}

function isProseContinuation(phrase: MarkerPhrase, tail: string, hasSeparator: boolean): boolean {
  if (hasSeparator) return opensSentence(phrase, tail) || opensParagraph(tail);
  if (phrase.needsSeparator) return tail !== '';
  // Only the link's address after the marker: "Leia mais sobre esse assunto em
  // http://oglobo.globo.com/brasil/...#ixzz4O2f4CMpp", the attribution a copy from O Globo carries.
  if (isBareAddress(tail)) return false;
  // "Lesen Sie auch die Checkliste …" is a sentence; "Lesen Sie auch Die besten …" is a link.
  if (phrase.isCased && STARTS_LOWER_CASE.test(tail)) return true;
  return tail.length > MAX_HEADLINE_LENGTH;
}

// A marker that needs a headline (needsHeadline) counts only inside a paragraph, after a clause
// mark, with a headline after it on the same line: "...، الأربعاء، التفاصيل: كل ما تحتاج معرفته عن
// إطلاق النار في هذه المدرسة الأمريكية". "التفاصيل" alone on its line may head a section of the
// article, and "التفاصيل: أعلنت وزارة الصحة اليوم ..." opens a paragraph, so at the start of a line
// it never counts; and what follows it must be a headline: a line of at most MAX_LINKED_WORDS
// words that neither ends unfinished (a colon announcing a list) nor opens with a connective.
const MAX_LINKED_WORDS = 16;

function isLinkedHeadline(tail: string): boolean {
  return isHeadlineShaped(tail) && !endsUnfinished(tail) && tail.split(/\s+/).length <= MAX_LINKED_WORDS && !continuesStory(comparisonKey(tail));
}

function matchLeading(article: Article, line: Line, lexicon: MarkerLexicon): MarkerMatch | null {
  const end = Math.min(line.contentEnd, line.start + WINDOW);
  const folded = foldText(article.text, line.start, end);
  const position = skipOpeners(folded.text, 0);
  const phrase = matchPhraseAt(lexicon, folded.text, position);
  // A marker that needs a headline never counts at the start of a line (see MAX_LINKED_WORDS), nor
  // one that needs brackets.
  if (phrase === null || phrase.needsHeadline || phrase.needsBrackets) return null;
  const phraseEnd = position + phrase.folded.length;
  if (joinsCompound(folded.text, phraseEnd) || (phrase.needsSeparator && isQuotedPhrase(folded.text, position, phraseEnd))) return null;
  const afterSeparator = separatorEnd(folded.text, phraseEnd);
  const hasSeparator = afterSeparator !== -1;
  const tailStart = hasSeparator ? (folded.offsets[afterSeparator] as number) : (folded.offsets[phraseEnd] as number);
  const rest = article.text.slice(tailStart, line.contentEnd).trim();
  // "[Related: Oil prices climb again]": the headline is what the brackets hold.
  const tail = holdsOpeningBracket(folded.text, 0, position) ? rest.replace(CLOSES_BRACKET, '').trim() : rest;
  if (isProseContinuation(phrase, tail, hasSeparator)) return null;
  // A wrapped line that starts "more from. Taxes ..." continues a sentence: without a separator a
  // marker in a script with case is written as one ("More from", "READ MORE").
  if (!hasSeparator && phrase.isCased && !isWrittenAsMarker(article.text, folded.offsets[position] as number, phrase)) return null;
  return {
    placement: 'leading',
    marker: originalText(article, folded, position, phraseEnd),
    headline: tail,
    cutStart: line.start,
    // "لقراءة التصريحات كاملة اضغط على العنوان التالي:" announces the headline on the next line.
    opensList: tail === '' || /[:：]$/.test(tail),
  };
}

function matchTrailing(article: Article, line: Line, lexicon: MarkerLexicon): MarkerMatch | null {
  const start = Math.max(line.start, line.contentEnd - WINDOW);
  const folded = foldText(article.text, start, line.contentEnd);
  const end = trimTrailing(folded.text);
  const phrase = matchPhraseEndingAt(lexicon, folded.text, end);
  if (phrase === null) return null;
  const phraseStart = end - phrase.folded.length;
  const markerOffset = folded.offsets[phraseStart] as number;
  const teaser = article.text.slice(line.start, markerOffset).trim();
  if (teaser === '') return null;
  const marker = originalText(article, folded, phraseStart, end);
  const teaserEnd = previousVisibleCode(article.text, skipBackOverDecoration(article.text, markerOffset, line.start), line.start);
  // A colon right before the marker announces it as what the sentence says: "The only credible
  // suggestion for becoming a faster reader is: Read more." (a blog post), "نصيحتي للشباب: اقرأ
  // المزيد". A teaser ends with its own punctuation or none.
  if (ANNOUNCING_COLONS.has(teaserEnd)) return null;
  // A phrase that reads as prose too ends no teaser: at most it closes a paragraph as a button's
  // label (see linkClosingParagraph).
  if (phrase.needsSeparator) return isButtonLabel(article, line, marker, folded.offsets[end] as number) ? linkClosingParagraph(article, line, marker, markerOffset, phrase) : null;
  if (line.contentEnd - line.start > MAX_HEADLINE_LENGTH * 1.5) return linkClosingParagraph(article, line, marker, markerOffset, phrase);
  if (!isSetOffFromTeaser(article, markerOffset, teaserEnd, phrase, teaser)) return null;
  return {
    placement: 'trailing',
    marker,
    headline: teaser,
    cutStart: line.start,
    opensList: hasTrailingSeparator(folded.text, end),
  };
}

// Whether a marker at the end of a line stands apart from the teaser before it, rather than ending
// a sentence: "ولكن ما هو هاكاثون الحج؟ اقرأ المزيد" is a teaser, "I urge everyone to read more." is
// a sentence. After punctuation it does, and so does a marker written as one in a script with case
// ("... the new rules Read More"). A caseless marker needs nothing before it when the teaser is
// headline-long ("مصر تستعد لإطلاق قمر جديد اقرأ المزيد"): in a script without case, prose does not
// end on "اقرأ المزيد" (no line of 908 real articles does). `teaserEnd` is the code unit the
// teaser ends with, decoration aside.
function isSetOffFromTeaser(article: Article, markerOffset: number, teaserEnd: number, phrase: MarkerPhrase, teaser: string): boolean {
  if (TEASER_END_PUNCTUATION.has(teaserEnd) || isWrittenAsMarker(article.text, markerOffset, phrase)) return true;
  return !phrase.isCased && teaser.length <= MAX_HEADLINE_LENGTH;
}

// Punctuation after which an inline marker may start: sentence ends, and the clause marks that
// CNN Arabic uses before one ("...بين المستخدمين، اقرأ المزيد: فيسبوك تغير من سياساتها..").
// Sets of code units, so a character is looked up without becoming a string.
const ANCHOR_PUNCTUATION = codeUnitSet([...FULL_STOPS, '!', '?', '؟', '…', '،', ',', ';', '؛', '»', '"', '”', ')']);
// What ends the teaser sentence before a trailing marker (a colon announces it instead: see
// ANNOUNCING_COLONS).
const TEASER_END_PUNCTUATION = codeUnitSet([...FULL_STOPS, '!', '?', '؟', '…', '|', '-', '–', '—', '»', '"', '”', ')', '>']);

const CLOSES_BRACKET = /[)\]]$/;
const ANNOUNCING_COLONS = codeUnitSet([':', '：']);

// What ends the sentence before a marker that closes a whole paragraph.
const SENTENCE_END_PUNCTUATION = codeUnitSet(['.', '!', '?', '؟', '…', '。', '"', '”', '»', ')']);

// A line too long to be a teaser that ends in a marker after a full sentence is a paragraph with
// its link glued on, as a scraped feed excerpt ends: "... after McCain attacked Donald J. Trump for
// pardoning the Arizona lawman. Read more…". Only the link goes, from the white space before it.
function linkClosingParagraph(article: Article, line: Line, marker: string, markerOffset: number, phrase: MarkerPhrase): MarkerMatch | null {
  const decorationStart = skipBackOverDecoration(article.text, markerOffset, line.start);
  const sentenceEnd = previousVisibleCode(article.text, decorationStart, line.start);
  if (!SENTENCE_END_PUNCTUATION.has(sentenceEnd)) return null;
  if (phrase.isCased && !isWrittenAsMarker(article.text, markerOffset, phrase)) return null;
  return { placement: 'inline', marker, headline: '', cutStart: decorationStart, opensList: false };
}

// A phrase that reads as prose too closes a paragraph as a link only as a button's label: in
// capitals, with the button's sign after it (okezone's "… Far East Film Festival. BERITA TERKAIT
// +"). In capitals alone it may be a sentence ("HOW MUCH? MORE!", "OPEN A BOOK. READ.") or a wire's
// continuation tag ("(MORE)"), which labeling rule 5 keeps.
const BUTTON_SIGN = /^[+›»→>]+$/u;

function isButtonLabel(article: Article, line: Line, marker: string, markerEnd: number): boolean {
  const isInCapitals = /\p{Lu}/u.test(marker) && !/\p{Ll}/u.test(marker);
  return isInCapitals && BUTTON_SIGN.test(article.text.slice(markerEnd, line.contentEnd).replace(/\s+/gu, ''));
}

// In a script with letter case a marker written as one ("Read More", "READ MORE") stands out
// from the same words in a sentence ("to read more").
function isWrittenAsMarker(text: string, offset: number, phrase: MarkerPhrase): boolean {
  return phrase.isCased && /^\p{Lu}/u.test(text.slice(offset, offset + 1));
}

// Whether a marker at `position` inside a paragraph is set apart from the words before it: by
// anchor punctuation before its white space and pictographs, or by a bracket opened right before
// it, as punctuation does ("… (اقرأ أيضا: …)").
function isSetApart(text: string, line: Line, position: number): boolean {
  if (isOpeningBracket(text.charCodeAt(position - 1))) return true;
  return ANCHOR_PUNCTUATION.has(previousVisibleCode(text, skipBackOverDecoration(text, position, line.start), line.start));
}

function inlineMatchAt(article: Article, line: Line, position: number, lexicon: MarkerLexicon): MarkerMatch | null {
  const folded = foldText(article.text, position, Math.min(line.contentEnd, position + WINDOW));
  const phrase = matchPhraseAt(lexicon, folded.text, 0);
  if (phrase === null) return null;
  // Inside a paragraph a marker follows punctuation; after a plain word only a capitalized one
  // counts ("... the plan READ MORE: ..."), since "we need to read more: books, papers" is prose.
  if (!isSetApart(article.text, line, position) && (phrase.needsSeparator || !isWrittenAsMarker(article.text, position, phrase))) return null;
  const inBrackets = isOpeningBracket(article.text.charCodeAt(position - 1));
  if (phrase.needsBrackets && !inBrackets) return null;
  const phraseEnd = phrase.folded.length;
  const afterSeparator = separatorEnd(folded.text, phraseEnd);
  if (afterSeparator === -1 || afterSeparator >= folded.text.length || joinsCompound(folded.text, phraseEnd)) return null;
  const rest = article.text.slice(folded.offsets[afterSeparator] as number, line.contentEnd).trim();
  // In brackets, the link is the whole rest of the line, up to the closing bracket that ends it,
  // and a marker in a script with case is written as one: "(read more: books) this year" is prose.
  if (inBrackets && (!CLOSES_BRACKET.test(rest) || (phrase.isCased && !isWrittenAsMarker(article.text, position, phrase)))) return null;
  const tail = inBrackets ? rest.replace(CLOSES_BRACKET, '').trim() : rest;
  if (tail === '' || tail.length > MAX_HEADLINE_LENGTH || (phrase.needsHeadline && !isLinkedHeadline(tail))) return null;
  // A phrase that reads as prose too, before a sentence that ends with a full stop, goes on with the
  // paragraph: "… في ورقة ضعف منهجي. كذلك: مكتبات زاخرة بنظائر قريبة …".
  if (phrase.needsSeparator && endsSentence(tail)) return null;
  // In a script with case a linked headline opens with a capital or a name ("iPhone 8 Jauh Lebih
  // Ngebut…"): "… two hours. You might also be interested in: the museum shop, the garden café
  // and the rooftop terrace." lists what follows.
  if (phrase.isCased && OPENS_WITH_LOWER_CASE_WORD.test(tail)) return null;
  return {
    placement: 'inline',
    marker: originalText(article, folded, 0, phraseEnd),
    headline: tail,
    // The white space and any pictograph before the marker go with it.
    cutStart: skipBackOverDecoration(article.text, position, line.start),
    opensList: false,
  };
}

// The first two characters of the text at `position`, folded as phrases are (marks skipped), as
// one pair code; -1 past the line.
function foldedPairAt(text: string, position: number, end: number): number {
  let first = -1;
  for (let index = position; index < end; index++) {
    const code = text.charCodeAt(index);
    const kind = classOf(code);
    if (kind === CharacterClass.Ignorable) continue;
    const folded = kind === CharacterClass.Letter || kind === CharacterClass.Other ? foldedCodeOf(code) : code;
    if (first !== -1) return pairCodeOf(first, folded);
    first = folded;
  }
  return first === -1 ? -1 : pairCodeOf(first, -1);
}

// Where a marker can start inside a paragraph: at a character that is not white space, right after
// white space or anchor punctuation. What each code unit is for that, filled as units are seen:
const Boundary = { unknown: 0, space: 1, anchor: 2, other: 3, opener: 4 } as const;
const boundaries = new Uint8Array(0x10000);

function boundaryOf(code: number): number {
  let kind = boundaries[code] as number;
  if (kind === Boundary.unknown) {
    kind = isWhiteSpaceCode(code) ? Boundary.space : ANCHOR_PUNCTUATION.has(code) ? Boundary.anchor : isOpeningBracket(code) ? Boundary.opener : Boundary.other;
    boundaries[code] = kind;
  }
  return kind;
}

// The cut starts at the white space before the marker and runs to the end of the line; the
// paragraph text before it, punctuation included, stays. Only word starts whose first two
// letters begin a phrase are folded and tried, so a long paragraph costs one pass.
function matchInline(article: Article, line: Line, lexicon: MarkerLexicon): MarkerMatch | null {
  const { text } = article;
  const pairs = lexicon.phrasePairCodes;
  const caseless = lexicon.caselessStrongPairCodes;
  let before = boundaryOf(text.charCodeAt(line.start));
  for (let position = line.start + 1; position < line.contentEnd; position++) {
    const kind = boundaryOf(text.charCodeAt(position));
    const isWordStart = kind !== Boundary.space && before !== Boundary.other;
    before = kind;
    if (!isWordStart) continue;
    const pair = foldedPairAt(text, position, line.contentEnd);
    if (!pairs.has(pair)) continue;
    // After a plain word only a capitalized or caseless strong marker can start (see inlineMatchAt):
    // "more" in the middle of an English sentence is not even folded.
    if (!caseless.has(pair) && !/\p{Lu}/u.test(text[position] as string) && !isSetApart(text, line, position)) continue;
    const match = inlineMatchAt(article, line, position, lexicon);
    if (match !== null) return match;
  }
  return null;
}

/** The read-also marker of a line, if it has one. */
export function matchMarker(article: Article, line: Line, lexicon: MarkerLexicon): MarkerMatch | null {
  if (line.isBlank) return null;
  const hints = markerHints(lexicon, line.key);
  if (hints === MarkerHint.none) return null;
  return (
    ((hints & MarkerHint.atStart) !== 0 ? matchLeading(article, line, lexicon) : null) ??
    ((hints & MarkerHint.atEnd) !== 0 ? matchTrailing(article, line, lexicon) : null) ??
    ((hints & MarkerHint.inside) !== 0 ? matchInline(article, line, lexicon) : null)
  );
}
