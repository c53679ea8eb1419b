import type { Command } from 'commander';
import { MarsadError } from '../../core/errors.ts';

export function register(program: Command): void {
  program
    .command('worker')
    .summary('PostgreSQL: take analysis jobs from the queue (run any number, anywhere)')
    .description(
      'Take articles queued by `marsad ingest --enqueue` from the PostgreSQL store (MARSAD_DB), analyse them ' +
        'and store the results. Run as many workers as you have cores, on any machines that reach the database. ' +
        'Jobs are taken with FOR UPDATE SKIP LOCKED inside the transaction that stores them: a worker that is ' +
        'killed loses nothing (its jobs go back to the queue).',
    )
    .option('--batch <n>', 'jobs per transaction', '8')
    .option('--exit-when-empty', 'stop when the queue is empty (default: wait for more jobs)')
    .option('--poll <ms>', 'wait between polls of an empty queue', '1000')
    .option('--warmup <ms>', 'analyse the example articles for this long before taking jobs (compiles the hot code; 0: only load the models)', '1500')
    .option('-q, --quiet', 'no per-batch messages')
    .option('--db <location>', 'store location (overrides MARSAD_DB)')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ export MARSAD_DB=postgres://localhost/news\n' +
        '  $ marsad ingest --enqueue corpus/ && (marsad worker --exit-when-empty & marsad worker --exit-when-empty; wait)',
    )
    .action(async (o: { batch: string; warmup: string; exitWhenEmpty?: boolean; poll: string; quiet?: boolean; db?: string }) => {
      const { analyzeArticle, warmUp } = await import('../../ingest/analyze-job.ts');
      const { openRepository } = await import('../../store/index.ts');
      const { runWorker } = await import('../../store/queue.ts');
      const batch = Number(o.batch);
      const poll = Number(o.poll);
      const warm = Number(o.warmup);
      if (!Number.isInteger(batch) || batch < 1 || !Number.isFinite(poll) || poll < 0 || !Number.isFinite(warm) || warm < 0) {
        throw new MarsadError('E_USAGE', '--batch must be a positive integer, --poll and --warmup numbers of milliseconds');
      }
      const repo = await openRepository(o.db);
      if (repo.backend !== 'postgres') {
        await repo.close();
        throw new MarsadError('E_USAGE', 'workers take jobs from a PostgreSQL store: set MARSAD_DB=postgres://... (SQLite ingest analyses in-process)');
      }
      const ac = new AbortController();
      const stop = () => ac.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      // load the models and compile the hot paths before taking jobs, so the first batches are not slowed down
      if (warm > 0) warmUp(warm); else analyzeArticle({ text: 'بدأ العمل.', meta: {} });
      process.stdout.write(`worker ${process.pid}: ready\n`);
      const t0 = Date.now();
      const cpu0 = process.cpuUsage();
      try {
        const sum = await runWorker(repo, {
          batch, pollMs: poll, exitWhenEmpty: o.exitWhenEmpty, signal: ac.signal,
          analyze: (text, meta) => analyzeArticle({ text, meta }).rows,
          onBatch: (b) => { if (!o.quiet) process.stderr.write(`marsad worker ${process.pid}: stored ${b.stored}, duplicates ${b.duplicates}, failed ${b.failed}\n`); },
        });
        const secs = (Date.now() - t0) / 1000;
        const cpu = process.cpuUsage(cpu0);
        process.stdout.write(`worker ${process.pid}: ${sum.jobs} jobs (stored ${sum.stored}, duplicates ${sum.duplicates}, failed ${sum.failed}, retried batches ${sum.retries}) in ${secs.toFixed(1)} s, cpu ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s\n`);
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        await repo.close();
      }
    });
}
