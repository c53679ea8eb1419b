/**
 * Name lists harvested from unlabelled news by patterns (distant supervision): a word that
 * often comes right after a title (`الرئيس X`), an organisation head (`حركة X`) or a place
 * head (`مدينة X`) is probably a name of that type. Only words without the article are taken
 * (names rarely carry it; `رئيس الوزراء`, `وزارة الخارجية` are not names), and only when that
 * position is a good share of all their occurrences (`الوزراء` follows titles, but mostly
 * stands elsewhere).
 */
import type { Lexicon } from './lexicon.ts';

export interface HarvestOptions {
  /** Times a word must follow heads of one type. */
  minCount: number;
  /** Share of the word's occurrences that follow heads of that type. */
  minShare: number;
}

export const DEFAULT_HARVEST: HarvestOptions = { minCount: 3, minShare: 0.2 };

/** Words that never make a name on their own. */
const STOP = new Set(['في', 'من', 'الى', 'على', 'عن', 'مع', 'ان', 'او', 'ثم', 'قد', 'لا', 'لم', 'لن', 'ما', 'التي', 'الذي', 'حيث', 'كما', 'بعد', 'قبل', 'خلال', 'منذ', 'حتى', 'هو', 'هي', 'كان', 'قال', 'امس', 'اليوم', 'عام', 'بين', 'لدى', 'الى', 'اي', 'كل', 'هذا', 'هذه', 'ذلك', 'تلك', 'غير', 'نفسه', 'الذين']);

/**
 * Harvests `[core, type]` pairs from sentences of normalised tokens. `heads` maps each type to
 * its head words (normalised); a word is given the type whose heads it follows most.
 */
export function harvestNames(sentences: Iterable<string[]>, lex: Lexicon, heads: Record<string, string[]>, opts: HarvestOptions = DEFAULT_HARVEST): [string, string][] {
  const headType = new Map<string, string>();
  for (const [t, ws] of Object.entries(heads)) for (const w of ws) if (!headType.has(w)) headType.set(w, t);
  const total = new Map<string, number>();
  const after = new Map<string, Map<string, number>>();
  const count = (core: string, t: string) => {
    let m = after.get(core);
    if (!m) after.set(core, (m = new Map()));
    m.set(t, (m.get(t) ?? 0) + 1);
  };
  const nameLike = (w: string) => {
    const sp = lex.split(w);
    return sp.stem === sp.core && !sp.prefix && !headType.has(w) && !STOP.has(sp.core) && /^[\u0621-\u064a]{3,}$/.test(sp.core);
  };
  const hasArticle = (w: string) => {
    const sp = lex.split(w);
    return sp.stem !== sp.core;
  };
  for (const s of sentences) {
    for (const w of s) {
      const core = lex.split(w).core;
      total.set(core, (total.get(core) ?? 0) + 1);
    }
    for (let i = 0; i < s.length; i++) {
      const t = headType.get(s[i]!);
      if (!t) continue;
      // skip up to two adjectives with the article (الرئيس الامريكي X), then take up to two name-like words
      let j = i + 1;
      for (let k = 0; k < 2 && j < s.length && hasArticle(s[j]!) && !headType.has(s[j]!); k++) j++;
      for (let k = 0; k < 2 && j < s.length && nameLike(s[j]!); k++, j++) count(lex.split(s[j]!).core, t);
    }
  }
  const out: [string, string][] = [];
  for (const [core, m] of after) {
    let best = '';
    let n = 0;
    for (const [t, c] of m) if (c > n || (c === n && t < best)) [best, n] = [t, c];
    if (n >= opts.minCount && n >= opts.minShare * (total.get(core) ?? 1)) out.push([core, best]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
