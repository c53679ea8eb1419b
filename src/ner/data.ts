/**
 * Training data for the NER tagger, all read from the shared data folder (`../shared`):
 * labelled corpora, the unlabelled text used for clusters, and the gazetteer sources.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { norm } from '../ar/normalize.ts';
import { tokenize } from '../ar/tokenize.ts';
import { dataSections } from '../core/datafile.ts';
import { MarsadError } from '../core/errors.ts';
import { repoPath, sharedAvailable, sharedPath } from '../core/paths.ts';
import { bioSpans, readConll, type ConllSentence } from './conll.ts';
import { rng } from './hash.ts';
import { GAZ } from './lexicon.ts';

export function requireShared(...parts: string[]): string {
  if (!sharedAvailable(...parts)) throw new MarsadError('E_INPUT_NOT_FOUND', `shared data not found: ${sharedPath(...parts)}`);
  return sharedPath(...parts);
}

export function anercorpTrain(): ConllSentence[] {
  return readConll(requireShared('data', 'ner', 'anercorp-camel', 'train.txt'));
}

/** AQMAR (Wikipedia) train split, with MIS mapped to MISC. */
export function aqmarTrain(): ConllSentence[] {
  return readConll(requireShared('data', 'ner', 'aqmar', 'train.txt'));
}

export function wikiann(split: 'train' | 'dev'): ConllSentence[] {
  return readConll(requireShared('data', 'ner', 'wikiann-ar', `${split}.tsv`));
}

/**
 * Carves a dev set from `sentences` by contiguous blocks: the sentences are cut into
 * blocks of `blockSize`, and a seeded `fraction` of the blocks goes to dev.
 */
export function splitDev(sentences: ConllSentence[], fraction = 0.1, blockSize = 100, seed = 1): { train: ConllSentence[]; dev: ConllSentence[] } {
  const nBlocks = Math.ceil(sentences.length / blockSize);
  const order = Array.from({ length: nBlocks }, (_, i) => i);
  const r = rng(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const devBlocks = new Set(order.slice(0, Math.max(1, Math.round(nBlocks * fraction))));
  const train: ConllSentence[] = [];
  const dev: ConllSentence[] = [];
  sentences.forEach((s, i) => (devBlocks.has(Math.floor(i / blockSize)) ? dev : train).push(s));
  return { train, dev };
}

/**
 * The last `fraction` of `sentences` as dev, the rest as train: a dev set of different
 * stories (like a test split), where the block split keeps neighbouring blocks of the same
 * stories on both sides.
 */
export function splitTail(sentences: ConllSentence[], fraction = 0.15): { train: ConllSentence[]; dev: ConllSentence[] } {
  const cut = Math.round(sentences.length * (1 - fraction));
  return { train: sentences.slice(0, cut), dev: sentences.slice(cut) };
}

/** AQMAR (Wikipedia) dev split: an out-of-domain check, never trained on. */
export function aqmarDev(): ConllSentence[] {
  return readConll(requireShared('data', 'ner', 'aqmar', 'dev.txt'));
}

/** A seeded random `fraction` of `items` (order kept): a sub-sample of a large corpus. */
export function subsample<T>(items: T[], fraction: number, seed = 1): T[] {
  if (fraction >= 1) return items;
  const r = rng(seed);
  return items.filter(() => r() < fraction);
}

/** Unlabelled sentences (normalised tokens, or raw with `raw`) from the ANT news corpus: title, abstract and text. */
export function* antSentences(raw = false): Generator<string[]> {
  const root = requireShared('data', 'ant-corpus-multisource');
  const files: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.txt')) files.push(p);
    }
  };
  walk(root);
  const re = /<(TITLE|ABSTRACT|TEXT)>([\s\S]*?)<\/\1>/g;
  for (const f of files) {
    const raw = readFileSync(f, 'utf8');
    for (const m of raw.matchAll(re)) {
      for (const line of m[2]!.split(/\n+/)) {
        const toks = tokenize(line).map((t) => (raw ? line.slice(t.start, t.end) : t.norm));
        if (toks.length) yield toks;
      }
    }
  }
}

/** Raw entity phrases of a labelled corpus with their (mapped) type. */
export function entityPhrases(sents: ConllSentence[]): [string, string][] {
  const out: [string, string][] = [];
  for (const s of sents) {
    for (const sp of bioSpans(s.tags)) out.push([s.tokens.slice(sp.start, sp.end).join(' '), sp.type]);
  }
  return out;
}

/** Country names in Arabic from i18n-iso-countries, world-countries and Intl.DisplayNames. */
export function countryNames(): string[] {
  const req = createRequire(import.meta.url);
  const names = new Set<string>();
  try {
    const iso = req('i18n-iso-countries') as { getNames(l: string, o?: { select: string }): Record<string, string | string[]>; registerLocale?: unknown };
    for (const v of Object.values(iso.getNames('ar', { select: 'all' }))) for (const n of [v].flat()) names.add(n);
  } catch {
    /* optional */
  }
  try {
    const wc = req('world-countries') as { cca2: string; translations?: Record<string, { official: string; common: string }> }[];
    for (const c of wc) {
      const t = c.translations?.ara;
      if (t) {
        names.add(t.common);
        names.add(t.official);
      }
    }
  } catch {
    /* optional */
  }
  try {
    const dn = new Intl.DisplayNames(['ar'], { type: 'region' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const n = dn.of(code);
        if (n && n !== code) names.add(n);
      }
    }
  } catch {
    /* optional */
  }
  return [...names].filter((n) => /[\u0600-\u06ff]/.test(n));
}

/** CAMEO actor dictionary entries (`_`-joined lemmas) as phrases; dated entries are mostly people. */
export function cameoActors(): [string, number][] {
  const p = sharedPath('data', 'cameo-dictionaries-arabic', 'actor_dict_ar_v4.txt');
  if (!sharedAvailable('data', 'cameo-dictionaries-arabic', 'actor_dict_ar_v4.txt')) return [];
  const lines = readFileSync(p, 'utf8').split('\n');
  const out: [string, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim() || /^\s/.test(line) || line.startsWith('#')) continue;
    const m = /^([^\s\[]+)/.exec(line.trim());
    if (!m) continue;
    const phrase = m[1]!.split('_').filter(Boolean).join(' ');
    if (!phrase || phrase.length < 2) continue;
    const dated = !line.includes('[') && /^\s/.test(lines[i + 1] ?? '');
    out.push([phrase, (1 << GAZ.CAMEO) | (dated ? 1 << GAZ.CAMEO_DATED : 0)]);
  }
  return out;
}

/** Trigger words (`data/ner/triggers.txt`): titles before people, words that open organisation and place names. */
export const TRIGGERS_FILE = repoPath('data', 'ner', 'triggers.txt');

export function triggers(): Record<'PER' | 'ORG' | 'LOC' | 'MISC' | 'SPORT', string[]> {
  const s = dataSections(TRIGGERS_FILE, { required: 'NER trigger list' });
  return { PER: s.get('PER') ?? [], ORG: s.get('ORG') ?? [], LOC: s.get('LOC') ?? [], MISC: s.get('MISC') ?? [], SPORT: s.get('SPORT') ?? [] };
}

export function triggerPhrases(): [string, number][] {
  const bit = { PER: GAZ.TRIG_PER, ORG: GAZ.TRIG_ORG, LOC: GAZ.TRIG_LOC, MISC: GAZ.TRIG_MISC, SPORT: GAZ.SPORT } as const;
  const out: [string, number][] = [];
  for (const [t, words] of Object.entries(triggers()) as [keyof typeof bit, string[]][]) for (const w of words) out.push([norm(w), 1 << bit[t]]);
  return out;
}
