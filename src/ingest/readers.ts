/**
 * Readers: from a path or URL to raw articles `{ text, meta }`.
 *
 * | input                          | how it is read                                             |
 * |--------------------------------|------------------------------------------------------------|
 * | folder                         | every file below it, sorted, recursively                   |
 * | `.txt` starting with `<DOC>`   | TREC/CLEF tags (ANT corpus): one article per `<DOC>`        |
 * | other `.txt`                   | one article; the first line is the headline                 |
 * | `.html` / `.htm`               | main text by Mozilla Readability on linkedom                |
 * | `.json`                        | IPTC ninjs (or an array of them), or a Marsad Doc JSON      |
 * | `.jsonl` / `.ndjson`           | one object per line: ninjs, Doc JSON or `{text,title,...}`  |
 * | `.xml` `.rss` `.atom` `.trec`  | RSS 2.0 / Atom feed (one article per item), or TREC         |
 * | `http(s)://...`                | fetched; HTML page or feed by content type / content        |
 *
 * The article text is `headline + "\n\n" + body` (the headline is part of the text, as in
 * the canonical examples), so offsets and the content hash cover both. A bad file or item
 * gives an `ReadFailure` with its reason and reading goes on.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { htmlArticle, htmlFragmentText } from './html.ts';

export interface RawArticle {
  text: string;
  meta: { id?: string; title?: string; published?: string; source?: string; url?: string; [k: string]: unknown };
  /** Where it came from: `file`, `file#3` (item 3), or a URL. */
  origin: string;
}

export interface ReadFailure {
  origin: string;
  reason: string;
}

export type ReadItem = { ok: true; article: RawArticle } | { ok: false; failure: ReadFailure };

/** Largest input file read (bytes) and largest article text (characters). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
export const MAX_ARTICLE_CHARS = 2_000_000;

const ok = (article: RawArticle): ReadItem => ({ ok: true, article });
const fail = (origin: string, reason: string): ReadItem => ({ ok: false, failure: { origin, reason } });

export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** Every file named by the inputs (folders expanded, sorted), plus URLs as they are. */
export async function expandInputs(inputs: string[]): Promise<{ sources: string[]; missing: ReadFailure[] }> {
  const sources: string[] = [];
  const missing: ReadFailure[] = [];
  const walk = async (p: string): Promise<void> => {
    const entries = (await readdir(p, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = join(p, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && !/\.(md|db|db-wal|db-shm|gz|zip|png|jpe?g|gif|pdf)$/i.test(e.name)) sources.push(full);
    }
  };
  for (const input of inputs) {
    if (isUrl(input)) { sources.push(input); continue; }
    const p = resolve(input);
    try {
      const st = await stat(p);
      if (st.isDirectory()) await walk(p);
      else sources.push(p);
    } catch {
      missing.push({ origin: input, reason: 'file not found' });
    }
  }
  return { sources, missing };
}

/** Decodes bytes as UTF-8, refusing binary data and invalid UTF-8. */
export function decodeText(buf: Uint8Array): string {
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) throw new Error('looks binary (NUL bytes)');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    throw new Error('not valid UTF-8');
  }
}

/** `Tue, 20 Feb 2018 01:44:01 GMT`, ISO dates... -> ISO 8601 UTC, or undefined. */
export function toIsoDate(v: unknown): string | undefined {
  if (typeof v !== 'string' || !v.trim()) return undefined;
  const s = v.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const d = new Date(s);
  if (Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1800 || d.getUTCFullYear() > 2200) return undefined;
  return d.toISOString().replace('.000Z', 'Z');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Joins headline and body into the article text (without repeating the headline). */
export function articleText(title: string | undefined | null, body: string): string {
  const b = body.replace(/\r\n?/g, '\n').trim();
  const t = (title ?? '').replace(/\s+/g, ' ').trim();
  if (!t || b.startsWith(t)) return b;
  return b ? `${t}\n\n${b}` : t;
}

function check(a: RawArticle): ReadItem {
  if (!a.text.trim()) return fail(a.origin, 'empty article (no text)');
  if (a.text.length > MAX_ARTICLE_CHARS) return fail(a.origin, `article longer than ${MAX_ARTICLE_CHARS} characters`);
  for (const k of Object.keys(a.meta)) if (a.meta[k] === undefined || a.meta[k] === null || a.meta[k] === '') delete a.meta[k];
  return ok(a);
}

// ------------------------------------------------------------------ TREC

/** The content of one TREC tag (`<TITLE>...</TITLE>`), entities decoded, trimmed. */
export const TREC_FIELD = (doc: string, tag: string): string | undefined => {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'i').exec(doc);
  return m ? decodeEntities(m[1]!).trim() : undefined;
};

export function looksTrec(s: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?<DOC>/i.test(s);
}

export function readTrec(s: string, origin: string): ReadItem[] {
  const out: ReadItem[] = [];
  const re = /<DOC>([\s\S]*?)(<\/DOC>|$)/gi;
  let i = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (!m[0]) break;
    const doc = m[1]!;
    const o = `${origin}#${i++}`;
    if (!m[2]) { out.push(fail(o, 'TREC <DOC> without </DOC>')); continue; }
    const body = TREC_FIELD(doc, 'TEXT');
    const title = TREC_FIELD(doc, 'TITLE') || TREC_FIELD(doc, 'HEADLINE');
    if (body == null) { out.push(fail(o, 'TREC document without <TEXT>')); continue; }
    const rawTime = TREC_FIELD(doc, 'TIME') || TREC_FIELD(doc, 'DATE');
    out.push(check({
      text: articleText(title, body),
      meta: {
        id: TREC_FIELD(doc, 'DOCNO'), title, published: toIsoDate(rawTime), source: TREC_FIELD(doc, 'SRC'), url: TREC_FIELD(doc, 'URL'),
        category: TREC_FIELD(doc, 'CAT'), author: TREC_FIELD(doc, 'AUTHOR'), abstract: TREC_FIELD(doc, 'ABSTRACT'),
      },
      origin: o,
    }));
  }
  if (!out.length) out.push(fail(origin, 'no <DOC> element found'));
  // a file with one document is named by the file alone
  if (out.length === 1 && out[0]!.ok) out[0]!.article.origin = origin;
  return out;
}

// ------------------------------------------------------------------ plain text

export function readPlain(s: string, origin: string, fileId?: string): ReadItem {
  const text = s.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim();
  const first = text.split('\n', 1)[0]!.trim();
  const title = first.length > 0 && first.length <= 300 ? first : undefined;
  return check({ text, meta: { id: fileId, title }, origin });
}

// ------------------------------------------------------------------ JSON: ninjs, Doc JSON, plain objects

function firstValue(v: unknown): { value: string; contenttype?: string } | undefined {
  if (!Array.isArray(v)) return undefined;
  const x = v.find((b) => b && typeof b === 'object' && typeof (b as { value?: unknown }).value === 'string') as { value: string; contenttype?: string } | undefined;
  return x;
}

const strOf = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** One JSON object as an article: Marsad Doc JSON, IPTC ninjs (1.x-3.x), or `{text, title, ...}`. */
export function fromObject(o: unknown, origin: string): ReadItem {
  if (!o || typeof o !== 'object' || Array.isArray(o)) return fail(origin, 'not a JSON object');
  const j = o as Record<string, unknown>;
  if (j.schema === 'marsad.doc/1' && typeof j.text === 'string') {
    const meta = (j.meta && typeof j.meta === 'object' ? { ...(j.meta as Record<string, unknown>) } : {}) as RawArticle['meta'];
    return check({ text: j.text, meta, origin });
  }
  const headline = strOf(j.headline) ?? firstValue(j.headlines)?.value ?? strOf(j.title);
  let body: string | undefined = strOf(j.body_text) ?? strOf(j.text) ?? strOf(j.body) ?? strOf(j.content);
  if (!body && typeof j.body_html === 'string') body = htmlFragmentText(j.body_html);
  if (!body) {
    const b = firstValue(j.bodies);
    if (b) body = /html/i.test(b.contenttype ?? '') || /<\/?[a-z][^>]*>/i.test(b.value) ? htmlFragmentText(b.value) : b.value;
  }
  if (!body && !headline) return fail(origin, 'no text: expected body_text, bodies, body_html, text or a Doc JSON');
  const isNinjs = 'uri' in j || 'bodies' in j || 'headlines' in j || 'versioncreated' in j;
  const source = strOf(j.source) ?? (Array.isArray(j.infosources) ? strOf((j.infosources[0] as { name?: unknown })?.name) : undefined) ?? strOf(j.copyrightholder);
  return check({
    text: articleText(headline, body ?? ''),
    meta: {
      id: strOf(j.id) ?? strOf(j.guid) ?? (isNinjs ? strOf(j.uri) : undefined),
      title: headline,
      published: toIsoDate(j.published ?? j.versioncreated ?? j.firstcreated ?? j.date ?? j.pubDate),
      source,
      url: strOf(j.url) ?? strOf(j.link) ?? (isNinjs && /^https?:/.test(String(j.uri ?? '')) ? strOf(j.uri) : undefined),
      ...(strOf(j.language) ? { language: strOf(j.language) } : {}),
    },
    origin,
  });
}

export function readJson(s: string, origin: string): ReadItem[] {
  let v: unknown;
  try {
    v = JSON.parse(s.replace(/^\uFEFF/, ''));
  } catch (e) {
    return [fail(origin, `invalid JSON: ${(e as Error).message}`)];
  }
  if (Array.isArray(v)) return v.map((x, i) => fromObject(x, `${origin}#${i}`));
  return [fromObject(v, origin)];
}

export function readJsonl(s: string, origin: string): ReadItem[] {
  const out: ReadItem[] = [];
  const lines = s.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const o = `${origin}:${i + 1}`;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (e) {
      out.push(fail(o, `invalid JSON on line ${i + 1}: ${(e as Error).message}`));
      return;
    }
    out.push(fromObject(v, o));
  });
  if (!out.length) out.push(fail(origin, 'empty file'));
  return out;
}

// ------------------------------------------------------------------ feeds

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', processEntities: true, htmlEntities: true });

function xmlText(v: unknown): string | undefined {
  if (v == null) return undefined;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || undefined;
  if (Array.isArray(v)) return xmlText(v[0]);
  if (typeof v === 'object') return xmlText((v as Record<string, unknown>)['#text']);
  return undefined;
}

function asArray<T>(v: T | T[] | undefined): T[] {
  return v == null ? [] : Array.isArray(v) ? v : [v];
}

export function looksFeed(s: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(s.slice(0, 2000));
}

export function readFeed(s: string, origin: string): ReadItem[] {
  let tree: Record<string, any>;
  try {
    tree = xml.parse(s);
  } catch (e) {
    return [fail(origin, `invalid XML: ${(e as Error).message}`)];
  }
  const out: ReadItem[] = [];
  const channel = tree.rss?.channel ?? tree['rdf:RDF']?.channel;
  const feedSource = xmlText(channel?.title) ?? xmlText(tree.feed?.title);
  const items: Record<string, unknown>[] = tree.rss ? asArray(tree.rss.channel?.item) : tree['rdf:RDF'] ? asArray(tree['rdf:RDF'].item) : asArray(tree.feed?.entry);
  if (!tree.rss && !tree.feed && !tree['rdf:RDF']) return [fail(origin, 'not an RSS or Atom feed')];
  items.forEach((it, i) => {
    const o = `${origin}#${i}`;
    const title = xmlText(it.title);
    const html = xmlText(it['content:encoded']) ?? xmlText(it.content) ?? xmlText(it.description) ?? xmlText(it.summary) ?? '';
    const body = /<\/?[a-z][^>]*>/i.test(html) ? htmlFragmentText(html) : decodeEntities(html);
    let link = xmlText(it.link);
    if (!link) {
      const links = asArray(it.link as Record<string, unknown> | Record<string, unknown>[] | undefined);
      const alt = links.find((l) => l && typeof l === 'object' && (l['@rel'] == null || l['@rel'] === 'alternate')) as Record<string, unknown> | undefined;
      link = typeof alt?.['@href'] === 'string' ? alt['@href'] : undefined;
    }
    out.push(check({
      text: articleText(title, body),
      meta: {
        id: xmlText(it.guid) ?? xmlText(it.id) ?? link,
        title,
        published: toIsoDate(xmlText(it.pubDate) ?? xmlText(it.published) ?? xmlText(it.updated) ?? xmlText(it['dc:date'])),
        source: feedSource,
        url: link,
      },
      origin: o,
    }));
  });
  if (!out.length) out.push(fail(origin, 'feed has no items'));
  return out;
}

// ------------------------------------------------------------------ dispatch

/** Reads one already-loaded input by its name and content. */
export function readContent(s: string, origin: string, opts: { contentType?: string; fileId?: string } = {}): ReadItem[] {
  const ext = extname(origin.split(/[?#]/)[0]!).toLowerCase();
  const ct = (opts.contentType ?? '').toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return readJsonl(s, origin);
  if (ext === '.json' || ct.includes('json')) return readJson(s, origin);
  if (looksTrec(s)) return readTrec(s, origin);
  if (looksFeed(s) || ct.includes('rss') || ct.includes('atom')) return readFeed(s, origin);
  if (ext === '.html' || ext === '.htm' || ct.includes('html') || /^\s*(<!doctype html|<html)/i.test(s)) {
    const a = htmlArticle(s);
    return [check({ text: articleText(a.title, a.text), meta: { id: opts.fileId, title: a.title ?? undefined, published: toIsoDate(a.published), url: a.url ?? (isUrl(origin) ? origin : undefined) }, origin })];
  }
  if (ext === '.xml' || ext === '.rss' || ext === '.atom') return readFeed(s, origin);
  return [readPlain(s, origin, opts.fileId)];
}

/** Reads one file or URL into articles and failures (never throws). */
export async function readSource(src: string): Promise<ReadItem[]> {
  try {
    if (isUrl(src)) {
      const res = await fetch(src, { headers: { 'user-agent': 'marsad/0.1 (+news analysis)', accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8' }, signal: AbortSignal.timeout(30_000) });
      if (!res.ok) return [fail(src, `HTTP ${res.status} ${res.statusText}`)];
      const buf = new Uint8Array(await res.arrayBuffer());
      if (buf.length > MAX_FILE_BYTES) return [fail(src, 'larger than the limit')];
      return readContent(decodeText(buf), src, { contentType: res.headers.get('content-type') ?? '' });
    }
    const st = await stat(src);
    if (st.size > MAX_FILE_BYTES) return [fail(src, `file larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`)];
    if (st.size === 0) return [fail(src, 'empty file')];
    const text = decodeText(await readFile(src));
    return readContent(text, src);
  } catch (e) {
    return [fail(src, (e as Error).message || String(e))];
  }
}
