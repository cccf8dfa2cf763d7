// The single self-contained HTML file (`make dist` → target/dist/appcheck.html, made by
// `appcheck build --single-file`), opened straight from disk in Debian's Chromium: a
// full check works, a signed policy is verified with WebCrypto, and nothing at all is
// fetched — every request of the browser context is recorded, and the only one is the
// file itself. Its CSP allows its one script and one style by their hashes only, and
// workers from blob: only — the long-list worker, made in the page from the file itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, repo, checkOnPhone, pasteLong } from './harness.mjs';

const distFile = path.join(repo, 'target/dist/appcheck.html');
const appcheck = (...args) => execFileSync(path.join(repo, 'target/debug/appcheck'), args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let browser;
let dir;

before(async () => {
  browser = await launch();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appcheck-single-'));
});

after(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Builds a single file carrying `id` from the policies folder `policies` (and its trust.json). */
function single(id, { policies = 'pkg-config/policies', trust = 'pkg-config/trust.json', site = 'pkg-config/site.json', name = `${id}.html` } = {}) {
  const out = path.join(dir, name);
  appcheck('build', '--app', 'target/app', '--policies', policies, '--trust', trust, '--site', site,
    '--out', path.join(dir, `site-${name}`), '--single-file', out, '--policy', id);
  return out;
}

/**
 * Opens `file` from a file:// URL in a fresh context, recording every request, error and
 * CSP violation. `requests()` are those made so far but the scripts of the page's workers,
 * which it makes itself as blob: URLs (read from its own memory); `workers` lists them.
 */
async function open(file, { locale } = {}) {
  const context = await browser.newContext(locale ? { locale } : {});
  const all = [];
  const workers = [];
  context.on('request', (r) => all.push(r.url()));
  const page = await context.newPage();
  page.on('worker', (w) => workers.push(w.url()));
  const requests = () => all.filter((r) => !workers.includes(r));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
  await page.exposeFunction('__violation', (v) => errors.push(`CSP: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.__violation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.clock.setFixedTime(new Date('2020-07-12T12:00:00Z'));
  const url = pathToFileURL(file).href;
  await page.goto(url);
  await page.locator('#appcheck[data-ready="true"]').waitFor();
  return { context, page, requests, workers, errors, url };
}

test('make dist writes a single HTML file with a strict CSP: hashes, no inline allowance, nothing to connect to', () => {
  const html = fs.readFileSync(distFile, 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.ok(csp, 'a CSP meta tag');
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['default-src'], ["'none'"]);
  assert.deepEqual(directives['connect-src'], ["'none'"]);
  assert.deepEqual(directives['form-action'], ["'none'"]);
  assert.deepEqual(directives['base-uri'], ["'none'"]);
  assert.deepEqual(directives['object-src'], ["'none'"]);
  assert.deepEqual(directives['img-src'], ['data:']);
  // The long-list worker, started from a blob: URL the bootstrap makes of the worker's
  // script inside the file: blob: for workers only, nowhere else.
  assert.deepEqual(directives['worker-src'], ['blob:']);
  assert.equal(directives['child-src'], undefined);
  assert.equal(csp.match(/blob:/g).length, 1, csp);
  assert.ok(!/unsafe-inline|'unsafe-eval'|'self'|\*/.test(csp), csp);
  // The one module script and the one style, each allowed by the hash of its exact text.
  const sha = (text) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;
  const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  assert.equal(scripts.length, 1);
  assert.equal(styles.length, 1);
  assert.deepEqual(directives['script-src'], [sha(scripts[0]), "'wasm-unsafe-eval'"]);
  assert.deepEqual(directives['style-src'], [sha(styles[0])]);
  assert.doesNotMatch(html, /<script[^>]* src=|<link[^>]* rel="stylesheet"/, 'nothing loaded from elsewhere');
  console.log(`single file: ${fs.statSync(distFile).size} bytes`);
});

test("make dist's single file opens from disk with the site's default policy, fetching nothing", async () => {
  const { context, page, requests, errors, url } = await open(distFile);
  // The withdrawn memo, as the site's default: its notice first, no orders.
  assert.match(await page.textContent('#appcheck'), /withdrawn/i);
  assert.equal(await page.textContent('.masthead h1'), 'App check — Example Corp', 'site.json is inside too');
  assert.deepEqual(requests(), [url], 'no request but the file itself');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a full check in a single file from disk: answers, paste, verdict, and no request', async () => {
  // A site with a logo: it goes into the page as data, not as a file to fetch.
  const config = JSON.parse(fs.readFileSync(path.join(repo, 'pkg-config/site.json'), 'utf8'));
  fs.writeFileSync(path.join(dir, 'site.json'), JSON.stringify({ ...config, organisation: 'Bank & <Co>', logo: 'logo.svg' }));
  fs.writeFileSync(path.join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/></svg>');
  const file = single('bank-tiktok-2020', { site: path.join(dir, 'site.json') });
  const { context, page, requests, workers, errors, url } = await open(file);
  assert.equal(await page.textContent('.masthead h1'), 'App check — Bank & <Co>');
  assert.equal(await page.locator('.masthead img').count(), 1);
  assert.equal(await page.getAttribute('.masthead img', 'alt'), 'Bank & <Co>');
  assert.match(await page.getAttribute('.masthead img', 'src'), /^data:image\/svg\+xml;base64,/);
  assert.ok(await page.locator('.masthead img').evaluate((img) => img.complete && img.naturalWidth > 0), 'the logo shows');
  await page.locator('#check-form').waitFor();
  assert.equal(await checkOnPhone(page, 'package:com.zhiliaoapp.musically\nSlack\ntiktk\n'), 'action_required');
  assert.equal(await page.locator('.finding[data-outcome="remove"]').count(), 1);
  // A long export, checked in the Web Worker the file starts from itself (a blob:).
  await pasteLong(page, `${Array.from({ length: 3000 }, (_, i) => `Some App ${i}`).join('\n')}\nTikTok\n`);
  await page.click('#check');
  await page.waitForFunction(() => document.querySelector('#overall')?.dataset.answer === 'action_required'
    && /3,?001/.test(document.querySelector('#read-as')?.textContent ?? ''));
  assert.equal(await page.getAttribute('#result', 'data-worker-checks'), '1');
  assert.equal(workers.length, 1);
  // A link to a policy this file does not carry says so, and fetches nothing either.
  await page.evaluate(() => { location.hash = '#policy=party-advice-2020'; });
  await page.locator('#policy-error').waitFor();
  assert.match(await page.textContent('#policy-error'), /not published here/);
  assert.deepEqual(requests(), [url], 'no request but the file itself');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the single file speaks the reader\'s language from the words inside it, in the page and its worker, fetching nothing', async () => {
  const file = single('bank-tiktok-2020', { name: 'languages.html' });
  const { context, page, requests, workers, errors, url } = await open(file, { locale: 'de-DE' });
  assert.equal(await page.getAttribute('#appcheck', 'lang'), 'de');
  assert.match(await page.textContent('#appcheck .privacy'), /bleiben auf diesem Gerät/);
  await page.evaluate(() => { location.hash = '#policy=bank-tiktok-2020&lang=fr'; });
  await page.locator('#appcheck[lang="fr"]').waitFor();
  assert.match(await page.textContent('#appcheck .privacy'), /restent sur cet appareil/);
  await page.selectOption('#language', 'es');
  await page.locator('#appcheck[lang="es"] #check-form').waitFor();
  assert.match(await page.textContent('#appcheck .privacy'), /se quedan en este dispositivo/);
  // A long list in the file's own worker, answered in Spanish too.
  await pasteLong(page, `${Array.from({ length: 3000 }, (_, i) => `Some App ${i}`).join('\n')}\nTikTok\n`);
  await page.click('#check');
  await page.locator('#overall').waitFor();
  assert.equal(workers.length, 1);
  assert.match(await page.textContent('#read-as'), /^Leído como /, 'the worker\'s report is worded in Spanish');
  assert.deepEqual(requests(), [url], 'no request but the file itself');
  assert.deepEqual(errors, []);
  await context.close();
});

/** A help desk's export of `devices` devices (Intune's columns), each with TikTok among its apps. */
function fleetExport(devices) {
  const lines = ['"ApplicationName","DeviceId","DeviceName","Platform","UserName","Ownership"'];
  for (let d = 0; d < devices; d++) {
    for (const app of ['TikTok', 'Slack', 'Zoom', 'Microsoft Teams', 'Some App']) {
      lines.push(`"${app}","id-${d}","Phone ${d}","Android","User ${d}","Corporate"`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Puts `text` into the list at once, as a paste does (filling it key by key would take minutes). */
const paste = (page, text) => page.$eval('#app-list', (area, text) => { area.value = text; }, text);

/** Presses Check on what is pasted and resolves to the longest main-thread task (ms) until the answer is shown. */
async function longestTaskUntilAnswer(page) {
  await page.evaluate(() => {
    window.__long = [];
    window.__measuring = false;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (window.__measuring) window.__long.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
    document.querySelector('#check').addEventListener('click', () => { window.__measuring = true; }, { capture: true });
  });
  await page.click('#check');
  await page.locator('#overall').waitFor({ timeout: 60_000 });
  // The findings after the first chunk are drawn a chunk per task: let them finish.
  await page.locator('#result:not([aria-busy])').waitFor();
  await page.waitForTimeout(300);
  return page.evaluate(() => Math.max(0, ...window.__long));
}

test("a help desk's 20,000-row export is checked in the single file's own worker: no freeze, no request, no CSP violation", async () => {
  const file = single('bank-tiktok-2020', { name: 'fleet.html' });
  const { context, page, requests, workers, errors, url } = await open(file);
  await page.check('#device-phone');
  await page.check('#ownership-company');
  await paste(page, fleetExport(4000));
  const longest = await longestTaskUntilAnswer(page);
  console.log(`longest main-thread task from the click to the answer: ${longest} ms`);
  assert.equal(await page.getAttribute('#overall', 'data-answer'), 'action_required');
  assert.match(await page.textContent('#fleet-summary'), /^4,?000 of 4,?000 devices must act/);
  assert.equal(await page.getAttribute('#result', 'data-worker-checks'), '1', 'the answer came from the worker');
  assert.equal(workers.length, 1);
  assert.match(workers[0], /^blob:/, 'the worker is made in the page, from the file');
  // Measured on a shared 2-core machine: checked in the page, as before the single file
  // had a worker, the longest task was 378 ms; in its worker, 0 to 52 ms over four runs
  // (reading the report and drawing its first chunk). On a machine about 4x slower, 138 to
  // 164 ms, until the report's devices were read a few hundred per task: 0 to 50 ms.
  // The bound sits between those and the page's own 378 ms; load alone has pushed a 50 ms
  // task past 100 ms on the shared machine.
  assert.ok(longest <= 200, `the main thread was held ${longest} ms at once between the click and the answer`);
  // A second long list: the same worker, the policy prepared once.
  await paste(page, fleetExport(1000));
  await page.click('#check');
  await page.waitForFunction(() => document.querySelector('#result')?.dataset.workerChecks === '2');
  assert.equal(await page.getAttribute('#result', 'data-worker-policy-loads'), '1');
  assert.equal(workers.length, 1);
  assert.deepEqual(requests(), [url], 'no request but the file itself');
  assert.deepEqual(errors, [], 'no error, warning or CSP violation');
  // The worker runs under the file's CSP, which it inherits from the page: it can fetch
  // nothing either (connect-src 'none'), and instantiates the module by 'wasm-unsafe-eval'.
  assert.equal(await page.workers()[0].evaluate(() => fetch('data:,x').then(() => 'fetched', () => 'refused')), 'refused');
  await context.close();
});

test('where the browser refuses the worker, the single file checks in the page and says why in the console', async () => {
  const file = single('bank-tiktok-2020', { name: 'no-worker.html' });
  const context = await browser.newContext();
  // A browser that cannot start this worker: its Worker constructor refuses blob: URLs.
  await context.addInitScript(() => {
    const Real = window.Worker;
    window.Worker = class extends Real {
      constructor(url, options) {
        if (String(url).startsWith('blob:')) throw new DOMException('workers from blob: are refused here', 'SecurityError');
        super(url, options);
      }
    };
  });
  const page = await context.newPage();
  const warnings = [];
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(pathToFileURL(file).href);
  await page.locator('#appcheck[data-ready="true"]').waitFor();
  await page.check('#device-phone');
  await page.check('#ownership-company');
  await paste(page, fleetExport(500));
  await page.click('#check');
  await page.locator('#overall').waitFor({ timeout: 60_000 });
  assert.equal(await page.getAttribute('#overall', 'data-answer'), 'action_required');
  assert.match(await page.textContent('#fleet-summary'), /^500 of 500 devices must act/);
  assert.equal(await page.getAttribute('#result', 'data-worker-checks'), null, 'checked in the page');
  assert.equal(warnings.length, 1, `one warning: ${warnings}`);
  assert.match(warnings[0], /Web Worker for long lists could not start.*refused here.*checked in the page/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a signed policy in a single file is verified from disk, and a changed byte is refused', async () => {
  const keys = path.join(dir, 'keys');
  const policies = path.join(dir, 'signed');
  fs.mkdirSync(keys);
  fs.mkdirSync(policies);
  const out = appcheck('keygen', '--id', 'it-2026', '--out', path.join(keys, 'it-2026.key'));
  const publicKey = out.match(/"public_key": "([0-9a-f]{64})"/)[1];
  fs.copyFileSync(path.join(repo, 'pkg-config/policies/bank-tiktok-2020.json'), path.join(policies, 'bank-tiktok-2020.json'));
  appcheck('sign', path.join(policies, 'bank-tiktok-2020.json'), '--key', path.join(keys, 'it-2026.key'));
  fs.writeFileSync(path.join(policies, 'index.json'), JSON.stringify({
    schema: 1, default: 'bank-tiktok-2020',
    policies: [{ id: 'bank-tiktok-2020', file: 'bank-tiktok-2020.json', title: 'Bank', signature: 'bank-tiktok-2020.json.sig' }],
  }));
  const trust = path.join(dir, 'trust.json');
  fs.writeFileSync(trust, JSON.stringify({ schema: 1, allow_unsigned: false, keys: [{ id: 'it-2026', public_key: publicKey }] }));
  const file = single('bank-tiktok-2020', { policies, trust, name: 'signed.html' });

  const signed = await open(file);
  assert.equal(await signed.page.getAttribute('#signature', 'data-state'), 'verified');
  // The file carries the key it is checked with: it says only what that proves, and
  // shows the key's fingerprint to compare with the one IT publishes (issue 18).
  const badge = await signed.page.textContent('#signature');
  assert.match(badge, /key it-2026 contained in this file/);
  assert.doesNotMatch(badge, /Signed by your IT department/);
  assert.ok(badge.includes(publicKey.match(/.{8}/g).join(' ')), `the fingerprint ${publicKey} in: ${badge}`);
  await signed.page.check('#device-phone');
  await signed.page.check('#ownership-company');
  await signed.page.fill('#app-list', 'TikTok\n');
  await signed.page.click('#check');
  await signed.page.locator('#overall').waitFor();
  assert.equal(await signed.page.getAttribute('#overall', 'data-answer'), 'action_required');
  assert.deepEqual(signed.requests(), [signed.url]);
  assert.deepEqual(signed.errors, []);
  await signed.context.close();

  // The same file with the policy changed after signing (the deadline put off).
  const tampered = path.join(dir, 'tampered.html');
  const html = fs.readFileSync(file, 'utf8');
  assert.ok(html.includes('immediately'));
  fs.writeFileSync(tampered, html.replace('immediately', '2099-01-01T00:00:00Z'));
  const refused = await open(tampered);
  assert.match(await refused.page.textContent('#policy-error'), /could not be verified/);
  assert.equal(await refused.page.locator('#check-form').count(), 0, 'no verdict');
  assert.deepEqual(refused.requests(), [refused.url]);
  await refused.context.close();
});

test('build refuses a single file for a policy the site does not publish, and says which it does', () => {
  assert.throws(() => single('no-such-policy'), (e) => /--policy `no-such-policy` is not in .*index\.json; the published policies are: retailer-memo-us/.test(e.stderr));
});
