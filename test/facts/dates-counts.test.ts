/**
 * Years and counts (docs/facts.md, "Years or counts, and the plural before `الـ N`"): a four-digit
 * number opening a range of counts (`بين 2000 و3000 شخص`) is a quantity, not a year, unless a year word
 * stands before it; the second year after a year word (`بين عامي 2010 و2015`) is a year too; a number
 * after a definite plural and a detached article (`السنوات الـ 49 الماضية`) counts that plural.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/stages/index.ts';
import type { Quantity } from '../../src/facts/quantities.ts';
import type { DateFact } from '../../src/facts/dates.ts';

const run = (text: string) => {
  const doc = analyze(text, { published: '2024-08-09' });
  return { dates: doc.layers.dates as DateFact[], quantities: doc.layers.quantities as Quantity[] };
};
const years = (text: string) => run(text).dates.map((d) => d.resolved);
const only = (text: string): Quantity => {
  const qs = run(text).quantities;
  assert.equal(qs.length, 1, `${text}: ${JSON.stringify(qs.map((q) => q.text))}`);
  assert.equal(text.slice(qs[0]!.start, qs[0]!.end), qs[0]!.text);
  return qs[0]!;
};

test('a four-digit number opening a range of counts is a quantity, not a year', () => {
  for (const [text, unit] of [
    ['قتل بين 2000 و3000 شخص في المعارك', 'person'],
    ['يكلف الجهاز ما بين 2000 و 3000 دولار', 'USD'],
    ['يضم المعسكر من 1500 إلى 2500 لاجئ', 'refugee'],
    ['نشر الجيش 2000 - 3000 جندي على الحدود', 'soldier'],
    ['يصدر الميناء بين 1990 و2000 طن يوميا', 'tonne'],
    ['شارك بين 2000 وثلاثة آلاف مقاتل في الهجوم', 'fighter'],
  ] as const) {
    assert.deepEqual(years(text), [], text);
    const q = only(text);
    assert.equal(q.kind, 'range', text);
    assert.equal(q.unit, unit, text);
    assert.ok(q.from! >= 1500 && q.to! > q.from!, text);
  }
  // a counted noun that is no unit, after a second number that cannot be a year
  const q = only('تظاهر بين 2000 و2500 متظاهر أمام البرلمان');
  assert.deepEqual([q.kind, q.from, q.to, q.measured?.text], ['range', 2000, 2500, 'متظاهر']);
  assert.deepEqual(years('تظاهر بين 2000 و2500 متظاهر أمام البرلمان'), []);
});

test('years stay years: a year word, a cue, a verb or a time unit after two years', () => {
  assert.deepEqual(years('وصل اللاجئون إلى المدينة في 2018 بعد رحلة طويلة'), ['2018']);
  assert.deepEqual(years('يعيش في المنفى منذ 2011 مع أسرته'), ['2011']);
  // a year word before the first number: both are years, and no quantity
  for (const text of ['تضاعف عدد الطلاب بين عامي 2010 و2015 في المدارس', 'بين عامي 2010 و2015 ارتفع عدد الطلاب', 'زار البلاد أربع مرات بين عامي 2009 و 2014 قبل أن يستقر']) {
    assert.deepEqual(years(text), [text.includes('2009') ? '2009' : '2010', text.includes('2009') ? '2014' : '2015'], text);
    assert.ok(!run(text).quantities.some((q) => q.kind === 'range' || (q.value ?? 0) > 2000), text);
  }
  // two years without a year word, followed by a verb or a time unit: still (at least the first) a year, no range
  assert.deepEqual(years('بين 2015 و2016 ارتفع عدد الزوار'), ['2015']);
  assert.ok(!run('بين 2015 و2016 ارتفع عدد الزوار').quantities.some((q) => q.kind === 'range'));
  assert.ok(years('في الفترة بين 2000 و2010 عقد المجلس اجتماعاته').includes('2000'));
  // a count after a year word is not made a year: `عام 2010 و2015 شخصا` keeps the count
  const r = run('في عام 2010 و2015 شخصا');
  assert.deepEqual(r.dates.map((d) => d.resolved), ['2010']);
  assert.equal(r.quantities[0]?.unit, 'person');
});

test('a single number before a counted noun is a count', () => {
  assert.deepEqual(years('أرسلت الحكومة 2000 جندي إلى الحدود'), []);
  const q = only('أرسلت الحكومة 2000 جندي إلى الحدود');
  assert.deepEqual([q.kind, q.value, q.unit], ['amount', 2000, 'soldier']);
});

test('a number after a definite plural and a detached article counts the plural, not the adjective after it', () => {
  let q = only('تغير المناخ كثيرا خلال السنوات الـ 49 الماضية');
  assert.deepEqual([q.kind, q.value, q.unit, q.unit_text, q.measured, q.text], ['amount', 49, 'year', 'السنوات', undefined, 'السنوات الـ 49 الماضية']);
  q = only('ستنتهي الأشغال في الأشهر الـ16 المقبلة');
  assert.deepEqual([q.value, q.unit, q.text], [16, 'month', 'الأشهر الـ16 المقبلة']);
  q = only('نفى المتهم التهم الـ12 الموجهة إليه');
  assert.deepEqual([q.value, q.unit, q.measured?.text], [12, undefined, 'التهم']);
  q = only('فاز الحزب بالمقاعد الـ 40 كلها');
  assert.deepEqual([q.value, q.unit, q.text], [40, 'seat', 'المقاعد الـ 40']);
  q = only('تأهلت المنتخبات الـ 32 المشاركة في البطولة');
  assert.deepEqual([q.value, q.measured?.text], [32, 'المنتخبات']);
  // close negatives: a singular head makes an ordinal (`الذكرى الـ 70`), a nisba adjective is no head,
  // and without the detached article the word before is not read
  for (const text of ['احتفلت الجامعة بالذكرى الـ 70 لتأسيسها', 'افتتحت الدورة الـ 37 للمهرجان']) {
    const qs = run(text).quantities;
    assert.ok(!qs.some((x) => x.measured?.text?.startsWith('ال' + text.split(' ')[2]!.slice(-4)) || x.unit), `${text}: ${JSON.stringify(qs)}`);
  }
  assert.ok(!run('انطلقت الألعاب الآسيوية الـ18 في جاكرتا').quantities.some((x) => x.measured?.text === 'الآسيوية'));
  assert.ok(!run('يؤمن أتباعه بعودة الإمام الـ 12 في آخر الزمان').quantities.some((x) => x.measured?.text === 'الإمام'));
  q = only('اشترى المصنع 49 آلة جديدة');
  assert.equal(q.measured?.text, 'آلة');
});
