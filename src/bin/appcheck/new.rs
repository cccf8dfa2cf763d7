//! `appcheck new`: a starter policy from flags only, written through the loader's own
//! serde types (`appcheck::policy::raw`) and checked by the loader before it is written.

use appcheck::policy::raw::{
    RawApp, RawAppliesTo, RawDeadline, RawIssuer, RawPolicy, RawRule, RawText, RemovalPlatform,
};
use appcheck::policy::{Status, Verdict, SCHEMA_VERSION};

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

/// The core's words for `given` (`phone`, `company`, …), or what to write instead.
fn words<T>(given: &[String], parse: fn(&str) -> Option<T>, what: &str, all: &str) -> Result<Vec<T>, String> {
    given
        .iter()
        .map(|word| parse(word.trim()).ok_or_else(|| format!("`{word}` is not {what}: write {all}")))
        .collect()
}

pub(super) fn new_policy(starter: Starter, out: Option<&Path>) -> Result<u8, String> {
    let published = match starter.published {
        Some(t) => t,
        None => system_now()?.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    };
    let verdict: Verdict =
        serde_json::from_value(serde_json::Value::String(starter.verdict.clone())).map_err(|_| {
            format!(
                "`{}` is not a verdict: write remove, browser_only, discouraged or allowed",
                starter.verdict
            )
        })?;
    let devices = words(&starter.devices, Device::parse, "a device", "phone, tablet or computer")?;
    let ownership = words(&starter.owner, Ownership::parse, "an owner", "company or personal")?;
    let apps: Vec<RawApp> = starter
        .apps
        .iter()
        .map(|app| {
            let (name, package) = match app.split_once('=') {
                Some((name, package)) => (name.trim(), Some(package.trim().to_owned())),
                None => (app.trim(), None),
            };
            let spaced: String = name
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { ' ' })
                .collect();
            RawApp {
                id: appcheck::text::lower(&spaced)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join("-"),
                name: name.to_owned(),
                aliases: Vec::new(),
                android_packages: package.into_iter().collect(),
                ios_bundle_ids: Vec::new(),
                app_store_ids: Vec::new(),
                other_ids: Vec::new(),
                publisher: None,
                sources: vec!["TODO: where each identifier comes from".to_owned()],
            }
        })
        .collect();
    let text = |s: &str| RawText::Plain(s.to_owned());
    let rule = RawRule {
        id: "main".to_owned(),
        apps: apps.iter().map(|a| a.id.clone()).collect(),
        publishers: Vec::new(),
        applies_to: RawAppliesTo {
            devices,
            ownership,
            ..RawAppliesTo::default()
        },
        verdict,
        deadline: starter.deadline.map(RawDeadline::At),
        consequence: None,
        reason: None,
        still_allowed: None,
        exception: None,
        note: None,
        // In the platforms' order, `any` first, as the loader keeps them.
        how_to_remove: [
            (
                RemovalPlatform::Any,
                text("Uninstall the app the way you remove any app on this device, or ask the help desk to help."),
            ),
            (
                RemovalPlatform::Ios,
                text("Touch and hold the app's icon on the Home Screen, tap Remove App, then Delete App."),
            ),
            (
                RemovalPlatform::Android,
                text("Open Settings > Apps, choose the app, and tap Uninstall."),
            ),
        ]
        .into(),
    };
    let policy = RawPolicy {
        json_schema: None,
        schema: SCHEMA_VERSION,
        id: starter.id,
        version: 1,
        languages: None,
        title: RawText::Plain(starter.title),
        summary: None,
        issuer: RawIssuer {
            name: RawText::Plain(starter.issuer),
            contact: RawText::Plain(starter.contact),
            email: None,
            phone: None,
            url: None,
        },
        published,
        time_zone: None,
        effective: None,
        expires: None,
        status: Status::Draft,
        withdrawn: None,
        superseded: None,
        exceptions: None,
        publishers: Vec::new(),
        apps,
        rules: vec![rule],
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
        None => say_raw(&text),
    }
    Ok(EXIT_NOTHING_TO_DO)
}
