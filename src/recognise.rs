//! Recognising apps: which of the policy's apps, if any, a pasted entry names.
//!
//! Identifiers come first (an Android package name or an iOS bundle id is exact
//! evidence), then names and aliases after normalisation. Two names are taken to be
//! the same app when they are equal after normalisation: case, spacing, punctuation
//! and symbols such as ™ do not tell apps apart, letters and digits do. So "Tik Tok"
//! and "TIKTOK™" are TikTok, while "TickTick" is not.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::policy::App;

/// Lookup tables built once when a policy loads.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    identifiers: BTreeMap<String, usize>,
    names: BTreeMap<String, usize>,
}

/// How an entry was recognised, for the report's "why it matched".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum MatchedBy {
    /// The entry is one of the app's Android package names.
    AndroidPackage { value: String },
    /// The entry is one of the app's iOS bundle ids.
    IosBundleId { value: String },
    /// The entry is the app's name or one of its aliases, after normalisation.
    Name { value: String },
}

/// An entry recognised as one of the policy's apps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recognition {
    /// Index into the policy's apps.
    pub app: usize,
    pub matched_by: MatchedBy,
}

pub(crate) fn build_index(apps: &[App]) -> Index {
    let mut index = Index::default();
    for (i, app) in apps.iter().enumerate() {
        for id in app.android_packages.iter().chain(&app.ios_bundle_ids) {
            index.identifiers.entry(id.to_lowercase()).or_insert(i);
        }
        for name in std::iter::once(&app.name).chain(&app.aliases) {
            let key = normalise_name(name);
            if !key.is_empty() {
                index.names.entry(key).or_insert(i);
            }
        }
    }
    index
}

/// Folds a display name to the form names are compared in: lower case, letters and
/// digits only, without a trailing `.app`.
pub fn normalise_name(name: &str) -> String {
    let trimmed = name.trim();
    let trimmed = trimmed
        .strip_suffix(".app")
        .or_else(|| trimmed.strip_suffix(".APP"))
        .unwrap_or(trimmed);
    trimmed
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether `text` has the shape of a package name or bundle id (`com.example.app`).
fn looks_like_identifier(text: &str) -> bool {
    let mut parts = 0;
    for part in text.split('.') {
        let ok = !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if !ok {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// Finds the policy app an entry names, if any.
pub(crate) fn recognise(apps: &[App], index: &Index, entry: &str) -> Option<Recognition> {
    let text = entry.trim();
    let text = text.strip_prefix("package:").unwrap_or(text);
    if looks_like_identifier(text) {
        if let Some(&i) = index.identifiers.get(&text.to_lowercase()) {
            let app = apps.get(i)?;
            let lower = text.to_lowercase();
            let matched_by = if app
                .android_packages
                .iter()
                .any(|p| p.to_lowercase() == lower)
            {
                MatchedBy::AndroidPackage {
                    value: text.to_owned(),
                }
            } else {
                MatchedBy::IosBundleId {
                    value: text.to_owned(),
                }
            };
            return Some(Recognition { app: i, matched_by });
        }
    }
    let key = normalise_name(text);
    let &i = index.names.get(&key)?;
    Some(Recognition {
        app: i,
        matched_by: MatchedBy::Name {
            value: text.to_owned(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_fold_case_space_and_symbols_but_not_letters() {
        assert_eq!(normalise_name("Tik Tok"), "tiktok");
        assert_eq!(normalise_name("  TIKTOK™ "), "tiktok");
        assert_eq!(normalise_name("TikTok.app"), "tiktok");
        assert_ne!(normalise_name("TickTick"), normalise_name("TikTok"));
        assert_eq!(normalise_name("抖音"), "抖音");
    }

    #[test]
    fn identifiers_have_dots_and_no_spaces() {
        assert!(looks_like_identifier("com.zhiliaoapp.musically"));
        assert!(!looks_like_identifier("TikTok"));
        assert!(!looks_like_identifier("Tik.Tok app"));
        assert!(!looks_like_identifier("v1."));
    }
}
