import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentInto, splitClitics, segmentToken } from '../../src/ar/clitics.ts';
import { norm } from '../../src/ar/normalize.ts';
import { analyze } from '../../src/stages/index.ts';
import type { Word } from '../../src/core/doc.ts';

const split = (w: string) => {
  const r = splitClitics(norm(w));
  return r.prefix ? `${[...r.prefix].join('+')}+${r.stem}` : r.stem;
};

test('proclitics are split off well-attested stems', () => {
  assert.equal(split('وبكازاخستان'), 'و+ب+كازاخستان');
  assert.equal(split('وكازاخستان'), 'و+كازاخستان');
  assert.equal(split('والاستثمارية'), 'و+الاستثماريه');
  assert.equal(split('وأضاف'), 'و+اضاف');
  assert.equal(split('وأشار'), 'و+اشار');
  assert.equal(split('بالتعاون'), 'ب+التعاون');
  assert.equal(split('وسيساهم'), 'و+س+يساهم');
  assert.equal(split('لمصر'), 'ل+مصر');
  assert.equal(split('وبغداد'), 'و+بغداد');
  assert.equal(split('ولبنان'), 'و+لبنان');
});

test('ل + ال is written لل: the article is restored in the stem', () => {
  assert.equal(split('للأسطول'), 'ل+الاسطول');
  assert.equal(split('للترجمة'), 'ل+الترجمه');
});

test('names and words whose first letter is not a clitic stay whole', () => {
  for (const w of ['بغداد', 'لبنان', 'واشنطن', 'بيروت', 'فرنسا', 'كندا', 'وزير', 'وزارة', 'كان', 'لكن', 'بين', 'فقط', 'وسط', 'ولاية', 'كازاخستان', 'ليبيا', 'بريطانيا']) {
    assert.equal(split(w), norm(w), w);
  }
});

test('short words are never split', () => {
  for (const w of ['في', 'لا', 'لم', 'بل', 'كل', 'وهو']) assert.equal(split(w), norm(w), w);
});

test('segmentToken yields sub-spans of the token, diacritics included', () => {
  const text = 'وَبِكازاخستان';
  const ws: Word[] = segmentToken(0, 10, text, norm(text));
  assert.deepEqual(ws.map((w) => text.slice(w.start - 10, w.end - 10)), ['وَ', 'بِ', 'كازاخستان']);
  assert.deepEqual(ws.map((w) => w.role), ['conj', 'prep', 'stem']);
  assert.equal(ws[2]!.core, 'كازاخستان');
  const l = segmentToken(0, 0, 'للأسطول', norm('للأسطول'));
  assert.deepEqual(l.map((w) => 'للأسطول'.slice(w.start, w.end)), ['ل', 'لأسطول']);
  assert.equal(l[1]!.norm, 'الاسطول');
  assert.equal(l[1]!.core, 'اسطول');
});

test('segmentInto reads a token in place in the text and gives the words segmentToken gives', () => {
  const text = 'قالَ الوزيرُ وَبِكازاخستان ـ للأسطول والـــتعاون';
  const toks = [...text.matchAll(/[^\s]+/g)].map((m) => [m.index!, m.index! + m[0].length] as const);
  const out: Word[] = [{ start: -1, end: -1, token: -1, role: 'stem', norm: 'x' }];
  toks.forEach(([a, b], i) => segmentInto(out, i, text, a, b, norm(text.slice(a, b))));
  const want: Word[] = [out[0]!];
  toks.forEach(([a, b], i) => want.push(...segmentToken(i, a, text.slice(a, b), norm(text.slice(a, b)))));
  assert.deepEqual(out, want, 'appended after what the array held, same words and key order');
  assert.equal(JSON.stringify(out), JSON.stringify(want));
  assert.ok(out.some((w) => w.role === 'conj') && out.some((w) => w.core === 'اسطول'));
  for (const w of out.slice(1)) assert.ok(text.slice(w.start, w.end).length > 0);
});

test('the words layer covers every word token exactly, in order', () => {
  const text = 'وأضاف الوزير أن وبكازاخستان ولبنان ستعمل للأسطول.';
  const d = analyze(text);
  const words = d.layers.words!;
  for (const t of d.layers.tokens!) {
    const ws = words.filter((w) => d.layers.tokens![w.token] === t);
    assert.equal(ws[0]!.start, t.start);
    assert.equal(ws[ws.length - 1]!.end, t.end);
    for (let i = 1; i < ws.length; i++) assert.equal(ws[i]!.start, ws[i - 1]!.end);
  }
  const stems = words.filter((w) => w.role === 'stem').map((w) => text.slice(w.start, w.end));
  assert.ok(stems.includes('كازاخستان'));
  assert.ok(stems.includes('لبنان'));
});
