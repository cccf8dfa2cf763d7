// The npm package (`make dist` → target/dist/npm, from pkg-config/npm/): packed with
// `npm pack` and unpacked as node_modules/appcheck, as a consumer would get it. Its
// TypeScript declarations compile against an example (tests/e2e/types/, `tsc
// --noEmit`), and in Debian's Chromium its ES module, Wasm module and stylesheet work
// from where the package sits: check(), mountAppCheck() and <app-check>.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, repo } from './harness.mjs';

const npmDir = path.join(repo, 'target/dist/npm');
const here = path.join(repo, 'tests/e2e');
let dir;
let packed;

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appcheck-npm-'));
  const [pack] = JSON.parse(execFileSync('npm', ['pack', npmDir, '--json', '--pack-destination', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  packed = pack;
  fs.mkdirSync(path.join(dir, 'node_modules'));
  execFileSync('tar', ['-xzf', path.join(dir, pack.filename), '-C', path.join(dir, 'node_modules')]);
  fs.renameSync(path.join(dir, 'node_modules/package'), path.join(dir, 'node_modules/appcheck'));
});

after(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('the package holds the module, the glue, the Wasm module, the stylesheet and the types, at the crate\'s version', () => {
  assert.deepEqual(packed.files.map((f) => f.path).sort(), [
    'README.md', 'app-check.d.ts', 'app-check.js', 'appcheck.d.ts', 'appcheck.de.json', 'appcheck.es.json', 'appcheck.fr.json',
    'appcheck.js', 'appcheck.node.js', 'appcheck_bg.wasm', 'appcheck_glue.js', 'checker_bg.wasm', 'checker_glue.js', 'package.json',
    'style.css', 'widget.js', 'worker.js',
  ]);
  const version = fs.readFileSync(path.join(repo, 'Cargo.toml'), 'utf8').match(/^version = "(.*)"$/m)[1];
  assert.equal(packed.version, version);
  const api = fs.readFileSync(path.join(dir, 'node_modules/appcheck/appcheck.js'), 'utf8');
  assert.match(api, /from '\.\/appcheck_glue\.js'/);
  assert.match(api, /new URL\('\.\/style\.css', import\.meta\.url\)/);
  assert.match(api, /from '\.\/widget\.js'/);
  assert.match(fs.readFileSync(path.join(dir, 'node_modules/appcheck/appcheck_glue.js'), 'utf8'), /new URL\('appcheck_bg\.wasm', import\.meta\.url\)/);
  // How the widget starts (shared with the site's page), with no glue of its own.
  const start = fs.readFileSync(path.join(dir, 'node_modules/appcheck/widget.js'), 'utf8');
  assert.doesNotMatch(start, /^import /m);
  // The literal Vite and webpack recognise, so that they bundle the worker with its imports.
  assert.match(start, /new Worker\(new URL\('\.\/worker\.js', import\.meta\.url\), \{ type: 'module' \}\)/);
  // The package has no site around it: no default file relative to the module.
  assert.match(start, /const SITE_FILES = null;/);
  // The interface's other languages beside the module, by literals bundlers follow too.
  for (const lang of ['de', 'fr', 'es']) assert.match(start, new RegExp(`${lang}: new URL\\('\\./appcheck\\.${lang}\\.json', import\\.meta\\.url\\)`));
  // The worker's own module, which checks and draws nothing.
  assert.match(fs.readFileSync(path.join(dir, 'node_modules/appcheck/worker.js'), 'utf8'), /from '\.\/checker_glue\.js'/);
  assert.match(fs.readFileSync(path.join(dir, 'node_modules/appcheck/checker_glue.js'), 'utf8'), /new URL\('checker_bg\.wasm', import\.meta\.url\)/);
});

test('in plain Node: importing touches no DOM, check() answers from the Wasm module read from disk, and never rejects', () => {
  const run = (code, cwd = dir) => execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const policy = path.join(repo, 'pkg-config/policies/bank-tiktok-2020.json');
  const answer = run(`
    import fs from 'node:fs';
    import * as api from 'appcheck';
    if (typeof HTMLElement !== 'undefined' || typeof document !== 'undefined') throw new Error('not plain Node');
    const policy = fs.readFileSync(${JSON.stringify(policy)}, 'utf8');
    const response = await api.check({ policy, list: 'TikTok\\nSlack\\n', context: { device: 'phone', ownership: 'company' }, now: '2020-07-12T12:00:00Z' });
    const broken = await api.check({ policy: '{', list: 'TikTok', context: {}, now: '2020-07-12T12:00:00Z' });
    // In German: the words come from the package's appcheck.de.json, read from disk.
    const german = await api.check({ policy, list: 'TikTok\\nSlack\\n', context: { device: 'phone', ownership: 'company', language: 'de' }, now: '2020-07-12T12:00:00Z' });
    console.log(JSON.stringify([response.status, response.report?.overall.answer, broken.status, broken.errors[0].source, typeof api.defineAppCheck, typeof api.initSync, typeof api.init, german.report?.overall.message]));
  `);
  const answered = JSON.parse(answer);
  assert.equal(answered.pop(), 'Entfernen Sie jetzt TikTok.', 'the German report');
  assert.deepEqual(answered, ['success', 'action_required', 'failure', 'policy', 'function', 'function', 'function']);

  // Without its Wasm module, check() answers with an error, as data: it does not reject.
  const bare = path.join(dir, 'bare');
  fs.mkdirSync(path.join(bare, 'node_modules'), { recursive: true });
  fs.cpSync(path.join(dir, 'node_modules/appcheck'), path.join(bare, 'node_modules/appcheck'), { recursive: true });
  fs.rmSync(path.join(bare, 'node_modules/appcheck/appcheck_bg.wasm'));
  const failure = JSON.parse(run(`
    import { check } from 'appcheck';
    console.log(JSON.stringify(await check({ policy: '{}', list: 'TikTok', context: {}, now: '2020-07-12T12:00:00Z' })));
  `, bare));
  assert.equal(failure.status, 'failure');
  assert.equal(failure.errors[0].source, 'module');
  assert.match(failure.errors[0].message, /WebAssembly module could not be loaded/);
  assert.match(failure.errors[0].help, /initSync/);

  // initSync(bytes) for a host that places the module itself.
  const placed = JSON.parse(run(`
    import fs from 'node:fs';
    import { initSync, check } from 'appcheck';
    initSync(fs.readFileSync(${JSON.stringify(path.join(dir, 'node_modules/appcheck/appcheck_bg.wasm'))}));
    const policy = fs.readFileSync(${JSON.stringify(policy)}, 'utf8');
    console.log(JSON.stringify((await check({ policy, list: 'TikTok', context: { device: 'phone', ownership: 'company' }, now: '2020-07-12T12:00:00Z' })).status));
  `, bare));
  assert.equal(placed, 'success');
});

test('the TypeScript declarations compile against an example that uses every export', () => {
  for (const file of ['example.ts', 'tsconfig.json']) fs.copyFileSync(path.join(here, 'types', file), path.join(dir, file));
  try {
    execFileSync(path.join(here, 'node_modules/.bin/tsc'), ['--noEmit', '-p', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    assert.fail(`tsc: ${e.stdout}${e.stderr}`);
  }
  // And the example's @ts-expect-error lines are errors indeed: with one removed, tsc fails.
  const example = fs.readFileSync(path.join(dir, 'example.ts'), 'utf8');
  fs.writeFileSync(path.join(dir, 'example.ts'), example.replace('// @ts-expect-error: not a device appcheck knows\n', ''));
  assert.throws(() => execFileSync(path.join(here, 'node_modules/.bin/tsc'), ['--noEmit', '-p', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
    (e) => /fridge/.test(e.stdout));
  fs.writeFileSync(path.join(dir, 'example.ts'), example);
});

test('in the browser, the package works from where it sits: check(), mountAppCheck() and <app-check>', async () => {
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>npm</title><main id="appcheck"></main>\n');
  fs.copyFileSync(path.join(repo, 'pkg-config/policies/bank-tiktok-2020.json'), path.join(dir, 'bank.json'));
  fs.writeFileSync(path.join(dir, 'trust.json'), '{"schema": 1, "allow_unsigned": true}');
  const server = await serve(dir);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
    await page.goto(server.url);
    const answer = await page.evaluate(async () => {
      const api = await import('./node_modules/appcheck/appcheck.js');
      const policy = await (await fetch('bank.json')).text();
      const response = await api.check({ policy, list: 'TikTok\n', context: { device: 'phone', ownership: 'company' }, now: '2020-07-12T12:00:00Z' });
      await api.mountAppCheck(document.querySelector('#appcheck'), { policy: 'bank.json', trust: 'trust.json' });
      await import('./node_modules/appcheck/app-check.js');
      document.body.insertAdjacentHTML('beforeend', '<app-check policy="bank.json" trust="trust.json"></app-check>');
      return response.status === 'success' ? response.report.overall.answer : JSON.stringify(response);
    });
    assert.equal(answer, 'action_required');
    assert.equal(await page.getAttribute('#appcheck', 'data-ready'), 'true');
    assert.equal(await page.locator('main #check-form').count(), 1);
    await page.locator('app-check[data-ready="true"]').waitFor();
    // The element's stylesheet came from the package (its shadow root is styled).
    assert.ok(await page.locator('app-check').evaluate((el) =>
      [...el.shadowRoot.styleSheets].some((s) => s.href?.endsWith('/node_modules/appcheck/style.css') && s.cssRules.length > 0)));
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.stop();
  }
});

test("the package's stylesheet, imported by a host page for mountAppCheck(), styles the widget and nothing of the page", async () => {
  fs.writeFileSync(path.join(dir, 'host.html'), `<!doctype html><meta charset="utf-8"><title>host</title>
    <link rel="stylesheet" href="node_modules/appcheck/style.css">
    <h1>Intranet</h1><p class="news">News</p><button class="intranet">Search</button><div id="appcheck"></div>\n`);
  fs.writeFileSync(path.join(dir, 'bare.html'), `<!doctype html><meta charset="utf-8"><title>host</title>
    <h1>Intranet</h1><p class="news">News</p><button class="intranet">Search</button><div id="appcheck"></div>\n`);
  fs.copyFileSync(path.join(repo, 'pkg-config/policies/bank-tiktok-2020.json'), path.join(dir, 'bank.json'));
  fs.writeFileSync(path.join(dir, 'trust.json'), '{"schema": 1, "allow_unsigned": true}');
  const server = await serve(dir);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const look = () => page.evaluate(() => Object.fromEntries(['body', 'h1', 'p.news', 'button.intranet', 'html'].map((selector) => {
      const style = getComputedStyle(document.querySelector(selector));
      return [selector, ['maxWidth', 'margin', 'padding', 'fontFamily', 'fontSize', 'color', 'backgroundColor', 'borderRadius', 'lineHeight'].map((p) => style[p]).join(' | ')];
    })));
    await page.goto(`${server.url}bare.html`);
    const before = await look();
    await page.goto(`${server.url}host.html`);
    await page.evaluate(async () => {
      const api = await import('./node_modules/appcheck/appcheck.js');
      await api.mountAppCheck(document.querySelector('#appcheck'), { policy: 'bank.json', trust: 'trust.json' });
    });
    await page.locator('#appcheck #check').waitFor();
    assert.deepEqual(await look(), before, 'the host page looks as it did without the stylesheet');
    // The widget's own button is styled by it.
    assert.equal(await page.locator('#appcheck #check').evaluate((b) => getComputedStyle(b).borderTopLeftRadius), '8px');
    assert.notEqual(await page.locator('#appcheck #check').evaluate((b) => getComputedStyle(b).backgroundColor),
      await page.locator('button.intranet').evaluate((b) => getComputedStyle(b).backgroundColor));
  } finally {
    await browser.close();
    server.stop();
  }
});
