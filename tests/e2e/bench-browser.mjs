// Benchmark (not a test): reading and checking pasted lists in headless Chromium,
// through the Wasm export `check`, on the built site served on 127.0.0.1. The same
// grid and the same synthetic lists as benches/recognise.rs. Run: make bench.
import { serve, launch } from './harness.mjs';

const server = await serve();
const browser = await launch();
const page = await browser.newPage();
await page.goto(server.url);
await page.locator('#appcheck[data-ready="true"]').waitFor();

const results = await page.evaluate(async () => {
  const wasm = await import('/pkg/appcheck.js');
  const policy = (apps) => JSON.stringify({
    schema: 1, id: 'bench', version: 1, title: 'Benchmark',
    issuer: { name: 'IT', contact: 'help desk' },
    published: '2024-01-01T00:00:00Z', status: 'active',
    apps: Array.from({ length: apps }, (_, i) => ({
      id: `app${i}`, name: `Restricted App ${i}`, aliases: [`RA${i} Messenger`], android_packages: [`com.vendor${i}.app`],
    })),
    rules: [{ id: 'all', apps: Array.from({ length: apps }, (_, i) => `app${i}`), verdict: 'remove' }],
  });
  const pasted = (lines, apps) => {
    const out = [];
    for (let i = 0; i < lines; i++) {
      const app = (i * 7919) % apps;
      switch (i % 200) {
        case 0: out.push(`Restricted App ${app}`); break;
        case 50: out.push(`Restrcted App ${app}`); break;
        case 100: out.push(`com.vendor${app}.app`); break;
        case 150: out.push(`- RA${app} Messenger™`); break;
        default: out.push(`Ordinary Tool ${i}`);
      }
    }
    return out.join('\n') + '\n';
  };
  const rows = [];
  for (const apps of [10, 300, 3000]) {
    const p = policy(apps);
    for (const lines of [100, 10000, 100000]) {
      const request = { policy: p, list: pasted(lines, apps), context: {}, now: '2024-02-01T00:00:00Z' };
      const runs = lines >= 100000 ? 3 : lines >= 10000 ? 5 : 30;
      wasm.check(request); // warm up
      const times = [];
      for (let r = 0; r < runs; r++) {
        const start = performance.now();
        const response = wasm.check(request);
        times.push(performance.now() - start);
        if (response.status !== 'success') throw new Error(JSON.stringify(response));
      }
      times.sort((a, b) => a - b);
      rows.push({ apps, lines, median_ms: times[Math.floor(times.length / 2)], runs });
    }
  }
  return rows;
});
for (const r of results) {
  console.log(`browser  ${String(r.apps).padStart(5)} apps  ${String(r.lines).padStart(6)} lines  median ${r.median_ms.toFixed(1)} ms  (${r.runs} runs, includes loading the policy)`);
}
await browser.close();
server.stop();
