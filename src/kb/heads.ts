/** Nouns that introduce a quoted name (`مشروع “...”`), from `data/kb/name-heads.txt`, by stem key. */
import { readFileSync } from 'node:fs';
import { repoPath } from '../core/paths.ts';
import { keyUnits } from './keys.ts';

export const HEADS_FILE = repoPath('data', 'kb', 'name-heads.txt');
let HEADS: Map<string, string> | undefined;

/** Stem key -> kind (`project`, `event`, `work`) or `stop`. */
export function nameHeads(): ReadonlyMap<string, string> {
  if (HEADS) return HEADS;
  const out = new Map<string, string>();
  let text = '';
  try {
    text = readFileSync(HEADS_FILE, 'utf8');
  } catch {
    text = '';
  }
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [w, kind] = line.split('|').map((s) => s.trim());
    const k = w ? keyUnits(w)[0]?.stem : undefined;
    if (k && kind) out.set(k, kind);
  }
  HEADS = out;
  return out;
}
