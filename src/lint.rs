//! Lint: what is valid but probably wrong in a policy, for its author, before it
//! reaches employees. The loader refuses what cannot be understood; lint warns about
//! what is understood but looks like a mistake. Each warning names the place and says
//! what to check.

use chrono::{DateTime, Datelike, Duration, FixedOffset, Utc, Weekday};
use serde::Serialize;

use crate::policy::{Deadline, Device, Lifecycle, Platform, Policy, Text};
use crate::recognise::NEAR_MISSES;
use crate::text::normalise_name;

/// One thing to check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// A JSON pointer to the place.
    pub pointer: String,
    pub message: String,
    pub help: String,
}

fn warn(pointer: String, message: String, help: &str) -> Warning {
    Warning {
        pointer,
        message,
        help: help.to_owned(),
    }
}

/// The warnings for a loaded policy, at time `now`: apps, then rules, then texts.
pub fn lint(policy: &Policy, now: DateTime<Utc>) -> Vec<Warning> {
    let mut out = Vec::new();

    for (i, app) in policy.apps.iter().enumerate() {
        for (j, name) in std::iter::once(&app.name).chain(&app.aliases).enumerate() {
            let key = normalise_name(name);
            if let Some(other) = NEAR_MISSES.iter().find(|n| normalise_name(n) == key) {
                let pointer = if j == 0 {
                    format!("/apps/{i}/name")
                } else {
                    format!("/apps/{i}/aliases/{}", j - 1)
                };
                out.push(warn(
                    pointer,
                    format!("`{name}` is also the name of another, well-known app ({other}): employees with that app would be told to remove it"),
                    "use the app's exact name, or a store-listing title that only it has",
                ));
            }
        }
        let mentioned = policy
            .rules
            .iter()
            .any(|r| r.apps.contains(&i) || app.publisher.is_some_and(|p| r.publishers.contains(&p)));
        let ordered = policy
            .rules
            .iter()
            .any(|r| r.verdict.needs_action() && r.apps.contains(&i));
        if ordered && app.publisher.is_none() && app.android_packages.is_empty() && app.ios_bundle_ids.is_empty() {
            out.push(warn(
                format!("/apps/{i}"),
                format!(
                    "`{}` has no Android package and no iOS bundle id: a list that gives apps by identifier (adb, ideviceinstaller) cannot show it, and employees who paste one are told appcheck cannot tell",
                    app.id
                ),
                "add its `android_packages` and `ios_bundle_ids`, as the stores list them",
            ));
        }
        if !mentioned {
            out.push(warn(
                format!("/apps/{i}"),
                format!(
                    "no rule mentions `{}`: employees will read \"not restricted\" for it",
                    app.id
                ),
                "add it to a rule's `apps`, or remove it from the policy",
            ));
        }
    }

    for (r, rule) in policy.rules.iter().enumerate() {
        let scope = &rule.applies_to;
        // Two certain mismatches: computers running a phone system, phones a desktop one.
        let only = |devices: &[Device]| !scope.devices.is_empty() && scope.devices.iter().all(|d| devices.contains(&d));
        let all = |platforms: &[Platform]| {
            !scope.platforms.is_empty() && scope.platforms.iter().all(|p| platforms.contains(&p))
        };
        if only(&[Device::Computer]) && all(&[Platform::Ios, Platform::Android])
            || only(&[Device::Phone]) && all(&[Platform::Windows, Platform::Macos, Platform::Linux, Platform::Chromeos])
        {
            out.push(warn(
                format!("/rules/{r}/applies_to"),
                "the rule's devices and platforms never meet (computers running iOS or Android, or phones running a desktop system), so it can never apply".to_owned(),
                "check `devices` and `platforms`",
            ));
        }
        if let Some(Deadline::At(at)) = rule.deadline {
            if at <= policy.published {
                out.push(warn(
                    format!("/rules/{r}/deadline"),
                    "the deadline is not after the publication: employees could never meet it".to_owned(),
                    "check the date and its time zone",
                ));
            } else {
                if policy.lifecycle == Lifecycle::Active && at < now {
                    out.push(warn(
                        format!("/rules/{r}/deadline"),
                        "the deadline has passed: employees are told it is overdue".to_owned(),
                        "if the policy still applies, set a new deadline or \"immediately\"; if not, withdraw it",
                    ));
                }
                let pending = matches!(policy.lifecycle, Lifecycle::Active | Lifecycle::Draft);
                if pending && working_time(policy.published, at) < Duration::hours(24) {
                    out.push(warn(
                        format!("/rules/{r}/deadline"),
                        "the deadline is less than a working day after publication (24 hours, Monday to Friday, in the deadline's time zone): employees who read the email late cannot meet it, and the help desk cannot answer everyone in time".to_owned(),
                        "give employees at least a full working day, or write \"immediately\" if the removal truly cannot wait",
                    ));
                }
            }
        }
    }

    let missing = |text: &Text, pointer: &str, out: &mut Vec<Warning>| {
        let have: Vec<&str> = text.languages().collect();
        let lacking: Vec<&str> = policy
            .languages
            .iter()
            .map(String::as_str)
            .filter(|l| !have.contains(l))
            .collect();
        if !lacking.is_empty() {
            out.push(warn(
                pointer.to_owned(),
                format!(
                    "no {} text: readers of {} get the fallback language",
                    lacking.join(", "),
                    lacking.join(", ")
                ),
                "add the translation, or remove the language from `languages`",
            ));
        }
    };
    if policy.languages.len() > 1 {
        missing(&policy.title, "/title", &mut out);
        if let Some(summary) = &policy.summary {
            missing(summary, "/summary", &mut out);
        }
        for (r, rule) in policy.rules.iter().enumerate() {
            for (field, text) in [
                ("consequence", &rule.consequence),
                ("reason", &rule.reason),
                ("still_allowed", &rule.still_allowed),
                ("note", &rule.note),
            ] {
                if let Some(text) = text {
                    missing(text, &format!("/rules/{r}/{field}"), &mut out);
                }
            }
        }
    }

    if policy.lifecycle == Lifecycle::Active && policy.expires.is_none() && policy.effective_until.is_none() {
        out.push(warn(
            String::new(),
            "the policy has no review date: the page will never say it may be out of date".to_owned(),
            "add `\"expires\"` with the date it should be reviewed by",
        ));
    }
    out
}

/// The Monday-to-Friday time from `from` to `to`, counted in `to`'s time zone offset,
/// up to a day (all the deadline check needs to know).
fn working_time(from: DateTime<FixedOffset>, to: DateTime<FixedOffset>) -> Duration {
    let offset = *to.offset();
    let mut at = from.with_timezone(&offset);
    let mut total = Duration::zero();
    while at < to && total < Duration::hours(24) {
        let midnight = at
            .date_naive()
            .succ_opt()
            .and_then(|day| day.and_hms_opt(0, 0, 0))
            .and_then(|time| time.and_local_timezone(offset).single());
        let Some(next) = midnight else { break };
        let end = next.min(to);
        if !matches!(at.weekday(), Weekday::Sat | Weekday::Sun) {
            total += end - at;
        }
        at = end;
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ordered_app_without_identifiers_is_warned_about() {
        let policy = |app: &str| {
            crate::policy::load_policy(format!(r#"{{"schema":1,"id":"p","version":1,"title":"T","issuer":{{"name":"IT","contact":"desk"}},"published":"2024-01-01T00:00:00Z","status":"active","expires":"2030-01-01T00:00:00Z","apps":[{app}],"rules":[{{"id":"r","apps":["tiktok"],"verdict":"remove"}}]}}"#).as_bytes()).unwrap()
        };
        let now = at("2024-02-01T00:00:00Z").to_utc();
        let named = lint(&policy(r#"{"id":"tiktok","name":"TikTok"}"#), now);
        assert!(
            named
                .iter()
                .any(|w| w.message.contains("no Android package and no iOS bundle id")),
            "{named:?}"
        );
        let identified = lint(
            &policy(r#"{"id":"tiktok","name":"TikTok","android_packages":["com.zhiliaoapp.musically"]}"#),
            now,
        );
        assert!(
            identified.iter().all(|w| !w.message.contains("no Android package")),
            "{identified:?}"
        );
    }

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    #[test]
    fn a_working_day_is_24_hours_from_monday_to_friday() {
        // The memo: published at noon, due before midnight.
        let memo = working_time(at("2020-07-10T12:00:00-04:00"), at("2020-07-10T23:59:00-04:00"));
        assert_eq!(memo, Duration::minutes(11 * 60 + 59));
        // Thursday 17:00 to Friday 17:00: one working day.
        let day = working_time(at("2026-11-19T17:00:00+01:00"), at("2026-11-20T17:00:00+01:00"));
        assert_eq!(day, Duration::hours(24));
        // Friday 17:00 to Monday 09:00: the weekend does not count.
        let weekend = working_time(at("2026-11-20T17:00:00+01:00"), at("2026-11-23T09:00:00+01:00"));
        assert_eq!(weekend, Duration::hours(16));
        // Counted in the deadline's time zone, whatever the publication's.
        let zones = working_time(at("2026-11-20T23:00:00+00:00"), at("2026-11-23T09:00:00+01:00"));
        assert_eq!(zones, Duration::hours(9));
    }
}
