/**
 * Training the NER tagger from the shared data.
 *
 * 1. ANERcorp train is cut into train/dev by contiguous seeded blocks (`splitDev`).
 * 2. The lexicon: word clusters (cached in `models/ner/clusters.json.gz`, rebuilt from the
 *    unlabelled ANT news text plus the labelled corpora's text when missing) and gazetteers
 *    (countries, CAMEO actors, WikiANN and AQMAR entity lists, trigger words).
 * 3. Pass 1: an averaged perceptron is trained for up to `epochs` passes over shuffled
 *    sentences (seeded); the epoch with the best dev F1 is kept.
 * 4. Pass 2 (`nonlocal`): first-pass tags for the training data come from jackknifing
 *    (5 contiguous folds); document-level features from them (`nonlocal.ts`) are added and a
 *    second perceptron is trained the same way.
 * 5. With `final`, both passes are retrained on train + dev for the chosen epoch counts.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { norm } from '../ar/normalize.ts';
import { repoPath } from '../core/paths.ts';
import { bioToBioes, bioesToBio, type ConllSentence } from './conll.ts';
import { learnClusters, ppmiRows, DEFAULT_CLUSTER_OPTIONS, type ClusterResult } from './clusters.ts';
import { packBins, quartileBins, truncatedSvd } from './embed.ts';
import { anercorpTrain, antSentences, aqmarDev, aqmarTrain, cameoActors, countryNames, entityPhrases, splitDev, splitTail, subsample, triggerPhrases, triggers, wikiann } from './data.ts';
import { learnLikeness } from './likeness.ts';
import { harvestNames } from './harvest.ts';
import { nonlocalAtoms } from './nonlocal.ts';
import { DEFAULT_FEATURES, FeatureExtractor, type FeatureConfig } from './features.ts';
import { hashStr, mix, rng } from './hash.ts';
import { GAZ, Lexicon, TRAIN_BIT, type LexiconData } from './lexicon.ts';
import { PerceptronTrainer, Weights } from './model.ts';
import { Scorer, type NerScore } from './score.ts';
import { Tagger } from './tagger.ts';

export const LABELS = ['O', ...['PER', 'LOC', 'ORG', 'MISC'].flatMap((t) => ['B', 'I', 'E', 'S'].map((p) => `${p}-${t}`))];

export const CLUSTERS_PATH = (): string => repoPath('models', 'ner', 'clusters.json.gz');

export interface TrainOptions {
  epochs: number;
  seed: number;
  rowBits: number;
  features: FeatureConfig;
  /** Second pass with document-level features (jackknifed first-pass tags). */
  nonlocal: boolean;
  /** Second pass window (tokens each side) over ANERcorp, which has no document boundaries. */
  window: number;
  /**
   * Dev set carved from ANERcorp train: `blocks` = a seeded 10% of 100-sentence blocks,
   * `tail` = the last 15% (other stories, closer to how the test split differs from train).
   */
  dev: 'blocks' | 'tail';
  /** Extra labelled corpora (Wikipedia): AQMAR train and a `wikiann` fraction of WikiANN train. */
  aqmar: boolean;
  wikiann: number;
  /**
   * Extra corpora with domain-conjoined features (Daumé 2007): each of their features also
   * gets a copy private to the corpus; news text uses only the shared copy.
   */
  conjoin: boolean;
  /**
   * Self-training: after a first training, tag a seeded sample of ANT news lines and add up
   * to this many confidently tagged sentences (with an entity) as an extra domain, then train again.
   */
  selfTrain: number;
  /** Minimum confidence of every token of a self-training sentence. */
  selfTrainConfidence: number;
  /** Seeded fraction of the ANT news lines tagged for self-training. */
  selfTrainSample: number;
  /**
   * Parameter-averaged ensemble: each perceptron is trained `ensemble` times on different
   * shuffles and the averaged weights are averaged (1 = a single perceptron).
   */
  ensemble?: number;
  /** After picking the epoch on dev, retrain on train + dev. */
  final: boolean;
  rebuildClusters: boolean;
  log: (s: string) => void;
  /** Called with (steps done since last call, label); `trainSteps` gives the total. */
  progress?: (step: number, label: string) => void;
}

export const DEFAULT_TRAIN: TrainOptions = {
  epochs: 12,
  seed: 7,
  rowBits: 21,
  features: DEFAULT_FEATURES,
  nonlocal: true,
  window: 300,
  dev: 'tail',
  aqmar: false,
  wikiann: 0,
  conjoin: true,
  selfTrain: 6000,
  selfTrainConfidence: 0.7,
  selfTrainSample: 0.4,
  final: true,
  rebuildClusters: false,
  log: () => {},
};

/**
 * The text word clusters and embeddings are learned from, as normalised tokens: the ANT news, then the token
 * text of ANERcorp train, AQMAR train and WikiANN train/dev (never ANERcorp test).
 */
function unlabelledSentences(): string[][] {
  const labelled: ConllSentence[] = [...anercorpTrain(), ...aqmarTrain(), ...wikiann('train'), ...wikiann('dev')];
  return [...antSentences(), ...labelled.map((s) => s.tokens.map((t) => norm(t)))];
}

/** Loads the cached clusters, or learns them (a few minutes) and writes the cache. */
export function loadOrBuildClusters(rebuild: boolean, log: (s: string) => void): ClusterResult {
  const path = CLUSTERS_PATH();
  if (!rebuild && existsSync(path)) return JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as ClusterResult;
  log('learning word clusters from unlabelled text ...');
  const res = learnClusters(unlabelledSentences(), DEFAULT_CLUSTER_OPTIONS, log);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, gzipSync(Buffer.from(JSON.stringify(res)), { level: 9 }));
  return res;
}

/** Context offsets of the extra clusterings (`FeatureConfig.multiClusters`): left-only and right-only. */
export const EXTRA_CLUSTERINGS: { name: string; offsets: number[]; seed: number }[] = [
  { name: 'left', offsets: [-2, -1], seed: 29 },
  { name: 'right', offsets: [1, 2], seed: 31 },
];

/**
 * Loads (or learns and caches in `models/ner/clusters-NAME.json.gz`) the extra clusterings, aligned to the
 * main clustering's vocabulary `words` (-1 where a word is missing).
 */
export function loadOrBuildExtraClusters(words: string[], rebuild: boolean, log: (s: string) => void): number[][][] {
  const out: number[][][] = [];
  let text: string[][] | null = null;
  for (const x of EXTRA_CLUSTERINGS) {
    const path = repoPath('models', 'ner', `clusters-${x.name}.json.gz`);
    if (!rebuild && existsSync(path)) {
      out.push((JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as { clusters: number[][] }).clusters);
      continue;
    }
    text ??= unlabelledSentences();
    log(`learning the ${x.name}-context word clusters ...`);
    const res = learnClusters(text, { ...DEFAULT_CLUSTER_OPTIONS, offsets: x.offsets, seed: x.seed }, log);
    const idx = new Map(res.words.map((w, i) => [w, i]));
    const clusters = res.clusters.map((lv) => words.map((w) => (idx.has(w) ? lv[idx.get(w)!]! : -1)));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, gzipSync(Buffer.from(JSON.stringify({ clusters })), { level: 9 }));
    out.push(clusters);
  }
  return out;
}

/** Dimensions of the dense embedding (`FeatureConfig.embeddings`). */
export const EMBED_DIMS = 50;

/**
 * Loads (or learns and caches in `models/ner/embedding.json.gz`) the quartile bins of a
 * truncated-SVD embedding of the PPMI rows, aligned to the main clustering's vocabulary `words`.
 */
export function loadOrBuildEmbedding(words: string[], rebuild: boolean, log: (s: string) => void): { dims: number; bins: string; known: string } {
  const path = repoPath('models', 'ner', 'embedding.json.gz');
  if (!rebuild && existsSync(path)) return JSON.parse(gunzipSync(readFileSync(path)).toString('utf8'));
  const t0 = Date.now();
  const p = ppmiRows(unlabelledSentences(), DEFAULT_CLUSTER_OPTIONS, log);
  const svd = truncatedSvd(p.m, EMBED_DIMS, 17);
  const bins = quartileBins(svd.vectors, p.words.length, EMBED_DIMS);
  const idx = new Map(p.words.map((w, i) => [w, i]));
  const out = new Uint8Array(words.length * EMBED_DIMS);
  const known = new Uint8Array(words.length);
  words.forEach((w, i) => {
    const j = idx.get(w);
    if (j === undefined) return;
    known[i] = 1;
    out.set(bins.subarray(j * EMBED_DIMS, (j + 1) * EMBED_DIMS), i * EMBED_DIMS);
  });
  log(`embedding: ${EMBED_DIMS} dims, singular values ${svd.values[0]!.toFixed(1)} .. ${svd.values[EMBED_DIMS - 1]!.toFixed(1)} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  const res = { dims: EMBED_DIMS, bins: packBins(out), known: packBins(known) };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, gzipSync(Buffer.from(JSON.stringify(res)), { level: 9 }));
  return res;
}

/** Gazetteer phrases from the packaged country names, CAMEO, WikiANN, AQMAR and trigger lists. */
export function buildGazetteers(): [string, number][] {
  const flags = new Map<string, number>();
  const add = (p: string, f: number) => {
    const k = p.trim().replace(/\s+/g, ' ');
    if (!k || k.includes('(') || k.split(' ').length > 6) return;
    flags.set(k, (flags.get(k) ?? 0) | f);
  };
  for (const c of countryNames()) add(c, 1 << GAZ.COUNTRY);
  for (const [p, f] of cameoActors()) add(p, f);
  const wbit: Record<string, number> = { PER: GAZ.WIKI_PER, LOC: GAZ.WIKI_LOC, ORG: GAZ.WIKI_ORG };
  for (const split of ['train', 'dev'] as const) {
    for (const [p, t] of entityPhrases(wikiann(split))) if (wbit[t] !== undefined && !p.startsWith('تحويل')) add(p, 1 << wbit[t]!);
  }
  const abit: Record<string, number> = { PER: GAZ.AQMAR_PER, LOC: GAZ.AQMAR_LOC, ORG: GAZ.AQMAR_ORG, MISC: GAZ.AQMAR_MISC };
  const aq = entityPhrases(aqmarTrain());
  for (const [p, t] of aq) if (abit[t] !== undefined) add(p, 1 << abit[t]!);
  for (const [p, f] of triggerPhrases()) add(p, f);
  const wk = [...entityPhrases(wikiann('train')), ...entityPhrases(wikiann('dev'))].filter(([p]) => !p.startsWith('تحويل'));
  for (const w of firstNames([...wk, ...aq])) add(w, 1 << GAZ.FIRST_NAME);
  const places = [...countryNames(), ...counted([...wk, ...aq].filter(([p, t]) => t === 'LOC' && !p.includes(' ')).map(([p]) => p), 2)];
  for (const w of nisbaForms(places)) add(w, 1 << GAZ.NISBA);
  return [...flags.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export function buildLexicon(opts: Pick<TrainOptions, 'rebuildClusters' | 'log'> & { features?: FeatureConfig }): Lexicon {
  const cl = loadOrBuildClusters(opts.rebuildClusters, opts.log);
  const phrases = buildGazetteers();
  opts.log(`lexicon: ${cl.words.length} clustered words, ${phrases.length} gazetteer phrases`);
  const data: LexiconData = { words: cl.words, freqs: cl.freqs, clusters: cl.clusters, phrases };
  if (opts.features?.embeddings) data.embedding = loadOrBuildEmbedding(cl.words, opts.rebuildClusters, opts.log);
  if (opts.features?.multiClusters) data.extraClusters = loadOrBuildExtraClusters(cl.words, opts.rebuildClusters, opts.log);
  let lex = new Lexicon(data);
  if (opts.features?.harvest) {
    const t0 = Date.now();
    const tr = triggers();
    const bit: Record<string, number> = { PER: GAZ.HARV_PER, ORG: GAZ.HARV_ORG, LOC: GAZ.HARV_LOC };
    const names = harvestNames(antSentences(), lex, { PER: tr.PER.map((w) => norm(w)), ORG: tr.ORG.map((w) => norm(w)), LOC: tr.LOC.map((w) => norm(w)).filter((w) => !['في', 'الى', 'من'].includes(w)) });
    data.phrases = [...data.phrases, ...names.map(([w, t]): [string, number] => [w, 1 << bit[t]!])];
    lex = new Lexicon(data);
    opts.log(`harvested names: ${names.length} (${['PER', 'ORG', 'LOC'].map((t) => `${t} ${names.filter((x) => x[1] === t).length}`).join(', ')}; ${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  }
  if (opts.features?.likeness) {
    const t0 = Date.now();
    lex.setLikeness(buildLikeness(lex));
    opts.log(`name-likeness: ${lex.likenessCodes.size} cores (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  }
  return lex;
}

/** Name-likeness codes (`likeness.ts`) from the ANT news text and the token text of ANERcorp train. */
export function buildLikeness(lex: Lexicon): [string, number][] {
  const tr = triggers();
  const cores = (ws: string[]) => ws.map((w) => lex.split(norm(w)).core);
  function* text(): Generator<string[]> {
    yield* antSentences();
    for (const s of anercorpTrain()) yield s.tokens.map((t) => norm(t));
  }
  return learnLikeness(text(), lex, { title: cores(tr.PER), loc: cores(tr.LOC.filter((w) => !['في', 'الى', 'من'].includes(norm(w)))), org: cores([...tr.ORG, ...tr.MISC]) });
}

export interface Prepared {
  feats: Uint32Array;
  starts: Int32Array;
  gold: Int32Array;
}

/** Items seen at least `min` times. */
function counted(items: string[], min: number): string[] {
  const c = new Map<string, number>();
  for (const x of items) c.set(x, (c.get(x) ?? 0) + 1);
  return [...c.entries()].filter(([, n]) => n >= min).map(([x]) => x);
}

/** First tokens of multi-token PER names seen at least twice (Arabic letters, 2+ of them). */
export function firstNames(phrases: [string, string][]): string[] {
  const first = phrases.filter(([p, t]) => t === 'PER' && p.includes(' ')).map(([p]) => norm(p.split(' ')[0]!));
  return counted(first, 2).filter((w) => /^[\u0621-\u064a]{2,}$/.test(w));
}

/**
 * Nisba adjectives of single-word place names: مصر -> مصري، مصريه; فرنسا -> فرنسي; سوريا -> سوري;
 * السعوديه -> سعودي. Normalised forms without the article.
 */
export function nisbaForms(places: string[]): string[] {
  const out = new Set<string>();
  for (const p of places) {
    if (p.includes(' ')) continue;
    let w = norm(p);
    if (w.startsWith('ال') && w.length > 4) w = w.slice(2);
    if (!/^[\u0621-\u064a]+$/.test(w)) continue;
    let base = w.endsWith('يا') ? w.slice(0, -2) : /[اهي]$/.test(w) ? w.slice(0, -1) : w;
    if (base.endsWith('ي')) base = base.slice(0, -1);
    if (base.length < 3) continue;
    out.add(base + 'ي');
    out.add(base + 'يه');
  }
  return [...out];
}

/** Training-data names as TRAIN_* gazetteer phrases (and their first names as TRAIN_FIRST). */
export function memoryFrom(sents: ConllSentence[]): [string, number][] {
  const m = new Map<string, number>();
  const ents = entityPhrases(sents);
  for (const [p, t] of ents) if (TRAIN_BIT[t] !== undefined) m.set(p, (m.get(p) ?? 0) | (1 << TRAIN_BIT[t]!));
  for (const w of firstNames(ents)) m.set(w, (m.get(w) ?? 0) | (1 << GAZ.TRAIN_FIRST));
  return [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * Features of training sentences. With the `memory` feature, each of `FOLDS` contiguous
 * folds sees only the names of the other folds (so the feature is as reliable as on new text).
 */
function prepareTrain(sents: ConllSentence[], fx: FeatureExtractor, atoms?: (Uint32Array | null)[][]): Prepared[] {
  if (!fx.cfg.memory) return prepare(sents, fx, atoms);
  const lex = fx.lex;
  const saved = lex.memoryFlags;
  const out: Prepared[] = [];
  const size = Math.ceil(sents.length / FOLDS);
  for (let f = 0; f < FOLDS; f++) {
    const lo = f * size;
    const hi = Math.min(sents.length, lo + size);
    lex.memoryFlags = lex.phraseMap(memoryFrom([...sents.slice(0, lo), ...sents.slice(hi)]));
    out.push(...prepare(sents.slice(lo, hi), fx, atoms?.slice(lo, hi)));
  }
  lex.memoryFlags = saved;
  return out;
}

/** Sets the lexicon's training-data names (used for dev and for the saved model). */
function setMemory(lex: Lexicon, sents: ConllSentence[]): void {
  const mem = memoryFrom(sents);
  lex.data.memory = mem;
  lex.memoryFlags = lex.phraseMap(mem);
}

function prepare(sents: ConllSentence[], fx: FeatureExtractor, atoms?: (Uint32Array | null)[][]): Prepared[] {
  const id = new Map(LABELS.map((l, i) => [l, i]));
  return sents.map((s, k) => {
    const { feats, starts } = fx.extract(s.tokens, atoms?.[k]);
    const gold = Int32Array.from(bioToBioes(s.tags), (t) => id.get(t) ?? 0);
    return { feats, starts, gold };
  });
}

/** Adds to every feature a copy conjoined with the domain `dom` (Daumé's feature augmentation). */
export function conjoin(p: Prepared, dom: number): Prepared {
  const n = p.gold.length;
  const feats = new Uint32Array(p.feats.length * 2);
  const starts = new Int32Array(n + 1);
  let o = 0;
  for (let i = 0; i < n; i++) {
    starts[i] = o;
    const a = p.starts[i]!;
    const b = p.starts[i + 1]!;
    for (let k = a; k < b; k++) feats[o++] = p.feats[k]!;
    for (let k = a; k < b; k++) feats[o++] = mix(p.feats[k]!, dom);
  }
  starts[n] = o;
  return { feats, starts, gold: p.gold };
}

const AQMAR_BITS = (1 << GAZ.AQMAR_PER) | (1 << GAZ.AQMAR_LOC) | (1 << GAZ.AQMAR_ORG) | (1 << GAZ.AQMAR_MISC);
const WIKI_BITS = (1 << GAZ.WIKI_PER) | (1 << GAZ.WIKI_LOC) | (1 << GAZ.WIKI_ORG);

/** The extra (out-of-domain) training corpora of `opts`, as sentences with their domain and hidden gazetteer bits. */
function auxCorpora(opts: TrainOptions): { name: string; sents: ConllSentence[]; hide: number }[] {
  const out: { name: string; sents: ConllSentence[]; hide: number }[] = [];
  if (opts.aqmar) out.push({ name: 'aqmar', sents: aqmarTrain(), hide: AQMAR_BITS });
  if (opts.wikiann > 0) out.push({ name: 'wikiann', sents: subsample(wikiann('train'), opts.wikiann, opts.seed), hide: WIKI_BITS });
  return out;
}

/**
 * Features of the extra corpora (their own name lists hidden from them; the name memory
 * is whatever the lexicon holds), conjoined with their domain when `opts.conjoin`.
 */
function prepareAux(aux: ReturnType<typeof auxCorpora>, fx: FeatureExtractor, opts: TrainOptions, used?: Uint8Array): Prepared[] {
  const out: Prepared[] = [];
  for (const c of aux) {
    fx.gazMask = ~c.hide;
    const dom = hashStr('domain:' + c.name);
    for (const p of prepare(c.sents, fx)) {
      if (used) markRows(used, [p]);
      out.push(opts.conjoin ? conjoin(p, dom) : p);
    }
  }
  fx.gazMask = 0xffffffff;
  return out;
}

/**
 * Self-training sentences: a seeded sample of ANT news lines (5 to 60 tokens) tagged by
 * `tagger`; kept when they have an entity and every token's label has a confidence of at
 * least `opts.selfTrainConfidence`; at most `opts.selfTrain` of them.
 */
function silverSentences(tagger: Tagger, opts: TrainOptions): ConllSentence[] {
  const r = rng(opts.seed + 101);
  const lines: string[][] = [];
  for (const toks of antSentences(true)) if (toks.length >= 5 && toks.length <= 60 && r() < opts.selfTrainSample) lines.push(toks);
  const out: ConllSentence[] = [];
  const tagged = tagger.tagDocument(lines, { confidence: true });
  const min = opts.selfTrainConfidence;
  for (let i = 0; i < lines.length && out.length < opts.selfTrain; i++) {
    const t = tagged[i]!;
    if (!t.tags.some((x) => x !== 'O')) continue;
    let ok = true;
    for (const c of t.confidence!) if (c < min) ok = false;
    if (ok) out.push({ tokens: lines[i]!, tags: t.tags, line: 0 });
  }
  return out;
}

/** Marks the weight rows of every feature of `data` in `used`. */
export function markRows(used: Uint8Array, data: Prepared[]): void {
  const mask = used.length - 1;
  for (const p of data) for (let k = 0; k < p.feats.length; k++) used[p.feats[k]! & mask] = 1;
}

/**
 * Drops the rows no shared feature uses (the extra corpora's private copies): news text never
 * reads them, and they would only make the model file larger.
 */
export function pruneRows(W: Weights, used: Uint8Array): number {
  const ri = W.rowIndex!;
  let n = 0;
  for (let r = 0; r < ri.length; r++) {
    if (ri[r]! >= 0 && !used[r]) {
      ri[r] = -1;
      n++;
    }
  }
  return n;
}

/** BIO tags of prepared sentences under `weights`. */
function decodeAll(weights: Weights, prepared: Prepared[]): string[][] {
  let e = new Float32Array(0);
  return prepared.map((p) => {
    const n = p.gold.length;
    if (!n) return [];
    if (e.length < n * weights.L) e = new Float32Array(n * weights.L);
    weights.emissions(p.feats, p.starts, n, e);
    return bioesToBio(Array.from(weights.viterbi(e, n), (k) => weights.labels[k]!));
  });
}

/** Tags every prepared sentence with `weights` and scores against the gold tags. */
export function evaluatePrepared(weights: Weights, sents: ConllSentence[], prepared: Prepared[]): NerScore {
  const sc = new Scorer();
  const pred = decodeAll(weights, prepared);
  sents.forEach((s, i) => sc.add(s.tags, pred[i]!));
  return sc.result();
}

function runEpochs(data: Prepared[], epochs: number, opts: TrainOptions, onEpoch?: (epoch: number, t: { averaged(): Weights }) => void): { averaged(): Weights } {
  const K = Math.max(1, opts.ensemble ?? 1);
  // K perceptrons on K shuffles (the first with the usual seed); their averaged weights are averaged
  const ts = Array.from({ length: K }, () => new PerceptronTrainer(LABELS, opts.rowBits));
  const rs = Array.from({ length: K }, (_, k) => rng(opts.seed + 1000 * k));
  const orders = Array.from({ length: K }, () => Array.from({ length: data.length }, (_, i) => i));
  const merged = { averaged: (): Weights => (K === 1 ? ts[0]!.averaged() : averageWeights(ts.map((t) => t.averaged()))) };
  let maxN = 1;
  for (const d of data) maxN = Math.max(maxN, d.gold.length);
  const e = new Float32Array(maxN * LABELS.length);
  const pred = new Int32Array(maxN);
  for (let ep = 1; ep <= epochs; ep++) {
    let errors = 0;
    let tokens = 0;
    for (let m = 0; m < K; m++) {
      const order = orders[m]!;
      const r = rs[m]!;
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (let k = 0; k < order.length; k++) {
        const d = data[order[k]!]!;
        if (!d.gold.length) continue;
        errors += ts[m]!.step(d.feats, d.starts, d.gold, e, pred);
        tokens += d.gold.length;
      }
    }
    opts.progress?.(1, `epoch ${ep}`);
    opts.log(`  epoch ${ep}: training token error ${((100 * errors) / Math.max(1, tokens)).toFixed(2)}%`);
    onEpoch?.(ep, merged);
  }
  return merged;
}

/** The mean of several compact weight sets over the same labels and row bits (a row missing from one counts as zeros). */
export function averageWeights(ws: Weights[]): Weights {
  const w0 = ws[0]!;
  const L = w0.L;
  const rows = w0.mask + 1;
  const rowIndex = new Int32Array(rows).fill(-1);
  let count = 0;
  for (let r = 0; r < rows; r++) if (ws.some((w) => w.rowIndex![r]! >= 0)) rowIndex[r] = count++;
  const out = new Float32Array(count * L);
  const K = ws.length;
  for (const w of ws) {
    for (let r = 0; r < rows; r++) {
      const k = w.rowIndex![r]!;
      if (k < 0) continue;
      const o = rowIndex[r]! * L;
      for (let l = 0; l < L; l++) out[o + l]! += w.w[k * L + l]! / K;
    }
  }
  const trans = new Float32Array(w0.trans.length);
  for (const w of ws) for (let i = 0; i < trans.length; i++) trans[i]! += w.trans[i]! / K;
  return new Weights(w0.labels, Math.log2(rows), out, rowIndex, trans);
}

/**
 * First-pass tags for `sents` that the first pass did not see in training: `folds`
 * contiguous folds, each tagged by a model trained on the others (jackknifing), so the
 * second pass learns from realistic first-pass mistakes.
 */
function jackknife(sents: ConllSentence[], prepared: Prepared[], epochs: number, folds: number, opts: TrainOptions, always: Prepared[] = []): string[][] {
  const out: string[][] = new Array(sents.length);
  const size = Math.ceil(sents.length / folds);
  for (let f = 0; f < folds; f++) {
    const lo = f * size;
    const hi = Math.min(sents.length, lo + size);
    const train = [...prepared.slice(0, lo), ...prepared.slice(hi), ...always];
    opts.log(` jackknife fold ${f + 1}/${folds}`);
    const w = runEpochs(train, epochs, { ...opts, log: () => {} }).averaged();
    opts.progress?.(0, `fold ${f + 1}/${folds}`);
    const tags = decodeAll(w, prepared.slice(lo, hi));
    for (let i = lo; i < hi; i++) out[i] = tags[i - lo]!;
  }
  return out;
}

export interface TrainResult {
  tagger: Tagger;
  /** Dev score of the full tagger (second pass when enabled). */
  dev: NerScore;
  /** Dev score of the first pass alone. */
  devFirst: NerScore;
  /** AQMAR dev (out of domain) score of the dev-selected tagger (before the final retraining). */
  aqmarDev: NerScore | null;
  bestEpoch: number;
  bestEpoch2: number;
  curve: { pass: number; epoch: number; f1: number }[];
}

/** Number of progress steps `trainNer` reports (for a progress bar). */
export function trainSteps(o: Partial<TrainOptions> = {}): number {
  const opts = { ...DEFAULT_TRAIN, ...defined(o) };
  const e = opts.epochs;
  const jk = opts.nonlocal ? FOLDS * e : 0;
  const once = e + jk + (opts.nonlocal ? e : 0);
  const dev = opts.selfTrain > 0 ? 2 * once : once;
  return opts.final ? dev + once : dev;
}

const FOLDS = 5;

/** Entity biases tried on dev (in units of perceptron score). */
const ENTITY_BIASES = [0, 1, 2, 3, 4, 6, 8, 12];

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Trains a tagger; returns it with its dev score. Never reads the test split. */
export function trainNer(options: Partial<TrainOptions> = {}, lexicon?: Lexicon): TrainResult {
  const opts: TrainOptions = { ...DEFAULT_TRAIN, ...defined(options) };
  const log = opts.log;
  const t0 = Date.now();
  const all = anercorpTrain();
  const { train, dev } = opts.dev === 'tail' ? splitTail(all, 0.15) : splitDev(all, 0.1, 100, 1);
  log(`data: ${train.length} train sentences, ${dev.length} dev sentences (ANERcorp train, ${opts.dev === 'tail' ? 'last 15%' : 'seeded blocks'})`);
  const lex = lexicon ?? buildLexicon(opts);
  const fx = new FeatureExtractor(lex, opts.features);
  const aux = auxCorpora(opts);
  setMemory(lex, train);
  const auxData = prepareAux(aux, fx, opts);
  if (aux.length) log(`extra data: ${aux.map((c) => `${c.name} ${c.sents.length} sentences`).join(', ')}${opts.conjoin ? ' (domain-conjoined features)' : ''}`);
  const trainData = prepareTrain(train, fx);
  const devData = prepare(dev, fx);
  log(`features ready (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  const curve: TrainResult['curve'] = [];
  const pick = (pass: number, data: Prepared[], devP: Prepared[]) => {
    let best = { f1: -1, epoch: 0, weights: null as Weights | null, score: null as NerScore | null };
    log(`pass ${pass}: training`);
    runEpochs(data, opts.epochs, opts, (ep, t) => {
      const w = t.averaged();
      const s = evaluatePrepared(w, dev, devP);
      curve.push({ pass, epoch: ep, f1: s.f1 });
      log(`  epoch ${ep}: dev F1 ${s.f1.toFixed(2)} (P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)})`);
      if (s.f1 > best.f1) best = { f1: s.f1, epoch: ep, weights: w, score: s };
    });
    return best;
  };
  /** Both passes on train + `auxData`, epochs and entity bias chosen on dev. */
  const fit = (auxData: Prepared[]) => {
    const b1 = pick(1, [...trainData, ...auxData], devData);
    let b2: typeof b1 | null = null;
    if (opts.nonlocal) {
      const trainTags = jackknife(train, trainData, b1.epoch, FOLDS, opts, auxData);
      const devTags = decodeAll(b1.weights!, devData);
      const trAtoms = nonlocalAtoms(fx, train.map((s) => s.tokens), trainTags, opts.window);
      const devAtoms = nonlocalAtoms(fx, dev.map((s) => s.tokens), devTags, opts.window);
      b2 = pick(2, [...prepareTrain(train, fx, trAtoms), ...auxData], prepare(dev, fx, devAtoms));
    }
    // Entity bias (precision/recall trade-off of the final pass), tuned on dev.
    const probe = new Tagger(b1.weights!, lex, opts.features, {}, b2?.weights ?? null, opts.window);
    let bias = { value: 0, f1: -1 };
    for (const value of ENTITY_BIASES) {
      probe.entityBias = value;
      const sc = new Scorer();
      const out = probe.tagDocument(dev.map((s) => s.tokens));
      dev.forEach((s, i) => sc.add(s.tags, out[i]!.tags));
      const f1 = sc.result().f1;
      log(`  entity bias ${value}: dev F1 ${f1.toFixed(2)}`);
      if (f1 > bias.f1) bias = { value, f1 };
    }
    probe.entityBias = bias.value;
    return { b1, b2, bias, probe };
  };
  let { b1, b2, bias, probe } = fit(auxData);
  if (opts.selfTrain > 0) {
    const silver = silverSentences(probe, opts);
    log(`self-training: ${silver.length} confidently tagged ANT sentences; training again`);
    aux.push({ name: 'silver', sents: silver, hide: 0 });
    curve.length = 0;
    ({ b1, b2, bias, probe } = fit(prepareAux(aux, fx, opts)));
  }
  let aqmarScore: NerScore | null = null;
  {
    const od = aqmarDev();
    const sc = new Scorer();
    const out = probe.tagDocument(od.map((s) => s.tokens));
    od.forEach((s, i) => sc.add(s.tags, out[i]!.tags));
    aqmarScore = sc.result();
    log(`AQMAR dev (out of domain): F1 ${aqmarScore.f1.toFixed(2)}`);
  }
  let w1 = b1.weights!;
  let w2 = b2?.weights ?? null;
  if (opts.final) {
    log(`final: retraining on train + dev (pass 1: ${b1.epoch} epochs${b2 ? `, pass 2: ${b2.epoch} epochs` : ''})`);
    setMemory(lex, all);
    const allData = prepareTrain(all, fx);
    const used = new Uint8Array(1 << opts.rowBits);
    const allAux = prepareAux(aux, fx, opts, used);
    markRows(used, allData);
    w1 = runEpochs([...allData, ...allAux], b1.epoch, opts).averaged();
    if (b2) {
      const tags = jackknife(all, allData, b1.epoch, FOLDS, opts, allAux);
      const atoms = nonlocalAtoms(fx, all.map((s) => s.tokens), tags, opts.window);
      const allData2 = prepareTrain(all, fx, atoms);
      markRows(used, allData2);
      w2 = runEpochs([...allData2, ...allAux], b2.epoch, opts).averaged();
    }
    if (aux.length && opts.conjoin) {
      const n = pruneRows(w1, used) + (w2 ? pruneRows(w2, used) : 0);
      log(`dropped ${n} weight rows used only by the extra corpora's private feature copies`);
    }
  }
  const info = {
    trained:
      'ANERcorp (CAMeL split) train' +
      (opts.final ? ' (all of it, after choosing epochs on the carved dev)' : ' minus the carved dev') +
      aux
        .map((c) =>
          c.name === 'silver'
            ? ` + ${c.sents.length} self-trained ANT sentences`
            : ` + ${c.name} train${c.name === 'wikiann' && opts.wikiann < 1 ? ` (${opts.wikiann} sample)` : ''}`,
        )
        .join('') +
      (aux.length && opts.conjoin ? ' (domain-conjoined)' : ''),
    dev: opts.dev,
    dev_f1_aqmar: aqmarScore.f1,
    epochs: [b1.epoch, ...(b2 ? [b2.epoch] : [])],
    seed: opts.seed,
    ...((opts.ensemble ?? 1) > 1 ? { ensemble: opts.ensemble } : {}),
    dev_f1_first_pass: b1.f1,
    dev_f1: (b2 ?? b1).f1,
    entity_bias: bias.value,
    dev_f1_with_bias: bias.f1,
    features: opts.features,
    seconds: Math.round((Date.now() - t0) / 1000),
  };
  const tagger = new Tagger(w1, lex, opts.features, info, w2, opts.window);
  tagger.entityBias = bias.value;
  log(`done in ${info.seconds}s: dev F1 ${b1.f1.toFixed(2)} (pass 1, epoch ${b1.epoch})` + (b2 ? `, ${b2.f1.toFixed(2)} (pass 2, epoch ${b2.epoch})` : ''));
  return { tagger, dev: (b2 ?? b1).score!, devFirst: b1.score!, aqmarDev: aqmarScore, bestEpoch: b1.epoch, bestEpoch2: b2?.epoch ?? 0, curve };
}
