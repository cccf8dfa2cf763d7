//! Keys and signatures for policy authors: `appcheck keygen`, `sign` and `verify`.
//!
//! The arithmetic is ed25519-dalek's; what a signature file and trust.json look like,
//! and what the page decides from them, is the core's (`appcheck::trust`), so `verify`
//! answers exactly as the page will.

use std::path::{Path, PathBuf};

use appcheck::open::{Opening, Refusal};
use appcheck::trust::{
    load_signatures, load_trust, names, signatures_file, tally, Candidate, SeenVersions, Signature as SignatureEntry,
    Verification,
};
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyFile {
    schema: u64,
    id: String,
    /// The 32-byte secret, in hex. Keep this file private.
    private_key: String,
}

/// The signature file that belongs to a policy file: `policy.json.sig`.
pub fn signature_path(policy: &Path) -> PathBuf {
    let mut name = policy.as_os_str().to_owned();
    name.push(".sig");
    PathBuf::from(name)
}

pub fn keygen(id: &str, out: &Path) -> Result<(), String> {
    if id.trim().is_empty() || id.contains(char::is_whitespace) {
        return Err(format!(
            "`{id}` is not a usable key id; use letters, digits and dashes, e.g. it-2026"
        ));
    }
    if out.exists() {
        return Err(format!(
            "`{}` exists already; appcheck does not overwrite a key",
            out.display()
        ));
    }
    let mut secret = [0u8; 32];
    getrandom::getrandom(&mut secret).map_err(|e| format!("no randomness from the operating system: {e}"))?;
    let key = SigningKey::from_bytes(&secret);
    let file = KeyFile {
        schema: 1,
        id: id.to_owned(),
        private_key: hex::encode(secret),
    };
    let text = serde_json::to_string_pretty(&file).map_err(|e| e.to_string())? + "\n";
    write_private(out, &text)?;
    println!(
        "private key written to {} (keep it secret; it signs policies)",
        out.display()
    );
    println!("add this to the site's trust.json \"keys\":");
    println!(
        "  {{ \"id\": \"{id}\", \"public_key\": \"{}\" }}",
        hex::encode(key.verifying_key().to_bytes())
    );
    Ok(())
}

#[cfg(unix)]
fn write_private(path: &Path, text: &str) -> Result<(), String> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
    file.write_all(text.as_bytes())
        .map_err(|e| format!("cannot write `{}`: {e}", path.display()))
}

#[cfg(not(unix))]
fn write_private(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write `{}`: {e}", path.display()))
}

/// Signs `policy` with `key`, beside the signatures its `.sig` file already holds (a
/// signature by the same key is replaced): the second person's signature composes
/// with the first's.
pub fn sign(policy: &Path, key: &Path) -> Result<(), String> {
    let bytes = std::fs::read(policy).map_err(|e| format!("cannot read `{}`: {e}", policy.display()))?;
    appcheck::policy::load_policy(&bytes)
        .map_err(|e| format!("`{}` is not a valid policy, so it is not signed: {e}", policy.display()))?;
    let text = std::fs::read(key).map_err(|e| format!("cannot read the key `{}`: {e}", key.display()))?;
    let file: KeyFile =
        serde_json::from_slice(&text).map_err(|e| format!("`{}` is not an appcheck key file: {e}", key.display()))?;
    let secret: [u8; 32] = hex::decode(&file.private_key)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| format!("`{}` does not hold a 32-byte private key", key.display()))?;
    let signature = SigningKey::from_bytes(&secret).sign(&bytes);
    let out = signature_path(policy);
    let mut signatures = match std::fs::read(&out) {
        Ok(existing) => load_signatures(&existing).map_err(|e| {
            format!(
                "`{}` is there already but is not a signature file, so nothing is added to it: {e}\n  help: move it away and sign again",
                out.display()
            )
        })?,
        Err(_) => Vec::new(),
    };
    signatures.retain(|s| s.key != file.id);
    signatures.push(SignatureEntry {
        key: file.id.clone(),
        signature: signature.to_bytes(),
    });
    if signatures.len() > appcheck::trust::MAX_SIGNATURES {
        return Err(format!(
            "`{}` holds {} signatures already; a signature file holds at most {}",
            out.display(),
            signatures.len() - 1,
            appcheck::trust::MAX_SIGNATURES
        ));
    }
    std::fs::write(&out, signatures_file(&signatures)).map_err(|e| format!("cannot write `{}`: {e}", out.display()))?;
    let ids: Vec<String> = signatures.iter().map(|s| s.key.clone()).collect();
    println!(
        "signed {} with the key `{}`: {} holds the signatures of {}",
        policy.display(),
        file.id,
        out.display(),
        names(&ids)
    );
    Ok(())
}

pub fn verify(policy: &Path, trust: &Path) -> Result<u8, String> {
    let bytes = std::fs::read(policy).map_err(|e| format!("cannot read `{}`: {e}", policy.display()))?;
    let trust_bytes = std::fs::read(trust).map_err(|e| format!("cannot read `{}`: {e}", trust.display()))?;
    let trust = load_trust(&trust_bytes).map_err(|e| format!("{}: {e}", trust.display()))?;
    let signature = std::fs::read(signature_path(policy)).ok();
    // The page's road: the signature, then the policy itself (no versions seen here).
    let opening = Opening::new(None, &bytes, signature.as_deref(), &trust);
    let valid = valid_signatures(&opening);
    match opening.finish(&valid, &SeenVersions::new(), crate::system_now()?) {
        Ok(opened) => {
            match opened.verification {
                Verification::Verified { keys } => {
                    let plural = if keys.len() == 1 { "key" } else { "keys" };
                    println!(
                        "verified: {} is signed with the trusted {plural} {}",
                        policy.display(),
                        names(&keys)
                    );
                    let listed = signature.as_deref().and_then(|bytes| load_signatures(bytes).ok());
                    for note in listed
                        .map(|list| tally(&trust, &list, &valid).not_counted)
                        .unwrap_or_default()
                    {
                        println!("  not counted: {note}");
                    }
                    if trust.threshold > 1 {
                        println!(
                            "  this site publishes an order with {} signatures by different keys, a withdrawal with one",
                            trust.threshold
                        );
                    }
                }
                _ => println!(
                    "unsigned: {} has no signature; this site accepts it, marked \"unsigned\"",
                    policy.display()
                ),
            }
            Ok(0)
        }
        Err(Refusal::NotVerified { reason } | Refusal::NotApproved { reason }) => {
            eprintln!("refused: {}: {reason}", policy.display());
            Ok(2)
        }
        Err(other) => {
            eprintln!("refused: {}: {other}", policy.display());
            Ok(2)
        }
    }
}

/// The candidates whose Ed25519 signature holds over the policy's exact bytes.
pub fn valid_signatures(opening: &Opening<'_>) -> Vec<Candidate> {
    opening
        .to_verify()
        .into_iter()
        .filter(|c| ed25519_valid(&c.public_key, &c.signature, opening.message()))
        .collect()
}

/// Whether `signature` is `public_key`'s Ed25519 signature over `message`.
pub fn ed25519_valid(public_key: &[u8; 32], signature: &[u8; 64], message: &[u8]) -> bool {
    VerifyingKey::from_bytes(public_key).is_ok_and(|key| key.verify(message, &Signature::from_bytes(signature)).is_ok())
}
