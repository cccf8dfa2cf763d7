// The policy's state in the first response (issue 17): `appcheck build` writes the
// default policy's title, state, notice, deadline, apps and whom to ask into index.html
// as visible content, and a page of its own for every published policy (p/<id>.html),
// so that a withdrawal is read before any script runs: with JavaScript off, and before
// the Wasm module has arrived. The widget then takes that place without a jump: no
// layout shift (Chromium's Layout Instability API) and the notice where it was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, repo } from './harness.mjs';

const NOTICE = 'Disregard TikTok email: this morning\'s email to some of our employees was sent in error.';
const WITHDRAWN = /Withdrawn on Fri 10 Jul 2020, 17:00 \(UTC-04:00\) — no action needed\./;
let site;
let browser;

before(async () => {
  site = await serve(path.join(repo, 'target/dist/site'));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site?.stop();
});

/** The HTML of a response, without its `<noscript>` elements (what a browser with JavaScript shows). */
const withoutNoscript = (html) => html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');

test('the first response carries the withdrawal as visible content, not only in <noscript>', async () => {
  const html = withoutNoscript(await (await fetch(site.url)).text());
  assert.ok(html.includes(NOTICE.replace("'", '&#39;')), 'the notice is in the page');
  assert.match(html, /Withdrawn on Fri 10 Jul 2020, 17:00/);
  assert.match(html, /Action required: Mandatory removal of TikTok by 10-Jul/);
  assert.match(html, /helpdesk@retail\.example/, 'whom to ask');
  // What a search engine or a link preview shows (Lighthouse's SEO audit asks for it).
  assert.match(html, /<meta name="description" content="Check the apps on your phone[^"]+">/);
  // Each published policy has a page of its own, with its state.
  const bank = withoutNoscript(await (await fetch(`${site.url}p/bank-tiktok-2020.html`)).text());
  assert.match(bank, /Remove TikTok from company-owned mobile devices/);
  assert.match(bank, /TikTok/);
  assert.doesNotMatch(bank, /Disregard TikTok email/);
  const memo = withoutNoscript(await (await fetch(`${site.url}p/retailer-memo-us.html`)).text());
  assert.ok(memo.includes(NOTICE.replace("'", '&#39;')), 'the memo\'s own page');
});

for (const url of ['', 'p/retailer-memo-us.html']) {
  test(`/${url}: with JavaScript off, the notice is visible`, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}${url}`);
    assert.ok(await page.getByText(NOTICE).isVisible(), 'the notice');
    assert.ok(await page.getByText(WITHDRAWN).first().isVisible(), 'the state');
    assert.match(await page.locator('main#appcheck').innerText(), /needs JavaScript to check your apps/);
    await context.close();
  });

  test(`/${url}: before the Wasm module arrives the notice is visible, and the widget takes its place without a jump`, async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // The module is held back until the page has been looked at.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__shifts.push({ value: entry.value, recent: entry.hadRecentInput });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.url}${url}`, { waitUntil: 'domcontentloaded' });
    const notice = page.getByText(NOTICE);
    await notice.waitFor({ state: 'visible' });
    assert.equal(await page.getAttribute('#appcheck', 'data-ready'), null, 'the widget is not ready yet');
    const before = await notice.boundingBox();
    release();
    await page.locator('#appcheck[data-ready="true"]').waitFor({ timeout: 60_000 });
    await page.locator('#lifecycle .notice').waitFor();
    const after = await page.locator('#lifecycle .notice').boundingBox();
    assert.deepEqual(
      { x: Math.round(after.x), y: Math.round(after.y), width: Math.round(after.width) },
      { x: Math.round(before.x), y: Math.round(before.y), width: Math.round(before.width) },
      'the notice stays where it was',
    );
    // Let a frame pass, so that any shift is reported.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const shifts = await page.evaluate(() => window.__shifts);
    const cls = shifts.filter((s) => !s.recent).reduce((sum, s) => sum + s.value, 0);
    console.log(`/${url}: cumulative layout shift ${cls} (${shifts.length} entries)`);
    assert.equal(cls, 0, JSON.stringify(shifts));
    assert.deepEqual(errors, []);
    await context.close();
  });
  test(`/${url}: the policy's state is painted before the Wasm module is asked for, and nothing the widget draws later is a larger paint`, async () => {
    // The module is most of the page's bytes: fetched alongside the stylesheet, it takes
    // the phone's bandwidth from what the first paint needs, and the largest paint (LCP)
    // waits on it. The state in the first response is what the reader came for.
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__lcp = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__lcp.push({ at: entry.startTime, size: entry.size, what: entry.element?.className ?? '' });
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(`${site.url}${url}`);
    await page.locator('#appcheck[data-ready="true"]').waitFor({ timeout: 60_000 });
    // Let a frame pass, so that a paint of the widget is reported.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const seen = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      wasm: performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'))?.startTime,
      lcp: window.__lcp,
    }));
    console.log(`/${url}: ${JSON.stringify(seen)}`);
    assert.ok(seen.paint !== undefined && seen.wasm !== undefined, JSON.stringify(seen));
    assert.ok(seen.wasm >= seen.paint, `the module was asked for at ${seen.wasm} ms, before the first paint at ${seen.paint} ms`);
    const largest = seen.lcp.at(-1);
    assert.ok(largest && largest.at <= seen.wasm, `the largest paint came after the module was asked for: ${JSON.stringify(seen.lcp)}`);
    await context.close();
  });
}

test('a #policy= link to another policy never shows the default policy\'s state as its own, and opens that policy', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(`${site.url}#policy=bank-tiktok-2020`, { waitUntil: 'domcontentloaded' });
  // The page's own script has run (the module is held): the memo's state is not shown.
  await page.waitForFunction(() => document.querySelector('#appcheck')?.dataset.state === 'loading');
  assert.equal(await page.getByText(NOTICE).isVisible(), false);
  release();
  await page.locator('#check-form').waitFor({ timeout: 60_000 });
  assert.match(await page.textContent('#policy-title'), /Remove TikTok from company-owned mobile devices/);
  // The policy's own page opens it with no link at all.
  await page.goto(`${site.url}p/bank-tiktok-2020.html`);
  await page.locator('#check-form').waitFor({ timeout: 60_000 });
  assert.match(await page.textContent('#policy-title'), /Remove TikTok from company-owned mobile devices/);
  await context.close();
});

test('a link to another policy hides the default policy\'s state from the first paint on, even while the page\'s scripts never come', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // The page's module and everything after it held back, for good: only the HTML, the
  // stylesheet and the small script before the paint arrive.
  await page.route(/\/www\/app\.[0-9a-f]{10}\.js$/, () => {});
  const visible = async (url) => {
    await page.goto(`${site.url}${url}`, { waitUntil: 'commit' });
    await page.locator('main .loading').waitFor({ state: 'attached' });
    await page.waitForFunction(() => document.styleSheets.length > 0 && document.readyState !== 'loading');
    return {
      notice: await page.getByText(NOTICE).isVisible(),
      loading: await page.getByText('Loading the policy…').isVisible(),
    };
  };
  assert.deepEqual(await visible('#policy=bank-tiktok-2020'), { notice: false, loading: true }, 'another policy');
  assert.deepEqual(await visible('?policy=bank-tiktok-2020'), { notice: false, loading: true }, 'in the query');
  assert.deepEqual(await visible('#bank-tiktok-2020'), { notice: false, loading: true }, 'the id alone');
  assert.deepEqual(await visible(''), { notice: true, loading: false }, 'no link: the default');
  assert.deepEqual(await visible('#policy=retailer-memo-us&lang=de'), { notice: true, loading: false }, 'this policy');
  assert.deepEqual(await visible('p/bank-tiktok-2020.html#policy=retailer-memo-us'), { notice: false, loading: true }, 'a policy\'s own page');
  await context.close();
});

test('the built pages exist for every published policy', () => {
  const index = JSON.parse(fs.readFileSync(path.join(repo, 'target/dist/site/policies/index.json'), 'utf8'));
  for (const { id } of index.policies) {
    assert.ok(fs.existsSync(path.join(repo, `target/dist/site/p/${id}.html`)), id);
  }
});

test('a short chain: the page names its scripts and its data up front, so the widget is ready after at most 3 round trips', async () => {
  const html = await (await fetch(site.url)).text();
  const links = [...html.matchAll(/<link rel="(modulepreload|preload)" href="([^"]+)"[^>]*>/g)].map((m) => [m[1], m[2], m[0]]);
  const named = (rel, pattern) => links.some(([r, href]) => r === rel && pattern.test(href));
  assert.ok(named('modulepreload', /^www\/widget\.[0-9a-f]{10}\.js$/), JSON.stringify(links));
  assert.ok(named('modulepreload', /^pkg\/page\.[0-9a-f]{10}\.js$/), JSON.stringify(links));
  // The Wasm module is asked for by app.js once the page is painted (the test above): a
  // third round trip, never a preload that would compete with the first paint.
  assert.ok(!links.some(([, href]) => href.endsWith('.wasm')), JSON.stringify(links));
  for (const data of ['policies/index.json', 'trust.json', 'site.json', 'policies/retailer-memo-us.json']) {
    assert.ok(named('preload', new RegExp(`^${data.replace('.', '\\.')}$`)), `${data}: ${JSON.stringify(links)}`);
  }
  // Every round trip is 150 ms here: the requests one waits for before another show.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: -1, uploadThroughput: -1 });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error' || /preload/i.test(m.text())) errors.push(m.text()); });
  await page.goto(site.url);
  await page.locator('#appcheck[data-ready="true"]').waitFor({ timeout: 60_000 });
  const timings = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation');
    return [{ name: 'index.html', start: 0, end: navigation.responseEnd },
      ...performance.getEntriesByType('resource').map((r) => ({ name: r.name.replace(location.origin, ''), start: r.startTime, end: r.responseEnd }))];
  });
  const depth = new Map();
  for (const entry of timings.sort((a, b) => a.start - b.start)) {
    const before = timings.filter((t) => t !== entry && t.end <= entry.start + 1).map((t) => depth.get(t) ?? 1);
    depth.set(entry, 1 + Math.max(0, ...before));
  }
  const chain = timings.map((t) => `${depth.get(t)} ${t.name}`).sort();
  console.log(chain.join('\n'));
  const names = timings.map((t) => t.name);
  assert.deepEqual(names.filter((n, i) => names.indexOf(n) !== i), [], 'each file is fetched once: every preload is used');
  assert.ok(Math.max(...depth.values()) <= 3, chain.join('\n'));
  assert.deepEqual(errors, [], 'no error, and no preload left unused');
  await context.close();
});

test('a site whose default language is German preloads its language file, and the German reader\'s widget takes it: one fetch, no wasted preload', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appcheck-german-'));
  const config = JSON.parse(fs.readFileSync(path.join(repo, 'pkg-config/site.json'), 'utf8'));
  fs.writeFileSync(path.join(dir, 'site.json'), JSON.stringify({ ...config, default_language: 'de' }));
  execFileSync(path.join(repo, 'target/debug/appcheck'), ['build', '--app', 'target/app', '--site', path.join(dir, 'site.json'),
    '--policies', 'pkg-config/policies', '--trust', 'pkg-config/trust.json', '--out', path.join(dir, 'site')], { cwd: repo, stdio: 'ignore' });
  const german = await serve(path.join(dir, 'site'));
  const context = await browser.newContext({ locale: 'de-DE', serviceWorkers: 'block' });
  try {
    for (const page of ['', 'p/bank-tiktok-2020.html']) {
      const html = await (await fetch(`${german.url}${page}`)).text();
      const preloads = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin>/g)].map((m) => m[1]);
      const file = preloads.find((href) => /(^|\/)i18n\/de\.[0-9a-f]{10}\.json$/.test(href));
      assert.ok(file, `${page || 'index.html'}: ${JSON.stringify(preloads)}`);
      assert.ok(!preloads.some((href) => /i18n\/(fr|es)\./.test(href)), 'only the default language');
      const tab = await context.newPage();
      const errors = [];
      tab.on('console', (m) => { if (m.type() === 'error' || /preload/i.test(m.text())) errors.push(m.text()); });
      await tab.goto(`${german.url}${page}`);
      await tab.locator('#appcheck[data-ready="true"][lang="de"]').waitFor();
      await tab.waitForTimeout(3500); // Chromium warns of a preload left unused after 3 s
      const names = await tab.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname));
      const languages = names.filter((n) => n.includes('/i18n/'));
      assert.deepEqual(languages, [new URL(file, `${german.url}${page}`).pathname], 'fetched once: the preload is used');
      assert.deepEqual(errors, [], 'no preload left unused');
      await tab.close();
    }
  } finally {
    await context.close();
    german.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a checker whose files the site does not send says so, never blames the browser, and keeps the policy\'s state', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const missing = (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
  const alertOf = async (page) => {
    const alert = page.locator('#appcheck [role="alert"]');
    await alert.waitFor({ timeout: 60_000 });
    return alert.textContent();
  };
  // The page's Wasm module missing.
  const page = await context.newPage();
  await page.route(/\/pkg\/page_bg\.[0-9a-f]{10}\.wasm$/, missing);
  await page.goto(site.url);
  let said = await alertOf(page);
  assert.match(said, /could not be loaded from this site/, said);
  assert.doesNotMatch(said, /browser/, said);
  assert.equal(await page.getByText(NOTICE).isVisible(), true, 'the withdrawal the build wrote is still there');
  // The page's own script missing: the same message, not "Loading the policy…" for ever.
  for (const url of ['', '#policy=bank-tiktok-2020']) {
    const other = await context.newPage();
    await other.route(/\/www\/app\.[0-9a-f]{10}\.js$/, missing);
    await other.goto(`${site.url}${url}`);
    said = await alertOf(other);
    assert.match(said, /could not be loaded from this site/, `${url}: ${said}`);
    assert.equal(await other.getByText('Loading the policy…').isVisible(), false, url);
    assert.equal(await other.getByText(NOTICE).isVisible(), url === '', url);
  }
  await context.close();
});
