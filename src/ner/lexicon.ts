/**
 * The NER lexicon: word clusters learned from unlabelled text (with word frequencies,
 * which also guide clitic splitting) and gazetteers (phrase lists with type flags).
 * It is plain data, saved inside the model file so training and tagging see the same one.
 */
import { norm } from '../ar/normalize.ts';
import { hashStr, mix } from './hash.ts';
import { splitWord, type Split } from './morph.ts';
import { unpackBins } from './embed.ts';

/** Gazetteer sources: one flag bit each. */
export const GAZ = {
  COUNTRY: 0,
  CAMEO: 1,
  CAMEO_DATED: 2,
  WIKI_PER: 3,
  WIKI_LOC: 4,
  WIKI_ORG: 5,
  AQMAR_PER: 6,
  AQMAR_LOC: 7,
  AQMAR_ORG: 8,
  AQMAR_MISC: 9,
  TRIG_PER: 10,
  TRIG_ORG: 11,
  TRIG_LOC: 12,
  TRIG_MISC: 13,
  CITY: 14,
  /** Names seen in the labelled training data (jackknifed while training). */
  TRAIN_PER: 15,
  TRAIN_LOC: 16,
  TRAIN_ORG: 17,
  TRAIN_MISC: 18,
  /** First names: first tokens of multi-token PER names of WikiANN and AQMAR (seen twice or more). */
  FIRST_NAME: 19,
  /** Nisba adjectives derived from place names (مصر -> مصري، مصرية). */
  NISBA: 20,
  /** First names of the labelled training data's PER names (jackknifed like the other TRAIN_* bits). */
  TRAIN_FIRST: 21,
  /** Sports words (مباراة، الدوري، منتخب): a sentence with one is a sports sentence (feature group `topic`). */
  SPORT: 22,
  /** Names harvested from unlabelled news by patterns (`harvest.ts`): after titles, organisation heads, place heads. */
  HARV_PER: 23,
  HARV_ORG: 24,
  HARV_LOC: 25,
} as const;
export const GAZ_BITS = 26;
export const TRAIN_BIT: Record<string, number> = { PER: GAZ.TRAIN_PER, LOC: GAZ.TRAIN_LOC, ORG: GAZ.TRAIN_ORG, MISC: GAZ.TRAIN_MISC };

export interface LexiconData {
  /** Vocabulary (normalised words), most frequent first. */
  words: string[];
  freqs: number[];
  /** Cluster ids per word at each granularity: `clusters[level][wordIndex]`. */
  clusters: number[][];
  /**
   * Further clusterings of the same vocabulary (e.g. from left-only and right-only contexts):
   * `extraClusters[clustering][level][wordIndex]`, -1 for a word the clustering does not know.
   */
  extraClusters?: number[][][];
  /** Quartile bins of a dense word embedding (`embed.ts`), `dims` per word of `words`, packed by `packBins`; bin 255 marks no vector. */
  embedding?: { dims: number; bins: string; known: string };
  /** Gazetteer phrases (raw text) with their flag masks. */
  phrases: [string, number][];
  /** Entity names of the labelled training data (raw text) with TRAIN_* flag masks. */
  memory?: [string, number][];
  /** Name-likeness codes of article-less cores (`likeness.ts`), learned from unlabelled text. */
  likeness?: [string, number][];
}

export class Lexicon {
  readonly data: LexiconData;
  private readonly index = new Map<string, number>();
  /** Phrase hash -> flag mask; `maxLen` tokens at most. */
  readonly phraseFlags = new Map<number, number>();
  maxLen = 1;
  readonly levels: number;
  private readonly splitCache = new Map<string, Split>();

  constructor(data: LexiconData) {
    this.data = data;
    for (let i = 0; i < data.words.length; i++) this.index.set(data.words[i]!, i);
    this.levels = data.clusters.length;
    this.addPhrases(this.phraseFlags, data.phrases);
    this.memoryFlags = this.phraseMap(data.memory ?? []);
    this.likenessCodes = new Map(data.likeness ?? []);
  }

  /** Core -> name-likeness code (see `likeness.ts`). */
  likenessCodes: Map<string, number>;

  /** Sets the name-likeness codes (kept in `data`, so they are saved with the model). */
  setLikeness(codes: [string, number][]): void {
    this.data.likeness = codes;
    this.likenessCodes = new Map(codes);
  }

  /** Phrase hash -> TRAIN_* flags of training-data names (replaceable per fold while training). */
  memoryFlags: Map<number, number>;
  /** Hashes of the proper prefixes of every phrase (to stop a phrase scan early). */
  readonly prefixes = new Set<number>();

  phraseHash(phrase: string): number {
    let h = 0;
    const toks = phrase.split(/\s+/).filter(Boolean);
    for (let i = 0; i < toks.length; i++) {
      h = mix(h, hashStr(this.split(norm(toks[i]!)).core));
      if (i < toks.length - 1) this.prefixes.add(h);
    }
    return h;
  }

  phraseMap(phrases: readonly [string, number][]): Map<number, number> {
    const m = new Map<number, number>();
    this.addPhrases(m, phrases);
    return m;
  }

  private addPhrases(m: Map<number, number>, phrases: readonly [string, number][]): void {
    for (const [phrase, flags] of phrases) {
      const len = phrase.split(/\s+/).filter(Boolean).length;
      if (!len) continue;
      const h = this.phraseHash(phrase);
      m.set(h, (m.get(h) ?? 0) | flags);
      if (len > this.maxLen) this.maxLen = Math.min(len, 6);
    }
  }

  freq = (w: string): number => {
    const i = this.index.get(w);
    return i === undefined ? 0 : this.data.freqs[i]!;
  };

  /** Index of a word in the vocabulary, or -1. */
  wordIndex(w: string): number {
    return this.index.get(w) ?? -1;
  }

  /** Cluster of a word at `level`, or -1 when the word is unknown. */
  cluster(w: string, level: number): number {
    const i = this.index.get(w);
    return i === undefined ? -1 : this.data.clusters[level]![i]!;
  }

  private emb: { bins: Uint8Array; known: Uint8Array } | null = null;

  /** Embedding bins of a word (`dims` values 0..3), or null when unknown. */
  embeddingBins(w: string): Uint8Array | null {
    const e = this.data.embedding;
    const i = this.index.get(w);
    if (!e || i === undefined) return null;
    if (!this.emb) this.emb = { bins: unpackBins(e.bins, this.data.words.length * e.dims), known: unpackBins(e.known, this.data.words.length) };
    if (!this.emb.known[i]) return null;
    return this.emb.bins.subarray(i * e.dims, (i + 1) * e.dims);
  }

  /** Cluster of a word at `level` in extra clustering `e`, or -1. */
  extraCluster(e: number, w: string, level: number): number {
    const i = this.index.get(w);
    return i === undefined ? -1 : this.data.extraClusters?.[e]?.[level]?.[i] ?? -1;
  }

  split(w: string): Split {
    let s = this.splitCache.get(w);
    if (!s) {
      s = splitWord(w, this.index.size ? this.freq : undefined);
      if (this.splitCache.size > 500_000) this.splitCache.clear();
      this.splitCache.set(w, s);
    }
    return s;
  }

  static empty(): Lexicon {
    return new Lexicon({ words: [], freqs: [], clusters: [], phrases: [] });
  }
}
