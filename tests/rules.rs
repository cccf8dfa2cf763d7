//! Life cycle and precedence, on small policies written inline.

#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::nfkc;

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
    evaluate(&policy, &parse_list("TikTok\n", nfkc), &context, now)
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

// --- Regressions from review ---------------------------------------------------------------

fn run_list(policy: &serde_json::Value, context: Context, now: &str, list: &str) -> Report {
    let policy = load_policy(policy.to_string().as_bytes()).unwrap();
    let now = chrono::DateTime::parse_from_rfc3339(now).unwrap().to_utc();
    evaluate(&policy, &parse_list(list, nfkc), &context, now)
}

#[test]
fn lines_that_could_not_be_read_never_give_nothing_to_do() {
    let p = policy_with(json!({}), remove_all());
    let report = run_list(&p, Context::default(), "2024-02-01T00:00:00Z", "Slack\nA\u{7}B\n");
    assert_eq!(report.overall.answer, Answer::Incomplete);
    assert!(report
        .overall
        .message
        .starts_with("Can't tell for the whole list: 1 line could not be read"));
    let report = run_list(&p, Context::default(), "2024-02-01T00:00:00Z", "TikTok\nA\u{7}B\n");
    assert_eq!(
        report.overall.answer,
        Answer::ActionRequired,
        "what must go is still said"
    );
    assert!(report.overall.message.contains("1 line could not be read"));
}

#[test]
fn the_overall_deadline_is_the_earliest_instant_not_the_earliest_text() {
    let mut p = policy_with(
        json!({}),
        json!([
            { "id": "a", "apps": ["tiktok"], "verdict": "remove", "deadline": "2020-07-10T23:59:00-04:00" },
            { "id": "b", "apps": ["slack"], "verdict": "remove", "deadline": "2020-07-11T01:00:00+02:00" },
        ]),
    );
    p["published"] = json!("2020-07-01T00:00:00Z");
    // 01:00+02:00 on the 11th is 23:00 UTC on the 10th, before 23:59-04:00 (03:59 UTC on the 11th).
    let report = run_list(&p, Context::default(), "2020-07-10T12:00:00Z", "TikTok\nSlack\n");
    assert_eq!(
        report.overall.message,
        "Remove TikTok and Slack by Sat 11 Jul 2020, 01:00 (UTC+02:00)."
    );
    let report = run_list(&p, Context::default(), "2020-07-11T00:00:00Z", "TikTok\nSlack\n");
    assert!(report
        .overall
        .message
        .starts_with("Remove TikTok and Slack now: the deadline, Sat 11 Jul 2020, 01:00 (UTC+02:00), has passed."));
}

#[test]
fn a_list_naming_every_value_is_not_more_specific() {
    let rules = json!([
        { "id": "ban", "apps": ["tiktok"], "verdict": "remove", "applies_to": { "ownership": ["company"] } },
        { "id": "baseline", "apps": ["tiktok"], "verdict": "allowed",
          "applies_to": { "devices": ["phone", "tablet", "computer"], "usage": ["app", "browser"] } },
    ]);
    assert_eq!(
        decided(&rules, Ownership::Company),
        (Outcome::Remove, Some("ban".into()))
    );
}

#[test]
fn drafts_and_future_policies_preview_without_ordering() {
    let draft = run(
        &policy_with(json!({ "status": "draft" }), remove_all()),
        Context::default(),
        "2024-02-01T00:00:00Z",
    );
    assert_eq!(draft.overall.answer, Answer::NotInForce);
    let future = policy_with(json!({ "effective": { "from": "2024-03-01T00:00:00Z" } }), remove_all());
    assert_eq!(
        run(&future, Context::default(), "2024-02-01T00:00:00Z").overall.answer,
        Answer::NotInForce
    );
}

#[test]
fn a_withdrawal_announced_for_later_leaves_the_policy_in_force_until_then() {
    let p = policy_with(
        json!({ "status": "withdrawn", "withdrawn": { "at": "2024-03-01T00:00:00Z", "notice": "Ends in March." } }),
        remove_all(),
    );
    assert_eq!(
        run(&p, Context::default(), "2024-02-01T00:00:00Z").overall.answer,
        Answer::ActionRequired
    );
    assert_eq!(
        run(&p, Context::default(), "2024-03-01T00:00:00Z").overall.answer,
        Answer::Withdrawn
    );
}

#[test]
fn region_and_language_are_matched_whatever_their_case() {
    let p = policy_with(
        json!({ "languages": ["en", "pt-BR"], "title": { "en": "Test", "pt-BR": "Teste" } }),
        json!([{ "id": "r", "apps": ["tiktok"], "verdict": "remove", "applies_to": { "regions": ["BR"] } }]),
    );
    let context = Context {
        region: Some("br".into()),
        language: Some("PT-br".into()),
        ..Context::default()
    };
    let report = run(&p, context, "2024-02-01T00:00:00Z");
    assert_eq!(report.overall.answer, Answer::ActionRequired);
    assert_eq!(report.policy.title, "Teste");
    let elsewhere = Context {
        region: Some("other".into()),
        ..Context::default()
    };
    let report = run(&p, elsewhere, "2024-02-01T00:00:00Z");
    assert!(
        report.overall.message.contains("outside the regions this policy names"),
        "{}",
        report.overall.message
    );
}

#[test]
fn the_same_app_pasted_twice_is_one_app_to_remove() {
    let p = policy_with(json!({}), remove_all());
    let report = run_list(&p, Context::default(), "2024-02-01T00:00:00Z", "TikTok\nTik Tok\n");
    assert_eq!(report.overall.act_on, 1);
    assert!(report.overall.message.starts_with("Remove TikTok."));
}

// --- Similar names and near misses -------------------------------------------------------------

fn formats_policy() -> appcheck::policy::Policy {
    let path = format!("{}/tests/fixtures/formats-policy.json", env!("CARGO_MANIFEST_DIR"));
    load_policy(&std::fs::read(path).unwrap()).unwrap()
}

fn outcomes(list: &str, context: &Context) -> Vec<(String, Outcome)> {
    let now = chrono::DateTime::parse_from_rfc3339("2024-02-01T00:00:00Z")
        .unwrap()
        .to_utc();
    let report = evaluate(&formats_policy(), &parse_list(list, nfkc), context, now);
    report.findings.into_iter().map(|f| (f.input, f.outcome)).collect()
}

#[test]
fn one_typo_away_is_a_possible_match_never_a_silent_verdict() {
    for typo in ["tiktk", "TikTock", "Tikt0k", "Tiktko", "WeChatt", "Capcutt", "SHAREiit"] {
        assert_eq!(
            outcomes(typo, &Context::default()),
            [(typo.to_owned(), Outcome::PossibleMatch)],
            "{typo}"
        );
    }
    let report = {
        let now = chrono::DateTime::parse_from_rfc3339("2024-02-01T00:00:00Z")
            .unwrap()
            .to_utc();
        evaluate(
            &formats_policy(),
            &parse_list("tiktk\nSlack\n", nfkc),
            &Context::default(),
            now,
        )
    };
    assert_eq!(report.overall.answer, Answer::ConfirmMatches);
}

#[test]
fn near_misses_are_other_apps_and_never_flagged_or_asked_about() {
    let list =
        "TickTick\nWeCom\nCCleaner\nTikTak\nZoom\nZoom - One Platform to Connect\nHello\nTik Tac Toe\nWeChat Work\n";
    for (input, outcome) in outcomes(list, &Context::default()) {
        assert_eq!(outcome, Outcome::NotCovered, "{input}");
    }
}

#[test]
fn the_employee_confirms_or_dismisses_a_possible_match() {
    let confirmed = Context {
        confirmed: ["tiktk".to_owned()].into(),
        ..Context::default()
    };
    assert_eq!(outcomes("tiktk", &confirmed), [("tiktk".to_owned(), Outcome::Remove)]);
    let dismissed = Context {
        dismissed: ["tiktk".to_owned()].into(),
        ..Context::default()
    };
    assert_eq!(
        outcomes("tiktk", &dismissed),
        [("tiktk".to_owned(), Outcome::NotCovered)]
    );
}

#[test]
fn spellings_that_are_the_same_app_are_recognised_outright() {
    let list = "Tik Tok\nTIKTOK™\n🎵 TikTok\nＴｉｋＴｏｋ\nТікТок\nTikTok.app\nTikTok - Videos, Shop & LIVE\nTikTok 35.1.0\nWeChat (微信)\n微信\n";
    for (input, outcome) in outcomes(list, &Context::default()) {
        assert_eq!(outcome, Outcome::Remove, "{input}");
    }
}

#[test]
fn past_its_review_date_a_policy_still_applies_with_a_warning() {
    let p = policy_with(json!({ "expires": "2024-06-01T00:00:00Z" }), remove_all());
    let fresh = run(&p, Context::default(), "2024-05-01T00:00:00Z");
    assert_eq!(fresh.policy.lifecycle.state, LifecycleState::Active);
    let stale = run(&p, Context::default(), "2024-07-01T00:00:00Z");
    assert_eq!(stale.policy.lifecycle.state, LifecycleState::Stale);
    assert_eq!(stale.overall.answer, Answer::ActionRequired, "it still applies");
    assert!(
        stale
            .overall
            .message
            .starts_with("This policy was due for review on Sat 1 Jun 2024"),
        "{}",
        stale.overall.message
    );
}

#[test]
fn a_rule_without_removal_steps_gets_the_standard_ones_in_the_readers_language() {
    use appcheck::i18n::{Lang, Msg};
    use appcheck::policy::Platform;
    let german = |platform: Option<Platform>| Context {
        language: Some("de".to_owned()),
        platform,
        ..phone(Ownership::Company)
    };
    let now = "2024-02-01T00:00:00Z";
    // None given: the standard steps, every platform's when the platform is unknown.
    let report = run(&policy_with(json!({}), remove_all()), german(None), now);
    let steps = &report.findings[0].how_to_remove;
    assert_eq!(steps.len(), 3);
    assert!(steps.iter().all(|s| s.standard));
    assert_eq!(steps[0].platform.as_deref(), Some("ios"));
    assert_eq!(steps[0].steps, Msg::STEPS_IOS.get(Lang::De));
    assert_eq!(steps[2].platform, None);
    // This device's platform only; a platform without standard steps gets the general ones.
    let report = run(
        &policy_with(json!({}), remove_all()),
        german(Some(Platform::Windows)),
        now,
    );
    let steps = &report.findings[0].how_to_remove;
    assert_eq!(steps.len(), 1);
    assert_eq!(
        (steps[0].platform.as_deref(), steps[0].steps.as_str()),
        (None, Msg::STEPS_ANY.get(Lang::De))
    );
    // The policy's own steps stay the policy's, in its language.
    let own = json!([{ "id": "remove", "apps": ["tiktok"], "verdict": "remove", "how_to_remove": { "any": "Use the MDM portal." } }]);
    let report = run(&policy_with(json!({}), own), german(None), now);
    let steps = &report.findings[0].how_to_remove;
    assert_eq!(steps.len(), 1);
    assert_eq!(steps[0].steps, "Use the MDM portal.");
    assert!(!steps[0].standard);
}

/// "30 days after publication" in a policy that names its time zone is the same time of
/// day there, across the start of daylight saving time; without a zone it keeps the
/// publication's offset (09:00 EST is 10:00 EDT), as before.
#[test]
fn days_after_publication_keep_the_time_of_day_in_the_policy_s_time_zone() {
    support::zones();
    let deadline_of = |extra: serde_json::Value| {
        let mut p = policy_with(
            extra,
            json!([{ "id": "r", "apps": ["tiktok"], "verdict": "remove", "deadline": { "days_after_publication": 30 } }]),
        );
        p["published"] = json!("2023-02-27T09:00:00-05:00");
        let policy = load_policy(p.to_string().as_bytes()).unwrap();
        match policy.rules[0].deadline {
            Some(appcheck::policy::Deadline::At(at)) => at.to_rfc3339(),
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(deadline_of(json!({})), "2023-03-29T09:00:00-05:00");
    assert_eq!(
        deadline_of(json!({ "time_zone": "America/New_York" })),
        "2023-03-29T09:00:00-04:00"
    );
    // Into winter time in Berlin: the same 09:00, an hour's offset less.
    let mut p = policy_with(
        json!({ "time_zone": "Europe/Berlin" }),
        json!([{ "id": "r", "apps": ["tiktok"], "verdict": "remove", "deadline": { "days_after_publication": 7 } }]),
    );
    p["published"] = json!("2023-10-26T09:00:00+02:00");
    let policy = load_policy(p.to_string().as_bytes()).unwrap();
    assert!(
        matches!(policy.rules[0].deadline, Some(appcheck::policy::Deadline::At(at)) if at.to_rfc3339() == "2023-11-02T09:00:00+01:00")
    );
}

/// A time zone that is not a name, or that the shell's time-zone data does not know, is
/// refused at its place: the deadlines could not be worked out.
#[test]
fn a_time_zone_that_is_not_known_is_refused_at_its_place() {
    support::zones();
    for (zone, words) in [
        ("Mars/Olympus_Mons", "not known here"),
        ("EST5EDT; rm", "not a time zone name"),
        ("", "not a time zone name"),
    ] {
        let p = policy_with(json!({ "time_zone": zone }), json!([]));
        let error = load_policy(p.to_string().as_bytes()).unwrap_err();
        assert_eq!(error.pointer, "/time_zone", "{zone}");
        assert!(error.message.contains(words), "{zone}: {}", error.message);
        assert!(error.help.contains("America/New_York"));
    }
}
