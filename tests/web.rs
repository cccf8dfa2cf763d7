//! The same report cases as `tests/cases.rs`, run in headless Chromium through the
//! Wasm export `check`: the browser must give the very same response as native code.
//! Run with `make test-wasm`.

#![cfg(all(target_arch = "wasm32", feature = "checking"))]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Runs a case directory's request through the export and compares with its
/// `expected.json`, the file the native test checks against.
/// `case!(name, dir, "policy")` uses `pkg-config/policies/<policy>.json`, as the
/// case's `case.json` names it; `case!(name, dir, own_policy)` the case's own
/// `policy.json`.
macro_rules! case {
    ($name:ident, $dir:literal, own_policy) => {
        case!(@run $name, $dir, include_str!(concat!("cases/", $dir, "/policy.json")), false);
    };
    ($name:ident, $dir:literal, $policy:literal) => {
        case!(@run $name, $dir, include_str!(concat!("../pkg-config/policies/", $policy, ".json")), false);
    };
    // A case whose expected.json is the right answer, not yet given (its KNOWN_FAILURE.md
    // says why): it must still differ, so that a fix is noticed and the mark removed.
    ($name:ident, $dir:literal, $policy:literal, known_failure) => {
        case!(@run $name, $dir, include_str!(concat!("../pkg-config/policies/", $policy, ".json")), true);
    };
    (@run $name:ident, $dir:literal, $policy:expr, $known_failure:expr) => {
        #[wasm_bindgen_test]
        fn $name() {
            let case: serde_json::Value =
                serde_json::from_str(include_str!(concat!("cases/", $dir, "/case.json"))).unwrap();
            let policy: &str = $policy;
            let mut request = serde_json::json!({
                "policy": policy,
                "list": include_str!(concat!("cases/", $dir, "/list.txt")),
                "context": case.get("context").cloned().unwrap_or_default(),
                "now": case["now"],
            });
            if let Some(keep) = case.get("keepNotCovered") {
                request["keepNotCovered"] = keep.clone();
            }
            // A plain JS object, as a page would pass.
            let js = js_sys::JSON::parse(&request.to_string()).unwrap();
            let response = appcheck::web::check(js);
            let text: String = js_sys::JSON::stringify(&response).unwrap().into();
            let actual: serde_json::Value = serde_json::from_str(&text).unwrap();
            // The page reads a report the worker sends back field by field: it must come
            // back whole.
            let report = js_sys::Reflect::get(&response, &JsValue::from_str("report")).unwrap();
            if !report.is_undefined() {
                assert_eq!(round_trip(&report), Some(actual["report"].clone()), "{}", $dir);
            }
            let expected: serde_json::Value =
                serde_json::from_str(include_str!(concat!("cases/", $dir, "/expected.json"))).unwrap();
            let expected = without_diagnostics(expected);
            if $known_failure {
                assert_ne!(actual, expected, "{} now passes: remove its KNOWN_FAILURE.md", $dir);
            } else {
                assert_eq!(actual, expected);
            }
        }
    };
}

/// The response the site's module gives where a case expects an error in a policy's
/// shape: built without the `diagnostics` feature, it says only that the policy does not
/// follow its format, and `appcheck validate` says what and where.
fn without_diagnostics(mut expected: serde_json::Value) -> serde_json::Value {
    if cfg!(feature = "diagnostics") {
        return expected;
    }
    let errors = expected.get_mut("errors").and_then(serde_json::Value::as_array_mut);
    for error in errors.into_iter().flatten() {
        if error["source"] == "policy" {
            *error = serde_json::json!({
                "source": "policy",
                "message": "the policy does not follow its format",
                "help": "`appcheck validate` says what is wrong and where",
                "pointer": "",
            });
        }
    }
    expected
}

const MEMO_V1: &str = "archive/retailer-memo-us.v1";

case!(
    memo_phone_email_tiktok,
    "memo-phone-email-tiktok",
    "archive/retailer-memo-us.v1"
);
case!(memo_long_export, "memo-long-export", "archive/retailer-memo-us.v1");
case!(
    memo_tablet_email_package_id,
    "memo-tablet-email-package-id",
    "archive/retailer-memo-us.v1"
);
case!(memo_laptop_tiktok, "memo-laptop-tiktok", "archive/retailer-memo-us.v1");
case!(
    memo_phone_no_email,
    "memo-phone-no-email",
    "archive/retailer-memo-us.v1"
);
case!(memo_empty_list, "memo-empty-list", "archive/retailer-memo-us.v1");
case!(
    memo_after_deadline,
    "memo-after-deadline",
    "archive/retailer-memo-us.v1"
);
case!(
    memo_phone_email_no_tiktok,
    "memo-phone-email-no-tiktok",
    "archive/retailer-memo-us.v1"
);
case!(
    memo_phone_outside_us,
    "memo-phone-outside-us",
    "archive/retailer-memo-us.v1"
);
case!(
    memo_unanswered_email,
    "memo-unanswered-email",
    "archive/retailer-memo-us.v1"
);
case!(memo_german, "memo-german", "archive/retailer-memo-us.v1");
case!(
    memo_withdrawn_any_context,
    "memo-withdrawn-any-context",
    "retailer-memo-us"
);
case!(bank_company_phone, "bank-company-phone", "bank-tiktok-2020");
case!(party_advice, "party-advice", "party-advice-2020");
case!(army_government_phone, "army-government-phone", "army-phones-2019");
case!(
    us_law_bytedance_successors,
    "us-law-bytedance-successors",
    "us-no-tiktok-on-government-devices"
);
case!(india_every_device, "india-every-device", "india-2020-ban");
case!(policy_unknown_field, "policy-unknown-field", own_policy);

#[wasm_bindgen_test]
fn the_cases_name_the_policy_they_run() {
    // The macro's literal must match case.json; a mismatch would compare the wrong report.
    let case: serde_json::Value = serde_json::from_str(include_str!("cases/memo-german/case.json")).unwrap();
    assert_eq!(case["policy"], MEMO_V1);
}

#[wasm_bindgen_test]
fn a_request_that_is_not_understood_is_a_failure_not_an_exception() {
    let response = appcheck::web::check(JsValue::from_str("not a request"));
    let text: String = js_sys::JSON::stringify(&response).unwrap().into();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["status"], "failure");
}

/// `report` read as the page reads the worker's answer and written again as `check`
/// writes it, as JSON; `None` when the page could not read it.
fn round_trip(report: &JsValue) -> Option<serde_json::Value> {
    let again = appcheck::web::report_round_trip(report);
    if again.is_null() {
        return None;
    }
    let text: String = js_sys::JSON::stringify(&again).unwrap().into();
    Some(serde_json::from_str(&text).unwrap())
}

const EVERY_FIELD: &str = include_str!("fixtures/report-every-field.json");

#[wasm_bindgen_test]
fn a_report_with_every_field_set_comes_back_whole_from_the_worker() {
    // The fixture is a report as serde reads and writes one: every key a real field.
    let fixture: serde_json::Value = serde_json::from_str(EVERY_FIELD).unwrap();
    let report: appcheck::report::Report = serde_json::from_str(EVERY_FIELD).unwrap();
    assert_eq!(serde_json::to_value(&report).unwrap(), fixture);
    let js = js_sys::JSON::parse(EVERY_FIELD).unwrap();
    assert_eq!(round_trip(&js), Some(fixture));
}

#[wasm_bindgen_test]
fn a_report_of_another_shape_is_not_read_as_a_partial_answer() {
    let fixture: serde_json::Value = serde_json::from_str(EVERY_FIELD).unwrap();
    let changed = |change: &dyn Fn(&mut serde_json::Value)| {
        let mut value = fixture.clone();
        change(&mut value);
        round_trip(&js_sys::JSON::parse(&value.to_string()).unwrap())
    };
    // A member nobody reads (a field added to the report and not to the page's reader).
    assert_eq!(changed(&|v| v["findings"][0]["newField"] = 1.into()), None);
    assert_eq!(changed(&|v| v["devices"]["counts"]["newCount"] = 1.into()), None);
    // A member missing, of another type, or out of range.
    assert_eq!(changed(&|v| v["overall"].as_object_mut().unwrap().clear()), None);
    assert_eq!(changed(&|v| v["findings"][1]["line"] = "3".into()), None);
    assert_eq!(changed(&|v| v["findings"][1]["line"] = (-1).into()), None);
    assert_eq!(changed(&|v| v["findings"][1]["line"] = 2.5.into()), None);
    assert_eq!(
        changed(&|v| v["findings"][0]["matchedBy"]["similarity"] = 300.into()),
        None
    );
    assert_eq!(changed(&|v| v["findings"][0]["outcome"] = "delete".into()), None);
    assert_eq!(changed(&|v| v["findings"][0]["matchedBy"]["by"] = "guess".into()), None);
    assert_eq!(changed(&|v| v["findings"] = serde_json::json!({})), None);
    assert_eq!(changed(&|v| *v = serde_json::json!([])), None);
    // Optional members may be missing or null, as serde reads them.
    let mut optional = fixture.clone();
    optional["findings"][0]["rule"] = serde_json::Value::Null;
    optional["policy"].as_object_mut().unwrap().remove("summary");
    let read = round_trip(&js_sys::JSON::parse(&optional.to_string()).unwrap()).unwrap();
    assert!(read["findings"][0].get("rule").is_none());
    assert!(read["policy"].get("summary").is_none());
}

/// What `check()` reads from `request`, as JSON, or `Err` with what is wrong.
fn read_by_hand(request: &JsValue) -> Result<serde_json::Value, String> {
    appcheck::web::read_check_request(request).map(|read| {
        let text: String = js_sys::JSON::stringify(&read).unwrap().into();
        serde_json::from_str(&text).unwrap()
    })
}

/// What serde-wasm-bindgen's derive reads from `request`, as JSON.
fn read_by_derive(request: &JsValue) -> Option<serde_json::Value> {
    let read = serde_wasm_bindgen::from_value::<appcheck::api::CheckRequest>(request.clone()).ok()?;
    Some(serde_json::to_value(read).unwrap())
}

/// A request with every member set.
fn full_request() -> serde_json::Value {
    serde_json::json!({
        "policy": include_str!("../pkg-config/policies/bank-tiktok-2020.json"),
        "list": "TikTok\nSlack",
        "context": {
            "device": "phone",
            "platform": "android",
            "ownership": "company",
            "services": { "email": true, "chat": false },
            "region": "US",
            "language": "de",
            "confirmed": ["tik tok", "Tik Tok", "tik tok"],
            "dismissed": []
        },
        "now": "2023-03-01T12:00:00Z",
        "keepNotCovered": 200
    })
}

#[wasm_bindgen_test]
fn check_reads_every_request_as_serde_wasm_bindgen_derive_does() {
    let full = full_request();
    let js = |value: &serde_json::Value| js_sys::JSON::parse(&value.to_string()).unwrap();
    let mut compared = 0;
    let mut compare = |request: &serde_json::Value, what: &str| {
        let (hand, derive) = (read_by_hand(&js(request)), read_by_derive(&js(request)));
        match (&hand, &derive) {
            // On purpose: what `appcheck check --json` refuses is refused, where the
            // derive in the browser is more lenient: it asks an object only for the
            // members it knows (so `deny_unknown_fields` never sees the others), and
            // reads a map from an array of entries.
            (Err(_), Some(_)) => {
                let cli = serde_json::from_value::<appcheck::api::CheckRequest>(request.clone());
                assert!(cli.is_err(), "{what}: the CLI reads it, but not the page: {hand:?}");
            }
            _ => assert_eq!(hand.as_ref().ok(), derive.as_ref(), "{what}: {hand:?}"),
        }
        compared += 1;
    };
    compare(&full, "the full request");
    let wrong: Vec<serde_json::Value> = vec![
        serde_json::Value::Null,
        5.into(),
        2.5.into(),
        (-1).into(),
        1e20.into(),
        true.into(),
        "x".into(),
        "phablet".into(),
        serde_json::json!([]),
        serde_json::json!(["x"]),
        serde_json::json!({}),
        serde_json::json!({ "email": true }),
        serde_json::json!({ "fax": true }),
        serde_json::json!({ "email": "yes" }),
        serde_json::json!({ "email": null }),
    ];
    // Each member of the request and of its context: missing, unknown, or any value.
    let defaulted = ["context", "services", "confirmed", "dismissed"];
    for inner in [false, true] {
        let members: Vec<String> = if inner {
            full["context"].as_object().unwrap().keys().cloned().collect()
        } else {
            full.as_object().unwrap().keys().cloned().collect()
        };
        let at = |request: &mut serde_json::Value| -> serde_json::Map<String, serde_json::Value> {
            let object = if inner { &mut request["context"] } else { request };
            std::mem::take(object.as_object_mut().unwrap())
        };
        let put = |request: &mut serde_json::Value, map| {
            let object = if inner { &mut request["context"] } else { request };
            *object = serde_json::Value::Object(map);
        };
        for key in &members {
            let mut request = full.clone();
            let mut map = at(&mut request);
            map.remove(key);
            put(&mut request, map);
            compare(&request, &format!("without `{key}`"));
            let without = request.clone();
            for value in &wrong {
                let mut request = full.clone();
                let mut map = at(&mut request);
                map.insert(key.clone(), value.clone());
                put(&mut request, map);
                if value.is_null() && defaulted.contains(&key.as_str()) {
                    // On purpose: `null` is the default, as a missing member is.
                    assert_eq!(
                        read_by_hand(&js(&request)).ok(),
                        read_by_derive(&js(&without)),
                        "`{key}`: null"
                    );
                } else if value.is_array() && key == "context" {
                    // On purpose: a list where an object belongs is refused (the derive
                    // reads a struct from a list of its members in order).
                    assert!(read_by_hand(&js(&request)).is_err(), "`{key}`: {value}");
                } else {
                    compare(&request, &format!("`{key}`: {value}"));
                }
            }
        }
        let mut request = full.clone();
        let mut map = at(&mut request);
        map.insert("lists".to_owned(), "TikTok".into());
        put(&mut request, map);
        compare(&request, "an unknown member");
    }
    for value in &wrong {
        compare(value, &format!("the request {value}"));
    }
    assert!(compared >= 200, "{compared}");
}

#[wasm_bindgen_test]
fn a_member_set_to_undefined_is_read_as_missing() {
    // As a program writes `{ device: answers.device }` when nothing was answered. The
    // derive reads an optional member `undefined` as missing, and refuses it for one
    // with a default (`context`, `services`): here both are read as missing.
    let full = full_request();
    for (inner, key) in [
        (false, "context"),
        (false, "keepNotCovered"),
        (true, "device"),
        (true, "services"),
    ] {
        let mut without = full.clone();
        let object = if inner { &mut without["context"] } else { &mut without };
        object.as_object_mut().unwrap().remove(key);
        let request = js_sys::JSON::parse(&full.to_string()).unwrap();
        let object = if inner {
            js_sys::Reflect::get(&request, &"context".into()).unwrap()
        } else {
            request.clone()
        };
        js_sys::Reflect::set(&object, &key.into(), &JsValue::UNDEFINED).unwrap();
        let hand = read_by_hand(&request);
        let expected = read_by_derive(&js_sys::JSON::parse(&without.to_string()).unwrap());
        assert!(expected.is_some(), "{key}");
        assert_eq!(hand.as_ref().ok(), expected.as_ref(), "{key}: {hand:?}");
    }
}

#[wasm_bindgen_test]
fn what_is_wrong_with_a_request_is_said_in_serdes_words() {
    let mut request = full_request();
    request.as_object_mut().unwrap().remove("now");
    let js = |value: &serde_json::Value| js_sys::JSON::parse(&value.to_string()).unwrap();
    assert_eq!(read_by_hand(&js(&request)), Err("missing field `now`".to_owned()));
    let mut request = full_request();
    request["lists"] = "TikTok".into();
    let said = read_by_hand(&js(&request)).unwrap_err();
    assert!(
        said.starts_with("unknown field `lists`, expected one of `policy`, `list`"),
        "{said}"
    );
    let mut request = full_request();
    request["context"]["device"] = "phablet".into();
    let said = read_by_hand(&js(&request)).unwrap_err();
    assert_eq!(
        said,
        "unknown variant `phablet`, expected one of `phone`, `tablet`, `computer`"
    );
    let mut request = full_request();
    request["keepNotCovered"] = 2.5.into();
    let said = read_by_hand(&js(&request)).unwrap_err();
    assert_eq!(said, "invalid type or value for field `keepNotCovered`");
    // And through the export, as data.
    let response = appcheck::web::check(js(&serde_json::json!({ "policy": "{}", "list": "" })));
    let text: String = js_sys::JSON::stringify(&response).unwrap().into();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["status"], "failure");
    assert_eq!(
        value["errors"][0]["message"],
        "the check request is not understood: missing field `now`"
    );
}

/// `value` as JSON, from the plain JS object it was written as.
fn as_json(value: &JsValue) -> serde_json::Value {
    let text: String = js_sys::JSON::stringify(value).unwrap().into();
    serde_json::from_str(&text).unwrap()
}

#[wasm_bindgen_test]
fn responses_are_written_as_serde_wasm_bindgen_derive_writes_them() {
    use appcheck::api::{CheckResponse, ErrorReport, ErrorSource};
    let report: appcheck::report::Report = serde_json::from_str(EVERY_FIELD).unwrap();
    let error = ErrorReport {
        source: ErrorSource::Policy,
        message: "unknown field `sumary`".to_owned(),
        help: "see docs/policy-format.md".to_owned(),
        pointer: Some("/sumary".to_owned()),
        line: Some(13),
        column: Some(3),
    };
    let mut bare = error.clone();
    (bare.pointer, bare.line, bare.column) = (None, None, None);
    let mut sparse = report.clone();
    sparse.devices = None;
    sparse.not_covered_omitted = 0;
    for finding in &mut sparse.findings {
        finding.how_to_remove.clear();
        finding.in_text = false;
        finding.matched_by = None;
    }
    // Lines the policy does not name, as most of a long report is: their inputs are
    // written as slices of one JS string, so inputs in every width of UTF-16 (an emoji
    // is two units), an empty one, two explanations, and other findings between them.
    let mut unnamed = sparse.clone();
    let named = unnamed.findings.first().cloned().unwrap();
    let plain = |line: usize, input: &str, explanation: &str| appcheck::report::Finding {
        line,
        input: input.to_owned(),
        app: None,
        publisher: None,
        matched_by: None,
        outcome: appcheck::report::Outcome::NotCovered,
        rule: None,
        deadline: None,
        consequence: None,
        reason: None,
        how_to_remove: Vec::new(),
        still_allowed: None,
        exception: None,
        note: None,
        in_browser: None,
        explanation: explanation.to_owned(),
        due: None,
        in_text: false,
        mention: None,
    };
    let mut mentioned = plain(9, "Zoom", "Not named.");
    mentioned.in_text = true;
    unnamed.findings = vec![
        plain(1, "Slack", "Not named."),
        plain(2, "Café 🎵 Ünïcödé", "Not named."),
        named,
        plain(4, "", "Not named."),
        plain(5, "日本語のアプリ", "Nicht genannt."),
        mentioned,
        plain(10, "𝒯𝒾𝓀𝒯ℴ𝓀 \"quoted\"", "Not named."),
        plain(11, "Slack", "Not named."),
    ];
    for response in [
        CheckResponse::Success {
            report: Box::new(unnamed),
        },
        CheckResponse::Success {
            report: Box::new(report),
        },
        CheckResponse::Success {
            report: Box::new(sparse),
        },
        CheckResponse::Failure {
            errors: vec![error, bare],
        },
    ] {
        let derive = serde_wasm_bindgen::Serializer::json_compatible();
        let expected = as_json(&serde::Serialize::serialize(&response, &derive).unwrap());
        assert_eq!(as_json(&appcheck::web::write_response(&response)), expected);
    }
}

/// A trust.json or a signature file in the wrong shape, in the site's module (built
/// without `diagnostics`): one error that names the command that says what and where —
/// `appcheck build` reads trust.json, `appcheck verify` a policy's signature file.
#[wasm_bindgen_test]
fn a_trust_or_signature_file_in_the_wrong_shape_names_the_command_that_says_where() {
    let trust = appcheck::trust::load_trust(br#"{"schema": 2}"#).unwrap_err();
    let signature =
        appcheck::trust::load_signatures(br#"{"schema": 1, "algorithm": "rsa", "key": "k", "signature": "00"}"#)
            .unwrap_err();
    if cfg!(feature = "diagnostics") {
        assert!(trust.message.contains("schema"), "{trust}");
        assert!(signature.message.contains("ed25519"), "{signature}");
    } else {
        assert_eq!(
            (trust.message.as_str(), trust.help.as_str()),
            (
                "trust.json does not follow its format",
                "`appcheck build` says what is wrong and where"
            )
        );
        assert_eq!(
            (signature.message.as_str(), signature.help.as_str()),
            (
                "the signature file does not follow its format",
                "`appcheck verify` says what is wrong and where"
            )
        );
    }
}

/// The site's module reads JSON with the core's own reader (no serde_json in it): what
/// is not JSON, or gives a key twice, is refused as serde_json and the CLI refuse it;
/// the same file written well is read.
#[wasm_bindgen_test]
fn a_trust_file_that_is_not_json_is_refused_and_one_that_is_read() {
    let good = r#"{"schema": 1, "allow_unsigned": true, "keys": []}"#;
    assert!(appcheck::trust::load_trust(good.as_bytes()).is_ok());
    let deep = format!(
        "{{\"schema\": 1, \"allow_unsigned\": {}true{}, \"keys\": []}}",
        "[".repeat(130),
        "]".repeat(130)
    );
    for broken in [
        r#"{"schema": 1, "allow_unsigned": true, "keys": [],}"#,
        r#"{"schema": 1, "allow_unsigned": false, "keys": [], "allow_unsigned": true}"#,
        r#"{"schema": 1, "allow_unsigned": true, "keys": ["\ud800"]}"#,
        r#"{"schema": 1e400, "allow_unsigned": true, "keys": []}"#,
        r#"{"schema": 1, "allow_unsigned": true, "keys": []} {}"#,
        deep.as_str(),
    ] {
        let error = appcheck::trust::load_trust(broken.as_bytes()).unwrap_err();
        if !cfg!(feature = "diagnostics") {
            assert_eq!(error.message, "trust.json does not follow its format", "{broken}");
        }
    }
}
