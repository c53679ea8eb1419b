import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import assert from 'node:assert/strict';
import { mix } from '../../src/ner/hash.ts';
import { addQuantRow, quantTable, Weights } from '../../src/ner/model.ts';
import { Tagger } from '../../src/ner/tagger.ts';
import { LABELS } from '../../src/ner/train.ts';
import { TINY_DATA, tinyTagger } from './fixtures.ts';

const DATA = TINY_DATA.slice(0, 3);

/** A small two-pass model, saved and read back (so its weights are quantised). */
function loadedTagger(): Buffer {
  return tinyTagger({ data: DATA, second: true, bits: 16, epochs: 20 }).toBuffer();
}

test('quantTable finds the rows Weights.rowOf finds, with the float32 values of w, and nothing for absent rows', () => {
  const bits = 12;
  const L = 17;
  const rowIndex = new Int32Array(1 << bits).fill(-1);
  const keys: number[] = [];
  for (let r = 0; r < rowIndex.length; r++) if (mix(r, 7) % 3 === 0) rowIndex[r] = keys.push(r) - 1;
  const rows = keys.length;
  const q = Int8Array.from({ length: rows * L }, (_, i) => (mix(i, 3) % 255) - 127);
  const scales = Float32Array.from({ length: rows }, (_, k) => 0.01 + (mix(k, 5) % 1000) / 37);
  const w = new Float32Array(rows * L);
  for (let k = 0; k < rows; k++) for (let l = 0; l < L; l++) w[k * L + l] = q[k * L + l]! * (scales[k]! / 127);
  const W = new Weights(LABELS, bits, w, rowIndex);
  const t = quantTable(Uint32Array.from(keys), scales, q, L, W.mask);
  let present = 0;
  for (let i = 0; i < 20000; i++) {
    const h = mix(i, 12345);
    const got = new Float32Array(2 * L).fill(0.5);
    addQuantRow(t, h, got, L, L);
    const want = new Float32Array(2 * L).fill(0.5);
    const o = W.rowOf(h);
    if (o >= 0) {
      present++;
      for (let l = 0; l < L; l++) want[L + l]! += w[o + l]!;
    }
    assert.deepEqual(got, want, `hash ${h}`);
  }
  assert.ok(present > 1000 && present < 19000);
});

test('a model read from a file scores exactly as its dequantised float weights do (quantised table, vector arena)', () => {
  const buf = loadedTagger();
  const quant = Tagger.fromBuffer(buf);
  const plain = Tagger.fromBuffer(buf);
  assert.ok(quant.weights.quant && quant.second?.quant, 'the reader builds the quantised tables');
  plain.weights.quant = null;
  plain.second!.quant = null;
  // more distinct word forms than one arena chunk holds (65,536 floats = 771 vectors of 85)
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
  const words = Array.from({ length: 2000 }, (_, i) => letters[i % 28]! + letters[Math.floor(i / 28) % 28]! + letters[Math.floor(i / 784)]! + 'ان');
  const sents = [...DATA.map((d) => d[0]), words.slice(0, 900), words.slice(900), ['زار', ...words.slice(0, 5), 'باكو']];
  for (const s of sents) {
    assert.deepEqual(quant.emissionsFast(s), plain.emissionsFast(s));
    assert.deepEqual(quant.emissionsSlow(s, true), plain.emissionsSlow(s, true));
  }
  const a = quant.tagDocument(sents, { confidence: true });
  const b = plain.tagDocument(sents, { confidence: true });
  assert.deepEqual(a, b);
});

test('a model read from a file builds its float rows only when they are read, and re-saves to the same bytes', () => {
  const buf = loadedTagger();
  const t = Tagger.fromBuffer(buf);
  const unpacked = () => [t.weights, t.second!].map((W) => (W as unknown as Record<string, unknown>)['_w'] !== undefined);
  assert.deepEqual(unpacked(), [false, false], 'nothing but the quantised table after loading');
  // tagging (both passes, document-level atoms, confidences) reads the quantised table alone
  const sents = [...DATA.map((d) => d[0]), ['زار', 'الرئيس', 'باكو']];
  const tags = t.tagDocument(sents, { confidence: true });
  assert.deepEqual(unpacked(), [false, false], 'tagging leaves the float rows unbuilt');
  // the rows built on first use carry the file's weights in the file's row order
  assert.deepEqual(gunzipSync(t.toBuffer()), gunzipSync(buf));
  assert.deepEqual(unpacked(), [true, true]);
  // and the float path scores as the quantised one
  const plain = Tagger.fromBuffer(buf);
  plain.weights.quant = null;
  plain.second!.quant = null;
  assert.deepEqual(plain.tagDocument(sents, { confidence: true }), tags);
});
