/**
 * Readable text view of a Doc (`marsad analyze --format text`): the English gist if present,
 * then each fact layer that exists, one line per fact with its offsets and Arabic text.
 */
import type { Doc, Span } from '../core/doc.ts';

type Row = Span & Record<string, unknown>;

const FACT_LAYERS: [string, string, (r: Row) => string][] = [
  ['entities', 'Entities', (r) => [r.type, r.label_en ? `→ ${r.label_en}` : '', r.id ? `[${r.id}]` : '', r.role ? `(${r.role})` : ''].filter(Boolean).join(' ')],
  ['demonyms', 'Demonyms', (r) => [r.label_en ? `→ ${r.label_en}` : '', r.id ? `[${r.id}]` : ''].filter(Boolean).join(' ')],
  ['quantities', 'Quantities', (r) => describeQuantity(r)],
  ['dates', 'Dates', (r) => [r.resolved ? `= ${r.resolved}` : '= ?', r.granularity ? `(${r.granularity})` : ''].join(' ')],
  ['quotes', 'Quotes', (r) => `${r.kind ?? ''} speaker: ${speaker(r.speaker)}`],
  ['events', 'Events', (r) => describeEvent(r)],
];

function speaker(s: unknown): string {
  if (!s || typeof s !== 'object') return '?';
  const o = s as Record<string, unknown>;
  return String(o.label_en ?? o.label ?? o.text ?? '?');
}

function label(a: unknown): string {
  if (!a || typeof a !== 'object') return '';
  const o = a as Record<string, unknown>;
  return String(o.label ?? o.label_en ?? o.text ?? '');
}

function describeEvent(r: Row): string {
  const parts = Array.isArray(r.participants) ? (r.participants as unknown[]).map(label).filter(Boolean) : [];
  const who = label(r.source) || parts.join(', ');
  const date = r.date && typeof r.date === 'object' ? String((r.date as Record<string, unknown>).value ?? (r.date as Record<string, unknown>).resolved ?? '') : '';
  return (
    `${r.code ?? ''} ${r.name ?? ''}: ${who}` +
    (r.target ? ` → ${label(r.target)}` : '') +
    (r.place ? ` @ ${label(r.place)}` : '') +
    (date ? `, ${date}` : '') +
    (typeof r.confidence === 'number' ? ` (${r.confidence.toFixed(2)})` : '')
  );
}

function describeQuantity(r: Row): string {
  const parts: string[] = [];
  if (r.from !== undefined || r.to !== undefined) parts.push(`${r.from ?? '?'} → ${r.to ?? '?'}`);
  else if (r.value !== undefined) parts.push(String(r.value));
  if (r.delta !== undefined) parts.push(`Δ ${r.delta}`);
  if (r.unit) parts.push(String(r.unit));
  if (r.per) parts.push(`per ${r.per}`);
  return parts.join(' ');
}

function clip(s: string, n = 70): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

export function renderText(doc: Doc): string {
  const out: string[] = [];
  const m = doc.meta;
  const paras = (doc.layers.paragraphs ?? []) as unknown as Row[];
  const headline = paras.find((p) => p.kind === 'headline');
  out.push(`Marsad ${doc.schema}  id=${m.id}${m.published ? `  published=${m.published}` : ''}${m.source ? `  source=${m.source}` : ''}`);
  if (headline) out.push(`Headline: ${doc.text.slice(headline.start, headline.end)}`);
  const boiler = paras.filter((p) => p.kind === 'boilerplate');
  out.push(
    `Text: ${doc.text.length} chars, ${(doc.layers.tokens ?? []).length} tokens, ${(doc.layers.words ?? []).length} words, ` +
      `${(doc.layers.sentences ?? []).length} sentences, ${paras.length} paragraphs` +
      (boiler.length ? ` (${boiler.length} boilerplate)` : ''),
  );
  const gist = doc.layers.gist as unknown[] | undefined;
  if (gist?.length) {
    out.push('', 'Gist:');
    for (const g of gist) out.push(`  ${typeof g === 'string' ? g : String((g as { text?: string }).text ?? JSON.stringify(g))}`);
  }
  const topics = (doc.layers.topics ?? []) as Row[];
  if (topics.length) {
    out.push('', 'Topics:');
    // as a tree: each topic under its parent when the parent is listed too
    const codes = new Set(topics.map((t) => t.code));
    const kids = new Map<unknown, Row[]>();
    for (const t of topics) {
      const p = t.parent && codes.has(t.parent) ? t.parent : null;
      kids.set(p, [...(kids.get(p) ?? []), t]);
    }
    const walk = (p: unknown, depth: number) => {
      for (const t of kids.get(p) ?? []) {
        out.push(`  ${'  '.repeat(depth)}${t.label ?? ''} (${t.code ?? ''}${typeof t.score === 'number' ? `, ${t.score.toFixed(2)}` : ''})`);
        if (depth < 8) walk(t.code, depth + 1);
      }
    };
    walk(null, 0);
  }
  for (const [name, title, fmt] of FACT_LAYERS) {
    const rows = (doc.layers[name] ?? []) as Row[];
    if (!rows.length) continue;
    out.push('', `${title} (${rows.length}):`);
    for (const r of rows) {
      const span = typeof r.start === 'number' ? `[${r.start}-${r.end}] ${clip(doc.text.slice(r.start, r.end), 50)}` : '';
      out.push(`  ${span}  ${fmt(r)}`.trimEnd());
    }
  }
  return out.join('\n') + '\n';
}
