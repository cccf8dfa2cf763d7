// The synthetic workload, the same as benches/recognise.rs: policies naming N apps
// (each with a name, an alias and an Android package) and pasted lists in which, per
// 200 lines, one restricted app is named, one is misspelt by one letter, one is given
// by its package, one by a bulleted alias with ™, and 196 lines are ordinary names.
// Loaded by the benchmark page (served under /bench/) and by node.

/** The text of a policy naming `apps` apps, all to be removed. */
export function policy(apps) {
  const ids = Array.from({ length: apps }, (_, i) => `app${i}`);
  return JSON.stringify({
    schema: 1, id: 'bench', version: 1, title: 'Benchmark',
    issuer: { name: 'IT', contact: 'help desk' },
    published: '2024-01-01T00:00:00Z', status: 'active',
    apps: ids.map((id, i) => ({
      id, name: `Restricted App ${i}`, aliases: [`RA${i} Messenger`], android_packages: [`com.vendor${i}.app`],
    })),
    rules: [{ id: 'all', apps: ids, verdict: 'remove' }],
  });
}

/** A pasted list of `lines` lines against a policy of `apps` apps. */
export function pasted(lines, apps) {
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
}

/** The same shape of list for a shipped policy naming TikTok (the page's own check). */
export function pastedTikTok(lines) {
  const out = [];
  for (let i = 0; i < lines; i++) {
    switch (i % 200) {
      case 0: out.push('TikTok'); break;
      case 50: out.push('Tiktk'); break;
      case 100: out.push('com.zhiliaoapp.musically'); break;
      case 150: out.push('- TikTok Lite™'); break;
      default: out.push(`Ordinary Tool ${i}`);
    }
  }
  return out.join('\n') + '\n';
}

// --- The labelled workload (issue 13) ------------------------------------------------------
//
// A catalogue of realistic app names made from word lists (so that some are close to
// others, as in real catalogues), each with an Android package and, for one in three, an
// iOS bundle id; and pasted lists whose every line's truth is known: which app of the
// catalogue it is, or none. Per 100 lines, on average (one draw per line):
//   4  a name as typed (as is, lower case, doubled spaces, a bullet)
//   3  a name with its version in words: "Name version 1.2.3", "Name 1.2.3 (12345)",
//      "Name v2.0", "Name 1.2.3"
//   1  "Misspelt Name (com.vendor.pkg)": one typo in the name, the exact identifier
//   1  an accent the catalogue does not have ("Zén Notes"), or none where it has one
//   2  an identifier alone (Android package, or iOS bundle id)
//   1  a name one typo away (a question, not a match)
//   3  an identifier of a vendor the catalogue does not name
//  85  ordinary names, one in five with a version: from the same word lists, so they
//      share words with the catalogue's names, but none is a catalogue name, one typo
//      away from one, or holds one as a run of its words
// and a CSV export (header and one app per row: name, version, publisher, id; one row
// in 50 a catalogue app). Deterministic: a seeded generator (mulberry32) whose every
// draw the Rust twin in benches/recognise.rs makes in the same order.

const ADJECTIVES = ['Swift', 'Bright', 'Smart', 'Quick', 'Happy', 'Blue', 'Green', 'Red', 'Silver', 'Golden',
  'Secure', 'Simple', 'Easy', 'Super', 'Mega', 'Micro', 'Pocket', 'Daily', 'Cloud', 'Open', 'Pure', 'Solid',
  'Clever', 'Tiny', 'Grand', 'Wild', 'Calm', 'Zen', 'Nova', 'Prime', 'True', 'Total', 'Ultra', 'Smooth', 'Clear',
  'Fresh', 'Urban', 'Royal', 'Lucky', 'Sunny', 'Magic', 'Rapid', 'Cosmic', 'Polar', 'Noble', 'Alpha', 'Metro',
  'Hyper', 'Neat', 'Little'];
const NOUNS = ['Notes', 'Photo', 'Chat', 'Mail', 'Music', 'Video', 'Maps', 'Scanner', 'Wallet', 'Weather',
  'Fitness', 'Reader', 'Keyboard', 'Browser', 'Calendar', 'Tasks', 'Camera', 'Editor', 'Player', 'Radio', 'News',
  'Books', 'Translate', 'Drive', 'Docs', 'Sheets', 'Clock', 'Timer', 'Budget', 'Bank', 'Pay', 'Shop', 'Food',
  'Ride', 'Travel', 'Games', 'Puzzle', 'Chess', 'Cards', 'Recipes', 'Health', 'Sleep', 'Yoga', 'Runner',
  'Cleaner', 'Launcher', 'VPN', 'Backup', 'Share', 'Vault', 'Lock', 'Guard', 'Studio', 'Meet', 'Talk',
  'Messenger', 'Social', 'Dating', 'Stream', 'Podcast', 'Flashlight', 'Compass', 'Tracker', 'Planner', 'Journal',
  'Diary', 'Sketch', 'Paint', 'Lens', 'Voice', 'Sound', 'Link', 'Hub', 'Box', 'Space', 'Lab', 'Home', 'Fax',
  'Scores', 'Tickets'];
const SUFFIXES = ['Pro', 'Lite', 'Plus', 'HD', 'Go', 'Max', '360', 'Free', 'X', 'Express', 'Mini'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'zen', 'to', 'vi', 'ba', 'ne', 'su', 'po', 'ri', 'da', 'fe', 'go',
  'li', 'mo', 'ta', 'xu', 'qui', 'ze', 'lu', 'ni', 'co', 'sa', 'bo', 'dri', 'fi', 've', 'ko'];
const ACCENTED = ['Café', 'Crème', 'Élan', 'Fête', 'Señal', 'Über', 'Résumé', 'Jalapeño', 'Açaí', 'Naïve',
  'Zénith', 'Mañana'];
/** Accented letters the word lists use, and their plain letters. */
const PLAIN = {
  á: 'a', à: 'a', â: 'a', ä: 'a', é: 'e', è: 'e', ê: 'e', ë: 'e', í: 'i', ï: 'i', î: 'i', ó: 'o', ô: 'o', ö: 'o',
  ú: 'u', ü: 'u', û: 'u', ñ: 'n', ç: 'c', É: 'E', Ü: 'U', Á: 'A', Ó: 'O', Ú: 'U', Í: 'I', Ç: 'C', Ñ: 'N',
};
/** The accent added to a plain name's first vowel. */
const ACUTE = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' };

/** mulberry32: a small seeded generator of 32-bit integers. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const plain = (s) => Array.from(s, (c) => PLAIN[c] ?? c).join('');
/** What the generator compares names by: no accents, lower case, single spaces. */
export const nameKey = (s) => plain(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const hasAccent = (s) => Array.from(s).some((c) => c in PLAIN);

function makeName(r) {
  const pick = (xs) => xs[r() % xs.length];
  const brand = () => {
    const n = 2 + (r() % 2);
    let s = '';
    for (let i = 0; i < n; i++) s += pick(SYLLABLES);
    return s[0].toUpperCase() + s.slice(1);
  };
  const shape = r() % 10;
  if (shape <= 2) { const a = pick(ADJECTIVES); return `${a} ${pick(NOUNS)}`; }
  if (shape === 3) { const a = pick(NOUNS); return `${a} ${pick(NOUNS)}`; }
  if (shape === 4) return brand();
  if (shape === 5) { const a = brand(); return `${a} ${pick(NOUNS)}`; }
  if (shape === 6) { const a = pick(ADJECTIVES); const b = pick(NOUNS); return `${a} ${b} ${pick(SUFFIXES)}`; }
  if (shape === 7) { const a = pick(NOUNS); return `${a} ${pick(SUFFIXES)}`; }
  if (shape === 8) { const a = brand(); return `${a} ${pick(SUFFIXES)}`; }
  const a = pick(ACCENTED);
  return `${a} ${pick(NOUNS)}`;
}

/** Whether two keys are at most one edit apart (insert, delete, substitute, swap two neighbours). */
export function withinOne(a, b) {
  if (a === b) return true;
  const [m, n] = [a.length, b.length];
  if (Math.abs(m - n) > 1) return false;
  let i = 0;
  while (i < m && i < n && a[i] === b[i]) i++;
  if (m === n) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < m && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return m > n ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The catalogue: `apps` apps, each { id, name, android, ios? }, and the policy's text. */
export function catalogue(apps) {
  const r = rng(1301);
  const keys = new Set();
  const ids = new Set();
  const vendors = new Set();
  const list = [];
  while (list.length < apps) {
    const name = makeName(r);
    const key = nameKey(name);
    if (keys.has(key)) continue;
    keys.add(key);
    const words = key.split(' ');
    const vendor = words[0];
    vendors.add(vendor);
    let android = `com.${vendor}.${words.slice(1).join('') || 'app'}`;
    for (let k = 2; ids.has(android); k++) android = `com.${vendor}.${words.slice(1).join('') || 'app'}${k}`;
    ids.add(android);
    const app = { id: `l${list.length}`, name, android };
    if (list.length % 3 === 0) {
      let ios = `com.${vendor}.${plain(name).replace(/[^A-Za-z0-9]/g, '')}`;
      if (ids.has(ios.toLowerCase())) ios += 'iOS';
      ids.add(ios.toLowerCase());
      app.ios = ios;
    }
    list.push(app);
  }
  const policy = JSON.stringify({
    schema: 1, id: 'bench-labelled', version: 1, title: 'Benchmark (labelled)',
    issuer: { name: 'IT', contact: 'help desk' },
    published: '2024-01-01T00:00:00Z', status: 'active',
    apps: list.map((a) => ({
      id: a.id, name: a.name, android_packages: [a.android], ...(a.ios ? { ios_bundle_ids: [a.ios] } : {}),
    })),
    rules: [{ id: 'all', apps: list.map((a) => a.id), verdict: 'remove' }],
  });
  return { apps: list, policy, keys, ids, vendors };
}

/** Ordinary names for a catalogue: none is one of its names, one typo away from one, or holds one as a run of words. */
function ordinaryNames(cat, count) {
  const r = rng(4242);
  const byLength = new Map();
  for (const k of cat.keys) {
    if (!byLength.has(k.length)) byLength.set(k.length, []);
    byLength.get(k.length).push(k);
  }
  const seen = new Set();
  const out = [];
  for (let attempt = 0; attempt < 200_000 && out.length < count; attempt++) {
    const name = makeName(r);
    const key = nameKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    const words = key.split(' ');
    let holds = false;
    for (let i = 0; i < words.length && !holds; i++) {
      for (let j = i + 1; j <= words.length && !holds; j++) holds = cat.keys.has(words.slice(i, j).join(' '));
    }
    if (holds) continue;
    let near = false;
    for (let len = key.length - 1; len <= key.length + 1 && !near; len++) {
      near = (byLength.get(len) ?? []).some((k) => withinOne(key, k));
    }
    if (!near) out.push(name);
  }
  return out;
}

/** One typo in a word of four letters or more (not its first letter); null when the name has no such word. */
function typo(name, r) {
  const words = name.split(' ').map((w) => Array.from(w));
  const long = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (!long.length) return null;
  const w = words[long[r() % long.length]];
  const pos = 1 + (r() % (w.length - 1));
  const op = r() % 4;
  const letter = String.fromCharCode(97 + (r() % 26));
  if (op === 0) w.splice(pos, 1);
  else if (op === 1) w[pos] = letter === w[pos].toLowerCase() ? String.fromCharCode(97 + ((letter.charCodeAt(0) - 96) % 26)) : letter;
  else if (op === 2) {
    const at = pos + 1 < w.length ? pos : pos - 1;
    [w[at], w[at + 1]] = [w[at + 1], w[at]];
  } else w.splice(pos, 0, w[pos]);
  return words.map((x) => x.join('')).join(' ');
}

function version(r) {
  const [major, minor, patch, build] = [r() % 20, r() % 10, r() % 30, 10_000 + (r() % 90_000)];
  return { major, minor, patch, build, form: r() % 4 };
}
function withVersion(name, v) {
  if (v.form === 0) return `${name} version ${v.major}.${v.minor}.${v.patch}`;
  if (v.form === 1) return `${name} ${v.major}.${v.minor}.${v.patch} (${v.build})`;
  if (v.form === 2) return `${name} v${v.major}.${v.minor}`;
  return `${name} ${v.major}.${v.minor}.${v.patch}`;
}

/** An identifier of a vendor the catalogue does not name (so it holds none of the catalogue's one-word names). */
function otherId(cat, r) {
  for (;;) {
    const vendor = `${SYLLABLES[r() % SYLLABLES.length]}${SYLLABLES[r() % SYLLABLES.length]}`;
    const id = `com.${vendor}.${NOUNS[r() % NOUNS.length].toLowerCase()}`;
    if (!cat.vendors.has(vendor) && !cat.ids.has(id)) return id;
  }
}

/** A typo of an app's name that is no catalogue name, or null for an app whose name is too short to misspell. */
function typoOf(cat, app, r) {
  if (nameKey(app.name).replace(/ /g, '').length < 6) return null;
  for (let tries = 0; tries < 10; tries++) {
    const t = typo(app.name, r);
    if (t === null) return null;
    if (nameKey(t) !== nameKey(app.name) && !cat.keys.has(nameKey(t))) return t;
  }
  return null;
}

export const KINDS = ['name', 'version', 'paren-id', 'accent', 'id', 'typo', 'other-id', 'other'];
/** The kinds of line whose app can be known for sure (definite recall counts these). */
export const DEFINITE_KINDS = ['name', 'version', 'paren-id', 'accent', 'id'];

/**
 * A pasted list of `lines` lines for a catalogue, with each line's truth: { text, truth,
 * kinds } where truth[i] is the index of the app line i + 1 is, or -1. A shorter list is
 * the start of a longer one.
 */
export function labelledList(cat, lines) {
  const ordinary = ordinaryNames(cat, 5_000);
  const accented = cat.apps.filter((a) => hasAccent(a.name));
  const r = rng(7 + cat.apps.length);
  const out = [];
  const truth = [];
  const kinds = [];
  const idOf = (app) => {
    const ios = r() % 2 === 0;
    return ios && app.ios ? app.ios : app.android;
  };
  while (out.length < lines) {
    const k = r() % 100;
    let app = r() % cat.apps.length;
    let kind;
    let text;
    if (k < 4) {
      kind = 'name';
      const name = cat.apps[app].name;
      const style = r() % 6;
      text = style === 2 ? name.toLowerCase() : style === 3 ? `${name.split(' ').join('  ')} ` : style === 4 ? `- ${name}` : style === 5 ? `* ${name}` : name;
    } else if (k < 7) {
      kind = 'version';
      text = withVersion(cat.apps[app].name, version(r));
    } else if (k < 8) {
      kind = 'paren-id';
      const t = typoOf(cat, cat.apps[app], r);
      if (t === null) continue;
      text = `${t} (${idOf(cat.apps[app])})`;
    } else if (k < 9) {
      kind = 'accent';
      if (r() % 2 === 0 && accented.length) app = cat.apps.indexOf(accented[r() % accented.length]);
      const name = cat.apps[app].name;
      if (hasAccent(name)) text = plain(name);
      else {
        const chars = Array.from(name);
        const at = chars.findIndex((c) => c in ACUTE);
        if (at < 0) continue;
        chars[at] = ACUTE[chars[at]];
        text = chars.join('');
      }
    } else if (k < 11) {
      kind = 'id';
      text = idOf(cat.apps[app]);
    } else if (k < 12) {
      kind = 'typo';
      const t = typoOf(cat, cat.apps[app], r);
      if (t === null) continue;
      text = t;
    } else if (k < 15) {
      kind = 'other-id';
      app = -1;
      text = otherId(cat, r);
    } else {
      kind = 'other';
      app = -1;
      const name = ordinary[r() % ordinary.length];
      text = r() % 5 === 0 ? withVersion(name, version(r)) : name;
    }
    out.push(text);
    truth.push(app);
    kinds.push(kind);
  }
  return { text: `${out.join('\n')}\n`, truth, kinds };
}

/** A CSV export of `lines` lines (a header, then one app per row; one row in 50 a catalogue app), with each line's truth. */
export function labelledCsv(cat, lines) {
  const ordinary = ordinaryNames(cat, 5_000);
  const r = rng(99);
  const out = ['Application Name,Application Version,Publisher,Application ID'];
  const truth = [-1];
  const kinds = ['header'];
  const publisher = (name) => `${plain(name.split(' ')[0])} Ltd`;
  while (out.length < lines) {
    const v = version(r);
    const ver = `${v.major}.${v.minor}.${v.patch}`;
    if (r() % 50 === 0) {
      const app = r() % cat.apps.length;
      const a = cat.apps[app];
      out.push(`${a.name},${ver},${publisher(a.name)},${a.android}`);
      truth.push(app);
      kinds.push('row');
    } else {
      const name = ordinary[r() % ordinary.length];
      out.push(`${name},${ver},${publisher(name)},${otherId(cat, r)}`);
      truth.push(-1);
      kinds.push('other-row');
    }
  }
  return { text: `${out.join('\n')}\n`, truth, kinds };
}

// --- A help desk's export (issue 16) ---------------------------------------------------------

/**
 * An Intune "discovered apps" raw export (`AppInvRawData`, its real columns in export
 * order: tests/fixtures/fleet/SOURCES.md) of `devices` devices with `rows` rows in all:
 * every cell quoted, a 44-digit application key and GUIDs as Intune writes them. One
 * device in seven has TikTok; half are iPhones, half Android phones.
 */
export function intuneExport(rows, devices) {
  const hex = (n, width) => n.toString(16).padStart(width, '0').slice(-width);
  const guid = (n) => `${hex(n * 2654435761, 8)}-${hex(n, 4)}-4${hex(n * 7, 3)}-8${hex(n * 13, 3)}-${hex(n * 40503, 12)}`;
  const out = ['"ApplicationKey","ApplicationName","ApplicationPublisher","ApplicationShortVersion","ApplicationVersion","DeviceId","DeviceName","OSDescription","OSVersion","Platform","UserId","EmailAddress","UserName"'];
  const perDevice = Math.ceil(rows / devices);
  for (let d = 0; d < devices && out.length <= rows; d++) {
    const ios = d % 2 === 0;
    const os = ios ? 'iOS' : 'Android';
    const device = `"${guid(d + 1)}","${ios ? `iPhone-${d}` : `SM-A546E-${d}`}","${os}","${ios ? '17.6.1' : '14'}","${os}","${guid(d + 100_000)}","user${d}@contoso.com","User ${d}"`;
    for (let a = 0; a < perDevice && out.length <= rows; a++) {
      const name = a === 0 && d % 7 === 0 ? 'TikTok' : `Ordinary Tool ${(d * 31 + a * 17) % 5000}`;
      out.push(`"${hex(d * 7919 + a, 40)}0000","${name}","Contoso","1.${a % 10}.0","1.${a % 10}.0",${device}`);
    }
  }
  return out.join('\n') + '\n';
}
