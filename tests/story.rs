//! Every policy in the story (../shared/PRODUCT.md), checked for the answers a
//! careful help-desk agent would give from the source text. These assert meaning;
//! `tests/cases` pins exact wording.

#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::nfkc;

use appcheck::evaluate::{evaluate, Context};
use appcheck::list::parse_list;
use appcheck::policy::{load_policy, Device, Ownership, Platform, Policy, Service};
use appcheck::recognise::MatchedBy;
use appcheck::report::{Answer, LifecycleState, Outcome, Report};

fn policy(name: &str) -> Policy {
    support::zones();
    let path = format!("{}/pkg-config/policies/{name}.json", env!("CARGO_MANIFEST_DIR"));
    load_policy(&std::fs::read(&path).unwrap()).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn at(time: &str) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339(time).unwrap().to_utc()
}

/// A context from short words: `phone`, `company`, `email`, `no-email`, `US`, `ios`, `lang=de`.
fn ctx(words: &str) -> Context {
    let mut c = Context::default();
    for w in words.split_whitespace() {
        if let Some(d) = Device::parse(w) {
            c.device = Some(d);
        } else if let Some(o) = Ownership::parse(w) {
            c.ownership = Some(o);
        } else if let Some(p) = Platform::parse(w) {
            c.platform = Some(p);
        } else if let Some(s) = Service::parse(w) {
            c.services.insert(s, true);
        } else if let Some(s) = w.strip_prefix("no-").and_then(Service::parse) {
            c.services.insert(s, false);
        } else if let Some(l) = w.strip_prefix("lang=") {
            c.language = Some(l.to_owned());
        } else if w.len() == 2 && w.chars().all(|c| c.is_ascii_uppercase()) {
            c.region = Some(w.to_owned());
        } else {
            panic!("unknown context word {w}");
        }
    }
    c
}

fn run(policy: &Policy, context: &str, list: &str, now: &str) -> Report {
    evaluate(policy, &parse_list(list, nfkc), &ctx(context), at(now))
}

fn outcome(report: &Report, input: &str) -> Outcome {
    report
        .findings
        .iter()
        .find(|f| f.input == input)
        .unwrap_or_else(|| panic!("no finding for {input}: {report:#?}"))
        .outcome
}

// --- The retailer memo, US, as sent at noon ------------------------------------------

const MEMO_DAY: &str = "2020-07-10T13:00:00-04:00";

#[test]
fn memo_phone_with_email_must_remove_tiktok_by_10_july_or_lose_email() {
    let memo = policy("archive/retailer-memo-us.v1");
    let report = run(&memo, "phone email US", "Slack\nTikTok\n", MEMO_DAY);
    assert_eq!(report.overall.answer, Answer::ActionRequired);
    assert_eq!(report.overall.act_on, 1);
    assert!(report
        .overall
        .message
        .starts_with("Remove TikTok by Fri 10 Jul 2020, 23:59 (UTC-04:00)."));
    assert!(report.overall.message.contains("loses mobile access to company email"));
    let tiktok = &report.findings[1];
    assert_eq!(tiktok.outcome, Outcome::Remove);
    assert_eq!(tiktok.rule.as_deref(), Some("mobile-email"));
    assert_eq!(
        tiktok.deadline.as_ref().unwrap().at.as_deref(),
        Some("2020-07-10T23:59:00-04:00")
    );
    assert_eq!(
        tiktok.still_allowed.as_deref(),
        Some("Using TikTok in a web browser on your company laptop is allowed.")
    );
    assert_eq!(report.findings[0].outcome, Outcome::NotCovered);
}

#[test]
fn memo_covers_tablets_package_ids_store_links_and_tiktok_lite_but_not_capcut() {
    let memo = policy("archive/retailer-memo-us.v1");
    let list = "package:com.zhiliaoapp.musically\nhttps://apps.apple.com/us/app/tiktok/id835599320\nTikTok Lite\nCapCut\nTickTick\n";
    let report = run(&memo, "tablet email US", list, MEMO_DAY);
    assert!(matches!(
        report.findings[0].matched_by,
        Some(MatchedBy::AndroidPackage { .. })
    ));
    assert!(matches!(
        report.findings[1].matched_by,
        Some(MatchedBy::AppStoreId { .. })
    ));
    assert_eq!(outcome(&report, "TikTok Lite"), Outcome::Remove);
    assert_eq!(outcome(&report, "CapCut"), Outcome::NotCovered);
    assert_eq!(outcome(&report, "TickTick"), Outcome::NotCovered);
    // Three entries, one app: "Remove TikTok".
    assert_eq!(report.overall.act_on, 1);
}

#[test]
fn memo_on_the_company_laptop_tiktok_is_allowed_in_a_browser() {
    let memo = policy("archive/retailer-memo-us.v1");
    let report = run(&memo, "computer company US", "TikTok\n", MEMO_DAY);
    assert_eq!(report.overall.answer, Answer::DoesNotApply);
    assert!(report
        .overall
        .message
        .ends_with("At this time, using TikTok from your company laptop browser is allowed."));
    let tiktok = &report.findings[0];
    assert_eq!(
        tiktok.outcome,
        Outcome::NotApplicable,
        "the memo restricts mobile devices only"
    );
    let browser = tiktok
        .in_browser
        .as_ref()
        .expect("the laptop-browser carve-out is shown");
    assert_eq!(
        (browser.outcome, browser.rule.as_str()),
        (Outcome::Allowed, "laptop-browser")
    );
}

#[test]
fn memo_does_not_apply_without_company_email_or_outside_the_us() {
    let memo = policy("archive/retailer-memo-us.v1");
    assert_eq!(
        run(&memo, "phone no-email US", "TikTok\n", MEMO_DAY).overall.answer,
        Answer::DoesNotApply
    );
    assert_eq!(
        run(&memo, "phone email DE", "TikTok\n", MEMO_DAY).overall.answer,
        Answer::DoesNotApply
    );
}

#[test]
fn memo_never_reassures_on_an_empty_list_or_an_unanswered_question() {
    let memo = policy("archive/retailer-memo-us.v1");
    assert_eq!(
        run(&memo, "phone email US", "Slack\nZoom\n", MEMO_DAY).overall.answer,
        Answer::NothingToDo
    );
    assert_eq!(
        run(&memo, "phone email US", " \n\n", MEMO_DAY).overall.answer,
        Answer::NoApps
    );
    let report = run(&memo, "phone US", "TikTok\n", MEMO_DAY);
    assert_eq!(report.overall.answer, Answer::NeedContext);
    assert!(report.findings.is_empty());
    assert_eq!(
        run(&memo, "phone email", "TikTok\n", MEMO_DAY).overall.answer,
        Answer::NeedContext,
        "region unanswered"
    );
    // A laptop is ruled out of the mobile rule by the device alone.
    assert_eq!(
        run(&memo, "computer US", "TikTok\n", MEMO_DAY).overall.answer,
        Answer::DoesNotApply
    );
}

#[test]
fn memo_after_the_deadline_says_so() {
    let memo = policy("archive/retailer-memo-us.v1");
    let report = run(&memo, "phone email US", "TikTok\n", "2020-07-11T09:00:00-04:00");
    assert!(report
        .overall
        .message
        .starts_with("Remove TikTok now: the deadline, Fri 10 Jul 2020, 23:59 (UTC-04:00), has passed."));
    assert!(report.findings[0].deadline.as_ref().unwrap().overdue);
}

#[test]
fn memo_speaks_german_and_falls_back_to_english() {
    let memo = policy("archive/retailer-memo-us.v1");
    let de = run(&memo, "phone email US lang=de-AT", "TikTok\n", MEMO_DAY);
    assert_eq!(de.policy.language, "de");
    assert!(de.policy.title.starts_with("Handlungsbedarf"));
    assert_eq!(de.findings[0].reason.as_deref(), Some("Sicherheitsrisiken."));
    let fr = run(&memo, "phone email US lang=fr", "TikTok\n", MEMO_DAY);
    assert_eq!(fr.policy.language, "en");
    assert_eq!(fr.findings[0].reason.as_deref(), Some("Security risks."));
}

// --- The same memo, withdrawn five hours later ------------------------------------------

#[test]
fn withdrawn_memo_says_no_action_needed_first_and_gives_no_orders() {
    let withdrawn = policy("retailer-memo-us");
    assert_eq!(withdrawn.version, 2);
    for context in ["phone email US", "", "computer company US"] {
        let report = run(&withdrawn, context, "TikTok\n", "2020-07-10T18:00:00-04:00");
        assert_eq!(report.overall.answer, Answer::Withdrawn);
        assert_eq!(report.policy.lifecycle.state, LifecycleState::Withdrawn);
        assert!(report
            .overall
            .message
            .starts_with("Withdrawn on Fri 10 Jul 2020, 17:00 (UTC-04:00) — no action needed."));
        assert!(report.overall.message.contains("sent in error"));
        assert!(report.findings.is_empty());
        assert_eq!(
            report.policy.deadline, None,
            "no deadline is shown for a withdrawn policy"
        );
    }
}

// --- The memo for Europe, hours later ---------------------------------------------------------

#[test]
fn memo_for_europe_has_its_own_deadline_and_region() {
    let eu = policy("archive/retailer-memo-eu.v1");
    let report = run(&eu, "phone email DE", "TikTok\n", "2020-07-10T20:30:00+02:00");
    assert!(report
        .overall
        .message
        .starts_with("Remove TikTok by Fri 10 Jul 2020, 23:59 (UTC+02:00)."));
    assert_eq!(
        run(&eu, "phone email US", "TikTok\n", "2020-07-10T20:30:00+02:00")
            .overall
            .answer,
        Answer::DoesNotApply
    );
    assert_eq!(
        run(
            &policy("retailer-memo-eu"),
            "phone email DE",
            "TikTok\n",
            "2020-07-11T09:00:00+02:00"
        )
        .overall
        .answer,
        Answer::Withdrawn
    );
}

// --- The bank: corporate-owned mobile devices, immediately -------------------------------------

#[test]
fn bank_company_mobile_devices_remove_immediately_personal_ones_are_not_covered() {
    let bank = policy("bank-tiktok-2020");
    let now = "2020-07-08T12:00:00-04:00";
    let report = run(&bank, "phone company ios", "TikTok\n", now);
    assert!(report.overall.message.starts_with("Remove TikTok now."));
    assert_eq!(report.findings[0].deadline.as_ref().unwrap().text, "immediately");
    assert_eq!(
        report.findings[0].how_to_remove.len(),
        1,
        "only the iOS steps for an iPhone"
    );
    assert_eq!(report.findings[0].how_to_remove[0].platform.as_deref(), Some("ios"));
    assert_eq!(
        run(&bank, "tablet company", "TikTok\n", now).overall.answer,
        Answer::ActionRequired
    );
    assert_eq!(
        run(&bank, "phone personal", "TikTok\n", now).overall.answer,
        Answer::DoesNotApply
    );
    assert_eq!(
        run(&bank, "computer company", "TikTok\n", now).overall.answer,
        Answer::DoesNotApply
    );
    assert_eq!(run(&bank, "phone", "TikTok\n", now).overall.answer, Answer::NeedContext);
}

// --- The party committees: advice, not a ban ------------------------------------------------------

#[test]
fn party_advice_discourages_and_orders_nothing() {
    let advice = policy("party-advice-2020");
    for context in ["", "phone personal", "computer company"] {
        let report = run(&advice, context, "TikTok\nSignal\n", "2020-07-10T12:00:00-04:00");
        assert_eq!(report.overall.answer, Answer::Advice);
        assert_eq!(report.overall.act_on, 0);
        assert_eq!(outcome(&report, "TikTok"), Outcome::Discouraged);
    }
}

// --- The army: government-issued phones ---------------------------------------------------------------

#[test]
fn army_government_phones_prohibited_without_a_deadline() {
    let army = policy("army-phones-2019");
    let now = "2020-01-02T12:00:00-05:00";
    let report = run(&army, "phone company", "TikTok\n", now);
    assert_eq!(report.overall.answer, Answer::ActionRequired);
    assert!(report.overall.message.starts_with("Remove TikTok."));
    assert_eq!(report.findings[0].deadline, None);
    assert_eq!(
        run(&army, "phone personal", "TikTok\n", now).overall.answer,
        Answer::DoesNotApply
    );
    assert_eq!(
        run(&army, "tablet company", "TikTok\n", now).overall.answer,
        Answer::DoesNotApply
    );
}

// --- The US law: TikTok or any successor of ByteDance, agency devices, 30 days -------------------------

#[test]
fn us_law_covers_every_bytedance_app_on_agency_devices_within_30_days() {
    let law = policy("us-no-tiktok-on-government-devices");
    let now = "2023-03-01T12:00:00-05:00";
    let list = "TikTok\nCapCut\n抖音\npackage:com.ss.android.auto\npackage:com.google.android.gm\nTickTick\n";
    let report = run(&law, "phone company android", list, now);
    assert_eq!(report.overall.act_on, 4);
    assert!(
        report
            .overall
            .message
            .starts_with("Remove TikTok, CapCut and 2 other apps by Wed 29 Mar 2023, 09:00 (UTC-04:00)."),
        "{}",
        report.overall.message
    );
    let dongchedi = &report.findings[3];
    assert_eq!(dongchedi.outcome, Outcome::Remove);
    assert!(
        matches!(&dongchedi.matched_by, Some(MatchedBy::PublisherPrefix { prefix, .. }) if prefix == "com.ss.android.")
    );
    assert_eq!(dongchedi.publisher.as_deref(), Some("ByteDance"));
    assert_eq!(outcome(&report, "package:com.google.android.gm"), Outcome::NotCovered);
    assert_eq!(outcome(&report, "TickTick"), Outcome::NotCovered);
    assert!(report.findings[0]
        .exception
        .as_deref()
        .unwrap()
        .contains("law enforcement"));
    assert_eq!(
        run(&law, "phone personal", "TikTok\n", now).overall.answer,
        Answer::DoesNotApply
    );
    // The deadline is the same for a computer: the law covers every agency device.
    assert_eq!(
        run(&law, "computer company", "TikTok\n", now).overall.answer,
        Answer::ActionRequired
    );
}

// --- India's ban of 59 apps: every device in the region ----------------------------------------------

#[test]
fn india_ban_covers_all_59_apps_on_every_device_in_india_and_nothing_else() {
    let ban = policy("india-2020-ban");
    assert_eq!(ban.apps.len(), 59);
    let now = "2020-07-01T10:00:00+05:30";
    let list = "TikTok\npackage:com.lenovo.anyshare.gps\nUC Browser\ncom.intsig.camscanner\nWeChat\nClean Master – Cheetah Mobile\n\
                TickTick\nWeCom\npackage:com.tencent.wework\nCCleaner\nZoom\nWhatsApp\n";
    for device in ["phone", "tablet", "computer"] {
        let report = run(&ban, &format!("{device} IN"), list, now);
        assert_eq!(report.overall.act_on, 6, "{device}: {:#?}", report.overall);
        for near_miss in [
            "TickTick",
            "WeCom",
            "package:com.tencent.wework",
            "CCleaner",
            "Zoom",
            "WhatsApp",
        ] {
            assert_eq!(
                outcome(&report, near_miss),
                Outcome::NotCovered,
                "{near_miss} must not be flagged"
            );
        }
    }
    assert_eq!(run(&ban, "phone US", list, now).overall.answer, Answer::DoesNotApply);
    assert_eq!(
        run(&ban, "phone", list, now).overall.answer,
        Answer::NeedContext,
        "region unanswered"
    );
}

#[test]
fn every_shipped_app_cites_where_its_identifiers_come_from() {
    for name in [
        "india-2020-ban",
        "us-no-tiktok-on-government-devices",
        "bank-tiktok-2020",
    ] {
        for app in &policy(name).apps {
            let has_ids =
                !(app.android_packages.is_empty() && app.ios_bundle_ids.is_empty() && app.app_store_ids.is_empty());
            assert!(
                !has_ids || !app.sources.is_empty(),
                "{name}: {} has identifiers but no sources",
                app.id
            );
        }
    }
}

// --- the same story in the employee's language -------------------------------------------

fn archived(name: &str) -> Policy {
    let path = format!("{}/pkg-config/policies/archive/{name}.json", env!("CARGO_MANIFEST_DIR"));
    load_policy(&std::fs::read(&path).unwrap()).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_memo_is_answered_in_german_french_and_spanish_with_no_english_left() {
    let memo = archived("retailer-memo-us.v1");
    let list = parse_list("TikTok\ntiktk\nSlack\n", nfkc);
    let day = at("2020-07-10T13:00:00-04:00");
    let expect = [
        (
            "de",
            "Entfernen Sie TikTok bis Fr. 10. Juli 2020, 23:59 (UTC-04:00).",
            "Mögliche Übereinstimmung",
        ),
        (
            "fr",
            "Supprimez TikTok avant le ven. 10 juil. 2020, 23:59 (UTC-04:00).",
            "Correspondance possible",
        ),
        (
            "es",
            "Elimine TikTok antes del vie 10 jul 2020, 23:59 (UTC-04:00).",
            "Posible coincidencia",
        ),
    ];
    for (lang, overall, possible) in expect {
        let report = evaluate(&memo, &list, &ctx(&format!("phone company email US lang={lang}")), day);
        assert_eq!(report.interface_language.tag(), lang);
        assert!(
            report.overall.message.starts_with(overall),
            "{lang}: {}",
            report.overall.message
        );
        let labels: Vec<&str> = report
            .findings
            .iter()
            .map(|f| f.outcome.label(report.interface_language))
            .collect();
        assert!(labels.iter().any(|l| l.starts_with(possible)), "{lang}: {labels:?}");
        // appcheck's own words carry no English: the policy's own texts may (the memo
        // has English and German only), so only the interface's sentences are looked at.
        for f in &report.findings {
            for english in ["must be removed", "matched by", "possible match", "This policy"] {
                assert!(!f.explanation.contains(english), "{lang}: {}", f.explanation);
            }
        }
    }
    // A language the interface does not speak: English, and the policy's fallback.
    let report = evaluate(&memo, &list, &ctx("phone company email US lang=pt-BR"), day);
    assert!(report.overall.message.starts_with("Remove TikTok by Fri 10 Jul 2020"));
}

#[test]
fn before_and_without_javascript_the_page_shows_the_policy_and_whom_to_ask() {
    use appcheck::noscript::{first_response_html, noscript_html, Around};
    let day = at("2020-07-10T13:00:00-04:00");
    let around = |help_desk, language| Around {
        help_desk,
        language,
        index: None,
        pages: None,
    };
    assert!(noscript_html(None).contains("needs JavaScript"));
    // (Acceptance probe, stop 67: without JavaScript a link's `#policy=` is not read, and
    // the site's page showed its default, a withdrawn memo's "no action needed", under a
    // link to another policy, saying only "the policy is below". It says which one is
    // below, and where a link's other policy is.)
    for language in [None, Some("de"), Some("fr"), Some("es")] {
        let line = noscript_html(language);
        assert!(!line.contains("The policy is below"), "{line}");
    }
    assert!(
        noscript_html(None).contains(
            "If the link you were sent names another policy, open it from the published policies listed below"
        ),
        "{}",
        noscript_html(None)
    );
    let sent = first_response_html(
        &archived("retailer-memo-us.v1"),
        &around(Some("Service desk, ext. 4357"), None),
        day,
    );
    assert!(
        sent.contains("Action required: Mandatory removal of TikTok by 10-Jul"),
        "{sent}"
    );
    assert!(sent.contains("Deadline: Fri 10 Jul 2020, 23:59 (UTC-04:00)"), "{sent}");
    assert!(sent.contains("<li class=\"app\">TikTok</li>"), "{sent}");
    assert!(sent.contains("helpdesk@retail.example"), "{sent}");
    // (Kept to itself: a bidi override in it cannot turn the words around it.)
    assert!(
        sent.contains("Help desk: \u{2068}Service desk, ext. 4357\u{2069}"),
        "{sent}"
    );
    // Withdrawn: said first, no app list; the original order (and its deadline) only
    // collapsed below it, as the widget shows it.
    let withdrawn = first_response_html(
        &policy("retailer-memo-us"),
        &around(None, Some("de")),
        at("2020-07-13T09:00:00-04:00"),
    );
    let said = withdrawn.find("Zurückgezogen am").expect(&withdrawn);
    let original = withdrawn.find("<details id=\"original\"").expect(&withdrawn);
    assert!(said < original, "{withdrawn}");
    assert!(!withdrawn.contains("noscript-apps"), "{withdrawn}");
    assert!(!withdrawn[..original].contains("Frist"), "{withdrawn}");
    // A policy's text is text: markup in it is escaped.
    let mut hostile = archived("retailer-memo-us.v1");
    hostile.apps[0].name = "<img src=x onerror=alert(1)>".to_owned();
    let html = first_response_html(&hostile, &around(None, None), day);
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;") && !html.contains("<img"),
        "{html}"
    );
}
