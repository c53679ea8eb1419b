/** Nouns that introduce a quoted name (`مشروع “...”`), from `data/kb/name-heads.txt`, by stem key. */
import { dataLines } from '../core/datafile.ts';
import { repoPath } from '../core/paths.ts';
import { keyUnits, phraseKeys } from './keys.ts';

export const HEADS_FILE = repoPath('data', 'kb', 'name-heads.txt');
let HEADS: Map<string, string> | undefined;

/** Stem key -> kind (`project`, `event`, `work`) or `stop`. */
export function nameHeads(): ReadonlyMap<string, string> {
  if (HEADS) return HEADS;
  const out = new Map<string, string>();
  for (const line of dataLines(HEADS_FILE)) {
    const [w, kind] = line.split('|').map((s) => s.trim());
    const k = w ? keyUnits(w)[0]?.stem : undefined;
    if (k && kind) out.set(k, kind);
  }
  HEADS = out;
  return out;
}

export const BODIES_FILE = repoPath('data', 'kb', 'bodies.txt');
let BODIES: { keys: string[]; en: string }[] | undefined;
let NOT_AFTER: Set<string> | undefined;

/** Words that, right before a body head, make it part of a person's title (`وزير الخارجية ...`). */
export function bodyNotAfter(): ReadonlySet<string> {
  if (!NOT_AFTER) bodyHeads();
  return NOT_AFTER!;
}

/** Government-body heads (`وزارة الدفاع`) with their English names, longest first (`data/kb/bodies.txt`). */
export function bodyHeads(): readonly { keys: string[]; en: string }[] {
  if (BODIES) return BODIES;
  const out: { keys: string[]; en: string }[] = [];
  NOT_AFTER = new Set();
  for (const line of dataLines(BODIES_FILE)) {
    if (line.startsWith('!')) {
      const k = keyUnits(line.slice(1).trim())[0];
      if (k) NOT_AFTER.add(k.whole);
      continue;
    }
    const [ar, en] = line.split('|').map((x) => x.trim());
    if (!ar || !en) continue;
    const keys = phraseKeys(ar);
    if (keys.length) out.push({ keys, en });
  }
  out.sort((a, b) => b.keys.length - a.keys.length);
  BODIES = out;
  return out;
}

export const COREF_HEADS_FILE = repoPath('data', 'kb', 'coref-heads.txt');
let COREF_HEADS: Set<string> | undefined;

/** Head nouns (`تحالف`, `حزب`) whose definite form alone refers back to a body named with them, by stem key (`data/kb/coref-heads.txt`). */
export function corefHeads(): ReadonlySet<string> {
  if (COREF_HEADS) return COREF_HEADS;
  const out = new Set<string>();
  for (const line of dataLines(COREF_HEADS_FILE)) {
    const k = keyUnits(line.trim())[0]?.stem;
    if (k) out.add(k);
  }
  COREF_HEADS = out;
  return out;
}
