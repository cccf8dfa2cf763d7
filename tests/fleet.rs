//! Exports of many devices (issue 16): each device answered as its own list, with its
//! own context from the export's columns, and the whole export never calmer than its
//! most urgent device. The fixtures in `tests/fixtures/fleet/` are shaped like each
//! tool's real export (`SOURCES.md` says where each column name comes from).

#![cfg(not(target_arch = "wasm32"))]

mod support;

use appcheck::evaluate::{Checker, Context};
use appcheck::fleet::{self, device_context, ownership, platform_and_kind};
use appcheck::list::{parse_list, DeviceRecord};
use appcheck::policy::{load_policy, Device, Ownership, Platform};
use appcheck::report::{Answer, Fleet, Outcome, Report};

const ACTIVE: &str = "pkg-config/policies/archive/retailer-memo-us.v1.json";
const WITHDRAWN: &str = "pkg-config/policies/retailer-memo-us.json";

fn checker(path: &str) -> Checker {
    Checker::new(load_policy(&std::fs::read(support::root().join(path)).unwrap()).unwrap())
}

fn context(json: &str) -> Context {
    serde_json::from_str(json).unwrap()
}

fn at(time: &str) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339(time).unwrap().to_utc()
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(support::root().join("tests/fixtures/fleet").join(name)).unwrap()
}

/// The memo's answer for a list, US phones that reach company email, the day it was sent.
fn check(list: &str, ctx: &str) -> Report {
    fleet::check(
        &checker(ACTIVE),
        &parse_list(list, support::nfkc),
        &context(ctx),
        at("2020-07-10T14:00:00Z"),
        usize::MAX,
    )
}

/// The answer under the policy for the company's devices alone, for a phone.
fn government(list: &str) -> Report {
    support::zones();
    fleet::check(
        &checker("pkg-config/policies/us-no-tiktok-on-government-devices.json"),
        &parse_list(list, support::nfkc),
        &context(r#"{"device": "phone"}"#),
        at("2024-01-01T00:00:00Z"),
        usize::MAX,
    )
}

const US_PHONES: &str = r#"{"device": "phone", "services": {"email": true}, "region": "US"}"#;

fn devices(report: &Report) -> &Fleet {
    report
        .devices
        .as_ref()
        .expect("the export is answered device by device")
}

fn acting(fleet: &Fleet) -> Vec<&str> {
    fleet
        .devices
        .iter()
        .filter(|d| d.answer == Answer::ActionRequired)
        .map(|d| d.name.as_str())
        .collect()
}

#[test]
fn each_tools_export_is_answered_device_by_device() {
    // (file, devices, the devices that must remove TikTok)
    let cases: &[(&str, usize, &[&str])] = &[
        ("intune-appinvrawdata.csv", 5, &["Priya's iPhone", "SM-A546E"]),
        ("intune-appinvbydevice.csv", 1, &["SM-A546E"]),
        (
            "jamf-pro-mobile-device-search.csv",
            4,
            &["Priya's iPhone", "Carlos's iPhone"],
        ),
        (
            "kandji-installed-apps-report.csv",
            5,
            &["Priya's iPhone", "Carlos's iPhone"],
        ),
        (
            "workspace-one-device-apps.csv",
            5,
            &["pnair iPhone iOS 17.6.1 J1C", "rmehta Android SM-A546E 14.0.0 CDE"],
        ),
    ];
    for (file, count, must_act) in cases {
        let report = check(&fixture(file), US_PHONES);
        let fleet = devices(&report);
        assert_eq!(fleet.counts.devices, *count, "{file}: {:#?}", fleet.devices);
        assert_eq!(fleet.devices.len(), *count, "{file}");
        assert_eq!(acting(fleet), *must_act, "{file}: {:#?}", fleet.devices);
        assert_eq!(fleet.counts.must_act, must_act.len(), "{file}");
        assert_eq!(fleet.counts.unread, 0, "{file}: every row was read");
        assert_eq!(
            fleet.counts.must_act
                + fleet.counts.advice
                + fleet.counts.nothing_to_do
                + fleet.counts.waiting
                + fleet.counts.unread
                + fleet.counts.no_verdict,
            fleet.counts.devices,
            "{file}: the counts add up"
        );
        assert_eq!(report.overall.answer, Answer::ActionRequired, "{file}");
        // Each acting device names TikTok with its deadline, once.
        for d in fleet.devices.iter().filter(|d| d.answer == Answer::ActionRequired) {
            let tiktok: Vec<_> = d.apps.iter().filter(|a| a.outcome == Outcome::Remove).collect();
            assert_eq!(tiktok.len(), 1, "{file}: {d:#?}");
            assert_eq!(tiktok[0].app.as_ref().unwrap().id, "tiktok");
            assert!(tiktok[0].deadline.is_some(), "{file}: {d:#?}");
            assert!(d.user.is_some(), "{file}: every tool here names the user: {d:#?}");
        }
        // The apps' details come once per app and platform, not once per row.
        let removals = report.findings.iter().filter(|f| f.outcome == Outcome::Remove).count();
        assert!(
            removals <= 2,
            "{file}: TikTok on iOS and on Android at most: {:#?}",
            report.findings
        );
        assert!(
            fleet
                .summary
                .starts_with(&format!("{} of {count} devices must act", must_act.len())),
            "{file}: {}",
            fleet.summary
        );
        assert!(
            fleet.summary.contains("0 could not be read"),
            "{file}: {}",
            fleet.summary
        );
    }
}

#[test]
fn the_intune_export_says_who_and_what_each_device_is() {
    let report = check(&fixture("intune-appinvrawdata.csv"), US_PHONES);
    let fleet = devices(&report);
    let priya = fleet.devices.iter().find(|d| d.name == "Priya's iPhone").unwrap();
    assert_eq!(priya.user.as_deref(), Some("Priya Nair"));
    assert_eq!(priya.platform, Some(Platform::Ios));
    assert_eq!(priya.serial.as_deref(), Some("5f1c2a9e-4b7d-4e0a-9c3f-2a8b6d1e7f40"));
    // A Windows laptop is a computer: the memo does not concern it, whatever was
    // answered for the phones.
    let laptop = fleet
        .devices
        .iter()
        .find(|d| d.platform == Some(Platform::Windows))
        .unwrap();
    assert_eq!(laptop.kind, Some(Device::Computer));
    assert_eq!(laptop.answer, Answer::DoesNotApply);
}

#[test]
fn what_the_export_does_not_say_is_asked_once_for_the_whole_export() {
    // No device kind in Intune's raw export: the memo (phones and tablets) must ask.
    let report = check(
        &fixture("intune-appinvrawdata.csv"),
        r#"{"services": {"email": true}, "region": "US"}"#,
    );
    assert_eq!(report.overall.answer, Answer::NeedContext);
    assert!(
        report.overall.message.contains("Which device is this about?"),
        "{}",
        report.overall.message
    );
    let fleet = devices(&report);
    assert!(fleet.counts.waiting > 0, "{fleet:#?}");
    // The Windows laptop needs no answer: the export says what it is.
    let laptop = fleet
        .devices
        .iter()
        .find(|d| d.platform == Some(Platform::Windows))
        .unwrap();
    assert_eq!(laptop.answer, Answer::DoesNotApply);
}

#[test]
fn a_device_with_a_row_that_could_not_be_read_is_never_fine() {
    // Bea's second row has neither a name nor an identifier.
    let list = "DeviceName,UserName,Platform,ApplicationName,ApplicationId\n\
                Ann's phone,Ann,iOS,Slack,com.tinyspeck.chatlyio\n\
                Bea's phone,Bea,iOS,Slack,com.tinyspeck.chatlyio\n\
                Bea's phone,Bea,iOS,,\n";
    let report = check(list, US_PHONES);
    let fleet = devices(&report);
    let bea = fleet.devices.iter().find(|d| d.name == "Bea's phone").unwrap();
    assert_eq!(bea.answer, Answer::Incomplete, "{bea:#?}");
    assert_eq!(bea.unread, 1);
    let ann = fleet.devices.iter().find(|d| d.name == "Ann's phone").unwrap();
    assert_eq!(ann.answer, Answer::NothingToDo);
    assert_eq!(fleet.counts.unread, 1);
    assert_eq!(report.overall.answer, Answer::Incomplete, "{:#?}", report.overall);
    assert!(fleet.summary.contains("1 could not be read"), "{}", fleet.summary);
}

#[test]
fn an_export_cut_at_the_size_limit_is_never_fine() {
    let mut list = String::from("DeviceName,UserName,Platform,ApplicationName\n");
    let mut n = 0;
    while list.len() <= appcheck::list::MAX_INPUT_BYTES + 1000 {
        list.push_str(&format!("Phone {},User {},iOS,Notes app {n}\n", n / 50, n / 50));
        n += 1;
    }
    let report = check(&list, US_PHONES);
    assert_ne!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.overall);
    assert_eq!(report.overall.answer, Answer::Incomplete, "{:#?}", report.overall);
    let fleet = devices(&report);
    // The device whose rows the limit cut is not fine either.
    assert!(fleet.counts.unread >= 1, "{:?}", fleet.counts);
    assert!(
        fleet
            .devices
            .iter()
            .any(|d| matches!(d.answer, Answer::Incomplete | Answer::NoApps) && d.unread > 0),
        "{:?}",
        fleet.counts
    );
}

#[test]
fn a_possible_match_on_one_device_waits_for_an_answer() {
    let list = "DeviceName,UserName,Platform,ApplicationName\n\
                Ann's phone,Ann,iOS,Slack\n\
                Bea's phone,Bea,iOS,TikTokk\n";
    let report = check(list, US_PHONES);
    let fleet = devices(&report);
    let bea = fleet.devices.iter().find(|d| d.name == "Bea's phone").unwrap();
    assert_eq!(bea.answer, Answer::ConfirmMatches, "{bea:#?}");
    assert_eq!(bea.apps.len(), 1);
    assert_eq!(bea.apps[0].outcome, Outcome::PossibleMatch);
    assert_eq!(report.overall.answer, Answer::ConfirmMatches);
    assert_eq!(fleet.counts.waiting, 1);
}

#[test]
fn a_withdrawn_policy_gives_no_device_an_order() {
    let report = fleet::check(
        &checker(WITHDRAWN),
        &parse_list(&fixture("intune-appinvrawdata.csv"), support::nfkc),
        &context(US_PHONES),
        at("2020-07-12T12:00:00Z"),
        usize::MAX,
    );
    assert_eq!(report.overall.answer, Answer::Withdrawn, "{:#?}", report.overall);
    let fleet = devices(&report);
    assert_eq!(fleet.counts.no_verdict, fleet.counts.devices);
    assert!(fleet.devices.iter().all(|d| d.apps.is_empty()));
}

#[test]
fn an_identifier_in_another_column_is_found_on_its_devices_row() {
    // The name column says something else; the bundle id sits in a notes column. The
    // sweep finds it, on the export's own line, for Bea's phone only.
    let list = "DeviceName,UserName,Platform,ApplicationName,Notes\n\
                Ann's phone,Ann,iOS,Slack,\n\
                Bea's phone,Bea,iOS,Video app,com.zhiliaoapp.musically\n";
    let report = check(list, US_PHONES);
    let fleet = devices(&report);
    let bea = fleet.devices.iter().find(|d| d.name == "Bea's phone").unwrap();
    assert_eq!(bea.answer, Answer::ActionRequired, "{bea:#?}");
    assert_eq!(bea.apps[0].line, 3);
    let ann = fleet.devices.iter().find(|d| d.name == "Ann's phone").unwrap();
    assert_eq!(ann.answer, Answer::NothingToDo);
}

#[test]
fn an_app_on_a_line_outside_the_devices_rows_is_checked_too() {
    // A line typed above the export's header, or below its rows, belongs to no device: it
    // was read, and the export is never "nothing to do" while it names an app to remove.
    let rows = "DeviceName,UserName,Platform,ApplicationName\n\
                Ann's phone,Ann,iOS,Slack\n\
                Bea's phone,Bea,iOS,Zoom\n";
    // (Above the header, a line is the table's title: the sweep finds the name there, and
    // asks.)
    for (list, answer, outcome) in [
        (
            format!("TikTok\n{rows}"),
            Answer::ConfirmMatches,
            Outcome::PossibleMatch,
        ),
        (format!("{rows}TikTok\n"), Answer::ActionRequired, Outcome::Remove),
        (
            format!("{rows}\nAlso on Bea's: TikTok\n"),
            Answer::ActionRequired,
            Outcome::Remove,
        ),
    ] {
        let report = check(&list, US_PHONES);
        assert_eq!(report.overall.answer, answer, "{list:?}: {:#?}", report.overall);
        let tiktok = report
            .findings
            .iter()
            .find(|f| f.outcome == outcome)
            .unwrap_or_else(|| panic!("{list:?}: {:#?}", report.findings));
        assert_eq!(
            tiktok.app.as_ref().map(|a| a.id.as_str()),
            Some("tiktok"),
            "{tiktok:#?}"
        );
        // The devices' own answers are as their rows say; the summary says where the app is.
        let fleet = devices(&report);
        assert_eq!(acting(fleet), Vec::<&str>::new());
        assert!(
            report.overall.message.contains("outside the devices' rows"),
            "{}",
            report.overall.message
        );
    }
    // A title over the export names no app: the export's answer is its devices'.
    let report = check(&format!("Discovered apps, exported 2020-07-09\n{rows}"), US_PHONES);
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.overall);
    assert!(
        !report.overall.message.contains("outside"),
        "{}",
        report.overall.message
    );
}

#[test]
fn a_line_that_does_not_fit_the_exports_rows_is_never_fine() {
    // Each is a whole export but for one line that is no row of it: a footer, a note, a
    // second table, a row cut short at the file's end, a row with a cell too many. Each
    // device's apps are fine, and the export is still "can't tell".
    for list in [
        "ApplicationKey,ApplicationName,DeviceName\nk1,Outlook,P1\nResults limited to the first 1 rows\n",
        "Device,App,Version\nP1,Outlook,4.2\n,Export truncated at 1 row,\n",
        "Device,App,Version\nP1,Outlook,4.2\n,(Filter applied: Publisher = Microsoft),\n",
        "Device,App\nP1,Outlook\n\nDevice,Apps\nP1,1\nP9,12\n",
        "Serial Number,App Name,Device Name\nS1,Outlook,P1\nS9\n",
        "\"ApplicationName\",\"Publisher\",\"DeviceName\"\n\"Outlook\",\"Microsoft\",\"P1\"\n\"Slack\",\"Slack\"\n",
        "ApplicationName,Publisher,DeviceName,Version\nOutlook,Microsoft,P1,4.2\nSlack,Slack Technologies, Inc.,P2,24.04\n",
        "UserName,DeviceName,ApplicationName\nJane,P1,Outlook\nDoe, Jane,P2,Slack\n",
        "Display Name,Serial Number,App Name,App Identifier\nPriya's iPhone,F4GKQ2XJ1C,WhatsApp,net.whatsapp.WhatsApp\nAna's iPad,DMPX7K2Q4H,Slack,com.tinyspeck.chatlyio\n,,\"(3 devices excluded: inventory older than 30 days)\",\n",
    ] {
        let report = check(list, US_PHONES);
        assert_eq!(report.overall.answer, Answer::Incomplete, "{list:?}: {:#?}", report.overall);
    }
    // A row cut short, or a second table's, still names what it names: no device's.
    for list in [
        "\"ApplicationName\",\"Publisher\",\"DeviceName\"\n\"Outlook\",\"Microsoft\",\"P1\"\n\"TikTok\"\n",
        "ApplicationKey,ApplicationName,Publisher,DeviceName\na1,Outlook,Microsoft,P1\na9,TikTok\n",
    ] {
        let report = check(list, US_PHONES);
        assert_eq!(
            report.overall.answer,
            Answer::ActionRequired,
            "{list:?}: {:#?}",
            report.overall
        );
    }
    // (A second table's rows are no rows of the first: each read as a typed line, no
    // device's, so TikTok there must go, and P9 is no device of the first table.)
    let list = "ApplicationName,Publisher,DeviceName\nOutlook,Microsoft,P1\n\nPlatform,ApplicationName,DeviceName\niOS,TikTok,P9\n";
    let report = check(list, US_PHONES);
    assert_eq!(report.overall.answer, Answer::ActionRequired, "{:#?}", report.overall);
    assert_eq!(devices(&report).devices.len(), 1, "{:#?}", devices(&report));
    // (An Excel sheet of the devices pasted below: its devices are none of the first's.)
    let report = check(
        "Device name,App\nA,Slack\n\nDevice name,Ownership\nA,Corporate\nB,Corporate\n",
        US_PHONES,
    );
    assert_eq!(devices(&report).devices.len(), 1, "{:#?}", devices(&report));
    assert_eq!(report.overall.answer, Answer::Incomplete, "{:#?}", report.overall);
    // Rows that leave their trailing cells out, after the device's, are rows: a tool's
    // app without its version.
    let report = check(
        "DeviceName,ApplicationName,Version,Notes\nP1,Outlook,4.2\nP1,Slack\nP2,Zoom,6.0\nP2,Teams\n",
        US_PHONES,
    );
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.overall);
    // A comma left unquoted after every cell the row is read by (its device's and its
    // app's name) moves none of them.
    let report = check(
        "DeviceName,ApplicationName,Publisher,Version\nP1,Outlook,Microsoft,4.2\nP2,Slack,Slack Technologies, Inc.,24.04\n",
        US_PHONES,
    );
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.overall);
    // A header repeated as it was (a paged export): the same table.
    let report = check("Device,App\nP1,Outlook\nDevice,App\nP2,Slack\n", US_PHONES);
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.overall);
}

#[test]
fn one_devices_list_is_answered_as_before() {
    let report = check("TikTok\nSlack\n", US_PHONES);
    assert!(report.devices.is_none());
    assert_eq!(report.overall.answer, Answer::ActionRequired);
    // A CSV with no device column is one device's list.
    let report = check("ApplicationName,ApplicationVersion\nTikTok,37.5.0\n", US_PHONES);
    assert!(report.devices.is_none());
}

#[test]
fn the_export_s_words_for_platform_kind_and_ownership() {
    let record = |os: &str, model: &str| DeviceRecord {
        os: (!os.is_empty()).then(|| os.to_owned()),
        model: (!model.is_empty()).then(|| model.to_owned()),
        ..DeviceRecord::default()
    };
    use Device::*;
    use Platform::*;
    // (OS column, model column, platform, kind) — values as the tools write them
    // (tests/fixtures/fleet/SOURCES.md, "Values").
    let cases: &[(&str, &str, Option<Platform>, Option<Device>)] = &[
        ("iOS", "", Some(Ios), None),
        ("iOS/iPadOS", "", Some(Ios), None),
        ("iPadOS", "", Some(Ios), Some(Tablet)),
        ("iOS", "iPhone 15", Some(Ios), Some(Phone)),
        ("Apple", "iPad Air (5th generation)", Some(Ios), Some(Tablet)),
        ("Android", "SM-A546E", Some(Android), None),
        ("AndroidForWork", "", Some(Android), None),
        ("Windows", "", Some(Windows), Some(Computer)),
        ("WinRT", "", Some(Windows), Some(Computer)),
        ("macOS", "", Some(Macos), Some(Computer)),
        ("AppleOsX", "", Some(Macos), Some(Computer)),
        ("iPhone", "", Some(Ios), Some(Phone)),
        ("Mac", "", Some(Macos), Some(Computer)),
        ("", "MacBook Pro (14-inch, 2023)", Some(Macos), Some(Computer)),
        ("ChromeOS", "", Some(Chromeos), Some(Computer)),
        ("", "", None, None),
        ("Unknown", "", None, None),
    ];
    for (os, model, platform, kind) in cases {
        assert_eq!(
            platform_and_kind(&record(os, model)),
            (*platform, *kind),
            "{os:?} {model:?}"
        );
    }
    for (value, expected) in [
        ("Corporate", Some(Ownership::Company)),
        ("Personal", Some(Ownership::Personal)),
        ("Company", Some(Ownership::Company)),
        ("Corporate - Dedicated", Some(Ownership::Company)),
        ("Corporate - Shared", Some(Ownership::Company)),
        ("Employee Owned", Some(Ownership::Personal)),
        ("C", Some(Ownership::Company)),
        ("E", Some(Ownership::Personal)),
        ("S", Some(Ownership::Company)),
        ("Institutional", Some(Ownership::Company)),
        ("UserEnrollment", Some(Ownership::Personal)),
        ("PersonalDeviceProfile", Some(Ownership::Personal)),
        ("Undefined", None),
        ("Unknown", None),
        ("", None),
    ] {
        assert_eq!(ownership(value), expected, "{value:?}");
    }
    // The export's word wins over the answer given for the whole export; the answer
    // fills in what the export does not say.
    let shared = context(r#"{"platform": "android", "ownership": "personal", "device": "phone"}"#);
    let own = device_context(
        &shared,
        &DeviceRecord {
            os: Some("iOS".into()),
            ownership: Some("Corporate".into()),
            ..DeviceRecord::default()
        },
    );
    assert_eq!(own.platform, Some(Platform::Ios));
    assert_eq!(own.ownership, Some(Ownership::Company));
    assert_eq!(own.device, Some(Device::Phone));
}

#[test]
fn the_csv_has_a_row_per_app_and_per_quiet_device_and_runs_no_formula() {
    let list = "DeviceName,UserName,Platform,ApplicationName,ApplicationId\n\
                \"=HYPERLINK(\"\"http://x.example\"\",\"\"y\"\")\",\"Smith, Ann\",iOS,TikTok,com.zhiliaoapp.musically\n\
                Bea's phone,@bea,iOS,Slack,com.tinyspeck.chatlyio\n";
    let report = check(list, US_PHONES);
    let csv = fleet::to_csv(devices(&report));
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "device,serial,user,platform,answer,app,identifier,verdict,deadline"
    );
    assert_eq!(
        lines[1],
        "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"y\"\")\",,\"Smith, Ann\",ios,Must act,TikTok,com.zhiliaoapp.musically,Remove,2020-07-10T23:59:00-04:00"
    );
    assert_eq!(lines[2], "Bea's phone,,\"'@bea\",ios,Nothing to do,,,,");
    assert_eq!(lines[3], "");
    assert_eq!(lines.len(), 4);
}

#[test]
fn the_table_lists_the_devices_that_must_act_and_escapes_what_the_export_says() {
    let list = "DeviceName,UserName,Platform,ApplicationName\n\
                Ann\u{9b}31m phone,Ann,iOS,TikTok\n\
                Bea's phone,Bea,iOS,Slack\n";
    let report = check(list, US_PHONES);
    let table = fleet::to_table(devices(&report), report.interface_language);
    assert!(
        table.starts_with("1 of 2 devices must act; 1 has nothing to do; 0 could not be read."),
        "{table}"
    );
    // (A C1 control: a terminal's escape codes, `ESC [`, are taken out as the list is read.)
    assert!(table.contains("Ann<U+009B>31m phone"), "{table}");
    assert!(!table.contains('\u{9b}'));
    assert!(table.contains("TikTok: Remove"), "{table}");
    assert!(
        !table.contains("Bea's phone"),
        "a device with nothing to do is counted only: {table}"
    );
}

#[test]
fn the_counts_are_in_the_readers_language() {
    let report = check(
        &fixture("intune-appinvrawdata.csv"),
        r#"{"device": "phone", "services": {"email": true}, "region": "US", "language": "de"}"#,
    );
    let fleet = devices(&report);
    assert!(
        fleet.summary.starts_with("2 von 5 Geräten müssen handeln"),
        "{}",
        fleet.summary
    );
    assert_eq!(fleet.devices[0].label, "Muss handeln");
}

/// A row that leaves its device's cells blank is the device above only in an export
/// grouped by device; where a device's rows come apart (another device between them),
/// that row is no device's and is checked on its own (red team rt51b: TikTok under a
/// personal phone's row, filled down onto it, was "not restricted").
#[test]
fn a_blank_device_cell_is_the_device_above_only_in_an_export_grouped_by_device() {
    let list = "Display Name,Device Ownership Type,App Name,App Identifier\nAna iPad,Institutional,Slack,com.tinyspeck.chatlyio\nMei iPhone,UserEnrollment,Slack,com.tinyspeck.chatlyio\n,,TikTok,com.zhiliaoapp.musically\nAna iPad,Institutional,WhatsApp,net.whatsapp.WhatsApp\n";
    let report = check(list, US_PHONES);
    assert!(
        matches!(report.overall.answer, Answer::ActionRequired | Answer::ConfirmMatches),
        "{:#?}",
        report.overall
    );
    assert!(
        report.overall.message.contains("outside the devices' rows"),
        "{:#?}",
        report.overall
    );
    // (Grouped, the blank row is the device above's.)
    let grouped = "Display Name,Device Ownership Type,App Name\nAna iPad,Institutional,Slack\n,,WhatsApp\nMei iPhone,Institutional,Slack\n,,Outlook\n";
    let report = check(grouped, US_PHONES);
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.overall);
}

/// One device's rows that say it is owned two ways (a serial listed as personal, then as
/// corporate) are answered for the stricter: the company's (red team rt51b: the first row's
/// "Personal" had won, and TikTok was not restricted).
#[test]
fn a_device_owned_two_ways_in_its_rows_is_answered_as_the_companys() {
    // (A policy for the company's devices alone.)
    let report = government("Serial Number,Ownership,App Name\nX1,Personal,Slack\nX1,Corporate,TikTok\n");
    assert_eq!(devices(&report).counts.must_act, 1, "{:#?}", devices(&report));
    let report = government("Serial Number,Ownership,App Name\nX1,Personal,Slack\nX1,Personal,TikTok\n");
    assert_eq!(devices(&report).counts.must_act, 0, "{:#?}", devices(&report));
}

/// An export whose file ends inside a quoted cell was cut: the rows after it may be any
/// device's, so no device is "nothing to do" (red team rt51b: each was).
#[test]
fn an_export_cut_inside_its_last_cell_leaves_no_device_fine() {
    let report = check(
        "\"ApplicationName\",\"ApplicationPublisher\",\"DeviceName\"\n\"Slack\",\"S\",\"A\"\n\"Teams\",\"M\",\"B\"\n\"Zoom\",\"Zoom Vi",
        US_PHONES,
    );
    assert_eq!(devices(&report).counts.nothing_to_do, 0, "{:#?}", devices(&report));
    assert_ne!(report.overall.answer, Answer::NothingToDo);
}

/// An export whose app's column is a generic `Name` beside the device's own name column
/// and an app's attributes (Meraki's `Device name,Serial,Name,Version,Vendor`): the
/// generic name is the app's, each device answered (it had been read as devices alone,
/// every row refused). A directory of people (`Name` beside an e-mail and a department)
/// stays no list of apps.
#[test]
fn a_generic_name_beside_a_devices_own_name_and_an_apps_attributes_is_the_apps() {
    let report = check(
        "Device name,Serial,Name,Version,Vendor\nJane iPhone,Q2XX-1,Slack,4.38,Slack Technologies\nJane iPhone,Q2XX-1,TikTok,32.1,TikTok Pte. Ltd.\nBob iPhone,Q2XX-2,Zoom,5.17,Zoom Video Communications\n",
        US_PHONES,
    );
    assert_eq!(acting(devices(&report)), ["Jane iPhone"], "{:#?}", report.read_as);
    assert_eq!(devices(&report).counts.nothing_to_do, 1, "{:#?}", devices(&report));
    let people = check(
        "Name,Email,Department,Device name\nJane Doe,jane@example.com,Sales,Jane iPhone\n",
        US_PHONES,
    );
    assert_eq!(people.read_as.entries, 0, "{:#?}", people.findings);
}

/// A total row under a device's export (`Grand Total,,3`, as a spreadsheet's table adds
/// it) is the table's count, no device: the devices above it are answered, and a total
/// above the rows read says the rest is not here.
#[test]
fn a_total_row_under_a_devices_export_is_no_device() {
    let export = |total: &str| {
        format!("Device Name,Application Name,Version\nJane iPhone,Slack,4.38\nJane iPhone,Zoom,5.17\nBob iPhone,Zoom,5.17\n{total}\n")
    };
    let report = check(&export("Grand Total,,3"), US_PHONES);
    assert_eq!(devices(&report).counts.devices, 2, "{:#?}", devices(&report));
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.notes);
    let report = check(&export("Grand Total,,84"), US_PHONES);
    assert_ne!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.notes);
}

/// Placeholders for no value, as databases, spreadsheets and consoles write them (`--`,
/// `N/A`, `NULL`, `(blank)`, `nan`, `Unknown`), in an export's app column: that device's
/// apps are not here (each had been "nothing to do", its placeholder read as an app's
/// name); in its serial column: no serial, so two devices with it stay two (they had been
/// merged, TikTok's phone into a Windows workstation). An Excel subtotal's rows
/// (`PHONE-01 Total`) are no devices. Red team rt52c.
#[test]
fn placeholders_and_subtotals_in_an_export_are_no_apps_and_no_devices() {
    for placeholder in [
        "--",
        "N/A",
        "NULL",
        "(blank)",
        "nan",
        "None",
        "Unknown",
        "Not reported",
        "{}",
    ] {
        let export = format!(
            "Device Name,Serial Number,App Name,Version\nGOV-01,F2LX01,Microsoft Outlook,4.2\nGOV-02,F2LX02,{placeholder},{placeholder}\n"
        );
        let report = check(&export, US_PHONES);
        assert_ne!(
            report.overall.answer,
            Answer::NothingToDo,
            "{placeholder}: {:#?}",
            devices(&report)
        );
        assert_eq!(
            devices(&report).counts.unread,
            1,
            "{placeholder}: {:#?}",
            devices(&report)
        );
    }
    for serial in ["NULL", "Unknown", "To be filled by O.E.M.", "--"] {
        let export = format!(
            "Device Name,Serial Number,Operating System,Application Name\nWKS-0415,{serial},iOS 17.2,Microsoft Teams\nMOB-BOB-IPH,{serial},iOS 16.5,TikTok\n"
        );
        let report = check(&export, US_PHONES);
        assert_eq!(devices(&report).counts.devices, 2, "{serial}: {:#?}", devices(&report));
        assert_eq!(acting(devices(&report)), ["MOB-BOB-IPH"], "{serial}");
    }
    let collapsed = "Device Name\tSerial Number\tUser Name\tPlatform\tApp Name\nPHONE-01 Total\t\t\t\t3\nPHONE-02 Total\t\t\t\t2\nGrand Total\t\t\t\t5\n";
    assert_ne!(check(collapsed, US_PHONES).overall.answer, Answer::NothingToDo);
    let subtotals = "Device Name\tSerial Number\tApp Name\nPHONE-01\tS1\tSlack\nPHONE-01\tS1\tZoom\nPHONE-01 Count\t\t2\nPHONE-02\tS2\tOutlook\nPHONE-02 Count\t\t1\nGrand Count\t\t3\n";
    let report = check(subtotals, US_PHONES);
    assert_eq!(devices(&report).counts.devices, 2, "{:#?}", devices(&report));
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.notes);
}

/// Exports with their headers in German, French or Spanish (a console in the reader's
/// language; Excel's `sep=;` and decimal commas): each device answered with its own
/// ownership, a personal phone's TikTok outside the policy for the company's devices
/// (they had named no device, or been read as one list). Red team rt52c.
#[test]
fn an_exports_headers_in_german_french_or_spanish_name_its_devices() {
    support::zones();
    for export in [
        "\u{feff}sep=;\r\nGerätename;Seriennummer;Benutzer;Besitz;Betriebssystem;App-Name;Version\r\nTEL-01;S1;alice;Unternehmen;iOS;Outlook;4,2\r\nTEL-02;S2;bob;Persönlich;iOS;TikTok;32,1\r\nTEL-03;S3;carol;Unternehmen;iOS;CapCut;10,1\r\n",
        "Nom de l'appareil;Numéro de série;Utilisateur;Propriété;Système d'exploitation;Nom de l'application;Version\nTEL-01;S1;alice;Entreprise;iOS;Outlook;4,2\nTEL-02;S2;bob;Personnel;iOS;TikTok;32,1\nTEL-03;S3;carol;Entreprise;iOS;CapCut;10,1\n",
        "Nombre del dispositivo;Número de serie;Usuario;Propiedad;Sistema operativo;Aplicación;Versión\nTEL-01;S1;alice;Corporativo;iOS;Outlook;4,2\nTEL-02;S2;bob;Personal;iOS;TikTok;32,1\nTEL-03;S3;carol;Corporativo;iOS;CapCut;10,1\n",
    ] {
        let report = government(export);
        assert_eq!(acting(devices(&report)), ["TEL-03"], "{export:?}: {:#?}", devices(&report));
        assert_eq!(devices(&report).counts.devices, 3, "{export:?}");
    }
}
