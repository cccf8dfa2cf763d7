//! The module's exports to JavaScript that every build has: how the page starts its Web
//! Worker (`set_worker_start`), and the browser's clock for the core (the checks themselves,
//! and the browser's NFKC they use, are [`super::checks`]).

use super::*;

/// A response as a plain JS object, as `JSON.parse` would give it: maps as objects,
/// numbers as numbers ([`super::to_js`], written by hand as serde-wasm-bindgen's
/// `json_compatible` serializer writes it).
pub(super) fn to_js<T: super::to_js::ToJs>(value: &T) -> JsValue {
    let written = value.to_js();
    super::to_js::forget_strings();
    written
}

/// How the page starts the Web Worker for long lists: a JavaScript function that
/// returns a `Worker` (or `null` when none can start), given by `www/appcheck.js`, which
/// knows where the worker's script is (a bundler may have moved it) and whether the
/// module is on another origin than the page. Without one, the widget starts
/// `data-worker`'s URL itself.
#[wasm_bindgen]
pub fn set_worker_start(start: js_sys::Function) {
    WORKER_START.with(|s| *s.borrow_mut() = Some(start));
}

pub(super) fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}
