import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/stages/index.ts';
import type { EventSpan } from '../../src/events/extract.ts';

// Acts told as a verbal noun after a deciding or starting verb (docs/events.md, section of that name). Sentences written
// for these tests.
const events = (text: string): EventSpan[] => (analyze(text, { published: '2024-05-10' }).layers.events ?? []) as EventSpan[];
/** The first event of a code family (its first digits), or undefined. */
const ev = (text: string, family: string): EventSpan | undefined => events(text).find((e) => e.code.startsWith(family));

test("the deciding verb's subject imposes the sanctions named by its verbal noun", () => {
  const e = ev('قررت الولايات المتحدة فرض عقوبات جديدة على روسيا.', '163')!;
  assert.equal(e.source?.label, 'United States');
  assert.equal(e.target?.label, 'Russia');
  // With إعادة (re-) between the subject and the noun, and a capital as the subject of the deciding verb.
  const again = ev('وقررت واشنطن إعادة فرض عقوبات على كوبا.', '163')!;
  assert.match(again.source?.label ?? '', /Washington/);
  assert.equal(again.target?.label, 'Cuba');
  // The same noun after a noun, not a verb (قرار الولايات المتحدة فرض عقوبات) stays what it was: no event.
  assert.equal(ev('انتقد الوزير قرار الولايات المتحدة فرض عقوبات على روسيا.', '163'), undefined);
});

test('announcing, starting and continuing verbs govern the act too; the expelled diplomats give the target', () => {
  const expel = ev('أعلنت النرويج طرد 15 دبلوماسيا بريطانيا.', '161')!;
  assert.equal(expel.source?.label, 'Norway');
  assert.equal(expel.target?.label, 'United Kingdom');
  assert.equal(ev('أعلنت النرويج طرد ثلاثة دبلوماسيين روس.', '161')?.target?.label, 'diplomats (Russia)');
  // The expelled diplomats' nationality is no target when it is the expelling state's own.
  const own = ev('أعلنت النرويج طرد 15 دبلوماسيا نرويجيا.', '161')!;
  assert.equal(own.source?.label, 'Norway');
  assert.equal(own.target, null);
  assert.equal(ev('بدأت القوات الأمريكية سحب جنودها من المنطقة.', '087')?.source?.label, 'armed forces (United States)');
  // استدعاء triggers only as such a complement.
  const recall = ev('قررت الحكومة المصرية استدعاء سفيرها لدى قطر.', '161')!;
  assert.equal(recall.source?.label, 'Government (Egypt)');
  assert.equal(recall.target?.label, 'Qatar');
  assert.equal(ev('استدعاء السفير المصري لدى قطر خطوة نادرة.', '161'), undefined);
});

test('عن after أعلن and في after بدأ/شرع may stand before the noun; a multi-word act spelt like its verbal noun too', () => {
  const cut = ev('أعلنت الأرجنتين عن قطع علاقاتها مع فنزويلا.', '161')!;
  assert.equal(cut.source?.label, 'Argentina');
  assert.equal(cut.target?.label, 'Venezuela');
  // عن after a verb of deciding does not introduce its complement.
  assert.equal(ev('قررت الأرجنتين عن قطع علاقاتها مع فنزويلا.', '161'), undefined);
  assert.equal(ev('وبدأت كندا في فرض عقوبات على فنزويلا.', '163')?.source?.label, 'Canada');
  assert.equal(ev('وقررت كندا في فرض عقوبات على فنزويلا.', '163'), undefined);
  assert.equal(ev('قررت السلطات العراقية فرض حظر التجول في المدينة.', '172')?.source?.label, 'officials (Iraq)');
});

test('not when the governing verb is negated, future, after a modal, a condition or a relative pronoun, nor an intent', () => {
  assert.equal(ev('لم تقرر الولايات المتحدة فرض عقوبات على روسيا.', '163'), undefined);
  assert.equal(ev('ستقرر الولايات المتحدة فرض عقوبات على روسيا.', '163'), undefined);
  assert.equal(ev('من المتوقع أن تقرر الولايات المتحدة فرض عقوبات على روسيا.', '163'), undefined);
  assert.equal(ev('إذا قررت الولايات المتحدة فرض عقوبات على روسيا فسترد موسكو.', '163'), undefined);
  assert.equal(ev('تعتزم الولايات المتحدة فرض عقوبات على روسيا.', '163'), undefined);
  assert.equal(ev('انتقد الوزير الدول التي قررت طرد دبلوماسيين روس.', '161'), undefined);
  // A title of the other gender after the verb is its object, not its subject.
  assert.equal(ev('قررت السفير الكندي طرد دبلوماسيين روس.', '161'), undefined);
});

test('tariffs: on a product of a country, the target is that country; with no country, no event', () => {
  const verb = ev('فرضت الولايات المتحدة رسوما جمركية على واردات الصلب التركي.', '163')!;
  assert.equal(verb.source?.label, 'United States');
  assert.equal(verb.target?.label, 'Türkiye');
  assert.equal(ev('فرضت الولايات المتحدة رسوما جمركية على واردات الصلب.', '163'), undefined);
  // The product of the imposer's own country is no target.
  assert.equal(ev('فرضت الحكومة المصرية رسوما على الحديد المصري.', '163'), undefined);
  // Tariffs as a noun phrase, read as sanctions nouns are: the nationality after the noun imposes them.
  const noun = ev('أضرت الرسوم الجمركية الأمريكية على الصلب التركي بالاقتصاد.', '163')!;
  assert.equal(noun.source?.label, 'United States');
  assert.equal(noun.target?.label, 'Türkiye');
  assert.equal(ev('أضرت الرسوم الجمركية الأمريكية بالاقتصاد.', '163'), undefined);
  // Lifted tariffs are no imposition.
  assert.equal(ev('رحب الوزير بإلغاء الرسوم الجمركية الأمريكية على الصلب التركي.', '163'), undefined);
});

test('an announcement coded as the act it announces is no statement besides it; a reported act keeps the statement', () => {
  // Sentences written for this test.
  const once = events('أعلنت النرويج طرد 15 دبلوماسيا بريطانيا.');
  assert.deepEqual(once.map((e) => e.code), ['161']);
  assert.deepEqual(events('أعلنت الحكومة الكندية استدعاء سفيرها لدى الهند.').map((e) => e.code), ['161']);
  // أعلن with a clause (أنها طردت ...) reports a statement, and the act inside it is coded as well.
  const told = events('أعلنت النرويج أنها طردت 15 دبلوماسيا بريطانيا.').map((e) => e.code);
  assert.ok(told.includes('010'), told.join(','));
});
