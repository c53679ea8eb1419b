/**
 * The ANT corpus (BBC/CNN Arabic, TREC-style tags) as used by benchmarks, training
 * scripts and evaluations: list its files in a stable order and parse one article.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../core/paths.ts';
import { rng } from '../core/random.ts';
import { TREC_FIELD as tag, toIsoDate } from '../ingest/readers.ts';

export interface AntArticle {
  docno: string;
  source: string;
  category: string;
  url?: string;
  title: string;
  /** ISO date of publication (from the RFC-822 TIME tag), if parseable. */
  published?: string;
  text: string;
  file: string;
}

export const ANT_DIR_PARTS = ['data', 'ant-corpus-multisource'] as const;

export function antDir(): string {
  return sharedPath(...ANT_DIR_PARTS);
}

/** All article files, sorted (source/category/file), or [] when the corpus is absent. */
export function listAntFiles(): string[] {
  const root = antDir();
  if (!existsSync(root)) return [];
  const out: string[] = [];
  for (const src of readdirSync(root).sort()) {
    const sdir = join(root, src);
    if (src.endsWith('.md')) continue;
    for (const cat of readdirSync(sdir).sort()) {
      const cdir = join(sdir, cat);
      for (const f of readdirSync(cdir).sort()) if (f.endsWith('.txt')) out.push(join(cdir, f));
    }
  }
  return out;
}

/** Parses one TREC-style ANT file's content. */
export function parseAnt(raw: string, file = ''): AntArticle {
  const published = toIsoDate(tag(raw, 'TIME'))?.slice(0, 10);
  return {
    docno: tag(raw, 'DOCNO') ?? '',
    source: tag(raw, 'SRC') ?? '',
    category: tag(raw, 'CAT') ?? '',
    url: tag(raw, 'URL') || undefined,
    title: tag(raw, 'TITLE') ?? '',
    published,
    text: tag(raw, 'TEXT') ?? '',
    file,
  };
}

export function readAnt(file: string): AntArticle {
  return parseAnt(readFileSync(file, 'utf8'), file);
}

/** Deterministic sample of `n` items (seeded Fisher-Yates). */
export function seededSample<T>(items: readonly T[], n: number, seed = 42): T[] {
  const a = [...items];
  const rnd = rng(seed);
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, n);
}
