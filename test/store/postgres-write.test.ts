/**
 * PostgreSQL writes a new article in one statement (arrays unnested into every table):
 * the rows must be exactly those SQLite writes one by one, awkward strings included.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, toJSON, withLayers } from '../../src/core/doc.ts';
import type { Db } from '../../src/store/sql.ts';
import type { Repository } from '../../src/store/types.ts';
import { FIXTURES, backends, fixtureDoc } from './fixtures.ts';

const [sqlite, postgres] = backends();
const db = (r: Repository) => (r as unknown as { db: Db }).db;

const TEXT = 'قال "النائب" {علي} \\ NULL، ووصل 3.5 مليار دولار في 12 آذار إلى دوما.';
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
function awkwardDoc() {
  return toJSON(withLayers(createDoc(TEXT, { id: 'awk', title: 'عنوان "مقتبس"', published: '2025-03-12', source: 'X,Y' }), {
    entities: [
      { ...at('"النائب"'), type: 'PER', text: '"النائب"', confidence: 1, source: 't' },
      { ...at('{علي}'), type: 'PER', text: '{علي}', id: 'Q{1}', label_en: 'Ali "the" \\ one', kind: 'NULL', confidence: 1, source: 't' },
      { ...at('NULL'), type: 'ORG', text: 'NULL', confidence: 1, source: 't' },
      { ...at('دوما'), type: 'LOC', text: 'دوما', id: 'Q9999', label_en: 'Douma', confidence: 1, source: 't' },
      { ...at('دوما'), type: 'LOC', text: 'دوما', id: 'Q9999', label_en: 'Douma', confidence: 1, source: 't' },
    ],
    events: [
      { ...at('ووصل'), code: '0,1', name: null, trigger: at('ووصل'), source: { id: 'Q{1}' }, target: ['a', 'b'], confidence: 0.1 + 0.2 },
      { code: '190', name: 'x "y"', place: 'Q9999' },
    ],
    quotes: [{ ...at('"النائب"'), kind: 'direct', speaker: { label: 'NULL' } }],
    quantities: [{ ...at('3.5 مليار دولار'), value: 3.5e9, from: -1e-7, to: null, unit: 'USD' }, { ...at('12'), value: 12 }],
    dates: [{ ...at('12 آذار'), resolved: '2025-03-12', granularity: 'day' }],
    topics: [{ code: '04000000', label: 'economy, "money"', score: 0.75 }, { code: 'e1', label: null, score: null }],
  }, 'fixture'));
}

const QUERIES: [string, string][] = [
  ['articles', 'SELECT id, hash, doc_hash, title, source, url, published, month, chars, stages, story_id, signature, text FROM articles ORDER BY id'],
  ['entities', 'SELECT id, type, label, label_en, kind FROM entities ORDER BY id'],
  ['mentions', 'SELECT article_id, entity_id, off_start, off_end, text FROM mentions ORDER BY article_id, off_start, entity_id'],
  ['article_entities', 'SELECT article_id, entity_id, mentions FROM article_entities ORDER BY article_id, entity_id'],
  ['events', 'SELECT article_id, idx, code, name, source, target, place, date, trigger_start, trigger_end, evidence_start, evidence_end, confidence, raw FROM events ORDER BY article_id, idx'],
  ['quotes', 'SELECT article_id, idx, off_start, off_end, text, kind, speaker FROM quotes ORDER BY article_id, idx'],
  ['quantities', 'SELECT article_id, idx, off_start, off_end, text, value, vfrom, vto, unit FROM quantities ORDER BY article_id, idx'],
  ['topics', 'SELECT article_id, code, label, score FROM topics ORDER BY article_id, code'],
  ['dates', 'SELECT article_id, idx, off_start, off_end, text, resolved, granularity FROM dates ORDER BY article_id, idx'],
  ['story_bands', 'SELECT band, article_id FROM story_bands ORDER BY band, article_id'],
];

/** Rows with numbers as numbers (PostgreSQL returns BIGINT as text) for comparison. */
async function dump(r: Repository) {
  const out: Record<string, unknown[]> = {};
  for (const [name, sql] of QUERIES) {
    out[name] = (await db(r).all<Record<string, unknown>>(sql)).map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+$/.test(v) && k !== 'code' && k !== 'band' ? Number(v) : v])));
  }
  return out;
}

test('PostgreSQL stores the same rows as SQLite (one-statement write, awkward strings)', { skip: postgres!.skip }, async () => {
  const a = await sqlite!.open();
  const b = await postgres!.open();
  try {
    for (const repo of [a, b]) {
      for (const f of FIXTURES) assert.equal((await repo.putDoc(fixtureDoc(f))).status, 'stored');
      assert.equal((await repo.putDoc(awkwardDoc())).status, 'stored');
    }
    const [x, y] = [await dump(a), await dump(b)];
    assert.ok((y.mentions as unknown[]).length > 10 && (y.events as unknown[]).length >= 3 && (y.story_bands as unknown[]).length > 0);
    for (const [name] of QUERIES) assert.deepEqual(y[name], x[name], name);
    const ent = (y.entities as { id: string; label_en: string | null; kind: string | null }[]).find((e) => e.id === 'Q{1}');
    assert.deepEqual([ent?.label_en, ent?.kind], ['Ali "the" \\ one', 'NULL']);
    // a search still finds the article through its tsvector
    assert.deepEqual((await b.search({ q: 'دوما' })).hits.map((h) => h.id).sort(), (await a.search({ q: 'دوما' })).hits.map((h) => h.id).sort());
  } finally {
    await a.close();
    await b.close();
    await sqlite!.cleanup();
    await postgres!.cleanup();
  }
});

test('PostgreSQL migrations 004-005: no trigram index on titles; the Doc blob is not compressed again', { skip: postgres!.skip }, async () => {
  const r = await postgres!.open();
  try {
    const idx = await db(r).all<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'articles'");
    assert.ok(idx.some((i) => i.indexname === 'articles_tsv'));
    assert.ok(!idx.some((i) => i.indexname === 'articles_title_trgm'));
    const st = await db(r).get<{ s: string }>(
      "SELECT a.attstorage AS s FROM pg_attribute a WHERE a.attrelid = to_regclass('articles') AND a.attname = 'doc'");
    assert.equal(st?.s, 'e');
    const v = await db(r).all<{ version: unknown }>('SELECT version FROM schema_migrations ORDER BY version');
    assert.deepEqual(v.map((m) => Number(m.version)), [1, 2, 3, 4, 5]);
  } finally {
    await r.close();
    await postgres!.cleanup();
  }
});
