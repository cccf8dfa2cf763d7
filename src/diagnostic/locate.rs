//! Between places in a JSON file's text (a policy, the index, trust.json, …) and JSON
//! pointers, both ways: where a pointer points (so every error, also those found after
//! parsing, such as a rule naming an unknown app, gives the line and column an
//! author's editor shows), and which member a position is in (so a serde error,
//! which knows only its position, gets its pointer).
//!
//! This is not a JSON parser: it runs only on text the JSON reader has already accepted
//! (or is about to reject further on), and only skips values to reach the pointed-to
//! member. Anything unexpected simply means "position unknown".

/// The 1-based line and column of the value (for an object member: of its key) that
/// `pointer` names, if it can be found.
#[cfg(feature = "diagnostics")]
pub(crate) fn locate(text: &str, pointer: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut pos = skip_ws(bytes, 0);
    let mut at = pos;
    if pointer.is_empty() {
        return Some(line_col(text, pos));
    }
    for token in pointer.strip_prefix('/')?.split('/') {
        let token = token.replace("~1", "/").replace("~0", "~");
        match bytes.get(pos)? {
            b'{' => {
                pos = skip_ws(bytes, pos + 1);
                loop {
                    if bytes.get(pos)? == &b'}' {
                        return None;
                    }
                    let key_start = pos;
                    let key_end = skip_string(bytes, pos)?;
                    let key = json_string(text.get(key_start..key_end)?)?;
                    pos = skip_ws(bytes, key_end);
                    if bytes.get(pos)? != &b':' {
                        return None;
                    }
                    pos = skip_ws(bytes, pos + 1);
                    if key == token {
                        at = key_start;
                        break;
                    }
                    pos = skip_ws(bytes, skip_value(bytes, pos)?);
                    match bytes.get(pos)? {
                        b',' => pos = skip_ws(bytes, pos + 1),
                        _ => return None,
                    }
                }
            }
            b'[' => {
                let index: usize = token.parse().ok()?;
                pos = skip_ws(bytes, pos + 1);
                for _ in 0..index {
                    pos = skip_ws(bytes, skip_value(bytes, pos)?);
                    match bytes.get(pos)? {
                        b',' => pos = skip_ws(bytes, pos + 1),
                        _ => return None,
                    }
                }
                if bytes.get(pos)? == &b']' {
                    return None;
                }
                at = pos;
            }
            _ => return None,
        }
    }
    Some(line_col(text, at))
}

/// The byte range of the value a top-level member `key` holds, if there is one.
pub(crate) fn member_value(text: &str, key: &str) -> Option<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut pos = skip_ws(bytes, 0);
    if bytes.get(pos)? != &b'{' {
        return None;
    }
    pos = skip_ws(bytes, pos + 1);
    loop {
        let key_end = skip_string(bytes, pos)?;
        let name = json_string(text.get(pos..key_end)?)?;
        pos = skip_ws(bytes, key_end);
        if bytes.get(pos)? != &b':' {
            return None;
        }
        let start = skip_ws(bytes, pos + 1);
        let end = skip_value(bytes, start)?;
        if name == key {
            return Some(start..end);
        }
        pos = skip_ws(bytes, end);
        match bytes.get(pos)? {
            b',' => pos = skip_ws(bytes, pos + 1),
            _ => return None,
        }
    }
}

/// A JSON string's text (with its quotes) as the string it means.
fn json_string(quoted: &str) -> Option<String> {
    match super::lenient_json(quoted).ok()? {
        crate::json::Value::String(s) => Some(s),
        _ => None,
    }
}

#[cfg(feature = "diagnostics")]
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn skip_ws(bytes: &[u8], mut pos: usize) -> usize {
    while bytes.get(pos).is_some_and(|b| b.is_ascii_whitespace()) {
        pos += 1;
    }
    pos
}

/// Returns the position just after the string starting at `pos`.
fn skip_string(bytes: &[u8], pos: usize) -> Option<usize> {
    if bytes.get(pos)? != &b'"' {
        return None;
    }
    let mut i = pos + 1;
    loop {
        match bytes.get(i)? {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
}

/// Returns the position just after the value starting at `pos`.
fn skip_value(bytes: &[u8], pos: usize) -> Option<usize> {
    match bytes.get(pos)? {
        b'"' => skip_string(bytes, pos),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut i = pos;
            loop {
                match bytes.get(i)? {
                    b'"' => {
                        i = skip_string(bytes, i)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(i + 1);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
        }
        _ => {
            let mut i = pos;
            while bytes
                .get(i)
                .is_some_and(|b| !matches!(b, b',' | b'}' | b']') && !b.is_ascii_whitespace())
            {
                i += 1;
            }
            (i > pos).then_some(i)
        }
    }
}

#[cfg(all(test, feature = "diagnostics"))]
mod tests {
    use super::locate;

    const TEXT: &str = "{\n  \"a\": [1, {\"b\": \"x,]}\"}, 3],\n  \"c\": {\"d\\\"e\": null, \"f\": true}\n}";

    #[test]
    fn finds_members_and_items() {
        assert_eq!(locate(TEXT, ""), Some((1, 1)));
        assert_eq!(locate(TEXT, "/a"), Some((2, 3)));
        assert_eq!(locate(TEXT, "/a/0"), Some((2, 9)));
        assert_eq!(locate(TEXT, "/a/1/b"), Some((2, 13)));
        assert_eq!(locate(TEXT, "/a/2"), Some((2, 27)));
        assert_eq!(locate(TEXT, "/c/f"), Some((3, 23)));
        assert_eq!(locate(TEXT, "/c/d\"e"), Some((3, 9)));
    }

    #[test]
    fn unknown_places_are_none() {
        assert_eq!(locate(TEXT, "/x"), None);
        assert_eq!(locate(TEXT, "/a/3"), None);
        assert_eq!(locate(TEXT, "/a/b"), None);
        assert_eq!(locate("{\"a\": ", "/a/0"), None);
    }
}
