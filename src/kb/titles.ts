/** Person titles (`الرئيس`, `وزير الخارجية`) from `data/kb/titles.txt`, as key sequences. */
import { dataLines } from '../core/datafile.ts';
import { repoPath } from '../core/paths.ts';
import { norm } from '../ar/normalize.ts';
import { phraseKeys } from './keys.ts';

export interface Title {
  /** First unit's stem key, then later units as `prefix+stem` keys. */
  keys: string[];
  en: string;
  /** A form of address (`الشيخ`) that may follow a fuller title (`أمير قطر الشيخ ...`). */
  honorific?: boolean;
  /** Set when another title has the same keys and differs by the article (`الأمير` Prince,
   * `أمير` Emir): the text must agree on it. */
  def?: boolean;
}

let TITLES: Title[] | undefined;

export function titles(): Title[] {
  if (TITLES) return TITLES;
  const out: Title[] = [];
  for (const line of dataLines(repoPath('data', 'kb', 'titles.txt'))) {
    const [ar, en, flag] = line.split(' | ').map((s) => s.trim());
    if (!ar || !en) continue;
    const keys = phraseKeys(ar);
    if (!keys.length) continue;
    out.push({ keys, en, ...(flag === 'honorific' ? { honorific: true } : {}), ar: norm(ar) } as Title);
  }
  const seen = new Map<string, Title[]>();
  for (const t of out) {
    const k = t.keys.join(' ');
    seen.set(k, [...(seen.get(k) ?? []), t]);
  }
  for (const [, same] of seen) if (same.length > 1) for (const t of same) t.def = (t as Title & { ar?: string }).ar!.startsWith('ال');
  for (const t of out) delete (t as Title & { ar?: string }).ar;
  out.sort((a, b) => b.keys.length - a.keys.length);
  TITLES = out;
  return out;
}
