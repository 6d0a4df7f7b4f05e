/** repeated-inline: repeats inside one line, only the second copy cut. */
import { describe, expect, it } from 'vitest';
import { describeCuts } from '../helpers/describe-cuts.js';

const only = { only: ['repeated-inline'] };
const article = 'انتقدت وسائل الإعلام الأرجنتينية اليوم الحكومة بسبب الأزمة. وطالبت المعارضة بإقالة الوزير لإقالته.';

const cases: { name: string; lines: string[]; cuts: string[] }[] = [
  { name: 'an article glued to itself with no space', lines: [article + article], cuts: [`1[${article.length}:${article.length * 2}] repeated-inline (copy of 1)`] },
  { name: 'a doubled caption', lines: ['File image of US President Donald Trump. AP File image of US President Donald Trump. AP'], cuts: ['1[43:87] repeated-inline (copy of 1)'] },
  { name: 'a sentence said twice', lines: ['First sentence is here. The second sentence is said twice. The second sentence is said twice. The end.'], cuts: ['1[58:93] repeated-inline (copy of 1)'] },
  { name: 'three copies keep one', lines: ['A sentence that is long enough to count. A sentence that is long enough to count. A sentence that is long enough to count.'], cuts: ['1[40:122] repeated-inline (copy of 1)'] },
  { name: 'a short repeated phrase stays', lines: ['Yes. Yes. He said it.'], cuts: [] },
  { name: 'a repeat that is not adjacent stays', lines: ['The second sentence is said twice. Something else entirely here. The second sentence is said twice.'], cuts: [] },
  { name: 'a caption glued to itself after a label', lines: ['Photo: Traders work on the floor of the exchange Traders work on the floor of the exchange'], cuts: ['1[48:90] repeated-inline (copy of 1)'] },
  { name: 'a headline glued to itself before the text', lines: ['عاجل الحكومة تعلن خطة جديدة لدعم الاقتصاد عاجل الحكومة تعلن خطة جديدة لدعم الاقتصاد وقال الوزير إن الخطة ستعلن قريبا.'], cuts: ['1[41:83] repeated-inline (copy of 1)'] },
  // FakeNewsNet, PolitiFact_Fake_108: a quotation that says the same clause twice on purpose.
  { name: 'a clause said again after a comma stays', lines: ['“If you serve at the pleasure of the president, you serve at the pleasure of the president,” he said.'], cuts: [] },
  { name: 'a chant after an Arabic comma stays', lines: ['وردد المتظاهرون الشعب يريد إسقاط النظام الفاسد في البلاد، الشعب يريد إسقاط النظام الفاسد في البلاد.'], cuts: [] },
  { name: 'the same chant glued with no comma goes', lines: ['الشعب يريد إسقاط النظام الفاسد في البلاد الشعب يريد إسقاط النظام الفاسد في البلاد.'], cuts: ['1[40:82] repeated-inline (copy of 1)'] },
  { name: 'a chant of few words stays', lines: ['The crowd chanted lock her up lock her up lock her up lock her up lock her up as he spoke'], cuts: [] },
  { name: 'a row of zeros stays', lines: ['Results: ' + Array(40).fill('0').join(' ')], cuts: [] },
  { name: 'a decimal number does not end a sentence', lines: ['The price rose 14.5 percent over the long year. The price rose 14.5 percent over the long year.'], cuts: ['1[47:95] repeated-inline (copy of 1)'] },
];

describe('repeated-inline', () => {
  it.each(cases)('$name', ({ lines, cuts }) => {
    expect(describeCuts(lines, only)).toEqual(cuts);
  });
});
