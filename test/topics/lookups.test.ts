/**
 * Topic cue matching and naive Bayes: the lookup shortcuts (prefix lengths and prefix hashes per
 * lexicon, the word table as a Map) give the same hits and posteriors as a plain scan. Words written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLexicon, matchCues, parseCue } from '../../src/topics/lexicon.ts';
import { predictNB, type NBModel } from '../../src/topics/nb.ts';

const stems = (ws: string[]) => ws.map((key, i) => ({ key, start: i * 10, end: i * 10 + key.length }));

test('a `word*` cue matches a longer word; an exact cue never matches by prefix', () => {
  const lex = buildLexicon([parseCue('A', 1, 'انتخاب*')!, parseCue('B', 1, 'برلمان')!, parseCue('C', 2, 'حكوم* جديد')!]);
  assert.deepEqual(matchCues(lex, stems(['انتخابات', 'برلمانيه', 'حكومه', 'جديد'])).map((h) => [h.code, h.start, h.end]), [['A', 0, 8], ['C', 20, 34]]);
  assert.deepEqual(matchCues(lex, stems(['برلمان', 'انتخاب'])).map((h) => h.code), ['B', 'A']);
  // negative: a word shorter than the prefix, or sharing fewer letters, is no hit
  assert.deepEqual(matchCues(lex, stems(['انتخ', 'برلما', 'حكو'])), []);
});

test('a prefix is looked up only when a `word*` cue starts with it: same-length exact cues stay exact, long words still match', () => {
  const lex = buildLexicon([parseCue('A', 1, 'انتخاب*')!, parseCue('E', 1, 'اقتصاد')!, parseCue('L', 1, 'استثمار*')!]);
  // `اقتصاد` has the length of `انتخاب` but is an exact cue: `اقتصادي` is no hit, `انتخابي` is
  assert.deepEqual(matchCues(lex, stems(['اقتصادي', 'انتخابي', 'اقتصاد'])).map((h) => [h.code, h.start]), [['A', 10], ['E', 20]]);
  // a stem longer than the work buffer of prefix hashes
  const long = 'استثمار' + 'ات'.repeat(60);
  assert.deepEqual(matchCues(lex, stems(['انتخ', long])).map((h) => [h.code, h.end]), [['L', 10 + long.length]]);
  // negative: the same letters in another order are no prefix
  assert.deepEqual(matchCues(lex, stems(['اتنخابات', 'استمثار'])), []);
});

test('naive Bayes: known words move the posterior, unknown words are ignored', () => {
  const model: NBModel = { format: 'marsad.nb/1', classes: ['x', 'y'], prior: [Math.log(0.5), Math.log(0.5)], words: { حرب: [-1, -3], مباراه: [-3, -1] } };
  const a = predictNB(model, ['حرب', 'حرب', 'غير']);
  assert.ok(a.get('x')! > a.get('y')!);
  const b = predictNB(model, ['مباراه', 'غير']);
  assert.ok(b.get('y')! > b.get('x')!);
  assert.deepEqual([...predictNB(model, ['غير', 'اخر'])].map(([c, p]) => [c, Math.round(p * 100)]), [['x', 50], ['y', 50]]);
});

test('vocabulary lineage: asked twice, the same topics in the same order; unknown codes have none', async () => {
  const { makeVocabulary } = await import('../../src/topics/vocab.ts');
  const v = makeVocabulary([
    { code: 'c', parent: 'b', level: 2, name: 'c', ar: [] },
    { code: 'b', parent: 'a', level: 1, name: 'b', ar: [] },
    { code: 'a', parent: null, level: 0, name: 'a', ar: [] },
  ]);
  assert.deepEqual(v.lineage('c').map((t) => t.code), ['c', 'b', 'a']);
  assert.deepEqual(v.lineage('c').map((t) => t.code), ['c', 'b', 'a']);
  assert.equal(v.top('c'), 'a');
  assert.deepEqual(v.lineage('zz'), []);
  assert.equal(v.top('zz'), 'zz');
});
