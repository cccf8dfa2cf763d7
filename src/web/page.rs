//! The parts of the page around the check: the organisation's masthead, a policy that
//! cannot be shown (and whom to ask), the list of published policies, and the policy's
//! header (title, state, deadline) in the reader's language.

use super::*;

/// The organisation (and its logo) in the page's masthead.
pub(super) fn show_site(document: &Document, root: &Element, site: &Site, ui: Lang) {
    // The page's own masthead, beside the widget: never a heading of a host page
    // that embeds the widget as `<app-check>` (its shadow root has no masthead).
    let Some(heading) = root
        .parent_element()
        .and_then(|parent| parent.query_selector(".masthead h1").ok().flatten())
    else {
        return;
    };
    heading.set_text_content(Some(&format!("{} — {}", Msg::P_TITLE.get(ui), site.organisation)));
    if let Some(logo) = &site.logo {
        let masthead = heading.parent_element();
        if masthead
            .as_ref()
            .and_then(|m| m.query_selector("img").ok().flatten())
            .is_none()
        {
            let image = el(
                document,
                "img",
                &[("src", logo), ("alt", &site.organisation), ("class", "logo")],
            );
            let _ = masthead.map(|masthead| masthead.insert_before(&image, Some(&heading)));
        }
    }
}

/// The fail-safe answer: no verdict, what went wrong, and whom to ask.
pub(super) fn show_error(document: &Document, root: &Element, failure: &Failure, ui: Lang) {
    let section = el(
        document,
        "section",
        &[("class", "error"), ("role", "alert"), ("id", "policy-error")],
    );
    // Not yet approved is not broken: it says so, and still gives no verdict.
    let heading = match failure.what {
        Msg::X_NOT_APPROVED => Msg::X_NOT_APPROVED_TITLE,
        _ => Msg::P_CANT_TELL,
    };
    append_text(document, &section, "h2", heading.get(ui));
    let what = failure.what.get(ui);
    append_text(
        document,
        &section,
        "p",
        &fill(Msg::P_CANT_TELL_BODY.get(ui), &[("what", what)]),
    );
    if let Some(contact) = &failure.contact {
        append_text(
            document,
            &section,
            "p",
            &fill(Msg::P_HELP_DESK.get(ui), &[("contact", contact)]),
        )
        .set_class_name("contact");
    }
    append_text(document, &section, "pre", &failure.detail);
    let _ = root.append_child(&section);
    if let Some(index) = &failure.index {
        policy_list(document, root, index, None, ui);
    }
}

/// Links to the published policies (never carrying anything about the device), with
/// withdrawn and replaced ones marked: `current` is the policy shown and its state.
pub(super) fn policy_list(
    document: &Document,
    root: &Element,
    index: &PolicyIndex,
    current: Option<(&str, LifecycleState)>,
    ui: Lang,
) {
    let nav = el(
        document,
        "nav",
        &[("id", "published"), ("aria-labelledby", "published-title")],
    );
    append_text(document, &nav, "h2", Msg::P_PUBLISHED.get(ui)).set_id("published-title");
    let list = el(document, "ul", &[]);
    for entry in &index.policies {
        let item = el(document, "li", &[]);
        let href = format!("#policy={}", entry.id);
        let link = el(document, "a", &[("href", &href)]);
        link.set_text_content(Some(&entry.title));
        let shown = current.filter(|(id, _)| *id == entry.id);
        if shown.is_some() {
            let _ = link.set_attribute("aria-current", "page");
        }
        let _ = item.append_child(&link);
        let state = match (shown.map(|(_, state)| state), entry.status) {
            (Some(LifecycleState::Withdrawn), _) | (None, Some(Status::Withdrawn)) => {
                Some(("withdrawn", Msg::P_STATUS_WITHDRAWN))
            }
            (Some(LifecycleState::Superseded), _) | (None, Some(Status::Superseded)) => {
                Some(("superseded", Msg::P_STATUS_SUPERSEDED))
            }
            _ => None,
        };
        if let Some((word, msg)) = state {
            let _ = item.set_attribute("data-status", word);
            let _ = item.append_child(&document.create_text_node(" — "));
            append_text(document, &item, "span", msg.get(ui)).set_class_name("status");
        }
        let _ = list.append_child(&item);
    }
    let _ = nav.append_child(&list);
    let _ = root.append_child(&nav);
}

/// Where and how the page speaks: the interface language and the `Intl` locale.
#[derive(Clone)]
pub(super) struct Speech {
    pub(super) ui: Lang,
    pub(super) locale: String,
}

pub(super) fn render_header(document: &Document, root: &Element, summary: &PolicySummary, speech: &Speech) {
    let ui = speech.ui;
    if let Some(message) = &summary.lifecycle.message {
        let banner = el(
            document,
            "section",
            &[
                ("id", "lifecycle"),
                ("role", "status"),
                ("data-state", &word(summary.lifecycle.state)),
            ],
        );
        append_text(document, &banner, "h2", message);
        if let Some(notice) = &summary.lifecycle.notice {
            let notice = append_isolated(document, &banner, "p", notice);
            notice.set_class_name("notice");
            let _ = notice.set_attribute("lang", &summary.language);
        }
        if let Some(by) = &summary.lifecycle.superseded_by {
            let link = el(document, "a", &[("href", &format!("#policy={by}"))]);
            link.set_text_content(Some(Msg::P_OPEN_REPLACEMENT.get(ui)));
            let p = el(document, "p", &[]);
            let _ = p.append_child(&link);
            let _ = banner.append_child(&p);
        }
        let _ = root.append_child(&banner);
    }
    let header = el(
        document,
        "section",
        &[
            ("id", "policy"),
            ("aria-labelledby", "policy-title"),
            ("lang", &summary.language),
        ],
    );
    // A withdrawn, replaced or ended policy: its notice is the page; the original
    // order stays readable, collapsed and marked, never a heading beside the notice.
    let original = match summary.lifecycle.state {
        LifecycleState::Withdrawn => Some(Msg::P_ORIGINAL_WITHDRAWN),
        LifecycleState::Superseded => Some(Msg::P_ORIGINAL_SUPERSEDED),
        LifecycleState::Expired => Some(Msg::P_ORIGINAL_EXPIRED),
        _ => None,
    };
    let title_tag = if original.is_some() { "h3" } else { "h2" };
    append_isolated(document, &header, title_tag, &summary.title).set_id("policy-title");
    let issued = fill(
        Msg::P_ISSUED.get(ui),
        &[
            ("issuer", &summary.issuer.name),
            ("date", &summary.published_text),
            ("version", &summary.version.to_string()),
        ],
    );
    let issued = append_text(document, &header, "p", &issued);
    issued.set_class_name("issuer");
    let _ = issued.set_attribute("lang", ui.tag());
    if let Some(deadline) = &summary.deadline {
        let message = if deadline.overdue {
            Msg::P_DEADLINE_PASSED
        } else {
            Msg::P_DEADLINE
        };
        let line = append_text(
            document,
            &header,
            "p",
            &fill(message.get(ui), &[("date", &deadline.text)]),
        );
        line.set_class_name("deadline");
        let _ = line.set_attribute("lang", ui.tag());
        if let Some(at) = &deadline.at {
            local_deadline(document, &header, at, speech, None);
        }
    }
    if let Some(text) = &summary.summary {
        append_isolated(document, &header, "p", text).set_class_name("summary");
    }
    match original {
        Some(label) => {
            let details = el(
                document,
                "details",
                &[("id", "original"), ("data-state", &word(summary.lifecycle.state))],
            );
            append_text(document, &details, "summary", label.get(ui))
                .set_attribute("lang", ui.tag())
                .ok();
            let _ = header.set_attribute("class", "struck");
            let _ = details.append_child(&header);
            let _ = root.append_child(&details);
        }
        None => {
            let _ = root.append_child(&header);
        }
    }
}
