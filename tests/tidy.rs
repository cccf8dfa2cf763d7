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
    files.retain(|p| !p.starts_with(src().join("web")) && !p.starts_with(src().join("bin")));
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
            let listed = web.contains(&format!("\"{name}\",{policy});"))
                || web.contains(&format!("\"{name}\",{policy},known_failure);"));
            if !listed {
                missing.push(format!("{name} (policy {policy})"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "add to tests/web.rs, with the policy its case.json names: {missing:?}"
    );
}

/// The crate's floors, bottom up, as ARCHITECTURE.md names them: a module may use the
/// modules on its own floor and below, never above.
const FLOORS: &[&[&str]] = &[
    &[
        "text",
        "json",
        "small_sort",
        "strict",
        "i18n",
        "diagnostic",
        "case",
        "latin",
        "unit_enum",
    ],
    &["list"],
    &["policy"],
    &["recognise", "sweep"],
    &["report"],
    &["evaluate"],
    &["api", "diff", "fleet", "impact", "lint", "noscript", "site", "trust"],
    &["open", "typescript"],
    &["web"],
];

/// The top-level module a source file belongs to (`src/list/tree.rs` → `list`).
fn module_of(file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src()).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    Some(first.trim_end_matches(".rs").to_owned())
}

/// Which crate modules each module uses (`use crate::x`, `crate::x::…`), outside comments.
fn uses() -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let mut files = Vec::new();
    sources(&src(), &mut files);
    let mut graph: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> = Default::default();
    for file in files {
        if file.starts_with(src().join("bin")) {
            continue;
        }
        let Some(module) = module_of(&file).filter(|m| m != "lib") else {
            continue;
        };
        let text = std::fs::read_to_string(&file).unwrap();
        let entry = graph.entry(module.clone()).or_default();
        for line in text.lines() {
            let code = line.split("//").next().unwrap_or("");
            let mut rest = code;
            while let Some(at) = rest.find("crate::") {
                rest = &rest[at + "crate::".len()..];
                let used: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if !used.is_empty() && used != module {
                    entry.insert(used);
                }
            }
            // `use crate::{a, b}` lists several.
            if let Some(group) = code.split("use crate::{").nth(1) {
                for used in group
                    .split([',', '}'])
                    .map(|u| u.trim().split("::").next().unwrap_or(""))
                {
                    if !used.is_empty() && used != module {
                        entry.insert(used.to_owned());
                    }
                }
            }
        }
    }
    graph
}

#[test]
fn no_module_uses_a_floor_above_its_own_and_there_is_no_circle() {
    let floor = |m: &str| FLOORS.iter().position(|f| f.contains(&m));
    let graph = uses();
    let mut wrong = Vec::new();
    for (module, used) in &graph {
        let Some(own) = floor(module) else {
            wrong.push(format!(
                "`{module}` is on no floor: add it to FLOORS and to ARCHITECTURE.md"
            ));
            continue;
        };
        for u in used {
            match floor(u) {
                Some(f) if f > own => wrong.push(format!("`{module}` (floor {own}) uses `{u}` (floor {f}), above it")),
                Some(_) => {}
                None => wrong.push(format!("`{module}` uses `{u}`, which is on no floor")),
            }
        }
    }
    // No circle, within a floor either: depth-first, a module met again on the path is one.
    fn visit<'a>(
        m: &'a str,
        graph: &'a std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut std::collections::BTreeSet<&'a str>,
        wrong: &mut Vec<String>,
    ) {
        if let Some(at) = path.iter().position(|p| *p == m) {
            wrong.push(format!("a circle: {} → {m}", path[at..].join(" → ")));
            return;
        }
        if !done.insert(m) {
            return;
        }
        path.push(m);
        for next in graph.get(m).into_iter().flatten() {
            visit(next, graph, path, done, wrong);
        }
        path.pop();
    }
    let mut done = std::collections::BTreeSet::new();
    for module in graph.keys() {
        visit(module, &graph, &mut Vec::new(), &mut done, &mut wrong);
    }
    assert!(graph.len() >= 10, "found only {:?}", graph.keys());
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Listeners belong to the drawing that made them (`own` in `src/web/mod.rs`), dropped when
/// the widget is drawn again; `.forget()` only for what lives as long as the page, with
/// a comment saying so right above.
#[test]
fn the_browser_layer_forgets_only_page_lifetime_listeners() {
    let mut files = Vec::new();
    sources(&src().join("web"), &mut files);
    assert!(!files.is_empty());
    let mut unexplained = Vec::new();
    for file in files {
        let web = std::fs::read_to_string(&file).unwrap();
        let lines: Vec<&str> = web.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if line.contains(".forget()") && !line.trim_start().starts_with("//") {
                // The comment sits above the statement the `.forget()` ends (within 40 lines).
                let above = &lines[i.saturating_sub(40)..i];
                if !above.iter().any(|l| l.contains("Page-lifetime")) {
                    unexplained.push(format!("{}:{}", file.display(), i + 1));
                }
            }
        }
    }
    assert!(
        unexplained.is_empty(),
        "a listener forgotten without a `// Page-lifetime: …` comment: {unexplained:?}"
    );
}

/// `Intl` throws a `RangeError` for a language tag it refuses (`fr_FR`, `de-!!`), and an
/// exception thrown through js-sys's `Intl` bindings escapes the drawing: the page stopped
/// after its title (issue 18). Every `Intl` call goes through `web/intl.rs`'s catching
/// helper instead.
#[test]
fn the_browser_layer_calls_intl_only_through_its_catching_helper() {
    let mut files = Vec::new();
    sources(&src().join("web"), &mut files);
    let direct: Vec<String> = files
        .iter()
        .filter(|file| std::fs::read_to_string(file).unwrap().contains("js_sys::Intl"))
        .map(|file| file.display().to_string())
        .collect();
    assert!(
        direct.is_empty(),
        "`js_sys::Intl` called directly in {direct:?}: use `intl_format`"
    );
}
