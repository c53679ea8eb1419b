/** Person titles (`الرئيس`, `وزير الخارجية`) from `data/kb/titles.txt`, as key sequences. */
import { readFileSync } from 'node:fs';
import { repoPath } from '../core/paths.ts';
import { keyUnits, laterKey } from './keys.ts';

export interface Title {
  /** First unit's stem key, then later units as `prefix+stem` keys. */
  keys: string[];
  en: string;
}

let TITLES: Title[] | undefined;

export function titles(): Title[] {
  if (TITLES) return TITLES;
  const out: Title[] = [];
  let raw = '';
  try {
    raw = readFileSync(repoPath('data', 'kb', 'titles.txt'), 'utf8');
  } catch {
    raw = '';
  }
  for (const line of raw.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [ar, en] = line.split(' | ').map((s) => s.trim());
    if (!ar || !en) continue;
    const units = keyUnits(ar);
    if (!units.length) continue;
    out.push({ keys: [units[0]!.stem, ...units.slice(1).map(laterKey)], en });
  }
  out.sort((a, b) => b.keys.length - a.keys.length);
  TITLES = out;
  return out;
}
