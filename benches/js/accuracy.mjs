// Recognition on the labelled workload (workload.mjs): appcheck's `check` and the exact
// map (exactmap.mjs) on the same generated lists, scored line by line against the truth.
// Loaded by the benchmark page (served under /bench/) and by node (accuracy-node.mjs).
import { catalogue, labelledList, labelledCsv, DEFINITE_KINDS } from './workload.mjs';
import { exactMap } from './exactmap.mjs';

/** The labelled workloads: pasted lines against a catalogue of 300 and of 3,000 apps, and a CSV export. */
export const WORKLOADS = [
  { id: 'lines-300', apps: 300, lines: 10_000, csv: false },
  { id: 'lines-3000', apps: 3_000, lines: 10_000, csv: false },
  { id: 'csv-300', apps: 300, lines: 100_000, csv: true },
  { id: 'lines-300-100k', apps: 300, lines: 100_000, csv: false },
  { id: 'lines-3000-100k', apps: 3_000, lines: 100_000, csv: false },
];

const appIndex = (id) => (id && /^l\d+$/.test(id) ? Number(id.slice(1)) : -1);

/** Scores one answer: per line, the apps said for sure and the apps asked about. */
function score(w, definite, asked) {
  const s = {
    lines: w.truth.length, positives: 0, found: 0, definite: 0, definiteRight: 0, questions: 0, questionsRight: 0,
    typos: 0, typosAsked: 0, typosMatched: 0, byKind: {},
  };
  w.truth.forEach((truth, i) => {
    const line = i + 1;
    const kind = w.kinds[i];
    const d = definite.get(line) ?? [];
    const q = asked.get(line) ?? [];
    const k = (s.byKind[kind] ??= { lines: 0, found: 0, asked: 0, wrong: 0 });
    k.lines++;
    s.definite += d.length;
    s.definiteRight += d.filter((a) => a === truth && truth >= 0).length;
    s.questions += q.length;
    s.questionsRight += q.filter((a) => a === truth && truth >= 0).length;
    if (d.includes(truth) && truth >= 0) k.found++;
    else if (q.includes(truth) && truth >= 0) k.asked++;
    if (d.some((a) => a !== truth) || q.some((a) => a !== truth)) k.wrong++;
    if (DEFINITE_KINDS.includes(kind) || kind === 'row') {
      s.positives++;
      if (d.includes(truth)) s.found++;
    }
    if (kind === 'typo') {
      s.typos++;
      if (q.includes(truth)) s.typosAsked++;
      else if (d.includes(truth)) s.typosMatched++;
    }
  });
  s.recall = s.found / Math.max(1, s.positives);
  s.precision = s.definiteRight / Math.max(1, s.definite);
  s.questionsPer100 = (100 * s.questions) / s.lines;
  s.precisionWithQuestions = (s.definiteRight + s.questionsRight) / Math.max(1, s.definite + s.questions);
  return s;
}

/** Lines where an answer is not the truth: wrong or needless answers, questions instead of matches, misses. */
function mistakes(w, text, cat, definite, asked, limit) {
  const lines = text.split('\n');
  const name = (i) => (i >= 0 ? `${cat.apps[i].id} "${cat.apps[i].name}"` : 'none');
  const out = { wrong: [], needless: [], askedInstead: [], missed: [], typoMissed: [] };
  w.truth.forEach((truth, i) => {
    const line = i + 1;
    const kind = w.kinds[i];
    const d = definite.get(line) ?? [];
    const q = asked.get(line) ?? [];
    const said = [...d.map((a) => `matched ${name(a)}`), ...q.map((a) => `asked: is it ${name(a)}?`)].join('; ') || 'nothing';
    const e = { line, kind, text: lines[i], said, truth: name(truth) };
    const positive = DEFINITE_KINDS.includes(kind) || kind === 'row';
    if (d.some((a) => a !== truth)) out.wrong.push(e);
    else if (q.some((a) => a !== truth)) out.needless.push(e);
    else if (positive && !d.includes(truth) && q.includes(truth)) out.askedInstead.push(e);
    else if (positive && !d.includes(truth)) out.missed.push(e);
    else if (kind === 'typo' && !q.includes(truth)) out.typoMissed.push(e);
  });
  for (const k of Object.keys(out)) out[k] = { count: out[k].length, examples: out[k].slice(0, limit) };
  return out;
}

/**
 * Runs appcheck (`check`, the Wasm export or anything taking the same request) and the
 * exact map on every labelled workload; `runs` (a number, or a function of the workload)
 * extra timed runs of each after the scored one.
 */
export function accuracy(check, { now = '2024-02-01T00:00:00Z', examples = 12, runs: runsFor = 0, only } = {}) {
  const results = [];
  for (const spec of WORKLOADS.filter((x) => !only || only.includes(x.id))) {
    const cat = catalogue(spec.apps);
    const w = spec.csv ? labelledCsv(cat, spec.lines) : labelledList(cat, spec.lines);
    const runs = typeof runsFor === 'function' ? runsFor(spec) : runsFor;
    const request = { policy: cat.policy, list: w.text, context: {}, now, keepNotCovered: 0 };
    const times = [];
    let response;
    for (let r = 0; r <= runs; r++) {
      const t0 = performance.now();
      response = check(request);
      times.push(performance.now() - t0);
    }
    if (response.status !== 'success') throw new Error(JSON.stringify(response));
    const report = response.report;
    const definite = new Map();
    const asked = new Map();
    for (const f of report.findings) {
      const into = f.outcome === 'remove' ? definite : f.outcome === 'possible_match' ? asked : null;
      if (!into) continue;
      if (!into.has(f.line)) into.set(f.line, []);
      into.get(f.line).push(appIndex(f.app?.id));
    }
    const mapTimes = [];
    let answers;
    for (let r = 0; r <= runs; r++) {
      const t0 = performance.now();
      answers = exactMap(cat.policy)(w.text);
      mapTimes.push(performance.now() - t0);
    }
    const mapDefinite = new Map(answers.filter((a) => a.app).map((a) => [a.line, [appIndex(a.app)]]));
    results.push({
      ...spec,
      bytes: w.text.length,
      ours: {
        ...score(w, definite, asked),
        format: report.readAs?.format,
        entries: report.readAs?.entries,
        notes: report.notes.map((n) => `${n.line}: ${n.message}`),
        ms: times,
        mistakes: mistakes(w, w.text, cat, definite, asked, examples),
      },
      map: {
        ...score(w, mapDefinite, new Map()),
        entries: answers.filter((a) => a.line <= w.truth.length && w.kinds[a.line - 1] !== 'header').length,
        ms: mapTimes,
        mistakes: mistakes(w, w.text, cat, mapDefinite, new Map(), examples),
      },
    });
  }
  return results;
}
