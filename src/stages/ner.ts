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
import { dataLines, dataSections } from '../core/datafile.ts';
import { defineStage } from '../core/pipeline.ts';
import { repoPath } from '../core/paths.ts';
import { norm } from '../ar/normalize.ts';
import { bioSpans } from '../ner/conll.ts';
import { nameTable } from '../kb/translit.ts';
import { defaultTagger, type Tagger } from '../ner/tagger.ts';
import { lookup } from '../kb/kb.ts';
import { lexicon } from '../ar/clitics.ts';

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

interface NotNames { drop: Set<string>; orgHeads: Set<string>; titles: Set<string>; theophoric: Set<string> }
let NOT_NAMES: NotNames | undefined;
/** The word lists of `data/ner/not-names.txt`, in `norm` form. */
function notNames(): NotNames {
  if (NOT_NAMES) return NOT_NAMES;
  const sec = dataSections(repoPath('data', 'ner', 'not-names.txt'));
  const set = (k: string) => new Set((sec.get(k) ?? []).map((w) => norm(w)));
  NOT_NAMES = { drop: set('drop'), orgHeads: set('org-heads'), titles: set('titles'), theophoric: set('theophoric') };
  return NOT_NAMES;
}

/** A one-word span takes the article this many times more often than not: a common word. */
const ARTICLE_RATIO = 3;
/** ... and the form with the article is at least this frequent in the corpus. */
const ARTICLE_MIN = 50;

/**
 * Why a one-word NER span of type `type` is a common word rather than a name, or undefined when
 * it may be a name. `word` is the span's stem as written. A word listed in `[drop]` is a common
 * word. Otherwise a word the name table or the KB knows, and any PER span, may be a name (a
 * one-word person is often a given name that is also a word: `أمل`, `سلام`, `دين`). Otherwise a
 * word of three letters or more the corpus far more often writes with the article (`العليا` 411
 * times to 37 `عليا`; two-letter spans are mostly letters of foreign names, `إف`) or a
 * feminine nisba adjective in `-ية` whose form with the article is also a corpus word
 * (`صحراوية`) is a common word.
 */
export function commonWordReason(word: string, type: string): string | undefined {
  const core = norm(word);
  if (notNames().drop.has(core)) return 'listed';
  if (type === 'PER' || !/^[\u0600-\u06ff]+$/.test(core) || core.startsWith('ال')) return undefined;
  if (nameTable().has(core)) return undefined;
  if (lookup(core, { limit: 1 }).some((h) => h.match === 'exact' || h.match === 'stem' || h.match === 'demonym')) return undefined;
  const counts = lexicon();
  const bare = counts.get(core) ?? 0;
  const withAl = counts.get('ال' + core) ?? 0;
  if (core.length >= 3 && withAl >= ARTICLE_MIN && withAl >= ARTICLE_RATIO * Math.max(bare, 1)) return 'article';
  if (core.length >= 4 && /ية$/.test(word) && withAl > 0) return 'nisba';
  return undefined;
}

/** A word after `X الله` that cannot be the rest of a name: its corpus count is this high or more. */
const THEOPHORIC_NEXT_MAX = 1000;

/**
 * Tags of one run with compound names in `الله` made whole. The tagger often tags `الله` alone (as
 * MISC) and leaves the word before it (`فتح الله غولن` -> `الله`), and a lone `الله` is dropped as
 * a common word. Where the word before `الله` is a first word of such names (`[theophoric]` in
 * `data/ner/not-names.txt`) and is not inside another kind of entity, word + `الله` become one PER
 * span, joined to a one-word person just before it (`حسن نصر الله`) and to the person after it
 * (`صنع الله إبراهيم`), or else, when the tagger missed the first word, to the next word if
 * that word can be a name (`nameLike`);
 * with no name around it (`فتح الله عليه`) nothing changes.
 * `forms` are the tokens in `norm` form. Exported for tests.
 */
export function joinTheophoric(tags: string[], forms: string[], nameLike: (i: number) => boolean): string[] {
  const heads = notNames().theophoric;
  const out = tags.slice();
  const per = (t: string | undefined) => t === 'B-PER' || t === 'I-PER';
  for (let i = 1; i < forms.length; i++) {
    if (forms[i] !== 'الله' || !heads.has(forms[i - 1]!)) continue;
    if (out[i - 1] !== 'O' && !per(out[i - 1])) continue;
    let s = i - 1;
    if (per(out[s])) while (s > 0 && out[s] === 'I-PER') s--;
    else if (s > 0 && out[s - 1] === 'B-PER') s--; // a one-word first name before it
    let e = i;
    if (per(out[i + 1])) {
      e = i + 1;
      while (out[e + 1] === 'I-PER') e++;
    } else if (out[i - 1] === 'O' && i + 1 < forms.length && out[i + 1] === 'O' && nameLike(i + 1)) e = i + 1; // a name the tagger took in stays as it is
    else if (s === i - 1 && !per(out[s])) continue; // no name around it: `فتح الله عليه` is no person
    for (let j = s; j <= e; j++) out[j] = j === s ? 'B-PER' : 'I-PER';
  }
  return out;
}

/**
 * Military rank words that open a person span the tagger took in (`الفريق الركن فهد المطير`,
 * `ركن مزيد العمرو`, `مهندس ركن` before a name): a rank is no part of a name. In `norm` form.
 */
const RANKS = new Set(['ركن', 'الركن', 'مهندس', 'المهندس', 'الفريق', 'اللواء', 'العميد', 'العقيد', 'المشير'].map((w) => norm(w)));

/**
 * Words that qualify a rank right after it (`الفريق أول`, `اللواء طيار`, `الفريق مستدعى`): dropped
 * after a rank at the start of a person span, and never taken for the first word of the name.
 */
const RANK_QUALIFIERS = new Set(['أول', 'ثان', 'ركن', 'مهندس', 'بحري', 'طيار', 'مستدعى', 'متقاعد', 'حقوقي', 'مظلي', 'شرطة'].map((w) => norm(w)));

/**
 * Role nouns that, in the accusative after a name, say what the person became or serves as
 * (`عين مطلق سالم نائبا لرئيس الأركان`, `قائدا للقوات`): no part of the name. In `norm` form,
 * without the accusative ending.
 */
const ROLE_NOUNS = new Set(['نائب', 'قائد', 'رئيس', 'وزير', 'سفير', 'مدير', 'مستشار', 'مبعوث', 'ممثل', 'امين', 'عضو', 'متحدث', 'محافظ'].map((w) => norm(w)));

/**
 * A word after a name that is an accusative adverbial, not a name part: written with the
 * indefinite accusative ending (tanween, `نائباً`), or a role noun with the accusative alif
 * (`نائبا`, `قائدا`). `word` is the token as written.
 */
export function isAccusativeAfterName(word: string): boolean {
  if (/\u064b[\u0627\u0649]?$|\u0627\u064b$/.test(word)) return true;
  const n = norm(word);
  return n.length >= 4 && n.endsWith('ا') && ROLE_NOUNS.has(n.slice(0, -1));
}

/** Latin letters spelt out in Arabic (`إف`, `إس`, `تي`), in `norm` form. */
const SPELT_LETTERS = new Set(['إيه', 'بي', 'سي', 'دي', 'إف', 'جي', 'إتش', 'آي', 'كيه', 'إل', 'إم', 'إن', 'كيو', 'آر', 'إس', 'تي', 'يو', 'في', 'إكس', 'واي', 'زد'].map((w) => norm(w)));

/**
 * A spelt-out Latin letter that opens a model designation (`إف-35`, `إس-400`): the letter word
 * followed by a dash and a number. The tagger takes it into the word before (`لوكهيد مارتن إف-35`
 * -> `مارتن إف`, `صواريخ أرض جو إس-400` -> `جو إس`). `after` is the text right after the word.
 */
export function isDesignationLetter(word: string, after: string): boolean {
  return SPELT_LETTERS.has(norm(word)) && /^\s?[-\u2010-\u2015]\s?[0-9\u0660-\u0669]/.test(after);
}

/**
 * Tags with a person's family name `آل X` taken in (`فهد بن تركي آل سعود`): where a person span
 * ends right before the word `آل` and an Arabic word follows it, `آل` and that word become part
 * of the person (the tagger often leaves `آل` out and tags `سعود` as a person of its own).
 * `words` are the tokens as written. Exported for tests.
 */
export function joinFamilyAl(tags: string[], words: string[]): string[] {
  const out = tags.slice();
  const per = (t: string | undefined) => t === 'B-PER' || t === 'I-PER';
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i] !== 'آل' || !per(out[i - 1]) || !/^[\u0621-\u064a]{3,}$/.test(norm(words[i + 1]!))) continue;
    if (out[i + 1] !== 'O' && out[i + 1] !== 'B-PER') continue;
    out[i] = 'I-PER';
    out[i + 1] = 'I-PER';
  }
  return out;
}

/** A span the stage changed: dropped as a common word (`reason`), or retyped (`to`). */
export interface NerChange { text: string; type: string; start: number; end: number; reason?: string; to?: string }

/**
 * Entities of a Doc's tokens with `tagger` (exported for tests and tools). `changes`, given,
 * receives the spans dropped as common words and the spans retyped.
 */
export function findEntities(text: string, tokens: Token[], words: Word[], sentences: Sentence[], tagger: Tagger, changes?: NerChange[]): Entity[] {
  if (!tokens.length) return [];
  const rs = runs(tokens, sentences);
  const sents = rs.map(([a, b]) => tokens.slice(a, b).map((t) => text.slice(t.start, t.end)));
  const tagged = tagger.tagDocument(sents, { window: 0, confidence: 'entities' });
  // Start offset of each token's stem (after its proclitics).
  const stemStart = new Int32Array(tokens.length).fill(-1);
  for (const w of words) if (w.role === 'stem' && stemStart[w.token]! < 0) stemStart[w.token] = w.start;
  const out: Entity[] = [];
  rs.forEach(([a], k) => {
    const lead = leadingParticles();
    const { confidence } = tagged[k]!;
    const forms = tokens.slice(a, rs[k]![1]).map((t) => t.norm);
    const counts = lexicon();
    const written = tokens.slice(a, rs[k]![1]).map((t) => text.slice(t.start, t.end));
    const tags = joinTheophoric(joinFamilyAl(tagged[k]!.tags, written), forms, (i) => {
      const f = forms[i]!;
      const tok = tokens[a + i]!;
      const noClitic = stemStart[a + i]! < 0 || stemStart[a + i] === tok.start;
      return noClitic && f.length >= 3 && /^[\u0621-\u064a]+$/.test(f) && !f.startsWith('ال') && !lead.has(f) && (counts.get(f) ?? 0) < THEOPHORIC_NEXT_MAX && !commonWordReason(text.slice(tok.start, tok.end), 'LOC');
    });
    const names = nameTable();
    const tokText = (i: number) => text.slice(tokens[i]!.start, tokens[i]!.end);
    for (const sp of bioSpans(tags)) {
      let first = a + sp.start;
      let last = a + sp.end - 1;
      const spanText = () => text.slice(tokens[first]!.start, tokens[last]!.end);
      // the tagger's span, dropped for `reason` (`was`: its text before this rule's cut)
      const dropped = (was: string, reason: string) => changes?.push({ text: was, type: sp.type, start: tokens[a + sp.start]!.start, end: tokens[a + sp.end - 1]!.end, reason });
      // a model designation's spelt-out letter is no part of a name (`مارتن إف-35`, `جو إس-400`);
      // what is left of a person is dropped unless it is a known given name
      if (isDesignationLetter(tokText(last), text.slice(tokens[last]!.end, tokens[last]!.end + 8))) {
        const was = spanText();
        last--;
        if (last < first || (sp.type === 'PER' && last === first && !names.has(norm(tokText(first))))) {
          dropped(was, 'designation');
          continue;
        }
      }
      if (sp.type === 'PER') {
        // the word right after a rank opens the name even when the tagger left it out
        // (`الفريق الركن مطلق سالم`, tagged `سالم` alone)
        const w = first - 1;
        if (w - 1 >= a && tags[w - a] === 'O' && RANKS.has(norm(tokText(w - 1)))) {
          const n = norm(tokText(w));
          if (!RANKS.has(n) && !RANK_QUALIFIERS.has(n) && /^[\u0621-\u064a]{3,}$/.test(n) && !n.startsWith('ال') && !lead.has(n)
            && (stemStart[w]! < 0 || stemStart[w] === tokens[w]!.start)) first = w;
        }
        // a rank is no part of a name (`الفريق الركن فهد المطير`, `ركن مزيد العمرو`)
        const was = spanText();
        const isRank = (i: number) => RANKS.has(norm(tokText(i))) || (i > a && RANKS.has(norm(tokText(i - 1))) && RANK_QUALIFIERS.has(norm(tokText(i))));
        while (first <= last && isRank(first)) first++;
        // nor is an accusative role after it (`مطلق سالم نائباً لرئيس ...`)
        while (last > first && isAccusativeAfterName(tokText(last))) last--;
        if (first > last || (first === last && isAccusativeAfterName(tokText(first)))) {
          dropped(was, 'rank');
          continue;
        }
      }
      // a name does not begin with a preposition or particle the tagger took in (`عن بيكر`)
      while (first < last && lead.has(norm(tokText(first)))) first++;
      if (first === last && lead.has(norm(tokText(first)))) continue;
      // the entity starts at the stem of its first token (`وكازاخستان` -> `كازاخستان`), unless the
      // whole token is a common name whose first letter only looks like a clitic (`وليد`, `فادي`)
      const firstTok = tokens[first]!;
      const whole = stemStart[first]! > firstTok.start && names.has(norm(tokText(first)));
      const start = stemStart[first]! >= 0 && !whole ? stemStart[first]! : firstTok.start;
      const end = tokens[last]!.end;
      if (end <= start) continue;
      const nn = notNames();
      let type = sp.type as EntityType;
      // a one-word span that is a common word is dropped, unless a title stands before it (`الرئيس سلام`)
      if (first === last) {
        const prev = first > 0 ? tokens[first - 1]!.norm : '';
        const why = nn.titles.has(prev) ? undefined : commonWordReason(text.slice(start, end), type);
        if (why) {
          changes?.push({ text: text.slice(start, end), type, start, end, reason: why });
          continue;
        }
      }
      // a "person" headed by an organisation word is an organisation (`شبكة CNN`)
      if (type === 'PER' && first < last && nn.orgHeads.has(norm(text.slice(start, tokens[first]!.end)))) {
        type = 'ORG';
        changes?.push({ text: text.slice(start, end), type: 'PER', start, end, to: 'ORG' });
      }
      let c = 0;
      for (let i = first - a; i <= last - a; i++) c += confidence ? confidence[i]! : 1;
      out.push({
        start,
        end,
        type,
        text: text.slice(start, end),
        confidence: Math.round((c / (last - first + 1)) * 1000) / 1000,
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
