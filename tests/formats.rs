//! Every real-shaped sample in `tests/fixtures/formats/` (see its SOURCES.md), read
//! and checked against `tests/fixtures/formats-policy.json`: the detected format, the
//! number of apps read, and which restricted apps were found, in order (with the
//! outcome when it is not an order to remove: a question), as
//! `tests/fixtures/formats/expected.json` records them. `UPDATE_EXPECT=1` rewrites
//! that file; review it against the samples.

#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::nfkc;

use std::collections::BTreeMap;
use std::path::PathBuf;

use appcheck::evaluate::{evaluate, Context};
use appcheck::list::parse_list;
use appcheck::policy::load_policy;
use serde_json::json;

#[test]
fn every_sample_format_is_read_and_its_restricted_apps_found() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let policy = load_policy(&std::fs::read(dir.join("formats-policy.json")).unwrap()).unwrap();
    let now = chrono::DateTime::parse_from_rfc3339("2024-02-01T00:00:00Z")
        .unwrap()
        .to_utc();
    let mut actual = BTreeMap::new();
    for entry in std::fs::read_dir(dir.join("formats")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        if name.ends_with(".md") || name == "expected.json" {
            continue;
        }
        let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
        let list = parse_list(&text, nfkc);
        let report = evaluate(&policy, &list, &Context::default(), now);
        let found: Vec<String> = report
            .findings
            .iter()
            .filter_map(|f| {
                // An order is the app's id and line; anything else (a question) says so.
                f.app.as_ref().map(|a| match f.outcome {
                    appcheck::report::Outcome::Remove => format!("{} (line {})", a.id, f.line),
                    other => format!(
                        "{} (line {}, {})",
                        a.id,
                        f.line,
                        serde_json::to_value(other).unwrap().as_str().unwrap()
                    ),
                })
            })
            .collect();
        actual.insert(
            name,
            json!({ "format": list.format, "apps_read": list.entries.len(), "skipped_lines": list.notes.len(), "unread_lines": list.account.unread, "found": found }),
        );
    }
    assert!(
        actual.len() >= 45,
        "expected the format samples, found {}",
        actual.len()
    );
    let actual = serde_json::to_string_pretty(&actual).unwrap() + "\n";
    let path = dir.join("formats/expected.json");
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, &actual).unwrap();
    } else {
        assert!(
            std::fs::read_to_string(&path).unwrap_or_default() == actual,
            "format results changed; UPDATE_EXPECT=1 and review"
        );
    }
}
