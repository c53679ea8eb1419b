/**
 * Distributional "name-likeness" of words, learned from unlabelled text.
 *
 * Arabic has no capital letters; what sets a name apart is how it behaves in running text.
 * A name rarely takes the article ال or a pronoun suffix (-ها، -هم), often follows a title
 * (الرئيس، وزير) or a verb of saying (قال), a place head (مدينة) or an organisation head
 * (وزارة، شركة). For every clitic-stripped core seen at least `MIN_COUNT` times, the share of
 * its occurrences in each of these contexts is counted and binned; the bins become word
 * features (`features.ts`, `likeness`), so a name never seen in labelled data still gets the
 * evidence of how the news corpus uses it.
 *
 * The result is a code per core (3 bits per statistic), kept in the lexicon (and so in the
 * model file).
 */
import type { Lexicon } from './lexicon.ts';

export const MIN_COUNT = 3;

/** Statistics, in code order (3 bits each). */
export const LIKENESS_STATS = ['freq', 'art', 'prefix', 'title', 'loc', 'org', 'suffix'] as const;
export type LikenessStat = (typeof LIKENESS_STATS)[number];

/** Share bins: 0, <2%, <10%, <30%, <60%, <90%, ≥90%. */
export function shareBin(x: number): number {
  return x <= 0 ? 0 : x < 0.02 ? 1 : x < 0.1 ? 2 : x < 0.3 ? 3 : x < 0.6 ? 4 : x < 0.9 ? 5 : 6;
}

/** Frequency bins: <10, <50, <300, <2000, more. */
export function freqBin(n: number): number {
  return n < 10 ? 0 : n < 50 ? 1 : n < 300 ? 2 : n < 2000 ? 3 : 4;
}

export function decodeLikeness(code: number): Record<LikenessStat, number> {
  const out = {} as Record<LikenessStat, number>;
  LIKENESS_STATS.forEach((s, i) => (out[s] = (code >>> (3 * i)) & 7));
  return out;
}

export interface LikenessContexts {
  /** Cores of the words before people: titles, verbs of saying. */
  title: Iterable<string>;
  /** Cores of place heads (مدينة، محافظة). */
  loc: Iterable<string>;
  /** Cores of organisation and event heads (وزارة، شركة، مؤتمر). */
  org: Iterable<string>;
}

const SUFFIXES = ['ها', 'هم', 'هما', 'كم', 'نا', 'هن'];

/**
 * Name-likeness codes of the cores of `sentences` (normalised tokens), split with `lex`.
 * Returns `[core, code]` pairs sorted by core.
 */
export function learnLikeness(sentences: Iterable<string[]>, lex: Lexicon, ctx: LikenessContexts): [string, number][] {
  const title = new Set(ctx.title);
  const loc = new Set(ctx.loc);
  const org = new Set(ctx.org);
  // n, art, prefix, title, loc, org per core
  const stats = new Map<string, Int32Array>();
  for (const toks of sentences) {
    let prev = '';
    for (const w of toks) {
      const sp = lex.split(w);
      const core = sp.core;
      let s = stats.get(core);
      if (!s) stats.set(core, (s = new Int32Array(6)));
      s[0]!++;
      if (sp.stem !== core) s[1]!++;
      if (sp.prefix) s[2]!++;
      if (title.has(prev)) s[3]!++;
      if (loc.has(prev)) s[4]!++;
      if (org.has(prev)) s[5]!++;
      prev = core;
    }
  }
  const count = (w: string) => stats.get(w)?.[0] ?? 0;
  const out: [string, number][] = [];
  for (const [core, s] of stats) {
    const n = s[0]!;
    if (n < MIN_COUNT || !/^[\u0621-\u064a]{2,}$/.test(core)) continue;
    // pronoun-suffixed forms of the core (a final ه is taa marbuta: حكومه -> حكومتها)
    const base = core.endsWith('ه') ? core.slice(0, -1) + 'ت' : core;
    let suf = 0;
    for (const x of SUFFIXES) suf += count(base + x);
    const bins = [freqBin(n), shareBin(s[1]! / n), shareBin(s[2]! / n), shareBin(s[3]! / n), shareBin(s[4]! / n), shareBin(s[5]! / n), shareBin(suf / (n + suf))];
    let code = 0;
    bins.forEach((b, i) => (code |= b << (3 * i)));
    out.push([core, code]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
