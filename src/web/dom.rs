//! Small DOM helpers: elements made with attributes and text (never markup), text
//! from a list or a policy kept to itself (bidi isolation) and shown as written,
//! typed look-ups, and radio groups.

use super::*;

/// The element `selector` finds under `root`, as the element type it is expected to
/// be (a text area, a select, an input…).
pub(super) fn find<T: JsCast>(root: &Element, selector: &str) -> Option<T> {
    find_el(root, selector)?.dyn_into().ok()
}

/// The element `selector` finds under `root`.
#[inline(never)]
pub(super) fn find_el(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

/// The closest element to `element` (itself or an ancestor) that `selector` finds.
#[inline(never)]
pub(super) fn within(element: &Element, selector: &str) -> Option<Element> {
    element.closest(selector).ok().flatten()
}

/// `target[key]`, or nothing when reading it throws.
#[inline(never)]
pub(super) fn prop(target: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &key.into()).ok()
}

/// `target[key] = value`: `None` when setting it throws.
#[inline(never)]
pub(super) fn set_prop(target: &JsValue, key: &str, value: &JsValue) -> Option<()> {
    js_sys::Reflect::set(target, &key.into(), value).ok().map(|_| ())
}

/// The element an event happened on.
#[inline(never)]
pub(super) fn target_el(event: &web_sys::Event) -> Option<Element> {
    event.target()?.dyn_into().ok()
}

/// Creates an element with attributes, set in the order given. Not inlined (nor are
/// the helpers below): each drawing calls them from dozens of places, and one call is
/// far smaller than the DOM calls it stands for.
#[inline(never)]
pub(super) fn el(document: &Document, tag: &str, attrs: &[(&str, &str)]) -> Element {
    #[expect(
        clippy::expect_used,
        reason = "tag names here are literals; createElement fails only on invalid names"
    )]
    let element = document.create_element(tag).expect("valid tag name");
    for (name, value) in attrs {
        set(&element, name, value);
    }
    element
}

/// Appends `<tag>` with attributes (in the order given) and `text` (when not empty) to
/// `parent`, as text (never markup), and returns it.
#[inline(never)]
pub(super) fn add(document: &Document, parent: &Element, tag: &str, attrs: &[(&str, &str)], text: &str) -> Element {
    let element = el(document, tag, attrs);
    if !text.is_empty() {
        element.set_text_content(Some(text));
    }
    append(parent, &element);
    element
}

/// [`add`], for an element nothing more is done with.
#[inline(never)]
pub(super) fn put(document: &Document, parent: &Element, tag: &str, attrs: &[(&str, &str)], text: &str) {
    add(document, parent, tag, attrs, text);
}

/// `attrs`, or without its last attribute unless `last`: for an attribute only some
/// of the elements have (`selected`, `aria-current`).
pub(super) fn but_last<'a, 'b>(attrs: &'b [(&'a str, &'a str)], last: bool) -> &'b [(&'a str, &'a str)] {
    match attrs.split_last() {
        Some((_, rest)) if !last => rest,
        _ => attrs,
    }
}

/// Appends `child` to `parent`.
#[inline(never)]
pub(super) fn append(parent: &Element, child: &web_sys::Node) {
    let _ = parent.append_child(child);
}

/// Appends `text` to `parent` as a text node.
#[inline(never)]
pub(super) fn append_str(document: &Document, parent: &Element, text: &str) {
    append(parent, &document.create_text_node(text));
}

/// Sets an attribute.
#[inline(never)]
pub(super) fn set(element: &Element, name: &str, value: &str) {
    let _ = element.set_attribute(name, value);
}

/// Appends `<tag>` holding `text`, its `` `quoted` `` parts as `<code>` (commands to
/// type, in help texts), all as text (never markup).
pub(super) fn append_with_code(document: &Document, parent: &Element, tag: &str, attrs: &[(&str, &str)], text: &str) {
    let element = add(document, parent, tag, attrs, "");
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 1 {
            put(document, &element, "code", &[], part);
        } else if !part.is_empty() {
            append_str(document, &element, part);
        }
    }
}

/// Appends text someone else wrote (a policy's title, reason or steps) as [`add`]
/// does, isolated: `dir="auto"` (the first attribute, then `attrs`) gives the element
/// `unicode-bidi: isolate`, so a right-to-left override or an Arabic or Hebrew text
/// inside it takes its own direction without reordering the page's words around it.
#[inline(never)]
pub(super) fn isolated(
    document: &Document,
    parent: &Element,
    tag: &str,
    attrs: &[(&str, &str)],
    text: &str,
) -> Element {
    let element = add(document, parent, tag, &[("dir", "auto")], text);
    for (name, value) in attrs {
        set(&element, name, value);
    }
    element
}

/// Appends a pasted name (or a sentence that quotes one) isolated as [`isolated`]
/// does, with its bidi controls and invisible characters written visibly
/// (`Tik<U+202E>Tok`, `crate::text::visible`): `App \u{202E}koTkiT` must not read as
/// "App TikTok", nor a zero-width space hide in a name.
/// At most [`MAX_DRAWN_CHARS`] characters of it are drawn, `…` after them: a browser lays
/// out a word of many thousand characters in seconds (a device or user name in an export
/// of 20,000 characters held the page for 5).
#[inline(never)]
pub(super) fn put_name(document: &Document, parent: &Element, tag: &str, attrs: &[(&str, &str)], text: &str) {
    put_name_within(document, parent, tag, attrs, text, MAX_DRAWN_CHARS);
}

/// [`put_name`], at most `max` characters of `text` drawn.
pub(super) fn put_name_within(
    document: &Document,
    parent: &Element,
    tag: &str,
    attrs: &[(&str, &str)],
    text: &str,
    max: usize,
) {
    let visible = crate::text::visible(text);
    match visible.char_indices().nth(max) {
        Some((cut, _)) => {
            let head = visible.get(..cut).unwrap_or("");
            // (Not inside the `<U+202E>` that writes an invisible character visibly.)
            let head = match head.rfind("<U+") {
                Some(at) if !head.get(at..).unwrap_or("").contains('>') => head.get(..at).unwrap_or(head),
                _ => head,
            };
            let shown = format!("{head}…");
            isolated(document, parent, tag, attrs, &shown);
        }
        None => {
            isolated(document, parent, tag, attrs, &visible);
        }
    }
}

/// The characters [`put_name`] draws of a text at most: more than a pasted line's
/// ([`crate::list::MAX_LINE_CHARS`]) in a sentence that quotes it.
pub(super) const MAX_DRAWN_CHARS: usize = 1_000;

pub(super) fn radio_group(document: &Document, form: &Element, name: &str, legend: &str, options: &[(&str, &str)]) {
    let fieldset = el(document, "fieldset", &[("id", &format!("q-{name}"))]);
    put(document, &fieldset, "legend", &[], legend);
    for (value, label_text) in options {
        let id = format!("{name}-{value}");
        let label = add(document, &fieldset, "label", &[("for", &id)], "");
        put(
            document,
            &label,
            "input",
            &[("type", "radio"), ("name", name), ("value", value), ("id", &id)],
            "",
        );
        append_str(document, &label, label_text);
    }
    append(form, &fieldset);
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
