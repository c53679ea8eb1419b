import { test } from 'node:test';
import assert from 'node:assert/strict';
import { norm, normalizeWithMap, toOriginal, stripArticle } from '../../src/ar/normalize.ts';

test('normalisation table: letters, marks, digits, punctuation', () => {
  const cases: [string, string][] = [
    ['أحمد', 'احمد'],
    ['إسلام', 'اسلام'],
    ['آسيا', 'اسيا'],
    ['ٱلله', 'الله'],
    ['مدرسة', 'مدرسه'],
    ['مستشفى', 'مستشفي'],
    ['مؤتمر', 'موتمر'],
    ['رئيس', 'رييس'],
    ['عَرَبِيٌّ', 'عربي'], // harakat, tanwin, shadda
    ['الرحمٰن', 'الرحمن'], // superscript alef
    ['عـــربي', 'عربي'], // tatweel
    ['١٢٣٤٥٦٧٨٩٠', '1234567890'], // Eastern Arabic digits
    ['۱۲۳۴', '1234'], // Persian digits
    ['کتاب', 'كتاب'], // Persian kaf
    ['فارسی', 'فارسي'], // Persian yeh
    ['نعم، لا؛ لماذا؟ ٪', 'نعم, لا; لماذا? %'],
    ['٣٫٥', '3.5'],
    ['COP29', 'cop29'],
  ];
  for (const [input, want] of cases) assert.equal(norm(input), want, input);
});

test('invisible controls vanish: bidi marks, zero-width joiners, BOM', () => {
  assert.equal(norm('\u200fبغداد\u200e'), 'بغداد');
  assert.equal(norm('بغ\u200dداد'), 'بغداد');
  assert.equal(norm('\u061cعمان\u200c'), 'عمان');
  assert.equal(norm('\ufeffنص'), 'نص');
});

test('presentation forms decompose (lam-alef ligatures, isolated forms)', () => {
  assert.equal(norm('ﻻ'), 'لا');
  assert.equal(norm('ﻷ'), 'لا');
  assert.equal(norm('ﺑﻐﺪاﺩ'), 'بغداد');
});

test('the offset map always points back into the original text', () => {
  const text = 'قال الرَّئِيسُ ﻻ ‏١٥ مليــون في بغداد';
  const n = normalizeWithMap(text);
  assert.equal(n.map.length, n.text.length + 1);
  assert.equal(n.map[n.text.length], text.length);
  for (let i = 1; i < n.map.length; i++) assert.ok(n.map[i]! >= n.map[i - 1]!, 'monotone');
  const find = (needle: string) => {
    const i = n.text.indexOf(needle);
    const o = toOriginal(n, i, i + needle.length);
    return text.slice(o.start, o.end);
  };
  assert.equal(find('الرييس'), 'الرَّئِيسُ');
  assert.equal(find('لا'), 'ﻻ');
  assert.equal(find('15'), '١٥');
  assert.equal(find('مليون'), 'مليــون');
  assert.equal(find('بغداد'), 'بغداد');
});

test('normalising is idempotent and leaves plain text unchanged', () => {
  for (const s of ['مرحبا بالعالم', 'أَهْلًا', 'Hello World']) assert.equal(norm(norm(s)), norm(s));
  const plain = 'بغداد';
  assert.equal(norm(plain), plain);
});

test('stripArticle removes ال only from words long enough to carry it', () => {
  assert.equal(stripArticle('الاسطول'), 'اسطول');
  assert.equal(stripArticle('الي'), 'الي');
  assert.equal(stripArticle('بغداد'), 'بغداد');
});
