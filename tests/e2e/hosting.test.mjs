// The shipped nginx configuration (pkg-config/hosting/nginx.conf) on Debian's nginx,
// serving the built site under a sub-path on 127.0.0.1: the headers are right, and a
// full check works through it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { launch, builtSite, repo } from './harness.mjs';

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
  fs.cpSync(builtSite, site, { recursive: true });
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

test('nginx serves the site under a sub-path with the right types and headers', async () => {
  const page = await fetch(base);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type'), /^text\/html/);
  const csp = page.headers.get('content-security-policy');
  for (const directive of ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", "form-action 'none'", "base-uri 'none'", "object-src 'none'"]) {
    assert.ok(csp.includes(directive), `${directive} in ${csp}`);
  }
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(page.headers.get('cache-control'), 'no-cache');
  const wasm = await fetch(`${base}pkg/appcheck_bg.wasm`);
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  assert.equal((await fetch(`${base}policies/index.json`)).headers.get('content-type'), 'application/json');
  assert.equal((await fetch(`${base}index.html`, { method: 'POST' })).status, 403, 'only reading');
});

test('a full check works through nginx', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${base}#policy=bank-tiktok-2020`);
  await page.locator('#check-form').waitFor();
  await page.check('#device-phone');
  await page.check('#ownership-company');
  await page.fill('#app-list', 'package:com.zhiliaoapp.musically\nSlack\n');
  await page.click('#check');
  await page.locator('#overall').waitFor();
  assert.equal(await page.getAttribute('#overall', 'data-answer'), 'action_required');
  assert.deepEqual(errors, []);
  await page.close();
});
