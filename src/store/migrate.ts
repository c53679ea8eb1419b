/**
 * Numbered migrations: `migrations/<backend>/NNN_name.sql`, applied in order, each in
 * its own transaction, recorded in `schema_migrations`. Never edit an applied file:
 * add the next number.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const here = dirname(fileURLToPath(import.meta.url));

export function loadMigrations(backend: 'sqlite' | 'postgres'): Migration[] {
  const dir = join(here, 'migrations', backend);
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f.replace(/\.sql$/, ''), sql: readFileSync(join(dir, f), 'utf8') }));
}
