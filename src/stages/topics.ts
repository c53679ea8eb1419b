/**
 * `topics`: IPTC Media Topics for the whole article, from the top level down to the most
 * specific concept the text supports, each with a score and up to three evidence spans.
 * Layer entries: `{code:'medtop:20000436', label:'renewable energy', score, level, parent, evidence}`.
 * Vocabulary: IPTC NewsCodes (CC BY 4.0). See `src/topics/classify.ts`.
 */
import { withLayers } from '../core/doc.ts';
import { defineStage } from '../core/pipeline.ts';
import { classify, loadTopicModel } from '../topics/classify.ts';
import { stemsOf } from '../topics/features.ts';

export const topicsStage = defineStage({
  name: 'topics',
  requires: ['tokens', 'words'],
  assigns: ['topics'],
  run: (doc) => {
    const topics = classify(loadTopicModel(), stemsOf(doc));
    return withLayers(doc, { topics }, 'topics');
  },
});
