//! The long list the page holds in place of the text box: a JavaScript string, never
//! copied into the module, with its line ("Export held in this page: N lines"), Show it
//! and Clear, and typing into the empty box replacing it.

use super::*;

thread_local! {
    /// The long list each form holds in place of its text box (a 24 MB export in a
    /// `<textarea>` makes every blur and layout of the page a long task): a JavaScript
    /// string, never copied into the module, never stored or sent. While a form holds
    /// one, its text box is empty; a new drawing of the widget carries it over
    /// (`FormState`).
    static HELD: RefCell<Vec<(Element, js_sys::JsString)>> = const { RefCell::new(Vec::new()) };
}

/// The list `form` holds, if it holds one.
pub(super) fn held(form: &Element) -> Option<js_sys::JsString> {
    HELD.with(|held| {
        held.borrow()
            .iter()
            .find(|(f, _)| f.is_same_node(Some(form)))
            .map(|(_, text)| text.clone())
    })
}

/// Takes the list `form` holds (it holds none after), and removes its line.
pub(super) fn take_held(form: &Element) -> Option<js_sys::JsString> {
    let text = HELD.with(|held| {
        let mut held = held.borrow_mut();
        let at = held.iter().position(|(f, _)| f.is_same_node(Some(form)))?;
        Some(held.swap_remove(at).1)
    })?;
    if let Some(line) = find_el(form, "#held-list") {
        line.remove();
    }
    Some(text)
}

/// The text box's value as the JavaScript string it is (not copied into the module).
pub(super) fn value_of(area: &HtmlTextAreaElement) -> js_sys::JsString {
    prop(area, "value")
        .and_then(|v| v.dyn_into().ok())
        .unwrap_or_else(|| js_sys::JsString::from(""))
}

/// `n` in the reader's language ("100,001", "100.001").
fn number(n: f64, ui: Lang) -> String {
    String::from(js_sys::Number::from(n).to_locale_string(ui.tag()))
}

/// Holds `text` as `form`'s list, in place of its text box (which the caller empties),
/// with the line that says so in place of the text: "Export held in this page: N lines
/// (24 MB), not shown. [Show it] [Clear]", announced politely when `say`.
pub(super) fn hold(form: &Element, text: js_sys::JsString, ui: Lang, say: bool) {
    let _ = take_held(form);
    let lines = count_lines(&text);
    // Megabytes of a text in UTF-16 units, which for an export (ASCII) are its bytes:
    // a tenth below 10 MB.
    let megabytes = f64::from(text.length()) / 1e6;
    let megabytes = if megabytes < 10.0 {
        (megabytes * 10.0).round() / 10.0
    } else {
        megabytes.round()
    };
    let size = fill(Msg::P_HELD_SIZE.get(ui), &[("n", &number(megabytes, ui))]);
    let message = match crate::i18n::plural(ui, lines) {
        crate::i18n::Plural::One => Msg::P_HELD_ONE,
        crate::i18n::Plural::Other => Msg::P_HELD_OTHER,
    };
    let sentence = fill(message.get(ui), &[("n", &number(lines as f64, ui)), ("size", &size)]);
    HELD.with(|held| held.borrow_mut().push((form.clone(), text)));
    if let Some(area) = find_el(form, "#app-list") {
        let _ = area.remove_attribute("data-shown");
    }
    let Some(line) = held_line(form, &sentence) else {
        return;
    };
    if let Some(document) = form.owner_document() {
        for (id, label) in [("held-show", Msg::P_HELD_SHOW), ("held-clear", Msg::P_HELD_CLEAR)] {
            put(
                &document,
                &line,
                "button",
                &[("type", "button"), ("id", id)],
                label.get(ui),
            );
        }
    }
    if say {
        say_near(form, &sentence);
    }
}

/// The line under the text box that says what became of a long list: drawn afresh.
fn held_line(form: &Element, sentence: &str) -> Option<Element> {
    let document = form.owner_document()?;
    let area = find_el(form, "#app-list")?;
    if let Some(old) = find_el(form, "#held-list") {
        old.remove();
    }
    let line = el(&document, "p", &[("id", "held-list")]);
    put(&document, &line, "span", &[("id", "held-text")], sentence);
    let _ = area.after_with_node_1(&line);
    Some(line)
}

/// Says `message` in the widget's polite live region (`#announce`).
fn say_near(form: &Element, message: &str) {
    if let Some(region) = form.parent_element().and_then(|root| find_el(&root, "#announce")) {
        region.set_text_content(Some(message));
    }
}

/// The held list's ways in and out: a long paste or input is held (the text box
/// emptied), typing into the empty box replaces a held list (the line says so), "Show
/// it" puts it back into the box (and it stays there while the person edits it: the
/// box's `data-shown`), "Clear" drops it. Each of these leaves the focus in the box.
pub(super) fn wire_held(root: &Element, form: &HtmlFormElement, ui: Lang) {
    let Some(area) = find::<HtmlTextAreaElement>(form, "#app-list") else {
        return;
    };
    // Before the form's own `input` listener (which checks again): it reads the held list.
    let (box_form, text_box) = (form.clone(), area.clone());
    let listener = EventListener::new(&area, "input", move |_| {
        let value = value_of(&text_box);
        let long = value.length() as usize > WORKER_UNITS;
        if !long {
            let _ = text_box.remove_attribute("data-shown");
        }
        if long && !text_box.has_attribute("data-shown") {
            text_box.set_value("");
            hold(&box_form, value, ui, true);
        } else if value.length() > 0 && take_held(&box_form).is_some() {
            let sentence = Msg::P_HELD_REPLACED.get(ui);
            let _ = held_line(&box_form, sentence);
            say_near(&box_form, sentence);
        }
    });
    own(root, listener);
    let form = form.clone();
    let listener = EventListener::new(&form.clone(), "click", move |event| {
        let Some(target) = target_el(event) else {
            return;
        };
        if within(&target, "#held-show").is_some() {
            if let Some(text) = take_held(&form) {
                set(&area, "data-shown", "");
                let _ = set_prop(&area, "value", &text);
            }
            let _ = area.focus();
        } else if within(&target, "#held-clear").is_some() {
            if take_held(&form).is_some() {
                say_near(&form, Msg::P_HELD_CLEARED.get(ui));
            }
            let _ = area.focus();
            // The list changed: an answer on the page is checked again.
            if let Ok(input) = web_sys::Event::new("input") {
                let _ = form.dispatch_event(&input);
            }
        }
    });
    own(root, listener);
}
