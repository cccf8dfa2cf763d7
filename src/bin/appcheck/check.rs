//! `appcheck check`: a list against one or more policies, as the widget checks it;
//! text or the very JSON response `check()` gives, and the exit codes.

use super::*;

pub(super) fn check(
    policies: &[PathBuf],
    context: Context,
    json: bool,
    now: Option<&str>,
    list: Option<&Path>,
) -> Result<u8, String> {
    // With `--json`, a policy that cannot be loaded is the same failure response
    // `api::check` gives (errors as data, with their place), and exit status 2.
    if json {
        for path in policies {
            let bytes = read_policy_file(path, "policy ")?;
            if let Err(e) = load_policy(&bytes) {
                let failure = appcheck::api::CheckResponse::Failure { errors: vec![e.into()] };
                say_raw(&(appcheck::api::to_json(&failure) + "\n"));
                return Ok(EXIT_ERROR);
            }
        }
    }
    let policies = policies.iter().map(|p| read_policy(p)).collect::<Result<Vec<_>, _>>()?;
    let text = match list {
        None => read_stdin()?,
        Some(p) if p.as_os_str() == "-" => read_stdin()?,
        Some(p) => {
            let what = format!("list `{}`", p.display());
            let file = std::fs::File::open(p).map_err(|e| format!("cannot read {what}: {e}"))?;
            let bytes = read_limited(file, appcheck::list::MAX_INPUT_BYTES, &what)?;
            appcheck::list::decode(&bytes).map_err(|e| format!("cannot read list `{}`: {e}", p.display()))?
        }
    };
    let now = match now {
        Some(t) => chrono::DateTime::parse_from_rfc3339(t)
            .map_err(|_| format!("`{t}` is not a date and time; use RFC 3339, e.g. 2020-07-10T12:00:00Z"))?
            .to_utc(),
        None => system_now()?,
    };
    let list = parse_list(&text, nfkc);
    let reports: Vec<_> = policies
        .iter()
        .map(|policy| evaluate(policy, &list, &context, now))
        .collect();
    // `--json` prints the very response `api::check` gives (one per policy when several).
    let response = |report: &appcheck::report::Report| appcheck::api::CheckResponse::Success {
        report: Box::new(report.clone()),
    };
    match (json, reports.as_slice()) {
        (true, [one]) => say_raw(&(appcheck::api::to_json(&response(one)) + "\n")),
        (true, many) => say_raw(&(appcheck::api::to_json(&many.iter().map(response).collect::<Vec<_>>()) + "\n")),
        (false, many) => {
            let texts: Vec<String> = many.iter().map(report::to_text).collect();
            // `to_text` has escaped what the list and the policy say.
            say_raw(&texts.join("\n----\n\n"));
        }
    }
    // Across several policies: 1 if any orders a removal, else 3 if any cannot tell, else 0.
    let codes: Vec<u8> = reports
        .iter()
        .map(|report| match report.overall.answer {
            Answer::ActionRequired => EXIT_ACTION_REQUIRED,
            Answer::NeedContext | Answer::NoApps | Answer::Incomplete | Answer::ConfirmMatches => EXIT_CANNOT_TELL,
            Answer::Advice
            | Answer::NothingToDo
            | Answer::DoesNotApply
            | Answer::Withdrawn
            | Answer::Superseded
            | Answer::Expired
            | Answer::NotInForce => EXIT_NOTHING_TO_DO,
        })
        .collect();
    Ok(if codes.contains(&EXIT_ACTION_REQUIRED) {
        EXIT_ACTION_REQUIRED
    } else if codes.contains(&EXIT_CANNOT_TELL) {
        EXIT_CANNOT_TELL
    } else {
        EXIT_NOTHING_TO_DO
    })
}
