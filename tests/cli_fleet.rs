//! The help desk's and the policy author's commands on exports of many devices (issue
//! 16), on the real binary: `check --by-device`, `--csv`, `--json`, `impact` and
//! `diff --export`.

#![cfg(not(target_arch = "wasm32"))]

mod support;
use std::process::Output;
use support::text;

const MEMO: &str = "pkg-config/policies/archive/retailer-memo-us.v1.json";
const WITHDRAWN: &str = "pkg-config/policies/retailer-memo-us.json";
const NOW: &str = "2020-07-10T13:00:00-04:00";
const INTUNE: &str = "tests/fixtures/fleet/intune-appinvrawdata.csv";
const JAMF: &str = "tests/fixtures/fleet/jamf-pro-mobile-device-search.csv";
const AGGREGATE: &str = "tests/fixtures/formats/mdm-intune-appinvaggregate.csv";

fn appcheck(args: &[&str]) -> Output {
    support::appcheck(args, "")
}

const US_PHONES: &[&str] = &["--device", "phone", "--email", "yes", "--region", "US", "--now", NOW];

fn check(extra: &[&str], list: &str) -> Output {
    let mut args = vec!["check", "--policy", MEMO];
    args.extend_from_slice(US_PHONES);
    args.extend_from_slice(extra);
    args.push(list);
    appcheck(&args)
}

#[test]
fn by_device_prints_the_counts_and_the_devices_that_must_act() {
    let out = check(&["--by-device"], INTUNE);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("2 of 5 devices must act; 3 have nothing to do; 0 could not be read."),
        "{stdout}"
    );
    let header = stdout.lines().find(|l| l.starts_with("Device")).unwrap();
    for column in ["User", "Platform", "Answer", "Apps"] {
        assert!(header.contains(column), "{header}");
    }
    let rows: Vec<&str> = stdout
        .lines()
        .skip_while(|l| !l.starts_with("Device"))
        .skip(1)
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(rows.len(), 2, "{stdout}");
    assert!(
        rows[0].starts_with("Priya's iPhone") && rows[0].contains("Priya Nair"),
        "{stdout}"
    );
    assert!(
        rows[1].starts_with("SM-A546E") && rows[1].contains("Rahul Mehta"),
        "{stdout}"
    );
    for row in rows {
        assert!(
            row.contains("Must act") && row.contains("TikTok: Remove (Fri 10 Jul 2020, 23:59 (UTC-04:00))"),
            "{row}"
        );
    }
}

#[test]
fn csv_has_a_row_per_app_to_act_on_and_per_quiet_device() {
    let out = check(&["--csv"], INTUNE);
    assert_eq!(out.status.code(), Some(1));
    let csv = text(&out.stdout);
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines[0],
        "device,serial,user,platform,answer,app,identifier,verdict,deadline"
    );
    assert_eq!(
        lines.len(),
        1 + 5,
        "one row per device here (each acting one has one app): {csv}"
    );
    assert!(lines.contains(
        &"Priya's iPhone,5f1c2a9e-4b7d-4e0a-9c3f-2a8b6d1e7f40,Priya Nair,ios,Must act,TikTok,,Remove,2020-07-10T23:59:00-04:00"
    ), "{csv}");
    assert!(lines.iter().any(|l| l.contains(",Nothing to do,,,,")), "{csv}");
}

#[test]
fn json_has_the_same_devices_as_the_table() {
    let out = check(&["--json"], JAMF);
    let response: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let fleet = &response["report"]["devices"];
    assert_eq!(fleet["counts"]["devices"], 4, "{fleet:#}");
    assert_eq!(fleet["counts"]["mustAct"], 2);
    let acting: Vec<&str> = fleet["devices"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["answer"] == "action_required")
        .map(|d| d["name"].as_str().unwrap())
        .collect();
    assert_eq!(acting, ["Priya's iPhone", "Carlos's iPhone"]);
    let table = text(&check(&["--by-device"], JAMF).stdout);
    for name in acting {
        assert!(table.contains(name), "{table}");
    }
}

#[test]
fn by_device_on_a_list_without_devices_says_so_and_exits_2() {
    let dir = std::env::temp_dir().join(format!("appcheck-fleet-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let list = dir.join("list.txt");
    std::fs::write(&list, "TikTok\nSlack\n").unwrap();
    let out = check(&["--by-device"], list.to_str().unwrap());
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("the list names no devices"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn by_device_on_an_aggregate_points_to_impact() {
    let out = check(&["--by-device"], AGGREGATE);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("appcheck impact"), "{}", text(&out.stderr));
}

#[test]
fn impact_counts_the_devices_a_rule_would_order_and_those_it_cannot_decide() {
    // Nothing said about the devices: email and region are open questions.
    let out = appcheck(&["impact", MEMO, INTUNE, "--now", NOW]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("on 5 devices"), "{stdout}");
    assert!(
        stdout.contains("rule mobile-email: remove, by Fri 10 Jul 2020, 23:59 (UTC-04:00)"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "TikTok: 0 devices must act; 2 devices cannot be decided without asking (Priya's iPhone, SM-A546E)"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("Does this device reach company email?"), "{stdout}");

    // The author knows: every device reaches email, in the US; the Jamf export says
    // which are iPhones.
    let out = appcheck(&[
        "impact", MEMO, JAMF, "--email", "yes", "--region", "US", "--now", NOW, "--json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let impact: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let tiktok = &impact["rules"][0]["apps"][0];
    assert_eq!(tiktok["app"]["id"], "tiktok");
    assert_eq!(tiktok["act"], 2, "{impact:#}");
    assert_eq!(tiktok["undecided"], 0);
    assert_eq!(
        tiktok["devices"],
        serde_json::json!(["Priya's iPhone", "Carlos's iPhone"])
    );
    assert_eq!(impact["devices"], 4);
}

#[test]
fn impact_reads_an_aggregate_s_device_counts() {
    let out = appcheck(&[
        "impact", MEMO, AGGREGATE, "--email", "yes", "--region", "US", "--device", "phone", "--now", NOW, "--json",
    ]);
    let impact: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(impact["aggregate"], true);
    let tiktok = &impact["rules"][0]["apps"][0];
    // TikTok's rows: 14 iOS and 9 Android devices.
    assert_eq!(tiktok["act"], 14 + 9, "{impact:#}");
    assert!(tiktok.get("devices").is_none(), "an aggregate names no device");
}

#[test]
fn diff_with_an_export_shows_whom_the_change_reaches() {
    // At 18:00 the withdrawal (17:00) is in force and the deadline (23:59) is not past.
    let out = appcheck(&[
        "diff",
        MEMO,
        WITHDRAWN,
        "--export",
        JAMF,
        "--email",
        "yes",
        "--region",
        "US",
        "--now",
        "2020-07-10T18:00:00-04:00",
    ]);
    let stdout = text(&out.stdout);
    assert!(stdout.contains(&format!("On {JAMF}:")), "{stdout}");
    assert!(
        stdout.contains("TikTok under rule mobile-email: 2 → 0 devices must act"),
        "{stdout}"
    );
    assert!(stdout.contains("the new version gives no orders"), "{stdout}");
}

#[test]
fn impact_of_a_withdrawn_policy_orders_no_one() {
    let out = appcheck(&["impact", WITHDRAWN, INTUNE, "--now", "2020-07-12T12:00:00Z"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains("the policy gives no orders now"));
}

/// Under a rule for every app by a publisher, a device with nothing to do may still
/// have an app by that publisher the export does not show as theirs: the help desk is
/// told, as an employee is, under the counts (and on standard error beside the CSV).
#[test]
fn by_device_and_csv_tell_what_a_publisher_rule_covers() {
    let export =
        "Device name,Serial number,Application Name\nPhone-1,SN1,Slack\nPhone-2,SN2,Outlook\nPhone-2,SN2,TikTok\n";
    let policy = "pkg-config/policies/us-no-tiktok-on-government-devices.json";
    let args = [
        "check",
        "--policy",
        policy,
        "--owner",
        "company",
        "--device",
        "phone",
        "--now",
        "2023-06-01T00:00:00Z",
    ];
    let caveat = "every other app made by ByteDance";
    let out = support::appcheck(&[&args[..], &["--by-device", "-"]].concat(), export);
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("1 of 2 devices must act; 1 has nothing to do"),
        "{stdout}"
    );
    assert!(stdout.contains(caveat), "{stdout}");
    let out = support::appcheck(&[&args[..], &["--csv", "-"]].concat(), export);
    assert!(!text(&out.stdout).contains(caveat), "{}", text(&out.stdout));
    assert!(text(&out.stderr).contains(caveat), "{}", text(&out.stderr));
}

/// An export grouped by device (Excel's, a report's) writes a device's name and serial
/// on its first row only, or its serial once: the rows below it are that device's, so
/// the device with TikTok must act, and no device is made up for them.
#[test]
fn rows_that_leave_the_device_blank_are_the_device_above() {
    for export in [
        "Device Name,Serial Number,App Name,Bundle ID,Version\nJD-iPhone,F2LXK0ABCD12,Outlook,com.microsoft.Office.Outlook,4.2341.0\n,,TikTok,com.zhiliaoapp.musically,34.0.0\nAB-iPhone,F2LXK0ZZZZ99,Outlook,com.microsoft.Office.Outlook,4.2341.0\n",
        "Device Name,Serial Number,App Name,Bundle ID,Version\nJD-iPhone,F2LXK0ABCD12,Outlook,com.microsoft.Office.Outlook,4.2341.0\nJD-iPhone,,TikTok,com.zhiliaoapp.musically,34.0.0\nAB-iPhone,F2LXK0ZZZZ99,Outlook,com.microsoft.Office.Outlook,4.2341.0\n",
    ] {
        let out = support::appcheck(
            &["check", "--policy", MEMO, "--device", "phone", "--email", "yes", "--region", "US", "--now", NOW, "--csv", "-"],
            export,
        );
        let csv = text(&out.stdout);
        assert!(csv.contains("JD-iPhone,F2LXK0ABCD12,,,Must act,TikTok"), "{csv}");
        assert_eq!(csv.lines().count(), 3, "a header, JD-iPhone's TikTok, AB-iPhone: {csv}");
    }
}

/// A row that leaves the device's name blank but gives another OS is not the device
/// above: it is answered apart, never folded into a device the rule does not cover.
#[test]
fn a_row_without_a_name_but_with_another_os_is_not_the_device_above() {
    let export = "Device name,Serial number,OS,Application Name\nLaptop-1,SN1,Windows,Slack\n,,iOS,TikTok\n";
    let out = support::appcheck(
        &[
            "check",
            "--policy",
            "pkg-config/policies/bank-tiktok-2020.json",
            "--owner",
            "company",
            "--by-device",
            "-",
        ],
        export,
    );
    assert_ne!(out.status.code(), Some(0), "{}", text(&out.stdout));
}
