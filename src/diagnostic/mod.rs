//! One shape for what is wrong in a file someone wrote — a policy, the policy index,
//! trust.json, site.json, a signature file — and for a published policy the page
//! refuses: what is wrong, where (a JSON pointer, and the line and column an editor
//! shows, when there is a place), and what to do about it. The CLI prints it, the page
//! shows it under "can't tell — ask the help desk", the API returns it as data.
//!
//! `Source` builds them from a file's text, so every loader reads it with the one JSON
//! reader (`json`), finds the line and column of a pointer (`locate`) and words a
//! syntax error the same way (serde_json's words, with `diagnostics`).

pub(crate) mod locate;

use std::fmt;

use serde::Serialize;

use crate::json::{self, Repeated, Value};

/// What is wrong, where, and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The file as its reader calls it (`the policy`, `trust.json`): the place named
    /// when the error is about the whole file.
    pub document: &'static str,
    /// A JSON pointer to the offending value (`""` for the whole document).
    pub pointer: String,
    /// 1-based line and column in the file, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// What is wrong, for the person who reads it.
    pub message: String,
    /// What to do about it.
    pub help: String,
}

impl Diagnostic {
    /// The one error the Wasm module built without `diagnostics` gives for a document
    /// in the wrong shape: the command that reads that document tells what and where
    /// (`appcheck build` reads site.json and trust.json, `appcheck verify` a signature).
    #[cfg(not(feature = "diagnostics"))]
    #[inline(never)]
    pub(crate) fn generic(document: &'static str) -> Self {
        let command = match document {
            "site.json" | "trust.json" => "appcheck build",
            "the signature file" => "appcheck verify",
            _ => "appcheck validate",
        };
        Diagnostic::new(
            document,
            format!("{document} does not follow its format"),
            format!("`{command}` says what is wrong and where"),
        )
    }

    /// An error at no place in a file: a policy that is not signed, an older version
    /// than one seen.
    pub fn new(document: &'static str, message: impl Into<String>, help: impl Into<String>) -> Self {
        Diagnostic {
            document,
            pointer: String::new(),
            line: None,
            column: None,
            message: cut_long_runs(message.into()),
            help: help.into(),
        }
    }
}

/// (The page's module says no value of the author's: its messages are its own, and short.)
#[cfg(not(feature = "diagnostics"))]
fn cut_long_runs(message: String) -> String {
    message
}

/// `message` with each run of more than 100 characters without a space (a value it
/// quotes: a time zone of a million letters) cut to its first 60 and `…`: the message
/// stays one a person reads, and says what follows the value.
#[cfg(feature = "diagnostics")]
fn cut_long_runs(message: String) -> String {
    if message.len() <= 100 || !message.split(' ').any(|run| run.chars().nth(100).is_some()) {
        return message;
    }
    let runs: Vec<String> = message
        .split(' ')
        .map(|run| match run.char_indices().nth(100) {
            Some(_) => {
                let head: String = run.chars().take(60).collect();
                // (Its closing quote, if it has one.)
                let close = run.chars().next_back().filter(|c| matches!(c, '`' | '"' | '\''));
                format!("{head}…{}", close.map(String::from).unwrap_or_default())
            }
            None => run.to_owned(),
        })
        .collect();
    runs.join(" ")
}

/// `` `/rules/0/apps` (line 12, column 7): message``, then `  help: …` on a line of its
/// own; the document's name instead of an empty pointer, and no place at all when the
/// error has none.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line_column = self.line.zip(self.column);
        if !self.pointer.is_empty() {
            write!(f, "`{}`", self.pointer)?;
        } else if line_column.is_some() {
            f.write_str(self.document)?;
        }
        if let Some((line, column)) = line_column {
            write!(f, " (line {line}, column {column})")?;
        }
        if !self.pointer.is_empty() || line_column.is_some() {
            f.write_str(": ")?;
        }
        write!(f, "{}\n  help: {}", self.message, self.help)
    }
}

impl std::error::Error for Diagnostic {}

/// An error at `pointer` in `source` (a [`Source`]): with the `diagnostics` feature,
/// `source.at(pointer, message, help)`; without it (the site's Wasm module), one
/// generic error for the whole document, the pointer, message and help not evaluated,
/// so their words and formatting are not compiled in. `wrong!(document = d, message,
/// help)` is the same for `Diagnostic::new(d, message, help)`.
#[cfg(feature = "diagnostics")]
macro_rules! wrong {
    (document = $document:expr, $message:expr, $help:expr $(,)?) => {
        $crate::diagnostic::Diagnostic::new($document, $message, $help)
    };
    ($source:expr, $pointer:expr, $message:expr, $help:expr $(,)?) => {
        $source.at($pointer, $message, $help)
    };
}

#[cfg(not(feature = "diagnostics"))]
macro_rules! wrong {
    (document = $document:expr, $message:expr, $help:expr $(,)?) => {{
        let _ = || {
            let _ = ($message, $help);
        };
        $crate::diagnostic::Diagnostic::generic($document)
    }};
    ($source:expr, $pointer:expr, $message:expr, $help:expr $(,)?) => {{
        let _ = || {
            let _ = ($pointer, $message, $help);
        };
        $source.generic()
    }};
}

pub(crate) use wrong;

/// A JSON pointer to a place in a file, for an error that may be said there: its text
/// with `diagnostics`; without (the site's Wasm module, where [`wrong!`] never says a
/// place), nothing, so no pointer is ever written while a policy loads.
#[cfg(feature = "diagnostics")]
pub(crate) type Pointer = String;

/// A JSON pointer to a place in a file: nothing, without `diagnostics` (see above).
#[cfg(not(feature = "diagnostics"))]
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Pointer;

#[cfg(not(feature = "diagnostics"))]
impl From<&str> for Pointer {
    fn from(_: &str) -> Self {
        Pointer
    }
}

#[cfg(not(feature = "diagnostics"))]
impl fmt::Display for Pointer {
    fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
        Ok(())
    }
}

/// A [`Pointer`] written as `format!` writes one; without `diagnostics`, not written
/// (its arguments are only borrowed, in a closure never called).
#[cfg(feature = "diagnostics")]
macro_rules! pointer {
    ($($arg:tt)*) => {
        format!($($arg)*)
    };
}

#[cfg(not(feature = "diagnostics"))]
macro_rules! pointer {
    ($($arg:tt)*) => {{
        let _ = || {
            let _ = format!($($arg)*);
        };
        $crate::diagnostic::Pointer
    }};
}

pub(crate) use pointer;

/// A file's text, for errors that carry their line and column.
pub(crate) struct Source<'a> {
    text: &'a str,
    document: &'static str,
}

impl<'a> Source<'a> {
    /// The text of `document` (as its reader calls it: `the policy`, `trust.json`).
    pub(crate) fn new(text: &'a str, document: &'static str) -> Self {
        Source { text, document }
    }

    /// A file's bytes as its text: UTF-8 (a byte-order mark skipped), not empty.
    pub(crate) fn read(bytes: &'a [u8], document: &'static str) -> Result<Self, Diagnostic> {
        let text = std::str::from_utf8(bytes).map_err(|e| {
            Diagnostic::new(
                document,
                format!(
                    "{document} is not UTF-8 text (invalid byte at offset {})",
                    e.valid_up_to()
                ),
                "save the file as UTF-8 JSON",
            )
        })?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Err(Diagnostic::new(
                document,
                format!("{document} is an empty file"),
                "check that this is the right file, and that it was saved completely",
            ));
        }
        Ok(Source::new(text, document))
    }

    /// [`Diagnostic::generic`] for this document (`wrong!` without `diagnostics`).
    #[cfg(not(feature = "diagnostics"))]
    pub(crate) fn generic(&self) -> Diagnostic {
        Diagnostic::generic(self.document)
    }

    /// An error at `pointer`, with its line and column when the text has it (only with
    /// `diagnostics`: without, [`wrong!`] makes [`Source::generic`]'s error).
    #[cfg(feature = "diagnostics")]
    pub(crate) fn at(&self, pointer: impl Into<String>, message: impl Into<String>, help: &str) -> Diagnostic {
        let pointer = pointer.into();
        let place = locate::locate(self.text, &pointer);
        Diagnostic {
            document: self.document,
            line: place.map(|p| p.0),
            column: place.map(|p| p.1),
            pointer,
            message: cut_long_runs(message.into()),
            help: help.to_owned(),
        }
    }

    /// The text as a JSON value, or (without `diagnostics`) the generic error
    /// (`wrong!`) when its syntax breaks or an object gives a key twice: no line, column
    /// or words for what broke.
    #[cfg(not(feature = "diagnostics"))]
    pub(crate) fn json(&self) -> Result<Value, Diagnostic> {
        json::parse(self.text, Repeated::Refused).map_err(|_| self.generic())
    }

    /// The text as a JSON value, or where its syntax breaks, or where an object gives
    /// a key twice (JSON parsers disagree on which one counts: serde_json and
    /// `JSON.parse` take the last, so `"allow_unsigned": false, …, "allow_unsigned":
    /// true` would say one thing to a reader and do another). The value is the core's
    /// reader's (`json`); what is wrong, and where, serde_json's, read again for it.
    #[cfg(feature = "diagnostics")]
    pub(crate) fn json(&self) -> Result<Value, Diagnostic> {
        let stopped = match json::parse(self.text, Repeated::Refused) {
            Ok(value) => return Ok(value),
            Err(stopped) => stopped,
        };
        let twice = std::cell::RefCell::new(None);
        let Err(e) = read_value(self.text, Some(&twice)) else {
            // (The two readers agree on every text the tests try: should they not,
            // still an error, where ours stopped.)
            let (line, column) = stopped.line_column(self.text);
            return Err(Diagnostic {
                line: Some(line),
                column: Some(column),
                ..Diagnostic::new(
                    self.document,
                    format!("{} is not valid JSON", self.document),
                    "fix the JSON syntax at that line; an editor with JSON support shows the spot",
                )
            });
        };
        Err(match twice.take() {
            Some((pointer, key)) => {
                let column = key_column(self.text, e.line(), e.column(), &key);
                Diagnostic {
                    document: self.document,
                    line: Some(e.line()),
                    column: Some(column),
                    message: format!("the key `{key}` is given twice in the same object"),
                    help: "give each key once: when a key is repeated, programs disagree on which one counts"
                        .to_owned(),
                    pointer,
                }
            }
            None => Diagnostic {
                line: Some(e.line()),
                column: Some(e.column()),
                ..Diagnostic::new(
                    self.document,
                    format!("{} is not valid JSON: {}", self.document, describe_serde_error(&e)),
                    "fix the JSON syntax at that line; an editor with JSON support shows the spot",
                )
            },
        })
    }
}

/// The JSON text as a value, as `serde_json::from_str` reads one: a key given twice
/// keeps its last value. For what is read without a diagnostic (a help desk's contact
/// from a policy that failed to load, the page's own record of versions seen, a
/// language file, a key in `locate`).
pub(crate) fn lenient_json(text: &str) -> Result<Value, json::Error> {
    json::parse(text, Repeated::LastCounts)
}

/// serde_json's reading of `text`, for its words for what broke and where; with
/// `twice`, an object that gives a key twice is an error, and `twice` says which key,
/// where.
#[cfg(feature = "diagnostics")]
fn read_value(
    text: &str,
    twice: Option<&std::cell::RefCell<Option<(String, String)>>>,
) -> Result<serde_json::Value, serde_json::Error> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = serde::de::DeserializeSeed::deserialize(
        unique::Unique {
            at: &unique::Step::Root,
            twice,
        },
        &mut deserializer,
    )?;
    deserializer.end().map(|()| value)
}

/// Where the repeated `key` begins on `line`: serde_json stops just after it.
#[cfg(feature = "diagnostics")]
fn key_column(text: &str, line: usize, column: usize, key: &str) -> usize {
    let quoted = format!("\"{key}\"");
    text.lines()
        .nth(line.saturating_sub(1))
        .and_then(|l| l.get(..column.min(l.len())))
        .and_then(|before| before.rfind(&quoted))
        .map_or(column, |at| at + 1)
}

/// Reading JSON into a `serde_json::Value` in one pass, refusing an object that gives
/// a key twice, with the key's JSON pointer (or, leniently, keeping the last value).
#[cfg(feature = "diagnostics")]
mod unique {
    use std::cell::RefCell;
    use std::fmt;

    use serde::de::{DeserializeSeed, Error, MapAccess, SeqAccess, Visitor};
    use serde_json::{Map, Value};

    /// The path to the value being read, kept on the stack: a pointer is written out
    /// only for a key given twice.
    pub(super) enum Step<'a> {
        Root,
        Key(&'a Step<'a>, &'a str),
        Index(&'a Step<'a>, usize),
    }

    impl Step<'_> {
        fn pointer(&self) -> String {
            match self {
                Step::Root => String::new(),
                Step::Key(parent, key) => super::member(&parent.pointer(), key),
                Step::Index(parent, i) => format!("{}/{i}", parent.pointer()),
            }
        }
    }

    /// A value at `at`; the first key given twice is put in `twice` (its pointer, the
    /// key), or, without `twice`, its last value kept.
    pub(super) struct Unique<'a> {
        pub(super) at: &'a Step<'a>,
        pub(super) twice: Option<&'a RefCell<Option<(String, String)>>>,
    }

    impl<'de> DeserializeSeed<'de> for Unique<'_> {
        type Value = Value;

        fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
            deserializer.deserialize_any(self)
        }
    }

    impl<'de> Visitor<'de> for Unique<'_> {
        type Value = Value;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a JSON value")
        }
        fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
            Ok(Value::Bool(v))
        }
        fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
            Ok(Value::from(v))
        }
        fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
            Ok(Value::from(v))
        }
        fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
            Ok(Value::from(v))
        }
        fn visit_str<E>(self, v: &str) -> Result<Value, E> {
            Ok(Value::String(v.to_owned()))
        }
        fn visit_string<E>(self, v: String) -> Result<Value, E> {
            Ok(Value::String(v))
        }
        fn visit_unit<E>(self) -> Result<Value, E> {
            Ok(Value::Null)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
            let mut items = Vec::new();
            while let Some(item) = seq.next_element_seed(Unique {
                at: &Step::Index(self.at, items.len()),
                twice: self.twice,
            })? {
                items.push(item);
            }
            Ok(Value::Array(items))
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
            let mut object = Map::new();
            while let Some(key) = map.next_key::<String>()? {
                if let Some(twice) = self.twice.filter(|_| object.contains_key(&key)) {
                    let pointer = Step::Key(self.at, &key).pointer();
                    let message = format!("the key `{key}` is given twice");
                    *twice.borrow_mut() = Some((pointer, key));
                    return Err(A::Error::custom(message));
                }
                let value = map.next_value_seed(Unique {
                    at: &Step::Key(self.at, &key),
                    twice: self.twice,
                })?;
                object.insert(key, value);
            }
            Ok(Value::Object(object))
        }
    }
}

/// The pointer to `key` inside the value `parent` points to (RFC 6901's escapes).
pub(crate) fn member(parent: &str, key: &str) -> String {
    format!("{parent}/{}", key.replace('~', "~0").replace('/', "~1"))
}

/// serde_json's syntax error in words an author knows: the place is reported separately
/// (serde_json appends " at line L column C"). (What a file says in the wrong shape is
/// worded by its reader: `policy::read`, `strict`.)
#[cfg(feature = "diagnostics")]
fn describe_serde_error(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let message = match full.rfind(" at line ") {
        Some(cut) => full.get(..cut).unwrap_or(&full),
        None => &full,
    };
    message.replace("recursion limit exceeded", "the JSON is nested too deeply")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(feature = "diagnostics")]
    fn the_place_is_the_pointer_else_the_document_else_nothing() {
        let source = Source::new("{\n  \"keys\": [1]\n}", "trust.json");
        assert_eq!(
            source.at("/keys/0", "not a key", "give an object").to_string(),
            "`/keys/0` (line 2, column 12): not a key\n  help: give an object"
        );
        assert_eq!(
            source.at("", "not a site", "x").to_string(),
            "trust.json (line 1, column 1): not a site\n  help: x"
        );
        assert_eq!(
            Diagnostic::new("the policy", "not signed", "sign it").to_string(),
            "not signed\n  help: sign it"
        );
    }

    #[test]
    #[cfg(feature = "diagnostics")]
    fn syntax_errors_have_their_line_and_column() {
        let error = Source::read(b"{\n  \"a\": 1,\n}", "site.json")
            .unwrap()
            .json()
            .unwrap_err();
        assert_eq!(
            (error.pointer.as_str(), error.line, error.column),
            ("", Some(3), Some(1))
        );
        assert!(error.message.starts_with("site.json is not valid JSON: "), "{error}");
        assert!(Source::read(b" \n", "site.json").is_err());
        assert!(Source::read(b"\xff{}", "site.json").is_err());
    }

    #[test]
    fn the_lenient_reader_keeps_a_repeated_key_last_as_serde_json_does() {
        let text = r#"{"a": 1, "b": [true, null, "x\u00e9"], "a": 2.5}"#;
        let read = lenient_json(text).map(|v| serde_json::Value::from(&v)).ok();
        assert_eq!(read, serde_json::from_str(text).ok());
        assert_eq!(read.unwrap()["a"], 2.5);
        assert!(Source::new(text, "x").json().is_err());
        let serde = serde_json::from_str::<serde_json::Value>("{} x").unwrap_err();
        assert_eq!(
            lenient_json("{} x").unwrap_err().line_column("{} x"),
            (serde.line(), serde.column())
        );
        assert_eq!(lenient_json("\"\\u00e9\"").ok(), Some("é".into()));
    }

    #[test]
    #[cfg(feature = "diagnostics")]
    fn members_are_escaped() {
        assert_eq!(member("/a", "b/c~d"), "/a/b~1c~0d");
        let source = Source::new("{\"b/c\": 1}", "x");
        assert_eq!(source.at(member("", "b/c"), "m", "h").line, Some(1));
    }
}
