//! The policy file and the policy index read by hand from the JSON value the first,
//! strict read made (`Source::json`, which has already refused a key given twice): each
//! object's members by name, as `#[derive(Deserialize)]` with `deny_unknown_fields` reads
//! them, with serde's words for what is wrong (`unknown field`, `missing field`, `invalid
//! type`, `unknown variant`) in the JSON terms authors know.
//!
//! The derived readers of `raw` and `index` stay as the reference: the tests below hold
//! this reader to them on the published policies and index and on every one-mistake
//! mutation of them (and `tests/invalid.rs` holds it to each malformed file's message). Reading through the derives cost the Wasm module 24 KB of gzip (a visitor per
//! type, instantiated for serde_json's text reader); this is one small function a type.
//!
//! Three differences, all on purpose: an object's members are checked in key order, not
//! in the file's order, so a file with several mistakes may be told a different one
//! first; an enum word that is not a string is "invalid type: …, expected one of …"
//! where serde_json says only "expected value"; and a list where an object belongs is
//! refused, where the derive reads a struct from a list of its fields' values in order
//! (and `"applies_to": []` as "any").

use crate::json::{Map, Value};

use super::index::{IndexEntry, RawIndex};
use super::raw::{
    RawApp, RawAppliesTo, RawDays, RawDeadline, RawEffective, RawIssuer, RawPolicy, RawPublisher, RawRule,
    RawSuperseded, RawText, RawWithdrawn, RemovalPlatform,
};
use super::{Device, Ownership, Platform, Service, Status, Usage, Verdict};
use crate::diagnostic::{member, wrong, Diagnostic, Source};
use crate::unit_enum::UnitEnum;

/// The help under every error of this reader.
const HELP: &str = "see docs/policy-format.md for this field";

/// A value read from the JSON value at a place (a JSON pointer).
pub(crate) trait Read: Sized {
    fn read(source: &Source<'_>, value: &Value, at: &str) -> Result<Self, Diagnostic>;
}

/// `text` in double quotes as `{:?}` writes it (`"a\"b\n"`), for what people write:
/// quotes, backslashes and control characters escaped, and the invisible characters
/// (`text::is_invisible`) as `\u{…}`. Unlike `{:?}`, another character Unicode calls
/// unprintable (unassigned, or a combining mark first) is written as it is: the
/// standard library's tables for it cost the Wasm module 2.8 KB of gzip.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c if c.is_control() || crate::text::is_invisible(c) => {
                out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What `value` is, in serde's words for an unexpected value (`integer `5``, `string
/// "x"`), with JSON's names for lists and objects.
fn found(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) if n.is_f64() => format!("floating point `{n}`"),
        Value::Number(n) => format!("integer `{n}`"),
        Value::String(s) => format!("string {}", quoted(s)),
        Value::Array(_) => "a list".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    }
}

#[inline(never)]
fn invalid_type(source: &Source<'_>, value: &Value, at: &str, expected: &str) -> Diagnostic {
    wrong!(
        source,
        at,
        format!("invalid type: {}, expected {expected}", found(value)),
        HELP
    )
}

/// `` `a` ``, `` `a` or `b` ``, `` one of `a`, `b`, `c` ``: serde's list of what was expected.
fn one_of(names: &[&str]) -> String {
    match names {
        [one] => format!("`{one}`"),
        [a, b] => format!("`{a}` or `{b}`"),
        _ => format!("one of `{}`", names.join("`, `")),
    }
}

/// The members of an object being read, at its pointer.
pub(crate) struct Members<'v, 's, 't> {
    source: &'s Source<'t>,
    object: &'v Map,
    at: &'s str,
}

/// The object at `at`, refusing a member not in `known` (in the order serde lists them).
#[inline(never)]
fn object<'v, 's, 't>(
    source: &'s Source<'t>,
    value: &'v Value,
    at: &'s str,
    known: &[&str],
) -> Result<Members<'v, 's, 't>, Diagnostic> {
    let object = value
        .as_object()
        .ok_or_else(|| invalid_type(source, value, at, "an object `{…}`"))?;
    if let Some(unknown) = object.keys().find(|key| !known.contains(&key.as_str())) {
        return Err(wrong!(
            source,
            member(at, unknown),
            format!("unknown field `{unknown}`, expected {}", one_of(known)),
            HELP,
        ));
    }
    Ok(Members { source, object, at })
}

impl Members<'_, '_, '_> {
    /// A member that must be there (`null` is read as a value, as serde reads it).
    fn must<T: Read>(&self, key: &str) -> Result<T, Diagnostic> {
        match self.object.get(key) {
            Some(value) => T::read(self.source, value, &member(self.at, key)),
            None => Err(wrong!(self.source, self.at, format!("missing field `{key}`"), HELP)),
        }
    }

    /// An optional member: `None` when it is missing or `null`.
    fn may<T: Read>(&self, key: &str) -> Result<Option<T>, Diagnostic> {
        match self.object.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(value) => T::read(self.source, value, &member(self.at, key)).map(Some),
        }
    }

    /// `how_to_remove`: an object of removal steps by platform, as sorted pairs; none
    /// when it is missing.
    fn removal_steps(&self, key: &str) -> Result<Vec<(RemovalPlatform, RawText)>, Diagnostic> {
        let Some(steps) = self.object.get(key) else {
            return Ok(Vec::new());
        };
        let source = self.source;
        pairs(
            source,
            steps,
            &member(self.at, key),
            "an object `{…}`",
            |name, place| variant::<RemovalPlatform>(source, name, place),
            |text, place| RawText::read(source, text, place),
        )
    }

    /// A member with a default (`#[serde(default)]`): the default when it is missing.
    fn or_default<T: Read + Default>(&self, key: &str) -> Result<T, Diagnostic> {
        match self.object.get(key) {
            None => Ok(T::default()),
            Some(value) => T::read(self.source, value, &member(self.at, key)),
        }
    }
}

impl Read for String {
    fn read(source: &Source<'_>, value: &Value, at: &str) -> Result<Self, Diagnostic> {
        match value {
            Value::String(s) => Ok(s.clone()),
            _ => Err(invalid_type(source, value, at, "a string")),
        }
    }
}

/// What serde's `u64` and `u32` expect, in words.
const WHOLE: &str = "a whole number, 0 or more";

impl Read for u64 {
    fn read(source: &Source<'_>, value: &Value, at: &str) -> Result<Self, Diagnostic> {
        match value {
            Value::Number(n) if n.is_u64() => n.as_u64().ok_or_else(|| invalid_type(source, value, at, WHOLE)),
            Value::Number(n) if n.is_i64() => Err(wrong!(
                source,
                at,
                format!("invalid value: integer `{n}`, expected {WHOLE}"),
                HELP
            )),
            _ => Err(invalid_type(source, value, at, WHOLE)),
        }
    }
}

impl Read for u32 {
    fn read(source: &Source<'_>, value: &Value, at: &str) -> Result<Self, Diagnostic> {
        let n = u64::read(source, value, at)?;
        u32::try_from(n).map_err(|_| {
            wrong!(
                source,
                at,
                format!("invalid value: integer `{n}`, expected {WHOLE}"),
                HELP
            )
        })
    }
}

impl<T: Read> Read for Vec<T> {
    fn read(source: &Source<'_>, value: &Value, at: &str) -> Result<Self, Diagnostic> {
        let items = value
            .as_array()
            .ok_or_else(|| invalid_type(source, value, at, "a list `[…]`"))?;
        // A plain loop: `collect` into a `Result` is an iterator adapter instantiated per type.
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            out.push(T::read(source, item, &format!("{at}/{i}"))?);
        }
        Ok(out)
    }
}

/// The variant of a unit enum that the string `word` names.
fn variant<T: UnitEnum>(source: &Source<'_>, word: &str, at: &str) -> Result<T, Diagnostic> {
    T::NAMES
        .iter()
        .position(|name| *name == word)
        .and_then(|i| T::VARIANTS.get(i).copied())
        .ok_or_else(|| {
            wrong!(
                source,
                at,
                format!("unknown variant `{word}`, expected {}", one_of(T::NAMES)),
                HELP,
            )
        })
}

macro_rules! words {
    ($($name:ty),+) => {
        $(impl Read for $name {
            fn read(source: &Source<'_>, value: &Value, at: &str) -> Result<Self, Diagnostic> {
                match value {
                    Value::String(word) => variant(source, word, at),
                    _ => Err(invalid_type(source, value, at, &one_of(<$name as UnitEnum>::NAMES))),
                }
            }
        })+
    };
}

words!(Status, Verdict, Device, Platform, Ownership, Service, Usage);

/// A JSON object's members as sorted pairs, read by `key` and `value`, as `raw` keeps
/// them (a `BTreeMap`'s order).
fn pairs<K: Ord, V>(
    source: &Source<'_>,
    value: &Value,
    at: &str,
    expected: &str,
    key: impl Fn(&str, &str) -> Result<K, Diagnostic>,
    value_of: impl Fn(&Value, &str) -> Result<V, Diagnostic>,
) -> Result<Vec<(K, V)>, Diagnostic> {
    let object = value
        .as_object()
        .ok_or_else(|| invalid_type(source, value, at, expected))?;
    let mut pairs = Vec::with_capacity(object.len());
    for (name, item) in object {
        let place = member(at, name);
        pairs.push((key(name, &place)?, value_of(item, &place)?));
    }
    Ok(crate::small_sort::map_of(pairs))
}

impl Read for RawText {
    fn read(source: &Source<'_>, value: &Value, at: &str) -> Result<Self, Diagnostic> {
        const EXPECTED: &str = "a text, or an object of texts by language such as {\"en\": \"…\"}";
        match value {
            Value::String(s) => Ok(RawText::Plain(s.clone())),
            Value::Object(_) => pairs(
                source,
                value,
                at,
                EXPECTED,
                |name, _| Ok(name.to_owned()),
                |text, place| String::read(source, text, place),
            )
            .map(RawText::ByLanguage),
            _ => Err(invalid_type(source, value, at, EXPECTED)),
        }
    }
}

impl Read for RawDeadline {
    fn read(source: &Source<'_>, value: &Value, at: &str) -> Result<Self, Diagnostic> {
        match value {
            Value::String(s) => Ok(RawDeadline::At(s.clone())),
            Value::Object(_) => RawDays::read(source, value, at).map(RawDeadline::AfterPublication),
            _ => Err(invalid_type(
                source,
                value,
                at,
                "\"immediately\", a date and time such as \"2020-07-10T23:59:00-04:00\", or {\"days_after_publication\": 30}",
            )),
        }
    }
}

/// [`Read`] for a struct read member by member: each field with how it is read (`must`,
/// `may`, `or_default`, or another [`Members`] method of their shape) and, when it is not
/// the field's name, its key (`json_schema "$schema": may`). The keys, in this order,
/// are also the ones the object may have, as serde lists them.
macro_rules! members {
    ($type:ident { $($field:ident $($key:literal)?: $how:ident),+ $(,)? }) => {
        impl Read for $type {
            fn read(source: &Source<'_>, value: &Value, at: &str) -> Result<Self, Diagnostic> {
                let m = object(source, value, at, &[$(members!(@key $field $($key)?)),+])?;
                Ok($type { $($field: m.$how(members!(@key $field $($key)?))?),+ })
            }
        }
    };
    (@key $field:ident $key:literal) => { $key };
    (@key $field:ident) => { stringify!($field) };
}

members!(RawDays {
    days_after_publication: must
});

members!(RawPolicy {
    json_schema "$schema": may,
    schema: must,
    id: must,
    version: must,
    languages: may,
    title: must,
    summary: may,
    issuer: must,
    published: must,
    time_zone: may,
    effective: may,
    expires: may,
    status: must,
    withdrawn: may,
    superseded: may,
    exceptions: may,
    publishers: or_default,
    apps: must,
    rules: must,
});

members!(RawIssuer {
    name: must,
    contact: must,
    email: may,
    phone: may,
    url: may,
});

members!(RawEffective { from: may, until: may });

members!(RawWithdrawn { at: must, notice: must });

members!(RawSuperseded {
    by: must,
    at: may,
    notice: may,
});

members!(RawPublisher {
    id: must,
    name: must,
    aliases: or_default,
    android_prefixes: or_default,
    ios_prefixes: or_default,
    sources: or_default,
});

members!(RawApp {
    id: must,
    name: must,
    aliases: or_default,
    android_packages: or_default,
    ios_bundle_ids: or_default,
    app_store_ids: or_default,
    other_ids: or_default,
    publisher: may,
    sources: or_default,
});

members!(RawRule {
    id: must,
    apps: or_default,
    publishers: or_default,
    applies_to: or_default,
    verdict: must,
    deadline: may,
    consequence: may,
    reason: may,
    still_allowed: may,
    exception: may,
    note: may,
    how_to_remove: removal_steps,
});

members!(RawAppliesTo {
    devices: or_default,
    platforms: or_default,
    ownership: or_default,
    services: or_default,
    regions: or_default,
    usage: or_default,
});

members!(RawIndex {
    json_schema "$schema": may,
    schema: must,
    policies: must,
    default: must,
});

members!(IndexEntry {
    id: must,
    file: must,
    title: must,
    signature: may,
    status: may,
});

#[cfg(test)]
mod quoted_tests {
    /// Quoted as `{:?}` quotes a string, for every ASCII character and the invisible
    /// ones, and for letters of other scripts.
    #[test]
    fn strings_are_quoted_as_debug_quotes_them() {
        let mut texts: Vec<String> = (0u8..=127).map(|b| format!("a{}b", char::from(b))).collect();
        texts.extend(
            [
                '\u{ad}', '\u{200b}', '\u{202e}', '\u{2066}', '\u{feff}', '\u{85}', 'é', 'ß', '抖', 'ت', '😀',
            ]
            .iter()
            .map(|c| format!("x{c}y")),
        );
        texts.push("TikTok \"Lite\"\\n".to_owned());
        for text in texts {
            assert_eq!(
                super::quoted(&text),
                format!("{text:?}"),
                "{:?}",
                text.chars().collect::<Vec<_>>()
            );
        }
    }
}

#[cfg(test)]
mod tests {
    //! The derived readers of `raw` and `index` are the reference: on the published
    //! policies and index, and on each of thousands of one-mistake mutations of them, this reader accepts what they accept, with the same value, and refuses what
    //! they refuse, with the same words.

    use serde_json::Value;

    use super::{RawIndex, RawPolicy, Read};
    use crate::diagnostic::Source;

    /// A derived reader's error in the words the loader used to give it (serde's type
    /// names made JSON's), to compare with this reader's.
    fn derived_words(e: &serde_json::Error) -> String {
        let full = e.to_string();
        let mut out = full
            .get(..full.rfind(" at line ").unwrap_or(full.len()))
            .unwrap_or(&full)
            .to_owned();
        for (rust, json) in [
            ("expected u64", "expected a whole number, 0 or more"),
            ("expected u32", "expected a whole number, 0 or more"),
            ("invalid type: sequence", "invalid type: a list"),
            ("invalid type: map", "invalid type: an object"),
            ("expected a sequence", "expected a list `[…]`"),
            ("expected a map", "expected an object `{…}`"),
        ] {
            out = out.replace(rust, json);
        }
        if let Some(start) = out.find("expected struct ") {
            out.truncate(start);
            out.push_str("expected an object `{…}`");
        }
        out
    }

    /// Reads `value` both ways; `Err` with both answers when they differ.
    fn agree<T: Read + for<'de> serde::Deserialize<'de>>(
        value: &Value,
        same: impl Fn(&T, &T) -> bool,
    ) -> Result<bool, String> {
        let text = value.to_string();
        let source = Source::new(&text, "the file");
        let derived = serde_json::from_str::<T>(&text);
        let read = crate::json::parse(&text, crate::json::Repeated::Refused).map_err(|e| format!("not JSON: {e:?}"))?;
        let hand = T::read(&source, &read, "");
        match (derived, hand) {
            (Ok(a), Ok(b)) if same(&a, &b) => Ok(true),
            (Ok(_), Ok(_)) => Err("both read it, to different values".to_owned()),
            (Err(d), Err(h)) => {
                let d = derived_words(&d);
                // On purpose: an enum word that is not a string (serde_json: "expected value").
                let enum_word = h.message.starts_with("invalid type: ")
                    && (h.message.contains(", expected one of `") || h.message.contains(", expected `"));
                if d == h.message || enum_word || list_for_object(&h.message) {
                    Ok(false)
                } else {
                    Err(format!("derived: {d}\nhand:    {}", h.message))
                }
            }
            (Ok(_), Err(h)) if list_for_object(&h.message) => Ok(false),
            (Ok(_), Err(h)) => Err(format!("only the derive read it; hand: {}", h.message)),
            (Err(d), Ok(_)) => Err(format!("only the hand reader read it; derived: {d}")),
        }
    }

    /// On purpose: a list where an object belongs is refused (the derive reads a struct
    /// from a list of its fields' values in order, and one whose fields all have
    /// defaults from `[]`).
    fn list_for_object(message: &str) -> bool {
        message == "invalid type: a list, expected an object `{…}`"
    }

    fn same_policy(a: &RawPolicy, b: &RawPolicy) -> bool {
        serde_json::to_value(a).ok() == serde_json::to_value(b).ok()
    }

    fn same_index(a: &RawIndex, b: &RawIndex) -> bool {
        (&a.json_schema, a.schema, &a.policies, &a.default) == (&b.json_schema, b.schema, &b.policies, &b.default)
    }

    /// The published example policies, the index, and a case's own policy (the malformed
    /// policies of `tests/invalid` are held to their exact messages by `tests/invalid.rs`).
    fn files() -> Vec<(&'static str, Value)> {
        macro_rules! files {
            ($($path:literal),+) => {
                vec![$(($path, serde_json::from_str(include_str!(concat!("../../", $path))).unwrap())),+]
            };
        }
        files!(
            "pkg-config/policies/index.json",
            "pkg-config/policies/army-phones-2019.json",
            "pkg-config/policies/bank-tiktok-2020.json",
            "pkg-config/policies/india-2020-ban.json",
            "pkg-config/policies/party-advice-2020.json",
            "pkg-config/policies/retailer-memo-eu.json",
            "pkg-config/policies/retailer-memo-us.json",
            "pkg-config/policies/us-no-tiktok-on-government-devices.json",
            "pkg-config/policies/archive/retailer-memo-eu.v1.json",
            "pkg-config/policies/archive/retailer-memo-us.v1.json",
            "tests/cases/policy-unknown-field/policy.json"
        )
    }

    fn check(name: &str, value: &Value) -> Result<bool, String> {
        if value.get("policies").is_some() {
            agree::<RawIndex>(value, same_index)
        } else {
            agree::<RawPolicy>(value, same_policy)
        }
        .map_err(|why| format!("{name}: {why}"))
    }

    #[test]
    fn every_file_is_read_as_the_derive_reads_it() {
        let results: Vec<bool> = files()
            .iter()
            .map(|(name, value)| check(name, value).unwrap())
            .collect();
        // All are read but the case's, whose policy has a field the format does not know.
        assert_eq!(results.iter().filter(|&&read| read).count(), results.len() - 1);
    }

    /// Every value and member of `value`, by its path of keys and indices.
    fn places(value: &Value, path: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
        out.push(path.clone());
        match value {
            Value::Object(map) => {
                for (key, item) in map {
                    path.push(key.clone().into());
                    places(item, path, out);
                    path.pop();
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    path.push(i.into());
                    places(item, path, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }

    fn at<'v>(value: &'v mut Value, path: &[Value]) -> &'v mut Value {
        path.iter().fold(value, |v, step| match step {
            Value::String(key) => &mut v[key.as_str()],
            step => &mut v[step.as_u64().unwrap() as usize],
        })
    }

    #[test]
    fn one_mistake_anywhere_is_told_as_the_derive_tells_it() {
        let replacements = [
            Value::Null,
            Value::Bool(true),
            5.into(),
            (-1).into(),
            1.5.into(),
            4_294_967_296u64.into(),
            "x".into(),
            "remove".into(),
            serde_json::json!([]),
            serde_json::json!({}),
            serde_json::json!(["x"]),
            serde_json::json!({"en": "x"}),
            serde_json::json!({"days_after_publication": 3}),
        ];
        let (mut refused, mut tried) = (0, 0);
        // The published examples, but the long list of banned apps (the same shapes 59 times).
        let examples = files()
            .into_iter()
            .filter(|(name, value)| name.starts_with("pkg-config") && value.to_string().len() < 20_000);
        for (name, value) in examples {
            let mut paths = Vec::new();
            places(&value, &mut Vec::new(), &mut paths);
            for path in paths {
                let mut variants = Vec::new();
                for replacement in &replacements {
                    let mut changed = value.clone();
                    *at(&mut changed, &path) = replacement.clone();
                    variants.push(changed);
                }
                let mut added = value.clone();
                if let Value::Object(map) = at(&mut added, &path) {
                    map.insert("zz".to_owned(), 1.into());
                    variants.push(added);
                }
                if let Some((Value::String(key), parent)) = path.split_last() {
                    let mut removed = value.clone();
                    if let Value::Object(map) = at(&mut removed, parent) {
                        map.remove(key);
                    }
                    variants.push(removed);
                }
                for variant in variants {
                    tried += 1;
                    let ok = check(&format!("{name} at {path:?}"), &variant).unwrap();
                    refused += usize::from(!ok);
                }
            }
        }
        assert!(tried > 5_000 && refused > tried / 3, "{refused} of {tried} refused");
    }
}
