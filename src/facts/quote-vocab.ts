/**
 * Word lists for the quote speaker rules, read once from `data/facts/quote-speakers.txt`
 * (sections `[name]`, one word a line, `#` comments) and kept in matching form (`norm`).
 */
import { readFileSync } from 'node:fs';
import { repoPath } from '../core/paths.ts';
import { norm } from '../ar/normalize.ts';

export const QUOTE_SPEAKERS_FILE = repoPath('data', 'facts', 'quote-speakers.txt');

let SECTIONS: Map<string, Set<string>> | undefined;

/** The words of one section of the file, in `norm` form (empty when the section or file is absent). */
export function quoteWords(section: string): Set<string> {
  if (!SECTIONS) {
    SECTIONS = new Map();
    let raw = '';
    try {
      raw = readFileSync(QUOTE_SPEAKERS_FILE, 'utf8');
    } catch {
      raw = '';
    }
    let cur: Set<string> | undefined;
    for (const line of raw.split('\n')) {
      const l = line.trim();
      if (!l || l.startsWith('#')) continue;
      const h = /^\[(.+)\]$/.exec(l);
      if (h) {
        cur = new Set();
        SECTIONS.set(h[1]!, cur);
        continue;
      }
      cur?.add(norm(l));
    }
  }
  return SECTIONS.get(section) ?? new Set();
}
