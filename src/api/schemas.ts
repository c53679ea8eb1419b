/**
 * Every HTTP payload, described once. Each schema is a plain JSON Schema object
 * (`as const`), which gives three things from one definition:
 *   - request validation (Fastify compiles it with Ajv),
 *   - the OpenAPI document (`@fastify/swagger` reads the route schemas),
 *   - the TypeScript type (`FromSchema<typeof X>` below maps the schema to a type).
 *
 * Response schemas list the fields the dashboard relies on and allow extra fields,
 * so layers added by later stages pass through untouched.
 */

// ---------------------------------------------------------------------------
// A small JSON Schema -> TypeScript mapper for the subset used in this file.

type Primitive<T> = T extends 'string'
  ? string
  : T extends 'number' | 'integer'
    ? number
    : T extends 'boolean'
      ? boolean
      : T extends 'null'
        ? null
        : unknown;

type Req<S> = S extends { required: readonly (infer K)[] } ? K & string : never;

type ObjectOf<S> = S extends { properties: infer P }
  ? { [K in keyof P as K extends Req<S> ? K : never]: FromSchema<P[K]> } & {
      [K in keyof P as K extends Req<S> ? never : K]?: FromSchema<P[K]>;
    } & (S extends { additionalProperties: true } ? { [extra: string]: unknown } : unknown)
  : { [key: string]: unknown };

/** The TypeScript type a (subset of) JSON Schema describes. */
export type FromSchema<S> = S extends { enum: readonly (infer E)[] }
  ? E
  : S extends { type: readonly (infer T)[] }
    ? Primitive<T>
    : S extends { type: 'object' }
      ? ObjectOf<S>
      : S extends { type: 'array'; items: infer I }
        ? FromSchema<I>[]
        : S extends { type: infer T }
          ? Primitive<T>
          : unknown;

// ---------------------------------------------------------------------------
// Shared pieces

export const ErrorReply = {
  $id: 'ErrorReply',
  type: 'object',
  description: 'Every 4xx/5xx answer: a stable code and a human-readable message (never a stack trace).',
  properties: {
    statusCode: { type: 'integer' },
    code: { type: 'string' },
    error: { type: 'string' },
    message: { type: 'string' },
  },
  required: ['statusCode', 'error', 'message'],
} as const;
export type ErrorReply = FromSchema<typeof ErrorReply>;

const isoDate = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?([T ].*)?$', maxLength: 40, description: 'ISO 8601 date or month: 2024-08-09, 2024-08, 2024' } as const;

export const ArticleMeta = {
  type: 'object',
  description: 'Article metadata; `published` anchors relative dates ("yesterday").',
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 200 },
    title: { type: 'string', maxLength: 2000 },
    published: isoDate,
    source: { type: 'string', maxLength: 200 },
    url: { type: 'string', maxLength: 2000 },
  },
  additionalProperties: false,
} as const;
export type ArticleMeta = FromSchema<typeof ArticleMeta>;

/** Doc JSON (`marsad.doc/1`), the one output format of Marsad. Layers are open-ended. */
export const DocJson = {
  $id: 'DocJson',
  type: 'object',
  description:
    'A Doc (schema marsad.doc/1): the original text and span layers. Every span has UTF-16 `start`/`end` offsets so text.slice(start, end) is the mention.',
  properties: {
    schema: { type: 'string', enum: ['marsad.doc/1'] },
    meta: { type: 'object', additionalProperties: true, properties: { id: { type: 'string' } } },
    text: { type: 'string' },
    stages: { type: 'array', items: { type: 'string' } },
    layers: {
      type: 'object',
      description: 'Layer name -> spans (tokens, words, sentences, entities, quantities, dates, quotes, events, topics, gist...).',
      additionalProperties: { type: 'array', items: {} },
    },
  },
  required: ['schema', 'meta', 'text', 'stages', 'layers'],
  additionalProperties: true,
} as const;

// ---------------------------------------------------------------------------
// Requests

export const AnalyzeBody = {
  type: 'object',
  description: 'Text to analyse. Nothing is stored.',
  properties: {
    text: { type: 'string', minLength: 1, description: 'The article, plain UTF-8 text.' },
    meta: ArticleMeta,
  },
  required: ['text'],
  additionalProperties: false,
} as const;
export type AnalyzeBody = FromSchema<typeof AnalyzeBody>;

export const IngestBody = {
  type: 'object',
  description: 'An article to analyse and store. Requires `Authorization: Bearer <token>`.',
  properties: {
    text: { type: 'string', minLength: 1 },
    meta: ArticleMeta,
  },
  required: ['text'],
  additionalProperties: false,
} as const;
export type IngestBody = FromSchema<typeof IngestBody>;

export const IngestReply = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    status: { type: 'string', enum: ['stored', 'updated', 'duplicate'] },
    storyId: { type: 'string' },
    layers: { type: 'array', items: { type: 'string' }, description: 'Names of the layers the analysis produced.' },
  },
  required: ['id', 'status', 'layers'],
} as const;
export type IngestReply = FromSchema<typeof IngestReply>;

const paging = {
  limit: { type: 'integer', minimum: 1, maximum: 200, default: 20 },
  offset: { type: 'integer', minimum: 0, maximum: 100000, default: 0 },
} as const;

export const SearchQuery = {
  type: 'object',
  properties: {
    q: { type: 'string', maxLength: 500, description: 'Free text (Arabic or English labels).' },
    entity: { type: 'string', maxLength: 200, description: 'Entity id, e.g. a Wikidata QID.' },
    event: { type: 'string', maxLength: 20, description: 'CAMEO event code or prefix.' },
    topic: { type: 'string', maxLength: 200 },
    source: { type: 'string', maxLength: 200 },
    from: isoDate,
    to: isoDate,
    groupStories: { type: 'boolean', default: true, description: 'One row per story (cluster of articles).' },
    facets: { type: 'boolean', default: true, description: 'Compute facets (the costliest part of a search: ask for them once per filter set, not per page).' },
    ...paging,
  },
  additionalProperties: false,
} as const;
export type SearchQuery = FromSchema<typeof SearchQuery>;

export const IdParams = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 300 } },
  required: ['id'],
} as const;
export type IdParams = FromSchema<typeof IdParams>;

export const ArticleQuery = {
  type: 'object',
  properties: {
    omit: { type: 'string', maxLength: 500, pattern: '^[a-z0-9_,-]*$', description: 'Comma-separated layers to leave out, e.g. tokens,words (the largest ones).' },
  },
  additionalProperties: false,
} as const;
export type ArticleQuery = FromSchema<typeof ArticleQuery>;

export const EntityQuery = {
  type: 'object',
  properties: {
    q: { type: 'string', maxLength: 200 },
    type: { type: 'string', enum: ['PER', 'LOC', 'ORG', 'MISC'] },
    ...paging,
  },
  additionalProperties: false,
} as const;
export type EntityQuery = FromSchema<typeof EntityQuery>;

export const EventQuery = {
  type: 'object',
  properties: {
    code: { type: 'string', maxLength: 20, description: 'CAMEO code or prefix (e.g. 04 or 042).' },
    actor: { type: 'string', maxLength: 200, description: 'Entity id or name of an actor.' },
    place: { type: 'string', maxLength: 200, description: 'Entity id or name of a place.' },
    from: isoDate,
    to: isoDate,
    ...paging,
  },
  additionalProperties: false,
} as const;
export type EventQuery = FromSchema<typeof EventQuery>;

export const StoriesQuery = {
  type: 'object',
  properties: {
    minSize: { type: 'integer', minimum: 1, maximum: 100000, default: 1, description: 'Only stories with at least this many articles.' },
    source: { type: 'string', maxLength: 200 },
    from: isoDate,
    to: isoDate,
    ...paging,
  },
  additionalProperties: false,
} as const;
export type StoriesQuery = FromSchema<typeof StoriesQuery>;


// ---------------------------------------------------------------------------
// Responses (documented fields; extra fields pass through)

const open = { type: 'object', additionalProperties: true } as const;

export const SearchReply = {
  type: 'object',
  additionalProperties: true,
  properties: {
    total: { type: 'integer' },
    hits: { type: 'array', items: open },
    facets: open,
  },
  required: ['hits'],
} as const;

export const ListReply = {
  type: 'object',
  additionalProperties: true,
  properties: {
    total: { type: 'integer' },
    items: { type: 'array', items: open },
  },
  required: ['items'],
} as const;

export const EntityReply = open;
export const StatsReply = open;

export const HealthReply = {
  type: 'object',
  properties: {
    ok: { type: 'boolean' },
    store: { type: 'boolean', description: 'Whether a store is attached (search, entities, events...).' },
    stages: { type: 'array', items: { type: 'string' } },
  },
  required: ['ok', 'store', 'stages'],
} as const;
export type HealthReply = FromSchema<typeof HealthReply>;

/** Shared schemas registered with `app.addSchema` (referenced by `$ref`). */
export const SHARED_SCHEMAS = [ErrorReply, DocJson] as const;

export const errorResponses = {
  400: { $ref: 'ErrorReply#' },
  401: { $ref: 'ErrorReply#' },
  404: { $ref: 'ErrorReply#' },
  413: { $ref: 'ErrorReply#' },
  415: { $ref: 'ErrorReply#' },
  500: { $ref: 'ErrorReply#' },
  503: { $ref: 'ErrorReply#' },
} as const;
