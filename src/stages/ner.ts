/**
 * The `ner` stage: named entities (PER, LOC, ORG, MISC) from the trained tagger.
 *
 * The tagger reads the article's tokens sentence by sentence (the article is one document
 * for its second, document-level pass). An entity whose first token carries proclitics
 * (`وكازاخستان`) gets the span of the stem only (`كازاخستان`), taken from the `words`
 * layer. `confidence` is the mean posterior of the entity's token labels. The model is
 * loaded lazily, once.
 */
import { type Entity, type EntityType, type Sentence, type Token, type Word, layer, withLayers } from '../core/doc.ts';
import { dataLines } from '../core/datafile.ts';
import { defineStage } from '../core/pipeline.ts';
import { repoPath } from '../core/paths.ts';
import { norm } from '../ar/normalize.ts';
import { bioSpans } from '../ner/conll.ts';
import { nameTable } from '../kb/translit.ts';
import { defaultTagger, type Tagger } from '../ner/tagger.ts';

/** Longest token run handed to the tagger at once (longer sentences are cut). */
const MAX_RUN = 250;

/** Token index ranges to tag: the sentences when present, else runs cut at sentence-final punctuation. */
function runs(tokens: Token[], sentences: Sentence[]): [number, number][] {
  const out: [number, number][] = [];
  const push = (a: number, b: number) => {
    for (let s = a; s < b; s += MAX_RUN) out.push([s, Math.min(b, s + MAX_RUN)]);
  };
  if (sentences.length) {
    let covered = 0;
    for (const s of sentences) {
      if (s.tokenStart > covered) push(covered, s.tokenStart);
      if (s.tokenEnd > s.tokenStart) push(s.tokenStart, s.tokenEnd);
      covered = Math.max(covered, s.tokenEnd);
    }
    if (covered < tokens.length) push(covered, tokens.length);
    return out;
  }
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const n = tokens[i]!.norm;
    if (n === '.' || n === '?' || n === '!') {
      push(start, i + 1);
      start = i + 1;
    }
  }
  if (start < tokens.length) push(start, tokens.length);
  return out;
}

let LEADING: Set<string> | undefined;
/** Particles that never begin a name (`data/ner/leading-particles.txt`), in `norm` form. */
function leadingParticles(): Set<string> {
  LEADING ??= new Set(dataLines(repoPath('data', 'ner', 'leading-particles.txt')).map((l) => norm(l.trim())));
  return LEADING;
}

/** Entities of a Doc's tokens with `tagger` (exported for tests and tools). */
export function findEntities(text: string, tokens: Token[], words: Word[], sentences: Sentence[], tagger: Tagger): Entity[] {
  if (!tokens.length) return [];
  const rs = runs(tokens, sentences);
  const sents = rs.map(([a, b]) => tokens.slice(a, b).map((t) => text.slice(t.start, t.end)));
  const tagged = tagger.tagDocument(sents, { window: 0, confidence: 'entities' });
  // Start offset of each token's stem (after its proclitics).
  const stemStart = new Int32Array(tokens.length).fill(-1);
  for (const w of words) if (w.role === 'stem' && stemStart[w.token]! < 0) stemStart[w.token] = w.start;
  const out: Entity[] = [];
  rs.forEach(([a], k) => {
    const { tags, confidence } = tagged[k]!;
    const lead = leadingParticles();
    const names = nameTable();
    for (const sp of bioSpans(tags)) {
      let first = a + sp.start;
      const last = a + sp.end - 1;
      // a name does not begin with a preposition or particle the tagger took in (`عن بيكر`)
      while (first < last && lead.has(norm(text.slice(tokens[first]!.start, tokens[first]!.end)))) first++;
      if (first === last && lead.has(norm(text.slice(tokens[first]!.start, tokens[first]!.end)))) continue;
      // the entity starts at the stem of its first token (`وكازاخستان` -> `كازاخستان`), unless the
      // whole token is a common name whose first letter only looks like a clitic (`وليد`, `فادي`)
      const firstTok = tokens[first]!;
      const whole = stemStart[first]! > firstTok.start && names.has(norm(text.slice(firstTok.start, firstTok.end)));
      const start = stemStart[first]! >= 0 && !whole ? stemStart[first]! : firstTok.start;
      const end = tokens[last]!.end;
      if (end <= start) continue;
      let c = 0;
      for (let i = first - a; i < sp.end; i++) c += confidence ? confidence[i]! : 1;
      out.push({
        start,
        end,
        type: sp.type as EntityType,
        text: text.slice(start, end),
        confidence: Math.round((c / (sp.end - (first - a))) * 1000) / 1000,
        source: 'ner',
      });
    }
  });
  return out;
}

export const nerStage = defineStage({
  name: 'ner',
  requires: ['tokens', 'words'],
  assigns: ['entities'],
  run: (doc) => {
    const entities = findEntities(doc.text, layer<Token>(doc, 'tokens'), layer<Word>(doc, 'words'), layer<Sentence>(doc, 'sentences'), defaultTagger());
    return withLayers(doc, { entities }, 'ner');
  },
});
