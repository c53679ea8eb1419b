import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stem, termOf, terms, termString } from '../../src/search/terms.ts';
import { parseQuery, toFts5, toTsquery } from '../../src/search/query.ts';
import { markSnippet, snippet } from '../../src/search/snippet.ts';

test('clitic and affix forms of one word meet on one term', () => {
  const t = termOf('استثمار');
  assert.equal(t, 'استثمار');
  for (const w of ['الاستثمارية', 'والاستثمار', 'استثمار', 'للاستثمار', 'بالاستثمار', 'استثماراتها', 'الاستثمارات']) {
    assert.equal(termOf(w), t, w);
  }
});

test('normalisation: hamza forms, taa marbuta, diacritics, tatweel, digits', () => {
  assert.equal(termOf('أَسْتَانَا'), termOf('استانا'));
  assert.equal(termOf('مدرسة'), termOf('مدرسه'));
  assert.equal(termOf('اســـتثمار'), 'استثمار');
  assert.equal(termOf('٢٠٢٤'), '2024');
  assert.equal(termOf('COP29'), 'cop29');
});

test('the stemmer keeps short words and non-Arabic words whole', () => {
  assert.equal(stem('بغداد'), 'بغداد');
  assert.equal(stem('من'), 'من');
  assert.equal(stem('nato'), 'nato');
  // never fewer than three letters
  for (const w of ['والي', 'وها', 'الات', 'بيه']) assert.ok(stem(w).length >= Math.min(3, w.length), w);
});

test('terms carry offsets into the original text', () => {
  const text = 'قال الرئيسُ: «والاستثمار» مهمّ.';
  const ts = terms(text);
  assert.deepEqual(ts.map((t) => text.slice(t.start, t.end)), ['قال', 'الرئيسُ', 'والاستثمار', 'مهمّ']);
  assert.equal(ts[2]!.term, 'استثمار');
  assert.equal(termString('في الاستثمار'), 'في استثمار');
});

test('query parsing: words, phrases, exclusions', () => {
  const p = parseQuery('الاستثمار "آسيا الوسطى" -روسيا');
  assert.deepEqual(p.must, [['استثمار'], ['اسيا', 'وسط']]);
  assert.deepEqual(p.not, [['روسيا']]);
  assert.equal(toFts5(p), '"استثمار" AND "اسيا وسط" NOT "روسيا"');
  assert.equal(toTsquery(p), 'استثمار & (اسيا <-> وسط) & !روسيا');
  assert.deepEqual(parseQuery('«آسيا الوسطى»').must, [['اسيا', 'وسط']]);
  assert.deepEqual(parseQuery('COP-29').must, [['cop', '29']]);
});

test('hostile query syntax never survives into terms', () => {
  const hostile = ['"', '*', 'NEAR(a b)', '-- ', "'; DROP TABLE articles; --", '((((', 'a OR b AND NOT c', '^استثمار*', '"غير متوازن', 'x:y', '\\', '\u0000', '{}[]'];
  for (const q of hostile) {
    const p = parseQuery(q);
    for (const c of [...p.must, ...p.not]) for (const t of c) assert.match(t, /^[\p{L}\p{N}]+$/u, `${q} -> ${t}`);
    const fts = toFts5(p);
    // every term is inside double quotes: no bare operator can appear
    assert.equal(fts.replace(/"[^"]*"/g, '').replace(/\b(AND|NOT)\b/g, '').trim(), '', `${q} -> ${fts}`);
    assert.match(toTsquery(p), /^[\p{L}\p{N} &!()<>-]*$/u);
  }
  assert.throws(() => parseQuery('x'.repeat(2000)), /longer than/);
});

test('snippet offsets point at the highlighted words in the original text', () => {
  const text = 'مقدمة طويلة عن موضوع آخر تماماً. ثم قال الوزير إن آسيا الوسطى تحتاج إلى الاستثمارات الأجنبية والاستثمار المحلي.';
  const s = snippet(text, parseQuery('استثمار "آسيا الوسطى"'), 12);
  assert.equal(s.text, text.slice(s.start, s.end));
  const marked = s.highlights.map((h) => text.slice(h.start, h.end));
  assert.deepEqual(marked, ['آسيا الوسطى', 'الاستثمارات', 'والاستثمار']);
  for (const h of s.highlights) assert.ok(h.start >= s.start && h.end <= s.end);
  assert.match(markSnippet(s), /\[آسيا الوسطى\]/);
});

test('a phrase highlights only where the words are adjacent', () => {
  const text = 'آسيا كبيرة. الوسطى صغيرة. آسيا الوسطى هنا.';
  const s = snippet(text, parseQuery('"آسيا الوسطى"'));
  assert.deepEqual(s.highlights.map((h) => text.slice(h.start, h.end)), ['آسيا الوسطى']);
});
