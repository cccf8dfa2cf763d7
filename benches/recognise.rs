//! How long reading and checking a pasted list takes: 100 / 10,000 / 100,000 lines
//! against policies naming 10 / 300 / 3,000 apps (`cargo bench --bench recognise`).
//! The lists mix what people paste: names (some restricted, some one typo away, most
//! ordinary), package names, and adb lines.
//!
//! Then the labelled workload of `benches/js/workload.mjs` (its twin, [`labelled`]:
//! the same draws of the same seeded generator, so the same text): the whole-text
//! sweep alone (`Checker::sweep_count` on a parsed list), reading alone, and the
//! whole check, on 10,000 and 100,000 lines against 300 and 3,000 apps, and on a CSV
//! export. `APPCHECK_BENCH_DUMP=dir cargo bench --bench recognise` writes the
//! generated texts to `dir` instead (for bench.mjs to check they are the JS ones) and
//! times one run of each step.

#![allow(clippy::disallowed_methods)] // the benchmark's generator, which never ships: `clippy.toml` keeps the case tables out of the library

use appcheck::evaluate::{Checker, Context};
use appcheck::list::parse_list;
use appcheck::policy::load_policy;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::time::Instant;
use unicode_normalization::UnicodeNormalization;

/// A policy naming `apps` apps, each with a name, an alias and a package.
fn policy(apps: usize) -> appcheck::policy::Policy {
    let list: Vec<serde_json::Value> = (0..apps)
        .map(|i| {
            serde_json::json!({
                "id": format!("app{i}"),
                "name": format!("Restricted App {i}"),
                "aliases": [format!("RA{i} Messenger")],
                "android_packages": [format!("com.vendor{i}.app")],
            })
        })
        .collect();
    let ids: Vec<String> = (0..apps).map(|i| format!("app{i}")).collect();
    let policy = serde_json::json!({
        "schema": 1, "id": "bench", "version": 1, "title": "Benchmark",
        "issuer": { "name": "IT", "contact": "help desk" },
        "published": "2024-01-01T00:00:00Z", "status": "active",
        "apps": list,
        "rules": [{ "id": "all", "apps": ids, "verdict": "remove" }],
    });
    load_policy(policy.to_string().as_bytes()).expect("the benchmark policy loads")
}

/// A pasted list of `lines` lines: 1 in 50 restricted, 1 in 200 a typo, the rest ordinary.
fn pasted(lines: usize, apps: usize) -> String {
    let mut out = String::with_capacity(lines * 24);
    for i in 0..lines {
        let app = (i * 7919) % apps;
        match i % 200 {
            0 => out.push_str(&format!("Restricted App {app}\n")),
            50 => out.push_str(&format!("Restrcted App {app}\n")),
            100 => out.push_str(&format!("com.vendor{app}.app\n")),
            150 => out.push_str(&format!("- RA{app} Messenger™\n")),
            _ => out.push_str(&format!("Ordinary Tool {i}\n")),
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    if std::env::var_os("APPCHECK_BENCH_DUMP").is_some() {
        return;
    }
    let now = chrono::DateTime::parse_from_rfc3339("2024-02-01T00:00:00Z")
        .expect("time")
        .to_utc();
    let mut group = c.benchmark_group("read and check");
    group.sample_size(10);
    for apps in [10, 300, 3_000] {
        // As the page's worker checks: the policy prepared once (`prepare`), each list
        // read and checked against it, keeping 200 of the apps the policy does not name.
        let checker = Checker::new(policy(apps));
        for lines in [100, 10_000, 100_000] {
            let text = pasted(lines, apps);
            group.throughput(Throughput::Elements(lines as u64));
            group.bench_with_input(BenchmarkId::new(format!("{apps} apps"), lines), &text, |b, text| {
                b.iter(|| checker.check_keeping(&parse_list(text, str::to_owned), &Context::default(), now, 200))
            });
        }
    }
    group.finish();
}

/// The shell's NFKC, as the CLI passes it (the labelled names have accents).
fn nfkc(text: &str) -> String {
    text.nfkc().collect()
}

/// The labelled workloads measured: (name, apps, lines, a CSV export).
const LABELLED: [(&str, usize, usize, bool); 5] = [
    ("lines", 300, 10_000, false),
    ("lines", 300, 100_000, false),
    ("lines", 3_000, 10_000, false),
    ("lines", 3_000, 100_000, false),
    ("csv", 300, 10_000, true),
];

fn labelled_text(cat: &labelled::Catalogue, lines: usize, csv: bool) -> String {
    if csv {
        labelled::csv(cat, lines)
    } else {
        labelled::list(cat, lines)
    }
}

/// `APPCHECK_BENCH_DUMP=dir`: the generated texts (for bench.mjs to compare with the
/// JS generator's) and one timed run of each step.
// A native benchmark, never built for wasm32: the clock is the point.
#[allow(clippy::disallowed_methods)]
fn dump(dir: &str) {
    std::fs::create_dir_all(dir).expect("the dump directory");
    let now = chrono::DateTime::parse_from_rfc3339("2024-02-01T00:00:00Z")
        .expect("time")
        .to_utc();
    for (what, apps, lines, csv) in [
        ("lines", 300, 10_000, false),
        ("lines", 3_000, 10_000, false),
        ("csv", 300, 100_000, true),
    ] {
        let cat = labelled::catalogue(apps);
        let text = labelled_text(&cat, lines, csv);
        std::fs::write(format!("{dir}/{what}-{apps}-{lines}.txt"), &text).expect("write");
        let names: Vec<String> = cat
            .apps
            .iter()
            .map(|a| format!("{}\t{}\t{}", a.name, a.android, a.ios.as_deref().unwrap_or("")))
            .collect();
        std::fs::write(format!("{dir}/catalogue-{apps}.txt"), names.join("\n") + "\n").expect("write");
        std::fs::write(format!("{dir}/policy-{apps}.json"), &cat.policy).expect("write");
        // The policy prepared once, outside the timing, as in the criterion benches.
        let checker = Checker::new(load_policy(cat.policy.as_bytes()).expect("the labelled policy loads"));
        let t = Instant::now();
        let list = parse_list(&text, nfkc);
        let parse = t.elapsed();
        let t = Instant::now();
        let found = checker.sweep_count(&list);
        let sweep = t.elapsed();
        // (Not the whole check of the CSV export: reading it is nearly all of it.)
        let check = (!csv).then(|| {
            let t = Instant::now();
            let report = checker.check(&parse_list(&text, nfkc), &Context::default(), now);
            (t.elapsed(), report.findings.len())
        });
        let check = check.map_or(String::new(), |(t, n)| format!(", whole check {t:?} ({n} findings)"));
        println!("{what} {apps} apps × {lines} lines: read {parse:?}, sweep {sweep:?} ({found} found){check}");
    }
}

fn bench_labelled(c: &mut Criterion) {
    if let Ok(dir) = std::env::var("APPCHECK_BENCH_DUMP") {
        dump(&dir);
        return;
    }
    let now = chrono::DateTime::parse_from_rfc3339("2024-02-01T00:00:00Z")
        .expect("time")
        .to_utc();
    let mut group = c.benchmark_group("labelled");
    group.sample_size(10);
    let mut catalogues: Vec<(usize, labelled::Catalogue, Checker)> = Vec::new();
    for (what, apps, lines, csv) in LABELLED {
        if !catalogues.iter().any(|(n, _, _)| *n == apps) {
            let cat = labelled::catalogue(apps);
            let policy = load_policy(cat.policy.as_bytes()).expect("the labelled policy loads");
            catalogues.push((apps, cat, Checker::new(policy)));
        }
        let (_, cat, policy) = catalogues.iter().find(|(n, _, _)| *n == apps).expect("built above");
        let text = labelled_text(cat, lines, csv);
        let list = parse_list(&text, nfkc);
        let id = format!("{what} {apps} apps");
        group.throughput(Throughput::Elements(lines as u64));
        group.bench_with_input(BenchmarkId::new(format!("sweep {id}"), lines), &list, |b, list| {
            b.iter(|| policy.sweep_count(list))
        });
        group.bench_with_input(BenchmarkId::new(format!("read {id}"), lines), &text, |b, text| {
            b.iter(|| parse_list(text, nfkc))
        });
        group.bench_with_input(BenchmarkId::new(format!("check {id}"), lines), &text, |b, text| {
            b.iter(|| policy.check(&parse_list(text, nfkc), &Context::default(), now))
        });
        // What the page and its worker ask for: the apps the policy does not name cut to 200.
        group.bench_with_input(
            BenchmarkId::new(format!("check keeping 200 {id}"), lines),
            &text,
            |b, text| b.iter(|| policy.check_keeping(&parse_list(text, nfkc), &Context::default(), now, 200)),
        );
    }
    group.finish();
}

/// The labelled workload: the twin of `benches/js/workload.mjs` (read its comments).
/// Every draw of the generator is made in the same order as there.
mod labelled {
    use std::collections::{HashMap, HashSet};

    const ADJECTIVES: &[&str] = &[
        "Swift", "Bright", "Smart", "Quick", "Happy", "Blue", "Green", "Red", "Silver", "Golden", "Secure", "Simple",
        "Easy", "Super", "Mega", "Micro", "Pocket", "Daily", "Cloud", "Open", "Pure", "Solid", "Clever", "Tiny",
        "Grand", "Wild", "Calm", "Zen", "Nova", "Prime", "True", "Total", "Ultra", "Smooth", "Clear", "Fresh", "Urban",
        "Royal", "Lucky", "Sunny", "Magic", "Rapid", "Cosmic", "Polar", "Noble", "Alpha", "Metro", "Hyper", "Neat",
        "Little",
    ];
    const NOUNS: &[&str] = &[
        "Notes",
        "Photo",
        "Chat",
        "Mail",
        "Music",
        "Video",
        "Maps",
        "Scanner",
        "Wallet",
        "Weather",
        "Fitness",
        "Reader",
        "Keyboard",
        "Browser",
        "Calendar",
        "Tasks",
        "Camera",
        "Editor",
        "Player",
        "Radio",
        "News",
        "Books",
        "Translate",
        "Drive",
        "Docs",
        "Sheets",
        "Clock",
        "Timer",
        "Budget",
        "Bank",
        "Pay",
        "Shop",
        "Food",
        "Ride",
        "Travel",
        "Games",
        "Puzzle",
        "Chess",
        "Cards",
        "Recipes",
        "Health",
        "Sleep",
        "Yoga",
        "Runner",
        "Cleaner",
        "Launcher",
        "VPN",
        "Backup",
        "Share",
        "Vault",
        "Lock",
        "Guard",
        "Studio",
        "Meet",
        "Talk",
        "Messenger",
        "Social",
        "Dating",
        "Stream",
        "Podcast",
        "Flashlight",
        "Compass",
        "Tracker",
        "Planner",
        "Journal",
        "Diary",
        "Sketch",
        "Paint",
        "Lens",
        "Voice",
        "Sound",
        "Link",
        "Hub",
        "Box",
        "Space",
        "Lab",
        "Home",
        "Fax",
        "Scores",
        "Tickets",
    ];
    const SUFFIXES: &[&str] = &[
        "Pro", "Lite", "Plus", "HD", "Go", "Max", "360", "Free", "X", "Express", "Mini",
    ];
    const SYLLABLES: &[&str] = &[
        "ka", "lo", "mi", "ra", "zen", "to", "vi", "ba", "ne", "su", "po", "ri", "da", "fe", "go", "li", "mo", "ta",
        "xu", "qui", "ze", "lu", "ni", "co", "sa", "bo", "dri", "fi", "ve", "ko",
    ];
    const ACCENTED: &[&str] = &[
        "Café",
        "Crème",
        "Élan",
        "Fête",
        "Señal",
        "Über",
        "Résumé",
        "Jalapeño",
        "Açaí",
        "Naïve",
        "Zénith",
        "Mañana",
    ];

    fn plain_char(c: char) -> Option<char> {
        Some(match c {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ï' | 'î' => 'i',
            'ó' | 'ô' | 'ö' => 'o',
            'ú' | 'ü' | 'û' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            'É' => 'E',
            'Ü' | 'Ú' => 'U',
            'Á' => 'A',
            'Ó' => 'O',
            'Í' => 'I',
            'Ç' => 'C',
            'Ñ' => 'N',
            _ => return None,
        })
    }

    fn acute(c: char) -> Option<char> {
        Some(match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ó',
            'u' => 'ú',
            _ => return None,
        })
    }

    fn plain(s: &str) -> String {
        s.chars().map(|c| plain_char(c).unwrap_or(c)).collect()
    }

    fn has_accent(s: &str) -> bool {
        s.chars().any(|c| plain_char(c).is_some())
    }

    /// No accents, lower case, single spaces.
    pub fn name_key(s: &str) -> String {
        let mut out = String::new();
        for c in plain(s).to_lowercase().chars() {
            if c.is_ascii_lowercase() || c.is_ascii_digit() {
                out.push(c);
            } else if !out.ends_with(' ') {
                out.push(' ');
            }
        }
        out.trim().to_owned()
    }

    /// mulberry32.
    pub struct Rng(u32);

    impl Rng {
        fn next(&mut self) -> u32 {
            self.0 = self.0.wrapping_add(0x6d2b_79f5);
            let mut t = self.0;
            t = (t ^ (t >> 15)).wrapping_mul(t | 1);
            t ^= t.wrapping_add((t ^ (t >> 7)).wrapping_mul(t | 61));
            t ^ (t >> 14)
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u32) as usize
        }

        fn pick(&mut self, xs: &[&'static str]) -> &'static str {
            xs[self.below(xs.len())]
        }
    }

    fn make_name(r: &mut Rng) -> String {
        let brand = |r: &mut Rng| {
            let n = 2 + r.below(2);
            let mut s = String::new();
            for _ in 0..n {
                s.push_str(r.pick(SYLLABLES));
            }
            let mut c = s.chars();
            let first = c.next().expect("a syllable").to_ascii_uppercase();
            format!("{first}{}", c.as_str())
        };
        let shape = r.below(10);
        match shape {
            0..=2 => {
                let a = r.pick(ADJECTIVES);
                format!("{a} {}", r.pick(NOUNS))
            }
            3 => {
                let a = r.pick(NOUNS);
                format!("{a} {}", r.pick(NOUNS))
            }
            4 => brand(r),
            5 => {
                let a = brand(r);
                format!("{a} {}", r.pick(NOUNS))
            }
            6 => {
                let a = r.pick(ADJECTIVES);
                let b = r.pick(NOUNS);
                format!("{a} {b} {}", r.pick(SUFFIXES))
            }
            7 => {
                let a = r.pick(NOUNS);
                format!("{a} {}", r.pick(SUFFIXES))
            }
            8 => {
                let a = brand(r);
                format!("{a} {}", r.pick(SUFFIXES))
            }
            _ => {
                let a = r.pick(ACCENTED);
                format!("{a} {}", r.pick(NOUNS))
            }
        }
    }

    /// At most one edit apart (keys are ASCII).
    fn within_one(a: &str, b: &str) -> bool {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        if a == b {
            return true;
        }
        let (m, n) = (a.len(), b.len());
        if m.abs_diff(n) > 1 {
            return false;
        }
        let mut i = 0;
        while i < m && i < n && a[i] == b[i] {
            i += 1;
        }
        if m == n {
            if a[i + 1..] == b[i + 1..] {
                return true;
            }
            return i + 1 < m && a[i] == b[i + 1] && a[i + 1] == b[i] && a[i + 2..] == b[i + 2..];
        }
        if m > n {
            a[i + 1..] == b[i..]
        } else {
            a[i..] == b[i + 1..]
        }
    }

    pub struct App {
        pub name: String,
        pub android: String,
        pub ios: Option<String>,
    }

    pub struct Catalogue {
        pub apps: Vec<App>,
        pub policy: String,
        keys: HashSet<String>,
        ids: HashSet<String>,
        vendors: HashSet<String>,
    }

    pub fn catalogue(apps: usize) -> Catalogue {
        let mut r = Rng(1301);
        let (mut keys, mut ids, mut vendors) = (HashSet::new(), HashSet::new(), HashSet::new());
        let mut list: Vec<App> = Vec::new();
        while list.len() < apps {
            let name = make_name(&mut r);
            let key = name_key(&name);
            if !keys.insert(key.clone()) {
                continue;
            }
            let words: Vec<&str> = key.split(' ').collect();
            let vendor = words[0].to_owned();
            vendors.insert(vendor.clone());
            let rest = if words.len() > 1 {
                words[1..].concat()
            } else {
                "app".to_owned()
            };
            let mut android = format!("com.{vendor}.{rest}");
            let mut k = 2;
            while ids.contains(&android) {
                android = format!("com.{vendor}.{rest}{k}");
                k += 1;
            }
            ids.insert(android.clone());
            let ios = (list.len() % 3 == 0).then(|| {
                let pascal: String = plain(&name).chars().filter(char::is_ascii_alphanumeric).collect();
                let mut ios = format!("com.{vendor}.{pascal}");
                if ids.contains(&ios.to_lowercase()) {
                    ios.push_str("iOS");
                }
                ids.insert(ios.to_lowercase());
                ios
            });
            list.push(App { name, android, ios });
        }
        let json_apps: Vec<serde_json::Value> = list
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let mut app =
                    serde_json::json!({ "id": format!("l{i}"), "name": a.name, "android_packages": [a.android] });
                if let Some(ios) = &a.ios {
                    app["ios_bundle_ids"] = serde_json::json!([ios]);
                }
                app
            })
            .collect();
        let ids_list: Vec<String> = (0..list.len()).map(|i| format!("l{i}")).collect();
        let policy = serde_json::json!({
            "schema": 1, "id": "bench-labelled", "version": 1, "title": "Benchmark (labelled)",
            "issuer": { "name": "IT", "contact": "help desk" },
            "published": "2024-01-01T00:00:00Z", "status": "active",
            "apps": json_apps,
            "rules": [{ "id": "all", "apps": ids_list, "verdict": "remove" }],
        })
        .to_string();
        Catalogue {
            apps: list,
            policy,
            keys,
            ids,
            vendors,
        }
    }

    fn ordinary_names(cat: &Catalogue, count: usize) -> Vec<String> {
        let mut r = Rng(4242);
        let mut by_length: HashMap<usize, Vec<&str>> = HashMap::new();
        for k in &cat.keys {
            by_length.entry(k.len()).or_default().push(k);
        }
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        let mut attempt = 0;
        while attempt < 200_000 && out.len() < count {
            attempt += 1;
            let name = make_name(&mut r);
            let key = name_key(&name);
            if !seen.insert(key.clone()) {
                continue;
            }
            let words: Vec<&str> = key.split(' ').collect();
            let holds =
                (0..words.len()).any(|i| (i + 1..=words.len()).any(|j| cat.keys.contains(&words[i..j].join(" "))));
            if holds {
                continue;
            }
            let near = (key.len() - 1..=key.len() + 1).any(|len| {
                by_length
                    .get(&len)
                    .is_some_and(|ks| ks.iter().any(|k| within_one(&key, k)))
            });
            if !near {
                out.push(name);
            }
        }
        out
    }

    fn typo(name: &str, r: &mut Rng) -> Option<String> {
        let mut words: Vec<Vec<char>> = name.split(' ').map(|w| w.chars().collect()).collect();
        let long: Vec<usize> = (0..words.len()).filter(|&i| words[i].len() >= 4).collect();
        if long.is_empty() {
            return None;
        }
        let w = &mut words[long[r.below(long.len())]];
        let pos = 1 + r.below(w.len() - 1);
        let op = r.below(4);
        let letter = (b'a' + r.below(26) as u8) as char;
        match op {
            0 => {
                w.remove(pos);
            }
            1 => {
                let lower = w[pos].to_lowercase().next();
                w[pos] = if Some(letter) == lower {
                    (b'a' + ((letter as u8 - 96) % 26)) as char
                } else {
                    letter
                };
            }
            2 => {
                let at = if pos + 1 < w.len() { pos } else { pos - 1 };
                w.swap(at, at + 1);
            }
            _ => {
                let c = w[pos];
                w.insert(pos, c);
            }
        }
        Some(
            words
                .iter()
                .map(|w| w.iter().collect::<String>())
                .collect::<Vec<_>>()
                .join(" "),
        )
    }

    struct Version {
        major: usize,
        minor: usize,
        patch: usize,
        build: usize,
        form: usize,
    }

    fn version(r: &mut Rng) -> Version {
        let major = r.below(20);
        let minor = r.below(10);
        let patch = r.below(30);
        let build = 10_000 + r.below(90_000);
        let form = r.below(4);
        Version {
            major,
            minor,
            patch,
            build,
            form,
        }
    }

    fn with_version(name: &str, v: &Version) -> String {
        let Version {
            major,
            minor,
            patch,
            build,
            form,
        } = v;
        match form {
            0 => format!("{name} version {major}.{minor}.{patch}"),
            1 => format!("{name} {major}.{minor}.{patch} ({build})"),
            2 => format!("{name} v{major}.{minor}"),
            _ => format!("{name} {major}.{minor}.{patch}"),
        }
    }

    fn other_id(cat: &Catalogue, r: &mut Rng) -> String {
        loop {
            let a = r.pick(SYLLABLES);
            let vendor = format!("{a}{}", r.pick(SYLLABLES));
            let id = format!("com.{vendor}.{}", r.pick(NOUNS).to_lowercase());
            if !cat.vendors.contains(&vendor) && !cat.ids.contains(&id) {
                return id;
            }
        }
    }

    fn typo_of(cat: &Catalogue, app: &App, r: &mut Rng) -> Option<String> {
        if name_key(&app.name).replace(' ', "").chars().count() < 6 {
            return None;
        }
        for _ in 0..10 {
            let t = typo(&app.name, r)?;
            if name_key(&t) != name_key(&app.name) && !cat.keys.contains(&name_key(&t)) {
                return Some(t);
            }
        }
        None
    }

    fn id_of(app: &App, r: &mut Rng) -> String {
        let ios = r.below(2) == 0;
        match (&app.ios, ios) {
            (Some(id), true) => id.clone(),
            _ => app.android.clone(),
        }
    }

    /// The pasted list of `lines` lines (the truth is kept by the JS twin only).
    pub fn list(cat: &Catalogue, lines: usize) -> String {
        let ordinary = ordinary_names(cat, 5_000);
        let accented: Vec<usize> = (0..cat.apps.len()).filter(|&i| has_accent(&cat.apps[i].name)).collect();
        let mut r = Rng(7 + cat.apps.len() as u32);
        let mut out: Vec<String> = Vec::with_capacity(lines);
        while out.len() < lines {
            let k = r.below(100);
            let mut app = r.below(cat.apps.len());
            let text = if k < 4 {
                let name = &cat.apps[app].name;
                match r.below(6) {
                    2 => name.to_lowercase(),
                    3 => format!("{} ", name.split(' ').collect::<Vec<_>>().join("  ")),
                    4 => format!("- {name}"),
                    5 => format!("* {name}"),
                    _ => name.clone(),
                }
            } else if k < 7 {
                let v = version(&mut r);
                with_version(&cat.apps[app].name, &v)
            } else if k < 8 {
                let Some(t) = typo_of(cat, &cat.apps[app], &mut r) else {
                    continue;
                };
                format!("{t} ({})", id_of(&cat.apps[app], &mut r))
            } else if k < 9 {
                if r.below(2) == 0 && !accented.is_empty() {
                    app = accented[r.below(accented.len())];
                }
                let name = &cat.apps[app].name;
                if has_accent(name) {
                    plain(name)
                } else {
                    let mut chars: Vec<char> = name.chars().collect();
                    let Some(at) = chars.iter().position(|&c| acute(c).is_some()) else {
                        continue;
                    };
                    chars[at] = acute(chars[at]).expect("a vowel");
                    chars.into_iter().collect()
                }
            } else if k < 11 {
                id_of(&cat.apps[app], &mut r)
            } else if k < 12 {
                let Some(t) = typo_of(cat, &cat.apps[app], &mut r) else {
                    continue;
                };
                t
            } else if k < 15 {
                other_id(cat, &mut r)
            } else {
                let name = &ordinary[r.below(ordinary.len())];
                if r.below(5) == 0 {
                    let v = version(&mut r);
                    with_version(name, &v)
                } else {
                    name.clone()
                }
            };
            out.push(text);
        }
        out.join("\n") + "\n"
    }

    /// The CSV export of `lines` lines (a header, then one app per row).
    pub fn csv(cat: &Catalogue, lines: usize) -> String {
        let ordinary = ordinary_names(cat, 5_000);
        let mut r = Rng(99);
        let mut out = vec!["Application Name,Application Version,Publisher,Application ID".to_owned()];
        let publisher = |name: &str| format!("{} Ltd", plain(name.split(' ').next().unwrap_or("")));
        while out.len() < lines {
            let v = version(&mut r);
            let ver = format!("{}.{}.{}", v.major, v.minor, v.patch);
            if r.below(50) == 0 {
                let a = &cat.apps[r.below(cat.apps.len())];
                out.push(format!("{},{ver},{},{}", a.name, publisher(&a.name), a.android));
            } else {
                let name = &ordinary[r.below(ordinary.len())];
                out.push(format!("{name},{ver},{},{}", publisher(name), other_id(cat, &mut r)));
            }
        }
        out.join("\n") + "\n"
    }
}

/// Loading a policy's text and preparing it (`load_policy`, then `Checker::new`): what
/// every `check()` call of the Wasm export pays before reading the list.
fn bench_prepare(c: &mut Criterion) {
    if std::env::var_os("APPCHECK_BENCH_DUMP").is_some() {
        return;
    }
    let mut group = c.benchmark_group("prepare");
    group.sample_size(10);
    for apps in [300, 3_000] {
        let cat = labelled::catalogue(apps);
        group.bench_with_input(BenchmarkId::new("load and index", apps), &cat.policy, |b, text| {
            b.iter(|| Checker::new(load_policy(text.as_bytes()).expect("the labelled policy loads")))
        });
    }
    group.finish();
}

criterion_group!(benches, bench, bench_labelled, bench_prepare);
criterion_main!(benches);
