/**
 * Feature extraction for the NER tagger: hashed 32-bit feature ids per token.
 *
 * Per token (cached by surface form), "atoms" describe the word itself: normalised form,
 * clitic prefix, stem and article-less core, core prefixes/suffixes, word shape, length,
 * cluster ids (several granularities) of the word and of its stem, unknown-word flag.
 * A window of ±2 tokens sees a subset of the neighbours' atoms; bigrams of cores and of
 * clusters join neighbours; gazetteer matches (multi-token, over cores) mark each token
 * as the beginning or inside of a listed phrase, per source, seen from ±1.
 *
 * Feature groups can be switched off (for the ablation in docs/ner.md) with `FeatureConfig`.
 */
import { norm } from '../ar/normalize.ts';
import { GAZ, GAZ_BITS, type Lexicon } from './lexicon.ts';
import { hashStr, mix } from './hash.ts';
import { addQuantRow, rowOffset, type Weights } from './model.ts';

export interface FeatureConfig {
  /** Prefix/suffix characters of the core. */
  affixes: boolean;
  /** Clitic split (prefix, stem, core). */
  clitics: boolean;
  /** Word clusters learned from unlabelled text. */
  clusters: boolean;
  /** Gazetteer membership. */
  gazetteers: boolean;
  /** Context window size (0, 1 or 2). */
  window: number;
  /** Names seen in the training data as a gazetteer (jackknifed while training). */
  memory: boolean;
  /** First-name lists (from WikiANN/AQMAR PER names, and from the training names). */
  firstNames?: boolean;
  /** Nisba adjectives derived from place names. */
  nisba?: boolean;
  /** Cluster of the clitic-stripped stem seen from the neighbours, and of the article-less core. */
  coreClusters?: boolean;
  /** Character trigrams of the core. */
  ngrams?: boolean;
  /** Distributional name-likeness bins of the core (`likeness.ts`). */
  likeness?: boolean;
  /** Position inside a chain opened by an organisation/event head (وزارة ...), and a following nisba adjective. */
  chains?: boolean;
  /** Sports sentence (a `[SPORT]` word of `data/ner/triggers.txt` in it), conjoined with the token's cluster and gazetteer bits. */
  topic?: boolean;
  /** Ids (every granularity) of the word in the lexicon's extra clusterings (left-only, right-only contexts), for the token and its neighbours. */
  multiClusters?: boolean;
  /** Quartile bins of each dimension of the word's dense embedding (truncated SVD of the PPMI matrix, `embed.ts`), for the token and its neighbours. */
  embeddings?: boolean | 'extremes';
  /** Gazetteers of names harvested from unlabelled news by patterns (`harvest.ts`). */
  harvest?: boolean;
}

export const DEFAULT_FEATURES: FeatureConfig = { affixes: true, clitics: true, clusters: true, gazetteers: true, window: 2, memory: true };

export interface TokenInfo {
  /** Hashed own atoms (offset 0), without the bias. */
  own: Uint32Array;
  ctx: Uint32Array;
  /** Hash of the core (for bigrams and gazetteer phrases). */
  core: number;
  /** Hash of the middle cluster (or the core when unknown), for cluster bigrams. */
  k: number;
  /** No cluster for the word or its stem: rare or unseen (gazetteers then weigh more). */
  unk: boolean;
  /** `TF_*` bits: chain breaker, article, nisba-like adjective. */
  flags: number;
  /**
   * Cached score vectors of the token-local features (see `vectorChunk`) for weight set (slot)
   * 0 and 1: the arena chunk holding the vector (null until computed) and its offset there.
   */
  v0: Float32Array | null;
  o0: number;
  v1: Float32Array | null;
  o1: number;
}

const OFF = [hashStr('off-2'), hashStr('off-1'), hashStr('off0'), hashStr('off+1'), hashStr('off+2')];
const BOS = hashStr('<s>');
const EOS = hashStr('</s>');
const BIAS = hashStr('bias');
const BG_CORE_L = hashStr('bg:c-1c0');
const BG_CORE_R = hashStr('bg:c0c+1');
const BG_K_L = hashStr('bg:k-1k0');
const BG_K_R = hashStr('bg:k0k+1');
const GB = Array.from({ length: GAZ_BITS }, (_, b) => hashStr('gB' + b));
const GI = Array.from({ length: GAZ_BITS }, (_, b) => hashStr('gI' + b));
const EMPTY = new Map<number, number>();
const UNK_GAZ = hashStr('gaz&unk');
const TF_BREAK = 1;
const TF_ART = 2;
const TF_NISBA = 4;
/** Words that end an idafa chain: prepositions, conjunctions, relatives, particles. */
const BREAKERS = new Set(['في', 'من', 'الى', 'على', 'عن', 'مع', 'ان', 'او', 'ثم', 'قد', 'لا', 'لم', 'لن', 'ما', 'التي', 'الذي', 'الذين', 'حيث', 'كما', 'بعد', 'قبل', 'خلال', 'منذ', 'حتى', 'و', 'هو', 'هي', 'كان', 'قال', 'امس', 'اليوم']);
const CHAIN_BITS = [(1 << GAZ.TRIG_ORG), (1 << GAZ.TRIG_MISC)];
const CH = Array.from({ length: 2 }, (_, t) => Array.from({ length: 5 }, (_, d) => [hashStr(`ch${t}:${d}:a0`), hashStr(`ch${t}:${d}:a1`), hashStr(`ch${t}:${d}`)]));
const NIS_NEXT = hashStr('nisba+1');
const SPORT = hashStr('topic:sport');
const SPORT_UNK = hashStr('topic:sport&unk');
const NIS_NEXT_CH = [hashStr('nisba+1&ch0'), hashStr('nisba+1&ch1')];
/** Offsets -1, 0, +1 for gazetteer and document-level atoms. */
export const GOFF = [hashStr('goff-1'), hashStr('goff0'), hashStr('goff+1')];

/** Coarse shape of a raw token: a=Arabic, d=digit, X/x=Latin case, other chars kept; runs collapsed. */
export function shape(raw: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < raw.length && out.length < 6; i++) {
    const c = raw.charCodeAt(i);
    let k: string;
    if (c >= 0x621 && c <= 0x6ff) k = c >= 0x660 && c <= 0x669 ? 'd' : c >= 0x64b && c <= 0x65f ? '' : 'a';
    else if (c >= 0x30 && c <= 0x39) k = 'd';
    else if (c >= 0x41 && c <= 0x5a) k = 'X';
    else if (c >= 0x61 && c <= 0x7a) k = 'x';
    else if (c === 0x640) k = '';
    else k = raw[i]!;
    if (k && k !== last) out += k;
    if (k) last = k;
  }
  return out;
}

export class FeatureExtractor {
  readonly lex: Lexicon;
  readonly cfg: FeatureConfig;
  private readonly cache = new Map<string, TokenInfo>();
  /**
   * Gazetteer bits that may fire (training only: a corpus's own names are hidden from it,
   * e.g. the AQMAR name list while AQMAR sentences are prepared as extra training data).
   */
  gazMask = 0xffffffff;
  /** Gazetteer matches of recently seen sentences (the two passes tag the same token arrays). */
  private gazCache = new WeakMap<readonly string[], { b: Uint32Array; i: Uint32Array }>();

  /** Gazetteer bits of the feature groups that are switched on. */
  private readonly cfgMask: number;

  constructor(lex: Lexicon, cfg: FeatureConfig = DEFAULT_FEATURES) {
    this.lex = lex;
    this.cfg = cfg;
    let m = 0xffffffff;
    if (!cfg.firstNames) m &= ~((1 << GAZ.FIRST_NAME) | (1 << GAZ.TRAIN_FIRST));
    if (!cfg.nisba) m &= ~(1 << GAZ.NISBA);
    if (!cfg.topic) m &= ~(1 << GAZ.SPORT);
    if (!cfg.harvest) m &= ~((1 << GAZ.HARV_PER) | (1 << GAZ.HARV_ORG) | (1 << GAZ.HARV_LOC));
    this.cfgMask = m;
  }

  /** The atoms of one token, as readable strings (for tests and debugging). */
  atoms(raw: string): { own: string[]; ctx: string[]; core: string; norm: string; split: { prefix: string; stem: string; core: string } | null } {
    const n = norm(raw);
    const cfg = this.cfg;
    const lex = this.lex;
    const sp = cfg.clitics ? lex.split(n) : { prefix: '', stem: n, core: n };
    const core = sp.core;
    const own: string[] = ['W' + n];
    const ctx: string[] = ['W' + n];
    const sh = shape(raw);
    own.push('h' + sh);
    ctx.push('h' + sh);
    if (cfg.clitics) {
      own.push('C' + core, 'P' + sp.prefix, 'T' + sp.stem);
      if (sp.stem !== core) own.push('Art');
      ctx.push('C' + core);
    }
    if (cfg.affixes) {
      const L = core.length;
      for (let k = 1; k <= 3 && k < L; k++) own.push(`p${k}:${core.slice(0, k)}`);
      for (let k = 1; k <= 4 && k < L; k++) own.push(`s${k}:${core.slice(L - k)}`);
      own.push('n' + Math.min(L, 10));
    }
    if (cfg.ngrams) {
      const c = '^' + core + '$';
      for (let k = 0; k + 3 <= c.length; k++) own.push('g3:' + c.slice(k, k + 3));
    }
    if (cfg.clusters && lex.levels) {
      const known = lex.wordIndex(n) >= 0;
      const stemKnown = lex.wordIndex(sp.stem) >= 0;
      for (let l = 0; l < lex.levels; l++) {
        if (known) {
          const c = `K${l}:${lex.cluster(n, l)}`;
          own.push(c);
          ctx.push(c);
        }
        if (sp.stem !== n && stemKnown) {
          const c = `k${l}:${lex.cluster(sp.stem, l)}`;
          own.push(c);
          if (!known || cfg.coreClusters) ctx.push(c);
        }
        if (cfg.coreClusters && core !== sp.stem && lex.wordIndex(core) >= 0) own.push(`c${l}:${lex.cluster(core, l)}`);
      }
      // the clustered form the extra clusterings and the embedding are read for ('' when neither is known)
      const w = known ? n : stemKnown ? sp.stem : '';
      if (cfg.multiClusters && lex.data.extraClusters) {
        if (w) {
          for (let e = 0; e < lex.data.extraClusters.length; e++) {
            for (let l = 0; l < lex.data.extraClusters[e]!.length; l++) {
              const id = lex.extraCluster(e, w, l);
              if (id < 0) continue;
              const c = `X${e}.${l}:${id}`;
              own.push(c);
              ctx.push(c);
            }
          }
        }
      }
      if (cfg.embeddings && lex.data.embedding) {
        const e = lex.embeddingBins(w);
        if (e) {
          // 'extremes': only the outer quartiles, and only for the token itself (far fewer active features)
          const ext = cfg.embeddings === 'extremes';
          for (let j = 0; j < e.length; j++) {
            if (ext && (e[j] === 1 || e[j] === 2)) continue;
            const c = `E${j}:${e[j]}`;
            own.push(c);
            if (!ext) ctx.push(c);
          }
        }
      }
      if (!known && !stemKnown) {
        own.push('UNK');
        ctx.push('UNK');
      }
    }
    if (cfg.likeness) {
      const code = lex.likenessCodes.get(core);
      if (code === undefined) {
        own.push('N?');
        ctx.push('N?');
      } else {
        const f = code & 7;
        const b = (i: number) => (code >>> (3 * i)) & 7;
        own.push(`Nf${f}a${b(1)}`, `Np${b(2)}`, `Nt${b(3)}`, `Nl${b(4)}`, `No${b(5)}`, `Ns${b(6)}`, `Na${b(1)}s${b(6)}`);
        ctx.push(`Na${b(1)}s${b(6)}`, `Nt${b(3)}`);
      }
    }
    return { own, ctx, core, norm: n, split: cfg.clitics ? sp : null };
  }

  private info(raw: string): TokenInfo {
    let t = this.cache.get(raw);
    if (t) return t;
    const a = this.atoms(raw);
    const own = new Uint32Array(a.own.length);
    for (let i = 0; i < a.own.length; i++) own[i] = mix(hashStr(a.own[i]!), OFF[2]!);
    const ctx = new Uint32Array(a.ctx.length);
    for (let i = 0; i < a.ctx.length; i++) ctx[i] = hashStr(a.ctx[i]!);
    const kAtom = this.cfg.clusters && this.lex.levels > 1 ? a.ctx.find((s) => s.startsWith('K1:')) : undefined;
    // chain flags, read only by the `chains` feature group; the atoms' normal form and split are reused
    const n = a.norm;
    const sp = a.split;
    let flags = 0;
    if (this.cfg.chains && (BREAKERS.has(n) || !/^[\u0621-\u064a]/.test(n))) flags |= TF_BREAK;
    if (this.cfg.chains && sp && sp.stem !== sp.core) {
      flags |= TF_ART;
      if (sp.core.length >= 4 && !sp.prefix && /(ي|يه)$/.test(sp.core)) flags |= TF_NISBA;
    }
    t = { own, ctx, core: hashStr(a.core), k: hashStr(kAtom ?? 'C' + a.core), v0: null, o0: 0, v1: null, o1: 0, unk: a.own.includes('UNK'), flags };
    if (this.cache.size > 300_000) this.cache.clear();
    this.cache.set(raw, t);
    return t;
  }

  /** Gazetteer flags per token: begin mask and inside mask. */
  private gazetteer(infos: TokenInfo[]): { b: Uint32Array; i: Uint32Array } {
    const n = infos.length;
    const b = new Uint32Array(n);
    const ins = new Uint32Array(n);
    const lex = this.lex;
    const maxLen = lex.maxLen;
    const mem = this.cfg.memory ? lex.memoryFlags : EMPTY;
    const phr = this.cfg.gazetteers ? lex.phraseFlags : EMPTY;
    if (!phr.size && !mem.size) return { b, i: ins };
    const tab = this.phraseTable(phr, mem).slots;
    const tmask = (tab.length >> 2) - 1;
    const fmask = this.gazMask & this.cfgMask;
    for (let s = 0; s < n; s++) {
      let h = 0;
      for (let len = 1; len <= maxLen && s + len <= n; len++) {
        h = mix(h, infos[s + len - 1]!.core);
        // the phrase table's record of h: [key, flags, more, present]
        const key = h | 0;
        let r = (key & tmask) << 2;
        while (tab[r + 3] && tab[r] !== key) r = (r + 4) & ((tmask << 2) | 3);
        if (!tab[r + 3]) break; // neither a phrase nor the start of one
        const f = tab[r + 1]! & fmask;
        if (f) {
          b[s]! |= f;
          for (let k = s + 1; k < s + len; k++) ins[k]! |= f;
        }
        if (!tab[r + 2]) break;
      }
    }
    return { b, i: ins };
  }

  private phraseTab: { phr: Map<number, number>; mem: Map<number, number>; sizes: string; slots: Int32Array } | null = null;

  /**
   * The gazetteer phrases (`phr`), the training names (`mem`) and the phrase prefixes of the
   * lexicon as one open-addressing table of records [hash, flags of phr | flags of mem,
   * 1 when a prefix, 1 = used], built again when the maps change (training swaps the names per
   * fold): one probe per phrase candidate instead of three Map lookups.
   */
  private phraseTable(phr: Map<number, number>, mem: Map<number, number>): { slots: Int32Array } {
    const pre = this.lex.prefixes;
    const sizes = `${phr.size} ${mem.size} ${pre.size}`;
    const c = this.phraseTab;
    if (c && c.phr === phr && c.mem === mem && c.sizes === sizes) return c;
    let cap = 1024;
    while (cap < 2 * (phr.size + mem.size + pre.size)) cap *= 2;
    const slots = new Int32Array(cap * 4);
    const slot = (h: number): number => {
      const key = h | 0;
      let r = (key & (cap - 1)) << 2;
      while (slots[r + 3] && slots[r] !== key) r = (r + 4) & (cap * 4 - 1);
      slots[r] = key;
      slots[r + 3] = 1;
      return r;
    };
    for (const [h, f] of phr) slots[slot(h) + 1]! |= f;
    for (const [h, f] of mem) slots[slot(h) + 1]! |= f;
    for (const h of pre) slots[slot(h) + 2] = 1;
    this.phraseTab = { phr, mem, sizes, slots };
    return this.phraseTab;
  }

  /** Hash of a token's core (clitic-stripped, article-less normalised form). */
  coreHash(raw: string): number {
    return this.info(raw).core;
  }

  /**
   * Features of a sentence: `feats[starts[i] .. starts[i+1])` are token i's hashed feature ids.
   * `extra[i]`, when given, holds more atoms for token i (document-level features), seen
   * from offsets -1, 0 and +1.
   */
  extract(tokens: readonly string[], extra?: readonly (Uint32Array | null)[]): { feats: Uint32Array; starts: Int32Array } {
    return this.extractFrom(tokens, extra, false);
  }

  /**
   * Only the features that depend on the position (sentence boundaries, bigrams,
   * gazetteer matches, `extra`), plus the token infos: the token-local features (own atoms
   * and the atoms neighbours contribute) are scored once per word form by `vectorChunk`.
   * `extract` = these + the token-local ones, so both give the same scores.
   */
  extractPositional(tokens: readonly string[], extra?: readonly (Uint32Array | null)[]): { feats: Uint32Array; starts: Int32Array; infos: TokenInfo[] } {
    return this.extractFrom(tokens, extra, true);
  }

  /** Arena chunks the token vectors are written to, per slot: the current chunk and its fill. */
  private arena: { chunk: Float32Array; used: number }[] = [];

  /** Room for a vector of `size` floats in slot `slot`'s current chunk (a new chunk when full). */
  private room(slot: number, size: number): { chunk: Float32Array; used: number } {
    let a = this.arena[slot];
    if (!a || a.used + size > a.chunk.length) {
      a = { chunk: new Float32Array(Math.max(size, 1 << 16)), used: 0 };
      this.arena[slot] = a;
    }
    return a;
  }

  /**
   * Scores of a token's local features under weights `W`: `L` values for its own atoms (with
   * the bias), then `L` per window offset (-W..-1, +1..+W) for what it contributes to the token
   * at that distance. Computed once per word form and slot; returns the arena chunk that holds
   * them (at offset `t.o0` / `t.o1`).
   */
  vectorChunk(t: TokenInfo, slot: number, W: Weights): Float32Array {
    const v = slot ? t.v1 : t.v0;
    return v ?? this.computeTokenVector(t, slot, W);
  }

  private computeTokenVector(t: TokenInfo, slot: number, Wt: Weights): Float32Array {
    const L = Wt.L;
    const W = this.cfg.window;
    const size = L * (1 + 2 * W);
    const a = this.room(slot, size);
    const arr = a.chunk;
    const base = a.used;
    a.used += size;
    const v = arr.subarray(base, base + size);
    const qt = Wt.quant;
    if (qt) {
      // weights read from a model file: the same values from the quantised table
      addQuantRow(qt, BIAS, v, 0, L);
      const own = t.own;
      for (let k = 0; k < own.length; k++) addQuantRow(qt, own[k]!, v, 0, L);
      const ctx = t.ctx;
      let b = L;
      for (let o = -W; o <= W; o++) {
        if (o === 0) continue;
        const off = OFF[o + 2]!;
        for (let k = 0; k < ctx.length; k++) addQuantRow(qt, mix(ctx[k]!, off), v, b, L);
        b += L;
      }
      return this.keepVector(t, slot, arr, base);
    }
    // compacted weights are looked up in their small row table, training weights by `rowOf`: the same offsets
    const w = Wt.w;
    const rows = Wt.rows;
    const at = (h: number) => (rows ? rowOffset(rows, h) : Wt.rowOf(h));
    addRow(v, 0, w, at(BIAS), L);
    const own = t.own;
    for (let k = 0; k < own.length; k++) addRow(v, 0, w, at(own[k]!), L);
    const ctx = t.ctx;
    let b = L;
    for (let o = -W; o <= W; o++) {
      if (o === 0) continue;
      const off = OFF[o + 2]!;
      for (let k = 0; k < ctx.length; k++) addRow(v, b, w, at(mix(ctx[k]!, off)), L);
      b += L;
    }
    return this.keepVector(t, slot, arr, base);
  }

  private keepVector(t: TokenInfo, slot: number, arr: Float32Array, base: number): Float32Array {
    if (slot) {
      t.v1 = arr;
      t.o1 = base;
    } else {
      t.v0 = arr;
      t.o0 = base;
    }
    return arr;
  }

  private extractFrom(tokens: readonly string[], extra: readonly (Uint32Array | null)[] | undefined, positional: boolean): { feats: Uint32Array; starts: Int32Array; infos: TokenInfo[] } {
    const n = tokens.length;
    const infos: TokenInfo[] = new Array(n);
    for (let i = 0; i < n; i++) infos[i] = this.info(tokens[i]!);
    const cfg = this.cfg;
    const W = cfg.window;
    let gaz: { b: Uint32Array; i: Uint32Array } | null = null;
    if (cfg.gazetteers || cfg.memory) {
      // The cache serves tagging only: training swaps the name memory per fold.
      gaz = positional ? (this.gazCache.get(tokens) ?? null) : null;
      if (!gaz) {
        gaz = this.gazetteer(infos);
        if (positional) this.gazCache.set(tokens, gaz);
      }
    }
    let cap = 0;
    for (let i = 0; i < n; i++) cap += infos[i]!.own.length + 8;
    for (let i = 0; i < n; i++) cap += 2 * W * infos[i]!.ctx.length + 2 * W;
    if (gaz) for (let i = 0; i < n; i++) cap += 4 * (popcount(gaz.b[i]!) + popcount(gaz.i[i]!)) + (cfg.chains ? 6 : 0) + (cfg.topic ? 4 + popcount(gaz.b[i]! | gaz.i[i]!) : 0);
    if (extra) for (let i = 0; i < n; i++) cap += 3 * (extra[i]?.length ?? 0);
    let feats = new Uint32Array(cap + 16);
    const starts = new Int32Array(n + 1);
    let p = 0;
    const push = (h: number) => {
      if (p >= feats.length) {
        const f = new Uint32Array(feats.length * 2);
        f.set(feats);
        feats = f;
      }
      feats[p++] = h;
    };
    let sport = false;
    if (gaz && cfg.topic) for (let i = 0; i < n && !sport; i++) if (gaz.b[i]! & (1 << GAZ.SPORT)) sport = true;
    let pairC = 0;
    let pairK = 0;
    for (let i = 0; i < n; i++) {
      starts[i] = p;
      const t = infos[i]!;
      if (sport) {
        push(SPORT);
        push(mix(t.k, SPORT));
        if (t.unk) push(SPORT_UNK);
        const g = gaz!.b[i]! | gaz!.i[i]!;
        for (let bit = 0; bit < GAZ_BITS; bit++) if (g & (1 << bit)) push(mix(GB[bit]!, SPORT));
      }
      if (!positional) {
        push(BIAS);
        for (let k = 0; k < t.own.length; k++) push(t.own[k]!);
      }
      for (let o = -W; o <= W; o++) {
        if (o === 0) continue;
        const j = i + o;
        const off = OFF[o + 2]!;
        if (j < 0) push(mix(BOS, off));
        else if (j >= n) push(mix(EOS, off));
        else if (!positional) {
          const c = infos[j]!.ctx;
          for (let k = 0; k < c.length; k++) push(mix(c[k]!, off));
        }
      }
      if (W > 0) {
        // the pair (i, i+1) is token i's right bigram and token i+1's left one: hashed once
        const next = i + 1 < n ? infos[i + 1]! : null;
        if (i === 0) {
          pairC = mix(BOS, t.core);
          pairK = mix(BOS, t.k);
        }
        const rightC = mix(t.core, next ? next.core : EOS);
        push(mix(pairC, BG_CORE_L));
        push(mix(rightC, BG_CORE_R));
        pairC = rightC;
        if (cfg.clusters) {
          const rightK = mix(t.k, next ? next.k : EOS);
          push(mix(pairK, BG_K_L));
          push(mix(rightK, BG_K_R));
          pairK = rightK;
        }
      }
      if (gaz) {
        for (let o = -1; o <= 1; o++) {
          const j = i + o;
          if (j < 0 || j >= n) continue;
          const gb = gaz.b[j]!;
          const gi = gaz.i[j]!;
          if (!(gb | gi)) continue;
          const off = GOFF[o + 1]!;
          for (let bit = 0; bit < GAZ_BITS; bit++) {
            if (gb & (1 << bit)) push(mix(GB[bit]!, off));
            if (gi & (1 << bit)) push(mix(GI[bit]!, off));
          }
          if (o === 0 && t.unk) {
            // for rare words the gazetteers are the main evidence: separate weights
            for (let bit = 0; bit < GAZ_BITS; bit++) if ((gb | gi) & (1 << bit)) push(mix(GB[bit]!, UNK_GAZ));
          }
        }
      }
      if (gaz && cfg.chains) {
        // inside a chain opened by an organisation or event head, up to 4 tokens back
        let chain = -1;
        for (let d = 1; d <= 4 && i - d >= 0; d++) {
          const j = i - d;
          const gb = gaz.b[j]!;
          let hit = false;
          for (let ty = 0; ty < 2; ty++) {
            if (gb & CHAIN_BITS[ty]!) {
              const h = CH[ty]![d]!;
              push(h[2]!);
              push(h[t.flags & TF_ART ? 1 : 0]!);
              chain = ty;
              hit = true;
            }
          }
          if (hit || infos[j]!.flags & TF_BREAK) break;
        }
        const next = i + 1 < n ? infos[i + 1]! : null;
        if (next && next.flags & TF_NISBA) {
          push(NIS_NEXT);
          if (chain >= 0) push(NIS_NEXT_CH[chain]!);
        }
      }
      if (extra) {
        for (let o = -1; o <= 1; o++) {
          const x = extra[i + o];
          if (!x) continue;
          const off = GOFF[o + 1]!;
          for (let k = 0; k < x.length; k++) push(mix(x[k]!, off));
        }
      }
    }
    starts[n] = p;
    return { feats: p === feats.length ? feats : feats.subarray(0, p), starts, infos };
  }
}

/** `v[base ..] += w[o ..]` for a row offset (nothing when negative: no such row). */
function addRow(v: Float32Array, base: number, w: Float32Array, o: number, L: number): void {
  if (o < 0) return;
  for (let l = 0; l < L; l++) v[base + l] += w[o + l]!;
}

function popcount(x: number): number {
  let c = 0;
  while (x) {
    x &= x - 1;
    c++;
  }
  return c;
}
