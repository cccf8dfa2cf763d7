//! `appcheck new`: a starter policy from flags only, checked by the loader before it
//! is written.

use super::*;

/// What `appcheck new` is told.
#[derive(clap::Args)]
pub(super) struct Starter {
    /// The policy's id (letters, digits, -, _ and .).
    #[arg(long)]
    pub(super) id: String,
    #[arg(long)]
    pub(super) title: String,
    /// Who issues it.
    #[arg(long)]
    pub(super) issuer: String,
    /// How to reach the help desk, as employees should read it.
    #[arg(long)]
    pub(super) contact: String,
    /// An app the rule is about: `Name` or `Name=android.package`. Repeatable.
    #[arg(long = "app", required = true, value_name = "NAME[=PACKAGE]")]
    pub(super) apps: Vec<String>,
    /// remove, browser_only, discouraged or allowed.
    #[arg(long, default_value = "remove")]
    pub(super) verdict: String,
    /// RFC 3339 with an offset, or `immediately`.
    #[arg(long)]
    pub(super) deadline: Option<String>,
    /// Devices the rule covers (phone, tablet, computer); all when not given.
    #[arg(long, value_delimiter = ',')]
    pub(super) devices: Vec<String>,
    /// Who owns the devices it covers (company, personal); both when not given.
    #[arg(long, value_delimiter = ',')]
    pub(super) owner: Vec<String>,
    /// When it is published (RFC 3339); now when not given.
    #[arg(long, value_name = "TIME")]
    pub(super) published: Option<String>,
}

/// The starter file, in the order a reader expects (serde_json would sort a map's keys).
#[derive(serde::Serialize)]
pub(super) struct StarterPolicy {
    pub(super) schema: u64,
    pub(super) id: String,
    pub(super) version: u64,
    pub(super) title: String,
    pub(super) issuer: StarterIssuer,
    pub(super) published: String,
    pub(super) status: &'static str,
    pub(super) apps: Vec<StarterApp>,
    pub(super) rules: Vec<StarterRule>,
}

#[derive(serde::Serialize)]
pub(super) struct StarterIssuer {
    pub(super) name: String,
    pub(super) contact: String,
}

#[derive(serde::Serialize)]
pub(super) struct StarterApp {
    pub(super) id: String,
    pub(super) name: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(super) android_packages: Vec<String>,
    pub(super) sources: Vec<&'static str>,
}

#[derive(serde::Serialize)]
pub(super) struct StarterRule {
    pub(super) id: &'static str,
    pub(super) apps: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) applies_to: Option<StarterScope>,
    pub(super) verdict: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) deadline: Option<String>,
    pub(super) how_to_remove: std::collections::BTreeMap<&'static str, &'static str>,
}

#[derive(serde::Serialize)]
pub(super) struct StarterScope {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(super) devices: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(super) ownership: Vec<String>,
}

pub(super) fn new_policy(starter: Starter, out: Option<&Path>) -> Result<u8, String> {
    let published = match starter.published {
        Some(t) => t,
        None => system_now()?.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    };
    let apps: Vec<StarterApp> = starter
        .apps
        .iter()
        .map(|app| {
            let (name, package) = match app.split_once('=') {
                Some((name, package)) => (name.trim(), Some(package.trim().to_owned())),
                None => (app.trim(), None),
            };
            let words: String = name
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { ' ' })
                .collect();
            let id = words.to_lowercase().split_whitespace().collect::<Vec<_>>().join("-");
            StarterApp {
                id,
                name: name.to_owned(),
                android_packages: package.into_iter().collect(),
                sources: vec!["TODO: where each identifier comes from"],
            }
        })
        .collect();
    let scope = (!starter.devices.is_empty() || !starter.owner.is_empty()).then_some(StarterScope {
        devices: starter.devices,
        ownership: starter.owner,
    });
    let policy = StarterPolicy {
        schema: 1,
        id: starter.id,
        version: 1,
        title: starter.title,
        issuer: StarterIssuer {
            name: starter.issuer,
            contact: starter.contact,
        },
        published,
        status: "draft",
        rules: vec![StarterRule {
            id: "main",
            apps: apps.iter().map(|a| a.id.clone()).collect(),
            applies_to: scope,
            verdict: starter.verdict,
            deadline: starter.deadline,
            how_to_remove: [
                (
                    "ios",
                    "Touch and hold the app's icon on the Home Screen, tap Remove App, then Delete App.",
                ),
                ("android", "Open Settings > Apps, choose the app, and tap Uninstall."),
                (
                    "any",
                    "Uninstall the app the way you remove any app on this device, or ask the help desk to help.",
                ),
            ]
            .into(),
        }],
        apps,
    };
    let text = appcheck::api::to_json(&policy) + "\n";
    load_policy(text.as_bytes()).map_err(|e| format!("these flags do not make a valid policy: {e}"))?;
    match out {
        Some(path) if path.exists() => {
            return Err(format!(
                "`{}` exists already; appcheck new does not overwrite",
                path.display()
            ))
        }
        Some(path) => {
            std::fs::write(path, &text).map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
            eprintln!(
                "wrote a draft policy to {}: review it, then set \"status\": \"active\", lint, sign and publish",
                path.display()
            );
        }
        None => print!("{text}"),
    }
    Ok(EXIT_NOTHING_TO_DO)
}
