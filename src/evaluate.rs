//! Evaluation: a policy, a pasted list and the employee's answers give a report.
//!
//! The caller passes "now"; this module never reads a clock. Every unanswered
//! question that could change a verdict stops the check with "answer this first"
//! instead of guessing, so an incomplete context never reads as "you're fine".
//!
//! Precedence, when several rules meet the same app in the same context: the most
//! specific rule wins (the one that constrains more of the context); among equally
//! specific rules the stricter verdict wins; among equals, the first in the file.
//! The report names the rule that decided.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::list::AppList;
use crate::policy::{AppliesTo, Device, Policy, Rule, Service, Verdict};
use crate::recognise;
use crate::report::{
    count, deadline_report, describe_match, summarise, Answer, AppRef, Finding, Outcome, Overall,
    Report,
};

/// The employee's answers about the device. Unanswered questions are absent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Context {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<Device>,
    /// Which company services the device reaches: `true` yes, `false` no.
    #[serde(default)]
    pub services: BTreeMap<Service, bool>,
}

/// A question the policy needs answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Question {
    Device,
    Service(Service),
}

impl Question {
    fn text(self) -> &'static str {
        match self {
            Question::Device => "Which device is this about?",
            Question::Service(Service::Email) => "Does this device reach company email?",
        }
    }
}

/// Does a rule's scope include the context? `Err` lists what must be answered first.
fn applies(scope: &AppliesTo, context: &Context) -> Result<bool, Vec<Question>> {
    let mut unknown = Vec::new();
    if !scope.devices.is_empty() {
        match context.device {
            Some(d) if !scope.devices.contains(&d) => return Ok(false),
            Some(_) => {}
            None => unknown.push(Question::Device),
        }
    }
    for &service in &scope.services {
        match context.services.get(&service) {
            Some(false) => return Ok(false),
            Some(true) => {}
            None => unknown.push(Question::Service(service)),
        }
    }
    if unknown.is_empty() {
        Ok(true)
    } else {
        Err(unknown)
    }
}

fn specificity(scope: &AppliesTo) -> usize {
    usize::from(!scope.devices.is_empty()) + scope.services.len()
}

fn outcome_of(verdict: Verdict) -> Outcome {
    match verdict {
        Verdict::Remove => Outcome::Remove,
        Verdict::BrowserOnly => Outcome::BrowserOnly,
        Verdict::Discouraged => Outcome::Discouraged,
        Verdict::Allowed => Outcome::Allowed,
    }
}

/// Checks a list against a policy for a device context, at time `now`.
pub fn evaluate(policy: &Policy, list: &AppList, context: &Context, now: DateTime<Utc>) -> Report {
    let summary = summarise(policy, now);

    // Which rules apply to this context at all, before looking at any app.
    let mut missing: Vec<Question> = Vec::new();
    let mut in_scope: Vec<&Rule> = Vec::new();
    for rule in &policy.rules {
        match applies(&rule.applies_to, context) {
            Ok(true) => in_scope.push(rule),
            Ok(false) => {}
            Err(questions) => missing.extend(questions),
        }
    }
    missing.sort();
    missing.dedup();

    let findings: Vec<Finding> = if missing.is_empty() {
        list.entries
            .iter()
            .map(|e| finding(policy, &in_scope, &e.text, e.line, now))
            .collect()
    } else {
        Vec::new()
    };

    let overall = overall(policy, list, context, &missing, &in_scope, &findings);
    Report {
        policy: summary,
        overall,
        findings,
        notes: list.notes.clone(),
    }
}

fn finding(
    policy: &Policy,
    in_scope: &[&Rule],
    input: &str,
    line: usize,
    now: DateTime<Utc>,
) -> Finding {
    let mut finding = Finding {
        line,
        input: input.to_owned(),
        app: None,
        matched_by: None,
        outcome: Outcome::NotCovered,
        rule: None,
        deadline: None,
        consequence: None,
        reason: None,
        still_allowed: None,
        how_to_remove: None,
        note: None,
        explanation: "This policy does not name this app.".to_owned(),
    };
    let Some(recognition) = recognise::recognise(&policy.apps, &policy.index, input) else {
        return finding;
    };
    let Some(app) = policy.apps.get(recognition.app) else {
        return finding;
    };
    let how = describe_match(&recognition.matched_by);
    finding.app = Some(AppRef {
        id: app.id.clone(),
        name: app.name.clone(),
    });
    finding.matched_by = Some(recognition.matched_by);

    // Most specific first, then strictest; the first in the file among equals.
    let mut decisive: Option<&Rule> = None;
    for &rule in in_scope
        .iter()
        .filter(|r| r.apps.contains(&recognition.app))
    {
        let better = decisive.is_none_or(|best| {
            (specificity(&rule.applies_to), rule.verdict)
                > (specificity(&best.applies_to), best.verdict)
        });
        if better {
            decisive = Some(rule);
        }
    }
    let Some(rule) = decisive else {
        finding.outcome = Outcome::NotApplicable;
        finding.explanation = format!(
            "{} ({how}) is named by this policy, but none of its rules cover this device.",
            app.name
        );
        return finding;
    };

    finding.outcome = outcome_of(rule.verdict);
    finding.rule = Some(rule.id.clone());
    finding.deadline = rule.deadline.map(|d| deadline_report(d, now));
    finding.consequence = rule.consequence.clone();
    finding.reason = rule.reason.clone();
    finding.still_allowed = rule.still_allowed.clone();
    finding.how_to_remove = rule.how_to_remove.clone();
    finding.note = rule.note.clone();
    let when = match &finding.deadline {
        Some(d) if d.at.is_none() => " immediately".to_owned(),
        Some(d) if d.overdue => format!(" — the deadline, {}, has passed", d.text),
        Some(d) => format!(" by {}", d.text),
        None => String::new(),
    };
    let verb = match rule.verdict {
        Verdict::Remove => format!("must be removed from this device{when}"),
        Verdict::BrowserOnly => {
            format!("must be removed as an app{when}; using it in a web browser is allowed")
        }
        Verdict::Discouraged => "is discouraged on this device (advice, not an order)".to_owned(),
        Verdict::Allowed => "is allowed on this device".to_owned(),
    };
    finding.explanation = format!("{} {verb} ({how}; rule `{}`).", app.name, rule.id);
    finding
}

fn overall(
    policy: &Policy,
    list: &AppList,
    context: &Context,
    missing: &[Question],
    in_scope: &[&Rule],
    findings: &[Finding],
) -> Overall {
    if !missing.is_empty() {
        let questions: Vec<&str> = missing.iter().map(|q| q.text()).collect();
        return Overall {
            answer: Answer::NeedContext,
            message: format!(
                "Answer these questions first, so the policy can be applied: {}",
                questions.join(" ")
            ),
            act_on: 0,
        };
    }
    if in_scope.is_empty() {
        return Overall {
            answer: Answer::DoesNotApply,
            message: format!(
                "This policy does not apply to {}: none of its rules cover it. No action is needed for this policy.",
                describe_context(context)
            ),
            act_on: 0,
        };
    }
    if list.entries.is_empty() {
        return Overall {
            answer: Answer::NoApps,
            message: "No apps were found in what you entered, so nothing was checked. Paste your app list, one app per line, and check again.".to_owned(),
            act_on: 0,
        };
    }

    let acting: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.outcome.needs_action())
        .collect();
    if !acting.is_empty() {
        let n = acting.len();
        let apps = count(n, "app");
        let immediately = acting
            .iter()
            .any(|f| f.deadline.as_ref().is_some_and(|d| d.at.is_none()));
        let earliest = acting
            .iter()
            .filter_map(|f| f.deadline.as_ref())
            .filter(|d| d.at.is_some())
            .min_by(|a, b| a.at.cmp(&b.at));
        let mut message = match earliest {
            _ if immediately => format!("Remove {apps} now."),
            Some(d) if d.overdue => {
                format!("Remove {apps} now: the deadline, {}, has passed.", d.text)
            }
            Some(d) => format!("Remove {apps} by {}.", d.text),
            None => format!("Remove {apps}."),
        };
        let mut consequences: Vec<&str> = acting
            .iter()
            .filter_map(|f| f.consequence.as_deref())
            .collect();
        consequences.dedup();
        for c in consequences {
            message.push(' ');
            message.push_str(c);
        }
        return Overall {
            answer: Answer::ActionRequired,
            message,
            act_on: n,
        };
    }
    let n = findings.len();
    if findings.iter().any(|f| f.outcome == Outcome::Discouraged) {
        return Overall {
            answer: Answer::Advice,
            message: format!(
                "Nothing must be removed, but {} advises against some of the apps you listed (see below).",
                policy.issuer.name
            ),
            act_on: 0,
        };
    }
    Overall {
        answer: Answer::NothingToDo,
        message: format!(
            "Nothing to do: none of the {} you listed must be removed from {} under this policy. Apps you did not list were not checked.",
            count(n, "app"),
            describe_context(context)
        ),
        act_on: 0,
    }
}

fn describe_context(context: &Context) -> String {
    let device = context.device.map_or("device", Device::as_str);
    match context.services.get(&Service::Email) {
        Some(true) => format!("a {device} that reaches company email"),
        Some(false) => format!("a {device} that does not reach company email"),
        None => format!("a {device}"),
    }
}
