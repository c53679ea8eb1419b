import type { Command } from 'commander';
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { toJSON } from '../../core/doc.ts';
import { MarsadError } from '../../core/errors.ts';
import { repoPath } from '../../core/paths.ts';
import { DEFAULT_BODY_LIMIT } from '../../api/limits.ts';
import type { Repository } from '../../store/index.ts';

/** Analyses and stores the articles in examples/ (for a first look at the dashboard). */
export async function loadExamples(store: Repository): Promise<number> {
  const { analyze } = await import('../../stages/index.ts');
  const dir = repoPath('examples');
  let n = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const text = readFileSync(`${dir}/${f}`, 'utf8');
    const title = text.split('\n', 1)[0]!.trim();
    await store.putDoc(toJSON(analyze(text, { id: `example-${basename(f, '.txt')}`, title, source: 'examples' })));
    n++;
  }
  return n;
}

export function register(program: Command): void {
  program
    .command('serve')
    .summary('start the HTTP API and the web dashboard')
    .description(
      'Start the HTTP API and the web dashboard in one process, over the store (SQLite file ' +
        'marsad.db by default; --db or MARSAD_DB chooses another file or a postgres:// URL). ' +
        'The dashboard is built on first start if web/dist is missing. Writes (POST /api/articles) ' +
        'need a bearer token given with --token or MARSAD_API_TOKEN; without one the API is read-only. ' +
        'The OpenAPI document is at /openapi.json and interactive docs at /docs.',
    )
    .option('-p, --port <port>', 'TCP port', '8080')
    .option('--host <host>', 'interface to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .option('--db <location>', 'store: SQLite file or postgres:// URL (default: MARSAD_DB, else ./marsad.db)')
    .option('--token <secret>', 'bearer token required for writes (default: MARSAD_API_TOKEN)')
    .option('--body-limit <bytes>', 'largest request body accepted', String(DEFAULT_BODY_LIMIT))
    .option('--examples', 'analyse and store the bundled example articles first when the store is empty')
    .option('--no-build', 'do not build the dashboard if web/dist is missing')
    .option('--log', 'log every request (JSON lines on stdout)')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ marsad serve --examples                 # dashboard at http://127.0.0.1:8080 over the example articles\n' +
        '  $ MARSAD_API_TOKEN=s3cret marsad serve --db news.db --port 3000\n' +
        '  $ curl -s -X POST localhost:3000/api/articles -H "Authorization: Bearer s3cret" \\\n' +
        '      -H "content-type: application/json" -d \'{"text":"زار الرئيس المصري بغداد أمس","meta":{"published":"2024-05-15"}}\'',
    )
    .action(async (opts: { port: string; host: string; db?: string; token?: string; bodyLimit: string; examples?: boolean; build: boolean; log?: boolean }) => {
      const { startServer } = await import('../../api/server.ts');
      const { openRepository, storeLocation } = await import('../../store/index.ts');
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new MarsadError('E_USAGE', `--port must be a number from 0 to 65535, not ${JSON.stringify(opts.port)}`);
      const bodyLimit = Number(opts.bodyLimit);
      if (!Number.isInteger(bodyLimit) || bodyLimit < 1024) throw new MarsadError('E_USAGE', '--body-limit must be an integer of at least 1024 bytes');
      const token = opts.token ?? process.env.MARSAD_API_TOKEN ?? null;
      const store = await openRepository(opts.db);
      if (opts.examples && (await store.stats()).articles === 0) {
        const n = await loadExamples(store);
        process.stderr.write(`marsad: stored ${n} example articles\n`);
      }
      let url: string;
      try {
        ({ url } = await startServer({ store, token, port, host: opts.host, bodyLimit, buildWeb: opts.build, logger: !!opts.log, onClose: () => store.close() }));
      } catch (e) {
        await store.close();
        const err = e as NodeJS.ErrnoException;
        if (err.code === 'EADDRINUSE') throw new MarsadError('E_USAGE', `port ${port} is in use: choose another with --port`);
        throw e;
      }
      const articles = (await store.stats()).articles;
      process.stderr.write(
        `marsad: serving ${articles} articles from ${storeLocation(opts.db).replace(/\/\/[^@/]*@/, '//***@')}\n` +
          `  dashboard  ${url}/\n  API docs   ${url}/docs  (OpenAPI: ${url}/openapi.json)\n` +
          (token ? '  writes     enabled (bearer token)\n' : '  writes     disabled (no --token / MARSAD_API_TOKEN)\n') +
          (articles === 0 ? '  the store is empty: restart with --examples, or ingest articles (POST /api/articles)\n' : ''),
      );
      // keep running until SIGINT/SIGTERM (handled in server.ts)
      await new Promise<void>(() => {});
    });
}
