// The employee's flow, step by step, the ways people really use it: a file instead of
// a paste, the keyboard only, another language, a 360 px phone, a summary to keep,
// the countdown running. And on every state of the page, axe-core finds no WCAG 2.1
// A/AA violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, publish, repo, artifacts } from './harness.mjs';

const AXE = path.join(repo, 'tests/e2e/node_modules/axe-core/axe.min.js');
const MEMO_DAY = new Date('2020-07-10T13:00:00-04:00');
const MEMO_V1 = { 'retailer-memo-us': 'archive/retailer-memo-us.v1.json', 'bank-tiktok-2020': 'bank-tiktok-2020.json' };

let site;       // the site as shipped
let memo;       // a copy publishing the memo as first sent (active, with its deadline)
let memoDir;
let browser;

before(async () => {
  site = await serve();
  memoDir = publish(MEMO_V1, 'retailer-memo-us');
  memo = await serve(memoDir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site?.stop();
  memo?.stop();
  fs.rmSync(memoDir, { recursive: true, force: true });
});

/** A fresh browser context (its own locale, size, clock) with one page, ready. */
async function open(url, { locale = 'en-US', viewport = { width: 800, height: 900 }, at = MEMO_DAY, clock = 'fixed', axe = false, options = {} } = {}) {
  // axe-core is injected as a script, which the page's CSP rightly forbids: the axe
  // runs alone bypass it (they check the markup, not the CSP).
  const context = await browser.newContext({ locale, viewport, bypassCSP: axe, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  if (clock === 'fixed') await page.clock.setFixedTime(at);
  else await page.clock.install({ time: at });
  await page.goto(url);
  await page.locator('#appcheck[data-ready="true"]').waitFor();
  return { context, page, errors };
}

/** axe-core's WCAG 2.1 A and AA rules on the page as it is now; returns the violations, readable. */
async function axe(page, state) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, [], `axe-core on the ${state} page`);
}

test('axe-core finds no WCAG 2.1 AA violation on any state of the page, light or dark, wide or narrow', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 780 }]) {
      const label = `${colorScheme} ${viewport.width}px`;
      // Empty: the memo as first sent, the questions and the list.
      const { context, page } = await open(memo.url, { axe: true, viewport, options: { colorScheme } });
      await axe(page, `empty (${label})`);
      // A possible match, then results.
      await page.check('#device-phone');
      await page.check('#ownership-company');
      await page.check('#email-yes');
      await page.selectOption('#region', 'US');
      await page.fill('#app-list', 'tiktk\nSlack\n');
      await page.click('#check');
      await page.locator('#overall[data-answer="confirm_matches"]').waitFor();
      await axe(page, `possible match (${label})`);
      await page.getByRole('button', { name: 'Yes, it is TikTok' }).click();
      await page.locator('#overall[data-answer="action_required"]').waitFor();
      await page.click('#checklist summary');
      await page.click('#how-to-list summary');
      await page.click('#not-covered summary');
      await axe(page, `results (${label})`);
      await context.close();
      // Withdrawn: the memo as shipped, three days later.
      const later = await open(`${site.url}#policy=retailer-memo-us`, { axe: true, viewport, at: new Date('2020-07-13T09:00:00-04:00'), options: { colorScheme } });
      await later.page.locator('#lifecycle').waitFor();
      await axe(later.page, `withdrawn (${label})`);
      // Error: an unknown policy.
      await later.page.goto(`${site.url}#policy=no-such-policy`);
      await later.page.reload();
      await later.page.locator('#policy-error').waitFor();
      await axe(later.page, `error (${label})`);
      await later.context.close();
    }
  }
  // Another language.
  const { context, page } = await open(`${memo.url}#lang=fr`, { axe: true });
  await axe(page, 'French');
  // And the check can fail: a form field with no label is caught.
  await page.evaluate(() => document.querySelector('#check-form').append(document.createElement('input')));
  await assert.rejects(axe(page, 'broken on purpose'), /label/);
  await context.close();
});

test('a file exported from an MDM is read in the page, never uploaded, and checked', async () => {
  const { context, page, errors } = await open(`${site.url}#policy=bank-tiktok-2020`);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.check('#device-phone');
  await page.check('#ownership-company');
  const csv = fs.readFileSync(path.join(repo, 'tests/fixtures/formats/mdm-intune-appinvrawdata.csv'));
  await page.setInputFiles('#app-file', { name: 'AppInvRawData.csv', mimeType: 'text/csv', buffer: csv });
  await page.locator('#file-status', { hasText: 'AppInvRawData.csv' }).waitFor();
  assert.match(await page.textContent('#file-status'), /Read \u2068AppInvRawData\.csv\u2069 \(\d+ lines\)/);
  const text = csv.toString('utf8').replace(/\r\n?/g, '\n'); // a textarea keeps line feeds only
  assert.equal(await page.inputValue('#app-list'), text);
  await page.click('#check');
  await page.locator('#overall').waitFor();
  assert.equal(await page.getAttribute('#read-as', 'data-format'), 'csv');
  assert.equal(await page.getAttribute('#overall', 'data-answer'), 'action_required');
  // A picture is not a list: said so, and the list it was chosen in place of is gone,
  // with its answer (a help desk that checks one person's file after another's must never
  // see the last person's answer for a file that was not read).
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0, 0]);
  await page.setInputFiles('#app-file', { name: 'photo.png', mimeType: 'image/png', buffer: png });
  await page.locator('#file-status', { hasText: 'photo.png' }).waitFor();
  assert.match(await page.textContent('#file-status'), /\u2068photo\.png\u2069 could not be read as text/);
  assert.equal(await page.inputValue('#app-list'), '');
  await page.locator('#overall[data-answer="action_required"]').waitFor({ state: 'detached' });
  // Another file replaces the list (a help desk checks one person's file after another's:
  // the next answer must not carry the last person's apps), the held export too.
  const bob = 'package:com.google.android.gm\npackage:com.whatsapp\n';
  const choose = async (name, body) => {
    await page.setInputFiles('#app-file', { name, mimeType: 'text/plain', buffer: Buffer.from(body) });
    await page.locator('#file-status', { hasText: name }).waitFor();
  };
  await choose('bob.txt', bob);
  assert.match(await page.textContent('#file-status'), /replaces the list/);
  assert.equal(await page.inputValue('#app-list'), bob);
  await page.click('#check');
  await page.locator('#overall[data-answer="nothing_to_do"]').waitFor();
  const big = 'package:com.zhiliaoapp.musically\n' + 'package:com.example.tool\n'.repeat(4000);
  await choose('big.txt', big);
  await page.locator('#held-list').waitFor();
  assert.equal(await page.inputValue('#app-list'), '');
  // (A held export too: a picture after it leaves nothing held.)
  await page.setInputFiles('#app-file', { name: 'photo2.png', mimeType: 'image/png', buffer: png });
  await page.locator('#file-status', { hasText: 'photo2.png' }).waitFor();
  assert.equal(await page.locator('#held-list').count(), 0, 'a file not read leaves no export held');
  await choose('big.txt', big);
  await page.locator('#held-list').waitFor();
  await choose('bob-again.txt', bob);
  assert.equal(await page.locator('#held-list').count(), 0, 'the held export is replaced too');
  assert.equal(await page.inputValue('#app-list'), bob);
  await page.click('#check');
  await page.locator('#overall[data-answer="nothing_to_do"]').waitFor();
  // (The worker the page started when it was drawn may still be loading its module.)
  const worker = /^\/(www\/worker|pkg\/checker|pkg\/checker_bg)\.[0-9a-f]{10}\.(js|wasm)$/;
  assert.deepEqual(requests.filter((url) => !worker.test(new URL(url).pathname)), [], 'choosing and reading files sends nothing');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Presses Tab until the element with this id (in the page or the widget) has the focus. */
async function tabTo(page, id, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id) === id) return;
  }
  assert.fail(`#${id} cannot be reached with the Tab key`);
}

test('the whole flow works with the keyboard only', async () => {
  const { context, page } = await open(`${memo.url}#policy=retailer-memo-us`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: memo.url });
  // Radio groups: Tab into the group, Space picks.
  for (const id of ['device-phone', 'ownership-company', 'email-yes']) {
    await tabTo(page, id);
    await page.keyboard.press('Space');
    assert.ok(await page.isChecked(`#${id}`), `${id} picked with Space`);
  }
  await tabTo(page, 'region');
  await page.keyboard.press('ArrowDown'); // US, the first region
  assert.equal(await page.inputValue('#region'), 'US');
  await tabTo(page, 'app-list');
  await page.keyboard.type('tiktk\nSlack\n');
  await tabTo(page, 'check');
  await page.keyboard.press('Enter');
  await page.locator('#overall[data-answer="confirm_matches"]').waitFor();
  // "Yes, it is TikTok", by keyboard; the focus lands on the new answer.
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.dataset?.choice) === 'confirm') break;
  }
  await page.keyboard.press('Enter');
  await page.locator('#overall[data-answer="action_required"]').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'overall');
  // The summary, copied by keyboard: it names no app from the list.
  await tabTo(page, 'copy-summary');
  await page.keyboard.press('Enter');
  await page.locator('#copy-status', { hasText: 'Copied.' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /retailer-memo-us, version 1/);
  assert.match(copied, /Apps to act on: 1/);
  assert.doesNotMatch(copied, /tiktk|Slack/);
  // The language menu, by keyboard.
  await tabTo(page, 'language');
  await page.keyboard.press('ArrowDown'); // Deutsch
  await page.locator('#check', { hasText: 'Prüfen' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'language', 'the focus stays on the menu');
  await context.close();
});

test('the interface follows the browser\'s language, and the menu switches it without losing the list', async () => {
  // A German browser: German interface, German policy text (the memo has both).
  const { context, page } = await open(memo.url, { locale: 'de-DE' });
  assert.equal(await page.textContent('#check'), 'Prüfen');
  assert.equal(await page.getAttribute('#appcheck', 'lang'), 'de');
  assert.match(await page.textContent('#policy-title'), /Handlungsbedarf/);
  assert.match(await page.textContent('#q-device legend'), /Um welches Gerät geht es\?/);
  assert.match(await page.textContent('#policy .deadline'), /Frist: Fr\. 10\. Juli 2020, 23:59 \(UTC-04:00\)/);
  await page.check('#device-phone');
  await page.check('#ownership-company');
  await page.check('#email-yes');
  await page.selectOption('#region', 'US');
  await page.fill('#app-list', 'TikTok\nSlack\n');
  // Switch to French: the interface changes, the answers and the list stay.
  await page.selectOption('#language', 'fr');
  await page.locator('#check', { hasText: 'Vérifier' }).waitFor();
  assert.equal(await page.inputValue('#app-list'), 'TikTok\nSlack\n');
  assert.ok(await page.isChecked('#email-yes'));
  assert.equal(await page.inputValue('#region'), 'US');
  await page.click('#check');
  await page.locator('#overall').waitFor();
  assert.match(await page.textContent('#overall'), /^Supprimez TikTok avant le ven\. 10 juil\. 2020, 23:59 \(UTC-04:00\)\./);
  assert.match(await page.textContent('.finding .verdict'), /À supprimer/);
  // The memo has no French text: its own words fall back to English, marked as such.
  assert.equal(await page.getAttribute('#policy', 'lang'), 'en');
  // Spanish from a help-desk link.
  await page.goto(`${memo.url}#lang=es`);
  await page.reload();
  await page.locator('#check', { hasText: 'Comprobar' }).waitFor();
  assert.match(await page.textContent('.privacy'), /Su lista de apps y sus respuestas se quedan en este dispositivo/);
  await context.close();
});

test('drawing the widget again 200 times (switching language) adds no listener', async () => {
  const { context, page, errors } = await open(`${site.url}#policy=bank-tiktok-2020`);
  const first = await page.getAttribute('#appcheck', 'data-listeners');
  assert.ok(Number(first) >= 4, `the drawing's listeners: ${first}`);
  for (let i = 0; i < 200; i++) {
    const lang = ['de', 'fr', 'es', 'en'][i % 4];
    await page.selectOption('#language', lang);
    await page.locator(`#appcheck[lang="${lang}"] #check-form`).waitFor();
  }
  assert.equal(await page.getAttribute('#appcheck', 'data-listeners'), first, 'the old drawings\' listeners were dropped');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the countdown to the deadline keeps running while the page is open', async () => {
  const { context, page } = await open(memo.url, { clock: 'run', at: new Date('2020-07-10T13:00:00-04:00') });
  assert.equal(await page.textContent('#policy .countdown'), 'in 11 hours');
  await page.clock.runFor(3 * 60 * 60 * 1000); // three hours later
  assert.equal(await page.textContent('#policy .countdown'), 'in 8 hours');
  await page.clock.runFor(10 * 60 * 60 * 1000); // past the deadline, 02:00 the next day
  assert.match(await page.textContent('#policy .countdown'), /^overdue, 2 hours ago$/);
  await context.close();
});

test('the summary is for keeping: printed alone, without the app list', async () => {
  const { context, page } = await open(`${site.url}#policy=bank-tiktok-2020`);
  await page.check('#device-phone');
  await page.check('#ownership-company');
  await page.fill('#app-list', 'TikTok\nZzyzx Notes\n');
  await page.click('#check');
  await page.locator('#summary').waitFor();
  const summary = await page.textContent('#summary-text');
  assert.match(summary, /^Policy: .*\(bank-tiktok-2020, version \d+\)\nChecked: .*2020.*\nResult: Remove TikTok now\..*\nApps to act on: 1$/s);
  assert.doesNotMatch(summary, /Zzyzx|TikTok\n/);
  // What it says of itself is true: it names the apps to act on, and no other.
  assert.match(await page.textContent('.summary-note'), /only the apps to act on/);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['#check-form', '#findings', '#not-covered', '.language']) {
    assert.equal(await page.locator(hidden).isVisible(), false, `${hidden} is not printed`);
  }
  assert.ok(await page.locator('#summary').isVisible());
  assert.ok(await page.locator('#policy-title').isVisible());
  await context.close();
});

test('on a 360 px phone nothing is wider than the screen; screenshots of phone and desktop', async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  for (const [name, viewport] of [['phone', { width: 360, height: 780 }], ['desktop', { width: 1280, height: 900 }]]) {
    const { context, page } = await open(memo.url, { viewport, options: { deviceScaleFactor: 1, isMobile: name === 'phone', hasTouch: name === 'phone' } });
    await page.check('#device-phone');
    await page.check('#ownership-company');
    await page.check('#email-yes');
    await page.selectOption('#region', 'US');
    await page.fill('#app-list', 'TikTok\nSlack\nMaps\n');
    await page.click('#check');
    await page.locator('#overall').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `no sideways scrolling at ${viewport.width} px`);
    // The phone as held: the answer on screen; the desktop: the whole page.
    if (name === 'phone') await page.evaluate(() => document.querySelector('#overall').scrollIntoView());
    await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: name === 'desktop' });
    await context.close();
  }
});

test('on a 360 px phone an answer that names package ids breaks them rather than widen the page', async () => {
  const { context, page } = await open(`${site.url}#policy=us-no-tiktok-on-government-devices`, { viewport: { width: 360, height: 780 }, options: { isMobile: true, hasTouch: true } });
  await page.check('#ownership-company');
  await page.fill('#app-list', 'package:com.google.android.gm\npackage:com.ss.android.ugc.aweme.lite\npackage:com.bytedance.lark.verylongsuffixwithoutanybreak\npackage:com.whatsapp\n');
  await page.click('#check');
  await page.locator('#overall').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no sideways scrolling at 360 px');
  await context.close();
});

test('a 100,000-line export is checked in a Web Worker, and the page lists the first 200 and a count', async () => {
  const { context, page, errors } = await open(`${site.url}#policy=bank-tiktok-2020`);
  // The page started its worker as soon as it was drawn (its own module checks nothing).
  const workers = () => page.workers().map((w) => w.url());
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.check('#device-phone');
  await page.check('#ownership-company');
  const lines = Array.from({ length: 100_000 }, (_, i) => (i === 54_321 ? 'com.zhiliaoapp.musically' : `Ordinary Tool ${i}`));
  // As a paste would put it there (typing 1.8 MB would take the test's whole time).
  await page.$eval('#app-list', (area, text) => { area.value = text; }, lines.join('\n'));
  await page.click('#check');
  // The answer comes back from the worker.
  await page.locator('#overall').waitFor({ timeout: 60_000 });
  assert.equal(workers().length, 1, 'one worker was started');
  assert.match(workers()[0], /\/www\/worker(\.[0-9a-f]{10})?\.js$/);
  assert.equal(await page.getAttribute('#overall', 'data-answer'), 'action_required');
  assert.match(await page.textContent('.finding[data-outcome="remove"]'), /com\.zhiliaoapp\.musically/);
  assert.equal(await page.textContent('#not-covered summary'), 'Not named by this policy (99999)');
  assert.equal(await page.locator('#not-covered li').count(), 201);
  assert.equal(await page.textContent('#not-covered li.more'), '… and 99799 more');
  // The worker fetched its module from this site and nothing carried the list.
  for (const url of requests) assert.ok(url.startsWith(site.url), url);
  assert.ok(requests.every((url) => !url.includes('Ordinary')));
  // Another long check: the worker got the policy once and was sent only the list.
  assert.equal(await page.getAttribute('#result', 'data-worker-policy-loads'), '1');
  await page.$eval('#app-list', (area, text) => { area.value = text; }, lines.slice(0, 5_000).join('\n'));
  await page.click('#check');
  await page.locator('#not-covered summary', { hasText: '(5000)' }).waitFor({ timeout: 60_000 });
  assert.equal(await page.getAttribute('#result', 'data-worker-checks'), '2', 'both long lists went to the worker');
  assert.equal(await page.getAttribute('#result', 'data-worker-policy-loads'), '1', 'the policy was loaded once');
  // A short list afterwards goes to the worker too: the page's own module checks nothing.
  await page.fill('#app-list', 'TikTok\n');
  await page.click('#check');
  await page.waitForFunction(() => document.querySelector('#read-as')?.textContent.includes(': 1 app.'));
  assert.equal(await page.getAttribute('#result', 'data-worker-checks'), '3', 'the short list went to the worker');
  assert.equal(workers().length, 1, 'the same worker');
  assert.deepEqual(errors, []);
  await context.close();
});

/** The bank's policy on the memo's day, drawn, with its questions answered for a company phone. */
async function askedAboutACompanyPhone(page) {
  await page.clock.setFixedTime(MEMO_DAY);
  await page.goto(`${site.url}#policy=bank-tiktok-2020`);
  await page.locator('#appcheck[data-ready="true"]').waitFor();
  await page.check('#device-phone');
  await page.check('#ownership-company');
}

test('a short list checked while the worker still loads its module says it is checking, then answers', async () => {
  const context = await browser.newContext();
  // The worker's module held back, as on a phone's slow network at the first check.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(/\/pkg\/checker_bg\.[0-9a-f]{10}\.wasm$/, async (route) => { await held; await route.continue(); });
  const page = await context.newPage();
  await askedAboutACompanyPhone(page);
  await page.fill('#app-list', 'TikTok\nSlack\n');
  await page.click('#check');
  await page.locator('#progress-text', { hasText: 'Checking your list…' }).waitFor();
  assert.equal(await page.getAttribute('#result', 'aria-busy'), 'true');
  assert.equal(await page.locator('#overall').count(), 0);
  release();
  await page.locator('#overall').waitFor();
  assert.equal(await page.getAttribute('#overall', 'data-answer'), 'action_required');
  assert.equal(await page.locator('#progress').count(), 0);
  await context.close();
});

test('where no Web Worker can start, the page says it cannot check, and never answers', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.Worker = class {
      constructor() {
        throw new DOMException('workers are refused here', 'SecurityError');
      }
    };
  });
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await askedAboutACompanyPhone(page);
  await page.fill('#app-list', 'Slack\nZoom\n');
  await page.click('#check');
  const alert = page.locator('#result #unchecked[role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not start the checker's background task, so nothing was checked/);
  assert.equal(await page.locator('#overall').count(), 0, 'no answer, and no "nothing to do"');
  assert.ok(warnings.some((w) => /Web Worker for long lists could not start.*refused here/.test(w)), `the console says why: ${warnings}`);
  await context.close();
});

test('without JavaScript the page still shows the policy and whom to ask', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url);
  const noscript = page.locator('main#appcheck');
  assert.match(await noscript.innerText(), /needs JavaScript to check your apps/);
  assert.match(await noscript.innerText(), /Mandatory removal of TikTok/);
  assert.match(await noscript.innerText(), /Withdrawn on Fri 10 Jul 2020, 17:00 \(UTC-04:00\) — no action needed\./);
  assert.match(await noscript.innerText(), /Questions\? \u2068IT help desk: helpdesk@retail\.example[^\u2069]*\u2069/);
  assert.match(await noscript.innerText(), /Help desk: .*helpdesk@corp\.example/);
  assert.equal(await page.locator('.loading').isVisible(), false, 'nothing says it is loading');
  await context.close();
});
