//! Trusting a policy: is this file what IT signed?
//!
//! A policy can be signed with Ed25519: a detached `<policy file>.sig` next to it
//! holds the signing key's id and the signature over the file's exact bytes. The site
//! pins the keys it trusts in `trust.json` (several at once, so keys can be rotated),
//! and says whether unsigned policies are accepted at all. This module reads both
//! strictly and decides; the Ed25519 arithmetic is the shell's (the CLI uses
//! ed25519-dalek, the page the browser's WebCrypto), passed in as a verifier, so the
//! core stays pure and the Wasm module carries no cryptography.
//!
//! Fail safe: a signature that does not verify, a key the site does not trust, or a
//! broken signature file means "this policy could not be verified — contact the help
//! desk", never a verdict.

use serde::Serialize;

use crate::diagnostic::{Diagnostic, Source};
use crate::strict;

/// The keys a site trusts, and whether it accepts unsigned policies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trust {
    pub keys: Vec<TrustedKey>,
    pub allow_unsigned: bool,
}

/// A public key the site trusts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustedKey {
    pub id: String,
    pub public_key: [u8; 32],
}

/// A signature file: which key signed, and the signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureFile {
    pub key: String,
    pub signature: [u8; 64],
}

/// What a site may conclude about a policy file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Verification {
    /// Signed with a key the site trusts, and the signature holds.
    Verified { key: String },
    /// Not signed, and the site accepts unsigned policies: shown marked "unsigned".
    Unsigned,
    /// Must not be shown: why, for people.
    Refused { reason: Diagnostic },
}

impl Verification {
    /// Whether the policy may be shown at all.
    pub fn accepted(&self) -> bool {
        !matches!(self, Verification::Refused { .. })
    }
}

fn from_hex<const N: usize>(text: &str) -> Option<[u8; N]> {
    let bytes = hex::decode(text.trim()).ok()?;
    bytes.try_into().ok()
}

/// Reads a site's `trust.json`. Errors say what is wrong, where, and what to do, for
/// the site's admin.
pub fn load_trust(bytes: &[u8]) -> Result<Trust, Diagnostic> {
    let what = "trust.json";
    let source = Source::read(bytes, what)?;
    let value = source.json()?;
    let object = strict::fields(&source, &value, "", what, &["schema", "allow_unsigned", "keys"])?;
    if object.get("schema").and_then(|v| v.as_u64()) != Some(1) {
        return Err(source.at(
            if object.contains_key("schema") { "/schema" } else { "" },
            "trust.json must say `\"schema\": 1`; this appcheck understands format version 1",
            "write `\"schema\": 1`; a file in a newer format needs a newer appcheck",
        ));
    }
    let allow_unsigned = match object.get("allow_unsigned") {
        None => false,
        Some(v) => v.as_bool().ok_or_else(|| {
            source.at(
                "/allow_unsigned",
                "trust.json: `allow_unsigned` must be true or false",
                "write `true` to show unsigned policies marked \"unsigned\", or `false` to refuse them",
            )
        })?,
    };
    let listed = match object.get("keys") {
        None => &[][..],
        Some(v) => v
            .as_array()
            .ok_or_else(|| {
                source.at(
                    "/keys",
                    "trust.json: `keys` must be a list",
                    "list the keys as `[{\"id\": \"…\", \"public_key\": \"…\"}]`, as `appcheck keygen` prints them",
                )
            })?
            .as_slice(),
    };
    let mut keys: Vec<TrustedKey> = Vec::with_capacity(listed.len());
    for (i, key) in listed.iter().enumerate() {
        let at = format!("/keys/{i}");
        let what = "a key in trust.json";
        let key = strict::fields(&source, key, &at, what, &["id", "public_key"])?;
        let id = strict::text(&source, key, &at, what, "id")?;
        let public_key = from_hex::<32>(strict::text(&source, key, &at, what, "public_key")?).ok_or_else(|| {
            source.at(
                format!("{at}/public_key"),
                format!("trust.json: the key `{id}` is not 32 bytes of hex"),
                "copy the public key `appcheck keygen` printed: 64 hex digits",
            )
        })?;
        if keys.iter().any(|k| k.id == id) {
            return Err(source.at(
                format!("{at}/id"),
                format!("trust.json: the key id `{id}` is listed twice"),
                "list each key once; a new key needs a new id",
            ));
        }
        keys.push(TrustedKey {
            id: id.to_owned(),
            public_key,
        });
    }
    if keys.is_empty() && !allow_unsigned {
        return Err(source.at(
            if object.contains_key("keys") { "/keys" } else { "" },
            "trust.json trusts no key and refuses unsigned policies, so no policy could be shown",
            "add the public key that signs the policies to `keys`, as `appcheck keygen` prints it",
        ));
    }
    Ok(Trust { keys, allow_unsigned })
}

/// Reads a `.sig` file.
pub fn load_signature(bytes: &[u8]) -> Result<SignatureFile, Diagnostic> {
    let what = "the signature file";
    let again = "sign the policy again with `appcheck sign`, which writes this file";
    let source = Source::read(bytes, what)?;
    let value = source.json().map_err(|e| Diagnostic {
        help: again.to_owned(),
        ..e
    })?;
    let object = strict::fields(&source, &value, "", what, &["schema", "algorithm", "key", "signature"])?;
    if object.get("schema").and_then(|v| v.as_u64()) != Some(1) {
        return Err(source.at(
            if object.contains_key("schema") { "/schema" } else { "" },
            format!("{what} must be format version 1 with the algorithm `ed25519`"),
            again,
        ));
    }
    if strict::text(&source, object, "", what, "algorithm")? != "ed25519" {
        return Err(source.at(
            "/algorithm",
            format!("{what} must be format version 1 with the algorithm `ed25519`"),
            again,
        ));
    }
    let key = strict::text(&source, object, "", what, "key")?.to_owned();
    let signature = from_hex::<64>(strict::text(&source, object, "", what, "signature")?)
        .ok_or_else(|| source.at("/signature", "the signature is not 64 bytes of hex", again))?;
    Ok(SignatureFile { key, signature })
}

/// Writes a `.sig` file, as `appcheck sign` does.
pub fn signature_file(key: &str, signature: &[u8; 64]) -> String {
    let value =
        serde_json::json!({ "schema": 1, "algorithm": "ed25519", "key": key, "signature": hex::encode(signature) });
    serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
}

/// The trusted key a signature file names, for the shell to verify with.
pub fn key_for<'t>(trust: &'t Trust, signature: &SignatureFile) -> Option<&'t TrustedKey> {
    trust.keys.iter().find(|k| k.id == signature.key)
}

/// The decision about a policy file. `signature` is the `.sig` file's bytes, if there
/// is one; `valid` says whether the shell found the signature valid for the policy's
/// exact bytes with the key [`key_for`] returned.
pub fn decide(
    trust: &Trust,
    signature: Option<&[u8]>,
    valid: impl FnOnce(&TrustedKey, &SignatureFile) -> bool,
) -> Verification {
    decide_parsed(trust, signature.map(load_signature), valid)
}

/// [`decide`], with the signature file already read (absent, read, or why not), so
/// that a shell that verified it first does not read it twice.
pub fn decide_parsed(
    trust: &Trust,
    signature: Option<Result<SignatureFile, Diagnostic>>,
    valid: impl FnOnce(&TrustedKey, &SignatureFile) -> bool,
) -> Verification {
    let refused = |message: String, help: &str| Verification::Refused {
        reason: Diagnostic::new("the policy", message, help),
    };
    let Some(read) = signature else {
        return if trust.allow_unsigned {
            Verification::Unsigned
        } else {
            refused(
                "the policy is not signed, and this site accepts only signed policies".to_owned(),
                "sign it with `appcheck sign`, and publish the .sig file beside it, named in the index",
            )
        };
    };
    let file = match read {
        Ok(file) => file,
        Err(reason) => return Verification::Refused { reason },
    };
    let Some(key) = key_for(trust, &file) else {
        return refused(
            format!(
                "the policy is signed with the key `{}`, which this site does not trust",
                file.key
            ),
            "sign it with a key in the site's trust.json, or add this key's public half there",
        );
    };
    if valid(key, &file) {
        Verification::Verified { key: key.id.clone() }
    } else {
        refused(format!("the signature with the key `{}` does not match the policy: the file was changed after it was signed, or the signature belongs to another file", key.id),
            "sign the policy again after its last change, and publish it with its new .sig file")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    fn trust(allow_unsigned: bool) -> Trust {
        let text = format!(
            r#"{{"schema": 1, "allow_unsigned": {allow_unsigned}, "keys": [{{"id": "it-2020", "public_key": "{KEY}"}}]}}"#
        );
        load_trust(text.as_bytes()).unwrap()
    }

    fn sig(key: &str) -> String {
        signature_file(key, &[7; 64])
    }

    #[test]
    fn only_a_valid_signature_by_a_trusted_key_is_verified() {
        let t = trust(false);
        assert_eq!(
            decide(&t, Some(sig("it-2020").as_bytes()), |_, _| true),
            Verification::Verified { key: "it-2020".into() }
        );
        assert!(!decide(&t, Some(sig("it-2020").as_bytes()), |_, _| false).accepted());
        assert!(!decide(&t, Some(sig("someone-else").as_bytes()), |_, _| true).accepted());
        assert!(!decide(&t, Some(b"{not json"), |_, _| true).accepted());
        assert!(!decide(&t, None, |_, _| true).accepted());
        assert_eq!(decide(&trust(true), None, |_, _| true), Verification::Unsigned);
    }

    #[test]
    fn broken_trust_files_are_refused() {
        assert!(
            load_trust(br#"{"schema": 1}"#).is_err(),
            "no key and no unsigned: nothing could be shown"
        );
        assert!(load_trust(br#"{"schema": 2, "allow_unsigned": true}"#).is_err());
        assert!(load_trust(br#"{"schema": 1, "keys": [{"id": "a", "public_key": "abcd"}]}"#).is_err());
        assert!(load_trust(br#"{"schema": 1, "allow_unsigned": true, "colour": 1}"#).is_err());
        let twice = format!(
            r#"{{"schema": 1, "keys": [{{"id": "a", "public_key": "{KEY}"}}, {{"id": "a", "public_key": "{KEY}"}}]}}"#
        );
        assert!(load_trust(twice.as_bytes()).is_err());
    }

    #[test]
    fn broken_trust_and_signature_files_name_the_place_and_what_to_do() {
        let twice = format!(
            "{{\"schema\": 1, \"keys\": [\n  {{\"id\": \"a\", \"public_key\": \"{KEY}\"}},\n  {{\"id\": \"a\", \"public_key\": \"{KEY}\"}}\n]}}"
        );
        let error = load_trust(twice.as_bytes()).unwrap_err();
        assert_eq!(
            (error.document, error.pointer.as_str(), error.line, error.column),
            ("trust.json", "/keys/1/id", Some(3), Some(4))
        );
        assert!(!error.help.is_empty());
        let error = load_trust(br#"{"schema": 1, "allow_unsigned": "yes"}"#).unwrap_err();
        assert_eq!((error.pointer.as_str(), error.column), ("/allow_unsigned", Some(15)));
        assert!(error.help.contains("`true`"), "{error}");
        let error = load_signature(br#"{"schema": 1, "algorithm": "ed25519", "signature": "00"}"#).unwrap_err();
        assert_eq!((error.document, error.pointer.as_str()), ("the signature file", ""));
        assert!(error.message.contains("needs `key`"), "{error}");
        assert!(error.help.contains("`\"key\""), "{error}");
        let Verification::Refused { reason } = decide(&trust(false), None, |_, _| true) else {
            panic!("an unsigned policy is refused here")
        };
        assert!(reason.help.contains("appcheck sign"), "{reason}");
    }

    #[test]
    fn signature_files_round_trip() {
        let file = load_signature(sig("k").as_bytes()).unwrap();
        assert_eq!(
            file,
            SignatureFile {
                key: "k".into(),
                signature: [7; 64]
            }
        );
    }
}

/// The policy versions a browser has shown: all the page remembers, so that an older
/// version served later (a rollback, by mistake or by an attacker) is refused. Nothing
/// about the device or the list is in it.
///
/// A version is recorded under what vouched for it: the trusted key that verified it
/// (`ed25519:<public key>`), or, for an unsigned policy, the place it was read from
/// (`url:<its URL>`). Only a policy vouched for by the same anchor raises a record, so
/// another site on the same origin, or an embed with its own `trust.json`, cannot
/// publish a policy's id at version 4294967296 and have the genuine policy refused
/// afterwards. A policy is checked against the records of every key the site trusts
/// (so a key rotation does not reopen older versions) and of its own place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SeenVersions {
    /// Where the policy being opened is read from (its URL): an unsigned policy's anchor.
    pub place: String,
    /// `"<anchor> <policy id>"` → the newest version shown.
    pub record: std::collections::BTreeMap<String, u64>,
}

impl SeenVersions {
    /// No version seen (the CLI, which stores nothing).
    pub fn new() -> Self {
        Self::default()
    }

    /// The record as stored (`{"ed25519:… bank-tiktok-2020": 2, …}`), for opening the
    /// policy at `place`. Anything unreadable is empty, and entries of the old record
    /// kept by policy id alone are dropped: anyone could have raised them.
    pub fn read(stored: &str, place: &str) -> Self {
        let record = match serde_json::from_str::<serde_json::Value>(stored) {
            Ok(serde_json::Value::Object(map)) => map
                .into_iter()
                .filter(|(key, _)| key.contains(' '))
                .filter_map(|(key, v)| v.as_u64().map(|v| (key, v)))
                .collect(),
            _ => std::collections::BTreeMap::new(),
        };
        SeenVersions {
            place: place.to_owned(),
            record,
        }
    }

    /// The record to store.
    pub fn write(&self) -> String {
        serde_json::to_string(&self.record).unwrap_or_default()
    }
}

fn key_anchor(key: &TrustedKey) -> String {
    format!("ed25519:{}", hex::encode(key.public_key))
}

/// Refuses a version older than one seen before from the same anchors; otherwise
/// returns the record with this version under the anchor that vouched for it (see
/// [`SeenVersions`]). `verification` is the decision about this policy file, `trust`
/// the site's keys.
pub fn check_rollback(
    seen: &SeenVersions,
    trust: &Trust,
    verification: &Verification,
    id: &str,
    version: u64,
) -> Result<SeenVersions, Diagnostic> {
    let vouched = match verification {
        Verification::Verified { key } => trust.keys.iter().find(|k| &k.id == key).map(key_anchor),
        Verification::Unsigned => Some(format!("url:{}", seen.place)),
        Verification::Refused { .. } => None,
    };
    let entry = |anchor: &str| format!("{anchor} {id}");
    let newest = trust
        .keys
        .iter()
        .map(key_anchor)
        .chain(vouched.clone())
        .filter_map(|anchor| seen.record.get(&entry(&anchor)).copied())
        .max();
    match newest {
        Some(newest) if version < newest => Err(Diagnostic::new(
            "the policy",
            format!("this is version {version} of the policy `{id}`, but this browser has already seen version {newest}: an older version may have been put back by mistake or on purpose"),
            format!("tell the help desk; the site must publish the policy again as a version above {newest}"),
        )),
        _ => {
            let mut updated = seen.clone();
            if let Some(anchor) = vouched {
                let slot = updated.record.entry(entry(&anchor)).or_insert(0);
                *slot = (*slot).max(version);
            }
            Ok(updated)
        }
    }
}

#[cfg(test)]
mod rollback_tests {
    use super::*;

    #[test]
    fn an_older_version_than_one_seen_is_refused() {
        let trust = load_trust(
            br#"{"schema": 1, "allow_unsigned": true, "keys": [{"id": "it", "public_key": "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"}]}"#,
        )
        .unwrap();
        let signed = Verification::Verified { key: "it".into() };
        let at = |place: &str| SeenVersions::read("{}", place);
        let seen = check_rollback(&at("a"), &trust, &signed, "memo", 2).unwrap();
        let error = check_rollback(&seen, &trust, &signed, "memo", 1).unwrap_err();
        assert!(error.message.contains("already seen version 2"), "{error}");
        assert!(error.help.contains("above 2"), "{error}");
        assert_eq!(check_rollback(&seen, &trust, &signed, "memo", 2).unwrap(), seen);
        assert!(check_rollback(&seen, &trust, &signed, "other", 1).is_ok());
        // Unsigned, elsewhere: refused by the signed record, raising only its place's.
        assert!(check_rollback(&seen, &trust, &Verification::Unsigned, "memo", 1).is_err());
        let unsigned = check_rollback(&seen, &trust, &Verification::Unsigned, "memo", 9).unwrap();
        assert!(check_rollback(&unsigned, &trust, &signed, "memo", 3).is_ok());
        let stored = unsigned.write();
        assert_eq!(
            stored,
            r#"{"ed25519:d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a memo":2,"url:a memo":9}"#
        );
        assert_eq!(SeenVersions::read(&stored, "a"), unsigned);
        assert!(SeenVersions::read("not json", "a").record.is_empty());
        assert!(
            SeenVersions::read(r#"{"memo": 7}"#, "a").record.is_empty(),
            "the old record by id alone"
        );
    }
}
