//! The index of published policies: which policies a site publishes, where their
//! files are, and which one opens by default. A help-desk link names a policy by
//! its id (`#policy=<id>`); the index is how the page finds it, and how it lists
//! the published ones when a link names an unknown id.

use serde::{Deserialize, Serialize};

use super::{read_strict, PolicyError};
use crate::diagnostic::wrong;

/// A validated index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PolicyIndex {
    pub policies: Vec<IndexEntry>,
    /// The id of the policy that opens when a link names none.
    pub default: String,
}

/// One published policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IndexEntry {
    /// The policy's id; must equal the `id` inside the file.
    pub id: String,
    /// The file, relative to the index.
    pub file: String,
    /// The title, for listing the published policies.
    pub title: String,
    /// The policy's detached signature file (`<file>.sig`), when it is signed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
    /// The policy's status, written by `appcheck build` from the file, so the page can
    /// mark withdrawn and replaced policies in its list of published ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<super::Status>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "PolicyIndex"))]
pub(crate) struct RawIndex {
    /// The JSON Schema an editor should check this file with; ignored by appcheck.
    #[serde(default, rename = "$schema")]
    #[allow(dead_code, reason = "for editors only")]
    pub(super) json_schema: Option<String>,
    #[allow(dead_code, reason = "checked by the lenient first read before the strict one")]
    pub(super) schema: u64,
    pub(super) policies: Vec<IndexEntry>,
    pub(super) default: String,
}

impl PolicyIndex {
    /// The entry with this id.
    pub fn find(&self, id: &str) -> Option<&IndexEntry> {
        self.policies.iter().find(|e| e.id == id)
    }
}

/// Whether an index's `file` is a plain relative path under the policy folder: names of
/// letters, digits, `-`, `_` and `.`, separated by `/`, none empty, `.` or `..`, the last
/// ending in `.json`. Nothing a browser or a server would decode or resolve first
/// (`%2e%2e/`, `\\`, `?`, `#`, `:`), so the page fetches, and the build reads, exactly
/// the file the index names, inside the folder.
fn is_plain_file(file: &str) -> bool {
    let plain = |segment: &str| {
        !segment.is_empty()
            && segment != "."
            && segment != ".."
            && segment
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    };
    file.split('/').all(plain)
        && file
            .rsplit('/')
            .next()
            .is_some_and(|name| name.len() > ".json".len() && name.ends_with(".json"))
}

/// Reads and checks a policy index (`policies/index.json`).
pub fn load_index(bytes: &[u8]) -> Result<PolicyIndex, PolicyError> {
    let (raw, errors) = read_strict::<RawIndex>(bytes, "the policy index")?;
    if raw.policies.is_empty() {
        return Err(wrong!(
            errors,
            "/policies",
            "the index publishes no policies",
            "list at least one policy file",
        ));
    }
    let ids: Vec<&str> = raw.policies.iter().map(|entry| entry.id.as_str()).collect();
    let firsts = crate::small_sort::firsts(&ids);
    for ((i, entry), first) in raw.policies.iter().enumerate().zip(firsts) {
        if !first {
            return Err(wrong!(
                errors,
                format!("/policies/{i}/id"),
                format!("the policy id `{}` is listed twice", entry.id),
                "list every policy once, with its current file",
            ));
        }
        if let Some(signature) = &entry.signature {
            if signature != &format!("{}.sig", entry.file) {
                return Err(wrong!(
                    errors,
                    format!("/policies/{i}/signature"),
                    format!("`{signature}` is not the signature file of `{}`", entry.file),
                    &format!("name it `{}.sig`, as `appcheck sign` writes it", entry.file),
                ));
            }
        }
        if !is_plain_file(&entry.file) {
            return Err(wrong!(errors,
                format!("/policies/{i}/file"),
                format!("`{}` is not a plain file name under the index's folder", entry.file),
                "name a .json file in the index's folder (or a folder below it) with letters, digits, `-`, `_` and `.` only, e.g. `acme-tiktok.json`",
            ));
        }
    }
    if !ids.contains(&raw.default.as_str()) {
        return Err(wrong!(
            errors,
            "/default",
            format!("the default `{}` is not one of the listed policies", raw.default),
            "name the id of a listed policy",
        ));
    }
    Ok(PolicyIndex {
        policies: raw.policies,
        default: raw.default,
    })
}
