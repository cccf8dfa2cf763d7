// The answer as an employee on a phone meets it (issue 15, "What users met"), point by
// point: the withdrawn memo says one thing; the answer never goes stale; the iPhone path
// comes first on an iPhone; no jargon; a deadline in the reader's own time with a
// calendar file; removal steps for this device; the help desk a tap away; headings for
// screen readers. Debian's Chromium against the built site on 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, publish, repo } from './harness.mjs';

const MEMO_DAY = new Date('2020-07-10T13:00:00-04:00');
const SITE = {
  'retailer-memo-us': 'archive/retailer-memo-us.v1.json',
  'bank-tiktok-2020': 'bank-tiktok-2020.json',
  'india-2020-ban': 'india-2020-ban.json',
};
const IPHONE_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

let shipped; // the site as shipped: the memo withdrawn
let active;  // the memo as first sent, beside the bank's and India's policies
let activeDir;
let browser;

before(async () => {
  shipped = await serve();
  activeDir = publish(SITE, 'retailer-memo-us');
  active = await serve(activeDir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  shipped?.stop();
  active?.stop();
  fs.rmSync(activeDir, { recursive: true, force: true });
});

/** A phone-sized page at the memo's day, ready. */
async function open(url, { at = MEMO_DAY, options = {} } = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'en-US', timezoneId: 'Europe/Berlin', acceptDownloads: true, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.clock.setFixedTime(at);
  await page.goto(url);
  await page.locator('#appcheck[data-ready="true"]').waitFor({ timeout: 60_000 });
  return { context, page, errors };
}

async function answer(page) {
  return page.getAttribute('#overall', 'data-answer');
}

async function check(page, { answers = [], region, list }) {
  for (const id of answers) await page.check(`#${id}`);
  if (region) await page.selectOption('#region', region);
  await page.fill('#app-list', list);
  await page.click('#check');
  await page.locator('#overall').waitFor();
}

test('1. a withdrawn memo says one thing: the notice; the order is collapsed and marked, and so is the policy in the list', async () => {
  const { context, page } = await open(`${shipped.url}#policy=retailer-memo-us`, { at: new Date('2020-07-13T09:00:00-04:00') });
  await page.locator('#lifecycle').waitFor();
  // No heading anywhere says "Action required" while the memo is withdrawn.
  const headings = await page.$$eval('h1, h2, h3', (hs) => hs.filter((h) => h.checkVisibility()).map((h) => h.textContent));
  assert.ok(!headings.some((h) => /Action required/.test(h)), `visible headings: ${headings.join(' | ')}`);
  // The original order is there, collapsed, under "Original message (withdrawn)".
  const original = page.locator('details#original');
  assert.equal(await original.count(), 1);
  assert.equal(await original.getAttribute('open'), null);
  assert.match(await page.textContent('#original summary'), /Original message \(withdrawn\)/);
  assert.equal(await page.locator('#original').getAttribute('data-state'), 'withdrawn');
  // The published policies mark it.
  const item = page.locator('#published li', { hasText: 'TikTok by 10-Jul (US)' });
  assert.match(await item.textContent(), /withdrawn/i);
  await context.close();
});

test('2a. the answer never goes stale: changing an answer or the list checks again', async () => {
  const { context, page } = await open(`${active.url}#policy=bank-tiktok-2020`);
  await check(page, { answers: ['device-phone', 'ownership-company'], list: 'TikTok\n' });
  assert.equal(await answer(page), 'action_required');
  await page.fill('#app-list', 'Slack\n');
  await page.waitForFunction(() => document.querySelector('#overall')?.dataset.answer === 'nothing_to_do', null, { timeout: 30_000 });
  await page.fill('#app-list', 'TikTok\n');
  await page.waitForFunction(() => document.querySelector('#overall')?.dataset.answer === 'action_required', null, { timeout: 30_000 });
  await page.check('#ownership-personal');
  await page.waitForFunction(() => document.querySelector('#overall')?.dataset.answer !== 'action_required', null, { timeout: 30_000 });
  assert.doesNotMatch(await page.textContent('#overall'), /Remove TikTok/);
  await context.close();
});

test('2b. switching language keeps the answer, keeps focus on the menu, and puts &lang= in the link', async () => {
  const { context, page } = await open(`${active.url}#policy=bank-tiktok-2020`);
  await check(page, { answers: ['device-phone', 'ownership-company'], list: 'TikTok\n' });
  await page.focus('#language');
  await page.selectOption('#language', 'de');
  await page.waitForFunction(() => document.querySelector('#appcheck')?.getAttribute('lang') === 'de');
  await page.waitForFunction(() => document.querySelector('#overall')?.dataset.answer === 'action_required', null, { timeout: 30_000 });
  assert.match(await page.textContent('#overall'), /Entfernen/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'language');
  assert.match(await page.evaluate(() => location.hash), /[#&]lang=de\b/);
  assert.match(await page.evaluate(() => location.hash), /policy=bank-tiktok-2020/);
  await context.close();
});

test('3. on an iPhone the checklist comes first, sorted and searchable, and ticking says what was ticked', async () => {
  const { context, page } = await open(`${active.url}#policy=india-2020-ban`, { options: { userAgent: IPHONE_UA } });
  const order = await page.$$eval('#check-form > *', (els) => els.map((e) => e.id).filter(Boolean));
  assert.ok(order.indexOf('checklist') < order.indexOf('app-list'), `form order: ${order.join(', ')}`);
  assert.notEqual(await page.getAttribute('#checklist', 'open'), null, 'open on an iPhone');
  // The summary keeps its disclosure triangle.
  assert.equal(await page.$eval('#checklist summary', (s) => getComputedStyle(s).display), 'list-item');
  // Sorted by name, as people know them.
  const names = await page.$$eval('#checklist label.tick', (ls) => ls.map((l) => l.textContent.trim()));
  assert.ok(names.length > 50);
  assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  // A search box narrows a long list.
  // What is typed here is an app's name: never sent to a spelling service.
  assert.equal(await page.getAttribute('#tick-search', 'spellcheck'), 'false');
  await page.fill('#tick-search', 'tik');
  const shown = await page.$$eval('#checklist label.tick', (ls) => ls.filter((l) => l.checkVisibility()).map((l) => l.textContent.trim()));
  assert.deepEqual(shown, ['TikTok']);
  // … by the names people know too: the official list spells it "Beutry Plus".
  await page.fill('#tick-search', 'beautyplus');
  const beauty = await page.$$eval('#checklist label.tick', (ls) => ls.filter((l) => l.checkVisibility()).map((l) => l.textContent.trim()));
  assert.deepEqual(beauty, ['Beutry Plus']);
  await page.fill('#tick-search', 'tik');
  // The help points the right way.
  await page.click('#how-to-list summary');
  assert.doesNotMatch(await page.textContent('#how-to-list'), /above/);
  // Commands to type are shown as code, not between backticks.
  assert.doesNotMatch(await page.textContent('#how-to-list'), /`/);
  assert.ok(await page.locator('#how-to-list code').count() >= 1);
  await page.getByRole('checkbox', { name: 'TikTok' }).check();
  await page.click('#check');
  await page.locator('#overall').waitFor();
  assert.match(await page.textContent('#read-as'), /You ticked 1 app/);
  await context.close();
});

test('4. no jargon: names not identifiers, no rule ids, no scores, no backticks, regions by name', async () => {
  const { context, page } = await open(`${active.url}#policy=india-2020-ban`);
  const regions = await page.$$eval('#region option', (os) => os.map((o) => o.textContent));
  assert.ok(regions.includes('India'), `regions: ${regions.join(', ')}`);
  await page.selectOption('#region', 'IN');
  await page.fill('#app-list', 'com.zhiliaoapp.musically\n');
  await page.click('#check');
  await page.locator('#overall').waitFor();
  assert.equal(await page.textContent('.finding h3'), 'TikTok');
  const visible = await page.evaluate(() => document.querySelector('#result').innerText);
  assert.doesNotMatch(visible, /rule `|`|\(\(|\)\)|similar\)/);
  assert.doesNotMatch(visible, /appcheck can only/);
  // The help desk's details are there, collapsed.
  assert.match(await page.textContent('.finding details.help-desk'), /com\.zhiliaoapp\.musically/);
  await context.close();

  // A possible match, once confirmed, is no longer called one.
  const second = await open(`${active.url}#policy=bank-tiktok-2020`);
  await check(second.page, { answers: ['device-phone', 'ownership-company'], list: 'tiktk\n' });
  await second.page.getByRole('button', { name: 'Yes, it is TikTok' }).click();
  await second.page.waitForFunction(() => document.querySelector('#overall')?.dataset.answer === 'action_required');
  const text = await second.page.evaluate(() => document.querySelector('#result').innerText);
  assert.doesNotMatch(text, /possible match|0\.\d\d similar/i);
  await second.context.close();
});

test('5. the deadline is in the answer, in the reader\'s time, with the time left and a calendar file', async () => {
  const { context, page } = await open(active.url);
  await check(page, { answers: ['device-phone', 'email-yes'], region: 'US', list: 'TikTok\nSlack\n' });
  assert.equal(await answer(page), 'action_required');
  // 23:59 in New York is 05:59 the next morning in Berlin.
  const when = await page.textContent('#answer-when');
  assert.match(when, /05:59/);
  // One date style on the page: the reader's time written as the policy's times are.
  assert.match(when, /Sat 11 Jul 2020, 05:59 \(UTC\+02:00\)/);
  assert.match(await page.textContent('#overall'), /Fri 10 Jul 2020, 23:59 \(UTC-04:00\)/);
  assert.match(when, /in 11 hours/);
  assert.equal(await page.$eval('#answer-when .countdown', (e) => getComputedStyle(e).whiteSpace), 'nowrap');
  // The offset in the answer does not break on a phone; nothing is wider than the screen.
  assert.equal(await page.$eval('#overall .nowrap', (e) => [e.textContent, getComputedStyle(e).whiteSpace].join(' ')), '(UTC-04:00) nowrap');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#add-to-calendar')]);
  assert.match(download.suggestedFilename(), /\.ics$/);
  const ics = fs.readFileSync(await download.path(), 'utf8');
  assert.match(ics, /BEGIN:VCALENDAR/);
  assert.match(ics, /DTSTART:20200711T035900Z/);
  assert.match(ics, /TikTok/);
  // RFC 5545: lines end in CRLF and are at most 75 octets, longer ones folded (CRLF, space).
  for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `an unfolded line: ${line}`);
  assert.match(ics.replace(/\r\n /g, ''), /SUMMARY:.*TikTok/);
  await context.close();
});

test('5b. a deadline already past is still said, but offers no calendar file', async () => {
  // Ten days after the memo's deadline: the order stands and says it is overdue; a
  // calendar entry for a time gone by would remind nobody of anything.
  const { context, page } = await open(active.url, { at: new Date('2020-07-20T12:00:00Z') });
  await check(page, { answers: ['device-phone', 'email-yes'], region: 'US', list: 'TikTok\n' });
  assert.equal(await answer(page), 'action_required');
  assert.match(await page.textContent('#answer-when'), /Sat 11 Jul 2020, 05:59/);
  assert.equal(await page.locator('#add-to-calendar').count(), 0);
  await context.close();
});

test('6. removal steps are for this device: an Android list gets Android\'s, the others behind "other devices"', async () => {
  const { context, page } = await open(`${active.url}#policy=bank-tiktok-2020`);
  const list = fs.readFileSync(path.join(repo, 'tests/fixtures/formats/android-pm-list-packages-3-U.txt'), 'utf8');
  await check(page, { answers: ['device-phone', 'ownership-company'], list });
  const finding = page.locator('.finding[data-outcome="remove"]').first();
  const steps = await finding.locator('dl > dt').evaluateAll((dts) => dts.filter((d) => d.checkVisibility()).map((d) => d.textContent));
  assert.ok(steps.some((s) => /Android/.test(s)), `shown: ${steps.join(' | ')}`);
  assert.ok(!steps.some((s) => /iPhone/.test(s)), `shown: ${steps.join(' | ')}`);
  assert.equal(await finding.locator('details.other-devices').count(), 1);
  await context.close();
});

test('8. the answer names the app, is a heading, is announced alone, and the help desk is a tap away', async () => {
  const { context, page } = await open(`${active.url}#policy=bank-tiktok-2020`);
  await check(page, { answers: ['device-phone', 'ownership-company'], list: 'TikTok\nSlack\n' });
  assert.equal(await page.$eval('#overall', (e) => e.tagName), 'H2');
  assert.match(await page.textContent('#overall'), /TikTok/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'overall');
  assert.equal(await page.locator('.finding h3').count(), 1);
  // The live region says the one sentence, not the whole list.
  assert.equal(await page.getAttribute('#result', 'aria-live'), null);
  assert.equal(await page.textContent('#announce'), await page.textContent('#overall'));
  // mailto: and tel: links to the help desk, next to the answer.
  assert.ok(await page.locator('#answer a[href^="mailto:"]').count() >= 1);
  assert.ok(await page.locator('#answer a[href^="tel:"]').count() >= 1);
  await context.close();
});

test('8b. an unanswered question is marked on its field, focused, and no summary is offered', async () => {
  const { context, page } = await open(active.url);
  await check(page, { answers: ['device-phone'], region: 'US', list: 'TikTok\n' });
  assert.equal(await answer(page), 'need_context');
  assert.equal(await page.getAttribute('#q-email', 'aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('fieldset')?.id), 'q-email');
  assert.equal(await page.locator('#summary').count(), 0);
  await context.close();
});

test('8c. on the company laptop the memo does not contradict itself', async () => {
  const { context, page } = await open(active.url);
  await check(page, { answers: ['device-computer', 'email-yes'], region: 'US', list: 'TikTok\n' });
  assert.equal(await answer(page), 'does_not_apply');
  assert.doesNotMatch(await page.textContent('#overall'), /none of its rules cover/);
  await context.close();
});
