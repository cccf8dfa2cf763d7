// The shipped nginx configuration (pkg-config/hosting/nginx.conf) on Debian's nginx,
// serving the dist site (`make dist` → target/dist/site) under a sub-path on
// 127.0.0.1: the types and headers are right (content-hashed files cached for a year,
// everything else revalidated), a full check works through it, and the service worker
// keeps the page working under that sub-path once nginx is gone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { launch, repo, checkOnPhone } from './harness.mjs';

const distSite = path.join(repo, 'target/dist/site');
let nginx;
let base;
let browser;
let dir;

const freePort = () => new Promise((resolve) => {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appcheck-nginx-'));
  const site = path.join(dir, 'site');
  fs.cpSync(distSite, site, { recursive: true });
  fs.chmodSync(dir, 0o755);
  const port = await freePort();
  const location = fs.readFileSync(path.join(repo, 'pkg-config/hosting/nginx.conf'), 'utf8').replace('/srv/appcheck/', `${site}/`);
  fs.writeFileSync(path.join(dir, 'appcheck.conf'), location);
  fs.writeFileSync(path.join(dir, 'nginx.conf'), `
    worker_processes 1;
    ${process.getuid?.() === 0 ? 'user root;' : ''}
    pid ${dir}/nginx.pid;
    error_log ${dir}/error.log;
    events { worker_connections 64; }
    http {
      access_log ${dir}/access.log;
      client_body_temp_path ${dir}/body;
      server {
        listen 127.0.0.1:${port};
        include ${dir}/appcheck.conf;
      }
    }`);
  nginx = spawn('nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir, '-g', 'daemon off;'], { stdio: 'inherit' });
  base = `http://127.0.0.1:${port}/it/appcheck/`;
  for (let i = 0; i < 50; i++) {
    try { await fetch(base); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  browser = await launch();
});

after(async () => {
  await browser?.close();
  nginx?.kill();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The site's files by their published names, relative to the site folder. */
function published(folder = '') {
  return fs.readdirSync(path.join(distSite, folder), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? published(path.join(folder, entry.name)) : [path.join(folder, entry.name)]);
}

const CSP = ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", "form-action 'none'", "base-uri 'none'", "object-src 'none'"];

test('nginx serves the site under a sub-path with the right types and headers', async () => {
  const page = await fetch(base);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type'), /^text\/html/);
  assert.equal(page.headers.get('cache-control'), 'no-cache');
  assert.equal((await fetch(`${base}index.html`, { method: 'POST' })).status, 403, 'only reading');

  const files = published();
  const hashed = files.filter((f) => /\.[0-9a-f]{10}\.[a-z]+$/.test(f));
  assert.deepEqual(hashed.map((f) => f.replace(/\.[0-9a-f]{10}\./, '.<hash>.')).sort(), [
    'pkg/appcheck.<hash>.js', 'pkg/appcheck_bg.<hash>.wasm', 'www/app.<hash>.js', 'www/appcheck.<hash>.js',
    'www/example.<hash>.css', 'www/icon.<hash>.svg', 'www/style.<hash>.css', 'www/worker.<hash>.js',
  ]);
  const types = { html: /^text\/html/, js: /^text\/javascript/, css: /^text\/css/, wasm: /^application\/wasm$/, json: /^application\/json$/, sig: /^application\/json$/, svg: /^image\/svg\+xml$/ };
  for (const file of files) {
    const response = await fetch(`${base}${file}`);
    assert.equal(response.status, 200, file);
    const headers = response.headers;
    assert.match(headers.get('content-type'), types[file.split('.').pop()], file);
    // Every file, hashed or not, carries the CSP and the other security headers.
    for (const directive of CSP) assert.ok(headers.get('content-security-policy')?.includes(directive), `${directive} on ${file}`);
    assert.equal(headers.get('x-content-type-options'), 'nosniff', file);
    assert.equal(headers.get('referrer-policy'), 'no-referrer', file);
    // A hashed name is only ever one content: kept for a year. The page, sw.js, the
    // policies, trust.json, site.json and the stable entry points: revalidated.
    assert.equal(headers.get('cache-control'), hashed.includes(file) ? 'public, max-age=31536000, immutable' : 'no-cache', file);
    if (hashed.includes(file)) assert.equal((await fetch(`${base}${file}`, { method: 'POST' })).status, 403, `only reading ${file}`);
  }
  for (const file of ['sw.js', 'policies/index.json', 'trust.json', 'site.json', 'www/appcheck.js', 'www/app-check.js']) {
    assert.ok(files.includes(file), file);
  }
});

test('a full check works through nginx, and the page keeps working under its sub-path once nginx is gone', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${base}#policy=bank-tiktok-2020`);
  await page.locator('#check-form').waitFor();
  assert.equal(await checkOnPhone(page, 'package:com.zhiliaoapp.musically\nSlack\n'), 'action_required');
  assert.deepEqual(errors, []);

  // The service worker sits in the sub-path, and its scope is the page's folder.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope), base);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), `${base}sw.js`);
  nginx.kill();
  await new Promise((resolve) => nginx.once('exit', resolve));
  await context.setOffline(true);
  await page.reload();
  await page.locator('#check-form').waitFor();
  assert.equal(await checkOnPhone(page, 'TikTok\n'), 'action_required');
  await context.close();
});
