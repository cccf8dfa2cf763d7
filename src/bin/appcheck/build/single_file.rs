//! The single self-contained HTML file: the page with its stylesheet, icon, scripts,
//! Wasm module and one policy inside it, which works opened from disk, a file share or
//! an email, and fetches nothing at all.

use appcheck::policy::{load_index, IndexEntry};

use super::hash::{base64, csp_hash};
use super::html::{escape_attribute, json_for_script, tags};
use super::modules::join_modules;
use super::site::SINGLE_FILE_BOOTSTRAP;
use super::tree::Files;

/// What goes into the single HTML file.
pub struct SingleFile<'a> {
    pub app: &'a Files,
    pub index: &'a [u8],
    pub entry: &'a IndexEntry,
    pub policy: &'a str,
    pub signature: Option<&'a str>,
    pub trust: &'a [u8],
    pub site: &'a [u8],
    pub organisation: &'a str,
    pub logo: Option<(&'a str, Vec<u8>)>,
}

/// The Content-Security-Policy of the single file: nothing from anywhere (the file
/// has everything inside it), its own script and style by their hashes only.
fn single_file_csp(script: &str, style: &str) -> String {
    format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {}; img-src data:; \
         connect-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'",
        csp_hash(script),
        csp_hash(style)
    )
}

/// The page with everything inside it: the stylesheet and icon inline, the modules
/// joined into one inline module, the Wasm module in base64, and the policy, its
/// signature, trust.json and site.json as the files the widget reads instead of
/// fetching them. Its CSP allows that one script and that one style by their hashes
/// and nothing else, so the page fetches nothing at all.
pub fn single_file(input: SingleFile) -> Result<String, String> {
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
    let mut script = join_modules(input.app, SINGLE_FILE_BOOTSTRAP)?;
    let lower = script.to_ascii_lowercase();
    if lower.contains("</script") || lower.contains("<!--") {
        return Err("the page's scripts contain `</script` or `<!--`, which cannot be inlined".into());
    }
    script.insert(0, '\n');

    // The files the widget would fetch, by the URLs it would fetch them from.
    let root = tags(&html, "main")
        .into_iter()
        .chain(tags(&html, "div"))
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
    for tag in tags(&html, "link") {
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
                let data = format!("data:{mime};base64,{}", base64(bytes));
                edits.push((
                    tag.start,
                    tag.end,
                    format!(r#"<link rel="icon" href="{data}" type="{}">"#, escape_attribute(&mime)),
                ));
            }
            other => {
                return Err(format!(
                    "index.html has <link rel=\"{other}\">, which the single file cannot carry; remove it or teach src/bin/appcheck/build/single_file.rs"
                ))
            }
        }
    }
    if style.to_ascii_lowercase().contains("</style") {
        return Err("the stylesheet contains `</style`, which cannot be inlined".into());
    }
    let style = format!("\n{style}");
    let scripts = tags(&html, "script");
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
        json_for_script(&serde_json::Value::Object(files)),
        base64(wasm)
    );
    edits.push((page_script.start, page_script.end + close + "</script>".len(), head));
    let meta = tags(&html, "meta")
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
                base64(bytes),
                escape_attribute(input.organisation)
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
        for found in tags(&html, tag) {
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
