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
                let index = match keys.iter().position(|(address, _)| *address == at) {
                    Some(index) => index,
                    None => {
                        keys.push((at, JsValue::from_str(key)));
                        keys.len() - 1
                    }
                };
                match keys.get(index) {
                    Some((_, key)) => Reflect::get(self.object, key),
                    None => Ok(JsValue::UNDEFINED),
                }
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
        (0..array.length()).map(|i| T::from_js(&array.get(i))).collect()
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

impl FromJs for Report {
    fn from_js(value: &JsValue) -> Option<Self> {
        object(value, |m| {
            Some(Report {
                interface_language: m.must("interfaceLanguage")?,
                policy: m.must("policy")?,
                overall: m.must("overall")?,
                read_as: m.must("readAs")?,
                findings: m.must("findings")?,
                notes: m.must("notes")?,
                not_covered_omitted: m.or_default("notCoveredOmitted")?,
                devices: m.may("devices")?,
            })
        })
    }
}

impl FromJs for PolicySummary {
    fn from_js(value: &JsValue) -> Option<Self> {
        object(value, |m| {
            Some(PolicySummary {
                id: m.must("id")?,
                version: m.must("version")?,
                language: m.must("language")?,
                title: m.must("title")?,
                summary: m.may("summary")?,
                issuer: m.must("issuer")?,
                published: m.must("published")?,
                published_text: m.must("publishedText")?,
                status: m.must("status")?,
                lifecycle: m.must("lifecycle")?,
                deadline: m.may("deadline")?,
                exceptions: m.may("exceptions")?,
            })
        })
    }
}

impl FromJs for IssuerSummary {
    fn from_js(value: &JsValue) -> Option<Self> {
        object(value, |m| {
            Some(IssuerSummary {
                name: m.must("name")?,
                contact: m.must("contact")?,
                email: m.may("email")?,
                phone: m.may("phone")?,
                url: m.may("url")?,
            })
        })
    }
}

impl FromJs for LifecycleReport {
    fn from_js(value: &JsValue) -> Option<Self> {
        object(value, |m| {
            Some(LifecycleReport {
                state: m.must("state")?,
                message: m.may("message")?,
                notice: m.may("notice")?,
                superseded_by: m.may("supersededBy")?,
            })
        })
    }
}

impl FromJs for DeadlineReport {
    fn from_js(value: &JsValue) -> Option<Self> {
        object(value, |m| {
            Some(DeadlineReport {
                at: m.may("at")?,
                text: m.must("text")?,
                overdue: m.must("overdue")?,
            })
        })
    }
}

impl FromJs for Overall {
    fn from_js(value: &JsValue) -> Option<Self> {
        object(value, |m| {
            Some(Overall {
                answer: m.must("answer")?,
                message: m.must("message")?,
                act_on: m.must("actOn")?,
            })
        })
    }
}

impl FromJs for ReadAs {
    fn from_js(value: &JsValue) -> Option<Self> {
        object(value, |m| {
            Some(ReadAs {
                format: m.must("format")?,
                label: m.must("label")?,
                entries: m.must("entries")?,
                account: m.must("account")?,
            })
        })
    }
}

impl FromJs for Account {
    fn from_js(value: &JsValue) -> Option<Self> {
        object(value, |m| {
            Some(Account {
                lines: m.must("lines")?,
                entries: m.must("entries")?,
                structure: m.must("structure")?,
                unread: m.must("unread")?,
            })
        })
    }
}

impl FromJs for Note {
    fn from_js(value: &JsValue) -> Option<Self> {
        object(value, |m| {
            Some(Note {
                line: m.must("line")?,
                message: m.must("message")?,
            })
        })
    }
}

impl FromJs for AppRef {
    fn from_js(value: &JsValue) -> Option<Self> {
        object(value, |m| {
            Some(AppRef {
                id: m.must("id")?,
                name: m.must("name")?,
            })
        })
    }
}

impl FromJs for RemovalSteps {
    fn from_js(value: &JsValue) -> Option<Self> {
        object(value, |m| {
            Some(RemovalSteps {
                platform: m.may("platform")?,
                steps: m.must("steps")?,
                standard: m.or_default("standard")?,
            })
        })
    }
}

impl FromJs for BrowserUse {
    fn from_js(value: &JsValue) -> Option<Self> {
        object(value, |m| {
            Some(BrowserUse {
                outcome: m.must("outcome")?,
                rule: m.must("rule")?,
                note: m.may("note")?,
            })
        })
    }
}

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

impl FromJs for Finding {
    fn from_js(value: &JsValue) -> Option<Self> {
        object(value, |m| {
            Some(Finding {
                line: m.must("line")?,
                input: m.must("input")?,
                app: m.may("app")?,
                publisher: m.may("publisher")?,
                matched_by: m.may("matchedBy")?,
                outcome: m.must("outcome")?,
                rule: m.may("rule")?,
                deadline: m.may("deadline")?,
                consequence: m.may("consequence")?,
                reason: m.may("reason")?,
                how_to_remove: m.or_default("howToRemove")?,
                still_allowed: m.may("stillAllowed")?,
                exception: m.may("exception")?,
                note: m.may("note")?,
                in_browser: m.may("inBrowser")?,
                explanation: m.must("explanation")?,
                // Never written (`#[serde(skip)]`): the page has the deadline's text.
                due: None,
                in_text: m.or_default("inText")?,
                mention: m.may("mention")?,
            })
        })
    }
}

impl FromJs for Fleet {
    fn from_js(value: &JsValue) -> Option<Self> {
        object(value, |m| {
            Some(Fleet {
                summary: m.must("summary")?,
                counts: m.must("counts")?,
                devices: m.must("devices")?,
            })
        })
    }
}

impl FromJs for FleetCounts {
    fn from_js(value: &JsValue) -> Option<Self> {
        object(value, |m| {
            Some(FleetCounts {
                devices: m.must("devices")?,
                must_act: m.must("mustAct")?,
                advice: m.must("advice")?,
                nothing_to_do: m.must("nothingToDo")?,
                waiting: m.must("waiting")?,
                unread: m.must("unread")?,
                no_verdict: m.must("noVerdict")?,
            })
        })
    }
}

impl FromJs for DeviceAnswer {
    fn from_js(value: &JsValue) -> Option<Self> {
        object(value, |m| {
            Some(DeviceAnswer {
                name: m.must("name")?,
                serial: m.may("serial")?,
                user: m.may("user")?,
                os: m.may("os")?,
                platform: m.may("platform")?,
                kind: m.may("kind")?,
                ownership: m.may("ownership")?,
                answer: m.must("answer")?,
                label: m.must("label")?,
                message: m.must("message")?,
                apps: m.must("apps")?,
                rows: m.must("rows")?,
                unread: m.must("unread")?,
                line: m.must("line")?,
            })
        })
    }
}

impl FromJs for DeviceApp {
    fn from_js(value: &JsValue) -> Option<Self> {
        object(value, |m| {
            Some(DeviceApp {
                line: m.must("line")?,
                input: m.must("input")?,
                identifier: m.may("identifier")?,
                app: m.may("app")?,
                outcome: m.must("outcome")?,
                verdict: m.must("verdict")?,
                deadline: m.may("deadline")?,
            })
        })
    }
}
