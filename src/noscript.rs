//! The page before (and without) JavaScript: what `appcheck build` writes into the
//! page as visible content, so that the first response already shows the policy — its
//! title, where it stands (a withdrawal and its notice first), what it asks, its
//! deadline, the apps it names — and whom to ask, before any script has run and with
//! scripts off ([`first_response_html`]); and the `<noscript>` line that says no check
//! can run without JavaScript ([`noscript_html`]). The markup is the widget's own (the
//! same elements, ids and classes, in the same order), so that when the widget draws
//! the policy in its place nothing moves.

use chrono::{DateTime, Utc};

use crate::i18n::{fill, Lang, Msg};
use crate::policy::{Policy, PolicyIndex, Status};
use crate::report::{summarise, LifecycleState};

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The `<noscript>` content: that no check can run without JavaScript, in `language`
/// (falling back as the page does). The policy itself is in the first response, for
/// everyone ([`first_response_html`]).
pub fn noscript_html(language: Option<&str>) -> String {
    format!(
        "<p class=\"noscript-warning\">{}</p>\n",
        escape(Msg::P_NO_SCRIPT.get(Lang::pick(language)))
    )
}

/// Where the first response is and what is around it.
pub struct Around<'a> {
    /// The site's help desk, shown as well as the policy's own contact.
    pub help_desk: Option<&'a str>,
    /// The language of the page (the site's default), falling back as the page does.
    pub language: Option<&'a str>,
    /// The published policies, listed as the widget lists them (none in a page that
    /// carries one policy only).
    pub index: Option<&'a PolicyIndex>,
    /// How a policy's own page is reached from this page: `p/` from the site's
    /// `index.html`, nothing from a page in `p/`; `None` where there are no such pages
    /// (the links are then the widget's `#policy=<id>`).
    pub pages: Option<&'a str>,
}

/// The policy as the widget first draws it (the language menu, the privacy line, the
/// life cycle's banner with its notice, the policy's header, whom to ask, the published
/// policies), as of `now` (the build): visible content in the page's first response,
/// which the widget then replaces with the same boxes. The language menu is inert here
/// (the widget makes it work) and hidden where scripts are off (the stylesheet).
pub fn first_response_html(policy: &Policy, around: &Around, now: DateTime<Utc>) -> String {
    let ui = Lang::pick(around.language);
    let summary = summarise(policy, now, around.language);
    let state = state_word(summary.lifecycle.state);
    let link = |id: &str| match around.pages {
        Some(prefix) => format!("{prefix}{}.html", escape(id)),
        None => format!("#policy={}", escape(id)),
    };
    let mut out = String::new();
    out.push_str(&format!(
        "<div class=\"first-response\" data-policy-id=\"{}\" data-state=\"{state}\">\n",
        escape(&policy.id)
    ));
    out.push_str(&format!(
        "<p class=\"language\"><label for=\"language\">{}</label><select id=\"language\" disabled>",
        escape(Msg::P_LANGUAGE.get(ui))
    ));
    for lang in Lang::ALL {
        let selected = if lang == ui { " selected" } else { "" };
        out.push_str(&format!(
            "<option value=\"{0}\" lang=\"{0}\"{selected}>{1}</option>",
            lang.tag(),
            escape(lang.name())
        ));
    }
    out.push_str("</select></p>\n");
    out.push_str(&format!(
        "<p class=\"privacy\">{}</p>\n",
        escape(Msg::P_PRIVACY.get(ui))
    ));
    if let Some(message) = &summary.lifecycle.message {
        out.push_str(&format!(
            "<section id=\"lifecycle\" role=\"status\" data-state=\"{state}\"><h2>{}</h2>",
            escape(message)
        ));
        if let Some(notice) = &summary.lifecycle.notice {
            out.push_str(&format!(
                "<p class=\"notice\" lang=\"{}\">{}</p>",
                escape(&summary.language),
                escape(notice)
            ));
        }
        if let Some(by) = &summary.lifecycle.superseded_by {
            out.push_str(&format!(
                "<p><a href=\"{}\">{}</a></p>",
                link(by),
                escape(Msg::P_OPEN_REPLACEMENT.get(ui))
            ));
        }
        out.push_str("</section>\n");
    }
    let original = match summary.lifecycle.state {
        LifecycleState::Withdrawn => Some(Msg::P_ORIGINAL_WITHDRAWN),
        LifecycleState::Superseded => Some(Msg::P_ORIGINAL_SUPERSEDED),
        LifecycleState::Expired => Some(Msg::P_ORIGINAL_EXPIRED),
        _ => None,
    };
    if let Some(label) = original {
        out.push_str(&format!(
            "<details id=\"original\" data-state=\"{state}\"><summary lang=\"{}\">{}</summary>\n",
            ui.tag(),
            escape(label.get(ui))
        ));
    }
    let struck = if original.is_some() { " class=\"struck\"" } else { "" };
    out.push_str(&format!(
        "<section id=\"policy\" aria-labelledby=\"policy-title\" lang=\"{}\"{struck}>",
        escape(&summary.language)
    ));
    let title_tag = if original.is_some() { "h3" } else { "h2" };
    out.push_str(&format!(
        "<{title_tag} id=\"policy-title\">{}</{title_tag}>",
        escape(&summary.title)
    ));
    let issued = fill(
        Msg::P_ISSUED.get(ui),
        &[
            ("issuer", &crate::text::isolate(&summary.issuer.name)),
            ("date", &summary.published_text),
            ("version", &summary.version.to_string()),
        ],
    );
    out.push_str(&format!(
        "<p class=\"issuer\" lang=\"{}\">{}</p>",
        ui.tag(),
        escape(&issued)
    ));
    if let Some(deadline) = &summary.deadline {
        let message = if deadline.overdue {
            Msg::P_DEADLINE_PASSED
        } else {
            Msg::P_DEADLINE
        };
        out.push_str(&format!(
            "<p class=\"deadline\" lang=\"{}\">{}</p>",
            ui.tag(),
            escape(&fill(message.get(ui), &[("date", &deadline.text)]))
        ));
    }
    if let Some(text) = &summary.summary {
        out.push_str(&format!("<p class=\"summary\">{}</p>", escape(text)));
    }
    out.push_str("</section>\n");
    if original.is_some() {
        out.push_str("</details>\n");
    }
    if summary.lifecycle.state.gives_verdicts() && !policy.apps.is_empty() {
        out.push_str(&format!(
            "<p class=\"noscript-apps-title\">{}</p>\n<ul class=\"noscript-apps\">\n",
            escape(Msg::P_NAMED.get(ui))
        ));
        for app in &policy.apps {
            out.push_str(&format!("<li class=\"app\">{}</li>\n", escape(&app.name)));
        }
        out.push_str("</ul>\n");
    }
    let questions = fill(
        Msg::P_QUESTIONS.get(ui),
        &[("contact", &crate::text::isolate(&summary.issuer.contact))],
    );
    out.push_str(&format!("<p class=\"contact\">{}</p>\n", escape(&questions)));
    if let Some(help_desk) = around.help_desk.filter(|h| *h != summary.issuer.contact) {
        let text = fill(
            Msg::P_HELP_DESK.get(ui),
            &[("contact", &crate::text::isolate(help_desk))],
        );
        out.push_str(&format!("<p class=\"contact\">{}</p>\n", escape(&text)));
    }
    if let Some(index) = around.index {
        out.push_str(&format!(
            "<nav id=\"published\" aria-labelledby=\"published-title\"><h2 id=\"published-title\">{}</h2><ul>\n",
            escape(Msg::P_PUBLISHED.get(ui))
        ));
        for entry in &index.policies {
            let current = if entry.id == policy.id {
                " aria-current=\"page\""
            } else {
                ""
            };
            let status = if entry.id == policy.id {
                match summary.lifecycle.state {
                    LifecycleState::Withdrawn => Some(("withdrawn", Msg::P_STATUS_WITHDRAWN)),
                    LifecycleState::Superseded => Some(("superseded", Msg::P_STATUS_SUPERSEDED)),
                    _ => None,
                }
            } else {
                match entry.status {
                    Some(Status::Withdrawn) => Some(("withdrawn", Msg::P_STATUS_WITHDRAWN)),
                    Some(Status::Superseded) => Some(("superseded", Msg::P_STATUS_SUPERSEDED)),
                    _ => None,
                }
            };
            let (data, marked) = match status {
                Some((word, msg)) => (
                    format!(" data-status=\"{word}\""),
                    format!(" — <span class=\"status\">{}</span>", escape(msg.get(ui))),
                ),
                None => (String::new(), String::new()),
            };
            out.push_str(&format!(
                "<li{data}><a href=\"{}\"{current}>{}</a>{marked}</li>\n",
                link(&entry.id),
                escape(&entry.title)
            ));
        }
        out.push_str("</ul></nav>\n");
    }
    out.push_str("</div>\n");
    out
}

/// The word the widget writes in `data-state` for a life cycle state.
fn state_word(state: LifecycleState) -> &'static str {
    match state {
        LifecycleState::Active => "active",
        LifecycleState::Stale => "stale",
        LifecycleState::Draft => "draft",
        LifecycleState::NotYetInForce => "not_yet_in_force",
        LifecycleState::Expired => "expired",
        LifecycleState::Withdrawn => "withdrawn",
        LifecycleState::Superseded => "superseded",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first response for `policy` on 1 January 2026, in English, with `help_desk`.
    fn html_in_2026(policy: &Policy, help_desk: &str) -> String {
        let now = chrono::DateTime::parse_from_rfc3339("2026-01-01T00:00:00Z")
            .unwrap()
            .to_utc();
        let around = Around {
            help_desk: Some(help_desk),
            language: Some("en"),
            index: None,
            pages: Some("p/"),
        };
        first_response_html(policy, &around, now)
    }

    #[test]
    fn the_first_response_shows_a_withdrawal_first_with_its_notice_and_whom_to_ask() {
        let bytes = include_bytes!("../pkg-config/policies/retailer-memo-us.json");
        let policy = crate::policy::load_policy(bytes).unwrap();
        let html = html_in_2026(&policy, "IT <help@corp.example>");
        let banner = html.find("<section id=\"lifecycle\"").unwrap();
        let notice = html.find("Disregard TikTok email").unwrap();
        let original = html.find("<details id=\"original\"").unwrap();
        assert!(banner < notice && notice < original, "{html}");
        assert!(html.contains("data-state=\"withdrawn\""));
        assert!(html.contains("Withdrawn on Fri 10 Jul 2020, 17:00 (UTC-04:00) — no action needed."));
        assert!(html.contains("IT &lt;help@corp.example&gt;"), "escaped: {html}");
        assert!(
            !html.contains("noscript-apps"),
            "a withdrawn policy names no apps to act on"
        );
    }

    #[test]
    fn an_issuer_or_a_contact_with_a_bidi_override_cannot_turn_the_words_around_it() {
        let text = include_str!("../pkg-config/policies/bank-tiktok-2020.json");
        let name = serde_json::from_str::<serde_json::Value>(text).unwrap()["issuer"]["name"]
            .as_str()
            .unwrap()
            .to_owned();
        let policy =
            crate::policy::load_policy(text.replacen(&name, &format!("{name} \u{202e}"), 1).as_bytes()).unwrap();
        let html = html_in_2026(&policy, "desk \u{202e}");
        assert!(html.contains(&format!("\u{2068}{name} \u{202e}\u{2069}")), "{html}");
        assert!(html.contains("\u{2068}desk \u{202e}\u{2069}"), "{html}");
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<b onclick=\"x\">&'</b>"),
            "&lt;b onclick=&quot;x&quot;&gt;&amp;&#39;&lt;/b&gt;"
        );
    }
}
