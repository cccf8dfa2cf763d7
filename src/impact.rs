//! A policy's impact before it is sent: whom it would order to act, on an export.
//!
//! The memo in the story went to everyone by mistake and was withdrawn within hours.
//! Given the exports a device-management tool already has — one row per app per
//! device (Intune's `AppInvRawData`, a Jamf search, Workspace ONE, Kandji), or one row
//! per app with a count of devices (Intune's `AppInvAggregate`) — [`impact`] says, per
//! rule and app, how many devices the policy would order to act (which ones, for a
//! per-device export), by when, and how many it cannot decide without asking.
//!
//! Each device is evaluated as the page would evaluate it ([`crate::fleet`]'s context
//! from the export's columns). Where the export does not say what a rule asks (does
//! the phone reach company email?), every answer is tried: an app a rule orders under
//! every answer is an order; under some answers only, it is undecided, with the
//! questions that decide it. Nothing is guessed.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::evaluate::{Checker, Context, Question};
use crate::fleet::device_context;
use crate::i18n::Lang;
use crate::list::AppList;
use crate::policy::{Device, Ownership, Platform, Service};
use crate::report::{AppRef, DeadlineReport, Outcome, Report};

/// At most this many answers are tried per device (its open questions' combinations).
const MAX_TRIES: usize = 256;

/// What a policy would do to the devices of an export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Impact {
    pub policy: String,
    pub version: u64,
    pub title: String,
    /// Devices in the export; for an aggregate, the sum of its rows' counts (a device
    /// with two of the policy's apps is counted twice there).
    pub devices: u64,
    /// Whether the export is an aggregate: counts of devices per app, no device names.
    pub aggregate: bool,
    /// Whether the policy gives orders now at all (not withdrawn, replaced or ended).
    pub gives_verdicts: bool,
    /// Per rule that would order someone to act, its apps.
    pub rules: Vec<RuleImpact>,
    /// The questions that leave some devices undecided, as the page asks them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<String>,
    /// Devices with a row that could not be read (their answer would be "can't tell").
    pub unread: u64,
}

/// One rule's reach.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct RuleImpact {
    pub rule: String,
    pub outcome: Outcome,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<DeadlineReport>,
    pub apps: Vec<AppImpact>,
}

/// One app under one rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct AppImpact {
    pub app: AppRef,
    /// Devices the rule orders to act, whatever is answered.
    pub act: u64,
    /// Devices it would order under some answers only.
    pub undecided: u64,
    /// The devices that must act, by name (a per-device export).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub devices: Vec<String>,
    /// The devices it cannot decide yet, by name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub undecided_devices: Vec<String>,
}

/// The impact of the checker's policy on `list`, an export, at `now`; `context` holds
/// what the author says for every device (`--email yes`), the export's columns win.
pub fn impact(checker: &Checker, list: &AppList, context: &Context, now: DateTime<Utc>) -> Impact {
    let ui = Lang::pick(context.language.as_deref());
    let policy = checker.policy();
    let summary = crate::report::summarise(policy, now, context.language.as_deref());
    let mut out = Impact {
        policy: policy.id.clone(),
        version: policy.version,
        title: summary.title.clone(),
        devices: 0,
        aggregate: list.is_aggregate(),
        gives_verdicts: summary.lifecycle.state.gives_verdicts(),
        rules: Vec::new(),
        questions: Vec::new(),
        unread: 0,
    };
    let mut asked: Vec<Question> = Vec::new();
    let parts = if list.devices.is_empty() {
        // One device's list: itself.
        vec![(None, list.clone())]
    } else {
        list.by_device().into_iter().map(|p| (Some(p.device), p.list)).collect()
    };
    for (device, part) in parts {
        let weight = device.as_ref().and_then(|d| d.count).unwrap_or(1);
        out.devices += weight;
        let name = device
            .as_ref()
            .and_then(|d| d.name.clone().or_else(|| d.serial.clone()))
            .filter(|_| !list.is_aggregate());
        let own = match &device {
            Some(d) => device_context(context, d),
            None => context.clone(),
        };
        if part.account.unread > 0 {
            out.unread += weight;
        }
        let (reports, open, overflow) = every_answer(checker, &part, &own, now);
        for q in open {
            if !asked.contains(&q) {
                asked.push(q);
            }
        }
        // (rule, app) ordered under every answer tried, and under some.
        let ordered = |r: &Report| -> Vec<(String, AppRef, Outcome, Option<DeadlineReport>)> {
            r.findings
                .iter()
                .filter(|f| f.outcome.needs_action())
                .filter_map(|f| Some((f.rule.clone()?, f.app.clone()?, f.outcome, f.deadline.clone())))
                .collect()
        };
        let all: Vec<Vec<_>> = reports.iter().map(ordered).collect();
        let mut seen: Vec<(String, String)> = Vec::new();
        for hit in all.iter().flatten() {
            let key = (hit.0.clone(), hit.1.id.clone());
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            let everywhere = !overflow && all.iter().all(|r| r.iter().any(|h| h.0 == hit.0 && h.1.id == hit.1.id));
            let Some(app) = app_slot(&mut out.rules, hit) else {
                continue;
            };
            if everywhere {
                app.act += weight;
                app.devices.extend(name.clone());
            } else {
                app.undecided += weight;
                app.undecided_devices.extend(name.clone());
            }
        }
    }
    crate::small_sort::sort(&mut asked);
    out.questions = asked.iter().map(|q| q.text(ui).to_owned()).collect();
    out
}

/// The rule's entry for an app, added the first time.
fn app_slot<'a>(
    rules: &'a mut Vec<RuleImpact>,
    (rule, app, outcome, deadline): &(String, AppRef, Outcome, Option<DeadlineReport>),
) -> Option<&'a mut AppImpact> {
    if !rules.iter().any(|r| r.rule == *rule) {
        rules.push(RuleImpact {
            rule: rule.clone(),
            outcome: *outcome,
            deadline: deadline.clone(),
            apps: Vec::new(),
        });
    }
    let rule = rules.iter_mut().find(|r| r.rule == *rule)?;
    if !rule.apps.iter().any(|a| a.app.id == app.id) {
        rule.apps.push(AppImpact {
            app: app.clone(),
            act: 0,
            undecided: 0,
            devices: Vec::new(),
            undecided_devices: Vec::new(),
        });
    }
    rule.apps.iter_mut().find(|a| a.app.id == app.id)
}

/// The device's reports under every answer to the questions its context leaves open
/// (one report when none is open), those questions, and whether there were too many
/// answers to try them all (then nothing found is an order "under every answer").
fn every_answer(
    checker: &Checker,
    list: &AppList,
    context: &Context,
    now: DateTime<Utc>,
) -> (Vec<Report>, Vec<Question>, bool) {
    // A device whose list names none of the policy's apps is ordered nothing, whatever
    // is answered: one check, not one per answer.
    if !checker.names_any(list) {
        return (vec![checker.check_keeping(list, context, now, 0)], Vec::new(), false);
    }
    let policy = checker.policy();
    let regions: Vec<String> = policy
        .regions()
        .into_iter()
        .map(str::to_owned)
        .chain(["ZZ".to_owned()]) // somewhere the policy names no rule for
        .collect();
    let mut pending = vec![context.clone()];
    let mut reports = Vec::new();
    let mut open: Vec<Question> = Vec::new();
    let mut overflow = false;
    while let Some(c) = pending.pop() {
        let missing = checker.missing(&c);
        let Some(q) = missing.first().copied() else {
            reports.push(checker.check_keeping(list, &c, now, 0));
            continue;
        };
        if !open.contains(&q) {
            open.push(q);
        }
        if reports.len() + pending.len() > MAX_TRIES {
            overflow = true;
            continue;
        }
        let mut branch = |f: &dyn Fn(&mut Context)| {
            let mut next = c.clone();
            f(&mut next);
            pending.push(next);
        };
        match q {
            Question::Device => Device::ALL.iter().for_each(|d| branch(&|c| c.device = Some(*d))),
            Question::Ownership => Ownership::ALL.iter().for_each(|o| branch(&|c| c.ownership = Some(*o))),
            Question::Platform => Platform::ALL.iter().for_each(|p| branch(&|c| c.platform = Some(*p))),
            Question::Region => regions.iter().for_each(|r| branch(&|c| c.region = Some(r.clone()))),
            Question::Service(s) => [true, false]
                .iter()
                .for_each(|yes| branch(&|c| set_service(c, s, *yes))),
        }
    }
    (reports, open, overflow)
}

fn set_service(context: &mut Context, service: Service, yes: bool) {
    context.services.insert(service, yes);
}

/// The impact for an author's terminal (what the export says escaped through
/// [`crate::text::visible`]). At most ten devices are named per app; `--json` has all.
pub fn to_text(impact: &Impact) -> String {
    use std::fmt::Write as _;
    let visible = |s: &str| crate::text::visible(s).into_owned();
    let devices = |n: u64| {
        if n == 1 {
            "1 device".to_owned()
        } else {
            format!("{n} devices")
        }
    };
    let named = |names: &[String]| {
        let mut shown: Vec<String> = names.iter().take(10).map(|n| visible(n)).collect();
        if names.len() > 10 {
            shown.push(format!("and {} more", names.len() - 10));
        }
        if shown.is_empty() {
            String::new()
        } else {
            format!(" ({})", shown.join(", "))
        }
    };
    let mut out = String::new();
    let what = if impact.aggregate {
        format!("an aggregate export of {} app installations", impact.devices)
    } else {
        devices(impact.devices)
    };
    let _ = writeln!(
        out,
        "Impact of \"{}\" ({} v{}) on {what}:",
        visible(&impact.title),
        impact.policy,
        impact.version
    );
    if !impact.gives_verdicts {
        let _ = writeln!(
            out,
            "  the policy gives no orders now (withdrawn, replaced or ended): no device would act."
        );
    } else if impact.rules.is_empty() {
        let _ = writeln!(out, "  no device in the export would be ordered to act.");
    }
    for rule in &impact.rules {
        let verdict = match rule.outcome {
            Outcome::BrowserOnly => "use in a browser only",
            _ => "remove",
        };
        let by = rule
            .deadline
            .as_ref()
            .map_or(String::new(), |d| format!(", by {}", d.text));
        let _ = writeln!(out, "  rule {}: {verdict}{by}", visible(&rule.rule));
        for app in &rule.apps {
            let mut line = format!(
                "    {}: {} must act{}",
                visible(&app.app.name),
                devices(app.act),
                named(&app.devices)
            );
            if app.undecided > 0 {
                let _ = write!(
                    line,
                    "; {} cannot be decided without asking{}",
                    devices(app.undecided),
                    named(&app.undecided_devices)
                );
            }
            let _ = writeln!(out, "{line}");
        }
    }
    if !impact.questions.is_empty() {
        let _ = writeln!(out, "Undecided until asked: {}", impact.questions.join(" "));
    }
    if impact.unread > 0 {
        let _ = writeln!(
            out,
            "{} with a row that could not be read: their employees would be told \"can't tell\".",
            devices(impact.unread)
        );
    }
    out
}

/// What changes between two impacts on the same export, per rule and app, for
/// `appcheck diff --export`: "TikTok under tiktok-phones: 2 → 5 devices must act".
pub fn changes(before: &Impact, after: &Impact) -> Vec<String> {
    let visible = |s: &str| crate::text::visible(s).into_owned();
    let find = |impact: &Impact, rule: &str, app: &str| -> (u64, u64) {
        impact
            .rules
            .iter()
            .filter(|r| r.rule == rule)
            .flat_map(|r| r.apps.iter().filter(|a| a.app.id == app))
            .map(|a| (a.act, a.undecided))
            .next()
            .unwrap_or((0, 0))
    };
    let mut keys: Vec<(String, String, String)> = Vec::new();
    for impact in [before, after] {
        for r in &impact.rules {
            for a in &r.apps {
                let key = (r.rule.clone(), a.app.id.clone(), a.app.name.clone());
                if !keys.contains(&key) {
                    keys.push(key);
                }
            }
        }
    }
    let mut out = Vec::new();
    for (rule, id, name) in &keys {
        let (b, a) = (find(before, rule, id), find(after, rule, id));
        if a == b {
            continue;
        }
        out.push(format!(
            "  {} under rule {}: {} → {} devices must act; {} → {} cannot be decided without asking",
            visible(name),
            visible(rule),
            b.0,
            a.0,
            b.1,
            a.1
        ));
    }
    if before.gives_verdicts != after.gives_verdicts {
        out.push(if after.gives_verdicts {
            "  the new version gives orders; the old one gave none".to_owned()
        } else {
            "  the new version gives no orders (withdrawn, replaced or ended)".to_owned()
        });
    }
    if out.is_empty() {
        out.push("  no device's answer changes".to_owned());
    }
    out
}
