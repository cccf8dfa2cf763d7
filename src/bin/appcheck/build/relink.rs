//! Files moved to their published places, with the references between them rewritten:
//! the site's content-hashed names and the npm package's flat layout both come from
//! here, each as a [`Layout`].
//!
//! Files are placed from the Wasm module up, so a name that depends on a file's
//! content depends on everything it leads to: a change anywhere renames every file
//! that leads to it. Only the references a browser resolves against the file itself
//! are rewritten, in these forms, so nothing else is ever touched: in HTML `href="…"`
//! and `src="…"`; in JavaScript `import … from '…'`, `import '…'` and
//! `new URL('…', import.meta.url)`; in CSS `url(…)`.

use std::collections::{BTreeMap, BTreeSet};

use super::tree::{dir_of, join, relative, Files};

/// What kind of file `path` is, for finding its references.
#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    Html,
    Script,
    Style,
    Other,
}

pub fn kind(path: &str) -> Kind {
    match path.rsplit_once('.').map(|(_, ext)| ext) {
        Some("html") => Kind::Html,
        Some("js" | "mjs") => Kind::Script,
        Some("css") => Kind::Style,
        _ => Kind::Other,
    }
}

/// A reference from one file to another, as written at `start..end` of its text
/// (the quoted or bare path, quotes included).
struct Reference {
    start: usize,
    end: usize,
    target: String,
    quote: &'static str,
    /// Written as explicitly relative: `./x` or `../x`.
    dotted: bool,
}

/// Whether the text before `start` (and after `end`) makes the path at `start..end`
/// something the browser resolves against the file itself.
fn resolved_against_file(kind: Kind, text: &str, start: usize, end: usize, quote: &str) -> bool {
    let before = text.get(..start).unwrap_or("").trim_end();
    let after = text.get(end..).unwrap_or("").trim_start();
    match kind {
        Kind::Html => !quote.is_empty() && (before.ends_with("href=") || before.ends_with("src=")),
        Kind::Script => {
            !quote.is_empty()
                && (before.ends_with("from")
                    || before.ends_with("import")
                    || (before.ends_with("new URL(") && after.starts_with(", import.meta.url)")))
        }
        Kind::Style => before.ends_with("url("),
        Kind::Other => false,
    }
}

/// The references in `path` (a text file) to other files among `files`.
fn references(path: &str, text: &str, files: &Files) -> Vec<Reference> {
    let kind = kind(path);
    if kind == Kind::Other {
        return Vec::new();
    }
    let mut found = Vec::new();
    for target in files.keys().filter(|t| t.as_str() != path) {
        let spec = relative(dir_of(path), target);
        // `dotted`: written as explicitly relative (`./x`, `../x`), which must stay so
        // (a module specifier without it would name a package).
        let mut forms = vec![(spec.clone(), spec.starts_with("../"))];
        if !spec.starts_with("../") {
            forms.push((format!("./{spec}"), true));
        }
        for (form, dotted) in forms {
            let quotes: &[&'static str] = if kind == Kind::Style {
                &["'", "\"", ""]
            } else {
                &["'", "\"", "`"]
            };
            for quote in quotes {
                let needle = format!("{quote}{form}{quote}");
                for (start, _) in text.match_indices(&needle) {
                    let end = start + needle.len();
                    // A bare CSS url(…) must end at its closing parenthesis.
                    if quote.is_empty() && !text.get(end..).unwrap_or("").starts_with(')') {
                        continue;
                    }
                    if resolved_against_file(kind, text, start, end, quote) {
                        found.push(Reference {
                            start,
                            end,
                            target: target.clone(),
                            quote,
                            dotted,
                        });
                    }
                }
            }
        }
    }
    found.sort_by_key(|r| r.start);
    found
}

/// Where files go in an output: their folder, and their name given their final bytes.
pub trait Layout {
    /// The folder `path` goes to (known before its content, which refers from there).
    fn dir(&self, path: &str) -> Result<String, String>;
    /// The file name `path` gets, given its final bytes.
    fn name(&self, path: &str, bytes: &[u8]) -> String;
}

/// Files moved to new places, with every reference between them rewritten.
pub struct Relinked {
    /// New path → bytes.
    pub files: Files,
    /// Old path → new path.
    pub names: BTreeMap<String, String>,
    /// New path → the new paths it refers to.
    pub links: BTreeMap<String, BTreeSet<String>>,
}

impl Relinked {
    /// `from` and every file it leads to, by new paths.
    pub fn reachable(&self, from: &str) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut next = vec![from.to_owned()];
        while let Some(path) = next.pop() {
            if seen.insert(path.clone()) {
                next.extend(self.links.get(&path).into_iter().flatten().cloned());
            }
        }
        seen
    }
}

/// Places `roots` and every file they refer to (transitively) by `layout`, rewriting
/// the references between them; a file is placed after the files it refers to, so
/// a name that depends on the content depends on theirs too.
pub fn relink(files: &Files, roots: &[&str], layout: &dyn Layout) -> Result<Relinked, String> {
    let mut done = Relinked {
        files: Files::new(),
        names: BTreeMap::new(),
        links: BTreeMap::new(),
    };
    for root in roots {
        place(root, files, layout, &mut done, &mut Vec::new())?;
    }
    Ok(done)
}

fn place(
    path: &str,
    files: &Files,
    layout: &dyn Layout,
    done: &mut Relinked,
    stack: &mut Vec<String>,
) -> Result<String, String> {
    if let Some(placed) = done.names.get(path) {
        return Ok(placed.clone());
    }
    if stack.iter().any(|p| p == path) {
        return Err(format!(
            "`{}` and `{path}` refer to each other, so neither can be named after its content; \
             break the cycle",
            stack.last().map_or("", String::as_str)
        ));
    }
    let bytes = files
        .get(path)
        .ok_or_else(|| format!("the built page has no `{path}` (make site)"))?;
    let dir = layout.dir(path)?;
    stack.push(path.to_owned());
    let mut links = BTreeSet::new();
    let bytes = if kind(path) == Kind::Other {
        bytes.clone()
    } else {
        let text = std::str::from_utf8(bytes).map_err(|_| format!("`{path}` is not UTF-8 text"))?;
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for reference in references(path, text, files) {
            if reference.start < at {
                continue; // a longer form of the same path was taken already
            }
            let target = place(&reference.target, files, layout, done, stack)?;
            links.insert(target.clone());
            let mut spec = relative(&dir, &target);
            if reference.dotted && !spec.starts_with("../") {
                spec = format!("./{spec}");
            }
            out.push_str(text.get(at..reference.start).unwrap_or(""));
            out.push_str(&format!("{q}{spec}{q}", q = reference.quote));
            at = reference.end;
        }
        out.push_str(text.get(at..).unwrap_or(""));
        out.into_bytes()
    };
    stack.pop();
    let new_path = join(&dir, &layout.name(path, &bytes));
    if let Some((other, _)) = done.names.iter().find(|(_, placed)| **placed == new_path) {
        return Err(format!(
            "`{other}` and `{path}` would both be published as `{new_path}`"
        ));
    }
    done.names.insert(path.to_owned(), new_path.clone());
    done.files.insert(new_path.clone(), bytes);
    done.links.insert(new_path.clone(), links);
    Ok(new_path)
}

#[cfg(test)]
mod tests {
    use super::super::hash::is_hashed;
    use super::super::site::SiteLayout;
    use super::super::tree::{file_name, from_texts as files};
    use super::*;

    #[test]
    fn names_follow_content_from_the_wasm_module_up() {
        let app = files(&[
            ("index.html", r#"<link href="www/style.css"><script type="module" src="www/app.js"></script> www/app.js"#),
            ("www/app.js", "import { a } from './appcheck.js';\nfetch('www/app.js');\n"),
            ("www/appcheck.js", "import init from '../pkg/appcheck.js';\nconst s = new URL('./style.css', import.meta.url);\n// see ../pkg/appcheck.js\n"),
            ("pkg/appcheck.js", "x = new URL('appcheck_bg.wasm', import.meta.url);\ny = './appcheck_bg.wasm';\n"),
            ("pkg/appcheck_bg.wasm", "\0asm"),
            ("www/style.css", "body { background: url(icon.svg) }"),
            ("www/icon.svg", "<svg/>"),
        ]);
        let roots: Vec<&str> = app.keys().map(String::as_str).collect();
        let site = relink(&app, &roots, &SiteLayout).unwrap();
        let name = |p: &str| site.names[p].clone();
        let text = |p: &str| String::from_utf8(site.files[&name(p)].clone()).unwrap();
        let wasm = name("pkg/appcheck_bg.wasm");
        assert!(is_hashed(&wasm) && wasm.starts_with("pkg/appcheck_bg."), "{wasm}");
        let glue = text("pkg/appcheck.js");
        assert!(glue.contains(&format!("new URL('{}', import.meta.url)", file_name(&wasm))));
        assert!(
            glue.contains("y = './appcheck_bg.wasm'"),
            "a plain string is not a reference"
        );
        let api = text("www/appcheck.js");
        assert!(api.contains(&format!("from '../{}'", name("pkg/appcheck.js"))));
        assert!(api.contains("// see ../pkg/appcheck.js"), "comments are left alone");
        assert!(api.contains(&format!(
            "new URL('./{}', import.meta.url)",
            file_name(&name("www/style.css"))
        )));
        assert!(text("www/style.css").contains(&format!("url({})", file_name(&name("www/icon.svg")))));
        let page = text("index.html");
        assert_eq!(name("index.html"), "index.html");
        assert!(page.contains(&format!(r#"src="{}""#, name("www/app.js"))));
        assert!(page.ends_with(" www/app.js"), "text is not a reference");
        assert!(text("www/app.js").contains("fetch('www/app.js')"));
        let reachable = site.reachable("index.html");
        assert_eq!(reachable.len(), 7, "{reachable:?}");

        // One byte more in the Wasm module renames every file that leads to it.
        let mut changed = app.clone();
        changed.insert("pkg/appcheck_bg.wasm".into(), b"\0asm!".to_vec());
        let again = relink(&changed, &roots, &SiteLayout).unwrap();
        for path in [
            "pkg/appcheck_bg.wasm",
            "pkg/appcheck.js",
            "www/appcheck.js",
            "www/app.js",
        ] {
            assert_ne!(again.names[path], site.names[path], "{path}");
        }
        assert_eq!(again.names["www/style.css"], site.names["www/style.css"]);
    }
}
