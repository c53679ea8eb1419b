/**
 * Topic cue lexicon: Marsad's curated Arabic cues (`data/topics/lexicon.tsv`) plus IPTC's own
 * Arabic labels (from the vocabulary), matched over an article's stem keys.
 *
 * Matching is longest-first at each position: `الأمن الرقمي` (computer security) wins over
 * `الأمن` (national security) and consumes both words.
 */
import { readFileSync } from 'node:fs';
import { repoPath } from '../core/paths.ts';
import { MarsadError } from '../core/errors.ts';
import { norm } from '../ar/normalize.ts';
import type { Vocabulary } from './vocab.ts';
import type { Stem } from './features.ts';

export interface Cue {
  code: string;
  weight: number;
  /** Word patterns: exact keys, or prefixes when `prefix[i]`. */
  words: string[];
  prefix: boolean[];
  term: string;
}

export interface Lexicon {
  /** Cues indexed by their first word (exact) or its prefix. */
  byFirst: Map<string, Cue[]>;
  size: number;
}

export interface CueHit {
  code: string;
  weight: number;
  start: number;
  end: number;
  term: string;
}

export const LEXICON_FILE = repoPath('data', 'topics', 'lexicon.tsv');

/** Matching key of one lexicon word: normalised, article removed. */
export function cueKey(w: string): string {
  const n = norm(w);
  return n.length > 3 && n.startsWith('ال') ? n.slice(2) : n;
}

export function parseCue(code: string, weight: number, term: string): Cue | null {
  const parts = term.trim().split(/\s+/).filter(Boolean);
  if (!parts.length) return null;
  const prefix = parts.map((p) => p.endsWith('*'));
  const words = parts.map((p) => cueKey(p.replace(/\*$/, '')));
  if (words.some((w) => w.length < 2)) return null;
  return { code, weight, words, prefix, term: term.trim() };
}

export function buildLexicon(cues: Cue[]): Lexicon {
  const byFirst = new Map<string, Cue[]>();
  for (const c of cues) {
    const k = c.words[0]!;
    let l = byFirst.get(k);
    if (!l) byFirst.set(k, (l = []));
    l.push(c);
  }
  return { byFirst, size: cues.length };
}

/** Reads the curated TSV and adds IPTC's Arabic labels (weight 1; 2 for multi-word labels). */
export function loadLexicon(vocab: Vocabulary, file: string = LEXICON_FILE): Lexicon {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new MarsadError('E_MODEL', `topic lexicon ${file} is missing (${(e as Error).message})`);
  }
  const cues: Cue[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [code, w, terms] = line.split('\t');
    if (!code || !terms || !vocab.topics.has(code)) continue;
    for (const t of terms.split('|')) {
      const c = parseCue(code, Number(w) || 1, t);
      if (c) cues.push(c);
    }
  }
  for (const t of vocab.topics.values()) {
    for (const label of t.ar) {
      const c = parseCue(t.code, label.includes(' ') ? 2 : 1, label);
      if (c) cues.push(c);
    }
  }
  return buildLexicon(cues);
}

const MIN_PREFIX = 3;

/** All cue hits in `stems`, longest match first at each position. */
export function matchCues(lex: Lexicon, stems: Stem[]): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < stems.length; ) {
    const key = stems[i]!.key;
    let best: Cue[] = [];
    let bestLen = 0;
    // Exact first word, then every prefix of it (for `word*` cues).
    for (let L = key.length; L >= MIN_PREFIX || L === key.length; L--) {
      const cands = lex.byFirst.get(L === key.length ? key : key.slice(0, L));
      if (cands) {
        for (const c of cands) {
          if (L !== key.length && !c.prefix[0]) continue;
          if (!matchesAt(c, stems, i)) continue;
          if (c.words.length > bestLen) {
            best = [c];
            bestLen = c.words.length;
          } else if (c.words.length === bestLen) best.push(c);
        }
      }
      if (L <= MIN_PREFIX) break;
    }
    if (!bestLen) {
      i++;
      continue;
    }
    const start = stems[i]!.start;
    const end = stems[i + bestLen - 1]!.end;
    const seen = new Set<string>();
    for (const c of best) {
      if (seen.has(c.code)) continue;
      seen.add(c.code);
      hits.push({ code: c.code, weight: c.weight, start, end, term: c.term });
    }
    i += bestLen;
  }
  return hits;
}

function matchesAt(c: Cue, stems: Stem[], i: number): boolean {
  if (i + c.words.length > stems.length) return false;
  for (let j = 0; j < c.words.length; j++) {
    const k = stems[i + j]!.key;
    const w = c.words[j]!;
    if (c.prefix[j] ? !k.startsWith(w) : k !== w) return false;
  }
  return true;
}
