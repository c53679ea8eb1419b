/**
 * displaCy-like highlighting, as data: span layers -> a tree of text runs and marks.
 * Pure (no DOM), so it is unit-tested; the view renders the tree with text nodes only
 * (article text is never parsed as HTML).
 *
 * Overlaps: a span nested inside another becomes its child; a span crossing the end of
 * another is split at that boundary (both pieces keep the same `key`).
 */

export interface Mark {
  /** Stable id of the source span: `<layer>:<index>`. */
  key: string;
  layer: string;
  start: number;
  end: number;
  /** Short tag shown on the mark (PER, LOC, QTY, DATE...). */
  tag: string;
  /** Tooltip text: English label, KB id, role, resolved date, CAMEO name... */
  tip: string;
  /** CSS class suffix for the colour. */
  kind: string;
  /** Entity id to link to, if any. */
  link?: string;
}

export type Node = { text: string; start: number; end: number } | { mark: Mark; children: Node[] };

/** Layers that are structure, not facts: never highlighted. */
const STRUCTURAL = new Set(['tokens', 'words', 'sentences', 'paragraphs', 'gist', 'topics', 'stories']);

/** Priority when two spans cover exactly the same range: lower wraps higher. */
const ORDER: Record<string, number> = { quotes: 0, events: 1, entities: 2, demonyms: 3, dates: 4, quantities: 5 };

const TAGS: Record<string, string> = { quotes: 'QUOTE', events: 'EVENT', dates: 'DATE', quantities: 'QTY', demonyms: 'ADJ' };

type Rec = Record<string, unknown>;

function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v) return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** The tooltip of one span: the fields a reader wants, in a fixed order. */
export function tipFor(layer: string, s: Rec): string {
  const lines: string[] = [];
  const add = (label: string, v: unknown) => {
    const x = str(v);
    if (x) lines.push(`${label}: ${x}`);
  };
  add('label', s.label_en ?? s.label ?? s.name_en);
  add('type', s.type);
  add('kind', s.kind);
  add('id', s.id ?? s.kb_id ?? s.qid);
  add('role', s.role);
  add('country', s.country);
  add('resolved', s.resolved ?? s.iso ?? s.date ?? s.value_iso);
  if (layer === 'quantities') {
    add('value', s.value);
    add('unit', s.unit);
  }
  add('code', s.code ?? s.cameo);
  add('CAMEO', s.cameo_name ?? s.name ?? s.event_name);
  add('speaker', s.speaker_label ?? s.speaker);
  add('source', s.source && layer !== 'entities' ? s.source : undefined);
  return lines.join('\n') || layer;
}

/** Turns a Doc's layers into marks. Invalid spans (out of range, empty) are dropped. */
export function collectMarks(text: string, layers: Record<string, unknown[] | undefined>): Mark[] {
  const out: Mark[] = [];
  for (const [layer, spans] of Object.entries(layers)) {
    if (STRUCTURAL.has(layer) || !Array.isArray(spans)) continue;
    spans.forEach((raw, i) => {
      const s = raw as Rec;
      if (!s || typeof s.start !== 'number' || typeof s.end !== 'number') return;
      if (!(s.start >= 0 && s.end <= text.length && s.start < s.end)) return;
      const type = str(s.type);
      const tag = layer === 'entities' && type ? type : (TAGS[layer] ?? layer.toUpperCase().slice(0, 6));
      const kind = layer === 'entities' && type ? `ent-${type}` : layer;
      const id = str(s.id);
      out.push({ key: `${layer}:${i}`, layer, start: s.start, end: s.end, tag, tip: tipFor(layer, s), kind, link: layer === 'entities' || layer === 'demonyms' ? id : undefined });
    });
  }
  return out;
}

function cmp(a: Mark, b: Mark): number {
  return a.start - b.start || b.end - a.end || (ORDER[a.layer] ?? 9) - (ORDER[b.layer] ?? 9) || (a.key < b.key ? -1 : 1);
}

/** Nests marks over `text[from, to)`. */
export function nest(text: string, marks: Mark[], from = 0, to = text.length): Node[] {
  const out: Node[] = [];
  let queue = marks.filter((m) => m.end > from && m.start < to).map((m) => ({ ...m, start: Math.max(m.start, from), end: Math.min(m.end, to) }));
  queue.sort(cmp);
  let pos = from;
  while (queue.length) {
    const m = queue.shift()!;
    if (m.end <= pos) continue;
    if (m.start < pos) {
      // crosses a previous sibling's end: keep only the part after it
      queue.push({ ...m, start: pos });
      queue.sort(cmp);
      continue;
    }
    if (m.start > pos) out.push({ text: text.slice(pos, m.start), start: pos, end: m.start });
    const inner: Mark[] = [];
    const rest: Mark[] = [];
    for (const x of queue) {
      if (x.start < m.end) {
        inner.push({ ...x, end: Math.min(x.end, m.end) });
        if (x.end > m.end) rest.push({ ...x, start: m.end });
      } else rest.push(x);
    }
    out.push({ mark: m, children: nest(text, inner, m.start, m.end) });
    pos = m.end;
    queue = rest.sort(cmp);
  }
  if (pos < to) out.push({ text: text.slice(pos, to), start: pos, end: to });
  return out;
}

/** Plain text of a tree (must equal the covered slice of the original). */
export function flatten(nodes: Node[]): string {
  return nodes.map((n) => ('text' in n ? n.text : flatten(n.children))).join('');
}

export interface SnippetObj {
  text: string;
  start: number;
  end: number;
  /** Offsets into the article text, inside [start, end). */
  highlights: { start: number; end: number }[];
}

/**
 * Splits a search snippet into plain and highlighted runs. Accepts the store's snippet
 * object (text + highlight offsets) or a string with <mark>/<b>/[[ ]] markers; never parses
 * any other HTML.
 */
export function snippetRuns(snippet: string | SnippetObj): { text: string; hit: boolean }[] {
  if (typeof snippet === 'object' && snippet && typeof snippet.text === 'string') {
    const out: { text: string; hit: boolean }[] = [];
    let pos = 0;
    const hs = [...(snippet.highlights ?? [])].sort((a, b) => a.start - b.start);
    for (const h of hs) {
      const a = Math.max(pos, h.start - snippet.start);
      const b = Math.min(snippet.text.length, h.end - snippet.start);
      if (b <= a) continue;
      if (a > pos) out.push({ text: snippet.text.slice(pos, a), hit: false });
      out.push({ text: snippet.text.slice(a, b), hit: true });
      pos = b;
    }
    if (pos < snippet.text.length) out.push({ text: snippet.text.slice(pos), hit: false });
    return out;
  }
  if (typeof snippet !== 'string') return [];
  const parts = snippet.split(/(<mark>|<\/mark>|<b>|<\/b>|\[\[|\]\]|\u0002|\u0003)/);
  const out: { text: string; hit: boolean }[] = [];
  let hit = false;
  for (const p of parts) {
    if (p === '<mark>' || p === '<b>' || p === '[[' || p === '\u0002') hit = true;
    else if (p === '</mark>' || p === '</b>' || p === ']]' || p === '\u0003') hit = false;
    else if (p) out.push({ text: p, hit });
  }
  return out;
}
