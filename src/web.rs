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
use crate::evaluate::{evaluate, questions, Context, Question};
use crate::list::parse_list;
use crate::policy::{load_index, load_policy, Device, Ownership, Policy, PolicyIndex, Service};
use crate::report::{count, summarise, LifecycleState, Outcome, PolicySummary, Report};
use crate::site::{load_site, Site};
use crate::trust::{check_rollback, decide, key_for, load_signature, load_trust, read_seen, write_seen, Verification};

/// At most this many apps the policy does not name are listed by name.
const MAX_LISTED: usize = 200;

/// Where the page looks for the index when the host element names none.
const DEFAULT_INDEX: &str = "policies/index.json";

/// Runs a check from JavaScript: the same request and response as
/// [`api::check`], as plain JS objects. Errors are data, never exceptions.
#[wasm_bindgen]
pub fn check(request: JsValue) -> JsValue {
    let response = match serde_wasm_bindgen::from_value::<api::CheckRequest>(request) {
        Ok(request) => api::check(&request, nfkc),
        Err(e) => api::CheckResponse::Failure {
            errors: vec![api::ErrorReport::request_error(
                format!("the check request is not understood: {e}"),
                "pass { policy, list, context, now }",
            )],
        },
    };
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&response, &serializer).unwrap_or(JsValue::NULL)
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
    if link.language.is_none() {
        link.language = web_sys::window().and_then(|w| w.navigator().language());
    }
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
    if let (true, Some(window)) = (first, web_sys::window()) {
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
    what: &'static str,
    detail: String,
    index: Option<PolicyIndex>,
    contact: Option<String>,
}

/// A loaded policy: the index it was found in (none when the element named a file).
struct Loaded {
    index: Option<PolicyIndex>,
    policy: Policy,
    verification: Verification,
}

impl Failure {
    fn new(what: &'static str, detail: String, index: Option<&PolicyIndex>) -> Self {
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
    let link = read_link(root);
    // The site's own settings (`data-site`) are a help, not a requirement: without them the page works.
    let site = match root.get_attribute("data-site") {
        Some(url) => fetch_text(&url)
            .await
            .ok()
            .and_then(|text| load_site(text.as_bytes()).ok()),
        None => None,
    };
    let loaded = load(&index_url, &link).await;
    if !is_current(root, &generation) {
        return; // a newer link is being shown
    }
    if let Some(site) = &site {
        show_site(&document, root, site);
    }
    root.set_text_content(None);
    // When a policy's own contact cannot be read, the site's help desk is whom to ask.
    let loaded = loaded.map_err(|f| Failure {
        contact: f.contact.or_else(|| site.as_ref().map(|s| s.help_desk.contact.clone())),
        ..f
    });
    match loaded {
        Ok(loaded) => render_widget(
            &document,
            root,
            Rc::new(loaded.policy),
            loaded.index.as_ref(),
            link.language,
            &loaded.verification,
        ),
        Err(f) => show_error(&document, root, f.what, &f.detail, f.index.as_ref(), f.contact),
    }
}

/// Fetches the index and the policy the link names (or the one file the element
/// names), verifies and loads it strictly.
async fn load(index_url: &str, link: &Link) -> Result<Loaded, Failure> {
    // Where the policy is, which id it must have, and its signature file.
    let (index, url, expected_id, signature_url) = match &link.file {
        Some(file) => (None, file.clone(), None, link.signature.clone()),
        None => {
            let text = fetch_text(index_url).await.map_err(|e| {
                Failure::new(
                    "The list of published policies could not be loaded.",
                    format!("{index_url}: {e}"),
                    None,
                )
            })?;
            let index = load_index(text.as_bytes())
                .map_err(|e| Failure::new("The list of published policies could not be read.", e.to_string(), None))?;
            let id = link.policy.clone().unwrap_or_else(|| index.default.clone());
            let Some(entry) = index.find(&id).cloned() else {
                let message = format!(
                    "This link names the policy `{id}`, which is not published here. The published policies are listed below."
                );
                return Err(Failure::new("Unknown policy.", message, Some(&index)));
            };
            let base = index_url
                .rsplit_once('/')
                .map_or(String::new(), |(dir, _)| format!("{dir}/"));
            let signature = entry.signature.as_ref().map(|file| format!("{base}{file}"));
            (Some(index), format!("{base}{}", entry.file), Some(entry.id), signature)
        }
    };
    let index = index.as_ref();
    let text = fetch_text(&url)
        .await
        .map_err(|e| Failure::new("This policy could not be loaded.", format!("{url}: {e}"), index))?;
    // Signed? Verified before anything of the policy is shown.
    let trust_url = link.trust.clone();
    let trust = match fetch_text(&trust_url).await {
        Ok(text) => load_trust(text.as_bytes())
            .map_err(|e| Failure::new("This site's trusted keys could not be read.", e, index))?,
        Err(e) => {
            return Err(Failure::new(
                "This site's trusted keys could not be loaded.",
                format!("{trust_url}: {e}"),
                index,
            ))
        }
    };
    let signature = match &signature_url {
        Some(sig_url) => Some(fetch_text(sig_url).await.map_err(|e| {
            Failure::new(
                "This policy's signature could not be loaded.",
                format!("{sig_url}: {e}"),
                index,
            )
        })?),
        None => None,
    };
    let mut valid = false;
    if let Some(file) = signature.as_deref().and_then(|s| load_signature(s.as_bytes()).ok()) {
        if let Some(key) = key_for(&trust, &file) {
            valid = webcrypto_verify(&key.public_key, &file.signature, text.as_bytes())
                .await
                .map_err(|e| Failure::new("This policy could not be verified.", e, index))?;
        }
    }
    let verification = decide(&trust, signature.as_deref().map(str::as_bytes), |_, _| valid);
    if let Verification::Refused { reason } = &verification {
        return Err(Failure {
            contact: crate::policy::contact_hint(text.as_bytes(), link.language.as_deref()),
            ..Failure::new("This policy could not be verified.", reason.clone(), index)
        });
    }
    match load_policy(text.as_bytes()) {
        Ok(policy) if expected_id.as_ref().is_none_or(|id| *id == policy.id) => {
            remember_version(&policy)
                .map_err(|reason| Failure::new("This policy could not be verified.", reason, index))?;
            Ok(Loaded {
                index: index.cloned(),
                policy,
                verification,
            })
        }
        Ok(policy) => {
            let detail = format!(
                "{url} holds the policy `{}`, not `{}`.",
                policy.id,
                expected_id.unwrap_or_default()
            );
            Err(Failure::new("The policy file does not match the list.", detail, index))
        }
        Err(e) => Err(Failure {
            contact: crate::policy::contact_hint(text.as_bytes(), link.language.as_deref()),
            ..Failure::new("This policy could not be read.", e.to_string(), index)
        }),
    }
}

/// The organisation (and its logo) in the page's masthead.
fn show_site(document: &Document, root: &Element, site: &Site) {
    // The page's own masthead, beside the widget: never a heading of a host page
    // that embeds the widget as `<app-check>` (its shadow root has no masthead).
    let Some(heading) = root
        .parent_element()
        .and_then(|parent| parent.query_selector(".masthead h1").ok().flatten())
    else {
        return;
    };
    heading.set_text_content(Some(&format!("App check — {}", site.organisation)));
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
fn show_error(
    document: &Document,
    root: &Element,
    what: &str,
    detail: &str,
    index: Option<&PolicyIndex>,
    contact: Option<String>,
) {
    let section = el(
        document,
        "section",
        &[("class", "error"), ("role", "alert"), ("id", "policy-error")],
    );
    append_text(document, &section, "h2", "Can't tell — ask the help desk");
    append_text(document, &section, "p", &format!("{what} No app can be checked against it, so this page cannot tell you whether you need to do anything. Please contact your IT help desk."));
    if let Some(contact) = contact {
        append_text(document, &section, "p", &format!("Help desk: {contact}")).set_class_name("contact");
    }
    append_text(document, &section, "pre", detail);
    let _ = root.append_child(&section);
    if let Some(index) = index {
        policy_list(document, root, index, None);
    }
}

/// Links to the published policies (never carrying anything about the device).
fn policy_list(document: &Document, root: &Element, index: &PolicyIndex, current: Option<&str>) {
    let nav = el(
        document,
        "nav",
        &[("id", "published"), ("aria-labelledby", "published-title")],
    );
    append_text(document, &nav, "h2", "Published policies").set_id("published-title");
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

/// Fetches a file of the site, revalidating with the server every time: a policy
/// withdrawn this afternoon must show as withdrawn on the next visit, whatever the
/// host's caching headers say. (Offline, the service worker answers instead.)
async fn fetch_text(url: &str) -> Result<String, String> {
    if let Some(text) = FILES.with(|files| files.borrow().get(url).cloned()) {
        return Ok(text);
    }
    let window = web_sys::window().ok_or("no window")?;
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| "network error".to_owned())?;
    let response: Response = response.dyn_into().map_err(|_| "not a response".to_owned())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|_| "unreadable body".to_owned())?)
        .await
        .map_err(|_| "unreadable body".to_owned())?;
    text.as_string().ok_or_else(|| "the body is not text".to_owned())
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

/// Refuses a version older than one this browser has seen, and remembers this one.
fn remember_version(policy: &Policy) -> Result<(), String> {
    let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
    let seen = storage
        .as_ref()
        .and_then(|s| s.get_item(SEEN_VERSIONS).ok().flatten())
        .map(|text| read_seen(&text))
        .unwrap_or_default();
    let updated = check_rollback(&seen, &policy.id, policy.version)?;
    if updated != seen {
        if let Some(storage) = storage {
            let _ = storage.set_item(SEEN_VERSIONS, &write_seen(&updated));
        }
    }
    Ok(())
}

/// A deadline in the reader's own time zone and language, with how far away it is:
/// "Your time: Sat, 11 Jul 2020, 05:59 CEST (in 3 hours)". The browser's `Intl` does
/// the calendar, the zone and the words.
fn local_deadline(rfc3339: &str) -> Option<String> {
    let date = js_sys::Date::new(&JsValue::from_str(rfc3339));
    let millis = date.get_time();
    if millis.is_nan() {
        return None;
    }
    let locales = js_sys::Array::new();
    if let Some(language) = web_sys::window().and_then(|w| w.navigator().language()) {
        locales.push(&JsValue::from_str(&language));
    }
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
    let when: String = js_sys::Intl::DateTimeFormat::new(&locales, &options)
        .format()
        .call1(&JsValue::NULL, &date)
        .ok()?
        .as_string()?;
    // How far away, in the largest unit that fits.
    let minutes = (millis - js_sys::Date::now()) / 60_000.0;
    let (value, unit) = if minutes.abs() >= 2.0 * 24.0 * 60.0 {
        (minutes / (24.0 * 60.0), "day")
    } else if minutes.abs() >= 120.0 {
        (minutes / 60.0, "hour")
    } else {
        (minutes, "minute")
    };
    let relative_options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&relative_options, &"numeric".into(), &"auto".into());
    let relative = js_sys::Intl::RelativeTimeFormat::new(&locales, &relative_options).format(value.round(), unit);
    Some(format!("Your time: {when} ({})", String::from(relative)))
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

fn render_header(document: &Document, root: &Element, summary: &PolicySummary) {
    if let Some(message) = &summary.lifecycle.message {
        let state = serde_json::to_value(summary.lifecycle.state)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        let banner = el(
            document,
            "section",
            &[("id", "lifecycle"), ("role", "status"), ("data-state", &state)],
        );
        append_text(document, &banner, "h2", message);
        if let Some(notice) = &summary.lifecycle.notice {
            append_text(document, &banner, "p", notice).set_class_name("notice");
        }
        if let Some(by) = &summary.lifecycle.superseded_by {
            let link = el(document, "a", &[("href", &format!("#policy={by}"))]);
            link.set_text_content(Some("Open the policy that replaces it"));
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
    append_text(
        document,
        &header,
        "p",
        &format!(
            "Issued by {} · published {} · version {}",
            summary.issuer.name, summary.published_text, summary.version
        ),
    )
    .set_class_name("issuer");
    if let Some(deadline) = &summary.deadline {
        let text = if deadline.overdue {
            format!("Deadline: {} (passed)", deadline.text)
        } else {
            format!("Deadline: {}", deadline.text)
        };
        append_text(document, &header, "p", &text).set_class_name("deadline");
        if let Some(at) = &deadline.at {
            if let Some(local) = local_deadline(at) {
                append_text(document, &header, "p", &local).set_class_name("deadline-local");
            }
        }
    }
    if let Some(text) = &summary.summary {
        append_text(document, &header, "p", text).set_class_name("summary");
    }
    let _ = root.append_child(&header);
}

fn render_widget(
    document: &Document,
    root: &Element,
    policy: Rc<Policy>,
    index: Option<&PolicyIndex>,
    language: Option<String>,
    verification: &Verification,
) {
    let summary = summarise(&policy, now(), language.as_deref());
    render_header(document, root, &summary);
    let (state, text) = match verification {
        Verification::Verified { key } => ("verified", format!("Signed by your IT department (key {key}) and verified in this browser.")),
        _ => ("unsigned", "Unsigned: this policy carries no signature, so this page cannot prove it is what your IT department published.".to_owned()),
    };
    if let Some(header) = root.query_selector("#policy").ok().flatten() {
        let badge = el(document, "p", &[("id", "signature"), ("data-state", state)]);
        badge.set_text_content(Some(&text));
        let _ = header.append_child(&badge);
    }
    if !summary.lifecycle.state.gives_verdicts() {
        append_text(document, root, "p", &format!("Questions? {}", summary.issuer.contact)).set_class_name("contact");
        if let Some(index) = index {
            policy_list(document, root, index, Some(&policy.id));
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
    for question in questions(&policy) {
        match question {
            Question::Device => radio_group(
                document,
                &form,
                "device",
                question.text(),
                &[
                    ("phone", "Phone"),
                    ("tablet", "Tablet"),
                    ("computer", "Laptop or desktop"),
                ],
            ),
            Question::Ownership => radio_group(
                document,
                &form,
                "ownership",
                question.text(),
                &[
                    ("company", "My employer (company-owned)"),
                    ("personal", "Me (personal)"),
                ],
            ),
            Question::Service(service) => radio_group(
                document,
                &form,
                service.as_str(),
                question.text(),
                &[("yes", "Yes"), ("no", "No")],
            ),
            Question::Platform => radio_group(
                document,
                &form,
                "platform",
                question.text(),
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
                label.set_text_content(Some(question.text()));
                let _ = fieldset.append_child(&label);
                let select = el(document, "select", &[("id", "region")]);
                for (value, text) in std::iter::once(("", "Choose…"))
                    .chain(policy.regions().into_iter().map(|r| (r, r)))
                    .chain([("other", "Elsewhere")])
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
    let label = el(document, "label", &[("for", "app-list")]);
    label.set_text_content(Some("Your apps, one per line"));
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
    // On an iPhone no app list can be copied: tick the apps the policy names instead.
    let checklist = el(document, "details", &[("id", "checklist")]);
    append_text(
        document,
        &checklist,
        "summary",
        &format!("Or tick the apps you have ({})", policy.apps.len()),
    );
    let boxes = el(document, "fieldset", &[]);
    append_text(document, &boxes, "legend", "Apps this policy names").set_class_name("visually-hidden");
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
    let button = el(document, "button", &[("type", "submit"), ("id", "check")]);
    button.set_text_content(Some("Check"));
    let _ = form.append_child(&button);
    let _ = root.append_child(&form);

    let result = el(document, "section", &[("id", "result"), ("aria-live", "polite")]);
    let _ = root.append_child(&result);
    if let Some(index) = index {
        policy_list(document, root, index, Some(&policy.id));
    }

    let Ok(form_element) = form.clone().dyn_into::<HtmlFormElement>() else {
        return;
    };
    // The employee's answers to "is this TikTok?": in this page's memory only, cleared
    // by every new check.
    let choices: Rc<RefCell<Choices>> = Rc::default();
    let run = {
        let (document, result, choices) = (document.clone(), result.clone(), Rc::clone(&choices));
        Rc::new(move || {
            let mut context = read_context(&form_element);
            context.language.clone_from(&language);
            context.confirmed.clone_from(&choices.borrow().confirmed);
            context.dismissed.clone_from(&choices.borrow().dismissed);
            let mut text = textarea
                .dyn_ref::<HtmlTextAreaElement>()
                .map(HtmlTextAreaElement::value)
                .unwrap_or_default();
            // Ticked apps are checked as if typed after the pasted list.
            if let Ok(ticked) = form_element.query_selector_all("#checklist input:checked") {
                for i in 0..ticked.length() {
                    if let Some(name) = ticked
                        .item(i)
                        .and_then(|n| n.dyn_into::<Element>().ok())
                        .and_then(|e| e.get_attribute("data-app"))
                    {
                        if !text.is_empty() && !text.ends_with('\n') {
                            text.push('\n');
                        }
                        text.push_str(&name);
                        text.push('\n');
                    }
                }
            }
            let report = evaluate(&policy, &parse_list(&text, nfkc), &context, now());
            render_report(&document, &result, &report);
        })
    };
    // Not passive: the default submit would put the answers into the URL.
    let options = EventListenerOptions::enable_prevent_default();
    let on_submit = Rc::clone(&run);
    let submit_choices = Rc::clone(&choices);
    EventListener::new_with_options(&form, "submit", options, move |event| {
        event.prevent_default();
        *submit_choices.borrow_mut() = Choices::default();
        on_submit();
    })
    .forget();
    // "Yes, it is TikTok" / "No, another app" on a possible match.
    let result_for_focus = result.clone();
    EventListener::new(&result, "click", move |event| {
        let Some(button) = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.closest("button[data-choice]").ok().flatten())
        else {
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
        run();
        // The buttons are gone: give the new answer the focus, for keyboards and screen readers.
        if let Some(overall) = result_for_focus.query_selector("#overall").ok().flatten() {
            if let Ok(overall) = overall.dyn_into::<web_sys::HtmlElement>() {
                let _ = overall.focus();
            }
        }
    })
    .forget();
}

/// The employee's answers to possible matches.
#[derive(Default)]
struct Choices {
    confirmed: std::collections::BTreeSet<String>,
    dismissed: std::collections::BTreeSet<String>,
}

fn checked_value(form: &HtmlFormElement, name: &str) -> Option<String> {
    let selector = format!("input[name=\"{name}\"]:checked");
    let input = form.query_selector(&selector).ok()??;
    input.dyn_into::<HtmlInputElement>().ok().map(|i| i.value())
}

fn read_context(form: &HtmlFormElement) -> Context {
    let mut context = Context {
        device: checked_value(form, "device").as_deref().and_then(Device::parse),
        ownership: checked_value(form, "ownership").as_deref().and_then(Ownership::parse),
        platform: checked_value(form, "platform")
            .as_deref()
            .and_then(crate::policy::Platform::parse),
        region: form
            .query_selector("#region")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlSelectElement>().ok())
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

fn word<T: serde::Serialize>(value: T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn render_report(document: &Document, result: &Element, report: &Report) {
    result.set_text_content(None);
    let overall = el(
        document,
        "p",
        &[
            ("id", "overall"),
            ("tabindex", "-1"),
            ("data-answer", &word(report.overall.answer)),
        ],
    );
    overall.set_text_content(Some(&report.overall.message));
    let _ = result.append_child(&overall);
    let read_as = el(
        document,
        "p",
        &[("id", "read-as"), ("data-format", &word(report.read_as.format))],
    );
    read_as.set_text_content(Some(&format!(
        "Read as {}: {}.",
        report.read_as.label,
        count(report.read_as.entries, "app")
    )));
    let _ = result.append_child(&read_as);

    let list = el(document, "ul", &[("id", "findings"), ("lang", &report.policy.language)]);
    let mut uncovered = Vec::new();
    for finding in &report.findings {
        if finding.outcome == Outcome::NotCovered {
            uncovered.push(finding.input.as_str());
            continue;
        }
        let item = el(
            document,
            "li",
            &[("data-outcome", &word(finding.outcome)), ("class", "finding")],
        );
        let head = el(document, "p", &[]);
        append_text(document, &head, "strong", &finding.input);
        let _ = head.append_child(&document.create_text_node(" — "));
        append_text(document, &head, "span", finding.outcome.label()).set_class_name("verdict");
        let _ = item.append_child(&head);
        append_text(document, &item, "p", &finding.explanation).set_class_name("why");
        if finding.outcome == Outcome::PossibleMatch {
            let name = finding.app.as_ref().map_or("it", |a| a.name.as_str());
            let buttons = el(document, "p", &[("class", "choices")]);
            for (choice, label) in [
                ("confirm", format!("Yes, it is {name}")),
                ("dismiss", "No, it is another app".to_owned()),
            ] {
                let button = el(
                    document,
                    "button",
                    &[
                        ("type", "button"),
                        ("data-choice", choice),
                        ("data-entry", &finding.input),
                    ],
                );
                button.set_text_content(Some(&label));
                let _ = buttons.append_child(&button);
            }
            let _ = item.append_child(&buttons);
        }
        let details = el(document, "dl", &[]);
        let add = |label: &str, text: &str| {
            append_text(document, &details, "dt", label);
            append_text(document, &details, "dd", text);
        };
        for (label, text) in [("If you don't", &finding.consequence), ("Why", &finding.reason)] {
            if let Some(text) = text {
                add(label, text);
            }
        }
        for steps in &finding.how_to_remove {
            let label = match steps.platform.as_deref() {
                Some("ios") => "How to remove (iPhone, iPad)".to_owned(),
                Some("android") => "How to remove (Android)".to_owned(),
                Some(other) => format!("How to remove ({other})"),
                None if finding.how_to_remove.len() > 1 => "How to remove (other devices)".to_owned(),
                None => "How to remove".to_owned(),
            };
            add(&label, &steps.steps);
        }
        for (label, text) in [
            ("Still allowed", &finding.still_allowed),
            ("Exceptions", &finding.exception),
            ("Note", &finding.note),
        ] {
            if let Some(text) = text {
                add(label, text);
            }
        }
        if let Some(browser) = &finding.in_browser {
            let text = match &browser.note {
                Some(note) => format!("{} — {note}", browser.outcome.label()),
                None => browser.outcome.label().to_owned(),
            };
            add("In a web browser", &text);
        }
        let _ = item.append_child(&details);
        let _ = list.append_child(&item);
    }
    let _ = result.append_child(&list);

    if !uncovered.is_empty() {
        let more = el(document, "details", &[("id", "not-covered")]);
        append_text(
            document,
            &more,
            "summary",
            &format!("Not named by this policy ({})", uncovered.len()),
        );
        let items = el(document, "ul", &[]);
        // A help desk's 100,000-row export is not read name by name: the first ones, and a count.
        for input in uncovered.iter().take(MAX_LISTED) {
            append_text(document, &items, "li", input);
        }
        if uncovered.len() > MAX_LISTED {
            let rest = uncovered.len() - MAX_LISTED;
            append_text(document, &items, "li", &format!("… and {rest} more")).set_class_name("more");
        }
        let _ = more.append_child(&items);
        let _ = result.append_child(&more);
    }
    if !report.notes.is_empty() {
        let notes = el(document, "ul", &[("id", "notes")]);
        for note in report.notes.iter().take(MAX_LISTED) {
            append_text(document, &notes, "li", &format!("Line {}: {}", note.line, note.message));
        }
        if report.notes.len() > MAX_LISTED {
            let rest = report.notes.len() - MAX_LISTED;
            append_text(document, &notes, "li", &format!("… and {rest} more lines skipped")).set_class_name("more");
        }
        let _ = result.append_child(&notes);
    }
    if report.policy.lifecycle.state == LifecycleState::Draft {
        let _ = result.set_attribute("data-draft", "true");
    }
    append_text(
        document,
        result,
        "p",
        &format!("Questions? {}", report.policy.issuer.contact),
    )
    .set_class_name("contact");
}
