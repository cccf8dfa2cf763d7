//! The form: the questions the policy's rules need, the three ways to give a list
//! (paste, a file read in the page, a checklist), and reading the answers back (the
//! long list the page holds in place of the text box is `held.rs`).

use super::*;

/// The questions the policy's rules need, and no others.
pub(super) fn questions_form(document: &Document, form: &Element, policy: &Policy, ui: Lang) {
    for question in questions(policy) {
        let text = question.text(ui);
        match question {
            Question::Device => radio_group(
                document,
                form,
                "device",
                text,
                &[
                    ("phone", Msg::A_PHONE.get(ui)),
                    ("tablet", Msg::A_TABLET.get(ui)),
                    ("computer", Msg::A_COMPUTER.get(ui)),
                ],
            ),
            Question::Ownership => radio_group(
                document,
                form,
                "ownership",
                text,
                &[
                    ("company", Msg::A_COMPANY.get(ui)),
                    ("personal", Msg::A_PERSONAL.get(ui)),
                ],
            ),
            Question::Service(service) => radio_group(
                document,
                form,
                service.as_str(),
                text,
                &[("yes", Msg::A_YES.get(ui)), ("no", Msg::A_NO.get(ui))],
            ),
            Question::Platform => radio_group(
                document,
                form,
                "platform",
                text,
                &[
                    ("ios", "iOS / iPadOS"),
                    ("android", "Android"),
                    ("windows", "Windows"),
                    ("macos", "macOS"),
                    ("linux", "Linux"),
                    ("chromeos", "ChromeOS"),
                ],
            ),
            Question::Region => {
                let fieldset = add(document, form, "fieldset", &[("id", "q-region")], "");
                put(document, &fieldset, "label", &[("for", "region")], text);
                let select = add(document, &fieldset, "select", &[("id", "region")], "");
                // Regions by their names in the reader's language ("India", "Indien").
                let named: Vec<(&str, String)> = policy
                    .regions()
                    .into_iter()
                    .map(|code| (code, region_name(code, ui).unwrap_or_else(|| code.to_owned())))
                    .collect();
                for (value, text) in std::iter::once(("", Msg::A_CHOOSE.get(ui).to_owned()))
                    .chain(named)
                    .chain([("other", Msg::A_ELSEWHERE.get(ui).to_owned())])
                {
                    put(document, &select, "option", &[("value", value)], &text);
                }
            }
        }
    }
}

/// The three ways to give the app list: paste, a file, or ticks; and how to get one.
pub(super) fn list_inputs(document: &Document, form: &Element, policy: &Policy, ui: Lang) {
    put(
        document,
        form,
        "label",
        &[("for", "app-list")],
        Msg::P_LIST_LABEL.get(ui),
    );
    let textarea = [
        ("id", "app-list"),
        ("rows", "8"),
        ("autocomplete", "off"),
        ("spellcheck", "false"),
        ("placeholder", "TikTok\nSlack\nMaps"),
    ];
    put(document, form, "textarea", &textarea, "");
    // An exported list or CSV, read in this page (FileReader), never uploaded.
    let file = add(document, form, "p", &[("class", "file")], "");
    put(document, &file, "label", &[("for", "app-file")], Msg::P_FILE.get(ui));
    let input = [
        ("type", "file"),
        ("id", "app-file"),
        (
            "accept",
            ".txt,.csv,.tsv,.json,.xml,.plist,.log,text/plain,text/csv,application/json,application/xml",
        ),
    ];
    put(document, &file, "input", &input, "");
    put(document, form, "p", &[("id", "file-status"), ("role", "status")], "");

    let help = add(document, form, "details", &[("id", "how-to-list")], "");
    put(document, &help, "summary", &[], Msg::P_HOW_LIST.get(ui));
    let items = add(document, &help, "ul", &[], "");
    for (platform, msg) in [
        ("ios", Msg::P_HOW_IOS),
        ("android", Msg::P_HOW_ANDROID),
        ("windows", Msg::P_HOW_WINDOWS),
        ("macos", Msg::P_HOW_MAC),
    ] {
        append_with_code(document, &items, "li", &[("data-platform", platform)], msg.get(ui));
    }

    checklist(document, form, policy, ui);
}

/// A region's name in the reader's language, from the browser (`Intl.DisplayNames`).
fn region_name(code: &str, ui: Lang) -> Option<String> {
    let options = js_sys::Object::new();
    set_prop(&options, "type", &"region".into())?;
    intl_call("DisplayNames", ui.tag(), &options, "of", &[code.into()])?.as_string()
}

/// A file is at most this big (the list reader reads 32 MB, twice that as UTF-16; anything far larger is
/// not an app list, and reading it would only stall the page).
pub(super) const MAX_FILE_BYTES: f64 = 80.0 * 1024.0 * 1024.0;

/// Reads a chosen file into the list, in this page: nothing is uploaded.
pub(super) fn wire_file_picker(root: &Element, form: &HtmlFormElement, ui: Lang) {
    let Some(input) = find::<HtmlInputElement>(form, "#app-file") else {
        return;
    };
    let form = form.clone();
    let picker = input.clone();
    let listener = EventListener::new(&input, "change", move |_| {
        let Some(file) = picker.files().and_then(|files| files.get(0)) else {
            return;
        };
        let form = form.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let name = crate::text::isolate(&file.name());
            // (A file not read empties what was given before it, as a file read replaces
            // it: an answer must never stand for a list the employee has just replaced.)
            let forget = || {
                let _ = take_held(&form);
                if let Some(area) = find::<HtmlTextAreaElement>(&form, "#app-list") {
                    area.set_value("");
                }
            };
            let message = if file.size() > MAX_FILE_BYTES {
                forget();
                // Whole megabytes, written as an integer (no float formatting in the module).
                let size = ((file.size() / (1024.0 * 1024.0)).round() as u64).to_string();
                fill(Msg::P_FILE_TOO_BIG.get(ui), &[("file", &name), ("size", &size)])
            } else {
                let text = JsFuture::from(file.array_buffer())
                    .await
                    .ok()
                    .map(|buffer| file_text(&js_sys::Uint8Array::new(&buffer)));
                match text {
                    Some(Ok(file_text)) => {
                        let lines = super::worker::count_lines(&file_text);
                        // In place of what was given (typed, or held): a help desk checks
                        // one person's file after another's, and the next answer must not
                        // carry the last person's apps. A long list is held by the page,
                        // never written into the text box.
                        if let Some(area) = find::<HtmlTextAreaElement>(&form, "#app-list") {
                            if file_text.length() as usize > WORKER_UNITS {
                                area.set_value("");
                                hold(&form, file_text, ui, true);
                            } else {
                                let _ = take_held(&form);
                                let _ = set_prop(&area, "value", &file_text);
                            }
                        }
                        let message = match crate::i18n::plural(ui, lines) {
                            crate::i18n::Plural::One => Msg::P_FILE_READ_ONE,
                            crate::i18n::Plural::Other => Msg::P_FILE_READ_OTHER,
                        };
                        fill(message.get(ui), &[("file", &name), ("n", &lines.to_string())])
                    }
                    Some(Err(crate::list::DecodeError::UnknownEncoding)) => {
                        forget();
                        fill(Msg::P_FILE_ENCODING.get(ui), &[("file", &name)])
                    }
                    _ => {
                        forget();
                        fill(Msg::P_FILE_FAILED.get(ui), &[("file", &name)])
                    }
                }
            };
            if let Some(status) = find_el(&form, "#file-status") {
                status.set_text_content(Some(&message));
            }
            // The list changed: an answer on the page is checked again.
            if let Ok(input) = web_sys::Event::new("input") {
                let _ = form.dispatch_event(&input);
            }
        });
    });
    own(root, listener);
}

#[wasm_bindgen]
extern "C" {
    /// The browser's `TextDecoder`, whose `decode` gives a JavaScript string (web-sys's
    /// copies it into the module).
    #[wasm_bindgen(js_name = TextDecoder)]
    type Utf8Decoder;
    #[wasm_bindgen(constructor, js_class = "TextDecoder", catch)]
    fn new(label: &str, options: &js_sys::Object) -> Result<Utf8Decoder, JsValue>;
    /// Throws on bytes that are not UTF-8 (the decoder is made `fatal`).
    #[wasm_bindgen(method, js_class = "TextDecoder", catch)]
    fn decode(this: &Utf8Decoder, bytes: &js_sys::Uint8Array) -> Result<js_sys::JsString, JsValue>;
}

/// A chosen file's bytes as text, decoded as the core decodes them for the CLI
/// ([`crate::list::decode`]: UTF-8, UTF-16 as Windows PowerShell writes it, or
/// Windows-1252 as Excel does). A file that its first bytes show to be UTF-8 is
/// decoded by the browser, strictly, into the JavaScript string the page holds: a
/// 24 MB export is never copied into the module and back. Anything else (UTF-16, a
/// Western code page, a zero byte, a binary file) goes through the core.
fn file_text(bytes: &js_sys::Uint8Array) -> Result<js_sys::JsString, crate::list::DecodeError> {
    let len = bytes.length();
    let head = bytes.subarray(0, len.min(crate::list::HEAD as u32)).to_vec();
    if crate::list::utf8_candidate(&head, len as usize) {
        let options = js_sys::Object::new();
        let _ = set_prop(&options, "fatal", &JsValue::TRUE);
        let text = Utf8Decoder::new("utf-8", &options).and_then(|decoder| decoder.decode(bytes));
        if let Ok(text) = text {
            if !text.includes("\0", 0) {
                return Ok(text);
            }
        }
    }
    crate::list::decode(&bytes.to_vec()).map(|text| js_sys::JsString::from(text.as_str()))
}

/// The pasted text (the list the page holds, else the text box's), with the ticked
/// apps after it as if typed, as the JavaScript string it is (a long list is never
/// copied into the module on the main thread).
pub(super) fn pasted_and_ticked_js(form: &HtmlFormElement) -> js_sys::JsString {
    // The list the page holds, else the text box's.
    let mut text = held(form)
        .or_else(|| find::<HtmlTextAreaElement>(form, "#app-list").map(|area| value_of(&area)))
        .unwrap_or_else(|| js_sys::JsString::from(""));
    if let Ok(ticked) = form.query_selector_all("#checklist input[data-app]:checked") {
        for i in 0..ticked.length() {
            if let Some(name) = ticked
                .item(i)
                .and_then(|n| n.dyn_into::<Element>().ok())
                .and_then(|e| e.get_attribute("data-app"))
            {
                let length = text.length();
                if length > 0 && text.char_code_at(length - 1) != f64::from(b'\n') {
                    text = text.concat(&"\n".into());
                }
                text = text.concat(&format!("{name}\n").into());
            }
        }
    }
    text
}

/// Copies the summary (which names no app) to the clipboard, and says whether it worked.
pub(super) fn copy_summary(result: &Element, ui: Lang) {
    let text = find_el(result, "#summary-text")
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    let status = find_el(result, "#copy-status");
    let write = web_sys::window().and_then(|w| {
        let clipboard = prop(&w.navigator(), "clipboard")?;
        let write: js_sys::Function = prop(&clipboard, "writeText")?.dyn_into().ok()?;
        write
            .call1(&clipboard, &text.into())
            .ok()?
            .dyn_into::<js_sys::Promise>()
            .ok()
    });
    wasm_bindgen_futures::spawn_local(async move {
        let copied = match write {
            Some(promise) => JsFuture::from(promise).await.is_ok(),
            None => false,
        };
        if let Some(status) = status {
            let message = if copied { Msg::K_COPIED } else { Msg::K_NOT_COPIED };
            status.set_text_content(Some(message.get(ui)));
        }
    });
}

/// The employee's answers to possible matches.
#[derive(Default)]
pub(super) struct Choices {
    pub(super) confirmed: crate::evaluate::Strings,
    pub(super) dismissed: crate::evaluate::Strings,
}

pub(super) fn checked_value(form: &HtmlFormElement, name: &str) -> Option<String> {
    find::<HtmlInputElement>(form, &format!("input[name=\"{name}\"]:checked")).map(|i| i.value())
}

pub(super) fn read_context(form: &HtmlFormElement) -> Context {
    let mut context = Context {
        device: checked_value(form, "device").as_deref().and_then(Device::parse),
        ownership: checked_value(form, "ownership").as_deref().and_then(Ownership::parse),
        platform: checked_value(form, "platform")
            .as_deref()
            .and_then(crate::policy::Platform::parse),
        region: find::<HtmlSelectElement>(form, "#region")
            .map(|s| s.value())
            .filter(|v| !v.is_empty()),
        none_of_these: find::<HtmlInputElement>(form, "#tick-none").is_some_and(|none| none.checked()),
        ..Context::default()
    };
    for service in Service::ALL {
        if let Some(answer) = checked_value(form, service.as_str()) {
            context.services.insert(*service, answer == "yes");
        }
    }
    context
}

/// Marks the questions the answer is waiting for (`aria-invalid` on their fields) and
/// clears the others; returns the first waiting field's first input, to focus.
pub(super) fn mark_unanswered(form: &HtmlFormElement, report: &Report) -> Option<web_sys::HtmlElement> {
    let waiting = report.overall.answer == Answer::NeedContext;
    let fields = form.query_selector_all("fieldset[id^=\"q-\"]").ok()?;
    let mut first = None;
    for i in 0..fields.length() {
        let Some(field) = fields.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let question = find_el(&field, "legend, label")
            .and_then(|l| l.text_content())
            .unwrap_or_default();
        let answered = find_el(&field, "input:checked").is_some()
            || find::<HtmlSelectElement>(&field, "select").is_some_and(|s| !s.value().is_empty());
        if waiting && !answered && !question.is_empty() && report.overall.message.contains(question.trim()) {
            set(&field, "aria-invalid", "true");
            if first.is_none() {
                first = find::<web_sys::HtmlElement>(&field, "input, select");
            }
        } else {
            let _ = field.remove_attribute("aria-invalid");
        }
    }
    first
}
