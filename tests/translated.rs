//! Every word appcheck says itself is in the reader's language. A report in German,
//! French or Spanish — for every case in `tests/cases/` and for every shipped policy,
//! with a list that makes notes — holds no English sentence of the catalogue outside
//! the policy's own texts, and its format label and notes are not the English ones.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::path::{Path, PathBuf};

use appcheck::api::{self, CheckRequest, CheckResponse};
use appcheck::i18n::{Lang, Msg};
use appcheck::report::{self, Report};

const OTHERS: [Lang; 3] = [Lang::De, Lang::Fr, Lang::Es];

/// The fixed parts of an English template (between its `{slots}`) of 12 characters or
/// more that `lang`'s own template of the same message does not contain: finding one
/// in a `lang` report means English leaked.
fn english_fragments(lang: Lang) -> Vec<(Msg, String)> {
    let mut fragments = Vec::new();
    for &msg in Msg::ALL {
        let own = msg.get(lang);
        for part in msg.get(Lang::En).split('{').enumerate().map(|(i, p)| {
            if i == 0 {
                p
            } else {
                p.split_once('}').map_or(p, |(_, rest)| rest)
            }
        }) {
            let part = part.trim_matches(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == '.');
            if part.chars().count() >= 12 && !own.contains(part) {
                fragments.push((msg, part.to_owned()));
            }
        }
    }
    fragments
}

/// Every string in a JSON value.
fn strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// The texts a report may hold in a language other than the reader's: the policy's
/// own (in its fallback language when it lacks the reader's: those carry their `lang`
/// in the page) and the pasted lines. A plain string in a policy that declares the
/// reader's language is the policy's text for that language too, so it is excepted
/// only when short (an app's or a company's name), not when it is a sentence.
fn excepted(policy: &str, list: &str, lang: Lang) -> Vec<String> {
    let value: serde_json::Value = serde_json::from_str(policy).unwrap_or_default();
    let declares = value["languages"]
        .as_array()
        .is_some_and(|l| l.iter().any(|t| t.as_str() == Some(lang.tag())));
    let mut out = Vec::new();
    collect_policy_texts(&value, declares, lang, &mut out);
    out.extend(list.lines().map(|l| l.trim().to_owned()));
    out.retain(|s| !s.is_empty());
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out
}

fn collect_policy_texts(value: &serde_json::Value, declares: bool, lang: Lang, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) if !declares || s.chars().count() < 40 => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_policy_texts(v, declares, lang, out)),
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                // A text given in the reader's language is the policy's own.
                if key == lang.tag() {
                    strings(v, out);
                } else if !(declares && key == "en") {
                    collect_policy_texts(v, declares, lang, out);
                }
            }
        }
        _ => {}
    }
}

fn report_of(request: &CheckRequest) -> Option<Report> {
    match api::check(request, support::nfkc) {
        CheckResponse::Success { report } => Some(*report),
        CheckResponse::Failure { .. } => None,
    }
}

fn with_language(request: &CheckRequest, lang: Lang) -> CheckRequest {
    let mut request = request.clone();
    request.context.language = Some(lang.tag().to_owned());
    request
}

/// What is English in a report that should be in `lang`.
fn english_in(request: &CheckRequest, lang: Lang, fragments: &[(Msg, String)]) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(english) = report_of(&with_language(request, Lang::En)) else {
        return problems;
    };
    let Some(translated) = report_of(&with_language(request, lang)) else {
        return problems;
    };
    // The format's label and every note are appcheck's own words.
    let (en_label, label) = (&english.read_as.label, &translated.read_as.label);
    if en_label.chars().count() > 8 && en_label == label {
        problems.push(format!("format label {label:?} is English"));
    }
    for (en, note) in english.notes.iter().zip(&translated.notes) {
        if en.message == note.message {
            problems.push(format!("note on line {}: {:?} is English", note.line, note.message));
        }
    }
    // No English sentence of the catalogue anywhere, the policy's texts and the list aside;
    // neither in the report's data nor in the text the CLI prints.
    let mut texts = Vec::new();
    strings(&serde_json::to_value(&translated).unwrap(), &mut texts);
    texts.push(report::to_text(&translated));
    let skip = excepted(&request.policy, &request.list, lang);
    for text in texts {
        let mut text = text;
        // Only texts as long as the shortest fragment can hide one (names, ids and
        // words like "app" cannot, and cutting them out would cut fragments apart).
        for s in &skip {
            if s.chars().count() >= 12 {
                text = text.replace(s.as_str(), "");
            }
        }
        for (msg, fragment) in fragments {
            if text.contains(fragment.as_str()) {
                problems.push(format!("{msg:?}: {fragment:?} in {text:?}"));
            }
        }
    }
    problems.sort();
    problems.dedup();
    problems
}

fn shipped_policies() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in ["pkg-config/policies", "pkg-config/policies/archive"] {
        for entry in std::fs::read_dir(support::root().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") && !path.ends_with("index.json") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// A list that makes every kind of note a reader writes, beside apps the shipped
/// policies name (TikTok by name and by package) and one they do not.
fn list_with_notes() -> String {
    let long = "x".repeat(600);
    format!("TikTok\ncom.zhiliaoapp.musically\nSlack\n{long}\nbad\u{1}line\nCapCut\n")
}

fn contexts() -> Vec<serde_json::Value> {
    vec![
        serde_json::json!({ "device": "phone", "ownership": "company", "services": { "email": true }, "region": "US" }),
        serde_json::json!({ "device": "phone", "platform": "android", "ownership": "company", "services": { "email": true }, "region": "IN" }),
        serde_json::json!({ "device": "computer", "platform": "windows", "ownership": "personal", "services": { "email": false } }),
        serde_json::json!({ "device": "tablet" }),
    ]
}

fn request(policy: &Path, list: &str, context: &serde_json::Value, now: &str) -> CheckRequest {
    CheckRequest {
        policy: std::fs::read_to_string(policy).unwrap(),
        list: list.to_owned(),
        context: serde_json::from_value(context.clone()).unwrap(),
        now: now.to_owned(),
        keep_not_covered: None,
    }
}

#[test]
fn every_case_is_fully_translated() {
    let mut problems = Vec::new();
    for lang in OTHERS {
        let fragments = english_fragments(lang);
        for dir in support::case_dirs() {
            for p in english_in(&support::request(&dir), lang, &fragments) {
                problems.push(format!("{} ({}): {p}", dir.display(), lang.tag()));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_shipped_policy_speaks_the_readers_language() {
    let list = list_with_notes();
    let mut problems = Vec::new();
    let mut notes = 0;
    for lang in OTHERS {
        let fragments = english_fragments(lang);
        for policy in shipped_policies() {
            for context in contexts() {
                for now in [
                    "2020-07-10T13:00:00-04:00",
                    "2020-07-12T09:00:00Z",
                    "2023-06-01T12:00:00Z",
                ] {
                    let request = request(&policy, &list, &context, now);
                    notes += report_of(&request).map_or(0, |r| r.notes.len());
                    for p in english_in(&request, lang, &fragments) {
                        problems.push(format!("{} {context} {now} ({}): {p}", policy.display(), lang.tag()));
                    }
                }
            }
        }
    }
    assert!(notes > 0, "the list made no notes: the test would see none");
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_test_sees_english() {
    // The check itself must be able to fail: an English sentence of the catalogue in
    // a German text is found, the same sentence in German is not.
    let fragments = english_fragments(Lang::De);
    let found = |text: &str| fragments.iter().any(|(_, f)| text.contains(f.as_str()));
    assert!(found(&format!("Entfernen Sie 1 App. {}", Msg::P_PRIVACY.get(Lang::En))));
    assert!(!found(Msg::P_PRIVACY.get(Lang::De)));
}
