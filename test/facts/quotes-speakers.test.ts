/**
 * Quote speakers: agreement of the verb with the previous speaker, the subject's position
 * (VSO, SVO, relative pronouns, statements `قال فيه`), nested speakers, and quotations that
 * are titles or names. Sentences written for these tests; entities are given by hand where a
 * case needs them, so the cases do not move when a model changes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_STAGES } from '../../src/stages/index.ts';
import { quotesStage } from '../../src/stages/quotes.ts';
import { buildPipeline } from '../../src/core/pipeline.ts';
import { findQuotes, type Quote } from '../../src/facts/quotes.ts';
import { tokenize } from '../../src/ar/tokenize.ts';
import { splitBlocks } from '../../src/ar/sentences.ts';
import { verbAgreement } from '../../src/facts/reporting.ts';
import { norm } from '../../src/ar/normalize.ts';
import { quotesWithEntities as withEntities } from './quote-input.ts';

const pipe = buildPipeline([...BASE_STAGES, quotesStage]);
const quotes = (text: string) => pipe(text, { published: '2024-08-09' }).layers.quotes as Quote[];

/** Every quote found, before the confidence filter (no entities). */
function allQuotes(text: string): Quote[] {
  const tokens = tokenize(text);
  const { sentences } = splitBlocks(text, tokens);
  return findQuotes({ text, tokens, sentences, minConfidence: 'low' });
}
const speakers = (qs: Quote[]) => qs.map((q) => [q.kind, q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text ?? null]);

test('verb agreement read from the verb form', () => {
  const cases: [string, string][] = [
    ['قال', 'm'], ['وقالت', 'f'], ['قالوا', 'p'], ['يقولون', 'p'], ['وتضيف', 'f'], ['ويضيف', 'm'],
    ['لفت', 'm'], ['لفتت', 'f'], ['وتابع', 'm'], ['قائلا', 'm'], ['قائلة', 'f'], ['قائلين', 'p'],
  ];
  for (const [w, a] of cases) assert.equal(verbAgreement(norm(w)), a, w);
});

test('a feminine verb without a subject skips a man and takes the woman before him', () => {
  const qs = quotes('قالت الوزيرة إن الخطة جاهزة. وقال المتحدث باسم الجيش إن القوات انسحبت. وتضيف أن الميزانية كافية.');
  assert.deepEqual(speakers(qs).map((x) => x[2]), ['الوزيرة', 'المتحدث باسم الجيش', 'الوزيرة']);
});

test('a masculine verb skips a woman; the agreeing previous speaker is kept', () => {
  const qs = quotes('قال المدير إن الشركة تنمو. وقالت المتحدثة باسم الشركة إن الأرباح زادت. وأضاف أن التوسع مستمر.');
  assert.deepEqual(speakers(qs).map((x) => x[2]), ['المدير', 'المتحدثة باسم الشركة', 'المدير']);
  // and the plain case still works: same gender, nearest speaker
  assert.deepEqual(speakers(quotes('قال الوزير إن الخطة جاهزة. وأضاف أن التنفيذ يبدأ غدا.')).map((x) => x[2]), ['الوزير', 'الوزير']);
});

test('a plural verb takes a plural speaker, never one person; a singular verb never takes a plural', () => {
  const qs = quotes('قال مسؤولون إن الهجوم فشل. وقال الوزير إن التحقيق مستمر. وأضافوا أن المهاجمين فروا.');
  assert.deepEqual(speakers(qs).map((x) => x[2]), ['مسؤولون', 'الوزير', 'مسؤولون']);
  // no agreeing speaker: the quote is found, without a speaker, and not emitted by default
  const none = 'قال الوزير إن التحقيق مستمر. وقالوا إن المهاجمين فروا.';
  assert.deepEqual(speakers(allQuotes(none)).map((x) => x[2]), ['الوزير', null]);
  assert.deepEqual(speakers(quotes(none)).map((x) => x[2]), ['الوزير']);
  const sing = 'قال مسؤولون إن الهجوم فشل. وقال إنه لن يتكرر.';
  assert.deepEqual(speakers(allQuotes(sing)).map((x) => x[2]), ['مسؤولون', null]);
  assert.deepEqual(speakers(quotes(sing)).map((x) => x[2]), ['مسؤولون']);
});

test('a speaker is remembered with the gender its verb showed (`قالت سونيا`), even when carried over', () => {
  const text = 'قالت سونيا ساكسينا إن الدراسة مهمة. وأضافت أن النتائج واضحة. وقال الطبيب إن العلاج متاح. وتابعت أن البحث مستمر.';
  const qs = withEntities(text, [['سونيا ساكسينا', 'PER']]);
  assert.deepEqual(speakers(qs).map((x) => x[2]), ['سونيا ساكسينا', 'سونيا ساكسينا', 'الطبيب', 'سونيا ساكسينا']);
});

test('the subject of a sentence since the last speaker, when that speaker does not agree', () => {
  const text = 'وتقول الباحثة: "نحن نعلم أن الأطفال يتأثرون بالإعلانات كثيرا".\nالبروفيسور روسل فينر، مدير الكلية، دعا الحكومة إلى سن قواعد جديدة.\nوقال: "من المهم حماية الأطفال من الترويج للوجبات السريعة".';
  const qs = withEntities(text, [['روسل فينر', 'PER']]);
  assert.deepEqual(speakers(qs).map((x) => x[2]), ['الباحثة', 'روسل فينر']);
});

test('SVO: the phrase right before a verb without the conjunction is its subject', () => {
  assert.deepEqual(speakers(quotes('ولكن الوزير أكد أن الاتفاق صامد.')), [['indirect', 'الاتفاق صامد', 'الوزير']]);
  assert.deepEqual(speakers(quotes('ولكن جريفيث أكد أن المحادثات ستستمر.')), [['indirect', 'المحادثات ستستمر', 'جريفيث']]);
  assert.deepEqual(speakers(quotes('وكانت ابنة الزوجين قد قالت إنها لا تتهم أحدا.')), [['indirect', 'لا تتهم', 'ابنة الزوجين']]);
  // a report before the verb is no person: no speaker, not the previous one
  const rep = quotes('قال الوزير إن الكلفة معقولة. ولكن ثمة تقارير تقول إن الكلفة تضاعفت.');
  assert.deepEqual(speakers(rep).map((x) => x[2]), ['الوزير', null]);
});

test('VSO: a person governed by a preposition or behind a clitic is not the subject', () => {
  const text = 'قال الوزير إن المحادثات بناءة. وتحدث مع ترامب عن الأزمة، وأشار إلى أن الحل قريب.';
  const qs = withEntities(text, [['ترامب', 'PER']]);
  assert.deepEqual(speakers(qs).map((x) => x[2]), ['الوزير', 'الوزير']);
  // the same sentence with the person as subject
  const qs2 = withEntities('قال الوزير إن المحادثات بناءة. وتحدث ترامب عن الأزمة، وأشار إلى أن الحل قريب.', [['ترامب', 'PER']]);
  assert.deepEqual(speakers(qs2).map((x) => x[2]), ['الوزير', 'ترامب']);
});

test('relative pronouns: the speaker is the noun they refer to', () => {
  assert.deepEqual(speakers(quotes('استمعت اللجنة إلى شهادة الطبيب، الذي قال إن المريض توفي متأثرا بجراحه.')), [['indirect', 'المريض توفي', 'الطبيب']]);
  const text = 'استمعت اللجنة إلى شهادة كريستين فورد، الأستاذة في الجامعة، التي تقول إن المتهم اعتدى عليها.';
  assert.deepEqual(speakers(withEntities(text, [['كريستين فورد', 'PER']])), [['indirect', 'المتهم اعتدى', 'كريستين فورد']]);
  const text2 = 'رد اللاعب على الاتهامات التي وجهتها له سيدة تدعى كاثرين مايورغا، والتي ادعت أنه اعتدى عليها.';
  assert.deepEqual(speakers(withEntities(text2, [['كاثرين مايورغا', 'PER']])), [['indirect', 'اعتدى عليها', 'كاثرين مايورغا']]);
  // `ترامب وهو يقول`
  const text3 = 'وسمع في التسجيل ترامب وهو يقول "ادفع نقدا مقابل كل شيء في هذه الصفقة".';
  assert.deepEqual(speakers(withEntities(text3, [['ترامب', 'PER']])), [['direct', 'ادفع نقدا', 'ترامب']]);
});

test('`قال فيه`: the owner of the statement, else the subject of the clause that mentions it', () => {
  const a = quotes('ونشرت الوكالة الرسمية بيانا للقيادة العامة للجيش قالت فيه إن الصواريخ أسقطت.');
  assert.deepEqual(speakers(a), [['indirect', 'الصواريخ أسقطت', 'القيادة العامة للجيش']]);
  const b = withEntities('وكان مسعود البارزاني قد أصدر بيانا انتقد فيه عملية اختيار رئيس الجمهورية قال فيه "ما يجري الآن مخالف للأعراف المتبعة".', [['مسعود البارزاني', 'PER']]);
  assert.deepEqual(speakers(b), [['direct', 'ما يجري', 'مسعود البارزاني']]);
  // a person the statement is about is not its owner
  const c = withEntities('وأصدرت القوات المسلحة بيانا بشأن تصريحات جنينة، قالت فيه إن التصريحات تستهدف الدولة.', [['جنينة', 'PER']]);
  assert.deepEqual(speakers(c), [['indirect', 'التصريحات تستهدف', 'القوات المسلحة']]);
  const d = withEntities('ونقلت الصحيفة تصريحات أخرى لجونسون في نفس الجلسة قال فيها إن الجريمة خطيرة.', [['جونسون', 'PER']]);
  assert.deepEqual(speakers(d), [['indirect', 'الجريمة خطيرة', 'جونسون']]);
});

test('a speaker inside another quotation does not become the next previous speaker', () => {
  const text = 'وقال جولياني إن الشريط يظهر أن الرئيس قال: "لا تدفع نقدا".\nوأضاف أن الرئيس تصرف بشكل سليم.';
  const qs = withEntities(text, [['جولياني', 'PER']]);
  assert.deepEqual(speakers(qs).map((x) => x[2]), ['جولياني', 'الرئيس', 'جولياني']);
});

test('a capital speaks for its government; a place elsewhere in the slot does not', () => {
  const qs = withEntities('وجاءت الضربات التي قالت واشنطن إنها انتهت ردا على الهجوم.', [['واشنطن', 'LOC', 'city']]);
  assert.deepEqual(speakers(qs), [['indirect', 'انتهت ردا', 'واشنطن']]);
  assert.deepEqual(speakers(quotes('بسبب ما تقول الدول الأربع إنه دعم للإرهاب.')), [['indirect', 'دعم للإرهاب', 'الدول الأربع']]);
});

test('titles and names in quotation marks are no quotes', () => {
  assert.deepEqual(quotes('وأعلن مطورون عقاريون عن مشروعات خلال معرض "سيتي سكيب جلوبال 2018" في دبي.'), []);
  assert.deepEqual(quotes('وقبل يوم من إعلان عودة "الأسرة المسلمة"، حذرت المفوضية من أن الأوضاع غير آمنة.').map((q) => q.kind), ['indirect']);
  assert.deepEqual(speakers(quotes('وهي المادة المعروفة باسم "نوفيتشوك"، قالت الشرطة إنها خطيرة جدا.')), [['indirect', 'خطيرة جدا', 'الشرطة']]);
  assert.deepEqual(quotes('ومرت الطائرات المسلحة بصواريخ "ستورم شادو" وفقا لوزارة الدفاع فوق البحر.').filter((q) => q.kind === 'direct'), []);
  // a real quotation after a quoted name and a colon keeps the verb before them
  const q = quotes('وقال عمدة المدينة لصحيفة "لاستامبا" الإيطالية: "لو وقع متسول في البحر يتعين علينا إنقاذه".');
  assert.deepEqual(speakers(q), [['direct', 'لو وقع', 'عمدة المدينة']]);
});

test('facts are no speakers (`مما يشير إلى أن`); `ما تقول X إنه` still is one', () => {
  assert.deepEqual(quotes('وحجز المتهم مقعدا في رحلة إلى بروكسل، مما يشير إلى أنه لم يكن ينوي الانتحار.'), []);
  const qs = withEntities('وبينت صور بثتها الحكومة الأوكرانية ما تقول إنه نقل صاروخ عبر الحدود.', []);
  assert.deepEqual(speakers(qs), [['indirect', 'نقل صاروخ', 'الحكومة الأوكرانية']]);
});

test('an attribution wrapping a quotation with its own speaker is dropped', () => {
  const qs = quotes('وأعلن رئيس النادي أن المجلس لم يتربح شيئا طوال فترة وجوده، حسب موقع النادي.');
  assert.deepEqual(speakers(qs), [['indirect', 'المجلس لم', 'رئيس النادي']]);
});

test('slots: a comma before the complementizer, a quotation at the verb, partitives', () => {
  assert.deepEqual(speakers(quotes('قال رئيس الوزراء اليمني، إن بلاده تمر بأيام عصيبة.')), [['indirect', 'بلاده تمر', 'رئيس الوزراء اليمني']]);
  assert.deepEqual(speakers(quotes('قال الوزير إن الأمر جيد. وقال "يمكنك أن ترى بوضوح أن السياسات كانت فاشلة".')).map((x) => x.slice(0, 1).concat(x[2])), [['indirect', 'الوزير'], ['direct', 'الوزير']]);
  assert.deepEqual(speakers(quotes('ويقول العديد من الإسرائيليين إن العائلة استغلت الحادثة.')), [['indirect', 'العائلة استغلت', 'العديد من الإسرائيليين']]);
});

test('addressees and adverbs are no speakers; commas inside the speaker slot', () => {
  const a = quotes('قال الوزير إن العنف مرفوض. وأضاف لمحطة إن بي سي أنه لا تهاون في ذلك.');
  assert.deepEqual(speakers(a).map((x) => x[2]), ['الوزير', 'الوزير']);
  const b = quotes('قال الوزير إن العنف مرفوض. وقال للصحفيين: "لن نتهاون مع أي طرف في هذه القضية".');
  assert.deepEqual(speakers(b).map((x) => x[2]), ['الوزير', 'الوزير']);
  const c = quotes('انتقد الرئيس الجماعات اليسارية، وقال آسفا إنه كان يوجد عنف من أطراف كثيرة.');
  // (the role phrase runs on over the object: known limit, the speaker is still the president)
  assert.ok(c.length === 1 && c[0]!.speaker?.text.startsWith('الرئيس'), JSON.stringify(c));
  const d = quotes('قال الرئيس التركي، رجب طيب أردوغان، السبت، إن القوى المعادية حاولت القيام بانقلاب اقتصادي.');
  assert.deepEqual(speakers(d), [['indirect', 'القوى المعادية', 'الرئيس التركي']]);
  assert.deepEqual(speakers(quotes('وأشارت تكهنات إلى أنه يخضع لتحقيق.')), [['indirect', 'يخضع لتحقيق', null]]);
});

test('apposition after a comma, the source behind `نقلا عن`, feminine plural agreement, nicknames', () => {
  const a = withEntities('في حين يقول الضابط السابق، أنور مالك، إن سبب الدعم لا يتعلق بالقضية.', [['أنور مالك', 'PER']]);
  assert.deepEqual(speakers(a), [['indirect', 'سبب الدعم', 'أنور مالك']]);
  const b = quotes('وذكرت الوكالة الرسمية نقلا عن مصدر أمني قوله: "ألقى المهاجمون قنبلة على السيارة الأولى لقوات الأمن".');
  assert.deepEqual(speakers(b), [['direct', 'ألقى المهاجمون', 'مصدر أمني']]);
  const c = quotes('وقالت مصادر في الخارجية إن اللقاء كان بناء، مشيرة إلى أن الجانب التركي طرح ملف التعاون.');
  assert.deepEqual(speakers(c).map((x) => x[2]?.split(' ')[0]), ['مصادر', 'مصادر']);
  // a man introduced by `وقال` is not the subject of a later `وقالت`
  const d = withEntities('وقال نائب رئيس الوزراء مهدي جوليد إن اللحظة حاسمة. وأثنت المديرة على الخطوة، وقالت "من المشجع أن نرى الصومال يتخذ هذا الموقف".', [['مهدي جوليد', 'PER']]);
  assert.equal(d.at(-1)!.speaker?.text === 'مهدي جوليد', false);
  // a nickname after `يوصف بأنه` is no quotation; the quotation after it is
  const e = quotes('وقال سانشيز الذي يوصف بأنه "رجل إسبانيا الوسيم" الجمعة "اليوم نكتب صفحة جديدة من تاريخ الديمقراطية".');
  assert.deepEqual(e.map((q) => q.text.split(' ')[0]), ['اليوم']);
});

test('statements speak for their owner; lawyers for themselves; nouns that look like participles', () => {
  const a = withEntities('وأضاف بيان أبل: "لم نجد أي تلاعب خبيث في أي من خوادمنا على الإطلاق".', [['أبل', 'ORG']]);
  assert.deepEqual(speakers(a), [['direct', 'لم نجد', 'أبل']]);
  const b = withEntities('ويقول محامو رونالدو إنهم سيقاضون المجلة الألمانية.', [['رونالدو', 'PER']]);
  assert.deepEqual(speakers(b), [['indirect', 'سيقاضون المجلة', 'محامو رونالدو']]);
  assert.deepEqual(quotes('ويحل الفريق في المركز الثاني لو فاز على مضيفه كريستال بالاس لأن رصيده سيرتفع.'), []);
  // a role named inside the quotation is not the subject of the participle after it
  const c = withEntities('وأضاف الفريق أحمد خالد أن "القيادة العامة للقوات المسلحة حريصة على تطوير الأسطول"، موضحاً أن الوحدة الجديدة متطورة.', [['أحمد خالد', 'PER']]);
  assert.deepEqual(speakers(c).map((x) => x[2]), ['أحمد خالد', 'أحمد خالد']);
});

test('a role phrase takes the name inside it or after a comma, never one past the complementizer', () => {
  const text = 'وأوضح مصدر بالطب الشرعي أن فرضية تسمم المقاري هي الأرجح، مشيرا إلى أن التقرير سيصدر قريبا.';
  const qs = withEntities(text, [['المقاري', 'PER']]);
  assert.deepEqual(speakers(qs).map((x) => x[2]?.split(' ')[0]), ['مصدر', 'مصدر']);
  // signs and evidence are no speakers
  assert.deepEqual(speakers(quotes('وظهرت على الفتاة علامات تشير إلى أنها تعرضت لانتهاكات.')).map((x) => x[2]), [null]);
});

test('addressees with a clitic, statements issued by someone, descriptions between verb and complementizer', () => {
  const a = withEntities('اعترف فايد بأنه مولع بالسرقات، وقال لمقربين منه إنه يستلهم عملياته من الأفلام.', [['فايد', 'PER']]);
  assert.deepEqual(speakers(a).map((x) => x[2]), ['فايد', 'فايد']);
  const b = withEntities('قال فايد إنه بريء. وتحدث يوما للمخرج مايكل مان في مهرجان قائلا: "أنت مستشاري الفني في كل أعمالي".', [['فايد', 'PER'], ['مايكل مان', 'PER']]);
  assert.deepEqual(speakers(b).map((x) => x[2]), ['فايد', 'فايد']);
  assert.deepEqual(speakers(quotes('وقال بيان صادر عن الحزب إن الأموال كانت في طريقها للقيادة الجديدة.')), [['indirect', 'الأموال كانت', 'الحزب']]);
  assert.deepEqual(quotes('إلا أن الرئيس لا يرى هذا ووصف الاتفاق بأنه "الأسوأ على الإطلاق".'), []);
});

test('a rank adjective stays in the title before an apposed name; a quoted name in the slot; a pronoun attribution points back', () => {
  const sp = (qs: Quote[]) => qs.map((q) => [q.kind, q.text.split(' ').slice(0, 3).join(' '), q.speaker?.text ?? null]);
  // `العقيد الركن، سامي الحداد،`: the name after the comma speaks, not the rank
  assert.deepEqual(
    sp(withEntities('وقال العقيد الركن، سامي الحداد، المتحدث باسم القوات: "صدت الوحدات هجوما على الميناء في الصباح".', [['سامي الحداد', 'PER']])),
    [['direct', 'صدت الوحدات هجوما', 'سامي الحداد']],
  );
  // a quoted organisation name after `قوات` in the apposition is a name: the reported clause after `إن` is the quote
  assert.deepEqual(
    sp(withEntities('قال العميد سامي الحداد، المتحدث الرسمي باسم قوات "التحالف الوطني للإنقاذ"، لإذاعة محلية، الخميس، إن الغارات أصابت مواقع عسكرية فقط.', [['سامي الحداد', 'PER']])),
    [['indirect', 'الغارات أصابت مواقع', 'سامي الحداد']],
  );
  // `"..."، حسب تعبيره`: the speaker is the one before the quotation (the verb's subject), not the attribution
  assert.deepEqual(
    sp(withEntities('وأعلن الوزير "التزام الحكومة الثابت بإجراء التحقيقات في كل الحوادث"، حسب تعبيره.', [])),
    [['direct', 'التزام الحكومة الثابت', 'الوزير']],
  );
});

test('a quoted name after a naming noun belongs to the speaker phrase (`وقالت جماعة "..." الإغاثية، إن`)', () => {
  assert.deepEqual(
    withEntities('وقالت جماعة "الأيادي البيضاء" الإغاثية، إن تسعة مدنيين قتلوا في القصف.', []).map((q) => [q.kind, q.text, q.speaker?.text ?? null]),
    [['indirect', 'تسعة مدنيين قتلوا في القصف', 'جماعة "الأيادي البيضاء" الإغاثية']],
  );
  // a role before a quoted organisation speaks for it; the marks do not count in the role's length
  assert.deepEqual(
    withEntities('وقال أحد مستخدمي موقع "ويبو" إن آلاف الأمهات يشعرن بالقلق.', [['ويبو', 'ORG']]).map((q) => q.speaker?.text ?? null),
    ['أحد مستخدمي موقع "ويبو"'],
  );
});
