//! `appcheck validate`: a policy, or an index and every policy it lists, read strictly
//! with what is wrong and where.

use super::*;

pub(super) fn validate(files: &[PathBuf]) -> u8 {
    let mut failed = false;
    for path in files {
        match validate_file(path) {
            Ok(lines) => {
                for line in lines {
                    say(&format!("ok: {line}"));
                }
            }
            Err(message) => {
                failed = true;
                tell(&format!("error: {message}"));
            }
        }
    }
    if failed {
        EXIT_ERROR
    } else {
        EXIT_NOTHING_TO_DO
    }
}

/// Validates a policy, or an index and every policy it lists.
pub(super) fn validate_file(path: &Path) -> Result<Vec<String>, String> {
    let bytes = read_policy_file(path, "")?;
    let is_index = serde_json::from_slice::<serde_json::Value>(&bytes).is_ok_and(|v| v.get("policies").is_some());
    if !is_index {
        let p = load_policy(&bytes).map_err(|e| format!("policy `{}` is not valid: {e}", path.display()))?;
        return Ok(vec![format!(
            "{} ({} v{}, {} apps, {} rules)",
            path.display(),
            p.id,
            p.version,
            p.apps.len(),
            p.rules.len()
        )]);
    }
    let index = load_index(&bytes).map_err(|e| format!("index `{}` is not valid: {e}", path.display()))?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut lines = vec![format!(
        "{} (index of {} policies, default `{}`)",
        path.display(),
        index.policies.len(),
        index.default
    )];
    for entry in &index.policies {
        let file = dir.join(&entry.file);
        let bytes = read_policy_file(&file, "")?;
        // The road the page and `appcheck build` take: read strictly, the id the index says.
        let policy = appcheck::open::read(Some(&entry.id), &bytes).map_err(|refusal| match refusal {
            appcheck::open::Refusal::Mismatch { expected, found } => format!(
                "index `{}` lists `{}` as `{expected}`, but the file's id is `{found}`",
                path.display(),
                entry.file,
            ),
            other => format!("policy `{}` is not valid: {other}", file.display()),
        })?;
        lines.push(format!(
            "{} ({} v{}, {} apps, {} rules)",
            file.display(),
            policy.id,
            policy.version,
            policy.apps.len(),
            policy.rules.len()
        ));
    }
    Ok(lines)
}
