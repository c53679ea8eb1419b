/**
 * The Repository over SQL, shared by both backends. A backend supplies a small `Db`
 * adapter (run, all, get, tx) and the SQL stays the same except for full-text search
 * (FTS5 on SQLite, tsvector on PostgreSQL) and string aggregation. Sharing one
 * implementation is what keeps the two backends' behaviour identical.
 *
 * All SQL uses `?` placeholders; every user value is a bound parameter. Query text goes
 * through `search/query.ts`, which keeps letters and digits only, and each term is quoted.
 */
import type { DocJSON } from '../core/doc.ts';
import { MarsadError } from '../core/errors.ts';
import { isEmptyQuery, parseQuery, toFts5, toTsquery, type ParsedQuery } from '../search/query.ts';
import { snippet } from '../search/snippet.ts';
import { sigFromHex, similarity, STORY_THRESHOLD } from '../cluster/minhash.ts';
import { decodeDoc, docToRows, type DocRows } from './rows.ts';
import type {
  Article, ArticleSummary, EntityDetail, EntitySummary, EventRow, FacetCount, Facets, Filters, ListParams,
  PutResult, Repository, SearchHit, SearchParams, SearchResult, Stats, StorySummary,
} from './types.ts';

export interface Db {
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  get<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T | undefined>;
  /** Runs a statement; returns the number of changed rows. */
  run(sql: string, params?: unknown[]): Promise<number>;
  /** Runs one statement for each parameter list (SQLite: one prepared statement, no awaits between rows). */
  runMany?(sql: string, rows: unknown[][]): Promise<void>;
  /**
   * PostgreSQL: runs a statement as a named prepared statement (parsed and planned once per
   * connection). `sql` uses `$1`, `$2`... and must always be the same text for a name.
   */
  prepared?<T = Record<string, unknown>>(name: string, sql: string, params: unknown[]): Promise<T[]>;
  /** Runs `fn` in one transaction (commit on success, rollback on throw). */
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

type Backend = 'sqlite' | 'postgres';

const MAX_LIMIT = 1000;
const DATE_RE = /^\d{4}(-\d{2}(-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const CODE_RE = /^[A-Za-z0-9_.:-]{1,64}$/;

function clampInt(v: unknown, def: number, max: number, name: string): number {
  if (v == null) return def;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new MarsadError('E_QUERY', `${name} must be a non-negative integer`);
  return Math.min(n, max);
}

/** Upper bound (exclusive) for an inclusive date prefix: `2018-03` -> `2018-03` + U+FFFF order. */
function upperBound(to: string): string {
  // increment the last character: every string with prefix `to` sorts below the result
  return to.slice(0, -1) + String.fromCharCode(to.charCodeAt(to.length - 1) + 1);
}

function checkDate(v: string | undefined, name: string): string | undefined {
  if (v == null || v === '') return undefined;
  if (typeof v !== 'string' || !DATE_RE.test(v)) throw new MarsadError('E_QUERY', `--${name} must be a date like 2018-03 or 2018-03-15 (got ${JSON.stringify(v)})`);
  return v;
}

function checkCode(v: string | undefined, name: string): string | undefined {
  if (v == null || v === '') return undefined;
  if (typeof v !== 'string' || !CODE_RE.test(v)) throw new MarsadError('E_QUERY', `--${name} must be a code of letters, digits, '.', ':', '_' or '-' (got ${JSON.stringify(v)})`);
  return v;
}

const n = (v: unknown): number => (v == null ? 0 : Number(v));
const s = (v: unknown): string | null => (v == null ? null : String(v));

export class SqlRepository implements Repository {
  readonly backend: Backend;
  /** The connection adapter (used by the job queue). */
  readonly db: Db;

  constructor(db: Db, backend: Backend) {
    this.db = db;
    this.backend = backend;
  }

  // ---------------------------------------------------------------- writing

  async putDoc(doc: DocJSON): Promise<PutResult> {
    return this.putRows(docToRows(doc));
  }

  /** Stores rows prepared by `docToRows` (possibly in a worker thread). */
  async putRows(rows: DocRows): Promise<PutResult> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.db.tx((db) => this.putRowsTx(db, rows));
      } catch (e) {
        // two writers storing the same new article at once, or a deadlock between writers
        // upserting the same entities: the transaction is retried
        if (attempt < 5 && isRetryable(e)) continue;
        throw e;
      }
    }
  }

  /**
   * Group commit: stores several articles in one transaction, each inside its own
   * SAVEPOINT, so each article is still stored whole or not at all (a failing article is
   * rolled back alone and returned as an Error). On SQLite this saves most of the cost
   * of a commit per article; a crash loses only the uncommitted group, which a re-run
   * of the ingest stores again. On PostgreSQL it is one transaction per article.
   */
  async putRowsGroup(rows: DocRows[]): Promise<(PutResult | Error)[]> {
    const one = async (r: DocRows) => this.putRows(r).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
    if (this.backend !== 'sqlite' || rows.length < 2) {
      const out: (PutResult | Error)[] = [];
      for (const r of rows) out.push(await one(r));
      return out;
    }
    return this.db.tx(async (db) => {
      const out: (PutResult | Error)[] = [];
      for (const r of rows) {
        await db.run('SAVEPOINT article');
        try {
          out.push(await this.putRowsTx(db, r));
          await db.run('RELEASE article');
        } catch (e) {
          await db.run('ROLLBACK TO article');
          await db.run('RELEASE article');
          out.push(e instanceof Error ? e : new Error(String(e)));
        }
      }
      return out;
    });
  }

  /** Stores rows inside a transaction the caller holds (the job queue). */
  putRowsIn(db: Db, rows: DocRows): Promise<PutResult> {
    return this.putRowsTx(db, rows);
  }

  protected async putRowsTx(db: Db, r: DocRows): Promise<PutResult> {
    const now = new Date().toISOString();
    // PostgreSQL: two round trips per new article, both prepared statements: the look-ups
    // (same text, same id, story candidates), then every row in one statement
    const pgFast = this.backend === 'postgres' && db.prepared ? db.prepared.bind(db) : null;
    let found: { n: number; id: string; hash: string; doc_hash: string; story_id: string }[];
    let cands: StoryCandidate[] | null = null;
    if (pgFast) {
      const rows = await pgFast<{ k: string; n: number; id: string; hash: string; doc_hash: string; story_id: string; signature: string }>(
        'marsad_lookup_1', PG_LOOKUP, [r.hash, r.id, r.bands]);
      found = rows.filter((x) => x.k === 'f');
      cands = rows.filter((x) => x.k === 'c');
    } else {
      // one round trip for both look-ups: same text (any id), or same id (any text)
      found = await db.all<{ n: number; id: string; hash: string; doc_hash: string; story_id: string }>(
        'SELECT n, id, hash, doc_hash, story_id FROM articles WHERE hash = ? OR id = ?', [r.hash, r.id]);
    }
    const byHash = found.find((f) => f.hash === r.hash);
    if (byHash) {
      if (byHash.doc_hash === r.docHash) return { id: byHash.id, status: 'duplicate', storyId: byHash.story_id };
      // same text, new analysis: update in place, keep id and story
      await this.deleteChildren(db, byHash.id);
      await this.writeArticle(db, r, byHash.id, byHash.story_id, now, Number(byHash.n));
      await this.writeChildren(db, r, byHash.id);
      return { id: byHash.id, status: 'updated', storyId: byHash.story_id };
    }
    const byId = found.find((f) => f.id === r.id);
    if (byId) await this.deleteChildren(db, r.id);
    const storyId = cands ? pickStory(r, cands) : await this.assignStory(db, r);
    if (pgFast && !byId) {
      await this.insertAllPg(db, pgFast, r, storyId, now);
      return { id: r.id, status: 'stored', storyId };
    }
    await this.writeArticle(db, r, r.id, storyId, now, byId ? Number(byId.n) : null);
    await this.writeChildren(db, r, r.id);
    return { id: r.id, status: byId ? 'updated' : 'stored', storyId };
  }

  /**
   * PostgreSQL, new article: the article and all its rows in one prepared statement
   * (data-modifying CTEs over arrays), instead of a statement (and a parse, a plan and a
   * round trip) per table.
   */
  protected async insertAllPg(db: Db, prepared: NonNullable<Db['prepared']>, r: DocRows, storyId: string, now: string): Promise<void> {
    const id = r.id;
    const ents = [...r.entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const perEntity = new Map<string, number>();
    for (const m of r.mentions) perEntity.set(m.entityId, (perEntity.get(m.entityId) ?? 0) + 1);
    const col = <T>(xs: T[], f: (x: T) => unknown) => xs.map(f);
    const res = await prepared<{ missed: unknown }>('marsad_insert_1', PG_INSERT, [
      id, r.hash, r.docHash, r.title, r.source, r.url, r.published, r.month, r.chars, r.stages, storyId, r.signature, r.text, Buffer.from(r.doc), r.terms, now,
      col(ents, (e) => e.id), col(ents, (e) => e.type), col(ents, (e) => e.label), col(ents, (e) => e.labelEn), col(ents, (e) => e.kind),
      col(r.mentions, (m) => m.entityId), col(r.mentions, (m) => m.start), col(r.mentions, (m) => m.end), col(r.mentions, (m) => m.text),
      [...perEntity.keys()], [...perEntity.values()],
      col(r.events, (e) => e.idx), col(r.events, (e) => e.code), col(r.events, (e) => e.name), col(r.events, (e) => e.source), col(r.events, (e) => e.target),
      col(r.events, (e) => e.place), col(r.events, (e) => e.date), col(r.events, (e) => e.triggerStart), col(r.events, (e) => e.triggerEnd),
      col(r.events, (e) => e.evidenceStart), col(r.events, (e) => e.evidenceEnd), col(r.events, (e) => e.confidence), col(r.events, (e) => e.raw),
      col(r.quotes, (q) => q.idx), col(r.quotes, (q) => q.start), col(r.quotes, (q) => q.end), col(r.quotes, (q) => q.text), col(r.quotes, (q) => q.kind), col(r.quotes, (q) => q.speaker),
      col(r.quantities, (q) => q.idx), col(r.quantities, (q) => q.start), col(r.quantities, (q) => q.end), col(r.quantities, (q) => q.text),
      col(r.quantities, (q) => q.value), col(r.quantities, (q) => q.from), col(r.quantities, (q) => q.to), col(r.quantities, (q) => q.unit),
      col(r.topics, (t) => t.code), col(r.topics, (t) => t.label), col(r.topics, (t) => t.score),
      col(r.dates, (d) => d.idx), col(r.dates, (d) => d.start), col(r.dates, (d) => d.end), col(r.dates, (d) => d.text), col(r.dates, (d) => d.resolved), col(r.dates, (d) => d.granularity),
      r.bands,
    ]);
    // An entity another writer created after this statement's snapshot was skipped by both
    // the insert (conflict) and the update (not visible): fill it now, as a separate statement
    if (n(res[0]?.missed) > 0) {
      const fill = ents.filter((e) => e.labelEn != null || e.kind != null);
      await db.run(
        `UPDATE entities SET label_en = COALESCE(entities.label_en, v.column2), kind = COALESCE(entities.kind, v.column3)
         FROM (VALUES ${fill.map(() => '(?, CAST(? AS TEXT), CAST(? AS TEXT))').join(', ')}) AS v
         WHERE entities.id = v.column1 AND ((entities.label_en IS NULL AND v.column2 IS NOT NULL) OR (entities.kind IS NULL AND v.column3 IS NOT NULL))`,
        fill.flatMap((e) => [e.id, e.labelEn, e.kind]));
    }
  }

  protected async assignStory(db: Db, r: DocRows): Promise<string> {
    if (!r.bands.length) return r.id;
    const cands = await db.all<{ id: string; signature: string; story_id: string }>(
      `SELECT DISTINCT a.id, a.signature, a.story_id FROM story_bands b JOIN articles a ON a.id = b.article_id
       WHERE b.band IN (${r.bands.map(() => '?').join(',')}) AND a.id <> ?`, [...r.bands, r.id]);
    return pickStory(r, cands);
  }

  protected async writeArticle(db: Db, r: DocRows, id: string, storyId: string, now: string, existingN: number | null): Promise<void> {    const pg = this.backend === 'postgres';
    const doc = pg ? Buffer.from(r.doc) : r.doc;
    const vals = [r.hash, r.docHash, r.title, r.source, r.url, r.published, r.month, r.chars, r.stages, storyId, r.signature, r.text, doc];
    if (existingN == null) {
      const row = await db.get<{ n: number }>(
        `INSERT INTO articles (id, hash, doc_hash, title, source, url, published, month, chars, stages, story_id, signature, text, doc,${pg ? ' tsv,' : ''} ingested_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,${pg ? " to_tsvector('simple', ?)," : ''} ?, ?) RETURNING n`,
        [id, ...vals, ...(pg ? [r.terms] : []), now, now]);
      if (!pg) await db.run('INSERT INTO articles_fts (rowid, terms) VALUES (?, ?)', [row!.n, r.terms]);
    } else {
      await db.run(
        `UPDATE articles SET hash = ?, doc_hash = ?, title = ?, source = ?, url = ?, published = ?, month = ?, chars = ?, stages = ?,
         story_id = ?, signature = ?, text = ?, doc = ?,${pg ? " tsv = to_tsvector('simple', ?)," : ''} updated_at = ? WHERE n = ?`,
        [...vals, ...(pg ? [r.terms] : []), now, existingN]);
      if (!pg) {
        await db.run('DELETE FROM articles_fts WHERE rowid = ?', [existingN]);
        await db.run('INSERT INTO articles_fts (rowid, terms) VALUES (?, ?)', [existingN, r.terms]);
      }
    }
  }

  protected async deleteChildren(db: Db, id: string): Promise<void> {
    for (const t of ['mentions', 'article_entities', 'events', 'quotes', 'quantities', 'topics', 'dates', 'story_bands']) {
      await db.run(`DELETE FROM ${t} WHERE article_id = ?`, [id]);
    }
  }

  protected async writeChildren(db: Db, r: DocRows, id: string): Promise<void> {
    if (r.entities.length) {
      // DO NOTHING: an existing entity row is not locked, so concurrent writers of articles
      // about the same entity do not wait for each other (sorted: a fixed lock order for
      // entities created at the same time)
      const sorted = [...r.entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      await this.insertMany(db, 'entities', ['id', 'type', 'label', 'label_en', 'kind'],
        sorted.map((e) => [e.id, e.type, e.label, e.labelEn, e.kind]), ' ON CONFLICT (id) DO NOTHING');
      // fill an English label or kind that an earlier article did not have (rare: few rows locked)
      const fill = sorted.filter((e) => e.labelEn != null || e.kind != null);
      if (this.backend === 'postgres' && fill.length) {
        // one statement (one round trip) for all of them
        await db.run(
          `UPDATE entities SET label_en = COALESCE(entities.label_en, v.column2), kind = COALESCE(entities.kind, v.column3)
           FROM (VALUES ${fill.map(() => '(?, CAST(? AS TEXT), CAST(? AS TEXT))').join(', ')}) AS v
           WHERE entities.id = v.column1 AND ((entities.label_en IS NULL AND v.column2 IS NOT NULL) OR (entities.kind IS NULL AND v.column3 IS NOT NULL))`,
          fill.flatMap((e) => [e.id, e.labelEn, e.kind]));
      } else {
        for (const e of fill) {
          await db.run(
            `UPDATE entities SET label_en = COALESCE(label_en, CAST(? AS TEXT)), kind = COALESCE(kind, CAST(? AS TEXT))
             WHERE id = ? AND ((label_en IS NULL AND CAST(? AS TEXT) IS NOT NULL) OR (kind IS NULL AND CAST(? AS TEXT) IS NOT NULL))`,
            [e.labelEn, e.kind, e.id, e.labelEn, e.kind]);
        }
      }
    }
    await this.insertMany(db, 'mentions', ['article_id', 'entity_id', 'off_start', 'off_end', 'text'],
      r.mentions.map((m) => [id, m.entityId, m.start, m.end, m.text]));
    const perEntity = new Map<string, number>();
    for (const m of r.mentions) perEntity.set(m.entityId, (perEntity.get(m.entityId) ?? 0) + 1);
    await this.insertMany(db, 'article_entities', ['article_id', 'entity_id', 'mentions'], [...perEntity].map(([e, n]) => [id, e, n]));
    await this.insertMany(db, 'events', ['article_id', 'idx', 'code', 'name', 'source', 'target', 'place', 'date', 'trigger_start', 'trigger_end', 'evidence_start', 'evidence_end', 'confidence', 'raw'],
      r.events.map((e) => [id, e.idx, e.code, e.name, e.source, e.target, e.place, e.date, e.triggerStart, e.triggerEnd, e.evidenceStart, e.evidenceEnd, e.confidence, e.raw]));
    await this.insertMany(db, 'quotes', ['article_id', 'idx', 'off_start', 'off_end', 'text', 'kind', 'speaker'],
      r.quotes.map((q) => [id, q.idx, q.start, q.end, q.text, q.kind, q.speaker]));
    await this.insertMany(db, 'quantities', ['article_id', 'idx', 'off_start', 'off_end', 'text', 'value', 'vfrom', 'vto', 'unit'],
      r.quantities.map((q) => [id, q.idx, q.start, q.end, q.text, q.value, q.from, q.to, q.unit]));
    await this.insertMany(db, 'topics', ['article_id', 'code', 'label', 'score'], r.topics.map((t) => [id, t.code, t.label, t.score]));
    await this.insertMany(db, 'dates', ['article_id', 'idx', 'off_start', 'off_end', 'text', 'resolved', 'granularity'],
      r.dates.map((d) => [id, d.idx, d.start, d.end, d.text, d.resolved, d.granularity]));
    await this.insertMany(db, 'story_bands', ['band', 'article_id'], r.bands.map((b) => [b, id]), ' ON CONFLICT DO NOTHING');
  }

  /** Inserts rows: one cached statement per row on SQLite, multi-row VALUES on PostgreSQL. */
  protected async insertMany(db: Db, table: string, cols: string[], rows: unknown[][], tail = ''): Promise<void> {
    if (!rows.length) return;
    const one = '(' + cols.map(() => '?').join(', ') + ')';
    if (this.backend === 'sqlite') {
      const sql = `INSERT INTO ${table} (${cols.join(', ')}) VALUES ${one}${tail}`;
      if (db.runMany) await db.runMany(sql, rows);
      else for (const row of rows) await db.run(sql, row);
      return;
    }
    const chunk = Math.max(1, Math.floor(2000 / cols.length));
    for (let i = 0; i < rows.length; i += chunk) {
      const part = rows.slice(i, i + chunk);
      await db.run(`INSERT INTO ${table} (${cols.join(', ')}) VALUES ${part.map(() => one).join(', ')}${tail}`, part.flat());
    }
  }

  async hasHash(hash: string): Promise<boolean> {
    return !!(await this.db.get('SELECT 1 AS x FROM articles WHERE hash = ?', [hash]));
  }

  // ---------------------------------------------------------------- reading

  protected summary(row: Record<string, unknown>): ArticleSummary {
    return {
      id: String(row.id), title: s(row.title), source: s(row.source), url: s(row.url), published: s(row.published),
      storyId: String(row.story_id), hash: String(row.hash), chars: n(row.chars),
    };
  }

  async getArticle(id: string): Promise<Article | null> {
    if (typeof id !== 'string' || !id) return null;
    const row = await this.db.get<Record<string, unknown>>('SELECT * FROM articles WHERE id = ?', [id]);
    if (!row) return null;
    return { ...this.summary(row), doc: decodeDoc(row.doc as Uint8Array) };
  }

  /** WHERE conditions (on alias `a`) for filters and an optional full-text query. */
  protected conditions(f: Filters, pq: ParsedQuery | null, params: unknown[]): string[] {
    const c: string[] = [];
    if (pq && !isEmptyQuery(pq)) {
      if (this.backend === 'sqlite') {
        c.push('a.n IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)');
        params.push(toFts5(pq));
      } else {
        c.push("a.tsv @@ to_tsquery('simple', ?)");
        params.push(toTsquery(pq));
      }
    }
    if (f.entity != null && f.entity !== '') {
      c.push('EXISTS (SELECT 1 FROM article_entities m WHERE m.article_id = a.id AND m.entity_id = ?)');
      params.push(String(f.entity));
    }
    const ev = checkCode(f.event, 'event');
    if (ev) {
      c.push('EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND substr(e.code, 1, ?) = ?)');
      params.push(ev.length, ev);
    }
    const topic = checkCode(f.topic, 'topic');
    if (topic) {
      c.push('EXISTS (SELECT 1 FROM topics t WHERE t.article_id = a.id AND t.code = ?)');
      params.push(topic);
    }
    const from = checkDate(f.from, 'from');
    if (from) { c.push('a.published >= ?'); params.push(from); }
    const to = checkDate(f.to, 'to');
    if (to) { c.push('a.published < ?'); params.push(upperBound(to)); }
    if (f.source != null && f.source !== '') { c.push('a.source = ?'); params.push(String(f.source)); }
    return c;
  }

  async search(p: SearchParams = {}): Promise<SearchResult> {
    const limit = clampInt(p.limit, 20, MAX_LIMIT, 'limit');
    const offset = clampInt(p.offset, 0, 1_000_000, 'offset');
    const pq = parseQuery(p.q ?? '');
    if (p.q && p.q.trim() && isEmptyQuery(pq)) {
      throw new MarsadError('E_QUERY', `the query ${JSON.stringify(p.q)} has no words to search for (only letters and digits are searched)`);
    }
    const hasQ = !isEmptyQuery(pq);
    const sqlite = this.backend === 'sqlite';

    // hits
    const hp: unknown[] = [];
    let from = 'articles a';
    let score = '0';
    if (hasQ) {
      if (sqlite) {
        // CROSS JOIN fixes the order: the full-text matches first, then their articles
        // (otherwise SQLite may scan an index of articles and query FTS once per article)
        from = '(SELECT rowid AS fr, bm25(articles_fts) AS r FROM articles_fts WHERE articles_fts MATCH ?) f CROSS JOIN articles a ON f.fr = a.n';
        hp.push(toFts5(pq));
        score = '(-f.r)';
      } else {
        score = "ts_rank_cd(a.tsv, to_tsquery('simple', ?))";
        hp.push(toTsquery(pq));
      }
    }
    // on SQLite the query is in the FROM join; on PostgreSQL it is a condition
    const cp: unknown[] = [];
    const conds = this.conditions(p, sqlite ? null : pq, cp);
    const where = conds.length ? 'WHERE ' + conds.join(' AND ') : '';
    // the text is fetched for the page of hits only (sorting every match with its text is slow)
    const cols = 'a.id, a.title, a.source, a.url, a.published, a.story_id, a.hash, a.chars';
    const order = 'score DESC, a.published DESC, a.id';
    let rows: Record<string, unknown>[];
    if (p.groupStories) {
      const sql = `SELECT * FROM (SELECT ${cols}, ${score} AS score,
               ROW_NUMBER() OVER (PARTITION BY a.story_id ORDER BY ${score} DESC, a.published DESC, a.id) AS rn,
               COUNT(*) OVER (PARTITION BY a.story_id) AS story_hits
             FROM ${from} ${where}) a WHERE rn = 1 ORDER BY ${order} LIMIT ? OFFSET ?`;
      // the score expression appears twice on PostgreSQL (select list and window)
      const params = sqlite ? [...hp, ...cp] : [...hp, ...hp, ...cp];
      rows = await this.db.all<Record<string, unknown>>(sql, [...params, limit, offset]);
    } else {
      const sql = `SELECT ${cols}, ${score} AS score FROM ${from} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`;
      rows = await this.db.all<Record<string, unknown>>(sql, [...hp, ...cp, limit, offset]);
    }
    const texts = new Map<string, string>();
    if (rows.length) {
      const tr = await this.db.all<{ id: string; text: string }>(`SELECT id, text FROM articles WHERE id IN (${rows.map(() => '?').join(',')})`, rows.map((r) => r.id));
      for (const t of tr) texts.set(t.id, t.text);
    }
    const hits: SearchHit[] = rows.map((r) => ({
      ...this.summary(r),
      score: Number(r.score) || 0,
      snippet: snippet(texts.get(String(r.id)) ?? '', pq),
      ...(p.groupStories ? { storyHits: n(r.story_hits) } : {}),
    }));

    // total and facets over the whole matching set
    const fp: unknown[] = [];
    const fconds = this.conditions(p, pq, fp);
    const fwhere = fconds.length ? 'WHERE ' + fconds.join(' AND ') : '';
    const total = n((await this.db.get<{ c: unknown }>(`SELECT count(*) AS c FROM articles a ${fwhere}`, fp))?.c);
    const facets = p.facets === false ? emptyFacets() : await this.facets(fwhere, fp);
    return { total, hits, facets };
  }

  protected async facets(where: string, params: unknown[]): Promise<Facets> {
    // without conditions the facets count every article (no IN list)
    const inSet = (col: string) => (where ? `WHERE ${col} IN (SELECT a.id FROM articles a ${where})` : '');
    const fc = (rows: Record<string, unknown>[]): FacetCount[] =>
      rows.map((r) => ({ key: String(r.k), label: String(r.label ?? r.k), count: n(r.c) }));
    // count on the narrow tables first, then look up labels for the top 10 only
    const entities = await this.db.all(
      `SELECT top.k AS k, e.label AS label, top.c AS c FROM
         (SELECT m.entity_id AS k, count(*) AS c FROM article_entities m ${inSet('m.article_id')}
          GROUP BY m.entity_id ORDER BY c DESC, k LIMIT 10) top
       JOIN entities e ON e.id = top.k ORDER BY c DESC, k`, params);
    const topics = await this.db.all(
      `SELECT top.k AS k, (SELECT x.label FROM topics x WHERE x.code = top.k AND x.label IS NOT NULL LIMIT 1) AS label, top.c AS c FROM
         (SELECT t.code AS k, count(*) AS c FROM topics t ${inSet('t.article_id')}
          GROUP BY t.code ORDER BY c DESC, k LIMIT 10) top ORDER BY c DESC, k`, params);
    const sources = await this.db.all(
      `SELECT a.source AS k, count(*) AS c FROM articles a ${where} ${where ? 'AND' : 'WHERE'} a.source IS NOT NULL GROUP BY a.source ORDER BY c DESC, k LIMIT 10`, params);
    const months = await this.db.all(
      `SELECT a.month AS k, count(*) AS c FROM articles a ${where} ${where ? 'AND' : 'WHERE'} a.month IS NOT NULL GROUP BY a.month ORDER BY k`, params);
    return { entities: fc(entities), topics: fc(topics), sources: fc(sources), months: fc(months) };
  }

  async listEntities(p: { q?: string; type?: string; limit?: number; offset?: number } = {}): Promise<EntitySummary[]> {
    const limit = clampInt(p.limit, 50, MAX_LIMIT, 'limit');
    const offset = clampInt(p.offset, 0, 1_000_000, 'offset');
    const params: unknown[] = [];
    const c: string[] = [];
    if (p.type) { c.push('e.type = ?'); params.push(String(p.type)); }
    if (p.q) {
      const like = '%' + String(p.q).replace(/[\\%_]/g, (x) => '\\' + x) + '%';
      const op = this.backend === 'postgres' ? 'ILIKE' : 'LIKE';
      c.push(`(e.label ${op} ? ESCAPE '\\' OR e.label_en ${op} ? ESCAPE '\\' OR e.id = ?)`);
      params.push(like, like, String(p.q));
    }
    const rows = await this.db.all(
      `SELECT e.id, e.type, e.label, e.label_en, e.kind, sum(m.mentions) AS mentions, count(*) AS articles
       FROM entities e JOIN article_entities m ON m.entity_id = e.id ${c.length ? 'WHERE ' + c.join(' AND ') : ''}
       GROUP BY e.id, e.type, e.label, e.label_en, e.kind ORDER BY articles DESC, mentions DESC, e.id LIMIT ? OFFSET ?`,
      [...params, limit, offset]);
    return rows.map((r) => this.entitySummary(r));
  }

  protected entitySummary(r: Record<string, unknown>): EntitySummary {
    return { id: String(r.id), type: String(r.type), label: String(r.label), labelEn: s(r.label_en), kind: s(r.kind), mentions: n(r.mentions), articles: n(r.articles) };
  }

  async getEntity(id: string): Promise<EntityDetail | null> {
    const row = await this.db.get(
      `SELECT e.id, e.type, e.label, e.label_en, e.kind, coalesce(sum(m.mentions), 0) AS mentions, count(m.entity_id) AS articles
       FROM entities e LEFT JOIN article_entities m ON m.entity_id = e.id WHERE e.id = ? GROUP BY e.id, e.type, e.label, e.label_en, e.kind`, [String(id)]);
    if (!row) return null;
    const timeline = await this.db.all(
      `SELECT a.month AS month, sum(m.mentions) AS mentions, count(*) AS articles FROM article_entities m JOIN articles a ON a.id = m.article_id
       WHERE m.entity_id = ? AND a.month IS NOT NULL GROUP BY a.month ORDER BY a.month`, [id]);
    const co = await this.db.all(
      `SELECT top.id AS id, e.label AS label, e.type AS type, top.articles AS articles FROM
         (SELECT m2.entity_id AS id, count(*) AS articles
          FROM article_entities m1 JOIN article_entities m2 ON m2.article_id = m1.article_id AND m2.entity_id <> m1.entity_id
          WHERE m1.entity_id = ? GROUP BY m2.entity_id ORDER BY articles DESC, id LIMIT 20) top
       JOIN entities e ON e.id = top.id ORDER BY articles DESC, id`, [id]);
    const forms = await this.db.all(
      'SELECT text, count(*) AS c FROM mentions WHERE entity_id = ? GROUP BY text ORDER BY c DESC, text LIMIT 20', [id]);
    return {
      ...this.entitySummary(row),
      timeline: timeline.map((t) => ({ month: String(t.month), mentions: n(t.mentions), articles: n(t.articles) })),
      cooccurring: co.map((c) => ({ id: String(c.id), label: String(c.label), type: String(c.type), articles: n(c.articles) })),
      forms: forms.map((f) => ({ text: String(f.text), count: n(f.c) })),
    };
  }

  async listEvents(p: ListParams & { q?: string } = {}): Promise<EventRow[]> {
    const limit = clampInt(p.limit, 100, 100_000, 'limit');
    const offset = clampInt(p.offset, 0, 10_000_000, 'offset');
    const params: unknown[] = [];
    const c = this.conditions(p, p.q ? parseQuery(p.q) : null, params);
    const ev = checkCode(p.event, 'event');
    if (ev) { c.push('substr(ev.code, 1, ?) = ?'); params.push(ev.length, ev); }
    const rows = await this.db.all(
      `SELECT ev.*, a.published AS published FROM events ev JOIN articles a ON a.id = ev.article_id
       ${c.length ? 'WHERE ' + c.join(' AND ') : ''} ORDER BY a.published, ev.article_id, ev.idx LIMIT ? OFFSET ?`,
      [...params, limit, offset]);
    return rows.map((r) => ({
      articleId: String(r.article_id), index: n(r.idx), code: String(r.code), name: s(r.name), source: s(r.source), target: s(r.target),
      place: s(r.place), date: s(r.date),
      triggerStart: r.trigger_start == null ? null : n(r.trigger_start), triggerEnd: r.trigger_end == null ? null : n(r.trigger_end),
      evidenceStart: r.evidence_start == null ? null : n(r.evidence_start), evidenceEnd: r.evidence_end == null ? null : n(r.evidence_end),
      confidence: r.confidence == null ? null : n(r.confidence), published: s(r.published),
      raw: safeJson(r.raw),
    }));
  }

  async listStories(p: ListParams & { minSize?: number } = {}): Promise<StorySummary[]> {
    const limit = clampInt(p.limit, 50, MAX_LIMIT, 'limit');
    const offset = clampInt(p.offset, 0, 1_000_000, 'offset');
    const minSize = clampInt(p.minSize, 1, 1_000_000, 'minSize');
    const params: unknown[] = [];
    const c = this.conditions(p, null, params);
    const agg = this.backend === 'sqlite' ? 'group_concat(DISTINCT a.source)' : "string_agg(DISTINCT a.source, ',')";
    const rows = await this.db.all(
      `SELECT a.story_id AS id, count(*) AS size, min(a.published) AS first, max(a.published) AS last, ${agg} AS sources,
         (SELECT x.title FROM articles x WHERE x.story_id = a.story_id ORDER BY x.published, x.n LIMIT 1) AS title
       FROM articles a ${c.length ? 'WHERE ' + c.join(' AND ') : ''}
       GROUP BY a.story_id HAVING count(*) >= ? ORDER BY size DESC, last DESC, id LIMIT ? OFFSET ?`,
      [...params, minSize, limit, offset]);
    return rows.map((r) => ({
      id: String(r.id), size: n(r.size), title: s(r.title), first: s(r.first), last: s(r.last),
      sources: r.sources ? String(r.sources).split(',').sort() : [],
    }));
  }

  async *iterDocs(p: Filters & { q?: string; limit?: number } = {}): AsyncIterable<DocJSON> {
    const max = p.limit == null ? Infinity : clampInt(p.limit, 0, Number.MAX_SAFE_INTEGER, 'limit');
    const pq = p.q ? parseQuery(p.q) : null;
    if (p.q && p.q.trim() && pq && isEmptyQuery(pq)) throw new MarsadError('E_QUERY', `the query ${JSON.stringify(p.q)} has no words to search for`);
    let last = 0;
    let done = 0;
    for (;;) {
      const params: unknown[] = [];
      const c = this.conditions(p, pq, params);
      c.push('a.n > ?');
      params.push(last);
      const rows = await this.db.all<{ n: unknown; doc: Uint8Array }>(
        `SELECT a.n, a.doc FROM articles a WHERE ${c.join(' AND ')} ORDER BY a.n LIMIT 200`, params);
      for (const r of rows) {
        if (done >= max) return;
        done++;
        yield decodeDoc(r.doc);
      }
      if (rows.length < 200) return;
      last = Number(rows[rows.length - 1]!.n);
    }
  }

  async stats(): Promise<Stats> {
    const c = async (sql: string) => n((await this.db.get<{ c: unknown }>(sql))?.c);
    return {
      articles: await c('SELECT count(*) AS c FROM articles'),
      stories: await c('SELECT count(DISTINCT story_id) AS c FROM articles'),
      entities: await c('SELECT count(DISTINCT entity_id) AS c FROM article_entities'),
      mentions: await c('SELECT count(*) AS c FROM mentions'),
      events: await c('SELECT count(*) AS c FROM events'),
      quotes: await c('SELECT count(*) AS c FROM quotes'),
      quantities: await c('SELECT count(*) AS c FROM quantities'),
      topics: await c('SELECT count(*) AS c FROM topics'),
      pendingJobs: await c('SELECT count(*) AS c FROM jobs'),
      backend: this.backend,
    };
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

interface StoryCandidate { id: string; signature: string; story_id: string }

/** The story of the most similar earlier article (MinHash similarity over the threshold), else its own. */
function pickStory(r: DocRows, cands: StoryCandidate[]): string {
  if (!r.bands.length) return r.id;
  const sig = sigFromHex(r.signature);
  let best = STORY_THRESHOLD;
  let story = r.id;
  for (const c of cands) {
    const sim = similarity(sig, sigFromHex(c.signature));
    if (sim >= best) { best = sim; story = c.story_id; }
  }
  return story;
}

/**
 * PostgreSQL look-ups before storing an article: same text or id ('f'), story candidates ('c').
 * The candidates are fetched by id one at a time (LATERAL … LIMIT 1): as a plain join, the
 * prepared statement's generic plan hashed a sequential scan of every article, so each new
 * article cost the server time in proportion to the size of the store.
 */
const PG_LOOKUP = `SELECT 'f' AS k, n, id, hash, doc_hash, story_id, NULL::text AS signature FROM articles WHERE hash = $1 OR id = $2
UNION ALL
SELECT 'c', NULL, a.id, NULL, NULL, a.story_id, a.signature
  FROM (SELECT DISTINCT article_id FROM story_bands WHERE band = ANY($3::text[]) AND article_id <> $2) b
  CROSS JOIN LATERAL (SELECT id, signature, story_id FROM articles WHERE id = b.article_id LIMIT 1) a`;

/**
 * PostgreSQL: a new article and all its rows in one statement. Entities: DO NOTHING on an
 * existing id (no row lock, so writers of articles about the same entity do not wait for
 * each other; the ids are sorted: a fixed lock order for entities created at the same time);
 * an English label or kind that an earlier article did not have is filled in. `missed`
 * counts entities to fill that the statement could not see (created by a concurrent writer).
 */
const PG_INSERT = `WITH
art AS (INSERT INTO articles (id, hash, doc_hash, title, source, url, published, month, chars, stages, story_id, signature, text, doc, tsv, ingested_at, updated_at)
  VALUES ($1::text, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, to_tsvector('simple', $15::text), $16, $16)),
ent AS (INSERT INTO entities (id, type, label, label_en, kind)
  SELECT * FROM unnest($17::text[], $18::text[], $19::text[], $20::text[], $21::text[]) ON CONFLICT (id) DO NOTHING RETURNING id),
fill AS (UPDATE entities SET label_en = COALESCE(entities.label_en, v.label_en), kind = COALESCE(entities.kind, v.kind)
  FROM unnest($17::text[], $20::text[], $21::text[]) AS v(id, label_en, kind)
  WHERE entities.id = v.id AND ((entities.label_en IS NULL AND v.label_en IS NOT NULL) OR (entities.kind IS NULL AND v.kind IS NOT NULL))),
men AS (INSERT INTO mentions (article_id, entity_id, off_start, off_end, text)
  SELECT $1::text, * FROM unnest($22::text[], $23::int[], $24::int[], $25::text[])),
ae AS (INSERT INTO article_entities (article_id, entity_id, mentions) SELECT $1::text, * FROM unnest($26::text[], $27::int[])),
ev AS (INSERT INTO events (article_id, idx, code, name, source, target, place, date, trigger_start, trigger_end, evidence_start, evidence_end, confidence, raw)
  SELECT $1::text, * FROM unnest($28::int[], $29::text[], $30::text[], $31::text[], $32::text[], $33::text[], $34::text[], $35::int[], $36::int[], $37::int[], $38::int[], $39::float8[], $40::text[])),
qu AS (INSERT INTO quotes (article_id, idx, off_start, off_end, text, kind, speaker)
  SELECT $1::text, * FROM unnest($41::int[], $42::int[], $43::int[], $44::text[], $45::text[], $46::text[])),
qa AS (INSERT INTO quantities (article_id, idx, off_start, off_end, text, value, vfrom, vto, unit)
  SELECT $1::text, * FROM unnest($47::int[], $48::int[], $49::int[], $50::text[], $51::float8[], $52::float8[], $53::float8[], $54::text[])),
tp AS (INSERT INTO topics (article_id, code, label, score) SELECT $1::text, * FROM unnest($55::text[], $56::text[], $57::float8[])),
dt AS (INSERT INTO dates (article_id, idx, off_start, off_end, text, resolved, granularity)
  SELECT $1::text, * FROM unnest($58::int[], $59::int[], $60::int[], $61::text[], $62::text[], $63::text[])),
sb AS (INSERT INTO story_bands (band, article_id) SELECT b, $1::text FROM unnest($64::text[]) AS b ON CONFLICT DO NOTHING)
SELECT count(*) AS missed FROM unnest($17::text[], $20::text[], $21::text[]) AS v(id, label_en, kind)
WHERE (v.label_en IS NOT NULL OR v.kind IS NOT NULL) AND v.id NOT IN (SELECT id FROM ent)
  AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = v.id)`;

/** PostgreSQL errors after which the whole transaction can simply run again. */
export function isRetryable(e: unknown): boolean {
  const code = (e as { code?: string })?.code;
  return code === '23505' || code === '40P01' || code === '40001';
}

function emptyFacets(): Facets {
  return { entities: [], topics: [], sources: [], months: [] };
}

function safeJson(v: unknown): Record<string, unknown> {
  try {
    return JSON.parse(String(v)) as Record<string, unknown>;
  } catch {
    return {};
  }
}
