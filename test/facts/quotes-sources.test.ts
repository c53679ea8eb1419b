/**
 * Quote speakers: the source after `نقل ... عن` and a person in apposition after a title with a
 * long adverbial before the complementizer. Sentences written for these tests; entities given by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../src/facts/quotes.ts';
import { quotesWithEntities as withEntities } from './quote-input.ts';

test('نقل ... عن X: the one named after عن said it, not the outlet that passes it on', () => {
  const q = withEntities('ونقلت صحف محلية عن سمير داود: "لن نقبل بأي تسوية لا تعيد الحقوق إلى أصحابها".', [['سمير داود', 'PER']]);
  assert.equal(q.length, 1);
  assert.equal(q[0]!.kind, 'direct');
  assert.equal(q[0]!.speaker?.text, 'سمير داود');
  const r = withEntities('وكانت الوكالة قد نقلت عن مسؤولين أمنيين، إن "الانفجار نجم عن عبوة ناسفة زرعت قرب السوق".', []);
  assert.equal(r.length, 1);
  assert.match(r[0]!.speaker?.text ?? '', /^مسؤولين أمنيين/);
  // نقل as "to move" with no reported words: nothing
  assert.equal(withEntities('ونقلت فرق الإسعاف الجرحى إلى المستشفى بعد الحادث.', []).length, 0);
});

test('a person in apposition after a title keeps the speaker slot open past a long adverbial', () => {
  const text = 'وقال وزير الزراعة المغربي، كريم الهاشمي خلال اجتماع جمعه مع نظيره الفرنسي في باريس أمس، إنه بحث أسعار الحبوب.';
  const q = withEntities(text, [['كريم الهاشمي', 'PER']]);
  assert.equal(q.length, 1);
  assert.equal(q[0]!.speaker?.text, 'كريم الهاشمي');
  assert.match(q[0]!.text, /^بحث أسعار الحبوب/);
});

test('a dateline that opens the paragraph is not part of a quote attributed afterwards (بحسب)', () => {
  const text = 'بيروت، لبنان (CNN)-- أعلن الجيش إغلاق الطريق الساحلي حتى إشعار آخر، بحسب ما نقلته الوكالة الوطنية.';
  const q = withEntities(text, [['الوكالة الوطنية', 'ORG']]);
  assert.equal(q.length, 1);
  assert.match(q[0]!.text, /^أعلن الجيش/);
  assert.equal(q[0]!.start, text.indexOf('أعلن'));
});

test('an adverb after the verb is no speaker; a negation ends the source phrase', () => {
  assert.ok(withEntities('وتبين لاحقا أن السفينة غرقت قرب الساحل.', []).every((q) => q.speaker?.text !== 'لاحقا'));
  const q = withEntities('ونشرت الصحيفة تقريرا مماثلا نقلا عن مصادر أمنية لم تكشف عن هويتها.', []);
  assert.ok(q.every((x) => !/لم$/.test(x.speaker?.text ?? '')), JSON.stringify(q.map((x) => x.speaker?.text)));
  assert.ok(q.some((x) => x.speaker?.text === 'مصادر أمنية'), JSON.stringify(q.map((x) => x.speaker?.text)));
});

test('البيان as the subject speaks for the owner of the statement mentioned just before', () => {
  const text = 'وقالت مصادر إن الاجتماع انتهى. وجاء في بيان صادر عن وزارة الزراعة في المغرب أن المحصول تراجع. وأضاف البيان: "نتوقع تحسنا كبيرا في المواسم المقبلة بفضل الأمطار".';
  const q = withEntities(text, []);
  const last = q.find((x) => x.text.startsWith('نتوقع'));
  assert.equal(last?.speaker?.text, 'وزارة الزراعة');
  // no statement named before: no owner is invented
  const r = withEntities('وأضاف البيان: "نتوقع تحسنا كبيرا في المواسم المقبلة بفضل الأمطار".', []);
  assert.ok(r.every((x) => x.speaker?.text !== 'وزارة الزراعة'));
});

test('a dual reporting verb (وقالا) takes the dual role noun before it in its sentence as speaker', () => {
  const q = withEntities('والتقى مسؤولان أوروبيان بالصحفيين في المطار، وقالا إن المفاوضات ستستأنف الأسبوع المقبل.', []);
  assert.equal(q.length, 1);
  assert.equal(q[0]!.speaker?.text, 'مسؤولان أوروبيان');
  assert.match(q[0]!.text, /^المفاوضات ستستأنف/);
});
