import type { Command } from 'commander';
import { evaluateFile, formatReport } from '../../ner/evaluate.ts';
import { DEFAULT_MODEL_PATH, Tagger } from '../../ner/tagger.ts';

export function register(program: Command): void {
  program
    .command('eval-ner')
    .summary('score the NER model on a CoNLL file (entity-level P/R/F1, tokens/s)')
    .description(
      'Tag the tokens of a CoNLL file exactly as given (one "token TAG" pair per line, a blank line ' +
        'between sentences; no re-tokenisation) with the NER model and score it at entity level with ' +
        'conlleval semantics: an entity is a maximal typed chunk, an I- tag after O or after another ' +
        'type starts a new one, and a prediction counts only with exact boundaries and type. Tag ' +
        'variants are mapped (PERS -> PER, MIS -> MISC). Prints precision, recall and F1 overall and ' +
        'per type, and tagging speed. With --json the last line printed is one JSON object ' +
        '{precision, recall, f1, per_type, tokens, tokens_per_second} (percentages).',
    )
    .requiredOption('--data <file>', 'CoNLL file to score')
    .option('--model <file>', 'model file (default: the committed models/ner/ner.bin)')
    .option('--json', 'print the scores as one JSON object on the last line')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ marsad eval-ner --data ../shared/data/ner/anercorp-camel/test.txt\n' +
        '  $ marsad eval-ner --data ../shared/data/ner/aqmar/dev.txt --json | tail -1',
    )
    .action((opts: { data: string; model?: string; json?: boolean }) => {
      const tagger = Tagger.load(opts.model ?? DEFAULT_MODEL_PATH());
      const r = evaluateFile(tagger, opts.data);
      if (opts.json) {
        process.stdout.write(
          JSON.stringify({
            precision: r.precision,
            recall: r.recall,
            f1: r.f1,
            per_type: r.per_type,
            tokens: r.tokens,
            tokens_per_second: r.tokens_per_second,
          }) + '\n',
        );
      } else process.stdout.write(formatReport(r, opts.data));
    });
}
