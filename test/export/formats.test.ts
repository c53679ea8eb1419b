import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { sharedAvailable, sharedPath } from '../../src/core/paths.ts';
import { EVENT_COLUMNS, entitiesCsvRows, eventsTsvRows, quadClass, toNinjs, writeExport } from '../../src/export/formats.ts';
import { openSqlite } from '../../src/store/sqlite.ts';
import { FIXTURES, fixtureDoc } from '../store/fixtures.ts';

const SCHEMA = ['data', 'ninjs-schema', 'ninjs-schema_2.2.json'];

function validator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  // the schema refers to GeoJSON for places; Marsad never writes geojson
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  return ajv.compile(JSON.parse(readFileSync(sharedPath(...SCHEMA), 'utf8')));
}

test('ninjs export validates against the ninjs 2.2 schema', { skip: !sharedAvailable(...SCHEMA) && 'shared data absent (ninjs schema)' }, () => {
  const validate = validator();
  for (const f of FIXTURES) {
    const n = toNinjs(fixtureDoc(f));
    assert.ok(validate(n), `${f.id}: ${JSON.stringify(validate.errors)}`);
  }
  // and the validator does reject a broken item
  assert.equal(validate({ uri: 'not a uri with spaces', bodies: [{}] }), false);
  const n = toNinjs(fixtureDoc(FIXTURES[0]!));
  assert.equal(n.uri, 'urn:marsad:article:a1');
  assert.equal(n.versioncreated, '2024-08-09T10:00:00Z');
  assert.deepEqual((n.people as { name: string }[]).map((p) => p.name), ['Ilham Aliyev']);
  assert.ok((n.places as { uri?: string }[]).some((p) => p.uri === 'http://www.wikidata.org/entity/Q1520'));
  const body = (n.bodies as { value: string }[])[0]!.value;
  assert.ok(body.startsWith('دعا الرئيس'), 'the headline is not repeated in the body');
  assert.deepEqual((n.subjects as { literal: string }[]).map((s) => s.literal), ['04000000']);
  // a date-only publication date becomes a date-time
  assert.equal(toNinjs(fixtureDoc(FIXTURES[1]!)).versioncreated, '2024-08-15T00:00:00Z');
});

test('events TSV: one row per event, GDELT columns, evidence offsets into the text', () => {
  const doc = fixtureDoc(FIXTURES[0]!);
  const rows = eventsTsvRows(doc).trimEnd().split('\n').map((l) => l.split('\t'));
  assert.equal(rows.length, 1);
  const r = Object.fromEntries(EVENT_COLUMNS.map((c, i) => [c, rows[0]![i]]));
  assert.equal(rows[0]!.length, EVENT_COLUMNS.length);
  assert.equal(r.GLOBALEVENTID, 'a1#0');
  assert.equal(r.SQLDATE, '20240809');
  assert.equal(r.EventCode, '043');
  assert.equal(r.EventRootCode, '04');
  assert.equal(r.QuadClass, '1');
  assert.equal(r.Actor1Code, 'Q7979');
  assert.equal(doc.text.slice(Number(r.TriggerStart), Number(r.TriggerEnd)), 'دعا');
  assert.equal(doc.text.slice(Number(r.EvidenceStart), Number(r.EvidenceEnd)), r.EvidenceText);
  assert.ok(r.EvidenceText!.startsWith('دعا الرئيس'));
  assert.equal(eventsTsvRows(fixtureDoc(FIXTURES[2]!)), '', 'no events, no rows');
  assert.deepEqual([quadClass('043'), quadClass('061'), quadClass('112'), quadClass('190'), quadClass('99')], [1, 2, 3, 4, undefined]);
});

test('entities CSV: one row per mention, quoted per RFC 4180', () => {
  const doc = fixtureDoc(FIXTURES[0]!);
  const lines = entitiesCsvRows(doc).split('\r\n').filter(Boolean);
  assert.equal(lines.length, 5);
  assert.equal(lines[0], 'a1,2024-08-09T10:00:00Z,BBC,Q7979,PER,إلهام علييف,Ilham Aliyev,,' + doc.layers.entities![0]!.start + ',' + doc.layers.entities![0]!.end + ',إلهام علييف');
  const tricky = { ...doc, layers: { entities: [{ start: 0, end: 8, type: 'ORG', text: 'a,"b"', confidence: 1, source: 't' }] } };
  assert.match(entitiesCsvRows(tricky as never), /,"a,""b""",/);
});

test('writeExport streams every stored article with filters', async () => {
  const repo = openSqlite(':memory:');
  try {
    for (const f of FIXTURES) await repo.putDoc(fixtureDoc(f));
    let out = '';
    const res = await writeExport(repo.iterDocs({ event: '04' }), 'events-tsv', (s) => { out += s; });
    assert.deepEqual(res, { docs: 2, rows: 2 });
    assert.equal(out.split('\n')[0], EVENT_COLUMNS.join('\t'));
    out = '';
    await writeExport(repo.iterDocs({ source: 'BBC' }), 'jsonl', (s) => { out += s; });
    assert.deepEqual(out.trim().split('\n').map((l) => JSON.parse(l).meta.id).sort(), ['a1', 'a3']);
    out = '';
    const r2 = await writeExport(repo.iterDocs({}), 'ninjs', (s) => { out += s; });
    assert.equal(r2.rows, 4);
  } finally {
    await repo.close();
  }
});
