//! What changes for employees between two versions of a policy: its life cycle, the
//! apps it names, and each rule's verdict, scope and deadline (`appcheck diff`). Texts
//! are compared too, but only said to have changed: the author knows what they wrote.

use crate::policy::{AppliesTo, Deadline, Lifecycle, Policy, Rule};
use crate::report::format_time;

fn lifecycle(policy: &Policy) -> String {
    match &policy.lifecycle {
        Lifecycle::Draft => "draft".to_owned(),
        Lifecycle::Active => "active".to_owned(),
        Lifecycle::Withdrawn { at, .. } => format!("withdrawn on {}", format_time(at)),
        Lifecycle::Superseded { by, .. } => format!("superseded by `{by}`"),
    }
}

fn scope(scope: &AppliesTo) -> String {
    let mut parts = Vec::new();
    let list = |words: Vec<&str>| words.join(", ");
    if !scope.devices.is_empty() {
        parts.push(format!(
            "devices {}",
            list(scope.devices.iter().map(|d| d.as_str()).collect())
        ));
    }
    if !scope.platforms.is_empty() {
        parts.push(format!(
            "platforms {}",
            list(scope.platforms.iter().map(|p| p.as_str()).collect())
        ));
    }
    if !scope.ownership.is_empty() {
        parts.push(format!(
            "owned by {}",
            list(scope.ownership.iter().map(|o| o.as_str()).collect())
        ));
    }
    if !scope.services.is_empty() {
        parts.push(format!(
            "reaching {}",
            list(scope.services.iter().map(|s| s.as_str()).collect())
        ));
    }
    if !scope.regions.is_empty() {
        parts.push(format!("regions {}", list(scope.regions.iter().collect())));
    }
    if !scope.usage.is_empty() {
        parts.push(format!(
            "usage {}",
            list(scope.usage.iter().map(|u| u.as_str()).collect())
        ));
    }
    if parts.is_empty() {
        "every device".to_owned()
    } else {
        parts.join("; ")
    }
}

fn deadline(deadline: Option<Deadline>) -> String {
    match deadline {
        None => "no deadline".to_owned(),
        Some(Deadline::Immediately) => "immediately".to_owned(),
        Some(Deadline::At(at)) => format_time(&at),
    }
}

fn apps_of(policy: &Policy, rule: &Rule) -> String {
    let mut names: Vec<&str> = rule
        .apps
        .iter()
        .filter_map(|&i| policy.apps.get(i))
        .map(|a| a.name.as_str())
        .collect();
    names.extend(
        rule.publishers
            .iter()
            .filter_map(|&p| policy.publishers.get(p))
            .map(|p| p.name.as_str()),
    );
    names.join(", ")
}

fn verdict(rule: &Rule) -> String {
    serde_json::to_value(rule.verdict)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The changes from `old` to `new`, one line each, for people; empty when nothing
/// that employees see changed.
pub fn diff(old: &Policy, new: &Policy) -> Vec<String> {
    let mut out = Vec::new();
    if old.id != new.id {
        out.push(format!("these are different policies: `{}` and `{}`", old.id, new.id));
        return out;
    }
    if old.version != new.version {
        out.push(format!("version {} -> {}", old.version, new.version));
    }
    let (was, is) = (lifecycle(old), lifecycle(new));
    if was != is {
        let effect = match new.lifecycle {
            Lifecycle::Withdrawn { .. } | Lifecycle::Superseded { .. } => ": nobody has to act on this policy any more",
            Lifecycle::Active if old.lifecycle == Lifecycle::Draft => ": it is now in force",
            _ => "",
        };
        out.push(format!("status: {was} -> {is}{effect}"));
    }
    if old.title != new.title || old.summary != new.summary {
        out.push("the title or summary changed".to_owned());
    }
    for app in &new.apps {
        match old.apps.iter().find(|a| a.id == app.id) {
            None => out.push(format!("+ app `{}` ({})", app.id, app.name)),
            Some(before) => {
                let ids = |a: &crate::policy::App| {
                    let mut all: Vec<String> = std::iter::once(&a.name)
                        .chain(&a.aliases)
                        .chain(&a.android_packages)
                        .chain(&a.ios_bundle_ids)
                        .chain(&a.app_store_ids)
                        .chain(&a.other_ids)
                        .cloned()
                        .collect();
                    all.sort();
                    all
                };
                let (then, now) = (ids(before), ids(app));
                let added: Vec<&String> = now.iter().filter(|x| !then.contains(x)).collect();
                let removed: Vec<&String> = then.iter().filter(|x| !now.contains(x)).collect();
                if !added.is_empty() {
                    out.push(format!(
                        "app `{}` is now also recognised as: {}",
                        app.id,
                        added.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
                    ));
                }
                if !removed.is_empty() {
                    out.push(format!(
                        "app `{}` is no longer recognised as: {}",
                        app.id,
                        removed.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
                    ));
                }
            }
        }
    }
    for app in old.apps.iter().filter(|a| !new.apps.iter().any(|n| n.id == a.id)) {
        out.push(format!("- app `{}` ({})", app.id, app.name));
    }
    for rule in &new.rules {
        match old.rules.iter().find(|r| r.id == rule.id) {
            None => out.push(format!(
                "+ rule `{}`: {} for {} on {}, {}",
                rule.id,
                verdict(rule),
                apps_of(new, rule),
                scope(&rule.applies_to),
                deadline(rule.deadline)
            )),
            Some(before) => {
                if before.verdict != rule.verdict {
                    out.push(format!("rule `{}`: {} -> {}", rule.id, verdict(before), verdict(rule)));
                }
                if before.applies_to != rule.applies_to {
                    out.push(format!(
                        "rule `{}`: applies to {} -> {}",
                        rule.id,
                        scope(&before.applies_to),
                        scope(&rule.applies_to)
                    ));
                }
                if before.deadline != rule.deadline {
                    out.push(format!(
                        "rule `{}`: deadline {} -> {}",
                        rule.id,
                        deadline(before.deadline),
                        deadline(rule.deadline)
                    ));
                }
                if apps_of(old, before) != apps_of(new, rule) {
                    out.push(format!(
                        "rule `{}`: apps {} -> {}",
                        rule.id,
                        apps_of(old, before),
                        apps_of(new, rule)
                    ));
                }
            }
        }
    }
    for rule in old.rules.iter().filter(|r| !new.rules.iter().any(|n| n.id == r.id)) {
        out.push(format!(
            "- rule `{}`: {} for {} on {}",
            rule.id,
            verdict(rule),
            apps_of(old, rule),
            scope(&rule.applies_to)
        ));
    }
    out
}
