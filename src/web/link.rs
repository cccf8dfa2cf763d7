//! The link a help desk sends (`#policy=<id>&lang=<tag>`) and the element's own
//! attributes: which policy, index, signature, trust file and language to show.

use super::*;

/// What a help-desk link asks for (`#policy=<id>&lang=<tag>`), and what the host
/// element says (`data-policy`, `data-lang`, `data-trust`), which wins over the link.
#[derive(Default)]
pub(super) struct Link {
    pub(super) policy: Option<String>,
    /// A second policy the link names ([`crate::open::LinkAsks::also`]): not understood.
    pub(super) also: Option<String>,
    pub(super) language: Option<String>,
    /// Where the site's trusted keys are (`data-trust`), not from the URL.
    pub(super) trust: String,
    /// One policy file named by the host element (`<app-check policy=…>`): no index.
    pub(super) file: Option<String>,
    /// Its detached signature (`data-signature`), when it is signed.
    pub(super) signature: Option<String>,
}

/// Reads the link: its `#…` part, and its `?…` part where the `#` part does not say, as
/// [`crate::open::link_asks`] reads them. A `policy` named but empty, unreadable or not
/// published is a policy asked for and not found, never the site's default in its place
/// (a withdrawn default says "no action needed").
pub(super) fn read_link(root: &Element) -> Link {
    let location = web_sys::window().map(|w| w.location());
    let part = |hash: bool| {
        location
            .as_ref()
            .and_then(|l| if hash { l.hash() } else { l.search() }.ok())
            .unwrap_or_default()
    };
    let mut link = Link::default();
    // (A word of the `#…` part that is an element's id is the page's own anchor.)
    let document = web_sys::window().and_then(|w| w.document());
    let anchor = |word: &str| document.as_ref().is_some_and(|d| d.get_element_by_id(word).is_some());
    let asks = crate::open::link_asks(&part(false), &part(true), &anchor);
    link.policy = asks.policy;
    link.also = asks.also;
    link.language = asks.language;
    let attribute = |name: &str| root.get_attribute(name).filter(|v| !v.trim().is_empty());
    // A published policy's own page (`p/<id>.html`) names it; a link still wins.
    link.policy = link.policy.or_else(|| attribute("data-policy-id"));
    link.file = attribute("data-policy");
    if link.file.is_some() {
        // (The element names its policy; a link cannot swap it.)
        link.policy = None;
        link.also = None;
    }
    link.signature = attribute("data-signature");
    link.language = attribute("data-lang").or(link.language);
    link.trust = attribute("data-trust").unwrap_or_else(|| "trust.json".to_owned());
    link
}

/// Puts the chosen language into the page's link (`&lang=de`), so that the link the
/// employee shares or bookmarks opens in it; replaces the history entry, so that no
/// redraw follows. Only the page's own widget (`data-owns-page`) owns the link: an
/// embedded one leaves the host page's alone.
pub(super) fn write_language_to_link(root: &Element, tag: &str) {
    let Some(window) = web_sys::window().filter(|_| root.has_attribute("data-owns-page")) else {
        return;
    };
    let hash = window.location().hash().unwrap_or_default();
    let mut pairs: Vec<String> = hash
        .trim_start_matches('#')
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("lang="))
        .map(str::to_owned)
        .collect();
    pairs.push(format!("lang={}", String::from(js_sys::encode_uri_component(tag))));
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("#{}", pairs.join("&"))));
    }
}
