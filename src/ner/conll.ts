/**
 * CoNLL reading and tag-scheme conversions for NER.
 *
 * Input: one `token TAG` pair per line (space or tab separated; the tag is the last
 * field), a blank line between sentences. Label variants are mapped to Marsad's four
 * types (PERS -> PER, MIS -> MISC, ...). Conversions between tag schemes are small pure
 * functions: `toBio2` (IOB1/loose -> strict BIO2), `bioToBioes`, `bioesToBio`,
 * `bioSpans` (conlleval semantics: an `I-X` after `O` or after another type starts an entity).
 */
import { readFileSync } from 'node:fs';
import type { EntityType } from '../core/doc.ts';
import { MarsadError } from '../core/errors.ts';

export interface ConllSentence {
  tokens: string[];
  tags: string[];
  /** 1-based line number of the first token. */
  line: number;
}

/** A typed token range `[start, end)` over a sentence's tokens. */
export interface TagSpan {
  start: number;
  end: number;
  type: string;
}

const TYPE_MAP: Record<string, EntityType> = {
  PER: 'PER',
  PERS: 'PER',
  PERSON: 'PER',
  LOC: 'LOC',
  LOCATION: 'LOC',
  GPE: 'LOC',
  ORG: 'ORG',
  ORGANIZATION: 'ORG',
  MISC: 'MISC',
  MIS: 'MISC',
  MIS0: 'MISC',
  MIS1: 'MISC',
  MIS2: 'MISC',
  MIS3: 'MISC',
};

/** Maps a type name variant to Marsad's type, or null if unknown. */
export function mapType(t: string): EntityType | null {
  return TYPE_MAP[t.toUpperCase()] ?? null;
}

/**
 * Normalises one tag: `B-PERS` -> `B-PER`, `I-MIS` -> `I-MISC`, `O` -> `O`, `S-LOC`/`E-LOC`
 * kept as BIOES. Returns null for a tag it cannot read.
 */
export function normalizeTag(tag: string): string | null {
  if (tag === 'O') return 'O';
  const m = /^([BIES])[-_](.+)$/.exec(tag);
  if (!m) return null;
  const t = mapType(m[2]!);
  return t ? `${m[1]}-${t}` : null;
}

/** Parses CoNLL text. Throws `E_CONLL` naming the first malformed line. */
export function parseConll(text: string, name = 'input'): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence | null = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (i === 0 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line.trim() === '') {
      if (cur) out.push(cur);
      cur = null;
      continue;
    }
    if (line.startsWith('-DOCSTART-')) continue;
    const parts = line.split(/[ \t]+/).filter((p) => p.length > 0);
    if (parts.length < 2) {
      throw new MarsadError('E_CONLL', `${name}:${i + 1}: expected "token TAG", got ${JSON.stringify(line.slice(0, 60))}`);
    }
    const raw = parts[parts.length - 1]!;
    const tag = normalizeTag(raw);
    if (tag === null) {
      throw new MarsadError('E_CONLL', `${name}:${i + 1}: unknown tag ${JSON.stringify(raw)} (expected O or B-/I- + PER|PERS|LOC|ORG|MISC|MIS)`);
    }
    if (!cur) cur = { tokens: [], tags: [], line: i + 1 };
    cur.tokens.push(parts[0]!);
    cur.tags.push(tag);
  }
  if (cur) out.push(cur);
  return out;
}

/** Reads a CoNLL file; a missing file is `E_INPUT_NOT_FOUND`. */
export function readConll(path: string): ConllSentence[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new MarsadError('E_INPUT_NOT_FOUND', `cannot read CoNLL file ${path}`);
  }
  return parseConll(text, path);
}

/** Entity spans of a BIO/IOB1 tag sequence with conlleval semantics (I- after O or another type starts an entity; S-/E- understood too). */
export function bioSpans(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let start = -1;
  let type = '';
  const close = (i: number) => {
    if (start >= 0) spans.push({ start, end: i, type });
    start = -1;
    type = '';
  };
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag === 'O' || tag.length < 3) {
      close(i);
      continue;
    }
    const p = tag[0]!;
    const t = tag.slice(2);
    if (p === 'B' || p === 'S' || start < 0 || t !== type) {
      close(i);
      start = i;
      type = t;
    }
    if (p === 'S' || p === 'E') close(i + 1);
  }
  close(tags.length);
  return spans;
}

/** Any IOB sequence to strict BIO2 (every entity opens with B-). */
export function toBio2(tags: readonly string[]): string[] {
  const out: string[] = new Array(tags.length).fill('O');
  for (const s of bioSpans(tags)) {
    for (let i = s.start; i < s.end; i++) out[i] = (i === s.start ? 'B-' : 'I-') + s.type;
  }
  return out;
}

/** BIO (any flavour) to BIOES: single-token entities become S-, last tokens E-. */
export function bioToBioes(tags: readonly string[]): string[] {
  const out: string[] = new Array(tags.length).fill('O');
  for (const s of bioSpans(tags)) {
    if (s.end - s.start === 1) {
      out[s.start] = 'S-' + s.type;
      continue;
    }
    for (let i = s.start; i < s.end; i++) {
      out[i] = (i === s.start ? 'B-' : i === s.end - 1 ? 'E-' : 'I-') + s.type;
    }
  }
  return out;
}

/** BIOES back to BIO2. */
export function bioesToBio(tags: readonly string[]): string[] {
  return spansToBio(bioSpans(tags), tags.length);
}

/** Spans to BIO2 tags over `n` tokens. */
export function spansToBio(spans: readonly TagSpan[], n: number): string[] {
  const out: string[] = new Array(n).fill('O');
  for (const s of spans) for (let i = s.start; i < s.end; i++) out[i] = (i === s.start ? 'B-' : 'I-') + s.type;
  return out;
}
