//! Assembling a deployable site (`appcheck build`) and previewing a policy in it
//! (`appcheck preview`): the built page and Wasm module, the published policies with
//! their signatures, and `trust.json`. Nothing is published that the page would refuse:
//! every listed policy must load, match its id, and carry a valid signature by a
//! trusted key unless the site accepts unsigned policies.

use std::path::{Path, PathBuf};

use appcheck::policy::{load_index, load_policy};
use appcheck::trust::{decide, load_trust, Verification};
use ed25519_dalek::{Signature, Verifier, VerifyingKey};

/// The page's own files in a built app folder (`make site` makes them).
const APP_FILES: &[&str] = &["index.html", "www", "pkg"];

fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
    if from.is_dir() {
        std::fs::create_dir_all(to).map_err(|e| format!("cannot create `{}`: {e}", to.display()))?;
        let entries = std::fs::read_dir(from).map_err(|e| format!("cannot read `{}`: {e}", from.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| e.to_string())?;
            copy_tree(&entry.path(), &to.join(entry.file_name()))?;
        }
        Ok(())
    } else {
        std::fs::copy(from, to)
            .map(|_| ())
            .map_err(|e| format!("cannot copy `{}`: {e}", from.display()))
    }
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))
}

/// Builds the site in `out` from the app folder, the policies folder (with its
/// index.json) and trust.json. Refuses, naming the policy and the reason, rather than
/// publish what the page would refuse.
pub fn build(app: &Path, site_config: &Path, policies: &Path, trust: &Path, out: &Path) -> Result<(), String> {
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
        let policy = load_policy(&bytes)
            .map_err(|e| format!("{} is not valid, so nothing is published: {e}", path.display()))?;
        if policy.id != entry.id {
            return Err(format!(
                "the index lists `{}` as `{}`, but its id is `{}`",
                entry.file, entry.id, policy.id
            ));
        }
        let sig_path = entry.signature.as_ref().map(|s| policies.join(s));
        let signature = sig_path.as_deref().map(read).transpose()?;
        let decision = decide(&trust_set, signature.as_deref(), |key, file| {
            let Ok(public) = VerifyingKey::from_bytes(&key.public_key) else {
                return false;
            };
            public.verify(&bytes, &Signature::from_bytes(&file.signature)).is_ok()
        });
        if let Verification::Refused { reason } = decision {
            return Err(format!(
                "{} would be refused by the page, so nothing is published: {reason}",
                path.display()
            ));
        }
        published.push((path, sig_path));
    }
    if out.exists() {
        std::fs::remove_dir_all(out).map_err(|e| format!("cannot clear `{}`: {e}", out.display()))?;
    }
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create `{}`: {e}", out.display()))?;
    for file in APP_FILES {
        copy_tree(&app.join(file), &out.join(file))?;
    }
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
    Ok(())
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
    build(app, site_config, &policies, &trust, &site)?;
    crate::serve::run(&site, port)
}
