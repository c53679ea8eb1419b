/**
 * One suite, run against SQLite and (when MARSAD_TEST_PG is set) PostgreSQL.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, toJSON, withLayers } from '../../src/core/doc.ts';
import { FIXTURES, backends, fixtureDoc } from './fixtures.ts';
import type { Repository } from '../../src/store/types.ts';
import type { SqlRepository } from '../../src/store/sql.ts';
import { docToRows } from '../../src/store/rows.ts';

for (const b of backends()) {
  describe(`repository (${b.name})`, { skip: b.skip }, () => {
    let repo: Repository;
    before(async () => {
      repo = await b.open();
      for (const f of FIXTURES) assert.equal((await repo.putDoc(fixtureDoc(f))).status, 'stored');
    });
    after(async () => {
      await repo?.close();
      await b.cleanup();
    });

    const ids = (hits: { id: string }[]) => hits.map((h) => h.id).sort();

    test('the same article twice is stored once; a re-analysis updates in place', async () => {
      const doc = fixtureDoc(FIXTURES[0]!);
      assert.deepEqual(await repo.putDoc(doc), { id: 'a1', status: 'duplicate', storyId: 'a1' });
      // same text under another id: still a duplicate of a1
      assert.equal((await repo.putDoc({ ...doc, meta: { ...doc.meta, id: 'copy-of-a1' } })).status, 'duplicate');
      const more = { ...doc, stages: [...doc.stages, 'extra'], layers: { ...doc.layers, topics: [{ code: 'medtop:20000436', label: 'renewable energy', score: 0.5 }] } };
      const r = await repo.putDoc(more);
      assert.equal(r.status, 'updated');
      assert.equal(r.id, 'a1');
      const art = await repo.getArticle('a1');
      assert.deepEqual(art!.doc.stages, more.stages);
      assert.equal((await repo.search({ topic: 'medtop:20000436' })).total, 1);
      assert.equal((await repo.search({ topic: '04000000' })).total, 1, 'old topic rows replaced');
      assert.equal((await repo.stats()).articles, FIXTURES.length);
      // back to the original analysis
      assert.equal((await repo.putDoc(doc)).status, 'updated');
      assert.equal((await repo.search({ topic: 'medtop:20000436' })).total, 0);
    });

    test('getArticle returns the Doc JSON with its offsets intact', async () => {
      const a = await repo.getArticle('a1');
      assert.ok(a);
      assert.equal(a.title, FIXTURES[0]!.title);
      const ents = a.doc.layers.entities!;
      assert.equal(a.doc.text.slice(ents[0]!.start, ents[0]!.end), 'إلهام علييف');
      assert.equal(await repo.getArticle('nope'), null);
      assert.equal(await repo.getArticle("' OR 1=1 --"), null);
    });

    test('clitic and suffix forms meet: الاستثمارية, والاستثمار, استثمار', async () => {
      const want = ['a1', 'a2', 'a3', 'a4'];
      for (const q of ['الاستثمارية', 'والاستثمار', 'استثمار']) {
        const r = await repo.search({ q });
        assert.deepEqual(ids(r.hits), want, q);
        assert.equal(r.total, 4);
      }
    });

    test('hits carry snippets whose highlights are offsets into the article text', async () => {
      const r = await repo.search({ q: 'الاستثمارية' });
      for (const h of r.hits) {
        const text = (await repo.getArticle(h.id))!.doc.text;
        assert.equal(text.slice(h.snippet.start, h.snippet.end), h.snippet.text);
        assert.ok(h.snippet.highlights.length > 0, h.id);
        for (const hl of h.snippet.highlights) assert.match(text.slice(hl.start, hl.end), /استثمار/);
      }
    });

    test('phrase queries need adjacent words; words alone do not', async () => {
      assert.deepEqual(ids((await repo.search({ q: '"آسيا الوسطى"' })).hits), ['a1', 'a2']);
      // a3 has both words, apart
      assert.deepEqual(ids((await repo.search({ q: 'آسيا الوسطى' })).hits), ['a1', 'a2', 'a3']);
      assert.deepEqual(ids((await repo.search({ q: '"الوسطى آسيا"' })).hits), []);
      assert.deepEqual(ids((await repo.search({ q: 'استثمار -كازاخستان' })).hits), ['a1', 'a3', 'a4']);
    });

    test('ranking puts the article that is about the word first', async () => {
      const r = await repo.search({ q: 'كازاخستان' });
      assert.equal(r.hits[0]!.id, 'a2');
      assert.ok(r.hits[0]!.score >= (r.hits[1]?.score ?? -Infinity));
    });

    test('filters: entity, event code prefix, topic, dates, source', async () => {
      assert.deepEqual(ids((await repo.search({ entity: 'Q27275' })).hits), ['a1', 'a2']);
      assert.deepEqual(ids((await repo.search({ q: 'استثمار', entity: 'Q232' })).hits), ['a2']);
      assert.deepEqual(ids((await repo.search({ event: '043' })).hits), ['a1', 'a4'], 'prefix 043 matches 0431');
      assert.deepEqual(ids((await repo.search({ event: '0431' })).hits), ['a4']);
      assert.deepEqual(ids((await repo.search({ topic: '15000000' })).hits), ['a3']);
      assert.deepEqual(ids((await repo.search({ from: '2024-08-10' })).hits), ['a2', 'a3']);
      assert.deepEqual(ids((await repo.search({ to: '2024-08' })).hits), ['a1', 'a2', 'a4'], 'to is inclusive of the whole month');
      assert.deepEqual(ids((await repo.search({ from: '2024-08-09', to: '2024-08-09' })).hits), ['a1'], 'a full timestamp on the day is inside');
      assert.deepEqual(ids((await repo.search({ source: 'CNN' })).hits), ['a2', 'a4']);
      assert.deepEqual(ids((await repo.search({ source: "CNN' OR '1'='1" })).hits), []);
      await assert.rejects(repo.search({ from: 'yesterday' }), /date/);
      await assert.rejects(repo.search({ event: "04' OR 1=1" }), /code/);
      await assert.rejects(repo.search({ limit: -1 }), /limit/);
    });

    test('an empty query lists newest first', async () => {
      const r = await repo.search({});
      assert.deepEqual(r.hits.map((h) => h.id), ['a3', 'a2', 'a1', 'a4']);
      assert.equal(r.total, 4);
      const page = await repo.search({ limit: 2, offset: 1 });
      assert.deepEqual(page.hits.map((h) => h.id), ['a2', 'a1']);
    });

    test('hostile query strings return results or a clear error, and the store is intact', async () => {
      const hostile = ['"', '*', 'استثمار*', 'NEAR(استثمار آسيا)', 'استثمار NEAR آسيا', '--', "'; DROP TABLE articles; --", '((استثمار', 'استثمار)', '"استثمار', 'a AND OR NOT', ':', '^', '\\', '%', '_', '\u0000استثمار'];
      for (const q of hostile) {
        try {
          const r = await repo.search({ q });
          assert.ok(Array.isArray(r.hits), q);
          if (/استثمار/.test(q) && !/NEAR/.test(q)) assert.ok(r.total >= 1, `${q} should find the word`);
        } catch (e) {
          assert.match((e as Error).message, /no words to search for/, q);
          assert.equal((e as { code?: string }).code, 'E_QUERY');
        }
      }
      assert.equal((await repo.stats()).articles, 4);
    });

    test('facets count by entity, topic, source and month over all matches', async () => {
      const r = await repo.search({ q: 'استثمار', limit: 1 });
      assert.equal(r.hits.length, 1);
      assert.deepEqual(r.facets.sources, [{ key: 'BBC', label: 'BBC', count: 2 }, { key: 'CNN', label: 'CNN', count: 2 }]);
      assert.deepEqual(r.facets.months.map((m) => [m.key, m.count]), [['2018-03', 1], ['2024-08', 2], ['2024-09', 1]]);
      assert.deepEqual(r.facets.entities[0], { key: 'Q27275', label: 'آسيا الوسطى', count: 2 });
      assert.deepEqual(r.facets.topics.map((t) => [t.key, t.count]), [['04000000', 2], ['15000000', 1]]);
    });

    test('entities: list, detail with timeline, co-occurrence and forms', async () => {
      const list = await repo.listEntities();
      assert.equal(list[0]!.id, 'Q27275');
      assert.equal(list[0]!.articles, 2);
      assert.deepEqual((await repo.listEntities({ q: 'Kazakh' })).map((e) => e.id), ['Q232']);
      assert.deepEqual((await repo.listEntities({ q: '%' })).map((e) => e.id), [], 'LIKE wildcards are escaped');
      assert.deepEqual((await repo.listEntities({ type: 'PER' })).map((e) => e.id), ['Q7979']);
      const e = await repo.getEntity('Q7979');
      assert.ok(e);
      assert.equal(e.mentions, 2);
      assert.equal(e.labelEn, 'Ilham Aliyev');
      assert.deepEqual(e.timeline, [{ month: '2024-08', mentions: 2, articles: 1 }]);
      assert.deepEqual(e.forms.map((f) => f.text).sort(), ['إلهام علييف', 'علييف']);
      assert.ok(e.cooccurring.some((c) => c.id === 'Q1520'));
      assert.equal(await repo.getEntity('Q0'), null);
    });

    test('events: rows with trigger and evidence offsets, filtered by code prefix', async () => {
      const evs = await repo.listEvents({ event: '04' });
      assert.deepEqual(evs.map((e) => e.code), ['0431', '043']);
      const a1 = evs.find((e) => e.articleId === 'a1')!;
      const text = (await repo.getArticle('a1'))!.doc.text;
      assert.equal(text.slice(a1.triggerStart!, a1.triggerEnd!), 'دعا');
      assert.ok(text.slice(a1.evidenceStart!, a1.evidenceEnd!).startsWith('دعا الرئيس'));
      assert.equal(a1.source, 'Q7979');
      assert.equal((await repo.listEvents({ source: 'CNN' })).length, 2);
    });

    test('iterDocs streams the Doc JSON of the matching articles', async () => {
      const got: string[] = [];
      for await (const d of repo.iterDocs({ q: 'استثمار', source: 'BBC' })) got.push(d.meta.id);
      assert.deepEqual(got.sort(), ['a1', 'a3']);
      let n = 0;
      for await (const _ of repo.iterDocs({ limit: 2 })) n++;
      assert.equal(n, 2);
    });

    test('stats count the indexed layers', async () => {
      const s = await repo.stats();
      assert.equal(s.articles, 4);
      assert.equal(s.events, 3);
      assert.equal(s.quotes, 1);
      assert.equal(s.quantities, 1);
      assert.equal(s.mentions, 10);
      assert.equal(s.backend, b.name);
    });

    test('a new text under an existing id replaces that article everywhere', async () => {
      const mk = (text: string) => toJSON(withLayers(createDoc(text, { id: 'edit-1', published: '2025-02-01', source: 'X' }), { topics: [{ code: 'e1', label: 'e', score: 1 }] }, 'fixture'));
      assert.equal((await repo.putDoc(mk('نسخة أولى من الخبر عن الفيضانات'))).status, 'stored');
      const r = await repo.putDoc(mk('نسخة مصححة من الخبر عن الزلزال'));
      assert.equal(r.status, 'updated');
      assert.deepEqual(ids((await repo.search({ q: 'الفيضانات' })).hits), []);
      assert.deepEqual(ids((await repo.search({ q: 'الزلزال' })).hits), ['edit-1']);
      assert.equal((await repo.search({ topic: 'e1' })).total, 1);
      assert.equal((await repo.getArticle('edit-1'))!.doc.text, 'نسخة مصححة من الخبر عن الزلزال');
    });

    test('an entity first seen without an English label gets it from a later article', async () => {
      const mk = (id: string, text: string, en?: string) => toJSON(withLayers(createDoc(text, { id, published: '2025-03-01' }),
        { entities: [{ start: 0, end: 4, type: 'LOC', text: text.slice(0, 4), id: 'Q9999', confidence: 1, source: 't', ...(en ? { label_en: en, kind: 'city' } : {}) }] }, 'fixture'));
      await repo.putDoc(mk('lab-1', 'دوما مدينة قديمة في ريف دمشق'));
      assert.equal((await repo.getEntity('Q9999'))!.labelEn, null);
      await repo.putDoc(mk('lab-2', 'دوما شهدت معارك عنيفة هذا الأسبوع', 'Douma'));
      const e = await repo.getEntity('Q9999');
      assert.equal(e!.labelEn, 'Douma');
      assert.equal(e!.kind, 'city');
      assert.equal(e!.articles, 2);
    });

    test('group commit: a failing article is rolled back alone, the others are stored whole', async () => {
      const mk = (id: string, text: string) => docToRows(toJSON(withLayers(createDoc(text, { id, published: '2025-01-01' }), { topics: [{ code: 'g1', label: 'g', score: 1 }] }, 'fixture')));
      const good1 = mk('g-1', 'مقال أول للمجموعة عن الزراعة في الصحراء');
      const bad = { ...mk('g-2', 'مقال ثان معطوب عن الزراعة في الجبال'), doc: null as unknown as Uint8Array };
      const good2 = mk('g-3', 'مقال ثالث للمجموعة عن الزراعة في السهول');
      const res = await (repo as SqlRepository).putRowsGroup([good1, bad, good2]);
      assert.equal((res[0] as { status: string }).status, 'stored');
      assert.ok(res[1] instanceof Error);
      assert.equal((res[2] as { status: string }).status, 'stored');
      assert.deepEqual(ids((await repo.search({ topic: 'g1' })).hits), ['g-1', 'g-3']);
      assert.equal(await repo.getArticle('g-2'), null);
      assert.equal(await repo.hasHash(bad.hash), false);
    });

    test('near-duplicate articles form one story; search can show one row per story', async () => {
      const base = 'قالت وزارة الخارجية اليوم إن الرئيس سيزور العاصمة الأسبوع المقبل لحضور قمة إقليمية حول الطاقة والنقل والأمن والاستثمار المشترك بين الدول المشاركة في القمة، وسط توقعات بتوقيع اتفاقيات جديدة.';
      const mk = (id: string, text: string, published: string) => toJSON(withLayers(createDoc(text, { id, title: text.slice(0, 20), published, source: id.endsWith('-b') ? 'CNN' : 'BBC' }), {}, 'fixture'));
      const r1 = await repo.putDoc(mk('s1-a', base, '2024-10-01'));
      const r2 = await repo.putDoc(mk('s1-b', base.replace('قالت', 'أعلنت') + ' (وكالات)', '2024-10-02'));
      const r3 = await repo.putDoc(mk('s2-a', 'خبر مختلف تماما عن مباراة في كرة السلة انتهت بفوز الفريق المضيف بفارق نقطتين بعد شوط إضافي مثير.', '2024-10-03'));
      assert.equal(r1.storyId, 's1-a');
      assert.equal(r2.storyId, 's1-a');
      assert.equal(r3.storyId, 's2-a');
      const stories = await repo.listStories({ minSize: 2 });
      assert.deepEqual(stories.map((s) => [s.id, s.size, s.sources]), [['s1-a', 2, ['BBC', 'CNN']]]);
      const flat = await repo.search({ q: 'القمة' });
      assert.equal(flat.hits.length, 2);
      const grouped = await repo.search({ q: 'القمة', groupStories: true });
      assert.equal(grouped.hits.length, 1);
      assert.equal(grouped.hits[0]!.storyHits, 2);
      assert.equal(grouped.total, 2);
    });
  });
}
