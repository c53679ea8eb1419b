/**
 * `npm run bench`: runs every benchmark in bench/ (each file is also runnable on its own)
 * in sequence, each in its own process, and prints their markdown tables.
 * Usage: npm run bench [-- name ...]   e.g. npm run bench -- foundation ner
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const order = ['foundation', 'pipeline', 'ner', 'linking', 'facts', 'events', 'store', 'api'];
const all = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !['run.ts', 'util.ts'].includes(f))
  .map((f) => f.slice(0, -3))
  .sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
const chosen = only.length ? all.filter((n) => only.includes(n)) : all;
let failed = 0;
for (const name of chosen) {
  console.log(`\n## bench/${name}.ts`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, `${name}.ts`)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
