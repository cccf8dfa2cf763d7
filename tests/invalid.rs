//! Malformed policies and indexes, each with the exact message an author sees.
//!
//! `tests/invalid/<name>.json` is loaded (as an index when the name starts with
//! `index-`); `tests/invalid/<name>.err` holds the expected error as `appcheck
//! validate` prints it. `UPDATE_EXPECT=1` writes the `.err` files; review them: each
//! must say what is wrong, where, and what to do.

#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use appcheck::policy::{load_index, load_policy};

#[test]
fn every_malformed_file_is_refused_with_its_exact_message() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/invalid");
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 30,
        "expected at least 30 malformed files, found {}",
        files.len()
    );
    let mut failures = Vec::new();
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        let name = file.file_stem().unwrap().to_str().unwrap().to_owned();
        let result = if name.starts_with("index-") {
            load_index(&bytes).map(|_| ())
        } else {
            load_policy(&bytes).map(|_| ())
        };
        let Err(error) = result else {
            failures.push(format!("{name}: loaded, but must be refused"));
            continue;
        };
        let actual = format!("{error}\n");
        assert!(!error.help.is_empty() && !error.message.is_empty(), "{name}: {actual}");
        let expected_path = file.with_extension("err");
        if update {
            std::fs::write(&expected_path, &actual).unwrap();
        } else if std::fs::read_to_string(&expected_path).unwrap_or_default() != actual {
            failures.push(format!("{name}: got\n{actual}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_oversized_policy_is_refused_before_parsing() {
    let mut bytes = b"{\"schema\": 1, \"summary\": \"".to_vec();
    bytes.resize(appcheck::policy::MAX_POLICY_BYTES + 10, b'a');
    let error = load_policy(&bytes).unwrap_err();
    assert!(error.message.contains("more than the 4194304 bytes"), "{error}");
}
