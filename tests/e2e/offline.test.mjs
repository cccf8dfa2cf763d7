// Offline after the first visit, in Debian's Chromium, against the dist site
// (`make dist` → target/dist/site) served by `appcheck serve`: the service worker
// (www/sw.js, published at the site's root) caches the page, its hashed assets and the
// Wasm module; with the server gone and the browser offline, a reload still gives a
// full check, and says when the policy was fetched. Back online, a new policy version
// published meanwhile is what the next reload shows (the data is network-first).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, repo, checkOnPhone, withoutCompressedCopies, pasteLong } from './harness.mjs';

const distSite = path.join(repo, 'target/dist/site');
const BANK = 'policies/bank-tiktok-2020.json';

let browser;
let dir;

before(async () => {
  browser = await launch();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appcheck-offline-'));
  fs.cpSync(distSite, dir, withoutCompressedCopies);
  // The bank's policy opens by default.
  const index = JSON.parse(fs.readFileSync(path.join(dir, 'policies/index.json'), 'utf8'));
  index.default = 'bank-tiktok-2020';
  fs.writeFileSync(path.join(dir, 'policies/index.json'), JSON.stringify(index));
});

after(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Stops a server and waits until its port refuses connections. */
async function stop(server) {
  server.stop();
  for (;;) {
    try {
      await fetch(server.url);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function ready(page) {
  await page.locator('#appcheck[data-ready="true"]').waitFor();
}

const checkTikTok = (page) => checkOnPhone(page, 'TikTok\nSlack\n');

/** The response the service worker keeps for `file`: its Date header and body. */
const cached = (page, file) => page.evaluate(async (file) => {
  const response = await caches.match(new URL(file, location.href).href);
  return response && { date: response.headers.get('date'), text: await response.text() };
}, file);

test('after one visit the page works offline, and shows a new policy version once back online', async () => {
  let server = await serve(dir);
  const port = Number(new URL(server.url).port);
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(server.url);
    await ready(page);
    // The service worker is installed, in the page's folder, and controls the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(scope, server.url);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), `${server.url}sw.js`);
    const kept = await cached(page, BANK);
    assert.ok(kept, 'the policy is cached');
    assert.ok(kept.date, 'with the Date header it was fetched with');
    const assets = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (name) =>
      (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname)))).flat());
    for (const file of ['/', `/${BANK}`, '/policies/index.json', '/trust.json', '/site.json']) {
      assert.ok(assets.includes(file), `${file} cached`);
    }
    assert.ok(assets.some((a) => /^\/pkg\/page_bg\.[0-9a-f]{10}\.wasm$/.test(a)), "the page's Wasm module is cached");
    assert.ok(assets.some((a) => /^\/pkg\/checker_bg\.[0-9a-f]{10}\.wasm$/.test(a)), "the worker's Wasm module is cached");
    for (const lang of ['de', 'fr', 'es']) {
      assert.ok(assets.some((a) => new RegExp(`^/i18n/${lang}\\.[0-9a-f]{10}\\.json$`).test(a)), `the ${lang} language file is cached`);
    }
    assert.ok(!assets.includes('/sw.js'), 'the service worker script itself is left to the browser');
    // Files outside the site's own list are none of the worker's business.
    await page.evaluate(() => fetch('www/example.html', { cache: 'no-cache' }));
    assert.equal(await cached(page, 'www/example.html'), undefined, 'not kept');

    // Offline: the server is gone and the browser has no network.
    await stop(server);
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    assert.match(await page.textContent('#policy-title'), /^Remove TikTok from company-owned mobile devices$/);
    // The page says when the policy was fetched: the cached copy's original Date.
    assert.equal(await page.getAttribute('#refreshed', 'data-date'), kept.date);
    assert.equal(await checkTikTok(page), 'action_required', 'a full check works offline');
    // In another language too: its file comes from the cache.
    await page.selectOption('#language', 'de');
    await page.locator('#appcheck[lang="de"] #overall').waitFor();
    assert.match(await page.textContent('#appcheck .privacy'), /bleiben auf diesem Gerät/);
    await page.selectOption('#language', 'en');
    await page.locator('#appcheck[lang="en"] #overall').waitFor();
    // A long export goes to the Web Worker, whose script is cached as well.
    // (The page started it when it was drawn: its own module checks nothing.)
    const workers = page.workers().map((w) => w.url());
    page.on('worker', (w) => workers.push(w.url()));
    await pasteLong(page, `${Array.from({ length: 3000 }, (_, i) => `Some App ${i}`).join('\n')}\nTikTok\n`);
    await page.click('#check');
    await page.waitForFunction(() => /3,?001/.test(document.querySelector('#read-as')?.textContent ?? ''));
    assert.equal(await page.getAttribute('#overall', 'data-answer'), 'action_required');
    assert.ok(workers.some((url) => /\/www\/worker\.[0-9a-f]{10}\.js$/.test(url)), `the worker ran: ${workers}`);

    // A link a mail program has added a query to (`?utm_source=…`) opens offline too.
    await page.goto(`${server.url}?utm_source=email#lang=en`);
    await ready(page);
    assert.match(await page.textContent('#policy-title'), /^Remove TikTok from company-owned mobile devices$/);

    // IT publishes version 2 while this device is offline.
    const policy = JSON.parse(fs.readFileSync(path.join(dir, BANK), 'utf8'));
    policy.version = 2;
    policy.title = 'Remove TikTok from company-owned mobile devices (v2)';
    fs.writeFileSync(path.join(dir, BANK), JSON.stringify(policy, null, 2));
    await page.reload();
    await ready(page);
    assert.match(await page.textContent('#policy-title'), /devices$/, 'still offline: the cached version');

    // Back online: the next visit shows version 2, and the cache now keeps it.
    server = await serve(dir, port);
    await context.setOffline(false);
    await page.reload();
    await ready(page);
    assert.match(await page.textContent('#policy-title'), /\(v2\)$/);
    assert.match((await cached(page, BANK)).text, /\(v2\)/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.stop();
  }
});

test('a new build replaces the old cache: only the current version of the site is kept', async () => {
  const server = await serve(dir);
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(server.url);
    await ready(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const before = await page.evaluate(() => caches.keys());
    assert.equal(before.length, 1, JSON.stringify(before));
    // A rebuild with a changed asset: new names, so a new sw.js with a new version.
    const sw = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
    const version = sw.match(/"version":"([0-9a-f]{10})"/)[1];
    fs.writeFileSync(path.join(dir, 'sw.js'), sw.replace(version, '0123456789'));
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    await page.waitForFunction(async () => {
      const names = await caches.keys();
      return names.length === 1 && names[0].endsWith(' 0123456789');
    });
    const after = await page.evaluate(() => caches.keys());
    assert.notDeepEqual(after, before);
  } finally {
    await context.close();
    server.stop();
  }
});
