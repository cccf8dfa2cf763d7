//! Assembling a deployable site (`appcheck build`) and previewing a policy in it
//! (`appcheck preview`): the built page and Wasm module under content-hashed names,
//! the service worker that keeps the page working offline, the published policies
//! with their signatures, and `trust.json`; on request also the single self-contained
//! HTML file and the npm package (see `dist.rs`). Nothing is published that the page
//! would refuse: every listed policy must load, match its id, and carry a valid
//! signature by a trusted key unless the site accepts unsigned policies.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use appcheck::open::{Opening, Refusal};
use appcheck::policy::{load_index, load_policy, IndexEntry};
use appcheck::trust::{load_trust, SeenVersions};

use crate::dist;

/// The page's own files in a built app folder (`make site` makes them).
const APP_FILES: &[&str] = &["index.html", "www", "pkg"];

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))
}

/// What `appcheck build` makes besides the site folder.
#[derive(Default)]
pub struct Extras<'a> {
    /// Where to write the single self-contained HTML file.
    pub single_file: Option<&'a Path>,
    /// The policy the single file carries (the index's default when not given).
    pub policy: Option<&'a str>,
    /// Where to write the npm package, and the folder of its template.
    pub npm: Option<(&'a Path, &'a Path)>,
}

/// Builds the site in `out` from the app folder, the policies folder (with its
/// index.json) and trust.json; and, when asked, the single HTML file and the npm
/// package. Refuses, naming the policy and the reason, rather than publish what the
/// page would refuse.
pub fn build(
    app: &Path,
    site_config: &Path,
    policies: &Path,
    trust: &Path,
    out: &Path,
    extras: &Extras,
) -> Result<(), String> {
    let site_bytes = read(site_config)?;
    let site = appcheck::site::load_site(&site_bytes).map_err(|e| format!("{}: {e}", site_config.display()))?;
    let logo = site
        .logo
        .as_ref()
        .map(|name| site_config.parent().unwrap_or(Path::new(".")).join(name));
    if let Some(logo) = &logo {
        if !logo.is_file() {
            return Err(format!(
                "{}: the logo `{}` is not there",
                site_config.display(),
                logo.display()
            ));
        }
    }
    for file in APP_FILES {
        if !app.join(file).exists() {
            return Err(format!(
                "`{}` has no {file}: build the page first (make site)",
                app.display()
            ));
        }
    }
    let trust_bytes = read(trust)?;
    let trust_set = load_trust(&trust_bytes).map_err(|e| format!("{}: {e}", trust.display()))?;
    let index_path = policies.join("index.json");
    let index_bytes = read(&index_path)?;
    let index = load_index(&index_bytes).map_err(|e| format!("{}: {e}", index_path.display()))?;
    let mut published: Vec<(PathBuf, Option<PathBuf>)> = Vec::new();
    for entry in &index.policies {
        let path = policies.join(&entry.file);
        let bytes = read(&path)?;
        let sig_path = entry.signature.as_ref().map(|s| policies.join(s));
        let signature = sig_path.as_deref().map(read).transpose()?;
        // The page's road: what it would refuse is not published.
        let opening = Opening::new(Some(&entry.id), &bytes, signature.as_deref(), &trust_set);
        let valid = opening
            .to_verify()
            .is_some_and(|(key, file)| crate::keys::ed25519_valid(&key.public_key, &file.signature, &bytes));
        opening
            .finish(valid, &SeenVersions::new())
            .map_err(|refusal| match refusal {
                Refusal::NotRead(e) => format!("{} is not valid, so nothing is published: {e}", path.display()),
                Refusal::Mismatch { expected, found } => format!(
                    "the index lists `{}` as `{expected}`, but its id is `{found}`",
                    entry.file
                ),
                other => format!(
                    "{} would be refused by the page, so nothing is published: {other}",
                    path.display()
                ),
            })?;
        published.push((path, sig_path));
    }
    let mut app_files = dist::read_tree(app)?;
    // Without JavaScript the page still shows the default policy and whom to ask.
    let default_path = index
        .find(&index.default)
        .map(|entry| policies.join(&entry.file))
        .ok_or("the index's default policy is not in it")?;
    with_noscript(&mut app_files, &read(&default_path)?, &site)?;

    // The page's files under content-hashed names, and the stable names around them.
    let roots: Vec<&str> = app_files
        .keys()
        .map(String::as_str)
        .filter(|path| *path != dist::SINGLE_FILE_BOOTSTRAP)
        .collect();
    let relinked = dist::relink(&app_files, &roots, &dist::SiteLayout)?;
    let mut page_files = relinked.files.clone();
    page_files.extend(dist::stable_aliases(&relinked.names));
    let mut data = vec!["./".to_owned(), "policies/index.json".to_owned()];
    for (policy, signature) in &published {
        for file in std::iter::once(policy).chain(signature) {
            let name = file.file_name().ok_or("a policy without a file name")?;
            data.push(format!("policies/{}", name.to_string_lossy()));
        }
    }
    data.extend(["trust.json".to_owned(), "site.json".to_owned()]);
    data.extend(site.logo.clone());
    if let Some(sw) = relinked.names.get(dist::SERVICE_WORKER) {
        let page = relinked.reachable("index.html");
        let filled = service_worker(&page_files, &page, sw, &data)?;
        page_files.insert(sw.clone(), filled);
    }

    let single = match extras.single_file {
        Some(path) => {
            let id = extras.policy.unwrap_or(&index.default);
            let entry = index.find(id).ok_or_else(|| {
                let ids: Vec<&str> = index.policies.iter().map(|e| e.id.as_str()).collect();
                format!(
                    "--policy `{id}` is not in {}; the published policies are: {}",
                    index_path.display(),
                    ids.join(", ")
                )
            })?;
            let policy_text = read_text(&policies.join(&entry.file))?;
            let signature = entry
                .signature
                .as_ref()
                .map(|s| read_text(&policies.join(s)))
                .transpose()?;
            let logo = match (&logo, &site.logo) {
                (Some(path), Some(name)) => Some((name.as_str(), read(path)?)),
                _ => None,
            };
            // The file's own policy, without JavaScript too.
            let mut own_files = app_files.clone();
            with_noscript(&mut own_files, policy_text.as_bytes(), &site)?;
            let html = single_file(SingleFile {
                app: &own_files,
                index: &index_bytes,
                entry,
                policy: &policy_text,
                signature: signature.as_deref(),
                trust: &trust_bytes,
                site: &site_bytes,
                organisation: &site.organisation,
                logo,
            })?;
            Some((path, html, id))
        }
        None => None,
    };
    let npm = extras
        .npm
        .map(|(out, template)| npm_package(&app_files, template).map(|files| (out, files)))
        .transpose()?;

    if out.exists() {
        std::fs::remove_dir_all(out).map_err(|e| format!("cannot clear `{}`: {e}", out.display()))?;
    }
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create `{}`: {e}", out.display()))?;
    dist::write_tree(out, &page_files)?;
    std::fs::create_dir_all(out.join("policies")).map_err(|e| e.to_string())?;
    std::fs::write(out.join("policies/index.json"), &index_bytes).map_err(|e| e.to_string())?;
    for file in published
        .iter()
        .flat_map(|(policy, signature)| std::iter::once(policy).chain(signature))
    {
        let name = file.file_name().ok_or("a policy without a file name")?;
        std::fs::copy(file, out.join("policies").join(name))
            .map_err(|e| format!("cannot copy `{}`: {e}", file.display()))?;
    }
    std::fs::write(out.join("trust.json"), &trust_bytes).map_err(|e| e.to_string())?;
    std::fs::write(out.join("site.json"), &site_bytes).map_err(|e| e.to_string())?;
    if let (Some(logo), Some(name)) = (&logo, &site.logo) {
        std::fs::copy(logo, out.join(name)).map_err(|e| format!("cannot copy `{}`: {e}", logo.display()))?;
    }
    println!(
        "built {} with {} policies (default `{}`)",
        out.display(),
        index.policies.len(),
        index.default
    );
    if let Some((path, html, id)) = single {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| format!("cannot create `{}`: {e}", parent.display()))?;
        }
        std::fs::write(path, &html).map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
        println!(
            "built {} ({} bytes) with the policy `{id}`: open it from disk, a file share or an email",
            path.display(),
            html.len()
        );
    }
    if let Some((npm_out, files)) = npm {
        if npm_out.exists() {
            std::fs::remove_dir_all(npm_out).map_err(|e| format!("cannot clear `{}`: {e}", npm_out.display()))?;
        }
        dist::write_tree(npm_out, &files)?;
        println!("built the npm package in {}", npm_out.display());
    }
    Ok(())
}

fn read_text(path: &Path) -> Result<String, String> {
    String::from_utf8(read(path)?).map_err(|_| format!("`{}` is not UTF-8 text", path.display()))
}

/// Writes the policy (as `appcheck::noscript` renders it, in the site's default
/// language, with the site's help desk) into the page's first `<noscript>`: what a
/// browser with JavaScript off shows. A page without one is left as it is.
fn with_noscript(app_files: &mut dist::Files, policy_bytes: &[u8], site: &appcheck::site::Site) -> Result<(), String> {
    let policy = load_policy(policy_bytes).map_err(|e| e.to_string())?;
    let html = app_files
        .get("index.html")
        .map(|b| String::from_utf8_lossy(b).into_owned())
        .ok_or("the built page has no index.html (make site)")?;
    let (open, close) = ("<noscript>", "</noscript>");
    let Some(start) = html.find(open).map(|at| at + open.len()) else {
        return Ok(()); // a page of its own, without a place for it
    };
    let end = start
        + html[start..]
            .find(close)
            .ok_or("index.html's <noscript> is not closed")?;
    let inner = appcheck::noscript::noscript_html(
        &policy,
        Some(&site.help_desk.contact),
        Some(&site.default_language),
        crate::system_now()?,
    );
    let patched = format!("{}\n{inner}{}", &html[..start], &html[end..]);
    app_files.insert("index.html".to_owned(), patched.into_bytes());
    Ok(())
}

/// The line of www/sw.js that `build` fills in with the site's files.
const SW_FILES_LINE: &str = "const SITE = { version: 'unbuilt', assets: [], data: [] };";

/// The service worker with the site's files written in: the content-hashed assets the
/// page leads to (cached at install, served from the cache: their names change with
/// their bytes),
/// and the page and its data (fetched network-first). Its version changes with any
/// of them, so browsers install the new worker after every build that changes a file.
fn service_worker(
    page_files: &dist::Files,
    page: &BTreeSet<String>,
    sw: &str,
    data: &[String],
) -> Result<Vec<u8>, String> {
    let source = page_files
        .get(sw)
        .and_then(|b| std::str::from_utf8(b).ok())
        .ok_or("www/sw.js is not UTF-8 text")?;
    if source.matches(SW_FILES_LINE).count() != 1 {
        return Err(format!(
            "www/sw.js must have the line `{SW_FILES_LINE}` once, for the build to fill in"
        ));
    }
    let assets: Vec<&String> = page.iter().filter(|p| dist::is_hashed(p)).collect();
    let mut fingerprint = Vec::new();
    for (path, bytes) in page_files.iter().filter(|(p, _)| p.as_str() != sw) {
        fingerprint.extend_from_slice(path.as_bytes());
        fingerprint.extend_from_slice(&dist::sha256(bytes));
    }
    fingerprint.extend_from_slice(source.as_bytes());
    let files = serde_json::json!({
        "version": dist::content_hash(&fingerprint),
        "assets": assets,
        "data": data,
    });
    Ok(source
        .replace(SW_FILES_LINE, &format!("const SITE = {files};"))
        .into_bytes())
}

/// What goes into the single HTML file.
struct SingleFile<'a> {
    app: &'a dist::Files,
    index: &'a [u8],
    entry: &'a IndexEntry,
    policy: &'a str,
    signature: Option<&'a str>,
    trust: &'a [u8],
    site: &'a [u8],
    organisation: &'a str,
    logo: Option<(&'a str, Vec<u8>)>,
}

/// The Content-Security-Policy of the single file: nothing from anywhere (the file
/// has everything inside it), its own script and style by their hashes only.
fn single_file_csp(script: &str, style: &str) -> String {
    format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {}; img-src data:; \
         connect-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'",
        dist::csp_hash(script),
        dist::csp_hash(style)
    )
}

/// The page with everything inside it: the stylesheet and icon inline, the modules
/// joined into one inline module, the Wasm module in base64, and the policy, its
/// signature, trust.json and site.json as the files the widget reads instead of
/// fetching them. Its CSP allows that one script and that one style by their hashes
/// and nothing else, so the page fetches nothing at all.
fn single_file(input: SingleFile) -> Result<String, String> {
    let text = |path: &str| -> Result<String, String> {
        let bytes = input
            .app
            .get(path)
            .ok_or_else(|| format!("the built page has no `{path}` (make site)"))?;
        let text = String::from_utf8(bytes.clone()).map_err(|_| format!("`{path}` is not UTF-8 text"))?;
        // What the browser hashes for the CSP is the parsed text, with CR LF as LF.
        Ok(text.replace("\r\n", "\n"))
    };
    let mut html = text("index.html")?;
    let mut script = dist::join_modules(input.app, dist::SINGLE_FILE_BOOTSTRAP)?;
    let lower = script.to_ascii_lowercase();
    if lower.contains("</script") || lower.contains("<!--") {
        return Err("the page's scripts contain `</script` or `<!--`, which cannot be inlined".into());
    }
    script.insert(0, '\n');

    // The files the widget would fetch, by the URLs it would fetch them from.
    let root = dist::tags(&html, "main")
        .into_iter()
        .chain(dist::tags(&html, "div"))
        .find(|t| t.attributes.get("id").is_some_and(|id| id == "appcheck"))
        .ok_or("index.html has no element with id=\"appcheck\" for the widget")?;
    let url = |name: &str, default: &str| root.attributes.get(name).cloned().unwrap_or_else(|| default.to_owned());
    let index_url = url("data-index", "policies/index.json");
    let base = index_url
        .rsplit_once('/')
        .map_or(String::new(), |(dir, _)| format!("{dir}/"));
    let mut index: serde_json::Value =
        serde_json::from_slice(input.index).map_err(|e| format!("policies/index.json: {e}"))?;
    if let Some(object) = index.as_object_mut() {
        // Only the policy inside the file: a link to another one says it is not published here.
        let entries = object
            .get("policies")
            .and_then(|p| p.as_array())
            .cloned()
            .unwrap_or_default();
        let only: Vec<serde_json::Value> = entries
            .into_iter()
            .filter(|e| e.get("id").and_then(|id| id.as_str()) == Some(input.entry.id.as_str()))
            .collect();
        object.insert("policies".into(), only.into());
        object.insert("default".into(), input.entry.id.clone().into());
    }
    load_index(index.to_string().as_bytes()).map_err(|e| format!("the single file's index: {e}"))?;
    let mut site: serde_json::Value = serde_json::from_slice(input.site).map_err(|e| format!("site.json: {e}"))?;
    // The logo goes into the page itself (below), so the widget does not fetch it.
    if let Some(object) = site.as_object_mut() {
        object.remove("logo");
    }
    let mut files = serde_json::Map::new();
    files.insert(index_url, index.to_string().into());
    files.insert(format!("{base}{}", input.entry.file), input.policy.into());
    if let (Some(file), Some(text)) = (&input.entry.signature, input.signature) {
        files.insert(format!("{base}{file}"), text.into());
    }
    files.insert(
        url("data-trust", "trust.json"),
        String::from_utf8_lossy(input.trust).into_owned().into(),
    );
    files.insert(url("data-site", "site.json"), site.to_string().into());
    let wasm = input
        .app
        .get("pkg/appcheck_bg.wasm")
        .ok_or("the built page has no `pkg/appcheck_bg.wasm` (make site)")?;

    // The page's head: its stylesheet, icon and script, inlined.
    let mut style = String::new();
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    for tag in dist::tags(&html, "link") {
        let rel = tag.attributes.get("rel").map(String::as_str).unwrap_or("");
        let href = tag.attributes.get("href").cloned().unwrap_or_default();
        match rel {
            "stylesheet" => {
                style.push_str(&text(&href)?);
                edits.push((tag.start, tag.end, String::new()));
            }
            "icon" => {
                let bytes = input
                    .app
                    .get(&href)
                    .ok_or_else(|| format!("index.html names the icon `{href}`, which the built page does not have"))?;
                let mime = tag.attributes.get("type").cloned().unwrap_or_else(|| "image/svg+xml".into());
                let data = format!("data:{mime};base64,{}", dist::base64(bytes));
                edits.push((
                    tag.start,
                    tag.end,
                    format!(r#"<link rel="icon" href="{data}" type="{}">"#, dist::escape_attribute(&mime)),
                ));
            }
            other => {
                return Err(format!(
                    "index.html has <link rel=\"{other}\">, which the single file cannot carry; remove it or teach src/bin/appcheck/site.rs"
                ))
            }
        }
    }
    if style.to_ascii_lowercase().contains("</style") {
        return Err("the stylesheet contains `</style`, which cannot be inlined".into());
    }
    let style = format!("\n{style}");
    let scripts = dist::tags(&html, "script");
    let [page_script] = scripts.as_slice() else {
        return Err(format!(
            "index.html has {} <script> elements; the single file replaces exactly one, the page's module",
            scripts.len()
        ));
    };
    let close = html
        .get(page_script.end..)
        .and_then(|rest| rest.find("</script>"))
        .ok_or("index.html's <script> is not closed")?;
    let csp = single_file_csp(&script, &style);
    let head = format!(
        "<style>{style}</style>\n  \
         <script type=\"application/json\" id=\"appcheck-files\">{}</script>\n  \
         <script type=\"application/octet-stream\" id=\"appcheck-wasm\">{}</script>\n  \
         <script type=\"module\">{script}</script>",
        dist::json_for_script(&serde_json::Value::Object(files)),
        dist::base64(wasm)
    );
    edits.push((page_script.start, page_script.end + close + "</script>".len(), head));
    let meta = dist::tags(&html, "meta")
        .into_iter()
        .find(|t| {
            t.attributes
                .get("http-equiv")
                .is_some_and(|v| v.eq_ignore_ascii_case("content-security-policy"))
        })
        .ok_or("index.html has no Content-Security-Policy meta tag; the single file keeps one")?;
    edits.push((
        meta.start,
        meta.end,
        format!(r#"<meta http-equiv="Content-Security-Policy" content="{csp}">"#),
    ));
    if let Some((name, bytes)) = &input.logo {
        let heading = html
            .find("<h1")
            .ok_or("index.html has no <h1> to put the site's logo beside")?;
        let mime = match name.rsplit_once('.').map(|(_, ext)| ext) {
            Some("png") => "image/png",
            Some("webp") => "image/webp",
            _ => "image/svg+xml",
        };
        edits.push((
            heading,
            heading,
            format!(
                r#"<img src="data:{mime};base64,{}" alt="{}" class="logo">"#,
                dist::base64(bytes),
                dist::escape_attribute(input.organisation)
            ),
        ));
    }
    edits.sort_by_key(|(start, _, _)| std::cmp::Reverse(*start));
    for (start, end, replacement) in edits {
        html.replace_range(start..end, &replacement);
    }
    // Nothing left that the browser would fetch.
    for (tag, attribute) in [
        ("img", "src"),
        ("script", "src"),
        ("link", "href"),
        ("iframe", "src"),
        ("source", "src"),
    ] {
        for found in dist::tags(&html, tag) {
            if let Some(value) = found.attributes.get(attribute) {
                if !value.starts_with("data:") {
                    return Err(format!(
                        "index.html has <{tag} {attribute}=\"{value}\">, which the single file would fetch"
                    ));
                }
            }
        }
    }
    Ok(html)
}

/// The npm package: the JS API module, the element's definer, the wasm-bindgen glue,
/// the Wasm module and the stylesheet from the built page, with the package.json,
/// README and TypeScript declarations of `template` (its `"version": "0.0.0"` set to
/// this crate's version, and the types of the check's request and response appended to
/// its `appcheck.d.ts`).
fn npm_package(app: &dist::Files, template: &Path) -> Result<dist::Files, String> {
    let roots: Vec<&str> = dist::NPM_FILES.iter().map(|(from, _)| *from).collect();
    let mut files = dist::relink(app, &roots, &dist::NpmLayout)?.files;
    let template_files = dist::read_tree(template)?;
    for (path, bytes) in template_files {
        if files.contains_key(&path) {
            return Err(format!(
                "`{}` has `{path}`, which the build makes from the page; remove it",
                template.display()
            ));
        }
        files.insert(path, bytes);
    }
    // The request and response types, generated from the Rust types, after the
    // template's declarations of the functions and the element.
    let types = files
        .get_mut("appcheck.d.ts")
        .ok_or_else(|| format!("`{}` has no appcheck.d.ts", template.display()))?;
    types.extend_from_slice(b"\n");
    types.extend_from_slice(appcheck::typescript::declarations().as_bytes());
    let manifest = files
        .get_mut("package.json")
        .ok_or_else(|| format!("`{}` has no package.json", template.display()))?;
    let text = String::from_utf8(manifest.clone()).map_err(|_| "package.json is not UTF-8 text".to_owned())?;
    const PLACEHOLDER: &str = "\"version\": \"0.0.0\"";
    if text.matches(PLACEHOLDER).count() != 1 {
        return Err(format!(
            "`{}/package.json` must say {PLACEHOLDER} once, for the build to set the version",
            template.display()
        ));
    }
    *manifest = text
        .replace(PLACEHOLDER, &format!("\"version\": \"{}\"", env!("CARGO_PKG_VERSION")))
        .into_bytes();
    Ok(files)
}

/// Serves the built app with `policy` as the only, default policy, so its author sees
/// what employees will see (a draft shows as a preview, an unsigned file as unsigned).
pub fn preview(app: &Path, site_config: &Path, policy_path: &Path, port: u16) -> Result<(), String> {
    let bytes = read(policy_path)?;
    let policy = load_policy(&bytes).map_err(|e| format!("{} is not valid: {e}", policy_path.display()))?;
    let dir = std::env::temp_dir().join(format!("appcheck-preview-{}", std::process::id()));
    let policies = dir.join("source");
    std::fs::create_dir_all(&policies).map_err(|e| e.to_string())?;
    std::fs::write(policies.join("preview.json"), &bytes).map_err(|e| e.to_string())?;
    let index = serde_json::json!({
        "schema": 1,
        "default": policy.id,
        "policies": [{ "id": policy.id, "file": "preview.json", "title": policy.title.get(None) }],
    })
    .to_string();
    std::fs::write(policies.join("index.json"), index).map_err(|e| e.to_string())?;
    let trust = dir.join("trust.json");
    std::fs::write(&trust, r#"{"schema": 1, "allow_unsigned": true}"#).map_err(|e| e.to_string())?;
    let site = dir.join("site");
    build(app, site_config, &policies, &trust, &site, &Extras::default())?;
    crate::serve::run(&site, port)
}
