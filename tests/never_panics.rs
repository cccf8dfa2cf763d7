//! Properties checked in every test run: reading a pasted list, loading a policy or an
//! index, and evaluating never panic, whatever the input. The generators mix random
//! text with the fragments each format reader looks for, so every reader is reached
//! with broken input. (`tests/fuzz/` runs the same code under cargo fuzz for longer.)

#![allow(clippy::disallowed_methods)] // a test of the library, which never ships: `clippy.toml` keeps the case tables out of the library
#![cfg(not(target_arch = "wasm32"))]

mod support;

use appcheck::evaluate::{evaluate, Context};
use appcheck::list::parse_list;
use appcheck::policy::{load_index, load_policy};
use appcheck::report::Answer;
use proptest::prelude::*;
use support::nfkc;

/// Pieces of every format, to be glued together at random.
const FRAGMENTS: &[&str] = &[
    "package:",
    "package:/data/app/~~x==/com.a-b==/base.apk=",
    " uid:",
    "  installer=",
    "com.zhiliaoapp.musically",
    "Total: 3 apps\n",
    " - ",
    "CFBundleIdentifier, CFBundleVersion, CFBundleDisplayName\n",
    "\"",
    "\"\"",
    ", ",
    "Applications:\n\n    ",
    ":\n\n      Version: 1\n",
    "Name  Id  Version  Source\n-----\n",
    "Name   AppID\n----   -----\n",
    "PackageFullName : x_1_x64__p\n",
    "Name : ",
    "Name  Version  Rev  Tracking  Publisher  Notes\n",
    "Name\tApplication ID\n",
    "Ref  Options\n",
    "\t",
    ",",
    ";",
    "\n",
    "\r\n",
    "https://apps.apple.com/us/app/x/id",
    "835599320",
    "https://play.google.com/store/apps/details?id=",
    "[",
    "]",
    "{",
    "}",
    "{\"SPApplicationsDataType\": [",
    "{\"name\": ",
    "[{'name': '",
    "', 'bundle_id': ",
    "True",
    "None",
    "{ name: '",
    "ObjectId('",
    "'),\n",
    ")",
    ",\n]",
    "\\'",
    ">>> print(apps)\n",
    "<?xml version=\"1.0\"?>",
    "<plist>",
    "<key>CFBundleIdentifier</key>",
    "<string>",
    "</string>",
    "<dict>",
    "</dict>",
    "<en-export>",
    "---\n",
    "apps:\n",
    "  - name: ",
    "    bundle_identifier: ",
    "- {name: ",
    ", id: [",
    "key: |\n",
    " # ",
    "'",
    "''",
    "HKEY_LOCAL_MACHINE\\SOFTWARE\\X\n",
    "    DisplayName    REG_SZ    ",
    "    NoModify    REG_DWORD    0x1\n",
    "End of search: 3 match(es) found.\n",
    "[HKEY_CURRENT_USER\\X]\n",
    "\"DisplayName\"=\"",
    "\"X\"=hex(2):4d,00,\\\n",
    "@=\"",
    "Dict {\n",
    "{\n",
    "    CFBundleName = ",
    "  \"CFBundleIdentifier\" => \"",
    "Array {\n",
    " = (\n",
    "0 => {\n",
    "};\n",
    "}\n",
    "<note><title>",
    "</title><content><![CDATA[<en-note><div>",
    "</div>",
    "<en-media type=\"image/png\"/>",
    "<en-crypt>",
    "<td>",
    "&lt;en-export&gt;",
    "]]></content></note>",
    "[10/07/20, 12:00:00] Sam: ",
    "10/07/2020, 12:00 - Sam: ",
    "- [ ] ",
    "• ",
    "1. ",
    "…",
    "™",
    "Ｔｉｋ",
    "ТікТок",
    "\u{feff}",
    "\u{200b}",
    "\u{0}",
    "\u{7}",
    "é",
    "抖音",
    "🎵",
    ".app",
    "TikTok",
    "tiktk",
    "WeChat (微信)",
    "\u{10ffff}",
];

/// What may stand on either side of an identifier: anything that is not part of one.
const BOUNDARIES: &[&str] = &[
    " ", "\n", "\r\n", "\r", "\t", "\"", "'", "<", ">", "(", ")", "[", "]", "{", "}", ",", ";", ":", "=", "/", "?",
    "&", "|", "\u{a0}", "\u{200b}", "\u{3000}", "、", "«", "»", "`", "*", "#", "!", "+",
];

/// Apps of the India policy by id and name, none a run of another's words.
const INDIA_APPS: &[(&str, &str)] = &[
    ("tiktok", "TikTok"),
    ("shareit", "Shareit"),
    ("kwai", "Kwai"),
    ("likee", "Likee"),
    ("wechat", "WeChat"),
    ("helo", "Helo"),
    ("uc-browser", "UC Browser"),
    ("clash-of-kings", "Clash of Kings"),
];

/// What stands between two names written on one line.
const BETWEEN_NAMES: &[&str] = &[
    " ", "\t", "\t\t", "   ", " - ", " – ", ": ", " / ", "/", " | ", " (", ") ", ", ", "; ", " & ", " and ", " + ",
    "、", " or ", " vs ", " → ",
];

fn india() -> appcheck::policy::Policy {
    support::zones();
    let path = format!("{}/pkg-config/policies/india-2020-ban.json", env!("CARGO_MANIFEST_DIR"));
    load_policy(&std::fs::read(path).unwrap()).unwrap()
}

fn india_context() -> Context {
    serde_json::from_str(r#"{"device": "computer", "ownership": "company", "region": "IN"}"#).unwrap()
}

fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339("2023-03-01T12:00:00Z")
        .unwrap()
        .to_utc()
}

fn pasted() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(FRAGMENTS).prop_map(str::to_owned),
        1 => any::<String>(),
        1 => "[a-zA-Z0-9 .,;:\t\n\"-]{0,40}",
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

fn policy() -> appcheck::policy::Policy {
    support::zones();
    let path = format!(
        "{}/pkg-config/policies/us-no-tiktok-on-government-devices.json",
        env!("CARGO_MANIFEST_DIR")
    );
    load_policy(&std::fs::read(path).unwrap()).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn reading_and_checking_any_list_never_panics(text in pasted()) {
        let list = parse_list(&text, nfkc);
        // Every entry says where it came from.
        // Line ends are `\n`, `\r\n`, a lone `\r` and the Unicode line separators.
        let lines = text
            .replace("\r\n", "\n")
            .split(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}'])
            .count()
            .max(1);
        for entry in &list.entries {
            prop_assert!(entry.line >= 1);
            prop_assert!(entry.line <= lines.max(list.entries.len()), "line {} of {}", entry.line, lines);
        }
        let now = chrono::DateTime::parse_from_rfc3339("2023-03-01T12:00:00Z").unwrap().to_utc();
        let context = Context { ownership: Some(appcheck::policy::Ownership::Company), ..Context::default() };
        let report = evaluate(&policy(), &list, &context, now);
        // With every question answered, each entry gets exactly one finding; the sweep
        // may add findings of its own, marked as found in the text.
        prop_assert_eq!(report.findings.iter().filter(|f| !f.in_text).count(), list.entries.len());
        // Every non-blank line is accounted for, once.
        let account = &report.read_as.account;
        prop_assert_eq!(account.lines, account.entries + account.structure + account.unread);
        let non_blank = text
            .trim_start_matches('\u{feff}')
            .replace("\r\n", "\n")
            .split(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}'])
            .filter(|l| !appcheck::list::is_blank(l))
            .count();
        prop_assert_eq!(account.lines, non_blank, "{:?}", list.notes);
    }

    /// "Nothing to do" means every line was read.
    #[test]
    fn nothing_to_do_means_every_line_was_read(text in pasted()) {
        let list = parse_list(&text, nfkc);
        let now = chrono::DateTime::parse_from_rfc3339("2023-03-01T12:00:00Z").unwrap().to_utc();
        let context = Context { ownership: Some(appcheck::policy::Ownership::Company), ..Context::default() };
        let report = evaluate(&policy(), &list, &context, now);
        if report.overall.answer == Answer::NothingToDo {
            prop_assert_eq!(report.read_as.account.unread, 0);
            prop_assert!(report.notes.is_empty(), "{:?}", report.notes);
        }
    }

    /// A policy identifier present in the text is never unreported: whatever surrounds
    /// it (any format, any nesting, any case, any line ends), at token boundaries.
    #[test]
    fn a_policy_identifier_in_the_text_is_never_unreported(
        before in pasted(),
        after in pasted(),
        open in proptest::sample::select(BOUNDARIES),
        close in proptest::sample::select(BOUNDARIES),
        id in proptest::sample::select(&["com.zhiliaoapp.musically", "com.ss.android.ugc.trill", "id835599320"][..]),
        upper in any::<bool>(),
    ) {
        let id = if upper { id.to_uppercase().replace("ID835", "id835") } else { id.to_owned() };
        let text = format!("{before}{open}{id}{close}{after}");
        let bank = load_policy(&std::fs::read(format!("{}/pkg-config/policies/bank-tiktok-2020.json", env!("CARGO_MANIFEST_DIR"))).unwrap()).unwrap();
        let context = Context {
            device: Some(appcheck::policy::Device::Phone),
            ownership: Some(appcheck::policy::Ownership::Company),
            ..Context::default()
        };
        let now = chrono::DateTime::parse_from_rfc3339("2023-03-01T12:00:00Z").unwrap().to_utc();
        let report = evaluate(&bank, &parse_list(&text, nfkc), &context, now);
        prop_assert!(
            report.findings.iter().any(|f| f.app.as_ref().is_some_and(|a| a.id == "tiktok")),
            "no finding for {} in {:?}: {:?}", id, text, report.overall
        );
        prop_assert!(
            !matches!(report.overall.answer, Answer::NothingToDo | Answer::Advice | Answer::NoApps),
            "{:?}", report.overall
        );
    }

    /// Two apps a policy names, written on one line with anything between them (a
    /// column gap, a subtitle's dash, a parenthesis, a path's slash, a conjunction),
    /// in any text: each is reported. The one the line is known by never hides the other.
    #[test]
    fn two_policy_apps_on_one_line_are_both_reported(
        before in pasted(),
        after in pasted(),
        first in proptest::sample::select(INDIA_APPS),
        second in proptest::sample::select(INDIA_APPS),
        between in proptest::sample::select(BETWEEN_NAMES),
        ends in proptest::sample::select(&["", "- ", "* ", "1. ", "\"", "  "][..]),
    ) {
        prop_assume!(first.0 != second.0);
        // (A quote opened before the names is closed after them; a list marker is not.)
        let close = if ends == "\"" { "\"" } else { "" };
        let text = format!("{before}\n{ends}{}{between}{}{close}\n{after}", first.1, second.1);
        let report = evaluate(&india(), &parse_list(&text, nfkc), &india_context(), now());
        for (id, name) in [first, second] {
            prop_assert!(
                report.findings.iter().any(|f| f.app.as_ref().is_some_and(|a| a.id == id)),
                "no finding for {} in {:?}: {:?}", name, text, report.overall
            );
        }
    }

    #[test]
    fn loading_any_bytes_as_a_policy_or_an_index_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = load_policy(&bytes);
        let _ = load_index(&bytes);
    }

    #[test]
    fn a_policy_broken_anywhere_is_refused_or_loaded_never_a_panic(cut in 0usize..4000, junk in "[\\[\\]{}\",:0-9a-z ]{0,8}") {
        let text = std::fs::read_to_string(format!("{}/pkg-config/policies/bank-tiktok-2020.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let cut = cut.min(text.len());
        let cut = (0..=cut).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
        let broken = format!("{}{junk}{}", &text[..cut], &text[cut..]);
        if let Err(e) = load_policy(broken.as_bytes()) {
            prop_assert!(!e.message.is_empty() && !e.help.is_empty());
        }
    }
}
