//! The labelled corpus (`tests/corpus/`, written by its `generate.py`): realistic pasted
//! lists in every common format, each with its right answer. Measures what matters:
//! recall on restricted apps (must be 100%), false flags (must be 0), typos asked about
//! rather than passed (all), and near misses asked about (none).

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeSet;
use std::path::PathBuf;

use appcheck::evaluate::{evaluate, Context};
use appcheck::list::parse_list;
use appcheck::policy::load_policy;
use appcheck::report::Outcome;
use support::nfkc;

#[test]
fn the_corpus_is_read_with_full_recall_and_no_false_flags() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let labels: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("tests/corpus/labels.json")).unwrap()).unwrap();
    let labels = labels.as_object().unwrap();
    assert!(labels.len() >= 80, "the corpus has {} lists", labels.len());
    let now = chrono::DateTime::parse_from_rfc3339("2023-03-01T12:00:00Z")
        .unwrap()
        .to_utc();
    let (mut restricted, mut found, mut typos, mut asked) = (0, 0, 0, 0);
    let mut problems = Vec::new();
    for (file, label) in labels {
        let policy_path = root
            .join("pkg-config/policies")
            .join(format!("{}.json", label["policy"].as_str().unwrap()));
        support::zones();
        let policy = load_policy(&std::fs::read(policy_path).unwrap()).unwrap();
        let context: Context = serde_json::from_value(label["context"].clone()).unwrap();
        let text = std::fs::read_to_string(root.join("tests/corpus").join(file)).unwrap();
        let report = evaluate(&policy, &parse_list(&text, nfkc), &context, now);

        let expected: BTreeSet<&str> = label["restricted"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let flagged: BTreeSet<&str> = report
            .findings
            .iter()
            .filter(|f| f.outcome.needs_action())
            .filter_map(|f| f.app.as_ref().map(|a| a.id.as_str()))
            .collect();
        restricted += expected.len();
        found += expected.intersection(&flagged).count();
        for missed in expected.difference(&flagged) {
            problems.push(format!("{file}: missed {missed}"));
        }
        for wrong in flagged.difference(&expected) {
            problems.push(format!("{file}: false flag {wrong}"));
        }
        let expected_typos: Vec<&str> = label["possible_matches"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        for typo in &expected_typos {
            typos += 1;
            match report.findings.iter().find(|f| f.input == *typo) {
                Some(f) if f.outcome == Outcome::PossibleMatch => asked += 1,
                Some(f) => problems.push(format!("{file}: typo {typo:?} was {:?}, not asked about", f.outcome)),
                None => problems.push(format!("{file}: typo {typo:?} was not read")),
            }
        }
        for f in report.findings.iter().filter(|f| f.outcome == Outcome::PossibleMatch) {
            if !expected_typos.contains(&f.input.as_str()) {
                problems.push(format!("{file}: needless question about {:?}", f.input));
            }
        }
    }
    eprintln!(
        "corpus: {} lists; recall {found}/{restricted} restricted apps ({:.1}%); typos asked about {asked}/{typos}; problems {}",
        labels.len(),
        100.0 * found as f64 / restricted.max(1) as f64,
        problems.len()
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
