import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNumberText, readNumbers, digitsValue, scaleWord } from '../../src/ar/numbers.ts';
import { tokenize } from '../../src/ar/tokenize.ts';

const CARDINALS: [string, number][] = [
  ['5 ملايين', 5_000_000],
  ['مليون', 1_000_000],
  ['15 مليون', 15_000_000],
  ['مليار', 1e9],
  ['ألف', 1000],
  ['ثلاثة آلاف', 3000],
  ['نصف مليون', 500_000],
  ['نصف مليار', 500_000_000],
  ['مليونان', 2_000_000],
  ['ألفين', 2000],
  ['عشرون', 20],
  ['عشرين', 20],
  ['مئة', 100],
  ['مائة', 100],
  ['ثلاثمائة', 300],
  ['ثلاث مئة', 300],
  ['خمسة وعشرون', 25],
  ['خمسة و عشرون', 25],
  ['مئة وخمسون ألفا', 150_000],
  ['ثلاثة آلاف وخمسمئة', 3500],
  ['مليون ونصف', 1_500_000],
  ['2.5 مليار', 2.5e9],
  ['ثلاثة عشر', 13],
  ['أحد عشر', 11],
  ['اثنا عشر', 12],
  ['بخمسة', 5],
  ['ثلاثة', 3],
  ['عشرة', 10],
  ['الستة عشر', 16], // `دور الستة عشر`: a teen with the article
];

test('number words and multipliers', () => {
  for (const [s, v] of CARDINALS) assert.equal(parseNumberText(s), v, s);
});

test('digits in any script, with thousands separators and decimal marks', () => {
  const cases: [string, number][] = [
    ['١٥', 15],
    ['۱۵', 15],
    ['3.5', 3.5],
    ['٣٫٥', 3.5],
    ['4ر16', 4.16],
    ['1,000,000', 1_000_000],
    ['١٬٥٠٠', 1500],
    ['2024', 2024],
  ];
  for (const [s, v] of cases) assert.equal(parseNumberText(s), v, s);
  assert.equal(digitsValue('1.000.000'), 1_000_000);
  assert.equal(digitsValue('1.5.20'), null);
});

test('ordinals, simple and compound', () => {
  const cases: [string, number][] = [
    ['الأول', 1],
    ['الأولى', 1],
    ['الثاني', 2],
    ['الثالثة', 3],
    ['العاشر', 10],
    ['الحادي عشر', 11],
    ['الثاني عشر', 12],
    ['التاسع والعشرين', 29],
    ['الحادي والعشرين', 21],
    ['العشرين', 20],
    ['للثاني', 2],
  ];
  for (const [s, v] of cases) assert.equal(parseNumberText(s), v, s);
  const [m] = readNumbers(tokenize('مؤتمر الأطراف التاسع والعشرين'));
  assert.equal(m!.kind, 'ordinal');
  assert.equal(m!.value, 29);
});

test('not numbers: أحد as "one of", ordinary words, partial strings', () => {
  assert.equal(parseNumberText('أحد'), null);
  assert.equal(parseNumberText('أحد الاتجاهات'), null);
  assert.deepEqual(readNumbers(tokenize('أحد الاتجاهات الهامة لنشاطنا المشترك')), []);
  assert.equal(parseNumberText('لست'), null); // "you are not", not ل + ست
  assert.equal(parseNumberText('ملايين'), null); // a plural multiplier needs a count
  assert.equal(parseNumberText('الحادي'), null);
  assert.equal(parseNumberText('خمسة كتب'), null); // the whole string must be the number
  assert.equal(parseNumberText(''), null);
  assert.equal(parseNumberText(42 as unknown as string), null);
});

test('standalone واحد/واحدة is read with low confidence (usually an adjective)', () => {
  const [m] = readNumbers(tokenize('منطقة جغرافية واحدة'));
  assert.equal(m!.value, 1);
  assert.ok(m!.confidence < 0.5);
  const [n] = readNumbers(tokenize('خمسة وعشرون'));
  assert.equal(n!.confidence, 1);
});

test('offsets cover the number, and digits then words join', () => {
  const t = 'من مليون طن إلى 5 ملايين طن';
  const ms = readNumbers(tokenize(t));
  assert.deepEqual(ms.map((m) => [t.slice(m.start, m.end), m.value]), [['مليون', 1e6], ['5 ملايين', 5e6]]);
  assert.equal(ms[1]!.digits, true);
  // a year followed by a conjunction and a count does not merge (`2024 وخمسة`)
  const u = 'في 2024 وخمسة أشخاص';
  assert.deepEqual(readNumbers(tokenize(u)).map((m) => m.value), [2024, 5]);
});

test('two parts of one order joined by و are two numbers, parts of different orders one compound', () => {
  const vals = (s: string) => readNumbers(tokenize(s)).map((m) => m.value);
  assert.deepEqual(vals('بين خمسة وسبعة آلاف'), [5, 7000]);
  assert.deepEqual(vals('بين عشرين وثلاثين ألفا'), [20, 30000]);
  assert.deepEqual(vals('خمسة وعشرون'), [25]);
  assert.deepEqual(vals('ثلاثة آلاف وخمسمائة'), [3500]);
  assert.deepEqual(vals('مئة وخمسة وعشرون'), [125]);
  assert.deepEqual(vals('خمسة آلاف وسبعة'), [5007]);
});

test('scaleWord: the scale of a plural or singular multiplier, none for a dual or another word', () => {
  assert.equal(scaleWord('الوف'), 1000);
  assert.equal(scaleWord('الاف'), 1000);
  assert.equal(scaleWord('بليونا'), 1e9);
  assert.equal(scaleWord('ملايين'), 1e6);
  assert.equal(scaleWord('الفين'), undefined);
  assert.equal(scaleWord('جندي'), undefined);
});
