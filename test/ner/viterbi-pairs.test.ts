import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rng } from '../../src/ner/hash.ts';
import { NEG, Weights } from '../../src/ner/model.ts';
import { LABELS } from '../../src/ner/train.ts';

const L = LABELS.length;

/** Reference Viterbi: full scan of every (prev, label) pair, skipping the disallowed ones. */
function fullScanViterbi(W: Weights, e: Float32Array, n: number): number[] {
  const t = W.trans;
  const am = W.allowedMask;
  const delta = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let b = 0; b < L; b++) delta[b] = am[L * L + b] ? e[b]! + t[L * L + b]! : NEG;
  for (let i = 1; i < n; i++) {
    for (let b = 0; b < L; b++) {
      let best = NEG * 2;
      let arg = 0;
      for (let a = 0; a < L; a++) {
        if (!am[a * L + b]) continue;
        const s = delta[(i - 1) * L + a]! + t[a * L + b]!;
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      delta[i * L + b] = best + e[i * L + b]!;
      back[i * L + b] = arg;
    }
  }
  let best = NEG * 4;
  let arg = 0;
  for (let b = 0; b < L; b++) {
    const s = delta[(n - 1) * L + b]! + W.final[b]!;
    if (s > best) {
      best = s;
      arg = b;
    }
  }
  const path = new Array<number>(n);
  path[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * L + path[i]!]!;
  return path;
}

test('Viterbi over the allowed pairs equals a full scan, ties included (small integer scores)', () => {
  const r = rng(7);
  for (let round = 0; round < 200; round++) {
    const trans = Float32Array.from({ length: (L + 1) * L }, () => Math.floor(r() * 3));
    const W = new Weights(LABELS, 4, new Float32Array(16 * L), null, trans);
    const n = 1 + Math.floor(r() * 12);
    // few distinct values: many equal scores, so the tie-breaking order is exercised
    const e = Float32Array.from({ length: n * L }, () => Math.floor(r() * 3));
    assert.deepEqual(Array.from(W.viterbi(e, n)), fullScanViterbi(W, e, n), `round ${round}`);
  }
  // all scores equal: the first label in order wins at each choice, as with a full scan
  const W0 = new Weights(LABELS, 4);
  const e0 = new Float32Array(5 * L);
  assert.deepEqual(Array.from(W0.viterbi(e0, 5)), fullScanViterbi(W0, e0, 5));
});

test('Viterbi reads transitions changed after construction (as the perceptron does while training)', () => {
  const W = new Weights(LABELS, 4);
  const e = new Float32Array(3 * L);
  const before = Array.from(W.viterbi(e, 3));
  assert.deepEqual(before, fullScanViterbi(W, e, 3));
  // make the start -> S-LOC -> O -> S-PER path the best one by its transitions alone
  const s = LABELS.indexOf('S-LOC');
  const o = LABELS.indexOf('O');
  const p = LABELS.indexOf('S-PER');
  assert.ok(s >= 0 && o >= 0 && p >= 0);
  W.trans[L * L + s] += 5;
  W.trans[s * L + o] += 5;
  W.trans[o * L + p] += 5;
  const after = Array.from(W.viterbi(e, 3));
  assert.deepEqual(after, [s, o, p]);
  assert.notDeepEqual(after, before);
  // a disallowed pair stays out whatever its transition weight
  const iLoc = LABELS.indexOf('I-LOC');
  W.trans[L * L + iLoc] += 1000;
  assert.notEqual(W.viterbi(e, 3)[0], iLoc);
});

test('marginals (per-pair exp tables) equal the log-space recursion when the temperature changes between calls', () => {
  const r = rng(11);
  const trans = Float32Array.from({ length: (L + 1) * L }, () => (r() - 0.5) * 10);
  const W = new Weights(LABELS, 4, new Float32Array(16 * L), null, trans);
  for (const T of [1, 32, 1, 4]) {
    const n = 25;
    const e = Float32Array.from({ length: n * L }, () => (r() - 0.5) * 30);
    const path = W.viterbi(e, n).slice();
    const a = W.marginals(e, n, path, T);
    const b = W.marginalsLog(e, n, path, T);
    for (let i = 0; i < n; i++) assert.ok(Math.abs(a[i]! - b[i]!) < 1e-9, `T ${T} token ${i}: ${a[i]} vs ${b[i]}`);
  }
});
