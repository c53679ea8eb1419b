import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coordinatesOf, toPlaces } from '../../src/api/places.ts';

const near = (ll: [number, number] | null | undefined, lat: number, lon: number, tol = 1) => {
  assert.ok(ll, 'has coordinates');
  assert.ok(Math.abs(ll[0] - lat) < tol && Math.abs(ll[1] - lon) < tol, `${ll} ~ ${lat},${lon}`);
};

test('coordinates: the entity own ones first, in any usual shape', () => {
  assert.deepEqual(coordinatesOf({ lat: 33.3, lon: 44.4 }), [33.3, 44.4]);
  assert.deepEqual(coordinatesOf({ latitude: '33.3', longitude: '44.4' }), [33.3, 44.4]);
  assert.deepEqual(coordinatesOf({ coords: [44.4, 33.3] }), [33.3, 44.4], 'GeoJSON order is [lon, lat]');
  assert.equal(coordinatesOf({ lat: 133, lon: 44, kind: 'region' }), null, 'out of range is ignored');
});

test('coordinates: countries by ISO code or English name', () => {
  near(coordinatesOf({ kind: 'country', iso: 'KZ' }), 48, 68);
  near(coordinatesOf({ labelEn: 'Egypt' }), 27, 30);
  near(coordinatesOf({ label_en: 'Azerbaijan', kind: 'country' }), 40.5, 47.5);
  assert.equal(coordinatesOf({ labelEn: 'Central Asia', kind: 'region' }), null);
});

test('places: cities from GeoNames by name, ambiguous names prefer the country, then the region', () => {
  const places = toPlaces([
    { id: 'Q9248', labelEn: 'Baku', kind: 'city', mentions: 3 },
    { id: 'Q87', labelEn: 'Alexandria', kind: 'city' },
    { id: 'Qx', labelEn: 'Alexandria', kind: 'city', country: 'US' },
    { id: 'Q232', labelEn: 'Kazakhstan', kind: 'country' },
    { id: 'Qnone', labelEn: 'Nowhere-on-earth', kind: 'city' },
    { id: 'Qorg', labelEn: 'United Nations', kind: 'organization' },
  ]);
  const by = (id: string) => places.find((p) => p.id === id);
  near(by('Q9248') && [by('Q9248')!.lat, by('Q9248')!.lon], 40.4, 49.9);
  assert.equal(by('Q9248')!.count, 3);
  near(by('Q87') && [by('Q87')!.lat, by('Q87')!.lon], 31.2, 29.9, 0.5);
  assert.ok(by('Qx') && by('Qx')!.lon < -60, 'Alexandria with country US is in America');
  assert.ok(by('Q232'));
  assert.equal(by('Qnone'), undefined);
  assert.equal(by('Qorg'), undefined);
});
