/**
 * Quotes with their speakers.
 *
 * Direct quotes: text between quotation marks (“ ” « » „ and straight " pairs). An opening
 * mark with no closing mark in its paragraph (or followed by another opening mark) is
 * ended at the end of the paragraph. Short quoted names (`“متحدون 2024”`, fewer than four
 * words, no reporting verb next to them) are titles, not quotes.
 *
 * Reported speech: a reporting verb, an optional speaker, then a complementizer or a colon
 * (`قال علييف إن ...`, `وأضاف أن ...`, `وأشار إلى أن ...`, `قال الوزير: ...`); a verb with
 * `بذلك` after it points back at the previous sentence (`صرح بذلك الرئيس ...`); and
 * attributions (`حسب الوزارة`, `وفقا لـ ...`, `نقلا عن ...`, `حسبما قالت الشرطة`). The content runs to the end of
 * the sentence.
 *
 * Speakers: a PER/ORG entity in the speaker slot when an `entities` layer is present; else
 * the phrase in the slot when it names a role (`المتحدث باسم الوزارة`) or looks like a
 * name; a missing subject (`وأضاف أن`) takes the previous speaker. A slot that is neither
 * (machine-translation word salad) gives no speaker rather than an invented one.
 */
import type { Entity, Token } from '../core/doc.ts';
import {
  ATTRIBUTIONS,
  COMPLEMENTIZERS,
  NON_SPEAKERS,
  PARTICIPLES,
  RELATION_NOUNS,
  PRONOUN_SPEAKERS,
  ROLE_NOUNS,
  SPEAKER_STOPS,
  PLURAL_ROLES,
  FEMININE_ROLES,
  STATEMENT_NOUNS,
  TITLE_NOUNS,
  reportingVerb,
  verbAgreement,
  type Agreement,
} from './reporting.ts';
import { norm } from '../ar/normalize.ts';
import { quoteWords } from './quote-vocab.ts';
import { dataLines } from '../core/datafile.ts';
import { repoPath } from '../core/paths.ts';
import { perWordForm } from '../core/memo.ts';

const PHRASE_STOPS = quoteWords('phrase-stops');
const DEFINITE_ADJECTIVES = quoteWords('definite-adjectives');
const MORE_NON_SPEAKERS = quoteWords('non-speakers');
const MASCULINE_HEADS = quoteWords('masculine-heads');
const NAME_NOUNS = quoteWords('name-nouns');
const MORE_ROLE_NOUNS = quoteWords('role-nouns');
const SLOT_HEADS = quoteWords('slot-heads');
const MORE_RELATIONS = quoteWords('relation-nouns');
const SLOT_STOPS = quoteWords('slot-stops');
const VAGUE = quoteWords('vague-subjects');
const PASSED_ON = quoteWords('passed-on-verbs');
const PASSED_ON_PAST = quoteWords('passed-on-past');
const STATEMENT_BEFORE = quoteWords('statement-before');
const ISSUED_BY = quoteWords('issued-by');
const STATEMENT_OFFICES = quoteWords('statement-offices');
const PRONOUN_ATTRIBUTIONS = quoteWords('pronoun-attributions');
/** A relation that speaks for the one named after it (`عائلة زينب`, `نجل العودة`). */
const isRelation = (w: string) => RELATION_NOUNS.has(w) || MORE_RELATIONS.has(w);
/** `منظمة`, `لحملة`, `بالمؤسسة`: a noun that names what follows it in quotation marks. */
const isNameNoun = (w: string) => {
  const bare = w.replace(/^(و|ف)?(ب|ل|ك)?(ال|ل)?/, '');
  return NAME_NOUNS.has(w) || NAME_NOUNS.has(bare) || NAME_NOUNS.has(w.replace(/^ال/, ''));
};
/** A source that is no person or organisation (`تقارير`, `ورقة`). */
const nonSpeaker = (w: string) => NON_SPEAKERS.has(w) || MORE_NON_SPEAKERS.has(w);

/** Words after which a subject can stand (`ولكن X قال`, `وكان X قد قال`), in matching form. */
const SUBJECT_PARTICLES = /^(و|ف|ثم|لكن|ولكن|لكنه|غير|بينما|وبينما|حيث|اذ|كما|وكما|فيما|وفيما|اما|واما|بل|قد|لقد|فقد|وقد|كان|وكان|كانت|وكانت|فكان|فكانت|ان|لان|وان|انه|انها|ولان|حين|حينما|عندما|وعندما|لما|ولما|بعدما|وبعدما)$/;
/** After `كتب`, a written thing or a place (`تعليق`, `تحت`, `عليها`): the passive `كُتب`. */
const PASSIVE_WRITTEN = /^(تعليق|عباره|عبارات|شعار|جمله|كلمه|كلمات|عنوان|تحت|فوق|اسفل|اعلي|عليها|عليه|عليهما)$/;
const PREPOSITIONS = /^(في|الي|علي|عن|من|مع|بين|ضد|لدي|حول|عند|منذ|خلال|بعد|قبل|نحو|تجاه|عبر|حتي|سوي|غير|دون|مثل|ازاء|بشان|وفي|وعلي|ومن|ومع|وعن|والي)$/;
const DESCRIBED = /^(و)?(يوصف|توصف|وصف|وصفه|وصفها|وصفت|وصفهم|يلقب|تلقب|لقب|الملقب|الملقبه|يعرف|تعرف|المعروف|المعروفه|يسمي|تسمي|سمي|المسمي|المسماه)$/;
/** First words of the person titles of `data/kb/titles.txt` without the article (`رئيس`, `وزير`, `قائد`, `ملك`). */
const PERSON_TITLE_WORDS = new Set(
  dataLines(repoPath('data', 'kb', 'titles.txt'))
    .map((l) => norm(l.split(' | ')[0]!.trim().split(/\s+/)[0]!).replace(/^ال/, ''))
    .filter((w) => w.length >= 3),
);
/** `رئيسة`, `لرئيس`, `القائد`, `للملك`: a person's title word with its clitics and article. */
function isPersonTitleWord(w: string): boolean {
  return [w, w.replace(/^[وف]/, '')].some((x) => PERSON_TITLE_WORDS.has(x.replace(/^(ب|ل)?(ال|ل)?/, '')) || PERSON_TITLE_WORDS.has(x.replace(/^ال/, '')));
}
/** `ما وصفه`, `ما وصفته`: the describing verb with its object pronoun after `ما` (`في ما وصفته الشركتان بأنه ...`). */
const DESCRIBED_AS = /^(وصفه|وصفته|وصفها|وصفتها|وصفوه|وصفوها|وصفاه|وصفتاه)$/;
/** `بأنه`, `بأنها`, `بأنهم`: what opens the characterization after `ما وصفته X`. */
const THAT_IT_IS = /^(بانه|بانها|بانهم)$/;
/** Active describing verbs, whose subject speaks in `وصف X الوضع بأنه "..."`. */
const DESCRIBING = /^(و|ف)?(وصف|وصفت|وصفوا)$/;
/** Words before a bare `وصف` that keep it a verb opening its clause (`وقد وصف`, `، وصف`), not a noun or a verb after its subject (`أن وصف`). */
const DESCRIBING_OPENERS = /^(قد|وقد|فقد|لقد|كما|وكما|فيما|وفيما|بينما|وبينما|ثم|كان|وكان|كانت|وكانت)$/;
/** Head nouns that name a body alone (`الوزارة`), with the first words of the fuller names they stand for (`وزارة الخارجية`, `الخارجية الفلسطينية`; never the head alone again: `المنظمة بالتقرير`). */
const BODY_HEADS = new Map<string, RegExp>([
  ['الوزاره', /^(وزاره|الخارجيه|الداخليه|الدفاع|الماليه|الصحه)$/],
  ['الشركه', /^(شركه|مجموعه)$/],
  ['المنظمه', /^منظمه$/],
  ['الهييه', /^هييه$/],
  ['الوكاله', /^وكاله$/],
  ['اللجنه', /^لجنه$/],
]);
/** `حسبما`, `وحسبما`, `بحسبما` ("as ... said"): an attribution whose reporting verb follows (`حسبما قالت الشرطة`). */
const AS_SAID = /^(و)?(ب)?حسبما$/;
/** Mentions of a statement that can name its owner (`البيان الصادر عن الجيش`, `أصدرت الوزارة بيانا`), besides `statement-before`. */
const STATEMENT_MENTIONS = /^(البيان|بيانا)$/;
const RELATIVES = /^(الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي|اللذان|اللتان)$/;

export interface Speaker {
  text: string;
  start?: number;
  end?: number;
  id?: string;
  type?: string;
  /** How it was found: named in the slot, a role phrase, or carried over from the previous quote. */
  source: 'entity' | 'name' | 'role' | 'previous';
  /** Internal: the rule that found the speaker (removed from the output unless `debug`). */
  how?: string;
  /**
   * How far the speaker can be trusted, from the way it was found: `high` — named in the
   * speaker slot of its own verb (an entity or a person in apposition), or the source of an
   * attribution; `medium` — a role phrase or a short name in the slot, the subject of the
   * verb found before it in the sentence, or the speaker of the previous quote carried over by
   * an agreeing `وأضاف`-type verb close by; `low` — carried over from far away or past a
   * speaker the verb does not agree with, or guessed from the last person mentioned.
   * `findQuotes` drops quotes whose speaker is `low` (see `minConfidence`).
   */
  confidence?: Confidence;
}

export type Confidence = 'high' | 'medium' | 'low';
const CONF_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };
const minConf = (a: Confidence | undefined, b: Confidence): Confidence => (a && CONF_RANK[a] < CONF_RANK[b] ? a : b);
/** A `وأضاف`-type verb takes the previous speaker with `medium` confidence up to this many sentences after it. */
const PREVIOUS_MAX_GAP = 3;
/** Set how a speaker was found (`how` is kept for the hand-check tool only). */
function found<T extends Speaker | null | undefined>(sp: T, confidence: Confidence, how: string): T {
  if (sp) {
    sp.confidence = confidence;
    sp.how = how;
  }
  return sp;
}

/** An entity as it stands, a speaker (`entSpeaker` in `findQuotes` also mends a name cut inside its first word). */
function plainEntitySpeaker(text: string, x: Entity): Speaker {
  const sp: Speaker = { text: text.slice(x.start, x.end), start: x.start, end: x.end, source: 'entity', type: x.type };
  if (typeof x.id === 'string') sp.id = x.id;
  return sp;
}

export interface Quote {
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'indirect';
  speaker: Speaker | null;
  trigger: { start: number; end: number; text: string } | null;
}

export interface QuoteInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly { start: number; end: number; tokenStart: number; tokenEnd: number; kind?: string }[];
  entities?: readonly Entity[];
  /**
   * Quotes whose speaker was found with less confidence than this are dropped, and so are
   * quotes with no speaker unless their source is named and is no person (`تقارير`,
   * `الدراسة`). Default `medium`; `low` keeps every quote found (the behaviour before
   * confidences), with `speaker: null` where no speaker was found.
   */
  minConfidence?: Confidence;
  /** Keep `speaker.how` (the rule that found the speaker), for the hand-check tool. */
  debug?: boolean;
}

/** A role or organisation noun, with or without a clitic or the article (`لمصادر`, `السكان`, `للوزارة`). */
const isRoleWord = perWordForm(roleWordForms);

function roleWordForms(w: string): boolean {
  const forms = [w, w.replace(/^[وفبل]/, ''), w.replace(/^ل/, 'ا'), w.replace(/^ال/, ''), w.replace(/^[وف]?لل/, 'ال')];
  return forms.some((f) => ROLE_NOUNS.has(f) || ROLE_NOUNS.has(f.replace(/^ال/, '')) || FEMININE_ROLES.has(f) || MORE_ROLE_NOUNS.has(f));
}

/**
 * A common noun that names people or a body when it heads the speaker slot of its own verb
 * (`وقال الزوج`, `وتقول منظمات حقوقية`, `وفقا لمنظمات دولية`), with or without the article or a
 * clitic `ل`. Unlike the role nouns it is not looked for elsewhere (the subject before a verb,
 * a speaker carried over), where these words are more often objects (`انتقد الجماعات اليسارية`).
 */
const isSlotHead = perWordForm((w: string): boolean =>
  // (with or without a leading conjunction: `وكالات` is no `و` + `كالات`)
  [w, w.replace(/^[وف]/, '')].some((bare) =>
    [bare, bare.replace(/^ال/, ''), bare.replace(/^ل/, ''), bare.replace(/^لل/, 'ال'), bare.replace(/^لل/, '')].some((f) => SLOT_HEADS.has(f) || SLOT_HEADS.has('ال' + f)),
  ),
);

/** Role lists proper: the word itself, with or without the article (`لجنة`, `لواء`), not a clitic `ل` on another noun. */
function ownRoleWord(w: string): boolean {
  const bare = w.replace(/^ال/, '');
  return [w, bare, 'ال' + bare].some((f) => ROLE_NOUNS.has(f) || MORE_ROLE_NOUNS.has(f) || FEMININE_ROLES.has(f) || SLOT_HEADS.has(f));
}

/** A noun naming a work, event or label, with or without a clitic, the article or a possessive (`دراستها`, `باسم`). */
const isTitleNoun = perWordForm(titleNounForms);

function titleNounForms(w: string): boolean {
  const bare = w.replace(/^(و|ف)?(ب|ل|ك)?/, '');
  const forms = [w, bare, bare.replace(/^ال/, ''), bare.replace(/(ه|ها|هم)$/, ''), bare.replace(/^ال/, '').replace(/(ه|ها|هم)$/, '')];
  return forms.some((f) => TITLE_NOUNS.has(f) || TITLE_NOUNS.has(f.replace(/ت$/, 'ه')));
}

const OPEN = new Set(['“', '«', '„', '‹']);
const CLOSE_OF: Record<string, string[]> = { '“': ['”', '“'], '«': ['»'], '„': ['“', '”'], '‹': ['›'] };
const STRAIGHT = new Set(['"', '＂']);

/** Heads whose complement is a role phrase naming someone else (`مكتب ولي العهد`, `باسم الرئيس`). */
const CONSTRUCT_HEADS = /^[وف]?(مكتب|مدير|باسم|متحدث|ناطق|مستشار|مستشاره|نائب|مساعد|مساعده|زوجه|زوج|ابن|ابنه|نجل|شقيق|شقيقه|حرس|موكب|مبعوث|ممثل|قصر|ديوان|اداره|حكومه|حزب)$/;

export function findQuotes(input: QuoteInput): Quote[] {
  const { text, tokens, sentences } = input;
  const n = tokens.length;
  const ents = (input.entities ?? []).filter((e) => e.type === 'PER' || e.type === 'ORG');
  const nm = (i: number) => tokens[i]?.norm ?? '';
  /** `nm` without a leading conjunction و/ف (`ونقلت` -> `نقلت`). */
  const nmBare = (i: number) => nm(i).replace(/^[وف]/, '');
  const sentIdx = new Int32Array(n).fill(-1);
  sentences.forEach((s, si) => {
    for (let k = s.tokenStart; k < s.tokenEnd && k < n; k++) sentIdx[k] = si;
  });
  const paraEnd = (pos: number) => {
    const e = text.indexOf('\n', pos);
    return e < 0 ? text.length : e;
  };
  const trimEnd = (s: number, e: number) => {
    while (e > s && /[\s.،,؛;:!?؟]/.test(text[e - 1]!)) e--;
    return e;
  };
  const span = (s: number, e: number) => ({ start: s, end: e, text: text.slice(s, e) });
  const out: Quote[] = [];
  const directRanges: [number, number][] = [];
  let directFlags: Uint8Array | null = null; // per token, built once the direct quotes are known
  const inDirect = (tok: number) => directFlags![tok] === 1;

  // ---- speaker slot: tokens [a, b) between the verb and the complementizer
  function speakerIn(a: number, b: number): Speaker | null | 'none' {
    // a quoted name (`"يويفا"`): drop the marks around it
    // `وأضاف لمحطة إن بي سي أنه`, `وقال للصحفيين:`: whom it was said to, not who said it
    const first = tokens[a];
    // (`وقال لخطيب ابنته:` — a longer word with the clitic `ل` that no entity covers)
    const toWhom = (w: string) => /^لل/.test(w) || (/^ل/.test(w) && w.length >= 5 && !isRoleWord(w)) || (/^ل/.test(w) && !isRoleWord(w) && (isTitleNoun(w.slice(1)) || isRoleWord(w.slice(1)) || /^(صحفيين|محطه|مراسل|وسايل)/.test(w.slice(1)) || (w.length >= 6 && /(ين|ون)$/.test(w))));
    if (first && first.kind === 'word' && toWhom(first.norm) && !ents.some((x) => x.start === first.start)) return 'none';
    // `وقال لوسائل الإعلام الألمانية إن`, `قالت لمجلة "بلاي بوي"`: a role noun behind the clitic `ل` right
    // after the verb is whom it was said to (not `لجنة`, `لواء`, whose ل is their own)
    // (right after the verb only: `بيان لوزارة الداخلية` names the statement's owner)
    if (first && first.kind === 'word' && a > 0 && reportingVerb(nm(a - 1)) !== null && /^ل[^ل]/.test(first.norm) && !ownRoleWord(first.norm) && (isRoleWord(first.norm.slice(1)) || isSlotHead(first.norm.slice(1))) && !ents.some((x) => x.start === first.start)) return 'none';
    // `يوضح بما لا يدع مجالا للشك أن`: `ما` after a preposition starts an adverbial; the verb's subject
    // is before it, often a fact inside someone's words, so no speaker is guessed
    if (first && /^(بما|مما|عما)$/.test(first.norm)) return null;
    // `أعلن عنها مكتب العمدة أن`: the pronoun is the object; the speaker follows it
    if (first && /^(عنه|عنها|عنهم)$/.test(first.norm) && a + 1 < b) return speakerIn(a + 1, b);
    // `في منشور رأي بالإنترنت إن`: a phrase behind `بال` is no speaker
    if (first && first.kind === 'word' && /^بال/.test(first.norm) && !ents.some((x) => x.start <= first.start && x.end > first.start)) return 'none';
    // `وقال لي وهو يهرب`, `قالت لنا`: "to me", "to us" (even when tagged as the name Li)
    // (a longer name that starts there, `لي كه تشيانغ`, is a name)
    if (first && /^(لي|لنا|لك|لكم)$/.test(first.norm) && !ents.some((x) => x.start === first.start && x.end > first.end)) return 'none';
    // `ونقلت وسائل إعلام صينية عن شي:`, `نقلت الوكالة عن مسؤولين، إن`: after the verb نقل the one
    // named after `عن` said it, not the outlet that passes it on
    if (a > 0 && PASSED_ON.has(nmBare(a - 1))) {
      for (let k = a; k + 1 < b; k++) {
        if (nm(k) !== 'عن') continue;
        const src = speakerIn(k + 1, b);
        if (src && src !== 'none') return found(src, src.confidence ?? 'medium', 'slot-source');
        break;
      }
    }
    // `وأضاف البيان:`: the statement mentioned before (`بحسب بيان صادر عن مكتب رئاسة الوزراء`) speaks for its owner
    if (b === a + 1 && nm(a) === 'البيان') {
      const owner = statementOwnerBefore(a);
      if (owner) return owner;
    }
    // `وذكرت الوكالة نقلا عن مصدر أمني قوله:`: the source quoted, not the one quoting
    for (let k = a + 1; k + 2 < b; k++) {
      if (nm(k) !== 'نقلا' || nm(k + 1) !== 'عن') continue;
      const src = speakerIn(k + 2, b);
      return src && src !== 'none' && src.how !== 'nobody' ? found(src, src.confidence ?? 'medium', 'slot-source') : src;
    }
    if (tokens[a]?.kind === 'quote') {
      a++;
      let k = a;
      while (k < b && tokens[k]!.kind !== 'quote') k++;
      if (k < b) b = k;
    }
    // Cut at words that end a speaker phrase (`خلال`, `في`, `لوكالة` ...).
    let e = a;
    while (e < b) {
      const t = tokens[e]!;
      // `صحيفة "سو دوتشيه زيتانغ" الألمانية`: a quoted name after a naming noun belongs to the phrase
      if (t.kind === 'quote' && e > a && nameMarks.has(e) && isNameNoun(nm(e - 1))) {
        let c = e + 1;
        while (c < b && !(tokens[c]!.kind === 'quote' && nameMarks.has(c))) c++;
        if (c < b) {
          e = c + 1;
          continue;
        }
      }
      if (t.kind === 'punct' || t.kind === 'quote' || t.kind === 'number') break;
      if (e > a && (reportingVerb(t.norm) || COMPLEMENTIZERS.has(t.norm) || !phraseGoesOn(e) || circumstantial(e))) break;
      if (e > a && SLOT_STOPS.has(t.norm)) break;
      if (e > a && SPEAKER_STOPS.has(t.norm)) {
        // `عدد من المسؤولين`, `مسؤول في الوزارة`: a partitive or an affiliation that names people stays in
        const nx = tokens[e + 1];
        const partitive = t.norm === 'من' && /^(العديد|عدد|بعض|كثير|الكثير|مجموعه|جماعه|احد|عشرات|مئات|الاف)$/.test(nm(a));
        if ((t.norm === 'من' || t.norm === 'في') && nx && nx.kind === 'word' && (isRoleWord(nx.norm) || partitive) && e + 1 < b) {
          e += 2;
          continue;
        }
        break;
      }
      // `علي` is also the name Ali (`ويقول علي الشهابي`) when a person starts there
      // `وأضاف بيان أبل:`: a statement speaks for its owner
      if (e === a && STATEMENT_NOUNS.has(t.norm) && a + 1 < b) {
        // `بيان صادر عن الحزب`
        const by = ISSUED_BY.has(nm(a + 1)) && nm(a + 2) === 'عن' ? a + 3 : a + 1;
        let owner = by < b ? speakerIn(by, b) : 'none';
        // `وقال بيان للشرطة المحلية إن`, `بيان للجنة حماية المستهلك`: an owner behind `لل` is no addressee
        // here; a role or body noun and the words of its name (the clitic is dropped later)
        if (owner === 'none' && by < b && tokens[by]!.kind === 'word' && /^لل/.test(nm(by)) && isRoleWord(nm(by)) && !ents.some((x) => x.start === tokens[by]!.start)) {
          const end = tokens[ownerEnd(by, b) - 1]!.end;
          owner = found({ text: text.slice(tokens[by]!.start, end), start: tokens[by]!.start, end, source: 'role' }, 'medium', 'statement-owner-after');
        }
        // (a name guessed from an adjective is no owner: `بيان مبدئي لمبعوثي ...`)
        if (owner && owner !== 'none' && !(owner.source === 'name' && /(ي|ية)$/.test(text.slice(tokens[by]!.start, tokens[by]!.end)))) {
          // `بيان لوزارة الدفاع الروسية`: the clitic `ل` that marks the owner is no part of its name
          // (`للقوات` becomes `القوات` in `withoutClitic`)
          const t = tokens[by]!;
          if (owner.start === t.start && /^ل[^ل]/.test(t.norm) && !ownRoleWord(t.norm) && isRoleWord(t.norm.slice(1))) {
            return { ...owner, start: t.start + 1, text: text.slice(t.start + 1, owner.end ?? t.end) };
          }
          return owner;
        }
        // `وذكر بيان مبدئي لمبعوثي كوريا الجنوبية أن`: a statement whose owner is not found is no one known
        return null;
      }
      if (e === a && SLOT_STOPS.has(t.norm)) return 'none';
      if (e === a && SPEAKER_STOPS.has(t.norm) && !ents.some((x) => x.type === 'PER' && x.start === t.start)) return 'none';
      e++;
    }
    if (e === a) return 'none';
    if (VAGUE.has(nm(a))) return null;
    // `أشارت تلك الوثائق إلى أن`: a demonstrative before a document
    if (/^(تلك|هذه|هذا|ذلك|هذين|هاتين)$/.test(nm(a)) && a + 1 < e && nonSpeaker(nm(a + 1))) return nobody(a + 1);
    // `تقارير`, `النتائج`, `دراسة`: a source that is no person or organisation
    if (nonSpeaker(nm(a)) || nonSpeaker(nm(a).replace(/^[وفبل]/, ''))) return nobody(a);
    const s0 = tokens[a]!.start;
    const e0 = tokens[e - 1]!.end;
    if (PRONOUN_SPEAKERS.has(nm(a)) && e === a + 1) return 'none';
    // `عائلة زينب`, `محامي المتهم`: the relation speaks, not the person named after it
    // (but `مستشار الأمن القومي الأمريكي، جون بولتون،`, `المتحدث باسم الكرملين، دميتري بيسكوف،`: after an
    // office (not a kin word: `نجل العودة، عبد الله،` stays the son) a person in apposition holds it)
    if (isRelation(nm(a)) && e - a <= 6) {
      // (not when a person's title follows the relation: `متحدث باسم رئيسة الوزراء البريطانية، تيريزا ماي،` names her)
      const titled = tokens.slice(a + 1, e).some((w) => w.kind === 'word' && isPersonTitleWord(w.norm));
      const appo = !titled && isRoleWord(nm(a)) && e < b && /^[،,]$/.test(nm(e)) ? ents.find((x) => x.type === 'PER' && x.start >= tokens[e]!.end && x.end <= tokens[b - 1]!.end && x.start <= (tokens[e + 1]?.end ?? 0) + 12) : undefined;
      if (appo) return found(entSpeaker(appo), 'high', 'slot-apposition');
      return found({ text: text.slice(s0, e0), start: s0, end: e0, source: 'role' }, 'medium', 'slot-relation');
    }
    if (ents.length) {
      // `قال البروفيسور السعودي بالطب النفسي، طارق الحبيب،`: an entity behind a clitic preposition is a complement
      const inside = ents.filter((x) => x.start >= s0 && x.end <= e0 && !(x.start >= tokens[a]!.end && /^[وف]?(ب|ل|بال|لل)$/.test(text.slice(tokens[tokAt(x.start)]!.start, x.start))));
      const pick = inside.find((x) => x.type === 'PER') ?? inside.find((x) => x.type === 'ORG');
      if (pick) {
        // `قال مفوض شؤون الطاقة في الاتحاد الأوروبي، ميغيل أرياس كانتي، إن`: the person in apposition
        // (also a person-tagged name inside a role phrase: `رئيس شرطة مقاطعة تاوس، جيري هوجريف،`)
        if ((pick.type === 'ORG' || pick.start >= tokens[a]!.end) && e < b && /^[،,]$/.test(nm(e))) {
          const appo = ents.find((x) => x.type === 'PER' && x.start >= tokens[e]!.end && x.end <= tokens[b - 1]!.end && x.start <= (tokens[e + 1]?.end ?? 0) + 12);
          if (appo) return found(entSpeaker(appo), 'high', 'slot-apposition');
        }
        // `قال مصدر بالبنتاغون`, `المتحدث باسم الشرطة`: an organisation inside a role phrase is
        // whom the role belongs to; the role phrase speaks
        // (`المفوض السامي في الأمم المتحدة`: any noun phrase before the organisation, up to three words)
        const lead = tokens[a]!;
        // (quotation marks around the organisation's name do not count: `أحد مستخدمي موقع "ويبو"`)
        const wordsBefore = tokens.slice(a, tokAt(pick.start)).filter((x) => x.kind !== 'quote').length;
        if (pick.type === 'ORG' && pick.start >= lead.end && lead.kind === 'word' && !PREPOSITIONS.test(lead.norm) && !namedAt(a) && wordsBefore <= 3) {
          const pe = /["”»]/.test(text[pick.end] ?? '') && /["“«]/.test(text[pick.start - 1] ?? '') ? pick.end + 1 : pick.end;
          return found({ text: text.slice(s0, pe), start: s0, end: pe, source: 'role' }, 'medium', 'slot-role-of');
        }
        // `ويوضح بروس بانردت` tagged `روس بانردت`: right after the verb no preposition can stand, so a
        // name starting inside the slot's first word takes the whole word
        const sp = entSpeaker(pick);
        const t0 = tokens[a]!;
        // (`وقال فيناي` tagged `يناي`: even a first letter that looks like the conjunction)
        if (sp.start! > t0.start && sp.start! < t0.end) {
          sp.start = t0.start;
          sp.text = text.slice(t0.start, sp.end);
          delete sp.id;
        }
        return found(sp, 'high', 'slot-entity');
      }
    }
    // `يقول الضابط الجزائري السابق، أنور مالك، إن`: the person named in apposition after a comma
    if (e < b && /^[،,]$/.test(nm(e))) {
      const appo = ents.find((x) => x.type === 'PER' && x.start >= tokens[e]!.end && x.end <= tokens[b - 1]!.end && x.start <= (tokens[e + 1]?.end ?? 0) + 12);
      if (appo) {
        // `المكتب الإعلامي لرئيس مجلس الوزراء، الدكتور حيدر العبادي،`: the apposition describes the
        // person the office belongs to; the office speaks
        if (e - a >= 2 && tokens.slice(a + 1, e).some((w) => /^ل/.test(w.norm) && isRoleWord(w.norm.slice(1))) && isRoleWord(nm(a))) {
          return found({ text: text.slice(s0, e0), start: s0, end: e0, source: 'role' }, 'medium', 'slot-role-of');
        }
        return found(entSpeaker(appo), 'high', 'slot-apposition');
      }
    }
    const words = tokens.slice(a, e);
    // (also a nominative dual of a role noun opening the slot: `وصفته الشركتان`, `وقال مسؤولان`)
    const dualRole = /ان$/.test(nm(a)) && nm(a).length >= 6 && [nm(a).replace(/تان$/, 'ه'), nm(a).replace(/ان$/, '')].some((f) => f !== nm(a) && isRoleWord(f));
    // (a slot head counts at the head only, or after `أحد`/`بعض`: `أحد محامييه`, not `ذكر اسمه في مجموعة من`)
    const slotHead = isSlotHead(nm(a)) || (/^(احد|بعض)$/.test(nm(a)) && a + 1 < e && isSlotHead(nm(a + 1)));
    const isRole = dualRole || slotHead || words.some((w) => isRoleWord(w.norm));
    if (isRole && e - a <= 8) return found({ text: text.slice(s0, e0), start: s0, end: e0, source: 'role' }, 'medium', 'slot-role');
    // A country or capital speaking stands for its government (`وقالت روسيا إن`, `قالت واشنطن إنها`).
    const country = (input.entities ?? []).find((x) => x.start >= s0 && x.end <= e0 && (x.kind === 'country' || x.type === 'LOC'));
    if (country && e0 - s0 <= country.end - country.start + 2) {
      return found(plainEntitySpeaker(text, country), 'high', 'slot-country');
    }
    // A name the entity layer missed: one to four words, no article on the first (names rarely
    // take `ال`, and word salad such as `السفن` does), and no place inside.
    const otherEntity = (input.entities ?? []).some((x) => x.start < e0 && x.end > s0);
    // (`وقال لخطيب ابنته:`: a word with the clitic `ل` is whom it was said to)
    // (`أخبرت زملائها`, `قال أحدهم`: a word with a possessive pronoun is no name)
    // (`تعتبر ساعات العمل`: a feminine plural noun is no name either)
    // (`حسب تعبيره`: also a written final ه after four letters, which is no ة)
    const pronoun = words.some((w) => /(ها|هم|هما|هن|كم)$/.test(w.norm) || (/ه$/.test(text.slice(w.start, w.end)) && w.end - w.start >= 4)) || /ات$/.test(text.slice(s0, tokens[a]!.end));
    if (!otherEntity && !pronoun && e - a <= 4 && words.every((w) => w.kind === 'word' || w.kind === 'latin') && !text.startsWith('ال', s0)) {
      return found({ text: text.slice(s0, e0), start: s0, end: e0, source: 'name' }, 'medium', 'slot-name');
    }
    return null;
  }
  /**
   * End (exclusive token) of a statement's owner starting at `j`: the head and the definite words after
   * it (`للشرطة المحلية`), `باسم` and the body it names, and for a head in construct (no article:
   * `للجنة حماية المستهلك`, `لجنة` with its own ل) the indefinite words up to a definite one.
   */
  function ownerEnd(j: number, limit: number): number {
    const h = nm(j);
    let open = !/^(ال|لل)/.test(h) || (/^لل/.test(h) && ownRoleWord(h.slice(1)));
    let k = j + 1;
    let last = j + 1;
    while (k < limit && k < j + 6 && tokens[k]!.kind === 'word') {
      const w = nm(k);
      if (COMPLEMENTIZERS.has(w) || reportingVerb(w) || SPEAKER_STOPS.has(w) || SLOT_STOPS.has(w) || PREPOSITIONS.test(w)) break;
      if (w === 'باسم') open = true;
      else if (/^ال/.test(w)) {
        open = false;
        last = k + 1;
      } else if (!open) break;
      k++;
    }
    return last;
  }
  /**
   * Who issued the nearest earlier `بيان` in the last ten sentences: the owner named after it (`بيان
   * صادر عن X`, `بيان عن X`), or for `في بيان` the speaker found before it in its own sentence.
   */
  function statementOwnerBefore(at: number): Speaker | null {
    const si = sentIdx[at] ?? -1;
    for (let k = at - 1; k >= 0; k--) {
      if ((sentIdx[k] ?? -1) < si - 10) break;
      if (!STATEMENT_BEFORE.has(nmBare(k)) && !STATEMENT_MENTIONS.test(nmBare(k))) continue;
      let j = k + 1;
      if (ISSUED_BY.has(nm(j))) j++;
      if (nm(j) !== 'عن') {
        // `بيان للتحالف`, `البيان الصادر عن الجيش`, `بيان الجيش`: the owner right after the noun (an
        // organisation or person, else a definite role noun); `وأصدرت الوزارة بيانا قالت فيه`: the
        // subject of its own sentence; an earlier `وأضاف البيان` points further back
        const end = sentences[sentIdx[k] ?? -1]?.tokenEnd ?? n;
        if (j < end && tokens[j]!.kind === 'word') {
          const t = tokens[j]!;
          const ent = ents.find((x) => x.start >= t.start && x.start <= t.start + 2 && x.start < t.end && tokAt(x.end - 1) < end);
          if (ent) {
            return found(plainEntitySpeaker(text, ent), 'medium', 'statement-owner-after');
          }
          if (/^(ال|لل)/.test(nm(j)) && isRoleWord(nm(j))) {
            let e = j + 1;
            // (`بيان للمتحدثة باسم الخارجية`: `باسم` and the body it names stay in)
            while (e < end && e < j + 6 && tokens[e]!.kind === 'word' && (/^ال/.test(nm(e)) || (nm(e) === 'باسم' && e + 1 < end && tokens[e + 1]!.kind === 'word'))) e += nm(e) === 'باسم' ? 2 : 1;
            return found({ text: text.slice(t.start, tokens[e - 1]!.end), start: t.start, end: tokens[e - 1]!.end, source: 'role' }, 'medium', 'statement-owner-after');
          }
        }
        // `ذكرته خدمة الطوارئ في بيان لها، ... وقال البيان`, `وقالت الوزارة في بيان إن ...`: the speaker
        // of the statement's own sentence issued it
        if (nm(k - 1) === 'في') {
          const statementStart = tokens[k]!.start;
          // (quotes are given speakers while they are collected, so look at those collected so far too)
          const own = [...out, ...indirect.map((x) => x.q)].filter((q) => q.speaker && q.speaker.how !== 'nobody' && q.speaker.start !== undefined && sentIdx[tokAt(q.speaker.start)] === sentIdx[k] && q.speaker.end! <= statementStart).at(-1);
          if (own?.speaker) return found({ ...own.speaker, source: 'previous' }, minConf(own.speaker.confidence, 'medium'), 'statement-of-speaker');
          return null;
        }
        if (k > 0 && reportingVerb(nm(k - 1))) continue;
        // `وأصدرت وزارة الدفاع بيانا`: the first organisation or person of its sentence, not after a preposition
        const s0 = sentences[sentIdx[k] ?? -1];
        const subj = s0 ? ents.find((x) => x.start >= s0.start && x.end <= tokens[k]!.start && !PREPOSITIONS.test(nm(tokAt(x.start) - 1)) && !/^[بل]/.test(text.slice(x.start - 1, x.start))) : undefined;
        if (subj && /^(و)?(اصدر|اصدرت|نشر|نشرت|وزع|وزعت)$/.test(nm(tokAt(subj.start) - 1))) {
          return found(plainEntitySpeaker(text, subj), 'medium', 'statement-issuer');
        }
        return null;
      }
      j++;
      const end = sentences[sentIdx[j] ?? -1]?.tokenEnd ?? n;
      const c = j < end ? candidateAt(j, end) : null;
      if (c && !c.clitic) return found({ ...c.sp }, 'medium', 'statement-before');
      // a body the entity layer does not know: the words up to a preposition or punctuation
      let e = j;
      while (e < end && e < j + 5 && tokens[e]!.kind === 'word' && !PREPOSITIONS.test(nm(e)) && !COMPLEMENTIZERS.has(nm(e))) e++;
      if (e - j < 2 || !isRoleWord(nm(j)) && !STATEMENT_OFFICES.has(nm(j))) return null;
      return found({ text: text.slice(tokens[j]!.start, tokens[e - 1]!.end), start: tokens[j]!.start, end: tokens[e - 1]!.end, source: 'role' }, 'medium', 'statement-before');
    }
    return null;
  }
  /** A source that is no person or organisation (`تقارير`, `الدراسة`): kept as a marker so that a verb continuing it (`ويقول إن`) is not given someone else; emitted as `speaker: null`. */
  function nobody(k: number): Speaker {
    const t = tokens[k]!;
    return found({ text: text.slice(t.start, t.end), start: t.start, end: t.end, source: 'role' }, 'high', 'nobody');
  }

  // Previous speakers (for `وأضاف` and an unnamed subject), by position, with the agreement
  // their verb showed (`قالت سونيا` makes سونيا feminine; `قال مسؤولون` plural).
  const speakersByPos: { pos: number; end: number; sp: Speaker; agr?: Agreement }[] = [];
  /** Sentences between the end of a remembered quote and position `pos`. */
  const gapSince = (pos: number, x: { pos: number; end: number }) =>
    Math.max(0, (sentIdx[tokAt(pos)] ?? 0) - (sentIdx[tokAt(Math.max(x.pos, x.end - 1))] ?? 0));
  function previousSpeaker(pos: number, agr?: Agreement): Speaker | null {
    const before = speakersByPos.filter((x) => x.pos < pos && pos - x.pos < 2500).sort((a, b) => b.pos - a.pos);
    // the nearest speaker the verb agrees with (`وتضيف` skips a man, `وقالوا` one person)
    const fits = (x: { agr?: Agreement }) => !agr || !x.agr || x.agr === agr;
    // `ويقول عماد غنيم، نائب رئيس تحرير ...، إن ...` (no quote found there) `وأضاف أن`: a person in the
    // slot of a reporting verb in a sentence since the previous speaker speaks now
    {
      const si = sentIdx[tokAt(pos)] ?? -1;
      for (let sj = si - 1; sj >= 0 && sj >= si - 2; sj--) {
        const st = sentences[sj]!;
        if ((before[0] && st.start <= before[0].pos) || (st.kind && st.kind !== 'body')) break;
        for (let k = st.tokenStart; k + 1 < Math.min(st.tokenEnd, n); k++) {
          if (!reportingVerb(nm(k)) || inDirect(k)) continue;
          const c = candidateAt(k + 1, Math.min(st.tokenEnd, n));
          if (c && c.sp.type === 'PER' && !c.clitic && agrees(c.sp, agr)) return found({ ...c.sp, source: 'previous' }, 'medium', 'previous-unquoted');
        }
        // `ويلقي المخرج الإيراني، مصطفى كييي، الضوء على ... ويقول إن`: a person who became the subject
        // of the story since the previous speaker speaks now
        // (the main clause only: `أنه غير سعيد` is inside what was said)
        let mainEnd = st.tokenStart;
        while (mainEnd < Math.min(st.tokenEnd, n) && !COMPLEMENTIZERS.has(nm(mainEnd))) mainEnd++;
        const sub = before[0] ? firstSubject(st.tokenStart, mainEnd, agr) : undefined;
        if (sub && sub.type === 'PER' && sub.text !== before[0]!.sp.text) return found({ ...sub, source: 'previous' }, 'medium', 'previous-new-subject');
      }
    }
    if (before[0] && fits(before[0])) {
      // sentences between the end of the previous quote and this one
      const gap = gapSince(pos, before[0]);
      const prev = before[0].sp;
      if (prev.how === 'nobody') return found({ ...prev }, 'high', 'nobody');
      const conf: Confidence = gap <= PREVIOUS_MAX_GAP ? minConf(prev.confidence, 'medium') : 'low';
      return found({ ...prev, source: 'previous' }, conf, `previous:gap=${gap}`);
    }
    // `وتقول أنا كوتس: ... البروفيسور روسل فينر دعا ... وقال:`: the subject of a sentence since
    // the last speaker (the nearest two), when that speaker does not agree with the verb
    const si = sentIdx[tokAt(pos)] ?? -1;
    for (let sj = si - 1; sj >= 0 && sj >= si - 2; sj--) {
      const st = sentences[sj]!;
      if (before[0] && st.start <= before[0].pos) break;
      if (st.kind && st.kind !== 'body') break;
      const sub = firstSubject(st.tokenStart, Math.min(st.tokenEnd, n), agr);
      if (sub) return found({ ...sub, source: 'previous' }, 'medium', 'previous-sentence-subject');
    }
    const hit = before.find(fits);
    if (hit) {
      if (hit.sp.how === 'nobody') return found({ ...hit.sp }, 'high', 'nobody');
      // past a speaker the verb does not agree with: trusted when both show the same agreement
      // (`وتضيف` after `قالت الوزيرة`) and it is close by
      const gap = gapSince(pos, hit);
      const conf: Confidence = agr && hit.agr === agr && gap <= PREVIOUS_MAX_GAP + 2 ? minConf(hit.sp.confidence, 'medium') : 'low';
      return found({ ...hit.sp, source: 'previous' }, conf, `previous-older:gap=${gap}`);
    }
    if (agr === 'p') return null;
    // Else the last person entity before the position (the article's main actor), unless it is a
    // speaker the verb did not agree with.
    const refused = new Set(before.map((x) => x.sp.text));
    const per = ents.filter((e) => e.type === 'PER' && e.end <= pos && !refused.has(text.slice(e.start, e.end))).at(-1);
    if (per && pos - per.end < 1500 && !before.length) {
      const sp: Speaker = { text: text.slice(per.start, per.end), start: per.start, end: per.end, source: 'previous', type: 'PER' };
      if (typeof per.id === 'string') sp.id = per.id;
      return found(sp, 'low', 'last-person');
    }
    return null;
  }

  /** Agreement a speaker phrase shows by itself: a plural or a feminine role noun at its head. */
  function phraseAgreement(sp: Speaker): Agreement | undefined {
    const head = norm(sp.text.split(/\s+/)[0] ?? '').replace(/^[وف]/, '');
    if (PLURAL_ROLES.has(head) || PLURAL_ROLES.has('ال' + head)) return 'p';
    // `منتقدون`, `المحققون`: a sound masculine plural of people
    if (sp.source === 'role' && head.length >= 5 && /(ون|ين)$/.test(head)) return 'p';
    // (a participle plural the role list lacks: `منتقدون`, `مراقبون`; never `ماكرون`)
    if (sp.source === 'name' && /^م[^ا].{2,}(ون|ين)$/.test(head)) return 'p';
    if (FEMININE_ROLES.has(head)) return 'f';
    // `أبو همام` is a man, `أم كلثوم` a woman
    if (sp.type === 'PER' && /^(ابو|ابي|ابا|بن)$/.test(head)) return 'm';
    if (sp.type === 'PER' && /^(ام|بنت)$/.test(head)) return 'f';
    // `السفير الكندي`, `الاتحاد`: a masculine head (a person named after it shows nothing)
    if (sp.source === 'role' && MASCULINE_HEADS.has(head)) return 'm';
    // `الحكومة`, `منظمة العفو الدولية`: an organisation named by a feminine noun (never a person's name)
    if (sp.source !== 'previous' && (sp.source === 'role' || sp.type === 'ORG') && /ة$/.test(sp.text.split(/\s+/)[0] ?? '')) return 'f';
    return undefined;
  }
  /** Can a verb with agreement `agr` take this speaker as subject? Persons never take a plural verb. */
  function agrees(sp: Speaker, agr: Agreement | undefined): boolean {
    if (!agr) return true;
    const own = phraseAgreement(sp);
    // `وقالت مصادر`, `مشيرة`: a plural of people also takes a feminine singular verb
    if (own === 'p') return agr === 'p' || agr === 'f';
    if (own === 'f') return agr === 'f';
    if (own === 'm') return agr === 'm';
    // (a plural in construct state, `منتقدي ترامب`, `ممثلي الشركة`, also takes a plural verb)
    if (agr === 'p') return sp.source === 'role' && (/^(ال)?[^\s]+(ون|ين|اء)(\s|$)/.test(norm(sp.text)) || /^[^\sا][^\s]{3,}ي\s/.test(norm(sp.text)));
    return true;
  }

  const entSpeaker = (x: Entity): Speaker => {
    const sp = plainEntitySpeaker(text, x);
    // `وليد المعلم` tagged as `يد المعلم`: a name cut inside its first word (one or two letters
    // left of it) takes the whole word back; the link made from the cut name is dropped
    const t = tokens[tokAt(x.start)];
    // (`كاني ويست` tagged `اني ويست`: one letter cut that is no conjunction or `ب`/`ل`)
    const cut1 = !!t && x.start - t.start === 1 && !/^[وفبل]$/.test(text[t.start]!);
    if (t && t.start < x.start && x.start < t.end && (t.end - x.start <= 2 || cut1)) {
      const from = text.startsWith('وو', t.start) ? t.start + 1 : t.start;
      sp.start = from;
      sp.text = text.slice(from, x.end);
      delete sp.id;
    }
    return sp;
  };
  const tokAt = (pos: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** A speaker phrase starting at token k and ending before token `limit`: an entity, or a role phrase (with the name after it). */
  function candidateAt(k: number, limit: number): { sp: Speaker; last: number; clitic: boolean } | null {
    const t = tokens[k]!;
    if (t.kind !== 'word') return null;
    // (a city right after a reporting verb speaks for its government: `أعلنت الرياض`)
    const afterVerb = k > 0 && reportingVerb(nm(k - 1)) !== null;
    const ent = (input.entities ?? []).find((x) => x.start >= t.start && x.start < t.end && (x.type === 'PER' || x.type === 'ORG' || x.kind === 'country' || (afterVerb && x.type === 'LOC')));
    if (ent) {
      const last = tokAt(ent.end - 1);
      if (last >= limit) return null;
      // `نجم الزمالك السابق، حازم إمام،`: an organisation followed by a person in apposition is the person's
      if (ent.type === 'ORG') {
        let c = last + 1;
        while (c < limit && c <= last + 3 && tokens[c]!.kind === 'word') c++;
        const appo = c < limit && /^[،,]$/.test(nm(c)) ? ents.find((x) => x.type === 'PER' && x.start >= tokens[c]!.end && tokens[c + 1] && x.start <= tokens[c + 1]!.start) : undefined;
        if (appo && tokAt(appo.end - 1) < limit) return { sp: entSpeaker(appo), last: tokAt(appo.end - 1), clitic: /^[بلك]/.test(text.slice(t.start, ent.start)) };
      }
      return { sp: entSpeaker(ent), last, clitic: /^[بلك]/.test(text.slice(t.start, ent.start)) };
    }
    // `العالم` is more often "the world" than "the scientist" outside a speaker slot
    if (!(isRoleWord(t.norm) || isRelation(t.norm)) || nonSpeaker(t.norm) || t.norm === 'العالم') return null;
    let e = k + 1;
    while (e < limit && e < k + 5 && tokens[e]!.kind === 'word' && !SPEAKER_STOPS.has(nm(e)) && !reportingVerb(nm(e)) && !COMPLEMENTIZERS.has(nm(e)) && phraseGoesOn(e) && !verbAfterDefinite(e) && !circumstantial(e) && !afterName(e)) e++;
    // `الرئيس الأمريكي، دونالد ترامب`: the name right after the role
    let nameEnt: Entity | undefined;
    // the name stands inside the phrase or after a comma (`الرئيس الأمريكي، دونالد ترامب`), never past
    // the word that ended it (`مصدر بالطب الشرعي أن فرضية تسمم المقاري`)
    const reach = e < limit && /^[،,]$/.test(nm(e)) ? e + 4 : e;
    for (let j = k + 1; j < Math.min(limit, reach); j++) {
      nameEnt = ents.find((x) => x.type === 'PER' && x.start >= tokens[j]!.start && x.start < tokens[j]!.end);
      if (nameEnt) break;
      if (tokens[j]!.kind === 'punct' && nm(j) !== '،' && nm(j) !== ',') break;
    }
    // `للمخرج مايكل مان`: a role behind a clitic preposition is an object, and so is the name after it
    const clitic = /^(ل|لل|ب|بال)/.test(t.norm) && !ROLE_NOUNS.has(t.norm);
    if (nameEnt && tokAt(nameEnt.end - 1) < limit) {
      // `منتقدي ترامب`, `عائلة زينب`: a relation speaks, not the one named after it
      if (isRelation(t.norm) && !isRoleWord(t.norm)) return { sp: { text: text.slice(t.start, nameEnt.end), start: t.start, end: nameEnt.end, source: 'role' }, last: tokAt(nameEnt.end - 1), clitic };
      return { sp: entSpeaker(nameEnt), last: tokAt(nameEnt.end - 1), clitic };
    }
    const s0 = t.start;
    const e0 = tokens[e - 1]!.end;
    return { sp: { text: text.slice(s0, e0), start: s0, end: e0, source: 'role' }, last: e - 1, clitic };
  }
  /**
   * Does a speaker phrase go on with token k? Not at a preposition such as `بخصوص`, and not at
   * a definite word after a definite word unless it is an adjective (`الشرطة الإيرانية`,
   * `الأمين العام`): `ونفت الشرطة الشائعات` ends at الشرطة.
   */
  function phraseGoesOn(k: number): boolean {
    const w = nm(k);
    if (PHRASE_STOPS.has(w)) return false;
    const prev = tokens[k - 1];
    // (on the written words: `إلهام` is no definite word, though its matching form `الهام` looks like one)
    if (!prev || prev.kind !== 'word' || !text.startsWith('ال', prev.start) || !text.startsWith('ال', tokens[k]!.start)) return true;
    if (namedAt(k) && namedAt(k - 1)) return true;
    return DEFINITE_ADJECTIVES.has(w) || /(ي|يه|يون|يين|يان)$/.test(w);
  }
  /**
   * `المنظمة نددت حينها`: after a definite noun, a word without the article, a clitic preposition or
   * a name is no part of the phrase (a definite noun takes only adjectives, which are definite too).
   */
  function verbAfterDefinite(k: number): boolean {
    const prev = tokens[k - 1];
    if (!prev || prev.kind !== 'word' || !text.startsWith('ال', prev.start)) return false;
    const raw = text.slice(tokens[k]!.start, tokens[k]!.end);
    // (`لكرة القدم`, `لحقوق الإنسان`, `باسم`: a genitive with `ل` or the word `باسم` goes on)
    return !/^(ال|وال|لل|بال|ل)/.test(raw) && raw !== 'باسم' && !namedAt(k);
  }
  /** `المدير الفني لليفربول حريصا`: an indefinite accusative (`-ا`, `-اً`) after the phrase describes the subject's state. */
  function circumstantial(k: number): boolean {
    const t = tokens[k]!;
    const raw = text.slice(t.start, t.end);
    return /(اً|ًا|[^وه]ا)$/.test(raw) && !text.startsWith('ال', t.start) && raw.length >= 4 && !isRoleWord(t.norm) && !namedAt(k);
  }
  /** `نادي فيورنتينا وفاة لاعبه`: after a name, a word that is neither part of a name nor definite starts the object. */
  function afterName(k: number): boolean {
    return namedAt(k - 1) && !namedAt(k) && !text.startsWith('ال', tokens[k]!.start);
  }
  let named: Uint8Array | null = null;
  /** Does token k belong to a named entity (a person, organisation or place)? */
  function namedAt(k: number): boolean {
    if (!named) {
      // built once: which tokens a person, organisation or place covers
      named = new Uint8Array(n);
      for (const x of input.entities ?? []) {
        if (x.type !== 'PER' && x.type !== 'ORG' && x.type !== 'LOC') continue;
        for (let j = tokAt(x.start); j < n && tokens[j]!.start < x.end; j++) if (tokens[j]!.end > x.start) named[j] = 1;
      }
    }
    return named[k] === 1;
  }
  /** Is token k where a subject stands: the clause start, or right after a verb or a particle? */
  function subjectPosition(k: number, sentTok: number): boolean {
    const p = k - 1;
    if (p < sentTok) return true;
    const tp = tokens[p]!;
    if (tp.kind === 'punct') return /^[:\-–]$/.test(tp.norm) || p === sentTok;
    if (tp.kind !== 'word') return false;
    const w = tp.norm;
    if (SUBJECT_PARTICLES.test(w) || reportingVerb(w) || COMPLEMENTIZERS.has(w)) return true;
    // after a preposition, an article word (an object or an adjective) or a noun ending in ة/ات
    // (`تصريحات جنينة`) a name is no subject; after anything else (a verb: `أدلى كافانو`) it is
    // (the article read on the written word: `وألقى` is a verb, though its matching form `والقي` starts like `وال`)
    const raw = text.slice(tp.start, tp.end);
    if (PREPOSITIONS.test(w) || /^(ال|وال|فال|بال|لل|كال)/.test(raw)) return false;
    // `وحملت موسكو إسرائيل`: a name right after another name is the object
    if (namedAt(p)) return false;
    return !/(ة|ات)$/.test(raw);
  }

  /** The first person/organisation in subject position in tokens [from, to) that agrees with `agr`. */
  function firstSubject(from: number, to: number, agr: Agreement | undefined): Speaker | undefined {
    for (let k = from; k < to; k++) {
      // words inside quotation marks are someone's words, not the clause's subject
      if ((directFlags && directFlags[k] === 1) || insideMarks[k] === 1) continue;
      const c = candidateAt(k, to);
      if (!c) continue;
      // the subject of another reporting verb shows that verb's gender (`وقال نائب الوزير X` is no `وقالت`)
      const pv = k > from ? reportingVerb(nm(k - 1)) : null;
      const clash = !!agr && agr !== 'p' && !!pv && verbAgreement(pv) !== agr && verbAgreement(pv) !== 'p';
      // `ونقلت وكالة بلومبرج تصريحات الأمير محمد بن سلمان، إذ قال`: who passes statements on is not who made them
      if (!c.clitic && k > from && PASSED_ON_PAST.has(nmBare(k - 1))) {
        for (let j = c.last + 1; j < Math.min(to, c.last + 3); j++) {
          if (nm(j) !== 'عن' && !STATEMENT_NOUNS.has(nm(j))) continue;
          const o = candidateAt(j + 1, to);
          if (o && !o.clitic && agrees(o.sp, agr)) return o.sp;
        }
      }
      if (!c.clitic && !clash && subjectPosition(k, from) && agrees(c.sp, agr)) return c.sp;
      k = Math.max(k, c.last);
    }
    return undefined;
  }

  /** The last person/organisation in subject position in tokens [from, to) that agrees with `agr`. */
  function lastSubject(from: number, to: number, agr: Agreement | undefined): Speaker | undefined {
    let last: Speaker | undefined;
    let k = from;
    while (k < to) {
      const sub = firstSubject(k, to, agr);
      if (!sub) break;
      // `نتنياهو، الذي يشغل أيضا منصب وزير الخارجية قراره ...، مؤكدا`: a phrase inside a relative
      // clause is no subject of the main clause
      if (!last || !inRelativeClause(tokAt(sub.start!), from)) last = sub;
      const next = tokAt(sub.end! - 1) + 1;
      if (next <= k) break;
      k = next;
    }
    return last;
  }
  const lastWordOf = (x: Entity) => norm(text.slice(x.start, x.end)).split(/\s+/).at(-1);
  let byLastWord: Map<string | undefined, Entity[]> | undefined;
  /** The person entities by the last word of their name, read once per article (`personBefore`). */
  function personsByLastWord(): Map<string | undefined, Entity[]> {
    if (!byLastWord) {
      byLastWord = new Map();
      for (const o of ents) {
        if (o.type !== 'PER') continue;
        const w = lastWordOf(o);
        const list = byLastWord.get(w);
        if (list) list.push(o);
        else byLastWord.set(w, [o]);
      }
    }
    return byLastWord;
  }
  /**
   * A person entity ending right before token k (no punctuation between), the subject of a verb:
   * not behind a preposition or a clitic `ب`/`ل`, and the word before it is no noun with the article.
   */
  function personBefore(k: number): Entity | undefined {
    const prev = tokens[k - 1];
    if (!prev || prev.kind !== 'word') return undefined;
    const per = ents.find((x) => x.type === 'PER' && x.end === prev.end);
    if (!per) return undefined;
    // (a person the article names elsewhere too: a one-off span such as `تابع مدحه لصلاح قائلا` is no name to trust here)
    if (!personsByLastWord().get(lastWordOf(per))!.some((o) => o !== per)) return undefined;
    const first = tokAt(per.start);
    if (/^[وفبلك]/.test(text.slice(tokens[first]!.start, per.start))) return undefined;
    const before = tokens[first - 1];
    if (!before || before.kind !== 'word' || sentIdx[first - 1] !== sentIdx[k]) return undefined;
    const raw = text.slice(before.start, before.end);
    // (`نظيره جونسون قائلا`: a noun with a possessive pronoun before the name makes it an apposition; `رد عليه جونسون` stays)
    const possessed = /(ه|ها|هم)$/.test(before.norm) && before.norm.length >= 4 && !/^(عليه|عليها|عليهم|اليه|اليها|اليهم|عنه|عنها|عنهم|منه|منها|منهم)$/.test(before.norm);
    if (PREPOSITIONS.test(before.norm) || /^(ال|وال|بال|لل)/.test(raw) || /(ة|ات)$/.test(raw) || possessed || namedAt(first - 1) || isRoleWord(before.norm)) return undefined;
    return per;
  }
  /** Is token k inside a relative clause: a relative pronoun up to six words before it, no punctuation between? */
  function inRelativeClause(k: number, from: number): boolean {
    for (let j = k - 1; j >= from && j >= k - 6; j--) {
      if (tokens[j]!.kind === 'punct' || tokens[j]!.kind === 'quote') return false;
      if (RELATIVES.test(nm(j).replace(/^و(?=ال)/, ''))) return true;
    }
    return false;
  }
  /**
   * A verb without a subject after it: its subject before it in the sentence. `undefined` when
   * nothing is found (the caller then takes the previous speaker); `null` when the subject is
   * no person (`الوثائق التي تقول`).
   */
  function subjectBefore(verbTok: number, agr?: Agreement, depth = 0): Speaker | null | undefined {
    const si = sentIdx[verbTok]!;
    if (si < 0) return undefined;
    const sentTok = sentences[si]!.tokenStart;
    const ok = (c: { sp: Speaker } | null) => (c && agrees(c.sp, agr) ? c.sp : undefined);
    let p = verbTok - 1;
    while (p >= sentTok && tokens[p]!.kind === 'punct' && nm(p) !== ':') p--;
    // `بيانا للقيادة العامة ... قالت فيه`, `تصريحات أدلى بها جنينة ... قال فيها`: the owner of the statement,
    // else the subject of the clause that mentions it (`وكان البارزاني قد أصدر بيانا ... قال فيه`)
    if (/^(فيه|فيها|فيهما|به|بها)$/.test(nm(verbTok + 1))) {
      for (let j = verbTok - 1; j >= sentTok && j >= verbTok - 14; j--) {
        if (!STATEMENT_NOUNS.has(nm(j)) && !STATEMENT_NOUNS.has(nm(j).replace(/^[وب]/, ''))) continue;
        // `فيه` refers to a masculine noun (`بيان`), `فيها` to a feminine one (`تغريدة`, `تصريحات`)
        const fem = /(ة|ات)$/.test(text.slice(tokens[j]!.start, tokens[j]!.end));
        if (fem !== /ها$/.test(nm(verbTok + 1)) && !/هما$/.test(nm(verbTok + 1))) continue;
        const c = candidateAt(j + 1, verbTok);
        if (c) return ok(c) ?? undefined;
        // `تصريحات أدلى بها جنينة`, not `بيانا بشأن تصريحات جنينة`
        const per = PREPOSITIONS.test(nm(j + 1)) ? undefined : ents.find((x) => x.type === 'PER' && x.start > tokens[j]!.end && x.start < tokens[Math.min(verbTok, j + 5)]!.start);
        if (per) return entSpeaker(per);
        const main = firstSubject(sentTok, j, undefined);
        if (main) return main;
        break;
      }
    }
    // `الحرس الرئاسي، الذي قال`: the noun the relative pronoun refers to
    // (`السياسيين الذين قال إنهم`: a relative the verb does not agree with is its object; the subject is elsewhere)
    const relAgr = (w: string): Agreement | undefined => (/^(الذي)$/.test(w) ? 'm' : /^(التي)$/.test(w) ? 'f' : /^(الذين|اللواتي|اللاتي)$/.test(w) ? 'p' : undefined);
    const relW = p >= sentTok ? nm(p).replace(/^و(?=ال)/, '') : '';
    const relClash = !!agr && !!relAgr(relW) && relAgr(relW) !== agr && !(relAgr(relW) === 'f' && agr === 'p');
    if (p >= sentTok && RELATIVES.test(relW) && !relClash) {
      let r = p - 1;
      while (r >= sentTok && tokens[r]!.kind === 'punct') r--;
      for (let k = r; k >= Math.max(sentTok, r - 5); k--) {
        const c = candidateAt(k, r + 1);
        // `الأستاذة في الجامعة، التي`: a role noun after a preposition sits inside an apposition
        if (c && c.sp.source === 'role' && k > sentTok && PREPOSITIONS.test(nm(k - 1))) continue;
        if (c && c.last === r && !c.clitic) return ok(c) ?? null;
      }
      if (r < sentTok) return null;
      if (nonSpeaker(nm(r))) return nobody(r);
      if (nonSpeaker(nm(r - 1))) return nobody(r - 1);
      // `كريستين بلازي فورد، الأستاذة في علم النفس بجامعة كاليفورنيا، التي`: a person just before
      const near = ents.filter((x) => x.type === 'PER' && x.end <= tokens[r]!.end && x.start >= tokens[Math.max(sentTok, r - 12)]!.start).at(-1);
      if (near && agrees(entSpeaker(near), agr)) return entSpeaker(near);
      // `المنشأة التي قالت`: the definite noun itself
      const w = tokens[r]!;
      // (only a noun that can speak: `لحجب الثقة التي قالت` is about the one who spoke before)
      if (w.kind === 'word' && /^ال/.test(w.norm) && !/(ات)$/.test(w.norm) && agr !== 'p' && (isRoleWord(w.norm) || isRelation(w.norm))) return { text: text.slice(w.start, w.end), start: w.start, end: w.end, source: 'role' };
      return undefined;
    }
    // `ترامب وهو يقول`: the person the pronoun refers to
    if (p >= sentTok && /^(وهو|هو|وهي|هي)$/.test(nm(p))) {
      const near = ents.filter((x) => x.type === 'PER' && x.end <= tokens[p]!.start && x.start >= tokens[Math.max(sentTok, p - 8)]!.start).at(-1);
      if (near) return entSpeaker(near);
    }
    // `... الذي قال في تغريدة لاحقة، قال فيها`: the subject of the reporting verb just before
    if (depth === 0) {
      for (let k = verbTok - 1; k >= sentTok && k >= verbTok - 10; k--) {
        if (COMPLEMENTIZERS.has(nm(k))) break;
        if (reportingVerb(nm(k))) {
          // `ولم يذكر البيان الخسائر لكنه قال إن`: the statement speaks for its owner
          if (nm(k + 1) === 'البيان') {
            const owner = statementOwnerBefore(k + 1);
            if (owner) return owner;
          }
          const s = subjectBefore(k, agr, 1);
          if (s !== undefined) return s;
          break;
        }
      }
    }
    // SVO: `ولكن جريفيث أكد`, `غير أن الاتحاد المصري قال`: the phrase right before a verb without `و`
    if (reportingVerb(nm(verbTok)) === nm(verbTok)) {
      let last = verbTok - 1;
      while (last > sentTok && tokens[last]!.kind === 'punct' && nm(last) !== ':') last--;
      if (/^(قد|لقد|فقد|وقد)$/.test(nm(last))) last--;
      if (/^(كان|كانت|وكان|وكانت|ما|مما)$/.test(nm(last))) last--;
      for (let k = last; k >= Math.max(sentTok, last - 6); k--) {
        // `التقرير المبدئي ... يشير إلى أن`: a document, no person, is the subject
        // (`مكتب التحقيقات الفيدرالي`: a document noun after a role noun names an office; `تقريرا نسبته إلى مصادر يفيد`: a little further)
        if ((nonSpeaker(nm(k)) || nonSpeaker(nmBare(k))) && !(k > sentTok && !/^ال/.test(nm(k - 1)) && (isRoleWord(nm(k - 1)) || isRelation(nm(k - 1)))) && (k >= last - 6 || subjectPosition(k, sentTok))) return nobody(k);
        const c = candidateAt(k, last + 1);
        // `تقرير سابق للمرصد السوري ... أفاد`: the owner of a report or statement
        const owner = c && c.clitic && [k - 1, k - 2].some((j) => j >= sentTok && (STATEMENT_NOUNS.has(nm(j)) || nonSpeaker(nm(j))));
        // (a phrase the verb does not agree with may be the end of a longer one: `منتقدي ترامب قالوا`)
        if (c && c.last === last && ((!c.clitic && subjectPosition(k, sentTok)) || owner)) {
          const r = ok(c);
          if (r) return r;
        }
      }
      // a one-word name the entity layer missed, after a particle (`ولكن جريفيث أكد`)
      const w = tokens[last];
      if (w && w.kind === 'word' && last > sentTok && /^(لكن|ولكن|بينما|وبينما|ان|وان)$/.test(nm(last - 1)) && w.norm.length >= 3 && !/^(ال|الا|لا|ما|هو|هي|هم)$/.test(w.norm) && !/^ال/.test(w.norm) && !SPEAKER_STOPS.has(w.norm) && !nonSpeaker(w.norm) && !PREPOSITIONS.test(w.norm) && !SUBJECT_PARTICLES.test(w.norm)) {
        return { text: text.slice(w.start, w.end), start: w.start, end: w.end, source: 'name' };
      }
    }
    // VSO: the first person/organisation in subject position in the sentence; for a participle or a
    // coordinated verb inside the sentence, the nearest one before it in the main clauses (`تمتعت
    // إيران ... حين ألغت الولايات المتحدة التزاماتها ... وأعلنت أنها`), never one inside reported content
    const coordinated = verbTok > sentTok + 1 && (PARTICIPLES.has(nm(verbTok)) || /^[وف]/.test(nm(verbTok)));
    if (coordinated) {
      let best: Speaker | undefined;
      let from = sentTok;
      for (let k = sentTok; k < verbTok; k++) {
        if (!COMPLEMENTIZERS.has(nm(k))) continue;
        const sub = firstSubject(from, k, agr);
        if (sub) best = sub;
        // skip the reported clause up to the next comma
        let c = k + 1;
        while (c < verbTok && nm(c) !== '،' && nm(c) !== ',') c++;
        from = c;
        k = c;
      }
      const tail = from < verbTok ? lastSubject(from, verbTok, agr) : undefined;
      if (tail ?? best) return tail ?? best;
    }
    const first = firstSubject(sentTok, verbTok, agr);
    if (first) return first;
    // `وأكد النبأ عبدالله العودة`: an object before the subject; a person not governed by a preposition
    for (const x of ents) {
      if (x.type !== 'PER' || x.start < sentences[si]!.start || x.end > tokens[verbTok]!.start) continue;
      const k = tokAt(x.start);
      if (/^[بلك]/.test(text.slice(tokens[k]!.start, x.start)) || (k > sentTok && (PREPOSITIONS.test(nm(k - 1)) || /^(لل|بال)/.test(nm(k - 1))))) continue;
      // only near the start of the clause: deeper in the sentence a name is mostly an object
      if (k - sentTok > 4) break;
      if (agrees(entSpeaker(x), agr)) return entSpeaker(x);
    }
    return undefined;
  }
  const agreementOf = (verbTok: number): Agreement => verbAgreement(nm(verbTok));
  /** `واعتبرت السفير الكندي "..."`: a phrase the verb does not agree with is its object more likely than its subject. */
  const slotAgrees = (sp: Speaker | null | 'none', verbTok: number): Speaker | null | 'none' => {
    if (!sp || sp === 'none' || sp.how === 'nobody' || sp.how === 'slot-source' || !reportingVerb(nm(verbTok))) return sp;
    // (a verb before its subject agrees in gender only: `قال مسؤولون`)
    return agreementOf(verbTok) === 'f' && phraseAgreement(sp) === 'm' ? found(sp, 'low', 'slot-disagrees') : sp;
  };
  /** The speaker of a verb without a subject after it: its subject before it, else the previous speaker it agrees with. */
  const fromContext = (verbTok: number, pos: number): Speaker | null => {
    const agr = agreementOf(verbTok);
    // `ورد عليه جونسون قائلا`: a person named right before the participle, after a verb, says it
    if (PARTICIPLES.has(nm(verbTok))) {
      const per = personBefore(verbTok);
      if (per) return found(entSpeaker(per), 'medium', 'person-before-participle');
    }
    // `قالت رشا ... إن ...، لافتة إلى أن`, `قال X إن ... وأضاف أن`: a participle or a coordinated verb
    // continues the speaker of a reporting verb earlier in its sentence
    if (PARTICIPLES.has(nm(verbTok)) || /^[وف]/.test(nm(verbTok))) {
      const si = sentIdx[verbTok];
      const at = tokens[verbTok]!.start;
      const same = [...out].reverse().find((q) => q.trigger && q.speaker && q.trigger.start < at && q.start < at && sentIdx[tokAt(q.trigger.start)] === si);
      // (`قال أبو مازن ... وقالت:`: a verb of the other gender is someone else)
      const vt = same?.trigger ? nm(tokAt(same.trigger.start)) : '';
      const sameAgr = vt && (reportingVerb(vt) || PARTICIPLES.has(vt)) ? verbAgreement(vt) : undefined;
      const clash = !!sameAgr && sameAgr !== 'p' && agr !== 'p' && sameAgr !== agr;
      if (same && same.speaker && !clash && agrees(same.speaker, agr)) {
        if (same.speaker.how === 'nobody') return found({ ...same.speaker }, 'high', 'nobody');
        return found({ ...same.speaker, source: 'previous' }, same.speaker.confidence ?? 'medium', 'same-sentence');
      }
    }
    // `كان مسؤولان كبيران ... قد تحدثا لـCNN، وقالا إنه`: a dual verb's subject is the dual role noun before it in its sentence
    const bare = nmBare(verbTok);
    if (/ا$/.test(bare) && reportingVerb(bare) && reportingVerb(bare.slice(0, -1))) {
      const sentTok = sentences[sentIdx[verbTok] ?? -1]?.tokenStart ?? 0;
      for (let k = verbTok - 1; k >= sentTok; k--) {
        const w = nm(k).replace(/^ال/, '');
        // (the subject is nominative: `مسؤولان`, not `مسؤولين` or `بالصحفيين`)
        const one = w.replace(/ان$/, '');
        if (one === w || one.length < 3 || !(isRoleWord(one) || isRoleWord('ال' + one))) continue;
        let e = k + 1;
        while (e < verbTok && e < k + 3 && tokens[e]!.kind === 'word' && /ان$/.test(nm(e)) && !PREPOSITIONS.test(nm(e))) e++;
        return found({ text: text.slice(tokens[k]!.start, tokens[e - 1]!.end), start: tokens[k]!.start, end: tokens[e - 1]!.end, source: 'role' }, 'medium', 'dual-subject');
      }
    }
    const s = subjectBefore(verbTok, agr);
    if (s === undefined) return previousSpeaker(pos, agr);
    // a subject found before the verb in its own sentence
    if (s && !s.how) return found({ ...s }, 'medium', 'subject-before');
    return s;
  };
  const spans: [number, number][] = [];
  const remember = (pos: number, sp: Speaker | null, agr?: Agreement, q?: Quote) => {
    // `وقال جولياني إن ... الرئيس قال: "..."`: a speaker inside another quotation does not carry on
    const k = tokAt(pos);
    const coordinated = /^[وف]/.test(nm(k)) || tokens[k - 1]?.kind === 'punct';
    const nested = !coordinated && spans.some(([a, b]) => a < pos && pos < b);
    if (q) spans.push([q.start, q.end]);
    if (!sp || nested) return;
    // a speaker carried over keeps the agreement it was first seen with
    const seen = agr ?? [...speakersByPos].reverse().find((x) => x.sp.text === sp.text)?.agr;
    speakersByPos.push({ pos, end: q?.end ?? pos, sp: { ...sp }, agr: phraseAgreement(sp) ?? seen });
  };

  // ---- 1. direct quotes
  const pending: { q: Quote; open: number; close: number }[] = [];
  const quotedPairs: [number, number][] = [];
  const insideMarks = new Uint8Array(n);
  const nameMarks = new Set<number>(); // quotation marks around names and titles, skipped when looking for the verb
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'quote') continue;
    const ch = text[t.start]!;
    let closeTok = -1;
    const pEnd = paraEnd(t.start);
    if (OPEN.has(ch)) {
      const closers = CLOSE_OF[ch]!;
      for (let k = i + 1; k < n && tokens[k]!.start < pEnd; k++) {
        const c = text[tokens[k]!.start]!;
        if (tokens[k]!.kind !== 'quote') continue;
        if (closers.includes(c)) {
          closeTok = k;
          break;
        }
        if (OPEN.has(c)) break;
      }
      // `“ ... “` : a second opening mark used as the closing one, only when it ends the text run
      if (closeTok >= 0 && text[tokens[closeTok]!.start] === '“' && ch === '“') {
        const nx = tokens[closeTok + 1];
        const closesHere = !nx || nx.kind === 'punct' || text.slice(tokens[closeTok]!.end, nx.start).includes('\n') || !/\s/.test(text[tokens[closeTok]!.start - 1] ?? ' ') ;
        if (!closesHere) closeTok = -1;
      }
    } else if (STRAIGHT.has(ch)) {
      for (let k = i + 1; k < n && tokens[k]!.start < pEnd; k++) {
        if (tokens[k]!.kind === 'quote' && STRAIGHT.has(text[tokens[k]!.start]!)) {
          closeTok = k;
          break;
        }
      }
      if (closeTok < 0) continue; // an unpaired straight mark is noise
    } else continue;
    const i0 = i;
    const s = t.end;
    const e = closeTok >= 0 ? tokens[closeTok]!.start : trimEnd(s, pEnd);
    const inner = text.slice(s, e).trim();
    const lead = text.slice(s, e).length - text.slice(s, e).trimStart().length;
    const qs = s + lead;
    const qe = qs + inner.length;
    const wordCount = inner.split(/\s+/).filter(Boolean).length;
    const lastTok = closeTok >= 0 ? closeTok : tokensBefore(qe);
    if (closeTok >= 0) quotedPairs.push([i, closeTok]);
    // The marks are consumed whatever is decided below, so a closing mark never opens the next quote.
    i = Math.max(i, lastTok);
    if (!inner) continue;
    // a reporting verb (or participle) before the marks in the same sentence, or one right after them
    let verbBefore = -1;
    // after a colon the verb may stand before a quoted name (`وقال X لصحيفة "لاستامبا" :"..."`)
    const afterColon = nm(i0 - 1) === ':';
    for (let k = i0 - 1; k >= 0 && k >= i0 - 30; k--) {
      if (tokens[k]!.kind === 'quote' && nameMarks.has(k)) continue;
      if (sentIdx[k] !== sentIdx[i0] || (tokens[k]!.kind === 'quote' && !afterColon)) break;
      if (reportingVerb(nm(k)) || PARTICIPLES.has(nm(k))) {
        // `يذكر أن`, `يشار إلى`: the writer's background, no one's words
        if (!/^(يذكر|ويذكر|يشار|ويشار)$/.test(nm(k))) verbBefore = k;
        break;
      }
    }
    let verbAfter = -1;
    if (closeTok >= 0) {
      for (let k = closeTok + 1; k < n && k <= closeTok + 3 && sentIdx[k] === sentIdx[closeTok]; k++) {
        if (reportingVerb(nm(k)) || ATTRIBUTIONS.has(nm(k))) {
          // `"حكومة سوريا" ولفت إلى أن`: a verb with its own reported clause looks forward, not back
          let own = false;
          for (let j = k + 1; j < n && j <= k + 8 && sentIdx[j] === sentIdx[k] && tokens[j]!.kind !== 'quote'; j++) {
            if (COMPLEMENTIZERS.has(nm(j)) || nm(j) === ':') own = true;
            if (own || (tokens[j]!.kind === 'punct' && nm(j) !== '،' && nm(j) !== ',')) break;
          }
          if (!own) verbAfter = k;
          break;
        }
        if (tokens[k]!.kind !== 'punct' || /^[.!?؟…]+$/.test(tokens[k]!.norm)) break;
      }
    }
    const asName = () => {
      nameMarks.add(i0);
      if (closeTok >= 0) nameMarks.add(closeTok);
    };
    /** A direct quotation, its speaker to be found from the verb before it (`vb`) or after it (`va`). */
    const asDirect = (vb: number, va: number) => {
      directRanges.push([t.start, closeTok >= 0 ? tokens[closeTok]!.end : qe]);
      const q: Quote = { ...span(qs, qe), kind: 'direct', speaker: null, trigger: null };
      pending.push({ q, open: i0, close: lastTok });
      (q as Quote & { _vb?: number; _va?: number })._vb = vb;
      (q as Quote & { _vb?: number; _va?: number })._va = va;
    };
    const prevTok = tokens[i0 - 1];
    // `وصفه بأنه "..."`, `يعتقد أنها "..."`: a complementizer introduces a quote only after a reporting verb
    const introduced =
      !!prevTok &&
      (prevTok.norm === ':' || reportingVerb(prevTok.norm) !== null || PARTICIPLES.has(prevTok.norm) || (COMPLEMENTIZERS.has(prevTok.norm) && verbBefore >= 0));
    const paraStart = !prevTok || text.slice(prevTok.end, t.start).includes('\n');
    // `وقال "يويفا" إنه`, `قال "يويفا" لبي بي سي`: a quoted name in the speaker slot
    const nextTok = closeTok >= 0 ? tokens[closeTok + 1] : undefined;
    if (wordCount < 4 && nextTok && nextTok.kind === 'word' && (COMPLEMENTIZERS.has(nextTok.norm) || /^(الي|علي|في)$/.test(nextTok.norm) || /^ل(بي|وكاله|صحيفه|قناه|موقع)/.test(nextTok.norm))) {
      asName();
      continue;
    }
    // Quoted names, titles and scare quotes are not quotes: a quote is introduced (`قال:`, `إن "`),
    // followed by a verb (`"..."، قال`), a long stretch after a verb in its sentence, or a paragraph of its own.
    // `وهنا يجب أن نسأل: "...؟"`: the writer's own question, not a quotation
    const question = /[؟?]$/.test(inner) && verbBefore < 0 && verbAfter < 0;
    // `معرض "سيتي سكيب جلوبال 2018"`, `في دراستها "..."`, `المعروف باسم "نوفيتشوك"`: a title or a name
    const titleNoun = !!prevTok && prevTok.kind === 'word' && (isTitleNoun(prevTok.norm) || isNameNoun(prevTok.norm));
    // `ووصف الأمين العام ... الوضع بأنه "جحيم على الأرض"`: someone's words for a thing, quoted after an
    // active describing verb with its subject (not `يوصف`, `الملقب`): a quotation of two words or more
    const describer = verbBefore < 0 && wordCount >= 2 && prevTok ? describingVerbBefore(i0) : -1;
    if (describer >= 0) {
      asDirect(describer, -1);
      continue;
    }
    // `الذي يوصف بأنه "رجل إسبانيا الوسيم"`, `الملقب بـ"..."`: a nickname, not a quotation
    const described = [i0 - 1, i0 - 2, i0 - 3, i0 - 4].some((k) => k >= 0 && sentIdx[k] === sentIdx[i0] && DESCRIBED.test(nm(k)));
    // (`ووصف ابنته بأنها "جميلة" وقال ...`: one to three words stay a description even with a verb after them)
    if (described && (wordCount <= 3 || (wordCount <= 6 && verbAfter < 0))) {
      asName();
      continue;
    }
    // `خطة لتحويل المنازل إلى "أكبر محطة افتراضية"`, `بالتعاون مع "الجامعة الأميركية"`: a name after a
    // preposition (not one that belongs to a reporting verb: `أشار إلى "..."`)
    const afterPrep = !!prevTok && prevTok.kind === 'word' && PREPOSITIONS.test(prevTok.norm) && !reportingVerb(nm(i0 - 2)) && !PARTICIPLES.has(nm(i0 - 2));
    if (afterPrep && !introduced && verbAfter < 0 && wordCount <= 8) {
      asName();
      continue;
    }
    if (titleNoun && wordCount <= 8 && (verbAfter < 0 || wordCount <= 3)) {
      asName();
      continue;
    }
    // `صواريخ كروز "ستورم شادو" وفقا لوزارة الدفاع`: a short name before an attribution
    if (verbAfter >= 0 && !reportingVerb(nm(verbAfter)) && wordCount < 4) continue;
    // `عودة "الأسرة المسلمة"، حذرت`, `"تويتر"، قال`: one or two quoted words before a verb are a name
    if (verbAfter >= 0 && wordCount < 3 && !introduced) continue;
    // `قائلة إن "مصادر أولية" تشير`: two or three quoted words inside a running clause are a phrase of it
    const inClause = closeTok >= 0 && tokens[closeTok + 1]?.kind === 'word' && sentIdx[closeTok + 1] === sentIdx[closeTok];
    if (inClause && wordCount <= 3 && !(prevTok && (prevTok.norm === ':' || reportingVerb(prevTok.norm) !== null))) continue;
    // `أعلنت كاسبرسكي ... برامج "خبيثة"`: one quoted word is a label unless a colon or the verb itself introduces it
    const oneWord = wordCount === 1 && !(prevTok && (prevTok.norm === ':' || reportingVerb(prevTok.norm) !== null));
    const ok = !question && !oneWord && (verbAfter >= 0 || introduced || (verbBefore >= 0 && wordCount >= 4) || (paraStart && wordCount >= 4));
    if (!ok) continue;
    asDirect(verbBefore, verbAfter);
  }

  /**
   * The active describing verb (`وصف`, `ووصفت`, `يصف`) of `X بأنه "..."` before the quotation opening at
   * `i0`, with words between them (its subject and object), in the same sentence; -1 if none.
   */
  function describingVerbBefore(i0: number): number {
    if (!/^(بانه|بانها|بانهم|بانهما)$/.test(nm(i0 - 1))) return -1;
    for (let k = i0 - 3; k >= 0 && k >= i0 - 25; k--) {
      if (sentIdx[k] !== sentIdx[i0] || tokens[k]!.kind === 'quote') return -1;
      if (DESCRIBING.test(nm(k))) {
        const p = tokens[k - 1];
        const opens = /^[وف]وصف/.test(nm(k)) || !p || p.kind === 'punct' || sentIdx[k - 1] !== sentIdx[k] || DESCRIBING_OPENERS.test(p.norm);
        return opens ? k : -1;
      }
      if (reportingVerb(nm(k)) || COMPLEMENTIZERS.has(nm(k)) || RELATIVES.test(nm(k))) return -1;
    }
    return -1;
  }

  /**
   * The end of the subject after a describing verb, before its object (`ووصف الأطباء | حالة المرأة بأنها`):
   * the last comma of an apposition (`الأمين العام ...، أنطونيو غوتيريش، | الوضع`), else the first word with
   * the name it starts and the words with the article after it.
   */
  function describedSubjectEnd(k: number, e: number): number {
    let comma = -1;
    for (let j = k + 2; j < e; j++) if (nm(j) === '،' || nm(j) === ',') comma = j;
    if (comma > 0) return comma;
    const entityAt = (j: number) => ents.find((x) => x.start <= tokens[j]!.start && x.end > tokens[j]!.start);
    const first = entityAt(k + 1);
    let j = k + 2;
    while (j < e && tokens[j]!.kind === 'word' && ((first && tokens[j]!.start < first.end) || /^و?ال/.test(nm(j)))) j++;
    // a name after the title (`رئيس الوزراء مالكولم تيرنبول | قرار الكنيسة`)
    const name = j < e && !first ? entityAt(j) : undefined;
    if (name && name.start === tokens[j]!.start) while (j < e && tokens[j]!.start < name.end) j++;
    return j;
  }

  /**
   * `ما وصفته الشركتان في بيان بأنه مجمع عملاق`, the describing verb with its object pronoun at token i:
   * the words after `بأنه` up to punctuation (two or more, in the sentence ending before `sEndTok`) are
   * a characterization by the subject between the verb and `بأنه` (none there: the subject before).
   * Added to the reported speech; false when there is none.
   */
  function characterizationAt(i: number, sEndTok: number): boolean {
    let b = i + 1;
    while (b < sEndTok && b <= i + 8 && tokens[b]!.kind === 'word' && !THAT_IT_IS.test(nm(b))) b++;
    const c = b + 1;
    if (b >= sEndTok || !THAT_IT_IS.test(nm(b)) || c >= sEndTok || tokens[c]!.kind !== 'word') return false;
    let e = c;
    while (e < sEndTok && tokens[e]!.kind !== 'punct' && tokens[e]!.kind !== 'quote') e++;
    if (e - c < 2) return false;
    const qs = tokens[c]!.start;
    const qe = tokens[e - 1]!.end;
    const sp: Speaker | null | 'none' = b > i + 1 ? speakerIn(i + 1, b) : 'none';
    indirect.push({ q: { ...span(qs, qe), kind: 'indirect', speaker: sp === 'none' ? null : sp, trigger: span(tokens[i - 1]!.start, tokens[b]!.end) }, verbTok: i, slot: [i + 1, b], continuation: sp === 'none' });
    return true;
  }

  function tokensBefore(pos: number): number {
    let k = 0;
    while (k < n && tokens[k]!.end <= pos) k++;
    return Math.max(0, k - 1);
  }

  // every closed pair of quotation marks of four words or more, quotation or not: a reporting verb
  // inside one is someone's words (`تعليق عباس "... وتقول لهم: هذا يكفي"`), not the narrator's
  const quotedFlags = new Uint8Array(n);
  for (const [o, c] of quotedPairs) if (c - o > 4) for (let k = o + 1; k < c; k++) quotedFlags[k] = 1;
  // and any words between quotation marks, for the subject search (`تصريحات نصرالله حول "تدخل السعودية"`)
  for (const [o, c] of quotedPairs) for (let k = o + 1; k < c; k++) insideMarks[k] = 1;
  directFlags = new Uint8Array(n);
  {
    let r = 0;
    for (let k = 0; k < n; k++) {
      const p = tokens[k]!.start;
      while (r < directRanges.length && directRanges[r]![1] <= p) r++;
      if (r < directRanges.length && p >= directRanges[r]![0]) directFlags[k] = 1;
    }
  }

  // ---- 2. reported speech
  const indirect: { q: Quote; verbTok: number; slot: [number, number]; continuation: boolean; attribution?: boolean }[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || inDirect(i) || quotedFlags[i] === 1) continue;
    // `مضيفه` with the pronoun (`على مضيفه`, "its host") is a noun, `مضيفة` the participle
    const participle = PARTICIPLES.has(t.norm) && !(/ه$/.test(t.norm) && text[t.end - 1] === 'ه');
    const verb = reportingVerb(t.norm) ?? (participle ? t.norm : null);
    const si = sentIdx[i]!;
    const sent = si >= 0 ? sentences[si]! : null;
    const sEndTok = sent ? sent.tokenEnd : n;
    // `يذكر أن`, `يشار إلى أن`: editorial background, not reported speech
    if (verb && /^(يذكر|ويذكر|يشار|ويشار)$/.test(t.norm)) continue;
    // `ما وصفته الشركتان في بيان بأنه مجمع عملاق`: a characterization told after `بأنه` is the subject's words
    if (DESCRIBED_AS.test(t.norm) && /^(ما|لما|مما|بما)$/.test(nm(i - 1)) && sent && characterizationAt(i, sEndTok)) continue;
    if (verb) {
      // `صرح بذلك X`: the previous sentence is what was said.
      if ((nm(i + 1) === 'بذلك' || nm(i + 1) === 'بهذا' || nm(i + 1) === 'ذلك') && sent && si > 0) {
        const prev = sentences[si - 1]!;
        if (prev.kind !== 'headline' && text.slice(prev.end, sent.start).indexOf('\n') < 0) {
          const sp = speakerIn(i + 2, sEndTok);
          const qs = prev.start;
          const qe = trimEnd(prev.start, prev.end);
          if (sp !== 'none' && qe > qs) {
            indirect.push({ q: { ...span(qs, qe), kind: 'indirect', speaker: sp, trigger: span(t.start, tokens[i + 1]!.end) }, verbTok: i, slot: [i + 2, i + 2], continuation: false });
            continue;
          }
        }
      }
      // verb [speaker] [إلى|على] (أن|إن|:) content
      let k = i + 1;
      let comp = -1;
      // a person named after the verb with a description between commas may take a longer slot
      // (`ويقول عماد غنيم، نائب رئيس تحرير جريدة الأهرام المصرية، والمتخصص في الشأن الاقتصادي، إن`)
      // (also a person in apposition after a short title: `وقال وزير الطاقة الروسي، ألكسندر نوفاك خلال لقاء ...، إنه`)
      // (or after a title: `قال العقيد تركي المالكي، المتحدث الرسمي باسم قوات "..."، لشبكة CNN، الخميس، إن`)
      const nearPer = (x: Entity) => x.type === 'PER' && x.start >= t.end && x.start <= (tokens[Math.min(i + 3, sEndTok - 1)]?.end ?? 0);
      const appositionPer = (x: Entity) => x.type === 'PER' && x.start >= t.end && tokens.slice(i + 1, i + 7).some((w, j) => (w.norm === '،' || w.norm === ',') && !!tokens[i + 2 + j] && x.start >= tokens[i + 2 + j]!.start && x.start < tokens[i + 2 + j]!.end);
      let reach = ents.some((x) => nearPer(x) || appositionPer(x)) ? 22 : 12;
      for (; k < sEndTok && k <= i + reach; k++) {
        const w = nm(k);
        if (tokens[k]!.kind === 'punct' && w === ':') {
          comp = k;
          break;
        }
        // `قال الرجل الذي تزعم أنه الجنرال كيلي إن`: the complementizer of a relative clause is not the verb's
        if (COMPLEMENTIZERS.has(w) && [k - 1, k - 2].some((r) => r > i && RELATIVES.test(nm(r)))) continue;
        if (COMPLEMENTIZERS.has(w)) {
          comp = k;
          break;
        }
        // `قال رئيس الوزراء اليمني ...، إن`: a comma right before the complementizer
        if ((w === '،' || w === ',') && k > i + 1 && COMPLEMENTIZERS.has(nm(k + 1))) {
          comp = k + 1;
          break;
        }
        // (an abbreviation in parentheses, `حركة المقاومة الإسلامية (حماس)`, stays in the slot too, and
        // does not count towards its length)
        if (w === '(' && k > i + 1) {
          let c = k + 1;
          while (c < sEndTok && c <= k + 5 && nm(c) !== ')' && tokens[c]!.kind !== 'punct' && tokens[c]!.kind !== 'quote') c++;
          if (c < sEndTok && nm(c) === ')') {
            reach += c - k + 1;
            k = c;
            continue;
          }
        }
        // (`وأضاف، في مؤتمر صحفي، أنه`: a comma right after the verb opens an adverbial)
        if (tokens[k]!.kind === 'punct' && w !== '-' && w !== '–' && w !== '،' && w !== ',') break;
        // `ونفت الشرطة الشائعات وأفادت بأن`: the complementizer of another reporting verb is that verb's
        if (k > i + 1 && (reportingVerb(w) || PARTICIPLES.has(w))) break;
        // a quoted name in the slot (`وقال "يويفا" إنه`, `المتحدث باسم قوات "تحالف دعم الشرعية"،`) is
        // allowed; other quotation marks end the search
        if (tokens[k]!.kind === 'quote' && !(k === i + 1 || (k <= i + 5 && tokens[i + 1]?.kind === 'quote') || nameMarks.has(k))) break;
      }
      if (comp < 0) continue;
      // `رغم أن`, `بعد أن`, `إلا أن`: the complementizer belongs to a conjunction, not to the verb
      if (comp > i + 1 && /^(رغم|برغم|بالرغم|الرغم|بعد|قبل|منذ|الا|غير|بيد|حتي|لو|مع|حين|بمجرد)$/.test(nm(comp - 1))) continue;
      // `وقال سانشيز الذي يوصف بأنه "..."`: the complementizer belongs to the description
      if (comp > i + 1 && tokens.slice(i + 1, comp).some((x) => DESCRIBED.test(x.norm))) continue;
      // `وقال "يمكنك أن ترى ..."`: a complementizer inside a quotation is no trigger
      if (tokens[i + 1]?.kind === 'quote' && !tokens.slice(i + 2, comp).some((x) => x.kind === 'quote')) continue;
      // `مما يشير إلى أن`, `وهو ما يؤكد أن`: the verb's subject is a fact, not a speaker
      if (/^(ما|مما|وما)$/.test(nm(i - 1)) && !/^(قال|يقول|تقول|قالت)$/.test(verb) && (comp === i + 1 || (comp === i + 2 && /^(الي|علي)$/.test(nm(i + 1))))) continue;
      // the slot excludes a preposition before the complementizer (`أشار إلى أن`, `شدد على أن`)
      let slotEnd = comp;
      if (slotEnd > i + 1 && /^(الي|علي|في)$/.test(nm(slotEnd - 1))) slotEnd--;
      const contentStart = comp + 1;
      if (contentStart >= sEndTok) continue;
      const qs = tokens[contentStart]!.start;
      // a direct quote right after the complementizer or colon is already a quote: give it this speaker instead
      const directAfter = pending.find((p) => p.open === contentStart);
      const qe = trimEnd(qs, sent ? sent.end : paraEnd(qs));
      if (qe <= qs) continue;
      let sp: Speaker | null | 'none' = slotEnd > i + 1 && !PARTICIPLES.has(verb) ? slotAgrees(speakerIn(i + 1, slotEnd), i) : 'none';
      // `وكتب تعليق على الصورة:`, `وكتب تحت الصورة:`, `كتب عليها:`: the passive (vowelless `كُتب`), a
      // written thing or a place after the verb, says nothing about who wrote it
      if (nmBare(i) === 'كتب' && PASSIVE_WRITTEN.test(nm(i + 1))) sp = null;
      // `نقلت الوكالة عن مصدر أمني، لم تكشف عن اسمه، قوله إن`: the one after `عن` said it
      if (/^(قوله|قولها|قولهم|قولهما)$/.test(nm(comp - 1)) && sent) {
        for (let j = comp - 2; j > sent.tokenStart; j--) {
          if (nm(j) !== 'عن' || (j > sent.tokenStart && nm(j - 1) === 'تكشف')) continue;
          const c = candidateAt(j + 1, comp - 1);
          if (c && !c.clitic) {
            sp = found({ ...c.sp }, c.sp.source === 'entity' ? 'high' : 'medium', 'source-quoted');
            break;
          }
        }
      }
      const trig = span(t.start, tokens[comp]!.end);
      if (directAfter) {
        (directAfter.q as Quote & { _sp?: Speaker | null | 'none'; _tr?: typeof trig })._sp = sp;
        (directAfter.q as Quote & { _tr?: typeof trig })._tr = trig;
        (directAfter.q as Quote & { _vt?: number })._vt = i;
        continue;
      }
      indirect.push({ q: { ...span(qs, qe), kind: 'indirect', speaker: sp === 'none' ? null : sp, trigger: trig }, verbTok: i, slot: [i + 1, slotEnd], continuation: sp === 'none' });
      continue;
    }
    // attribution: `حسب X`, `وفقا لـ X`, `نقلا عن X`; `حسبما قالت X` (the verb stands for `ما قالت`, and
    // its agreement is the speaker's: `حسبما توضح إيرين ...` then `وقالت "..."`)
    const asSaid = !!sent && AS_SAID.test(t.norm) && i + 2 < sEndTok && !!reportingVerb(nm(i + 1));
    if ((ATTRIBUTIONS.has(t.norm) || asSaid) && sent) {
      let a = i + 1;
      if (/^(وفقا|ووفقا|طبقا|وفق)$/.test(t.norm)) {
        // `وفقا لـ` / `وفقا للوزارة`: the ل is a clitic of the next word or a token of its own
        if (nm(a) === 'ل' || nm(a) === 'لـ') a++;
      } else if (t.norm === 'نقلا') {
        if (nm(a) !== 'عن') continue;
        a++;
      }
      let e = a;
      // the source ends at punctuation or where the reported clause starts (`فإن`, `فمن المقرر`, `أن`)
      // (and at a verb: `حسب الادعاء كانت بوتينا تنظم`; a short quoted name stays in: `وفقا لجمعية "القسط" الحقوقية`)
      const quotedName = (k: number) => tokens[k]!.kind === 'quote' && k > a && [k + 2, k + 3, k + 4].some((c) => c < sEndTok && tokens[c]!.kind === 'quote');
      for (;;) {
        while (e < sEndTok && tokens[e]!.kind !== 'punct' && tokens[e]!.kind !== 'quote' && e - a < 8 && !COMPLEMENTIZERS.has(nm(e)) && !/^ف(ان|من|قد)/.test(nm(e)) && !(e > a && (/^(كان|كانت|قد|لقد|ان|انه|انها|لم|لن)$/.test(nm(e)) || (reportingVerb(nm(e)) && !(e === a + 1 && /^(ما|لما)$/.test(nm(a))))))) e++;
        if (e >= sEndTok || !quotedName(e)) break;
        let c = e + 1;
        while (tokens[c]!.kind !== 'quote') c++;
        e = c + 1;
      }
      if (e === a) continue;
      // speaker must be an entity or a role noun (`حسب التقرير` stays without a speaker → skipped)
      const sp = speakerFromAttribution(a, e, asSaid);
      if (!sp) continue;
      // `وفقا لبيان الوزارة: "..."`: the quotation after the colon carries it
      if (nm(e) === ':') continue;
      // content: the rest of the sentence on the other side of the attribution (after it when
      // little comes before: `وتتضمن المطالب، بحسب المرصد، تسليم السلاح`)
      let wordsBefore = 0;
      for (let k = sent.tokenStart; k < i; k++) if (tokens[k]!.kind === 'word') wordsBefore++;
      // (`وكجزء من هذه المهمة حسب الادعاء كانت بوتينا تنظم ...`: a clause right after the source is what it says)
      const atStart = wordsBefore < 4 || (e < sEndTok && tokens[e]!.kind === 'word' && /^(كان|كانت|قد|لقد)$/.test(nm(e)));
      let qs: number, qe: number;
      if (atStart) {
        let c = e;
        while (c < sEndTok && (tokens[c]!.kind === 'punct' || nm(c) === 'فان' || nm(c) === 'فانه')) c++;
        if (c >= sEndTok) continue;
        qs = tokens[c]!.start;
        qe = trimEnd(qs, sent.end);
      } else {
        qs = sent.start;
        // `...، وذلك حسبما قالت الشرطة`: `وذلك` ("and that") points at what was said, it is not part of it
        qe = trimEnd(qs, asSaid && /^(وذلك|ذلك)$/.test(nm(i - 1)) ? tokens[i - 1]!.start : t.start);
      }
      if (qe - qs < 10) continue;
      indirect.push({ q: { ...span(qs, qe), kind: 'indirect', speaker: sp, trigger: span(t.start, tokens[asSaid ? i + 1 : a - 1]!.end) }, verbTok: asSaid ? i + 1 : i, slot: [a, e], continuation: false, attribution: true });
    }
  }

  function speakerFromAttribution(a: number, e: number, asSaid = false): Speaker | null {
    // `بحسب ما نقلته وكالة ...`, `وفقا لما ذكرته قوات ...`: skip the relative and its verb
    // (a reporting verb there makes the words after it its subject: `وفقا لما ذكرته خدمة الطوارئ في بيان`)
    let subjectOfVerb = false;
    // `حسبما قال مسؤولون`: the relative is written with `حسب`, the reporting verb comes first
    // (`بحسب ما كتب حينها X`, `وفقا لما أعلنت عنه X`: a bare reporting verb after `ما` is read the same way)
    const bareVerb = !asSaid && /^(ما|لما)$/.test(nm(a)) && e - a > 2 && !!reportingVerb(nm(a + 1));
    if (bareVerb) a++;
    if (asSaid || bareVerb) {
      if (e - a < 2) return null;
      subjectOfVerb = true;
      const passedOn = /^نقل/.test(nmBare(a));
      a += 1;
      // (`أعلنت عنه المنظمة`: the pronoun is the verb's object)
      if (/^(عنه|عنها|عنهم)$/.test(nm(a)) && a + 1 < e) a++;
      // (`حسبما قال في حوار مع CNN`, `حسبما أعلن في حسابه`: no subject after the verb, and what follows
      // is where it was said)
      if (PREPOSITIONS.test(nm(a)) || /^(عبر|ب|ل)$/.test(nm(a))) return null;
      // `حسبما نقلت رويترز عن مجلة ...`: the one after `عن` said it; `حسبما قال والدها لبي بي سي`,
      // `حسبما ذكرت الهيئة على حسابها`: the source ends at a preposition or an addressee
      for (let k = a + 1; k < e; k++) {
        if (passedOn && nm(k) === 'عن') {
          a = k + 1;
          if (a >= e) return null;
          continue;
        }
        if (/^(في|علي|عبر|خلال|امام|الي|عن)$/.test(nm(k)) || (/^ل/.test(nm(k)) && !/^لل/.test(nm(k)))) {
          e = k;
          break;
        }
      }
    } else if (/^(ما|لما)$/.test(nm(a)) && e - a > 2) {
      const v = nm(a + 1);
      subjectOfVerb = !!(reportingVerb(v) || reportingVerb(v.replace(/(ه|ها|هم)$/, '')));
      a += 2;
    }
    // `حسب ما ذكر مراسل في صحيفة الأوبزرفر` cut after the verb: no speaker starts with a preposition
    while (a + 1 < e && PREPOSITIONS.test(nm(a))) a++;
    if (nonSpeaker(nm(a)) || nonSpeaker(nm(a).replace(/^[وفبل]/, ''))) return null;
    // `وفقا لما ذكرته الهيئة في بيان لها`: the statement is where it was said, not part of the source
    for (let k = a + 1; k + 1 < e; k++) {
      if (nm(k) === 'في' && (STATEMENT_NOUNS.has(nm(k + 1)) || STATEMENT_BEFORE.has(nm(k + 1)))) {
        e = k;
        break;
      }
    }
    // `حسب تعبيره`, `حسب قولها`: "in his words" (whoever spoke is named elsewhere)
    if (e - a === 1 && /(ه|ها|هم|هما)$/.test(text.slice(tokens[a]!.start, tokens[a]!.end)) && tokens[a]!.end - tokens[a]!.start >= 5) return null;
    // `وفقا لبيان على الموقع الرسمي للمؤسسة`: a statement speaks for the person or organisation named in it, else for no one known
    const statement = STATEMENT_NOUNS.has(nm(a)) || STATEMENT_NOUNS.has(nm(a).replace(/^[وفبل]/, '')) || STATEMENT_NOUNS.has(nm(a).replace(/^ل/, 'ا'));
    const s0 = tokens[a]!.start;
    const e0 = tokens[e - 1]!.end;
    const inside = ents.filter((x) => x.start >= s0 - 2 && x.end <= e0);
    if (statement && !inside.length) {
      // `بحسب بيان صادر عن الشرطة`, `وفقا لبيان الشركة`: a body the entity layer does not know, named
      // by a role noun right after the statement (or after `صادر عن`)
      let j = a + 1;
      if (ISSUED_BY.has(nm(j)) && nm(j + 1) === 'عن') j += 2;
      else if (nm(j) === 'عن') j++;
      if (j >= e || tokens[j]!.kind !== 'word' || !/^(ال|لل)/.test(nm(j)) || !isRoleWord(nm(j))) return null;
      // the head and the definite words after it (`بيان الناطق باسم القوات المسلحة نشرته ...`,
      // `تصريح للسلطات الأثيوبية مطلع هذا العام`)
      const k = ownerEnd(j, e);
      const end = tokens[k - 1]!.end;
      return found({ text: text.slice(tokens[j]!.start, end), start: tokens[j]!.start, end, source: 'role' }, 'medium', 'attribution-statement-role');
    }
    if (inside.length) {
      const pick = inside[0]!;
      // (`شبكة سي بي سي` tagged as two names of one type, `سي` and `بي سي`, side by side: one name)
      let end = pick.end;
      let joined = false;
      for (const x of inside.slice(1)) {
        if (x.type !== pick.type || !/^\s+$/.test(text.slice(end, x.start))) break;
        end = x.end;
        joined = true;
      }
      const sp: Speaker = { text: text.slice(pick.start, end), start: pick.start, end, source: 'entity', type: pick.type };
      if (typeof pick.id === 'string' && !joined) sp.id = pick.id;
      return found(sp, 'high', 'attribution-entity');
    }
    const words = tokens.slice(a, e);
    const role = words.some((w) => isRoleWord(w.norm)) || isSlotHead(nm(a));
    if (role) {
      // `وفقا لجمعية "القسط"`, `وفقا لوسائل إعلام`: the clitic `ل` is no part of the source
      const from = /^ل/.test(nm(a)) && !/^لل/.test(nm(a)) && (isRoleWord(nm(a).slice(1)) || isSlotHead(nm(a).slice(1))) && !ownRoleWord(nm(a)) ? s0 + 1 : s0;
      return found({ text: text.slice(from, e0), start: from, end: e0, source: 'role' }, 'medium', 'attribution-role');
    }
    // `وفقا لما ذكرته خدمة الطوارئ الحكومية الأوكرانية في بيان لها`: the subject of the reporting verb,
    // a body the entity layer does not know: a noun (no clitic, no pronoun) and the definite words after it
    if (subjectOfVerb && tokens[a]!.kind === 'word' && !/^(ب|ل|ك|و|ف)/.test(nm(a)) && !PREPOSITIONS.test(nm(a)) && !SPEAKER_STOPS.has(nm(a))) {
      let k = a + 1;
      while (k < e && k < a + 5 && tokens[k]!.kind === 'word' && /^ال/.test(text.slice(tokens[k]!.start, tokens[k]!.end)) && !SPEAKER_STOPS.has(nm(k))) k++;
      const ws = tokens.slice(a, k);
      // (`وفقا لما نقله موقعه الإلكتروني`: "his website" speaks for someone named before)
      const pronoun = ws.some((w) => /(ها|هم|هما)$/.test(w.norm) || (/ه$/.test(text.slice(w.start, w.end)) && w.end - w.start >= 4));
      if (k - a >= 2 && !pronoun) {
        const end = tokens[k - 1]!.end;
        return found({ text: text.slice(s0, end), start: s0, end, source: 'role' }, 'medium', 'attribution-subject');
      }
    }
    return null;
  }

  // `وأعلن منصور أن "..."، حسب موقع النادي`: the attribution wraps a quotation that has its own speaker
  const triggers = [...indirect.filter((x) => !x.attribution).map((x) => x.q.trigger!.start), ...pending.map((p) => (p.q as Quote & { _tr?: { start: number } })._tr?.start ?? -1)];
  for (let k = indirect.length - 1; k >= 0; k--) {
    const x = indirect[k]!;
    if (x.attribution && triggers.some((p) => p >= x.q.start && p < x.q.end)) indirect.splice(k, 1);
  }

  /**
   * `وقالت الخارجية الفلسطينية إن ... وأضافت الوزارة في بيان`: a body named by its head noun alone
   * (`الوزارة`, `الشركة`) speaks for the body of that kind that spoke last, up to three sentences back.
   */
  function namedBody(sp: Speaker | null, pos: number): Speaker | null {
    if (!sp || sp.source !== 'role' || sp.how === 'nobody') return sp;
    const head = norm(sp.text).replace(/^[وف]/, '');
    const kinds = BODY_HEADS.get(head);
    if (!kinds) return sp;
    const si = sentIdx[tokAt(pos)] ?? -1;
    for (let j = out.length - 1; j >= 0; j--) {
      const o = out[j]!.speaker;
      if (!o || o.start === undefined || o.start >= pos || o.how === 'nobody') continue;
      if (si - (sentIdx[tokAt(o.start)] ?? -1) > PREVIOUS_MAX_GAP) break;
      const words = norm(o.text).split(/\s+/);
      if (words.length < 2 || !kinds.test(words[0]!)) continue;
      return found({ ...o, source: 'previous' }, minConf(o.confidence, sp.confidence ?? 'medium'), 'named-body');
    }
    return sp;
  }

  // ---- 3. speakers, in text order (so `وأضاف` takes the speaker before it)
  type Item = { pos: number; kind: 'd'; p: (typeof pending)[number] } | { pos: number; kind: 'i'; x: (typeof indirect)[number] };
  const items: Item[] = [
    ...pending.map((p) => ({ pos: p.q.start, kind: 'd' as const, p })),
    ...indirect.map((x) => ({ pos: tokens[x.verbTok]!.start, kind: 'i' as const, x })),
  ].sort((a, b) => a.pos - b.pos);
  const resolvedIndirect: Quote[] = [];
  for (const it of items) {
    if (it.kind === 'i') {
      const { q, continuation } = it.x;
      if (!q.speaker && continuation) q.speaker = fromContext(it.x.verbTok, it.pos);
      q.speaker = namedBody(q.speaker, it.pos);
      remember(it.pos, q.speaker, agreementOf(it.x.verbTok), q);
      resolvedIndirect.push(q);
      out.push(q);
    } else {
      const q = it.p.q as Quote & { _vb?: number; _va?: number; _vt?: number; _sp?: Speaker | null | 'none'; _tr?: { start: number; end: number; text: string } };
      let sp: Speaker | null = null;
      let agr: Agreement | undefined;
      // a quotation inside reported speech (`واعتبر أن السلطة "..."`) belongs to that speaker
      // (not when a person named right before its own participle says it: `... وهو ما رد عليه جونسون قائلا "..."`)
      const ownPerson = q._vb !== undefined && q._vb >= 0 && PARTICIPLES.has(nm(q._vb)) && !!personBefore(q._vb);
      const host = ownPerson ? undefined : resolvedIndirect.find((x) => x.start <= q.start && q.end <= x.end + 2);
      // `وأعلن المسؤول "..."، حسب تعبيره`: an attribution with a pronoun points back at the speaker
      // before the quotation (the verb before it, else the previous speaker), it names no one after it
      const pronounAttribution = q._va !== undefined && q._va >= 0 && ATTRIBUTIONS.has(nm(q._va)) && PRONOUN_ATTRIBUTIONS.has(nm(q._va + 1));
      if (pronounAttribution && q._vb !== undefined && q._vb >= 0) q._va = -1;
      if (host && q._sp === undefined && (q._va === undefined || q._va < 0)) {
        q.speaker = host.speaker;
        q.trigger = host.trigger;
        delete q._vb;
        delete q._va;
        remember(q.start, q.speaker);
        out.push(q);
        continue;
      }
      if (q._sp !== undefined) {
        agr = q._vt !== undefined ? agreementOf(q._vt) : undefined;
        sp = q._sp === 'none' ? (q._vt !== undefined ? fromContext(q._vt, q.start) : previousSpeaker(q.start)) : q._sp;
        q.trigger = q._tr ?? null;
      } else if (q._va !== undefined && q._va >= 0) {
        // `«...»، قال الوزير` / `«...»، حسب الوزير`
        const k = q._va;
        let e = k + 1;
        while (e < n && e < k + 8 && tokens[e]!.kind !== 'punct' && tokens[e]!.kind !== 'quote') e++;
        const slot = pronounAttribution ? 'none' : slotAgrees(speakerIn(k + 1, e), k);
        agr = reportingVerb(nm(k)) ? agreementOf(k) : undefined;
        sp = slot === 'none' ? previousSpeaker(q.start, agr) : slot;
        q.trigger = span(tokens[k]!.start, tokens[k]!.end);
      } else if (q._vb !== undefined && q._vb >= 0) {
        const k = q._vb;
        const open = it.p.open;
        let e = open;
        while (e > k + 1 && tokens[e - 1]!.kind === 'punct') e--;
        if (DESCRIBING.test(nm(k))) e = describedSubjectEnd(k, e);
        const slot = e > k + 1 && !PARTICIPLES.has(nm(k)) ? slotAgrees(speakerIn(k + 1, e), k) : 'none';
        agr = agreementOf(k);
        sp = slot === 'none' ? fromContext(k, q.start) : slot;
        q.trigger = span(tokens[k]!.start, tokens[k]!.end);
      } else {
        // No verb around the marks: a quote paragraph of its own continues the current speaker;
        // anything else (`وجه هذا السؤال: "..."`) gets no speaker rather than a guessed one.
        const o = it.p.open;
        const own = o === 0 || text.slice(tokens[o - 1]!.end, tokens[o]!.start).includes('\n');
        sp = own ? previousSpeaker(q.start) : null;
        // a quotation paragraph far from the last speaker may be anyone's
        if (sp && sp.how?.startsWith('previous') && !/gap=[01]$/.test(sp.how)) sp = found(sp, 'low', sp.how + ':paragraph');
      }
      q.speaker = namedBody(sp, q.start);
      delete q._vb;
      delete q._va;
      delete q._sp;
      delete q._tr;
      delete q._vt;
      remember(q.start, q.speaker, agr, q);
      out.push(q);
    }
  }
  const min = CONF_RANK[input.minConfidence ?? 'medium'];
  const kept: Quote[] = [];
  for (const q of out) {
    const sp = q.speaker;
    if (sp && sp.how === 'nobody') {
      q.speaker = null;
      if (input.debug) (q as Quote & { nobody?: string }).nobody = sp.text;
      kept.push(q);
      continue;
    }
    if (min > 0 && (!sp || CONF_RANK[sp.confidence ?? 'low'] < min)) continue;
    if (sp) {
      const copy: Speaker = withoutClitic({ ...sp, confidence: sp.confidence ?? 'low' });
      if (!input.debug) delete copy.how;
      q.speaker = copy;
    }
    kept.push(q);
  }
  // `وتابع الرئيس الأمريكي قائلا:` after `قال الرئيس الأمريكي دونالد ترامب`: a role phrase of two words or
  // more that the article wrote earlier right before a person's name (`الرئيس الأمريكي دونالد ترامب`,
  // `وزير الخارجية الأمريكي السابق، جون كيري`) takes that person's id (its latest such use).
  for (const q of kept) {
    const sp = q.speaker;
    if (!sp || sp.source !== 'role' || sp.id || sp.start === undefined) continue;
    const role = sp.text.replace(/^[وف](?=ال)/, '');
    // (never a plural or a body, `السلطات الإيطالية`, whose object may follow it)
    if (role.split(/\s+/).length < 2 || phraseAgreement(sp) === 'p' || /ات$/.test(norm(role.split(/\s+/)[0]!))) continue;
    let from = text.lastIndexOf(role, sp.start - 1);
    while (from >= 0) {
      const after = from + role.length;
      // (`مدير مكتب ولي العهد السعودي بدر العساكر`, `متحدث باسم الرئيس الفلسطيني محمود عباس`: the role
      // phrase is the complement of another head, and the name is not that head's)
      const prev = norm(text.slice(Math.max(0, from - 20), from).trim().split(/\s+/).at(-1) ?? '');
      const inConstruct = from > 0 && /\S/.test(text[from - 1]!) ? true : CONSTRUCT_HEADS.test(prev);
      const per = !inConstruct && ents.find((e) => e.type === 'PER' && typeof e.id === 'string' && e.end <= sp.start! && /^(\s|،\s?|,\s?)$/.test(text.slice(after, e.start)));
      if (per) {
        sp.id = per.id as string;
        sp.type = 'PER';
        break;
      }
      from = from > 0 ? text.lastIndexOf(role, from - 1) : -1;
    }
  }
  // `دبي، الإمارات العربية المتحدة (CNN)-- اتفقت روسيا ...` told `بحسب تاس`: the dateline that opens the
  // paragraph is not part of what was said
  for (const q of kept) {
    if (q.start > 0 && text[q.start - 1] !== '\n') continue;
    const m = DATELINE.exec(q.text);
    if (!m || m[0].length >= q.text.length) continue;
    q.start += m[0].length;
    q.text = q.text.slice(m[0].length);
  }
  return kept.sort((a, b) => a.start - b.start);

  /**
   * `وفقا للأمم المتحدة` tagged `لأمم المتحدة`, `للاتحاد الأوروبي` tagged `لاتحاد الأوروبي`: a speaker that
   * starts one letter into a word opening with the preposition `ل` merged with the article (`لل`)
   * starts at the article, written out (`الأمم المتحدة`); the span starts at the article's `ل`.
   * A speaker taken with the whole `لل` word (`بيان للقوات الأمريكية`, `بحسب تصريح للسلطات المحلية`)
   * loses the preposition the same way (`القوات الأمريكية`) when the word is a role or body noun or an
   * entity; a noun whose own first letter is `ل` keeps it (`للجنة حماية الصحفيين` -> `لجنة حماية الصحفيين`).
   * (An addressee, `قال للصحفيين`, gives no speaker: not seen here.)
   */
  function withoutClitic(sp: Speaker): Speaker {
    if (sp.start == null) return sp;
    const t = tokens[tokAt(sp.start)];
    if (!t || t.kind !== 'word' || !/^لل/.test(t.norm) || t.norm.length < 5 || !text.startsWith('لل', t.start)) return sp;
    const from = t.start + 1;
    if (sp.start === from) return { ...sp, start: from, text: 'ا' + text.slice(from, sp.end ?? from + sp.text.length) };
    if (sp.start !== t.start || !sp.text.startsWith('لل')) return sp;
    // only a role or body noun, or an entity (`وفقا للسياسة التي تتبعها الشركة` names no source: left as found)
    if (sp.source !== 'entity' && !isRoleWord(t.norm) && !isSlotHead(t.norm)) return sp;
    // `للجنة`: ل + a noun whose own first letter is ل; in construct (`للجنة حماية الصحفيين`) it has no
    // article (`لجنة حماية الصحفيين`), before a nisba adjective it has (`للجنة الأولمبية` -> `اللجنة الأولمبية`)
    if (ownRoleWord(t.norm.slice(1)) && !ownRoleWord('ال' + t.norm.slice(2))) {
      const nx = tokens[tokAt(sp.start) + 1];
      const adjective = !!nx && nx.kind === 'word' && nx.start < (sp.end ?? t.end) && /^ال.+(ي|يه|يين|يون)$/.test(nx.norm);
      return { ...sp, start: from, text: adjective ? 'ا' + sp.text : sp.text.slice(1) };
    }
    return { ...sp, start: from, text: 'ا' + sp.text.slice(1) };
  }
}

/** A dateline at a paragraph start: a place (up to five words, commas allowed), an outlet in parentheses, dashes. */
const DATELINE = /^[^\n"“«:.؟!]{0,60}?\((?:CNN|[A-Za-z .]{2,20}|[\u0621-\u064a ]{2,20})\)\s*[-–—]+\s*/;
