/**
 * Speakers named by a common noun in the speaker slot (`وقال الزوج`, `وتقول منظمات حقوقية`, the
 * `slot-heads` of data/facts/quote-speakers.txt), and speakers that kept a clitic `ل` (`بيان لوزارة
 * الصحة`, an entity tagged `لأمم المتحدة` inside `للأمم`, `وقالت لوسائل الإعلام` as the addressee).
 * Sentences written for these tests; entities given by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesWithEntities as withEntities } from './quote-input.ts';

test('a common noun heading the speaker slot names the speaker (kin, groups, bodies)', () => {
  const cases: [string, string][] = [
    ['وقال الزوج إن الطبيب تأخر ساعتين عن موعد الولادة.', 'الزوج'],
    ['وتقول منظمات حقوقية إن السجن المركزي مكتظ بالموقوفين.', 'منظمات حقوقية'],
    ['وقالت وكالات الإغاثة إن القوافل لم تصل إلى القرى الجبلية.', 'وكالات الإغاثة'],
    ['وأضافت الأسرة أن ابنها غادر المنزل قبل الفجر.', 'الأسرة'],
    ['ويقول المراقبون إن الحكومة ستخسر الأغلبية في البرلمان.', 'المراقبون'],
  ];
  for (const [text, speaker] of cases) {
    const q = withEntities(text, []);
    assert.equal(q.length, 1, text);
    assert.equal(q[0]!.speaker?.text, speaker, text);
  }
});

test('a slot head counts at the head of the slot only, and is not looked for before a verb', () => {
  // the noun deep inside the slot (`ذكر اسمه في مجموعة من الرسائل`) names no one
  assert.ok(withEntities('وطلب الموظف عدم ذكر اسمه في مجموعة من الرسائل أن المدير غائب.', []).every((x) => x.speaker?.text !== 'اسمه في مجموعة'));
  // the object of an earlier verb (`انتقد الوزير الجماعات اليسارية`) is not the speaker of `وقال`
  const q = withEntities('انتقد الوزير الجماعات اليسارية في خطابه، وقال إنها تعرقل الإصلاح.', [], 'low');
  assert.ok(q.every((x) => x.speaker?.text !== 'الجماعات اليسارية'));
  // a plain noun that names no one stays no speaker (`وقال التقرير`)
  assert.ok(withEntities('وقال التقرير إن الأسعار ارتفعت بنسبة كبيرة.', []).every((x) => x.speaker == null));
});

test('a role noun behind the clitic ل right after the verb is the addressee, not the speaker', () => {
  const q = withEntities('وأكدت الوزيرة أن الميزانية جاهزة. وقالت لوسائل الإعلام المحلية إن التصويت سيجري الأحد.', []);
  const second = q.find((x) => x.text.includes('التصويت'));
  assert.ok(second);
  assert.notEqual(second.speaker?.text, 'لوسائل الإعلام المحلية');
  assert.equal(second.speaker?.text, 'الوزيرة');
  // close negative: the ل of `لجنة` is its own
  const r = withEntities('وقالت لجنة الانتخابات إن التصويت سيجري الأحد.', []);
  assert.equal(r.length, 1);
  assert.equal(r[0]!.speaker?.text, 'لجنة الانتخابات');
});

test('a statement owner or an entity cut inside `لل` loses the clitic', () => {
  // `بيان لوزارة الصحة`: the owner without the ل
  const q = withEntities('وقال بيان لوزارة الصحة إن عدد المصابين ارتفع إلى عشرين.', []);
  assert.equal(q.length, 1);
  assert.equal(q[0]!.speaker?.text, 'وزارة الصحة');
  // close negative: `بيان لجنة الإغاثة` keeps the ل of لجنة
  const n = withEntities('وقال بيان لجنة الإغاثة إن عدد المصابين ارتفع إلى عشرين.', []);
  assert.equal(n[0]?.speaker?.text, 'لجنة الإغاثة');
  // an entity tagged one letter into `للأمم` is written with its article
  const r = withEntities('قتل ثلاثة مدنيين في القصف على البلدة، وفقا للأمم المتحدة.', [['لأمم المتحدة', 'ORG']]);
  assert.equal(r.length, 1);
  assert.equal(r[0]!.speaker?.text, 'الأمم المتحدة');
  // close negative: an entity behind a single ل (`لمنظمة`) is left as tagged
  const s = withEntities('قتل ثلاثة مدنيين في القصف على البلدة، وفقا لمنظمة الصحة العالمية.', [['منظمة الصحة العالمية', 'ORG']]);
  assert.equal(s[0]?.speaker?.text, 'منظمة الصحة العالمية');
});

test('a speaker taken with a whole `لل` word loses the preposition, not an addressee or a noun whose own first letter is ل', () => {
  // `بحسب بيان للشرطة المحلية`: ل + الشرطة, written out with its article
  const q = withEntities('اندلع الحريق في مخزن قديم، بحسب بيان للشرطة المحلية.', []);
  assert.equal(q.length, 1);
  assert.equal(q[0]!.speaker?.text, 'الشرطة المحلية');
  // close negative: the ل of `لجنة` is its own (`للجنة حماية المستهلك` is ل + لجنة, not `الجنة`)
  const n = withEntities('اندلع الحريق في مخزن قديم، وفقا للجنة حماية المستهلك.', []);
  assert.equal(n[0]?.speaker?.text, 'لجنة حماية المستهلك');
  // close negative: `وقال للصحفيين` names whom it was said to; the speaker is the previous one
  const r = withEntities('وأكد المحافظ أن الطرق مفتوحة. وقال للصحفيين إن المدارس ستفتح غدا.', []);
  const second = r.find((x) => x.text.includes('المدارس'));
  assert.ok(second);
  assert.equal(second.speaker?.text, 'المحافظ');
});
