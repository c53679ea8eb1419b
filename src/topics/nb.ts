/**
 * Multinomial naive Bayes over stem keys (Laplace smoothing), small enough to commit as JSON.
 *
 * Model file (`models/topics/nb.json`): `{format:'marsad.nb/1', classes, prior[c], unk[c],
 * words: {key: [logP(key|c) for c]}}`. Only the `vocabSize` most frequent keys (document
 * frequency ≥ `minDf`) are kept; other keys are ignored at prediction time.
 */
import { MarsadError } from '../core/errors.ts';

export interface NBModel {
  format: 'marsad.nb/1';
  classes: string[];
  prior: number[];
  words: Record<string, number[]>;
}

export interface TrainOptions {
  vocabSize?: number;
  minDf?: number;
  alpha?: number;
}

export function trainNB(docs: { keys: string[]; label: string }[], opts: TrainOptions = {}): NBModel {
  const { vocabSize = 12000, minDf = 3, alpha = 0.5 } = opts;
  const classes = [...new Set(docs.map((d) => d.label))].sort();
  const ci = new Map(classes.map((c, i) => [c, i]));
  const df = new Map<string, number>();
  for (const d of docs) for (const k of new Set(d.keys)) df.set(k, (df.get(k) ?? 0) + 1);
  const vocab = [...df.entries()]
    .filter(([, n]) => n >= minDf)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, vocabSize)
    .map(([k]) => k);
  const vi = new Map(vocab.map((k, i) => [k, i]));
  const counts = classes.map(() => new Float64Array(vocab.length));
  const totals = new Float64Array(classes.length);
  const docCount = new Float64Array(classes.length);
  for (const d of docs) {
    const c = ci.get(d.label)!;
    docCount[c]!++;
    for (const k of d.keys) {
      const i = vi.get(k);
      if (i === undefined) continue;
      counts[c]![i]!++;
      totals[c]!++;
    }
  }
  const words: Record<string, number[]> = {};
  vocab.forEach((k, i) => {
    words[k] = classes.map((_, c) => round(Math.log((counts[c]![i]! + alpha) / (totals[c]! + alpha * vocab.length))));
  });
  const prior = classes.map((_, c) => round(Math.log(docCount[c]! / docs.length)));
  return { format: 'marsad.nb/1', classes, prior, words };
}

/** The model's word table as a Map, per model (a lookup in a large object costs more than in a Map). */
const WORD_MAPS = new WeakMap<NBModel, Map<string, number[]>>();
/** Names an object lookup finds on any object (`constructor`): looked up as before, in `model.words`. */
const INHERITED = new Set<string>(Object.getOwnPropertyNames(Object.prototype));

function wordMap(model: NBModel): Map<string, number[]> {
  let m = WORD_MAPS.get(model);
  if (!m) WORD_MAPS.set(model, (m = new Map(Object.entries(model.words))));
  return m;
}

/** Posterior probabilities per class (log-likelihoods scaled by 1/√n so long articles are not over-confident). */
export function predictNB(model: NBModel, keys: string[]): Map<string, number> {
  const ll = [...model.prior];
  let n = 0;
  const words = wordMap(model);
  for (const k of keys) {
    const w = words.get(k) ?? (INHERITED.has(k) ? model.words[k] : undefined);
    if (!w) continue;
    n++;
    for (let c = 0; c < ll.length; c++) ll[c]! += w[c]!;
  }
  // Temper: divide the evidence part by sqrt(n) to keep posteriors informative.
  const scale = n > 0 ? 1 / Math.sqrt(n) : 1;
  const z = ll.map((v, c) => model.prior[c]! + (v - model.prior[c]!) * scale);
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return new Map(model.classes.map((c, i) => [c, e[i]! / s]));
}

export function checkNB(json: unknown, file: string): NBModel {
  const m = json as Partial<NBModel>;
  if (!m || m.format !== 'marsad.nb/1' || !Array.isArray(m.classes) || !Array.isArray(m.prior) || typeof m.words !== 'object') {
    throw new MarsadError('E_MODEL', `topic model ${file} is not a marsad.nb/1 model`);
  }
  return m as NBModel;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
