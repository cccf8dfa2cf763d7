//! `appcheck check`: a list against one or more policies, as the widget checks it;
//! text or the very JSON response `check()` gives, and the exit codes.

use super::*;

/// What `check` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Output {
    /// The report for people.
    Text,
    /// The response `check()` gives.
    Json,
    /// The counts and the devices that must act (`--by-device`).
    Table,
    /// Each device's answer as CSV (`--csv`).
    Csv,
}

pub(super) fn check(
    policies: &[PathBuf],
    context: Context,
    output: Output,
    now: Option<&str>,
    list: Option<&Path>,
) -> Result<u8, String> {
    let json = output == Output::Json;
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
    let read = policies.iter().map(|p| read_policy(p)).collect::<Result<Vec<_>, _>>()?;
    // Of two versions of one policy, only the latest speaks (as on the page, which loads
    // the one the index names): an order its withdrawal replaced is not repeated.
    let latest = |p: &appcheck::policy::Policy| {
        read.iter()
            .filter(|q| q.id == p.id)
            .map(|q| q.version)
            .max()
            .unwrap_or(p.version)
    };
    let mut kept: Vec<appcheck::policy::Policy> = Vec::with_capacity(read.len());
    for (policy, path) in read.iter().zip(policies) {
        let newest = latest(policy);
        if policy.version < newest {
            super::out::tell(&format!(
                "note: policy `{}` version {} ({}) is left out: version {newest} of it is given too, and only the latest version of a policy speaks",
                policy.id,
                policy.version,
                path.display()
            ));
        } else if !kept.iter().any(|p| p.id == policy.id) {
            kept.push(policy.clone());
        }
    }
    let policies = kept;
    let list = match list {
        None => parse_list(&read_stdin()?, nfkc),
        Some(p) => read_list(p)?,
    };
    let now = parse_now(now)?;
    // An export of several devices is answered device by device, as on the page.
    let reports: Vec<_> = policies
        .iter()
        .map(|policy| appcheck::fleet::check(&Checker::new(policy.clone()), &list, &context, now, usize::MAX))
        .collect();
    if matches!(output, Output::Table | Output::Csv) && list.is_aggregate() {
        return Err(
            "the list is an aggregate export: it counts the devices per app (`DeviceCount`) and names none. \
             `appcheck impact POLICY EXPORT` says how many devices a policy would order to act"
                .to_owned(),
        );
    }
    if matches!(output, Output::Table | Output::Csv) && !list.has_devices() {
        return Err(format!(
            "the list names no devices: no column of a device's name or serial ({}) was found. \
             `--by-device` and `--csv` read an export of several devices' apps, with a header row; \
             check the list without them",
            "DeviceName, Serial Number, Display Name, Friendly Name…"
        ));
    }
    // `--json` prints the very response `api::check` gives (one per policy when several).
    let response = |report: &appcheck::report::Report| appcheck::api::CheckResponse::Success {
        report: Box::new(report.clone()),
    };
    let fleets = || reports.iter().filter_map(|r| r.devices.as_ref().map(|f| (r, f)));
    match (output, reports.as_slice()) {
        (Output::Json, [one]) => say_raw(&(appcheck::api::to_json(&response(one)) + "\n")),
        (Output::Json, many) => {
            say_raw(&(appcheck::api::to_json(&many.iter().map(response).collect::<Vec<_>>()) + "\n"))
        }
        // CSV is data: the cells as they are (quoted, formulas defused), one header.
        (Output::Csv, _) => {
            let mut out = String::new();
            for (i, (_, fleet)) in fleets().enumerate() {
                // (The counts, and what no row can show, beside the data.)
                eprintln!("{}", text::visible(&fleet.summary));
                let csv = appcheck::fleet::to_csv(fleet);
                let body = if i == 0 {
                    csv.as_str()
                } else {
                    csv.split_once("\r\n").map_or("", |(_, b)| b)
                };
                out.push_str(body);
            }
            say_raw(&out);
        }
        (Output::Table, _) => {
            let texts: Vec<String> = fleets()
                .map(|(r, fleet)| {
                    let title = fill(
                        Msg::T_POLICY.get(r.interface_language),
                        &[
                            ("title", &r.policy.title),
                            ("id", &r.policy.id),
                            ("version", &r.policy.version.to_string()),
                        ],
                    );
                    format!(
                        "{}\n{}",
                        text::visible(&title),
                        appcheck::fleet::to_table(fleet, r.interface_language)
                    )
                })
                .collect();
            say_raw(&texts.join("\n----\n\n"));
        }
        (Output::Text, many) => {
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

/// Reads and parses a list or export file (`-` is standard input), up to the limit.
pub(super) fn read_list(path: &Path) -> Result<appcheck::list::AppList, String> {
    let text = if path.as_os_str() == "-" {
        read_stdin()?
    } else {
        let what = format!("list `{}`", path.display());
        let file = std::fs::File::open(path).map_err(|e| format!("cannot read {what}: {e}"))?;
        let bytes = read_limited(file, appcheck::list::MAX_INPUT_BYTES, &what)?;
        appcheck::list::decode(&bytes).map_err(|e| format!("cannot read list `{}`: {e}", path.display()))?
    };
    Ok(parse_list(&text, nfkc))
}

/// `--now`, or the clock.
pub(super) fn parse_now(now: Option<&str>) -> Result<chrono::DateTime<chrono::Utc>, String> {
    match now {
        Some(t) => Ok(chrono::DateTime::parse_from_rfc3339(t)
            .map_err(|_| format!("`{t}` is not a date and time; use RFC 3339, e.g. 2020-07-10T12:00:00Z"))?
            .to_utc()),
        None => system_now(),
    }
}
