/**
 * The Doc: one immutable original text plus typed span layers.
 *
 * Every span carries UTF-16 offsets `[start, end)` into `doc.text`, so
 * `doc.text.slice(span.start, span.end)` is always the mention. Stages never
 * edit a Doc: they return a new one with more layers (see `withLayers`).
 *
 * The JSON form (`toJSON` / `fromJSON`, schema `marsad.doc/1`) is the one output
 * of the library, the CLI, the store and the HTTP API.
 */
import { MarsadError } from './errors.ts';

export const DOC_SCHEMA = 'marsad.doc/1' as const;

/** Offsets into the original text (UTF-16 code units, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

export type TokenKind = 'word' | 'number' | 'latin' | 'punct' | 'quote' | 'symbol';

/** A unit of raw text between separators: `وبكازاخستان`, `2024`, `COP29`, `“`. */
export interface Token extends Span {
  kind: TokenKind;
  /** Matching form (see `ar/normalize.ts`): no diacritics, unified alef/yaa/taa marbuta, ASCII digits. */
  norm: string;
}

/** Role of a word inside its token: a proclitic (و ب ل ك ف س) or the stem. */
export type WordRole = 'conj' | 'prep' | 'fut' | 'stem';

/** A syntactic word: a token, or part of a clitic-segmented token (`و` + `ب` + `كازاخستان`). */
export interface Word extends Span {
  /** Index of the token this word belongs to. */
  token: number;
  role: WordRole;
  norm: string;
  /** For stems: the normalised form without the definite article `ال` (`الأسطول` -> `اسطول`). */
  core?: string;
}

export type BlockKind = 'headline' | 'body' | 'boilerplate';

export interface Sentence extends Span {
  paragraph: number;
  kind: BlockKind;
  /** Token index range `[tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Paragraph extends Span {
  kind: BlockKind;
}

export type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';

export interface Entity extends Span {
  type: EntityType;
  text: string;
  confidence: number;
  source: string;
  /** Filled by the linking stage. */
  id?: string;
  label_en?: string;
  label_ar?: string;
  kind?: string;
  country?: string;
  role?: string;
  [extra: string]: unknown;
}

/** Layers any stage may add. Known layers are typed; others are `Span[]`. */
export interface Layers {
  tokens?: Token[];
  words?: Word[];
  sentences?: Sentence[];
  paragraphs?: Paragraph[];
  entities?: Entity[];
  [name: string]: unknown[] | undefined;
}

export interface DocMeta {
  id: string;
  title?: string;
  /** Publication date, ISO 8601 (`2024-08-09` or a full timestamp). Relative dates resolve against it. */
  published?: string;
  source?: string;
  url?: string;
  language: string;
  [extra: string]: unknown;
}

export interface Doc {
  readonly schema: typeof DOC_SCHEMA;
  readonly meta: Readonly<DocMeta>;
  readonly text: string;
  readonly layers: Readonly<Layers>;
  /** Names of the stages that produced this Doc, in order. */
  readonly stages: readonly string[];
}

/** The JSON form. `schema` first so a reader can dispatch on it. */
export interface DocJSON {
  schema: typeof DOC_SCHEMA;
  meta: DocMeta;
  text: string;
  stages: string[];
  layers: Layers;
}

export function createDoc(text: string, meta: Partial<DocMeta> = {}): Doc {
  if (typeof text !== 'string') throw new MarsadError('E_DOC_TEXT', 'Doc text must be a string');
  const full: DocMeta = { language: 'ar', ...meta, id: meta.id ?? contentId(text) };
  return freeze({ schema: DOC_SCHEMA, meta: full, text, layers: {}, stages: [] });
}

/** A new Doc with `layers` added or replaced. The original text never changes. */
export function withLayers(doc: Doc, layers: Layers, stage?: string): Doc {
  return freeze({
    schema: DOC_SCHEMA,
    meta: doc.meta,
    text: doc.text,
    layers: { ...doc.layers, ...layers },
    stages: stage ? [...doc.stages, stage] : doc.stages,
  });
}

export function withMeta(doc: Doc, meta: Partial<DocMeta>): Doc {
  return freeze({ ...doc, meta: { ...doc.meta, ...meta } });
}

export function layer<T = Span>(doc: Doc, name: string): T[] {
  return (doc.layers[name] as T[] | undefined) ?? [];
}

/** The characters a span covers. */
export function spanText(doc: Doc, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

export function toJSON(doc: Doc): DocJSON {
  return { schema: doc.schema, meta: { ...doc.meta }, text: doc.text, stages: [...doc.stages], layers: { ...doc.layers } };
}

/** Reads a Doc JSON and checks schema and span bounds; throws `MarsadError` on anything else. */
export function fromJSON(json: unknown): Doc {
  if (!json || typeof json !== 'object') throw new MarsadError('E_DOC_JSON', 'Doc JSON must be an object');
  const j = json as Partial<DocJSON>;
  if (j.schema !== DOC_SCHEMA) throw new MarsadError('E_DOC_SCHEMA', `unsupported Doc schema ${JSON.stringify(j.schema)} (expected ${DOC_SCHEMA})`);
  if (typeof j.text !== 'string') throw new MarsadError('E_DOC_JSON', 'Doc JSON has no text');
  const layers = (j.layers ?? {}) as Layers;
  for (const [name, spans] of Object.entries(layers)) {
    if (!Array.isArray(spans)) throw new MarsadError('E_DOC_JSON', `layer ${name} is not an array`);
    for (const s of spans as Partial<Span>[]) {
      if (s && typeof s.start === 'number' && typeof s.end === 'number') {
        if (s.start < 0 || s.end > j.text.length || s.start > s.end) {
          throw new MarsadError('E_DOC_SPAN', `layer ${name}: span [${s.start}, ${s.end}) outside text of length ${j.text.length}`);
        }
      }
    }
  }
  return freeze({
    schema: DOC_SCHEMA,
    meta: { ...(j.meta as DocMeta), language: j.meta?.language ?? 'ar', id: j.meta?.id ?? contentId(j.text) },
    text: j.text,
    layers,
    stages: j.stages ?? [],
  });
}

/** Stable id from the content: FNV-1a 64 over UTF-16 code units, hex. */
export function contentId(text: string): string {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x01000193 | 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 13);
  }
  return 'doc_' + (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

function freeze(doc: Doc): Doc {
  Object.freeze(doc.layers);
  Object.freeze(doc.meta);
  return Object.freeze(doc);
}
