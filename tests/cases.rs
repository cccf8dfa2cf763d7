//! Every directory in `tests/cases/` is one check with its exact expected response.
//! `UPDATE_EXPECT=1` rewrites `expected.json` from the current output.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use appcheck::api;

#[test]
fn every_case_gives_its_expected_response() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let dirs = support::case_dirs();
    assert!(dirs.len() >= 5, "expected the case directories, found {}", dirs.len());
    let mut failures = Vec::new();
    for dir in dirs {
        let actual = api::to_json(&api::check(&support::request(&dir), support::nfkc)) + "\n";
        let path = dir.join("expected.json");
        if update {
            std::fs::write(&path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_default();
        if expected != actual {
            failures.push(format!("--- {}\n{actual}", path.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) differ (UPDATE_EXPECT=1 rewrites them):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
