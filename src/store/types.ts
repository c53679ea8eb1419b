/**
 * The Repository: where analysed articles go in once and come out by search, entity,
 * event, topic, date and source. Two implementations with the same behaviour:
 * `SqliteRepository` (embedded default) and `PostgresRepository` (scale-out with workers).
 * Open one with `openRepository()` from `store/index.ts` (chosen by `MARSAD_DB`).
 *
 * Every method is async (the PostgreSQL driver is), every offset is a UTF-16 offset into
 * the article's original text, and bad input gives a `MarsadError` (E_QUERY, E_STORE).
 */
import type { DocJSON } from '../core/doc.ts';
import type { Snippet } from '../search/snippet.ts';

/** What `putDoc` did with an article. */
export type PutStatus =
  /** a new article */
  | 'stored'
  /** same content hash as a stored article: analysis updated in place */
  | 'updated'
  /** same content hash and the same analysis: nothing to do */
  | 'duplicate';

export interface PutResult {
  id: string;
  status: PutStatus;
  storyId: string;
}

/** Article metadata, as listed and returned by search. */
export interface ArticleSummary {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  /** ISO 8601 date or timestamp, as given. */
  published: string | null;
  /** Story (cluster of near-duplicates) the article belongs to. */
  storyId: string;
  /** Content hash (sha256 hex of the text). */
  hash: string;
  chars: number;
}

export interface Article extends ArticleSummary {
  /** The full Doc JSON (text, stages and every layer). */
  doc: DocJSON;
}

/** Filters shared by search, listing and export. All optional; all combine with AND. */
export interface Filters {
  /** Entity id (as stored in `entities.id`: a linked id such as `Q1234`, or `PER:نورم`). */
  entity?: string;
  /** Event code; a prefix matches its sub-codes (`04` matches `042`). */
  event?: string;
  /** Topic code (IPTC Media Topic or other). */
  topic?: string;
  /** Inclusive date bounds on `published` (`2018-03`, `2018-03-01`, full timestamps). */
  from?: string;
  to?: string;
  source?: string;
}

export interface SearchParams extends Filters {
  /** Words and "phrases" (see `search/query.ts`); empty lists by date, newest first. */
  q?: string;
  limit?: number;
  offset?: number;
  /** One row per story (the best-ranked article of each story). */
  groupStories?: boolean;
  /** Compute facets (default true). */
  facets?: boolean;
}

export interface SearchHit extends ArticleSummary {
  /** Higher is better; comparable within one result list only. */
  score: number;
  snippet: Snippet;
  /** Number of articles of this hit's story that match (when grouping stories). */
  storyHits?: number;
}

export interface FacetCount {
  key: string;
  label: string;
  count: number;
}

export interface Facets {
  entities: FacetCount[];
  topics: FacetCount[];
  sources: FacetCount[];
  /** `YYYY-MM` */
  months: FacetCount[];
}

export interface SearchResult {
  /** Number of matching articles (not stories). */
  total: number;
  hits: SearchHit[];
  facets: Facets;
}

export interface EntitySummary {
  id: string;
  type: string;
  label: string;
  labelEn: string | null;
  kind: string | null;
  /** Number of mentions / of articles. */
  mentions: number;
  articles: number;
}

export interface EntityDetail extends EntitySummary {
  /** Mentions per month (`YYYY-MM`). */
  timeline: { month: string; mentions: number; articles: number }[];
  /** Entities appearing in the same articles, by number of shared articles. */
  cooccurring: { id: string; label: string; type: string; articles: number }[];
  /** Surface forms seen, most frequent first. */
  forms: { text: string; count: number }[];
}

export interface EventRow {
  articleId: string;
  /** Index of the event in the article's `events` layer. */
  index: number;
  code: string;
  name: string | null;
  source: string | null;
  target: string | null;
  place: string | null;
  date: string | null;
  triggerStart: number | null;
  triggerEnd: number | null;
  evidenceStart: number | null;
  evidenceEnd: number | null;
  confidence: number | null;
  published: string | null;
  /** The event as stored in the Doc. */
  raw: Record<string, unknown>;
}

export interface StorySummary {
  id: string;
  size: number;
  title: string | null;
  first: string | null;
  last: string | null;
  sources: string[];
}

export interface Stats {
  articles: number;
  stories: number;
  entities: number;
  mentions: number;
  events: number;
  quotes: number;
  quantities: number;
  topics: number;
  /** Analysis jobs waiting (PostgreSQL queue; always 0 on SQLite). */
  pendingJobs: number;
  backend: 'sqlite' | 'postgres';
}

export interface ListParams extends Filters {
  limit?: number;
  offset?: number;
}

export interface Repository {
  readonly backend: 'sqlite' | 'postgres';
  /** Stores one analysed article in one transaction (whole or not at all). Idempotent by content hash. */
  putDoc(doc: DocJSON): Promise<PutResult>;
  /** True when an article with this content hash is stored (cheap check before analysing). */
  hasHash(hash: string): Promise<boolean>;
  getArticle(id: string): Promise<Article | null>;
  search(params: SearchParams): Promise<SearchResult>;
  listEntities(params?: { q?: string; type?: string; limit?: number; offset?: number }): Promise<EntitySummary[]>;
  getEntity(id: string): Promise<EntityDetail | null>;
  listEvents(params?: ListParams & { q?: string }): Promise<EventRow[]>;
  listStories(params?: ListParams & { minSize?: number }): Promise<StorySummary[]>;
  /** Doc JSON of every article matching the filters (and query), oldest first, streamed. */
  iterDocs(params?: Filters & { q?: string; limit?: number }): AsyncIterable<DocJSON>;
  stats(): Promise<Stats>;
  close(): Promise<void>;
}
