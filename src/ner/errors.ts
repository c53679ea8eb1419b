/**
 * Error analysis of a tagger on a labelled dev set: every gold entity that is not found
 * exactly (a miss) and every predicted entity that is not gold (a false alarm) gets one
 * category, by how it overlaps the other side:
 *
 * - `type`: the same span with another type;
 * - `boundary`: an overlapping span of the same type with other boundaries;
 * - `boundary+type`: an overlapping span of another type with other boundaries;
 * - `missed` (misses) / `spurious` (false alarms): nothing overlaps.
 *
 * Misses are also split by whether the entity's text occurs as an entity (any type) in the
 * training sentences (`seen`) or not (`unseen`), which is where a feature-based tagger loses
 * most. `errorReport` gives the table as text and the individual errors, one a line.
 */
import { bioSpans, type ConllSentence, type TagSpan } from './conll.ts';
import { entityPhrases } from './data.ts';

export type ErrorCategory = 'type' | 'boundary' | 'boundary+type' | 'missed' | 'spurious';

export interface NerError {
  kind: 'miss' | 'false-alarm';
  category: ErrorCategory;
  /** Type of the gold entity (miss) or of the predicted one (false alarm). */
  type: string;
  /** Entity text seen as an entity in the training sentences. */
  seen: boolean;
  text: string;
  /** The overlapping entity of the other side, as `TYPE:text`, if any. */
  other: string;
  sentence: number;
}

export interface ErrorTable {
  /** Gold entities per type and seen/unseen, and how many of them were found exactly. */
  gold: Record<string, { seen: number; unseen: number; foundSeen: number; foundUnseen: number }>;
  /** Misses per type and category (`missed` split into `missed-seen` / `missed-unseen`). */
  misses: Record<string, Record<string, number>>;
  /** False alarms per predicted type and category. */
  falseAlarms: Record<string, Record<string, number>>;
  errors: NerError[];
}

const overlaps = (a: TagSpan, b: TagSpan) => a.start < b.end && b.start < a.end;

function categorise(s: TagSpan, others: TagSpan[]): { category: ErrorCategory; other: TagSpan | null } {
  let best: { category: ErrorCategory; other: TagSpan | null } = { category: 'missed', other: null };
  const rank: Record<ErrorCategory, number> = { type: 3, boundary: 2, 'boundary+type': 1, missed: 0, spurious: 0 };
  for (const o of others) {
    if (!overlaps(s, o)) continue;
    const same = o.start === s.start && o.end === s.end;
    const c: ErrorCategory = same ? 'type' : o.type === s.type ? 'boundary' : 'boundary+type';
    if (rank[c] > rank[best.category]) best = { category: c, other: o };
  }
  return best;
}

/** Categorised errors of `predicted` tags against `dev`, with names of `train` as the seen set. */
export function analyseErrors(train: ConllSentence[], dev: ConllSentence[], predicted: string[][]): ErrorTable {
  const seenSet = new Set(entityPhrases(train).map(([p]) => p));
  const table: ErrorTable = { gold: {}, misses: {}, falseAlarms: {}, errors: [] };
  const inc = (m: Record<string, Record<string, number>>, t: string, c: string) => {
    const r = (m[t] ??= {});
    r[c] = (r[c] ?? 0) + 1;
  };
  dev.forEach((s, k) => {
    const gold = bioSpans(s.tags);
    const pred = bioSpans(predicted[k]!);
    const text = (sp: TagSpan) => s.tokens.slice(sp.start, sp.end).join(' ');
    const key = (sp: TagSpan) => `${sp.start}:${sp.end}:${sp.type}`;
    const predKeys = new Set(pred.map(key));
    const goldKeys = new Set(gold.map(key));
    for (const g of gold) {
      const seen = seenSet.has(text(g));
      const row = (table.gold[g.type] ??= { seen: 0, unseen: 0, foundSeen: 0, foundUnseen: 0 });
      if (seen) row.seen++;
      else row.unseen++;
      if (predKeys.has(key(g))) {
        if (seen) row.foundSeen++;
        else row.foundUnseen++;
        continue;
      }
      const { category, other } = categorise(g, pred);
      inc(table.misses, g.type, category === 'missed' ? (seen ? 'missed-seen' : 'missed-unseen') : category);
      table.errors.push({ kind: 'miss', category, type: g.type, seen, text: text(g), other: other ? `${other.type}:${text(other)}` : '', sentence: k });
    }
    for (const p of pred) {
      if (goldKeys.has(key(p))) continue;
      const c = categorise(p, gold);
      const category: ErrorCategory = c.category === 'missed' ? 'spurious' : c.category;
      inc(table.falseAlarms, p.type, category);
      table.errors.push({ kind: 'false-alarm', category, type: p.type, seen: seenSet.has(text(p)), text: text(p), other: c.other ? `${c.other.type}:${text(c.other)}` : '', sentence: k });
    }
  });
  return table;
}

const TYPES = ['PER', 'LOC', 'ORG', 'MISC'];

/** A markdown table of error counts: a row per type (and `all`), a column per category, a total. */
function categoryTable(out: string[], head: string, cats: string[], byType: Record<string, Record<string, number>>): void {
  out.push(`| ${head} | ${cats.join(' | ')} | total |`, `|---|${cats.map(() => '---:').join('|')}|---:|`);
  const tot: Record<string, number> = {};
  for (const ty of [...TYPES, 'all']) {
    const r = ty === 'all' ? tot : (byType[ty] ?? {});
    if (ty !== 'all') for (const c of cats) tot[c] = (tot[c] ?? 0) + (r[c] ?? 0);
    out.push(`| ${ty} | ${cats.map((c) => r[c] ?? 0).join(' | ')} | ${cats.reduce((a, c) => a + (r[c] ?? 0), 0)} |`);
  }
}

/** The tables as Markdown, then every error on a line (`kind category type seen text | other`). */
export function errorReport(t: ErrorTable): string {
  const out: string[] = [];
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '—');
  out.push('| type | gold | seen | unseen | recall seen | recall unseen |', '|---|---:|---:|---:|---:|---:|');
  for (const ty of TYPES) {
    const g = t.gold[ty] ?? { seen: 0, unseen: 0, foundSeen: 0, foundUnseen: 0 };
    out.push(`| ${ty} | ${g.seen + g.unseen} | ${g.seen} | ${g.unseen} | ${pct(g.foundSeen, g.seen)} | ${pct(g.foundUnseen, g.unseen)} |`);
  }
  out.push('');
  categoryTable(out, 'misses (gold type)', ['missed-unseen', 'missed-seen', 'type', 'boundary', 'boundary+type'], t.misses);
  out.push('');
  categoryTable(out, 'false alarms (predicted type)', ['spurious', 'type', 'boundary', 'boundary+type'], t.falseAlarms);
  out.push('');
  for (const e of t.errors) out.push(`${e.kind}\t${e.category}\t${e.type}\t${e.seen ? 'seen' : 'unseen'}\t${e.text}\t${e.other}\t#${e.sentence}`);
  return out.join('\n') + '\n';
}
