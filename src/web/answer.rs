//! The answer card, first in the result: the overall answer as a heading, the deadline
//! in the reader's own time with the time left, "Add to calendar" (a file made in the
//! page), and the help desk as links to tap.

use super::*;

/// Draws the answer card into `result`.
pub(super) fn render_answer(document: &Document, result: &Element, report: &Report, speech: &Speech) {
    let ui = speech.ui;
    let answer = word(report.overall.answer);
    let card = el(
        document,
        "section",
        &[("id", "answer"), ("class", "answer"), ("data-answer", answer)],
    );
    // The state at a glance: a sign as well as a colour and a word.
    let sign = match report.overall.answer {
        Answer::ActionRequired => "!",
        Answer::NothingToDo | Answer::DoesNotApply => "✓",
        Answer::Withdrawn | Answer::Superseded | Answer::Expired => "↺",
        Answer::Advice => "i",
        _ => "?",
    };
    put(
        document,
        &card,
        "span",
        &[("class", "sign"), ("aria-hidden", "true")],
        sign,
    );
    let heading = el(
        document,
        "h2",
        &[("id", "overall"), ("tabindex", "-1"), ("data-answer", answer)],
    );
    // A deadline's offset, "(UTC-04:00)", never breaks across lines on a phone.
    let deadlines: Vec<&str> = report
        .findings
        .iter()
        .filter_map(|f| f.deadline.as_ref())
        .filter_map(|d| d.text.rfind(" (").and_then(|at| d.text.get(at + 1..)))
        .collect();
    text_keeping_together(document, &heading, &report.overall.message, &deadlines);
    append(&card, &heading);
    if report.overall.answer == Answer::ActionRequired {
        if let Some((at, overdue)) = first_deadline(report) {
            local_deadline(document, &card, at, speech, Some("answer-when"));
            // (A deadline gone by is said, but a calendar entry for it reminds nobody.)
            if !overdue {
                put(
                    document,
                    &card,
                    "button",
                    &[("type", "button"), ("id", "add-to-calendar"), ("data-deadline", at)],
                    Msg::P_ADD_CALENDAR.get(ui),
                );
            }
        }
    }
    contact_links(document, &card, &report.policy.issuer, ui);
    append(result, &card);
}

/// The earliest deadline (RFC 3339) of the apps the employee must act on, and whether
/// it has passed.
fn first_deadline(report: &Report) -> Option<(&str, bool)> {
    let mut dated: Vec<(f64, &str, bool)> = report
        .findings
        .iter()
        .filter(|f| f.outcome.needs_action())
        .filter_map(|f| {
            let deadline = f.deadline.as_ref()?;
            Some((deadline.at.as_deref()?, deadline.overdue))
        })
        .map(|(at, overdue)| (js_sys::Date::new(&JsValue::from_str(at)).get_time(), at, overdue))
        .filter(|(millis, _, _)| !millis.is_nan())
        .collect();
    crate::small_sort::sort_by(&mut dated, |a, b| a.0 < b.0);
    dated.first().map(|&(_, at, overdue)| (at, overdue))
}

/// `text` as text nodes, each of `together` found in it wrapped so it does not break.
fn text_keeping_together(document: &Document, parent: &Element, text: &str, together: &[&str]) {
    let mut rest = text;
    while let Some((at, found)) = together
        .iter()
        .filter(|t| !t.is_empty())
        .filter_map(|t| rest.find(t).map(|at| (at, *t)))
        .min_by_key(|(at, _)| *at)
    {
        let (before, after) = rest.split_at(at);
        append_str(document, parent, before);
        put(document, parent, "span", &[("class", "nowrap")], found);
        rest = after.get(found.len()..).unwrap_or("");
    }
    append_str(document, parent, rest);
}

/// "Questions? …" with the help desk's address, phone and page as links to tap.
pub(super) fn contact_links(document: &Document, parent: &Element, issuer: &IssuerSummary, ui: Lang) {
    let p = el(document, "p", &[("class", "contact")]);
    append_str(
        document,
        &p,
        &fill(
            Msg::P_QUESTIONS.get(ui),
            &[("contact", &crate::text::isolate(&issuer.contact))],
        ),
    );
    let mut links: Vec<(String, String)> = Vec::new();
    if let Some(email) = &issuer.email {
        links.push((format!("mailto:{email}"), Msg::P_EMAIL_HELP.get(ui).to_owned()));
    }
    if let Some(phone) = &issuer.phone {
        let digits: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
        links.push((
            format!("tel:{digits}"),
            fill(Msg::P_CALL_HELP.get(ui), &[("phone", phone)]),
        ));
    }
    if let Some(url) = issuer
        .url
        .as_ref()
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
    {
        links.push((url.clone(), Msg::P_HELP_PAGE.get(ui).to_owned()));
    }
    if !links.is_empty() {
        let row = add(document, &p, "span", &[("class", "contact-links")], "");
        for (href, label) in links {
            put(document, &row, "a", &[("href", &href)], &label);
        }
    }
    append(parent, &p);
}

/// Writes the deadline as a calendar file (`.ics`) and hands it to the browser as a
/// download: made in this page, from the report, and sent nowhere.
pub(super) fn download_calendar(result: &Element, report_title: &str, summary: &str, at: &str) {
    let date = js_sys::Date::new(&JsValue::from_str(at));
    if date.get_time().is_nan() {
        return;
    }
    let stamp = |d: &js_sys::Date| -> String {
        let iso: String = d.to_iso_string().into();
        // 2020-07-11T03:59:00.000Z → 20200711T035900Z
        let mut digits: String = iso
            .chars()
            .take(19)
            .filter(|c| c.is_ascii_digit() || *c == 'T')
            .collect();
        digits.push('Z');
        digits
    };
    let escape = |text: &str| {
        text.replace('\\', "\\\\")
            .replace(';', "\\;")
            .replace(',', "\\,")
            .replace(['\r', '\n'], " ")
    };
    let start = stamp(&date);
    let (summary, title) = (escape(summary), escape(report_title));
    let ics = [
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//appcheck//EN\r\nBEGIN:VEVENT\r\nUID:",
        &start,
        "-",
        &report_title.len().to_string(),
        "@appcheck\r\nDTSTAMP:",
        &stamp(&js_sys::Date::new_0()),
        "\r\nDTSTART:",
        &start,
        "\r\nDTEND:",
        &start,
        "\r\nSUMMARY:",
        &summary,
        "\r\nDESCRIPTION:",
        &title,
        "\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:",
        &summary,
        "\r\nTRIGGER:-PT2H\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ]
    .concat();
    save_file(result, "deadline.ics", "text/calendar", &folded(&ics));
}

/// A calendar text with its lines folded as RFC 5545 wants them: at most 75 octets, a
/// longer line continued on the next after a CRLF and a space, never inside a character.
fn folded(ics: &str) -> String {
    let mut out = String::with_capacity(ics.len() + ics.len() / 60);
    for line in ics.split_inclusive("\r\n") {
        let mut width = 0;
        for c in line.chars() {
            if width + c.len_utf8() > 75 && c != '\r' && c != '\n' {
                out.push_str("\r\n ");
                width = 1;
            }
            width += c.len_utf8();
            out.push(c);
        }
    }
    out
}
