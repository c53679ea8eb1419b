import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_STAGES, analyze } from '../../src/stages/index.ts';
import { quotesStage } from '../../src/stages/quotes.ts';
import { buildPipeline } from '../../src/core/pipeline.ts';
import { findQuotes, type Quote } from '../../src/facts/quotes.ts';
import { tokenize } from '../../src/ar/tokenize.ts';
import { splitBlocks } from '../../src/ar/sentences.ts';
import type { Entity } from '../../src/core/doc.ts';

// Without an entity stage, so the cases test the speaker heuristics on their own (entities: see below).
const pipe = buildPipeline([...BASE_STAGES, quotesStage]);
const quotes = (text: string) => pipe(text, { published: '2024-08-09' }).layers.quotes as Quote[];

/** [text, expected quotes as [kind, content starts with, speaker text or null, trigger text or null]]. */
type W = [kind: 'direct' | 'indirect', startsWith: string, speaker: string | null, trigger: string | null];
const CASES: [string, W[]][] = [
  // reported speech: verb, speaker, complementizer
  ['وقال علييف إن أذربيجان مهتمة بالتعاون الوثيق مع دول آسيا الوسطى.', [['indirect', 'أذربيجان مهتمة', 'علييف', 'وقال علييف إن']]],
  ['قال المتحدث باسم الوزارة إن المفاوضات ستستأنف الأسبوع المقبل.', [['indirect', 'المفاوضات ستستأنف', 'المتحدث باسم الوزارة', 'قال المتحدث باسم الوزارة إن']]],
  ['ثم قال إلهام علييف إنه أرسل رسائل دعوة رسمية إلى رؤساء الدول.', [['indirect', 'أرسل رسائل', 'إلهام علييف', 'قال إلهام علييف إنه']]],
  ['وأكد وزير الخارجية أن بلاده لن تتراجع عن موقفها.', [['indirect', 'بلاده لن تتراجع', 'وزير الخارجية', 'وأكد وزير الخارجية أن']]],
  ['وأوضح المسؤول أن الأضرار كانت محدودة.', [['indirect', 'الأضرار كانت', 'المسؤول', 'وأوضح المسؤول أن']]],
  ['واعتبر المحلل أن القرار جاء متأخرا.', [['indirect', 'القرار جاء', 'المحلل', 'واعتبر المحلل أن']]],
  ['وصرح مدير الشركة بأن الإنتاج سيرتفع.', [['indirect', 'الإنتاج سيرتفع', 'مدير الشركة', 'وصرح مدير الشركة بأن']]],
  ['وقالت الحكومة في بيان إن الوضع تحت السيطرة.', [['indirect', 'الوضع تحت السيطرة', 'الحكومة', 'وقالت الحكومة في بيان إن']]],
  ['وقال الرئيس خلال مؤتمر صحفي في أستانا إن التعاون سيتوسع.', [['indirect', 'التعاون سيتوسع', 'الرئيس', 'وقال الرئيس خلال مؤتمر صحفي في أستانا إن']]],
  ['وقال الوزير: سنواصل العمل حتى النهاية.', [['indirect', 'سنواصل العمل', 'الوزير', 'وقال الوزير:']]],
  // a missing subject takes the previous speaker
  ['قال علييف إن الطاقة مهمة. وأضاف أن الطلاب يدرسون في أذربيجان.', [
    ['indirect', 'الطاقة مهمة', 'علييف', 'قال علييف إن'],
    ['indirect', 'الطلاب يدرسون', 'علييف', 'وأضاف أن']]],
  ['قال الوزير إن الاتفاق جاهز. وأشار إلى أن المشاريع الاستثمارية يتم تنفيذها.', [
    ['indirect', 'الاتفاق جاهز', 'الوزير', 'قال الوزير إن'],
    ['indirect', 'المشاريع الاستثمارية', 'الوزير', 'وأشار إلى أن']]],
  ['وأكد المتحدث أن الهدنة صامدة. وتابع أن الخروقات محدودة.', [
    ['indirect', 'الهدنة صامدة', 'المتحدث', 'وأكد المتحدث أن'],
    ['indirect', 'الخروقات محدودة', 'المتحدث', 'وتابع أن']]],
  // backward attribution
  ['تعد المنطقة ذات أهمية استراتيجية متزايدة. صرح بذلك الرئيس الأذربيجاني إلهام علييف في أستانا.', [
    ['indirect', 'تعد المنطقة', 'الرئيس الأذربيجاني إلهام علييف', 'صرح بذلك']]],
  // attributions
  ['وقتل عشرون شخصا في الهجوم، حسب وزارة الصحة.', [['indirect', 'وقتل عشرون شخصا', 'وزارة الصحة', 'حسب']]],
  ['وبحسب المرصد، فإن الاشتباكات استمرت طوال الليل.', [['indirect', 'الاشتباكات استمرت', 'المرصد', 'وبحسب']]],
  ['ووفقا لمصادر أمنية، فإن المهاجمين فروا إلى الجبال.', [['indirect', 'المهاجمين فروا', 'مصادر أمنية', 'ووفقا']]],
  // direct quotes
  ['وقال الوزير: «لن نقبل بأي تسوية على حساب شعبنا».', [['direct', 'لن نقبل', 'الوزير', 'وقال الوزير:']]],
  ['«الوضع الأمني تحسن كثيرا خلال الأشهر الماضية»، قال قائد الشرطة.', [['direct', 'الوضع الأمني', 'قائد الشرطة', 'قال']]],
  ['وأضاف الرئيس "نحن مستعدون للحوار مع جميع الأطراف دون شروط".', [['direct', 'نحن مستعدون', 'الرئيس', 'وأضاف']]],
  // an unbalanced mark ends at the paragraph; the speaker is the current one
  ['قال علييف إن أذربيجان مهتمة بالتعاون.\n“إن مذكرة التعاون الموقعة في مايو هي الخطوة الأولى في تعاوننا.\nأحد الاتجاهات الهامة هو النقل.', [
    ['indirect', 'أذربيجان مهتمة', 'علييف', 'قال علييف إن'],
    ['direct', 'إن مذكرة التعاون', 'علييف', null]]],
  // participles report the clause's speaker; non-person sources give no speaker
  ['قال الوزير إن الخطة جاهزة. وتابع قائلا: "سنبدأ التنفيذ في الأسبوع المقبل بكل تأكيد".', [
    ['indirect', 'الخطة جاهزة', 'الوزير', 'قال الوزير إن'],
    ['direct', 'سنبدأ التنفيذ', 'الوزير', 'قائلا:']]],
  ['وأفادت تقارير بأن المبعوث غادر البلاد.', [['indirect', 'المبعوث غادر', null, 'وأفادت تقارير بأن']]],
  ['يذكر أن الاتفاق وقع العام الماضي.', []],
  ['قال الوزير إن الخطة جاهزة. وأضاف التقرير أن التكلفة مرتفعة.', [
    ['indirect', 'الخطة جاهزة', 'الوزير', 'قال الوزير إن'],
    ['indirect', 'التكلفة مرتفعة', null, 'وأضاف التقرير أن']]],
  ['وهنا يجب أن نسأل: "هل أثرت الهزيمة على اللاعبين نفسيا لهذا الحد؟"', []],
  // a quotation inside reported speech belongs to that speaker
  ['قال المتحدث إن الحكومة "لا تملك الرغبة في إجراء انتخابات حقيقية".', [
    ['indirect', 'الحكومة', 'المتحدث', 'قال المتحدث إن'],
    ['direct', 'لا تملك الرغبة', 'المتحدث', 'قال المتحدث إن']]],
  // quoted names in the speaker slot, relations, role subjects before the verb, attributions mid-sentence
  ['وقال "يويفا" إنه لم يتلق أي شكاوى.', [['indirect', 'لم يتلق', 'يويفا', 'وقال "يويفا" إنه']]],
  ['وقالت عائلة زينب إن الشرطة تأخرت في التحرك.', [['indirect', 'الشرطة تأخرت', 'عائلة زينب', 'وقالت عائلة زينب إن']]],
  ['غير أن الاتحاد المصري لكرة القدم قال إن اللاعب بخير.', [['indirect', 'اللاعب بخير', 'الاتحاد المصري لكرة القدم', 'قال إن']]],
  ['وتتضمن المطالب الروسية، بحسب المرصد السوري، تسليم السلاح الثقيل.', [['indirect', 'تسليم السلاح', 'المرصد السوري', 'بحسب']]],
  // machine-translation word salad: the speaker is علييف, never السفن
  ['وطلبيات جديدة وقال علييف إن السفن للأسطول التجاري في بحر قزوين.', [['indirect', 'السفن للأسطول', 'علييف', 'وقال علييف إن']]],
  // negatives: titles and names in quotation marks, verbs without reported content
  ['التدريب الدولي “متحدون 2024” الذي عقد في كازاخستان.', []],
  ['وسيساهم مشروع “طريق الحرير الرقمي” في تطوير البنية التحتية.', []],
  ['معرض "كنوز الفرعون الصغير" يثير خلافا أثريا في مصر.', []],
  ['أكد علييف بشكل خاص على التدريب الدولي لقيادة الأركان.', []],
  ['وأعرب الوزير عن قلقه من التصعيد.', []],
  ['وأشار الوزير إلى الاتفاق الموقع مع الجانب التركي.', []],
  ['إن التهديدات والتحديات المتزايدة تتطلب المزيد من التعاون.', []],
  ['قال عدد كبير من السكان المحليين الذين التقيناهم في السوق المركزي إن الأسعار ارتفعت.', [['indirect', 'الأسعار ارتفعت', 'عدد كبير من السكان المحليين', 'قال عدد كبير من السكان المحليين الذين التقيناهم في السوق المركزي إن']]],
  ['حسب التقرير، فإن النمو تباطأ.', []],
  ['الرجل يقول " مرحبا', []],
  ['"اللادينيون" في المغرب ... هل يشكلون "خطرا" على المجتمع؟', []],
  ['أعلنت وكالة أنباء "فارس" الإيرانية أن الحرس شن هجوما.', []],
  ['ووصفه منذ أشهر بأنه "رجل الصواريخ القصير".', []],
];

test(`quote cases (${CASES.length}): kind, content, speaker, trigger`, () => {
  for (const [text, want] of CASES) {
    const got = quotes(text).map((q): W => [q.kind, q.text, q.speaker?.text ?? null, q.trigger?.text ?? null]);
    const cmp = got.map((g, i) => [g[0], want[i] ? g[1]!.slice(0, want[i]![1].length) : g[1], g[2], g[3]]);
    assert.deepEqual(cmp, want, text);
  }
});

test('quote and speaker spans are offsets into the original text', () => {
  for (const [text] of CASES) {
    for (const q of quotes(text)) {
      assert.equal(text.slice(q.start, q.end), q.text);
      if (q.speaker?.start !== undefined) assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
      if (q.trigger) assert.equal(text.slice(q.trigger.start, q.trigger.end), q.trigger.text);
    }
  }
});

test('with an entities layer, the speaker is the PER/ORG entity (with its id); other slots give no speaker', () => {
  const text = 'وطلبيات جديدة وقال علييف إن السفن للأسطول التجاري. وقال السفن إن الطلبيات جديدة.';
  const tokens = tokenize(text);
  const { sentences } = splitBlocks(text, tokens);
  const s = text.indexOf('علييف');
  const entities: Entity[] = [{ start: s, end: s + 5, type: 'PER', text: 'علييف', confidence: 1, source: 'test', id: 'Q312813' }];
  const qs = findQuotes({ text, tokens, sentences, entities, minConfidence: 'low' });
  assert.equal(qs.length, 2);
  assert.deepEqual(qs[0]!.speaker && [qs[0]!.speaker.text, qs[0]!.speaker.id, qs[0]!.speaker.source], ['علييف', 'Q312813', 'entity']);
  assert.equal(qs[1]!.speaker, null); // `السفن` is no person or organisation
  // by default a quote whose speaker is unknown is not emitted
  assert.deepEqual(findQuotes({ text, tokens, sentences, entities }).map((q) => q.speaker?.text), ['علييف']);
});

test('headline and boilerplate blocks give no quotes; bad input does not crash', () => {
  assert.deepEqual(quotes('(العلامات للترجمة) جدول الأعمال'), []);
  for (const t of ['', '«', '»', '"', '“”', 'قال', 'قال إن', 'وأضاف أن', ':', '« قال »']) assert.ok(Array.isArray(quotes(t)));
});

test('insisting (`تصر X على أن`) reports speech', () => {
  const [q] = quotes('وتصر الحكومة على أنه لا تفاوض مع المسلحين أو حلفائهم.');
  assert.equal(q?.kind, 'indirect');
  assert.ok(q?.text.startsWith('لا تفاوض مع المسلحين'));
  assert.equal(q?.speaker?.text, 'الحكومة');
  // without a complementizer it is no quote
  assert.deepEqual(quotes('وتصر الحكومة على موقفها من الاتفاق.'), []);
});

test('`ووصف X Y بأنه "..."`: the subject of an active describing verb is quoted (two words or more), not its object', () => {
  const one = (s: string) => quotes(s).map((q) => [q.kind, q.text, q.speaker?.text ?? null]);
  assert.deepEqual(one('ووصف الأطباء حالة المرأة الجريحة بأنها "ليست خطيرة".'), [['direct', 'ليست خطيرة', 'الأطباء']]);
  assert.deepEqual(one('وقد وصف الوزير إرسال القوات إلى الحدود بأنه "خطوة كبرى".'), [['direct', 'خطوة كبرى', 'الوزير']]);
  assert.deepEqual(one('ووصف المتحدث باسم الجيش، العقيد سامي، الهجوم بأنه "عمل جبان".')[0]?.slice(0, 2), ['direct', 'عمل جبان']);
  // a nickname (`يوصف`), one quoted word, a verb after its subject (`أن وصف`) or the noun `وصف` give no quote
  assert.deepEqual(one('وسانشيز الذي يوصف بأنه "رجل إسبانيا الوسيم" فاز.'), []);
  assert.deepEqual(one('ووصف ابنته بأنها "جميلة" في المقابلة.'), []);
  assert.deepEqual(one('وسبق للوزير أن وصف المدينة بأنها "قضية صغيرة جدا".'), []);
  assert.deepEqual(one('انتقد الوزير وصف المسؤولين للمدينة بأنها "صغيرة جدا".'), []);
});

test('an office in the speaker slot with a person in apposition: the person speaks, unless a title names whom the office serves', () => {
  const full = (s: string) => analyze(s, { published: '2024-08-09' }).layers.quotes as Quote[];
  assert.equal(full('وقال مستشار الأمن القومي الأمريكي، جون بولتون، إن المحكمة غير شرعية تماما.')[0]?.speaker?.text, 'جون بولتون');
  assert.equal(full('وقال المتحدث باسم الكرملين، دميتري بيسكوف، إن الهدنة ستستمر شهرا.')[0]?.speaker?.text, 'دميتري بيسكوف');
  // `متحدث باسم رئيسة الوزراء، تيريزا ماي،`: the apposition names the prime minister, the spokesman speaks
  assert.equal(full('وقال متحدث باسم رئيسة الوزراء البريطانية، تيريزا ماي، إن بلاده لم تشارك في الضربات.')[0]?.speaker?.text, 'متحدث باسم رئيسة الوزراء البريطانية');
});

test('`دوما`, `دائما`, `أيضا` after the verb are adverbs, no speaker (`دوما` is also a town)', () => {
  const full = (s: string) => analyze(s, { published: '2024-08-09' }).layers.quotes as Quote[];
  assert.ok(full('فالثوريون الملتزمون يصرون دوما على أن الأمور ستكون على ما يرام.').every((q) => q.speaker?.text !== 'دوما'));
  const two = full('وقال الوزير إن الاتفاق قائم. وأكد أيضا أن المحادثات مستمرة.');
  assert.deepEqual(two.map((q) => q.speaker?.text), ['الوزير', 'الوزير']);
});
