// The widget in Debian's Chromium, served over HTTP on 127.0.0.1 by `appcheck serve`:
// open the page, answer the questions, paste a list, press Check, read the verdicts.
// Every request from page load to the verdict is recorded: none may carry the pasted
// text and none may leave the page's origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, builtSite, artifacts } from './harness.mjs';

// The day of the memo, shortly after it went out (13:00 in New York).
const MEMO_DAY = new Date('2020-07-10T13:00:00-04:00');

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

/** Opens the page at a fixed time, recording every request it makes. */
async function open(url = server.url, { viewport = { width: 800, height: 900 } } = {}) {
  const page = await browser.newPage({ viewport });
  const requests = [];
  page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() ?? '' }));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
  await page.clock.setFixedTime(MEMO_DAY);
  await page.goto(url);
  return { page, requests, errors };
}

async function check(page, { device, email, list }) {
  await page.locator('#check-form').waitFor();
  if (device) await page.check(`#device-${device}`);
  if (email) await page.check(`#email-${email}`);
  await page.fill('#app-list', list);
  await page.click('#check');
  await page.locator('#overall').waitFor();
}

test('a phone that reaches company email must remove TikTok by 10 July', async () => {
  const marker = 'Secret-Notes-4d1f';
  const { page, requests, errors } = await open();
  await page.locator('#policy-title').waitFor();
  assert.match(await page.textContent('#policy'), /Mandatory removal of TikTok/);
  assert.match(await page.textContent('#policy .deadline'), /Fri 10 Jul 2020, 23:59/);

  await check(page, { device: 'phone', email: 'yes', list: `Slack\n${marker}\n- TikTok\nTickTick\n` });
  assert.equal(await page.getAttribute('#overall', 'data-answer'), 'action_required');
  assert.match(await page.textContent('#overall'), /^Remove 1 app by Fri 10 Jul 2020, 23:59 \(UTC-04:00\)\. If TikTok is still on the device, it loses mobile access to company email\.$/);
  const removed = page.locator('.finding[data-outcome="remove"]');
  assert.equal(await removed.count(), 1);
  assert.match(await removed.textContent(), /TikTok — Remove/);
  assert.match(await removed.textContent(), /matched by name "TikTok"; rule `mobile-email`/);
  assert.match(await removed.textContent(), /How to remove/);
  assert.match(await page.textContent('#not-covered summary'), /Not named by this policy \(3\)/);

  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, 'verdict.png'), fullPage: true });

  // Privacy: every request went to the page's own origin, was a GET, and none carried the list.
  const origin = new URL(server.url).origin;
  const paths = requests.map((r) => new URL(r.url).pathname).sort();
  assert.deepEqual(paths, [
    '/', '/pkg/appcheck.js', '/pkg/appcheck_bg.wasm', '/policies/default.json',
    '/www/app.js', '/www/icon.svg', '/www/style.css',
  ], 'the page loads exactly its own static files (budget.test.mjs sizes the same list)');
  for (const r of requests) {
    assert.equal(new URL(r.url).origin, origin, `request left the origin: ${r.url}`);
    assert.equal(r.method, 'GET', `${r.method} ${r.url}`);
    for (const needle of [marker, 'TickTick', 'Slack']) {
      assert.ok(!r.url.includes(needle) && !r.body.includes(needle), `request carried the list: ${r.url}`);
    }
  }
  assert.equal(page.url(), server.url, 'the answers or the list went into the URL');
  assert.deepEqual(errors, [], 'no console errors, CSP violations or failed loads');
  await page.close();
});

test('on the company laptop TikTok is allowed in a browser', async () => {
  const { page } = await open();
  await check(page, { device: 'laptop', email: 'yes', list: 'TikTok\n' });
  assert.equal(await page.getAttribute('#overall', 'data-answer'), 'nothing_to_do');
  const allowed = page.locator('.finding[data-outcome="allowed"]');
  assert.match(await allowed.textContent(), /web browser is allowed/);
  await page.close();
});

test('a phone without company email is not covered by the memo', async () => {
  const { page } = await open();
  await check(page, { device: 'phone', email: 'no', list: 'TikTok\n' });
  assert.equal(await page.getAttribute('#overall', 'data-answer'), 'does_not_apply');
  assert.match(await page.textContent('#overall'), /does not apply/);
  await page.close();
});

test('an empty list or an unanswered question is never "you are fine"', async () => {
  const { page } = await open();
  await check(page, { device: 'phone', email: 'yes', list: '   \n' });
  assert.equal(await page.getAttribute('#overall', 'data-answer'), 'no_apps');
  await page.reload();
  await check(page, { device: 'phone', list: 'TikTok\n' });
  assert.equal(await page.getAttribute('#overall', 'data-answer'), 'need_context');
  assert.match(await page.textContent('#overall'), /Does this device reach company email\?/);
  await page.close();
});

test('names and HTML in the list are shown as text, never as markup', async () => {
  const { page } = await open();
  const payload = '<img src=x onerror="window.__pwned=1">TikTok';
  await check(page, { device: 'phone', email: 'yes', list: `${payload}\n` });
  assert.equal(await page.locator('#result img').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.match(await page.textContent('#not-covered'), /<img src=x/);
  await page.close();
});

test('a policy that cannot be read gives "ask the help desk", never a verdict', async () => {
  const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'appcheck-broken-'));
  fs.cpSync(builtSite, broken, { recursive: true });
  fs.writeFileSync(path.join(broken, 'policies/default.json'), '{"schema": 1, "id": "truncated", "vers');
  const other = await serve(broken);
  try {
    const { page } = await open(other.url);
    await page.locator('#policy-error').waitFor();
    assert.match(await page.textContent('#policy-error'), /Can't tell — ask the help desk/);
    assert.equal(await page.locator('#check-form').count(), 0);
    await page.close();
  } finally {
    other.stop();
    fs.rmSync(broken, { recursive: true, force: true });
  }
});
