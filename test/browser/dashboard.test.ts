/**
 * Browser tests: the dashboard in Debian's Chromium (driven by playwright-core) against a
 * test store. Saves screenshots to docs/screenshots/. Skips when /usr/bin/chromium is absent.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.ts';
import { ensureWebBuilt, WEB_DIR } from '../../src/api/server.ts';
import { repoPath } from '../../src/core/paths.ts';
import { openRepository, type Repository } from '../../src/store/index.ts';
import { ALIYEV_TEXT, evilDoc, fixtureDocs } from '../api/fixtures.ts';

const CHROMIUM = process.env.MARSAD_CHROMIUM ?? '/usr/bin/chromium';
const skip = !existsSync(CHROMIUM) && `${CHROMIUM} is absent (install Debian's chromium and fonts-noto-core to run the browser tests)`;
const SHOTS = repoPath('docs', 'screenshots');

let app: FastifyInstance;
let store: Repository;
let ctx: BrowserContext;
let page: Page;
let base = '';
let profile = '';
const consoleErrors: string[] = [];

before(async () => {
  if (skip) return;
  assert.ok(await ensureWebBuilt(() => {}), 'dashboard builds (npx vite build --config web/vite.config.ts)');
  store = await openRepository(':memory:');
  for (const d of [...fixtureDocs(), evilDoc()]) await store.putDoc(d);
  app = await buildApp({ store, token: 'browser-test', webDir: WEB_DIR });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  const { chromium } = await import('playwright-core');
  profile = mkdtempSync(join(tmpdir(), 'marsad-chromium-'));
  ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1360, height: 900 },
    locale: 'en-US',
  });
  page = ctx.pages()[0] ?? (await ctx.newPage());
  page.setDefaultTimeout(15000);
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  if (skip) return;
  await ctx?.close();
  await app?.close();
  await store?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

const go = async (hash: string) => {
  await page.goto(`${base}/${hash}`);
};

test('search shows one row per story with highlighted snippets and facets', { skip }, async () => {
  await go('#/search?q=' + encodeURIComponent('علييف'));
  await page.waitForSelector('.hit-row');
  const ids = await page.$$eval('.hit-row', (rows) => rows.map((r) => r.getAttribute('data-id')).sort());
  assert.deepEqual(ids, ['art-aliyev', 'art-baku']);
  const hits = await page.$$eval('.hit-row mark.hit', (ms) => ms.map((m) => m.textContent));
  assert.ok(hits.length >= 2 && hits.every((h) => h === 'علييف'), JSON.stringify(hits));
  const facet = await page.textContent('[data-facet="sources"]');
  assert.match(facet ?? '', /Trend/);
  // a facet narrows the search
  await page.click('[data-facet="sources"] a:has-text("Trend")');
  await page.waitForFunction(() => document.querySelectorAll('.hit-row').length === 1);
  assert.equal(await page.getAttribute('.hit-row', 'data-id'), 'art-baku');
  await go('#/search?q=' + encodeURIComponent('علييف'));
  await page.waitForSelector('.hit-row');
  await page.screenshot({ path: join(SHOTS, 'search.png') });
});

test('article view: RTL Arabic text with typed highlights and tooltips, gist and fact tables', { skip }, async () => {
  await go('#/search?q=' + encodeURIComponent('علييف'));
  await page.click('.hit-row[data-id="art-aliyev"] a.title');
  await page.waitForSelector('[data-testid="article-text"] mark.hl');
  const art = page.locator('[data-testid="article-text"]');
  assert.equal(await art.getAttribute('dir'), 'rtl');
  assert.equal(await art.evaluate((el) => getComputedStyle(el).direction), 'rtl');
  // highlights do not change the text
  const shown = await art.evaluate((el) => Array.from(el.querySelectorAll('p')).map((p) => p.textContent).join('\n'));
  assert.equal(shown, ALIYEV_TEXT);
  const ent = await page.$$eval('mark[data-layer="entities"]', (ms) => ms.map((m) => ({ text: m.textContent, tip: m.getAttribute('title'), cls: m.className })));
  const aliyev = ent.filter((e) => e.text === 'إلهام علييف');
  assert.equal(aliyev.length, 2);
  assert.match(aliyev[0]!.tip!, /Ilham Aliyev/);
  assert.match(aliyev[0]!.tip!, /Q7208/);
  assert.match(aliyev[0]!.tip!, /President of Azerbaijan/);
  assert.match(aliyev[0]!.cls, /hl-ent-PER/);
  assert.match(ent.find((e) => e.text === 'أستانا')!.cls, /hl-ent-LOC/);
  const date = page.locator('mark[data-layer="dates"]');
  assert.equal(await date.textContent(), 'يوم الجمعة');
  assert.match((await date.getAttribute('title'))!, /resolved: 2024-08-09/);
  const ev = page.locator('mark[data-layer="events"]').first();
  assert.match((await ev.getAttribute('title'))!, /0311[\s\S]*Appeal for military cooperation/);
  // the quote contains the nested entity mention "علييف"? no: it contains the speech only; check it is one mark
  assert.equal(await page.locator('mark[data-layer="quotes"]').textContent(), '"إن التعاون ضروري"');
  assert.equal(await page.locator('mark[data-layer="quantities"]').textContent(), '5 مليارات دولار');
  // colours differ per type
  const bg = async (sel: string) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(await bg('mark.hl-ent-PER'), await bg('mark.hl-ent-LOC'));
  assert.match((await page.textContent('.gist')) ?? '', /Ilham Aliyev called on Central Asian states/);
  assert.ok((await page.locator('section.facts[data-layer="entities"] tbody tr').count()) >= 4);
  // Arabic is set in an Arabic-capable font
  assert.match(await art.evaluate((el) => getComputedStyle(el).fontFamily), /Noto Naskh Arabic/);
  // the legend switches a type's highlights off and on
  const perCount = await page.locator('mark.hl-ent-PER').count();
  assert.ok(perCount >= 2);
  await page.click('.legend button[data-kind="ent-PER"]');
  await page.waitForFunction(() => document.querySelectorAll('mark.hl-ent-PER').length === 0);
  assert.equal(await page.locator('mark.hl-ent-LOC').count() > 0, true);
  assert.equal(await art.evaluate((el) => Array.from(el.querySelectorAll('p')).map((p) => p.textContent).join('\n')), ALIYEV_TEXT);
  await page.click('.legend button[data-kind="ent-PER"]');
  await page.waitForFunction((n) => document.querySelectorAll('mark.hl-ent-PER').length === n, perCount);
  await page.mouse.move(1, 1);
  await page.screenshot({ path: join(SHOTS, 'article.png'), fullPage: true });
});

test('entity page: labels, forms, mentions-over-time chart, co-occurrence graph, events', { skip }, async () => {
  await go('#/article/art-aliyev');
  await page.click('mark[data-layer="entities"][title*="Q7208"] >> nth=0');
  await page.waitForSelector('[data-testid="entity-label"]');
  assert.match((await page.textContent('[data-testid="entity-label"]')) ?? '', /Ilham Aliyev/);
  assert.equal(await page.locator('[data-testid="mentions-chart"] rect.bar').count(), 2);
  await page.waitForSelector('[data-testid="cooc-graph"] canvas');
  assert.ok((await page.locator('[data-testid="cooc-graph"] canvas').count()) >= 1);
  const rows = await page.$$eval('[data-testid="events-table"] tbody tr', (rs) => rs.map((r) => r.textContent));
  assert.equal(rows.length, 2);
  assert.ok(rows.some((r) => /Meet at a third location/.test(r ?? '') && /Astana/.test(r ?? '')));
  await page.screenshot({ path: join(SHOTS, 'entity.png'), fullPage: true });
});

test('entity list filters by type and opens an entity page', { skip }, async () => {
  await go('#/entities?type=LOC');
  await page.waitForSelector('[data-testid="entities-table"] tbody tr');
  const types = await page.$$eval('[data-testid="entities-table"] tbody tr td:nth-child(3)', (tds) => tds.map((td) => td.textContent ?? ''));
  assert.ok(types.length >= 5 && types.every((x) => x.startsWith('LOC')), JSON.stringify(types));
  await page.click('[data-testid="entities-table"] a:has-text("Kazakhstan")');
  await page.waitForFunction(() => document.querySelector('[data-testid="entity-label"]')?.textContent?.includes('Kazakhstan'));
  assert.match(page.url(), /#\/entity\/Q232$/);
});

test('events page: table, timeline and an offline map of places', { skip }, async () => {
  await go('#/events');
  await page.waitForSelector('[data-testid="events-table"] tbody tr');
  assert.equal(await page.locator('[data-testid="events-table"] tbody tr').count(), 3);
  assert.equal(await page.locator('[data-testid="timeline"] circle').count(), 3);
  await page.waitForSelector('[data-testid="map"] circle.place');
  assert.ok((await page.locator('[data-testid="map"] .countries path').count()) > 150, 'world-atlas countries drawn');
  const places = await page.$$eval('[data-testid="map"] circle.place title', (ts) => ts.map((t) => t.textContent ?? ''));
  assert.ok(places.some((p) => p.includes('Kazakhstan')));
  assert.ok(places.some((p) => p.includes('Baku')));
  await page.screenshot({ path: join(SHOTS, 'events.png'), fullPage: true });
});

test('interface labels switch to Arabic (RTL) and back', { skip }, async () => {
  await go('#/search?q=' + encodeURIComponent('علييف'));
  await page.waitForSelector('.hit-row');
  await page.click('[data-testid="lang-toggle"]');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  assert.equal(await page.textContent('.top nav a.active'), 'بحث');
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  await page.screenshot({ path: join(SHOTS, 'search-ar.png') });
  await page.click('[data-testid="lang-toggle"]');
  await page.waitForFunction(() => document.documentElement.dir === 'ltr');
  assert.equal(await page.textContent('.top nav a.active'), 'Search');
});

test('no HTML injection: markup in article text, titles, sources and entity names renders as text', { skip }, async () => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
  await go('#/search?q=' + encodeURIComponent('بغداد'));
  await page.waitForSelector('.hit-row[data-id="art-evil"]');
  assert.match((await page.textContent('.hit-row[data-id="art-evil"] a.title')) ?? '', /<script>window.__pwned=4<\/script>/);
  await go('#/article/art-evil');
  await page.waitForSelector('[data-testid="article-text"] mark.hl');
  const text = (await page.textContent('[data-testid="article-text"]')) ?? '';
  assert.ok(text.includes('<script>window.__pwned=1</script>'));
  assert.ok(text.includes('"><img src=x onerror="window.__pwned=2">'));
  assert.equal(await page.locator('main img').count(), 0, 'no <img> element was created');
  assert.equal(await page.locator('main script').count(), 0, 'no <script> element was created');
  const tip = await page.locator('mark[data-layer="entities"][title*="Baghdad"]').first().getAttribute('title');
  assert.match(tip ?? '', /<img src=q onerror/);
  await go('#/entity/Q1530');
  await page.waitForSelector('[data-testid="entity-label"]');
  assert.match((await page.textContent('[data-testid="entity-label"]')) ?? '', /<img src=q onerror="window.__pwned=6">Baghdad/);
  assert.equal(await page.locator('main img').count(), 0);
  // posted text in the analyse page
  await go('#/analyze');
  await page.fill('textarea[name="text"]', '<img src=a onerror="window.__pwned=9"> "><script>window.__pwned=10</script> بغداد');
  await page.click('form.analyze button[type="submit"]');
  await page.waitForSelector('[data-testid="article-text"]');
  assert.match((await page.textContent('[data-testid="article-text"]')) ?? '', /<img src=a onerror/);
  assert.equal(await page.locator('main img').count(), 0);
  await page.waitForTimeout(200);
  assert.equal(await pwned(), undefined, 'no injected script ran');
  assert.deepEqual(dialogs, []);
});

test('no script errors or Content-Security-Policy violations in the console', { skip }, async () => {
  assert.deepEqual(consoleErrors, []);
});
