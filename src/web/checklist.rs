//! The checklist of the policy's apps: the way to give a list on an iPhone, where no
//! list can be copied — first and open there, sorted by name, with a search box for a
//! long policy.

use super::*;
use crate::case::Lower;

/// The checklist, after the other list inputs (before them, open, on an iPhone or iPad).
pub(super) fn checklist(document: &Document, form: &Element, policy: &Policy, ui: Lang) {
    // There the checklist comes first, open.
    let apple = on_apple_mobile();
    let checklist = el(document, "details", &[("id", "checklist")]);
    if apple {
        set(&checklist, "open", "");
    }
    let n = policy.apps.len().to_string();
    put(
        document,
        &checklist,
        "summary",
        &[],
        &fill(Msg::P_TICK.get(ui), &[("n", &n)]),
    );
    let boxes = add(document, &checklist, "fieldset", &[], "");
    put(
        document,
        &boxes,
        "legend",
        &[("class", "visually-hidden")],
        Msg::P_NAMED.get(ui),
    );
    // A long policy gets a search box.
    if policy.apps.len() > 12 {
        let label = add(
            document,
            &boxes,
            "label",
            &[("for", "tick-search"), ("class", "search")],
            Msg::P_SEARCH_APPS.get(ui),
        );
        let search = [
            ("type", "search"),
            ("id", "tick-search"),
            ("autocomplete", "off"),
            ("spellcheck", "false"),
        ];
        put(document, &label, "input", &search, "");
    }
    // By the names people know, not the order of the official list.
    let mut apps: Vec<(String, &crate::policy::App)> = policy.apps.iter().map(|a| (a.name.lower(), a)).collect();
    crate::small_sort::sort_by(&mut apps, |a, b| a.0 < b.0);
    for (i, (_, app)) in apps.iter().enumerate() {
        let name = app.name.as_str();
        let id = format!("tick-{i}");
        // The search finds an app by its other names too ("Beauty Plus" finds the
        // official list's "Beutry Plus").
        let also = app.aliases.join("\n");
        let label = add(
            document,
            &boxes,
            "label",
            &[("for", &id), ("class", "tick"), ("data-aliases", &also)],
            "",
        );
        put(
            document,
            &label,
            "input",
            &[("type", "checkbox"), ("id", &id), ("data-app", name)],
            "",
        );
        append_str(document, &label, name);
    }
    // And that none of them is on the device: an answer of its own (no app ticked, none
    // pasted, that is "nothing was said"). Never hidden by the search.
    let none = add(
        document,
        &boxes,
        "label",
        &[("for", "tick-none"), ("class", "none")],
        "",
    );
    put(
        document,
        &none,
        "input",
        &[("type", "checkbox"), ("id", "tick-none")],
        "",
    );
    append_str(document, &none, Msg::P_TICK_NONE.get(ui));
    if apple {
        let first = find_el(form, "label[for=\"app-list\"]");
        let _ = form.insert_before(&checklist, first.as_ref().map(|e| e.unchecked_ref::<web_sys::Node>()));
    } else {
        append(form, &checklist);
    }
}

/// Narrows the checklist to the apps whose name holds what is typed in its search box.
pub(super) fn wire_tick_search(root: &Element, form: &HtmlFormElement) {
    let Some(search) = find::<HtmlInputElement>(form, "#tick-search") else {
        return;
    };
    let (form, input) = (form.clone(), search.clone());
    let listener = EventListener::new(&search, "input", move |_| {
        let wanted = crate::text::normalise_name(&input.value());
        let Ok(labels) = form.query_selector_all("#checklist label.tick") else {
            return;
        };
        for i in 0..labels.length() {
            let Some(label) = labels.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) else {
                continue;
            };
            let name = label.text_content().unwrap_or_default();
            let aliases = label.get_attribute("data-aliases").unwrap_or_default();
            let matches = std::iter::once(name.as_str())
                .chain(aliases.lines())
                .any(|n| crate::text::normalise_name(n).contains(&wanted));
            label.set_hidden(!wanted.is_empty() && !matches);
        }
    });
    own(root, listener);
}

/// How many apps were ticked, when nothing was pasted (nor held in place of the text
/// box): then the list was ticked, not read.
pub(super) fn ticked_only(form: &HtmlFormElement) -> Option<usize> {
    // Asked of the JavaScript string: a 24 MB export is not copied into the module to
    // learn that it is not empty.
    let empty = held(form).is_none()
        && find::<HtmlTextAreaElement>(form, "#app-list").is_none_or(|a| value_of(&a).trim().length() == 0);
    let ticked = form
        .query_selector_all("#checklist input[data-app]:checked")
        .ok()?
        .length() as usize;
    (empty && ticked > 0).then_some(ticked)
}
