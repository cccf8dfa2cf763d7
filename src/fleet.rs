//! Answers device by device, for an export of many devices' apps.
//!
//! A help desk pastes what its device-management tool exports: one row per app per
//! device. Answering the export as one list would merge 221 phones into one and say
//! "Remove TikTok" eleven times with no device named. Here each device's rows are
//! checked as that device's own list ([`AppList::by_device`]), with that device's
//! context: its platform, kind and ownership where the export's columns say them, the
//! answers given once for the whole export otherwise. So each device gets exactly the
//! answer its employee would get on the page.
//!
//! The whole export's answer is then the most urgent one that is safe to give: a
//! question some device waits for comes first (it is asked once for the export), then
//! an order, a name to confirm, a row that could not be read, advice; "nothing to do"
//! only when every device has nothing to do and every line of the export was read.

use chrono::{DateTime, Utc};

use crate::case::Lower;
use crate::evaluate::{Checker, Context, Question};
use crate::i18n::{fill, plural, Lang, Msg, Plural};
use crate::list::{fold_key as fold, AppList, DeviceRecord};
use crate::policy::{Device, Ownership, Platform};
use crate::report::{
    Answer, DeviceAnswer, DeviceApp, Finding, Fleet, FleetCounts, Note, Outcome, Overall, ReadAs, Report, Standing,
};
use crate::text::FastMap;

/// Checks `list` device by device when it is an export of several devices; as one
/// list otherwise. Of the apps the policy does not name, `keep` findings are kept (one
/// per name across the export) and the rest counted.
pub fn check(checker: &Checker, list: &AppList, context: &Context, now: DateTime<Utc>, keep: usize) -> Report {
    check_reporting(checker, list, context, now, keep, &mut |_, _| {})
}

/// [`check`], calling `progress(done, total)` after each device is answered (a Web
/// Worker posts it to the page's progress bar; the caller decides how often).
pub fn check_reporting(
    checker: &Checker,
    list: &AppList,
    context: &Context,
    now: DateTime<Utc>,
    keep: usize,
    progress: &mut dyn FnMut(usize, usize),
) -> Report {
    if !list.has_devices() {
        return checker.check_keeping(list, context, now, keep);
    }
    let ui = Lang::pick(context.language.as_deref());
    let mut answers = Vec::with_capacity(list.devices.len());
    let mut reports = Vec::with_capacity(list.devices.len());
    let mut questions: Vec<Question> = Vec::new();
    let mut device_unread = 0;
    // What a publisher's rule covers that a device with nothing to do may still have.
    let mut caveat: Option<String> = None;
    // Per device, the apps the policy does not name are counted, not listed, unless a
    // caller wants them all (the CLI): a page would list a fleet's thousands of them.
    let device_keep = if keep == usize::MAX { usize::MAX } else { 0 };
    let total = list.devices.len();
    for (done, part) in list.by_device().into_iter().enumerate() {
        progress(done, total);
        let own = device_context(context, &part.device);
        let report = checker.check_keeping(&part.list, &own, now, device_keep);
        if report.overall.answer == Answer::NeedContext {
            for q in checker.missing(&own) {
                if !questions.contains(&q) {
                    questions.push(q);
                }
            }
        }
        if caveat.is_none() && matches!(report.overall.answer, Answer::NothingToDo | Answer::Advice) {
            caveat = checker.publisher_caveat(&own, ui);
        }
        device_unread += part.list.account.unread;
        answers.push(answer_of(&part.device, &part.list, &own, &report, ui));
        reports.push(report);
    }
    progress(total, total);
    // A name on a line that is no device's row (typed above the header or below the
    // rows): checked as a list of its own, with the export's shared context. What it must
    // act on or ask about is the export's too; what it does not name changes nothing.
    let loose_lines = {
        let report = checker.check_keeping(&list.loose(), context, now, 0);
        if matches!(report.overall.answer, Answer::ActionRequired | Answer::ConfirmMatches) {
            let mut lines: Vec<usize> = report
                .findings
                .iter()
                .filter(|f| f.outcome.needs_action() || f.outcome == Outcome::PossibleMatch)
                .map(|f| f.line)
                .collect();
            lines.dedup();
            reports.push(report);
            lines.len().max(1)
        } else {
            0
        }
    };
    crate::small_sort::sort(&mut questions);
    // Lines no device's check saw: past the size limit, or not a device's row.
    let unplaced = list.account.unread.saturating_sub(device_unread);
    let counts = counts(&answers);
    let mut summary = summary(
        &counts,
        unplaced,
        reports.iter().any(|r| r.overall.answer == Answer::NotInForce),
        ui,
    );
    if loose_lines > 0 {
        summary.push(' ');
        summary.push_str(&crate::i18n::count(
            ui,
            loose_lines,
            Msg::FLEET_LOOSE_ONE,
            Msg::FLEET_LOOSE_OTHER,
        ));
    }
    if let Some(caveat) = caveat {
        summary.push(' ');
        summary.push_str(&caveat);
    }
    let overall = overall(&reports, &counts, &questions, unplaced, &summary, ui);
    let (findings, omitted) = merge_findings(&reports, keep);
    let policy = match reports.first() {
        Some(r) => r.policy.clone(),
        None => crate::report::summarise(checker.policy(), now, context.language.as_deref()),
    };
    Report {
        interface_language: ui,
        policy,
        overall,
        read_as: ReadAs::of(list, ui),
        findings,
        notes: list.notes.iter().map(|n| Note::of(n, ui)).collect(),
        not_covered_omitted: omitted,
        devices: Some(Fleet {
            summary,
            counts,
            devices: answers,
        }),
    }
}

/// A device's context: what the export says about it, else what was answered for the
/// whole export.
pub fn device_context(shared: &Context, device: &DeviceRecord) -> Context {
    let (platform, kind) = platform_and_kind(device);
    Context {
        platform: platform.or(shared.platform),
        device: kind.or(shared.device),
        ownership: device.ownership.as_deref().and_then(ownership).or(shared.ownership),
        // (What the employee said of their own device's apps says nothing of an export's.)
        none_of_these: false,
        ..shared.clone()
    }
}

/// The platform and the kind of device an export's OS and model columns say, where
/// they say it. An Android device's kind is not guessed: phones and tablets share it.
pub fn platform_and_kind(device: &DeviceRecord) -> (Option<Platform>, Option<Device>) {
    let model = device.model.as_deref().map(fold).unwrap_or_default();
    let from_model = if model.contains("iphone") {
        Some((Platform::Ios, Device::Phone))
    } else if model.contains("ipad") {
        Some((Platform::Ios, Device::Tablet))
    } else if ["macbook", "imac", "macmini", "macpro", "macstudio"]
        .iter()
        .any(|m| model.contains(m))
    {
        Some((Platform::Macos, Device::Computer))
    } else {
        None
    };
    let os = device.os.as_deref().map(fold).unwrap_or_default();
    // Kandji's platform column names the device: `iPhone`, `iPad`, `Mac`.
    let from_model = from_model.or(match os.as_str() {
        "iphone" => Some((Platform::Ios, Device::Phone)),
        "ipad" => Some((Platform::Ios, Device::Tablet)),
        "mac" => Some((Platform::Macos, Device::Computer)),
        _ => None,
    });
    let platform = if os.starts_with("ipados")
        || os == "ipad"
        || os.starts_with("ios")
        || os == "apple"
        || os.starts_with("iphone")
    {
        Some(Platform::Ios)
    } else if os.contains("android") {
        Some(Platform::Android)
    } else if os.starts_with("windows") || os.starts_with("winrt") || os == "win" || os.starts_with("win10") {
        Some(Platform::Windows)
    } else if os.starts_with("macos") || os.starts_with("osx") || os.starts_with("appleosx") || os.starts_with("macosx")
    {
        Some(Platform::Macos)
    } else if os.starts_with("chrome") {
        Some(Platform::Chromeos)
    } else if ["linux", "ubuntu", "debian", "fedora", "redhat", "rhel"]
        .iter()
        .any(|l| os.starts_with(l))
    {
        Some(Platform::Linux)
    } else {
        None
    };
    let kind_from_os = match platform {
        _ if os.starts_with("ipados") || os == "ipad" => Some(Device::Tablet),
        Some(Platform::Windows | Platform::Macos | Platform::Linux | Platform::Chromeos) => Some(Device::Computer),
        _ => None,
    };
    match (platform, from_model) {
        // The OS column, when there is one, says the platform; a model only adds the kind
        // when it agrees with it.
        (Some(p), Some((mp, kind))) if p == mp => (Some(p), Some(kind)),
        (Some(p), _) => (Some(p), kind_from_os),
        (None, Some((mp, kind))) => (Some(mp), Some(kind)),
        (None, None) => (None, None),
    }
}

/// Who owns a device, as an export's ownership column says it. A device whose rows say
/// it two ways (`Personal | Corporate`, as the reader keeps them) is the company's if any
/// says so: the stricter answer.
pub fn ownership(value: &str) -> Option<Ownership> {
    if value.contains(" | ") {
        let each: Vec<Option<Ownership>> = value.split(" | ").map(ownership).collect();
        return if each.contains(&Some(Ownership::Company)) {
            Some(Ownership::Company)
        } else if each.iter().all(|o| *o == Some(Ownership::Personal)) {
            Some(Ownership::Personal)
        } else {
            None
        };
    }
    let v = fold(value);
    let company = [
        "corporate",
        "company",
        "institution",
        "organization",
        "organisation",
        "shared",
        "dedicated",
        // (German, French, Spanish, Italian consoles.)
        "unternehmen",
        "firma",
        "firmeneigen",
        "entreprise",
        "société",
        "empresa",
        "corporativo",
        "corporativa",
        "aziendale",
        "azienda",
    ];
    // Jamf's user enrolments (`UserEnrollment`, `AccountDrivenUserEnrollment`) are
    // personal devices enrolled for work.
    let personal = [
        "personal",
        "employee",
        "byod",
        "userowned",
        "private",
        "privat",
        "userenrollment",
        "accountdrivenuserenrollment",
        "persönlich",
        "personnel",
        "personnelle",
        "propio",
        "propia",
        "personale",
    ];
    // Workspace ONE's API writes one letter: Corporate, Employee owned, corporate Shared.
    match v.as_str() {
        "c" | "s" => return Some(Ownership::Company),
        "e" => return Some(Ownership::Personal),
        _ => {}
    }
    if company.iter().any(|w| v.starts_with(w)) {
        Some(Ownership::Company)
    } else if personal.iter().any(|w| v.starts_with(w)) {
        Some(Ownership::Personal)
    } else {
        None
    }
}

/// One device's row of the table, from its own report.
fn answer_of(device: &DeviceRecord, list: &AppList, context: &Context, report: &Report, ui: Lang) -> DeviceAnswer {
    let identifier_at = |line: usize| {
        list.entries
            .iter()
            .find(|e| e.line == line)
            .and_then(|e| e.identifier.clone())
    };
    let apps = report
        .findings
        .iter()
        .filter(|f| f.outcome.needs_action() || matches!(f.outcome, Outcome::PossibleMatch | Outcome::Discouraged))
        .map(|f| DeviceApp {
            line: f.line,
            input: f.input.clone(),
            identifier: identifier_at(f.line),
            app: f.app.clone(),
            outcome: f.outcome,
            verdict: f.outcome.label(ui).to_owned(),
            deadline: f.deadline.clone(),
        })
        .collect();
    let name = device
        .name
        .clone()
        .or_else(|| device.serial.clone())
        .unwrap_or_else(|| Msg::FLEET_NO_DEVICE.get(ui).to_owned());
    DeviceAnswer {
        name,
        serial: device.serial.clone(),
        user: device.user.clone(),
        os: device.os.clone(),
        platform: context.platform,
        kind: context.device,
        ownership: context.ownership,
        answer: report.overall.answer,
        label: report.overall.answer.label(ui).to_owned(),
        message: report.overall.message.clone(),
        apps,
        rows: list.account.lines,
        unread: list.account.unread,
        line: list.line_map.as_ref().and_then(|m| m.first().copied()).unwrap_or(0),
    }
}

/// Which of the counts a device's answer falls in.
fn counts(answers: &[DeviceAnswer]) -> FleetCounts {
    let mut c = FleetCounts {
        devices: answers.len(),
        ..FleetCounts::default()
    };
    for a in answers {
        let slot = match Standing::of(a) {
            Standing::Act => &mut c.must_act,
            Standing::Advice => &mut c.advice,
            Standing::Nothing => &mut c.nothing_to_do,
            Standing::Waiting => &mut c.waiting,
            Standing::Unread => &mut c.unread,
            Standing::NoVerdict => &mut c.no_verdict,
        };
        *slot += 1;
    }
    c
}

/// A count sentence with `{n}` and `{total}`.
fn counted(ui: Lang, n: usize, total: usize, (one, other): (Msg, Msg)) -> String {
    let msg = match plural(ui, n) {
        Plural::One => one,
        Plural::Other => other,
    };
    fill(msg.get(ui), &[("n", &n.to_string()), ("total", &total.to_string())])
}

/// "17 of 221 devices must act; 204 have nothing to do; 0 could not be read." The
/// devices that act and those not read are always counted, even at 0: "0 could not be
/// read" is what says that every device was read.
fn summary(c: &FleetCounts, unplaced: usize, preview: bool, ui: Lang) -> String {
    if c.no_verdict == c.devices {
        return counted(
            ui,
            c.no_verdict,
            c.devices,
            (Msg::FLEET_NO_VERDICT_ONE, Msg::FLEET_NO_VERDICT_OTHER),
        ) + ".";
    }
    let act = if preview {
        (Msg::FLEET_PREVIEW_ONE, Msg::FLEET_PREVIEW_OTHER)
    } else {
        (Msg::FLEET_ACT_ONE, Msg::FLEET_ACT_OTHER)
    };
    let mut parts = vec![counted(ui, c.must_act, c.devices, act)];
    let mut add = |n: usize, always: bool, msgs: (Msg, Msg)| {
        if n > 0 || always {
            parts.push(counted(ui, n, c.devices, msgs));
        }
    };
    add(c.advice, false, (Msg::FLEET_ADVICE_ONE, Msg::FLEET_ADVICE_OTHER));
    add(
        c.nothing_to_do,
        true,
        (Msg::FLEET_NOTHING_ONE, Msg::FLEET_NOTHING_OTHER),
    );
    add(c.waiting, false, (Msg::FLEET_WAITING_ONE, Msg::FLEET_WAITING_OTHER));
    add(c.unread, true, (Msg::FLEET_UNREAD_ONE, Msg::FLEET_UNREAD_OTHER));
    add(
        c.no_verdict,
        false,
        (Msg::FLEET_NO_VERDICT_ONE, Msg::FLEET_NO_VERDICT_OTHER),
    );
    let mut out = parts.join("; ");
    out.push('.');
    if unplaced > 0 {
        out.push(' ');
        out.push_str(&crate::i18n::count(
            ui,
            unplaced,
            Msg::R_UNREAD_ONE,
            Msg::R_UNREAD_OTHER,
        ));
    }
    out
}

/// The whole export's answer: never calmer than its most urgent device, and never
/// "nothing to do" while a line is unread.
fn overall(
    reports: &[Report],
    c: &FleetCounts,
    questions: &[Question],
    unplaced: usize,
    summary: &str,
    ui: Lang,
) -> Overall {
    let any = |a: Answer| reports.iter().any(|r| r.overall.answer == a);
    let with = |answer: Answer, message: String| Overall {
        answer,
        message,
        act_on: 0,
    };
    if c.no_verdict == c.devices {
        if let Some(first) = reports.first() {
            return first.overall.clone();
        }
    }
    if any(Answer::NeedContext) {
        let asked: Vec<&str> = questions.iter().map(|q| q.text(ui)).collect();
        let message = fill(Msg::R_NEED_CONTEXT.get(ui), &[("questions", &asked.join(" "))]);
        return with(Answer::NeedContext, format!("{message} {summary}"));
    }
    let answer = if any(Answer::ActionRequired) {
        Answer::ActionRequired
    } else if any(Answer::NotInForce) && c.must_act > 0 {
        Answer::NotInForce
    } else if any(Answer::ConfirmMatches) {
        Answer::ConfirmMatches
    } else if c.unread > 0 || unplaced > 0 {
        Answer::Incomplete
    } else if any(Answer::Advice) {
        Answer::Advice
    } else if reports.iter().all(|r| r.overall.answer == Answer::DoesNotApply) {
        Answer::DoesNotApply
    } else {
        Answer::NothingToDo
    };
    // How many different apps some device must act on.
    let mut apps: Vec<&str> = reports
        .iter()
        .flat_map(|r| r.findings.iter())
        .filter(|f| f.outcome.needs_action())
        .map(|f| f.app.as_ref().map_or(f.input.as_str(), |a| a.id.as_str()))
        .collect();
    crate::small_sort::sort(&mut apps);
    apps.dedup();
    Overall {
        answer,
        message: summary.to_owned(),
        act_on: apps.len(),
    }
}

/// Each device's findings, once per app, outcome, rule and platform's removal steps
/// (the first device's, in export order), then sorted by line; of the apps the policy
/// does not name, one finding per name, the first `keep` of them.
fn merge_findings(reports: &[Report], keep: usize) -> (Vec<Finding>, usize) {
    let mut seen: FastMap<String, ()> = FastMap::default();
    let mut out: Vec<Finding> = Vec::new();
    let mut omitted = 0;
    let mut kept = 0;
    for report in reports {
        omitted += report.not_covered_omitted;
        for f in &report.findings {
            let app = f.app.as_ref().map_or_else(|| f.input.lower(), |a| a.id.clone());
            let platform = f
                .how_to_remove
                .first()
                .and_then(|s| s.platform.as_deref())
                .unwrap_or("");
            let key = format!(
                "{app}\u{0}{:?}\u{0}{}\u{0}{platform}",
                f.outcome,
                f.rule.as_deref().unwrap_or("")
            );
            if seen.insert(key, ()).is_some() {
                continue;
            }
            if f.outcome == Outcome::NotCovered {
                if kept >= keep {
                    omitted += 1;
                    continue;
                }
                kept += 1;
            }
            out.push(f.clone());
        }
    }
    crate::small_sort::sort_by_key(&mut out, |f| f.line);
    (out, omitted)
}

/// The columns of [`to_csv`], in English for the programs that read them.
pub const CSV_COLUMNS: [&str; 9] = [
    "device",
    "serial",
    "user",
    "platform",
    "answer",
    "app",
    "identifier",
    "verdict",
    "deadline",
];

/// The answers as CSV (RFC 4180, CRLF line ends): one row per app a device's answer is
/// about, and one row for a device with none (its answer, no app). The deadline is
/// RFC 3339 where it has a time, else its words ("immediately"). A cell that a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return
/// first) is written with a `'` before it: an export's device names are anyone's.
pub fn to_csv(fleet: &Fleet) -> String {
    let mut out = String::new();
    let mut row = |cells: &[&str]| {
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_cell(&mut out, cell);
        }
        out.push_str("\r\n");
    };
    row(&CSV_COLUMNS);
    for d in &fleet.devices {
        let platform = d.platform.map_or("", Platform::as_str);
        let device = [
            d.name.as_str(),
            d.serial.as_deref().unwrap_or(""),
            d.user.as_deref().unwrap_or(""),
            platform,
            d.label.as_str(),
        ];
        if d.apps.is_empty() {
            row(&[&device[..], &["", "", "", ""]].concat());
        }
        for a in &d.apps {
            let app = a.app.as_ref().map_or(a.input.as_str(), |r| r.name.as_str());
            let deadline = a
                .deadline
                .as_ref()
                .map_or("", |dl| dl.at.as_deref().unwrap_or(dl.text.as_str()));
            let cells = [app, a.identifier.as_deref().unwrap_or(""), a.verdict.as_str(), deadline];
            row(&[&device[..], &cells[..]].concat());
        }
    }
    out
}

fn push_cell(out: &mut String, cell: &str) {
    let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = formula || cell.contains([',', '"', '\n', '\r']);
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for c in cell.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

/// The devices that have something to do or to tell, as a text table for a terminal
/// (every cell through [`crate::text::visible`]), after the counts. A device with
/// nothing to do is in the counts only.
pub fn to_table(fleet: &Fleet, ui: Lang) -> String {
    let header = [
        Msg::FLEET_COL_DEVICE,
        Msg::FLEET_COL_USER,
        Msg::FLEET_COL_PLATFORM,
        Msg::FLEET_COL_ANSWER,
        Msg::FLEET_COL_APPS,
    ]
    .map(|m| m.get(ui).to_owned());
    let mut rows: Vec<[String; 5]> = vec![header];
    for d in fleet
        .devices
        .iter()
        .filter(|d| !matches!(d.answer, Answer::NothingToDo | Answer::DoesNotApply))
    {
        let apps: Vec<String> = d
            .apps
            .iter()
            .map(|a| {
                let app = a.app.as_ref().map_or(a.input.as_str(), |r| r.name.as_str());
                match &a.deadline {
                    Some(dl) => format!("{app}: {} ({})", a.verdict, dl.text),
                    None => format!("{app}: {}", a.verdict),
                }
            })
            .collect();
        let name = match &d.serial {
            Some(s) if d.name != *s => format!("{} ({s})", d.name),
            _ => d.name.clone(),
        };
        let platform = d.os.clone().or_else(|| d.platform.map(|p| p.as_str().to_owned()));
        rows.push([
            name,
            d.user.clone().unwrap_or_default(),
            platform.unwrap_or_default(),
            d.label.clone(),
            apps.join("; "),
        ]);
    }
    let rows: Vec<[String; 5]> = rows
        .into_iter()
        .map(|r| r.map(|c| crate::text::visible(&c).into_owned()))
        .collect();
    let mut widths = [0usize; 5];
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let mut out = crate::text::visible(&fleet.summary).into_owned();
    out.push_str("\n\n");
    for r in &rows {
        let mut line = String::new();
        for (i, (c, w)) in r.iter().zip(widths).enumerate() {
            line.push_str(c);
            if i + 1 < r.len() {
                line.extend(std::iter::repeat_n(' ', w.saturating_sub(c.chars().count()) + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
