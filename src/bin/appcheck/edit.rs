//! `appcheck diff` (what changes for employees between two versions) and `appcheck
//! withdraw` (the next version, withdrawn, edited in the author's own text).

use super::*;

pub(super) fn diff(
    old: &Path,
    new: &Path,
    exports: &[PathBuf],
    context: &Context,
    now: Option<&str>,
) -> Result<u8, String> {
    let (old, new) = (read_policy(old)?, read_policy(new)?);
    let changes = appcheck::diff::diff(&old, &new);
    for line in &changes {
        say(line);
    }
    if changes.is_empty() {
        say("nothing changes for employees");
    }
    if !exports.is_empty() {
        let now = parse_now(now)?;
        let (old, new) = (Checker::new(old), Checker::new(new));
        for path in exports {
            let list = read_list(path)?;
            let before = appcheck::impact::impact(&old, &list, context, now);
            let after = appcheck::impact::impact(&new, &list, context, now);
            say("");
            say(&format!("On {}:", path.display()));
            for line in appcheck::impact::changes(&before, &after) {
                say(&line);
            }
        }
    }
    Ok(if changes.is_empty() {
        EXIT_NOTHING_TO_DO
    } else {
        EXIT_ACTION_REQUIRED
    })
}

/// `appcheck impact`: whom a policy would order to act, on each export.
pub(super) fn impact(
    policy: &Path,
    exports: &[PathBuf],
    context: &Context,
    json: bool,
    now: Option<&str>,
) -> Result<u8, String> {
    let checker = Checker::new(read_policy(policy)?);
    let now = parse_now(now)?;
    let mut impacts = Vec::new();
    for path in exports {
        let list = read_list(path)?;
        if !list.has_devices() && !list.is_aggregate() {
            eprintln!(
                "note: `{}` names no devices (no device name, serial or device count column): read as one device's list",
                path.display()
            );
        }
        impacts.push((path, appcheck::impact::impact(&checker, &list, context, now)));
    }
    if json {
        let values: Vec<&appcheck::impact::Impact> = impacts.iter().map(|(_, i)| i).collect();
        match values.as_slice() {
            [one] => say_raw(&(appcheck::api::to_json(one) + "\n")),
            many => say_raw(&(appcheck::api::to_json(&many) + "\n")),
        }
    } else {
        for (path, impact) in &impacts {
            say(&format!("{}:", path.display()));
            say_raw(&appcheck::impact::to_text(impact));
        }
    }
    // 1 when some device would have to act, 3 when some cannot be decided, else 0.
    let any = |f: &dyn Fn(&appcheck::impact::AppImpact) -> bool| {
        impacts
            .iter()
            .any(|(_, i)| i.rules.iter().any(|r| r.apps.iter().any(f)))
    };
    Ok(if any(&|a| a.act > 0) {
        EXIT_ACTION_REQUIRED
    } else if any(&|a| a.undecided > 0) || impacts.iter().any(|(_, i)| i.unread > 0) {
        EXIT_CANNOT_TELL
    } else {
        EXIT_NOTHING_TO_DO
    })
}

pub(super) fn withdraw(policy: &Path, notice: &str, at: Option<&str>, out: Option<&Path>) -> Result<u8, String> {
    let bytes = read_policy_file(policy, "")?;
    let at = match at {
        Some(t) => chrono::DateTime::parse_from_rfc3339(t)
            .map_err(|_| format!("`{t}` is not a date and time; use RFC 3339, e.g. 2020-07-10T17:00:00-04:00"))?,
        None => system_now()?.fixed_offset(),
    };
    let next = appcheck::policy::withdraw(&bytes, at, notice)
        .map_err(|e| format!("`{}` cannot be withdrawn: {e}", policy.display()))?;
    match out {
        Some(path) => {
            std::fs::write(path, &next).map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
            eprintln!(
                "wrote the withdrawn version to {}; sign it (appcheck sign) and publish it in place of the old one",
                path.display()
            );
        }
        None => say_raw(&next),
    }
    Ok(EXIT_NOTHING_TO_DO)
}
