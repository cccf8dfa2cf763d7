//! Life cycle and precedence, on small policies written inline.

#![cfg(not(target_arch = "wasm32"))]

use appcheck::evaluate::{evaluate, Context};
use appcheck::list::parse_list;
use appcheck::policy::{load_policy, Device, Ownership};
use appcheck::report::{Answer, LifecycleState, Outcome, Report};
use serde_json::json;

fn policy_with(extra: serde_json::Value, rules: serde_json::Value) -> serde_json::Value {
    let mut policy = json!({
        "schema": 1, "id": "test", "version": 1, "title": "Test policy",
        "issuer": { "name": "IT", "contact": "help desk" },
        "published": "2024-01-01T09:00:00Z", "status": "active",
        "apps": [{ "id": "tiktok", "name": "TikTok" }, { "id": "slack", "name": "Slack" }],
        "rules": rules,
    });
    for (k, v) in extra.as_object().unwrap() {
        policy[k] = v.clone();
    }
    policy
}

fn run(policy: &serde_json::Value, context: Context, now: &str) -> Report {
    let policy = load_policy(policy.to_string().as_bytes()).unwrap();
    let now = chrono::DateTime::parse_from_rfc3339(now).unwrap().to_utc();
    evaluate(&policy, &parse_list("TikTok\n"), &context, now)
}

fn phone(ownership: Ownership) -> Context {
    Context {
        device: Some(Device::Phone),
        ownership: Some(ownership),
        ..Context::default()
    }
}

/// The outcome for TikTok on a phone with this owner, and the rule that decided.
fn decided(rules: &serde_json::Value, ownership: Ownership) -> (Outcome, Option<String>) {
    let report = run(
        &policy_with(json!({}), rules.clone()),
        phone(ownership),
        "2024-02-01T00:00:00Z",
    );
    (report.findings[0].outcome, report.findings[0].rule.clone())
}

const REMOVE_ALL: &str = r#"[{ "id": "remove", "apps": ["tiktok"], "verdict": "remove" }]"#;

fn remove_all() -> serde_json::Value {
    serde_json::from_str(REMOVE_ALL).unwrap()
}

#[test]
fn a_draft_previews_its_verdicts_and_says_it_is_not_in_force() {
    let report = run(
        &policy_with(json!({ "status": "draft" }), remove_all()),
        Context::default(),
        "2024-02-01T00:00:00Z",
    );
    assert_eq!(report.policy.lifecycle.state, LifecycleState::Draft);
    assert!(
        report.overall.message.starts_with("Draft — not in force."),
        "{}",
        report.overall.message
    );
    assert_eq!(report.findings[0].outcome, Outcome::Remove);
}

#[test]
fn before_its_start_a_policy_says_when_it_takes_effect() {
    let p = policy_with(json!({ "effective": { "from": "2024-03-01T00:00:00Z" } }), remove_all());
    let report = run(&p, Context::default(), "2024-02-01T00:00:00Z");
    assert_eq!(report.policy.lifecycle.state, LifecycleState::NotYetInForce);
    assert!(report
        .overall
        .message
        .starts_with("This policy takes effect on Fri 1 Mar 2024"));
    let report = run(&p, Context::default(), "2024-03-02T00:00:00Z");
    assert_eq!(report.policy.lifecycle.state, LifecycleState::Active);
}

#[test]
fn after_its_end_a_policy_gives_no_orders() {
    let p = policy_with(
        json!({ "effective": { "until": "2024-03-01T00:00:00Z" } }),
        remove_all(),
    );
    let report = run(&p, Context::default(), "2024-03-01T00:00:00Z");
    assert_eq!(report.overall.answer, Answer::Expired);
    assert!(report.findings.is_empty());
}

#[test]
fn a_superseded_policy_names_its_successor_and_gives_no_orders() {
    let p = policy_with(
        json!({ "status": "superseded", "superseded": { "by": "test-2", "notice": "Replaced." } }),
        remove_all(),
    );
    let report = run(&p, Context::default(), "2024-02-01T00:00:00Z");
    assert_eq!(report.overall.answer, Answer::Superseded);
    assert_eq!(report.policy.lifecycle.superseded_by.as_deref(), Some("test-2"));
    assert_eq!(
        report.overall.message,
        "Replaced by the policy `test-2`: this one no longer applies. Replaced."
    );
}

#[test]
fn the_more_specific_rule_wins_over_a_stricter_general_one() {
    let rules = json!([
        { "id": "everyone", "apps": ["tiktok"], "verdict": "remove" },
        { "id": "personal-phones", "apps": ["tiktok"], "verdict": "discouraged",
          "applies_to": { "devices": ["phone"], "ownership": ["personal"] } },
    ]);
    assert_eq!(
        decided(&rules, Ownership::Personal),
        (Outcome::Discouraged, Some("personal-phones".into()))
    );
    assert_eq!(
        decided(&rules, Ownership::Company),
        (Outcome::Remove, Some("everyone".into()))
    );
}

#[test]
fn among_equally_specific_rules_the_stricter_wins_then_the_first() {
    let rules = json!([
        { "id": "allowed", "apps": ["tiktok"], "verdict": "allowed", "applies_to": { "devices": ["phone"] } },
        { "id": "browser", "apps": ["tiktok"], "verdict": "browser_only", "applies_to": { "ownership": ["company"] } },
        { "id": "browser-too", "apps": ["tiktok"], "verdict": "browser_only", "applies_to": { "devices": ["phone"] } },
    ]);
    assert_eq!(
        decided(&rules, Ownership::Company),
        (Outcome::BrowserOnly, Some("browser".into()))
    );
    let report = run(
        &policy_with(json!({}), rules),
        phone(Ownership::Company),
        "2024-02-01T00:00:00Z",
    );
    assert_eq!(report.overall.answer, Answer::ActionRequired);
}

#[test]
fn days_after_publication_become_a_date() {
    let rules =
        json!([{ "id": "r", "apps": ["tiktok"], "verdict": "remove", "deadline": { "days_after_publication": 30 } }]);
    let report = run(
        &policy_with(json!({}), rules),
        Context::default(),
        "2024-01-02T00:00:00Z",
    );
    assert_eq!(
        report.findings[0].deadline.as_ref().unwrap().at.as_deref(),
        Some("2024-01-31T09:00:00+00:00")
    );
}

#[test]
fn the_contact_of_a_broken_policy_can_still_be_shown() {
    use appcheck::policy::contact_hint;
    let broken =
        br#"{"schema": 1, "id": "x", "issuer": {"name": "IT", "contact": "Help desk, ext. 4357"}, "colour": 1}"#;
    assert!(load_policy(broken).is_err());
    assert_eq!(contact_hint(broken, None).as_deref(), Some("Help desk, ext. 4357"));
    let localized = br#"{"languages": ["en", "de"], "issuer": {"contact": {"en": "Help desk", "de": "Helpdesk"}}}"#;
    assert_eq!(contact_hint(localized, Some("de")).as_deref(), Some("Helpdesk"));
    assert_eq!(contact_hint(localized, Some("fr")).as_deref(), Some("Help desk"));
    assert_eq!(
        contact_hint(b"{\"schema\": 1, \"vers", None),
        None,
        "not JSON: nothing to show"
    );
    assert_eq!(contact_hint(br#"{"issuer": {"contact": 5}}"#, None), None);
}
