// The npm package in the bundlers its README names: packed with `npm pack` (as
// npm.test.mjs does), installed into a small app that follows the README's "Use"
// section, built with Vite, webpack (through its Node API: webpack-cli wants a newer
// Node) and esbuild exactly as the README's section for each says, served with the
// site's files, and run in Debian's Chromium: the widget draws, and a long list is
// checked by the package's own Web Worker (`data-worker-checks` on #result), with no
// warning that the worker could not start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, repo } from './harness.mjs';

const here = path.join(repo, 'tests/e2e');
const bin = path.join(here, 'node_modules/.bin');
let dir;
let tarball;
let browser;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appcheck-bundlers-'));
  const [pack] = JSON.parse(execFileSync('npm', ['pack', path.join(repo, 'target/dist/npm'), '--json', '--pack-destination', dir],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  tarball = path.join(dir, pack.filename);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

// The README's "Use": a container of the page's own, the site's policies, trust.json
// and site.json under /it/appcheck/.
const APP = `import { mountAppCheck } from 'appcheck';

// A container of your page; the policies, trust.json and site.json are your site's.
await mountAppCheck(document.querySelector('#appcheck'), {
  index: '/it/appcheck/policies/index.json',
  trust: '/it/appcheck/trust.json',
  site: '/it/appcheck/site.json',
});
`;

/** A new app folder with the packed package installed as a consumer gets it. */
function app(name) {
  const root = path.join(dir, name);
  fs.mkdirSync(path.join(root, 'node_modules'), { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', path.join(root, 'node_modules')]);
  fs.renameSync(path.join(root, 'node_modules/package'), path.join(root, 'node_modules/appcheck'));
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: `app-${name}`, private: true, type: 'module' }));
  fs.writeFileSync(path.join(root, 'app.js'), APP);
  return root;
}

/** The built app, with the site's files beside it, in Chromium: a long list checked by the package's worker. */
async function runs(out) {
  fs.cpSync(path.join(repo, 'target/dist/site'), path.join(out, 'it/appcheck'), { recursive: true });
  fs.writeFileSync(path.join(out, 'favicon.ico'), ''); // the browser asks; not the package's
  const server = await serve(out);
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));
  try {
    await page.goto(`${server.url}#policy=bank-tiktok-2020`);
    await page.locator('#appcheck[data-ready="true"] #check').waitFor({ timeout: 30_000 }).catch((e) => {
      throw new Error(`the widget did not draw: ${problems.join('\n')}\n${e.message}`);
    });
    await page.check('#device-phone');
    await page.check('#ownership-company');
    const list = Array.from({ length: 3_000 }, (_, i) => `com.example.app${i}`).join('\n') + '\ncom.zhiliaoapp.musically\n';
    await page.locator('#app-list').evaluate((el, text) => { el.value = text; }, list);
    await page.click('#check');
    await page.waitForFunction(() => document.querySelector('#result')?.dataset.workerChecks === '1'
      && document.querySelector('#overall') !== null, null, { timeout: 60_000 }).catch((e) => {
      throw new Error(`not checked in the package's worker: ${problems.join('\n')}\n${e.message}`);
    });
    assert.equal(await page.getAttribute('#overall', 'data-answer'), 'action_required');
    assert.equal(workers.length, 1, workers.join('\n'));
    // In German: its words are a file of the package, which the bundle carries too.
    await page.selectOption('#language', 'de');
    await page.locator('#appcheck[lang="de"] #overall').waitFor();
    assert.match(await page.textContent('#appcheck .privacy'), /bleiben auf diesem Gerät/);
    assert.deepEqual(problems, []);
    return workers[0];
  } finally {
    await page.close();
    server.stop();
  }
}

const PAGE = (script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Intranet</title></head>
<body><h1>Intranet</h1><main id="appcheck"></main>
${script}
</body></html>
`;

test('Vite: `vite build` as it is; the package\'s worker checks a long list', async () => {
  const root = app('vite');
  fs.writeFileSync(path.join(root, 'index.html'), PAGE('<script type="module" src="./app.js"></script>'));
  execFileSync(path.join(bin, 'vite'), ['build', '--logLevel', 'warn'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const worker = await runs(path.join(root, 'dist'));
  assert.doesNotMatch(worker, /^(data|blob):/, 'the worker is a file of the build');
});

test('webpack 5: works as it is; the package\'s worker checks a long list', async () => {
  const root = app('webpack');
  const { default: webpack } = await import(path.join(here, 'node_modules/webpack/lib/index.js'));
  const out = path.join(root, 'dist');
  const stats = await new Promise((resolve, reject) => webpack({
    mode: 'production', context: root, entry: './app.js', output: { path: out },
  }, (error, result) => (error ? reject(error) : resolve(result))));
  assert.ok(!stats.hasErrors(), stats.toString({ all: false, errors: true }));
  fs.writeFileSync(path.join(out, 'index.html'), PAGE('<script src="main.js"></script>'));
  await runs(out);
});

test('esbuild: the README\'s two commands; the package\'s worker checks a long list', async () => {
  const root = app('esbuild');
  const readme = fs.readFileSync(path.join(root, 'node_modules/appcheck/README.md'), 'utf8');
  const commands = readme.match(/## esbuild[\s\S]*?```sh\n([\s\S]*?)```/)[1];
  execFileSync('bash', ['-euo', 'pipefail', '-c', commands], {
    cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
  });
  const out = path.join(root, 'dist');
  fs.writeFileSync(path.join(out, 'index.html'), PAGE('<script type="module" src="app.js"></script>'));
  await runs(out);
});
