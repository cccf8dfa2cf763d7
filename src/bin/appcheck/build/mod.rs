//! `appcheck build`: the deployable site, and on request the single HTML file and the
//! npm package, from the built page (`make site` makes it in `target/app`). Nothing is
//! published that the page would refuse: every listed policy must load, match its id,
//! and carry a valid signature by a trusted key unless the site accepts unsigned
//! policies. This file reads the inputs, checks them and writes the outputs; one file
//! beside it per output and per job the outputs share.

mod compress;
pub(crate) mod hash;
mod html;
mod modules;
mod npm;
mod relink;
mod service_worker;
mod single_file;
mod site;
mod tree;

use std::path::{Path, PathBuf};

use appcheck::open::{Opening, Refusal};
use appcheck::policy::{load_index, load_policy, Lifecycle, Status};
use appcheck::trust::{load_trust, SeenVersions};

use self::tree::Files;

/// The page's own files in a built app folder (`make site` makes them).
const APP_FILES: &[&str] = &["index.html", "www", "pkg"];

pub(crate) fn read(path: &Path) -> Result<Vec<u8>, String> {
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
    // The published index says each policy's status, for the page's list.
    let mut listed = index.clone();
    for (entry, listed) in index.policies.iter().zip(listed.policies.iter_mut()) {
        let path = policies.join(&entry.file);
        let bytes = read(&path)?;
        let sig_path = entry.signature.as_ref().map(|s| policies.join(s));
        let signature = sig_path.as_deref().map(read).transpose()?;
        // The page's road: what it would refuse is not published.
        let opening = Opening::new(Some(&entry.id), &bytes, signature.as_deref(), &trust_set);
        let valid = crate::keys::valid_signatures(&opening);
        let opened = opening
            .finish(&valid, &SeenVersions::new(), crate::system_now()?)
            .map_err(|refusal| match refusal {
                Refusal::NotRead(e) => format!("{} is not valid, so nothing is published: {e}", path.display()),
                Refusal::Mismatch { expected, found } => format!(
                    "the index lists `{}` as `{expected}`, but its id is `{found}`",
                    entry.file
                ),
                Refusal::NotApproved { reason } => format!(
                    "{} is not published: the page would say \"not yet approved\": {reason}",
                    path.display()
                ),
                other => format!(
                    "{} would be refused by the page, so nothing is published: {other}",
                    path.display()
                ),
            })?;
        listed.status = Some(match opened.policy.lifecycle {
            Lifecycle::Draft => Status::Draft,
            Lifecycle::Active => Status::Active,
            Lifecycle::Withdrawn { .. } => Status::Withdrawn,
            Lifecycle::Superseded { .. } => Status::Superseded,
        });
        published.push((path, sig_path));
    }
    let listed_bytes = serde_json::to_vec_pretty(&serde_json::json!({
        "schema": 1,
        "default": listed.default,
        "policies": listed.policies,
    }))
    .map_err(|e| e.to_string())?;
    let mut app_files = tree::read_tree(app)?;
    // The interface's other languages, which the Wasm module loads as data: beside the
    // page's files, so that they are published (content-hashed) and followed like them.
    app_files.extend(language_files()?);
    let now = crate::system_now()?;
    // The first response shows the policy's state before any script runs: the default
    // policy in index.html, each published policy in its own page, p/<id>.html.
    let listed_index = appcheck::policy::PolicyIndex {
        policies: listed.policies.clone(),
        default: listed.default.clone(),
    };
    let mut site_app_files = app_files.clone();
    let source_page = page_text(&app_files)?;
    let mut pages = Vec::new();
    for entry in &index.policies {
        let policy = load_policy(&read(&policies.join(&entry.file))?).map_err(|e| e.to_string())?;
        let page = format!("{POLICY_PAGES}{}.html", entry.id);
        let html = first_response(
            &source_page,
            &policy,
            &site,
            &listed_index,
            Some(&format!("../{POLICY_PAGES}")),
            now,
            site.logo.as_deref(),
        )?;
        site_app_files.insert(page.clone(), policy_page(&html, &entry.id)?.into_bytes());
        if entry.id == index.default {
            let html = first_response(
                &source_page,
                &policy,
                &site,
                &listed_index,
                Some(POLICY_PAGES),
                now,
                site.logo.as_deref(),
            )?;
            site_app_files.insert("index.html".to_owned(), html.into_bytes());
        }
        pages.push(page);
    }

    // The page's files under content-hashed names, and the stable names around them.
    let roots: Vec<&str> = site_app_files
        .keys()
        .map(String::as_str)
        .filter(|path| *path != site::SINGLE_FILE_BOOTSTRAP)
        .collect();
    let relinked = relink::relink(&site_app_files, &roots, &site::SiteLayout)?;
    let mut page_files = relinked.files.clone();
    page_files.extend(site::stable_aliases(&relinked.names));
    let mut data = vec!["./".to_owned(), "policies/index.json".to_owned()];
    for (policy, signature) in &published {
        for file in std::iter::once(policy).chain(signature) {
            let name = file.file_name().ok_or("a policy without a file name")?;
            data.push(format!("policies/{}", name.to_string_lossy()));
        }
    }
    data.extend(["trust.json".to_owned(), "site.json".to_owned()]);
    data.extend(pages.iter().cloned());
    data.extend(site.logo.clone());
    if let Some(sw) = relinked.names.get(site::SERVICE_WORKER) {
        let page = relinked.reachable("index.html");
        let filled = service_worker::service_worker(&page_files, &page, sw, &data)?;
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
            // The file's own policy, in its first paint and without JavaScript too.
            let mut own_files = app_files.clone();
            let own = load_policy(policy_text.as_bytes()).map_err(|e| e.to_string())?;
            // (No logo in its masthead: the widget puts it there from inside the file.)
            let html = first_response(&source_page, &own, &site, &listed_index, None, now, None)?;
            own_files.insert("index.html".to_owned(), html.into_bytes());
            let html = single_file::single_file(single_file::SingleFile {
                app: &own_files,
                index: &listed_bytes,
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
        .map(|(out, template)| npm::npm_package(&app_files, template).map(|files| (out, files)))
        .transpose()?;

    if out.exists() {
        std::fs::remove_dir_all(out).map_err(|e| format!("cannot clear `{}`: {e}", out.display()))?;
    }
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create `{}`: {e}", out.display()))?;
    tree::write_tree(out, &page_files)?;
    std::fs::create_dir_all(out.join("policies")).map_err(|e| e.to_string())?;
    std::fs::write(out.join("policies/index.json"), &listed_bytes).map_err(|e| e.to_string())?;
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
    // A brotli and a gzip copy beside every text and Wasm file, made with them, so that
    // no copy is ever older than its file.
    let written = tree::read_tree(out)?;
    tree::write_tree(out, &compress::compressed_copies(&written)?)?;
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
        tree::write_tree(npm_out, &files)?;
        println!("built the npm package in {}", npm_out.display());
    }
    Ok(())
}

/// Where the page's files hold a language's file (`i18n/de.json`): `www/appcheck.js`
/// names it so, relative to itself, and the single file under that name.
pub(crate) fn language_file(lang: appcheck::i18n::Lang) -> String {
    format!("i18n/{}.json", lang.tag())
}

/// The files of the interface's languages other than English, from the catalogue
/// compiled into this CLI (`appcheck::i18n::data_file`): the site's Wasm module carries
/// English only, and loads the one the reader needs; it refuses a file of another build.
fn language_files() -> Result<tree::Files, String> {
    let mut files = tree::Files::new();
    for lang in appcheck::i18n::Lang::ALL {
        if lang == appcheck::i18n::Lang::En {
            continue;
        }
        let text = appcheck::i18n::data_file(lang)
            .ok_or_else(|| format!("the interface's words in `{}` could not be written", lang.tag()))?;
        files.insert(language_file(lang), text.into_bytes());
    }
    Ok(files)
}

fn read_text(path: &Path) -> Result<String, String> {
    String::from_utf8(read(path)?).map_err(|_| format!("`{}` is not UTF-8 text", path.display()))
}

/// The folder of the published policies' own pages (`p/<id>.html`).
const POLICY_PAGES: &str = "p/";

fn page_text(app_files: &Files) -> Result<String, String> {
    app_files
        .get("index.html")
        .map(|b| String::from_utf8_lossy(b).into_owned())
        .ok_or_else(|| "the built page has no index.html (make site)".to_owned())
}

/// The page with `policy`'s state as visible content (`appcheck::noscript`'s first
/// response, in the site's default language, with the site's help desk and the
/// published policies, each linked to its page through `pages`, or to `#policy=` when
/// there are none) in place of its "Loading" line, the organisation in its masthead,
/// (and `logo`, a URL from the page), and the line that says no check runs without
/// JavaScript in a `<noscript>` above the policy (in place of the page's first one).
/// The widget then draws the same boxes in their place.
fn first_response(
    html: &str,
    policy: &appcheck::policy::Policy,
    site: &appcheck::site::Site,
    index: &appcheck::policy::PolicyIndex,
    pages: Option<&str>,
    now: chrono::DateTime<chrono::Utc>,
    logo: Option<&str>,
) -> Result<String, String> {
    // The files the widget reads first, asked for with the page: the index, trust.json,
    // site.json, and the policy shown with its signature (`as="fetch"` with
    // `crossorigin`, as the widget's own same-origin fetch asks, so it takes them).
    let entry = index.find(&policy.id);
    let mut data = vec![
        "policies/index.json".to_owned(),
        "trust.json".to_owned(),
        "site.json".to_owned(),
    ];
    data.extend(entry.map(|e| format!("policies/{}", e.file)));
    data.extend(
        entry
            .and_then(|e| e.signature.as_ref())
            .map(|s| format!("policies/{s}")),
    );
    // The site's default language when the module does not carry it (it fetches the
    // file before drawing); the relinking that follows gives it its hashed name.
    let default_language = appcheck::i18n::Lang::pick(Some(&site.default_language));
    if default_language != appcheck::i18n::Lang::En {
        data.push(language_file(default_language));
    }
    let preloads: String = data
        .iter()
        .map(|file| {
            format!(
                "<link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin>\n  ",
                appcheck::noscript::escape(file)
            )
        })
        .collect();
    use appcheck::noscript::{escape, first_response_html, noscript_html, Around};
    let language = Some(site.default_language.as_str());
    let state = first_response_html(
        policy,
        &Around {
            help_desk: Some(&site.help_desk.contact),
            language,
            index: (index.policies.len() > 1).then_some(index),
            pages,
        },
        now,
    );
    let ui = appcheck::i18n::Lang::pick(language);
    let heading = format!(
        "{} — {}",
        escape(appcheck::i18n::Msg::P_TITLE.get(ui)),
        escape(&site.organisation)
    );
    let mut first = true;
    let placed = std::cell::Cell::new(false); // the first "Loading" line only
    let patched = html::rewrite(
        html,
        vec![
            (
                "main .loading",
                Box::new(|_: &html::Attributes| {
                    // The line for browsers without JavaScript first, then the policy
                    // it says is below.
                    let edit = if placed.get() {
                        html::Edit::Keep
                    } else {
                        html::Edit::Before(format!("<noscript>\n{}</noscript>\n{state}", noscript_html(language)))
                    };
                    placed.set(true);
                    Ok(edit)
                }),
            ),
            (
                "head script[type=module][src]",
                Box::new(|_: &html::Attributes| Ok(html::Edit::Before(preloads.clone()))),
            ),
            (
                ".masthead h1",
                Box::new(|_: &html::Attributes| Ok(html::Edit::Content(heading.clone()))),
            ),
            // The logo where the widget puts it (it keeps one that is there).
            (
                ".masthead h1",
                Box::new(|_: &html::Attributes| {
                    Ok(match logo {
                        Some(logo) => html::Edit::Before(format!(
                            "<img src=\"{}\" alt=\"{}\" class=\"logo\">",
                            escape(logo),
                            escape(&site.organisation)
                        )),
                        None => html::Edit::Keep,
                    })
                }),
            ),
            // (The script that hides this state before the first paint when a link names
            // another policy: told which policy this is.)
            (
                "#appcheck-early",
                Box::new(|_: &html::Attributes| {
                    Ok(html::Edit::Attributes(vec![(
                        "data-policy".to_owned(),
                        Some(escape(&policy.id)),
                    )]))
                }),
            ),
            (
                "main noscript",
                Box::new(|_: &html::Attributes| {
                    // The page's own, which the line above replaces (a page without a
                    // "Loading" line keeps it, with the line).
                    let edit = match (first, placed.get()) {
                        (true, true) => html::Edit::Remove,
                        (true, false) => html::Edit::Content(format!("\n{}", noscript_html(language))),
                        _ => html::Edit::Keep,
                    };
                    first = false;
                    Ok(edit)
                }),
            ),
        ],
    )?;
    // (A page with no "Loading" line in its <main> gets no state: it is left as it is,
    // as a page without `<noscript>` is.)
    Ok(patched)
}

/// A published policy's own page, from the site's page with its state: the same page
/// one folder down (its links to the site's files made so), and its widget opening that
/// policy (`data-policy-id`) with the site's index, trust.json and site.json, which the
/// widget finds next to its module when the page names none.
fn policy_page(html: &str, id: &str) -> Result<String, String> {
    let up = |attribute: &'static str| {
        move |attributes: &html::Attributes| {
            Ok(match attributes.get(attribute) {
                Some(url) if !url.contains(':') && !url.starts_with(['/', '#']) => {
                    html::Edit::Attributes(vec![(attribute.to_owned(), Some(format!("../{url}")))])
                }
                _ => html::Edit::Keep,
            })
        }
    };
    html::rewrite(
        html,
        vec![
            ("link[href]", Box::new(up("href"))),
            ("script[src]", Box::new(up("src"))),
            (".masthead img[src]", Box::new(up("src"))),
            (
                "main#appcheck",
                Box::new(|_: &html::Attributes| {
                    Ok(html::Edit::Attributes(vec![
                        ("data-index".to_owned(), None),
                        ("data-trust".to_owned(), None),
                        ("data-site".to_owned(), None),
                        ("data-policy-id".to_owned(), Some(id.to_owned())),
                    ]))
                }),
            ),
        ],
    )
}
