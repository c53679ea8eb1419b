/** Knowledge-base entities as stored in `data/kb/kb.json` (schema `marsad.kb/1`). */

/**
 * Every kind of KB entity. `country` comes from the country packages; the others are the kinds a line of
 * `data/kb/curated.txt` may have (its header lists them, and `scripts/build-kb.ts` checks the two agree).
 * A `substance` is a chemical or biological agent, a drug or a material (`نوفيتشوك`, Novichok): the link
 * stage gives it the type MISC, as it does every kind without a NER type of its own.
 */
export const KB_KINDS = ['country', 'city', 'region', 'sea', 'river', 'person', 'organization', 'event', 'facility', 'project', 'substance'] as const;

export type KbKind = (typeof KB_KINDS)[number];

export interface KbRole {
  /** `President of Azerbaijan`. */
  title: string;
  /** ISO dates, open when absent. */
  from?: string;
  to?: string;
}

export interface KbEntity {
  /** Wikidata QID where certain (`Q227`), else a stable Marsad id (`m:city:baku`, `m:cameo:...`). */
  id: string;
  kind: KbKind;
  label_en: string;
  label_ar: string;
  /** Arabic names and spellings (label included). */
  aliases: string[];
  /** Names that are also common words or other places: linked only when NER marks the span. */
  ambiguous?: string[];
  /** Adjective/demonym forms (`أذربيجاني`, `الأذربيجانية`): references to this country. */
  demonyms?: string[];
  /** ISO 3166-1 alpha-2 of the country the entity belongs to (itself for countries). */
  country?: string;
  iso?: string;
  iso3?: string;
  qid?: string;
  lat?: number;
  lon?: number;
  capital?: boolean;
  roles?: KbRole[];
  /** CAMEO actor code(s) (`AZEGOV`) or English CAMEO actor name (`ILHAM_ALIYEV_`). */
  cameo?: string[];
  /** Id of the series this entity is an instance of (COP29 -> COP). */
  partOf?: string;
  /** Where the entry comes from. */
  source: string;
}

export interface KbFile {
  schema: 'marsad.kb/1';
  about: string;
  sources: string[];
  entities: KbEntity[];
}
