//! File trees in memory: the built page read from its folder, outputs written to
//! theirs, and the `/`-separated paths between files that every build step shares.

use std::collections::BTreeMap;
use std::path::Path;

/// Files by their path relative to a folder, with `/` separators.
pub type Files = BTreeMap<String, Vec<u8>>;

/// Reads every file under `dir`.
pub fn read_tree(dir: &Path) -> Result<Files, String> {
    fn walk(dir: &Path, prefix: &str, files: &mut Files) -> Result<(), String> {
        let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read `{}`: {e}", dir.display()))?;
        let mut entries: Vec<_> = entries
            .collect::<Result<_, _>>()
            .map_err(|e| format!("cannot read `{}`: {e}", dir.display()))?;
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = entry.path();
            let relative = format!("{prefix}{name}");
            if path.is_dir() {
                walk(&path, &format!("{relative}/"), files)?;
            } else {
                let bytes = std::fs::read(&path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
                files.insert(relative, bytes);
            }
        }
        Ok(())
    }
    let mut files = Files::new();
    walk(dir, "", &mut files)?;
    Ok(files)
}

/// Writes `files` under `dir`, making folders as needed.
pub fn write_tree(dir: &Path, files: &Files) -> Result<(), String> {
    for (path, bytes) in files {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("cannot create `{}`: {e}", parent.display()))?;
        }
        std::fs::write(&target, bytes).map_err(|e| format!("cannot write `{}`: {e}", target.display()))?;
    }
    Ok(())
}

pub fn dir_of(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(dir, _)| dir)
}

pub fn file_name(path: &str) -> &str {
    path.rsplit_once('/').map_or(path, |(_, name)| name)
}

pub fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_owned()
    } else {
        format!("{dir}/{name}")
    }
}

/// The path from the folder `from_dir` to the file `to`, both relative to one root.
pub fn relative(from_dir: &str, to: &str) -> String {
    let from: Vec<&str> = from_dir.split('/').filter(|s| !s.is_empty()).collect();
    let to: Vec<&str> = to.split('/').collect();
    let to_dir = to.len().saturating_sub(1);
    let common = from
        .iter()
        .zip(to.iter().take(to_dir))
        .take_while(|(a, b)| a == b)
        .count();
    let mut out = "../".repeat(from.len() - common);
    out.push_str(&to.iter().skip(common).copied().collect::<Vec<_>>().join("/"));
    out
}

/// Files from `(path, text)` pairs, for the build's tests.
#[cfg(test)]
pub fn from_texts(list: &[(&str, &str)]) -> Files {
    list.iter()
        .map(|(p, t)| ((*p).to_owned(), t.as_bytes().to_vec()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        assert_eq!(relative("www", "pkg/appcheck.js"), "../pkg/appcheck.js");
        assert_eq!(relative("www", "www/style.css"), "style.css");
        assert_eq!(relative("", "www/style.css"), "www/style.css");
        assert_eq!(relative("pkg", "pkg/a.wasm"), "a.wasm");
        assert_eq!(relative("a/b", "c.js"), "../../c.js");
    }
}
