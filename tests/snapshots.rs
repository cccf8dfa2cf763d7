//! What the CLI prints, pinned: `--help` of every command, and `lint` on a policy with
//! one of each mistake. `tests/snapshots/<name>.txt` holds each output;
//! `UPDATE_EXPECT=1` rewrites them (review the diff).

#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

const CASES: &[(&str, &[&str])] = &[
    ("help", &["--help"]),
    ("help-check", &["check", "--help"]),
    ("help-validate", &["validate", "--help"]),
    ("help-lint", &["lint", "--help"]),
    ("help-withdraw", &["withdraw", "--help"]),
    ("help-diff", &["diff", "--help"]),
    ("help-new", &["new", "--help"]),
    ("help-build", &["build", "--help"]),
    ("help-preview", &["preview", "--help"]),
    (
        "diff-withdrawal",
        &[
            "diff",
            "pkg-config/policies/archive/retailer-memo-us.v1.json",
            "pkg-config/policies/retailer-memo-us.json",
        ],
    ),
    (
        "diff-next-version",
        &[
            "diff",
            "pkg-config/policies/archive/retailer-memo-us.v1.json",
            "tests/snapshots/memo-next.json",
        ],
    ),
    ("help-keygen", &["keygen", "--help"]),
    ("help-sign", &["sign", "--help"]),
    ("help-verify", &["verify", "--help"]),
    ("help-schema", &["schema", "--help"]),
    ("help-serve", &["serve", "--help"]),
    ("help-completions", &["completions", "--help"]),
    ("help-man", &["man", "--help"]),
    (
        "lint-mistakes",
        &[
            "lint",
            "tests/snapshots/lint-mistakes.json",
            "--previous",
            "pkg-config/policies/bank-tiktok-2020.json",
            "--now",
            "2026-11-21T00:00:00Z",
        ],
    ),
];

#[test]
fn the_cli_prints_what_the_snapshots_say() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut changed = Vec::new();
    for (name, args) in CASES {
        let out = Command::new(env!("CARGO_BIN_EXE_appcheck"))
            .args(*args)
            .current_dir(&root)
            .output()
            .unwrap();
        let mut text = String::from_utf8(out.stdout).unwrap();
        text.push_str(&String::from_utf8(out.stderr).unwrap());
        text.push_str(&format!("[exit {}]\n", out.status.code().unwrap_or(-1)));
        let path = root.join("tests/snapshots").join(format!("{name}.txt"));
        if update {
            std::fs::write(&path, &text).unwrap();
        } else if std::fs::read_to_string(&path).unwrap_or_default() != text {
            changed.push(format!("{name}:\n{text}"));
        }
    }
    assert!(
        changed.is_empty(),
        "changed (UPDATE_EXPECT=1 rewrites):\n{}",
        changed.join("\n")
    );
}
