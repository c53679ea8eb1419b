/**
 * Topic cue lexicon: Marsad's curated Arabic cues (`data/topics/lexicon.tsv`) plus IPTC's own
 * Arabic labels (from the vocabulary), matched over an article's stem keys.
 *
 * Matching is longest-first at each position: `الأمن الرقمي` (computer security) wins over
 * `الأمن` (national security) and consumes both words.
 */
import { dataLines } from '../core/datafile.ts';
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
  /** Context the cue needs or must not have (`data/topics/context.tsv`). */
  rules?: ContextRule[];
}

/**
 * A context condition on a cue: `unless` drops the cue when one of `words` occurs in the
 * window, `requires` drops it when none does. The window is `n` stems before the cue
 * (`after`: the cue comes after the word), after it (`before`), or on both sides (`near`).
 */
export interface ContextRule {
  kind: 'unless' | 'requires';
  where: 'after' | 'before' | 'near';
  n: number;
  /** Word keys; a trailing `*` matches any word starting with it; `#num` matches a number. */
  words: string[];
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
export const CONTEXT_FILE = repoPath('data', 'topics', 'context.tsv');

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

/** One rule line's condition: `unless-near:6`, `requires-near:10`, `unless-after:2`. */
export function parseRule(spec: string, words: string): ContextRule {
  const m = /^(unless|requires)-(after|before|near):(\d+)$/.exec(spec.trim());
  if (!m) throw new MarsadError('E_MODEL', `topic context rule "${spec}" is not (unless|requires)-(after|before|near):N`);
  const ws = words
    .split('|')
    .map((w) => w.trim())
    .filter(Boolean)
    .map((w) => (w === '#num' ? w : w.endsWith('*') ? cueKey(w.slice(0, -1)) + '*' : cueKey(w)));
  return { kind: m[1] as ContextRule['kind'], where: m[2] as ContextRule['where'], n: Number(m[3]), words: ws };
}

/**
 * Context rules by topic and cue (`data/topics/context.tsv`): qcode, the cue's term (as written
 * in the lexicon or IPTC's label; `*` for every cue of the topic), the rule, the words.
 */
export function loadContextRules(file: string = CONTEXT_FILE): Map<string, { words: string; rule: ContextRule }[]> {
  const out = new Map<string, { words: string; rule: ContextRule }[]>();
  for (const line of dataLines(file)) {
    const [code, term, spec, words] = line.split('\t');
    if (!code || !term || !spec || !words) throw new MarsadError('E_MODEL', `${file}: a rule needs four tab-separated fields: ${line}`);
    const key = term.trim() === '*' ? '*' : term.trim().split(/\s+/).map((w) => cueKey(w.replace(/\*$/, ''))).join(' ');
    let l = out.get(code);
    if (!l) out.set(code, (l = []));
    l.push({ words: key, rule: parseRule(spec, words) });
  }
  return out;
}

/** Attaches context rules to the cues they name. */
export function attachRules(cues: Cue[], rules: Map<string, { words: string; rule: ContextRule }[]>): void {
  for (const c of cues) {
    const l = rules.get(c.code);
    if (!l) continue;
    const key = c.words.join(' ');
    const mine = l.filter((r) => r.words === '*' || r.words === key).map((r) => r.rule);
    if (mine.length) c.rules = mine;
  }
}

/** Reads the curated TSV and adds IPTC's Arabic labels (weight 1; 2 for multi-word labels). */
export function loadLexicon(vocab: Vocabulary, file: string = LEXICON_FILE, contextFile: string = CONTEXT_FILE): Lexicon {
  const cues: Cue[] = [];
  for (const line of dataLines(file, { required: 'topic lexicon' })) {
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
  attachRules(cues, loadContextRules(contextFile));
  return buildLexicon(cues);
}

const MIN_PREFIX = 3;

/** One more letter's step of the hash of a word's prefixes (`matchCues`). */
const hashStep = (h: number, code: number): number => (Math.imul(h, 31) + code) | 0;

/**
 * The first words of `word*` cues, per lexicon: their lengths and their hashes, so a stem's
 * prefix is looked up (and copied) only when one of them could be it.
 */
interface PrefixHeads {
  lengths: Set<number>;
  hashes: Set<number>;
}
const PREFIX_HEADS = new WeakMap<Lexicon, PrefixHeads>();

function prefixHeads(lex: Lexicon): PrefixHeads {
  let out = PREFIX_HEADS.get(lex);
  if (!out) {
    out = { lengths: new Set(), hashes: new Set() };
    for (const [k, cands] of lex.byFirst) {
      if (!cands.some((c) => c.prefix[0])) continue;
      let h = 0;
      for (let j = 0; j < k.length; j++) h = hashStep(h, k.charCodeAt(j));
      out.lengths.add(k.length);
      out.hashes.add(h);
    }
    PREFIX_HEADS.set(lex, out);
  }
  return out;
}

/** Work buffer: hashes of the current stem's prefixes, `prefixHashBuf[L]` for its first `L` letters. */
let prefixHashBuf = new Int32Array(64);

/** All cue hits in `stems`, longest match first at each position. */
export function matchCues(lex: Lexicon, stems: Stem[]): CueHit[] {
  const hits: CueHit[] = [];
  const { lengths: lens, hashes: heads } = prefixHeads(lex);
  for (let i = 0; i < stems.length; ) {
    const key = stems[i]!.key;
    let best: Cue[] = [];
    let bestLen = 0;
    if (prefixHashBuf.length <= key.length) prefixHashBuf = new Int32Array(2 * key.length + 1);
    const PH = prefixHashBuf;
    let h = 0;
    for (let j = 0; j < key.length; j++) PH[j + 1] = h = hashStep(h, key.charCodeAt(j));
    // Exact first word, then every prefix of it (for `word*` cues).
    for (let L = key.length; L >= MIN_PREFIX || L === key.length; L--) {
      // a shorter prefix can only match a `word*` cue: no lookup when none has that length, nor
      // when no such cue's first word has the prefix's hash (a prefix is copied only then)
      const cands = L === key.length ? lex.byFirst.get(key) : lens.has(L) && heads.has(PH[L]!) ? lex.byFirst.get(key.slice(0, L)) : undefined;
      if (cands) {
        for (const c of cands) {
          if (L !== key.length && !c.prefix[0]) continue;
          if (!matchesAt(c, stems, i)) continue;
          if (c.rules && !contextAllows(c, stems, i)) continue;
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

function wordHit(k: string, words: readonly string[]): boolean {
  for (const w of words) {
    if (w === '#num' ? /^\d/.test(k) : w.endsWith('*') ? k.startsWith(w.slice(0, -1)) : k === w) return true;
  }
  return false;
}

/** Do the cue's context rules allow it at stem `i`? */
export function contextAllows(c: Cue, stems: Stem[], i: number): boolean {
  const end = i + c.words.length;
  for (const r of c.rules ?? []) {
    const lo = r.where === 'before' ? end : Math.max(0, i - r.n);
    const hi = r.where === 'after' ? i : Math.min(stems.length, end + r.n);
    let found = false;
    for (let j = lo; j < hi && !found; j++) if ((j < i || j >= end) && wordHit(stems[j]!.key, r.words)) found = true;
    if (r.kind === 'unless' ? found : !found) return false;
  }
  return true;
}
