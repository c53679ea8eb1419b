import { test } from 'node:test';
import assert from 'node:assert/strict';
import { learnClusters, ppmiRows, DEFAULT_CLUSTER_OPTIONS } from '../../src/ner/clusters.ts';
import { packBins, quartileBins, symmetricEigen, truncatedSvd, unpackBins } from '../../src/ner/embed.ts';
import { DEFAULT_FEATURES, FeatureExtractor } from '../../src/ner/features.ts';
import { harvestNames } from '../../src/ner/harvest.ts';
import { GAZ, Lexicon } from '../../src/ner/lexicon.ts';
import { Weights } from '../../src/ner/model.ts';
import { averageWeights } from '../../src/ner/train.ts';

/** A small synthetic corpus: names after titles, places after "in", verbs between. */
function corpus(): string[][] {
  const names = ['زيد', 'عمرو', 'خالد', 'سمير'];
  const places = ['بغداد', 'دمشق', 'عمان', 'القاهره'];
  const verbs = ['قال', 'اكد', 'اعلن', 'زار'];
  const out: string[][] = [];
  for (let i = 0; i < 400; i++) {
    out.push(['الرئيس', names[i % 4]!, verbs[(i >> 2) % 4]!, 'في', places[(i >> 4) % 4]!, 'امس']);
  }
  return out;
}

test('clusters from left-only or right-only contexts are deterministic and differ from the default', () => {
  const opts = { ...DEFAULT_CLUSTER_OPTIONS, minCount: 1, branching: [2, 2], iterations: 5 };
  const a = learnClusters(corpus(), { ...opts, offsets: [-2, -1] });
  const b = learnClusters(corpus(), { ...opts, offsets: [-2, -1] });
  assert.deepEqual(a, b);
  const words = a.words;
  const c = (r: typeof a, w: string) => r.clusters[1]![words.indexOf(w)];
  // left contexts: names follow the title, places follow في
  assert.equal(c(a, 'زيد'), c(a, 'سمير'));
  assert.equal(c(a, 'بغداد'), c(a, 'دمشق'));
  assert.notEqual(c(a, 'زيد'), c(a, 'بغداد'));
  // the default offsets are -2, -1, +1, +2 (same rows as before the option existed)
  const d = ppmiRows(corpus(), opts);
  const e = ppmiRows(corpus(), { ...opts, offsets: [-2, -1, 1, 2] });
  assert.deepEqual(d, e);
  assert.equal(ppmiRows(corpus(), { ...opts, offsets: [1, 2] }).m.dims * 2, d.m.dims);
});

test('symmetric eigen-decomposition and truncated SVD', () => {
  const m = Float64Array.from([4, 1, 0, 1, 3, 0, 0, 0, 1]);
  const { values, vectors } = symmetricEigen(m, 3);
  // A v = lambda v for each column
  for (let j = 0; j < 3; j++) {
    for (let i = 0; i < 3; i++) {
      let s = 0;
      for (let k = 0; k < 3; k++) s += m[i * 3 + k]! * vectors[k * 3 + j]!;
      assert.ok(Math.abs(s - values[j]! * vectors[i * 3 + j]!) < 1e-9);
    }
  }
  assert.ok(values[0]! >= values[1]! && values[1]! >= values[2]!);
  const { m: rows, words } = ppmiRows(corpus(), { ...DEFAULT_CLUSTER_OPTIONS, minCount: 1 });
  const s1 = truncatedSvd(rows, 4, 5);
  const s2 = truncatedSvd(rows, 4, 5);
  assert.deepEqual(s1, s2, 'seeded: same result twice');
  assert.equal(s1.vectors.length, words.length * 4);
  assert.ok(s1.values[0]! >= s1.values[3]!);
  // names have (nearly) the same vectors, unlike places
  const v = (w: string) => Array.from(s1.vectors.subarray(words.indexOf(w) * 4, words.indexOf(w) * 4 + 4));
  const dist = (a: number[], b: number[]) => Math.hypot(...a.map((x, i) => x - b[i]!));
  assert.ok(dist(v('زيد'), v('خالد')) < dist(v('زيد'), v('دمشق')));
  const bins = quartileBins(Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8]), 8, 1);
  assert.deepEqual(Array.from(bins), [0, 0, 1, 1, 2, 2, 3, 3]);
  assert.deepEqual(Array.from(unpackBins(packBins(bins), 8)), Array.from(bins));
});

const lex = new Lexicon({
  words: ['بغداد', 'زيد'],
  freqs: [60, 30],
  clusters: [[1, 2]],
  extraClusters: [[[5, 6]], [[7, -1]]],
  embedding: { dims: 2, bins: packBins(Uint8Array.from([3, 0, 1, 2])), known: packBins(Uint8Array.from([1, 1])) },
  phrases: [['زيد', 1 << GAZ.HARV_PER]],
});

test('extra clusterings and embedding bins become atoms of the token and its neighbours, only when switched on', () => {
  const off = new FeatureExtractor(lex).atoms('بغداد');
  assert.ok(!off.own.some((a) => a.startsWith('X') || a.startsWith('E')));
  const on = new FeatureExtractor(lex, { ...DEFAULT_FEATURES, multiClusters: true, embeddings: true }).atoms('بغداد');
  for (const a of ['X0.0:5', 'X1.0:7', 'E0:3', 'E1:0']) {
    assert.ok(on.own.includes(a), a);
    assert.ok(on.ctx.includes(a), a);
  }
  const zaid = new FeatureExtractor(lex, { ...DEFAULT_FEATURES, multiClusters: true, embeddings: true }).atoms('زيد');
  assert.ok(zaid.own.includes('X0.0:6') && !zaid.own.some((a) => a.startsWith('X1.')), 'no atom where a clustering lacks the word');
  assert.ok(zaid.own.includes('E0:1') && zaid.own.includes('E1:2'));
  assert.ok(!new FeatureExtractor(lex, { ...DEFAULT_FEATURES, multiClusters: true, embeddings: true }).atoms('موصل').own.some((a) => /^[XE]/.test(a)));
});

test('harvested-name gazetteer bits fire only with the harvest group on', () => {
  const a = new FeatureExtractor(lex).extract(['قال', 'زيد']);
  const b = new FeatureExtractor(lex, { ...DEFAULT_FEATURES, harvest: true }).extract(['قال', 'زيد']);
  assert.ok(b.feats.length > a.feats.length);
});

test('names are harvested after titles and place heads, not common words with the article', () => {
  const l = new Lexicon({ words: [], freqs: [], clusters: [], phrases: [] });
  const sents = [
    ...Array.from({ length: 5 }, () => ['الرئيس', 'الفرنسي', 'ماكرون', 'يزور', 'مدينه', 'ليون']),
    ...Array.from({ length: 5 }, () => ['رئيس', 'الوزراء', 'قال']),
    ...Array.from({ length: 40 }, () => ['يزور', 'البلاد']),
  ];
  const got = harvestNames(sents, l, { PER: ['الرئيس', 'رئيس'], LOC: ['مدينه'], ORG: [] }, { minCount: 3, minShare: 0.2 });
  assert.deepEqual(got, [['ليون', 'LOC'], ['ماكرون', 'PER']]);
  // a word seen mostly elsewhere is not harvested
  assert.ok(!got.some(([w]) => w === 'يزور'));
});

test("'extremes' embedding atoms: only the outer quartiles, only for the token itself", () => {
  const fx = new FeatureExtractor(lex, { ...DEFAULT_FEATURES, embeddings: 'extremes' });
  const a = fx.atoms('بغداد'); // bins 3, 0
  assert.ok(a.own.includes('E0:3') && a.own.includes('E1:0'));
  assert.ok(!a.ctx.some((x) => x.startsWith('E')));
  const z = fx.atoms('زيد'); // bins 1, 2: middle quartiles give nothing
  assert.ok(!z.own.some((x) => x.startsWith('E')));
});

test('averageWeights: the mean of compact weight sets, a missing row counting as zeros', () => {
  const labels = ['O', 'S-PER'];
  const mk = (rows: number[][]) => {
    const rowIndex = new Int32Array(4).fill(-1);
    const w = new Float32Array(rows.length * 2);
    rows.forEach(([r, a, b], k) => {
      rowIndex[r!] = k;
      w[2 * k] = a!;
      w[2 * k + 1] = b!;
    });
    return new Weights(labels, 2, w, rowIndex, new Float32Array(6).fill(rows.length));
  };
  const m = averageWeights([mk([[1, 2, 4]]), mk([[1, 4, 0], [3, 2, 2]])]);
  const row = (r: number) => Array.from(m.w.subarray(m.rowIndex![r]! * 2, m.rowIndex![r]! * 2 + 2));
  assert.deepEqual(row(1), [3, 2]);
  assert.deepEqual(row(3), [1, 1]);
  assert.equal(m.rowIndex![0], -1);
  assert.equal(m.trans[0], 1.5);
});
