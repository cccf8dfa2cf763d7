//! The boundary: one request in, one response out, as serde types.
//!
//! The Wasm export `check` (plain JS objects, through serde-wasm-bindgen) and the
//! CLI's `--json` (JSON text, through serde_json) are thin shells over these functions
//! and these types, so both give one response, with camelCase keys; [`check_json`] is
//! its JSON twin, which the native tests check without a browser. Errors are data
//! (`status: "failure"`), never exceptions.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::evaluate::{Checker, Context};
use crate::list::{parse_list, Nfkc};
use crate::policy::{load_policy, PolicyError};
use crate::report::Report;

/// Everything a check needs: the policy text, the pasted list, the answers, and now.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct CheckRequest {
    /// The policy file's text.
    pub policy: String,
    /// The pasted list.
    pub list: String,
    #[serde(default)]
    #[cfg_attr(feature = "typescript", ts(optional = nullable))]
    pub context: Context,
    /// The current time, RFC 3339.
    pub now: String,
    /// Keep at most this many of the apps the policy does not name in the report, and
    /// count the rest (`notCoveredOmitted`): a 100,000-row export need not come back
    /// name by name when a page lists the first 200.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_not_covered: Option<usize>,
}

/// Where the problem a check met is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ErrorSource {
    /// In the policy file.
    Policy,
    /// In the request: its shape, its time.
    Request,
    /// The checker itself: its WebAssembly module could not be loaded or started. Only
    /// the JavaScript API gives it (the core cannot fail so); `check()` answers with it
    /// rather than rejecting.
    Module,
}

crate::unit_enum::unit_enum!(ErrorSource {
    Policy = "policy",
    Request = "request",
    Module = "module"
});

/// Why a check gave no report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
pub struct ErrorReport {
    pub source: ErrorSource,
    pub message: String,
    pub help: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
}

impl From<PolicyError> for ErrorReport {
    fn from(e: PolicyError) -> Self {
        ErrorReport {
            source: ErrorSource::Policy,
            message: e.message,
            help: e.help,
            pointer: Some(e.pointer),
            line: e.line,
            column: e.column,
        }
    }
}

impl ErrorReport {
    /// An error in the request itself rather than in the policy.
    pub fn request_error(message: String, help: &str) -> Self {
        ErrorReport {
            source: ErrorSource::Request,
            message,
            help: help.to_owned(),
            pointer: None,
            line: None,
            column: None,
        }
    }
}

/// A report, or the reasons there is none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum CheckResponse {
    Success { report: Box<Report> },
    Failure { errors: Vec<ErrorReport> },
}

/// Runs a whole check: load the policy, read the list, evaluate. `nfkc` is the
/// shell's Unicode compatibility normalisation (see [`crate::list::Nfkc`]).
pub fn check(request: &CheckRequest, nfkc: Nfkc) -> CheckResponse {
    check_cached(request, nfkc, &mut None)
}

/// [`check`], reusing the policy `prepared` holds when the request's policy text is the
/// same (the `check` export keeps one: a program that checks many lists against one
/// policy loads and indexes it once), and keeping the new one there otherwise.
pub fn check_cached(request: &CheckRequest, nfkc: Nfkc, prepared: &mut Option<(String, Checker)>) -> CheckResponse {
    let now = match DateTime::parse_from_rfc3339(&request.now) {
        Ok(t) => t.with_timezone(&Utc),
        Err(_) => {
            return CheckResponse::Failure {
                errors: vec![ErrorReport::request_error(
                    format!("`{}` is not a date and time", request.now),
                    "pass `now` as RFC 3339, e.g. `2020-07-10T12:00:00Z`",
                )],
            }
        }
    };
    if prepared.as_ref().is_none_or(|(text, _)| *text != request.policy) {
        match load_policy(request.policy.as_bytes()) {
            Ok(policy) => *prepared = Some((request.policy.clone(), Checker::new(policy))),
            Err(e) => return CheckResponse::Failure { errors: vec![e.into()] },
        }
    }
    match prepared {
        Some((_, checker)) => check_with(
            checker,
            &request.list,
            &request.context,
            now,
            request.keep_not_covered,
            nfkc,
        ),
        None => CheckResponse::Failure {
            errors: vec![ErrorReport::request_error(
                "no policy could be prepared".to_owned(),
                REQUEST_HELP,
            )],
        },
    }
}

/// A check against a policy prepared before (the page and its worker keep one per
/// policy version): the list, the answers, now, and how many unnamed apps to keep.
pub fn check_with(
    checker: &Checker,
    list: &str,
    context: &Context,
    now: DateTime<Utc>,
    keep_not_covered: Option<usize>,
    nfkc: Nfkc,
) -> CheckResponse {
    let list = parse_list(list, nfkc);
    // An export of many devices is answered device by device (`fleet`).
    let report = crate::fleet::check(checker, &list, context, now, keep_not_covered.unwrap_or(usize::MAX));
    CheckResponse::Success {
        report: Box::new(report),
    }
}

/// What a request that is not understood should look like.
pub const REQUEST_HELP: &str = "send `{\"policy\": …, \"list\": …, \"context\": {…}, \"now\": …}`";

/// The JSON twin of [`check`]: a JSON request in, a JSON response out. Never fails.
pub fn check_json(request: &str, nfkc: Nfkc) -> String {
    let response = match serde_json::from_str::<CheckRequest>(request) {
        Ok(request) => check(&request, nfkc),
        Err(e) => CheckResponse::Failure {
            errors: vec![ErrorReport::request_error(
                format!("the check request is not understood: {e}"),
                REQUEST_HELP,
            )],
        },
    };
    to_json(&response)
}

/// Serialises a response; the types here always serialise, but never panic if not.
pub fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|e| {
        format!("{{\"status\":\"failure\",\"errors\":[{{\"source\":\"request\",\"message\":\"internal error: {e}\",\"help\":\"report this to the appcheck maintainers\"}}]}}")
    })
}

#[cfg(test)]
mod tests {
    use crate::unit_enum::written_as_read;

    /// Every enum read through `unit_enum!` reads the names its derived `Serialize`
    /// writes (here, above every module that has one).
    #[test]
    fn every_unit_enum_reads_the_names_it_writes() {
        use crate::policy::{Device, Ownership, Platform, Service, Status, Usage, Verdict};
        written_as_read::<Device>();
        written_as_read::<Platform>();
        written_as_read::<Ownership>();
        written_as_read::<Service>();
        written_as_read::<Usage>();
        written_as_read::<Verdict>();
        written_as_read::<Status>();
        written_as_read::<crate::policy::raw::RemovalPlatform>();
        written_as_read::<crate::i18n::Lang>();
        written_as_read::<crate::list::Format>();
        written_as_read::<crate::report::LifecycleState>();
        written_as_read::<crate::report::Answer>();
        written_as_read::<crate::report::Outcome>();
        written_as_read::<super::ErrorSource>();
    }
}
