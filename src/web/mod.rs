//! The browser layer: renders the widget into the page and runs checks on events.
//!
//! This is the only module that knows it runs in a browser. It reads the clock
//! (`Date.now()`) and the link (`#policy=<id>&lang=<tag>`), fetches the policy index
//! and the policy from the page's own origin, and builds the DOM with `textContent`
//! only, so nothing from a policy or a pasted list can become markup. The pasted list
//! and the answers are read from the form, passed to the core, and never stored or
//! sent; nothing about the device is ever put into the URL.
//!
//! Without the `widget` feature (the Web Worker's module, which only checks) nothing
//! draws, so the drawing code here is compiled but unused, and left out by the linker.

#![cfg_attr(not(feature = "widget"), allow(dead_code, unused_imports))]

use std::cell::RefCell;
use std::rc::Rc;

use chrono::{DateTime, Utc};
use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element, HtmlFormElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement, Response};

use crate::api;
use crate::evaluate::{questions, Checker, Context, Question};
use crate::i18n::{fill, Lang, Msg};
use crate::open::{Opening, Refusal};
use crate::policy::{load_index, Device, Ownership, Policy, PolicyIndex, Service, Status};
use crate::recognise::MatchedBy;
use crate::report::{
    count_apps, describe_match, summarise, Answer, Finding, IssuerSummary, LifecycleState, Outcome, PolicySummary,
    Report,
};
use crate::site::{load_site, Site};
use crate::trust::{load_trust, SeenVersions, Verification};

/// At most this many apps the policy does not name are listed by name.
const MAX_LISTED: usize = 200;

/// The event that asks a drawn widget to check again, keeping the focus where it is.
const RECHECK: &str = "appcheck-recheck";

/// Where the page looks for the index when the host element names none.
const DEFAULT_INDEX: &str = "policies/index.json";

mod answer;
mod checklist;
#[cfg(feature = "checking")]
mod checks;
mod dom;
mod exports;
mod fetch;
mod fleet;
mod form;
mod from_js;
mod held;
mod intl;
mod languages;
mod link;
mod page;
mod to_js;
mod view;
mod widget;
mod worker;

use answer::*;
use checklist::*;
#[cfg(feature = "checking")]
pub use checks::{check, check_prepared, check_prepared_reporting, policy_loads, prepare};
use dom::*;
pub use exports::set_worker_start;
use exports::*;
use fetch::*;
use fleet::*;
use form::*;
use from_js::FromJs;
use held::*;
use intl::*;
use languages::*;
use link::*;
use page::*;
use view::*;
use widget::*;
use worker::*;

thread_local! {
    /// Files given to [`mount`] by the page itself (the single-file build carries its
    /// policy inside the HTML): consulted before the network.
    /// (A few pairs of URL and text, looked up one by one.)
    static FILES: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// The text [`mount`] was given for `url`, if any.
fn given_file(url: &str) -> Option<String> {
    FILES.with(|files| {
        files
            .borrow()
            .iter()
            .find(|(known, _)| known == url)
            .map(|(_, text)| text.clone())
    })
}

/// Mounts the widget into `root`: reads the link and the element's attributes,
/// fetches the index (`data-index`) and the policy it names (or the one policy file
/// `data-policy` names), shows it, and wires the form. Failures are shown in the
/// page, never thrown. Following another `#policy=` link mounts again.
///
/// `files`, when given, is an object of file contents by URL (`{"trust.json": "…"}`)
/// that the widget reads instead of fetching them: how a page with everything inside
/// it (the single-file build, opened from disk) hands over its policy.
#[cfg(feature = "widget")]
#[wasm_bindgen]
pub async fn mount(root: Element, files: JsValue) {
    shell_ready();
    if files.is_object() {
        let entries = js_sys::Object::entries(files.unchecked_ref());
        FILES.with(|map| {
            let mut map = map.borrow_mut();
            for entry in entries.iter() {
                let pair: js_sys::Array = entry.unchecked_into();
                if let (Some(url), Some(text)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                    map.retain(|(known, _)| *known != url);
                    map.push((url, text));
                }
            }
        });
    }
    let first = !root.has_attribute("data-mounted");
    set(&root, "data-mounted", "");
    render(&root).await;
    let root_for_links = root.clone();
    if first {
        start_countdowns(&root);
    }
    if let (true, Some(window)) = (first, web_sys::window()) {
        // Page-lifetime: one per mounted widget, for as long as the page is open (a new
        // `#policy=` link draws the widget again, through this listener).
        EventListener::new(&window, "hashchange", move |_| {
            let root = root_for_links.clone();
            wasm_bindgen_futures::spawn_local(async move {
                render(&root).await;
                focus_title(&root);
            });
        })
        .forget();
    }
}

/// After another policy was drawn for a link followed in the page (a published policy
/// chosen from the list): the keyboard goes to its title, or to what says it cannot be
/// shown, where the reader's eyes go, when the link left it nowhere (on the page's body).
fn focus_title(root: &Element) {
    let active = root.owner_document().and_then(|d| d.active_element());
    if active.is_some_and(|a| a.tag_name() != "BODY" && root.contains(Some(&a))) {
        return;
    }
    let heading = find::<web_sys::HtmlElement>(root, "#policy-title")
        .or_else(|| find::<web_sys::HtmlElement>(root, "#policy-error"));
    if let Some(heading) = heading {
        set(&heading, "tabindex", "-1");
        let _ = heading.focus();
    }
}

/// For the tests (`tests/web.rs`): a report object as [`check`] returns it, read as the
/// page reads the worker's answer ([`from_js`]) and written again as [`check`] writes it;
/// `null` when it cannot be read.
#[doc(hidden)]
pub fn report_round_trip(report: &JsValue) -> JsValue {
    Report::from_js(report).map_or(JsValue::NULL, |report| to_js(&report))
}

/// `check()`'s request read as [`check`] reads it, written again as a plain object; or
/// what is wrong with it. For the tests that hold the reader to serde-wasm-bindgen's
/// derive.
#[doc(hidden)]
pub fn read_check_request(request: &JsValue) -> Result<JsValue, String> {
    let derive = serde_wasm_bindgen::Serializer::json_compatible();
    from_js::read::<api::CheckRequest>(request)
        .map(|r| serde::Serialize::serialize(&r, &derive).unwrap_or(JsValue::NULL))
}

/// A response written as [`check`] writes it. For the tests that hold the writer to
/// serde-wasm-bindgen's derive.
#[doc(hidden)]
pub fn write_response(response: &api::CheckResponse) -> JsValue {
    to_js(response)
}

thread_local! {
    /// Counts renders, so that a slow render for an older link never draws over a newer one.
    static GENERATION: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Starts a render of `root`; the number is kept on the element, so that several
/// widgets on one page never cancel each other's renders.
fn next_generation(root: &Element) -> String {
    let generation = GENERATION
        .with(|g| {
            g.set(g.get() + 1);
            g.get()
        })
        .to_string();
    set(root, "data-render", &generation);
    generation
}

fn is_current(root: &Element, generation: &str) -> bool {
    root.get_attribute("data-render").as_deref() == Some(generation)
}

/// Why there is no widget to show: what went wrong, and what can still be shown.
struct Failure {
    what: Msg,
    detail: String,
    index: Option<PolicyIndex>,
    contact: Option<String>,
}

/// Files asked for before [`load`] knows it needs them.
struct Files {
    index: Option<Pending>,
    trust: Option<Pending>,
}

/// A loaded policy: the index it was found in (none when the element named a file).
struct Loaded {
    index: Option<PolicyIndex>,
    /// The policy, prepared once for every check of this visit.
    policy: Rc<Checker>,
    verification: Verification,
    /// When the policy was fetched from the server (its HTTP `Date`).
    fetched: Option<String>,
    /// The policy's text, for checks run in the Web Worker.
    text: Rc<str>,
    /// The verifying key's fingerprint, when the page carries its own `trust.json`
    /// (the single file): the file vouches for itself, and says only that.
    inside: Option<String>,
    /// Whether the site accepts unsigned policies (`trust.json`): then its unsigned
    /// index may mark the other published policies withdrawn or replaced.
    unsigned_accepted: bool,
}

impl Failure {
    fn new(what: Msg, detail: String, index: Option<&PolicyIndex>) -> Self {
        Failure {
            what,
            detail,
            index: index.cloned(),
            contact: None,
        }
    }
}

async fn render(root: &Element) {
    let generation = next_generation(root);
    let Some(document) = root.owner_document() else { return };
    let index_url = root
        .get_attribute("data-index")
        .unwrap_or_else(|| DEFAULT_INDEX.to_owned());
    let mut link = read_link(root);
    // Everything that does not depend on another file is asked for at once.
    let site = root.get_attribute("data-site").map(|url| start_fetch(&url));
    let files = Files {
        index: link.file.is_none().then(|| start_fetch(&index_url)),
        trust: Some(start_fetch(&link.trust)),
    };
    // The reader's language, when the link, the element or the browser says it, is
    // asked for with the site's settings (a language the module lacks is a file).
    let early = link.language.clone().or_else(browser_language);
    let language_file = early.and_then(|tag| start_language(Lang::pick(Some(&tag))));
    // The site's own settings (`data-site`) are a help, not a requirement: without them the page works.
    // (One that is there but cannot be read is said in the console, for the site's admin;
    // one that is not there is no fault: an embedding page may have none.)
    let site = match site {
        Some(pending) => match pending.text().await {
            Ok(text) => load_site(text.as_bytes())
                .map_err(|why| {
                    languages::console_warn(&format!(
                        "appcheck: the site's settings (site.json) could not be read ({why}), so the page goes without them: no organisation's name, logo or help desk. `appcheck build` says what is wrong."
                    ));
                })
                .ok(),
            Err(_) => None,
        },
        None => None,
    };
    // The language: the element's or the link's, else the browser's first one the
    // interface speaks, else the site's default.
    if link.language.is_none() {
        link.language = browser_language().or_else(|| site.as_ref().map(|s| s.default_language.clone()));
    }
    // In flight with the index and trust.json; loaded before anything is worded.
    let ui = use_language(Lang::pick(link.language.as_deref()), language_file).await;
    let loaded = load(&index_url, &link, files).await;
    if !is_current(root, &generation) {
        return; // a newer link is being shown
    }
    release(root);
    if let Some(site) = &site {
        show_site(&document, root, site, ui);
    }
    // Switching the language draws the widget again: what was typed stays, in memory.
    let kept = FormState::save(root);
    root.set_text_content(None);
    set(root, "lang", ui.tag());
    if root.has_attribute("data-owns-page") {
        own_page(&document, ui);
    }
    language_bar(&document, root, ui);
    put(&document, root, "p", &[("class", "privacy")], Msg::P_PRIVACY.get(ui));
    // When a policy's own contact cannot be read, the site's help desk is whom to ask.
    let loaded = loaded.map_err(|f| Failure {
        contact: f.contact.or_else(|| site.as_ref().map(|s| s.help_desk.contact.clone())),
        ..f
    });
    match loaded {
        Ok(loaded) => {
            render_widget(&document, root, &loaded, link.language, ui);
            if let Some(kept) = kept {
                kept.restore(root, ui);
            }
        }
        Err(f) => show_error(&document, root, &f, ui),
    }
    count_listeners(root);
}

/// The page's own widget (`data-owns-page`, as in `index.html`) keeps the document's
/// language and title in the interface language; a widget embedded in another page (the
/// `<app-check>` element's shadow root, a host's own element) leaves them to the host.
fn own_page(document: &Document, ui: Lang) {
    if let Some(html) = document.document_element() {
        set(&html, "lang", ui.tag());
    }
    document.set_title(Msg::DOC_TITLE.get(ui));
}

/// The browser's preferred languages, the first one the interface speaks.
fn browser_language() -> Option<String> {
    let navigator = web_sys::window()?.navigator();
    navigator
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .find(|tag| {
            let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
            Lang::ALL.iter().any(|l| l.tag() == primary)
        })
        .or_else(|| navigator.language())
}

/// The language menu. Choosing a language draws the widget again in it; the choice
/// is kept on the element, never stored, and put into the page's own link
/// (`&lang=de`, `link::write_language_to_link`) so that a shared link opens in it.
fn language_bar(document: &Document, root: &Element, ui: Lang) {
    let bar = el(document, "p", &[("class", "language")]);
    put(document, &bar, "label", &[("for", "language")], Msg::P_LANGUAGE.get(ui));
    let select = add(document, &bar, "select", &[("id", "language")], "");
    for lang in Lang::ALL {
        let option = el(document, "option", &[("value", lang.tag()), ("lang", lang.tag())]);
        option.set_text_content(Some(lang.name()));
        if lang == ui {
            set(&option, "selected", "");
        }
        append(&select, &option);
    }
    append(root, &bar);
    let owner = root.clone();
    let root = root.clone();
    let listener = EventListener::new(&select, "change", move |event| {
        let Some(value) = event
            .target()
            .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            .map(|s| s.value())
        else {
            return;
        };
        set(&root, "data-lang", &value);
        write_language_to_link(&root, &value);
        let root = root.clone();
        wasm_bindgen_futures::spawn_local(async move {
            render(&root).await;
            // Keep the keyboard where it was.
            if let Some(select) = find::<web_sys::HtmlElement>(&root, "#language") {
                let _ = select.focus();
            }
        });
    });
    own(&owner, listener);
}

/// What the employee had typed, ticked and chosen, carried across a redraw.
struct FormState {
    /// The text box's value, as the JavaScript string it is.
    list: js_sys::JsString,
    /// The long list the page held in place of the text box (a long list shown in the
    /// box is held again, not written into the new one).
    held: Option<js_sys::JsString>,
    checked: Vec<String>,
    region: Option<String>,
    /// Whether an answer was shown: it is given again, in the new drawing.
    answered: bool,
}

impl FormState {
    fn save(root: &Element) -> Option<FormState> {
        let form = find_el(root, "#check-form")?;
        let held = take_held(&form);
        let list = value_of(&find::<HtmlTextAreaElement>(&form, "#app-list")?);
        let (list, held) = match held {
            None if list.length() as usize > WORKER_UNITS => (js_sys::JsString::from(""), Some(list)),
            held => (list, held),
        };
        let mut checked = Vec::new();
        if let Ok(inputs) = root.query_selector_all("#check-form input:checked") {
            for i in 0..inputs.length() {
                if let Some(id) = inputs
                    .item(i)
                    .and_then(|n| n.dyn_into::<Element>().ok())
                    .map(|e| e.id())
                {
                    checked.push(id);
                }
            }
        }
        let region = find::<HtmlSelectElement>(root, "#region").map(|s| s.value());
        let answered = find_el(root, "#overall").is_some();
        Some(FormState {
            list,
            held,
            checked,
            region,
            answered,
        })
    }

    fn restore(self, root: &Element, ui: Lang) {
        if let Some(area) = find::<HtmlTextAreaElement>(root, "#app-list") {
            let _ = set_prop(&area, "value", &self.list);
        }
        if let (Some(held), Some(form)) = (self.held, find_el(root, "#check-form")) {
            hold(&form, held, ui, false);
        }
        for id in &self.checked {
            if let Some(input) = find::<HtmlInputElement>(root, &format!("#{id}")) {
                input.set_checked(true);
            }
        }
        if let (Some(region), Some(select)) = (self.region, find::<HtmlSelectElement>(root, "#region")) {
            select.set_value(&region);
        }
        // The answer again, in the new language, without moving the focus.
        if let (true, Some(form)) = (self.answered, find_el(root, "#check-form")) {
            if let Ok(event) = web_sys::Event::new(RECHECK) {
                let _ = form.dispatch_event(&event);
            }
        }
    }
}

/// Keeps `listener` as long as `root`'s current drawing.
fn own(root: &Element, listener: EventListener) {
    OWNED.with(|owned| {
        let mut owned = owned.borrow_mut();
        match owned.iter_mut().find(|(r, _)| r.is_same_node(Some(root))) {
            Some((_, listeners)) => listeners.push(listener),
            None => owned.push((root.clone(), vec![listener])),
        }
    });
}

/// Drops the listeners of `root`'s last drawing, before it is drawn again.
fn release(root: &Element) {
    let released = OWNED.with(|owned| {
        let mut owned = owned.borrow_mut();
        let at = owned.iter().position(|(r, _)| r.is_same_node(Some(root)));
        at.map(|at| owned.swap_remove(at))
    });
    drop(released);
}

/// How many listeners the widgets hold, shown on `root` (`data-listeners`) so a test
/// can see redrawing does not add to them.
fn count_listeners(root: &Element) {
    let live: usize = OWNED.with(|owned| owned.borrow().iter().map(|(_, l)| l.len()).sum());
    set(root, "data-listeners", &live.to_string());
}
