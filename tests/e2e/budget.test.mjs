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

// What the page loads, in order (the e2e tests check there is nothing else).
const pageFiles = [
  'index.html', 'www/style.css', 'www/icon.svg', 'www/app.js', 'www/appcheck.js',
  'pkg/appcheck.js', 'pkg/appcheck_bg.wasm', 'policies/index.json', 'trust.json', 'site.json', 'policies/retailer-memo-us.json',
];

test('the Wasm module fits its gzip budget', () => {
  const size = gzipped('pkg/appcheck_bg.wasm');
  console.log(`wasm: ${size} bytes gzip (budget ${budget.wasm_gzip}, target ${budget.target_wasm_gzip})`);
  assert.ok(size <= budget.wasm_gzip, `${size} > ${budget.wasm_gzip}`);
});

test('everything the page loads fits its gzip budget', () => {
  const total = pageFiles.map(gzipped).reduce((a, b) => a + b, 0);
  console.log(`page: ${total} bytes gzip (budget ${budget.page_gzip}, target ${budget.target_page_gzip})`);
  assert.ok(total <= budget.page_gzip, `${total} > ${budget.page_gzip}`);
});
