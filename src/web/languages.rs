//! The interface's languages other than English, which the site's Wasm module does not
//! carry: each is a file `appcheck build` writes from the compiled-in catalogue
//! (`i18n::data_file`), fetched before the widget first draws in it and loaded into the
//! catalogue once (`i18n::load`). `www/appcheck.js` says where the files are, relative to
//! itself (`set_languages`); a page with everything inside it hands them over with its
//! other files (`mount`'s `files`, under `i18n/<tag>.json`). A file that is missing, or
//! of another build, is refused: the widget then speaks English, and says why in the
//! console.

use super::*;

thread_local! {
    /// Where each language's file is (`set_languages`), by tag.
    static URLS: RefCell<Vec<(Lang, String)>> = const { RefCell::new(Vec::new()) };
    /// The files loaded, as their text: the Web Worker is sent the reader's with each
    /// long list, since it formats the report in that language too.
    static TEXTS: RefCell<Vec<(Lang, Rc<str>)>> = const { RefCell::new(Vec::new()) };
}

#[wasm_bindgen]
extern "C" {
    /// `console.warn`: the page's developer console, never the page.
    #[wasm_bindgen(js_namespace = console, js_name = warn)]
    pub(super) fn console_warn(message: &str);
}

/// Where the interface's language files are: an object of URLs by language tag
/// (`{ de: "https://…/i18n/de.json", … }`), given by `www/appcheck.js`, which knows where
/// they are relative to itself (a bundler may have moved them).
#[wasm_bindgen]
pub fn set_languages(urls: JsValue) {
    if !urls.is_object() {
        return;
    }
    let entries = js_sys::Object::entries(urls.unchecked_ref());
    let mut found = Vec::new();
    for entry in entries.iter() {
        let pair: js_sys::Array = entry.unchecked_into();
        if let (Some(tag), Some(url)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
            let lang = Lang::pick(Some(&tag));
            if lang.tag() == tag {
                found.push((lang, url));
            }
        }
    }
    URLS.with(|urls| *urls.borrow_mut() = found);
}

/// Loads a language file's text (`lang` by its tag) into this module's catalogue: how
/// the Web Worker is handed the page's, and how Node reads one from disk. `false`, with
/// the reason in the console, when it is refused.
#[wasm_bindgen]
pub fn add_language(tag: &str, text: &str) -> bool {
    let lang = Lang::pick(Some(tag));
    if lang.tag() != tag {
        return false;
    }
    crate::i18n::available(lang) || loaded(lang, text, tag)
}

/// Fetches and loads the file of the language `tag` picks, unless it is loaded already
/// or English: what `check()` does before a request in that language. `false` when the
/// language is not available (the answer is then in English, and the console says why).
#[wasm_bindgen]
pub async fn load_language(tag: &str) -> bool {
    let lang = Lang::pick(Some(tag));
    use_language(lang, None).await == lang
}

/// Asks for `lang`'s file, unless this module speaks it already.
pub(super) fn start_language(lang: Lang) -> Option<(Lang, Pending)> {
    if crate::i18n::available(lang) {
        return None;
    }
    let inside = format!("i18n/{}.json", lang.tag());
    if let Some(text) = given_file(&inside) {
        return Some((lang, Pending::Ready(text)));
    }
    let url = URLS.with(|urls| urls.borrow().iter().find(|(l, _)| *l == lang).map(|(_, u)| u.clone()));
    Some((
        lang,
        match url {
            Some(url) => start_fetch(&url),
            None => Pending::Failed("the page did not say where the language files are (www/appcheck.js does)".into()),
        },
    ))
}

/// The language the widget draws in when `lang` is asked for: `lang` once its file is
/// loaded (from `pending` when that is its request, else fetched now), English when it
/// cannot be.
pub(super) async fn use_language(lang: Lang, pending: Option<(Lang, Pending)>) -> Lang {
    let Some((_, file)) = pending.filter(|(l, _)| *l == lang).or_else(|| start_language(lang)) else {
        return lang;
    };
    match file.text().await {
        Ok(text) if loaded(lang, &text, lang.tag()) => lang,
        Ok(_) => Lang::En,
        Err(why) => {
            console_warn(&format!(
                "appcheck: the interface's words in `{}` ({}) could not be fetched ({why}), so it speaks English. Publish the i18n/ folder `appcheck build` writes beside the site's other files.",
                lang.tag(),
                lang.name()
            ));
            Lang::En
        }
    }
}

/// Loads `text` as `lang`'s file, keeping it for the worker; says in the console why not.
fn loaded(lang: Lang, text: &str, tag: &str) -> bool {
    match crate::i18n::load(lang, text) {
        Ok(()) => {
            TEXTS.with(|texts| {
                let mut texts = texts.borrow_mut();
                if !texts.iter().any(|(l, _)| *l == lang) {
                    texts.push((lang, Rc::from(text)));
                }
            });
            true
        }
        Err(why) => {
            console_warn(&format!(
                "appcheck: the file of the interface's words in `{tag}` ({}) was not loaded, so it speaks English: {why}",
                lang.name()
            ));
            false
        }
    }
}

/// The file of `lang` as loaded, for the Web Worker (none for a language compiled in).
pub(super) fn language_text(lang: Lang) -> Option<Rc<str>> {
    TEXTS.with(|texts| {
        texts
            .borrow()
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, t)| Rc::clone(t))
    })
}
