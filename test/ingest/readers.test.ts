import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { articleText, expandInputs, readContent, readSource, toIsoDate, type ReadItem } from '../../src/ingest/readers.ts';

const oks = (items: ReadItem[]) => items.filter((i) => i.ok).map((i) => (i as Extract<ReadItem, { ok: true }>).article);
const fails = (items: ReadItem[]) => items.filter((i) => !i.ok).map((i) => (i as Extract<ReadItem, { ok: false }>).failure);

const TREC = `<DOC>
<DOCNO>BB-economy-1-20180218</DOCNO>
<URL>http://www.bbc.co.uk/arabic/business-1</URL>
<SRC>BBC</SRC>
<CAT>economy</CAT>
<TITLE>ارتفاع أسعار النفط</TITLE>
<TIME>Sun, 18 Feb 2018 10:30:00 GMT</TIME>
<AUTHOR></AUTHOR>
<ABSTRACT>
ملخص الخبر.
</ABSTRACT>
<TEXT>
ارتفعت أسعار النفط اليوم &amp; تراجع الدولار.
</TEXT>
</DOC>`;

test('TREC (ANT corpus): fields, RFC-822 date, headline + text', () => {
  const [a] = oks(readContent(TREC, 'x.txt'));
  assert.ok(a);
  assert.equal(a.meta.id, 'BB-economy-1-20180218');
  assert.equal(a.meta.source, 'BBC');
  assert.equal(a.meta.published, '2018-02-18T10:30:00Z');
  assert.equal(a.meta.url, 'http://www.bbc.co.uk/arabic/business-1');
  assert.equal(a.meta.category, 'economy');
  assert.equal(a.text, 'ارتفاع أسعار النفط\n\nارتفعت أسعار النفط اليوم & تراجع الدولار.');
  assert.equal(a.origin, 'x.txt');
});

test('TREC with several documents, one of them broken', () => {
  const two = TREC + '\n' + TREC.replace('BB-economy-1-20180218', 'BB-economy-2').replace('اليوم', 'أمس') + '\n<DOC><DOCNO>bad</DOCNO><TITLE>x</TITLE></DOC>';
  const items = readContent(two, 'multi.trec');
  assert.deepEqual(oks(items).map((a) => a.meta.id), ['BB-economy-1-20180218', 'BB-economy-2']);
  assert.deepEqual(fails(items).map((f) => f.reason), ['TREC document without <TEXT>']);
});

test('plain text: the first line is the headline', () => {
  const [a] = oks(readContent('عنوان الخبر\r\nنص الخبر هنا.\n', 'a.txt'));
  assert.equal(a!.meta.title, 'عنوان الخبر');
  assert.equal(a!.text, 'عنوان الخبر\nنص الخبر هنا.');
  assert.deepEqual(fails(readContent('   \n', 'e.txt')).map((f) => f.reason), ['empty article (no text)']);
});

test('HTML: main text by Readability, boilerplate and scripts dropped', () => {
  const html = `<!doctype html><html lang="ar"><head><title>موقع | خبر</title>
    <meta property="og:title" content="وزير الطاقة يزور بغداد">
    <meta property="article:published_time" content="2024-05-15T08:00:00Z">
    <link rel="canonical" href="https://example.org/news/1"></head>
    <body><nav><a href="/">الرئيسية</a> <a href="/x">أخبار</a></nav>
    <article><h1>وزير الطاقة يزور بغداد</h1>
    <p>زار وزير الطاقة المصري بغداد أمس لبحث التعاون في مجال الكهرباء والغاز الطبيعي بين البلدين، وفق بيان رسمي.</p>
    <p>وقال الوزير إن الزيارة تهدف إلى تعزيز الاستثمار المشترك في مشاريع الطاقة المتجددة خلال السنوات المقبلة.</p>
    <script>var x = "لا تظهر";</script></article>
    <footer>حقوق النشر محفوظة</footer></body></html>`;
  const [a] = oks(readContent(html, 'page.html'));
  assert.ok(a);
  assert.equal(a.meta.title, 'وزير الطاقة يزور بغداد');
  assert.equal(a.meta.published, '2024-05-15T08:00:00Z');
  assert.equal(a.meta.url, 'https://example.org/news/1');
  assert.ok(a.text.startsWith('وزير الطاقة يزور بغداد\n\nزار وزير الطاقة'), a.text);
  assert.match(a.text, /الكهرباء والغاز الطبيعي بين البلدين، وفق بيان رسمي\.\n\nوقال الوزير/);
  assert.doesNotMatch(a.text, /لا تظهر|حقوق النشر|الرئيسية/);
});

test('ninjs JSON (2.x bodies and 1.x body_text) and Doc JSON', () => {
  const ninjs = { uri: 'urn:x:1', headlines: [{ value: 'عنوان' }], bodies: [{ value: '<p>فقرة <b>أولى</b></p><p>فقرة ثانية</p>', contenttype: 'text/html' }], versioncreated: '2024-01-02T03:04:05Z', language: 'ar' };
  const [a] = oks(readContent(JSON.stringify(ninjs), 'n.json'));
  assert.equal(a!.text, 'عنوان\n\nفقرة أولى\n\nفقرة ثانية');
  assert.equal(a!.meta.id, 'urn:x:1');
  assert.equal(a!.meta.published, '2024-01-02T03:04:05Z');
  const [b] = oks(readContent(JSON.stringify({ uri: 'u2', headline: 'عنوان', body_text: 'نص' }), 'n1.json'));
  assert.equal(b!.text, 'عنوان\n\nنص');
  const [c] = oks(readContent(JSON.stringify({ schema: 'marsad.doc/1', meta: { id: 'd1', published: '2024-01-01' }, text: 'نص محفوظ', stages: [], layers: {} }), 'd.json'));
  assert.equal(c!.meta.id, 'd1');
  assert.equal(c!.text, 'نص محفوظ');
  assert.match(fails(readContent('{bad json', 'b.json'))[0]!.reason, /invalid JSON/);
  assert.match(fails(readContent('{"foo": 1}', 'f.json'))[0]!.reason, /no text/);
});

test('JSON lines: a bad line is reported with its number and the rest is read', () => {
  const s = [JSON.stringify({ id: 'l1', title: 'أ', text: 'نص أول' }), '{oops', '', JSON.stringify({ headline: 'ب', body_text: 'نص ثان', published: '2024-02-03' })].join('\n');
  const items = readContent(s, 'x.jsonl');
  assert.deepEqual(oks(items).map((a) => a.text), ['أ\n\nنص أول', 'ب\n\nنص ثان']);
  assert.deepEqual(fails(items).map((f) => f.origin), ['x.jsonl:2']);
  assert.equal(oks(items)[1]!.meta.published, '2024-02-03');
});

test('RSS 2.0 and Atom feeds: one article per item', () => {
  const rss = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>BBC Arabic</title>
    <item><title>خبر أول</title><link>https://x/1</link><guid>g1</guid><pubDate>Tue, 20 Feb 2018 01:44:01 GMT</pubDate><description><![CDATA[<p>نص <b>الخبر</b> الأول</p>]]></description></item>
    <item><title>خبر ثان</title><link>https://x/2</link><description>نص الخبر الثاني &amp; المزيد</description></item></channel></rss>`;
  const items = oks(readContent(rss, 'feed.xml'));
  assert.deepEqual(items.map((a) => a.text), ['خبر أول\n\nنص الخبر الأول', 'خبر ثان\n\nنص الخبر الثاني & المزيد']);
  assert.equal(items[0]!.meta.published, '2018-02-20T01:44:01Z');
  assert.equal(items[0]!.meta.source, 'BBC Arabic');
  assert.equal(items[0]!.meta.id, 'g1');
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>موقع</title><entry><id>tag:1</id><title>عنوان</title><link rel="alternate" href="https://y/1"/><published>2024-03-01T00:00:00Z</published><content type="html">&lt;p&gt;محتوى&lt;/p&gt;</content></entry></feed>`;
  const [e] = oks(readContent(atom, 'f.atom'));
  assert.equal(e!.text, 'عنوان\n\nمحتوى');
  assert.equal(e!.meta.url, 'https://y/1');
  assert.equal(e!.meta.id, 'tag:1');
});

test('files: folders expand sorted; binary, invalid UTF-8, empty and missing files are failures', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-readers-'));
  try {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'b.txt'), 'عنوان\nنص');
    writeFileSync(join(dir, 'sub', 'a.txt'), 'عنوان آخر\nنص آخر');
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff]));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'README.md'), '# not an article');
    const { sources, missing } = await expandInputs([dir, join(dir, 'nope.txt')]);
    assert.deepEqual(sources.map((s) => s.slice(dir.length + 1)), ['b.txt', 'bin.txt', 'empty.txt', 'latin1.txt', 'sub/a.txt']);
    assert.equal(missing.length, 1);
    assert.match(fails(await readSource(join(dir, 'bin.txt')))[0]!.reason, /binary/);
    assert.match(fails(await readSource(join(dir, 'latin1.txt')))[0]!.reason, /UTF-8/);
    assert.match(fails(await readSource(join(dir, 'empty.txt')))[0]!.reason, /empty/);
    assert.equal(oks(await readSource(join(dir, 'sub', 'a.txt')))[0]!.meta.title, 'عنوان آخر');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('dates and headline joining', () => {
  assert.equal(toIsoDate('Tue, 20 Feb 2018 01:44:01 GMT'), '2018-02-20T01:44:01Z');
  assert.equal(toIsoDate('2024-08-09'), '2024-08-09');
  assert.equal(toIsoDate('not a date'), undefined);
  assert.equal(articleText('عنوان', 'عنوان\n\nنص'), 'عنوان\n\nنص');
  assert.equal(articleText(undefined, ' نص '), 'نص');
});

test('URLs: a feed and a page are fetched and read; HTTP errors are failures', async () => {
  const server = createServer((req, res) => {
    if (req.url === '/feed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end('<rss><channel><title>موقع</title><item><title>خبر</title><link>https://x/1</link><description>نص الخبر</description></item></channel></rss>');
    } else if (req.url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><head><title>صفحة</title></head><body><article><h1>صفحة</h1><p>فقرة طويلة بما يكفي ليعدها المستخرج نصا رئيسيا للصفحة، وفيها كلام عن الاقتصاد والسياسة والمجتمع.</p></article></body></html>');
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const [f] = oks(await readSource(`${base}/feed`));
    assert.equal(f!.text, 'خبر\n\nنص الخبر');
    assert.equal(f!.meta.source, 'موقع');
    const [p] = oks(await readSource(`${base}/page`));
    assert.match(p!.text, /^صفحة\n\nفقرة طويلة/);
    assert.equal(p!.meta.url, `${base}/page`);
    assert.match(fails(await readSource(`${base}/missing`))[0]!.reason, /HTTP 404/);
  } finally {
    server.close();
  }
});
