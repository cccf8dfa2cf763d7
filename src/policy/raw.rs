//! The policy file format exactly as serde's derive reads it (and as the JSON Schema in
//! `docs/policy.schema.json` describes it); `super::read` reads it by hand, held to the
//! derive by its tests. Nothing here is checked beyond types;
//! `super::validate` turns a `RawPolicy` into a `Policy` or an error. `appcheck new`
//! writes its starter file through the same types, so what it writes is what is read;
//! empty and absent fields are left out, in the order a reader expects.

use serde::{Deserialize, Serialize};

use super::{Device, Ownership, Platform, Service, Status, Usage, Verdict};

/// Text shown to people: one string in the policy's fallback language, or an
/// object of strings by language tag (`{"en": "…", "de": "…"}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(untagged))]
#[cfg_attr(feature = "schema", schemars(rename = "Text"))]
pub enum RawText {
    Plain(String),
    // By language tag, sorted, each once (read as a `BTreeMap` would be; a `Vec` keeps
    // the map's code out of the Wasm module). Not a doc comment: the JSON Schema would
    // show it.
    ByLanguage(
        #[serde(serialize_with = "write_pairs")]
        #[cfg_attr(feature = "schema", schemars(with = "std::collections::BTreeMap<String, String>"))]
        Vec<(String, String)>,
    ),
}

/// Writes pairs as a JSON object, in their order.
fn write_pairs<K: Serialize, V: Serialize, S: serde::Serializer>(
    pairs: &[(K, V)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

/// Reads a JSON object's entries as a `BTreeMap` would keep them: sorted by key, the
/// last of equal keys kept (`load_policy` refuses a key given twice before this).
fn read_pairs<'de, K: Deserialize<'de> + Ord, V: Deserialize<'de>, A: serde::de::MapAccess<'de>>(
    mut map: A,
) -> Result<Vec<(K, V)>, A::Error> {
    let mut pairs: Vec<(K, V)> = Vec::new();
    while let Some(pair) = map.next_entry::<K, V>()? {
        pairs.push(pair);
    }
    Ok(crate::small_sort::map_of(pairs))
}

/// `how_to_remove`: a JSON object of removal steps by platform, read into sorted pairs.
fn read_removal<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<(RemovalPlatform, RawText)>, D::Error> {
    struct Visitor;
    impl<'de> serde::de::Visitor<'de> for Visitor {
        type Value = Vec<(RemovalPlatform, RawText)>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a map")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            read_pairs(map)
        }
    }
    deserializer.deserialize_map(Visitor)
}

impl<'de> Deserialize<'de> for RawText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = RawText;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a text, or an object of texts by language such as {\"en\": \"…\"}")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RawText, E> {
                Ok(RawText::Plain(v.to_owned()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<RawText, A::Error> {
                read_pairs(map).map(RawText::ByLanguage)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// When a removal is due: `"immediately"`, a time with its offset, or a number of
/// days after publication.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(untagged))]
#[cfg_attr(feature = "schema", schemars(rename = "Deadline"))]
pub enum RawDeadline {
    /// `"immediately"`, or RFC 3339 with an offset: `2020-07-10T23:59:00-04:00`.
    At(String),
    AfterPublication(RawDays),
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "DaysAfterPublication"))]
pub struct RawDays {
    pub days_after_publication: u32,
}

impl<'de> Deserialize<'de> for RawDeadline {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = RawDeadline;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("\"immediately\", a date and time such as \"2020-07-10T23:59:00-04:00\", or {\"days_after_publication\": 30}")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RawDeadline, E> {
                Ok(RawDeadline::At(v.to_owned()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<RawDeadline, A::Error> {
                RawDays::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(RawDeadline::AfterPublication)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// A policy file.
#[derive(Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "Policy"))]
pub struct RawPolicy {
    /// The JSON Schema an editor should check this file with; ignored by appcheck.
    #[serde(default, rename = "$schema", skip_serializing_if = "Option::is_none")]
    #[allow(dead_code, reason = "for editors only")]
    pub json_schema: Option<String>,
    /// The format's major version: 1.
    #[allow(dead_code, reason = "checked by the lenient first read before the strict one")]
    pub schema: u64,
    /// A stable id that help-desk links name.
    pub id: String,
    /// Grows with every published change.
    pub version: u64,
    /// Language tags the texts are written in; the first is the fallback. Default `["en"]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    pub title: RawText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<RawText>,
    pub issuer: RawIssuer,
    /// RFC 3339 with an offset.
    pub published: String,
    /// The IANA time zone the policy's wall-clock times are meant in
    /// (`America/New_York`): "30 days after publication" is then the same time of day
    /// on that day there, across a change to or from daylight saving time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective: Option<RawEffective>,
    /// A review date: after it the page warns that the policy may be out of date (it
    /// still applies). RFC 3339 with an offset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    pub status: Status,
    /// Required when `status` is `withdrawn`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn: Option<RawWithdrawn>,
    /// Required when `status` is `superseded`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub superseded: Option<RawSuperseded>,
    /// How to ask for an exception, for every rule that does not say otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exceptions: Option<RawText>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub publishers: Vec<RawPublisher>,
    pub apps: Vec<RawApp>,
    pub rules: Vec<RawRule>,
}

#[derive(Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "Issuer"))]
pub struct RawIssuer {
    pub name: RawText,
    /// How to reach the help desk, as people read it.
    pub contact: RawText,
    /// The help desk's email address alone (`it-help@example.com`): the page links it
    /// with `mailto:`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(regex(
            pattern = r#"^[^\s@?&#%/:,;<>()\[\]\\"'`.](?:[^\s@?&#%/:,;<>()\[\]\\"'`]*[^\s@?&#%/:,;<>()\[\]\\"'`.])?@[^\s@?&#%/:,;<>()\[\]\\"'`.][^\s@?&#%/:,;<>()\[\]\\"'`]*\.[^\s@?&#%/:,;<>()\[\]\\"'`]*[^\s@?&#%/:,;<>()\[\]\\"'`.]$"#
        ))
    )]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// The help desk's web page, beginning with `https://` (or `http://`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^https?://[^\s/][^\s]*$")))]
    pub url: Option<String>,
}

#[derive(Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "Effective"))]
pub struct RawEffective {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
}

#[derive(Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "Withdrawal"))]
pub struct RawWithdrawn {
    pub at: String,
    pub notice: RawText,
}

#[derive(Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "Supersession"))]
pub struct RawSuperseded {
    /// The id of the policy that replaces this one.
    pub by: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<RawText>,
}

#[derive(Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "Publisher"))]
pub struct RawPublisher {
    pub id: String,
    pub name: String,
    /// Other names the publisher signs its apps with, as exports' publisher columns
    /// and stores write them (a legal entity, a subsidiary, its name in another script).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Android package name prefixes that only this publisher uses (`com.ss.android.`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub android_prefixes: Vec<String>,
    /// iOS bundle id prefixes that only this publisher uses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ios_prefixes: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

#[derive(Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "App"))]
pub struct RawApp {
    pub id: String,
    pub name: String,
    /// Store-listing titles, former and localized names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub android_packages: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ios_bundle_ids: Vec<String>,
    /// Numeric App Store ids (`835599320` in `apps.apple.com/app/id835599320`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub app_store_ids: Vec<String>,
    /// Identifiers on other platforms: winget ids (`ByteDance.CapCut`), Microsoft Store
    /// package names (`BytedancePte.Ltd.TikTok`), macOS bundle ids, Flatpak ids, snap names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_ids: Vec<String>,
    /// The id of one of `publishers`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Where the identifiers come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

#[derive(Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "Rule"))]
pub struct RawRule {
    pub id: String,
    /// App ids this rule is about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub apps: Vec<String>,
    /// Publisher ids: every app of these publishers, named or not.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub publishers: Vec<String>,
    #[serde(default, skip_serializing_if = "RawAppliesTo::is_any")]
    pub applies_to: RawAppliesTo,
    pub verdict: Verdict,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<RawDeadline>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consequence: Option<RawText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<RawText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub still_allowed: Option<RawText>,
    /// How to ask for an exception to this rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exception: Option<RawText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<RawText>,
    /// Removal steps by platform; `any` for all others.
    // Sorted by platform (`any` first), each once, as a `BTreeMap` would be.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[serde(deserialize_with = "read_removal", serialize_with = "write_pairs")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "std::collections::BTreeMap<RemovalPlatform, RawText>")
    )]
    pub how_to_remove: Vec<(RemovalPlatform, RawText)>,
}

/// A platform key of `how_to_remove`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RemovalPlatform {
    Any,
    Ios,
    Android,
    Windows,
    Macos,
    Linux,
    Chromeos,
}

crate::unit_enum::unit_enum!(RemovalPlatform {
    Any = "any",
    Ios = "ios",
    Android = "android",
    Windows = "windows",
    Macos = "macos",
    Linux = "linux",
    Chromeos = "chromeos"
});

/// Which contexts a rule applies to; a missing or empty list means "any".
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "AppliesTo"))]
pub struct RawAppliesTo {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub devices: Vec<Device>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub platforms: Vec<Platform>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ownership: Vec<Ownership>,
    /// The rule applies only when the device reaches every one of these.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<Service>,
    /// ISO 3166-1 alpha-2 codes (`IN`, `US`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<String>,
    /// `app` (installed) or `browser` (the service used in a web browser).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub usage: Vec<Usage>,
}

impl RawAppliesTo {
    /// Whether it says nothing: the rule applies in any context.
    pub fn is_any(&self) -> bool {
        let RawAppliesTo {
            devices,
            platforms,
            ownership,
            services,
            regions,
            usage,
        } = self;
        devices.is_empty()
            && platforms.is_empty()
            && ownership.is_empty()
            && services.is_empty()
            && regions.is_empty()
            && usage.is_empty()
    }
}
