//! Reading and rewriting the page's HTML for the build, as a browser parses it (with
//! `lol_html`: a tag inside a comment or a script is no tag, a `>` inside quotes does not
//! end one, names have no case); and writing values into HTML safely (attributes, JSON
//! inside a `<script>`).

use std::borrow::Cow;
use std::collections::BTreeMap;

use lol_html::html_content::{ContentType, Element};
use lol_html::{ElementContentHandlers, RewriteStrSettings, Selector};

/// An element's attributes by lower-cased name (the first of a repeated one, as a browser
/// keeps it), each value as written: `lol_html` does not decode character references,
/// and the build reads only paths and keywords, which are written without them.
pub type Attributes = BTreeMap<String, String>;

/// What becomes of an element the build rewrites.
pub enum Edit {
    /// It stays as it is.
    Keep,
    /// It goes, with its content and end tag.
    Remove,
    /// It goes, and this HTML takes its place.
    Replace(String),
    /// This HTML goes before it.
    Before(String),
    /// Its content becomes this HTML.
    Content(String),
    /// These attributes are set (`Some`, a value written as it is: escape it) or removed
    /// (`None`); the element and its content stay.
    Attributes(Vec<(String, Option<String>)>),
}

/// A CSS selector, and what to do with each element it matches given its attributes.
pub type Rule<'a> = (&'a str, Box<dyn FnMut(&Attributes) -> Result<Edit, String> + 'a>);

fn attributes(element: &Element) -> Attributes {
    let mut out = Attributes::new();
    for attribute in element.attributes() {
        out.entry(attribute.name()).or_insert_with(|| attribute.value());
    }
    out
}

/// `html` with every element that a rule's selector matches edited as the rule says, in
/// document order; the first error a rule returns stops the rewriting.
pub fn rewrite(html: &str, rules: Vec<Rule>) -> Result<String, String> {
    let mut settings = RewriteStrSettings::new();
    for (selector, mut edit) in rules {
        let parsed: Selector = selector
            .parse()
            .map_err(|e| format!("the build's selector `{selector}`: {e}"))?;
        let handler = ElementContentHandlers::default().element(move |element: &mut Element| {
            match edit(&attributes(element))? {
                Edit::Keep => {}
                Edit::Remove => element.remove(),
                Edit::Replace(html) => element.replace(&html, ContentType::Html),
                Edit::Before(html) => element.before(&html, ContentType::Html),
                Edit::Content(html) => element.set_inner_content(&html, ContentType::Html),
                Edit::Attributes(changes) => {
                    for (name, value) in changes {
                        match value {
                            Some(value) => element
                                .set_attribute(&name, &value)
                                .map_err(|e| format!("the attribute `{name}`: {e}"))?,
                            None => element.remove_attribute(&name),
                        }
                    }
                }
            }
            Ok(())
        });
        settings = settings.append_element_content_handler((Cow::Owned(parsed), handler));
    }
    lol_html::rewrite_str(html, settings).map_err(|e| e.to_string())
}

/// The attributes of every element `selector` matches in `html`, in document order.
pub fn select(html: &str, selector: &str) -> Result<Vec<Attributes>, String> {
    let mut found = Vec::new();
    rewrite(
        html,
        vec![(
            selector,
            Box::new(|attributes: &Attributes| {
                found.push(attributes.clone());
                Ok(Edit::Keep)
            }),
        )],
    )?;
    Ok(found)
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
    fn elements_and_their_attributes_as_a_browser_reads_them() {
        let html = r#"<link rel="icon" href="www/icon.svg"><!-- <link href="old.css"> --><LINK REL=stylesheet href='a.css' title="a > b" rel="x"/><linkx href="no.css">"#;
        let found = select(html, "link").unwrap();
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0]["href"], "www/icon.svg");
        assert_eq!(found[1]["rel"], "stylesheet", "the first of a repeated attribute");
        assert_eq!(found[1]["href"], "a.css");
        assert_eq!(found[1]["title"], "a > b");
    }

    #[test]
    fn elements_are_edited_in_place_and_the_rest_is_left_as_written() {
        let html = "<head>\n  <link rel=\"stylesheet\" href=\"a.css\">\n  <SCRIPT src=\"a.js\"></SCRIPT>\n</head>\n<h1 class=x>A</h1><h1>B</h1><noscript>old</noscript>";
        let mut headings = 0;
        let out = rewrite(
            html,
            vec![
                ("link", Box::new(|_: &Attributes| Ok(Edit::Remove))),
                (
                    "script",
                    Box::new(|_: &Attributes| Ok(Edit::Replace("<script>1</script>".into()))),
                ),
                (
                    "h1",
                    Box::new(|_: &Attributes| {
                        headings += 1;
                        Ok(if headings == 1 {
                            Edit::Before("<img>".into())
                        } else {
                            Edit::Keep
                        })
                    }),
                ),
                (
                    "noscript",
                    Box::new(|_: &Attributes| Ok(Edit::Content("\n<p>new</p>".into()))),
                ),
            ],
        )
        .unwrap();
        assert_eq!(
            out,
            "<head>\n  \n  <script>1</script>\n</head>\n<img><h1 class=x>A</h1><h1>B</h1><noscript>\n<p>new</p></noscript>"
        );
        let refused = rewrite(html, vec![("h1", Box::new(|_: &Attributes| Err("no".to_owned())))]);
        assert_eq!(refused.unwrap_err(), "no");
    }
}
