// Embedding: the example intranet page (www/example.html) puts the widget in with two
// lines of HTML, <script type="module" src="app-check.js"> and <app-check policy=…>.
// The widget must work there, the host page's styles must not reach into it, and its
// styles must not leak out. The JS API (www/appcheck.js) is checked here too.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, checkOnPhone, repo } from './harness.mjs';

let site;
let browser;
let page;
const errors = [];

before(async () => {
  site = await serve();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.clock.setFixedTime(new Date('2020-07-12T12:00:00Z'));
  await page.goto(`${site.url}www/example.html`);
  await page.locator('app-check[data-ready="true"]').waitFor();
});

after(async () => {
  await browser?.close();
  site?.stop();
});

test('two lines of HTML embed a working widget with the policy the element names', async () => {
  // Playwright's CSS locators pierce the open shadow root.
  await page.locator('#policy-title').waitFor();
  assert.match(await page.locator('#policy-title').textContent(), /TikTok/);
  assert.equal(await page.locator('app-check #published').count(), 0, 'no index was given: no list of policies');
  await checkOnPhone(page, 'TikTok\nSlack\n');
  assert.equal(await page.locator('#overall').getAttribute('data-answer'), 'action_required');
  assert.deepEqual(errors, []);
});

test("the host page's styles do not reach into the widget, and the widget's do not leak out", async () => {
  const style = (selector, property) => page.locator(selector).first()
    .evaluate((el, p) => getComputedStyle(el)[p], property);
  // The host makes every p purple at 20px and hides #overall, #check and .finding.
  assert.notEqual(await style('app-check .issuer', 'color'), 'rgb(128, 0, 128)');
  assert.notEqual(await style('app-check .issuer', 'fontSize'), '20px');
  assert.notEqual(await style('app-check', 'fontFamily'), await style('body', 'fontFamily'), 'the serif font stops at the host');
  assert.ok(await page.locator('#overall').isVisible());
  assert.ok(await page.locator('#check').isVisible());
  // The widget styles buttons blue with rounded corners; the host's button keeps its own look.
  assert.equal(await style('button.intranet', 'backgroundColor'), 'rgb(255, 165, 0)');
  assert.equal(await style('button.intranet', 'borderTopStyle'), 'dashed');
  assert.equal(await style('p.intranet', 'color'), 'rgb(128, 0, 128)');
});

test('check() answers programs with the same answer as the CLI, without any page', async () => {
  const response = await page.evaluate(async () => {
    const api = await import('./appcheck.js');
    const policy = await (await fetch('../policies/bank-tiktok-2020.json')).text();
    return api.check({ policy, list: 'TikTok\n', context: { ownership: 'company', device: 'phone' }, now: '2020-07-12T12:00:00Z' });
  });
  assert.equal(response.status, 'success', JSON.stringify(response));
  assert.equal(response.report.overall.answer, 'action_required');
  // The whole value, as `appcheck check --json` prints it for the same request.
  const cli = spawnSync(path.join(repo, 'target/debug/appcheck'), [
    'check', '--json', '--policy', path.join(repo, 'pkg-config/policies/bank-tiktok-2020.json'),
    '--owner', 'company', '--device', 'phone', '--now', '2020-07-12T12:00:00Z', '-',
  ], { input: 'TikTok\n', encoding: 'utf8' });
  assert.deepEqual(response, JSON.parse(cli.stdout));
});

test('changing the element\'s policy attribute shows the other policy', async () => {
  await page.evaluate(() => document.querySelector('app-check').setAttribute('policy', '../policies/party-advice-2020.json'));
  await page.waitForFunction(() => /downloading TikTok/i.test(
    document.querySelector('app-check').shadowRoot.querySelector('#policy-title')?.textContent ?? ''));
  assert.deepEqual(errors, []);
});
