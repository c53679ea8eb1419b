import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { buildApp } from '../../src/api/app.ts';
import { build, TOKEN } from './helper.ts';

const json = (r: { body: string }) => JSON.parse(r.body);

/** Every error answer: JSON with a status, a code and a message, no stack trace. */
function assertError(r: { statusCode: number; body: string; headers: Record<string, unknown> }, status: number, re?: RegExp) {
  assert.equal(r.statusCode, status, r.body);
  assert.match(String(r.headers['content-type']), /application\/json/);
  const b = json(r);
  assert.equal(b.statusCode, status);
  assert.equal(typeof b.message, 'string');
  assert.ok(b.message.length > 5, 'message is not empty');
  assert.doesNotMatch(r.body, /\bat .*\.(ts|js):\d+/, 'no stack trace');
  if (re) assert.match(b.message, re);
  return b;
}

test('GET /api/health reports the store and the pipeline stages', async (t) => {
  const { app } = await build(t);
  const r = await app.inject('/api/health');
  assert.equal(r.statusCode, 200);
  const b = json(r);
  assert.equal(b.ok, true);
  assert.equal(b.store, true);
  assert.ok(b.stages.includes('tokens'));
});

test('POST /api/analyze returns Doc JSON whose offsets slice the original text', async (t) => {
  const { app, store } = await build(t, { empty: true });
  const text = 'زار الرئيس المصري بغداد أمس.\nوقال إن العلاقات "ممتازة".';
  const r = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text, meta: { published: '2024-05-15', title: 'زيارة' } } });
  assert.equal(r.statusCode, 200, r.body);
  const doc = json(r);
  assert.equal(doc.schema, 'marsad.doc/1');
  assert.equal(doc.text, text);
  assert.equal(doc.meta.published, '2024-05-15');
  assert.ok(doc.layers.tokens.length >= 8);
  for (const tok of doc.layers.tokens) assert.equal(text.slice(tok.start, tok.end).length, tok.end - tok.start);
  assert.equal(text.slice(doc.layers.tokens[0].start, doc.layers.tokens[0].end), 'زار');
  // nothing stored
  assert.equal((await store.stats()).articles, 0);
});

test('POST /api/analyze: bad input gives 4xx JSON with a clear message', async (t) => {
  const { app } = await build(t, { bodyLimit: 64 * 1024 });
  const post = (payload: string, type = 'application/json') => app.inject({ method: 'POST', url: '/api/analyze', payload, headers: { 'content-type': type } });
  assertError(await post('{"text": "abc"'), 400, /invalid JSON/);
  assertError(await post(''), 400, /JSON|empty/i);
  assertError(await post(JSON.stringify({ text: 42 })), 400, /text must be string/);
  assertError(await post(JSON.stringify({ txt: 'abc' })), 400, /text/);
  assertError(await post(JSON.stringify({ text: 'ابc', meta: { published: 'yesterday' } })), 400, /published/);
  assertError(await post(JSON.stringify({ text: 'نص', extra: 1 })), 400, /additional properties/);
  assertError(await post(JSON.stringify({ text: '   \n ' })), 400, /empty/);
  assertError(await post(JSON.stringify([1, 2])), 400, /object/);
  assertError(await post('text=abc', 'text/plain'), 415, /application\/json/);
  const huge = JSON.stringify({ text: 'ا'.repeat(200 * 1024) });
  assertError(await post(huge), 413, /larger than the limit/);
});

test('POST /api/analyze survives odd text (control characters, lone surrogates, bidi marks, no words)', async (t) => {
  const { app } = await build(t, { empty: true });
  for (const text of ['\u0000\ud800 بغداد \udfff', '\u202e\u200fمرحبا\u0640\u0640', '<<<>>>', '\n\n\n.', '"""«»“”']) {
    const r = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text } });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(json(r).text, text);
  }
});

test('POST /api/articles requires the bearer token and stores the article', async (t) => {
  const { app, store } = await build(t, { empty: true });
  const payload = { text: 'وقعت مصر والأردن اتفاقية تعاون في القاهرة.', meta: { id: 'new-1', title: 'اتفاقية', published: '2024-03-01', source: 'test' } };
  assertError(await app.inject({ method: 'POST', url: '/api/articles', payload }), 401, /bearer token/);
  assertError(await app.inject({ method: 'POST', url: '/api/articles', payload, headers: { authorization: 'Bearer nope' } }), 401, /invalid bearer token/);
  assertError(await app.inject({ method: 'POST', url: '/api/articles', payload, headers: { authorization: `Basic ${TOKEN}` } }), 401);
  assert.equal((await store.stats()).articles, 0);

  const ok = await app.inject({ method: 'POST', url: '/api/articles', payload, headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(ok.statusCode, 201, ok.body);
  assert.deepEqual({ id: json(ok).id, status: json(ok).status }, { id: 'new-1', status: 'stored' });
  assert.ok(json(ok).layers.includes('tokens'));
  assert.equal((await store.stats()).articles, 1);

  const again = await app.inject({ method: 'POST', url: '/api/articles', payload, headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(again.statusCode, 200);
  assert.equal(json(again).status, 'duplicate');

  const got = await app.inject('/api/articles/new-1');
  assert.equal(got.statusCode, 200);
  assert.equal(json(got).text, payload.text);
  assertError(await app.inject({ method: 'POST', url: '/api/articles', payload: { text: 5 }, headers: { authorization: `Bearer ${TOKEN}` } }), 400, /text/);
});

test('POST /api/articles is disabled when no token is configured', async (t) => {
  const { app, store } = await build(t, { empty: true, token: null });
  const r = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: 'نص' }, headers: { authorization: 'Bearer anything' } });
  assertError(r, 401, /writes are disabled.*--token/);
  assert.equal((await store.stats()).articles, 0);
});

test('GET /api/articles searches with snippets, facets and one row per story', async (t) => {
  const { app } = await build(t);
  const r = await app.inject('/api/articles?q=علييف');
  assert.equal(r.statusCode, 200, r.body);
  const b = json(r);
  assert.equal(b.total, 2);
  assert.deepEqual(b.hits.map((h: { id: string }) => h.id).sort(), ['art-aliyev', 'art-baku']);
  const h = b.hits.find((x: { id: string }) => x.id === 'art-aliyev');
  assert.ok(h.snippet.highlights.length >= 1);
  const hl = h.snippet.highlights[0];
  assert.equal(h.snippet.text.slice(hl.start - h.snippet.start, hl.end - h.snippet.start), 'علييف');
  assert.equal(typeof h.storyHits, 'number');
  assert.ok(b.facets.entities.some((f: { key: string; count: number }) => f.key === 'Q7208' && f.count === 2));
  assert.ok(b.facets.sources.some((f: { key: string }) => f.key === 'Trend'));

  const bySource = json(await app.inject('/api/articles?q=علييف&source=Trend'));
  assert.deepEqual(bySource.hits.map((x: { id: string }) => x.id), ['art-baku']);
  const byEntity = json(await app.inject('/api/articles?entity=Q85'));
  assert.deepEqual(byEntity.hits.map((x: { id: string }) => x.id), ['art-cairo']);
  const byDate = json(await app.inject('/api/articles?from=2024-08-01&to=2024-08-31'));
  assert.deepEqual(byDate.hits.map((x: { id: string }) => x.id), ['art-aliyev']);
  const byEvent = json(await app.inject('/api/articles?event=05'));
  assert.deepEqual(byEvent.hits.map((x: { id: string }) => x.id), ['art-baku']);
  const noFacets = json(await app.inject('/api/articles?q=علييف&facets=false'));
  assert.equal(noFacets.hits.length, 2);
  assert.equal(noFacets.facets.entities.length, 0);
  const page = json(await app.inject('/api/articles?limit=1&offset=1'));
  assert.equal(page.hits.length, 1);
  assert.equal(page.total, 4);
});

test('GET /api/articles: wrong types and bad filters give 400 with a message', async (t) => {
  const { app } = await build(t);
  assertError(await app.inject('/api/articles?limit=abc'), 400, /limit must be integer/);
  assertError(await app.inject('/api/articles?limit=0'), 400, /limit/);
  assertError(await app.inject('/api/articles?limit=100000'), 400, /limit/);
  assertError(await app.inject('/api/articles?from=last-week'), 400, /from/);
  assertError(await app.inject('/api/articles?from=2024-09-01&to=2024-01-01'), 400, /after/);
  assertError(await app.inject('/api/articles?colour=red'), 400, /additional properties/);
  assertError(await app.inject('/api/articles?q=' + encodeURIComponent('!!! ...')), 400, /no words/);
});

test('GET /api/articles/:id returns every layer; unknown id is 404', async (t) => {
  const { app } = await build(t);
  const r = await app.inject('/api/articles/art-aliyev');
  assert.equal(r.statusCode, 200);
  const d = json(r);
  assert.equal(d.schema, 'marsad.doc/1');
  assert.equal(d.article.storyId, 'art-aliyev');
  for (const l of ['tokens', 'sentences', 'entities', 'events', 'dates', 'quantities', 'quotes', 'gist']) assert.ok(Array.isArray(d.layers[l]), l);
  const e = d.layers.entities[0];
  assert.equal(d.text.slice(e.start, e.end), 'إلهام علييف');
  assert.equal(e.label_en, 'Ilham Aliyev');
  const slim = json(await app.inject('/api/articles/art-aliyev?omit=tokens,words'));
  assert.equal(slim.layers.tokens, undefined);
  assert.equal(slim.layers.words, undefined);
  assert.deepEqual(slim.layers.entities, d.layers.entities);
  assertError(await app.inject('/api/articles/art-aliyev?omit=<x>'), 400, /omit/);
  assertError(await app.inject('/api/articles/nope'), 404, /no article with id "nope"/);
});

test('GET /api/entities lists and filters; /api/entities/:id has timeline, co-occurrences and events', async (t) => {
  const { app } = await build(t);
  const list = json(await app.inject('/api/entities?type=PER'));
  assert.ok(list.items.length >= 1);
  assert.ok(list.items.every((e: { type: string }) => e.type === 'PER'));
  assert.equal(list.items[0].id, 'Q7208');
  const q = json(await app.inject('/api/entities?q=Kazakh'));
  assert.deepEqual(q.items.map((e: { id: string }) => e.id), ['Q232']);
  assertError(await app.inject('/api/entities?type=ANIMAL'), 400, /type/);

  const one = json(await app.inject('/api/entities/Q7208'));
  assert.equal(one.labelEn, 'Ilham Aliyev');
  assert.deepEqual(one.timeline.map((x: { month: string }) => x.month), ['2024-08', '2024-09']);
  assert.ok(one.cooccurring.some((c: { id: string }) => c.id === 'Q232'));
  assert.deepEqual(one.events.map((e: { code: string }) => e.code).sort(), ['0311', '044']);
  assert.equal(one.events[0].source_label, 'Ilham Aliyev');
  assertError(await app.inject('/api/entities/Q0'), 404, /no entity/);
});

test('GET /api/events filters by code, actor, place and date', async (t) => {
  const { app } = await build(t);
  const all = json(await app.inject('/api/events'));
  assert.equal(all.total, 3);
  assert.equal(all.items[0].raw, undefined, 'raw copy not sent');
  assert.deepEqual(json(await app.inject('/api/events?code=04')).items.map((e: { code: string }) => e.code), ['044']);
  assert.deepEqual(json(await app.inject('/api/events?actor=Q227')).items.map((e: { code: string }) => e.code), ['057']);
  assert.deepEqual(json(await app.inject('/api/events?place=Q1520')).items.map((e: { code: string }) => e.code), ['044']);
  // Q7208 is mentioned in art-baku but is not an actor of its event
  assert.deepEqual(json(await app.inject('/api/events?actor=Q7208')).items.map((e: { code: string }) => e.code).sort(), ['0311', '044']);
  assert.deepEqual(json(await app.inject('/api/events?from=2024-09-01')).items.map((e: { code: string }) => e.code), ['057']);
  assertError(await app.inject('/api/events?limit=-1'), 400, /limit/);
});

test('GET /api/stories, /api/stats and /api/places', async (t) => {
  const { app } = await build(t);
  const st = json(await app.inject('/api/stories'));
  assert.equal(st.items.length, 4);
  assert.ok(st.items.every((s: { size: number }) => s.size === 1));
  assert.equal(json(await app.inject('/api/stories?minSize=2')).items.length, 0);
  assert.deepEqual(json(await app.inject('/api/stories?source=Trend')).items.map((s: { id: string }) => s.id), ['art-baku']);
  assertError(await app.inject('/api/stories?minSize=0'), 400, /minSize/);
  const stats = json(await app.inject('/api/stats'));
  assert.equal(stats.articles, 4);
  assert.equal(stats.events, 3);
  const places = json(await app.inject('/api/places'));
  const kz = places.items.find((p: { id: string }) => p.id === 'Q232');
  assert.ok(kz, 'Kazakhstan placed by its country reference point');
  assert.ok(kz.lat > 40 && kz.lat < 55 && kz.lon > 50 && kz.lon < 90);
  const baku = places.items.find((p: { id: string }) => p.id === 'Q9248');
  assert.ok(baku && Math.abs(baku.lat - 40.4) < 0.5 && Math.abs(baku.lon - 49.9) < 0.5, 'Baku placed from GeoNames');
});

test('without a store, store routes answer 503 and analysis still works', async () => {
  const app = await buildApp({ store: null });
  try {
    assertError(await app.inject('/api/articles?q=x'), 503, /no store/);
    assertError(await app.inject('/api/stats'), 503, /no store/);
    const r = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'بغداد' } });
    assert.equal(r.statusCode, 200);
    assert.equal(json(await app.inject('/api/health')).store, false);
  } finally {
    await app.close();
  }
});

test('a failing store gives 500 with a generic message, never a stack trace', async () => {
  const boom = async () => {
    throw new Error('disk on fire at /secret/path.ts:12');
  };
  const app = await buildApp({ store: { search: boom, stats: boom } as never });
  try {
    const b = assertError(await app.inject('/api/articles'), 500, /internal error/);
    assert.doesNotMatch(JSON.stringify(b), /secret|fire/);
  } finally {
    await app.close();
  }
});

test('unknown routes are 404 JSON', async (t) => {
  const { app } = await build(t);
  assertError(await app.inject('/api/nothing'), 404, /no route GET \/api\/nothing/);
  assertError(await app.inject({ method: 'DELETE', url: '/api/articles/art-aliyev' }), 404);
});

test('the dashboard folder is served at / when present', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-web-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>dash</title>');
  const { app } = await build(t, { webDir: dir });
  const r = await app.inject('/');
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /<title>dash<\/title>/);
  assert.match(String(r.headers['content-security-policy']), /script-src 'self'/);
  assert.equal(r.headers['x-content-type-options'], 'nosniff');
  // a file added after start is served; unknown paths stay JSON 404s
  writeFileSync(join(dir, 'later.js'), 'export {}');
  assert.equal((await app.inject('/later.js')).statusCode, 200);
  assertError(await app.inject('/api/nothing'), 404, /no route/);
  assertError(await app.inject('/missing.js'), 404);
  assert.equal((await app.inject('/api/health')).statusCode, 200);
});

test('GET /openapi.json is a valid OpenAPI 3 document covering every route', async (t) => {
  const { app } = await build(t);
  const r = await app.inject('/openapi.json');
  assert.equal(r.statusCode, 200);
  const doc = json(r);
  assert.match(doc.openapi, /^3\.0\./);
  assert.equal(doc.info.title, 'Marsad API');
  const ops: [string, string][] = [
    ['/api/health', 'get'],
    ['/api/analyze', 'post'],
    ['/api/articles', 'post'],
    ['/api/articles', 'get'],
    ['/api/articles/{id}', 'get'],
    ['/api/entities', 'get'],
    ['/api/entities/{id}', 'get'],
    ['/api/events', 'get'],
    ['/api/stories', 'get'],
    ['/api/places', 'get'],
    ['/api/stats', 'get'],
  ];
  for (const [p, m] of ops) {
    const op = doc.paths[p]?.[m];
    assert.ok(op, `${m.toUpperCase()} ${p} documented`);
    assert.ok(op.responses && Object.keys(op.responses).some((c) => c.startsWith('2')), `${p} has a 2xx response`);
  }
  assert.deepEqual(doc.paths['/api/articles'].post.security, [{ bearer: [] }]);
  assert.equal(doc.components.securitySchemes.bearer.scheme, 'bearer');
  // every $ref resolves inside the document
  const refs: string[] = [];
  JSON.stringify(doc, (k, v) => (k === '$ref' && refs.push(v), v));
  assert.ok(refs.length > 0);
  for (const ref of refs) {
    assert.match(ref, /^#\//, ref);
    const target = ref.slice(2).split('/').reduce((o: any, k: string) => o?.[k], doc);
    assert.ok(target, `unresolved ${ref}`);
  }
  // every schema in the document compiles
  const ajv = new Ajv({ strict: false });
  for (const [name, s] of Object.entries(doc.components.schemas ?? {})) assert.doesNotThrow(() => ajv.compile({ ...(s as object), $id: undefined }), name);
  const body = doc.paths['/api/analyze'].post.requestBody.content['application/json'].schema;
  assert.deepEqual(body.required, ['text']);
  const interactive = await app.inject('/docs/');
  assert.equal(interactive.statusCode, 200);
  assert.match(interactive.body, /swagger/i);
});
