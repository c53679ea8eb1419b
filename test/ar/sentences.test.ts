import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/stages/index.ts';
import { sharedAvailable, sharedPath } from '../../src/core/paths.ts';

const sents = (text: string) => {
  const d = analyze(text);
  return d.layers.sentences!.map((s) => text.slice(s.start, s.end));
};

test('sentences end at . ! ? ؟ and keep the closing quote', () => {
  assert.deepEqual(sents('قال الوزير: "انتهى الاجتماع." ثم غادر. هل عاد؟ نعم!'), ['قال الوزير: "انتهى الاجتماع."', 'ثم غادر.', 'هل عاد؟', 'نعم!']);
});

test('؛ and ، are clause breaks, not sentence ends', () => {
  assert.equal(sents('وصل الوفد؛ وبدأت المحادثات، ثم انتهت.').length, 1);
});

test('decimal numbers, abbreviations and domains do not end a sentence', () => {
  assert.equal(sents('ارتفع النمو إلى 3.5 في المئة هذا العام.').length, 1);
  assert.equal(sents('قال د. أحمد إن الوضع مستقر.').length, 1);
  assert.equal(sents('نشر الخبر موقع bbc.com أمس.').length, 1);
});

test('newlines are paragraph breaks; a short first line is the headline', () => {
  const text = 'عنوان الخبر هنا\nالفقرة الأولى. الجملة الثانية.\nالفقرة الثانية';
  const d = analyze(text);
  assert.deepEqual(d.layers.paragraphs!.map((p) => p.kind), ['headline', 'body', 'body']);
  assert.deepEqual(d.layers.sentences!.map((s) => [s.paragraph, s.kind]), [[0, 'headline'], [1, 'body'], [1, 'body'], [2, 'body']]);
});

test('a single line with final punctuation is body, not headline', () => {
  const d = analyze('هذه جملة واحدة فقط.');
  assert.equal(d.layers.paragraphs![0]!.kind, 'body');
});

test('trailing tag and share lines are boilerplate', () => {
  const d = analyze('العنوان\nنص الخبر.\n(العلامات للترجمة) جدول الأعمال');
  assert.deepEqual(d.layers.paragraphs!.map((p) => p.kind), ['headline', 'body', 'boilerplate']);
  const d2 = analyze('العنوان\nنص الخبر.\nاقرأ أيضا: أخبار أخرى');
  assert.equal(d2.layers.paragraphs![2]!.kind, 'boilerplate');
});

const canonical = ['examples', 'aliyev-central-asia.ar.txt'];
test('canonical article: headline, 14 body sentences, the tags line is boilerplate', { skip: !sharedAvailable(...canonical) && '../shared absent' }, () => {
  const text = readFileSync(sharedPath(...canonical), 'utf8');
  const d = analyze(text, { published: '2024-08-09' });
  const s = d.layers.sentences!;
  assert.equal(s[0]!.kind, 'headline');
  assert.ok(text.slice(s[0]!.start, s[0]!.end).startsWith('دعا الرئيس إلهام علييف'));
  const body = s.filter((x) => x.kind === 'body');
  assert.equal(body.length, 14);
  assert.ok(text.slice(body[1]!.start, body[1]!.end).startsWith('صرح بذلك'));
  const last = s[s.length - 1]!;
  assert.equal(last.kind, 'boilerplate');
  assert.equal(text.slice(last.start, last.end), '(العلامات للترجمة) جدول الأعمال');
  // the direct quote's paragraph is one sentence (the opening “ has no closing mark)
  assert.ok(body.some((x) => text.slice(x.start, x.end).startsWith('“إن مذكرة التعاون') && text.slice(x.start, x.end).endsWith('الطاقة الخضراء.')));
});
