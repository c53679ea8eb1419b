/**
 * Word-list files of the facts stages: sections `[name]`, one word (or phrase) a line, `#`
 * comments. `data/facts/quote-speakers.txt` holds the speaker rules' lists (`quoteWords`);
 * `data/facts/reporting.txt` the reported-speech vocabulary (`reporting.ts`). Words are kept
 * in matching form (`norm`).
 */
import { dataSections } from '../core/datafile.ts';
import { repoPath } from '../core/paths.ts';
import { norm } from '../ar/normalize.ts';

export const QUOTE_SPEAKERS_FILE = repoPath('data', 'facts', 'quote-speakers.txt');

/** The sections of a word-list file, each a set of `norm` forms (empty when the file is absent). */
export function readWordSections(file: string): Map<string, Set<string>> {
  const sections = new Map<string, Set<string>>();
  for (const [name, words] of dataSections(file)) sections.set(name, new Set(words.map((w) => norm(w))));
  return sections;
}

let SECTIONS: Map<string, Set<string>> | undefined;

/** The words of one section of the speaker-rules file, in `norm` form (empty when the section or file is absent). */
export function quoteWords(section: string): Set<string> {
  SECTIONS ??= readWordSections(QUOTE_SPEAKERS_FILE);
  return SECTIONS.get(section) ?? new Set();
}
