/**
 * Quote speakers told by a statement and by a body's head noun: the subject of a reporting verb
 * inside an attribution (`وفقا لما ذكرته X في بيان لها`), `البيان` speaking for whoever issued it in
 * its own sentence, `الوزارة` for the ministry that spoke just before, and a participle that skips a
 * relative clause. Sentences written for these tests; entities given by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes, type Quote } from '../../src/facts/quotes.ts';
import { tokenize } from '../../src/ar/tokenize.ts';
import { splitBlocks } from '../../src/ar/sentences.ts';
import type { Entity } from '../../src/core/doc.ts';
import { quotesWithEntities as withEntities } from './quote-input.ts';

const bySpeaker = (qs: Quote[]) => qs.map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text]);

const FIRE =
  'اندلع حريق كبير في مخزن للوقود جنوبي البلاد، وفقا لما ذكرته خدمة الإطفاء الحكومية الإقليمية في بيان لها، الأربعاء. ' +
  'وقال البيان إن المحافظ ونائبه وصلا إلى موقع الحريق. ولم يذكر البيان عدد الضحايا لكنه قال إن النيران امتدت إلى مبنيين مجاورين.';

test('وفقا لما ذكرته X: the subject of the reporting verb is the source, also a body the entities do not know', () => {
  const q = withEntities(FIRE, [['المحافظ', 'PER']]);
  assert.deepEqual(bySpeaker(q)[0], ['اندلع حريق', 'خدمة الإطفاء الحكومية الإقليمية']);
  // `في بيان` is where it was said, not part of a role-noun source either
  const r = withEntities('ارتفعت أسعار الخبز في العاصمة، بحسب ما أعلنته الهيئة العامة للإحصاء في بيان صحفي.', []);
  assert.equal(r.length, 1);
  assert.equal(r[0]!.speaker?.text, 'الهيئة العامة للإحصاء');
  // no reporting verb (`لما جرى`), or a source that is no body (`تقارير`): no speaker is made up
  assert.equal(withEntities('تأجل الاجتماع إلى الأسبوع المقبل، وفقا لما جرى العمل به في السنوات الماضية.', []).length, 0);
  assert.ok(withEntities('تأجل الاجتماع إلى الأسبوع المقبل، وفقا لما ذكرته تقارير صحفية محلية.', []).every((x) => !x.speaker));
});

test('البيان speaks for the one who issued it in its own sentence (`X في بيان لها`), also after لكنه قال', () => {
  const q = withEntities(FIRE, [['المحافظ', 'PER']]);
  assert.deepEqual(bySpeaker(q), [
    ['اندلع حريق', 'خدمة الإطفاء الحكومية الإقليمية'],
    ['المحافظ ونائبه', 'خدمة الإطفاء الحكومية الإقليمية'],
    ['النيران امتدت', 'خدمة الإطفاء الحكومية الإقليمية'],
  ]);
  const r = withEntities('وقالت الوزارة في بيان إن الأسعار ستنخفض قريبا. وأضاف البيان أن الحكومة ستدعم المزارعين.', []);
  assert.deepEqual(bySpeaker(r), [['الأسعار ستنخفض', 'الوزارة'], ['الحكومة ستدعم', 'الوزارة']]);
});

test('a head noun alone (الوزارة, الشركة) speaks for the body of that kind that spoke just before', () => {
  const q = withEntities('وقالت الخارجية المغربية إن الوزير التقى نظيره قبل أسبوع. وأضافت الوزارة أن اللقاء كان مثمرا.', [['الخارجية المغربية', 'ORG']]);
  assert.deepEqual(bySpeaker(q), [['الوزير التقى', 'الخارجية المغربية'], ['اللقاء كان', 'الخارجية المغربية']]);
  const r = withEntities('وقالت شركة النسيج الوطنية إن المصنع سيغلق. وأضافت الشركة أن العمال سيحصلون على تعويضات.', []);
  assert.equal(r[1]!.speaker?.text, 'شركة النسيج الوطنية');
  // a body of another kind keeps its own head noun
  const s = withEntities('وقالت وزارة الصحة إن الوضع مستقر. وأضافت الشركة أن المصنع سيعود للعمل.', [['وزارة الصحة', 'ORG']]);
  assert.equal(s[1]!.speaker?.text, 'الشركة');
});

test('a participle takes the subject of the main clause, not a noun inside a relative clause', () => {
  const q = withEntities('وأصدر رئيس الوزراء الإيطالي، ماريو روسي، الذي يشغل أيضا منصب وزير الداخلية قراره بإغلاق المعبر، مؤكدا أن القرار مؤقت.', [['ماريو روسي', 'PER']]);
  assert.equal(q.length, 1);
  assert.equal(q[0]!.speaker?.text, 'ماريو روسي');
  const r = withEntities('وانتقد الوزير القرار الذي اتخذه المجلس، مؤكدا أنه متسرع.', []);
  assert.equal(r[0]?.speaker?.text, 'الوزير');
});

test('ما وصفته X بأنه ...: the characterization is the quote of the one who made it (also a dual role, or the subject before)', () => {
  const q = withEntities('ووقعت الشركتان مذكرة تفاهم لبناء ما وصفته الشركتان في بيان بأنه مجمع عملاق للصناعات الغذائية في المنطقة.', []);
  assert.equal(q.length, 1);
  assert.match(q[0]!.text, /^مجمع عملاق/);
  assert.equal(q[0]!.speaker?.text, 'الشركتان');
  const r = withEntities('وانتقد الوزير ما وصفه بأنه تدخل سافر في شؤون بلاده.', []);
  assert.equal(r.length, 1);
  assert.equal(r[0]!.speaker?.text, 'الوزير');
  assert.match(r[0]!.text, /^تدخل سافر/);
  // a one-word label, a quotation after بأنه or the verb without ما is no such quote
  assert.equal(withEntities('وانتقد الوزير ما وصفه بأنه تدخل.', []).length, 0);
  assert.equal(withEntities('وتحدث الكاتب عن المدينة التي وصفها بأنها جميلة وهادئة جدا.', []).length, 0);
});

test('a person the article names, right before a participle (رد عليه X قائلا), says the quotation, also inside another reported clause', () => {
  const text = 'وتحدث بوريس جونسون أمام النواب. وقال أحد النواب إنه يجب المقارنة بين البطولتين وهو ما رد عليه جونسون قائلا "أتفق مع مقارنتك تماما".';
  const q = withEntities(text, [['بوريس جونسون', 'PER'], ['جونسون', 'PER', undefined, 2]]);
  const direct = q.find((x) => x.kind === 'direct');
  assert.equal(direct?.speaker?.text, 'جونسون');
  // a one-off span before the participle (no other mention) is not trusted; nor a name after a noun with a pronoun
  const r = withEntities('وقال عمرو أديب إن صلاح لاعب رائع. عمرو أديب تابع مدحه لصلاح قائلا إن اللاعب ساحر حقيقي.', [['عمرو أديب', 'PER'], ['عمرو أديب', 'PER', undefined, 2], ['مدحه لصلاح', 'PER']]);
  assert.deepEqual(r.map((x) => x.speaker?.text), ['عمرو أديب', 'عمرو أديب']);
  // (`نظيره سامي قائلا`: a name after a noun with a pronoun is an apposition; this rule leaves it to the others)
  const t2 = 'وقال الوزير سامي إن الوفد وصل. واستقبل الوزير نظيره سامي قائلا إن الزيارة مهمة.';
  const tokens = tokenize(t2);
  const ents: Entity[] = [t2.indexOf('سامي'), t2.lastIndexOf('سامي')].map((start) => ({ start, end: start + 4, type: 'PER', text: 'سامي', confidence: 1, source: 'test' }));
  const s = findQuotes({ text: t2, tokens, sentences: splitBlocks(t2, tokens).sentences, entities: ents, debug: true });
  assert.equal(s.length, 2);
  assert.ok(s.every((x) => x.speaker?.how !== 'person-before-participle'), JSON.stringify(s.map((x) => x.speaker?.how)));
});

test('بما after the verb starts an adverbial: it is no speaker and none is guessed (يوضح بما لا يدع مجالا للشك أن)', () => {
  const q = withEntities('واعتبر الوزير أن إطلاق الصواريخ على المدنيين يوضح بما لا يدع مجالا للشك أن الجماعة لا تحترم القانون الدولي.', []);
  assert.ok(q.length >= 1);
  assert.ok(q.every((x) => x.speaker?.text !== 'بما'), JSON.stringify(q.map((x) => x.speaker?.text)));
});

test('a quotation after one whose head noun was resolved (الوزارة) carries on the resolved body', () => {
  const q = withEntities('وقالت الخارجية المغربية إن الوزير التقى نظيره قبل أسبوع. وأضافت الوزارة: "اللقاء كان مثمرا جدا للبلدين". وتابعت: "سنواصل الحوار مع الجميع".', [['الخارجية المغربية', 'ORG']]);
  assert.deepEqual(q.map((x) => x.speaker?.text), ['الخارجية المغربية', 'الخارجية المغربية', 'الخارجية المغربية']);
  // a head noun of another kind is not resolved, and is what carries on
  const r = withEntities('وقالت وزارة الصحة إن الوضع مستقر. وأضافت الشركة: "المصنع سيعود للعمل قريبا". وتابعت: "لن نسرح أي عامل".', [['وزارة الصحة', 'ORG']]);
  assert.deepEqual(r.map((x) => x.speaker?.text), ['وزارة الصحة', 'الشركة', 'الشركة']);
});
