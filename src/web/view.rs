//! The report view: the overall answer, how the list was read, each finding, the
//! notes and the summary to keep, drawn from the report's data.

use super::*;

/// The word an enum is written as in the report data (`"action_required"`).
pub(super) fn word<T: serde::Serialize>(value: T) -> String {
    serde_json::to_string(&value)
        .map(|text| text.trim_matches('"').to_owned())
        .unwrap_or_default()
}

/// A text field of report data ("" when absent).
pub(super) fn text<'a>(value: &'a serde_json::Value, key: &str) -> &'a str {
    value.get(key).and_then(serde_json::Value::as_str).unwrap_or("")
}

/// A text field of report data, when present.
pub(super) fn some_text<'a>(value: &'a serde_json::Value, key: &str) -> Option<&'a str> {
    value.get(key).and_then(serde_json::Value::as_str)
}

pub(super) fn number(value: &serde_json::Value, key: &str) -> usize {
    value
        .get(key)
        .and_then(serde_json::Value::as_u64)
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or(0)
}

pub(super) fn items<'a>(value: &'a serde_json::Value, key: &str) -> &'a [serde_json::Value] {
    value
        .get(key)
        .and_then(serde_json::Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// The label of an outcome, from its word in the report data.
pub(super) fn outcome_label(word: &str, ui: Lang) -> &'static str {
    [
        Outcome::Remove,
        Outcome::BrowserOnly,
        Outcome::Discouraged,
        Outcome::Allowed,
        Outcome::PossibleMatch,
        Outcome::NotApplicable,
        Outcome::NotCovered,
    ]
    .into_iter()
    .find(|o| self::word(o) == word)
    .map_or("", |o| o.label(ui))
}

/// Draws a report, given as data (the page's own check and the Web Worker's answer
/// take the same road).
pub(super) fn render_report(document: &Document, result: &Element, report: &serde_json::Value, speech: &Speech) {
    let ui = speech.ui;
    result.set_text_content(None);
    let overall_data = report.get("overall").cloned().unwrap_or_default();
    let overall = el(
        document,
        "p",
        &[
            ("id", "overall"),
            ("tabindex", "-1"),
            ("data-answer", text(&overall_data, "answer")),
        ],
    );
    overall.set_text_content(Some(text(&overall_data, "message")));
    let _ = result.append_child(&overall);
    let read_as_data = report.get("read_as").cloned().unwrap_or_default();
    let read_as = el(
        document,
        "p",
        &[("id", "read-as"), ("data-format", text(&read_as_data, "format"))],
    );
    read_as.set_text_content(Some(&fill(
        Msg::P_READ_AS.get(ui),
        &[
            ("format", text(&read_as_data, "label")),
            ("apps", &count_apps(number(&read_as_data, "entries"), ui)),
        ],
    )));
    let _ = result.append_child(&read_as);

    let policy = report.get("policy").cloned().unwrap_or_default();
    let language = text(&policy, "language").to_owned();
    let list = el(document, "ul", &[("id", "findings")]);
    let mut uncovered = Vec::new();
    for finding in items(report, "findings") {
        if text(finding, "outcome") == "not_covered" {
            uncovered.push(text(finding, "input"));
        } else {
            render_finding(document, &list, finding, &language, speech);
        }
    }
    let _ = result.append_child(&list);

    let omitted = number(report, "not_covered_omitted");
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
            append_text(document, &list, "li", input);
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
    let notes_data = items(report, "notes");
    if !notes_data.is_empty() {
        let notes = el(document, "ul", &[("id", "notes")]);
        for note in notes_data.iter().take(MAX_LISTED) {
            let line = fill(
                Msg::P_LINE.get(ui),
                &[
                    ("line", &number(note, "line").to_string()),
                    ("message", text(note, "message")),
                ],
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
    if policy.get("lifecycle").map(|l| text(l, "state")) == Some("draft") {
        let _ = result.set_attribute("data-draft", "true");
    }
    render_summary(document, result, report, speech);
}

/// Draws one finding the policy has something to say about into the findings list.
pub(super) fn render_finding(
    document: &Document,
    list: &Element,
    finding: &serde_json::Value,
    language: &str,
    speech: &Speech,
) {
    let ui = speech.ui;
    let outcome = text(finding, "outcome");
    let input = text(finding, "input");
    let item = el(document, "li", &[("data-outcome", outcome), ("class", "finding")]);
    let head = el(document, "p", &[]);
    append_text(document, &head, "strong", input);
    let _ = head.append_child(&document.create_text_node(" — "));
    append_text(document, &head, "span", outcome_label(outcome, ui)).set_class_name("verdict");
    let _ = item.append_child(&head);
    append_text(document, &item, "p", text(finding, "explanation")).set_class_name("why");
    if outcome == "possible_match" {
        let name = finding.get("app").map_or("?", |a| text(a, "name"));
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
        append_text(document, &details, "dd", text);
    };
    for (label, key) in [(Msg::F_IF_NOT, "consequence"), (Msg::F_WHY, "reason")] {
        if let Some(text) = some_text(finding, key) {
            add(label.get(ui), text);
        }
    }
    let steps_all = items(finding, "how_to_remove");
    for steps in steps_all {
        let platform = match some_text(steps, "platform") {
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
        add(&label, text(steps, "steps"));
    }
    for (label, key) in [
        (Msg::F_STILL_ALLOWED, "still_allowed"),
        (Msg::F_EXCEPTIONS, "exception"),
        (Msg::F_NOTE, "note"),
    ] {
        if let Some(text) = some_text(finding, key) {
            add(label.get(ui), text);
        }
    }
    if let Some(browser) = finding.get("in_browser") {
        let label = outcome_label(text(browser, "outcome"), ui);
        let line = match some_text(browser, "note") {
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
pub(super) fn render_summary(document: &Document, result: &Element, report: &serde_json::Value, speech: &Speech) {
    let ui = speech.ui;
    let section = el(
        document,
        "section",
        &[("id", "summary"), ("aria-labelledby", "summary-title")],
    );
    append_text(document, &section, "h2", Msg::K_TITLE.get(ui)).set_id("summary-title");
    append_text(document, &section, "p", Msg::K_NOTE.get(ui)).set_class_name("summary-note");
    let p = report.get("policy").cloned().unwrap_or_default();
    let overall = report.get("overall").cloned().unwrap_or_default();
    let checked = local_time(&js_sys::Date::new_0(), &speech.locale).unwrap_or_default();
    let lines = [
        fill(
            Msg::K_POLICY.get(ui),
            &[
                ("title", text(&p, "title")),
                ("id", text(&p, "id")),
                ("version", &number(&p, "version").to_string()),
            ],
        ),
        fill(Msg::K_CHECKED.get(ui), &[("when", &checked)]),
        fill(Msg::K_RESULT.get(ui), &[("message", text(&overall, "message"))]),
        fill(Msg::K_ACT_ON.get(ui), &[("n", &number(&overall, "act_on").to_string())]),
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
