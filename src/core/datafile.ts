/**
 * Reading the project's data files (`data/**`: word lists, tables): one place for what every
 * list shares. A line that is blank or starts with `#` carries no data; `[name]` lines open the
 * sections of sectioned lists. Each reader parses the fields of its own lines.
 */
import { readFileSync } from 'node:fs';
import { MarsadError } from './errors.ts';

export interface DataFileOptions {
  /**
   * What the file is (`topic lexicon`): given, a missing file is an `E_MODEL` error naming it;
   * not given, a missing file has no lines (optional lists).
   */
  required?: string;
}

/** The lines of a data file that carry data, as written (not trimmed), in file order. */
export function dataLines(file: string, opts: DataFileOptions = {}): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (opts.required) throw new MarsadError('E_MODEL', `${opts.required} ${file} is missing (${(e as Error).message})`);
    return [];
  }
  return text.split('\n').filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
}

/** The trimmed lines of each `[section]` of a data file, in file order (lines before the first header are ignored). */
export function dataSections(file: string, opts: DataFileOptions = {}): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let cur: string[] | undefined;
  for (const line of dataLines(file, opts)) {
    const l = line.trim();
    const h = /^\[(.+)\]$/.exec(l);
    if (h) {
      cur = out.get(h[1]!) ?? [];
      out.set(h[1]!, cur);
    } else cur?.push(l);
  }
  return out;
}
