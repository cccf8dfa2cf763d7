//! Small DOM helpers: elements made with attributes and text (never markup), text
//! from a list or a policy kept to itself (bidi isolation) and shown as written,
//! typed look-ups, and radio groups.

use super::*;

/// The element `selector` finds under `root`, as the element type it is expected to
/// be (a text area, a select, an input…).
pub(super) fn find<T: JsCast>(root: &Element, selector: &str) -> Option<T> {
    root.query_selector(selector).ok().flatten()?.dyn_into().ok()
}

/// Creates an element with attributes.
pub(super) fn el(document: &Document, tag: &str, attrs: &[(&str, &str)]) -> Element {
    #[expect(
        clippy::expect_used,
        reason = "tag names here are literals; createElement fails only on invalid names"
    )]
    let element = document.create_element(tag).expect("valid tag name");
    for (name, value) in attrs {
        let _ = element.set_attribute(name, value);
    }
    element
}

/// Appends `<tag>text</tag>` to `parent`, as text (never markup).
pub(super) fn append_text(document: &Document, parent: &Element, tag: &str, text: &str) -> Element {
    let element = el(document, tag, &[]);
    element.set_text_content(Some(text));
    let _ = parent.append_child(&element);
    element
}

/// Appends `<tag>` holding `text`, its `` `quoted` `` parts as `<code>` (commands to
/// type, in help texts), all as text (never markup).
pub(super) fn append_with_code(document: &Document, parent: &Element, tag: &str, text: &str) -> Element {
    let element = el(document, tag, &[]);
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 1 {
            append_text(document, &element, "code", part);
        } else if !part.is_empty() {
            let _ = element.append_child(&document.create_text_node(part));
        }
    }
    let _ = parent.append_child(&element);
    element
}

/// Appends text someone else wrote (a policy's title, reason or steps) as
/// [`append_text`] does, isolated: `dir="auto"` gives the element
/// `unicode-bidi: isolate`, so a right-to-left override or an Arabic or Hebrew text
/// inside it takes its own direction without reordering the page's words around it.
pub(super) fn append_isolated(document: &Document, parent: &Element, tag: &str, text: &str) -> Element {
    let element = append_text(document, parent, tag, text);
    let _ = element.set_attribute("dir", "auto");
    element
}

/// Appends a pasted name (or a sentence that quotes one) isolated as
/// [`append_isolated`] does, with its bidi controls and invisible characters written
/// visibly (`Tik<U+202E>Tok`, `crate::text::visible`): `App \u{202E}koTkiT` must not
/// read as "App TikTok", nor a zero-width space hide in a name.
pub(super) fn append_name(document: &Document, parent: &Element, tag: &str, text: &str) -> Element {
    append_isolated(document, parent, tag, &crate::text::visible(text))
}

pub(super) fn radio_group(document: &Document, form: &Element, name: &str, legend: &str, options: &[(&str, &str)]) {
    let fieldset = el(document, "fieldset", &[("id", &format!("q-{name}"))]);
    append_text(document, &fieldset, "legend", legend);
    for (value, label_text) in options {
        let id = format!("{name}-{value}");
        let label = el(document, "label", &[("for", &id)]);
        let input = el(
            document,
            "input",
            &[("type", "radio"), ("name", name), ("value", value), ("id", &id)],
        );
        let _ = label.append_child(&input);
        let _ = label.append_child(&document.create_text_node(label_text));
        let _ = fieldset.append_child(&label);
    }
    let _ = form.append_child(&fieldset);
}

/// Saves `text` as a file named `name` (of type `mime`): a `Blob` made here, an object
/// URL, a temporary `<a download>` clicked, the URL revoked. Nothing is sent anywhere
/// (a `blob:` URL is this page's own memory), so the CSP's `connect-src` is not asked.
/// The link is never put into the page: its click would bubble to the widget's click
/// listener, which is running (the one that called this), and call it again.
pub(super) fn save_file(near: &Element, name: &str, mime: &str, text: &str) {
    let Some(document) = near.owner_document() else {
        return;
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let link = el(&document, "a", &[("href", &url), ("download", name)]);
    if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
