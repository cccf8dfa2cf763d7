//! The core's one JSON reader: a policy, the policy index, trust.json, site.json, a
//! signature file, a language file and the page's record of versions seen are read
//! into a [`Value`] here, in the CLI and in the Wasm module alike.
//!
//! It accepts exactly the texts `serde_json::from_str::<serde_json::Value>` accepts and
//! reads them into the same values (property tests below hold it to serde_json on
//! generated texts, valid and broken): RFC 8259's grammar, with serde_json's limits —
//! strings of Unicode scalar values only (a lone surrogate escape is refused), a
//! container nested 128 deep refused, a number beyond `f64`'s range refused. An
//! object's members are kept in key order, as serde_json's map keeps them, and a key
//! given twice is refused (or, leniently, its last value kept).
//!
//! What it does not do is word a syntax error: it says only where reading stopped. With
//! `diagnostics` (the CLI, the native library) `Source::json` asks serde_json again for
//! its words and place; the site's Wasm module says "does not follow its format" and
//! carries neither serde_json's parser nor its `BTreeMap` behind `Value`.
//!
//! A number keeps its kind as serde_json's does (a whole number that fits `u64`, or
//! `i64` when negative; anything else a float), but a float keeps its text: nothing the
//! core reads is a float, so the module needs no float parsing; the text is read as an
//! `f64` only to show it in an error message.

use std::fmt;

use crate::small_sort;

/// A JSON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

/// A JSON number: a whole number (`u64`, or `i64` when negative) or a float's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number(Kind);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    PosInt(u64),
    NegInt(i64),
    /// As written: `2.5`, `1e3`, `-0`, `18446744073709551616`.
    Float(Box<str>),
}

/// An object's members, in key order (byte order of the keys), each key once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Map(Vec<(String, Value)>);

impl Value {
    /// The member `key` of an object, or the item `key` of a list, as serde_json's
    /// `Value::get` finds them.
    pub fn get(&self, key: impl Key) -> Option<&Value> {
        key.find(self)
    }

    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Self {
        Value::Number(Number(Kind::PosInt(n)))
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.to_owned())
    }
}

/// What [`Value::get`] looks a value up by: a member's name or a list's index.
pub trait Key {
    fn find<'v>(&self, value: &'v Value) -> Option<&'v Value>;
}

impl Key for &str {
    fn find<'v>(&self, value: &'v Value) -> Option<&'v Value> {
        value.as_object()?.get(self)
    }
}

impl Key for usize {
    fn find<'v>(&self, value: &'v Value) -> Option<&'v Value> {
        value.as_array()?.get(*self)
    }
}

impl Number {
    pub fn as_u64(&self) -> Option<u64> {
        match self.0 {
            Kind::PosInt(n) => Some(n),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self.0 {
            Kind::PosInt(n) => i64::try_from(n).ok(),
            Kind::NegInt(n) => Some(n),
            Kind::Float(_) => None,
        }
    }

    pub fn is_u64(&self) -> bool {
        matches!(self.0, Kind::PosInt(_))
    }

    pub fn is_i64(&self) -> bool {
        self.as_i64().is_some()
    }

    pub fn is_f64(&self) -> bool {
        matches!(self.0, Kind::Float(_))
    }
}

/// A whole number as it is; a float as Rust writes the `f64` it reads as, with `.0`
/// when that has no point (`2.5`, `100000.0` for `1e5`): serde's words for an
/// unexpected float, so a hand-written reader's message is a derived reader's.
impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Kind::PosInt(n) => write!(f, "{n}"),
            Kind::NegInt(n) => write!(f, "{n}"),
            Kind::Float(text) => {
                let value: f64 = text.parse().unwrap_or(f64::NAN);
                let written = value.to_string();
                if value.is_finite() && !written.contains('.') {
                    write!(f, "{written}.0")
                } else {
                    f.write_str(&written)
                }
            }
        }
    }
}

impl Map {
    pub fn new() -> Self {
        Map::default()
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        let at = self.0.binary_search_by(|(k, _)| k.as_str().cmp(key)).ok()?;
        self.0.get(at).map(|(_, v)| v)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Sets `key` to `value`, where it sorts; the value it had is returned.
    pub fn insert(&mut self, key: String, value: Value) -> Option<Value> {
        match self.0.binary_search_by(|(k, _)| k.as_str().cmp(&key)) {
            Ok(at) => self.0.get_mut(at).map(|(_, v)| std::mem::replace(v, value)),
            Err(at) => {
                self.0.insert(at, (key, value));
                None
            }
        }
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.0.iter().map(|(_, v)| v)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'m> IntoIterator for &'m Map {
    type Item = (&'m String, &'m Value);
    type IntoIter =
        std::iter::Map<std::slice::Iter<'m, (String, Value)>, fn(&'m (String, Value)) -> (&'m String, &'m Value)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl IntoIterator for Map {
    type Item = (String, Value);
    type IntoIter = std::vec::IntoIter<(String, Value)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// A key given twice in one object: refused (what the policy's and the site's files
/// need: readers disagree on which one counts), or its last value kept (as serde_json
/// and `JSON.parse` do; for what is read without a diagnostic).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeated {
    Refused,
    LastCounts,
}

/// Why a text is not JSON: where reading stopped (a byte offset), nothing more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Error {
    pub at: usize,
}

impl Error {
    /// The 1-based line and column (in bytes) of the byte where reading stopped, or at
    /// the end of the text the bytes on its last line, as serde_json counts them.
    pub fn line_column(&self, text: &str) -> (usize, usize) {
        let end = (self.at + 1).min(text.len());
        let before = text.as_bytes().get(..end).unwrap_or(text.as_bytes());
        let start = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        let line = 1 + before.iter().take(start).filter(|&&b| b == b'\n').count();
        (line, before.len() - start)
    }
}

/// serde_json's recursion limit: a list or object nested this deep is refused.
const MAX_DEPTH: usize = 128;

/// `text` as one JSON value (whitespace around it allowed, nothing else).
pub fn parse(text: &str, repeated: Repeated) -> Result<Value, Error> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
        repeated,
    };
    let value = reader.value(0)?;
    reader.skip_whitespace();
    match reader.peek() {
        None => Ok(value),
        Some(_) => Err(reader.stop()),
    }
}

struct Reader<'t> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
    repeated: Repeated,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// Past `byte`, or refused there.
    fn expect(&mut self, byte: u8) -> Result<(), Error> {
        if self.peek() != Some(byte) {
            return Err(self.stop());
        }
        self.at += 1;
        Ok(())
    }

    /// Refused at the byte not yet read (or at the end).
    fn stop(&self) -> Error {
        Error { at: self.at }
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        self.at - start
    }

    /// A value at nesting `depth` (the lists and objects around it).
    fn value(&mut self, depth: usize) -> Result<Value, Error> {
        self.skip_whitespace();
        match self.peek() {
            Some(b'n') => self.word("null", Value::Null),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Number),
            Some(b'"') => self.string().map(Value::String),
            Some(b'[') if depth + 1 < MAX_DEPTH => {
                self.at += 1;
                self.list(depth + 1).map(Value::Array)
            }
            Some(b'{') if depth + 1 < MAX_DEPTH => {
                self.at += 1;
                self.object(depth + 1).map(Value::Object)
            }
            _ => Err(self.stop()),
        }
    }

    fn word(&mut self, word: &str, value: Value) -> Result<Value, Error> {
        for expected in word.bytes() {
            self.expect(expected)?;
        }
        Ok(value)
    }

    /// After `[`.
    fn list(&mut self, depth: usize) -> Result<Vec<Value>, Error> {
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(items);
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_whitespace();
            let end = self.peek() == Some(b']');
            self.expect(if end { b']' } else { b',' })?;
            if end {
                return Ok(items);
            }
        }
    }

    /// After `{`.
    fn object(&mut self, depth: usize) -> Result<Map, Error> {
        let mut members = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Map(members));
        }
        loop {
            self.skip_whitespace();
            if self.peek() != Some(b'"') {
                return Err(self.stop());
            }
            let key = self.string()?;
            self.skip_whitespace();
            self.expect(b':')?;
            members.push((key, self.value(depth)?));
            self.skip_whitespace();
            let end = self.peek() == Some(b'}');
            self.expect(if end { b'}' } else { b',' })?;
            if end {
                break;
            }
        }
        let count = members.len();
        let map = small_sort::map_of(members);
        if self.repeated == Repeated::Refused && map.len() < count {
            return Err(self.stop());
        }
        Ok(Map(map))
    }

    /// At `"`: the string, its escapes read.
    fn string(&mut self) -> Result<String, Error> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while self.peek().is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            // (It stops only at an ASCII byte or the end: a character's boundary.)
            out.push_str(self.text.get(start..self.at).unwrap_or_default());
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    self.escape(&mut out)?;
                }
                // The end of the text, or a control character (serde_json refuses it too).
                _ => return Err(self.stop()),
            }
        }
    }

    /// After `\`.
    fn escape(&mut self, out: &mut String) -> Result<(), Error> {
        let Some(byte) = self.peek() else {
            return Err(self.stop());
        };
        self.at += 1;
        let c = match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex()?;
                let code = match first {
                    0xD800..=0xDBFF => {
                        self.expect(b'\\')?;
                        self.expect(b'u')?;
                        match self.hex()? {
                            second @ 0xDC00..=0xDFFF => 0x1_0000 + ((first - 0xD800) << 10 | (second - 0xDC00)),
                            _ => return Err(self.stop()),
                        }
                    }
                    code => code,
                };
                // (A lone trailing surrogate is no char: refused.)
                char::from_u32(code).ok_or_else(|| self.stop())?
            }
            _ => return Err(Error { at: self.at - 1 }),
        };
        out.push(c);
        Ok(())
    }

    /// Four hex digits, after `\u`.
    fn hex(&mut self) -> Result<u32, Error> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self.peek().and_then(|b| char::from(b).to_digit(16));
            code = code * 16 + digit.ok_or_else(|| self.stop())?;
            self.at += 1;
        }
        Ok(code)
    }

    /// At `-` or a digit.
    fn number(&mut self) -> Result<Number, Error> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let whole_start = self.at;
        match self.peek() {
            Some(b'0') => {
                self.at += 1;
                if self.peek().is_some_and(|b| b.is_ascii_digit()) {
                    return Err(self.stop());
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.stop()),
        }
        let whole = self.bytes.get(whole_start..self.at).unwrap_or_default();
        let mut fraction: &[u8] = &[];
        if self.peek() == Some(b'.') {
            self.at += 1;
            let from = self.at;
            if self.digits() == 0 {
                return Err(self.stop());
            }
            fraction = self.bytes.get(from..self.at).unwrap_or_default();
        }
        let mut exponent = None;
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            let exponent_negative = match self.peek() {
                Some(b'-') => {
                    self.at += 1;
                    true
                }
                Some(b'+') => {
                    self.at += 1;
                    false
                }
                _ => false,
            };
            let from = self.at;
            if self.digits() == 0 {
                return Err(self.stop());
            }
            // (Saturated far beyond any exponent that matters.)
            let size = self
                .bytes
                .get(from..self.at)
                .unwrap_or_default()
                .iter()
                .fold(0i64, |n, &d| (n * 10 + i64::from(d - b'0')).min(1 << 40));
            exponent = Some(if exponent_negative { -size } else { size });
        }
        let text = self.text.get(start..self.at).unwrap_or_default();
        if fraction.is_empty() && exponent.is_none() {
            let magnitude = whole
                .iter()
                .try_fold(0u64, |n, &d| n.checked_mul(10)?.checked_add(u64::from(d - b'0')));
            match (negative, magnitude) {
                (false, Some(n)) => return Ok(Number(Kind::PosInt(n))),
                // (-0 is a float, as in serde_json.)
                (true, Some(n)) if n > 0 && n <= 1 << 63 => {
                    return Ok(Number(Kind::NegInt((n as i64).wrapping_neg())));
                }
                _ => {}
            }
        }
        if beyond_f64(whole, fraction, exponent.unwrap_or(0)) {
            return Err(self.stop());
        }
        Ok(Number(Kind::Float(text.into())))
    }
}

/// Whether the number `whole.fraction × 10^exponent` (digits as written) is too large
/// for an `f64`: its first significant digit at 10^309 or beyond, or at 10^308 with
/// digits past `f64::MAX`'s (1.7976931348623157e308). (serde_json rounds its way to the
/// same answer but for numbers within a rounding error of `f64::MAX`.)
fn beyond_f64(whole: &[u8], fraction: &[u8], exponent: i64) -> bool {
    let digits = || whole.iter().chain(fraction).copied();
    let Some(first) = digits().position(|d| d != b'0') else {
        return false; // zero, whatever its exponent
    };
    // The power of ten of the first significant digit.
    let magnitude = whole.len() as i64 - 1 - first as i64 + exponent;
    match magnitude {
        ..308 => false,
        308 => {
            let significant = digits().skip(first);
            let max = b"17976931348623157".iter().copied().chain(std::iter::repeat(b'0'));
            significant.zip(max).find(|(d, m)| d != m).is_some_and(|(d, m)| d > m)
        }
        _ => true,
    }
}

/// Written as serde_json writes its `Value` (for the CLI's JSON output and the tests;
/// the Wasm module writes its few JSON texts itself).
impl serde::Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Null => serializer.serialize_unit(),
            Value::Bool(b) => serializer.serialize_bool(*b),
            Value::Number(Number(Kind::PosInt(n))) => serializer.serialize_u64(*n),
            Value::Number(Number(Kind::NegInt(n))) => serializer.serialize_i64(*n),
            Value::Number(Number(Kind::Float(text))) => match text.parse::<f64>() {
                Ok(f) => serializer.serialize_f64(f),
                Err(_) => serializer.serialize_unit(),
            },
            Value::String(s) => serializer.serialize_str(s),
            Value::Array(items) => serializer.collect_seq(items),
            Value::Object(map) => map.serialize(serializer),
        }
    }
}

impl serde::Serialize for Map {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

/// The same value as serde_json's (for the tests, and for the CLI's JSON output).
#[cfg(any(test, feature = "diagnostics"))]
impl From<&Value> for serde_json::Value {
    fn from(value: &Value) -> Self {
        match value {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Number(Number(Kind::PosInt(n))) => (*n).into(),
            Value::Number(Number(Kind::NegInt(n))) => (*n).into(),
            Value::Number(Number(Kind::Float(text))) => text
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map_or(serde_json::Value::Null, serde_json::Value::Number),
            Value::String(s) => serde_json::Value::String(s.clone()),
            Value::Array(items) => serde_json::Value::Array(items.iter().map(Into::into).collect()),
            Value::Object(map) => serde_json::Value::Object(map.iter().map(|(k, v)| (k.clone(), v.into())).collect()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<serde_json::Value, Error> {
        parse(text, Repeated::LastCounts).map(|v| (&v).into())
    }

    /// Two floats the same but for serde_json's own rounding (it multiplies by powers
    /// of ten where the standard library rounds exactly).
    fn same(ours: &serde_json::Value, theirs: &serde_json::Value) -> bool {
        use serde_json::Value as J;
        match (ours, theirs) {
            (J::Number(a), J::Number(b)) if a.is_f64() || b.is_f64() => match (a.as_f64(), b.as_f64()) {
                (Some(a), Some(b)) => (a - b).abs() <= 1e-14 * a.abs().max(b.abs()) || (a - b).abs() < 1e-300,
                _ => false,
            },
            (J::Array(a), J::Array(b)) => a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b)),
            (J::Object(a), J::Object(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|((ka, a), (kb, b))| ka == kb && same(a, b))
            }
            _ => ours == theirs,
        }
    }

    fn agrees(text: &str) -> Result<(), String> {
        let theirs = serde_json::from_str::<serde_json::Value>(text);
        match (read(text), theirs) {
            (Ok(ours), Ok(theirs)) if same(&ours, &theirs) => Ok(()),
            (Err(_), Err(_)) => Ok(()),
            (ours, theirs) => Err(format!("{text:?}: ours {ours:?}, serde_json's {theirs:?}")),
        }
    }

    #[test]
    fn reads_what_serde_json_reads() {
        for text in [
            "null",
            " true ",
            "false",
            "0",
            "-0",
            "-1",
            "12",
            "1.5",
            "-2.5e3",
            "1E+2",
            "1e-400",
            "0e999",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775808",
            "-9223372036854775809",
            "1e308",
            "1.7976931348623157e308",
            "1e309",
            "-1e309",
            "17976931348623157e292",
            "0.00001e313",
            r#""""#,
            r#""a\"b\\c\/d\b\f\n\r\t""#,
            r#""\u00e9\u20AC""#,
            r#""\ud83d\ude00""#,
            "[]",
            "[1, [2, {}]]",
            r#"{"b": 1, "a": [true, null]}"#,
            r#"{"a": 1, "a": 2}"#,
            "\u{feff}{}",
            "",
            " ",
            "nul",
            "tru",
            "01",
            "-",
            "1.",
            ".5",
            "1e",
            "1e+",
            "+1",
            "0x10",
            "NaN",
            "Infinity",
            "[1,]",
            "[,1]",
            "[1 2]",
            r#"{"a" 1}"#,
            r#"{"a": 1,}"#,
            "{1: 2}",
            "{'a': 1}",
            r#""a"#,
            "\"a\u{1}\"",
            r#""\x""#,
            r#""\u12""#,
            r#""\u12G4""#,
            r#""\ud83d""#,
            r#""\ud83dx""#,
            r#""\ud83d\n""#,
            r#""\ude00""#,
            r#""\ud83d\u0041""#,
            "[1] 2",
            "{} x",
            "1 ",
            "\u{a0}1",
            "[1]\u{0}",
            "\"é€😀\"",
        ] {
            agrees(text).unwrap();
        }
    }

    #[test]
    fn nesting_stops_where_serde_jsons_does() {
        for depth in 120..=135 {
            agrees(&format!("{}{}", "[".repeat(depth), "]".repeat(depth))).unwrap();
            agrees(&format!("{}1{}", r#"{"a":"#.repeat(depth), "}".repeat(depth))).unwrap();
        }
        // Far too deep: refused, never a stack overflow.
        assert!(read(&"[".repeat(1_000_000)).is_err());
    }

    #[test]
    fn a_key_given_twice_is_refused_or_its_last_value_kept() {
        let text = r#"{"b": {"x": 1, "x": 2}, "a": 0}"#;
        assert!(parse(text, Repeated::Refused).is_err());
        assert_eq!(
            read(text).unwrap(),
            serde_json::from_str::<serde_json::Value>(text).unwrap()
        );
        let map = parse(r#"{"b": 1, "a": 2, "c": 3}"#, Repeated::Refused).unwrap();
        let keys: Vec<_> = map.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["a", "b", "c"]);
        assert_eq!(map.get("b").and_then(Value::as_u64), Some(1));
    }

    #[test]
    fn where_reading_stopped_is_a_line_and_column() {
        let text = "{\n  \"a\": 1,\n}";
        let error = parse(text, Repeated::Refused).unwrap_err();
        assert_eq!(error.line_column(text), (3, 1));
        let serde = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        assert_eq!(error.line_column(text), (serde.line(), serde.column()));
    }

    #[test]
    fn a_float_is_shown_as_serde_shows_an_unexpected_one() {
        for (text, shown) in [
            ("2.5", "2.5"),
            ("1e5", "100000.0"),
            ("-0", "-0.0"),
            ("3", "3"),
            ("-3", "-3"),
        ] {
            let Ok(Value::Number(n)) = parse(text, Repeated::Refused) else {
                panic!("{text}")
            };
            assert_eq!(n.to_string(), shown);
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Texts made of JSON's pieces and the mistakes people make with them.
        #[test]
        fn agrees_with_serde_json_on_json_like_texts(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "{", "}", "[", "]", ",", ":", " ", "\n", "\"", "\"k\"", "\"a\"", "\"\\u00e9\"", "\"\\ud83d\\ude00\"",
                "\"\\ud800\"", "\\", "\\u", "0", "1", "-", "-0", ".", "5", "e", "E+", "e-", "9999999999999999999",
                "1e308", "e309", "true", "null", "fals", "x", "\t", "\u{1}", "é", "\"\\n\"",
            ]), 0..24)
        ) {
            let text: String = pieces.concat();
            proptest::prop_assert!(agrees(&text).is_ok(), "{}", agrees(&text).unwrap_err());
        }

        /// Every value serde_json writes, read back the same.
        #[test]
        fn reads_what_serde_json_writes(text in "\\PC{0,12}", n in proptest::num::i64::ANY, u in proptest::num::u64::ANY,
                                        f in proptest::num::f64::NORMAL | proptest::num::f64::SUBNORMAL | proptest::num::f64::ZERO) {
            let value = serde_json::json!({ "text": text, "n": n, "u": u, "f": f, "list": [text, n, [f], {}], "": null });
            let written = serde_json::to_string_pretty(&value).unwrap();
            proptest::prop_assert!(agrees(&written).is_ok(), "{}", agrees(&written).unwrap_err());
            proptest::prop_assert!(read(&written).is_ok());
        }

        /// Any text at all: an answer, never a panic, and serde_json's answer.
        #[test]
        fn any_text(text in "\\PC{0,40}") {
            proptest::prop_assert!(agrees(&text).is_ok(), "{}", agrees(&text).unwrap_err());
        }
    }
}
