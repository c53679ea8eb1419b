/**
 * The one seeded pseudo-random generator (mulberry32) used wherever Marsad needs
 * reproducible randomness: corpus samples, NER training and clusters, MinHash coefficients.
 */

/** A stream of uint32 values; the same seed gives the same stream. */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** A stream of floats in [0, 1) from the same generator. */
export function rng(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() / 4294967296;
}
