/**
 * Trains the NER model and writes models/ner/ner.bin (same as `marsad train-ner`).
 * Usage: node --import tsx scripts/train-ner.ts [--epochs N] [--no-final] [--no-nonlocal] [--nl-window N]
 *        [--no-clusters] [--no-gazetteers] [--no-affixes] [--no-clitics] [--no-memory] [--window N] [--out FILE] [--dry]
 */
import { DEFAULT_FEATURES } from '../src/ner/features.ts';
import { trainNer } from '../src/ner/train.ts';

const args = process.argv.slice(2);
const has = (f: string) => args.includes(f);
const val = (f: string) => {
  const i = args.indexOf(f);
  return i >= 0 ? args[i + 1] : undefined;
};
const features = {
  ...DEFAULT_FEATURES,
  clusters: !has('--no-clusters'),
  gazetteers: !has('--no-gazetteers'),
  affixes: !has('--no-affixes'),
  clitics: !has('--no-clitics'),
  memory: !has('--no-memory'),
  window: val('--window') ? Number(val('--window')) : DEFAULT_FEATURES.window,
};
const res = trainNer({
  epochs: val('--epochs') ? Number(val('--epochs')) : undefined,
  final: !has('--no-final'),
  nonlocal: !has('--no-nonlocal'),
  window: val('--nl-window') ? Number(val('--nl-window')) : undefined,
  rebuildClusters: has('--rebuild-clusters'),
  features,
  log: (s) => process.stderr.write(s + '\n'),
});
console.log(JSON.stringify({ dev_f1: res.dev.f1, dev_f1_first: res.devFirst.f1, best_epoch: res.bestEpoch, best_epoch2: res.bestEpoch2, per_type: res.dev.per_type, curve: res.curve, features }));
if (!has('--dry')) res.tagger.save(val('--out'));
