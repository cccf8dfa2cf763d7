//! Strict reading of small JSON files (trust.json, .sig files, site.json) through
//! `serde_json::Value`: unknown fields are errors, as in the policy loader. The Wasm
//! module already carries `Value`; a derived reader per file would cost kilobytes.

/// The object's fields, refusing any not in `known`.
pub(crate) fn fields<'v>(
    value: &'v serde_json::Value,
    what: &str,
    known: &[&str],
) -> Result<&'v serde_json::Map<String, serde_json::Value>, String> {
    let object = value
        .as_object()
        .ok_or_else(|| format!("{what} must be a JSON object {{…}}"))?;
    if let Some(unknown) = object.keys().find(|k| !known.contains(&k.as_str())) {
        return Err(format!(
            "{what} has an unknown field `{unknown}` (known: {})",
            known.join(", ")
        ));
    }
    Ok(object)
}

/// An optional text field, which must not be empty when given.
pub(crate) fn optional_text(
    object: &serde_json::Map<String, serde_json::Value>,
    what: &str,
    name: &str,
) -> Result<Option<String>, String> {
    match object.get(name) {
        None => Ok(None),
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => Ok(Some(s.trim().to_owned())),
        Some(_) => Err(format!("{what}: `{name}` must be a text that is not empty")),
    }
}

/// A required text field.
pub(crate) fn text<'v>(
    object: &'v serde_json::Map<String, serde_json::Value>,
    what: &str,
    name: &str,
) -> Result<&'v str, String> {
    object
        .get(name)
        .and_then(|v| v.as_str())
        .ok_or_else(|| format!("{what} needs `{name}` as a text"))
}
