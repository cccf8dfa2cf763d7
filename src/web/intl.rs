//! Dates and countdowns through the browser's `Intl`: a deadline in the reader's own
//! time zone and language, and how long is left, kept current while the page is open.
//!
//! Every call into `Intl` goes through [`intl_call`], which catches what `Intl`
//! throws (a `RangeError` for a language tag it refuses): an exception must never
//! escape a drawing, or the page stops after its title with no form and no message.

use super::*;

#[wasm_bindgen]
extern "C" {
    /// `Intl.getCanonicalLocales(tag)`, which throws on a tag it refuses.
    #[wasm_bindgen(catch, js_namespace = Intl, js_name = getCanonicalLocales)]
    fn canonical_locales(tag: &str) -> Result<js_sys::Array, JsValue>;
}

/// The language tag for the browser's `Intl`: the one asked for, when the interface
/// speaks it (`de-AT` keeps its Austrian dates), canonical (`fr_FR` is `fr-FR`); else
/// the interface's own. A link or an attribute may say anything (`de-!!`, ` de`,
/// `en-x`): what `Intl` refuses falls back to the interface's language.
pub(super) fn intl_locale(requested: Option<&str>, ui: Lang) -> String {
    requested
        .filter(|tag| Lang::pick(Some(tag)) == ui)
        .map(|tag| tag.trim().replace('_', "-"))
        .and_then(|tag| canonical_locales(&tag).ok()?.get(0).as_string())
        .filter(|tag| Lang::pick(Some(tag)) == ui)
        .unwrap_or_else(|| ui.tag().to_owned())
}

/// `new Intl[class](locale, options)[method](args…)`, or nothing when any step throws
/// (or `Intl` lacks the class).
pub(super) fn intl_call(
    class: &str,
    locale: &str,
    options: &js_sys::Object,
    method: &str,
    args: &[JsValue],
) -> Option<JsValue> {
    let intl = prop(&js_sys::global(), "Intl")?;
    let class: js_sys::Function = prop(&intl, class)?.dyn_into().ok()?;
    let formatter = js_sys::Reflect::construct(
        &class,
        &js_sys::Array::of2(&js_sys::Array::of1(&locale.into()), options),
    )
    .ok()?;
    let format: js_sys::Function = prop(&formatter, method)?.dyn_into().ok()?;
    let arguments: js_sys::Array = args.iter().collect();
    format.apply(&formatter, &arguments).ok()
}

/// [`intl_call`]'s answer as text.
fn intl_format(class: &str, locale: &str, options: &js_sys::Object, method: &str, args: &[JsValue]) -> Option<String> {
    intl_call(class, locale, options, method, args)?.as_string()
}

/// A time in the reader's own time zone, written as the policy's times are ("Sat 11 Jul
/// 2020, 05:59 (UTC+02:00)", "Sa. 11. Juli 2020, 05:59 (UTC+02:00)"): one date style per
/// language on the page. The browser says the reader's offset at that instant.
pub(super) fn local_time(date: &js_sys::Date, ui: Lang) -> Option<String> {
    let millis = date.get_time();
    if millis.is_nan() {
        return None;
    }
    let utc = DateTime::from_timestamp_millis(millis as i64)?;
    // getTimezoneOffset is minutes *behind* UTC (-120 in Berlin in summer).
    let offset = chrono::FixedOffset::east_opt(-(date.get_timezone_offset() as i32) * 60)?;
    Some(crate::report::format_time_in(&utc.with_timezone(&offset), ui))
}

/// How far away a time is, in the largest unit that fits: "in 3 hours", "in 3 Stunden";
/// a past time is "overdue, 2 days ago".
pub(super) fn countdown(millis: f64, locale: &str, overdue: &str) -> String {
    let minutes = (millis - js_sys::Date::now()) / 60_000.0;
    let (value, unit) = if minutes.abs() >= 2.0 * 24.0 * 60.0 {
        (minutes / (24.0 * 60.0), "day")
    } else if minutes.abs() >= 120.0 {
        (minutes / 60.0, "hour")
    } else {
        (minutes, "minute")
    };
    let options = js_sys::Object::new();
    let _ = set_prop(&options, "numeric", &"auto".into());
    let relative = intl_format(
        "RelativeTimeFormat",
        locale,
        &options,
        "format",
        &[value.round().into(), unit.into()],
    )
    .unwrap_or_default();
    if minutes < 0.0 && relative.is_empty() {
        overdue.to_owned()
    } else if minutes < 0.0 {
        format!("{overdue}, {relative}")
    } else {
        relative
    }
}

/// Keeps every countdown in `root` current: once a minute, and whenever the page is
/// shown again (a phone that slept for an hour must not show an hour-old countdown).
pub(super) fn start_countdowns(root: &Element) {
    let root = root.clone();
    let tick = Closure::<dyn FnMut()>::new(move || {
        let Ok(all) = root.query_selector_all(".countdown[data-deadline]") else {
            return;
        };
        for i in 0..all.length() {
            let Some(span) = all.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let attribute = |name: &str| span.get_attribute(name).unwrap_or_default();
            let millis = js_sys::Date::new(&JsValue::from_str(&attribute("data-deadline"))).get_time();
            if !millis.is_nan() {
                span.set_text_content(Some(&countdown(
                    millis,
                    &attribute("data-locale"),
                    &attribute("data-overdue"),
                )));
            }
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(tick.as_ref().unchecked_ref(), 30_000);
        if let Some(document) = window.document() {
            let _ = document.add_event_listener_with_callback("visibilitychange", tick.as_ref().unchecked_ref());
        }
    }
    // Page-lifetime: started once per mounted widget (`first` in `mount`), never per drawing.
    tick.forget();
}

/// "Your time: Sat, 11 Jul 2020, 05:59 CEST (in 3 hours)", the countdown kept current;
/// the countdown never breaks across lines. `id`, when given, names it.
pub(super) fn local_deadline(document: &Document, parent: &Element, rfc3339: &str, speech: &Speech, id: Option<&str>) {
    let date = js_sys::Date::new(&JsValue::from_str(rfc3339));
    let millis = date.get_time();
    let Some(when) = (!millis.is_nan()).then(|| local_time(&date, speech.ui)).flatten() else {
        return;
    };
    let overdue = Msg::P_OVERDUE.get(speech.ui);
    let attrs = [
        ("class", "deadline-local"),
        ("lang", speech.ui.tag()),
        ("id", id.unwrap_or("")),
    ];
    let p = el(document, "p", but_last(&attrs, id.is_some()));
    let template = Msg::P_YOUR_TIME.get(speech.ui);
    let (before, after) = template.split_once("{when}").unwrap_or((template, ""));
    append_str(document, &p, before);
    put(document, &p, "time", &[("datetime", rfc3339)], &when);
    append_str(document, &p, &format!("{after} ("));
    put(
        document,
        &p,
        "span",
        &[
            ("class", "countdown nowrap"),
            ("data-deadline", rfc3339),
            ("data-locale", &speech.locale),
            ("data-overdue", overdue),
        ],
        &countdown(millis, &speech.locale, overdue),
    );
    append_str(document, &p, ")");
    append(parent, &p);
}

/// A named time zone's offset at an instant, from the browser's `Intl` (the core has no
/// time-zone data): `None` for a zone the browser does not know. Registered with the
/// core by [`shell_ready`].
pub(super) fn zone_offset(zone: &str, at: DateTime<Utc>) -> Option<chrono::FixedOffset> {
    let options = js_sys::Object::new();
    set_prop(&options, "timeZone", &zone.into())?;
    set_prop(&options, "timeZoneName", &"longOffset".into())?;
    // Constructed through Reflect: an unknown zone is a RangeError, caught here.
    let date = js_sys::Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
    let parts: js_sys::Array = intl_call("DateTimeFormat", "en-US", &options, "formatToParts", &[date.into()])?
        .dyn_into()
        .ok()?;
    let name = parts.iter().find_map(|part| {
        let kind = prop(&part, "type")?.as_string()?;
        (kind == "timeZoneName").then(|| prop(&part, "value")?.as_string())?
    })?;
    // "GMT", "GMT-04:00", "GMT+05:30"
    let offset = name.strip_prefix("GMT")?;
    if offset.is_empty() {
        return chrono::FixedOffset::east_opt(0);
    }
    let (sign, rest) = offset.split_at_checked(1)?;
    let (hours, minutes) = rest.split_once(':').unwrap_or((rest, "0"));
    let seconds = hours.parse::<i32>().ok()? * 3600 + minutes.parse::<i32>().ok()? * 60;
    chrono::FixedOffset::east_opt(if sign == "-" { -seconds } else { seconds })
}

/// What the core needs from the browser before it reads a policy: its time-zone rules.
pub(super) fn shell_ready() {
    crate::policy::set_zone_rules(zone_offset);
}
