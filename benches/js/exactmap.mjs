// The second baseline: what a web developer would write in an afternoon without
// appcheck's core or a fuzzy matcher. Lower-case, trim and collapse spaces, drop
// accents and ™; strip a bullet or a number in front and a version behind; look the
// identifiers on the line, then the name, up in Maps of the policy's identifiers and
// names. A CSV export with a header is read by its columns. No questions: a line is
// an app of the policy, or it is not.

/** A name as the map keys it: NFKD without marks (accents), no ™ ® ©, lower case, single spaces. */
export const key = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[™®©]/g, '')
  .toLowerCase().replace(/\s+/g, ' ').trim();

// com.zhiliaoapp.musically, com.burbn.instagram, org.telegram.messenger
const IDENTIFIER = /\b[a-z][a-z0-9_]*(?:\.[a-z0-9_-]+)+\b/gi;
// "- ", "* ", "• ", "12. ", "3) ", "[x] "
const BULLET = /^\s*(?:[-*•·+]|\d+[.)]|\[[ xX✓]\])\s+/;
// " version 1.2.3", " v2.0", " 1.2.3", " 1.2.3 (12345)", " (12345)"
const VERSION = /\s+(?:(?:v|version\s*)?\d+(?:\.\d+)+(?:\s*\(\d+\))?|\(\d+\))$/i;

/** Cells of one CSV row (quotes as RFC 4180 writes them). */
function cells(row, sep) {
  const out = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (quoted) {
      if (c === '"' && row[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) { out.push(cell); cell = ''; } else cell += c;
  }
  out.push(cell);
  return out.map((x) => x.trim());
}

/** Indexes a policy's text; returns a function from a pasted text to [{ line, app }] (app: an id or null). */
export function exactMap(policyText) {
  const policy = JSON.parse(policyText);
  const ids = new Map();
  const names = new Map();
  for (const app of policy.apps) {
    for (const id of [...(app.android_packages ?? []), ...(app.ios_bundle_ids ?? [])]) ids.set(id.toLowerCase(), app.id);
    for (const name of [app.name, ...(app.aliases ?? [])]) names.set(key(name), app.id);
  }
  const byName = (name) => {
    const k = key(name.replace(BULLET, ''));
    return names.get(k) ?? names.get(k.replace(VERSION, '')) ?? names.get(k.replace(/\s*\([^)]*\)$/, '')) ?? null;
  };
  const byLine = (line) => {
    for (const id of line.match(IDENTIFIER) ?? []) {
      const app = ids.get(id.toLowerCase());
      if (app) return app;
    }
    return byName(line);
  };
  return (text) => {
    const lines = text.split(/\r?\n/);
    // A CSV export: a header row with a name column, and the same separator on the rows.
    const sep = [',', ';', '\t'].find((s) => lines[0]?.includes(s));
    const header = sep ? cells(lines[0], sep).map((h) => h.toLowerCase()) : [];
    const nameAt = header.findIndex((h) => /\b(name|title|app)\b/.test(h));
    if (nameAt >= 0 && lines.length > 2) {
      const idAt = header.findIndex((h) => /\b(id|identifier|package|bundle)\b/.test(h));
      return lines.slice(1).map((row, i) => {
        if (!row.trim()) return { line: i + 2, app: null };
        const c = cells(row, sep);
        const app = (idAt >= 0 && ids.get((c[idAt] ?? '').toLowerCase())) || byName(c[nameAt] ?? '');
        return { line: i + 2, app: app || null };
      });
    }
    return lines.map((line, i) => ({ line: i + 1, app: line.trim() ? byLine(line) : null }));
  };
}
