//! The forms the built page ships in, made from the app folder (`make site` builds it
//! in `target/app`): the site's files under content-hashed names, the single
//! self-contained HTML file, and the npm package.
//!
//! Content-hashed names: every script, stylesheet, image and the Wasm module is
//! published as `name.<hash>.ext`, the hash being the first 10 hex digits of the
//! SHA-256 of its final bytes (after its own references were renamed). SHA-256 is
//! not needed for cache-busting (any hash would do), but the build needs it anyway
//! for the single file's Content-Security-Policy, so one hash serves both; 40 bits
//! make a collision between two versions of one file vanishingly unlikely. Files are
//! renamed from the Wasm module up, so a change anywhere renames every file that
//! leads to it. Only the references a browser resolves against the file itself are
//! rewritten, in these forms, so nothing else is ever touched: in HTML `href="…"`
//! and `src="…"`; in JavaScript `import … from '…'`, `import '…'` and
//! `new URL('…', import.meta.url)`; in CSS `url(…)`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use base64ct::{Base64, Encoding};
use sha2::{Digest, Sha256};

/// Files by their path relative to a folder, with `/` separators.
pub type Files = BTreeMap<String, Vec<u8>>;

/// Reads every file under `dir`.
pub fn read_tree(dir: &Path) -> Result<Files, String> {
    fn walk(dir: &Path, prefix: &str, files: &mut Files) -> Result<(), String> {
        let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read `{}`: {e}", dir.display()))?;
        let mut entries: Vec<_> = entries
            .collect::<Result<_, _>>()
            .map_err(|e| format!("cannot read `{}`: {e}", dir.display()))?;
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = entry.path();
            let relative = format!("{prefix}{name}");
            if path.is_dir() {
                walk(&path, &format!("{relative}/"), files)?;
            } else {
                let bytes = std::fs::read(&path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
                files.insert(relative, bytes);
            }
        }
        Ok(())
    }
    let mut files = Files::new();
    walk(dir, "", &mut files)?;
    Ok(files)
}

/// Writes `files` under `dir`, making folders as needed.
pub fn write_tree(dir: &Path, files: &Files) -> Result<(), String> {
    for (path, bytes) in files {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("cannot create `{}`: {e}", parent.display()))?;
        }
        std::fs::write(&target, bytes).map_err(|e| format!("cannot write `{}`: {e}", target.display()))?;
    }
    Ok(())
}

pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// The first 10 hex digits of the SHA-256 of `bytes`: the hash in a file's name.
pub fn content_hash(bytes: &[u8]) -> String {
    hex::encode(sha256(bytes)).chars().take(10).collect()
}

pub fn base64(bytes: &[u8]) -> String {
    Base64::encode_string(bytes)
}

fn dir_of(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(dir, _)| dir)
}

fn file_name(path: &str) -> &str {
    path.rsplit_once('/').map_or(path, |(_, name)| name)
}

fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_owned()
    } else {
        format!("{dir}/{name}")
    }
}

/// The path from the folder `from_dir` to the file `to`, both relative to one root.
fn relative(from_dir: &str, to: &str) -> String {
    let from: Vec<&str> = from_dir.split('/').filter(|s| !s.is_empty()).collect();
    let to: Vec<&str> = to.split('/').collect();
    let to_dir = to.len().saturating_sub(1);
    let common = from
        .iter()
        .zip(to.iter().take(to_dir))
        .take_while(|(a, b)| a == b)
        .count();
    let mut out = "../".repeat(from.len() - common);
    out.push_str(&to.iter().skip(common).copied().collect::<Vec<_>>().join("/"));
    out
}

/// What kind of file `path` is, for finding its references.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Html,
    Script,
    Style,
    Other,
}

fn kind(path: &str) -> Kind {
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

/// The static site's layout: scripts, stylesheets, images and the Wasm module under
/// content-hashed names; pages and the entry points other pages name keep theirs.
pub struct SiteLayout;

/// The service worker's source; it is published at the site's root, beside the page,
/// so that its scope covers the page wherever the site is served.
pub const SERVICE_WORKER: &str = "www/sw.js";

/// Files that keep their names: what other pages and the browser ask for by name.
/// (`www/appcheck.js`, the JS API, is hashed like the rest; a stable file of that name
/// re-exports it, see [`stable_aliases`].)
const STABLE: &[&str] = &[SERVICE_WORKER, "www/app-check.js"];

/// The single file's bootstrap, which the site does not publish.
pub const SINGLE_FILE_BOOTSTRAP: &str = "www/single-file.js";

/// Modules that other pages import by a stable name: published hashed, and under the
/// stable name as a one-line re-export of the hashed file.
pub const STABLE_ALIASES: &[&str] = &["www/appcheck.js"];

impl Layout for SiteLayout {
    fn dir(&self, path: &str) -> Result<String, String> {
        Ok(if path == SERVICE_WORKER {
            String::new()
        } else {
            dir_of(path).to_owned()
        })
    }

    fn name(&self, path: &str, bytes: &[u8]) -> String {
        let name = file_name(path);
        if kind(path) == Kind::Html || STABLE.contains(&path) {
            return name.to_owned();
        }
        match name.rsplit_once('.') {
            Some((stem, ext)) => format!("{stem}.{}.{ext}", content_hash(bytes)),
            None => format!("{name}.{}", content_hash(bytes)),
        }
    }
}

/// Whether a published name carries a content hash (`name.0123456789.ext`).
pub fn is_hashed(path: &str) -> bool {
    let mut parts = file_name(path).rsplit('.');
    let (_ext, hash) = (parts.next(), parts.next());
    parts.next().is_some() && hash.is_some_and(|h| h.len() == 10 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The stable re-exports of [`STABLE_ALIASES`], for the hashed names in `names`.
pub fn stable_aliases(names: &BTreeMap<String, String>) -> Files {
    let mut out = Files::new();
    for alias in STABLE_ALIASES {
        if let Some(hashed) = names.get(*alias) {
            let text = format!(
                "// A stable name for pages that import the widget's JS API (www/appcheck.js);\n\
                 // the code is in the content-hashed file, which browsers may cache for good.\n\
                 export * from './{}';\n",
                relative(dir_of(alias), hashed)
            );
            out.insert((*alias).to_owned(), text.into_bytes());
        }
    }
    out
}

/// The npm package's layout: flat, with fixed names.
pub struct NpmLayout;

/// Where the package's files come from in the built page.
pub const NPM_FILES: &[(&str, &str)] = &[
    ("www/appcheck.js", "appcheck.js"),
    ("www/app-check.js", "app-check.js"),
    ("www/worker.js", "worker.js"),
    ("pkg/appcheck.js", "appcheck_glue.js"),
    ("pkg/appcheck_bg.wasm", "appcheck_bg.wasm"),
    ("www/style.css", "style.css"),
];

impl Layout for NpmLayout {
    fn dir(&self, path: &str) -> Result<String, String> {
        if NPM_FILES.iter().any(|(from, _)| *from == path) {
            Ok(String::new())
        } else {
            Err(format!(
                "the npm package has no place for `{path}`, which its modules refer to; \
                 add it to NPM_FILES in src/bin/appcheck/dist.rs"
            ))
        }
    }

    fn name(&self, path: &str, _bytes: &[u8]) -> String {
        NPM_FILES
            .iter()
            .find(|(from, _)| *from == path)
            .map_or_else(|| file_name(path).to_owned(), |(_, to)| (*to).to_owned())
    }
}

// --- one inline module from several ---------------------------------------------

/// An `import` statement of one line: the names it binds (`local`, `exported`) and
/// the module it names.
struct Import {
    bindings: Vec<(String, String)>,
    namespace: Option<String>,
    from: String,
}

fn parse_names(list: &str, import: bool) -> Result<Vec<(String, String)>, String> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|item| {
            let (outer, inner) = match item.split_once(" as ") {
                Some((a, b)) => (a.trim(), b.trim()),
                None => (item, item),
            };
            // import { a as b }: local b, exported a; export { a as b }: local a, exported b.
            let (local, exported) = if import { (inner, outer) } else { (outer, inner) };
            if local.is_empty() || exported.is_empty() || local.contains(char::is_whitespace) {
                return Err(format!("`{item}` is not a name this build understands"));
            }
            Ok((local.to_owned(), exported.to_owned()))
        })
        .collect()
}

fn quoted(s: &str) -> Option<&str> {
    let s = s.trim().trim_end_matches(';').trim_end();
    ['\'', '"']
        .into_iter()
        .find_map(|q| s.strip_prefix(q).and_then(|rest| rest.strip_suffix(q)))
}

fn parse_import(line: &str) -> Result<Import, String> {
    let rest = line.strip_prefix("import").unwrap_or("").trim();
    if let Some(from) = quoted(rest) {
        return Ok(Import {
            bindings: Vec::new(),
            namespace: None,
            from: from.to_owned(),
        });
    }
    let (clause, from) = rest
        .rsplit_once(" from ")
        .ok_or("write each import on one line, as `import … from '…';`")?;
    let from = quoted(from).ok_or("the module must be a quoted path")?.to_owned();
    let clause = clause.trim();
    if let Some(ns) = clause.strip_prefix("* as ") {
        return Ok(Import {
            bindings: Vec::new(),
            namespace: Some(ns.trim().to_owned()),
            from,
        });
    }
    let (default, named) = match clause.split_once('{') {
        Some((default, named)) => (
            default.trim().trim_end_matches(',').trim(),
            named.strip_suffix('}').ok_or("an import list must end with `}`")?,
        ),
        None => (clause, ""),
    };
    let mut bindings = parse_names(named, true)?;
    if !default.is_empty() {
        bindings.insert(0, (default.to_owned(), "default".to_owned()));
    }
    Ok(Import {
        bindings,
        namespace: None,
        from,
    })
}

/// A module with its import and export statements taken out.
struct Module {
    body: String,
    imports: Vec<Import>,
    /// (local name, exported name)
    exports: Vec<(String, String)>,
}

/// Takes a module's `import` and `export` statements out, understanding only the
/// one-line forms appcheck's modules and wasm-bindgen's glue use; anything else is
/// refused with the line, so the single file never runs a misread module.
fn split_module(path: &str, text: &str) -> Result<Module, String> {
    let mut module = Module {
        body: String::with_capacity(text.len()),
        imports: Vec::new(),
        exports: Vec::new(),
    };
    for (number, line) in text.lines().enumerate() {
        let at = |e: String| format!("{path}:{}: {e}: `{line}`", number + 1);
        if line.starts_with("import ") || line.starts_with("import{") {
            module.imports.push(parse_import(line).map_err(at)?);
            module.body.push('\n'); // keep line numbers
            continue;
        }
        if let Some(rest) = line.strip_prefix("export ") {
            let rest = rest.trim_start();
            if let Some(list) = rest.strip_prefix('{') {
                let list = list
                    .trim_end()
                    .trim_end_matches(';')
                    .strip_suffix('}')
                    .ok_or_else(|| at("write an export list on one line".to_owned()))?;
                if list.contains(" from ") {
                    return Err(at("re-exports are not supported".to_owned()));
                }
                module.exports.extend(parse_names(list, false).map_err(at)?);
                module.body.push('\n');
                continue;
            }
            let declared = [
                "async function* ",
                "async function ",
                "function* ",
                "function ",
                "class ",
                "const ",
                "let ",
                "var ",
            ]
            .iter()
            .find_map(|keyword| rest.strip_prefix(keyword));
            let Some(declared) = declared else {
                return Err(at(
                    "this build joins only `export function|class|const|let|var …` and `export { … }`".to_owned(),
                ));
            };
            let name: String = declared
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$')
                .collect();
            if name.is_empty() {
                return Err(at("a destructuring export is not supported".to_owned()));
            }
            module.exports.push((name.clone(), name));
            module.body.push_str(rest);
            module.body.push('\n');
            continue;
        }
        if line.starts_with("export{") || line.contains("import(") {
            return Err(at("not a form this build can join".to_owned()));
        }
        module.body.push_str(line);
        module.body.push('\n');
    }
    Ok(module)
}

/// Resolves a relative module path against the module that names it.
fn resolve(from: &str, spec: &str) -> Result<String, String> {
    if !(spec.starts_with("./") || spec.starts_with("../")) {
        return Err(format!("`{from}` imports `{spec}`; only relative paths can be joined"));
    }
    let mut parts: Vec<&str> = dir_of(from).split('/').filter(|s| !s.is_empty()).collect();
    for part in spec.split('/') {
        match part {
            "." => {}
            ".." => {
                parts
                    .pop()
                    .ok_or_else(|| format!("`{from}` imports `{spec}`, outside the page"))?;
            }
            part => parts.push(part),
        }
    }
    Ok(parts.join("/"))
}

/// Joins the module `entry` and every module it imports into the text of one inline
/// module script: each imported module runs once, in import order, inside its own
/// function (so their names never meet), and hands its exports on as an object.
pub fn join_modules(files: &Files, entry: &str) -> Result<String, String> {
    fn visit(
        path: &str,
        files: &Files,
        order: &mut Vec<(String, Module)>,
        stack: &mut Vec<String>,
    ) -> Result<(), String> {
        if order.iter().any(|(p, _)| p == path) {
            return Ok(());
        }
        if stack.iter().any(|p| p == path) {
            return Err(format!("`{path}` imports itself through other modules"));
        }
        let bytes = files
            .get(path)
            .ok_or_else(|| format!("the built page has no `{path}` (make site)"))?;
        let text = std::str::from_utf8(bytes).map_err(|_| format!("`{path}` is not UTF-8 text"))?;
        let module = split_module(path, &text.replace("\r\n", "\n"))?;
        stack.push(path.to_owned());
        for import in &module.imports {
            visit(&resolve(path, &import.from)?, files, order, stack)?;
        }
        stack.pop();
        order.push((path.to_owned(), module));
        Ok(())
    }
    let mut order = Vec::new();
    visit(entry, files, &mut order, &mut Vec::new())?;
    let variable = |i: usize| format!("__appcheck_module_{i}");
    let mut out = String::new();
    let count = order.len();
    for (i, (path, module)) in order.iter().enumerate() {
        let mut head = String::new();
        for import in &module.imports {
            let target = resolve(path, &import.from)?;
            let source = order
                .iter()
                .position(|(p, _)| *p == target)
                .map(variable)
                .ok_or_else(|| format!("`{target}` was not joined"))?;
            if let Some(ns) = &import.namespace {
                head.push_str(&format!("const {ns} = {source}; "));
            }
            if !import.bindings.is_empty() {
                let names: Vec<String> = import
                    .bindings
                    .iter()
                    .map(|(local, exported)| {
                        if local == exported {
                            local.clone()
                        } else {
                            format!("{exported}: {local}")
                        }
                    })
                    .collect();
                head.push_str(&format!("const {{ {} }} = {source}; ", names.join(", ")));
            }
        }
        out.push_str(&format!("// {path}\n"));
        if i + 1 == count {
            // The entry runs at the top level, so its top-level await waits for the page.
            out.push_str(&format!("{{ {head}\n{}}}\n", module.body));
        } else {
            let exports: Vec<String> = module
                .exports
                .iter()
                .map(|(local, exported)| format!("{exported}: {local}"))
                .collect();
            out.push_str(&format!(
                "const {} = await (async () => {{ {head}\n{}return {{ {} }};\n}})();\n",
                variable(i),
                module.body,
                exports.join(", ")
            ));
        }
    }
    Ok(out)
}

// --- HTML, just enough to rewrite the page's head ---------------------------------

/// A tag found in a page: where it starts and ends, and its attributes.
pub struct Tag {
    pub start: usize,
    pub end: usize,
    pub attributes: BTreeMap<String, String>,
}

/// The tags named `name` in `html`, with their attributes (double-quoted, single-
/// quoted or bare values; names lower-cased).
pub fn tags(html: &str, name: &str) -> Vec<Tag> {
    let open = format!("<{name}");
    let mut found = Vec::new();
    let lower = html.to_ascii_lowercase();
    let mut from = 0;
    while let Some(offset) = lower.get(from..).and_then(|rest| rest.find(&open)) {
        let start = from + offset;
        let after = start + open.len();
        from = after;
        if !lower
            .get(after..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| c.is_ascii_whitespace() || c == '>' || c == '/')
        {
            continue;
        }
        let Some(close) = html.get(after..).and_then(|rest| rest.find('>')) else {
            break;
        };
        let end = after + close + 1;
        let inside = html.get(after..after + close).unwrap_or("").trim_end_matches('/');
        found.push(Tag {
            start,
            end,
            attributes: attributes(inside),
        });
        from = end;
    }
    found
}

fn attributes(mut s: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    loop {
        s = s.trim_start();
        let name_end = s.find(|c: char| c.is_ascii_whitespace() || c == '=').unwrap_or(s.len());
        if name_end == 0 {
            break;
        }
        let name = s.get(..name_end).unwrap_or("").to_ascii_lowercase();
        s = s.get(name_end..).unwrap_or("").trim_start();
        let value = if let Some(rest) = s.strip_prefix('=') {
            let rest = rest.trim_start();
            let (value, remaining) = match rest.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let inner = rest.get(1..).unwrap_or("");
                    let close = inner.find(q).unwrap_or(inner.len());
                    (inner.get(..close).unwrap_or(""), inner.get(close + 1..).unwrap_or(""))
                }
                _ => {
                    let close = rest.find(|c: char| c.is_ascii_whitespace()).unwrap_or(rest.len());
                    (rest.get(..close).unwrap_or(""), rest.get(close..).unwrap_or(""))
                }
            };
            s = remaining;
            decode_entities(value)
        } else {
            String::new()
        };
        out.insert(name, value);
    }
    out
}

fn decode_entities(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

pub fn escape_attribute(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// JSON that can sit inside `<script type="application/json">`: every `<` escaped, so
/// no `</script>` or `<!--` can end or confuse the element.
pub fn json_for_script(value: &serde_json::Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

/// The `'sha256-…'` CSP source for an inline script's or style's exact text.
pub fn csp_hash(text: &str) -> String {
    format!("'sha256-{}'", base64(&sha256(text.as_bytes())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[(&str, &str)]) -> Files {
        list.iter()
            .map(|(p, t)| ((*p).to_owned(), t.as_bytes().to_vec()))
            .collect()
    }

    #[test]
    fn relative_paths() {
        assert_eq!(relative("www", "pkg/appcheck.js"), "../pkg/appcheck.js");
        assert_eq!(relative("www", "www/style.css"), "style.css");
        assert_eq!(relative("", "www/style.css"), "www/style.css");
        assert_eq!(relative("pkg", "pkg/a.wasm"), "a.wasm");
        assert_eq!(relative("a/b", "c.js"), "../../c.js");
    }

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

    #[test]
    fn the_service_worker_moves_to_the_root_and_stable_names_stay() {
        let app = files(&[
            ("www/sw.js", "self;"),
            ("www/app-check.js", "import './appcheck.js';\n"),
            ("www/appcheck.js", ""),
        ]);
        let site = relink(&app, &["www/sw.js", "www/app-check.js"], &SiteLayout).unwrap();
        assert_eq!(site.names["www/sw.js"], "sw.js");
        assert_eq!(site.names["www/app-check.js"], "www/app-check.js");
        let hashed = &site.names["www/appcheck.js"];
        assert!(String::from_utf8(site.files["www/app-check.js"].clone())
            .unwrap()
            .contains(&format!("import './{}'", file_name(hashed))));
        let aliases = stable_aliases(&site.names);
        assert_eq!(
            String::from_utf8(aliases["www/appcheck.js"].clone())
                .unwrap()
                .lines()
                .last()
                .unwrap(),
            format!("export * from './{}';", file_name(hashed))
        );
    }

    #[test]
    fn the_npm_package_is_flat_and_its_imports_stay_relative() {
        let app = files(&[
            (
                "www/appcheck.js",
                "import init from '../pkg/appcheck.js';\nnew URL('./style.css', import.meta.url);\n",
            ),
            ("www/app-check.js", "import './appcheck.js';\n"),
            ("pkg/appcheck.js", "new URL('appcheck_bg.wasm', import.meta.url);\n"),
            ("pkg/appcheck_bg.wasm", "\0asm"),
            ("www/style.css", ""),
        ]);
        let npm = relink(&app, &["www/appcheck.js", "www/app-check.js"], &NpmLayout).unwrap();
        let text = |p: &str| String::from_utf8(npm.files[p].clone()).unwrap();
        assert!(text("appcheck.js").contains("from './appcheck_glue.js'"));
        assert!(text("appcheck.js").contains("new URL('./style.css', import.meta.url)"));
        assert!(text("appcheck_glue.js").contains("new URL('appcheck_bg.wasm', import.meta.url)"));
        assert!(text("app-check.js").contains("import './appcheck.js'"));
        let stray = files(&[
            ("www/appcheck.js", "import x from './other.js';\n"),
            ("www/other.js", ""),
        ]);
        assert!(relink(&stray, &["www/appcheck.js"], &NpmLayout)
            .err()
            .unwrap()
            .contains("no place for `www/other.js`"));
    }

    #[test]
    fn modules_join_into_one_script() {
        let app = files(&[
            ("pkg/glue.js", "export function check(r) { return r; }\nfunction init() {}\nexport { init as default };\n"),
            ("www/api.js", "import init, { check as inner } from '../pkg/glue.js';\nexport async function check(r) { init(); return inner(r); }\n"),
            ("www/main.js", "import { check } from './api.js';\nawait check(1);\n"),
        ]);
        let script = join_modules(&app, "www/main.js").unwrap();
        assert!(
            script.contains("const __appcheck_module_0 = await (async () => { \nfunction check(r)"),
            "{script}"
        );
        assert!(script.contains("return { check: check, default: init };"), "{script}");
        assert!(
            script.contains("const { default: init, check: inner } = __appcheck_module_0;"),
            "{script}"
        );
        assert!(
            script.contains("{ const { check } = __appcheck_module_1; \n\nawait check(1);\n}"),
            "{script}"
        );
        assert!(!script.contains("import ") && !script.contains("export "), "{script}");

        let bad = files(&[("a.js", "export default 1;\n")]);
        assert!(join_modules(&bad, "a.js").unwrap_err().contains("a.js:1:"));
        let multi = files(&[("a.js", "import {\n  x\n} from './b.js';\n")]);
        assert!(join_modules(&multi, "a.js").unwrap_err().contains("one line"));
    }

    #[test]
    fn tags_and_their_attributes() {
        let html = r#"<link rel="icon" href="www/icon.svg"><LINK rel=stylesheet href='a&amp;b.css'/><linkx>"#;
        let found = tags(html, "link");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].attributes["href"], "www/icon.svg");
        assert_eq!(found[1].attributes["rel"], "stylesheet");
        assert_eq!(found[1].attributes["href"], "a&b.css");
        assert_eq!(
            &html[found[0].start..found[0].end],
            r#"<link rel="icon" href="www/icon.svg">"#
        );
    }

    #[test]
    fn hashed_names_are_recognised() {
        assert!(is_hashed("www/app.0123456789.js"));
        assert!(!is_hashed("www/app.js"));
        assert!(!is_hashed("0123456789.js"));
        assert!(!is_hashed("www/app.01234567zz.js"));
    }
}
