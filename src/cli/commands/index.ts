/**
 * The CLI's commands, in the order `marsad --help` lists them. Each module exports
 * `register(program)`; adding a command is one line here.
 */
import type { Command } from 'commander';
import * as analyze from './analyze.ts';
import * as serve from './serve.ts';
import * as ingest from './ingest.ts';
import * as search from './search.ts';
import * as stories from './stories.ts';
import * as exportCmd from './export.ts';
import * as worker from './worker.ts';
import * as entity from './entity.ts';
import * as trainNer from './train-ner.ts';
import * as evalNer from './eval-ner.ts';

export interface CommandModule {
  register(program: Command): void;
}

export const commands: CommandModule[] = [
  analyze,
  serve,
  ingest,
  search,
  stories,
  exportCmd,
  worker,
  entity,
  trainNer,
  evalNer,
];
