/** cross-link: a table per language of marked lines that go and look-alikes that stay. */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/index.js';
import { describeCuts } from '../helpers/describe-cuts.js';

const only = { only: ['cross-link'] };
const before = 'The first paragraph of the story is long enough to be a paragraph.';
const after = 'The story then goes on with another paragraph that ends properly.';

/** [language, a line that is a cross-link] */
const markedLines: [string, string][] = [
  ['Arabic', 'إقرأ أيضاً: دي ميستورا متفائل بإنهاء الحرب في سوريا'],
  ['Arabic, hamza on alef below, no colon', 'إقرأ أيضا هل عجلت رحلة شامبليون إلى مصر بوفاته؟'],
  ['Arabic, misspelled', 'أقرأ أيضا: الحرب السورية من يقاتل من'],
  ['Arabic, tanwin over the alef', 'اقرأ أيضًا: عنوان خبر آخر'],
  ['Arabic, space before the colon', 'اقرأ أيضا : أردوغان: الرئيس الذي روض العسكر'],
  ['Arabic, two NBSP', 'اقرأ أيضا:\u00a0\u00a0عنوان خبر آخر'],
  ['Arabic, قد يهمك with a slash', 'قد يهمك/ نتنياهو: إيران تجاوزت الخط الأحمر'],
  ['Arabic, قد يهمك with a bar', 'قد يهمك| أردوغان يصف خاشقجي بالصديق'],
  ['Arabic, قد يهمك with two dots', 'قد يهمك.. عنوان خبر آخر'],
  ['Arabic, قد يهمك أيضا', 'قد يهمك أيضا: عنوان خبر آخر'],
  ['Arabic, شاهد أيضا', 'شاهد أيضا: الأمير وليام يغادر المستشفى'],
  ['Arabic, تابع أيضا', 'تابع أيضاً: عنوان خبر آخر'],
  ['Arabic, كذلك', 'كذلك: عنوان خبر آخر'],
  // CNN Arabic: "also.." alone before another story's headline, with or without و.
  ['Arabic, وأيضا with two dots (CNN)', 'وأيضا.. ماذا تخفي هذه الأقنعة اليابانية من مشاعر مختلفة؟'],
  ['Arabic, بالصور with a colon (BBC: a gallery of another story)', 'بالصور: هجوم المنيا'],
  ['Arabic, بالفيديو with two dots', 'بالفيديو.. لحظة انهيار الجسر في المدينة'],
  ['Arabic, ايضاً with two dots (CNN)', 'ايضاً.. اعتقال تركي لمحاولته بيع خنجر القذافي المسروق لرجل أعمال سعودي'],
  ['Arabic, اقرأ المزيد self-link', 'اقرأ المزيد : المقال كامل - عنوان المقال - الصحيفة https://example.com/a'],
  ['Arabic, self-link footer', 'رابط الخبر بصحيفة الوئام: عنوان هذا الخبر'],
  ['Arabic, tatweel', 'اقـــرأ أيضـــا: عنوان خبر آخر'],
  ['Arabic, يهمك أيضا without قد', 'يهمك أيضاً: ارتفاع أسعار الذهب في الأسواق'],
  ['Arabic, ربما يهمك', 'ربما يهمك: ارتفاع أسعار الذهب في الأسواق'],
  ['Arabic, اخترنا لكم', 'اخترنا لكم | ارتفاع أسعار الذهب في الأسواق'],
  ['Arabic, مواضيع قد تهمك', 'مواضيع قد تهمك: ارتفاع أسعار الذهب في الأسواق'],
  ['Arabic, مقال ذو صلة', 'مقال ذو صلة: ارتفاع أسعار النفط في الأسواق العالمية'],
  ['Arabic, أخبار متعلقة', 'أخبار متعلقة - ارتفاع أسعار النفط في الأسواق العالمية'],
  ['Arabic, المزيد حول هذه القصة (BBC)', 'المزيد حول هذه القصة: ارتفاع أسعار الذهب في الأسواق'],
  ['Arabic, قصص مقترحة (BBC)', 'قصص مقترحة: ارتفاع أسعار الذهب في الأسواق'],
  ['Arabic, روابط ذات صلة', 'روابط ذات صلة | ارتفاع أسعار الذهب في الأسواق'],
  ['Arabic, الأكثر قراءة', 'الأكثر قراءة: ارتفاع أسعار الذهب في الأسواق'],
  ['Arabic, لا تفوت', 'لا تفوت: ارتفاع أسعار الذهب في الأسواق'],
  ['English, More on this story', 'More on this story: Oil prices climb again'],
  ['English, Most read', 'MOST READ: Oil prices climb again'],
  ['English, Suggested stories', 'Suggested stories | Oil prices climb again'],
  ['English, Related links', 'RELATED LINKS: Oil prices climb again'],
  ['English', 'READ MORE: Trump signs the order'],
  ['English, Read More alone', 'Read More'],
  ['English, ALSO READ', 'ALSO READ: Markets fall again'],
  ['English, Related', 'Related: Behind the scenes, NBC execs concede'],
  ['English, bracketed', '[ Read Related Article: The Democratic Party'],
  ['French', 'Lire aussi : Le gouvernement annonce un plan'],
  ['French, guillemet', 'Lire aussi » Le gouvernement annonce un plan'],
  ['Spanish', 'Leer también: El gobierno anuncia un plan'],
  ['German', 'Lesen Sie auch: Die Regierung kündigt einen Plan an'],
  ['Portuguese', 'Leia também: Governo anuncia um plano'],
  ['Italian', 'Leggi anche: Il governo annuncia un piano'],
  ['Russian', 'Читайте также: Правительство объявило план'],
  ['Ukrainian', 'Читайте також: Уряд оголосив план'],
  ['Indonesian', 'Baca juga: Pemerintah umumkan rencana baru'],
  ['Urdu', 'یہ بھی پڑھیں: حکومت کا نیا منصوبہ'],
  ['Persian', 'همچنین بخوانید: دولت برنامه جدید را اعلام کرد'],
  ['Turkish, capitals with dotted I', 'İLGİLİ HABER: Hükümet yeni planı açıkladı'],
  ['Turkish', 'İlgili Haber - Hükümet yeni planı açıkladı'],
  ['Hindi', 'ये भी पढ़ें: सरकार ने नई योजना की घोषणा की'],
  ['Dutch', 'Lees ook: Regering kondigt plan aan'],
  ['Polish', 'Czytaj też: Rząd ogłasza nowy plan'],
  ['Polish, another verb', 'Przeczytaj również: Rząd ogłasza nowy plan'],
  ['Romanian without diacritics', 'Citeste si: Guvernul anunta un nou plan'],
  ['Hebrew, read more', 'קראו עוד: הממשלה הודיעה על תוכנית חדשה'],
  ['Korean', '함께 보면 좋은 기사: 정부, 새 계획 발표'],
  ['English, related news', 'RELATED NEWS: Government unveils new plan'],
  ['Spanish, read more', 'Leer más: El gobierno anuncia un nuevo plan'],
  ['Dutch, also interesting', 'Ook interessant: Regering kondigt plan aan'],
  ['Arabic, an emoji before the marker', '📌 اقرأ أيضا: ارتفاع أسعار النفط في الأسواق العالمية'],
  ['Arabic, a symbol before قد يهمك', '✅ قد يهمك: ارتفاع أسعار النفط في الأسواق العالمية'],
  ['Arabic, a triangle as the separator', 'قد يهمك ▶ ارتفاع أسعار النفط في الأسواق العالمية'],
  ['Arabic, a pointing hand as the separator', 'شاهد أيضا 👇 ارتفاع أسعار النفط في الأسواق العالمية'],
  ['Greek', 'Διαβάστε επίσης: Η κυβέρνηση ανακοίνωσε σχέδιο'],
  ['Swedish', 'Läs också: Regeringen presenterar en plan'],
  ['Chinese', '延伸阅读：政府宣布新计划'],
  // Phrases found in the templates of news sites in these languages (BBC Urdu spells its verbs with
  // ے; the phrases that also read as prose count only with a separator or alone on their line).
  ['Urdu, BBC spelling', 'یہ بھی پڑھیے: غزہ میں مرنے والوں کی تعداد بڑھ گئی'],
  ['Urdu, related news', 'متعلقہ خبریں: حکومت کا نیا منصوبہ'],
  ['Persian, related news', 'اخبار مرتبط: دولت برنامه جدید را اعلام کرد'],
  ['Turkish, may interest you', 'İlginizi çekebilir: Dolar rekor kırdı'],
  ['Spanish, REVISE TAMBIÉN', 'REVISE TAMBIÉN: El gobierno anuncia nuevas medidas'],
  ['Portuguese, you may also like', 'Você também pode gostar de: Governo anuncia um plano'],
  // Met in real articles of L'Agefi and El Espectador.
  ['French, A without its accent', "A lire aussi : Le dossier des risques naturels extrêmes agite le marché de l'assurance"],
  ['Spanish, Le podría interesar', 'Le podría interesar: Las tres alertas de la Contraloría sobre el presupuesto de 2026'],
  // polsatnews.pl, met by a probe of Polish articles.
  ['Polish, ZOBACZ:', 'ZOBACZ: Rzecznik rządu zapowiada dodatkowe pieniądze dla szpitali'],
  // Lines of real articles (probes): Fox News's link to its source, Le Monde's labels of a link,
  // O Globo's copy-paste attribution (its address alone after the marker), Veja's self-link.
  ['English, Click for more from (Fox News)', 'Click for more from The New York Times.'],
  ['French, Lire nos explications (Le Monde)', 'Lire nos explications : Semi-conducteurs : que sont ces puces électroniques dont la pénurie inquiète ?'],
  ['Portuguese, Leia mais sobre esse assunto em, an address alone', 'Leia mais sobre esse assunto em http://oglobo.globo.com/brasil/pf-suspeita-de-fraude-20342.html#ixzz4O2f4CMpp'],
  ['Portuguese, Leia mais em:', 'Leia mais em: https://veja.abril.com.br/economia/com-mais-empresas-de-tecnologia/'],
  ['English, Read more at :', 'Read more at : The Disturbing Sugar Daddy/Sugar Baby Relationship Between Donald Sterling and V. Stiviano'],
  // FakeNewsNet (PolitiFact, real news), met by a probe of the dev corpus's sources.
  ['English, Earlier story:', 'Earlier story: Ratings expectations for first Trump-Clinton debate are sky high'],
  // Headlines in sentence case that open with a number, or end with an initial (found by a review
  // of the guards that keep prose: they would have read as sentences).
  ['English, RELATED: and a headline that opens with a number', 'RELATED: 3 arrested after shooting at mall'],
  ['English, More: and a headline that opens with a number', 'More: 5 things to know about the new tax rules'],
  ['English, Related: and a headline that ends with an initial', 'Related: Trade talks stall between China and the U.S.'],
];

/** [why it stays, a line that is not a cross-link] */
const lookAlikes: [string, string][] = [
  ['ذات صلة in prose', 'وقال الوزير إن القضايا ذات صلة بالاقتصاد ستناقش غدا في الاجتماع.'],
  ['اقرأ as a verb', 'اقرأ الكتاب قبل أن تحكم عليه، هكذا قال الكاتب للحضور في الندوة.'],
  ['ونتابع أيضا in a quote', 'وقال: "ونتابع أيضا ما يجري في المنطقة عن كثب" بحسب البيان.'],
  ['المشاهد أيضاً in prose', 'ويلاحظ المشاهد أيضاً أن الشخصية تعاني من ازدواجية واضحة في المسلسل.'],
  ['related to in prose', 'The charges are related to the company accounts, the court said.'],
  ['Read more as prose', 'Read more about the plan in the minister\'s statement, officials said.'],
  ['Lesen Sie auch in prose', 'Lesen Sie auch die Checkliste zur Steuererklärung, bevor Sie beginnen.'],
  ['Related with no separator', 'Related costs rose by ten percent over the year.'],
  ['قد يهمك in prose without a separator', 'قد يهمك أن تعرف أن الأسعار سترتفع الشهر المقبل بحسب الخبراء.'],
  ['كذلك in prose', 'كذلك أكد الوزير أن الخطة ستنفذ على مراحل خلال العام المقبل.'],
  ['بالصور in prose', 'ونشرت الوزارة بالصور ما قالت إنه دليل على وقوع الهجوم في المدينة.'],
  ['بالفيديو in prose', 'ويمكن استخدام تقنية التحكيم بالفيديو في أربع حالات مؤثرة بحسب الاتحاد الدولي.'],
  ['أيضا opening prose', 'أيضا كان هناك محمود الجوهري "الدينامو"، وميمي الشربيني "النفاثة"، وطه إسماعيل "الشيخ".'],
  ['أيضاً with a comma', 'أيضاً، قال المتحدث باسم الحكومة إن الخطة ستنفذ خلال العام المقبل بالكامل.'],
  ['وأيضا opening prose', 'وأيضا فإن الحكومة ستعمل على خفض الضرائب في العام المقبل كما وعدت من قبل.'],
  ['أيضا ending a paragraph', 'وقال إن الحكومة ستعمل على خفض الضرائب في العام المقبل أيضاً.'],
  ['أيضاً.. inside a quotation', 'وقال: "نحن أيضاً.. نريد السلام والاستقرار في المنطقة كلها"'],
  ['read more ending a sentence', 'The teacher urged every pupil in the class to read more.'],
  ['read more: inside a sentence', 'Students said they need to read more: books, papers and long essays.'],
  ['leer más: inside a sentence', 'Los profesores piden a los alumnos leer más: libros, diarios y ensayos.'],
  ['read more: in brackets inside a sentence', 'He said he would (read more: books) this year, and fewer magazines.'],
  ['read more: in brackets at the end, not written as a marker', 'He said that this year he would (read more: books)'],
  ['a bracketed reference', 'Scientists used a new method (see the study: Nature, 2021) to measure it.'],
  ['an emoji before a news flash', '🔴 عاجل: الحكومة تعلن حالة الطوارئ في العاصمة بعد الفيضانات'],
  ['Related news with no separator', 'Related news from the region pushed oil prices higher on Monday.'],
  ['ربما يهمك in prose', 'ربما يهمك أن تعرف أن الأسعار سترتفع الشهر المقبل بحسب الخبراء.'],
  ['أخبار متعلقة in prose', 'أخبار متعلقة بالانتخابات انتشرت على مواقع التواصل خلال الأسبوع الماضي.'],
  ['Related content in prose', 'Related content moderation rules were tightened by the platform last year.'],
  ['الأكثر قراءة in prose', 'الأكثر قراءة في العالم هي الكتب الدينية بحسب الدراسة الجديدة.'],
  ['لا تفوت in prose', 'لا تفوت الفرصة لزيارة المعرض الذي يستمر حتى نهاية الشهر.'],
  ['Most read in prose', 'Most read books of the year were novels, the survey found.'],
  ['ilginizi çekebilir in prose', 'Bu haber ilginizi çekebilir ve piyasalar hakkında daha fazla bilgi verir, uzmanlar yarın açıklayacak.'],
  ['Simak video leading into prose', 'Simak video berikut ini untuk mengetahui lebih lanjut tentang kebijakan baru pemerintah daerah tersebut.'],
  ['Você pode gostar de in prose', 'Você pode gostar de futebol ou não, mas a final de domingo vai parar o país inteiro.'],
  ['A lire in prose', 'A lire les commentaires des lecteurs, la réforme ne convainc personne dans la région depuis des mois.'],
  ['A voir in prose', 'A voir si le gouvernement tiendra ses promesses avant les élections prévues au printemps prochain.'],
  ['Sugerimos in prose', 'Sugerimos que los ciudadanos revisen sus documentos antes de viajar al exterior durante las vacaciones.'],
  ['Read more at, prose', 'Read more at the library, where the archive is open to the public every weekday.'],
  ['Earlier story, prose', 'Earlier story arcs had set up the twist, the showrunner told reporters on Monday.'],
  // A colon right before a marker that ends the line announces it (a blog post on speed reading,
  // found by a helper's search for false cuts; the Arabic line built after it).
  ['Read more after a colon, the sentence\'s own words', 'The only credible suggestion for becoming a faster reader is: Read more.'],
  ['اقرأ المزيد after a colon, the sentence\'s own words', 'وقال الكاتب في حواره مع الصحيفة إن نصيحته الوحيدة للشباب: اقرأ المزيد'],
  // A phrase in quotes of its own is a name (a helper's search for false cuts, a sentence it built).
  ['«شاهد», the name of a streaming service', '«شاهد» تكشف عن قائمة مسلسلات رمضان الحصرية لهذا العام'],
  // A hyphen or a slash between two letters joins a compound word (found by a review).
  ['Related- in a compound word', 'Related-party transactions rose by ten percent over the year, the filing said.'],
  ['More- in a compound word', 'More-than-expected demand lifted sales in the quarter, the chief executive said.'],
  ['Read- in a compound word', 'Read-only copies of the files were handed to the court on Monday.'],
  ['Read/ in a compound word', 'Read/write access to the archive is limited to the newsroom staff.'],
  ['Earlier story- in a compound word', 'Earlier story-telling traditions shaped the film, the director said in an interview.'],
  // A phrase that reads as prose too, a separator, then a word in lower case: a sentence.
  ['More — and better —, prose', 'More — and better — jobs are needed in the region, the minister said on Monday.'],
  ['Related — though distinct —, prose', 'Related — though distinct — concerns were raised by the opposition during the debate.'],
  ['More... much more, prose', 'More... much more needs to be done before the winter, aid groups warned.'],
  ['More: and a sentence', 'More: the council will meet again next week to vote on the plan, officials said.'],
  ['Most read — and most shared —, prose', 'Most read — and most shared — was the column on housing prices, the editor said.'],
  // The same phrases with a separator and a sentence that ends with a full stop, in a script
  // without case: a headline has no full stop at its end.
  ['كذلك - … -, prose', 'كذلك - وهذا هو الأهم - ستعمل الحكومة على خفض الضرائب على الشركات الصغيرة والمتوسطة.'],
  ['أيضاً.., prose', 'أيضاً.. لم يعد الأمر مقتصرا على المدن الكبرى، بل امتد إلى القرى والأرياف في مختلف المحافظات.'],
  ['المزيد:, prose', 'المزيد: من الإجراءات سيعلن عنها الأسبوع المقبل بحسب مصادر حكومية مطلعة على الملف.'],
  ['بالصور - … -, prose', 'بالصور - التي نشرتها الوزارة - يظهر حجم الدمار الذي خلفته العاصفة في المنطقة الساحلية.'],
  // Any marker, then a paragraph longer than a headline that ends with a full stop (a German
  // tax-advice page, found by a helper's search for false cuts).
  ['Auch interessant: and a paragraph', 'Auch interessant: Wer einen IAB für das Vorjahr gebildet hat, aber das Tiny House noch nicht gekauft hat, kann den IAB in ein anderes Jahr verschieben – solange die 3-Jahres-Frist eingehalten wird. Das gibt Investoren Flexibilität in der Timing-Optimierung.'],
  // Inside a paragraph, such a phrase before a sentence that ends with a full stop (an Arabic
  // course text, found by the same search).
  ['كذلك: inside a paragraph, before a sentence', 'لا توجد عتبة Tanimoto عامة تعني «نفس النشاط». العتبة تعتمد على البصمة، كثافة المكتبة، وفئة الهدف. استخدام 0.7 بلا تبرير في ورقة ضعف منهجي. كذلك: مكتبات زاخرة بنظائر قريبة تُظهر إثراءً كاذباً لأنك استرجعت السلسلة نفسها.'],
  ['You might also be interested in, prose', 'You might also be interested in the museum\'s new wing, which opens next week.'],
  ['You may also be interested in, prose naming a place', 'You may also be interested in Greece, where prices are lower and the beaches are much quieter in June.'],
  ['You might also be interested in: and a list, inside a paragraph', 'The guided tour lasts two hours. You might also be interested in: the museum shop, the garden café and the rooftop terrace.'],
  ['Lire le récit… in prose', 'Lire le récit… et ensuite le relire : c\'est ce que conseillent les professeurs à leurs élèves.'],
  ['Leia mais sobre esse assunto em, prose', 'Leia mais sobre esse assunto em nossa edição de domingo, que chega às bancas amanhã.'],
  ['Lire le récit without a separator, prose', 'Lire le récit de sa vie a bouleversé toute une génération de lecteurs en France.'],
  // Found by a review: prose that opens with a phrase some sites use as a marker.
  ['Sugerimos: with advice', 'Sugerimos: llevar agua, protector solar y un sombrero.'],
  ['Urdu یہ بھی دیکھیے in prose', 'یہ بھی دیکھیے کہ حکومت نے اس فیصلے کے بعد کیا کیا۔'],
  ['Simak video leading into a sentence', 'Simak video Presiden Jokowi saat meresmikan jalan tol tersebut di bawah ini.'],
  ['A lire with a newspaper', 'A lire Le Monde ce matin, la réforme ne convainc personne dans la région.'],
  ['A voir: with prose', 'A voir : la suite au prochain épisode.'],
  ['a German quotation opened with »', '»Mehr zum Thema Rente kann ich heute nicht sagen«, sagte der Minister.'],
  ['Polish zobacz in prose', 'Zobacz, jak wygląda nowy most na Wiśle, który otwarto w piątek po trzech latach budowy.'],
];

describe('cross-link: marked lines', () => {
  it.each(markedLines)('%s', (_language, line) => {
    expect(describeCuts([before, line, after], only)).toEqual(['2 cross-link']);
  });
});

describe('cross-link: look-alikes stay', () => {
  it.each(lookAlikes)('%s', (_why, line) => {
    expect(describeCuts([before, line, after], only)).toEqual([]);
  });
});

describe('cross-link: shapes', () => {
  it('a marker-only line and its headline list, up to the first paragraph', () => {
    const lines = [before, 'اقرأ أيضاً:', 'بلاك كيوب: موساد خاص لمن يدفع', 'جورج كلوني: مزاعم تحرش المنتج سلوك لا يمكن الدفاع عنه', after];
    expect(describeCuts(lines, only)).toEqual(['2-4 cross-link']);
  });

  // ar-0008: BBC's pair of related headlines, the second a question, under one marker.
  it('a marker line with its headline, and a question right below it: the second headline of the pair', () => {
    const lines = [before, 'اقرأ أيضا : أردوغان: الرئيس الذي روًض العسكر ويحكم دون منازع', 'ماذا بعد فوز أردوغان بولاية رئاسية جديدة؟', after];
    expect(describeCuts(lines, only)).toEqual(['2-3 cross-link']);
  });

  // France 24 (ANT FR-middleEast-14): the subhead below "للمزيد: <headline>" asks what its section answers.
  it('a marker line with its headline keeps a question of fewer than five words below it: a subhead', () => {
    expect(describeCuts([before, 'للمزيد: تركيا تتوعد بتوسيع عملياتها العسكرية في الشمال السوري', 'منبج بعد عفرين؟', after], only)).toEqual(['2 cross-link']);
  });

  // CNN Arabic (ANT CN-internationalNews-17 and -164) ends a paragraph with a link after "التفاصيل:".
  it('"التفاصيل:" and a headline at the end of a paragraph, but not the word heading a section or opening a sentence', () => {
    const paragraph = 'وأطلق مسلح النار في مدرسة ثانوية بولاية فلوريدا الأمريكية، ما أدى إلى وقوع 17 قتيلاً، الأربعاء،';
    const link = ' التفاصيل: كل ما تحتاج معرفته عن إطلاق النار في هذه المدرسة الأمريكية';
    expect(describeCuts([before, paragraph + link, after], only)).toEqual([`2[${paragraph.length}:${paragraph.length + link.length}] cross-link`]);
    expect(describeCuts([before, 'التفاصيل', after], only)).toEqual([]);
    expect(describeCuts([before, 'التفاصيل:', after], only)).toEqual([]);
    expect(describeCuts([before, 'التفاصيل: وقال الوزير إن الخطة تشمل قروضا ميسرة ومعدات حديثة للري', after], only)).toEqual([]);
    expect(describeCuts([before, paragraph + ' التفاصيل: فالمفاوضات ما زالت جارية بين الطرفين.', after], only)).toEqual([]);
    // At the start of a line it opens a paragraph or announces a list of the article's own.
    expect(describeCuts([before, 'التفاصيل: أعلنت وزارة الصحة اليوم تسجيل 5 حالات إصابة جديدة في الرياض وجدة، ليرتفع العدد الإجمالي إلى 120 حالة', after], only)).toEqual([]);
    const list = ['التفاصيل: أبرز ما جاء في بيان مجلس الوزراء اليوم:', 'رفع الحد الأدنى للأجور بنسبة عشرة في المئة', 'إعفاء المشاريع الصغيرة من الرسوم لمدة عامين'];
    expect(describeCuts([before, ...list, after], only)).toEqual([]);
    expect(describeCuts([before, paragraph + ' التفاصيل: أبرز ما جاء في بيان مجلس الوزراء اليوم:', after], only)).toEqual([]);
  });

  // CNN Arabic (ANT CN-economy-105) opens its articles from Bayt.com with this line.
  it('a marker line with its headline keeps the line below it when that is no question', () => {
    const disclaimer = 'هذ المقال منشور بالتعاون مع موقع التوظيف الإلكتروني "بيت.كوم"';
    expect(describeCuts([before, 'اقرأ أيضاً: أبومازن يغادر المستشفى بعد الشائعات.. ويستأنف عمله غدا', disclaimer, after], only)).toEqual(['2 cross-link']);
  });

  it("BBC Arabic's related box: its heading alone on a line, then its headlines", () => {
    const lines = [before, 'المزيد حول هذه القصة', 'ارتفاع أسعار الذهب في الأسواق', 'البنك المركزي يخفض الفائدة', after];
    expect(describeCuts(lines, only)).toEqual(['2-4 cross-link']);
  });

  it('a carousel of related stories, its controls and page number included, up to the first paragraph', () => {
    const lines = [before, 'RELATED ARTICLES', 'Previous', '1', 'Next', 'Oil prices climb again as supply tightens', 'Gold slips as the dollar rises', after];
    expect(describeCuts(lines, only)).toEqual(['2-7 cross-link']);
    expect(cleanText(lines.join('\n'), only).links).toEqual(['Previous', 'Next', 'Oil prices climb again as supply tightens', 'Gold slips as the dollar rises']);
  });

  it('a number after a read-also line that carries its headline ends the list', () => {
    expect(describeCuts([before, 'Read more: Oil prices climb again', '1', after], only)).toEqual(['2 cross-link']);
  });

  it('a subhead right after the list stays', () => {
    const lines = [before, 'اقرأ أيضاً:', 'بلاك كيوب: موساد خاص لمن يدفع', 'صفقة ملكية شركة ديزني', 'عرضت شركة ديزني مبلغ 80 مليون دولار على الأخوين لشراء الشركة في ذلك العام.'];
    expect(describeCuts(lines, only)).toEqual(['2-3 cross-link']);
  });

  it('a bulleted last item stays in the list, even when it names what the next paragraph is about', () => {
    const lines = [before, 'اقرأ أيضاً:', '- بلاك كيوب: موساد خاص لمن يدفع', '- صفقة ملكية شركة ديزني', 'عرضت شركة ديزني مبلغ 80 مليون دولار على الأخوين لشراء الشركة في ذلك العام.'];
    expect(describeCuts(lines, only)).toEqual(['2-4 cross-link']);
    // A pictograph bullets it as a dash does.
    const pictographs = lines.map((line) => line.replace(/^- /u, '🔹 '));
    expect(describeCuts(pictographs, only)).toEqual(['2-4 cross-link']);
  });

  // France 24 (ANT FR-sport-189): the fan's words head the section after a bulleted list.
  it('a list of bulleted headlines ends at a line without a bullet', () => {
    const lines = [before, 'اقرأ أيضاً:', '- كيف انقسمت حكومات العالم حول ترخيص البلوك تشين؟', '- "طلب خاص" من كوريا الجنوبية للولايات المتحدة', 'معز: "متفائل بـلًولاد باش يطلعوا الغرينتا"', after];
    expect(describeCuts(lines, only)).toEqual(['2-4 cross-link']);
  });

  // Lines the article's own text goes on with, found by putting a list before real articles'
  // lines (CNN Arabic CN-economy-145, FakeNewsNet BuzzFeed_Real_55 and BuzzFeed_Real_39).
  it.each([
    ['Arabic, a line announcing an infographic', ['شاهد بالإنفوغرافيك في الأعلى أربع نصائح لرواد الاعمال الناجحين:']],
    ['English, a byline label', ['', 'Authors:']],
    ['English, a line announcing a video', ['', 'Watch the segment below:']],
    ['a sentence broken off at a comma', ['', '— Donald J. Trump (@realDonaldTrump) September 27,']],
  ])('a line that ends with a colon or comma ends the list: %s', (_why, next) => {
    const blankSeparated = next[0] === '';
    const list = blankSeparated ? ['', 'RELATED:', '', 'Oil prices climb again as supply tightens'] : ['اقرأ أيضاً:', 'بلاك كيوب: موساد خاص لمن يدفع'];
    const lines = [before, ...list, ...next, ...(blankSeparated ? [''] : []), after];
    const end = list.length + 1 + (blankSeparated ? 1 : 0);
    expect(describeCuts(lines, only)).toEqual([`${blankSeparated ? 3 : 2}-${end} cross-link`]);
  });

  // Urdu ends a sentence with "۔": short paragraphs after the headline are no headlines of the list.
  it('an Urdu headline list ends at a paragraph that ends with the Urdu full stop', () => {
    const lines = [
      'نئی دہلی: اسرائیل اور فلسطین کے درمیان جاری جنگ کے بیچ حزب اختلاف کے رہنما دارالحکومت میں موجود فلسطینی سفیر سے ملے۔',
      'یہ بھی پڑھیں:',
      'غزہ میں مرنے والوں کی تعداد بڑھ کر 2670 ہوئی',
      'دیپانکر بھٹہ چاریہ نے کہا کہ غزہ میں جنگ چل رہا ہے۔ وہاں فلسطین کے لوگ پریشانی میں ہے۔',
      'اس کے علاوہ رہنماؤں میں جاوید علی خان بھی شامل تھے۔',
    ];
    expect(describeCuts(lines, only)).toEqual(['2-3 cross-link']);
  });

  // livedoor news (Japanese): "【関連記事】", then each headline with its address on the line below,
  // the pairs apart by blank lines, then the article goes on. Lines of the livedoor news corpus.
  const japaneseParagraph = 'しかし、ここにきて川越シェフの悪評がどんどん噴出しているようだ。最近では、ミニストップの川越シェフプロデュースクリスマスケーキが、1万円という超高額で売り出されることが話題となった。';
  const japaneseQuestion = 'その天狗っぷりが盛んに報道されるようになった最近では、収録現場で、「はよやれや！」とブチギレすることもあるようで、現場で働くスタッフからの評判もかなり悪いのではないだろうか？';
  it('a Japanese marker in lenticular brackets, its headline without spaces and the address below it', () => {
    const lines = [japaneseParagraph, '', '【関連記事】', 'ミニストップの川越シェフプロデュースクリスマスケーキがバカ高いと話題に', 'http://news.livedoor.com/topics/detail/5899457/', '', japaneseQuestion];
    expect(describeCuts(lines, only)).toEqual(['3-6 cross-link']);
  });

  it('pairs of headline and address go on over blank lines, up to a paragraph that has no address below it', () => {
    const lines = [
      japaneseParagraph,
      '',
      '【関連記事】',
      '離婚告白川越達也シェフ　週1ネイルサロン、収録時は口紅も',
      'http://news.livedoor.com/topics/detail/5655259/',
      '',
      '川越シェフの15才年下美人秘書「シェフとデキてる」説を否定',
      'http://news.livedoor.com/topics/detail/5865240/',
      '',
      japaneseQuestion,
      '',
      japaneseParagraph,
    ];
    expect(describeCuts(lines, only)).toEqual(['3-9 cross-link']);
  });

  // A travel guide (a French site's, probe article): "À lire aussi :" and four headlines, a blank
  // line, then the guide's first section "1. Le Vercors", its caption and credit: short lines
  // without a full stop, none a headline of the list.
  it('a list of unnumbered headlines ends at a numbered line; a blank line inside a list does not end it', () => {
    const guide = [
      'Amat·eur·rice de grand air, le parapente est l’activité idéale ! Ce sport, dérivé du parachute, vous transporte au gré du vent.',
      '',
      'À lire aussi :',
      'Les 7 meilleurs endroits où faire de la plongée sous glace dans les Alpes',
      'Les 5 meilleurs spots où faire du saut à l’élastique dans les Alpes',
      '',
      '1. Le Vercors',
      'Faire du Parapente dans le Vercors, Alpes',
      'Crédit photo : Shutterstock – Delpixel',
      '',
      'Situé en Auvergne-Rhône-Alpes, le Massif du Vercors est connu pour la richesse de sa biodiversité.',
    ];
    expect(describeCuts(guide, only)).toEqual(['3-6 cross-link']);
    const spaced = [before, '', 'RELATED:', 'Oil prices climb again as supply tightens', '', 'Gold hits a record as investors seek safety', '', after];
    expect(describeCuts(spaced, only)).toEqual(['3-7 cross-link']);
    const numbered = [before, '', 'RELATED:', '1. Oil prices climb again as supply tightens', '2. Gold hits a record as investors seek safety', '', after];
    expect(describeCuts(numbered, only)).toEqual(['3-6 cross-link']);
  });

  // Found by a review: a phrase of two words in lower case alone on its line is a line of verse or
  // of a list as often as a marker ("speak less" / "read more" / "listen to the rain"), so it needs
  // to be written as a marker there (g1's "saiba mais" over its headline stays a miss).
  it('a lower-case phrase alone on its line in verse or a list stays, and so do the lines after it', () => {
    expect(describeCuts([before, 'speak less', 'read more', 'listen to the rain on the roof', 'and walk the long way home', after], only)).toEqual([]);
    expect(describeCuts([before, 'Minhas metas para o ano:', 'leia mais', 'ligar para a minha mãe todo domingo', after], only)).toEqual([]);
  });

  // okezone (Indonesian): the label of a related-news button glued to a paragraph's end, in capitals.
  it('a phrase that reads as prose too closes a paragraph as a link only as a button\'s label: capitals and a sign', () => {
    const paragraph = 'Salah satu festival film bergengsi yang didedikasikan untuk film-film Asia itu telah melambungkan nama banyak sutradara Asia sejak tahun 1999.';
    const glued = `${paragraph} BERITA TERKAIT + `;
    expect(describeCuts([before, glued, after], only)).toEqual([`2[${paragraph.length}:${glued.length}] cross-link`]);
    expect(describeCuts([before, `${paragraph} Berita terkait +`, after], only)).toEqual([]);
    expect(describeCuts([before, `${paragraph.slice(0, -1)} BERITA TERKAIT +`, after], only)).toEqual([]);
    // Found by a review: prose in capitals, and a wire's continuation tag (rule 5 keeps it).
    for (const prose of ['WE ASKED THEM HOW MUCH THEY WANT. HOW MUCH? MORE!', 'QUER UMA CIDADE MAIS LIMPA? SAIBA MAIS.', 'THE MAYOR TOLD REPORTERS ON MONDAY. READ', 'The minister told reporters. (MORE)']) {
      expect(describeCuts([before, prose, after], only)).toEqual([]);
    }
  });

  // CP24's page: the "MORE" button of its menu and the menu's items, none a headline.
  it('a marker-only line over lines of one or two words only: the menu stays, the marker goes', () => {
    const menu = ['MORE', 'Home', 'Local', 'World', 'Entertainment', 'Sports', 'The Mayor', 'Photo Galleries', 'Border Crossings'];
    expect(describeCuts([before, ...menu, after], only)).toEqual(['2 cross-link']);
    const list = ['MORE', 'Home', 'Oil prices climb again as supply tightens'];
    expect(describeCuts([before, ...list, after], only)).toEqual(['2-4 cross-link']);
    // Euronews in Persian: the marker line, then its link's address alone.
    const addressOnly = ['بیشتر بخوانید:', 'https://l.euronews.com/q0ZO'];
    expect(describeCuts([before, ...addressOnly, after], only)).toEqual(['2-3 cross-link']);
  });

  it('an address below a marker line that carries its own headline is that link\'s', () => {
    const lines = [before, 'READ MORE: Oil prices climb again as supply tightens', 'https://example.com/news/oil-prices', after];
    expect(describeCuts(lines, only)).toEqual(['2-3 cross-link']);
  });

  it('only one address goes with a link: a second one below it stays (labeling rule 5 keeps bare addresses)', () => {
    const lines = [before, 'READ MORE: Oil prices climb again as supply tightens', 'https://example.com/news/oil-prices', 'https://twitter.com/someone/status/1', after];
    expect(describeCuts(lines, only)).toEqual(['2-3 cross-link']);
  });

  it('a share button of a script written without spaces after the last headline stays', () => {
    const lines = [japaneseParagraph, '', '【関連記事】', 'ミニストップの川越シェフプロデュースクリスマスケーキがバカ高いと話題に', 'ツイート', '', japaneseQuestion];
    expect(describeCuts(lines, only)).toEqual(['3-4 cross-link']);
  });

  it('an English headline that names something in kanji is a headline of any length', () => {
    const lines = [before, '', 'RELATED:', '', 'Nintendo shares jump after 任天堂 unveils its new console in Tokyo today', '', 'Oil prices climb again as supply tightens', '', after];
    expect(describeCuts(lines, only)).toEqual(['3-8 cross-link']);
  });

  it('a Chinese headline of five characters ends a list as a headline, not as a share button', () => {
    const lines = ['据新华社报道，国务院总理周二在北京主持召开国务院常务会议，部署进一步稳定经济增长的措施。', '延伸阅读：', '央行宣布下调存款准备金率', '中美贸易战', '据新华社报道，会议指出，要坚持稳中求进工作总基调，加大宏观政策调节力度，确保经济运行在合理区间。'];
    expect(describeCuts(lines, only)).toEqual(['2-4 cross-link']);
  });

  it('the addresses of a list are not reported as its headlines', () => {
    const text = [japaneseParagraph, '', '【関連記事】', 'ミニストップの川越シェフプロデュースクリスマスケーキがバカ高いと話題に', 'http://news.livedoor.com/topics/detail/5899457/', '', japaneseQuestion].join('\n');
    const [finding] = cleanText(text, only).findings;
    expect(finding?.headlines).toEqual(['ミニストップの川越シェフプロデュースクリスマスケーキがバカ高いと話題に']);
    expect(finding?.reason).toBe('"関連記事" followed by 1 headline');
  });

  it('an address that is not below the marker or a headline of its list stays', () => {
    const lines = [before, 'READ MORE: Oil prices climb again as supply tightens', after, 'https://example.com/news/oil-prices'];
    expect(describeCuts(lines, only)).toEqual(['2 cross-link']);
  });

  // Where a list ends, found by putting lists before real articles' lines (FakeNewsNet
  // BuzzFeed_Fake_23 and PolitiFact_Fake_114, ANT CN-economy-152, the ANT corpus's titles).
  it.each([
    [
      'an embedded tweet after the list stays: a headline holds no web address or handle',
      ['', 'RELATED:', '', 'Oil prices climb again as supply tightens', '', '.@JasonMillerinDC: Statement on Last Weekend’s Terror Attacks https://t.co/DZlIvkcHmB pic.twitter.com/l3EVTvLc', ''],
      '3-6 cross-link',
    ],
    // Labeling rule 5 keeps page furniture; after a list it is no headline of the list.
    [
      '"Story Continued Below" after the list stays: page furniture',
      ['', 'RELATED:', '', 'Oil prices climb again as supply tightens', '', 'Story Continued Below', '', 'Officials said the talks would resume next week in Geneva.', ''],
      '3-6 cross-link',
    ],
    ['a photo credit after the list stays: page furniture', ['', 'RELATED:', '', 'Oil prices climb again as supply tightens', '', 'Featured image via Flickr', ''], '3-6 cross-link'],
    // cianjurupdate.com (found by a helper's search for false cuts): an empty related box, then a
    // WordPress theme's comment heading and button, which were cut as its two headlines.
    ['a comment form\'s heading and a back-to-top button after a marker stay: page furniture', ['', 'Berita Terkait', '', 'Tinggalkan Balasan', '', 'Back to top button', ''], '3-4 cross-link'],
    ['one word after the last headline stays: a share button, not a headline', ['', 'RELATED:', '', 'Oil prices climb again as supply tightens', '', 'Facebook', ''], '3-6 cross-link'],
    ['a line that opens with a connective ends the list: the article goes on', ['اقرأ أيضاً:', 'بلاك كيوب: موساد خاص لمن يدفع', 'وأضاف: "في ظل آليات الإصلاح الاقتصادي سيهبط التضخم تدريجيا"'], '2-3 cross-link'],
    ['a headline that opens with a word whose own first letter is و stays in the list', ['اقرأ أيضاً:', 'بلاك كيوب: موساد خاص لمن يدفع', 'وفاة الإذاعية المصرية أمال فهمي عن 92 عاما'], '2-4 cross-link'],
    // BBC Arabic, ANT BB-middleEast-1078: the article's subheads are quotations ('"نضال من أجل الهوية"').
    ['a subhead in quotes after the last headline stays: a headline quotes only part of itself', ['اقرأ أيضاً:', 'ماذا تعرف عن حزب العمال الكردستاني؟', '"احتلال عفرين نقطة تحول"'], '2-3 cross-link'],
    // BBC Arabic, ANT BB-middleEast-1019: the fourth item of a list after "اقرأ أيضاً:".
    ['a documentary\'s headline ("وثائقي …") stays in the list: its و is the word\'s own', ['اقرأ أيضاً:', 'من هم الأكراد؟', 'وثائقي من بي بي سي عن الصراع بين أكراد سوريا والعراق'], '2-4 cross-link'],
    ['a video\'s headline in a list ("شاهد.. …") is one of its items, not another link', ['اقرأ أيضاً:', 'شاهد.. أحلام تطلب الانسحاب من "ذا فويس"', 'فيتو أمريكي يسقط مشروع قرار كويتي لحماية الفلسطينيين'], '2-4 cross-link'],
  ])('%s', (_why, lines, cut) => {
    expect(describeCuts([before, ...lines, after], only)).toEqual([cut]);
  });

  it('a blank-line separated list (RELATED: then the headline)', () => {
    const lines = [before, '', 'RELATED:', '', 'Donald Trump Just Coined A New Phrase You’re Going To Love', '', after];
    expect(describeCuts(lines, only)).toEqual(['3-6 cross-link']);
  });

  it('a marker at the end of a paragraph: from the space before it to the end of the line', () => {
    const line = 'يأتي هذا بعد قرار الشركة تقليل مقاطع الفيديو، اقرأ المزيد:\u00a0فيسبوك تغير من سياساتها.. ';
    const start = line.indexOf(' اقرأ');
    expect(describeCuts([line], only)).toEqual([`1[${start}:${line.length}] cross-link`]);
  });

  it('a marker after a sentence and an emoji inside a paragraph: the emoji goes with it', () => {
    const line = 'قال الوزير إن الخطة ستعلن قريبا. 📌 اقرأ أيضا: ارتفاع أسعار النفط في الأسواق العالمية';
    expect(describeCuts([line], only)).toEqual([`1[${line.indexOf(' 📌')}:${line.length}] cross-link`]);
  });

  it('a marker-only line with an emoji, and its emoji-bulleted headlines', () => {
    const lines = [before, '📌 اقرأ أيضا:', '🔹 ارتفاع أسعار النفط في الأسواق العالمية', '🔹 الذهب يتراجع مع صعود الدولار', after];
    expect(describeCuts(lines, only)).toEqual(['2-4 cross-link']);
  });

  describe('a marker with no headline closing a paragraph too long to be a teaser', () => {
    // A BuzzFeed page that holds only a feed excerpt of its story, as FakeNewsNet scraped it.
    const excerpt =
      "McCain Criticized Trump for Arpaio’s Pardon… Sheriff Joe Fires Perfect Response Joe Arpaio may not be in office any more, but that doesn't mean America's toughest sheriff has lost his step... check out how he eviscerated John McCain after McCain attacked Donald J. Trump for pardoning the Arizona lawman.";
    const arabic =
      'قال وزير المالية في مؤتمر صحفي عقده اليوم في العاصمة إن الحكومة ستعلن خلال الأسابيع المقبلة خطة جديدة لدعم الشركات الصغيرة والمتوسطة، وإن الخطة تشمل قروضا ميسرة وإعفاءات ضريبية لمدة ثلاث سنوات، وأضاف أن الهدف هو توفير فرص عمل للشباب وخفض معدلات البطالة التي ارتفعت في العامين الماضيين بسبب تراجع الاستثمارات.';

    it('goes from the white space before it, the paragraph stays', () => {
      const english = `${excerpt} Read more…`;
      const withArabicMarker = `${arabic} اقرأ المزيد`;
      expect(describeCuts([english, withArabicMarker], only)).toEqual([`1[${excerpt.length}:${english.length}] cross-link`, `2[${arabic.length}:${withArabicMarker.length}] cross-link`]);
      const result = cleanText(english, only);
      expect(result.text).toBe(excerpt);
      expect(result.findings[0]?.headlines).toEqual([]);
      expect(result.findings[0]?.reason).toBe('"Read more" link at the end of a paragraph');
    });

    it('stays when it ends a sentence, is not written as a marker, or needs a separator', () => {
      const sentence = excerpt.replace(/\.$/, ' and told readers to read more');
      const lowerCase = `${excerpt} read more…`;
      const separatorMarker = `${excerpt} More`;
      const afterComma = `${arabic.replace(/\.$/, '،')} اقرأ المزيد`;
      expect(describeCuts([sentence, lowerCase, separatorMarker, afterComma], only)).toEqual([]);
    });
  });

  it('a marker glued onto the full stop that ends a paragraph', () => {
    const line = 'قال وزير المالية اليوم إن الحكومة ستعلن خطة جديدة.اقرأ أيضا: ارتفاع أسعار النفط';
    expect(describeCuts([line], only)).toEqual([`1[${line.indexOf('اقرأ')}:${line.length}] cross-link`]);
  });

  // Urdu and Hindi end sentences with their own full stops, which a scrape glues the next one onto.
  it.each([
    ['Urdu', 'نئی دہلی: اسرائیل اور فلسطین کے درمیان جاری جنگ کے بیچ حزب اختلاف کے رہنما فلسطینی سفیر سے ملے۔', 'یہ بھی پڑھیں: غزہ میں مرنے والوں کی تعداد بڑھ گئی'],
    ['Hindi', 'दिल्ली में आज भारी बारिश हुई और कई इलाकों में पानी भर गया।', 'ये भी पढ़ें: सरकार ने नई योजना की घोषणा की'],
  ])('a marker glued onto the %s full stop that ends a sentence', (_language, sentence, link) => {
    const line = sentence + link;
    expect(describeCuts([line], only)).toEqual([`1[${sentence.length}:${line.length}] cross-link`]);
  });

  // Kompas (a probe of real Indonesian articles): "(Baca: <headline> <address>)" closes a paragraph.
  // "baca" is also "read as", so it counts only there, capitalized.
  it('Indonesian (Baca: …) in brackets that close a paragraph, and nowhere else', () => {
    const paragraph = 'Penambahan embel-embel "s" cuma untuk menandai peningkatan spesifikasi dan performa, bukan desain secara keseluruhan.';
    const link = ' (Baca: iPhone 8 Jauh Lebih Ngebut dari Galaxy S8? <http://tekno.kompas.com/read/2017/04/26/11330027/iphone.8>)';
    expect(describeCuts([paragraph + link], only)).toEqual([`1[${paragraph.length}:${paragraph.length + link.length}] cross-link`]);
    const prose = [
      'Ayah saya selalu berkata, baca: belajar, setiap pagi sebelum berangkat ke sekolah dengan sepeda tua miliknya.',
      'Baca: Pemerintah umumkan rencana baru untuk tahun depan di Jakarta',
      'Harga bensin naik menjadi Rp 10 ribu (baca: sepuluh ribu rupiah)',
      'Pemkot (baca: pemerintah kota) Bandung mengumumkan jadwal baru untuk pengangkutan sampah di seluruh kota.',
    ];
    expect(describeCuts(prose, only)).toEqual([]);
  });

  it('a bracketed marker that closes a paragraph goes with its brackets', () => {
    const english = 'Rates rose by a quarter point, citing persistent inflation. (READ MORE: Inflation hits a ten-year high)';
    const arabic = 'قال وزير المالية اليوم إن الحكومة ستعلن خطة جديدة (اقرأ أيضا: ارتفاع أسعار النفط)';
    expect(describeCuts([english, arabic], only)).toEqual([
      `1[${english.indexOf(' (')}:${english.length}] cross-link`,
      `2[${arabic.indexOf(' (')}:${arabic.length}] cross-link`,
    ]);
    expect(cleanText([english, arabic].join('\n'), only).links).toEqual(['Inflation hits a ten-year high', 'ارتفاع أسعار النفط']);
  });

  it('the headlines of a list are reported without their bullets, a bracketed one without its brackets', () => {
    const result = cleanText([before, 'Related:', '- Oil prices climb again', '🔹 Gold slips as dollar rises', after, '[Related: Stocks end the week higher]'].join('\n'), only);
    expect(result.links).toEqual(['Oil prices climb again', 'Gold slips as dollar rises', 'Stocks end the week higher']);
  });

  it('a capitalized marker after a plain word inside a paragraph', () => {
    const line = 'The minister defended the plan READ MORE: Markets fall again';
    expect(describeCuts([line], only)).toEqual([`1[${line.indexOf(' READ')}:${line.length}] cross-link`]);
  });

  it('a teaser line ending in a marker goes whole', () => {
    expect(describeCuts([before, 'ولكن ما هو هاكاثون الحج؟ اقرأ المزيد', after], only)).toEqual(['2 cross-link']);
  });

  it('an Arabic teaser line ending in a marker with no punctuation before it goes whole', () => {
    expect(describeCuts([before, 'بعد 3 أعوام من فقدان قمر صناعي.. مصر تستعد لإطلاق قمر جديد اقرأ المزيد', after], only)).toEqual(['2 cross-link']);
  });

  it('the line after a teaser line stays: the teaser is the whole link', () => {
    // France 24's subhead "أطياف مختلفة" (FR-internationalNews-1077) after a teaser put before it.
    expect(describeCuts([before, 'ولكن ما هو هاكاثون الحج؟ اقرأ المزيد', 'أطياف مختلفة', after], only)).toEqual(['2 cross-link']);
  });

  it('a teaser line ending in a marker and an emoji goes whole', () => {
    expect(describeCuts([before, 'ولكن ما هو هاكاثون الحج؟ اقرأ المزيد 👇', after], only)).toEqual(['2 cross-link']);
  });

  it('a marker glued to titles with no separator', () => {
    expect(describeCuts([before, 'مقالات أخرى للكاتبجمعية المهنيين السعوديينفقيدة أسرة العتيق'], only)).toEqual(['2 cross-link']);
  });

  it('captures the marker and the headline', () => {
    const result = cleanText([before, 'إقرأ أيضاً: دي ميستورا متفائل بإنهاء الحرب في سوريا', after].join('\n'), only);
    expect(result.findings[0]?.marker).toBe('إقرأ أيضاً');
    expect(result.findings[0]?.headlines).toEqual(['دي ميستورا متفائل بإنهاء الحرب في سوريا']);
    expect(result.links).toEqual(['دي ميستورا متفائل بإنهاء الحرب في سوريا']);
  });

  it('user markers from the options', () => {
    const lines = [before, 'See the dossier: A long investigation', after];
    expect(describeCuts(lines, only)).toEqual([]);
    expect(describeCuts(lines, { ...only, markers: ['See the dossier'] })).toEqual(['2 cross-link']);
  });
});
