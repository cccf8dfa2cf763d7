// Signed policies in Debian's Chromium: keys from `appcheck keygen`, signatures from
// `appcheck sign`, checked in the page with WebCrypto's Ed25519 against the keys the
// site pins in trust.json. Anything that does not verify gives "could not be verified
// — contact the help desk", never a verdict.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, publish, repo } from './harness.mjs';

const appcheck = (...args) => execFileSync(path.join(repo, 'target/debug/appcheck'), args, { encoding: 'utf8' });
let browser;
let keys;
const publicKeys = {};

before(async () => {
  browser = await launch();
  keys = fs.mkdtempSync(path.join(os.tmpdir(), 'appcheck-keys-'));
  for (const id of ['it-2026', 'stranger', 'it-bob']) {
    const out = appcheck('keygen', '--id', id, '--out', path.join(keys, `${id}.key`));
    publicKeys[id] = out.match(/"public_key": "([0-9a-f]{64})"/)[1];
  }
});

after(async () => {
  await browser?.close();
  fs.rmSync(keys, { recursive: true, force: true });
});

/**
 * A site publishing the bank policy (or `file`), signed with `key` or each of `signers`
 * (or not), trusting `trusted`, needing `threshold` signatures for an order; `edit`
 * runs on the policy file before it is signed.
 */
async function site({ file = 'bank-tiktok-2020.json', key, signers = key ? [key] : [], trusted = ['it-2026'], allowUnsigned = false, threshold, edit, tamper } = {}) {
  const dir = publish({ 'bank-tiktok-2020': file }, 'bank-tiktok-2020');
  const policy = path.join(dir, 'policies/bank-tiktok-2020.json');
  if (edit) edit(policy);
  for (const signer of signers) appcheck('sign', policy, '--key', path.join(keys, `${signer}.key`));
  if (signers.length) {
    const index = JSON.parse(fs.readFileSync(path.join(dir, 'policies/index.json'), 'utf8'));
    index.policies[0].signature = 'bank-tiktok-2020.json.sig';
    fs.writeFileSync(path.join(dir, 'policies/index.json'), JSON.stringify(index));
  }
  if (tamper) fs.writeFileSync(policy, tamper(fs.readFileSync(policy, 'utf8')));
  fs.writeFileSync(path.join(dir, 'trust.json'), JSON.stringify({
    schema: 1, allow_unsigned: allowUnsigned, keys: trusted.map((id) => ({ id, public_key: publicKeys[id] })),
    ...(threshold ? { publish: { threshold } } : {}),
  }));
  const server = await serve(dir);
  return { url: server.url, dir, stop: () => { server.stop(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

async function open(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('#appcheck[data-ready="true"]').waitFor();
  return page;
}

test('a policy signed with a trusted key is verified, and checks as usual', async () => {
  const s = await site({ key: 'it-2026' });
  const page = await open(browser, s.url);
  assert.equal(await page.getAttribute('#signature', 'data-state'), 'verified');
  assert.match(await page.textContent('#signature'), /key it-2026/);
  assert.equal(await page.locator('#check-form').count(), 1);
  await page.close();
  s.stop();
  // Key rotation: while both keys are trusted, a policy signed with either is verified.
  const rotating = await site({ key: 'stranger', trusted: ['it-2026', 'stranger'] });
  const rotated = await open(browser, rotating.url);
  assert.match(await rotated.textContent('#signature'), /key stranger/);
  await rotated.close();
  rotating.stop();
});

test('one changed byte, an untrusted key or a missing signature: "could not be verified"', async () => {
  const cases = [
    ['changed after signing', { key: 'it-2026', tamper: (t) => t.replace('immediately', '2099-01-01T00:00:00Z') }],
    ['signed with a key the site does not trust', { key: 'stranger' }],
    ['not signed, on a site that accepts only signed policies', {}],
  ];
  for (const [what, options] of cases) {
    const s = await site(options);
    const page = await open(browser, s.url);
    assert.match(await page.textContent('#policy-error'), /could not be verified/, what);
    assert.equal(await page.locator('#check-form').count(), 0, `${what}: no verdict`);
    assert.match(await page.textContent('#policy-error .contact'), /techhelp@bank\.example/, `${what}: whom to ask`);
    await page.close();
    s.stop();
  }
});

test('a policy file with a byte that is not UTF-8 is refused, as appcheck validate refuses it', async () => {
  // (The browser's text() would have read it with a replacement character, and the page
  // shown a policy the CLI refuses.)
  const edit = (file) => {
    const bytes = fs.readFileSync(file);
    bytes[bytes.indexOf('TikTok')] = 0xff;
    fs.writeFileSync(file, bytes);
  };
  const s = await site({ allowUnsigned: true, edit });
  const page = await open(browser, s.url);
  assert.match(await page.textContent('#policy-error'), /could not be loaded/);
  assert.equal(await page.locator('#check-form').count(), 0, 'no verdict');
  await page.close();
  s.stop();
});

test('an unsigned policy is shown, marked unsigned, only where the site allows it', async () => {
  const s = await site({ allowUnsigned: true });
  const page = await open(browser, s.url);
  assert.equal(await page.getAttribute('#signature', 'data-state'), 'unsigned');
  assert.equal(await page.locator('#check-form').count(), 1);
  await page.close();
  s.stop();
});

test('an older version than this browser has seen is refused as a possible rollback', async () => {
  const context = await browser.newContext();
  // Version 2 of the bank policy, signed after the change.
  const dir2 = publish({ 'bank-tiktok-2020': 'bank-tiktok-2020.json' }, 'bank-tiktok-2020');
  const v2path = path.join(dir2, 'policies/bank-tiktok-2020.json');
  const v2 = JSON.parse(fs.readFileSync(v2path, 'utf8'));
  v2.version = 2;
  fs.writeFileSync(v2path, JSON.stringify(v2));
  appcheck('sign', v2path, '--key', path.join(keys, 'it-2026.key'));
  const index = JSON.parse(fs.readFileSync(path.join(dir2, 'policies/index.json'), 'utf8'));
  index.policies[0].signature = 'bank-tiktok-2020.json.sig';
  fs.writeFileSync(path.join(dir2, 'policies/index.json'), JSON.stringify(index));
  fs.writeFileSync(path.join(dir2, 'trust.json'), JSON.stringify({ schema: 1, keys: [{ id: 'it-2026', public_key: publicKeys['it-2026'] }] }));
  const server2 = await serve(dir2);
  let page = await open(context, server2.url);
  assert.equal(await page.getAttribute('#signature', 'data-state'), 'verified');
  await page.close();
  // The same site then serves version 1 again, validly signed: refused in this browser.
  const v1path = path.join(dir2, 'policies/bank-tiktok-2020.json');
  fs.copyFileSync(path.join(repo, 'pkg-config/policies/bank-tiktok-2020.json'), v1path);
  appcheck('sign', v1path, '--key', path.join(keys, 'it-2026.key'));
  page = await open(context, server2.url);
  assert.match(await page.textContent('#policy-error'), /already seen version 2/);
  await page.close();
  await context.close();
  server2.stop();
  fs.rmSync(dir2, { recursive: true, force: true });
});

test('on a site that trusts keys and accepts unsigned policies, a policy seen signed never comes back unsigned', async () => {
  const context = await browser.newContext();
  const s = await site({ key: 'it-2026', allowUnsigned: true });
  try {
    let page = await open(context, s.url);
    assert.equal(await page.getAttribute('#signature', 'data-state'), 'verified');
    await page.close();
    // The index loses the signature (and the policy could be anything now): refused in
    // this browser, not shown marked "unsigned" with an answer.
    const indexPath = path.join(s.dir, 'policies/index.json');
    const index = JSON.parse(fs.readFileSync(indexPath, 'utf8'));
    delete index.policies[0].signature;
    fs.writeFileSync(indexPath, JSON.stringify(index));
    page = await open(context, s.url);
    assert.match(await page.textContent('#policy-error'), /seen it signed/);
    assert.equal(await page.locator('#check-form').count(), 0);
    await page.close();
    // A browser that never saw it signed shows it marked unsigned, as the site allows.
    page = await open(browser, s.url);
    assert.equal(await page.getAttribute('#signature', 'data-state'), 'unsigned');
    await page.close();
  } finally {
    await context.close();
    s.stop();
  }
});

test('two people to publish: an order signed by one of two is "not yet approved", never an order', async () => {
  const cases = [
    ['signed by one of the two', { signers: ['it-2026'] }],
    ['signed twice by the same key', { signers: ['it-2026'], twice: true }],
    ['signed by one trusted key and one the site does not trust', { signers: ['it-2026', 'stranger'] }],
  ];
  for (const [what, options] of cases) {
    const s = await site({ ...options, trusted: ['it-2026', 'it-bob'], threshold: 2 });
    if (options.twice) {
      // The same signature twice in the file, as if pasted in by hand: it counts once.
      const sigPath = path.join(s.dir, 'policies/bank-tiktok-2020.json.sig');
      const one = JSON.parse(fs.readFileSync(sigPath, 'utf8'));
      fs.writeFileSync(sigPath, JSON.stringify({ schema: 1, signatures: [one, one].map(({ algorithm, key, signature }) => ({ algorithm, key, signature })) }));
    }
    const page = await open(browser, s.url);
    assert.match(await page.textContent('#policy-error h2'), /Not yet approved — ask the help desk/, what);
    assert.match(await page.textContent('#policy-error'), /it has 1, by `it-2026`, so 1 more is missing/, what);
    assert.equal(await page.locator('#check-form').count(), 0, `${what}: no verdict`);
    assert.equal(await page.locator('#policy').count(), 0, `${what}: nothing of the order shown`);
    assert.match(await page.textContent('#policy-error .contact'), /techhelp@bank\.example/, `${what}: whom to ask`);
    await page.close();
    s.stop();
  }
});

test('two people to publish: with two distinct trusted keys the order is shown, both named', async () => {
  const s = await site({ signers: ['it-2026', 'it-bob'], trusted: ['it-2026', 'it-bob'], threshold: 2 });
  const page = await open(browser, s.url);
  assert.equal(await page.getAttribute('#signature', 'data-state'), 'verified');
  assert.match(await page.textContent('#signature'), /keys it-2026, it-bob/);
  assert.equal(await page.locator('#check-form').count(), 1);
  await page.close();
  s.stop();
});

test('one person to withdraw: a withdrawal signed by one is shown on a site that needs two for an order', async () => {
  const withdraw = (policy) => {
    const next = `${policy}.next`;
    appcheck('withdraw', policy, '--notice', 'This morning\'s email was sent in error.', '--at', '2020-07-10T17:00:00Z', '--out', next);
    fs.renameSync(next, policy);
  };
  const s = await site({ signers: ['it-bob'], trusted: ['it-2026', 'it-bob'], threshold: 2, edit: withdraw });
  const page = await open(browser, s.url);
  assert.equal(await page.getAttribute('#signature', 'data-state'), 'verified');
  assert.match(await page.textContent('#signature'), /key it-bob/);
  assert.equal(await page.getAttribute('#lifecycle', 'data-state'), 'withdrawn');
  assert.match(await page.textContent('#lifecycle'), /sent in error/);
  assert.equal(await page.locator('#check-form').count(), 0, 'a withdrawal orders nothing');
  await page.close();
  s.stop();
});

test('another site on the same origin cannot make this browser refuse the genuine policy', async () => {
  // The genuine site, signed; beside it on the same origin, another appcheck site (or
  // an embed with its own trust.json) that accepts unsigned policies and publishes the
  // bank's id at version 4294967296. The record of versions seen is keyed by what
  // vouched for a version (the trusted key, or the unsigned policy's URL), so that
  // visit must not make the genuine version 1 "an older version".
  const s = await site({ key: 'it-2026' });
  const evil = publish({ 'bank-tiktok-2020': 'bank-tiktok-2020.json' }, 'bank-tiktok-2020', path.join(s.dir, 'evil'));
  const evilPolicy = path.join(evil, 'policies/bank-tiktok-2020.json');
  fs.writeFileSync(evilPolicy, fs.readFileSync(evilPolicy, 'utf8').replace('"version": 1,', '"version": 4294967296,'));
  fs.writeFileSync(path.join(evil, 'trust.json'), JSON.stringify({ schema: 1, allow_unsigned: true, keys: [] }));
  // … and a third, signing the same id at a huge version with its own key.
  const other = publish({ 'bank-tiktok-2020': 'bank-tiktok-2020.json' }, 'bank-tiktok-2020', path.join(s.dir, 'other'));
  const otherPolicy = path.join(other, 'policies/bank-tiktok-2020.json');
  fs.writeFileSync(otherPolicy, fs.readFileSync(otherPolicy, 'utf8').replace('"version": 1,', '"version": 4294967296,'));
  appcheck('sign', otherPolicy, '--key', path.join(keys, 'stranger.key'));
  const otherIndex = JSON.parse(fs.readFileSync(path.join(other, 'policies/index.json'), 'utf8'));
  otherIndex.policies[0].signature = 'bank-tiktok-2020.json.sig';
  fs.writeFileSync(path.join(other, 'policies/index.json'), JSON.stringify(otherIndex));
  fs.writeFileSync(path.join(other, 'trust.json'), JSON.stringify({ schema: 1, keys: [{ id: 'stranger', public_key: publicKeys.stranger }] }));
  const context = await browser.newContext();
  for (const [where, state] of [['evil/', 'unsigned'], ['other/', 'verified']]) {
    const page = await open(context, `${s.url}${where}`);
    assert.equal(await page.getAttribute('#signature', 'data-state'), state, where);
    await page.close();
  }
  const page = await open(context, s.url);
  assert.equal(await page.locator('#policy-error').count(), 0, await page.locator('#policy-error').count() ? await page.textContent('#policy-error') : '');
  assert.equal(await page.getAttribute('#signature', 'data-state'), 'verified');
  assert.equal(await page.locator('#check-form').count(), 1);
  await page.close();
  await context.close();
  s.stop();
});

test('a signed policy on a page served over plain HTTP from another name says it must be served over HTTPS', async () => {
  // Over plain HTTP, a name other than localhost is no secure context: the browser
  // offers no WebCrypto, so no signature can be checked. The page must say why.
  const s = await site({ key: 'it-2026' });
  const context = await browser.newContext();
  await context.route('http://appcheck.test/**', async (route) => {
    const url = route.request().url().replace('http://appcheck.test/', s.url);
    await route.fulfill({ response: await route.fetch({ url }) });
  });
  const page = await context.newPage();
  await page.goto('http://appcheck.test/');
  await page.locator('#appcheck[data-ready="true"]').waitFor();
  assert.equal(await page.evaluate(() => window.isSecureContext), false);
  const error = await page.textContent('#policy-error');
  assert.match(error, /must be served over HTTPS/);
  assert.doesNotMatch(error, /current browser/);
  assert.match(await page.textContent('#policy-error .contact'), /Help desk:/);
  assert.equal(await page.locator('#check-form').count(), 0, 'no verdict');
  await context.close();
  s.stop();
});

test('on a site that needs signatures, the unsigned index cannot mark another policy withdrawn', async () => {
  // The index is not signed: a status it gives another policy is not shown where the
  // policies themselves must be signed (its own state is shown once opened and verified).
  // Where unsigned policies are accepted, the index is as good as the files: shown.
  // (A signed policy on a site that also accepts unsigned ones: the index as good as the files.)
  for (const [options, shown] of [[{ key: 'it-2026' }, false], [{ allowUnsigned: true }, true], [{ key: 'it-2026', allowUnsigned: true }, true]]) {
    const s = await site(options);
    const indexFile = path.join(s.dir, 'policies/index.json');
    const index = JSON.parse(fs.readFileSync(indexFile, 'utf8'));
    index.policies.push({ id: 'other-memo', file: 'other-memo.json', title: 'The other memo', status: 'withdrawn' });
    fs.writeFileSync(indexFile, JSON.stringify(index));
    const page = await open(browser, s.url);
    const item = page.locator('#published li', { hasText: 'The other memo' });
    assert.equal(await item.count(), 1);
    if (shown) {
      assert.equal(await item.getAttribute('data-status'), 'withdrawn');
    } else {
      assert.equal(await page.getAttribute('#signature', 'data-state'), 'verified');
      assert.equal(await item.getAttribute('data-status'), null, await item.textContent());
      assert.doesNotMatch(await item.textContent(), /withdrawn/i);
    }
    await page.close();
    s.stop();
  }
});
