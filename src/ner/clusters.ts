/**
 * Word clusters from unlabelled text, learned by our own code (no model download):
 *
 * 1. Count every word and, for the `contexts` most frequent words, how often each appears
 *    at offsets -2, -1, +1, +2 of each vocabulary word.
 * 2. Weight the counts with positive PMI (context distribution smoothed by ^0.75).
 * 3. L2-normalise each word's sparse PPMI row.
 * 4. Hierarchical spherical k-means over the sparse rows (seeded): `branching[0]` clusters, each split into
 *    `branching[1]`, and so on, giving Brown-style ids at several granularities.
 *
 * Deterministic for a given corpus and seed.
 */
import { hashStr, rng } from './hash.ts';

export interface ClusterOptions {
  minCount: number;
  maxVocab: number;
  contexts: number;
  branching: number[];
  iterations: number;
  seed: number;
  /**
   * Context offsets (default -2, -1, +1, +2). Left-only (-2, -1) or right-only (+1, +2) contexts give other
   * clusterings of the same words (syntactic vs. semantic neighbours), for several clusterings as features.
   */
  offsets?: number[];
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  minCount: 3,
  maxVocab: 80_000,
  contexts: 1000,
  branching: [16, 16, 16],
  iterations: 15,
  seed: 13,
};

export interface ClusterResult {
  words: string[];
  freqs: number[];
  clusters: number[][];
}

/** Steps 1-3: the vocabulary (most frequent first) and its L2-normalised sparse PPMI rows. */
export function ppmiRows(sentences: Iterable<string[]>, opts: Omit<ClusterOptions, 'branching' | 'iterations' | 'seed'>, log: (s: string) => void = () => {}): { words: string[]; freqs: number[]; m: Sparse } {
  // 1. counts
  const counts = new Map<string, number>();
  const sents: string[][] = [];
  for (const s of sentences) {
    sents.push(s);
    for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const vocab = [...counts.entries()]
    .filter(([, c]) => c >= opts.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, opts.maxVocab);
  const V = vocab.length;
  const id = new Map<string, number>();
  vocab.forEach(([w], i) => id.set(w, i));
  const C = Math.min(opts.contexts, V);
  const offs = opts.offsets ?? [-2, -1, 1, 2];
  const slotOf = new Map(offs.map((o, i) => [o, i]));
  const D4 = C * offs.length;
  log(`clusters: ${V} words, ${C} context words, ${sents.length} sentences`);
  // 2. co-occurrence counts as packed (word, ctx) keys, counted by sorting
  let keys = new Uint32Array(1 << 20);
  let nk = 0;
  const push = (k: number) => {
    if (nk === keys.length) {
      const b = new Uint32Array(keys.length * 2);
      b.set(keys);
      keys = b;
    }
    keys[nk++] = k;
  };
  for (const s of sents) {
    const ids = s.map((w) => id.get(w) ?? -1);
    for (let i = 0; i < ids.length; i++) {
      const w = ids[i]!;
      if (w < 0) continue;
      for (const o of offs) {
        const j = i + o;
        let c: number;
        if (j < 0 || j >= ids.length) c = C - 1; // boundary shares the rarest context slot
        else {
          c = ids[j]!;
          if (c < 0 || c >= C) continue;
        }
        const slot = slotOf.get(o)! * C + c;
        push(w * D4 + slot);
      }
    }
  }
  const sorted = keys.subarray(0, nk).sort();
  const rowW: number[] = [];
  const rowC: number[] = [];
  const rowN: number[] = [];
  for (let i = 0; i < nk; ) {
    let j = i;
    while (j < nk && sorted[j] === sorted[i]) j++;
    const k = sorted[i]!;
    rowW.push(Math.floor(k / D4));
    rowC.push(k % D4);
    rowN.push(j - i);
    i = j;
  }
  // PPMI
  const ctxTot = new Float64Array(D4);
  const wTot = new Float64Array(V);
  let total = 0;
  for (let i = 0; i < rowN.length; i++) {
    ctxTot[rowC[i]!] += rowN[i]!;
    wTot[rowW[i]!] += rowN[i]!;
    total += rowN[i]!;
  }
  let ctxSm = 0;
  const ctxP = new Float64Array(D4);
  for (let c = 0; c < D4; c++) ctxSm += (ctxP[c] = Math.pow(ctxTot[c]!, 0.75));
  for (let c = 0; c < D4; c++) ctxP[c]! /= ctxSm;
  // 3. sparse PPMI rows (CSR; the sorted keys are grouped by word), L2-normalised
  const rowPtr = new Int32Array(V + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  for (let i = 0, w = 0; i < rowN.length; i++) {
    const ww = rowW[i]!;
    while (w < ww) rowPtr[++w] = cols.length;
    const c = rowC[i]!;
    const pmi = Math.log((rowN[i]! / wTot[ww]!) / ctxP[c]!);
    if (pmi <= 0) continue;
    cols.push(c);
    vals.push(pmi);
  }
  for (let w = 1; w <= V; w++) if (rowPtr[w]! < rowPtr[w - 1]!) rowPtr[w] = rowPtr[w - 1]!;
  rowPtr[V] = cols.length;
  const m: Sparse = { rowPtr, cols: Int32Array.from(cols), vals: Float32Array.from(vals), dims: D4 };
  for (let w = 0; w < V; w++) {
    let s2 = 0;
    for (let k = m.rowPtr[w]!; k < m.rowPtr[w + 1]!; k++) s2 += m.vals[k]! * m.vals[k]!;
    const z = Math.sqrt(s2) || 1;
    for (let k = m.rowPtr[w]!; k < m.rowPtr[w + 1]!; k++) m.vals[k]! /= z;
  }
  log(`clusters: PPMI rows ready (${cols.length} cells, ${total} pairs)`);
  return { words: vocab.map(([w]) => w), freqs: vocab.map(([, c]) => c), m };
}

/** Learns clusters from sentences of normalised tokens. */
export function learnClusters(sentences: Iterable<string[]>, opts: ClusterOptions = DEFAULT_CLUSTER_OPTIONS, log: (s: string) => void = () => {}): ClusterResult {
  const { words, freqs, m } = ppmiRows(sentences, opts, log);
  const V = words.length;
  // 4. hierarchical k-means
  const levels: number[][] = [];
  let groups: number[][] = [Array.from({ length: V }, (_, i) => i)];
  let mult = 1;
  for (let lv = 0; lv < opts.branching.length; lv++) {
    const k = opts.branching[lv]!;
    const assign = new Array<number>(V).fill(0);
    const next: number[][] = [];
    groups.forEach((members, g) => {
      const sub = kmeans(m, members, k, opts.iterations, opts.seed + lv * 7919 + g);
      const parts: number[][] = Array.from({ length: k }, () => []);
      members.forEach((m, i) => parts[sub[i]!]!.push(m));
      for (let c = 0; c < k; c++) {
        for (const m of parts[c]!) assign[m] = g * k + c;
        next.push(parts[c]!);
      }
    });
    mult *= k;
    levels.push(assign);
    groups = next;
    log(`clusters: level ${lv} -> ${mult} clusters`);
  }
  return { words, freqs, clusters: levels };
}

export interface Sparse {
  rowPtr: Int32Array;
  cols: Int32Array;
  vals: Float32Array;
  dims: number;
}

/** Spherical k-means over sparse rows `members`; returns the cluster of each member. Seeded. */
function kmeans(m: Sparse, members: number[], k: number, iters: number, seed: number): Int32Array {
  const n = members.length;
  const D = m.dims;
  const assign = new Int32Array(n);
  if (n <= k) {
    for (let i = 0; i < n; i++) assign[i] = i;
    return assign;
  }
  const r = rng(seed ^ hashStr('kmeans'));
  const cent = new Float32Array(k * D);
  const setRow = (c: number, w: number) => {
    cent.fill(0, c * D, c * D + D);
    for (let q = m.rowPtr[w]!; q < m.rowPtr[w + 1]!; q++) cent[c * D + m.cols[q]!] = m.vals[q]!;
  };
  // init: distinct members, favouring frequent words (members are in frequency order)
  const chosen = new Set<number>();
  for (let c = 0; c < k; c++) {
    let i: number;
    do i = Math.floor(Math.pow(r(), 2) * n);
    while (chosen.has(i));
    chosen.add(i);
    setRow(c, members[i]!);
  }
  for (let it = 0; it < iters; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const w = members[i]!;
      const a = m.rowPtr[w]!;
      const b = m.rowPtr[w + 1]!;
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        let s = 0;
        const co = c * D;
        for (let q = a; q < b; q++) s += m.vals[q]! * cent[co + m.cols[q]!]!;
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      if (assign[i] !== arg || it === 0) changed++;
      assign[i] = arg;
    }
    cent.fill(0);
    const size = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const w = members[i]!;
      const co = assign[i]! * D;
      size[assign[i]!]++;
      for (let q = m.rowPtr[w]!; q < m.rowPtr[w + 1]!; q++) cent[co + m.cols[q]!] += m.vals[q]!;
    }
    for (let c = 0; c < k; c++) {
      if (size[c] === 0) setRow(c, members[Math.floor(r() * n)]!);
      else {
        let s2 = 0;
        for (let d = 0; d < D; d++) s2 += cent[c * D + d]! * cent[c * D + d]!;
        const z = Math.sqrt(s2) || 1;
        for (let d = 0; d < D; d++) cent[c * D + d]! /= z;
      }
    }
    if (!changed) break;
  }
  return assign;
}
