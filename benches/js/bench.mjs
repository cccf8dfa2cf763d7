// `make bench`: every benchmark, then BENCHMARKS.md and benches/latency.svg written
// from the numbers. Measured, never asserted.
//
//   native     benches/recognise.rs with criterion (`cargo bench --bench recognise`)
//   latency    the Wasm `check` against the Fuse.js baseline (baseline.mjs), in the same
//              page of headless Chromium, on the grid of workload.mjs
//   corpus     both on the 84 labelled lists of tests/corpus/: precision, recall, typos
//   accuracy   the Wasm `check` and a plain exact map (exactmap.mjs) on the labelled
//              generated lists of workload.mjs (accuracy.mjs): recall, precision, questions
//   size       every file the page loads: raw, gzip, brotli; the Wasm module by crate
//              (wasm-size.mjs, from the named builds the Makefile's `bench` target makes)
//   start      navigation to a ready widget: cold, warm, and cold on slow 3G with a 4x slower CPU
//   response   a 100,000-line paste checked through the page: the longest main-thread task
//   memory     Wasm linear memory and the JS heap
//
// Every number is also kept in target/bench/results.json. For working on this script:
//   --quick        a small grid and fewer runs, written to target/bench/ (not a report)
//   --no-native    without criterion
//   --only=a,b     just those steps (latency, corpus, accuracy, sizes, wasm, start, responsiveness, baseline, fleet, lighthouse), printed
//   --report-only  BENCHMARKS.md and the chart again from the kept numbers, without measuring
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { lighthouse } from './lighthouse.mjs';
import { serve, launch, repo, builtSite } from '../../tests/e2e/harness.mjs';
import { pastedTikTok, intuneExport } from './workload.mjs';
import { THRESHOLD } from './baseline.mjs';
import { report } from './report.mjs';
import { breakdown, load as loadModules } from './wasm-size.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const QUICK = process.argv.includes('--quick');
const NATIVE = !process.argv.includes('--no-native');
const outDir = QUICK ? path.join(repo, 'target/bench') : repo;
const began = Date.now();

const APPS = QUICK ? [10, 300] : [10, 300, 3000];
const LINES = QUICK ? [100, 10_000] : [100, 10_000, 100_000];
const NOW = '2024-02-01T00:00:00Z';
// Runs per measurement (the median is reported), after one warm-up run.
const OUR_RUNS = { 100: 30, 10_000: 10, 100_000: 3 };
// Calls per timed sample, for ours and the exact map: the page's clock counts in steps
// of 0.1 ms (Chromium coarsens `performance.now()` without cross-origin isolation), so a
// 100-line check is timed 20 calls at a time and the time divided.
const CALLS_PER_SAMPLE = { 100: 20, 10_000: 1, 100_000: 1 };
const FUSE_RUNS = { 100: 5, 10_000: 3, 100_000: 3 };
// A Fuse.js check whose full list would take longer than this is measured on a prefix of
// the list and extrapolated (clearly marked); the prefix is chosen to take about FUSE_SLICE.
const FUSE_CAP_MS = QUICK ? 2_000 : 12_000;
const FUSE_SLICE_MS = QUICK ? 500 : 3_000;
// The cell of the budget (10,000 lines × 300 apps) is measured on the whole list, once.
const isKey = (apps, lines) => apps === 300 && lines === 10_000 && !QUICK;
const KEY_CELL = { cap: 120_000, runs: 1 };
const START_RUNS = QUICK ? 2 : 7;
const SLOW_RUNS = QUICK ? 1 : 2;
// Chrome DevTools' "Slow 3G" preset: 400 ms x 5 of latency, 500 kbit/s x 0.8 both ways.
const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const CPU_SLOWDOWN = 4;
// Issue 17's phone: slow 4G as Lighthouse's mobile preset simulates it (150 ms round
// trips, 1.6 Mbit/s down, 750 kbit/s up), applied by CDP, with the same 4x slower CPU.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 };
const SLOW_4G_RUNS = QUICK ? 1 : 3;

const log = (...a) => console.log('bench:', ...a);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const run = (cmd, args) => spawnSync(cmd, args, { encoding: 'utf8' }).stdout?.trim() ?? '';

// --- the machine ------------------------------------------------------------------

function machine() {
  const release = fs.readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)/m)?.[1] ?? os.type();
  return {
    cpu: os.cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown',
    cores: os.cpus().length,
    memory_gib: os.totalmem() / 2 ** 30,
    os: `${release}, Linux ${os.release()}`,
    rust: run('rustc', ['--version']),
    node: process.version,
    load: os.loadavg(),
    date: new Date().toISOString(),
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).stdout?.trim(),
    dirty: Boolean(spawnSync('git', ['status', '--porcelain', '--', 'src', 'Cargo.toml', 'Cargo.lock', 'www', 'index.html'], { cwd: repo, encoding: 'utf8' }).stdout?.trim()),
  };
}

// --- native: criterion --------------------------------------------------------------

async function native() {
  if (!NATIVE) return { rows: [], labelled: [], skipped: true };
  log('cargo bench --bench recognise (criterion)');
  const since = Date.now();
  const result = spawnSync('cargo', ['bench', '--locked', '--bench', 'recognise'], { cwd: repo, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`cargo bench failed (${result.status})`);
  const estimate = (...dirs) => {
    const file = path.join(repo, 'target/criterion', ...dirs, 'new/estimates.json');
    if (!fs.existsSync(file) || fs.statSync(file).mtimeMs < since - 1000) return null;
    const e = JSON.parse(fs.readFileSync(file, 'utf8'));
    return { median_ms: e.median.point_estimate / 1e6, mean_ms: e.mean.point_estimate / 1e6 };
  };
  const rows = [];
  for (const apps of [10, 300, 3000]) {
    for (const lines of [100, 10_000, 100_000]) {
      const e = estimate('read and check', `${apps} apps`, String(lines));
      if (e) rows.push({ apps, lines, ...e });
    }
  }
  // The labelled workload: the sweep alone, reading alone, the whole check (benches/recognise.rs, LABELLED).
  const labelled = [];
  for (const [what, apps, lines] of [['lines', 300, 10_000], ['lines', 300, 100_000], ['lines', 3000, 10_000], ['lines', 3000, 100_000], ['csv', 300, 10_000]]) {
    const [sweep, read, check] = ['sweep', 'read', 'check'].map((step) => estimate('labelled', `${step} ${what} ${apps} apps`, String(lines)));
    if (sweep || read || check) labelled.push({ what, apps, lines, sweep, read, check });
  }
  // Its generator is the JS one's twin: the texts must be the same.
  const dump = fs.mkdtempSync(path.join(os.tmpdir(), 'appcheck-workload-'));
  const dumped = spawnSync('cargo', ['bench', '--locked', '--bench', 'recognise'], {
    cwd: repo, encoding: 'utf8', env: { ...process.env, APPCHECK_BENCH_DUMP: dump },
  });
  const twins = dumped.status === 0 ? await sameWorkload(dump) : { same: false, error: dumped.stderr.slice(-500) };
  fs.rmSync(dump, { recursive: true, force: true });
  return { rows, labelled, twins, oneRun: dumped.stdout?.trim().split('\n').filter((l) => / × /.test(l)) ?? [], skipped: false };
}

/** Whether the texts benches/recognise.rs wrote to `dir` are the ones workload.mjs generates. */
async function sameWorkload(dir) {
  const w = await import('./workload.mjs');
  const out = { same: true, compared: [] };
  for (const [what, apps, lines] of [['lines', 300, 10_000], ['lines', 3000, 10_000], ['csv', 300, 100_000]]) {
    const cat = w.catalogue(apps);
    const text = what === 'csv' ? w.labelledCsv(cat, lines).text : w.labelledList(cat, lines).text;
    const file = path.join(dir, `${what}-${apps}-${lines}.txt`);
    const same = fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text;
    out.compared.push({ what, apps, lines, same });
    out.same &&= same;
  }
  return out;
}

// --- the sites ------------------------------------------------------------------------

/** A copy of the built site with the baseline, Fuse.js and the workload under /bench/. */
function benchSite() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appcheck-bench-'));
  fs.cpSync(builtSite, dir, { recursive: true });
  fs.mkdirSync(path.join(dir, 'bench'));
  fs.copyFileSync(fusePath(), path.join(dir, 'bench/fuse.mjs'));
  // What a bundler would do: resolve the bare import to the file.
  const baseline = fs.readFileSync(path.join(here, 'baseline.mjs'), 'utf8').replace("from 'fuse.js'", "from './fuse.mjs'");
  fs.writeFileSync(path.join(dir, 'bench/baseline.mjs'), baseline);
  for (const file of ['workload.mjs', 'page.mjs', 'accuracy.mjs', 'exactmap.mjs']) fs.copyFileSync(path.join(here, file), path.join(dir, 'bench', file));
  return dir;
}

const fusePath = () => path.join(here, 'node_modules/fuse.js/dist/fuse.min.mjs');
const fuseVersion = () => JSON.parse(fs.readFileSync(path.join(here, 'node_modules/fuse.js/package.json'), 'utf8')).version;

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.sig': 'text/plain; charset=utf-8',
};

/**
 * A static server for the benchmark's own measurements: it logs every request and the
 * bytes it sent, and with `gzip` compresses as a host with compression switched on
 * would (gzip -9, as the size budget counts). `appcheck serve` sends files as they are.
 */
function staticServer(dir, { gzip = false } = {}) {
  const log = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) return res.writeHead(404).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return res.writeHead(404).end();
    const raw = fs.readFileSync(file);
    const compress = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = compress ? zlib.gzipSync(raw, { level: 9 }) : raw;
    log.push({ file: path.relative(dir, file), bytes: body.length });
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    resolve({ url: `http://127.0.0.1:${server.address().port}/`, log, stop: () => server.close() });
  }));
}

// Records when the widget says it is ready, in ms since navigation started, and every
// main-thread task over 50 ms.
function probes() {
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // When the page posts work to a Web Worker and when the answer comes back (the page
  // itself is not changed: its Worker is this subclass, which only takes the times).
  window.__worker = [];
  if (window.Worker) {
    const PageWorker = window.Worker;
    window.Worker = class extends PageWorker {
      constructor(...args) {
        super(...args);
        this.addEventListener('message', () => window.__worker.push({ what: 'answer', at: performance.now() }));
      }

      postMessage(...args) {
        window.__worker.push({ what: 'request', at: performance.now() });
        return super.postMessage(...args);
      }
    };
  }
  // When the policy's state is first painted: the first contentful paint, if the page's
  // first response carries the state (then that paint shows it), and the largest paint.
  window.__paints = {};
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name === 'first-contentful-paint') {
        window.__paints.fcp = e.startTime;
        window.__paints.state = Boolean(document.querySelector('.first-response #lifecycle, #lifecycle'));
      }
    }
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__paints.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new MutationObserver((_, observer) => {
    if (document.getElementById('appcheck')?.dataset.ready === 'true') {
      window.__readyAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
}

async function openPage(context, url) {
  await context.addInitScript(probes);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(url);
  await page.locator('#appcheck[data-ready="true"]').waitFor();
  return page;
}

// --- latency: Wasm against the Fuse.js baseline -------------------------------------------

async function timeOurs(page, apps, lines) {
  return page.evaluate(async ({ apps, lines, runs, calls, now }) => {
    const { policy, pasted } = await import('/bench/workload.mjs');
    const glue = await (await import('/bench/page.mjs')).appcheck();
    // As the widget's worker does: the policy loaded and indexed once (`prepare`), then
    // each list checked against it (`check_prepared`), asking for every app the policy
    // names or may name and the first 200 it does not (the page lists those and counts
    // the rest).
    const text = policy(apps);
    const list = pasted(lines, apps);
    const started = performance.now();
    if (!glue.prepare(text)) throw new Error('the benchmark policy was not prepared');
    const prepare = performance.now() - started;
    const check = () => glue.check_prepared(list, {}, now, 200);
    const count = (response) => {
      if (response.status !== 'success') throw new Error(JSON.stringify(response));
      const c = { flagged: 0, asked: 0 };
      for (const f of response.report.findings) {
        if (f.outcome === 'remove') c.flagged++;
        if (f.outcome === 'possible_match') c.asked++;
      }
      return c;
    };
    const counts = count(check());
    const times = [];
    for (let r = 0; r < runs; r++) {
      const start = performance.now();
      for (let c = 0; c < calls; c++) check();
      times.push((performance.now() - start) / calls);
    }
    return { times, counts, prepare };
  }, { apps, lines, runs: OUR_RUNS[lines], calls: CALLS_PER_SAMPLE[lines], now: NOW });
}

async function timeFuse(page, apps, lines) {
  return page.evaluate(async ({ apps, lines, runs, cap, slice }) => {
    const { policy, pasted } = await import('/bench/workload.mjs');
    const { check } = await import('/bench/baseline.mjs');
    const text = policy(apps);
    const time = (list) => {
      const start = performance.now();
      const result = check({ policy: text, list });
      return { ms: performance.now() - start, result };
    };
    const count = (result) => ({
      flagged: result.filter((e) => e.outcome === 'restricted').length,
      asked: result.filter((e) => e.outcome === 'possible_match').length,
    });
    // Loading the policy and building the index, then a pilot of 200 lines (also the warm-up).
    const build = [time(''), time(''), time('')].map((t) => t.ms).sort((a, b) => a - b)[1];
    const pilot = time(pasted(Math.min(200, lines), apps));
    const perLine = Math.max(pilot.ms - build, 0) / Math.min(200, lines);
    let take = lines;
    if (build + perLine * lines > cap) take = Math.min(lines, Math.max(200, Math.floor((slice - build) / perLine / 200) * 200));
    const list = pasted(take, apps);
    const times = [];
    let counts;
    for (let r = 0; r < runs; r++) {
      const t = time(list);
      times.push(t.ms);
      counts = count(t.result);
    }
    return { times, counts, take, build };
  }, { apps, lines, runs: FUSE_RUNS[lines], cap: FUSE_CAP_MS, slice: FUSE_SLICE_MS, ...(isKey(apps, lines) ? KEY_CELL : {}) });
}

// The plain exact map of exactmap.mjs on the same lists: what a web developer would write
// in an afternoon (issue 17: ours must be faster than it). As a competent developer
// would use it, and as ours is: the policy's maps built once, then each list answered.
async function timeExact(page, apps, lines) {
  return page.evaluate(async ({ apps, lines, runs, calls }) => {
    const { policy, pasted } = await import('/bench/workload.mjs');
    const { exactMap } = await import('/bench/exactmap.mjs');
    const text = policy(apps);
    const list = pasted(lines, apps);
    const started = performance.now();
    const check = exactMap(text);
    const build = performance.now() - started;
    const found = check(list).filter((e) => e.app).length;
    const times = [];
    for (let r = 0; r < runs; r++) {
      const start = performance.now();
      for (let c = 0; c < calls; c++) check(list);
      times.push((performance.now() - start) / calls);
    }
    return { times, found, build };
  }, { apps, lines, runs: OUR_RUNS[lines], calls: CALLS_PER_SAMPLE[lines] });
}

async function latency(browser, url) {
  const context = await browser.newContext();
  const page = await openPage(context, url);
  // Both warmed up first, on the key cell, and the numbers thrown away: V8 compiles the
  // Wasm module's hot functions again, optimised, and the exact map's JavaScript, only
  // after they have run a while. Without it the first cells measured the quick first
  // compilation (10 apps × 100 lines: 1.1 ms, where 300 apps took 0.2 ms).
  await timeOurs(page, 300, 10_000);
  await timeExact(page, 300, 10_000);
  const rows = [];
  for (const apps of APPS) {
    for (const lines of LINES) {
      const ours = await timeOurs(page, apps, lines);
      const fuse = await timeFuse(page, apps, lines);
      const exact = await timeExact(page, apps, lines);
      const measured = median(fuse.times);
      const estimated = fuse.take < lines;
      const fuseMs = estimated ? fuse.build + (measured - fuse.build) * (lines / fuse.take) : measured;
      const row = {
        apps, lines, ours_ms: median(ours.times), ours_runs: ours.times.length, ours_counts: ours.counts,
        ours_prepare_ms: ours.prepare, exact_build_ms: exact.build,
        fuse_ms: fuseMs, fuse_runs: fuse.times.length, fuse_lines: fuse.take, fuse_estimated: estimated,
        fuse_build_ms: fuse.build, fuse_counts: fuse.counts,
        exact_ms: median(exact.times), exact_runs: exact.times.length, exact_found: exact.found,
      };
      rows.push(row);
      log(`${apps} apps × ${lines} lines: Wasm ${row.ours_ms.toFixed(2)} ms, Fuse.js ${fuseMs.toFixed(1)} ms${estimated ? ` (estimated from ${fuse.take} lines)` : ''}, exact map ${row.exact_ms.toFixed(2)} ms`);
    }
  }
  // Wasm memory never shrinks: its size now is the peak over every check above.
  const wasmMemory = await page.evaluate(async () => (await import('/bench/page.mjs')).wasmMemory());
  await context.close();
  return { rows, wasmMemory };
}

// --- the corpus: both against the labels ------------------------------------------------

async function corpus(browser, url) {
  const labels = JSON.parse(fs.readFileSync(path.join(repo, 'tests/corpus/labels.json'), 'utf8'));
  const items = Object.entries(labels).map(([file, label]) => ({
    file,
    context: label.context,
    list: fs.readFileSync(path.join(repo, 'tests/corpus', file), 'utf8'),
    policy: fs.readFileSync(path.join(repo, 'pkg-config/policies', `${label.policy}.json`), 'utf8'),
  }));
  const context = await browser.newContext();
  const page = await openPage(context, url);
  const answers = await page.evaluate(async (items) => {
    const { check } = await (await import('/bench/page.mjs')).appcheck();
    const baseline = await import('/bench/baseline.mjs');
    return items.map(({ file, context, list, policy }) => {
      const response = check({ policy, list, context, now: '2023-03-01T12:00:00Z' });
      if (response.status !== 'success') throw new Error(`${file}: ${JSON.stringify(response)}`);
      const ours = response.report.findings.map((f) => ({
        line: f.line, input: f.input, app: f.app?.id,
        outcome: ['remove', 'browser_only'].includes(f.outcome) ? 'restricted' : f.outcome,
      }));
      const theirs = baseline.check({ policy, list }).map(({ line, input, app, outcome, matched_by }) => (
        { line, input, app, outcome, matched_by }));
      return { file, ours, theirs };
    });
  }, items);
  await context.close();
  return { labels, answers, lists: Object.fromEntries(items.map((i) => [i.file, i.list])) };
}

// --- accuracy: the labelled workload, ours against the exact map ----------------------------

async function accuracy(browser, url) {
  const context = await browser.newContext();
  const page = await openPage(context, url);
  const results = await page.evaluate(async ({ now, quick }) => {
    const { accuracy, WORKLOADS } = await import('/bench/accuracy.mjs');
    const { check } = await (await import('/bench/page.mjs')).appcheck();
    // Every scored run is also timed; the pasted lists twice more (the CSV export is slow to read: once).
    const only = quick ? ['lines-300', 'lines-3000'] : WORKLOADS.map((w) => w.id);
    return accuracy(check, { now, only, examples: 40, runs: (w) => (w.csv ? 0 : 2) });
  }, { now: NOW, quick: QUICK });
  await context.close();
  for (const r of results) {
    log(`${r.id}: ours recall ${r.ours.recall.toFixed(3)}, precision ${r.ours.precision.toFixed(3)}, ${r.ours.questionsPer100.toFixed(2)} questions/100 lines; exact map recall ${r.map.recall.toFixed(3)}, precision ${r.map.precision.toFixed(3)}; ours ${median(r.ours.ms).toFixed(0)} ms`);
  }
  return results;
}

// --- size: every file the page loads ------------------------------------------------------

/** What a first visit fetches, counted by the server: the page's files, and what its service worker fetches. */
async function sizes(browser, dir) {
  const server = await staticServer(dir);
  try {
    const context = await browser.newContext();
    const page = await openPage(context, server.url);
    // The page's own files, from its Resource Timing entries (the page and what it fetched).
    const pageFiles = await page.evaluate(() => [
      ...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource'),
    ].map((e) => new URL(e.name).pathname));
    // Let a service worker, if the page registers one, finish installing (or give up after 10 s).
    const worker = await page.evaluate(() => ('serviceWorker' in navigator && window.isSecureContext
      ? Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((r) => setTimeout(() => r(false), 10_000))])
      : false));
    await context.close();
    const wanted = new Set(pageFiles.map((p) => (p.endsWith('/') ? `${p}index.html` : p).replace(/^\//, '')));
    const files = [...wanted].filter((f) => fs.existsSync(path.join(dir, f)))
      .map((file) => ({ file, requests: server.log.filter((l) => l.file === file).length, ...measure(fs.readFileSync(path.join(dir, file))) }));
    const transferred = server.log.reduce((t, l) => t + l.bytes, 0);
    const others = [...new Set(server.log.map((l) => l.file).filter((f) => !wanted.has(f)))];
    const cargoWasm = path.join(repo, 'target/wasm/page.wasm');
    // What the page's Web Worker loads once the widget is drawn: its script and the module that checks.
    const workerFiles = ['www', 'pkg'].flatMap((d) => fs.readdirSync(path.join(dir, d)).map((f) => `${d}/${f}`))
      .filter((f) => /^(www\/worker|pkg\/checker|pkg\/checker_bg)\.[0-9a-f]{10}\.(js|wasm)$/.test(f))
      .map((file) => ({ file, ...measure(fs.readFileSync(path.join(dir, file))) }));
    return {
      files, worker, transferred, requests: server.log.length, others, workerFiles,
      cargoWasm: fs.existsSync(cargoWasm) ? measure(fs.readFileSync(cargoWasm)) : null,
      baselineFiles: [
        { file: 'fuse.js (dist/fuse.min.mjs)', ...measure(fs.readFileSync(fusePath())) },
        { file: 'baseline.mjs (not minified)', ...measure(fs.readFileSync(path.join(here, 'baseline.mjs'))) },
      ],
    };
  } finally {
    server.stop();
  }
}

function measure(bytes) {
  return {
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

/** The Wasm module by crate (see wasm-size.mjs); null when the named builds are missing. */
function wasmParts() {
  try {
    return breakdown(loadModules());
  } catch (error) {
    log(`no breakdown of the Wasm module (run through \`make bench\`, which builds it with names): ${error.message}`);
    return null;
  }
}

// --- start: navigation to a ready widget ----------------------------------------------------

async function readyTimes(page) {
  return page.evaluate(() => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    return {
      ready: window.__readyAt,
      fcp: window.__paints?.fcp,
      lcp: window.__paints?.lcp,
      state: window.__paints?.state,
      worker: Boolean(navigator.serviceWorker?.controller),
      wasm: entries.find((e) => e.name.endsWith('.wasm'))?.responseEnd,
      waterfall: entries.map((e) => ({
        file: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd, transfer: e.transferSize,
      })),
    };
  });
}

async function coldStart(browser, url, throttle, network = SLOW_3G) {
  const context = await browser.newContext(network === SLOW_4G ? { viewport: { width: 412, height: 823 }, isMobile: true } : {});
  await context.addInitScript(probes);
  const page = await context.newPage();
  page.setDefaultTimeout(300_000);
  if (throttle) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  await page.goto(url);
  await page.locator('#appcheck[data-ready="true"]').waitFor();
  const t = await readyTimes(page);
  await context.close();
  return t;
}

async function start(browser, dir) {
  const server = await serve(dir);
  const compressed = await staticServer(dir, { gzip: true });
  try {
    const summarise = (runs) => ({
      ready_ms: median(runs.map((r) => r.ready)),
      fcp_ms: median(runs.map((r) => r.fcp).filter((x) => x !== undefined)),
      lcp_ms: median(runs.map((r) => r.lcp).filter((x) => x !== undefined)),
      state_painted: runs.filter((r) => r.state).length, wasm_ms: median(runs.map((r) => r.wasm).filter((x) => x !== undefined)), waterfall: runs[0].waterfall, waterfall_ready: runs[0].ready,
      worker: runs.filter((r) => r.worker).length,
      min_ms: Math.min(...runs.map((r) => r.ready)), max_ms: Math.max(...runs.map((r) => r.ready)), runs: runs.length,
    });
    const cold = [];
    for (let i = 0; i < START_RUNS; i++) cold.push(await coldStart(browser, server.url, false));
    // Warm: the same browser profile, after a first visit, in a new tab each time.
    const context = await browser.newContext();
    await context.addInitScript(probes);
    const warm = [];
    for (let i = 0; i <= START_RUNS; i++) {
      const page = await context.newPage();
      await page.goto(server.url);
      await page.locator('#appcheck[data-ready="true"]').waitFor();
      if (i > 0) warm.push(await readyTimes(page));
      await page.close();
    }
    await context.close();
    log('slow 4G starts');
    const slow4g = [];
    for (let i = 0; i < SLOW_4G_RUNS; i++) slow4g.push(await coldStart(browser, server.url, true, SLOW_4G));
    log('slow 3G starts (each takes a while)');
    const slow = [];
    for (let i = 0; i < SLOW_RUNS; i++) slow.push(await coldStart(browser, server.url, true));
    const slowGzip = [];
    for (let i = 0; i < SLOW_RUNS; i++) slowGzip.push(await coldStart(browser, compressed.url, true));
    const coldGzip = [];
    for (let i = 0; i < START_RUNS; i++) coldGzip.push(await coldStart(browser, compressed.url, false));
    return {
      cold: summarise(cold), warm: summarise(warm), slow: summarise(slow), slow4g: summarise(slow4g),
      slowGzip: summarise(slowGzip), coldGzip: summarise(coldGzip),
    };
  } finally {
    server.stop();
    compressed.stop();
  }
}

// --- responsiveness and memory: a 100,000-line check through the page -------------------------

const LIST_LINES = 100_000;

async function heap(cdp, collect) {
  if (collect) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function responsiveness(browser, url, { list = pastedTikTok(LIST_LINES), lines = LIST_LINES, answered } = {}) {
  const context = await browser.newContext();
  const page = await openPage(context, `${url}#policy=bank-tiktok-2020`);
  const cdp = await context.newCDPSession(page);
  await page.locator('#check-form').waitFor();
  await page.check('#device-phone');
  await page.check('#ownership-company');
  // Pasted: the text lands in the textarea and an input event follows, as a paste does.
  // (page.fill types it through the editing pipeline, which takes minutes for 2 MB.)
  await page.evaluate((text) => new Promise((resolve) => {
    const area = document.querySelector('#app-list');
    area.focus();
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    // Two frames later the browser has laid the textarea out: its cost is the paste's, not the check's.
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)));
  }), list);
  const wasmMemory = () => page.evaluate(async () => (await import('/bench/page.mjs')).wasmMemory());
  const memoryBefore = await wasmMemory();
  const heapBefore = await heap(cdp, true);
  const t0 = await page.evaluate(() => {
    const o = document.querySelector('#overall');
    window.__before = { node: o, text: o?.textContent, answer: o?.dataset.answer };
    return performance.now();
  });
  // Sampled while the check runs: the page's JS heap at its highest.
  let peakHeap = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { metrics } = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] }));
      peakHeap = Math.max(peakHeap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  await cdp.send('Performance.enable');
  await page.click('#check');
  // Whatever the page does (on the main thread or in a worker), wait for the answer to change
  // (and, for an export, to be the whole export's: its counts of devices).
  const done = await (await page.waitForFunction((answered) => {
    const o = document.querySelector('#overall');
    const b = window.__before;
    const changed = o && (o !== b.node || o.textContent !== b.text || o.dataset.answer !== b.answer);
    return changed && (!answered || o.textContent.includes(answered)) && performance.now();
  }, answered, { timeout: 300_000 })).jsonValue();
  sampling = false;
  await sampler;
  const overall = await page.textContent('#overall');
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  const tasks = (await page.evaluate(() => window.__longtasks)).filter((t) => t.start + t.duration >= t0);
  const messages = (await page.evaluate(() => window.__worker)).filter((m) => m.at >= t0).map((m) => ({ ...m, at: m.at - t0 }));
  const answer = await page.getAttribute('#overall', 'data-answer');
  const memoryAfter = await wasmMemory();
  // A long list is checked in a Web Worker with its own instance of the module, whose
  // memory is not the page's: asked inside the worker, through the glue module it loaded.
  const workers = [];
  for (const worker of page.workers()) {
    workers.push(await worker.evaluate(async () => {
      // The module the worker's script imports (the same URL is the same module instance).
      const source = await (await fetch(self.location.href)).text();
      const specifier = source.match(/from\s+['"]([^'"]*pkg\/(?:appcheck|checker)[^'"]*\.js)['"]/)?.[1];
      if (!specifier) return { url: self.location.pathname, memory: null };
      const glue = await import(new URL(specifier, self.location.href).href);
      return { url: self.location.pathname, memory: (await glue.default()).memory.buffer.byteLength };
    }).catch((error) => ({ url: worker.url(), memory: null, error: error.message })));
  }
  const heapAfter = await heap(cdp, false);
  const heapRetained = await heap(cdp, true);
  await context.close();
  return {
    lines, bytes: list.length, answer, wall_ms: done - t0, heap_peak: peakHeap, overall,
    longest_ms: Math.max(0, ...tasks.map((t) => t.duration)), tasks: tasks.length,
    blocking_ms: tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
    task_list: tasks.map((t) => ({ start: t.start - t0, duration: t.duration })), messages,
    wasm_before: memoryBefore, wasm_after: memoryAfter, heap_before: heapBefore, heap_after: heapAfter, heap_retained: heapRetained,
    workers,
  };
}

// --- a help desk's export: 100,000 rows of 1,000 devices (issue 16) ---------------------------

const FLEET = { rows: 100_000, devices: 1_000 };

/** The export pasted and checked through the page, as `responsiveness` does a list. */
async function fleet(browser, url) {
  const list = intuneExport(FLEET.rows, FLEET.devices);
  return { ...FLEET, ...(await responsiveness(browser, url, { list, lines: FLEET.rows + 1, answered: `${FLEET.devices} devices` })) };
}

/** The baseline on the same list and policy, in a fresh page: its task and its JS heap. */
async function baselineMemory(browser, url) {
  const context = await browser.newContext();
  const page = await openPage(context, url);
  const cdp = await context.newCDPSession(page);
  await page.evaluate(async (lines) => {
    const { pastedTikTok } = await import('/bench/workload.mjs');
    window.__input = { policy: await (await fetch('/policies/bank-tiktok-2020.json')).text(), list: pastedTikTok(lines) };
    window.__check = (await import('/bench/baseline.mjs')).check;
  }, LIST_LINES);
  const heapBefore = await heap(cdp, true);
  // In a task of its own, as an event handler would run it.
  const { t0, ms } = await page.evaluate(() => new Promise((resolve) => setTimeout(() => {
    const t0 = performance.now();
    window.__result = window.__check(window.__input);
    resolve({ t0, ms: performance.now() - t0 });
  }, 0)));
  const heapAfter = await heap(cdp, false);
  const heapRetained = await heap(cdp, true);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  const tasks = (await page.evaluate(() => window.__longtasks)).filter((t) => t.start + t.duration >= t0);
  await context.close();
  return {
    ms, longest_ms: Math.max(0, ...tasks.map((t) => t.duration)),
    heap_before: heapBefore, heap_after: heapAfter, heap_retained: heapRetained,
  };
}

// --- ours against the exact map, interleaved (`--only=versus`, for working on speed) -------------

/**
 * The two cells of issue 17's comparison, ours and the exact map timed in turn in one page,
 * `rounds` times: on a busy machine the two share whatever the machine is doing, so their
 * ratio per round is steadier than either time.
 */
async function versus(browser, url, rounds = 7) {
  const context = await browser.newContext();
  const page = await openPage(context, url);
  const cells = [[300, 10_000], [3_000, 100]];
  const out = [];
  for (const [apps, lines] of cells) {
    await timeOurs(page, apps, lines);
    await timeExact(page, apps, lines);
    const ours = [], exact = [];
    for (let r = 0; r < rounds; r++) {
      ours.push(median((await timeOurs(page, apps, lines)).times));
      exact.push(median((await timeExact(page, apps, lines)).times));
    }
    const ratios = ours.map((o, i) => o / exact[i]).sort((a, b) => a - b);
    out.push({ apps, lines, ours_ms: median(ours), exact_ms: median(exact), ratio_median: median(ratios), ratios });
    log(`${apps} apps × ${lines} lines: ours ${median(ours).toFixed(2)} ms, exact map ${median(exact).toFixed(2)} ms, ours/map per round ${ratios.map((x) => x.toFixed(2)).join(' ')}`);
  }
  await context.close();
  return out;
}

// --- all of it ----------------------------------------------------------------------------------

// `--only=latency,corpus,…` runs just those steps and prints their numbers (for working on them).
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
if (only) {
  const site = benchSite();
  const server = await serve(site);
  const browser = await launch();
  try {
    const steps = {
      latency: () => latency(browser, server.url), corpus: () => corpus(browser, server.url), sizes: () => sizes(browser, site),
      accuracy: () => accuracy(browser, server.url),
      wasm: () => wasmParts(),
      start: () => start(browser, site), responsiveness: () => responsiveness(browser, server.url),
      baseline: () => baselineMemory(browser, server.url),
      fleet: () => fleet(browser, server.url),
      lighthouse: () => lighthouse(server.url),
      versus: () => versus(browser, server.url),
    };
    for (const step of only) console.log(step, JSON.stringify(await steps[step](), null, 1));
  } finally {
    await browser.close();
    server.stop();
    fs.rmSync(site, { recursive: true, force: true });
  }
  process.exit(0);
}

/** Writes BENCHMARKS.md and the chart from a run's numbers. */
function write(results) {
  const { markdown, svg } = report({
    ...results, template: fs.readFileSync(path.join(here, 'BENCHMARKS.template.md'), 'utf8'),
  });
  const svgPath = path.join(outDir, QUICK ? 'latency.svg' : 'benches/latency.svg');
  fs.writeFileSync(svgPath, svg);
  fs.writeFileSync(path.join(outDir, 'BENCHMARKS.md'), markdown);
  log(`wrote ${path.relative(repo, path.join(outDir, 'BENCHMARKS.md'))} and ${path.relative(repo, svgPath)}`);
}

// Every number of a run is kept in target/bench/, so `--report-only` can write the report
// again from them (after editing the template or report.mjs) without measuring again.
const saved = path.join(repo, 'target/bench', QUICK ? 'results-quick.json' : 'results.json');
if (process.argv.includes('--report-only')) {
  write(JSON.parse(fs.readFileSync(saved, 'utf8')));
  process.exit(0);
}

const info = machine();
const nativeResults = await native();
const site = benchSite();
const server = await serve(site);
const browser = await launch();
try {
  info.chromium = browser.version();
  log('latency: Wasm and Fuse.js');
  const lat = await latency(browser, server.url);
  log('ours against the exact map, in turn');
  const vs = await versus(browser, server.url);
  log('corpus');
  const corp = await corpus(browser, server.url);
  log('accuracy: the labelled workload, ours and the exact map');
  const acc = await accuracy(browser, server.url);
  log('sizes');
  const size = await sizes(browser, site);
  log('the Wasm module by crate');
  const wasm = wasmParts();
  log('start');
  const st = await start(browser, site);
  log('responsiveness and memory');
  const resp = await responsiveness(browser, server.url);
  const base = await baselineMemory(browser, server.url);
  log('a help desk\'s export: 100,000 rows of 1,000 devices');
  const fl = await fleet(browser, server.url);
  log('lighthouse: mobile and desktop');
  const lh = lighthouse(server.url);
  const results = {
    quick: QUICK, machine: info, native: nativeResults, latency: lat, versus: vs, corpus: corp, accuracy: acc, size, wasm, start: st,
    responsiveness: resp, baseline: base, fleet: fl, lighthouse: lh,
    budget: JSON.parse(fs.readFileSync(path.join(repo, 'pkg-config/budget.json'), 'utf8')),
    fuse: { version: fuseVersion(), threshold: THRESHOLD },
    baselineLines: fs.readFileSync(path.join(here, 'baseline.mjs'), 'utf8').trimEnd().split('\n').length,
    exactMapLines: fs.readFileSync(path.join(here, 'exactmap.mjs'), 'utf8').trimEnd().split('\n').length,
    settings: {
      OUR_RUNS, CALLS_PER_SAMPLE, FUSE_RUNS, FUSE_CAP_MS, FUSE_SLICE_MS, START_RUNS, SLOW_RUNS, SLOW_3G, SLOW_4G, SLOW_4G_RUNS, CPU_SLOWDOWN, NOW,
      minutes: (Date.now() - began) / 60_000,
    },
  };
  fs.mkdirSync(path.dirname(saved), { recursive: true });
  fs.writeFileSync(saved, JSON.stringify(results));
  write(results);
  log(`done in ${((Date.now() - began) / 60_000).toFixed(1)} min`);
} finally {
  await browser.close();
  server.stop();
  fs.rmSync(site, { recursive: true, force: true });
}
