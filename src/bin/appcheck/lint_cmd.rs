//! `appcheck lint`: what is valid in a policy but probably wrong.

use super::*;

pub(super) fn lint(files: &[PathBuf], previous: Option<&Path>, now: Option<&str>) -> Result<u8, String> {
    let now = match now {
        Some(t) => chrono::DateTime::parse_from_rfc3339(t)
            .map_err(|_| format!("`{t}` is not a date and time"))?
            .to_utc(),
        None => system_now()?,
    };
    let previous = previous.map(read_policy).transpose()?;
    let mut code = EXIT_NOTHING_TO_DO;
    for path in files {
        let policy = match read_policy(path) {
            Ok(policy) => policy,
            Err(message) => {
                tell(&format!("error: {message}"));
                code = EXIT_ERROR;
                continue;
            }
        };
        let mut warnings = appcheck::lint::lint(&policy, now);
        if let Some(old) = previous.as_ref().filter(|old| old.id == policy.id) {
            if policy.version <= old.version {
                warnings.push(appcheck::lint::Warning {
                    pointer: "/version".to_owned(),
                    message: format!(
                        "the version is {}, but {} was published before: browsers that saw it refuse this one",
                        policy.version, old.version
                    ),
                    help: format!("publish it as version {}", old.version + 1),
                });
            }
        }
        for w in &warnings {
            let place = if w.pointer.is_empty() {
                String::new()
            } else {
                format!(" `{}`", w.pointer)
            };
            say(&format!(
                "warning: {}{place}: {}\n  help: {}",
                path.display(),
                w.message,
                w.help
            ));
        }
        if warnings.is_empty() {
            say(&format!("ok: {}: nothing to warn about", path.display()));
        } else if code == EXIT_NOTHING_TO_DO {
            code = EXIT_ACTION_REQUIRED;
        }
    }
    Ok(code)
}
