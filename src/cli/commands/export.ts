import type { Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { checkFormat, writeExport, FORMATS } from '../../export/formats.ts';

export function register(program: Command): void {
  program
    .command('export')
    .summary('export stored articles as ninjs, events TSV, entities CSV or Doc JSON lines')
    .description(
      'Export the articles of the store (MARSAD_DB) that match the filters. Formats: jsonl (one Doc JSON per ' +
        'line), ninjs (one IPTC ninjs 2.2 item per line), events-tsv (one row per event, GDELT event columns ' +
        'where they apply, plus trigger and evidence offsets), entities-csv (one row per entity mention).',
    )
    .requiredOption('-f, --format <format>', FORMATS.join(' | '))
    .option('-o, --output <file>', 'write to FILE instead of standard output')
    .option('-q, --query <query>', 'only articles matching this search query')
    .option('--entity <id>', 'only articles mentioning this entity id')
    .option('--event <code>', 'only articles with an event of this code (prefix)')
    .option('--topic <code>', 'only articles with this topic code')
    .option('--from <date>', 'published on or after')
    .option('--to <date>', 'published on or before')
    .option('--source <name>', 'only articles from this source')
    .option('--limit <n>', 'at most N articles')
    .option('--db <location>', 'store location (overrides MARSAD_DB)')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ marsad export --format ninjs --from 2018-06 -o june.ninjs.jsonl\n' +
        '  $ marsad export --format events-tsv --event 04 > consult-events.tsv\n' +
        '  $ marsad export --format entities-csv --source BBC -o bbc-entities.csv',
    )
    .action(async (o: { format: string; output?: string; query?: string; entity?: string; event?: string; topic?: string; from?: string; to?: string; source?: string; limit?: string; db?: string }) => {
      const { openRepository } = await import('../../store/index.ts');
      const format = checkFormat(o.format);
      const limit = o.limit == null ? undefined : Number(o.limit);
      const repo = await openRepository(o.db);
      const out = o.output ? createWriteStream(o.output) : process.stdout;
      try {
        const docs = repo.iterDocs({ q: o.query, entity: o.entity, event: o.event, topic: o.topic, from: o.from, to: o.to, source: o.source, limit });
        const res = await writeExport(docs, format, async (s) => {
          if (!out.write(s)) await once(out, 'drain');
        });
        if (o.output) {
          await new Promise<void>((r, j) => (out as ReturnType<typeof createWriteStream>).end((e?: Error | null) => (e ? j(e) : r())));
          process.stderr.write(`marsad: wrote ${res.rows} ${format === 'jsonl' || format === 'ninjs' ? 'items' : 'rows'} from ${res.docs} articles to ${o.output}\n`);
        }
      } finally {
        await repo.close();
      }
    });
}
