/**
 * PostgreSQL backend (`MARSAD_DB=postgres://...`): the same schema and behaviour as
 * SQLite (one shared implementation in `sql.ts`), with
 * - full-text search on a `tsvector` built with the `simple` configuration over Marsad's
 *   own search terms (normalised + light-stemmed, see `search/terms.ts`): PostgreSQL's
 *   `arabic` Snowball configuration does not strip clitics (`والاستثمار` stays whole), and
 *   using the same terms as SQLite keeps results identical across backends;
 * - `pg_trgm` GIN indexes for entity look-up (`ILIKE '%...%'`);
 * - a job queue (`jobs`) taken by `marsad worker` with `FOR UPDATE SKIP LOCKED`.
 *
 * `schema` (option or `?schema=` in the URL) puts every table in its own schema, which
 * tests use to run in parallel without colliding.
 */
import pg from 'pg';
import { MarsadError } from '../core/errors.ts';
import { loadMigrations } from './migrate.ts';
import { SqlRepository, type Db } from './sql.ts';

const SCHEMA_RE = /^[a-z_][a-z0-9_]{0,62}$/;

function toDollar(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => '$' + ++i);
}

const converted = new Map<string, string>();
function conv(sql: string): string {
  let c = converted.get(sql);
  if (!c) {
    c = toDollar(sql);
    if (converted.size > 1000) converted.clear();
    converted.set(sql, c);
  }
  return c;
}

function wrap(e: unknown): never {
  const err = e as Error & { code?: string };
  // unique violation, deadlock, serialization failure: the caller retries the transaction
  if (err && (err.code === '23505' || err.code === '40P01' || err.code === '40001')) throw err;
  if (err instanceof MarsadError) throw err;
  const m = new MarsadError('E_STORE', `PostgreSQL: ${err?.message ?? String(e)}`);
  (m as unknown as { pgCode?: string }).pgCode = err?.code;
  throw m;
}

class ClientDb implements Db {
  constructor(private client: pg.PoolClient | pg.Pool) {}
  async all<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    try {
      return (await this.client.query(conv(sql), params.map(fix))).rows as T[];
    } catch (e) { return wrap(e); }
  }
  async get<T>(sql: string, params: unknown[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }
  async run(sql: string, params: unknown[] = []): Promise<number> {
    try {
      return (await this.client.query(conv(sql), params.map(fix))).rowCount ?? 0;
    } catch (e) { return wrap(e); }
  }
  async prepared<T>(name: string, sql: string, params: unknown[]): Promise<T[]> {
    let runs = executions.get(this.client);
    if (!runs) executions.set(this.client, (runs = new Map()));
    const n = runs.get(name) ?? 0;
    runs.set(name, n + 1);
    const gen = planGeneration(n);
    try {
      return (await this.client.query({ name: gen ? `${name}_p${gen}` : name, text: sql, values: params.map(fix) })).rows as T[];
    } catch (e) { return wrap(e); }
  }
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    return fn(this); // already inside a transaction
  }
  async close(): Promise<void> {}
}

/** Executions of each prepared statement, per connection (pool client). */
const executions = new WeakMap<object, Map<string, number>>();

/**
 * Which preparation of a statement its `n`-th execution on a connection uses: 0 below 64,
 * then one more after 64, 128, 256, 512 ... executions (the store has at most doubled since
 * the plan was made). PostgreSQL keeps one generic plan
 * per prepared statement and connection, made from the table sizes of the moment: on a new
 * store the tables are nearly empty and that plan scans them sequentially, and a worker's
 * long-lived connection would keep it while the store grows, each article then costing the
 * server time in proportion to the size of the store. Preparing the statement again under a
 * new name now and then gives plans made with the current sizes, at the cost of a handful of
 * parses per connection (the earlier preparations stay until the connection closes: 15 per
 * statement after a million executions).
 */
export function planGeneration(n: number): number {
  let g = 0;
  for (let t = 64; n >= t; t *= 2) g++;
  return g;
}

function fix(p: unknown): unknown {
  if (p === undefined) return null;
  if (p instanceof Uint8Array && !Buffer.isBuffer(p)) return Buffer.from(p.buffer, p.byteOffset, p.byteLength);
  return p;
}

class PoolDb implements Db {
  readonly pool: pg.Pool;
  private direct: ClientDb;
  constructor(pool: pg.Pool) {
    this.pool = pool;
    this.direct = new ClientDb(pool);
  }
  all<T>(sql: string, params?: unknown[]): Promise<T[]> { return this.direct.all<T>(sql, params); }
  get<T>(sql: string, params?: unknown[]): Promise<T | undefined> { return this.direct.get<T>(sql, params); }
  run(sql: string, params?: unknown[]): Promise<number> { return this.direct.run(sql, params); }
  prepared<T>(name: string, sql: string, params: unknown[]): Promise<T[]> { return this.direct.prepared<T>(name, sql, params); }
  async tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try { client = await this.pool.connect(); } catch (e) { return wrap(e); }
    try {
      await client.query('BEGIN');
      const out = await fn(new ClientDb(client));
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }
  async close(): Promise<void> {
    await this.pool.end();
  }
}

export class PostgresRepository extends SqlRepository {
  readonly pool: pg.Pool;
  readonly schema: string | null;
  constructor(db: PoolDb, schema: string | null) {
    super(db, 'postgres');
    this.pool = db.pool;
    this.schema = schema;
  }
  /** The underlying Db adapter (for the job queue). */
  get sql(): Db {
    return this.db;
  }
}

export interface PgOptions {
  /** Put the tables in this schema (created if missing). */
  schema?: string;
  /** Pool size (default 4). */
  max?: number;
}

/** Opens (and creates or migrates) a PostgreSQL store. */
export async function openPostgres(url: string, opts: PgOptions = {}): Promise<PostgresRepository> {
  let u: URL;
  try { u = new URL(url); } catch { throw new MarsadError('E_STORE', `bad PostgreSQL URL ${JSON.stringify(url)}`); }
  const schema = opts.schema ?? u.searchParams.get('schema') ?? null;
  u.searchParams.delete('schema');
  if (schema != null && !SCHEMA_RE.test(schema)) throw new MarsadError('E_STORE', `bad schema name ${JSON.stringify(schema)} (lower-case letters, digits, _)`);
  const pool = new pg.Pool({
    connectionString: u.toString(),
    max: opts.max ?? 4,
    ...(schema ? { options: `-c search_path=${schema},public` } : {}),
  });
  pool.on('error', () => undefined); // idle client errors (server restart): the next query reports
  try {
    const c = await pool.connect();
    try {
      await c.query('SELECT pg_advisory_lock(727274)');
      try {
        if (schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
        const done = new Set((await c.query('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)));
        for (const m of loadMigrations('postgres')) {
          if (done.has(m.version)) continue;
          await c.query('BEGIN');
          try {
            await c.query(m.sql);
            await c.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
            await c.query('COMMIT');
          } catch (e) {
            await c.query('ROLLBACK');
            throw e;
          }
        }
      } finally {
        await c.query('SELECT pg_advisory_unlock(727274)');
      }
    } finally {
      c.release();
    }
  } catch (e) {
    await pool.end().catch(() => undefined);
    if (e instanceof MarsadError) throw e;
    throw new MarsadError('E_STORE', `cannot open PostgreSQL store: ${(e as Error).message}`);
  }
  return new PostgresRepository(new PoolDb(pool), schema);
}

/** Drops a schema and everything in it (tests). */
export async function dropSchema(url: string, schema: string): Promise<void> {
  if (!SCHEMA_RE.test(schema)) throw new MarsadError('E_STORE', 'bad schema name');
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`); } finally { await c.end(); }
}
