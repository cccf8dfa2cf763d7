// A help desk's export of many devices (issue 16), in Debian's Chromium against the
// built site: each fixture of tests/fixtures/fleet/ pasted (and one chosen as a file)
// gives the counts and a table of the devices that must act, sortable and filterable;
// the table downloads as CSV made in the page; a long export shows its progress in the
// worker and can be cancelled, with no answer drawn; a 100,000-row export (24 MB) is held
// by the page, not the text box, and answered with no long task.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, publish, repo, pasteLong } from './harness.mjs';
import { intuneExport } from '../../benches/js/workload.mjs';

const MEMO_DAY = new Date('2020-07-10T13:00:00-04:00');
const fixture = (name) => fs.readFileSync(path.join(repo, 'tests/fixtures/fleet', name), 'utf8');

let server;
let dir;
let browser;

before(async () => {
  dir = publish({ 'retailer-memo-us': 'archive/retailer-memo-us.v1.json' }, 'retailer-memo-us');
  server = await serve(dir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function open({ viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport, locale: 'en-US', timezoneId: 'America/New_York', acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.clock.setFixedTime(MEMO_DAY);
  await page.goto(server.url);
  await page.locator('#appcheck[data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.check('#device-phone');
  await page.check('#email-yes');
  await page.selectOption('#region', 'US');
  return { context, page, errors };
}

/** The table's rows as drawn, once every row is drawn. */
async function rows(page) {
  await page.locator('#device-table:not([aria-busy])').waitFor();
  return page.$$eval('#device-table tbody tr[data-kind]', (trs) => trs.map((tr) => ({
    device: tr.querySelector('.device-name').textContent,
    user: tr.querySelector('.user').textContent,
    answer: tr.querySelector('.answer').textContent,
    apps: tr.querySelector('.apps').textContent,
    kind: tr.dataset.kind,
  })));
}

async function checkList(page, list) {
  await pasteLong(page, list);
  await page.click('#check');
  await page.locator('#overall').waitFor();
}

const FIXTURES = [
  {
    file: 'intune-appinvrawdata.csv',
    summary: '2 of 5 devices must act; 3 have nothing to do; 0 could not be read.',
    act: [["Priya's iPhone", 'Priya Nair'], ['SM-A546E', 'Rahul Mehta']],
  },
  {
    file: 'jamf-pro-mobile-device-search.csv',
    summary: '2 of 4 devices must act; 2 have nothing to do; 0 could not be read.',
    act: [["Priya's iPhone", 'pnair'], ["Carlos's iPhone", 'cruiz']],
  },
  {
    file: 'workspace-one-device-apps.csv',
    summary: '2 of 5 devices must act; 3 have nothing to do; 0 could not be read.',
    act: [['pnair iPhone iOS 17.6.1 J1C', 'pnair'], ['rmehta Android SM-A546E 14.0.0 CDE', 'rmehta']],
  },
  {
    file: 'kandji-installed-apps-report.csv',
    summary: '2 of 5 devices must act; 3 have nothing to do; 0 could not be read.',
    act: [["Priya's iPhone", 'Priya Nair'], ["Carlos's iPhone", 'Carlos Ruiz']],
  },
];

for (const { file, summary, act } of FIXTURES) {
  test(`${file} pasted: the counts, and a row for each device that must act`, async () => {
    const { context, page, errors } = await open();
    await checkList(page, fixture(file));
    assert.equal(await page.getAttribute('#overall', 'data-answer'), 'action_required');
    assert.equal(await page.textContent('#fleet-summary'), summary);
    const drawn = await rows(page);
    assert.deepEqual(drawn.map((r) => [r.device, r.user]), act);
    for (const row of drawn) {
      assert.equal(row.answer, 'Must act');
      assert.equal(row.kind, 'act');
      assert.match(row.apps, /^TikTok: Remove \(Fri 10 Jul 2020, 23:59 \(UTC-04:00\)\)$/);
    }
    // The table comes before the per-app details.
    assert.ok(await page.$eval('#devices', (d) => !!(d.compareDocumentPosition(document.querySelector('#findings')) & Node.DOCUMENT_POSITION_FOLLOWING)));
    // Accessible: a caption, column headers with their scope.
    assert.ok((await page.textContent('#device-table caption')).length > 0);
    assert.deepEqual(await page.$$eval('#device-table thead th', (ths) => ths.map((th) => th.getAttribute('scope'))), ['col', 'col', 'col', 'col', 'col']);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('an Intune export chosen as a file: sorting, filtering and the CSV download', async () => {
  const { context, page, errors } = await open();
  const csv = fs.readFileSync(path.join(repo, 'tests/fixtures/fleet/intune-appinvrawdata.csv'));
  await page.setInputFiles('#app-file', { name: 'AppInvRawData.csv', mimeType: 'text/csv', buffer: csv });
  await page.locator('#file-status', { hasText: 'AppInvRawData.csv' }).waitFor();
  await page.click('#check');
  await page.locator('#overall').waitFor();
  assert.equal(await page.textContent('#fleet-summary'), '2 of 5 devices must act; 3 have nothing to do; 0 could not be read.');
  assert.deepEqual((await rows(page)).map((r) => r.device), ["Priya's iPhone", 'SM-A546E']);
  assert.equal(await page.textContent('#devices-shown'), 'Shown: 2 of 5 devices.');

  // Every device, behind the filter's choice.
  await page.selectOption('#device-show', 'all');
  let all = await rows(page);
  assert.deepEqual(all.map((r) => r.device), ["Priya's iPhone", 'SM-A546E', "Ana's iPad", 'Pixel 8', 'LT-NYC-0231']);
  assert.deepEqual(all.map((r) => r.kind), ['act', 'act', 'nothing', 'nothing', 'nothing']);
  assert.equal(await page.textContent('#devices-shown'), 'Shown: 5 of 5 devices.');

  // Sorting by user, then the other way.
  const userHeader = page.locator('#device-table th[data-key="user"]');
  assert.equal(await userHeader.getAttribute('aria-sort'), null);
  await userHeader.locator('button').click();
  assert.equal(await userHeader.getAttribute('aria-sort'), 'ascending');
  assert.deepEqual((await rows(page)).map((r) => r.user), ['Ana Souza', 'John Smith', 'Mei Lin', 'Priya Nair', 'Rahul Mehta']);
  await userHeader.locator('button').click();
  assert.equal(await userHeader.getAttribute('aria-sort'), 'descending');
  assert.deepEqual((await rows(page)).map((r) => r.user), ['Rahul Mehta', 'Priya Nair', 'Mei Lin', 'John Smith', 'Ana Souza']);
  // By device: one column sorted at a time.
  await page.locator('#device-table th[data-key="device"] button').click();
  assert.equal(await userHeader.getAttribute('aria-sort'), null);
  assert.deepEqual((await rows(page)).map((r) => r.device), ["Ana's iPad", 'LT-NYC-0231', 'Pixel 8', "Priya's iPhone", 'SM-A546E']);
  // By answer: the most urgent first, the export's order among equals.
  await page.locator('#device-table th[data-key="answer"] button').click();
  assert.deepEqual((await rows(page)).map((r) => r.kind), ['act', 'act', 'nothing', 'nothing', 'nothing']);
  // By app: the devices with an app to act on first (TikTok), the others after.
  await page.locator('#device-table th[data-key="apps"] button').click();
  assert.equal(await page.getAttribute('#device-table th[data-key="apps"]', 'aria-sort'), 'ascending');
  assert.deepEqual((await rows(page)).map((r) => r.kind), ['act', 'act', 'nothing', 'nothing', 'nothing']);
  // By platform, as the export writes it.
  await page.locator('#device-table th[data-key="platform"] button').click();
  assert.deepEqual((await rows(page)).map((r) => r.device), ['SM-A546E', 'Pixel 8', "Priya's iPhone", "Ana's iPad", 'LT-NYC-0231']);

  // The text filter reads device, user and app.
  // What is typed here is a person's or a device's name: never sent to a spelling service.
  assert.equal(await page.getAttribute('#device-filter', 'spellcheck'), 'false');
  await page.fill('#device-filter', 'mei');
  assert.deepEqual((await rows(page)).map((r) => r.device), ['Pixel 8']);
  await page.fill('#device-filter', 'tiktok');
  assert.deepEqual((await rows(page)).map((r) => r.device).sort(), ["Priya's iPhone", 'SM-A546E']);
  await page.fill('#device-filter', 'no such device');
  assert.deepEqual(await rows(page), []);
  assert.equal(await page.textContent('#device-table tbody'), 'No device matches.');
  await page.fill('#device-filter', '');
  all = await rows(page);
  assert.equal(all.length, 5);

  // The CSV, made in the page: every device, one row per app it must act on.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-devices')]);
  assert.equal(download.suggestedFilename(), 'appcheck-devices.csv');
  const bytes = fs.readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte-order mark, so Excel reads accents');
  const lines = bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
  assert.equal(lines[0], 'device,serial,user,platform,answer,app,identifier,verdict,deadline');
  assert.equal(lines.length, 6);
  assert.equal(lines[1], "Priya's iPhone,5f1c2a9e-4b7d-4e0a-9c3f-2a8b6d1e7f40,Priya Nair,ios,Must act,TikTok,,Remove,2020-07-10T23:59:00-04:00");
  assert.equal(lines[5], 'LT-NYC-0231,c04b8f13-6e2a-4d9c-8b7e-5a3f1d2c9e76,John Smith,windows,Not concerned,,,,');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a 360 px phone the table scrolls in its own box, not the page', async () => {
  const { context, page } = await open({ viewport: { width: 360, height: 780 } });
  await checkList(page, fixture('workspace-one-device-apps.csv'));
  await page.selectOption('#device-show', 'all');
  await rows(page);
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    view: document.documentElement.clientWidth,
    box: document.querySelector('.table-scroll').clientWidth,
    table: document.querySelector('#device-table').scrollWidth,
  }));
  assert.ok(widths.page <= widths.view, `the page is ${widths.page} px wide in a ${widths.view} px view`);
  assert.ok(widths.box <= widths.view, JSON.stringify(widths));
  await context.close();
});

/** An export of `devices` devices with `apps` rows each, in Intune's raw shape; every tenth device has TikTok. */
function bigExport(devices, apps) {
  const header = '"ApplicationKey","ApplicationName","ApplicationPublisher","ApplicationShortVersion","ApplicationVersion","DeviceId","DeviceName","OSDescription","OSVersion","Platform","UserId","EmailAddress","UserName"';
  const lines = [header];
  for (let d = 0; d < devices; d++) {
    const id = `00000000-0000-4000-8000-${String(d).padStart(12, '0')}`;
    for (let a = 0; a < apps; a++) {
      const name = a === 0 && d % 10 === 0 ? 'TikTok' : `Line of business app ${a}`;
      lines.push(`"k${d}-${a}","${name}","","1.0","1.0","${id}","Phone ${d}","Android","14","Android","u${d}","user${d}@contoso.com","User ${d}"`);
    }
  }
  return `${lines.join('\n')}\n`;
}

test('a long export shows its progress device by device, and Cancel stops it with no answer', async () => {
  const { context, page, errors } = await open();
  // The worker the page started when it was drawn (its own module checks nothing), and any after it.
  const workers = page.workers().map((w) => w.url());
  page.on('worker', (w) => workers.push(w.url()));
  const list = bigExport(200, 100); // 20,000 rows: checked in the Web Worker
  // Every value the progress bar takes, and what it said first.
  await page.evaluate(() => {
    window.__progress = [];
    new MutationObserver(() => {
      const bar = document.querySelector('#progress-bar');
      const text = document.querySelector('#progress-text')?.textContent;
      if (bar) window.__progress.push({ value: bar.getAttribute('value'), max: bar.getAttribute('max'), text });
    }).observe(document.querySelector('#result'), { subtree: true, childList: true, attributes: true, characterData: true });
  });
  // As a paste would put it there (typing 2 MB would take the test's whole time).
  const paste = (text) => page.$eval('#app-list', (area, text) => { area.value = text; }, text);
  await paste(list);
  await page.click('#check');
  await page.locator('#overall').waitFor({ timeout: 60_000 });
  const seen = await page.evaluate(() => window.__progress);
  assert.match(seen[0].text, /^Reading 20,?001 lines…$/);
  const answered = seen.filter((s) => s.max === '200').map((s) => Number(s.value));
  assert.ok(answered.length >= 3, `the bar moved: ${JSON.stringify(seen.slice(0, 12))}`);
  for (let i = 1; i < answered.length; i++) assert.ok(answered[i] >= answered[i - 1], 'the bar only goes forward');
  assert.ok(seen.some((s) => /^\d+ of 200 devices answered…$/.test(s.text)), JSON.stringify(seen.slice(0, 12)));
  assert.equal(await page.textContent('#fleet-summary'), '20 of 200 devices must act; 180 have nothing to do; 0 could not be read.');
  assert.equal((await rows(page)).length, 20);
  assert.equal(workers.length, 1);

  // Cancel: the worker is stopped, the page says so, and no answer is drawn.
  await paste(`${list}\n`);
  await page.click('#check');
  await page.locator('#cancel-check').click();
  await page.locator('#cancelled').waitFor();
  assert.match(await page.textContent('#cancelled'), /The check was cancelled/);
  await page.waitForTimeout(3000);
  assert.equal(await page.locator('#overall').count(), 0, 'no answer after Cancel');
  assert.equal(await page.locator('#devices').count(), 0);
  assert.equal(await page.getAttribute('#result', 'aria-busy'), null);

  // The next check starts a new worker, which is sent the policy again.
  await page.click('#check');
  await page.locator('#overall').waitFor({ timeout: 60_000 });
  assert.equal(workers.length, 2, 'a new worker after Cancel');
  assert.equal(await page.textContent('#fleet-summary'), '20 of 200 devices must act; 180 have nothing to do; 0 could not be read.');
  assert.deepEqual(errors, []);
  await context.close();
});

test('drawing 1,000 devices: a chunk of rows per task, and no task freezes the page', async () => {
  const { context, page, errors } = await open();
  // 1,000 devices, each with TikTok among three apps: every row must act.
  const lines = ['"ApplicationName","DeviceId","DeviceName","Platform","UserName"'];
  for (let d = 0; d < 1000; d++) {
    for (const app of ['TikTok', 'Slack', 'Zoom']) lines.push(`"${app}","id-${d}","Phone ${d}","Android","User ${d}"`);
  }
  await page.evaluate(() => {
    window.__long = [];
    window.__chunks = [];
    window.__drawing = false;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (window.__drawing) window.__long.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
    // A mutation observer is told at the end of each task what that task changed: the
    // rows each task added. Drawing starts when the table is busy.
    new MutationObserver((records) => {
      const table = document.querySelector('#device-table');
      if (table && table.getAttribute('aria-busy') === 'true') window.__drawing = true;
      const rows = records.flatMap((r) => [...r.addedNodes]).filter((n) => n.nodeName === 'TR' && n.parentNode?.nodeName === 'TBODY').length;
      if (rows) window.__chunks.push(rows);
      // The task that draws the answer lays out the page (the focus moves to it): it
      // draws no row of the table besides.
      const answer = records.some((r) => [...r.addedNodes].some((n) => n.nodeType === 1 && (n.id === 'overall' || n.querySelector?.('#overall'))));
      if (answer) window.__answerRows = rows;
    }).observe(document.querySelector('#result'), { subtree: true, childList: true, attributes: true });
  });
  await checkList(page, `${lines.join('\n')}\n`);
  assert.equal((await rows(page)).length, 1000);
  await page.waitForTimeout(200);
  assert.ok(await page.evaluate(() => window.__drawing), 'the table was busy while its rows were drawn');
  const chunks = await page.evaluate(() => window.__chunks);
  assert.equal(chunks.reduce((a, b) => a + b, 0), 1000, `every row drawn once: ${chunks}`);
  assert.ok(chunks.length >= 40 && Math.max(...chunks) <= 25, `rows drawn 25 at most per task: ${chunks}`);
  assert.equal(await page.evaluate(() => window.__answerRows), 0, 'the answer drawn in a task of its own, its rows after it');
  // How long the tasks take is the benchmarks' to measure (make bench): the chunks above are
  // what this test holds the drawing to, and this bound only catches a freeze. On a busy
  // 2-core machine (about 4x slower than a phone's), the longest task here was 55-72 ms
  // before the worker's answer was read a chunk of devices per task and the first rows were
  // drawn apart from the answer, 0-50 ms over three runs; one CI run under load saw 103 ms.
  const long = await page.evaluate(() => window.__long);
  assert.deepEqual(long.filter((ms) => ms > 500), [], `long tasks while drawing: ${long}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a device and a user named by 20,000 characters: their cells drawn short, and no task holds the page for seconds', async () => {
  const { context, page, errors } = await open();
  // (A word of "A"s and base64's letters is what a browser lays out slowest: 5 s a cell.)
  const long = 'QUJD'.repeat(5000);
  const list = `ApplicationKey,ApplicationName,ApplicationPublisher,ApplicationShortVersion,ApplicationVersion,DeviceId,DeviceName,OSDescription,OSVersion,Platform,UserId,EmailAddress,UserName\nk1,TikTok,ByteDance,1,1,d1,${long},iOS,17,iOS,u1,a@b.c,${long}\nk2,Slack,Slack,1,1,d2,Phone 2,iOS,17,iOS,u2,b@b.c,User 2\n`;
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(Math.round(e.duration)); }).observe({ type: 'longtask' });
  });
  await checkList(page, list);
  const drawn = await rows(page);
  const row = drawn.find((r) => r.apps.includes('TikTok'));
  assert.ok(row, JSON.stringify(drawn).slice(0, 400));
  assert.ok(row.device.length <= 200 && row.device.endsWith('…'), row.device.slice(0, 80));
  assert.ok(row.user.length <= 200 && row.user.endsWith('…'), row.user.slice(0, 80));
  // (A freeze, not a speed: the uncapped cells held the page 4.5-12 s on this machine.)
  const tasks = await page.evaluate(() => window.__long);
  assert.deepEqual(tasks.filter((ms) => ms > 1500), [], `long tasks: ${tasks}`);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Makes `window.__export`, an Intune export of `rows` rows and `devices` devices, in the page (not sent over the wire). */
async function makeExport(page, rows, devices) {
  await page.evaluate(`window.__export = (${intuneExport})(${rows}, ${devices})`);
}

/** Pastes `window.__export` as a paste does: into the focused text box, then its input event. */
async function pasteExport(page) {
  await page.$eval('#app-list', (area) => {
    area.focus();
    area.value = window.__export;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  });
}

test('a 100,000-row export pasted is held by the page, not the text box, and Check answers it with no task of 150 ms', async () => {
  const { context, page, errors } = await open();
  await makeExport(page, 100_000, 1000);
  assert.equal(await page.evaluate(() => window.__export.length > 24_000_000), true, 'a 24 MB export');
  await pasteExport(page);
  await page.locator('#held-list').waitFor();
  assert.equal(await page.inputValue('#app-list'), '', 'the text box is emptied');
  const line = 'Export held in this page: 100,001 lines (24 MB), not shown.';
  assert.equal(await page.textContent('#held-text'), line);
  assert.equal(await page.textContent('#announce'), line, 'announced politely');
  assert.deepEqual(await page.$$eval('#held-list button', (bs) => bs.map((b) => [b.type, b.textContent])), [['button', 'Show it'], ['button', 'Clear']]);

  // From the click (which takes the focus out of the text box) until every row is drawn.
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push({ start: e.startTime, ms: Math.round(e.duration) });
    }).observe({ type: 'longtask' });
    window.__t0 = performance.now();
  });
  await page.click('#check');
  await page.locator('#overall').waitFor({ timeout: 120_000 });
  assert.equal(await page.textContent('#fleet-summary'), '143 of 1000 devices must act; 857 have nothing to do; 0 could not be read.');
  assert.equal((await rows(page)).length, 143);
  await page.waitForTimeout(300);
  const long = await page.evaluate(() => window.__long.filter((e) => e.start >= window.__t0).map((e) => e.ms));
  // The aim is no task over 50 ms. Measured on the shared 2-core machine: in a trace, the
  // longest task from the click to the last row drawn took 18 ms (a chunk of drawing), and
  // 7 of 8 runs saw no long task at all; once, with the other engineer's build running, one
  // of 58 ms. So the test allows 100 ms, which the 24 MB text box alone broke (its blur
  // was one task of ~200 ms, and each layout ~60 ms). Another test's 100 ms bound was once
  // broken by load alone (103 ms), so this one allows 150 ms: still under the blur's 200.
  assert.deepEqual(long.filter((ms) => ms >= 150), [], `long tasks from the click to the answer: ${long}`);
  assert.equal(await page.inputValue('#app-list'), '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a 100,000-row export chosen as a file never fills the text box, and is decoded by the browser, not copied into the module', async () => {
  const { context, page, errors } = await open();
  // Every value the text box is given, by the page or by the widget.
  await page.$eval('#app-list', (area) => {
    window.__longest = 0;
    const value = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
    Object.defineProperty(area, 'value', {
      get() { return value.get.call(this); },
      set(v) { window.__longest = Math.max(window.__longest, String(v).length); value.set.call(this, v); },
    });
  });
  // The page's own instance of its module: its linear memory never shrinks, so its size
  // after the file is read shows whether the file's 24 MB were ever copied into it.
  const memory = () => page.evaluate(async () => {
    const glue = document.querySelector('link[rel="modulepreload"][href*="pkg/page"]').href;
    return (await (await import(glue)).default()).memory.buffer.byteLength;
  });
  const before = await memory();
  const csv = Buffer.from(intuneExport(100_000, 1000));
  await page.setInputFiles('#app-file', { name: 'AppInvRawData.csv', mimeType: 'text/csv', buffer: csv });
  await page.locator('#held-list').waitFor({ timeout: 60_000 });
  assert.equal(await page.textContent('#held-text'), 'Export held in this page: 100,001 lines (24 MB), not shown.');
  assert.match(await page.textContent('#file-status'), /AppInvRawData\.csv/);
  assert.equal(await page.evaluate(() => window.__longest), 0, 'the file was never written into the text box');
  // UTF-8, as its first bytes show: decoded by the browser, not copied into the module
  // and back (which was one main-thread task of 85 to 190 ms for this file).
  const after = await memory();
  assert.ok(after - before < csv.length / 4, `the page's Wasm memory grew from ${before} to ${after} bytes reading a ${csv.length}-byte file`);
  assert.equal(await page.inputValue('#app-list'), '');
  await page.click('#check');
  await page.locator('#overall').waitFor({ timeout: 120_000 });
  assert.equal(await page.textContent('#fleet-summary'), '143 of 1000 devices must act; 857 have nothing to do; 0 could not be read.');
  assert.equal(await page.evaluate(() => window.__longest), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a held export: "Show it" puts it back, "Clear" drops it, and typing replaces it', async () => {
  const { context, page, errors } = await open();
  await makeExport(page, 2000, 20); // 2,001 lines, about 480 KB: over the text box's 64 K
  await pasteExport(page);
  await page.locator('#held-list').waitFor();
  assert.equal(await page.textContent('#held-text'), 'Export held in this page: 2,001 lines (0.5 MB), not shown.');

  // Show it: the text back in the box, the line gone, the focus in the box.
  await page.click('#held-show');
  assert.equal(await page.locator('#held-list').count(), 0);
  assert.equal(await page.evaluate(() => document.querySelector('#app-list').value === window.__export), true);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'app-list');

  // Clear: nothing held, the box empty and focused, and a check says there are no apps.
  await page.fill('#app-list', '');
  await pasteExport(page);
  await page.locator('#held-list').waitFor();
  await page.click('#held-clear');
  assert.equal(await page.locator('#held-list').count(), 0);
  assert.equal(await page.inputValue('#app-list'), '');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'app-list');
  assert.equal(await page.textContent('#announce'), 'The export was cleared.');
  await page.click('#check');
  await page.locator('#overall').waitFor();
  assert.equal(await page.getAttribute('#overall', 'data-answer'), 'no_apps');

  // Typing into the empty box while an export is held: what is typed is the list.
  await pasteExport(page);
  await page.locator('#held-text', { hasText: '2,001 lines' }).waitFor();
  await page.locator('#app-list').pressSequentially('TikTok');
  await page.locator('#held-text', { hasText: 'What you typed replaced the export' }).waitFor();
  assert.equal(await page.locator('#held-list button').count(), 0);
  await page.click('#check');
  await page.locator('#overall[data-answer="action_required"]').waitFor();
  assert.equal(await page.locator('#fleet-summary').count(), 0, 'the export was not checked');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a held export is kept across a language switch, and its answer given again', async () => {
  const { context, page, errors } = await open();
  await makeExport(page, 5000, 50);
  await pasteExport(page);
  await page.locator('#held-list').waitFor();
  await page.click('#check');
  await page.locator('#overall').waitFor({ timeout: 60_000 });
  assert.equal(await page.textContent('#fleet-summary'), '8 of 50 devices must act; 42 have nothing to do; 0 could not be read.');
  await page.selectOption('#language', 'de');
  await page.locator('#held-text', { hasText: '5.001 Zeilen' }).waitFor();
  assert.equal(await page.inputValue('#app-list'), '');
  await page.locator('#fleet-summary', { hasText: '8 von 50 Geräten' }).waitFor({ timeout: 60_000 });
  assert.deepEqual(await page.$$eval('#held-list button', (bs) => bs.map((b) => b.textContent)), ['Anzeigen', 'Leeren']);
  assert.deepEqual(errors, []);
  await context.close();
});
