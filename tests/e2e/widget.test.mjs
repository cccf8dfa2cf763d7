// The widget in Debian's Chromium, served over HTTP on 127.0.0.1 by `appcheck serve`:
// open the page, answer the questions, paste a list, press Check, read the verdicts.
// Every request from page load to the verdict is recorded: none may carry the pasted
// text and none may leave the page's origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, publish, repo, artifacts } from './harness.mjs';

// The day of the memo, shortly after it went out (13:00 in New York).
const MEMO_DAY = new Date('2020-07-10T13:00:00-04:00');

let site;     // the built site, as shipped (the memo is withdrawn there)
let browser;

before(async () => {
  site = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site?.stop();
});

/** Serves a published copy of the site for the duration of `body`. */
async function withSite(files, defaultId, body) {
  const dir = publish(files, defaultId);
  const server = await serve(dir);
  try {
    await body(server, dir);
  } finally {
    server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Opens a page at a fixed time, recording every request and console error. */
async function open(url, { viewport = { width: 800, height: 900 }, at = MEMO_DAY } = {}) {
  const page = await browser.newPage({ viewport });
  const requests = [];
  page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() ?? '' }));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
  await page.clock.setFixedTime(at);
  await page.goto(url);
  await page.locator('#appcheck[data-ready="true"]').waitFor();
  return { page, requests, errors };
}

async function check(page, { answers = [], region, list }) {
  await page.locator('#check-form').waitFor();
  for (const id of answers) await page.check(`#${id}`);
  if (region) await page.selectOption('#region', region);
  await page.fill('#app-list', list);
  await page.click('#check');
  await page.locator('#overall').waitFor();
}

const MEMO_V1 = { 'retailer-memo-us': 'archive/retailer-memo-us.v1.json' };

test('a phone that reaches company email must remove TikTok by 10 July', async () => {
  await withSite(MEMO_V1, 'retailer-memo-us', async (server) => {
    const marker = 'Secret-Notes-4d1f';
    const { page, requests, errors } = await open(server.url);
    assert.match(await page.textContent('#policy'), /Mandatory removal of TikTok/);
    assert.equal(await page.textContent('.masthead h1'), 'App check — Example Corp');
    assert.match(await page.textContent('#policy .deadline'), /Fri 10 Jul 2020, 23:59/);
    // Only the questions this policy's rules need: device, email and region for the
    // mobile rule, ownership for the laptop-browser carve-out.
    assert.deepEqual(await page.$$eval('#check-form > fieldset', (f) => f.map((x) => x.id)), ['q-device', 'q-ownership', 'q-email', 'q-region']);

    await check(page, { answers: ['device-phone', 'email-yes'], region: 'US', list: `Slack\n${marker}\n- TikTok\nTickTick\n` });
    assert.equal(await page.getAttribute('#overall', 'data-answer'), 'action_required');
    assert.match(await page.textContent('#overall'), /^Remove TikTok by Fri 10 Jul 2020, 23:59 \(UTC-04:00\)\. If TikTok is still on the device, it loses mobile access to company email\.$/);
    const removed = page.locator('.finding[data-outcome="remove"]');
    assert.equal(await removed.count(), 1);
    assert.equal(await removed.locator('h3').textContent(), 'TikTok');
    assert.equal(await removed.locator('.verdict').textContent(), 'Remove');
    // The help desk's details, collapsed: how it was recognised and the rule.
    assert.match(await removed.locator('details.help-desk').textContent(), /matched by name "TikTok".*Rule.*mobile-email/s);
    assert.match(await removed.textContent(), /How to remove \(iPhone, iPad\)/);
    assert.match(await page.textContent('#not-covered summary'), /Not named by this policy \(3\)/);
    assert.equal(await page.textContent('#read-as'), 'Read as one app per line: 4 apps.');

    fs.mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'verdict.png'), fullPage: true });

    // Privacy: the page loaded exactly its own static files with GET; nothing carried the list.
    const origin = new URL(server.url).origin;
    // Scripts, style, icon and Wasm by content-hashed names (`name.<10 hex digits>.ext`).
    const paths = requests.map((r) => new URL(r.url).pathname.replace(/\.[0-9a-f]{10}\./, '.<hash>.')).sort();
    assert.deepEqual(paths, [
      '/', '/pkg/checker.<hash>.js', '/pkg/checker_bg.<hash>.wasm', '/pkg/page.<hash>.js', '/pkg/page_bg.<hash>.wasm',
      '/policies/index.json', '/policies/retailer-memo-us.json', '/site.json', '/trust.json', '/www/app.<hash>.js',
      '/www/early.<hash>.js', '/www/icon.<hash>.svg', '/www/style.<hash>.css', '/www/widget.<hash>.js', '/www/worker.<hash>.js',
    ], 'the page loads exactly its own static files, and its worker the module that checks (budget.test.mjs sizes the same lists, with sw.js)');
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
});

test('when IT publishes the withdrawal, the next visit says "withdrawn — no action needed" first', async () => {
  await withSite(MEMO_V1, 'retailer-memo-us', async (server, dir) => {
    let { page } = await open(server.url);
    await page.locator('#check-form').waitFor();
    await page.close();
    fs.copyFileSync(path.join(repo, 'pkg-config/policies/retailer-memo-us.json'), path.join(dir, 'policies/retailer-memo-us.json'));
    // The next visit: a new page in the same browser (same HTTP cache), not a reload.
    ({ page } = await open(server.url, { at: new Date('2020-07-10T18:00:00-04:00') }));
    await page.locator('#lifecycle').waitFor();
    assert.equal(await page.getAttribute('#lifecycle', 'data-state'), 'withdrawn');
    assert.match(await page.textContent('#lifecycle h2'), /^Withdrawn on Fri 10 Jul 2020, 17:00 \(UTC-04:00\) — no action needed\.$/);
    assert.match(await page.textContent('#lifecycle .notice'), /sent in error/);
    assert.equal(await page.locator('#check-form').count(), 0, 'a withdrawn policy asks nothing and orders nothing');
    assert.equal(await page.locator('.deadline').count(), 0);
    await page.screenshot({ path: path.join(artifacts, 'withdrawn.png'), fullPage: true });
    await page.close();
  });
});

test('an old help-desk link to the memo opens it withdrawn, before anything else', async () => {
  const { page, errors } = await open(`${site.url}#policy=retailer-memo-us`, { at: new Date('2020-07-13T09:00:00-04:00') });
  // After the language menu and the privacy note, the withdrawal comes first.
  const first = await page.$eval('#appcheck', (root) => root.querySelector(':scope > section').id);
  assert.equal(first, 'lifecycle');
  assert.match(await page.textContent('#lifecycle'), /no action needed/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the deadline is also shown in the employee\'s own time zone, with how long is left', async () => {
  await withSite(MEMO_V1, 'retailer-memo-us', async (server) => {
    const context = await browser.newContext({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });
    const page = await context.newPage();
    await page.clock.setFixedTime(MEMO_DAY); // 13:00 in New York is 19:00 in Berlin
    await page.goto(server.url);
    await page.locator('#appcheck[data-ready="true"]').waitFor();
    assert.match(await page.textContent('#policy .deadline'), /Fri 10 Jul 2020, 23:59 \(UTC-04:00\)/);
    assert.match(await page.textContent('#policy .deadline-local'), /^Your time: .*11 Jul 2020.*05:59.*\(in 11 hours\)$/);
    await context.close();
  });
});

test('on the company laptop the memo does not apply and the browser carve-out is said', async () => {
  await withSite(MEMO_V1, 'retailer-memo-us', async (server) => {
    const { page } = await open(server.url);
    await check(page, { answers: ['device-computer', 'ownership-company', 'email-yes'], region: 'US', list: 'TikTok\n' });
    assert.equal(await page.getAttribute('#overall', 'data-answer'), 'does_not_apply');
    assert.match(await page.textContent('#overall'), /using TikTok from your company laptop browser is allowed/);
    assert.match(await page.textContent('.finding'), /In a web browser.*Allowed/s);
    await page.close();
  });
});

test('an empty list or an unanswered question is never "you are fine"', async () => {
  await withSite(MEMO_V1, 'retailer-memo-us', async (server) => {
    const { page } = await open(server.url);
    await check(page, { answers: ['device-phone', 'email-yes'], region: 'US', list: '   \n' });
    assert.equal(await page.getAttribute('#overall', 'data-answer'), 'no_apps');
    await page.reload();
    await page.locator('#appcheck[data-ready="true"]').waitFor();
    await check(page, { answers: ['device-phone'], region: 'US', list: 'TikTok\n' });
    assert.equal(await page.getAttribute('#overall', 'data-answer'), 'need_context');
    assert.match(await page.textContent('#overall'), /Does this device reach company email\?/);
    await page.close();
  });
});

test('a help-desk link opens a given policy in a given language', async () => {
  const { page } = await open(`${site.url}#policy=bank-tiktok-2020`);
  assert.match(await page.textContent('#policy-title'), /company-owned mobile devices/);
  assert.deepEqual(await page.$$eval('#check-form > fieldset', (f) => f.map((x) => x.id)), ['q-device', 'q-ownership']);
  await check(page, { answers: ['device-phone', 'ownership-company'], list: 'TikTok\n' });
  assert.match(await page.textContent('#overall'), /^Remove TikTok now\./);
  await page.close();
  // The European memo, the morning after its withdrawal, in German.
  const { page: de } = await open(`${site.url}#policy=retailer-memo-eu&lang=de`, { at: new Date('2020-07-11T09:00:00+02:00') });
  assert.match(await de.textContent('#policy-title'), /^Handlungsbedarf/);
  assert.match(await de.textContent('#lifecycle .notice'), /irrtümlich/);
  await de.close();
});

test('an odd language tag in a link or an attribute still gives a working page', async () => {
  // Tags the interface picks a language from, but the browser's Intl refuses as they
  // are (it threw "Invalid language tag" out of the drawing: the page stopped after
  // its title). Each must give the form, with dates and a countdown, and no exception.
  const tags = ['fr_FR', 'de-!!', '%20de', 'en-x', 'es_419', 'de-AT-', 'EN_us', '-', '!!', 'de%00'];
  await withSite(MEMO_V1, 'retailer-memo-us', async (server) => {
    for (const tag of tags) {
      const { page, errors } = await open(`${server.url}#policy=retailer-memo-us&lang=${tag}`);
      assert.equal(await page.locator('#check-form').count(), 1, `lang=${tag}: the form is there`);
      assert.equal(await page.locator('.countdown').count(), 1, `lang=${tag}: the deadline in the reader's time`);
      assert.deepEqual(errors, [], `lang=${tag}: no exception`);
      await page.close();
    }
  });
  // The element's attribute: <app-check lang="en_US">.
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.clock.setFixedTime(MEMO_DAY);
  await page.goto(`${site.url}www/example.html`);
  await page.locator('app-check[data-ready="true"]').waitFor();
  for (const tag of ['en_US', 'fr_FR', 'de-!!', ' de']) {
    await page.evaluate((t) => document.querySelector('app-check').setAttribute('lang', t), tag);
    await page.locator('app-check[data-ready]').waitFor();
    assert.equal(await page.getAttribute('app-check', 'data-ready'), 'true', `lang="${tag}": the widget started`);
    assert.equal(await page.locator('#check-form').count(), 1, `lang="${tag}": the form is there`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('a link to an unknown policy says so and lists the published ones', async () => {
  const { page } = await open(`${site.url}#policy=no-such-policy`);
  assert.match(await page.textContent('#policy-error'), /no-such-policy.*not published here/s);
  assert.equal(await page.locator('#published li').count(), 7);
  assert.equal(await page.locator('#check-form').count(), 0);
  // A published one chosen with the keyboard: the keyboard goes to its title.
  await page.focus('#published li a');
  await page.keyboard.press('Enter');
  await page.locator('#policy-title').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'policy-title');
  await page.close();
  // A long one on a phone: the page never scrolls sideways.
  const phone = await open(`${site.url}#policy=${'a'.repeat(3000)}`, { viewport: { width: 320, height: 640 } });
  await phone.page.locator('#policy-error').waitFor();
  const [scroll, width] = await phone.page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(scroll <= width, `the page is ${scroll} px wide on a ${width} px screen`);
  await phone.page.close();
});

test('a policy that never arrives is a clear "can\'t tell" after a minute, never "Loading the policy…" for ever', async () => {
  const page = await browser.newPage();
  // (The page's timers on a clock the test moves: the minute passes at once.)
  await page.clock.install({ time: MEMO_DAY });
  await page.route((url) => /bank-tiktok-2020[^/]*\.json$/.test(url.pathname), () => {}); // never answered
  const asked = page.waitForRequest((r) => /bank-tiktok-2020[^/]*\.json$/.test(new URL(r.url()).pathname));
  await page.goto(`${site.url}#policy=bank-tiktok-2020`);
  await asked;
  assert.equal(await page.locator('#policy-error').count(), 0, 'still loading before the minute');
  await page.clock.runFor(61_000);
  await page.locator('#policy-error').waitFor();
  assert.equal(await page.locator('#check-form').count(), 0);
  await page.close();
});

test('a link slightly off (a query, a slash, an empty id) never shows the default policy in its place', async () => {
  // The same policy, asked for as people and mail programs write links.
  for (const link of ['?policy=bank-tiktok-2020', '#/policy=bank-tiktok-2020', '?utm_source=email#policy=bank-tiktok-2020',
    '#Policy=bank-tiktok-2020', '#!policy=bank-tiktok-2020', '#policy:bank-tiktok-2020', '#policy%3Dbank-tiktok-2020',
    '#%20policy=bank-tiktok-2020', '#bank-tiktok-2020']) {
    const { page } = await open(`${site.url}${link}`);
    await page.locator('#check-form').waitFor();
    assert.equal(await page.textContent('#policy-title'), 'Remove TikTok from company-owned mobile devices', link);
    await page.close();
  }
  // A policy asked for but not named, a link not understood, or two policies in one link:
  // never the withdrawn default's "no action needed" in its place.
  for (const link of ['#policy=', '#polcy=bank-tiktok-2020', '#policy=bank-tiktok-2020&policy=retailer-memo-us']) {
    const { page } = await open(`${site.url}${link}`);
    await page.locator('#policy-error').waitFor();
    assert.equal(await page.locator('#check-form').count(), 0, link);
    assert.equal(await page.locator('.first-response').count(), 0, `${link}: the default's first response is gone`);
    await page.close();
  }
  const { page } = await open(`${site.url}#policy=bank-tiktok-2020&policy=retailer-memo-us`);
  assert.match(await page.textContent('#policy-error'), /two policies/);
  await page.close();
});

test('an adb package list pasted by a help desk is read as one, and TikTok found by its package', async () => {
  const { page } = await open(`${site.url}#policy=bank-tiktok-2020`);
  const list = fs.readFileSync(path.join(repo, 'tests/fixtures/formats/android-pm-list-packages-3-U.txt'), 'utf8');
  await check(page, { answers: ['device-phone', 'ownership-company'], list });
  assert.equal(await page.getAttribute('#read-as', 'data-format'), 'android_packages');
  assert.equal(await page.textContent('.finding[data-outcome="remove"] .found'), 'Found by its Android package name.');
  assert.match(await page.textContent('.finding[data-outcome="remove"] details.help-desk'), /matched by Android package name `com\.zhiliaoapp\.musically`/);
  await page.close();
});

test('a list copied out of Word, its lines broken with Shift+Enter (U+000B), is read line by line', async () => {
  const { page } = await open(`${site.url}#policy=bank-tiktok-2020`);
  // The text box keeps the control characters as pasted: the module reads them as line ends.
  await check(page, { answers: ['device-phone', 'ownership-company'], list: 'My work phone:\r\nSlack\vTikTok\vMicrosoft Teams\r\n\fZoom\r\n' });
  assert.equal(await page.$eval('#app-list', (box) => box.value.includes('\v')), true, 'the text box kept the line breaks');
  assert.equal(await page.locator('.finding[data-outcome="remove"]').count(), 1);
  assert.match(await page.textContent('.finding[data-outcome="remove"]'), /TikTok/);
  assert.equal(await page.getAttribute('#read-as', 'data-format'), 'lines');
  assert.doesNotMatch(await page.textContent('#appcheck'), /control characters/);
  await page.close();
});

test('on an iPhone, where no list can be copied, ticking the policy\'s apps is enough', async () => {
  const { page, requests } = await open(`${site.url}#policy=bank-tiktok-2020`);
  await page.locator('#check-form').waitFor();
  await page.check('#device-phone');
  await page.check('#ownership-company');
  await page.click('#checklist summary');
  await page.getByRole('checkbox', { name: 'TikTok' }).check();
  const before = requests.length;
  await page.click('#check');
  await page.locator('#overall').waitFor();
  assert.equal(await page.getAttribute('#overall', 'data-answer'), 'action_required');
  assert.equal(await page.textContent('.finding[data-outcome="remove"] h3'), 'TikTok');
  assert.equal(requests.length, before, 'ticking sends nothing');
  await page.close();
});

test('on an iPhone without any of the policy\'s apps, saying so is an answer; ticking nothing is none', async () => {
  const { page, requests } = await open(`${site.url}#policy=bank-tiktok-2020`);
  await page.locator('#check-form').waitFor();
  await page.check('#device-phone');
  await page.check('#ownership-company');
  await page.click('#checklist summary');
  const before = requests.length;
  // Nothing ticked, nothing pasted: nothing was said, nothing is answered.
  await page.click('#check');
  await page.waitForFunction(() => document.querySelector('#overall')?.dataset.answer === 'no_apps');
  // "None of these": said, and answered.
  await page.getByRole('checkbox', { name: 'I have none of these apps' }).check();
  await page.click('#check');
  await page.waitForFunction(() => document.querySelector('#overall')?.dataset.answer === 'nothing_to_do');
  assert.match(await page.textContent('#overall'), /you said you have none of the apps this policy names/);
  assert.doesNotMatch(await page.textContent('#read-as'), /You ticked/);
  // An app ticked as well is the answer, whatever else was said.
  await page.getByRole('checkbox', { name: 'TikTok' }).check();
  await page.click('#check');
  await page.waitForFunction(() => document.querySelector('#overall')?.dataset.answer === 'action_required');
  assert.match(await page.textContent('#read-as'), /You ticked 1 app\./);
  assert.equal(requests.length, before, 'saying so sends nothing');
  await page.close();
});

test('a possible match asks "is this TikTok?" and the answer decides, without leaving the page', async () => {
  const { page, requests } = await open(`${site.url}#policy=bank-tiktok-2020`);
  await check(page, { answers: ['device-phone', 'ownership-company'], list: 'tiktk\nSlack\n' });
  assert.equal(await page.getAttribute('#overall', 'data-answer'), 'confirm_matches');
  const before = requests.length;
  await page.getByRole('button', { name: 'Yes, it is TikTok' }).click();
  await page.waitForFunction(() => document.querySelector('#overall')?.dataset.answer === 'action_required');
  assert.equal(requests.length, before, 'answering asks the server nothing');
  assert.match(await page.textContent('.finding[data-outcome="remove"]'), /possible match: "tiktk" ≈ "TikTok"/);
  // Another language keeps the answer given (the widget is drawn again, the check too).
  await page.selectOption('#language', 'de');
  await page.locator('#appcheck[lang="de"] #overall').waitFor();
  assert.equal(await page.getAttribute('#overall', 'data-answer'), 'action_required', 'the "yes" survives the language switch');
  await page.selectOption('#language', 'en');
  await page.locator('#appcheck[lang="en"] #overall').waitFor();
  assert.equal(await page.getAttribute('#overall', 'data-answer'), 'action_required');
  const answered = requests.length;
  // A new check starts over; this time the employee says it is another app.
  await page.click('#check');
  await page.waitForFunction(() => document.querySelector('#overall')?.dataset.answer === 'confirm_matches');
  await page.getByRole('button', { name: 'No, it is another app' }).click();
  await page.waitForFunction(() => document.querySelector('#overall')?.dataset.answer === 'nothing_to_do');
  assert.equal(requests.length, answered, 'answering asks the server nothing');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'overall', 'focus moves to the new answer');
  await page.close();
});

test('names and HTML in the list are shown as text, never as markup', async () => {
  const { page } = await open(`${site.url}#policy=party-advice-2020`);
  const payload = '<img src=x onerror="window.__pwned=1">';
  // In the list of apps the policy does not name, and in a question: the second line
  // holds TikTok's name, so it is asked about.
  await check(page, { list: `${payload}Notes\n${payload}TikTok\nTikTok\n` });
  assert.equal(await page.locator('#result img').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.match(await page.textContent('#not-covered'), /<img src=x onerror=.*>Notes/);
  assert.match(await page.textContent('#findings li.finding[data-outcome="possible_match"]'), /<img src=x onerror=.*>TikTok/);
  assert.equal(await page.getAttribute('#overall', 'data-answer'), 'confirm_matches');
  await page.close();
});

test('a policy that cannot be read gives "ask the help desk", never a verdict', async () => {
  await withSite({ 'bank-tiktok-2020': 'bank-tiktok-2020.json' }, 'bank-tiktok-2020', async (server, dir) => {
    fs.writeFileSync(path.join(dir, 'policies/bank-tiktok-2020.json'), '{"schema": 1, "id": "truncated", "vers');
    const { page } = await open(server.url);
    await page.locator('#policy-error').waitFor();
    assert.match(await page.textContent('#policy-error'), /Can't tell — ask the help desk/);
    assert.equal(await page.locator('#check-form').count(), 0);
    // The policy is not even JSON: the site's help desk is whom to ask.
    assert.match(await page.textContent('#policy-error .contact'), /Help desk: \u2068helpdesk@corp\.example/);
    // Valid JSON that the strict loader refuses: still no verdict, but whom to ask.
    const bank = JSON.parse(fs.readFileSync(path.join(repo, 'pkg-config/policies/bank-tiktok-2020.json'), 'utf8'));
    bank.colour = 'red';
    fs.writeFileSync(path.join(dir, 'policies/bank-tiktok-2020.json'), JSON.stringify(bank));
    await page.reload();
    await page.locator('#policy-error').waitFor();
    assert.match(await page.textContent('#policy-error .contact'), /Help desk: \u2068Technology help desk: techhelp@bank\.example/);
    // The site's module says what is wrong only in general: `appcheck validate` tells where.
    assert.match(await page.textContent('#policy-error pre'), /the policy does not follow its format[\s\S]*appcheck validate/);
    assert.equal(await page.locator('#check-form').count(), 0);
    await page.close();
  });
});

// Acceptance probe (stop 67): the language menu and a policy's `<summary>` had only the
// browser's thin ring when focused from the keyboard, where every other control has the
// page's 3 px outline.
test('every control the keyboard reaches shows the same focus outline', async () => {
  const { page, errors } = await open(`${site.url}/#policy=bank-tiktok-2020`);
  const selectors = ['#language', 'summary', '#app-list', '#check'];
  for (const selector of selectors) {
    const control = page.locator(selector).first();
    await control.waitFor();
    // (Focused as the keyboard does: `:focus-visible` holds.)
    await control.evaluate((el) => el.focus({ focusVisible: true }));
    await page.keyboard.press('Shift');
    const outline = await control.evaluate((el) => {
      const style = getComputedStyle(el);
      return { width: style.outlineWidth, style: style.outlineStyle, visible: el.matches(':focus-visible') };
    });
    assert.ok(outline.visible, `${selector} is not :focus-visible`);
    assert.deepEqual([outline.style, outline.width], ['solid', '3px'], `${selector}: ${JSON.stringify(outline)}`);
  }
  assert.deepEqual(errors.filter((e) => !/preload/.test(e)), []);
  await page.close();
});

test('a site.json that cannot be read is said in the console for the site\'s admin, and the page still works', async () => {
  await withSite({ 'bank-tiktok-2020': 'bank-tiktok-2020.json' }, 'bank-tiktok-2020', async (server, dir) => {
    for (const [broken, why] of [['{"schema": 1, "organisation": ', /site\.json/], ['{"schema": 9}', /site\.json/]]) {
      fs.writeFileSync(path.join(dir, 'site.json'), broken);
      const { page, errors } = await open(server.url);
      await page.locator('#check-form').waitFor();
      assert.ok(errors.some((e) => why.test(e) && /could not be read|cannot be read/.test(e)), `${broken}: ${errors}`);
      await page.close();
    }
  });
});
