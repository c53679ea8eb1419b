import type { Command } from 'commander';
import { basename } from 'node:path';
import { toJSON } from '../../core/doc.ts';
import { MarsadError } from '../../core/errors.ts';
import { checkDate, readInput } from '../../core/input.ts';

export function register(program: Command): void {
  program
    .command('analyze')
    .summary('analyse one article: print its Doc JSON or a readable view')
    .description(
      'Analyse one Arabic article and print its Doc JSON (schema marsad.doc/1) or a readable view. ' +
        'FILE is a UTF-8 text file, or - for standard input. The first line is taken as the headline ' +
        'when it is short and has no final punctuation. Relative dates (أمس، الشهر الماضي) resolve ' +
        'against --date, the publication date.',
    )
    .argument('<file>', 'UTF-8 text file, or - to read standard input')
    .option('-d, --date <YYYY-MM-DD>', 'publication date of the article')
    .option('-f, --format <format>', 'json (the Doc JSON) or text (a readable summary)', 'json')
    .option('--title <title>', 'headline, when it is not the first line')
    .option('--source <source>', 'source or outlet name')
    .option('--url <url>', 'URL of the article')
    .option('--compact', 'JSON on one line')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ marsad analyze examples/ar-energy-ministers.txt --date 2025-03-12 --format text\n' +
        '  $ cat article.txt | marsad analyze - --date 2024-08-09 > article.json',
    )
    .action(async (file: string, opts: { date?: string; format: string; title?: string; source?: string; url?: string; compact?: boolean }) => {
      const { analyze } = await import('../../stages/index.ts');
      const { renderText } = await import('../render.ts');
      if (opts.format !== 'json' && opts.format !== 'text') {
        throw new MarsadError('E_USAGE', `unknown --format ${JSON.stringify(opts.format)}: use json or text`);
      }
      const published = opts.date ? checkDate(opts.date) : undefined;
      const text = await readInput(file);
      const doc = analyze(text, {
        ...(published ? { published } : {}),
        ...(opts.title ? { title: opts.title } : {}),
        ...(opts.source ? { source: opts.source } : { source: file === '-' ? 'stdin' : basename(file) }),
        ...(opts.url ? { url: opts.url } : {}),
      });
      if (opts.format === 'text') process.stdout.write(renderText(doc));
      else process.stdout.write(JSON.stringify(toJSON(doc), null, opts.compact ? 0 : 1) + '\n');
    });
}
