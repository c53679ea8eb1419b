import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConllSentence } from '../../src/ner/conll.ts';
import { splitDev, splitTail, subsample } from '../../src/ner/data.ts';
import { DEFAULT_FEATURES, FeatureExtractor } from '../../src/ner/features.ts';
import { mix } from '../../src/ner/hash.ts';
import { GAZ, Lexicon } from '../../src/ner/lexicon.ts';
import { PerceptronTrainer } from '../../src/ner/model.ts';
import { conjoin, firstNames, markRows, memoryFrom, nisbaForms, pruneRows } from '../../src/ner/train.ts';

const sents = (n: number): ConllSentence[] => Array.from({ length: n }, (_, i) => ({ tokens: [`w${i}`], tags: ['O'], line: i + 1 }));

test('tail dev: the last 15% of the sentences, in order, disjoint from train', () => {
  const all = sents(200);
  const { train, dev } = splitTail(all, 0.15);
  assert.equal(dev.length, 30);
  assert.equal(train.length, 170);
  assert.deepEqual(dev.map((s) => s.line), all.slice(170).map((s) => s.line));
  assert.equal(train[train.length - 1]!.line, 170);
  // the block split, for comparison, takes whole blocks from anywhere
  const b = splitDev(all, 0.1, 20, 1);
  assert.equal(b.dev.length, 20);
  assert.equal(b.dev[19]!.line - b.dev[0]!.line, 19);
});

test('subsample is seeded, keeps order and roughly the fraction', () => {
  const all = sents(2000);
  const a = subsample(all, 0.3, 5);
  assert.deepEqual(a, subsample(all, 0.3, 5));
  assert.notDeepEqual(a.map((s) => s.line), subsample(all, 0.3, 6).map((s) => s.line));
  assert.ok(a.length > 500 && a.length < 700, String(a.length));
  for (let i = 1; i < a.length; i++) assert.ok(a[i]!.line > a[i - 1]!.line);
  assert.equal(subsample(all, 1).length, 2000);
});

test('nisba forms of place names', () => {
  const f = new Set(nisbaForms(['مصر', 'فرنسا', 'سوريا', 'السعودية', 'إيران', 'آسيا الوسطى', 'يم']));
  for (const w of ['مصري', 'مصريه', 'فرنسي', 'فرنسيه', 'سوري', 'سعودي', 'سعوديه', 'ايراني']) assert.ok(f.has(w), w);
  assert.ok(!f.has('سعوديي'));
  assert.equal([...f].some((w) => w.includes(' ')), false, 'multi-word names give no nisba');
  assert.equal([...f].some((w) => w.startsWith('يم')), false, 'too short a base');
});

test('first names: first tokens of multi-token PER names seen twice', () => {
  const names = firstNames([
    ['أحمد زكي', 'PER'],
    ['احمد شوقي', 'PER'],
    ['سمير', 'PER'],
    ['سمير', 'PER'],
    ['نبيل فهمي', 'PER'],
    ['جامعة القاهرة', 'ORG'],
    ['جامعة بيرزيت', 'ORG'],
  ]);
  assert.deepEqual(names, ['احمد']);
  const mem = new Map(
    memoryFrom([
      { tokens: ['قال', 'أحمد', 'زكي', 'و', 'أحمد', 'شوقي'], tags: ['O', 'B-PER', 'I-PER', 'O', 'B-PER', 'I-PER'], line: 1 },
    ]),
  );
  assert.equal(mem.get('احمد')! & (1 << GAZ.TRAIN_FIRST), 1 << GAZ.TRAIN_FIRST);
  assert.equal(mem.get('أحمد زكي'), 1 << GAZ.TRAIN_PER);
});

test('domain-conjoined features: every feature of a token gets a copy mixed with the domain', () => {
  const p = { feats: Uint32Array.from([1, 2, 3, 4, 5]), starts: Int32Array.from([0, 2, 5]), gold: Int32Array.from([0, 1]) };
  const c = conjoin(p, 99);
  assert.deepEqual([...c.starts], [0, 4, 10]);
  assert.deepEqual([...c.feats.subarray(0, 4)], [1, 2, mix(1, 99), mix(2, 99)]);
  assert.deepEqual([...c.feats.subarray(4)], [3, 4, 5, mix(3, 99), mix(4, 99), mix(5, 99)]);
  assert.equal(c.gold, p.gold);
});

test('first-name and nisba gazetteer bits fire only when their feature group is on; the mask hides bits', () => {
  const lex = new Lexicon({
    words: ['احمد', 'مصري'],
    freqs: [10, 10],
    clusters: [[1, 2]],
    phrases: [['احمد', 1 << GAZ.FIRST_NAME], ['مصري', 1 << GAZ.NISBA], ['مصر', 1 << GAZ.COUNTRY]],
  });
  const toks = ['قال', 'احمد', 'المصري'];
  const off = new FeatureExtractor(lex, DEFAULT_FEATURES).extract(toks);
  const onFx = new FeatureExtractor(lex, { ...DEFAULT_FEATURES, firstNames: true, nisba: true });
  const on = onFx.extract(toks);
  assert.ok(on.feats.length > off.feats.length);
  onFx.gazMask = ~((1 << GAZ.FIRST_NAME) | (1 << GAZ.NISBA));
  assert.deepEqual([...onFx.extract(toks).feats], [...off.feats]);
});

test('character trigrams and core clusters are extra atoms when switched on', () => {
  const lex = new Lexicon({ words: ['الاسطول', 'اسطول', 'بالاسطول'], freqs: [40, 20, 3], clusters: [[1, 2, 3]], phrases: [] });
  const base = new FeatureExtractor(lex, DEFAULT_FEATURES).atoms('بالاسطول');
  const rich = new FeatureExtractor(lex, { ...DEFAULT_FEATURES, ngrams: true, coreClusters: true }).atoms('بالاسطول');
  assert.ok(!base.own.some((a) => a.startsWith('g3:')));
  assert.ok(rich.own.includes('g3:^اس') && rich.own.includes('g3:ول$'));
  assert.ok(rich.own.includes('c0:2'), 'cluster of the article-less core');
  assert.ok(rich.ctx.includes('k0:1') && !base.ctx.includes('k0:1'), 'stem cluster seen from the neighbours');
});

test('the extra corpora private feature copies are dropped from the trained weights, shared rows kept', () => {
  const labels = ['O', 'B-PER', 'I-PER', 'E-PER', 'S-PER'];
  const bits = 10;
  const t = new PerceptronTrainer(labels, bits);
  const news = { feats: Uint32Array.from([11, 12, 13]), starts: Int32Array.from([0, 2, 3]), gold: Int32Array.from([4, 0]) };
  const aux = conjoin({ feats: Uint32Array.from([21, 22]), starts: Int32Array.from([0, 1, 2]), gold: Int32Array.from([0, 4]) }, 77);
  const e = new Float32Array(2 * labels.length);
  const pred = new Int32Array(2);
  for (let k = 0; k < 3; k++) {
    t.step(news.feats, news.starts, news.gold, e, pred);
    t.step(aux.feats, aux.starts, aux.gold, e, pred);
  }
  const w = t.averaged();
  const mask = (1 << bits) - 1;
  const priv = [mix(21, 77), mix(22, 77)].filter((h) => ![11, 12, 13, 21, 22].some((x) => (x & mask) === (h & mask)));
  assert.ok(priv.length > 0 && priv.every((h) => w.rowOf(h) >= 0), 'private copies were trained');
  const used = new Uint8Array(1 << bits);
  markRows(used, [news, { feats: Uint32Array.from([21, 22]), starts: Int32Array.from([0, 1, 2]), gold: Int32Array.from([0, 4]) }]);
  assert.ok([11, 12, 21, 22].every((h) => w.rowOf(h) >= 0), 'shared rows were trained');
  const before = [11, 12, 21, 22].map((h) => Array.from(w.w.subarray(w.rowOf(h), w.rowOf(h) + labels.length)));
  assert.equal(pruneRows(w, used), priv.length);
  for (const h of priv) assert.equal(w.rowOf(h), -1);
  assert.deepEqual([11, 12, 21, 22].map((h) => Array.from(w.w.subarray(w.rowOf(h), w.rowOf(h) + labels.length))), before);
});

test('trigger words are data: data/ner/triggers.txt gives every type, in the bits of its type', async () => {
  const { triggers, triggerPhrases } = await import('../../src/ner/data.ts');
  const { GAZ } = await import('../../src/ner/lexicon.ts');
  const t = triggers();
  assert.ok(t.PER.includes('الرئيس') && t.ORG.includes('شركة') && t.LOC.includes('مدينة') && t.MISC.includes('مهرجان'));
  const phrases = new Map(triggerPhrases());
  assert.equal(phrases.get('شركه'), 1 << GAZ.TRIG_ORG, 'matched in norm form');
  assert.equal(triggerPhrases().length, t.PER.length + t.ORG.length + t.LOC.length + t.MISC.length + t.SPORT.length);
  assert.ok(triggerPhrases().some(([p, f]) => p === 'مباراه' && f === 1 << GAZ.SPORT), 'sports words carry their own bit');
});
