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
