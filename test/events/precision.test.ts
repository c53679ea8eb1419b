import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventProbe, type EntitySpec } from './fixtures.ts';

// Sentences written for these tests: each rule has a sentence it removes and one close to it that stays.
const E: EntitySpec[] = [
  { text: 'روسيا', type: 'LOC', id: 'russia', label_en: 'Russia', kind: 'country', country: 'RU' },
  { text: 'الحزب الديمقراطي', type: 'ORG', id: 'dem', label_en: 'Democratic Party' },
];
const { events } = eventProbe(E);
const protests = (text: string) => events(text).filter((e) => e.code.startsWith('14'));
const violent = (text: string) => events(text).filter((e) => /^(18|19)/.test(e.code));

test('subjunctive: an imperfect verb after أن or كي is wanted, called for or prevented, not done', () => {
  assert.deepEqual(protests('ودعت الجمعية إلى أن تتظاهر مئات النساء أمام البرلمان يوم الجمعة احتجاجا على القانون.'), [], 'a call to protest');
  assert.deepEqual(protests('ومنعت الشرطة الطلاب كي لا تتظاهر مئات النساء أمام البرلمان.'), [], 'prevented');
  assert.equal(protests('وتتظاهر مئات النساء أمام البرلمان منذ أمس احتجاجا على القانون.').length, 1, 'the same verb at a clause start reports');
  assert.equal(protests('واعتصم المئات أمام البرلمان أمس احتجاجا على القانون قبل أن تستقيل الحكومة.').length, 1, 'قبل أن tells what came next; the sit-in stays');
  assert.deepEqual(events('ويريد الرئيس أن يقول إن الأزمة انتهت.').filter((e) => e.code === '010'), [], 'wanting to say is no statement');
});

test('conditions: a protest or an attack after إذا/لو/في حال did not happen', () => {
  assert.deepEqual(protests('وإذا تظاهر آلاف المتظاهرين أمام البرلمان احتجاجا على القانون فإن الحكومة ستستقيل.'), []);
  assert.equal(protests('وتظاهر آلاف المتظاهرين أمام البرلمان احتجاجا على القانون.').length, 1);
  assert.deepEqual(violent('ولو هاجم مسلحون القافلة أمس بالقذائف فقتلوا 20 شخصا.').filter((e) => e.trigger.text === 'هاجم'), []);
  assert.ok(violent('وهاجم مسلحون القافلة أمس بالقذائف فقتلوا 20 شخصا.').some((e) => e.trigger.text === 'هاجم'), 'the same attack without the condition');
});

test('future: a protest verb in the present with a time to come is announced, not held', () => {
  assert.deepEqual(protests('وتتظاهر مئات النساء أمام البرلمان غدا احتجاجا على القانون.'), [], 'tomorrow');
  assert.deepEqual(protests('وتتظاهر مئات النساء أمام البرلمان يوم الجمعة المقبل احتجاجا على القانون.'), [], 'next Friday');
  assert.equal(protests('وتتظاهر مئات النساء أمام البرلمان اليوم احتجاجا على الانتخابات المقبلة.').length, 1, 'next elections: not a time of the protest');
  assert.equal(protests('وتظاهرت مئات النساء أمام البرلمان أمس احتجاجا على قانون سيطبق غدا.').length, 1, 'a past verb is not affected');
});

test('verbal nouns: a verb spelling right after a preposition names an act, it does not report one', () => {
  assert.deepEqual(violent('ويحتج الطلاب على قتل المدنيين في الغارات.'), [], 'على قتل: the killing is what they protest against');
  assert.ok(violent('وقتل مسلحون 20 مدنيا في الغارات أمس.').length > 0, 'the same verb reporting');
  assert.ok(violent('وأسفر الهجوم بالقذائف أمس عن جرح 20 شخصا.').some((e) => e.trigger.text === 'جرح'), 'أسفر عن جرح: the outcome is reported');
  assert.ok(violent('ونجح الجيش في قتل 20 مسلحا بالقذائف أمس.').length > 0, 'نجح في قتل: done');
  assert.ok(events('ويترقب السكان وصول القافلة منذ أعلنت روسيا الهدنة.').some((e) => e.trigger.text === 'أعلنت'), 'منذ takes a verb');
});

test('adverbials: after بشكل/بصورة a verb spelling is an adjective (بشكل قاطع: categorically)', () => {
  assert.deepEqual(events('ونفت روسيا بشكل قاطع هذه الاتهامات.').filter((e) => e.trigger.text === 'قاطع'), [], 'no boycott');
  assert.ok(events('وقاطعت روسيا المؤتمر أمس.').some((e) => e.trigger.text === 'قاطعت'), 'the verb still codes');
});

test('blockades and fires (144, 145) need the sentence to name a protest or its purpose', () => {
  assert.deepEqual(protests('وذكر شهود أن عددا من المتظاهرين أغلقوا الطريق أمام السيارات أمس.'), [], 'an act told without a protest');
  assert.deepEqual(protests('وأضرم المتظاهرون النار في إطارات السيارات في وسط المدينة أمس.'), []);
  assert.equal(protests('وأغلق المتظاهرون الطريق أمام السيارات أمس احتجاجا على الحكم.')[0]!.code, '144');
  assert.equal(protests('وفي اليوم الثالث من الاحتجاجات أضرم المتظاهرون النار في إطارات السيارات في وسط المدينة أمس.')[0]!.code, '145');
});

test('a rally in support of a decision (تأييدا لـ) is no protest; a solidarity protest (دعما لـ) stays', () => {
  assert.deepEqual(protests('وتظاهر المئات وسط المدينة أمس تأييدا لقرار الحكومة.'), [], 'a rally of support');
  assert.equal(protests('وتظاهر المئات وسط المدينة أمس احتجاجا على قرار الحكومة.').length, 1, 'the same rally against the decision');
  assert.equal(protests('وتظاهر المئات وسط المدينة أمس دعما لسكان غزة.').length, 1, 'solidarity');
});
