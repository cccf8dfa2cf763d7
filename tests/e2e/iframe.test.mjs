// The page in an iframe, as SharePoint's Embed web part and Confluence's iframe macro
// show it: the widget published behind the shipped nginx configuration on 127.0.0.1
// with the intranet's origin on the lines marked `# EMBEDDERS` (its `frame-ancestors`),
// the intranet's page on another port, served by a small Node server. From the listed
// origin the page loads, checks, and tells the host its height — a number and nothing
// else — so that the host sizes the frame and no inner scrollbar shows at 360 to 1280
// px; from an origin not listed, the browser refuses to show it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import path from 'node:path';
import { launch, repo } from './harness.mjs';
import { host } from './servers.mjs';

let widget;
let intranet;
let browser;

// The intranet's page: the README's iframe, and the few lines that size it from the
// page's message (which the test also records).
const hostPage = (src) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Intranet</title>
<style>body { margin: 0; } iframe { display: block; border: 0; width: 100%; }</style>
</head><body><h1>Intranet news</h1>
<div id="frame-box"><iframe src="${src}" title="App check" height="600"></iframe></div>
<script>
  window.messages = [];
  const frame = document.querySelector('iframe');
  frame.addEventListener('load', () => { window.frameLoaded = true; });
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow) return;
    window.messages.push(event.data);
    if (typeof event.data === 'number') frame.style.height = event.data + 'px';
  });
</script>
</body></html>
`;

before(async () => {
  let page = '';
  const server = http.createServer((request, response) => {
    if (request.url !== '/') return response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  // Allowed: the intranet as http://localhost:<port>; the same page as http://127.0.0.1:<port> is another origin.
  intranet = { allowed: `http://localhost:${port}/`, other: `http://127.0.0.1:${port}/`, stop: () => server.close() };
  widget = await host('nginx', path.join(repo, 'target/dist/site'), [`http://localhost:${port}`]);
  page = hostPage(`${widget.base}#policy=bank-tiktok-2020`);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await widget?.stop();
  intranet?.stop();
});

test('framed by a listed origin, the page checks, sends only its height, and fits its frame at 360 to 1280 px', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
  await page.goto(intranet.allowed);
  const frame = page.frameLocator('iframe');
  await frame.locator('main#appcheck[data-ready="true"]').waitFor({ timeout: 30_000 }).catch((e) => {
    throw new Error(`the framed page did not draw: ${problems.join('\n')}\n${e.message}`);
  });
  assert.match(await frame.locator('#policy-title').textContent(), /TikTok/);
  await frame.locator('#device-phone').check();
  await frame.locator('#ownership-company').check();
  const typed = 'TikTok\nSlack\nQuarterly payroll secrets\n';
  await frame.locator('#app-list').fill(typed);
  await frame.locator('#check').click();
  await frame.locator('#overall[data-answer="action_required"]').waitFor({ timeout: 30_000 });

  const inFrame = page.frames().find((f) => f.url().startsWith(widget.base));
  // The host hears the page's height, as a number, and nothing else.
  const settled = () => page.waitForFunction(() => {
    const frame = document.querySelector('iframe');
    const last = window.messages.at(-1);
    return typeof last === 'number' && frame.getBoundingClientRect().height === last;
  }, null, { timeout: 30_000 });
  await settled();
  for (const width of [360, 480, 768, 1024, 1280]) {
    await page.evaluate((width) => { document.querySelector('#frame-box').style.width = `${width}px`; }, width);
    // Wait until the page has measured itself at this width and the host has applied it.
    await page.waitForFunction((width) => document.querySelector('iframe').getBoundingClientRect().width === width, width);
    await inFrame.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(true), 0))));
    await settled();
    const fit = await inFrame.evaluate(() => {
      const root = document.documentElement;
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, scrollHeight: root.scrollHeight, clientHeight: root.clientHeight };
    });
    assert.ok(fit.scrollWidth <= fit.clientWidth, `no horizontal scrollbar at ${width} px: ${JSON.stringify(fit)}`);
    assert.ok(fit.scrollHeight <= fit.clientHeight, `no vertical scrollbar at ${width} px: ${JSON.stringify(fit)}`);
  }
  const messages = await page.evaluate(() => window.messages);
  assert.ok(messages.length > 0);
  for (const m of messages) assert.ok(typeof m === 'number' && Number.isInteger(m) && m > 0, `a message that is not a height: ${JSON.stringify(m)}`);
  // A smaller frame at 360 px than the page is tall would scroll; the heights differ by width.
  assert.ok(new Set(messages).size > 1, `the height follows the width: ${messages.join(', ')}`);
  assert.ok(!JSON.stringify(messages).includes('payroll'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('framed by an origin not listed, the browser refuses to show the page', async () => {
  const page = await browser.newPage();
  const refusals = [];
  page.on('console', (m) => { if (/frame-ancestors/.test(m.text())) refusals.push(m.text()); });
  await page.goto(intranet.other);
  await page.waitForFunction(() => window.frameLoaded === true, null, { timeout: 30_000 });
  await page.waitForFunction(() => true); // one more turn for the console message
  // The frame holds the browser's error page, not appcheck: nothing of it was run or shown.
  const frames = page.frames().filter((f) => f !== page.mainFrame());
  assert.equal(frames.length, 1);
  assert.ok(!frames[0].url().startsWith(widget.base), `the frame stayed on ${frames[0].url()}`);
  assert.equal(await page.frameLocator('iframe').locator('main#appcheck').count(), 0);
  assert.deepEqual(await page.evaluate(() => window.messages), []);
  assert.ok(refusals.some((r) => r.includes(widget.base.replace(/\/it\/appcheck\/$/, ''))), refusals.join('\n'));
  await page.close();
});
