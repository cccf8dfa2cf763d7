//! Fetching a published policy from the page's own origin and opening it on the one
//! road (`crate::open`): files asked for at once, the signature verified by WebCrypto,
//! the versions seen kept in localStorage (the page's only stored data).

use super::*;

/// Fetches the index and the policy the link names (or the one file the element
/// names), verifies and loads it strictly.
pub(super) async fn load(index_url: &str, link: &Link, mut files: Files) -> Result<Loaded, Failure> {
    // Where the policy is, which id it must have, and its signature file.
    let (index, url, expected_id, signature_url) = match &link.file {
        Some(file) => (None, file.clone(), None, link.signature.clone()),
        None => {
            let text = files
                .index
                .take()
                .unwrap_or_else(|| start_fetch(index_url))
                .text()
                .await
                .map_err(|e| Failure::new(Msg::X_INDEX_NOT_LOADED, format!("{index_url}: {e}"), None))?;
            let index =
                load_index(text.as_bytes()).map_err(|e| Failure::new(Msg::X_INDEX_NOT_READ, e.to_string(), None))?;
            // (A link that names two policies is not understood: neither is shown.)
            if let (Some(first), Some(second)) = (&link.policy, &link.also) {
                let message = fill(
                    Msg::X_TWO_POLICIES_DETAIL.get(Lang::pick(link.language.as_deref())),
                    &[
                        ("first", &crate::open::shown_id(first)),
                        ("second", &crate::open::shown_id(second)),
                    ],
                );
                return Err(Failure::new(Msg::X_UNKNOWN, message, Some(&index)));
            }
            let entry = match crate::open::locate(&index, link.policy.as_deref()) {
                Ok(entry) => entry.clone(),
                Err(_) => {
                    let id = link.policy.clone().unwrap_or_else(|| index.default.clone());
                    let message = fill(
                        Msg::X_UNKNOWN_DETAIL.get(Lang::pick(link.language.as_deref())),
                        &[("id", &crate::open::shown_id(&id))],
                    );
                    return Err(Failure::new(Msg::X_UNKNOWN, message, Some(&index)));
                }
            };
            let base = index_url
                .rsplit_once('/')
                .map_or(String::new(), |(dir, _)| format!("{dir}/"));
            let signature = entry.signature.as_ref().map(|file| format!("{base}{file}"));
            (Some(index), format!("{base}{}", entry.file), Some(entry.id), signature)
        }
    };
    let index = index.as_ref();
    let policy_file = start_fetch(&url);
    let signature_file = signature_url.as_deref().map(start_fetch);
    let (text, fetched) = policy_file
        .finish()
        .await
        .map_err(|e| Failure::new(Msg::X_NOT_LOADED, format!("{url}: {e}"), index))?;
    // Signed? Verified before anything of the policy is shown.
    let trust_url = link.trust.clone();
    let trust_file = files.trust.take().unwrap_or_else(|| start_fetch(&trust_url));
    let trust_inside = matches!(trust_file, Pending::Ready(_));
    let trust = match trust_file.text().await {
        Ok(text) => {
            load_trust(text.as_bytes()).map_err(|e| Failure::new(Msg::X_TRUST_NOT_READ, e.to_string(), index))?
        }
        Err(e) => {
            return Err(Failure::new(
                Msg::X_TRUST_NOT_LOADED,
                format!("{trust_url}: {e}"),
                index,
            ))
        }
    };
    let signature = match (signature_file, &signature_url) {
        (Some(file), Some(sig_url)) => Some(
            file.text()
                .await
                .map_err(|e| Failure::new(Msg::X_SIGNATURE_NOT_LOADED, format!("{sig_url}: {e}"), index))?,
        ),
        _ => None,
    };
    // The one road to open a published policy (crate::open): the signature read once,
    // verified by WebCrypto in between, then the policy, its id and the versions seen.
    let opening = Opening::new(
        expected_id.as_deref(),
        text.as_bytes(),
        signature.as_deref().map(str::as_bytes),
        &trust,
    );
    // Over plain HTTP from a name other than this machine the browser offers no
    // WebCrypto: say why nothing can be verified, not "use a current browser".
    let secure = web_sys::window().is_some_and(|w| w.is_secure_context());
    let candidates = opening.to_verify();
    if !candidates.is_empty() && !secure {
        let detail = "this page must be served over HTTPS: the browser checks signatures (WebCrypto) only on pages served over HTTPS or from this machine";
        return Err(Failure {
            contact: crate::policy::contact_hint(text.as_bytes(), link.language.as_deref()),
            ..Failure::new(Msg::X_NOT_HTTPS, detail.to_owned(), index)
        });
    }
    // Each signature by a trusted key, verified over the exact bytes; the valid ones
    // go back to the road, which counts distinct keys.
    let mut valid = Vec::new();
    for candidate in candidates {
        let holds = webcrypto_verify(&candidate.public_key, &candidate.signature, text.as_bytes())
            .await
            .map_err(|e| Failure::new(Msg::X_NOT_VERIFIED, e, index))?;
        if holds {
            valid.push(candidate);
        }
    }
    let seen = seen_versions(&url);
    let contact = || crate::policy::contact_hint(text.as_bytes(), link.language.as_deref());
    match opening.finish(&valid, &seen, super::exports::now()) {
        Ok(opened) => {
            if opened.seen != seen {
                remember_versions(&opened.seen);
            }
            let inside = match (&opened.verification, trust_inside) {
                (Verification::Verified { keys }, true) => trust
                    .keys
                    .iter()
                    .find(|k| keys.first() == Some(&k.id))
                    .map(|k| fingerprint(&k.public_key)),
                _ => None,
            };
            Ok(Loaded {
                index: index.cloned(),
                // Its recognition tables are built by its first check in the page, if any.
                policy: Rc::new(Checker::deferred(opened.policy)),
                verification: opened.verification,
                fetched,
                text: Rc::from(text.as_str()),
                inside,
                unsigned_accepted: trust.allow_unsigned,
            })
        }
        Err(Refusal::NotVerified { reason }) => Err(Failure {
            contact: contact(),
            ..Failure::new(Msg::X_NOT_VERIFIED, reason.to_string(), index)
        }),
        Err(Refusal::NotApproved { reason }) => Err(Failure {
            contact: contact(),
            ..Failure::new(Msg::X_NOT_APPROVED, reason.to_string(), index)
        }),
        Err(Refusal::Rollback { reason }) => Err(Failure::new(Msg::X_NOT_VERIFIED, reason.to_string(), index)),
        Err(Refusal::Mismatch { expected, found }) => {
            let detail = format!("{url} holds the policy `{found}`, not `{expected}`.");
            Err(Failure::new(Msg::X_MISMATCH, detail, index))
        }
        Err(Refusal::NotRead(e)) => Err(Failure {
            contact: contact(),
            ..Failure::new(Msg::X_NOT_READ, e.to_string(), index)
        }),
        Err(refusal @ Refusal::Unknown { .. }) => Err(Failure::new(Msg::X_UNKNOWN, refusal.to_string(), index)),
    }
}

/// A public key as people compare it: its 64 hex digits in groups of eight, as
/// `appcheck keygen` prints them and `trust.json` holds them.
fn fingerprint(public_key: &[u8; 32]) -> String {
    let hex = hex::encode(public_key);
    let groups: Vec<&str> = (0..8).filter_map(|i| hex.get(i * 8..i * 8 + 8)).collect();
    groups.join(" ")
}

/// Files of the site are fetched revalidating with the server every time: a policy
/// withdrawn this afternoon must show as withdrawn on the next visit, whatever the
/// host's caching headers say. (Offline, the service worker answers instead.) A
/// response's HTTP `Date` says when it came from the server (a copy kept by the
/// service worker keeps its original date); files handed to [`mount`] have none.
///
/// A file asked for now and read later: the page asks for the files it needs at
/// once, rather than one after another.
pub(super) enum Pending {
    /// Handed to [`mount`]: no request.
    Ready(String),
    Fetching(js_sys::Promise),
    Failed(String),
}

thread_local! {
    /// Marks a fetch's failure as handled until it is read (a failure nobody reads, as
    /// when the index is missing and trust.json is then not needed, stays quiet).
    pub(super) static IGNORE: Closure<dyn FnMut(JsValue)> = Closure::new(|_| {});
}

/// How long a file of the site (the index, a policy, its signature, trust.json) may take
/// to arrive, its body too: a minute, which a policy of thousands of apps needs on the
/// slowest phone network, and no one waits longer.
const FETCH_TIMEOUT_MS: i32 = 60_000;

pub(super) fn start_fetch(url: &str) -> Pending {
    if let Some(text) = given_file(url) {
        return Pending::Ready(text);
    }
    let Some(window) = web_sys::window() else {
        return Pending::Failed("no window".to_owned());
    };
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    // A server that never answers (or never finishes) is a file not loaded after
    // [`FETCH_TIMEOUT_MS`]: "can't tell", never "Loading the policy…" for ever.
    if let Ok(controller) = web_sys::AbortController::new() {
        init.set_signal(Some(&controller.signal()));
        let abort = Closure::once_into_js(move || controller.abort());
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(abort.unchecked_ref(), FETCH_TIMEOUT_MS);
    }
    let promise = window.fetch_with_str_and_init(url, &init);
    IGNORE.with(|ignore| {
        let _ = promise.catch(ignore);
    });
    Pending::Fetching(promise)
}

impl Pending {
    /// The file's text and the HTTP `Date` of its response.
    pub(super) async fn finish(self) -> Result<(String, Option<String>), String> {
        let promise = match self {
            Pending::Ready(text) => return Ok((text, None)),
            Pending::Failed(e) => return Err(e),
            Pending::Fetching(promise) => promise,
        };
        let response = JsFuture::from(promise).await.map_err(|_| "network error".to_owned())?;
        let response: Response = response.dyn_into().map_err(|_| "not a response".to_owned())?;
        if !response.ok() {
            return Err(format!("HTTP {}", response.status()));
        }
        let date = response.headers().get("date").ok().flatten();
        // (Its bytes, read strictly as UTF-8, as `appcheck validate` reads them: the
        // browser's `text()` would put `�` where a byte is wrong, and the page would show a
        // file the CLI refuses.)
        let body = JsFuture::from(response.array_buffer().map_err(|_| "unreadable body".to_owned())?)
            .await
            .map_err(|_| "unreadable body".to_owned())?;
        let mut bytes = js_sys::Uint8Array::new(&body).to_vec();
        if bytes.starts_with(b"\xEF\xBB\xBF") {
            bytes.drain(..3);
        }
        let text = String::from_utf8(bytes).map_err(|e| {
            format!(
                "not UTF-8 text (invalid byte at offset {}); save it as UTF-8",
                e.utf8_error().valid_up_to()
            )
        })?;
        Ok((text, date))
    }

    pub(super) async fn text(self) -> Result<String, String> {
        self.finish().await.map(|(text, _)| text)
    }
}

/// Checks an Ed25519 signature with the browser's WebCrypto.
pub(super) async fn webcrypto_verify(public_key: &[u8; 32], signature: &[u8; 64], data: &[u8]) -> Result<bool, String> {
    let subtle = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.subtle())
        .ok_or(
            "this browser offers no WebCrypto here; signed policies can be checked only on a page served over HTTPS",
        )?;
    let algorithm = js_sys::Object::new();
    let _ = set_prop(&algorithm, "name", &"Ed25519".into());
    let key_data = js_sys::Uint8Array::from(&public_key[..]);
    let usages = js_sys::Array::of1(&"verify".into());
    let unsupported =
        |_| "this browser cannot check Ed25519 signatures; use a current browser, or ask the help desk".to_owned();
    let key = JsFuture::from(
        subtle
            .import_key_with_object("raw", &key_data, &algorithm, false, &usages)
            .map_err(unsupported)?,
    )
    .await
    .map_err(unsupported)?;
    let key: web_sys::CryptoKey = key.unchecked_into();
    let verified = subtle
        .verify_with_object_and_u8_array_and_u8_array(&algorithm, &key, signature, data)
        .map_err(unsupported)?;
    Ok(JsFuture::from(verified)
        .await
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false))
}

/// The only thing the page stores: the newest version of each policy it has shown,
/// under the trusted key (or, unsigned, the URL) that vouched for it.
pub(super) const SEEN_VERSIONS: &str = "appcheck-policy-versions";

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = URL)]
    type AbsoluteUrl;
    /// `new URL(url, base)`, which throws on what is not a URL.
    #[wasm_bindgen(catch, constructor, js_class = URL)]
    fn resolve(url: &str, base: &str) -> Result<AbsoluteUrl, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn href(this: &AbsoluteUrl) -> String;
}

/// The versions this browser has shown, for opening the policy at `url` (relative to
/// the page: the record keeps its absolute URL, so two sites on one origin, or two
/// single files on one disk, are two places).
pub(super) fn seen_versions(url: &str) -> SeenVersions {
    let window = web_sys::window();
    let base = window
        .as_ref()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let place = AbsoluteUrl::resolve(url, &base).map_or_else(|_| url.to_owned(), |u| u.href());
    let stored = window
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(SEEN_VERSIONS).ok().flatten())
        .unwrap_or_default();
    SeenVersions::read(&stored, &place)
}

/// Stores the record of versions seen (anchors, policy ids and version numbers only).
pub(super) fn remember_versions(seen: &SeenVersions) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(SEEN_VERSIONS, &seen.write());
    }
}
