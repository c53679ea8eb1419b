/**
 * Training the NER tagger from the shared data.
 *
 * 1. ANERcorp train is cut into train/dev by contiguous seeded blocks (`splitDev`).
 * 2. The lexicon: word clusters (cached in `models/ner/clusters.json.gz`, rebuilt from the
 *    unlabelled ANT news text plus the labelled corpora's text when missing) and gazetteers
 *    (countries, CAMEO actors, WikiANN and AQMAR entity lists, trigger words).
 * 3. An averaged perceptron is trained for up to `epochs` passes over shuffled sentences
 *    (seeded); the epoch with the best dev F1 is kept. With `final`, the model is then
 *    retrained on train + dev for that many epochs.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { norm } from '../ar/normalize.ts';
import { repoPath } from '../core/paths.ts';
import { bioToBioes, bioesToBio, type ConllSentence } from './conll.ts';
import { learnClusters, DEFAULT_CLUSTER_OPTIONS, type ClusterResult } from './clusters.ts';
import { anercorpTrain, antSentences, aqmarTrain, cameoActors, countryNames, entityPhrases, splitDev, triggerPhrases, wikiann } from './data.ts';
import { DEFAULT_FEATURES, FeatureExtractor, type FeatureConfig } from './features.ts';
import { rng } from './hash.ts';
import { GAZ, Lexicon, type LexiconData } from './lexicon.ts';
import { PerceptronTrainer, type Weights } from './model.ts';
import { Scorer, type NerScore } from './score.ts';
import { Tagger } from './tagger.ts';

export const LABELS = ['O', ...['PER', 'LOC', 'ORG', 'MISC'].flatMap((t) => ['B', 'I', 'E', 'S'].map((p) => `${p}-${t}`))];

export const CLUSTERS_PATH = (): string => repoPath('models', 'ner', 'clusters.json.gz');

export interface TrainOptions {
  epochs: number;
  seed: number;
  rowBits: number;
  features: FeatureConfig;
  /** Add AQMAR train sentences to the training data. */
  aqmar: boolean;
  /** Add WikiANN train sentences (silver) to the training data. */
  wikiann: boolean;
  /** After picking the epoch on dev, retrain on train + dev. */
  final: boolean;
  rebuildClusters: boolean;
  log: (s: string) => void;
  progress?: (done: number, total: number, label: string) => void;
}

export const DEFAULT_TRAIN: TrainOptions = {
  epochs: 12,
  seed: 7,
  rowBits: 21,
  features: DEFAULT_FEATURES,
  aqmar: false,
  wikiann: false,
  final: true,
  rebuildClusters: false,
  log: () => {},
};

/** Loads the cached clusters, or learns them (a few minutes) and writes the cache. */
export function loadOrBuildClusters(rebuild: boolean, log: (s: string) => void): ClusterResult {
  const path = CLUSTERS_PATH();
  if (!rebuild && existsSync(path)) return JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as ClusterResult;
  log('learning word clusters from unlabelled text ...');
  const labelled: ConllSentence[] = [...anercorpTrain(), ...aqmarTrain(), ...wikiann('train'), ...wikiann('dev')];
  function* all(): Generator<string[]> {
    yield* antSentences();
    for (const s of labelled) yield s.tokens.map((t) => norm(t));
  }
  const res = learnClusters(all(), DEFAULT_CLUSTER_OPTIONS, log);
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
  for (const [p, t] of entityPhrases(aqmarTrain())) if (abit[t] !== undefined) add(p, 1 << abit[t]!);
  for (const [p, f] of triggerPhrases()) add(p, f);
  return [...flags.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export function buildLexicon(opts: Pick<TrainOptions, 'rebuildClusters' | 'log'>): Lexicon {
  const cl = loadOrBuildClusters(opts.rebuildClusters, opts.log);
  const phrases = buildGazetteers();
  opts.log(`lexicon: ${cl.words.length} clustered words, ${phrases.length} gazetteer phrases`);
  const data: LexiconData = { words: cl.words, freqs: cl.freqs, clusters: cl.clusters, phrases };
  return new Lexicon(data);
}

interface Prepared {
  feats: Uint32Array;
  starts: Int32Array;
  gold: Int32Array;
}

function prepare(sents: ConllSentence[], fx: FeatureExtractor): Prepared[] {
  const id = new Map(LABELS.map((l, i) => [l, i]));
  return sents.map((s) => {
    const { feats, starts } = fx.extract(s.tokens);
    const gold = Int32Array.from(bioToBioes(s.tags), (t) => id.get(t) ?? 0);
    return { feats, starts, gold };
  });
}

/** Tags every sentence with `weights` and scores against the gold tags. */
export function evaluate(weights: Weights, fx: FeatureExtractor, sents: ConllSentence[], prepared?: Prepared[]): NerScore {
  const sc = new Scorer();
  const L = weights.L;
  let e = new Float32Array(0);
  sents.forEach((s, i) => {
    const n = s.tokens.length;
    if (!n) return;
    const p = prepared?.[i] ?? { ...fx.extract(s.tokens), gold: new Int32Array(0) };
    if (e.length < n * L) e = new Float32Array(n * L);
    weights.emissions(p.feats, p.starts, n, e);
    const path = weights.viterbi(e, n);
    sc.add(s.tags, bioesToBio(Array.from(path, (k) => weights.labels[k]!)));
  });
  return sc.result();
}

function runEpochs(
  data: Prepared[],
  epochs: number,
  opts: TrainOptions,
  onEpoch?: (epoch: number, t: PerceptronTrainer) => void,
): PerceptronTrainer {
  const t = new PerceptronTrainer(LABELS, opts.rowBits);
  const r = rng(opts.seed);
  const order = Array.from({ length: data.length }, (_, i) => i);
  let maxN = 1;
  for (const d of data) maxN = Math.max(maxN, d.gold.length);
  const e = new Float32Array(maxN * LABELS.length);
  const pred = new Int32Array(maxN);
  for (let ep = 1; ep <= epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let tokens = 0;
    for (let k = 0; k < order.length; k++) {
      const d = data[order[k]!]!;
      if (!d.gold.length) continue;
      errors += t.step(d.feats, d.starts, d.gold, e, pred);
      tokens += d.gold.length;
      if (opts.progress && k % 200 === 0) opts.progress((ep - 1) * order.length + k, epochs * order.length, `epoch ${ep}`);
    }
    opts.log(`epoch ${ep}: training token error ${((100 * errors) / Math.max(1, tokens)).toFixed(2)}%`);
    onEpoch?.(ep, t);
  }
  return t;
}

export interface TrainResult {
  tagger: Tagger;
  dev: NerScore;
  bestEpoch: number;
  curve: { epoch: number; f1: number }[];
}

/** Trains a tagger; returns it with its dev score. Never reads the test split. */
export function trainNer(options: Partial<TrainOptions> = {}, lexicon?: Lexicon): TrainResult {
  const opts: TrainOptions = { ...DEFAULT_TRAIN, ...options };
  const log = opts.log;
  const t0 = Date.now();
  const { train, dev } = splitDev(anercorpTrain(), 0.1, 100, 1);
  log(`data: ${train.length} train sentences, ${dev.length} dev sentences (ANERcorp train, seeded blocks)`);
  const lex = lexicon ?? buildLexicon(opts);
  const fx = new FeatureExtractor(lex, opts.features);
  const extra: ConllSentence[] = [];
  if (opts.aqmar) extra.push(...aqmarTrain());
  if (opts.wikiann) extra.push(...wikiann('train').filter((s) => s.tokens[0] !== 'تحويل'));
  const trainData = prepare([...train, ...extra], fx);
  const devData = prepare(dev, fx);
  log(`features ready (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  let best = { f1: -1, epoch: 0, weights: null as Weights | null, score: null as NerScore | null };
  const curve: { epoch: number; f1: number }[] = [];
  runEpochs(trainData, opts.epochs, opts, (ep, t) => {
    const w = t.averaged();
    const s = evaluate(w, fx, dev, devData);
    curve.push({ epoch: ep, f1: s.f1 });
    log(`epoch ${ep}: dev F1 ${s.f1.toFixed(2)} (P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)})`);
    if (s.f1 > best.f1) best = { f1: s.f1, epoch: ep, weights: w, score: s };
  });
  let weights = best.weights!;
  if (opts.final) {
    log(`retraining on train + dev for ${best.epoch} epochs`);
    const all = prepare([...train, ...dev, ...extra], fx);
    weights = runEpochs(all, best.epoch, opts).averaged();
  }
  const info = {
    trained: 'ANERcorp (CAMeL split) train' + (opts.final ? ' incl. carved dev' : ' minus carved dev') + (opts.aqmar ? ' + AQMAR train' : '') + (opts.wikiann ? ' + WikiANN train' : ''),
    epochs: best.epoch,
    seed: opts.seed,
    dev_f1: best.f1,
    features: opts.features,
    seconds: Math.round((Date.now() - t0) / 1000),
  };
  const tagger = new Tagger(weights, lex, opts.features, info);
  log(`done in ${info.seconds}s: best dev F1 ${best.f1.toFixed(2)} at epoch ${best.epoch}`);
  return { tagger, dev: best.score!, bestEpoch: best.epoch, curve };
}
