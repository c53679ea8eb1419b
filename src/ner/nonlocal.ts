/**
 * Document-level ("non-local") features for the second tagging pass (after Krishnan &
 * Manning 2006, Ratinov & Roth 2009): a name tagged once is usually the same kind of
 * name everywhere in the article. For each token, the first pass's labels of the *other*
 * occurrences of the same core in the document (or in a window of neighbouring sentences
 * when there are no document boundaries, as in ANERcorp) become atoms such as
 * `nl:PER:h` (mostly tagged PER elsewhere) or `nl:O` (never tagged elsewhere). The
 * first-pass types of the two neighbours on each side are added too (`nb-1:LOC`): lists
 * and coordinations (`باكو – تبليسي – قارص`) share a type.
 */
import { hashStr } from './hash.ts';
import type { FeatureExtractor } from './features.ts';

const TYPES = ['PER', 'LOC', 'ORG', 'MISC'];
const TYPE_ID: Record<string, number> = { PER: 1, LOC: 2, ORG: 3, MISC: 4 };
const ATOM_O = hashStr('nl:O');
const ATOM_T: number[][] = TYPES.map((t) => ['h', 'm', 'l'].map((b) => hashStr(`nl:${t}:${b}`)));
const ATOM_TT: number[] = TYPES.map((t) => hashStr(`nl:${t}`));
const ATOM_B: number[] = TYPES.map((t) => hashStr(`nl:B:${t}`));
/** First-pass type of the neighbours at -2, -1, +1, +2 (list and coordination context). */
const ATOM_NB: Record<string, number>[] = [-2, -1, 1, 2].map((o) => Object.fromEntries(TYPES.map((t) => [t, hashStr(`nb${o}:${t}`)])));

function isWordy(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return (c >= 0x621 && c <= 0x64a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x671 && c <= 0x6d3);
}

/** `ATOM_NB` as arrays: [offset index][type id - 1]. */
const NB: number[][] = ATOM_NB.map((m) => TYPES.map((t) => m[t]!));
const NB_OFF = [-2, -1, 1, 2];

/** Tag -> 0 (O or empty), 1..4 (type id) or 5 (another type); cached per tag string. */
const tagIds = new Map<string, number>();
function tagId(t: string): number {
  let id = tagIds.get(t);
  if (id === undefined) {
    id = !t || t === 'O' ? 0 : TYPE_ID[t.slice(2)] ?? 5;
    if (tagIds.size < 1000) tagIds.set(t, id);
  }
  return id;
}

/** Counts per core: [O, PER, LOC, ORG, MISC, begins]. */
type Counts = Map<number, Int32Array>;

function addSentence(counts: Counts, cores: Int32Array, wordy: Uint8Array, tags: readonly string[], sign: number): void {
  for (let i = 0; i < cores.length; i++) {
    if (!wordy[i]) continue;
    const k = cores[i]!;
    let c = counts.get(k);
    if (!c) counts.set(k, (c = new Int32Array(6)));
    const t = tags[i]!;
    const id = t === 'O' ? 0 : TYPE_ID[t.slice(2)] ?? 0;
    c[id]! += sign;
    if (t[0] === 'B') c[5]! += sign;
  }
}

/**
 * Non-local atoms for every token of `sents`, given first-pass BIO `tags`.
 * `windowTokens` = 0: the sentences form one document; otherwise each sentence sees the
 * sentences within about `windowTokens` tokens before and after it.
 */
export function nonlocalAtoms(
  fx: FeatureExtractor,
  sents: readonly (readonly string[])[],
  tags: readonly (readonly string[])[],
  windowTokens = 0,
  infos?: readonly (readonly { core: number }[] | undefined)[],
): (Uint32Array | null)[][] {
  const n = sents.length;
  // core hashes: from the token infos when the caller has them (the same values as `coreHash`)
  // (plain loops: `TypedArray.from` with a mapping function takes V8's slow iterator path)
  const cores = sents.map((s, i) => {
    const inf = infos?.[i];
    const c = new Int32Array(s.length);
    if (inf && inf.length === s.length) for (let j = 0; j < c.length; j++) c[j] = inf[j]!.core | 0;
    else for (let j = 0; j < c.length; j++) c[j] = fx.coreHash(s[j]!) | 0;
    return c;
  });
  const wordy = sents.map((s) => {
    const w = new Uint8Array(s.length);
    for (let j = 0; j < w.length; j++) w[j] = isWordy(s[j]!) ? 1 : 0;
    return w;
  });
  const counts: Counts = new Map();
  const out: (Uint32Array | null)[][] = new Array(n);
  let lo = 0;
  let hi = 0;
  const lens = sents.map((s) => s.length);
  for (let i = 0; i < n; i++) {
    let wantLo = 0;
    let wantHi = n;
    if (windowTokens > 0) {
      wantLo = i;
      let t = 0;
      while (wantLo > 0 && t + lens[wantLo - 1]! <= windowTokens) t += lens[--wantLo]!;
      wantHi = i + 1;
      t = 0;
      while (wantHi < n && t + lens[wantHi]! <= windowTokens) t += lens[wantHi++]!;
    }
    while (hi < wantHi) addSentence(counts, cores[hi]!, wordy[hi]!, tags[hi]!, 1), hi++;
    while (lo < wantLo) addSentence(counts, cores[lo]!, wordy[lo]!, tags[lo]!, -1), lo++;
    const s = sents[i]!;
    const row: (Uint32Array | null)[] = new Array(s.length).fill(null);
    const tg = tags[i]!;
    const tl = tg.length;
    const ids = new Uint8Array(tl);
    for (let j = 0; j < tl; j++) ids[j] = tagId(tg[j] ?? '');
    const nb = new Uint32Array(4);
    for (let j = 0; j < s.length; j++) {
      let nbn = 0;
      for (let k = 0; k < 4; k++) {
        const q = j + NB_OFF[k]!;
        if (q < 0 || q >= tl) continue;
        const id = ids[q]!;
        if (id) nb[nbn++] = id <= 4 ? NB[k]![id - 1]! : 0;
      }
      if (nbn) row[j] = nb.slice(0, nbn);
      if (!wordy[i]![j]) continue;
      const c = counts.get(cores[i]![j]!);
      if (!c) continue;
      const t = tg[j]!;
      const tid = j < tl ? ids[j]! : 0;
      const own = tid <= 4 ? tid : 0;
      const ownB = t[0] === 'B' ? 1 : 0;
      let tot = 0;
      let ent = 0;
      let best = 0;
      let bestN = 0;
      for (let k = 0; k <= 4; k++) {
        const v = c[k]! - (k === own ? 1 : 0);
        tot += v;
        if (k > 0) {
          ent += v;
          if (v > bestN) {
            bestN = v;
            best = k;
          }
        }
      }
      if (tot <= 0) continue;
      if (ent === 0) {
        const r = new Uint32Array(1 + nbn);
        r[0] = ATOM_O;
        for (let k = 0; k < nbn; k++) r[1 + k] = nb[k]!;
        row[j] = r;
        continue;
      }
      const frac = ent / tot;
      const b = frac >= 0.75 ? 0 : frac >= 0.4 ? 1 : 2;
      const withB = c[5]! - ownB > 0;
      const r = new Uint32Array(2 + nbn + (withB ? 1 : 0));
      r[0] = ATOM_T[best - 1]![b]!;
      r[1] = ATOM_TT[best - 1]!;
      for (let k = 0; k < nbn; k++) r[2 + k] = nb[k]!;
      if (withB) r[2 + nbn] = ATOM_B[best - 1]!;
      row[j] = r;
    }
    out[i] = row;
  }
  return out;
}
