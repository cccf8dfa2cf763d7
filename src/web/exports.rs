//! The module's exports to JavaScript: a check from a page or a program (`check`,
//! `check_json`), and the Web Worker's prepared policy (`prepare`, `check_prepared`,
//! `policy_loads`); the browser's NFKC and clock for the core.

use super::*;

/// Runs a check from JavaScript: the same request and response as
/// [`api::check`], as plain JS objects. Errors are data, never exceptions. (The
/// objects cross as JSON text: one serializer for the report in the module, not two.)
#[wasm_bindgen]
pub fn check(request: JsValue) -> JsValue {
    let text = js_sys::JSON::stringify(&request)
        .ok()
        .and_then(|t| t.as_string())
        .unwrap_or_default();
    js_sys::JSON::parse(&api::check_json(&text, nfkc)).unwrap_or(JsValue::NULL)
}

/// [`check`] with JSON text in and out: what the Web Worker (`www/worker.js`) runs,
/// so that a long list is checked off the page's main thread.
#[wasm_bindgen]
pub fn check_json(request: &str) -> String {
    api::check_json(request, nfkc)
}

thread_local! {
    /// The policy the Web Worker checks against, prepared once per policy version.
    pub(super) static PREPARED: RefCell<Option<Checker>> = const { RefCell::new(None) };
    /// How many times this module instance has loaded a policy for [`check_prepared`].
    pub(super) static LOADS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Loads and prepares the policy later [`check_prepared`] calls check against (the Web
/// Worker does, once per policy version); `false` when it is not a valid policy.
#[wasm_bindgen]
pub fn prepare(policy: &str) -> bool {
    LOADS.with(|n| n.set(n.get() + 1));
    let checker = crate::policy::load_policy(policy.as_bytes()).ok().map(Checker::new);
    let ok = checker.is_some();
    PREPARED.with(|p| *p.borrow_mut() = checker);
    ok
}

/// Checks a list against the prepared policy: the list crosses once, as the string it
/// is; the answer is [`check_json`]'s. `context` is JSON text, `now` RFC 3339.
#[wasm_bindgen]
pub fn check_prepared(list: &str, context: &str, now: &str, keep: Option<u32>) -> String {
    let failure = |message: String| {
        api::to_json(&api::CheckResponse::Failure {
            errors: vec![api::ErrorReport::request_error(
                message,
                "prepare the policy, then check",
            )],
        })
    };
    let (Ok(context), Ok(now)) = (
        serde_json::from_str::<Context>(context),
        DateTime::parse_from_rfc3339(now),
    ) else {
        return failure("the check's context or time is not understood".to_owned());
    };
    PREPARED.with(|p| match p.borrow().as_ref() {
        Some(checker) => api::to_json(&api::check_with(
            checker,
            list,
            &context,
            now.to_utc(),
            keep.map(|k| k as usize),
            nfkc,
        )),
        None => failure("no policy is prepared".to_owned()),
    })
}

/// How many times a policy was loaded by [`prepare`] in this module instance: the
/// worker reports it, so a test can see it loads a policy once, not per check.
#[wasm_bindgen]
pub fn policy_loads() -> u32 {
    LOADS.with(std::cell::Cell::get)
}

/// Unicode compatibility normalisation, from the browser (`String.prototype.normalize`).
pub(super) fn nfkc(text: &str) -> String {
    js_sys::JsString::from(text).normalize("NFKC").into()
}

pub(super) fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}
