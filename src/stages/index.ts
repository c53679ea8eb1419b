/**
 * The default analysis pipeline: one explicit, ordered list of stages.
 * `buildPipeline` checks at load time that every stage's requirements are assigned by an
 * earlier stage. Adding a stage is one import and one line in DEFAULT_STAGES.
 */
import { buildPipeline, type Stage } from '../core/pipeline.ts';
import { tokensStage } from './tokens.ts';
import { wordsStage } from './words.ts';
import { sentencesStage } from './sentences.ts';
import { nerStage } from './ner.ts';
import { gazetteerStage } from './gazetteer.ts';
import { linkStage } from './link.ts';
import { topicsStage } from './topics.ts';
import { datesStage } from './dates.ts';
import { eventsStage } from './events.ts';
import { quantitiesStage } from './quantities.ts';
import { quotesStage } from './quotes.ts';
import { gistStage } from './gist.ts';

export const DEFAULT_STAGES: readonly Stage[] = [
  tokensStage,
  wordsStage,
  sentencesStage,
  nerStage,
  gazetteerStage,
  linkStage,
  topicsStage,
  datesStage,
  eventsStage,
  quantitiesStage,
  quotesStage,
  gistStage,
];

/** Analyse an article: `analyze(text, { published: '2024-08-09', title, source, url })`. */
export const analyze = buildPipeline(DEFAULT_STAGES);

/** The foundation stages only (tokens, words, sentences): for benchmarks and tools. */
export const BASE_STAGES: readonly Stage[] = [tokensStage, wordsStage, sentencesStage];
