/**
 * One analysis job: raw article -> Doc JSON -> store rows. Runs in a worker thread (see
 * `pool.ts`) or in-process; pure apart from the pipeline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { toJSON, type DocJSON } from '../core/doc.ts';
import { repoPath } from '../core/paths.ts';
import { analyze } from '../stages/index.ts';
import { docToRows, type DocRows } from '../store/rows.ts';
import type { RawArticle } from './readers.ts';

export interface JobTiming {
  analyzeMs: number;
  rowsMs: number;
}

export function analyzeArticle(a: Pick<RawArticle, 'text' | 'meta'>): { doc: DocJSON; rows: DocRows; timing: JobTiming } {
  const t0 = performance.now();
  const doc = toJSON(analyze(a.text, a.meta as Record<string, unknown>));
  const t1 = performance.now();
  const rows = docToRows(doc);
  return { doc, rows, timing: { analyzeMs: t1 - t0, rowsMs: performance.now() - t1 } };
}

/**
 * Loads the models and lets V8 compile the hot paths before real work: analyses the shipped
 * example articles (the whole job, rows included) over and over for about `ms` milliseconds.
 * A fresh process analyses its first few hundred articles about twice as slowly as later ones;
 * a long-running worker pays that once, here, instead of on its first jobs. Returns the rounds run.
 */
export function warmUp(ms = 1500): number {
  let texts: string[] = [];
  try {
    const dir = repoPath('examples');
    texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
  } catch { /* no examples folder: the models are still loaded below */ }
  if (!texts.length) texts = ['بدأ العمل.'];
  const until = performance.now() + ms;
  let rounds = 0;
  do {
    for (const text of texts) analyzeArticle({ text, meta: { published: '2025-01-01' } });
    rounds++;
  } while (performance.now() < until);
  return rounds;
}
