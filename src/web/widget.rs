//! The widget: the questions, the list inputs, the check button and the answer, wired
//! to run a check on the main thread or in the Web Worker.

use super::*;

pub(super) fn render_widget(document: &Document, root: &Element, loaded: &Loaded, language: Option<String>, ui: Lang) {
    let policy = Rc::clone(&loaded.policy);
    let speech = Speech {
        ui,
        locale: intl_locale(language.as_deref(), ui),
    };
    let summary = summarise(policy.policy(), now(), language.as_deref());
    render_header(document, root, &summary, &speech);
    let (state, signed) = match &loaded.verification {
        Verification::Verified { keys } => match (&loaded.inside, keys.as_slice()) {
            // The single file carries its own key: it says only what that proves.
            (Some(fingerprint), [key, ..]) => (
                "verified",
                fill(
                    Msg::P_SIGNED_INSIDE.get(ui),
                    &[("key", key), ("fingerprint", fingerprint)],
                ),
            ),
            (_, [key]) => ("verified", fill(Msg::P_SIGNED.get(ui), &[("key", key)])),
            _ => (
                "verified",
                fill(Msg::P_SIGNED_SEVERAL.get(ui), &[("keys", &keys.join(", "))]),
            ),
        },
        _ => ("unsigned", Msg::P_UNSIGNED.get(ui).to_owned()),
    };
    if let Some(header) = find_el(root, "#policy") {
        let badge = [("id", "signature"), ("data-state", state), ("lang", ui.tag())];
        put(document, &header, "p", &badge, &signed);
        // When the policy was last fetched from the server: offline, the service
        // worker's copy says how old it is.
        if let Some(fetched) = &loaded.fetched {
            let date = js_sys::Date::new(&JsValue::from_str(fetched));
            if let Some(when) = (!date.get_time().is_nan())
                .then(|| local_time(&date, speech.ui))
                .flatten()
            {
                let refreshed = [("id", "refreshed"), ("data-date", fetched), ("lang", ui.tag())];
                let line = fill(Msg::P_REFRESHED.get(ui), &[("when", &when)]);
                put(document, &header, "p", &refreshed, &line);
            }
        }
    }
    // Under the policy (and the form, when it gives orders): whom to ask, and the
    // other published policies with this one's state.
    let page_footer = || {
        contact_links(document, root, &summary.issuer, ui);
        if let Some(index) = &loaded.index {
            let current = (policy.policy().id.as_str(), summary.lifecycle.state);
            policy_list(document, root, index, Some(current), loaded.unsigned_accepted, ui);
        }
    };
    if !summary.lifecycle.state.gives_verdicts() {
        page_footer();
        return;
    }

    // `method="dialog"` outside a dialog submits nowhere: even if the handler below
    // never ran (or a host page has no CSP), the answers cannot reach a URL.
    let form = el(
        document,
        "form",
        &[
            ("id", "check-form"),
            ("novalidate", ""),
            ("method", "dialog"),
            ("autocomplete", "off"),
        ],
    );
    questions_form(document, &form, policy.policy(), ui);
    list_inputs(document, &form, policy.policy(), ui);
    put(
        document,
        &form,
        "button",
        &[("type", "submit"), ("id", "check")],
        Msg::P_CHECK.get(ui),
    );
    append(root, &form);

    let result = add(document, root, "section", &[("id", "result")], "");
    // What a screen reader hears after a check: the one sentence, not the whole list.
    let announcer = [
        ("id", "announce"),
        ("class", "visually-hidden"),
        ("role", "status"),
        ("aria-live", "polite"),
    ];
    put(document, root, "p", &announcer, "");
    page_footer();

    let Ok(form_element) = form.clone().dyn_into::<HtmlFormElement>() else {
        return;
    };
    wire_file_picker(root, &form_element, ui);
    wire_held(root, &form_element, ui);
    wire_tick_search(root, &form_element);
    // The employee's answers to "is this TikTok?": in this page's memory only, cleared
    // by every new check, kept when the widget is drawn again (another language).
    let choices = choices_of(root);
    // The devices of an export, drawn by the report's view.
    let table = device_table(root, &result);
    let worker_url = root.get_attribute("data-worker");
    // Every list goes to the worker when this module does not check: it starts now.
    if let (false, Some(url)) = (CHECKS_HERE, &worker_url) {
        warm_worker(url);
    }
    let policy_text = Rc::clone(&loaded.text);
    let run: Rc<dyn Fn(bool)> = {
        let (document, result, choices) = (document.clone(), result.clone(), Rc::clone(&choices));
        let speech = speech.clone();
        Rc::new(move |focus: bool| {
            let mut context = read_context(&form_element);
            context.language.clone_from(&language);
            context.confirmed.clone_from(&choices.borrow().confirmed);
            context.dismissed.clone_from(&choices.borrow().dismissed);
            let check = CHECKS.with(|c| {
                c.set(c.get() + 1);
                c.get()
            });
            set(&result, "data-check", &check.to_string());
            let current = {
                let result = result.clone();
                move || result.get_attribute("data-check").as_deref() == Some(check.to_string().as_str())
            };
            // The list stays a JavaScript string until it is known to be short: a long
            // one goes to the worker without ever being copied into this module.
            let pasted = pasted_and_ticked_js(&form_element);
            let ticked = ticked_only(&form_element);
            let answered_platform = context.platform;
            let units = pasted.length() as usize;
            // Counted once, and only when the length alone does not say it is short.
            let lines = (units > WORKER_LINES * 4).then(|| count_lines(&pasted));
            let long = units > WORKER_UNITS || lines.is_some_and(|n| n > WORKER_LINES);
            // A page module without checks of its own sends every list to the worker.
            let to_worker = long || !CHECKS_HERE;
            // A long list's findings are drawn a chunk per task after the first.
            let drawn = if long { CHUNK } else { usize::MAX };
            let ui = speech.ui;
            // Draws a report (the first `drawn` findings the policy names; the caller
            // draws the rest), if it is still the newest check's.
            let show = {
                let (document, result, speech, current, form, table) = (
                    document.clone(),
                    result.clone(),
                    speech.clone(),
                    current.clone(),
                    form_element.clone(),
                    table.clone(),
                );
                move |report: &Report, drawn: usize| -> Shown {
                    let shown = Shown {
                        platform: platform_hint(answered_platform, report),
                        ticked_only: ticked,
                    };
                    // A later check may have finished first: only the newest is shown.
                    if current() {
                        let _ = result.remove_attribute("aria-busy");
                        let _ = result.remove_attribute("data-stale");
                        render_report(&document, &result, report, &speech, drawn, shown, &table);
                        announce(&result, &report.overall.message);
                        let unanswered = mark_unanswered(&form, report);
                        if focus {
                            match unanswered {
                                Some(field) => {
                                    let _ = field.focus();
                                }
                                None => focus_overall(&result),
                            }
                        }
                    }
                    shown
                }
            };
            match (&worker_url, to_worker) {
                (Some(url), true) => {
                    set(&result, "aria-busy", "true");
                    if long {
                        show_progress(&document, &result, Some(lines.unwrap_or_default()), ui);
                    } else {
                        // A short list's answer comes at once, unless the worker is still
                        // loading its module (a phone's first check): then it says so.
                        let (document, result, current) = (document.clone(), result.clone(), current.clone());
                        wasm_bindgen_futures::spawn_local(async move {
                            after(PROGRESS_AFTER_MS).await;
                            if current() && result.has_attribute("aria-busy") {
                                show_progress(&document, &result, None, ui);
                            }
                        });
                    }
                    let request = WorkerRequest {
                        id: check,
                        policy: Rc::clone(&policy_text),
                        list: pasted,
                        context: context.clone(),
                        now: now().to_rfc3339(),
                    };
                    let (url, policy, document, result, speech) = (
                        url.clone(),
                        Rc::clone(&policy),
                        document.clone(),
                        result.clone(),
                        speech.clone(),
                    );
                    let progress = {
                        let result = result.clone();
                        move |done, total| update_progress(&result, done, total, ui)
                    };
                    wasm_bindgen_futures::spawn_local(async move {
                        match in_worker(&url, &request, progress).await {
                            FromWorker::Answered(report) => {
                                // For tests: how many answers came from the worker, and how
                                // many times it loaded a policy for them.
                                let checks = WORKER_CHECKS.with(|n| {
                                    n.set(n.get() + 1);
                                    n.get()
                                });
                                let loads = WORKER_LOADS.with(std::cell::Cell::get).to_string();
                                set(&result, "data-worker-checks", &checks.to_string());
                                set(&result, "data-worker-policy-loads", &loads);
                                let shown = show(&report, drawn);
                                // The other findings, a chunk per task: the page stays responsive.
                                let list = find_el(&result, "#findings");
                                let findings = named(&report);
                                for chunk in findings.get(drawn..).unwrap_or_default().chunks(CHUNK) {
                                    next_task().await;
                                    if !current() {
                                        return;
                                    }
                                    if let Some(list) = &list {
                                        render_findings(
                                            &document,
                                            list,
                                            chunk,
                                            &report.policy.language,
                                            &speech,
                                            shown,
                                        );
                                    }
                                }
                            }
                            // Stopped: no answer at all, never a partial one.
                            FromWorker::Cancelled => {
                                if current() {
                                    show_cancelled(&document, &result, ui);
                                }
                            }
                            // No worker here (a strict host page, an old browser): in the page,
                            // when its module can check.
                            FromWorker::Failed => match checked_here(&policy, &String::from(&request.list), &context) {
                                Some(report) => {
                                    show(&report, usize::MAX);
                                }
                                None if current() => show_unchecked(&document, &result, ui),
                                None => {}
                            },
                        }
                    });
                }
                _ => match checked_here(&policy, &String::from(&pasted), &context) {
                    Some(report) => {
                        show(&report, usize::MAX);
                    }
                    None => show_unchecked(&document, &result, ui),
                },
            }
        })
    };
    // Not passive: the default submit would put the answers into the URL.
    let options = EventListenerOptions::enable_prevent_default();
    let on_submit = Rc::clone(&run);
    let submit_choices = Rc::clone(&choices);
    // Edits since the last check: a check pressed now makes a pending re-check moot.
    let edits: Rc<std::cell::Cell<u32>> = Rc::default();
    let submit_edits = Rc::clone(&edits);
    let listener = EventListener::new_with_options(&form, "submit", options, move |event| {
        event.prevent_default();
        *submit_choices.borrow_mut() = Choices::default();
        submit_edits.set(submit_edits.get() + 1);
        on_submit(true);
    });
    own(root, listener);
    // Asked by a new drawing of the widget (another language) to give the answer again.
    let again = Rc::clone(&run);
    own(root, EventListener::new(&form, RECHECK, move |_| again(false)));
    // Never stale: once there is an answer, changing an answer, the list or a tick
    // checks again (after a pause in typing), and the old answer is marked meanwhile.
    for kind in ["input", "change"] {
        let (edits, result, run) = (Rc::clone(&edits), result.clone(), Rc::clone(&run));
        let listener = EventListener::new(&form, kind, move |event| {
            let from_file = event
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .is_some_and(|t| t.id() == "app-file" || t.id() == "tick-search");
            if from_file || !result.has_attribute("data-check") {
                return;
            }
            set(&result, "data-stale", "true");
            edits.set(edits.get() + 1);
            let (edits, seen, run) = (Rc::clone(&edits), edits.get(), Rc::clone(&run));
            wasm_bindgen_futures::spawn_local(async move {
                after(EDIT_PAUSE_MS).await;
                if edits.get() == seen {
                    run(false);
                }
            });
        });
        own(root, listener);
    }
    let result_for_clicks = result.clone();
    let calendar_title = format!("{} — {}", summary.title, summary.issuer.name);
    let listener = EventListener::new(&result, "click", move |event| {
        let Some(target) = target_el(event) else {
            return;
        };
        if within(&target, "#cancel-check").is_some() {
            cancel_worker();
            return;
        }
        if within(&target, "#copy-summary").is_some() {
            copy_summary(&result_for_clicks, ui);
            return;
        }
        if let Some(button) = within(&target, "#add-to-calendar") {
            let at = button.get_attribute("data-deadline").unwrap_or_default();
            let summary = find_el(&result_for_clicks, "#overall")
                .and_then(|h| h.text_content())
                .unwrap_or_default();
            download_calendar(&result_for_clicks, &calendar_title, &summary, &at);
            return;
        }
        if within(&target, "#print-summary").is_some() {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
            return;
        }
        // "Yes, it is TikTok" / "No, another app" on a possible match.
        let Some(button) = within(&target, "button[data-choice]") else {
            return;
        };
        let (Some(choice), Some(entry)) = (button.get_attribute("data-choice"), button.get_attribute("data-entry"))
        else {
            return;
        };
        {
            let mut choices = choices.borrow_mut();
            if choice == "confirm" {
                choices.confirmed.insert(entry);
            } else {
                choices.dismissed.insert(entry);
            }
        }
        // The buttons are gone: the new answer gets the focus, for keyboards and screen readers.
        run(true);
    });
    own(root, listener);
}

/// The answers to "is this TikTok?" given in `root`'s widget, kept across its drawings.
fn choices_of(root: &Element) -> Rc<RefCell<Choices>> {
    CHOICES.with(|all| {
        let mut all = all.borrow_mut();
        if let Some((_, choices)) = all.iter().find(|(r, _)| r.is_same_node(Some(root))) {
            return Rc::clone(choices);
        }
        let choices: Rc<RefCell<Choices>> = Rc::default();
        all.push((root.clone(), Rc::clone(&choices)));
        choices
    })
}

thread_local! {
    /// Each widget's answers to "is this TikTok?", by its root.
    static CHOICES: RefCell<Vec<(Element, Rc<RefCell<Choices>>)>> = const { RefCell::new(Vec::new()) };
    /// The listeners of each widget's current drawing, by its root: dropped (and so
    /// removed from the page, with the closures and the prepared policy they hold)
    /// when that widget is drawn again.
    pub(super) static OWNED: RefCell<Vec<(Element, Vec<EventListener>)>> = const { RefCell::new(Vec::new()) };
    /// Counts checks, so that a slow check never draws over a newer one.
    pub(super) static CHECKS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    /// The Web Worker long lists are checked in, started on the first long list.
    pub(super) static WORKER: RefCell<Option<web_sys::Worker>> = const { RefCell::new(None) };
    /// The policy text the worker has prepared, so that it is sent once per version.
    pub(super) static WORKER_POLICY: RefCell<Option<Rc<str>>> = const { RefCell::new(None) };
    /// How many answers the worker has given this page.
    pub(super) static WORKER_CHECKS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// How many policies the worker has loaded, as it last said (for tests: once per version).
    pub(super) static WORKER_LOADS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// The worker's message and error handlers for the request in flight.
    pub(super) static HANDLERS: RefCell<Option<WorkerHandlers>> = const { RefCell::new(None) };
}
