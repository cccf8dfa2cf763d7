//! The worker's report read back from the structured clone it crosses as: field by
//! field, by hand, into the typed [`Report`] the views draw from.
//!
//! The worker writes the report with [`to_js`] (serde-wasm-bindgen, as `check()` does);
//! reading it back through serde-wasm-bindgen's derived readers cost the module 88 KB
//! (28 KB gzip), one visitor per type inlined into one function. Each reader here is the
//! `Deserialize` derive's contract written out: the same camelCase keys, a missing or
//! `null` optional member is `None`, a `#[serde(default)]` member its default. It is
//! stricter than the derive in one way: an object with a key no reader asked for is
//! refused, so a field added to the report and not here fails the round-trip tests
//! (`tests/web.rs`) instead of vanishing from the page. A report that cannot be read is
//! the worker's failure, never a partial answer.

use std::cell::{Cell, RefCell};

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::Lang;
use crate::list::{Account, Format, Mention};
use crate::policy::{Device, Ownership, Platform, Status};
use crate::recognise::MatchedBy;
use crate::report::{
    Answer, AppRef, BrowserUse, DeadlineReport, DeviceAnswer, DeviceApp, Finding, Fleet, FleetCounts, IssuerSummary,
    LifecycleReport, LifecycleState, Note, Outcome, Overall, PolicySummary, ReadAs, RemovalSteps, Report,
};
use crate::unit_enum::UnitEnum;

thread_local! {
    /// The keys asked for so far (about 80), as JS strings, by the address of their text.
    static KEYS: RefCell<Vec<(usize, JsValue)>> = const { RefCell::new(Vec::new()) };
}

/// A value of this type read from what [`to_js`] made of one; `None` for any other shape.
pub(super) trait FromJs: Sized {
    fn from_js(value: &JsValue) -> Option<Self>;
}

/// An object being read: the members asked for that are there are counted, so that
/// [`object`] can refuse an object with a member no reader asked for.
pub(super) struct Members<'a> {
    object: &'a JsValue,
    read: Cell<u32>,
}

impl Members<'_> {
    /// The member `key`, `None` when it is missing or `null`.
    #[inline(never)]
    fn value(&self, key: &'static str) -> Option<JsValue> {
        // Each key made into a JS string once, not once per object: a long list's report
        // has thousands of objects (the page's task reading it took 55 ms without this).
        let value = KEYS
            .with(|keys| {
                let mut keys = keys.borrow_mut();
                let at = key.as_ptr() as usize;
                if let Some((_, known)) = keys.iter().find(|(address, _)| *address == at) {
                    return Reflect::get(self.object, known);
                }
                let made = JsValue::from_str(key);
                let value = Reflect::get(self.object, &made);
                keys.push((at, made));
                value
            })
            .ok()?;
        if value.is_undefined() {
            return None;
        }
        self.read.set(self.read.get() + 1);
        (!value.is_null()).then_some(value)
    }

    /// A member that must be there.
    fn must<T: FromJs>(&self, key: &'static str) -> Option<T> {
        T::from_js(&self.value(key)?)
    }

    /// A member that may be missing or `null` (`Some(None)`); `None` when it is there
    /// with another shape.
    fn may<T: FromJs>(&self, key: &'static str) -> Option<Option<T>> {
        match self.value(key) {
            None => Some(None),
            Some(value) => T::from_js(&value).map(Some),
        }
    }

    /// A `#[serde(skip)]` field, which is never written: its default (`key` is not read).
    fn never<T: Default>(&self, _key: &'static str) -> Option<T> {
        Some(T::default())
    }

    /// A `#[serde(default)]` member: its default when missing.
    fn or_default<T: FromJs + Default>(&self, key: &'static str) -> Option<T> {
        self.may(key).map(Option::unwrap_or_default)
    }
}

/// `value` read as an object by `read`, when it is a plain object and `read` asked for
/// every member it has.
fn object<T>(value: &JsValue, read: impl FnOnce(&Members<'_>) -> Option<T>) -> Option<T> {
    let members = members(value)?;
    let out = read(&members)?;
    all_read(&members).then_some(out)
}

#[inline(never)]
fn members(value: &JsValue) -> Option<Members<'_>> {
    (value.is_object() && !Array::is_array(value)).then_some(Members {
        object: value,
        read: Cell::new(0),
    })
}

#[inline(never)]
fn all_read(members: &Members<'_>) -> bool {
    Object::keys(members.object.unchecked_ref::<Object>()).length() == members.read.get()
}

/// [`FromJs`] for a struct read member by member: each field with how it is read
/// (`must`, `may`, `or_default`, `never`) and, when it is not the field's name, its
/// camelCase key (`read_as "readAs": must`).
macro_rules! members {
    ($type:ident { $($field:ident $($key:literal)?: $how:ident),+ $(,)? }) => {
        impl FromJs for $type {
            fn from_js(value: &JsValue) -> Option<Self> {
                object(value, |m| Some($type { $($field: m.$how(members!(@key $field $($key)?))?),+ }))
            }
        }
    };
    (@key $field:ident $key:literal) => { $key };
    (@key $field:ident) => { stringify!($field) };
}

/// An object whose member `tag` names its variant (`#[serde(tag = "…")]`), read by
/// `read` from the variant's name.
fn tagged<T>(value: &JsValue, tag: &'static str, read: impl FnOnce(&str, &Members<'_>) -> Option<T>) -> Option<T> {
    object(value, |m| read(&m.must::<String>(tag)?, m))
}

impl FromJs for String {
    fn from_js(value: &JsValue) -> Option<Self> {
        value.as_string()
    }
}

impl FromJs for bool {
    fn from_js(value: &JsValue) -> Option<Self> {
        value.as_bool()
    }
}

/// A whole number from 0 to 2⁵³, as a JS number holds one exactly.
#[inline(never)]
fn whole(value: &JsValue) -> Option<u64> {
    let n = value.as_f64()?;
    ((0.0..=9_007_199_254_740_992.0).contains(&n) && n == (n as u64) as f64).then_some(n as u64)
}

impl FromJs for u64 {
    fn from_js(value: &JsValue) -> Option<Self> {
        whole(value)
    }
}

impl FromJs for usize {
    fn from_js(value: &JsValue) -> Option<Self> {
        whole(value).and_then(|n| usize::try_from(n).ok())
    }
}

impl FromJs for u8 {
    fn from_js(value: &JsValue) -> Option<Self> {
        whole(value).and_then(|n| u8::try_from(n).ok())
    }
}

impl<T: FromJs> FromJs for Vec<T> {
    fn from_js(value: &JsValue) -> Option<Self> {
        let array = value.dyn_ref::<Array>()?;
        // A plain loop: `collect` into an `Option` is an iterator adapter instantiated per type.
        let mut out = Vec::with_capacity(array.length() as usize);
        for i in 0..array.length() {
            out.push(T::from_js(&array.get(i))?);
        }
        Some(out)
    }
}

/// The variant of a unit enum named by the string `value`.
fn word<T: UnitEnum>(value: &JsValue) -> Option<T> {
    let word = value.as_string()?;
    let index = T::NAMES.iter().position(|name| *name == word)?;
    T::VARIANTS.get(index).copied()
}

macro_rules! words {
    ($($name:ty),+) => {
        $(impl FromJs for $name {
            fn from_js(value: &JsValue) -> Option<Self> {
                word(value)
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
    Ownership
);

members!(Report {
    interface_language "interfaceLanguage": must,
    policy: must,
    overall: must,
    read_as "readAs": must,
    findings: must,
    notes: must,
    not_covered_omitted "notCoveredOmitted": or_default,
    devices: may,
});

members!(PolicySummary {
    id: must,
    version: must,
    language: must,
    title: must,
    summary: may,
    issuer: must,
    published: must,
    published_text "publishedText": must,
    status: must,
    lifecycle: must,
    deadline: may,
    exceptions: may,
});

members!(IssuerSummary {
    name: must,
    contact: must,
    email: may,
    phone: may,
    url: may,
});

members!(LifecycleReport {
    state: must,
    message: may,
    notice: may,
    superseded_by "supersededBy": may,
});

members!(DeadlineReport {
    at: may,
    text: must,
    overdue: must,
});

members!(Overall {
    answer: must,
    message: must,
    act_on "actOn": must,
});

members!(ReadAs {
    format: must,
    label: must,
    entries: must,
    account: must,
});

members!(Account {
    lines: must,
    entries: must,
    structure: must,
    unread: must,
});

members!(Note {
    line: must,
    message: must,
});

members!(AppRef { id: must, name: must });

members!(RemovalSteps {
    platform: may,
    steps: must,
    standard: or_default,
});

members!(BrowserUse {
    outcome: must,
    rule: must,
    note: may,
});

impl FromJs for MatchedBy {
    fn from_js(value: &JsValue) -> Option<Self> {
        tagged(value, "by", |by, m| {
            let value = m.must("value")?;
            Some(match by {
                "android_package" => MatchedBy::AndroidPackage { value },
                "ios_bundle_id" => MatchedBy::IosBundleId { value },
                "other_id" => MatchedBy::OtherId { value },
                "app_store_id" => MatchedBy::AppStoreId { value },
                "name" => MatchedBy::Name {
                    value,
                    name: m.must("name")?,
                },
                "publisher_prefix" => MatchedBy::PublisherPrefix {
                    value,
                    prefix: m.must("prefix")?,
                },
                "similar_name" => MatchedBy::SimilarName {
                    value,
                    name: m.must("name")?,
                    similarity: m.must("similarity")?,
                },
                _ => return None,
            })
        })
    }
}

impl FromJs for Mention {
    fn from_js(value: &JsValue) -> Option<Self> {
        tagged(value, "kind", |kind, m| {
            Some(match kind {
                "quoted" => Mention::Quoted,
                "section" => Mention::Section {
                    heading: m.must("heading")?,
                },
                "uninstall" => Mention::Uninstall,
                "status" => Mention::Status,
                _ => return None,
            })
        })
    }
}

members!(Finding {
    line: must,
    input: must,
    app: may,
    publisher: may,
    matched_by "matchedBy": may,
    outcome: must,
    rule: may,
    deadline: may,
    consequence: may,
    reason: may,
    how_to_remove "howToRemove": or_default,
    still_allowed "stillAllowed": may,
    exception: may,
    note: may,
    in_browser "inBrowser": may,
    explanation: must,
    due: never,
    in_text "inText": or_default,
    mention: may,
});

members!(Fleet {
    summary: must,
    counts: must,
    devices: must,
});

members!(FleetCounts {
    devices: must,
    must_act "mustAct": must,
    advice: must,
    nothing_to_do "nothingToDo": must,
    waiting: must,
    unread: must,
    no_verdict "noVerdict": must,
});

members!(DeviceAnswer {
    name: must,
    serial: may,
    user: may,
    os: may,
    platform: may,
    kind: may,
    ownership: may,
    answer: must,
    label: must,
    message: must,
    apps: must,
    rows: must,
    unread: must,
    line: must,
});

members!(DeviceApp {
    line: must,
    input: must,
    identifier: may,
    app: may,
    outcome: must,
    verdict: must,
    deadline: may,
});
