//! The page without JavaScript: what `appcheck build` writes into the page's
//! `<noscript>`, so that a browser with scripts off still shows the policy — its
//! title, where it stands, what it asks, its deadline — and whom to ask. No check can
//! run there; the text says so.

use chrono::{DateTime, Utc};

use crate::i18n::{fill, Lang, Msg};
use crate::policy::Policy;
use crate::report::summarise;

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

/// The `<noscript>` content for a policy, as of `now` (the build), in `language`
/// (falling back as the page does). `help_desk` is the site's contact, shown as well
/// as the policy's own.
pub fn noscript_html(policy: &Policy, help_desk: Option<&str>, language: Option<&str>, now: DateTime<Utc>) -> String {
    let ui = Lang::pick(language);
    let summary = summarise(policy, now, language);
    let element = |tag: &str, class: &str, text: &str| format!("<{tag} class=\"{class}\">{}</{tag}>\n", escape(text));
    let mut out = String::new();
    out.push_str(&element("p", "noscript-warning", Msg::P_NO_SCRIPT.get(ui)));
    out.push_str(&element("h2", "noscript-title", &summary.title));
    let issued = fill(
        Msg::P_ISSUED.get(ui),
        &[
            ("issuer", &summary.issuer.name),
            ("date", &summary.published_text),
            ("version", &summary.version.to_string()),
        ],
    );
    out.push_str(&element("p", "issuer", &issued));
    if let Some(message) = &summary.lifecycle.message {
        out.push_str(&element("p", "noscript-lifecycle", message));
    }
    if let Some(notice) = &summary.lifecycle.notice {
        out.push_str(&element("p", "notice", notice));
    }
    if let Some(deadline) = &summary.deadline {
        let text = fill(Msg::P_DEADLINE.get(ui), &[("date", &deadline.text)]);
        out.push_str(&element("p", "deadline", &text));
    }
    // A withdrawn or replaced policy's summary would only repeat what no longer applies.
    if let Some(text) = summary
        .summary
        .as_ref()
        .filter(|_| summary.lifecycle.state.gives_verdicts())
    {
        out.push_str(&element("p", "summary", text));
    }
    if summary.lifecycle.state.gives_verdicts() && !policy.apps.is_empty() {
        out.push_str(&element("p", "noscript-apps-title", Msg::P_NAMED.get(ui)));
        out.push_str("<ul class=\"noscript-apps\">\n");
        for app in &policy.apps {
            out.push_str(&element("li", "app", &app.name));
        }
        out.push_str("</ul>\n");
    }
    let questions = fill(Msg::P_QUESTIONS.get(ui), &[("contact", &summary.issuer.contact)]);
    out.push_str(&element("p", "contact", &questions));
    if let Some(help_desk) = help_desk.filter(|h| *h != summary.issuer.contact) {
        let text = fill(Msg::P_HELP_DESK.get(ui), &[("contact", help_desk)]);
        out.push_str(&element("p", "contact", &text));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<b onclick=\"x\">&'</b>"),
            "&lt;b onclick=&quot;x&quot;&gt;&amp;&#39;&lt;/b&gt;"
        );
    }
}
