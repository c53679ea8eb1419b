/**
 * Worker thread body: receives `{ seq, text, meta }`, answers `{ seq, rows, timing }` or
 * `{ seq, error }`. Loaded through `worker-boot.mjs`, which registers the TypeScript loader.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from './analyze-job.ts';

parentPort!.on('message', (m: { seq: number; text: string; meta: Record<string, unknown> }) => {
  try {
    const { rows, timing } = analyzeArticle(m);
    const buf = rows.doc.buffer as ArrayBuffer;
    parentPort!.postMessage({ seq: m.seq, rows, timing }, rows.doc.byteOffset === 0 && rows.doc.byteLength === buf.byteLength ? [buf] : []);
  } catch (e) {
    parentPort!.postMessage({ seq: m.seq, error: (e as Error)?.message ?? String(e) });
  }
});
parentPort!.postMessage({ ready: true });
