//! The single self-contained HTML file: the page with its stylesheet, icon, scripts,
//! Wasm module and one policy inside it, which works opened from disk, a file share or
//! an email, and fetches nothing at all. Its long-list Web Worker is inside it too: the
//! worker's modules, joined into one classic script, are started from a `blob:` the page
//! makes of them, with the Wasm module the page compiled.

use appcheck::policy::{load_index, IndexEntry};

use super::hash::{base64, csp_hash};
use super::html::{escape_attribute, json_for_script, rewrite, select, Attributes, Edit};
use super::modules::{as_classic_worker, join_modules};
use super::site::{SINGLE_FILE_BOOTSTRAP, SINGLE_FILE_WORKER};
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
/// has everything inside it), its own script and style by their hashes only, and workers
/// from `blob:` only: the long-list worker, which the page makes from the worker's script
/// inside the file. (Chromium checks a worker's URL against `worker-src`, and the
/// worker inherits this policy, so inside it, too, nothing can be fetched or connected
/// to, and the module may be instantiated: `'wasm-unsafe-eval'`.)
fn single_file_csp(script: &str, style: &str) -> String {
    format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {}; img-src data:; \
         worker-src blob:; connect-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'",
        csp_hash(script),
        csp_hash(style)
    )
}

/// The page with everything inside it: the stylesheet and icon inline, the modules
/// joined into one inline module, the Wasm module in base64, the worker's modules joined
/// into one classic script as text (not run by the page: its bootstrap starts a worker
/// from it), and the policy, its signature, trust.json and site.json as the files the widget
/// reads instead of fetching them. Its CSP allows that one script and that one style by
/// their hashes, workers from `blob:`, and nothing else, so the page fetches nothing at all.
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
    let html = text("index.html")?;
    let mut script = join_modules(input.app, SINGLE_FILE_BOOTSTRAP)?;
    // One module for the page and its worker, the one with both features (the worker is
    // handed the page's compiled module): the worker's glue, `pkg/checker.js` on the
    // site, is that module's here. (Only the scripts are joined: the Wasm modules and
    // the rest of the page are not copied for it.)
    let mut one_module: Files = input
        .app
        .iter()
        .filter(|(path, _)| path.ends_with(".js"))
        .map(|(path, bytes)| (path.clone(), bytes.clone()))
        .collect();
    if let Some(glue) = input.app.get("pkg/appcheck.js") {
        one_module.insert("pkg/checker.js".to_owned(), glue.clone());
    }
    let worker = as_classic_worker(&join_modules(&one_module, SINGLE_FILE_WORKER)?)?;
    for (what, text) in [("page's", &script), ("worker's", &worker)] {
        let lower = text.to_ascii_lowercase();
        if lower.contains("</script") || lower.contains("<!--") {
            return Err(format!(
                "the {what} scripts contain `</script` or `<!--`, which cannot be inlined"
            ));
        }
    }
    script.insert(0, '\n');
    let files = widget_files(&input, &html)?;
    let wasm = input
        .app
        .get("pkg/appcheck_bg.wasm")
        .ok_or("the built page has no `pkg/appcheck_bg.wasm` (make site)")?;

    // The page's head: its stylesheet, icon and script, inlined.
    let mut style = String::new();
    let mut links = Vec::new();
    for link in select(&html, "link")? {
        let rel = link.get("rel").map(String::as_str).unwrap_or("");
        let href = link.get("href").cloned().unwrap_or_default();
        match rel {
            "stylesheet" => {
                style.push_str(&text(&href)?);
                links.push(Edit::Remove);
            }
            "icon" => {
                let bytes = input
                    .app
                    .get(&href)
                    .ok_or_else(|| format!("index.html names the icon `{href}`, which the built page does not have"))?;
                let mime = link.get("type").cloned().unwrap_or_else(|| "image/svg+xml".into());
                let data = format!("data:{mime};base64,{}", base64(bytes));
                links.push(Edit::Replace(format!(
                    r#"<link rel="icon" href="{data}" type="{}">"#,
                    escape_attribute(&mime)
                )));
            }
            // What the site's page asks for early is inside the file already.
            "modulepreload" | "preload" => links.push(Edit::Remove),
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
    // (The site's script that hides the state before the first paint when a link names
    // another policy, `#appcheck-early`, goes: the file carries one policy, and its own
    // script runs as soon as the file is read, with nothing to fetch.)
    let scripts = select(&html, "script:not(#appcheck-early)")?.len();
    if scripts != 1 {
        return Err(format!(
            "index.html has {scripts} <script> elements besides #appcheck-early; the single file replaces exactly one, the page's module"
        ));
    }
    let head = format!(
        "<style>{style}</style>\n  \
         <script type=\"application/json\" id=\"appcheck-files\">{}</script>\n  \
         <script type=\"application/octet-stream\" id=\"appcheck-wasm\">{}</script>\n  \
         <script type=\"text/plain\" id=\"appcheck-worker\">\n{worker}</script>\n  \
         <script type=\"module\">{script}</script>",
        json_for_script(&serde_json::Value::Object(files)),
        base64(wasm)
    );
    let is_csp = |meta: &Attributes| {
        meta.get("http-equiv")
            .is_some_and(|v| v.eq_ignore_ascii_case("content-security-policy"))
    };
    if !select(&html, "meta")?.iter().any(is_csp) {
        return Err("index.html has no Content-Security-Policy meta tag; the single file keeps one".into());
    }
    let meta = format!(
        r#"<meta http-equiv="Content-Security-Policy" content="{}">"#,
        single_file_csp(&script, &style)
    );
    let mut logo = match &input.logo {
        Some((name, bytes)) => {
            if select(&html, "h1")?.is_empty() {
                return Err("index.html has no <h1> to put the site's logo beside".into());
            }
            let mime = match name.rsplit_once('.').map(|(_, ext)| ext) {
                Some("png") => "image/png",
                Some("webp") => "image/webp",
                _ => "image/svg+xml",
            };
            Some(format!(
                r#"<img src="data:{mime};base64,{}" alt="{}" class="logo">"#,
                base64(bytes),
                escape_attribute(input.organisation)
            ))
        }
        None => None,
    };
    let mut links = links.into_iter();
    let html = rewrite(
        &html,
        vec![
            (
                "link",
                Box::new(|_: &Attributes| Ok(links.next().unwrap_or(Edit::Keep))),
            ),
            ("script#appcheck-early", Box::new(|_: &Attributes| Ok(Edit::Remove))),
            (
                "script:not(#appcheck-early)",
                Box::new(|_: &Attributes| Ok(Edit::Replace(head.clone()))),
            ),
            (
                "meta",
                Box::new(|m: &Attributes| {
                    Ok(if is_csp(m) {
                        Edit::Replace(meta.clone())
                    } else {
                        Edit::Keep
                    })
                }),
            ),
            // The logo before the first heading only.
            (
                "h1",
                Box::new(|_: &Attributes| Ok(logo.take().map_or(Edit::Keep, Edit::Before))),
            ),
        ],
    )?;
    // Nothing left that the browser would fetch.
    for (tag, attribute) in [
        ("img", "src"),
        ("script", "src"),
        ("link", "href"),
        ("iframe", "src"),
        ("source", "src"),
    ] {
        for found in select(&html, tag)? {
            if let Some(value) = found.get(attribute) {
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

/// The files the widget would fetch, by the URLs it would fetch them from (the
/// `data-*` attributes of the element it is mounted on): the index with only this
/// file's policy, the policy and its signature, trust.json, and site.json without
/// the logo, which goes into the page itself.
fn widget_files(input: &SingleFile, html: &str) -> Result<serde_json::Map<String, serde_json::Value>, String> {
    let root = select(html, "#appcheck")?
        .into_iter()
        .next()
        .ok_or("index.html has no element with id=\"appcheck\" for the widget")?;
    let url = |name: &str, default: &str| root.get(name).cloned().unwrap_or_else(|| default.to_owned());
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
    // The interface's other languages, under the names the widget looks for them by
    // (`i18n/<tag>.json`): its Wasm module carries English only.
    for (path, bytes) in input.app.iter().filter(|(path, _)| is_language_file(path)) {
        files.insert(path.clone(), String::from_utf8_lossy(bytes).into_owned().into());
    }
    Ok(files)
}

/// A language file of the page's files (`i18n/de.json`).
fn is_language_file(path: &str) -> bool {
    path.strip_prefix("i18n/")
        .is_some_and(|name| name.ends_with(".json") && !name.contains('/'))
}

#[cfg(test)]
mod tests {
    use super::super::tree::from_texts;
    use super::*;

    /// The single file made from `html` and a small page around it.
    fn single_file_of(html: &str) -> Result<String, String> {
        let app = from_texts(&[
            ("index.html", html),
            ("www/single-file.js", "const ready = 1;\n"),
            (
                "www/worker.js",
                "import { check } from '../pkg/glue.js';\nself.onmessage = check;\n",
            ),
            ("pkg/glue.js", "export function check() {}\n"),
            ("www/style.css", "body { margin: 0 }\n"),
            ("www/icon.svg", "<svg/>"),
            ("pkg/appcheck_bg.wasm", "\0asm"),
            ("i18n/de.json", "{\"language\": \"de\"}"),
        ]);
        let index = br#"{"schema": 1, "default": "p", "policies": [{"id": "p", "file": "p.json", "title": "P"}]}"#;
        let index_entries = load_index(index).map_err(|e| e.to_string())?;
        let entry = index_entries.find("p").ok_or("no entry")?;
        single_file(SingleFile {
            app: &app,
            index,
            entry,
            policy: "{}",
            signature: None,
            trust: br#"{"schema": 1, "allow_unsigned": true}"#,
            site: br#"{"schema": 1, "organisation": "ACME"}"#,
            organisation: "ACME & Co",
            logo: Some(("logo.svg", b"<svg/>".to_vec())),
        })
    }

    /// The page is read as a browser reads it: a tag in a comment is no tag, a `>` in a
    /// quoted value does not end the tag, and tag names have no case.
    #[test]
    fn the_page_is_read_as_a_browser_reads_it() {
        let html = single_file_of(
            "<!doctype html>\n<html><head>\n\
             <META HTTP-EQUIV=\"Content-Security-Policy\" content=\"default-src 'self'\">\n\
             <!-- <script src=\"www/old.js\"></script> <h1>old</h1> -->\n\
             <link rel=\"icon\" href=\"www/icon.svg\" type=\"image/svg+xml\">\n\
             <link rel=\"stylesheet\" href=\"www/style.css\" title=\"a > b\">\n\
             <SCRIPT type=\"module\" src=\"www/app.js\"></SCRIPT>\n\
             </head><body><H1>App check</H1>\n\
             <main id=\"appcheck\" data-index=\"data/index.json\"><noscript>on</noscript></main></body></html>\n",
        )
        .unwrap();
        assert!(
            html.contains("<!-- <script src=\"www/old.js\"></script> <h1>old</h1> -->"),
            "a comment stays as it is: {html}"
        );
        assert!(
            !html.contains("www/style.css") && !html.contains("a > b") && !html.contains(" b\">"),
            "the stylesheet's whole tag goes: {html}"
        );
        assert!(!html.contains("www/app.js") && !html.contains("</SCRIPT>"), "{html}");
        assert!(!html.contains("default-src 'self'"), "{html}");
        assert!(html.contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-"
        ));
        assert!(html.contains("<link rel=\"icon\" href=\"data:image/svg+xml;base64,"));
        assert!(
            html.contains("'wasm-unsafe-eval'; style-src 'sha256-")
                && html.contains("; img-src data:; worker-src blob:; connect-src 'none'; base-uri 'none';"),
            "workers from blob: and nothing else: {html}"
        );
        // The worker's script with its imports joined, as text the page does not run.
        let worker = html
            .split("<script type=\"text/plain\" id=\"appcheck-worker\">")
            .nth(1)
            .and_then(|rest| rest.split("</script>").next())
            .unwrap_or_default();
        assert!(
            worker.contains("function check() {}") && worker.contains("self.onmessage = check;"),
            "{html}"
        );
        assert!(!worker.contains("import ") && !worker.contains("export "), "{worker}");
        assert!(
            html.contains("alt=\"ACME &amp; Co\" class=\"logo\"><H1>App check</H1>"),
            "the logo goes before the heading: {html}"
        );
        assert!(
            html.contains(r#""data/index.json":"#),
            "the files by the URLs the widget asks: {html}"
        );
        assert!(html.contains("<style>\nbody { margin: 0 }\n</style>"), "{html}");
        assert!(
            html.contains(r#""i18n/de.json":"{\"language\": \"de\"}""#),
            "the language files, by the names the widget looks for: {html}"
        );
    }

    #[test]
    fn what_the_single_file_cannot_carry_is_refused() {
        let page = |head: &str| {
            format!(
                "<head><meta http-equiv=\"content-security-policy\" content=\"\">{head}</head>\
                 <body><h1>A</h1><div id=\"appcheck\"></div></body>"
            )
        };
        let refused = |head: &str| single_file_of(&page(head)).unwrap_err();
        assert!(refused("<script src=\"a.js\"></script><script src=\"b.js\"></script>").contains("2 <script> elements"));
        assert!(refused("<link rel=\"manifest\" href=\"m.json\"><script></script>").contains("<link rel=\"manifest\">"));
        assert!(refused("<script></script><img src=\"www/x.png\">").contains("<img src=\"www/x.png\">"));
        assert!(single_file_of("<script></script><div id=\"appcheck\"></div>")
            .unwrap_err()
            .contains("no Content-Security-Policy meta tag"));
        assert!(single_file_of(&page("<script></script>").replace("appcheck", "other"))
            .unwrap_err()
            .contains("no element with id=\"appcheck\""));
    }
}
