/**
 * Topic assignment: a naive Bayes classifier (trained on ANT news categories) decides among
 * the broad sections it knows; the cue lexicon finds the specific IPTC concepts the text
 * supports and, through their ancestors, the other top-level topics.
 *
 * Output: topics from the top level down to the deepest concept with enough evidence,
 * each `{code, label, score, level, parent, evidence}`; top-level topics first, by score.
 */
import { readFileSync } from 'node:fs';
import { repoPath } from '../core/paths.ts';
import { MarsadError } from '../core/errors.ts';
import { loadVocabulary, type Vocabulary } from './vocab.ts';
import { loadLexicon, matchCues, type CueHit, type Lexicon } from './lexicon.ts';
import { checkNB, predictNB, type NBModel } from './nb.ts';
import type { Stem } from './features.ts';

export interface Topic {
  code: string;
  /** IPTC English name. */
  label: string;
  score: number;
  /** 0 = IPTC top level. */
  level: number;
  parent: string | null;
  /** Up to three cue mentions that support the topic (offsets into the text). */
  evidence: { start: number; end: number }[];
}

/** ANT categories → IPTC top-level codes (`news` = internationalNews/middleEast: no topic). */
export const CLASS_TO_TOP: Readonly<Record<string, string | null>> = {
  culture: 'medtop:01000000',
  economy: 'medtop:04000000',
  sport: 'medtop:15000000',
  technology: 'medtop:13000000',
  news: null,
};

export const MODEL_FILE = repoPath('models', 'topics', 'nb.json');

export interface TopicModel {
  vocab: Vocabulary;
  lexicon: Lexicon;
  nb: NBModel | null;
}

export interface ClassifyOptions {
  /** Weight of the classifier against the lexicon for top-level topics (0..1). */
  nbWeight?: number;
  /** Evidence (sum of cue weights) a concept needs to be emitted. */
  minSupport?: number;
  /** Minimum score of a top-level topic without emitted descendants. */
  minTop?: number;
  maxTopics?: number;
}

export const DEFAULTS: Required<ClassifyOptions> = { nbWeight: 0.6, minSupport: 2, minTop: 0.3, maxTopics: 16 };

let cached: TopicModel | null = null;

export function loadTopicModel(): TopicModel {
  if (cached) return cached;
  const vocab = loadVocabulary();
  const lexicon = loadLexicon(vocab);
  let nb: NBModel | null = null;
  try {
    nb = checkNB(JSON.parse(readFileSync(MODEL_FILE, 'utf8')), MODEL_FILE);
  } catch (e) {
    if (e instanceof MarsadError) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new MarsadError('E_MODEL', `topic model ${MODEL_FILE} is corrupt`);
  }
  cached = { vocab, lexicon, nb };
  return cached;
}

/** Top-level scores only (for evaluation): classifier, lexicon, or both. */
export function topLevelScores(model: TopicModel, stems: Stem[], hits: CueHit[], nbWeight: number): Map<string, number> {
  const scores = new Map<string, number>();
  const lex = new Map<string, number>();
  let total = 0;
  for (const h of hits) {
    const top = model.vocab.top(h.code);
    lex.set(top, (lex.get(top) ?? 0) + h.weight);
    total += h.weight;
  }
  const w = model.nb ? nbWeight : 0;
  if (total > 0) for (const [t, v] of lex) scores.set(t, (1 - w) * (v / total));
  if (model.nb && w > 0) {
    const post = predictNB(model.nb, stems.map((s) => s.key));
    for (const [cls, p] of post) {
      const top = CLASS_TO_TOP[cls];
      if (top) scores.set(top, (scores.get(top) ?? 0) + w * p);
    }
  }
  return scores;
}

export function classify(model: TopicModel, stems: Stem[], opts: ClassifyOptions = {}): Topic[] {
  const o = { ...DEFAULTS, ...opts };
  const hits = matchCues(model.lexicon, stems);
  const top = topLevelScores(model, stems, hits, o.nbWeight);
  // Own support per concept, then aggregated support per concept (itself + descendants).
  const own = new Map<string, number>();
  const evidence = new Map<string, { start: number; end: number }[]>();
  for (const h of hits) {
    own.set(h.code, (own.get(h.code) ?? 0) + h.weight);
    for (const t of model.vocab.lineage(h.code)) {
      const ev = evidence.get(t.code) ?? [];
      if (ev.length < 3 && !ev.some((e) => e.start === h.start)) ev.push({ start: h.start, end: h.end });
      evidence.set(t.code, ev);
    }
  }
  const agg = new Map<string, number>();
  for (const [code, s] of own) for (const t of model.vocab.lineage(code)) agg.set(t.code, (agg.get(t.code) ?? 0) + s);

  const out = new Map<string, Topic>();
  const emit = (code: string, score: number) => {
    const t = model.vocab.topics.get(code);
    if (!t || out.has(code)) return;
    out.set(code, { code, label: t.name, score: round(score), level: t.level, parent: t.parent, evidence: evidence.get(code) ?? [] });
  };
  // Deep concepts with enough support, with their whole lineage.
  // Concepts named by the cues themselves (not only through descendants) with enough support.
  const deep = [...own.entries()].filter(([c, s]) => s >= o.minSupport && model.vocab.topics.get(c)!.level > 0);
  deep.sort((a, b) => b[1] - a[1]);
  for (const [code] of deep.slice(0, o.maxTopics)) {
    for (const t of model.vocab.lineage(code)) {
      if (t.level === 0) emit(t.code, Math.max(top.get(t.code) ?? 0, saturate(agg.get(t.code) ?? 0) * 0.5));
      else emit(t.code, saturate(agg.get(t.code) ?? 0));
    }
  }
  // Top-level topics the classifier (or lexicon) supports strongly on their own.
  for (const [code, s] of top) if (s >= o.minTop) emit(code, s);
  return [...out.values()].sort((a, b) => a.level - b.level || b.score - a.score);
}

/** Best top-level code (for evaluation). */
export function bestTop(model: TopicModel, stems: Stem[], nbWeight = DEFAULTS.nbWeight): string | null {
  const hits = matchCues(model.lexicon, stems);
  let best: string | null = null;
  let bs = -1;
  for (const [c, s] of topLevelScores(model, stems, hits, nbWeight)) if (s > bs) [best, bs] = [c, s];
  return best;
}

function saturate(s: number): number {
  return 1 - Math.exp(-s / 4);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
