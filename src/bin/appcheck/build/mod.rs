//! `appcheck build`: the deployable site, and on request the single HTML file and the
//! npm package, from the built page (`make site` makes it in `target/app`). Nothing is
//! published that the page would refuse: every listed policy must load, match its id,
//! and carry a valid signature by a trusted key unless the site accepts unsigned
//! policies. This file reads the inputs, checks them and writes the outputs; one file
//! beside it per output and per job the outputs share.

mod compress;
mod hash;
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
            .finish(&valid, &SeenVersions::new())
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
        .filter(|path| *path != site::SINGLE_FILE_BOOTSTRAP)
        .collect();
    let relinked = relink::relink(&app_files, &roots, &site::SiteLayout)?;
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
            // The file's own policy, without JavaScript too.
            let mut own_files = app_files.clone();
            with_noscript(&mut own_files, policy_text.as_bytes(), &site)?;
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

fn read_text(path: &Path) -> Result<String, String> {
    String::from_utf8(read(path)?).map_err(|_| format!("`{}` is not UTF-8 text", path.display()))
}

/// Writes the policy (as `appcheck::noscript` renders it, in the site's default
/// language, with the site's help desk) into the page's first `<noscript>`: what a
/// browser with JavaScript off shows. A page without one is left as it is.
fn with_noscript(app_files: &mut Files, policy_bytes: &[u8], site: &appcheck::site::Site) -> Result<(), String> {
    let policy = load_policy(policy_bytes).map_err(|e| e.to_string())?;
    let html = app_files
        .get("index.html")
        .map(|b| String::from_utf8_lossy(b).into_owned())
        .ok_or("the built page has no index.html (make site)")?;
    let inner = appcheck::noscript::noscript_html(
        &policy,
        Some(&site.help_desk.contact),
        Some(&site.default_language),
        crate::system_now()?,
    );
    let mut first = true;
    let patched = html::rewrite(
        &html,
        vec![(
            "noscript",
            Box::new(|_: &html::Attributes| {
                let edit = if first {
                    html::Edit::Content(format!("\n{inner}"))
                } else {
                    html::Edit::Keep
                };
                first = false;
                Ok(edit)
            }),
        )],
    )?;
    app_files.insert("index.html".to_owned(), patched.into_bytes());
    Ok(())
}
