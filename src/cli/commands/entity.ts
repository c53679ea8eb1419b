import type { Command } from 'commander';
import { MarsadError } from '../../core/errors.ts';
import { lookup } from '../../kb/kb.ts';
import type { KbEntity } from '../../kb/types.ts';

function describe(e: KbEntity, match: string): string {
  const lines = [`${e.id}  ${e.label_en}  (${e.kind})  ${e.label_ar}   [matched: ${match}]`];
  const facts: string[] = [];
  if (e.iso) facts.push(`iso ${e.iso}${e.iso3 ? '/' + e.iso3 : ''}`);
  else if (e.country) facts.push(`country ${e.country}`);
  if (e.qid) facts.push(`wikidata ${e.qid}`);
  if (e.lat !== undefined && e.lon !== undefined) facts.push(`coords ${e.lat.toFixed(3)}, ${e.lon.toFixed(3)}`);
  if (e.partOf) facts.push(`part of ${e.partOf}`);
  if (facts.length) lines.push('  ' + facts.join('  ·  '));
  for (const r of e.roles ?? []) lines.push(`  role: ${r.title}${r.from || r.to ? ` (${r.from ?? '?'} – ${r.to ?? 'now'})` : ''}`);
  lines.push(`  names: ${e.aliases.join('، ')}`);
  if (e.demonyms?.length) lines.push(`  adjectives: ${e.demonyms.join('، ')}`);
  if (e.ambiguous?.length) lines.push(`  only with NER: ${e.ambiguous.join('، ')}`);
  lines.push(`  source: ${e.source}`);
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('entity')
    .summary('look up an entity in the knowledge base (any spelling, English label, ISO code or id)')
    .description(
      'Look up the knowledge base the linker uses. QUERY is an Arabic name in any known spelling, with ' +
        'or without clitics and article (قرغيزستان, وبكازاخستان), an adjective (الأذربيجانية), an ' +
        'English label (Kyrgyzstan), an ISO code (KG) or an id (Q813). Long place names also match ' +
        'one-letter spelling variants. Prints each entity with its id, labels, country, roles, names ' +
        'and adjectives; exit code 1 when nothing matches.',
    )
    .argument('<query>', 'name, label, code or id')
    .option('-n, --limit <n>', 'entities to show', '5')
    .option('--json', 'print the matches as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n' + '  $ marsad entity قيرغيزستان\n' + '  $ marsad entity "إلهام علييف" --json\n' + '  $ marsad entity Kazakhstan\n',
    )
    .action((query: string, o: { limit: string; json?: boolean }) => {
      const limit = Number(o.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new MarsadError('E_USAGE', '--limit must be a positive integer');
      const hits = lookup(query, { limit });
      if (o.json) {
        process.stdout.write(JSON.stringify(hits.map((h) => ({ match: h.match, alias: h.alias, ...h.entity })), null, 1) + '\n');
      } else if (hits.length) {
        process.stdout.write(hits.map((h) => describe(h.entity, h.match)).join('\n\n') + '\n');
      }
      if (!hits.length) {
        if (!o.json) process.stderr.write(`no entity matches ${JSON.stringify(query)}\n`);
        process.exitCode = 1;
      }
    });
}
