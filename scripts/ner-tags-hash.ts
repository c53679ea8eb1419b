/**
 * NER output hashes: tags the AQMAR dev tokens and the ANERcorp train tokens (as given, gold
 * tags ignored) with `tagDocument`, without and with `confidence: 'entities'`, and prints one
 * SHA-256 per corpus and mode over the labels and the confidences (as float64 bytes), so a
 * change meant to be output-neutral (a speed-up) can be checked in one command.
 *
 * Usage: node --import tsx scripts/ner-tags-hash.ts
 */
import { createHash } from 'node:crypto';
import { sharedAvailable } from '../src/core/paths.ts';
import { anercorpTrain, aqmarDev } from '../src/ner/data.ts';
import { defaultTagger, type Confidence } from '../src/ner/tagger.ts';

if (!sharedAvailable('data', 'ner', 'aqmar', 'dev.txt') || !sharedAvailable('data', 'ner', 'anercorp-camel', 'train.txt')) {
  console.log('ner-tags-hash: shared data absent, nothing to hash');
  process.exit(0);
}
const tagger = defaultTagger();
const corpora: [string, string[][]][] = [
  ['aqmar-dev', aqmarDev().map((s) => s.tokens)],
  ['anercorp-train', anercorpTrain().map((s) => s.tokens)],
];
for (const [name, sents] of corpora) {
  for (const conf of [false, 'entities'] as Confidence[]) {
    const h = createHash('sha256');
    const out = tagger.tagDocument(sents, { confidence: conf });
    for (const t of out) {
      h.update(t.tags.join(' ') + '\n');
      if (t.confidence) h.update(new Uint8Array(t.confidence.buffer, t.confidence.byteOffset, t.confidence.byteLength));
      h.update('\u0001');
    }
    const toks = sents.reduce((a, s) => a + s.length, 0);
    console.log(`${name.padEnd(15)} ${String(conf).padEnd(9)} ${toks} tokens  ${h.digest('hex')}`);
  }
}
