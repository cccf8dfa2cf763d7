// Turns the numbers of bench.mjs into BENCHMARKS.md (from BENCHMARKS.template.md) and
// the latency chart (hand-written SVG).

const int = (n) => Math.round(n).toLocaleString('en-US');
const kb = (bytes) => `${(bytes / 1024).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB`;
const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');

/** A duration for people: 0.42 ms, 12.3 ms, 1,234 ms, 25.2 s, 2,481 s. */
/** The longest task a long-task observer saw: it reports only tasks over 50 ms. */
function longestTask(x) {
  return x > 0 ? ms(x) : 'none over 50 ms';
}

function ms(x) {
  if (x < 1) return `${x.toFixed(2)} ms`;
  if (x < 100) return `${x.toFixed(1)} ms`;
  if (x < 10_000) return `${int(x)} ms`;
  if (x < 100_000) return `${(x / 1000).toFixed(1)} s`;
  return `${int(x / 1000)} s`;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const ratio = (slow, fast) => {
  const r = slow / fast;
  return r >= 10 ? `${int(r)}×` : `${r.toFixed(1)}×`;
};

const table = (head, rows, align) => [
  `| ${head.join(' | ')} |`,
  `|${head.map((_, i) => (align?.[i] === 'l' ? '---' : '---:')).join('|')}|`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');

// --- corpus scoring ---------------------------------------------------------------------

const fold = (s) => String(s ?? '').normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const isTypo = (input, typo) => input === typo || String(input).includes(typo);
const FORMAT = /^\d+-(?:memo|bank|us-law|india)-(.+)\.txt$/;

function score(labels, answers) {
  const blank = () => ({
    restricted: 0, right: 0, falseFlags: 0, askedInstead: 0, typos: 0, typosAsked: 0,
    questions: 0, needless: 0, nearMisses: 0, listsRight: 0, formats: {},
  });
  const totals = { ours: blank(), theirs: blank() };
  for (const { file, ours, theirs } of answers) {
    const label = labels[file];
    const format = file.match(FORMAT)?.[1] ?? 'other';
    for (const [who, entries] of [['ours', ours], ['theirs', theirs]]) {
      const t = totals[who];
      const expected = new Set(label.restricted);
      const flagged = new Set(entries.filter((e) => e.outcome === 'restricted').map((e) => e.app));
      const right = [...flagged].filter((a) => expected.has(a)).length;
      const falseFlags = flagged.size - right;
      const asked = entries.filter((e) => e.outcome === 'possible_match');
      const typosAsked = label.possible_matches.filter((typo) => asked.some((e) => isTypo(e.input, typo))).length;
      const unflagged = new Set([...expected].filter((a) => !flagged.has(a)));
      const askedInstead = [...unflagged].filter((a) => asked.some((e) => e.app === a)).length;
      const needless = asked.filter((e) => !label.possible_matches.some((typo) => isTypo(e.input, typo)) && !unflagged.has(e.app));
      const near = needless.filter((e) => label.near_misses.some((n) => fold(n) === fold(e.input))).length;
      t.restricted += expected.size;
      t.right += right;
      t.falseFlags += falseFlags;
      t.askedInstead += askedInstead;
      t.typos += label.possible_matches.length;
      t.typosAsked += typosAsked;
      t.questions += asked.length;
      t.needless += needless.length;
      t.nearMisses += near;
      if (right === expected.size && !falseFlags && typosAsked === label.possible_matches.length && !needless.length) t.listsRight++;
      const f = (t.formats[format] ??= { lists: 0, restricted: 0, right: 0, listsRight: 0 });
      f.lists++;
      f.restricted += expected.size;
      f.right += right;
      if (right === expected.size && !falseFlags && typosAsked === label.possible_matches.length && !needless.length) f.listsRight++;
    }
  }
  return totals;
}

/** Where the two answer differently, by kind, with the entries involved. */
function disagreements(answers) {
  const kinds = {
    'ours flags, the baseline only asks': [],
    'ours flags, the baseline does not see it': [],
    'the baseline flags, ours does not': [],
    'the baseline asks about an app ours finds not restricted': [],
    'ours asks, the baseline does not': [],
  };
  const describe = (e) => {
    if (!e) return 'not read as an entry';
    if (e.outcome === 'restricted') return `flags ${e.app}`;
    if (e.outcome === 'possible_match') return `asks: is it ${e.app}${e.matched_by ? ` ("${e.matched_by}")` : ''}?`;
    return e.outcome === 'not_covered' ? 'not in the policy' : e.outcome.replaceAll('_', ' ');
  };
  const same = (a, b) => fold(a.input) === fold(b.input);
  const count = () => Object.values(kinds).reduce((n, k) => n + k.length, 0);
  let agree = 0;
  for (const { file, ours, theirs } of answers) {
    const before = count();
    const flaggedBy = (entries) => new Set(entries.filter((e) => e.outcome === 'restricted').map((e) => e.app));
    const [oursFlagged, theirsFlagged] = [flaggedBy(ours), flaggedBy(theirs)];
    const explained = new Set();
    for (const app of oursFlagged) {
      if (theirsFlagged.has(app)) continue;
      const o = ours.find((e) => e.outcome === 'restricted' && e.app === app);
      const t = theirs.find((e) => e.app === app) ?? theirs.find((e) => same(e, o));
      if (t) explained.add(t);
      const kind = t?.outcome === 'possible_match' ? 'ours flags, the baseline only asks' : 'ours flags, the baseline does not see it';
      kinds[kind].push({ file, input: o.input, ours: describe(o), theirs: describe(t) });
    }
    for (const app of theirsFlagged) {
      if (oursFlagged.has(app)) continue;
      const t = theirs.find((e) => e.outcome === 'restricted' && e.app === app);
      const o = ours.find((e) => e.app === app) ?? ours.find((e) => same(e, t));
      kinds['the baseline flags, ours does not'].push({ file, input: t.input, ours: describe(o), theirs: describe(t) });
    }
    const askedBy = (entries) => entries.filter((e) => e.outcome === 'possible_match');
    for (const t of askedBy(theirs)) {
      if (explained.has(t) || askedBy(ours).some((o) => same(o, t))) continue;
      const o = ours.find((e) => same(e, t));
      kinds['the baseline asks about an app ours finds not restricted'].push({ file, input: t.input, ours: describe(o), theirs: describe(t) });
    }
    for (const o of askedBy(ours)) {
      if (askedBy(theirs).some((t) => same(o, t))) continue;
      const t = theirs.find((e) => same(e, o));
      kinds['ours asks, the baseline does not'].push({ file, input: o.input, ours: describe(o), theirs: describe(t) });
    }
    if (count() === before) agree++;
  }
  return { kinds, agree, lists: answers.length };
}

/**
 * The longest run of requests each sent only after another had arrived (the critical path),
 * among those that arrived by `until` (the ready time of the run the waterfall is from).
 * Of two requests that could come before one, the one that arrived last is taken.
 */
function longestChain(waterfall, until = Infinity) {
  // (Images are left out: the widget waits for none, though one may sit between two requests in time.)
  const requests = waterfall.filter((w) => w.end <= until && !/\.(svg|png|jpe?g|gif|webp|ico)$/.test(w.file)).sort((a, b) => a.start - b.start);
  const chains = [];
  for (const [i, r] of requests.entries()) {
    let best = [];
    for (let j = 0; j < i; j++) {
      if (requests[j].end > r.start + 1) continue;
      if (chains[j].length > best.length || (chains[j].length === best.length && best.length && requests[j].end > best.at(-1).end)) best = chains[j];
    }
    chains.push([...best, r]);
  }
  return chains.reduce((a, b) => (b.length > a.length ? b : a), []);
}

// --- the chart ----------------------------------------------------------------------------

const COLOURS = { 10: '#1b7837', 300: '#c2541b', 3000: '#5e3c99' };

function chart({ latency, native }) {
  const W = 820, H = 460, left = 78, right = 240, top = 40, bottom = 58;
  const rows = latency.rows;
  const series = [];
  for (const apps of [...new Set(rows.map((r) => r.apps))]) {
    const mine = rows.filter((r) => r.apps === apps);
    series.push({ label: `ours (Wasm), ${int(apps)} apps`, apps, dash: '', points: mine.map((r) => ({ x: r.lines, y: r.ours_ms })) });
    series.push({
      label: `Fuse.js, ${int(apps)} apps`, apps, dash: '7 5',
      points: mine.map((r) => ({ x: r.lines, y: r.fuse_ms, estimated: r.fuse_estimated })),
    });
    const nat = native.rows.filter((r) => r.apps === apps);
    if (nat.length) series.push({ label: `ours (native), ${int(apps)} apps`, apps, dash: '2 4', thin: true, points: nat.map((r) => ({ x: r.lines, y: r.median_ms })) });
  }
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const ys = series.flatMap((s) => s.points.map((p) => p.y)).filter((y) => y > 0);
  const [x0, x1] = [Math.floor(Math.log10(Math.min(...xs))), Math.ceil(Math.log10(Math.max(...xs)))];
  const [y0, y1] = [Math.floor(Math.log10(Math.min(...ys))), Math.ceil(Math.log10(Math.max(...ys)))];
  const px = (x) => left + ((Math.log10(x) - x0) / (x1 - x0 || 1)) * (W - left - right);
  const py = (y) => H - bottom - ((Math.log10(y) - y0) / (y1 - y0 || 1)) * (H - top - bottom);
  const label = (v) => (v >= 1000 ? `${int(v / 1000)} s` : v >= 1 ? `${int(v)} ms` : `${v} ms`);
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif" font-size="12">`);
  out.push('<title>Check latency against list size (log-log): ours in Wasm, the Fuse.js baseline, ours natively</title>');
  out.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  out.push(`<text x="${left}" y="22" font-size="14" font-weight="600">Time to check a pasted list (median, log-log; lower is better)</text>`);
  for (let e = y0; e <= y1; e++) {
    const y = py(10 ** e);
    out.push(`<line x1="${left}" x2="${W - right}" y1="${y}" y2="${y}" stroke="#ddd"/>`);
    out.push(`<text x="${left - 6}" y="${y + 4}" text-anchor="end" fill="#444">${label(10 ** e)}</text>`);
  }
  for (let e = x0; e <= x1; e++) {
    const x = px(10 ** e);
    out.push(`<line x1="${x}" x2="${x}" y1="${top}" y2="${H - bottom}" stroke="#ddd"/>`);
    out.push(`<text x="${x}" y="${H - bottom + 18}" text-anchor="middle" fill="#444">${int(10 ** e)}</text>`);
  }
  out.push(`<text x="${(left + W - right) / 2}" y="${H - 16}" text-anchor="middle">lines pasted</text>`);
  out.push(`<rect x="${left}" y="${top}" width="${W - left - right}" height="${H - top - bottom}" fill="none" stroke="#888"/>`);
  for (const s of series) {
    const colour = COLOURS[s.apps] ?? '#333';
    const d = s.points.map((p, i) => `${i ? 'L' : 'M'}${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="${s.thin ? 1.2 : 2}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
    for (const p of s.points) {
      const [cx, cy] = [px(p.x).toFixed(1), py(p.y).toFixed(1)];
      if (s.thin) continue;
      out.push(p.estimated
        ? `<circle cx="${cx}" cy="${cy}" r="4" fill="#fff" stroke="${colour}" stroke-width="2"><title>${s.label}, ${int(p.x)} lines: ~${ms(p.y)} (estimated)</title></circle>`
        : `<circle cx="${cx}" cy="${cy}" r="3.5" fill="${colour}"><title>${s.label}, ${int(p.x)} lines: ${ms(p.y)}</title></circle>`);
    }
  }
  // The budget of issue 8: 10,000 lines against 300 apps in under 5 ms.
  const budgetShown = 10_000 >= 10 ** x0 && 10_000 <= 10 ** x1 && 5 >= 10 ** y0;
  if (budgetShown) {
    const [bx, by] = [px(10_000), py(5)];
    out.push(`<line x1="${bx - 9}" x2="${bx + 9}" y1="${by}" y2="${by}" stroke="#c00" stroke-width="3"><title>budget: 10,000 lines × 300 apps in under 5 ms</title></line>`);
  }
  let ly = top + 8;
  for (const s of series) {
    const colour = COLOURS[s.apps] ?? '#333';
    const lx = W - right + 14;
    out.push(`<line x1="${lx}" x2="${lx + 26}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="${s.thin ? 1.2 : 2}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
    out.push(`<text x="${lx + 32}" y="${ly + 4}">${s.label}</text>`);
    ly += 20;
  }
  ly += 6;
  out.push(`<circle cx="${W - right + 27}" cy="${ly}" r="4" fill="#fff" stroke="#333" stroke-width="2"/>`);
  out.push(`<text x="${W - right + 46}" y="${ly + 4}">estimated from a prefix</text>`);
  if (budgetShown) {
    ly += 20;
    out.push(`<line x1="${W - right + 18}" x2="${W - right + 36}" y1="${ly}" y2="${ly}" stroke="#c00" stroke-width="3"/>`);
    out.push(`<text x="${W - right + 46}" y="${ly + 4}">budget: 10,000 × 300 apps</text>`);
    out.push(`<text x="${W - right + 46}" y="${ly + 19}">in under 5 ms</text>`);
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

// --- the Wasm module by crate ---------------------------------------------------------------

// Crates the table always shows (the rest, when small, are folded into one "other" row).
const SHOWN = /^(appcheck|core|alloc|std|serde_json|serde \/ serde_core|chrono|csv_core|strsim|hex|wasm_bindgen|js_sys|web_sys|gloo|dlmalloc)\b/;
const LABELS = {
  hashbrown: "hashbrown (std's HashMap)",
  zmij: "zmij (serde_json's float printing)",
  itoa: "itoa (serde_json's integer printing)",
  compiler_builtins: 'compiler_builtins (memcpy, 128-bit arithmetic)',
  wasm_bindgen: 'wasm_bindgen (with the glue the wasm-bindgen CLI writes)',
  'other (unnamed functions)': 'unnamed functions (written by wasm-bindgen or wasm-opt)',
};
const DATA_KINDS = {
  'catalogue: English': 'the interface catalogue (`src/i18n.rs`): English',
  'catalogue: German, French, Spanish': '…its German, French and Spanish',
  'appcheck: other strings': "appcheck's other strings (its own messages, keys and names: string literals of `src/`)",
  'source paths': 'source paths for panic locations (`/rustc/…`, `~/.cargo/registry/…`, `src/…`)',
  'Unicode tables': "Unicode tables (data used by core's Unicode code: case mapping, alphabetic, printable, …)",
  'float tables': 'float-formatting tables (flt2dec)',
  'other text': "other text (libraries' messages and names: serde_json, serde, chrono, core, wasm-bindgen)",
  'other binary': 'other binary data (vtables, tables of string pointers and lengths, lookup tables)',
};

function wasmSection(w, budget) {
  if (!w) return '*Not measured in this run: the breakdown reads the named builds that `make bench` makes (`target/bench/wasm/`).*';
  const pctOf = (n) => `${((100 * n) / w.raw).toFixed(1)}%`;
  const shown = w.rows.filter((r) => SHOWN.test(r.owner) || r.total >= 1024);
  const folded = w.rows.filter((r) => !shown.includes(r) && r.total > 0);
  const row = (r) => [LABELS[r.owner] ?? (r.owner.startsWith('appcheck') ? `**${r.owner}**` : r.owner), int(r.functions), int(r.code), int(r.data), int(r.total), pctOf(r.total), int(r.gzipSaved), int(r.before)];
  const other = folded.reduce((t, r) => ({ functions: t.functions + r.functions, code: t.code + r.code, data: t.data + r.data, total: t.total + r.total, before: t.before + r.before }), { functions: 0, code: 0, data: 0, total: 0, before: 0 });
  const rows = shown.map(row);
  if (folded.length) {
    rows.push([`other (${folded.map((r) => LABELS[r.owner] ?? r.owner).join(', ')})`, int(other.functions), int(other.code), int(other.data), int(other.total), pctOf(other.total), '—', int(other.before)]);
  }
  const sumCode = w.rows.reduce((t, r) => t + r.code, 0);
  const sumData = w.rows.reduce((t, r) => t + r.data, 0);
  const rest = w.raw - sumCode - sumData;
  rows.push(['the rest of the file (types, imports, exports, function table, section headers)', '', '', '', int(rest), pctOf(rest), '—', '']);
  rows.push(['**the module**', `**${int(w.functions)}**`, `**${int(sumCode)}**`, `**${int(sumData)}**`, `**${int(w.raw)}**`, '100%', `**${int(w.gzip)}** (its gzip)`, `**${int(w.rows.reduce((t, r) => t + r.before, 0))}**`]);
  const g = (owner) => w.rows.find((r) => r.owner === owner) ?? { functions: 0, code: 0, data: 0, total: 0, gzipSaved: 0, before: 0 };
  const k = (kind) => w.holds.kinds.find((x) => x.kind === kind);
  const c = w.holds.catalogue;
  const [policy, web, json, serde, floats, sorts, unicode, alloc] = ['appcheck::policy', 'appcheck::web', 'serde_json', 'serde / serde_core', 'core: floats (flt2dec, dec2flt)', 'core: slice::sort', 'core: Unicode (char methods, tables)', 'alloc'].map(g);
  const code = (x) => `\`${x}\``;
  // Callers for people: an iterator adapter's loop stands for the closure inlined into it.
  const callers = (names) => [...new Set(names.map((n) => (/^<core::iter::adapters::/.test(n)
    ? `iterator loops (${code(n.replace(/^<core::iter::adapters::\w+::(\w+)<[^>]*> as core::iter::traits::iterator::Iterator>::(\w+)$/, '$1::$2'))}, with a closure of the caller's inlined)`
    : code(n))))];
  const list = (xs) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}` : xs[0] ?? 'nothing');
  const f64 = w.top.find((t) => t.name === '<f64 as core::fmt::Display>::fmt');
  const load = w.top.find((t) => t.name === 'appcheck::policy::load_policy');
  const validator = w.top_before.find((t) => t.name === 'appcheck::policy::Validator::policy');
  const nonEnglish = k('catalogue: German, French, Spanish');
  // The other languages compiled in (the odd word they share with English, "Tablet" or
  // "No", is found in the module however it is built).
  const compiledIn = nonEnglish && nonEnglish.bytes > 4096;
  const parts = [
    `The module as shipped (${int(w.raw)} bytes, ${int(w.gzip)} gzip) by the crate that wrote each part: its functions after \`wasm-opt\`, the data its code refers to, and what leaving just that part out of the shipped file would save of its gzip. ${w.identical ? 'The names come from the same build with its name section kept, whose code is byte for byte the shipped code.' : '**The named build\'s code differs from the shipped code: the names may be wrong in this run.**'}`,
    table(['part', 'functions', 'code', 'data', 'total', 'of the module', 'gzip saved if removed', 'code before wasm-opt'], rows, ['l']),
    `Bytes, raw. *code before wasm-opt* is the same crate's code in wasm-bindgen's output: LLVM's ${int(w.functions_before)} functions, before \`wasm-opt -Oz\` inlined them into ${int(w.functions)}. An inlined function's bytes count for the function it was inlined into, which is why appcheck's own modules grow under \`wasm-opt\` (serde's derived readers, strsim, csv_core and the site reader end up inside them) while serde_json, alloc and core's iterators shrink. *gzip saved if removed* is each part on its own: parts that share patterns save less together than the sum, so the column does not add up to the module's gzip.`,
    '**How the bytes are attributed.**',
    [
      '- The shipped module has no names. `make bench` runs the same `wasm-opt -Oz` on the same wasm-bindgen output again with `-g`, which keeps the name section (`target/bench/wasm/named.wasm`); `benches/js/wasm-size.mjs` reads the sections of the three modules, the function bodies of the code section and the names, and checks that the named build\'s code section equals the shipped one. No tool beyond Node: twiggy reads the same name section, but groups by function, not by crate, and knows nothing of the data.',
      '- Each function body (with its size prefix) goes to the crate of its demangled name\'s outermost path, without hashes (`::h0123…`) or crate disambiguators (`core[0123…]`); appcheck\'s by module, core\'s by what the code is for. For `<Self as Trait>::f` it is the crate that must hold the impl by Rust\'s orphan rule: Self\'s, unless Self is a type of core, alloc or std (or a primitive) and the trait is another crate\'s. So `<&mut serde_json::de::Deserializer<R> as serde_core::de::Deserializer>::deserialize_struct` is serde_json\'s code even where it was instantiated for appcheck\'s policy types: serde_json\'s code *caused by* appcheck\'s `#[derive(Deserialize)]`. Likewise `core::slice::sort::…` for appcheck\'s element types is core\'s, and `core::ptr::drop_in_place<T>` (drop glue) is listed under core whatever T is; the derived visitors themselves (`appcheck::policy::_::<impl Deserialize for …>`) are appcheck\'s. Names with no path: wasm-bindgen\'s shims and exports are wasm_bindgen\'s, `memcpy` and the 128-bit helpers compiler_builtins\'.',
      '- Data has no names. A byte of data belongs to the crate whose code (in wasm-bindgen\'s output, before inlining) loads its address with `i32.const`: a chunk starts at each such address and runs to the next; chunks reached only through pointers in other data (tables of strings, vtables) go with the chunk that points at them. Strings are found by their text: the catalogue and appcheck\'s other string literals, read from `src/`, and Rust source paths.',
      '- *gzip saved if removed* is `gzip -9` of the shipped module minus `gzip -9` of the same bytes with that part\'s function bodies and data cut out (the result is no valid module, but it is what the compressor would see without them).',
    ].join('\n'),
    '**The largest functions after `wasm-opt`** (with what was inlined into them):',
    table(['function', 'bytes', 'part'], w.top.map((t) => [code(t.name.length > 110 ? `${t.name.slice(0, 107)}…` : t.name), int(t.bytes), LABELS[t.owner] ?? t.owner]), ['l', 'r', 'l']),
    `**What the data section holds** (${int(w.data_shipped)} bytes as shipped: wasm-opt leaves out runs of zeros):`,
    table(['kind', 'bytes', 'gzip saved if removed'], w.holds.kinds.map((x) => [DATA_KINDS[x.kind] ?? x.kind, int(x.bytes), int(x.gzip_saved)]), ['l']),
    `The catalogue is ${int(c.messages)} messages in four languages, ${int(c.source_text)} bytes of text (${int(c.source_gzip)} gzip on its own; English alone ${int(c.english_text)} bytes, ${int(c.english_gzip)} gzip); ${int(c.found)} bytes of it are found in the module${compiledIn ? ' (identical texts are stored once)' : ': English, as the site\'s module carries it (German, French and Spanish are files of the site, `i18n/<tag>.<hash>.json`, fetched by a reader of that language)'}, and leaving all of it out would save ${int(c.found_gzip_saved)} bytes of the module's gzip.`,
    '**What could be cut, and what it would take.**',
    [
      `- **The strict readers of the policy format** (done). The policy and the index are read by hand from the JSON value the first, strict read makes (\`src/policy/read.rs\`, a small function a type with serde's words for what is wrong; the derives stay as its reference in the tests), and the worker's report by hand from its structured clone (\`src/web/from_js.rs\`): through the derived readers, instantiated for serde_json's text reader and for serde-wasm-bindgen's, the same reading cost 13.1 KB and 19.2 KB of gzip more (measured at 67c2563 and aab6f0d). ${code('appcheck::policy')} is ${kb(policy.code)} of code after \`wasm-opt\`${load ? `, ${kb(load.bytes)} of it in ${code('load_policy')}, into which \`wasm-opt\` inlined the validator${validator ? ` (${code('Validator::policy')}, ${kb(validator.bytes)} before \`wasm-opt\`: appcheck's own checks of a policy)` : ''} and the hand readers` : ''}${json.total
        ? `; serde_json adds ${kb(json.total)} (its parser, for the one reader of every JSON file, and its writer) and serde/serde_core ${kb(serde.total)}. Leaving out serde_json and serde alone would save ${kb(json.gzipSaved)} and ${kb(serde.gzipSaved)} of gzip.`
        : `; serde/serde_core adds ${kb(serde.total)}. **No serde_json** (done): every JSON file is read by the core's own reader (\`src/json.rs\`, one small recursive reader held to serde_json's answers, valid and broken, by property tests), its objects sorted \`Vec\`s; serde_json's parser, its \`Value\` and the \`BTreeMap\` behind it cost 8.8 KB of gzip (239,651 bytes at ccfae6f, 230,685 without). \`appcheck validate\` still words a syntax error with serde_json's words and place: the CLI asks serde_json again when the core's reader refuses a file.`}`,
      `- **The author's diagnostics** (done): the readers of a policy's, the index's, site.json's and a signature file's shape build their errors through \`wrong!\`, which in the site's module (built without the \`diagnostics\` feature) gives one generic error for the document, \"does not follow its format\", and \`appcheck validate\` says what and where; the messages, pointers, lines and columns are not compiled in: 8.3 KB of gzip (250,813 against 242,511 bytes, measured at 17621e3 and a9514c1). Why a signature or a version is refused stays worded.`,
      !f64
        ? `- **Float printing** (done): nothing in the module prints a float. It was kept alive by serde's messages for an unexpected value, which went with the last derived readers (\`check()\`'s request and the worker's context, read by hand since: 9.0 KB of gzip) and with \`{:?}\` in the policy's messages (2.6 KB); the response is written by hand too (5.7 KB).${floats.total ? ` What is left of core's float code, ${kb(floats.total)} (${kb(floats.gzipSaved)} gzip), parses JSON numbers with a fraction.` : " No float code of core's is left at all."}`
        : `- **Float printing${w.why.float.length && w.why.float.every((n) => /^<serde_core::de::/.test(n)) ? ", kept alive by serde's error messages" : ''}.** ${f64 ? `${code(f64.name)} is ${int(f64.bytes)} bytes after \`wasm-opt\` (Grisu and Dragon inlined into it)` : 'Float printing'}; core's float code and tables together are ${kb(floats.total)}, ${kb(floats.gzipSaved)} gzip. In wasm-bindgen's output the code that needs it is ${list(w.why.float.map(code))}${w.why.float.every((n) => /^<serde_core::de::/.test(n)) ? ': the message serde writes for an unexpected floating-point value ("invalid type: floating point `1.5`, expected …"); nothing of appcheck\'s prints a float. What still reaches serde\'s messages is serde-wasm-bindgen\'s derived reading of \`check()\`\'s request and context (issue 14 has \`check()\` take plain objects through it): reading those by hand too was measured to save 5.2 KB of gzip with float printing gone' : ''}.`,
      sorts.functions === 0
        ? `- **Sorting** (done): no \`core::slice::sort\` is left; every sort of the core goes through one merge sort of indices (\`small_sort::order\`), which was ${kb(25_968)} of the standard sorts' code, 65 functions, before.`
        : `- **Sorting.** ${code('core::slice::sort')} is ${int(sorts.functions)} functions, ${kb(sorts.total)}, ${kb(sorts.gzipSaved)} gzip: every \`sort\`/\`sort_by\`/\`sort_by_key\` on another element type or with another closure instantiates its own driftsort (or quicksort) and its helpers, 1–2 KB each. Sorting through one or two shared instantiations (a \`Vec\` of one key type, or indices), or an insertion sort where the lists are short, would cut most of it.`,
      `- **Unicode tables.** core's Unicode code and tables are ${kb(unicode.total)} (${kb(unicode.data)} of tables), ${kb(unicode.gzipSaved)} gzip: ${w.why.lowercase.length ? `the case-mapping table behind \`str::to_lowercase\` (called from ${list(callers(w.why.lowercase))}), ` : 'no case-mapping table (lower case comes from the core\'s own 185 runs, `src/case.rs`, checked against the standard library for every char), '}the alphabetic and numeric tables behind \`char::is_alphanumeric\` (called from ${list(callers(w.why.alphanumeric))}), ${w.why.escape.length ? `and the printable tables behind escaping with \`{:?}\`, which ${list(callers(w.why.escape))} need${w.why.escape.length === 1 ? 's' : ''}${w.why.escape.every((n) => /^<serde_core::de::/.test(n)) ? " (serde's message quoting an unexpected string): they would go with serde's messages, like float printing" : ''}` : "and no printable tables (a string in a policy's message is quoted by `policy/read.rs`'s own `quoted`, not `{:?}`)"}.`,
      compiledIn
        ? `- **The catalogue.** German, French and Spanish are ${kb(nonEnglish.bytes)} of the module, ${kb(nonEnglish.gzip_saved)} gzip; fetching the reader's language as a file (in parallel with \`site.json\`) instead of compiling all four in would save that for every reader, at the cost of one request and a loader for messages.`
        : '- **The catalogue** (done): German, French and Spanish are files of the site, fetched with `site.json` by a reader of that language; the module carries English.',
      `- **Together**, and as an upper bound: leaving out all of serde_json, serde, zmij, core's float, sorting and Unicode code and tables${compiledIn ? ', and three of the four languages,' : ''} would save ${kb(w.cut.gzip_saved)} of gzip, leaving ${kb(w.gzip - w.cut.gzip_saved)} against the goal of ${kb(budget.target_wasm_gzip)}. The goal also needs appcheck's own code to shrink: ${code('appcheck::web')} saves ${kb(web.gzipSaved)} gzip if removed and ${code('appcheck::policy')} ${kb(policy.gzipSaved)}; and alloc ${kb(alloc.gzipSaved)}, ${w.btree ? `of whose ${kb(alloc.total)} ${kb(w.btree)} is \`BTreeMap\` code (serde_json's map behind \`Value\`: the core's own sets and maps are bit sets and sorted \`Vec\`s)` : `its ${kb(alloc.total)} with no \`BTreeMap\` code left (the core's sets and maps, a JSON object's among them, are bit sets and sorted \`Vec\`s)`}.`,
    ].join('\n'),
  ];
  return parts.join('\n\n');
}

// --- recognition on the labelled workload (issue 13) ------------------------------------------

const f3 = (x) => x.toFixed(3);
const code = (x) => `\`${String(x).replaceAll('|', '\\|').replaceAll('`', "'")}\``;

export function recognition(results, native) {
  if (!results?.length) return '*Not measured in this run.*';
  const by = (id) => results.find((r) => r.id === id);
  const lines = ['lines-300', 'lines-3000'].map(by).filter(Boolean);
  const name = (r) => `${int(r.lines)} ${r.csv ? 'CSV lines' : 'lines'} × ${int(r.apps)} apps`;
  const row = (r, who, s) => [name(r), who, `**${f3(s.recall)}** (${int(s.found)}/${int(s.positives)})`, `${f3(s.precision)} (${int(s.definite - s.definiteRight)} wrong)`,
    s.questionsPer100.toFixed(2), f3(s.precisionWithQuestions), r.csv ? '—' : `${s.typosAsked}/${s.typos}`];
  const main = table(['workload', 'who', 'definite recall', 'definite precision', 'questions per 100 lines', 'precision with questions', 'typos asked'],
    lines.flatMap((r) => [row(r, 'ours (Wasm)', r.ours), row(r, 'exact map', r.map)]), ['l', 'l']);
  const kindNames = {
    name: 'name as typed', version: 'name with a version', 'paren-id': 'misspelt name (exact id)', accent: 'accent added or dropped',
    id: 'identifier alone', typo: 'one typo (a question)', 'other-id': 'identifier not in the policy', other: 'ordinary name',
  };
  const kinds = Object.keys(kindNames).filter((k) => lines.some((r) => r.ours.byKind[k]));
  const cellOf = (s, k) => {
    const v = s.byKind[k];
    if (!v) return '—';
    if (k === 'typo') return `${v.asked} asked, ${v.found} matched / ${v.lines}`;
    if (k === 'other' || k === 'other-id') return v.wrong ? `${v.wrong} answered / ${v.lines}` : `none answered / ${v.lines}`;
    return `${v.found}/${v.lines}${v.asked ? ` (+${v.asked} asked)` : ''}${v.wrong ? `; ${v.wrong} also answered with another app` : ''}`;
  };
  const kindTable = table(['kind of line', ...lines.flatMap((r) => [`ours, ${int(r.apps)} apps`, `exact map, ${int(r.apps)} apps`])],
    kinds.map((k) => [kindNames[k], ...lines.flatMap((r) => [cellOf(r.ours, k), cellOf(r.map, k)])]), ['l']);

  const dense = by('lines-3000');
  const light = by('lines-300');
  const goals = [];
  for (const r of lines) goals.push(`at ${int(r.apps)} apps, ours' definite recall ${f3(r.ours.recall)} against the exact map's ${f3(r.map.recall)}: **${r.ours.recall >= r.map.recall ? 'met' : 'not met'}**`);
  if (dense) goals.push(`at 3,000 apps, ${dense.ours.questionsPer100.toFixed(2)} questions per 100 lines against at most 1: **${dense.ours.questionsPer100 <= 1 ? 'met' : 'not met'}**`);

  const csv = by('csv-300');
  const csvText = csv ? [
    `**The ${int(csv.lines)}-line CSV export** (${int(csv.bytes)} bytes; header \`Application Name,Application Version,Publisher,Application ID\`, ${int(csv.lines - 1)} rows, one in 50 a policy app by name and package) against 300 apps:`,
    table(['', 'ours (Wasm)', 'exact map'], [
      ['read as', `${csv.ours.format}, ${int(csv.ours.entries)} entries`, `${int(csv.map.entries)} rows`],
      ['read whole?', csv.ours.entries >= csv.lines - 1 && !csv.ours.notes.length ? 'yes, no note' : `**no**${csv.ours.notes.length ? `: ${csv.ours.notes.slice(0, 2).map(code).join('; ')}` : ''}`, csv.map.entries >= csv.lines - 1 ? 'yes' : 'no'],
      ['definite recall', `${f3(csv.ours.recall)} (${int(csv.ours.found)}/${int(csv.ours.positives)})`, `${f3(csv.map.recall)} (${int(csv.map.found)}/${int(csv.map.positives)})`],
      ['definite precision', f3(csv.ours.precision), f3(csv.map.precision)],
      ['questions', `${int(csv.ours.questions)} (${int(csv.ours.questionsRight)} about the right app)`, '—'],
      ['time in Chromium, one run', ms(csv.ours.ms[0]), ms(csv.map.ms[0])],
    ], ['l']),
  ].join('\n\n') : '';

  const times = table(['workload', 'ours (Wasm), whole check', 'exact map', 'runs'],
    results.map((r) => [name(r), ms(median(r.ours.ms)), ms(median(r.map.ms)), String(r.ours.ms.length)]), ['l']);

  const examples = [];
  if (dense) {
    const labels = { wrong: 'a wrong or needless match', needless: 'a needless question', askedInstead: 'asked instead of matched', missed: 'not recognised', typoMissed: 'a typo not asked about' };
    for (const [k, label] of Object.entries(labels)) {
      const m = dense.ours.mistakes[k];
      // At most two of each kind of line, so that every shape of mistake shows.
      const perKind = {};
      const picked = m.examples.filter((e) => (perKind[e.kind] = (perKind[e.kind] ?? 0) + 1) <= 2).slice(0, 8);
      for (const e of picked) examples.push([`${label} (${int(m.count)} in all)`, `${code(e.text)} (${kindNames[e.kind] ?? e.kind})`, e.said, e.truth]);
    }
  }

  const nat = native?.labelled?.length ? [
    '**The sweep\'s cost, natively** (criterion, 10 samples, `opt-level = 3`; the policy loaded and prepared once (`Checker::new`), and for the sweep alone the list parsed once, outside the timing):',
    table(['list', 'lines', 'the sweep alone (`Checker::sweep_count`)', 'reading alone (`parse_list`)', 'the whole check (reading, sweep, evaluation)', 'the sweep\'s share of the check'],
      native.labelled.map((x) => [`${x.what === 'csv' ? 'CSV export' : 'pasted lines'}, ${int(x.apps)} apps`, int(x.lines),
        x.sweep ? ms(x.sweep.median_ms) : '—', x.read ? ms(x.read.median_ms) : '—', x.check ? ms(x.check.median_ms) : '—',
        x.sweep && x.check ? pct(x.sweep.median_ms, x.check.median_ms) : '—']), ['l']),
    `Read from \`target/criterion/labelled/*/new/estimates.json\`. The CSV export is measured at 10,000 lines here; one run of each step on the 100,000-line export (and the pasted lists), from the same binary: ${native.oneRun?.length ? native.oneRun.map((l) => code(l)).join('; ') : 'not run'}. The Rust generator is the JS one's twin: ${native.twins?.same ? `the texts it wrote were byte for byte those of \`workload.mjs\` (${native.twins.compared.map((c) => `${c.what} ${int(c.apps)} × ${int(c.lines)}`).join(', ')})` : `**its texts differ from \`workload.mjs\`'s**${native.twins?.error ? ` (${native.twins.error})` : ''}`}.`,
  ].join('\n\n') : '*The native sweep benchmarks were not run (`--no-native`).*';

  return [
    main,
    `Against issue 13's "done when": ${goals.join('; ')}.`,
    '**By kind of line** (lines answered with the right app for sure, and those asked about it instead; for lines of no policy app, how many got any answer):',
    kindTable,
    csvText,
    '**Time in Chromium** for the same checks (the scored run and, for the pasted lists, two more; median):',
    times,
    nat,
    examples.length ? `**What ours gets wrong or asks about at 3,000 apps** (in line order, at most two of each kind of line; all of them are in \`target/bench/results.json\`):` : '',
    examples.length ? table(['what', 'pasted line', 'ours', 'truth'], examples, ['l', 'l', 'l', 'l']) : '',
  ].filter(Boolean).join('\n\n');
}

/** Lighthouse's scores and metrics, mobile and desktop, against issue 17's targets. */
/** Ours and the exact map timed in turn in one page (`versus` in bench.mjs). */
function versusSection(versus) {
  if (!versus) return '*Not measured in this run.*';
  return [
    table(['policy', 'lines', 'ours (Wasm)', 'exact map', 'ours / map, per round'],
      versus.map((r) => [`${int(r.apps)} apps`, int(r.lines), ms(r.ours_ms), ms(r.exact_ms), r.ratios.map((x) => x.toFixed(2)).join(', ')]), ['l']),
    `The two cells of issue 17's comparison, timed after the grid in a page of their own: a warm-up of each, then ${versus[0].ratios.length} rounds, each timing ours and then the exact map on the same list as the grid does (the medians above; the ratios of each round, sorted). A round shares whatever else the machine is doing between the two, so its ratio is steadier than either time; in the grid each cell's times also follow Fuse.js's run of the cell before, which leaves the heap full.`,
  ].join('\n\n');
}

function lighthouseSection(lh) {
  if (!lh) return '*Not measured in this run.*';
  const secs = (v) => (v == null ? '—' : `${(v / 1000).toFixed(1)} s`);
  const row = (label, f) => [label, f(lh.mobile), f(lh.desktop)];
  const rows = [
    row('performance', (p) => String(p.scores.performance)),
    row('accessibility', (p) => String(p.scores.accessibility)),
    row('best practices', (p) => String(p.scores['best-practices'])),
    row('SEO', (p) => String(p.scores.seo)),
    row('first contentful paint', (p) => secs(p.metrics['first-contentful-paint'])),
    row('largest contentful paint', (p) => secs(p.metrics['largest-contentful-paint'])),
    row('total blocking time', (p) => `${int(p.metrics['total-blocking-time'] ?? 0)} ms`),
    row('cumulative layout shift', (p) => (p.metrics['cumulative-layout-shift'] ?? 0).toFixed(3)),
    row('speed index', (p) => secs(p.metrics['speed-index'])),
    row('bytes transferred', (p) => (p.bytes == null ? '—' : kb(p.bytes))),
  ];
  const lines = ['|  | mobile | desktop |', '|---|---:|---:|', ...rows.map((r) => `| ${r.join(' | ')} |`)];
  const m = lh.mobile;
  const lcp = m.metrics['largest-contentful-paint'];
  const targets = `Issue 17's targets for mobile: performance ≥ 95 (${m.scores.performance >= 95 ? 'met' : `**not met**, ${m.scores.performance}`}), `
    + `LCP ≤ 2.0 s (${lcp != null && lcp <= 2000 ? 'met' : `**not met** by ${secs(lcp - 2000)}`}), `
    + `accessibility, best practices and SEO 100 (${['accessibility', 'best-practices', 'seo'].every((k) => m.scores[k] === 100) ? 'met' : '**not met**'}).`;
  const warnings = [...new Set([...m.warnings, ...lh.desktop.warnings])];
  return `${lines.join('\n')}\n\nLighthouse ${lh.version}, one run per preset (mobile: simulated slow 4G and 4× CPU on a phone's screen; desktop), `
    + `on the page as \`appcheck serve\` serves it (compressed, as the shipped server configurations serve it), in Debian's Chromium. ${targets}`
    + `${warnings.length ? `\n\nLighthouse warned: ${warnings.join('; ')}` : ''}`;
}

// --- the report --------------------------------------------------------------------------------
// --- the report --------------------------------------------------------------------------------

export function report(d) {
  const { machine: m, latency, native, size, start, responsiveness: resp, baseline: base, budget, fuse, settings: s } = d;
  const cell = (apps, lines) => latency.rows.find((r) => r.apps === apps && r.lines === lines);
  const scores = score(d.corpus.labels, d.corpus.answers);
  const diff = disagreements(d.corpus.answers);
  const page = size.files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const wasm = size.files.find((f) => f.file.endsWith('.wasm'));
  const workerWasm = (size.workerFiles ?? []).find((f) => f.file.endsWith('.wasm'));
  const workerTotal = (size.workerFiles ?? []).reduce((t, f) => t + f.gzip, 0);
  const key = cell(300, 10_000);

  // Budgets.
  const o = scores.ours, t = scores.theirs;
  const precision = (x) => x.right / Math.max(1, x.right + x.falseFlags);
  const recall = (x) => x.right / Math.max(1, x.restricted);
  const asking = (x) => (x.questions - x.needless) / Math.max(1, x.questions);
  const path = (chain) => chain.map((w) => `\`${w.file.replace(/^\/$/, 'index.html').replace(/^\//, '').replace(/\.[0-9a-f]{10}\./, '.')}\``).join(' → ');
  // (Runs before the waterfall's ready time was kept: every entry there had arrived by it.)
  const slowChain = longestChain(start.slow.waterfall, start.slow.waterfall_ready);
  const warmChain = longestChain(start.warm.waterfall, start.warm.waterfall_ready);
  // On a warm visit: the time from the module's arrival to the page's next request for data.
  const warmWasm = start.warm.waterfall.find((w) => w.file.endsWith('.wasm'));
  const warmNext = warmWasm && start.warm.waterfall.filter((w) => w.file.endsWith('.json') && w.start >= warmWasm.end).sort((a, b) => a.start - b.start)[0];
  const nativeKey = native.rows.find((r) => r.apps === 300 && r.lines === 10_000);
  const budgets = [
    {
      what: 'everything the page transfers', goal: `≤ ${kb(budget.target_page_gzip)} gzip`, value: `${kb(page.gzip)} gzip (${int(page.gzip)} bytes, ${size.files.length} files)`,
      met: page.gzip <= budget.target_page_gzip,
      notes: `the Wasm module is ${kb(wasm.gzip)} of it, everything else ${kb(page.gzip - wasm.gzip)}`,
    },
    {
      what: 'the Wasm module', goal: `≤ ${kb(budget.target_wasm_gzip)} gzip`, value: `${kb(wasm.gzip)} gzip (${int(wasm.gzip)} bytes; ${kb(wasm.raw)} raw)`,
      met: wasm.gzip <= budget.target_wasm_gzip,
      notes: d.wasm
        ? `by crate in *What the Wasm module is made of* below: of its ${kb(d.wasm.raw)} raw, appcheck's own modules are ${kb(d.wasm.rows.filter((r) => r.owner.startsWith('appcheck')).reduce((t, r) => t + r.total, 0))} (the interface catalogue's ${kb(d.wasm.holds.catalogue.found)} among them), the libraries the rest; even without serde, float printing, sorting and Unicode tables it would be about ${kb(d.wasm.gzip - d.wasm.cut.gzip_saved)} gzip`
        : 'what the module is made of is written down in `pkg-config/budget.json`',
    },
    {
      what: 'ready, warm, on 127.0.0.1', goal: '≤ 150 ms', value: ms(start.warm.ready_ms), met: start.warm.ready_ms <= 150,
      notes: `the widget is ready after a chain of ${warmChain.length} requests, each sent after the one before it had arrived (${path(warmChain)}); the module is in by ${ms(start.warm.wasm_ms)}${warmNext ? ` (median), and in the visit the chain is from, \`${warmNext.file.replace(/^\//, '')}\` is asked for ${ms(warmNext.start - warmWasm.end)} after the module arrived (compiling and starting it)` : ''}; the page's service worker controlled ${start.warm.worker} of ${start.warm.runs} warm visits`,
    },
    {
      what: 'ready, cold, slow 3G and 4× CPU', goal: '≤ 2 s', value: `${ms(start.slow.ready_ms)} as served; ${ms(start.slowGzip.ready_ms)} served gzip`,
      met: start.slow.ready_ms <= 2000,
      notes: `DevTools' Slow 3G delays every response by 2 s, and ${slowChain.length} requests are made one after another before the widget is ready (${path(slowChain)}): ${slowChain.length * 2} s of latency alone. The module is ${int(wasm.raw)} bytes as served, ${(wasm.raw / s.SLOW_3G.downloadThroughput).toFixed(1)} s at 50,000 bytes/s (${(wasm.gzip / s.SLOW_3G.downloadThroughput).toFixed(1)} s gzip). Under this preset even the page's HTML alone arrives after 2 s, so the budget cannot be met as written: it needs a faster profile or a budget in round trips`,
    },
    {
      what: '10,000 lines × 300 apps, in Chromium', goal: '< 5 ms', value: ms(key.ours_ms), met: key.ours_ms < 5,
      notes: nativeKey
        ? `natively the same work takes ${ms(nativeKey.median_ms)} (criterion, \`opt-level = 3\`, the policy prepared once)${nativeKey.median_ms >= 5 ? ', so the work itself, not only the browser, is over the budget' : ''}; in the page the list also crosses into the module as a string and the report comes back as JS objects (the apps the policy names and 200 it does not; the rest are counted, never built)`
        : 'the list crosses into the module as a string and the report comes back as JS objects (native numbers not measured in this run)',
    },
    {
      what: '…and against Fuse.js', goal: '≥ 100× faster', value: `${ratio(key.fuse_ms, key.ours_ms)} (Fuse.js ${key.fuse_estimated ? '~' : ''}${ms(key.fuse_ms)}${key.fuse_estimated ? ', estimated' : ''})`,
      met: key.fuse_ms / key.ours_ms >= 100,
      notes: 'Fuse.js compares every line that is not an exact name, and whose length some name comes near, with every name and alias; ours looks names up in tables and finds near names through an index',
    },
    {
      what: 'precision and recall on the corpus', goal: 'better than the baseline',
      value: `flags (precision / recall): ours ${pct(o.right, o.right + o.falseFlags)} / ${pct(o.right, o.restricted)}, baseline ${pct(t.right, t.right + t.falseFlags)} / ${pct(t.right, t.restricted)}; questions that were needed: ours ${o.questions - o.needless} of ${o.questions}, baseline ${t.questions - t.needless} of ${t.questions}`,
      met: precision(o) >= precision(t) && recall(o) >= recall(t) && asking(o) >= asking(t)
        && (precision(o) > precision(t) || recall(o) > recall(t) || asking(o) > asking(t)),
      notes: `${precision(o) === precision(t) ? 'neither flags anything wrongly; ' : ''}the baseline misses ${t.restricted - t.right} restricted app${t.restricted - t.right === 1 ? '' : 's'} (look-alike letters, spaced or subtitled names) and asks ${int(t.needless)} needless questions, ${int(t.nearMisses)} of them about real apps with similar names`,
    },
    {
      what: 'main-thread tasks during a 100,000-line check', goal: 'none > 100 ms', value: resp.longest_ms > 0 ? `longest ${ms(resp.longest_ms)}` : 'no task over 50 ms', met: resp.longest_ms <= 100,
      notes: `${resp.tasks} task${resp.tasks === 1 ? '' : 's'} over 50 ms between the click and the answer (${ms(resp.wall_ms)})`
        + (resp.messages?.some((x) => x.what === 'request')
          ? `; the list is checked in a Web Worker${resp.longest_ms > 100 ? ', and the long tasks left are the page\'s own: writing the request, then reading the answer and drawing the report (see *Responsiveness*)' : ''}`
          : (resp.longest_ms > 100 ? ': the check runs on the page\'s main thread, in one piece' : '')),
    },
  ];
  // Issue 17's targets: what a phone on a mobile network gets, and checks in milliseconds.
  const mobile = d.lighthouse?.mobile;
  const secs = (v) => `${(v / 1000).toFixed(1)} s`;
  const by = (value, goal, unit = (v) => ms(v)) => (value <= goal ? '' : ` (over by ${unit(value - goal)})`);
  // Ours against the exact map: from the interleaved step (`versus`: the two timed in turn
  // in one page, round after round) when the run has it, else from the grid.
  const vs = (apps, lines) => d.versus?.find((r) => r.apps === apps && r.lines === lines);
  const pair = (apps, lines) => {
    const v = vs(apps, lines);
    const c = cell(apps, lines);
    return v ? { ours_ms: v.ours_ms, exact_ms: v.exact_ms, ratios: v.ratios } : c && { ours_ms: c.ours_ms, exact_ms: c.exact_ms };
  };
  const keyPair = pair(300, 10_000);
  const exactKey = keyPair.exact_ms;
  const small = pair(3000, 100);
  const rounds = (p) => (p?.ratios ? ` (ours / map per round: ${p.ratios.map((x) => x.toFixed(2)).join(', ')})` : '');
  const whence = d.versus
    ? `interleaved in one page (*Ours against the exact map, in turn*), the medians of ${d.versus[0].ratios.length} rounds`
    : 'in *Checking a pasted list*';
  const targets = [
    ...(mobile ? [
      {
        what: 'Lighthouse mobile: performance', goal: '≥ 95', value: String(mobile.scores.performance), met: mobile.scores.performance >= 95,
        notes: 'one run of the mobile preset (simulated slow 4G, 4× CPU); see *Lighthouse*',
      },
      {
        what: 'Lighthouse mobile: largest contentful paint', goal: '≤ 2.0 s', value: secs(mobile.metrics['largest-contentful-paint']),
        met: mobile.metrics['largest-contentful-paint'] <= 2000,
        notes: 'the largest paint is the policy\'s state that `appcheck build` wrote into the page; the Wasm module is asked for after it is painted',
      },
      {
        what: 'Lighthouse mobile: accessibility, best practices, SEO', goal: '100 each',
        value: ['accessibility', 'best-practices', 'seo'].map((k) => mobile.scores[k]).join(', '),
        met: ['accessibility', 'best-practices', 'seo'].every((k) => mobile.scores[k] === 100), notes: '',
      },
    ] : []),
    ...(start.slow4g ? [{
      what: 'the policy\'s state visible, slow 4G and 4× CPU, cold', goal: '≤ 1.5 s', value: ms(start.slow4g.fcp_ms),
      met: start.slow4g.fcp_ms <= 1500 && start.slow4g.state_painted === start.slow4g.runs,
      notes: `the first contentful paint (median of ${start.slow4g.runs}), which carried the state (\`#lifecycle\`) in ${start.slow4g.state_painted} of ${start.slow4g.runs} runs; the widget was ready at ${ms(start.slow4g.ready_ms)}${by(start.slow4g.fcp_ms, 1500)}`,
    }] : []),
    {
      what: 'the Wasm module', goal: '≤ 150 KB gzip', value: `${kb(wasm.gzip)} gzip`, met: wasm.gzip <= 150 * 1024,
      notes: `${wasm.gzip > 150 * 1024 ? `over by ${kb(wasm.gzip - 150 * 1024)}; ` : ''}the page's module (\`${wasm.file}\`), which draws the policy, its state and its questions and checks nothing${workerWasm ? `; the module that checks, which the page's Web Worker loads once the widget is drawn, is ${kb(workerWasm.gzip)} gzip` : ''}; where the page's goes: *What the Wasm module is made of*`,
    },
    {
      what: 'everything the page transfers', goal: '≤ 170 KB gzip', value: `${kb(page.gzip)} gzip`, met: page.gzip <= 170 * 1024,
      notes: `${page.gzip > 170 * 1024 ? `over by ${kb(page.gzip - 170 * 1024)}; ` : ''}until the widget is ready, its module ${kb(wasm.gzip)} of it${workerTotal ? `; then its Web Worker loads ${kb(workerTotal)} gzip more (${(size.workerFiles ?? []).map((f) => `\`${f.file}\``).join(', ')}), before the first check` : ''}`,
    },
    {
      what: '10,000 lines × 300 apps, in Chromium', goal: '≤ 10 ms', value: ms(keyPair.ours_ms), met: keyPair.ours_ms <= 10,
      notes: `one call of the module's \`check_prepared\` with the list, the policy prepared before (\`prepare\`, once per policy), as the page's worker checks, ${whence}${by(keyPair.ours_ms, 10)}`,
    },
    ...(exactKey !== undefined ? [{
      what: '…faster than a plain-JavaScript exact map', goal: 'faster, 10,000 × 300 and 100 × 3,000',
      value: `${ms(keyPair.ours_ms)} against ${ms(exactKey)}; ${small ? `${ms(small.ours_ms)} against ${ms(small.exact_ms)}` : '—'}`,
      met: keyPair.ours_ms < exactKey && (!small || small.ours_ms < small.exact_ms),
      notes: `${whence}${rounds(keyPair)}${small ? `; 100 × 3,000${rounds(small)}` : ''}. The exact map (\`exactmap.mjs\`) answers only exact names and identifiers; ours also reads every format, asks about near names and evaluates the rules`
        + (small && small.ours_ms >= small.exact_ms
          ? `. Both build their index once per policy (the exact map's \`Map\`s, ours \`prepare\`); on 100 lines ours takes ${ms(small.ours_ms - small.exact_ms)} more a list. In a CPU profile of the worker's module in Node (by hand, at opt-level 3) the time is spread thin, no function over 6 %: reading the list in every shape it may be about 30 %, writing the report as JS objects (100 findings) about 20 %, recognising the lines about 20 % and the whole-text sweep about 10 %, where the exact map looks each line up and returns \`{ line, app }\`; natively (criterion, opt-level 3) the same check takes about 80 µs, already more than the exact map in Chromium`
          : ''),
    }] : []),
  ];
  const targetTable = table(['target', 'goal', 'measured', 'met?', 'notes'],
    targets.map((b) => [b.what, b.goal, b.value, b.met ? '**met**' : '**not met**', b.notes]), ['l', 'l', 'l', 'l', 'l']);

  const budgetTable = table(['budget', 'goal', 'measured', 'met?', 'notes'],
    budgets.map((b) => [b.what, b.goal, b.value, b.met ? '**met**' : '**not met**', b.notes]), ['l', 'l', 'l', 'l', 'l']);

  const machine = [
    `- ${m.cpu}, ${m.cores} cores, ${m.memory_gib.toFixed(0)} GiB; ${m.os}`,
    `- ${m.rust}; Node ${m.node}; Chromium ${d.machine.chromium} (Debian), headless; Fuse.js ${fuse.version}`,
    `- Load average when the run began: ${m.load.map((x) => x.toFixed(2)).join(', ')} (other builds may share the machine; expect some noise)`,
    `- ${m.date}${m.commit ? `; the working tree at commit \`${m.commit}\`${m.dirty ? ' with uncommitted changes' : ''} when the run began` : ''}`,
  ].join('\n');

  const latencyTable = table(['policy', 'lines', 'ours (Wasm)', 'Fuse.js baseline', 'ours is faster by', 'exact map', 'ours natively'],
    latency.rows.map((r) => {
      const n = native.rows.find((x) => x.apps === r.apps && x.lines === r.lines);
      return [
        `${int(r.apps)} apps`, int(r.lines), ms(r.ours_ms),
        r.fuse_estimated ? `~${ms(r.fuse_ms)} *(estimated from ${int(r.fuse_lines)} lines)*` : ms(r.fuse_ms),
        ratio(r.fuse_ms, r.ours_ms), r.exact_ms === undefined ? '—' : ms(r.exact_ms), n ? ms(n.median_ms) : '—',
      ];
    }), ['l']);
  const mismatch = latency.rows.filter((r) => r.lines === r.fuse_lines
    && (r.ours_counts.flagged !== r.fuse_counts.flagged || r.ours_counts.asked !== r.fuse_counts.asked));
  const latencyNotes = [
    `Medians of ${Object.values(s.OUR_RUNS).join(' / ')} runs for ours and ${Object.values(s.FUSE_RUNS).join(' / ')} for Fuse.js (100 / 10,000 / 100,000 lines)`
      + `${s.CALLS_PER_SAMPLE ? `; for ours and the exact map each run of a 100-line list is ${s.CALLS_PER_SAMPLE[100]} calls timed together, the time divided (the page's clock counts in steps of 0.1 ms)` : ''}. `
      + `Loading the policy and building the baseline's index (\`Map\` and Fuse.js) takes ${latency.rows.filter((r) => r.lines === 100).map((r) => `${ms(r.fuse_build_ms)} (${int(r.apps)} apps)`).join(', ')}; `
      + 'the rest of its time is Fuse.js searching the lines that are not an exact name and whose length some name comes near. '
      + `The exact map (\`exactmap.mjs\`, no questions, no rules) answers the same lists in ${latency.rows.filter((r) => r.exact_ms !== undefined).map((r) => `${ms(r.exact_ms)} (${int(r.apps)} × ${int(r.lines)})`).join(', ')}. `
      + 'Ours and the exact map each load and index the policy once, as the page\'s worker does (`prepare`, then `check_prepared` for each list), and their times above are the lists\' alone; '
      + `loading the policy took ours ${latency.rows.filter((r) => r.lines === 100 && r.ours_prepare_ms !== undefined).map((r) => `${ms(r.ours_prepare_ms)} (${int(r.apps)} apps)`).join(', ')}, `
      + `the exact map ${latency.rows.filter((r) => r.lines === 100 && r.exact_build_ms !== undefined).map((r) => `${ms(r.exact_build_ms)} (${int(r.apps)} apps)`).join(', ')} (once per policy: the first time the page checks a list).`,
    mismatch.length
      ? `On the synthetic lists the two disagree in ${mismatch.length} cell(s): ${mismatch.map((r) => `${r.apps}×${r.lines}: ours ${r.ours_counts.flagged} flagged/${r.ours_counts.asked} asked, baseline ${r.fuse_counts.flagged}/${r.fuse_counts.asked}`).join('; ')}.`
      : 'On these synthetic lists both give the same answer wherever the baseline ran the whole list: the same restricted apps flagged (1 in 50 lines) and the same misspellings asked about (1 in 200).',
    `The Wasm module's linear memory after the whole grid (its peak, reached by the largest check): ${mib(latency.wasmMemory)}.`,
  ].join('\n\n');

  const nativeTable = native.skipped || !native.rows.length
    ? '*Not run (`--no-native`).*'
    : `${table(['policy', 'lines', 'median', 'mean', 'per line'], native.rows.map((r) => [
      `${int(r.apps)} apps`, int(r.lines), ms(r.median_ms), ms(r.mean_ms), `${((r.median_ms * 1000) / r.lines).toFixed(2)} µs`,
    ]), ['l'])}\n\n\`cargo bench --bench recognise\` (criterion, 10 samples, \`opt-level = 3\`): the policy is loaded and prepared once (\`Checker::new\`, as the page's \`prepare\`), outside the timing; each iteration reads the list and checks it, keeping 200 of the apps the policy does not name as the page asks. Read from \`target/criterion/read and check/*/new/estimates.json\`.`;

  // Corpus.
  const corpusTable = table(['', 'ours', 'baseline'], [
    ['restricted apps flagged (recall)', `${o.right}/${o.restricted} (${pct(o.right, o.restricted)})`, `${t.right}/${t.restricted} (${pct(t.right, t.restricted)})`],
    ['false flags', int(o.falseFlags), int(t.falseFlags)],
    ['precision of flags', pct(o.right, o.right + o.falseFlags), pct(t.right, t.right + t.falseFlags)],
    ['restricted apps not flagged but asked about', int(o.askedInstead), int(t.askedInstead)],
    ['labelled typos asked about', `${o.typosAsked}/${o.typos}`, `${t.typosAsked}/${t.typos}`],
    ['questions asked', int(o.questions), int(t.questions)],
    ['needless questions (about apps that are not restricted)', int(o.needless), int(t.needless)],
    ['…of which about a labelled near miss', int(o.nearMisses), int(t.nearMisses)],
    ['lists answered exactly right', `${o.listsRight}/${d.corpus.answers.length}`, `${t.listsRight}/${d.corpus.answers.length}`],
  ], ['l']);
  const formats = Object.keys(o.formats);
  const formatTable = table(['format', 'lists', 'restricted', 'ours flags', 'baseline flags', 'ours right', 'baseline right'],
    formats.map((f) => [f, o.formats[f].lists, o.formats[f].restricted, o.formats[f].right, t.formats[f].right,
      `${o.formats[f].listsRight}/${o.formats[f].lists}`, `${t.formats[f].listsRight}/${t.formats[f].lists}`]), ['l']);
  const counts = Object.entries(diff.kinds).map(([k, v]) => `${k}: ${v.length}`).join('; ');
  const examples = [];
  for (const [kind, list] of Object.entries(diff.kinds)) {
    const seen = new Set();
    for (const e of list) {
      const key = `${fold(e.input)}|${e.theirs}`;
      if (seen.has(key)) continue;
      seen.add(key);
      examples.push([kind, `\`${e.file}\``, `\`${String(e.input).replaceAll('|', '\\|').replaceAll('`', "'")}\``, e.ours, e.theirs]);
      if (seen.size >= 4) break;
    }
  }
  const corpus = [
    corpusTable,
    `"Exactly right" is what \`tests/corpus.rs\` demands of ours: every restricted app flagged, no false flag, every labelled typo asked about, no needless question. The baseline's question score is generous: any possible match whose entry contains the typo counts.`,
    '**By format** (restricted apps flagged, and lists exactly right):',
    formatTable,
    `**Where they disagree.** The two give the same flags and questions on ${diff.agree} of ${diff.lists} lists. Entries that differ, by kind: ${counts}. Examples (at most four different ones per kind):`,
    table(['kind', 'list', 'pasted entry', 'ours', 'baseline'], examples, ['l', 'l', 'l', 'l', 'l']),
  ].join('\n\n');

  // Size.
  const sizeRows = size.files.map((f) => [`\`${f.file}\``, int(f.raw), int(f.gzip), int(f.brotli), int(f.requests)]);
  sizeRows.push(['**total**', `**${int(page.raw)}**`, `**${int(page.gzip)}**`, `**${int(page.brotli)}**`, '']);
  const twice = size.files.filter((f) => f.requests > 1).map((f) => `\`${f.file}\``);
  const sizeText = [
    `Every file the page loads on a first visit (from the page's Resource Timing entries), in bytes: raw, \`gzip -9\` and brotli (quality 11) from Node's zlib, and how many times the server was asked for it during that visit.`,
    table(['file', 'raw', 'gzip', 'brotli', 'requests'], sizeRows, ['l']),
    `The first visit made ${int(size.requests)} requests and the server sent ${int(size.transferred)} bytes (compressed, as \`appcheck serve\` sends them). `
      + (size.worker ? 'The page registers a service worker, which fetches the site\'s files for offline use as it installs' : 'No service worker was installed')
      + (size.others.length ? `; files fetched besides the page's own: ${size.others.map((f) => `\`${f}\``).join(', ')}` : '')
      + (twice.length ? `; fetched more than once: ${twice.join(', ')}` : '') + '.',
    `The Wasm modules are built by the Makefile's pinned nightly with LTO and one codegen unit, the page's at \`opt-level = "z"\` and the worker's with the crate at \`opt-level = 3\` (its dependencies at \`"z"\`), the standard library built for them (\`-Zbuild-std\`) and panics compiled to traps (\`-Cpanic=immediate-abort\`), then \`wasm-bindgen\` and \`wasm-opt -Oz\`; the table shows it after \`wasm-opt\`.${size.cargoWasm ? ` Cargo's output, before both: ${int(size.cargoWasm.raw)} bytes raw, ${int(size.cargoWasm.gzip)} gzip.` : ''}`,
    `For comparison, the baseline would add ${size.baselineFiles.map((f) => `${f.file}: ${int(f.raw)} raw / ${int(f.gzip)} gzip / ${int(f.brotli)} brotli`).join('; ')} bytes (its page would still need a reader for policies, rules and texts).`,
  ].join('\n\n');

  // Start.
  const startRow = (name, r) => [name, ms(r.ready_ms), `${ms(r.min_ms)} – ${ms(r.max_ms)}`, r.wasm_ms === undefined ? '—' : ms(r.wasm_ms), `${r.worker}/${r.runs}`];
  const waterfall = start.slow.waterfall.map((w) => [`\`${w.file}\``, ms(w.start), ms(w.end), int(w.transfer)]);
  const startText = [
    table(['', 'ready (median)', 'range', 'Wasm module received', 'controlled by the service worker when ready'], [
      startRow('cold, 127.0.0.1', start.cold), startRow('cold, 127.0.0.1, served gzip', start.coldGzip),
      startRow('warm, 127.0.0.1', start.warm),
      ...(start.slow4g ? [startRow(`cold, slow 4G, ${s.CPU_SLOWDOWN}× CPU, a phone's screen`, start.slow4g)] : []),
      startRow(`cold, slow 3G, ${s.CPU_SLOWDOWN}× CPU`, start.slow), startRow(`cold, slow 3G, ${s.CPU_SLOWDOWN}× CPU, served gzip`, start.slowGzip),
    ], ['l']),
    'All times from the start of navigation. `appcheck serve` sends the brotli or gzip file `appcheck build` wrote beside each one, by the browser\'s `Accept-Encoding` (Chromium asks for brotli), as the shipped nginx, Apache and Caddy configurations do; "served gzip" is the same site sent by a small server in the benchmark that compresses each response with gzip -9 as it goes. Slow 4G is issue 17\'s phone: 150 ms round trips, 1.6 Mbit/s down and 750 kbit/s up (CDP\'s `Network.emulateNetworkConditions`) and a 4× slower CPU, on a 412 × 823 screen. Both servers send `Cache-Control: no-cache` and no `ETag` or `Last-Modified`, so the HTTP cache cannot revalidate anything: a warm visit is faster only where the page\'s service worker (when it has one and controls the page) answers from its own cache.',
    'The first cold start on slow 3G, as served, request by request:',
    table(['file', 'requested', 'received', 'transferred bytes'], waterfall, ['l']),
  ].join('\n\n');

  // The check in a Web Worker: when the page sent the list and when the answer came back,
  // and which main-thread tasks fell before, during and after.
  const sent = resp.messages?.find((x) => x.what === 'request');
  const answered = resp.messages?.find((x) => x.what === 'answer' && (!sent || x.at >= sent.at));
  const phase = (t) => (!sent ? 'in the page' : t.start < sent.at ? 'before the list was sent' : answered && t.start + t.duration > answered.at ? "after the worker's answer" : 'while the worker checked');
  const phases = {};
  for (const t of resp.task_list ?? []) (phases[phase(t)] ??= []).push(t);
  const longest = (resp.task_list ?? []).reduce((a, t) => (!a || t.duration > a.duration ? t : a), null);
  const taskText = Object.entries(phases).map(([p, ts]) => `${p}: ${ts.map((t) => `${ms(t.duration)} at ${ms(t.start)}`).join(', ')}`).join('; ');
  const workerMemory = resp.workers?.find((x) => x.memory)?.memory;
  const responsiveness = [
    table(['', ''], [
      ['lines pasted', int(resp.lines)],
      ['answer shown', `\`${resp.answer}\``],
      ['click → answer', ms(resp.wall_ms)],
      ['the list sent to the Web Worker', sent ? `${ms(sent.at)} after the click` : 'no: checked on the page\'s main thread'],
      ...(sent ? [["the worker's answer arrived", answered ? `${ms(answered.at)} after the click` : '—']] : []),
      ['main-thread tasks over 50 ms', int(resp.tasks)],
      ['**longest main-thread task**', `**${longestTask(resp.longest_ms)}**${longest && sent ? ` (${phase(longest)})` : ''}`],
      ['total blocking time (the part of each task over 50 ms)', ms(resp.blocking_ms)],
      ['the baseline on the same list and policy, one call', `${ms(base.ms)} (longest task ${longestTask(base.longest_ms)})`],
    ], ['l', 'l']),
    taskText ? `Main-thread tasks over 50 ms from the click, with when they began: ${taskText}.` : '',
    sent
      ? (resp.longest_ms > 100
        ? `The list is checked in a Web Worker (\`www/worker.js\`, its own instance of the module), and the main thread stays free while it works${phases['while the worker checked'] ? ' but for short tasks' : ''}. What is left on the main thread is the page's own part: ${phases['before the list was sent'] ? `${ms(phases['before the list was sent'].reduce((t, x) => t + x.duration, 0))} before the list goes out (reading the text area and writing the request as JSON, in the page's module)` : 'little before the list goes out'}${phases["after the worker's answer"] ? `, and ${ms(phases["after the worker's answer"].reduce((t, x) => t + x.duration, 0))} in ${phases["after the worker's answer"].length} task${phases["after the worker's answer"].length === 1 ? '' : 's'} after the answer arrives (reading the answer's JSON text into a \`serde_json::Value\` in the page's module, then drawing the report: DOM, style and layout)` : ''}. The page cannot respond to input during those tasks. The baseline, called from an event handler, blocks the thread for its whole run, and draws nothing.`
        : "The list is checked in a Web Worker (`www/worker.js`, its own instance of the module); no main-thread task during the check was over 100 ms. The baseline, called from an event handler, blocks the thread for its whole run.")
      : resp.longest_ms > 100
        ? `The answer comes after ${resp.tasks === 1 ? 'one long task' : `${resp.tasks} long tasks`}: reading, checking and drawing happen on the page's main thread, so the page cannot respond to input until the answer is drawn. The baseline, called from an event handler, blocks the thread for its whole run too, and draws nothing.`
        : 'No main-thread task during the check was over 100 ms. The baseline, called from an event handler, blocks the thread for its whole run.',
  ].filter(Boolean).join('\n\n');

  const memory = [
    table(['', 'ours', 'baseline'], [
      ["Wasm linear memory of the page's module instance, before → after the 100,000-line check", `${mib(resp.wasm_before)} → ${mib(resp.wasm_after)}`, '—'],
      ...(resp.workers?.length ? [["Wasm linear memory of the Web Worker's module instance after the check (its peak)", workerMemory ? mib(workerMemory) : 'not measured', '—']] : []),
      ["the page's JS heap before the check (after GC)", mib(resp.heap_before), mib(base.heap_before)],
      ["the page's JS heap right after the check", mib(resp.heap_after), mib(base.heap_after)],
      ["the page's JS heap after GC, the result still held", mib(resp.heap_retained), mib(base.heap_retained)],
    ], ['l']),
    (resp.workers?.length
      ? `Ours is the check through the page (the widget holds the report and draws at most 200 unnamed apps). The list was checked in the Web Worker, whose instance of the module has a linear memory of its own, not the page's: it is measured inside the worker, through the glue module the worker's script imports. The page's instance grows too, as it writes the request and reads the answer. The JS heap is the page's (CDP's \`Runtime.getHeapUsage\` for the page); the worker's heap, which holds the request and the answer as text for a while, is not measured.`
      : "Ours is the check through the page (the widget holds the report and draws at most 200 unnamed apps), with the memory of the module instance on the page's main thread.")
      + ` The baseline is one call holding its 100,000 results. The Wasm memory after the latency grid, whose largest check is 100,000 lines × 3,000 apps, is ${mib(latency.wasmMemory)} (the page's instance, which runs the grid's checks).`,
  ].join('\n\n');

  // Issue 16: an Intune raw export answered device by device, through the page.
  const fl = d.fleet;
  const fleet = !fl ? '*Not measured in this run.*' : [
    table(['', ''], [
      ['export', `Intune \`AppInvRawData\` shape (\`benches/js/workload.mjs\`, \`intuneExport\`): ${int(fl.rows)} rows, ${int(fl.devices)} devices, ${mib(fl.bytes)}`],
      ['answer shown', `\`${fl.answer}\`: "${fl.overall}"`],
      ['**click → answer** (budget 2 s)', `**${ms(fl.wall_ms)}**`],
      ['main-thread tasks over 50 ms', int(fl.tasks)],
      ['**longest main-thread task** (budget 50 ms)', `**${longestTask(fl.longest_ms)}**`],
      ['tasks over 50 ms, from the click', (fl.task_list ?? []).map((t) => `${ms(t.duration)} at ${ms(t.start)}`).join(', ') || 'none'],
      ["the page's JS heap: before → right after → after GC", `${mib(fl.heap_before)} → ${mib(fl.heap_after)} → ${mib(fl.heap_retained)}`],
      ["the page's JS heap at its highest during the check (sampled every 50 ms)", mib(fl.heap_peak)],
      ["the Web Worker's Wasm linear memory after the check (its peak)", fl.workers?.find((x) => x.memory)?.memory ? mib(fl.workers.find((x) => x.memory).memory) : 'not measured'],
      ["the page's Wasm linear memory before → after", `${mib(fl.wasm_before)} → ${mib(fl.wasm_after)}`],
    ], ['l', 'l']),
    "The export is pasted into the page's text box, the questions the export cannot answer (the kind of device, its ownership) are answered once, and Check is pressed; the time runs until the answer heading names the whole export's counts. The worker checks each device's rows as that device's own list (`src/fleet.rs`) and posts its progress; the page draws the device table 50 rows per task.",
  ].join('\n\n');

  const sections = {
    fleet,
    date: m.date.slice(0, 10),
    minutes: s.minutes.toFixed(0),
    quick: d.quick ? '\n> **A `--quick` run: a smaller grid and fewer runs, for working on the benchmark. Not a report.**\n' : '',
    targets: `${targetTable}\n\nKB here is 1,024 bytes. Measured in this run; none of these is asserted in tests but the module's size ceiling in \`pkg-config/budget.json\`.`,
    budgets: `${budgetTable}\n\nKB here is 1,024 bytes, as in \`pkg-config/budget.json\` (\`target_page_gzip\`, \`target_wasm_gzip\`).`,
    machine,
    baseline_lines: d.baselineLines,
    fuse_version: fuse.version,
    fuse_threshold: String(fuse.threshold),
    our_runs: Object.values(s.OUR_RUNS).join(' / '),
    fuse_runs: Object.values(s.FUSE_RUNS).join(' / '),
    fuse_cap: ms(s.FUSE_CAP_MS),
    fuse_slice: ms(s.FUSE_SLICE_MS),
    start_runs: String(s.START_RUNS),
    slow_runs: String(s.SLOW_RUNS),
    latency_table: latencyTable,
    latency_notes: latencyNotes,
    native_table: nativeTable,
    versus: versusSection(d.versus),
    corpus,
    recognition: recognition(d.accuracy, native),
    exactmap_lines: String(d.exactMapLines ?? '—'),
    size: sizeText,
    wasm: wasmSection(d.wasm, budget),
    start: startText,
    responsiveness,
    memory,
    lighthouse: lighthouseSection(d.lighthouse),
  };
  const markdown = d.template.replace(/\{\{(\w+)\}\}/g, (_, k) => {
    if (!(k in sections)) throw new Error(`the template names {{${k}}}, which the report does not fill`);
    return sections[k];
  });
  return { markdown, svg: chart(d) };
}
