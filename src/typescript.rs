//! The TypeScript declarations of the check's request and response, derived from the
//! Rust types (`ts-rs`), so the npm package's types cannot drift from what `check()`
//! returns. `appcheck types` prints them; `appcheck build` puts them in `appcheck.d.ts`.

use ts_rs::{Config, TS};

use crate::api::{CheckRequest, CheckResponse, ErrorReport, ErrorSource};
use crate::evaluate::Context;
use crate::i18n::Lang;
use crate::list::{Account, Format, Mention};
use crate::policy::{Device, Ownership, Platform, Service, Status};
use crate::recognise::MatchedBy;
use crate::report::{
    Answer, AppRef, BrowserUse, DeadlineReport, DeviceAnswer, DeviceApp, Finding, Fleet, FleetCounts, IssuerSummary,
    LifecycleReport, LifecycleState, Note, Outcome, Overall, PolicySummary, ReadAs, RemovalSteps, Report,
};

/// Every type of the request and the response, each declared once and exported, in
/// the order a reader meets them (request, response, report, its parts).
pub fn declarations() -> String {
    // A report's numbers are JSON numbers: a version fits a double.
    let cfg = Config::new().with_large_int("number");
    let decls = [
        CheckRequest::decl(&cfg),
        Context::decl(&cfg),
        Device::decl(&cfg),
        Platform::decl(&cfg),
        Ownership::decl(&cfg),
        Service::decl(&cfg),
        CheckResponse::decl(&cfg),
        ErrorReport::decl(&cfg),
        ErrorSource::decl(&cfg),
        Report::decl(&cfg),
        Lang::decl(&cfg),
        PolicySummary::decl(&cfg),
        IssuerSummary::decl(&cfg),
        Status::decl(&cfg),
        LifecycleReport::decl(&cfg),
        LifecycleState::decl(&cfg),
        Overall::decl(&cfg),
        Fleet::decl(&cfg),
        FleetCounts::decl(&cfg),
        DeviceAnswer::decl(&cfg),
        DeviceApp::decl(&cfg),
        Answer::decl(&cfg),
        ReadAs::decl(&cfg),
        Format::decl(&cfg),
        Account::decl(&cfg),
        Note::decl(&cfg),
        Finding::decl(&cfg),
        AppRef::decl(&cfg),
        MatchedBy::decl(&cfg),
        Outcome::decl(&cfg),
        DeadlineReport::decl(&cfg),
        RemovalSteps::decl(&cfg),
        BrowserUse::decl(&cfg),
        Mention::decl(&cfg),
    ];
    let mut out = String::from("// --- generated from the Rust types by ts-rs (`appcheck types`): do not edit ---\n");
    for decl in decls {
        out.push('\n');
        out.push_str("export ");
        out.push_str(&decl);
        out.push('\n');
    }
    out
}
