/**
 * `events`: CAMEO-coded events with actors taken from the same clause, each with its trigger,
 * evidence sentence, QuadClass, Goldstein value and confidence. See `src/events/extract.ts`.
 */
import { withLayers } from '../core/doc.ts';
import { defineStage } from '../core/pipeline.ts';
import { extractEvents } from '../events/extract.ts';

export const eventsStage = defineStage({
  name: 'events',
  requires: ['tokens', 'words', 'sentences', 'entities'],
  assigns: ['events'],
  run: (doc) => withLayers(doc, { events: extractEvents(doc) }, 'events'),
});
