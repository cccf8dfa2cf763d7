// Recognition on the labelled workload, quickly, in node: the Wasm module of `make site`
// (target/app/pkg) against the exact map. For working on recognition; `make bench`
// measures the same in Chromium.  node benches/js/accuracy-node.mjs [--json] [--only=lines-3000,…]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { accuracy } from './accuracy.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = path.join(repo, 'target/app/pkg');
const glue = await import(path.join(pkg, 'appcheck.js'));
await glue.default({ module_or_path: fs.readFileSync(path.join(pkg, 'appcheck_bg.wasm')) });
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const results = accuracy(glue.check, { only: only ?? ['lines-300', 'lines-3000', 'csv-300'], examples: 40 });
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(results, null, 1));
  process.exit(0);
}
const f = (x) => x.toFixed(3);
for (const r of results) {
  console.log(`\n== ${r.id}: ${r.lines.toLocaleString('en-US')} ${r.csv ? 'CSV lines' : 'lines'} × ${r.apps} apps (${r.bytes.toLocaleString('en-US')} bytes)`);
  for (const [who, s] of [['appcheck (Wasm, node)', r.ours], ['exact map', r.map]]) {
    console.log(`${who.padEnd(22)} definite recall ${f(s.recall)} (${s.found}/${s.positives})  precision ${f(s.precision)} (${s.definiteRight}/${s.definite})  questions/100 lines ${s.questionsPer100.toFixed(2)} (${s.questions}, ${s.questionsRight} right)  precision with questions ${f(s.precisionWithQuestions)}  typos asked ${s.typosAsked}/${s.typos} (matched ${s.typosMatched})  ${s.ms.map((x) => x.toFixed(0)).join('/')} ms`);
    console.log(`${''.padEnd(22)} by kind: ${Object.entries(s.byKind).map(([k, v]) => `${k} ${v.found}/${v.lines}${v.asked ? ` +${v.asked} asked` : ''}${v.wrong ? ` ${v.wrong} wrong` : ''}`).join(', ')}`);
  }
  console.log(`appcheck read it as ${r.ours.format}, ${r.ours.entries} entries; notes: ${r.ours.notes.length ? r.ours.notes.slice(0, 3).join(' | ') : 'none'}`);
  for (const [k, v] of Object.entries(r.ours.mistakes)) {
    if (!v.count) continue;
    console.log(`  appcheck ${k}: ${v.count}`);
    for (const e of v.examples) console.log(`    line ${e.line} [${e.kind}] ${JSON.stringify(e.text)} -> ${e.said}; truth ${e.truth}`);
  }
  for (const [k, v] of Object.entries(r.map.mistakes)) {
    if (!v.count) continue;
    console.log(`  exact map ${k}: ${v.count}`);
    for (const e of v.examples.slice(0, 6)) console.log(`    line ${e.line} [${e.kind}] ${JSON.stringify(e.text)} -> ${e.said}; truth ${e.truth}`);
  }
}
