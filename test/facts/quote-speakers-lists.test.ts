/**
 * The speaker rules' small word lists live in data/facts/quote-speakers.txt: forms of نقل,
 * of بيان, `صادر عن`, and the offices a statement comes from. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from '../../src/facts/quotes.ts';
import { quoteWords } from '../../src/facts/quote-vocab.ts';
import { tokenize } from '../../src/ar/tokenize.ts';
import { splitBlocks } from '../../src/ar/sentences.ts';
import { norm } from '../../src/ar/normalize.ts';

function quotes(text: string) {
  const tokens = tokenize(text);
  const { sentences } = splitBlocks(text, tokens);
  return findQuotes({ text, tokens, sentences, minConfidence: 'low' });
}

test('the lists are read from the data file, in matching form', () => {
  for (const w of ['نقل', 'نقلت', 'ينقل', 'تنقل', 'نقلوا']) assert.ok(quoteWords('passed-on-verbs').has(w), w);
  assert.deepEqual([...quoteWords('passed-on-past')].sort(), ['نقل', 'نقلت']);
  for (const w of ['بيان', 'بيانا', 'ببيان', 'لبيان']) assert.ok(quoteWords('statement-before').has(w), w);
  assert.ok(quoteWords('issued-by').has('صادرا'));
  // ta marbuta and hamza folded as in token norms
  assert.ok(quoteWords('statement-offices').has(norm('رئاسة')));
  assert.ok(quoteWords('statement-offices').has('وزاره'));
  assert.ok(!quoteWords('statement-offices').has('الوزير'));
});

test('a statement issued by an office speaks for `وأضاف البيان` later on', () => {
  const said = '\nوأضاف البيان: "المفاوضات ستستأنف الأسبوع المقبل".';
  const office = quotes('وعقدت الحكومة اجتماعا بحسب بيان صادر عن مكتب الشؤون الخارجية.' + said);
  assert.deepEqual(office.map((q) => q.speaker?.text), ['مكتب الشؤون الخارجية']);
  const presidency = quotes('وعقدت الحكومة اجتماعا بحسب بيان صادر عن رئاسة الوزراء.' + said);
  assert.deepEqual(presidency.map((q) => q.speaker?.text), ['رئاسة الوزراء']);
  // negative: words after `عن` that are no office and no role give no speaker
  const other = quotes('وعقدت الحكومة اجتماعا بحسب بيان صادر عن الحديقة الكبيرة.' + said);
  assert.deepEqual(other.map((q) => q.speaker?.text ?? null), [null]);
});

test('role words are recognised the same on repeated asks (the answer is kept per word form)', () => {
  // `مصادر` is a role noun; with `ل`, it is a source named by a role (`لمصادر`)
  const text = 'وقالت مصادر أمنية إن "الوضع هادئ".';
  const first = quotes(text).map((q) => q.speaker?.text ?? null);
  assert.deepEqual(quotes(text).map((q) => q.speaker?.text ?? null), first);
  assert.deepEqual(first, ['مصادر أمنية']);
  // negative: an ordinary noun is no speaker
  assert.deepEqual(quotes('وقالت الحديقة الكبيرة إن "الوضع هادئ".').map((q) => q.speaker?.text ?? null), [null]);
});

test('a quoted title after a title noun is no quote, asked once or twice (the answer is kept per word form)', () => {
  for (let k = 0; k < 2; k++) {
    // `دراسته "..."`: the quoted words are the study's title
    assert.deepEqual(quotes('ونشر الباحث دراسته "الطريق إلى المستقبل" أمس.'), []);
    // negative: after a reporting verb the quoted words are a direct quote
    assert.deepEqual(quotes('وقال الوزير إن "الطريق إلى المستقبل طويل".').map((q) => [q.kind, q.speaker?.text]), [['direct', 'الوزير']]);
  }
});
