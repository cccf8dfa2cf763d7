// The baseline: how a web developer would write the check without appcheck's core.
// Read the pasted text line by line, look identifiers (Android packages, iOS bundle
// ids, App Store ids, store links) up in a Map, and match names with Fuse.js against
// the policy's app names and aliases. An exact name (after case and Unicode folding)
// is a match; the best Fuse.js hit within the threshold is a "possible match" to ask
// about. Every app the policy names counts as restricted: the baseline recognises
// apps, it does not evaluate the policy's rules, deadlines or questions.
import Fuse from 'fuse.js';

// Fuse.js scores a hit by edits per character of the query (0 is exact, 1 nothing
// alike); 0.4 lets one edit, or one swapped pair, through in a name of five letters.
export const THRESHOLD = 0.4;

/** Letters and digits only (no ™, emoji or punctuation), NFKC (full-width letters), lowercase. */
const fold = (s) => s.replace(/[^\p{L}\p{N}]+/gu, ' ').normalize('NFKC').toLowerCase().trim();

// com.zhiliaoapp.musically, org.telegram.messenger, …
const IDENTIFIER = /\b[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+\b/gi;

/** The identifiers and the name one pasted line holds. */
function readLine(line) {
  const ids = (line.match(IDENTIFIER) ?? []).map((id) => id.toLowerCase());
  const appStore = line.match(/apps\.apple\.com\/.*\bid(\d+)/);
  if (appStore) ids.push(`id${appStore[1]}`);
  // Store links and `adb shell pm list packages` lines carry no name.
  if (/^(https?:\/\/|package:)/i.test(line)) return { ids, name: '' };
  const name = line
    .replace(/^\[[^\]]*\d\d:\d\d[^\]]*\]\s*[^:]*:\s*/, '') // [10/07/20, 12:00:10] Sam: …
    .replace(/^\s*(?:[-*•·+]|\d+[.)])\s+/, '')             // bullets and numbers
    .replace(/^\[[ xX✓]\]\s*/, '')                          // checkboxes
    .replace(/^[\w-]+(?:\.[\w-]*)+\s+-\s+/, '');        // "com.example.app - Name"
  return { ids, name: cleanName(name) };
}

/** A name without its version or `.app`. */
function cleanName(name) {
  return name.trim().replace(/\s+\(?v?\d+(?:\.\d+)+\)?$/i, '').replace(/\.app$/i, '').trim();
}

/** Splits a pasted text into entries: { line, ids, name }. */
export function readList(text) {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    try {
      const items = JSON.parse(trimmed);
      if (Array.isArray(items)) {
        return items.map((item, i) => {
          const name = typeof item === 'string' ? item : String(item?.name ?? item?.title ?? '');
          return { line: i + 1, ...readLine(name) };
        });
      }
    } catch { /* not JSON: read it as lines */ }
  }
  const lines = text.split(/\r?\n/);
  const entries = [];
  // A CSV export with a header row: take the name column and an identifier column.
  const header = lines[0]?.split(',').map((h) => h.trim().replace(/^"|"$/g, ''));
  const nameColumn = header?.findIndex((h) => /name/i.test(h)) ?? -1;
  if (header && header.length > 1 && nameColumn >= 0 && lines.filter((l) => l.trim()).length > 1) {
    const idColumn = header.findIndex((h) => /identifier|bundle|package/i.test(h));
    lines.slice(1).forEach((row, i) => {
      const cells = row.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
      if (!row.trim()) return;
      const ids = idColumn >= 0 && cells[idColumn] ? [cells[idColumn].toLowerCase()] : [];
      entries.push({ line: i + 2, ids, name: cleanName(cells[nameColumn] ?? '') });
    });
    return entries;
  }
  // One line with commas is a comma-separated list.
  const nonEmpty = lines.filter((l) => l.trim());
  if (nonEmpty.length === 1 && nonEmpty[0].includes(',')) {
    return nonEmpty[0].split(',').map((name) => ({ line: 1, ...readLine(name.trim()) }));
  }
  lines.forEach((line, i) => {
    if (line.trim()) entries.push({ line: i + 1, ...readLine(line) });
  });
  return entries;
}

/** Indexes a policy (the parsed JSON) and returns a function checking a pasted text. */
export function checker(policy) {
  const byId = new Map();
  const byName = new Map();
  const names = [];
  for (const app of policy.apps) {
    for (const id of [...(app.android_packages ?? []), ...(app.ios_bundle_ids ?? [])]) byId.set(id.toLowerCase(), app);
    for (const id of app.app_store_ids ?? []) byId.set(`id${id}`, app);
    for (const name of [app.name, ...(app.aliases ?? [])]) {
      byName.set(fold(name), app);
      names.push({ key: fold(name), name, app });
    }
  }
  const fuse = new Fuse(names, { keys: ['key'], includeScore: true, threshold: THRESHOLD });
  // A length guard, as a careful developer adds before a fuzzy search: a name within the
  // threshold's edits (0.4 per character of the line) is at most that many characters
  // longer or shorter, so a line whose length no name comes near is not searched at all.
  const lengths = new Set(names.map((n) => [...n.key].length));
  const nearLength = (key) => {
    const length = [...key].length;
    const slack = Math.max(1, Math.floor(length * THRESHOLD));
    for (let l = length - slack; l <= length + slack; l++) if (lengths.has(l)) return true;
    return false;
  };

  return (text) => readList(text).map((entry) => {
    for (const id of entry.ids) {
      const app = byId.get(id);
      if (app) return { line: entry.line, input: entry.name || id, app: app.id, outcome: 'restricted', matched_by: id };
    }
    const input = entry.name || entry.ids.at(-1) || '';
    const key = fold(entry.name);
    if (!key) return { line: entry.line, input, outcome: 'not_covered' };
    const exact = byName.get(key);
    if (exact) return { line: entry.line, input, app: exact.id, outcome: 'restricted', matched_by: 'name' };
    const [best] = nearLength(key) ? fuse.search(key, { limit: 1 }) : [];
    if (best) {
      return { line: entry.line, input, app: best.item.app.id, outcome: 'possible_match', matched_by: best.item.name, score: best.score };
    }
    return { line: entry.line, input, outcome: 'not_covered' };
  });
}

/** The whole check from the policy's text, as appcheck's `check` takes it. */
export function check({ policy, list }) {
  return checker(JSON.parse(policy))(list);
}
