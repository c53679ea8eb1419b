/**
 * Story clustering: near-duplicate and syndicated articles share a story.
 *
 * Each article gets a MinHash signature over its normalised word shingles (3 consecutive
 * search terms, see `search/terms.ts`), 64 hash functions. Locality-sensitive hashing
 * splits the signature into 16 bands of 4 rows: two articles become candidates when one
 * band is equal (for a Jaccard similarity of 0.5 that happens with probability ~0.65,
 * for 0.7 with ~0.99). A candidate joins the story when the estimated Jaccard similarity
 * of the signatures is at least `STORY_THRESHOLD`.
 */
import { terms } from '../search/terms.ts';
import { mulberry32 } from '../core/random.ts';

export const NUM_HASHES = 64;
export const BANDS = 16;
export const ROWS = NUM_HASHES / BANDS;
export const SHINGLE = 3;
export const STORY_THRESHOLD = 0.5;

// Fixed pseudo-random coefficients (mulberry32, seed 0x5eed) for h_i(x) = (a_i * x + b_i) mod 2^32.
const A = new Uint32Array(NUM_HASHES);
const B = new Uint32Array(NUM_HASHES);
{
  const rnd = mulberry32(0x5eed);
  for (let i = 0; i < NUM_HASHES; i++) { A[i] = rnd() | 1; B[i] = rnd(); }
}

/** FNV-1a 32-bit hash of a string. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The set of shingle hashes of a text (terms of length 1 are ignored: mostly particles). */
export function shingles(text: string): Set<number> {
  return shinglesOfTerms(terms(text).map((t) => t.term));
}

/** Shingle hashes of an already computed term sequence (see `search/terms.ts`). */
export function shinglesOfTerms(all: readonly string[]): Set<number> {
  const ts = all.filter((t) => t.length > 1);
  const out = new Set<number>();
  if (ts.length < SHINGLE) {
    if (ts.length) out.add(fnv(ts.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE <= ts.length; i++) out.add(fnv(ts[i] + ' ' + ts[i + 1] + ' ' + ts[i + 2]));
  return out;
}

/** MinHash signature (NUM_HASHES unsigned 32-bit values); all 0xffffffff for an empty text. */
export function signature(text: string): Uint32Array {
  return signatureOfTerms(terms(text).map((t) => t.term));
}

/** MinHash signature of an already computed term sequence. */
export function signatureOfTerms(ts: readonly string[]): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const x of shinglesOfTerms(ts)) {
    for (let i = 0; i < NUM_HASHES; i++) {
      const v = (Math.imul(A[i]!, x) + B[i]!) >>> 0;
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / NUM_HASHES;
}

/** LSH band keys of a signature: `b<band>:<hex>`; none for an empty text. */
export function bandKeys(sig: Uint32Array): string[] {
  if (sig[0] === 0xffffffff) return [];
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sig[b * ROWS + r]!, 0x01000193);
    keys.push(`b${b}:${(h >>> 0).toString(16)}`);
  }
  return keys;
}

/** Signature as hex (for storage) and back. */
export function sigToHex(sig: Uint32Array): string {
  let s = '';
  for (const v of sig) s += v.toString(16).padStart(8, '0');
  return s;
}

export function sigFromHex(hex: string): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (let i = 0; i < NUM_HASHES && (i + 1) * 8 <= hex.length; i++) sig[i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16) >>> 0;
  return sig;
}
