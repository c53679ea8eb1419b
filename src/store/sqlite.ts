/**
 * SQLite backend (the embedded default): better-sqlite3 v12, WAL journal, numbered
 * migrations, one transaction per article. Writes are serialised on one connection;
 * readers in other processes see committed articles only (WAL).
 *
 * Durability: `synchronous = NORMAL` in WAL mode keeps every committed article across a
 * process crash (kill -9); only a power loss can drop the last transactions.
 */
import Database from 'better-sqlite3';
import { MarsadError } from '../core/errors.ts';
import { loadMigrations } from './migrate.ts';
import { SqlRepository, type Db } from './sql.ts';

type Stmt = Database.Statement<unknown[], unknown>;

class SqliteDb implements Db {
  readonly raw: Database.Database;
  private cache = new Map<string, Stmt>();
  private chain: Promise<unknown> = Promise.resolve();
  private inTx = false;

  constructor(raw: Database.Database) {
    this.raw = raw;
  }

  private stmt(sql: string): Stmt {
    let st = this.cache.get(sql);
    if (!st) {
      try {
        st = this.raw.prepare(sql);
      } catch (e) {
        throw new MarsadError('E_STORE', `SQLite: ${(e as Error).message}`);
      }
      if (this.cache.size > 500) this.cache.clear();
      this.cache.set(sql, st);
    }
    return st;
  }

  private bind(params: unknown[]): unknown[] {
    return params.map((p) => (p === undefined ? null : typeof p === 'boolean' ? (p ? 1 : 0) : p));
  }

  async all<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.stmt(sql).all(...this.bind(params)) as T[];
  }

  async get<T>(sql: string, params: unknown[] = []): Promise<T | undefined> {
    return this.stmt(sql).get(...this.bind(params)) as T | undefined;
  }

  async run(sql: string, params: unknown[] = []): Promise<number> {
    const st = this.stmt(sql);
    if (st.reader) {
      st.all(...this.bind(params));
      return 0;
    }
    return st.run(...this.bind(params)).changes;
  }

  async runMany(sql: string, rows: unknown[][]): Promise<void> {
    const st = this.stmt(sql);
    for (const r of rows) st.run(...this.bind(r));
  }

  /** Transactions are queued: one at a time on the connection, even across awaits. */
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    if (this.inTx) return fn(this); // nested: part of the outer transaction
    const run = async (): Promise<T> => {
      this.raw.exec('BEGIN IMMEDIATE');
      this.inTx = true;
      try {
        const out = await fn(this);
        this.raw.exec('COMMIT');
        return out;
      } catch (e) {
        if (this.raw.inTransaction) this.raw.exec('ROLLBACK');
        throw e;
      } finally {
        this.inTx = false;
      }
    };
    const p = this.chain.then(run, run);
    this.chain = p.catch(() => undefined);
    return p;
  }

  async close(): Promise<void> {
    await this.chain;
    if (this.raw.open) this.raw.close();
  }
}

export class SqliteRepository extends SqlRepository {
  readonly file: string;
  constructor(db: SqliteDb, file: string) {
    super(db, 'sqlite');
    this.file = file;
  }
}

/** Opens (and creates or migrates) a SQLite store. `file` may be ':memory:'. */
export function openSqlite(file: string): SqliteRepository {
  let raw: Database.Database;
  try {
    raw = new Database(file);
  } catch (e) {
    throw new MarsadError('E_STORE', `cannot open SQLite database ${file}: ${(e as Error).message}`);
  }
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('busy_timeout = 10000');
  raw.pragma('foreign_keys = ON');
  migrateSqlite(raw);
  return new SqliteRepository(new SqliteDb(raw), file);
}

export function migrateSqlite(raw: Database.Database): number {
  raw.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const done = new Set((raw.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  let applied = 0;
  for (const m of loadMigrations('sqlite')) {
    if (done.has(m.version)) continue;
    raw.transaction(() => {
      // re-check inside the write lock: another process may have migrated meanwhile
      if (raw.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version)) return;
      raw.exec(m.sql);
      raw.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      applied++;
    }).immediate();
  }
  return applied;
}
