/**
 * Latin transliteration of Arabic names for readers who do not read Arabic.
 *
 * Scheme: a simplified DIN 31635 / ALA-LC without diacritics or ayn/hamza signs
 * (ث th, ج j, ح h, خ kh, ذ dh, ش sh, ص s, ض d, ط t, ظ z, ع and ء dropped, غ gh, ق q),
 * the article written `al-` (assimilation ignored: `al-shams`), taa marbuta `a`.
 * News Arabic is unvocalised, so short vowels are not recoverable: long vowels are written
 * (ا a, و u/w, ي i/y) and a short `a` is supplied only between two consonants at the start
 * of a word that would otherwise be unpronounceable. The result is a readable key, not a
 * scholarly transcription (`عبد الفتاح السيسي` -> `Abd al-Fatah al-Sisi`,
 * `علييف` -> `Aliyf`).
 */
import { dataLines } from '../core/datafile.ts';
import { repoPath } from '../core/paths.ts';
import { norm } from '../ar/normalize.ts';
import { perWordForm } from '../core/memo.ts';

const CONS: Readonly<Record<string, string>> = {
  'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z',
  'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': '', 'غ': 'gh', 'ف': 'f', 'ق': 'q',
  'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'ء': '',
};

/** Original letters that the matching normaliser merges but transliteration keeps apart. */
const KEEP: Readonly<Record<string, string>> = { 'ة': 'a', 'ى': 'a', 'إ': 'i', 'آ': 'a', 'ؤ': 'u', 'ئ': 'i' };

function word(w: string): string {
  // w: original word (may hold hamza forms); work letter by letter on a lightly normalised copy
  let out = '';
  const letters = [...w].map((ch) => KEEP[ch] !== undefined ? ch : norm(ch)).filter((c) => c.length > 0).join('');
  let i = 0;
  if (letters.startsWith('ال') && letters.length > 3) {
    out = 'al-';
    i = 2;
  }
  const start = i;
  for (; i < letters.length; i++) {
    const c = letters[i]!;
    const prev = i > start ? letters[i - 1]! : '';
    const isFirst = i === start;
    const isLast = i === letters.length - 1;
    if (KEEP[c] !== undefined) {
      out += KEEP[c];
      continue;
    }
    if (c === 'ا') {
      out += isFirst ? 'a' : prev === 'ا' ? '' : 'a';
      continue;
    }
    const nextIsCons = i + 1 < letters.length && !'اويةىإآؤئ'.includes(letters[i + 1]!);
    if (c === 'و') {
      // consonant at the start or after a vowel letter, else the long vowel u
      out += isFirst || prev === 'ا' || prev === 'و' || prev === 'ي' ? 'w' : isLast && out.endsWith('u') ? 'w' : 'u';
      if (isFirst && nextIsCons) out += 'a';
      continue;
    }
    if (c === 'ي') {
      out += isFirst || prev === 'ا' || prev === 'و' ? 'y' : prev === 'ي' ? 'y' : 'i';
      if (isFirst && nextIsCons) out += 'a';
      continue;
    }
    if (c === 'ع' && isFirst) {
      // initial ayn: written as the vowel it carries, most often a
      out += 'a';
      continue;
    }
    const t = CONS[c];
    if (t === undefined) {
      out += /[a-z0-9]/i.test(c) ? c : '';
      continue;
    }
    out += t;
    // supply an `a` after a word-initial consonant followed by another consonant
    if (isFirst && i + 1 < letters.length && t !== '' && !'اويةىإآؤئ'.includes(letters[i + 1]!)) out += 'a';
  }
  return out;
}

function cap(s: string): string {
  if (s.startsWith('al-')) return 'al-' + cap(s.slice(3));
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `محمد بن سلمان` -> `Mahmd bin Salman` (see the scheme above). Non-Arabic text passes through. */
export function transliterate(text: string): string {
  return transliterated(text);
}

/**
 * The labels are kept per text (the same names come back article after article, and `word`
 * spells them letter by letter through arrays of characters); the answers depend on the text alone.
 */
const transliterated = perWordForm(transliterateText);

function transliterateText(text: string): string {
  const words = text.split(/[\s_\u2013\u2014-]+/).filter(Boolean);
  const out: string[] = [];
  for (const w of words) {
    if (!/[\u0600-\u06ff]/.test(w)) {
      out.push(w);
      continue;
    }
    const t = word(w);
    if (!t) continue;
    out.push(t === 'ban' || t === 'aban' ? 'bin' : cap(t));
  }
  return out.join(' ');
}

// ------------------------------------------------------------------ English labels for person names

let NAMES: Map<string, string> | undefined;
let NAMES_MAX = 1;
export const NAMES_FILE = repoPath('data', 'kb', 'names.tsv');

/** Normalised key of a name in the table (`norm`, words joined by one space). */
function nameTableKey(s: string): string {
  return s.split(/\s+/).filter(Boolean).map((w) => norm(w)).join(' ');
}

/** The table of common name spellings (`data/kb/names.tsv`); the first spelling of a key wins. */
export function nameTable(): ReadonlyMap<string, string> {
  if (NAMES) return NAMES;
  const out = new Map<string, string>();
  for (const line of dataLines(NAMES_FILE)) {
    const [ar, en] = line.split('\t').map((s) => s?.trim());
    if (!ar || !en) continue;
    const k = nameTableKey(ar);
    if (!out.has(k)) out.set(k, en);
    NAMES_MAX = Math.max(NAMES_MAX, k.split(' ').length);
  }
  NAMES = out;
  return out;
}

/**
 * English label of a person's Arabic name: common names from the table, word by word
 * (`محمود عصمت` -> `Mahmoud Esmat`, `عبد الله` -> `Abdullah`, `الخطيب` -> `al-Khatib`),
 * other words transliterated (see `transliterate`). Non-Arabic text passes through.
 */
export function personLabel(text: string): string {
  return personLabelled(text);
}

const personLabelled = perWordForm(personLabelText);

function personLabelText(text: string): string {
  const table = nameTable();
  const words = text.split(/[\s_\u2013\u2014-]+/).filter(Boolean);
  const keys = words.map((w) => norm(w));
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    // a name + الله written apart is one name: سعد الله -> Saadallah (unless the table has it)
    if (keys[i + 1] === 'الله' && keys[i] !== 'عبد' && !table.has(keys[i] + ' الله')) {
      out.push(personLabel(words[i]!) + 'allah');
      i += 2;
      continue;
    }
    let done = false;
    for (let n = Math.min(NAMES_MAX, words.length - i); n >= 1 && !done; n--) {
      const key = keys.slice(i, i + n).join(' ');
      let en = table.get(key);
      // a name listed without the article serves its form with it: الخطيب -> al-Khatib
      if (!en && key.startsWith('ال') && key.length > 4) {
        const bare = table.get(key.slice(2));
        if (bare) en = 'al-' + bare;
      }
      if (en) {
        out.push(en);
        i += n;
        done = true;
      }
    }
    if (done) continue;
    const w = words[i]!;
    // عبد + a name not in the table: `Abd al-...`
    if (keys[i] === 'عبد' && i + 1 < words.length && keys[i + 1]!.startsWith('ال')) {
      const rest = personLabel(words[i + 1]!);
      out.push('Abd ' + rest);
      i += 2;
      continue;
    }
    const t = transliterate(w);
    if (t) out.push(t);
    i++;
  }
  return out.join(' ');
}
