//! The same report cases as `tests/cases.rs`, run in headless Chromium through the
//! Wasm export `check`: the browser must give the very same response as native code.
//! Run with `make test-wasm`.

#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const MEMO: &str = include_str!("../pkg-config/policies/retailer-tiktok-2020.json");

/// Runs a case directory's request through the export and compares with its
/// `expected.json`, the file the native test checks against.
/// `case!(name, dir)` uses the shipped memo; `case!(name, dir, own_policy)` the
/// case's own `policy.json`.
macro_rules! case {
    ($name:ident, $dir:literal) => {
        case!($name, $dir, MEMO);
    };
    ($name:ident, $dir:literal, own_policy) => {
        case!($name, $dir, include_str!(concat!("cases/", $dir, "/policy.json")));
    };
    ($name:ident, $dir:literal, $policy:expr) => {
        #[wasm_bindgen_test]
        fn $name() {
            let case: serde_json::Value =
                serde_json::from_str(include_str!(concat!("cases/", $dir, "/case.json"))).unwrap();
            let policy: &str = $policy;
            let request = serde_json::json!({
                "policy": policy,
                "list": include_str!(concat!("cases/", $dir, "/list.txt")),
                "context": case.get("context").cloned().unwrap_or_default(),
                "now": case["now"],
            });
            // A plain JS object, as a page would pass.
            let serializer = serde_wasm_bindgen::Serializer::json_compatible();
            let js = serde::Serialize::serialize(&request, &serializer).unwrap();
            let response = appcheck::web::check(js);
            let text: String = js_sys::JSON::stringify(&response).unwrap().into();
            let actual: serde_json::Value = serde_json::from_str(&text).unwrap();
            let expected: serde_json::Value =
                serde_json::from_str(include_str!(concat!("cases/", $dir, "/expected.json"))).unwrap();
            assert_eq!(actual, expected);
        }
    };
}

case!(memo_phone_email_tiktok, "memo-phone-email-tiktok");
case!(memo_tablet_email_package_id, "memo-tablet-email-package-id");
case!(memo_laptop_tiktok, "memo-laptop-tiktok");
case!(memo_phone_no_email, "memo-phone-no-email");
case!(memo_phone_email_no_tiktok, "memo-phone-email-no-tiktok");
case!(memo_empty_list, "memo-empty-list");
case!(memo_after_deadline, "memo-after-deadline");
case!(memo_unanswered_email, "memo-unanswered-email");
case!(policy_unknown_field, "policy-unknown-field", own_policy);

#[wasm_bindgen_test]
fn a_request_that_is_not_understood_is_a_failure_not_an_exception() {
    let response = appcheck::web::check(JsValue::from_str("not a request"));
    let text: String = js_sys::JSON::stringify(&response).unwrap().into();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["status"], "failure");
}
