//! Reading and rewriting the page's HTML for the build, and writing values into it
//! safely (attributes, JSON inside a `<script>`).

use std::collections::BTreeMap;

/// A tag found in a page: where it starts and ends, and its attributes.
pub struct Tag {
    pub start: usize,
    pub end: usize,
    pub attributes: BTreeMap<String, String>,
}

/// The tags named `name` in `html`, with their attributes (double-quoted, single-
/// quoted or bare values; names lower-cased).
pub fn tags(html: &str, name: &str) -> Vec<Tag> {
    let open = format!("<{name}");
    let mut found = Vec::new();
    let lower = html.to_ascii_lowercase();
    let mut from = 0;
    while let Some(offset) = lower.get(from..).and_then(|rest| rest.find(&open)) {
        let start = from + offset;
        let after = start + open.len();
        from = after;
        if !lower
            .get(after..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| c.is_ascii_whitespace() || c == '>' || c == '/')
        {
            continue;
        }
        let Some(close) = html.get(after..).and_then(|rest| rest.find('>')) else {
            break;
        };
        let end = after + close + 1;
        let inside = html.get(after..after + close).unwrap_or("").trim_end_matches('/');
        found.push(Tag {
            start,
            end,
            attributes: attributes(inside),
        });
        from = end;
    }
    found
}

fn attributes(mut s: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    loop {
        s = s.trim_start();
        let name_end = s.find(|c: char| c.is_ascii_whitespace() || c == '=').unwrap_or(s.len());
        if name_end == 0 {
            break;
        }
        let name = s.get(..name_end).unwrap_or("").to_ascii_lowercase();
        s = s.get(name_end..).unwrap_or("").trim_start();
        let value = if let Some(rest) = s.strip_prefix('=') {
            let rest = rest.trim_start();
            let (value, remaining) = match rest.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let inner = rest.get(1..).unwrap_or("");
                    let close = inner.find(q).unwrap_or(inner.len());
                    (inner.get(..close).unwrap_or(""), inner.get(close + 1..).unwrap_or(""))
                }
                _ => {
                    let close = rest.find(|c: char| c.is_ascii_whitespace()).unwrap_or(rest.len());
                    (rest.get(..close).unwrap_or(""), rest.get(close..).unwrap_or(""))
                }
            };
            s = remaining;
            decode_entities(value)
        } else {
            String::new()
        };
        out.insert(name, value);
    }
    out
}

fn decode_entities(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

pub fn escape_attribute(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// JSON that can sit inside `<script type="application/json">`: every `<` escaped, so
/// no `</script>` or `<!--` can end or confuse the element.
pub fn json_for_script(value: &serde_json::Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_their_attributes() {
        let html = r#"<link rel="icon" href="www/icon.svg"><LINK rel=stylesheet href='a&amp;b.css'/><linkx>"#;
        let found = tags(html, "link");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].attributes["href"], "www/icon.svg");
        assert_eq!(found[1].attributes["rel"], "stylesheet");
        assert_eq!(found[1].attributes["href"], "a&b.css");
        assert_eq!(
            &html[found[0].start..found[0].end],
            r#"<link rel="icon" href="www/icon.svg">"#
        );
    }
}
