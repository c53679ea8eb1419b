/**
 * Layer hashes: runs the default pipeline over a seeded sample of ANT articles and prints one
 * SHA-256 per layer (over every article's layer, in order) plus an overall one, so a change
 * meant to be output-neutral (a speed-up, a refactoring) can be checked in one command.
 * `meta` (the Doc's metadata) and `stages` are hashed as two more pseudo-layers.
 *
 * Usage: node --import tsx scripts/layer-hash.ts [articles=300] [--seed N] [--dump FILE]
 *   --dump FILE  writes one JSON line per article: { docno, layers: { name: value } } for diffing.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { listAntFiles, readAnt, seededSample } from '../src/corpus/ant.ts';
import { analyze } from '../src/stages/index.ts';

const args = process.argv.slice(2);
let size = 300;
let seed = 20240809;
let dump: string | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--seed') seed = Number(args[++i]);
  else if (a === '--dump') dump = args[++i];
  else if (/^\d+$/.test(a)) size = Number(a);
  else {
    console.error(`layer-hash: unknown argument ${a}`);
    process.exit(2);
  }
}

const files = listAntFiles();
if (!files.length) {
  console.log('layer-hash: the ANT corpus (shared data) is absent, nothing to hash');
  process.exit(0);
}

/** JSON with Maps and Sets written as arrays, so no layer content is silently dropped. */
function stable(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => {
    if (x instanceof Map) return { $map: [...x.entries()] };
    if (x instanceof Set) return { $set: [...x] };
    if (typeof x === 'number' && !Number.isFinite(x)) return String(x);
    return x;
  }) ?? 'undefined';
}

const arts = seededSample(files, size, seed).map(readAnt);
const hashes = new Map<string, ReturnType<typeof createHash>>();
const all = createHash('sha256');
const lines: string[] = [];
for (const a of arts) {
  const doc = analyze(a.title + '\n' + a.text, { published: a.published });
  const parts: Record<string, unknown> = { ...doc.layers, meta: doc.meta, stages: doc.stages };
  const names = Object.keys(parts).sort();
  const rec: Record<string, unknown> = {};
  for (const name of names) {
    const s = stable(parts[name]);
    let h = hashes.get(name);
    if (!h) hashes.set(name, (h = createHash('sha256')));
    h.update(a.docno + '\u0000' + s + '\u0001');
    all.update(name + '\u0000' + s + '\u0001');
    if (dump) rec[name] = JSON.parse(s);
  }
  if (dump) lines.push(JSON.stringify({ docno: a.docno, layers: rec }));
}
if (dump) writeFileSync(dump, lines.join('\n') + '\n');
console.log(`layer hashes over ${arts.length} ANT articles (seed ${seed})`);
for (const name of [...hashes.keys()].sort()) console.log(`${name.padEnd(16)} ${hashes.get(name)!.digest('hex')}`);
console.log(`${'ALL'.padEnd(16)} ${all.digest('hex')}`);
