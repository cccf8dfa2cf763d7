//! The check's response and the worker's context written as plain JS objects, by hand:
//! the mirror of [`super::from_js`].
//!
//! serde-wasm-bindgen's serializer and the `Serialize` impls it drove for every type of
//! the report cost the module 9 KB of gzip (issue 17). Each writer here is the derive's
//! contract written out: the same camelCase keys in the same order, a member the derive
//! skips (`skip_serializing_if`) left out when it would, every other `None` as `null`,
//! numbers as JS numbers, unit enums as their words, tagged enums with their tag first.
//! The derive stays as the reference: `tests/web.rs` writes every case's response and a
//! report with every field set both ways and wants the same object.

use std::cell::RefCell;

use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;

use super::from_js::with_key;
use crate::api::{CheckResponse, ErrorReport, ErrorSource};
use crate::evaluate::Context;
use crate::i18n::Lang;
use crate::list::{Account, Format, Mention};
use crate::policy::{Answers, Device, Ownership, Platform, Service, Status, Strings};
use crate::recognise::MatchedBy;
use crate::report::{
    Answer, AppRef, BrowserUse, DeadlineReport, DeviceAnswer, DeviceApp, Finding, Fleet, FleetCounts, IssuerSummary,
    LifecycleReport, LifecycleState, Note, Outcome, Overall, PolicySummary, ReadAs, RemovalSteps, Report,
};
use crate::text::FastMap;
use crate::unit_enum::UnitEnum;

/// A value written as the plain JS object (or string, number, array) serde-wasm-bindgen's
/// `json_compatible` serializer would make of it.
pub(super) trait ToJs {
    fn to_js(&self) -> JsValue;
}

#[wasm_bindgen]
extern "C" {
    /// An object made here, written to.
    type Plain;
    /// `object[key] = value` on an object made here: a plain object has no setter to
    /// throw, so no `try` around it as `Reflect.set` has (a long report sets thousands).
    #[wasm_bindgen(method, indexing_setter)]
    fn set(this: &Plain, key: &JsValue, value: &JsValue);
}

/// Sets `object[key]` (the key made into a JS string once).
#[inline(never)]
fn put(object: &Object, key: &'static str, value: &JsValue) {
    with_key(key, |key| object.unchecked_ref::<Plain>().set(key, value));
}

impl ToJs for String {
    fn to_js(&self) -> JsValue {
        string(self)
    }
}

thread_local! {
    /// The JS strings made for responses, by the hash of their text
    /// ([`crate::text::hash_bytes`]): a report says its removal steps, rules and
    /// explanations again on every finding (a 10,000-line check's 400 findings made
    /// 4,000 strings, about 30 different ones), and the policy's title, issuer and
    /// notice again in every response (the page checks again on every change: about 20
    /// texts of each response). A text is kept the second time it is written (`None` the
    /// first): the pasted names, each written once, cost a hash, not a copy. Emptied
    /// after a response once it holds [`MAX_STRINGS`] ([`forget_strings`]). (JS strings
    /// cannot be changed: one shared by two responses is the same to both.)
    static STRINGS: RefCell<FastMap<u64, Option<(String, JsValue)>>> = RefCell::new(FastMap::default());
}

/// Texts remembered at most: a report of many different texts (every line's input) is
/// written without remembering them all.
const MAX_STRINGS: usize = 1024;
/// Texts longer than this are made each time (a policy's notice is shorter).
const MAX_STRING_BYTES: usize = 512;

/// `text` as a JS string: made once for a text said again.
#[inline(never)]
fn string(text: &str) -> JsValue {
    if text.len() > MAX_STRING_BYTES {
        return JsValue::from_str(text);
    }
    let hash = crate::text::hash_bytes(0, text.as_bytes());
    STRINGS.with(|strings| {
        let mut strings = strings.borrow_mut();
        let room = strings.len() < MAX_STRINGS;
        match strings.get_mut(&hash) {
            Some(Some((known, made))) if known == text => made.clone(),
            // (Another text with the same hash: made each time.)
            Some(Some(_)) => JsValue::from_str(text),
            Some(slot @ None) => {
                let made = JsValue::from_str(text);
                *slot = Some((text.to_owned(), made.clone()));
                made
            }
            None => {
                if room {
                    strings.insert(hash, None);
                }
                JsValue::from_str(text)
            }
        }
    })
}

/// After a response: lets go of the strings [`string`] kept once they are
/// [`MAX_STRINGS`] (most of them, then, the texts of one long list), and of the
/// response's not-covered template, which is the response's own.
pub(super) fn forget_strings() {
    STRINGS.with(|strings| {
        let mut strings = strings.borrow_mut();
        if strings.len() >= MAX_STRINGS {
            strings.clear();
        }
    });
    TEMPLATE.with(|t| t.borrow_mut().take());
}

impl ToJs for bool {
    fn to_js(&self) -> JsValue {
        JsValue::from_bool(*self)
    }
}

impl ToJs for usize {
    fn to_js(&self) -> JsValue {
        JsValue::from_f64(*self as f64)
    }
}

impl ToJs for u64 {
    fn to_js(&self) -> JsValue {
        JsValue::from_f64(*self as f64)
    }
}

impl ToJs for u8 {
    fn to_js(&self) -> JsValue {
        JsValue::from_f64(f64::from(*self))
    }
}

/// `None` as `null`, where the derive does not skip it.
impl<T: ToJs> ToJs for Option<T> {
    fn to_js(&self) -> JsValue {
        self.as_ref().map_or(JsValue::NULL, ToJs::to_js)
    }
}

impl<T: ToJs> ToJs for Box<T> {
    fn to_js(&self) -> JsValue {
        T::to_js(self)
    }
}

impl<T: ToJs> ToJs for Vec<T> {
    fn to_js(&self) -> JsValue {
        let array = Array::new_with_length(self.len() as u32);
        for (i, item) in self.iter().enumerate() {
            array.set(i as u32, item.to_js());
        }
        array.into()
    }
}

/// The word a unit enum's value is written as (`"action_required"`).
pub(super) fn word<T: UnitEnum + PartialEq>(value: T) -> &'static str {
    let at = T::VARIANTS.iter().position(|v| *v == value).unwrap_or(0);
    T::NAMES.get(at).copied().unwrap_or("")
}

/// `ToJs` and `FromJs` for the unit enums, one list for both directions: each written
/// as its word and read from it.
macro_rules! words {
    ($($name:ty),+ $(,)?) => {
        $(impl ToJs for $name {
            fn to_js(&self) -> JsValue {
                with_key(word(*self), JsValue::clone)
            }
        }
        impl super::from_js::FromJs for $name {
            fn from_js(value: &JsValue) -> Option<Self> {
                super::from_js::word(value)
            }
        })+
    };
}

words!(
    Lang,
    Status,
    LifecycleState,
    Answer,
    Outcome,
    Format,
    Platform,
    Device,
    Ownership,
    Service,
    ErrorSource
);

/// [`ToJs`] for a struct, member by member in the derive's order: each field with its
/// camelCase key when it is not the field's name, and when the derive skips it
/// (`if none`, `if empty`, `if zero`, `if not`, for `Option::is_none`, `Vec::is_empty`,
/// `is_zero` and `is_false`).
macro_rules! writes {
    ($type:ident { $($field:ident $($key:literal)? $(if $skip:ident)? $(by $writer:ident)?),+ $(,)? }) => {
        impl ToJs for $type {
            fn to_js(&self) -> JsValue {
                let object = Object::new();
                $(if !writes!(@skip self.$field $(, $skip)?) {
                    put(&object, writes!(@key $field $($key)?), &writes!(@write self.$field $(, $writer)?));
                })+
                object.into()
            }
        }
    };
    (@skip $value:expr) => { false };
    (@skip $value:expr, none) => { $value.is_none() };
    (@skip $value:expr, empty) => { $value.is_empty() };
    (@skip $value:expr, zero) => { $value == 0 };
    (@skip $value:expr, not) => { !$value };
    (@key $field:ident $key:literal) => { $key };
    (@key $field:ident) => { stringify!($field) };
    (@write $value:expr) => { $value.to_js() };
    (@write $value:expr, $writer:ident) => { $writer(&$value) };
}

/// An object with its tag member first (`#[serde(tag = "…")]`).
fn tagged(tag: &'static str, variant: &str) -> Object {
    let object = Object::new();
    put(&object, tag, &string(variant));
    object
}

impl ToJs for CheckResponse {
    fn to_js(&self) -> JsValue {
        let object = match self {
            CheckResponse::Success { report } => {
                let object = tagged("status", "success");
                put(&object, "report", &report.to_js());
                object
            }
            CheckResponse::Failure { errors } => {
                let object = tagged("status", "failure");
                put(&object, "errors", &errors.to_js());
                object
            }
        };
        object.into()
    }
}

writes!(ErrorReport {
    source,
    message,
    help,
    pointer if none,
    line if none,
    column if none,
});

writes!(Report {
    interface_language "interfaceLanguage",
    policy,
    overall,
    read_as "readAs",
    findings by findings,
    notes,
    not_covered_omitted "notCoveredOmitted" if zero,
    devices if none,
});

writes!(PolicySummary {
    id,
    version,
    language,
    title,
    summary if none,
    issuer,
    published,
    published_text "publishedText",
    status,
    lifecycle,
    deadline if none,
    exceptions if none,
});

writes!(IssuerSummary {
    name,
    contact,
    email if none,
    phone if none,
    url if none,
});

writes!(LifecycleReport {
    state,
    message if none,
    notice if none,
    superseded_by "supersededBy" if none,
});

writes!(DeadlineReport {
    at if none,
    text,
    overdue,
});

writes!(Overall {
    answer,
    message,
    act_on "actOn",
});

writes!(ReadAs {
    format,
    label,
    entries,
    account,
});

writes!(Account {
    lines,
    entries,
    structure,
    unread,
});

writes!(Note { line, message });

writes!(AppRef { id, name });

writes!(RemovalSteps {
    platform if none,
    steps,
    standard if not,
});

writes!(BrowserUse {
    outcome,
    rule,
    note if none,
});

impl ToJs for MatchedBy {
    fn to_js(&self) -> JsValue {
        let (by, value) = match self {
            MatchedBy::AndroidPackage { value } => ("android_package", value),
            MatchedBy::IosBundleId { value } => ("ios_bundle_id", value),
            MatchedBy::OtherId { value } => ("other_id", value),
            MatchedBy::AppStoreId { value } => ("app_store_id", value),
            MatchedBy::Name { value, .. } => ("name", value),
            MatchedBy::PublisherPrefix { value, .. } => ("publisher_prefix", value),
            MatchedBy::SimilarName { value, .. } => ("similar_name", value),
        };
        let object = tagged("by", by);
        put(&object, "value", &value.to_js());
        match self {
            MatchedBy::Name { name, .. } => put(&object, "name", &name.to_js()),
            MatchedBy::PublisherPrefix { prefix, .. } => put(&object, "prefix", &prefix.to_js()),
            MatchedBy::SimilarName { name, similarity, .. } => {
                put(&object, "name", &name.to_js());
                put(&object, "similarity", &similarity.to_js());
            }
            _ => {}
        }
        object.into()
    }
}

impl ToJs for Mention {
    fn to_js(&self) -> JsValue {
        let object = match self {
            Mention::Quoted => tagged("kind", "quoted"),
            Mention::Section { heading } => {
                let object = tagged("kind", "section");
                put(&object, "heading", &heading.to_js());
                object
            }
            Mention::Uninstall => tagged("kind", "uninstall"),
            Mention::Status => tagged("kind", "status"),
        };
        object.into()
    }
}

/// A line the policy does not name, with nothing but its line, input and explanation:
/// most of a long report.
fn plain_not_covered(f: &Finding) -> bool {
    // (Every member named, so that a new one must be thought about here.)
    let Finding {
        line: _,
        input: _,
        app,
        publisher,
        matched_by,
        outcome,
        rule,
        deadline,
        consequence,
        reason,
        how_to_remove,
        still_allowed,
        exception,
        note,
        in_browser,
        explanation: _,
        due: _,
        in_text,
        mention,
    } = f;
    *outcome == Outcome::NotCovered
        && app.is_none()
        && publisher.is_none()
        && matched_by.is_none()
        && rule.is_none()
        && deadline.is_none()
        && consequence.is_none()
        && reason.is_none()
        && how_to_remove.is_empty()
        && still_allowed.is_none()
        && exception.is_none()
        && note.is_none()
        && in_browser.is_none()
        && !in_text
        && mention.is_none()
}

thread_local! {
    /// The last not-covered finding written whole, with its explanation: the next one
    /// with the same explanation is a copy of it with its own line and input.
    static TEMPLATE: RefCell<Option<(String, Object)>> = const { RefCell::new(None) };
}

/// The findings, each as [`Finding::to_js`] writes it, with the inputs of the lines the
/// policy does not name made into JS strings together: one text of them all, decoded
/// once, and each a slice of it (a 100-line report had decoded 100 short texts).
fn findings(findings: &[Finding]) -> JsValue {
    let mut joined = String::new();
    let mut ends = Vec::new();
    let mut units = 0u32;
    for f in findings.iter().filter(|f| plain_not_covered(f)) {
        joined.push_str(&f.input);
        units += if f.input.is_ascii() {
            f.input.len() as u32
        } else {
            f.input.chars().map(|c| c.len_utf16() as u32).sum()
        };
        ends.push(units);
    }
    let all: js_sys::JsString = JsValue::from_str(&joined).unchecked_into();
    // (The two keys every copy is given, looked up once.)
    let keys = [with_key("line", JsValue::clone), with_key("input", JsValue::clone)];
    let array = Array::new_with_length(findings.len() as u32);
    let mut ends = ends.into_iter();
    let mut start = 0;
    for (i, f) in findings.iter().enumerate() {
        let item = match plain_not_covered(f).then(|| ends.next()).flatten() {
            Some(end) => {
                let input = all.substring(start, end);
                start = end;
                not_covered(f, &input, &keys)
            }
            None => f.to_js(),
        };
        array.set(i as u32, item);
    }
    array.into()
}

#[inline(never)]
fn not_covered(f: &Finding, input: &JsValue, [line_key, input_key]: &[JsValue; 2]) -> JsValue {
    TEMPLATE.with(|t| {
        let mut t = t.borrow_mut();
        let template = match t.as_ref() {
            Some((text, template)) if *text == f.explanation => template.clone(),
            _ => {
                let made = f.to_js().unchecked_into::<Object>();
                *t = Some((f.explanation.clone(), made.clone()));
                return made.into();
            }
        };
        let object = Object::assign(&Object::new(), &template);
        let plain = object.unchecked_ref::<Plain>();
        plain.set(line_key, &f.line.to_js());
        plain.set(input_key, input);
        object.into()
    })
}

writes!(Finding {
    line,
    input,
    app if none,
    publisher if none,
    matched_by "matchedBy" if none,
    outcome,
    rule if none,
    deadline if none,
    consequence if none,
    reason if none,
    how_to_remove "howToRemove" if empty,
    still_allowed "stillAllowed" if none,
    exception if none,
    note if none,
    in_browser "inBrowser" if none,
    explanation,
    in_text "inText" if not,
    mention if none,
});

writes!(Fleet {
    summary,
    counts,
    devices,
});

writes!(FleetCounts {
    devices,
    must_act "mustAct",
    advice,
    nothing_to_do "nothingToDo",
    waiting,
    unread,
    no_verdict "noVerdict",
});

writes!(DeviceAnswer {
    name,
    serial if none,
    user if none,
    os if none,
    platform if none,
    kind if none,
    ownership if none,
    answer,
    label,
    message,
    apps,
    rows,
    unread,
    line,
});

writes!(DeviceApp {
    line,
    input,
    identifier if none,
    app if none,
    outcome,
    verdict,
    deadline if none,
});

/// Yes or no per word, as an object in the words' order (`{ "email": true }`).
impl ToJs for Answers<Service> {
    fn to_js(&self) -> JsValue {
        let object = Object::new();
        for (service, yes) in self.iter() {
            let plain: &Plain = object.unchecked_ref();
            plain.set(&with_key(word(service), JsValue::clone), &JsValue::from_bool(yes));
        }
        object.into()
    }
}

/// A set of strings as an array, sorted.
impl ToJs for Strings {
    fn to_js(&self) -> JsValue {
        let array = Array::new();
        for item in self.iter() {
            array.push(&string(item));
        }
        array.into()
    }
}

writes!(Context {
    device if none,
    platform if none,
    ownership if none,
    services if empty,
    region if none,
    language if none,
    confirmed if empty,
    dismissed if empty,
    none_of_these if not,
});
