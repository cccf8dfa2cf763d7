//! The browser layer: renders the widget into the page and runs checks on events.
//!
//! This is the only module that knows it runs in a browser. It reads the clock
//! (`Date.now()`), fetches the policy from the page's own origin, and builds the DOM
//! with `textContent` only, so nothing from a policy or a pasted list can become
//! markup. The pasted list and the answers are read from the form, passed to the
//! core, and never stored or sent.

use std::rc::Rc;

use chrono::{DateTime, Utc};
use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Document, Element, HtmlFormElement, HtmlInputElement, HtmlTextAreaElement, Response,
};

use crate::api;
use crate::evaluate::{evaluate, Context};
use crate::list::parse_list;
use crate::policy::{load_policy, Device, Policy, Service};
use crate::report::{summarise, Outcome, Report};

/// Where the page looks for its policy when the host element names none.
const DEFAULT_POLICY: &str = "policies/default.json";

/// Runs a check from JavaScript: the same request and response as
/// [`api::check`], as plain JS objects. Errors are data, never exceptions.
#[wasm_bindgen]
pub fn check(request: JsValue) -> JsValue {
    let response = match serde_wasm_bindgen::from_value::<api::CheckRequest>(request) {
        Ok(request) => api::check(&request),
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

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// Mounts the widget into `root`: fetches the policy it names in `data-policy`,
/// shows it, and wires the form. Failures are shown in the page, never thrown.
#[wasm_bindgen]
pub async fn mount(root: Element) {
    let Some(document) = root.owner_document() else {
        return;
    };
    let url = root
        .get_attribute("data-policy")
        .unwrap_or_else(|| DEFAULT_POLICY.to_owned());
    root.set_text_content(None);
    let loaded = match fetch_text(&url).await {
        Ok(text) => load_policy(text.as_bytes()).map_err(|e| e.to_string()),
        Err(e) => Err(format!(
            "The policy file `{url}` could not be loaded ({e})."
        )),
    };
    match loaded {
        Ok(policy) => render_widget(&document, &root, Rc::new(policy)),
        Err(message) => {
            let section = el(
                &document,
                "section",
                &[
                    ("class", "error"),
                    ("role", "alert"),
                    ("id", "policy-error"),
                ],
            );
            append_text(&document, &section, "h2", "Can't tell — ask the help desk");
            append_text(&document, &section, "p", "This policy could not be read, so no app can be checked against it. Please contact your IT help desk.");
            append_text(&document, &section, "pre", &message);
            let _ = root.append_child(&section);
        }
    }
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| "network error".to_owned())?;
    let response: Response = response
        .dyn_into()
        .map_err(|_| "not a response".to_owned())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|_| "unreadable body".to_owned())?)
        .await
        .map_err(|_| "unreadable body".to_owned())?;
    text.as_string()
        .ok_or_else(|| "the body is not text".to_owned())
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

fn radio_group(
    document: &Document,
    form: &Element,
    name: &str,
    legend: &str,
    options: &[(&str, &str)],
) {
    let fieldset = el(document, "fieldset", &[]);
    append_text(document, &fieldset, "legend", legend);
    for (value, label_text) in options {
        let id = format!("{name}-{value}");
        let label = el(document, "label", &[("for", &id)]);
        let input = el(
            document,
            "input",
            &[
                ("type", "radio"),
                ("name", name),
                ("value", value),
                ("id", &id),
            ],
        );
        let _ = label.append_child(&input);
        let _ = label.append_child(&document.create_text_node(label_text));
        let _ = fieldset.append_child(&label);
    }
    let _ = form.append_child(&fieldset);
}

fn render_widget(document: &Document, root: &Element, policy: Rc<Policy>) {
    let summary = summarise(&policy, now());
    let header = el(
        document,
        "section",
        &[("id", "policy"), ("aria-labelledby", "policy-title")],
    );
    let title = append_text(document, &header, "h2", &summary.title);
    title.set_id("policy-title");
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
    }
    if let Some(text) = &summary.summary {
        append_text(document, &header, "p", text).set_class_name("summary");
    }
    let _ = root.append_child(&header);

    let form = el(
        document,
        "form",
        &[("id", "check-form"), ("novalidate", "")],
    );
    let devices: Vec<(&str, &str)> = Device::ALL
        .iter()
        .map(|d| {
            (
                d.as_str(),
                match d {
                    Device::Phone => "Phone",
                    Device::Tablet => "Tablet",
                    Device::Laptop => "Laptop or desktop",
                },
            )
        })
        .collect();
    radio_group(
        document,
        &form,
        "device",
        "Which device is this about?",
        &devices,
    );
    radio_group(
        document,
        &form,
        "email",
        "Does this device reach company email?",
        &[("yes", "Yes"), ("no", "No")],
    );
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
    let button = el(document, "button", &[("type", "submit"), ("id", "check")]);
    button.set_text_content(Some("Check"));
    let _ = form.append_child(&button);
    let _ = root.append_child(&form);

    let result = el(
        document,
        "section",
        &[("id", "result"), ("aria-live", "polite")],
    );
    let _ = root.append_child(&result);

    let Ok(form_element) = form.clone().dyn_into::<HtmlFormElement>() else {
        return;
    };
    let document = document.clone();
    // Not passive: the default submit would put the answers into the URL.
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&form, "submit", options, move |event| {
        event.prevent_default();
        let context = read_context(&form_element);
        let text = textarea
            .dyn_ref::<HtmlTextAreaElement>()
            .map(HtmlTextAreaElement::value)
            .unwrap_or_default();
        let report = evaluate(&policy, &parse_list(&text), &context, now());
        render_report(&document, &result, &report);
    })
    .forget();
}

fn checked_value(form: &HtmlFormElement, name: &str) -> Option<String> {
    let selector = format!("input[name=\"{name}\"]:checked");
    let input = form.query_selector(&selector).ok()??;
    input.dyn_into::<HtmlInputElement>().ok().map(|i| i.value())
}

fn read_context(form: &HtmlFormElement) -> Context {
    let mut context = Context {
        device: checked_value(form, "device")
            .as_deref()
            .and_then(Device::parse),
        ..Context::default()
    };
    if let Some(answer) = checked_value(form, "email") {
        context.services.insert(Service::Email, answer == "yes");
    }
    context
}

fn render_report(document: &Document, result: &Element, report: &Report) {
    result.set_text_content(None);
    let answer = serde_json::to_value(report.overall.answer)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    let overall = el(
        document,
        "p",
        &[("id", "overall"), ("data-answer", &answer)],
    );
    overall.set_text_content(Some(&report.overall.message));
    let _ = result.append_child(&overall);

    let list = el(document, "ul", &[("id", "findings")]);
    let mut uncovered = Vec::new();
    for finding in &report.findings {
        if finding.outcome == Outcome::NotCovered {
            uncovered.push(finding.input.as_str());
            continue;
        }
        let outcome = serde_json::to_value(finding.outcome)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        let item = el(
            document,
            "li",
            &[("data-outcome", &outcome), ("class", "finding")],
        );
        let head = el(document, "p", &[]);
        append_text(document, &head, "strong", &finding.input);
        let _ = head.append_child(&document.create_text_node(" — "));
        append_text(document, &head, "span", finding.outcome.label()).set_class_name("verdict");
        let _ = item.append_child(&head);
        append_text(document, &item, "p", &finding.explanation).set_class_name("why");
        let details = el(document, "dl", &[]);
        for (label, text) in [
            ("If you don't", &finding.consequence),
            ("Why", &finding.reason),
            ("How to remove", &finding.how_to_remove),
            ("Still allowed", &finding.still_allowed),
            ("Note", &finding.note),
        ] {
            if let Some(text) = text {
                append_text(document, &details, "dt", label);
                append_text(document, &details, "dd", text);
            }
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
        for input in uncovered {
            append_text(document, &items, "li", input);
        }
        let _ = more.append_child(&items);
        let _ = result.append_child(&more);
    }
    if !report.notes.is_empty() {
        let notes = el(document, "ul", &[("id", "notes")]);
        for note in &report.notes {
            append_text(
                document,
                &notes,
                "li",
                &format!("Line {}: {}", note.line, note.message),
            );
        }
        let _ = result.append_child(&notes);
    }
    append_text(
        document,
        result,
        "p",
        &format!("Questions? {}", report.policy.issuer.contact),
    )
    .set_class_name("contact");
}
