//! How long reading and checking a pasted list takes: 100 / 10,000 / 100,000 lines
//! against policies naming 10 / 300 / 3,000 apps (`cargo bench --bench recognise`).
//! The lists mix what people paste: names (some restricted, some one typo away, most
//! ordinary), package names, and adb lines.

use appcheck::evaluate::{evaluate, Context};
use appcheck::list::parse_list;
use appcheck::policy::load_policy;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

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
    let now = chrono::DateTime::parse_from_rfc3339("2024-02-01T00:00:00Z")
        .expect("time")
        .to_utc();
    let mut group = c.benchmark_group("read and check");
    group.sample_size(10);
    for apps in [10, 300, 3_000] {
        let policy = policy(apps);
        for lines in [100, 10_000, 100_000] {
            let text = pasted(lines, apps);
            group.throughput(Throughput::Elements(lines as u64));
            group.bench_with_input(BenchmarkId::new(format!("{apps} apps"), lines), &text, |b, text| {
                b.iter(|| evaluate(&policy, &parse_list(text, str::to_owned), &Context::default(), now))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
