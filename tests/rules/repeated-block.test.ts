/** repeated-block: a table of texts and the cuts expected, valid (nothing cut) and invalid cases. */
import { describe, expect, it } from 'vitest';
import { describeCuts } from '../helpers/describe-cuts.js';
import { cleanText } from '../../src/index.js';

const only = { only: ['repeated-block'] };
// Distinct sentences: lines that share a frame would read as a template (a parallel structure).
const paragraphs: Record<string, string> = {
  a: 'The council approved the new budget after a long debate on Monday.',
  b: 'Farmers in the north expect a poor wheat harvest because of the drought.',
  c: 'Police closed the main bridge while engineers inspected its cracked pillars.',
  '1': 'Oil prices climbed sharply as traders worried about supply in winter.',
  '2': 'A new museum of modern art opened its doors to the public downtown.',
  '3': 'Students protested outside the ministry demanding lower university fees.',
  x: 'Heavy rain flooded several villages and cut the road to the airport.',
  lead: 'The president announced early elections in a televised speech last night.',
};
const p = (label: string): string => paragraphs[label] as string;

const cases: { name: string; lines: string[]; cuts: string[] }[] = [
  { name: 'a block repeated after the original', lines: ['Title', p('a'), p('b'), p('c'), p('a'), p('b'), p('c')], cuts: ['5-7 repeated-block (copy of 2-4)'] },
  { name: 'a lead repeated as line 2', lines: [p('lead'), p('lead'), p('b')], cuts: ['2 repeated-block (copy of 1)'] },
  { name: 'interleaved copies p1 p2 p1 p2', lines: [p('1'), p('2'), p('1'), p('2')], cuts: ['3-4 repeated-block (copy of 1-2)'] },
  { name: 'two separate repeats', lines: [p('1'), p('2'), p('3'), p('1'), p('x'), p('3')], cuts: ['4 repeated-block (copy of 1)', '6 repeated-block (copy of 3)'] },
  { name: 'a repeat after a gap, differing in spaces, diacritics and punctuation', lines: ['وقال الوزير إن الحكومة ستعمل على حل الأزمة.', 'سطر آخر', '  وقال   الوزيرُ إنّ الحكومة ستعمل على حلّ الأزمة'], cuts: ['3 repeated-block (copy of 1)'] },
  { name: 'alef, hamza, ya and ta marbuta variants', lines: ['أعلنت الشركة إطلاق منصة جديدة للمكتبة', 'فاصل', 'اعلنت الشركه اطلاق منصه جديده للمكتبه'], cuts: ['3 repeated-block (copy of 1)'] },
  { name: 'Arabic-Indic digits fold to ASCII', lines: ['وبلغ عدد الضحايا ٤٥ شخصا في المدينة', 'x', 'وبلغ عدد الضحايا 45 شخصا في المدينة'], cuts: ['3 repeated-block (copy of 1)'] },
  { name: 'Turkish dotted capital I folds safely', lines: ['İSTANBUL BELEDİYESİ YENİ BİR KARAR ALDI', 'x', 'istanbul belediyesi yeni bir karar aldı'], cuts: ['3 repeated-block (copy of 1)'] },
  { name: 'NBSP, zero-width and bidi marks are ignored', lines: ['The\u00a0minister said the\u200b plan will start soon.', 'x', '\u200fThe minister said the plan will start soon.'], cuts: ['3 repeated-block (copy of 1)'] },
  { name: 'a short line alone is kept', lines: ['Short line here', p('x'), 'Short line here'], cuts: [] },
  { name: 'short lines count inside a run of two', lines: ['Short one', 'Short two', p('x'), 'Short one', 'Short two'], cuts: ['4-5 repeated-block (copy of 1-2)'] },
  { name: 'separator lines never count', lines: ['-----------------------------------', p('x'), '-----------------------------------'], cuts: [] },
  { name: 'an edited copy next to an exact one (a clause dropped)', lines: [p('a') + ' And then a final clause follows here', p('b'), p('a'), p('b')], cuts: ['3-4 repeated-block (copy of 1-2)'] },
  { name: 'a copied block ending in the first sentence of a longer line', lines: [p('a'), p('b'), 'The last sentence is long enough here.spliced tail of another line', p('a'), p('b'), 'The last sentence is long enough here.'], cuts: ['4-6 repeated-block (copy of 1-3)'] },
  { name: 'a copy glued to the next paragraph', lines: [p('a'), p('b'), 'Suppress this ad slot now .', p('c'), p('a'), p('b'), 'Suppress this ad slot now . And the real paragraph goes on.'], cuts: ['5-6 repeated-block (copy of 1-2)', '7[0:28] repeated-block (copy of 3)'] },
  { name: 'the same photo credit under different photos stays', lines: [p('a'), 'David T. Foster III/The Charlotte Observer via AP Photo', p('b'), 'David T. Foster III/The Charlotte Observer via AP Photo'], cuts: [] },
  {
    // BBC-technology-157's last paragraph, pasted twice: prose with an ellipsis inside a quote is no verse.
    name: 'a paragraph with an ellipsis in it, pasted twice, goes',
    lines: [p('a'), 'وقال جيمس وايتنج، من جمعية "لا ملاريا في بريطانيا: "الملاريا في مفترق طرق الآن... الملاريا مرض ربما قتل البشر أكثر من أي مرض آخر في التاريخ".', 'وقال جيمس وايتنج، من جمعية "لا ملاريا في بريطانيا: "الملاريا في مفترق طرق الآن... الملاريا مرض ربما قتل البشر أكثر من أي مرض آخر في التاريخ".'],
    cuts: ['3 repeated-block (copy of 2)'],
  },
  { name: 'the same verse quoted twice stays', lines: ['ومَا أَنَا إِلَّا مِنْ غَزِيَّة إِنْ غَوَتْ... غَوَيْتُ وَإِنْ تَرْشُدْ غَزِيَّةُ أَرْشُدِ', p('x'), 'ومَا أنَا إلا من غَزِيَة إنْ غوَتْ... غوَيْتُ وإنْ تَرشُدْ غزيَة أَرْشُد'], cuts: [] },
  {
    name: 'a formula repeated for another event stays',
    lines: [
      'وتلقى الأمير اتصالا هاتفيا من وزير الداخلية في مملكة البحرين أدان فيه التفجير',
      'وعبر عن عزائه ومواساته لأسر الشهداء، سائلا الله أن يتغمدهم بواسع رحمته.',
      'وقدم شكره وتقديره لوزير الداخلية في مملكة البحرين على مشاعره الطيبة.',
      'وتلقى الأمير اتصالا هاتفيا من وزير الداخلية في دولة الكويت أدان فيه التفجير',
      'وعبر عن عزائه ومواساته لأسر الشهداء، سائلا الله أن يتغمدهم بواسع رحمته.',
      'وقدم شكره وتقديره لوزير الداخلية في دولة الكويت على مشاعره الطيبة.',
    ],
    cuts: [],
  },
  {
    name: 'identical rows of two spec tables stay',
    lines: ['Model A:', '-Screen: 5.8 inch QHD display', '-Memory: 4GB of fast RAM for apps', '-Storage: 64GB with a card slot too', '-Battery: 3000 mAh with fast charging', 'Model B:', '-Screen: 6.2 inch QHD display', '-Memory: 4GB of fast RAM for apps', '-Storage: 64GB with a card slot too', '-Battery: 3500 mAh with fast charging'],
    cuts: [],
  },
  // Photo captions that show a paragraph again with the photo's credit (lines of real articles:
  // Daily Mail, France 24, Luxemburger Wort). The paragraph, the first copy, stays.
  {
    name: 'a caption repeating the lead with "(stock picture)" added',
    lines: ['Universities were yesterday told not to send students home in the event of a coronavirus outbreak', p('a'), p('b'), 'Universities were yesterday told not to send students home in the event of a coronavirus outbreak (stock picture)', p('c')],
    cuts: ['4 repeated-block (copy of 1)'],
  },
  {
    name: 'a caption repeating the paragraph above it with "© AP" added',
    lines: [p('a'), 'Cette photo fournie par le bureau du Premier ministre népalais montre une zone touchée par le tremblement de terre.', 'Cette photo fournie par le bureau du Premier ministre népalais montre une zone touchée par le tremblement de terre. © AP', p('b')],
    cuts: ['3 repeated-block (copy of 2)'],
  },
  {
    name: 'a caption with a credit of three words ("Foto: Laurent Sturm")',
    lines: [p('a'), 'Sonja Ugen vom Lucet stellte die ersten Evaluierungsergebnisse zum Alphabetisierungsprojekts vor.', 'Sonja Ugen vom Lucet stellte die ersten Evaluierungsergebnisse zum Alphabetisierungsprojekts vor. Foto: Laurent Sturm', p('b')],
    cuts: ['3 repeated-block (copy of 2)'],
  },
  {
    name: 'a paragraph that goes on after an earlier one (no credit) stays',
    lines: [p('a'), 'The minister resigned on Monday after the report was published.', 'The minister resigned on Monday after the report was published (he denies wrongdoing).', p('b')],
    cuts: [],
  },
  {
    name: 'a caption whose paragraph is shorter than the length guard stays',
    lines: [p('a'), 'Flooded streets in Lagos', 'Flooded streets in Lagos (AP Photo)', p('b')],
    cuts: [],
  },
  {
    name: 'words added before a caption word are new text, and the line stays',
    lines: [p('a'), 'The minister arrived at the conference centre in Leeds on Monday', 'The minister arrived at the conference centre in Leeds on Monday: his wife, pictured', p('b')],
    cuts: [],
  },
  {
    name: 'a credit of more than four words is new text, and the line stays',
    lines: [p('a'), 'Police closed the main bridge while engineers inspected it.', 'Police closed the main bridge while engineers inspected it (photo taken by a local resident last week).', p('b')],
    cuts: [],
  },
];

describe('repeated-block', () => {
  it.each(cases)('$name', ({ lines, cuts }) => {
    expect(describeCuts(lines, only)).toEqual(cuts);
  });

  it('reports the repeat of a cut cross-link under the cross-link, not as a repeat', () => {
    const lines = [p('a'), 'READ MORE: Another story headline here', p('b'), 'READ MORE: Another story headline here'];
    expect(describeCuts(lines)).toEqual(['2 cross-link', '4 cross-link']);
  });

  // Cut as a glued segment, the copy would leave line 7 empty: the link goes first, then the line
  // is the repeat of line 3 that it is.
  it('a copy that an emoji opens is a repeat', () => {
    const paragraph = 'قال وزير المالية اليوم إن الحكومة ستعلن خطة جديدة لدعم الاقتصاد خلال الأسابيع المقبلة.';
    const other = 'وأضاف الوزير أن الخطة تتضمن إجراءات لدعم الشركات الصغيرة والمتوسطة في كل المحافظات.';
    expect(describeCuts([paragraph, other, `📌 ${paragraph}`], { only: ['repeated-block'] })).toEqual(['3 repeated-block (copy of 1)']);
  });

  it('a copy glued to a cross-link goes as a whole line', () => {
    const lines = [p('a'), p('b'), p('c'), 'x', p('a'), p('b'), `${p('c')} Read more: Another story headline about the markets`, 'The end.'];
    const result = cleanText(lines.join('\n'));
    expect(result.text).toBe([p('a'), p('b'), p('c'), 'x', 'The end.'].join('\n'));
    expect(describeCuts(lines)).toEqual(['5-6 repeated-block (copy of 1-2)', '7 repeated-block (copy of 3)', '7[76:128] cross-link']);
  });

  // Found by the second pass, on the cleaned text where the caption is line 1: the reason names
  // line 2, the line of the input, like duplicateOf.
  it('a repeat found after other cuts names the line of the input', () => {
    const caption = 'The minister opened the new bridge on Monday morning.';
    const text = ['READ MORE: Some other headline about the markets today', `${caption} ${caption}`, p('c'), caption, ''].join('\n');
    const cut = cleanText(text).findings.map(({ rule, reason, lines, duplicateOf }) => ({ rule, reason, lines, duplicateOf }));
    expect(cut).toEqual([
      { rule: 'cross-link', reason: 'read-also line "READ MORE"', lines: { start: 1, end: 1 }, duplicateOf: null },
      { rule: 'repeated-inline', reason: 'repeats characters 1-53 of line 2 right after them', lines: { start: 2, end: 2 }, duplicateOf: { start: 2, end: 2 } },
      { rule: 'repeated-block', reason: 'repeats line 2', lines: { start: 4, end: 4 }, duplicateOf: { start: 2, end: 2 } },
    ]);
  });
});
