//! Any bytes as a trust.json, a signature file and a policy, through the decision the
//! page and `appcheck verify` make, with real Ed25519 verification: never a panic, and
//! never "verified" unless the signature truly verifies.
#![no_main]

use appcheck::open::Opening;
use appcheck::trust::{load_trust, SeenVersions, Verification};
use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use libfuzzer_sys::fuzz_target;

const TRUST: &[u8] = br#"{"schema": 1, "allow_unsigned": false, "keys": [{"id": "k", "public_key": "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"}]}"#;

fuzz_target!(|data: &[u8]| {
    // The input is split into a signature file and a policy; it is also tried as trust.json.
    let _ = load_trust(data);
    let cut = data.first().map_or(0, |b| usize::from(*b)).min(data.len());
    let (signature, policy) = data.split_at(cut);
    let Ok(trust) = load_trust(TRUST) else { return };
    let opening = Opening::new(None, policy, Some(signature), &trust);
    let valid: Vec<_> = opening
        .to_verify()
        .into_iter()
        .filter(|c| {
            VerifyingKey::from_bytes(&c.public_key)
                .is_ok_and(|key| key.verify(policy, &Signature::from_bytes(&c.signature)).is_ok())
        })
        .collect();
    let really_valid = !valid.is_empty();
    let now = chrono::DateTime::from_timestamp(1_700_000_000, 0).unwrap_or_default();
    if let Ok(opened) = opening.finish(&valid, &SeenVersions::new(), now) {
        if let Verification::Verified { .. } = opened.verification {
            assert!(really_valid, "verified without a valid signature");
        }
    }
});
