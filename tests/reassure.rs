//! Never falsely reassure: lists appcheck does not fully understand never get "nothing
//! to do". Each case is a shape users met (issue 13), with the bank policy and a
//! company-owned phone, where TikTok must go.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use appcheck::evaluate::{evaluate, Context};
use appcheck::list::parse_list;
use appcheck::policy::load_policy;
use appcheck::report::{Answer, Outcome, Report};

fn check(list: &str) -> Report {
    check_against(
        "bank-tiktok-2020",
        serde_json::json!({"device": "phone", "ownership": "company"}),
        "2023-03-01T12:00:00Z",
        list,
    )
}

/// The report of `list` under the published policy `id`, in `context`, at `now`.
fn check_against(id: &str, context: serde_json::Value, now: &str, list: &str) -> Report {
    support::zones();
    let path = support::root().join(format!("pkg-config/policies/{id}.json"));
    let policy = load_policy(&std::fs::read(path).unwrap()).unwrap();
    let context: Context = serde_json::from_value(context).unwrap();
    let now = chrono::DateTime::parse_from_rfc3339(now).unwrap().to_utc();
    evaluate(&policy, &parse_list(list, support::nfkc), &context, now)
}

/// The findings of `report` that ask "is this …?" (possible matches), in order.
fn questions_of(report: &Report) -> Vec<&appcheck::report::Finding> {
    report
        .findings
        .iter()
        .filter(|f| f.outcome == Outcome::PossibleMatch)
        .collect()
}

/// The report of `list`, which must not be "nothing to do" (or advice only).
#[track_caller]
fn assert_never_reassures(list: &str) -> Report {
    let report = check(list);
    assert!(
        !matches!(report.overall.answer, Answer::NothingToDo | Answer::Advice),
        "{list:?}: {:?} ({} entries)",
        report.overall,
        report.read_as.entries
    );
    report
}

/// `list` says it is not the whole list (a line of it is a note, not read as apps):
/// never "nothing to do".
#[track_caller]
fn assert_not_whole(list: &str) -> Report {
    let report = assert_never_reassures(list);
    assert!(report.read_as.account.unread >= 1, "{list:?}: {:#?}", report.read_as);
    report
}

/// `list` is read as no list of apps at all: never "nothing to do", and not one entry.
#[track_caller]
fn assert_no_list(list: &str) {
    let report = assert_never_reassures(list);
    assert_eq!(report.read_as.entries, 0, "{list:?}: {:#?}", report.findings);
}

/// TikTok has a finding that orders its removal or asks about it, and the answer is
/// not "nothing to do".
#[track_caller]
fn assert_tiktok_reported(list: &str, definite: bool) -> Report {
    let report = assert_never_reassures(list);
    let tiktok = report
        .findings
        .iter()
        .find(|f| f.app.as_ref().is_some_and(|a| a.id == "tiktok"));
    let Some(tiktok) = tiktok else {
        panic!("no finding for TikTok in {list:?}:\n{report:#?}");
    };
    if definite {
        assert_eq!(tiktok.outcome, Outcome::Remove, "{list:?}: {tiktok:#?}");
    } else {
        assert!(
            matches!(tiktok.outcome, Outcome::Remove | Outcome::PossibleMatch),
            "{list:?}: {tiktok:#?}"
        );
    }
    report
}

#[test]
fn a_device_record_with_the_apps_several_levels_down() {
    let report = assert_tiktok_reported(
        r#"{"computer":{"software":{"applications":[{"name":"TikTok.app","bundle_id":"com.zhiliaoapp.musically"}]}}}"#,
        true,
    );
    assert_eq!(report.read_as.entries, 1, "{:#?}", report.read_as);
}

#[test]
fn system_profiler_with_an_app_typed_by_hand_at_the_end() {
    let text = "Applications:\n\n    WhatsApp:\n\n      Version: 24.20.79\n      Location: /Applications/WhatsApp.app\n\n    zoom.us:\n\n      Version: 6.2.5 (41741)\n      Location: /Applications/zoom.us.app\n\nTikTok\n";
    assert_tiktok_reported(text, true);
}

#[test]
fn ls_dash_l_of_the_applications_folder() {
    let text = "total 136\ndrwxr-xr-x   3 root  wheel   96 Sep 12 10:01 App Store.app\ndrwxr-xr-x@  3 jane  admin   96 Oct  2 23:03 TikTok.app\ndrwxr-xr-x   3 jane  admin   96 Mar  4  2024 Microsoft Outlook.app\n";
    let report = assert_tiktok_reported(text, true);
    assert!(
        report.findings.iter().all(|f| !f.input.contains("total")),
        "`total 136` is not an app: {:#?}",
        report.findings
    );
    assert!(
        report.findings.iter().any(|f| f.input == "Microsoft Outlook"),
        "{:#?}",
        report.findings
    );
}

#[test]
fn a_chat_message_that_names_the_apps_in_a_sentence() {
    assert_tiktok_reported("I've got outlook, teams and tiktok on it", false);
}

#[test]
fn invisible_characters_alone_are_no_list() {
    for text in ["\u{200b}", "\u{200b}\n\u{feff}\u{2060}\n \u{a0}\n", "\u{200d}\u{200c}"] {
        let report = check(text);
        assert_eq!(report.overall.answer, Answer::NoApps, "{text:?}: {:#?}", report.overall);
        assert!(report.findings.is_empty(), "{text:?}");
    }
}

#[test]
fn an_identifier_anywhere_in_the_text_is_reported() {
    for text in [
        "Device: Jane's phone\nnotes: has com.zhiliaoapp.musically installed since May",
        "<device><notes>pkg=com.zhiliaoapp.musically;</notes></device>",
        "some,thing,else\r\nx;COM.ZHILIAOAPP.MUSICALLY;y\r",
        "[[[{\"deep\": {\"x\": \"com.zhiliaoapp.musically\"}}]]]",
    ] {
        assert_tiktok_reported(text, true);
    }
}

#[test]
fn an_identifier_inside_a_path_file_name_or_backup_is_reported() {
    // Where Android and iOS tools write a package: its install folder (`pm path`, a
    // package's `codePath`), an extractor's APK name, a backup's file, an iOS backup's
    // domain. The package is joined to the rest by `-`, `_` or `=`.
    for text in [
        "package:/data/app/com.instagram.android-8rjwDMo7jo7ONJYp8RUX5Q==/base.apk\npackage:/data/app/com.ss.android.ugc.trill-vt4iSBKnsZ9vK7f4qR_1yg==/base.apk",
        "/data/app/com.ss.android.ugc.trill-2/base.apk",
        "codePath=/data/app/com.ss.android.ugc.trill-2",
        "com.whatsapp_2.23.1.apk\ncom.ss.android.ugc.trill_35.1.3.apk",
        "com.ss.android.ugc.trill-20230101-120000.tar.gz",
        "AppDomain-com.apple.mobilesafari\nAppDomain-com.zhiliaoapp.musically",
        // Links as Outlook's Safe Links and other redirectors wrap them, percent-encoded.
        "https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fapps.apple.com%2Fus%2Fapp%2Ftiktok%2Fid835599320&data=05%7C01%7C&reserved=0",
        "https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fplay.google.com%2Fstore%2Fapps%2Fdetails%3Fid%3Dcom.ss.android.ugc.trill&data=05%7C01%7C&reserved=0",
        // Invisible characters a documentation generator puts after each dot, as
        // characters and as markup writes them.
        "com.\u{200b}whatsapp\ncom.\u{200b}ss.\u{200b}android.\u{200b}ugc.\u{200b}trill",
        "| Package |\n|---|\n| com.&#8203;whatsapp |\n| com.&#8203;ss.&#8203;android.&#8203;ugc.&#8203;trill |",
        "<table><tr><th>Package</th></tr><tr><td>com.&#8203;ss.&#8203;android.&#8203;ugc.&#8203;trill</td></tr></table>",
        "| com.<wbr/>zhiliaoapp.<WBR>musically |",
        "notes: com.zhiliaoapp.&#xAD;musically",
        "I have com.\u{200e}zhiliaoapp.musically",
        // Between two joints.
        "backup_com.zhiliaoapp.musically_2024.tar",
    ] {
        assert_tiktok_reported(text, true);
    }
}

#[test]
fn an_identifier_that_begins_with_a_restricted_one_is_asked_about() {
    // Another build of the app (`….go`), an extension of it, an identifier cut short as
    // winget and narrow tables cut it.
    for text in [
        "package:com.ss.android.ugc.trill.go\npackage:com.slack",
        "com.zhiliaoapp.musically.TikTokShareExtension",
        "AppDomainPlugin-com.zhiliaoapp.musically.ShareExtension",
        // The last segment one typo away (a screenshot's capital I for l, a typed
        // slip), or the policy's with more after it.
        "com.zhiliaoapp.musicaIly",
        "com.zhiliaoapp.musicaly",
        "com.zhiliaoapp.musicallylite",
        "com.ss.android.ugc.trillgo",
        "com.whatsapp\ncom.zhiliaoapp.musica…",
        "com.whatsapp\ncom.ss.android.ugc.tri...",
    ] {
        assert_tiktok_reported(text, false);
    }
    // A shorter one is not: `com.ss` begins half of ByteDance's packages and others'.
    // Another app of the same maker is not (but at the text's very end, where the text
    // may have cut it short, one that begins the policy's is asked about).
    for text in [
        "com.ss…\ncom.zhil…",
        "com.zhiliaoapp.other",
        "com.zhiliaoapp.mu\ncom.whatsapp",
    ] {
        let report = check(text);
        assert!(report.findings.iter().all(|f| f.app.is_none()), "{text:?}: {report:#?}");
    }
}

#[test]
fn a_name_before_a_dot_that_begins_no_identifier_is_reported() {
    // A sentence without its space, a file's extension, a version.
    for text in [
        "Apps: WhatsApp, Slack, TikTok.Please advise.",
        "TikTok.apkm\nSlack.apkm",
        "TikTok.zip",
        "TikTok.35.1.3",
        "TikTok.v35.1.3.apk",
    ] {
        assert_tiktok_reported(text, false);
    }
}

#[test]
fn a_version_glued_to_the_name_is_read_off() {
    // As text read from a screenshot may run them together.
    for text in ["TikTok35.1.3", "WhatsApp2.23\nTikTok1.2 GB"] {
        assert_tiktok_reported(text, true);
    }
}

/// `list` checked against the India policy of 2020, on a company phone in India.
fn check_india(list: &str) -> Report {
    let policy =
        load_policy(&std::fs::read(support::root().join("pkg-config/policies/india-2020-ban.json")).unwrap()).unwrap();
    let context: Context =
        serde_json::from_str(r#"{"device": "phone", "ownership": "company", "region": "IN"}"#).unwrap();
    let now = chrono::DateTime::parse_from_rfc3339("2023-03-01T12:00:00Z")
        .unwrap()
        .to_utc();
    evaluate(&policy, &parse_list(list, support::nfkc), &context, now)
}

#[test]
fn a_region_that_is_no_country_code_is_asked_again() {
    // "India" or "IND" is not the policy's "IN": where the employee is stays a question,
    // never "outside the regions this policy names".
    let policy =
        load_policy(&std::fs::read(support::root().join("pkg-config/policies/india-2020-ban.json")).unwrap()).unwrap();
    let now = chrono::DateTime::parse_from_rfc3339("2023-03-01T12:00:00Z")
        .unwrap()
        .to_utc();
    let list = parse_list("WeChat\nSHAREit\nTikTok", support::nfkc);
    let with = |region: &str| {
        let context = Context {
            region: Some(region.to_owned()),
            ..Context::default()
        };
        evaluate(&policy, &list, &context, now).overall.answer
    };
    for region in ["India", "IND", "42", ""] {
        assert_eq!(with(region), Answer::NeedContext, "{region:?}");
    }
    assert_eq!(with("in"), Answer::ActionRequired);
    // The page's "Elsewhere" is an answer: outside the policy's regions.
    assert_eq!(with("other"), Answer::DoesNotApply);
}

#[test]
fn a_banned_apps_other_edition_is_asked_about() {
    // The store's own title of a banned app, and the lighter editions of banned apps'
    // makers: never "nothing to do".
    for (list, app) in [
        ("Gmail\nWeibo intl.\nChrome", "weibo"),
        ("Gmail\nSHAREit Lite", "shareit"),
        ("Xender Lite", "xender"),
        ("Meitu Lite", "meitu"),
    ] {
        let report = check_india(list);
        assert_ne!(
            report.overall.answer,
            Answer::NothingToDo,
            "{list:?}: {:#?}",
            report.findings
        );
        assert!(
            report
                .findings
                .iter()
                .any(|f| f.app.as_ref().is_some_and(|a| a.id == app)),
            "{list:?}: {:#?}",
            report.findings
        );
    }
}

#[test]
fn names_written_as_json_escapes_are_found() {
    // JSON Lines (`jq -c`), whose names are written in `\u` escapes: not one JSON value,
    // so read as lines; the names are looked for in them decoded.
    let list = "{\"name\": \"\\u652f\\u4ed8\\u5b9d\", \"version\": \"10.5\"}\n{\"name\": \"\\u5fae\\u4fe1\", \"version\": \"8.0.40\"}";
    let report = check_india(list);
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.app.as_ref().is_some_and(|a| a.id == "wechat")),
        "{report:#?}"
    );
    assert_ne!(report.overall.answer, Answer::NothingToDo);
}

#[test]
fn markup_inside_a_cell_is_part_of_its_text() {
    // As a browser shows it: `<b>Tik</b>Tok` is TikTok; a cell with a line break or a
    // smaller note is read, not dropped.
    for text in [
        "<table><tr><th>App</th></tr><tr><td>WhatsApp</td></tr><tr><td><b>Tik</b>Tok</td></tr></table>",
        "<table><tr><th>App</th></tr><tr><td>WhatsApp</td></tr><tr><td>Tik<wbr>Tok</td></tr></table>",
        "<ul><li>WhatsApp</li><li>Tik&shy;Tok</li></ul>",
        "<table><tr><th>Name</th></tr><tr><td>Slack</td></tr><tr><td>TikTok<br>ByteDance</td></tr></table>",
        "<table><tr><th>Name</th><th>Version</th></tr><tr><td>TikTok <small>(beta)</small></td><td>2</td></tr></table>",
    ] {
        assert_tiktok_reported(text, false);
    }
    // A cell with a block or a picture beside its name: its whole text, an app.
    for text in [
        "<table><tr><th>App</th></tr><tr><td><img src=\"i.png\"><a href=\"#\">TikTok</a></td></tr><tr><td>Slack</td></tr></table>",
        "<ul><li><img src=\"t.png\"> TikTok&trade;</li><li>Slack</li></ul>",
    ] {
        let report = assert_tiktok_reported(text, true);
        assert_eq!(report.read_as.entries, 2, "{:#?}", report.read_as);
    }
    assert_tiktok_reported(
        "<table><tr><th>App</th></tr><tr><td><span>TikTok</span><div>ByteDance</div></td></tr></table>",
        false,
    );
    let report = check(
        "<table><tr><th>Name</th></tr><tr><td>WhatsApp</td></tr><tr><td>Slack<br>Slack Technologies</td></tr><tr><td>Zoom</td></tr></table>",
    );
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.read_as);
    // In XML, `<code>` is an element like any other: an MDM record's field.
    let report = check("<apps><app><name>Slack</name><code>com.tinyspeck.chatlyio</code></app><app><name>Zoom</name><code>us.zoom.videomeetings</code></app></apps>");
    assert_eq!(report.read_as.entries, 2, "{:#?}", report.read_as);
}

#[test]
fn a_tools_frames_and_counts_are_structure_and_its_names_are_not() {
    // A storage screen's bar beside a name is no progress bar.
    assert_tiktok_reported("TikTok ▓▓▓▓▓▓ 2.1 GB\nSlack ▓▓ 300 MB", true);
    // A count under a typed list is not an app.
    let report = assert_tiktok_reported("TikTok\nSlack\n2 apps", true);
    assert_eq!(report.read_as.entries, 2, "{:#?}", report.read_as);
    // Spinner frames before an aligned table: the table is read by its header.
    let report = assert_tiktok_reported(
        "   - \r   \\ \r   | \rName                 Version\nTikTok               35.1.3\nSlack                4.41.97\n",
        true,
    );
    assert_eq!(report.read_as.entries, 2, "{:#?}", report.read_as);
    assert_eq!(report.read_as.account.unread, 0, "{:#?}", report.read_as);
    // A list's headings and its screen's words are its structure, but a policy's app
    // named in one is still asked about.
    assert_tiktok_reported("# TikTok\nSlack\n", false);
    assert_tiktok_reported("Name Version\nTikTok\nSlack\n", true);
    assert_tiktok_reported("Slack\nSort by: TikTok\n", false);
}

#[test]
fn inside_an_identifier_a_name_is_no_mention() {
    // A name that a dot comes before and a segment follows is a piece of another
    // identifier, whatever follows (`com.tiktok.shop`, `org.tiktok.v2`).
    for text in ["com.tiktok.shop.app", "org.tiktok.v2.client", "net.tiktok.Helper"] {
        let report = check(text);
        assert!(report.findings.iter().all(|f| f.app.is_none()), "{text:?}: {report:#?}");
    }
}

#[test]
fn a_list_that_is_elsewhere_is_never_nothing_to_do() {
    // The list is a picture or an attachment the text only stands for, or the text says
    // it goes on beyond what was pasted.
    for text in [
        "Hi IT, here are my apps:\n[image: IMG_0412.PNG]\nThanks",
        "[cid:image001.png@01D65912.7E0C9A10]",
        "12/07/2020, 10:41 - Jan: <Media omitted>",
        "[12.07.20, 10:41:02] Jan: <attached: 00000012-PHOTO-2020-07-12-10-41-02.jpg>",
        "[12.07.20, 10:41:02] Jan: \u{200e}image omitted",
        // (A screen recording sent as a GIF, the list read out in a voice message.)
        "[12.07.20, 10:41:02] Jan: Slack\n[12.07.20, 10:41:09] Jan: \u{200e}GIF omitted",
        "[12.07.20, 10:41:02] Jan: Slack\n[12.07.20, 10:41:09] Jan: \u{200e}audio omitted",
        "Screenshot_20240101-123456.png",
        "See attached.",
        "Recently opened apps\nGmail\nSlack\nSee all 84 apps",
        "Gmail\nSlack\n...and 42 more",
        "Gmail\nSlack\n+ 12 more",
        "Gmail\nSlack\n[truncated]",
        // What a chat or a mail app shows in a picture's or a file's place, in brackets.
        "Gmail\nSlack\n[image]",
        "Gmail\nSlack\n<image>",
        "Gmail\nSlack\n[Screenshot]",
        "Gmail\nSlack\n[photo]",
        "Gmail\nSlack\n[Sticker]",
        "Gmail\nSlack\n[Bild]",
        "Gmail\nSlack\n[Anhang]",
        "Gmail\nSlack\n[Imagen]",
        "Gmail\nSlack\n[pièce jointe]",
    ] {
        assert_not_whole(text);
    }
    // An app named like one of these words is still an app.
    for text in [
        "Screenshot Easy",
        "Show Box",
        "More Apps",
        "Attachments.me",
        "Photo Editor [Pro]",
    ] {
        let report = check(text);
        assert_eq!(report.read_as.account.unread, 0, "{text:?}: {:#?}", report.read_as);
    }
}

#[test]
fn a_word_broken_across_two_lines_is_found() {
    // As a PDF or a narrow column breaks it.
    for text in [
        "Chrome, Gmail, Tik-\nTok, WhatsApp",
        "Tik\u{2010}\nTok",
        "Gmail\nmusical.\nly",
        "Tik\nTok",
    ] {
        assert_tiktok_reported(text, false);
    }
    assert_tiktok_reported("Installed: com.zhiliaoapp.mu-\nsically", true);
    // Two lines of one app each are two apps.
    let report = check("Slack.\nZoom\nGmail");
    assert!(report.findings.iter().all(|f| f.app.is_none()), "{report:#?}");
}

#[test]
fn an_export_of_devices_without_their_apps_is_never_nothing_to_do() {
    // Device inventories: a device's name under "Display Name" (Jamf's mobile device
    // search), Intune's devices, a per-app report whose rows are devices.
    for text in [
        "Display Name,Serial Number,Model,iOS Version,Username\nBob's iPhone,F2LX12345678,iPhone 12,16.5,bob\nAnn's iPhone,F2LX87654321,iPhone 13,16.6,ann\n",
        "Device ID,Device name,Enrollment date,Last check-in,OS,OS version,Primary user UPN\n1a2b,DESKTOP-01,2024-01-02,2024-03-01,Windows,10.0.19045,ann@corp.example\n",
        "Device name,UPN,Platform,Version,Install state\nAnn-iPhone,ann@corp.example,iOS,35.1.3,Installed\n",
        "Name,Serial,OS\nLAPTOP-7,PF3ABC12,Windows\n",
    ] {
        assert_not_whole(text);
    }
    // An export of apps with their devices is read as before.
    let report = assert_tiktok_reported(
        "Device name,Serial number,App name,App version\nAnn-iPhone,F2LX1,TikTok,35.1\nAnn-iPhone,F2LX1,Slack,4.4\n",
        true,
    );
    assert_eq!(report.read_as.account.unread, 0, "{:#?}", report.read_as);
}

#[test]
fn one_page_of_an_apis_answer_is_never_nothing_to_do() {
    // Microsoft Graph's detected apps, page 1: `@odata.nextLink` says there is more.
    let text = r#"{
  "@odata.context": "https://graph.microsoft.com/beta/$metadata#deviceManagement/detectedApps",
  "@odata.nextLink": "https://graph.microsoft.com/beta/deviceManagement/detectedApps?$skiptoken=abc",
  "value": [
    { "id": "0001", "displayName": "Slack", "version": "4.41", "deviceCount": 3 }
  ]
}"#;
    let report = assert_never_reassures(text);
    assert_eq!(report.read_as.entries, 1, "{:#?}", report.read_as);
    // The last page (no link) is the whole answer.
    let last = text.replace(
        "  \"@odata.nextLink\": \"https://graph.microsoft.com/beta/deviceManagement/detectedApps?$skiptoken=abc\",\n",
        "",
    );
    assert_eq!(check(&last).overall.answer, Answer::NothingToDo);
}

#[test]
fn ideviceinstallers_count_over_its_csv_is_no_app() {
    // `ideviceinstaller -l`, newer versions: the count, then the CSV.
    let report = assert_tiktok_reported(
        "Total: 2 apps\nCFBundleIdentifier, CFBundleVersion, CFBundleDisplayName\ncom.zhiliaoapp.musically, \"35.1.3\", \"TikTok\"\ncom.tinyspeck.chatlyio, \"24.01\", \"Slack\"\n",
        true,
    );
    assert_eq!(report.read_as.entries, 2, "{:#?}", report.read_as);
    let tiktok = report.findings.iter().find(|f| f.app.is_some()).map(|f| f.line);
    assert_eq!(tiktok, Some(3));
}

#[test]
fn a_number_that_is_a_policys_other_identifier_is_found() {
    let policy = load_policy(
        br#"{"schema": 1, "id": "t", "version": 1, "title": "T", "issuer": {"name": "IT", "contact": "help desk"},
        "published": "2024-01-01T09:00:00Z", "status": "active",
        "apps": [{"id": "tool", "name": "Old Tool", "other_ids": ["40312345"]}],
        "rules": [{"id": "r", "apps": ["tool"], "verdict": "remove"}]}"#,
    )
    .unwrap();
    let now = chrono::DateTime::parse_from_rfc3339("2024-03-01T12:00:00Z")
        .unwrap()
        .to_utc();
    let report = evaluate(
        &policy,
        &parse_list("Inventory: 40312345\n", support::nfkc),
        &Context::default(),
        now,
    );
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.app.as_ref().is_some_and(|a| a.id == "tool")),
        "{report:#?}"
    );
}

#[test]
fn a_web_address_of_a_restricted_app_is_asked_about() {
    // The service's site, not the app: whether the app is here too is a question.
    for text in [
        "tiktok.com",
        "www.tiktok.com",
        "https://www.tiktok.com/@someone/video/7301",
        "Sites I use: tiktok.com, slack.com",
        "TikTok.com",
        "tiktok.co.uk",
        "tiktok.de",
    ] {
        let report = assert_tiktok_reported(text, false);
        let tiktok = report
            .findings
            .iter()
            .find(|f| f.app.as_ref().is_some_and(|a| a.id == "tiktok"));
        assert_eq!(tiktok.map(|f| f.outcome), Some(Outcome::PossibleMatch), "{text:?}");
    }
}

#[test]
fn an_app_store_number_written_any_way_is_reported() {
    // As exports and people write it: a column's label before it, in capitals, alone.
    for text in [
        "App Store ID: 835599320",
        "ID835599320",
        "notes: ID835599320 installed",
        "Adam ID 835599320",
        "835599320",
        "Slack\n835599320\nZoom",
        "https://apps.apple.com/us/app/tiktok/ID835599320",
    ] {
        assert_tiktok_reported(text, true);
    }
    // Another number of the same length is no app of the policy.
    let report = check("Ticket 835599321\nSlack");
    assert!(report.findings.iter().all(|f| f.app.is_none()), "{report:#?}");
}

#[test]
fn a_line_nobody_read_is_never_nothing_to_do() {
    // winget's table with a line of another shape: read as text, or reported unread.
    let text = "Name      Id              Version\n-----------------------------------\nSlack     SlackTechnologies.Slack  4.33\n\u{1}\u{2}\n";
    let report = check(text);
    assert_ne!(report.overall.answer, Answer::NothingToDo, "{:#?}", report);
    assert!(report.read_as.account.unread >= 1, "{:#?}", report.read_as);
}

/// Mentions are not installations: a removed-apps section, a quoted policy, an
/// uninstall transcript give at most a question.
#[test]
fn mentions_are_not_installations() {
    for text in [
        "Installed:\nSlack\nOutlook\n\nRemoved apps:\nTikTok\n",
        "> Due to security risks, the TikTok app is no longer permitted.\n> Please remove TikTok.\n\nMy apps:\nSlack\nOutlook\n",
        "$ adb uninstall com.zhiliaoapp.musically\nSuccess\n$ adb shell pm list packages -3\npackage:com.slack\n",
        "App,Version,Status\nTikTok,35.1,Uninstalled\nSlack,4.3,Installed\n",
        // What a person types: a heading without a colon, in bold, or in other words.
        "Slack\n\nRemoved apps\n- TikTok\n",
        "Slack\n\nUninstalled\nTikTok\n",
        "Slack\n\n**Removed apps**\n- TikTok\n",
        "Slack\n\nRemoved apps -\n- TikTok\n",
        "Slack\n\nI don't have these anymore:\n- TikTok\n",
        "Slack\n\nNot on my phone:\n- TikTok\n",
        // A status after the name, or the name struck through.
        "Slack\nTikTok (uninstalled)\n",
        "Slack\nTikTok (not installed)\n",
        "Slack\nTikTok - deleted\n",
        "Slack\nTikTok: removed\n",
        "Slack\nTikTok ❌\n",
        "Slack\n~~TikTok~~\n",
        // A sentence that says the apps are not there: all of them, not only the first.
        "I don't have Slack, TikTok or Zoom",
        "I do not use Slack, TikTok, Zoom",
        "Already deleted Slack, TikTok and Zoom",
        // A reply in Outlook: the memo quoted below its header, without "Original Message".
        "My apps: Slack, Zoom\n\nFrom: IT Security <it@bank.example>\nSent: Monday, March 2, 2020 9:14 AM\nTo: All Staff\nSubject: Remove TikTok\n\nPlease remove TikTok from every company phone.\n",
    ] {
        let report = check(text);
        let definite = report
            .findings
            .iter()
            .filter(|f| f.outcome.needs_action())
            .map(|f| &f.input)
            .collect::<Vec<_>>();
        assert!(definite.is_empty(), "{text:?}: ordered {definite:?}");
        assert_ne!(report.overall.answer, Answer::ActionRequired, "{text:?}");
        assert_ne!(report.overall.answer, Answer::NothingToDo, "{text:?}");
    }
}

/// An e-mail copied with its own header (from the Sent folder, or pasted by the help
/// desk) is the message: its list is the employee's, not a quote, and the header and the
/// signature are no apps.
#[test]
fn an_email_copied_with_its_own_header_is_its_message() {
    for header in [
        "From: Jane Doe <jane.doe@contoso.com>\nSent: Tuesday, March 12, 2024 10:42 AM\nTo: IT Helpdesk <helpdesk@contoso.com>\nSubject: RE: App audit - please send your list\n",
        "Von: Jane Doe <jane.doe@contoso.com>\nGesendet: Dienstag, 12. März 2024 10:42\nAn: IT Helpdesk <helpdesk@contoso.com>\nBetreff: AW: App-Liste\n",
        "De : Jane Doe <jane.doe@contoso.com>\nEnvoyé : mardi 12 mars 2024 10:42\nÀ : IT Helpdesk <helpdesk@contoso.com>\nObjet : RE: Applis\n",
    ] {
        let text = format!("{header}\nHi,\n\nSlack\nZoom\nTikTok\n\nThanks,\nJane\n\nSent from Outlook for iOS\n");
        let report = assert_tiktok_reported(&text, true);
        assert_eq!(report.read_as.entries, 3, "{text}: {:#?}", report.findings);
    }
}

/// A question from the sweep is answered like any other: "yes" orders the removal,
/// "no" is remembered as said.
#[test]
fn a_question_from_the_text_is_decided_by_the_answer() {
    let policy =
        load_policy(&std::fs::read(support::root().join("pkg-config/policies/bank-tiktok-2020.json")).unwrap())
            .unwrap();
    let now = chrono::DateTime::parse_from_rfc3339("2023-03-01T12:00:00Z")
        .unwrap()
        .to_utc();
    let list = parse_list("I've got outlook, teams and tiktok on it", support::nfkc);
    let asked = check("I've got outlook, teams and tiktok on it");
    let question = asked
        .findings
        .iter()
        .find(|f| f.outcome == Outcome::PossibleMatch)
        .expect("a question");
    for (yes, answer, outcome) in [
        (true, Answer::ActionRequired, Outcome::Remove),
        (false, Answer::NothingToDo, Outcome::NotCovered),
    ] {
        let mut context: Context = serde_json::from_str(r#"{"device": "phone", "ownership": "company"}"#).unwrap();
        if yes {
            context.confirmed.insert(question.input.clone());
        } else {
            context.dismissed.insert(question.input.clone());
        }
        let report = evaluate(&policy, &list, &context, now);
        assert_eq!(report.overall.answer, answer, "{:#?}", report.findings);
        assert!(
            report
                .findings
                .iter()
                .any(|f| f.input == question.input && f.outcome == outcome),
            "{:#?}",
            report.findings
        );
    }
}

/// The limit counts apps, as the README says: a 100,000-row CSV export (one app per
/// row, several columns) is read whole, every line accounted for.
#[test]
fn a_100000_row_export_is_read_whole() {
    let mut text = String::from("Application Name,Version,Publisher\n");
    for i in 0..appcheck::list::MAX_ENTRIES {
        text.push_str(&format!("Tool {i},1.{}.0,Vendor {}\n", i % 10, i % 97));
    }
    let list = parse_list(&text, support::nfkc);
    assert_eq!(list.entries.len(), appcheck::list::MAX_ENTRIES);
    assert!(list.notes.is_empty(), "{:?}", list.notes.first());
    assert_eq!(list.account.unread, 0);
    assert_eq!(list.account.lines, appcheck::list::MAX_ENTRIES + 1);
}

/// A tool's row that carries its app's identifier names that app, whatever the words of
/// its name: `Mail 360` is no third-hundred-and-sixtieth mail, `Page 2` no page and
/// `More Apps` no word that the list goes on (the benchmark's 100,000-row export was
/// "not read whole" for two rows of `Mail 360`). Its row typed alone is still weighed.
#[test]
fn a_tools_row_with_its_apps_identifier_names_that_app() {
    for (name, id) in [
        ("Mail 360", "com.coda.paint"),
        ("Page 2", "com.page.two"),
        ("Message 12", "com.message.twelve"),
        ("Screenshot 3", "com.shot.three"),
    ] {
        let text = format!(
            "Application Name,Application Version,Publisher,Application ID\n\
             Fira,3.9.20,Fira Ltd,com.neve.scanner\n\
             {name},19.7.24,Mail Ltd,{id}\n\
             Zendavi Lite,16.6.17,Zendavi Ltd,com.fida.travel\n"
        );
        let list = parse_list(&text, support::nfkc);
        assert!(list.notes.is_empty(), "{name}: {:?}", list.notes.first());
        assert_eq!(list.entries.len(), 3, "{name}: {:?}", list.entries);
        assert_eq!(list.account.unread, 0, "{name}");
        // (A JSON export's record too.)
        let json = format!(
            r#"[{{"name": "Fira", "packageName": "com.neve.scanner"}}, {{"name": "{name}", "packageName": "{id}"}}]"#
        );
        let list = parse_list(&json, support::nfkc);
        assert!(list.notes.is_empty(), "{name} in JSON: {:?}", list.notes.first());
        assert_eq!(list.entries.len(), 2, "{name} in JSON: {:?}", list.entries);
    }
    // (A row without an identifier that says so is still a note: `Part 2,,,`.)
    let list = parse_list(
        "Application Name,Application Version,Publisher,Application ID\nFira,3.9.20,Fira Ltd,com.neve.scanner\nPart 2,,,\n",
        support::nfkc,
    );
    assert!(!list.notes.is_empty(), "{:?}", list.entries);
}

/// A name of a word for a message, a page or a screen and a number of three digits or
/// more, `Mail 360`, typed among names, is an app's: no list is cut into a hundred
/// messages or pages (the benchmark's realistic 10,000 lines were "can't tell" for one
/// `Mail 360`). A small number alone is still a part of several, `Mail 3`, `Page 12`.
#[test]
fn a_word_for_a_part_with_a_number_of_hundreds_is_a_name() {
    for name in ["Mail 360", "Screen 100", "Capture 2000", "Message 365"] {
        let list = parse_list(&format!("Rapid Books\n{name}\nHappy Food\n"), support::nfkc);
        assert!(list.notes.is_empty(), "{name}: {:?}", list.notes.first());
        assert_eq!(list.entries.len(), 3, "{name}: {:?}", list.entries);
    }
    for part in ["Mail 3", "Page 12", "Message 2", "Screenshot 99"] {
        let list = parse_list(&format!("Rapid Books\n{part}\nHappy Food\n"), support::nfkc);
        assert!(!list.notes.is_empty(), "{part}: {:?}", list.entries);
    }
}

/// Each app the India policy names on `list` (a company laptop in India, where all
/// of them must go) has a finding that orders its removal or asks about it.
#[track_caller]
fn assert_each_reported(list: &str, apps: &[&str]) {
    let policy =
        load_policy(&std::fs::read(support::root().join("pkg-config/policies/india-2020-ban.json")).unwrap()).unwrap();
    let context: Context =
        serde_json::from_str(r#"{"device": "computer", "ownership": "company", "region": "IN"}"#).unwrap();
    let now = chrono::DateTime::parse_from_rfc3339("2023-03-01T12:00:00Z")
        .unwrap()
        .to_utc();
    let report = evaluate(&policy, &parse_list(list, support::nfkc), &context, now);
    for id in apps {
        let finding = report
            .findings
            .iter()
            .find(|f| f.app.as_ref().is_some_and(|a| a.id == *id));
        assert!(
            finding.is_some_and(|f| matches!(f.outcome, Outcome::Remove | Outcome::PossibleMatch)),
            "no removal or question for {id} in {list:?}:\n{:#?}",
            report.findings
        );
    }
    assert_eq!(
        report.overall.answer,
        Answer::ActionRequired,
        "{list:?}: {:?}",
        report.overall
    );
}

#[test]
fn names_in_columns_each_count_not_only_the_first_one_known() {
    // `brew list` or `ls` in columns, copied from a terminal that keeps the tabs: one
    // line, several apps. The first app known on a line must not hide the others.
    assert_each_reported(
        "==> Casks\nfirefox\t\twechat\t\tzoom\nshareit\t\tslack\t\ttiktok\n",
        &["wechat", "shareit", "tiktok"],
    );
    // A typed line with tabs, as a spreadsheet's row pastes.
    assert_each_reported("TikTok\tShareit\tLikee\n", &["tiktok", "shareit", "likee"]);
}

#[test]
fn names_in_columns_aligned_with_spaces_are_read_as_columns() {
    // As a terminal usually copies them: the columns padded with spaces. The apps known
    // in a column are ordered removed, not only asked about.
    let text = "==> Casks\nfirefox                  wechat                   zoom\nshareit                  slack                    tiktok\n";
    assert_each_reported(text, &["wechat", "shareit", "tiktok"]);
    let report = {
        let policy =
            load_policy(&std::fs::read(support::root().join("pkg-config/policies/india-2020-ban.json")).unwrap())
                .unwrap();
        let context: Context =
            serde_json::from_str(r#"{"device": "computer", "ownership": "company", "region": "IN"}"#).unwrap();
        let now = chrono::DateTime::parse_from_rfc3339("2023-03-01T12:00:00Z")
            .unwrap()
            .to_utc();
        evaluate(&policy, &parse_list(text, support::nfkc), &context, now)
    };
    for id in ["wechat", "shareit"] {
        let f = report
            .findings
            .iter()
            .find(|f| f.app.as_ref().is_some_and(|a| a.id == id));
        assert_eq!(
            f.map(|f| f.outcome),
            Some(Outcome::Remove),
            "{id}: {:#?}",
            report.findings
        );
    }
}

#[test]
fn a_name_beside_the_one_known_on_its_line_is_reported() {
    // A line known by part of its text (the name before a subtitle, a parenthesis or a
    // path's last segment) may name another app in the rest.
    for (line, apps) in [
        ("WeChat (TikTok)", ["wechat", "tiktok"]),
        ("Shareit: TikTok", ["shareit", "tiktok"]),
        ("Shareit - TikTok", ["shareit", "tiktok"]),
        ("Shareit / TikTok", ["shareit", "tiktok"]),
        ("Shareit | TikTok", ["shareit", "tiktok"]),
    ] {
        assert_each_reported(&format!("{line}\n"), &apps);
    }
}

/// What a tool prints when it lists nothing (an error, a "not found", an empty result)
/// is no app list: pasted alone, it is never "nothing to do", and a line of it is not
/// counted as an app.
#[test]
fn a_tools_error_message_is_never_nothing_to_do() {
    for message in [
        "adb: no devices/emulators found",
        "error: device unauthorized.\nThis adb server's $ADB_VENDOR_KEYS is not set\nTry 'adb kill-server' if that seems wrong.\nOtherwise check for a confirmation dialog on your device.",
        "* daemon not running; starting now at tcp:5037\n* daemon started successfully\nerror: no devices/emulators found",
        "'adb' is not recognized as an internal or external command,\noperable program or batch file.",
        "zsh: command not found: mas",
        "bash: ideviceinstaller: command not found",
        "Get-AppxPackage : Access is denied.",
        "No installed package found matching input criteria.",
        "There aren't any apps installed.",
        "No snaps are installed yet. Try 'snap install hello-world'.",
        "Warning: No installed apps found\n\nIf this is unexpected, the following command may fix the issue:\n\n  sudo mdutil -Eai on",
        "fatal: not a git repository (or any of the parent directories): .git",
    ] {
        let report = assert_never_reassures(message);
        // (The first line is the message; a tool's hints after it may be read as text.)
        if !message.contains('\n') {
            assert_eq!(report.read_as.entries, 0, "{message:?}: {:#?}", report.findings);
        }
    }
    // With apps around it, the apps are still read and the message is not one of them.
    let report = assert_tiktok_reported("TikTok\nzsh: command not found: mas\nSlack", true);
    assert_eq!(report.read_as.entries, 2, "{:#?}", report.findings);
    // An app whose name has such a word is still an app.
    assert_eq!(check("Error Lens\nPermission Manager").read_as.entries, 2);
}

/// A package name before an architecture or a package file's extension
/// (`tiktok.x86_64`, `tiktok.deb`) is the app's name, as before `.app` or `.exe`.
#[test]
fn a_name_before_an_architecture_or_a_package_extension_is_reported() {
    for list in [
        "tiktok.x86_64",
        "tiktok.deb",
        "tiktok.rpm",
        "tiktok.AppImage",
        "tiktok.noarch 1.0-1 @commandline",
    ] {
        assert_tiktok_reported(list, false);
    }
}

/// `dnf list installed` and `yum list installed` (rows `name.arch version @repo`) are
/// read as the package lists they are: an installed package there is an order.
#[test]
fn dnf_and_yum_lists_of_installed_packages() {
    let dnf = "Last metadata expiration check: 0:12:03 ago on Mon 29 Jan 2024 09:14:07 AM CET.\nInstalled Packages\nbash.x86_64                 5.2.15-5.fc39      @fedora\ntiktok.x86_64               2.1.0-1            @commandline\nzoom.x86_64                 5.17.1.1840-1      @@commandline\n";
    let report = assert_tiktok_reported(dnf, true);
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.read_as);
    assert_eq!(report.read_as.account.structure, 2, "{:#?}", report.read_as);
}

/// `dpkg --get-selections`: a package marked `deinstall` was removed; only `install`
/// (and `hold`) are on the device.
#[test]
fn dpkg_get_selections_says_which_packages_are_installed() {
    let report = assert_tiktok_reported(
        "bash\t\t\t\t\t\tinstall\ntiktok\t\t\t\t\t\tinstall\nzoom\t\t\t\t\t\tdeinstall\n",
        true,
    );
    assert_eq!(report.read_as.entries, 3);
    let report = check("bash\t\t\t\t\t\tinstall\ntiktok\t\t\t\t\t\tdeinstall\n");
    let tiktok = report
        .findings
        .iter()
        .find(|f| f.app.as_ref().is_some_and(|a| a.id == "tiktok"));
    assert!(tiktok.is_none_or(|f| f.outcome != Outcome::Remove), "{tiktok:#?}");
}

/// `scoop list` as Scoop printed it from 2018 to 2021: `Installed apps:`, then `name
/// version [bucket]` rows, some marked `*global*` or `*failed*`.
#[test]
fn scoop_list_of_2018_to_2021() {
    let report = assert_tiktok_reported(
        "Installed apps:\n\n  7zip 19.00 [main]\n  git 2.30.0.windows.2 *global* [main]\n  tiktok 1.2.3 [extras]\n",
        true,
    );
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.read_as);
}

/// A list that gives apps only by identifier (an adb list, `ideviceinstaller`, App Store
/// numbers) against a policy that names an app by name alone: whether that app is among
/// them cannot be told, so the answer is never "nothing to do".
#[test]
fn identifiers_alone_against_a_policy_that_names_an_app_by_name_alone() {
    let policy = load_policy(
        br#"{"schema":1,"id":"name-only","version":1,"title":"No TikTok","issuer":{"name":"IT","contact":"help desk"},
        "published":"2024-01-01T00:00:00Z","status":"active","apps":[{"id":"tiktok","name":"TikTok"}],
        "rules":[{"id":"all","apps":["tiktok"],"verdict":"remove"}]}"#,
    )
    .unwrap();
    let now = chrono::DateTime::parse_from_rfc3339("2024-03-01T12:00:00Z")
        .unwrap()
        .to_utc();
    let report = |list: &str| evaluate(&policy, &parse_list(list, support::nfkc), &Context::default(), now);
    // (`mas list` of mas 1.6.2 printed no names: App Store numbers alone.)
    for list in [
        "package:com.zhiliaoapp.musically\npackage:com.slack\n",
        "836500024  (3.8.5)\n835599320  (35.1)\n",
    ] {
        let r = report(list);
        assert_eq!(r.overall.answer, Answer::Incomplete, "{list:?}: {:?}", r.overall);
        assert!(r.overall.message.contains("TikTok"), "{:?}", r.overall.message);
    }
    // Names are enough: a typed list is answered.
    assert_eq!(report("Slack\nZoom\n").overall.answer, Answer::NothingToDo);
    // A policy that gives the app's identifiers answers an adb list.
    assert_eq!(
        check("package:com.slack\npackage:com.google.android.gm\n")
            .overall
            .answer,
        Answer::NothingToDo
    );
}

/// PowerShell's list view (`Get-WmiObject Win32_Product`, `Get-ItemProperty … |
/// Format-List`): each record is one app, by its `Name` (or `DisplayName`); the other
/// properties are the tool's structure, not apps, and `Caption` does not count it twice.
#[test]
fn powershell_list_view_records_are_one_app_each() {
    let win32_product = "\r\nIdentifyingNumber : {90160000-008C-0000-1000-0000000FF1CE}\r\nName              : Office 16 Click-to-Run Extensibility Component\r\nVendor            : Microsoft Corporation\r\nVersion           : 16.0.17126.20132\r\nCaption           : Office 16 Click-to-Run Extensibility Component\r\n\r\nIdentifyingNumber : {4A03706F-666A-4037-7777-5F2748764D10}\r\nName              : TikTok\r\nVendor            : TikTok Pte. Ltd.\r\nVersion           : 1.2.3\r\nCaption           : TikTok\r\n\r\n";
    let report = assert_tiktok_reported(win32_product, true);
    assert_eq!(report.read_as.entries, 2, "{:#?}", report.findings);
    let registry = "DisplayName    : Slack\nDisplayVersion : 4.36.140\nPublisher      : Slack Technologies Inc.\n\nDisplayName    : TikTok\nDisplayVersion : 1.0.0\nPublisher      : TikTok Pte. Ltd.\n";
    let report = assert_tiktok_reported(registry, true);
    assert_eq!(report.read_as.entries, 2, "{:#?}", report.findings);
}

/// A tool's own lines before the first `Key : value` record and after the last (DISM's
/// banner, `Version: 10.0…` and "The operation completed successfully.", a PowerShell
/// prompt) are its structure, not apps; an app's name there is still asked about.
#[test]
fn a_list_views_banner_and_footer_are_the_tools_own_lines() {
    let dism = "Deployment Image Servicing and Management tool\r\nVersion: 10.0.22621.2792\r\n\r\nImage Version: 10.0.22631.4460\r\n\r\nDisplayName : Microsoft.WindowsCalculator\r\nVersion : 11.2307.4.0\r\nPackageName : Microsoft.WindowsCalculator_2021.2307.4.0_neutral_~_8wekyb3d8bbwe\r\n\r\nDisplayName : Clipchamp.Clipchamp\r\nVersion : 2.2.8.0\r\nPackageName : Clipchamp.Clipchamp_2.2.8.0_neutral_~_yxz26nhyzhsrt\r\n\r\nThe operation completed successfully.\r\n";
    let report = check(dism);
    assert_eq!(report.read_as.entries, 2, "{:#?}", report.findings);
    assert_eq!(report.overall.answer, Answer::NothingToDo);
    assert_never_reassures(&format!("PS C:\\> Get-AppxPackage TikTok | Format-List Name\n\n{dism}"));
    assert_never_reassures(&format!("{dism}\nand TikTok\n"));
}

/// The Finder's list from AppleScript (`osascript -e 'tell application "Finder" to get
/// name of every item of folder "Applications" of startup disk'`): one line, the
/// names separated by `, `. Each is an app.
#[test]
fn the_finders_applications_from_applescript_on_one_line() {
    let report = assert_tiktok_reported(
        "Safari.app, TikTok.app, zoom.us.app, UC Browser.app, Utilities.app",
        true,
    );
    assert_eq!(report.read_as.entries, 5, "{:#?}", report.findings);
}

/// `zypper search --installed-only` (openSUSE): a table with ` | ` between its cells and
/// a `---+---` rule, no `|` at the ends of its lines. Each installed package is an app.
#[test]
fn zyppers_table_of_installed_packages() {
    let zypper = "Loading repository data...\nReading installed packages...\n\nS  | Name          | Summary                      | Type\n---+---------------+------------------------------+--------\ni+ | slack         | Slack desktop client         | package\ni  | tiktok        | TikTok for Linux             | package\ni+ | zoom          | Zoom video conferencing      | package\n";
    let report = assert_tiktok_reported(zypper, true);
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);
}

/// A sentence that lists the apps and ends with "installed" ("… and TikTok installed"):
/// the last name is a name, not "TikTok installed".
#[test]
fn a_sentence_ending_in_installed_names_its_last_app() {
    for text in [
        "I have WhatsApp, Instagram and TikTok installed",
        "Tengo WhatsApp, Instagram y TikTok instalados",
        "Ich habe WhatsApp, Instagram und TikTok installiert",
    ] {
        assert_tiktok_reported(text, true);
    }
}

/// A label cut short by a launcher or a screenshot's text ("TikTo…", "TikT..."): if a
/// policy app's name begins with it, it is asked about, never passed over.
#[test]
fn a_label_cut_short_is_asked_about_when_a_policy_name_begins_with_it() {
    for list in ["Slack\nTikTo…\n", "Slack\nTikT...\n", "Slack\n- Tik To…\n"] {
        assert_tiktok_reported(list, false);
    }
    // A label no policy name begins with is an app the policy does not name.
    assert_eq!(check("Slack\nMobile Lege…\n").overall.answer, Answer::NothingToDo);
}

/// A name written in an alphabet the policy names no app in (TikTok in Devanagari,
/// Arabic, Bengali) cannot be told from another app's: never "nothing to do".
#[test]
fn a_name_in_an_alphabet_the_policy_does_not_use_is_never_nothing_to_do() {
    for list in [
        "टिकटॉक\nSlack\n",
        "मेरे फोन में टिकटॉक और व्हाट्सएप है।",
        "تيك توك\n",
        "টিকটক\n",
    ] {
        assert_never_reassures(list);
    }
    // Letters the policy's names are written in are read as usual: accents, and Latin
    // look-alikes of other alphabets.
    assert_eq!(check("Café Mocha\nZoom\n").overall.answer, Answer::NothingToDo);
    assert_tiktok_reported("TіkTok\n", true);
}

/// Shapes of typed and copied lists from phones and messages (a second probe): each
/// names TikTok as installed, and gets an order.
#[test]
fn phone_and_message_shapes_that_list_tiktok_as_installed() {
    for list in [
        // An App Store link's name, where the policy gives no App Store number.
        "https://apps.apple.com/in/app/tiktok/id1235601864\nSlack\n",
        // A size with a decimal comma (German, Spanish, Portuguese phones).
        "TikTok 1,1 GB\nSlack 96,44 MB\n",
        // "and" in Indonesian, Vietnamese, Turkish, Hindi and Japanese.
        "Saya punya WhatsApp, Instagram dan TikTok",
        "Tôi có WhatsApp, Instagram và TikTok",
        "WhatsApp, Instagram ve TikTok var",
        "WhatsApp, Instagram और TikTok",
    ] {
        assert_tiktok_reported(list, true);
    }
}

/// Headings that say the apps below were removed or are not on the device, as people
/// type them in other words and languages, and as store screens title them: the apps
/// under them are asked about, never ordered.
#[test]
fn more_headings_that_say_the_apps_below_are_gone() {
    for heading in [
        "Deleted today ✅",
        "Already removed ✔",
        "Not installed",
        "Not on this iPhone",
        "Ya borré:",
        "Já removi:",
        "削除済み：",
        "Удалил:",
        "Sudah dihapus:",
        "I checked the list from the memo. I do NOT have:",
    ] {
        let text = format!("{heading}\nTikTok\n");
        let report = check(&text);
        let ordered: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.outcome.needs_action())
            .map(|f| &f.input)
            .collect();
        assert!(ordered.is_empty(), "{text:?}: ordered {ordered:?}");
    }
}

/// Store titles with the subtitle stuck to the name, and a version or a size after a
/// dash or a dot: the name is the app's (an order, not a question).
#[test]
fn store_titles_and_details_after_the_name() {
    for list in [
        "TikTok-Videos, Music & LIVE\n",
        "TikTok- Videos, Music & LIVE\n",
        "TikTok 35.1.3 – 88 MB\n",
        "TikTok · 88 MB\n",
        "TikTok • 1,2 GB\n",
    ] {
        assert_tiktok_reported(list, true);
    }
}

/// A table whose name column is headed in another language (`Nombre`, `Anwendung`,
/// `应用名称`): its names are read as names.
#[test]
fn a_name_column_headed_in_another_language() {
    for header in [
        "Nombre",
        "Anwendung",
        "Nom de l'application",
        "Nome app",
        "应用名称",
        "アプリ名",
    ] {
        let csv = format!("{header},Version,Status\nSlack,4.3,Installed\nTikTok,35.1,Installed\n");
        let report = assert_tiktok_reported(&csv, true);
        assert_eq!(report.read_as.entries, 2, "{header}: {:#?}", report.findings);
    }
}

/// A text that names no app (list numbers or bullets with nothing after them, an adb
/// list whose names were cut off, emoji, punctuation, an empty `ls -l`) is "no apps
/// found", never "nothing to do".
#[test]
fn a_text_that_names_no_app_is_never_nothing_to_do() {
    for text in [
        "1.\n2.\n3.\n",
        "•\n•\n",
        "- \n- \n",
        "* \n",
        "package:\npackage:\n",
        "📱\n🎵\n",
        "?\n",
        "|\n",
        "#\n",
        ">\n",
        "total 0\n",
        "\"\",\"\"\n",
    ] {
        assert_never_reassures(text);
    }
}

/// "Fancy text" a generator makes of a name (small capitals, letters in black squares
/// or circles, regional indicators) is the name: TikTok written so is TikTok.
#[test]
fn fancy_letters_are_the_letters_they_stand_for() {
    for list in ["ᴛɪᴋᴛᴏᴋ\n", "TɪᴋTᴏᴋ\n", "🆃🅸🅺🆃🅾🅺\n", "🅣🅘🅚🅣🅞🅚\n"] {
        assert_tiktok_reported(list, true);
    }
}

/// Latin letters with a hook, a stroke, a bar, a tail or a dot below (Latin Extended-B,
/// the phonetic letters, Latin Extended Additional) look like their base letters, and
/// "fancy text" generators and impersonators write names with them: TikTok so written
/// is TikTok, as it is with accents. (Red team rt55a's `ƬikƬok` and `TiƙToƙ` answered
/// "nothing to do": two such letters are more than a typo.)
#[test]
fn latin_letters_with_hooks_strokes_and_dots_are_their_base_letters() {
    for list in [
        "ƬikƬok\n",
        "TiƙToƙ\n",
        "ṬịḳṬọḳ\n",
        "ȚɨƙȚɵƙ\n",
        "ṪíḰṪǫḰ\n",
        "ƮikƮok\n",
        "ⱦiⱪⱦok\n",
    ] {
        assert_tiktok_reported(list, false);
    }
    // Asked about, never ordered: Vietnamese and Yoruba write such letters in their own
    // words (red team rt57: `Đồ Lạ`, "odd things", and `Dọla`, "dollar", had become
    // "Remove Dola"; `Cấp Cứu`, "emergency", is asked about as CapCut).
    for name in ["Đồ Lạ", "Dọla", "Dọ́là Nairà", "Cấp Cứu", "Tíc Tốc"] {
        let report = check_us(&format!("Slack\n{name}\nZoom\n"));
        assert!(
            report.findings.iter().all(|f| f.outcome != Outcome::Remove),
            "{name}: {:#?}",
            report.findings
        );
    }
    // The Latin alpha and iota look as `a` and `i` do.
    assert_tiktok_reported("Tɩktok\n", true);
    let report = check_us("Lɑrk\nZoom\n");
    assert!(
        report.findings.iter().any(|f| f.outcome == Outcome::Remove),
        "{:#?}",
        report.findings
    );
}

/// A name written with digits and signs for its letters (`T!kT0k`, `71k70k`, `T1k$0k`):
/// read back with the letters, it is asked about, as a name text recognition misread is
/// (`T1kT0k`), never "nothing to do".
#[test]
fn a_name_written_with_digits_and_signs_for_letters_is_asked_about() {
    for list in [
        "T!kT0k\n",
        "71k70k\n",
        "T|kT0k\n",
        "Tik7ok\n",
        "+ik+ok\n",
        "Ti|<To|<\n",
        "Slack\nT!kt0k app\nZoom\n",
    ] {
        assert_tiktok_reported(list, false);
    }
    for list in [
        "C@pCut\nZoom\n",
        "L3mon8\nZoom\n",
        "Zoom\nC4pCu7\n",
        "Slack\nL@rk Suite\nZoom\n",
        "Slack\nC!c!\nZoom\n",
        "Slack, C@pCut, Zoom\n",
    ] {
        let report = check_us(list);
        assert_eq!(questions_of(&report).len(), 1, "{list:?}: {:#?}", report.findings);
    }
    // Names with such digits and signs that are no policy app's are left alone.
    let others = "Zoom\n7-Zip\n4chan\nYahoo!\nK-9 Mail\nSketchUp 3D\nSlack\n$tocks\nPhotos 4K\nBTS 7\nT-Mobile\nDisney+\nNotepad++\n7-Eleven\nOffice 365\n1Password\n";
    assert_nothing_to_do(others);
    assert_nothing_to_do_in_us(others);
}

/// The US law's policy (every app by ByteDance must go from agency devices), checked on
/// an agency iPhone, or a personal one.
fn check_publisher_rule(list: &str, owner: &str, confirmed: &[&str]) -> Report {
    let context = serde_json::json!({"device": "phone", "platform": "ios", "ownership": owner, "confirmed": confirmed});
    check_against(
        "us-no-tiktok-on-government-devices",
        context,
        "2023-06-01T12:00:00Z",
        list,
    )
}

/// An export's publisher column (Intune's discovered apps, the registry's `Publisher`,
/// macOS's `Signed by`) that names a publisher whose every app the policy covers: the
/// app on that line, not named by the policy, is asked about, never "nothing to do".
#[test]
fn a_publisher_the_policy_covers_named_beside_an_app_is_a_question() {
    let lists = [
        // Intune's discovered apps, exported as CSV.
        "Application Name,Application Version,Publisher,Platform\nSlack,24.1,Slack Technologies,iOS\nDongchedi,5.2.0,Bytedance Pte. Ltd.,iOS\nOutlook,4.2,Microsoft Corporation,iOS\n",
        // The registry's uninstall keys through Format-Table.
        "DisplayName                 DisplayVersion Publisher\n-----------                 -------------- ---------\nZoom Workplace              6.2.5          Zoom Video Communications, Inc.\nDongchedi                      5.2.0          ByteDance Ltd.\n",
        // system_profiler SPApplicationsDataType.
        "Applications:\n\n    Dongchedi:\n\n      Version: 5.2.0\n      Obtained from: Identified Developer\n      Signed by: Developer ID Application: Bytedance Pte. Ltd. (6R5R8GC4F2), Developer ID Certification Authority, Apple Root CA\n",
    ];
    for list in lists {
        let report = check_publisher_rule(list, "company", &[]);
        assert!(
            !matches!(report.overall.answer, Answer::NothingToDo | Answer::Advice),
            "{list:?}: {:?}",
            report.overall
        );
        let asked: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.outcome == Outcome::PossibleMatch && f.publisher.as_deref() == Some("ByteDance"))
            .collect();
        assert_eq!(asked.len(), 1, "{list:?}: {:#?}", report.findings);
    }
    // The CSV's Dongchedi is asked about by its name, and once confirmed must go.
    let csv = lists[0];
    let report = check_publisher_rule(csv, "company", &[]);
    let asked = report
        .findings
        .iter()
        .find(|f| f.outcome == Outcome::PossibleMatch)
        .unwrap();
    assert_eq!((asked.line, asked.input.as_str()), (3, "Dongchedi"), "{asked:#?}");
    assert!(asked.explanation.contains("ByteDance"), "{}", asked.explanation);
    assert_eq!(
        report.findings.iter().filter(|f| f.line == 3).count(),
        1,
        "one finding for the line: {:#?}",
        report.findings
    );
    let report = check_publisher_rule(csv, "company", &["Dongchedi"]);
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.line == 3 && f.outcome == Outcome::Remove),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.overall.answer, Answer::ActionRequired, "{:?}", report.overall);
}

/// The publisher beside an app the policy names is that app's: no second question. And
/// where the publisher rule does not apply (a personal phone), nothing is asked.
#[test]
fn a_publisher_beside_a_named_app_or_off_the_rules_scope_asks_nothing() {
    let csv = "Application Name,Application Version,Publisher\nCapCut,9.0,Bytedance Pte. Ltd.\nSlack,24.1,Slack Technologies\n";
    let report = check_publisher_rule(csv, "company", &[]);
    assert_eq!(
        report.findings.iter().filter(|f| f.line == 2).count(),
        1,
        "{:#?}",
        report.findings
    );
    assert!(
        report.findings.iter().all(|f| f.outcome != Outcome::PossibleMatch),
        "{:#?}",
        report.findings
    );
    let csv = "Application Name,Application Version,Publisher\nDongchedi,5.2.0,Bytedance Pte. Ltd.\nSlack,24.1,Slack Technologies\n";
    let report = check_publisher_rule(csv, "personal", &[]);
    assert!(
        report.findings.iter().all(|f| f.outcome == Outcome::NotCovered),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.findings.len(), 2, "{:#?}", report.findings);
}

/// A right-to-left override (U+202E) shows the letters after it in reverse: `koTkiT` after it is shown,
/// and read by the employee, as "TikTok". It is asked about, never cleared.
#[test]
fn a_name_reversed_by_a_right_to_left_override_is_the_name_shown() {
    for list in [
        "\u{202e}koTkiT\u{202c}\nSlack\n",
        "Slack\n\u{202e}koTkiT\n",
        "Apps: Slack, \u{202e}koTkiT\u{202c}, Zoom\n",
    ] {
        assert_tiktok_reported(list, false);
    }
}

/// An identifier made of a publisher and an app's name (winget's `ByteDance.CapCut`,
/// an Appx package's `BytedancePte.Ltd.TikTok`) is that app, when the policy says the
/// app is that publisher's: a match, not a question. And one line is asked about once.
#[test]
fn a_publisher_and_an_apps_name_as_one_identifier_is_that_app() {
    for (list, line) in [
        ("{\"Sources\":[{\"Packages\":[{\"PackageIdentifier\":\"Zoom.Zoom\"},{\"PackageIdentifier\":\"ByteDance.CapCut\"}]}]}\n", 1),
        ("Name                       PackageFullName\n----                       ---------------\nMicrosoft.WindowsStore     Microsoft.WindowsStore_22301.1401.6.0_x64__8wekyb3d8bbwe\nBytedancePte.Ltd.TikTok    BytedancePte.Ltd.TikTok_1.0.32.0_x64__6yccndn6064se\n", 4),
    ] {
        let report = check_publisher_rule(list, "company", &[]);
        assert_eq!(report.overall.answer, Answer::ActionRequired, "{list:?}: {:#?}", report.findings);
        assert!(report.findings.iter().all(|f| f.outcome != Outcome::PossibleMatch), "{:#?}", report.findings);
        assert!(report.findings.iter().any(|f| f.line >= line && f.outcome == Outcome::Remove), "{:#?}", report.findings);
    }
    // A name the policy does not give its publisher: still asked about, once a line.
    let report = check_publisher_rule("[{\"PackageIdentifier\":\"Contoso.CapCut\"}]\n", "company", &[]);
    assert_eq!(
        report
            .findings
            .iter()
            .filter(|f| f.outcome == Outcome::PossibleMatch)
            .count(),
        1,
        "{:#?}",
        report.findings
    );
}

/// The lines an uninstall command prints under it (winget's `Found CapCut
/// [ByteDance.CapCut]`) are its output, asked about, not ordered; an install's are not.
#[test]
fn an_uninstall_commands_output_is_a_mention_and_an_installs_is_not() {
    let uninstall = "PS C:\\Users\\jdoe> winget uninstall --id ByteDance.CapCut\nFound CapCut [ByteDance.CapCut]\nStarting package uninstall...\nSuccessfully uninstalled\nPS C:\\Users\\jdoe>\n";
    let report = check_publisher_rule(uninstall, "company", &[]);
    assert!(
        report.findings.iter().all(|f| f.outcome != Outcome::Remove),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.overall.answer, Answer::ConfirmMatches, "{:?}", report.overall);
    let install = "PS C:\\Users\\jdoe> winget install --id ByteDance.CapCut\nFound CapCut [ByteDance.CapCut] Version 3.0.0\nStarting package install...\nSuccessfully installed\n";
    let report = check_publisher_rule(install, "company", &[]);
    assert_eq!(report.overall.answer, Answer::ActionRequired, "{:#?}", report.findings);
}

/// A sentence that names no app ("I only have the usual work apps."), or a short reply
/// instead of a list ("none", "same as before"), is no list: never "nothing to do".
#[test]
fn a_sentence_or_a_reply_that_names_no_app_is_never_nothing_to_do() {
    for text in [
        "I only have the usual work apps.\n",
        "Hi,\nI have the usual apps on my phone.\nThanks\n",
        "all the standard ones\n",
        "same as before\n",
        "Same as last time\n",
        "nothing new\n",
        "none\n",
        "N/A\n",
        "just the ones the company installed\n",
        "Ich habe nur die üblichen Apps.\n",
        "Je n'ai que les applications habituelles.\n",
        "Solo tengo las apps de siempre.\n",
    ] {
        let report = assert_never_reassures(text);
        assert_eq!(report.findings.len(), 0, "{text:?}: {:#?}", report.findings);
    }
}

/// Greetings and sign-offs around a typed list are its frame, not apps; and names made
/// of everyday words, or a sentence that names apps, are read as before.
#[test]
fn a_lists_greeting_and_sign_off_are_no_apps_and_names_of_words_stay_names() {
    let report = check("Hi IT team,\nSlack\nZoom\nThanks!\nBest regards,\nSent from my iPhone\n");
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report);
    assert_eq!(report.read_as.entries, 2, "{:#?}", report.findings);
    // A mail app's line under the message, in the languages appcheck speaks.
    for sent in [
        "Sent from Outlook for iOS",
        "Sent from Yahoo Mail for Android",
        "Von meinem iPhone gesendet",
        "Envoyé de mon iPhone",
        "Enviado desde mi iPhone",
    ] {
        let report = check(&format!("Slack\nZoom\nTeams\n{sent}\n"));
        assert_eq!(report.read_as.entries, 3, "{sent}: {:#?}", report.findings);
    }
    // (The sentence's two apps are each one: its lead-in and `.` are the sentence's.)
    let names = "Find My\nWhere's My Water? 2\nCall of Duty\nAmong Us\nThis War of Mine\nDo Not Disturb\nOn my phone I have Teams and Slack.\n";
    let report = check(names);
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report);
    assert_eq!(report.read_as.entries, 8, "{:#?}", report.findings);
    let inputs: Vec<&str> = report.findings.iter().map(|f| f.input.as_str()).collect();
    assert!(inputs.ends_with(&["Teams", "Slack"]), "{inputs:?}");
}

/// Each listed app whose name holds a restricted app's name is asked about on its own,
/// by what was listed: dismissing "TikTok Studio" says nothing of "TikTok Mod".
#[test]
fn each_listed_name_holding_a_restricted_name_is_asked_about_on_its_own() {
    let list = "Outlook\nTikTok Studio\nTikTok Mod\n";
    let report = assert_never_reassures(list);
    let asked: Vec<&str> = questions_of(&report).iter().map(|f| f.input.as_str()).collect();
    assert_eq!(asked, ["TikTok Studio", "TikTok Mod"], "{:#?}", report.findings);
    assert_eq!(
        report.findings.iter().filter(|f| f.line == 2).count(),
        1,
        "{:#?}",
        report.findings
    );
    let policy =
        load_policy(&std::fs::read(support::root().join("pkg-config/policies/bank-tiktok-2020.json")).unwrap())
            .unwrap();
    let now = chrono::DateTime::parse_from_rfc3339("2023-03-01T12:00:00Z")
        .unwrap()
        .to_utc();
    let mut context: Context = serde_json::from_str(r#"{"device": "phone", "ownership": "company"}"#).unwrap();
    context.dismissed.insert("TikTok Studio".to_owned());
    let report = evaluate(&policy, &parse_list(list, support::nfkc), &context, now);
    assert_eq!(report.overall.answer, Answer::ConfirmMatches, "{:#?}", report.findings);
    context.confirmed.insert("TikTok Mod".to_owned());
    let report = evaluate(&policy, &parse_list(list, support::nfkc), &context, now);
    assert_eq!(report.overall.answer, Answer::ActionRequired, "{:#?}", report.findings);
}

/// A listed app whose name holds a restricted app's name is asked about even when that
/// app is listed too: "TikTok Mod" beside "TikTok" is another app, never "not named by
/// this policy".
#[test]
fn a_name_holding_a_restricted_name_is_asked_about_beside_that_app() {
    for list in [
        "TikTok\nTikTok Mod\n",
        "TikTok Mod\nOutlook\nTikTok\n",
        "TikTok, TikTok Studio\n",
    ] {
        let report = assert_never_reassures(list);
        assert!(
            report
                .findings
                .iter()
                .any(|f| f.outcome == Outcome::Remove && f.input == "TikTok"),
            "{list:?}: {:#?}",
            report.findings
        );
        let asked: Vec<&str> = questions_of(&report).iter().map(|f| f.input.as_str()).collect();
        assert_eq!(asked.len(), 1, "{list:?}: {:#?}", report.findings);
        assert!(asked.iter().all(|a| a.starts_with("TikTok ")), "{list:?}: {asked:?}");
        assert!(
            !report
                .findings
                .iter()
                .any(|f| f.outcome == Outcome::NotCovered && f.input.starts_with("TikTok")),
            "{list:?}: {:#?}",
            report.findings
        );
    }
}

/// A restricted name glued to more letters or digits (`TikTokMod`, `TikTokShop`,
/// `TikTok34`, OCR's `TikTok1.2GB`) is asked about: camel case and digits part words.
#[test]
fn a_name_glued_to_more_letters_or_digits_is_asked_about() {
    for name in ["TikTokMod", "TikTokShop", "TikTok34", "TikTok1.2GB", "TikTokPlus"] {
        assert_tiktok_reported(&format!("Gmail\n{name}\nWhatsApp\n"), false);
    }
}

/// A restricted name run together with more letters in any case, before or after them
/// (`tiktokmod`, `MyTikTok`, `mytiktok`, Polish `TikTokiem`, `wechatmod`), is asked
/// about as that app, once, in place of the line's "not named" finding: a word need
/// not be written in camel case to hold a name.
#[test]
fn a_name_run_together_with_other_letters_is_asked_about() {
    for name in [
        "tiktokmod",
        "MyTikTok",
        "mytiktok",
        "TikTokiem",
        "TIKTOKPRO",
        "the_tiktok_app",
        "SuperTikTokLite",
    ] {
        let report = assert_tiktok_reported(&format!("Gmail\n{name}\nWhatsApp\n"), false);
        let asked: Vec<&str> = questions_of(&report).iter().map(|f| f.input.as_str()).collect();
        assert_eq!(asked, [name], "{name}: {:#?}", report.findings);
        assert!(
            !report
                .findings
                .iter()
                .any(|f| f.outcome == Outcome::NotCovered && f.input == name),
            "{name}: {:#?}",
            report.findings
        );
    }
    // The same inside a sentence or a tool's line.
    assert_tiktok_reported("I have Slack and mytiktok on it\n", false);
    assert_tiktok_reported("package:com.example.mytiktokclone\npackage:com.slack\n", false);
    // Under the Indian ban's policy, WeChat glued to more letters.
    let report = check_against(
        "india-2020-ban",
        serde_json::json!({"device": "phone", "ownership": "personal", "region": "IN"}),
        "2023-03-01T12:00:00Z",
        "Gmail\nwechatmod\n",
    );
    assert!(
        questions_of(&report)
            .iter()
            .any(|f| f.app.as_ref().is_some_and(|a| a.name == "WeChat")),
        "{:#?}",
        report.findings
    );
}

/// A short policy name inside a longer word is no question: the Indian ban names Helo,
/// Kwai, Likee and Shein, which ordinary words and names hold (`Othello`, `Sheinbaum`);
/// nor is a longer one inside a name written as a name is, with no capital where the
/// policy's begins (`Rewechat`).
#[test]
fn a_short_name_inside_a_longer_word_is_no_question() {
    let report = check_against(
        "india-2020-ban",
        serde_json::json!({"device": "phone", "ownership": "personal", "region": "IN"}),
        "2023-03-01T12:00:00Z",
        "Othello\nSheinbaum News\nKwaiker\nRewechat\nSlack\n",
    );
    assert!(questions_of(&report).is_empty(), "{:#?}", report.findings);
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.findings);
}

/// The US law's policy knows ByteDance's other apps by name and by package (Lemon8,
/// Resso, Hypic, Dola, Doubao, CapCut in China and on a tablet, TikTok Shop's seller
/// app); another maker's app with a similar name (Lark Player) is not asked about.
#[test]
fn the_us_law_knows_bytedances_other_apps() {
    for list in [
        "Outlook\nLemon8\n",
        "Resso\n",
        "Hypic - Photo Editor & AI Art\n",
        "package:com.bd.nproject\n",
        "package:com.lemon.lv\n",
        "package:com.lemon.ccpadpro\n",
        "package:com.tiktokshop.seller\n",
        "package:com.larus.wolf\n",
        "package:com.moonvideo.android.resso\n",
    ] {
        assert_publisher_answer(list, Answer::ActionRequired);
    }
    assert_publisher_answer("Lark Player\nSlack\n", Answer::NothingToDo);
}

/// The answer to `list` on an agency phone under the US law's policy.
#[track_caller]
fn assert_publisher_answer(list: &str, answer: Answer) {
    let report = check_publisher_rule(list, "company", &[]);
    assert_eq!(report.overall.answer, answer, "{list:?}: {:#?}", report.findings);
}

/// What OCR and narrow columns do to a package name: `rn` read for `m`
/// (`com.zhiliaoapp.rnusically`), cut short with an ellipsis after its second segment
/// (`com.zhiliaoapp...`, `com.zhiliaoap…`), wrapped inside a segment onto the next line
/// (`com.zhiliaoapp.musi` `cally`): asked about, never cleared. A cut one is not joined
/// to the line after it.
#[test]
fn an_identifier_misread_cut_or_wrapped_is_asked_about() {
    for list in [
        "com.zhiliaoapp.rnusically\n",
        "com.whatsapp\ncom.zhiliaoapp...\n",
        "com.zhiliaoap…\ncom.whatsapp\n",
        "com.google.android.gm\ncom.zhiliaoapp.musi\ncally\ncom.whatsapp\n",
    ] {
        assert_tiktok_reported(list, false);
    }
    let report = check_publisher_rule(
        "com.google.android.gm\ncom.zhiliaoapp...\ncom.whatsapp\n",
        "company",
        &[],
    );
    assert!(
        report.findings.iter().all(|f| !f.input.contains("com.zhiliaoapp.com")),
        "{:#?}",
        report.findings
    );
}

/// A publisher column with one of the names the publisher signs with (its Chinese
/// entity, its name in Chinese, a subsidiary), as the policy lists them, is asked about.
#[test]
fn a_publishers_other_names_in_a_publisher_column_are_asked_about() {
    for publisher in [
        "\"Beijing Zitiao Network Technology Co., Ltd.\"",
        "北京字节跳动科技有限公司",
        "Lemon Inc.",
        "Lark Technologies Pte. Ltd.",
    ] {
        let csv = format!("Application Name,Application Version,Publisher\nOutlook,4.2,Microsoft Corporation\nDongchedi,1.0,{publisher}\n");
        assert_publisher_answer(&csv, Answer::ConfirmMatches);
    }
    assert_publisher_answer("Lemon Tree\nLemonade\n", Answer::NothingToDo);
}

/// App names that begin with a greeting's word are names: "Hello Kitty, TikTok" is two
/// apps, "Hey Google" and "Best Buy" are apps.
#[test]
fn names_that_begin_like_greetings_are_names() {
    let report = assert_tiktok_reported("Hello Kitty, TikTok\n", true);
    assert_eq!(report.read_as.entries, 2, "{:#?}", report.findings);
    let report = check("Hey Google\nBest Buy\nThanks\n");
    assert_eq!(report.read_as.entries, 2, "{:#?}", report.findings);
}

/// Review of this session's changes: a greeting before a list of names on one line
/// frames nothing; a percentage is no prompt; one-word lines are not joined through a
/// camel-case name; several listed names on one line are each asked about.
#[test]
fn greetings_prompts_joins_and_lines_of_names_found_in_review() {
    // "Hi, Tiktk, Signal": the names after the greeting are read (Tiktk a possible match).
    assert_never_reassures("Zoom\nSlack\nHi, Tiktk, Signal\n");
    assert_never_reassures("Zoom, Slack\nBest Buy, Tiktk\n");
    // A percentage in an uninstaller's line is no prompt: the list below it is a list.
    assert_tiktok_reported("Uninstalling Zoom... 100% complete\nTikTok\nSlack\n", true);
    // The employee's list after a command's one line of output.
    assert_tiktok_reported("$ adb uninstall com.whatsapp\nSuccess\n\nTikTok\n", true);
    // One question, on the line that holds the name.
    let report = assert_never_reassures("Slack\nTikTokMod\n");
    let asked: Vec<usize> = questions_of(&report).iter().map(|f| f.line).collect();
    assert_eq!(asked, [2], "{:#?}", report.findings);
    // Each listed name on a line of names is asked about, by what was listed.
    let report = assert_never_reassures("Zoom, TikTok Mod, TikTok Pro\n");
    let asked: Vec<&str> = questions_of(&report).iter().map(|f| f.input.as_str()).collect();
    assert_eq!(asked, ["TikTok Mod", "TikTok Pro"], "{:#?}", report.findings);
}

/// A folder listing whose lines do not say which app each is (Android 11's random
/// folders under `/data/app`, iOS's app containers by UUID) was read as apps the policy
/// does not name: "nothing to do" for a list that showed none.
#[test]
fn folders_named_at_random_are_no_apps_the_policy_does_not_name() {
    for text in [
        "$ adb shell su -c ls /data/app\n~~3vQm9Ls0KdPa2Wx7Yt1HbQ==\n~~b7Kq2LmZp0RtVw9xYs3NcA==\n~~Xh3v0yGgm2Dfk6rM9oZ1wQ==\n",
        "0A1B2C3D-4E5F-6789-ABCD-EF0123456789\n5F1E8A2C-93B4-4D0E-8C1A-2B3C4D5E6F70\n",
    ] {
        assert_no_list(text);
    }
    // A command's output with TikTok in it: still the order to remove it.
    assert_tiktok_reported("jane@laptop:~$ ls /opt\nSlack\nTikTok\n", true);
}

/// A sentence that lists apps had been one entry, its restricted app only asked about
/// ("I have TikTok and Slack"): its names are read, and TikTok is ordered off; a sentence
/// that says TikTok is not there stays a question.
#[test]
fn a_sentence_that_lists_apps_orders_the_restricted_one_off() {
    for text in [
        "I have TikTok and Slack\n",
        "Hi,\nI have Slack, TikTok and Zoom on my phone.\nThanks\n",
        "On my phone I have TikTok\n",
        "Ich habe TikTok und WhatsApp\n",
        "J'ai TikTok et WhatsApp sur mon téléphone\n",
        "Tengo TikTok y WhatsApp en mi móvil\n",
    ] {
        assert_tiktok_reported(text, true);
    }
    for text in ["I don't have TikTok anymore\n", "Ich habe kein TikTok\n"] {
        let report = assert_never_reassures(text);
        assert!(
            report.findings.iter().all(|f| f.outcome != Outcome::Remove),
            "{text:?}: {:#?}",
            report.findings
        );
    }
}

/// `adb shell ps` names an app's other processes by its package and `:` and the
/// process's name (`com.zhiliaoapp.musically:push`): that is the app.
#[test]
fn an_android_process_name_is_its_apps_package() {
    let text = "USER           PID  PPID     VSZ    RSS WCHAN            ADDR S NAME\nu0_a245      12401   812 14210044 98012 0                   0 S com.zhiliaoapp.musically:push\nu0_a112      13002   812 13980020 120300 0                  0 S com.Slack\n";
    assert_tiktok_reported(text, true);
    assert_tiktok_reported("com.zhiliaoapp.musically:push\n", true);
}

/// A question or a request typed instead of a list, or around one (`Can you tell me
/// which ones I need to remove?`, `Please let me know which apps I have to delete.`), is
/// a sentence, not an app the policy does not name: alone, it is no list ("nothing to
/// do" would answer a question nobody asked); in an e-mail with a list, it is the
/// list's frame; and a policy's app it names is still asked about.
#[test]
fn a_question_or_a_request_is_no_app() {
    for text in [
        "Can you tell me which ones I need to remove?\n",
        "Which of these do I have to delete?\n",
        "Please let me know which apps I have to remove.\n",
        "Welche Apps muss ich von meinem Handy löschen?\n",
        "Quelles applications dois-je supprimer ?\n",
        "¿Qué aplicaciones tengo que borrar?\n",
        // Typed without a question mark or a full stop, every word but the first in
        // lower case or a sentence's.
        "I need to know which apps to remove\n",
        "please check my apps for me\n",
        "can you check which ones are banned\n",
    ] {
        assert_no_list(text);
    }
    let mail = "Hi Sam,\n\nHere is what is on my phone:\n\nSlack\nTikTok\nWhatsApp\n\nCan you tell me which ones I need to remove?\nIs that all of them?\n\nThanks\nJo\n";
    let report = assert_tiktok_reported(mail, true);
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);
    for text in [
        "Do I need to remove TikTok?\n",
        "Is TikTok allowed on my work phone?\n",
        "Muss ich TikTok von meinem Diensthandy löschen?\n",
    ] {
        assert_tiktok_reported(text, false);
    }
    // A name that ends with a question mark, in capitals, is a name.
    let report = check("Slack\nWho Wants to Be a Millionaire?\nTikTok?\n");
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);
}

/// What people paste instead of a list of apps, or before one, is read as what it is,
/// never as apps the policy does not name ("nothing to do"): a tool's error or its list of
/// devices (`adb devices`, Windows' and PowerShell's "not recognized"), a link to a page,
/// an e-mail's subject, a short reply, a remark about the device.
#[test]
fn what_is_no_list_of_apps_is_never_nothing_to_do() {
    for text in [
        "List of devices attached\n",
        "List of devices attached\nR58N91ABCDE\tdevice\nemulator-5554\toffline\n",
        "* daemon not running; starting now at tcp:5037\n* daemon started successfully\nList of devices attached\n0123456789ABCDEF\tunauthorized\n",
        "'adb' is not recognized as an internal or external command,\noperable program or batch file.\n",
        "adb : The term 'adb' is not recognized as the name of a cmdlet, function, script file, or operable program.\n",
        "Permission denied\n",
        "https://intranet.example.com/policies/apps\n",
        "Re: Mobile app policy update\n",
        "AW: Diensthandy Apps\n",
        "all of them\n",
        "Nothing else installed\n",
        "Same as my colleague\n",
        "My phone is an iPhone 14 with iOS 17\n",
        "jane.doe@example.com\n",
        "+44 20 7946 0958\n",
    ] {
        assert_no_list(text);
    }
    // Before a list, they leave its apps as they are; a store's link is its app.
    let report = assert_tiktok_reported(
        "Re: Mobile app policy update\nhttps://intranet.example.com/policies/apps\nSlack\nTikTok\n",
        true,
    );
    assert_eq!(report.read_as.entries, 2, "{:#?}", report.findings);
    assert_tiktok_reported("https://apps.apple.com/us/app/tiktok/id835599320\n", true);
    assert_tiktok_reported(
        "https://play.google.com/store/apps/details?id=com.zhiliaoapp.musically\n",
        true,
    );
}

/// What a phone says about itself (its system and version, its model, as its About
/// screen or a person writes them) describes the device, not its apps: never "nothing
/// to do"; and apps whose names begin as a system's or a model's do stay apps.
#[test]
fn a_devices_system_or_model_is_no_app() {
    for text in [
        "iOS 17.2\n",
        "iOS 17.2.1 (21C66)\n",
        "Android 14\n",
        "Android 14 (UP1A.231005.007)\n",
        "Pixel 8 Pro\n",
        "Samsung Galaxy S23 Ultra\n",
        "iPhone 14 Pro, iOS 17.2\n",
        "Model: iPhone 14 Pro\n",
        "Software Version: 17.2\n",
        "iPhone SE (3rd generation)\n",
        "Huawei P30 Pro, EMUI 12\n",
        "Xiaomi Redmi Note 12\n",
    ] {
        assert_no_list(text);
    }
    let report = check("Galaxy Store\nPixel Launcher\nSamsung Notes\nAndroid Auto\nAndroid System WebView\nWindows Terminal\niPhone Backup Extractor\nTikTok\n");
    assert_eq!(report.read_as.entries, 8, "{:#?}", report.findings);
}

/// A table of people (a directory or a team's sheet: a name, an e-mail address, a
/// department) pasted instead of a list of apps: its names are people's, never apps the
/// policy does not name.
#[test]
fn a_table_of_people_is_no_list_of_apps() {
    for text in [
        "Name\tEmail\tDepartment\nJane Doe\tjane.doe@example.com\tSales\nJohn Smith\tjohn.smith@example.com\tIT\n",
        "Display Name,User Principal Name,Job Title\nJane Doe,jane.doe@example.com,Analyst\n",
    ] {
        assert_no_list(text);
    }
    // A table of apps with a user column stays a table of apps.
    assert_tiktok_reported(
        "App Name,Publisher,User\nTikTok,TikTok Pte. Ltd.,jane.doe@example.com\n",
        true,
    );
}

/// A list that says it goes on, without naming the rest (`etc.`, `...`, `and more`,
/// `some games`, `usw.`), has apps nobody checked: never "nothing to do"; the apps it
/// does name are still read, and a restricted one ordered off.
#[test]
fn a_list_that_says_it_goes_on_is_never_nothing_to_do() {
    for text in [
        "Slack\nZoom\netc.\n",
        "Slack\nZoom\netc\n",
        "Slack\nZoom\n...\n",
        "Slack\nZoom\n…\n",
        "Slack, Zoom, etc.\n",
        "Slack, Zoom and more\n",
        "Slack\nZoom\nand many more\n",
        "Slack\nZoom\n(and a few games)\n",
        "Slack\nZoom\nplus some games\n",
        "Slack\nZoom\nand others\n",
        "Slack\nZoom\nsome games\n",
        "Slack\nZoom\nand a bunch of games I don't remember\n",
        "Slack\nZoom\nthe rest are games\n",
        "Slack\nZoom\n[list truncated]\n",
        "Slack, Zoom usw.\n",
        "Slack, Zoom y otras apps\n",
        "Slack, Zoom et quelques jeux\n",
        "I have Slack, Zoom and a few others\n",
        "Slack\nZoom etc.\n",
    ] {
        let report = assert_not_whole(text);
        assert_eq!(report.read_as.entries, 2, "{text:?}: {:#?}", report.findings);
    }
    assert_tiktok_reported("Slack, TikTok, etc.\n", true);
    assert_tiktok_reported("Slack\nTikTok\n...\n", true);
    // Apps named so are apps.
    let report = check("More Apps\nOther Games\nSome Game\nEtc Notes\n");
    assert_eq!(report.read_as.entries, 4, "{:#?}", report.findings);
    assert_eq!(report.read_as.account.unread, 0, "{:#?}", report.read_as);
    // `more` alone is a screen's link to more of a text (the App Store's release notes).
    let report = check("TikTok\nBug fixes and performance improvements\nmore\n");
    assert_eq!(report.read_as.account.unread, 0, "{:#?}", report.read_as);
}

/// A checklist answered app by app (`TikTok: no`, `TikTok - no`, `TikTok<tab>No`): the
/// person says the app is not there. Not an order to remove it, nor "nothing to do": a
/// question, as for `TikTok (not installed)`. `yes` is the app.
#[test]
fn an_app_answered_no_in_a_checklist_is_asked_about() {
    for text in [
        "TikTok: no\nSlack: yes\n",
        "TikTok - no\nSlack - yes\n",
        "TikTok\tNo\nSlack\tYes\n",
        "TikTok = no\n",
        "TikTok: nein\nSlack: ja\n",
        "TikTok | No\n",
        "TikTok (no)\n",
    ] {
        let report = assert_tiktok_reported(text, false);
        let tiktok = report
            .findings
            .iter()
            .find(|f| f.app.as_ref().is_some_and(|a| a.id == "tiktok"));
        assert_eq!(
            tiktok.map(|f| f.outcome),
            Some(Outcome::PossibleMatch),
            "{text:?}: {:#?}",
            report.findings
        );
    }
    for text in ["TikTok: yes\nSlack: no\n", "TikTok - yes\n", "TikTok\tYes\n"] {
        assert_tiktok_reported(text, true);
    }
}

/// What review found the rules of stop 37 lost or still missed: a line of names typed in
/// lower case is no sentence (`also tiktk, snapchat and instagram`), a per-user inventory
/// is no table of people, apps' names that look like questions, devices, pagers or
/// links stay apps; and more ways a list says it goes on.
#[test]
fn the_rules_of_stop_37_keep_names_review_found_lost() {
    // TikTok (misspelt) is still asked about; the other names are still read.
    for text in [
        "Slack\nalso tiktk, snapchat and instagram\n",
        "tiktk, snapchat, instagram, whatsapp?\n",
        "Name,Version,User\nTiktk,33.1.4,jane.doe@example.com\nSlack,4.3,jane.doe@example.com\n",
    ] {
        let report = assert_tiktok_reported(text, false);
        assert!(report.read_as.entries >= 2, "{text:?}: {:#?}", report.findings);
    }
    // Names that stay names.
    for name in [
        "Can I Eat It?",
        "Do I Have ADHD?",
        "What Is My IP?",
        "all in one calculator",
        "how to draw anime",
        "my talking tom friends",
        "the sims free play",
        "need for speed no limits",
        "Windows Terminal 1.18.3181.0",
        "Android Auto 11.3",
        "Edge 120",
        "Moto X3M",
        "python@3.11",
        "More",
        "Others",
        "Mehr",
        "https://apps.microsoft.com/detail/9nh2gph4jzs4",
        "https://appgallery.huawei.com/app/C100435697",
    ] {
        let report = check(&format!("Slack\n{name}\n"));
        assert_eq!(report.read_as.entries, 2, "{name:?}: {:#?}", report.read_as);
        assert_eq!(report.read_as.account.unread, 0, "{name:?}: {:#?}", report.read_as);
    }
    // More that is no list, or says the list goes on.
    for text in [
        "Slack\nZoom\nand so on\n",
        "Slack\nZoom\nund so weiter\n",
        "Slack\nZoom\nand 20 others\n",
        "Slack\nZoom\nplus 20 more apps\n",
        "Slack\nZoom\nloads of games\n",
        "Slack\nZoom\nund viele mehr\n",
        "Slack\nZoom\nein paar Spiele\n",
        "Slack\nZoom\n[...]\n",
        "Slack\nZoom\n(...)\n",
        "Slack\nZoom\n. . .\n",
        "Slack\nZoom etcétera\n",
    ] {
        assert_not_whole(text);
    }
    for text in [
        "Could you check my phone please\n",
        "Is it OK?\n",
        "Anything to remove?\n",
        "Which ones?\n",
        "Please see attached\n",
        "iPad (10th generation)\n",
        "Android 14; Pixel 8\n",
        "iPhone 14 Pro - iOS 17.2\n",
        "Windows 11 Pro 23H2\n",
        "Access denied\n",
        "Operation not permitted\n",
        "Fatal error\n",
    ] {
        assert_no_list(text);
    }
}

/// Several names typed on one line without commas, one of them a policy's app misspelt:
/// the typo is asked about as it is when it stands alone, never "nothing to do".
#[test]
fn a_misspelt_app_among_names_on_one_line_is_asked_about() {
    for text in [
        "also tiktk snapchat instagram\n",
        "just tiktk and snapchat\n",
        "tiktk snapchat instagram\n",
        "snapchat tiktk\n",
        "Slack\nZoom\nsnapchat, instagram and tikto\n",
        "I have Spotify Tiktok2 and WhatsApp\n",
        "Instagram TiKTok Snapchat\n",
    ] {
        assert_tiktok_reported(text, false);
    }
    // A name of its own that only resembles the app, or a known other app, stays that app.
    for text in ["TickTick Pro\n", "Tiktak Clock\n", "Slack\nTick Tock Timer\n"] {
        assert_no_tiktok(text);
    }
}

/// No finding of the report of `text` is about TikTok: a name of its own that only
/// resembles it, or a known other app, stays that app.
#[track_caller]
fn assert_no_tiktok(text: &str) {
    let report = check(text);
    assert!(
        report
            .findings
            .iter()
            .all(|f| f.app.as_ref().is_none_or(|a| a.id != "tiktok")),
        "{text:?}: {:#?}",
        report.findings
    );
}

/// The list's "and more" in capitals after a joining word, a kind of app with a word on
/// it after a vague number (`a few banking apps`), and `misc`: the list is not whole.
#[test]
fn a_list_that_goes_on_in_capitals_or_with_a_kinds_adjective_is_never_nothing_to_do() {
    for text in [
        "Slack\nZoom\nAnd Many More\n",
        "Slack\nZoom\nAND MORE\n",
        "Slack\nZoom\nAnd Others\n",
        "Slack\nZoom\nPlus Some Games\n",
        "Slack\nZoom\na few banking apps\n",
        "Slack\nZoom\nsome social media apps\n",
        "Slack\nZoom\nein paar alte Spiele\n",
        "Slack\nZoom\nmisc games\n",
        "Slack, Zoom, a few work apps\n",
    ] {
        assert_not_whole(text);
    }
    // Names still: a joining word is no name's first, but these are apps' names.
    let report = check("More Apps\nOther Games\nAnd Then There Were None\nSome Banking App Pro\nPlus Messenger\n");
    assert_eq!(report.read_as.entries, 5, "{:#?}", report.read_as);
    assert_eq!(report.read_as.account.unread, 0, "{:#?}", report.read_as);
}

/// A sentence about the device, a model written without its space, or a system, a maker
/// or a phone's family alone: what the device is, never a list of apps.
#[test]
fn a_sentence_about_the_device_or_its_maker_alone_is_no_app() {
    for text in [
        "It's an iPhone 13\n",
        "My phone is a Samsung Galaxy S21\n",
        "I have an iPhone12.\n",
        "it is a pixel 7 pro\n",
        "iPhone12\n",
        "iPhone 15ProMax\n",
        "Samsung\n",
        "iPhone\n",
        "Android\n",
        "company phone\n",
    ] {
        assert_no_list(text);
    }
    // Apps' names that begin so, and the Google app, are names.
    let report =
        check("Google\nMy Verizon\nSamsung Notes\niPhone Backup Extractor\nPixel Art Maker\nMy iPhone Case Designer\n");
    assert_eq!(report.read_as.entries, 6, "{:#?}", report.read_as);
}

/// Replies that say the writer does not know, or answer another question (updates), and
/// a tool's failure to connect: no list, never "nothing to do".
#[test]
fn a_reply_that_does_not_know_or_a_failure_to_connect_is_no_list() {
    for text in [
        "Don't know\n",
        "dont know\n",
        "no idea\n",
        "dunno\n",
        "Keine Ahnung\n",
        "je ne sais pas\n",
        "no sé\n",
        "all updated\n",
        "All up to date\n",
        "failed to connect\n",
        "Unable to connect\n",
        "error: device not found\n",
        "Connection refused\n",
        "Operation timed out\n",
    ] {
        assert_no_list(text);
    }
    // Names still.
    let report = check("Unable\nNo Idea Game\nUp To Date Tracker\n");
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.read_as);
}

/// A reply that says the check is done or found nothing, in a few everyday words of the
/// languages appcheck speaks ("All clear", "Nothing to report", "Erledigt", "Rien à
/// signaler"), is no list: it had been read as one app of that name, "nothing to do".
/// Names made of such a word and another stay names.
#[test]
fn a_reply_that_the_check_is_done_or_found_nothing_is_no_list() {
    for text in [
        "All clear\n",
        "all clear!\n",
        "Nothing to report\n",
        "nothing to declare\n",
        "Nothing here\n",
        "All done\n",
        "all set\n",
        "That's all\n",
        "Checked, all fine\n",
        "Erledigt\n",
        "Fertig!\n",
        "alles gut\n",
        "Alles klar\n",
        "Nichts zu melden\n",
        "c'est bon\n",
        "Rien à signaler\n",
        "Terminé\n",
        "todo bien\n",
        "Listo\n",
        "Nada que reportar\n",
        "Keine Apps\n",
        // And as employees write it in languages the page does not speak.
        "Tutto a posto\n",
        "Niente da segnalare\n",
        "Nessuna\n",
        "Alles goed\n",
        "Niets te melden\n",
        "Geen\n",
        "Tudo bem\n",
        "Nada a declarar\n",
        "Nenhum\n",
        "Wszystko ok\n",
        "Nic\n",
    ] {
        assert_no_list(text);
    }
    // Names still: a word of a reply beside a name's own, or alone.
    let report =
        check("Good Notes\nClear\nNothing X\nAll Trails\nDone Right\nTo Do\nNo Limit Drag Racing\nDa Vinci Eye\n");
    assert_eq!(report.read_as.entries, 8, "{:#?}", report.read_as);
}

/// An export cut off before its end (a message's size limit, a copy that stopped): what
/// came whole is read, TikTok in it still found, and the list is not whole.
#[test]
fn an_export_cut_off_before_its_end_is_never_nothing_to_do() {
    for text in [
        "[{\"name\":\"Outlook\"},{\"name\":\"Teams\"}",
        "[{\"name\":\"Outlook\"},{\"name\":\"Teams\"},{\"na",
        "{\"apps\":[\"Outlook\",\"Teams\"",
        "{\"apps\": [\n  {\"name\": \"Outlook\", \"version\": \"4.2\"},\n  {\"name\": \"Teams\"",
        "<apps>\n<app name=\"Outlook\"/>\n<app na",
        "<table><tr><td>Outlook</td></tr><tr><td>Teams</td></tr>",
    ] {
        let report = assert_not_whole(text);
        assert!(
            report.findings.iter().any(|f| f.input.contains("Outlook")),
            "{text:?}: {:#?}",
            report.findings
        );
    }
    assert_tiktok_reported("[{\"name\":\"TikTok\"},{\"name\":\"Teams\"},{\"name\":\"Sla", true);
    // Cut before its first whole value: nothing of it read as apps, never "nothing to do".
    for text in [
        "{\"@odata.count\":3,\"value\":[{\"displayName\":\"Slack – Ch",
        "[{\"name\":\"Outlook\",\"version\":\"4.2",
    ] {
        assert_not_whole(text);
    }
    assert_tiktok_reported("[{\"name\":\"TikTok\",\"version\":\"32", false);
}

/// A policy name run together with capitals (`TikTok`) misspelt as the two words it is
/// made of (`Tik Toc`): asked about, as `Tik Tok` is found and `Tiktoc` asked.
#[test]
fn a_misspelt_app_written_as_its_two_words_is_asked_about() {
    for text in [
        "Tik Toc\n",
        "tic tok\n",
        "Tlk Tok\n",
        "TIK TOL\n",
        "Tik T0k\n",
        "Name,Version\nTik Toc,32.5\n",
    ] {
        assert_tiktok_reported(text, false);
    }
}

/// A list that states how many apps it has, and holds fewer (a heading's count, a tool's
/// total, a table's range or page): the rest is not here, never "nothing to do". As
/// many as it says, or more, is whole.
#[test]
fn a_list_that_counts_more_apps_than_it_holds_is_never_nothing_to_do() {
    for text in [
        "Installed apps (47)\nOutlook\nTeams\n",
        "Apps (12):\nOutlook\nTeams\n",
        "Outlook\nTeams\n47 packages installed.\n",
        "Outlook\nTeams\n42 apps\n",
        "Showing 1 to 2 of 47 records\nOutlook\nTeams\n",
        "Outlook\nTeams\n1-2 of 47\n",
        "Outlook\nTeams\nPage 1 of 3\n",
        "Total: 47 apps\ncom.microsoft.Office.Outlook - Outlook 4.2\n",
        // A total written with its thousands grouped, one not said, a pager in other
        // languages, and a row of page numbers (which page was copied cannot be told).
        "Outlook\nTeams\n1-2 of 1.234\n",
        "Outlook\nTeams\n1-2 of 1,234\n",
        "Outlook\nTeams\n1-3 of many\n",
        "Outlook\nTeams\nStrona 1 z 2\n",
        "Outlook\nTeams\nPagina 1 van 2\n",
        "Outlook\nTeams\n1 2 3 Next »\n",
        "Outlook\nTeams\n‹ 1 2 3 ›\n",
    ] {
        assert_not_whole(text);
    }
    for text in [
        "Installed apps (2)\nOutlook\nTeams\n",
        "Outlook\nTeams\n2 packages installed.\n",
        "Showing 1 to 2 of 2 records\nOutlook\nTeams\n",
        "Outlook\nTeams\nPage 1 of 1\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// What can be upgraded counts a part of the list (winget's `1 upgrades available.`
/// under `winget list`): fewer than the rows, it is whole. (More than the rows, `16
/// upgrades available.` under two, rows are not here: `winget_upgrades_count_over_fewer_rows`.)
#[test]
fn a_count_of_upgrades_is_no_total_of_the_list() {
    let winget = "Name      Id              Version   Available  Source\n\
                  ---------------------------------------------------\n\
                  Slack     SlackTechnologies.Slack  4.36.140  4.37.1  winget\n\
                  Zoom      Zoom.Zoom       5.17.5             winget\n\
                  1 upgrades available.\n";
    let report = check(winget);
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
    assert_not_whole(&winget.replace("1 upgrades", "16 upgrades"));
}

/// More of the ways a list says it goes on, or that the text was shortened, and
/// descriptions of kinds of apps instead of their names: never "nothing to do".
#[test]
fn a_list_that_goes_on_or_describes_its_apps_in_other_words_is_never_nothing_to_do() {
    for text in [
        "Outlook\nTeams\nand stuff\n",
        "Outlook\nTeams\nand the like\n",
        "Outlook\nTeams\namong others\n",
        "Outlook, Teams, Slack et cetera\n",
        "Outlook\nTeams\nund vieles mehr\n",
        "Outlook\nTeams\nentre autres\n",
        "Outlook\nTeams\ny demás\n",
        "Outlook\nTeams\n[... 120 more lines]\n",
        "Outlook\nTeams\n... (output truncated)\n",
        "Outlook\nTeams\n[Message clipped]\n",
        "standard apps\n",
        "Stock apps only\n",
        "Microsoft apps\n",
        "about 40 apps\n",
        "50+ apps\n",
        "Outlook\nTeams\nsome other games\n",
    ] {
        assert_not_whole(text);
    }
    for text in [
        "ok\n",
        "Yes\n",
        "Done\n",
        "All good\n",
        "Deleted it\n",
        "Not installed\n",
        "TBD\n",
        "Compliant\n",
    ] {
        assert_no_list(text);
    }
    // Among other lines, a kind is a screen's heading: the list is whole.
    let report = check("All apps\nOutlook\nTeams\nManage apps\nYour apps\n");
    assert_eq!(report.read_as.account.unread, 0, "{:#?}", report.read_as);
    // Names still: a kind in a name of capitals, a name that ends in `Apps`.
    let report = check("More Apps\nWord Games\nMicrosoft Apps\nAll Good Games\nStuff\n");
    assert_eq!(report.read_as.account.unread, 0, "{:#?}", report.read_as);
    assert_eq!(report.read_as.entries, 5, "{:#?}", report.read_as);
}

/// A list that says where the rest of it is, which page or part of a longer one it is,
/// that a mail or chat cut it, or that it goes on in the words of a chat (`+20`, `& co`,
/// `the rest is stock`, `Page 1/3`, `[1/2]`, `--- message truncated ---`, `e altre`):
/// apps nobody checked, never "nothing to do"; the apps it names are still read.
#[test]
fn a_list_that_says_where_its_rest_is_or_which_page_it_is_is_never_nothing_to_do() {
    for text in [
        "Outlook\nTeams\nSlack\n+ 20 other apps\n",
        "Outlook\nTeams\nSlack\n+ more\n",
        "Outlook\nTeams\nSlack\n+ 20 apps\n",
        "Outlook, Teams, Slack, ...\n",
        "Outlook; Teams; Slack; \u{2026}\n",
        "Outlook, Teams, Slack and whatnot\n",
        "Outlook, Teams, Slack & co\n",
        "Outlook\nTeams\nSlack\nand some others I don't remember\n",
        "Outlook\nTeams\nSlack\nthe rest is stock\n",
        "Outlook\nTeams\nSlack\nthe rest in the screenshot\n",
        "Outlook\nTeams\nSlack\nrest attached\n",
        "Outlook\nTeams\nSlack\nI'll send the rest later\n",
        "Outlook\nTeams\nSlack\nplus the usual Google stuff\n",
        "Outlook\nTeams\nSlack\nplus all the preinstalled Samsung stuff\n",
        "Outlook\nTeams\nSlack\nand all the default ones\n",
        "Outlook\nTeams\nSlack\n(3 of 47)\n",
        "Outlook\nTeams\nSlack\nPage 1/3\n",
        "Outlook\nTeams\nSlack\n[1/2]\n",
        "Part 2 of 2\nOutlook\nTeams\nSlack\n",
        "Outlook\nTeams\nSlack\nSeite 1 von 2\n",
        "Outlook\nTeams\nSlack\n--- message truncated ---\n",
        "Outlook\nTeams\nSlack\n[Message clipped]  View entire message\n",
        "Outlook\nTeams\nSlack\nund noch ein paar andere\n",
        "Outlook\nTeams\nSlack\nsowie diverse Spiele\n",
        "Outlook\nTeams\nSlack\net d'autres\n",
        "Outlook\nTeams\nSlack\net plein d'autres\n",
        "Outlook\nTeams\nSlack\ne altre\n",
        "Outlook\nTeams\nSlack\nen meer\n",
        "Outlook\nTeams\nSlack\ni inne\n",
        "Outlook, Teams, Slack and others I don't remember\n",
        "Outlook, Teams, Slack and 20 others\n",
        "Outlook, Teams, Slack ecc.\n",
        "Outlook, Teams, Slack enz.\n",
        "Outlook, Teams, Slack e tante altre\n",
        "Outlook, Teams, Slack en nog meer\n",
        "Outlook, Teams, Slack y el resto\n",
        "Outlook, Teams, Slack sowie diverse Spiele\n",
    ] {
        let report = assert_not_whole(text);
        assert_eq!(report.read_as.entries, 3, "{text:?}: {:#?}", report.findings);
    }
    assert_tiktok_reported("Outlook\nTikTok\nPage 1/2\n", true);
    assert_tiktok_reported("Outlook, TikTok, ...\n", true);
    // Names given as some of the rest are still read, and the list is not whole.
    for rest in [
        "and others (TikTok, Zoom)",
        "and all the default ones (TikTok)",
        "plus a few others like TikTok",
        "and more, e.g. TikTok, Zoom",
    ] {
        let report = assert_tiktok_reported(&format!("Outlook\nTeams\nSlack\n{rest}\n"), true);
        assert!(report.read_as.account.unread >= 1, "{rest:?}: {:#?}", report.read_as);
    }
    for rest in [
        "and others (Zoom)",
        "plus a few others like Zoom",
        "and some games (Candy Crush)",
    ] {
        assert_not_whole(&format!("Outlook\nTeams\nSlack\n{rest}\n"));
    }
    // Names still: apps named with such words, a page or a part of one, a whole page.
    let report = check("The Rest\nNext\nPage 2 Messenger\n24/7 Fitness\nPart Time Jobs\nCo-Star\nPlus Messenger\n");
    assert_eq!(report.read_as.entries, 7, "{:#?}", report.read_as);
    assert_eq!(report.read_as.account.unread, 0, "{:#?}", report.read_as);
    // Whole lists (the review's cases): every page or part here, a count of all, a
    // pager's rows per page, a list bulleted with `+`, a phone's number or `+1` under
    // it, a sentence or a heading with "the rest", names after a joining word.
    for text in [
        "Outlook\nTeams\nSlack\nPage 1/2\nZoom\nWebex\nPage 2/2\n",
        "[1/2]\nOutlook\nTeams\n[2/2]\nZoom\n",
        "Outlook\nTeams\nSlack\nPage 1 of 2\nZoom\nPage 2 of 2\n",
        "Outlook\nTeams\nSlack\n(3 of 3)\n",
        "[Page 1]\nOutlook\nTeams\n[Page 2]\nSlack\n",
        "Microsoft Outlook\nMicrosoft Teams\nSlack\nRows per page: 10  1-3 of 3\n",
        "+ Outlook\n+ Teams\n+ Rest Timer\n+ 7 Cups\n+ More\n",
        "Outlook\nTeams\nSlack\n\nAnna Smith\n+15551234567\n",
        "Outlook\nTeams\nSlack\n+1\n",
        "Hi Tom,\n\nhere are the apps on my work phone:\n\nOutlook\nTeams\nSlack\n\nThanks and enjoy the rest of your day\n\nAnna\n",
        "Work\nOutlook\nTeams\n\nThe rest (private)\nSlack\nZoom\n",
        "Outlook\nTeams\nSlack\nand REST Client\n",
        "eBay, Whatnot\n",
        "Work: Outlook, Teams\nthe rest: Slack, Zoom\n",
        "Outlook, Teams, Il Meteo, El Tiempo\n",
        "Outlook\nTeams\nSlack\n+2 others reacted\n",
        "Microsoft Outlook\nVersion 4.2405.0\nBug fixes.\nmeer\nSlack\nVersion 24.04\nWe fixed some bugs.\nmeer\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// A remark that the list may not be whole (`I might have missed some.`, `This list may
/// be incomplete.`, `Ich habe bestimmt welche vergessen.`): apps nobody checked, never
/// "nothing to do"; names on its line are still read. A remark that it is whole, or
/// about something else, is the list's frame.
#[test]
fn a_remark_that_the_list_may_not_be_whole_is_never_nothing_to_do() {
    for remark in [
        "I might have missed some.",
        "Not sure if that's all.",
        "This list may be incomplete.",
        "I may have forgotten a few.",
        "Ich habe bestimmt welche vergessen.",
        "Je ne suis pas sûr que ce soit tout.",
        "No estoy seguro de que estén todas.",
    ] {
        // (The names after a lead-in are read: `Ich habe …`.)
        let report = assert_not_whole(&format!("Outlook\nTeams\nSlack\n{remark}\n"));
        assert!(report.read_as.entries >= 3, "{remark:?}: {:#?}", report.findings);
    }
    for remark in [
        "Nothing is missing.",
        "I didn't miss any.",
        "Not sure what else you need.",
        "I checked twice.",
        "I forgot my password for Teams.",
        "Outlook keeps missing emails.",
        "Not sure if this is what you need.",
        "I'm not sure if you need the version numbers too.",
        "Please let me know if any information is missing.",
        "I remember you asked for this last year too.",
        "If your list is incomplete, we will follow up with you.",
    ] {
        let report = check(&format!("Outlook\nTeams\nSlack\n{remark}\n"));
        assert_eq!(report.read_as.account.unread, 0, "{remark:?}: {:#?}", report.read_as);
    }
    // The names on a line that doubts it are still read, and a restricted one ordered off.
    let report = assert_tiktok_reported(
        "I have TikTok, WhatsApp and Outlook, but I might have missed some.\n",
        true,
    );
    assert!(report.read_as.account.unread >= 1, "{:#?}", report.read_as);
    assert_tiktok_reported("Outlook\nTeams\nSlack\nI missed one: TikTok\n", true);
    assert_tiktok_reported("Apps: Slack, Zoom, TikTok, Forgotten Hill\n", true);
}

/// A line that says the list was written from memory or may miss some, in a few everyday
/// words and one that doubts (`I think that's all`, `from memory`, `can't remember the
/// rest`, `(can't scroll further)`, `Hay algunas que olvidé.`): the list may not be whole,
/// never "nothing to do". Each had been read as an app of that name. Names with such a
/// word and their own stay names.
#[test]
fn a_line_that_hedges_the_list_is_never_nothing_to_do() {
    for hedge in [
        "I think that's all",
        "from memory",
        "that's what I remember",
        "(can't scroll further)",
        "can't remember the rest",
        "probably missed a few",
        "maybe a few more",
        "Ich glaube, das ist alles",
        "Je crois que c'est tout",
        "Hay algunas que olvidé.",
        "Creo que son todas",
        // Or that more comes later.
        "more tomorrow",
        "screenshot to follow",
        "I'll send the others later",
        "Rest folgt morgen",
        "la suite demain",
        "el resto mañana",
    ] {
        let report = assert_not_whole(&format!("Outlook\nTeams\nSlack\n{hedge}\n"));
        assert_eq!(report.read_as.entries, 3, "{hedge:?}: {:#?}", report.findings);
    }
    let report = check(
        "Remember The Milk\nMemory Games\nThink Tank\nMaybe Baby\nForgotten Hill\nLater\nSee You Later Alligator\n",
    );
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report);
    assert_eq!(report.read_as.entries, 7, "{:#?}", report.read_as);
}

/// Names given as examples, not the list (`e.g. Outlook, Teams`, `including …`, `z.B.
/// …`, `notamment …`, `Some of them:`): read, and the list is not whole.
#[test]
fn names_given_as_examples_are_read_and_the_list_is_not_whole() {
    for text in [
        "e.g. Outlook, Teams, Slack\n",
        "Including Outlook, Teams and Slack\n",
        "such as Outlook, Teams\n",
        "Mainly Outlook, Teams\n",
        "z.B. Outlook, Teams\n",
        "unter anderem Outlook, Teams\n",
        "notamment Outlook, Teams\n",
        "por ejemplo Outlook, Teams\n",
        "Some of them:\nOutlook\nTeams\n",
        "for example:\nOutlook\nTeams\n",
    ] {
        let report = assert_not_whole(text);
        assert!(
            report.findings.iter().any(|f| f.input.contains("Outlook")),
            "{text:?}: {:#?}",
            report.findings
        );
    }
    assert_tiktok_reported("e.g. Outlook, TikTok, Slack\n", true);
    // Names that begin so are names.
    let report = check("Such A Game\nMainly Music\nMostly Harmless\n");
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.read_as);
    assert_eq!(report.read_as.account.unread, 0, "{:#?}", report.read_as);
}

/// An App Store number a spreadsheet or a JSON writer made a float (`835599320.0`) is
/// still that number.
#[test]
fn an_app_store_number_written_as_a_float_is_reported() {
    for text in [
        "App Store ID,Version\n835599320.0,32.5\n",
        "[{\"adamId\":835599320.0}]",
        "Outlook\n835599320.00\n",
    ] {
        assert_tiktok_reported(text, true);
    }
}

/// An identifier at the very end of the text, cut short with it (a message's size limit,
/// a copy that stopped) without an ellipsis: asked about, as `com.zhiliaoapp.musi…` is.
#[test]
fn an_identifier_cut_short_at_the_texts_end_is_asked_about() {
    for text in [
        "Outlook\ncom.zhiliaoapp.musi\n",
        "Outlook\ncom.zhiliaoapp.musi",
        "package:com.microsoft.office.outlook\npackage:com.zhiliaoapp.mus",
        "Outlook\ncom.zhiliaoapp\n",
        // (An ellipsis after the cut's dot, anywhere in the text.)
        "Outlook\ncom.zhiliaoapp.…\nTeams\n",
    ] {
        assert_tiktok_reported(text, false);
    }
    // Not before the end: another line came after it.
    let report = check("com.zhiliaoapp.musi\nOutlook\n");
    assert!(
        report
            .findings
            .iter()
            .all(|f| f.app.as_ref().is_none_or(|a| a.id != "tiktok")),
        "{:#?}",
        report.findings
    );
}

/// A list's words for more after the last name of a line of names (`Slack among
/// others`, `Slack and stuff`): the names read, and the list is not whole.
#[test]
fn a_line_of_names_that_ends_in_words_for_more_is_never_nothing_to_do() {
    for text in [
        "Outlook, Teams, Slack among others\n",
        "Outlook, Teams, Slack and stuff\n",
        "Outlook, Teams, Slack and the like\n",
        "I have Outlook, Teams and Slack and more\n",
    ] {
        let report = assert_not_whole(text);
        assert!(
            report.findings.iter().any(|f| f.input == "Slack"),
            "{text:?}: {:#?}",
            report.findings
        );
    }
    // Names that end so are names.
    let report = check("Outlook, Teams, Tom and Jerry, Word Games\n");
    assert_eq!(report.read_as.account.unread, 0, "{:#?}", report.read_as);
}

/// A line that says the text is a part, cut or continued: never "nothing to do".
#[test]
fn a_line_that_says_the_text_is_cut_or_continued_is_never_nothing_to_do() {
    for last in [
        "(partial list)",
        "[cut off]",
        "(cont.)",
        "to be continued",
        "maybe more",
        "(This message was truncated)",
    ] {
        let text = format!("Outlook\nTeams\nSlack\n{last}\n");
        assert_not_whole(&text);
    }
    // Names that hold such a word are names.
    let report = check("The Cut\nCut the Rope\nPartial Eclipse Tracker\n");
    assert_eq!(report.read_as.account.unread, 0, "{:#?}", report.read_as);
}

/// What stop 38's review found its rules did to real lists: each of these is whole and
/// names no restricted app, or names TikTok for removal, as before the rules.
#[test]
fn the_rules_of_stop_38_keep_names_review_found_lost() {
    // TikTok beside a name with a word a cut line has is still ordered removed.
    for text in ["tiktok, cap cut\n", "TikTok, Hair cut\n", "TikTok, partial\n"] {
        assert_tiktok_reported(text, true);
    }
    for text in [
        "Video cut\nSlack\n",
        "the cut\nslack\n",
        "partial\nslack\n",
        "<ul><li>Slack</li><li>Zoom</li></ul>\nSent from my iPhone\n",
        "<ul><li>Slack</li><li>Zoom</li></ul>\nThanks, John\n",
        "<p>Apps on my phone:\n<ul><li>Slack</li><li>Zoom</li></ul>\n",
        "<html>\n<body>\n<ul><li>Slack</li><li>Zoom</li></ul>\n",
        "<john.doe@bank.example>\nSlack\nZoom\n",
        "eBay, Whatnot\n",
        "Zoom, Tiffany & Co., Slack\n",
        "files, photos, games, books\n",
        "Vivo\nWhatsApp\nNubank\n",
        "Slack\nAndroid\nZoom\n",
        "Your Phone\nMy Device\nNew Phone\nFor Honor\nGet Windows\n",
        "Apps installed (2024)\nSlack\nZoom\n",
        "Slack\nTo Be Continued\nTruncated\n",
        "Fender Tune\nStein Mart\nClark County Schools\n",
    ] {
        assert_nothing_to_do(text);
    }
    // Apps' names of several words in title case, one of them a typo from a policy's
    // name of one word (Lark, Dreamina, Cici), are not asked about.
    let report = check_publisher_rule("Clark County Schools\nLucid Dreaming\nCicis Pizza\n", "company", &[]);
    assert!(questions_of(&report).is_empty(), "{:#?}", report.findings);
}

/// `list`, whole and naming no app the policy restricts: "nothing to do".
#[track_caller]
fn assert_nothing_to_do(list: &str) {
    let report = check(list);
    assert_eq!(
        report.overall.answer,
        Answer::NothingToDo,
        "{list:?}: {:#?} {:#?}",
        report.notes,
        report.findings
    );
}

/// [`assert_nothing_to_do`] under the US policy, which writes names in Chinese (the
/// bank's writes none, and asks about every line in a script it does not use), for a
/// company's phone.
#[track_caller]
fn assert_nothing_to_do_in_us(list: &str) {
    let report = check_against(
        "us-no-tiktok-on-government-devices",
        serde_json::json!({"device": "phone", "ownership": "company"}),
        "2024-01-01T00:00:00Z",
        list,
    );
    assert_eq!(
        report.overall.answer,
        Answer::NothingToDo,
        "{list:?}: {:#?}",
        report.notes
    );
}

/// The finding for TikTok in the report of `list`: a question ("is this TikTok?"), never
/// an order to remove it, and never "nothing to do".
#[track_caller]
fn assert_tiktok_asked(list: &str) -> Report {
    let report = assert_tiktok_reported(list, false);
    let orders: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.outcome == Outcome::Remove)
        .collect();
    assert!(orders.is_empty(), "{list:?}: {orders:#?}");
    report
}

/// The app that installed another (`pm list packages -i`'s `installer=`, `dumpsys
/// package`'s `installerPackageName=`) is named on that app's line, not listed: the
/// line is CapCut's. TikTok as the installer says it was on the device once, so it is
/// asked about, never ordered removed for another app's line.
#[test]
fn the_app_that_installed_another_is_asked_about_not_ordered_removed() {
    for text in [
        "package:com.lemon.lvoverseas  installer=com.zhiliaoapp.musically\n",
        "package:com.whatsapp  installer=com.android.vending\npackage:com.lemon.lvoverseas  installer=com.zhiliaoapp.musically\n",
        "  Package [com.lemon.lvoverseas] (1a2b3c):\n    installerPackageName=com.zhiliaoapp.musically\n",
        "  Package [com.lemon.lvoverseas] (1a2b3c):\n    installInitiatingPackageName=com.zhiliaoapp.musically\n",
    ] {
        assert_tiktok_asked(text);
    }
    // TikTok's own line is still TikTok, whoever installed it.
    assert_tiktok_reported(
        "package:com.zhiliaoapp.musically  installer=com.android.vending\n",
        true,
    );
    assert_tiktok_reported(
        "package:com.zhiliaoapp.musically  installer=com.zhiliaoapp.musically\n",
        true,
    );
}

/// A restricted app's name with a store subtitle the policy does not give, or a note
/// after it, is still that app: stores change their titles (`TikTok - Make Your Day`),
/// real apps' own subtitles have words a tool made for another app has (`VMate - Status
/// Video Downloader`), and an export's title has its columns after it. (Stop 39 had
/// asked about such titles instead, to spare `TikTok - Video Downloader`, an app made
/// for TikTok, its order; the review found real orders lost, and the rule went.)
#[test]
fn a_restricted_apps_name_with_any_subtitle_or_note_is_still_that_app() {
    for line in [
        "TikTok - Make Your Day",
        "TikTok - including musical.ly",
        "TikTok - personal use",
        "TikTok - 1.2 GB",
        "TikTok (for marketing analytics)",
        "TikTok (fan account)",
        "TikTok: download pending",
        "TikTok - Videos, Music & LIVE\tTikTok Ltd.\tSocial Networking\t2023-11-02",
    ] {
        assert_tiktok_reported(&format!("WhatsApp\n{line}\nGmail\n"), true);
    }
    for (line, id) in [
        ("VMate - Status Video Downloader", "vmate"),
        ("Xender - Share Music & Video, Status Saver, Transfer", "xender"),
        ("Clean Master - Antivirus, Applock & Cleaner", "clean-master"),
    ] {
        let report = check_india(&format!("WhatsApp\n{line}\nGmail\n"));
        let finding = report.findings.iter().find(|f| f.input == line);
        assert!(
            finding.is_some_and(|f| f.outcome == Outcome::Remove && f.app.as_ref().is_some_and(|a| a.id == id)),
            "{line:?}: {:#?}",
            report.findings
        );
    }
}

/// A name cut short with an ellipsis after three letters (`Tik…`), also in a table's
/// name column (winget cuts it to its width): asked about when a policy's name begins
/// with it, as a longer cut label is.
#[test]
fn a_name_cut_short_after_three_letters_is_asked_about() {
    for text in [
        "Outlook\nTeams\nTik…\n",
        "Outlook\nTik...\nTeams\n",
        "Name                 Id             Version\n--------------------------------------------\nTik…                 9NH2GPH4JZS4   1.0\n",
    ] {
        assert_tiktok_asked(text);
    }
    // Two letters begin too many names; and a text's last name, not cut by anything it
    // says, is the name it is (`Music`, the iPhone's app, begins `musical.ly`). (Stop 39
    // had asked about the last name of a text without its last newline; the review found
    // `Music`, `Mail`, `News` and signers' names asked about, and the rule went.)
    for text in [
        "Outlook\nTeams\nSl…\n",
        "WhatsApp\nTi...\nGmail\n",
        "Phone\nMessages\nMail\nSafari\nMusic",
        "Outlook\nTeams\nSlack",
    ] {
        assert_nothing_to_do(text);
    }
}

/// An e-mail that says something instead of listing apps, greeting and signed (`Hi,` …
/// `Thanks` `John`): its signer's name is no app, so the text is no list, never "nothing
/// to do".
#[test]
fn a_signed_message_without_a_list_is_no_list() {
    for text in [
        "Hi,\nI checked my phone and there is nothing from the list on it.\nThanks\nJohn\n",
        "Hello IT,\n\nI went through my apps and removed everything that is not work related.\n\nBest regards,\nJohn Smith\n",
        "Hola,\nlo revisé y no hay nada.\nSaludos\nJuan\n",
    ] {
        assert_no_list(text);
    }
    // Under a list, the signature is still the list's frame; under a sentence, two lines
    // after a sign-off may be the list (the review found them dropped).
    let report = check("Slack\nZoom\nThanks\nJohn\n");
    assert_eq!(report.read_as.entries, 2, "{:#?}", report.findings);
    assert_tiktok_reported("I only have these on my phone.\nThanks!\nWhatsApp\nTikTok", true);
    assert_tiktok_reported("I only have these on my phone.\nThanks!\nTikTok", true);
    assert_nothing_to_do("I only have these on my phone.\nThanks!\nWhatsApp\nInstagram");
}

/// A name spelt as it sounds, a hard `c` or `ck` for a `k` (`TicToc`, `Tick Tock`): two
/// letters or more from the policy's, yet the same name said aloud; asked about, never
/// ordered removed.
#[test]
fn a_name_spelt_as_it_sounds_is_asked_about() {
    for line in ["TicToc", "Tick Tock", "Tic-Toc", "TicTock", "Tic Toc", "TIC TOC"] {
        assert_tiktok_asked(&format!("Outlook\n{line}\nTeams\n"));
    }
    // Known other apps that sound alike stay themselves: TickTick is a to-do app.
    for text in [
        "Outlook\nTickTick\nTeams\n",
        "Outlook\nTic Tac Toe\nTeams\n",
        "Outlook\nClock\nTeams\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// One app told of instead of named, as the whole text (`I have one app.`, `just a single
/// app`): no list, never "nothing to do" for an app called "one app". A name with `app`
/// after it is still that app, and a count beside the names they are (the review found
/// number words among the words for more apps dropping names: `two factor authentication
/// app`, `I have two apps.` over the list).
#[test]
fn one_app_told_of_instead_of_named_is_no_list() {
    for text in ["I have one app.", "I only have one app", "just a single app"] {
        assert_no_list(text);
    }
    assert_tiktok_reported("TikTok app\n", false);
    assert_tiktok_reported("I have the TikTok app.", false);
    for text in [
        "Slack\nOne App\n",
        "Slack\nOutlook\ntwo factor authentication app\nWhatsApp",
        "Slack\none drive app\n",
        "I have two apps.\nSlack\nOutlook",
        "Outlook\nTeams\n(two apps)",
    ] {
        assert_nothing_to_do(text);
    }
}

/// A JSON array of names cut inside its last string (`["Outlook","Tik`): that string is a
/// name cut short, asked about as `Tik…` is when a policy name begins with it; the list
/// still says it goes on.
#[test]
fn a_name_cut_inside_a_json_string_is_asked_about() {
    for text in ["[\"Outlook\",\"Tik", "[\"Tik", "{\"apps\":[\"Outlook\",\"TikT"] {
        let report = assert_tiktok_asked(text);
        assert!(report.read_as.account.unread >= 1, "{text:?}: {:#?}", report.read_as);
    }
    let report = assert_not_whole("[\"Outlook\",\"Sla");
    assert!(
        report.findings.iter().all(|f| f.app.is_none()),
        "{:#?}",
        report.findings
    );
    // Cut right after a whole name, the name may have gone on (`TikTok Lite`, `Lark
    // Player`): asked about, as `TikTok…` on its own line is.
    for text in ["[\"Outlook\",\"TikTok", "Outlook\nTikTok…\nTeams\n"] {
        assert_tiktok_asked(text);
    }
}

/// A CSV export whose rows leave out their last, optional cells, or with a pager, a count
/// or a sign-off under it, and no line end at its end, is whole (stop 39 had read a short
/// last row without its line end as cut; the review found whole tables called not whole).
#[test]
fn a_csv_export_with_short_rows_and_no_last_line_end_is_whole() {
    for text in [
        "Application Name,Application Version,Device Count,Platform,Publisher\nMicrosoft Outlook,4.2405.0,12,iOS\nSlack,24.05.10,7,iOS",
        "Name,Version,Notes\nMicrosoft Outlook,4.2\nSlack,24.05",
        "Name;Version;\nMicrosoft Outlook;4.2\nSlack;24.05",
        "Name,Version\nMicrosoft Outlook,4.2\nSlack,24.05\nResults 1-2 of 2",
    ] {
        assert_nothing_to_do(text);
    }
}

/// A list that says how many apps it has, in words a person types or a screen shows (`I
/// have 40 apps:`, `J'ai 40 applis :`, `47 Apps installiert`, `Installed (47)`, `Apps:
/// 47`, `Slack, Zoom (+40)`), and holds fewer, is not whole; one that holds them all is.
#[test]
fn a_list_that_says_it_has_more_apps_than_it_holds_is_not_whole() {
    for text in [
        "I have 40 apps:\nSlack\nZoom\n",
        "Here are my 10 apps:\nSlack\nZoom\n",
        "My 5 apps: Slack, Zoom\n",
        "J'ai 40 applis :\nSlack\nZoom\n",
        "Tengo 40 apps:\nSlack\nZoom\n",
        "Ich habe 12 Apps:\nSlack\nZoom\n",
        "47 Apps installiert\nSlack\nZoom\n",
        "60 apps total\nSlack\nZoom\n",
        "Installed (47)\nSlack\nZoom\n",
        "All apps (84)\nSlack\nZoom\n",
        "Apps: 47\nSlack\nZoom\n",
        "Total 47\nSlack\nZoom\n",
        "Slack, Zoom (+40)\n",
        "Slack\nZoom\n+40\n",
    ] {
        assert_not_whole(text);
    }
    for text in [
        "I have 2 apps:\nSlack\nZoom\n",
        "Installed (2)\nSlack\nZoom\n",
        "Apps: 2\nSlack\nZoom\n",
        "Slack\n7 Minute Workout\n",
        "Slack\n+1\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// A screen's button that shows the rest of the list, in the languages employees' phones
/// speak (`Alle 84 Apps anzeigen`, `Mehr anzeigen`, `Afficher plus`, `Ver más`, `Mostra
/// altro`, `Meer weergeven`, `Pokaż więcej`, `Mostrar mais`), and a message's `Read more`:
/// the rest is not here. Names beside such words stay names.
#[test]
fn a_button_that_shows_more_in_any_language_says_the_list_goes_on() {
    for more in [
        "Alle 84 Apps anzeigen",
        "Mehr anzeigen",
        "Alle anzeigen",
        "Weitere Apps anzeigen",
        "Afficher plus",
        "Voir tout",
        "Voir les 84 applications",
        "Afficher toutes les applis",
        "Ver más",
        "Ver todas",
        "Ver las 84 aplicaciones",
        "Mostrar todas las apps",
        "Mostra altro",
        "Mostra tutte le app",
        "Meer weergeven",
        "Alle apps weergeven",
        "Pokaż więcej",
        "Pokaż wszystkie",
        "Mostrar mais",
        "Ver todos os apps",
        "Read more",
        "Weiterlesen",
        "Lire la suite",
        "Leer más",
        "Loading more",
        "(more)",
    ] {
        assert_not_whole(&format!("Slack\nZoom\n{more}\n"));
    }
    assert_nothing_to_do("Slack\nMore\nShow Me\nVoir\nMehr Fitness\nRead Along\nLoad Monitor\n");
}

/// A line that says this is one page or part of a longer list, or that the list
/// continues (`Page 2`, `Part 1`, `(list continues)`, `cont'd`, `Next page`, `(Fortsetzung
/// folgt)`, `(à suivre)`, `(continuará)`): the rest is not here.
#[test]
fn a_page_or_part_of_a_longer_list_is_not_whole() {
    for text in [
        "Page 2\nSlack\nZoom\n",
        "Part 1\nSlack\nZoom\n",
        "Teil 1\nSlack\nZoom\n",
        "Partie 1\nSlack\nZoom\n",
        "Slack\nZoom\n(list continues)\n",
        "Slack\nZoom\ncontinued on page 2\n",
        "Slack\nZoom\ncont'd\n",
        "Slack\nZoom\ncontd.\n",
        "Slack\nZoom\nNext page\n",
        "Slack\nZoom\nNext >\n",
        "Slack\nZoom\n(Fortsetzung folgt)\n",
        "Slack\nZoom\nFortsetzung folgt\n",
        "Slack\nZoom\n(à suivre)\n",
        "Slack\nZoom\n(continuará)\n",
        "Slack\nZoom\n(wordt vervolgd)\n",
    ] {
        assert_not_whole(text);
    }
    assert_nothing_to_do("Slack\nNext\nPage\nPart Time Jobs\n");
}

/// What a chat or a mail shows in place of a message or a file (`This message was
/// deleted`, `You deleted this message`, `Waiting for this message`, a screenshot's file
/// name with spaces, `(see screenshot)`, `siehe Screenshot`): what it stood for is not
/// here.
#[test]
fn a_message_or_a_file_that_is_not_here_is_not_the_whole_list() {
    for line in [
        "This message was deleted",
        "You deleted this message",
        "12/03/2024, 10:41 - Jan: This message was deleted",
        "Diese Nachricht wurde gelöscht.",
        "Du hast diese Nachricht gelöscht.",
        "Ce message a été supprimé",
        "Vous avez supprimé ce message",
        "Se eliminó este mensaje.",
        "Eliminaste este mensaje.",
        "Waiting for this message. This may take a while.",
        "Screenshot 2024-01-01 at 10.00.00.png",
        "Screen Shot 2023-05-02 at 9.41.12 AM.png",
        "Bildschirmfoto 2024-01-01 um 10.00.00.png",
        "WhatsApp Image 2024-01-01 at 10.00.00.jpeg",
        "(see screenshot)",
        "see pic",
        "siehe Screenshot",
        "voir capture d'écran",
        "ver captura de pantalla",
    ] {
        assert_not_whole(&format!("Slack\nZoom\n{line}\n"));
    }
    assert_nothing_to_do("Slack\nScreenshot Easy\nPhoto Editor\nDeleted Photo Recovery\n");
}

/// A line the text's encoding lost (`????`, `�`, boxes, `å¾®ä¿¡` for 微信 read as
/// Latin-1) is a line not read, never dropped or taken for an app the policy does not name.
#[test]
fn a_line_the_encoding_lost_is_not_read() {
    for line in [
        "????",
        "??",
        "\u{fffd}",
        "\u{fffd}\u{fffd}\u{fffd}",
        "□□",
        "å¾®ä¿¡",
        "æŠ–éŸ³",
    ] {
        assert_not_whole(&format!("Slack\nZoom\n{line}\n"));
    }
    assert_nothing_to_do("Slack\nZoom\nCafé Noir\nÅland Guide\n");
}

/// A console's pager, an interrupted or failed command, or a note that rows were left
/// out (`-- More --`, `(END)`, `lines 1-2/57`, `^C`, `Killed`, `(143 rows not shown)`,
/// `<truncated 45 lines>`): the list under it is not whole.
#[test]
fn a_pager_an_interruption_or_rows_left_out_are_not_the_whole_list() {
    for line in [
        "-- More --",
        "--More--(45%)",
        "(END)",
        "lines 1-2/57",
        "^C",
        "Killed",
        "Segmentation fault (core dumped)",
        "(143 rows not shown)",
        "... (143 rows not shown)",
        "<truncated 45 lines>",
        "(45 lines omitted)",
        "[45 lines hidden]",
    ] {
        assert_not_whole(&format!("Slack\nZoom\n{line}\n"));
    }
}

/// A command copied with its output that shows only part of what it lists: piped through a
/// filter (`| head -2`, `| grep -v google`, `| findstr`, `| Select-Object -First 5`), or
/// a lister asked for some of its apps (`pm list packages -e`, a name after it, `winget
/// list --source msstore`, `Get-AppxPackage -Name *zoom*`, `dpkg -l 'z*'`): the list is
/// not whole. The same listers asked for all, or their output sorted or cut to columns,
/// are whole.
#[test]
fn a_command_that_filters_what_it_lists_is_not_the_whole_list() {
    let adb = "package:com.slack\npackage:us.zoom.videomeetings\n";
    for command in [
        "$ adb shell pm list packages | head -2",
        "$ adb shell pm list packages | grep -v google",
        "$ adb shell pm list packages -e",
        "$ adb shell pm list packages -s",
        "$ adb shell pm list packages slack",
        "C:\\Users\\jane>adb shell pm list packages | findstr /i zoom",
        "PS C:\\Users\\jane> adb shell pm list packages | Select-Object -First 2",
        "PS C:\\Users\\jane> adb shell pm list packages | Where-Object { $_ -like '*s*' }",
        "raven:/ $ pm list packages | tail -2",
    ] {
        assert_not_whole(&format!("{command}\n{adb}"));
    }
    for text in [
        "$ dpkg -l | grep -i zoom\nii  zoom  5.17.5  amd64  Zoom, the cloud meeting platform\n",
        "$ brew list --cask | grep -i s\nslack\n",
        "PS C:\\Users\\jane> Get-AppxPackage -Name *zoom*\nName : ZoomVideo\n",
        "PS C:\\Users\\jane> winget list --source msstore\nName  Id  Version\n-----------------\nSlack  9WZDNCRDK3WP  4.41\n",
    ] {
        assert_not_whole(text);
    }
    for command in [
        "$ adb shell pm list packages",
        "$ adb shell pm list packages -3",
        "$ adb shell pm list packages -f --user 0",
        "$ adb shell pm list packages | sort",
        "$ adb shell pm list packages | cut -d: -f2",
    ] {
        assert_nothing_to_do(&format!("{command}\n{adb}"));
    }
}

/// A heading that says the apps under it are some of them (`Recently opened apps`,
/// `Updates available (3)`, `Top 5 apps:`, `Most used`, `Zuletzt verwendet`, `Applis
/// récentes`, `Sugeridas`): the list is not whole.
#[test]
fn a_heading_over_some_of_the_apps_is_not_the_whole_list() {
    for heading in [
        "Recently opened apps",
        "Recently used:",
        "Updates available (3)",
        "Updates pending",
        "Top 5 apps:",
        "Most used apps:",
        "Frequently used",
        "Suggested apps",
        "Here are the first 10:",
        "Zuletzt verwendet",
        "Aktualisierungen verfügbar",
        "Applis récentes",
        "Mises à jour disponibles",
        "Aplicaciones recientes",
        "Actualizaciones pendientes",
    ] {
        assert_not_whole(&format!("{heading}\nSlack\nZoom\n"));
    }
    assert_nothing_to_do("Slack\nRecently Deleted Photos\nTop Drives\nMost Wanted\nFirst Aid\n");
}

/// A line that says the rest of the apps are left out, private or of a kind (`the rest
/// is private`, `Rest ist privat`, `reste perso`, `Only listing work apps`, `personal
/// apps (not listing them)`, `der Rest sind Spiele`, `le reste, ce sont des jeux`, `el
/// resto son juegos`): the list is not whole.
#[test]
fn a_line_that_leaves_the_rest_out_is_not_the_whole_list() {
    for line in [
        "the rest is private",
        "the rest are personal",
        "Rest ist privat",
        "alles andere privat",
        "reste perso",
        "le reste est perso",
        "el resto es personal",
        "Only listing work apps",
        "only the work ones",
        "personal apps (not listing them)",
        "(not listing the private ones)",
        "der Rest sind Spiele",
        "le reste, ce sont des jeux",
        "el resto son juegos",
    ] {
        assert_not_whole(&format!("Slack\nZoom\n{line}\n"));
    }
    assert_nothing_to_do("Slack\nPrivate Browser\nPersonal Best\nRest Timer\nOnly Fans Finder\n");
}

/// A line that hides what it stood for — a spreadsheet's error in a cell (`#REF!`, `#N/A`,
/// `#NAME?`), a placeholder for what was left out (`[redacted]`, `<private>`, `(hidden)`,
/// `XXXXX`) or a name masked with stars (`T*kT*k`) — and a link that shows more after an
/// ellipsis (`More…`), or `etc.` mistyped (`ect.`): the list is not whole.
#[test]
fn a_line_that_hides_what_it_stood_for_is_not_the_whole_list() {
    for line in [
        "#REF!",
        "#N/A",
        "#NAME?",
        "#VALUE!",
        "#WERT!",
        "[redacted]",
        "<private>",
        "(hidden)",
        "[removed]",
        "XXXXX",
        "T*kT*k",
        "T***k",
        "More…",
        "more...",
        "Mehr …",
    ] {
        assert_not_whole(&format!("Slack\nZoom\n{line}\n"));
    }
    assert_not_whole("Slack, Zoom, ect.\n");
    assert_nothing_to_do("Slack\nX\nXX\nC*Star Navigator\nMore\nHidden Folks\n");
}

/// A JSON answer that says it is one page of several, or has more than it holds, in the
/// fields APIs use (`"hasMore": true`, `"truncated": true`, `"next": "…?page=2"`,
/// `"next_page": 2`, `"page": 1, "pages": 8`, `"total": 145`, `"@odata.count": 145`): the
/// rest of the list is not here. The same fields that say it is all are whole.
#[test]
fn a_json_page_that_says_there_is_more_is_not_whole() {
    for text in [
        r#"{"apps":[{"name":"Slack"},{"name":"Zoom"}],"hasMore":true}"#,
        r#"{"apps":[{"name":"Slack"},{"name":"Zoom"}],"truncated":true}"#,
        r#"{"results":[{"name":"Slack"}],"next":"https://mdm.example/api/apps?page=2"}"#,
        r#"{"apps":[{"name":"Slack"},{"name":"Zoom"}],"next_page":2}"#,
        r#"{"apps":[{"name":"Slack"},{"name":"Zoom"}],"page":1,"pages":8}"#,
        r#"{"apps":[{"name":"Slack"},{"name":"Zoom"}],"total":145}"#,
        r#"{"value":[{"displayName":"Slack"}],"@odata.count":145}"#,
    ] {
        assert_not_whole(text);
    }
    for text in [
        r#"{"apps":[{"name":"Slack"},{"name":"Zoom"}],"hasMore":false,"next":null}"#,
        r#"{"apps":[{"name":"Slack"},{"name":"Zoom"}],"page":1,"pages":1,"total":2}"#,
    ] {
        assert_nothing_to_do(text);
    }
}

/// A text that ends on a comma or a joining word (`Slack, Zoom and`, `I have Slack,
/// Zoom,`, `Slack und`): it was cut before its last name.
#[test]
fn a_text_that_ends_on_a_joining_word_was_cut() {
    for text in [
        "Slack, Zoom and",
        "Slack, Zoom, ",
        "I have Slack, Zoom,\n",
        "Slack\nZoom und\n",
        "Slack, Zoom &",
    ] {
        assert_not_whole(text);
    }
    assert_nothing_to_do("Slack, Zoom,\nTeams\n");
    assert_nothing_to_do("Slack\nDungeons & Dragons\n");
}

/// A text cut in the middle of its last identifier (`package:com.zhiliao`, a message's
/// size limit): asked about when a policy's identifier begins with it. (A name cut the
/// same way, `Slack, Zoom, Tik`, is not: a whole name at the end begins policy names
/// too, `Music` musical.ly's; see `a_name_cut_short_after_three_letters_is_asked_about`.)
#[test]
fn a_text_cut_in_its_last_identifier_asks_about_it() {
    for text in [
        "Slack\nZoom\npackage:com.zhiliao",
        "Slack\ncom.zhiliaoapp",
        "package:com.slack\npackage:com.zhiliaoa\n",
    ] {
        let report = assert_tiktok_reported(text, false);
        assert_eq!(questions_of(&report).len(), 1, "{text:?}: {:#?}", report.findings);
    }
    for text in [
        "package:com.slack\npackage:com.sl",
        "package:com.zhiliao\npackage:com.slack\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// A list whose last line opens an item or a group that nothing follows (`3.` after `1.
/// Slack` and `2. Zoom`, a bare bullet, `Private:` after the work apps): it stops where
/// more was to come.
#[test]
fn a_list_that_ends_on_an_empty_item_or_heading_was_cut() {
    for text in [
        "1. Slack\n2. Zoom\n3.",
        "1. Slack\n2. Zoom\n3. \n",
        "- Slack\n- Zoom\n-\n",
        "1. Slack\n2. Zoom\n3 -\n",
        "[x] Slack\n[x] Zoom\n☑\n",
        "Work:\nSlack\nZoom\nPrivate:",
        "Work:\nSlack\nZoom\n\nPersonal apps:\n",
        "Slack, Zoom. The rest:\n",
    ] {
        assert_not_whole(text);
    }
    assert_nothing_to_do("Work:\nSlack\nZoom\nPrivate:\nGmail\n");
    assert_nothing_to_do("1. Slack\n2. Zoom\n");
}

/// A chat's part marker alone on the first or the last line (`1/2`, `2/2`): one message
/// of several, the list not whole unless every part is here. `24/7` is a name.
#[test]
fn a_part_marker_alone_says_the_list_has_more_parts() {
    for text in ["Slack\nZoom\n1/2\n", "1/3\nSlack\nZoom\n", "2/2\nSlack\nZoom\n"] {
        let report = assert_not_whole(text);
        assert!(
            !report.findings.iter().any(|f| f.input.contains('/')),
            "{text:?}: {:#?}",
            report.findings
        );
    }
    assert_nothing_to_do("1/2\nSlack\nZoom\n2/2\nGmail\n");
    assert_nothing_to_do("Slack\n24/7\n");
}

/// A kind of app in lower case among the names (`social media apps`, `banking apps`,
/// `google apps`): apps not named, so the list is not whole. `Google Apps` and `Word
/// Games` in capitals are names; a lone `apps` is a heading.
#[test]
fn a_kind_of_app_among_names_is_not_a_whole_list() {
    for text in [
        "Slack\nZoom\nsocial media apps\n",
        "Slack\nbanking apps\nZoom\n",
        "slack, zoom, some games",
    ] {
        assert_not_whole(text);
    }
    for text in ["Slack\nWord Games\n", "apps\nSlack\nZoom\n"] {
        assert_nothing_to_do(text);
    }
}

/// A line that says the list goes on is a note in any format, not only in a typed list:
/// a CSV's `(143 rows not shown)` under its rows, a comment in a JSON array (`// 143
/// more`, `/* 143 more */`, on its own line or after a name), a string that says so.
#[test]
fn a_line_that_says_more_is_a_note_in_any_format() {
    for text in [
        "Name,Version\nSlack,1.0\nZoom,2.0\n(143 rows not shown)\n",
        "[\n  \"Slack\",\n  \"Zoom\"\n  // 143 more\n]\n",
        "[\n  \"Slack\",\n  \"Zoom\",\n  /* 143 more */\n]\n",
        "[\"Slack\", \"Zoom\" /* 143 more */]",
        "[\"Slack\", \"Zoom\", \"... and 143 more\"]",
        "# 143 more\nSlack\nZoom\n",
    ] {
        let report = assert_not_whole(text);
        assert!(
            !report.findings.iter().any(|f| f.input.contains("143")),
            "{text:?}: {:#?}",
            report.findings
        );
    }
    assert_nothing_to_do("Name,Version\nSlack,1.0\nZoom,2.0\n");
    assert_nothing_to_do("[\"Slack\", \"Zoom\"]");
}

/// What a chat shows in place of a thread's replies (`2 replies`, `View thread`, `View 2
/// more replies`, `Show replies`): more of the conversation, not here.
#[test]
fn a_threads_hidden_replies_say_the_list_is_not_whole() {
    for tail in [
        "2 replies",
        "View thread",
        "View 2 more replies",
        "Show replies",
        "1 reply",
    ] {
        assert_not_whole(&format!("Slack\nZoom\n{tail}\n"));
    }
}

/// A screen still loading when it was copied (`Calculating…`, `Loading...` on the last
/// line, as the iPhone's storage screen shows it): the list was not all there yet. A
/// tool's progress line before its output says nothing of the kind.
#[test]
fn a_screen_still_loading_at_the_end_is_not_whole() {
    for text in [
        "Slack\nZoom\nCalculating…",
        "Slack\nZoom\nLoading...\n",
        "Slack 12 MB\nZoom 40 MB\nCalculating…\n",
    ] {
        let report = assert_not_whole(text);
        assert!(
            !report
                .findings
                .iter()
                .any(|f| f.input.contains('…') || f.input.contains("...")),
            "{text:?}"
        );
    }
    assert_nothing_to_do("Loading repository data...\nSlack\nZoom\n");
}

/// A total under a typed list that the list does not reach (`Total: 47 apps`, as
/// `ideviceinstaller -l` prints it above its list, typed under the names): not whole;
/// one it reaches says no more.
#[test]
fn a_total_the_list_does_not_reach_is_not_whole() {
    assert_not_whole("$ ideviceinstaller -l\nSlack\nZoom\nTotal: 47 apps\n");
    assert_not_whole("Slack\nZoom\nTotal: 47 apps\n");
    assert_not_whole("Slack\nZoom\nGesamt: 12 Apps\n");
    assert_nothing_to_do("Slack\nZoom\nTotal: 2 apps\n");
}

/// A message that points to a list below with none under it (`see the list below`):
/// the list is elsewhere, never an app named "see the list below".
#[test]
fn a_pointer_to_a_list_that_is_not_there_is_no_list() {
    for text in [
        "Hi, see the list below.\nThanks, Jane",
        "See list below\n",
        "Apps listed below.\n\nBest,\nJane\n",
    ] {
        let report = assert_never_reassures(text);
        assert!(
            !report
                .findings
                .iter()
                .any(|f| f.input.to_ascii_lowercase().contains("below")),
            "{text:?}: {:#?}",
            report.findings
        );
    }
    assert_nothing_to_do("Hi, see the list below.\nSlack\nZoom\n");
}

/// An email's source pasted with its message in quoted-printable (`Tik=` `Tok` across a
/// soft line break, `Caf=C3=A9`, `=0A` for a line break): read as the message it
/// encodes, its MIME headers no apps, its lines where they were. One `=AB` is no such
/// encoding.
#[test]
fn a_quoted_printable_message_is_read_decoded() {
    let source = "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\nHi, my apps: Slack, Zoom, Tik=\nTok, WhatsApp\n";
    let report = assert_tiktok_reported(source, true);
    let tiktok = report
        .findings
        .iter()
        .find(|f| f.app.as_ref().is_some_and(|a| a.id == "tiktok"))
        .unwrap();
    assert_eq!(tiktok.line, 5, "{:#?}", report.findings);
    assert!(
        !report
            .findings
            .iter()
            .any(|f| f.input.contains("Content") || f.input.contains('=')),
        "{:#?}",
        report.findings
    );
    assert_tiktok_reported("Slack=0AZoom=0ATikTok=0A", true);
    let report = check("Caf=C3=A9 Finder=0ASlack=0A");
    let inputs: Vec<&str> = report.findings.iter().map(|f| f.input.as_str()).collect();
    assert_eq!(inputs, ["Café Finder", "Slack"], "{:#?}", report.findings);
    let report = check("Tool=AB\nSlack\n");
    let inputs: Vec<&str> = report.findings.iter().map(|f| f.input.as_str()).collect();
    assert_eq!(inputs, ["Tool=AB", "Slack"], "{:#?}", report.findings);
}

/// The review's cases for this stop's readers: what they must not misread, and the
/// shapes they must still catch.
#[test]
fn this_stops_readers_leave_ordinary_lists_alone() {
    // An email's source keeps its subject and what comes before its MIME headers.
    assert_tiktok_reported(
        "From: Jan <jan@example.com>\nSubject: TikTok\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\nHi, the app in the subject is the only one I have.=20\n",
        false,
    );
    assert_tiktok_reported(
        "Work: Slack, Zoom\nPersonal: TikTok, Spotify\n\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\nOutlook\n",
        false,
    );
    // Latin-1 quoted-printable, as Outlook sends it.
    let report = check(
        "Content-Type: text/plain; charset=\"iso-8859-1\"\nContent-Transfer-Encoding: quoted-printable\n\nSlack\nZoom\nGr=FC=DFe, Jan\n",
    );
    assert!(
        !report.findings.iter().any(|f| f.input.contains('\u{fffd}')),
        "{:#?}",
        report.findings
    );
    // A tool's `key=value` output is no quoted-printable.
    let text = "Package [com.slack] (3f2a):\n    versionCode=1034 minSdk=26 targetSdk=34\n    firstInstallTime=2023-01-01 10:00:00\n";
    let report = check(text);
    assert!(report.read_as.entries >= 1, "{text:?}: {:#?}", report.read_as);
    // A comment after a link says the list goes on; the link stays whole.
    assert_not_whole(
        "[\n \"Slack\",\n \"https://play.google.com/store/apps/details?id=com.Slack\" // and 40 more\n]\n",
    );
    // A chat's emoji code at the end is no heading; a heading over apps is no note.
    assert_nothing_to_do("Slack\nZoom\nThanks! :pray:\n");
    assert_nothing_to_do("## Other apps\n- Spotify\n- Slack\n");
    // A name in lower case that ends in a kind's word is a name.
    assert_nothing_to_do("slack\nzoom\nepic games\nspotify\n");
}

/// An email's source saved as a file (`.eml`, or sent to the CLI) is read as the paste
/// of it is: its message decoded, not refused. Quoted-printable with CRLF line ends as
/// RFC 2045 writes them, escapes in lower case (`=c3=a9`, as some mailers write them)
/// where a header says the encoding, and a message in base64.
#[test]
fn an_email_source_reads_the_same_as_a_file() {
    let source = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nSlack\r\nTik=\r\nTok\r\nCaf=c3=a9 Finder\r\n";
    let text = appcheck::list::decode(source.as_bytes()).expect("a quoted-printable email source is read");
    let report = assert_tiktok_reported(&text, true);
    let inputs: Vec<&str> = report.findings.iter().map(|f| f.input.as_str()).collect();
    assert_eq!(inputs, ["Slack", "TikTok", "Café Finder"], "{:#?}", report.findings);
    // "Slack\nTikTok\nZoom\n" in base64.
    let base64 = "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\nU2xhY2sKVGlrVG9rClpvb20K\n";
    let text = appcheck::list::decode(base64.as_bytes()).expect("a base64 email source is read");
    let report = assert_tiktok_reported(&text, true);
    let inputs: Vec<&str> = report.findings.iter().map(|f| f.input.as_str()).collect();
    assert_eq!(inputs, ["Slack", "TikTok", "Zoom"], "{:#?}", report.findings);
    let report = check("Content-Transfer-Encoding: base64\n\nU2xhY2sKWm9vbQo=\n");
    let inputs: Vec<&str> = report.findings.iter().map(|f| f.input.as_str()).collect();
    assert_eq!(inputs, ["Slack", "Zoom"], "{:#?}", report.findings);
    assert_eq!(report.overall.answer, Answer::NothingToDo);
}

/// An email's source in several MIME parts, as Gmail's "Show original" and Outlook's
/// saved messages hold it: the boundaries and each part's headers are no apps, the
/// plain text is read, its HTML copy is not read twice, and an attachment that is not
/// text (a screenshot of the list) is a list that stands elsewhere: never "nothing to
/// do". A text attachment (`apps.csv`) is read.
#[test]
fn an_email_source_in_mime_parts_is_read_as_its_message() {
    let alternative = "MIME-Version: 1.0\nSubject: my apps\nFrom: Jan <jan@example.com>\nContent-Type: multipart/alternative; boundary=\"000000000000a1b2c3\"\n\n--000000000000a1b2c3\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\nSlack\nZoom\nCaf=C3=A9 Finder\n\n--000000000000a1b2c3\nContent-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n<div dir=3D\"ltr\">Slack<br>Zoom<br>Caf=C3=A9 Finder</div>\n\n--000000000000a1b2c3--\n";
    let report = check(alternative);
    let inputs: Vec<&str> = report.findings.iter().map(|f| f.input.as_str()).collect();
    assert_eq!(inputs, ["Slack", "Zoom", "Café Finder"], "{:#?}", report.findings);
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
    // The same with TikTok in base64, and the parts' headers folded.
    let tiktok = "MIME-Version: 1.0\nContent-Type: multipart/alternative;\n\tboundary=\"b1\"\n\n--b1\nContent-Type: text/plain;\n\tcharset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\nU2xhY2sKVGlrVG9rClpvb20K\n\n--b1\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\nPGRpdj5TbGFjazxicj5UaWtUb2s8YnI+Wm9vbTwvZGl2Pg==\n\n--b1--\n";
    assert_tiktok_reported(tiktok, true);
    // A screenshot attached: the list is in the picture.
    let picture = "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"m\"\n\n--m\nContent-Type: text/plain; charset=utf-8\n\nHere are my apps, see the screenshot.\n\n--m\nContent-Type: image/png; name=\"apps.png\"\nContent-Disposition: attachment; filename=\"apps.png\"\nContent-Transfer-Encoding: base64\n\niVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk\n\n--m--\n";
    let report = assert_never_reassures(picture);
    assert!(
        !report.findings.iter().any(|f| f.input.contains("iVBOR")),
        "{:#?}",
        report.findings
    );
    // A text attachment is read.
    let csv = "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"m\"\n\n--m\nContent-Type: text/plain; charset=utf-8\n\nMy apps are attached.\n\n--m\nContent-Type: text/csv; name=\"apps.csv\"\nContent-Disposition: attachment; filename=\"apps.csv\"\nContent-Transfer-Encoding: base64\n\nTmFtZSxWZXJzaW9uClNsYWNrLDQuMzUKVGlrVG9rLDMyLjEK\n\n--m--\n";
    assert_tiktok_reported(csv, true);
}

/// A thread's hidden replies in the widget's other languages (`2 Antworten`, `Thread
/// anzeigen`, `2 réponses`, `Afficher le fil`, `Ver hilo`, `3 respuestas`): more of the
/// conversation, not here.
#[test]
fn a_threads_hidden_replies_in_other_languages_say_the_list_is_not_whole() {
    for tail in [
        "2 Antworten",
        "Thread anzeigen",
        "1 Antwort",
        "2 réponses",
        "Afficher le fil",
        "Voir le fil",
        "Ver hilo",
        "3 respuestas",
        "1 respuesta",
    ] {
        assert_not_whole(&format!("Slack\nZoom\n{tail}\n"));
    }
}

/// A name inside a longer one on its line (`抖音短视频`, Douyin's full name) is asked
/// about on that line, once: never on the line above it as if the two lines were one
/// word broken across them (`Outlook` and `抖音短视频` joined hold `抖音`). Words that are
/// broken across lines are still joined.
#[test]
fn a_name_inside_a_longer_one_is_asked_about_on_its_own_line() {
    // (The US policy names Douyin, TikTok's Chinese edition.)
    let us = |list: &str| {
        check_against(
            "us-no-tiktok-on-government-devices",
            serde_json::json!({"device": "phone", "ownership": "company"}),
            "2023-03-01T12:00:00Z",
            list,
        )
    };
    let report = us("Slack\nZoom\nOutlook\n抖音短视频\n");
    let asked: Vec<(usize, &str)> = questions_of(&report)
        .iter()
        .map(|f| (f.line, f.input.as_str()))
        .collect();
    assert_eq!(asked, [(4, "抖音短视频")], "{:#?}", report.findings);
    let report = us("Slack\n抖音短视频\nZoom\n");
    let asked: Vec<usize> = questions_of(&report).iter().map(|f| f.line).collect();
    assert_eq!(asked, [2], "{:#?}", report.findings);
    assert_tiktok_reported("Slack\nTik-\nTok\nZoom\n", false);
}

/// Each of `lists` is never "nothing to do"; all that are, named at once.
#[track_caller]
fn assert_none_reassures(lists: &[&str]) {
    none_reassure_by(check, lists);
}

/// Each of `lists`, checked by `check`, is never "nothing to do"; all that are, named at once.
#[track_caller]
fn none_reassure_by(check: fn(&str) -> Report, lists: &[&str]) {
    let reassuring: Vec<&str> = lists
        .iter()
        .copied()
        .filter(|list| matches!(check(list).overall.answer, Answer::NothingToDo | Answer::Advice))
        .collect();
    assert!(reassuring.is_empty(), "answered nothing to do: {reassuring:#?}");
}

/// A list that says the rest is in another message, or that it is a later part of one
/// (`(the rest in the next email)`, `here's the rest:`, `continued from previous
/// message`, `Page 2 of 2` alone), in the languages people write them in: not whole.
#[test]
fn a_list_in_parts_says_so_in_many_languages() {
    assert_none_reassures(&[
        "Slack\nZoom\nOutlook\n(the rest in the next email)\n",
        "Slack\nZoom\nOutlook\nmore in my next message\n",
        "Slack\nZoom\nOutlook\nReszta w następnym mailu\n",
        "Hi, here are the apps on my work phone (first part, rest in next mail):\nSlack\nZoom\nOutlook\n",
        "here's the rest:\nSlack\nZoom\nOutlook\n",
        "continued from previous message\nSlack\nZoom\nOutlook\n",
        "Outlook\nTeams\nPage 2 of 2\n",
        "Slack\nZoom\nOutlook\nRest folgt\n",
        "Slack\nZoom\nOutlook\nLe reste suit\n",
        "Slack\nZoom\nOutlook\nEl resto en el siguiente correo\n",
        "Slack\nZoom\nOutlook\nDe rest volgt\n",
        "Slack\nZoom\nOutlook\nO resto no próximo e-mail\n",
        "rest of the list:\nSlack\nZoom\nOutlook\n",
        "Part 2 of 2:\nSlack\nZoom\nOutlook\n",
        "Seite 2 von 2\nSlack\nZoom\nOutlook\n",
        "Página 2 de 2\nSlack\nZoom\nOutlook\n",
    ]);
    // Every page there, or one page of one, is whole.
    assert_nothing_to_do("Page 1 of 2\nSlack\nZoom\nPage 2 of 2\nOutlook\n");
    assert_nothing_to_do("Slack\nZoom\nPage 1 of 1\n");
}

/// "…and 30 more", "and so on", "among others" in more of the languages people write:
/// Polish, Portuguese, Dutch, Italian, the Nordic languages, Czech, Hungarian, Turkish,
/// Indonesian, Chinese and Japanese.
#[test]
fn a_list_that_goes_on_says_so_in_more_languages() {
    assert_none_reassures(&[
        "Mam zainstalowane: Slack, Zoom, Outlook i 30 innych.\n",
        "Tenho instalado: Slack, Zoom, Outlook e mais 30 apps.\n",
        "Slack, Zoom, Outlook, entre outros.\n",
        "Slack\nZoom\nOutlook\nen nog 30\n",
        "Slack\nZoom\nOutlook\nen zo verder\n",
        "Ho installato Slack, Zoom, Outlook e così via.\n",
        "Slack, Zoom, Outlook itp.\n",
        "Slack, Zoom, Outlook i jeszcze 30\n",
        "Slack, Zoom, Outlook e outros\n",
        "Slack, Zoom, Outlook i tak dalej\n",
        "Slack, Zoom, Outlook og 30 andre\n",
        "Slack, Zoom, Outlook osv.\n",
        "Slack, Zoom, Outlook m.fl.\n",
        "Slack, Zoom, Outlook jne.\n",
        "Slack, Zoom, Outlook atd.\n",
        "Slack, Zoom, Outlook stb.\n",
        "Slack, Zoom, Outlook vb.\n",
        "Slack, Zoom, Outlook dll.\n",
        "Slack、Zoom、Outlook等\n",
        "Slack、Zoom、Outlook 他30件\n",
    ]);
}

/// Vague words for the rest in English (`and some social media`, `the rest are games`,
/// `+30 games`, `that's what I can see on the first screen`, `That's all I remember`).
#[test]
fn vague_words_for_the_rest_are_not_whole() {
    assert_none_reassures(&[
        "Slack, Zoom, Outlook and some social media\n",
        "Slack, Zoom, Outlook and the preinstalled Samsung apps\n",
        "Slack, Zoom, Outlook (that's what I can see on the first screen)\n",
        "Slack, Zoom, Outlook — the rest are games\n",
        "Slack\nZoom\nOutlook\n+30 games\n",
        "Slack, Zoom, Outlook. That's all I remember\n",
    ]);
}

/// A chat's placeholder for a picture or a file in the languages WhatsApp writes it
/// (`IMG-….jpg (file attached)`, `<Multimedia omitido>`, `<Mídia oculta>`, `imagen
/// omitida`, `Bild weggelassen`), and a file named alone or as an attachment
/// (`installed-apps.csv`, `Apps.xlsx (12 KB)`, `Anlagen: Apps.xlsx`, Outlook's
/// `Attachments:` header): the list stands elsewhere.
#[test]
fn a_picture_or_a_file_in_its_place_in_more_languages() {
    assert_none_reassures(&[
        "10/01/2024, 10:01 - Ana: my apps:\n10/01/2024, 10:01 - Ana: Slack\n10/01/2024, 10:01 - Ana: Zoom\n10/01/2024, 10:02 - Ana: IMG-20240110-WA0003.jpg (file attached)\n",
        "10/01/2024, 10:01 - Ana: Slack\n10/01/2024, 10:01 - Ana: Zoom\n10/01/2024, 10:02 - Ana: <Multimedia omitido>\n",
        "10/01/2024, 10:01 - Ana: Slack\n10/01/2024, 10:01 - Ana: Zoom\n10/01/2024, 10:02 - Ana: <Mídia oculta>\n",
        "10/01/2024, 10:01 - Ana: Slack\n10/01/2024, 10:01 - Ana: Zoom\n10/01/2024, 10:02 - Ana: <Multimedia pominięte>\n",
        "10/01/2024, 10:01 - Ana: Slack\n10/01/2024, 10:01 - Ana: Zoom\n10/01/2024, 10:02 - Ana: IMG-20240110-WA0003.jpg (arquivo anexado)\n",
        "[10/01/2024, 10:01:10] Ana: Slack\n[10/01/2024, 10:01:12] Ana: Zoom\n[10/01/2024, 10:02:00] Ana: \u{200e}imagen omitida\n",
        "[10/01/2024, 10:01:10] Ana: Slack\n[10/01/2024, 10:02:00] Ana: \u{200e}Bild weggelassen\n",
        "[10/01/2024, 10:01:10] Ana: Slack\n[10/01/2024, 10:02:00] Ana: \u{200e}immagine omessa\n",
        "[10/01/2024, 10:01:10] Ana: Slack\n[10/01/2024, 10:02:00] Ana: \u{200e}documento omitido\n",
        "From: John Doe <john.doe@agency.example>\nSent: Wednesday, January 10, 2024 10:01 AM\nTo: Service Desk <servicedesk@agency.example>\nSubject: RE: App inventory\nAttachments: apps_page2.xlsx\n\nHi, here are the apps on my work phone:\nSlack\nZoom\nOutlook\n",
        "Slack\nZoom\nOutlook\ninstalled-apps.csv\n",
        "Slack\nZoom\nOutlook\nApps.xlsx (12 KB)\n",
        "Slack\nZoom\nOutlook\nAnlagen: Apps.xlsx\n",
        "Slack\nZoom\nOutlook\napps.txt\n",
        "Slack\nZoom\nOutlook\nZałączniki: apps.docx\n",
        "Slack\nZoom\nOutlook\n📎 apps.xlsx\n",
    ]);
}

/// A command that keeps only part of what it lists (`| head -20`) behind any prompt or
/// none, and a pager's or a broken pipe's last line: not whole.
#[test]
fn a_cut_command_behind_any_prompt_is_not_whole() {
    let packages: String = (1..=20).map(|i| format!("package:com.example.app{i}\n")).collect();
    let lists: Vec<String> = ["MacBook-Pro:~ jdoe$ ", "➜  ~ ", "", "PS> ", "> ", "❯ ", "sh-3.2$ "]
        .iter()
        .map(|prompt| format!("{prompt}adb shell pm list packages -3 | head -20\n{packages}"))
        .collect();
    let mut all: Vec<&str> = lists.iter().map(String::as_str).collect();
    all.push("package:com.whatsapp\npackage:com.slack\npackage:com.microsoft.teams\nlines 1-50/130 49%\n");
    all.push("package:com.whatsapp\npackage:com.slack\npackage:com.microsoft.teams\nwrite failed: Broken pipe\n");
    assert_none_reassures(&all);
}

/// A list copied from a searched or filtered view (`Search: zoom`, `1 filter applied`,
/// `Filtered by: Publisher = Microsoft`, `Managed apps only`): not every app.
#[test]
fn a_filtered_view_is_not_whole() {
    assert_none_reassures(&[
        "Search: zoom\nSlack\nZoom\nOutlook\n",
        "Slack\nZoom\nOutlook\n1 filter applied\n",
        "Filtered by: Publisher = Microsoft\nOutlook\nTeams\nAuthenticator\n",
        "Filter applied\nOutlook\nTeams\n",
        "Managed apps only\nOutlook\nTeams\n",
        "Work profile apps only\nOutlook\nTeams\n",
    ]);
}

/// Names with a filter or a search in them are names: a list of them is whole.
#[test]
fn names_with_filters_in_them_are_names() {
    assert_nothing_to_do("Blue Light Filter\nSnap Filters\nFilter Camera\nSearch Engine\nSlack\n");
    // Names and filters that keep everything (the review's cases).
    for text in [
        "Installed apps\nFilter: None\nSlack\nZoom\n",
        "Filters: none\nSlack\n",
        "Filter: Off\nSlack\n",
        "0 filters applied\nSlack\n",
        "Search: (empty)\nSlack\n",
        "Filter Camera: Photo Effects\nFiltered Photos\nClear Filter\n3 Filter Cam\nSlack\n",
    ] {
        assert_nothing_to_do(text);
    }
    assert_nothing_to_do("Slack\nZoom\nOnly\n");
}

/// A store's link wrapped by Proofpoint's URL Defense v2 (`-3A` for `:`, `_` for `/`, as
/// mail gateways rewrite links in a forwarded list) is the app it links to, as a link
/// wrapped by Outlook's Safe Links or URL Defense v3 is.
#[test]
fn a_link_wrapped_by_url_defense_v2_is_its_app() {
    for wrapped in [
        "https-3A__play.google.com_store_apps_details-3Fid-3Dcom.ss.android.ugc.trill",
        "https-3A__play.google.com_store_apps_details-3Fid-3Dcom.zhiliaoapp.musically",
    ] {
        assert_tiktok_reported(
            &format!("Slack\nhttps://urldefense.proofpoint.com/v2/url?u={wrapped}&d=DwMFaQ&c=abc&r=x&m=y&s=z&e=\n"),
            true,
        );
    }
    // The rest of the line is still read, decoded (the review's case).
    assert_tiktok_reported(
        "Slack\n%54ik%54ok https://urldefense.proofpoint.com/v2/url?u=https-3A__www.example.com&d=x\nZoom\n",
        false,
    );
}

/// An export cut off in its last row, after the name: a quoted cell never closed. More
/// rows followed.
#[test]
fn a_table_cut_in_its_last_row_is_not_whole() {
    assert_none_reassures(&[
        "Device,App,Version\nPC1,Slack,4.1\nPC1,Zoom,5.1\nPC1,\"Outlook\n",
        "\"Device\",\"App\",\"Version\"\n\"PC1\",\"Slack\",\"4.1\"\n\"PC1\",\"Zoom\",\"5.1\"\n\"PC1\",\"Outlook\",\"16",
    ]);
    // A short last row is a tool's own (an app without a version; the review's cases),
    // and a quote inside a cell is an inch's mark.
    assert_nothing_to_do("Device,App,Version\nPC1,Slack,4.1\nPC1,Zoom,5.1\nPC1,Outlook\n");
    assert_nothing_to_do("App name,Version,Notes\nSlack,4.36,\nZoom,5.17,work\nOutlook,1.2");
    assert_nothing_to_do("App,Size\nSlack,3 MB\nMonitor Tool 27\",3 MB\nZoom,5 MB\n");
    assert_nothing_to_do("Device,App,Version\nPC1,Slack,4.1\nPC1,Zoom,5.1\nPC1,Outlook,16.0\n");
    assert_nothing_to_do("App,Version\nSlack,4.1\nZoom\nOutlook,16.0\n");
}

/// A message's body in base64 copied without its headers (one line, or lines broken at
/// 76 as encoders write them) is read as what it encodes; a list of long names is not.
#[test]
fn a_base64_body_without_headers_is_read_decoded() {
    // "Slack\r\nZoom\r\nTikTok\r\nOutlook\r\n"
    assert_tiktok_reported("U2xhY2sNClpvb20NClRpa1Rvaw0KT3V0bG9vaw0K\n", true);
    let body: String = (1..=30).map(|i| format!("App number {i:02}\r\n")).collect::<String>() + "TikTok\r\n";
    let encoded = base64_encode(body.as_bytes());
    let wrapped: Vec<&str> = encoded
        .as_bytes()
        .chunks(76)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect();
    assert_tiktok_reported(&(wrapped.join("\n") + "\n"), true);
    assert_nothing_to_do("Slack\nMicrosoftAuthenticator2024\nZoom\n");
}

/// Base64 as RFC 4648 writes it, for the tests.
fn base64_encode(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A second red-team round's shapes, each a sign that part of the list is not here,
/// which had been read as one more app: Outlook's text for a picture (its automatic
/// alt text, `[Image removed by sender.]`), WhatsApp's attachment after its invisible
/// mark, a chat's or a ticket's picture (`[图片]`, Jira's `!screenshot-1.png|thumbnail!`,
/// `You sent a photo.`, `(Image)`, `📷 Photo`), a tool's or a person's cut (`[Truncated]`,
/// `<snip>`, `Output truncated …`, `I only copied the first screen`), the rest of the
/// list in Polish, Portuguese and Chinese, and a spreadsheet's error in a table's name
/// column.
#[test]
fn a_second_rounds_signs_of_a_list_not_all_here() {
    assert_none_reassures(&[
        "Hi, here are my apps:\nSlack\nZoom\nOutlook\n[A screenshot of a phone Description automatically generated]\n",
        "Slack\nZoom\nOutlook\n[Graphical user interface, text, application Description automatically generated]\n",
        "Slack\nZoom\nOutlook\n[Image removed by sender.]\n",
        "[11/03/2024, 10:12:01] Jane Doe: Slack\n[11/03/2024, 10:12:04] Jane Doe: \u{200e}<attached: 00000012-PHOTO-2024-03-11-10-12-04.jpg>\n",
        "Slack\nZoom\n[图片]\nOutlook\n",
        "Slack\nZoom\n!screenshot-1.png|thumbnail!\nOutlook\n",
        "Slack\nZoom\nYou sent a photo.\nOutlook\n",
        "Slack\nZoom\n(Image)\nOutlook\n",
        "Slack\nZoom\n📷 Photo\nOutlook\n",
        "Slack\nZoom\n[Truncated]\nOutlook\n",
        "Slack\nZoom\n<snip>\nOutlook\n",
        "Streaming output truncated to the last 5000 lines.\npackage:com.slack\npackage:us.zoom.videomeetings\n",
        "Slack\nZoom\nOutlook\nI only copied the first screen\n",
        "Slack\nZoom\nOutlook\nThere are more but they're just games\n",
        "Slack\nZoom\ni kilka gier\n",
        "Slack\nZoom\ne mais alguns jogos\n",
        "微信\n支付宝\n其他的就不列了\n",
        "App Name\tVersion\nSlack\t4.36\n#N/A\t31.8\nZoom\t5.17\n",
    ]);
}

/// A count of the apps over a typed list that it does not reach (`Installed apps: 47`,
/// `Toutes les applis (47)`, `所有应用 (47)`), a query's count under its rows (`(57
/// rows)`, `3 of 57 selected`), a part marker in a chat's message (`(1/2) Slack, Zoom`)
/// and an ellipsis after a series of names at the end of a typed list (`Slack, Zoom,
/// Outlook…`): not whole. (A label alone cut by a launcher, `Mobile Lege…`, is a name.)
#[test]
fn counts_parts_and_a_last_ellipsis_say_the_list_is_not_whole() {
    assert_none_reassures(&[
        "Installed apps: 47\nSlack\nZoom\nOutlook\n",
        "Toutes les applis (47)\nSlack\nZoom\nOutlook\n",
        "所有应用 (47)\nSlack\nZoom\nOutlook\n",
        " id |  app_name  | version\n----+------------+---------\n  1 | Slack      | 23.10\n  2 | Zoom       | 5.16\n(57 rows)\n",
        "Slack\nZoom\nOutlook\n\n3 of 57 selected\n",
        "(1/2) Slack, Zoom, Outlook\n",
        "I have Slack, Zoom, Outlook...\n",
        "Slack, Zoom, Outlook…\n",
    ]);
    assert_nothing_to_do("Installed apps: 3\nSlack\nZoom\nOutlook\n");
    assert_nothing_to_do(" id |  app_name  | version\n----+------------+---------\n  1 | Slack      | 23.10\n  2 | Zoom       | 5.16\n(2 rows)\n");
}

/// A numbered list that starts past 1 or skips numbers (`12. Slack`, `13. Zoom`; `1.`,
/// `2.`, `5.`): the lines it counted past are not here.
#[test]
fn a_numbered_list_that_starts_late_or_skips_is_not_whole() {
    assert_none_reassures(&[
        "12. Slack\n13. Zoom\n14. Outlook\n",
        "1. Slack\n2. Zoom\n5. Outlook\n6. Teams\n",
    ]);
    assert_nothing_to_do("1. Slack\n2. Zoom\n3. Outlook\n");
    assert_nothing_to_do("0. Slack\n1. Zoom\n2. Outlook\n");
}

/// A chat message's part marker before its names: all the parts here is whole, and the
/// marker is no part of the first name.
#[test]
fn leading_part_markers_are_whole_when_every_part_is_here() {
    let report = check("(1/2) Slack, Zoom\n(2/2) Outlook\n");
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.findings);
    let inputs: Vec<&str> = report.findings.iter().map(|f| f.input.as_str()).collect();
    assert_eq!(inputs, ["Slack", "Zoom", "Outlook"]);
    assert_tiktok_reported("[1/2] TikTok\n", true);
}

/// A message in a character set other than UTF-8 and the Western code pages
/// (`windows-1251`, `koi8-r`, `iso-8859-7`, `gb2312`): its lines beyond ASCII are not read as
/// Windows-1252 (`ÂÊîíòàêòå` for ВКонтакте), but as lines not read. Its ASCII lines, and a
/// Western message's accents, are read as before.
#[test]
fn a_message_in_a_character_set_not_read_is_not_read_as_western() {
    for source in [
        // ВКонтакте in windows-1251, quoted-printable and base64 ("Slack\nВКонтакте\n").
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=windows-1251\nContent-Transfer-Encoding: quoted-printable\n\nSlack\n=C2=CA=EE=ED=F2=E0=EA=F2=E5\n",
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"koi8-r\"\nContent-Transfer-Encoding: quoted-printable\n\nSlack\n=F7=EB=CF=CE=D4=C1=CB=D4=C5\n",
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=windows-1251\nContent-Transfer-Encoding: base64\n\nU2xhY2sKwsru7fLg6vLlCg==\n",
    ] {
        assert_not_whole(source);
    }
    // The same bytes in the file of an email sent in 8 bits: refused (a word in another
    // script), or read as a message with a line not read. And a short word (`ВК`) that
    // the file's reader takes for Western letters, in a part that says its set.
    let file = b"MIME-Version: 1.0\nContent-Type: text/plain; charset=windows-1251\nContent-Transfer-Encoding: 8bit\n\nSlack\nMicrosoft Teams\nOutlook\n\xc2\xca\xee\xed\xf2\xe0\xea\xf2\xe5\n";
    if let Ok(text) = appcheck::list::decode(file) {
        assert_not_whole(&text);
    }
    let file = b"MIME-Version: 1.0\nContent-Type: text/plain; charset=windows-1251\nContent-Transfer-Encoding: 8bit\n\nSlack\nMicrosoft Teams\nOutlook\n\xc2\xca\n";
    assert_not_whole(&appcheck::list::decode(file).expect("an email's file is read"));
    // A declared character set with ASCII alone in it is read; Latin-1 and UTF-8 as before.
    assert_nothing_to_do(
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=windows-1251\nContent-Transfer-Encoding: quoted-printable\n\nSlack\nZoom\n",
    );
    assert_nothing_to_do(
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=iso-8859-15\nContent-Transfer-Encoding: quoted-printable\n\nSlack\nZoom\nCaf=E9 Finder\n",
    );
    assert_tiktok_reported(
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=windows-1251\nContent-Transfer-Encoding: quoted-printable\n\nSlack\nTikTok\n",
        true,
    );
}

/// A file in a Cyrillic, Greek or Hebrew code page (Notepad's "ANSI" there) among ASCII
/// names: its words are runs of bytes that Windows-1252 would make accented letters
/// (`ÂÊîíòàêòå`), which no Western word is; refused, never read as those letters. Western
/// accents, alone or two together (`Größe`, `AÇÃO`), are read as Windows-1252.
#[test]
fn a_file_in_another_single_byte_code_page_is_refused() {
    for bytes in [
        // ВКонтакте (windows-1251), Τηλέγραμμα (windows-1253), טלגרם (windows-1255).
        &b"Slack\nMicrosoft Teams\nOutlook Mobile\nGoogle Chrome\n\xc2\xca\xee\xed\xf2\xe0\xea\xf2\xe5\n"[..],
        &b"Slack\nMicrosoft Teams\nOutlook Mobile\nGoogle Chrome\n\xd4\xe7\xeb\xdd\xe3\xf1\xe1\xec\xec\xe1\n"[..],
        &b"Slack\nMicrosoft Teams\nOutlook Mobile\nGoogle Chrome\n\xe8\xec\xe2\xf8\xed\n"[..],
    ] {
        assert!(
            appcheck::list::decode(bytes).is_err(),
            "{:?}",
            appcheck::list::decode(bytes)
        );
    }
    for (bytes, name) in [
        (&b"Slack\nGr\xf6\xdfe Liste\n"[..], "Größe Liste"),
        (&b"Slack\nA\xc7\xc3O Mobile\n"[..], "AÇÃO Mobile"),
        (&b"Slack\nCaf\xe9 Finder\n"[..], "Café Finder"),
    ] {
        let text = appcheck::list::decode(bytes).expect("Windows-1252 is read");
        assert!(text.contains(name), "{text:?}");
    }
}

/// What a tool prints when it fails, in the shapes of its kind rather than its words
/// alone: an error code (`0x8a15000f : …`), an exception and its stack frames, a shell's
/// complaint after a path (`/system/bin/sh: pm: …`), a status marker (`[ !! ]`, `- waiting
/// for device -`), a log line's time and process (`… ios-deploy[67444:700139] …`), a
/// sentence that an error occurred or a step failed. No list, never "nothing to do".
#[test]
fn a_tools_failure_is_never_a_list() {
    assert_none_reassures(&[
        "Failed to open the source; try the 'source reset' command if the problem persists.\nAn unexpected error occurred while executing the command:\n0x8a15000f : Data required by the source is missing\n",
        "Fehler beim Durchsuchen der Quelle: winget\nUnerwarteter Fehler beim Ausführen des Befehls:\n0x8a15000f : Data required by the source is missing\n",
        "Failed when opening source(s); try the 'source reset' command if the problem persists.\nAn unexpected error occurred while executing the command:\n0x8a15000f : Data required by the source is missing\n",
        "Failed in attempting to update the source: winget\nAn unexpected error occurred while executing the command:\nDownload request status is not success.\n0x80190194 : Not found (404).\n",
        "Exception occurred while executing 'list':\njava.lang.SecurityException: Shell does not have permission to access user 10\n\tat com.android.server.am.UserController.handleIncomingUser(UserController.java:2623)\n\tat com.android.server.pm.PackageManagerShellCommand.runListPackages(PackageManagerShellCommand.java:812)\n",
        "java.lang.IllegalStateException: Could not access the package manager\n",
        "cmd: Can't find service: package\n",
        "/system/bin/sh: pm: inaccessible or not found\n",
        "- waiting for device -\n",
        "[....] Waiting up to 5 seconds for iOS device to be connected\n2024-05-01 10:00:05.123 ios-deploy[67444:700139] [ !! ] Timed out waiting for device.\n",
        "No Instance(s) Available.\r\r\n",
        "Node - DESKTOP-1\r\nERROR:\r\nDescription = Access denied\r\n",
        // After apps: the list stopped where the tool failed.
        "package:com.slack\nException occurred while executing 'list':\njava.lang.NullPointerException\n\tat android.os.Parcel.readException(Parcel.java:2013)\n",
        "Slack\nZoom\nAn unexpected error occurred while executing the command:\n",
    ]);
    // A status line before the list is the tool's, not a note: the list is whole.
    for text in [
        "* daemon not running; starting now at tcp:5037\n* daemon started successfully\npackage:com.android.chrome\npackage:com.google.android.gm\n",
        "[....] Waiting for iOS device to be connected\n[....] Using 00008030-001A2D3E0C38802E (N104AP, iPhone 11, iphoneos, arm64e, 16.5, 20F66) a.k.a. 'Jane iPhone'.\ncom.apple.mobilesafari\ncom.slack.Slack\n",
    ] {
        assert_nothing_to_do(text);
    }
    assert_tiktok_reported(
        "[....] Waiting for iOS device to be connected\n[....] Using 00008030-001A2D3E0C38802E (N104AP, iPhone 11, iphoneos, arm64e, 16.5, 20F66) a.k.a. 'Jane iPhone'.\ncom.apple.mobilesafari\ncom.zhiliaoapp.musically\n",
        true,
    );
    // Names with such words are names.
    assert_nothing_to_do("Slack\nError Lens\nFailed Startup Podcast\nTimed Out Game\n");
}

/// A tool's output that stops inside its last row or record, the copy ending there (no
/// line break after it): a bracket or a quote opened and never closed (`[installed,lo`,
/// `Package [com.goo`), a table's last row with fewer columns than the row above it (a
/// winget row cut before its `Id`, an `ideviceinstaller` row before its version), a list
/// view's last record with fewer fields than the one before. More rows followed: never
/// "nothing to do". A whole last row without its line break is whole.
#[test]
fn a_tools_output_cut_in_its_last_row_is_not_whole() {
    let winget = "Name                                    Id                                       Version          Available Source\n-------------------------------------------------------------------------------------------------------------------------\nMicrosoft Edge                          Microsoft.Edge                           119.0.2151.97\nGit                                     Git.Git                                  2.42.0.2         2.43.0    winget\n";
    let record = |name: &str, version: &str| {
        format!("Name              : {name}\nPublisher         : CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US\nArchitecture      : X64\nVersion           : {version}\nPackageFullName   : {name}_{version}_x64__8wekyb3d8bbwe\nStatus            : Ok\n\n")
    };
    let appx = format!(
        "\n\n{}{}",
        record("Microsoft.WindowsCalculator", "11.2311.0.0"),
        record("Microsoft.Paint", "11.2310.0.0")
    );
    let dumpsys = "Packages:\n  Package [com.android.chrome] (a1b2c3d):\n    userId=10120\n    versionName=119.0.6045.163\n  Package [com.slack] (b2c3d4e):\n    userId=10245\n    versionName=23.10\n";
    let idevice = "CFBundleIdentifier, CFBundleShortVersionString, CFBundleDisplayName\ncom.apple.Pages, \"13.1\", \"Pages\"\ncom.google.chrome.ios, \"119.0\", \"Chrome\"\n";
    let apt = "Listing... Done\nadduser/jammy,now 3.118ubuntu5 all [installed,automatic]\n";
    let dpkg = "Desired=Unknown/Install/Remove/Purge/Hold\n| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend\n|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)\n||/ Name           Version      Architecture Description\n+++-==============-============-============-=================================\nii  adduser        3.118        all          add and remove users and groups\nii  slack-desktop  4.35.131     amd64        Slack Desktop\n";
    let cut = [
        format!("{winget}Zoom Workpl"),
        format!("{winget}Zoom Workplace                          Zoom.Zo"),
        format!(
            "{appx}Name              : Microsoft.WindowsNotepad\nPublisher         : CN=Microsoft Corporation, O=Micr"
        ),
        format!("{dumpsys}  Package [com.goo"),
        format!("{idevice}com.burbn.ins"),
        format!("{idevice}com.burbn.instagram, \"310.0\", \"Insta"),
        format!("{apt}zoom/now 5.16.10 amd64 [installed,lo"),
        format!("{dpkg}ii  zoo"),
        "Slack\nZoom\nTeams (work".to_owned(),
    ];
    assert_none_reassures(&cut.iter().map(String::as_str).collect::<Vec<_>>());
    // Whole, with or without the last line break.
    for text in [
        winget.to_owned(),
        winget.trim_end().to_owned(),
        appx.clone(),
        appx.trim_end().to_owned(),
        dumpsys.to_owned(),
        dumpsys.trim_end().to_owned(),
        idevice.trim_end().to_owned(),
        apt.trim_end().to_owned(),
        dpkg.trim_end().to_owned(),
        "Slack, Zoom, Teams\nOutlook".to_owned(),
        "Slack\nZoom :(".to_owned(),
    ] {
        let report = check(&text);
        assert_eq!(
            report.overall.answer,
            Answer::NothingToDo,
            "{text:?}: {:#?}",
            report.read_as
        );
    }
}

/// `choco list` always ends with its count (`3 packages installed.`): its banner
/// (`Chocolatey v2.2.2`) over packages without the count was cut. Chocolatey 1's advert
/// after the count is the tool's, not a note.
#[test]
fn a_chocolatey_list_without_its_count_is_not_whole() {
    assert_none_reassures(&["Chocolatey v2.2.2\n7zip 23.1.0\ngit 2.43.0\nchocolatey 2.2.2\n"]);
    assert_nothing_to_do("Chocolatey v2.2.2\n7zip 23.1.0\ngit 2.43.0\nchocolatey 2.2.2\n3 packages installed.\n");
    assert_nothing_to_do("Chocolatey v1.4.0\n7zip 23.1.0\ngit 2.43.0\n2 packages installed.\n\nDid you know Pro / Business automatically syncs with Programs and\n Features? Learn more about Package Synchronizer at\n https://chocolatey.org/compare\n");
    assert_nothing_to_do("Chocolatey v0.10.15\n7zip 23.1.0\ngit 2.43.0\n2 packages installed.\n\nEnjoy using Chocolatey? Explore more amazing features to take your\nexperience to the next level at\n https://chocolatey.org/compare\n");
    assert_nothing_to_do("Chocolatey v1.4.0\n7zip 23.1.0\n1 packages installed.\n\nDid you know Chocolatey goes to eleven? And it turns great developers /\n system admins into something amazing! Singlehandedly solve your\n organization's struggles with software management and save the day!\n https://chocolatey.org/compare\n");
    // A name under the count, with no advert's link after it, is read.
    assert_tiktok_reported("Chocolatey v1.4.0\n7zip 23.1.0\n1 packages installed.\nTikTok\n", true);
    // Without its banner (`choco list -r`, or a list typed so) there is no count to miss.
    assert_nothing_to_do("7zip 23.1.0\ngit 2.43.0\n");
}

/// A name cut short by a table (`Bytedan...`, PowerShell's `Format-Table`) that begins the
/// name of a publisher whose every app the policy covers: asked about, as a cut name that
/// begins an app's is.
#[test]
fn a_cut_name_that_begins_a_covered_publishers_is_asked_about() {
    for list in [
        "\nName                          Version        Publisher\n----                          -------        ---------\nMicrosoft.WindowsCalculator   11.2311.0.0    CN=Microsoft\nBytedan...                    1.0.57.0       CN=6E5D\n",
        "Slack\nByteDan…\n",
    ] {
        let report = check_publisher_rule(list, "company", &[]);
        assert!(
            !matches!(report.overall.answer, Answer::NothingToDo | Answer::Advice),
            "{list:?}: {:#?}",
            report.findings
        );
        assert!(
            report.findings.iter().any(|f| f.outcome == Outcome::PossibleMatch && f.input.starts_with("Byte")),
            "{list:?}: {:#?}",
            report.findings
        );
    }
    assert_eq!(
        check_publisher_rule("Slack\nBy...\n", "company", &[]).overall.answer,
        Answer::NothingToDo
    );
}

/// TikTok by its Microsoft Store product id (`9NH2GPH4JZS4`), as `winget list` gives a
/// Store app's id under any name, `winget export` gives it alone, and a store link does:
/// the published policies name it, so it is TikTok.
#[test]
fn tiktok_by_its_microsoft_store_id_is_tiktok() {
    let winget = "Name                                    Id                                       Version          Available Source\n-------------------------------------------------------------------------------------------------------------------------\nGit                                     Git.Git                                  2.42.0.2         2.43.0    winget\nVideos for Windows                      9NH2GPH4JZS4                             1.0.57.0                   msstore\n";
    let export = "{\n\t\"$schema\" : \"https://aka.ms/winget-packages.schema.2.0.json\",\n\t\"CreationDate\" : \"2024-01-02T10:00:00.000-00:00\",\n\t\"Sources\" : \n\t[\n\t\t{\n\t\t\t\"Packages\" : \n\t\t\t[\n\t\t\t\t{\n\t\t\t\t\t\"PackageIdentifier\" : \"Git.Git\"\n\t\t\t\t},\n\t\t\t\t{\n\t\t\t\t\t\"PackageIdentifier\" : \"9NH2GPH4JZS4\"\n\t\t\t\t}\n\t\t\t],\n\t\t\t\"SourceDetails\" : \n\t\t\t{\n\t\t\t\t\"Argument\" : \"https://storeedgefd.dsx.mp.microsoft.com/v9.0\",\n\t\t\t\t\"Identifier\" : \"StoreEdgeFD\",\n\t\t\t\t\"Name\" : \"msstore\",\n\t\t\t\t\"Type\" : \"Microsoft.Rest\"\n\t\t\t}\n\t\t}\n\t],\n\t\"WinGetVersion\" : \"1.6.3482\"\n}\n";
    for text in [
        winget,
        export,
        "Slack\nhttps://apps.microsoft.com/detail/9nh2gph4jzs4?hl=en-us&gl=US\n",
    ] {
        assert_tiktok_reported(text, true);
    }
}

/// `dpkg -l`'s row for a package it knows of but never installed (`un`, version and
/// architecture `<none>`) is that package, not installed: no app named `un  zoom`.
#[test]
fn a_dpkg_row_of_a_package_not_installed_is_that_package() {
    let text = "Desired=Unknown/Install/Remove/Purge/Hold\n| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend\n|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)\n||/ Name           Version      Architecture Description\n+++-==============-============-============-=================================\nii  adduser        3.118        all          add and remove users and groups\nun  zoom           <none>       <none>       (no description available)\n";
    let report = check(text);
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.findings);
    let inputs: Vec<&str> = report.findings.iter().map(|f| f.input.as_str()).collect();
    assert!(
        !inputs.iter().any(|i| i.contains("un ") || i.contains("description")),
        "{inputs:?}"
    );
}

/// `winget list` with its spinner and a source's warnings before its header (a corporate
/// network that blocks the store's source): the table read from its header, its rows
/// the apps, the warnings the tool's (the installed apps are all listed without the
/// source). Another failure before a table is a note.
#[test]
fn a_winget_table_after_its_source_warnings_is_read_as_the_table() {
    let table = "- \n   \\ \n\nFailed in attempting to update the source: winget\n- \n\nFailed when searching source; results will not be included: winget\nName                           Id                                                        Version\n--------------------------------------------------------------------------------------------------------\nGame Controller Tester         11032Reconco.XboxControllerTester_thvmwcgtjwwvy           1.7.26.0\nEyeTune                        13183Mancoast.EyeTune_k7gtqf3v1rgjm                       0.9.7.0\n";
    let report = check(table);
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.findings);
    let inputs: Vec<&str> = report.findings.iter().map(|f| f.input.as_str()).collect();
    assert_eq!(inputs, ["Game Controller Tester", "EyeTune"]);
    assert_tiktok_reported(
        &format!("{table}TikTok                         BytedancePte.Ltd.TikTok_6yccndn6064se                     1.0.57.0\n"),
        true,
    );
    assert_none_reassures(&[&table.replace(
        "Failed when searching source; results will not be included: winget",
        "An unexpected error occurred while executing the command:",
    )]);
}

/// The review's cases for this stop's rules: names, Western words and whole tool output
/// they must leave alone, and what they must still catch.
#[test]
fn this_stops_failure_and_cut_rules_leave_ordinary_lists_alone() {
    for text in [
        "Slack\nCannot Stop\nZoom\n",
        "Slack\nUnable to Sleep\n",
        "Slack\nfailed in love\n",
        "Slack\nMathError\n",
        "Slack\nSpotify :( keeps crashing",
        "Slack\n:-( none else",
        "Slack\nDell 27\" Monitor Manager",
        "Name,Version\nSlack,1.0\nDell 27\" Monitor,2.0",
        "CFBundleIdentifier, CFBundleVersion, CFBundleDisplayName\ncom.spotify.client, \"8.9.80.503\", \"Spotify\"\ncom.tencent.xin, \"8.0.51.31\", \"WeChat\"\ncom.example.internal.timesheet, \"com.example.internal.timesheet\"",
        "DisplayName : Microsoft.WindowsCalculator\nVersion : 11.2307.4.0\nArchitecture : neutral\nResourceId : ~\nPackageName : Microsoft.WindowsCalculator_2021.2307.4.0_neutral_~_8wekyb3d8bbwe\nRegions : \n\nThe operation completed successfully.",
        "Name                                  Id                                     Version            Available        Source\n------------------------------------------------------------------------------------------------------------------------\nSlack                                 SlackTechnologies.Slack                4.41.97            4.41.105         winget\nDell SupportAssist Remediation        ARP\\Machine\\X64\\{3F1E2D5C-8A4B-4C6D-9… 5.5.13.2",
        "Name                                  Id                                     Version            Available        Source\n------------------------------------------------------------------------------------------------------------------------\nSlack                                 SlackTechnologies.Slack                4.41.97            4.41.105         winget\nZoom Workplace (64-bit) - Installer (… Zoom.Zoom                              6.2.5.52163                         winget",
    ] {
        let report = check(text);
        assert_eq!(report.overall.answer, Answer::NothingToDo, "{text:?}: {:#?}", report.findings);
    }
    assert_none_reassures(&[
        "Slack\nZoom\n[...] and 40 more\n",
        "android.util.AndroidException: Cannot connect to package manager\n",
        "android.os.DeadSystemException\n",
    ]);
    for bytes in [
        &b"Slack\nZoom\n\xde\xdd\xd0ING\n"[..],
        b"Slack\nMicrosoft Teams\nS\xfc\xdf\xf6l Rezepte\nHelsinki p\xe4\xe4\xe4\xe4ni\n",
    ] {
        assert!(appcheck::list::decode(bytes).is_ok(), "{bytes:?}");
    }
}

/// A phone screen's words for more of the list, in the shapes a red team found missed:
/// Chinese and Japanese buttons and counts of the rest (`查看全部`, `还有12个`, `他12件`),
/// a count before its word in German, French, Spanish (`12 weitere Apps`, `12 aplicaciones
/// más`), Portuguese's `Ver tudo`, an ellipsis run onto the words (`…and more`, `...etc`),
/// a lone `⋯`, a screenshot's number (`Screenshot 1 of 2`, `截图 1/2`). Not whole.
#[test]
fn a_phone_screens_words_for_more_are_not_whole() {
    assert_none_reassures(&[
        "微信\n支付宝\n查看全部\n",
        "微信\n支付宝\n显示更多\n",
        "微信\n支付宝\n还有12个\n",
        "微信\n支付宝\n以及其他12个应用\n",
        "微信\n支付宝\n查看全部 45 個應用程式\n",
        "LINE\nGmail\n他12件\n",
        "Chrome\nGmail\n12 weitere Apps\n",
        "Chrome\nGmail\n12 autres applications\n",
        "Chrome\nGmail\n12 aplicaciones más\n",
        "Chrome\nGmail\nVer tudo\n",
        "Chrome\nGmail\nMaps\n…and more\n",
        "Chrome\nGmail\n...etc\n",
        "Chrome\nGmail\n⋯\n",
        "Screenshot 1 of 2\nChrome\nGmail\n",
        "截图 1/2\nChrome\nGmail\n",
    ]);
    // Names that hold such words are names.
    assert_nothing_to_do("Screenshot Easy\nChrome\n");
    assert_nothing_to_do("Chrome\nGmail\n12 Minutes\n");
}

/// A phone screen's count of its apps in Chinese, Japanese or Korean (`共 45 个应用`,
/// `已安装应用（45）`, `アプリ（45）`, `설치된 앱 45개`) over fewer names: not whole. The count
/// is the screen's, not an app, and a count the names meet is a whole list.
#[test]
fn a_count_of_apps_in_chinese_japanese_or_korean_is_the_lists_total() {
    us_none_reassures(&[
        "共 45 个应用\n微信\n支付宝\n钉钉\n",
        "共45个应用\n微信\n支付宝\n",
        "已安装应用（45）\n微信\n支付宝\n钉钉\n",
        "45 个应用\n微信\n支付宝\n",
        "全部应用 (45)\n微信\n支付宝\n",
        "應用程式（45）\n微信\n支付寶\n",
        "共 45 款应用\n微信\n支付宝\n",
        "アプリ（45）\nLINE\nGmail\n",
        "45 個のアプリ\nLINE\nGmail\n",
        "インストール済みのアプリ 45\nLINE\nGmail\n",
        "설치된 앱 45개\n카카오톡\nGmail\n",
        "微信\n支付宝\n共 ４５ 个应用\n",
    ]);
    for whole in [
        "共 2 个应用\n微信\n支付宝\n",
        "アプリ（2）\nLINE\nGmail\n",
        "微信\n支付宝\n钉钉\n共 3 个应用\n",
    ] {
        let report = check_us(whole);
        assert_eq!(
            report.overall.answer,
            Answer::NothingToDo,
            "{whole:?}: {:#?}",
            report.findings
        );
        assert_eq!(report.read_as.account.unread, 0, "{whole:?}: {:#?}", report.read_as);
        assert!(
            report
                .findings
                .iter()
                .all(|f| !f.input.contains('应') && !f.input.contains('ア')),
            "{whole:?}: the count read as an app"
        );
    }
    // A name that holds a number and an app's word is a name.
    assert_eq!(check_us("微信\n360手机助手\n").overall.answer, Answer::NothingToDo);
}

/// A name as a screenshot's text recognition reads it, with characters it confuses:
/// `0` for `o`, `1` or `l` for `i`, `rn` for `m` (`T1kT0k`, `Lernon8`). One typo is
/// already asked about; two such confusions must be too: asked, never passed.
#[test]
fn a_name_with_characters_text_recognition_confuses_is_asked_about() {
    for list in [
        "T1kT0k\nZoom\n",
        "TIKT0K\nZoom\n",
        "Slack\nT1KTOK\n",
        "TlkT0k\nSlack\n",
        "- T1kT0k 32.1.5\nZoom\n",
    ] {
        assert_tiktok_asked(list);
    }
    let report = check_us("Lernon8\nZoom\nSlack\n");
    let asked = questions_of(&report);
    assert_eq!(asked.len(), 1, "{:#?}", report.findings);
    assert!(asked.iter().all(|f| f.input == "Lernon8"), "{:#?}", report.findings);
    // Names with such characters that are no policy app's are left alone.
    assert_nothing_to_do("Zoom\nOffice 365\nTool 10\nModern Combat 5\nS0undCloud\n");
}

/// A copied screen whose first line is an app's detail (`450 MB`) with no name above it
/// — the app it belongs to was scrolled off the top — is not whole, where the screen
/// writes each detail under its name. A clock (the status bar's `9:41`) is no app's
/// detail, and a screen that writes each detail above its name is whole.
#[test]
fn a_screen_copied_from_below_an_apps_name_is_not_whole() {
    assert_none_reassures(&[
        "450 MB\nZoom\n1.2 GB\nSlack\n80 MB\nTeams\n300 MB\n",
        "25m\nZoom\n1h 10m\nSlack\n12m\n",
        "80 MB\nZoom\n845,3 MB\nSlack\n1,2 GB\n",
    ]);
    assert_nothing_to_do("9:41\nZoom\n120 MB\nSlack\n80 MB\n");
    // A screen's total over its apps is the screen's (a red team's false alarms): another
    // kind of value, or all of the apps' added up at least, or not right over an app.
    for whole in [
        "4 hr 12 min\nToday\nSlack\n2 hr 5 min\nZoom\n1 hr 3 min\n",
        "4h 12m\nSlack\n2h 5m\nZoom\n1h 3m\nOutlook\n45m\n",
        "85%\nSlack\n450 MB\nZoom\n120 MB\n",
        "45.2 GB\nSlack\n450 MB\nZoom\n120 MB\nOutlook\n80 MB\n",
        "3.2 GB\nApps\nSlack\n450 MB\nZoom\n120 MB\n",
    ] {
        assert_nothing_to_do(whole);
    }
    assert_nothing_to_do("450 MB\nZoom\n120 MB\nSlack\n");
    assert_nothing_to_do("Zoom\n120 MB\nSlack\n80 MB\n");
}

/// The report of `list` under the US government policy (which names apps in Chinese too),
/// on a company phone that reaches company email.
fn check_us(list: &str) -> Report {
    check_against(
        "us-no-tiktok-on-government-devices",
        serde_json::json!({"device": "phone", "ownership": "company"}),
        "2024-01-01T00:00:00Z",
        list,
    )
}

/// No list of `lists` is "nothing to do" under the US government policy ([`check_us`]).
#[track_caller]
fn us_none_reassures(lists: &[&str]) {
    none_reassure_by(check_us, lists);
}

/// A saved console page's words beside its table that say the table is part of the
/// list (a red team's shapes: DataTables' `Showing 1 to 10 of 57 entries`, a pager, `Load
/// more`, a count heading, `…and 45 more`, a pager in the table's footer), and Jamf's
/// `<size>` over fewer `<application>`s: not whole. A whole table, and a name with a
/// number and `Apps` in it, are.
#[test]
fn a_markup_documents_pager_or_count_beside_its_apps_is_not_whole() {
    let table = "<table><tr><th>Name</th><th>Version</th></tr><tr><td>Slack</td><td>4.38</td></tr><tr><td>Zoom</td><td>6.0</td></tr></table>";
    let cases: Vec<String> = [
        "<p>Page 1 of 4</p>",
        "<div class=\"dataTables_info\" id=\"apps_info\">Showing 1 to 10 of 57 entries</div>",
        "<button>Load more</button>",
        "<p>…and 45 more</p>",
    ]
    .iter()
    .map(|after| format!("<html><body>{table}{after}</body></html>"))
    .chain([
        format!("<html><body><h2>Installed apps (47)</h2>{table}</body></html>"),
        "<table><thead><tr><th>Name</th><th>Version</th></tr></thead><tbody><tr><td>Slack</td><td>4.38</td></tr><tr><td>Zoom</td><td>6.0.11</td></tr></tbody><tfoot><tr><td colspan=\"2\">Showing 1 to 2 of 47</td></tr></tfoot></table>".to_owned(),
        "<?xml version=\"1.0\"?>\n<mobile_device><applications><size>47</size>\n<application><application_name>Slack</application_name><identifier>com.tinyspeck.chatlyio</identifier></application>\n<application><application_name>WhatsApp</application_name><identifier>net.whatsapp.WhatsApp</identifier></application>\n</applications></mobile_device>\n".to_owned(),
    ])
    .collect();
    assert_none_reassures(&cases.iter().map(String::as_str).collect::<Vec<_>>());
    assert_nothing_to_do(&format!("<html><body><h2>Installed apps (2)</h2>{table}</body></html>"));
    assert_nothing_to_do("<table><tr><th>Name</th><th>Version</th></tr><tr><td>Microsoft 365 Apps for enterprise</td><td>16.0</td></tr><tr><td>Slack</td><td>4.3</td></tr></table>");
    assert_nothing_to_do("<ul><li>Microsoft 365 Apps</li><li>Slack</li></ul>");
    assert_nothing_to_do("<?xml version=\"1.0\"?>\n<mobile_device><applications><size>2</size>\n<application><application_name>Slack</application_name></application>\n<application><application_name>Zoom</application_name></application>\n</applications></mobile_device>\n");
}

/// Rows left out of a pasted table (a row of `...` where people shortened it) and a
/// spreadsheet's total row that counts more than the rows above it (an Excel table's
/// `Total`, a pivot table's `Grand Total`): not whole. A total the rows meet is the
/// table's structure, not an app.
#[test]
fn a_tables_left_out_rows_and_a_total_above_its_rows_are_not_whole() {
    assert_none_reassures(&[
        "Name                Version\n----                -------\nSlack               4.38\nZoom                6.0.11\n...\n",
        "Name                Version\n----                -------\nSlack               4.38\n...\nZoom                6.0.11\n",
        "Name                Version\n----                -------\nSlack               4.38\n…\nZoom                6.0.11\n",
        "Name,Version\nSlack,4.38\n...\nZoom,6.0.11\n",
        "Application\tVersion\tDevices\nSlack\t24.05.10.0\t1\nZoom\t6.0.11\t1\nTotal\t\t84\n",
        "Application,Version,Devices\nSlack,4.38,1\nZoom,6.0.11,1\nTotal,,84\n",
        "Application\tVersion\nSlack\t4.38\nZoom\t6.0.11\nTotal\t84\n",
        "Row Labels\tCount of ApplicationName\nSlack\t1\nZoom\t1\nGrand Total\t84\n",
    ]);
    for whole in [
        "Application\tVersion\tDevices\nSlack\t4.38\t3\nZoom\t6.0.11\t2\nTotal\t\t5\n",
        "Application,Version\nSlack,4.38\nZoom,6.0.11\nTotal,2\n",
    ] {
        let report = check(whole);
        assert_eq!(
            report.overall.answer,
            Answer::NothingToDo,
            "{whole:?}: {:#?}",
            report.findings
        );
        assert_eq!(report.read_as.entries, 2, "{whole:?}: {:#?}", report.read_as);
    }
}

/// What admin tools and people write that says only part of a list was copied (a red
/// team's shapes): PowerShell's paging prompt, a warning that more results are available,
/// a cmdlet asked for its first few (`-Top 3`), SQL's `LIMIT`, `2 of 84 records found`,
/// a CSV's comment `# 84 rows total`, Gmail's `Show trimmed content`, a heading that says
/// these are some of the apps. Not whole; the same words in a whole list's frame are not.
#[test]
fn an_admin_tools_or_a_persons_words_for_part_of_a_list_are_not_whole() {
    assert_none_reassures(&[
        "Name\n----\nSlack\nZoom\n<SPACE> next page; <CR> next line; Q quit\n",
        "PS C:\\> Get-AppxPackage | Select-Object Name\n\nName\n----\nSlack\nZoom\n\nWARNING: There are more results available than are currently displayed. To view them, increase the value for the ResultSize parameter.\n",
        "PS C:\\> Get-MgDeviceManagementDetectedApp -Top 3 | Select-Object DisplayName, Version\n\nDisplayName                 Version\n-----------                 -------\nSlack                       4.38.125\nZoom Workplace (64-bit)     6.0.11\nMicrosoft Edge              124.0.2478.80\n",
        "PS C:\\> Get-Package | Out-Host -Paging\n\nName                           Version\n----                           -------\nZoom Workplace (64-bit)        6.0.11\n7-Zip 23.01 (x64)              23.01\n",
        "sqlite> SELECT name FROM apps LIMIT 2;\nSlack\nZoom\n",
        "Application\tVersion\nSlack\t4.38\nZoom\t6.0.11\n2 of 84 records found\n",
        "Name,Version\nSlack,4.38\nZoom,6.0.11\n# 84 rows total\n",
        "Slack\nZoom\nMicrosoft Teams\nShow trimmed content\n",
        "Here are some of my apps:\nSlack\nZoom\nMicrosoft Teams\n",
        "The main ones are:\nSlack\nZoom\nMicrosoft Teams\n",
        "Here is what Intune shows for my laptop (first page):\n\nSlack\nZoom\nMicrosoft Teams\n",
    ]);
    for whole in [
        "Here are all my apps:\nSlack\nZoom\n",
        "Info Center\nSlack\nNote Taker\n",
        "Application\tVersion\nSlack\t4.38\nZoom\t6.0.11\n2 of 2 records found\n",
        "Name,Version\nSlack,4.38\nZoom,6.0.11\n# 2 rows total\n",
        "PS C:\\> Get-Package | Sort-Object Name\n\nName                           Version\n----                           -------\nZoom Workplace (64-bit)        6.0.11\n7-Zip 23.01 (x64)              23.01\n",
    ] {
        let report = check(whole);
        assert_eq!(report.overall.answer, Answer::NothingToDo, "{whole:?}: {:#?}", report.read_as);
    }
}

/// A second red team's round on this stop's rules: the shapes they missed (counts in
/// Chinese with other words, four-letter names misread, rows of ellipses in other
/// shapes, a total row among other rows, pagers in other languages, warnings and
/// limits in other wordings), and the whole lists they had wrongly refused (a total of
/// sizes or decimals, a pivot table's header, a page's other counts, a disk's size in a
/// Jamf record, a limit above the rows printed, a heading with `a few` in it).
#[test]
fn this_stops_rules_hold_against_a_second_red_team() {
    let table = "<table><thead><tr><th>Name</th><th>Version</th></tr></thead><tbody><tr><td>Slack</td><td>4.38</td></tr><tr><td>Zoom</td><td>5.17</td></tr></tbody></table>";
    let page = |div: &str| format!("<html><body>{table}<div>{div}</div></body></html>");
    let not_whole = [
        "Name      Version\nSlack     4.38\n...       ...\nZoom      5.17\n".to_owned(),
        "Name,Version\nSlack,4.38\n⋮\nZoom,5.17\n".to_owned(),
        "Name,Devices\nSlack,30\nZoom,20\nTotal,84\nGenerated by Intune\n".to_owned(),
        "Application\tVersion\nSlack\t4.38\nZoom\t6.0.11\nTotal general\t84\n".to_owned(),
        page("Affichage de l'élément 1 à 2 sur 57 éléments"),
        page("Mostrando registros del 1 al 2 de un total de 57 registros"),
        page("Resultaten 1 tot 2 van 57"),
        "<html><body><table><tr><th>Name</th></tr><tr><td>Slack</td></tr><tr><td>Zoom</td></tr><tr><td>47 apps</td></tr></table></body></html>".to_owned(),
        "Slack\nZoom\nOutlook\nWARNING: By default, only the first 1000 items are returned. Use the ResultSize parameter to specify the number of items returned.\n".to_owned(),
        "PS C:\\> Get-MgDeviceManagementDetectedApp -Top:3\n\nName\n----\nSlack\nZoom\nOutlook\n".to_owned(),
        "SQL> SELECT name FROM apps FETCH FIRST 3 ROWS ONLY;\nSlack\nZoom\nOutlook\n".to_owned(),
        "osquery> SELECT name FROM apps WHERE name LIKE '%o%';\nZoom\nOutlook\n".to_owned(),
        "Name,Version\nSlack,4.38\nZoom,5.17\n# Total: 84 rows\n".to_owned(),
        "Name,Version\nSlack,4.38\nZoom,5.17\n-- 84 rows returned\n".to_owned(),
        "Slack\nZoom\nOutlook\n3 von 84 Einträgen\n".to_owned(),
        "Slack\nZoom\nOutlook\n3 di 84 risultati\n".to_owned(),
        "Here are some of my apps\nSlack\nZoom\n".to_owned(),
        "Algumas das minhas apps:\nSlack\nZoom\n".to_owned(),
        "Slack\nZoom\nMostrar conteúdo cortado\n".to_owned(),
    ];
    assert_none_reassures(&not_whole.iter().map(String::as_str).collect::<Vec<_>>());
    us_none_reassures(&[
        "共有 45 个应用\n微信\n支付宝\n高德地图\n",
        "应用列表（45）\n微信\n支付宝\n",
        "共45款\n微信\n支付宝\n",
        "Slack\nD0la\nZoom\n",
        "Slack\nC1c1\nZoom\n",
    ]);
    let jamf = "<?xml version=\"1.0\"?>\n<computer>\n<hardware><storage><device><disk>disk0</disk><size>500277</size><partitions><partition><name>Macintosh HD</name><size>494384</size></partition></partitions></device></storage></hardware>\n<software><applications><size>2</size>\n<application><name>Slack.app</name><path>/Applications/Slack.app</path></application>\n<application><name>zoom.us.app</name><path>/Applications/zoom.us.app</path></application>\n</applications></software>\n</computer>\n";
    for whole in [
        "Name\tSize\nSlack\t450 MB\nZoom\t784 MB\nTotal\t1234\n".to_owned(),
        "Name;Größe (MB)\nSlack;450,5\nZoom;783,5\nSumme;1234\n".to_owned(),
        "Row Labels,Count of Device\nSlack,30\nZoom,54\nGrand Total,84\n".to_owned(),
        page("Storage: 64 of 128 GB used"),
        page("Step 2 of 3"),
        jamf.to_owned(),
        "sqlite> SELECT name FROM apps LIMIT 1000;\nSlack\nZoom\nOutlook\n".to_owned(),
        "PS C:\\> Get-StartApps | Select-Object -First 1000\n\nName\n----\nSlack\nZoom\nOutlook\n".to_owned(),
        "I only have a few apps:\nSlack\nZoom\nOutlook\n".to_owned(),
        "Can you check if some of these are banned:\nSlack\nZoom\n".to_owned(),
        "All apps (page 1 of 1):\nSlack\nZoom\n".to_owned(),
    ] {
        let report = check(&whole);
        assert_eq!(
            report.overall.answer,
            Answer::NothingToDo,
            "{whole:?}: {:#?}",
            report.read_as
        );
    }
}

/// A table drawn with borders, as osquery's shell prints a query by default and the
/// `mysql` client prints one: a `+---+` rule above and under the header and under the
/// last row (osquery's `devtools/printer.cpp`), or the same drawn with box-drawing
/// characters (SQLite's `.mode box`, DuckDB). Its rows are its apps, and a count under it
/// that the rows do not meet says it is cut.
#[test]
fn a_table_drawn_with_borders_is_read_by_its_columns() {
    let osquery = |app: &str| {
        format!(
            "osquery> SELECT name, bundle_short_version FROM apps;\n\
             +------------------+----------------------+\n\
             | name             | bundle_short_version |\n\
             +------------------+----------------------+\n\
             | Slack.app        | 4.36.140             |\n\
             | zoom.us.app      | 5.17.5               |\n\
             | {app:<16} | 32.1.0               |\n\
             +------------------+----------------------+\n\
             osquery> \n"
        )
    };
    // (A whole table of `apps` rows, read as a table: nothing to do.)
    let whole_table = |list: &str, apps: usize| {
        let whole = check(list);
        assert_eq!(
            whole.read_as.format,
            appcheck::list::Format::Table,
            "{:#?}",
            whole.read_as
        );
        assert_eq!(whole.read_as.entries, apps, "{:#?}", whole.findings);
        assert_eq!(whole.overall.answer, Answer::NothingToDo, "{:#?}", whole.read_as);
    };
    whole_table(&osquery("Notion.app"), 3);
    let report = assert_tiktok_reported(&osquery("TikTok.app"), true);
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);

    let mysql = |query: &str, count: usize| {
        format!(
            "mysql> SELECT name, version FROM {query};\n\
             +-----------+---------+\n| name      | version |\n+-----------+---------+\n\
             | Slack     | 4.36    |\n| Zoom      | 5.17    |\n| Notion    | 3.2     |\n\
             +-----------+---------+\n{count} rows in set (0.00 sec)\n"
        )
    };
    let whole = check(&mysql("installed_apps", 3));
    assert_eq!(whole.read_as.entries, 3, "{:#?}", whole.findings);
    assert_eq!(whole.overall.answer, Answer::NothingToDo, "{:#?}", whole.read_as);
    // (Its count under it says 4 rows: one is not here.)
    let cut = assert_not_whole(&mysql("installed_apps", 4));
    assert_eq!(cut.read_as.entries, 3, "{:#?}", cut.findings);
    // (A query with WHERE, on the client's next line, picks some rows: a note.)
    let cut = assert_not_whole(&mysql("glpi_softwares\n    -> WHERE name LIKE '%o%'", 3));
    assert_eq!(cut.read_as.entries, 3, "{:#?}", cut.findings);

    let boxed = |app: &str| {
        format!(
            "┌────────────┬─────────┐\n│    name    │ version │\n├────────────┼─────────┤\n\
             │ Slack      │ 4.36    │\n│ {app:<10} │ 32.1    │\n└────────────┴─────────┘\n"
        )
    };
    whole_table(&boxed("Notion"), 2);
    assert_tiktok_reported(&boxed("TikTok"), true);
}

/// Shapes the last stop's red teams found and it left (its note's "left alone"): a pager
/// whose arrows are HTML entities, a row of page numbers, a German count of more in a
/// page, psql's prompt, `TOP (3)`, Gmail's German `Show trimmed content`, headings that
/// say the apps below are some (`Apps include:`, `Mostly these:`), and two Chinese counts.
#[test]
fn the_last_stops_left_alone_shapes_are_not_whole() {
    let table = "<table><thead><tr><th>Name</th><th>Version</th></tr></thead><tbody><tr><td>Slack</td><td>4.38</td></tr><tr><td>Zoom</td><td>5.17</td></tr></tbody>";
    let cases = [
        format!("{table}<tfoot><tr><td colspan=\"2\">&laquo; Previous | Next &raquo;</td></tr></tfoot></table>"),
        format!("<html><body>{table}</table><div class=\"pager\">1 2 3 Next</div></body></html>"),
        format!("<html><body>{table}</table><p>…und 45 weitere</p></body></html>"),
        "appdb=# SELECT name FROM apps LIMIT 2;\n name\n-------\n Slack\n Zoom\n(2 rows)\n".to_owned(),
        "1> SELECT TOP (3) name FROM apps;\n2> GO\nname\n----\nSlack\nZoom\nOutlook\n\n(3 rows affected)\n".to_owned(),
        "Slack\nZoom\nOutlook\nGekürzten Inhalt anzeigen\n".to_owned(),
        "Apps include:\nSlack\nZoom\nOutlook\n".to_owned(),
        "Mostly these:\nSlack\nZoom\nOutlook\n".to_owned(),
        "Qualche app che uso:\nSlack\nZoom\nOutlook\n".to_owned(),
    ];
    assert_none_reassures(&cases.iter().map(String::as_str).collect::<Vec<_>>());
    us_none_reassures(&[
        "(45) 个应用\n微信\n支付宝\n高德地图\n",
        "显示 45 个应用中的 3 个\n微信\n支付宝\n高德地图\n",
    ]);
    for whole in [
        format!("{table}<tfoot><tr><td colspan=\"2\">2 apps</td></tr></tfoot></table>"),
        "appdb=# SELECT name FROM apps;\n name\n-------\n Slack\n Zoom\n(2 rows)\n".to_owned(),
        "1> SELECT TOP (100) name FROM apps;\n2> GO\nname\n----\nSlack\nZoom\nOutlook\n\n(3 rows affected)\n"
            .to_owned(),
        "My apps include Slack, Zoom and Outlook.\n".to_owned(),
    ] {
        let report = check(&whole);
        assert_eq!(
            report.overall.answer,
            Answer::NothingToDo,
            "{whole:?}: {:#?}",
            report.findings
        );
    }
}

/// A red team's lists that say, in words or by their shape, that they are not all the
/// apps: a screen's "see all" and a message's "read more" in other languages, a mail's
/// or a chat's notice that it was cut, a pager's percentage, a CSV's last row cut short,
/// a person's words for "and the rest", "among others", "e.g." and "etc." in other
/// languages, and headings over some of a phone's apps (recently used, most used, unused,
/// recently updated, suggestions, battery use). (Left: a CSV's last row with fewer cells,
/// which tools also write for optional cells; a search typed above its results; Polish
/// `i in.`; `je ne me souviens plus du reste` after names; `其余都是工作应用` alone.)
#[test]
fn a_second_red_teams_lists_that_say_they_are_not_all_are_not_whole() {
    us_none_reassures(&[
        "Apps\nRecent geopende apps\nWhatsApp\n2 min geleden\nOutlook\n14 min geleden\nMicrosoft Teams\n1 uur geleden\nAlle 87 apps bekijken\n",
        "WhatsApp\nOutlook\nMicrosoft Teams\nMehr lesen\n",
        "WhatsApp\nOutlook\nMicrosoft Teams\n展开全文\n",
        "WhatsApp\nOutlook\nMicrosoft Teams\n[Quoted text hidden]\n",
        "WhatsApp\nOutlook\nMicrosoft Teams\n\nThis message has been truncated.\n",
        "package:com.whatsapp\npackage:com.microsoft.office.outlook\npackage:com.microsoft.teams\n-- More (25%) --\n",
        "Apart from the usual stuff I have WhatsApp, Outlook and Teams\n",
        "WhatsApp\nOutlook\nTeams\n(the rest are work apps)\n",
        "WhatsApp\nOutlook\nTeams\nDer Rest sind Arbeits-Apps\n",
        "I only copied the first screen:\nWhatsApp\nOutlook\nTeams\n",
        "Ik heb WhatsApp, Outlook, Teams en nog wat spelletjes\n",
        "Ho WhatsApp, Outlook, Teams e qualche gioco\n",
        "微信、Outlook、Teams，还有几个游戏\n",
        "WhatsApp, Outlook, Teams en ga zo maar door\n",
        "WhatsApp, Outlook, Teams e assim por diante\n",
        "O.a. WhatsApp, Outlook en Teams\n",
        "Np. WhatsApp, Outlook, Teams\n",
        "比如 WhatsApp、Outlook、Teams\n",
        "WhatsApp, Outlook, Teams +12\n",
        "WhatsApp, Outlook, Teams u.v.m.\n",
        "Too many to list, but the main ones: WhatsApp, Outlook, Teams\n",
        "Just the ones I use: WhatsApp, Outlook, Teams\n",
        "WhatsApp, Outlook, Teams — off the top of my head\n",
        "WhatsApp, Outlook, Teams and whatever came preinstalled\n",
        "WhatsApp, Outlook, Teams, can't see the others without scrolling\n",
        "Not used in 3 months\nWhatsApp\nOutlook\nMicrosoft Teams\n",
        "Recently updated\nWhatsApp\nOutlook\nMicrosoft Teams\n",
        "Bildschirmzeit\nMEIST VERWENDET\nWhatsApp\nOutlook\nMicrosoft Teams\n",
        "Ostatnio używane\nWhatsApp\nOutlook\nMicrosoft Teams\n",
        "Battery usage since last full charge\nWhatsApp 12%\nOutlook 8%\nMicrosoft Teams 5%\n",
        "Suggestions\nWhatsApp\nOutlook\nMicrosoft Teams\n",
        "WhatsApp\nOutlook\nMicrosoft Teams\nSwipe up for more\n",
        "WhatsApp\nOutlook\nMicrosoft Teams\nAlles bekijken\n",
        "WhatsApp\nOutlook\nMicrosoft Teams\nLees meer\n",
        "WhatsApp\nOutlook\nMicrosoft Teams\nLer mais\n",
        "WhatsApp\nOutlook\nTeams\nDe rest zijn werk-apps\n",
        "WhatsApp\nOutlook\nTeams\nIl resto sono app di lavoro\n",
        "WhatsApp\nOutlook\nTeams\nO resto são apps de trabalho\n",
        "WhatsApp\nOutlook\nTeams\nReszta to aplikacje służbowe\n",
        "Onder andere WhatsApp, Outlook en Teams\n",
        "Tra le altre WhatsApp, Outlook e Teams\n",
        "Między innymi WhatsApp, Outlook i Teams\n",
        "Bijvoorbeeld WhatsApp, Outlook en Teams\n",
        "WhatsApp, Outlook, Teams o.ä.\n",
        "WhatsApp, Outlook, Teams e.d.\n",
        "WhatsApp, Outlook, Teams e.a.\n",
        "WhatsApp, Outlook, Teams e afins\n",
        "WhatsApp, Outlook, Teams. Weiß nicht mehr was noch drauf ist\n",
        "Unused apps\nWhatsApp\nOutlook\nMicrosoft Teams\n",
        "Schermtijd\nBekijk alle activiteit\nMEEST GEBRUIKT\nWhatsApp\nOutlook\nMicrosoft Teams\n",
        "Aktualizacje\nWhatsApp\nOutlook\nMicrosoft Teams\n",
        "Nicht verwendete Apps\nWhatsApp\nOutlook\nMicrosoft Teams\n",
        "最近使用\nWhatsApp\nOutlook\nMicrosoft Teams\n",
        "Usadas recientemente\nWhatsApp\nOutlook\nMicrosoft Teams\n",
        "Usati di recente\nWhatsApp\nOutlook\nMicrosoft Teams\n",
        "Recent gebruikt\nWhatsApp\nOutlook\nMicrosoft Teams\n",
        "Usados recentemente\nWhatsApp\nOutlook\nMicrosoft Teams\n",
    ]);
}

/// ByteDance's apps a red team named that the US policy did not (今日头条, Gauth): the
/// policy covers every ByteDance app, but one known only by its name cannot be
/// recognised unless the policy lists it, so it now does.
#[test]
fn bytedances_toutiao_and_gauth_are_named_by_the_us_policy() {
    us_none_reassures(&[
        "WhatsApp\n今日头条\nOutlook\n",
        "WhatsApp\nGauth: AI Study Companion\nOutlook\n",
        "WhatsApp\nToutiao\nOutlook\n",
    ]);
}

/// A red team's whole, innocent lists that this stop's rules had refused (a third round,
/// on false alarms): words for "some" in a sentence that says the list is all of them or
/// is about something else, names in title case with a word for "show" or "more", a
/// section of a whole list under its heading, "the rest" followed by the rest, a remark
/// that says there are no others, a pager of one page, a query for one device's rows.
/// (Left: `it only has the main apps:`; `not from memory` and `I checked the first screen`
/// in brackets, which older rules read as doubt; a Japanese remark that there are no
/// others, read as a name in a script the policy does not use.)
#[test]
fn a_third_red_teams_whole_lists_are_nothing_to_do() {
    let lists = [
        "Installed apps (including system apps):\nChrome\nGmail\nGoogle Maps\nOutlook\nTeams\n",
        "I use this phone mostly for email. This is everything installed:\nOutlook\nAuthenticator\nTeams\nZoom\n",
        "Uso el móvil principalmente para el trabajo. Estas son todas mis apps:\nOutlook\nTeams\nWhatsApp\nGoogle Maps\n",
        "Scusa se ci ho messo qualche giorno, ecco tutte le app del telefono:\nWhatsApp\nOutlook\nTeams\nGoogle Maps\n",
        "Ich nutze das Diensthandy vor allem für Mails. Hier sind alle Apps:\nOutlook\nTeams\nAuthenticator\nDB Navigator\n",
        "Telefon służy głównie do pracy. Oto wszystkie aplikacje:\nOutlook\nTeams\nmObywatel\nGoogle Maps\n",
        "Voici toutes mes applis, notamment celles du travail :\nOutlook\nTeams\nDoctolib\nSNCF Connect\n",
        "Does the ban include WeChat? Here are all the apps on my phone:\nWeChat\nOutlook\nTeams\n",
        "Complete list, mostly work apps:\nOutlook\nTeams\nSlack\nZoom\n",
        "Lo uso sobre todo para el trabajo. Aquí tienes la lista completa:\nOutlook\nTeams\nZoom\n",
        "Outlook\nTeams\nRead 180\nGoogle Classroom\n",
        "Outlook\nDisplay Plus\nSwipe Plus\nScroll 2\nTeams\n",
        "Outlook\nVer Mais\nLeia Mais\nToon Alles\nTeams\n",
        "Outlook\nTeams\nView 360\nExpand 2\n",
        "Outlook\nBattery Usage\nTeams\n",
        "Outlook\nTeams\nJust these, no others, work or personal.\n",
        "mysql> SELECT name FROM installed_apps\n    -> WHERE device_id = 1017\n    -> ORDER BY name;\n+-----------------+\n| name            |\n+-----------------+\n| Microsoft Teams |\n| Outlook         |\n| Slack           |\n+-----------------+\n3 rows in set (0.01 sec)\n",
        "1> SELECT name FROM dbo.InstalledApps WHERE DeviceId = 42 ORDER BY name;\n2> GO\nname\n-----------------\nMicrosoft Teams\nOutlook\nSlack\nZoom\n\n(4 rows affected)\n",
        "Here is everything on my work phone, sorted by how often I use them.\n\nMost used:\nOutlook\nTeams\nAuthenticator\n\nRarely used:\nZoom\nGoogle Maps\n\nNever used:\nAdobe Acrobat\n",
        "Meest gebruikt:\nOutlook\nTeams\nBuienradar\n\nMinder vaak gebruikt:\nNS\nGoogle Maps\n",
        "All 5 apps on the phone:\nRecently updated:\nOutlook\nTeams\nNot updated in months:\nZoom\nAuthenticator\nAdobe Acrobat\n",
        "Ostatnio używane:\nOutlook\nTeams\nPozostałe:\nmObywatel\nAllegro\n",
        "Personal: WhatsApp, Spotify\nThe rest are work apps\nOutlook\nTeams\nIntune Company Portal\n",
        "Pessoais: WhatsApp, Nubank, iFood\nO resto é do trabalho\nOutlook\nTeams\n",
        "Privé: WhatsApp, Buienradar\nDe rest is voor werk\nOutlook\nTeams\n",
        "Personali: WhatsApp, IO\nIl resto è per lavoro\nOutlook\nTeams\n",
        "Name\tPublisher\tVersion\nMicrosoft Outlook\tMicrosoft Corporation\t4.2409.0\nMicrosoft Teams\tMicrosoft Corporation\t6.1.0\nZoom\tZoom Video Communications\t6.2.0\n« Previous 1 Next »\n",
        "<table>\n<tr><th>Name</th><th>Publisher</th><th>Version</th></tr>\n<tr><td>Microsoft Outlook</td><td>Microsoft Corporation</td><td>4.2409.0</td></tr>\n<tr><td>Microsoft Teams</td><td>Microsoft Corporation</td><td>6.1.0</td></tr>\n<tr><td>Zoom</td><td>Zoom Video Communications</td><td>6.2.0</td></tr>\n<tr><td colspan=\"3\">&laquo; Previous | 1 | Next &raquo;</td></tr>\n</table>\n",
        "Apps in use:\nOutlook\nTeams\nAuthenticator\nApps not in use:\nZoom\nAdobe Acrobat\n",
        "Genutzt:\nOutlook\nTeams\nNicht genutzt:\nZoom\nDB Navigator\n",
        "Here are all 5 apps on my phone; the ones I use daily are marked with *:\nOutlook *\nTeams *\nAuthenticator\nZoom\nGoogle Maps *\n",
        "Most important: this is every app on the phone.\nOutlook\nTeams\nZoom\n",
        "$ adb shell pm list packages -3 | sed -n 's/^package://p'\ncom.microsoft.office.outlook\ncom.microsoft.teams\ncom.azure.authenticator\nus.zoom.videomeetings\n",
        "appdb=# SELECT a.name FROM installed_apps a JOIN devices d ON d.id = a.device_id WHERE d.serial = 'F2LXK1ABCD' ORDER BY a.name;\n      name\n-----------------\n Authenticator\n Microsoft Teams\n Outlook\n(3 rows)\n",
        "微信、支付宝、钉钉、高德地图，没有其他的了\n",
        "微信、支付宝、钉钉、高德地图，其余没有了\n",
        "Mam głównie aplikacje służbowe, wszystkie: Outlook, Teams, Zoom\n",
    ];
    let refused: Vec<&str> = lists
        .iter()
        .copied()
        .filter(|list| check_us(list).overall.answer != Answer::NothingToDo)
        .collect();
    assert!(refused.is_empty(), "not nothing to do: {refused:#?}");
}

/// A red team's API answers whose paging is not at the top, or under another name
/// (Fleet's `count` and `meta.has_next_results`, ManageEngine's `metadata.total_record_count`
/// and `paging.next`, JSON:API's `links.next` and `meta.total`, GraphQL's
/// `pageInfo.hasNextPage`), and pagers of numbers (`« 1 2 3 4 5 … 71 »`, `Page 1 / 71`):
/// not whole. A count the apps meet, and a device's other numbers beside its apps (its
/// storage's `total`), are whole.
#[test]
fn an_apis_paging_beside_its_apps_and_a_pager_of_numbers_are_not_whole() {
    let apps =
        r#"[{"name": "Slack", "identifier": "com.Slack"}, {"name": "Zoom", "identifier": "us.zoom.videomeetings"}]"#;
    let cases: Vec<String> = [
        r#"{"count": 187, "software": APPS}"#,
        r#"{"software": APPS, "meta": {"has_next_results": true, "has_previous_results": false}}"#,
        r#"{"apps": APPS, "metadata": {"total_record_count": "212", "page": 1, "limit": 50}}"#,
        r#"{"apps": APPS, "paging": {"next": "https://mdm.example/api/v1/mdm/devices/12345/apps?skip-token=NTA="}}"#,
        r#"{"data": APPS, "links": {"self": "https://x.example/apps?page=1", "next": "https://x.example/apps?page=2"}}"#,
        r#"{"data": APPS, "meta": {"total": 212}}"#,
        r#"{"apps": {"nodes": APPS, "pageInfo": {"hasNextPage": true, "endCursor": "YXJyYXljb25uZWN0aW9uOjI="}}}"#,
    ]
    .iter()
    .map(|c| c.replace("APPS", apps))
    .chain([
        "Name\tPublisher\nSlack\tSlack Technologies\nZoom\tZoom Video Communications\n« 1 2 3 4 5 … 71 »\n".to_owned(),
        "Name\tPublisher\nSlack\tSlack Technologies\nZoom\tZoom Video Communications\nPage 1 / 71\n".to_owned(),
    ])
    .collect();
    us_none_reassures(&cases.iter().map(String::as_str).collect::<Vec<_>>());
    for whole in [
        r#"{"count": 2, "software": APPS, "meta": {"has_next_results": false}}"#,
        r#"{"data": APPS, "links": {"self": "https://x.example/apps?page=1", "next": null}, "meta": {"total": 2}}"#,
        r#"{"device": {"name": "PC-0042", "storage": {"total": 512000, "count": 3}}, "apps": APPS}"#,
    ] {
        let list = whole.replace("APPS", apps);
        let report = check_us(&list);
        assert_eq!(
            report.overall.answer,
            Answer::NothingToDo,
            "{list}: {:#?}",
            report.read_as
        );
    }
}

/// A CSV export whose last cell is empty (Defender's software inventory leaves `Tags`
/// empty; others `Install location`) ends on a comma, and is whole: a red team's false
/// alarm. A typed list that ends on a comma is still cut.
#[test]
fn a_csv_whose_last_cell_is_empty_is_whole() {
    for whole in [
        "Name,Vendor,Installed on,Tags\nChrome,Google,398,\nSlack,Slack Technologies,201,\n",
        "Name,OS platform,Vendor,Installed on,Exposed devices,Weaknesses,Threats,Impact,Tags\nChrome,Windows,Google,398,0,0,0,0,\nZoom,Windows,Zoom,120,0,0,0,0,\n",
    ] {
        let report = check_us(whole);
        assert_eq!(report.overall.answer, Answer::NothingToDo, "{whole}: {:#?}", report.read_as);
    }
    us_none_reassures(&["Slack, Zoom, Outlook,\n"]);
}

/// A web console's table copied with its footer (a red team's shapes): a count under it
/// in other words (`Record count: 212`, `Total 212 items`, `212 records`, `Total rows:
/// 212`), Ant Design's pager a cell a line (`Total 212 items`, page numbers, `10 / page`),
/// and MUI's pager as the table's last row (`Rows per page:`, `1–3 of 212`): not whole.
/// The same counts when they meet the rows are whole.
#[test]
fn a_consoles_footer_count_or_pager_under_its_table_is_not_whole() {
    let table = "Name\tVersion\tPublisher\nGoogle Chrome\t120.0\tGoogle LLC\nSlack\t4.35\tSlack Technologies Inc.\nZoom\t5.16\tZoom Video Communications, Inc.\n";
    let footers = [
        "Record count: 212",
        "Records: 212",
        "212 records",
        "Total 212 items",
        "Total Count: 212",
        "Rows: 212",
        "Total rows: 212",
        "Total apps: 212",
        "Total 212 items\n1\n2\n3\n4\n5\n•••\n71\n10 / page\nGo to",
        "Rows per page:\t50\t1–3 of 212",
    ];
    let cases: Vec<String> = footers.iter().map(|f| format!("{table}{f}\n")).collect();
    us_none_reassures(&cases.iter().map(String::as_str).collect::<Vec<_>>());
    for footer in [
        "Record count: 3",
        "Total 3 items",
        "3 records",
        "Rows per page:\t50\t1–3 of 3",
    ] {
        let list = format!("{table}{footer}\n");
        let report = check_us(&list);
        assert_eq!(
            report.overall.answer,
            Answer::NothingToDo,
            "{list}: {:#?}",
            report.findings
        );
        assert_eq!(report.read_as.entries, 3, "{list}: {:#?}", report.findings);
    }
}

/// Inventory exports whose app column has another name (Jamf's Advanced Search
/// `Application Title`, Lansweeper's `Software`): read by their columns, the app's row
/// ordered, the computer's name, serial and user no apps (a red team's misreads).
#[test]
fn an_inventory_exports_app_column_by_its_other_names_is_read() {
    for (list, apps) in [
        ("Computer Name,Serial Number,Full Name,Application Title,Application Version\nLT-FIN-0231,C02XK0ABCD12,Jane Doe,CapCut.app,3.6.0\nLT-FIN-0231,C02XK0ABCD12,Jane Doe,Google Chrome.app,120.0\nLT-FIN-0231,C02XK0ABCD12,Jane Doe,Slack.app,4.35\n", 3),
        ("AssetName;Domain;Username;Software;Version;Publisher;Lastseen\nLT-FIN-0231;CORP;jdoe;CapCut;2.8.0.903;Bytedance Pte. Ltd.;30/12/2023 09:14:22\nLT-FIN-0231;CORP;jdoe;Google Chrome;120.0;Google LLC;30/12/2023 09:14:22\nLT-FIN-0231;CORP;jdoe;Slack (Machine - MSI);4.35;Slack Technologies Inc.;30/12/2023 09:14:22\n", 3),
    ] {
        let report = check_us(list);
        assert_eq!(report.read_as.entries, apps, "{list}: {:#?}", report.findings);
        assert_eq!(report.overall.answer, Answer::ActionRequired, "{list}: {:#?}", report.overall);
    }
}

/// osquery's and SQLite's list mode (`osqueryi --list`, `--csv` with its `|`): a header
/// and rows of cells between bare `|`s, read by their columns (a red team's misread:
/// the header was the one "app" and the rows structure, so CapCut was only asked about).
#[test]
fn a_list_mode_table_between_bare_pipes_is_read_by_its_columns() {
    let list = |app: &str, maker: &str| {
        format!("name|version|publisher\n{app}|2.8.0.903|{maker}\nGoogle Chrome|120.0.6099.130|Google LLC\nSlack (Machine - MSI)|4.35.131|Slack Technologies Inc.\n")
    };
    let report = check_us(&list("CapCut", "Bytedance Pte. Ltd."));
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);
    assert_eq!(report.overall.answer, Answer::ActionRequired, "{:#?}", report.findings);
    let whole = check_us(&list("Zoom", "Zoom Video Communications, Inc."));
    assert_eq!(whole.read_as.entries, 3, "{:#?}", whole.findings);
    assert_eq!(whole.overall.answer, Answer::NothingToDo, "{:#?}", whole.read_as);
}

/// A heading that says the list is not all of it (`These aren't all my apps:`, `Not
/// everything, just the ones I use:`, `This is not the complete list:`), or only what the
/// writer remembers (`Here are all the apps I remember:`), or only some kind (`Only the
/// work ones:`) with the apps under it: not whole. A word for all beside a word for some
/// (this stop's narrowing) must not hide a negated one.
#[test]
fn a_heading_that_says_not_all_is_not_whole() {
    us_none_reassures(&[
        "These aren't all my apps:\nSlack\nZoom\n",
        "Not all of my apps, mostly work ones:\nSlack\nZoom\n",
        "This is not the complete list:\nSlack\nZoom\n",
        "Not everything, just the ones I use:\nSlack\nZoom\n",
        "Just the ones I use:\nSlack\nZoom\n",
        "Here are all the apps I remember:\nSlack\nZoom\n",
        "Only the work ones:\nSlack\nZoom\n",
        "Nicht alle meine Apps:\nSlack\nZoom\n",
        "These aren't all my apps\nSlack\nZoom\n",
        "Slack\nZoom\nThis is not the complete list\n",
        // (An introduction over a part's heading is no section of a whole list.)
        "Here are my apps:\nRecently used:\nSlack\nZoom\n",
    ]);
    for whole in [
        "Here are all my apps:\nSlack\nZoom\n",
        "Is this all? Here is my complete list:\nSlack\nZoom\n",
        "Slack\nZoom\nNot All Heroes\n",
    ] {
        assert_eq!(check_us(whole).overall.answer, Answer::NothingToDo, "{whole}");
    }
}

/// Intune's report answers give their columns apart from their rows (`Schema` and
/// `Values`): each row is read as a record by its columns, so TikTok there is ordered
/// removed, not only asked about by the sweep; and `TotalRowCount` above the rows read
/// makes the page not whole (a red team's shapes, after Microsoft Graph's documented
/// answer).
#[test]
fn a_report_answers_rows_under_its_schema_are_read_by_their_columns() {
    let report = |total: usize, last: &str| {
        format!(
            r#"{{"TotalRowCount": {total}, "Schema": [{{"Column": "ApplicationId", "PropertyType": "String"}}, {{"Column": "ApplicationName", "PropertyType": "String"}}, {{"Column": "ApplicationPublisher", "PropertyType": "String"}}, {{"Column": "DeviceCount", "PropertyType": "Int32"}}], "Values": [["0000f0e1d2c3", "Microsoft Outlook", "Microsoft Corporation", 1], ["0000a1b2c3d4", "Slack", "Slack Technologies", 1], ["0000b2c3d4e5", "{last}", "", 1]]}}"#
        )
    };
    let tiktok = check_us(&report(3, "TikTok"));
    assert_eq!(tiktok.read_as.entries, 3, "{:#?}", tiktok.findings);
    assert_eq!(tiktok.overall.answer, Answer::ActionRequired, "{:#?}", tiktok.findings);
    let whole = check_us(&report(3, "Zoom"));
    assert_eq!(whole.overall.answer, Answer::NothingToDo, "{:#?}", whole.read_as);
    us_none_reassures(&[&report(57, "Zoom")]);
}

/// A search's results are some of the apps (`account::search_results`).
#[test]
fn a_search_typed_above_its_results_is_not_the_whole_list() {
    // A phone's app screen copied with a search typed in it (a screenshot's Live Text, or
    // the search box's text copied with its results): the typed words on a line of their
    // own, over the apps whose names have them. The apps without them are not here.
    for text in [
        "Search apps\nteams\nMicrosoft Teams\nTeams Classic\n",
        "teams\nMicrosoft Teams\nTeams Classic\n",
        "outl\nMicrosoft Outlook\nOutlook Lite\n",
        "Search apps\nwhats\nWhatsApp\nWhatsApp Business\n",
        "← teams ×\nMicrosoft Teams\nTeams Classic\n",
        "Q teams\nMicrosoft Teams\nTeams Classic\n",
        // (Under the search box's label, as Samsung's Settings > Apps copies it: one result
        // is enough there.)
        "Apps\nSearch\nsl\nSlack\nSleep Sounds\n",
        "Search\nsl\nSlack\n",
        "Suche\nsl\nSlack\n",
    ] {
        let report = assert_not_whole(text);
        // (What was typed is no app of the list.)
        assert!(
            report
                .findings
                .iter()
                .all(|f| f.input.chars().next().is_some_and(char::is_uppercase) && f.input != "Search"),
            "{text:?}: {:#?}",
            report.findings
        );
    }
    // Whole lists stay whole: a first app whose name is in no other, names in capitals,
    // and a list of one app's editions typed with its name first in capitals.
    for text in [
        "slack\nMicrosoft Teams\nTeams Classic\n",
        "Teams\nMicrosoft Teams\nTeams Classic\n",
        "teams\nMicrosoft Teams\nSlack\n",
        "teams\nteams\nteams\n",
        "zoom\nZoom\n",
        "WhatsApp\nWhatsApp Business\nOutlook\n",
        "Search\nSlack\nZoom\n",
        "Search\nzoom\nOutlook\n",
    ] {
        assert_nothing_to_do(text);
    }
    // What the search found is still checked: TikTok among its results is ordered.
    assert_tiktok_reported("tik\nTikTok\nTikTok Lite\n", true);
}

/// Remarks that there are more, in Simplified or Traditional Chinese or in Japanese
/// (`formats::cjk_more`, `cjk_remark`), found by stop 48's and 49's red teams.
#[test]
fn chinese_remarks_that_there_are_more_in_either_script_are_not_whole() {
    // Said under the names, in Simplified or Traditional Chinese or in Japanese: there
    // are 12 more, many more, the rest are work apps, I don't remember the others, the
    // rest left out.
    for more in [
        "還有 12 個應用程式",
        "另外還有12個App",
        "另外还有12个应用",
        "其餘都是工作應用",
        "其余都是工作应用",
        "剩下的都是工作用的",
        "還有很多",
        "还有好多",
        "还有一些别的",
        "其他的不記得了",
        "其他的不记得了",
        "剩下的想不起来了",
        "（其余省略）",
        "以下省略",
        "他にもたくさんあります",
    ] {
        assert_not_whole(&format!("LINE\nWhatsApp\n{more}\n"));
    }
    // Sections of a whole list and names stay what they are.
    for text in [
        "工作应用：\nSlack\n其他应用：\nWhatsApp\n",
        "工作應用：\nSlack\n其他：\nWhatsApp\n",
    ] {
        assert_nothing_to_do_in_us(text);
    }
}

/// Lines that say a table or a list shows what a filter, a search or a selection kept:
/// over an export's header, under it, or over or under typed names.
const FILTER_LINES: [&str; 19] = [
    "Filters applied: App Name contains \"Micro\"",
    "Applied filters: Platform = macOS; App Name starts with M",
    "Active filters: Publisher",
    "Showing results for \"zoom\"",
    "Report: Installed applications (filtered)",
    "Criteria: App Name LIKE '%o%'",
    "Advanced search: Vendor equals Microsoft",
    "Search results for: o",
    "3 results for \"zoom\"",
    "Export of 2 selected rows",
    "Exported rows: selection only",
    "Apps matching 'o'",
    "Query: SELECT * FROM apps WHERE name LIKE '%o%'",
    "Only managed apps are shown",
    "Showing managed apps only",
    "View: Managed apps",
    "... 36 more rows not exported",
    "Filter: Publisher = Microsoft",
    "Showing 1 to 2 of 38 entries",
];

/// A report's lines over its table are read as typed lines (`formats::read_titles`): a
/// filter there, as under it, makes the table part of the apps (rt49b's exports).
#[test]
fn a_line_over_an_exports_header_that_says_it_is_filtered_is_not_whole() {
    let tables = [
        "Device Name,App Name,Bundle ID,Version\nJDOE-MBP,Microsoft Word,com.microsoft.Word,16.80\nJDOE-MBP,Zoom,us.zoom.xos,5.16.10\n",
        "App Name,Bundle ID,Version\nMicrosoft Word,com.microsoft.Word,16.80\nZoom,us.zoom.xos,5.16.10\n",
        "Product Name\tPublisher\tVersion\nMicrosoft Word\tMicrosoft Corporation\t16.80\nZoom\tZoom Video Communications\t5.16.10\n",
    ];
    for line in FILTER_LINES {
        for table in tables {
            assert_not_whole(&format!("{line}\n{table}"));
        }
        assert_not_whole(&format!("{line}\nSlack\nZoom\n"));
        assert_not_whole(&format!("Slack\nZoom\n{line}\n"));
    }
    // Over an export, a report's parameter that picks its apps by what they are, or a
    // column's filter (SCCM's `Software 02A`), or a search box with what was typed in it
    // (Meraki's `Search software...`).
    for line in [
        "Product Name filter: Microsoft%",
        "Search software...  zoom",
        "\"Filters applied: App Name contains \"\"Micro\"\"\"",
        "\"Filters: App type = Extension\"",
        "Category: Productivity",
        "Publisher: Microsoft Corporation",
        "App Name: Micro*",
    ] {
        for table in tables {
            assert_not_whole(&format!("{line}\n{table}"));
        }
    }
    // A report's title and the parameters that pick no apps keep it whole; so does a
    // list's view or a filter that keeps everything.
    for line in [
        "Installed applications",
        "Generated: 2024-01-02 10:00",
        "Tenant: Contoso",
        "Report: Installed applications",
        "Exported by: jdoe@example.com",
        "Platform: macOS",
        "Status: Installed",
        "View: Details",
        "Filter: None",
        "Showing 1 to 2 of 2 entries",
    ] {
        for table in tables {
            let text = format!("{line}\n{table}");
            assert_nothing_to_do(&text);
        }
    }
    for text in [
        "Slack\nZoom\nView: Grid\n",
        "View: List\nSlack\nZoom\n",
        "Slack\nZoom\nQuery: SELECT name FROM apps\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// A command that asks its tool for some of the apps, copied with what it printed
/// (`account::filtered`), against the same command asking for all.
#[test]
fn a_lister_asked_for_some_of_its_apps_is_not_whole() {
    // (Each command copied with the same output: asked for some, or for all.)
    let table = "\nName                           Version\nMicrosoft Edge                 120.0.2210.91\nMicrosoft Teams                23335.232\n";
    let lines = "\nMicrosoft Edge\nMicrosoft Teams\n";
    for (some, all, output) in [
        (
            "C:\\Users\\jdoe>wmic product where \"Vendor like '%Microsoft%'\" get name,version",
            "C:\\Users\\jdoe>wmic product get name,version",
            table,
        ),
        (
            "PS C:\\Users\\jdoe> Get-CimInstance -ClassName Win32_Product -Filter \"Vendor LIKE '%Microsoft%'\"",
            "PS C:\\Users\\jdoe> Get-CimInstance -ClassName Win32_Product",
            table,
        ),
        (
            "PS C:\\Users\\jdoe> Get-WmiObject Win32_Product -Filter \"Name LIKE 'Micro%'\"",
            "PS C:\\Users\\jdoe> Get-WmiObject Win32_Product",
            table,
        ),
        (
            "PS C:\\Users\\jdoe> Get-Package -ProviderName msi",
            "PS C:\\Users\\jdoe> Get-Package",
            table,
        ),
        (
            "PS C:\\Users\\jdoe> Get-Package -Name \"Microsoft*\"",
            "PS C:\\Users\\jdoe> Get-Package",
            table,
        ),
        (
            "PS C:\\Users\\jdoe> Get-StartApps -Name \"Micro\"",
            "PS C:\\Users\\jdoe> Get-StartApps",
            table,
        ),
        ("PS C:\\> choco list micro", "PS C:\\> choco list", lines),
        ("PS C:\\> scoop list micro", "PS C:\\> scoop list", lines),
        ("# zypper se -i micro", "# zypper se -i", lines),
        ("$ pkgutil --pkgs=com.microsoft.*", "$ pkgutil --pkgs", lines),
        (
            "$ mdfind -onlyin /Applications/Microsoft \"kMDItemKind == 'Application'\"",
            "$ mdfind \"kMDItemKind == 'Application'\"",
            lines,
        ),
        ("$ dnf list installed 'micro*'", "$ dnf list installed", lines),
        ("$ pacman -Qs micro", "$ pacman -Q", lines),
    ] {
        assert_not_whole(&format!("{some}\n{output}"));
        let text = format!("{all}\n{output}");
        assert_nothing_to_do(&text);
    }
}

/// A tool's errors beside the apps it read, and a file that leaves apps out by design.
#[test]
fn a_tools_json_with_errors_beside_its_apps_or_winget_exports_file_is_not_whole() {
    // cfgutil's JSON: one device's apps, the other device's error.
    // (Its devices asked: each has its output or its error; the one asked alone, its
    // output.)
    let cfgutil = |errors: &str, devices: &str| {
        format!(
            r#"{{"Command":"get","Output":{{"0x1A2B3C4D5E6F7":{{"installedApps":[{{"bundleIdentifier":"com.apple.Pages","displayName":"Pages"}},{{"bundleIdentifier":"com.tinyspeck.chatlyio","displayName":"Slack"}}]}},"Errors":{errors}}},"Type":"CommandOutput","Devices":[{devices}]}}"#
        )
    };
    let both = r#""0x1A2B3C4D5E6F7","0x7A6B5C4D3E2F1""#;
    let report = assert_not_whole(&cfgutil(
        r#"{"0x7A6B5C4D3E2F1":{"Domain":"ConfigurationUtilityKit.error","Message":"The device is locked with a passcode.","Code":606}}"#,
        both,
    ));
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.message.contains("locked with a passcode")),
        "{:#?}",
        report.notes
    );
    // (A device asked that has neither output nor error: its apps are not here.)
    assert_not_whole(&cfgutil("{}", both));
    let whole = [
        cfgutil("{}", r#""0x1A2B3C4D5E6F7""#),
        r#"{"data":{"apps":[{"name":"Slack"},{"name":"Zoom"}]},"errors":[]}"#.to_owned(),
        r#"[{"name":"Slack","error":null},{"name":"Zoom","error":false}]"#.to_owned(),
    ];
    for text in whole {
        assert_nothing_to_do(&text);
    }
    // `winget export` leaves out every app no winget source has.
    assert_not_whole(
        r#"{
  "$schema" : "https://aka.ms/winget-packages.schema.2.0.json",
  "CreationDate" : "2024-01-02T10:00:00.000-00:00",
  "Sources" : [ { "Packages" : [ { "PackageIdentifier" : "Microsoft.Edge" }, { "PackageIdentifier" : "Zoom.Zoom" } ],
      "SourceDetails" : { "Argument" : "https://cdn.winget.microsoft.com/cache", "Identifier" : "Microsoft.Winget.Source_8wekyb3d8bbwe", "Name" : "winget", "Type" : "Microsoft.PreIndexed.Package" } } ],
  "WinGetVersion" : "1.6.3482"
}"#,
    );
}

/// Three lines of a report over its table still let the table be read by its columns.
#[test]
fn a_reports_table_under_its_name_and_parameters_is_read_by_its_columns() {
    // SCCM's `Software 02A` report copied: its name, two parameters, a blank line, the table.
    let report = |filter: &str| {
        format!(
            "Software 02A - Product names for a specific computer\nComputer Name: JDOE-LT01\n{filter}\n\nProduct Name                                          Publisher                        Version\nMicrosoft Edge                                        Microsoft Corporation            120.0.2210.91\nMicrosoft Teams                                       Microsoft Corporation            23335.232\n"
        )
    };
    let text = report("Product Name filter: %");
    let whole = check(&text);
    assert_eq!(whole.read_as.entries, 2, "{text:?}: {:#?}", whole.findings);
    assert_eq!(
        whole.overall.answer,
        Answer::NothingToDo,
        "{text:?}: {:#?}",
        whole.notes
    );
    assert_not_whole(&report("Product Name filter: Microsoft%"));
}

/// `wmic … /format:list`: `Key=Value` records, one app each, read by its `Name`.
#[test]
fn wmics_list_format_is_read_by_its_keys() {
    let text = "C:\\>wmic product get name,vendor,version /format:list\n\n\nName=Microsoft Teams\nVendor=Microsoft Corporation\nVersion=1.6.00.4472\n\n\nName=TikTok\nVendor=Bytedance Pte. Ltd.\nVersion=3.5.0.1258\n\n\nName=Zoom(64bit)\nVendor=Zoom Video Communications, Inc.\nVersion=5.16.26186\n\n\n";
    let report = assert_tiktok_reported(text, true);
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);
}

/// A file or a picture named in brackets stands for a list that is not here (rt49a).
#[test]
fn a_file_or_picture_in_brackets_with_its_name_stands_for_what_is_not_here() {
    for placeholder in [
        "<attachment: apps.txt>",
        "<Attachment: apps.txt>",
        "<file: full-app-list.csv>",
        "<image: IMG_2041.PNG>",
        "<screenshot: apps.png>",
        "(attachment: apps.txt)",
        "<Bild: apps.png>",
        "[Datei: apps.txt]",
        "apps.txt (attachment)",
        "apps.csv [file]",
    ] {
        assert_not_whole(&format!("Slack\nMaps\n{placeholder}\n"));
    }
    assert_nothing_to_do("Slack\nFiles by Google\nPhoto Lab\nFile Manager\n");
}

/// Whole lists that this stop's rules had made "can't tell" (rt49c's false alarms): a
/// device's details over an export, the usual commands that list every program, an
/// opening sentence with "results for", lists typed in lower case, JSON fields that say
/// there was no error, Chinese remarks that say all are listed, a count of no rows left out.
#[test]
fn whole_lists_near_this_stops_rules_stay_whole() {
    let csv =
        "Application Name,Version,Publisher\nSlack,4.36,Slack Technologies\nZoom,5.16,Zoom Video Communications\n";
    let mut whole: Vec<String> = [
        "Status: Active",
        "Type: Managed device",
        "Source: Intune",
        "Name: JDOE-PC",
        "Status: Compliant",
        "Type: Company-owned",
    ]
    .iter()
    .map(|line| format!("Device: JDOE-PC\n{line}\n{csv}"))
    .collect();
    let table = "\nName                           Version\nSlack                          4.36\nZoom                           5.16\n";
    for command in [
        "PS C:\\Users\\jdoe> Get-ItemProperty HKLM:\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\* | Where-Object {$_.DisplayName} | Select-Object DisplayName, DisplayVersion",
        "PS C:\\Users\\jdoe> Get-ItemProperty HKLM:\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\* | Where-Object { $_.DisplayName -ne $null } | Select-Object DisplayName",
        "PS C:\\Users\\jdoe> Get-Package -ProviderName Programs -IncludeWindowsInstaller",
        "PS C:\\Users\\jdoe> Get-Package -Name *",
        "PS C:\\Users\\jdoe> Get-CimInstance Win32_Product -Filter \"Name IS NOT NULL\"",
        "$ mdfind -onlyin /Applications \"kMDItemContentType == 'com.apple.application-bundle'\"",
    ] {
        whole.push(format!("{command}\n{table}"));
    }
    for text in [
        "Here are the results for my phone:\nSlack\nZoom\n",
        "Results for device JDOE-IPHONE\nSlack\nZoom\n",
        "Showing results for my phone\nSlack\nZoom\n",
        "Apps matching the policy check\nSlack\nZoom\n",
        "google\ngoogle maps\ngoogle drive\ngoogle photos\n",
        "teams\nteams (work or school)\nteams classic\n",
        "{\"apps\":[{\"name\":\"Slack\"},{\"name\":\"Zoom\"}],\"error\":{\"code\":0,\"message\":\"\"}}",
        "{\"apps\":[{\"name\":\"Slack\"},{\"name\":\"Zoom\"}],\"sync\":{\"state\":\"ok\",\"failures\":{\"count\":0}}}",
        "{\"apps\":[{\"name\":\"Slack\"},{\"name\":\"Zoom\"}],\"errors\":{\"count\":0,\"items\":[]}}",
        "{\"apps\":[{\"name\":\"Slack\"},{\"name\":\"Zoom\"}],\"error\":\"No error\"}",
        "{\"apps\":[{\"name\":\"Slack\"},{\"name\":\"Zoom\"}],\"error\":{\"code\":200,\"message\":\"success\"}}",
        "Slack\nZoom\n0 more rows not exported\n",
    ] {
        whole.push(text.to_owned());
    }
    for text in &whole {
        assert_nothing_to_do(text);
    }
    for text in [
        "其他都是工作用的，全部列出来了：\n微信\nWhatsApp\n",
        "剩下都是系统自带的（已全部列出）\n微信\nWhatsApp\n",
    ] {
        assert_nothing_to_do_in_us(text);
    }
    // And listers asked for some that had been read as whole.
    for command in [
        "$ apt list --installed 'zoom*'",
        "$ rpm -q slack zoom",
        "$ dpkg-query -W slack zoom",
        "$ mdfind -name zoom",
    ] {
        assert_not_whole(&format!("{command}\nslack\nzoom\n"));
    }
    // A folder's apps picked by a pattern, against all of them.
    let apps = "\n/Applications/Slack.app\n/Applications/Zoom.app\n";
    assert_not_whole(&format!("$ ls -d /Applications/[SZ]*.app{apps}"));
    assert_nothing_to_do(&format!("$ ls -d /Applications/*.app{apps}"));
}

/// `pm list packages` lists one user's apps (user 0, unless `--user` says another): on a
/// phone with a work profile, a private space or a secure folder, the others' apps are
/// not in it. When `pm list users` printed beside it shows users no listing asked for,
/// the list is not the whole phone's; `UserInfo{…}` lines are no apps.
#[test]
fn a_package_list_of_one_user_on_a_phone_of_several_is_not_whole() {
    let users = "$ adb shell pm list users\nUsers:\n\tUserInfo{0:Owner:c13} running\n\tUserInfo{10:Work profile:1030} running\n";
    let packages = "package:com.google.android.apps.maps\npackage:org.mozilla.firefox\npackage:com.spotify.music\n";
    for command in [
        "$ adb shell pm list packages -3 --user 0",
        "$ adb shell pm list packages -3",
        "$ adb shell cmd package list packages --user 0",
        "$ adb shell pm list packages --user current",
    ] {
        assert_not_whole(&format!("{users}{command}\n{packages}"));
    }
    // Each user asked for, or all of them: the whole phone.
    assert_nothing_to_do_in_us(&format!(
        "{users}$ adb shell pm list packages -3 --user 0\n{packages}$ adb shell pm list packages -3 --user 10\npackage:com.microsoft.teams\n"
    ));
    let report = check(&format!(
        "{users}$ adb shell pm list packages -3 --user all\n{packages}"
    ));
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.notes);
    assert_eq!(
        report.read_as.entries, 3,
        "the users are no apps: {:#?}",
        report.findings
    );
    // One user on the phone: its list is the phone's.
    let report = check(&format!(
        "$ adb shell pm list users\nUsers:\n\tUserInfo{{0:Owner:c13}} running\n$ adb shell pm list packages -3\n{packages}"
    ));
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.notes);
}

/// A store's or a settings screen's row of controls over its apps (Google Play's
/// `Updates available (3)    Sort: Recently updated ▾`): the view it names decides
/// whether the apps under it are all of them, and its cells are no apps.
#[test]
fn a_screens_row_of_controls_says_which_apps_it_shows() {
    let apps = "\nChrome\n24 MB\nGoogle Maps\n96 MB\nSpotify: Music and Podcasts\n142 MB\n";
    for row in [
        "Updates available (3)    Sort: Recently updated ▾",
        "Updates available (3)\tSort by: Name",
        "Aktualisierungen verfügbar (3)    Sortieren nach: Zuletzt aktualisiert ▾",
        "Recently updated ▾    Sort: Name",
    ] {
        assert_not_whole(&format!(
            "Manage apps & device\nOverview    Manage\n\n{row}\n{apps}Update all\n"
        ));
    }
    for row in [
        "Installed    Sort: Recently updated ▾",
        "Sort: Recently updated",
        "Installed ▾    Sort by: Name",
        "Your apps  ▾      ⇅  ⋮",
    ] {
        let report = check(&format!("{row}\n{apps}"));
        assert_eq!(report.overall.answer, Answer::NothingToDo, "{row}: {:#?}", report.notes);
        assert_eq!(
            report.read_as.entries, 3,
            "{row}: the controls are no app: {:#?}",
            report.findings
        );
    }
}

/// A table that counts each device's apps names none of them: never "nothing to do".
#[test]
fn a_table_of_counts_is_no_list_of_apps() {
    for text in [
        "Computer Name,Installed apps\nPC-001,12\nPC-002,40\n",
        "Row Labels,Count of Product Name\nPC-001,12\nPC-002,40\nGrand Total,52\n",
        "Device name;App count\nIPH-0001;12\nIPH-0002;40\n",
        "Device\tApps\nIPH-0001\t12\nIPH-0002\t40\n",
    ] {
        assert_not_whole(text);
    }
    // Names with a number are names: `Slack,2` is no row of counts without such a header.
    assert_nothing_to_do("Slack,Zoom\nOutlook,Teams\n");
    assert_nothing_to_do("App,Version\nSlack,4\nZoom,5\n");
}

/// iPhone Storage's total over its apps (`45.2 GB of 128 GB Used` on a line of its own,
/// as Live Text copies it) is the screen's, not a size left from an app cut off above.
#[test]
fn a_storage_screens_total_is_no_app_cut_off() {
    assert_nothing_to_do("General\niPhone Storage\niPhone\n45.2 GB of 128 GB Used\nSlack\n120 MB\nZoom\n80 MB\n");
}

/// A phone screen's view of some of its apps, in the languages phones speak (red team
/// rt50b): a filter's or a tab's heading, a list scrolled away from its start.
#[test]
fn a_phone_screens_view_of_some_apps_is_not_whole() {
    for text in [
        "Disabled apps\nGoogle TV\n",
        "Running\nChrome\nSlack\n",
        "Hidden Apps\nSlack\n",
        "Not on this iPhone\nSlack\n",
        "Dostępne aktualizacje\nChrome\n",
        "Battery usage for past 24 hr\nChrome\n12%\n",
        "Récemment utilisées\nChrome\nSlack\n",
        "Zuletzt geöffnete Apps\nChrome\nSlack\n",
        "Utilizzate di recente\nChrome\nSlack\n",
        "Least used\nChrome\nSlack\n",
        // (A copy that begins under an app scrolled off the top, its two details left.)
        "Last Used: 02/12/2023\n120 MB\nFiles\nNever Used\n12 MB\n",
        // (The App Library scrolled to M: its letters from M on, and its index.)
        "M\nMail\nS\nSlack\nA B C D E F G H I J K L M N O P Q R S T U V W X Y Z #\n",
        // (One profile's tab of two.)
        "Personal\nWork\nSlack\n",
        "Persönlich\nArbeit\nSlack\n",
        // (Xiaomi's search box counts the apps the screen has.)
        "Search among 124 apps\nSlack\nZoom\n",
    ] {
        assert_not_whole(text);
    }
    assert_nothing_to_do("Search among 3 apps\nSlack\nZoom\nOutlook\n");
    // From its start, the letters and the index are no apps.
    let report =
        check("A\nAuthenticator\nC\nChrome\nS\nSlack\nA B C D E F G H I J K L M N O P Q R S T U V W X Y Z #\n");
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.notes);
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);
    // Google Play's installed apps sorted by when they were updated.
    assert_nothing_to_do("Installed\nRecently updated\nChrome\n401 MB\nSlack\n80 MB\n");
    // A person's two sections, each with its apps.
    assert_nothing_to_do("Work:\nSlack\nPersonal:\nSpotify\n");
}

/// A CSV export's rows as tools write them are its rows (red team rt50c): a row that
/// leaves its optional cells empty (`Slack,,`, PowerShell's `"KB5001716","",""`), a
/// publisher's comma that `wmic /format:csv` leaves unquoted after the name, the header
/// again in another case or after a byte order mark (two files joined), and a report's
/// footer (`Generated by Intune on …`, `© 2024 Contoso`). A row whose unquoted comma may
/// come before its name is still not read as fine.
#[test]
fn a_csv_exports_own_rows_and_footer_are_whole() {
    for (text, entries) in [
        ("Name,Publisher,Version\nChrome,Google,1\nSlack,,\n", 2),
        ("\"Name\",\"Publisher\",\"Version\"\n\"Chrome\",\"Google\",\"1\"\n\"Slack\",\"\",\"\"\n", 2),
        ("#TYPE Selected.System.Management.Automation.PSCustomObject\n\"DisplayName\",\"Publisher\",\"DisplayVersion\"\n\"Google Chrome\",\"Google LLC\",\"120.0.6099.130\"\n\"Update for Windows 10 for x64-based Systems (KB5001716)\",\"\",\"\"\n", 2),
        ("Node,Name,Vendor,Version\nPC-01,Zoom,Zoom Video Communications, Inc.,5.16\nPC-01,7-Zip 23.01 (x64),Igor Pavlov,23.01\n", 2),
        ("Name,Vendor,Version\nZoom,Zoom Video Communications, Inc.,5.16\n", 1),
        ("Name,Publisher,Version\nChrome,Google,1\nGenerated by Intune on 2024-01-01\n", 1),
        ("Name,Publisher,Version\nChrome,Google,1\n© 2024 Contoso\n", 1),
        ("Name,Publisher,Version\nChrome,Google,1\n\n\nExported 2024-01-01 10:00\n", 1),
        ("Name,Publisher,Version\nChrome,Google,1\n,,\nGenerated: 2024-01-01,,\n", 1),
        ("Name,Publisher,Version\nChrome,Google,1\nname,publisher,version\nSlack,Slack,4\n", 2),
        ("Name,Publisher,Version\nChrome,Google,1\n\u{feff}Name,Publisher,Version\nSlack,Slack,4\n", 2),
    ] {
        let report = check(text);
        // (The header, again or not, is no app.)
        assert_eq!(report.read_as.entries, entries, "{text:?}: {:#?}", report.findings);
        assert_eq!(report.overall.answer, Answer::NothingToDo, "{text:?}: {:#?}", report.notes);
    }
    // (The comma may be the publisher's, before the name: which cell is the name is not known.)
    assert_not_whole("Publisher,Name,Version\nGoogle,Chrome,1\nSlack Technologies, Inc.,Slack,4\n");
    // (A footer that names a banned app still names it.)
    assert_tiktok_reported("Name,Publisher,Version\nChrome,Google,1\nTikTok\n", true);
}

/// A screen's controls and sections that keep every app in view are whole (red team
/// rt50c): Windows' `Sort by: Name    Filter by: All drives` with its search box, view and
/// count; a list in letters whose apps begin before its first letter or at C; a person's
/// `Running` category and a phone's hidden apps after the others. And those that show
/// some apps are not: a menu's view of one profile's or of the enabled apps (`Personal
/// apps ▾`), a view of some under the view of all (`Installed` over `Disabled`), and
/// packages listed on a phone of two users with no command that says whose.
#[test]
fn a_screens_controls_and_sections_that_keep_every_app_are_whole() {
    let apps = "Google Chrome\nMicrosoft Teams\nZoom\n";
    for row in [
        "Sort by: Name\tFilter by: All drives",
        "Sort by: Name    Filter by: All drives",
        "Sort by: Name ▾    Filter by: All drives ▾",
        "Sortieren nach: Name    Filtern nach: Alle Laufwerke",
        "Trier par : Nom    Filtrer par : Tous les lecteurs",
        "Sort by: Size    Filter by: All drives",
        "Sort by: Name    Filter: All",
        "Sort by: Name    Search apps",
        "Sort by: Name    List view",
        "Sort by: Name    3 apps found",
    ] {
        let report = check(&format!("Installed apps\n{row}\n{apps}"));
        assert_eq!(report.overall.answer, Answer::NothingToDo, "{row}: {:#?}", report.notes);
        assert_eq!(report.read_as.entries, 3, "{row}: {:#?}", report.findings);
    }
    assert_nothing_to_do("Authenticator\nBanking\nChrome\nD\nDropbox\nE\nEvernote\n");
    for text in [
        "Personal apps ▾\nChrome\nGmail\n",
        "Work apps ▾\nChrome\nGmail\n",
        "System apps ▾\nChrome\nGmail\n",
        "Enabled ▾\nChrome\nGmail\n",
        "Enabled apps ▾\nChrome\nGmail\n",
        "Installed\nDisabled\nChrome\nGmail\n",
        "Installed\n\nDisabled\nChrome\nGmail\n",
        "Installed\nUpdates available\nChrome\nGmail\n",
        "Installed\nRunning\nChrome\nGmail\n",
        "All apps\nHidden\nChrome\nGmail\n",
        "Installed\nInstant apps\nChrome\nGmail\n",
        "Users:\n\tUserInfo{0:Owner:c13} running\n\tUserInfo{10:Work profile:1030} running\npackage:com.android.chrome\npackage:com.slack\n",
    ] {
        assert_not_whole(text);
    }
    // (A list scrolled away from its start still is: its first app after A and B, or a
    // title over it.)
    assert_not_whole("Lyft\nM\nMail\nS\nSlack\n");
    assert_not_whole("App Library\nM\nMail\nS\nSlack\n");
    assert_not_whole("Apps\nChrome\nGmail\nHidden apps\nSlack\n");
    // (Nor one that begins at C: what comes before it is not known.)
    assert_not_whole("C\nChrome\nCalendar\nG\nGmail\nZ\nZoom\n");
}

/// What a CSV export's footer, a row of its name alone or a row with a comma too many
/// says of the list is said (red team rt51a): a footer is passed over only in its own
/// shape (who made it, when, its copyright), never when it says the export is part of
/// the apps; a row that says the list was cut or filtered is a note however its cells are
/// left empty; a user's name unquoted in the last column moves no other cell.
#[test]
fn a_csv_exports_footer_or_short_row_that_says_it_is_part_is_not_whole() {
    let table = "Name,Publisher,Version\nSlack,Slack Technologies,4.36\nZoom,Zoom,5.16\n";
    for line in [
        "Exported 2024-01-01 - first 500 rows only",
        "Exported: filtered view (Publisher = Microsoft)",
        "© 2024 Contoso. Results truncated.",
        "Copyright 2024 Contoso - partial export",
        "Generated by Intune - results limited to 1000 rows",
        "Generated by Intune: filter applied (Platform: iOS)",
        "Exported (filtered)",
        "Generated by Jamf Pro from smart group \"Managed apps only\"",
        "Exported only the selected devices' apps",
        "Généré le 2024-01-01 (50 premières lignes)",
        "Exportado el 2024-01-01: solo aplicaciones administradas",
        "Truncated,,",
        "Filtered,,",
        "(filtered),,",
        "Results limited,,",
        "Incomplete,,",
        "Gekürzt,,",
        "Weitere 148 Apps,,",
        "Partial export, see portal for the rest, of 140,",
        "Partial export, see portal for the rest,",
    ] {
        assert_not_whole(&format!("{table}{line}\n"));
    }
    assert_not_whole("Name;Publisher;Version\nSlack;Slack;4.36\nAbgeschnitten;;\n");
    assert_not_whole("Name\tPublisher\tVersion\nSlack\tSlack\t4.36\nFiltered\t\t\n");
    // (Its own footer still is no note.)
    assert_nothing_to_do(&format!(
        "{table}Generated by Microsoft Intune on 2024-01-01 10:00 UTC\n"
    ));
    assert_nothing_to_do(&format!("{table}© 2024 Contoso Ltd. All rights reserved.\n"));
    assert_nothing_to_do(&format!(
        "{table}Exported by jane.doe@contoso.com on 01/01/2024 10:00 AM\n"
    ));
    // A user's name unquoted in the export's last column.
    assert_nothing_to_do(
        "Device Name,App Name,Version,User\nPC-0142,Zoom,5.16,Doe, Jane\nPC-0177,Slack,4.36,Roe, Richard\n",
    );
}

/// A phone's or a computer's screen of some apps in more of the languages employees'
/// phones speak (red team rt51a), and the whole ones beside them.
#[test]
fn a_screens_view_of_some_apps_in_more_languages_is_not_whole() {
    for text in [
        "Privat ▾\nChrome\nSlack\n",
        "Geschäftlich ▾\nChrome\nSlack\n",
        "App personali ▾\nChrome\nSlack\n",
        "Aplikacje osobiste ▾\nChrome\nSlack\n",
        "Personnel ▾\nChrome\nSlack\n",
        "Trabajo ▾\nChrome\nSlack\n",
        "App attive ▾\nChrome\nSlack\n",
        "Włączone ▾\nChrome\nSlack\n",
        "Sortera efter: Namn    Filtrera efter: C:\nSlack\nZoom\n",
        "Sortér efter: Navn    Filtrer efter: C:\nSlack\nZoom\n",
        "Sıralama ölçütü: Ad    Filtreleme ölçütü: C:\nSlack\nZoom\n",
        "Sort by: Name    Filter by: All games\nSlack\nZoom\n",
        "Search apps: zoom\nSort by: Name    Filter by: All drives\nZoom Workplace\n",
        "Apps durchsuchen: zoom\nZoom Workplace\n",
        "Installiert\nWird ausgeführt\nChrome\nSlack\n",
        "Instaladas\nInhabilitadas\nChrome\nSlack\n",
        "Instalados\nDesativados\nChrome\nSlack\n",
        "Geïnstalleerd\nUitgeschakeld\nChrome\nSlack\n",
        "Installate\nAggiornamenti disponibili\nChrome\nSlack\n",
        "Instaladas\nEn ejecución\nChrome\nSlack\n",
        "Installate\nIn esecuzione\nChrome\nSlack\n",
        "Zainstalowane\nUruchomione\nChrome\nSlack\n",
        "Installed\nArchived\nChrome\nSlack\n",
        // (A list in letters copied from inside C, or under a title.)
        "Chrome\nClock\nD\nDocs\nG\nGmail\nS\nSlack\n",
        "App Library\nMaps\nMessages\nN\nNotes\nS\nSlack\n",
        "#\n1Password\nD\nDocs\nG\nGmail\n",
        "Apps verwalten\nIn 124 Apps suchen\nChrome\nSlack\nZoom\n",
        "$ adb shell cmd user list -v\n2 users:\n\n0: id=0, name=Owner, type=full.SYSTEM, flags=FULL\n1: id=10, name=Work, type=profile.MANAGED, flags=PROFILE\n$ adb shell pm list packages\npackage:com.Slack\npackage:us.zoom.videomeetings\n",
        "$ adb shell pm list packages --uid 10234\npackage:com.Slack\n",
        "Users:\n\tUserInfo{0:Owner:c13} running\n\tUserInfo{10:Work profile:1030} running\n$ adb shell pm list packages --user 0\npackage:com.Slack\n$ adb shell pm list packages --user 10\n",
    ] {
        assert_not_whole(text);
    }
    for text in [
        "Zainstalowane aplikacje\nSortuj według: Nazwa    Filtruj według: Wszystkie dyski\nSlack\nZoom\n",
        "Installed apps ▾\nChrome\nGmail\n",
        "App installate\nCerca app\nOrdina per: Nome    Filtra per: Tutte le unità\n2 app trovate\nChrome\nSlack\n",
        "Installate\nUtilizzate di recente\nChrome\nSlack\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// A device-management export's ways of saying it holds part of the apps (red team
/// rt51b): an OData annotation on a device's own list of apps (`detectedApps@odata.nextLink`,
/// `detectedApps@odata.count`), a portal's pager in its reader's language, and one row per
/// device whose apps are in a cell of their own (`Applications`), which is not read as
/// names.
#[test]
fn a_device_exports_part_of_its_apps_in_any_shape_is_not_whole() {
    for text in [
        r#"{"value":[{"deviceName":"Priya's iPhone","detectedApps@odata.nextLink":"https://graph.microsoft.com/beta/deviceManagement/managedDevices('5f1c')/detectedApps?$skiptoken=Mg","detectedApps":[{"displayName":"WhatsApp"}]}]}"#,
        r#"{"value":[{"deviceName":"Priya's iPhone","detectedApps@odata.count":12,"detectedApps":[{"displayName":"WhatsApp"}]}]}"#,
        "Name\nGoogle Maps\nWhatsApp\nAffichage de 1 à 2 sur 214 enregistrements\n",
        "Name\nGoogle Maps\nWhatsApp\nZeige 1 bis 2 von 214 Einträgen\n",
        "Name\nGoogle Maps\nWhatsApp\nMostrando 1 a 2 de 214 registros\n",
        "Name\nGoogle Maps\nWhatsApp\nVisualizzazione da 1 a 2 di 214 elementi\n",
        "Display Name,Serial Number,Applications\nAna iPad,DMPX7K2Q4H,\n",
        "Display Name,Serial Number,Applications\nAna iPad,DMPX7K2Q4H,\"WhatsApp\nSlack\"\n",
    ] {
        assert_not_whole(text);
    }
    // (Its count met, or the pager of its one page, is whole.)
    assert_nothing_to_do(
        r#"{"value":[{"deviceName":"Priya's iPhone","detectedApps@odata.count":1,"detectedApps":[{"displayName":"WhatsApp"}]}]}"#,
    );
    assert_nothing_to_do("Name\nGoogle Maps\nWhatsApp\nAffichage de 1 à 2 sur 2 enregistrements\n");
}

/// A JSON export's count of a device's apps above those it holds (Jamf's Classic API
/// `{"applications": {"size": 9, "application": […]}}`), and a device of several whose
/// list of apps is empty (Graph's `"detectedApps": []`): not the whole list (red team
/// rt51b).
#[test]
fn a_json_exports_count_or_empty_list_of_a_devices_apps_is_not_whole() {
    for text in [
        r#"{"applications":{"size":9,"application":[{"application_name":"WhatsApp"}]}}"#,
        r#"{"value":[{"deviceName":"A","detectedApps":[]},{"deviceName":"B","detectedApps":[{"displayName":"Slack"}]}]}"#,
    ] {
        assert_not_whole(text);
    }
    assert_nothing_to_do(r#"{"applications":{"size":1,"application":[{"application_name":"WhatsApp"}]}}"#);
    assert_nothing_to_do(
        r#"{"value":[{"deviceName":"A","detectedApps":[{"displayName":"Zoom"}]},{"deviceName":"B","detectedApps":[{"displayName":"Slack"}]}]}"#,
    );
}

/// Inventories of several devices whose counts or lists say a device is missing (red team
/// rt51b, left from stop 51): the Jamf Pro API's `totalCount` of computers above the
/// computers on this page (compared with the apps, it passed), Jamf Classic's
/// `<mobile_devices><size>` above the devices given, a device whose `<applications>`
/// holds only `<size>0</size>` beside another's apps (and, alone, its display name read
/// as an app), and the Directory API's iOS device, which Google gives no `applications`
/// for, beside an Android device's apps: never "nothing to do". The whole inventories
/// of the same tools, with their other empty lists (`licensedSoftware`, a receipt list
/// `installedByJamfPro`), are.
#[test]
fn a_device_missing_from_an_inventory_is_not_whole() {
    let computer = |id: u32, apps: &[&str]| {
        let apps: Vec<String> = apps
            .iter()
            .map(|a| format!(r#"{{"name":"{a}.app","path":"/Applications/{a}.app","version":"1.0"}}"#))
            .collect();
        format!(
            r#"{{"id":"{id}","udid":"{id}A4B","general":{{"name":"Mac-{id}","platform":"Mac"}},"applications":[{}],"licensedSoftware":[],"packageReceipts":{{"installedByJamfPro":[],"installedByInstallerSwu":[],"cached":[]}}}}"#,
            apps.join(",")
        )
    };
    let jamf_pro =
        |total: usize, computers: &[String]| format!(r#"{{"totalCount":{total},"results":[{}]}}"#, computers.join(","));
    let mobile = |name: &str, apps: &[&str]| {
        let apps: String = apps
            .iter()
            .map(|a| format!("<application><application_name>{a}</application_name><application_version>1.0</application_version><identifier>com.example.{a}</identifier></application>"))
            .collect();
        format!(
            "<mobile_device><general><id>5</id><display_name>{name}</display_name><device_name>{name}</device_name><name>{name}</name><serial_number>F2LXK1</serial_number></general><applications><size>{}</size>{apps}</applications></mobile_device>",
            apps.matches("<application>").count()
        )
    };
    let google = |devices: &str| format!(r#"{{"kind":"admin#directory#mobiledevices","mobiledevices":[{devices}]}}"#);
    let android = r#"{"kind":"admin#directory#mobiledevice","resourceId":"AFiQxQ8","deviceId":"3a9f","model":"Pixel 7","os":"Android 14","type":"ANDROID","status":"APPROVED","email":["jane@example.com"],"name":["Jane Doe"],"applications":[{"packageName":"com.Slack","displayName":"Slack","versionName":"23.10.10.0","versionCode":3040,"permission":["android.permission.CAMERA"]},{"packageName":"us.zoom.videomeetings","displayName":"Zoom","versionName":"5.16","versionCode":1}]}"#;
    let iphone = r#"{"kind":"admin#directory#mobiledevice","resourceId":"BFiQxQ9","deviceId":"7c1e","model":"iPhone 15","os":"iOS 17.1.2","type":"IOS_SYNC","status":"APPROVED","email":["jane@example.com"],"name":["Jane Doe"]}"#;
    let many: Vec<&str> = ["Slack", "zoom.us", "Safari", "Notes", "Pages", "Keynote"].to_vec();
    let not_whole = [
        jamf_pro(3, &[computer(1, &many)]),
        jamf_pro(2, &[computer(1, &["Slack", "Notes", "Pages"])]),
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>{}",
            mobile("Jane's iPhone", &[])
        ),
        format!(
            "<?xml version=\"1.0\"?><mobile_devices>{}{}</mobile_devices>",
            mobile("Jane's iPhone", &[]),
            mobile("Jane's iPad", &["Slack", "Zoom"])
        ),
        format!(
            "<?xml version=\"1.0\"?><mobile_devices><size>4</size>{}{}</mobile_devices>",
            mobile("Jane's iPhone", &["Notes"]),
            mobile("Jane's iPad", &["Slack", "Zoom"])
        ),
        google(&format!("{android},{iphone}")),
        google(&format!("{iphone},{android}")),
    ];
    assert_none_reassures(&not_whole.iter().map(String::as_str).collect::<Vec<_>>());
    for whole in [
        jamf_pro(1, &[computer(1, &many)]),
        jamf_pro(2, &[computer(1, &many), computer(2, &["Slack"])]),
        format!(
            "<?xml version=\"1.0\"?><mobile_devices><size>2</size>{}{}</mobile_devices>",
            mobile("Jane's iPhone", &["Notes"]),
            mobile("Jane's iPad", &["Slack", "Zoom"])
        ),
        format!("<?xml version=\"1.0\"?>{}", mobile("Jane's iPad", &["Slack", "Zoom"])),
        google(android),
    ] {
        assert_nothing_to_do(&whole);
    }
}

/// An API's answer pasted with its HTTP head (`curl -i`, `curl -iL` through a redirect,
/// `http --print=hb`): the head is the answer's frame, not apps, and its body is read as
/// the export it is; a head that says there is more (`Link: <…>; rel="next"`, a total
/// count above the apps read) is not the whole list.
#[test]
fn an_answers_http_head_is_its_frame_and_may_say_there_is_more() {
    let head = |extra: &str| {
        format!("HTTP/2 200\r\ncontent-type: application/json; charset=utf-8\r\ndate: Tue, 01 Dec 2026 10:00:00 GMT\r\n{extra}\r\n")
    };
    let body = r#"[{"name":"Slack","version":"4.38"},{"name":"Zoom","version":"5.17"}]"#;
    assert_none_reassures(&[
        &format!("{}{body}\n", head("link: <https://api.example.com/apps?page=2>; rel=\"next\", <https://api.example.com/apps?page=5>; rel=\"last\"\r\n")),
        &format!("{}{body}\n", head("X-Total-Count: 57\r\n")),
        &format!("HTTP/1.1 301 Moved Permanently\r\nLocation: https://api.example.com/v2/apps\r\n\r\n{}{body}\n", head("Link: <https://api.example.com/v2/apps?cursor=abc>; rel=next\r\n")),
    ]);
    for whole in [
        format!("{}{body}\n", head("")),
        format!(
            "{}{body}\n",
            head("x-total-count: 2\r\nlink: <https://api.example.com/apps?page=1>; rel=\"first\"\r\n")
        ),
        format!("HTTP/1.1 100 Continue\n\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{body}\n"),
    ] {
        assert_whole_with(&whole, 2);
    }
    // (TikTok in such a body is found.)
    let tiktok = format!("{}[{{\"name\":\"TikTok\"}}]\n", head(""));
    assert_tiktok_reported(&tiktok, true);
}

/// A console's CSV export whose report facts come first as rows of their own (`Report
/// name,Installed apps`, `Generated,2024-05-01`, a blank row), before the table's
/// header: the table read from its header (its facts had made every cell an app, `Device`
/// and `Jane iPhone` among them), TikTok in it found, and a fact that picks the apps
/// (`Publisher,Microsoft Corporation`) a note.
#[test]
fn a_csv_exports_facts_in_rows_above_its_header_are_its_frame() {
    let export = |facts: &str, rows: &str| format!("{facts}\nDevice,App,Version\n{rows}");
    let rows = "Jane iPhone,Slack,4.38\nJane iPhone,Zoom,5.17\n";
    for facts in [
        "Report name,Installed apps\nGenerated,2024-05-01 10:00\n",
        "Report name,Installed apps\nGenerated,2024-05-01 10:00",
        "\"Report name\",\"Installed apps\"\n\"Generated\",\"2024-05-01 10:00\"\n",
        "Installed apps report\nTenant,Contoso\n",
    ] {
        assert_whole_with(&export(facts, rows), 2);
        assert_tiktok_reported(&export(facts, "Jane iPhone,TikTok,32.1\nJane iPhone,Zoom,5.17\n"), true);
    }
    assert_not_whole(&export(
        "Report name,Installed apps\nPublisher,Microsoft Corporation\n",
        rows,
    ));
}

/// [`a_csv_exports_facts_in_rows_above_its_header_are_its_frame`] over a table of two
/// columns.
#[test]
fn a_two_column_csv_exports_facts_above_its_header_are_its_frame() {
    assert_whole_with(
        "Devices in scope,1\n\nDevice,App\nJane iPhone,Slack\nJane iPhone,Zoom\n",
        2,
    );
}

/// `text` is "nothing to do", read as `entries` apps.
#[track_caller]
fn assert_whole_with(text: &str, entries: usize) {
    let report = check(text);
    assert_eq!(
        report.overall.answer,
        Answer::NothingToDo,
        "{text:?}: {:#?}",
        report.read_as
    );
    assert_eq!(report.read_as.entries, entries, "{text:?}: {:#?}", report.findings);
}

/// API answers a red team found answering "nothing to do" (rt52a): pages saved one after
/// the other in one file, the last still linking to a next (they had been read as one app
/// a line, every key an app); a tool's error document after its output (`cfgutil`'s
/// `{"Type": "Error", …}`) or a device it was asked about with no output; a batch's
/// failed response and a live query's host error, records in an array; hosts that did
/// not answer (Fleet), Elasticsearch's `hits.total.value`, Meraki's `remaining`, a page's
/// `limit` met with no total, and more words for more pages. The same pages ending on
/// the last, and whole answers, are whole.
#[test]
fn api_answers_in_pages_errors_and_counts_are_not_whole() {
    let graph = |ids: [&str; 2], next: bool| {
        let link = if next {
            r#","@odata.nextLink":"https://graph.microsoft.com/v1.0/deviceManagement/managedDevices/5f1c/detectedApps?$skiptoken=x""#
        } else {
            ""
        };
        format!(
            "{{\n\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#detectedApps\",\n\"value\":[\n{{\"id\":\"{}\",\"displayName\":\"Slack\",\"publisher\":\"Slack Technologies, Inc.\"}},\n{{\"id\":\"{}\",\"displayName\":\"Zoom\",\"publisher\":\"Zoom Video Communications, Inc.\"}}\n]{link}\n}}\n",
            ids[0], ids[1]
        )
    };
    let cfgutil = r#"{"Command":"get","Output":{"0x1A2B3C4D5E6F":{"installedApps":[{"bundleIdentifier":"com.tinyspeck.chatlyio","displayName":"Slack"}]}},"Type":"CommandOutput","Devices":["0x1A2B3C4D5E6F","0x7F8E9D0C1B2A"]}"#;
    let apps = r#"{"name":"Slack","bundle_identifier":"com.tinyspeck.slackmacgap"},{"name":"zoom.us","bundle_identifier":"us.zoom.xos"}"#;
    let not_whole = [
        format!("{}{}", graph(["a1", "a2"], true), graph(["a3", "a4"], true)),
        format!("{cfgutil}\n{{\"Type\":\"Error\",\"Message\":\"The device is locked with a passcode.\",\"Code\":603,\"AffectedDevices\":[\"0x7F8E9D0C1B2A\"]}}\n"),
        cfgutil.to_owned(),
        r#"{"responses":[{"id":"1","status":200,"body":{"value":[{"displayName":"Slack"},{"displayName":"Zoom"}]}},{"id":"2","status":429,"headers":{"Retry-After":"10"},"body":{"error":{"code":"TooManyRequests","message":"Too many requests."}}}]}"#.to_owned(),
        r#"{"responses":[{"id":"1","status":200,"body":{"value":[{"displayName":"Slack"},{"displayName":"Zoom"}]}},{"id":"2","status":503}]}"#.to_owned(),
        r#"[{"value":[{"displayName":"Slack"},{"displayName":"Zoom"}]},{"error":{"code":"TooManyRequests","message":"Too many requests."}}]"#.to_owned(),
        format!(r#"{{"campaign":{{"id":7}},"results":[{{"host_id":1,"rows":[{apps}],"error":null}},{{"host_id":2,"rows":[],"error":"no such table: apps"}}]}}"#),
        format!(r#"{{"summary":{{"targeted_host_count":2,"responded_host_count":1}},"live_query_results":[{{"query_id":7,"results":[{{"host_id":1,"rows":[{apps}],"error":null}}]}}]}}"#),
        r#"{"took":12,"timed_out":false,"hits":{"total":{"value":1873,"relation":"eq"},"hits":[{"_id":"x1","_source":{"osquery":{"name":"Slack.app"}}},{"_id":"x2","_source":{"osquery":{"name":"zoom.us.app"}}}]}}"#.to_owned(),
        format!(r#"{{"items":[{apps}],"meta":{{"counts":{{"items":{{"total":57,"remaining":55}}}}}}}}"#),
        format!(r#"{{"apps":[{apps}],"limit":2}}"#),
        format!(r#"{{"content":[{apps}],"last":false,"totalPages":3}}"#),
        format!(r#"{{"totalSize":3000,"done":false,"nextRecordsUrl":"/services/data/v59.0/query/01gD","records":[{apps}]}}"#),
        format!(r#"{{"apps":[{apps}],"more_to_follow":true,"cursor":""}}"#),
        format!(r#"{{"apps":[{apps}],"summary":{{"devices_failed":1}}}}"#),
        format!(r#"{{"apps":[{apps}],"status":"partial"}}"#),
    ];
    assert_none_reassures(&not_whole.iter().map(String::as_str).collect::<Vec<_>>());
    for whole in [
        format!("{}{}", graph(["a1", "a2"], true), graph(["a3", "a4"], false)),
        format!("{}{}", graph(["a1", "a2"], false), graph(["a3", "a4"], false)),
        format!(r#"{{"apps":[{apps}],"limit":50}}"#),
        format!(r#"{{"DeviceApps":[{apps}],"Page":0,"PageSize":2,"Total":2}}"#),
        format!(
            r#"{{"summary":{{"targeted_host_count":1,"responded_host_count":1}},"live_query_results":[{{"query_id":7,"results":[{{"host_id":1,"rows":[{apps}],"error":null}}]}}]}}"#
        ),
        format!(r#"{{"responses":[{{"id":"1","status":200,"body":{{"value":[{apps}]}}}}]}}"#),
    ] {
        let report = check(&whole);
        assert_eq!(
            report.overall.answer,
            Answer::NothingToDo,
            "{whole}: {:#?}",
            report.notes
        );
    }
    // (TikTok in the second of two pages is found.)
    let tiktok = format!(
        "{}{}",
        graph(["a1", "a2"], true),
        graph(["a3", "a4"], false).replace("Zoom", "TikTok")
    );
    assert_tiktok_reported(&tiktok, true);
}

/// What employees paste, as a red team found it answering "nothing to do" (rt52b): LINE's
/// saved chat with a picture in the list's place (its header, dates and rows had each
/// been an app); a chat's picture in Chinese, Japanese or Korean brackets; the object
/// replacement character a picture leaves; a mail app's line for the rest of a message
/// or its attachments; counts and pages typed in full-width digits, Chinese pages and a
/// Japanese total; a screen still loading in other languages; `12 more…`; an editor's or
/// a notebook's cut of a command's output. The same lists without them are whole.
#[test]
fn what_employees_paste_says_more_in_more_ways() {
    let line_chat = |rows: &str| {
        format!("[LINE] Chat history with IT Helpdesk\nSaved on: 2024/01/05, 10:30\n\n2024/01/05, Fri\n10:12\tTaro Yamada\tHere are my work phone apps\n10:12\tTaro Yamada\tWhatsApp\n10:12\tTaro Yamada\tGmail\n10:13\tTaro Yamada\tSlack\n{rows}10:14\tIT Helpdesk\tThanks, checking\n")
    };
    let apps = "WhatsApp\nSlack\nGmail\n";
    let pm = "package:com.whatsapp\npackage:com.Slack\npackage:com.google.android.gm\n";
    let mut not_whole = vec![line_chat("10:13\tTaro Yamada\t[Photo]\n")];
    for last in [
        "[图片]",
        "[写真]",
        "[사진]",
        "\u{fffc}",
        "Download the rest of this message",
        "This message is too large to display. Download full message",
        "Show full message",
        "Trimmed content",
        "Some content in this message has been blocked",
        "Outlook blocked access to the following potentially unsafe attachments: apps.png",
        "1 attachment",
        "2 attachments (1.2 MB)",
        "2 Attachments • Scanned by Gmail",
        "１／３",
        "Wird geladen…",
        "Chargement…",
        "Cargando…",
        "12 more…",
        "Output exceeds the size limit. Open the full output data in a text editor",
    ] {
        not_whole.push(format!("{apps}{last}\n"));
    }
    for last in [
        "Output is truncated. View as a scrollable element or open in a text editor. Adjust cell output settings...",
        "IOPub data rate exceeded.",
        "Broken pipe",
    ] {
        not_whole.push(format!("{pm}{last}\n"));
    }
    assert_none_reassures(&not_whole.iter().map(String::as_str).collect::<Vec<_>>());
    // (In Chinese and Japanese, under the policy that writes names in Chinese: the bank's
    // asks about any line in a script it does not use.)
    let cjk: Vec<String> = [
        "[图片]",
        "[写真]",
        "他１２件",
        "还有１２个应用",
        "第1页 共3页",
        "第１页，共３页",
        "共3页",
        "全87件",
        "全８７件",
        "加载中…",
    ]
    .iter()
    .map(|last| format!("微信\n{apps}{last}\n"))
    .collect();
    us_none_reassures(&cjk.iter().map(String::as_str).collect::<Vec<_>>());
    assert_nothing_to_do(&line_chat(""));
    // (Under the policy that writes names in Chinese: the bank's asks about any line in
    // a script it does not use.)
    assert_nothing_to_do_in_us(&format!("{apps}全3件\n"));
    assert_nothing_to_do_in_us(&format!("{apps}第1页 共1页\n"));
    let report = check(&line_chat(""));
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);
    // (TikTok in LINE's saved chat, and typed in full-width letters, is found.)
    assert_tiktok_reported(&line_chat("10:13\tTaro Yamada\tTikTok\n"), true);
    assert_tiktok_reported("WhatsApp\nＴｉｋＴｏｋ\n", true);
}

/// PowerShell's `Format-Table` that left columns out (`WARNING: 2 columns do not fit into
/// the display and were removed.`): the table's rows are read, the warning is a note, not
/// an app (red team rt52a had it read as one, and "nothing to do").
#[test]
fn a_tables_warning_that_columns_were_removed_is_a_note() {
    let table = "\nDisplayName       Version     Publisher\n-----------       -------     ---------\nMicrosoft Outlook 4.2349.0    Microsoft Corporation\nSlack             23.10.10    Slack Technologies, Inc.\nZoom              5.16.10     Zoom Video Communications, Inc.\n";
    let report = assert_not_whole(&format!(
        "{table}\nWARNING: 2 columns do not fit into the display and were removed.\n"
    ));
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);
    assert_nothing_to_do(table);
}

/// A pivot table that counts each device's apps (`Row Labels`, `Count of
/// ApplicationName`) names no app: never "nothing to do" (its device names had been read
/// as apps). Red team rt52c.
#[test]
fn a_pivot_that_counts_each_devices_apps_is_no_list() {
    assert_no_list(
        "Row Labels\tCount of ApplicationName\nPriya's iPhone\t3\nSM-A546E\t2\nAna's iPad\t4\nGrand Total\t9\n",
    );
}

/// Whole lists a red team found refused (rt52d): the phone typed above or under its
/// apps (`iPhone 14 Pro, iOS 17.2.1`), a camera's or a picture's emoji as an app's bullet
/// (`📷 Camera`, `🖼️ Photos`), a signature's logo as a mail app writes its picture. A
/// camera's emoji alone before a picture's word or file (`📷 Photo`, `📷 IMG_2041.png`)
/// still stands for a picture.
#[test]
fn a_phone_named_a_bullets_emoji_and_a_signatures_logo_are_a_lists_frame() {
    for whole in [
        "iPhone 14 Pro, iOS 17.2.1\nOutlook\nTeams\nSlack\nZoom\n",
        "Outlook\nTeams\nSlack\nSamsung Galaxy S23, Android 14\n",
        "📧 Outlook\n💬 Teams\n📷 Camera\n🖼️ Photos\n📹 Webex\n",
        "Hi,\n\nOutlook\nTeams\nSlack\n\nThanks,\nJane Doe\nExample Federal Agency\n[image: Example Federal Agency logo]\n",
        "Outlook\nTeams\n\nJane\n[A blue and white logo Description automatically generated]\n",
    ] {
        assert_nothing_to_do(whole);
    }
    for picture in ["📷 Photo", "📷 IMG_2041.png", "🎥 Video"] {
        assert_not_whole(&format!("Slack\nZoom\n{picture}\n"));
    }
}

/// A short line made only of the words that say some of the list is not here (red team
/// rt53a: each had answered "nothing to do" after a few names): that a picture, a file or
/// the rest was left out, cut, hidden, attached or comes later, in the languages
/// employees write, with the words around them (articles, "list", "message", a count).
#[test]
fn a_line_of_the_words_for_a_missing_part_is_never_nothing_to_do() {
    assert_lines_not_whole(&[
        "Photos omitted",
        "photo omitted",
        "sticker omitted",
        "Media omitted",
        "Tap to load more",
        "Result truncated",
        "Output suppressed",
        "Omitted 42 lines",
        "[... omitted 42 of 84 lines ...]",
        "42 hidden",
        "Quoted text hidden",
        "Message clipped [View entire message]",
        "the rest is in the attachment",
        "rest of the list attached",
        "Rest of list in next message",
        "(see attached)",
        "Only the first 20 results are shown",
        "Showing first 100 results",
        "Only 1000 rows displayed",
        "Data truncated to 1000 rows",
        "Row limit reached",
        "Too many results",
        "More to come",
        "Load earlier messages",
        "System apps hidden",
        "Work profile apps not shown",
        "Partial results",
        "Weitere 12 Apps",
        "Der Rest kommt noch",
        "Rest im Anhang",
        "Sortie tronquée",
        "Voir la pièce jointe",
        "altre 12 app",
        "Messaggio troncato",
        "Vedi allegato",
        "Mensagem truncada",
        "Ver anexo",
        "Bericht ingekort",
        "Zie bijlage",
        "Wiadomość obcięta",
        "Zobacz załącznik",
        "Skipped 42 lines",
        "Contact card omitted",
        "This is only part of the list",
        "the list got cut off",
        "This message has not been downloaded from the server.",
        // (A chat's message deleted, which may have been the list, and its hidden replies.)
        "Este mensaje fue eliminado",
        "Questo messaggio è stato eliminato",
        "Esta mensagem foi apagada",
        "Mensagem apagada",
        "Dit bericht is verwijderd",
        "Ta wiadomość została usunięta",
        "3 risposte",
        "3 respostas",
        "3 antwoorden",
        "3 odpowiedzi",
        // (A phrase matched at a line's end after a name of any first letter.)
        "John sent a photo",
        "Mike sent an attachment",
        "Mike: <Media omitted>",
    ]);
    // (Names made of such words and others stay names.)
    assert_names_stay_names(&[
        "Hidden Folks",
        "Photo Editor",
        "Screenshot Easy",
        "More4",
        "Top Eleven",
        "Rest Timer",
    ]);
}

/// Each of `lines`, between names in two places (after three, and between two), says
/// the list is not whole.
#[track_caller]
fn assert_lines_not_whole(lines: &[&str]) {
    for line in lines {
        assert_not_whole(&format!("WhatsApp\nSlack\nMicrosoft Teams\n{line}"));
        assert_not_whole(&format!("WhatsApp\n{line}\nSlack"));
    }
}

/// Each of `names`, an app's name between two others, answers "nothing to do".
#[track_caller]
fn assert_names_stay_names(names: &[&str]) {
    for name in names {
        let report = check(&format!("WhatsApp\n{name}\nSlack"));
        assert_eq!(
            report.overall.answer,
            Answer::NothingToDo,
            "{name}: {:?}",
            report.read_as
        );
    }
}

/// A line that says part of the list is not here in a shape of its own: one word
/// (`Attachment`, `Omitted`; `More` and `Truncated` alone are names, as older tests
/// hold), a word for more beside a word of a message (`More results`, `still more`), a
/// page's or a range's place (`Pg 1 of 3`, `lines 1-20`), more after an ellipsis
/// (`…more`), a file in the list's place (`Apps list.xlsx`), a count of pictures or files
/// (`2 Photos`, `Show all 2 attachments (245 KB)`), a chat's message that is gone
/// (`Message recalled`, `John unsent a message`), a count of apps not shown (`42
/// additional apps`) or a button in Italian or Polish; and, from red team rt54a, the same
/// shapes in other languages and tools.
#[test]
fn a_lone_word_a_count_of_pictures_or_a_file_for_the_list_is_never_nothing_to_do() {
    assert_lines_not_whole(&[
        "Attachment",
        "Attachments",
        "Omitted",
        "remaining",
        "More results",
        "Mehr Ergebnisse",
        "still more",
        "more coming",
        "Load remaining",
        "Download the rest",
        "Pg 1 of 3",
        "Displaying 1 - 20 of 57",
        "lines 1-20",
        "…more",
        "...mehr",
        "Apps list.xlsx",
        "apps.csv",
        "IMG_2041.HEIC",
        "2 Photos",
        "3 screenshots",
        "Show all 2 attachments (245 KB)",
        "Message recalled",
        "John unsent a message",
        "Image not available",
        "Multimedia message not downloaded",
        "42 additional apps",
        "apps not listed",
        "Continua…",
        "Vedi tutto",
        "Mostra tutto",
        "Zobacz wszystko",
        // (Red team rt54a's: the same shapes in other languages and tools.)
        "2 Fichiers",
        "3 Pliki",
        "2 Bestanden",
        "<Medien weggelassen>",
        "vidéo absente",
        "-- Mehr --",
        "--Más--",
        "[Nachricht gekürzt] Gesamte Nachricht anzeigen",
        "- Show quoted text -",
        "This message has been partially downloaded",
        "Tap to download",
        "apps.pptx",
        "apps list.png",
        "Zrzut ekranu 2023-03-01 o 10.15.32.png",
        "Screen Recording 2023-03-01 at 10.15.32.mov",
        "Deel 1 van 2",
        "list continues on page 2",
        "vedi screenshot",
        "ver print",
        "siehe Foto",
        "2 Documenten",
        "<Multimédia omis>",
        "documento ocultado",
        "(Liste geht weiter)",
        "see next email",
        "patrz zrzut ekranu",
        "screenshot below",
        "Nachricht zurückgerufen",
        "Je hebt dit bericht verwijderd",
        "Usunąłeś tę wiadomość",
        "[Afbeelding]",
        "Mehr sehen",
        "Plus de résultats",
        "Więcej wyników",
        "Wczytaj więcej",
        "Tap to expand",
        "Show full list",
        "Save all to OneDrive",
        "Not included, change data exporting settings to download.",
        "[ reached getOption(\"max.print\") -- omitted 57 entries ]",
        "-- 8< --",
        "Press RETURN to continue",
        "Anlagen",
        "enzovoort",
        // (A chat's pictures sent or message taken back, by a name of any first letter.)
        "John hat ein Foto gesendet.",
        "John a envoyé une photo.",
        "John wysłał zdjęcie.",
        "You sent 3 photos",
        "Anna heeft een bericht ingetrokken",
        "Anna anuló el envío de un mensaje",
        "Anna cofnęła wysłanie wiadomości",
    ]);
    // (Apps named with such words stay names.)
    assert_names_stay_names(&[
        "Photos",
        "Files",
        "Messages",
        "Gallery",
        "Next",
        "More Apps",
        "The Rest",
        "Video 360",
        "Photo Editor",
        "Attachments.me",
        "PDF Reader",
        "Rest Timer",
        "Image Converter",
        "Screen Recorder",
        "Pages",
        "Continental",
        // (rt54a's: an app with its badge or its size, a format's number, a phone's app.)
        "Screenshot",
        "Photos (3)",
        "Files (2)",
        "Photos (245 MB)",
        "360 Video",
        "360 Photos",
        "Keynote",
        "Line Plus",
        "View Plus",
        "Still Photo",
        "Download All Videos",
        "Shared Photos",
    ]);
}

/// Red team rt54b's complete lists, which the first rules of stop 54 refused: a remark
/// beside a name about videos shared (TikTok still ordered removed), a list numbered
/// without a sign after its numbers (`3 Fotos` under `2 Teams`, `#3 Photos`), a heading
/// that names the file the list was copied from, the writer's own remark that photos were
/// sent, a count of photos inside an app's remark, and a ticket's field for attachments
/// left empty. Each is whole.
#[test]
fn a_whole_list_with_words_for_pictures_in_its_names_or_remarks_is_read_whole() {
    for text in [
        "Hi IT,\nComplete list of apps on my company phone:\nOutlook\nTeams\nTikTok (I never shared the videos)\nPhotos\nZoom\nThanks, Kevin\n",
        "Outlook\nTeams\nTikTok - shared 2 videos\nGoogle Photos\n",
        "Outlook, Teams, TikTok, Photos. I sent the photos.\n",
    ] {
        let report = assert_tiktok_reported(text, true);
        assert_eq!(report.overall.answer, Answer::ActionRequired, "{text:?}");
    }
    for text in [
        "Hallo, hier meine Apps:\n1 Outlook\n2 Teams\n3 Fotos\n4 Dateien\n5 Zoom\nDanke!\n",
        "Cześć, moje aplikacje:\n1 Outlook\n2 Teams\n3 Zdjęcia\n4 Pliki\nDzięki\n",
        "Work phone apps\n#1 Outlook\n#2 Teams\n#3 Photos\n#4 Files\n#5 Zoom\n",
        "1 Outlook, 2 Teams, 3 Photos, 4 Files\n",
        "Copied from Device apps export.xlsx:\nOutlook\nTeams\nPhotos\nFiles\nZoom\n",
        "Hi,\nI sent the photos.\nBut in case they are unreadable, here is the full list typed:\nOutlook\nTeams\nPhotos\nZoom\nRegards, Mia\n",
        "Hi,\nApps:\nOutlook\nTeams\nGoogle Photos (I have 2 photos in it, both of receipts)\nFiles\nZoom\n",
        "I have 2 photo apps: Photos and Google Photos.\nOther apps: Outlook, Teams, Zoom.\nThat's all.\n",
        // (A ticket's field for attachments left empty.)
        "Short description: App list for company phone\nDescription:\nOutlook\nTeams\nPhotos\nFiles\nZoom\nAttachments\nNone\n",
        "Betreff: App-Liste Diensthandy\nBeschreibung:\nOutlook\nTeams\nFotos\nDateien\nAnhang\nkeiner\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// Red team rt54a's lines that still answered "nothing to do": a picture's placeholder in
/// any of the brackets chats write (`‹Bild›`, `«Foto»`, `【Photo】`), or after who sent it
/// (`Anna: [Photo]`, Telegram Desktop's copy `John Smith, [01.03.2023 10:15]: [Photo]`), a
/// chat's word for a message of a picture or a voice (`Photo message`, `Voice message`),
/// a button that shows all of a count in French, Spanish or Italian (`Afficher les 57`,
/// `Ver los 57`, `Mostra tutti e 57`), Polish's "to be continued" (`c.d.n.`) and a
/// scissors' cut mark alone (`✂`, `--✂--`).
#[test]
fn a_placeholder_in_any_brackets_a_chats_media_message_or_a_cut_mark_is_never_nothing_to_do() {
    assert_lines_not_whole(&[
        "‹Bild›",
        "«Foto»",
        "〈Photo〉",
        "【Photo】",
        "《图片》",
        "‹Image omitted›",
        "Anna: [Photo]",
        "Anna: ‹Bild›",
        "John Smith, [01.03.2023 10:15]: [Photo]",
        "Anna, [10:15]: [Video]",
        "Photo message",
        "Voice message",
        "Video message",
        "Media message",
        "Sprachnachricht",
        "Afficher les 57",
        "Voir les 57",
        "Ver los 57",
        "Mostrar los 57",
        "Mostra tutti e 57",
        "c.d.n.",
        "c.d.",
        "✂",
        "✄",
        "--✂--",
        "✂ - - - -",
    ]);
    assert_names_stay_names(&[
        "Messages",
        "Voice Recorder",
        "Photo Editor",
        "Ver",
        "Voir",
        "Read 180",
        "View 360",
        "Mostra",
        "Camera (Photo)",
    ]);
}

/// Red team rt54c's real names refused for a letter of their own: a Latin name with a
/// sign of the Latin-1 page or a modifier letter (`µTorrent`, `Minha 1ª Bíblia`, `Nº1
/// Radio`, `Hawaiʻi News`, `Robloxˣ`), or written in styled letters that are Latin in
/// compatibility form (`ℕetflix`, `𝓝𝓮𝓽𝓯𝓵𝓲𝔁`, `Ⓝetflix`), is read as Latin; a name of one
/// star between its letters is a name (`E*TRADE`), one more masked is not (`T***k`). A name
/// in Greek, in plain or in styled letters, is still in an alphabet the policy does not
/// write, and a name with one letter hidden by a star is still asked about as TikTok.
#[test]
fn a_latin_name_with_a_sign_a_modifier_or_styled_letters_is_read_as_latin() {
    assert_names_stay_names(&[
        "µTorrent",
        "µBlock Origin",
        "Minha 1ª Bíblia",
        "Nº1 Radio",
        "Hawaiʻi News",
        "Robloxˣ",
        "ℕetflix",
        "𝓝𝓮𝓽𝓯𝓵𝓲𝔁",
        "Ⓝetflix",
        "E*TRADE",
        "Q*bert",
    ]);
    for list in [
        "Μουσική\nSlack\n",
        "𝚳𝛐𝛖𝛔𝛊𝛋𝛈\nSlack\n",
        "Slack\nT***k\n",
        "Slack\nT*kT*k\n",
    ] {
        assert_never_reassures(list);
    }
    assert_tiktok_reported("Slack\nTik*ok\n", false);
}

/// Messages copied out of Telegram Desktop, each under its sender and date in brackets
/// (`John Smith, [01.03.2023 10:15]`): the headers are the chat's, no apps; a picture
/// under one is a part of the list not here.
#[test]
fn telegram_desktops_copy_reads_its_messages_not_its_headers() {
    let copy = "John Smith, [01.03.2023 10:15]\nHere are my apps:\n\nJohn Smith, [01.03.2023 10:15]\nSlack\nZoom\nTikTok\n\nJohn Smith, [01.03.2023 10:16]\nThat's all\n";
    let report = assert_tiktok_reported(copy, true);
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.read_as);
    assert_nothing_to_do("Anna, [01.03.2023 09:02 PM]\nSlack\nZoom\n");
    assert_not_whole("John Smith, [01.03.2023 10:15]\nSlack\nZoom\n\nJohn Smith, [01.03.2023 10:16]\n[Photo]\n");
}

/// A line that says part of the list is not here says so in capitals too, its letters
/// beyond ASCII among them (`ZAŁĄCZNIK`, `CZĘŚĆ 1 Z 2`, `PIÈCE JOINTE`, `MÁS RESULTADOS`):
/// a heading, a button or a screenshot's text read back in capitals.
#[test]
#[allow(clippy::disallowed_methods)] // the standard library's capitals, to write the lines
fn a_note_of_a_part_not_here_in_capitals_beyond_ascii_is_never_nothing_to_do() {
    for line in [
        "Załącznik",
        "Część 1 z 2",
        "Więcej wyników",
        "Wczytaj więcej",
        "Anhänge",
        "Pièce jointe",
        "Más resultados",
        "Plus de résultats",
        "vidéo absente",
        "Nachricht zurückgerufen",
        "<Multimédia omis>",
        "Página 2 de 3",
    ] {
        let capitals = line.to_uppercase();
        assert_not_whole(&format!("WhatsApp\nSlack\nMicrosoft Teams\n{capitals}"));
        assert_not_whole(&format!("WhatsApp\n{capitals}\nSlack"));
    }
    assert_names_stay_names(&["ÉCRAN", "CAFÉ MOCHA", "MÜNCHEN NAVIGATOR"]);
}

/// Red team rt55a's and rt55b's: a name UTF-8 made into Latin-1 with a character lost on
/// the way (`Ð¯Ð½Ð´ÐµÐºÑ Go`, `Яндекс Go` without the byte a paste drops) is a line not
/// read; a Greek letter alone as a sign in a Latin name (`π Calculator`), an app named
/// with `Message` in capitals (`Voice Message`) and `Screen Time` are names; and the
/// answer names the names written in an alphabet the policy does not write.
#[test]
fn a_name_that_lost_its_encoding_is_unread_and_signs_and_titles_are_names() {
    for line in ["Ð¯Ð½Ð´ÐµÐºÑ Go", "Ð”Ñ–Ñ", "æ”¯ä»˜å®"] {
        assert_not_whole(&format!("WhatsApp\n{line}\nSlack"));
    }
    assert_names_stay_names(&[
        "π Calculator",
        "Σ Calculator",
        "Ω Ohm's Law",
        "λ Lambda",
        "Voice Message",
        "Photo Message",
        "Screen Time",
        "one sec | screen time + focus",
    ]);
    let report = assert_never_reassures("Slack\nΜουσική\nZoom\n");
    assert!(
        report.overall.message.contains("(Μουσική)"),
        "{}",
        report.overall.message
    );
}

/// Red team rt55a's: TikTok hidden by a cut or a mail's encoding. The text's last name
/// that begins a policy's name, as if cut there (`TikT` at the very end), is asked about;
/// a mail's source copied raw, a name broken by quoted-printable's soft break (`Tik=` over
/// `Tok`), escaped in it (`=54ikTok`) or written as a MIME encoded-word
/// (`=?UTF-8?B?VGlrVG9r?=`), is found. Apple's `Music`, less than three fifths of
/// `musical.ly`, stays a name at the end.
#[test]
fn a_name_cut_at_the_texts_end_or_hidden_by_a_mails_encoding_is_never_nothing_to_do() {
    for list in [
        "Slack\nZoom\nTikT",
        "Slack\nZoom\nTikT\n",
        "Slack, Zoom, TikT",
        "Slack\nTik=\nTok\nZoom\n",
        "Slack\n=54ikTok\nZoom\n",
        "Slack\n=?UTF-8?B?VGlrVG9r?=\nZoom\n",
        "Slack\n=?utf-8?Q?Tik=54ok?=\nZoom\n",
    ] {
        assert_tiktok_reported(list, false);
    }
    assert_nothing_to_do("Slack\nZoom\nMusic\n");
    assert_nothing_to_do("Slack\nOutlook=\nZoom\n");
}

/// Red team rt55a's pictures named without their file's extension, as a chat, a mail or a
/// file's list shows them: a camera's or a phone's name (`IMG_1234`,
/// `PXL_20230301_120000000`, `IMG-20230301-WA0001`), a screen's picture before its date in
/// the languages of phones (`Screen Shot 2023-03-01 at 12.00.00 PM`, `Skärmavbild
/// 2023-03-01 kl. 12.00.00`), or a name of several words alone (`Capture d'écran`, `Pasted
/// Graphic`). Apps named with such words stay names.
#[test]
fn a_pictures_name_without_its_extension_is_never_nothing_to_do() {
    assert_lines_not_whole(&[
        "IMG_1234",
        "PXL_20230301_120000000",
        "IMG-20230301-WA0001",
        "Screenshot_20230301-120000",
        "photo_2023-03-01_12-00-00",
        "signal-2023-03-01-120000",
        "Screen Shot 2023-03-01 at 12.00.00 PM",
        "Screenshot from 2023-03-01 12-00-00",
        "Bildschirmfoto 2023-03-01 um 12.00.00",
        "Capture d'écran 2023-03-01 120000",
        "Captura de pantalla 2023-03-01 a las 12.00.00",
        "Schermafbeelding 2023-03-01 om 12.00.00",
        "Skärmavbild 2023-03-01 kl. 12.00.00",
        "Näyttökuva 2023-03-01 kello 12.00.00",
        "WhatsApp Image 2023-03-01 at 12.00.00",
        "Capture d'écran",
        "Captura de pantalla",
        "Zrzut ekranu",
        "Pasted Graphic",
        "Image from iOS",
    ]);
    assert_names_stay_names(&[
        "Screenshot",
        "Signal",
        "Signal Private Messenger",
        "IMG Studio",
        "Photo 2",
        "Capture One",
        "WhatsApp Business",
        "Image Converter",
        "Screen Recorder",
    ]);
}

/// Red team rt55a's places among several: a picture's or a file's (`Photo 1 of 3`, `Bild
/// 1 von 3`), a page's in Czech, Finnish, Turkish, Romanian, Indonesian and Vietnamese
/// (`Strana 1 z 3`, `Sivu 1/3`, `Sayfa 1 / 3`), and a page with its count of items after
/// it (`Page 1 of 4 (84 items)`). `Photo 2` and `Photo (3)` stay names.
#[test]
fn a_picture_or_a_page_among_several_is_never_nothing_to_do() {
    assert_lines_not_whole(&[
        "Photo 1 of 3",
        "Image 1 of 2",
        "Bild 1 von 3",
        "Attachment 2 of 2",
        "Strana 1 z 3",
        "Sivu 1/3",
        "Sayfa 1 / 3",
        "Pagina 1 din 3",
        "Halaman 1 dari 3",
        "Trang 1/3",
        "Page 1 of 4 (84 items)",
        "Seite 1 von 4 (84 Einträge)",
    ]);
    assert_names_stay_names(&["Photo 2", "Photo (3)", "Image 360"]);
}

/// Red team rt55a's lines in the languages of phones beyond appcheck's eight (Swedish,
/// Danish, Norwegian, Finnish, Czech, Hungarian, Turkish, Romanian, Indonesian,
/// Vietnamese): a chat's picture left out (`bild utelämnad`, `<Medie udeladt>`, `[Kuva]`),
/// a message deleted or taken back (`Bu mesaj silindi`, `Viesti peruttiin`), a voice
/// message in those and the eight (`Röstmeddelande`, `Message vocal`, `Mensaje de voz`),
/// pictures counted (`2 foton`) and a text cut (`[katkaistu]`). The words are read as
/// `says_part_missing` reads its eight languages': a line of them alone. Names in
/// capitals with such words stay names.
#[test]
fn a_part_not_here_in_ten_more_languages_is_never_nothing_to_do() {
    assert_lines_not_whole(&[
        "bild utelämnad",
        "billede udeladt",
        "bilde utelatt",
        "kuva jätetty pois",
        "kép kihagyva",
        "imagine omisă",
        "gambar dihilangkan",
        "<Medie udeladt>",
        "<Medier utelatt>",
        "<Média vynechána>",
        "<Médiumok kihagyva>",
        "<Medya dahil edilmedi>",
        "[Billede]",
        "[Kuva]",
        "[Obrázek]",
        "[Kép]",
        "[Resim]",
        "[Gambar]",
        "[Ảnh]",
        "[Voice]",
        "[kuva: kuvakaappaus.png]",
        "Det här meddelandet raderades",
        "Du raderade det här meddelandet",
        "Denne besked blev slettet",
        "Du slettede denne besked",
        "Denne meldingen ble slettet",
        "Du slettet denne meldingen",
        "Tämä viesti poistettiin",
        "Poistit tämän viestin",
        "Tato zpráva byla smazána",
        "Smazali jste tuto zprávu",
        "Ez az üzenet törölve lett",
        "Törölted ezt az üzenetet",
        "Bu mesaj silindi",
        "Bu mesajı sildiniz",
        "Acest mesaj a fost șters",
        "Ai șters acest mesaj",
        "Pesan ini telah dihapus",
        "Anda menghapus pesan ini",
        "Meddelandet återkallades",
        "Viesti peruttiin",
        "Zpráva byla odvolána",
        "Mesaj geri çekildi",
        "Mesajul a fost retras",
        "Pesan ditarik",
        "Röstmeddelande",
        "Talebesked",
        "Talemelding",
        "Ääniviesti",
        "Hlasová zpráva",
        "Hangüzenet",
        "Sesli mesaj",
        "Mesaj vocal",
        "Pesan suara",
        "Message vocal",
        "Mensaje de voz",
        "Messaggio vocale",
        "Mensagem de voz",
        "Spraakbericht",
        "Wiadomość głosowa",
        "2 foton",
        "2 billeder",
        "2 kuvaa",
        "2 fotky",
        "2 fotó",
        "2 fotoğraf",
        "2 fotografii",
        "[avkortad]",
        "[afkortet]",
        "[katkaistu]",
        "[zkráceno]",
        "[csonkítva]",
        "[kısaltıldı]",
        "[trunchiat]",
        "[dipotong]",
    ]);
    assert_names_stay_names(&[
        "Sesli Mesaj",
        "Mensaje De Voz",
        "Foto Mesaj",
        "Gambar Editor",
        "Kuva Studio",
    ]);
}

/// Red team rt55a's buttons, counts and continuations in the languages of phones beyond
/// the eight (`och 42 till`, `Visa alla 84 appar`, `fortsättning följer`, Gmail's `Visa
/// citerad text` and clipped message, `Tryck för att expandera`), and a mail app's
/// pictures not loaded or its message folded (`Load Remote Content`, `Bilder anzeigen`,
/// `View full message`): the pictures or the rest may hold the list. `Visa`, a bank's
/// app, and `Visa Mobile` stay names.
#[test]
fn a_button_a_count_or_a_continuation_in_more_languages_is_never_nothing_to_do() {
    assert_lines_not_whole(&[
        "och 42 till",
        "og 42 mere",
        "og 42 til",
        "Visa alla 84 appar",
        "Vis alle 84 apper",
        "Näytä kaikki 84 sovellusta",
        "Zobrazit všech 84 aplikací",
        "Lihat semua 84 aplikasi",
        "fortsättning följer",
        "fortsættes",
        "fortsettelse følger",
        "jatkuu",
        "pokračování příště",
        "folytatása következik",
        "devam edecek",
        "va urma",
        "bersambung",
        "còn tiếp",
        "Visa citerad text",
        "Vis citeret tekst",
        "Näytä lainattu teksti",
        "Zobrazit citovaný text",
        "[Meddelandet är klippt]  Visa hela meddelandet",
        "[Viesti leikattu]  Näytä koko viesti",
        "[Zpráva zkrácena]  Zobrazit celou zprávu",
        "Tryck för att expandera",
        "Klepnutím rozbalíte",
        "View full message",
        "Load Remote Content",
        "Load remote images",
        "Display images below",
        "Click here to download pictures. To help protect your privacy, Outlook prevented automatic download of some pictures in this message.",
        "Externe Inhalte laden",
        "Bilder anzeigen",
        "Afficher les images",
        "Mostrar imágenes",
        "Show message history",
    ]);
    assert_names_stay_names(&["Visa", "Visa Mobile", "Lihat", "Dan", "Show Pictures"]);
}

/// Red team rt55a's English lines of chats, mail sources, consoles and exports, and remarks
/// typed in a sentence's case: a view-once or forwarded picture, one attached or posted
/// (`Anna attached a file`), a mail's picture by its reference or its tag (`cid:…`,
/// `<img …>`), in HTML's entities (`&lt;Media omitted&gt;`), a link's file before its query
/// (`…/apps.xlsx?dl=0`), iOS's WhatsApp export's file (`00000012-PHOTO-…`), a pager's
/// prompt (`Press SPACE for more, q to quit`, `less`'s `lines 1-20/84 15%`), an export
/// limited (`Results limited to 1000`), and a remark that the rest comes later or is not
/// known (`I'll send the rest`, `not sure about the rest`). Names in a sentence's case
/// stay names, and so does a count of none left out.
#[test]
fn a_chats_a_mails_a_consoles_or_a_writers_note_of_the_rest_is_never_nothing_to_do() {
    assert_lines_not_whole(&[
        "View-once media",
        "View once photo",
        "Photo · View once",
        "Anna attached a file",
        "Anna posted an image",
        "Anna added 3 photos",
        "Replying to a photo",
        "Replied to a photo",
        "Forwarded photo",
        "cid:image001.png@01D94C3A.12345670",
        "<img src=\"cid:image001.png@01D94C3A.12345670\" width=600>",
        "<img src=\"image001.png\">",
        "<img alt=\"apps\" src=\"apps.png\">",
        "https://www.dropbox.com/s/abc/apps.xlsx?dl=0",
        "https://www.dropbox.com/s/abc/apps.png?dl=0",
        "&lt;Media omitted&gt;",
        "&lt;image&gt;",
        "00000012-PHOTO-2023-03-01-12-00-00",
        "apps.txt lines 1-20/84 15%",
        "byte 1234/5678 21%",
        "<--- More --->",
        "-- Press <Enter> to continue --",
        "Press <space> for more",
        "Press SPACE for more, q to quit",
        "Export limited to first 1000 records",
        "This report contains the first 1000 results",
        "The export has been truncated",
        "Results limited to 1000",
        "Preview limited to 100 rows",
        "Fetched 20 rows. More rows available",
        "Query returned more than 20 rows; use LIMIT",
        "not sure about the rest",
        "will check the rest tomorrow",
        "I'll send the rest",
    ]);
    assert_names_stay_names(&[
        "LongShot for long screenshot",
        "Rest of the World",
        "call of duty mobile",
        "Cider",
        "CID Manager",
        "rest timer app",
        // (A tag before a name is no picture alone: the end-to-end test's payload.)
        "<img src=x onerror=\"window.__pwned=1\">Notes",
    ]);
    assert_nothing_to_do("Slack\nZoom\n0 more rows not exported\n");
    assert_nothing_to_do(
        "Hi Tom,\nhere are the apps on my work phone:\nOutlook\nTeams\nThanks and enjoy the rest of your day\nAnna\n",
    );
}

/// Red team rt56a's: a letter of the Letterlike Symbols in a script the policy does not
/// write (`ℸ`, Hebrew in compatibility form) is still foreign, as the plain letter is;
/// TikTok spelt in Unicode's invisible tag characters, alone or after a name, is found;
/// and a remark that the rest comes later in the eight languages (`der Rest kommt
/// später`, `le reste demain`, `te mando el resto`) says the list is not whole.
#[test]
fn a_letterlike_sign_hidden_tags_or_the_rest_later_in_eight_languages_is_never_nothing_to_do() {
    for list in ["Slack\nℸikℸok\nZoom\n", "Slack\nℵ\nZoom\n", "Slack\nד\nZoom\n"] {
        assert_never_reassures(list);
    }
    let tags: String = "TikTok"
        .chars()
        .filter_map(|c| char::from_u32(0xE0000 + u32::from(c)))
        .collect();
    for list in [
        format!("Slack\nZoom\n{tags}\nOutlook\n"),
        format!("Slack\nZoom\nSpotify{tags}\nOutlook\n"),
    ] {
        assert_never_reassures(&list);
    }
    assert_lines_not_whole(&[
        "der Rest kommt später",
        "den Rest schicke ich morgen",
        "le reste demain",
        "le reste plus tard",
        "te mando el resto",
        "il resto domani",
        "o resto amanhã",
        "rest komt later",
        "ik stuur de rest later",
        "resztę wyślę jutro",
        "reszta jutro",
    ]);
    assert_names_stay_names(&["ℕetflix", "Rest Timer", "Resto Finder", "Il Meteo"]);
}

/// Red team rt56b's false alarms of the first remark_of_part and cut_at_end: a complete
/// list's sentences about it (`I deleted the rest last week.`, `Half of these came
/// preinstalled.`), apps named in a sentence's case (`Rest in pieces`, `Half marathon
/// trainer`, `Screenshot to text`), and a home screen ending in its own `Música`, which
/// begins `musically` with three letters more, are whole.
#[test]
fn a_whole_lists_remarks_and_names_in_a_sentences_case_are_read_whole() {
    for sentence in [
        "I deleted the rest last week.",
        "I removed the rest yesterday.",
        "Half of these came preinstalled.",
        "A few of these came preinstalled.",
        "That's all the ones on there.",
        "No screenshot, sorry, I typed them out.",
        "I'll be back tomorrow if you need anything else.",
        "Call me later if anything is unclear.",
        "Just reply to this msg if you need more.",
    ] {
        assert_nothing_to_do(&format!("Slack\nZoom\nOutlook\nSpotify\nWhatsApp\n{sentence}\n"));
    }
    assert_names_stay_names(&[
        "Rest in pieces",
        "Half marathon trainer",
        "Screenshot to text",
        "Outlook msg viewer",
        "Send msg later",
        "Time to rest",
        "Ones to watch",
        "Read later on the go",
    ]);
    for list in [
        "WhatsApp\nInstagram\nMapas\nFotos\nMúsica",
        "WhatsApp\nInstagram\nMappe\nFoto\nMusica",
    ] {
        assert_nothing_to_do(list);
    }
    let report = check_against(
        "us-no-tiktok-on-government-devices",
        serde_json::json!({"device": "phone", "ownership": "company"}),
        "2023-03-01T12:00:00Z",
        "Slack\nSpotify\nDream",
    );
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:?}", report.overall);
}

/// Red team rt56a's: TikTok broken across two lines by a soft hyphen (`Tik\u{ad}` over
/// `Tok`), a screen's picture named with a typographic apostrophe (`Capture d’écran
/// 2023-03-01 à 12.00.00`), and a line that says in brackets it could not be read
/// (`[unreadable]`, `(unleserlich)`).
#[test]
fn a_soft_hyphen_a_typographic_apostrophe_or_an_unreadable_mark_is_never_nothing_to_do() {
    assert_tiktok_reported("Slack\nZoom\nTik\u{ad}\nTok\nOutlook\n", false);
    assert_lines_not_whole(&[
        "Capture d’écran 2023-03-01 à 12.00.00",
        "[unreadable]",
        "[illegible]",
        "(unleserlich)",
        "(illisible)",
        "(ilegible)",
        "(blurry)",
    ]);
}

/// A count the rows do not reach, in the shapes tools and people write it (red team
/// rt56a): a heading's count in brackets with its unit (`My apps (10 apps):`), a part of
/// a whole in brackets (`Managed Apps (5 of 84)`), a heading of a kind of apps (`Work
/// apps (12)`), pandas' dimensions under a frame it cut (`[84 rows x 3 columns]`),
/// phpMyAdmin's total (`Showing rows 0 - 24 (84 total, Query took 0.0010 seconds.)`).
/// Each is whole when its count is the rows'.
#[test]
fn a_count_the_rows_do_not_reach_in_brackets_or_a_tools_words_is_not_whole() {
    for (part, whole) in [
        ("My apps (10 apps):\n", "My apps (3 apps):\n"),
        ("Managed Apps (5 of 84)\n", "Managed Apps (3 of 3)\n"),
        ("Work apps (12)\n", "Work apps (3)\n"),
        ("Installed (12 items):\n", "Installed (3 items):\n"),
        (
            "Showing rows 0 - 2 (84 total, Query took 0.0010 seconds.)\n",
            "Showing rows 0 - 2 (3 total, Query took 0.0010 seconds.)\n",
        ),
    ] {
        assert_not_whole(&format!("{part}Slack\nZoom\nOutlook\n"));
        assert_whole_with(&format!("{whole}Slack\nZoom\nOutlook\n"), 3);
    }
    // (Red team rt58: more words in the brackets, other brackets, French spacing.)
    for part in [
        "Installed apps (84 total)\n",
        "Installed apps (total 84):\n",
        "Apps (12 installed):\n",
        "Apps (12 total, 3 shown):\n",
        "Managed Apps (3 out of 84)\n",
        "Managed apps (showing 3 of 84)\n",
        "Managed Apps (1-3 of 84)\n",
        "Work apps [12]\n",
        "Work apps（12）\n",
        "Mes applications (12) :\n",
    ] {
        assert_not_whole(&format!("{part}Slack\nZoom\nOutlook\n"));
    }
    for heading in [
        "My phone (iPhone 12):\n",
        "Apps (64 GB):\n",
        "Apps (last 30 days):\n",
        "Installed apps (2023-2024):\n",
        "Apps I use (24/7):\n",
        "Work apps (03/2024):\n",
    ] {
        assert_whole_with(&format!("{heading}Slack\nZoom\nOutlook\n"), 3);
    }
    assert_names_stay_names(&["Teams (99+)", "Gmail (2 accounts)", "Mail (12)"]);
    // (Other tools' dimensions and footers: Jupyter's pandas table, polars, R's tibble.)
    for footer in [
        "84 rows × 3 columns",
        "shape: (84, 3)",
        "# ℹ 81 more rows",
        "# … with 81 more rows",
    ] {
        assert_not_whole(&format!("Slack\nZoom\nOutlook\n{footer}\n"));
    }
    assert_whole_with("Slack\nZoom\nOutlook\n3 rows × 1 columns\n", 3);
    assert_not_whole("Slack\nZoom\nOutlook\n[84 rows x 3 columns]\n");
    assert_not_whole("Slack\nZoom\nOutlook\n[84 rows × 3 columns]\n");
    assert_whole_with("Slack\nZoom\nOutlook\n[3 rows x 1 columns]\n", 3);
}

/// A remark that the list is only some of the apps, in a sentence's case (red team
/// rt56a): `those are the main ones`, `That's most of them.`, `see next msg`, `my phone
/// died`. Sentences about a whole list stay sentences, and names stay names.
#[test]
fn a_remark_that_these_are_only_some_is_not_whole() {
    assert_lines_not_whole(&[
        "those are the main ones",
        "Those are the main ones.",
        "these are just the important ones",
        "That's most of them.",
        "that's all i can remember",
        "those are the ones I use",
        "thats most of them",
        "Those are my most used apps.",
        "That's all I could think of.",
        "das sind die wichtigsten",
        "ce sont les principales",
    ]);
    // (That the rest comes later: anywhere, as the other remarks of the rest.)
    assert_lines_not_whole(&[
        "see next msg",
        "more in my next message",
        "battery died, will finish later",
        "my battery is dying",
    ]);
    // (Review: `only`, `nur`, `other` and `full` say no such thing alone.)
    assert_lines_not_whole(&[
        "These are only the main ones",
        "das sind nur die wichtigsten",
        "see my next message for the other apps",
        "my battery is dying, full list later",
        "those are the main ones, can't recall the rest",
    ]);
    // Red team rt58's whole lists: a remark that says there is nothing else, a phone that
    // died once, a next message about another thing.
    for remark in [
        "Those are the ones I use and that's all I have.",
        "Those are the ones I use. I don't have any other apps.",
        "Those are the ones I use – there are no others.",
        "These are all the ones I use and have.",
        "Those are the main ones; I have nothing else.",
        "Those are the main ones; the list is complete.",
        "Not sure which are the main ones, so I listed everything.",
        "Those are the main ones and also every other app I have.",
        "Ce sont les principales, il n'y en a pas d'autres.",
        "Das sind alle, nicht nur die wichtigsten.",
        "Sorry for the late reply, my phone died.",
        "My phone died last month and I only reinstalled these.",
        "This is my new phone, the old one's battery died.",
        "More on the phone model in my next message.",
        "Looking forward to your next message.",
        "Those are the main ones; that is the whole list.",
    ] {
        assert_nothing_to_do(&format!("Slack\nZoom\nOutlook\n{remark}\n"));
    }
    assert_not_whole("Slack\nZoom\nthose are the main ones\nOutlook\nTeams\n");
    for list in [
        "Slack\nZoom\nOutlook\nThat's all of them.\n",
        "Slack\nZoom\nOutlook\nThose are all my apps.\n",
        "Slack\nZoom\nOutlook\nI deleted the ones I never use.\n",
        "Slack\nZoom\nOutlook\nthe important ones are on top and this is every app\n",
    ] {
        assert_nothing_to_do(list);
    }
    assert_names_stay_names(&["Main Ones", "The Important Ones", "Next Message", "Phone Died"]);
}

/// A chat's or a mail's line that a picture or a file came with it (red team rt56a):
/// Gmail's `Attachments area`, `Anna replied to an image`, iMessage's `Liked an image`, a cut mark
/// `-- cut --`.
#[test]
fn a_chats_or_mails_line_that_a_picture_came_with_it_is_not_whole() {
    assert_lines_not_whole(&[
        "Attachments area",
        "Anna replied to an image",
        "You replied to a photo",
        "Anna shared an album",
        "Liked an image",
        "Laughed at an image",
        "Anna reacted ❤️ to a photo",
        "Anna forwarded an image",
        "-- cut --",
        "--- snip ---",
    ]);
    assert_names_stay_names(&[
        "Shared Album",
        "Photo Album",
        "Reply",
        "Most Liked Photos",
        "Anna Liked Photos",
    ]);
}

/// A mark where lines were left out, whatever encloses its dots (red team rt56a): a
/// vertical ellipsis, `<...>`, a comment's `/* ... */`, `# ...`, `{...}`.
#[test]
fn a_gap_marked_by_dots_in_any_brackets_or_a_comment_is_not_whole() {
    assert_lines_not_whole(&["⋮", "︙", "<...>", "/* ... */", "# ...", "{...}", "// ..."]);
    assert_names_stay_names(&["Dots", "Ellipsis", "<Zoom>"]);
}

/// A list numbered by hand without a sign after its numbers (`1 Slack`, `2 Zoom`, `5
/// Outlook`): counted from 1 and every item numbered, the items it counted past are not
/// here. Names that begin with a number (`7 Cups`, `8 Ball Pool`) count nothing.
#[test]
fn a_list_numbered_without_signs_that_skips_numbers_is_not_whole() {
    assert_not_whole("1 Slack\n2 Zoom\n5 Outlook\n6 Spotify\n");
    assert_not_whole("1 Slack\n2 Zoom\n3 Outlook\n7 Spotify\n");
    assert_whole_with("1 Slack\n2 Zoom\n3 Outlook\n4 Spotify\n", 4);
    assert_whole_with("7 Cups\n8 Ball Pool\n10 Minute Workouts\n", 3);
    assert_whole_with("Slack\n1 Second Everyday\n3 Little Pigs\n4 Pics 1 Word\nZoom\n", 5);
    assert_whole_with("1 Second Everyday\n4 Pics 1 Word\n8 Ball Pool\n", 3);
    // (Red team rt60's folders of names that begin with numbers.)
    assert_whole_with("1 Second Everyday\n2 Dots\n4 Pics 1 Word\n", 3);
    assert_whole_with("1 Second Everyday\n2 Dots\n4 Pics 1 Word\n8 Ball Pool\n", 4);
    assert_whole_with("1 Second Everyday\n2 Player Games\n5 Minute Journal\n", 3);
}

/// A home screen's folder written with the count of its apps (`Games (12)`, `Social
/// (5)`, `Utilities folder (8)`): apps the list does not name, when it holds fewer than
/// that. An app's name with a badge (`Mail (3)`, `Photos (3)`) is the app's.
#[test]
fn a_folder_with_more_apps_than_the_list_holds_is_not_whole() {
    for folder in ["Games (12)", "Social (5)", "Utilities folder (8)", "Productivity (6)"] {
        assert_not_whole(&format!("Slack\nZoom\n{folder}\nOutlook\n"));
    }
    assert_whole_with("Games (2)\nCandy Crush\nChess\nSlack\n", 3);
    assert_names_stay_names(&["Mail (3)", "Photos (3)", "WhatsApp (12)", "Games"]);
}

/// What red team rt59 found answering "nothing to do": `etc` in capitals or spelt out
/// (`ETC.`, `Etcetera`, `e.t.c.`), more counted in words (`and two more`, `ten more`), a
/// message's part marker in words (`1 of 2`), and counts in more of the shapes screens
/// and people write (`Installed: 84`, `Your apps (84)`, `84 total`, `Total (84)`, `Number
/// of apps: 84`, `Here's my list (40 apps):`).
#[test]
fn etc_in_capitals_more_in_words_a_part_in_words_and_more_counts_are_not_whole() {
    assert_lines_not_whole(&[
        "ETC",
        "ETC.",
        "Etcetera",
        "e.t.c.",
        "and two more",
        "and twelve more",
        "ten more",
    ]);
    assert_names_stay_names(&[
        "Two Dots",
        "Ten Percent Happier",
        "Five Nights at Freddy's",
        "Twelve Minutes",
    ]);
    assert_not_whole("Gmail\nOutlook\n1 of 2\n");
    assert_not_whole("1 of 3\nGmail\nOutlook\nSlack\n");
    assert_whole_with("1 of 2\nGmail\nOutlook\n2 of 2\nSlack\n", 3);
    for count in [
        "Installed: 84",
        "Your apps (84)",
        "84 total",
        "84 in total",
        "Total (84)",
        "Number of apps: 84",
        "Here's my list (40 apps):",
        "Installed apps – 84",
        "Apps · 84",
        "Installed apps 84",
        "All apps 84",
        "I've got 40+ apps:",
        "My 40 installed apps:",
        "Four apps:",
        "Here are my ten apps:",
    ] {
        assert_not_whole(&format!("{count}\nSlack\nZoom\nOutlook\n"));
        assert_not_whole(&format!("Slack\nZoom\nOutlook\n{count}\n"));
    }
    assert_whole_with("Installed: 3\nSlack\nZoom\nOutlook\n", 3);
    assert_whole_with("Slack\nZoom\nOutlook\n3 total\n", 3);
    assert_whole_with("Installed apps – 3\nSlack\nZoom\nOutlook\n", 3);
    assert_whole_with("Here are my three apps:\nSlack\nZoom\nOutlook\n", 3);
    assert_names_stay_names(&["Microsoft 365", "Apps 2", "Total War 3", "Number 1"]);
}

/// More of red team rt59's remarks that the list is not all here: the rest not copied
/// (`I couldn't copy the rest`), the rest described, not listed (`the rest are just
/// games`), some left out (`I skipped a few`, `I left out the games`), the list going on
/// elsewhere (`(list continues in next message)`, `the list goes on`), a picture pointed
/// to (`see the screenshot I sent`, `as per attached`), Gmail's `Inline image 1`, a
/// picture's or an attachment's emoji alone (`📷`, `📎`).
#[test]
fn more_remarks_pictures_and_emoji_that_say_the_list_is_not_all_here_are_not_whole() {
    assert_lines_not_whole(&[
        "I couldn't copy the rest",
        "rest didn't paste",
        "the rest are just games",
        "I skipped a few",
        "I left out the games",
        "(didn't list the built-in ones)",
        "(list continues in next message)",
        "the list goes on",
        "Let me know if you need the full list",
        "see the screenshot I sent",
        "as per attached",
        "Inline image 1",
        "📷",
        "📎",
        "🖼️",
        "(incomplete)",
    ]);
    for list in [
        "Slack\nZoom\nOutlook\nI copied the rest from my old phone.\n",
        "Slack\nZoom\nOutlook\nI left out nothing.\n",
    ] {
        assert_nothing_to_do(list);
    }
}

/// A message's part marker in words between names, not only on the first or the last line
/// (`Gmail`, `1 of 2`, `Slack`: two screenshots or messages pasted one after the other,
/// one part's marker between them; red team rt59): a part of several, the list whole only
/// when every part's marker is here. (The count reading, two shown of two, has more rows
/// than it counts.)
#[test]
fn a_part_marker_in_words_between_names_is_not_whole() {
    assert_not_whole("Gmail\nOutlook\n1 of 2\nSlack\nZoom\n");
    assert_not_whole("Gmail\n2 of 3\nOutlook\nSlack\nZoom\n");
    assert_not_whole("Gmail\nOutlook\nSeite 1 von 2\nSlack\nZoom\n");
    assert_whole_with("Gmail\nOutlook\n1 of 2\nSlack\nZoom\n2 of 2\n", 4);
    assert_whole_with("1 of 2\nGmail\nOutlook\n2 of 2\nSlack\nZoom\n", 4);
    assert_names_stay_names(&["1 of 1", "Two of Us"]);
}

/// A count whose words are in capitals or abbreviated (`84 Results`, `84 RESULTS`, `No. of
/// apps: 84`, as a search's or a console's screen writes them; red team rt59), or in the
/// interface's other languages (`84 Ergebnisse`, `84 résultats`): more than the rows here.
#[test]
fn counts_in_capitals_abbreviated_or_in_other_languages_are_not_whole() {
    assert_lines_not_whole(&[
        "84 Results",
        "84 RESULTS",
        "84 Entries",
        "No. of apps: 84",
        "84 Ergebnisse",
        "84 résultats",
        "84 resultados",
    ]);
    assert_whole_with("3 Results\nGmail\nOutlook\nSlack\n", 3);
    assert_whole_with("No. of apps: 3\nGmail\nOutlook\nSlack\n", 3);
    assert_names_stay_names(&["No Man's Sky", "No. 1 Fan", "100 Days"]);
}

/// A JSON document's own words beside its apps that say the list is not whole (red team
/// rt59): a count of what was left out (`"omitted": 10`, `"skipped": 3`), a note or a
/// comment as a typed line would say it (`"note": "showing first 3 of 12"`, `"_comment":
/// "list truncated"`, `"comment": "and 12 more"`, `"note": "those are the main ones"`),
/// a screenshot or an attachment that holds it (`"screenshot": "apps.png"`). A note that
/// says nothing of the kind, and a count of nothing left out, keep the list whole.
#[test]
fn a_json_documents_notes_counts_and_attachments_beside_its_apps_say_it_is_not_whole() {
    for field in [
        r#""omitted": 10"#,
        r#""skipped": 3"#,
        r#""note": "showing first 3 of 12""#,
        r#""_comment": "list truncated""#,
        r#""comment": "and 12 more""#,
        r#""note": "those are the main ones""#,
        r#""notes": "see the screenshot I sent""#,
        r#""screenshot": "apps.png""#,
        r#""attachments": ["IMG_0412.PNG"]"#,
    ] {
        assert_not_whole(&format!(r#"{{"apps": ["Slack", "Zoom", "Outlook"], {field}}}"#));
        assert_not_whole(&format!(r#"{{{field}, "apps": ["Slack", "Zoom", "Outlook"]}}"#));
    }
    for field in [
        r#""omitted": 0"#,
        r#""note": "exported from my phone""#,
        r#""comment": "all of them""#,
        r#""screenshot": null"#,
        r#""attachments": []"#,
    ] {
        assert_whole_with(&format!(r#"{{"apps": ["Slack", "Zoom", "Outlook"], {field}}}"#), 3);
    }
}

/// More remarks that the list is some of the apps or not finished (red team rt59's
/// wordings): not finished yet, a battery low, what is remembered in French and
/// Spanish, and German's remarks with their nouns' capitals (`Das sind meine wichtigsten
/// Apps`). Names with those words, and a remark that the list is whole, stay whole.
#[test]
fn more_remarks_of_a_list_not_finished_or_remembered_are_not_whole() {
    assert_lines_not_whole(&[
        "Haven't finished yet",
        "Sorry, battery low",
        "C'est tout ce dont je me souviens",
        "Es todo lo que recuerdo",
        "Das sind meine wichtigsten Apps",
        "Das sind die wichtigsten Apps, die ich nutze",
        "Das sind nur die Apps, die mir einfallen",
    ]);
    assert_names_stay_names(&["Battery Saver", "Not Done", "So Far So Good", "Die Apps"]);
    assert_whole_with("Slack\nZoom\nThat's all my apps, nothing else\n", 2);
}

/// A name written with inline HTML tags inside it, a line of a mail's or a web page's
/// source pasted among names (`<b>Tik</b>Tok`, `<span>Tik</span><span>Tok</span>`,
/// `Tik<wbr>Tok`; red team rt59): read as its text, the tags taken out. A line with a
/// tag of a block (`<li>`, `<p>`) or a link (a signature's, rt62) or no tag at all is
/// read as before, and a chat's placeholder in angle brackets is no tag.
#[test]
fn a_name_written_with_inline_tags_inside_it_is_read_as_its_text() {
    for line in [
        "<b>Tik</b>Tok",
        "<span>Tik</span><span>Tok</span>",
        r#"<span style="color:red">Tik</span>Tok"#,
        "Tik<wbr>Tok",
        "<STRONG>TikTok</STRONG>",
    ] {
        let report = check(&format!("WhatsApp\n{line}\nSlack\n"));
        assert_eq!(
            report.overall.answer,
            Answer::ActionRequired,
            "{line:?}: {:#?}",
            report.findings
        );
    }
    assert_whole_with("WhatsApp\n<b>Slack</b>\n<i>Zoom</i> Rooms\n", 3);
    assert_not_whole("WhatsApp\n<Media omitted>\nSlack\n");
}

/// What red team rt61 found answering "nothing to do" in people's own words: apps left
/// out by kind (`(not counting my personal apps)`, `(ohne die privaten Apps)`), the full
/// list in an attachment (`Please find attached the full list.`, `anbei die komplette
/// Liste`, `ci-joint la liste`), the rest later or not listed (`I'll check the rest tonight.`, `I
/// didn't list all of them.`, `den Rest schick ich nachher`), and a list that goes on in
/// words (`y así sucesivamente`, `usw.`). A remark that only describes a
/// whole list stays whole.
#[test]
fn remarks_of_apps_left_out_attached_or_later_are_not_whole() {
    assert_lines_not_whole(&[
        "(not counting my personal apps)",
        "not including the personal ones",
        "(ohne die privaten Apps)",
        "(sans les applis perso)",
        "(sin contar las personales)",
        "Private Apps lasse ich mal weg.",
        "Please find attached the full list.",
        "anbei die komplette Liste",
        "Liste anbei",
        "ci-joint la liste complète",
        "te adjunto el Excel",
        "Excel attached",
        "I'll check the rest tonight.",
        "I didn't list all of them.",
        "den Rest schick ich nachher",
        "Can't check the rest right now.",
        "No las puse todas.",
        "will send the full list later",
        "y así sucesivamente",
        "usw.",
        "and dozens of others",
    ]);
    assert_whole_with("WhatsApp\nSlack\nOutlook\nThat's all my apps, nothing else.\n", 3);
    assert_whole_with("WhatsApp\nSlack\nOutlook\nThose are all of them.\n", 3);
}

/// Counts of the apps in more of the shapes people and screens write them (red team
/// rt61): the number before what it counts after a total's word (`Insgesamt 57 Apps`),
/// with an article (`Número de apps: 57`, `Nombre d'applications : 57`), with a word
/// before the apps (`57 discovered apps`), or a total's word after them (`57 applis en
/// tout`): more than the rows here, and whole when the rows are as many.
#[test]
fn counts_with_articles_and_words_between_are_not_whole() {
    assert_lines_not_whole(&[
        "Insgesamt 57 Apps",
        "Número de apps: 57",
        "Nombre d'applications : 57",
        "57 discovered apps",
        "57 applis en tout",
    ]);
    assert_whole_with("Insgesamt 3 Apps\nWhatsApp\nSlack\nOutlook\n", 3);
    assert_whole_with("Número de apps: 3\nWhatsApp\nSlack\nOutlook\n", 3);
    assert_names_stay_names(&["Discovery+", "De Lijn", "Apps Manager"]);
}

/// A list copied from a phone's screen that shows only some of its apps (red team rt61):
/// the battery's (`App usage since full charge`), Location Services'. Not whole. (`Screen
/// Time`, `Permission Manager` and `Digital Wellbeing` are apps' names too: names.)
#[test]
fn a_screen_of_some_apps_battery_or_location_is_not_whole() {
    for heading in ["App usage since full charge", "Location Services", "Ortungsdienste"] {
        assert_not_whole(&format!("{heading}\nWhatsApp\nSlack\nOutlook\n"));
    }
    assert_names_stay_names(&["Battery Usage", "Location Tracker", "Screen Time", "Digital Wellbeing"]);
}

/// A mail's signature with the company's social networks (`Follow us: LinkedIn |
/// Instagram | TikTok`, `Folgen Sie uns auf LinkedIn, Instagram und TikTok`; red team
/// rt61) names no app on the phone: never a hard "remove TikTok", at most a question.
#[test]
fn a_signatures_follow_us_line_is_no_app_on_the_phone() {
    for line in [
        "Follow us: LinkedIn | Instagram | TikTok",
        "Follow us on LinkedIn, Instagram and TikTok",
        "Folgen Sie uns auf LinkedIn, Instagram und TikTok",
        "Suivez-nous sur LinkedIn, Instagram et TikTok",
        "Síguenos en LinkedIn, Instagram y TikTok",
    ] {
        let report = check(&format!("WhatsApp\nSlack\nOutlook\n\nBest regards\nAnna\n{line}\n"));
        assert!(
            !matches!(report.overall.answer, Answer::ActionRequired | Answer::NothingToDo),
            "{line:?}: {:?} {:#?}",
            report.overall.answer,
            report.findings
        );
    }
}

/// A heading over the list that says it is a selection (red team rt61): from memory, a
/// few, a sample or an excerpt, the beginning, the ones used most, the relevant ones, the
/// home screen's, in the interface's languages. A heading of a whole list stays whole.
#[test]
fn a_heading_of_a_selection_from_memory_a_few_a_sample_is_not_whole() {
    for heading in [
        "From memory:",
        "Here are a few:",
        "Apps I use most:",
        "Most used apps:",
        "Sample:",
        "Excerpt:",
        "Beginning of the list:",
        "The relevant ones:",
        "Home screen:",
        "Hier ein paar:",
        "Aus dem Gedächtnis:",
        "Erste Seite:",
        "De mémoire :",
        "Las más usadas:",
        "Die üblichen Verdächtigen:",
    ] {
        assert_not_whole(&format!("{heading}\nWhatsApp\nSlack\nOutlook\n"));
    }
    for heading in [
        "My apps:",
        "I only have a few apps:",
        "Installed apps:",
        "Here are all my apps:",
    ] {
        assert_whole_with(&format!("{heading}\nWhatsApp\nSlack\nOutlook\n"), 3);
    }
}

/// PowerShell's output that does not show a collection (red team rt61): its enumeration
/// cut at `$FormatEnumerationLimit` (`DisplayName : {WhatsApp, Slack, Outlook, Teams...}`),
/// or a .NET type's name where the values would be (`System.Object[]` in a CSV's cell,
/// `Export-Csv` of an array). Whatever read it, the list is not whole; an enumeration
/// shown whole is read.
#[test]
fn powershells_cut_enumerations_and_type_names_are_not_whole() {
    assert_not_whole("DisplayName : {WhatsApp, Slack, Outlook, Teams...}\n");
    assert_not_whole("Name        : Anna-iPhone\nApps        : {WhatsApp, Slack, Outlook, Teams…}\n");
    assert_not_whole("DeviceName,Apps\nAnna-iPhone,System.Object[]\n");
    assert_not_whole("WhatsApp\nSlack\nSystem.String[]\n");
    assert_not_whole("DeviceName,Apps\nAnna-iPhone,System.Collections.Generic.List`1[System.String]\n");
    assert_names_stay_names(&["System Info", "Object Remover"]);
    // (Or as `Format-Table`'s last cell, after a count: `Group-Object`'s groups.)
    let groups = "Count Apps\n----- ----\n    1 5319275A.WhatsAppDesktop\n    3 {Microsoft.VCLibs.140.00, Microsoft.UI.Xaml.2.8, Microsoft.NET.Native.Framework.2.2}\n";
    assert_eq!(check(groups).overall.answer, Answer::NothingToDo, "{groups}");
    assert_not_whole(&format!(
        "{groups}   57 {{Microsoft.WindowsCalculator, Microsoft.WindowsNotepad, Microsoft.WindowsTerminal...}}\n"
    ));
}

/// A last line cut inside the prefix every line above it begins with (`package:com.slack`,
/// `package:com.whatsapp`, `packag`; `com.slack`, `com.whatsapp`, `co`; red team rt61):
/// a copy that stopped there, with or without a line break after it. A last name that
/// ends where a word of the lines above ends (`Google` under `Google Maps` and `Google
/// Drive`) is a name.
#[test]
fn a_last_line_cut_inside_the_prefix_of_the_lines_above_is_not_whole() {
    assert_not_whole("package:com.slack\npackage:com.whatsapp\npackag\n");
    assert_not_whole("package:com.slack\npackage:com.whatsapp\npackag");
    assert_not_whole("com.slack\ncom.whatsapp\ncom.microsoft.teams\nco");
    // (A family of names is no tool's beginning: `Photos` under `Photoshop …`, rt63.)
    assert_nothing_to_do("Photoshop Express\nPhotoshop Camera\nPhotos\n");
    assert_whole_with("Google Maps\nGoogle Drive\nGoogle\n", 3);
    assert_whole_with("Mailchimp\nMailbird\nMail\n", 3);
}

/// Names given as the main ones in the interface's other languages (`Hauptsächlich
/// WhatsApp, Slack, Outlook`, `Surtout …`, `Sobre todo …`; red team rt61), as `Mainly …`
/// is: examples, not the list.
#[test]
fn names_given_as_the_main_ones_in_other_languages_are_not_whole() {
    for lead in ["Hauptsächlich", "Vor allem", "Surtout", "Principalement", "Sobre todo"] {
        assert_not_whole(&format!("{lead} WhatsApp, Slack, Outlook\n"));
    }
    assert_names_stay_names(&["Surtout Music"]);
}

/// A sentence that counts the apps roughly after its lead-in (`I have about fifty apps.`,
/// `I have roughly 40 apps`, `Ich habe ungefähr 40 Apps`; red team rt61), as `I have 57
/// apps` does: the list under it is not all of them.
#[test]
fn a_sentence_that_counts_the_apps_roughly_is_not_whole() {
    for line in [
        "I have about fifty apps.",
        "I have roughly 40 apps",
        "I have over 60 apps",
        "Ich habe ungefähr 40 Apps",
        "J'ai environ 40 applis",
    ] {
        assert_not_whole(&format!("{line}\nWhatsApp\nSlack\n"));
    }
}

/// A table's column of row numbers (`#`, `No`, `Nr.`, `Row`) that starts past the first
/// row or skips some (`#\tName`, `26\tWhatsApp`, `27\tSlack`; red team rt61): the rows it
/// counted past are not here. Numbered from 1 (or 0) without a gap, it is whole.
#[test]
fn a_tables_row_numbers_that_start_late_or_skip_are_not_whole() {
    assert_not_whole("#\tName\n26\tWhatsApp\n27\tSlack\n28\tOutlook\n");
    assert_not_whole("No,Name,Version\n26,WhatsApp,2.1\n27,Slack,3.0\n28,Outlook,4.1\n");
    assert_not_whole("No,Name,Version\n1,WhatsApp,2.1\n2,Slack,3.0\n5,Outlook,4.1\n");
    assert_not_whole("| # | App |\n|---|---|\n| 26 | WhatsApp |\n| 27 | Slack |\n");
    assert_whole_with("#\tName\n1\tWhatsApp\n2\tSlack\n3\tOutlook\n", 3);
    assert_whole_with("Row,Name\n0,WhatsApp\n1,Slack\n2,Outlook\n", 3);
    assert_whole_with("| # | App |\n|---|---|\n| 1 | WhatsApp |\n| 2 | Slack |\n", 2);
}

/// [`a_tables_row_numbers_that_start_late_or_skip_are_not_whole`]: a table sorted by
/// another column keeps its rows' numbers, all of them here.
#[test]
fn a_tables_row_numbers_all_here_in_another_order_are_whole() {
    assert_whole_with("#\tName\n2\tSlack\n3\tOutlook\n1\tWhatsApp\n", 3);
}

/// A word for a picture alone is a name: `Photos`, `Fotos`, `Screenshot`, `BILD`, and
/// `foto` (Italian's Photos) and `Image` typed (red team rt63). (Teams' `image` for a
/// picture in a chat was read as the list's picture for a while this session; rt64 found it
/// posted by the one who asked, so a chat's `image` is no longer a placeholder.)
#[test]
fn a_word_for_a_picture_alone_is_a_name() {
    // (Red team rt63: `foto` is Italian's Photos typed in lower case, `Image` a name.)
    assert_names_stay_names(&["Photos", "Fotos", "Screenshot", "BILD", "Photo Editor", "foto", "Image"]);
}

/// Red team rt62's false refusals of this session's rules: `so far`, `many others`, `low
/// battery` and `I could go on` inside other sentences; a selection's heading over one
/// section of a whole list (`Apps I use most:` then `Other apps:`, `Home screen:` then
/// `App Library:`); PowerShell's cut enumeration or a type's name in a field that holds
/// no apps (`Categories : {Business, Productivity, Communication...}`, an `assignments`
/// column); a JSON field of no attachment (`"attachments": 0`, `"screenshot": "n/a"`, a
/// signature's logo); a last name that a name above begins with (`Skype for Business`,
/// `Skype`, `Sky`). Each is whole.
#[test]
fn this_sessions_rules_refuse_no_whole_list_rt62() {
    for text in [
        "Gmail\nSlack\nOutlook\nNo other apps so far\n",
        "Gmail\nSlack\nOutlook\nThanks for your help so far!\n",
        "Gmail\nSlack\nWhatsApp (like many others)\n",
        "Gmail\nSlack\nChrome — low battery usage\n",
        "Gmail\nSlack\nOutlook\nIf you need more I could go on a call\n",
        "Gmail\nSlack\nOutlook\nDas sind meine wichtigsten Apps, und sonst habe ich keine.\n",
        "Apps I use most:\nGmail\nSlack\nOther apps:\nOutlook\nTeams\n",
        "Home screen:\nGmail\nSlack\nSecond page:\nOutlook\nTeams\n",
        "Home Screen:\nGmail\nSlack\nApp Library:\nOutlook\nTeams\n",
        "Erste Seite:\nGmail\nSlack\nZweite Seite:\nOutlook\nTeams\n",
        "Name : Slack\nCategories : {Business, Productivity, Communication...}\n\nName : Gmail\nCategories : {Mail}\n",
        "\"displayName\",\"publisher\",\"assignments\"\n\"Slack\",\"Slack Technologies\",\"System.Object[]\"\n\"Microsoft Teams\",\"Microsoft\",\"System.Object[]\"\n",
        "{\"apps\": [\"Gmail\", \"Slack\", \"Outlook\"], \"attachments\": 0}",
        "{\"apps\": [\"Gmail\", \"Slack\", \"Outlook\"], \"screenshot\": \"n/a\"}",
        "{\"apps\": [\"Gmail\", \"Slack\", \"Outlook\"], \"attachments\": [\"signature-logo.png\"]}",
        "Skype for Business\nSkype\nSky\n",
        "Google\nGoogle Maps\nGo\n",
    ] {
        assert_nothing_to_do(text);
    }
    // (A signature's link or handle in HTML is asked about, never ordered.)
    for line in [
        "<a href=\"https://www.tiktok.com/@examplebank\">TikTok</a>",
        "<b>TikTok</b>: @examplebank",
    ] {
        let report = check(&format!("Gmail\nSlack\n\n--\nJane Doe\n{line}\n"));
        assert_ne!(report.overall.answer, Answer::ActionRequired, "{line:?}");
    }
}

/// Red team rt62's misses beside this session's rules: more remarks (a battery low in
/// German and French, a list not exhaustive, personal apps left out in other words, many
/// others in French and Spanish, my main apps, the others later), and more headings of a
/// selection (`Here are some:`, `Extract:`, `Auszug:`, `Favorites:`, `Dock:`).
#[test]
fn more_remarks_and_headings_of_a_selection_are_not_whole_rt62() {
    assert_lines_not_whole(&[
        "Akku fast leer",
        "batterie faible",
        "non-exhaustive list",
        "Liste non exhaustive",
        "lista incompleta",
        "sans mes applis personnelles",
        "sin contar mis apps personales",
        "y muchas otras",
        "et bien d'autres",
        "These are my main apps",
        "Estas son mis apps principales",
        "I'll check the others tonight",
    ]);
    for heading in [
        "Here are some:",
        "Extract:",
        "Auszug:",
        "Extrait :",
        "Favorites:",
        "Dock:",
        "Première page :",
    ] {
        assert_not_whole(&format!("{heading}\nWhatsApp\nSlack\nOutlook\n"));
    }
}

/// More of red team rt62's misses: a count of what is installed alone (`57 installed`), a
/// message's part marker with its word (`Message 1 of 2`), a selection's heading of one or
/// two words alone (`A few:`, `Some:`), remarks (`That's all for now`, `I may have
/// missed some`), a JSON document's note of one word (`"note": "incomplete"`),
/// in its `meta`, or a flag or a count (`"incomplete": true`, `"hiddenCount": 3`; not
/// `"hidden": 1`, which may count an app listed with `"hidden": true`, rt63), and .NET's
/// `System.Collections.ArrayList` in a column of apps.
#[test]
fn more_counts_parts_headings_remarks_and_notes_are_not_whole_rt62() {
    assert_lines_not_whole(&["57 installed", "That's all for now", "I may have missed some"]);
    assert_not_whole("Message 1 of 2\nGmail\nSlack\nOutlook\n");
    for heading in ["A few:", "Some:", "Ein paar:"] {
        assert_not_whole(&format!("{heading}\nGmail\nSlack\nOutlook\n"));
    }
    for field in [
        r#""note": "incomplete""#,
        r#""description": "partial list""#,
        r#""meta": {"note": "partial list"}"#,
        r#""incomplete": true"#,
        r#""hiddenCount": 3"#,
    ] {
        assert_not_whole(&format!(r#"{{"apps": ["Gmail", "Slack", "Outlook"], {field}}}"#));
    }
    assert_not_whole("\"DeviceName\",\"Apps\"\n\"PHONE-01\",\"System.Collections.ArrayList\"\n");
    assert_nothing_to_do("Message 1 of 1\nGmail\nSlack\nOutlook\n");
    assert_whole_with(
        r#"{"apps": ["Gmail", "Slack", "Outlook"], "hidden": 0, "incomplete": false}"#,
        3,
    );
}

/// Red team rt63's false refusals of this session's rules (each whole, and answered
/// "nothing to do" before them): an attachment that is not the list (`Please find
/// attached the signed form.`), a heading that says the list is whole and names a part
/// (`Complete list (home screen, dock and App Library):`, `Full list (not from memory,
/// …):`), the rules' words in other sentences (`I don't have dozens of apps`, `I may have
/// missed some emails`, `Haven't finished the training yet.`, `Here are a few details:
/// …`, `That's it for now from my side, all apps are listed.`, `Battery at 100%`), a
/// photos app typed in lower case (`foto`), row numbers that restart for each profile or
/// are a count, PowerShell's enumeration cut in a field of no apps (`PackageUserInformation`,
/// a table's `{0, 3, 5, 7...}`), a JSON attachment that is a form, and a last name that
/// a family of names above begins with (`Xbox …`, `X`; `Photoshop …`, `Photos`).
#[test]
fn this_sessions_rules_refuse_no_whole_list_rt63() {
    for text in [
        "Hi,\n\nPlease find attached the signed form.\n\nOutlook\nSlack\nSpotify\n\nThanks\nAlex\n",
        "Bonjour,\n\nCi-joint le formulaire signé.\n\nOutlook\nSlack\nSpotify\n\nCordialement\n",
        "Complete list (home screen, dock and App Library):\nOutlook\nSlack\nSpotify\n",
        "Full list (not from memory, copied from Settings):\nOutlook\nSlack\nSpotify\n",
        "Apps on my phone (not just the home screen):\nOutlook\nSlack\nSpotify\n",
        "I don't have dozens of apps, just these.\nOutlook\nSlack\nSpotify\n",
        "Outlook\nSlack\nSpotify\nI may have missed some emails, sorry for the late reply.\n",
        "Haven't finished the training yet.\nOutlook\nSlack\nSpotify\n",
        "Here are a few details: iPhone 13, iOS 16.3.\nOutlook\nSlack\nSpotify\n",
        "Outlook\nSlack\nSpotify\nThat's it for now from my side, all apps are listed.\n",
        "Outlook\nSlack\nSpotify\nBattery at 100%, all good.\n",
        "Hauptsächlich Arbeits-Apps, aber das ist die vollständige Liste.\nOutlook\nSlack\nSpotify\n",
        "whatsapp\nfoto\nmail\ncalendario\n",
        "#,Profile,App\n1,Work,Outlook\n2,Work,Teams\n3,Work,Slack\n1,Personal,Spotify\n2,Personal,WhatsApp\n",
        "#,App\n42,Outlook\n40,Teams\n38,Slack\n12,Spotify\n9,WhatsApp\n1,Zoom\n",
        "#,Device name,App name,App version\n231,Alex iPhone,Outlook,4.1\n232,Alex iPhone,Slack,23.1\n233,Alex iPhone,Spotify,8.8\n",
        "Name                   : Microsoft.WindowsCalculator\nVersion                : 11.2307.4.0\nPackageUserInformation : {S-1-5-21-1004-1001 [CORP\\alex]: Installed, S-1-5-21-1004-1003 [CORP\\kim]: Installed...}\n\nName                   : Microsoft.WindowsNotepad\nVersion                : 11.2310.13.0\nPackageUserInformation : {S-1-5-21-1004-1001 [CORP\\alex]: Installed}\n",
        "{\"ticket\": \"INC0012345\", \"attachments\": [\"signed_form.pdf\"], \"apps\": [\"Outlook\", \"Slack\", \"Spotify\"]}",
        "Xbox Game Pass\nXbox Family Settings\nXbox Cloud Gaming\nX\n",
        "Photoshop Express\nPhotoshop Camera\nPhotoshop Fix\nPhotos\n",
        "RingCentral Video\nRingCentral Meetings\nRingCentral Phone\nRing\n",
    ] {
        assert_nothing_to_do(text);
    }
    // (A selection's heading after another section's that also says where the rest is:
    // not a section of a whole list.)
    assert_not_whole("Work apps:\nOutlook\nSlack\nHome screen: see attached screenshot\n");
    assert_not_whole("Work apps:\nOutlook\nSlack\nFavorites: see attachment\n");
}

/// A line of names that ends with a remark of the rest after a dash or a joiner
/// (`WhatsApp, Slack, Outlook – den Rest schick ich nachher`, `…, Outlook y así
/// sucesivamente`; red team rt61): not whole, and the last name still read.
#[test]
fn a_line_of_names_ending_with_a_remark_of_the_rest_is_not_whole_and_its_last_name_read() {
    assert_not_whole("WhatsApp, Slack, Outlook – den Rest schick ich nachher\n");
    assert_not_whole("WhatsApp, Slack, Outlook y así sucesivamente\n");
    assert_not_whole("WhatsApp, Slack, Outlook et ainsi de suite\n");
    for text in [
        "WhatsApp, Slack, TikTok – den Rest schick ich nachher\n",
        "WhatsApp, Slack, TikTok y así sucesivamente\n",
    ] {
        assert_eq!(check(text).overall.answer, Answer::ActionRequired, "{text:?}");
    }
}

/// The last of red team rt61's and rt62's misses taken this session: a pager's row of
/// pages between its turns in German and Spanish (`Zurück 1 2 3 Weiter`, `Anterior 1 2 3
/// Siguiente`), the battery's screen in German (`Akkunutzung seit letzter vollständiger
/// Aufladung`), `I could go on` at a remark's end, and a JSON document's picture beside its
/// apps (`"image": "apps.png"`). `I could go on a call` and an image of the system are whole.
#[test]
fn pagers_battery_screens_and_pictures_in_other_shapes_are_not_whole() {
    assert_lines_not_whole(&["Zurück 1 2 3 Weiter", "Anterior 1 2 3 Siguiente", "I could go on"]);
    assert_not_whole("Akkunutzung seit letzter vollständiger Aufladung\nWhatsApp\nSlack\nOutlook\n");
    assert_not_whole(r#"{"apps": ["Gmail", "Slack", "Outlook"], "image": "apps.png"}"#);
    assert_nothing_to_do("Gmail\nSlack\nOutlook\nIf you need more I could go on a call\n");
    assert_whole_with(
        r#"{"apps": ["Gmail", "Slack", "Outlook"], "image": "iOS 17.2 (21C62)"}"#,
        3,
    );
}

/// Red team rt64's false refusals of this session's rules, each whole: a selection's word
/// as a label with its value (`Dock: empty`, `Home screen: default launcher`, `Favorites:
/// Teams and Outlook`) or as sections on one line each; not finished, dozens more or `y
/// así sucesivamente` said of something else; a heading of the home screen and the App
/// Library; a picture in a chat from someone else; a remark of usage before the list on
/// its line; the rest on another device; row numbers of a spreadsheet (from 2) or in
/// tens; a heading that says it is no excerpt.
#[test]
fn this_sessions_rules_refuse_no_whole_list_rt64() {
    for text in [
        "Device: iPhone 13\nDock: empty\nAll apps:\nWhatsApp\nOutlook\nMicrosoft Teams\nChrome\n",
        "Model: Pixel 7\nHome screen: default launcher\nInstalled apps:\nWhatsApp\nOutlook\nMicrosoft Teams\nChrome\nSpotify\n",
        "All apps:\nWhatsApp\nOutlook\nMicrosoft Teams\nChrome\nSpotify\n\nFavorites: Teams and Outlook\n",
        "Home screen: WhatsApp, Outlook\nApp Library: Chrome, Spotify\n",
        "Favoriten: WhatsApp, Outlook\nSonstige: Chrome, Spotify\n",
        "Hi Anna,\n\nhere are all the apps on my company phone:\nWhatsApp\nOutlook\nMicrosoft Teams\nChrome\n\nOnboarding not finished yet.\n\nThanks,\nTom\n",
        "Hi Anna,\n\nhere are all the apps on my company phone:\nWhatsApp\nOutlook\nMicrosoft Teams\nChrome\n\nWe have dozens more phones in the office, but this is mine.\n",
        "Hi Anna,\n\nhere are all the apps on my company phone:\nWhatsApp\nOutlook\nMicrosoft Teams\nChrome\n\nMon déménagement n'est pas fini.\n",
        "Hola Ana,\n\nestas son todas mis apps:\nWhatsApp\nOutlook\nTeams\n\nY así sucesivamente con todos los formularios...\n",
        "Home screen and App Library:\nWhatsApp\nOutlook\nMicrosoft Teams\nChrome\n",
        "Anna Müller 10:01\nimage\nPlease list all the apps on your company phone here.\nTom Miller 10:03\nWhatsApp\nOutlook\nTeams\nChrome\n",
        "Sobre todo uso Outlook y Teams. Tengo instaladas: WhatsApp, Outlook, Teams, Chrome\n",
        "WhatsApp, Outlook, Microsoft Teams, Chrome – the rest of my stuff is on the laptop\n",
        "#,App\n2,WhatsApp\n3,Outlook\n4,Microsoft Teams\n5,Chrome\n",
        "Pos.\tApp\n10\tWhatsApp\n20\tOutlook\n30\tMicrosoft Teams\n",
        "Vollständig, kein Auszug:\nWhatsApp\nOutlook\nTeams\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// The review's findings on this session's rules: a row number too large to add a step to
/// is read without overflow, and a row present but not read as an app (its name empty)
/// is no gap in the row numbers.
#[test]
fn row_numbers_neither_overflow_nor_see_a_gap_where_a_row_is() {
    let report = check("#\tName\n1\tWhatsApp\n999.999.999.999.999.999.999\tSlack\n3\tOutlook\n");
    assert_ne!(report.overall.answer, Answer::ActionRequired);
    // (The empty row has its own note; none says rows are missing at `3\tSlack`.)
    let report = check("#\tName\n1\tWhatsApp\n2\t\n3\tSlack\n4\tZoom\n");
    assert!(!report.notes.iter().any(|n| n.line == 4), "{:#?}", report.notes);
}

/// A total's lead-in before the count (stop 58's leftovers): `In total: 57 apps`, `In
/// total 57 apps`, `In total I have 57 apps`, French's space before the colon (`Total : 57
/// applis`), `Au total : 57 applis`, `Altogether 57 apps`, `Insgesamt: 57`. The list under it
/// holds fewer; one that holds them all is whole, and an app whose name begins with such a
/// word (`Total Commander`, `Total War: 3 Kingdoms`) is an app.
#[test]
fn a_count_after_a_totals_lead_in_is_weighed_against_the_list() {
    assert_lines_not_whole(&[
        "In total: 57 apps",
        "In total 57 apps",
        "In total I have 57 apps",
        "Total : 57 applis",
        "Au total : 57 applis",
        "Altogether 57 apps",
        "Insgesamt: 57",
        "In total, 57 apps.",
    ]);
    assert_whole_with("In total: 3 apps\nWhatsApp\nSlack\nOutlook\n", 3);
    assert_whole_with("Total : 3 applis\nWhatsApp\nSlack\nOutlook\n", 3);
    assert_whole_with("Total Commander\nTotal War: 3 Kingdoms\nOutlook\n", 3);
}

/// More of stop 58's leftovers, phrases in shapes their rules did not read: the apps left
/// out with a word between (`I left some out.`, `I left a few out`), the rest on another
/// page (`(more on page 2)`, `more on the next page`), and a heading over a selection
/// (`Selection:`, `Auswahl:`, `Sélection :`). `Selection Manager` and a page of a
/// manual read in full are whole.
#[test]
fn left_out_more_on_a_page_and_a_selection_are_not_whole() {
    assert_lines_not_whole(&[
        "I left some out.",
        "I left a few out",
        "(more on page 2)",
        "more on the next page",
    ]);
    for heading in ["Selection:", "Auswahl:", "Sélection :", "Selección:"] {
        assert_not_whole(&format!("{heading}\nWhatsApp\nSlack\nOutlook\n"));
    }
    assert_names_stay_names(&["Selection Manager", "Page 2 Reader"]);
    assert_nothing_to_do("Gmail\nSlack\nOutlook\nI left nothing out.\n");
}

/// A message's part marker in brackets after the name on its first or last line (stop
/// 58's leftovers: `Slack (1 of 2)`, `Outlook (1/2)`, `[2/3]`): a part of several, whole only
/// when every part's marker is here; the name on that line is still read.
#[test]
fn a_part_marker_after_a_name_at_an_end_is_a_part_of_several() {
    assert_not_whole("Slack (1 of 2)\nWhatsApp\nOutlook\n");
    assert_not_whole("WhatsApp\nSlack\nOutlook (1/2)\n");
    assert_not_whole("WhatsApp\nSlack\nOutlook [2/3]\n");
    assert_whole_with("WhatsApp\nSlack (1/2)\n\nZoom\nOutlook (2/2)\n", 4);
    assert_tiktok_reported("WhatsApp\nSlack\nTikTok (1/2)\n", true);
}

/// A Markdown or a drawn table whose last row stops before its closing bar, the text
/// ending there (stop 58's leftovers: `| Zoom | us.zoom.vid` under rows that close): more of
/// the table followed. A table whose rows never close, and one whose last row closes, are
/// whole.
#[test]
fn a_tables_last_row_cut_before_its_bar_is_not_whole() {
    assert_not_whole(
        "| Name | Package |\n|---|---|\n| WhatsApp | com.whatsapp |\n| Slack | com.Slack |\n| Zoom | us.zoom.vid",
    );
    assert_not_whole("│ WhatsApp │ com.whatsapp │\n│ Slack    │ com.Slack    │\n│ Zoom     │ us.zo");
    assert_nothing_to_do("| Name | Package |\n|---|---|\n| WhatsApp | com.whatsapp |\n| Slack | com.Slack |\n| Zoom | us.zoom.videomeetings |");
    assert_nothing_to_do(
        "| Name | Package\n|---|---\n| WhatsApp | com.whatsapp\n| Slack | com.Slack\n| Zoom | us.zoom.videomeetings",
    );
}

/// Names that begin with a total's word stay names (the review of this stop's lead-ins):
/// a name's next word has a capital, where a sentence's has none.
#[test]
fn names_after_a_totals_word_stay_names() {
    assert_names_stay_names(&["Total Fitness 24 apps", "Total Commander", "Altogether 5 Stars"]);
    assert_lines_not_whole(&["In total there are 57 apps"]);
}

/// A line of a total's lead-in again and again is read once, not down its whole length
/// (the lead-ins' rule reads what follows one: never another, which would recurse).
#[test]
fn a_line_of_lead_ins_again_and_again_is_read_once() {
    let line = "total ".repeat(50_000) + "57 apps";
    let report = check(&format!("WhatsApp\nSlack\n{line}\n"));
    assert_ne!(report.overall.answer, Answer::ActionRequired);
}

/// Red team rt65's false refusals of this stop's rules, each whole: a table's last row
/// that closes with something invisible or a sign after it, or a stray rule row, or a
/// contact's row after a blank line; ratings in brackets on every line (`Slack (4/5)`);
/// no more on page 2; a total's lead-in before a table's cells (`Total:\t57` is a total
/// row, weighed as the old build did: not whole over three rows).
#[test]
fn this_stops_rules_refuse_no_whole_list_rt65() {
    for text in [
        "| App | Version |\n|---|---|\n| Slack | 4.33 |\n| Zoom | 5.13 |\u{200b}",
        "| App | Version |\n|---|---|\n| Slack | 4.33 |\n| Zoom | 5.13 | 👍",
        "| App | Version |\n|---|---|\n| Slack | 4.33 |\n| Zoom | 5.13 |\n|---|---",
        "| App | Version |\n|---|---|\n| Slack | 4.33 |\n| Zoom | 5.13 |\n\n| Anna Müller | Sales",
        "Slack (4/5)\nZoom (3/5)\nOutlook (5/5)\n",
        "Slack\nZoom\nOutlook\nNothing more on page 2\n",
        "Slack\nZoom\nOutlook\nThat's everything, no more on page 2\n",
    ] {
        assert_nothing_to_do(text);
    }
    assert_not_whole("Slack\nZoom\nOutlook\nTotal:\t57\n");
    assert_not_whole("Slack\nZoom\nOutlook\nTotal:  57\n");
}

/// Red team rt65's misses of this stop's rules: the apps left out or the rest on another
/// page in other words and languages (`I left some apps out`, `more on next page`, `Rest
/// auf Seite 2`, `la suite page 2`, `más en la página 2`, `Ich habe ein paar
/// weggelassen`), a selection's heading without its accent or as what was chosen
/// (`Seleccion:`, `Ausgewählte Apps:`), and a drawn table with its border and rules cut in
/// its last row.
#[test]
fn more_shapes_of_this_stops_rules_are_not_whole_rt65() {
    assert_lines_not_whole(&[
        "I left some apps out",
        "more on next page",
        "the rest is on page 2",
        "Rest auf Seite 2",
        "la suite page 2",
        "más en la página 2",
        "Ich habe ein paar weggelassen",
    ]);
    for heading in ["Seleccion:", "Ausgewählte Apps:"] {
        assert_not_whole(&format!("{heading}\nWhatsApp\nSlack\nOutlook\n"));
    }
    assert_not_whole("┌───────┬──────┐\n│ App   │ Ver  │\n├───────┼──────┤\n│ Slack │ 4.33 │\n│ Zoom  │ 5.");
    assert_not_whole("+-------+------+\n| App   | Ver  |\n+-------+------+\n| Slack | 4.33 |\n| Zoom  | 5.");
    assert_nothing_to_do(
        "+-------+------+\n| App   | Ver  |\n+-------+------+\n| Slack | 4.33 |\n| Zoom  | 5.13 |\n+-------+------+",
    );
}

/// Part markers after names on every line of a long text are read in one pass each: the
/// column they make asked once, and the entries' lines looked up, not walked for each
/// line (the review of this stop's rule: both had been asked per line).
#[test]
fn part_markers_after_names_on_every_line_are_read_once() {
    let text = "1/2\n".to_owned() + &"Slack (1/3)\n".repeat(60_000);
    let report = check(&text);
    assert_ne!(report.overall.answer, Answer::NothingToDo);
}

/// A line that counts the apps in other words than a count's heading, read as an app's
/// name until now (red team rt65's misses): the count anywhere in a short line, before
/// its word for apps (`That's 57 apps in total`, `A total of 57 apps`, `In all: 57 apps`),
/// a rough count (`~60 apps`, `50+ apps`, `roughly 60 apps`, `more than 50 apps`), in
/// words (`fifty-seven apps`), wrapped in marks (`**In total: 57 apps**`, `(In total: 57
/// apps)`), with a face after it; a total's lead-in in more words and signs (`Summe: 57`,
/// `Total = 57`, `Total — 57 apps`, French's no-break space before its colon). Over three
/// rows, none is whole.
#[test]
fn a_count_of_the_apps_in_other_words_is_weighed_against_the_rows() {
    assert_lines_not_whole(&[
        "That's 57 apps in total",
        "That's 57 apps",
        "A total of 57 apps",
        "In all: 57 apps",
        "Summe: 57",
        "Total = 57",
        "Total — 57 apps",
        "~60 apps",
        "50+ apps",
        "I have ~60 apps",
        "roughly 60 apps",
        "more than 50 apps",
        "fifty-seven apps",
        "**In total: 57 apps**",
        "(In total: 57 apps)",
        "In total: 57 apps 🙂",
        "Au total\u{a0}: 57 applis",
    ]);
}

/// [`a_count_of_the_apps_in_other_words_is_weighed_against_the_rows`]'s counts over as
/// many rows as they count (a rough one over nearly as many: `about 20` over 19) are
/// whole lists; names with a number and a word for apps in them are names.
#[test]
fn a_count_in_other_words_over_as_many_rows_is_whole() {
    assert_nothing_to_do("Slack\nZoom\nOutlook\nThat's 3 apps in total\n");
    assert_nothing_to_do("Slack\nZoom\nOutlook\nWhatsApp\n~4 apps\n");
    assert_nothing_to_do("Slack\nZoom\nOutlook\n**In total: 3 apps**\n");
    let rows: Vec<String> = (1..=19).map(|i| format!("Tool {i}")).collect();
    assert_nothing_to_do(&format!("{}\nThat's about 20 apps\n", rows.join("\n")));
    assert_not_whole(&format!("{}\nThat's about 40 apps\n", rows.join("\n")));
    assert_names_stay_names(&["Microsoft 365 Apps", "Office 365 Apps"]);
}

/// A count before names on its line is read with them, the names kept (`My 2 apps: Slack,
/// Zoom` is whole; `5 apps - TikTok, Zoom` names TikTok).
#[test]
fn a_count_before_names_on_its_line_keeps_the_names() {
    assert_nothing_to_do("Outlook\nTeams\nWhatsApp\nMy 2 apps: Slack, Zoom\n");
    assert_tiktok_reported("Outlook\n5 apps - TikTok, Zoom\nSlack\n", false);
    assert_tiktok_reported("Outlook\nThat's 3 apps - TikTok\nSlack\n", false);
}

/// A message's part marker in more of its shapes (red team rt65's misses): with a word
/// for a part in its brackets (`Slack (part 1 of 2)`, `Slack (Teil 1/2)`), spaced (`Slack
/// (1 / 2)`), written together (`1of2`, `(1of2)`), and alone on the first or last line past
/// the list's frame, a greeting, a count or a sign-off (red team rt67: `Hi, here are my
/// apps:` then `1/2`; `1/2` over `Thanks!`). None is whole; every part here is.
#[test]
fn a_part_marker_in_more_shapes_says_the_list_is_not_whole() {
    for text in [
        "Slack (part 1 of 2)\nZoom\nOutlook\n",
        "Slack\nZoom\nOutlook (part 1 of 2)\n",
        "Slack (Teil 1/2)\nZoom\nOutlook\n",
        "Slack (1 / 2)\nZoom\nOutlook\n",
        "Slack\nZoom\nOutlook\n1of2\n",
        "Slack\nZoom\nOutlook\n(1of2)\n",
        "Hi, here are my apps:\n1/2\nZoom\nSlack\nOutlook\nTeams\n",
        "I have 4 apps\n1/2\nZoom\nSlack\nOutlook\nTeams\n",
        "Zoom\nSlack\nOutlook\nTeams\n1/2\nThanks!\n",
    ] {
        assert_not_whole(text);
    }
    assert_nothing_to_do("Slack (part 1 of 2)\nZoom\nOutlook (part 2 of 2)\n");
    assert_nothing_to_do("1of2\nSlack\nZoom\n2of2\nOutlook\n");
    assert_nothing_to_do("Hi,\n1/2\nZoom\nSlack\n2/2\nTeams\nThanks\n");
    // (Ratings down a column are no parts.)
    assert_nothing_to_do("Slack (4/5)\nZoom (3/5)\nOutlook (5/5)\n");
}

/// Red team rt67's false refusals of the part markers' and the count's rules: a score, a
/// rating or a date after a name without brackets (`Wordle 3/6`, `Duolingo 4/5`, `Updated
/// 1/3`), a fraction in brackets after a name in the middle (`Dual SIM (1/2)`), a heading
/// of more apps over them (`Another 3 apps`), a store title's count after a dash
/// (`Creative Cloud - 20+ apps`) are whole; a count in a mail's inline tags is read (`<b>Ich
/// habe 40 Apps</b>` over three rows is not whole).
#[test]
fn scores_ratings_and_dates_are_no_part_markers_rt67() {
    for text in [
        "Zoom\nSlack\nOutlook\nTeams\nWhatsApp\nWordle 3/6\n",
        "Duolingo 4/5\nZoom\nSlack\nOutlook\n",
        "Zoom 8/10\nSlack\nTeams\n",
        "Zoom\nSlack\nOutlook\nTeams\nUpdated 1/3\n",
        "SIM 1/2\nZoom\nSlack\n",
        "Zoom\nSlack\nDual SIM (1/2)\nTeams\n",
        "Zoom\nSlack\nOutlook\nAnother 3 apps\nTeams\nChrome\nGmail\n",
        "Slack\nZoom\nCreative Cloud - 20+ apps\n",
    ] {
        assert_nothing_to_do(text);
    }
    assert_not_whole("Zoom\nSlack\nTeams\n<b>Ich habe 40 Apps</b>\n");
    assert_not_whole("<i>I have 40 apps</i>\nZoom\nSlack\n");
}

/// Names, then a count after a sign on one line (red team rt66: `Slack, Zoom, Microsoft
/// Teams: 30 apps total`, `… Teams. That's 30 apps in total`, `… Teams - 30 apps total`):
/// the names read, the count weighed against them; as many is whole, and TikTok there is
/// reported.
#[test]
fn names_then_a_count_on_one_line_are_weighed() {
    for text in [
        "Slack, Zoom, Microsoft Teams: 30 apps total\n",
        "Slack, Zoom, Microsoft Teams. That's 30 apps in total\n",
        "Slack, Zoom and Teams - 30 apps total\n",
        "Slack, Zoom, Teams... 30 apps in total\n",
        "Outlook\nMicrosoft Teams: 30 apps total\n",
    ] {
        assert_not_whole(text);
    }
    assert_nothing_to_do("Slack, Zoom, Teams: 3 apps total\n");
    assert_nothing_to_do("Outlook\nSlack\nMicrosoft Teams: 3 apps total\n");
    assert_tiktok_reported("Slack, Zoom, TikTok: 3 apps total\n", true);
}

/// A name set apart from a count after it by a dash is still read as it was (`TikTok - 3
/// apps in total`): the count's rule takes no name with it.
#[test]
fn a_name_before_a_count_after_a_dash_is_still_reported() {
    assert_tiktok_reported("Slack\nZoom\nTikTok - 3 apps in total\n", true);
    assert_tiktok_reported("Slack, Zoom, TikTok - 3 apps in total\n", true);
}

/// Red team rt66 on the count's rule. Lines with a second number or more words after the
/// count say other things, and the old reading of them stands (`8 apps on this screen, 40
/// in total`, `8 apps so far, more tomorrow` over eight rows: not whole); counts in
/// capitals and in the interface's other languages, in words up to a hundred, after a
/// no-break space or in marks, are counts (over three rows: not whole).
#[test]
fn counts_of_the_apps_in_more_words_and_languages_rt66() {
    let eight = "Slack\nZoom\nOutlook\nWhatsApp\nSpotify\nMicrosoft Teams\nGoogle Maps\nGmail\n";
    for line in [
        "8 apps on this screen, 40 in total",
        "8 work apps + 47 personal",
        "8 apps, 32 more in folders",
        "8 apps so far, more tomorrow",
        "That's 8 apps in total, excluding the 47 games",
        "8 apps + games",
        "8 apps aquí, 40 en total",
        "8 apps per screen, 5 screens",
    ] {
        assert_not_whole(&format!("{eight}{line}\n"));
    }
    assert_lines_not_whole(&[
        "~60 Apps",
        "That's 57 Apps in total",
        "approx. 60 APPS",
        "etwa 60 Apps",
        "mindestens 60 Apps",
        "au moins 60 applis",
        "al menos 60 apps",
        "más o menos 60 apps",
        "sixty apps",
        "seventeen apps in total",
        "twenty-one apps in total",
        "sechzig Apps",
        "sesenta apps",
        "60ish apps",
        "±60 apps",
        "**57** apps",
        "📱57 apps",
        "Total: 1 057 apps",
        "Grand total: 57",
        "Total general: 57",
        "Suma: 57",
        "Gesamtzahl: 57",
        "Total\u{202f}: 57",
    ]);
}

/// Red team rt66's false refusals and lost findings of the count's rule: a number and a
/// word for apps in a name (`Microsoft 365 apps`, `Fitness 24 apps`) or in a sentence of
/// another thing (`5 apps need updates`, `I deleted 5 apps last week`) are read as before;
/// a rough count is met by a tenth fewer rows (`I think I have 20 apps` over 18), an upper
/// limit by any (`up to 20 apps`); and TikTok beside a count is still an order to remove
/// it (`TikTok + 2 apps`).
#[test]
fn the_counts_rule_refuses_no_whole_list_and_keeps_findings_rt66() {
    for line in [
        "Microsoft 365 apps",
        "Creative Cloud - 20+ apps",
        "Fitness 24 apps",
        "5 apps need updates",
        "I deleted 5 apps last week",
        "My old phone had 120 apps",
        "Limit is 50 apps per device",
    ] {
        assert_nothing_to_do(&format!("Slack\nZoom\n{line}\n"));
    }
    let rows: Vec<String> = (1..=18).map(|i| format!("Tool {i}")).collect();
    for line in [
        "I think I have 20 apps",
        "20 apps or so",
        "± 20 apps",
        "give or take 20 apps",
        "um die 20 Apps",
        "alrededor de 20 apps",
        "up to 20 apps",
        "more than 17 apps",
    ] {
        assert_nothing_to_do(&format!("{}\n{line}\n", rows.join("\n")));
    }
    for line in ["TikTok + 2 apps", "TikTok (3 apps in total)", "TikTok, 3 apps total"] {
        assert_tiktok_reported(&format!("Slack\nZoom\n{line}\n"), true);
    }
}

/// A rough count in words over as many rows is whole (`I have about twelve apps` over
/// twelve: refused until the count's rule read it, a false refusal stop 58 left).
#[test]
fn a_rough_count_in_words_over_as_many_rows_is_whole() {
    let rows: Vec<String> = (1..=12).map(|i| format!("Tool {i}")).collect();
    assert_nothing_to_do(&format!("I have about twelve apps\n{}\n", rows.join("\n")));
    assert_nothing_to_do(&format!("{}\nI have about twelve apps\n", rows.join("\n")));
    assert_not_whole(&format!("I have about thirty apps\n{}\n", rows.join("\n")));
}

/// Red team rt66's last misses of the count's rule that a count's words read: a part of the
/// whole (`10 out of 57 apps`, `the main 10 of ~57 apps`), tens and units as two words
/// (`sixty two apps`), a postscript's (`P.S. 57 apps in total`), where it was copied from
/// (`57 apps — copied from Settings`), `I'd say 20 apps`, German's `zusammen`, `gut`,
/// `ges.`.
#[test]
fn more_counts_of_the_whole_are_weighed_rt66() {
    assert_lines_not_whole(&[
        "10 out of 57 apps",
        "the main 10 of ~57 apps",
        "sixty two apps",
        "P.S. 57 apps in total",
        "57 apps — copied from Settings",
        "I'd say 20 apps",
        "zusammen 60 Apps",
        "gut 20 Apps",
        "ges. 57 Apps",
    ]);
}

/// The list's ends past its frame are found in one pass over the structure's ranges, not a
/// walk over them for each line (the review of this stop's rule: a text of greetings alone
/// had made it quadratic).
#[test]
fn the_ends_past_a_long_frame_are_found_once() {
    let text = "Hi,\n".repeat(60_000) + "1/2\nSlack\nZoom\n";
    assert_not_whole(&text);
}

/// Red team rt67's last misses: a part marker with a sign or an emoji around it (`1/2 👇`,
/// `1/2…`, `#1/2`, `2/2 ✅`) and the list continued in the next message in French, German
/// and Spanish (`(suite dans le prochain message)`, `(Fortsetzung in der nächsten
/// Nachricht)`, `sigue en el siguiente mensaje`, `el resto en otro mensaje`, `(sigue)`).
#[test]
fn marked_parts_and_continued_lists_in_more_words_rt67() {
    for text in [
        "1/2 👇\nSlack\nZoom\nOutlook\n",
        "Slack\nZoom\nOutlook\n1/2…\n",
        "#1/2\nSlack\nZoom\n",
        "Zoom\nSlack\nTeams\n2/2 ✅\n",
    ] {
        assert_not_whole(text);
    }
    assert_nothing_to_do("1/2 👇\nSlack\nZoom\n2/2 ✅\nOutlook\n");
    assert_lines_not_whole(&[
        "(suite dans le prochain message)",
        "(Fortsetzung in der nächsten Nachricht)",
        "sigue en el siguiente mensaje",
        "el resto en otro mensaje",
        "(sigue)",
    ]);
}

/// Stop 60's misses, counts in shapes the count's rule did not read: a total without a
/// word for apps (`(40 in total)`, `40 altogether`, `around 40 in total`), a range, whose
/// fewest is its first number (`20-30 apps`, `I have 20 to 30 apps`, `between 20 and 30
/// apps`, `zwischen 20 und 30 Apps`, `entre 20 et 30 applis`, `entre 20 y 30 apps`), a
/// part's count before the whole's after its word for apps (`8 apps out of 40`, `10 Apps
/// von insgesamt 57`), a number glued to its word for apps (`40apps`), a label in German
/// or a sum (`Anzahl der Apps: 40`, `Sum: 40`), and Markdown's marks around a total's
/// label or number or a table's total row (`**Total:** 40`, `Total: **40**`, `| Total |
/// 40 |`). Over three rows, none is whole.
#[test]
fn counts_in_more_shapes_are_weighed_stop61() {
    assert_lines_not_whole(&[
        "(40 in total)",
        "40 altogether",
        "around 40 in total",
        "about 40 in all",
        "20-30 apps",
        "I have 20 to 30 apps",
        "between 20 and 30 apps",
        "zwischen 20 und 30 Apps",
        "entre 20 et 30 applis",
        "entre 20 y 30 apps",
        "8 apps out of 40",
        "10 Apps von insgesamt 57",
        "40apps",
        "~40apps",
        "Anzahl der Apps: 40",
        "Sum: 40",
        "**Total:** 40",
        "Total: **40**",
        "**Total: 40**",
        "Total apps: **40**",
        "| Total | 40 |",
    ]);
}

/// [`counts_in_more_shapes_are_weighed_stop61`]'s counts over as many rows as their fewest
/// are whole; names with such numbers and words stay names.
#[test]
fn counts_in_more_shapes_over_as_many_rows_are_whole() {
    assert_nothing_to_do("Slack\nZoom\nOutlook\n(3 in total)\n");
    assert_nothing_to_do("Slack\nZoom\nOutlook\nI have 3 to 5 apps\n");
    assert_nothing_to_do("Slack\nZoom\nOutlook\n3-4 apps\n");
    assert_nothing_to_do("Slack\nZoom\nOutlook\n**Total:** 3\n");
    assert_nothing_to_do("Slack\nZoom\nOutlook\n3apps\n");
    assert_names_stay_names(&[
        "Total Commander",
        "Sum Up",
        "30 Seconds of Code",
        "2-Step Verification",
        "Between",
        "Total War: ROME",
        "Apps 2 Go",
        "Sum: Budget",
    ]);
}

/// A count before names on one line after a sign is weighed against the rows, the names
/// read (`30 apps - Signal, Telegram, Teams`, `Total 30: Signal, Telegram`); a message's
/// part marker in the list's heading (`Here are my apps (1/2):`).
#[test]
fn a_count_before_names_and_a_marked_heading_are_weighed_stop61() {
    for text in [
        "Slack\nZoom\nOutlook\n30 apps - Signal, Telegram, Teams\n",
        "Slack\nZoom\nOutlook\nTotal 30: Signal, Telegram\n",
        "Here are my apps (1/2):\nSlack\nZoom\nOutlook\n",
        "My apps (part 1 of 2):\nSlack\nZoom\nOutlook\n",
    ] {
        assert_not_whole(text);
    }
    assert_nothing_to_do("Slack\nZoom\nOutlook\n3 apps - Signal, Telegram, Teams\n");
    assert_tiktok_reported("Slack\nZoom\n30 apps - TikTok, Telegram\n", false);
    assert_nothing_to_do("Here are my apps (1/2):\nSlack\nZoom\nHere are my apps (2/2):\nOutlook\n");
}

/// Red team rt68's findings on this stop's count rules. Whole: a chat's count after its
/// sender, weighed against every row, not only those above it (`Dev: I have 3 apps` over
/// three, `Tom: zwischen 2 und 4 Apps` over four); a count's heading of all it shows
/// (`Managed Apps (3 of 3):`); a Markdown table's total row of sizes. Not whole: a count
/// behind a chat's time and sender (`[09:15, 01/03/2023] Anna: 40 altogether`),
/// Markdown's single marks and code (`*Total:* 40`, `_Total:_ 40`, `` Total apps: `40`
/// ``), decorations (`📱 Apps: 39`, `Count: 55!`, `(TOTAL 16)`), a hyphen or a tilde
/// (`47-apps`, `40~50 apps`), `somewhere between`, a Markdown table's total row, in bold
/// too; a part marker in a heading in more shapes (`Mes applis (1/2) :`, `**Apps
/// (1/2)**`, `Apps [1/2]`).
#[test]
fn counts_and_parts_in_more_shapes_rt68() {
    assert_nothing_to_do("Dev: I have 3 apps\nSlack\nZoom\nOutlook\n");
    assert_nothing_to_do("Tom: zwischen 2 und 4 Apps\nSlack\nZoom\nOutlook\nSignal\n");
    assert_nothing_to_do("Managed Apps (3 of 3):\nSlack\nZoom\nOutlook\n");
    assert_nothing_to_do("| App | Size |\n|---|---|\n| Slack | 100 |\n| Zoom | 200 |\n| **Total** | **300** |\n");
    for text in [
        "[09:14, 01/03/2023] Anna: Slack\n[09:14, 01/03/2023] Anna: Zoom\n[09:15, 01/03/2023] Anna: 40 altogether\n",
        "01/03/2023, 09:14 - Anna: Slack\n01/03/2023, 09:14 - Anna: Zoom\n01/03/2023, 09:15 - Anna: 20-30 apps\n",
        "[10:01] Anna: Here are my apps\n[10:01] Anna: Slack\n[10:02] Anna: Zoom\n[10:02] Anna: ~40 Apps in total\n",
        "| App | Version |\n|---|---|\n| Slack | 4.1 |\n| Zoom | 5.2 |\n| Total | 40 |\n",
        "| App | Version |\n|---|---|\n| Slack | 4.1 |\n| Zoom | 5.2 |\n| **Total** | **40** |\n",
        "Mes applis (1/2) :\nSlack\nZoom\nOutlook\n",
        "**Apps (1/2)**\nSlack\nZoom\nOutlook\n",
        "Apps [1/2]\nSlack\nZoom\nOutlook\n",
    ] {
        assert_not_whole(text);
    }
    assert_lines_not_whole(&[
        "*Total:* 40",
        "_Total:_ 40",
        "Total apps: `40`",
        "📱 Apps: 39",
        "Count: 55!",
        "(TOTAL 16)",
        "47-apps",
        "40~50 apps",
        "somewhere between 40 and 50 apps",
    ]);
}

/// A remark that the list is whole is its frame, no app (`That's my full list.`, `Complete
/// list`, `Das ist die komplette Liste`, `C'est la liste complète`, `Es la lista
/// completa`): the apps counted are the rows, so a count above them is not met (`I have 4
/// apps` over three rows and such a remark was "nothing to do").
#[test]
fn a_remark_that_the_list_is_whole_is_no_app() {
    for remark in [
        "That's my full list.",
        "That is the whole list",
        "Complete list",
        "These are all my apps",
        "Das ist die komplette Liste",
        "C'est la liste complète",
        "Es la lista completa",
    ] {
        let report = check(&format!("Slack\nZoom\nOutlook\n{remark}\n"));
        assert_eq!(report.overall.answer, Answer::NothingToDo, "{remark}");
        assert_eq!(report.read_as.entries, 3, "{remark}");
        assert_not_whole(&format!("I have 4 apps\nSlack\nZoom\nOutlook\n{remark}\n"));
    }
}

/// Red team rt69's findings. Whole: a sum of money, a share or a rating is no count
/// (`Total: 40 €`, `Summe: 29,55 €`, `Total: $40`, `Total: 40%`, `Totaal: 14,98 €`); a
/// Markdown table's total row beside a column of no numbers counts its rows (`| Total | 3
/// |` under three names, or names and their platform); a year in square brackets is no
/// count (`Apps [2023]`, `My apps [2023]:`, behind a chat's time and sender too); every
/// part of a chat's message marked behind its time and sender (`… Tom: Message 1 of 2` …
/// `Message 2 of 2`). Not whole: a count after a chat's sender without a time (`Tom: 40
/// apps`), a part marker behind a time and sender (`[12:00, 01/03/2023] Pieter: 1/2`),
/// totals, labels and more-than in Dutch and Italian (`40 in totaal`, `Aantal apps: 40`,
/// `Numero di app: 40`, `meer dan 40 apps`, `più di 40 app`), the rest in the next message
/// in Italian, Portuguese and Dutch (`segue nel prossimo messaggio`, `continua no
/// próximo`, `vervolg in het volgende bericht`, `cont'd in next mail`). A sender is none of
/// the apps it counts (`Tom: 3 apps` over two rows is not whole; over three, as `Tom: 2
/// apps` over two, it is).
#[test]
fn sums_years_and_chats_rt69() {
    for line in ["Total: 40 €", "Summe: 29,55 €", "Total: $40", "Total: 40%"] {
        assert_nothing_to_do(&format!("Slack\nZoom\nWise\n{line}\n"));
    }
    for text in [
        "Slack – 4,99 €\nZoom – 9,99 €\nTotaal: 14,98 €\n",
        "| App |\n|---|\n| Slack |\n| Zoom |\n| Wise |\n| Total | 3 |\n",
        "| App | Platform |\n|---|---|\n| Slack | iOS |\n| Zoom | iOS |\n| Wise | iOS |\n| Total | 3 |\n",
        "[12:14, 01/03/2023] Jörg: Apps [2023]\nSlack\nZoom\nWise\n",
        "My apps [2023]:\nSlack\nZoom\nWise\n",
        "[10:13, 01/03/2023] Tom: Message 1 of 2\nSlack\nZoom\n[10:14, 01/03/2023] Tom: Message 2 of 2\nWise\nSignal\n",
        "Tom: 2 apps\nSlack\nZoom\n",
    ] {
        assert_nothing_to_do(text);
    }
    for text in [
        "| App |\n|---|\n| Slack |\n| Zoom |\n| Wise |\n| Total | 5 |\n",
        "Tom: Slack\nTom: Zoom\nTom: 40 apps\n",
        "Tom: 3 apps\nSlack\nZoom\n",
        "[12:00, 01/03/2023] Pieter: 1/2\n[12:00, 01/03/2023] Pieter: Slack\n[12:00, 01/03/2023] Pieter: Zoom\n",
    ] {
        assert_not_whole(text);
    }
    assert_lines_not_whole(&[
        "40 in totaal",
        "in tutto 40",
        "In totaal: 40",
        "ao todo 40",
        "Aantal apps: 40",
        "Numero di app: 40",
        "meer dan 40 apps",
        "più di 40 app",
        "segue nel prossimo messaggio",
        "continua no próximo",
        "vervolg in het volgende bericht",
        "cont'd in next mail",
    ]);
}

/// A signature of a person's name, a title and a company under a sign-off is the mail's,
/// not three apps (red team rt69: `I have 5 apps:` over three rows and `Best regards,`
/// `Max Müller` `Senior Analyst` `Example Bank AG` was "nothing to do", the signature
/// filling the count).
#[test]
fn a_signature_of_three_lines_fills_no_count_rt69() {
    let signed = "Slack\nZoom\nOutlook\n\nBest regards,\nMax Müller\nSenior Analyst\nExample Bank AG\n";
    let report = check(signed);
    assert_eq!(report.overall.answer, Answer::NothingToDo);
    assert_eq!(report.read_as.entries, 3);
    assert_not_whole(&format!("I have 5 apps:\n{signed}"));
    assert_not_whole("I have 5 apps:\nSlack\nZoom\nOutlook\n\nThanks,\nJane van Dyke\nIT Risk\nExample Bank\n");
}

/// More of red team rt69's misses: a heading's count without a word for apps (`Here are
/// all 36:`; over as many rows, whole), a rough count of some odd (`40-odd apps`), a batch
/// as a message's part (`batch 1/2`); a heading's number that is no count stays none
/// (`Step 1:`, `iOS 17:`).
#[test]
fn a_headings_count_and_batches_rt69() {
    assert_not_whole("Here are all 36:\nSlack\nZoom\nOutlook\n");
    assert_nothing_to_do("Here are all 3:\nSlack\nZoom\nOutlook\n");
    assert_nothing_to_do("Step 1:\nSlack\nZoom\nOutlook\n");
    assert_nothing_to_do("iOS 17:\nSlack\nZoom\nOutlook\n");
    assert_lines_not_whole(&["40-odd apps", "batch 1/2"]);
}

/// Red team rt70's findings on this stop's signatures and table totals. Under a sign-off
/// and a person's name, only a title, a department, a company, an address or a way to
/// reach them is the signature: TikTok after `P.S.`, `Sent from my iPhone`, `Oh and` or
/// alone is still ordered removed, and a line that says the list is not whole (`Part 1/2`,
/// `...and 20 more`, `apps.png`) still says so. A Markdown table's total of sizes is their
/// sum, rounded or over a cell that is no number: whole; one under a column of versions
/// counts apps.
#[test]
fn signatures_and_table_sums_rt70() {
    for text in [
        "Slack\nZoom\n\nKind regards,\nMax Müller\n\nP.S.\nTikTok\n",
        "Slack\nZoom\n\nKind regards,\nMax Müller\nSenior Analyst\n\nTikTok\n",
        "Slack\nZoom\n\nBest,\nMax Müller\n\nSent from my iPhone\nTikTok\n",
        "Slack\nZoom\n\nBest,\nMax Müller\n\nOh and\nTikTok\n",
    ] {
        assert_tiktok_reported(text, true);
    }
    for text in [
        "Here are my apps:\nSlack\nZoom\n\nKind regards,\nMax Müller\nSenior Analyst\nPart 1/2\n",
        "Here are my apps:\nSlack\nZoom\n\nBest,\nMax Müller\nSenior Analyst\n\n...and 20 more\n",
        "Here are my apps:\nSlack\nZoom\n\nThanks,\nChloé Martin\nSenior Analyst\nExample Bank AG\napps.png\n",
        "| App | Version |\n|---|---|\n| Slack | 4.1 |\n| Zoom | 5.2 |\n| Total | 40 |\n",
    ] {
        assert_not_whole(text);
    }
    for text in [
        "Hi,\n\n| App | Size (MB) |\n|---|---|\n| Webex | 289 |\n| Wise | 634 |\n| Cabify | 576 |\n| Total | 1499 |\n\nThanks,\nMax Müller\nSenior Analyst\nExample Bank AG\n",
        "| App | Size (MB) |\n|---|---|\n| Webex | 289 |\n| Wise | 634 |\n| Cabify | 576 |\n| Total | 1500 |\n",
        "| App | Size (MB) |\n|---|---|\n| Webex | 289 |\n| Zoom | n/a |\n| Cabify | 576 |\n| Total | 1189 |\n",
        "Hi, see my apps below.\nBest regards,\nMax Müller\n\nShortcuts\nLydia\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// The red teams' corpora run again: a count in capitals is no title (`I HAVE 3 APPS` over
/// three rows was refused, its words taken for a name's); a chat's sender before a count
/// is no app of it (`Chloé: I have 4 apps` over three rows, the sender read as a fourth,
/// was whole); a message's part marker in bold after a sender (`Chloé: **Apps (2/2)**`).
#[test]
fn capitals_senders_and_bold_parts() {
    assert_nothing_to_do("Slack\nZoom\nOutlook\nI HAVE 3 APPS\n");
    assert_not_whole("Slack\nZoom\nOutlook\nI HAVE 30 APPS\n");
    assert_not_whole("Chloé: I have 4 apps\nChloé: Slack\nChloé: Zoom\nChloé: Outlook\n");
    assert_nothing_to_do("Chloé: I have 3 apps\nChloé: Slack\nChloé: Zoom\nChloé: Outlook\n");
    assert_nothing_to_do(
        "01/03/2023, 12:51 - Chloé: **Apps (1/2)**\nSlack\nZoom\nChloé: **Apps (2/2)**\nOutlook\nTeams\n",
    );
    assert_names_stay_names(&["All in One 50 Apps"]);
}

/// Red team rt71's misses: a sentence that the list is not the whole one, in any of the
/// widget's languages and Dutch and Italian (`That's not my full list.`, `No es la lista
/// completa.`, `Ce n'est pas la liste complète.`, `Non è la lista completa.`), whatever
/// its first word, or that it is whole only so far or still to come (`That's my full list so
/// far.`, `Complete list to follow.`); one that says it is stays the list's frame, and
/// names stay names.
#[test]
fn not_the_whole_list_rt71() {
    assert_lines_not_whole(&[
        "That's not my full list.",
        "Not the complete list",
        "No es la lista completa.",
        "Ce n'est pas la liste complète.",
        "Das ist nicht die komplette Liste",
        "Dit is niet de volledige lijst.",
        "Non è la lista completa.",
    ]);
    assert_nothing_to_do("Slack\nZoom\nOutlook\nThat's my full list.\n");
    assert_names_stay_names(&["Not All Heroes", "Listen Notes", "Full List Pro"]);
    // (Nor one that is whole only so far, or still to come.)
    assert_lines_not_whole(&[
        "That's my full list so far.",
        "Full list coming tomorrow.",
        "Complete list to follow.",
        "That's my full list (page 1).",
        "Das ist bisher die komplette Liste",
        "C'est la liste complète pour l'instant.",
    ]);
}

/// Red team rt71's rounded sums of money: a total without a word for apps under rows priced
/// in a currency is their sum, no count (`Spotify - €9.99`, `Netflix - €12.99`, `Total ≈
/// 23`); one that names apps still counts them, and one under rows without prices too.
#[test]
fn a_rounded_sum_under_prices_is_no_count_rt71() {
    assert_nothing_to_do("Spotify - €9.99\nNetflix - €12.99\nTotal ≈ 23\n");
    assert_nothing_to_do("Spotify 9,99 €\nNetflix 12,99 €\nSumme: 23,-\n");
    assert_nothing_to_do("Spotify - CHF 9.99\nNetflix - CHF 12.99\nGesamt: rund 23\n");
    assert_not_whole("Spotify - €9.99\nNetflix - €12.99\nTotal: 40 apps\n");
    assert_not_whole("Spotify\nNetflix\nTotal ≈ 23\n");
}

/// Red team rt70's markers under a signature that were still read as whole: a part in
/// words (`(first half)`, `zweite Hälfte`), a message's part by a word for a mail (`Mail
/// 1/2`, `E-Mail 1 von 2`), the rest in the next message however it is said (`la suite
/// dans le prochain mail`, `el resto en el próximo correo`, `more in my next e-mail`),
/// and a pointer to more below under the sign-off (`List continues below`), which the
/// signature had taken in before the account could weigh it. Each alone too, and under a
/// signature; names stay names.
#[test]
fn parts_and_the_next_message_under_a_signature_rt70() {
    let markers = [
        "(first half)",
        "first half",
        "second half",
        "erste Hälfte",
        "(première partie)",
        "Mail 1/2",
        "E-Mail 1 von 2",
        "la suite dans le prochain mail",
        "el resto en el próximo correo",
        "more in my next e-mail",
        "Rest in der nächsten Nachricht",
        "il resto nella prossima email",
    ];
    assert_lines_not_whole(&markers);
    for marker in markers.iter().chain(&["List continues below"]) {
        assert_not_whole(&format!(
            "Here are my apps:\nSlack\nZoom\n\nBest regards,\nLucía García López\n\n{marker}\n"
        ));
        assert_not_whole(&format!(
            "Here are my apps:\nSlack\nZoom\n\nThanks,\nDr. Max Müller\nSenior Analyst\n{marker}\n"
        ));
    }
    assert_names_stay_names(&["Half Marathon Trainer", "Second Life", "Next Mail", "Mail"]);
    assert_nothing_to_do("Here are my apps:\nSlack\nZoom\n\nBest regards,\nLucía García López\n");
}

/// Red team rt69's table totals: a total under a column of sizes that is far from their
/// sum counts the rows (`| Gesamt | 25 |` under four sizes of hundreds of MB), and one
/// under a column of versions counts them too, in bold (`| **Total** | **14** |` under
/// three); a sum stays a sum, and a count of the rows there is whole.
#[test]
fn a_total_far_from_the_columns_sum_counts_the_rows_rt69() {
    assert_not_whole(
        "| App | Size |\n|---|---|\n| Gmail | 420 MB |\n| Outlook | 533 MB |\n| Deezer | 410 MB |\n| Gesamt | 25 |\n",
    );
    assert_not_whole("| App | Version |\n|---|---|\n| YouTube | 11.4.8 |\n| Zoom | 10.6.20 |\n| Discord | 2.2.15 |\n| **Total** | **14** |\n");
    assert_nothing_to_do(
        "| App | Size |\n|---|---|\n| Gmail | 420 MB |\n| Outlook | 533 MB |\n| Deezer | 410 MB |\n| Total | 3 |\n",
    );
    assert_nothing_to_do("| App | Version |\n|---|---|\n| YouTube | 11.4.8 |\n| Zoom | 10.6.20 |\n| Discord | 2.2.15 |\n| **Total** | **3** |\n");
    assert_nothing_to_do(
        "| App | Size |\n|---|---|\n| Gmail | 420 MB |\n| Outlook | 533 MB |\n| Deezer | 410 MB |\n| Total | 1363 |\n",
    );
    // (Its own rows: not a signature's address under the table, nor an app named as a
    // total among the rows, `| Summa | 206 |`; a list without bars above a total with them
    // is weighed too.)
    assert_nothing_to_do("Hi,\n\n| App | Price (€) |\n|---|---|\n| Instagram | 3 |\n| Webex | 5 |\n| **Total** | 8 |\n\nBest regards,\nJean-Luc Dupont\nZuidas 40, 1082 MD Amsterdam\n");
    assert_nothing_to_do(
        "| App | Size (MB) |\n|---|---|\n| Prime Video | 737 |\n| Summa | 206 |\n| Moovit | 495 |\n| Total | 1438 |\n",
    );
    assert_nothing_to_do("1) Messenger\n2) OneNote\n3) Total Fitness\n| Total | 3 |\n");
    assert_not_whole("1) Messenger\n2) OneNote\n3) Total Fitness\n| Total | 30 |\n");
}

/// Red team rt69's counts filled by a long signature: the rows a count weighs are those
/// above the mail's sign-off, not the signer's name, title, numbers and address under it
/// (`Apps (7):` over six rows and seven lines of a signature). The sign-offs of Dutch,
/// Italian, Portuguese and Polish mails too (`Met vriendelijke groet`, `Cordiali saluti`,
/// `Com os melhores cumprimentos`, `Pozdrawiam`).
#[test]
fn a_count_weighs_the_rows_above_the_sign_off_rt69() {
    let signature = "Max Müller\nSenior Analyst | Risk 2\nExample Bank AG\nTel. +49 69 1234 5678\nMobile: +49 171 2345678\nTaunusanlage 12, 60325 Frankfurt\nSitz: Frankfurt am Main, HRB 12345\n";
    for sign_off in [
        "Best regards,",
        "Met vriendelijke groet,",
        "Cordiali saluti,",
        "Com os melhores cumprimentos,",
        "Pozdrawiam,",
    ] {
        assert_not_whole(&format!(
            "Hallo zusammen,\n\nas requested, my apps:\n\nApps (7):\nStrava\nDeepL\nDeezer\nbunq\nSatispay\nOutlook\n\n{sign_off}\n{signature}"
        ));
        assert_not_whole(&format!(
            "1) CaixaBank\n2) iFood\n3) Tikkie\n4) Buienradar\n7 apps in total\n\n{sign_off}\n{signature}"
        ));
        assert_nothing_to_do(&format!(
            "Hallo zusammen,\n\nas requested, my apps:\n\nApps (6):\nStrava\nDeepL\nDeezer\nbunq\nSatispay\nOutlook\n\n{sign_off}\n{signature}"
        ));
    }
    // (A name after the sign-off still counts as none of the rows above it: fail safe.)
    assert_nothing_to_do("Apps (3):\nSlack\nZoom\nOutlook\n\nThanks,\nMax\n");
    // (Under a line that points below, the signature is the signer's name alone, and the
    // list is under it: red team rt70's F3.)
    assert_nothing_to_do("Hi, see my apps below.\nThanks,\nMax Müller\n\nRevolut\n");
    assert_tiktok_reported("Hi, see my apps below.\nThanks,\nMax Müller\n\nTikTok\n", true);
}

/// Red team rt68 and rt69's chats without a time stamp, each line after its sender's name
/// (`Jörg: Gmail`, `<Maria> 1. Ameli`, `Pieter — ✅ Nubank`, `@giulia: Slack`): the lines
/// are read as the sender wrote them, so a count, a total, a part marker or a remark
/// behind the sender is weighed as it is on a line of its own. Names stay names, and
/// TikTok is still found; field keys are no senders (`Name: Slack` over `Version: 4.1`).
#[test]
fn a_chat_without_time_stamps_is_read_behind_its_senders_rt69() {
    for text in [
        "Jörg: Gmail\nJörg: Signal\nJörg: Sum: 25\n",
        "<Maria> 1. Ameli\n<Maria> 2. Webex\n<Maria> Total: 27\n",
        "Chloé: - Netflix\nChloé: - Uber\nChloé: (18 in total)\n",
        "<Tom> J'ai 26 applis\n<Tom> ✅ Bolt\n<Tom> ✅ Zoom\n",
        "Jörg: 25 altogether\nJörg: Google Maps\nJörg: Netflix\n",
        "Maria: around 21 in total\nMaria: Dropbox\nMaria: Zoom\n",
        "Pieter — Part 1/2\nPieter — ✅ Nubank\nPieter — ✅ Brave\n",
        "@giulia: Slack\n@giulia: Zoom\n@giulia: | Total | 27 |\n",
        "rando\nDev: Slack\nDev: Zoom\nDev: Teams\nDev: ...and 30 more\n",
    ] {
        assert_not_whole(text);
    }
    for text in [
        "Jörg: Gmail\nJörg: Signal\nJörg: Sum: 2\n",
        "<Maria> 1. Ameli\n<Maria> 2. Webex\n",
        "Pieter — Slack\nPieter — Zoom\nPieter — Calculator - 2 in 1\n",
        "IT: please send all your apps\nAnna: Slack\nAnna: Zoom\nAnna: Outlook\nIT: thanks!\n",
        "Name: Slack\nVersion: 4.1\n\nName: Zoom\nVersion: 5.2\n\nName: Outlook\nVersion: 1.0\n",
        // (A vendor's line each, no chat: rt71's.)
        "Microsoft: 4 apps (Word, Excel, Outlook, Teams)\nGoogle: 3 apps (Maps, Gmail, Drive)\nAdobe: 2 apps (Acrobat, Scan)\n",
    ] {
        assert_nothing_to_do(text);
    }
    assert_tiktok_reported("Anna: Slack\nAnna: TikTok\nAnna: Zoom\n", true);
    assert_tiktok_reported("<anna> Slack\n<anna> TikTok\n<anna> Zoom\n", true);
}

/// Red teams rt68 and rt69's counts and remarks still read as whole: a total in words
/// without a word for apps (`about fifty in total`, `dreißig insgesamt`), pieces counted
/// (`es sind 40 Stück`, `40 stuks`), Italian's `in totale`, a statistician's `n=40`, a
/// view's rows of more (`Apps 1-10 of 40`), a part of a whole in a heading (`Here are 8
/// of my 40:`), an excerpt said in brackets (`Anzahl der Apps: 40 (Auszug)`), a count
/// before a clause (`40apps total, listing the work ones:`), a remark that some are
/// missing, and a first batch. Counts that the rows fill stay whole; names stay names.
#[test]
fn counts_in_words_views_and_missing_ones_rt68() {
    assert_lines_not_whole(&[
        "about fifty in total",
        "about ten in total",
        "dreißig insgesamt",
        "es sind 40 Stück",
        "40 stuks",
        "40 in totale",
        "n=40",
        "Apps 1-10 of 40",
        "Here are 8 of my 40:",
        "Anzahl der Apps: 40 (Auszug)",
        "40apps total, listing the work ones:",
        "a few are missing",
        "Complete list? Not quite, a few are missing.",
        "einige fehlen noch",
        "1st batch",
    ]);
    assert_nothing_to_do("Slack\nZoom\nTeams\nthree in total\n");
    assert_nothing_to_do("Slack\nZoom\nTeams\nApps 1-3 of 3\n");
    assert_nothing_to_do("Slack\nZoom\nTeams\nn=3\n");
    assert_nothing_to_do("Here are 3 of my 3:\nSlack\nZoom\nTeams\n");
    assert_names_stay_names(&["Missing Link", "Three Kingdoms", "Ten Percent Happier", "Fifty Fifty"]);
}

/// Red team rt70's remarks in other languages: that the folders were not opened (the
/// apps inside them are not listed: `Mappen niet geopend.`, `Não abri as pastas.`, `I
/// didn't open the folders.`), a count in Portuguese, Italian, Dutch or Polish words
/// (`quarenta apps no total`), a list said to be shortened in brackets (`(list
/// shortened)`), a part by a number in words (`Deel één`). Folders opened, or none, say
/// nothing of the kind.
#[test]
fn folders_not_opened_and_counts_in_more_languages_rt70() {
    assert_lines_not_whole(&[
        "Mappen niet geopend.",
        "Não abri as pastas.",
        "No abrí las carpetas.",
        "I didn't open the folders.",
        "Ordner nicht geöffnet",
        "Je n'ai pas ouvert les dossiers.",
        "Non ho aperto le cartelle.",
        "quarenta apps no total",
        "quaranta app in totale",
        "veertig apps in totaal",
        "(list shortened)",
        "Deel één",
    ]);
    assert_nothing_to_do("Slack\nZoom\nTeams\nI opened all the folders.\n");
    assert_nothing_to_do("Slack\nZoom\nTeams\nI have no folders.\n");
    assert_nothing_to_do("Slack\nZoom\nTeams\ntrês apps no total\n");
    assert_names_stay_names(&["Folder Lock", "Open Folders", "Shortened URL"]);
}

/// A line between two rows that no reader took for an app (`Hello bank!` read as a
/// greeting, `20 Minutes` as a time, `99` as a number) may fill a count, one at most in a
/// short list; a screen's state under each name does not (`Installed`).
#[test]
fn a_line_between_rows_may_fill_a_count() {
    assert_nothing_to_do("Slack\nHello bank!\nZoom\n3 apps in total\n");
    assert_nothing_to_do("Slack\n20 Minutes\nZoom\n3 apps in total\n");
    assert_not_whole("Slack\nHello bank!\nZoom\n4 apps in total\n");
    assert_not_whole("Slack\nInstalled\nZoom\nInstalled\nTeams\nInstalled\n4 apps\n");
}

/// Red team rt72: a store's title after a chat's sender lines is no sender (`TikTok:
/// Videos, Shop & LIVE`, found as TikTok); senders without a space after the colon, in
/// lower case or in square brackets; a postscript read as a line of its own (`P.S. ...and
/// 20 more`, `PS : et TikTok`), and a count that weighs the apps of a postscript and a
/// list below the signature; more sign-offs; table totals far over their column's sum,
/// or with a word for apps, and more words for a total.
#[test]
fn senders_postscripts_and_table_totals_rt72() {
    assert_tiktok_reported(
        "Dr. Müller — Microsoft Lens\nDr. Müller — Buienradar\nDr. Müller — Confluence\nTikTok: Videos, Shop & LIVE\n",
        true,
    );
    assert_tiktok_reported("Pieter:TikTok\nPieter:Slack\nPieter:Zoom\n", true);
    for text in [
        "Jörg:Total: 50\nJörg:CapCut\nJörg:REWE\nJörg:Facebook\n",
        "maria: Part 1 of 2\nmaria: Signal\nmaria: Teams\n",
        "[Pieter] Viber\n[Pieter] Flo\n[Pieter] ...and 12 more\n",
        "Here are my apps:\nSlack\nZoom\n\nBest regards,\nJohn\n\nP.S. ...and 20 more\n",
        "Here are my apps:\nSlack\nZoom\n\nGroetjes,\nSanne Jansen\n\nP.S. n=60\n",
        "Here are my apps:\nSlack\nZoom\n\nBonne journée,\nCamille Dubois\n\nP.S. partie 1/3\n",
        "| App | Size |\n|---|---|\n| Slack | 120 MB |\n| Zoom | 80 MB |\n| Teams | 200 MB |\n| Totaal | 43 apps |\n",
        "| App | Hours |\n|---|---|\n| Slack | 2 |\n| Zoom | 9 |\n| Teams | 9 |\n| Soma | 65 |\n",
        "| App | Size (MB) |\n|---|---|\n| Slack | 1 |\n| Zoom | 4 |\n| Teams | 3 |\n| Somme | 43 |\n",
        // (Its second round: a help desk's count in a sentence after a sender of one line;
        // a mail app's placeholder and a remark in a postscript; a list below the
        // signature, counted after the signature's block.)
        "Helpdesk: the MDM shows 50 apps on your phone, can you list them?\nAnna Maria: here you go\nAnna Maria: PicPay\nAnna Maria: Onet\nAnna Maria: Gemini\n",
        "Here are my apps:\nSlack\nZoom\n\nAbraço,\nJoão Silva\n\nP.S.: [imagem: captura.png]\n",
        "Here are my apps:\nSlack\nZoom\n\nAbraço,\nJoão Silva\n\nP.S. não estão todas\n",
        "tengo 9 aplicaciones instaladas – la lista va debajo de mi firma.\n\nAtentamente,\nBegoña García\nGestor de clientes\nTel.: +34 91 123 45 67\n\n\nMicrosoft Copilot\nBolt\nWorkday\n",
    ] {
        assert_not_whole(text);
    }
    assert_nothing_to_do("| App | Price |\n|---|---|\n| YouTube | free |\n| RTL+ | 2.99 |\n| Pinterest | 1.99 |\n| **Total** | 3 apps |\n");
    assert_nothing_to_do(
        "| App | Size |\n|---|---:|\n| Chrome | 1 024 |\n| Teams | 2 048 |\n| Bolt | 12 |\n| **Total** | **3 084** |\n",
    );
    assert_tiktok_reported("• El País\n• Marca\nPS : et TikTok\n", true);
    for text in [
        "auf meinem Handy sind 4 Apps:\nSlack\nZoom\n\nLG\nJörg Becker\n\nPS: und Teams, Outlook\n",
        "I have 4 apps installed – list is below my signature.\n\nCheers,\nEmma Clarke\n\nExpedia\nDocuSign\nVueling\nSlack\n",
        "| App | Size (MB) |\n|---|---|\n| Slack | 1 |\n| Zoom | 4 |\n| Teams | 3 |\n| Somme | 8 |\n",
    ] {
        assert_nothing_to_do(text);
    }
    let signature = "Max Müller\nSenior Analyst | Risk 2\nExample Bank AG\nTel. +49 69 1234 5678\nMobile: +49 171 2345678\nTaunusanlage 12, 60325 Frankfurt\n";
    for sign_off in [
        "Schöne Grüße",
        "Bien à vous,",
        "Bonne journée,",
        "Un saludo,",
        "Groetjes,",
        "Atenciosamente,",
        "Z poważaniem",
    ] {
        assert_not_whole(&format!(
            "Apps (7):\nStrava\nDeepL\nDeezer\nbunq\nSatispay\nOutlook\n\n{sign_off}\n{signature}"
        ));
    }
}

/// Red team rt72's remarks in Italian, Dutch, French, Portuguese and Polish: that some
/// are missing anywhere in the line (`il en manque`, `er ontbreken er nog een paar`), that
/// the rest is not remembered (`non ricordo le altre`), an incomplete list said so
/// (`onvolledige lijst`), a message's part in Polish (`Wiadomość 1 z 2`).
#[test]
fn remarks_in_more_languages_rt72() {
    assert_lines_not_whole(&[
        "il en manque",
        "er ontbreken er nog een paar",
        "non ricordo le altre",
        "onvolledige lijst",
        "Wiadomość 1 z 2",
    ]);
    assert_names_stay_names(&["A Few Good Men", "Some Apps", "PS Express", "Lista"]);
}

/// Red team rt72's counts of more after an ellipsis with the word for more before the
/// number, as Italian, French, German and Portuguese say it (`…e ancora 18`, `…et encore
/// 20`, `...und noch 20`, `…e outras 22`); names stay names.
#[test]
fn more_before_its_number_rt72() {
    assert_lines_not_whole(&["…e ancora 18", "…et encore 20", "...und noch 20", "…e outras 22"]);
    assert_names_stay_names(&["Tom & Jerry 2"]);
}

/// Stop 62's leftovers and red team rt72's misses: a remark or a count after a sender's
/// or a label's name on a line of its own, where the other lines have none (`Pieter: and
/// 20 more`, `Anna: Total: 40`); groups whose heading counts more rows than are under it
/// (`Personal (17):` over two); a part of the whole in a heading of any words (`Hier zijn
/// 3 van mijn 60:`); `solo le principali:`; a postscript in plain words (`PS onvolledige
/// lijst`); more after `und` without an ellipsis (`und noch 20`); a page's place after a
/// colon (`Page: 1/3`). And `TikTok: nee` is a "no", asked about as `TikTok: no` is.
#[test]
fn said_after_a_label_group_counts_and_parts_rt72() {
    for text in [
        "Pieter:Allegro\nPayPal\nSlack\nPieter:Total: 40\n",
        "Allegro\nPayPal\nSlack\nPieter: Total: 40\n",
        "Slack\nZoom\nGmail\nPieter: and 20 more\n",
        "Slack\nZoom\nGmail\nmaria: ...\n",
        "Slack\nZoom\nGmail\nIT Support: see attached\n",
        "Trabajo (3):\nSlack\nZoom\nGmail\nPersonal (17):\nWhatsApp\nSpotify\n",
        "Work (2):\n- Slack\n- Zoom\n\nHome (9):\n- WhatsApp\n",
        "Hier zijn 3 van mijn 60:\nSlack\nZoom\nGmail\n",
        "solo le principali:\nSlack\nZoom\nGmail\n",
        "Slack\nZoom\nGmail\nPS onvolledige lijst\n",
        "Slack\nZoom\nGmail\nund noch 20\n",
        "Name: Slack\nVersion: 4.1\nName: Zoom\nVersion: 5.2\nPage: 1/3\n",
    ] {
        assert_not_whole(text);
    }
    for text in [
        "Trabajo (3):\nSlack\nZoom\nGmail\nPersonal (2):\nWhatsApp\nSpotify\n",
        "Work (2):\n- Slack\n- Zoom\n\nHome (1):\n- WhatsApp\n",
        "Pieter: Slack\nZoom\nGmail\n",
        "Star Wars: Galaxy of Heroes\nSlack\n",
        "Anna: 3 apps\nSlack\nZoom\nGmail\n",
        "Name: Slack\nVersion: 4.1\nName: Zoom\nVersion: 5.2\n",
        "Slack\nMail (3)\nZoom\n",
        "Subject: my apps\nSlack\nZoom\n",
        // (A yes after a sender, `tak` of Polish's `i tak dalej` alone: no more.)
        "IT Support: Czy to wszystko?\nOLX\nAuthy\nAgnieszka Wiśniewska: tak, to wszystko\n",
    ] {
        assert_nothing_to_do(text);
    }
    assert_names_stay_names(&["PS Express", "Pieter: Slack", "E 20 Minutos"]);
    assert_tiktok_asked("Slack\nTikTok: nee\nZoom\n");
}

/// Red team rt72's misses: a home screen's page dots read with its names (`• ○ ○`: one
/// page of several), and a rough number alone, an answer to how many (`około 40`, `about
/// 40`), weighed against the rows as a count is.
#[test]
fn page_dots_and_a_rough_number_alone_rt72() {
    for text in [
        "Slack   Zoom   Gmail\nMaps   Photos   Camera\n● ○ ○\n",
        "Slack\nZoom\nGmail\n○ ● ○\n",
        "helpdesk: ile masz aplikacji?\nmaria: około 40\nSlack\nZoom\n",
        "Slack\nZoom\nabout 40\n",
        "Slack\nZoom\nca. 40\n",
    ] {
        assert_not_whole(text);
    }
    for text in [
        "• Slack\n• Zoom\n• Gmail\n",
        "Slack\nZoom\nabout 2\n",
        "Slack\n•\nZoom\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// Red team rt73: a remark in a sentence that no reader knew, in any of eight languages,
/// was read as an app's name. A line that reads as a sentence (its words those sentences
/// are made of) and may say the list is not whole (the rest, others, a page, a part, games
/// left out, something forgotten or missing, `not all`) is a line not read; one that says
/// there are no others, thanks, offers more or speaks of something else stays as it was.
#[test]
fn a_sentence_that_may_say_the_list_is_not_whole_rt73() {
    assert_lines_not_whole(&[
        "the others are on the second page",
        "De rest staat op de tweede pagina",
        "è solo una parte dell'elenco",
        "die anderen sind auf der zweiten Seite",
        "ho lasciato fuori i giochi",
        "deixei os jogos de fora",
        "nicht alle",
        "(non tutte)",
        "PS: są jeszcze jakieś gry, których nie wypisałem",
        "le reste en pièce jointe",
    ]);
    assert_not_whole("Hallo,\nWallet\ntagesschau\nGoogle Keep\n\nViele Grüße\nKatrin\n\nP.S. Die Banking-Apps fehlen noch, reiche ich nach\n");
    for text in [
        "Slack\nZoom\nOutlook\nCe sont les principales, il n'y en a pas d'autres.\n",
        "Como me pediste, las apps:\n– imagin\n– Glovo\n– Iberia\nNo hay nada más.\n",
        "Guten Morgen,\n\nWie gewünscht die Apps:\n\n– Moovit\n– Trade Republic\n\nMehr ist nicht drauf.\n\nBeste Grüße,\nAnna\n",
        "Questo è quello che ho sul telefono\nPoste Italiane\nYoox\nHype\n",
        "Glovo\nDisney+ (I use it more than Teams)\nRevolut\n",
        "Outlook\nSlack\nThanks and enjoy the rest of your day\n",
        "Outlook\nSlack\nIf you need more I could go on a call\n",
    ] {
        assert_nothing_to_do(text);
    }
    assert_names_stay_names(&[
        "Read later on the go",
        "Rest in pieces",
        "Where Is My Train",
        "Lord of the Rings",
    ]);
    assert_tiktok_asked("just tiktk and snapchat\n");
}

/// Red team rt73: TikTok misspelt in a row of names in title case, as a home screen's
/// text is read (`Duolingo MyFitnessPal Cabify TlkTok`, `Tic Tok`, `TicToc`, `Tiktk`), was
/// answered "nothing to do": a word one typo from a policy's name of six letters or more,
/// or spelt as it sounds, in a row of three words or more, is asked about. Short names'
/// typos in title case (`Clark` of Lark) and apps of their own stay as they were.
#[test]
fn a_misspelt_app_in_a_row_of_names_in_title_case_rt73() {
    for text in [
        "9:41\nDuolingo MyFitnessPal Cabify TlkTok\n",
        "WhatsApp Slack TikTock Spotify\n",
        "Chess.com Shazam Tic Tok Picnic\n",
        "Wallet Discord TicToc Todoist\n",
        "eBay Takealot Wallet PhonePe\n9292 Tiktk Adobe Scan ASN Bank\n",
        "Fotocasa TikTock Renfe\n",
    ] {
        assert_tiktok_reported(text, false);
    }
    for text in [
        "Fender Tune\nStein Mart\nClark County Schools\n",
        "Slack\nTick Tock Timer\n",
        "Tiktak Clock\n",
    ] {
        assert_no_tiktok(text);
    }
}

/// Red teams rt73 and rt74: TikTok misspelt in a row of two names, as a home screen's
/// last row or a short one is read (`TikTuk Clock`, `Uber TicToc`, `TTikTok Notes`), was
/// answered "nothing to do": a word written as a brand is, a capital after a small letter,
/// one typo from a policy's name of six letters or more, is asked about there too. Words
/// as a dictionary writes them stay an app's name of two words (`Lucid Dreaming`, one
/// typo from Dreamina; `Tiktak Clock`).
#[test]
fn a_misspelt_brand_in_a_row_of_two_names_rt74() {
    for text in [
        "TikTuk Clock\nWhatsApp Outlook Teams Slack\n",
        "Uber TicToc\n",
        "TTikTok Notes\nWhatsApp Outlook Teams Slack\n",
        "Maps TlkTok\n",
        "ikTok Clock\nPhone Messages\n",
    ] {
        assert_tiktok_reported(text, false);
    }
    for text in [
        "Tiktak Clock\nWhatsApp Outlook\n",
        "Slack\nTick Tock Timer\n",
        "TikTak Maps\n",
    ] {
        assert_no_tiktok(text);
    }
    let report = check_publisher_rule("Lucid Dreaming\nCicis Pizza\nWhatsApp Clark\n", "company", &[]);
    assert!(questions_of(&report).is_empty(), "{:#?}", report.findings);
}

/// Red teams rt73 and rt74: groups whose heading counts more rows than are under it
/// without a colon (`## Travail (2)`, `Finanza (5)` among other such headings, `📁 Social
/// (5)`, `Work [4]`), and a group's own groups indented under it; a badge among names
/// (`Mail (3)`), a year (`Apps [2023]`) and counts that match stay whole. And a sentence's
/// remark about the phone, the team, apps installed or removed, only what one has, one
/// page, or one app in brackets after its name is no sign the list is not whole.
#[test]
fn groups_without_a_colon_and_remarks_on_something_else_rt74() {
    for text in [
        "## Travail (2)\nServiceNow\n\n## Finances (2)\nDeezer\n  OneNote\n",
        "Finanza (5)\nEsselunga\nFind My\nUniCredit\n\nViaggi (2)\nPayPal\nDeepL\n",
        "📁 Sociaal (4)\nNetflix\nJumbo\n📁 Spellen (2)\neBay\nNOS\n",
        "Work [4]\nSlack\nTeams\nOutlook\n",
        // (And a page's place between dashes beyond ASCII.)
        "App Name: Chase\nVersion: 12.8.32\n\nApp Name: BeReal\nVersion: 4.17.59\n\n— Page 1 of 4 —\n",
        "Home screen (14)\n  Work (3)\n    Zoom\n    Teams\n    Outlook\n  Other (3)\n    Signal\n    Files\n    Uber\n",
    ] {
        assert_not_whole(text);
    }
    for text in [
        "Slack\nMail (3)\nZoom\n",
        "Work (2)\nSlack\nZoom\nHome (1)\nWhatsApp\n",
        "Home screen (6)\n  Work (3)\n    Zoom\n    Teams\n    Outlook\n  Other (3)\n    Signal\n    Files\n    Uber\n",
        "Médias (2)\nMétéo-France\n20 Minutes\nTravail (1)\nDoctolib\n",
        "Apps [2023]\nSlack\nZoom\n",
        "Doctolib\nGoogle Maps\nDeezer\nLe téléphone est un peu lent, est-ce un problème ?\n",
        "Teams\nIO\nPosteID\nHo cancellato i giochi l'anno scorso.\n",
        "Outlook\nTeams\nNS\nEr is maar één pagina met apps op mijn telefoon.\n",
        "Gmail\nSlack\nZoom\nPieter: ik heb er maar een paar\n",
        "Spotify\nTeams (brauche ich für die Rufbereitschaft, die anderen sind optional)\nSignal\n",
        "Remark: some of these came preinstalled\nOutlook\nTeams\n",
        "SNCF Connect\nOutlook\nDites-moi si vous avez besoin de plus d'infos.\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// Red team rt74: a rough number with its sign or in a phrase (`~40`, `40+`, `40ish`,
/// `cerca de 40`, `à peu près 40`) and a group's count with its word for apps (`Work (8
/// apps)`) are counts weighed against the rows; a small number, `+1` and a badge stay.
#[test]
fn rough_numbers_with_a_sign_or_a_phrase_and_groups_counting_apps_rt74() {
    for line in ["~40", "40+", "40ish", "cerca de 40", "à peu près 40"] {
        assert_not_whole(&format!("Slack\nZoom\n{line}\n"));
    }
    assert_not_whole("Work (8 apps)\nSlack\nZoom\nTeams\n");
    // (And a page's place or more after a sign beyond ASCII, or an abbreviation's stop.)
    assert_lines_not_whole(&["▼ 12 more", "👉 see attached", "pg. 1/2"]);
    assert_names_stay_names(&["★ Favorites", "🎵 Music"]);
    for text in [
        "Slack\nZoom\n~2\n",
        "Slack\nZoom\n+1\n",
        "Work (3 apps)\nSlack\nZoom\nTeams\n",
        "Slack\n99\nZoom\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// Stop 64: a word alone that says the list is not finished (`incomplete`, `Incomplete.`,
/// `-- unvollständig --`, `unfinished list`, `Not all.`), and a group's count after a dash
/// or a colon (`Work – 8`, `Work: 8`, `Social - 5 apps`) over fewer rows. A word in a
/// name's title case stays a name, and a device's detail (`iOS – 17`, `Android: 14`) is
/// no group's count.
#[test]
fn a_lone_word_for_unfinished_and_group_counts_after_a_dash_or_colon() {
    assert_lines_not_whole(&[
        "incomplete",
        "Incomplete.",
        "-- unvollständig --",
        "incompleta",
        "(partial)",
        "unfinished list",
        "Not all.",
        "not finished",
        "work in progress",
    ]);
    for text in [
        "Work – 8\nSlack\nZoom\nTeams\n",
        "Work: 8\nSlack\nZoom\nTeams\n",
        "Social - 5 apps\nInstagram\nSignal\n\nWork - 2 apps\nSlack\nZoom\n",
        "Slack\nZoom\n\nGames — 4\nWordle\nChess\n",
    ] {
        assert_not_whole(text);
    }
    assert_names_stay_names(&["Fragment", "Partial Sky"]);
    for text in [
        "Work – 3\nSlack\nZoom\nTeams\n",
        "Social - 2 apps\nInstagram\nSignal\n\nWork - 2 apps\nSlack\nZoom\n",
        "iOS – 17\nSlack\nZoom\n",
        "Android: 14\nSlack\nZoom\n",
        "iPhone 13\niOS: 17\nSlack\nZoom\n",
        "Slack\nZoom\nBattery: 85\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// Red team rt75: a copy that stops in its last row, with no words to say so: an
/// identifier cut at a dot (`package:com.`), a CSV export's last row short of the cells
/// every row above has (`Chase,7.13.57` under rows of five), a settings screen's last
/// name without the size every name above has. The same shapes ended by a line break,
/// or whole, are read as they were.
#[test]
fn a_copy_cut_in_its_last_row_rt75() {
    for text in [
        "adb shell pm list packages\npackage:com.booking\npackage:com.google.android.calculator\npackage:com.",
        "package:/data/app/~~z8==/com.facebook.katana-1e==/base.apk=com.facebook.katana\npackage:/data/app/~~x==/base.apk=com.google.android.apps.",
        "Name,Version,Identifier,Installed,Managed\nSlack,1.2,com.slack,12/11/24,Yes\nZoom,2.3,us.zoom,12/11/24,No\nChase,7.13.57",
        "Alle Apps\nMicrosoft Excel\n3,3 GB\nGoogle Maps\n677,8 MB\nDefender\n731 MB\nRed",
        "Salesforce\nZuletzt verwendet: 20.08.24\n3,6 GB\nFacebook\nZuletzt verwendet: 23.03.24\n550,2 MB\nSafari\nZuletzt verwendet: 02.11.24\n750,6 MB\nExpens",
    ] {
        assert_not_whole(text);
    }
    for text in [
        "package:com.booking\npackage:com.google.android.calculator\n",
        "Name,Version,Identifier,Installed,Managed\nSlack,1.2,com.slack,12/11/24,Yes\nZoom,2.3,us.zoom,12/11/24,No",
        "Name,Version,Identifier\nSlack,1.2,com.slack\nZoom,2.3,us.zoom\nChase,7.13.57,com.chase\n",
        "Alle Apps\nMicrosoft Excel\n3,3 GB\nGoogle Maps\n677,8 MB\nDefender\n731 MB",
        "Slack\nZoom\nSignal.",
        "Slack\nZoom\nSignal",
    ] {
        assert_nothing_to_do(text);
    }
}

/// Red team rt75: a line that speaks of a screen, a page or a screenshot by its place
/// among several (`the second screenshot didn't paste`, `es solo la primera pantalla`,
/// `hab nur die erste Seite kopiert`, `First screenshot:`, `there's another page`): the
/// list is on more of them than were pasted. And a list that goes on after its last name
/// in a phrase (`Signal and so on`, `Jira Cloud et ainsi de suite`). Denied, it is whole
/// (`there is no second page`).
#[test]
fn a_screen_among_several_and_a_list_that_goes_on_after_its_last_name_rt75() {
    assert_lines_not_whole(&[
        "I'll send the second screenshot after lunch",
        "der zweite Screenshot ist nicht mitgekommen",
        "ti mando il secondo screenshot dopo pranzo",
        "es solo la primera pantalla",
        "this is just my first home screen",
        "that's what fits on the first screen",
        "hab nur die erste Seite kopiert",
        "I've attached screenshots of the other two pages.",
        "je t'envoie la deuxième capture après le déjeuner",
    ]);
    for text in [
        "First screenshot:\nSlack\nZoom\nTeams\n",
        "Erster Screenshot:\nSlack\nZoom\nTeams\n",
        "Slack\nZoom\nSignal and so on\n",
        "Slack\nZoom\nJira Cloud et ainsi de suite\n",
        "Slack\nZoom\nGlovo y así\n",
    ] {
        assert_not_whole(text);
    }
    assert_names_stay_names(&["Page One", "Second Screen", "Screen Time", "Next Page Reader"]);
    for text in [
        "Slack\nZoom\nthere is no second page\n",
        "Slack\nZoom\nTeams\nThat's all, I don't have a second home screen.\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// Red team rt75: a list sent in two halves, both here (`erste Hälfte:` … `zweite
/// Hälfte:`), is whole; one half alone, or a first part among parts that may be more
/// than two, is not.
#[test]
fn both_halves_of_a_list_are_the_whole_list_rt75() {
    for text in [
        "07/12/2024, 11:52 - Priya Shah: erste Hälfte:\n1Password\nDuolingo\n07/12/2024, 11:54 - Priya Shah: zweite Hälfte:\nZoom\nKomoot\n07/12/2024, 11:56 - Stefan Krüger: super, danke\n",
        "first half:\nSlack\nZoom\nsecond half:\nTeams\nSignal\n",
        "première moitié :\nAudible, Le Monde\ndeuxième moitié :\nMicrosoft To Do, Okta Verify\n",
    ] {
        assert_nothing_to_do(text);
    }
    for text in [
        "first half:\nSlack\nZoom\n",
        "Part 1:\nSlack\nZoom\nPart 2:\nTeams\n",
        "second half:\nSlack\nZoom\n",
    ] {
        assert_never_reassures(text);
    }
}

/// Red team rt75: a heading that narrows the list to a kind, `These are just the work
/// ones:`, `Solo las que instalé yo:`, `Só a tela inicial:`, or says it is from memory,
/// `Aus dem Kopf, ungefähr:`; and a remainder said vaguely, `+ le solite app Google`,
/// `dann noch diverse Spiele`, `den Rest weiß ich nicht mehr`. A heading that says the
/// phone has only such apps is whole (`I only have work apps:`).
#[test]
fn a_heading_that_narrows_the_list_and_a_vague_remainder_rt75() {
    for heading in [
        "These are just the work ones:",
        "Queste sono solo quelle di lavoro:",
        "Ce sont juste les applis pro :",
        "Solo las que instalé yo:",
        "Dit zijn alleen de werk-apps:",
        "To tylko służbowe:",
        "Só a tela inicial:",
        "Only the apps I installed myself, not the preinstalled ones:",
        "Aus dem Kopf, ungefähr:",
        "Z pamięci, mniej więcej:",
        "De cabeça, mais ou menos:",
        "Top of the list:",
    ] {
        assert_not_whole(&format!("{heading}\nSlack\nZoom\nTeams\n"));
    }
    assert_lines_not_whole(&[
        "+ le solite app Google",
        "+ lo típico de Google",
        "+ die üblichen Google-Sachen",
        "dann noch diverse Spiele",
        "den Rest weiß ich nicht mehr",
    ]);
    assert_lines_not_whole(&[
        "Note: user sent partial list (work apps only).",
        "lista incompleta, scusa",
    ]);
    // (A count with an aside in its label, a ticket's `App count (MDM): 40`.)
    assert_not_whole("App count (MDM): 40\nApplications:\n  Slack\n  Zoom\n");
    assert_nothing_to_do("App count (MDM): 2\nApplications:\n  Slack\n  Zoom\n");
    for text in [
        "I only have work apps:\nSlack\nZoom\n",
        "Only these:\nSlack\nZoom\n",
        "Ich habe nur Arbeits-Apps:\nSlack\nZoom\n",
        "Work apps:\nSlack\nZoom\n",
        // (A sentence about a password or a form is about something else than the list.)
        "Slack\nZoom\ni forgot my password for teams\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// Red team rt76, the whole lists this stop's rules first refused: a status column read
/// as lines (`Setup incomplete`, `WIP` under names beside `Installed`), the first of two
/// screenshots with the second and last here too, a screen said to hold all or the other
/// empty, `Só estão instaladas estas:`, and a storage screen whose names do not all show
/// a size. One screen alone, or the last without the first, is still not whole.
#[test]
fn what_the_rules_of_stop_64_first_refused_rt76() {
    for text in [
        "All apps on this device:\nNetflix\nSetup incomplete\nHealth\nInstalled\nAudible\nWIP\nViva Engage\nInstalled\nPower BI\nInstalled",
        "Device > Apps (all installed):\nVinted\nUpdate pending\nWise\nWIP\nMonzo\nUpdate pending\nThreema\nInstalled\n",
        "First screenshot:\nServiceNow\nUber Eats\nShazam\n\nAnd this is the second and last screenshot:\nRevolut\nDeliveroo",
        "Erster Screenshot:\nGmail\nPower BI\nAsana\n\nUnd das ist der zweite und letzte:\nTrello\nThreema",
        "Screen 1\n* Notion\n* Amazon\n* Lyft\n\nScreen 2 (last one)\nChase\nZoho Mail",
        "Alles ist auf dem ersten Bildschirm, das sind alle:\nWebex Meetings\nMicrosoft Edge\nBox\n",
        "Ho tutto nella prima schermata, ecco tutto:\nRevolut\nNotion\nMiro\n",
        "Die zweite Seite ist leer, also ist das alles:\n1Password\nViva Engage\nKindle\n",
        "Só estão instaladas estas:\nConfluence\nPayPal\nTodoist\n",
        "All apps\n8 apps\nShazam\nOkta Verify\n143.9 MB\nViva Engage\n322.7 MB\nUber Eats\n3.5 GB\nRevolut\nTelegram\nTodoist\n2.8 GB\nHealth",
    ] {
        assert_nothing_to_do(text);
    }
    for text in [
        "First screenshot:\nServiceNow\nUber Eats\nShazam\n",
        "And this is the second and last screenshot:\nRevolut\nDeliveroo\nZoom\n",
        "Spazio iPhone\n28,5 GB di 128 GB utilizzati\nAsana\n142,2 MB\nOkta Verify\n2,8 GB\nGoogle Drive\n3,8 GB\nTelegram\n720,1 MB\nAdobe Acrobat Re",
    ] {
        assert_never_reassures(text);
    }
}

/// Red team rt76, what it still found missed: the rest in a screenshot or an attachment
/// said in a sentence, a part or a screenshot by its place among several (`the first of
/// two screenshots`, `Tweede deel stuur ik vanavond.`), a heading of the main or daily
/// apps, the usual bloat after a plus, and a table's last row cut short of the cells
/// every row above has (`| Signal |`, `Microsoft T` under `Name<TAB>size` rows).
#[test]
fn the_rest_elsewhere_parts_main_apps_and_rows_cut_short_rt76() {
    assert_lines_not_whole(&[
        "De rest staat in de bijgevoegde screenshot.",
        "The rest is in the attached screenshot.",
        "Voir la pièce jointe pour la page 2.",
        "Mando a segunda parte logo à noite.",
        "Tweede deel stuur ik vanavond.",
        "I'll send the second half tonight.",
        "plus the usual Samsung bloat",
        "plus de gebruikelijke Samsung-rommel",
    ]);
    for heading in [
        "This is the first of two screenshots:",
        "Esta es la primera de dos capturas:",
        "De apps die ik dagelijks gebruik:",
        "Le app principali:",
        "The apps I use every day:",
    ] {
        assert_not_whole(&format!("{heading}\nSlack\nZoom\nTeams\n"));
    }
    for text in [
        "| App | Version | Id |\n|---|---|---|\n| Slack | 4.1 | com.slack |\n| Zoom | 5.1 | us.zoom |\n| Signal |",
        "iPhone Storage\n27.4 GB of 128 GB Used\nGoogle Maps\t2.3 GB\nStrava\t351.2 MB\nWaze\t2.6 GB\nMicrosoft T",
    ] {
        assert_not_whole(text);
    }
    for text in [
        "| App | Version | Id |\n|---|---|---|\n| Slack | 4.1 | com.slack |\n| Zoom | 5.1 | us.zoom |\n",
        "iPhone Storage\n27.4 GB of 128 GB Used\nGoogle Maps\t2.3 GB\nStrava\t351.2 MB\nWaze\t2.6 GB",
        "Part 1:\nSlack\nZoom\n\nPart 2 (the last part):\nTeams\nSignal\n",
        "Slack\nZoom\nI use Slack every day.\n",
        "Erste Hälfte:\nMessenger\nReddit\nZweite Hälfte:\nNotion\nEvernote",
        "Slack\nZoom\ntutte le mie app sono in questa schermata, non ne ho altre",
        "Discovered apps\nName\tVersion\nQonto\t17.3\nFree\t3.3\nVinted\t2.5\nShowing 1 to 3 of 3 records",
    ] {
        assert_nothing_to_do(text);
    }
}

/// Red team rt76: a writer not sure the list is all of it, in the eight languages (`No sé
/// si están todas.`, `Weiß nicht, ob das alle sind.`, `Not sure this is everything`), or
/// who copied half of it (`Je n'ai recopié que la moitié.`, `Só copiei metade.`). Sure
/// that it is all, or half of them of a kind, the list is whole.
#[test]
fn a_writer_not_sure_it_is_all_or_who_copied_half_rt76() {
    assert_lines_not_whole(&[
        "No sé si están todas.",
        "Weiß nicht, ob das alle sind.",
        "Non sono sicuro che siano tutte.",
        "Não tenho a certeza se são todas.",
        "Not sure this is everything, I only scrolled once.",
        "Je n'ai recopié que la moitié.",
        "Só copiei metade.",
        "This is roughly half of them.",
    ]);
    for text in [
        "Slack\nZoom\nI'm sure that's all of them.\n",
        "Slack\nZoom\nTeams\nSignal\nHalf of them are for work.\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// Red teams rt75 and rt76: a sentence that the copy was cut or not scrolled to its end
/// (`it got cut off at the bottom`, `c'est coupé en bas de l'écran`, `These are the ones I
/// could see without scrolling.`). Not a name in a title's case.
#[test]
fn a_sentence_that_the_copy_was_cut_or_not_scrolled_rt76() {
    assert_lines_not_whole(&[
        "it got cut off at the bottom",
        "The list continues but the copy cut off here.",
        "These are the ones I could see without scrolling.",
        "c'est coupé en bas de l'écran",
    ]);
    assert_names_stay_names(&["Video Cut", "Scroll Saver", "Hair Cut Salon"]);
}

/// Red team rt76: a sentence of the list's frame that speaks of the rest of the apps or
/// the others (`Will add the rest once I'm back at my desk.`, `Les autres applis sont sur
/// la capture d'écran en PJ.`, `Die anderen schicke ich morgen.`): they are not here. Not
/// a question about them, the rest of something else, or others that are gone or denied.
#[test]
fn a_sentence_of_the_rest_or_the_others_rt76() {
    assert_lines_not_whole(&[
        "Will add the rest once I'm back at my desk.",
        "Will check the App Library for the others later.",
        "Les autres applis sont sur la capture d'écran en PJ.",
        "Die anderen schicke ich morgen.",
        "Los otros te los mando luego.",
        "I will send the others tomorrow.",
        "De overige volgen morgen.",
    ]);
    for text in [
        "Slack\nZoom\nThanks and enjoy the rest of your day.\n",
        "Slack\nZoom\nAre the others allowed?\n",
        "Slack\nZoom\nThe rest of my stuff is on the laptop.\n",
        "Slack\nZoom\nI deleted the others last week.\n",
        "Slack\nZoom\nThat's all, there are no others on it.\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// Red team rt77: a phone's status bar over a screenshot's apps (`9:41 ᯤ 87%`, `14:02 @ ©
/// 5G 62% ■`) is the screen's, no app and no name in another alphabet; an export's JSON
/// under a greeting is read as the export (its apps, a cut in it, a remark over it); a
/// storage screen's last line that says the list is all is no name without its details.
#[test]
fn a_status_bar_a_greeting_over_json_and_a_storage_screen_said_whole_rt77() {
    for text in [
        "9:41 ᯤ 87%\nZoom\nDuolingo >\nYouTube  123 MB\nWhatsApp |\nWaze",
        "14:02 @ © 5G 62% ■\nMessenger |\nHinge\nSpotify |",
        "Bonjour à tous, voici les applis sur mon téléphone :\n{\"deviceId\": \"f852e8fa\", \"installedApps\": [{\"name\": \"Revolut\", \"identifier\": \"com.revolut.revolut\"}, {\"name\": \"Deezer\", \"identifier\": \"deezer.android.app\"}, {\"name\": \"OneDrive\", \"identifier\": \"com.microsoft.skydrive\"}, {\"name\": \"Too Good To Go\", \"identifier\": \"com.app.tgtg\"}, {\"name\": \"Bonjour RATP\", \"identifier\": \"com.fabernovel.ratp\"}, {\"name\": \"Doctolib\", \"identifier\": \"fr.doctolib.www\"}, {\"name\": \"Leboncoin\", \"identifier\": \"fr.leboncoin\"}]}",
        "iPhone Storage\n49.2 GB of 128 GB Used\nLyft\nLast Used: 28/11/2024\n1.2 GB\nShazam\nLast Used: 4/12/2024\n5.6 GB\nStrava\nNever Used\n43 MB\nDoorDash\nNever Used\n5.0 GB\nthat's everything on my work phone",
    ] {
        assert_nothing_to_do(text);
    }
    let report = check("Hi, here is the export:\n[{\"name\": \"Slack\"}, {\"name\": \"TikTok\"}]");
    assert_eq!(report.overall.answer, Answer::ActionRequired, "{:#?}", report.read_as);
    for text in [
        "Hi, here is the export:\n[{\"name\": \"Slack\"}, {\"name\": \"Zo",
        "Only some of my apps:\n[{\"name\": \"Slack\"}, {\"name\": \"Zoom\"}]",
        "iPhone Storage\n49.2 GB of 128 GB Used\nLyft\nLast Used: 28/11/2024\n1.2 GB\nShazam\nLast Used: 4/12/2024\n5.6 GB\nStrava\nNever Used\n43 MB\nDoorDash\nNever Used\n5.0 GB\nMicrosoft Teams",
    ] {
        assert_not_whole(text);
    }
    // (A list's name over a stray bracket is no greeting over a document.)
    assert_nothing_to_do("WhatsApp\nSlack\n[\n");
}

/// Red team rt77: a table read by its header's columns over a rule, `winget list` under a
/// prompt and a greeting, whose last row stops before its third column while the rows
/// above fill it (`7-Zip 23.01 (x64)   7zip.7zi`, `KeePassXC`): the copy stopped in it.
#[test]
fn a_column_table_under_a_prompt_cut_in_its_last_row_rt77() {
    let table = "Hi IT, installed apps below\nPS C:\\Users\\laura> winget list\nName                                   Id                                     Version          Available  Source\n----------------------------------------------------------------------------------------------------------------\nSpotify                                Spotify.Spotify                        1.2.37.701                  winget\nGoogle Chrome                          Google.Chrome                          124.0.6367.119              winget\nWebex                                  Cisco.Webex                            44.4.0.29432                winget\n";
    for last in [
        "KeePassXC           ",
        "7-Zip 23.01 (x64)                      7zip.7zi",
    ] {
        assert_not_whole(&format!("{table}{last}"));
    }
    assert_nothing_to_do(&format!(
        "{table}KeePassXC                              KeePassXCTeam.KeePassXC                2.7.7                       winget"
    ));
}

/// Red team rt77: a mail's subject copied over its message is its title, no app; when it
/// says the list is a part or partial, in any of the eight languages, whole or in a piece
/// (`Subject: App list (part 1)`, `Betreff: AW: App-Prüfung - unvollständig, Rest folgt`,
/// `Assunto: RE: auditoria apps - lista parcial`), the list is not all.
#[test]
fn a_mail_subject_that_says_part_or_partial_rt77() {
    for subject in [
        "Subject: App list (part 1)",
        "Betreff: App-Liste (Teil 1)",
        "Asunto: Lista de apps (parte 1)",
        "Temat: Lista aplikacji (część 1)",
        "Onderwerp: App-lijst (deel 1)",
        "Assunto: RE: auditoria apps - lista parcial",
        "Betreff: AW: App-Prüfung - unvollständig, Rest folgt",
        "Subject: Partial app list",
        "Objet : Liste incomplète",
    ] {
        assert_not_whole(&format!("{subject}\n\nHi team,\n\nSlack\nZoom\nMicrosoft Teams\n"));
        // (In a forwarded mail's header block too.)
        assert_not_whole(&format!(
            "From: Priya Patel <priya@example.org>\nSent: 12 March 2024 09:14\n{subject}\n\nSlack\nZoom\nMicrosoft Teams\n"
        ));
    }
    for subject in [
        "Subject: my apps",
        "Subject: RE: Part of the device audit",
        "Betreff: AW: App-Liste",
    ] {
        let text = format!("{subject}\n\nHi team,\n\nSlack\nZoom\n");
        assert_nothing_to_do(&text);
        assert_eq!(check(&text).read_as.entries, 2, "{subject}");
    }
}

/// Red team rt77: a heading that counts its rows as items, entries or results after a
/// dash or in brackets (`Discovered apps — 38 items`, `Work (8 Einträge)`) over fewer
/// names: the rest are not here. As many names, the list is whole.
#[test]
fn a_heading_that_counts_items_over_fewer_names_rt77() {
    for heading in ["Discovered apps — 38 items", "Apps – 12 entries", "Arbeit (8 Einträge)"] {
        assert_not_whole(&format!(
            "{heading}\nGoogle Photos\nPeacock TV\nGoogle Drive\nOkta Verify\n"
        ));
    }
    assert_nothing_to_do("Discovered apps — 4 items\nGoogle Photos\nPeacock TV\nGoogle Drive\nOkta Verify\n");
}

/// Red team rt77: a remark in brackets on a line of its own is the writer's, never an app:
/// one that says the list is not all, in any of the eight languages (`(lo screenshot si
/// taglia qui)`, `(more to come)`), or that is all a section holds (`Privé:` over `(volgt
/// nog)`, `Personal:` over `(still going through these)`), says the list is not whole; any
/// other (`(sorry for the formatting)`) is its frame, and a section's empty field
/// (`(keine)`) stays so.
#[test]
fn a_remark_in_brackets_is_no_app_and_may_say_a_section_is_missing_rt77() {
    for text in [
        "Privé:\n(volgt nog)\n\nWerk:\n- eBay\n- OneDrive\n",
        "Werk:\n- eBay\n- OneDrive\nPrivé:\n(moet ik nog even kijken)\n",
        "Personal:\n(still going through these)\nWork:\n- Notion\n- Citizen\n",
        "Slack\nZoom\n(more to come)\n",
        "Slack\nZoom\n(elenco parziale)\n",
    ] {
        assert_not_whole(text);
    }
    for text in [
        "Apps:\n(sorry for the formatting)\nSlack\nZoom\n",
        "Slack\nZoom\n(work phone, all of them)\n",
        "Privat:\n(keine)\n\nArbeit:\n- Slack\n- Zoom\n",
    ] {
        assert_nothing_to_do(text);
    }
    let report = check("Apps:\n(sorry for the formatting)\nSlack\nZoom\n");
    assert_eq!(report.read_as.entries, 2, "{:#?}", report.read_as);
}

/// Red team rt77: a remark typed in a hurry, in lower case with few of a sentence's
/// small words (`heres like half of them`, `will add the personal stuff later`, `cont. in
/// next msg`), or a heading that says half is here (`à peu près la moitié :`), says the
/// list is not all. An offer, a wish, what others did, a page's number, a name in a
/// title's case and nothing left out say no such thing.
#[test]
fn a_remark_in_a_hurry_or_half_in_a_heading_rt77() {
    assert_lines_not_whole(&[
        "heres like half of them",
        "will add the personal stuff later",
        "cont. in next msg",
        "couldnt scroll past this",
        "à peu près la moitié :",
        "theres more but cba typing them all lol",
    ]);
    for text in [
        "Slack\nZoom\nlet me know if you need anything more\n",
        "Slack\nZoom\nAvísame si necesitas algo más.\n",
        "Slack\nZoom\nIk kan later een screenshot sturen.\n",
        "Slack\nZoom\n¡Buen resto de semana!\n",
        "Slack\nZoom\nI use Maps the most, the others hardly ever.\n",
        "Slack\nZoom\nI left nothing out.\n",
        "Slack\nZoom\nPage 2 of my home screen is empty.\n",
        "Slack\nZoom\ngames are not allowed, right?\n",
        "Die Hälfte meines Teams hat schon geschickt, hier meine:\nSlack\nZoom\n",
        "Pagina 1 van 1\nSlack\nZoom\n",
        "Slack\nRead later on the go\nZoom\n",
        "Slack\nTwo of Us\nZoom\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// Red team rt77: the writer says they copied only some, or did not copy some (`P.S. I
/// only listed the work ones`, `the private ones are in a separate folder I didn't copy`,
/// `Voici mes applis pro (je ne mets pas les persos) :`); a heading typed in a hurry says
/// the list comes in parts (`sending in two msgs, part 1:`, `working on it, first
/// chunk:`); a remark in brackets after the first or the last name says the list goes on
/// or stops there (`LinkedIn (that's where my screenshot ends)`). A remark on an app
/// between names is the app's, and one that says nothing was left out leaves it whole.
#[test]
fn copied_only_some_a_part_heading_or_a_remark_after_the_last_name_rt77() {
    assert_lines_not_whole(&[
        "P.S. I only listed the work ones",
        "these are the business apps, the private ones are in a separate folder I didn't copy",
    ]);
    for heading in [
        "Voici mes applis pro (je ne mets pas les persos) :",
        "sending in two msgs, part 1:",
        "working on it, first chunk:",
    ] {
        assert_not_whole(&format!("{heading}\nSlack\nZoom\nMicrosoft Teams\n"));
    }
    for last in [
        "LinkedIn (that's where my screenshot ends)",
        "Headspace (lijst gaat nog verder)",
        "Messenger (and some more after this)",
    ] {
        assert_not_whole(&format!("Slack\nZoom\nMicrosoft Teams\n{last}\n"));
    }
    for text in [
        "Slack\nDisney+ (I use it more than Teams)\nZoom\n",
        "Slack\nZoom\nDisney+ (I use it more than Teams)\n",
        "Slack\nZoom\nI copied all of them, nothing left out.\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// Red team rt78: a mail app's line over a forwarded message (`---------- Forwarded
/// message ---------`) is the mail's frame, not a message forwarded in a chat in the list's
/// place; and an export's JSON inside a forwarded mail, under its headers and over its
/// signature, is read as the export: whole, or going on (`"hasMore": true`).
#[test]
fn a_forwarded_mail_and_the_json_inside_it_rt78() {
    let head = "Forwarding for the app check\n\n---------- Forwarded message ---------\nFrom: Camille Martin <camille@example.org>\nSent: Tuesday, March 12, 2024 9:14 AM\nTo: IT Service Desk\nSubject: Mes applications\n\n";
    assert_nothing_to_do(&format!(
        "{head}Salut,\n\nComme demandé, ma liste :\nGmail\nZoom\nWaze\n\nBien à vous,\nCamille Martin\n"
    ));
    let json = |more: bool| {
        format!(
            "{head}{{\n  \"apps\": [\n    {{\"appName\": \"Slack\", \"bundleId\": \"com.tinyspeck.chatlyio\"}},\n    {{\"appName\": \"Google Chrome\", \"bundleId\": \"com.google.chrome.ios\"}}\n  ],\n  \"hasMore\": {more}\n}}\nManon Girard\nLogistics Coordinator\n"
        )
    };
    assert_nothing_to_do(&json(false));
    assert_not_whole(&json(true));
}

/// Red team rt78: a remark in brackets after any name that joins more to it or says the
/// list goes on (`Miro (e mais jogos)`, `Tile (plus another ~15 I haven't typed yet)`, `MB
/// WAY (la lista sigue)`, `Onet (lijst gaat verder)`): the list is not all. A remark on the
/// app itself, or on something else, is the app's.
#[test]
fn a_remark_after_a_name_that_joins_more_or_says_the_list_goes_on_rt78() {
    for name in [
        "Miro (e mais jogos)",
        "Tile (plus another ~15 I haven't typed yet)",
        "Google Wallet (and a bunch of other games I forgot)",
        "Expensify (und noch mehr Spiele)",
        "Google Wallet (et d'autres jeux)",
        "MB WAY (la lista sigue)",
        "Onet (lijst gaat verder)",
        "Another Eden (l'elenco continua)",
    ] {
        assert_not_whole(&format!("Slack\n{name}\nZoom\nMicrosoft Teams\n"));
    }
    for name in [
        "Disney+ (I use it more than Teams)",
        "Teams (and Outlook)",
        "Gmail (and 2 other accounts)",
    ] {
        assert_nothing_to_do(&format!("Slack\n{name}\nZoom\nMicrosoft Teams\n"));
    }
}

/// Red team rt80: a console's copy that ends at the next prompt, with no line break after
/// it (`winget list`'s or `scoop list`'s table, then `C:\Windows\system32>` or `PS
/// C:\Users\jdoe>`), was read as a table's row cut short: the prompt is the console's,
/// and the output before it whole. A row cut short before it is still one.
#[test]
fn a_console_copy_that_ends_at_the_next_prompt_rt80() {
    let table = "C:\\Windows\\system32>winget list\n\
                 Name                Id                         Version        Source\n\
                 ----------------------------------------------------------------------\n\
                 7-Zip 23.01 (x64)   7zip.7zip                  23.01          winget\n\
                 Spotify             Spotify.Spotify            1.2.26.1187    winget\n\
                 Zoom                Zoom.Zoom                  5.16.10.26186  winget\n";
    for prompt in [
        "C:\\Windows\\system32>",
        "PS C:\\Users\\jdoe>",
        "PS C:\\WINDOWS\\system32> ",
        "user@laptop:~$",
    ] {
        assert_nothing_to_do(&format!("{table}{prompt}"));
    }
    let scoop = "PS C:\\WINDOWS\\system32> scoop list\nInstalled apps:\n\n\
                 Name            Version          Source Updated             Info\n\
                 ----            -------          ------ -------             ----\n\
                 7zip            23.01            main   2023-12-03 18:42:28\n\
                 firefox         121.0            extras 2023-12-26 18:51:56\n\
                 vscode          1.85.1           extras 2023-12-05 03:25:00\n\n\
                 PS C:\\WINDOWS\\system32>";
    assert_nothing_to_do(scoop);
    assert_never_reassures(&format!("{table}Slack               Slack"));
    // (A program's output piped to `Select-Object -First 6` or `head -n 6` keeps six lines
    // of its text, the header and the rule among them: four rows of more.)
    for pipe in ["Select-Object -First 6", "select -first 6", "head -n 6"] {
        let cut = format!(
            "PS C:\\> winget list | {pipe}\n\
             Name                Id                         Version        Source\n\
             ----------------------------------------------------------------------\n\
             7-Zip 23.01 (x64)   7zip.7zip                  23.01          winget\n\
             Spotify             Spotify.Spotify            1.2.26.1187    winget\n\
             Zoom                Zoom.Zoom                  5.16.10.26186  winget\n\
             Steam               Valve.Steam                2.10.91.91     winget\n\
             PS C:\\>"
        );
        assert_never_reassures(&cut);
    }
}

/// Red team rt79: a list whose last name was cut inside a word (`Google Pho`, `Candy Cru`,
/// `3) Minec`, `Microsoft Authen` over a chat's `(edited)`) was answered "nothing to do":
/// the copy, the screenshot's text or the message stopped there. Known apps' names tell
/// it; a name whole, a word whole before more words (`Uber` of Uber Eats) or a short name
/// people type (`Insta`, `Word`) is no cut.
#[test]
fn a_last_name_cut_inside_a_word_rt79() {
    for text in [
        "Slack\nZoom\nGoogle Pho",
        "1) Authy\n2) CP\n3) Minec",
        "Spotify, Outlook, Candy Cru\n(edited)\n",
        "- Teams\n- Microsoft Authen\n",
        "[12/03/2024, 09:16:42] Matteo: Vinted\n[12/03/2024, 09:16:49] Matteo: Duoli",
        "Revolut\nNetflix\ninstag\n",
    ] {
        assert_never_reassures(text);
    }
    for text in [
        "Slack\nZoom\nGoogle Photos",
        "Slack\nUber\n",
        "Slack\nWord\n",
        "Slack\nInsta\n",
        "Slack\nCP\n",
        "Slack\nDisney\n",
        "Google Pho\nSlack\nZoom\n",
        "Slack\nMy Bank App\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// Red team rt79: a remark typed in a hurry that the writer ran short (no time left, a
/// battery running out with more to come, only so far), in the eight languages, on its own
/// line or split at its commas, German's nouns with their capitals, was read as names.
/// Nothing further (`verder niks`), a time zone and thanks for the help so far say no such
/// thing.
#[test]
fn a_remark_that_the_writer_ran_short_rt79() {
    for remark in [
        "keine Zeit mehr, sorry",
        "schick den Rest heute Abend",
        "gotta run, that's as far as I got",
        "bateria mi pada, dokończę później",
        "devo scappare, sono arrivato fin qui",
        "moet weg, tot hier gekomen",
        "pas eu le temps de tout faire, désolé",
        "não deu tempo para mais, desculpa",
        "batteria quasi scarica, finisco dopo",
        "Akku ist gleich leer, mach später weiter",
        "me quedo sin batería, luego termino",
        "continuo dopo, sono in riunione",
    ] {
        assert_never_reassures(&format!("Slack\nZoom\nSpotify\n{remark}\n"));
    }
    for text in [
        "Slack\nZoom\nal mijn apps staan op dit ene scherm, verder niks\n",
        "Slack\nZoom\nThanks for your help so far!\n",
        "Slack\nZoom\nNo other apps so far\n",
        "Slack\nZoom\nmy phone shows no time zone, sorry\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// Red team rt80: a tool's output cut inside its last row, the text ending there, where
/// every row above ends alike: `ls /Applications`'s names without their `.app`
/// (`Microso`), `mas list`'s row without its `(version)`, a package family name short
/// of its publisher's thirteen letters (`5319275A.WhatsAppDesktop_cv`), `pacman -Q`'s
/// name without its version. The same rows whole, or ending in a line break, are no cut.
#[test]
fn a_tool_row_cut_short_of_the_shape_every_row_above_has_rt80() {
    let apps = "bash-5.2$ ls -1 /Applications\n1Password.app\nDocker.app\nMagnet.app\nNotion.app\n";
    let mas = "➜  ~ mas list\n 462054704  Microsoft Word        (16.80)\n 409201541  Pages                 (13.2)\n 803453959  Slack                 (4.35.131)\n";
    let appx = "PS C:\\> Get-AppxPackage | ft Name, PackageFamilyName\n\nName                         PackageFamilyName\n----                         -----------------\nSpotifyAB.SpotifyMusic       SpotifyAB.SpotifyMusic_zpdnekdrzrea0\nAmazonVideo.PrimeVideo       AmazonVideo.PrimeVideo_pwbj9vvecjh7j\nMicrosoft.WindowsTerminal    Microsoft.WindowsTerminal_8wekyb3d8bbwe\n";
    let pacman = "$ pacman -Q\nbase 3-2\nbash 5.2.021-1\ncode 1.85.1-1\nfirefox 121.0-1\n";
    for (rows, cut, whole) in [
        (apps, "Figm", "Figma.app"),
        (
            mas,
            " 462062816  Microsoft PowerP",
            " 462062816  Microsoft PowerPoint  (16.80)",
        ),
        (
            appx,
            "5319275A.WhatsAppDesktop     5319275A.WhatsAppDesktop_cv",
            "5319275A.WhatsAppDesktop     5319275A.WhatsAppDesktop_cv1wj5vj4tsbxy",
        ),
        (pacman, "keepas", "keepassxc 2.7.6-1"),
    ] {
        assert_never_reassures(&format!("{rows}{cut}"));
        assert_nothing_to_do(&format!("{rows}{whole}"));
    }
}

/// Red team rt79: the list going on in the next message in Dutch and Polish, behind an
/// arrow's emoji (`volgend bericht ⬇️`, `(vervolg in volgend bericht)`, `następna
/// wiadomość ⬇️`), a chat app's mark of a message cut in Dutch and Portuguese
/// (`[bericht afgekapt]`, `[mensagem truncada]`) and a pager's line in Italian and
/// Portugal's Portuguese (`Visualizzati 1-3 di 127`, `A mostrar 1-3 de 40`) were read as
/// names.
#[test]
fn the_next_message_a_cut_message_and_a_pager_in_more_languages_rt79() {
    for line in [
        "volgend bericht ⬇️",
        "(vervolg in volgend bericht)",
        "następna wiadomość ⬇️",
        "[bericht afgekapt]",
        "[mensagem truncada]",
        "Visualizzati 1-3 di 127",
        "A mostrar 1-3 de 40",
    ] {
        assert_never_reassures(&format!("Slack\nZoom\nSpotify\n{line}\n"));
    }
    assert_nothing_to_do("Slack\nZoom\nSpotify\nVisualizzati 1-3 di 3\n");
    // (Polish's `z` before the total, under a table: `Wyświetlono 1-4 z 39`.)
    assert_never_reassures("App\tVersion\nBolt\t19.1\nZomato\t14.6\nIKO\t17.1\nStrava\t12.6\nWyświetlono 1-4 z 39");
}

/// Red team rt79: TikTok misspelt in a list numbered without a sign, with a line after it
/// that no number begins (`2 Tictok` over `Thanks!`), was answered "nothing to do": the
/// name after a list's number is compared for typos as a name alone would be.
#[test]
fn a_misspelt_name_after_a_list_number_rt79() {
    for text in ["1 Viber\n2 Tictok\n3 Vinted\nThanks!\n", "1. Viber\n2. Tiktk\nBises\n"] {
        assert_tiktok_reported(text, false);
    }
    for text in [
        "1 Viber\n2 Tiktak\n3 Vinted\nThanks!\n",
        "7 Minute Workout\n2048\nThanks!\n",
    ] {
        assert_no_tiktok(text);
    }
}

/// Red team rt79: "and N others" after the last name of a line, behind an ellipsis or
/// with a word for more that ends in `s`, a number after the word for more, or a
/// rough number (`…und 20 weitere`, `Airbnb and 20 others`, `…e mais 20`, `en nog zo'n
/// 30`, `e una trentina di altre`, `y unas 30 más`, `, eccetera`) were read as part of
/// the name: the list goes on, whichever app the line named last still read.
#[test]
fn and_n_others_after_the_last_name_on_its_line_rt79() {
    for tail in [
        "…und 20 weitere",
        "…and 20 more",
        "and 20 others",
        "…et 20 autres",
        "…e mais 20",
        "…y 20 más",
        "…i 20 innych",
        "…e altre 20",
        "en nog zo'n 30",
        "e una trentina di altre",
        "y unas 30 más",
        "più altre che non ricordo",
        ", eccetera",
    ] {
        for text in [
            format!("Slack\nZoom\nMonopoly GO! {tail}\n"),
            format!("Slack, Zoom, Monopoly GO! {tail}\n"),
        ] {
            let text = text.replace(" ,", ",");
            assert_never_reassures(&text);
            assert_tiktok_reported(&text.replace("Monopoly GO!", "TikTok"), false);
        }
    }
    // (A name's own last word: a number, a plural.)
    for text in [
        "Slack\nZoom\nFIFA and 23\n",
        "Slack\nZoom\nBarnes and Nobles\n",
        "Slack\nZoom\nMonopoly GO 2\n",
        "Slack\nZoom\nHeroes of the Storm\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// Red team rt81: a phone's screen of some of its apps, headed in the eight languages
/// (the App Store's `Not on this iPhone`, Google Play's `Not used in 3 months` and
/// `Updates available (9)`, Screen Time's `Most used`), was read as a whole list outside
/// English: each heads some of the apps, never all of them.
#[test]
fn a_screens_view_of_some_apps_in_eight_languages_rt81() {
    for heading in [
        "Not on this iPhone",
        "Nicht auf diesem iPhone",
        "Pas sur cet iPhone",
        "No en este iPhone",
        "Non su questo iPhone",
        "Não neste iPhone",
        "Niet op deze iPhone",
        "Nie na tym iPhonie",
        "Not used in 3 months",
        "Seit 3 Monaten nicht verwendet",
        "Non utilisées depuis 3 mois",
        "Sin usar en 3 meses",
        "Non utilizzate da 3 mesi",
        "Não usados há 3 meses",
        "Niet gebruikt in 3 maanden",
        "Nieużywane od 3 miesięcy",
        "Updates available (9)",
        "Atualizações disponíveis (9)",
        "MOST USED",
        "MEISTGENUTZT",
        "LES PLUS UTILISÉES",
        "MÁS USADAS",
        "PIÙ UTILIZZATE",
        "MAIS USADOS",
        "MEEST GEBRUIKT",
        "NAJCZĘŚCIEJ UŻYWANE",
    ] {
        assert_never_reassures(&format!(
            "{heading}\nWhatsApp\n521 MB\nZalando\n397 MB\nAirbnb\n39 MB\n"
        ));
        assert_never_reassures(&format!("{heading}\nWhatsApp\nZalando\nAirbnb\n"));
    }
    // (Names of their own in these words.)
    for name in ["Plus Messenger", "Mais Você", "No Man's Sky", "Non Stop Radio"] {
        assert_nothing_to_do(&format!("WhatsApp\n{name}\nZalando\n"));
    }
}

/// Red team rt81: a phone's screen of apps copied with each app's size or time, under
/// its title or the copier's words, or with a mail's signature after it, whose last app
/// has none (`Todoist` `180 Mo` `Leboncoin`; `Intesa Sanpaolo  608 MB` `Google Photos`):
/// the copy stopped at the screen's bottom, in that app's row. And a screen's sign that
/// more is below, alone after the last app (`▼`, `⌄`).
#[test]
fn a_screens_last_app_without_its_details_or_a_sign_of_more_below_rt81() {
    for text in [
        "Copié depuis Paramètres :\n9:41 ⁕ 87%\nApplications\nToutes les applications ▾\nRéglages\n82 Mo\nSignal\n968 Mo\nCapCut\n237 Mo\nTodoist\n180 Mo\nLeboncoin",
        "Slack\n12 MB\nZoom\n13 MB\nTeams\n14 MB\nSignal\n",
        "Slack\n12 MB\nZoom\n13 MB\nTeams\n14 MB\nSignal\n\nSent from my iPhone",
        "Telegram\nZuletzt benutzt: 02.02.2025\n161 MB\nTemu\nNie benutzt\n146 MB\nEinstellungen\nZuletzt benutzt: 02.03.2025\n4,2 GB\nFlix\n\nVon meinem iPhone gesendet",
        "App\nTutte le app ▾\nFile  767 MB\nWhatsApp  621 MB\nTodoist  367 MB\nTemu  713 MB\nGoogle Photos",
        "Spotify  1 u 46 m\nChrome  42 min\nWaze  3 u 40 m\nKo",
        "Alle apps ▾\nX\n121 MB\nRevolut\n599 MB\nWhatsApp\n3,8 GB\n▼",
        "Slack\nZoom\nTeams\nSignal\n⌄\n",
        "Slack\nZoom\nTeams\nSignal\n▼\n\nSent from my iPhone",
        "Aqui estão meus apps:\nApps\nSeus apps\nNome ⇅\nBeReal\n549 MB\nGoogle Photos\n898 MB\nTickTick\n820 MB\nLemon8\n48 MB\nSpotify",
    ] {
        assert_never_reassures(text);
    }
    for text in [
        "Slack\n12 MB\nZoom\n13 MB\nTeams\n14 MB\nSignal\n15 MB\n\nSent from my iPhone",
        "Slack\nZoom\n13 MB\nTeams\nSignal\n",
        "Slack  12 MB\nZoom\nTeams  14 MB\nSignal\n",
        "Slack\n12 MB\nZoom\n13 MB\nTeams\n14 MB\nSignal\n15 MB\nThat's all.",
        "Slack\nZoom\nTeams\nSignal\n",
        "Slack\n1 GB\nZoom\n2 GB\nTeams\n3 GB\nShow Less",
        "Slack\n1 GB\nZoom\n2 GB\nTeams\n3 GB\nMostra meno\n",
        "Slack\n1 GB\nZoom\n2 GB\nTeams\n3 GB\nto cała lista\n",
        "WhatsApp\nSent: Monday, March 2, 2020 9:14 AM\nSlack\n",
        "Slack  1 GB\nZoom  2 GB\nTeams  3 GB\nFigma  282 MB\n\nKind regards,\nPriya Patel\nMob: +44 7700 900269\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// Acceptance probe (stop 67): a list whose last line stopped three letters into a name
/// the policy names, `Tik`, was answered "nothing to do" (a cut of one or two letters,
/// `TikTo`, `TikT`, is asked about): the beginning of a policy's name in three letters,
/// as the list's last line, is asked about, unless it is a known app's whole name
/// (`Box`, `Sky`). (Four letters or more are asked about one or two letters off only:
/// `Music`, `Dream` are words.)
#[test]
fn a_last_line_cut_three_letters_or_more_into_a_policys_name_is_asked_about() {
    for text in [
        "Slack\nGoogle Maps\nWhatsApp\nGmail\nTik",
        "Slack\nGoogle Maps\nWhatsApp\nGmail\nTik\n",
        "Slack\nTikt",
    ] {
        assert_tiktok_reported(text, false);
    }
    for text in [
        "Slack\nGoogle Maps\nTi",
        "Slack\nTik\nGoogle Maps\n",
        "Slack\nGoogle Maps\nTim",
        "WhatsApp\nSlack\nMusic\n",
        "WhatsApp\nSlack\nMusik",
    ] {
        assert_no_tiktok(text);
    }
}

/// Acceptance probe (stop 67): a paste of one line of 5 MB said "No apps were found in
/// what you entered … Paste your app list", where the line had been skipped as too long
/// to be a name: with lines not read and no app, the answer says lines could not be read.
#[test]
fn no_app_because_lines_could_not_be_read_says_so() {
    let report = check(&"a".repeat(600_000));
    assert_eq!(report.overall.answer, Answer::NoApps, "{:#?}", report.overall);
    assert!(
        report.overall.message.contains("No app could be read")
            && report.overall.message.contains("1 line could not be read"),
        "{}",
        report.overall.message
    );
    // (Nothing at all: no apps were found.)
    let report = check("\n\n");
    assert!(
        report.overall.message.starts_with("No apps were found"),
        "{}",
        report.overall.message
    );
}

/// Red team rt81: the writer's words over a phone's view of some apps (`Hier meine
/// Apps:` over Google Play's `Apps verwalten` and `Seit 3 Monaten nicht verwendet`) were
/// read as the heading of another section beside it, so that view was taken as a
/// section of a whole list.
#[test]
fn the_writers_words_over_a_view_of_some_apps_are_no_section_of_a_whole_list_rt81() {
    for intro in [
        "Hier meine Apps:",
        "my list as asked:",
        "Aqui estão meus apps:",
        "Voici mes applis :",
    ] {
        assert_never_reassures(&format!(
            "{intro}\nApps verwalten\nSeit 3 Monaten nicht verwendet\nKamera\n160 MB\nGoogle Authenticator\n924 MB\nPayPal\n245 MB\n"
        ));
    }
    // (Sections of a whole list still are: `Work apps:` beside `Most used:`.)
    assert_nothing_to_do("Work apps:\nSlack\nZoom\nMost used:\nSpotify\nWaze\n");
}

/// Red team rt82 (a help desk's pastes): a part's place before a dash and a remark on it
/// (`Teil 1 von 2 – Rest in meiner nächsten Mail.`), and a ticket system's mark of a cut
/// in a few more words in brackets (`[Text truncated - exceeded 4000 characters]`), were
/// read as the frame of a whole list.
#[test]
fn a_parts_place_before_a_remark_and_a_cut_said_in_brackets_rt82() {
    for line in [
        "Teil 1 von 2 – Rest in meiner nächsten Mail.",
        "Part 1 of 2 - rest in my next mail",
        "Partie 1/2 – la suite dans mon prochain mail.",
        "Parte 1 de 2 – el resto en mi próximo correo.",
        "Deel 1 van 2 – rest in mijn volgende mail.",
        "Część 1 z 2 – reszta w kolejnym mailu.",
        "[Text truncated - exceeded 4000 characters]",
        "(Nachricht gekürzt, 4000 Zeichen überschritten)",
    ] {
        assert_never_reassures(&format!(
            "Hi,\n\nHere is the list:\n\nWhatsApp\nSlack\nOutlook\nZoom\n\n{line}\n"
        ));
    }
    for text in [
        "WhatsApp\nSlack - Team chat\nOutlook\nZoom\n",
        "WhatsApp\nSlack\nOutlook\nZoom\n[Sent from my work phone - Outlook for Android]\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// Red team rt82: a help desk's note or the employee's that the list goes on in a second
/// or the next mail or message, in the eight languages (`User says the list continues
/// in a second email which we have not received yet.`), was read as a sentence of the
/// list's frame.
#[test]
fn the_list_going_on_in_a_second_or_next_mail_rt82() {
    for line in [
        "User says the list continues in a second email which we have not received yet.",
        "Nutzer sagt, die Liste geht in einer zweiten Mail weiter – noch nicht erhalten.",
        "L'utilisateur indique que la liste continue dans un second mail, pas encore reçu.",
        "El usuario dice que la lista sigue en un segundo correo que aún no ha llegado.",
        "L'utente dice che l'elenco continua in una seconda mail, non ancora ricevuta.",
        "O utilizador diz que a lista continua num segundo e-mail, ainda não recebido.",
        "Gebruiker zegt dat de lijst verdergaat in een tweede mail, nog niet ontvangen.",
        "Użytkownik mówi, że lista jest kontynuowana w drugim mailu, jeszcze nie dotarł.",
    ] {
        assert_never_reassures(&format!(
            "Hi,\n\nHere is the list:\n\nWhatsApp\nSlack\nOutlook\nZoom\n\n{line}\n"
        ));
    }
    assert_nothing_to_do(
        "WhatsApp\nSlack\nOutlook\nZoom\n\nThanks, I'll answer in the next mail if anything is unclear.\n",
    );
}

/// Red team rt83: a chat's or a mail app's message cut to its preview, a name cut short
/// and the button that shows the rest after an ellipsis on the same line (`Netfli… Lees
/// meer`, `Apple M… See more`, `Tre… ... Zobacz więcej`), in the eight languages: the
/// names before it are read, and the list is not whole.
#[test]
fn a_message_cut_to_its_preview_before_its_button_for_more_rt83() {
    for line in [
        "AliExpress, NHS App, Apple M… See more",
        "Google Drive, Google Pay, Tagesschau, Thre… Mehr anzeigen",
        "Flitsmeister, Dropbox, Uber, Netfli… Lees meer",
        "Deezer, Doctolib, Leboncoin... Voir plus",
        "Bizum, Glovo, Cabify… Ver más",
        "Satispay, Trenitalia, Immuni… Mostra altro",
        "Nubank, iFood, Waze… Ver mais",
        "Empik\nTelegram\nTre… ... Zobacz więcej",
    ] {
        let report = assert_not_whole(&format!("Slack\nZoom\n{line}\n"));
        assert!(report.read_as.entries >= 4, "{line}: its names are read");
    }
    // The names before it are read: one the policy names is still found.
    let report = assert_never_reassures("Slack, TikTok, Zoo… See more\n");
    assert!(report
        .findings
        .iter()
        .any(|f| f.app.as_ref().is_some_and(|a| a.id == "tiktok")));
    // An ellipsis and a name's own words (a name with "more" in it) are no such button.
    assert_nothing_to_do("Slack\nZoom\nThe Name of the Wind… More\nMoreApp\n");
}

/// Red team rt83: a checklist's items ticked off and folded away under a count, as Google
/// Keep shows them (`+ 4 checked items`, `+ 3 abgehakte Elemente`, `6 elementos
/// marcados`), in the eight languages: those items are not in the copy.
#[test]
fn a_checklists_folded_ticked_items_rt83() {
    for line in [
        "+ 4 checked items",
        "4 Checked items",
        "+ 3 abgehakte Elemente",
        "+ 2 éléments cochés",
        "6 elementos marcados",
        "+ 7 elementi selezionati",
        "+ 4 itens marcados",
        "+ 5 afgevinkte items",
        "+ 3 zaznaczone elementy",
    ] {
        assert_not_whole(&format!(
            "Apps work phone\n\n☐ Slack\n☐ Zoom\n☐ Outlook\n\n{line}\n\nEdited 8:24\n"
        ));
    }
    assert_nothing_to_do("☐ Slack\n☐ Zoom\n☐ Outlook\n");
}

/// Red team rt83: a line of names whose last name's full stop is followed by the writer's
/// sentence that the rest comes later (`…, N26. schicke den Rest später`, `…, FlixBus. je
/// finis la liste plus tard`), in the eight languages: that sentence read as a line of
/// its own says the list is not whole, and the name before it is read.
#[test]
fn the_rest_later_after_the_last_names_full_stop_rt83() {
    // (In English the whole line is read as the writer's sentence: not whole either.)
    assert_not_whole("Signal, YouTube, PayPal, N26. I'll send the rest later\n");
    for said in [
        "schicke den Rest später",
        "la suite demain, plus de batterie",
        "el resto mañana",
        "il resto dopo, sono in riunione",
        "o resto amanhã",
        "de rest stuur ik later",
        "reszta jutro",
    ] {
        let report = assert_not_whole(&format!("Signal, YouTube, PayPal, N26. {said}\n"));
        assert!(report.read_as.entries >= 4, "{said}: the names are read");
    }
    let report = assert_never_reassures("Signal, YouTube, TikTok. schicke den Rest später\n");
    assert!(report
        .findings
        .iter()
        .any(|f| f.app.as_ref().is_some_and(|a| a.id == "tiktok")));
    // A sentence that says nothing of the rest is no such remark.
    assert_nothing_to_do("Signal, YouTube, PayPal, N26. Das ist alles.\n");
}

/// Red team rt83: TikTok said as it sounds (`tick tock`, `tick-tock`, `Tic Toc`) among
/// other words of a dictated stream, a sentence or a line of names without separators:
/// asked about wherever it is, as it is on a line of its own.
#[test]
fn tiktok_spelt_as_it_sounds_among_other_words_rt83() {
    for text in [
        "ik heb nos notion buienradar tikkie waze ns 9292 google authenticator tick tock\n",
        "aplikacje to company portal messenger one drive tick-tock powerpoint orlen sap concur youtube\n",
        "i have telegram salesforce chrome nhs app spotify calculator deliveroo tesco google keep Tic Toc\n",
        "I have easyJet, reddit, Amazon and youtube music. oh and tick tock.\n",
        "Slack\nZoom\nCanva o ja en tick tock\n",
    ] {
        assert_tiktok_reported(text, false);
    }
    // A known other app spelt so is that app (TickTick, Tic Tac Toe): no question about
    // TikTok.
    assert_nothing_to_do("Slack\nTickTick\nTic Tac Toe\nZoom\n");
}

/// Red team rt83: Gmail's quoted text folded away, in its other languages (`[Texto das
/// mensagens anteriores oculto]`, `[Ukryto cytowany tekst]`): the list forwarded under it
/// is not in the copy.
#[test]
fn a_mails_quoted_text_hidden_in_more_languages_rt83() {
    for line in [
        "[Texto das mensagens anteriores oculto]",
        "[Ukryto cytowany tekst]",
        "[Geciteerde tekst verborgen]",
    ] {
        assert_not_whole(&format!(
            "Hi,\n\nmy list from yesterday, as asked.\n\nThanks,\nTom\n\n{line}\n"
        ));
    }
}

/// Red team rt83: a dictated list that stops on a spoken comma or a joiner and a filler
/// (`… Zoom komma`, `… Strava przecinek`, `… Millennium e uh`), in the eight languages:
/// the speaker was cut off before the next name.
#[test]
fn a_dictated_list_that_stops_on_a_spoken_separator_rt83() {
    for end in [
        "Outlook comma Zoom comma",
        "Outlook Komma Zoom Komma",
        "Outlook virgule Zoom virgule",
        "Outlook coma Zoom coma",
        "Outlook komma Zoom komma",
        "Outlook virgola Zoom virgola",
        "Outlook vírgula Zoom vírgula",
        "Outlook przecinek Zoom przecinek",
        "Outlook comma Zoom and uh",
        "Outlook Komma Zoom und äh",
        "Outlook vírgula Millennium e uh",
        "Outlook virgule Zoom et euh",
    ] {
        assert_not_whole(&format!("I have Slack comma {end}\n"));
    }
    // A spoken end of the list, a spoken new line after the last name (how dictation
    // ends an item), or a name that ends in such a word, is no cut.
    assert_nothing_to_do("I have Slack comma Outlook comma Zoom period\n");
    assert_nothing_to_do("Apps work phone new line Slack new line Outlook\nZoom new line\n");
    assert_nothing_to_do("Slack\nZoom\nComma\n");
}

/// Red team rt83: a typed list whose last name was cut three letters into a known app's
/// name (`…, Dro`, `Bit` under a list, `☑ Eve`), and a dictated stream of names whose
/// last word or two were cut (`… viva engage tagessc`, `… company por`): the copy stopped
/// there.
#[test]
fn a_last_name_cut_three_letters_in_or_at_a_streams_end_rt83() {
    for text in [
        "Slack, Zoom, Dro\n",
        "Slack\nZoom\nBit\n",
        "- Slack\n- Zoom\n- Tru\n\nThanks,\nAnna\n",
        "Slack - Zoom - Cab\n",
        "☑ Slack\n☑ Zoom\n☑ Eve\n",
        "ich habe kleinanzeigen ryanair youtube zalando viva engage tagessc\n",
        "ich habe warnwetter calm gmail microsoft teams youtube whatsapp company por\n",
        "ich habe x discord evernote lime waze calm komoot headspa\n",
    ] {
        assert_not_whole(text);
    }
    // A known short name, a word of three letters that begins none, a name in capitals,
    // or a stream's last word that is a whole name before more, is not cut.
    for text in [
        "Slack\nZoom\nBox\n",
        "Slack\nZoom\nSky\n",
        "Slack\nZoom\nING\n",
        "Slack\nZoom\nFoo\n",
        "ich habe slack zoom waze lime bolt\n",
        "ich habe slack zoom waze lime google\n",
    ] {
        assert_nothing_to_do(text);
    }
}

/// Red team rt84: a link to the sender's site or its legal pages in a signature or a
/// footer (`Web: https://www.examplebank.com`, `Pflichtangaben:
/// https://www.beispielbank.de/impressum`) is the mail's frame, not the list elsewhere;
/// a link to a document or a share still stands for what is there.
#[test]
fn a_link_to_the_senders_site_in_a_signature_is_its_frame_rt84() {
    for footer in [
        "https://www.examplebank.com",
        "https://www.examplebank.com/",
        "Web: https://www.examplebank.com",
        "Privacy notice: https://www.examplebank.com/privacy",
        "Pflichtangaben: https://www.beispielbank.de/impressum",
        "https://www.exemplebanque.fr/mentions-legales",
        "https://www.bancoejemplo.es/aviso-legal",
        "https://www.examplebank.com/en/legal/privacy-policy",
    ] {
        assert_nothing_to_do(&format!("Slack\nTeams\n\nJulien Martin\nIT Operations\n{footer}\n"));
    }
    for link in [
        "https://docs.google.com/spreadsheets/d/1AbC/edit",
        "https://examplebank-my.sharepoint.com/:x:/p/julien/apps",
        "https://intranet.example.com/policies/apps",
        "https://www.dropbox.com/s/abc/apps.png?dl=0",
    ] {
        assert_not_whole(&format!("Slack\nTeams\n{link}\n"));
    }
}

/// Red team rt84: the writer's own words over the names in lower case, `my apps`, `all my
/// apps`, are no kind of apps in place of their names (`social media apps`, `the usual
/// apps` are).
#[test]
fn my_apps_over_the_names_is_no_kind_of_apps_rt84() {
    for opener in ["my apps", "all my apps", "the apps"] {
        assert_nothing_to_do(&format!("{opener}\nSlack\nZoom\n"));
    }
    assert_not_whole("Slack\nZoom\nsocial media apps\n");
    assert_not_whole("Slack\nZoom\nthe usual apps\n");
}

/// Red team rt84: a phone's home screens copied one after another under their place
/// (`Home screen 1/3`, `Bildschirm 1/3`, `Pantalla de inicio 1 de 4`, `Écran 2/4`), one of
/// them missing: the apps on it are not here. With every one of them here, the screens
/// are parts of one list, and their headings no apps.
#[test]
fn a_home_screen_missing_from_its_numbered_series_rt84() {
    for (first, last) in [
        ("Home screen 1/3", "Home screen 3/3"),
        ("Bildschirm 1/3", "Bildschirm 3/3"),
        ("Écran 1/3", "Écran 3/3"),
        ("Pantalla de inicio 1 de 3", "Pantalla de inicio 3 de 3"),
        ("Schermata 1 di 3", "Schermata 3 di 3"),
        ("Ecrã 1/3", "Ecrã 3/3"),
        ("Scherm 1 van 3", "Scherm 3 van 3"),
        ("Ekran 1 z 3", "Ekran 3 z 3"),
    ] {
        assert_not_whole(&format!("{first}\nSlack\nZoom\n\n{last}\nWaze\nGmail\n"));
    }
    let report = check("Startscherm 1/2\nSlack\nZoom\n\nStartscherm 2/2\nWaze\nGmail\n");
    assert_eq!(report.read_as.entries, 4, "{:#?}", report.read_as);
}

/// Red team rt84: the writer not sure that these are all, in the eight languages, with a
/// comma or not (`I'm not sure these are all.`, `Nie jestem pewien, czy to wszystkie.`):
/// the list may go on. (A comma had split the Polish sentence into two names.)
#[test]
fn the_writer_not_sure_these_are_all_rt84() {
    for said in [
        "I'm not sure these are all.",
        "Not sure if these are all of them.",
        "Ich bin nicht sicher, ob das alle sind.",
        "Je ne suis pas sûr que ce soit tout.",
        "No estoy seguro de que sean todas.",
        "Non sono sicuro che siano tutte.",
        "Não tenho a certeza se são todas.",
        "Ik weet niet zeker of dit alles is.",
        "Nie jestem pewien, czy to wszystkie.",
        "Nie jestem pewna, czy to wszystkie.",
    ] {
        assert_not_whole(&format!("Slack\nZoom\nOutlook\n{said}\n"));
    }
    assert_nothing_to_do("Slack\nZoom\nOutlook\nI'm sure these are all.\n");
}

/// Red team rt84: a greeting in the interface's other languages (`Liebes IT-Team,`,
/// `Buongiorno Marco,`, `Cześć,`) is the mail's frame, no app: a count over the names is
/// weighed against the names alone.
#[test]
fn greetings_in_eight_languages_are_the_frame_rt84() {
    for greeting in [
        "Liebes IT-Team,",
        "Sehr geehrte Damen und Herren,",
        "Chère équipe IT,",
        "Estimado equipo,",
        "Buongiorno Marco,",
        "Ciao,",
        "Olá Sofia,",
        "Bom dia,",
        "Beste servicedesk,",
        "Hoi,",
        "Cześć,",
        "Dzień dobry,",
    ] {
        let report = check(&format!("{greeting}\n\nSlack\nZoom\nOutlook\n"));
        assert_eq!(report.read_as.entries, 3, "{greeting}: {:#?}", report.read_as);
    }
    // A count above the names, the greeting not among them.
    assert_not_whole("Liebes IT-Team,\n\nInsgesamt 4 Apps:\nSlack\nZoom\nOutlook\n");
}

/// Red team rt84: the list going on on the next page, in the eight languages, with
/// brackets or not (`(continua alla pagina successiva)` was read as a remark of the
/// writer's, and the list as whole).
#[test]
fn the_list_going_on_on_the_next_page_rt84() {
    for said in [
        "continued on the next page",
        "Fortsetzung auf der nächsten Seite",
        "suite à la page suivante",
        "continúa en la página siguiente",
        "continua alla pagina successiva",
        "continua nella pagina successiva",
        "continua na página seguinte",
        "vervolg op de volgende pagina",
        "ciąg dalszy na następnej stronie",
    ] {
        assert_not_whole(&format!("Slack\nZoom\n{said}\n"));
        assert_not_whole(&format!("Slack\nZoom\n({said})\n"));
    }
}

/// Stop 69: a sentence that says more apps are somewhere else (`I think there are some
/// more in a folder.`, `A few more are in my Work folder.`) was taken for the list's frame,
/// as a greeting is, and the list answered "nothing to do": more, like the rest and the
/// others, says the list goes on. Not when none are more (`No more apps on this phone.`).
#[test]
fn more_of_them_somewhere_else_stop69() {
    for said in [
        "I think there are some more in a folder.",
        "There are some more in a folder.",
        "A few more are in my Work folder.",
        "I have a couple more on another screen.",
        "Es gibt noch mehr in einem Ordner.",
        "Il y en a plus dans un dossier.",
        "Hay algunas más en una carpeta.",
        "Ce ne sono di più in una cartella.",
        "Há mais algumas numa pasta.",
        "Er staan er meer in een map.",
        "Jest ich więcej w folderze.",
    ] {
        assert_not_whole(&format!("WhatsApp\nSlack\nZoom\n{said}\n"));
    }
    for said in [
        "I do not have any more apps.",
        "No more apps on this phone.",
        "Ich habe keine weiteren Apps.",
    ] {
        assert_nothing_to_do(&format!("WhatsApp\nSlack\nZoom\n{said}\n"));
    }
}

/// Stop 69: a picture that cut the rest off, said in the past in the eight languages
/// (`Zrzut ekranu uciął resztę.`, `O print cortou o resto.` were read as apps' names).
#[test]
fn the_picture_cut_off_the_rest_stop69() {
    for said in [
        "The screenshot cut off the rest.",
        "Der Screenshot hat den Rest abgeschnitten.",
        "La capture a coupé le reste.",
        "La captura cortó el resto.",
        "Lo screenshot ha tagliato il resto.",
        "O print cortou o resto.",
        "De screenshot heeft de rest afgesneden.",
        "Zrzut ekranu uciął resztę.",
        "Zrzut ekranu obciął resztę.",
    ] {
        assert_not_whole(&format!("WhatsApp\nSlack\nZoom\n{said}\n"));
    }
}

/// Stop 69: the line over a replied-to message in the eight languages, as Gmail writes it
/// (`Em seg., 11 de mar. de 2024 às 16:02, … escreveu:`, `Op ma 11 mrt 2024 om 16:02 schreef
/// … <…>:`, `pon., 11 mar 2024 o 16:02 … napisał(a):`), and Outlook's header over it (`Da:`
/// / `Inviato:`, `Van:` / `Verzonden:`): what follows is the earlier message, its apps only
/// mentioned, as under `On …, … wrote:`. (The Portuguese line had been read as a remark that
/// the list goes on, and TikTok in the Italian, Portuguese, Dutch and Polish messages below
/// as installed.)
#[test]
fn a_replied_to_message_in_eight_languages_stop69() {
    for header in [
        "On Mon, 11 Mar 2024 at 16:02, IT Desk <it@example.com> wrote:",
        "Am Mo., 11. März 2024 um 16:02 Uhr schrieb IT Desk <it@example.com>:",
        "Le lun. 11 mars 2024 à 16:02, IT Desk <it@example.com> a écrit :",
        "El lun, 11 mar 2024 a las 16:02, IT Desk (<it@example.com>) escribió:",
        "Il giorno lun 11 mar 2024 alle ore 16:02 IT Desk <it@example.com> ha scritto:",
        "Em seg., 11 de mar. de 2024 às 16:02, IT Desk <it@example.com> escreveu:",
        "Op ma 11 mrt 2024 om 16:02 schreef IT Desk <it@example.com>:",
        "pon., 11 mar 2024 o 16:02 IT Desk <it@example.com> napisał(a):",
        "Da: IT Desk <it@example.com>\nInviato: lunedì 11 marzo 2024 16:02",
        "De: IT Desk <it@example.com>\nEnviada em: segunda-feira, 11 de março de 2024 16:02",
        "Van: IT Desk <it@example.com>\nVerzonden: maandag 11 maart 2024 16:02",
        "Od: IT Desk <it@example.com>\nWysłane: poniedziałek, 11 marca 2024 16:02",
    ] {
        let report = check(&format!("Slack\nZoom\nOutlook\n\n{header}\n\nTikTok\nSignal\n"));
        assert_eq!(
            report.overall.answer,
            Answer::ConfirmMatches,
            "{header}: {:?}",
            report.overall
        );
        assert_eq!(report.read_as.account.unread, 0, "{header}: {:#?}", report.read_as);
    }
}

/// Stop 69 (red team rt82's losses to the reply line's fix): a message pasted quoted
/// whole, every line after `>` (under the line over it or not), was read with its quote
/// marks, so a part's place (`> 1/3`) and a sentence (`> seguem as minhas aplicações.`)
/// were apps' names, and the list was whole. Its lines are read as the message says them.
#[test]
fn a_message_pasted_quoted_whole_stop69() {
    for header in [
        "",
        "On Tue, 5 Mar 2024 at 09:14, Sarah Miller <sarah.miller@bank.example> wrote:\n\n",
        "Em ter., 5 de mar. de 2024 às 09:14, João Silva <joao.silva@bank.example> escreveu:\n\n",
    ] {
        assert_not_whole(&format!(
            "{header}> Boa tarde,\n>\n> 1/3\n> seguem as minhas aplicações.\n>\n> \tSlack\n> \tZoom\n> \tSignal\n>\n> Abraço,\n> João Silva\n"
        ));
        let report = check(&format!(
            "{header}> Hi,\n>\n> my apps:\n>\n> Slack\n> Zoom\n> > Signal\n>\n> Thanks,\n> Sarah\n"
        ));
        assert_eq!(
            report.overall.answer,
            Answer::NothingToDo,
            "{header}: {:#?}",
            report.read_as
        );
        assert_eq!(report.read_as.entries, 3, "{header}: {:#?}", report.read_as);
    }
}

/// Stop 69: a help desk's line that only a part of the list came (`O utilizador só enviou
/// parte da lista.`, `Der Nutzer hat nur einen Teil der Liste geschickt, Rest angefragt.`)
/// was read as apps' names: a word for a part and, a word or two after it, the list.
#[test]
fn only_a_part_of_the_list_came_stop69() {
    for said in [
        "The user only sent part of the list.",
        "O utilizador só enviou parte da lista.",
        "O utilizador só enviou parte da lista, pedido o resto.",
        "Der Nutzer hat nur einen Teil der Liste geschickt, Rest angefragt.",
        "L'utilisateur n'a envoyé qu'une partie de la liste.",
        "El usuario solo envió parte de la lista.",
        "L'utente ha inviato solo parte della lista.",
        "De gebruiker stuurde maar een deel van de lijst.",
        "Użytkownik wysłał tylko część listy.",
    ] {
        assert_not_whole(&format!("{said}\n\nSlack\nZoom\nSignal\n"));
    }
}

/// Stop 69 (rt84's eight refusals, and rt82's quoted mails once read unquoted): the inline
/// picture in a mail's signature block, under its sign-off (`Kind regards,` / name / title
/// / `[cid:image001.png@01DA7C2B.12CFDAB5]`), is the sender's logo, the signature's own.
/// A picture among the names, or under a blank line after the signature, may hold more of
/// the list.
#[test]
fn a_signatures_logo_is_its_own_stop69() {
    for sign_off in [
        "Kind regards,",
        "Danke und Gruß",
        "Belle journée,",
        "Z poważaniem,",
        "Abraço,",
    ] {
        let report = check(&format!(
            "Hi,\n\nmy apps:\nSlack\nZoom\nSignal\n\n{sign_off}\nPriya Shah\nRelationship Manager\n[cid:image001.png@01DA7C2B.12CFDAB5]\nDirect: +44 20 7946 0321\n"
        ));
        assert_eq!(
            report.overall.answer,
            Answer::NothingToDo,
            "{sign_off}: {:#?}",
            report.read_as
        );
    }
    assert_not_whole(
        "Hi,\n\nmy apps:\nSlack\nZoom\n[cid:image001.png@01DA7C2B.12CFDAB5]\nSignal\n\nKind regards,\nPriya\n",
    );
    assert_not_whole(
        "Hi,\n\nmy apps:\nSlack\nZoom\nSignal\n\nKind regards,\nPriya\n\n[cid:image002.png@01DA7C2B.12CFDAB5]\n",
    );
}

/// Stop 69: a remark that the list is not whole written in capitals (`THESE ARE ONLY THE
/// MAIN ONES`, `ESTES SÃO SÓ OS PRINCIPAIS`) was read as an app's name, as a sentence's
/// case had hidden it; in Italian, a list is an `elenco` (`Elenco incompleto.`); and a part's
/// place before a heading's dash (`1/2 – Estas são as aplicações instaladas …:`) says as
/// much as in brackets.
#[test]
fn shouted_remarks_an_elenco_and_a_part_before_its_heading_stop69() {
    for said in [
        "THESE ARE ONLY THE MAIN ONES",
        "ESTES SÃO SÓ OS PRINCIPAIS",
        "DAS SIND NUR DIE WICHTIGSTEN",
        "Elenco incompleto.",
        "Elenco incompleto – in attesa della pagina 2.",
        "1/2 – These are the apps on my work phone:",
        "1/2 - my apps:",
        "1/2 – Estas são as aplicações instaladas no telemóvel de trabalho:",
    ] {
        assert_not_whole(&format!("Hi,\n\n{said}\nSlack\nZoom\nSignal\n"));
    }
    assert_nothing_to_do("Hi,\n\nTHESE ARE ALL MY APPS\nSlack\nZoom\nSignal\n");
    assert_nothing_to_do("Slack\nZoom\nCP - COMBOIOS DE PORTUGAL\nSignal\n");
    assert_nothing_to_do("Hi,\n\n2/2 – my apps:\nSlack\nZoom\nSignal\n\n1/2 – my apps:\nWaze\n");
}

/// Stop 69: a mail's headers as Outlook copies them in Italian, Portuguese, Dutch and
/// Polish (`Da:` / `Inviato:` / `A:` / `Oggetto:`) are its frame, as in the other four
/// languages: they were read as apps, and so was the part's place under them (`1/3`).
#[test]
fn a_mails_headers_in_four_more_languages_stop69() {
    for header in [
        "From: Marco Bianchi <marco@bank.example>\nSent: 5 March 2024 09:14\nTo: IT Service Desk <sd@bank.example>\nSubject: Apps",
        "Da: Marco Bianchi <marco@bank.example>\nInviato: mar 5 mar 2024 alle ore 09:14\nA: IT Service Desk <sd@bank.example>\nOggetto: Elenco app",
        "De: João Silva <joao@bank.example>\nEnviada em: terça-feira, 5 de março de 2024 09:14\nPara: IT Service Desk <sd@bank.example>\nAssunto: Apps",
        "Van: Daan Jansen <daan@bank.example>\nVerzonden: dinsdag 5 maart 2024 09:14\nAan: IT Service Desk <sd@bank.example>\nOnderwerp: Apps",
        "Od: Piotr Nowak <piotr@bank.example>\nWysłane: wtorek, 5 marca 2024 09:14\nDo: IT Service Desk <sd@bank.example>\nTemat: Aplikacje",
    ] {
        let report = check(&format!("{header}\n\nSlack\nZoom\nSignal\n"));
        assert_eq!(report.overall.answer, Answer::NothingToDo, "{header}: {:#?}", report.read_as);
        assert_eq!(report.read_as.entries, 3, "{header}: {:#?}", report.read_as);
        assert_not_whole(&format!("{header}\n\n1/3\nSlack\nZoom\nSignal\n"));
    }
}

/// Red team rt85: a count of the phone's apps said in a sentence whatever its other words
/// (`Settings says 21 apps, I listed 10.`, `W ustawieniach jest 32 aplikacji, wypisałem 9.`)
/// was read as apps' names: the count is weighed against the names, as `I have 21 apps.`
/// is; not one the names fill.
#[test]
fn a_count_said_in_a_sentence_rt85() {
    for said in [
        "Settings says 21 apps, I listed 10.",
        "Settings says 21 apps.",
        "Laut Einstellungen sind es 26 Apps, ich hab 9 aufgeschrieben.",
        "Les réglages indiquent 33 applis, j'en ai noté 6.",
        "Ajustes dice que tengo 26 apps, he apuntado 8.",
        "Le impostazioni dicono 38 app, ne ho scritte 7.",
        "As Definições dizem 46 apps, anotei 9.",
        "Instellingen zegt 26 apps, ik heb er 10 opgeschreven.",
        "W ustawieniach jest 32 aplikacji, wypisałem 9.",
    ] {
        assert_not_whole(&format!("{said}\n\nSlack\nZoom\nSignal\n"));
        assert_not_whole(&format!("Slack\nZoom\nSignal\n\n{said}\n"));
    }
    assert_nothing_to_do("Settings says 3 apps.\n\nSlack\nZoom\nSignal\n");
}

/// Red team rt85: the folders left for tomorrow, in the eight languages (`I will do the
/// folders tomorrow` was read as an app's name); a page's place after its short word
/// (`Pág. 1/2`, `Str. 1/2`, `Blz. 1/2`).
#[test]
fn folders_tomorrow_and_short_pages_rt85() {
    for said in [
        "I will do the folders tomorrow",
        "Die Ordner mache ich morgen",
        "Je ferai les dossiers demain",
        "Las carpetas las hago mañana",
        "Le cartelle le faccio domani",
        "As pastas faço amanhã",
        "De mappen doe ik morgen",
        "Foldery zrobię jutro",
    ] {
        assert_not_whole(&format!("Slack\nZoom\nSignal\n{said}\n"));
    }
    for page in ["Pág. 1/2", "Str. 1/2", "Blz. 1/2"] {
        assert_not_whole(&format!("{page}\n\nSlack\nZoom\n"));
    }
    assert_nothing_to_do("Slack\nZoom\nSignal\n");
}

/// Red team rt85: a folder not looked into, said in more words (`Map 'Tools' – niet in
/// gekeken`, `Folder 'Tools' - haven't checked`, `Folder Gry (nieotwarty)`), and a folder
/// with a count of more after a plus (`Pasta: Compras +7`, `Dossier : Shopping +7`): its
/// apps are not here.
#[test]
fn a_folder_not_looked_into_or_counted_after_a_plus_rt85() {
    for said in [
        "Folder 'Tools' - haven't checked",
        "Ordner „Tools“ – nicht reingeschaut",
        "Carpeta «Herramientas» – no la he mirado",
        "Cartella «Strumenti» – non controllata",
        "Map 'Tools' – niet in gekeken",
        "Folder Gry (nieotwarty)",
        "Pasta: Compras +7",
        "Folder: Zakupy +7",
        "Dossier : Shopping +7",
    ] {
        assert_not_whole(&format!("Slack\nZoom\n{said}\nSignal\n"));
    }
    assert_nothing_to_do("Slack\nZoom\nFolder Lock\nSignal\n");
    assert_nothing_to_do("Slack\nZoom\nI checked every folder.\nSignal\n");
}

/// Red team rt85: a screen that showed only so many (`In den Einstellungen wurden nur die
/// ersten 20 angezeigt.`, `In Impostazioni me ne mostrava solo 20.`, `(instellingen liet
/// alleen de eerste 20 zien)`): the rest was not shown, so not copied.
#[test]
fn a_screen_that_showed_only_so_many_rt85() {
    for said in [
        "Settings only showed the first 20.",
        "In den Einstellungen wurden nur die ersten 20 angezeigt.",
        "Les réglages n'affichaient que les 20 premières.",
        "Ajustes solo mostraba las primeras 20.",
        "In Impostazioni me ne mostrava solo 20.",
        "As Definições só mostravam as primeiras 20.",
        "(instellingen liet alleen de eerste 20 zien)",
        "Ustawienia pokazały tylko pierwsze 20.",
    ] {
        assert_not_whole(&format!("Slack\nZoom\nSignal\n\n{said}\n"));
    }
    assert_nothing_to_do("Slack\nZoom\nSignal\n\nSettings showed all 3.\n");
}

/// Red team rt85: a heading that introduces a part of the apps, those remembered or those
/// of the first picture, in the eight languages (`Een deel van mijn apps:`, `Part of my
/// apps:`, `Las que recuerdo:`, `Z pierwszego zrzutu:` had been read as the list's frame).
#[test]
fn a_heading_of_some_of_the_apps_in_eight_languages_rt85() {
    for heading in [
        "Part of my apps:",
        "Een deel van mijn apps:",
        "Parte delle mie app:",
        "Część moich aplikacji:",
        "Las que recuerdo:",
        "Die, an die ich mich erinnere:",
        "Celles dont je me souviens :",
        "Quelle che ricordo:",
        "As que me lembro:",
        "Die ik me herinner:",
        "Te, które pamiętam:",
        "Z pierwszego zrzutu:",
        "Vom ersten Screenshot:",
        "De la première capture :",
        "De la primera captura:",
        "Dalla prima schermata:",
        "Da primeira captura:",
        "Van de eerste screenshot:",
    ] {
        assert_not_whole(&format!("{heading}\nSlack\nZoom\n"));
    }
    assert_nothing_to_do("All my apps:\nSlack\nZoom\n");
}

/// Red team rt86's whole lists read as partial: `dumpsys` searched for the line every
/// package begins with keeps every package (`| grep 'Package \['`), so the list is whole.
/// A search for some of them still is not.
#[test]
fn a_search_for_every_packages_first_line_keeps_the_list_whole() {
    let rows = "  Package [com.google.android.contacts] (3ee1e1c):\n  Package [com.venmo] (f652a18):\n  Package [com.ee.app] (d27c0d4):\n  Package [com.calm.android] (4e07641):";
    assert_whole_with(
        &format!("% adb shell \"dumpsys package packages | grep 'Package \\['\"\n{rows}"),
        4,
    );
    assert_whole_with(
        &format!("$ adb shell dumpsys package packages | grep \"Package \\[\"\n{rows}\n"),
        4,
    );
    assert_not_whole(&format!(
        "$ adb shell dumpsys package packages | grep 'Package \\[com'\n{rows}\n"
    ));
    assert_not_whole(
        "$ adb shell pm list packages | grep -v package:com.google\npackage:com.venmo\npackage:com.ee.app\n",
    );
}

/// A screen's row of views where a menu's mark shows the one chosen (`Installed ▾`): the
/// views beside it are choices not taken, so a row that has chosen every installed app
/// says the list is whole (red team rt86's Play Store copies); one that has chosen some
/// of them still says it is not.
#[test]
fn the_view_a_menus_mark_chose_is_the_one_in_view() {
    let apps = "PayPal\n311 MB\nVinted\n471 MB\nTelegram\n2.6 GB\nZoom\n566 MB\n";
    // (The screen's title and tabs are still read as names: no app the policy names.)
    for text in [
        format!("← Manage apps & device\n\nOverview    Manage\nInstalled ▾    Updates available    Games\nRecently updated  ⇅\n{apps}"),
        format!("Zarządzaj\nZainstalowane ▾    Dostępne aktualizacje    Gry\n{apps}"),
    ] {
        assert_eq!(check(&text).overall.answer, Answer::NothingToDo, "{text:?}");
    }
    assert_not_whole(&format!("Manage\nUpdates available ▾    Installed    Games\n{apps}"));
    assert_not_whole(&format!("Updates available (3)    Sort: Recently updated ▾\n{apps}"));
}

/// Remarks red team rt86 found answered "nothing to do": the list is a share of the apps
/// (most of them, those of the home screen, what a view that shows only some showed), it
/// stopped before it was finished, a label's content is dots alone, or the writer is not
/// sure it is everything, typed in lower case. In the eight languages, wherever the line is.
#[test]
fn a_remark_that_the_list_is_a_share_of_the_apps() {
    for remark in [
        "this is most of them",
        "That's most of my apps.",
        "to większość",
        "das sind die meisten",
        "c'est la plupart",
        "son la mayoría",
        "sono la maggior parte",
        "são a maioria",
        "dat zijn de meeste",
        "Home screen only for now —",
        "nur die vom Startbildschirm",
        "seulement celles de l'écran d'accueil",
        "solo las de la pantalla de inicio",
        "tylko z ekranu głównego",
        "(this is from Digital Wellbeing, it only shows the apps I used today)",
        "Call dropped before user finished reading the list.",
        "Gesprek viel weg voordat de lijst af was.",
        "Die Verbindung brach ab, bevor ich fertig war.",
        "Page 2: ...",
        "Pagina 3: …",
        "not sure that's everything tbh",
        "Not sure that's everything.",
    ] {
        assert_not_whole(&format!("Slack\nZoom\nMicrosoft Teams\nOutlook\n{remark}\n"));
        assert_not_whole(&format!("{remark}\nSlack\nZoom\nMicrosoft Teams\nOutlook\n"));
    }
    // A sentence about the apps that says no share, and names with such words, are no
    // such remark.
    for text in [
        "Slack\nZoom\nMicrosoft Teams\nNot sure which are work apps, so I listed everything\n",
        "Slack\nHome Screen Launcher\nAlmost All\nMost Of Them\n",
        "Slack\nZoom\nMost of them are for work.\n",
    ] {
        assert_eq!(check(text).overall.answer, Answer::NothingToDo, "{text:?}");
    }
}

/// A numbered list whose item was read as no app (`6) Hello Bank!`, a bank's app read as
/// a greeting) has no gap in its numbers there: the list is whole (red team rt86). One
/// whose numbers skip lines that are not there still is not.
#[test]
fn a_number_on_a_line_read_as_no_app_is_no_gap() {
    assert_eq!(
        check("dit is alles wat erop staat:\n\n1) Genshin Impact\n2) Bumble\n3) Hello Bank!\n4) Google Translate\n5) Menzis\n")
            .overall
            .answer,
        Answer::NothingToDo
    );
    assert_not_whole("1) Genshin Impact\n2) Bumble\n4) Google Translate\n5) Menzis\n");
}

/// A console table's footer that says every row was exported or shown (`Exported 16 of
/// 16 records`), or its pager of one page in Italian (`Precedente  1  Successivo`), under
/// the rows: the list is whole (red team rt86). Fewer rows than the footer counts, or a
/// pager of several pages, still say it is not.
#[test]
fn a_consoles_footer_of_every_row_leaves_the_table_whole() {
    let table = "Application name;Application version;Device count\neasyJet;15.21.10;1\nFacebook;13.19.21;1\n\n";
    assert_eq!(
        check(&format!("{table}Exported 2 of 2 records")).overall.answer,
        Answer::NothingToDo
    );
    assert_not_whole(&format!("{table}Exported 2 of 5 records"));
    let table = "Nome\tVersione\tStatus\nLidl Plus\t40.29.24\tManaged\nQuizlet\t15.25.59\tInstalled\n";
    assert_eq!(
        check(&format!(
            "{table}Visualizzazione da 1 a 2 di 2 elementi\nPrecedente  1  Successivo"
        ))
        .overall
        .answer,
        Answer::NothingToDo
    );
    assert_not_whole(&format!(
        "{table}Visualizzazione da 1 a 2 di 9 elementi\nPrecedente  1  2  Successivo"
    ));
}

/// A tool's copy stopped inside its last row, found by the rows above it (red team rt86):
/// a row without the field each row above has (`versionCode:`, ideviceinstaller's ` - `
/// and name), an identifier cut inside its last part (`com.rightmove.andro` among
/// identifiers ending in `android`) or after a dash, a CSV's last row short of its cells
/// under a greeting, a record of keys cut before its next key or inside its identifier.
#[test]
fn a_tools_last_row_short_of_the_rows_above() {
    for text in [
        "➜  ~ adb shell pm list packages --show-versioncode -3\npackage:com.pinterest versionCode:746146654\npackage:com.quizlet.quizletandroid versionCode:187799602\npackage:com.facebook.orca versionCode:405280805\npackage:es.nequi.app v",
        "$ ideviceinstaller -l\nTotal: 5 apps\ncom.google.Keep - Google Keep 20.24.79\ncom.appest.TickTick - TickTick 39.22.26\ncom.babbel.mobile.app - Babbel 37.17.34\ncom.walmart.mobile - Walmart 4.7.90\ncom.micro",
        "$ adb shell pm list packages -3\npackage:com.lloydsbank.android\npackage:com.eventbrite.android\npackage:com.chess\npackage:com.target.android\npackage:com.rightmove.andro",
        "$ adb shell pm list packages -f -3\npackage:/data/app/~~0mtRN4==/com.snapchat.android-ylYC==/base.apk=com.snapchat.android\npackage:/data/app/~~nsb6==/fr.vinted-2fbb==/base.apk=fr.vinted\npackage:/system/priv-",
        "Hey, pasting my apps here\ndevice,user,app_name,package,version,installed_at\nmoto g54,tom@example.org,Chase,com.chase.sig.android,17.0.7,2023-04-15T14:24:00Z\nmoto g54,tom@example.org,Depop,com.depop.app,32.27.85,2021-11-04T06:00:00Z\nmoto g54,tom@example.org,Venmo,com.venmo,2.1,2022-01-01T00:00:00Z\nmoto g54,tom@example.org,Zoom,com.",
        "device: OnePlus Nord\napps:\n  - name: \"OneDrive\"\n    id: com.microsoft.skydrive\n  - name: \"Venmo\"\n    id: com.venmo\n  - name: \"Calm\"\n    id: com",
    ] {
        assert_not_whole(text);
    }
    // Whole copies of the same tools: every row whole, and the last part of the last
    // identifier a whole part (Gmail's `gm` under Play services' `gms`).
    for text in [
        "$ adb shell pm list packages -3\npackage:com.google.android.gms\npackage:com.google.android.gms.policy\npackage:com.chess\npackage:com.google.android.gm",
        "$ ideviceinstaller -l\nTotal: 3 apps\ncom.google.Keep - Google Keep 20.24.79\ncom.appest.TickTick - TickTick 39.22.26\ncom.babbel.mobile.app - Babbel 37.17.34",
        "device: OnePlus Nord\napps:\n  - name: \"OneDrive\"\n    id: com.microsoft.skydrive\n  - name: \"Venmo\"\n    id: com.venmo\n  - name: \"Calm\"\n    id: com.calm.android",
    ] {
        assert_eq!(check(text).overall.answer, Answer::NothingToDo, "{text:?}: {:#?}", check(text).notes);
    }
}

/// A typed list in the alphabet's order that stops at M or before (red team rt86): the
/// rest of a phone's list, to Z, is not here. Under a greeting, over a question and a
/// sign-off too. A list in order that goes past M, one of fewer names, and one not in
/// order are whole.
#[test]
fn a_list_in_the_alphabets_order_that_stops_halfway() {
    let names = [
        "Adobe Acrobat Reader",
        "Airbnb",
        "Amex",
        "Bank of America",
        "BBC iPlayer",
        "Bolt",
        "Cash App",
        "ChatGPT",
        "Deliveroo",
        "Discord",
        "Evernote",
        "Facebook",
        "Google Maps",
        "HBO Max",
        "Instagram",
        "Kroger",
        "Monzo",
        "Moovit",
    ];
    let list = names.join("\n");
    assert_not_whole(&list);
    assert_not_whole(&format!(
        "Buongiorno,\napp sul telefono:\n{list}\nPotete verificare?\nInviato da iPhone"
    ));
    assert_not_whole(&names.iter().map(|n| format!("- {n}")).collect::<Vec<_>>().join("\n"));
    for text in [
        format!("{list}\nNetflix\nSpotify\nZoom"),
        names.get(..10).unwrap_or_default().join("\n"),
        names.iter().rev().copied().collect::<Vec<_>>().join("\n"),
    ] {
        assert_eq!(check(&text).overall.answer, Answer::NothingToDo, "{text:?}");
    }
}

/// A phone's mail footer in Italian, Portuguese, Dutch and Polish (`Inviato da iPhone`,
/// `Enviado do meu iPhone`, `Verzonden vanaf mijn iPhone`, `Wysłane z iPhone'a`) is the
/// mail's frame, no app, as in English, French, Spanish and German.
#[test]
fn a_mails_footer_in_more_languages_is_no_app() {
    for footer in [
        "Inviato da iPhone",
        "Enviado do meu iPhone",
        "Verzonden vanaf mijn iPhone",
        "Wysłane z iPhone'a",
    ] {
        assert_whole_with(&format!("Slack\nZoom\n\n{footer}"), 2);
    }
}

/// Red team rt86: a link cut short of the path the links above it to the same site have,
/// a question or a sign-off after it or not; a page's label with a question mark for its
/// apps (`Seite 5: ?`); a count of apps exported over fewer rows. Whole links, and a
/// count of apps exported that the rows match, are whole.
#[test]
fn a_cut_link_a_page_not_known_and_a_count_of_apps_exported() {
    let links = "esta é a lista de apps do meu telemóvel\n\nhttps://apps.apple.com/pt/app/bitwarden/id879762259\nhttps://apps.apple.com/pt/app/aliexpress/id409853354\nhttps://apps.apple.com/us/app/vsco/id493791756\n";
    assert_not_whole(&format!(
        "{links}https://apps.apple.com/gb/\n\ntenho de apagar alguma coisa?"
    ));
    assert_not_whole(&format!("{links}https://apps.apple.com/gb/a"));
    assert_eq!(
        check(&format!(
            "{links}https://apps.apple.com/gb/app/flightradar24/id544025372\n\ntenho de apagar alguma coisa?"
        ))
        .overall
        .answer,
        Answer::NothingToDo
    );
    assert_not_whole("Seite 1: Slack, Zoom, Teams\nSeite 2: Outlook, Signal\nSeite 3: ?");
    assert_not_whole("83 apps exported\n\nSlack\nZoom\nTeams");
    assert_eq!(
        check("3 apps exported\n\nSlack\nZoom\nTeams").overall.answer,
        Answer::NothingToDo
    );
}

/// A typed line of names ending in an ellipsis after a space, the writer's "and so on",
/// anywhere in the list and whatever follows it (red team rt86); a launcher's label cut
/// short, its ellipsis right after its letters, is a name.
#[test]
fn names_then_an_ellipsis_after_a_space_go_on() {
    for text in [
        "• Slack\n• Zoom\n• Duolingo …\n\nSent from my iPhone",
        "Widiba, Vinted, Satispay, Strava ...\nGrazie",
        "Slack\nHype …\nZoom\nTeams",
        "Pinterest\nLyft …",
    ] {
        assert_not_whole(text);
    }
    assert_eq!(check("Slack\nZoom\nMobile Lege…").overall.answer, Answer::NothingToDo);
}

/// iPhone Storage copied to a last app with fewer details than every app above it has
/// (its date, not its size): the copy stopped in that app's row (red team rt86). A last
/// app with all of its details is whole.
#[test]
fn a_storage_screens_last_app_short_of_its_details() {
    let rows = "< General    iPhone Storage\n\nHeadspace\nLast Used: 5/26/24\n2.0 GB\nWaze\nLast Used: 12/17/24\n2.6 GB\nLyft\nLast Used: 10/14/24\n48 MB\nBabbel\nNever Used\n655 MB\n";
    assert_not_whole(&format!("{rows}Subway Surfers\nLast Used: 11/20/20"));
    assert_eq!(
        check(&format!("{rows}Subway Surfers\nLast Used: 11/20/2025\n1.1 GB"))
            .overall
            .answer,
        Answer::NothingToDo
    );
}

/// A dictated line of names set apart by spoken commas (`… TikTok virgule SNCF Connect
/// virgule …`) is read as names set apart by commas, so TikTok is found by its name; and
/// the writer's words run on after the last name that say the list goes on (`… and fitbit
/// and then a bunch of other stuff I can't remember right now`) say so (red team rt86).
#[test]
fn a_dictated_line_of_names_and_what_runs_on_after_them() {
    assert_tiktok_reported(
        "alors j'ai euh virgule TikTok virgule SNCF Connect virgule pokémon go virgule vinted virgule Telegram et google lens",
        true,
    );
    assert_not_whole("okay so I have notion comma subway surfers comma genshin impact comma easyjet comma National Rail and fitbit and then a bunch of other stuff I can't remember right now");
    assert_not_whole("no więc mam millennium przecinek YouTube przecinek chrome przecinek Kindle przecinek bolt i outlook i jeszcze jakieś inne rzeczy których teraz nie pamiętam");
    assert_eq!(
        check("okay so I have notion comma subway surfers comma genshin impact comma easyjet comma National Rail and fitbit").overall.answer,
        Answer::NothingToDo
    );
}

/// `adb devices`' header with a device's row under it, copied over `pm list packages`, is
/// the console's frame (red team rt86): the list is whole. With no device under it, it is
/// adb's message that it found none, and never "nothing to do".
#[test]
fn adb_devices_header_over_a_device_is_the_consoles_frame() {
    let packages = "$ adb shell pm list packages -3\npackage:com.viber.voip\npackage:com.boots.app";
    assert_whole_with(
        &format!("$ adb devices\nList of devices attached\nD05E5BB8ABC9FF\tdevice\n\n{packages}"),
        2,
    );
    assert_not_whole(&format!("$ adb devices\nList of devices attached\n\n{packages}"));
    // (Read as adb's package list, the device's row is no line left unread either.)
    let listed = "$ adb shell pm list packages -i\npackage:com.viber.voip  installer=com.android.vending\npackage:com.boots.app  installer=com.android.vending\npackage:com.ee.app  installer=null";
    assert_whole_with(
        &format!("$ adb devices\nList of devices attached\nD05E5BB8ABC9FF\tdevice\n\n{listed}"),
        3,
    );
    assert_not_whole(&format!(
        "$ adb devices\nList of devices attached\nD05E5BB8ABC9FF\tdevice\nR58M12ABCDE\tdevice\n\n{listed}"
    ));
}

#[test]
fn a_tools_output_then_a_sentence_that_says_it_is_not_all() {
    // (A line in another shape under a tool's output is read as typed, and a sentence
    // that says the list is not whole is no app's name there either.)
    let adb = "% adb shell pm list packages --show-versioncode -3\npackage:es.alsa.app versionCode:668413256\npackage:com.ubercab versionCode:226321513\npackage:com.canva.editor versionCode:260525211";
    for said in [
        "sigue en la página 2",
        "no están todas, solo las que vi",
        "das sind nicht alle Apps",
        "ce n'est pas la liste complète",
    ] {
        assert_not_whole(&format!("{adb}\n\n{said}"));
    }
    let ios = "Total: 2 apps\ncom.spotify.client - Spotify 8.9.10\nnet.whatsapp.WhatsApp - WhatsApp 24.20.79";
    assert_not_whole(&format!("{ios}\n\nthat's not all of them, the rest tomorrow"));
    // (A name typed under the output is still an app.)
    assert_whole_with(&format!("{adb}\n\nSlack"), 4);
    assert_whole_with(&format!("{ios}\nZoom"), 3);
}

#[test]
fn a_remark_that_the_list_goes_on_on_another_page() {
    // (A word that says it goes on, a small word, then the page: the page is not here.)
    for said in [
        "Fortsetzung auf Seite 2",
        "continua a pagina 2",
        "continua na página 2",
        "vervolg op pagina 2",
        "suite à la page 2",
        "page 2 to follow",
        "Seite 2 folgt",
    ] {
        assert_not_whole(&format!("Slack\nZoom\nOutlook\nWaze\n{said}"));
    }
    // (Every page here: the list's structure.)
    assert_whole_with("Seite 1 von 2\nSlack\nZoom\nSeite 2 von 2\nOutlook\nWaze", 4);
}

#[test]
fn a_remark_that_the_rest_comes_after_a_break() {
    for said in [
        "rest after lunch",
        "the rest tonight",
        "rest after the meeting",
        "I'll add the rest after lunch",
        "more after lunch",
        "Rest nach der Pause",
        "Rest nach dem Mittagessen",
        "je complète après la pause déj",
        "Finisco dopo",
        "Ik maak het later af",
        "reszta po przerwie",
        "reszta po obiedzie",
        "Dokończę później",
    ] {
        assert_not_whole(&format!("Slack\nZoom\nOutlook\nWaze\n{said}"));
        assert_not_whole(&format!("Slack, Zoom, Outlook, Waze, {said}"));
    }
    // (Names with such words, in a name's capitals, are apps.)
    assert_whole_with("Slack\nLater\nRest Timer\nAfter Lunch\nBreak Timer", 5);
}

#[test]
fn an_xml_document_under_a_few_lines_of_words() {
    // (A tool's XML after a greeting and its command, and a sign-off under it: read as
    // the document it is, its tags no apps.)
    let plist = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist version=\"1.0\">\n<array>\n\t<dict>\n\t\t<key>CFBundleDisplayName</key>\n\t\t<string>Spotify</string>\n\t\t<key>CFBundleIdentifier</key>\n\t\t<string>com.spotify.client</string>\n\t</dict>\n\t<dict>\n\t\t<key>CFBundleDisplayName</key>\n\t\t<string>WhatsApp</string>\n\t\t<key>CFBundleIdentifier</key>\n\t\t<string>net.whatsapp.WhatsApp</string>\n\t</dict>\n</array>\n</plist>";
    let frame = "Come d'accordo, l'elenco completo:\n\nfrancesca@MBP-IT-042 ~ % ideviceinstaller -l -o xml\n";
    assert_whole_with(&format!("{frame}{plist}\n\nInviato da iPhone"), 2);
    // (Cut before its end, whatever is under it: not the whole list.)
    let cut = plist
        .get(
            ..plist
                .find("\t\t<key>CFBundleIdentifier</key>\n\t\t<string>net")
                .unwrap_or(0)
                + 14,
        )
        .unwrap_or("");
    assert_not_whole(&format!("{frame}{cut}\n\nInviato da iPhone"));
    let jamf = "Apps on my work phone below.\n\nsophie@Mac-mini ~ % curl -s https://example.jamfcloud.com/JSSResource/mobiledevices/id/600/subset/Applications | xmllint --format -\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mobile_device>\n  <applications>\n    <size>3</size>\n    <application>\n      <application_name>Telegram</application_name>\n      <identifier>ph.telegra.Telegraph</identifier>\n    </application>\n    <application>\n      <application_name>WhatsApp</application_name>\n      <identifier>net.whatsapp.WhatsApp</identifier>\n    </application>\n    <application>\n\nThank you!\nDaniel";
    assert_not_whole(jamf);
    let tiktok = plist
        .replace("Spotify", "TikTok")
        .replace("com.spotify.client", "com.zhiliaoapp.musically");
    assert_tiktok_reported(&format!("{frame}{tiktok}\n\nInviato da iPhone"), true);
}

#[test]
fn a_chats_messages_numbered_as_parts_before_their_first_names() {
    let chat = |parts: &[&str]| {
        let mut text =
            String::from("3/13/24, 3:19 PM - Emma (IT): Hi, could you send me the list of apps on your phone?\n");
        for (i, part) in parts.iter().enumerate() {
            text.push_str(&format!(
                "3/13/24, 3:2{i} PM - Olivia: {part} PayPal\nBrawl Stars\nWaze\n"
            ));
        }
        text
    };
    // (Parts 1 to 3 of 4: the fourth is not here.)
    assert_not_whole(&chat(&["(1/4)", "(2/4)", "(3/4)"]));
    assert_not_whole(&chat(&["[1/3]", "[2/3]"]));
    // (Every part here: the names are read without their marks.)
    let report = check(&chat(&["(1/2)", "(2/2)"]));
    assert!(
        report.findings.iter().all(|f| !f.input.contains('/')),
        "{:#?}",
        report.findings
    );
    assert!(
        report.findings.iter().any(|f| f.input == "PayPal"),
        "{:#?}",
        report.findings
    );
}

#[test]
fn a_jq_slice_of_a_tools_json_is_some_of_its_apps() {
    let apps = "Pinterest\tpinterest\nDuolingo\tcom.duolingo.DuolingoMobile\nSpotify\tcom.spotify.client";
    let prompt = "megan@MBP-IT-042 ~ %";
    for filter in [".result.apps[:3][]", ".result.apps[0:3][]", "limit(3; .result.apps[])"] {
        assert_not_whole(&format!(
            "{prompt} jq -r '{filter} | \"\\(.name)\\t\\(.bundleIdentifier)\"' apps.json\n{apps}"
        ));
    }
    // (All of them: the list.)
    let all = check(&format!(
        "{prompt} jq -r '.result.apps[] | \"\\(.name)\\t\\(.bundleIdentifier)\"' apps.json\n{apps}"
    ));
    assert_eq!(all.overall.answer, Answer::NothingToDo, "{:#?}", all.read_as);
}

#[test]
fn a_pagers_prompt_or_a_forms_full_counter_under_the_list() {
    let table = "mi_reports=> SELECT a.name, a.bundle FROM mi_app_inventory a ORDER BY a.name;\n   name   |        bundle\n----------+-----------------------\n Shazam   | com.shazam.Shazam\n Uber     | com.ubercab.UberClient\n Wallet   | com.apple.Passbook";
    // (`less` waiting at `:`: more rows below.)
    assert_not_whole(&format!("Buongiorno, le mie app:\n\n{table}\n:\n\n\nInviato da iPhone"));
    assert_whole_with(
        &format!("Buongiorno, le mie app:\n\n{table}\n(3 rows)\n\n\nInviato da iPhone"),
        3,
    );
    // (A form's field full, its counter at its limit: the names typed into it were cut.)
    let typed = "Installed apps (max. 300 characters)\nShortcuts; YouTube; Find My; Zoom; Files; Safari; Maps; Discord; Uber Eats";
    assert_not_whole(&format!("{typed}\n300/300"));
    assert_not_whole(&format!("{typed}\n400 / 400"));
    // (Not a page's place, all pages here.)
    assert_whole_with("1/2\nSlack\nZoom\n2/2\nWaze\nOutlook", 4);
}

#[test]
fn a_sheets_total_and_the_writers_word_that_it_is_all_under_its_rows() {
    let sheet = "Apps on my work phone below.\n\nApp\tPackage / Bundle ID\tVersion\nMicrosoft Outlook\tcom.microsoft.Office.Outlook\t20.52.4\nTelegram\tph.telegra.Telegraph\t3.28.11\nDuolingo\tcom.duolingo.DuolingoMobile\t24.3.9";
    // (Its total, two cells of three and no line end after it: no row cut short.)
    assert_whole_with(&format!("{sheet}\n\nTotal\t3"), 3);
    assert_whole_with(&format!("{sheet}\n\nTotal\t3\n\nThat's everything on the phone."), 3);
    // (A total over more rows than are here is still weighed.)
    assert_not_whole(&format!("{sheet}\n\nTotal\t29"));
    // (A row cut short is still one.)
    assert_not_whole(&format!("{sheet}\nZoom\tus.zoom.videomeetings"));
}

#[test]
fn a_chats_messages_after_a_line_of_names_are_weighed_without_their_time_and_sender() {
    let chat = "3/1/24, 1:15 PM - IT Helpdesk: Please paste all apps on your phone, we need to check it against the new policy.\n3/1/24, 1:18 PM - Daniel: Brawl Stars, CapCut, Amazon Shopping, Venmo, Reddit, Spotify";
    assert_whole_with(
        &format!(
            "{chat}\n3/1/24, 1:20 PM - Daniel: That's everything on the phone.\n3/1/24, 1:21 PM - IT Helpdesk: thanks"
        ),
        6,
    );
    // (Read as names set apart by commas, its replies are its frame too.)
    assert_whole_with(
        &format!(
            "{chat}\n3/1/24, 1:20 PM - Daniel: That's everything on the phone.\n3/1/24, 1:21 PM - IT Helpdesk: ok, thx"
        ),
        6,
    );
    assert_whole_with(&format!("{chat}\n3/1/24, 1:21 PM - IT Helpdesk: 👍"), 6);
    assert_not_whole(&format!(
        "{chat}\n3/1/24, 1:21 PM - Daniel: Thanks, I'll send the rest later"
    ));
    assert_not_whole(&format!(
        "{chat}\n3/1/24, 1:20 PM - Daniel: That's not everything, more tomorrow."
    ));
}

#[test]
fn devicectls_table_of_apps_under_its_frame() {
    let table = "Name                     Bundle Identifier                 Version    Bundle Version\n-----------------------  --------------------------------  ---------  --------------\nBooking.com              com.booking.BookingApp            18.17.9    18.17.9.3989\nBrawl Stars              com.supercell.laser               30.22.0    30.22.0.6482\nMusic                    com.apple.Music                   5.10.17    5.10.17.1402\nNetflix                  com.netflix.Netflix               29.2.13    29.2.13.6350";
    let frame = "As discussed, full app list from my phone:\n\nolivia@MBP-IT-042 ~ % xcrun devicectl device info apps --device 00008130-C3A6C0A0C25B4AF0 --verbose\nUsing verbose logging.\n2025-10-17 09:29:26.517+0100  Enabling developer disk image services.\n2025-10-17 09:29:26.571+0100  Acquired usage assertion.\nApps installed:";
    assert_whole_with(&format!("{frame}\n{table}\n\nCheers,\nMegan"), 4);
    // (Its end, a code block's fence, and the writer's word that it is all.)
    assert_whole_with(
        &format!("{frame}\n```\n{table}\n\nCommand Completed, took 0.872 seconds\n```\n\nThat's all of them."),
        4,
    );
    // (A row cut short inside a code block, the fence and a sign-off under it.)
    assert_not_whole(&format!("{frame}\n```\n{table}\nIntesa Sanpao\n```"));
    // (And in a table of two columns, PowerShell's.)
    let two = "PS C:\\Users\\francesca> Get-MgDeviceManagementManagedDeviceDetectedApp -ManagedDeviceId $dev.Id -All\n\nDisplayName            Version\n-----------            -------\nBolt                   7.33.8\nBooking.com            8.12.4\nDeliveroo              19.47.3";
    assert_whole_with(&format!("Ciao, ecco le app:\n\n```\n{two}\n```"), 3);
    assert_not_whole(&format!("Ciao, ecco le app:\n\n```\n{two}\nIntesa Sanpao\n```"));
    assert_not_whole(&format!(
        "{frame}\n{table}\n\nThis is only page one, will scroll and send the rest.\n\nKind regards,\nOlivia"
    ));
    // (Its last row cut inside its identifier.)
    assert_not_whole(&format!(
        "{frame}\n{table}\nNotes                    com.apple.m\n\nCheers,\nMegan"
    ));
    assert_tiktok_reported(
        &format!("{frame}\n{table}\nTikTok                   com.zhiliaoapp.musically          37.4.0     37.4.0.12"),
        true,
    );
}

#[test]
fn tidevices_rows_of_an_identifier_a_name_and_a_version_cut_in_the_last() {
    let rows = "com.alibaba.iAliexpress AliExpress 7.19.13\ncom.kiloo.subwaysurfers Subway Surfers 5.3.15\nnet.whatsapp.WhatsAppSMB WhatsApp Business 19.8.16\ncom.waze.iphone Waze 1.31.20";
    let head = "Morning - this is what the command printed:\n\ndaniel@MBP-IT-042 ~ % tidevice applist";
    assert_whole_with(&format!("{head}\n{rows}"), 4);
    // (The copy stopped in its last row: no version after it, or no name.)
    assert_not_whole(&format!("{head}\n{rows}\ncom.booking.Booki"));
    assert_not_whole(&format!(
        "{head}\n{rows}\ncom.google.Gmail Gmail 30.11.12\nnet.whatsapp.WhatsApp WhatsApp Mess"
    ));
}

#[test]
fn a_reports_total_of_apps_in_italian_and_polish_over_fewer_rows() {
    for label in [
        "Totale applicazioni: 66",
        "Liczba aplikacji: 66",
        "Quantidade de apps: 66",
        "Cantidad de aplicaciones: 66",
    ] {
        assert_not_whole(&format!("Applicazioni installate\n{label}\n\nSlack\nZoom\nWaze\n"));
        // (As many rows as it says: whole.)
        assert_whole_with(&format!("{}\n\nSlack\nZoom\nWaze\n", label.replace("66", "3")), 3);
    }
}

#[test]
fn the_writers_sentence_that_nothing_else_is_on_the_phone() {
    for said in [
        "Il n'y a rien d'autre sur le téléphone.",
        "Não tem mais nada instalado.",
        "There is nothing else on the phone.",
        "Sonst ist nichts drauf.",
        "No hay nada más instalado.",
        "Non c'è nient'altro sul telefono.",
        "Verder staat er niets op.",
        "Nic więcej nie mam.",
    ] {
        assert_whole_with(&format!("Slack\nZoom\nWaze\n\n{said}"), 3);
        assert_whole_with(
            &format!("App\tVersion\tSize\nSlack\t4.1\t90 MB\nZoom\t5.2\t120 MB\nWaze\t3.1\t80 MB\n\n{said}"),
            3,
        );
    }
    // (Not when the writer doubts there is more.)
    assert_not_whole("Slack\nZoom\nWaze\n\nNot sure that's everything.");
}

#[test]
fn a_tables_header_in_the_eight_languages_is_its_header() {
    for (name, version, size) in [
        ("Name", "Version", "Size"),
        ("Name", "Version", "Größe"),
        ("Nom", "Version", "Taille"),
        ("Nombre", "Versión", "Tamaño"),
        ("Nome", "Versione", "Dimensione"),
        ("Nome", "Versão", "Tamanho"),
        ("Naam", "Versie", "Grootte"),
        ("Nazwa", "Wersja", "Rozmiar"),
    ] {
        // (A sheet's or a web grid's copy, its cells apart by tabs.)
        let tsv = format!("{name}\t{version}\t{size}\nSlack\t4.1\t90 MB\nZoom\t5.2\t120 MB\nWaze\t3.1\t80 MB\n");
        assert_whole_with(&tsv, 3);
        // (A tool's aligned columns.)
        let aligned = format!(
            "{name:<12}{version:<12}{size}\n{:<12}{:<12}90 MB\n{:<12}{:<12}120 MB\n{:<12}{:<12}80 MB\n",
            "Slack", "4.1", "Zoom", "5.2", "Waze", "3.1"
        );
        assert_whole_with(&aligned, 3);
    }
}

#[test]
fn a_web_grids_pager_and_range_in_the_eight_languages() {
    let rows = "Name\tVersion\nABN AMRO\t4.6.15\nDiscord\t20.1.16\nUber\t28.31.1\n";
    for pager in [
        "< Previous  Page 1 of 2  Next >",
        "< Zurück  Seite 1 von 2  Weiter >",
        "< Précédent  Page 1 sur 2  Suivant >",
        "< Anterior  Página 1 de 2  Siguiente >",
        "< Precedente  Pagina 1 di 2  Successivo >",
        "< Anterior  Página 1 de 2  Próximo >",
        "< Vorige  Pagina 1 van 2  Volgende >",
        "< Poprzednia  Strona 1 z 2  Następna >",
        // (The ranges the grids' tables write in those languages.)
        "Showing 1 to 3 of 16 entries",
        "Zeile 1 bis 3 von insgesamt 16 Zeilen",
        "Affichage de l'élément 1 à 3 sur 16 éléments",
        "Mostrando registros del 1 al 3 de un total de 16 registros",
        "Mostrando desde 1 hasta 3 de 16 registros",
        "Vista da 1 a 3 di 16 elementi",
        "Mostrando de 1 até 3 de 16 registros",
        "1 tot 3 van 16 records weergegeven",
        "Pozycje od 1 do 3 z 16 łącznie",
    ] {
        assert_not_whole(&format!("{rows}{pager}\n"));
    }
    // (A range that shows them all, and a pager of one page, say the list is whole.)
    assert_whole_with(&format!("{rows}Pozycje od 1 do 3 z 3 łącznie\n"), 3);
    assert_whole_with(&format!("{rows}1 tot 3 van 3 records weergegeven\n"), 3);
}

#[test]
fn the_writers_word_that_there_are_more_in_the_eight_languages() {
    for said in [
        "There are more but my battery is dead.",
        "Es gibt noch mehr, aber mein Akku ist leer.",
        "Il y en a d'autres mais ma batterie est vide.",
        "Hay más pero me quedé sin batería.",
        "Ce ne sono altre ma ho la batteria scarica.",
        "Tem mais mas a bateria acabou.",
        "Há mais mas a bateria acabou.",
        "Er zijn er meer maar mijn batterij is leeg.",
        "Er zijn nog meer, maar mijn batterij is leeg.",
        "Jest ich więcej, ale padła mi bateria.",
        "Są jeszcze inne, ale padła mi bateria.",
    ] {
        assert_not_whole(&format!("Slack\nZoom\nWaze\n\n{said}\n\nThanks,\nFemke"));
    }
}

#[test]
fn a_checklists_button_that_shows_its_ticked_items_in_the_eight_languages() {
    let rows = "Checklist: Apps\n☐ Reddit\n☐ Waze\n☐ Microsoft Teams\n";
    for button in [
        "Show checked items (9)",
        "Show checked items",
        "Abgehakte Elemente anzeigen (9)",
        "Afficher les éléments cochés (9)",
        "Mostrar elementos marcados (9)",
        "Mostra elementi spuntati (9)",
        "Mostrar itens marcados (9)",
        "Toon afgevinkte items (9)",
        "Pokaż zaznaczone elementy (9)",
    ] {
        assert_not_whole(&format!("{rows}{button}\nAdd an item\n"));
    }
    // (The button that hides them says they are all here.)
    let shown = format!("{rows}☑ Canva\nHide checked items\n");
    assert_eq!(check(&shown).overall.answer, Answer::NothingToDo, "{shown:?}");
}

#[test]
fn a_checklists_ticked_items_shown_under_their_count() {
    let open = "Apps\n☐ Wise\n☐ Revolut\n☐ Venmo\n";
    for count in ["⌄ 2 checked items", "2 itens marcados", "+ 2 abgehakte Elemente"] {
        // (Folded away under their count: not here.)
        assert_not_whole(&format!("{open}{count}\n"));
        // (Unfolded under it, as many as it says: all here.)
        assert_whole_with(&format!("{open}{count}\n☑ netflix\n☑ Microsoft Word\n"), 5);
        // (Fewer than it says.)
        assert_not_whole(&format!("{open}{count}\n☑ netflix\n"));
    }
}

#[test]
fn the_device_named_over_a_table_is_its_title() {
    let table = "Name\tBundle ID\tVersion\tSize\tSource\nSlack\tcom.tinyspeck.chatlyio\t1.0\t2 MB\tVPP\nZoom\tus.zoom.videomeetings\t2.0\t3 MB\tApp Store\n";
    assert_whole_with(&format!("iPhone 14 Pro\nApps (2)\n{table}"), 2);
    assert_whole_with(
        &format!("list of my apps below\niPhone 14 Pro\nApps (2)\nSearch…\n{table}Page 1 of 1\n"),
        2,
    );
}

#[test]
fn a_reports_csv_under_a_greeting_and_its_facts_over_fewer_rows() {
    let csv = "\"App Name\",\"Identifier\",\"Version\"\n\"Citymapper\",\"com.citymapper.app.release\",\"6.17\"\n\"Tinder\",\"com.tinder\",\"2024.12.4\"\n\"Uber\",\"com.ubercab\",\"2023.48.5\"\n";
    let head = "hey, ok here goes\n\"Report Name : Installed Apps - Tom Walsh\"\n\"Generated On : 06/12/2026 10:08\"\n";
    assert_not_whole(&format!("{head}\"Total Apps : 69\"\n\n{csv}"));
    assert_whole_with(&format!("{head}\"Total Apps : 3\"\n\n{csv}"), 3);
}

#[test]
fn the_writers_word_that_the_list_goes_on_below_with_nothing_below() {
    for said in [
        "hit the 2000 char limit lol, continuing below",
        "continuing below",
        "Limite de caractères atteinte, la suite ci-dessous",
        "Zeichenlimit erreicht - Fortsetzung unten",
        "límite de caracteres, sigue abajo",
        "limite di caratteri, continua sotto",
        "limite de caracteres, continua abaixo",
        "tekenlimiet bereikt, vervolg hieronder",
        "limit znaków, ciąg dalszy poniżej",
        "more in the next message",
    ] {
        assert_not_whole(&format!(
            "jonas.w — Today at 11:37\n- Revolut\n- Deezer\n- WhatsApp\njonas.w — Today at 11:37\n{said}\n"
        ));
    }
    // (Names that end so are names.)
    assert_whole_with("- Revolut\n- Deezer\n- Down Below\n", 3);
}

#[test]
fn items_with_their_details_nested_under_them_the_last_one_short_of_them() {
    let item = |name: &str, id: &str| {
        format!("+ [{name}](https://www.appbrain.com/app/{id})\n    + first installed: 2025-08-17 20:39:38\n    + last updated: 2026-03-15 20:39:38\n    + installed version: 2023.20.6 (939818033)\n    + App data: `/data/user/0/{id}`\n\n")
    };
    let head = "# Installed User-Apps on CPH2449\n(As of 2026-10-04 08:33)\n\n## Installed from Google Play (installer: com.android.vending)\n\n";
    let items = [
        item("Tinder", "com.tinder"),
        item("Zoom", "us.zoom.videomeetings"),
        item("LinkedIn", "com.linkedin.android"),
        item("Venmo", "com.venmo"),
    ]
    .concat();
    // (Its details are the item's, none an app; their numbers no count.)
    let report = check(&format!("{head}{items}obrigado!"));
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
    assert!(
        report.findings.iter().all(|f| !f.input.contains("installed")),
        "{:#?}",
        report.findings
    );
    // (The last item cut short of its details, or of all of them.)
    assert_not_whole(&format!(
        "{head}{items}+ [Waze](https://www.appbrain.com/app/com.waze)\n    + first installed: 2025-07"
    ));
    assert_not_whole(&format!(
        "{head}{items}+ [Waze](https://www.appbrain.com/app/com.waze)\n"
    ));
    // (A section's heading with nothing under it, last: the copy stopped there.)
    assert_not_whole(&format!(
        "{head}{items}## Installed from unknown source (installer: none)\n"
    ));
    // (Its words read as an app by the identifier in them.)
    assert_not_whole(&format!(
        "{head}{items}## Installed from F-Droid (installer: org.fdroid.fdroid)"
    ));
}

#[test]
fn the_writers_word_that_the_list_is_all_last_without_a_line_end_under_a_table() {
    for said in [
        "não tem mais nada",
        "that is the full list",
        "non c'è altro",
        "to wszystkie",
    ] {
        assert_whole_with(&format!("App\tVersion\nSlack\t1.0\nZoom\t2.0\nWaze\t3.0\n{said}"), 3);
    }
}

#[test]
fn the_writers_doubt_under_a_table_is_no_word_that_it_is_all() {
    assert_not_whole("name, version, publisher\nSlack, 1.0, Slack\nZoom, 2.0, Zoom\nWaze, 3.0, Waze\n\nnot sure that's everything tbh");
}

#[test]
fn a_commands_output_sent_to_a_file_that_a_later_command_prints() {
    let typed = "Bom dia, apps do telemóvel:\nC:\\platform-tools>adb shell pm list packages -3 > apps.txt\n\nC:\\platform-tools>type apps.txt\npackage:com.reddit.frontpage\npackage:com.audible.application\npackage:com.microsoft.office.excel\n";
    assert_whole_with(typed, 3);
    let cat = "$ adb shell pm list packages -3 > apps.txt\n$ cat apps.txt\npackage:com.reddit.frontpage\npackage:com.audible.application\npackage:com.microsoft.office.excel\n";
    assert_whole_with(cat, 3);
    // (Not printed here: the list is in the file.)
    assert_not_whole("Bom dia:\nC:\\platform-tools>adb shell pm list packages -3 > apps.txt\n\nReddit\nAudible\n");
}

#[test]
fn a_files_name_with_a_colon_over_its_own_text_is_its_title() {
    let rows = "\"Name\",\"Version\",\"Bundle ID\"\n\"Roblox\",\"2024.5.3\",\"com.roblox.robloxmobile\"\n\"Chrome\",\"132.0\",\"com.google.chrome.ios\"\n\"Gmail\",\"2024.32.4\",\"com.google.Gmail\"\n";
    assert_whole_with(
        &format!("Hello IT, list of my apps below\nTom_iPhone_Apps_2026-12-01.csv:\n{rows}"),
        3,
    );
    assert_whole_with(&format!("Kasia_iPhone_Apps.csv:\n{rows}dzięki!"), 3);
    assert_whole_with("Hi, my apps:\napps.txt:\nRoblox\nChrome\nGmail\nthx", 3);
    // (Its name alone over a table's header, Knox Manage's export: the table is its text.)
    assert_whole_with(
        &format!("App inventory exported from Knox Manage:\n\nDeviceApplication_20260225230358.csv\n{rows}"),
        3,
    );
    // (Its name alone over names, or over what is not its text: the file is elsewhere.)
    assert_not_whole("Hi, my apps:\napps.txt\nRoblox\nChrome\nGmail\n");
    assert_not_whole("Hi, my apps:\nRoblox\nChrome\nGmail\napps.csv:\n");
    assert_not_whole("Hi, my apps:\nscreenshot.png:\nRoblox\nChrome\nGmail\n");
}

#[test]
fn the_signers_name_and_number_under_a_table_after_the_word_that_it_is_all() {
    let grid = "App Name\tApp ID\tVersion\nDeezer\tdeezer.android.app\t2026.35.6\nVinted\tfr.vinted\t10.13\nVenmo\tcom.venmo\t6.2\n";
    for tail in [
        "that is the full list\nPriya Shah",
        "that's everything\nEmily Carter\n+44 7700 900596",
        "il n'y a rien d'autre\nInès Dubois\n+33 6 12 34 5730",
        "Showing 1 to 3 of 3 entries\nmerci beaucoup",
        "Vista da 1 a 3 di 3 elementi\nbuona giornata",
    ] {
        assert_whole_with(&format!("{grid}{tail}"), 3);
    }
    // (A name under the table without the writer's word that it is all may be an app.)
    assert_not_whole(&format!("{grid}Priya Shah"));
}

#[test]
fn a_confluence_pages_reactions_under_its_table() {
    let page = "Phone apps (Piotr Kowalski)\nCreated by Piotr Kowalski, last updated on Nov 11, 2026 • 3 min read\n\nApp\tVersion\tID\nStrava\t25.2.4\tcom.strava.stravaride\nCanva\t12.29\tcom.canva.canvaeditor\nSlack\t11.20\tcom.tinyspeck.chatlyio\n\n";
    assert_whole_with(&format!("{page}Be the first to add a reaction"), 3);
    assert_whole_with(&format!("{page}Be the first to like this\nNo labels"), 3);
}

#[test]
fn a_tables_last_cell_cut_short_of_what_its_column_holds() {
    let grid = "Name | Version | Package Name | Size | Status\nEvernote | 6.29 | com.evernote | 185,5 MB | Installed\nCash App | 1.19.4 | com.squareup.cash | 375,3 MB | Installed\nUber | 2.60.6 | com.ubercab | 376,2 MB | Installed\n";
    assert_not_whole(&format!(
        "{grid}Duo Mobile | 2024.50.7 | com.duosecurity.duomobile | 435,3 MB | In"
    ));
    assert_whole_with(
        &format!("{grid}Duo Mobile | 2024.50.7 | com.duosecurity.duomobile | 435,3 MB | Installed"),
        4,
    );
    let sheet = "App\tVersion\tID\tNotes\nPinterest\t2023.19.3\tpinterest\t\nDeezer\t12.13\tcom.deezer.Deezer\tMFA\nTickTick\t29.26.4\tcom.ticktick.task\tMFA\nMicrosoft Outlook\t6.23\tcom.microsoft.Office.Outlook\tprivate\n";
    assert_not_whole(&format!("{sheet}Candy Crush Saga\t10.17\tco"));
    assert_not_whole(&format!("{sheet}Chase\t3."));
    assert_whole_with(&format!("{sheet}Chase\t3.12\tcom.chase"), 5);
    assert_whole_with(&format!("{sheet}Chase\t3.12\tcom.chase\tMFA"), 5);
}

#[test]
fn a_forms_answers_with_the_apps_in_one_cell_line_by_line() {
    let head = "\"ID\",\"Start time\",\"Email\",\"Name\",\"Phone model\",\"List all apps installed on your phone (one per line)\",\"Anything else?\"\n";
    let row = |apps: &str, more: &str| {
        format!("{head}\"77\",\"10/29/25 07:09:59\",\"daniel.price@contoso.com\",\"Daniel Price\",\"OnePlus 11\",\"{apps}\",\"{more}\"\n")
    };
    // (Each line of the cell an app, the respondent's name none.)
    let whole = check(&row("Amazon Shopping\nCash App\nTikTok\nPayPal", "no"));
    assert_eq!(whole.overall.answer, Answer::ActionRequired, "{:#?}", whole.findings);
    assert!(
        whole.findings.iter().all(|f| f.input != "Daniel Price"),
        "{:#?}",
        whole.findings
    );
    assert_whole_with(&row("Amazon Shopping\nCash App\nDeliveroo\nPayPal", "Thanks!"), 4);
    // (The rest said to come later, in the list's cell or beside it.)
    assert_not_whole(&row("Amazon Shopping\nCash App\nDeliveroo\netc.", "Thanks!"));
    assert_not_whole(&row(
        "Amazon Shopping\nCash App\nDeliveroo",
        "The field was too short for all of them, I'll send the rest by mail.",
    ));
}

#[test]
fn a_pages_place_among_several_inside_a_sentence() {
    let table = "Application Name,Package Name,Version\nSlack,com.Slack,1.0\nZoom,us.zoom,2.0\nWaze,com.waze,3.0\n";
    for said in [
        "(wyeksportowana strona 1 z 3 z konsoli)",
        "(exportierte Seite 1 von 3 aus der Konsole)",
        "Exporté depuis la console, page 2 sur 4.",
        "esportata la pagina 1 di 2 dalla console",
    ] {
        assert_not_whole(&format!("Inventory:\n{said}\n\n{table}"));
        assert_not_whole(&format!("Slack\nZoom\nWaze\n{said}\n"));
    }
    // (Every page here: the list is whole.)
    assert_whole_with(
        "(exported page 1 of 2 from the console)\nSlack\nZoom\n(exported page 2 of 2 from the console)\nWaze\n",
        3,
    );
}

#[test]
fn the_writers_word_that_here_is_only_the_beginning() {
    for said in [
        "The file is too big to paste, here's the beginning.",
        "O arquivo é grande demais para colar, aqui vai o começo.",
        "Die Datei ist zu groß, hier ist nur der Anfang",
        "voici le début",
        "ecco l'inizio:",
        "aquí va el principio",
        "hier is het begin",
        "oto początek",
    ] {
        assert_not_whole(&format!("Hi,\n{said}\n\nSlack\nZoom\nWaze\n"));
    }
    // (Not where the writer began, nor an app.)
    assert_whole_with("Slack\nZoom\nWaze\nBegin\n", 4);
    assert_whole_with(
        "Hi, here are my apps from the start of the year:\nSlack\nZoom\nWaze\n",
        3,
    );
}

#[test]
fn a_forms_count_of_the_apps_beside_its_list() {
    let head = "\"ID\",\"Email\",\"Name\",\"List all apps installed on your phone (one per line)\",\"How many apps are installed?\"\n";
    let row = |apps: &str, count: &str| {
        format!("{head}\"77\",\"daniel.price@contoso.com\",\"Daniel Price\",\"{apps}\",\"{count}\"\n")
    };
    assert_not_whole(&row("Amazon Shopping\nCash App\nDeliveroo", "31"));
    assert_whole_with(&row("Amazon Shopping\nCash App\nDeliveroo", "3"), 3);
}

#[test]
fn a_commands_count_of_lines_over_fewer_of_its_lines() {
    let rows = "com.google.Drive Google Drive 17.26\ncom.tencent.xin WeChat 16.14.0\norg.mozilla.ios.Firefox Firefox 2.41.13\n";
    assert_not_whole(&format!(
        "$ ios apps --list | wc -l\n      47\n$ ios apps --list\n{rows}"
    ));
    assert_whole_with(
        &format!("$ ios apps --list | wc -l\n      3\n$ ios apps --list\n{rows}"),
        3,
    );
    let packages = "package:com.whatsapp\npackage:com.Slack\npackage:us.zoom.videomeetings\n";
    assert_not_whole(&format!(
        "C:\\adb>adb shell pm list packages -3 | find /c /v \"\"\n12\n\nC:\\adb>adb shell pm list packages -3\n{packages}"
    ));
    assert_whole_with(
        &format!("$ adb shell pm list packages -3 | wc -l\n3\n$ adb shell pm list packages -3\n{packages}$\n"),
        3,
    );
    // (The same command through a filter that keeps every line, `| sort`: it printed what
    // was counted.)
    let rpm = "bash-5.1.8-6.el9_1.x86_64\nfirefox-115.5.0-1.el9_3.x86_64\nzoom-5.16.10.668-1.x86_64\n";
    assert_not_whole(&format!(
        "[jdoe@ws-0231 ~]$ rpm -qa | wc -l\n1432\n[jdoe@ws-0231 ~]$ rpm -qa | sort\n{rpm}"
    ));
    assert_whole_with(
        &format!("[jdoe@ws-0231 ~]$ rpm -qa | wc -l\n3\n[jdoe@ws-0231 ~]$ rpm -qa | sort\n{rpm}"),
        3,
    );
}

#[test]
fn a_character_counter_short_of_its_limit_is_no_part() {
    for counter in ["274 / 5,000", "183 / 5\u{202f}000", "12 / 300"] {
        assert_whole_with(
            &format!("Hi, here is the list of apps on my phone:\n- Slack\n- Zoom\n- Waze\n{counter}\n"),
            3,
        );
    }
    // (At its limit, the text was cut there; a part's place, one of several.)
    assert_not_whole("Slack\nZoom\nWaze\n300 / 300\n");
    assert_not_whole("Slack\nZoom\nWaze\n3 / 12\n");
}

#[test]
fn a_settings_screens_search_box_and_view_of_all_in_the_eight_languages() {
    let rows = "Slack\n1 MB\nZoom\n2 MB\nWaze\n3 MB\n";
    for top in [
        "Buscar entre 3 aplicaciones",
        "Cerca tra 3 app",
        "Tout ▾",
        "Todos ▾",
        "Alles ▾",
        "Tutte ▾",
        "Wszystkie ▾",
    ] {
        assert_whole_with(&format!("{top}\n{rows}"), 3);
    }
    assert_not_whole(&format!("Buscar entre 30 aplicaciones\n{rows}"));
    assert_not_whole(&format!("Desactivadas ▾\n{rows}"));
}

#[test]
fn a_screenshot_by_its_number_among_several_in_a_sentence() {
    for said in [
        "screenshot 2 didn't paste, sorry",
        "la capture 2 ne s'est pas collée, désolé",
        "la captura 2 no se pegó",
        "lo screenshot 2 non si è incollato",
        "zrzut 2 się nie wkleił",
        "screenshot 2 is niet geplakt",
    ] {
        assert_not_whole(&format!("Slack\nZoom\nWaze\n\n{said}\n"));
    }
    // (Denied, or the first alone.)
    assert_nothing_to_do("Slack\nZoom\nWaze\n\nthere is no screenshot 2, that's all\n");
}

#[test]
fn an_attachment_the_writer_says_holds_the_same_list() {
    let list = "Hi, here is the list of apps on my phone:\n\n• Notion\n• Duolingo\n• Signal\n\n";
    for said in [
        "(I also attached a screenshot of the same list.)",
        "(Im Anhang ein Screenshot derselben Liste.)",
        "(J'ai aussi joint une capture de la même liste.)",
        "(También adjunté una captura de la misma lista.)",
        "(Ho allegato anche uno screenshot della stessa lista.)",
        "(Também anexei um print da mesma lista.)",
        "(Ik heb ook een screenshot van dezelfde lijst bijgevoegd.)",
        "(Załączam też zrzut ekranu tej samej listy.)",
    ] {
        assert_nothing_to_do(&format!(
            "{list}{said}\n\nBest regards,\nDaniel\n\nOne attachment • Scanned by Gmail\nIMG_8840.PNG\n"
        ));
    }
    // (Without the word that it is the same, the attachment may hold more.)
    assert_not_whole(&format!("{list}(I also attached a screenshot.)\n\nIMG_8840.PNG\n"));
    // (Nor does it make a part elsewhere whole.)
    assert_not_whole(&format!(
        "{list}(I also attached a screenshot of the same list.)\nPart 1/2\n"
    ));
}

#[test]
fn an_inline_logo_in_the_forwarders_signature() {
    let quoted = "\n\nInizio messaggio inoltrato:\n\nDa: Matteo Ricci <matteoricc82@gmail.com>\nOggetto: App sul telefono\n\nCiao, ecco l'elenco delle app sul mio telefono:\n\n• Zoom\n• Snapseed\n• Vinted\n\nMatteo\n";
    assert_nothing_to_do(&format!(
        "Vi inoltro l'elenco.\n\nMatteo Ricci\n[cid:image001.png@01DBEF8D.B9F01D1B]{quoted}"
    ));
    assert_nothing_to_do(&format!(
        "Leite euch die Liste weiter.\n\nLukas Becker\nBeispiel Gmbh | +49 182 6151211\n[cid:image001.png@01DBD461.CAC35477]{quoted}"
    ));
    // (A picture in the message's own words is the list's, or some of it.)
    assert_not_whole("Hi, my apps:\n[cid:image001.png@01DBEF8D.B9F01D1B]\nZoom\nSlack\n");
}

#[test]
fn a_chats_part_markers_alone_between_its_messages() {
    assert_not_whole("You sent\n1/3\nClash of Clans\nShazam\nYou sent\n2/3\nGoogle Drive\nStrava\n");
    assert_nothing_to_do("You sent\n1/2\nClash of Clans\nShazam\nYou sent\n2/2\nGoogle Drive\nStrava\n");
    // (A Gmail message clipped, in Portuguese.)
    assert_not_whole(
        "Canva (321.0.0.32)\nDisney+ (31.46.98)\nViber (5.20)\n\n[Mensagem cortada]  Exibir toda a mensagem\n",
    );
}

/// Red team rt89: a pretty-printed document under its frame (`From my Google Takeout
/// (Google Play Store/Installs.json):`) cut inside it, its last lines an object's
/// opening: read as the document, cut, never line by line as names (`"install": {`).
#[test]
fn a_framed_document_cut_inside_its_objects() {
    let item = |title: &str| {
        format!(
            "  {{\n    \"install\": {{\n      \"doc\": {{\n        \"documentType\": \"Android Apps\",\n        \"title\": \"{title}\"\n      }},\n      \"firstInstallationTime\": \"2026-01-28T03:41:12.167Z\"\n    }}\n  }}"
        )
    };
    let items = [item("PayPal"), item("Notion"), item("Twitch")].join(",\n");
    let frame = "From my Google Takeout (Google Play Store/Installs.json):\n\n";
    assert_nothing_to_do(&format!("{frame}[\n{items}\n]\n"));
    for cut in [
        ",\n  {\n    \"install\": {\n      \"doc\": {\n",
        ",\n",
        ",\n  {\n    \"install\": {\n      \"doc\": {\n        \"documentType\": \"Andr",
    ] {
        let report = assert_not_whole(&format!("{frame}[\n{items}{cut}"));
        assert_eq!(report.read_as.entries, 3, "{:#?}", report.read_as);
    }
    let report = assert_not_whole(&format!("{frame}[\n{},\n  {{\n    \"install\": {{\n", item("TikTok")));
    assert_eq!(report.overall.answer, Answer::ActionRequired, "{:#?}", report.read_as);
}

/// Red team rt90: PowerShell's `Format-List` output under its prompt, with a line under
/// its last record that says more is elsewhere (`More in a second message.`, `more`'s
/// `-- More --`): weighed as the list's own lines are, not taken for the tool's.
#[test]
fn lines_under_a_list_views_last_record_are_weighed() {
    let output = "Pasting the output here:\nPS C:\\Users\\emma> Get-AppxPackage | Select-Object Name, Version, PackageFamilyName | Format-List\n\nName              : AmazonVideo.PrimeVideo\nVersion           : 1708.1740.90.0\nPackageFamilyName : AmazonVideo.PrimeVideo_pwbj9vvecjh7j\n\nName              : Microsoft.Paint\nVersion           : 322.684.7.0\nPackageFamilyName : Microsoft.Paint_8wekyb3d8bbwe\n\n";
    assert_nothing_to_do(output);
    for more in [
        "More in a second message.",
        "-- More --",
        "Mehr in einer zweiten Nachricht.",
        "Więcej w następnej wiadomości.",
    ] {
        assert_not_whole(&format!("{output}{more}\n"));
    }
    // (The same words under typed names.)
    assert_not_whole("Zoom\nSlack\nMore in a second message.\n");
    assert_not_whole("Zoom\nSlack\nPlus dans un prochain message.\n");
}

/// Red team rt90: the count said by a verb first in its sentence, capitalised (`Diz 8 apps
/// no total.`, `Dice 15 app in tutto.`, `Pone 9 apps en total.`), under names or a tool's
/// table: weighed against the rows as `It says 8 apps in total.` is.
#[test]
fn a_count_said_by_a_verb_first_in_its_sentence() {
    for said in [
        "Diz 8 apps no total.",
        "Dice 15 app in tutto.",
        "Pone 9 apps en total.",
        "Zegt 7 apps in totaal.",
    ] {
        assert_not_whole(&format!("Zoom\nSlack\nOutlook\n{said}\n"));
        assert_not_whole(&format!("$ fleetctl get software --team 7\n+---------+----------+----------+\n|  NAME   | VERSIONS |   TYPE   |\n+---------+----------+----------+\n| Uber    | 27.3     | ios_apps |\n| Wolt    | 1.13.56  | ios_apps |\n| Airbnb  | 24.4     | ios_apps |\n+---------+----------+----------+\n{said}\n"));
    }
    assert_nothing_to_do("Zoom\nSlack\nOutlook\nDiz 3 apps no total.\n");
}

/// Red team rt90: a forum's post copied with its page around it (`r/portugal`, `15 hr.
/// ago`, `Upvote`, `4 comments`, `Share`), its count over a bulleted list of fewer: the
/// count is weighed against the bulleted paragraphs' rows, not the page's words read as
/// names beside them.
#[test]
fn a_count_over_fewer_bulleted_rows_among_a_pages_words() {
    let post = |count: usize| {
        format!("r/portugal\n•\n15 hr. ago\nu/throwaway_6079\n\nQue apps tenho de apagar?\n\nAqui está tudo o que está instalado:\nTenho {count} apps no total.\n\n- Shazam\n- Pinterest\n- Chrome\n- Signal\n- Spotify\n\nUpvote\n73\nDownvote\n4 comments\nShare\n")
    };
    assert_not_whole(&post(8));
    assert_nothing_to_do(&post(5));
    // (A row without its bullet among them is one of them.)
    assert_nothing_to_do("I have 4 apps:\n- Zoom\n- Slack\nOutlook\n- Teams\n");
}

/// Red team rt90: a count of what a later command prints, by the command that counts it
/// (`wc -l FILE` before `cat FILE`, PowerShell's `(Get-AppxPackage).Count` before
/// `Get-AppxPackage | … | Format-List`, an interpreter's `len(df)`, `nrow(apps)`,
/// `apps.length` before the rows it prints): fewer rows printed than counted, the rest
/// are not here; as many, the list is whole.
#[test]
fn a_count_by_a_command_over_fewer_rows_printed() {
    let packages = |count: usize| {
        format!(":/ # wc -l /data/system/packages.list\n{count} /data/system/packages.list\n:/ # cat /data/system/packages.list\ncom.whatsapp 10400 0 /data/user/0/com.whatsapp default:targetSdkVersion=31 none 0 95104833 1 com.android.vending\ncom.pinterest 10369 0 /data/user/0/com.pinterest default:targetSdkVersion=33 none 0 77699827 1 com.android.vending\norg.mozilla.firefox 10274 0 /data/user/0/org.mozilla.firefox default:targetSdkVersion=31 3003 0 15943033 1 com.android.vending\n")
    };
    assert_not_whole(&packages(18));
    assert_nothing_to_do(&packages(3));
    let appx = |count: usize| {
        format!("PS C:\\Users\\olivia> (Get-AppxPackage).Count\n{count}\n\nPS C:\\Users\\olivia> Get-AppxPackage | Select-Object Name, Version | Format-List\n\nName    : Microsoft.ScreenSketch\nVersion : 1353.1501.10.0\n\nName    : Microsoft.Todos\nVersion : 526.616.74.0\n\n\nPS C:\\Users\\olivia>\n")
    };
    assert_not_whole(&appx(10));
    assert_nothing_to_do(&appx(2));
    let python = |count: usize, show: &str| {
        format!(">>> import pandas as pd\n>>> df = pd.read_csv(\"apps.csv\")\n>>> len(df)\n{count}\n>>> {show}\n   app_name                package\n0       VLC       org.videolan.vlc\n1    Airbnb     com.airbnb.android\n2  LinkedIn   com.linkedin.android\n")
    };
    assert_not_whole(&python(15, "df.iloc[:3]"));
    assert_nothing_to_do(&python(3, "df"));
    // (Or the rows shown by a limit they reach, without a count.)
    assert_not_whole(">>> df.head(3)\n   app_name                package\n0       VLC       org.videolan.vlc\n1    Airbnb     com.airbnb.android\n2  LinkedIn   com.linkedin.android\n");
    let r = |count: usize| {
        format!("> apps <- readr::read_csv(\"apps.csv\")\n> nrow(apps)\n[1] {count}\n> apps\n# A tibble: 3 × 2\n  name    package\n  <chr>   <chr>\n1 Firefox org.mozilla.firefox\n2 Viber   com.viber.voip\n3 Slack   com.Slack\n")
    };
    assert_not_whole(&r(30));
    let node = "> const apps = require('./apps.json')\nundefined\n> apps.length\n15\n> apps\n[\n  { name: 'Tinder', bundleId: 'com.cardify.tinder' },\n  { name: 'Threads', bundleId: 'com.burbn.barcelona' }\n]\n";
    assert_not_whole(node);
    assert_not_whole("> apps.slice(0, 2)\n[\n  { name: 'Tinder', bundleId: 'com.cardify.tinder' },\n  { name: 'Threads', bundleId: 'com.burbn.barcelona' }\n]\n");
}

/// Red team rt90: the last row of a table aligned in columns, the copy's last line without
/// its line's end, cut inside a value: ending
/// where every row right above goes on (`winget list`'s `TickTick  Appest.TickTick  281`
/// under versions of eight characters, a tibble's `9 Signal    org.thoughtcrime.s`), or
/// shorter than rows that all end at one column (pandas' right-aligned columns). A last
/// row that ends as the rows do, or a table that ends at its own width, is whole.
#[test]
fn a_row_cut_inside_an_aligned_tables_value() {
    let winget = "Name                        Id                          Version               Source\n-----------------------------------------------------------------------------------\nDiscord                     Discord.Discord             27.16.17              winget\nGit                         Git.Git                     20.22.71              winget\nSpotify                     Spotify.Spotify             12.40.65              winget\n";
    assert_nothing_to_do(winget);
    assert_not_whole(&format!(
        "{winget}TickTick                    Appest.TickTick             281"
    ));
    assert_nothing_to_do(&format!(
        "{winget}TickTick                    Appest.TickTick             28.1.77               winget"
    ));
    let tibble = "# A tibble: 4 × 3\n  name      package                    version\n  <chr>     <chr>                      <chr>\n1 Reddit    com.reddit.frontpage       26.9.35\n2 LinkedIn  com.linkedin.android       14.53.97\n3 Firefox   org.mozilla.firefox        17.29.11\n";
    assert_nothing_to_do(tibble);
    assert_not_whole(&format!("{tibble}4 Signal    org.thoughtcrime.s"));
    let pandas = "           app_name                       package     version\n0         Instagram         com.instagram.android  285.0.5.29\n1            BeReal                 com.bereal.ft     7.18.58\n2            Strava                    com.strava       29.32\n3           Outlook  com.microsoft.office.outlook    21.53.25\n";
    assert_nothing_to_do(pandas);
    assert_not_whole(&format!("{pandas}4          Netflix       com.netflix.mediaclient"));
}

/// Red team rt90: adb's word that it pushed a file (scrcpy's server, before `scrcpy
/// --list-apps` lists the apps: `…/scrcpy-server: 1 file pushed, 0 skipped.`) is the tool's
/// progress, no error and no app: the list under it is whole.
#[test]
fn adbs_word_that_it_pushed_a_file_is_the_tools_progress() {
    for pushed in [
        "/usr/local/share/scrcpy/scrcpy-server: 1 file pushed, 0 skipped.",
        "scrcpy-server: 1 file pushed, 0 skipped. 62.9 MB/s (90980 bytes in 0.001s)",
        "C:\\scrcpy\\scrcpy-server: 1 file pushed. 3.7 MB/s (90980 bytes in 0.023s)",
    ] {
        let report = check(&format!("$ scrcpy --list-apps\nINFO: ADB device found:\n{pushed}\n[server] INFO: List of apps:\n - Airbnb    com.airbnb.android\n - Allegro   pl.allegro\n * Camera    com.google.android.GoogleCamera\n"));
        assert_eq!(
            report.overall.answer,
            Answer::NothingToDo,
            "{pushed}: {:#?}",
            report.read_as
        );
        assert_eq!(report.read_as.entries, 3, "{pushed}: {:#?}", report.findings);
    }
}

/// Red team rt90: a list in columns set apart by spaces whose last row, the copy's last
/// line, holds only its first (`scrcpy --list-apps`'s ` - Shazam       ` under rows of a
/// name and a package): the copy stopped in it.
#[test]
fn a_last_row_of_its_first_column_only_under_spaced_columns() {
    let apps = "[server] INFO: List of apps:\n - Facebook    com.facebook.katana\n * Files       com.google.android.apps.nbu.files\n - Netflix     com.netflix.mediaclient\n";
    assert_nothing_to_do(&format!("{apps} - Shazam      com.shazam.android"));
    assert_not_whole(&format!("{apps} - Shazam       "));
    assert_not_whole(&format!("{apps} - Shazam"));
}

/// Red team rt90: osquery's session with two tables, the apps' count first (`SELECT
/// count(*) FROM apps;`) and then the apps: the apps' table is read by its own header,
/// and the count weighed against its rows.
#[test]
fn a_querys_count_table_over_its_apps_table() {
    let session = |count: usize| {
        format!("osquery> SELECT count(*) FROM apps;\n+----------+\n| count(*) |\n+----------+\n| {count}        |\n+----------+\nosquery> SELECT name, bundle_identifier FROM apps;\n+----------------------+-------------------------------------+\n| name                 | bundle_identifier                   |\n+----------------------+-------------------------------------+\n| Threads.app          | com.burbn.barcelona                 |\n| Wolt.app             | com.wolt.Wolt                       |\n| Venmo.app            | net.kortina.labs.Venmo              |\n+----------------------+-------------------------------------+\nosquery>\n")
    };
    let report = check(&session(3));
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);
    assert_not_whole(&session(13));
}

/// Red team rt90: the writer's word that they go on in another message, by a verb of
/// going on (`I'll continue in another message.`, `Continuo noutra mensagem.`, `Sigo en
/// otro mensaje.`), in the eight languages: the rest is not here.
#[test]
fn going_on_in_another_message() {
    for said in [
        "I'll continue in another message.",
        "Continuo noutra mensagem.",
        "Continuo na próxima mensagem.",
        "Sigo en otro mensaje.",
        "Je continue dans un autre message.",
        "Continuo in un altro messaggio.",
        "Ik ga verder in een ander bericht.",
        "Ciąg dalszy w kolejnej wiadomości.",
    ] {
        assert_not_whole(&format!("Zoom\nSlack\nOutlook\n{said}\n"));
    }
    assert_nothing_to_do("Zoom\nSlack\nOutlook\nThat's all, I'll reply to your other message later.\n");
}

/// Red team rt90: `waydroid app list`'s records of `Key: value` lines with no space before
/// the colon (`Name: Chrome`, `packageName: com.android.chrome`, `categories:` and the
/// intent categories indented under it): one app a record, the categories its details.
/// A count of more apps than records, a record cut at its name, or the container's word
/// that its session stopped: the list is not whole.
#[test]
fn records_of_keys_and_values_without_a_space_before_the_colon() {
    let record = |name: &str, id: &str| {
        format!("Name: {name}\npackageName: {id}\ncategories:\n\tandroid.intent.category.LAUNCHER\n\tandroid.intent.category.DEFAULT\n")
    };
    let apps = format!(
        "$ waydroid app list\n{}{}{}",
        record("Chrome", "com.android.chrome"),
        record("WeChat", "com.tencent.mm"),
        record("NordVPN", "com.nordvpn.android")
    );
    let report = check(&apps);
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);
    assert_not_whole(&format!(
        "Wie gewünscht, meine Apps:\n{apps}Insgesamt habe ich 13 Apps.\n"
    ));
    assert_not_whole(&format!("{apps}Name: Threads\npackageName: com.instag"));
    assert_not_whole(&format!("{apps}[14:02:11] WayDroid session is stopped\n"));
    assert_not_whole("Zoom\nSlack\nOutlook\n[09:15:02] Connection lost\n");
    assert_nothing_to_do("Zoom\nSlack\nOutlook\n[09:15:02] Done\n");
    assert_tiktok_reported(&format!("{apps}{}", record("TikTok", "com.zhiliaoapp.musically")), true);
}

/// Red team rt91: `cmd package query-activities`' activities, each under its properties
/// (`priority=0 preferredOrder=0 …`, no app), and its count of them (`21 activities
/// found:`) weighed against the activities printed.
#[test]
fn a_launchers_activities_under_their_count() {
    let activity = |k: usize, component: &str| {
        format!("  Activity #{k}:\n    priority=0 preferredOrder=0 match=0x108000 specificIndex=-1 isDefault=false\n    {component}\n")
    };
    let listed = [
        "com.nordvpn.android/.main.MainActivity",
        "org.telegram.messenger/org.telegram.ui.LaunchActivity",
        "com.venmo/.main.MainActivity",
    ]
    .iter()
    .enumerate()
    .map(|(k, c)| activity(k, c))
    .collect::<String>();
    let session = |count: usize| {
        format!("$ adb shell cmd package query-activities --brief -a android.intent.action.MAIN -c android.intent.category.LAUNCHER\n{count} activities found:\n{listed}")
    };
    let report = check(&session(3));
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);
    assert_not_whole(&session(21));
}

/// Red team rt91: `ls /Applications` in a terminal, its bundles in columns set apart by
/// spaces, under its prompt and over a remark; and its lines counted by `| wc -l`, then
/// printed one a line by `ls -1`.
#[test]
fn the_applications_folder_in_columns_and_counted() {
    let columns = "~ $ ls /Applications\nAirbnb.app              Firefox.app             Roblox.app\nAudible.app             Microsoft Excel.app     TikTok.app\nBolt.app                Netflix.app\n~ $\n";
    let report = assert_tiktok_reported(columns, true);
    assert_eq!(report.read_as.entries, 8, "{:#?}", report.findings);
    let listed = "Airbnb.app\nDiscord.app\nGmail.app\nNetflix.app\n";
    assert_nothing_to_do(&format!("~ $ ls -1 /Applications\n{listed}"));
    assert_not_whole(&format!(
        "~ $ ls -1 /Applications\n{listed}This is just the top part, the list goes on.\n"
    ));
    assert_not_whole(&format!(
        "~ $ ls -1 /Applications\n{listed}La suite dans un deuxième message.\n"
    ));
    assert_not_whole(&format!(
        "fleur@Mac-mini ~ % ls /Applications | wc -l\n      18\nfleur@Mac-mini ~ % ls -1 /Applications\n{listed}"
    ));
    assert_nothing_to_do(&format!(
        "fleur@Mac-mini ~ % ls /Applications | wc -l\n      4\nfleur@Mac-mini ~ % ls -1 /Applications\n{listed}"
    ));
}

/// Red team rt91: Threema's exported chat, `<<< ` before a message received and `>>> `
/// before one sent, each after its date and time and no sender's name: the messages are
/// read (not a markup's tags), the list in them and what they say of it.
#[test]
fn threemas_exported_chat() {
    let ask = "<<< 4. April 2024 at 15:46:23 GMT: Can you send me the list of apps on your phone?\n>>> 4. April 2024 at 15:49:05 GMT: This is what I got:\n";
    let list = "1. Pinterest\n2. Discord\n3. Zoom\n";
    assert_nothing_to_do(&format!(
        "{ask}{list}<<< 4. April 2024 at 15:49:22 GMT: Got it, thanks\n"
    ));
    assert_not_whole(&format!(
        "{ask}{list}>>> 4. April 2024 at 15:49:27 GMT: Image (9b291e35cded.jpg)\n>>> 4. April 2024 at 15:49:27 GMT: the rest is in the screenshot\n"
    ));
    assert_not_whole(&format!(
        "{ask}>>> 24. Juli 2024 om 21:23:41 CET: Er staan 25 apps in totaal.\n{list}"
    ));
}

/// Red team rt91: a sheet copied with a merged category column (its cell empty under the
/// first row of each category) and its total row under the apps' column (`Total<TAB>18`):
/// the total weighs the rows, as the last line it is no row cut short; a last row cut
/// before a column every row above fills (`Travel<TAB>Bo`) is.
#[test]
fn a_sheet_with_merged_categories_and_its_total() {
    let sheet = "Category\tApp\tVersion\tNotes\nMessaging\tViber\t23.51.21\t?\n\tSignal\t9.23.38\t\nSocial\tSnapchat\t1.44.77\t\n\tReddit\t1.18\t\n";
    assert_nothing_to_do(&format!("{sheet}Total\t4\t\t"));
    assert_nothing_to_do(&format!("{sheet}Totale\t4\t\t\n"));
    let report = assert_not_whole(&format!("{sheet}Total\t18\t\t"));
    assert_eq!(report.read_as.entries, 4, "{:#?}", report.findings);
    assert_not_whole(&format!("{sheet}Travel & sport\tBo"));
}

/// Red team rt91: Android's app folders as `ls -d /data/app/*/*` prints them as root
/// (`/data/app/~~<random>==/<package>-<random>==`): each its package, not struck through by
/// its `~~`; a folder cut before its suffix ends, or before its package, or a copy begun
/// inside one, is not the whole list; and a count by `| wc -l` behind the prompt of
/// Android's shell in Termux's home (`:/data/data/com.termux/files/home # `).
#[test]
fn androids_app_folders_listed_as_root() {
    let folders = "husky:/ # ls -d /data/app/*/*\n/data/app/~~4X4JpAy7sqKjEuo8okVTFQ==/com.strava-VQ9NTBnk6SGVXKmcL9RYTA==\n/data/app/~~q2I2PWiluCE-tDndzUL5LA==/com.tinder--ZQ_5G78IpYAFXtjEJOfyA==\n/data/app/~~xT81Ut2oI_b0zbF3v1dHIA==/com.whatsapp-ruSeoIR-vDzIaZhlV7RnXQ==\n";
    let report = check(folders);
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);
    assert_tiktok_reported(
        &format!("{folders}/data/app/~~inq0n7y_tAFc9jed6Vjatw==/com.zhiliaoapp.musically-3oGAHLkG0FYcIJ-zXbK0dw==\n"),
        true,
    );
    assert_not_whole(&format!(
        "{folders}/data/app/~~KTsEI8le6v0dfHs7EdIELg==/com.google.android.gm-YaP7"
    ));
    assert_not_whole(&format!("{folders}/data/app/~~BCHxpUMBtR8Z1we3qn0R1A==/com.fac"));
    assert_not_whole(&format!("{folders}/data/app/~~K0FmJm2JD-8KbQONHTsMnQ=="));
    assert_not_whole(&format!(
        "odwE-P-PRy7KPDbG6jgA==/com.microsoft.office.outlook-Bra_gfNMF_kuv80hIy0u8w==\n{}",
        folders.lines().skip(1).collect::<Vec<_>>().join("\n")
    ));
    let termux = ":/data/data/com.termux/files/home #";
    assert_not_whole(&format!(
        "~ $ su\n{termux} ls -d /data/app/*/* | wc -l\n24\n{termux} ls -d /data/app/*/*\n{}",
        folders.lines().skip(1).collect::<Vec<_>>().join("\n")
    ));
}

/// Red team rt91: a Teams card's facts, label and number in two cells (`Apps found<TAB>28`),
/// a count of the apps under it.
#[test]
fn a_cards_count_in_a_cell_beside_its_label() {
    let apps = "Microsoft Teams\t13.3.29\nRoblox\t10.31\nViber\t7.28\n";
    assert_nothing_to_do(&format!(
        "Device\tPixel 8 (Android 14)\nApps found\t3\n{apps}Confirm list\n"
    ));
    assert_not_whole(&format!(
        "Device\tPixel 8 (Android 14)\nApps found\t28\n{apps}Confirm list\n"
    ));
}

/// Red team rt91: an iPhone's backup read with `sqlite3` behind PowerShell's prompt and its
/// long path: the apps' domains (`AppDomain-…`) kept by their `LIKE`, which filters no app
/// out; the count of them by another query weighed against them; sqlite's error under them,
/// and a domain cut in its identifier, not the whole list.
#[test]
fn an_iphones_backup_read_with_sqlite() {
    let prompt = r"PS C:\Users\daan\Apple\MobileSync\Backup\00008120-4A622D5E76F5A760>";
    let query = "SELECT DISTINCT domain FROM Files WHERE domain LIKE 'AppDomain-%';";
    let domains = "AppDomain-com.cardify.tinder\nAppDomain-nl.marktplaats.iphone\nAppDomain-com.booking.BookingApp\nAppDomain-com.nordvpn.NordVPN\n";
    let printed = format!("{prompt} sqlite3.exe .\\Manifest.db \"{query}\"\n{domains}");
    let report = check(&printed);
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
    assert_eq!(report.read_as.entries, 4, "{:#?}", report.findings);
    let counted = |n: usize| {
        format!("{prompt} sqlite3.exe .\\Manifest.db \"SELECT count(DISTINCT domain) FROM Files WHERE domain LIKE 'AppDomain-%';\"\n{n}\n{printed}")
    };
    assert_nothing_to_do(&counted(4));
    assert_not_whole(&counted(14));
    assert_not_whole(&format!(
        "{printed}Runtime error near line 1: database disk image is malformed (11)\n"
    ));
    assert_not_whole(&format!("{printed}AppDomain-com"));
    assert_not_whole(&format!("{printed}AppDomain-com.g"));
    assert_nothing_to_do(&format!("{printed}AppDomain-pinterest\n"));
}

/// Red team rt91: Aurora Store's installed apps, each name over its package and version,
/// under the store's title (`My apps & games`, a screen's, no kind of app left out): one
/// app a name and its package, so that a count of the apps weighs each once.
#[test]
fn a_stores_names_over_their_packages() {
    let screen = "My apps & games\nWolt\ncom.wolt.android\n221.0.7.73 (27506685)\nFacebook\ncom.facebook.katana\n7.10.20 (66572996)\nThreads\ncom.instagram.barcelona\n23.26.31 (23917082)\nTickTick\ncom.ticktick.task\n366.1.3.55 (11019406)\n";
    let report = check(screen);
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
    assert_eq!(report.read_as.entries, 4, "{:#?}", report.findings);
    assert_nothing_to_do(&format!("{screen}I have 4 apps in total.\n"));
    assert_not_whole(&format!("{screen}I have 7 apps in total.\n"));
    assert_not_whole("Zoom & games\nSlack\nOutlook\n");
}

/// Red team rt86's inventories: a YAML's count under a key of words joined by underscores
/// (`app_count: 26`) weighs the apps listed under it.
#[test]
fn a_count_under_a_key_of_words_joined_by_underscores() {
    let apps = "apps:\n  - name: \"Vinted\"\n    id: fr.vinted\n  - name: \"Hinge\"\n    id: co.hinge.app\n  - name: \"TVN24\"\n    id: pl.tvn24.app\n";
    assert_nothing_to_do(&format!("device: Galaxy A54\napp_count: 3\n{apps}"));
    assert_not_whole(&format!("device: Galaxy A54\napp_count: 26\n{apps}"));
}

/// Red team rt91: a Word form's table copied with the lines under it, after a blank line,
/// `Date: 25.04.2024<TAB>Signature:`: no row of the table cut short.
#[test]
fn a_forms_date_and_signature_under_its_table() {
    let table = "Declaration of apps on a personal device (BYOD)\n\nEmployee: Olivia Grant\tPersonnel no.: 62299\nDevice: Galaxy S23 · Android 14\n\nNo.\tApp\tUsed for\tInstalled from\n1\tRevolut\twork\tGoogle Play\n2\tDropbox\tboth\tGoogle Play\n3\tZoom\twork\tGoogle Play\n";
    assert_nothing_to_do(&format!("{table}\nDate: 25.04.2024\tSignature:"));
    assert_not_whole(&format!("{table}4\tWolt"));
    assert_not_whole(&format!(
        "{table}\nonly the apps I actually use, there's loads of junk too"
    ));
}

/// Red team rt91: `adb shell dumpsys diskstats`, its apps the elements of `Package Names:
/// [...]`, its sizes the tool's (their numbers count no apps); the array cut before its `]`,
/// or a count of more apps under it, not the whole list.
#[test]
fn disk_stats_package_names() {
    let head = "C:\\platform-tools>adb shell dumpsys diskstats\nLatency: 1ms [512B Data Write]\nRecent Disk Write Speed (kB/s) = 4591\nData-Free: 20482491K / 111170024K total = 18% free\nFile-based Encryption: true\nApp Size: 13438190325\nPhotos Size: 16429629381\n";
    let names = "Package Names: [\"com.google.android.youtube\",\"com.zzkko\",\"com.whatsapp\"]\n";
    let sizes = "App Sizes: [269562448,334377253,343106916]\nApp Data Sizes: [1308388467,20823115,1539028226]\nCache Sizes: [220478193,51012572,333315700]\n";
    let whole = format!("{head}{names}{sizes}");
    let report = check(&whole);
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);
    assert_tiktok_reported(&whole.replace("com.zzkko", "com.zhiliaoapp.musically"), true);
    assert_not_whole(&format!(
        "{head}Package Names: [\"com.google.android.youtube\",\"com.zzkko\",\"com.wha"
    ));
    assert_not_whole(&format!("{whole}I have 28 apps in total.\n"));
}

/// Red team rt91: a numbered list's next number left bare in the middle of a chat, the
/// writer's words under it and no number after (`8.` then `oops, sent too early`): the
/// list stopped there.
#[test]
fn a_bare_number_where_the_list_stopped() {
    let list = "Here is the list of apps on my phone:\n1. Dropbox\n2. Google Photos\n3. Firefox\n";
    assert_not_whole(&format!("{list}4.\noops, sent too early\nSeen\n"));
    assert_nothing_to_do(&format!("{list}That's all of them.\n"));
}

/// Red team rt91: an inventory written as TOML, `[device]` then `[[apps]]` tables or an
/// inline array of `{ name = "…", id = "…" }`: each table or inline table one app (the
/// device's `model = "Pixel 8"` none), a count of the apps under any key that says so
/// (`app_count = 21`) weighed against them, the document cut inside a string, an array or
/// a key, or a comment that says it was cut: not the whole list.
#[test]
fn an_inventory_written_as_toml() {
    let device = "# apps.toml - exported by phone-inventory 1.1.3\n\n[device]\nmodel = \"Pixel 8\"\nos = \"Android 14\"\nexported = 2024-05-07T07:58:13\n";
    let tables = "\n[[apps]]\nname = \"Spotify\"\nid = \"com.spotify.music\"\nversion = \"31.18.13\"\n\n[[apps]]\nname = \"Revolut\"\nid = \"com.revolut.revolut\"\nversion = \"12.14\"\n\n[[apps]]\nname = \"Vinted\"\nid = \"fr.vinted\"\nversion = \"24.3.1\"\n";
    let whole = format!("As requested, my apps:\n{device}{tables}");
    let report = check(&whole);
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);
    assert_tiktok_reported(&whole.replace("com.spotify.music", "com.zhiliaoapp.musically"), true);
    assert_nothing_to_do(&whole.replace("[device]\n", "[device]\napp_count = 3\n"));
    assert_not_whole(&whole.replace("[device]\n", "[device]\napp_count = 21\n"));
    assert_not_whole(&format!("{device}{tables}\n[[apps]]\nname = \"Vin"));
    assert_not_whole(&format!("{device}{tables}\n[[apps]]\nnam"));
    assert_not_whole(&format!(
        "{device}{tables}\n# output truncated: 3 of 21 apps written (--limit 3)\n"
    ));
    let inline = "apps = [\n  { name = \"Dropbox\", id = \"com.getdropbox.Dropbox\", version = \"14.2\" },\n  { name = \"Revolut\", id = \"com.revolut.revolut\", version = \"27.15\" },\n  { name = \"Netflix\", id = \"com.netflix.Netflix\", version = \"11.34.38\" },\n";
    let report = check(&format!("This is what I got:\n{device}\n{inline}]\n"));
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);
    assert_not_whole(&format!("{device}app_count = 9\n\n{inline}]\n"));
    assert_not_whole(&format!("{device}\n{inline}"));
    assert_not_whole(&format!("{device}\n{inline}  {{ name = \"Kom"));
}

/// Probes: a first line read as a heading with a count over the list (`Tiktk - 1` over one
/// app) whose words may be a restricted app's name mistyped is asked about, never let go
/// as the list's heading; a heading of a kind of app is still one.
#[test]
fn a_headings_words_that_may_be_a_restricted_apps_name() {
    for heading in ["Tiktk - 1", "TikTk (1)", "tiktk (1)", "Tiktk [1]"] {
        let report = check(&format!("{heading}\nSlack\n"));
        assert_ne!(
            report.overall.answer,
            Answer::NothingToDo,
            "{heading}: {:#?}",
            report.read_as
        );
        assert!(!questions_of(&report).is_empty(), "{heading}: {:#?}", report.findings);
    }
    assert_nothing_to_do("Social - 2\nSlack\nZoom\n");
    assert_nothing_to_do("Games (2)\nSlack\nZoom\n");
}

/// Probes: where the list says it goes on (`...and 12 more`), the answer asks for the
/// whole list, and never to remove the line that says so (without it the list would pass
/// for whole); a line that could not be read is still to be fixed or removed.
#[test]
fn a_list_that_goes_on_is_asked_for_whole() {
    let report = assert_not_whole("WhatsApp\nSlack\n...and 12 more\n");
    assert!(
        report.overall.message.contains("paste the whole list"),
        "{}",
        report.overall.message
    );
    assert!(
        !report.overall.message.contains("remove those lines"),
        "{}",
        report.overall.message
    );
    let report = check("WhatsApp\nSlack\nÃ¤Ã¶Ã¼ Ã©\n");
    assert_eq!(report.overall.answer, Answer::Incomplete, "{:#?}", report.read_as);
    assert!(
        report.overall.message.contains("Fix or remove those lines"),
        "{}",
        report.overall.message
    );
}

/// Red team rt92: `sqlcmd` run at cmd.exe's prompt, its query's columns between commas
/// (`-Q "SELECT AppName, PackageName, Version FROM …"`), over its table and `(N rows
/// affected)`: the command is no CSV's header, and the table is read as the table it is.
#[test]
fn sqlcmd_over_its_table() {
    let command = "C:\\Users\\sophie>sqlcmd -S SQLMDM01 -d MDMInventory -E -Q \"SELECT AppName, PackageName, Version FROM dbo.DeviceApps WHERE DeviceId = 36550\"\n";
    let table = "AppName                                            PackageName                                        Version\n-------------------------------------------------- -------------------------------------------------- --------------------\nFacebook                                           com.facebook.katana                                232.1.2.98\nVLC                                                org.videolan.vlc                                   102.0.6.21\nWeChat                                             com.tencent.mm                                     20.3\n";
    let whole = format!("Hi, here are the apps from my phone.\n{command}{table}\n(3 rows affected)\n\nC:\\Users\\sophie>\nThat should be everything.\n");
    let report = check(&whole);
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);
    assert_tiktok_reported(&whole.replace("com.tencent.mm    ", "com.zhiliaoapp.musically"), true);
    assert_not_whole(&whole.replace("(3 rows affected)", "(27 rows affected)"));
}

/// Red team rt92: the writer's word that they send the others later, in each language
/// (`J'envoie les autres demain matin.`): the others are the rest of the list.
#[test]
fn the_others_come_later() {
    for remark in [
        "J'envoie les autres demain matin.",
        "I'll send the others tonight.",
        "Die anderen schicke ich morgen.",
        "Las otras te las mando mañana.",
        "Gli altri te li mando domani.",
        "Os outros mando amanhã.",
        "De andere stuur ik morgen.",
        "Pozostałe wyślę jutro.",
    ] {
        assert_not_whole(&format!("Slack\nZoom\nOutlook\n{remark}\n"));
    }
}

/// Red team rt92: a database client's rows one field a line, psql's expanded display
/// (`-[ RECORD 1 ]`, `app_name | Telegram`) and mysql's vertical one (`*** 1. row ***`,
/// `app_name: Telegram`): one app a row; the last row cut in its field, a `LIMIT` as many
/// as the rows, or a count of more rows above them: not the whole list.
#[test]
fn a_database_clients_rows_one_field_a_line() {
    let psql = "Hi, here are the apps from my phone.\nitsm=> \\x\nExpanded display is on.\nitsm=> SELECT app_name, bundle_id FROM device_apps WHERE device_id = 1659;\n-[ RECORD 1 ]--------------------\napp_name  | Telegram\nbundle_id | ph.telegra.Telegraph\n-[ RECORD 2 ]--------------------\napp_name  | Booking.com\nbundle_id | com.booking.BookingApp\n-[ RECORD 3 ]--------------------\napp_name  | Tinder\nbundle_id | com.cardify.tinder\n";
    let report = check(&format!("{psql}\nitsm=>\n"));
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);
    assert_tiktok_reported(&psql.replace("ph.telegra.Telegraph", "com.zhiliaoapp.musically"), true);
    assert_not_whole(&format!(
        "{psql}-[ RECORD 4 ]--------------------\napp_name  | Disney+\nbundle_id |"
    ));
    let rows = "*************************** 1. row ***************************\n    app_name: Tinder\npackage_name: com.tinder\n*************************** 2. row ***************************\n    app_name: Uber\npackage_name: com.ubercab\n2 rows in set (0.00 sec)\n";
    let query = "SELECT app_name, package_name FROM installed_apps WHERE device_id = 7";
    let report = check(&format!("MariaDB [mdm]> {query}\\G\n{rows}\nMariaDB [mdm]>\n"));
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
    assert_eq!(report.read_as.entries, 2, "{:#?}", report.findings);
    assert_not_whole(&format!("MariaDB [mdm]> {query} LIMIT 2\\G\n{rows}"));
    assert_not_whole(&format!("mysql> {query} LIMIT 2\\G\n{rows}"));
    assert_not_whole(&format!(
        "MariaDB [mdm]> SELECT COUNT(*) FROM installed_apps WHERE device_id = 7\\G\n*************************** 1. row ***************************\nCOUNT(*): 11\n1 row in set (0.00 sec)\n\nMariaDB [mdm]> {query}\\G\n{rows}"
    ));
}

/// Probes: on an iPhone, where no list can be copied, the employee says on the list of the
/// policy's apps that they have none of them: nothing to do, said so. Said beside a list,
/// the list is what is answered; beside lines not read, still "can't tell".
#[test]
fn none_of_the_policys_apps_said() {
    let none = serde_json::json!({"device": "phone", "ownership": "company", "none_of_these": true});
    let said = |list: &str| check_against("bank-tiktok-2020", none.clone(), "2023-03-01T12:00:00Z", list);
    let report = said("");
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.overall);
    assert!(
        report
            .overall
            .message
            .contains("you said you have none of the apps this policy names"),
        "{}",
        report.overall.message
    );
    assert_eq!(said("TikTok\n").overall.answer, Answer::ActionRequired);
    assert_eq!(said("Ã¤Ã¶Ã¼ Ã©\n").overall.answer, Answer::NoApps);
    assert_eq!(check("").overall.answer, Answer::NoApps);
}

/// Red team rt92: a JSON Lines file printed in a console, the commands around it (`wc -l`,
/// `head -n 3`) and its last prompt the console's, no apps; a count of its lines above
/// fewer printed, or a `head` of as many as printed: not the whole list.
#[test]
fn json_lines_printed_in_a_console() {
    let rows = "{\"package\":\"org.mozilla.firefox\",\"label\":\"Firefox\"}\n{\"package\":\"com.bereal.ft\",\"label\":\"BeReal\"}\n{\"package\":\"ch.protonmail.android\",\"label\":\"Proton Mail\"}\n";
    let prompt = "daniel@laptop:~/Downloads$";
    let report = check(&format!("{prompt} cat export.jsonl\n{rows}{prompt}\n"));
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);
    assert_not_whole(&format!(
        "{prompt} wc -l export.jsonl\n8 export.jsonl\n{prompt} cat export.jsonl\n{rows}{prompt}\n"
    ));
    assert_not_whole(&format!("{prompt} head -n 3 export.jsonl\n{rows}{prompt}\n"));
}

/// Red team rt92: a report's words in capitals that it goes on, `*** CONTINUED ON NEXT PAGE
/// ***`, read as they would be written in a sentence's case.
#[test]
fn a_reports_words_in_capitals_that_it_goes_on() {
    for remark in [
        "*** CONTINUED ON NEXT PAGE ***",
        "CONTINUED ON NEXT PAGE",
        "FORTSETZUNG AUF DER NÄCHSTEN SEITE",
    ] {
        assert_not_whole(&format!("Slack\nZoom\nOutlook\n{remark}\n"));
    }
    assert_nothing_to_do("Slack\nZoom\nCANDY CRUSH SAGA\n");
}

/// Red team rt92: a GitHub issue's form, its list folded in `<details>` under a
/// `<summary>` that counts the apps: the tags the page's, the summary's count weighed.
#[test]
fn a_list_folded_in_details_under_its_summary() {
    let folded = |n: usize| {
        format!("### Installed apps\n\n<details>\n<summary>Installed apps ({n} apps)</summary>\n\n```\nCandy Crush Saga\nVLC\nTriller\n```\n\n</details>\n")
    };
    let report = check(&folded(3));
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);
    assert_not_whole(&folded(11));
}

/// Red team rt92: Google Chat copied, each message under its sender and time (`You, 3:49
/// PM`, `Du, 10:30`), the list's message sent before it was finished and the writer's
/// word that it was (`oops, sent too early`, in the eight languages): the headers the
/// chat's, the list not whole.
#[test]
fn a_chat_message_sent_too_early() {
    let chat = "Callum Reid, 3:44 PM\nCould you paste the list of apps on your phone here?\n\nYou, 3:49 PM\n1. Candy Crush Saga\n2. Uber\n3. Microsoft Word\n";
    let report = check(chat);
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);
    for oops in [
        "oops, sent too early",
        "sorry, hit send too soon",
        "ups, zu früh abgeschickt",
        "oups, envoyé trop tôt",
        "uy, se envió antes de tiempo",
        "ops, inviato troppo presto",
        "ops, enviei antes da hora",
        "oeps, te vroeg verstuurd",
        "ups, wysłało się za wcześnie",
    ] {
        assert_not_whole(&format!("{chat}\nYou, 3:54 PM\n{oops}\n"));
    }
}

/// A printed page's number alone on a line, whatever dashes, dots or brackets stand
/// around it (`— 1 —`, `– 3 –`, `-- 2 --`, `-1-`, `· 4 ·`, `[2]`): no app, and a sign
/// that the list was printed on pages, so never "nothing to do". (`- 1 -` was a note
/// already; `— 1 —` was read as an app, stop 76's probes.) A name with a number in it,
/// `Tool 1`, or a number inside a name's brackets, `Zoom (5)`, is still an app.
#[test]
fn a_printed_pages_number_alone_is_no_app() {
    for marker in [
        "— 1 —",
        "— 2 —",
        "—2—",
        "– 3 –",
        "-- 2 --",
        "-1-",
        "- 1 -",
        "· 4 ·",
        "―5―",
        "[2]",
        "(3)",
        "~ 2 ~",
    ] {
        for list in [format!("Slack\nZoom\n{marker}\n"), format!("{marker}\nSlack\nZoom\n")] {
            let parsed = parse_list(&list, support::nfkc);
            assert_eq!(
                parsed.entries.len(),
                2,
                "{marker:?} read as an app in {list:?}: {:?}",
                parsed.entries
            );
            assert_not_whole(&list);
        }
    }
    for name in ["Tool 1", "Zoom (5)", "1Password", "2048", "[TV] Remote"] {
        let list = parse_list(&format!("Slack\n{name}\nZoom\n"), support::nfkc);
        assert!(list.notes.is_empty(), "{name}: {:?}", list.notes.first());
        assert_eq!(list.entries.len(), 3, "{name}: {:?}", list.entries);
    }
}

/// JSON Lines (one object a line, as `jq -c`, osquery's `--json` logs or an API's
/// export write them) cut inside its last record, wherever the cut falls: the records
/// before it are read, and the cut is a note, never "nothing to do". (The last record
/// had been read as a typed line, or dropped, with no note.)
#[test]
fn json_lines_cut_inside_their_last_record_are_not_whole() {
    let whole = "{\"name\": \"Slack\", \"bundle_id\": \"com.tinyspeck.chatlyio\"}\n{\"name\": \"Zoom\", \"bundle_id\": \"us.zoom.videomeetings\"}\n";
    let list = parse_list(
        &format!("{whole}{{\"name\": \"Signal\", \"bundle_id\": \"org.whispersystems.signal\"}}\n"),
        support::nfkc,
    );
    assert!(list.notes.is_empty(), "{:?}", list.notes);
    assert_eq!(list.entries.len(), 3, "{:?}", list.entries);
    for cut in [
        "{\"na",
        "{\"name\": \"Tik",
        "{\"name\": \"TikTok\", ",
        "{\"name\": \"TikTok\", \"bundle_id\": \"com.zhil",
        "{",
    ] {
        for end in ["", "\n"] {
            let text = format!("{whole}{cut}{end}");
            let report = assert_not_whole(&text);
            assert_eq!(report.read_as.entries, 2, "{text:?}");
        }
    }
}

/// `sqlcmd` run twice at cmd.exe's prompt, a `COUNT(*)` first and then the query of the
/// apps with its columns between commas, past the text's first lines: the second command
/// is no CSV's header either (the whole list had been refused, each row "not in the
/// shape of the rest", stop 76's rt92 misses), and the count above is weighed against
/// the rows under it.
#[test]
fn sqlcmd_over_its_table_after_a_count() {
    let count = |n: u32| {
        format!("C:\\Users\\sophie>sqlcmd -S inventory01 -d Apps -Q \"SELECT COUNT(*) FROM InstalledApps WHERE DeviceName = 'LT-0412'\"\n\n-----------\n          {n}\n\n(1 rows affected)\n\n")
    };
    let apps = "C:\\Users\\sophie>sqlcmd -S inventory01 -d Apps -Q \"SELECT AppName, PackageName, Version FROM InstalledApps WHERE DeviceName = 'LT-0412'\"\nAppName                  PackageName                     Version\n------------------------ ------------------------------- ----------\nSlack                    com.tinyspeck.slackmacgap       4.36.140\nZoom                     us.zoom.xos                     5.17.5\nMicrosoft Teams          com.microsoft.teams2            24004.1307\nGoogle Chrome            com.google.Chrome               121.0.6167\n\n(4 rows affected)\n";
    let whole = format!("{}{apps}", count(4));
    let report = check(&whole);
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
    assert_eq!(report.read_as.entries, 4, "{:#?}", report.findings);
    assert_tiktok_reported(&whole.replace("us.zoom.xos        ", "com.zhiliaoapp.musically"), true);
    assert_not_whole(&whole.replace("(4 rows affected)", "(27 rows affected)"));
    assert_not_whole(&format!("{}{apps}", count(40)));
}

/// mongosh's `find(…).limit(n)` (or `.limit(n)` after any query of an interpreter), as
/// many documents printed as the limit: there may be more; fewer than it: all of them.
#[test]
fn a_querys_limit_as_many_as_the_documents_printed() {
    let docs = "[\n  { name: 'Slack', bundleId: 'com.tinyspeck.chatlyio' },\n  { name: 'Zoom', bundleId: 'us.zoom.videomeetings' },\n  { name: 'Signal', bundleId: 'org.whispersystems.signal' }\n]\ninventory>\n";
    let query = |limit: &str| {
        format!("inventory> db.apps.find({{ device: \"LT-0412\" }}, {{ _id: 0, name: 1, bundleId: 1 }}){limit}\n{docs}")
    };
    assert_not_whole(&query(".limit(3)"));
    assert_not_whole(&query(".limit(2)"));
    for whole in [query(".limit(50)"), query("")] {
        let report = check(&whole);
        assert!(report.read_as.account.unread == 0, "{whole:?}: {:#?}", report.read_as);
        // One app a document, under the prompt whose query has braces of its own.
        assert_eq!(report.read_as.entries, 3, "{whole:?}: {:#?}", report.findings);
    }
    // Documents one after the other, as mongosh prints a cursor's, one app each; and
    // the mongo shell's word after its first batch: the list goes on.
    let batch = "inventory> db.apps.find()\n{ name: 'Slack', bundleId: 'com.tinyspeck.chatlyio' }\n{ name: 'Zoom', bundleId: 'us.zoom.videomeetings' }\n";
    let report = check(&format!("{batch}inventory>\n"));
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
    assert_eq!(report.read_as.entries, 2, "{:#?}", report.findings);
    let report = assert_not_whole(&format!("{batch}Type \"it\" for more\ninventory>\n"));
    assert!(
        report.overall.message.contains("Part of the list is not here"),
        "{}",
        report.overall.message
    );
}

/// What Python prints of a list of dicts (`print(apps)`: single quotes, `True`, `None`)
/// and what Node or mongosh print of objects (keys without quotes, single quotes,
/// `ObjectId('…')`, a comma after the last item): read as the documents they are, one
/// app a record, and when cut inside a record, the records before it and a note, never
/// "nothing to do" (Python's, cut inside its third dict, had been read as names between
/// commas and answered "nothing to do").
#[test]
fn python_and_javascript_literals_are_read_as_documents() {
    let python = "[{'name': 'Slack', 'bundle_id': 'com.tinyspeck.chatlyio', 'system': False}, {'name': 'Zoom', 'bundle_id': 'us.zoom.videomeetings', 'version': None}, {'name': \"Signal's Desktop\", 'bundle_id': 'org.whispersystems.signal', 'system': True}]\n";
    let js = "[\n  {\n    _id: ObjectId('65a1f0c2e4b0a1b2c3d4e5f6'),\n    name: 'Slack',\n    bundleId: 'com.tinyspeck.chatlyio',\n  },\n  { _id: ObjectId(\"65a1f0c2e4b0a1b2c3d4e5f7\"), name: 'Zoom', bundleId: 'us.zoom.videomeetings' },\n  { _id: ObjectId('65a1f0c2e4b0a1b2c3d4e5f8'), name: 'Signal', bundleId: 'org.whispersystems.signal', installed: ISODate('2024-01-02T03:04:05.000Z') },\n]\n";
    for (kind, whole) in [
        ("python", python.to_owned()),
        ("js", js.to_owned()),
        ("python after its prompt", format!(">>> print(apps)\n{python}>>>\n")),
    ] {
        let report = check(&whole);
        assert_eq!(
            report.overall.answer,
            Answer::NothingToDo,
            "{kind}: {:#?}",
            report.read_as
        );
        assert_eq!(report.read_as.entries, 3, "{kind}: {:#?}", report.findings);
        assert_tiktok_reported(
            &whole.replace("com.tinyspeck.chatlyio", "com.zhiliaoapp.musically"),
            true,
        );
        // Cut inside its last record, wherever.
        let last = whole.rfind("'org.whispersystems").unwrap();
        for cut in [last + 5, last - 10, last + 30] {
            let text = format!("{}\n", &whole[..cut.min(whole.len() - 1)]);
            if text.trim_end().ends_with([']', '>']) {
                continue;
            }
            let report = assert_not_whole(&text);
            assert_eq!(report.read_as.entries, 2, "{kind} cut at {cut}: {text:?}");
        }
    }
    // A list of names between commas stays one.
    let list = parse_list("Slack, Zoom, 'Signal', Teams\n", support::nfkc);
    assert_eq!(list.entries.len(), 4, "{:?}", list.entries);
}

/// JSON:API's documents (SimpleMDM's, and any API written to jsonapi.org: `data` of
/// records with a `type`, an `id` and the app's fields under `attributes`): one app a
/// record, read by its attributes; `has_more` beside them says the rest is on another
/// page. (No app had been read in them.)
#[test]
fn json_api_records_are_read_by_their_attributes() {
    let page = |more: bool| {
        format!("{{\"data\":[{{\"type\":\"installed_app\",\"id\":1,\"attributes\":{{\"name\":\"Slack\",\"identifier\":\"com.tinyspeck.chatlyio\",\"version\":\"4.36\"}},\"relationships\":{{\"device\":{{\"data\":{{\"type\":\"device\",\"id\":7}}}}}}}},{{\"type\":\"installed_app\",\"id\":2,\"attributes\":{{\"name\":\"Zoom\",\"identifier\":\"us.zoom.videomeetings\"}}}}],\"has_more\":{more}}}\n")
    };
    let report = check(&page(false));
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
    assert_eq!(report.read_as.entries, 2, "{:#?}", report.findings);
    assert_tiktok_reported(
        &page(false).replace(
            "\"Zoom\",\"identifier\":\"us.zoom.videomeetings\"",
            "\"TikTok\",\"identifier\":\"com.zhiliaoapp.musically\"",
        ),
        true,
    );
    let report = assert_not_whole(&page(true));
    assert_eq!(report.read_as.entries, 2, "{:#?}", report.findings);
}

/// An Evernote export (`.enex`): each note's content is an ENML document inside CDATA,
/// its items in `<div>`s, on one line of the file or many. The apps are the content's
/// lines, each on the file's line it is written on; the note's title is its name, no
/// app. A picture in the note (`<en-media>`), encrypted text (`<en-crypt>`) or a line that
/// says the list goes on: not the whole list. (The title had been read as the one app and
/// the content's apps as the document's structure: "nothing to do".)
#[test]
fn evernote_exports_are_read_by_their_notes_content() {
    let enex = |title: &str, content: &str| {
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <!DOCTYPE en-export SYSTEM \"http://xml.evernote.com/pub/evernote-export4.dtd\">\n\
             <en-export export-date=\"20241105T091523Z\" application=\"Evernote\" version=\"10.105.4\">\n\
             \x20 <note>\n\
             \x20   <title>{title}</title>\n\
             \x20   <created>20241104T180212Z</created>\n\
             \x20   <updated>20241104T181020Z</updated>\n\
             \x20   <note-attributes>\n\
             \x20     <author>Anna</author>\n\
             \x20   </note-attributes>\n\
             \x20   <content>\n\
             \x20     <![CDATA[<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\
             <!DOCTYPE en-note SYSTEM \"http://xml.evernote.com/pub/enml2.dtd\">{content}]]>\n\
             \x20   </content>\n\
             \x20 </note>\n\
             </en-export>\n"
        )
    };
    let apps = "<en-note><div>Slack</div><div>Notes</div><div><span style=\"font-weight: bold;\">WhatsApp</span></div><div>Zoom&nbsp;Workplace</div><div><br/></div></en-note>";
    let list = parse_list(&enex("My phone apps", apps), support::nfkc);
    let read: Vec<(usize, &str)> = list.entries.iter().map(|e| (e.line, e.text.as_str())).collect();
    assert_eq!(
        read,
        [(12, "Slack"), (12, "Notes"), (12, "WhatsApp"), (12, "Zoom Workplace")],
        "{:#?}",
        list.notes
    );
    let report = check(&enex("My phone apps", apps));
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
    assert_eq!(report.read_as.entries, 4, "{:#?}", report.findings);
    // (TikTok among them: an order, not a question about a word in the document.)
    assert_tiktok_reported(&enex("My phone apps", &apps.replace("Notes", "TikTok")), true);
    // (The content written over several lines: each app on its own line.)
    let spread = "<en-note>\n<div>Slack</div>\n<div>TikTok</div>\n<ul><li><div>Zoom</div></li></ul>\n</en-note>";
    let list = parse_list(&enex("Apps", spread), support::nfkc);
    let read: Vec<(usize, &str)> = list.entries.iter().map(|e| (e.line, e.text.as_str())).collect();
    assert_eq!(read, [(13, "Slack"), (14, "TikTok"), (15, "Zoom")], "{:#?}", list.notes);
    // (A to-do list's boxes, ticked or not, are no apps.)
    let todo =
        "<en-note><div><en-todo checked=\"true\"/>Slack</div><div><en-todo checked=\"false\"/>TikTok</div></en-note>";
    assert_tiktok_reported(&enex("Apps", todo), true);
    // Not whole: a picture in the note, encrypted text, words that say more are elsewhere.
    for content in [
        "<en-note><div>Slack</div><div><en-media hash=\"4914ced8925f9adcc1c58ab87813c81f\" type=\"image/png\"/></div></en-note>",
        "<en-note><div>Slack</div><en-crypt hint=\"work\" cipher=\"AES\" length=\"128\">RU5DMI1mnQ7fKjBk9f0a57gSc9Nfbuw3uuwMKs32Y+wJGLZa</en-crypt></en-note>",
        "<en-note><div>Slack</div><div>Zoom</div><div>and 12 more</div></en-note>",
    ] {
        assert_not_whole(&enex("My phone apps", content));
    }
    // (Nor a title that says so.)
    assert_not_whole(&enex("My apps (part 1 of 2)", apps));
    // (A note whose text holds an export of its own: not read.)
    assert_not_whole(&enex(
        "Apps",
        "<en-note><div>&lt;en-export&gt;&lt;note&gt;&lt;content&gt;Slack&lt;/content&gt;&lt;/note&gt;&lt;/en-export&gt;</div></en-note>",
    ));
    // (A table in the note: a row a line, its cells apart.)
    let table =
        "<en-note><table><tr><td>TikTok</td><td>34.1.2</td></tr><tr><td>Slack</td><td>4.36</td></tr></table></en-note>";
    assert_tiktok_reported(&enex("Apps", table), true);
    // (A name struck through in the note is what it is in a typed list, `~~TikTok~~`.)
    let struck = check(&enex(
        "Apps",
        "<en-note><div>Slack</div><div><s>TikTok</s></div></en-note>",
    ));
    let typed = check("Slack\n~~TikTok~~\n");
    let outcomes = |r: &Report| {
        r.findings
            .iter()
            .map(|f| (f.input.clone(), f.outcome))
            .collect::<Vec<_>>()
    };
    assert_eq!(outcomes(&struck), outcomes(&typed));
    assert_eq!(struck.overall.answer, typed.overall.answer);
}

/// What Apple's tools print of apps' property lists as text, one after the other (a loop
/// over `/Applications/*.app/Contents/Info.plist`): PlistBuddy's `Print`, `defaults
/// read`'s old-style text and `plutil -p`. Each dictionary is one app, by its bundle's
/// name and identifier, whatever is nested in it; a dictionary not closed at the end is
/// a list cut short. (Each `key = value` line had been read as an app, a cut one too:
/// "nothing to do".)
#[test]
fn apples_property_lists_printed_as_text_are_one_app_each() {
    let buddy = |name: &str, id: &str| {
        format!(
            "Dict {{\n    CFBundleDevelopmentRegion = en\n    CFBundleExecutable = {name}\n    CFBundleIdentifier = {id}\n    CFBundleName = {name}\n    CFBundleShortVersionString = 4.36.140\n    CFBundleURLTypes = Array {{\n        Dict {{\n            CFBundleURLName = {name}\n            CFBundleURLSchemes = Array {{\n                slack\n            }}\n        }}\n    }}\n    LSMinimumSystemVersion = 10.15\n    NSHighResolutionCapable = true\n}}\n"
        )
    };
    let defaults = |name: &str, id: &str| {
        format!(
            "{{\n    BuildMachineOSBuild = 22G120;\n    CFBundleExecutable = {name};\n    CFBundleIdentifier = \"{id}\";\n    CFBundleName = {name};\n    CFBundleShortVersionString = \"4.36.140\";\n    CFBundleURLTypes =     (\n                {{\n            CFBundleURLName = {name};\n            CFBundleURLSchemes =             (\n                slack\n            );\n        }}\n    );\n    LSMinimumSystemVersion = \"10.15\";\n}}\n"
        )
    };
    let plutil = |name: &str, id: &str| {
        format!(
            "{{\n  \"BuildMachineOSBuild\" => \"22G120\"\n  \"CFBundleExecutable\" => \"{name}\"\n  \"CFBundleIdentifier\" => \"{id}\"\n  \"CFBundleName\" => \"{name}\"\n  \"CFBundleURLTypes\" => [\n    0 => {{\n      \"CFBundleURLName\" => \"{name}\"\n      \"CFBundleURLSchemes\" => [\n        0 => \"slack\"\n      ]\n    }}\n  ]\n  \"LSRequiresNativeExecution\" => 1\n}}\n"
        )
    };
    type Printer = fn(&str, &str) -> String;
    for print in [buddy as Printer, defaults, plutil] {
        let text = print("Slack", "com.tinyspeck.slackmacgap") + &print("Zoom", "us.zoom.xos");
        let report = check(&text);
        assert_eq!(
            report.overall.answer,
            Answer::NothingToDo,
            "{text}\n{:#?}",
            report.findings
        );
        assert_eq!(report.read_as.entries, 2, "{text}\n{:#?}", report.findings);
        assert_tiktok_reported(
            &(print("Slack", "com.tinyspeck.slackmacgap") + &print("TikTok", "com.zhiliaoapp.musically")),
            true,
        );
        // (Cut inside the second app's dictionary.)
        let cut: String = text
            .lines()
            .take(text.lines().count() - 6)
            .map(|l| format!("{l}\n"))
            .collect();
        assert_not_whole(&cut);
    }
}

/// A table drawn in a box from its top border (mysql's and osquery's `+---+`, SQLite's
/// and DuckDB's `┌──┐`) is closed under its last row: one whose bottom border is not
/// there was cut after the rows copied. (It had been "nothing to do".)
#[test]
fn a_boxed_table_without_its_bottom_border_was_cut() {
    let mysql = "mysql> SELECT name, package FROM apps;\n+-------+-----------------------+\n| name  | package               |\n+-------+-----------------------+\n| Slack | com.Slack             |\n| Zoom  | us.zoom.videomeetings |\n+-------+-----------------------+\n2 rows in set (0.00 sec)\n";
    let boxed = "┌───────┬───────────────────────┐\n│ name  │ package               │\n├───────┼───────────────────────┤\n│ Slack │ com.Slack             │\n│ Zoom  │ us.zoom.videomeetings │\n└───────┴───────────────────────┘\n";
    for whole in [mysql, boxed] {
        let report = check(whole);
        assert_eq!(
            report.overall.answer,
            Answer::NothingToDo,
            "{whole}\n{:#?}",
            report.read_as
        );
        assert_eq!(report.read_as.entries, 2, "{whole}\n{:#?}", report.findings);
        // (Cut after the last row copied, before the border under it.)
        let at = whole.find("| Zoom").or_else(|| whole.find("│ Zoom")).unwrap();
        let cut = &whole[..at + whole[at..].find('\n').unwrap() + 1];
        let report = assert_not_whole(cut);
        assert_eq!(report.read_as.entries, 2, "{cut}\n{:#?}", report.findings);
    }
    // (Markdown's table has no border over its header, nor under its rows.)
    let report = check("| name | package |\n|---|---|\n| Slack | com.Slack |\n| Zoom | us.zoom.videomeetings |\n");
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.read_as);
}

/// The Windows registry's uninstall keys, where Apps & features finds what is installed:
/// as `reg query …\Uninstall /s` prints them (each key's path, then its values, `Name
/// REG_SZ Data`, four spaces apart; `End of search: N match(es) found.` at the end) and as
/// regedit exports them (`.reg`: `[key]`, `"DisplayName"="…"`). Each key with a
/// `DisplayName` is one app; a key without one (a component, a patch) is none; `reg
/// query /s`'s output without its last line was cut, as is one whose count of
/// `DisplayName`s found is more than are here. (Every key, value and type had been an
/// app: "nothing to do".)
#[test]
fn windows_registry_uninstall_keys_are_one_app_each() {
    let key = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall";
    let query = |apps: &[(&str, &str)], end: bool| {
        let mut out = format!("C:\\Users\\anna>reg query {key} /s\r\n\r\n{key}\\AddressBook\r\n\r\n");
        for (sub, name) in apps {
            out += &format!("{key}\\{sub}\r\n    DisplayName    REG_SZ    {name}\r\n    DisplayVersion    REG_SZ    4.36.140\r\n    Publisher    REG_SZ    Example, Inc.\r\n    NoModify    REG_DWORD    0x1\r\n    EstimatedSize    REG_DWORD    0x1a2b3\r\n\r\n");
        }
        if end {
            out += "End of search: 13 match(es) found.\r\n";
        }
        out
    };
    let apps = [
        ("{5F8B2F0E-9D8C-4E1A-A3B7-1C2D3E4F5A6B}", "Slack"),
        ("ZoomUMX", "Zoom Workplace"),
    ];
    let report = check(&query(&apps, true));
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.findings);
    assert_eq!(report.read_as.entries, 2, "{:#?}", report.findings);
    assert_tiktok_reported(&query(&[apps[0], ("TikTok", "TikTok")], true), true);
    assert_not_whole(&query(&apps, false));
    // (`/v DisplayName`: the count is of the names, three found, two here.)
    let names = format!(
        "{key}\\Slack\r\n    DisplayName    REG_SZ    Slack\r\n\r\n{key}\\Zoom\r\n    DisplayName    REG_SZ    Zoom Workplace\r\n\r\nEnd of search: 3 match(es) found.\r\n"
    );
    assert_not_whole(&names);
    assert_eq!(
        check(&names.replace("3 match", "2 match")).overall.answer,
        Answer::NothingToDo
    );
    // regedit's export.
    let export = |name: &str| {
        format!(
            "Windows Registry Editor Version 5.00\r\n\r\n[{key}\\Zoom]\r\n\"DisplayName\"=\"Zoom Workplace\"\r\n\"DisplayVersion\"=\"6.0.2\"\r\n\"EstimatedSize\"=dword:0001a2b3\r\n\"ModifyPath\"=hex(2):4d,00,73,00,69,00,\\\r\n  65,00,78,00,00,00\r\n\r\n[{key}\\Other]\r\n\"DisplayName\"=\"{name}\"\r\n\"Publisher\"=\"Example \\\"Quoted\\\" Inc.\"\r\n\r\n[{key}\\KB5034441]\r\n\"ParentKeyName\"=\"OperatingSystem\"\r\n\r\n"
        )
    };
    let report = check(&export("Slack"));
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.findings);
    assert_eq!(report.read_as.entries, 2, "{:#?}", report.findings);
    assert_tiktok_reported(&export("TikTok"), true);
}

/// A Brewfile, as `brew bundle dump` writes what Homebrew installed on a Mac: each
/// formula (`brew`), cask (`cask`) and App Store app (`mas "Name", id: N`, by its store
/// id) an app; a tap, an editor's extension (`vscode`) and a comment none. (Each line had
/// been an app as written, `cask "slack"`, and `mas`'s id an app of its own.)
#[test]
fn a_brewfile_is_read_by_its_directives() {
    let brewfile = |last: &str| {
        format!(
            "# Brewfile\ntap \"homebrew/bundle\"\ntap \"homebrew/cask-fonts\"\nbrew \"git\"\nbrew \"wget\", link: false\ncask \"slack\"\ncask \"zoom\", args: {{ appdir: \"~/Applications\" }}\nmas \"Xcode\", id: 497799835\n{last}\nvscode \"ms-python.python\"\n"
        )
    };
    let list = parse_list(&brewfile("mas \"WhatsApp\", id: 310633997"), support::nfkc);
    let read: Vec<(&str, Option<&str>)> = list
        .entries
        .iter()
        .map(|e| (e.name.as_deref().unwrap_or(&e.text), e.identifier.as_deref()))
        .collect();
    assert_eq!(
        read,
        [
            ("git", None),
            ("wget", None),
            ("slack", None),
            ("zoom", None),
            ("Xcode", Some("497799835")),
            ("WhatsApp", Some("310633997"))
        ],
        "{:#?}",
        list.notes
    );
    let report = check(&brewfile("mas \"WhatsApp\", id: 310633997"));
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.findings);
    assert_tiktok_reported(&brewfile("mas \"TikTok\", id: 835599320"), true);
}

/// A YAML document of apps (fleetctl's `--yaml`, an inventory script's, Ansible's): read
/// as the tree JSON, TOML and XML are, each record with a name or an identifier one app,
/// whatever its depth; block and flow style, comments, several documents. A last record
/// with fewer of the keys the one above has, or a quoted string never closed, is a list
/// cut short. A typed list whose items have a remark after a colon is no YAML. (Each key's
/// line had been an app, the name and the identifier two.)
#[test]
fn yaml_documents_are_read_by_their_records() {
    let fleet = |third: &str| {
        format!(
            "---\napiVersion: v1\nkind: software  # as fleetctl prints it\nspec:\n  software:\n  - name: Slack\n    version: 4.36.140\n    source: apps\n    bundle_identifier: com.tinyspeck.slackmacgap\n  - name: \"zoom.us\"\n    version: '6.0.2'\n    source: apps\n    bundle_identifier: us.zoom.xos\n{third}"
        )
    };
    let list = parse_list(&fleet(""), support::nfkc);
    let read: Vec<(usize, &str, Option<&str>)> = list
        .entries
        .iter()
        .map(|e| (e.line, e.name.as_deref().unwrap_or(&e.text), e.identifier.as_deref()))
        .collect();
    assert_eq!(
        read,
        [
            (6, "Slack", Some("com.tinyspeck.slackmacgap")),
            (10, "zoom.us", Some("us.zoom.xos"))
        ],
        "{:#?}",
        list.notes
    );
    let report = check(&fleet(""));
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.findings);
    assert_tiktok_reported(
        &fleet("  - name: TikTok\n    version: 34.1.2\n    source: apps\n    bundle_identifier: com.zhiliaoapp.musically\n"),
        true,
    );
    // Cut: the last record short of the keys above, or inside a quoted string.
    assert_not_whole(&fleet("  - name: Notion\n    version: 3.1\n"));
    assert_not_whole(&fleet("  - name: \"Noti\n"));
    // (A record without a key in its middle, the tool's optional field, is whole: a copy
    // cut inside a record keeps its first keys.)
    let report = check(&fleet(
        "  - name: Notion\n    version: 3.1\n    bundle_identifier: notion.id\n",
    ));
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.findings);
    // Flow style, under a key for apps.
    let flow = "apps:\n- {name: Slack, id: com.tinyspeck.chatlyio}\n- {name: 'Zoom', id: us.zoom.videomeetings}\n";
    let report = check(flow);
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.findings);
    assert_eq!(report.read_as.entries, 2, "{:#?}", report.findings);
    assert_tiktok_reported(
        &flow.replace(
            "'Zoom', id: us.zoom.videomeetings",
            "TikTok, id: com.zhiliaoapp.musically",
        ),
        true,
    );
    // (A typed list with remarks after colons stays a typed list: two apps.)
    let typed = check("- Slack: work chat\n- TikTok: videos\n");
    assert_eq!(typed.read_as.entries, 2, "{:#?}", typed.findings);
    assert_tiktok_reported("- Slack: work chat\n- TikTok: videos\n", true);
}

/// A device's record whose apps are a list of names under a key for apps (`apps =
/// ["Outlook", "WhatsApp"]` in TOML, `"apps": [...]` in JSON, YAML's): the names are the
/// apps, and the device's own name is none. (The device's name had been the one app and
/// the names left out: "nothing to do".)
#[test]
fn names_under_a_devices_key_for_apps_are_its_apps() {
    for text in [
        "[device]\nname = \"Jane's iPhone\"\napps = [\"Outlook\", \"WhatsApp\", \"Authenticator\"]\n",
        "{\"device\": {\"name\": \"Jane's iPhone\", \"apps\": [\"Outlook\", \"WhatsApp\", \"Authenticator\"]}}\n",
        "{\"name\": \"Jane's iPhone\", \"os\": \"iOS 17.2\", \"installed_apps\": [\"Outlook\", \"WhatsApp\", \"Authenticator\"]}\n",
        "device:\n  name: Jane's iPhone\n  apps:\n  - Outlook\n  - WhatsApp\n  - Authenticator\n",
    ] {
        let list = parse_list(text, support::nfkc);
        let read: Vec<&str> = list.entries.iter().map(|e| e.name.as_deref().unwrap_or(&e.text)).collect();
        assert_eq!(read, ["Outlook", "WhatsApp", "Authenticator"], "{text}");
        assert_eq!(check(text).overall.answer, Answer::NothingToDo, "{text}");
        assert_tiktok_reported(&text.replace("WhatsApp", "TikTok"), true);
    }
}

/// Records of `Key : value` lines (PowerShell's list view: `Get-AppxPackage`,
/// `Get-WmiObject Win32_Product | Format-List`; osquery's and SQLite's line mode) whose
/// last record has only the first of the keys each record before it has, in their
/// order: the copy ended inside it. (It had been "nothing to do".)
#[test]
fn a_list_views_last_record_with_only_its_first_keys_was_cut() {
    let appx = |name: &str, family: &str| {
        format!(
            "Name              : {name}\nPublisher         : CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US\nArchitecture      : X64\nResourceId        :\nVersion           : 1.18.3181.0\nPackageFullName   : {name}_1.18.3181.0_x64__8wekyb3d8bbwe\nInstallLocation   : C:\\Program Files\\WindowsApps\\{name}_1.18.3181.0_x64__8wekyb3d8bbwe\nIsFramework       : False\nPackageFamilyName : {family}\nStatus            : Ok\n\n"
        )
    };
    let product = |id: &str, name: &str| {
        format!("IdentifyingNumber : {{{id}}}\nName              : {name}\nVendor            : Example, Inc.\nVersion           : 5.17.5\nCaption           : {name}\n\n")
    };
    let osquery = |name: &str, id: &str| {
        format!("             name = {name}\nbundle_identifier = {id}\n          version = 4.36.140\n\n")
    };
    let texts = [
        appx(
            "Microsoft.WindowsCalculator",
            "Microsoft.WindowsCalculator_8wekyb3d8bbwe",
        ) + &appx("SpotifyAB.SpotifyMusic", "SpotifyAB.SpotifyMusic_zpdnekdrzrea0")
            + &appx("Microsoft.WindowsTerminal", "Microsoft.WindowsTerminal_8wekyb3d8bbwe"),
        product(
            "90160000-008C-0000-1000-0000000FF1CE",
            "Office 16 Click-to-Run Extensibility Component",
        ) + &product("1C1F0B3E-45F9-4F0B-8C87-2B34C8B1B2C4", "Zoom(64bit)")
            + &product("8A2F3B4C-1D2E-4F5A-9B8C-7D6E5F4A3B2C", "Google Chrome"),
        osquery("Slack.app", "com.tinyspeck.slackmacgap")
            + &osquery("zoom.us.app", "us.zoom.xos")
            + &osquery("Microsoft Outlook.app", "com.microsoft.Outlook"),
    ];
    for whole in texts {
        let report = check(&whole);
        assert_eq!(
            report.overall.answer,
            Answer::NothingToDo,
            "{whole}\n{:#?}",
            report.read_as
        );
        assert_eq!(report.read_as.entries, 3, "{whole}\n{:#?}", report.findings);
        // (Cut after the last record's second key.)
        let last = whole.trim_end().rfind("\n\n").unwrap() + 2;
        let cut: String = whole[..last].to_owned()
            + &whole[last..]
                .lines()
                .take(2)
                .map(|l| format!("{l}\n"))
                .collect::<String>();
        assert_not_whole(&cut);
    }
}

/// `pm list packages -f`'s line is the APK's path, `=`, then the package: a last line
/// that ends in the path, `…/base.ap`, was cut before its package. (The path's last piece
/// had been read as an app: "nothing to do".)
#[test]
fn pm_list_packages_f_cut_before_its_package() {
    let whole = "package:/data/app/~~Zq1w2e3r4t5y==/com.whatsapp-AbCdEf==/base.apk=com.whatsapp\npackage:/data/app/~~Aa1Bb2Cc3==/com.google.android.youtube-XyZ==/base.apk=com.google.android.youtube\npackage:/system/app/Calculator/Calculator.apk=com.android.calculator2\n";
    let report = check(whole);
    assert_eq!(report.overall.answer, Answer::NothingToDo, "{:#?}", report.findings);
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);
    let cut = &whole[..whole.rfind("Calculator.apk").unwrap() + "Calculator.ap".len()];
    let report = assert_not_whole(cut);
    assert_eq!(report.read_as.entries, 2, "{:#?}", report.findings);
}

/// A command typed at a prompt over a tool's output (`PS C:\> winget list`, `$ snap
/// list`): the output read as that tool's, the command its frame. (The table had been
/// read line by line, its header's words and whole rows apps.)
#[test]
fn a_prompts_command_over_a_tools_table() {
    let winget = "Name                                   Id                                     Version          Available Source\n----------------------------------------------------------------------------------------------------------------\nMicrosoft Edge                         Microsoft.Edge                         120.0.2210.91              winget\nTikTok                                 BytedancePte.Ltd.TikTok_6yccndn6064se  1.0.41.0\nZoom                                   Zoom.Zoom                              5.17.5.31030     5.17.7    winget\n";
    let snap = "Name      Version    Rev    Tracking         Publisher   Notes\ncore22    20240111   1122   latest/stable    canonical✓  base\nfirefox   121.0.1-1  3626   latest/stable/…  mozilla✓    -\nslack     4.36.140   132    latest/stable    slack✓      -\n";
    for (prompt, table, apps) in [
        ("PS C:\\> winget list", winget, 3),
        ("anna@laptop:~$ snap list", snap, 3),
    ] {
        let bare = parse_list(table, support::nfkc);
        let framed = parse_list(&format!("{prompt}\n{table}"), support::nfkc);
        assert_eq!(framed.format, bare.format, "{prompt}");
        let lines = |list: &appcheck::list::AppList| {
            list.entries
                .iter()
                .map(|e| (e.line, e.text.clone()))
                .collect::<Vec<_>>()
        };
        let shifted: Vec<(usize, String)> = lines(&bare).into_iter().map(|(n, t)| (n + 1, t)).collect();
        assert_eq!(lines(&framed), shifted, "{prompt}");
        assert_eq!(framed.entries.len(), apps, "{prompt}");
    }
    assert_tiktok_reported(&format!("PS C:\\> winget list\n{winget}"), true);
}

/// A tool's table whose every row has its columns (`snap list`, `dpkg -l`, `winget
/// list`), but whose last row has its first cell alone, the rest of the line not there:
/// the copy ended inside that row. (It had been "nothing to do".)
#[test]
fn a_tools_last_row_of_its_first_cell_alone_was_cut() {
    let snap = "Name      Version         Rev    Tracking         Publisher   Notes\ncore22    20231123        1033   latest/stable    canonical✓  base\nfirefox   121.0-1         3504   latest/stable    mozilla✓    -\nslack     4.35.131        118    latest/stable    slack✓      -\n";
    let dpkg = "Desired=Unknown/Install/Remove/Purge/Hold\n| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend\n|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)\n||/ Name           Version      Architecture Description\n+++-==============-============-============-=================================\nii  firefox        121.0        amd64        Mozilla Firefox web browser\nii  slack-desktop  4.36.140     amd64        Slack Desktop\nii  vlc            3.0.20       amd64        multimedia player\n";
    let winget = "Name                                   Id                                     Version          Available Source\n----------------------------------------------------------------------------------------------------------------\nMicrosoft Edge                         Microsoft.Edge                         120.0.2210.91              winget\nZoom                                   Zoom.Zoom                              5.17.5.31030     5.17.7    winget\nSlack                                  SlackTechnologies.Slack                4.36.140                   winget\n";
    for (whole, cut) in [(snap, "zoom-cl\n"), (dpkg, "ii  zoom\n"), (winget, "Notion\n")] {
        let report = check(whole);
        assert_eq!(
            report.overall.answer,
            Answer::NothingToDo,
            "{whole}\n{:#?}",
            report.read_as
        );
        assert_not_whole(&format!("{whole}{cut}"));
        // (Cut at the line's end: the last row whole.)
        let report = check(whole.trim_end());
        assert_eq!(
            report.overall.answer,
            Answer::NothingToDo,
            "{whole}\n{:#?}",
            report.read_as
        );
    }
}

/// `system_profiler SPApplicationsDataType`'s last app with only the first of the details
/// every app above has, and `winget list`'s last row ending before the column every row
/// above has its second cell in (a name of several words cut inside it): the copy ended
/// inside that row. (Both had been "nothing to do".)
#[test]
fn a_tools_last_row_or_record_short_of_the_rows_above() {
    let app = |name: &str| {
        format!("    {name}:\n\n      Version: 4.36.140\n      Obtained from: Identified Developer\n      Last Modified: 12/01/2024, 10:42\n      Kind: Apple Silicon\n      Location: /Applications/{name}.app\n\n")
    };
    let profiler = format!(
        "Applications:\n\n{}{}{}",
        app("Slack"),
        app("zoom.us"),
        app("Microsoft Outlook")
    );
    assert_eq!(check(&profiler).overall.answer, Answer::NothingToDo);
    let cut = profiler[..profiler.rfind("      Obtained from").unwrap()].to_owned();
    assert_not_whole(&cut);
    let winget = "Name                                   Id                                     Version          Available Source\n----------------------------------------------------------------------------------------------------------------\nMicrosoft Edge                         Microsoft.Edge                         120.0.2210.91              winget\nZoom                                   Zoom.Zoom                              5.17.5.31030     5.17.7    winget\n";
    assert_eq!(check(winget).overall.answer, Answer::NothingToDo);
    assert_not_whole(&format!("{winget}Microsoft Visual C++ 2015-2022 Red\n"));
    // (A last row that reaches the next column is whole.)
    let whole = format!("{winget}Microsoft Visual C++ 2015-2022 Redist… Microsoft.VCRedist.2015+.x64           14.38.33130.0              winget\n");
    assert_eq!(check(&whole).overall.answer, Answer::NothingToDo);
}

/// A TOML line that gives a key for apps an array of names, alone (`apps = ["Outlook",
/// "TikTok"]`): the names are the apps. (The line had been read as a record with no app
/// in it, TikTok only asked about.)
#[test]
fn a_toml_array_of_names_alone() {
    let text = "apps = [\"Outlook\", \"WhatsApp\", \"Authenticator\"]\n";
    let list = parse_list(text, support::nfkc);
    let read: Vec<&str> = list
        .entries
        .iter()
        .map(|e| e.name.as_deref().unwrap_or(&e.text))
        .collect();
    assert_eq!(read, ["Outlook", "WhatsApp", "Authenticator"]);
    assert_eq!(check(text).overall.answer, Answer::NothingToDo);
    assert_tiktok_reported(&text.replace("WhatsApp", "TikTok"), true);
    // (A line of words with an equals sign is no TOML: `apps = Slack, Zoom`.)
    assert_eq!(
        parse_list("apps = Slack, Zoom\n", support::nfkc).format,
        appcheck::list::Format::ListView
    );
}

/// `system_profiler SPApplicationsDataType`'s text ending in an app's name, `Microsoft
/// Outlook:`, where every app above has its details under it: the copy ended there.
#[test]
fn system_profilers_last_app_without_the_details_every_app_above_has() {
    let app =
        |name: &str| format!("    {name}:\n\n      Version: 4.36.140\n      Location: /Applications/{name}.app\n\n");
    let profiler = format!("Applications:\n\n{}{}", app("Slack"), app("zoom.us"));
    assert_eq!(check(&profiler).overall.answer, Answer::NothingToDo);
    let report = assert_not_whole(&format!("{profiler}    Microsoft Outlook:\n"));
    assert_eq!(report.read_as.entries, 3, "{:#?}", report.findings);
}

/// A tool's table with a rule of dashes under its header (PowerShell's `Format-Table`,
/// `Get-Package`, `scoop list`), whose last row ends before a column every row above
/// reaches: the copy ended inside that row, whatever ends the text. (With a line break
/// after it, it had been "nothing to do".) A last row that reaches that column is whole,
/// its later cells empty or not.
#[test]
fn a_dashed_tables_last_row_short_of_a_column_every_row_reaches() {
    let package = "Name                           Version          Source                           ProviderName\n----                           -------          ------                           ------------\nMicrosoft Edge                 120.0.2210.91                                     Programs\nZoom                           5.17.5 (31030)   C:\\Program Files\\Zoom\\bin\\       msi\n";
    let scoop = "Name   Version  Source Updated             Info\n----   -------  ------ -------             ----\n7zip   23.01    main   2024-01-02 10:11:12\ngit    2.43.0   main   2024-01-02 10:11:40\nvscode 1.85.1   extras 2024-01-05 09:01:02\n";
    let appx = "Name                                   PackageFullName\n----                                   ---------------\nMicrosoft.WindowsCalculator            Microsoft.WindowsCalculator_11.2307.4.0_x64__8wekyb3d8bbwe\nSpotifyAB.SpotifyMusic                 SpotifyAB.SpotifyMusic_1.226.1005.0_x86__zpdnekdrzrea0\n";
    for (whole, cut, more) in [
        (
            package,
            "Google Chrome                  120.0.6\n",
            "Google Chrome                  120.0.6099.130                                    Programs\n",
        ),
        (scoop, "zo\n", "zoom   5.17.5   extras 2024-01-05 09:01:02 \n"),
    ] {
        assert_eq!(check(whole).overall.answer, Answer::NothingToDo, "{whole}");
        assert_eq!(
            check(&format!("{whole}{more}")).overall.answer,
            Answer::NothingToDo,
            "{whole}{more}"
        );
        assert_not_whole(&format!("{whole}{cut}"));
        assert_not_whole(&format!("{whole}{}", cut.trim_end()));
    }
    // (The last column may be empty in a whole row, where every row above fills it: scoop's
    // `Info`, a table's version a database left empty, `Get-AppxPackage`'s second column.
    // A row short of only that column is whole.)
    let info = "Name     Version  Source Updated             Info\n----     -------  ------ -------             ----\n7zip     23.01    main   2024-01-02 10:11:12 Global install\ngit      2.43.0   main   2024-01-02 10:12:01 Global install\nvscode   1.85.1   extras 2024-01-02 10:13:40 Global install\nzoom     5.17.5   extras 2024-01-03 08:00:00\n";
    let sqlite = "name               version\n-----------------  --------\nMicrosoft Outlook  4.2351\nSlack              23.12.10\nWhatsApp           2.23.25\nZoom\n";
    // (Without the line break after it, a table of two columns' last row of one cell is
    // still read as cut before its second: the copy may have stopped there.)
    for whole in [info, sqlite, &format!("{appx}Microsoft.WindowsTerminal\n")] {
        assert_eq!(check(whole).overall.answer, Answer::NothingToDo, "{whole}");
    }
    assert_eq!(check(info.trim_end()).overall.answer, Answer::NothingToDo, "{info}");
}

/// A tool's table then the console's next prompt, the copy ending at it (`user@host:~$`,
/// `PS C:\Users\anna>`, `anna@MacBook-Pro ~ %`): whole. (After `snap list` the prompt had
/// been read as a row cut short.)
#[test]
fn a_tools_table_then_the_next_prompt_is_whole() {
    let snap = "user@host:~$ snap list\nName      Version    Rev    Tracking       Publisher   Notes\ncore22    20231123   1033   latest/stable  canonical** base\nfirefox   121.0-1    3600   latest/stable  mozilla**   -\nslack     4.36.140   127    latest/stable  slack**     -\nsnapd     2.60.4     20290  latest/stable  canonical** snapd\n";
    for prompt in [
        "user@host:~$",
        "anna@MacBook-Pro ~ %",
        "root@host:~#",
        "PS C:\\Users\\anna>",
        "C:\\Users\\anna>",
    ] {
        for end in ["\n", ""] {
            let text = format!("{snap}{prompt}{end}");
            let report = check(&text);
            assert_eq!(report.read_as.account.unread, 0, "{text}\n{:#?}", report.notes);
        }
    }
    // (A row cut short above the prompt is still cut.)
    assert_not_whole(&format!("{snap}zo\n"));
}

/// Every list of the corpora and the format samples that reads as text, with its path, in
/// the order of their paths: what the sweeps below go over.
fn corpus_texts() -> Vec<(std::path::PathBuf, String)> {
    let mut texts = Vec::new();
    for dir in ["tests/corpus", "tests/corpus2", "tests/fixtures/formats"] {
        let mut files: Vec<_> = std::fs::read_dir(support::root().join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        texts.extend(
            files
                .into_iter()
                .filter_map(|path| Some((path.clone(), std::fs::read_to_string(&path).ok()?))),
        );
    }
    texts
}

/// A sweep over every list in the corpora and the format samples: one read whole (no
/// line unread) is whole without its last line break too, as a copy that stops at the
/// end of its last line has none (a browser's or a terminal's selection). The rules for a
/// copy cut inside its last line weigh that line's shape, not the break. (A tool's count
/// under the rows, `(2 rows)`, `2 of 2 records found`, `7 package(s)`, and a record of
/// `key: value` lines set apart by blank lines had been read as a row cut short without
/// it. A page's line of one cell under tabbed rows, a pager's `« Previous 1 Next »`, a
/// screen's `Confirm list`, still is, with no break after it: not in the corpora.)
#[test]
fn a_whole_list_is_whole_without_its_last_line_break() {
    let mut problems = Vec::new();
    let mut swept = 0;
    for (path, text) in corpus_texts() {
        if !text.ends_with('\n') || path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        if check(&text).read_as.account.unread > 0 {
            continue;
        }
        swept += 1;
        let report = check(text.trim_end_matches(['\n', '\r']));
        if report.read_as.account.unread > 0 {
            problems.push(format!("{}: {:?}", path.display(), report.notes));
        }
    }
    // (And shapes the corpora lack: a count under a table of tabs, psql's, records of
    // `key: value` lines apart by blank lines.)
    for text in [
        "Application\tVersion\nSlack\t4.38\nZoom\t6.0.11\n2 of 2 records found\n",
        " id |  app_name  | version\n----+------------+---------\n  1 | Slack      | 23.10\n  2 | Zoom       | 5.16\n(2 rows)\n",
        "Name: Slack\nVersion: 4.1\n\nName: Zoom\nVersion: 5.2\n\nName: Outlook\nVersion: 1.0\n",
    ] {
        assert_eq!(check(text).read_as.account.unread, 0, "{text}");
        swept += 1;
        let report = check(text.trim_end());
        if report.read_as.account.unread > 0 {
            problems.push(format!("{text:?}: {:?}", report.notes));
        }
    }
    // (A record cut after its first key is still cut.)
    assert_not_whole("Name: Slack\nVersion: 4.1\n\nName: Zoom\nVersion: 5.2\n\nName: Outlook");
    assert!(swept >= 150, "{swept} lists swept");
    assert!(
        problems.is_empty(),
        "{} of {swept}:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Whole lists copied to the end of their last line, with no line break after it, whose
/// last line has a shape that had been read as a copy cut inside it (a red team of real
/// tools' outputs): PowerShell 5's `...` shortening a cell inside a bracket, a table's
/// dash for none, a left-aligned last column of values as long as each other above a
/// shorter one, names written as a sentence ending in an identifier and a full stop.
#[test]
fn a_whole_last_line_that_only_looks_cut() {
    for text in [
        "Name                           Version          Source                           ProviderName\n----                           -------          ------                           ------------\n7-Zip 18.05 (x64)              18.05                                             Programs\nCCleaner                       5.47                                              Programs\nAdblock Plus for IE (32-bit... 1.6                                               msi",
        "Name                                     Architecture\n----                                     ------------\nMicrosoft.LanguageExperiencePacken-GB    Neutral\nMicrosoft.WindowsStore                   Neutral\nMicrosoft.ZuneMusic                      Neutral\nSpotifyAB.SpotifyMusic                   X86",
        "| App | Version |\n|-----|---------|\n| Microsoft Outlook | 4.2351.0 |\n| Slack | 23.12.10 |\n| WhatsApp | 2.23.25 |\n| Company Portal | - |",
        "App\tVersion\tSource\nMicrosoft Outlook\t4.2351.0\tApp Store\nSlack\t23.12.10\tApp Store\nWhatsApp\t2.23.25\tApp Store\nCompany Portal\t5.2312.0\t-",
        "Slack, Outlook, zoom.us.",
    ] {
        assert_nothing_to_do(text);
    }
    // (Cut as they may be, they are still cut: a bracket opened and written in, a value
    // cut at a dash or short of its column's, an identifier at a dot.)
    assert_not_whole("Name                           Version          Source                           ProviderName\n----                           -------          ------                           ------------\n7-Zip 18.05 (x64)              18.05                                             Programs\nCCleaner                       5.47                                              Programs\nAdblock Plus for IE (32-bit");
    assert_not_whole("App\tVersion\tSource\nMicrosoft Outlook\t4.2351.0\tApp Store\nSlack\t23.12.10\tApp Store\nWhatsApp\t2.23.25\tApp Store\nCompany Portal\t5.2312.0\tApp");
    assert_not_whole("package:com.whatsapp\npackage:com.slack\npackage:com.");
}

/// A list view's records each ending in a property with no value (`Format-List` writes
/// every property, an empty one too: `ResourceId        :`, `Source       :`): the last
/// record is whole. (Its empty field had been read as a heading with nothing under it.)
#[test]
fn a_list_views_empty_last_field_is_no_heading() {
    let appx = "Name              : Microsoft.WindowsCalculator\nVersion           : 11.2311.0.0\nResourceId        :\n\nName              : SpotifyAB.SpotifyMusic\nVersion           : 1.227.907.0\nResourceId        :\n";
    let package = "Name         : Zoom\nVersion      : 5.17.5\nProviderName : Programs\nSource       :\n\nName         : Slack\nVersion      : 4.36.140\nProviderName : Programs\nSource       :\n";
    for text in [appx, package] {
        assert_nothing_to_do(text);
        assert_nothing_to_do(text.trim_end());
    }
    // (A record cut after its first keys is still cut.)
    assert_not_whole(&format!("{appx}\nName              : Microsoft.ZuneMusic\n"));
}

/// A sweep over the corpora and the format samples: each list read whole, cut in the
/// middle of a word of its last line. Where the cut is found with the text ending there, it
/// is found with a line break after it too (a copy pasted with one, a file saved so): the
/// line's shape says it was cut, not the break. (`com.microsoft.Office.Outloo`,
/// `package:com.f`, `[10/07/20, 12:04:1`, `/Applications/Micros` had been "nothing to do"
/// with a line break after them.) Not a row of fewer cells than the row above (a CSV
/// export's, tabbed columns'): with a break after it, that may be a row without its
/// optional cells, or the page's own line under the rows, `« Previous 1 Next »`.
#[test]
fn a_last_line_cut_inside_a_word_is_cut_whatever_follows_it() {
    let (mut swept, mut problems) = (0, Vec::new());
    for (path, text) in corpus_texts() {
        let text = text.trim_end();
        if check(text).overall.answer != Answer::NothingToDo {
            continue;
        }
        // (Cut in the middle of the last line, between two letters or digits.)
        let last = text.rsplit('\n').next().unwrap_or("");
        let chars: Vec<char> = last.chars().collect();
        let half = chars.len() / 2;
        if chars.len() < 6 || !chars[half - 1].is_alphanumeric() || !chars[half].is_alphanumeric() {
            continue;
        }
        let cut = format!(
            "{}{}",
            &text[..text.len() - last.len()],
            chars[..half].iter().collect::<String>()
        );
        let bare = check(&cut);
        let above = text[..text.len() - last.len()]
            .trim_end()
            .rsplit('\n')
            .next()
            .unwrap_or("");
        let fewer_cells = chars[..half].iter().filter(|&&c| c == '\t').count() < above.matches('\t').count();
        if bare.overall.answer == Answer::NothingToDo
            || bare.read_as.format == appcheck::list::Format::Csv
            || fewer_cells
        {
            continue;
        }
        swept += 1;
        if check(&format!("{cut}\n")).overall.answer == Answer::NothingToDo {
            problems.push(format!(
                "{}: {:?}",
                path.display(),
                &chars[..half].iter().collect::<String>()
            ));
        }
    }
    assert!(swept >= 25, "{swept} cuts swept");
    assert!(
        problems.is_empty(),
        "{} of {swept}:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// A record's last line cut inside its key, or right after it (`      Versi` under
/// `    zoom.us:` in `system_profiler`'s text, `PackageFullN` in `Get-AppxPackage`'s list
/// view, `Version` without its colon): the beginning of the key every record above has
/// next, so the copy ended inside that record, whatever ends the text. And
/// `system_profiler`'s app name at the apps' indent without its colon (`    zoom.u`): cut
/// inside the name. (Each had been "nothing to do".) A whole record list, and one with a
/// name typed by hand under it, stay whole.
#[test]
fn a_records_last_line_cut_inside_its_key() {
    let app = |name: &str| {
        format!("    {name}:\n\n      Version: 4.36.140\n      Obtained from: Identified Developer\n      Location: /Applications/{name}.app\n\n")
    };
    let profiler = format!("Applications:\n\n{}{}", app("Slack"), app("zoom.us"));
    assert_eq!(check(&profiler).overall.answer, Answer::NothingToDo);
    let typed = format!("{profiler}Signal\n");
    assert_eq!(check(&typed).overall.answer, Answer::NothingToDo, "{typed}");
    let appx = "Name              : Microsoft.WindowsCalculator\nPublisher         : CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US\nPackageFullName   : Microsoft.WindowsCalculator_11.2307.4.0_x64__8wekyb3d8bbwe\n\nName              : SpotifyAB.SpotifyMusic\nPublisher         : CN=5F0E8E3B-F6A4-4AB5-A2A8-F1CB7C3F4D3E\nPackageFullName   : SpotifyAB.SpotifyMusic_1.226.1005.0_x86__zpdnekdrzrea0\n\n";
    assert_eq!(check(appx).overall.answer, Answer::NothingToDo);
    let cuts = [
        format!("{profiler}    Microsoft Outlook:\n\n      Versi"),
        format!("{profiler}    Microsoft Outlook:\n\n      Version"),
        format!("{profiler}    Microsoft Outlook:\n\n      Version: 16.80\n      Obtained fr"),
        format!("{profiler}    zoom.u"),
        format!("{profiler}    Microsoft Outl"),
        format!(
            "{appx}Name              : Zoom.Zoom\nPublisher         : CN=Zoom Video Communications, Inc.\nPackageFullN"
        ),
        format!("{appx}Name              : Zoom.Zoom\nPubl"),
        format!("{appx}Na"),
    ];
    for cut in &cuts {
        assert_not_whole(cut);
        assert_not_whole(&format!("{cut}\n"));
    }
}

/// A Linux package list's last line that begins a package's row but is not one (`rpm
/// -qa`'s `zoom-6.0.2.46` or `….x8` under full rows, with a signing key's `gpg-pubkey-…`
/// among them; `apt list`'s `zoom/jammy 6.0`; `dpkg -l`'s `ii  zoo`): the copy ended
/// inside that row, whatever ends the text. (Each had been "nothing to do".) A whole list,
/// and one with a remark, a count or a host's name typed under it, stay whole: so does a
/// word alone, `zoo` or `thanks`, which can't be told apart (red team rt4).
#[test]
fn a_package_lists_last_row_begun_and_not_finished() {
    let rpm = "bash-5.2.26-3.fc40.x86_64\nfirefox-125.0.3-1.fc40.x86_64\ngpg-pubkey-3c3359c4-5c6ae44d\nzoom-6.0.2.4680-1.x86_64\nslack-4.38.125-0.1.el8.x86_64\n";
    let apt = "Listing... Done\nbash/jammy,now 5.1-6ubuntu1 amd64 [installed]\nfirefox/jammy,now 125.0.3+build1-0ubuntu0.22.04.1 amd64 [installed]\nslack-desktop/jammy,now 4.38.125 amd64 [installed]\n";
    let dpkg = "Desired=Unknown/Install/Remove/Purge/Hold\n| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend\n|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)\n||/ Name           Version      Architecture Description\n+++-==============-============-============-=================================\nii  bash           5.1-6ubuntu1 amd64        GNU Bourne Again SHell\nii  firefox        125.0.3      amd64        Mozilla Firefox\nii  slack-desktop  4.38.125     amd64        Slack Desktop\n";
    for whole in [rpm, apt, dpkg] {
        assert_eq!(check(whole).overall.answer, Answer::NothingToDo, "{whole}");
        for remark in [
            "That's all of them.",
            "thanks",
            "6",
            "lt-0193.corp.example.com",
            "wiki.corp.example.com/linux/apps",
        ] {
            let text = format!("{whole}{remark}\n");
            assert_eq!(check(&text).overall.answer, Answer::NothingToDo, "{text}");
        }
    }
    for (whole, cut) in [
        (rpm, "zoom-6.0.2.46"),
        (rpm, "NetworkManager-1.44"),
        (rpm, "zoom-6.0.2.4680-1.x8"),
        (apt, "zoom/jammy 6.0"),
        (apt, "zoom/jam"),
        (dpkg, "ii  zoo"),
        (dpkg, "ii  zoom           6.0.2"),
    ] {
        assert_not_whole(&format!("{whole}{cut}"));
        assert_not_whole(&format!("{whole}{cut}\n"));
    }
}

/// A copy begun inside its first row or record, its beginning not here, whatever the
/// reader: a table's first row whose columns stand left of every row's below by as much
/// as was lost (`ft Edge` in `winget list`, `re22` in `snap list`); a row begun inside a
/// quoted cell (`ogle","",…`, `8.90", "Spotify"`);
/// a delimited row of fewer cells than every row below; `age:com.whatsapp` over
/// `package:` rows; a JSON or XML text that closes what it never opened; an app's details
/// over the apps they belong to, deeper than the apps' names (`system_profiler`). (Each
/// had been "nothing to do".) Each whole text, and the same rows under a title, stay
/// whole.
#[test]
fn a_copy_begun_inside_its_first_row_or_record() {
    let winget = "Microsoft Edge                             Microsoft.Edge                             120.0.2210.91                 winget\nGoogle Chrome                              Google.Chrome                              120.0.6099.130                winget\nMozilla Firefox (x64 en-US)                Mozilla.Firefox                            121.0                         winget\n7-Zip 23.01 (x64)                          7zip.7zip                                  23.01                         winget\n";
    let snap = "core22                   20231123                 1033   latest/stable       canonical✓    base\nfirefox                  121.0-1                  3504   latest/stable/…     mozilla✓      -\ngtk-common-themes        0.1-81-g442e511          1535   latest/stable/…     canonical✓    -\nthunderbird              115.5.0-1                420    latest/stable/…     canonical✓    -\n";
    let scoop = "7zip              23.01             main    2023-12-07 09:01:12\nfirefox           121.0             extras  2023-12-19 18:30:02\ngit               2.43.0.windows.1  main    2023-11-21 14:55:30\nvlc               3.0.20            extras  2023-11-02 08:46:51\n";
    let quoted = "\"Google Maps\",\"\",\"com.google.android.apps.maps\",\"\",\"Android\"\n\"Youtube\",\"\",\"com.google.android.youtube\",\"\",\"Android\"\n\"Whatsapp\",\"\",\"com.whatsapp\",\"\",\"Android\"\n\"Outlook\",\"\",\"com.microsoft.office.outlook\",\"\",\"Android\"\n";
    let idevice = "com.spotify.client, \"8.8.90\", \"Spotify\"\ncom.microsoft.skype.teams, \"6.1.0\", \"Teams\"\ncom.microsoft.Office.Outlook, \"4.2350.0\", \"Outlook\"\ncom.tinyspeck.chatlyio, \"23.12.10\", \"Slack\"\n";
    let jamf = "LT-MAC-0193,Google Chrome.app,120.0.6099.129,/Applications/Google Chrome.app\nLT-MAC-0193,zoom.us.app,5.16.10 (26186),/Applications/zoom.us.app\nLT-MAC-0193,Slack.app,4.35.131,/Applications/Slack.app\nLT-MAC-0193,Spotify.app,1.2.26.1187,/Applications/Spotify.app\n";
    let adb = "package:com.whatsapp\npackage:com.instagram.android\npackage:com.facebook.katana\npackage:com.microsoft.office.word\n";
    let json = "{\n  \"apps\": [\n    {\n      \"bundleIdentifier\": \"com.spotify.client\",\n      \"version\": \"8.8.90\"\n    },\n    {\n      \"bundleIdentifier\": \"com.microsoft.skype.teams\",\n      \"version\": \"6.1.0\"\n    }\n  ]\n}\n";
    let plist = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<array>\n\t<dict>\n\t\t<key>CFBundleIdentifier</key>\n\t\t<string>com.spotify.client</string>\n\t\t<key>CFBundleShortVersionString</key>\n\t\t<string>8.8.90</string>\n\t</dict>\n\t<dict>\n\t\t<key>CFBundleIdentifier</key>\n\t\t<string>com.microsoft.skype.teams</string>\n\t\t<key>CFBundleShortVersionString</key>\n\t\t<string>6.1.0</string>\n\t</dict>\n</array>\n</plist>\n";
    let app = |name: &str| {
        format!("    {name}:\n\n      Version: 4.36.140\n      Obtained from: Identified Developer\n      Location: /Applications/{name}.app\n\n")
    };
    let profiler = format!("Applications:\n\n{}{}{}", app("Slack"), app("zoom.us"), app("Spotify"));
    for whole in [winget, snap, scoop, quoted, idevice, jamf, adb, json, plist, &profiler] {
        assert_eq!(check(whole).overall.answer, Answer::NothingToDo, "{whole}");
        let titled = format!("My apps  (work laptop)\n\n{whole}");
        assert_eq!(check(&titled).overall.answer, Answer::NothingToDo, "{titled}");
    }
    // (Lines over the rows that only look begun inside one (red team rt4): a title's inch
    // mark, a greeting's comma, a chat's emoji code, a form's field over its heading, a
    // greeting two spaces apart, markup that opens a tag beside another.)
    for (over, rows) in [
        ("Apps on the iPad Pro 12.9\" (company):", quoted),
        ("Hola Ana, te paso la lista", jamf),
        (":wave:", adb),
        (":)", adb),
        ("  Hi Tom,  see below", snap),
        (
            "    Device: iPhone 14 (company)\n    Owner: J. Doe\nApps:\n    WhatsApp: personal\n    Outlook: work",
            "",
        ),
        (
            "<div class=\"apps\"><ul>\n<li>Slack</li>\n<li>Zoom</li>\n</ul>\n</div>",
            "",
        ),
        (
            "<?xml version=\"1.0\"?><inventory>\n  <app>Slack</app>\n  <app>Zoom</app>\n</inventory>",
            "",
        ),
        (
            "apps on the 13\" MBA: [\n  {\"name\": \"Slack\"},\n  {\"name\": \"Zoom\"}\n]",
            "",
        ),
    ] {
        let text = format!("{over}\n{rows}");
        assert_eq!(check(&text).overall.answer, Answer::NothingToDo, "{text}");
    }
    // (Where the copy began: a byte inside the first row, or a later line's beginning.)
    let from = |text: &str, at: &str| text[text.find(at).unwrap()..].to_owned();
    for cut in [
        from(winget, "ft Edge"),
        from(snap, "re22"),
        from(quoted, "gle Maps\""),
        from(quoted, "om.google.android.apps.maps"),
        from(idevice, "8.90\""),
        from(jamf, "9,/Applications/Google"),
        from(jamf, "app,120.0"),
        from(adb, "age:com.whatsapp"),
        from(adb, ":com.whatsapp"),
        from(json, "      \"version\": \"8.8.90\""),
        from(json, "    },"),
        from(plist, "\t\t<string>8.8.90</string>"),
        from(plist, "\t</dict>\n\t<dict>"),
        from(&profiler, "      Obtained from: Identified Developer"),
        from(&profiler, "      Location: /Applications/Slack.app"),
    ] {
        assert_not_whole(&cut);
    }
}

/// A pager's prompt under a tool's rows: BusyBox's `more`, `--More-- (38% of 1618
/// bytes)`, under `snap list` (read as a snap named `--More--`), and `less -m`'s `13%`
/// under `dpkg -l`: the rest of the output was not shown, whatever ends the text. (Both
/// had been "nothing to do".) A screen that writes each app's share of the battery on a
/// line of its own stays whole.
#[test]
fn a_pagers_prompt_with_how_far_it_is_under_a_tools_rows() {
    let snap = "Name      Version    Rev    Tracking       Publisher   Notes\ncore22    20231123   1033   latest/stable  canonical✓  base\nfirefox   121.0-1    3600   latest/stable  mozilla✓    -\nslack     4.36.140   127    latest/stable  slack✓      -\n";
    let dpkg = "Desired=Unknown/Install/Remove/Purge/Hold\n| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend\n|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)\n||/ Name           Version      Architecture Description\n+++-==============-============-============-=================================\nii  bash           5.1-6ubuntu1 amd64        GNU Bourne Again SHell\nii  firefox        125.0.3      amd64        Mozilla Firefox\nii  slack-desktop  4.38.125     amd64        Slack Desktop\n";
    for whole in [snap, dpkg] {
        assert_eq!(check(whole).overall.answer, Answer::NothingToDo, "{whole}");
    }
    for pager in [
        format!("{snap}--More-- (38% of 1618 bytes)"),
        format!("{snap}--More-- (38% of 1618 bytes)\n"),
        format!("{dpkg}13%"),
        format!("{dpkg}13%\n"),
    ] {
        assert_not_whole(&pager);
    }
    let battery = "WhatsApp\n13%\nSlack\n7%\nOutlook\n2%\n";
    assert_eq!(check(battery).overall.answer, Answer::NothingToDo);
}

/// An export's last row short of the cells every row above has, a line break after it,
/// written as the rows are (`"Outlook","4.2350.1"` under Intune's quoted rows,
/// `LT-MAC-0193,Spotify.a` under Jamf's): the copy ended inside it. (Both had been
/// "nothing to do": with a break after it, such a row had been taken for a remark.) A
/// remark typed under the rows, its comma followed by a space, stays whole, and so does a
/// row short of its last cell only (`a_table_cut_in_its_last_row_is_not_whole`).
#[test]
fn an_exports_last_row_short_of_its_cells_with_a_line_break() {
    let intune = "\"Application\",\"Version\",\"Package\",\"Publisher\",\"Platform\"\n\"Chrome\",\"120.0\",\"com.android.chrome\",\"Google\",\"Android\"\n\"Katana\",\"\",\"com.facebook.katana\",\"\",\"Android\"\n\"Orca\",\"\",\"com.facebook.orca\",\"\",\"Android\"\n";
    let jamf = "Computer,Application,Version,Path\nLT-MAC-0193,Microsoft Teams (work or school).app,23320.3027.2591.1505,/Applications/Microsoft Teams (work or school).app\nLT-MAC-0193,1Password 7.app,7.9.11,/Applications/1Password 7.app\nLT-MAC-0193,zoom.us.app,5.16.10 (26186),/Applications/zoom.us.app\n";
    for whole in [intune, jamf] {
        assert_eq!(check(whole).overall.answer, Answer::NothingToDo, "{whole}");
        let signed = format!("{whole}Thanks, Priya\n");
        assert_eq!(check(&signed).overall.answer, Answer::NothingToDo, "{signed}");
        // (Without the line break after it too: a sign-off's comma has a space after it.)
        let unbroken = format!("{whole}Thanks, Priya");
        assert_eq!(check(&unbroken).overall.answer, Answer::NothingToDo, "{unbroken}");
    }
    for cut in [
        format!("{intune}\"Outlook\",\"4.2350.1\"\n"),
        format!("{jamf}LT-MAC-0193,Spotify.a\n"),
    ] {
        assert_not_whole(&cut);
        assert_not_whole(cut.trim_end());
    }
}

/// A line that says the list continues, or continues from elsewhere, above or below its
/// names (`...continued from my previous email:`, `--- cont. ---`, `Suite de la liste :`):
/// the rest is not here. (These had been "nothing to do".)
#[test]
fn a_continuation_said_above_or_below_the_names() {
    let names = "Netflix\nAmazon\nUber\nSpotify\n";
    for said in [
        "...continued from my previous email:",
        "Continued from my previous message",
        "--- cont. ---",
        "cont.",
        "Suite de la liste :",
        "Le reste de la liste :",
    ] {
        assert_not_whole(&format!("{said}\n\n{names}"));
        assert_not_whole(&format!("{names}{said}\n"));
    }
}

/// Items numbered out of a total (`1/40 Chrome` … `12/40 Slack`, `(3 of 40) Zoom`), the
/// last below it: the rest are not here. (It had been "nothing to do".) All of them,
/// `4/4`, are whole.
#[test]
fn items_numbered_out_of_a_total_that_stop_below_it() {
    let names = ["Chrome", "Gmail", "Google Maps", "Slack"];
    let slashed = |total: usize| {
        names
            .iter()
            .enumerate()
            .map(|(i, n)| format!("{}/{total} {n}\n", i + 1))
            .collect::<String>()
    };
    let spelt = |total: usize| {
        names
            .iter()
            .enumerate()
            .map(|(i, n)| format!("({} of {total}) {n}\n", i + 1))
            .collect::<String>()
    };
    assert_eq!(check(&slashed(4)).overall.answer, Answer::NothingToDo);
    assert_eq!(check(&spelt(4)).overall.answer, Answer::NothingToDo);
    assert_not_whole(&slashed(40));
    assert_not_whole(&spelt(40));
}

/// `winget upgrade`'s count under its rows, `11 upgrades available.`, over fewer rows:
/// some rows are not here. (It had been "nothing to do".) As many rows as it counts are
/// whole.
#[test]
fn winget_upgrades_count_over_fewer_rows() {
    let rows = "Name                Id                  Version   Available Source\n-------------------------------------------------------------------\nZoom                Zoom.Zoom           5.16.10   5.17.0    winget\nGit                 Git.Git             2.43.0    2.43.1    winget\nMozilla Firefox     Mozilla.Firefox     121.0     122.0     winget\n";
    assert_eq!(
        check(&format!("{rows}3 upgrades available.\n")).overall.answer,
        Answer::NothingToDo
    );
    assert_not_whole(&format!("{rows}11 upgrades available.\n"));
}

/// `dumpsys package packages`' last package with none of the details the one above has,
/// or only its first few: the copy ended inside it. (It had been "nothing to do".) A last
/// package without one optional detail of the one above stays whole.
#[test]
fn dumpsys_last_package_short_of_its_details() {
    let package = |id: &str, uid: u32, installer: bool| {
        format!(
            "  Package [{id}] (9a1c3e2):\n    userId={uid}\n    pkg=Package{{4f1a2b3 {id}}}\n    codePath=/data/app/{id}-1\n    versionCode=232585 minSdk=21 targetSdk=33\n    versionName=2.23.25.85\n    flags=[ HAS_CODE ALLOW_CLEAR_USER_DATA ]\n    timeStamp=2024-01-10 09:12:44\n{}",
            if installer { "    installerPackageName=com.android.vending\n" } else { "" }
        )
    };
    let whole = format!(
        "Packages:\n{}{}",
        package("com.whatsapp", 10234, true),
        package("com.spotify.music", 10199, false)
    );
    assert_eq!(check(&whole).overall.answer, Answer::NothingToDo, "{whole}");
    let head = format!("Packages:\n{}", package("com.whatsapp", 10234, true));
    for cut in [
        format!("{head}  Package [com.spotify.music] (c1d2e3f):\n    userId=10199\n"),
        format!("{head}  Package [com.spotify.music] (c1d2e3f):\n    userId=10199\n    pkg=Package{{4f1a2b3 com.spotify.music}}\n"),
        format!("{head}  Package [com.spotify.music] (c1d2e3f):\n"),
    ] {
        assert_not_whole(&cut);
    }
}

/// A page's place written `page 1/3` inside a long sentence over the names (`sending the
/// list in three emails because the app won't let me paste all of it (page 1/3):`): the
/// other pages are not here. (It had been "nothing to do": a heading's page was read only
/// as `page 1 of 3`.) A heading without one stays whole.
#[test]
fn a_pages_place_as_a_fraction_inside_a_sentence() {
    let mail = |said: &str| format!("Hi IT,\n{said}\n\nChrome\nWhatsApp\nSnapchat\n\nThanks, Priya\n");
    assert_not_whole(&mail(
        "sending the list in three emails because the app won't let me paste all of it (page 1/3):",
    ));
    assert_eq!(
        check(&mail("here is my list, all of it:")).overall.answer,
        Answer::NothingToDo
    );
}

/// A heading's count in brackets with a word for a total, `(10 in total)`, over as many
/// names: whole. (It had been read as a remark that the list is not whole.) Over fewer
/// names, the rest are not here.
#[test]
fn a_headings_count_in_total_over_as_many_names() {
    let mail = |count: usize| {
        format!("Hello,\n\nThe apps on my company iPhone ({count} in total):\n\n- Chrome\n- WhatsApp\n- Teams\n- Outlook\n\nKind regards,\nMaria\n")
    };
    assert_eq!(check(&mail(4)).overall.answer, Answer::NothingToDo);
    assert_not_whole(&mail(12));
}

/// `winget list`'s last row ending before the version every row above has, its identifier
/// cut (`Microsoft OneDrive   Microsoft.OneDr`), a line break after it: cut there. (It had
/// been "nothing to do": with a break after it, only a row of its name alone was.)
#[test]
fn winget_last_row_short_of_its_version_with_a_line_break() {
    let winget = "Name                    Id                      Version          Available Source\n-----------------------------------------------------------------------------------\nMicrosoft Edge          Microsoft.Edge          120.0.2210.91              winget\nGit                     Git.Git                 2.43.0                     winget\nZoom                    Zoom.Zoom               5.17.5.31030     5.17.7    winget\n";
    assert_eq!(check(winget).overall.answer, Answer::NothingToDo);
    let whole = format!("{winget}Microsoft OneDrive      Microsoft.OneDrive      24.010.0114.0003           winget\n");
    assert_eq!(check(&whole).overall.answer, Answer::NothingToDo, "{whole}");
    assert_not_whole(&format!("{winget}Microsoft OneDrive      Microsoft.OneDr\n"));
    assert_not_whole(&format!(
        "{winget}Microsoft OneDrive      Microsoft.OneDrive      24.0\n"
    ));
}

/// `less`'s `(END)` under a tool's output that begins at the tool's own header (`dpkg
/// -l`'s `Desired=…`): the whole output fit on one screen, whole. (It had been read as
/// more not shown.) Under rows alone, without the header, the screen may hold only the
/// last of them: not whole.
#[test]
fn a_pagers_end_under_an_output_from_its_header() {
    let rows = "ii  bash           5.1-6ubuntu1 amd64        GNU Bourne Again SHell\nii  firefox        125.0.3      amd64        Mozilla Firefox\nii  slack-desktop  4.38.125     amd64        Slack Desktop\n";
    let header = "Desired=Unknown/Install/Remove/Purge/Hold\n| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend\n|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)\n||/ Name           Version      Architecture Description\n+++-==============-============-============-=================================\n";
    let whole = format!("{header}{rows}(END)\n");
    assert_eq!(check(&whole).overall.answer, Answer::NothingToDo, "{whole}");
    assert_not_whole(&format!("{rows}(END)\n"));
    assert_not_whole("package:com.whatsapp\npackage:com.Slack\npackage:us.zoom.videomeetings\n(END)\n");
}

/// A code block opened and never closed, the rows after its fence (`Output below:`, then
/// ```` ``` ```` and `package:` rows): the copy ended before its closing fence. (It had been
/// "nothing to do".) The same block closed is whole.
#[test]
fn a_code_block_opened_and_never_closed() {
    let rows = "package:com.android.chrome\npackage:org.telegram.messenger\npackage:com.netflix.mediaclient\n";
    let closed = format!("Output below:\n\n```\n{rows}```\n");
    assert_eq!(check(&closed).overall.answer, Answer::NothingToDo, "{closed}");
    assert_not_whole(&format!("Output below:\n\n```\n{rows}"));
    assert_not_whole(&format!("Output below:\n\n```\n{}", rows.trim_end()));
}

/// Whole texts that only looked cut to this stop's rules (red team rt4): a sign-off under
/// a list view's records that begins as a key does (`Nam`), a remark at `system_profiler`'s
/// apps' indent, a CSV's count row and a line of who exported it, PowerShell's cut collection of a
/// column of no apps (`Dependencies`), dates, ratings and sizes at the lines' beginnings,
/// `sort -u` printing fewer than `wc -l` counted, a mail's date written `3/12`, a
/// continuation with both parts here, and dumpsys' package kept uninstalled with its data.
#[test]
fn whole_texts_that_only_look_begun_or_cut() {
    let appx = "Name              : Microsoft.WindowsCalculator\nPublisher         : CN=Microsoft Corporation\nPackageFullName   : Microsoft.WindowsCalculator_11.2307.4.0_x64__8wekyb3d8bbwe\n\nName              : SpotifyAB.SpotifyMusic\nPublisher         : CN=5F0E8E3B\nPackageFullName   : SpotifyAB.SpotifyMusic_1.226.1005.0_x86__zpdnekdrzrea0\n";
    let app =
        |name: &str| format!("    {name}:\n\n      Version: 4.36.140\n      Location: /Applications/{name}.app\n\n");
    let profiler = format!("Applications:\n\n{}{}", app("Slack"), app("zoom.us"));
    let jamf = "LT-MAC-0193,Microsoft Teams (work or school).app,23320.3027.2591.1505,/Applications/Microsoft Teams (work or school).app\nLT-MAC-0193,1Password 7.app,7.9.11,/Applications/1Password 7.app\nLT-MAC-0193,zoom.us.app,5.16.10 (26186),/Applications/zoom.us.app\n";
    let semicolons = "Programm;Version;Hersteller\nGoogle Chrome;124.0.6367.91;Google LLC\nMicrosoft Edge;124.0.2478.80;Microsoft Corporation\nZoom Workplace;6.0.4;Zoom Video Communications\n";
    let deps = "Name                   Version      Dependencies\n----                   -------      ------------\nMicrosoft.WindowsTerminal 1.19.10821.0 {Microsoft.VCLibs.140.00.UWPDesktop, Microsoft.UI.Xaml.2.8...}\nSpotifyAB.SpotifyMusic 1.226.1005.0 {Microsoft.VCLibs.140.00, Microsoft.NET.Native.Framework.2.2...}\n";
    let dumpsys = "Packages:\n  Package [com.whatsapp] (9a1c3e2):\n    userId=10234\n    pkg=Package{4f1a2b3 com.whatsapp}\n    codePath=/data/app/com.whatsapp-1\n    versionName=2.23.25.85\n    flags=[ HAS_CODE ]\n    timeStamp=2024-01-10 09:12:44\n  Package [com.spotify.music] (c1d2e3f):\n    userId=10199\n    pkg=null\n";
    for text in [
        format!("{appx}\nThanks,\nNam\n"),
        format!("{profiler}    (that's all of them)\n"),
        format!("{jamf}Exported by jdoe, 2024-05-02\n"),
        format!("{semicolons}Anzahl Programme;3\n"),
        deps.to_owned(),
        "Apps I installed in December:\n03/12 Microsoft Teams\n05/12 Outlook\n09/12 Authenticator\n".to_owned(),
        "My ratings:\n2/5 Teams\n3/5 Outlook\n4/5 Slack\n".to_owned(),
        "Storage (GB used / 64):\n1/64 Google Maps\n2/64 Teams\n4/64 WhatsApp\n".to_owned(),
        "$ flatpak list --app --columns=application | wc -l\n4\n$ flatpak list --app --columns=application | sort -u\ncom.slack.Slack\norg.mozilla.firefox\nus.zoom.Zoom\n".to_owned(),
        "As in my email 3/12, here are the apps:\n\nSlack\nZoom\nOutlook\n".to_owned(),
        "Slack\nZoom\nOutlook\n\nSuite de la liste :\n\nTeams\nSpotify\n".to_owned(),
        "Slack\nZoom\ncont\nTeams\nSpotify\n".to_owned(),
        dumpsys.to_owned(),
    ] {
        let report = check(&text);
        assert_eq!(report.overall.answer, Answer::NothingToDo, "{text}\n{:#?}", report.notes);
    }
}
