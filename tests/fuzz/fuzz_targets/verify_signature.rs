//! Any bytes as a trust.json, a signature file and a policy, through the decision the
//! page and `appcheck verify` make, with real Ed25519 verification: never a panic, and
//! never "verified" unless the signature truly verifies.
#![no_main]

use appcheck::trust::{decide, load_trust, Verification};
use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use libfuzzer_sys::fuzz_target;

const TRUST: &[u8] = br#"{"schema": 1, "allow_unsigned": false, "keys": [{"id": "k", "public_key": "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"}]}"#;

fuzz_target!(|data: &[u8]| {
    // The input is split into a signature file and a policy; it is also tried as trust.json.
    let _ = load_trust(data);
    let cut = data.first().map_or(0, |b| usize::from(*b)).min(data.len());
    let (signature, policy) = data.split_at(cut);
    let Ok(trust) = load_trust(TRUST) else { return };
    let mut really_valid = false;
    let decision = decide(&trust, Some(signature), |key, file| {
        let Ok(public) = VerifyingKey::from_bytes(&key.public_key) else { return false };
        really_valid = public.verify(policy, &Signature::from_bytes(&file.signature)).is_ok();
        really_valid
    });
    if let Verification::Verified { .. } = decision {
        assert!(really_valid, "verified without a valid signature");
    }
});
