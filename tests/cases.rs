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
    let mut known = Vec::new();
    for dir in dirs {
        let actual = api::to_json(&api::check(&support::request(&dir), support::nfkc)) + "\n";
        let path = dir.join("expected.json");
        // A known failure: expected.json is the right answer, not yet given; its
        // KNOWN_FAILURE.md says why. It must still differ, so a fix is noticed.
        if dir.join("KNOWN_FAILURE.md").exists() {
            let expected = std::fs::read_to_string(&path).unwrap_or_default();
            if expected == actual {
                failures.push(format!("{} now passes: remove its KNOWN_FAILURE.md", dir.display()));
            }
            known.push(dir.display().to_string());
            continue;
        }
        if update {
            std::fs::write(&path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_default();
        if expected != actual {
            failures.push(format!("--- {}\n{actual}", path.display()));
        }
    }
    if !known.is_empty() {
        eprintln!("known failures (see their KNOWN_FAILURE.md): {known:?}");
    }
    assert!(
        failures.is_empty(),
        "{} case(s) differ (UPDATE_EXPECT=1 rewrites them):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Keeping only some of the apps the policy does not name (`keepNotCovered`, which the
/// page asks for) gives the report the whole check gives, trimmed afterwards: the
/// findings left out are only counted, never built, and nothing else changes.
#[test]
fn keeping_some_unnamed_apps_is_the_whole_report_trimmed() {
    for dir in support::case_dirs() {
        let mut request = support::request(&dir);
        request.keep_not_covered = None;
        let whole = api::check(&request, support::nfkc);
        for keep in [0, 1, 2, 5, 200] {
            let mut expected = whole.clone();
            if let api::CheckResponse::Success { report } = &mut expected {
                report.keep_not_covered(keep);
            }
            request.keep_not_covered = Some(keep);
            let kept = api::check(&request, support::nfkc);
            assert_eq!(kept, expected, "{} keeping {keep}", dir.display());
        }
    }
}

/// The `check` export keeps the last policy prepared: every case, run twice over through
/// one such cache (so the policy changes between most calls and not between some), gives
/// exactly its expected response.
#[test]
fn one_prepared_policy_kept_between_checks_gives_every_case_its_response() {
    let mut prepared = None;
    let dirs = support::case_dirs();
    for dir in dirs.iter().chain(dirs.iter().rev()).chain(dirs.iter()) {
        if dir.join("KNOWN_FAILURE.md").exists() {
            continue;
        }
        let request = support::request(dir);
        let cached = api::check_cached(&request, support::nfkc, &mut prepared);
        assert_eq!(cached, api::check(&request, support::nfkc), "{}", dir.display());
        let expected = std::fs::read_to_string(dir.join("expected.json")).unwrap();
        assert_eq!(api::to_json(&cached) + "\n", expected, "{}", dir.display());
    }
}
