//! Trusting a policy: is this file what IT signed?
//!
//! A policy can be signed with Ed25519: a detached `<policy file>.sig` next to it
//! holds one signature or several, each the signing key's id and the signature over
//! the file's exact bytes. The site pins the keys it trusts in `trust.json` (several at
//! once, so keys can be rotated, and so several people can sign), says whether
//! unsigned policies are accepted at all, and how many people must sign a policy that
//! orders apps removed (`publish.threshold`). This module reads both strictly and
//! counts who signed; the Ed25519 arithmetic is the shell's (the CLI uses
//! ed25519-dalek, the page the browser's WebCrypto), done on the [`Candidate`]s it is
//! given, so the core stays pure and the Wasm module carries no cryptography.
//!
//! Signatures are counted by key, not by line: a key that signed twice, or that
//! trust.json lists under two ids, counts once, and a signature by a key the site does
//! not trust, or that does not match the file, does not count at all.
//!
//! Fail safe: a signature that does not verify, a key the site does not trust, or a
//! broken signature file means "this policy could not be verified — contact the help
//! desk", never a verdict.

use serde::Serialize;

use crate::diagnostic::{wrong, Diagnostic, Source};
use crate::strict;

/// The keys a site trusts, whether it accepts unsigned policies, and how many people
/// must sign an order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trust {
    pub keys: Vec<TrustedKey>,
    pub allow_unsigned: bool,
    /// How many valid signatures by distinct trusted keys a policy that orders apps
    /// removed needs (`"publish": {"threshold": n}`; 1 when absent). A withdrawal, or a
    /// policy that orders nothing, needs one.
    pub threshold: usize,
}

/// A public key the site trusts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustedKey {
    pub id: String,
    pub public_key: [u8; 32],
}

/// One signature of a signature file: which key signed, and the signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub key: String,
    pub signature: [u8; 64],
}

/// The most signatures one signature file may hold (each one the page verifies).
pub const MAX_SIGNATURES: usize = 16;

/// A signature for the shell to verify: a trusted key's signature, which must hold
/// over the policy file's exact bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The key's id in trust.json.
    pub key: String,
    pub public_key: [u8; 32],
    pub signature: [u8; 64],
}

/// What a site may conclude about a policy file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Verification {
    /// Signed with keys the site trusts, and their signatures hold: the ids of the
    /// distinct keys that signed, in the file's order.
    Verified { keys: Vec<String> },
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

/// Names in backticks, joined for a sentence: `` `a` ``, `` `a` and `b` ``,
/// `` `a`, `b` and `c` ``.
pub fn names(ids: &[String]) -> String {
    let quoted: Vec<String> = ids.iter().map(|id| format!("`{id}`")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
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
    let object = strict::fields(
        &source,
        &value,
        "",
        what,
        &["schema", "allow_unsigned", "keys", "publish"],
    )?;
    if object.get("schema").and_then(|v| v.as_u64()) != Some(1) {
        return Err(wrong!(
            source,
            if object.contains_key("schema") { "/schema" } else { "" },
            "trust.json must say `\"schema\": 1`; this appcheck understands format version 1",
            "write `\"schema\": 1`; a file in a newer format needs a newer appcheck",
        ));
    }
    let allow_unsigned = match object.get("allow_unsigned") {
        None => false,
        Some(v) => v.as_bool().ok_or_else(|| {
            wrong!(
                source,
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
                wrong!(
                    source,
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
            wrong!(
                source,
                format!("{at}/public_key"),
                format!("trust.json: the key `{id}` is not 32 bytes of hex"),
                "copy the public key `appcheck keygen` printed: 64 hex digits",
            )
        })?;
        if keys.iter().any(|k| k.id == id) {
            return Err(wrong!(
                source,
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
        return Err(wrong!(
            source,
            if object.contains_key("keys") { "/keys" } else { "" },
            "trust.json trusts no key and refuses unsigned policies, so no policy could be shown",
            "add the public key that signs the policies to `keys`, as `appcheck keygen` prints it",
        ));
    }
    let threshold = match object.get("publish") {
        None => 1,
        Some(publish) => publication_threshold(&source, publish, &keys, allow_unsigned)?,
    };
    Ok(Trust {
        keys,
        allow_unsigned,
        threshold,
    })
}

/// `"publish": {"threshold": n}`: how many people with distinct trusted keys must sign
/// a policy that orders apps removed. Refused when no order could ever be published,
/// or when unsigned policies, which nobody signed, are accepted besides.
fn publication_threshold(
    source: &Source<'_>,
    publish: &crate::json::Value,
    keys: &[TrustedKey],
    allow_unsigned: bool,
) -> Result<usize, Diagnostic> {
    let publish = strict::fields(source, publish, "/publish", "trust.json `publish`", &["threshold"])?;
    let threshold = publish
        .get("threshold")
        .and_then(crate::json::Value::as_u64)
        .filter(|n| *n >= 1)
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| {
            wrong!(source,
                if publish.contains_key("threshold") { "/publish/threshold" } else { "/publish" },
                "trust.json: `publish.threshold` must be a whole number, 1 or more: how many people must sign a policy that orders apps removed",
                "write e.g. `\"publish\": {\"threshold\": 2}` for two people with different keys; 1 is one person, as without `publish`",
            )
        })?;
    // Distinct keys, without a sort (each standard sort instantiated costs the module).
    let distinct = keys
        .iter()
        .enumerate()
        .filter(|(i, key)| !keys.iter().take(*i).any(|k| k.public_key == key.public_key))
        .count();
    if threshold > distinct {
        return Err(wrong!(source,
            "/publish/threshold",
            format!(
                "trust.json needs {threshold} signatures by different keys to publish an order, but lists only {} different {}: no order could ever be published",
                distinct,
                if distinct == 1 { "key" } else { "keys" }
            ),
            "add the public key of each person who signs to `keys`, or lower `threshold`",
        ));
    }
    if allow_unsigned && threshold > 1 {
        return Err(wrong!(source,
            "/allow_unsigned",
            format!("trust.json needs {threshold} signatures to publish an order, but also accepts unsigned policies, which nobody signed"),
            "set `\"allow_unsigned\": false`, or leave out `publish` to accept one signature",
        ));
    }
    Ok(threshold)
}

/// Reads a `.sig` file: today's one signature (`{"schema": 1, "algorithm": "ed25519",
/// "key": …, "signature": …}`), or several (`{"schema": 1, "signatures": [{"algorithm":
/// "ed25519", "key": …, "signature": …}, …]}`), as `appcheck sign` writes them.
pub fn load_signatures(bytes: &[u8]) -> Result<Vec<Signature>, Diagnostic> {
    let what = "the signature file";
    let source = Source::read(bytes, what)?;
    let value = source.json().map_err(|e| Diagnostic {
        help: SIGN_AGAIN.to_owned(),
        ..e
    })?;
    let several = value.get("signatures").is_some();
    let known: &[&str] = if several {
        &["schema", "signatures"]
    } else {
        &["schema", "algorithm", "key", "signature"]
    };
    let object = strict::fields(&source, &value, "", what, known)?;
    if object.get("schema").and_then(|v| v.as_u64()) != Some(1) {
        return Err(wrong!(
            source,
            if object.contains_key("schema") { "/schema" } else { "" },
            format!("{what} must be format version 1 with the algorithm `ed25519`"),
            SIGN_AGAIN,
        ));
    }
    if !several {
        return Ok(vec![one_signature(&source, object, "", what)?]);
    }
    let list = object
        .get("signatures")
        .and_then(crate::json::Value::as_array)
        .filter(|list| !list.is_empty() && list.len() <= MAX_SIGNATURES)
        .ok_or_else(|| {
            wrong!(
                source,
                "/signatures",
                format!("{what}: `signatures` must be a list of 1 to {MAX_SIGNATURES} signatures"),
                SIGN_AGAIN,
            )
        })?;
    let mut signatures = Vec::with_capacity(list.len());
    for (i, entry) in list.iter().enumerate() {
        let at = format!("/signatures/{i}");
        let what = "a signature in the signature file";
        let entry = strict::fields(&source, entry, &at, what, &["algorithm", "key", "signature"])?;
        signatures.push(one_signature(&source, entry, &at, what)?);
    }
    Ok(signatures)
}

const SIGN_AGAIN: &str = "sign the policy again with `appcheck sign`, which writes this file";

/// One signature's `algorithm`, `key` and `signature`, at `at` in a signature file.
fn one_signature(
    source: &Source<'_>,
    object: &crate::json::Map,
    at: &str,
    what: &str,
) -> Result<Signature, Diagnostic> {
    if strict::text(source, object, at, what, "algorithm")? != "ed25519" {
        return Err(wrong!(
            source,
            format!("{at}/algorithm"),
            "the signature file must be format version 1 with the algorithm `ed25519`",
            SIGN_AGAIN,
        ));
    }
    let key = strict::text(source, object, at, what, "key")?.to_owned();
    let signature = from_hex::<64>(strict::text(source, object, at, what, "signature")?).ok_or_else(|| {
        wrong!(
            source,
            format!("{at}/signature"),
            "the signature is not 64 bytes of hex",
            SIGN_AGAIN,
        )
    })?;
    Ok(Signature { key, signature })
}

/// Writes a `.sig` file, as `appcheck sign` does: one signature in today's form (which
/// every appcheck reads), several as a list.
pub fn signatures_file(signatures: &[Signature]) -> String {
    let entry = |s: &Signature| serde_json::json!({ "algorithm": "ed25519", "key": s.key, "signature": hex::encode(s.signature) });
    let value = match signatures {
        [one] => {
            serde_json::json!({ "schema": 1, "algorithm": "ed25519", "key": one.key, "signature": hex::encode(one.signature) })
        }
        several => serde_json::json!({ "schema": 1, "signatures": several.iter().map(entry).collect::<Vec<_>>() }),
    };
    serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
}

/// The trusted key a signature names, for the shell to verify with.
pub fn key_for<'t>(trust: &'t Trust, signature: &Signature) -> Option<&'t TrustedKey> {
    trust.keys.iter().find(|k| k.id == signature.key)
}

/// What the shell must verify: each signature by a trusted key (an exact repeat once).
/// The others cannot count, so they are not verified.
pub fn candidates(trust: &Trust, signatures: &[Signature]) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    for signature in signatures {
        if let Some(key) = key_for(trust, signature) {
            let candidate = Candidate {
                key: key.id.clone(),
                public_key: key.public_key,
                signature: signature.signature,
            };
            if !out.contains(&candidate) {
                out.push(candidate);
            }
        }
    }
    out
}

/// Who signed, counted: the ids of the distinct trusted keys whose signature the shell
/// found valid (`valid`, from [`candidates`]), in the file's order, and, for people,
/// each signature that did not count and why.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    pub signed: Vec<String>,
    pub not_counted: Vec<String>,
}

/// Counts the signatures: one per distinct trusted public key with a valid signature.
pub fn tally(trust: &Trust, signatures: &[Signature], valid: &[Candidate]) -> Tally {
    let mut tally = Tally::default();
    let mut counted: Vec<([u8; 32], &str)> = Vec::new();
    for signature in signatures {
        let Some(key) = key_for(trust, signature) else {
            tally
                .not_counted
                .push(format!("`{}` is not a key this site trusts", signature.key));
            continue;
        };
        let holds = valid
            .iter()
            .any(|c| c.key == key.id && c.public_key == key.public_key && c.signature == signature.signature);
        if !holds {
            tally
                .not_counted
                .push(format!("the signature by `{}` does not match the policy", key.id));
        } else if let Some((_, first)) = counted.iter().find(|(public, _)| *public == key.public_key) {
            tally.not_counted.push(if *first == key.id {
                format!("`{}` signed more than once, which counts once", key.id)
            } else {
                format!(
                    "`{}` is the same key as `{first}` in trust.json, which counts once",
                    key.id
                )
            });
        } else {
            counted.push((key.public_key, &key.id));
            tally.signed.push(key.id.clone());
        }
    }
    tally
}

/// The decision about a policy file's signatures, before the policy is read.
/// `signatures` is the `.sig` file, read (absent, read, or why it cannot be read), and
/// `valid` the candidates the shell found valid for the policy's exact bytes. At least
/// one must count; whether the policy needs more is [`approval`]'s, once it is read.
pub fn decide(
    trust: &Trust,
    signatures: Option<&Result<Vec<Signature>, Diagnostic>>,
    valid: &[Candidate],
) -> Verification {
    let refused = |message: String, help: &str| Verification::Refused {
        reason: Diagnostic::new("the policy", message, help),
    };
    let Some(read) = signatures else {
        return if trust.allow_unsigned {
            Verification::Unsigned
        } else {
            refused(
                "the policy is not signed, and this site accepts only signed policies".to_owned(),
                "sign it with `appcheck sign`, and publish the .sig file beside it, named in the index",
            )
        };
    };
    let signatures = match read {
        Ok(signatures) => signatures,
        Err(reason) => return Verification::Refused { reason: reason.clone() },
    };
    let tally = tally(trust, signatures, valid);
    if !tally.signed.is_empty() {
        return Verification::Verified { keys: tally.signed };
    }
    match signatures.as_slice() {
        [one] => match key_for(trust, one) {
            None => refused(
                format!("the policy is signed with the key `{}`, which this site does not trust", one.key),
                "sign it with a key in the site's trust.json, or add this key's public half there",
            ),
            Some(key) => refused(format!("the signature with the key `{}` does not match the policy: the file was changed after it was signed, or the signature belongs to another file", key.id),
                "sign the policy again after its last change, and publish it with its new .sig file"),
        },
        several => refused(
            format!(
                "none of the policy's {} signatures counts: {}",
                several.len(),
                tally.not_counted.join("; ")
            ),
            "sign the policy again after its last change, with a key in the site's trust.json, and publish it with its new .sig file",
        ),
    }
}

/// Whether a verified policy may be shown: one that orders apps removed (`orders`)
/// needs the site's threshold of signatures by distinct trusted keys; a withdrawal, or
/// a policy that orders nothing, needs the one [`decide`] found. The refusal names who
/// signed, how many more are needed, and what did not count.
pub fn approval(trust: &Trust, tally: &Tally, orders: bool) -> Result<(), Diagnostic> {
    let have = tally.signed.len();
    if !orders || have >= trust.threshold {
        return Ok(());
    }
    let missing = trust.threshold - have;
    let by = if have == 0 {
        "none".to_owned()
    } else {
        format!("{have}, by {}", names(&tally.signed))
    };
    let mut message = format!(
        "not yet approved: the policy orders apps removed, and this site publishes an order only with {} signatures by different trusted keys; it has {by}, so {missing} more {} missing",
        trust.threshold,
        if missing == 1 { "is" } else { "are" }
    );
    if !tally.not_counted.is_empty() {
        message.push_str(&format!(" ({})", tally.not_counted.join("; ")));
    }
    Err(Diagnostic::new(
        "the policy",
        message,
        "another person with a key in the site's trust.json reviews it and runs `appcheck sign POLICY --key THEIR.key`, which adds their signature beside the others; a withdrawal needs only one signature",
    ))
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
        signatures_file(&[Signature {
            key: key.into(),
            signature: [7; 64],
        }])
    }

    /// The decision with the shell's Ed25519 saying `valid` of every candidate.
    fn decide_all(trust: &Trust, signature: Option<&[u8]>, valid: bool) -> Verification {
        let read = signature.map(load_signatures);
        let candidates = match &read {
            Some(Ok(signatures)) if valid => candidates(trust, signatures),
            _ => Vec::new(),
        };
        decide(trust, read.as_ref(), &candidates)
    }

    #[test]
    fn only_a_valid_signature_by_a_trusted_key_is_verified() {
        let t = trust(false);
        assert_eq!(
            decide_all(&t, Some(sig("it-2020").as_bytes()), true),
            Verification::Verified {
                keys: vec!["it-2020".into()]
            }
        );
        assert!(!decide_all(&t, Some(sig("it-2020").as_bytes()), false).accepted());
        assert!(!decide_all(&t, Some(sig("someone-else").as_bytes()), true).accepted());
        assert!(!decide_all(&t, Some(b"{not json"), true).accepted());
        assert!(!decide_all(&t, None, true).accepted());
        assert_eq!(decide_all(&trust(true), None, true), Verification::Unsigned);
    }

    #[test]
    fn a_candidate_the_shell_did_not_pass_back_does_not_count() {
        let t = trust(false);
        let signatures = load_signatures(sig("it-2020").as_bytes()).unwrap();
        let forged = Candidate {
            key: "it-2020".into(),
            public_key: [1; 32],
            signature: [7; 64],
        };
        assert!(tally(&t, &signatures, &[forged]).signed.is_empty());
        assert_eq!(tally(&t, &signatures, &candidates(&t, &signatures)).signed, ["it-2020"]);
    }

    #[test]
    fn an_order_needs_the_threshold_and_a_withdrawal_one() {
        let text = format!(
            r#"{{"schema": 1, "publish": {{"threshold": 2}}, "keys": [{{"id": "a", "public_key": "{KEY}"}}, {{"id": "b", "public_key": "{}"}}]}}"#,
            "11".repeat(32)
        );
        let t = load_trust(text.as_bytes()).unwrap();
        assert_eq!(t.threshold, 2);
        let one = Tally {
            signed: vec!["a".into()],
            not_counted: vec![],
        };
        let error = approval(&t, &one, true).unwrap_err();
        assert!(
            error.message.contains("it has 1, by `a`, so 1 more is missing"),
            "{error}"
        );
        assert!(error.help.contains("appcheck sign"), "{error}");
        assert!(approval(&t, &one, false).is_ok(), "a withdrawal needs one");
        let two = Tally {
            signed: vec!["a".into(), "b".into()],
            not_counted: vec![],
        };
        assert!(approval(&t, &two, true).is_ok());
        assert_eq!(trust(false).threshold, 1, "without `publish`, one signature, as before");
    }

    #[test]
    fn one_signature_is_written_as_before_and_several_as_a_list() {
        let one = sig("a");
        assert!(one.contains("\"key\": \"a\"") && !one.contains("signatures"), "{one}");
        let two = signatures_file(&[
            Signature {
                key: "a".into(),
                signature: [1; 64],
            },
            Signature {
                key: "b".into(),
                signature: [2; 64],
            },
        ]);
        let read = load_signatures(two.as_bytes()).unwrap();
        assert_eq!(read.iter().map(|s| s.key.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(names(&["a".into(), "b".into(), "c".into()]), "`a`, `b` and `c`");
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
        let error = load_signatures(br#"{"schema": 1, "algorithm": "ed25519", "signature": "00"}"#).unwrap_err();
        assert_eq!((error.document, error.pointer.as_str()), ("the signature file", ""));
        assert!(error.message.contains("needs `key`"), "{error}");
        assert!(error.help.contains("`\"key\""), "{error}");
        let Verification::Refused { reason } = decide_all(&trust(false), None, true) else {
            panic!("an unsigned policy is refused here")
        };
        assert!(reason.help.contains("appcheck sign"), "{reason}");
    }

    #[test]
    fn signature_files_round_trip() {
        let file = load_signatures(sig("k").as_bytes()).unwrap();
        assert_eq!(
            file,
            [Signature {
                key: "k".into(),
                signature: [7; 64]
            }]
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
    /// `"<anchor> <policy id>"` → the newest version shown (a JSON number), sorted by
    /// key: the map every JSON object read is (`json::Map`), not another in the module.
    pub record: crate::json::Map,
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
        let mut record = crate::json::Map::new();
        if let Ok(crate::json::Value::Object(map)) = crate::diagnostic::lenient_json(stored) {
            for (key, v) in map {
                if let Some(v) = v.as_u64().filter(|_| key.contains(' ')) {
                    record.insert(key, v.into());
                }
            }
        }
        SeenVersions {
            place: place.to_owned(),
            record,
        }
    }

    /// The record to store: a JSON object of whole numbers, written key by key (serde_json's
    /// writer of any `Value` brought float printing into the Wasm module for this one
    /// object of integers, and its string writer the I/O error machinery).
    pub fn write(&self) -> String {
        let mut out = String::from("{");
        for (key, version) in &self.record {
            if out.len() > 1 {
                out.push(',');
            }
            crate::text::push_json_string(&mut out, key);
            out.push(':');
            out.push_str(&version.as_u64().unwrap_or(0).to_string());
        }
        out.push('}');
        out
    }
}

fn key_anchor(key: &TrustedKey) -> String {
    format!("ed25519:{}", hex::encode(key.public_key))
}

/// Refuses a version older than one seen before from the same anchors, and an unsigned
/// policy that this browser has seen signed by a key the site trusts; otherwise
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
    // Every trusted key that signed vouches for it (two people, two anchors).
    let vouched: Vec<String> = match verification {
        Verification::Verified { keys } => trust
            .keys
            .iter()
            .filter(|k| keys.contains(&k.id))
            .map(key_anchor)
            .collect(),
        Verification::Unsigned => vec![format!("url:{}", seen.place)],
        Verification::Refused { .. } => Vec::new(),
    };
    let entry = |anchor: &str| format!("{anchor} {id}");
    // (A policy this browser has seen signed by a key the site still trusts does not
    // come back unsigned: its signature was taken away, or the file changed.)
    if matches!(verification, Verification::Unsigned)
        && trust
            .keys
            .iter()
            .any(|k| seen.record.contains_key(&entry(&key_anchor(k))))
    {
        return Err(Diagnostic::new(
            "the policy",
            format!("this copy of the policy `{id}` carries no signature, but this browser has seen it signed by a key this site trusts: its signature may have been taken away, or the policy changed"),
            "tell the help desk; the site must publish the policy with its signature (its .sig file, named in the index)",
        ));
    }
    let newest = trust
        .keys
        .iter()
        .map(key_anchor)
        .chain(vouched.clone())
        .filter_map(|anchor| seen.record.get(&entry(&anchor)).and_then(crate::json::Value::as_u64))
        .max();
    match newest {
        Some(newest) if version < newest => Err(Diagnostic::new(
            "the policy",
            format!("this is version {version} of the policy `{id}`, but this browser has already seen version {newest}: an older version may have been put back by mistake or on purpose"),
            format!("tell the help desk; the site must publish the policy again as a version above {newest}"),
        )),
        _ => {
            let mut updated = seen.clone();
            for anchor in vouched {
                let key = entry(&anchor);
                let newest = updated.record.get(&key).and_then(crate::json::Value::as_u64).unwrap_or(0);
                updated.record.insert(key, newest.max(version).into());
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
        let signed = Verification::Verified {
            keys: vec!["it".into()],
        };
        let at = |place: &str| SeenVersions::read("{}", place);
        let seen = check_rollback(&at("a"), &trust, &signed, "memo", 2).unwrap();
        let error = check_rollback(&seen, &trust, &signed, "memo", 1).unwrap_err();
        assert!(error.message.contains("already seen version 2"), "{error}");
        assert!(error.help.contains("above 2"), "{error}");
        assert_eq!(check_rollback(&seen, &trust, &signed, "memo", 2).unwrap(), seen);
        assert!(check_rollback(&seen, &trust, &signed, "other", 1).is_ok());
        // Unsigned where this browser has seen the policy signed by a key the site trusts:
        // refused, whatever its version (its signature taken away, stop 76's probes).
        assert!(check_rollback(&seen, &trust, &Verification::Unsigned, "memo", 1).is_err());
        let error = check_rollback(&seen, &trust, &Verification::Unsigned, "memo", 9).unwrap_err();
        assert!(error.message.contains("seen it signed"), "{error}");
        assert!(error.help.contains(".sig"), "{error}");
        assert!(check_rollback(&seen, &trust, &Verification::Unsigned, "other", 9).is_ok());
        // Unsigned and never seen signed: it raises only its place's record.
        let unsigned = check_rollback(&at("a"), &trust, &Verification::Unsigned, "memo", 9).unwrap();
        let unsigned = check_rollback(&unsigned, &trust, &signed, "memo", 2).unwrap();
        let stored = unsigned.write();
        assert_eq!(
            stored,
            r#"{"ed25519:d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a memo":2,"url:a memo":9}"#
        );
        assert_eq!(SeenVersions::read(&stored, "a"), unsigned);
        assert!(SeenVersions::read("not json", "a").record.is_empty());
        // Written as serde_json writes the same map, whatever the keys hold.
        let odd = r#"{"url:https://x.example/p?a=\"b\"&c=\\ é\u2028 memo": 3, "url:a z": 9007199254740991}"#;
        let odd = SeenVersions::read(odd, "a");
        assert_eq!(odd.record.len(), 2);
        assert_eq!(odd.write(), serde_json::to_string(&odd.record).unwrap());
        assert_eq!(SeenVersions::new().write(), "{}");
        assert!(
            SeenVersions::read(r#"{"memo": 7}"#, "a").record.is_empty(),
            "the old record by id alone"
        );
    }
}
