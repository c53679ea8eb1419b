/** Offline map of places: world-atlas countries rendered with d3-geo (no tile server). */
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import world from 'world-atlas/countries-110m.json';
import type { Json } from '../api.ts';
import { href } from '../state.ts';
import { show } from '../util.ts';

const W = 900;
const H = 460;
const countries = feature(world as any, (world as any).objects.countries) as unknown as FeatureCollection<Geometry, { name: string }>;
const projection = geoNaturalEarth1().fitSize([W, H], countries as any);
const path = geoPath(projection);

export function PlaceMap({ places }: { places: Json[] }) {
  const pts = places
    .map((p) => ({ p, lat: Number(p.lat), lon: Number(p.lon) }))
    .filter((x) => Number.isFinite(x.lat) && Number.isFinite(x.lon));
  const max = Math.max(1, ...pts.map((x) => Number(x.p.count ?? 1)));
  return (
    <svg class="map" viewBox={`0 0 ${W} ${H}`} width="100%" data-testid="map">
      <g class="countries">
        {countries.features.map((f, i) => (
          <path key={i} d={path(f as any) ?? ''}>
            <title>{f.properties?.name ?? ''}</title>
          </path>
        ))}
      </g>
      <g class="places">
        {pts.map(({ p, lat, lon }, i) => {
          const xy = projection([lon, lat]);
          if (!xy) return null;
          const r = 3 + 9 * Math.sqrt(Number(p.count ?? 1) / max);
          return (
            <a key={i} href={p.id ? href(['entity', show(p.id)]) : undefined}>
              <circle cx={xy[0]} cy={xy[1]} r={r} class={`place ${show(p.kind)}`}>
                <title>{`${show(p.label_en ?? p.label)} ${show(p.label_ar)} (${show(p.count)})`}</title>
              </circle>
            </a>
          );
        })}
      </g>
    </svg>
  );
}
