//! The retailer memo from the story, checked for the answers a careful help-desk
//! agent would give. These assert meaning; `tests/cases` pins the exact wording.

#![cfg(not(target_arch = "wasm32"))]

use appcheck::evaluate::{evaluate, Context};
use appcheck::list::parse_list;
use appcheck::policy::{load_policy, Device, Policy, Service};
use appcheck::recognise::MatchedBy;
use appcheck::report::{Answer, Outcome, Report};

fn memo() -> Policy {
    load_policy(include_bytes!(
        "../pkg-config/policies/retailer-tiktok-2020.json"
    ))
    .unwrap()
}

fn run(device: Option<Device>, email: Option<bool>, list: &str) -> Report {
    let mut context = Context {
        device,
        ..Context::default()
    };
    if let Some(email) = email {
        context.services.insert(Service::Email, email);
    }
    let now = chrono::DateTime::parse_from_rfc3339("2020-07-10T13:00:00-04:00")
        .unwrap()
        .to_utc();
    evaluate(&memo(), &parse_list(list), &context, now)
}

#[test]
fn phone_with_email_must_remove_tiktok_by_10_july_or_lose_email() {
    let report = run(Some(Device::Phone), Some(true), "Slack\nTikTok\n");
    assert_eq!(report.overall.answer, Answer::ActionRequired);
    assert_eq!(report.overall.act_on, 1);
    assert!(
        report.overall.message.contains("10 Jul 2020"),
        "{}",
        report.overall.message
    );
    assert!(report
        .overall
        .message
        .contains("loses mobile access to company email"));
    let tiktok = &report.findings[1];
    assert_eq!(tiktok.outcome, Outcome::Remove);
    assert_eq!(tiktok.rule.as_deref(), Some("mobile-email"));
    let deadline = tiktok.deadline.as_ref().unwrap();
    assert_eq!(deadline.at.as_deref(), Some("2020-07-10T23:59:00-04:00"));
    assert!(!deadline.overdue);
    assert_eq!(report.findings[0].outcome, Outcome::NotCovered);
}

#[test]
fn tablet_counts_as_mobile_and_package_ids_are_recognised() {
    let report = run(
        Some(Device::Tablet),
        Some(true),
        "package:com.zhiliaoapp.musically\n",
    );
    assert_eq!(report.overall.answer, Answer::ActionRequired);
    assert!(matches!(
        report.findings[0].matched_by,
        Some(MatchedBy::AndroidPackage { .. })
    ));
}

#[test]
fn laptop_is_allowed_in_a_browser() {
    let report = run(Some(Device::Laptop), Some(true), "TikTok\n");
    assert_eq!(report.overall.answer, Answer::NothingToDo);
    let tiktok = &report.findings[0];
    assert_eq!(tiktok.outcome, Outcome::Allowed);
    assert_eq!(tiktok.rule.as_deref(), Some("laptop-browser"));
    assert!(tiktok.note.as_deref().unwrap().contains("browser"));
}

#[test]
fn phone_without_company_email_is_not_covered_by_the_memo() {
    let report = run(Some(Device::Phone), Some(false), "TikTok\n");
    assert_eq!(report.overall.answer, Answer::DoesNotApply);
    assert_eq!(report.overall.act_on, 0);
}

#[test]
fn a_list_without_tiktok_needs_nothing() {
    let report = run(Some(Device::Phone), Some(true), "Slack\nTickTick\nZoom\n");
    assert_eq!(report.overall.answer, Answer::NothingToDo);
    assert!(report
        .findings
        .iter()
        .all(|f| f.outcome == Outcome::NotCovered));
}

#[test]
fn an_empty_list_is_not_called_compliant() {
    for list in ["", "\n  \n\t\n"] {
        let report = run(Some(Device::Phone), Some(true), list);
        assert_eq!(report.overall.answer, Answer::NoApps);
        assert!(report.overall.message.contains("nothing was checked"));
    }
}

#[test]
fn an_unanswered_question_gives_no_verdict() {
    let report = run(Some(Device::Phone), None, "TikTok\n");
    assert_eq!(report.overall.answer, Answer::NeedContext);
    assert!(report.findings.is_empty());
    let report = run(None, Some(true), "TikTok\n");
    assert_eq!(report.overall.answer, Answer::NeedContext);
}

#[test]
fn a_laptop_needs_no_email_answer() {
    // The laptop rule does not depend on email, and the mobile rule is already ruled
    // out by the device, so the unanswered email question does not matter.
    let report = run(Some(Device::Laptop), None, "TikTok\n");
    assert_eq!(report.overall.answer, Answer::NothingToDo);
}
