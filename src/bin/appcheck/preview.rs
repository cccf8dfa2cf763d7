//! `appcheck preview`: a policy shown as employees will see it, in a site built for it
//! alone and served on 127.0.0.1.

use std::path::Path;

use appcheck::policy::load_policy;

use crate::build::{build, read, Extras};

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
    // (Served until it is stopped; a build or a port that fails takes its files away.)
    let served = build(app, site_config, &policies, &trust, &site, &Extras::default())
        .and_then(|()| crate::serve::run(&site, port));
    let _ = std::fs::remove_dir_all(&dir);
    served
}
