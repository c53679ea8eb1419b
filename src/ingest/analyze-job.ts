/**
 * One analysis job: raw article -> Doc JSON -> store rows. Runs in a worker thread (see
 * `pool.ts`) or in-process; pure apart from the pipeline.
 */
import { toJSON, type DocJSON } from '../core/doc.ts';
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
