import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { bioesToBio } from '../../src/ner/conll.ts';
import { rng } from '../../src/ner/hash.ts';
import { Weights } from '../../src/ner/model.ts';
import { DEFAULT_MODEL_PATH, defaultTagger } from '../../src/ner/tagger.ts';
import { LABELS } from '../../src/ner/train.ts';

const L = LABELS.length;

/** Weights with random transitions (a few large ones) and a helper for random emissions. */
function randomWeights(seed: number): { W: Weights; emissions: (n: number, scale: number) => Float32Array } {
  const r = rng(seed);
  const trans = new Float32Array((L + 1) * L);
  for (let k = 0; k < trans.length; k++) trans[k] = (r() - 0.5) * (r() < 0.1 ? 200 : 20);
  const W = new Weights(LABELS, 4, new Float32Array(16 * L), null, trans);
  const emissions = (n: number, scale: number) => Float32Array.from({ length: n * L }, () => (r() - 0.5) * scale);
  return { W, emissions };
}

/** Every label sequence of length n that obeys the BIOES constraints, with its score. */
function allPaths(W: Weights, e: Float32Array, n: number): { path: number[]; score: number }[] {
  const out: { path: number[]; score: number }[] = [];
  const walk = (path: number[], score: number) => {
    const i = path.length;
    if (i === n) {
      if (W.final[path[n - 1]!]! === 0) out.push({ path: [...path], score });
      return;
    }
    const prev = i === 0 ? L : path[i - 1]!;
    for (let b = 0; b < L; b++) {
      if (!W.allowedMask[prev * L + b]) continue;
      path.push(b);
      walk(path, score + W.trans[prev * L + b]! + e[i * L + b]!);
      path.pop();
    }
  };
  walk([], 0);
  return out;
}

test('Viterbi (allowed label pairs only) finds the best valid path found by exhaustive search', () => {
  for (let seed = 1; seed <= 6; seed++) {
    const { W, emissions } = randomWeights(seed);
    const n = 1 + (seed % 3);
    const e = emissions(n, 40);
    const paths = allPaths(W, e, n);
    const best = paths.reduce((a, b) => (b.score > a.score ? b : a));
    const got = Array.from(W.viterbi(e, n));
    const score = paths.find((p) => p.path.join() === got.join());
    assert.ok(score, `decoded path ${got} is not a valid BIOES path`);
    assert.ok(Math.abs(score.score - best.score) < 1e-3, `seed ${seed}: ${score.score} < ${best.score}`);
  }
});

test('forward-backward in probability space equals the log-space recursion and the exhaustive posterior', () => {
  const T = 32;
  for (let seed = 1; seed <= 5; seed++) {
    const { W, emissions } = randomWeights(100 + seed);
    // short sentences: compare with the posterior computed over every path
    const n = 3;
    const e = emissions(n, 300);
    const path = W.viterbi(e, n).slice();
    const paths = allPaths(W, e, n);
    const m = Math.max(...paths.map((p) => p.score / T));
    const z = paths.reduce((s, p) => s + Math.exp(p.score / T - m), 0);
    const fast = W.marginals(e, n, path, T);
    for (let i = 0; i < n; i++) {
      const exact = paths.filter((p) => p.path[i] === path[i]).reduce((s, p) => s + Math.exp(p.score / T - m), 0) / z;
      assert.ok(Math.abs(fast[i]! - exact) < 1e-9, `seed ${seed} token ${i}: ${fast[i]} vs ${exact}`);
    }
    // long sentences with large scores (rescaling must keep them finite)
    for (const [len, scale] of [[200, 2000], [40, 20], [1, 5]] as const) {
      const e2 = emissions(len, scale);
      const p2 = W.viterbi(e2, len).slice();
      const a = W.marginals(e2, len, p2, T);
      const b = W.marginalsLog(e2, len, p2, T);
      for (let i = 0; i < len; i++) {
        assert.ok(Number.isFinite(a[i]!) && a[i]! >= 0 && a[i]! <= 1 + 1e-12);
        assert.ok(Math.abs(a[i]! - b[i]!) < 1e-9, `len ${len} token ${i}: ${a[i]} vs ${b[i]}`);
      }
    }
  }
});

const haveModel = existsSync(DEFAULT_MODEL_PATH());

test("tagDocument: direct BIO mapping equals bioesToBio, and confidence 'entities' skips entity-less sentences only", { skip: !haveModel && 'NER model absent' }, () => {
  const t = defaultTagger();
  const sents = [
    ['قال', 'الرئيس', 'إلهام', 'علييف', 'في', 'باكو', 'إن', 'أذربيجان', 'وكازاخستان', 'شريكان', '.'],
    ['وأضاف', 'أن', 'التعاون', 'سيستمر', '.'],
    [],
    ['التقى', 'وزير', 'الخارجية', 'الأمريكي', 'في', 'القاهرة', 'بنظيره', 'المصري', 'سامح', 'شكري', '.'],
  ];
  const full = t.tagDocument(sents, { window: 0, confidence: true });
  const some = t.tagDocument(sents, { window: 0, confidence: 'entities' });
  assert.ok(full.some((x) => x.tags.some((g) => g !== 'O')), 'the model finds some entity');
  full.forEach((x, i) => {
    assert.deepEqual(some[i]!.tags, x.tags);
    assert.deepEqual(bioesToBio(x.tags), x.tags);
    const any = x.tags.some((g) => g !== 'O');
    if (any) assert.deepEqual(Array.from(some[i]!.confidence!), Array.from(x.confidence!));
    else assert.equal(some[i]!.confidence, undefined);
  });
  assert.equal(full[1]!.tags.every((g) => g === 'O'), true, 'a sentence without names has no entity');
  assert.equal(some[1]!.confidence, undefined);
  // the single-sentence entry point gives the same tags as a one-sentence document
  assert.deepEqual(t.tag(sents[0]!).tags, t.tagDocument([sents[0]!], { window: 0 })[0]!.tags);
});
