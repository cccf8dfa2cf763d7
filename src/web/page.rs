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
        .and_then(|parent| find_el(&parent, ".masthead h1"))
    else {
        return;
    };
    heading.set_text_content(Some(&format!("{} — {}", Msg::P_TITLE.get(ui), site.organisation)));
    if let Some(logo) = &site.logo {
        let masthead = heading.parent_element();
        if masthead.as_ref().and_then(|m| find_el(m, "img")).is_none() {
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
    put(document, &section, "h2", &[], heading.get(ui));
    let what = failure.what.get(ui);
    put(
        document,
        &section,
        "p",
        &[],
        &fill(Msg::P_CANT_TELL_BODY.get(ui), &[("what", what)]),
    );
    if let Some(contact) = &failure.contact {
        let line = fill(Msg::P_HELP_DESK.get(ui), &[("contact", &crate::text::isolate(contact))]);
        put(document, &section, "p", &[("class", "contact")], &line);
    }
    put(document, &section, "pre", &[], &failure.detail);
    append(root, &section);
    if let Some(index) = &failure.index {
        // (Whether the site accepts unsigned policies is not known here: the index's
        // states are left out.)
        policy_list(document, root, index, None, false, ui);
    }
}

/// Links to the published policies (never carrying anything about the device), with
/// withdrawn and replaced ones marked: `current` is the policy shown and its state (as
/// its file says). The others are marked by the index only when `index_states`: the
/// index is not signed, so where policies must be signed it cannot say that one is
/// withdrawn (an employee would not open an order it called withdrawn).
pub(super) fn policy_list(
    document: &Document,
    root: &Element,
    index: &PolicyIndex,
    current: Option<(&str, LifecycleState)>,
    index_states: bool,
    ui: Lang,
) {
    let nav = el(
        document,
        "nav",
        &[("id", "published"), ("aria-labelledby", "published-title")],
    );
    put(
        document,
        &nav,
        "h2",
        &[("id", "published-title")],
        Msg::P_PUBLISHED.get(ui),
    );
    let list = add(document, &nav, "ul", &[], "");
    for entry in &index.policies {
        let item = el(document, "li", &[]);
        let href = format!("#policy={}", entry.id);
        let shown = current.filter(|(id, _)| *id == entry.id);
        let attrs = [("href", href.as_str()), ("aria-current", "page")];
        put(document, &item, "a", but_last(&attrs, shown.is_some()), &entry.title);
        let said = entry.status.filter(|_| index_states);
        let state = match (shown.map(|(_, state)| state), said) {
            (Some(LifecycleState::Withdrawn), _) | (None, Some(Status::Withdrawn)) => {
                Some(("withdrawn", Msg::P_STATUS_WITHDRAWN))
            }
            (Some(LifecycleState::Superseded), _) | (None, Some(Status::Superseded)) => {
                Some(("superseded", Msg::P_STATUS_SUPERSEDED))
            }
            _ => None,
        };
        if let Some((word, msg)) = state {
            set(&item, "data-status", word);
            append_str(document, &item, " — ");
            put(document, &item, "span", &[("class", "status")], msg.get(ui));
        }
        append(&list, &item);
    }
    append(root, &nav);
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
                ("data-state", word(summary.lifecycle.state)),
            ],
        );
        put(document, &banner, "h2", &[], message);
        if let Some(notice) = &summary.lifecycle.notice {
            let attrs = [("class", "notice"), ("lang", summary.language.as_str())];
            isolated(document, &banner, "p", &attrs, notice);
        }
        if let Some(by) = &summary.lifecycle.superseded_by {
            let p = add(document, &banner, "p", &[], "");
            put(
                document,
                &p,
                "a",
                &[("href", &format!("#policy={by}"))],
                Msg::P_OPEN_REPLACEMENT.get(ui),
            );
        }
        append(root, &banner);
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
    isolated(document, &header, title_tag, &[("id", "policy-title")], &summary.title);
    let issued = fill(
        Msg::P_ISSUED.get(ui),
        &[
            ("issuer", &crate::text::isolate(&summary.issuer.name)),
            ("date", &summary.published_text),
            ("version", &summary.version.to_string()),
        ],
    );
    let own_lang = ("lang", ui.tag());
    put(document, &header, "p", &[("class", "issuer"), own_lang], &issued);
    if let Some(deadline) = &summary.deadline {
        let message = if deadline.overdue {
            Msg::P_DEADLINE_PASSED
        } else {
            Msg::P_DEADLINE
        };
        let line = fill(message.get(ui), &[("date", &deadline.text)]);
        put(document, &header, "p", &[("class", "deadline"), own_lang], &line);
        if let Some(at) = &deadline.at {
            local_deadline(document, &header, at, speech, None);
        }
    }
    if let Some(text) = &summary.summary {
        isolated(document, &header, "p", &[("class", "summary")], text);
    }
    match original {
        Some(label) => {
            let details = el(
                document,
                "details",
                &[("id", "original"), ("data-state", word(summary.lifecycle.state))],
            );
            put(document, &details, "summary", &[own_lang], label.get(ui));
            set(&header, "class", "struck");
            append(&details, &header);
            append(root, &details);
        }
        None => append(root, &header),
    }
}
