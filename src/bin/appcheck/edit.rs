//! `appcheck diff` (what changes for employees between two versions) and `appcheck
//! withdraw` (the next version, withdrawn, edited in the author's own text).

use super::*;

pub(super) fn diff(old: &Path, new: &Path) -> Result<u8, String> {
    let changes = appcheck::diff::diff(&read_policy(old)?, &read_policy(new)?);
    for line in &changes {
        say(line);
    }
    if changes.is_empty() {
        say("nothing changes for employees");
        return Ok(EXIT_NOTHING_TO_DO);
    }
    Ok(EXIT_ACTION_REQUIRED)
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
