// The shipped hosting configurations (pkg-config/hosting/: nginx, Apache, Caddy) on
// Debian's real servers, serving the dist site (`make dist` → target/dist/site) and
// the single file beside it under a sub-path on 127.0.0.1, with the same assertions
// for each: the types and headers are right (content-hashed files cached for a year,
// everything else revalidated, only GET and HEAD), the brotli or gzip copy the build
// wrote is sent to a browser that accepts it, a full check works through it, the
// single file placed beside the site works under its own CSP, and the service worker
// keeps the page working under that sub-path once the server is gone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { launch, repo, checkOnPhone, serve } from './harness.mjs';
import { host, sendsBrotli } from './servers.mjs';

const dist = path.join(repo, 'target/dist');
let browser;
let site;

before(async () => {
  // The site as an admin publishes it, with the single file placed beside it.
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'appcheck-dist-'));
  fs.cpSync(path.join(dist, 'site'), site, { recursive: true });
  fs.copyFileSync(path.join(dist, 'appcheck.html'), path.join(site, 'appcheck.html'));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (site) fs.rmSync(site, { recursive: true, force: true });
});

/** The site's files by their published names, relative to the site folder. */
function published(folder = '') {
  return fs.readdirSync(path.join(site, folder), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? published(path.join(folder, entry.name)) : [path.join(folder, entry.name)]);
}

/** A GET with `accept-encoding` as given, its body as sent (not decompressed). */
const raw = (url, acceptEncoding) => new Promise((resolve, reject) => {
  const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
  http.get(url, { headers }, (response) => {
    const chunks = [];
    response.on('data', (c) => chunks.push(c));
    response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    response.on('error', reject);
  }).on('error', reject);
});

/** The compressed copies beside the site's files: `.br` and `.gz`. */
const isCopy = (file) => /\.(br|gz)$/.test(file);

/**
 * What a page that reads nothing of the device asks for none of: no camera, microphone,
 * place, payment or device port, for it and any frame in it (`Permissions-Policy`); and
 * no window that opened it, or that it opens, keeps a hold on it
 * (`Cross-Origin-Opener-Policy`).
 */
function assertHardened(headers, file) {
  const get = (name) => (typeof headers.get === 'function' ? headers.get(name) : headers[name]) ?? '';
  const denied = get('permissions-policy').split(',').map((d) => d.trim());
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'serial', 'hid', 'display-capture']) {
    assert.ok(denied.includes(`${feature}=()`), `${feature} on ${file}: ${denied}`);
  }
  assert.equal(get('cross-origin-opener-policy'), 'same-origin', file);
}

const CSP = ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", "form-action 'none'", "base-uri 'none'", "object-src 'none'"];

for (const server of ['nginx', 'apache', 'caddy']) {
  test(`${server} serves the site under a sub-path with the right types and headers, for GET and HEAD only`, async () => {
    const { base, stop } = await host(server, site);
    try {
      const page = await fetch(base);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type'), /^text\/html/);
      assert.equal(page.headers.get('cache-control'), 'no-cache');
      for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
        const refused = await fetch(`${base}index.html`, { method });
        assert.equal(refused.status, 403, `only reading: ${method}`);
        assert.doesNotMatch(await refused.text(), /<main id="appcheck"/, `no page for ${method}`);
      }

      const files = published().filter((file) => !isCopy(file));
      const hashed = files.filter((f) => /\.[0-9a-f]{10}\.[a-z]+$/.test(f));
      assert.deepEqual(hashed.map((f) => f.replace(/\.[0-9a-f]{10}\./, '.<hash>.')).sort(), [
        'i18n/de.<hash>.json', 'i18n/es.<hash>.json', 'i18n/fr.<hash>.json',
        'pkg/appcheck.<hash>.js', 'pkg/appcheck_bg.<hash>.wasm', 'pkg/checker.<hash>.js', 'pkg/checker_bg.<hash>.wasm',
        'pkg/page.<hash>.js', 'pkg/page_bg.<hash>.wasm',
        'www/app.<hash>.js', 'www/appcheck.<hash>.js', 'www/early.<hash>.js', 'www/example.<hash>.css', 'www/icon.<hash>.svg', 'www/style.<hash>.css',
        'www/widget.<hash>.js', 'www/worker.<hash>.js',
      ]);
      const types = { html: /^text\/html/, js: /^text\/javascript/, css: /^text\/css/, wasm: /^application\/wasm$/, json: /^application\/json$/, sig: /^application\/json$/, svg: /^image\/svg\+xml$/ };
      for (const file of files) {
        const response = await fetch(`${base}${file}`);
        assert.equal(response.status, 200, file);
        const headers = response.headers;
        assert.match(headers.get('content-type'), types[file.split('.').pop()], file);
        const csp = headers.get('content-security-policy') ?? '';
        if (file === 'appcheck.html') {
          // The single file's own CSP is in its meta tag; the header adds framing only.
          assert.equal(csp, "frame-ancestors 'self'", file);
        } else {
          // Every file of the site, hashed or not, carries the CSP.
          for (const directive of CSP) assert.ok(csp.includes(directive), `${directive} on ${file}: ${csp}`);
          assert.match(csp, /frame-ancestors 'self'$/, file);
        }
        assert.equal(headers.get('x-content-type-options'), 'nosniff', file);
        assert.equal(headers.get('referrer-policy'), 'no-referrer', file);
        assertHardened(headers, file);
        // No origin is listed: no other may read the files.
        assert.equal(headers.get('access-control-allow-origin'), null, file);
        // A hashed name is only ever one content: kept for a year. The page, sw.js, the
        // policies, trust.json, site.json and the stable entry points: revalidated.
        assert.equal(headers.get('cache-control'), hashed.includes(file) ? 'public, max-age=31536000, immutable' : 'no-cache', file);
        if (hashed.includes(file)) assert.equal((await fetch(`${base}${file}`, { method: 'POST' })).status, 403, `only reading ${file}`);
        assert.equal((await fetch(`${base}${file}`, { method: 'HEAD' })).status, 200, `HEAD ${file}`);
      }
      for (const file of ['sw.js', 'policies/index.json', 'trust.json', 'site.json', 'www/appcheck.js', 'www/app-check.js']) {
        assert.ok(files.includes(file), file);
      }
    } finally {
      await stop();
    }
  });

  test(`${server} sends the brotli or gzip copy the build wrote beside every text and Wasm file, with Vary, the file's type and its caching`, async () => {
    const { base, stop } = await host(server, site);
    try {
      const all = published();
      const files = all.filter((file) => !isCopy(file));
      const compressed = files.filter((file) => all.includes(`${file}.gz`));
      // Every text and Wasm file of the site has both copies (the build makes them with it;
      // a file of a few bytes may have none, as no copy would be smaller).
      for (const file of files.filter((f) => /\.(html|js|css|json|sig|svg|wasm)$/.test(f) && f !== 'appcheck.html' && fs.statSync(path.join(site, f)).size > 256)) {
        assert.ok(all.includes(`${file}.br`) && all.includes(`${file}.gz`), `copies of ${file}`);
      }
      assert.ok(compressed.some((f) => /^pkg\/page_bg\.[0-9a-f]{10}\.wasm$/.test(f)), "the page's Wasm module");
      assert.ok(compressed.some((f) => /^pkg\/checker_bg\.[0-9a-f]{10}\.wasm$/.test(f)), "the worker's Wasm module");
      assert.ok(compressed.some((f) => /^pkg\/appcheck_bg\.[0-9a-f]{10}\.wasm$/.test(f)), "the embedders' Wasm module");
      const brotli = sendsBrotli(server);
      for (const file of compressed) {
        const url = file === 'index.html' ? base : `${base}${file}`;
        const plain = await raw(url);
        const type = plain.headers['content-type'];
        const cache = plain.headers['cache-control'];
        assert.equal(plain.headers['content-encoding'], undefined, file);
        assert.ok(plain.body.equals(fs.readFileSync(path.join(site, file))), `${file} as it is`);
        for (const [accept, encoding] of [['gzip, deflate, br, zstd', brotli ? 'br' : 'gzip'], ['gzip, deflate', 'gzip']]) {
          const sent = await raw(url, accept);
          assert.equal(sent.status, 200, file);
          assert.equal(sent.headers['content-encoding'], encoding, `${file} for ${accept}`);
          const copy = fs.readFileSync(path.join(site, `${file}.${encoding === 'br' ? 'br' : 'gz'}`));
          assert.ok(sent.body.equals(copy), `${file}: the ${encoding} copy for ${accept}`);
          assert.equal(sent.headers['content-type'], type, `${file}: the file's own type`);
          assert.equal(sent.headers['cache-control'], cache, `${file}: the file's own caching`);
          assert.match(sent.headers.vary ?? '', /accept-encoding/i, `${file}: Vary`);
          assert.match(sent.headers['content-security-policy'] ?? '', /default-src 'none'/, file);
        }
      }
    } finally {
      await stop();
    }
  });

  test(`through ${server}, a full check works, so does the single file beside the site, and the page keeps working under its sub-path once the server is gone`, async () => {
    const { base, stop } = await host(server, site);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));

      // The single file: its inline module runs under its own CSP, not the site's.
      await page.goto(`${base}appcheck.html`);
      await page.locator('#appcheck[data-ready="true"]').waitFor();
      // It carries the index's default policy: the withdrawn memo, its notice first.
      assert.match(await page.textContent('#appcheck'), /withdrawn/i, 'the single file');

      await page.goto(`${base}#policy=bank-tiktok-2020`);
      await page.locator('#check-form').waitFor();
      assert.equal(await checkOnPhone(page, 'package:com.zhiliaoapp.musically\nSlack\n'), 'action_required');
      assert.deepEqual(errors, []);

      // The service worker sits in the sub-path, and its scope is the page's folder.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope), base);
      assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), `${base}sw.js`);
      await stop();
      await context.setOffline(true);
      await page.reload();
      await page.locator('#check-form').waitFor();
      assert.equal(await checkOnPhone(page, 'TikTok\n'), 'action_required');
    } finally {
      await context.close();
      await stop();
    }
  });
}

test('appcheck serve sends the same hardening headers on every file', async () => {
  const server = await serve(path.join(dist, 'site'));
  try {
    for (const file of ['', 'index.html', 'trust.json', 'policies/index.json', 'sw.js', ...published().filter((f) => /\.(wasm|js)$/.test(f))]) {
      const response = await fetch(`${server.url}${file}`);
      assert.equal(response.status, 200, file);
      assertHardened(response.headers, file || '/');
    }
  } finally {
    server.stop();
  }
});
