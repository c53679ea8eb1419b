/**
 * Highlighted snippets with offsets into the original article text.
 *
 * The text is split into terms (as for indexing); positions whose term matches a query
 * term, or a run of positions matching a phrase, are highlights. The snippet is the
 * window of about `width` words holding the most highlights, widened to word edges.
 */
import type { ParsedQuery } from './query.ts';
import { terms } from './terms.ts';

export interface Highlight {
  start: number;
  end: number;
}

export interface Snippet {
  /** The snippet text: `articleText.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Highlighted ranges, offsets into the article text (inside [start, end)). */
  highlights: Highlight[];
}

export function snippet(text: string, query: ParsedQuery, width = 30): Snippet {
  const ts = terms(text);
  const hit = new Uint8Array(ts.length);
  for (const clause of query.must) {
    if (clause.length === 1) {
      for (let i = 0; i < ts.length; i++) if (ts[i]!.term === clause[0]) hit[i] = 1;
    } else {
      for (let i = 0; i + clause.length <= ts.length; i++) {
        let ok = true;
        for (let k = 0; k < clause.length && ok; k++) ok = ts[i + k]!.term === clause[k];
        if (ok) for (let k = 0; k < clause.length; k++) hit[i + k] = 1;
      }
    }
  }
  if (!ts.length) {
    const end = Math.min(text.length, 200);
    return { text: text.slice(0, end), start: 0, end, highlights: [] };
  }
  // best window of `width` words by number of highlighted words
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < ts.length; i++) {
    count += hit[i]!;
    if (i >= width) count -= hit[i - width]!;
    const startIdx = Math.max(0, i - width + 1);
    if (count > bestCount) { bestCount = count; best = startIdx; }
  }
  // centre the window on its first hit when the article is long
  let firstHit = -1;
  for (let i = best; i < Math.min(ts.length, best + width); i++) if (hit[i]) { firstHit = i; break; }
  let from = firstHit >= 0 ? Math.max(0, firstHit - Math.floor(width / 3)) : 0;
  const to = Math.min(ts.length - 1, from + width - 1);
  from = Math.max(0, Math.min(from, to - width + 1));
  const start = from === 0 ? 0 : ts[from]!.start;
  const end = to === ts.length - 1 ? text.length : ts[to]!.end;
  const highlights: Highlight[] = [];
  for (let i = from; i <= to; i++) {
    if (!hit[i]) continue;
    const last = highlights[highlights.length - 1];
    // merge adjacent words of one phrase into one highlight
    if (last && i > from && hit[i - 1] && /^[\s\u00a0]*$/.test(text.slice(last.end, ts[i]!.start))) last.end = ts[i]!.end;
    else highlights.push({ start: ts[i]!.start, end: ts[i]!.end });
  }
  return { text: text.slice(start, end), start, end, highlights };
}

/** Renders a snippet with markers around highlights (for terminals and logs). */
export function markSnippet(s: Snippet, open = '[', close = ']'): string {
  let out = '';
  let pos = s.start;
  for (const h of s.highlights) {
    out += s.text.slice(pos - s.start, h.start - s.start) + open + s.text.slice(h.start - s.start, h.end - s.start) + close;
    pos = h.end;
  }
  return (out + s.text.slice(pos - s.start)).replace(/\s+/g, ' ').trim();
}
