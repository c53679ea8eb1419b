import { withLayers } from '../core/doc.ts';
import { defineStage } from '../core/pipeline.ts';
import { scanGazetteer } from '../kb/scan.ts';

/**
 * Candidate KB mentions (`gazetteer` layer): every name, spelling and demonym of the
 * knowledge base found in the text, longest first, with clitics left outside the span.
 * The `link` stage turns them (with NER entities, when present) into `entities` and
 * `demonyms`.
 */
export const gazetteerStage = defineStage({
  name: 'gazetteer',
  requires: ['words'],
  assigns: ['gazetteer'],
  run: (doc) => withLayers(doc, { gazetteer: scanGazetteer(doc) }, 'gazetteer'),
});
