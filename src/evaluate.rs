//! Evaluation: a policy, a pasted list and the employee's answers give a report.
//!
//! The caller passes "now"; this module never reads a clock. A withdrawn, superseded
//! or ended policy gives no verdicts at all. Every unanswered question that could
//! change a verdict stops the check with "answer this first" instead of guessing,
//! so an incomplete context never reads as "you're fine".
//!
//! The pasted list is a list of *installed* apps, so rules are matched with usage
//! `app`; a rule limited to usage `browser` never decides a listed app, it is shown
//! beside it ("In a web browser: allowed").
//!
//! Precedence, when several rules meet the same app in the same context: the most
//! specific rule wins (the one that constrains more of the context: each of device,
//! platform, ownership, region and usage counts one, each required service one);
//! among equally specific rules the stricter verdict wins (remove, browser only,
//! discouraged, allowed); among equals, the first in the file. The report names the
//! rule that decided.

use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};

use crate::i18n::{count, fill, plural, Lang, Msg, Plural};
use crate::list::{AppList, Mention};
use crate::policy::{Answers, AppliesTo, Deadline, Device, Ownership, Platform, Policy, Rule, Service, Usage, Verdict};
use crate::recognise::{self, Index, MatchedBy, Recognition, Target};
use crate::report::{
    count_apps, deadline_report, report_language, summarise, Answer, AppRef, BrowserUse, DeadlineReport, Finding,
    LifecycleState, Note, Outcome, Overall, ReadAs, RemovalSteps, Report,
};

/// The employee's answers about the device, and the language they read. Unanswered
/// questions are absent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(deny_unknown_fields)]
pub struct Context {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<Device>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ownership: Option<Ownership>,
    /// Which company services the device reaches: `true` yes, `false` no.
    #[serde(default, skip_serializing_if = "Answers::is_empty")]
    #[cfg_attr(feature = "typescript", ts(as = "std::collections::BTreeMap<Service, bool>", optional = nullable))]
    pub services: Answers<Service>,
    /// Where the employee is: an ISO 3166-1 alpha-2 code (`IN`; `UK` and `EL` are read
    /// as `GB` and `GR`), or `other` for "none of the regions the policy names";
    /// anything else is not understood, and the question stays open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// The reader's language tag (`de`, `pt-BR`); texts fall back to the policy's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Possible matches the employee confirmed ("yes, this is TikTok"), by what they pasted.
    #[serde(default, skip_serializing_if = "Strings::is_empty")]
    #[cfg_attr(feature = "typescript", ts(as = "Vec<String>", optional = nullable))]
    pub confirmed: Strings,
    /// Possible matches the employee dismissed ("no, another app"), by what they pasted.
    #[serde(default, skip_serializing_if = "Strings::is_empty")]
    #[cfg_attr(feature = "typescript", ts(as = "Vec<String>", optional = nullable))]
    pub dismissed: Strings,
    /// The employee said, on the list of the policy's apps, that they have none of them
    /// (an iPhone's way, where no list can be copied): with nothing else listed, nothing to
    /// do, said so.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(feature = "typescript", ts(optional = nullable))]
    pub none_of_these: bool,
}

/// A set of strings (which apps were confirmed or dismissed): [`crate::policy::Strings`].
pub use crate::policy::Strings;

/// A question the policy needs answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Question {
    Device,
    Ownership,
    Service(Service),
    Region,
    Platform,
}

impl Question {
    /// The question as the page asks it.
    pub fn text(self, lang: Lang) -> &'static str {
        match self {
            Question::Device => Msg::Q_DEVICE,
            Question::Platform => Msg::Q_PLATFORM,
            Question::Ownership => Msg::Q_OWNERSHIP,
            Question::Service(Service::Email) => Msg::Q_EMAIL,
            Question::Service(Service::Chat) => Msg::Q_CHAT,
            Question::Service(Service::Vpn) => Msg::Q_VPN,
            Question::Service(Service::Files) => Msg::Q_FILES,
            Question::Region => Msg::Q_REGION,
        }
        .get(lang)
    }
}

/// Does a rule's scope include the context, for this usage? `Err` lists what must be
/// answered first.
fn applies(scope: &AppliesTo, context: &Context, usage: Usage) -> Result<bool, Vec<Question>> {
    if !scope.usage.is_empty() && !scope.usage.contains(usage) {
        return Ok(false);
    }
    let mut unknown = Vec::new();
    let mut check = |constrained: bool, answer: Option<bool>, question: Question| -> bool {
        if !constrained {
            return true;
        }
        match answer {
            Some(yes) => yes,
            None => {
                unknown.push(question);
                true
            }
        }
    };
    let ok = check(
        !scope.devices.is_empty(),
        context.device.map(|d| scope.devices.contains(d)),
        Question::Device,
    ) && check(
        !scope.platforms.is_empty(),
        context.platform.map(|p| scope.platforms.contains(p)),
        Question::Platform,
    ) && check(
        !scope.ownership.is_empty(),
        context.ownership.map(|o| scope.ownership.contains(o)),
        Question::Ownership,
    ) && check(
        !scope.regions.is_empty(),
        context.region.as_ref().map(|r| scope.regions.contains(r)),
        Question::Region,
    ) && scope
        .services
        .iter()
        .all(|s| check(true, context.services.get(s), Question::Service(s)));
    if !ok {
        Ok(false)
    } else if unknown.is_empty() {
        Ok(true)
    } else {
        Err(unknown)
    }
}

/// How much of the context a scope constrains: each dimension that excludes some
/// value counts one (a list naming every device excludes nothing), each required
/// service counts one.
fn specificity(scope: &AppliesTo) -> usize {
    let excludes = |given: usize, all: usize| given > 0 && given < all;
    [
        excludes(scope.devices.len(), Device::ALL.len()),
        excludes(scope.platforms.len(), Platform::ALL.len()),
        excludes(scope.ownership.len(), Ownership::ALL.len()),
        excludes(scope.usage.len(), Usage::ALL.len()),
        !scope.regions.is_empty(),
    ]
    .into_iter()
    .filter(|b| *b)
    .count()
        + scope.services.len()
}

/// The deciding rule among `rules` that select `target`.
fn decide<'p>(rules: &[&'p Rule], policy: &Policy, target: Target) -> Option<&'p Rule> {
    let selects = |rule: &Rule| match target {
        Target::App(i) => {
            rule.apps.contains(&i)
                || policy
                    .apps
                    .get(i)
                    .and_then(|a| a.publisher)
                    .is_some_and(|p| rule.publishers.contains(&p))
        }
        Target::Publisher(p) => rule.publishers.contains(&p),
    };
    let mut best: Option<&Rule> = None;
    for &rule in rules.iter().filter(|r| selects(r)) {
        let better = best
            .is_none_or(|b| (specificity(&rule.applies_to), rule.verdict) > (specificity(&b.applies_to), b.verdict));
        if better {
            best = Some(rule);
        }
    }
    best
}

fn outcome_of(verdict: Verdict) -> Outcome {
    match verdict {
        Verdict::Remove => Outcome::Remove,
        Verdict::BrowserOnly => Outcome::BrowserOnly,
        Verdict::Discouraged => Outcome::Discouraged,
        Verdict::Allowed => Outcome::Allowed,
    }
}

/// The rules in scope for a usage, and the questions that block a verdict.
struct Scope<'p> {
    installed: Vec<&'p Rule>,
    browser: Vec<&'p Rule>,
    missing: Vec<Question>,
}

fn scope<'p>(policy: &'p Policy, context: &Context) -> Scope<'p> {
    let mut s = Scope {
        installed: Vec::new(),
        browser: Vec::new(),
        missing: Vec::new(),
    };
    for rule in &policy.rules {
        match applies(&rule.applies_to, context, Usage::App) {
            Ok(true) => s.installed.push(rule),
            Ok(false) => {}
            Err(questions) => s.missing.extend(questions),
        }
        // Browser-only rules are extra information: an unanswered question there
        // hides the information but blocks nothing.
        if rule.applies_to.usage.len() == 1 && rule.applies_to.usage.contains(Usage::Browser) {
            if let Ok(true) = applies(&rule.applies_to, context, Usage::Browser) {
                s.browser.push(rule);
            }
        }
    }
    crate::small_sort::sort(&mut s.missing);
    s.missing.dedup();
    s
}

/// The questions this policy could ask, in the order the page asks them.
pub fn questions(policy: &Policy) -> Vec<Question> {
    let mut out = Vec::new();
    let mut push = |q| {
        if !out.contains(&q) {
            out.push(q);
        }
    };
    if policy.asks(|s| !s.devices.is_empty()) {
        push(Question::Device);
    }
    if policy.asks(|s| !s.ownership.is_empty()) {
        push(Question::Ownership);
    }
    for service in Service::ALL {
        if policy.asks(|s| s.services.contains(*service)) {
            push(Question::Service(*service));
        }
    }
    if policy.asks(|s| !s.regions.is_empty()) {
        push(Question::Region);
    }
    if policy.asks(|s| !s.platforms.is_empty()) {
        push(Question::Platform);
    }
    out
}

/// A policy prepared for checking: loaded once, its recognition tables built once,
/// then used for as many lists as come (the page keeps one per policy version).
#[derive(Debug, Clone)]
pub struct Checker {
    policy: Policy,
    /// The recognition tables: built by [`Checker::new`], or by the first check of a
    /// [`Checker::deferred`].
    tables: std::sync::OnceLock<Index>,
}

impl Checker {
    /// Prepares a loaded policy for checking: its recognition tables are built now.
    pub fn new(policy: Policy) -> Checker {
        let checker = Checker::deferred(policy);
        checker.index();
        checker
    }

    /// A loaded policy whose recognition tables are built by its first check, not
    /// before: the page, which shows a policy's state and questions at once and checks
    /// in its Web Worker, never builds them (nor carries the code that does).
    pub fn deferred(policy: Policy) -> Checker {
        Checker {
            policy,
            tables: std::sync::OnceLock::new(),
        }
    }

    /// The recognition tables, built on first use.
    fn index(&self) -> &Index {
        self.tables.get_or_init(|| Index::of(&self.policy))
    }

    /// The policy this checks against.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// Checks a list for a device context, at time `now`.
    pub fn check(&self, list: &AppList, context: &Context, now: DateTime<Utc>) -> Report {
        evaluate_with(&self.policy, self.index(), list, context, now, usize::MAX)
    }

    /// [`Checker::check`], keeping at most `keep` of the apps the policy does not name
    /// and counting the rest (`not_covered_omitted`), as [`Report::keep_not_covered`]
    /// would, but without building a finding for each of those: a page that lists 200
    /// of a 100,000-row export's apps pays for 200.
    pub fn check_keeping(&self, list: &AppList, context: &Context, now: DateTime<Utc>, keep: usize) -> Report {
        evaluate_with(&self.policy, self.index(), list, context, now, keep)
    }

    /// What a rule for every app by a publisher covers that no list can show, for
    /// `context` (none when no such rule applies there).
    pub(crate) fn publisher_caveat(&self, context: &Context, ui: Lang) -> Option<String> {
        publisher_caveat(&self.policy, &scope(&self.policy, context), ui)
    }

    /// The questions that must be answered before this policy gives a verdict for
    /// `context` (none when it can decide).
    pub fn missing(&self, context: &Context) -> Vec<Question> {
        scope(&self.policy, context).missing
    }

    /// Whether anything in `list` names one of the policy's apps or publishers: an entry
    /// recognised, or a hit of the whole-text sweep. A list that names none gets no
    /// finding under any context (the impact of a policy skips it).
    pub fn names_any(&self, list: &AppList) -> bool {
        let mut scratch = recognise::Scratch::default();
        list.entries
            .iter()
            .any(|e| recognise::recognise_entry(&self.policy.apps, self.index(), e, &mut scratch).is_some())
            || self.sweep_count(list) > 0
    }

    /// What the whole-text sweep finds in `list`'s text: for benchmarks, which measure
    /// the sweep on its own.
    pub fn sweep_count(&self, list: &AppList) -> usize {
        crate::sweep::sweep(&self.policy.apps, self.index(), list, list.nfkc.0, &[]).len()
    }
}

/// Checks a list against a policy for a device context, at time `now`. (Builds the
/// policy's recognition tables for this one check: to check many lists, use a
/// [`Checker`].)
pub fn evaluate(policy: &Policy, list: &AppList, context: &Context, now: DateTime<Utc>) -> Report {
    evaluate_with(policy, &Index::of(policy), list, context, now, usize::MAX)
}

/// The check; of the entries the policy does not name, the first `keep` get a finding
/// and the rest are counted.
fn evaluate_with(
    policy: &Policy,
    index: &Index,
    list: &AppList,
    context: &Context,
    now: DateTime<Utc>,
    keep: usize,
) -> Report {
    // Region codes are matched in capitals, whoever passed them. A region that is no
    // two-letter code nor the page's "other" (`India`, `IND`) was not understood: the
    // question stays open, never "outside the regions this policy names". `UK` and
    // `EL`, as the EU writes them, are `GB` and `GR`.
    let context = &Context {
        region: context.region.as_ref().and_then(|r| {
            let r = r.trim().to_ascii_uppercase();
            match r.as_str() {
                "UK" => Some("GB".to_owned()),
                "EL" => Some("GR".to_owned()),
                "OTHER" => Some(r),
                _ => (r.len() == 2 && r.bytes().all(|b| b.is_ascii_uppercase())).then_some(r),
            }
        }),
        ..context.clone()
    };
    let summary = summarise(policy, now, context.language.as_deref());
    let ui = Lang::pick(context.language.as_deref());
    let notes: Vec<Note> = list.notes.iter().map(|n| Note::of(n, ui)).collect();
    let state = summary.lifecycle.state;
    if !state.gives_verdicts() {
        let answer = match state {
            LifecycleState::Withdrawn => Answer::Withdrawn,
            LifecycleState::Superseded => Answer::Superseded,
            _ => Answer::Expired,
        };
        let mut message = summary.lifecycle.message.clone().unwrap_or_default();
        if let Some(notice) = &summary.lifecycle.notice {
            message.push(' ');
            message.push_str(notice);
        }
        return Report {
            interface_language: ui,
            policy: summary,
            overall: Overall {
                answer,
                message,
                act_on: 0,
            },
            read_as: ReadAs::of(list, ui),
            findings: Vec::new(),
            notes,
            not_covered_omitted: 0,
            devices: None,
        };
    }

    let scope = scope(policy, context);
    let language = report_language(policy, context.language.as_deref());
    let mut omitted = 0;
    let findings: Vec<Finding> = if scope.missing.is_empty() {
        let lang = (language.as_str(), ui);
        let mut scratch = recognise::Scratch::default();
        let mut read: Vec<Finding> = Vec::new();
        // Lines whose every entry was recognised: the sweep looks for names there only
        // beside what the entries matched (`with_swept`). (Entries are in line order: one
        // pass over runs of a line.)
        let mut recognised: Vec<usize> = Vec::new();
        let mut run = (0, true); // (line, every entry of it so far known)
        let mut kept = 0; // findings of apps the policy does not name
        for (at, e) in list.entries.iter().enumerate() {
            if at == 0 || e.line != run.0 {
                if at > 0 && run.1 && recognised.last() != Some(&run.0) {
                    recognised.push(run.0);
                }
                run = (e.line, true);
            }
            // (The last entry, on the text's last line with text, may have been cut short
            // with it: `recognise::cut_at_end`. That line is found only for it.)
            let last_line = || {
                crate::text::split_newlines(list.text())
                    .enumerate()
                    .filter(|(_, line)| !line.trim().is_empty())
                    .last()
                    .map(|(i, _)| list.original_line(i + 1))
            };
            let recognition = recognise::recognise_entry(&policy.apps, index, e, &mut scratch).or_else(|| {
                (at + 1 == list.entries.len() && Some(e.line) == last_line())
                    .then(|| recognise::cut_at_end(&policy.apps, index, e.lookup().0))
                    .flatten()
            });
            if recognition.is_none() && kept >= keep {
                // Not named, and past the ones kept: counted only.
                omitted += 1;
                run.1 = false;
                continue;
            }
            let seen = Seen {
                line: e.line,
                input: &e.text,
                mention: if recognition.is_some() {
                    list.mention_of(e.line)
                } else {
                    list.mention(e.line)
                },
                in_text: false,
            };
            let f = finding(policy, &scope, context, lang, seen, recognition, now);
            run.1 &= f.app.is_some() || f.publisher.is_some();
            kept += usize::from(f.outcome == Outcome::NotCovered);
            read.push(f);
        }
        if !list.entries.is_empty() && run.1 && recognised.last() != Some(&run.0) {
            recognised.push(run.0);
        }
        with_swept((policy, index), &scope, context, lang, list, (read, &recognised), now)
    } else {
        Vec::new()
    };
    let mut overall = overall(
        (policy, index),
        list,
        context,
        &scope,
        (&findings, omitted),
        &summary.issuer.name,
        ui,
    );
    if let Some(prefix) = &summary.lifecycle.message {
        overall.message = format!("{prefix} {}", overall.message);
    }
    // A draft or a policy not yet in force previews its verdicts; it orders nothing yet.
    if matches!(state, LifecycleState::Draft | LifecycleState::NotYetInForce)
        && matches!(overall.answer, Answer::ActionRequired | Answer::Advice)
    {
        overall.answer = Answer::NotInForce;
    }
    Report {
        interface_language: ui,
        policy: summary,
        overall,
        read_as: ReadAs::of(list, ui),
        findings,
        notes,
        not_covered_omitted: omitted,
        devices: None,
    }
}

/// Where something was seen: an entry the reader read, or a hit of the whole-text sweep.
#[derive(Clone, Copy)]
struct Seen<'a> {
    line: usize,
    /// What was pasted: an entry's text, or the identifier or words the sweep found.
    input: &'a str,
    /// How its line only mentions apps, if it does.
    mention: Option<Mention>,
    /// Found by the sweep, not read as an entry.
    in_text: bool,
}

/// The findings of the entries, with what the whole-text sweep found that no entry
/// did, in line order. An identifier the sweep finds is a match; a name in free text,
/// or anything on a line that only mentions apps, is a question when the policy would
/// have the employee act on it (and is left out otherwise).
fn with_swept(
    (policy, index): (&Policy, &Index),
    scope: &Scope<'_>,
    context: &Context,
    lang: (&str, Lang),
    list: &AppList,
    (read, recognised): (Vec<Finding>, &[usize]),
    now: DateTime<Utc>,
) -> Vec<Finding> {
    // The understood lines, with what each of their entries matched.
    let mut understood: Vec<(usize, &str)> = Vec::new();
    for f in &read {
        if let (Ok(_), Some(by)) = (recognised.binary_search(&f.line), &f.matched_by) {
            understood.push((f.line, by.value()));
        }
    }
    let hits = crate::sweep::sweep(&policy.apps, index, list, list.nfkc.0, &understood);
    if hits.is_empty() {
        return read;
    }
    // What the entries found, looked up once per hit (a 100,000-line export may have
    // thousands of hits).
    let found_apps: Vec<&str> = crate::small_sort::sorted_unique(
        read.iter()
            .filter_map(|f| f.app.as_ref().map(|a| a.id.as_str()))
            .collect(),
    );
    let found_values: Vec<String> = crate::small_sort::sorted_unique(
        read.iter()
            .filter_map(|f| match &f.matched_by {
                Some(MatchedBy::PublisherPrefix { value, .. }) => Some(value.to_ascii_lowercase()),
                _ => None,
            })
            .collect(),
    );
    let found_app = |id: &str| found_apps.binary_search(&id).is_ok();
    let found_value = |value: &str| found_values.binary_search(&value.to_ascii_lowercase()).is_ok();
    let mut swept: Vec<Finding> = Vec::new();
    // The entries a question about their publisher stands for (indices into `read`).
    // The entries a question about their name or publisher stands for (by index into `read`).
    let mut asked: Vec<bool> = vec![false; read.len()];
    // Hits of one text on one line come one after another, thousands on a row of a wide
    // table ("TikTok" or "TikTok Mod" in each of 8,000 cells): what the line's entries say
    // of the text is found once for them, and the entry each stands for is looked for
    // from where the last one's was (each had read all the line's entries again, past
    // those already asked).
    let mut group: Option<Group> = None;
    for hit in hits {
        let publisher_named = matches!(
            (hit.recognition.target, &hit.recognition.matched_by),
            (Target::Publisher(_), MatchedBy::Name { .. })
        );
        let same = group
            .as_ref()
            .is_some_and(|g| g.line == hit.line && g.text == hit.text && g.publisher == publisher_named);
        if !same {
            let from = read.partition_point(|f| f.line < hit.line);
            group = Some(Group {
                line: hit.line,
                text: hit.text.clone(),
                publisher: publisher_named,
                listed: crate::sweep::listed_name(list, hit.line, &hit.text),
                from,
                to: read.partition_point(|f| f.line <= hit.line),
                next: from,
                last: None,
                same_app: false,
            });
        }
        let Some(g) = group.as_mut() else {
            continue;
        };
        // An app listed in a few words that hold a restricted app's name ("TikTok Mod").
        let in_listed = hit.by_name && matches!(hit.recognition.target, Target::App(_)) && g.listed;
        let already = match (hit.recognition.target, &hit.recognition.matched_by) {
            (Target::App(i), _) => policy.apps.get(i).is_some_and(|a| found_app(&a.id)),
            (Target::Publisher(_), MatchedBy::PublisherPrefix { value, .. }) => found_value(value),
            // A publisher beside an app the line was recognised as is that app's.
            (Target::Publisher(_), _) => recognised.binary_search(&hit.line).is_ok(),
        };
        // (An app listed by a few words that hold the name of an app found elsewhere is
        // still another app: "TikTok Mod" beside "TikTok" is asked about, as itself.)
        if already && !in_listed {
            continue;
        }
        // A publisher named on a line is asked about as the app read on that line, and
        // so is an app listed by a few words that hold a restricted app's name: "is
        // “TikTok Mod” TikTok?" The first such entry of the line not asked about yet, or
        // the last when all were (and whether it was).
        let stands_for = |i: &usize| {
            read.get(*i).is_some_and(|f| {
                f.outcome == Outcome::NotCovered
                    && !f.in_text
                    && f.app.is_none()
                    && (publisher_named || f.input.contains(&hit.text))
            })
        };
        let is_asked = |i: usize| asked.get(i).copied().unwrap_or(false);
        let entry = if publisher_named || in_listed {
            // (Those before `next` that stand for the text were asked about.)
            match (g.next..g.to).find(|i| stands_for(i) && !is_asked(*i)) {
                Some(i) => {
                    g.next = i;
                    Some((i, false))
                }
                None => {
                    g.next = g.to;
                    let (from, to) = (g.from, g.to);
                    let last = *g.last.get_or_insert_with(|| (from..to).rev().find(|i| stands_for(i)));
                    last.map(|i| (i, true))
                }
            }
        } else {
            None
        };
        // (A listed name's hit that every listed name on its line has had says no more;
        // once it has, it still has: what was swept only grows.)
        let same_app = |g: &mut Group| {
            let id = match hit.recognition.target {
                Target::App(i) => policy.apps.get(i).map(|a| a.id.as_str()),
                Target::Publisher(_) => None,
            };
            g.same_app = g.same_app
                || swept
                    .iter()
                    .rev()
                    .take_while(|s| s.line == hit.line)
                    .any(|s| s.app.as_ref().map(|a| a.id.as_str()) == id);
            g.same_app
        };
        let entry = match entry {
            Some((_, true)) if in_listed && same_app(g) => continue,
            Some((at, false)) => Some(at),
            _ if already => continue,
            _ => None,
        };
        // (Asked as a name close to the app's, when the name found would be asked about.)
        let similar = match (in_listed, entry.and_then(|e| read.get(e)), &hit.recognition.matched_by) {
            (true, Some(listed), MatchedBy::Name { value, name }) => {
                let longest = listed.input.chars().count().max(1);
                let similarity = u8::try_from(100 * value.chars().count().min(longest) / longest).unwrap_or(0);
                Some(Recognition {
                    target: hit.recognition.target,
                    matched_by: MatchedBy::SimilarName {
                        value: listed.input.clone(),
                        name: name.clone(),
                        similarity,
                    },
                })
            }
            _ => None,
        };
        let seen = Seen {
            line: hit.line,
            input: entry.and_then(|e| read.get(e)).map_or(&hit.text, |f| &f.input),
            mention: list.mention_of(hit.line),
            in_text: true,
        };
        let by_name = hit.by_name;
        let mut f = finding(policy, scope, context, lang, seen, Some(hit.recognition), now);
        if let Some(similar) = similar.filter(|_| f.outcome == Outcome::PossibleMatch && f.mention.is_none()) {
            f = finding(policy, scope, context, lang, seen, Some(similar), now);
        }
        // (Asked about in place of an entry, it is that entry's finding.)
        f.in_text &= entry.is_none();
        // A name in prose about an app this device may keep says nothing.
        // (An app by a publisher the rules cover, by its prefix, is worth telling.)
        let keeps = matches!(f.outcome, Outcome::NotApplicable | Outcome::Allowed);
        let worth_it = !by_name || !keeps || f.app.is_none() && !publisher_named;
        if worth_it {
            if let Some(slot) = entry.and_then(|e| asked.get_mut(e)) {
                *slot = true;
            }
            swept.push(f);
        }
    }
    // Both are in line order: merge them.
    let mut out = Vec::with_capacity(read.len() + swept.len());
    let mut swept = swept.into_iter().peekable();
    for (i, f) in read.into_iter().enumerate() {
        while let Some(s) = swept.next_if(|s| s.line < f.line) {
            out.push(s);
        }
        if !asked.get(i).copied().unwrap_or(false) {
            out.push(f);
        }
    }
    out.extend(swept);
    out
}

/// What the sweep's hits of one text on one line share ([`with_swept`]).
struct Group {
    line: usize,
    text: String,
    /// Whether the hits name a publisher.
    publisher: bool,
    /// Whether the line lists the text in a few words (`sweep::listed_name`).
    listed: bool,
    /// The line's findings in `read`: `from..to`.
    from: usize,
    to: usize,
    /// Where to look on for the next entry not asked about.
    next: usize,
    /// The line's last entry that stands for the text, once looked for.
    last: Option<Option<usize>>,
    /// Whether an earlier hit of the line was asked about as the same app.
    same_app: bool,
}

fn finding(
    policy: &Policy,
    scope: &Scope<'_>,
    context: &Context,
    (language, ui): (&str, Lang),
    seen: Seen<'_>,
    recognition: Option<Recognition>,
    now: DateTime<Utc>,
) -> Finding {
    let (input, line) = (seen.input, seen.line);
    let l = Some(language);
    let mut finding = Finding {
        line,
        input: input.to_owned(),
        app: None,
        publisher: None,
        matched_by: None,
        outcome: Outcome::NotCovered,
        rule: None,
        deadline: None,
        consequence: None,
        reason: None,
        how_to_remove: Vec::new(),
        still_allowed: None,
        exception: None,
        note: None,
        in_browser: None,
        explanation: Msg::E_NOT_NAMED.get(ui).to_owned(),
        due: None,
        in_text: seen.in_text,
        mention: None,
    };
    let Some(recognition) = recognition else {
        return finding;
    };
    let (name, publisher) = match recognition.target {
        Target::App(i) => {
            let Some(app) = policy.apps.get(i) else {
                return finding;
            };
            finding.app = Some(AppRef {
                id: app.id.clone(),
                name: app.name.clone(),
            });
            (app.name.clone(), app.publisher.and_then(|p| policy.publishers.get(p)))
        }
        Target::Publisher(p) => {
            let Some(publisher) = policy.publishers.get(p) else {
                return finding;
            };
            (
                fill(Msg::E_PUBLISHER_APP.get(ui), &[("publisher", &publisher.name)]),
                Some(publisher),
            )
        }
    };
    finding.publisher = publisher.map(|p| p.name.clone());
    if matches!(recognition.matched_by, MatchedBy::SimilarName { .. }) {
        if context.dismissed.contains(input) {
            finding.app = None;
            finding.publisher = None;
            finding.explanation = fill(Msg::E_DISMISSED.get(ui), &[("name", &name)]);
            return finding;
        }
        if !context.confirmed.contains(input) {
            finding.matched_by = Some(recognition.matched_by);
            finding.outcome = Outcome::PossibleMatch;
            finding.explanation = match (recognition.target, finding.publisher.as_deref()) {
                // (A cut name that begins a covered publisher's, `Bytedan…`.)
                (Target::Publisher(_), Some(publisher)) => fill(
                    Msg::E_POSSIBLE_PUBLISHER.get(ui),
                    &[("publisher", publisher), ("text", input)],
                ),
                _ => fill(Msg::E_POSSIBLE.get(ui), &[("name", &name), ("text", input)]),
            };
            return finding;
        }
    }
    finding.matched_by = Some(recognition.matched_by);

    if let Some(rule) = decide(&scope.browser, policy, recognition.target) {
        finding.in_browser = Some(BrowserUse {
            outcome: outcome_of(rule.verdict),
            rule: rule.id.clone(),
            note: rule
                .note
                .as_ref()
                .or(rule.still_allowed.as_ref())
                .map(|t| t.get(l).to_owned()),
        });
    }

    let Some(rule) = decide(&scope.installed, policy, recognition.target) else {
        finding.outcome = Outcome::NotApplicable;
        finding.explanation = fill(Msg::E_NOT_APPLICABLE.get(ui), &[("name", &name)]);
        return finding;
    };

    // A name in free text, or an app on a line that only mentions it (quoted, removed,
    // uninstalled), is a question: the text does not say the app is on this device.
    let by_name_in_text = seen.in_text && matches!(finding.matched_by, Some(MatchedBy::Name { .. }));
    let matters = rule.verdict.needs_action() || rule.verdict == Verdict::Discouraged;
    if (by_name_in_text || seen.mention.is_some()) && matters && !context.confirmed.contains(input) {
        finding.mention = seen.mention;
        if context.dismissed.contains(input) {
            finding.app = None;
            finding.publisher = None;
            finding.matched_by = None;
            finding.explanation = fill(Msg::E_DISMISSED.get(ui), &[("name", &name)]);
            return finding;
        }
        finding.outcome = Outcome::PossibleMatch;
        let line_text = line.to_string();
        let (message, heading) = match seen.mention {
            Some(Mention::Quoted) => (Msg::E_MENTION_QUOTED, String::new()),
            Some(Mention::Section { heading }) => (Msg::E_MENTION_SECTION, heading.to_string()),
            Some(Mention::Uninstall) => (Msg::E_MENTION_UNINSTALL, String::new()),
            Some(Mention::Status) => (Msg::E_MENTION_STATUS, String::new()),
            None if matches!(recognition.target, Target::Publisher(_)) => (Msg::E_PUBLISHER_IN_TEXT, String::new()),
            None => (Msg::E_NAME_IN_TEXT, String::new()),
        };
        finding.explanation = fill(
            message.get(ui),
            &[
                ("name", &name),
                ("publisher", finding.publisher.as_deref().unwrap_or_default()),
                ("text", input),
                ("line", &line_text),
                ("heading", &heading),
            ],
        );
        return finding;
    }

    finding.outcome = outcome_of(rule.verdict);
    finding.rule = Some(rule.id.clone());
    finding.deadline = rule.deadline.map(|d| deadline_report(d, now, ui));
    finding.due = rule.deadline;
    let text = |t: &Option<crate::policy::Text>| t.as_ref().map(|t| t.get(l).to_owned());
    finding.consequence = text(&rule.consequence);
    finding.reason = text(&rule.reason);
    finding.still_allowed = text(&rule.still_allowed);
    finding.note = text(&rule.note);
    if rule.verdict.needs_action() {
        finding.exception = text(&rule.exception).or_else(|| text(&policy.exceptions));
        finding.how_to_remove = removal_steps(rule, context.platform, l, ui);
    }
    let date = finding.deadline.as_ref().map_or("", |d| d.text.as_str());
    let when = match &finding.deadline {
        Some(d) if d.at.is_none() => 0,
        Some(d) if d.overdue => 1,
        Some(_) => 2,
        None => 3,
    };
    let message = match (rule.verdict, when) {
        (Verdict::Remove, 0) => Msg::E_REMOVE_NOW,
        (Verdict::Remove, 1) => Msg::E_REMOVE_PASSED,
        (Verdict::Remove, 2) => Msg::E_REMOVE_BY,
        (Verdict::Remove, _) => Msg::E_REMOVE,
        (Verdict::BrowserOnly, 0) => Msg::E_BROWSER_NOW,
        (Verdict::BrowserOnly, 1) => Msg::E_BROWSER_PASSED,
        (Verdict::BrowserOnly, 2) => Msg::E_BROWSER_BY,
        (Verdict::BrowserOnly, _) => Msg::E_BROWSER,
        (Verdict::Discouraged, _) => Msg::E_DISCOURAGED,
        (Verdict::Allowed, _) => Msg::E_ALLOWED,
    };
    finding.explanation = fill(message.get(ui), &[("name", &name), ("date", date)]);
    if seen.in_text {
        finding.explanation.push(' ');
        finding
            .explanation
            .push_str(&fill(Msg::E_IN_TEXT.get(ui), &[("line", &line.to_string())]));
    }
    finding
}

impl Verdict {
    /// Whether the verdict orders the employee to do something.
    pub fn needs_action(self) -> bool {
        matches!(self, Verdict::Remove | Verdict::BrowserOnly)
    }
}

/// The removal steps for the employee's platform, or for every platform given; when
/// the rule gives none, appcheck's standard steps in the interface language.
fn removal_steps(rule: &Rule, platform: Option<Platform>, language: Option<&str>, ui: Lang) -> Vec<RemovalSteps> {
    if rule.how_to_remove.is_empty() {
        return match platform {
            Some(p) => vec![RemovalSteps::standard(Some(p), ui)],
            None => RemovalSteps::STANDARD
                .iter()
                .map(|p| RemovalSteps::standard(*p, ui))
                .collect(),
        };
    }
    let step = |key: Option<Platform>| {
        let text = rule.how_to_remove.iter().find(|(k, _)| *k == key).map(|(_, t)| t);
        text.map(|t| RemovalSteps {
            platform: key.map(|p| p.as_str().to_owned()),
            steps: t.get(language).to_owned(),
            standard: false,
        })
    };
    match platform {
        Some(p) => step(Some(p)).or_else(|| step(None)).into_iter().collect(),
        // Every platform's steps, the general ones last.
        None => rule
            .how_to_remove
            .iter()
            .map(|(k, _)| *k)
            .filter(Option::is_some)
            .chain([None])
            .filter_map(step)
            .collect(),
    }
}

fn overall(
    (policy, index): (&Policy, &Index),
    list: &AppList,
    context: &Context,
    scope: &Scope<'_>,
    (findings, omitted): (&[Finding], usize),
    issuer: &str,
    ui: Lang,
) -> Overall {
    let plain = |answer, message: String| Overall {
        answer,
        message,
        act_on: 0,
    };
    if !scope.missing.is_empty() {
        let questions: Vec<&str> = scope.missing.iter().map(|q| q.text(ui)).collect();
        return plain(
            Answer::NeedContext,
            fill(Msg::R_NEED_CONTEXT.get(ui), &[("questions", &questions.join(" "))]),
        );
    }
    if scope.installed.is_empty() {
        let mut message = fill(
            Msg::R_DOES_NOT_APPLY.get(ui),
            &[("context", &describe_context(context, ui))],
        );
        // A carve-out for browser use in this context is part of the answer.
        let l = context.language.as_deref();
        for rule in &scope.browser {
            if let Some(note) = rule.note.as_ref().or(rule.still_allowed.as_ref()) {
                message.push(' ');
                message.push_str(note.get(l));
            }
        }
        return plain(Answer::DoesNotApply, message);
    }
    // The apps the policy does not name that were only counted count too.
    let all = findings.len() + omitted;
    if all == 0 {
        // (Lines that could not be read, and nothing else: that is why no app was found,
        // a 5 MB line, a list in a picture; said as the unread lines are.)
        let unread = list.account.unread;
        if unread > 0 {
            let said = count(ui, unread, Msg::R_UNREAD_ONE, Msg::R_UNREAD_OTHER);
            return plain(Answer::NoApps, fill(Msg::R_NONE_READ.get(ui), &[("unread", &said)]));
        }
        // (None of the policy's apps, said on its list, and nothing else listed.)
        if context.none_of_these {
            return plain(Answer::NothingToDo, Msg::R_NONE_OF_THESE.get(ui).to_owned());
        }
        return plain(Answer::NoApps, Msg::R_NO_APPS.get(ui).to_owned());
    }

    // One entry per app: the same app pasted twice (by name and by package) is one app.
    let needing: Vec<&Finding> = findings.iter().filter(|f| f.outcome.needs_action()).collect();
    let keys: Vec<&str> = needing
        .iter()
        .map(|f| f.app.as_ref().map_or(f.input.as_str(), |a| a.id.as_str()))
        .collect();
    let acting: Vec<&Finding> = needing
        .into_iter()
        .zip(crate::small_sort::firsts(&keys))
        .filter_map(|(f, first)| first.then_some(f))
        .collect();
    let unread = list.account.unread;
    let mut unread_sentence = count(ui, unread, Msg::R_UNREAD_ONE, Msg::R_UNREAD_OTHER);
    // What could not be told besides the unread lines: apps given by identifier alone,
    // names in an alphabet the policy uses for none of its names.
    let mut untold = 0;
    for sentence in [
        blind(policy, list, scope, findings, ui),
        foreign_script(index.scripts, list, findings, ui),
    ]
    .into_iter()
    .flatten()
    {
        unread_sentence = if unread + untold > 0 {
            format!("{unread_sentence} {sentence}")
        } else {
            sentence
        };
        untold += 1;
    }
    let unread = unread + untold;
    let publishers = publisher_caveat(policy, scope, ui);

    if !acting.is_empty() {
        let n = acting.len();
        let apps = name_apps(&acting, ui);
        let immediately = acting.iter().any(|f| f.due == Some(Deadline::Immediately));
        let mut dated: Vec<(DateTime<FixedOffset>, &DeadlineReport)> = acting
            .iter()
            .filter_map(|f| match (f.due, &f.deadline) {
                (Some(Deadline::At(at)), Some(report)) => Some((at, report)),
                _ => None,
            })
            .collect();
        crate::small_sort::sort_by_key(&mut dated, |(at, _)| *at);
        let passed = dated.iter().find(|(_, d)| d.overdue);
        let (message, date) = match (immediately, passed, dated.first()) {
            (true, _, _) => (Msg::R_REMOVE_NOW, ""),
            (false, Some((_, d)), _) => (Msg::R_REMOVE_PASSED, d.text.as_str()),
            (false, None, Some((_, d))) if dated.len() == n => (Msg::R_REMOVE_BY, d.text.as_str()),
            (false, None, Some((_, d))) => (Msg::R_REMOVE_FIRST, d.text.as_str()),
            (false, None, None) => (Msg::R_REMOVE, ""),
        };
        let mut message = fill(message.get(ui), &[("apps", &apps), ("date", date)]);
        let mut consequences: Vec<&str> = acting.iter().filter_map(|f| f.consequence.as_deref()).collect();
        crate::small_sort::sort(&mut consequences);
        consequences.dedup();
        for c in consequences.into_iter().chain(publishers.as_deref()) {
            message.push(' ');
            message.push_str(c);
        }
        if unread > 0 {
            message.push(' ');
            message.push_str(&unread_sentence);
        }
        let possible = findings.iter().filter(|f| f.outcome == Outcome::PossibleMatch).count();
        if possible > 0 {
            message.push(' ');
            message.push_str(&count(ui, possible, Msg::R_ALSO_CONFIRM_ONE, Msg::R_ALSO_CONFIRM_OTHER));
        }
        return Overall {
            answer: Answer::ActionRequired,
            message,
            act_on: n,
        };
    }
    let possible = findings.iter().filter(|f| f.outcome == Outcome::PossibleMatch).count();
    if possible > 0 {
        return plain(
            Answer::ConfirmMatches,
            count(ui, possible, Msg::R_CONFIRM_ONE, Msg::R_CONFIRM_OTHER),
        );
    }
    if unread > 0 {
        // Never "nothing to do" when part of the list was not read.
        // (Where a line says the list goes on, `...and 12 more`, the whole list is asked
        // for: removing that line would only make the rest pass for whole.)
        let goes_on = list
            .notes
            .iter()
            .any(|note| matches!(note.skipped, crate::list::Skipped::Elsewhere { .. }));
        let message = if goes_on {
            Msg::R_INCOMPLETE_GOES_ON
        } else {
            Msg::R_INCOMPLETE
        };
        return plain(
            Answer::Incomplete,
            fill(message.get(ui), &[("unread", &unread_sentence)]),
        );
    }
    let mut message = if findings.iter().any(|f| f.outcome == Outcome::Discouraged) {
        fill(Msg::R_ADVICE.get(ui), &[("issuer", issuer)])
    } else {
        let nothing = match plural(ui, all) {
            Plural::One => Msg::R_NOTHING_ONE,
            Plural::Other => Msg::R_NOTHING_OTHER,
        };
        fill(
            nothing.get(ui),
            &[
                ("apps", &count_apps(all, ui)),
                ("context", &describe_context(context, ui)),
            ],
        )
    };
    if let Some(caveat) = publishers {
        message.push(' ');
        message.push_str(&caveat);
    }
    let answer = if findings.iter().any(|f| f.outcome == Outcome::Discouraged) {
        Answer::Advice
    } else {
        Answer::NothingToDo
    };
    plain(answer, message)
}

/// What a list that gives apps by identifier alone cannot tell: an adb list's packages,
/// `ideviceinstaller`'s bundle ids or App Store numbers, against an app the policy can
/// order removed but names only by name (or by ids of another platform). Whether that
/// app is among them is unknown, so the answer must not be "nothing to do": the
/// sentence that says so, naming those apps, or `None`.
fn blind(policy: &Policy, list: &AppList, scope: &Scope<'_>, findings: &[Finding], ui: Lang) -> Option<String> {
    use crate::list::Format;
    // (Which kinds of identifier the list gives apps by alone: packages, bundle ids, App
    // Store numbers; a dotted id of an unknown platform may be either of the first two.)
    let (mut android, mut ios, mut store) = (false, false, false);
    for entry in list.entries.iter().filter(|e| e.name.is_none()) {
        let Some(id) = entry.identifier.as_deref() else {
            continue;
        };
        if id.bytes().all(|b| b.is_ascii_digit()) {
            store = true;
        } else {
            match list.format {
                Format::AndroidPackages | Format::AndroidDumpsys => android = true,
                Format::IosApps => ios = true,
                _ => (android, ios) = (true, true),
            }
        }
    }
    if !(android || ios || store) {
        return None;
    }
    let found = |id: &str| findings.iter().any(|f| f.app.as_ref().is_some_and(|a| a.id == id));
    let mut names: Vec<&str> = Vec::new();
    for rule in scope.installed.iter().filter(|r| r.verdict.needs_action()) {
        for app in rule.apps.iter().filter_map(|&i| policy.apps.get(i)) {
            let unseen = android && app.android_packages.is_empty()
                || ios && app.ios_bundle_ids.is_empty()
                || store && app.app_store_ids.is_empty();
            if unseen && !found(&app.id) && !names.contains(&app.name.as_str()) {
                names.push(&app.name);
            }
        }
    }
    (!names.is_empty()).then(|| fill(Msg::R_BLIND.get(ui), &[("apps", &join_names(&names, ui))]))
}

/// What a list cannot tell when some of its names are written in an alphabet the
/// policy names no app in (टिकटॉक, تيك توك for a policy that writes TikTok in Latin
/// letters): which app they are is unknown, so the answer must not be "nothing to do".
/// A name recognised all the same (by identifier, or a look-alike letter) is told.
/// `known`: the scripts of the policy's names ([`Index`]'s).
fn foreign_script(known: u32, list: &AppList, findings: &[Finding], ui: Lang) -> Option<String> {
    let mut told: Vec<usize> = findings.iter().filter(|f| f.app.is_some()).map(|f| f.line).collect();
    crate::small_sort::sort(&mut told);
    let told = |line: usize| told.binary_search(&line).is_ok();
    let foreign: Vec<String> = list
        .entries
        .iter()
        .filter(|e| e.identifier.is_none() && !e.text.is_ascii())
        .filter(|e| {
            // (In an alphabet as pasted and in compatibility form both: `𝓝𝓮𝓽𝓯𝓵𝓲𝔁` is
            // Latin, and so is `µTorrent`, whose `µ` the form makes Greek.)
            // (A letter of no alphabet known as pasted, `ℸ`, is its compatibility form's.)
            let (pasted, folded) = (name_scripts(&e.text), name_scripts(e.lookup().0));
            let pasted = if pasted & crate::text::ANOTHER_SCRIPT == 0 {
                pasted
            } else {
                !0
            };
            pasted & folded & !known != 0 && !told(e.line)
        })
        // (Named, so that the employee finds them: at most 40 characters of each, without
        // the invisible ones and the marks that turn text around.)
        .map(|e| {
            let mut shown = e.text.chars().filter(|&c| !crate::text::is_invisible(c));
            let mut name: String = shown.by_ref().take(40).collect();
            if shown.next().is_some() {
                name.push('…');
            }
            name
        })
        .collect();
    let names: Vec<&str> = foreign.iter().map(String::as_str).collect();
    (!foreign.is_empty()).then(|| {
        let n = count(
            ui,
            foreign.len(),
            Msg::R_FOREIGN_SCRIPT_ONE,
            Msg::R_FOREIGN_SCRIPT_OTHER,
        );
        fill(&n, &[("names", &join_names(&names, ui))])
    })
}

/// The alphabets of a name's words ([`crate::text::scripts`]), but for a Greek letter
/// that is a word alone, a sign (`π Calculator`, `Σ Calculator`, `Ω Ohm's Law`): no name
/// is spelled by one letter.
fn name_scripts(text: &str) -> u32 {
    const GREEK: u32 = 1 << 1;
    text.split_whitespace()
        .map(|word| (crate::text::scripts(word), word))
        .filter(|&(scripts, word)| !(scripts == GREEK && word.chars().filter(|c| c.is_alphabetic()).count() == 1))
        .fold(0, |all, (scripts, _)| all | scripts)
}

/// The apps an answer is about, by name: "TikTok", "TikTok and CapCut", "TikTok,
/// CapCut and Helo", or the first two and how many others.
fn name_apps(acting: &[&Finding], ui: Lang) -> String {
    let names: Vec<&str> = acting
        .iter()
        .map(|f| f.app.as_ref().map_or(f.input.as_str(), |a| a.name.as_str()))
        .collect();
    join_names(&names, ui)
}

/// Names as a sentence says them: "TikTok", "TikTok and CapCut", "TikTok, CapCut and
/// Helo", or the first two and how many others.
fn join_names(names: &[&str], ui: Lang) -> String {
    let and = Msg::W_AND.get(ui);
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [first @ .., last] if names.len() <= 3 => format!("{}{and}{last}", first.join(", ")),
        [first, second, rest @ ..] => format!(
            "{first}, {second}{and}{}",
            fill(Msg::N_MORE_APPS.get(ui), &[("n", &rest.len().to_string())])
        ),
    }
}

/// What a publisher rule covers that no list can show: apps by the publisher that the
/// policy does not list and that were pasted by name only.
fn publisher_caveat(policy: &Policy, scope: &Scope<'_>, ui: Lang) -> Option<String> {
    let mut names: Vec<&str> = scope
        .installed
        .iter()
        .filter(|r| r.verdict.needs_action())
        .flat_map(|r| {
            r.publishers
                .iter()
                .filter_map(|&p| policy.publishers.get(p))
                .map(|p| p.name.as_str())
        })
        .collect();
    crate::small_sort::sort(&mut names);
    names.dedup();
    if names.is_empty() {
        return None;
    }
    let names = names.join(Msg::W_OR.get(ui));
    Some(fill(Msg::R_PUBLISHERS.get(ui), &[("names", &names)]))
}

/// The device as the overall answer names it: "a company-owned phone that reaches
/// company email" in English; a list of facts in the other languages, whose grammar
/// would not survive the English way of building the phrase.
fn describe_context(context: &Context, ui: Lang) -> String {
    if ui != Lang::En {
        return describe_context_as_facts(context, ui);
    }
    let device = match context.device {
        Some(Device::Computer) => "computer",
        Some(d) => d.as_str(),
        None => "device",
    };
    let owner = match context.ownership {
        Some(Ownership::Company) => "company-owned ",
        Some(Ownership::Personal) => "personal ",
        None => "",
    };
    let mut out = format!("a {owner}{device}");
    let names = |v: &[Service]| v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" or ");
    let yes: Vec<Service> = context.services.iter().filter(|(_, v)| *v).map(|(s, _)| s).collect();
    let no: Vec<Service> = context.services.iter().filter(|(_, v)| !*v).map(|(s, _)| s).collect();
    if !yes.is_empty() {
        out.push_str(&format!(" that reaches company {}", names(&yes)));
    }
    if !no.is_empty() {
        out.push_str(&format!(
            "{} does not reach company {}",
            if yes.is_empty() { " that" } else { " and" },
            names(&no)
        ));
    }
    match context.region.as_deref() {
        Some(code) if code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()) => {
            out.push_str(&format!(" in {code}"))
        }
        Some(_) => out.push_str(" outside the regions this policy names"),
        None => {}
    }
    out
}

fn describe_context_as_facts(context: &Context, ui: Lang) -> String {
    let mut facts: Vec<String> = Vec::new();
    facts.extend(
        match context.device {
            Some(Device::Phone) => Some(Msg::C_PHONE),
            Some(Device::Tablet) => Some(Msg::C_TABLET),
            Some(Device::Computer) => Some(Msg::C_COMPUTER),
            None => None,
        }
        .map(|m| m.get(ui).to_owned()),
    );
    facts.extend(
        match context.ownership {
            Some(Ownership::Company) => Some(Msg::C_COMPANY),
            Some(Ownership::Personal) => Some(Msg::C_PERSONAL),
            None => None,
        }
        .map(|m| m.get(ui).to_owned()),
    );
    let service = |s: Service| {
        match s {
            Service::Email => Msg::S_EMAIL,
            Service::Chat => Msg::S_CHAT,
            Service::Vpn => Msg::S_VPN,
            Service::Files => Msg::S_FILES,
        }
        .get(ui)
    };
    for (wanted, msg) in [(true, Msg::C_REACHES), (false, Msg::C_NOT_REACHES)] {
        let names: Vec<&str> = context
            .services
            .iter()
            .filter(|(_, v)| *v == wanted)
            .map(|(s, _)| service(s))
            .collect();
        if !names.is_empty() {
            facts.push(fill(msg.get(ui), &[("services", &names.join(Msg::W_OR.get(ui)))]));
        }
    }
    match context.region.as_deref() {
        Some(code) if code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()) => {
            facts.push(fill(Msg::C_IN.get(ui), &[("region", code)]));
        }
        Some(_) => facts.push(Msg::C_ELSEWHERE.get(ui).to_owned()),
        None => {}
    }
    if facts.is_empty() {
        Msg::C_ANY_DEVICE.get(ui).to_owned()
    } else {
        fill(Msg::C_DEVICE.get(ui), &[("facts", &facts.join(", "))])
    }
}
