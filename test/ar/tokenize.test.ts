import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, numberNorm } from '../../src/ar/tokenize.ts';

const surf = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));
const kinds = (text: string) => tokenize(text).map((t) => t.kind);

test('words, punctuation and offsets', () => {
  const text = 'قال الوزير، إن الاجتماع نجح.';
  assert.deepEqual(surf(text), ['قال', 'الوزير', '،', 'إن', 'الاجتماع', 'نجح', '.']);
  for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end).length, t.end - t.start);
});

test('numbers in all scripts and with separators are one token', () => {
  const text = 'بلغ 2024 و1,000 و3.5 و4ر16 و١٥ و٣٫٥ و۱۲';
  const nums = tokenize(text).filter((t) => t.kind === 'number');
  assert.deepEqual(nums.map((t) => text.slice(t.start, t.end)), ['2024', '1,000', '3.5', '4ر16', '١٥', '٣٫٥', '۱۲']);
  assert.deepEqual(nums.map((t) => t.norm), ['2024', '1000', '3.5', '4.16', '15', '3.5', '12']);
});

test('a list comma is not a thousands separator; a trailing period is punctuation', () => {
  assert.deepEqual(surf('5، 6 و7,8'), ['5', '،', '6', 'و', '7', ',', '8']);
  assert.deepEqual(surf('عام 2024.'), ['عام', '2024', '.']);
  assert.equal(numberNorm('١٬٠٠٠٫٥'), '1000.5');
});

test('Latin tokens keep letters and digits together', () => {
  const text = 'مؤتمر COP29 وقمة G20 في bbc.com';
  assert.deepEqual(surf(text), ['مؤتمر', 'COP29', 'وقمة', 'G20', 'في', 'bbc', '.', 'com']);
  assert.equal(tokenize(text)[1]!.kind, 'latin');
  assert.equal(tokenize(text)[1]!.norm, 'cop29');
});

test('quotes are tokens of their own', () => {
  const text = 'قال “إن مذكرة” و«نص» و"كلام"';
  const q = tokenize(text).filter((t) => t.kind === 'quote').map((t) => text.slice(t.start, t.end));
  assert.deepEqual(q, ['“', '”', '«', '»', '"', '"']);
});

test('bidi marks and zero-width characters: skipped between words, kept inside them', () => {
  const text = '\u200fبغداد\u200e \u061cعمان بغ\u200dداد';
  const toks = tokenize(text);
  assert.deepEqual(toks.map((t) => t.norm), ['بغداد', 'عمان', 'بغداد']);
  assert.equal(text.slice(toks[2]!.start, toks[2]!.end), 'بغ\u200dداد');
  assert.equal(toks[0]!.start, 1);
});

test('tatweel and diacritics stay inside the word', () => {
  const text = 'العـــربية الرَّئِيسُ';
  assert.deepEqual(surf(text), ['العـــربية', 'الرَّئِيسُ']);
  assert.deepEqual(tokenize(text).map((t) => t.norm), ['العربيه', 'الرييس']);
});

test('presentation forms are words', () => {
  assert.deepEqual(kinds('ﺑﻐﺪاﺩ ﻻ'), ['word', 'word']);
  assert.equal(tokenize('ﺑﻐﺪاﺩ')[0]!.norm, 'بغداد');
});

test('symbols, emoji and odd input never crash and never lose offsets', () => {
  const text = '%20 $5 😀 \u0000 \uD800 ™';
  const toks = tokenize(text);
  for (const t of toks) assert.ok(t.start < t.end && t.end <= text.length);
  assert.deepEqual(surf('%20'), ['%', '20']);
  assert.equal(tokenize('').length, 0);
});
