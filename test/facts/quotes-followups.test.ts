/**
 * Quote follow-ups (H16): `بحسب ما كتب X` (a bare reporting verb after `ما` in an attribution), the
 * passive `وكُتب تعليق`, statement owners written with `لل` (`بيان للشرطة المحلية`, `بيان للجنة حماية
 * المستهلك`), a medium after the speaker as the addressee (`وقال مناف للصحيفة`), and one name tagged as two
 * entities side by side. Sentences written for these tests; entities given by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesWithEntities as withEntities, type HandEntity } from './quote-input.ts';

const speakers = (text: string, ents: HandEntity[] = []) => withEntities(text, ents).map((q) => q.speaker?.text ?? null);

test('بحسب ما كتب X: the one after a bare reporting verb is the source', () => {
  assert.deepEqual(speakers('وتراجعت الصادرات بشدة في العام الماضي، بحسب ما كتب حينها الخبير سامر العلي في مقال له.', [['سامر العلي', 'PER']]), ['سامر العلي']);
  assert.deepEqual(speakers('وارتفعت أسعار الوقود مرتين هذا الشهر، وفقا لما أعلنت عنه الهيئة العامة للطاقة.'), ['الهيئة العامة للطاقة']);
  // no subject after the verb (`بحسب ما ذكرت عبر صفحتها على فيسبوك`): not the page or the site
  assert.deepEqual(speakers('وما زالت المحطة متوقفة عن البث منذ أشهر، بحسب ما ذكرت عبر صفحتها على فيسبوك.', [['فيسبوك', 'ORG']]), []);
});

test('وكتب تعليق / وكتب تحت الصورة: the passive gives no speaker; an active writer keeps it', () => {
  const photo = 'ونشرت الصفحة صورة للجسر المنهار. ';
  for (const v of ['وكتب تعليق على الصورة: ', 'وكتب تحت الصورة: ', 'وكتب عليها: ']) {
    const qs = withEntities(photo + v + '"هذا ما تبقى من طريقنا إلى المدرسة".', []);
    assert.ok(qs.every((q) => !q.speaker), v);
  }
  assert.deepEqual(speakers(photo + 'وكتب سامر العلي على تويتر: "هذا ما تبقى من طريقنا إلى المدرسة".', [['سامر العلي', 'PER']]), ['سامر العلي']);
});

test('بيان للشرطة المحلية, بيان للجنة حماية المستهلك: the owner behind لل, its whole name', () => {
  assert.deepEqual(speakers('وقال بيان للشرطة المحلية إن ثلاثة أشخاص أصيبوا في الحادث.'), ['الشرطة المحلية']);
  assert.deepEqual(speakers('وارتفعت الشكاوى بنسبة كبيرة هذا العام، بحسب بيان للجنة حماية المستهلك.'), ['لجنة حماية المستهلك']);
  // right after the verb, `للشرطة` is whom it was said to; after a definite owner, an indefinite word is no part of it
  assert.deepEqual(speakers('وقال للشرطة المحلية إن ثلاثة أشخاص أصيبوا في الحادث.'), []);
  assert.deepEqual(speakers('وارتفعت الشكاوى بنسبة كبيرة هذا العام، بحسب بيان للشرطة أمس.'), ['الشرطة']);
});

test('وقال مناف للصحيفة: a medium after the speaker is the addressee; without ل it speaks', () => {
  for (const m of ['للصحيفة', 'لوكالة رويترز', 'لقناة محلية']) {
    assert.deepEqual(speakers(`وقال مناف ${m} إن الأسعار ارتفعت كثيرا.`), ['مناف'], m);
  }
  assert.deepEqual(speakers('وقال مدير المصنع للصحيفة إن الأسعار ارتفعت كثيرا.'), ['مدير المصنع']);
  assert.deepEqual(speakers('وقالت صحيفة الأخبار المحلية إن الأسعار ارتفعت كثيرا.'), ['صحيفة الأخبار المحلية']);
});

test('one name tagged as two entities of one type side by side is one source; two types are not joined', () => {
  const t = 'واستأجر الرجل شقة قرب الجامعة حسب ما أكدت شبكة سي بي سي الإخبارية.';
  assert.deepEqual(speakers(t, [['سي', 'ORG'], ['بي سي', 'ORG']]), ['سي بي سي']);
  const u = 'واستأجر الرجل شقة قرب الجامعة حسب ما أكدت شبكة سي بي سي الإخبارية.';
  assert.deepEqual(speakers(u, [['سي', 'ORG'], ['بي سي', 'PER']]), ['سي']);
});
