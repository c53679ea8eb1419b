import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/facts/dates.ts';
import { tokenize } from '../../src/ar/tokenize.ts';

// Published on a Wednesday (2024-08-07).
const run = (text: string) => findDates(text, tokenize(text), '2024-08-07').map((d) => [d.text, d.resolved]);

test('dev5: a bare الأحد/الاثنين set off by commas is the report day', () => {
  assert.deepEqual(run('أعلنت وزارة الزراعة، الاثنين، عن خطة جديدة للري.'), [['الاثنين', '2024-08-05']]);
  assert.deepEqual(run('التقى الوزير بوفد تجاري في المدينة، الأحد.'), [['الأحد', '2024-08-04']]);
});

test('dev5: الأحد/الاثنين not set off by commas stay numerals', () => {
  assert.deepEqual(run('وقال إن الاثنين اتفقا على مواصلة الحوار.'), []);
  assert.deepEqual(run('ولم يحضر إلا واحد، الأحد من بين المدعوين.'), []);
});

import { analyze } from '../../src/stages/index.ts';

type Q = { text: string; speaker: { text: string; id?: string; source: string } | null };
const quotes = (text: string) => (analyze(text, { published: '2024-08-07' }).layers.quotes ?? []) as Q[];

test('dev5: a role speaker written earlier right before a name takes that person', () => {
  const qs = quotes(
    'قال الرئيس الأمريكي دونالد ترامب، إن بلاده ستفرض رسوما جديدة على الواردات.\nوتابع الرئيس الأمريكي قائلا: "لن نقبل بعد اليوم اتفاقات تضر بعمالنا".',
  );
  const q = qs.find((x) => x.text.startsWith('لن نقبل'));
  assert.equal(q?.speaker?.id, 'm:person:donald-trump', JSON.stringify(qs));
});

test('dev5: not when the role phrase was the complement of another head', () => {
  const qs = quotes(
    'وصل مدير مكتب الرئيس الأمريكي دونالد ترامب إلى المدينة أمس.\nوقال الرئيس الأمريكي في بيان: "سنواصل العمل مع حلفائنا في كل الملفات".',
  );
  const q = qs.find((x) => x.text.startsWith('سنواصل'));
  assert.notEqual(q?.speaker?.id, 'm:person:donald-trump', JSON.stringify(qs));
});

test('dev5: the masculine كتب introduces what a person wrote', () => {
  const qs = quotes('وكتب الوزير أحمد سالم على حسابه في موقع تويتر: "لن نتراجع عن دعم المزارعين مهما كانت الظروف".');
  const q = qs.find((x) => x.text.startsWith('لن نتراجع'));
  assert.ok(q?.speaker?.text.includes('أحمد سالم'), JSON.stringify(qs));
});

test('dev5: كتب as the plural noun (books) introduces nothing', () => {
  const qs = quotes('ويضم المعرض كتب التاريخ والجغرافيا، وتقول إدارته إن الإقبال كان كبيرا هذا العام.');
  assert.ok(!qs.some((x) => x.speaker?.text.includes('التاريخ')), JSON.stringify(qs));
});
