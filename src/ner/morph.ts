/**
 * Light, lexicon-guided clitic splitting for NER features.
 *
 * ANERcorp tokens keep their proclitics (`وكازاخستان`, `للاسطول`). A token is split as
 * [conj و/ف][prep ب/ل/ك][article ال] + stem. Prefix letters are ambiguous (`وزير`,
 * `بغداد`), so a split is accepted only when the stem is a known word (in the vocabulary
 * learned from unlabelled text) and more frequent than the whole token, or, without a
 * vocabulary, when the stem stays long enough. Input is a normalised word (see `norm`).
 */

export interface Split {
  /** Proclitic letters removed (`وب`), possibly empty. */
  prefix: string;
  /** The word after the proclitics, with its article (`الاسطول`). */
  stem: string;
  /** The stem without the article (`اسطول`). */
  core: string;
}

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);

/** Frequency of a normalised word, or 0 when unknown. */
export type Freq = (w: string) => number;

function article(stem: string): string {
  return stem.length > 3 && stem.charCodeAt(0) === 0x627 && stem.charCodeAt(1) === 0x644 ? stem.slice(2) : stem;
}

/** Candidate (prefix, stem) splits of a normalised word, longest prefix last. */
function candidates(w: string): [string, string][] {
  const out: [string, string][] = [];
  let i = 0;
  if (w.length > 3 && CONJ.has(w[0]!)) {
    i = 1;
    out.push([w.slice(0, 1), w.slice(1)]);
  }
  if (w.length - i > 3 && PREP.has(w[i]!)) {
    const p = w.slice(0, i + 1);
    let s = w.slice(i + 1);
    // ل + ال is written لل: restore the article (للاسطول -> ل + الاسطول)
    if (w[i] === 'ل' && s[0] === 'ل' && s.length > 2) s = 'ا' + s;
    out.push([p, s]);
  }
  return out;
}

/** Splits a normalised word. With `freq`, a split must reach a known, more frequent stem. */
export function splitWord(w: string, freq?: Freq): Split {
  let best: [string, string] = ['', w];
  const cands = candidates(w);
  if (cands.length) {
    if (freq) {
      let bestF = freq(w);
      for (const c of cands) {
        const f = freq(c[1]);
        if (f > bestF && f >= 3) {
          best = c;
          bestF = f;
        }
      }
      if (best[0] === '' && bestF === 0) {
        // Unknown word: strip an unambiguous article-bearing prefix (وال, بال, لل, كال, فال).
        for (const c of cands) if (c[1].startsWith('ال') && c[1].length > 4) best = c;
      }
    } else {
      for (const c of cands) if (c[1].startsWith('ال') && c[1].length > 4) best = c;
    }
  }
  return { prefix: best[0], stem: best[1], core: article(best[1]) };
}
