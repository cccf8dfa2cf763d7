//! The policy model: what IT publishes and what the widget obeys.
//!
//! Loading is strict. A policy that is not exactly understood is refused with an
//! error that names the place (a JSON pointer, and the line and column) and says what
//! to do, because a half-understood policy could give an employee a false "you're
//! fine". Once [`load_policy`] has returned a [`Policy`], every reference in it has
//! been checked, so evaluation never re-checks raw JSON.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::{DateTime, FixedOffset};
use serde::Deserialize;

use crate::recognise::{self, Index};

/// The major version of the policy format this build understands.
pub const SCHEMA_VERSION: u64 = 1;

/// A policy that loaded and passed every check.
#[derive(Debug, Clone)]
pub struct Policy {
    pub id: String,
    pub version: u64,
    pub title: String,
    pub summary: Option<String>,
    pub issuer: Issuer,
    pub published: DateTime<FixedOffset>,
    pub status: Status,
    pub apps: Vec<App>,
    pub rules: Vec<Rule>,
    /// Lookup tables from identifiers and normalised names to [`Policy::apps`].
    pub(crate) index: Index,
}

/// Who published the policy and whom to ask.
#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Issuer {
    pub name: String,
    /// How to reach the help desk, as people should read it.
    pub contact: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Whether a policy is in force.
#[derive(Debug, Clone, Copy, Deserialize, serde::Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Active,
}

/// An app the policy names, with every way people and devices name it.
#[derive(Debug, Clone)]
pub struct App {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub android_packages: Vec<String>,
    pub ios_bundle_ids: Vec<String>,
    pub publisher: Option<String>,
}

/// A device kind, as the employee answers "which device is this about?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Device {
    Phone,
    Tablet,
    Laptop,
}

impl Device {
    /// All device kinds, in the order the page offers them.
    pub const ALL: [Device; 3] = [Device::Phone, Device::Tablet, Device::Laptop];

    /// The word used in files, URLs and the CLI.
    pub fn as_str(self) -> &'static str {
        match self {
            Device::Phone => "phone",
            Device::Tablet => "tablet",
            Device::Laptop => "laptop",
        }
    }

    /// Reads the word used in files, URLs and the CLI.
    pub fn parse(word: &str) -> Option<Device> {
        Device::ALL.into_iter().find(|d| d.as_str() == word)
    }
}

/// A company service a device can reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Service {
    Email,
}

/// Which contexts a rule applies to. An empty list means "any".
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppliesTo {
    #[serde(default)]
    pub devices: BTreeSet<Device>,
    /// The rule applies only when the device reaches every one of these services.
    #[serde(default)]
    pub services: BTreeSet<Service>,
}

/// What a rule says about an app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// No restriction.
    Allowed,
    /// Advice, not an order.
    Discouraged,
    /// The installed app must go; using the service in a web browser is allowed.
    BrowserOnly,
    /// The app must be removed.
    Remove,
}

/// When a removal must be done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deadline {
    Immediately,
    At(DateTime<FixedOffset>),
}

/// One rule: these apps, in these contexts, get this verdict.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    /// Indices into [`Policy::apps`].
    pub apps: Vec<usize>,
    pub applies_to: AppliesTo,
    pub verdict: Verdict,
    pub deadline: Option<Deadline>,
    pub consequence: Option<String>,
    pub reason: Option<String>,
    pub still_allowed: Option<String>,
    pub how_to_remove: Option<String>,
    pub note: Option<String>,
}

/// Why a policy could not be loaded: what, where, and what to do.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PolicyError {
    /// A JSON pointer to the offending value (`""` for the whole document).
    pub pointer: String,
    /// 1-based line and column in the file, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    pub message: String,
    pub help: String,
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let place = if self.pointer.is_empty() {
            "the policy".to_owned()
        } else {
            format!("`{}`", self.pointer)
        };
        write!(f, "{place}")?;
        if let (Some(line), Some(column)) = (self.line, self.column) {
            write!(f, " (line {line}, column {column})")?;
        }
        write!(f, ": {}\n  help: {}", self.message, self.help)
    }
}

impl std::error::Error for PolicyError {}

// ---------------------------------------------------------------------------------
// The file format, as serde reads it. Kept private: only `Policy` leaves this module.

#[derive(Deserialize)]
struct Probe {
    schema: Option<serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPolicy {
    #[allow(dead_code, reason = "checked by `Probe` before the strict read")]
    schema: u64,
    id: String,
    version: u64,
    title: String,
    #[serde(default)]
    summary: Option<String>,
    issuer: Issuer,
    published: String,
    status: Status,
    apps: Vec<RawApp>,
    rules: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawApp {
    id: String,
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    android_packages: Vec<String>,
    #[serde(default)]
    ios_bundle_ids: Vec<String>,
    #[serde(default)]
    publisher: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    apps: Vec<String>,
    #[serde(default)]
    applies_to: AppliesTo,
    verdict: Verdict,
    #[serde(default)]
    deadline: Option<String>,
    #[serde(default)]
    consequence: Option<String>,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    still_allowed: Option<String>,
    #[serde(default)]
    how_to_remove: Option<String>,
    #[serde(default)]
    note: Option<String>,
}

/// Reads and checks a policy file.
///
/// Strict: an unknown field, a wrong type, a newer schema, a rule naming an unknown
/// app or a deadline without a time zone is an error, never a guess.
pub fn load_policy(bytes: &[u8]) -> Result<Policy, PolicyError> {
    let text = std::str::from_utf8(bytes).map_err(|e| PolicyError {
        pointer: String::new(),
        line: None,
        column: None,
        message: format!(
            "the file is not UTF-8 text (invalid byte at offset {})",
            e.valid_up_to()
        ),
        help: "save the policy as UTF-8 JSON".to_owned(),
    })?;

    let probe: Probe = serde_json::from_str(text).map_err(|e| syntax_error(&e))?;
    check_schema(probe.schema.as_ref())?;

    let mut de = serde_json::Deserializer::from_str(text);
    let raw: RawPolicy = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let pointer = pointer_from_path(e.path());
        let inner = e.into_inner();
        PolicyError {
            pointer,
            line: Some(inner.line()),
            column: Some(inner.column()),
            message: describe_serde_error(&inner),
            help: "compare this field with the policy format reference (docs/policy-format.md)"
                .to_owned(),
        }
    })?;
    validate(raw)
}

fn syntax_error(e: &serde_json::Error) -> PolicyError {
    PolicyError {
        pointer: String::new(),
        line: Some(e.line()),
        column: Some(e.column()),
        message: format!("this is not valid JSON: {}", describe_serde_error(e)),
        help: "fix the JSON syntax at that line; a JSON validator or editor shows the spot"
            .to_owned(),
    }
}

/// serde_json appends " at line L column C"; we report the place separately.
fn describe_serde_error(e: &serde_json::Error) -> String {
    let full = e.to_string();
    match full.rfind(" at line ") {
        Some(cut) => full.get(..cut).unwrap_or(&full).to_owned(),
        None => full,
    }
}

fn check_schema(schema: Option<&serde_json::Value>) -> Result<(), PolicyError> {
    let error = |message: String, help: &str| PolicyError {
        pointer: "/schema".to_owned(),
        line: None,
        column: None,
        message,
        help: help.to_owned(),
    };
    match schema {
        None => Err(error(
            "the policy does not say which format version it uses".to_owned(),
            "add `\"schema\": 1` at the top of the policy",
        )),
        Some(serde_json::Value::Number(n)) => match n.as_u64() {
            Some(SCHEMA_VERSION) => Ok(()),
            Some(v) if v > SCHEMA_VERSION => Err(error(
                format!(
                    "the policy uses format version {v}, but this appcheck understands only version {SCHEMA_VERSION}"
                ),
                "update appcheck to a release that supports this policy format",
            )),
            _ => Err(error(
                format!("`{n}` is not a known format version"),
                "use `\"schema\": 1`",
            )),
        },
        Some(other) => Err(error(
            format!("the format version must be a number, found `{other}`"),
            "use `\"schema\": 1`",
        )),
    }
}

fn pointer_from_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        out.push('/');
        match segment {
            Segment::Seq { index } => out.push_str(&index.to_string()),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                out.push_str(&key.replace('~', "~0").replace('/', "~1"))
            }
            Segment::Unknown => out.push('?'),
        }
    }
    out
}

fn at(pointer: String, message: String, help: &str) -> PolicyError {
    PolicyError {
        pointer,
        line: None,
        column: None,
        message,
        help: help.to_owned(),
    }
}

fn parse_time(value: &str, pointer: String) -> Result<DateTime<FixedOffset>, PolicyError> {
    DateTime::parse_from_rfc3339(value).map_err(|_| {
        at(
            pointer,
            format!("`{value}` is not a date and time with a time zone"),
            "write it as RFC 3339 with an offset, e.g. `2020-07-10T23:59:00-04:00`",
        )
    })
}

fn validate(raw: RawPolicy) -> Result<Policy, PolicyError> {
    if raw.id.trim().is_empty() {
        return Err(at(
            "/id".into(),
            "the policy id is empty".into(),
            "give the policy a stable id, e.g. `acme-tiktok-2020`",
        ));
    }
    let published = parse_time(&raw.published, "/published".into())?;

    let mut app_ids: BTreeMap<String, usize> = BTreeMap::new();
    let mut apps = Vec::with_capacity(raw.apps.len());
    for (i, app) in raw.apps.into_iter().enumerate() {
        if app_ids.insert(app.id.clone(), i).is_some() {
            return Err(at(
                format!("/apps/{i}/id"),
                format!("the app id `{}` is used twice", app.id),
                "give every app its own id",
            ));
        }
        apps.push(App {
            id: app.id,
            name: app.name,
            aliases: app.aliases,
            android_packages: app.android_packages,
            ios_bundle_ids: app.ios_bundle_ids,
            publisher: app.publisher,
        });
    }

    let mut rule_ids = BTreeSet::new();
    let mut rules = Vec::with_capacity(raw.rules.len());
    for (r, rule) in raw.rules.into_iter().enumerate() {
        if !rule_ids.insert(rule.id.clone()) {
            return Err(at(
                format!("/rules/{r}/id"),
                format!("the rule id `{}` is used twice", rule.id),
                "give every rule its own id",
            ));
        }
        let mut indices = Vec::with_capacity(rule.apps.len());
        for (a, name) in rule.apps.iter().enumerate() {
            match app_ids.get(name) {
                Some(&i) => indices.push(i),
                None => {
                    return Err(at(
                        format!("/rules/{r}/apps/{a}"),
                        format!("the rule names the app `{name}`, but no app has that id"),
                        "add the app to `apps`, or correct the id",
                    ))
                }
            }
        }
        let deadline = match rule.deadline.as_deref() {
            None => None,
            Some("immediately") => Some(Deadline::Immediately),
            Some(value) => Some(Deadline::At(parse_time(
                value,
                format!("/rules/{r}/deadline"),
            )?)),
        };
        if deadline.is_some()
            && rule.verdict != Verdict::Remove
            && rule.verdict != Verdict::BrowserOnly
        {
            return Err(at(
                format!("/rules/{r}/deadline"),
                "only a rule that orders a removal can have a deadline".into(),
                "remove the deadline, or make the verdict `remove` or `browser_only`",
            ));
        }
        rules.push(Rule {
            id: rule.id,
            apps: indices,
            applies_to: rule.applies_to,
            verdict: rule.verdict,
            deadline,
            consequence: rule.consequence,
            reason: rule.reason,
            still_allowed: rule.still_allowed,
            how_to_remove: rule.how_to_remove,
            note: rule.note,
        });
    }

    let index = recognise::build_index(&apps);
    Ok(Policy {
        id: raw.id,
        version: raw.version,
        title: raw.title,
        summary: raw.summary,
        issuer: raw.issuer,
        published,
        status: raw.status,
        apps,
        rules,
        index,
    })
}
