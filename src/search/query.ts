/**
 * User query parsing. A query is words and quoted phrases, all required (AND):
 *
 *   استثمار "آسيا الوسطى" -روسيا
 *
 * - `"..."`, `«...»`, `“...”` are phrases (the words must be adjacent, in order);
 * - `-word` / `-"phrase"` excludes articles that contain it;
 * - a word that splits into several terms (`COP-29`) is a phrase.
 * Everything else (`*`, `(`, `NEAR`, `--`, `'`, `;`, `:`) is plain text: only letters and
 * digits survive into terms (see `terms.ts`), and the backends quote every term, so
 * user syntax never reaches SQL or the full-text engine.
 */
import { MarsadError } from '../core/errors.ts';
import { terms } from './terms.ts';

/** One clause: a single term (length 1) or a phrase (length > 1). */
export type Clause = string[];

export interface ParsedQuery {
  /** Required clauses (AND). */
  must: Clause[];
  /** Excluded clauses (NOT). */
  not: Clause[];
}

const MAX_QUERY = 1000;
const MAX_CLAUSES = 32;

const OPEN_CLOSE: Record<string, string> = { '"': '"', '«': '»', '“': '”', '”': '”' };

export function parseQuery(q: string | undefined | null): ParsedQuery {
  const out: ParsedQuery = { must: [], not: [] };
  if (q == null) return out;
  if (typeof q !== 'string') throw new MarsadError('E_QUERY', 'query must be a string');
  if (q.length > MAX_QUERY) throw new MarsadError('E_QUERY', `query is longer than ${MAX_QUERY} characters`);
  let i = 0;
  while (i < q.length) {
    const c = q[i]!;
    if (/\s/.test(c)) { i++; continue; }
    let negate = false;
    if (c === '-' && i + 1 < q.length && !/[\s-]/.test(q[i + 1]!)) { negate = true; i++; }
    const open = q[i]!;
    let chunk: string;
    if (open in OPEN_CLOSE) {
      const close = OPEN_CLOSE[open]!;
      const end = q.indexOf(close, i + 1);
      // an unbalanced quote runs to the end of the query
      chunk = end < 0 ? q.slice(i + 1) : q.slice(i + 1, end);
      i = end < 0 ? q.length : end + 1;
    } else {
      let j = i;
      while (j < q.length && !/\s/.test(q[j]!) && !(q[j]! in OPEN_CLOSE)) j++;
      chunk = q.slice(i, j);
      i = j;
    }
    const clause = terms(chunk).map((t) => t.term);
    if (!clause.length) continue;
    const target = negate ? out.not : out.must;
    if (!target.some((c2) => c2.join(' ') === clause.join(' '))) target.push(clause);
  }
  if (out.must.length + out.not.length > MAX_CLAUSES) throw new MarsadError('E_QUERY', `query has more than ${MAX_CLAUSES} words or phrases`);
  return out;
}

export function isEmptyQuery(p: ParsedQuery): boolean {
  return p.must.length === 0;
}

/** FTS5 MATCH expression: every term double-quoted (terms hold letters/digits only). */
export function toFts5(p: ParsedQuery): string {
  const q = (c: Clause) => '"' + c.join(' ').replace(/"/g, '""') + '"';
  let s = p.must.map(q).join(' AND ');
  for (const n of p.not) s += ' NOT ' + q(n);
  return s;
}

/** PostgreSQL tsquery text for `to_tsquery('simple', $1)`: terms joined by & and <->. */
export function toTsquery(p: ParsedQuery): string {
  const safe = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, '');
  const c = (cl: Clause) => {
    const ts = cl.map(safe).filter(Boolean);
    return ts.length > 1 ? '(' + ts.join(' <-> ') + ')' : ts[0] ?? '';
  };
  const parts = p.must.map(c).filter(Boolean);
  for (const n of p.not) {
    const x = c(n);
    if (x) parts.push('!' + x);
  }
  return parts.join(' & ');
}
