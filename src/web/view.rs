//! The report view: the overall answer, how the list was read, each finding, the
//! notes and the summary to keep, drawn from the report's data.

use super::*;

/// The word a value of the report's enums is written as in its data
/// (`"action_required"`), for the `data-*` attributes tests and styles read.
pub(super) fn word<T: serde::Serialize>(value: T) -> String {
    to_js(&value).as_string().unwrap_or_default()
}

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
        Format::MacApplications | Format::MacSystemProfiler | Format::MasList => Some("macos"),
        Format::WingetList | Format::AppxPackages | Format::StartApps => Some("windows"),
        Format::FlatpakList | Format::SnapList => Some("linux"),
        _ => None,
    };
    by_format.or_else(browser_platform)
}

/// The platform the browser runs on, from its user agent (an iPad that says "Macintosh"
/// has a touch screen).
fn browser_platform() -> Option<&'static str> {
    let navigator = web_sys::window()?.navigator();
    let agent = navigator.user_agent().ok()?;
    let touch = js_sys::Reflect::get(&navigator, &"maxTouchPoints".into())
        .ok()
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
    let region = result
        .parent_element()
        .and_then(|root| root.query_selector("#announce").ok().flatten());
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
    let read_as = el(
        document,
        "p",
        &[("id", "read-as"), ("data-format", &word(report.read_as.format))],
    );
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
    read_as.set_text_content(Some(&read));
    let _ = result.append_child(&read_as);

    // An export of many devices: the counts and each device's answer, before the apps'.
    match &report.devices {
        Some(fleet) => table.draw(document, result, fleet, ui),
        None => table.clear(),
    }

    let list = el(document, "ul", &[("id", "findings")]);
    let mut first = named(report);
    first.truncate(drawn);
    render_findings(document, &list, &first, &report.policy.language, speech, shown);
    let _ = result.append_child(&list);

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
        append_text(
            document,
            &more,
            "summary",
            &fill(Msg::P_NOT_NAMED.get(ui), &[("n", &total.to_string())]),
        );
        let list = el(document, "ul", &[]);
        // A help desk's 100,000-row export is not read name by name: the first ones, and a count.
        for input in uncovered.iter().take(MAX_LISTED) {
            append_name(document, &list, "li", input);
        }
        let rest = total.saturating_sub(MAX_LISTED);
        if rest > 0 {
            append_text(
                document,
                &list,
                "li",
                &fill(Msg::P_AND_MORE.get(ui), &[("n", &rest.to_string())]),
            )
            .set_class_name("more");
        }
        let _ = more.append_child(&list);
        let _ = result.append_child(&more);
    }
    let notes_data = &report.notes;
    if !notes_data.is_empty() {
        let notes = el(document, "ul", &[("id", "notes")]);
        for note in notes_data.iter().take(MAX_LISTED) {
            let line = fill(
                Msg::P_LINE.get(ui),
                &[("line", &note.line.to_string()), ("message", &note.message)],
            );
            append_text(document, &notes, "li", &line);
        }
        if notes_data.len() > MAX_LISTED {
            let rest = notes_data.len() - MAX_LISTED;
            append_text(
                document,
                &notes,
                "li",
                &crate::i18n::count(ui, rest, Msg::P_MORE_SKIPPED_ONE, Msg::P_MORE_SKIPPED_OTHER),
            )
            .set_class_name("more");
        }
        let _ = result.append_child(&notes);
    }
    if report.policy.lifecycle.state == LifecycleState::Draft {
        let _ = result.set_attribute("data-draft", "true");
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
    let item = el(
        document,
        "li",
        &[("data-outcome", &word(outcome)), ("class", "finding")],
    );
    append_name(document, &item, "h3", name);
    append_text(document, &item, "p", outcome.label(ui)).set_class_name("verdict");
    append_name(document, &item, "p", &finding.explanation).set_class_name("why");
    if let Some(found) = found_by(finding, ui) {
        append_name(document, &item, "p", &found).set_class_name("found");
    }
    if outcome == Outcome::PossibleMatch {
        let name = finding.app.as_ref().map_or("?", |a| a.name.as_str());
        let buttons = el(document, "p", &[("class", "choices")]);
        for (choice, label) in [
            ("confirm", fill(Msg::P_YES_IT_IS.get(ui), &[("name", name)])),
            ("dismiss", Msg::P_NO_OTHER.get(ui).to_owned()),
        ] {
            let button = el(
                document,
                "button",
                &[("type", "button"), ("data-choice", choice), ("data-entry", input)],
            );
            button.set_text_content(Some(&label));
            let _ = buttons.append_child(&button);
        }
        let _ = item.append_child(&buttons);
    }
    // The policy's own texts, in the policy's language.
    let details = el(document, "dl", &[("lang", language)]);
    let add = |parent: &Element, label: &str, text: &str| {
        let _ = append_text(document, parent, "dt", label).set_attribute("lang", ui.tag());
        append_isolated(document, parent, "dd", text)
    };
    // appcheck's own standard steps are in the reader's language, not the policy's.
    let add_steps = |parent: &Element, label: &str, steps: &crate::report::RemovalSteps| {
        let dd = add(parent, label, &steps.steps);
        if steps.standard {
            let _ = dd.set_attribute("lang", ui.tag());
        }
    };
    for (label, text) in [(Msg::F_IF_NOT, &finding.consequence), (Msg::F_WHY, &finding.reason)] {
        if let Some(text) = text {
            add(&details, label.get(ui), text);
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
    let label_of = |steps: &crate::report::RemovalSteps, alone: bool| {
        let platform = match steps.platform.as_deref() {
            Some("ios") => Some("iPhone, iPad".to_owned()),
            Some("android") => Some("Android".to_owned()),
            Some(other) => Some(other.to_owned()),
            None if !alone => Some(Msg::F_OTHER_DEVICES.get(ui).to_owned()),
            None => None,
        };
        match platform {
            Some(platform) => fill(Msg::F_REMOVE_ON.get(ui), &[("platform", &platform)]),
            None => Msg::F_REMOVE.get(ui).to_owned(),
        }
    };
    let others = el(document, "dl", &[("lang", language)]);
    for (i, steps) in steps_all.iter().enumerate() {
        match mine {
            Some(m) if m == i => add_steps(&details, &label_of(steps, true), steps),
            Some(_) => add_steps(&others, &label_of(steps, false), steps),
            None => add_steps(&details, &label_of(steps, steps_all.len() == 1), steps),
        }
    }
    for (label, text) in [
        (Msg::F_STILL_ALLOWED, &finding.still_allowed),
        (Msg::F_EXCEPTIONS, &finding.exception),
        (Msg::F_NOTE, &finding.note),
    ] {
        if let Some(text) = text {
            add(&details, label.get(ui), text);
        }
    }
    if let Some(browser) = &finding.in_browser {
        let label = browser.outcome.label(ui);
        let line = match &browser.note {
            Some(note) => format!("{label} — {note}"),
            None => label.to_owned(),
        };
        add(&details, Msg::F_IN_BROWSER.get(ui), &line);
    }
    let _ = item.append_child(&details);
    if others.child_element_count() > 0 {
        let more = el(document, "details", &[("class", "other-devices")]);
        append_text(document, &more, "summary", Msg::F_OTHER_DEVICES_STEPS.get(ui));
        let _ = more.append_child(&others);
        let _ = item.append_child(&more);
    }
    // What a help desk asks for, out of the way of everyone else.
    let desk = el(document, "details", &[("class", "help-desk"), ("lang", ui.tag())]);
    append_text(document, &desk, "summary", Msg::F_HELP_DESK.get(ui));
    let facts = el(document, "dl", &[]);
    // What was pasted, its invisible and bidi characters written visibly.
    append_text(
        document,
        &facts,
        "dt",
        &fill(Msg::F_AS_PASTED.get(ui), &[("line", &finding.line.to_string())]),
    );
    append_name(document, &facts, "dd", input);
    if let Some(matched) = &finding.matched_by {
        append_text(document, &facts, "dt", Msg::F_RECOGNISED.get(ui));
        append_name(document, &facts, "dd", &describe_match(matched, ui));
    }
    if let Some(rule) = &finding.rule {
        add(&facts, Msg::F_RULE.get(ui), rule);
    }
    let _ = desk.append_child(&facts);
    let _ = item.append_child(&desk);
    let _ = list.append_child(&item);
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

/// A summary to keep or share: the policy, when, the answer and a count — never an
/// app from the list.
pub(super) fn render_summary(document: &Document, result: &Element, report: &Report, speech: &Speech) {
    let ui = speech.ui;
    let section = el(
        document,
        "section",
        &[("id", "summary"), ("aria-labelledby", "summary-title")],
    );
    append_text(document, &section, "h2", Msg::K_TITLE.get(ui)).set_id("summary-title");
    append_text(document, &section, "p", Msg::K_NOTE.get(ui)).set_class_name("summary-note");
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
    append_text(document, &section, "pre", &lines.join("\n")).set_id("summary-text");
    let actions = el(document, "p", &[("class", "summary-actions")]);
    for (id, msg) in [("copy-summary", Msg::K_COPY), ("print-summary", Msg::K_PRINT)] {
        let button = el(document, "button", &[("type", "button"), ("id", id)]);
        button.set_text_content(Some(msg.get(ui)));
        let _ = actions.append_child(&button);
    }
    let _ = section.append_child(&actions);
    let _ = section.append_child(&el(document, "p", &[("id", "copy-status"), ("role", "status")]));
    let _ = result.append_child(&section);
}
