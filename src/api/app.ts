/**
 * The HTTP API as a Fastify app, built from a store. `buildApp` opens no port, so tests
 * drive it with `app.inject`; `server.ts` only starts it.
 *
 * Routes (all JSON; the OpenAPI document is at /openapi.json, interactive docs at /docs):
 *   GET  /api/health              liveness, store attached?, pipeline stages
 *   POST /api/analyze             analyse a posted text, store nothing -> Doc JSON
 *   POST /api/articles            analyse and store (Authorization: Bearer <token>)
 *   GET  /api/articles            search: q, entity, event, topic, source, from, to -> hits + facets
 *   GET  /api/articles/:id        one article with all its layers (Doc JSON)
 *   GET  /api/entities            list entities (q, type)
 *   GET  /api/entities/:id        one entity: labels, mentions over time, co-occurring entities, events
 *   GET  /api/events              events (code, actor, place, from, to)
 *   GET  /api/places              place entities with coordinates (for the map)
 *   GET  /api/stories             stories (clusters of articles)
 *   GET  /api/stats               counts
 * The dashboard (web/dist) is served from `/` by the same process when it has been built.
 */
import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { Doc, DocMeta } from '../core/doc.ts';
import { toJSON } from '../core/doc.ts';
import { isMarsadError, type ErrorCode } from '../core/errors.ts';
import { analyze as defaultAnalyze } from '../stages/index.ts';
import { toPlaces } from './places.ts';
import type { EventRow, Repository } from '../store/types.ts';
import {
  AnalyzeBody,
  ArticleQuery,
  EntityQuery,
  EntityReply,
  EventQuery,
  HealthReply,
  IdParams,
  IngestBody,
  IngestReply,
  ListReply,
  StoriesQuery,
  SHARED_SCHEMAS,
  SearchQuery,
  SearchReply,
  StatsReply,
  errorResponses,
} from './schemas.ts';

/** What the API needs from a store: the store's Repository (tests may pass a subset). */
export type ApiStore = Pick<Repository, 'putDoc' | 'getArticle' | 'search' | 'listEntities' | 'getEntity' | 'listEvents' | 'listStories' | 'stats'>;

export interface AppOptions {
  /** The store behind search/articles/entities/events. Without one those routes answer 503. */
  store?: ApiStore | null;
  /** Bearer token required for writes (ingest). Without one, ingest is disabled (401). */
  token?: string | null;
  /** Maximum request body in bytes (default 2 MiB). */
  bodyLimit?: number;
  /** The analysis function (default: the library's `analyze`). */
  analyze?: (text: string, meta?: Partial<DocMeta>) => Doc;
  /** Built dashboard folder to serve at `/` (skipped if absent). */
  webDir?: string | null;
  /** Fastify logger (default off). */
  logger?: boolean;
}

export { DEFAULT_BODY_LIMIT } from './limits.ts';
import { DEFAULT_BODY_LIMIT } from './limits.ts';

/** HTTP status for each Marsad error code. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  E_INPUT_EMPTY: 400,
  E_INPUT_ENCODING: 400,
  E_INPUT_BINARY: 400,
  E_INPUT_TOO_LARGE: 413,
  E_INPUT_DATE: 400,
  E_INPUT_NOT_FOUND: 404,
  E_QUERY: 400,
  E_USAGE: 400,
  E_DOC_TEXT: 400,
  E_DOC_JSON: 400,
  E_DOC_SCHEMA: 400,
  E_DOC_SPAN: 400,
};

class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function buildApp(opts: AppOptions = {}): Promise<FastifyInstance> {
  const store = opts.store ?? null;
  const analyze = opts.analyze ?? defaultAnalyze;
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? DEFAULT_BODY_LIMIT,
    return503OnClosing: true,
  });

  for (const s of SHARED_SCHEMAS) app.addSchema(s);
  // JSON only: a text/plain body is a 415 with a clear message rather than a confusing type error.
  app.removeContentTypeParser('text/plain');
  // Query strings and path parameters arrive as text and are coerced ("20" -> 20);
  // JSON bodies are not: `{"text": 5}` is a wrong type, not the text "5".
  const ajvOptions = { removeAdditional: false, useDefaults: true, allErrors: false, strict: false } as const;
  const coercing = new Ajv({ ...ajvOptions, coerceTypes: 'array' });
  const exact = new Ajv({ ...ajvOptions, coerceTypes: false });
  for (const a of [coercing, exact]) (addFormats as unknown as (a: Ajv) => void)(a);
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? exact : coercing).compile(schema));

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Marsad API',
        description:
          'Arabic news as structured facts (entities, events, quotes, quantities, dates, topics), each with UTF-16 character offsets into the original text.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      },
      tags: [
        { name: 'analysis', description: 'Analyse text without storing it' },
        { name: 'articles', description: 'Ingest, search and read stored articles' },
        { name: 'entities', description: 'People, places, organisations' },
        { name: 'events', description: 'CAMEO-coded events and stories' },
        { name: 'meta', description: 'Health and statistics' },
      ],
    },
    refResolver: { buildLocalReference: (json, _base, _frag, i) => String(json.$id ?? `def-${i}`) },
  });
  // validatorUrl: null keeps the docs page offline (no call to the public validator)
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { validatorUrl: null, deepLinking: true } });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    const { status, code, message } = describeError(err);
    if (status >= 500) req.log.error({ err }, 'request failed');
    reply.status(status).type('application/json').send({ statusCode: status, code, error: statusText(status), message });
  });

  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send({ statusCode: 404, code: 'E_NOT_FOUND', error: 'Not Found', message: `no route ${req.method} ${req.url.split('?')[0]}` });
  });

  const needStore = (): ApiStore => {
    if (!store) throw new HttpError(503, 'E_NO_STORE', 'no store is attached to this server (start it with `marsad serve`)');
    return store;
  };

  const requireToken = async (req: FastifyRequest) => {
    if (!opts.token) throw new HttpError(401, 'E_AUTH', 'writes are disabled: start the server with --token <secret> (or MARSAD_API_TOKEN)');
    const h = req.headers.authorization ?? '';
    const m = /^Bearer\s+(.+)$/i.exec(h);
    if (!m) throw new HttpError(401, 'E_AUTH', 'missing bearer token: send `Authorization: Bearer <token>`');
    if (!safeEqual(m[1]!.trim(), opts.token)) throw new HttpError(401, 'E_AUTH', 'invalid bearer token');
  };

  const stageNames = () => ((analyze as unknown as { stages?: { name: string }[] }).stages ?? []).map((s) => s.name);

  // --- meta -----------------------------------------------------------------
  app.get('/api/health', { schema: { tags: ['meta'], summary: 'Liveness', response: { 200: HealthReply } } }, async () => ({
    ok: true,
    store: !!store,
    stages: stageNames(),
  }));

  app.get('/api/stats', { schema: { tags: ['meta'], summary: 'Counts of articles, entities, events, stories', response: { 200: StatsReply, ...errorResponses } } }, async () =>
    needStore().stats(),
  );

  // --- analysis ---------------------------------------------------------------
  app.post<{ Body: AnalyzeBody }>(
    '/api/analyze',
    {
      schema: {
        tags: ['analysis'],
        summary: 'Analyse a text (nothing is stored)',
        body: AnalyzeBody,
        response: { 200: { $ref: 'DocJson#' }, ...errorResponses },
      },
    },
    async (req) => {
      const { text, meta } = req.body;
      if (!text.trim()) throw new HttpError(400, 'E_INPUT_EMPTY', 'text is empty');
      return toJSON(analyze(text, meta as Partial<DocMeta>));
    },
  );

  // --- articles -------------------------------------------------------------
  app.post<{ Body: IngestBody }>(
    '/api/articles',
    {
      preHandler: requireToken,
      schema: {
        tags: ['articles'],
        summary: 'Analyse and store an article',
        security: [{ bearer: [] }],
        body: IngestBody,
        response: { 200: IngestReply, 201: IngestReply, ...errorResponses },
      },
    },
    async (req, reply) => {
      const s = needStore();
      const { text, meta } = req.body;
      if (!text.trim()) throw new HttpError(400, 'E_INPUT_EMPTY', 'text is empty');
      const doc = analyze(text, meta as Partial<DocMeta>);
      const put = await s.putDoc(toJSON(doc));
      reply.status(put.status === 'stored' ? 201 : 200);
      return { id: put.id, status: put.status, storyId: put.storyId, layers: Object.keys(doc.layers) };
    },
  );

  app.get<{ Querystring: SearchQuery }>(
    '/api/articles',
    {
      schema: {
        tags: ['articles'],
        summary: 'Search articles (filters and facets; one row per story by default)',
        querystring: SearchQuery,
        response: { 200: SearchReply, ...errorResponses },
      },
    },
    async (req) => {
      const q = req.query;
      if (q.from && q.to && q.from > q.to) throw new HttpError(400, 'E_QUERY', '`from` is after `to`');
      return needStore().search({ ...q });
    },
  );

  app.get<{ Params: IdParams; Querystring: ArticleQuery }>(
    '/api/articles/:id',
    {
      schema: {
        tags: ['articles'],
        summary: 'One article with all its layers (or all but those in `omit`)',
        params: IdParams,
        querystring: ArticleQuery,
        response: { 200: { $ref: 'DocJson#' }, ...errorResponses },
      },
    },
    async (req) => {
      const a = await needStore().getArticle(req.params.id);
      if (!a) throw new HttpError(404, 'E_NOT_FOUND', `no article with id ${JSON.stringify(req.params.id)}`);
      const { doc, ...summary } = a;
      const omit = new Set((req.query.omit ?? '').split(',').filter(Boolean));
      const layers = omit.size ? Object.fromEntries(Object.entries(doc.layers).filter(([k]) => !omit.has(k))) : doc.layers;
      return { ...doc, layers, article: summary };
    },
  );

  // --- entities ---------------------------------------------------------------
  app.get<{ Querystring: EntityQuery }>(
    '/api/entities',
    { schema: { tags: ['entities'], summary: 'List entities', querystring: EntityQuery, response: { 200: ListReply, ...errorResponses } } },
    async (req) => {
      const { q, type, limit, offset } = req.query;
      return normaliseList(await needStore().listEntities({ q, type, limit, offset }));
    },
  );

  app.get<{ Params: IdParams }>(
    '/api/entities/:id',
    {
      schema: {
        tags: ['entities'],
        summary: 'One entity: labels, aliases, mentions over time, co-occurring entities, events',
        params: IdParams,
        response: { 200: EntityReply, ...errorResponses },
      },
    },
    async (req) => {
      const s = needStore();
      const e = await s.getEntity(req.params.id);
      if (!e) throw new HttpError(404, 'E_NOT_FOUND', `no entity with id ${JSON.stringify(req.params.id)}`);
      const rows = await s.listEvents({ entity: req.params.id, limit: 200 });
      const events = rows.filter((r) => r.source === e.id || r.target === e.id || r.place === e.id).map(eventOut);
      return { ...e, events };
    },
  );

  // --- events and stories -----------------------------------------------------------
  app.get<{ Querystring: EventQuery }>(
    '/api/events',
    { schema: { tags: ['events'], summary: 'Events by CAMEO code, actor, place, date', querystring: EventQuery, response: { 200: ListReply, ...errorResponses } } },
    async (req) => {
      const { code, actor, place, from, to, limit = 20, offset = 0 } = req.query;
      if (from && to && from > to) throw new HttpError(400, 'E_QUERY', '`from` is after `to`');
      const entity = actor ?? place;
      if (!entity) return normaliseList((await needStore().listEvents({ event: code, from, to, limit, offset })).map(eventOut));
      // the store filters by "article mentions the entity"; keep the events where it plays the asked role
      const rows = await needStore().listEvents({ event: code, from, to, entity, limit: 1000 });
      const keep = rows.filter((r) => (!actor || r.source === actor || r.target === actor) && (!place || r.place === place));
      return { items: keep.slice(offset, offset + limit).map(eventOut), total: keep.length };
    },
  );

  app.get<{ Querystring: StoriesQuery }>(
    '/api/stories',
    { schema: { tags: ['events'], summary: 'Stories (clusters of near-duplicate articles), largest first', querystring: StoriesQuery, response: { 200: ListReply, ...errorResponses } } },
    async (req) => {
      const { minSize, source, from, to, limit, offset } = req.query;
      if (from && to && from > to) throw new HttpError(400, 'E_QUERY', '`from` is after `to`');
      return normaliseList(await needStore().listStories({ minSize, source, from, to, limit, offset }));
    },
  );

  app.get(
    '/api/places',
    {
      schema: {
        tags: ['entities'],
        summary: 'Places mentioned, with coordinates (for the map)',
        response: { 200: ListReply, ...errorResponses },
      },
    },
    async () => {
      const list = normaliseList(await needStore().listEntities({ type: 'LOC', limit: 500 }));
      const items = toPlaces(list.items);
      return { items, total: items.length };
    },
  );

  // --- OpenAPI -----------------------------------------------------------------
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  // --- dashboard -----------------------------------------------------------------
  // Defence in depth: the dashboard renders article text as text nodes; on top of that the
  // browser runs no inline or foreign script (the interactive docs at /docs set their own policy).
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    if (!req.url.startsWith('/docs')) {
      reply.header('content-security-policy', "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    }
    return payload;
  });
  if (opts.webDir && existsSync(opts.webDir)) {
    // wildcard: files are looked up per request, so a rebuilt dashboard is served without a restart
    await app.register(fastifyStatic, { root: opts.webDir, prefix: '/', wildcard: true, index: ['index.html'] });
  }

  return app;
}

/** Store lists may be arrays or `{items,total}`: the API always answers `{items,total}`. */
function normaliseList(v: unknown): { items: unknown[]; total: number } & Record<string, unknown> {
  if (Array.isArray(v)) return { items: v, total: v.length };
  const o = (v ?? {}) as Record<string, unknown>;
  const items = (Array.isArray(o.items) ? o.items : Array.isArray(o.hits) ? o.hits : []) as unknown[];
  return { ...o, items, total: typeof o.total === 'number' ? o.total : items.length };
}

/** An event row for the API: the stored row without the raw copy, plus display labels taken from it. */
function eventOut(r: EventRow): Record<string, unknown> {
  const { raw, ...row } = r;
  const out: Record<string, unknown> = { ...row };
  const label = (v: unknown): string | undefined => {
    if (typeof v === 'string') return v;
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      for (const k of ['label_en', 'label', 'label_ar', 'text', 'name']) if (typeof o[k] === 'string' && o[k]) return o[k] as string;
    }
    return undefined;
  };
  for (const k of ['source', 'target', 'place'] as const) {
    const l = label(raw?.[k]);
    if (l && l !== row[k]) out[`${k}_label`] = l;
  }
  for (const k of ['cameo_name', 'text', 'date_resolved']) if (raw && raw[k] !== undefined) out[k] = raw[k];
  return out;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function describeError(err: FastifyError | Error): { status: number; code: string; message: string } {
  if (err instanceof HttpError) return { status: err.statusCode, code: err.code, message: err.message };
  if (isMarsadError(err)) {
    const status = STATUS[err.code] ?? 500;
    return { status, code: err.code, message: status >= 500 ? `${err.code}: ${err.message}` : err.message };
  }
  const fe = err as FastifyError;
  if (fe.validation) {
    return { status: 400, code: 'E_VALIDATION', message: `invalid request: ${fe.message}` };
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, code: 'E_JSON', message: `invalid JSON body: ${fe.message}` };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'E_TOO_LARGE', message: `request body is larger than the limit (${fe.message})` };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: 'E_MEDIA_TYPE', message: 'unsupported content type: send application/json' };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, code: 'E_LENGTH', message: 'Content-Length does not match the body' };
  }
  if (err instanceof SyntaxError) return { status: 400, code: 'E_JSON', message: `invalid JSON body: ${err.message}` };
  const sc = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (sc >= 400 && sc < 500) return { status: sc, code: fe.code ?? 'E_REQUEST', message: fe.message };
  return { status: 500, code: 'E_INTERNAL', message: 'internal error (see the server log)' };
}

function statusText(s: number): string {
  return (
    ({ 400: 'Bad Request', 401: 'Unauthorized', 404: 'Not Found', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 500: 'Internal Server Error', 503: 'Service Unavailable' } as Record<number, string>)[s] ??
    'Error'
  );
}

export type { FastifyInstance, FastifyReply };
