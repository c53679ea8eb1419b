import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { MarsadError } from '../../core/errors.ts';
import { DEFAULT_FEATURES } from '../../ner/features.ts';
import { DEFAULT_MODEL_PATH } from '../../ner/tagger.ts';
import { DEFAULT_TRAIN, trainNer, trainSteps, type TrainOptions } from '../../ner/train.ts';

export function register(program: Command): void {
  program
    .command('train-ner')
    .summary('train the Arabic NER model from the shared data (a few minutes)')
    .description(
      'Train the named-entity tagger (PER, LOC, ORG, MISC) from ../shared/data/ner: an averaged ' +
        'perceptron over hashed features (clitic-split core, affixes, shape, ±2 window, word clusters ' +
        'learned from unlabelled news, gazetteers), plus a second pass with document-level features. ' +
        'A dev set is carved from ANERcorp train (by default its last 15%, other stories) to choose the ' +
        'number of epochs; a first model then tags a sample of the unlabelled ANT news and its most ' +
        'confident sentences are added as extra training data (self-training); the final model is ' +
        'retrained on all of ANERcorp train plus those sentences. The test split is never ' +
        'read. Seeded and reproducible. Writes models/ner/ner.bin (the clusters are cached in ' +
        'models/ner/clusters.json.gz; --rebuild-clusters relearns them).',
    )
    .option('--out <file>', 'where to write the model', DEFAULT_MODEL_PATH())
    .option('--epochs <n>', 'maximum epochs per pass', String(DEFAULT_TRAIN.epochs))
    .option('--seed <n>', 'random seed', String(DEFAULT_TRAIN.seed))
    .option('--no-nonlocal', 'skip the second, document-level pass')
    .option('--dev <kind>', 'dev set carved from ANERcorp train: tail (last 15%) or blocks (seeded 10% of 100-sentence blocks)', DEFAULT_TRAIN.dev)
    .option('--self-train <n>', 'add up to n confidently tagged ANT news sentences and train again (0: off)', String(DEFAULT_TRAIN.selfTrain))
    .option('--self-train-sample <fraction>', 'seeded fraction of the ANT news lines tagged to find those sentences', String(DEFAULT_TRAIN.selfTrainSample))
    .option('--aqmar', 'also train on AQMAR train (Wikipedia), with domain-conjoined features')
    .option('--no-final', 'do not retrain on train + dev (keep the dev-selected model)')
    .option('--rebuild-clusters', 'relearn the word clusters from the unlabelled corpus')
    .option('--dry-run', 'train and report, but do not write the model')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ marsad train-ner\n' +
        '  $ marsad train-ner --no-nonlocal --out ner-first-pass.bin\n' +
        '  $ marsad train-ner --dev blocks --self-train 0 --dry-run',
    )
    .action((opts: { out: string; epochs: string; seed: string; nonlocal: boolean; final: boolean; rebuildClusters?: boolean; dryRun?: boolean; dev: string; selfTrain: string; selfTrainSample: string; aqmar?: boolean }) => {
      const epochs = Number(opts.epochs);
      const seed = Number(opts.seed);
      const selfTrain = Number(opts.selfTrain);
      const selfTrainSample = Number(opts.selfTrainSample);
      if (opts.dev !== 'tail' && opts.dev !== 'blocks') throw new MarsadError('E_USAGE', '--dev must be tail or blocks');
      if (!Number.isInteger(selfTrain) || selfTrain < 0) throw new MarsadError('E_USAGE', '--self-train must be a non-negative integer');
      if (!(selfTrainSample > 0 && selfTrainSample <= 1)) throw new MarsadError('E_USAGE', '--self-train-sample must be a fraction in (0, 1]');
      if (!Number.isInteger(epochs) || epochs < 1 || epochs > 100) throw new MarsadError('E_USAGE', '--epochs must be an integer between 1 and 100');
      if (!Number.isInteger(seed)) throw new MarsadError('E_USAGE', '--seed must be an integer');
      const tty = process.stderr.isTTY;
      const options: Partial<TrainOptions> = {
        epochs,
        seed,
        nonlocal: opts.nonlocal,
        final: opts.final,
        rebuildClusters: !!opts.rebuildClusters,
        dev: opts.dev,
        selfTrain,
        selfTrainSample,
        aqmar: !!opts.aqmar,
        features: DEFAULT_FEATURES,
      };
      let bar: SingleBar | null = null;
      let done = 0;
      if (tty) {
        bar = new SingleBar({ format: 'train-ner [{bar}] {percentage}% | {stage}', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
        bar.start(trainSteps(options), 0, { stage: 'preparing' });
      }
      const res = trainNer({
        ...options,
        log: tty ? () => {} : (s) => process.stderr.write(s + '\n'),
        progress: (step, label) => {
          done += step;
          bar?.update(done, { stage: label });
        },
      });
      bar?.update(bar.getTotal());
      bar?.stop();
      process.stderr.write(`dev F1 ${res.dev.f1.toFixed(2)} (first pass ${res.devFirst.f1.toFixed(2)})\n`);
      if (!opts.dryRun) {
        res.tagger.save(opts.out);
        process.stderr.write(`model written to ${opts.out}\n`);
      }
    });
}
