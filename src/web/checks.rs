//! The module's checks, for JavaScript: a check from a page or a program (`check`),
//! and the Web Worker's prepared policy (`prepare`, `check_prepared`, its
//! progress-reporting twin `check_prepared_reporting`, `policy_loads`), and the browser's NFKC for the core. Compiled with
//! the `checking` feature only: the site's page module has none of them (it checks in
//! its worker, whose module has).

use super::*;
use crate::list::parse_list;

/// Runs a check from JavaScript: the same request and response as [`api::check`]
/// (and `appcheck check --json`), as plain JS objects. Errors are data, never
/// exceptions. The request is read and the response written by hand
/// ([`super::from_js`], [`super::to_js`]), each held to serde-wasm-bindgen's derive by
/// `tests/web.rs`.
#[wasm_bindgen]
pub fn check(request: JsValue) -> JsValue {
    shell_ready();
    let response = match super::from_js::read::<api::CheckRequest>(&request) {
        // The policy of the last call, prepared: many lists against one policy load it once.
        Ok(request) => CHECKED.with(|prepared| api::check_cached(&request, nfkc, &mut prepared.borrow_mut())),
        Err(e) => api::CheckResponse::Failure {
            errors: vec![api::ErrorReport::request_error(
                format!("the check request is not understood: {e}"),
                api::REQUEST_HELP,
            )],
        },
    };
    to_js(&response)
}

thread_local! {
    /// The policy the last `check` call named, with its text, prepared.
    static CHECKED: RefCell<Option<(String, Checker)>> = const { RefCell::new(None) };
    /// The policy the Web Worker checks against, prepared once per policy version.
    pub(super) static PREPARED: RefCell<Option<Checker>> = const { RefCell::new(None) };
    /// How many times this module instance has loaded a policy for [`check_prepared`].
    pub(super) static LOADS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Loads and prepares the policy later [`check_prepared`] calls check against (the Web
/// Worker does, once per policy version); `false` when it is not a valid policy.
#[wasm_bindgen]
pub fn prepare(policy: &str) -> bool {
    shell_ready();
    LOADS.with(|n| n.set(n.get() + 1));
    let checker = crate::policy::load_policy(policy.as_bytes()).ok().map(Checker::new);
    let ok = checker.is_some();
    PREPARED.with(|p| *p.borrow_mut() = checker);
    ok
}

/// Checks a list against the prepared policy: the list crosses once, as the string it
/// is, and the context as the object the page sent; the answer is [`check`]'s, an
/// object the worker posts back as it is (a structured clone, never JSON text).
#[wasm_bindgen]
pub fn check_prepared(list: &str, context: JsValue, now: &str, keep: Option<u32>) -> JsValue {
    checked_prepared(list, context, now, keep, &mut |_, _| {})
}

/// [`check_prepared`] and [`check_prepared_reporting`]: `api::check_with`'s answer,
/// with the devices answered so far given to `progress`.
fn checked_prepared(
    list: &str,
    context: JsValue,
    now: &str,
    keep: Option<u32>,
    progress: &mut dyn FnMut(usize, usize),
) -> JsValue {
    let failure = |message: String| {
        to_js(&api::CheckResponse::Failure {
            errors: vec![api::ErrorReport::request_error(
                message,
                "prepare the policy, then check",
            )],
        })
    };
    let (Ok(context), Ok(now)) = (
        super::from_js::read::<Context>(&context),
        DateTime::parse_from_rfc3339(now),
    ) else {
        return failure("the check's context or time is not understood".to_owned());
    };
    PREPARED.with(|p| match p.borrow().as_ref() {
        // As `api::check_with` does, with the progress reported.
        Some(checker) => to_js(&api::CheckResponse::Success {
            report: Box::new(crate::fleet::check_reporting(
                checker,
                &parse_list(list, nfkc),
                &context,
                now.to_utc(),
                keep.map_or(usize::MAX, |k| k as usize),
                progress,
            )),
        }),
        None => failure("no policy is prepared".to_owned()),
    })
}

/// [`check_prepared`], calling `progress(done, total)` as the devices of an export are
/// answered (`fleet::check_reporting`), so the worker can post them to the page's
/// progress bar: at the first and the last device, and in between every
/// [`PROGRESS_EVERY`] devices or [`PROGRESS_MS`] milliseconds, whichever comes first. A
/// list of one device calls it never.
#[wasm_bindgen]
pub fn check_prepared_reporting(
    list: &str,
    context: JsValue,
    now: &str,
    keep: Option<u32>,
    progress: js_sys::Function,
) -> JsValue {
    let (mut last_done, mut last_at) = (0usize, 0f64);
    let mut report = |done: usize, total: usize| {
        let at = js_sys::Date::now();
        if done == 0 || done == total || done >= last_done + PROGRESS_EVERY || at - last_at >= PROGRESS_MS {
            (last_done, last_at) = (done, at);
            let _ = progress.call2(
                &JsValue::NULL,
                &JsValue::from(done as f64),
                &JsValue::from(total as f64),
            );
        }
    };
    checked_prepared(list, context, now, keep, &mut report)
}

/// How often [`check_prepared_reporting`] reports, in devices and in milliseconds.
const PROGRESS_EVERY: usize = 25;
const PROGRESS_MS: f64 = 50.0;

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
