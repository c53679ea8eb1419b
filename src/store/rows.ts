/**
 * From a Doc JSON to the rows the store indexes. Pure and backend-independent, so it can
 * run in a worker thread: the writer only executes INSERTs.
 *
 * Layers are read tolerantly: a missing layer gives no rows; a span with bad offsets or
 * an unexpected shape is skipped (the Doc JSON keeps everything anyway).
 */
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { DocJSON } from '../core/doc.ts';
import { MarsadError } from '../core/errors.ts';
import { norm } from '../ar/normalize.ts';
import { terms } from '../search/terms.ts';
import { bandKeys, signatureOfTerms, sigToHex } from '../cluster/minhash.ts';

export interface EntityRow { id: string; type: string; label: string; labelEn: string | null; kind: string | null }
export interface MentionRow { entityId: string; start: number; end: number; text: string }
export interface EventRowIn {
  idx: number; code: string; name: string | null; source: string | null; target: string | null; place: string | null; date: string | null;
  triggerStart: number | null; triggerEnd: number | null; evidenceStart: number | null; evidenceEnd: number | null; confidence: number | null; raw: string;
}
export interface QuoteRow { idx: number; start: number; end: number; text: string; kind: string | null; speaker: string | null }
export interface QuantityRow { idx: number; start: number; end: number; text: string; value: number | null; from: number | null; to: number | null; unit: string | null }
export interface TopicRow { code: string; label: string | null; score: number | null }
export interface DateRow { idx: number; start: number; end: number; text: string; resolved: string | null; granularity: string | null }

export interface DocRows {
  id: string;
  /** sha256 hex of the text: the identity of an article's content. */
  hash: string;
  /** sha256 hex of the analysis (stages + layers): tells a re-analysis from a duplicate. */
  docHash: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  month: string | null;
  chars: number;
  /** The original text (also inside the Doc; kept apart for snippets). */
  text: string;
  stages: string;
  /** Search terms of the text (space separated). */
  terms: string;
  /** MinHash signature (hex) and LSH band keys. */
  signature: string;
  bands: string[];
  /** The Doc JSON, deflated. */
  doc: Uint8Array;
  entities: EntityRow[];
  mentions: MentionRow[];
  events: EventRowIn[];
  quotes: QuoteRow[];
  quantities: QuantityRow[];
  topics: TopicRow[];
  dates: DateRow[];
}

/** Content hash of an article text (what makes two articles "the same"). */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n').trim()).digest('hex');
}

export function encodeDoc(doc: DocJSON): Uint8Array {
  return deflateRawSync(Buffer.from(JSON.stringify(doc)), { level: 1 });
}

export function decodeDoc(blob: Uint8Array): DocJSON {
  try {
    return JSON.parse(inflateRawSync(blob).toString('utf8')) as DocJSON;
  } catch (e) {
    throw new MarsadError('E_STORE', `stored Doc JSON is corrupt: ${(e as Error).message}`);
  }
}

/** `2018-02-20T01:44:01Z` -> `2018-02`; anything not starting with YYYY-MM -> null. */
export function monthOf(published: string | null | undefined): string | null {
  return published && /^\d{4}-\d{2}/.test(published) ? published.slice(0, 7) : null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** A reference to an entity or value inside an event/quote: string, or object with id/label/text. */
function ref(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === 'string' || typeof v === 'number') return str(v);
  if (Array.isArray(v)) return v.map(ref).filter(Boolean).join('; ') || null;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return str(o.id) ?? str(o.label_en) ?? str(o.label) ?? str(o.text) ?? str(o.name) ?? str(o.resolved) ?? str(o.value);
  }
  return null;
}

function spanOk<T>(s: T, len: number): s is T & { start: number; end: number } {
  if (!s || typeof s !== 'object') return false;
  const o = s as { start?: unknown; end?: unknown };
  return typeof o.start === 'number' && typeof o.end === 'number' && o.start >= 0 && o.end <= len && o.start <= o.end;
}

function arr(doc: DocJSON, name: string): Record<string, unknown>[] {
  const l = (doc.layers as Record<string, unknown>)[name];
  return Array.isArray(l) ? (l.filter((x) => x && typeof x === 'object') as Record<string, unknown>[]) : [];
}

/** Id of an entity mention: its linked id, else `TYPE:normalised text`. */
export function entityId(e: Record<string, unknown>): string {
  const id = str(e.id);
  if (id) return id;
  return `${str(e.type) ?? 'MISC'}:${norm(str(e.text) ?? '').replace(/\s+/g, ' ').trim()}`;
}

export function docToRows(doc: DocJSON): DocRows {
  if (!doc || typeof doc.text !== 'string') throw new MarsadError('E_DOC_JSON', 'Doc JSON has no text');
  const text = doc.text;
  const len = text.length;
  const meta = doc.meta ?? ({} as DocJSON['meta']);
  const hash = contentHash(text);
  // one serialisation of the layers serves both the stored JSON and the analysis hash
  const stagesJson = JSON.stringify(doc.stages ?? []);
  const layersJson = JSON.stringify(doc.layers ?? {});
  const json = `{"schema":${JSON.stringify(doc.schema)},"meta":${JSON.stringify(meta)},"text":${JSON.stringify(text)},"stages":${stagesJson},"layers":${layersJson}}`;
  const published = str(meta.published);

  const entities = new Map<string, EntityRow>();
  const mentions: MentionRow[] = [];
  for (const e of arr(doc, 'entities')) {
    if (!spanOk(e, len)) continue;
    const id = entityId(e);
    const surface = str(e.text) ?? text.slice(e.start, e.end);
    if (!entities.has(id)) {
      entities.set(id, {
        id,
        type: str(e.type) ?? 'MISC',
        label: str(e.label_ar) ?? surface,
        labelEn: str(e.label_en),
        kind: str(e.kind),
      });
    }
    mentions.push({ entityId: id, start: e.start, end: e.end, text: surface });
  }

  const events: EventRowIn[] = [];
  arr(doc, 'events').forEach((ev, idx) => {
    const code = str(ev.code);
    if (!code) return;
    const trig = spanOk(ev.trigger, len) ? ev.trigger : null;
    const evid = spanOk(ev.evidence, len) ? ev.evidence : spanOk(ev, len) ? ev : null;
    events.push({
      idx, code, name: str(ev.name), source: ref(ev.source), target: ref(ev.target), place: ref(ev.place), date: ref(ev.date),
      triggerStart: trig?.start ?? null, triggerEnd: trig?.end ?? null, evidenceStart: evid?.start ?? null, evidenceEnd: evid?.end ?? null,
      confidence: num(ev.confidence), raw: JSON.stringify(ev),
    });
  });

  const quotes: QuoteRow[] = [];
  arr(doc, 'quotes').forEach((q, idx) => {
    if (!spanOk(q, len)) return;
    quotes.push({ idx, start: q.start, end: q.end, text: str(q.text) ?? text.slice(q.start, q.end), kind: str(q.kind), speaker: ref(q.speaker) });
  });

  const quantities: QuantityRow[] = [];
  arr(doc, 'quantities').forEach((q, idx) => {
    if (!spanOk(q, len)) return;
    quantities.push({ idx, start: q.start, end: q.end, text: str(q.text) ?? text.slice(q.start, q.end), value: num(q.value), from: num(q.from), to: num(q.to), unit: ref(q.unit) });
  });

  const topics = new Map<string, TopicRow>();
  for (const t of arr(doc, 'topics')) {
    const code = str(t.code);
    if (!code) continue;
    const prev = topics.get(code);
    const score = num(t.score);
    if (!prev || (score ?? 0) > (prev.score ?? 0)) topics.set(code, { code, label: str(t.label), score });
  }

  const dates: DateRow[] = [];
  arr(doc, 'dates').forEach((d, idx) => {
    if (!spanOk(d, len)) return;
    dates.push({ idx, start: d.start, end: d.end, text: str(d.text) ?? text.slice(d.start, d.end), resolved: ref(d.resolved), granularity: str(d.granularity) });
  });

  const termList = terms(text).map((t) => t.term);
  const sig = signatureOfTerms(termList);
  return {
    id: str(meta.id) ?? 'doc_' + hash.slice(0, 16),
    hash,
    docHash: createHash('sha256').update(stagesJson).update('\n').update(layersJson).digest('hex'),
    title: str(meta.title),
    source: str(meta.source),
    url: str(meta.url),
    published,
    month: monthOf(published),
    chars: len,
    text,
    stages: (doc.stages ?? []).join(','),
    terms: termList.join(' '),
    signature: sigToHex(sig),
    bands: bandKeys(sig),
    doc: deflateRawSync(Buffer.from(json), { level: 1 }),
    entities: [...entities.values()],
    mentions,
    events,
    quotes,
    quantities,
    topics: [...topics.values()],
    dates,
  };
}
