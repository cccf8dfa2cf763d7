//! Shared by the native test crates: reading a case directory into a check request.
#![allow(dead_code, reason = "each test crate uses its own part of this module")]

use std::path::{Path, PathBuf};

use appcheck::api::CheckRequest;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn case_dirs() -> Vec<PathBuf> {
    zones();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root().join("tests/cases"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// Reads `case.json`, `list.txt` and the policy it names into a request.
pub fn request(dir: &Path) -> CheckRequest {
    let case: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("case.json")).unwrap()).unwrap();
    let policy_path = match case.get("policy").and_then(|p| p.as_str()) {
        Some(name) => root().join("pkg-config/policies").join(format!("{name}.json")),
        None => dir.join("policy.json"),
    };
    CheckRequest {
        policy: std::fs::read_to_string(policy_path).unwrap(),
        list: std::fs::read_to_string(dir.join("list.txt")).unwrap(),
        context: serde_json::from_value(case.get("context").cloned().unwrap_or_default()).unwrap(),
        now: case["now"].as_str().unwrap().to_owned(),
        keep_not_covered: case.get("keepNotCovered").and_then(|k| k.as_u64()).map(|k| k as usize),
    }
}

/// Unicode compatibility normalisation, as the CLI does it.
pub fn nfkc(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfkc().collect()
}

/// Gives the core the CLI's time-zone rules (the IANA database), as the CLI does.
pub fn zones() {
    appcheck::policy::set_zone_rules(zone_offset);
}

fn zone_offset(zone: &str, at: chrono::DateTime<chrono::Utc>) -> Option<chrono::FixedOffset> {
    use chrono::Offset;
    let zone: chrono_tz::Tz = zone.parse().ok()?;
    Some(at.with_timezone(&zone).offset().fix())
}

/// Starts the real `appcheck` binary in the repository, its standard streams piped.
pub fn spawn(args: &[&str]) -> std::process::Child {
    use std::process::{Command, Stdio};
    let Some(binary) = option_env!("CARGO_BIN_EXE_appcheck") else {
        panic!("the CLI is built with the `cli` feature only");
    };
    Command::new(binary)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Runs the real `appcheck` binary in the repository with `stdin` written to it (the
/// binary may exit before reading: a broken pipe is not a failure here).
pub fn appcheck(args: &[&str], stdin: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = spawn(args);
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

/// A command's output as text.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}
