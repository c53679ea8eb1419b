/**
 * Averaged structured perceptron over hashed features, first-order Viterbi decoding
 * with BIOES transition constraints.
 *
 * Weights: one row of `L` label scores per hashed feature; row = hash & (rows - 1).
 * While training, rows are dense (`rows * L` floats). A trained model keeps only the
 * rows that were ever updated: `rowIndex[hash & mask]` gives the compact row or -1.
 */

export const NEG = -1e30;

/** True when label `b` may follow label `a` in BIOES (`a` = null at the sentence start). */
export function allowed(a: string | null, b: string): boolean {
  const ap = a === null ? 'O' : a[0]!;
  const at = a === null ? '' : a.slice(2);
  const bp = b[0]!;
  const bt = b.slice(2);
  const open = ap === 'B' || ap === 'I';
  if (bp === 'I' || bp === 'E') return open && at === bt;
  return !open;
}

export class Weights {
  readonly labels: string[];
  readonly L: number;
  readonly mask: number;
  private _w: Float32Array | undefined;
  private _rowIndex: Int32Array | null | undefined;
  /** The quantised table `w` and `rowIndex` are unpacked from on first use (weights read from a model file). */
  private packed: QuantTable | null = null;
  /** Transitions: `(L + 1) * L`, row L = sentence start. Constrained pairs hold NEG. */
  trans: Float32Array;
  /** Added to the score of ending in a label (E/S/O only). */
  final: Float32Array;
  readonly allowedMask: Uint8Array;
  /** Viterbi work buffers, reused between sentences. */
  private delta = new Float64Array(0);
  private back = new Int32Array(0);

  /**
   * `packed`: weights read from a model file, as their quantised table (set as `quant`); `w` and
   * `rowIndex` are then built from it only when something reads them (re-saving the model, the
   * float path of the tests), not at load: inference reads `quant` alone.
   */
  constructor(labels: string[], rowBits: number, w?: Float32Array, rowIndex?: Int32Array | null, trans?: Float32Array, packed?: QuantTable) {
    this.labels = labels;
    this.L = labels.length;
    this.mask = (1 << rowBits) - 1;
    if (packed && !w) {
      this.packed = packed;
      this.quant = packed;
    } else {
      this._w = w ?? new Float32Array((this.mask + 1) * this.L);
      this._rowIndex = rowIndex ?? null;
    }
    this.trans = trans ?? new Float32Array((this.L + 1) * this.L);
    this.allowedMask = new Uint8Array((this.L + 1) * this.L);
    this.final = new Float32Array(this.L);
    for (let a = 0; a <= this.L; a++) {
      for (let b = 0; b < this.L; b++) {
        this.allowedMask[a * this.L + b] = allowed(a === this.L ? null : labels[a]!, labels[b]!) ? 1 : 0;
      }
    }
    for (let b = 0; b < this.L; b++) {
      const p = labels[b]![0];
      this.final[b] = p === 'B' || p === 'I' ? NEG : 0;
    }
    const L = this.L;
    this.predStart = new Int32Array(L + 1);
    this.succStart = new Int32Array(L + 1);
    const preds: number[] = [];
    const succs: number[] = [];
    for (let b = 0; b < L; b++) {
      this.predStart[b] = preds.length;
      for (let a = 0; a < L; a++) if (this.allowedMask[a * L + b]) preds.push(a);
      this.succStart[b] = succs.length;
      for (let c = 0; c < L; c++) if (this.allowedMask[b * L + c]) succs.push(c);
    }
    this.predStart[L] = preds.length;
    this.succStart[L] = succs.length;
    this.preds = Int32Array.from(preds);
    this.succs = Int32Array.from(succs);
    this.predPair = new Int32Array(preds.length);
    this.succPair = new Int32Array(succs.length);
    for (let b = 0; b < L; b++) {
      for (let k = this.predStart[b]!; k < this.predStart[b + 1]!; k++) this.predPair[k] = this.preds[k]! * L + b;
      for (let k = this.succStart[b]!; k < this.succStart[b + 1]!; k++) this.succPair[k] = b * L + this.succs[k]!;
    }
    this.predTrans = new Float64Array(preds.length);
    this.xs = new Float64Array(L + 1);
  }

  /** Emission weights, `rows * L`. */
  get w(): Float32Array {
    if (this._w === undefined) this.unpack();
    return this._w!;
  }

  set w(w: Float32Array) {
    this._w = w;
  }

  /** `rowIndex[h & mask]` = compact row, or -1 (null while training: dense rows). */
  get rowIndex(): Int32Array | null {
    if (this._rowIndex === undefined) this.unpack();
    return this._rowIndex!;
  }

  set rowIndex(r: Int32Array | null) {
    this._rowIndex = r;
  }

  /**
   * `w` and `rowIndex` from the quantised table the weights were read as: rows in key order (the
   * order of the model file), each weight `Math.fround(q * (scale / 127))`, the value `addQuantRow`
   * adds (the table holds `scale / 127`; `q * scale / 127` would round differently).
   */
  private unpack(): void {
    const t = this.packed!;
    const L = this.L;
    const r4 = t.rec >> 2;
    const slots: number[] = [];
    for (let s = 0; s <= t.smask; s++) if (t.i32[s * r4]! >= 0) slots.push(s);
    slots.sort((a, b) => t.i32[a * r4]! - t.i32[b * r4]!);
    const rowIndex = new Int32Array(this.mask + 1).fill(-1);
    const w = new Float32Array(slots.length * L);
    for (let k = 0; k < slots.length; k++) {
      const s = slots[k]!;
      rowIndex[t.i32[s * r4]!] = k;
      const sc = t.f64[(s * t.rec + t.sAt) >> 3]!;
      const qb = s * t.rec + 4;
      for (let l = 0; l < L; l++) w[k * L + l] = t.i8[qb + l]! * sc;
    }
    this._w = w;
    this._rowIndex = rowIndex;
    this.packed = null;
  }

  /** Offset into `w` of the row of feature hash `h`, or -1 when the model has no such row. */
  readonly rowOf = (h: number): number => {
    const r = h & this.mask;
    const ri = this.rowIndex;
    if (!ri) return r * this.L;
    const k = ri[r]!;
    return k < 0 ? -1 : k * this.L;
  };

  private rowTab: RowTable | null | undefined;

  /**
   * The weights as read from a model file (8 bits per weight and a scale per row) in one
   * open-addressing table, or null (trained in memory): see `QuantTable`. Set by the model
   * reader; inference reads it instead of `rows` and `w`, with the same values.
   */
  quant: QuantTable | null = null;

  /** The `RowTable` of compacted weights, built on first use; null for dense (training) weights. */
  get rows(): RowTable | null {
    if (this.rowTab === undefined) this.rowTab = this.rowIndex ? rowTable(this.rowIndex, this.mask, this.L) : null;
    return this.rowTab;
  }

  /** Emission scores `n * L` for a sentence's features (compacted weights: rows looked up in `rows`). */
  emissions(feats: Uint32Array, starts: Int32Array, n: number, out?: Float32Array): Float32Array {
    const L = this.L;
    const e = out && out.length >= n * L ? out : new Float32Array(n * L);
    e.fill(0, 0, n * L);
    const qt = this.quant;
    if (qt) {
      touchQuantRows(qt, feats, starts[n]!);
      for (let i = 0; i < n; i++) for (let k = starts[i]!; k < starts[i + 1]!; k++) addQuantRow(qt, feats[k]!, e, i * L, L);
      return e;
    }
    const w = this.w;
    const mask = this.mask;
    const rows = this.rows;
    for (let i = 0; i < n; i++) {
      const base = i * L;
      for (let k = starts[i]!; k < starts[i + 1]!; k++) {
        const o = rows ? rowOffset(rows, feats[k]!) : (feats[k]! & mask) * L;
        if (o < 0) continue;
        for (let l = 0; l < L; l++) e[base + l] += w[o + l]!;
      }
    }
    return e;
  }

  /**
   * Allowed predecessors of each label (`preds[predStart[b] .. predStart[b+1])`, increasing)
   * and allowed successors of each label (same layout): the decoders visit only the allowed
   * pairs, in the same order as a full scan, so the sums (and ties) are unchanged.
   */
  private readonly predStart: Int32Array;
  private readonly preds: Int32Array;
  private readonly succStart: Int32Array;
  private readonly succs: Int32Array;
  /** Index into `trans` of each pair of `preds` / `succs` (`a * L + b`). */
  private readonly predPair: Int32Array;
  private readonly succPair: Int32Array;
  /** `trans` of each pair of `preds`, refreshed at each `viterbi` call (training updates `trans`). */
  private readonly predTrans: Float64Array;
  /** Forward-backward work buffers, reused between sentences. */
  private alpha = new Float64Array(0);
  private beta = new Float64Array(0);
  private readonly xs: Float64Array;

  /** Best label sequence under the BIOES constraints. */
  viterbi(e: Float32Array, n: number, out?: Int32Array): Int32Array {
    const L = this.L;
    const path = out && out.length >= n ? out : new Int32Array(n);
    if (n === 0) return path;
    if (this.delta.length < n * L) {
      this.delta = new Float64Array(n * L * 2);
      this.back = new Int32Array(n * L * 2);
    }
    const delta = this.delta;
    const back = this.back;
    const t = this.trans;
    const am = this.allowedMask;
    const ps = this.predStart;
    const pr = this.preds;
    const pt = this.predTrans;
    const pp = this.predPair;
    for (let k = 0; k < pt.length; k++) pt[k] = t[pp[k]!]!;
    for (let b = 0; b < L; b++) delta[b] = am[L * L + b] ? e[b]! + t[L * L + b]! : NEG;
    for (let i = 1; i < n; i++) {
      const pb = (i - 1) * L;
      const cb = i * L;
      let k = 0;
      for (let b = 0; b < L; b++) {
        let best = NEG * 2;
        let arg = 0;
        for (const end = ps[b + 1]!; k < end; k++) {
          const a = pr[k]!;
          const s = delta[pb + a]! + pt[k]!;
          if (s > best) {
            best = s;
            arg = a;
          }
        }
        delta[cb + b] = best + e[cb + b]!;
        back[cb + b] = arg;
      }
    }
    let best = NEG * 4;
    let arg = 0;
    const lb = (n - 1) * L;
    for (let b = 0; b < L; b++) {
      const s = delta[lb + b]! + this.final[b]!;
      if (s > best) {
        best = s;
        arg = b;
      }
    }
    path[n - 1] = arg;
    for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * L + path[i]!]!;
    return path;
  }

  /** log(sum(exp(xs[0..k)))), max-shifted; -Infinity when empty or all -Infinity. */
  private lse(k: number): number {
    const xs = this.xs;
    let m = -Infinity;
    for (let j = 0; j < k; j++) if (xs[j]! > m) m = xs[j]!;
    if (m === -Infinity) return -Infinity;
    let s = 0;
    for (let j = 0; j < k; j++) s += Math.exp(xs[j]! - m);
    return m + Math.log(s);
  }

  /** `exp(trans * T)` per allowed pair (0 for the others), for the last temperature asked. */
  private expTrans = new Float64Array(0);
  private expTemp = NaN;
  /** `expTrans` of each pair of `preds` / `succs`. */
  private expPred = new Float64Array(0);
  private expSucc = new Float64Array(0);
  private pa = new Float64Array(0);
  private pb = new Float64Array(0);
  private pe = new Float64Array(0);

  /**
   * Per-token posterior of the Viterbi label (forward-backward over the scores, scaled by
   * `temperature`): a confidence in [0, 1].
   *
   * Computed in probability space with per-position rescaling: one `exp` per token and
   * label instead of one per label pair and direction. The posterior at each position is
   * normalised there (alpha * beta / sum), so the rescaling factors cancel; the values
   * equal those of the log-space recursion (`marginalsLog`) up to floating-point rounding.
   * Falls back to `marginalsLog` should anything be non-finite.
   */
  marginals(e: Float32Array, n: number, path: Int32Array, temperature = 1): Float64Array {
    const L = this.L;
    const out = new Float64Array(n);
    if (n === 0) return out;
    const t = this.trans;
    const am = this.allowedMask;
    const T = 1 / temperature;
    if (this.expTemp !== temperature) {
      const x = new Float64Array((L + 1) * L);
      for (let k = 0; k < x.length; k++) x[k] = am[k] ? Math.exp(t[k]! * T) : 0;
      this.expTrans = x;
      this.expTemp = temperature;
      this.expPred = new Float64Array(this.predPair.length);
      for (let k = 0; k < this.expPred.length; k++) this.expPred[k] = x[this.predPair[k]!]!;
      this.expSucc = new Float64Array(this.succPair.length);
      for (let k = 0; k < this.expSucc.length; k++) this.expSucc[k] = x[this.succPair[k]!]!;
    }
    const X = this.expTrans;
    const XP = this.expPred;
    const XS = this.expSucc;
    if (this.pa.length < n * L) {
      this.pa = new Float64Array(n * L * 2);
      this.pb = new Float64Array(n * L * 2);
      this.pe = new Float64Array(n * L * 2);
    }
    const A = this.pa;
    const B = this.pb;
    const E = this.pe;
    // emissions, shifted by the row maximum
    for (let i = 0; i < n; i++) {
      const o = i * L;
      let m = -Infinity;
      for (let b = 0; b < L; b++) if (e[o + b]! > m) m = e[o + b]!;
      for (let b = 0; b < L; b++) E[o + b] = Math.exp((e[o + b]! - m) * T);
    }
    const ps = this.predStart;
    const pr = this.preds;
    const ss = this.succStart;
    const sc = this.succs;
    let sum = 0;
    for (let b = 0; b < L; b++) sum += A[b] = X[L * L + b]! * E[b]!;
    let ok = sum > 0 && sum < Infinity;
    if (ok) for (let b = 0; b < L; b++) A[b]! /= sum;
    for (let i = 1; i < n && ok; i++) {
      const pb = (i - 1) * L;
      const cb = i * L;
      sum = 0;
      let q = 0;
      for (let b = 0; b < L; b++) {
        let s = 0;
        for (const end = ps[b + 1]!; q < end; q++) s += A[pb + pr[q]!]! * XP[q]!;
        sum += A[cb + b] = s * E[cb + b]!;
      }
      if (!(sum > 0 && sum < Infinity)) ok = false;
      else for (let b = 0; b < L; b++) A[cb + b]! /= sum;
    }
    if (ok) {
      for (let b = 0; b < L; b++) B[(n - 1) * L + b] = this.final[b]! < 0 ? 0 : 1;
      for (let i = n - 2; i >= 0 && ok; i--) {
        const nb = (i + 1) * L;
        const cb = i * L;
        sum = 0;
        let q = 0;
        for (let a = 0; a < L; a++) {
          let s = 0;
          for (const end = ss[a + 1]!; q < end; q++) {
            const b = sc[q]!;
            s += XS[q]! * E[nb + b]! * B[nb + b]!;
          }
          sum += B[cb + a] = s;
        }
        if (!(sum > 0 && sum < Infinity)) ok = false;
        else for (let a = 0; a < L; a++) B[cb + a]! /= sum;
      }
    }
    for (let i = 0; i < n && ok; i++) {
      const o = i * L;
      let z = 0;
      for (let b = 0; b < L; b++) z += A[o + b]! * B[o + b]!;
      if (!(z > 0 && z < Infinity)) ok = false;
      else out[i] = (A[o + path[i]!]! * B[o + path[i]!]!) / z;
    }
    return ok ? out : this.marginalsLog(e, n, path, temperature);
  }

  /** `marginals` by the log-space recursion (the reference; slower). */
  marginalsLog(e: Float32Array, n: number, path: Int32Array, temperature = 1): Float64Array {
    const L = this.L;
    const out = new Float64Array(n);
    if (n === 0) return out;
    const t = this.trans;
    const am = this.allowedMask;
    if (this.alpha.length < n * L) {
      this.alpha = new Float64Array(n * L * 2);
      this.beta = new Float64Array(n * L * 2);
    }
    const alpha = this.alpha;
    const beta = this.beta;
    const xs = this.xs;
    const ps = this.predStart;
    const pr = this.preds;
    const ss = this.succStart;
    const sc = this.succs;
    const T = 1 / temperature;
    for (let b = 0; b < L; b++) alpha[b] = am[L * L + b] ? (e[b]! + t[L * L + b]!) * T : -Infinity;
    for (let i = 1; i < n; i++) {
      const pb = (i - 1) * L;
      for (let b = 0; b < L; b++) {
        let k = 0;
        for (let q = ps[b]!, end = ps[b + 1]!; q < end; q++) {
          const a = pr[q]!;
          xs[k++] = alpha[pb + a]! + t[a * L + b]! * T;
        }
        alpha[i * L + b] = this.lse(k) + e[i * L + b]! * T;
      }
    }
    for (let b = 0; b < L; b++) beta[(n - 1) * L + b] = this.final[b]! < 0 ? -Infinity : 0;
    for (let i = n - 2; i >= 0; i--) {
      const nb = (i + 1) * L;
      for (let a = 0; a < L; a++) {
        let k = 0;
        for (let q = ss[a]!, end = ss[a + 1]!; q < end; q++) {
          const b = sc[q]!;
          xs[k++] = t[a * L + b]! * T + e[nb + b]! * T + beta[nb + b]!;
        }
        beta[i * L + a] = this.lse(k);
      }
    }
    for (let b = 0; b < L; b++) xs[b] = alpha[(n - 1) * L + b]! + beta[(n - 1) * L + b]!;
    const z = this.lse(L);
    for (let i = 0; i < n; i++) {
      const b = path[i]!;
      out[i] = Math.exp(alpha[i * L + b]! + beta[i * L + b]! - z);
    }
    return out;
  }
}

/** Averaged perceptron trainer over dense hashed rows. */
export class PerceptronTrainer {
  readonly wts: Weights;
  /** Sum of c * delta for averaging (w_avg = w - acc / c). */
  private readonly acc: Float64Array;
  private readonly tacc: Float64Array;
  c = 1;

  constructor(labels: string[], rowBits: number) {
    this.wts = new Weights(labels, rowBits);
    this.acc = new Float64Array(this.wts.w.length);
    this.tacc = new Float64Array(this.wts.trans.length);
  }

  /** One perceptron step on a sentence; returns the number of token errors. */
  step(feats: Uint32Array, starts: Int32Array, gold: Int32Array, e: Float32Array, pred: Int32Array): number {
    const n = gold.length;
    const W = this.wts;
    const L = W.L;
    W.emissions(feats, starts, n, e);
    W.viterbi(e, n, pred);
    let errors = 0;
    for (let i = 0; i < n; i++) if (pred[i] !== gold[i]) errors++;
    if (errors) {
      const c = this.c;
      const w = W.w;
      const acc = this.acc;
      const mask = W.mask;
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          for (let k = starts[i]!; k < starts[i + 1]!; k++) {
            const o = (feats[k]! & mask) * L;
            w[o + g] += 1;
            acc[o + g] += c;
            w[o + p] -= 1;
            acc[o + p] -= c;
          }
        }
        const ga = i === 0 ? L : gold[i - 1]!;
        const pa = i === 0 ? L : pred[i - 1]!;
        if (ga !== pa || g !== p) {
          W.trans[ga * L + g] += 1;
          this.tacc[ga * L + g] += c;
          W.trans[pa * L + p] -= 1;
          this.tacc[pa * L + p] -= c;
        }
      }
    }
    this.c++;
    return errors;
  }

  /** The averaged weights, compacted to the rows that were ever updated. */
  averaged(): Weights {
    const W = this.wts;
    const L = W.L;
    const rows = W.mask + 1;
    const c = this.c;
    const rowIndex = new Int32Array(rows).fill(-1);
    let count = 0;
    for (let r = 0; r < rows; r++) {
      const o = r * L;
      for (let l = 0; l < L; l++) {
        if (this.acc[o + l] !== 0 || W.w[o + l] !== 0) {
          rowIndex[r] = count++;
          break;
        }
      }
    }
    const w = new Float32Array(count * L);
    for (let r = 0; r < rows; r++) {
      const k = rowIndex[r]!;
      if (k < 0) continue;
      for (let l = 0; l < L; l++) w[k * L + l] = W.w[r * L + l]! - this.acc[r * L + l]! / c;
    }
    const trans = new Float32Array(W.trans.length);
    for (let i = 0; i < trans.length; i++) trans[i] = W.trans[i]! - this.tacc[i]! / c;
    return new Weights(W.labels, Math.log2(rows), w, rowIndex, trans);
  }
}

/**
 * The rows of compacted weights as a small open-addressing table (inference only): slot pairs
 * (key = hash & mask, offset of the row in `w`), linear probing, key -1 = empty. The same
 * answer as `Weights.rowOf` from a table a few MB smaller than `rowIndex` (2^rowBits entries),
 * so far fewer cache misses per feature.
 */
export interface RowTable {
  slots: Int32Array;
  /** Slots - 1 (a power of two minus one). */
  smask: number;
  /** The weights' hash mask. */
  mask: number;
}

/** Builds the `RowTable` of compacted weights (`rowIndex[hash & mask]` = row or -1). */
export function rowTable(rowIndex: Int32Array, mask: number, L: number): RowTable {
  let rows = 0;
  for (let r = 0; r <= mask; r++) if (rowIndex[r]! >= 0) rows++;
  let cap = 1024;
  while (cap < rows * 2) cap *= 2;
  const slots = new Int32Array(cap * 2).fill(-1);
  const smask = cap - 1;
  for (let r = 0; r <= mask; r++) {
    const k = rowIndex[r]!;
    if (k < 0) continue;
    let s = r & smask;
    while (slots[2 * s]! >= 0) s = (s + 1) & smask;
    slots[2 * s] = r;
    slots[2 * s + 1] = k * L;
  }
  return { slots, smask, mask };
}

/** Offset in `w` of the row of feature hash `h`, or -1 (as `Weights.rowOf`). */
export function rowOffset(t: RowTable, h: number): number {
  const r = h & t.mask;
  const slots = t.slots;
  const smask = t.smask;
  let s = r & smask;
  for (;;) {
    const k = slots[2 * s]!;
    if (k === r) return slots[2 * s + 1]!;
    if (k < 0) return -1;
    s = (s + 1) & smask;
  }
}

/**
 * Quantised weights (as stored in the model file) in one open-addressing table, linear
 * probing, for inference: each slot is one record of `rec` bytes (32 for 17 labels) holding
 * the key (hash & mask, -1 = empty slot) as an int32 at byte 0, the row's `L` weights as int8
 * from byte 4, and the row's scale / 127 as a float64 at byte `sAt`. Finding a feature's row
 * and reading its weights touch one cache line, where the `RowTable` slot, the float row
 * (68 bytes) and its neighbours touch three: the tagger's lookups are mostly cache misses
 * (hashed features of bigrams and gazetteer matches land anywhere). A weight is
 * `Math.fround(q * scale)`, the float32 value `w` holds, so the sums are the same.
 */
export interface QuantTable {
  i32: Int32Array;
  i8: Int8Array;
  f64: Float64Array;
  /** Slots - 1 (a power of two minus one). */
  smask: number;
  /** The weights' hash mask. */
  mask: number;
  /** Bytes per record (a power of two); `i32`/`f64` index = slot * rec / 4 or / 8. */
  rec: number;
  /** Byte offset of the scale in a record. */
  sAt: number;
}

/**
 * Builds the `QuantTable` of a model block: `keys[k]` (hash & mask) is row `k`, whose weights
 * are `q[k * L + l] * scales[k] / 127`.
 */
export function quantTable(keys: Uint32Array, scales: Float32Array, q: Int8Array, L: number, mask: number): QuantTable {
  const rows = keys.length;
  const sAt = Math.ceil((4 + L) / 8) * 8;
  let rec = 8;
  while (rec < sAt + 8) rec *= 2;
  let cap = 1024;
  while (cap < rows * 2) cap *= 2;
  const buf = new ArrayBuffer(cap * rec);
  const t: QuantTable = { i32: new Int32Array(buf), i8: new Int8Array(buf), f64: new Float64Array(buf), smask: cap - 1, mask, rec, sAt };
  const r4 = rec >> 2;
  for (let s = 0; s < cap; s++) t.i32[s * r4] = -1;
  for (let k = 0; k < rows; k++) {
    const r = keys[k]! & mask;
    let s = r & t.smask;
    while (t.i32[s * r4]! >= 0) s = (s + 1) & t.smask;
    t.i32[s * r4] = r;
    t.i8.set(q.subarray(k * L, (k + 1) * L), s * rec + 4);
    t.f64[(s * rec + sAt) >> 3] = scales[k]! / 127;
  }
  return t;
}

/** `e[base ..] += ` the weights of feature hash `h` (nothing when the model has no such row). */
export function addQuantRow(t: QuantTable, h: number, e: Float32Array, base: number, L: number): void {
  const r = h & t.mask;
  const i32 = t.i32;
  const rec = t.rec;
  const r4 = rec >> 2;
  const smask = t.smask;
  let s = r & smask;
  for (;;) {
    const k = i32[s * r4]!;
    if (k === r) break;
    if (k < 0) return;
    s = (s + 1) & smask;
  }
  const sc = t.f64[(s * rec + t.sAt) >> 3]!;
  const q = t.i8;
  const qb = s * rec + 4;
  for (let l = 0; l < L; l++) e[base + l] += Math.fround(q[qb + l]! * sc);
}

/** Sink for `touchQuantRows`' reads, so the compiler keeps them. */
export const touched = { x: 0 };

/**
 * Reads the first slot each of `feats[0 .. m)` would probe, in a loop of independent loads:
 * the processor overlaps their cache misses (tens at a time), while `addQuantRow`'s probe
 * loop, whose branches depend on each loaded key, takes them one by one. Same results,
 * fewer stalls.
 */
export function touchQuantRows(t: QuantTable, feats: Uint32Array, m: number): void {
  const i32 = t.i32;
  const r4 = t.rec >> 2;
  const mask = t.mask & t.smask;
  let x = 0;
  for (let k = 0; k < m; k++) x ^= i32[(feats[k]! & mask) * r4]!;
  touched.x ^= x;
}
