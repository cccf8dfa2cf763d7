// What the Wasm module is made of, by crate: a small reader of the module's sections, its
// name section and its function bodies, enough to say which crate each byte of code and
// of data belongs to, and what each would save in the gzip the page downloads.
//
//   node benches/js/wasm-size.mjs   prints the breakdown of the last `make bench` build
//
// Three builds of the same module are read (the Makefile's `bench` target makes the two
// with names; the site's is the one shipped):
//   shipped  target/site/pkg/page_bg.*.wasm: after wasm-bindgen and wasm-opt -Oz, no names
//   named    the same wasm-opt run with -g, which keeps the name section; its code must be
//            byte for byte the shipped module's (checked), so its names label the shipped bytes
//   before   wasm-bindgen's output, before wasm-opt: LLVM's functions, less inlined, names kept
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// --- reading a module ---------------------------------------------------------------------

class Reader {
  constructor(bytes, pos = 0) { this.b = bytes; this.p = pos; }
  u8() { return this.b[this.p++]; }
  u32() {
    let result = 0, shift = 0, byte;
    do { byte = this.b[this.p++]; result += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return result;
  }
  s32() {
    let result = 0, shift = 0, byte;
    do { byte = this.b[this.p++]; result |= (byte & 0x7f) << shift; shift += 7; } while (byte & 0x80);
    return shift < 32 && (byte & 0x40) ? result | (~0 << shift) : result;
  }
  skipLeb() { while (this.b[this.p++] & 0x80); }
  name() { const n = this.u32(); const s = this.b.toString('utf8', this.p, this.p + n); this.p += n; return s; }
  limits() { const flags = this.u8(); this.u32(); if (flags & 1) this.u32(); }
}

const SECTIONS = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'data count', 'tag'];

/** Sections, function bodies (with their names when the module has them) and data segments. */
export function readWasm(bytes) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error('not a Wasm module');
  const r = new Reader(bytes, 8);
  const sections = [];
  let imported = 0;
  const functions = [];
  const segments = [];
  const names = new Map();
  const dataNames = new Map();
  const slots = new Map();
  while (r.p < bytes.length) {
    const start = r.p;
    const id = r.u8();
    const size = r.u32();
    const body = r.p;
    const end = body + size;
    const s = { id, kind: SECTIONS[id] ?? `section ${id}`, start, body, end };
    if (id === 0) s.name = new Reader(bytes, body).name();
    sections.push(s);
    const q = new Reader(bytes, body);
    if (id === 2) {
      for (let n = q.u32(); n > 0; n--) {
        q.name(); q.name();
        const kind = q.u8();
        if (kind === 0) { imported++; q.u32(); } else if (kind === 1) { q.u8(); q.limits(); } else if (kind === 2) q.limits();
        else if (kind === 3) { q.u8(); q.u8(); } else if (kind === 4) { q.u8(); q.u32(); }
      }
    } else if (id === 10) {
      const count = q.u32();
      for (let i = 0; i < count; i++) {
        const at = q.p;
        const len = q.u32();
        functions.push({ index: imported + i, start: at, body: q.p, end: q.p + len });
        q.p += len;
      }
    } else if (id === 11) {
      const count = q.u32();
      for (let i = 0; i < count; i++) {
        const at = q.p;
        const flags = q.u32();
        if (flags === 2) q.u32();
        let address = null;
        if (flags !== 1) {
          if (q.b[q.p] === 0x41) { q.p++; address = q.s32(); } else q.p += 2;
          while (q.u8() !== 0x0b);
        }
        const len = q.u32();
        segments.push({ index: i, start: at, data: q.p, end: q.p + len, address });
        q.p += len;
      }
    } else if (id === 9) {
      // Table slots of functions (what `call_indirect` and function pointers in data use).
      for (let n = q.u32(); n > 0; n--) {
        const flags = q.u32();
        if (flags !== 0 || q.b[q.p] !== 0x41) break;
        q.p++;
        const offset = q.s32();
        q.u8();
        for (let k = q.u32(), i = 0; i < k; i++) slots.set(q.u32(), offset + i);
      }
    } else if (id === 0 && s.name === 'name') {
      q.name();
      while (q.p < end) {
        const sub = q.u8();
        const subEnd = q.u32() + q.p;
        if (sub === 1 || sub === 9) {
          const map = sub === 1 ? names : dataNames;
          for (let n = q.u32(); n > 0; n--) { const i = q.u32(); map.set(i, q.name()); }
        }
        q.p = subEnd;
      }
    }
    r.p = end;
  }
  for (const f of functions) { f.name = names.get(f.index); f.slot = slots.get(f.index); }
  for (const g of segments) g.name = dataNames.get(g.index);
  return { bytes, sections, functions, segments, imported };
}

/**
 * What a function body refers to: the values of its `i32.const`s (the addresses of the
 * data it uses are among them), those it stores to memory at once (the table slots of
 * functions it passes on by pointer are among those) and the functions it calls.
 */
export function scan(bytes, fn) {
  const r = new Reader(bytes, fn.body);
  for (let n = r.u32(); n > 0; n--) { r.u32(); r.u8(); }
  const consts = [];
  const stored = [];
  const calls = [];
  while (r.p < fn.end) {
    const op = r.u8();
    if (op === 0x41) {
      consts.push(r.s32());
      // Stored to memory right away: how a function pointer goes into `fmt::Arguments`.
      if (r.b[r.p] === 0x36) stored.push(consts.at(-1));
    }
    else if (op === 0x10) calls.push(r.u32());
    else if (op === 0x02 || op === 0x03 || op === 0x04) {
      const t = r.b[r.p];
      if (t === 0x40 || (t >= 0x6f && t <= 0x7f)) r.p++; else r.skipLeb();
    } else if (op === 0x0c || op === 0x0d || (op >= 0x20 && op <= 0x26) || op === 0xd2) r.u32();
    else if (op === 0x0e) { for (let n = r.u32() + 1; n > 0; n--) r.u32(); }
    else if (op === 0x11) { r.u32(); r.u32(); }
    else if (op === 0x1c) { for (let n = r.u32(); n > 0; n--) r.u8(); }
    else if (op >= 0x28 && op <= 0x3e) { r.u32(); r.u32(); }
    else if (op === 0x3f || op === 0x40 || op === 0xd0) r.u8();
    else if (op === 0x42) r.skipLeb();
    else if (op === 0x43) r.p += 4;
    else if (op === 0x44) r.p += 8;
    else if (op === 0xfc) {
      const sub = r.u32();
      if (sub === 8) { r.u32(); r.u8(); } else if (sub === 10) { r.u8(); r.u8(); } else if (sub === 11) r.u8();
      else if (sub === 12 || sub === 14) { r.u32(); r.u32(); } else if (sub === 9 || sub === 13 || sub >= 15) r.u32();
    } else if (op > 0xd2 && op !== 0xfc) throw new Error(`opcode 0x${op.toString(16)} in function ${fn.index}: not read here`);
  }
  return { consts, stored, calls };
}

/**
 * The functions that call a function whose name matches `pattern`, or store its table slot
 * (to have it called through a pointer, as `format_args!` does with a Display impl). Slots
 * are small numbers: a function that stores the same number for another reason is listed too.
 */
export function referrers(module, pattern) {
  const targets = module.functions.filter((f) => f.name && pattern.test(clean(f.name)));
  return { targets, referrers: referrersOf(module, targets) };
}

const scans = new WeakMap();
function referrersOf(module, targets) {
  if (!scans.has(module)) scans.set(module, module.functions.map((fn) => scan(module.bytes, fn)));
  const indices = new Set(targets.map((f) => f.index));
  const slotted = new Set(targets.map((f) => f.slot).filter((s) => s !== undefined));
  return module.functions.filter((fn, i) => {
    if (indices.has(fn.index)) return false;
    const { stored, calls } = scans.get(module)[i];
    return calls.some((c) => indices.has(c)) || stored.some((c) => slotted.has(c));
  });
}

/**
 * Who needs a function in the end: its referrers, and through those of core's formatting
 * and Unicode code that only pass it on, theirs, up to the first code of another kind.
 */
export function users(module, pattern) {
  const through = (fn) => ['core: fmt and panics', 'core: Unicode (char methods, tables)'].includes(ownerOf(fn.name));
  const out = new Set();
  const seen = new Set();
  let frontier = referrers(module, pattern).referrers;
  for (let depth = 0; depth < 6 && frontier.length; depth++) {
    const next = [];
    for (const fn of frontier) {
      if (seen.has(fn.index)) continue;
      seen.add(fn.index);
      if (through(fn)) next.push(fn); else out.add(clean(fn.name ?? `function ${fn.index}`));
    }
    frontier = next.length ? referrersOf(module, next) : [];
  }
  return [...out];
}

// --- names to crates ------------------------------------------------------------------------

const STD = new Set(['core', 'alloc', 'std']);
const PRIMITIVE_IN_ALLOC = /^<(str|\[T\])>::(to_lowercase|to_uppercase|to_owned|to_vec|into_vec|repeat|replace|replacen|join|concat|to_ascii_lowercase|to_ascii_uppercase|into_string|into_boxed_str)\b/;

/** Without symbol hashes (`::h0123…`) and crate disambiguators (`core[0123…]`). */
export const clean = (name) => name.replace(/\[[0-9a-f]{8,16}\]/g, '').replace(/::h[0-9a-f]{16}$/, '');

/** For `<Self as Trait>::f` or `<Self>::f`: Self, Trait and what follows; null for a plain path. */
function qualified(name) {
  if (!name.startsWith('<')) return null;
  let depth = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === '<') depth++;
    else if (c === '>' && name[i - 1] !== '-' && --depth === 0) {
      const inner = name.slice(1, i);
      let d = 0;
      for (let j = 0; j < inner.length; j++) {
        if (inner[j] === '<') d++;
        else if (inner[j] === '>' && inner[j - 1] !== '-') d--;
        else if (d === 0 && inner.startsWith(' as ', j)) return { self: inner.slice(0, j), trait: inner.slice(j + 4), rest: name.slice(i + 1) };
      }
      return { self: inner, trait: null, rest: name.slice(i + 1) };
    }
  }
  return null;
}

/** The path a type or function is named by: `&mut serde_json::de::Deserializer<R>` → serde_json::de::Deserializer. */
function pathOf(type) {
  const t = type.replace(/^(?:&(?:mut )?|\*(?:const|mut) |dyn |\[|\(|'\w+ )+/, '');
  if (t.startsWith('<')) {
    const q = qualified(t);
    return q ? pathOf(q.self) : null;
  }
  const m = t.match(/^[A-Za-z_][A-Za-z0-9_]*(?:::(?:[A-Za-z_{][A-Za-z0-9_{}]*))*/);
  return m && m[0].includes('::') ? m[0] : null;
}

/**
 * The crate (and for appcheck, the module) a function's code belongs to: the crate of its
 * outermost path. For `<Self as Trait>::f`, the crate where the impl must be written by
 * Rust's orphan rule: Self's, unless Self is a type of core/alloc/std (or a primitive)
 * and Trait is another crate's, whose impl it then is. Generic code instantiated for
 * another crate's types stays with the crate that wrote it.
 */
export function ownerOf(rawName) {
  if (rawName === undefined) return 'other (unnamed functions)';
  const name = clean(rawName);
  if (/ shim$|^__wbindgen|^__externref|^__wbg_|^__instance_terminated/.test(name)) return 'wasm_bindgen';
  if (/^(mem(cpy|set|move|cmp)|__[a-z]+[0-9]ti?[0-9]?|round|fmod|fmodf|floor|ceil|trunc|__multi3|__udivti3|__umodti3|__divti3|__modti3|__ashlti3|__lshrti3|__ashrti3)$/.test(name)) return 'compiler_builtins';
  if (/^__rd?[lg]?_|^__rust_|^__rustc::|^rust_(begin_unwind|panic)/.test(name)) return 'std';
  // The exports `#[wasm_bindgen]` writes around the crate's own functions (`check`, `mount`).
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return 'wasm_bindgen';
  let p;
  const q = qualified(name);
  if (q) {
    const self = pathOf(q.self);
    const trait = q.trait ? pathOf(q.trait) : null;
    const crate = (x) => x?.split('::')[0];
    if (self && !(STD.has(crate(self)) && trait && !STD.has(crate(trait)))) p = self;
    else if (trait) p = trait;
    else p = PRIMITIVE_IN_ALLOC.test(name) ? 'alloc::str' : 'core::primitive';
  } else {
    p = pathOf(name) ?? name;
  }
  const [crate, second] = p.split('::');
  if (crate === 'appcheck') return /^[a-z_][a-z0-9_]*$/.test(second ?? '') && second !== '_' ? `appcheck::${second}` : 'appcheck (crate root)';
  if (crate === 'core') {
    if (/flt2dec|fmt::float|<f(32|64) as core::fmt|dec2flt|core::num::fmt|core::num::bignum|core::num::diy_float/.test(name)) return 'core: floats (flt2dec, dec2flt)';
    if (/core::unicode|<char>::|core::char|escape_debug|is_alphanumeric|is_whitespace|is_alphabetic|is_numeric|is_lowercase|is_uppercase/.test(name)) return 'core: Unicode (char methods, tables)';
    if (/core::fmt|as core::fmt::|core::panicking|core::panic|core::result::unwrap_failed|core::option::expect_failed/.test(name)) return 'core: fmt and panics';
    if (/^core::str|<str>|core::str::/.test(name) && !/<str as core::fmt/.test(name)) return 'core: str';
    if (/core::slice::sort/.test(name)) return 'core: slice::sort';
    if (/^core::ptr::drop_in_place/.test(name)) return 'core: drop glue (drop_in_place<T>)';
    if (/^<?core::iter/.test(name)) return 'core: iterators';
    return 'core: other';
  }
  if (crate === 'serde' || crate === 'serde_core' || crate === 'serde_derive') return 'serde / serde_core';
  if (crate === 'gloo_events' || crate === 'gloo') return 'gloo';
  return crate;
}

// --- the interface catalogue ----------------------------------------------------------------

/** Rust string literals in `text`, unescaped. */
function literals(text) {
  const out = [];
  for (const m of text.matchAll(/(?<![\w'])"((?:[^"\\]|\\.)*)"/gs)) {
    out.push(m[1].replace(/\\(u\{([0-9a-fA-F]+)\}|x([0-9a-fA-F]{2})|n|t|r|0|\\|"|'|\n\s*)/g, (_, e, u, x) => (
      u ? String.fromCodePoint(parseInt(u, 16)) : x ? String.fromCharCode(parseInt(x, 16))
        : { n: '\n', t: '\t', r: '\r', 0: '\0', '\\': '\\', '"': '"', "'": "'" }[e] ?? '')));
  }
  return out;
}

/** The four-language catalogue of src/i18n.rs: every message in each language. */
export function catalogue(source) {
  const block = source.slice(source.indexOf('catalogue! {'), source.indexOf('#[cfg(test)]'));
  const langs = { en: [], de: [], fr: [], es: [] };
  for (const m of block.matchAll(/^\s*([A-Z][A-Z0-9_]*)\s*=>\s*\[([\s\S]*?)\],\s*$/gm)) {
    const texts = literals(m[2]);
    if (texts.length !== 4) continue;
    ['en', 'de', 'fr', 'es'].forEach((l, i) => langs[l].push(texts[i]));
  }
  return langs;
}

// --- the breakdown ------------------------------------------------------------------------------

const gzip = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;

/** `bytes` without the given [start, end) ranges (the module need not stay valid: only its gzip is wanted). */
function without(bytes, ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const parts = [];
  let at = 0;
  for (const [s, e] of sorted) {
    if (e <= at) continue;
    parts.push(bytes.subarray(at, Math.max(at, s)));
    at = Math.max(at, e);
  }
  parts.push(bytes.subarray(at));
  return Buffer.concat(parts);
}

/** [start, end) address ranges as one sorted, merged list. */
function merge(ranges) {
  const out = [];
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (out.length && s <= out.at(-1)[1]) out.at(-1)[1] = Math.max(out.at(-1)[1], e);
    else out.push([s, e]);
  }
  return out;
}

/**
 * Which crate each byte of the data section belongs to. Data has no names: a chunk of
 * data belongs to the crate whose code (in the module before wasm-opt, whose functions are
 * LLVM's, less inlined) loads its address with `i32.const`; a chunk starts at every such
 * address and runs to the next. Chunks reached only through pointers in other data
 * (tables of strings, vtables) go with the chunk that points at them.
 */
function dataOwners(before) {
  const mem = before.segments.filter((g) => g.address !== null);
  const lo = Math.min(...mem.map((g) => g.address));
  const hi = Math.max(...mem.map((g) => g.address + g.end - g.data));
  const image = Buffer.alloc(hi - lo);
  for (const g of mem) before.bytes.copy(image, g.address - lo, g.data, g.end);
  const anchors = new Map();
  const claim = (address, owner) => {
    if (!anchors.has(address)) anchors.set(address, new Map());
    const m = anchors.get(address);
    m.set(owner, (m.get(owner) ?? 0) + 1);
  };
  for (const fn of before.functions) {
    const owner = ownerOf(fn.name);
    for (const c of scan(before.bytes, fn).consts) if (c >= lo && c < hi) claim(c, owner);
  }
  // The owner of an address: the crate that refers to it most often.
  const ownerAt = (address) => [...anchors.get(address)].sort((a, b) => b[1] - a[1])[0][0];
  // Follow pointers inside data, from chunks that have an owner, until nothing new is found.
  for (let changed = true; changed;) {
    changed = false;
    const starts = [...anchors.keys()].sort((a, b) => a - b);
    for (const [i, s] of starts.entries()) {
      const e = starts[i + 1] ?? hi;
      const owner = ownerAt(s);
      for (let a = (s + 3) & ~3; a + 4 <= e; a += 4) {
        const v = image.readUInt32LE(a - lo);
        if (v >= lo && v < hi && v !== s && !anchors.has(v)) { claim(v, owner); changed = true; }
      }
    }
  }
  const starts = [...anchors.keys()].sort((a, b) => a - b);
  const chunks = starts.map((s, i) => ({ start: s, end: starts[i + 1] ?? hi, owner: ownerAt(s) }));
  if (starts[0] > lo) chunks.unshift({ start: lo, end: starts[0], owner: 'other (unreferenced data)' });
  return { chunks, image, lo, hi };
}

/** Ranges of `image` (from address `lo`) holding each of `strings`, each found once. */
function find(image, lo, strings, minLength = 1) {
  const ranges = [];
  for (const s of new Set(strings)) {
    const b = Buffer.from(s, 'utf8');
    if (b.length < minLength) continue;
    const at = image.indexOf(b);
    if (at >= 0) ranges.push([lo + at, lo + at + b.length]);
  }
  return ranges;
}

/** Runs of at least `min` printable UTF-8 characters (text), as address ranges. */
function textRuns(image, lo, min = 4) {
  const ranges = [];
  const s = image.toString('latin1');
  for (const m of s.matchAll(new RegExp(`(?:[\\x20-\\x7e\\t\\n]|[\\xc2-\\xf4][\\x80-\\xbf]{1,3}){${min},}`, 'g'))) {
    ranges.push([lo + m.index, lo + m.index + m[0].length]);
  }
  return ranges;
}

/**
 * The breakdown. `shipped`, `named`, `before` are module bytes; `i18n` is src/i18n.rs;
 * `sources` the text of every other Rust file of the crate (for its own strings).
 */
export function breakdown({ shipped, named, before, i18n, sources }) {
  const S = readWasm(shipped), N = readWasm(named), B = readWasm(before);
  const code = (m) => m.sections.find((s) => s.id === 10);
  const [sc, nc] = [code(S), code(N)];
  const identical = shipped.subarray(sc.start, sc.end).equals(named.subarray(nc.start, nc.end));
  const shippedGzip = gzip(shipped);
  const groups = new Map();
  const group = (owner) => {
    if (!groups.has(owner)) groups.set(owner, { owner, functions: 0, code: 0, before: 0, ranges: [], dataRanges: [] });
    return groups.get(owner);
  };
  // Code: the named build's function bodies, at the same offsets as the shipped build's.
  const delta = sc.start - nc.start;
  for (const fn of N.functions) {
    const g = group(ownerOf(fn.name));
    g.functions++;
    g.code += fn.end - fn.start;
    g.ranges.push([fn.start + delta, fn.end + delta]);
  }
  for (const fn of B.functions) group(ownerOf(fn.name)).before += fn.end - fn.start;

  // Data: owned through the code that refers to it; the shipped module's segments hold the
  // same addresses (wasm-opt only leaves out runs of zeros).
  const { chunks, image, lo, hi } = dataOwners(B);
  const shippedData = S.segments.filter((g) => g.address !== null);
  const fileRanges = (ranges) => ranges.flatMap(([s, e]) => shippedData.flatMap((g) => {
    const [a, b] = [Math.max(s, g.address), Math.min(e, g.address + g.end - g.data)];
    return a < b ? [[g.data + a - g.address, g.data + b - g.address]] : [];
  }));
  const shippedBytes = (ranges) => fileRanges(ranges).reduce((t, [s, e]) => t + e - s, 0);
  for (const c of chunks) group(c.owner).dataRanges.push([c.start, c.end]);
  for (const g of groups.values()) {
    g.data = shippedBytes(g.dataRanges);
    g.total = g.code + g.data;
    g.gzipSaved = shippedGzip - gzip(without(shipped, [...g.ranges, ...fileRanges(g.dataRanges)]));
  }
  const dataSection = S.sections.find((s) => s.id === 11);
  const dataShipped = shippedBytes([[lo, hi]]);

  // What the data holds.
  const cat = catalogue(i18n);
  const catRanges = Object.fromEntries(Object.entries(cat).map(([l, texts]) => [l, find(image, lo, texts, 2)]));
  // appcheck's other literals of four bytes or more (shorter ones are found anywhere).
  const others = find(image, lo, sources.flatMap(literals), 4);
  const paths = [];
  const latin = image.toString('latin1');
  for (const m of latin.matchAll(/(?:\/rustc\/[0-9a-f]{40}\/|\/[\w.-]+(?:\/[\w.@+-]+)*\/(?:\.cargo|registry)\/)?(?:[\w.@+-]+\/)*[\w.-]+\.rs/g)) paths.push([lo + m.index, lo + m.index + m[0].length]);
  // Every byte gets the first of these kinds it belongs to.
  const kinds = [
    ['catalogue: English', catRanges.en],
    ['catalogue: German, French, Spanish', ['de', 'fr', 'es'].flatMap((l) => catRanges[l])],
    ['appcheck: other strings', others],
    ['source paths', paths],
    ['Unicode tables', groups.get('core: Unicode (char methods, tables)')?.dataRanges ?? []],
    ['float tables', groups.get('core: floats (flt2dec, dec2flt)')?.dataRanges ?? []],
    ['other text', textRuns(image, lo)],
    ['other binary', [[lo, hi]]],
  ];
  const label = new Uint8Array(hi - lo);
  kinds.forEach(([, ranges], k) => {
    for (const [s, e] of ranges) for (let a = s; a < e; a++) if (!label[a - lo]) label[a - lo] = k + 1;
  });
  const runs = kinds.map(() => []);
  for (let a = 0; a < label.length;) {
    let b = a;
    while (b < label.length && label[b] === label[a]) b++;
    runs[label[a] - 1].push([lo + a, lo + b]);
    a = b;
  }
  const dataGzip = (ranges) => shippedGzip - gzip(without(shipped, fileRanges(ranges)));
  const catText = Object.fromEntries(Object.entries(cat).map(([l, t]) => [l, Buffer.from(t.join(''), 'utf8')]));
  const all = Buffer.concat(Object.values(catText));
  const catAll = [...runs[0], ...runs[1]];
  const holds = {
    kinds: kinds.map(([kind], k) => ({ kind, bytes: shippedBytes(runs[k]), gzip_saved: dataGzip(runs[k]) })),
    catalogue: {
      messages: cat.en.length,
      source_text: all.length,
      source_gzip: gzip(all),
      english_text: catText.en.length,
      english_gzip: gzip(catText.en),
      found: shippedBytes(catAll),
      found_gzip_saved: dataGzip(catAll),
    },
    image: hi - lo,
  };

  // Who keeps some of the heavier library code in (in the module before wasm-opt, whose
  // functions are not yet inlined into their callers).
  const why = {
    float: users(B, /^<f64 as core::fmt::Display>::fmt$/),
    lowercase: users(B, /^<str>::to_lowercase$/),
    alphanumeric: users(B, /^<char>::is_alphanumeric$/),
    escape: users(B, /^<char>::escape_debug_ext$/),
  };
  const top = N.functions.map((f) => ({ name: clean(f.name ?? `function ${f.index}`), bytes: f.end - f.start, owner: ownerOf(f.name) }))
    .sort((a, b) => b.bytes - a.bytes).slice(0, 12);
  const topBefore = B.functions.map((f) => ({ name: clean(f.name ?? `function ${f.index}`), bytes: f.end - f.start, owner: ownerOf(f.name) }))
    .sort((a, b) => b.bytes - a.bytes).slice(0, 12);
  // An upper bound: the library code the paragraph on cutting names, and three of the
  // catalogue's four languages, all gone at once.
  const cutOwners = ['serde_json', 'serde / serde_core', 'zmij', 'core: floats (flt2dec, dec2flt)', 'core: slice::sort', 'core: Unicode (char methods, tables)'];
  const cutRanges = [
    ...cutOwners.flatMap((o) => [...(groups.get(o)?.ranges ?? []), ...fileRanges(groups.get(o)?.dataRanges ?? [])]),
    ...fileRanges(runs[1]),
  ];
  const cut = { owners: cutOwners, gzip_saved: shippedGzip - gzip(without(shipped, cutRanges)) };
  const sorts = groups.get('core: slice::sort');

  const sectionBytes = (ids) => S.sections.filter((s) => ids.includes(s.id)).reduce((t, s) => t + s.end - s.start, 0);
  return {
    identical,
    raw: shipped.length,
    gzip: shippedGzip,
    code_section: sc.end - sc.start,
    data_section: dataSection ? dataSection.end - dataSection.start : 0,
    data_shipped: dataShipped,
    structure: shipped.length - sectionBytes([10, 11]) - (8),
    functions: N.functions.length,
    functions_before: B.functions.length,
    before_code: code(B).end - code(B).start,
    rows: [...groups.values()].map(({ ranges, dataRanges, ...g }) => g).sort((a, b) => b.total - a.total),
    holds,
    why,
    top,
    top_before: topBefore,
    cut,
    sort_functions: sorts?.functions ?? 0,
    btree: N.functions.filter((f) => ownerOf(f.name) === 'alloc' && /alloc::collections::btree/.test(clean(f.name ?? ''))).reduce((t, f) => t + f.end - f.start, 0),
    deserializers: N.functions.filter((f) => /serde_json::de::Deserializer<R> as serde_core::de::Deserializer>::deserialize_/.test(clean(f.name ?? ''))).length,
  };
}

/** The three builds as `make bench` leaves them, and the crate's sources. */
export function load() {
  const dir = path.join(repo, 'target/bench/wasm');
  const pkg = path.join(repo, 'target/site/pkg');
  const shippedFile = fs.readdirSync(pkg).find((f) => /^page_bg(\.[0-9a-f]+)?\.wasm$/.test(f));
  const rust = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.rs') && !p.endsWith('i18n.rs')) rust.push(fs.readFileSync(p, 'utf8'));
    }
  };
  walk(path.join(repo, 'src'));
  return {
    shipped: fs.readFileSync(path.join(pkg, shippedFile)),
    named: fs.readFileSync(path.join(dir, 'named.wasm')),
    before: fs.readFileSync(path.join(dir, 'page_bg.wasm')),
    i18n: fs.readFileSync(path.join(repo, 'src/i18n.rs'), 'utf8'),
    sources: rust,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const b = breakdown(load());
  const { rows, ...rest } = b;
  console.table(rows);
  console.log(JSON.stringify(rest, null, 1));
}
