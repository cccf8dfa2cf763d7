//! Hashes of the build's outputs: the content hash in a published file's name, and the
//! SHA-256 sources of the single file's Content-Security-Policy.
//!
//! SHA-256 is not needed for cache-busting (any hash would do), but the build needs it
//! anyway for the single file's CSP, so one hash serves both; 10 hex digits (40 bits)
//! make a collision between two versions of one file vanishingly unlikely.

use base64ct::{Base64, Encoding};
use sha2::{Digest, Sha256};

use super::tree::file_name;

pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// The first 10 hex digits of the SHA-256 of `bytes`: the hash in a file's name.
pub fn content_hash(bytes: &[u8]) -> String {
    hex::encode(sha256(bytes)).chars().take(10).collect()
}

pub fn base64(bytes: &[u8]) -> String {
    Base64::encode_string(bytes)
}

/// Whether a published name carries a content hash (`name.0123456789.ext`).
pub fn is_hashed(path: &str) -> bool {
    let mut parts = file_name(path).rsplit('.');
    let (_ext, hash) = (parts.next(), parts.next());
    parts.next().is_some() && hash.is_some_and(|h| h.len() == 10 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The `'sha256-…'` CSP source for an inline script's or style's exact text.
pub fn csp_hash(text: &str) -> String {
    format!("'sha256-{}'", base64(&sha256(text.as_bytes())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names_are_recognised() {
        assert!(is_hashed("www/app.0123456789.js"));
        assert!(!is_hashed("www/app.js"));
        assert!(!is_hashed("0123456789.js"));
        assert!(!is_hashed("www/app.01234567zz.js"));
    }
}
