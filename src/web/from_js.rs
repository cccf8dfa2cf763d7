//! The worker's report read back from the structured clone it crosses as: field by
//! field, by hand, into the typed [`Report`] the views draw from; and `check()`'s
//! request and the worker's context read from the plain objects a program or the page
//! gives, with what is wrong said in serde's words ([`problem`]).
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
//!
//! The request and the context were read by serde-wasm-bindgen's derived readers too,
//! the last in the module: with them went serde's messages for every unexpected value
//! (float printing, string escaping) and 12 KB of gzip (issue 17). Their derive stays
//! as the reference: `tests/web.rs` reads requests of every shape both ways and wants
//! the same request or a refusal from both, with one difference on purpose: a `null`
//! for a member that has a default (`context`, `services`, `confirmed`, `dismissed`)
//! is that default, as a missing member is, where the derive refused it.

use std::cell::{Cell, RefCell};

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::api::CheckRequest;
use crate::evaluate::Context;
use crate::policy::{Answers, Service, Strings};
use crate::unit_enum::UnitEnum;

thread_local! {
    /// The keys and words asked for so far (about 90), as JS strings, by the address and
    /// the length of their text (two texts that begin at one address, an empty one or
    /// one the linker laid inside another, are still told apart).
    static KEYS: RefCell<Vec<((usize, usize), JsValue)>> = const { RefCell::new(Vec::new()) };
    /// What was wrong with the last value that could not be read, the innermost first.
    static PROBLEM: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// `f` given `key` as a JS string, made once: a long list's report has thousands of
/// objects (the page's task reading it took 55 ms when each key was made each time).
#[inline(never)]
pub(super) fn with_key<R>(key: &'static str, f: impl FnOnce(&JsValue) -> R) -> R {
    KEYS.with(|keys| {
        let mut keys = keys.borrow_mut();
        // (Sorted by address: a report writes or reads a key thousands of times.)
        let at = (key.as_ptr() as usize, key.len());
        let slot = match keys.binary_search_by_key(&at, |(address, _)| *address) {
            Ok(found) => match keys.get(found) {
                Some((_, known)) => return f(known),
                None => found,
            },
            Err(slot) => slot,
        };
        let made = JsValue::from_str(key);
        let out = f(&made);
        keys.insert(slot, (at, made));
        out
    })
}

/// `T` read from `value`, or what is wrong with it, in serde's words (`missing field
/// \`now\``, `unknown field \`lists\``, `unknown variant \`phablet\`, expected one of …`).
pub(super) fn read<T: FromJs>(value: &JsValue) -> Result<T, String> {
    PROBLEM.with(|p| p.borrow_mut().take());
    T::from_js(value).ok_or_else(|| {
        PROBLEM
            .with(|p| p.borrow_mut().take())
            .unwrap_or_else(|| "invalid type: expected an object".to_owned())
    })
}

/// Says what is wrong, unless something inside it already said it.
#[inline(never)]
fn problem(say: impl FnOnce() -> String) {
    PROBLEM.with(|p| {
        let mut p = p.borrow_mut();
        if p.is_none() {
            *p = Some(say());
        }
    });
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
        let value = with_key(key, |key| Reflect::get(self.object, key)).ok()?;
        if value.is_undefined() {
            return None;
        }
        self.read.set(self.read.get() + 1);
        (!value.is_null()).then_some(value)
    }

    /// A member that must be there.
    fn must<T: FromJs>(&self, key: &'static str) -> Option<T> {
        member(&self.present(key)?, key)
    }

    /// The member `key`, or `None` with the problem said when it is missing or `null`.
    #[inline(never)]
    fn present(&self, key: &'static str) -> Option<JsValue> {
        let value = self.value(key);
        if value.is_none() {
            problem(|| format!("missing field `{key}`"));
        }
        value
    }

    /// A member that may be missing or `null` (`Some(None)`); `None` when it is there
    /// with another shape.
    fn may<T: FromJs>(&self, key: &'static str) -> Option<Option<T>> {
        match self.value(key) {
            None => Some(None),
            Some(value) => member(&value, key).map(Some),
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

/// The member `key`'s `value` read as a `T`, or the problem said.
fn member<T: FromJs>(value: &JsValue, key: &'static str) -> Option<T> {
    let read = T::from_js(value);
    if read.is_none() {
        invalid(key);
    }
    read
}

/// Says that the member `key` has a value of another type (out of line: [`member`] is
/// made for every type of member).
#[inline(never)]
fn invalid(key: &'static str) {
    problem(|| format!("invalid type or value for field `{key}`"));
}

/// `value` read as an object by `read`, when it is a plain object and each member it
/// has is one of `known` (which `read` asks for).
fn object<T>(value: &JsValue, known: &[&str], read: impl FnOnce(&Members<'_>) -> Option<T>) -> Option<T> {
    let members = members(value)?;
    let out = read(&members)?;
    all_read(&members, known).then_some(out)
}

#[inline(never)]
fn members(value: &JsValue) -> Option<Members<'_>> {
    let plain = value.is_object() && !Array::is_array(value);
    if !plain {
        problem(|| "invalid type: expected an object".to_owned());
    }
    plain.then_some(Members {
        object: value,
        read: Cell::new(0),
    })
}

/// Whether every member of the object was read: at once when as many were read as it
/// has (nearly always); else key by key, since a member `undefined` is not read but is
/// no stranger either (`{ device: undefined }`, as serde-wasm-bindgen reads it). `known`
/// names the members for the message.
#[inline(never)]
fn all_read(members: &Members<'_>, known: &[&str]) -> bool {
    let keys = Object::keys(members.object.unchecked_ref::<Object>());
    if keys.length() == members.read.get() {
        return true;
    }
    let (mut undefined, mut stranger) = (0, None);
    for key in keys.iter() {
        if Reflect::get(members.object, &key).is_ok_and(|v| v.is_undefined()) {
            undefined += 1;
        } else if let Some(key) = key.as_string().filter(|k| !known.contains(&k.as_str())) {
            stranger = stranger.or(Some(key));
        }
    }
    if members.read.get() + undefined == keys.length() {
        return true;
    }
    problem(|| match stranger {
        Some(key) => format!("unknown field `{key}`, expected one of `{}`", known.join("`, `")),
        None => format!(
            "a field of another variant, expected only some of `{}`",
            known.join("`, `")
        ),
    });
    false
}

/// [`FromJs`] for a struct read member by member: each field with how it is read
/// (`must`, `may`, `or_default`, `never`) and, when it is not the field's name, its
/// camelCase key (`read_as "readAs": must`).
macro_rules! members {
    ($type:ident { $($field:ident $($key:literal)?: $how:ident),+ $(,)? }) => {
        impl FromJs for $type {
            fn from_js(value: &JsValue) -> Option<Self> {
                const KNOWN: &[&str] = &[$(members!(@key $field $($key)?)),+];
                object(value, KNOWN, |m| Some($type { $($field: m.$how(members!(@key $field $($key)?))?),+ }))
            }
        }
    };
    (@key $field:ident $key:literal) => { $key };
    (@key $field:ident) => { stringify!($field) };
}

/// An object whose member `tag` names its variant (`#[serde(tag = "…")]`), read by
/// `read` from the variant's name.
fn tagged<T>(
    value: &JsValue,
    tag: &'static str,
    known: &[&str],
    read: impl FnOnce(&str, &Members<'_>) -> Option<T>,
) -> Option<T> {
    object(value, known, |m| read(&m.must::<String>(tag)?, m))
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
pub(super) fn word<T: UnitEnum>(value: &JsValue) -> Option<T> {
    let word = value.as_string()?;
    let Some(index) = T::NAMES.iter().position(|name| *name == word) else {
        problem(|| format!("unknown variant `{word}`, expected one of `{}`", T::NAMES.join("`, `")));
        return None;
    };
    T::VARIANTS.get(index).copied()
}

// (The unit enums' `FromJs` is with their `ToJs`: `to_js::words!`, one list for both.)

/// Yes or no per word, read from an object of them (`{ "email": true }`).
impl FromJs for Answers<Service> {
    fn from_js(value: &JsValue) -> Option<Self> {
        members(value)?;
        let mut answers = Answers::default();
        for key in Object::keys(value.unchecked_ref::<Object>()) {
            let yes = Reflect::get(value, &key).ok()?;
            if yes.is_undefined() {
                continue;
            }
            let word = word(&key)?;
            answers.insert(word, member(&yes, "services")?);
        }
        Some(answers)
    }
}

/// A set of strings, read from an array of them.
impl FromJs for Strings {
    fn from_js(value: &JsValue) -> Option<Self> {
        let mut strings = Strings::default();
        for item in Vec::<String>::from_js(value)? {
            strings.insert(item);
        }
        Some(strings)
    }
}

members!(Context {
    device: may,
    platform: may,
    ownership: may,
    services: or_default,
    region: may,
    language: may,
    confirmed: or_default,
    dismissed: or_default,
    none_of_these: or_default,
});

members!(CheckRequest {
    policy: must,
    list: must,
    context: or_default,
    now: must,
    keep_not_covered "keepNotCovered": may,
});

mod report;
