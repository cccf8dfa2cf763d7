//! The policy model: what IT publishes and what the widget obeys.
//!
//! Loading is strict. A policy that is not exactly understood is refused with an
//! error that names the place (a JSON pointer, and the line and column) and says what
//! to do, because a half-understood policy could give an employee a false "you're
//! fine". Once [`load_policy`] has returned a [`Policy`], every reference in it has
//! been checked and every time parsed, so evaluation never re-checks raw JSON.
//!
//! The file format is described field by field in `docs/policy-format.md`; its JSON
//! Schema (`docs/policy.schema.json`) is generated from the types in `raw`.

mod index;
pub mod raw;
mod read;

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

pub use index::{load_index, IndexEntry, PolicyIndex};
use raw::{RawDeadline, RawPolicy, RawText, RemovalPlatform};

use crate::case::Lower;
use crate::diagnostic::{locate, pointer, wrong, Diagnostic, Pointer, Source};
use crate::text::{normalise_name, FastMap};

/// The major version of the policy format this build understands.
pub const SCHEMA_VERSION: u64 = 1;

/// The longest "N days after publication" a deadline can be.
pub const MAX_DEADLINE_DAYS: u32 = 3650;

/// Policies larger than this are refused before parsing.
pub const MAX_POLICY_BYTES: usize = 4 * 1024 * 1024;

/// A policy that loaded and passed every check.
#[derive(Debug, Clone)]
pub struct Policy {
    pub id: String,
    pub version: u64,
    /// Language tags the texts are in; the first is the fallback.
    pub languages: Vec<String>,
    pub title: Text,
    pub summary: Option<Text>,
    pub issuer: Issuer,
    pub published: DateTime<FixedOffset>,
    /// The IANA time zone its wall-clock times are meant in, when it names one.
    pub time_zone: Option<String>,
    pub effective_from: Option<DateTime<FixedOffset>>,
    pub effective_until: Option<DateTime<FixedOffset>>,
    /// After this, the policy may be out of date: it applies, with a warning.
    pub expires: Option<DateTime<FixedOffset>>,
    pub lifecycle: Lifecycle,
    pub exceptions: Option<Text>,
    pub publishers: Vec<Publisher>,
    pub apps: Vec<App>,
    pub rules: Vec<Rule>,
}

/// Text in one or more languages, with the policy's fallback language always present.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// By language tag, sorted by tag, each once; the first entry of
    /// `Policy::languages` is always here.
    by_language: Vec<(String, String)>,
    fallback: String,
}

impl Text {
    /// The text in `language`, or in the fallback language.
    pub fn get(&self, language: Option<&str>) -> &str {
        language
            .and_then(|l| self.find(l).or_else(|| self.find(primary_subtag(l))))
            .or_else(|| self.find(&self.fallback))
            .unwrap_or("")
    }

    fn find(&self, language: &str) -> Option<&str> {
        let at = self
            .by_language
            .binary_search_by(|(l, _)| l.as_str().cmp(language))
            .ok()?;
        self.by_language.get(at).map(|(_, text)| text.as_str())
    }

    /// The languages this text is written in.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.by_language.iter().map(|(l, _)| l.as_str())
    }
}

fn primary_subtag(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

/// Who published the policy and whom to ask.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issuer {
    pub name: Text,
    pub contact: Text,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub url: Option<String>,
}

/// The status word of a policy file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Draft,
    Active,
    Withdrawn,
    Superseded,
}

crate::unit_enum::unit_enum!(Status {
    Draft = "draft",
    Active = "active",
    Withdrawn = "withdrawn",
    Superseded = "superseded"
});

/// Where a policy is in its life, with what the status needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lifecycle {
    /// Not in force: shown for preview only.
    Draft,
    Active,
    /// Withdrawn: no orders, the notice is shown first.
    Withdrawn {
        at: DateTime<FixedOffset>,
        notice: Text,
    },
    /// Replaced by another policy.
    Superseded {
        by: String,
        at: Option<DateTime<FixedOffset>>,
        notice: Option<Text>,
    },
}

/// A publisher, for "any app by" rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publisher {
    pub id: String,
    pub name: String,
    /// Other names it signs its apps with (`Beijing Zitiao Network Technology`, `字节跳动`).
    pub aliases: Vec<String>,
    pub android_prefixes: Vec<String>,
    pub ios_prefixes: Vec<String>,
    pub sources: Vec<String>,
}

/// An app the policy names, with every way people and devices name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct App {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub android_packages: Vec<String>,
    pub ios_bundle_ids: Vec<String>,
    pub app_store_ids: Vec<String>,
    /// Identifiers on other platforms (winget, Microsoft Store, macOS, Flatpak, snap).
    pub other_ids: Vec<String>,
    /// Index into [`Policy::publishers`].
    pub publisher: Option<usize>,
    pub sources: Vec<String>,
}

/// The longest word (characters without a space) a policy's text may have: a word of
/// thousands is a pasted blob, and a browser lays it out in seconds.
pub const MAX_WORD_CHARS: usize = 1_000;

/// Whether a browser may break a line before or after `c` with no space there: the
/// scripts written without spaces between words (Thai, Lao, Khmer, Myanmar; Chinese,
/// Japanese and Korean with their punctuation and full-width forms).
fn breaks_anywhere(c: char) -> bool {
    matches!(c as u32, 0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF | 0x2E80..=0x9FFF | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x3FFFD)
}

macro_rules! word_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $word:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
        pub enum $name {
            $(#[serde(rename = $word)] $variant),+
        }

        crate::unit_enum::unit_enum!($name { $($variant = $word),+ });

        impl Word for $name {
            const ALL: &'static [$name] = $name::ALL;
            fn bit(self) -> u8 {
                1 << (self as u8)
            }
        }

        impl $name {
            /// Every value, in the order the page offers them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word used in files, URLs and the CLI.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }

            /// Reads the word used in files, URLs and the CLI.
            pub fn parse(word: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.as_str() == word)
            }
        }
    };
}

/// A kind of context word ([`Device`], [`Platform`], …): at most eight values, declared
/// in their order (`ALL`), which is also their `Ord`.
pub trait Word: Copy + 'static {
    /// Every value, in their order.
    const ALL: &'static [Self];
    /// The value's bit in a [`Words`] set.
    fn bit(self) -> u8;
}

/// A set of context words of one kind (a rule's devices, platforms, …): one bit per
/// value. It iterates in the words' order, as a `BTreeSet` would, and its `Debug` is a
/// set's; it costs the Wasm module a few bytes where a `BTreeSet` per word type cost
/// its tree and sort code each.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Words<T> {
    bits: u8,
    kind: std::marker::PhantomData<T>,
}

impl<T> Default for Words<T> {
    fn default() -> Self {
        Words {
            bits: 0,
            kind: std::marker::PhantomData,
        }
    }
}

impl<T: Word> Words<T> {
    /// Whether `word` is in the set.
    pub fn contains(&self, word: T) -> bool {
        self.bits & word.bit() != 0
    }

    /// Adds `word`; whether it was new.
    pub fn insert(&mut self, word: T) -> bool {
        let new = !self.contains(word);
        self.bits |= word.bit();
        new
    }

    /// How many words the set holds.
    pub fn len(&self) -> usize {
        self.bits.count_ones() as usize
    }

    /// Whether the set holds no word.
    pub fn is_empty(&self) -> bool {
        self.bits == 0
    }

    /// The words, in their order.
    pub fn iter(&self) -> impl Iterator<Item = T> + '_ {
        T::ALL.iter().copied().filter(|w| self.contains(*w))
    }
}

impl<T: Word> FromIterator<T> for Words<T> {
    fn from_iter<I: IntoIterator<Item = T>>(words: I) -> Self {
        let mut set = Words::default();
        for word in words {
            set.insert(word);
        }
        set
    }
}

impl<T: Word + std::fmt::Debug> std::fmt::Debug for Words<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

/// Yes-or-no answers about context words (which services a device reaches): a map
/// from word to `bool` as two bit sets. It is read and written as the JSON object a
/// `BTreeMap<T, bool>` is (`{"email": true}`: the words' order; the last of a key
/// given twice wins).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Answers<T> {
    known: Words<T>,
    yes: Words<T>,
}

impl<T> Default for Answers<T> {
    fn default() -> Self {
        Answers {
            known: Words::default(),
            yes: Words::default(),
        }
    }
}

impl<T: Word> Answers<T> {
    /// The answer about `word`, if given.
    pub fn get(&self, word: T) -> Option<bool> {
        self.known.contains(word).then(|| self.yes.contains(word))
    }

    /// Records the answer about `word`, replacing any earlier one.
    pub fn insert(&mut self, word: T, yes: bool) {
        self.known.insert(word);
        if yes {
            self.yes.insert(word);
        } else {
            self.yes.bits &= !word.bit();
        }
    }

    /// Whether no answer is given.
    pub fn is_empty(&self) -> bool {
        self.known.is_empty()
    }

    /// The answers, in the words' order.
    pub fn iter(&self) -> impl Iterator<Item = (T, bool)> + '_ {
        self.known.iter().map(|w| (w, self.yes.contains(w)))
    }
}

impl<T: Word> FromIterator<(T, bool)> for Answers<T> {
    fn from_iter<I: IntoIterator<Item = (T, bool)>>(answers: I) -> Self {
        let mut all = Answers::default();
        for (word, yes) in answers {
            all.insert(word, yes);
        }
        all
    }
}

impl<T: Word, const N: usize> From<[(T, bool); N]> for Answers<T> {
    fn from(answers: [(T, bool); N]) -> Self {
        answers.into_iter().collect()
    }
}

impl<T: Word + std::fmt::Debug> std::fmt::Debug for Answers<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<T: Word + Serialize> Serialize for Answers<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

impl<'de, T: Word + Deserialize<'de>> Deserialize<'de> for Answers<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor<T>(std::marker::PhantomData<T>);
        impl<'de, T: Word + Deserialize<'de>> serde::de::Visitor<'de> for Visitor<T> {
            type Value = Answers<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Answers<T>, A::Error> {
                let mut answers = Answers::default();
                while let Some((word, yes)) = map.next_entry::<T, bool>()? {
                    answers.insert(word, yes);
                }
                Ok(answers)
            }
        }
        deserializer.deserialize_map(Visitor(std::marker::PhantomData))
    }
}

/// A set of strings, sorted, each once (a rule's regions; the apps a reader confirmed
/// or dismissed): read from and written as a JSON array as a `BTreeSet<String>` is (sorted, duplicates dropped), in a `Vec` with binary search,
/// which costs the Wasm module no tree code of its own.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Strings(Vec<String>);

impl Strings {
    /// Whether `item` is in the set.
    pub fn contains(&self, item: &str) -> bool {
        self.0.binary_search_by(|s| s.as_str().cmp(item)).is_ok()
    }

    /// Adds `item`; whether it was new.
    pub fn insert(&mut self, item: String) -> bool {
        match self.0.binary_search(&item) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, item);
                true
            }
        }
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The strings, sorted.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }
}

impl FromIterator<String> for Strings {
    fn from_iter<I: IntoIterator<Item = String>>(items: I) -> Self {
        Strings(crate::small_sort::sorted_unique(items.into_iter().collect()))
    }
}

impl<const N: usize> From<[String; N]> for Strings {
    fn from(items: [String; N]) -> Self {
        items.into_iter().collect()
    }
}

impl<'de> Deserialize<'de> for Strings {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<String>::deserialize(deserializer).map(|items| items.into_iter().collect())
    }
}

word_enum! {
    /// A device kind, as the employee answers "which device is this about?".
    Device { Phone = "phone", Tablet = "tablet", Computer = "computer" }
}
word_enum! {
    /// The device's operating system.
    Platform { Ios = "ios", Android = "android", Windows = "windows", Macos = "macos", Linux = "linux", Chromeos = "chromeos" }
}
word_enum! {
    /// Who owns the device.
    Ownership { Company = "company", Personal = "personal" }
}
word_enum! {
    /// A company service a device can reach.
    Service { Email = "email", Chat = "chat", Vpn = "vpn", Files = "files" }
}
word_enum! {
    /// How an app is used: installed, or as its service in a web browser.
    Usage { App = "app", Browser = "browser" }
}

/// Which contexts a rule applies to. An empty set means "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AppliesTo {
    pub devices: Words<Device>,
    pub platforms: Words<Platform>,
    pub ownership: Words<Ownership>,
    /// The rule applies only when the device reaches every one of these services.
    pub services: Words<Service>,
    pub regions: Strings,
    pub usage: Words<Usage>,
}

/// What a rule says about an app. Ordered from least to most strict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// No restriction.
    Allowed,
    /// Advice, not an order.
    Discouraged,
    /// The installed app must go; using the service in a web browser is allowed.
    BrowserOnly,
    /// The app must be removed (prohibited).
    Remove,
}

crate::unit_enum::unit_enum!(Verdict {
    Allowed = "allowed",
    Discouraged = "discouraged",
    BrowserOnly = "browser_only",
    Remove = "remove"
});

/// When a removal must be done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deadline {
    Immediately,
    /// An absolute time; "N days after publication" is resolved to one at load time.
    At(DateTime<FixedOffset>),
}

/// One rule: these apps, in these contexts, get this verdict.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    /// Indices into [`Policy::apps`].
    pub apps: Vec<usize>,
    /// Indices into [`Policy::publishers`].
    pub publishers: Vec<usize>,
    pub applies_to: AppliesTo,
    pub verdict: Verdict,
    pub deadline: Option<Deadline>,
    pub consequence: Option<Text>,
    pub reason: Option<Text>,
    pub still_allowed: Option<Text>,
    pub exception: Option<Text>,
    pub note: Option<Text>,
    /// Removal steps by platform, in the platforms' order, each once; `None` is the
    /// `any` entry, first.
    pub how_to_remove: Vec<(Option<Platform>, Text)>,
}

impl Policy {
    /// Whether the policy orders anything at `now` or later: a rule says `remove` or
    /// `browser_only`, and it is active, or withdrawn or replaced only from a time still
    /// to come (in force until then). Such a policy needs the site's publication
    /// threshold of signatures (`trust::approval`); a withdrawal or replacement already
    /// in effect, a draft, or a policy that only advises or allows needs one, so that a
    /// mistake is undone at once. An order not yet in force (`effective` to come) is an
    /// order.
    pub fn orders_at(&self, now: DateTime<Utc>) -> bool {
        let in_force = match &self.lifecycle {
            Lifecycle::Active => true,
            Lifecycle::Withdrawn { at, .. } | Lifecycle::Superseded { at: Some(at), .. } => *at > now,
            Lifecycle::Superseded { at: None, .. } | Lifecycle::Draft => false,
        };
        in_force
            && self
                .rules
                .iter()
                .any(|rule| matches!(rule.verdict, Verdict::Remove | Verdict::BrowserOnly))
    }

    /// The regions the policy's rules name, for the page's "where are you based?".
    /// Sorted, each once.
    pub fn regions(&self) -> Vec<&str> {
        crate::small_sort::sorted_unique(self.rules.iter().flat_map(|r| r.applies_to.regions.iter()).collect())
    }

    /// Whether any rule depends on `f` of its scope being non-empty.
    pub fn asks(&self, f: impl Fn(&AppliesTo) -> bool) -> bool {
        self.rules.iter().any(|r| f(&r.applies_to))
    }
}

/// Why a policy or the index could not be loaded: what, where, and what to do.
pub type PolicyError = Diagnostic;

/// Reads JSON strictly into `T`, with errors that name the place.
pub(crate) fn read_strict<'a, T: read::Read>(
    bytes: &'a [u8],
    document: &'static str,
) -> Result<(T, Source<'a>), Diagnostic> {
    if bytes.len() > MAX_POLICY_BYTES {
        return Err(wrong!(
            document = document,
            format!(
                "{document} is {} bytes, more than the {MAX_POLICY_BYTES} bytes appcheck accepts",
                bytes.len()
            ),
            "check that this is the right file; a policy is a few kilobytes",
        ));
    }
    let errors = Source::read(bytes, document)?;
    // A first, lenient read: is it JSON at all, an object, and which format version?
    let probe = errors.json()?;
    if !probe.is_object() {
        return Err(wrong!(
            errors,
            "",
            format!("{document} must be a JSON object `{{…}}`"),
            "start from an example in docs/policy-format.md",
        ));
    }
    check_schema(&errors, probe.get("schema"))?;

    let value = T::read(&errors, &probe, "")?;
    Ok((value, errors))
}

fn check_schema(errors: &Source<'_>, schema: Option<&crate::json::Value>) -> Result<(), PolicyError> {
    match schema {
        None => Err(wrong!(
            errors,
            "",
            "the file does not say which format version it uses",
            "add `\"schema\": 1` at the top",
        )),
        Some(crate::json::Value::Number(n)) => match n.as_u64() {
            Some(SCHEMA_VERSION) => Ok(()),
            Some(v) if v > SCHEMA_VERSION => Err(wrong!(
                errors,
                "/schema",
                format!(
                    "the file uses format version {v}, but this appcheck understands only version {SCHEMA_VERSION}"
                ),
                "update appcheck to a release that supports this format",
            )),
            _ => Err(wrong!(
                errors,
                "/schema",
                "this is not a known format version".to_owned(),
                "use `\"schema\": 1`",
            )),
        },
        Some(_) => Err(wrong!(
            errors,
            "/schema",
            "the format version must be the number 1, without quotes".to_owned(),
            "use `\"schema\": 1`",
        )),
    }
}

/// The JSON Schemas of the policy format and of the policy index, generated from the
/// types serde reads, for editors to validate files as they are written.
#[cfg(feature = "schema")]
pub fn json_schemas() -> [(&'static str, serde_json::Value); 2] {
    fn titled(mut schema: serde_json::Value, title: &str, description: &str) -> serde_json::Value {
        if let Some(object) = schema.as_object_mut() {
            object.insert("title".into(), title.into());
            object.insert("description".into(), description.into());
        }
        schema
    }
    [
        (
            "policy.schema.json",
            titled(
                schemars::schema_for!(RawPolicy).to_value(),
                "appcheck policy, schema 1",
                "An app policy as appcheck reads it; see docs/policy-format.md. Some rules are checked only by `appcheck validate`: references between ids, time zones, languages.",
            ),
        ),
        (
            "policy-index.schema.json",
            titled(
                schemars::schema_for!(index::RawIndex).to_value(),
                "appcheck policy index, schema 1",
                "The policies a site publishes (policies/index.json); see docs/policy-format.md.",
            ),
        ),
    ]
}

/// The help-desk contact of a policy that failed to load, if it can still be read:
/// the error page should tell the employee whom to ask. Lenient on purpose, and used
/// for nothing else: no verdict ever comes from a policy that failed to load.
pub fn contact_hint(bytes: &[u8], language: Option<&str>) -> Option<String> {
    if bytes.len() > MAX_POLICY_BYTES {
        return None;
    }
    let value = crate::diagnostic::lenient_json(std::str::from_utf8(bytes).ok()?).ok()?;
    let contact = value.get("issuer")?.get("contact")?;
    let text = match contact {
        crate::json::Value::String(s) => s.as_str(),
        crate::json::Value::Object(by_language) => {
            let fallback = value
                .get("languages")
                .and_then(|l| l.get(0))
                .and_then(|l| l.as_str())
                .unwrap_or("en");
            language
                .and_then(|l| by_language.get(l))
                .or_else(|| by_language.get(fallback))
                .or_else(|| by_language.values().next())?
                .as_str()?
        }
        _ => return None,
    };
    let text: String = text.chars().filter(|c| !c.is_control()).take(300).collect();
    (!text.trim().is_empty()).then_some(text)
}

/// The longest policy id: it names the policy's file (`policies/<id>.json`) and its links.
const MAX_ID: usize = 100;

/// The next version of an active policy, withdrawn at `at` with `notice`: what
/// `appcheck withdraw` writes. The author's file is edited in place, as text, so its
/// layout and field order stay as written; the result is loaded strictly before it is
/// returned.
pub fn withdraw(bytes: &[u8], at: DateTime<FixedOffset>, notice: &str) -> Result<String, PolicyError> {
    let policy = load_policy(bytes)?;
    let text = std::str::from_utf8(bytes).unwrap_or_default();
    // (Without a byte order mark, which the loader reads past: the new version has none.)
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let errors = Source::new(text, "the policy");
    if policy.lifecycle != Lifecycle::Active {
        return Err(wrong!(
            errors,
            "/status",
            "only an active policy can be withdrawn",
            "withdraw the active version of the policy",
        ));
    }
    if notice.trim().is_empty() {
        return Err(wrong!(
            errors,
            "",
            "the withdrawal notice is empty",
            "say in a sentence what employees should know, e.g. \"This morning's email was sent in error.\"",
        ));
    }
    if at < policy.published {
        return Err(wrong!(
            errors,
            "/published",
            "the withdrawal would be before the publication",
            "check the time and its time zone",
        ));
    }
    let (Some(version), Some(status)) = (
        locate::member_value(text, "version"),
        locate::member_value(text, "status"),
    ) else {
        return Err(wrong!(
            errors,
            "",
            "the policy's version and status could not be found",
            "write them as top-level fields",
        ));
    };
    // The status line's indentation, for the new member.
    let line_start = text
        .get(..status.start)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1);
    let key_start = text
        .get(line_start..status.start)
        .map_or(0, |t| t.len() - t.trim_start().len());
    let indent = text.get(line_start..line_start + key_start).unwrap_or("  ");
    let notice = serde_json::to_string(notice.trim()).unwrap_or_default();
    let withdrawn = format!(
        ",\n{indent}\"withdrawn\": {{ \"at\": \"{}\", \"notice\": {notice} }}",
        at.to_rfc3339()
    );
    let mut edits = [
        (version.clone(), (policy.version + 1).to_string()),
        (status.clone(), format!("\"withdrawn\"{withdrawn}")),
    ];
    edits.sort_by_key(|(range, _)| std::cmp::Reverse(range.start));
    let mut out = text.to_owned();
    for (range, replacement) in edits {
        out.replace_range(range, &replacement);
    }
    load_policy(out.as_bytes())?;
    Ok(out)
}

/// Reads and checks a policy file.
///
/// Strict: an unknown field, a wrong type, a newer schema, a duplicate id, a rule
/// naming an unknown app, a time without a time zone or a text missing in the
/// fallback language is an error, never a guess.
pub fn load_policy(bytes: &[u8]) -> Result<Policy, PolicyError> {
    let (raw, errors) = read_strict::<RawPolicy>(bytes, "the policy")?;
    Validator {
        errors,
        languages: Vec::new(),
    }
    .policy(raw)
}

struct Validator<'a> {
    errors: Source<'a>,
    languages: Vec<String>,
}

fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// An email address alone: one `@` between a local part and a domain with a dot, and
/// nothing a `mailto:` link reads as more than the address (`?`, `&`, `#`, `%`, `/`,
/// `:`, `,`, `;`, white space, quotes, brackets, control characters).
pub(crate) fn is_email_address(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let plain = |part: &str| {
        !part.is_empty()
            && !part.starts_with('.')
            && !part.ends_with('.')
            && part
                .chars()
                .all(|c| !c.is_whitespace() && !c.is_control() && !"?&#%/:,;@<>()[]\\\"'`".contains(c))
    };
    plain(local) && plain(domain) && domain.contains('.')
}

/// A web page's address: `https://` or `http://`, a host, no white space or control
/// characters.
pub(crate) fn is_web_address(text: &str) -> bool {
    let rest = text.strip_prefix("https://").or_else(|| text.strip_prefix("http://"));
    rest.is_some_and(|r| {
        r.chars().next().is_some_and(|c| c != '/') && !r.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

/// `2020-07-10` or `2020-07-10T23:59[:00]`: a date or time with no offset.
fn looks_like_local_time(value: &str) -> bool {
    let shape = |pattern: &str| {
        value.len() == pattern.len()
            && value
                .chars()
                .zip(pattern.chars())
                .all(|(c, p)| if p == '9' { c.is_ascii_digit() } else { c == p })
    };
    shape("9999-99-99") || shape("9999-99-99T99:99") || shape("9999-99-99T99:99:99")
}

fn is_region(code: &str) -> bool {
    code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase())
}

impl Validator<'_> {
    /// A time zone's name, known to the shell's time-zone data.
    fn time_zone(&self, zone: String, published: DateTime<FixedOffset>) -> Result<String, PolicyError> {
        let help = "write an IANA time zone name, e.g. `America/New_York` or `Europe/Berlin`";
        let shaped = (1..=64).contains(&zone.len())
            && (zone == "UTC" || zone.contains('/'))
            && zone
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '+'));
        if !shaped {
            return Err(wrong!(
                self.errors,
                "/time_zone".to_owned(),
                format!("`{zone}` is not a time zone name"),
                help,
            ));
        }
        if zone_offset(&zone, published.with_timezone(&Utc)).is_none() {
            return Err(wrong!(
                self.errors,
                "/time_zone".to_owned(),
                format!("the time zone `{zone}` is not known here, so the policy's deadlines cannot be worked out"),
                help,
            ));
        }
        Ok(zone)
    }

    fn time(&self, value: &str, pointer: Pointer) -> Result<DateTime<FixedOffset>, PolicyError> {
        DateTime::parse_from_rfc3339(value).map_err(|_| {
            let help =
                "write it as RFC 3339 with an offset, e.g. `2020-07-10T23:59:00-04:00` or `2020-07-10T21:59:00Z`";
            if looks_like_local_time(value) {
                wrong!(
                    self.errors,
                    pointer,
                    format!("`{value}` has no time zone, so it means different moments in different places"),
                    help,
                )
            } else {
                wrong!(self.errors, pointer, format!("`{value}` is not a date and time"), help)
            }
        })
    }

    fn not_before(
        &self,
        at: DateTime<FixedOffset>,
        published: DateTime<FixedOffset>,
        pointer: &str,
    ) -> Result<DateTime<FixedOffset>, PolicyError> {
        if at < published {
            return Err(wrong!(
                self.errors,
                pointer,
                "this is before the policy was published",
                "check the date and its time zone; a policy is withdrawn or replaced after it is published",
            ));
        }
        Ok(at)
    }

    fn text(&self, raw: RawText, pointer: Pointer) -> Result<Text, PolicyError> {
        let fallback = self.languages.first().cloned().unwrap_or_default();
        let by_language: Vec<(String, String)> = match raw {
            RawText::Plain(s) => vec![(fallback.clone(), s)],
            RawText::ByLanguage(map) => {
                // Tags equal but for case: the last one given wins, as it did in a map.
                crate::small_sort::map_of(map.into_iter().map(|(l, t)| (l.to_ascii_lowercase(), t)).collect())
            }
        };
        for (language, _) in &by_language {
            if !self.languages.contains(language) {
                return Err(wrong!(
                    self.errors,
                    pointer!("{pointer}/{language}"),
                    format!(
                        "the language `{language}` is not one of the policy's `languages` ({})",
                        self.languages.join(", ")
                    ),
                    "add it to `languages` at the top, or correct the tag",
                ));
            }
        }
        // A word of thousands of characters (a pasted blob, a data link) is no sentence,
        // and a browser lays it out in seconds.
        for (language, text) in &by_language {
            // (Chinese, Japanese, Thai and their neighbours write no spaces: a browser
            // breaks a line between their characters.)
            let longest = text
                .split(|c: char| c.is_whitespace() || breaks_anywhere(c))
                .map(|w| w.chars().count())
                .max()
                .unwrap_or(0);
            if longest > MAX_WORD_CHARS {
                let message =
                    format!("the text has a word of {longest} characters without a space; a page cannot show it");
                let help = format!(
                    "write it as sentences, with words of at most {MAX_WORD_CHARS} characters (a long address belongs in a link's `url`)"
                );
                let at = if by_language.len() == 1 && *language == fallback {
                    pointer!("{pointer}")
                } else {
                    pointer!("{pointer}/{language}")
                };
                return Err(wrong!(self.errors, at, message, &help));
            }
        }
        match by_language.iter().find(|(l, _)| *l == fallback) {
            Some((_, s)) if !s.trim().is_empty() => Ok(Text { by_language, fallback }),
            Some(_) => Err(wrong!(
                self.errors,
                pointer,
                "the text is empty",
                "write the text, or leave the field out if it is optional",
            )),
            None => Err(wrong!(
                self.errors,
                pointer,
                format!("the text has no `{fallback}` version, the policy's fallback language"),
                "add the text in the fallback language (the first of `languages`); other languages fall back to it",
            )),
        }
    }

    fn opt_text(&self, raw: Option<RawText>, pointer: Pointer) -> Result<Option<Text>, PolicyError> {
        raw.map(|t| self.text(t, pointer)).transpose()
    }

    fn unique<'s>(&self, ids: impl Iterator<Item = &'s str>, what: &str, list: &str) -> Result<(), PolicyError> {
        let ids: Vec<&str> = ids.collect();
        let firsts = crate::small_sort::firsts(&ids);
        for ((i, id), first) in ids.iter().enumerate().zip(firsts) {
            if id.trim().is_empty() {
                return Err(wrong!(
                    self.errors,
                    pointer!("/{list}/{i}/id"),
                    format!("the {what} id is empty"),
                    "give it a short, stable id such as `tiktok`",
                ));
            }
            if !first {
                return Err(wrong!(
                    self.errors,
                    pointer!("/{list}/{i}/id"),
                    format!("the {what} id `{id}` is used twice"),
                    &format!("give every {what} its own id"),
                ));
            }
        }
        Ok(())
    }

    fn policy(mut self, raw: RawPolicy) -> Result<Policy, PolicyError> {
        // (At most 100 characters: the id names the policy's file and its links.)
        if raw.id.trim().is_empty()
            || raw.id.len() > MAX_ID
            || raw
                .id
                .chars()
                .any(|c| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.'))
        {
            return Err(wrong!(
                self.errors,
                "/id",
                format!("`{}` is not a usable policy id", raw.id),
                "use up to 100 letters, digits, `-`, `_` and `.`, e.g. `acme-tiktok-2020`; links name the policy by it",
            ));
        }
        if raw.version == 0 {
            return Err(wrong!(
                self.errors,
                "/version",
                "the version must be 1 or more",
                "start at 1 and add 1 with every published change",
            ));
        }
        // Language tags are case-insensitive (BCP 47): kept in lower case.
        self.languages = raw
            .languages
            .unwrap_or_else(|| vec!["en".to_owned()])
            .iter()
            .map(|l| l.to_ascii_lowercase())
            .collect();
        if self.languages.is_empty() {
            return Err(wrong!(
                self.errors,
                "/languages",
                "the list of languages is empty",
                "list at least the fallback language, e.g. `[\"en\"]`",
            ));
        }
        for (i, tag) in self.languages.iter().enumerate() {
            if !is_language_tag(tag) {
                return Err(wrong!(
                    self.errors,
                    pointer!("/languages/{i}"),
                    format!("`{tag}` is not a language tag"),
                    "use a BCP 47 tag in lower case, e.g. `en`, `de`, `pt-br`",
                ));
            }
        }
        let title = self.text(raw.title, "/title".into())?;
        let summary = self.opt_text(raw.summary, "/summary".into())?;
        // The address and the page become links on the page (`mailto:`, `href`): an
        // address alone, and a web page, so that neither can carry more than it says
        // (`?bcc=…&body=…`, `javascript:`).
        if let Some(email) = raw.issuer.email.as_deref().filter(|e| !is_email_address(e)) {
            return Err(wrong!(self.errors,
                "/issuer/email",
                format!("`{email}` is not an email address"),
                "write the help desk's address alone, e.g. `it-help@example.com` (no `mailto:`, name, `?subject=` or other part)",
            ));
        }
        if let Some(url) = raw.issuer.url.as_deref().filter(|u| !is_web_address(u)) {
            return Err(wrong!(
                self.errors,
                "/issuer/url",
                format!("`{url}` is not a web address"),
                "give the help desk's page as an address that begins with `https://` (or `http://`)",
            ));
        }
        let issuer = Issuer {
            name: self.text(raw.issuer.name, "/issuer/name".into())?,
            contact: self.text(raw.issuer.contact, "/issuer/contact".into())?,
            email: raw.issuer.email,
            phone: raw.issuer.phone,
            url: raw.issuer.url,
        };
        let published = self.time(&raw.published, "/published".into())?;
        let time_zone = match raw.time_zone {
            Some(zone) => Some(self.time_zone(zone, published)?),
            None => None,
        };
        let (effective_from, effective_until) = match raw.effective {
            None => (None, None),
            Some(e) => (
                e.from.map(|t| self.time(&t, "/effective/from".into())).transpose()?,
                e.until.map(|t| self.time(&t, "/effective/until".into())).transpose()?,
            ),
        };
        if let (Some(from), Some(until)) = (effective_from, effective_until) {
            if until <= from {
                return Err(wrong!(
                    self.errors,
                    "/effective/until",
                    "the policy would end before it starts",
                    "make `until` later than `from`",
                ));
            }
        }

        let expires = raw.expires.map(|t| self.time(&t, "/expires".into())).transpose()?;
        if let Some(expires) = expires {
            self.not_before(expires, published, "/expires")?;
        }
        let lifecycle = match (raw.status, raw.withdrawn, raw.superseded) {
            (Status::Withdrawn, Some(w), None) => Lifecycle::Withdrawn {
                at: self.not_before(self.time(&w.at, "/withdrawn/at".into())?, published, "/withdrawn/at")?,
                notice: self.text(w.notice, "/withdrawn/notice".into())?,
            },
            (Status::Withdrawn, None, _) => {
                return Err(wrong!(
                    self.errors,
                    "/status",
                    "a withdrawn policy must say when and why",
                    "add `\"withdrawn\": {\"at\": \"…\", \"notice\": \"…\"}` with the notice employees will see",
                ))
            }
            (Status::Superseded, None, Some(s)) => {
                if s.by == raw.id {
                    return Err(wrong!(
                        self.errors,
                        "/superseded/by",
                        "a policy cannot supersede itself",
                        "name the id of the policy that replaces this one",
                    ));
                }
                Lifecycle::Superseded {
                    by: s.by,
                    at: s
                        .at
                        .map(|t| self.not_before(self.time(&t, "/superseded/at".into())?, published, "/superseded/at"))
                        .transpose()?,
                    notice: self.opt_text(s.notice, "/superseded/notice".into())?,
                }
            }
            (Status::Superseded, _, None) => {
                return Err(wrong!(
                    self.errors,
                    "/status",
                    "a superseded policy must name the policy that replaces it",
                    "add `\"superseded\": {\"by\": \"<policy id>\"}`",
                ))
            }
            (_, Some(_), _) => {
                return Err(wrong!(
                    self.errors,
                    "/withdrawn",
                    "only a withdrawn policy can have `withdrawn`",
                    "set `\"status\": \"withdrawn\"`, or remove `withdrawn`",
                ))
            }
            (_, _, Some(_)) => {
                return Err(wrong!(
                    self.errors,
                    "/superseded",
                    "only a superseded policy can have `superseded`",
                    "set `\"status\": \"superseded\"`, or remove `superseded`",
                ))
            }
            (Status::Draft, None, None) => Lifecycle::Draft,
            (Status::Active, None, None) => Lifecycle::Active,
        };
        let exceptions = self.opt_text(raw.exceptions, "/exceptions".into())?;

        self.unique(raw.publishers.iter().map(|p| p.id.as_str()), "publisher", "publishers")?;
        let publishers: Vec<Publisher> = raw
            .publishers
            .into_iter()
            .map(|p| Publisher {
                id: p.id,
                name: p.name,
                aliases: p.aliases,
                android_prefixes: p.android_prefixes,
                ios_prefixes: p.ios_prefixes,
                sources: p.sources,
            })
            .collect();
        for (i, p) in publishers.iter().enumerate() {
            for (j, prefix) in p.android_prefixes.iter().chain(&p.ios_prefixes).enumerate() {
                if prefix.matches('.').count() < 2 || !prefix.ends_with('.') {
                    let list = if j < p.android_prefixes.len() {
                        "android_prefixes"
                    } else {
                        "ios_prefixes"
                    };
                    let k = if j < p.android_prefixes.len() {
                        j
                    } else {
                        j - p.android_prefixes.len()
                    };
                    return Err(wrong!(
                        self.errors,
                        pointer!("/publishers/{i}/{list}/{k}"),
                        format!("`{prefix}` is too broad a prefix: it could match other publishers' apps"),
                        "use at least two labels and a final dot, e.g. `com.ss.android.`",
                    ));
                }
            }
        }

        self.unique(raw.apps.iter().map(|a| a.id.as_str()), "app", "apps")?;
        let mut apps = Vec::with_capacity(raw.apps.len());
        for (i, app) in raw.apps.into_iter().enumerate() {
            if app.name.trim().is_empty() {
                return Err(wrong!(
                    self.errors,
                    pointer!("/apps/{i}/name"),
                    "the app has no name",
                    "write the name people know it by",
                ));
            }
            let publisher = match app.publisher {
                None => None,
                Some(id) => Some(publishers.iter().position(|p| p.id == id).ok_or_else(|| {
                    wrong!(
                        self.errors,
                        pointer!("/apps/{i}/publisher"),
                        format!("no publisher has the id `{id}`"),
                        "declare it in `publishers`, or correct the id",
                    )
                })?),
            };
            for (j, id) in app.app_store_ids.iter().enumerate() {
                if id.is_empty() || !id.chars().all(|c| c.is_ascii_digit()) {
                    return Err(wrong!(
                        self.errors,
                        pointer!("/apps/{i}/app_store_ids/{j}"),
                        format!("`{id}` is not an App Store id"),
                        "use the number from the store link, e.g. `835599320` from `apps.apple.com/app/id835599320`",
                    ));
                }
            }
            apps.push(App {
                id: app.id,
                name: app.name,
                aliases: app.aliases,
                android_packages: app.android_packages,
                ios_bundle_ids: app.ios_bundle_ids,
                app_store_ids: app.app_store_ids,
                other_ids: app.other_ids,
                publisher,
                sources: app.sources,
            });
        }
        // An identifier under a publisher's prefix belongs to that publisher's app: an
        // exact match must not hide an "any app by" rule.
        for (i, app) in apps.iter().enumerate() {
            let ids = app.android_packages.iter().map(|id| ("android_packages", id, true));
            let ids = ids.chain(app.ios_bundle_ids.iter().map(|id| ("ios_bundle_ids", id, false)));
            for (j, (field, id, android)) in ids.enumerate() {
                let j = if android { j } else { j - app.android_packages.len() };
                let lower = id.lower();
                let owner = publishers.iter().position(|p| {
                    let prefixes = if android { &p.android_prefixes } else { &p.ios_prefixes };
                    prefixes.iter().any(|prefix| lower.starts_with(&prefix.lower()))
                });
                if let Some(p) = owner.filter(|p| app.publisher != Some(*p)) {
                    let publisher = publishers.get(p).map_or("", |p| p.id.as_str());
                    return Err(wrong!(self.errors,
                        pointer!("/apps/{i}/{field}/{j}"),
                        format!("`{id}` has the prefix of the publisher `{publisher}`, but the app does not name that publisher"),
                        &format!("add `\"publisher\": \"{publisher}\"` to the app, or correct the prefix"),
                    ));
                }
            }
        }
        check_identifiers(&apps).map_err(|(i, field, j, message)| {
            let pointer = if field == "name" {
                pointer!("/apps/{i}/name")
            } else {
                pointer!("/apps/{i}/{field}/{j}")
            };
            let help = if message.starts_with("the name has no letters") {
                "write the name people know the app by"
            } else {
                "each identifier and name must point to exactly one app: remove it from one of them"
            };
            wrong!(self.errors, pointer, message, help)
        })?;

        if raw.rules.is_empty() {
            return Err(wrong!(
                self.errors,
                "/rules",
                "the policy has no rules, so it would tell everyone that no action is needed",
                "add the rules the policy sets; to retract a policy, publish it as withdrawn",
            ));
        }
        self.unique(raw.rules.iter().map(|r| r.id.as_str()), "rule", "rules")?;
        let mut rules = Vec::with_capacity(raw.rules.len());
        // Looked up once per app a rule names: a map, not a search of every app (an
        // 18,000-app rule took 162 million comparisons).
        let app_at: crate::text::FastMap<&str, usize> =
            apps.iter().enumerate().map(|(i, app)| (app.id.as_str(), i)).collect();
        for (r, rule) in raw.rules.into_iter().enumerate() {
            let mut app_indices = Vec::new();
            for (a, id) in rule.apps.iter().enumerate() {
                let i = app_at.get(id.as_str()).copied().ok_or_else(|| {
                    wrong!(
                        self.errors,
                        pointer!("/rules/{r}/apps/{a}"),
                        format!("the rule names the app `{id}`, but no app has that id"),
                        "add the app to `apps`, or correct the id",
                    )
                })?;
                app_indices.push(i);
            }
            let mut publisher_indices = Vec::new();
            for (p, id) in rule.publishers.iter().enumerate() {
                let i = publishers.iter().position(|x| &x.id == id).ok_or_else(|| {
                    wrong!(
                        self.errors,
                        pointer!("/rules/{r}/publishers/{p}"),
                        format!("the rule names the publisher `{id}`, but no publisher has that id"),
                        "add it to `publishers`, or correct the id",
                    )
                })?;
                publisher_indices.push(i);
            }
            if app_indices.is_empty() && publisher_indices.is_empty() {
                return Err(wrong!(
                    self.errors,
                    pointer!("/rules/{r}"),
                    "the rule names no apps and no publishers, so it can never apply",
                    "list the app ids it is about in `apps` (or publisher ids in `publishers`)",
                ));
            }
            for (j, region) in rule.applies_to.regions.iter().enumerate() {
                if !is_region(region) {
                    return Err(wrong!(
                        self.errors,
                        pointer!("/rules/{r}/applies_to/regions/{j}"),
                        format!("`{region}` is not a region code"),
                        "use an ISO 3166-1 alpha-2 code in capitals, e.g. `IN`, `US`, `DE`",
                    ));
                }
            }
            let deadline = match rule.deadline {
                None => None,
                Some(RawDeadline::At(s)) if s == "immediately" => Some(Deadline::Immediately),
                Some(RawDeadline::At(s)) => Some(Deadline::At(self.time(&s, pointer!("/rules/{r}/deadline"))?)),
                Some(RawDeadline::AfterPublication(d)) => {
                    let days = d.days_after_publication;
                    let at = (days <= MAX_DEADLINE_DAYS)
                        .then(|| TimeDelta::try_days(i64::from(days)))
                        .flatten()
                        .and_then(|delta| match &time_zone {
                            // The same time of day, that many days later, in the policy's zone.
                            Some(zone) => days_later_in(zone, published, delta),
                            None => published.checked_add_signed(delta),
                        });
                    match at {
                        Some(at) => Some(Deadline::At(at)),
                        None => {
                            return Err(wrong!(
                                self.errors,
                                pointer!("/rules/{r}/deadline/days_after_publication"),
                                format!(
                                "{days} days is more than the {MAX_DEADLINE_DAYS} days (ten years) a deadline can be"
                            ),
                                "check the number; a removal deadline is days or weeks after publication",
                            ))
                        }
                    }
                }
            };
            let browser_only_scope =
                rule.applies_to.usage.len() == 1 && rule.applies_to.usage.first() == Some(&Usage::Browser);
            if browser_only_scope && rule.verdict.needs_action() {
                return Err(wrong!(self.errors,
                    pointer!("/rules/{r}/verdict"),
                    "a rule about browser use only cannot order a removal: a list of installed apps cannot show browser use, so nobody could be told to act on it",
                    "make it `allowed` or `discouraged`, or remove `usage` so the rule covers the installed app",
                ));
            }
            if deadline.is_some() && !matches!(rule.verdict, Verdict::Remove | Verdict::BrowserOnly) {
                return Err(wrong!(
                    self.errors,
                    pointer!("/rules/{r}/deadline"),
                    "only a rule that orders a removal can have a deadline",
                    "remove the deadline, or make the verdict `remove` or `browser_only`",
                ));
            }
            // The raw map's order is the platforms' (`Any` first), so this stays sorted.
            let mut how_to_remove = Vec::new();
            for (platform, text) in rule.how_to_remove {
                let key = match platform {
                    RemovalPlatform::Any => None,
                    RemovalPlatform::Ios => Some(Platform::Ios),
                    RemovalPlatform::Android => Some(Platform::Android),
                    RemovalPlatform::Windows => Some(Platform::Windows),
                    RemovalPlatform::Macos => Some(Platform::Macos),
                    RemovalPlatform::Linux => Some(Platform::Linux),
                    RemovalPlatform::Chromeos => Some(Platform::Chromeos),
                };
                let name = key.map_or("any", Platform::as_str);
                how_to_remove.push((key, self.text(text, pointer!("/rules/{r}/how_to_remove/{name}"))?));
            }
            let p = |field: &str| pointer!("/rules/{r}/{field}");
            rules.push(Rule {
                id: rule.id,
                apps: app_indices,
                publishers: publisher_indices,
                applies_to: AppliesTo {
                    devices: rule.applies_to.devices.into_iter().collect(),
                    platforms: rule.applies_to.platforms.into_iter().collect(),
                    ownership: rule.applies_to.ownership.into_iter().collect(),
                    services: rule.applies_to.services.into_iter().collect(),
                    regions: rule.applies_to.regions.into_iter().collect(),
                    usage: rule.applies_to.usage.into_iter().collect(),
                },
                verdict: rule.verdict,
                deadline,
                consequence: self.opt_text(rule.consequence, p("consequence"))?,
                reason: self.opt_text(rule.reason, p("reason"))?,
                still_allowed: self.opt_text(rule.still_allowed, p("still_allowed"))?,
                exception: self.opt_text(rule.exception, p("exception"))?,
                note: self.opt_text(rule.note, p("note"))?,
                how_to_remove,
            });
        }

        Ok(Policy {
            id: raw.id,
            version: raw.version,
            languages: self.languages,
            title,
            summary,
            issuer,
            published,
            time_zone,
            effective_from,
            effective_until,
            expires,
            lifecycle,
            exceptions,
            publishers,
            apps,
            rules,
        })
    }
}

/// The offset of a named time zone (IANA: `America/New_York`) at an instant. The core
/// holds no time-zone data: the shell supplies it (the page through `Intl`, the CLI
/// from the tz database), once, with [`set_zone_rules`].
pub type ZoneRules = fn(&str, DateTime<Utc>) -> Option<FixedOffset>;

static ZONE_RULES: std::sync::OnceLock<ZoneRules> = std::sync::OnceLock::new();

/// Gives the core the shell's time-zone arithmetic; the first call wins. A policy that
/// names a `time_zone` cannot be read without it.
pub fn set_zone_rules(rules: ZoneRules) {
    let _ = ZONE_RULES.set(rules);
}

fn zone_offset(zone: &str, at: DateTime<Utc>) -> Option<FixedOffset> {
    ZONE_RULES.get().and_then(|rules| rules(zone, at))
}

/// `published`'s wall-clock time in `zone`, `delta` later, back to an instant with the
/// zone's offset then (a local time skipped by a change of the clocks moves past it).
fn days_later_in(zone: &str, published: DateTime<FixedOffset>, delta: TimeDelta) -> Option<DateTime<FixedOffset>> {
    let utc = published.with_timezone(&Utc);
    let local = utc
        .with_timezone(&zone_offset(zone, utc)?)
        .naive_local()
        .checked_add_signed(delta)?;
    // The offset there: guessed at the local time read as UTC, then checked at the instant.
    let mut offset = zone_offset(zone, local.and_utc())?;
    for _ in 0..2 {
        let instant = local.checked_sub_signed(TimeDelta::seconds(i64::from(offset.local_minus_utc())))?;
        offset = zone_offset(zone, instant.and_utc())?;
    }
    let instant = local.checked_sub_signed(TimeDelta::seconds(i64::from(offset.local_minus_utc())))?;
    Some(instant.and_utc().with_timezone(&offset))
}

/// Finds an identifier or name that points to two apps: (app, field, index, message).
fn check_identifiers(apps: &[App]) -> Result<(), (usize, &'static str, usize, String)> {
    let mut seen: FastMap<String, usize> = FastMap::default();
    for (i, app) in apps.iter().enumerate() {
        let fields: [(&'static str, Vec<String>); 4] = [
            (
                "android_packages",
                app.android_packages
                    .iter()
                    .map(|s| format!("id:{}", s.lower()))
                    .collect(),
            ),
            (
                "ios_bundle_ids",
                app.ios_bundle_ids.iter().map(|s| format!("id:{}", s.lower())).collect(),
            ),
            (
                "app_store_ids",
                app.app_store_ids.iter().map(|s| format!("store:{s}")).collect(),
            ),
            (
                "aliases",
                std::iter::once(&app.name)
                    .chain(&app.aliases)
                    .map(|s| format!("name:{}", normalise_name(s)))
                    .collect(),
            ),
        ];
        for (field, keys) in fields {
            for (j, key) in keys.into_iter().enumerate() {
                // `aliases` keys start with the name itself; report it as `name`.
                let (field, j) = match (field, j) {
                    ("aliases", 0) => ("name", 0),
                    ("aliases", j) => ("aliases", j - 1),
                    other => other,
                };
                if key == "name:" {
                    return Err((
                        i,
                        field,
                        j,
                        "the name has no letters or digits, so it cannot be recognised".to_owned(),
                    ));
                }
                match seen.get(&key) {
                    Some(&other) if other != i => {
                        let other_id = apps.get(other).map_or("", |a| a.id.as_str());
                        return Err((i, field, j, format!("this also names the app `{other_id}`")));
                    }
                    _ => {
                        seen.insert(key, i);
                    }
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    /// A value of a million characters is refused or shown cut short, never echoed whole
    /// in the message (a red team's 1 MB time zone made a 1 MB error); an id longer than a
    /// file's name may be is refused.
    #[test]
    fn a_huge_value_is_not_echoed_whole_and_a_huge_id_is_refused() {
        let text = include_str!("../../pkg-config/policies/bank-tiktok-2020.json");
        let with = |key: &str, value: String| {
            let mut policy: serde_json::Value = serde_json::from_str(text).unwrap();
            policy[key] = value.into();
            policy.to_string()
        };
        for key in ["time_zone", "id"] {
            let error = load_policy(with(key, "A".repeat(1_000_000)).as_bytes()).unwrap_err();
            let said = error.to_string();
            assert!(said.len() < 2_000, "{key}: {} bytes", said.len());
        }
        assert!(load_policy(with("id", "a".repeat(101)).as_bytes()).is_err());
        assert!(load_policy(with("id", "a".repeat(100)).as_bytes()).is_ok());
    }

    /// A policy saved with a byte order mark (Windows' Notepad writes one) loads, and is
    /// withdrawn as it is checked: the mark is no reason to say its fields are missing.
    #[test]
    fn a_policy_with_a_byte_order_mark_is_withdrawn() {
        let text = include_str!("../../pkg-config/policies/bank-tiktok-2020.json");
        let with_bom = format!("\u{feff}{text}");
        let at = DateTime::parse_from_rfc3339("2024-01-01T00:00:00Z").unwrap();
        let withdrawn = withdraw(with_bom.as_bytes(), at, "Sent in error.").unwrap();
        assert!(matches!(
            load_policy(withdrawn.as_bytes()).unwrap().lifecycle,
            Lifecycle::Withdrawn { .. }
        ));
    }

    /// A text written without spaces (Chinese, Thai) is no long word: its summary of
    /// 1,200 characters loads; a blob of 1,200 Latin letters does not.
    #[test]
    fn a_long_text_without_spaces_in_chinese_is_no_long_word() {
        let text = include_str!("../../pkg-config/policies/bank-tiktok-2020.json");
        let with = |summary: &str| {
            let mut policy: serde_json::Value = serde_json::from_str(text).unwrap();
            policy["summary"] = summary.into();
            policy.to_string()
        };
        assert!(load_policy(with(&"请删除抖音。".repeat(200)).as_bytes()).is_ok());
        assert!(load_policy(with(&"ABCD".repeat(300)).as_bytes()).is_err());
    }

    /// The help desk's address and page are links on the page: only an address alone
    /// and a web page are accepted.
    #[test]
    fn an_issuer_email_is_an_address_alone_and_its_url_a_web_page() {
        for ok in [
            "it@corp.example",
            "first.last+apps@it.corp.example",
            "help-desk@xn--bcher-kva.example",
        ] {
            assert!(is_email_address(ok), "{ok}");
        }
        for bad in [
            "it@corp.example?bcc=x@evil.example",
            "mailto:it@corp.example",
            "IT Help <it@corp.example>",
            "it@corp.example#x",
            "it@localhost",
            "it corp@example.com",
            "@corp.example",
            "it@",
            ".it@corp.example",
            "it@corp.example.",
            "it@corp.example%0Abcc",
            "a@b@corp.example",
        ] {
            assert!(!is_email_address(bad), "{bad}");
        }
        for ok in ["https://it.corp.example/apps", "http://intranet.corp/help"] {
            assert!(is_web_address(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "https:///x",
            "ftp://x.example",
            "https://a b",
            "//x.example",
            "https://",
        ] {
            assert!(!is_web_address(bad), "{bad}");
        }
    }

    #[test]
    fn words_are_a_set_in_their_order() {
        let set: Words<Platform> = [Platform::Linux, Platform::Ios, Platform::Linux].into_iter().collect();
        assert_eq!(set.len(), 2);
        assert!(set.contains(Platform::Ios) && !set.contains(Platform::Android));
        assert_eq!(set.iter().collect::<Vec<_>>(), [Platform::Ios, Platform::Linux]);
        assert_eq!(format!("{set:?}"), "{Ios, Linux}");
        assert!(Words::<Usage>::default().is_empty());
    }

    #[test]
    fn answers_read_and_write_as_a_map_did() {
        let text = r#"{"vpn": true, "email": false, "vpn": false, "chat": true}"#;
        let answers: Answers<Service> = serde_json::from_str(text).unwrap();
        let map: BTreeMap<Service, bool> = serde_json::from_str(text).unwrap();
        assert_eq!(
            answers.iter().collect::<Vec<_>>(),
            map.clone().into_iter().collect::<Vec<_>>()
        );
        assert_eq!(
            serde_json::to_string(&answers).unwrap(),
            serde_json::to_string(&map).unwrap()
        );
        assert_eq!(format!("{answers:?}"), format!("{map:?}"));
        assert_eq!(
            (answers.get(Service::Vpn), answers.get(Service::Files)),
            (Some(false), None)
        );
        let wrong = serde_json::from_str::<Answers<Service>>(r#"{"fax": true}"#)
            .unwrap_err()
            .to_string();
        let wrong_map = serde_json::from_str::<BTreeMap<Service, bool>>(r#"{"fax": true}"#)
            .unwrap_err()
            .to_string();
        assert_eq!(wrong, wrong_map);
    }
}
