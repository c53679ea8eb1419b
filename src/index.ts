/**
 * Marsad library entry point.
 *
 *   import { analyze, toJSON } from 'marsad';
 *   const doc = analyze(text, { published: '2024-08-09' });
 *   console.log(toJSON(doc).layers.entities);
 */
export * from './core/doc.ts';
export * from './core/errors.ts';
export { buildPipeline, defineStage, type Stage, type Pipeline } from './core/pipeline.ts';
export { decodeInput, readInput, checkDate } from './core/input.ts';
export { norm, normalizeWithMap, toOriginal, stripArticle } from './ar/normalize.ts';
export { tokenize } from './ar/tokenize.ts';
export { splitClitics, segmentToken } from './ar/clitics.ts';
export { splitBlocks } from './ar/sentences.ts';
export { analyze, DEFAULT_STAGES, BASE_STAGES } from './stages/index.ts';
export { lookup, getEntity, aliasesOf, roleAt, transliterate } from './kb/index.ts';
