//! Strict reading of small JSON files (trust.json, .sig files, site.json) through
//! `crate::json::Value`: unknown fields are errors, as in the policy loader, and every
//! error is a [`Diagnostic`] at the field's place. Every JSON file is read into a
//! `Value` anyway; a derived reader per file would cost kilobytes.

use crate::diagnostic::{member, wrong, Diagnostic, Source};

/// The fields of the object at `pointer`, refusing any not in `known`. `what` names
/// the object for people (`site.json help_desk`).
pub(crate) fn fields<'v>(
    source: &Source<'_>,
    value: &'v crate::json::Value,
    pointer: &str,
    what: &str,
    known: &[&str],
) -> Result<&'v crate::json::Map, Diagnostic> {
    let object = value.as_object().ok_or_else(|| {
        wrong!(
            source,
            pointer,
            format!("{what} must be a JSON object {{…}}"),
            &format!("write it as an object with the fields {}", known.join(", ")),
        )
    })?;
    if let Some(unknown) = object.keys().find(|k| !known.contains(&k.as_str())) {
        return Err(wrong!(
            source,
            member(pointer, unknown),
            format!("{what} has an unknown field `{unknown}`"),
            &format!(
                "correct its name, or remove it; the fields {what} knows are {}",
                known.join(", ")
            ),
        ));
    }
    Ok(object)
}

/// An optional text field of the object at `pointer`, which must not be empty when given.
pub(crate) fn optional_text(
    source: &Source<'_>,
    object: &crate::json::Map,
    pointer: &str,
    what: &str,
    name: &str,
) -> Result<Option<String>, Diagnostic> {
    match object.get(name) {
        None => Ok(None),
        Some(crate::json::Value::String(s)) if !s.trim().is_empty() => Ok(Some(s.trim().to_owned())),
        Some(_) => Err(wrong!(
            source,
            member(pointer, name),
            format!("{what}: `{name}` must be a text that is not empty"),
            &format!("write the text in quotes, or leave `{name}` out"),
        )),
    }
}

/// A required text field of the object at `pointer`.
pub(crate) fn text<'v>(
    source: &Source<'_>,
    object: &'v crate::json::Map,
    pointer: &str,
    what: &str,
    name: &str,
) -> Result<&'v str, Diagnostic> {
    match object.get(name) {
        Some(crate::json::Value::String(s)) => Ok(s),
        Some(_) => Err(wrong!(
            source,
            member(pointer, name),
            format!("{what} needs `{name}` as a text"),
            "write the text in quotes",
        )),
        None => Err(wrong!(
            source,
            pointer,
            format!("{what} needs `{name}` as a text"),
            &format!("add `\"{name}\": \"…\"`"),
        )),
    }
}
