// Lighthouse (npm `lighthouse`, run by bench.mjs) on the page as `appcheck serve` serves
// it: the mobile preset (simulated slow 4G, 4× CPU, a phone's screen) and the desktop
// preset, one run each, in Debian's Chromium (CHROME_PATH). Measured, never asserted.
// `node benches/js/lighthouse.mjs http://127.0.0.1:8000/` prints the numbers alone.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.join(here, 'node_modules/.bin/lighthouse');
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

/** Both presets on `url`: { version, mobile, desktop }, each { scores, metrics, bytes }. */
export function lighthouse(url) {
  const version = JSON.parse(fs.readFileSync(path.join(here, 'node_modules/lighthouse/package.json'), 'utf8')).version;
  const out = { version };
  for (const preset of ['mobile', 'desktop']) {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'appcheck-lighthouse-')), 'report.json');
    const args = [url, '--output=json', `--output-path=${file}`, '--quiet', '--chrome-flags=--headless --no-sandbox --disable-gpu'];
    if (preset === 'desktop') args.push('--preset=desktop');
    const run = spawnSync(bin, args, {
      encoding: 'utf8',
      timeout: 300_000,
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || process.env.CHROME_PATH || '/usr/bin/chromium' },
    });
    if (!fs.existsSync(file)) throw new Error(`lighthouse (${preset}) wrote no report: ${run.stderr || run.error}`);
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    out[preset] = {
      scores: Object.fromEntries(Object.entries(report.categories).map(([id, c]) => [id, Math.round(c.score * 100)])),
      metrics: Object.fromEntries(METRICS.map((id) => [id, report.audits[id]?.numericValue ?? null])),
      bytes: report.audits['total-byte-weight']?.numericValue ?? null,
      warnings: report.runWarnings ?? [],
    };
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(lighthouse(process.argv[2] ?? 'http://127.0.0.1:8000/'), null, 1));
}
