/** A stand-in NER stage for linking tests: tags every whole-word occurrence of the given strings (a proclitic letter before is allowed). */
import { type Doc, type Entity, withLayers } from '../../src/core/doc.ts';
import { defineStage } from '../../src/core/pipeline.ts';

export function fakeNer(tags: [string, Entity['type']][]) {
  return defineStage({
    name: 'ner',
    requires: ['tokens'],
    assigns: ['entities'],
    run: (doc: Doc) => {
      const ents: Entity[] = [];
      for (const [s, type] of tags) {
        for (let i = doc.text.indexOf(s); i >= 0; i = doc.text.indexOf(s, i + 1)) {
          const before = doc.text.slice(Math.max(0, i - 2), i);
          const after = doc.text.charAt(i + s.length);
          if (/[\u0621-\u064a]/.test(after) || (/[\u0621-\u064a]{2}$/.test(before) && !/^[وفبلك]+$/.test(before.trim()))) continue;
          ents.push({ start: i, end: i + s.length, type, text: s, confidence: 0.9, source: 'ner' });
        }
      }
      return withLayers(doc, { entities: ents }, 'ner');
    },
  });
}
