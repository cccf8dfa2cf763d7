//! The report: what the employee is told, app by app, and overall.
//!
//! A report is plain data in a deterministic order (the order of the pasted list),
//! with every policy text already resolved to the reader's language, so the page,
//! the CLI's text output and its `--json` output are three views of one value, and
//! the same input gives the same report natively and in Wasm.

use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset, Utc};

use serde::{Deserialize, Serialize};

use crate::i18n::{count, fill, Lang, Msg};
use crate::list::{self, Account, AppList, Format, Mention};
use crate::policy::{Deadline, Device, Lifecycle, Ownership, Platform, Policy, Status};
use crate::recognise::MatchedBy;

/// Everything a check found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// The language appcheck's own words are in (the policy's texts are in `policy.language`).
    pub interface_language: Lang,
    pub policy: PolicySummary,
    pub overall: Overall,
    /// How the pasted text was read.
    pub read_as: ReadAs,
    /// One finding per pasted entry, in the order they were pasted.
    pub findings: Vec<Finding>,
    /// What the list reader skipped, in the reader's language.
    pub notes: Vec<Note>,
    /// How many findings of apps the policy does not name were left out (see
    /// [`Report::keep_not_covered`]); 0 when all are there.
    #[serde(default, skip_serializing_if = "is_zero")]
    #[cfg_attr(feature = "typescript", ts(optional = nullable))]
    pub not_covered_omitted: usize,
    /// For an export of several devices: each device's own answer, and the counts.
    /// Then `overall` answers for the whole export and `findings` holds each app's
    /// finding once per platform (with its device's removal steps), not once per row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional = nullable))]
    pub devices: Option<Fleet>,
}

/// The answers for an export of several devices (see `fleet`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Fleet {
    /// The counts in one sentence: "17 of 221 devices must act; 204 have nothing to
    /// do; 0 could not be read.", and what a rule for every app by a publisher covers
    /// that no export shows, when a device with nothing to do is under one.
    pub summary: String,
    pub counts: FleetCounts,
    /// Every device, in the order of its first row in the export.
    pub devices: Vec<DeviceAnswer>,
}

/// How many devices got which kind of answer; they add up to `devices`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct FleetCounts {
    pub devices: usize,
    /// Devices with an app to remove or keep to the browser (or that would have, under
    /// a draft).
    pub must_act: usize,
    /// Devices with nothing to remove but an app the policy advises against.
    pub advice: usize,
    /// Devices with nothing to do (or that the policy does not concern).
    pub nothing_to_do: usize,
    /// Devices whose answer waits for a question or a possible match to be answered.
    pub waiting: usize,
    /// Devices with a row that could not be read, or no app at all.
    pub unread: usize,
    /// Devices the policy gives no verdict for: it was withdrawn, replaced or ended.
    pub no_verdict: usize,
}

/// One device of an export and its own answer under the policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct DeviceAnswer {
    /// Its name as the export gives it, else its serial, else "Rows without a device name".
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serial: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The operating system as the export writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub os: Option<String>,
    /// What the device was checked as, from the export's columns or the answers given
    /// for the whole export.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Device>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ownership: Option<Ownership>,
    pub answer: Answer,
    /// The answer as a short label ("Must act", "Nothing to do").
    pub label: String,
    /// The answer as the employee with this device would read it.
    pub message: String,
    /// The apps that decide the answer: to act on, to confirm, advised against.
    pub apps: Vec<DeviceApp>,
    /// The device's rows, and how many of them could not be read.
    pub rows: usize,
    pub unread: usize,
    /// The line of its first row in the export.
    pub line: usize,
}

/// Where a device's answer puts it, the most urgent first: what the counts count and
/// the page's table shows by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Standing {
    /// An app to remove or keep to the browser (or that would be, under a draft).
    Act,
    /// A question or a possible match waits for an answer.
    Waiting,
    /// A row could not be read, or no app was.
    Unread,
    /// Nothing to remove, an app advised against.
    Advice,
    /// Nothing to do, or not concerned.
    Nothing,
    /// Withdrawn, replaced or ended: no verdict.
    NoVerdict,
}

impl Standing {
    /// Where `device`'s answer puts it.
    pub fn of(device: &DeviceAnswer) -> Standing {
        match device.answer {
            Answer::ActionRequired => Standing::Act,
            // A draft previews: what it would order counts as it would.
            Answer::NotInForce if device.apps.iter().any(|a| a.outcome.needs_action()) => Standing::Act,
            Answer::Advice => Standing::Advice,
            Answer::NothingToDo | Answer::DoesNotApply | Answer::NotInForce => Standing::Nothing,
            Answer::NeedContext | Answer::ConfirmMatches => Standing::Waiting,
            Answer::Incomplete | Answer::NoApps => Standing::Unread,
            Answer::Withdrawn | Answer::Superseded | Answer::Expired => Standing::NoVerdict,
        }
    }

    /// Its word, for a page's attributes and choices.
    pub fn word(self) -> &'static str {
        match self {
            Standing::Act => "act",
            Standing::Waiting => "waiting",
            Standing::Unread => "unread",
            Standing::Advice => "advice",
            Standing::Nothing => "nothing",
            Standing::NoVerdict => "no-verdict",
        }
    }
}

/// An app on a device that the answer is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct DeviceApp {
    pub line: usize,
    /// As the export names it.
    pub input: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<AppRef>,
    pub outcome: Outcome,
    /// The outcome as a short label ("Remove").
    pub verdict: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<DeadlineReport>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Report {
    /// Keeps the first `keep` findings of apps the policy does not name, in list order,
    /// and counts the others in `not_covered_omitted`. Every other finding stays.
    pub fn keep_not_covered(&mut self, keep: usize) {
        let mut seen = 0;
        let before = self.findings.len();
        self.findings.retain(|f| {
            if f.outcome != Outcome::NotCovered {
                return true;
            }
            seen += 1;
            seen <= keep
        });
        self.not_covered_omitted += before - self.findings.len();
    }
}

/// A line the list reader skipped, and why, in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
pub struct Note {
    pub line: usize,
    pub message: String,
}

impl Note {
    /// A reader's note, put into words in `lang`.
    pub fn of(note: &list::Note, lang: Lang) -> Note {
        Note {
            line: note.line,
            message: note.skipped.message(lang),
        }
    }
}

/// The format the pasted text was read as, and how many apps it held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct ReadAs {
    pub format: Format,
    /// For people, in the reader's language: "Windows winget list".
    pub label: String,
    pub entries: usize,
    /// What became of every non-blank line of the pasted text.
    pub account: Account,
}

impl ReadAs {
    /// Describes how a list was read, in `lang`.
    pub fn of(list: &AppList, lang: Lang) -> ReadAs {
        ReadAs {
            format: list.format,
            label: list.format.label(lang).to_owned(),
            entries: list.entries.len(),
            account: list.account.clone(),
        }
    }
}

/// The issuer, in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct IssuerSummary {
    pub name: String,
    pub contact: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Where the policy is in its life, as the page shows it before anything else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct LifecycleReport {
    pub state: LifecycleState,
    /// What the page shows first: "Withdrawn on … — no action needed. …".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The withdrawal or replacement notice, as the policy words it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice: Option<String>,
    /// The id of the policy that replaces this one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub superseded_by: Option<String>,
}

impl LifecycleReport {
    /// A state with nothing to say about it.
    fn plain(state: LifecycleState) -> Self {
        LifecycleReport {
            state,
            message: None,
            notice: None,
            superseded_by: None,
        }
    }
}

/// The states of [`LifecycleReport`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum LifecycleState {
    Active,
    /// Active, but past its review date (`expires`): it may be out of date.
    Stale,
    Draft,
    NotYetInForce,
    Expired,
    Withdrawn,
    Superseded,
}

crate::unit_enum::unit_enum!(LifecycleState {
    Active = "active",
    Stale = "stale",
    Draft = "draft",
    NotYetInForce = "not_yet_in_force",
    Expired = "expired",
    Withdrawn = "withdrawn",
    Superseded = "superseded"
});

impl LifecycleState {
    /// Whether verdicts are given at all (withdrawn, superseded and expired policies give none).
    pub fn gives_verdicts(self) -> bool {
        matches!(
            self,
            LifecycleState::Active | LifecycleState::Stale | LifecycleState::Draft | LifecycleState::NotYetInForce
        )
    }
}

/// The policy the report is about, as the page shows it first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct PolicySummary {
    pub id: String,
    pub version: u64,
    /// The language the texts below are in.
    pub language: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub issuer: IssuerSummary,
    /// RFC 3339, as published.
    pub published: String,
    /// For people: "Fri 10 Jul 2020, 12:00 (UTC-04:00)".
    pub published_text: String,
    pub status: Status,
    pub lifecycle: LifecycleReport,
    /// The earliest removal deadline any rule sets, for the page's header.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<DeadlineReport>,
    /// How to ask for an exception, when the policy says so for all rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exceptions: Option<String>,
}

/// The answer in one sentence, with its kind for programs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Overall {
    pub answer: Answer,
    pub message: String,
    /// How many listed apps the employee must act on.
    pub act_on: usize,
}

/// The kinds of overall answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// At least one app must be removed.
    ActionRequired,
    /// Nothing must be removed, but the policy advises against at least one app.
    Advice,
    /// The list was checked and nothing needs doing.
    NothingToDo,
    /// The policy has no rule for this device context.
    DoesNotApply,
    /// A question the policy needs was not answered: no verdict yet.
    NeedContext,
    /// No apps were found in the pasted text: nothing was checked.
    NoApps,
    /// The policy was withdrawn: no action needed.
    Withdrawn,
    /// The policy was replaced by another one.
    Superseded,
    /// The policy is past its end date.
    Expired,
    /// Some lines could not be read, and none of the rest must go: no verdict for the whole list.
    Incomplete,
    /// A draft, or a policy not yet in force: what it would order, previewed.
    NotInForce,
    /// Some names may be restricted apps: the employee must confirm or dismiss them.
    ConfirmMatches,
}

crate::unit_enum::unit_enum!(Answer {
    ActionRequired = "action_required",
    Advice = "advice",
    NothingToDo = "nothing_to_do",
    DoesNotApply = "does_not_apply",
    NeedContext = "need_context",
    NoApps = "no_apps",
    Withdrawn = "withdrawn",
    Superseded = "superseded",
    Expired = "expired",
    Incomplete = "incomplete",
    NotInForce = "not_in_force",
    ConfirmMatches = "confirm_matches"
});

/// What the policy says about one pasted entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Remove,
    BrowserOnly,
    Discouraged,
    Allowed,
    /// The name is one typo away from a restricted app's: the employee must say
    /// whether it is that app.
    PossibleMatch,
    /// The policy names the app, but none of its rules restrict it on this device.
    NotApplicable,
    /// The policy does not name this app.
    NotCovered,
}

crate::unit_enum::unit_enum!(Outcome {
    Remove = "remove",
    BrowserOnly = "browser_only",
    Discouraged = "discouraged",
    Allowed = "allowed",
    PossibleMatch = "possible_match",
    NotApplicable = "not_applicable",
    NotCovered = "not_covered"
});

impl Answer {
    /// A short label for a table of devices.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Answer::ActionRequired => Msg::A_ACTION_REQUIRED,
            Answer::Advice => Msg::A_ADVICE,
            Answer::NothingToDo => Msg::A_NOTHING_TO_DO,
            Answer::DoesNotApply => Msg::A_DOES_NOT_APPLY,
            Answer::NeedContext => Msg::A_NEED_CONTEXT,
            Answer::NoApps => Msg::A_NO_APPS,
            Answer::Withdrawn => Msg::A_WITHDRAWN,
            Answer::Superseded => Msg::A_SUPERSEDED,
            Answer::Expired => Msg::A_EXPIRED,
            Answer::Incomplete => Msg::A_INCOMPLETE,
            Answer::NotInForce => Msg::A_NOT_IN_FORCE,
            Answer::ConfirmMatches => Msg::A_CONFIRM_MATCHES,
        }
        .get(lang)
    }
}

impl Outcome {
    /// Whether the employee has to do something about the app.
    pub fn needs_action(self) -> bool {
        matches!(self, Outcome::Remove | Outcome::BrowserOnly)
    }

    /// A short label, as shown next to the app.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Outcome::Remove => Msg::O_REMOVE,
            Outcome::BrowserOnly => Msg::O_BROWSER_ONLY,
            Outcome::Discouraged => Msg::O_DISCOURAGED,
            Outcome::Allowed => Msg::O_ALLOWED,
            Outcome::PossibleMatch => Msg::O_POSSIBLE,
            Outcome::NotApplicable => Msg::O_NOT_APPLICABLE,
            Outcome::NotCovered => Msg::O_NOT_COVERED,
        }
        .get(lang)
    }
}

/// The policy's app a finding is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct AppRef {
    pub id: String,
    pub name: String,
}

/// A removal deadline, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct DeadlineReport {
    /// RFC 3339 with the policy's offset; absent for "immediately".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
    /// For people: "Fri 10 Jul 2020, 23:59 (UTC-04:00)" or "immediately".
    pub text: String,
    /// Whether "now" is past the deadline.
    pub overdue: bool,
}

/// Removal steps for one platform (`None`: any platform).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct RemovalSteps {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    pub steps: String,
    /// appcheck's standard steps (the rule gives none), in the interface language,
    /// not the policy's.
    #[serde(default, skip_serializing_if = "is_false")]
    #[cfg_attr(feature = "typescript", ts(optional = nullable))]
    pub standard: bool,
}

impl RemovalSteps {
    /// The platforms appcheck has standard steps for, the general ones (`None`) last.
    pub const STANDARD: [Option<Platform>; 3] = [Some(Platform::Ios), Some(Platform::Android), None];

    /// appcheck's standard steps for `platform` (`None`: any device), in `lang`, for a
    /// rule that orders removal and says nothing about how: a platform without steps of
    /// its own gets the general ones.
    pub fn standard(platform: Option<Platform>, lang: Lang) -> RemovalSteps {
        let (platform, msg) = match platform {
            Some(Platform::Ios) => (platform, Msg::STEPS_IOS),
            Some(Platform::Android) => (platform, Msg::STEPS_ANDROID),
            _ => (None, Msg::STEPS_ANY),
        };
        RemovalSteps {
            platform: platform.map(|p| p.as_str().to_owned()),
            steps: msg.get(lang).to_owned(),
            standard: true,
        }
    }
}

/// What the policy says about using the app's service in a web browser.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct BrowserUse {
    pub outcome: Outcome,
    pub rule: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One pasted entry and what the policy says about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    pub line: usize,
    pub input: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app: Option<AppRef>,
    /// The publisher, when the policy names it for this app or matched by its prefix.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matched_by: Option<MatchedBy>,
    pub outcome: Outcome,
    /// The id of the rule that decided, if one did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<DeadlineReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consequence: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", ts(optional = nullable))]
    pub how_to_remove: Vec<RemovalSteps>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub still_allowed: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exception: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// A rule about using the service in a browser, when there is one for this context.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_browser: Option<BrowserUse>,
    /// Why this entry got this outcome, in one sentence.
    pub explanation: String,
    /// The deciding rule's deadline as an instant, for comparing deadlines.
    #[serde(skip)]
    pub due: Option<Deadline>,
    /// Found by searching the whole text, not read as an entry of the list.
    #[serde(default, skip_serializing_if = "is_false")]
    #[cfg_attr(feature = "typescript", ts(optional = nullable))]
    pub in_text: bool,
    /// Why the line only mentions the app (quoted, under a "Removed" heading, …), when
    /// that made this a question.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mention: Option<Mention>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Formats a time for people, in English, in the offset it was written with.
pub fn format_time(at: &DateTime<FixedOffset>) -> String {
    format_time_in(at, Lang::En)
}

/// Formats a time for people in `lang`, in the offset it was written with.
pub fn format_time_in(at: &DateTime<FixedOffset>, lang: Lang) -> String {
    use chrono::{Datelike, Timelike};
    // Written out rather than through chrono's `format`, whose pattern engine would
    // cost the Wasm module more than this one pattern is worth.
    crate::i18n::format_datetime(
        lang,
        (at.year(), at.month0(), at.day(), at.weekday().num_days_from_monday()),
        (at.hour(), at.minute()),
        at.offset().local_minus_utc(),
    )
}

/// Formats a deadline for people, in the policy's own time zone.
pub fn deadline_report(deadline: Deadline, now: DateTime<Utc>, lang: Lang) -> DeadlineReport {
    match deadline {
        Deadline::Immediately => DeadlineReport {
            at: None,
            text: Msg::D_IMMEDIATELY.get(lang).to_owned(),
            overdue: false,
        },
        Deadline::At(at) => DeadlineReport {
            at: Some(at.to_rfc3339()),
            text: format_time_in(&at, lang),
            overdue: now > at,
        },
    }
}

/// The language the report is written in: the reader's if the policy has it, else the fallback.
pub fn report_language(policy: &Policy, wanted: Option<&str>) -> String {
    let fallback = policy.languages.first().cloned().unwrap_or_default();
    let Some(wanted) = wanted.map(str::to_ascii_lowercase) else {
        return fallback;
    };
    let wanted = wanted.as_str();
    let primary = wanted.split('-').next().unwrap_or(wanted);
    policy
        .languages
        .iter()
        .find(|l| l.as_str() == wanted)
        .or_else(|| policy.languages.iter().find(|l| l.as_str() == primary))
        .cloned()
        .unwrap_or(fallback)
}

fn lifecycle_report(policy: &Policy, now: DateTime<Utc>, language: Option<&str>, ui: Lang) -> LifecycleReport {
    let date = |at: &DateTime<FixedOffset>| format_time_in(at, ui);
    match &policy.lifecycle {
        // A withdrawal or replacement announced for later: in force until then.
        Lifecycle::Withdrawn { at, .. } | Lifecycle::Superseded { at: Some(at), .. } if now < *at => {
            active_lifecycle(policy, now, ui)
        }
        Lifecycle::Withdrawn { at, notice } => LifecycleReport {
            state: LifecycleState::Withdrawn,
            message: Some(fill(Msg::L_WITHDRAWN.get(ui), &[("date", &date(at))])),
            notice: Some(notice.get(language).to_owned()),
            superseded_by: None,
        },
        Lifecycle::Superseded { by, at, notice } => LifecycleReport {
            state: LifecycleState::Superseded,
            message: Some(match at {
                Some(at) => fill(Msg::L_REPLACED_ON.get(ui), &[("date", &date(at)), ("by", by)]),
                None => fill(Msg::L_REPLACED.get(ui), &[("by", by)]),
            }),
            notice: notice.as_ref().map(|n| n.get(language).to_owned()),
            superseded_by: Some(by.clone()),
        },
        Lifecycle::Draft => LifecycleReport {
            message: Some(Msg::L_DRAFT.get(ui).to_owned()),
            ..LifecycleReport::plain(LifecycleState::Draft)
        },
        Lifecycle::Active => active_lifecycle(policy, now, ui),
    }
}

fn active_lifecycle(policy: &Policy, now: DateTime<Utc>, ui: Lang) -> LifecycleReport {
    let date = |at: &DateTime<FixedOffset>| format_time_in(at, ui);
    match (policy.effective_from, policy.effective_until) {
        (_, Some(until)) if now >= until => LifecycleReport {
            message: Some(fill(Msg::L_ENDED.get(ui), &[("date", &date(&until))])),
            ..LifecycleReport::plain(LifecycleState::Expired)
        },
        (Some(from), _) if now < from => LifecycleReport {
            message: Some(fill(Msg::L_NOT_YET.get(ui), &[("date", &date(&from))])),
            ..LifecycleReport::plain(LifecycleState::NotYetInForce)
        },
        _ => match policy.expires {
            Some(expires) if now >= expires => LifecycleReport {
                message: Some(fill(Msg::L_STALE.get(ui), &[("date", &date(&expires))])),
                ..LifecycleReport::plain(LifecycleState::Stale)
            },
            _ => LifecycleReport::plain(LifecycleState::Active),
        },
    }
}

/// What the page shows about a policy before anything is checked.
pub fn summarise(policy: &Policy, now: DateTime<Utc>, language: Option<&str>) -> PolicySummary {
    let ui = Lang::pick(language);
    let lang = report_language(policy, language);
    let l = Some(lang.as_str());
    let earliest = policy.rules.iter().filter_map(|r| r.deadline).min_by_key(|d| match d {
        Deadline::Immediately => None,
        Deadline::At(at) => Some(*at),
    });
    let lifecycle = lifecycle_report(policy, now, l, ui);
    PolicySummary {
        id: policy.id.clone(),
        version: policy.version,
        title: policy.title.get(l).to_owned(),
        summary: policy.summary.as_ref().map(|s| s.get(l).to_owned()),
        issuer: IssuerSummary {
            name: policy.issuer.name.get(l).to_owned(),
            contact: policy.issuer.contact.get(l).to_owned(),
            email: policy.issuer.email.clone(),
            phone: policy.issuer.phone.clone(),
            url: policy.issuer.url.clone(),
        },
        published: policy.published.to_rfc3339(),
        published_text: format_time_in(&policy.published, ui),
        status: match policy.lifecycle {
            Lifecycle::Draft => Status::Draft,
            Lifecycle::Active => Status::Active,
            Lifecycle::Withdrawn { .. } => Status::Withdrawn,
            Lifecycle::Superseded { .. } => Status::Superseded,
        },
        deadline: if lifecycle.state.gives_verdicts() {
            earliest.map(|d| deadline_report(d, now, ui))
        } else {
            None
        },
        lifecycle,
        exceptions: policy.exceptions.as_ref().map(|e| e.get(l).to_owned()),
        language: lang,
    }
}

/// "1 app", "2 apps", in `lang` (by its plural rules: French says "0 application").
pub fn count_apps(n: usize, lang: Lang) -> String {
    count(lang, n, Msg::N_APPS_ONE, Msg::N_APPS_OTHER)
}

/// Describes how an entry was recognised, for people.
pub fn describe_match(matched_by: &MatchedBy, lang: Lang) -> String {
    let text = |msg: Msg, values: &[(&str, &str)]| fill(msg.get(lang), values);
    match matched_by {
        MatchedBy::AndroidPackage { value } => text(Msg::M_ANDROID, &[("value", value)]),
        MatchedBy::IosBundleId { value } => text(Msg::M_IOS, &[("value", value)]),
        MatchedBy::OtherId { value } => text(Msg::M_OTHER, &[("value", value)]),
        MatchedBy::AppStoreId { value } => text(Msg::M_APP_STORE, &[("value", value)]),
        MatchedBy::Name { value, name } if value == name => text(Msg::M_NAME, &[("value", value)]),
        MatchedBy::Name { value, name } => text(Msg::M_NAME_AS, &[("value", value), ("name", name)]),
        MatchedBy::SimilarName {
            value,
            name,
            similarity,
        } => text(
            Msg::M_SIMILAR,
            &[
                ("value", value),
                ("name", name),
                ("similarity", &format!("{:02}", similarity.min(&99))),
            ],
        ),
        MatchedBy::PublisherPrefix { value, prefix } => text(Msg::M_PUBLISHER, &[("value", value), ("prefix", prefix)]),
    }
}

/// Renders a report as plain text, as the CLI prints it; controls, bidi and invisible
/// characters from the list or the policy are written visibly ([`crate::text::visible`]).
pub fn to_text(report: &Report) -> String {
    let mut out = String::new();
    let p = &report.policy;
    let ui = report.interface_language;
    let header = fill(
        Msg::T_POLICY.get(ui),
        &[("title", &p.title), ("id", &p.id), ("version", &p.version.to_string())],
    );
    let _ = writeln!(out, "{header}");
    let issued = fill(
        Msg::P_ISSUED.get(ui),
        &[
            ("issuer", &p.issuer.name),
            ("date", &p.published_text),
            ("version", &p.version.to_string()),
        ],
    );
    let _ = writeln!(out, "{issued}");
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", report.overall.message);
    let read_as = fill(
        Msg::P_READ_AS.get(ui),
        &[
            ("format", &report.read_as.label),
            ("apps", &count_apps(report.read_as.entries, ui)),
        ],
    );
    let _ = writeln!(out, "({read_as})");
    for f in &report.findings {
        if f.outcome == Outcome::NotCovered {
            continue;
        }
        let _ = writeln!(out);
        let finding = fill(
            Msg::T_FINDING.get(ui),
            &[
                ("line", &f.line.to_string()),
                ("input", &f.input),
                ("outcome", f.outcome.label(ui)),
            ],
        );
        let _ = writeln!(out, "  {finding}");
        let _ = writeln!(out, "    {}", f.explanation);
        // For the help desk: how it was recognised and which rule decided.
        let how = f.matched_by.as_ref().map(|m| describe_match(m, ui));
        match (how, &f.rule) {
            (Some(how), Some(rule)) => {
                let _ = writeln!(out, "    ({how}; {} `{rule}`)", Msg::W_RULE.get(ui));
            }
            (Some(how), None) => {
                let _ = writeln!(out, "    ({how})");
            }
            _ => {}
        }
        for (label, text) in [(Msg::F_IF_NOT, &f.consequence), (Msg::F_WHY, &f.reason)] {
            let label = label.get(ui);
            if let Some(text) = text {
                let _ = writeln!(out, "    {label}: {text}");
            }
        }
        for steps in &f.how_to_remove {
            match &steps.platform {
                Some(platform) => {
                    let label = fill(Msg::F_REMOVE_ON.get(ui), &[("platform", platform)]);
                    let _ = writeln!(out, "    {label}: {}", steps.steps);
                }
                None => {
                    let _ = writeln!(out, "    {}: {}", Msg::F_REMOVE.get(ui), steps.steps);
                }
            }
        }
        for (label, text) in [
            (Msg::F_STILL_ALLOWED, &f.still_allowed),
            (Msg::F_EXCEPTIONS, &f.exception),
            (Msg::F_NOTE, &f.note),
        ] {
            let label = label.get(ui);
            if let Some(text) = text {
                let _ = writeln!(out, "    {label}: {text}");
            }
        }
        if let Some(browser) = &f.in_browser {
            let verdict = fill(
                Msg::T_RULE.get(ui),
                &[("outcome", browser.outcome.label(ui)), ("rule", &browser.rule)],
            );
            let _ = writeln!(out, "    {}: {verdict}", Msg::F_IN_BROWSER.get(ui));
            if let Some(note) = &browser.note {
                let _ = writeln!(out, "      {note}");
            }
        }
    }
    let uncovered = report
        .findings
        .iter()
        .filter(|f| f.outcome == Outcome::NotCovered)
        .count();
    if uncovered > 0 {
        let _ = writeln!(out);
        let n = count(ui, uncovered, Msg::N_OTHER_APPS_ONE, Msg::N_OTHER_APPS_OTHER);
        let _ = writeln!(out, "  {}", fill(Msg::P_NOT_NAMED.get(ui), &[("n", &n)]));
    }
    for note in &report.notes {
        let line = fill(
            Msg::P_LINE.get(ui),
            &[("line", &note.line.to_string()), ("message", &note.message)],
        );
        let _ = writeln!(out, "  {line}");
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        fill(Msg::P_QUESTIONS.get(ui), &[("contact", &p.issuer.contact)])
    );
    // Shown, never obeyed: what a list or a policy says cannot move the cursor, clear
    // the screen or reorder the line on the terminal that prints this.
    crate::text::visible(&out).into_owned()
}
