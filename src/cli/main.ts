/**
 * `marsad` command line. Thin: parses arguments, calls the library, prints.
 * A MarsadError is printed as one line (`marsad: error: ...`) with exit code 1; usage
 * errors exit 2; nothing prints a stack trace unless MARSAD_DEBUG=1.
 */
import { Command, CommanderError } from 'commander';
import { isMarsadError } from '../core/errors.ts';
import { commands } from './commands/index.ts';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('marsad')
    .description(
      'Marsad (مرصد) turns Arabic news articles into structured facts (entities, events, quotes, ' +
        'quantities, dates, topics), each with character offsets into the original text.',
    )
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ marsad analyze examples/ar-energy-ministers.txt --format text\n' +
        '  $ echo "زار الرئيس المصري بغداد أمس" | marsad analyze - --date 2024-05-15\n' +
        '\nRun `marsad <command> --help` for the options of one command.',
    );
  for (const c of commands) c.register(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  program.configureOutput({ writeErr: (s) => process.stderr.write(s) });
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit through here with code 0
      return e.exitCode === 0 ? 0 : 2;
    }
    if (isMarsadError(e)) {
      process.stderr.write(`marsad: error: ${e.message}\n`);
      return 1;
    }
    const err = e as Error;
    if (process.env.MARSAD_DEBUG) process.stderr.write(String(err?.stack ?? err) + '\n');
    else process.stderr.write(`marsad: internal error: ${err?.message ?? String(err)} (set MARSAD_DEBUG=1 for details)\n`);
    return 1;
  }
}
