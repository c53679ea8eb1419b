import type { Command } from 'commander';
import { MarsadError } from '../../core/errors.ts';
import type { FacetCount } from '../../store/types.ts';

export function register(program: Command): void {
  program
    .command('search')
    .summary('search stored articles (Arabic-aware), with filters and facets')
    .description(
      'Search the store (MARSAD_DB). Words match whatever their prefixes and suffixes: الاستثمارية, ' +
        'والاستثمار and استثمار find each other. "Quoted words" must be adjacent; -word excludes. Filters ' +
        'combine with the query. Prints one line per hit with a highlighted [snippet], then counts by ' +
        'source, month, entity and topic.',
    )
    .argument('[query]', 'words and "phrases" (empty: newest articles matching the filters)', '')
    .option('--entity <id>', 'articles mentioning this entity id')
    .option('--event <code>', 'articles with an event of this code (prefix: 04 matches 042)')
    .option('--topic <code>', 'articles with this topic code')
    .option('--from <date>', 'published on or after (2018-03 or 2018-03-15)')
    .option('--to <date>', 'published on or before')
    .option('--source <name>', 'articles from this source')
    .option('--stories', 'one row per story (near-duplicates grouped)')
    .option('-n, --limit <n>', 'hits to show', '10')
    .option('--offset <n>', 'skip the first N hits', '0')
    .option('--json', 'print the result as JSON (hits, snippets with offsets, facets)')
    .option('--db <location>', 'store location (overrides MARSAD_DB)')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ marsad search الاستثمار --from 2018-03 --to 2018-05\n' +
        '  $ marsad search \'"آسيا الوسطى" -روسيا\' --stories\n' +
        '  $ marsad search --topic medtop:04000000 --source BBC --json',
    )
    .action(async (query: string, o: { entity?: string; event?: string; topic?: string; from?: string; to?: string; source?: string; stories?: boolean; limit: string; offset: string; json?: boolean; db?: string }) => {
      const { markSnippet } = await import('../../search/snippet.ts');
      const { openRepository } = await import('../../store/index.ts');
      const limit = Number(o.limit);
      const offset = Number(o.offset);
      if (!Number.isInteger(limit) || limit < 0 || !Number.isInteger(offset) || offset < 0) throw new MarsadError('E_USAGE', '--limit and --offset must be non-negative integers');
      const repo = await openRepository(o.db);
      try {
        const res = await repo.search({ q: query, entity: o.entity, event: o.event, topic: o.topic, from: o.from, to: o.to, source: o.source, groupStories: o.stories, limit, offset });
        if (o.json) {
          process.stdout.write(JSON.stringify(res, null, 1) + '\n');
          return;
        }
        process.stdout.write(`${res.total} article${res.total === 1 ? '' : 's'}\n\n`);
        res.hits.forEach((h, i) => {
          const date = h.published ? h.published.slice(0, 10) : '----------';
          const story = h.storyHits && h.storyHits > 1 ? `  (+${h.storyHits - 1} in story)` : '';
          process.stdout.write(`${offset + i + 1}. ${date}  ${h.source ?? '-'}  ${h.id}  ${h.title ?? ''}${story}\n   ${markSnippet(h.snippet)}\n`);
        });
        const f = (name: string, xs: FacetCount[]) => (xs.length ? `${name}: ${xs.map((x) => `${x.label} (${x.count})`).join(', ')}\n` : '');
        const facets = f('sources', res.facets.sources) + f('months', res.facets.months) + f('entities', res.facets.entities) + f('topics', res.facets.topics);
        if (facets) process.stdout.write('\n' + facets);
      } finally {
        await repo.close();
      }
    });
}
