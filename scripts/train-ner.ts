/**
 * Trains the NER model and writes models/ner/ner.bin (same as `marsad train-ner`).
 * Usage: node --import tsx scripts/train-ner.ts [--epochs N] [--no-final] [--no-nonlocal] [--nl-window N]
 *        [--dev blocks|tail] [--aqmar] [--wikiann FRACTION] [--no-conjoin] [--self-train N] [--self-train-confidence C]
 *        [--no-clusters] [--no-gazetteers] [--no-affixes] [--no-clitics] [--no-memory] [--window N] [--out FILE] [--dry]
 *        [--self-train-sample FRACTION] [--errors FILE] [--likeness] [--chains] [--topic] [--multi-clusters] [--embeddings | --embeddings-extremes] [--harvest] [--ensemble K]
 * `--errors FILE` (with `--no-final`) writes the error analysis of the dev-selected tagger on the dev split (`errors.ts`).
 */
import { DEFAULT_FEATURES } from '../src/ner/features.ts';
import { trainNer } from '../src/ner/train.ts';
import { writeFileSync } from 'node:fs';
import { anercorpTrain, splitDev, splitTail } from '../src/ner/data.ts';
import { analyseErrors, errorReport } from '../src/ner/errors.ts';

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
  firstNames: has('--first-names') || (DEFAULT_FEATURES.firstNames && !has('--no-first-names')),
  nisba: has('--nisba') || (DEFAULT_FEATURES.nisba && !has('--no-nisba')),
  coreClusters: has('--core-clusters') || (DEFAULT_FEATURES.coreClusters && !has('--no-core-clusters')),
  ngrams: has('--ngrams') || (DEFAULT_FEATURES.ngrams && !has('--no-ngrams')),
  likeness: has('--likeness') || (DEFAULT_FEATURES.likeness && !has('--no-likeness')),
  chains: has('--chains') || (DEFAULT_FEATURES.chains && !has('--no-chains')),
  topic: has('--topic') || (DEFAULT_FEATURES.topic && !has('--no-topic')),
  harvest: has('--harvest') || (DEFAULT_FEATURES.harvest && !has('--no-harvest')),
  embeddings: has('--embeddings-extremes') ? ('extremes' as const) : has('--embeddings') || (DEFAULT_FEATURES.embeddings && !has('--no-embeddings')),
  multiClusters: has('--multi-clusters') || (DEFAULT_FEATURES.multiClusters && !has('--no-multi-clusters')),
};
const res = trainNer({
  epochs: val('--epochs') ? Number(val('--epochs')) : undefined,
  final: !has('--no-final'),
  nonlocal: !has('--no-nonlocal'),
  window: val('--nl-window') ? Number(val('--nl-window')) : undefined,
  rebuildClusters: has('--rebuild-clusters'),
  dev: val('--dev') === 'tail' ? 'tail' : val('--dev') === 'blocks' ? 'blocks' : undefined,
  aqmar: has('--aqmar') ? true : undefined,
  wikiann: val('--wikiann') ? Number(val('--wikiann')) : undefined,
  conjoin: has('--no-conjoin') ? false : undefined,
  selfTrain: val('--self-train') ? Number(val('--self-train')) : undefined,
  selfTrainConfidence: val('--self-train-confidence') ? Number(val('--self-train-confidence')) : undefined,
  selfTrainSample: val('--self-train-sample') ? Number(val('--self-train-sample')) : undefined,
  ensemble: val('--ensemble') ? Number(val('--ensemble')) : undefined,
  features,
  log: (s) => process.stderr.write(s + '\n'),
});
console.log(JSON.stringify({ dev_f1: res.dev.f1, dev_f1_first: res.devFirst.f1, aqmar_dev_f1: res.aqmarDev?.f1, aqmar_per_type: res.aqmarDev?.per_type, best_epoch: res.bestEpoch, best_epoch2: res.bestEpoch2, per_type: res.dev.per_type, curve: res.curve, features }));
const errFile = val('--errors');
if (errFile) {
  if (!has('--no-final')) throw new Error('--errors needs --no-final (the dev split must be held out)');
  const all = anercorpTrain();
  const { train, dev } = val('--dev') === 'blocks' ? splitDev(all, 0.1, 100, 1) : splitTail(all, 0.15);
  const pred = res.tagger.tagDocument(dev.map((s) => s.tokens)).map((t) => t.tags);
  writeFileSync(errFile, errorReport(analyseErrors(train, dev, pred)));
}
if (!has('--dry')) res.tagger.save(val('--out'));
