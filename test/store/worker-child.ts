/**
 * Child process of the worker kill test: a queue worker whose analysis is slowed down,
 * so the parent can kill it with SIGKILL in the middle of a batch.
 * Usage: node --import tsx test/store/worker-child.ts PG_URL SCHEMA
 */
import { analyzeArticle } from '../../src/ingest/analyze-job.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { runWorker } from '../../src/store/queue.ts';

const [url, schema] = process.argv.slice(2);
const repo = await openPostgres(url!, { schema: schema! });
await runWorker(repo, {
  batch: 3,
  exitWhenEmpty: true,
  analyze: (text, meta) => {
    const until = Date.now() + 60;
    while (Date.now() < until) { /* slow analysis */ }
    return analyzeArticle({ text, meta }).rows;
  },
});
await repo.close();
