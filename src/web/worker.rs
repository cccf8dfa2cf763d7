//! The Web Worker transport: a long list goes to `www/worker.js` as the string it is
//! (the policy once per version), and its report comes back as an object, read into
//! the typed [`Report`].

use super::*;
use crate::report::DeviceAnswer;

/// The worker's `onmessage` and `onerror` for the request in flight.
pub(super) type WorkerHandlers = (Closure<dyn FnMut(web_sys::MessageEvent)>, Closure<dyn FnMut(JsValue)>);

/// A list longer than this (UTF-16 code units, or lines) is checked in the Web
/// Worker: reading and checking it in the page could hold the main thread past 100 ms
/// on a slow phone.
pub(super) const WORKER_UNITS: usize = 64 * 1024;
pub(super) const WORKER_LINES: usize = 2_000;

#[wasm_bindgen]
extern "C" {
    /// A JavaScript string, for [`count_lines`].
    type Lines;
    /// `String.prototype.indexOf` with the needle a JavaScript string too: each call
    /// passes two references and a number, never text (js-sys's takes a `&str`, which
    /// is encoded and decoded on every call).
    #[wasm_bindgen(method, js_name = indexOf)]
    fn index_of(this: &Lines, search: &js_sys::JsString, from: u32) -> i32;
}

/// How many lines the pasted text has (a last line without `\n` counts, a trailing
/// `\n` starts none), counted on the JavaScript string itself: no copy into the
/// module and no array of lines, so that pressing Check on a 100,000-line list stays
/// a short task.
pub(super) fn count_lines(text: &js_sys::JsString) -> usize {
    let newline = js_sys::JsString::from("\n");
    let length = text.length();
    let text: &Lines = text.unchecked_ref();
    let (mut lines, mut from) = (0, 0);
    while from < length {
        lines += 1;
        let Ok(at) = u32::try_from(text.index_of(&newline, from)) else {
            break;
        };
        from = at + 1;
    }
    lines
}

/// How long a short list's check may take before the page shows its progress (the
/// worker still loading its module, say) rather than nothing.
pub(super) const PROGRESS_AFTER_MS: i32 = 250;

/// A long list's findings are drawn this many at a time, a chunk per task.
pub(super) const CHUNK: usize = 50;

/// What the page sends the worker: the list as the JavaScript string it is.
pub(super) struct WorkerRequest {
    pub(super) id: u64,
    pub(super) policy: Rc<str>,
    pub(super) list: js_sys::JsString,
    pub(super) context: Context,
    pub(super) now: String,
}

/// Resolves in the next task of the event loop: lets the page breathe between chunks
/// of drawing.
pub(super) async fn next_task() {
    after(0).await;
}

/// How long typing must pause before an answer on the page is checked again.
pub(super) const EDIT_PAUSE_MS: i32 = 400;

/// Resolves after `millis` (a timer of the page's event loop).
pub(super) async fn after(millis: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, millis);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Whether this module checks lists itself (the `checking` feature): short lists in the
/// page, and long ones when no worker can start. The site's page module does not; it
/// sends every list to its worker.
pub(super) const CHECKS_HERE: bool = cfg!(feature = "checking");

/// Checks in the page: the report, with the apps the policy does not name cut to
/// what the page lists.
#[cfg(feature = "checking")]
pub(super) fn checked_here(policy: &Checker, text: &str, context: &Context) -> Option<Report> {
    Some(crate::fleet::check(
        policy,
        &crate::list::parse_list(text, super::checks::nfkc),
        context,
        now(),
        MAX_LISTED,
    ))
}

/// A page module without checks of its own (the site's) cannot check in the page:
/// no report, never a guess.
#[cfg(not(feature = "checking"))]
pub(super) fn checked_here(_: &Checker, _: &str, _: &Context) -> Option<Report> {
    None
}

/// Says in `result` that this page cannot check: its worker could not start, and its
/// module does not check by itself. No answer, and what to do.
pub(super) fn show_unchecked(document: &Document, result: &Element, ui: Lang) {
    result.set_text_content(None);
    let _ = result.remove_attribute("aria-busy");
    let message = Msg::P_NO_WORKER.get(ui);
    put(
        document,
        result,
        "p",
        &[("id", "unchecked"), ("role", "alert"), ("class", "error")],
        message,
    );
    announce(result, message);
}

/// Starts the worker before the first list comes, so that it has loaded its module by
/// then (the page's own module does not check: [`CHECKS_HERE`]). A worker whose script
/// fails to load is dropped, and the first check starts another (and, failing too, says
/// it cannot check).
pub(super) fn warm_worker(url: &str) {
    WORKER.with(|slot| {
        let mut slot = slot.borrow_mut();
        if slot.is_some() {
            return;
        }
        let Some(worker) = start_worker(url) else {
            return;
        };
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|_| {});
        let on_error = Closure::<dyn FnMut(JsValue)>::new(|_| {
            WORKER.with(|slot| slot.borrow_mut().take().map(|w| w.terminate()));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        HANDLERS.with(|h| *h.borrow_mut() = Some((on_message, on_error)));
        // A message without a list: the worker loads its module, and answers nothing.
        let _ = worker.post_message(&js_sys::Object::new());
        *slot = Some(worker);
    });
}

/// How a check in the Web Worker ended.
pub(super) enum FromWorker {
    /// The report, read into the typed [`Report`].
    Answered(Box<Report>),
    /// There is no worker here or it failed: the page checks itself.
    Failed,
    /// Stopped by Cancel ([`cancel_worker`]): there is no answer, and none is drawn.
    Cancelled,
}

/// What the promise of the request in flight is rejected with when it is cancelled.
const CANCELLED: &str = "cancelled";

/// Runs a check in the Web Worker (`www/worker.js`, the same Wasm module's
/// `check_prepared_reporting`): the report, as the worker's response object read into
/// the typed [`Report`], with `progress(done, total)` called as the worker says how
/// many devices of an export it has answered. The request goes to the worker only: it
/// is in this page, never sent anywhere.
pub(super) async fn in_worker(
    url: &str,
    request: &WorkerRequest,
    progress: impl FnMut(f64, f64) + 'static,
) -> FromWorker {
    match asked(url, request, progress).await {
        Ok(report) => FromWorker::Answered(Box::new(report)),
        Err(true) => FromWorker::Cancelled,
        Err(false) => FromWorker::Failed,
    }
}

/// [`in_worker`]'s work: `Err(true)` when it was cancelled, `Err(false)` when it failed.
async fn asked(url: &str, request: &WorkerRequest, progress: impl FnMut(f64, f64) + 'static) -> Result<Report, bool> {
    let mut progress = Some(progress);
    // Each step in a task of its own, so that none holds the page for long: the press
    // of Check (which says "Checking N lines…"), starting the worker and posting the
    // request, reading the answer, and drawing it (the caller).
    next_task().await;
    let worker = WORKER
        .with(|slot| {
            let mut slot = slot.borrow_mut();
            if slot.is_none() {
                *slot = start_worker(url);
            }
            slot.clone()
        })
        .ok_or(false)?;
    let id = request.id as f64;
    let message = js_sys::Object::new();
    // The policy goes to the worker once per version; then only lists.
    let has_policy = WORKER_POLICY.with(|p| p.borrow().as_deref() == Some(&*request.policy));
    if !has_policy {
        let _ = set_prop(&message, "policy", &JsValue::from_str(&request.policy));
    }
    // The reader's language, when the module has it from a file: the worker's module
    // instance has only English of its own, and words the report in that language too.
    let language = request.context.language.as_deref().map(|tag| Lang::pick(Some(tag)));
    if let Some((lang, text)) = language.and_then(|lang| language_text(lang).map(|text| (lang, text))) {
        let file = js_sys::Object::new();
        let _ = set_prop(&file, "tag", &JsValue::from_str(lang.tag()));
        let _ = set_prop(&file, "text", &JsValue::from_str(&text));
        let _ = set_prop(&message, "language", &file);
    }
    for (key, value) in [
        ("id", JsValue::from(id)),
        ("list", request.list.clone().into()),
        ("context", to_js(&request.context)),
        ("now", JsValue::from_str(&request.now)),
        ("keep", JsValue::from(MAX_LISTED as f64)),
    ] {
        let _ = set_prop(&message, key, &value);
    }
    let answer = js_sys::Promise::new(&mut |resolve, reject| {
        let mut progress = progress.take();
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            // An answer to an older request is not this one's.
            if prop(&data, "id").and_then(|v| v.as_f64()) != Some(id) {
                return;
            }
            // The devices answered so far, for the progress bar; else the answer.
            match prop(&data, "progress") {
                Some(p) if p.is_object() => {
                    let number = |key: &str| prop(&p, key).and_then(|v| v.as_f64());
                    if let (Some(done), Some(total), Some(progress)) =
                        (number("done"), number("total"), progress.as_mut())
                    {
                        progress(done, total);
                    }
                }
                _ => {
                    let _ = resolve.call1(&JsValue::NULL, &data);
                }
            }
        });
        // Cancel rejects this request's promise (`cancel_worker`).
        CANCEL.with(|c| *c.borrow_mut() = Some(reject.clone()));
        let on_error = Closure::<dyn FnMut(JsValue)>::new(move |error: JsValue| {
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        // The worker now calls these; the previous request's are dropped here.
        HANDLERS.with(|h| *h.borrow_mut() = Some((on_message, on_error)));
    });
    WORKER
        .with(|slot| slot.borrow().as_ref().map(|w| w.post_message(&message)))
        .ok_or(false)?
        .map_err(|_| false)?;
    let data = match JsFuture::from(answer).await {
        Ok(data) => data,
        Err(why) => {
            if why.as_string().as_deref() == Some(CANCELLED) {
                return Err(true);
            }
            // A worker that cannot start (a host page's CSP, say) is not tried again.
            WORKER.with(|slot| slot.borrow_mut().take().map(|w| w.terminate()));
            WORKER_POLICY.with(|p| *p.borrow_mut() = None);
            return Err(false);
        }
    };
    CANCEL.with(|c| *c.borrow_mut() = None);
    let field = |name: &str| prop(&data, name);
    // The worker has this policy now (or has none, if it could not read it).
    let failed = field("failed").is_some_and(|f| f.is_truthy());
    WORKER_POLICY.with(|p| *p.borrow_mut() = (!failed).then(|| Rc::clone(&request.policy)));
    if let Some(loads) = field("loads").and_then(|l| l.as_f64()) {
        WORKER_LOADS.with(|n| n.set(loads as u32));
    }
    // The worker posts a report only with a successful response, read field by field
    // into the typed `Report` (`from_js`); an export's devices (thousands of objects)
    // are read apart, a few hundred per task, so that no task holds the page for long.
    let report = field("report").ok_or(false)?;
    let devices = prop(&report, "devices")
        .filter(|fleet| fleet.is_object())
        .and_then(|fleet| Some((prop(&fleet, "devices")?.dyn_into::<js_sys::Array>().ok()?, fleet)))
        .map(|(devices, fleet)| {
            let _ = set_prop(&fleet, "devices", &js_sys::Array::new());
            devices
        });
    let mut report = Report::from_js(&report).ok_or(false)?;
    if let (Some(fleet), Some(devices)) = (report.devices.as_mut(), devices) {
        let total = devices.length();
        fleet.devices.reserve(total as usize);
        let mut at = 0;
        while at < total {
            next_task().await;
            // Cancel pressed meanwhile: it stopped the worker, and no answer is drawn.
            if WORKER.with(|slot| slot.borrow().is_none()) {
                return Err(true);
            }
            let end = total.min(at + DEVICES_PER_TASK);
            for i in at..end {
                fleet.devices.push(DeviceAnswer::from_js(&devices.get(i)).ok_or(false)?);
            }
            at = end;
        }
    }
    next_task().await;
    Ok(report)
}

/// Devices of an export's answer read from the worker's message per task: 1,000
/// devices took the page's one task 45 ms on a busy 2-core machine.
const DEVICES_PER_TASK: u32 = 200;

thread_local! {
    /// Rejects the promise of the request in flight, for Cancel.
    static CANCEL: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Cancel: stops the worker in the middle of its check (the next check starts a new
/// one and sends it the policy again), and ends the request in flight with
/// [`FromWorker::Cancelled`].
pub(super) fn cancel_worker() {
    WORKER.with(|slot| slot.borrow_mut().take().map(|w| w.terminate()));
    WORKER_POLICY.with(|p| *p.borrow_mut() = None);
    HANDLERS.with(|h| h.borrow_mut().take());
    if let Some(reject) = CANCEL.with(|c| c.borrow_mut().take()) {
        let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(CANCELLED));
    }
}

/// The progress of a check in the worker, in `result`: "Reading N lines…" first (a
/// short list: "Checking your list…"), then the devices of an export answered so far
/// on a `<progress>` bar, and Cancel.
pub(super) fn show_progress(document: &Document, result: &Element, lines: Option<usize>, ui: Lang) {
    result.set_text_content(None);
    let panel = el(document, "div", &[("id", "progress")]);
    let text = match lines {
        Some(lines) => crate::i18n::count(ui, lines, Msg::P_READING_ONE, Msg::P_READING_OTHER),
        None => Msg::P_CHECKING.get(ui).to_owned(),
    };
    put(document, &panel, "p", &[("id", "progress-text")], &text);
    // Without a value the bar says "working" until the first device is answered.
    let bar = [("id", "progress-bar"), ("aria-label", Msg::P_PROGRESS_LABEL.get(ui))];
    put(document, &panel, "progress", &bar, "");
    put(
        document,
        &panel,
        "button",
        &[("type", "button"), ("id", "cancel-check")],
        Msg::P_CANCEL.get(ui),
    );
    append(result, &panel);
}

/// Moves the bar in `result` to `done` of `total` devices answered.
pub(super) fn update_progress(result: &Element, done: f64, total: f64, ui: Lang) {
    let (Some(bar), Some(text)) = (find_el(result, "#progress-bar"), find_el(result, "#progress-text")) else {
        return;
    };
    // Counts of devices: whole numbers, written without float formatting.
    let (done, total) = ((done as u64).to_string(), (total as u64).to_string());
    set(&bar, "max", &total);
    set(&bar, "value", &done);
    text.set_text_content(Some(&fill(
        Msg::P_PROGRESS.get(ui),
        &[("done", &done), ("total", &total)],
    )));
}

/// Says in `result` that the check was cancelled: no answer, and what to do.
pub(super) fn show_cancelled(document: &Document, result: &Element, ui: Lang) {
    result.set_text_content(None);
    let _ = result.remove_attribute("aria-busy");
    put(
        document,
        result,
        "p",
        &[("id", "cancelled"), ("role", "status")],
        Msg::P_CANCELLED.get(ui),
    );
    announce(result, Msg::P_CANCELLED.get(ui));
}

thread_local! {
    /// The page's way to start the worker (`set_worker_start`), when it gave one.
    pub(super) static WORKER_START: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// A new worker: from the page's function when it gave one (it warns in the console
/// when none can start), else from `url`.
fn start_worker(url: &str) -> Option<web_sys::Worker> {
    if let Some(start) = WORKER_START.with(|s| s.borrow().clone()) {
        return start.call0(&JsValue::NULL).ok()?.dyn_into::<web_sys::Worker>().ok();
    }
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    web_sys::Worker::new_with_options(url, &options).ok()
}

pub(super) fn focus_overall(result: &Element) {
    if let Some(overall) = find::<web_sys::HtmlElement>(result, "#overall") {
        let _ = overall.focus();
    }
}
