//! Opening a published policy (`appcheck::open`), case by case, as data: each case in
//! `tests/open/cases.json` is a small world — an index link, a policy file, a
//! signature file, the site's trusted keys, what the shell's Ed25519 said, the versions
//! seen — and `tests/open/expected.json` holds what opening it gives. The page, `appcheck
//! build` and `appcheck verify` all take this road. A refusal that comes from reading
//! a file (the signature, the policy, trust.json, the index) or from the versions seen
//! is a diagnostic: it has a help, and its place (the file, a JSON pointer, the line and
//! column) where there is one. `UPDATE_EXPECT=1` rewrites the expected file.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeMap;

use appcheck::diagnostic::Diagnostic;
use appcheck::open::{locate, Opening, Refusal};
use appcheck::policy::load_index;
use appcheck::trust::{load_trust, SeenVersions, Verification};
use serde_json::{json, Value};

const KEY: &str = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
/// A trusted key's public key, by its id: `it-2020` is the real test key, every other
/// id its own made-up bytes (the fake world never does the Ed25519 arithmetic), so two
/// sites' keys differ unless a world says one is `same_as` another.
fn public_key(id: &str) -> String {
    if id == "it-2020" {
        KEY.to_owned()
    } else {
        hex::encode(id.bytes().cycle().take(32).collect::<Vec<u8>>())
    }
}

/// The world's trust.json: its text, or `{"keys": [id, {"id": id, "same_as": other}, …],
/// "allow_unsigned": bool, "threshold": n}`.
fn trust(spec: &Value) -> Result<appcheck::trust::Trust, Diagnostic> {
    if let Some(text) = spec.as_str() {
        return load_trust(text.as_bytes());
    }
    let listed = spec["keys"].as_array().cloned().unwrap_or_default();
    let keys: Vec<Value> = listed
        .iter()
        .map(|k| match k.get("same_as") {
            Some(other) => json!({"id": k["id"], "public_key": public_key(other.as_str().unwrap())}),
            None => json!({"id": k, "public_key": public_key(k.as_str().unwrap())}),
        })
        .collect();
    let mut text =
        json!({"schema": 1, "allow_unsigned": spec["allow_unsigned"].as_bool().unwrap_or(false), "keys": keys});
    if let Some(threshold) = spec.get("threshold") {
        text["publish"] = json!({ "threshold": threshold });
    }
    load_trust(text.to_string().as_bytes())
}

/// The signature file of `"signatures": [{"key": id, "valid": bool}, …]`: several
/// signatures in one file, each with its own bytes (the `i`-th is `i + 1` repeated).
fn signatures_file(list: &[Value]) -> Vec<u8> {
    let signatures: Vec<Value> = list
        .iter()
        .enumerate()
        .map(|(i, s)| json!({"algorithm": "ed25519", "key": s["key"], "signature": signature_hex(i)}))
        .collect();
    json!({"schema": 1, "signatures": signatures}).to_string().into_bytes()
}

fn signature_hex(i: usize) -> String {
    format!("{:02x}", i + 1).repeat(64)
}

/// Opens the world `case` (after the world its `after` names, in the same browser: the
/// record of versions seen carries over).
fn run(case: &Value, cases: &[Value]) -> Value {
    let policies = support::root().join("pkg-config/policies");
    // The world's index: the shipped one, or the case's own text.
    let index = match case["index_text"].as_str() {
        Some(text) => load_index(text.as_bytes()),
        None => Ok(load_index(&std::fs::read(policies.join("index.json")).unwrap()).unwrap()),
    };
    let index = match index {
        Ok(index) => index,
        Err(e) => return not_read("index_not_read", &e),
    };
    // A link picks the file through the index; otherwise the case names the file.
    let (expected_id, bytes) = if let Some(link) = case.get("link") {
        let entry = match locate(&index, link.as_str()) {
            Ok(entry) => entry,
            Err(refusal) => return refused(&refusal),
        };
        (
            Some(entry.id.clone()),
            std::fs::read(policies.join(&entry.file)).unwrap(),
        )
    } else if let Some(text) = case["policy_text"].as_str() {
        (None, text.as_bytes().to_vec())
    } else {
        let file = case["policy"].as_str().unwrap();
        let id = case["id"]
            .as_str()
            .map_or_else(|| file.trim_end_matches(".json").to_owned(), str::to_owned);
        let mut text = std::fs::read_to_string(policies.join(file)).unwrap();
        // A shipped policy with one change, e.g. its status: `"replace": [from, to]`.
        if let Some([from, to]) = case["replace"].as_array().map(Vec::as_slice) {
            let (from, to) = (from.as_str().unwrap(), to.as_str().unwrap());
            assert!(text.contains(from), "{from}");
            text = text.replacen(from, to, 1);
        }
        (Some(id), text.into_bytes())
    };
    // Another version of the same file (`set_version`), as a site could publish it.
    let bytes = match case["set_version"].as_u64() {
        Some(version) => {
            let mut policy: Value = serde_json::from_slice(&bytes).unwrap();
            policy["version"] = version.into();
            serde_json::to_vec_pretty(&policy).unwrap()
        }
        None => bytes,
    };
    let signature = match (&case["signature"], case["signature_text"].as_str()) {
        (Value::Array(list), _) => Some(signatures_file(list)),
        (Value::Object(sig), _) => Some(
            json!({"schema": 1, "algorithm": "ed25519", "key": sig["key"], "signature": "00".repeat(64)})
                .to_string()
                .into_bytes(),
        ),
        (_, Some(text)) => Some(text.as_bytes().to_vec()),
        _ => None,
    };
    let trust = match trust(&case["trust"]) {
        Ok(trust) => trust,
        Err(e) => return not_read("trust_not_read", &e),
    };
    // The record this browser stored in the worlds opened before (`after`), if any.
    let before = case["after"].as_str().map(|name| {
        let earlier = cases
            .iter()
            .find(|c| c["name"] == name)
            .unwrap_or_else(|| panic!("no world `{name}`"));
        run(earlier, cases)["seen"].clone()
    });
    // Where the policy is read from: the case's `place`, else the site's own folder.
    let place = case["place"]
        .as_str()
        .unwrap_or("https://intranet.example/it/appcheck/policies/");
    let seen = SeenVersions::read(&before.unwrap_or(json!({})).to_string(), place);
    let opening = Opening::new(expected_id.as_deref(), &bytes, signature.as_deref(), &trust);
    // The fake world's Ed25519: what the case says of each signature (`"valid"` in a
    // list's entry, else the case's), asked only of what there is to verify.
    let candidates = opening.to_verify();
    let asked: Vec<String> = candidates.iter().map(|c| c.key.clone()).collect();
    let entry_valid = |c: &appcheck::trust::Candidate| match &case["signature"] {
        Value::Array(list) => list
            .iter()
            .enumerate()
            .find(|(i, _)| hex::encode(c.signature) == signature_hex(*i))
            .is_some_and(|(_, entry)| entry["valid"].as_bool().unwrap_or(true)),
        _ => case["valid"].as_bool().unwrap_or(false),
    };
    let valid: Vec<_> = candidates.into_iter().filter(entry_valid).collect();
    // The worlds are seen in mid-2024 (a case may say `now`).
    let now = chrono::DateTime::parse_from_rfc3339(case["now"].as_str().unwrap_or("2024-06-01T00:00:00Z"))
        .unwrap()
        .to_utc();
    match opening.finish(&valid, &seen, now) {
        Ok(opened) => json!({
            "opened": opened.policy.id,
            "version": opened.policy.version,
            "verification": match opened.verification {
                Verification::Verified { keys } => format!("verified with {}", appcheck::trust::names(&keys)),
                Verification::Unsigned => "unsigned".to_owned(),
                Verification::Refused { reason } => format!("refused?! {reason}"),
            },
            "verified_with": asked,
            "seen": opened.seen.record,
        }),
        Err(refusal) => refused(&refusal),
    }
}

fn refused(refusal: &Refusal) -> Value {
    let kind = match refusal {
        Refusal::Unknown { .. } => "unknown",
        Refusal::NotVerified { .. } => "not_verified",
        Refusal::NotApproved { .. } => "not_approved",
        Refusal::NotRead(_) => "not_read",
        Refusal::Mismatch { .. } => "mismatch",
        Refusal::Rollback { .. } => "rollback",
    };
    let mut out = json!({"refused": kind, "message": refusal.to_string()});
    if let Some(diagnostic) = refusal.diagnostic() {
        out["place"] = place(diagnostic);
    }
    out
}

/// A file of the world that could not be read, before anything was opened.
fn not_read(kind: &str, diagnostic: &Diagnostic) -> Value {
    json!({"refused": kind, "message": diagnostic.to_string(), "place": place(diagnostic)})
}

/// Where a diagnostic points; every one says what to do.
fn place(diagnostic: &Diagnostic) -> Value {
    assert!(
        !diagnostic.message.is_empty() && !diagnostic.help.is_empty(),
        "{diagnostic}"
    );
    json!({
        "document": diagnostic.document,
        "pointer": diagnostic.pointer,
        "line": diagnostic.line,
        "column": diagnostic.column,
    })
}

#[test]
fn every_world_opens_as_expected() {
    let dir = support::root().join("tests/open");
    let cases: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(dir.join("cases.json")).unwrap()).unwrap();
    assert!(cases.len() >= 12);
    let actual: BTreeMap<String, Value> = cases
        .iter()
        .map(|case| {
            let name = case["name"].as_str().unwrap();
            let outcome = run(case, &cases);
            // A case may say its decision outright, so that no rewrite of the expected
            // file can turn a refusal into an opening unnoticed.
            if let Some(decision) = case.get("decision").and_then(Value::as_str) {
                let got = outcome["refused"].as_str().unwrap_or("opened");
                assert_eq!(got, decision, "{name}: {outcome:#}");
            }
            (name.to_owned(), outcome)
        })
        .collect();
    let text = serde_json::to_string_pretty(&actual).unwrap() + "\n";
    let path = dir.join("expected.json");
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(&path).unwrap_or_default(),
        text,
        "UPDATE_EXPECT=1 rewrites it; review the diff"
    );
}
