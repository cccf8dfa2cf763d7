//! The report view: the overall answer, how the list was read, each finding, the
//! notes and the summary to keep, drawn from the report's data.

use super::*;

/// The word a value of the report's enums is written as in its data
/// (`"action_required"`), for the `data-*` attributes tests and styles read.
pub(super) fn word<T: crate::unit_enum::UnitEnum + PartialEq>(value: T) -> &'static str {
    super::to_js::word(value)
}

/// The attributes of a list's last item when it counts the items not listed.
const MORE: &[(&str, &str)] = &[("class", "more")];

/// What the page knows besides the report: the device's platform as best it can tell
/// (for the removal steps to show first), and how many apps were ticked when nothing
/// was pasted (then the list was not "read as" anything: it was ticked).
#[derive(Clone, Copy, Default)]
pub(super) struct Shown {
    pub(super) platform: Option<&'static str>,
    pub(super) ticked_only: Option<usize>,
}

/// The platform whose removal steps come first: the one the employee answered, else
/// the one the list's format says (an adb list is an Android phone's), else the
/// browser's own (an employee checking on the phone itself).
pub(super) fn platform_hint(answered: Option<crate::policy::Platform>, report: &Report) -> Option<&'static str> {
    use crate::list::Format;
    if let Some(platform) = answered {
        return Some(platform.as_str());
    }
    let by_format = match report.read_as.format {
        Format::AndroidPackages | Format::AndroidDumpsys => Some("android"),
        Format::IosApps => Some("ios"),
        Format::MacApplications | Format::MacSystemProfiler | Format::MasList | Format::Homebrew => Some("macos"),
        Format::WingetList | Format::AppxPackages | Format::StartApps => Some("windows"),
        Format::FlatpakList | Format::SnapList | Format::LinuxPackages => Some("linux"),
        _ => None,
    };
    by_format.or_else(browser_platform)
}

/// The platform the browser runs on, from its user agent (an iPad that says "Macintosh"
/// has a touch screen).
fn browser_platform() -> Option<&'static str> {
    let navigator = web_sys::window()?.navigator();
    let agent = navigator.user_agent().ok()?;
    let touch = prop(&navigator, "maxTouchPoints")
        .and_then(|n| n.as_f64())
        .unwrap_or(0.0);
    let platform = if agent.contains("iPhone") || agent.contains("iPad") || agent.contains("iPod") {
        "ios"
    } else if agent.contains("Android") {
        "android"
    } else if agent.contains("CrOS") {
        "chromeos"
    } else if agent.contains("Windows") {
        "windows"
    } else if agent.contains("Macintosh") && touch > 1.0 {
        "ios"
    } else if agent.contains("Macintosh") {
        "macos"
    } else if agent.contains("Linux") {
        "linux"
    } else {
        return None;
    };
    Some(platform)
}

/// Whether this browser is an iPhone's or an iPad's, where no app list can be copied.
pub(super) fn on_apple_mobile() -> bool {
    browser_platform() == Some("ios")
}

/// Says the answer's one sentence to screen readers (the page's live region).
pub(super) fn announce(result: &Element, message: &str) {
    let region = result.parent_element().and_then(|root| find_el(&root, "#announce"));
    if let Some(region) = region {
        region.set_text_content(Some(message));
    }
}

/// Draws a report: the answer card, how the list was read, the devices of an export
/// (`table`), the first `drawn` of the
/// findings the policy has something to say about (the rest are drawn by
/// [`render_findings`], a chunk per task, when the list was long), the apps it does not
/// name, the notes and — when there is an answer to keep — the summary.
pub(super) fn render_report(
    document: &Document,
    result: &Element,
    report: &Report,
    speech: &Speech,
    drawn: usize,
    shown: Shown,
    table: &DeviceTable,
) {
    let ui = speech.ui;
    result.set_text_content(None);
    render_answer(document, result, report, speech);
    let read = match shown.ticked_only {
        Some(n) => crate::i18n::count(ui, n, Msg::P_TICKED_ONE, Msg::P_TICKED_OTHER),
        None => fill(
            Msg::P_READ_AS.get(ui),
            &[
                ("format", &report.read_as.label),
                ("apps", &count_apps(report.read_as.entries, ui)),
            ],
        ),
    };
    put(
        document,
        result,
        "p",
        &[("id", "read-as"), ("data-format", word(report.read_as.format))],
        &read,
    );

    // An export of many devices: the counts and each device's answer, before the apps'.
    match &report.devices {
        Some(fleet) => table.draw(document, result, fleet, ui),
        None => table.clear(),
    }

    let list = el(document, "ul", &[("id", "findings")]);
    let mut first = named(report);
    first.truncate(drawn);
    render_findings(document, &list, &first, &report.policy.language, speech, shown);
    append(result, &list);

    let uncovered: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.outcome == Outcome::NotCovered)
        .map(|f| f.input.as_str())
        .collect();
    let omitted = report.not_covered_omitted;
    if !uncovered.is_empty() {
        let more = el(document, "details", &[("id", "not-covered")]);
        let total = uncovered.len() + omitted;
        let n = total.to_string();
        put(
            document,
            &more,
            "summary",
            &[],
            &fill(Msg::P_NOT_NAMED.get(ui), &[("n", &n)]),
        );
        let list = add(document, &more, "ul", &[], "");
        // A help desk's 100,000-row export is not read name by name: the first ones, and a count.
        for input in uncovered.iter().take(MAX_LISTED) {
            put_name(document, &list, "li", &[], input);
        }
        let rest = total.saturating_sub(MAX_LISTED);
        if rest > 0 {
            let n = rest.to_string();
            put(
                document,
                &list,
                "li",
                MORE,
                &fill(Msg::P_AND_MORE.get(ui), &[("n", &n)]),
            );
        }
        append(result, &more);
    }
    let notes_data = &report.notes;
    if !notes_data.is_empty() {
        let notes = el(document, "ul", &[("id", "notes")]);
        for note in notes_data.iter().take(MAX_LISTED) {
            let line = fill(
                Msg::P_LINE.get(ui),
                &[("line", &note.line.to_string()), ("message", &note.message)],
            );
            put(document, &notes, "li", &[], &line);
        }
        if notes_data.len() > MAX_LISTED {
            let rest = notes_data.len() - MAX_LISTED;
            let line = crate::i18n::count(ui, rest, Msg::P_MORE_SKIPPED_ONE, Msg::P_MORE_SKIPPED_OTHER);
            put(document, &notes, "li", MORE, &line);
        }
        append(result, &notes);
    }
    if report.policy.lifecycle.state == LifecycleState::Draft {
        set(result, "data-draft", "true");
    }
    // A summary is for keeping an answer: none while a question is open.
    if !matches!(
        report.overall.answer,
        Answer::NeedContext | Answer::ConfirmMatches | Answer::NoApps | Answer::Incomplete
    ) {
        render_summary(document, result, report, speech);
    }
}

/// The findings the policy has something to say about, in list order.
pub(super) fn named(report: &Report) -> Vec<&Finding> {
    report
        .findings
        .iter()
        .filter(|f| f.outcome != Outcome::NotCovered)
        .collect()
}

/// Draws findings the policy has something to say about into the findings list.
pub(super) fn render_findings(
    document: &Document,
    list: &Element,
    findings: &[&Finding],
    language: &str,
    speech: &Speech,
    shown: Shown,
) {
    for finding in findings {
        render_finding(document, list, finding, language, speech, shown);
    }
}

/// Draws one finding the policy has something to say about: headed by the app's name,
/// in plain words, the removal steps for this device first, and the details a help
/// desk asks for (what was pasted, how it was recognised, the rule) collapsed.
fn render_finding(
    document: &Document,
    list: &Element,
    finding: &Finding,
    language: &str,
    speech: &Speech,
    shown: Shown,
) {
    let ui = speech.ui;
    let outcome = finding.outcome;
    let input = finding.input.as_str();
    let name = finding.app.as_ref().map_or(input, |a| a.name.as_str());
    let item = el(document, "li", &[("data-outcome", word(outcome)), ("class", "finding")]);
    put_name(document, &item, "h3", &[], name);
    put(document, &item, "p", &[("class", "verdict")], outcome.label(ui));
    put_name(document, &item, "p", &[("class", "why")], &finding.explanation);
    if let Some(found) = found_by(finding, ui) {
        put_name(document, &item, "p", &[("class", "found")], &found);
    }
    if outcome == Outcome::PossibleMatch {
        let name = finding.app.as_ref().map_or("?", |a| a.name.as_str());
        let buttons = add(document, &item, "p", &[("class", "choices")], "");
        for (choice, label) in [
            ("confirm", fill(Msg::P_YES_IT_IS.get(ui), &[("name", name)])),
            ("dismiss", Msg::P_NO_OTHER.get(ui).to_owned()),
        ] {
            let attrs = [("type", "button"), ("data-choice", choice), ("data-entry", input)];
            put(document, &buttons, "button", &attrs, &label);
        }
    }
    // The policy's own texts, in the policy's language.
    let details = add(document, &item, "dl", &[("lang", language)], "");
    let own_lang = [("lang", ui.tag())];
    // appcheck's own standard steps are in the reader's language, not the policy's.
    let pair = |parent: &Element, label: &str, text: &str, standard: bool| {
        put(document, parent, "dt", &own_lang, label);
        isolated(document, parent, "dd", if standard { &own_lang } else { &[] }, text);
    };
    for (label, text) in [(Msg::F_IF_NOT, &finding.consequence), (Msg::F_WHY, &finding.reason)] {
        if let Some(text) = text {
            pair(&details, label.get(ui), text, false);
        }
    }
    // The steps for this device first; the others behind "other devices".
    let steps_all = &finding.how_to_remove;
    let mine = shown.platform.and_then(|p| {
        steps_all
            .iter()
            .position(|s| s.platform.as_deref() == Some(p))
            .or_else(|| steps_all.iter().position(|s| s.platform.is_none()))
    });
    let others = el(document, "dl", &[("lang", language)]);
    for (i, steps) in steps_all.iter().enumerate() {
        let (parent, alone) = match mine {
            Some(m) if m == i => (&details, true),
            Some(_) => (&others, false),
            None => (&details, steps_all.len() == 1),
        };
        let platform = match steps.platform.as_deref() {
            Some("ios") => Some("iPhone, iPad"),
            Some("android") => Some("Android"),
            Some(other) => Some(other),
            None if !alone => Some(Msg::F_OTHER_DEVICES.get(ui)),
            None => None,
        };
        let label = match platform {
            Some(platform) => fill(Msg::F_REMOVE_ON.get(ui), &[("platform", platform)]),
            None => Msg::F_REMOVE.get(ui).to_owned(),
        };
        pair(parent, &label, &steps.steps, steps.standard);
    }
    for (label, text) in [
        (Msg::F_STILL_ALLOWED, &finding.still_allowed),
        (Msg::F_EXCEPTIONS, &finding.exception),
        (Msg::F_NOTE, &finding.note),
    ] {
        if let Some(text) = text {
            pair(&details, label.get(ui), text, false);
        }
    }
    if let Some(browser) = &finding.in_browser {
        let label = browser.outcome.label(ui);
        let line = match &browser.note {
            Some(note) => format!("{label} — {note}"),
            None => label.to_owned(),
        };
        pair(&details, Msg::F_IN_BROWSER.get(ui), &line, false);
    }
    if others.child_element_count() > 0 {
        let more = add(document, &item, "details", &[("class", "other-devices")], "");
        put(document, &more, "summary", &[], Msg::F_OTHER_DEVICES_STEPS.get(ui));
        append(&more, &others);
    }
    // What a help desk asks for, out of the way of everyone else.
    let desk = add(
        document,
        &item,
        "details",
        &[("class", "help-desk"), ("lang", ui.tag())],
        "",
    );
    put(document, &desk, "summary", &[], Msg::F_HELP_DESK.get(ui));
    let facts = add(document, &desk, "dl", &[], "");
    // What was pasted, its invisible and bidi characters written visibly.
    let line = finding.line.to_string();
    put(
        document,
        &facts,
        "dt",
        &[],
        &fill(Msg::F_AS_PASTED.get(ui), &[("line", &line)]),
    );
    put_name(document, &facts, "dd", &[], input);
    if let Some(matched) = &finding.matched_by {
        put(document, &facts, "dt", &[], Msg::F_RECOGNISED.get(ui));
        put_name(document, &facts, "dd", &[], &describe_match(matched, ui));
    }
    if let Some(rule) = &finding.rule {
        pair(&facts, Msg::F_RULE.get(ui), rule, false);
    }
    append(list, &item);
}

/// How the app was found, in plain words ("Found by its Android package name.").
fn found_by(finding: &Finding, ui: Lang) -> Option<String> {
    let text = |msg: Msg, values: &[(&str, &str)]| Some(fill(msg.get(ui), values));
    match finding.matched_by.as_ref()? {
        _ if finding.outcome == Outcome::PossibleMatch || finding.in_text => None,
        MatchedBy::Name { value, name } if crate::text::normalise_name(value) == crate::text::normalise_name(name) => {
            text(Msg::F_FOUND_NAME, &[])
        }
        MatchedBy::Name { value, .. } => text(Msg::F_FOUND_ALIAS, &[("value", value)]),
        MatchedBy::AndroidPackage { .. } => text(Msg::F_FOUND_ANDROID, &[]),
        MatchedBy::IosBundleId { .. } => text(Msg::F_FOUND_IOS, &[]),
        MatchedBy::OtherId { .. } => text(Msg::F_FOUND_ID, &[]),
        MatchedBy::AppStoreId { .. } => text(Msg::F_FOUND_STORE, &[]),
        MatchedBy::PublisherPrefix { .. } => {
            text(Msg::F_FOUND_PUBLISHER, &[("publisher", finding.publisher.as_deref()?)])
        }
        MatchedBy::SimilarName { value, name, .. } => text(Msg::F_FOUND_CONFIRMED, &[("value", value), ("name", name)]),
    }
}

/// A summary to keep or share: the policy, when, the answer (which names the apps to
/// act on) and a count — never another app from the list.
pub(super) fn render_summary(document: &Document, result: &Element, report: &Report, speech: &Speech) {
    let ui = speech.ui;
    let section = el(
        document,
        "section",
        &[("id", "summary"), ("aria-labelledby", "summary-title")],
    );
    put(
        document,
        &section,
        "h2",
        &[("id", "summary-title")],
        Msg::K_TITLE.get(ui),
    );
    put(
        document,
        &section,
        "p",
        &[("class", "summary-note")],
        Msg::K_NOTE.get(ui),
    );
    let (p, overall) = (&report.policy, &report.overall);
    let checked = local_time(&js_sys::Date::new_0(), speech.ui).unwrap_or_default();
    let lines = [
        fill(
            Msg::K_POLICY.get(ui),
            &[("title", &p.title), ("id", &p.id), ("version", &p.version.to_string())],
        ),
        fill(Msg::K_CHECKED.get(ui), &[("when", &checked)]),
        fill(Msg::K_RESULT.get(ui), &[("message", &overall.message)]),
        fill(Msg::K_ACT_ON.get(ui), &[("n", &overall.act_on.to_string())]),
    ];
    put(document, &section, "pre", &[("id", "summary-text")], &lines.join("\n"));
    let actions = add(document, &section, "p", &[("class", "summary-actions")], "");
    for (id, msg) in [("copy-summary", Msg::K_COPY), ("print-summary", Msg::K_PRINT)] {
        put(
            document,
            &actions,
            "button",
            &[("type", "button"), ("id", id)],
            msg.get(ui),
        );
    }
    put(
        document,
        &section,
        "p",
        &[("id", "copy-status"), ("role", "status")],
        "",
    );
    append(result, &section);
}
