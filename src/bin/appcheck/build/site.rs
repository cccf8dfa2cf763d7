//! The site's layout: the page's scripts, stylesheets, images and Wasm module under
//! content-hashed names, which browsers may cache for good; the page, the service
//! worker and the entry points other pages name keep their names.

use std::collections::BTreeMap;

use super::hash::content_hash;
use super::relink::{kind, Kind, Layout};
use super::tree::{dir_of, file_name, relative, Files};

/// The static site's layout: scripts, stylesheets, images and the Wasm module under
/// content-hashed names; pages and the entry points other pages name keep theirs.
pub struct SiteLayout;

/// The service worker's source; it is published at the site's root, beside the page,
/// so that its scope covers the page wherever the site is served.
pub const SERVICE_WORKER: &str = "www/sw.js";

/// Files that keep their names: what other pages and the browser ask for by name.
/// (`www/appcheck.js`, the JS API, is hashed like the rest; a stable file of that name
/// re-exports it, see [`stable_aliases`].)
const STABLE: &[&str] = &[SERVICE_WORKER, "www/app-check.js"];

/// The single file's bootstrap, which the site does not publish.
pub const SINGLE_FILE_BOOTSTRAP: &str = "www/single-file.js";

/// The long-list worker, which the single file carries as text and starts from a `blob:`.
pub const SINGLE_FILE_WORKER: &str = "www/worker.js";

/// Modules that other pages import by a stable name: published hashed, and under the
/// stable name as a one-line re-export of the hashed file.
pub const STABLE_ALIASES: &[&str] = &["www/appcheck.js"];

impl Layout for SiteLayout {
    fn dir(&self, path: &str) -> Result<String, String> {
        Ok(if path == SERVICE_WORKER {
            String::new()
        } else {
            dir_of(path).to_owned()
        })
    }

    fn name(&self, path: &str, bytes: &[u8]) -> String {
        let name = file_name(path);
        if kind(path) == Kind::Html || STABLE.contains(&path) {
            return name.to_owned();
        }
        match name.rsplit_once('.') {
            Some((stem, ext)) => format!("{stem}.{}.{ext}", content_hash(bytes)),
            None => format!("{name}.{}", content_hash(bytes)),
        }
    }
}

/// The stable re-exports of [`STABLE_ALIASES`], for the hashed names in `names`.
pub fn stable_aliases(names: &BTreeMap<String, String>) -> Files {
    let mut out = Files::new();
    for alias in STABLE_ALIASES {
        if let Some(hashed) = names.get(*alias) {
            let text = format!(
                "// A stable name for pages that import the widget's JS API (www/appcheck.js);\n\
                 // the code is in the content-hashed file, which browsers may cache for good.\n\
                 export * from './{}';\n",
                relative(dir_of(alias), hashed)
            );
            out.insert((*alias).to_owned(), text.into_bytes());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::relink::relink;
    use super::super::tree::{file_name, from_texts as files};
    use super::*;

    #[test]
    fn the_service_worker_moves_to_the_root_and_stable_names_stay() {
        let app = files(&[
            ("www/sw.js", "self;"),
            ("www/app-check.js", "import './appcheck.js';\n"),
            ("www/appcheck.js", ""),
        ]);
        let site = relink(&app, &["www/sw.js", "www/app-check.js"], &SiteLayout).unwrap();
        assert_eq!(site.names["www/sw.js"], "sw.js");
        assert_eq!(site.names["www/app-check.js"], "www/app-check.js");
        let hashed = &site.names["www/appcheck.js"];
        assert!(String::from_utf8(site.files["www/app-check.js"].clone())
            .unwrap()
            .contains(&format!("import './{}'", file_name(hashed))));
        let aliases = stable_aliases(&site.names);
        assert_eq!(
            String::from_utf8(aliases["www/appcheck.js"].clone())
                .unwrap()
                .lines()
                .last()
                .unwrap(),
            format!("export * from './{}';", file_name(hashed))
        );
    }
}
