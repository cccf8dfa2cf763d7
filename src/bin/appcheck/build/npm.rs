//! The npm package: the JS API module, the element's definer, the worker, the
//! wasm-bindgen glue, the Wasm module, the stylesheet and the interface's language
//! files from the built page, flat and
//! under fixed names, with the package.json, README and TypeScript declarations of
//! its template (`pkg-config/npm/`).

use std::path::Path;

use super::relink::{relink, Layout};
use super::tree::{file_name, read_tree, Files};

/// The npm package's layout: flat, with fixed names.
pub struct NpmLayout;

/// Where the package's files come from in the built page.
pub const NPM_FILES: &[(&str, &str)] = &[
    ("www/appcheck.js", "appcheck.js"),
    ("www/widget.js", "widget.js"),
    ("www/app-check.js", "app-check.js"),
    ("www/worker.js", "worker.js"),
    ("pkg/appcheck.js", "appcheck_glue.js"),
    ("pkg/appcheck_bg.wasm", "appcheck_bg.wasm"),
    // The worker's module: it checks, and draws nothing.
    ("pkg/checker.js", "checker_glue.js"),
    ("pkg/checker_bg.wasm", "checker_bg.wasm"),
    ("www/style.css", "style.css"),
    // The interface's other languages, which the Wasm module loads as data.
    ("i18n/de.json", "appcheck.de.json"),
    ("i18n/fr.json", "appcheck.fr.json"),
    ("i18n/es.json", "appcheck.es.json"),
];

impl Layout for NpmLayout {
    fn dir(&self, path: &str) -> Result<String, String> {
        if NPM_FILES.iter().any(|(from, _)| *from == path) {
            Ok(String::new())
        } else {
            Err(format!(
                "the npm package has no place for `{path}`, which its modules refer to; \
                 add it to NPM_FILES in src/bin/appcheck/build/npm.rs"
            ))
        }
    }

    fn name(&self, path: &str, _bytes: &[u8]) -> String {
        NPM_FILES
            .iter()
            .find(|(from, _)| *from == path)
            .map_or_else(|| file_name(path).to_owned(), |(_, to)| (*to).to_owned())
    }
}

/// Where `www/widget.js` looks for the site's files by default (relative to itself)…
const SITE_FILES: &str = "const SITE_FILES = '../';";
/// …and in the npm package: nowhere but where the host page says (relative to the page).
const NO_SITE_FILES: &str = "const SITE_FILES = null;";

/// The npm package: the JS API module, the element's definer, the wasm-bindgen glue,
/// the Wasm module and the stylesheet from the built page, with the package.json,
/// README and TypeScript declarations of `template` (its `"version": "0.0.0"` set to
/// this crate's version, and the types of the check's request and response appended to
/// its `appcheck.d.ts`).
pub fn npm_package(app: &Files, template: &Path) -> Result<Files, String> {
    let roots: Vec<&str> = NPM_FILES.iter().map(|(from, _)| *from).collect();
    let mut files = relink(app, &roots, &NpmLayout)?.files;
    let template_files = read_tree(template)?;
    for (path, bytes) in template_files {
        if files.contains_key(&path) {
            return Err(format!(
                "`{}` has `{path}`, which the build makes from the page; remove it",
                template.display()
            ));
        }
        files.insert(path, bytes);
    }
    // The request and response types, generated from the Rust types, after the
    // template's declarations of the functions and the element.
    let types = files
        .get_mut("appcheck.d.ts")
        .ok_or_else(|| format!("`{}` has no appcheck.d.ts", template.display()))?;
    types.extend_from_slice(b"\n");
    types.extend_from_slice(appcheck::typescript::declarations().as_bytes());
    let manifest = files
        .get_mut("package.json")
        .ok_or_else(|| format!("`{}` has no package.json", template.display()))?;
    let text = String::from_utf8(manifest.clone()).map_err(|_| "package.json is not UTF-8 text".to_owned())?;
    const PLACEHOLDER: &str = "\"version\": \"0.0.0\"";
    if text.matches(PLACEHOLDER).count() != 1 {
        return Err(format!(
            "`{}/package.json` must say {PLACEHOLDER} once, for the build to set the version",
            template.display()
        ));
    }
    *manifest = text
        .replace(PLACEHOLDER, &format!("\"version\": \"{}\"", env!("CARGO_PKG_VERSION")))
        .into_bytes();
    // The package has no site around it: the widget's default files are the host page's.
    let start = files.get_mut("widget.js").ok_or("the npm package has no widget.js")?;
    let text = String::from_utf8(start.clone()).map_err(|_| "widget.js is not UTF-8 text".to_owned())?;
    if text.matches(SITE_FILES).count() != 1 {
        return Err(format!(
            "www/widget.js must say {SITE_FILES} once, for the npm package to find the site's files next to the page"
        ));
    }
    *start = text.replace(SITE_FILES, NO_SITE_FILES).into_bytes();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::super::tree::from_texts as files;
    use super::*;

    #[test]
    fn the_npm_package_is_flat_and_its_imports_stay_relative() {
        let app = files(&[
            (
                "www/appcheck.js",
                "import init from '../pkg/appcheck.js';\nnew URL('./style.css', import.meta.url);\n",
            ),
            ("www/app-check.js", "import './appcheck.js';\n"),
            ("pkg/appcheck.js", "new URL('appcheck_bg.wasm', import.meta.url);\n"),
            ("pkg/appcheck_bg.wasm", "\0asm"),
            ("www/style.css", ""),
        ]);
        let npm = relink(&app, &["www/appcheck.js", "www/app-check.js"], &NpmLayout).unwrap();
        let text = |p: &str| String::from_utf8(npm.files[p].clone()).unwrap();
        assert!(text("appcheck.js").contains("from './appcheck_glue.js'"));
        assert!(text("appcheck.js").contains("new URL('./style.css', import.meta.url)"));
        assert!(text("appcheck_glue.js").contains("new URL('appcheck_bg.wasm', import.meta.url)"));
        assert!(text("app-check.js").contains("import './appcheck.js'"));
        let stray = files(&[
            ("www/appcheck.js", "import x from './other.js';\n"),
            ("www/other.js", ""),
        ]);
        assert!(relink(&stray, &["www/appcheck.js"], &NpmLayout)
            .err()
            .unwrap()
            .contains("no place for `www/other.js`"));
    }
}
