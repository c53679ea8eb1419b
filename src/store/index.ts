/**
 * Opening a store. `MARSAD_DB` chooses the backend:
 * - unset: a SQLite file `marsad.db` in the working folder;
 * - a file path (`./news.db`, `/data/x.sqlite`, `:memory:`): SQLite;
 * - `postgres://user@host:5432/db[?schema=name]`: PostgreSQL.
 */
import { resolve } from 'node:path';
import { openSqlite } from './sqlite.ts';
import { openPostgres } from './postgres.ts';
import type { Repository } from './types.ts';

export type { Repository } from './types.ts';
export * from './types.ts';

export const DEFAULT_DB = 'marsad.db';

export function isPostgresUrl(s: string): boolean {
  return /^postgres(ql)?:\/\//i.test(s);
}

/** The store location: the argument, else MARSAD_DB, else `./marsad.db`. */
export function storeLocation(location?: string): string {
  return location || process.env.MARSAD_DB || DEFAULT_DB;
}

export async function openRepository(location?: string): Promise<Repository> {
  const loc = storeLocation(location);
  if (isPostgresUrl(loc)) return openPostgres(loc);
  return openSqlite(loc === ':memory:' ? loc : resolve(loc));
}
