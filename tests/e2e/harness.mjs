// Shared by the end-to-end tests: serve a built site with the real `appcheck serve`
// on 127.0.0.1, and launch Debian's Chromium through playwright-core.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const builtSite = path.join(repo, 'target/site');
export const artifacts = path.join(repo, 'tests/e2e/artifacts');

/** Starts `appcheck serve` on a free port (or `port`); resolves to { url, stop }. */
export function serve(dir = builtSite, port = 0) {
  const bin = path.join(repo, 'target/debug/appcheck');
  const child = spawn(bin, ['serve', '--dir', dir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 10_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[0], stop: () => child.kill() });
      }
    });
    child.stderr.on('data', (chunk) => { out += chunk; });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

/**
 * Publishes policies the way a site admin does: a copy of the built site whose
 * policies/index.json lists the given files (from pkg-config/policies/) with the
 * given default. `files` maps a policy id to a file name under pkg-config/policies/.
 * Returns the site folder; the caller removes it. The copy leaves out the compressed
 * copies the build wrote (`.br`, `.gz`): servers send them in place of their files, and
 * these would be the old index's and policies' (see {@link withoutCompressedCopies}).
 */
export function publish(files, defaultId, dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appcheck-site-'))) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(builtSite, dir, withoutCompressedCopies);
  const policies = Object.entries(files).map(([id, file]) => {
    const name = `${id}.json`;
    fs.copyFileSync(path.join(repo, 'pkg-config/policies', file), path.join(dir, 'policies', name));
    return { id, file: name, title: id };
  });
  fs.writeFileSync(path.join(dir, 'policies/index.json'), JSON.stringify({ schema: 1, default: defaultId, policies }, null, 2));
  // The state `appcheck build` wrote into the page is the built default's, which this
  // index may not have: the page shows "Loading" until the widget draws, as before a build.
  const page = path.join(dir, 'index.html');
  fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace(/<div class="first-response"[\s\S]*?<\/div>\n/, ''));
  fs.rmSync(path.join(dir, 'p'), { recursive: true, force: true });
  return dir;
}

/**
 * `fs.cpSync` options for a copy of a built site that a test then edits in place, as no
 * build would: without the `.br` and `.gz` copies, which a server would send in place of
 * the edited files.
 */
export const withoutCompressedCopies = { recursive: true, filter: (source) => !/\.(br|gz)$/.test(source) };

/** Debian's Chromium, headless, with no traffic of its own. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
}

/**
 * The check most tests make: a company-owned phone, `list` pasted, Check pressed.
 * Resolves to the kind of the overall answer (`action_required`, …).
 */
export async function checkOnPhone(page, list) {
  await page.check('#device-phone');
  await page.check('#ownership-company');
  await page.fill('#app-list', list);
  await page.click('#check');
  await page.locator('#overall').waitFor();
  return page.getAttribute('#overall', 'data-answer');
}

/**
 * Puts a long `text` into the text box as a paste leaves it: its value, then one
 * `input` event. (`page.fill` types it through the browser's editing commands, which
 * in Chromium 156.0.8078.114 on a 2-core machine took 8.7 s for 1,000 lines and more
 * than 30 s for 3,000: the test is about what the page does with the list.)
 */
export async function pasteLong(page, text, selector = '#app-list') {
  await page.locator(selector).waitFor();
  await page.evaluate(([s, t]) => {
    const box = document.querySelector(s);
    box.focus();
    box.value = t;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, [selector, text]);
}
