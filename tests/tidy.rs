//! Checks the architecture invariants that a text search can check (see
//! ARCHITECTURE.md): the core knows nothing of browsers, files, clocks or networks;
//! every module says why it exists.

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The core: everything in `src/` except the browser layer and the CLI.
fn core_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    sources(&src(), &mut files);
    files.retain(|p| !p.ends_with("web.rs") && !p.starts_with(src().join("bin")));
    files.sort();
    files
}

#[test]
fn the_core_knows_no_browser_file_clock_or_network() {
    let forbidden = [
        "wasm_bindgen",
        "web_sys",
        "js_sys",
        "gloo",
        "std::fs",
        "std::net",
        "std::env",
        "SystemTime",
        "Instant",
        "std::io::stdin",
        "println!",
        "eprintln!",
    ];
    let files = core_files();
    assert!(files.len() >= 6, "found only {files:?}");
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for word in forbidden {
                if code.contains(word) {
                    found.push(format!("{}:{}: `{word}`", file.display(), n + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "the core must stay pure:\n{}", found.join("\n"));
}

#[test]
fn only_the_browser_layer_is_compiled_for_wasm_alone() {
    let lib = std::fs::read_to_string(src().join("lib.rs")).unwrap();
    assert!(
        lib.contains("#[cfg(target_arch = \"wasm32\")]\npub mod web;"),
        "web must be wasm32-only"
    );
}

#[test]
fn every_module_opens_with_a_paragraph_saying_why() {
    let mut files = Vec::new();
    sources(&src(), &mut files);
    let missing: Vec<_> = files
        .iter()
        .filter(|f| !std::fs::read_to_string(f).unwrap().starts_with("//!"))
        .collect();
    assert!(missing.is_empty(), "modules without a `//!` opening: {missing:?}");
}

#[test]
fn every_report_case_also_runs_in_the_browser() {
    let web = std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/web.rs")).unwrap();
    // Compare without white space: rustfmt may split a `case!` over lines.
    let web: String = web.split_whitespace().collect();
    let cases = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(cases).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            let name = path.file_name().unwrap().to_str().unwrap().to_owned();
            let case: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(path.join("case.json")).unwrap()).unwrap();
            let policy = case
                .get("policy")
                .and_then(|p| p.as_str())
                .map_or("own_policy".to_owned(), |p| format!("\"{p}\""));
            if !web.contains(&format!("\"{name}\",{policy});")) {
                missing.push(format!("{name} (policy {policy})"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "add to tests/web.rs, with the policy its case.json names: {missing:?}"
    );
}
