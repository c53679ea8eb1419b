import type { Command } from 'commander';
import type { IngestProgress } from '../../ingest/ingest.ts';
import cliProgress from 'cli-progress';
import { MarsadError } from '../../core/errors.ts';

export function register(program: Command): void {
  program
    .command('ingest')
    .summary('analyse and store articles from files, folders, feeds or URLs')
    .description(
      'Read articles, analyse them and store them in the store chosen by MARSAD_DB (default: ./marsad.db, ' +
        'a SQLite file; or postgres://...). Inputs: folders (read recursively), .txt (TREC <DOC> files such as ' +
        'the ANT corpus, or plain text whose first line is the headline), .html (main text by Readability), ' +
        'IPTC ninjs .json, .jsonl (one article per line), RSS/Atom feeds, and http(s) URLs of pages or feeds.\n\n' +
        'Idempotent: an article already stored (same text) is counted as a duplicate and not analysed again, ' +
        'so an interrupted run can simply be started again. A bad file is reported with its reason and the ' +
        'run goes on. Analysis runs on worker threads (one per core).',
    )
    .argument('<inputs...>', 'files, folders, feeds or URLs')
    .option('--db <location>', 'store location (overrides MARSAD_DB)')
    .option('-w, --workers <n>', 'analysis worker threads (0 = in this thread)', (v) => parseCount(v, 'workers'))
    .option('--reanalyze', 'analyse stored articles again and update them in place')
    .option('--enqueue', 'PostgreSQL: queue the articles for `marsad worker` processes instead of analysing here')
    .option('--limit <n>', 'stop after N articles', (v) => parseCount(v, 'limit'))
    .option('--commit-every <n>', 'SQLite: most articles per commit (each article is still stored whole or not at all)', (v) => parseCount(v, 'commit-every'), 64)
    .option('--json', 'print the summary as JSON')
    .option('-q, --quiet', 'no progress bar and no per-file messages')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ marsad ingest ../shared/data/ant-corpus-multisource/\n' +
        '  $ MARSAD_DB=news.db marsad ingest feed.xml article.html items.jsonl\n' +
        '  $ MARSAD_DB=postgres://localhost/news marsad ingest --enqueue corpus/   # then: marsad worker',
    )
    .action(async (inputs: string[], opts: { db?: string; workers?: number; reanalyze?: boolean; enqueue?: boolean; limit?: number; commitEvery: number; json?: boolean; quiet?: boolean }) => {
      const { ingest } = await import('../../ingest/ingest.ts');
      const { openRepository, storeLocation } = await import('../../store/index.ts');
      const repo = await openRepository(opts.db);
      if (opts.enqueue && repo.backend !== 'postgres') {
        await repo.close();
        throw new MarsadError('E_USAGE', '--enqueue needs a PostgreSQL store (MARSAD_DB=postgres://...)');
      }
      const tty = !opts.quiet && process.stderr.isTTY;
      const bar = tty
        ? new cliProgress.SingleBar({
            stream: process.stderr,
            format: '{bar} {percentage}% | {value}/{total} articles | {rate}/s | ETA {eta_formatted} | stored {stored} dup {dup} failed {failed}',
            barsize: 24, hideCursor: true, etaBuffer: 200, fps: 5,
          }, cliProgress.Presets.shades_classic)
        : null;
      const t0 = Date.now();
      let shown = 0;
      let hidden = 0;
      const onProgress = (p: IngestProgress) => {
        if (!bar) return;
        const rate = p.done / Math.max(0.001, (Date.now() - t0) / 1000);
        if (!bar.isActive) bar.start(Math.max(p.total, 1), p.done, {});
        bar.setTotal(Math.max(p.total, p.done, 1));
        bar.update(p.done, { rate: rate.toFixed(1), stored: p.stored, dup: p.duplicates, failed: p.failed });
      };
      let summary;
      try {
        summary = await ingest(inputs, {
          repo, workers: opts.workers, reanalyze: opts.reanalyze, enqueue: opts.enqueue, limit: opts.limit, commitEvery: Math.max(1, opts.commitEvery), onProgress,
          onFailure: (f) => {
            if (opts.quiet) return;
            if (shown >= 20) { hidden++; return; }
            shown++;
            process.stderr.write(`${bar ? '\r\x1b[K' : ''}marsad: skipped ${f.origin}: ${f.reason}\n`);
          },
        });
      } finally {
        bar?.stop();
        await repo.close();
      }
      if (hidden) process.stderr.write(`marsad: ... and ${hidden} more failures\n`);
      const secs = summary.elapsedMs / 1000;
      if (opts.json) {
        process.stdout.write(JSON.stringify({ store: redact(storeLocation(opts.db)), ...summary, failures: summary.failures }, null, 1) + '\n');
      } else {
        const parts = [`stored ${summary.stored}`, `updated ${summary.updated}`, `duplicates ${summary.duplicates}`];
        if (opts.enqueue) parts.push(`enqueued ${summary.enqueued}`);
        parts.push(`failed ${summary.failed}`);
        process.stdout.write(`${parts.join(', ')} (${summary.read} articles read in ${secs.toFixed(1)} s, ${(summary.read / Math.max(secs, 0.001)).toFixed(1)} articles/s)\n`);
      }
      if (summary.failed && !summary.stored && !summary.updated && !summary.duplicates && !summary.enqueued) process.exitCode = 1;
    });
}

function parseCount(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new MarsadError('E_USAGE', `--${name} must be a non-negative integer (got ${JSON.stringify(v)})`);
  return n;
}

/** A store location without its password, for printing. */
export function redact(loc: string): string {
  return loc.replace(/(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/i, '$1:***@');
}
