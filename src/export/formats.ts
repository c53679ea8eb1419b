/**
 * Exports of stored articles:
 *
 * - `jsonl`: one Marsad Doc JSON per line (the stored form, every layer);
 * - `ninjs`: one IPTC ninjs 2.2 object per line (see `toNinjs`);
 * - `events-tsv`: one row per event, GDELT event columns where they apply (see
 *   `EVENT_COLUMNS`, documented in docs/store.md) plus the evidence offsets;
 * - `entities-csv`: one row per entity mention, RFC 4180 CSV.
 */
import type { DocJSON } from '../core/doc.ts';
import { MarsadError } from '../core/errors.ts';
import { entityId } from '../store/rows.ts';

export const FORMATS = ['jsonl', 'ninjs', 'events-tsv', 'entities-csv'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export function checkFormat(f: string): ExportFormat {
  if (!(FORMATS as readonly string[]).includes(f)) throw new MarsadError('E_USAGE', `unknown export format ${JSON.stringify(f)}: use ${FORMATS.join(', ')}`);
  return f as ExportFormat;
}

type Obj = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : undefined);
const layerOf = (doc: DocJSON, name: string): Obj[] => {
  const l = (doc.layers as Record<string, unknown>)[name];
  return Array.isArray(l) ? (l.filter((x) => x && typeof x === 'object') as Obj[]) : [];
};

/** An ISO date-time for ninjs (`2018-02-20` -> `2018-02-20T00:00:00Z`), or undefined. */
export function ninjsDateTime(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return `${v}T00:00:00Z`;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().replace('.000Z', 'Z');
}

/** A URI for an entity id: Wikidata ids become entity URIs, URIs stay, others get none. */
function entityUri(id: string | undefined): string | undefined {
  if (!id) return undefined;
  if (/^Q\d+$/.test(id)) return `http://www.wikidata.org/entity/${id}`;
  if (/^https?:\/\/\S+$/.test(id)) return id;
  return undefined;
}

function topicUri(code: string): string | undefined {
  const m = /^(?:medtop:)?(\d{8})$/.exec(code);
  return m ? `http://cv.iptc.org/newscodes/mediatopic/${m[1]}` : undefined;
}

function clean<T extends Obj>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

/** A Doc as an IPTC ninjs 2.2 news item (text, headline, entities, topics, events). */
export function toNinjs(doc: DocJSON): Obj {
  const meta = (doc.meta ?? {}) as Obj;
  const id = str(meta.id) ?? 'unknown';
  const title = str(meta.title);
  let body = doc.text;
  if (title && body.startsWith(title)) body = body.slice(title.length).replace(/^\s+/, '');
  const people: Obj[] = [];
  const organisations: Obj[] = [];
  const places: Obj[] = [];
  const subjects: Obj[] = [];
  const seen = new Set<string>();
  for (const e of layerOf(doc, 'entities')) {
    const eid = entityId(e);
    if (seen.has(eid)) continue;
    seen.add(eid);
    const item = clean({ name: str(e.label_en) ?? str(e.label_ar) ?? str(e.text) ?? eid, rel: 'mentioned', uri: entityUri(str(e.id)), literal: eid });
    if (e.type === 'PER') people.push(item);
    else if (e.type === 'ORG') organisations.push(item);
    else if (e.type === 'LOC') places.push(item);
    else subjects.push(clean({ ...item, creator: 'marsad' }));
  }
  for (const t of layerOf(doc, 'topics')) {
    const code = str(t.code);
    if (!code) continue;
    const score = typeof t.score === 'number' && Number.isFinite(t.score) ? Math.max(0, Math.min(100, Math.round(t.score * 100))) : undefined;
    subjects.push(clean({ name: str(t.label) ?? code, rel: 'about', uri: topicUri(code), literal: code, creator: 'marsad', confidence: score }));
  }
  const events: Obj[] = layerOf(doc, 'events')
    .filter((ev) => str(ev.code))
    .map((ev) => clean({ name: str(ev.name) ?? `CAMEO ${ev.code}`, rel: 'reported', literal: `cameo:${ev.code}` }));
  const url = str(meta.url);
  const wordcount = (body.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return clean({
    uri: `urn:marsad:article:${encodeURIComponent(id)}`,
    standard: { name: 'ninjs', version: '2.2', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json' },
    type: 'text',
    representationtype: 'full',
    profile: 'marsad-text',
    language: str(meta.language) ?? 'ar',
    versioncreated: ninjsDateTime(meta.published),
    pubstatus: 'usable',
    title,
    headlines: title ? [{ value: title, role: 'main', contenttype: 'text/plain' }] : undefined,
    bodies: [{ value: body, role: 'main', contenttype: 'text/plain', charcount: body.length, wordcount }],
    infosources: str(meta.source) ? [{ name: str(meta.source)!, role: 'source' }] : undefined,
    altids: [{ role: 'marsad-id', value: id }, ...(url ? [{ role: 'url', value: url }] : [])],
    people: people.length ? people : undefined,
    organisations: organisations.length ? organisations : undefined,
    places: places.length ? places : undefined,
    subjects: subjects.length ? subjects : undefined,
    events: events.length ? events : undefined,
  });
}

/**
 * Events TSV columns. GDELT 2.0 event-table names where the field applies (same meaning),
 * then Marsad's evidence columns. Empty cells where Marsad has no value.
 */
export const EVENT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year',
  'Actor1Code', 'Actor1Name', 'Actor2Code', 'Actor2Name',
  'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'ActionGeo_FullName', 'DATEADDED', 'SOURCEURL',
  'ArticleId', 'EventName', 'TriggerStart', 'TriggerEnd', 'TriggerText', 'EvidenceStart', 'EvidenceEnd', 'EvidenceText', 'Confidence',
] as const;

/** CAMEO root code -> GDELT QuadClass (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict). */
export function quadClass(code: string): number | undefined {
  const root = Number(code.slice(0, 2));
  if (!Number.isInteger(root) || root < 1 || root > 20) return undefined;
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

const tsvCell = (v: unknown): string => (v == null ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

function actor(v: unknown): { code?: string; name?: string } {
  if (v == null) return {};
  if (typeof v === 'string') return { code: v, name: v };
  if (typeof v === 'object') {
    const o = v as Obj;
    return { code: str(o.id) ?? str(o.code), name: str(o.label) ?? str(o.label_en) ?? str(o.text) ?? str(o.name) };
  }
  return {};
}

function span(v: unknown, len: number): { start: number; end: number } | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Obj;
  return typeof o.start === 'number' && typeof o.end === 'number' && o.start >= 0 && o.end <= len && o.start <= o.end ? { start: o.start, end: o.end } : undefined;
}

function ymd(v: unknown): string | undefined {
  const s = typeof v === 'string' ? v : v && typeof v === 'object' ? str((v as Obj).value) ?? str((v as Obj).resolved) : undefined;
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  return m ? `${m[1]}${m[2]}${m[3]}` : undefined;
}

export function eventsTsvHeader(): string {
  return EVENT_COLUMNS.join('\t') + '\n';
}

/** One TSV row per event of the Doc. */
export function eventsTsvRows(doc: DocJSON): string {
  const meta = (doc.meta ?? {}) as Obj;
  const id = str(meta.id) ?? '';
  let out = '';
  layerOf(doc, 'events').forEach((ev, i) => {
    const code = str(ev.code);
    if (!code) return;
    const date = ymd(ev.date) ?? ymd(meta.published);
    const a1 = actor(ev.source);
    const a2 = actor(ev.target);
    const trig = span(ev.trigger, doc.text.length);
    const evid = span(ev.evidence, doc.text.length) ?? span(ev, doc.text.length);
    const place = actor(ev.place);
    const row: Record<(typeof EVENT_COLUMNS)[number], unknown> = {
      GLOBALEVENTID: `${id}#${i}`,
      SQLDATE: date,
      MonthYear: date?.slice(0, 6),
      Year: date?.slice(0, 4),
      Actor1Code: a1.code, Actor1Name: a1.name, Actor2Code: a2.code, Actor2Name: a2.name,
      EventCode: code, EventBaseCode: code.slice(0, 3), EventRootCode: code.slice(0, 2),
      QuadClass: typeof ev.quad_class === 'number' ? ev.quad_class : quadClass(code),
      GoldsteinScale: typeof ev.goldstein === 'number' ? ev.goldstein : undefined,
      ActionGeo_FullName: place.name ?? place.code,
      DATEADDED: ymd(meta.published),
      SOURCEURL: str(meta.url),
      ArticleId: id,
      EventName: str(ev.name),
      TriggerStart: trig?.start, TriggerEnd: trig?.end, TriggerText: trig ? doc.text.slice(trig.start, trig.end) : undefined,
      EvidenceStart: evid?.start, EvidenceEnd: evid?.end, EvidenceText: evid ? doc.text.slice(evid.start, evid.end) : undefined,
      Confidence: typeof ev.confidence === 'number' ? ev.confidence : undefined,
    };
    out += EVENT_COLUMNS.map((c) => tsvCell(row[c])).join('\t') + '\n';
  });
  return out;
}

export const ENTITY_COLUMNS = ['article_id', 'published', 'source', 'entity_id', 'type', 'label', 'label_en', 'kind', 'start', 'end', 'text'] as const;

const csvCell = (v: unknown): string => {
  if (v == null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
};

export function entitiesCsvHeader(): string {
  return ENTITY_COLUMNS.join(',') + '\r\n';
}

/** One CSV row per entity mention of the Doc. */
export function entitiesCsvRows(doc: DocJSON): string {
  const meta = (doc.meta ?? {}) as Obj;
  let out = '';
  for (const e of layerOf(doc, 'entities')) {
    const sp = span(e, doc.text.length);
    if (!sp) continue;
    const row = [meta.id, meta.published, meta.source, entityId(e), e.type, str(e.label_ar) ?? str(e.text), e.label_en, e.kind, sp.start, sp.end, doc.text.slice(sp.start, sp.end)];
    out += row.map(csvCell).join(',') + '\r\n';
  }
  return out;
}

/** Writes every Doc in `docs` in `format`; returns the number of documents and rows written. */
export async function writeExport(docs: AsyncIterable<DocJSON>, format: ExportFormat, write: (s: string) => void | Promise<void>): Promise<{ docs: number; rows: number }> {
  let n = 0;
  let rows = 0;
  if (format === 'events-tsv') await write(eventsTsvHeader());
  if (format === 'entities-csv') await write(entitiesCsvHeader());
  for await (const doc of docs) {
    n++;
    let s: string;
    if (format === 'jsonl') s = JSON.stringify(doc) + '\n';
    else if (format === 'ninjs') s = JSON.stringify(toNinjs(doc)) + '\n';
    else if (format === 'events-tsv') s = eventsTsvRows(doc);
    else s = entitiesCsvRows(doc);
    rows += format === 'jsonl' || format === 'ninjs' ? 1 : s ? s.split('\n').length - 1 : 0;
    if (s) await write(s);
  }
  return { docs: n, rows };
}
