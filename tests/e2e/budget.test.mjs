// The size budget of pkg-config/budget.json, checked on the built site: every file
// the page loads, gzipped, and the Wasm module alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { repo, builtSite } from './harness.mjs';

const budget = JSON.parse(fs.readFileSync(path.join(repo, 'pkg-config/budget.json'), 'utf8'));
const gzipped = (file) => zlib.gzipSync(fs.readFileSync(path.join(builtSite, file)), { level: 9 }).length;

/** The published name of a page file: scripts, style, icon and Wasm carry a content hash. */
function published(file) {
  const dir = path.dirname(file);
  const [, stem, ext] = path.basename(file).match(/^(.*)\.([^.]+)$/);
  const hashed = fs.readdirSync(path.join(builtSite, dir)).filter((n) => new RegExp(`^${stem}\\.[0-9a-f]{10}\\.${ext}$`).test(n));
  assert.ok(hashed.length <= 1, `one published ${file}: ${hashed}`);
  return hashed.length ? path.join(dir, hashed[0]) : file;
}

// What the page loads to be ready, in order (the e2e tests check there is nothing
// else), and the service worker it registers. Its Web Worker then loads the module that
// checks (worker.js, pkg/checker.js and its Wasm module), sized apart below, as is the
// module with both (pkg/appcheck.js: embedders', the single file's, the npm package's).
const pageFiles = [
  'index.html', 'www/style.css', 'www/icon.svg', 'www/app.js', 'www/early.js', 'www/widget.js',
  'pkg/page.js', 'pkg/page_bg.wasm', 'policies/index.json', 'trust.json', 'site.json', 'policies/retailer-memo-us.json',
  'sw.js',
].map(published);

test("the page's Wasm module fits its gzip budget", () => {
  const size = gzipped(published('pkg/page_bg.wasm'));
  console.log(`wasm: ${size} bytes gzip (budget ${budget.wasm_gzip}, target ${budget.target_wasm_gzip})`);
  assert.ok(size <= budget.wasm_gzip, `${size} > ${budget.wasm_gzip}`);
});

test("the worker's Wasm module, which checks, fits its gzip budget", () => {
  const size = gzipped(published('pkg/checker_bg.wasm'));
  console.log(`worker wasm: ${size} bytes gzip (budget ${budget.worker_wasm_gzip})`);
  assert.ok(size <= budget.worker_wasm_gzip, `${size} > ${budget.worker_wasm_gzip}`);
});

test('the Wasm module that both draws and checks fits its gzip budget', () => {
  const size = gzipped(published('pkg/appcheck_bg.wasm'));
  console.log(`full wasm: ${size} bytes gzip (budget ${budget.full_wasm_gzip})`);
  assert.ok(size <= budget.full_wasm_gzip, `${size} > ${budget.full_wasm_gzip}`);
});

test('everything the page loads fits its gzip budget', () => {
  const total = pageFiles.map(gzipped).reduce((a, b) => a + b, 0);
  console.log(`page: ${total} bytes gzip (budget ${budget.page_gzip}, target ${budget.target_page_gzip})`);
  assert.ok(total <= budget.page_gzip, `${total} > ${budget.page_gzip}`);
});
