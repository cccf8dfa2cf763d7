//! The browser layer: renders the widget into the page and runs checks on events.
//!
//! This is the only module that knows it runs in a browser. It reads the clock
//! (`Date.now()`) and the link (`#policy=<id>&lang=<tag>`), fetches the policy index
//! and the policy from the page's own origin, and builds the DOM with `textContent`
//! only, so nothing from a policy or a pasted list can become markup. The pasted list
//! and the answers are read from the form, passed to the core, and never stored or
//! sent; nothing about the device is ever put into the URL.

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
use crate::list::parse_list;
use crate::open::{Opening, Refusal};
use crate::policy::{load_index, Device, Ownership, Policy, PolicyIndex, Service};
use crate::report::{count_apps, summarise, Outcome, PolicySummary};
use crate::site::{load_site, Site};
use crate::trust::{load_trust, read_seen, write_seen, SeenVersions, Verification};

/// At most this many apps the policy does not name are listed by name.
const MAX_LISTED: usize = 200;

/// Where the page looks for the index when the host element names none.
const DEFAULT_INDEX: &str = "policies/index.json";

/// Runs a check from JavaScript: the same request and response as
/// [`api::check`], as plain JS objects. Errors are data, never exceptions. (The
/// objects cross as JSON text: one serializer for the report in the module, not two.)
#[wasm_bindgen]
pub fn check(request: JsValue) -> JsValue {
    let text = js_sys::JSON::stringify(&request)
        .ok()
        .and_then(|t| t.as_string())
        .unwrap_or_default();
    js_sys::JSON::parse(&api::check_json(&text, nfkc)).unwrap_or(JsValue::NULL)
}

/// [`check`] with JSON text in and out: what the Web Worker (`www/worker.js`) runs,
/// so that a long list is checked off the page's main thread.
#[wasm_bindgen]
pub fn check_json(request: &str) -> String {
    api::check_json(request, nfkc)
}

thread_local! {
    /// The policy the Web Worker checks against, prepared once per policy version.
    static PREPARED: RefCell<Option<Checker>> = const { RefCell::new(None) };
    /// How many times this module instance has loaded a policy for [`check_prepared`].
    static LOADS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Loads and prepares the policy later [`check_prepared`] calls check against (the Web
/// Worker does, once per policy version); `false` when it is not a valid policy.
#[wasm_bindgen]
pub fn prepare(policy: &str) -> bool {
    LOADS.with(|n| n.set(n.get() + 1));
    let checker = crate::policy::load_policy(policy.as_bytes()).ok().map(Checker::new);
    let ok = checker.is_some();
    PREPARED.with(|p| *p.borrow_mut() = checker);
    ok
}

/// Checks a list against the prepared policy: the list crosses once, as the string it
/// is; the answer is [`check_json`]'s. `context` is JSON text, `now` RFC 3339.
#[wasm_bindgen]
pub fn check_prepared(list: &str, context: &str, now: &str, keep: Option<u32>) -> String {
    let failure = |message: String| {
        api::to_json(&api::CheckResponse::Failure {
            errors: vec![api::ErrorReport::request_error(
                message,
                "prepare the policy, then check",
            )],
        })
    };
    let (Ok(context), Ok(now)) = (
        serde_json::from_str::<Context>(context),
        DateTime::parse_from_rfc3339(now),
    ) else {
        return failure("the check's context or time is not understood".to_owned());
    };
    PREPARED.with(|p| match p.borrow().as_ref() {
        Some(checker) => api::to_json(&api::check_with(
            checker,
            list,
            &context,
            now.to_utc(),
            keep.map(|k| k as usize),
            nfkc,
        )),
        None => failure("no policy is prepared".to_owned()),
    })
}

/// How many times a policy was loaded by [`prepare`] in this module instance: the
/// worker reports it, so a test can see it loads a policy once, not per check.
#[wasm_bindgen]
pub fn policy_loads() -> u32 {
    LOADS.with(std::cell::Cell::get)
}

/// Unicode compatibility normalisation, from the browser (`String.prototype.normalize`).
fn nfkc(text: &str) -> String {
    js_sys::JsString::from(text).normalize("NFKC").into()
}

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// What a help-desk link asks for (`#policy=<id>&lang=<tag>`), and what the host
/// element says (`data-policy`, `data-lang`, `data-trust`), which wins over the link.
#[derive(Default)]
struct Link {
    policy: Option<String>,
    language: Option<String>,
    /// Where the site's trusted keys are (`data-trust`), not from the URL.
    trust: String,
    /// One policy file named by the host element (`<app-check policy=…>`): no index.
    file: Option<String>,
    /// Its detached signature (`data-signature`), when it is signed.
    signature: Option<String>,
}

fn read_link(root: &Element) -> Link {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let mut link = Link::default();
    for pair in hash.trim_start_matches('#').split('&') {
        let decode = |v: &str| {
            js_sys::decode_uri_component(v)
                .ok()
                .and_then(|s| s.as_string())
                .filter(|s| !s.is_empty())
        };
        match pair.split_once('=') {
            Some(("policy", v)) => link.policy = decode(v),
            Some(("lang", v)) => link.language = decode(v),
            _ => {}
        }
    }
    let attribute = |name: &str| root.get_attribute(name).filter(|v| !v.trim().is_empty());
    link.file = attribute("data-policy");
    if link.file.is_some() {
        link.policy = None; // the element names its policy; a link cannot swap it
    }
    link.signature = attribute("data-signature");
    link.language = attribute("data-lang").or(link.language);
    link.trust = attribute("data-trust").unwrap_or_else(|| "trust.json".to_owned());
    link
}

thread_local! {
    /// Files given to [`mount`] by the page itself (the single-file build carries its
    /// policy inside the HTML): consulted before the network.
    static FILES: RefCell<std::collections::HashMap<String, String>> = RefCell::default();
}

/// Mounts the widget into `root`: reads the link and the element's attributes,
/// fetches the index (`data-index`) and the policy it names (or the one policy file
/// `data-policy` names), shows it, and wires the form. Failures are shown in the
/// page, never thrown. Following another `#policy=` link mounts again.
///
/// `files`, when given, is an object of file contents by URL (`{"trust.json": "…"}`)
/// that the widget reads instead of fetching them: how a page with everything inside
/// it (the single-file build, opened from disk) hands over its policy.
#[wasm_bindgen]
pub async fn mount(root: Element, files: JsValue) {
    if files.is_object() {
        let entries = js_sys::Object::entries(files.unchecked_ref());
        FILES.with(|map| {
            let mut map = map.borrow_mut();
            for entry in entries.iter() {
                let pair: js_sys::Array = entry.unchecked_into();
                if let (Some(url), Some(text)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                    map.insert(url, text);
                }
            }
        });
    }
    let first = !root.has_attribute("data-mounted");
    let _ = root.set_attribute("data-mounted", "");
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
            wasm_bindgen_futures::spawn_local(async move { render(&root).await });
        })
        .forget();
    }
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
    let _ = root.set_attribute("data-render", &generation);
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
    // The site's own settings (`data-site`) are a help, not a requirement: without them the page works.
    let site = match site {
        Some(pending) => pending
            .text()
            .await
            .ok()
            .and_then(|text| load_site(text.as_bytes()).ok()),
        None => None,
    };
    // The language: the element's or the link's, else the browser's first one the
    // interface speaks, else the site's default.
    if link.language.is_none() {
        link.language = browser_language().or_else(|| site.as_ref().map(|s| s.default_language.clone()));
    }
    let ui = Lang::pick(link.language.as_deref());
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
    let _ = root.set_attribute("lang", ui.tag());
    language_bar(&document, root, ui);
    append_text(&document, root, "p", Msg::P_PRIVACY.get(ui)).set_class_name("privacy");
    // When a policy's own contact cannot be read, the site's help desk is whom to ask.
    let loaded = loaded.map_err(|f| Failure {
        contact: f.contact.or_else(|| site.as_ref().map(|s| s.help_desk.contact.clone())),
        ..f
    });
    match loaded {
        Ok(loaded) => {
            render_widget(&document, root, &loaded, link.language, ui);
            if let Some(kept) = kept {
                kept.restore(root);
            }
        }
        Err(f) => show_error(&document, root, &f, ui),
    }
    count_listeners(root);
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
/// is kept on the element only (never stored, and not put into the URL).
fn language_bar(document: &Document, root: &Element, ui: Lang) {
    let bar = el(document, "p", &[("class", "language")]);
    let label = el(document, "label", &[("for", "language")]);
    label.set_text_content(Some(Msg::P_LANGUAGE.get(ui)));
    let select = el(document, "select", &[("id", "language")]);
    for lang in Lang::ALL {
        let option = el(document, "option", &[("value", lang.tag()), ("lang", lang.tag())]);
        option.set_text_content(Some(lang.name()));
        if lang == ui {
            let _ = option.set_attribute("selected", "");
        }
        let _ = select.append_child(&option);
    }
    let _ = bar.append_child(&label);
    let _ = bar.append_child(&select);
    let _ = root.append_child(&bar);
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
        let _ = root.set_attribute("data-lang", &value);
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
    list: String,
    checked: Vec<String>,
    region: Option<String>,
}

impl FormState {
    fn save(root: &Element) -> Option<FormState> {
        let list = find::<HtmlTextAreaElement>(root, "#app-list")?.value();
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
        Some(FormState { list, checked, region })
    }

    fn restore(self, root: &Element) {
        if let Some(area) = find::<HtmlTextAreaElement>(root, "#app-list") {
            area.set_value(&self.list);
        }
        for id in &self.checked {
            if let Some(input) = find::<HtmlInputElement>(root, &format!("#{id}")) {
                input.set_checked(true);
            }
        }
        if let (Some(region), Some(select)) = (self.region, find::<HtmlSelectElement>(root, "#region")) {
            select.set_value(&region);
        }
    }
}

/// Fetches the index and the policy the link names (or the one file the element
/// names), verifies and loads it strictly.
async fn load(index_url: &str, link: &Link, mut files: Files) -> Result<Loaded, Failure> {
    // Where the policy is, which id it must have, and its signature file.
    let (index, url, expected_id, signature_url) = match &link.file {
        Some(file) => (None, file.clone(), None, link.signature.clone()),
        None => {
            let text = files
                .index
                .take()
                .unwrap_or_else(|| start_fetch(index_url))
                .text()
                .await
                .map_err(|e| Failure::new(Msg::X_INDEX_NOT_LOADED, format!("{index_url}: {e}"), None))?;
            let index =
                load_index(text.as_bytes()).map_err(|e| Failure::new(Msg::X_INDEX_NOT_READ, e.to_string(), None))?;
            let entry = match crate::open::locate(&index, link.policy.as_deref()) {
                Ok(entry) => entry.clone(),
                Err(_) => {
                    let id = link.policy.clone().unwrap_or_else(|| index.default.clone());
                    let message = fill(
                        Msg::X_UNKNOWN_DETAIL.get(Lang::pick(link.language.as_deref())),
                        &[("id", &id)],
                    );
                    return Err(Failure::new(Msg::X_UNKNOWN, message, Some(&index)));
                }
            };
            let base = index_url
                .rsplit_once('/')
                .map_or(String::new(), |(dir, _)| format!("{dir}/"));
            let signature = entry.signature.as_ref().map(|file| format!("{base}{file}"));
            (Some(index), format!("{base}{}", entry.file), Some(entry.id), signature)
        }
    };
    let index = index.as_ref();
    let policy_file = start_fetch(&url);
    let signature_file = signature_url.as_deref().map(start_fetch);
    let (text, fetched) = policy_file
        .finish()
        .await
        .map_err(|e| Failure::new(Msg::X_NOT_LOADED, format!("{url}: {e}"), index))?;
    // Signed? Verified before anything of the policy is shown.
    let trust_url = link.trust.clone();
    let trust_file = files.trust.take().unwrap_or_else(|| start_fetch(&trust_url));
    let trust = match trust_file.text().await {
        Ok(text) => load_trust(text.as_bytes()).map_err(|e| Failure::new(Msg::X_TRUST_NOT_READ, e, index))?,
        Err(e) => {
            return Err(Failure::new(
                Msg::X_TRUST_NOT_LOADED,
                format!("{trust_url}: {e}"),
                index,
            ))
        }
    };
    let signature = match (signature_file, &signature_url) {
        (Some(file), Some(sig_url)) => Some(
            file.text()
                .await
                .map_err(|e| Failure::new(Msg::X_SIGNATURE_NOT_LOADED, format!("{sig_url}: {e}"), index))?,
        ),
        _ => None,
    };
    // The one road to open a published policy (crate::open): the signature read once,
    // verified by WebCrypto in between, then the policy, its id and the versions seen.
    let opening = Opening::new(
        expected_id.as_deref(),
        text.as_bytes(),
        signature.as_deref().map(str::as_bytes),
        &trust,
    );
    let valid = match opening.to_verify() {
        Some((key, file)) => webcrypto_verify(&key.public_key, &file.signature, text.as_bytes())
            .await
            .map_err(|e| Failure::new(Msg::X_NOT_VERIFIED, e, index))?,
        None => false,
    };
    let seen = seen_versions();
    let contact = || crate::policy::contact_hint(text.as_bytes(), link.language.as_deref());
    match opening.finish(valid, &seen) {
        Ok(opened) => {
            if opened.seen != seen {
                remember_versions(&opened.seen);
            }
            Ok(Loaded {
                index: index.cloned(),
                policy: Rc::new(Checker::new(opened.policy)),
                verification: opened.verification,
                fetched,
                text: Rc::from(text.as_str()),
            })
        }
        Err(Refusal::NotVerified { reason }) => Err(Failure {
            contact: contact(),
            ..Failure::new(Msg::X_NOT_VERIFIED, reason, index)
        }),
        Err(Refusal::Rollback { reason }) => Err(Failure::new(Msg::X_NOT_VERIFIED, reason, index)),
        Err(Refusal::Mismatch { expected, found }) => {
            let detail = format!("{url} holds the policy `{found}`, not `{expected}`.");
            Err(Failure::new(Msg::X_MISMATCH, detail, index))
        }
        Err(Refusal::NotRead(e)) => Err(Failure {
            contact: contact(),
            ..Failure::new(Msg::X_NOT_READ, e.to_string(), index)
        }),
        Err(refusal @ Refusal::Unknown { .. }) => Err(Failure::new(Msg::X_UNKNOWN, refusal.to_string(), index)),
    }
}

/// The organisation (and its logo) in the page's masthead.
fn show_site(document: &Document, root: &Element, site: &Site, ui: Lang) {
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
fn show_error(document: &Document, root: &Element, failure: &Failure, ui: Lang) {
    let section = el(
        document,
        "section",
        &[("class", "error"), ("role", "alert"), ("id", "policy-error")],
    );
    append_text(document, &section, "h2", Msg::P_CANT_TELL.get(ui));
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

/// Links to the published policies (never carrying anything about the device).
fn policy_list(document: &Document, root: &Element, index: &PolicyIndex, current: Option<&str>, ui: Lang) {
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
        if current == Some(entry.id.as_str()) {
            let _ = link.set_attribute("aria-current", "page");
        }
        let _ = item.append_child(&link);
        let _ = list.append_child(&item);
    }
    let _ = nav.append_child(&list);
    let _ = root.append_child(&nav);
}

/// Files of the site are fetched revalidating with the server every time: a policy
/// withdrawn this afternoon must show as withdrawn on the next visit, whatever the
/// host's caching headers say. (Offline, the service worker answers instead.) A
/// response's HTTP `Date` says when it came from the server (a copy kept by the
/// service worker keeps its original date); files handed to [`mount`] have none.
///
/// A file asked for now and read later: the page asks for the files it needs at
/// once, rather than one after another.
enum Pending {
    /// Handed to [`mount`]: no request.
    Ready(String),
    Fetching(js_sys::Promise),
    Failed(String),
}

thread_local! {
    /// Marks a fetch's failure as handled until it is read (a failure nobody reads, as
    /// when the index is missing and trust.json is then not needed, stays quiet).
    static IGNORE: Closure<dyn FnMut(JsValue)> = Closure::new(|_| {});
}

fn start_fetch(url: &str) -> Pending {
    if let Some(text) = FILES.with(|files| files.borrow().get(url).cloned()) {
        return Pending::Ready(text);
    }
    let Some(window) = web_sys::window() else {
        return Pending::Failed("no window".to_owned());
    };
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    let promise = window.fetch_with_str_and_init(url, &init);
    IGNORE.with(|ignore| {
        let _ = promise.catch(ignore);
    });
    Pending::Fetching(promise)
}

impl Pending {
    /// The file's text and the HTTP `Date` of its response.
    async fn finish(self) -> Result<(String, Option<String>), String> {
        let promise = match self {
            Pending::Ready(text) => return Ok((text, None)),
            Pending::Failed(e) => return Err(e),
            Pending::Fetching(promise) => promise,
        };
        let response = JsFuture::from(promise).await.map_err(|_| "network error".to_owned())?;
        let response: Response = response.dyn_into().map_err(|_| "not a response".to_owned())?;
        if !response.ok() {
            return Err(format!("HTTP {}", response.status()));
        }
        let date = response.headers().get("date").ok().flatten();
        let text = JsFuture::from(response.text().map_err(|_| "unreadable body".to_owned())?)
            .await
            .map_err(|_| "unreadable body".to_owned())?;
        let text = text.as_string().ok_or_else(|| "the body is not text".to_owned())?;
        Ok((text, date))
    }

    async fn text(self) -> Result<String, String> {
        self.finish().await.map(|(text, _)| text)
    }
}

/// Checks an Ed25519 signature with the browser's WebCrypto.
async fn webcrypto_verify(public_key: &[u8; 32], signature: &[u8; 64], data: &[u8]) -> Result<bool, String> {
    let subtle = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.subtle())
        .ok_or(
            "this browser offers no WebCrypto here; signed policies can be checked only on a page served over HTTPS",
        )?;
    let algorithm = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&algorithm, &"name".into(), &"Ed25519".into());
    let key_data = js_sys::Uint8Array::from(&public_key[..]);
    let usages = js_sys::Array::of1(&"verify".into());
    let unsupported =
        |_| "this browser cannot check Ed25519 signatures; use a current browser, or ask the help desk".to_owned();
    let key = JsFuture::from(
        subtle
            .import_key_with_object("raw", &key_data, &algorithm, false, &usages)
            .map_err(unsupported)?,
    )
    .await
    .map_err(unsupported)?;
    let key: web_sys::CryptoKey = key.unchecked_into();
    let verified = subtle
        .verify_with_object_and_u8_array_and_u8_array(&algorithm, &key, signature, data)
        .map_err(unsupported)?;
    Ok(JsFuture::from(verified)
        .await
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false))
}

/// The only thing the page stores: the newest version of each policy it has shown.
const SEEN_VERSIONS: &str = "appcheck-policy-versions";

/// The versions of each policy this browser has shown (for refusing older ones).
fn seen_versions() -> SeenVersions {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(SEEN_VERSIONS).ok().flatten())
        .map(|text| read_seen(&text))
        .unwrap_or_default()
}

/// Stores the record of versions seen (policy ids and version numbers only).
fn remember_versions(seen: &SeenVersions) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(SEEN_VERSIONS, &write_seen(seen));
    }
}

/// The language tag for the browser's `Intl`: the one asked for, when the interface
/// speaks it (`de-AT` keeps its Austrian dates), else the interface's own.
fn intl_locale(requested: Option<&str>, ui: Lang) -> String {
    requested
        .filter(|tag| Lang::pick(Some(tag)) == ui)
        .unwrap_or(ui.tag())
        .to_owned()
}

/// A time in the reader's own time zone and language: "Sa., 11. Juli 2020, 05:59 MESZ".
/// The browser's `Intl` does the calendar, the zone and the words.
fn local_time(date: &js_sys::Date, locale: &str) -> Option<String> {
    let options = js_sys::Object::new();
    for (key, value) in [
        ("weekday", "short"),
        ("day", "numeric"),
        ("month", "short"),
        ("year", "numeric"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
        ("timeZoneName", "short"),
    ] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    js_sys::Intl::DateTimeFormat::new(&js_sys::Array::of1(&locale.into()), &options)
        .format()
        .call1(&JsValue::NULL, date)
        .ok()?
        .as_string()
}

/// How far away a time is, in the largest unit that fits: "in 3 hours", "in 3 Stunden";
/// a past time is "overdue (2 days ago)".
fn countdown(millis: f64, locale: &str, overdue: &str) -> String {
    let minutes = (millis - js_sys::Date::now()) / 60_000.0;
    let (value, unit) = if minutes.abs() >= 2.0 * 24.0 * 60.0 {
        (minutes / (24.0 * 60.0), "day")
    } else if minutes.abs() >= 120.0 {
        (minutes / 60.0, "hour")
    } else {
        (minutes, "minute")
    };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"numeric".into(), &"auto".into());
    let relative: String = js_sys::Intl::RelativeTimeFormat::new(&js_sys::Array::of1(&locale.into()), &options)
        .format(value.round(), unit)
        .into();
    if minutes < 0.0 {
        format!("{overdue} ({relative})")
    } else {
        relative
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
    let _ = root.set_attribute("data-listeners", &live.to_string());
}

/// Keeps every countdown in `root` current: once a minute, and whenever the page is
/// shown again (a phone that slept for an hour must not show an hour-old countdown).
fn start_countdowns(root: &Element) {
    let root = root.clone();
    let tick = Closure::<dyn FnMut()>::new(move || {
        let Ok(all) = root.query_selector_all(".countdown[data-deadline]") else {
            return;
        };
        for i in 0..all.length() {
            let Some(span) = all.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let attribute = |name: &str| span.get_attribute(name).unwrap_or_default();
            let millis = js_sys::Date::new(&JsValue::from_str(&attribute("data-deadline"))).get_time();
            if !millis.is_nan() {
                span.set_text_content(Some(&countdown(
                    millis,
                    &attribute("data-locale"),
                    &attribute("data-overdue"),
                )));
            }
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(tick.as_ref().unchecked_ref(), 30_000);
        if let Some(document) = window.document() {
            let _ = document.add_event_listener_with_callback("visibilitychange", tick.as_ref().unchecked_ref());
        }
    }
    // Page-lifetime: started once per mounted widget (`first` in `mount`), never per drawing.
    tick.forget();
}

/// The element `selector` finds under `root`, as the element type it is expected to
/// be (a text area, a select, an input…).
fn find<T: JsCast>(root: &Element, selector: &str) -> Option<T> {
    root.query_selector(selector).ok().flatten()?.dyn_into().ok()
}

/// Creates an element with attributes.
fn el(document: &Document, tag: &str, attrs: &[(&str, &str)]) -> Element {
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
fn append_text(document: &Document, parent: &Element, tag: &str, text: &str) -> Element {
    let element = el(document, tag, &[]);
    element.set_text_content(Some(text));
    let _ = parent.append_child(&element);
    element
}

fn radio_group(document: &Document, form: &Element, name: &str, legend: &str, options: &[(&str, &str)]) {
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

/// Where and how the page speaks: the interface language and the `Intl` locale.
#[derive(Clone)]
struct Speech {
    ui: Lang,
    locale: String,
}

fn render_header(document: &Document, root: &Element, summary: &PolicySummary, speech: &Speech) {
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
            let notice = append_text(document, &banner, "p", notice);
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
    append_text(document, &header, "h2", &summary.title).set_id("policy-title");
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
            local_deadline(document, &header, at, speech);
        }
    }
    if let Some(text) = &summary.summary {
        append_text(document, &header, "p", text).set_class_name("summary");
    }
    let _ = root.append_child(&header);
}

/// "Your time: Sat, 11 Jul 2020, 05:59 CEST (in 3 hours)", the countdown kept current.
fn local_deadline(document: &Document, parent: &Element, rfc3339: &str, speech: &Speech) {
    let date = js_sys::Date::new(&JsValue::from_str(rfc3339));
    let millis = date.get_time();
    let Some(when) = (!millis.is_nan()).then(|| local_time(&date, &speech.locale)).flatten() else {
        return;
    };
    let overdue = Msg::P_OVERDUE.get(speech.ui);
    let p = el(document, "p", &[("class", "deadline-local"), ("lang", speech.ui.tag())]);
    let _ = p.append_child(&document.create_text_node(&format!(
        "{} (",
        fill(Msg::P_YOUR_TIME.get(speech.ui), &[("when", &when)])
    )));
    let span = el(
        document,
        "span",
        &[
            ("class", "countdown"),
            ("data-deadline", rfc3339),
            ("data-locale", &speech.locale),
            ("data-overdue", overdue),
        ],
    );
    span.set_text_content(Some(&countdown(millis, &speech.locale, overdue)));
    let _ = p.append_child(&span);
    let _ = p.append_child(&document.create_text_node(")"));
    let _ = parent.append_child(&p);
}

fn render_widget(document: &Document, root: &Element, loaded: &Loaded, language: Option<String>, ui: Lang) {
    let policy = Rc::clone(&loaded.policy);
    let speech = Speech {
        ui,
        locale: intl_locale(language.as_deref(), ui),
    };
    let summary = summarise(policy.policy(), now(), language.as_deref());
    render_header(document, root, &summary, &speech);
    let (state, signed) = match &loaded.verification {
        Verification::Verified { key } => ("verified", fill(Msg::P_SIGNED.get(ui), &[("key", key)])),
        _ => ("unsigned", Msg::P_UNSIGNED.get(ui).to_owned()),
    };
    if let Some(header) = root.query_selector("#policy").ok().flatten() {
        let badge = el(
            document,
            "p",
            &[("id", "signature"), ("data-state", state), ("lang", ui.tag())],
        );
        badge.set_text_content(Some(&signed));
        let _ = header.append_child(&badge);
        // When the policy was last fetched from the server: offline, the service
        // worker's copy says how old it is.
        if let Some(fetched) = &loaded.fetched {
            let date = js_sys::Date::new(&JsValue::from_str(fetched));
            if let Some(when) = (!date.get_time().is_nan())
                .then(|| local_time(&date, &speech.locale))
                .flatten()
            {
                let refreshed = el(
                    document,
                    "p",
                    &[("id", "refreshed"), ("data-date", fetched), ("lang", ui.tag())],
                );
                refreshed.set_text_content(Some(&fill(Msg::P_REFRESHED.get(ui), &[("when", &when)])));
                let _ = header.append_child(&refreshed);
            }
        }
    }
    let contact = fill(Msg::P_QUESTIONS.get(ui), &[("contact", &summary.issuer.contact)]);
    if !summary.lifecycle.state.gives_verdicts() {
        append_text(document, root, "p", &contact).set_class_name("contact");
        if let Some(index) = &loaded.index {
            policy_list(document, root, index, Some(&policy.policy().id), ui);
        }
        return;
    }

    // `method="dialog"` outside a dialog submits nowhere: even if the handler below
    // never ran (or a host page has no CSP), the answers cannot reach a URL.
    let form = el(
        document,
        "form",
        &[
            ("id", "check-form"),
            ("novalidate", ""),
            ("method", "dialog"),
            ("autocomplete", "off"),
        ],
    );
    questions_form(document, &form, policy.policy(), ui);
    list_inputs(document, &form, policy.policy(), ui);
    let button = el(document, "button", &[("type", "submit"), ("id", "check")]);
    button.set_text_content(Some(Msg::P_CHECK.get(ui)));
    let _ = form.append_child(&button);
    let _ = root.append_child(&form);

    let result = el(document, "section", &[("id", "result"), ("aria-live", "polite")]);
    let _ = root.append_child(&result);
    append_text(document, root, "p", &contact).set_class_name("contact");
    if let Some(index) = &loaded.index {
        policy_list(document, root, index, Some(&policy.policy().id), ui);
    }

    let Ok(form_element) = form.clone().dyn_into::<HtmlFormElement>() else {
        return;
    };
    wire_file_picker(root, &form_element, ui);
    // The employee's answers to "is this TikTok?": in this page's memory only, cleared
    // by every new check.
    let choices: Rc<RefCell<Choices>> = Rc::default();
    let worker_url = root.get_attribute("data-worker");
    let policy_text = Rc::clone(&loaded.text);
    let run: Rc<dyn Fn(bool)> = {
        let (document, result, choices) = (document.clone(), result.clone(), Rc::clone(&choices));
        let speech = speech.clone();
        Rc::new(move |focus: bool| {
            let mut context = read_context(&form_element);
            context.language.clone_from(&language);
            context.confirmed.clone_from(&choices.borrow().confirmed);
            context.dismissed.clone_from(&choices.borrow().dismissed);
            let check = CHECKS.with(|c| {
                c.set(c.get() + 1);
                c.get()
            });
            let _ = result.set_attribute("data-check", &check.to_string());
            let current = {
                let result = result.clone();
                move || result.get_attribute("data-check").as_deref() == Some(check.to_string().as_str())
            };
            // The list stays a JavaScript string until it is known to be short: a long
            // one goes to the worker without ever being copied into this module.
            let pasted = pasted_and_ticked_js(&form_element);
            let units = pasted.length() as usize;
            let long =
                units > WORKER_UNITS || units > WORKER_LINES * 4 && pasted.split("\n").length() as usize > WORKER_LINES;
            let ui = speech.ui;
            let show = {
                let (document, result, speech, current) =
                    (document.clone(), result.clone(), speech.clone(), current.clone());
                move |report: serde_json::Value| {
                    // A later check may have finished first: only the newest is shown.
                    if current() {
                        let _ = result.remove_attribute("aria-busy");
                        render_report(&document, &result, &report, &speech);
                        if focus {
                            focus_overall(&result);
                        }
                    }
                }
            };
            match (&worker_url, long) {
                (Some(url), true) => {
                    let _ = result.set_attribute("aria-busy", "true");
                    let lines = pasted.split("\n").length().to_string();
                    result.set_text_content(Some(&fill(Msg::P_CHECKING.get(ui), &[("n", &lines)])));
                    let request = WorkerRequest {
                        id: check,
                        policy: Rc::clone(&policy_text),
                        list: pasted,
                        context: serde_json::to_string(&context).unwrap_or_default(),
                        now: now().to_rfc3339(),
                    };
                    let (url, policy, document, result, speech) = (
                        url.clone(),
                        Rc::clone(&policy),
                        document.clone(),
                        result.clone(),
                        speech.clone(),
                    );
                    wasm_bindgen_futures::spawn_local(async move {
                        match in_worker(&url, &request).await {
                            Some((head, chunks)) => {
                                // For tests: how many answers came from the worker, and how
                                // many times it loaded a policy for them.
                                let checks = WORKER_CHECKS.with(|n| {
                                    n.set(n.get() + 1);
                                    n.get()
                                });
                                let loads = WORKER_LOADS.with(std::cell::Cell::get).to_string();
                                let _ = result.set_attribute("data-worker-checks", &checks.to_string());
                                let _ = result.set_attribute("data-worker-policy-loads", &loads);
                                // The policy's texts are in one language for the whole report.
                                let language = head.get("policy").map_or("", |p| text(p, "language")).to_owned();
                                show(head);
                                // The other findings, a chunk per task: the page stays responsive.
                                let list = result.query_selector("#findings").ok().flatten();
                                for chunk in chunks {
                                    next_task().await;
                                    if !current() {
                                        return;
                                    }
                                    let findings: Vec<serde_json::Value> =
                                        serde_json::from_str(&chunk).unwrap_or_default();
                                    if let Some(list) = &list {
                                        for finding in &findings {
                                            render_finding(&document, list, finding, &language, &speech);
                                        }
                                    }
                                }
                            }
                            // No worker here (a strict host page, an old browser): in the page.
                            None => show(checked_here(&policy, &String::from(&request.list), &context)),
                        }
                    });
                }
                _ => show(checked_here(&policy, &String::from(&pasted), &context)),
            }
        })
    };
    // Not passive: the default submit would put the answers into the URL.
    let options = EventListenerOptions::enable_prevent_default();
    let on_submit = Rc::clone(&run);
    let submit_choices = Rc::clone(&choices);
    let listener = EventListener::new_with_options(&form, "submit", options, move |event| {
        event.prevent_default();
        *submit_choices.borrow_mut() = Choices::default();
        on_submit(false);
    });
    own(root, listener);
    let result_for_clicks = result.clone();
    let listener = EventListener::new(&result, "click", move |event| {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if target.closest("#copy-summary").ok().flatten().is_some() {
            copy_summary(&result_for_clicks, ui);
            return;
        }
        if target.closest("#print-summary").ok().flatten().is_some() {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
            return;
        }
        // "Yes, it is TikTok" / "No, another app" on a possible match.
        let Some(button) = target.closest("button[data-choice]").ok().flatten() else {
            return;
        };
        let (Some(choice), Some(entry)) = (button.get_attribute("data-choice"), button.get_attribute("data-entry"))
        else {
            return;
        };
        {
            let mut choices = choices.borrow_mut();
            if choice == "confirm" {
                choices.confirmed.insert(entry);
            } else {
                choices.dismissed.insert(entry);
            }
        }
        // The buttons are gone: the new answer gets the focus, for keyboards and screen readers.
        run(true);
    });
    own(root, listener);
}

thread_local! {
    /// The listeners of each widget's current drawing, by its root: dropped (and so
    /// removed from the page, with the closures and the prepared policy they hold)
    /// when that widget is drawn again.
    static OWNED: RefCell<Vec<(Element, Vec<EventListener>)>> = const { RefCell::new(Vec::new()) };
    /// Counts checks, so that a slow check never draws over a newer one.
    static CHECKS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    /// The Web Worker long lists are checked in, started on the first long list.
    static WORKER: RefCell<Option<web_sys::Worker>> = const { RefCell::new(None) };
    /// The policy text the worker has prepared, so that it is sent once per version.
    static WORKER_POLICY: RefCell<Option<Rc<str>>> = const { RefCell::new(None) };
    /// How many answers the worker has given this page.
    static WORKER_CHECKS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// How many policies the worker has loaded, as it last said (for tests: once per version).
    static WORKER_LOADS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// The worker's message and error handlers for the request in flight.
    static HANDLERS: RefCell<Option<WorkerHandlers>> = const { RefCell::new(None) };
}

/// The worker's `onmessage` and `onerror` for the request in flight.
type WorkerHandlers = (Closure<dyn FnMut(web_sys::MessageEvent)>, Closure<dyn FnMut(JsValue)>);

/// A list longer than this (UTF-16 code units, or lines) is checked in the Web
/// Worker: reading and checking it in the page could hold the main thread past 100 ms
/// on a slow phone.
const WORKER_UNITS: usize = 64 * 1024;
const WORKER_LINES: usize = 2_000;

/// What the page sends the worker: the list as the JavaScript string it is.
struct WorkerRequest {
    id: u64,
    policy: Rc<str>,
    list: js_sys::JsString,
    context: String,
    now: String,
}

/// Resolves in the next task of the event loop: lets the page breathe between chunks.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Checks in the page: the report, with the apps the policy does not name cut to
/// what the page lists, as data for [`render_report`].
fn checked_here(policy: &Checker, text: &str, context: &Context) -> serde_json::Value {
    let mut report = policy.check(&parse_list(text, nfkc), context, now());
    report.keep_not_covered(MAX_LISTED);
    // Through text, as the worker's answer comes: one serializer for both.
    serde_json::to_string(&report)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Runs a check in the Web Worker (`www/worker.js`, the same Wasm module's
/// `check_json`): the report's head, and the other findings in chunks of JSON text;
/// `None` when there is no worker here or it failed, and the page checks itself. The
/// request goes to the worker only: it is in this page, never sent anywhere.
async fn in_worker(url: &str, request: &WorkerRequest) -> Option<(serde_json::Value, Vec<String>)> {
    let worker = WORKER.with(|slot| {
        let mut slot = slot.borrow_mut();
        if slot.is_none() {
            let options = web_sys::WorkerOptions::new();
            options.set_type(web_sys::WorkerType::Module);
            *slot = web_sys::Worker::new_with_options(url, &options).ok();
        }
        slot.clone()
    })?;
    let id = request.id as f64;
    let message = js_sys::Object::new();
    // The policy goes to the worker once per version; then only lists.
    let has_policy = WORKER_POLICY.with(|p| p.borrow().as_deref() == Some(&*request.policy));
    if !has_policy {
        let _ = js_sys::Reflect::set(&message, &"policy".into(), &JsValue::from_str(&request.policy));
    }
    for (key, value) in [
        ("id", JsValue::from(id)),
        ("list", request.list.clone().into()),
        ("context", JsValue::from_str(&request.context)),
        ("now", JsValue::from_str(&request.now)),
        ("keep", JsValue::from(MAX_LISTED as f64)),
    ] {
        let _ = js_sys::Reflect::set(&message, &key.into(), &value);
    }
    let answer = js_sys::Promise::new(&mut |resolve, reject| {
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            // An answer to an older request is not this one's.
            if js_sys::Reflect::get(&data, &"id".into()).ok().and_then(|v| v.as_f64()) == Some(id) {
                let _ = resolve.call1(&JsValue::NULL, &data);
            }
        });
        let on_error = Closure::<dyn FnMut(JsValue)>::new(move |error: JsValue| {
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        // The worker now calls these; the previous request's are dropped here.
        HANDLERS.with(|h| *h.borrow_mut() = Some((on_message, on_error)));
    });
    WORKER
        .with(|slot| slot.borrow().as_ref().map(|w| w.post_message(&message)))?
        .ok()?;
    let data = match JsFuture::from(answer).await {
        Ok(data) => data,
        Err(_) => {
            // A worker that cannot start (a host page's CSP, say) is not tried again.
            WORKER.with(|slot| slot.borrow_mut().take().map(|w| w.terminate()));
            WORKER_POLICY.with(|p| *p.borrow_mut() = None);
            return None;
        }
    };
    let field = |name: &str| js_sys::Reflect::get(&data, &name.into()).ok();
    // The worker has this policy now (or has none, if it could not read it).
    let failed = field("failed").is_some_and(|f| f.is_truthy());
    WORKER_POLICY.with(|p| *p.borrow_mut() = (!failed).then(|| Rc::clone(&request.policy)));
    if let Some(loads) = field("loads").and_then(|l| l.as_f64()) {
        WORKER_LOADS.with(|n| n.set(loads as u32));
    }
    let head: serde_json::Value = serde_json::from_str(&field("head")?.as_string()?).ok()?;
    let chunks = field("chunks")
        .map(|c| js_sys::Array::from(&c).iter().filter_map(|c| c.as_string()).collect())
        .unwrap_or_default();
    Some((head, chunks))
}

fn focus_overall(result: &Element) {
    if let Some(overall) = find::<web_sys::HtmlElement>(result, "#overall") {
        let _ = overall.focus();
    }
}

/// The questions the policy's rules need, and no others.
fn questions_form(document: &Document, form: &Element, policy: &Policy, ui: Lang) {
    for question in questions(policy) {
        let text = question.text(ui);
        match question {
            Question::Device => radio_group(
                document,
                form,
                "device",
                text,
                &[
                    ("phone", Msg::A_PHONE.get(ui)),
                    ("tablet", Msg::A_TABLET.get(ui)),
                    ("computer", Msg::A_COMPUTER.get(ui)),
                ],
            ),
            Question::Ownership => radio_group(
                document,
                form,
                "ownership",
                text,
                &[
                    ("company", Msg::A_COMPANY.get(ui)),
                    ("personal", Msg::A_PERSONAL.get(ui)),
                ],
            ),
            Question::Service(service) => radio_group(
                document,
                form,
                service.as_str(),
                text,
                &[("yes", Msg::A_YES.get(ui)), ("no", Msg::A_NO.get(ui))],
            ),
            Question::Platform => radio_group(
                document,
                form,
                "platform",
                text,
                &[
                    ("ios", "iOS / iPadOS"),
                    ("android", "Android"),
                    ("windows", "Windows"),
                    ("macos", "macOS"),
                    ("linux", "Linux"),
                    ("chromeos", "ChromeOS"),
                ],
            ),
            Question::Region => {
                let fieldset = el(document, "fieldset", &[("id", "q-region")]);
                let label = el(document, "label", &[("for", "region")]);
                label.set_text_content(Some(text));
                let _ = fieldset.append_child(&label);
                let select = el(document, "select", &[("id", "region")]);
                for (value, text) in std::iter::once(("", Msg::A_CHOOSE.get(ui)))
                    .chain(policy.regions().into_iter().map(|r| (r, r)))
                    .chain([("other", Msg::A_ELSEWHERE.get(ui))])
                {
                    let option = el(document, "option", &[("value", value)]);
                    option.set_text_content(Some(text));
                    let _ = select.append_child(&option);
                }
                let _ = fieldset.append_child(&select);
                let _ = form.append_child(&fieldset);
            }
        }
    }
}

/// The three ways to give the app list: paste, a file, or ticks; and how to get one.
fn list_inputs(document: &Document, form: &Element, policy: &Policy, ui: Lang) {
    let label = el(document, "label", &[("for", "app-list")]);
    label.set_text_content(Some(Msg::P_LIST_LABEL.get(ui)));
    let _ = form.append_child(&label);
    let textarea = el(
        document,
        "textarea",
        &[
            ("id", "app-list"),
            ("rows", "8"),
            ("autocomplete", "off"),
            ("spellcheck", "false"),
            ("placeholder", "TikTok\nSlack\nMaps"),
        ],
    );
    let _ = form.append_child(&textarea);
    // An exported list or CSV, read in this page (FileReader), never uploaded.
    let file = el(document, "p", &[("class", "file")]);
    let file_label = el(document, "label", &[("for", "app-file")]);
    file_label.set_text_content(Some(Msg::P_FILE.get(ui)));
    let _ = file.append_child(&file_label);
    let input = el(
        document,
        "input",
        &[
            ("type", "file"),
            ("id", "app-file"),
            (
                "accept",
                ".txt,.csv,.tsv,.json,.xml,.plist,.log,text/plain,text/csv,application/json,application/xml",
            ),
        ],
    );
    let _ = file.append_child(&input);
    let _ = form.append_child(&file);
    let status = el(document, "p", &[("id", "file-status"), ("role", "status")]);
    let _ = form.append_child(&status);

    let help = el(document, "details", &[("id", "how-to-list")]);
    append_text(document, &help, "summary", Msg::P_HOW_LIST.get(ui));
    let items = el(document, "ul", &[]);
    for (platform, msg) in [
        ("ios", Msg::P_HOW_IOS),
        ("android", Msg::P_HOW_ANDROID),
        ("windows", Msg::P_HOW_WINDOWS),
        ("macos", Msg::P_HOW_MAC),
    ] {
        let _ = append_text(document, &items, "li", msg.get(ui)).set_attribute("data-platform", platform);
    }
    let _ = help.append_child(&items);
    let _ = form.append_child(&help);

    // On an iPhone no app list can be copied: tick the apps the policy names instead.
    let checklist = el(document, "details", &[("id", "checklist")]);
    append_text(
        document,
        &checklist,
        "summary",
        &fill(Msg::P_TICK.get(ui), &[("n", &policy.apps.len().to_string())]),
    );
    let boxes = el(document, "fieldset", &[]);
    append_text(document, &boxes, "legend", Msg::P_NAMED.get(ui)).set_class_name("visually-hidden");
    for (i, app) in policy.apps.iter().enumerate() {
        let id = format!("tick-{i}");
        let label = el(document, "label", &[("for", &id)]);
        let input = el(
            document,
            "input",
            &[("type", "checkbox"), ("id", &id), ("data-app", &app.name)],
        );
        let _ = label.append_child(&input);
        let _ = label.append_child(&document.create_text_node(&app.name));
        let _ = boxes.append_child(&label);
    }
    let _ = checklist.append_child(&boxes);
    let _ = form.append_child(&checklist);
}

/// A file is at most this big (the list reader reads 10 MB; anything far larger is
/// not an app list, and reading it would only stall the page).
const MAX_FILE_BYTES: f64 = 50.0 * 1024.0 * 1024.0;

/// Reads a chosen file into the list, in this page: nothing is uploaded.
fn wire_file_picker(root: &Element, form: &HtmlFormElement, ui: Lang) {
    let Some(input) = find::<HtmlInputElement>(form, "#app-file") else {
        return;
    };
    let form = form.clone();
    let picker = input.clone();
    let listener = EventListener::new(&input, "change", move |_| {
        let Some(file) = picker.files().and_then(|files| files.get(0)) else {
            return;
        };
        let form = form.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let name = file.name();
            let message = if file.size() > MAX_FILE_BYTES {
                // Whole megabytes, written as an integer (no float formatting in the module).
                let size = ((file.size() / (1024.0 * 1024.0)).round() as u64).to_string();
                fill(Msg::P_FILE_TOO_BIG.get(ui), &[("file", &name), ("size", &size)])
            } else {
                // The bytes, decoded as the core decodes them for the CLI: UTF-8, UTF-16
                // (what Windows PowerShell writes) or Windows-1252 (what Excel writes).
                let bytes = JsFuture::from(file.array_buffer())
                    .await
                    .ok()
                    .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec());
                match bytes.map(|b| crate::list::decode(&b)) {
                    Some(Ok(text)) => {
                        let lines = text.lines().count();
                        if let Some(area) = find::<HtmlTextAreaElement>(&form, "#app-list") {
                            let mut value = area.value();
                            if !value.trim().is_empty() && !value.ends_with('\n') {
                                value.push('\n');
                            }
                            if value.trim().is_empty() {
                                value.clear();
                            }
                            value.push_str(&text);
                            area.set_value(&value);
                        }
                        fill(
                            Msg::P_FILE_READ.get(ui),
                            &[("file", &name), ("lines", &lines.to_string())],
                        )
                    }
                    Some(Err(crate::list::DecodeError::UnknownEncoding)) => {
                        fill(Msg::P_FILE_ENCODING.get(ui), &[("file", &name)])
                    }
                    _ => fill(Msg::P_FILE_FAILED.get(ui), &[("file", &name)]),
                }
            };
            if let Some(status) = form.query_selector("#file-status").ok().flatten() {
                status.set_text_content(Some(&message));
            }
        });
    });
    own(root, listener);
}

/// The pasted text, with the ticked apps after it as if typed, as the JavaScript
/// string it is (a long list is never copied into the module on the main thread).
fn pasted_and_ticked_js(form: &HtmlFormElement) -> js_sys::JsString {
    let mut text: js_sys::JsString = form
        .query_selector("#app-list")
        .ok()
        .flatten()
        .and_then(|e| js_sys::Reflect::get(&e, &"value".into()).ok())
        .and_then(|v| v.dyn_into().ok())
        .unwrap_or_else(|| js_sys::JsString::from(""));
    if let Ok(ticked) = form.query_selector_all("#checklist input:checked") {
        for i in 0..ticked.length() {
            if let Some(name) = ticked
                .item(i)
                .and_then(|n| n.dyn_into::<Element>().ok())
                .and_then(|e| e.get_attribute("data-app"))
            {
                let length = text.length();
                if length > 0 && text.char_code_at(length - 1) != f64::from(b'\n') {
                    text = text.concat(&"\n".into());
                }
                text = text.concat(&format!("{name}\n").into());
            }
        }
    }
    text
}

/// Copies the summary (which names no app) to the clipboard, and says whether it worked.
fn copy_summary(result: &Element, ui: Lang) {
    let text = result
        .query_selector("#summary-text")
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    let status = result.query_selector("#copy-status").ok().flatten();
    let write = web_sys::window().and_then(|w| {
        let clipboard = js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok()?;
        let write: js_sys::Function = js_sys::Reflect::get(&clipboard, &"writeText".into())
            .ok()?
            .dyn_into()
            .ok()?;
        write
            .call1(&clipboard, &text.into())
            .ok()?
            .dyn_into::<js_sys::Promise>()
            .ok()
    });
    wasm_bindgen_futures::spawn_local(async move {
        let copied = match write {
            Some(promise) => JsFuture::from(promise).await.is_ok(),
            None => false,
        };
        if let Some(status) = status {
            let message = if copied { Msg::K_COPIED } else { Msg::K_NOT_COPIED };
            status.set_text_content(Some(message.get(ui)));
        }
    });
}

/// The employee's answers to possible matches.
#[derive(Default)]
struct Choices {
    confirmed: std::collections::BTreeSet<String>,
    dismissed: std::collections::BTreeSet<String>,
}

fn checked_value(form: &HtmlFormElement, name: &str) -> Option<String> {
    find::<HtmlInputElement>(form, &format!("input[name=\"{name}\"]:checked")).map(|i| i.value())
}

fn read_context(form: &HtmlFormElement) -> Context {
    let mut context = Context {
        device: checked_value(form, "device").as_deref().and_then(Device::parse),
        ownership: checked_value(form, "ownership").as_deref().and_then(Ownership::parse),
        platform: checked_value(form, "platform")
            .as_deref()
            .and_then(crate::policy::Platform::parse),
        region: find::<HtmlSelectElement>(form, "#region")
            .map(|s| s.value())
            .filter(|v| !v.is_empty()),
        ..Context::default()
    };
    for service in Service::ALL {
        if let Some(answer) = checked_value(form, service.as_str()) {
            context.services.insert(*service, answer == "yes");
        }
    }
    context
}

/// The word an enum is written as in the report data (`"action_required"`).
fn word<T: serde::Serialize>(value: T) -> String {
    serde_json::to_string(&value)
        .map(|text| text.trim_matches('"').to_owned())
        .unwrap_or_default()
}

/// A text field of report data ("" when absent).
fn text<'a>(value: &'a serde_json::Value, key: &str) -> &'a str {
    value.get(key).and_then(serde_json::Value::as_str).unwrap_or("")
}

/// A text field of report data, when present.
fn some_text<'a>(value: &'a serde_json::Value, key: &str) -> Option<&'a str> {
    value.get(key).and_then(serde_json::Value::as_str)
}

fn number(value: &serde_json::Value, key: &str) -> usize {
    value
        .get(key)
        .and_then(serde_json::Value::as_u64)
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or(0)
}

fn items<'a>(value: &'a serde_json::Value, key: &str) -> &'a [serde_json::Value] {
    value
        .get(key)
        .and_then(serde_json::Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// The label of an outcome, from its word in the report data.
fn outcome_label(word: &str, ui: Lang) -> &'static str {
    [
        Outcome::Remove,
        Outcome::BrowserOnly,
        Outcome::Discouraged,
        Outcome::Allowed,
        Outcome::PossibleMatch,
        Outcome::NotApplicable,
        Outcome::NotCovered,
    ]
    .into_iter()
    .find(|o| self::word(o) == word)
    .map_or("", |o| o.label(ui))
}

/// Draws a report, given as data (the page's own check and the Web Worker's answer
/// take the same road).
fn render_report(document: &Document, result: &Element, report: &serde_json::Value, speech: &Speech) {
    let ui = speech.ui;
    result.set_text_content(None);
    let overall_data = report.get("overall").cloned().unwrap_or_default();
    let overall = el(
        document,
        "p",
        &[
            ("id", "overall"),
            ("tabindex", "-1"),
            ("data-answer", text(&overall_data, "answer")),
        ],
    );
    overall.set_text_content(Some(text(&overall_data, "message")));
    let _ = result.append_child(&overall);
    let read_as_data = report.get("read_as").cloned().unwrap_or_default();
    let read_as = el(
        document,
        "p",
        &[("id", "read-as"), ("data-format", text(&read_as_data, "format"))],
    );
    read_as.set_text_content(Some(&fill(
        Msg::P_READ_AS.get(ui),
        &[
            ("format", text(&read_as_data, "label")),
            ("apps", &count_apps(number(&read_as_data, "entries"), ui)),
        ],
    )));
    let _ = result.append_child(&read_as);

    let policy = report.get("policy").cloned().unwrap_or_default();
    let language = text(&policy, "language").to_owned();
    let list = el(document, "ul", &[("id", "findings")]);
    let mut uncovered = Vec::new();
    for finding in items(report, "findings") {
        if text(finding, "outcome") == "not_covered" {
            uncovered.push(text(finding, "input"));
        } else {
            render_finding(document, &list, finding, &language, speech);
        }
    }
    let _ = result.append_child(&list);

    let omitted = number(report, "not_covered_omitted");
    if !uncovered.is_empty() {
        let more = el(document, "details", &[("id", "not-covered")]);
        let total = uncovered.len() + omitted;
        append_text(
            document,
            &more,
            "summary",
            &fill(Msg::P_NOT_NAMED.get(ui), &[("n", &total.to_string())]),
        );
        let list = el(document, "ul", &[]);
        // A help desk's 100,000-row export is not read name by name: the first ones, and a count.
        for input in uncovered.iter().take(MAX_LISTED) {
            append_text(document, &list, "li", input);
        }
        let rest = total.saturating_sub(MAX_LISTED);
        if rest > 0 {
            append_text(
                document,
                &list,
                "li",
                &fill(Msg::P_AND_MORE.get(ui), &[("n", &rest.to_string())]),
            )
            .set_class_name("more");
        }
        let _ = more.append_child(&list);
        let _ = result.append_child(&more);
    }
    let notes_data = items(report, "notes");
    if !notes_data.is_empty() {
        let notes = el(document, "ul", &[("id", "notes")]);
        for note in notes_data.iter().take(MAX_LISTED) {
            let line = fill(
                Msg::P_LINE.get(ui),
                &[
                    ("line", &number(note, "line").to_string()),
                    ("message", text(note, "message")),
                ],
            );
            append_text(document, &notes, "li", &line);
        }
        if notes_data.len() > MAX_LISTED {
            let rest = (notes_data.len() - MAX_LISTED).to_string();
            append_text(
                document,
                &notes,
                "li",
                &fill(Msg::P_MORE_SKIPPED.get(ui), &[("n", &rest)]),
            )
            .set_class_name("more");
        }
        let _ = result.append_child(&notes);
    }
    if policy.get("lifecycle").map(|l| text(l, "state")) == Some("draft") {
        let _ = result.set_attribute("data-draft", "true");
    }
    render_summary(document, result, report, speech);
}

/// Draws one finding the policy has something to say about into the findings list.
fn render_finding(document: &Document, list: &Element, finding: &serde_json::Value, language: &str, speech: &Speech) {
    let ui = speech.ui;
    let outcome = text(finding, "outcome");
    let input = text(finding, "input");
    let item = el(document, "li", &[("data-outcome", outcome), ("class", "finding")]);
    let head = el(document, "p", &[]);
    append_text(document, &head, "strong", input);
    let _ = head.append_child(&document.create_text_node(" — "));
    append_text(document, &head, "span", outcome_label(outcome, ui)).set_class_name("verdict");
    let _ = item.append_child(&head);
    append_text(document, &item, "p", text(finding, "explanation")).set_class_name("why");
    if outcome == "possible_match" {
        let name = finding.get("app").map_or("?", |a| text(a, "name"));
        let buttons = el(document, "p", &[("class", "choices")]);
        for (choice, label) in [
            ("confirm", fill(Msg::P_YES_IT_IS.get(ui), &[("name", name)])),
            ("dismiss", Msg::P_NO_OTHER.get(ui).to_owned()),
        ] {
            let button = el(
                document,
                "button",
                &[("type", "button"), ("data-choice", choice), ("data-entry", input)],
            );
            button.set_text_content(Some(&label));
            let _ = buttons.append_child(&button);
        }
        let _ = item.append_child(&buttons);
    }
    // The policy's own texts, in the policy's language.
    let details = el(document, "dl", &[("lang", language)]);
    let add = |label: &str, text: &str| {
        let _ = append_text(document, &details, "dt", label).set_attribute("lang", ui.tag());
        append_text(document, &details, "dd", text);
    };
    for (label, key) in [(Msg::F_IF_NOT, "consequence"), (Msg::F_WHY, "reason")] {
        if let Some(text) = some_text(finding, key) {
            add(label.get(ui), text);
        }
    }
    let steps_all = items(finding, "how_to_remove");
    for steps in steps_all {
        let platform = match some_text(steps, "platform") {
            Some("ios") => Some("iPhone, iPad".to_owned()),
            Some("android") => Some("Android".to_owned()),
            Some(other) => Some(other.to_owned()),
            None if steps_all.len() > 1 => Some(Msg::F_OTHER_DEVICES.get(ui).to_owned()),
            None => None,
        };
        let label = match platform {
            Some(platform) => fill(Msg::F_REMOVE_ON.get(ui), &[("platform", &platform)]),
            None => Msg::F_REMOVE.get(ui).to_owned(),
        };
        add(&label, text(steps, "steps"));
    }
    for (label, key) in [
        (Msg::F_STILL_ALLOWED, "still_allowed"),
        (Msg::F_EXCEPTIONS, "exception"),
        (Msg::F_NOTE, "note"),
    ] {
        if let Some(text) = some_text(finding, key) {
            add(label.get(ui), text);
        }
    }
    if let Some(browser) = finding.get("in_browser") {
        let label = outcome_label(text(browser, "outcome"), ui);
        let line = match some_text(browser, "note") {
            Some(note) => format!("{label} — {note}"),
            None => label.to_owned(),
        };
        add(Msg::F_IN_BROWSER.get(ui), &line);
    }
    let _ = item.append_child(&details);
    let _ = list.append_child(&item);
}

/// A summary to keep or share: the policy, when, the answer and a count — never an
/// app from the list.
fn render_summary(document: &Document, result: &Element, report: &serde_json::Value, speech: &Speech) {
    let ui = speech.ui;
    let section = el(
        document,
        "section",
        &[("id", "summary"), ("aria-labelledby", "summary-title")],
    );
    append_text(document, &section, "h2", Msg::K_TITLE.get(ui)).set_id("summary-title");
    append_text(document, &section, "p", Msg::K_NOTE.get(ui)).set_class_name("summary-note");
    let p = report.get("policy").cloned().unwrap_or_default();
    let overall = report.get("overall").cloned().unwrap_or_default();
    let checked = local_time(&js_sys::Date::new_0(), &speech.locale).unwrap_or_default();
    let lines = [
        fill(
            Msg::K_POLICY.get(ui),
            &[
                ("title", text(&p, "title")),
                ("id", text(&p, "id")),
                ("version", &number(&p, "version").to_string()),
            ],
        ),
        fill(Msg::K_CHECKED.get(ui), &[("when", &checked)]),
        fill(Msg::K_RESULT.get(ui), &[("message", text(&overall, "message"))]),
        fill(Msg::K_ACT_ON.get(ui), &[("n", &number(&overall, "act_on").to_string())]),
    ];
    append_text(document, &section, "pre", &lines.join("\n")).set_id("summary-text");
    let actions = el(document, "p", &[("class", "summary-actions")]);
    for (id, msg) in [("copy-summary", Msg::K_COPY), ("print-summary", Msg::K_PRINT)] {
        let button = el(document, "button", &[("type", "button"), ("id", id)]);
        button.set_text_content(Some(msg.get(ui)));
        let _ = actions.append_child(&button);
    }
    let _ = section.append_child(&actions);
    let _ = section.append_child(&el(document, "p", &[("id", "copy-status"), ("role", "status")]));
    let _ = result.append_child(&section);
}
