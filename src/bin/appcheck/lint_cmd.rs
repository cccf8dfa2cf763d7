//! `appcheck lint`: what is valid in a policy but probably wrong.

use super::*;

pub(super) fn lint(
    files: &[PathBuf],
    previous: Option<&Path>,
    trust: Option<&Path>,
    now: Option<&str>,
) -> Result<u8, String> {
    let now = match now {
        Some(t) => chrono::DateTime::parse_from_rfc3339(t)
            .map_err(|_| format!("`{t}` is not a date and time"))?
            .to_utc(),
        None => system_now()?,
    };
    let previous = previous.map(read_policy).transpose()?;
    let trust_path = trust;
    let trust = trust
        .map(|path| {
            let bytes = std::fs::read(path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
            appcheck::trust::load_trust(&bytes).map_err(|e| format!("{}: {e}", path.display()))
        })
        .transpose()?;
    let mut code = EXIT_NOTHING_TO_DO;
    // (Once, of trust.json itself: keys that an unsigned copy gets around.)
    if let Some((path, trust)) = trust_path.zip(trust.as_ref()) {
        if trust.allow_unsigned && !trust.keys.is_empty() {
            say(&format!(
                "warning: {}: it trusts keys but also accepts unsigned policies: a browser that has not seen a policy signed shows an unsigned copy of it, which whoever can change the site's files could have written\n  help: once every published policy is signed, set `\"allow_unsigned\": false`",
                path.display()
            ));
            code = EXIT_ACTION_REQUIRED;
        }
    }
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
        if let Some(trust) = &trust {
            warnings.extend(not_yet_approved(path, trust));
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

/// With the site's trust.json: an order signed by fewer people than the site's
/// threshold, which the page would call "not yet approved" and `build` would not
/// publish. (An unsigned policy is not warned about: lint comes before signing.)
fn not_yet_approved(path: &Path, trust: &appcheck::trust::Trust) -> Option<appcheck::lint::Warning> {
    let bytes = std::fs::read(path).ok()?;
    let signature = std::fs::read(crate::keys::signature_path(path)).ok()?;
    let opening = appcheck::open::Opening::new(None, &bytes, Some(&signature), trust);
    let valid = crate::keys::valid_signatures(&opening);
    match opening.finish(&valid, &appcheck::trust::SeenVersions::new(), crate::system_now().ok()?) {
        Err(appcheck::open::Refusal::NotApproved { reason }) => Some(appcheck::lint::Warning {
            pointer: String::new(),
            message: format!(
                "{}: the page would say \"not yet approved — ask the help desk\", and `appcheck build` would not publish it",
                reason.message
            ),
            help: reason.help,
        }),
        _ => None,
    }
}
