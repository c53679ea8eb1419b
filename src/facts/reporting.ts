/**
 * Reported-speech vocabulary: reporting verbs (all the forms news uses, with the conjunction
 * `و`/`ف` handled by the reader), complementizers, attribution prepositions, words that end a
 * speaker phrase, and role nouns that make a phrase a plausible speaker when no entity is
 * recognised. The lists are data, in `data/facts/reporting.txt` (one section each); everything
 * is looked up in matching form (`norm`).
 */
import { repoPath } from '../core/paths.ts';
import { readWordSections } from './quote-vocab.ts';

export const REPORTING_FILE = repoPath('data', 'facts', 'reporting.txt');
const LISTS = readWordSections(REPORTING_FILE);
const list = (section: string): Set<string> => LISTS.get(section) ?? new Set();

/** Reporting verbs: `قال`, `أضاف`, `أشار`, `صرح` ... */
export const REPORTING_VERBS = list('verbs');
/** Complementizers introducing the reported content (`إن`, `أن`, `إنه`, `بأن`). */
export const COMPLEMENTIZERS = list('complementizers');
/** Attribution prepositions: `حسب`, `بحسب`, `وفقا لـ`, `نقلا عن`. */
export const ATTRIBUTIONS = list('attributions');
/** Participles that report speech (`وتابع قائلا:`, `مضيفا أن`): their speaker is the clause's subject. */
export const PARTICIPLES = list('participles');
/** Words that end a speaker phrase (`قال الوزير خلال مؤتمر صحفي إن`), the participles included. */
export const SPEAKER_STOPS = new Set([...list('speaker-stops'), ...PARTICIPLES]);
/** Nouns that make a phrase a speaker when no entity is known (a person or an organisation). */
export const ROLE_NOUNS = list('roles');
/** Pronoun-like subjects: the speaker is the previous one. */
export const PRONOUN_SPEAKERS = list('pronoun-speakers');
/** Sources that report but are no person or organisation: `تقارير`, `دراسة`, `النتائج`. */
export const NON_SPEAKERS = list('non-speakers');
/** Relations that speak for someone named after them: `عائلة زينب`, `محامي المتهم`. */
export const RELATION_NOUNS = list('relations');
/** Plural people as the head of a speaker phrase: they take a plural verb (`قال مسؤولون`, `وأضافوا`). */
export const PLURAL_ROLES = list('plural-roles');
/** Women's role nouns (`قالت الوزيرة`): a masculine verb cannot take them as its subject. */
export const FEMININE_ROLES = list('feminine-roles');
/** Nouns naming a work, event or label: a quotation right after them is a title (`معرض "سيتي سكيب"`). */
export const TITLE_NOUNS = list('title-nouns');
/** Nouns for what someone said or wrote: `بيانا للقيادة ... قالت فيه`, `تغريدة ... قال فيها`. */
export const STATEMENT_NOUNS = list('statement-nouns');

/**
 * Agreement a reporting verb or participle demands of its subject: `m` (قال, يضيف, قائلا),
 * `f` (قالت, تضيف, قائلة) or `p` plural (قالوا, يقولون, قائلين). Feminine singular also covers
 * organisations and countries (`قالت الوزارة`, `وقالت روسيا`).
 */
export type Agreement = 'm' | 'f' | 'p';
export function verbAgreement(w: string): Agreement {
  const v = VERB_FORMS.get(w) ?? w;
  if (PARTICIPLES.has(v)) {
    if (/(ين|ون)$/.test(v)) return 'p';
    return /ه$/.test(v) ? 'f' : 'm';
  }
  if (/(وا|ون|تا|ان)$/.test(v)) return 'p';
  // a dual (`قالا`, `أكدا`): two speakers agree like several
  if (/ا$/.test(v) && VERB_FORMS.has(v.slice(0, -1))) return 'p';
  if (/ت$/.test(v) && v !== 'لفت') return 'f';
  if (/^ت/.test(v) && v !== 'تابع') return 'f';
  return 'm';
}

/** `قال`, `وقال`, `فقال` -> `قال` when it is a reporting verb; else null. */
const VERB_FORMS = new Map<string, string>();
for (const v of REPORTING_VERBS) for (const c of ['', 'و', 'ف']) VERB_FORMS.set(c + v, v);

export function reportingVerb(w: string): string | null {
  return VERB_FORMS.get(w) ?? null;
}
