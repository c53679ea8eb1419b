import type { Command } from 'commander';
import { MarsadError } from '../../core/errors.ts';

export function register(program: Command): void {
  program
    .command('stories')
    .summary('list stories: groups of near-duplicate and syndicated articles')
    .description(
      'List the stories in the store (MARSAD_DB), largest first. Articles whose normalised word shingles ' +
        'are similar (MinHash, estimated Jaccard >= 0.5) share a story.',
    )
    .option('--min-size <n>', 'only stories with at least N articles', '2')
    .option('--from <date>', 'articles published on or after')
    .option('--to <date>', 'articles published on or before')
    .option('--source <name>', 'articles from this source')
    .option('-n, --limit <n>', 'stories to show', '20')
    .option('--json', 'print JSON')
    .option('--db <location>', 'store location (overrides MARSAD_DB)')
    .addHelpText('after', '\nExamples:\n  $ marsad stories --min-size 3\n  $ marsad stories --from 2018-06 --json')
    .action(async (o: { minSize: string; from?: string; to?: string; source?: string; limit: string; json?: boolean; db?: string }) => {
      const { openRepository } = await import('../../store/index.ts');
      const minSize = Number(o.minSize);
      const limit = Number(o.limit);
      if (!Number.isInteger(minSize) || minSize < 1 || !Number.isInteger(limit) || limit < 0) throw new MarsadError('E_USAGE', '--min-size and --limit must be positive integers');
      const repo = await openRepository(o.db);
      try {
        const stories = await repo.listStories({ minSize, from: o.from, to: o.to, source: o.source, limit });
        if (o.json) { process.stdout.write(JSON.stringify(stories, null, 1) + '\n'); return; }
        if (!stories.length) { process.stdout.write(`no story with ${minSize} or more articles\n`); return; }
        for (const s of stories) {
          process.stdout.write(`${String(s.size).padStart(4)}  ${(s.first ?? '').slice(0, 10)}..${(s.last ?? '').slice(0, 10)}  ${s.sources.join(',')}  ${s.id}  ${s.title ?? ''}\n`);
        }
      } finally {
        await repo.close();
      }
    });
}
