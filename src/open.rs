//! One road to open a published policy: which file the index names, its signature
//! checked against the site's trusted keys, the policy read strictly, its id matched
//! against the index, and an older version than one already seen refused.
//!
//! The page, `appcheck build` and `appcheck verify` all open policies this way, so a
//! policy the build publishes is one the page shows, and a refusal reads the same
//! everywhere. What is impure stays with the shells: fetching or reading the files,
//! the Ed25519 arithmetic (WebCrypto in the page, ed25519-dalek in the CLI, which may
//! be asynchronous — hence two steps, [`Opening::new`] and [`Opening::finish`], with
//! the shell's verification of each [`Candidate`] in between), and where the record of
//! versions seen lives.
//!
//! A policy that orders apps removed needs the site's threshold of signatures by
//! distinct trusted keys (`trust.json`'s `publish.threshold`); a withdrawal, or a policy
//! that orders nothing, needs one. Below the threshold the refusal is
//! [`Refusal::NotApproved`]: the page says "not yet approved — ask the help desk", and
//! `appcheck build` does not publish it.

use chrono::{DateTime, Utc};

use crate::diagnostic::Diagnostic;
use crate::policy::{load_policy, IndexEntry, Policy, PolicyIndex};
use crate::trust::{
    approval, candidates, check_rollback, decide, load_signatures, tally, Candidate, SeenVersions, Signature, Tally,
    Trust, Verification,
};

/// Why a published policy is not shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The link names a policy the index does not list.
    Unknown { id: String },
    /// The signature is missing, broken, by an untrusted key, or does not match.
    NotVerified { reason: Diagnostic },
    /// The policy orders apps removed and has fewer signatures by distinct trusted keys
    /// than the site's threshold: not yet approved. The reason names who signed and
    /// how many more are needed.
    NotApproved { reason: Diagnostic },
    /// The file is not a valid policy.
    NotRead(Diagnostic),
    /// The file holds another policy than the index says.
    Mismatch { expected: String, found: String },
    /// An older version than one this reader has already seen.
    Rollback { reason: Diagnostic },
}

impl Refusal {
    /// What is wrong, where and what to do, when the refusal comes from reading a file
    /// (the signature, the policy) or from the versions seen.
    pub fn diagnostic(&self) -> Option<&Diagnostic> {
        match self {
            Refusal::NotVerified { reason }
            | Refusal::NotApproved { reason }
            | Refusal::Rollback { reason }
            | Refusal::NotRead(reason) => Some(reason),
            Refusal::Unknown { .. } | Refusal::Mismatch { .. } => None,
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Unknown { id } => write!(f, "no policy `{id}` is published here"),
            Refusal::NotVerified { reason }
            | Refusal::NotApproved { reason }
            | Refusal::Rollback { reason }
            | Refusal::NotRead(reason) => write!(f, "{reason}"),
            Refusal::Mismatch { expected, found } => {
                write!(
                    f,
                    "the file holds the policy `{found}`, not `{expected}` as the index says"
                )
            }
        }
    }
}

/// A published policy, opened: ready to show.
#[derive(Debug, Clone)]
pub struct Opened {
    pub policy: Policy,
    pub verification: Verification,
    /// The record of versions seen, with this one: the shell stores it.
    pub seen: SeenVersions,
}

/// What a help desk's link asks for: the policy and the language its `?…` and `#…` parts
/// name ([`link_asks`]).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct LinkAsks {
    /// The policy named (perhaps empty, or not published: asked for all the same).
    pub policy: Option<String>,
    /// A second, different policy the same link names: the link is not understood.
    pub also: Option<String>,
    pub language: Option<String>,
}

/// Reads a link's `?…` part (`search`) and its `#…` part (`hash`, which wins where both
/// say), as people, mail programs and chat apps pass links on: `#policy=<id>&lang=<tag>`,
/// and also `?policy=`, `#/policy=`, `#!policy=`, `#Policy=`, `#policy:<id>`,
/// `#policy%3D<id>`, a space after the `#`, or the id alone (`#<id>`). A `#…` part that
/// names no policy by any of these but says something (`#polcy=…`) asks for what it says,
/// so the page says that is not published, never shows the default in its place (a
/// withdrawn default says "no action needed"); two different policies in one link are
/// [`LinkAsks::also`]. `ignore` tells the `#…` words that are the page's own anchors.
pub fn link_asks(search: &str, hash: &str, ignore: &dyn Fn(&str) -> bool) -> LinkAsks {
    let mut asks = LinkAsks::default();
    for (part, is_hash) in [(search, false), (hash, true)] {
        // (Escapes that make no text, `%FF`, `100%`, left as they are.)
        let decoded = crate::text::percent_decoded(part).unwrap_or_else(|| part.to_owned());
        // (Without the characters that take no room, which mail and chat apps and copies
        // put into links, `bank\u{200b}-tiktok`: the id as it is shown, [`shown_id`].)
        let decoded = if decoded.chars().any(hidden) {
            decoded.chars().filter(|&c| !hidden(c)).collect()
        } else {
            decoded
        };
        let text = decoded.trim().trim_start_matches(['#', '?', '/', '!', ' ']).trim();
        let mut named: Vec<String> = Vec::new();
        let mut other: Option<String> = None;
        for pair in text.split(['&', ';']).map(str::trim).filter(|p| !p.is_empty()) {
            match pair.split_once(['=', ':']) {
                Some((key, value)) if key.trim().eq_ignore_ascii_case("policy") => {
                    let value = value.trim().to_owned();
                    if !named.contains(&value) {
                        named.push(value);
                    }
                }
                Some((key, value)) if key.trim().eq_ignore_ascii_case("lang") => {
                    let value = value.trim();
                    if !value.is_empty() {
                        asks.language = Some(value.to_owned());
                    }
                }
                // (Something else in the `#…` part, `#polcy=…`, or the id alone.)
                _ if is_hash && !ignore(pair) => {
                    other.get_or_insert_with(|| pair.to_owned());
                }
                _ => {}
            }
        }
        let mut named = named.into_iter();
        match (named.next(), other) {
            (Some(first), _) => {
                asks.also = named.next();
                asks.policy = Some(first);
            }
            (None, Some(other)) => {
                asks.policy = Some(other);
                asks.also = None;
            }
            (None, None) => {}
        }
    }
    asks
}

/// The characters that take no room in a link or a shown id: [`crate::text::is_invisible`],
/// controls, interlinear annotations and tags.
fn hidden(c: char) -> bool {
    c.is_control() || crate::text::is_invisible(c) || matches!(c, '\u{FFF9}'..='\u{FFFB}' | '\u{E0000}'..='\u{E0FFF}')
}

/// Longest a policy's id named by a link is shown, in characters ([`shown_id`]).
const SHOWN_ID_CHARS: usize = 64;

/// A policy's id as the page repeats what a link named (`This link names the policy
/// …`): without the characters that turn the text's direction or hide in it (controls,
/// bidirectional marks and overrides, zero-width and other format characters), at most
/// `SHOWN_ID_CHARS` (64) characters (an ellipsis after), and isolated from the page's
/// sentence around it (U+2068 … U+2069), so that a link cannot write the page's words
/// nor turn them around.
pub fn shown_id(id: &str) -> String {
    let mut kept = id.chars().filter(|&c| !hidden(c));
    let mut out: String = kept.by_ref().take(SHOWN_ID_CHARS).collect();
    if kept.next().is_some() {
        out.push('…');
    }
    format!("\u{2068}{out}\u{2069}")
}

/// The index entry a link opens: the one it names, else the index's default.
pub fn locate<'i>(index: &'i PolicyIndex, wanted: Option<&str>) -> Result<&'i IndexEntry, Refusal> {
    let id = wanted.unwrap_or(&index.default);
    index.find(id).ok_or_else(|| Refusal::Unknown { id: id.to_owned() })
}

/// The road's strict read: the policy file's bytes as a policy, holding the policy the
/// index lists it as (`expected_id`; none when a page names a file directly).
/// `appcheck validate` reads an index's policies this way, before any signature.
pub fn read(expected_id: Option<&str>, bytes: &[u8]) -> Result<Policy, Refusal> {
    let policy = load_policy(bytes).map_err(Refusal::NotRead)?;
    match expected_id {
        Some(expected) if expected != policy.id => Err(Refusal::Mismatch {
            expected: expected.to_owned(),
            found: policy.id,
        }),
        _ => Ok(policy),
    }
}

/// A policy file and its signature file, read, waiting for the shell to verify the
/// signatures (see [`Opening::to_verify`]).
pub struct Opening<'a> {
    expected_id: Option<&'a str>,
    policy: &'a [u8],
    trust: &'a Trust,
    /// The signature file, read once: absent, or its signatures, or why it cannot be read.
    signatures: Option<Result<Vec<Signature>, Diagnostic>>,
}

impl<'a> Opening<'a> {
    /// Starts opening `policy` (the file's exact bytes), which the index lists as
    /// `expected_id` (none when a page names a file directly), with its `.sig` file's
    /// bytes if it has one, for a site that trusts `trust`.
    pub fn new(expected_id: Option<&'a str>, policy: &'a [u8], signature: Option<&[u8]>, trust: &'a Trust) -> Self {
        Opening {
            expected_id,
            policy,
            trust,
            signatures: signature.map(load_signatures),
        }
    }

    /// What the shell must verify: each signature by a trusted key (an exact repeat
    /// once), to be checked as that key's Ed25519 signature over [`Opening::message`].
    /// Empty when there is nothing to verify.
    pub fn to_verify(&self) -> Vec<Candidate> {
        match &self.signatures {
            Some(Ok(signatures)) => candidates(self.trust, signatures),
            _ => Vec::new(),
        }
    }

    /// The policy's exact bytes, which every signature covers.
    pub fn message(&self) -> &'a [u8] {
        self.policy
    }

    /// Opens the policy, given the candidates the shell found valid (any others it
    /// passes are not counted), the record of versions seen, and the time now (a
    /// withdrawal that takes effect later orders until then: `Policy::orders_at`).
    pub fn finish(self, valid: &[Candidate], seen: &SeenVersions, now: DateTime<Utc>) -> Result<Opened, Refusal> {
        let verification = decide(self.trust, self.signatures.as_ref(), valid);
        if let Verification::Refused { reason } = verification {
            return Err(Refusal::NotVerified { reason });
        }
        // At least one trusted key signed these bytes (or the site accepts them
        // unsigned): they may be read, to see whether they order anything.
        let policy = read(self.expected_id, self.policy)?;
        let signed = match &self.signatures {
            Some(Ok(signatures)) => tally(self.trust, signatures, valid),
            _ => Tally::default(),
        };
        // Unsigned and accepted: trust.json refuses that beside a threshold above one.
        if !matches!(verification, Verification::Unsigned) || self.trust.threshold > 1 {
            approval(self.trust, &signed, policy.orders_at(now)).map_err(|reason| Refusal::NotApproved { reason })?;
        }
        let seen = check_rollback(seen, self.trust, &verification, &policy.id, policy.version)
            .map_err(|reason| Refusal::Rollback { reason })?;
        Ok(Opened {
            policy,
            verification,
            seen,
        })
    }
}

#[cfg(test)]
mod link_tests {
    use super::*;

    /// Acceptance probe (stop 67): an unknown policy's id was repeated whole, a
    /// right-to-left override in it turned the page's sentence around, and 100,000
    /// characters made a block 47,000 pixels tall.
    #[test]
    fn a_named_id_is_shown_short_without_hidden_characters_and_isolated() {
        assert_eq!(shown_id("bank-tiktok-2020"), "\u{2068}bank-tiktok-2020\u{2069}");
        assert_eq!(shown_id("\u{202E}deeN noitcA"), "\u{2068}deeN noitcA\u{2069}");
        assert_eq!(shown_id("a\u{200B}b\u{2066}c\u{0000}d"), "\u{2068}abcd\u{2069}");
        let long = shown_id(&"a".repeat(100_000));
        assert_eq!(long.chars().count(), SHOWN_ID_CHARS + 3);
        assert!(long.ends_with("…\u{2069}"));
        assert_eq!(
            shown_id(&"é".repeat(SHOWN_ID_CHARS)).chars().count(),
            SHOWN_ID_CHARS + 2
        );
    }

    fn asks(search: &str, hash: &str) -> LinkAsks {
        link_asks(search, hash, &|word| word == "main")
    }

    #[test]
    fn a_link_names_its_policy_however_it_was_passed_on() {
        let id = "us-no-tiktok-on-government-devices";
        for (search, hash) in [
            ("", "#policy=us-no-tiktok-on-government-devices"),
            ("?policy=us-no-tiktok-on-government-devices", ""),
            ("", "#/policy=us-no-tiktok-on-government-devices"),
            ("", "#!policy=us-no-tiktok-on-government-devices"),
            ("", "#Policy=us-no-tiktok-on-government-devices"),
            ("", "#POLICY=us-no-tiktok-on-government-devices"),
            ("", "#policy:us-no-tiktok-on-government-devices"),
            ("", "#policy%3Dus-no-tiktok-on-government-devices"),
            ("", "# policy=us-no-tiktok-on-government-devices"),
            ("", "#us-no-tiktok-on-government-devices"),
            (
                "?utm_source=email",
                "#policy=us-no-tiktok-on-government-devices&lang=de",
            ),
            ("?policy=retailer-memo-us", "#policy=us-no-tiktok-on-government-devices"),
            // (Characters that take no room, which a mail or chat app, or a copy, put in:
            // a zero-width space, a soft hyphen, a turned direction, a NUL.)
            ("", "#policy=us-no\u{200b}-tiktok-on-government-devices"),
            ("", "#policy=us-no-tiktok-on-government-devices%C2%AD"),
            ("", "#policy=us-no-tiktok-on-government-devices\u{202e}"),
            ("", "#policy=us-no-tiktok-on-government-devices%00"),
            ("", "#us-no-tiktok-on-\u{feff}government-devices"),
        ] {
            let got = asks(search, hash);
            assert_eq!(got.policy.as_deref(), Some(id), "{search:?} {hash:?}");
            assert_eq!(got.also, None, "{search:?} {hash:?}");
        }
        assert_eq!(asks("", "#policy=a&lang=de").language.as_deref(), Some("de"));
        assert_eq!(asks("", "#LANG=fr").language.as_deref(), Some("fr"));
    }

    #[test]
    fn a_link_that_names_no_policy_or_two_is_never_the_default() {
        // Two policies: the link is not understood.
        let two = asks("", "#policy=us-no-tiktok-on-government-devices&policy=retailer-memo-us");
        assert_eq!(two.also.as_deref(), Some("retailer-memo-us"));
        // The same one twice is one.
        assert_eq!(asks("", "#policy=a&policy=a").also, None);
        // Something else in the `#…` part is what it asks for (and is not published).
        assert_eq!(asks("", "#polcy=x").policy.as_deref(), Some("polcy=x"));
        assert_eq!(asks("", "#policy=").policy.as_deref(), Some(""));
        // Nothing asked: the default.
        assert_eq!(asks("", ""), LinkAsks::default());
        assert_eq!(asks("", "#"), LinkAsks::default());
        assert_eq!(asks("?utm_source=email", "").policy, None);
        assert_eq!(asks("", "#lang=de").policy, None);
        // The page's own anchors are not policies.
        assert_eq!(asks("", "#main").policy, None);
        // Escapes that make no text are kept as they are.
        assert_eq!(asks("", "#policy=%FF%FE").policy.as_deref(), Some("%FF%FE"));
    }
}
