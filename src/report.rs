//! The report: what the employee is told, app by app, and overall.
//!
//! A report is plain data in a deterministic order (the order of the pasted list),
//! so the page, the CLI's text output and its `--json` output are three views of
//! one value, and the same input gives the same report natively and in Wasm.

use std::fmt::Write as _;

use serde::Serialize;

use crate::list::Note;
use chrono::{DateTime, FixedOffset, Utc};

use crate::policy::{Deadline, Issuer, Policy, Status};
use crate::recognise::MatchedBy;

/// Everything a check found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub policy: PolicySummary,
    pub overall: Overall,
    /// One finding per pasted entry, in the order they were pasted.
    pub findings: Vec<Finding>,
    /// What the list reader skipped.
    pub notes: Vec<Note>,
}

/// The policy the report is about, as the page shows it first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PolicySummary {
    pub id: String,
    pub version: u64,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub issuer: Issuer,
    /// RFC 3339, as published.
    pub published: String,
    /// For people: "Fri 10 Jul 2020, 12:00 (UTC-04:00)".
    pub published_text: String,
    pub status: Status,
    /// The earliest removal deadline any rule sets, for the page's header.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<DeadlineReport>,
}

/// Formats a time for people, in the offset it was written with.
pub fn format_time(at: &DateTime<FixedOffset>) -> String {
    at.format("%a %-d %b %Y, %H:%M (UTC%:z)").to_string()
}

/// Formats a deadline for people, in the policy's own time zone.
pub fn deadline_report(deadline: Deadline, now: DateTime<Utc>) -> DeadlineReport {
    match deadline {
        Deadline::Immediately => DeadlineReport {
            at: None,
            text: "immediately".to_owned(),
            overdue: false,
        },
        Deadline::At(at) => DeadlineReport {
            at: Some(at.to_rfc3339()),
            text: format_time(&at),
            overdue: now > at,
        },
    }
}

/// What the page shows about a policy before anything is checked.
pub fn summarise(policy: &Policy, now: DateTime<Utc>) -> PolicySummary {
    let earliest = policy
        .rules
        .iter()
        .filter_map(|r| r.deadline)
        .min_by_key(|d| match d {
            Deadline::Immediately => None,
            Deadline::At(at) => Some(*at),
        });
    PolicySummary {
        id: policy.id.clone(),
        version: policy.version,
        title: policy.title.clone(),
        summary: policy.summary.clone(),
        issuer: policy.issuer.clone(),
        published: policy.published.to_rfc3339(),
        published_text: format_time(&policy.published),
        status: policy.status,
        deadline: earliest.map(|d| deadline_report(d, now)),
    }
}

/// "1 app", "2 apps".
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The answer in one sentence, with its kind for programs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Overall {
    pub answer: Answer,
    pub message: String,
    /// How many listed apps the employee must act on.
    pub act_on: usize,
}

/// The kinds of overall answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// At least one app must be removed.
    ActionRequired,
    /// Nothing must be removed, but the policy advises against at least one app.
    Advice,
    /// The list was checked and nothing needs doing.
    NothingToDo,
    /// The policy has no rule for this device context.
    DoesNotApply,
    /// A question the policy needs was not answered: no verdict yet.
    NeedContext,
    /// No apps were found in the pasted text: nothing was checked.
    NoApps,
}

/// What the policy says about one pasted entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Remove,
    BrowserOnly,
    Discouraged,
    Allowed,
    /// The policy names the app, but none of its rules cover this device.
    NotApplicable,
    /// The policy does not name this app.
    NotCovered,
}

impl Outcome {
    /// Whether the employee has to do something about the app.
    pub fn needs_action(self) -> bool {
        matches!(self, Outcome::Remove | Outcome::BrowserOnly)
    }

    /// A short label, as shown next to the app.
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Remove => "Remove",
            Outcome::BrowserOnly => "Remove the app (browser use allowed)",
            Outcome::Discouraged => "Discouraged",
            Outcome::Allowed => "Allowed",
            Outcome::NotApplicable => "Not covered on this device",
            Outcome::NotCovered => "Not in this policy",
        }
    }
}

/// The policy's app a finding is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AppRef {
    pub id: String,
    pub name: String,
}

/// A removal deadline, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeadlineReport {
    /// RFC 3339 with the policy's offset; absent for "immediately".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
    /// For people: "Fri 10 Jul 2020, 23:59 (UTC-04:00)" or "immediately".
    pub text: String,
    /// Whether "now" is past the deadline.
    pub overdue: bool,
}

/// One pasted entry and what the policy says about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub line: usize,
    pub input: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app: Option<AppRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matched_by: Option<MatchedBy>,
    pub outcome: Outcome,
    /// The id of the rule that decided, if one did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<DeadlineReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consequence: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub still_allowed: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub how_to_remove: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Why this entry got this outcome, in one sentence.
    pub explanation: String,
}

/// Describes how an entry was recognised, for people.
pub fn describe_match(matched_by: &MatchedBy) -> String {
    match matched_by {
        MatchedBy::AndroidPackage { value } => format!("matched by Android package name `{value}`"),
        MatchedBy::IosBundleId { value } => format!("matched by iOS bundle id `{value}`"),
        MatchedBy::Name { value } => format!("matched by name \"{value}\""),
    }
}

/// Renders a report as plain text, as the CLI prints it.
pub fn to_text(report: &Report) -> String {
    let mut out = String::new();
    let p = &report.policy;
    let _ = writeln!(out, "{} (policy {} v{})", p.title, p.id, p.version);
    let _ = writeln!(
        out,
        "Issued by {}, published {}",
        p.issuer.name, p.published_text
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", report.overall.message);
    for f in &report.findings {
        if f.outcome == Outcome::NotCovered {
            continue;
        }
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "  line {}: {} — {}",
            f.line,
            f.input,
            f.outcome.label()
        );
        let _ = writeln!(out, "    {}", f.explanation);
        for (label, text) in [
            ("If you don't", &f.consequence),
            ("Why", &f.reason),
            ("How to remove", &f.how_to_remove),
            ("Still allowed", &f.still_allowed),
            ("Note", &f.note),
        ] {
            if let Some(text) = text {
                let _ = writeln!(out, "    {label}: {text}");
            }
        }
    }
    let uncovered = report
        .findings
        .iter()
        .filter(|f| f.outcome == Outcome::NotCovered)
        .count();
    if uncovered > 0 {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "  Not named by this policy: {}.",
            count(uncovered, "other listed app")
        );
    }
    for note in &report.notes {
        let _ = writeln!(out, "  line {}: {}", note.line, note.message);
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "Questions? {}", p.issuer.contact);
    out
}
