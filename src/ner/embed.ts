/**
 * Dense word vectors from the sparse PPMI rows of `clusters.ts` (Turian et al. 2010 used such
 * vectors as tagger features), by a seeded randomised truncated SVD (Halko, Martinsson & Tropp
 * 2011) written here: a Gaussian test matrix, power iterations with re-orthonormalisation, and
 * the exact eigen-decomposition (cyclic Jacobi) of the small projected matrix.
 *
 * The tagger takes linear features, so each dimension is cut at its quartiles into 4 bins; the
 * bins are packed 4 per byte (`packBins`) and kept with the lexicon.
 */
import { hashStr, rng } from './hash.ts';
import type { Sparse } from './clusters.ts';

/** Standard normal draws from a seeded uniform generator (Box-Muller). */
function gaussian(seed: number): () => number {
  const r = rng(seed ^ hashStr('svd'));
  return () => {
    const u = Math.max(r(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
  };
}

/** Orthonormalises the `k` columns of the row-major `n x k` matrix in place (modified Gram-Schmidt). */
function orthonormalise(a: Float64Array, n: number, k: number): void {
  for (let j = 0; j < k; j++) {
    for (let p = 0; p < j; p++) {
      let d = 0;
      for (let i = 0; i < n; i++) d += a[i * k + j]! * a[i * k + p]!;
      for (let i = 0; i < n; i++) a[i * k + j]! -= d * a[i * k + p]!;
    }
    let s = 0;
    for (let i = 0; i < n; i++) s += a[i * k + j]! * a[i * k + j]!;
    const z = Math.sqrt(s) || 1;
    for (let i = 0; i < n; i++) a[i * k + j]! /= z;
  }
}

/** A (V x D, sparse) times X (D x k) -> V x k. */
function mulA(m: Sparse, x: Float64Array, k: number): Float64Array {
  const V = m.rowPtr.length - 1;
  const y = new Float64Array(V * k);
  for (let w = 0; w < V; w++) {
    for (let q = m.rowPtr[w]!; q < m.rowPtr[w + 1]!; q++) {
      const v = m.vals[q]!;
      const c = m.cols[q]! * k;
      for (let j = 0; j < k; j++) y[w * k + j]! += v * x[c + j]!;
    }
  }
  return y;
}

/** A^T (D x V) times Y (V x k) -> D x k. */
function mulAt(m: Sparse, y: Float64Array, k: number): Float64Array {
  const V = m.rowPtr.length - 1;
  const z = new Float64Array(m.dims * k);
  for (let w = 0; w < V; w++) {
    for (let q = m.rowPtr[w]!; q < m.rowPtr[w + 1]!; q++) {
      const v = m.vals[q]!;
      const c = m.cols[q]! * k;
      for (let j = 0; j < k; j++) z[c + j]! += v * y[w * k + j]!;
    }
  }
  return z;
}

/** Eigen-decomposition of a symmetric `k x k` matrix (cyclic Jacobi): eigenvalues and column eigenvectors, largest first. */
export function symmetricEigen(a0: Float64Array, k: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(a0);
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += a[p * k + q]! * a[p * k + q]!;
    if (off < 1e-22) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = a[p * k + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * k + q]! - a[p * k + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const arp = a[r * k + p]!;
          const arq = a[r * k + q]!;
          a[r * k + p] = c * arp - s * arq;
          a[r * k + q] = s * arp + c * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p * k + r]!;
          const aqr = a[q * k + r]!;
          a[p * k + r] = c * apr - s * aqr;
          a[q * k + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r * k + p]!;
          const vrq = v[r * k + q]!;
          v[r * k + p] = c * vrp - s * vrq;
          v[r * k + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  const order = Array.from({ length: k }, (_, i) => i).sort((x, y) => a[y * k + y]! - a[x * k + x]! || x - y);
  const values = new Float64Array(k);
  const vectors = new Float64Array(k * k);
  order.forEach((src, dst) => {
    values[dst] = a[src * k + src]!;
    for (let r = 0; r < k; r++) vectors[r * k + dst] = v[r * k + src]!;
  });
  return { values, vectors };
}

/**
 * Rank-`dims` truncated SVD of the sparse matrix: returns the left singular vectors scaled by
 * the singular values (`V x dims`, row-major) and the singular values. Seeded, deterministic.
 */
export function truncatedSvd(m: Sparse, dims: number, seed: number, oversample = 10, powerIters = 2): { vectors: Float64Array; values: Float64Array } {
  const V = m.rowPtr.length - 1;
  const k = Math.min(dims + oversample, m.dims, V);
  const g = gaussian(seed);
  const omega = new Float64Array(m.dims * k);
  for (let i = 0; i < omega.length; i++) omega[i] = g();
  let q = mulA(m, omega, k);
  orthonormalise(q, V, k);
  for (let it = 0; it < powerIters; it++) {
    const z = mulAt(m, q, k);
    orthonormalise(z, m.dims, k);
    q = mulA(m, z, k);
    orthonormalise(q, V, k);
  }
  // B = Q^T A (k x D); B B^T = (A^T Q)^T (A^T Q)
  const bt = mulAt(m, q, k); // D x k
  const bbt = new Float64Array(k * k);
  for (let d = 0; d < m.dims; d++) for (let i = 0; i < k; i++) for (let j = i; j < k; j++) bbt[i * k + j]! += bt[d * k + i]! * bt[d * k + j]!;
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) bbt[i * k + j] = bbt[j * k + i]!;
  const eig = symmetricEigen(bbt, k);
  const r = Math.min(dims, k);
  const vectors = new Float64Array(V * r);
  const values = new Float64Array(r);
  for (let j = 0; j < r; j++) values[j] = Math.sqrt(Math.max(eig.values[j]!, 0));
  for (let w = 0; w < V; w++) {
    for (let j = 0; j < r; j++) {
      let s = 0;
      for (let i = 0; i < k; i++) s += q[w * k + i]! * eig.vectors[i * k + j]!;
      // U S: q u_j is the j-th left singular vector; scale by its singular value. Fix the sign by the largest-magnitude component below.
      vectors[w * r + j] = s * values[j]!;
    }
  }
  // deterministic sign: the sum of each column is made non-negative
  for (let j = 0; j < r; j++) {
    let s = 0;
    for (let w = 0; w < V; w++) s += vectors[w * r + j]!;
    if (s < 0) for (let w = 0; w < V; w++) vectors[w * r + j] = -vectors[w * r + j]!;
  }
  return { vectors, values };
}

/** Quartile bins (0..3) of each of the `dims` columns of the row-major `n x dims` matrix. */
export function quartileBins(x: Float64Array, n: number, dims: number): Uint8Array {
  const out = new Uint8Array(n * dims);
  const col = new Float64Array(n);
  for (let j = 0; j < dims; j++) {
    for (let i = 0; i < n; i++) col[i] = x[i * dims + j]!;
    const s = Float64Array.from(col).sort();
    const cut = [s[Math.floor(n / 4)]!, s[Math.floor(n / 2)]!, s[Math.floor((3 * n) / 4)]!];
    for (let i = 0; i < n; i++) out[i * dims + j] = col[i]! < cut[0]! ? 0 : col[i]! < cut[1]! ? 1 : col[i]! < cut[2]! ? 2 : 3;
  }
  return out;
}

/** Packs 2-bit codes, 4 per byte, as base64. */
export function packBins(bins: Uint8Array): string {
  const b = new Uint8Array(Math.ceil(bins.length / 4));
  for (let i = 0; i < bins.length; i++) b[i >> 2]! |= (bins[i]! & 3) << ((i & 3) * 2);
  return Buffer.from(b).toString('base64');
}

export function unpackBins(s: string, n: number): Uint8Array {
  const b = Buffer.from(s, 'base64');
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (b[i >> 2]! >> ((i & 3) * 2)) & 3;
  return out;
}
