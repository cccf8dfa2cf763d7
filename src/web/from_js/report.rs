//! The report's types read from the structured clone the worker posts ([`super`]'s
//! machinery, one `members!` per struct, the tagged enums by hand).

use super::*;
use crate::list::{Account, Mention};
use crate::recognise::MatchedBy;
use crate::report::{
    AppRef, BrowserUse, DeadlineReport, DeviceAnswer, DeviceApp, Finding, Fleet, FleetCounts, IssuerSummary,
    LifecycleReport, Note, Overall, PolicySummary, ReadAs, RemovalSteps, Report,
};

members!(Report {
    interface_language "interfaceLanguage": must,
    policy: must,
    overall: must,
    read_as "readAs": must,
    findings: must,
    notes: must,
    not_covered_omitted "notCoveredOmitted": or_default,
    devices: may,
});

members!(PolicySummary {
    id: must,
    version: must,
    language: must,
    title: must,
    summary: may,
    issuer: must,
    published: must,
    published_text "publishedText": must,
    status: must,
    lifecycle: must,
    deadline: may,
    exceptions: may,
});

members!(IssuerSummary {
    name: must,
    contact: must,
    email: may,
    phone: may,
    url: may,
});

members!(LifecycleReport {
    state: must,
    message: may,
    notice: may,
    superseded_by "supersededBy": may,
});

members!(DeadlineReport {
    at: may,
    text: must,
    overdue: must,
});

members!(Overall {
    answer: must,
    message: must,
    act_on "actOn": must,
});

members!(ReadAs {
    format: must,
    label: must,
    entries: must,
    account: must,
});

members!(Account {
    lines: must,
    entries: must,
    structure: must,
    unread: must,
});

members!(Note {
    line: must,
    message: must,
});

members!(AppRef { id: must, name: must });

members!(RemovalSteps {
    platform: may,
    steps: must,
    standard: or_default,
});

members!(BrowserUse {
    outcome: must,
    rule: must,
    note: may,
});

impl FromJs for MatchedBy {
    fn from_js(value: &JsValue) -> Option<Self> {
        tagged(
            value,
            "by",
            &["by", "value", "name", "prefix", "similarity"],
            |by, m| {
                let value = m.must("value")?;
                Some(match by {
                    "android_package" => MatchedBy::AndroidPackage { value },
                    "ios_bundle_id" => MatchedBy::IosBundleId { value },
                    "other_id" => MatchedBy::OtherId { value },
                    "app_store_id" => MatchedBy::AppStoreId { value },
                    "name" => MatchedBy::Name {
                        value,
                        name: m.must("name")?,
                    },
                    "publisher_prefix" => MatchedBy::PublisherPrefix {
                        value,
                        prefix: m.must("prefix")?,
                    },
                    "similar_name" => MatchedBy::SimilarName {
                        value,
                        name: m.must("name")?,
                        similarity: m.must("similarity")?,
                    },
                    _ => return None,
                })
            },
        )
    }
}

impl FromJs for Mention {
    fn from_js(value: &JsValue) -> Option<Self> {
        tagged(value, "kind", &["kind", "heading"], |kind, m| {
            Some(match kind {
                "quoted" => Mention::Quoted,
                "section" => Mention::Section {
                    heading: m.must("heading")?,
                },
                "uninstall" => Mention::Uninstall,
                "status" => Mention::Status,
                _ => return None,
            })
        })
    }
}

members!(Finding {
    line: must,
    input: must,
    app: may,
    publisher: may,
    matched_by "matchedBy": may,
    outcome: must,
    rule: may,
    deadline: may,
    consequence: may,
    reason: may,
    how_to_remove "howToRemove": or_default,
    still_allowed "stillAllowed": may,
    exception: may,
    note: may,
    in_browser "inBrowser": may,
    explanation: must,
    due: never,
    in_text "inText": or_default,
    mention: may,
});

members!(Fleet {
    summary: must,
    counts: must,
    devices: must,
});

members!(FleetCounts {
    devices: must,
    must_act "mustAct": must,
    advice: must,
    nothing_to_do "nothingToDo": must,
    waiting: must,
    unread: must,
    no_verdict "noVerdict": must,
});

members!(DeviceAnswer {
    name: must,
    serial: may,
    user: may,
    os: may,
    platform: may,
    kind: may,
    ownership: may,
    answer: must,
    label: must,
    message: must,
    apps: must,
    rows: must,
    unread: must,
    line: must,
});

members!(DeviceApp {
    line: must,
    input: must,
    identifier: may,
    app: may,
    outcome: must,
    verdict: must,
    deadline: may,
});
