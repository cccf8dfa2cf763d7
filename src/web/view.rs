//! The report view: the overall answer, how the list was read, each finding, the
//! notes and the summary to keep, drawn from the report's data.

use super::*;

/// The word a value of the report's enums is written as in its data
/// (`"action_required"`), for the `data-*` attributes tests and styles read.
pub(super) fn word<T: serde::Serialize>(value: T) -> String {
    to_js(&value).as_string().unwrap_or_default()
}

/// Draws a report: the overall answer, how the list was read, the first `drawn` of
/// the findings the policy has something to say about (the rest are drawn by
/// [`render_findings`], a chunk per task, when the list was long), the apps it does not
/// name, the notes and the summary.
pub(super) fn render_report(document: &Document, result: &Element, report: &Report, speech: &Speech, drawn: usize) {
    let ui = speech.ui;
    result.set_text_content(None);
    let overall = el(
        document,
        "p",
        &[
            ("id", "overall"),
            ("tabindex", "-1"),
            ("data-answer", &word(report.overall.answer)),
        ],
    );
    overall.set_text_content(Some(&report.overall.message));
    let _ = result.append_child(&overall);
    let read_as = el(
        document,
        "p",
        &[("id", "read-as"), ("data-format", &word(report.read_as.format))],
    );
    read_as.set_text_content(Some(&fill(
        Msg::P_READ_AS.get(ui),
        &[
            ("format", &report.read_as.label),
            ("apps", &count_apps(report.read_as.entries, ui)),
        ],
    )));
    let _ = result.append_child(&read_as);

    let list = el(document, "ul", &[("id", "findings")]);
    let mut first = named(report);
    first.truncate(drawn);
    render_findings(document, &list, &first, &report.policy.language, speech);
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
            let rest = (notes_data.len() - MAX_LISTED).to_string();
            append_text(
                document,
                &notes,
                "li",
                &fill(Msg::P_MORE_SKIPPED.get(ui), &[("n", &rest)]),
            )
            .set_class_name("more");
        }
        let _ = result.append_child(&notes);
    }
    if report.policy.lifecycle.state == LifecycleState::Draft {
        let _ = result.set_attribute("data-draft", "true");
    }
    render_summary(document, result, report, speech);
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
) {
    for finding in findings {
        render_finding(document, list, finding, language, speech);
    }
}

/// Draws one finding the policy has something to say about into the findings list.
fn render_finding(document: &Document, list: &Element, finding: &Finding, language: &str, speech: &Speech) {
    let ui = speech.ui;
    let outcome = finding.outcome;
    let input = finding.input.as_str();
    let item = el(
        document,
        "li",
        &[("data-outcome", &word(outcome)), ("class", "finding")],
    );
    let head = el(document, "p", &[]);
    append_name(document, &head, "strong", input);
    let _ = head.append_child(&document.create_text_node(" — "));
    append_text(document, &head, "span", outcome.label(ui)).set_class_name("verdict");
    let _ = item.append_child(&head);
    append_name(document, &item, "p", &finding.explanation).set_class_name("why");
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
    let add = |label: &str, text: &str| {
        let _ = append_text(document, &details, "dt", label).set_attribute("lang", ui.tag());
        append_isolated(document, &details, "dd", text);
    };
    for (label, text) in [(Msg::F_IF_NOT, &finding.consequence), (Msg::F_WHY, &finding.reason)] {
        if let Some(text) = text {
            add(label.get(ui), text);
        }
    }
    let steps_all = &finding.how_to_remove;
    for steps in steps_all {
        let platform = match steps.platform.as_deref() {
            Some("ios") => Some("iPhone, iPad".to_owned()),
            Some("android") => Some("Android".to_owned()),
            Some(other) => Some(other.to_owned()),
            None if steps_all.len() > 1 => Some(Msg::F_OTHER_DEVICES.get(ui).to_owned()),
            None => None,
        };
        let label = match platform {
            Some(platform) => fill(Msg::F_REMOVE_ON.get(ui), &[("platform", &platform)]),
            None => Msg::F_REMOVE.get(ui).to_owned(),
        };
        add(&label, &steps.steps);
    }
    for (label, text) in [
        (Msg::F_STILL_ALLOWED, &finding.still_allowed),
        (Msg::F_EXCEPTIONS, &finding.exception),
        (Msg::F_NOTE, &finding.note),
    ] {
        if let Some(text) = text {
            add(label.get(ui), text);
        }
    }
    if let Some(browser) = &finding.in_browser {
        let label = browser.outcome.label(ui);
        let line = match &browser.note {
            Some(note) => format!("{label} — {note}"),
            None => label.to_owned(),
        };
        add(Msg::F_IN_BROWSER.get(ui), &line);
    }
    let _ = item.append_child(&details);
    let _ = list.append_child(&item);
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
    let checked = local_time(&js_sys::Date::new_0(), &speech.locale).unwrap_or_default();
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
