//! The service worker (`www/sw.js`) with the site's files written in, so the page
//! keeps working offline.

use std::collections::BTreeSet;

use super::hash::{content_hash, is_hashed, sha256};
use super::tree::Files;

/// The line of www/sw.js that `build` fills in with the site's files.
const SW_FILES_LINE: &str = "const SITE = { version: 'unbuilt', assets: [], data: [] };";

/// The service worker with the site's files written in: the content-hashed assets the
/// page leads to (cached at install, served from the cache: their names change with
/// their bytes),
/// and the page and its data (fetched network-first). Its version changes with any
/// of them, so browsers install the new worker after every build that changes a file.
pub fn service_worker(
    page_files: &Files,
    page: &BTreeSet<String>,
    sw: &str,
    data: &[String],
) -> Result<Vec<u8>, String> {
    let source = page_files
        .get(sw)
        .and_then(|b| std::str::from_utf8(b).ok())
        .ok_or("www/sw.js is not UTF-8 text")?;
    if source.matches(SW_FILES_LINE).count() != 1 {
        return Err(format!(
            "www/sw.js must have the line `{SW_FILES_LINE}` once, for the build to fill in"
        ));
    }
    let assets: Vec<&String> = page.iter().filter(|p| is_hashed(p)).collect();
    let mut fingerprint = Vec::new();
    for (path, bytes) in page_files.iter().filter(|(p, _)| p.as_str() != sw) {
        fingerprint.extend_from_slice(path.as_bytes());
        fingerprint.extend_from_slice(&sha256(bytes));
    }
    fingerprint.extend_from_slice(source.as_bytes());
    let files = serde_json::json!({
        "version": content_hash(&fingerprint),
        "assets": assets,
        "data": data,
    });
    Ok(source
        .replace(SW_FILES_LINE, &format!("const SITE = {files};"))
        .into_bytes())
}
