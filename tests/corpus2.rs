//! The second, independent labelled corpus (`tests/corpus2/`, issue 13 point 5): lists
//! shaped like the real output of tools and exports the first corpus and
//! `tests/fixtures/formats/` do not cover (cfgutil, Jamf inventory records, `ls -l`,
//! `mdfind`, `mas`, `brew`, `wmic`, `Get-Package`, the Uninstall registry keys, choco,
//! scoop, `winget export`, `dumpsys package`, MDM exports, chat in nine languages) and
//! hard negatives (uninstalled, removed, quoted policy text, near misses, invisible
//! characters, binary). The labels (`tests/corpus2/labels.json`) were written before
//! appcheck read any of these files; `tests/corpus2/SOURCES.md` says where each shape
//! comes from.
//!
//! Measures: recall with questions (an installed restricted app flagged, or asked about
//! as a possible match), definite recall (flagged only), false "nothing to do", definite
//! false flags (an order for an app the list does not say is installed; "mention
//! ordered" when the list only mentions it).

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeSet;
use std::path::PathBuf;

use appcheck::evaluate::{evaluate, Context};
use appcheck::list::parse_list;
use appcheck::policy::load_policy;
use appcheck::report::{Answer, Outcome};
use support::nfkc;

/// Turns a file's bytes into the text appcheck reads, as the CLI and the page's file
/// picker do; `None` when it is refused (a picture, an archive).
fn text_of(bytes: &[u8]) -> Option<String> {
    appcheck::list::decode(bytes).ok()
}

fn ids<'a>(label: &'a serde_json::Value, key: &str) -> BTreeSet<&'a str> {
    label[key]
        .as_array()
        .unwrap_or_else(|| panic!("`{key}` must be an array"))
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect()
}

#[test]
fn the_second_corpus_is_read_with_full_recall_and_no_false_orders() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("tests/corpus2");
    let labels: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("labels.json")).unwrap()).unwrap();
    let labels = labels.as_object().unwrap();
    assert!(labels.len() >= 60, "the second corpus has {} lists", labels.len());
    let now = chrono::DateTime::parse_from_rfc3339("2023-03-01T12:00:00Z")
        .unwrap()
        .to_utc();

    let (mut installed_total, mut found_definite, mut found_asked) = (0, 0, 0);
    let (mut false_nothing, mut false_flags, mut mention_ordered) = (0, 0, 0);
    let mut problems = Vec::new();
    let mut answers = Vec::new();
    for (file, label) in labels {
        let policy_path = root
            .join("pkg-config/policies")
            .join(format!("{}.json", label["policy"].as_str().unwrap()));
        support::zones();
        let policy = load_policy(&std::fs::read(policy_path).unwrap()).unwrap();
        let context: Context = serde_json::from_value(label["context"].clone()).unwrap();
        let installed = ids(label, "installed");
        let mentioned = ids(label, "mentioned");
        installed_total += installed.len();

        let bytes = std::fs::read(dir.join(file)).unwrap();
        let Some(text) = text_of(&bytes) else {
            answers.push(format!("{file}: not text"));
            for missed in &installed {
                problems.push(format!("{file}: missed {missed} (the file was not read as text)"));
            }
            continue;
        };
        let report = evaluate(&policy, &parse_list(&text, nfkc), &context, now);
        answers.push(format!("{file}: {:?}", report.overall.answer));

        let mut definite = BTreeSet::new();
        let mut asked = BTreeSet::new();
        for finding in &report.findings {
            let app = finding.app.as_ref().map(|a| a.id.as_str());
            if finding.outcome.needs_action() {
                match app {
                    Some(id) => {
                        definite.insert(id);
                    }
                    None => {
                        false_flags += 1;
                        problems.push(format!(
                            "{file}: false flag without an app ({:?}) on {:?}",
                            finding.outcome, finding.input
                        ));
                    }
                }
            } else if finding.outcome == Outcome::PossibleMatch {
                if let Some(id) = app {
                    asked.insert(id);
                }
            }
        }

        for app in &installed {
            if definite.contains(app) {
                found_definite += 1;
                found_asked += 1;
            } else if asked.contains(app) {
                found_asked += 1;
                problems.push(format!("{file}: {app} only asked about, not flagged"));
            } else {
                problems.push(format!("{file}: missed {app}"));
            }
        }
        for app in definite.difference(&installed) {
            false_flags += 1;
            if mentioned.contains(app) {
                mention_ordered += 1;
                problems.push(format!("{file}: mention ordered {app}"));
            } else {
                problems.push(format!("{file}: false flag {app}"));
            }
        }
        if !installed.is_empty() && matches!(report.overall.answer, Answer::NothingToDo | Answer::Advice) {
            false_nothing += 1;
            problems.push(format!(
                "{file}: false {:?} with {} installed",
                report.overall.answer,
                installed.iter().copied().collect::<Vec<_>>().join(", ")
            ));
        }
    }

    let pct = |n: usize| 100.0 * n as f64 / installed_total.max(1) as f64;
    eprintln!(
        "corpus2: {} lists; recall with questions {found_asked}/{installed_total} ({:.1}%); definite recall \
         {found_definite}/{installed_total} ({:.1}%); false \"nothing to do\" {false_nothing}; definite false flags \
         {false_flags} (mention ordered {mention_ordered}); problems {}",
        labels.len(),
        pct(found_asked),
        pct(found_definite),
        problems.len()
    );
    for problem in &problems {
        eprintln!("  problem: {problem}");
    }
    for answer in &answers {
        eprintln!("  answer: {answer}");
    }
    assert_eq!(found_asked, installed_total, "recall with questions is not 100%");
    assert_eq!(false_flags, 0, "definite false flags");
    assert_eq!(false_nothing, 0, "false \"nothing to do\"");
}
