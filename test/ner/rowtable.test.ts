import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mix } from '../../src/ner/hash.ts';
import { rowOffset, rowTable, Weights } from '../../src/ner/model.ts';
import { defaultTagger } from '../../src/ner/tagger.ts';

test('rowTable gives the same row offset as Weights.rowOf, for present and absent rows', () => {
  const bits = 12;
  const L = 3;
  const rowIndex = new Int32Array(1 << bits).fill(-1);
  let rows = 0;
  for (let r = 0; r < rowIndex.length; r++) if (mix(r, 7) % 3 === 0) rowIndex[r] = rows++;
  const W = new Weights(['O', 'B-PER', 'I-PER'], bits, new Float32Array(rows * L), rowIndex);
  const t = rowTable(rowIndex, W.mask, L);
  let present = 0;
  for (let i = 0; i < 20000; i++) {
    const h = mix(i, 12345);
    const want = W.rowOf(h);
    if (want >= 0) present++;
    assert.equal(rowOffset(t, h), want);
  }
  assert.ok(present > 1000 && present < 19000);
});

test('the committed model: fast emissions (row table, cached word vectors) equal the sum of every feature', () => {
  const tagger = defaultTagger();
  const sents = [
    ['وقال', 'الرئيس', 'الأذربيجاني', 'إلهام', 'علييف', 'في', 'باكو', 'أمس'],
    ['أعلنت', 'وزارة', 'الخارجية', 'السعودية', 'عن', 'زيارة', 'إلى', 'طشقند', '.'],
  ];
  for (const s of sents) {
    const fast = tagger.emissionsFast(s);
    const slow = tagger.emissionsSlow(s);
    assert.equal(fast.length, slow.length);
    for (let i = 0; i < fast.length; i++) assert.ok(Math.abs(fast[i]! - slow[i]!) < 1e-3, `${i}: ${fast[i]} vs ${slow[i]}`);
  }
});
