//! Turning a file's bytes into text: the encodings Windows tools actually write.
//!
//! Windows PowerShell's `>` and `Out-File` write UTF-16 with a byte-order mark; Excel
//! saves CSV in the system's code page, Windows-1252 in Western Europe and the
//! Americas; everything else writes UTF-8. Reading those bytes as UTF-8 would turn
//! every app name into replacement characters, and the check would quietly find
//! nothing. [`decode`] reads each of them, and refuses — with a message that says what
//! to do — what is not text at all (a picture, an archive) or is in an encoding it
//! cannot tell apart from another.

use std::fmt;

/// Why a file's bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes are a known binary format (`kind` names it), or are full of bytes text never has.
    NotText { kind: &'static str },
    /// UTF-16 that is cut off or has broken pairs.
    BrokenUtf16,
    /// Neither UTF-8, UTF-16 nor a Western code page: a double-byte encoding, perhaps.
    UnknownEncoding,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotText { kind } => write!(
                f,
                "this file is not a text list ({kind}); export or copy the app list as text, or paste it"
            ),
            DecodeError::BrokenUtf16 => f.write_str(
                "this file is UTF-16 text but is cut off or damaged; save it again (as UTF-8 if you can) and choose it again",
            ),
            DecodeError::UnknownEncoding => f.write_str(
                "this file is not in UTF-8, UTF-16 or Windows-1252, the encodings appcheck reads; save it as UTF-8 (in Excel: \"CSV UTF-8\"; in PowerShell: `Out-File -Encoding utf8`) and choose it again",
            ),
        }
    }
}

/// Reads a file's bytes as text: UTF-8 (with or without a byte-order mark), UTF-16
/// (little or big endian, with a byte-order mark, or little endian without one as some
/// tools write it), or Windows-1252. Never guesses silently between encodings that
/// would give different app names: what it cannot tell is refused.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8(rest.to_vec()).map_err(|_| DecodeError::UnknownEncoding);
    }
    // (UTF-32's marks first: little endian's begins as UTF-16's does.)
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE, 0, 0]) {
        return utf32(rest, u32::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0, 0, 0xFE, 0xFF]) {
        return utf32(rest, u32::from_be_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes);
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(DecodeError::NotText { kind });
    }
    if utf16le_without_mark(bytes, bytes.len()) {
        return utf16(bytes, u16::from_le_bytes);
    }
    if utf16be_without_mark(bytes, bytes.len()) {
        return utf16(bytes, u16::from_be_bytes);
    }
    if bytes.contains(&0) {
        return Err(DecodeError::NotText {
            kind: "it has bytes no text has",
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(_) => windows_1252(bytes),
    }
}

/// How many of a file's first bytes [`utf8_candidate`] needs.
pub const HEAD: usize = 4096;

/// Whether [`decode`] reads a file of `len` bytes that begins with `head` (its first
/// [`HEAD`] bytes, or all of them) as UTF-8: no UTF-16 byte-order mark, no known binary
/// format, not UTF-16 without a mark. Then, if the whole file is valid UTF-8 with no
/// zero byte, [`decode`] gives exactly what a strict UTF-8 decoder gives (a UTF-8
/// byte-order mark dropped), so a browser may decode a long file itself, without
/// copying it into the module; anything else must go through [`decode`].
pub fn utf8_candidate(head: &[u8], len: usize) -> bool {
    !(head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) || head.starts_with(&[0, 0, 0xFE, 0xFF]))
        && (head.starts_with(&[0xEF, 0xBB, 0xBF])
            || (binary_kind(head).is_none() && !utf16le_without_mark(head, len) && !utf16be_without_mark(head, len)))
}

fn utf16(bytes: &[u8], word: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    let pairs = bytes.chunks_exact(2);
    if !pairs.remainder().is_empty() {
        return Err(DecodeError::BrokenUtf16);
    }
    let units = pairs.map(|p| word([p.first().copied().unwrap_or(0), p.get(1).copied().unwrap_or(0)]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| DecodeError::BrokenUtf16)
}

/// UTF-32 (after its byte-order mark): four bytes a character.
fn utf32(bytes: &[u8], word: fn([u8; 4]) -> u32) -> Result<String, DecodeError> {
    let broken = DecodeError::NotText {
        kind: "it is UTF-32 text that is cut off or damaged",
    };
    let units = bytes.chunks_exact(4);
    if !units.remainder().is_empty() {
        return Err(broken);
    }
    units
        .map(|u| {
            let mut four = [0; 4];
            four.copy_from_slice(u);
            char::from_u32(word(four))
        })
        .collect::<Option<String>>()
        .ok_or(broken)
}

/// UTF-16 little endian without a byte-order mark: ASCII text has a zero in every
/// second byte. `bytes` are the file's first bytes (at least [`HEAD`] of them, when it
/// has that many), `len` its length.
fn utf16le_without_mark(bytes: &[u8], len: usize) -> bool {
    zero_in_every_pair(bytes, len, 1)
}

/// UTF-16 big endian without a byte-order mark: ASCII text has a zero in every first
/// byte of two.
fn utf16be_without_mark(bytes: &[u8], len: usize) -> bool {
    zero_in_every_pair(bytes, len, 0)
}

/// Whether nine in ten pairs of a file's first bytes have a zero at `at` (0 or 1) and
/// none in the other byte: ASCII in UTF-16 without a mark.
fn zero_in_every_pair(bytes: &[u8], len: usize, at: usize) -> bool {
    if len < 4 || len % 2 != 0 {
        return false;
    }
    let sample = bytes.get(..len.min(HEAD)).unwrap_or(bytes);
    let pairs = sample.len() / 2;
    let zeros = sample
        .chunks_exact(2)
        .filter(|p| p.get(at) == Some(&0) && p.get(1 - at) != Some(&0))
        .count();
    zeros * 10 >= pairs * 9
}

/// Known binary formats by their first bytes.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "a PNG picture"),
        (b"\xFF\xD8\xFF", "a JPEG picture"),
        (b"GIF8", "a GIF picture"),
        (b"RIFF", "a WebP picture or another media file"),
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive, or an Office document, which is one"),
        (b"\xD0\xCF\x11\xE0", "an old Office document"),
        (b"\x1F\x8B", "a gzip archive"),
        (
            b"bplist",
            "a binary property list; convert it with `plutil -convert xml1`",
        ),
        (b"\x00\x00\x00", "a media file or another binary file"),
        (b"SQLite format", "a database file"),
    ];
    MAGIC
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| *kind)
        .or_else(|| encoded_text(bytes))
}

/// Text files whose words are not written as text: a rich-text document (TextEdit,
/// WordPad: `\\u24494` for 微). Read as lines, its control words would be taken for app
/// names. (An email's source, its message in quoted-printable or base64, is read as
/// its paste is: [`super::mime`].) Known by its first bytes.
fn encoded_text(bytes: &[u8]) -> Option<&'static str> {
    bytes
        .starts_with(b"{\\rtf")
        .then_some("a rich-text (RTF) document: save it as plain text")
}

/// A pasted text in quoted-printable without an email's headers, as a message's body is
/// sometimes copied out of its source (RFC 2045; a source with its headers is read by
/// [`super::mime`]): known by two escapes at least of what the encoding must escape (a
/// control character, `=`, a byte above 127) that decode to UTF-8. `None` for any other
/// text (most have no `=`: one search).
pub(super) fn quoted_printable(input: &str) -> Option<String> {
    if !input.contains('=') {
        return None;
    }
    let bytes = input.as_bytes();
    // (A tool's `versionCode=1034` or `Time=2023-…` is no escape: only a line break, `=`
    // itself or a byte above 127 counts.)
    let escapes = (0..bytes.len())
        .filter(|&at| bytes.get(at) == Some(&b'='))
        .filter_map(|at| qp_escape(bytes, at, false))
        .filter(|&b| matches!(b, b'\n' | b'\r' | b'=') || b >= 0x80)
        .count();
    if escapes < 2 {
        return None;
    }
    let text = String::from_utf8(qp_decode(bytes, false)).ok()?;
    // (Decoded to control characters: it was no such encoding.)
    (!text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))).then_some(text)
}

/// A pasted text in base64 without an email's headers, as a message's body is sometimes
/// copied out of its source: every line of base64's letters alone, all but the last of
/// one length (as encoders break them, at 76 or 64), one of 20 at least, decoding to
/// UTF-8 text without control characters. `None` for any other text (most are let go at
/// their first space).
pub(super) fn base64_text(input: &str) -> Option<String> {
    // (Most texts have a space: let go by one search.)
    if input.contains([' ', '\t']) {
        return None;
    }
    let lines: Vec<&str> = input
        .split('\n')
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty())
        .collect();
    let letters = |l: &&str| {
        l.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
    };
    let (last, before) = lines.split_last()?;
    if !letters(last) || !before.iter().all(letters) {
        return None;
    }
    let width = before.first().map_or(last.len(), |l| l.len());
    if width < 20 || before.iter().any(|l| l.len() != width) || last.len() > width {
        return None;
    }
    let text = String::from_utf8(base64(&lines.concat())?).ok()?;
    let readable = !text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        && text.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    readable.then_some(text)
}

/// The byte the quoted-printable escape at `at` (`=C3`) stands for: two hex digits in
/// upper case, as RFC 2045 writes them, or in lower case too when `lower` (as some
/// mailers write them, `=c3=a9`, trusted where a header says the encoding).
fn qp_escape(bytes: &[u8], at: usize, lower: bool) -> Option<u8> {
    let hex = |b: u8| match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'A'..=b'F' => Some(b - b'A' + 10),
        b'a'..=b'f' if lower => Some(b - b'a' + 10),
        _ => None,
    };
    let (high, low) = (hex(*bytes.get(at + 1)?)?, hex(*bytes.get(at + 2)?)?);
    Some(high << 4 | low)
}

/// Quoted-printable's bytes decoded: escapes (`=C3=A9` for é, `=0A` for a line break)
/// and soft line breaks (`Tik=` at a line's end, `Tok` on the next, in LF or CRLF)
/// joined, with a line break put after the joined line for each one taken away, so that
/// the lines after it keep their numbers.
pub(crate) fn qp_decode(bytes: &[u8], lower: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut joined = 0;
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        match b {
            b'=' if bytes.get(at + 1) == Some(&b'\n') => {
                joined += 1;
                at += 2;
                continue;
            }
            b'=' if bytes.get(at + 1..at + 3) == Some(b"\r\n") => {
                joined += 1;
                at += 3;
                continue;
            }
            b'=' => {
                if let Some(decoded) = qp_escape(bytes, at, lower) {
                    out.push(decoded);
                    at += 3;
                    continue;
                }
                out.push(b);
            }
            b'\n' => {
                out.push(b);
                out.extend(std::iter::repeat_n(b'\n', joined));
                joined = 0;
            }
            _ => out.push(b),
        }
        at += 1;
    }
    out.extend(std::iter::repeat_n(b'\n', joined));
    out
}

/// Base64's bytes decoded (RFC 2045: line breaks and spaces between its letters, `=`
/// padding at its end); `None` if anything else is in it.
pub(super) fn base64(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let (mut acc, mut bits) = (0u32, 0u32);
    for b in text.bytes() {
        let value = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' | b' ' | b'\t' | b'\r' | b'\n' => continue,
            _ => return None,
        };
        acc = (acc << 6 | u32::from(value)) & 0xFFFF;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
}

/// Bytes of a message as text: UTF-8, or the Western code page Outlook also sends
/// (`charset="iso-8859-1"`) when they are not. A part its headers say is in another
/// character set ([`read_charset`] `false`: `windows-1251`, `koi8-r`, `gb2312`) is read
/// only as far as it is ASCII; `None` beyond, as the reader reads a line it lost.
pub(super) fn message_text(bytes: Vec<u8>, charset: &str) -> Option<String> {
    if !read_charset(charset) {
        // (ISO-2022-JP writes Japanese in ASCII's bytes after an escape.)
        return (bytes.is_ascii() && !bytes.contains(&0x1B)).then(|| String::from_utf8(bytes).ok())?;
    }
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(e) => windows_1252(e.as_bytes()).ok(),
    }
}

/// Whether a message part in the character set `charset` (its `Content-Type`'s `charset`
/// parameter, empty when none is given) is read beyond ASCII: Unicode's, and the Western
/// code pages, which Windows-1252 reads. (ISO-8859-15's eight letters that differ, `€`
/// `Š` `Œ`, come out as Latin-1's signs.)
pub(super) fn read_charset(charset: &str) -> bool {
    const READ: [&str; 12] = [
        "",
        "utf-8",
        "utf8",
        "us-ascii",
        "ascii",
        "iso-8859-1",
        "iso_8859-1",
        "latin1",
        "iso-8859-15",
        "windows-1252",
        "cp1252",
        "iso8859-1",
    ];
    READ.iter().any(|c| c.eq_ignore_ascii_case(charset.trim()))
}

/// Whether a text that is not UTF-8 reads as a double-byte code page rather than
/// Windows-1252, even where it is mostly ASCII (a Chinese name in an English list).
/// GBK writes a Chinese character as two bytes above 127: every run of such bytes is
/// of even length, and one of four bytes or more (two characters), or one holding a
/// byte that Windows-1252 makes a sign (0xA0–0xBF: `¶`, `¢`), is no Western word.
/// (Big5's second byte is often in ASCII's range, `微信` is `·L«H`: not told apart
/// from Western accents, so not caught here.) Shift-JIS writes katakana as 0x83 and a
/// byte of ASCII's range (`ƒe` in Windows-1252). German and French letters stand alone or in pairs of letters
/// (`öß` in "Größe"), which are left to Windows-1252.
fn double_byte(bytes: &[u8]) -> bool {
    let mut runs = bytes.split(|b| *b < 0x80).filter(|run| !run.is_empty()).peekable();
    if runs.peek().is_none() {
        return false;
    }
    let even = runs.clone().all(|run| run.len() % 2 == 0);
    let foreign = runs.any(|run| run.len() >= 4 || run.iter().any(|b| (0xA0..=0xBF).contains(b)));
    let katakana = bytes.windows(2).any(|w| matches!(w, [0x83, 0x40..=0x96]));
    // (Big5 writes a second byte in ASCII's range too, so its runs may be odd:
    // `\xb0\xc5\xacM` is 剪映. Still no Western word has one of the signs ¢ ¤ ¦ ¨ ¬ ¯ ¸
    // beside a letter or another byte above 127, `¬M`, `¨§`; `¿É`, `°C`, `©`, `®`, `½`,
    // quotes and dashes are written so.)
    let sign = |b: u8| matches!(b, 0xA2 | 0xA4 | 0xA6 | 0xA8 | 0xAC | 0xAF | 0xB8);
    let near = |b: u8| b >= 0x80 || b.is_ascii_alphabetic();
    let signed = bytes
        .windows(2)
        .any(|w| matches!(w, [a, b] if sign(*a) && near(*b) || sign(*b) && near(*a)));
    even && foreign || katakana || signed || other_script(bytes)
}

/// Whether `bytes` hold a word of another single-byte code page's script (Cyrillic,
/// Greek, Hebrew, Arabic: Notepad's "ANSI" there): a word of three letters or more, every
/// one of them a byte that Windows-1252 would make an accented letter (`ÂÊîíòàêòå` for
/// ВКонтакте in windows-1251; `×` and `÷` are letters there, Ч and ч). A Western word has
/// letters of ASCII among its accented ones (`Süßöl`, `pääääni`, `þýðing`).
fn other_script(bytes: &[u8]) -> bool {
    let (mut high, mut ascii) = (0, false);
    bytes.iter().any(|&b| {
        if b >= 0xC0 {
            high += 1;
        } else if b.is_ascii_alphabetic() {
            ascii = true;
        } else {
            // (The word ends: was it all accented letters?)
            let foreign = high >= 3 && !ascii;
            (high, ascii) = (0, false);
            return foreign;
        }
        false
    }) || high >= 3 && !ascii
}

/// Windows-1252, the code page Excel and Notepad use in Western Europe and the
/// Americas. A text in a double-byte encoding (Shift-JIS, GBK, Big5) is mostly bytes
/// above 127 and would come out as nonsense: refused instead.
fn windows_1252(bytes: &[u8]) -> Result<String, DecodeError> {
    let high = bytes.iter().filter(|b| **b >= 0x80).count();
    let letters = bytes.iter().filter(|b| b.is_ascii_alphanumeric()).count();
    if high * 3 > letters || double_byte(bytes) {
        return Err(DecodeError::UnknownEncoding);
    }
    // 0x80–0x9F; 0 marks the five bytes Windows-1252 leaves undefined.
    const HIGH: [u16; 32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D,
        0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,
        0x017E, 0x0178,
    ];
    let mut out = String::with_capacity(bytes.len() + high);
    for &b in bytes {
        let c = match b {
            0x80..=0x9F => {
                let code = HIGH.get(usize::from(b - 0x80)).copied().unwrap_or(0);
                if code == 0 {
                    return Err(DecodeError::UnknownEncoding);
                }
                char::from_u32(u32::from(code)).ok_or(DecodeError::UnknownEncoding)?
            }
            b => char::from(b),
        };
        out.push(c);
    }
    Ok(out)
}

/// `line` with its MIME encoded-words decoded (RFC 2047: `=?UTF-8?B?VGlrVG9r?=`,
/// `=?utf-8?Q?Tik=54ok?=`, as a mail's header or a raw message copied writes a text
/// beyond ASCII), or `None` when it has none that decodes.
pub(crate) fn encoded_words(line: &str) -> Option<String> {
    let mut out = String::new();
    let mut rest = line;
    let mut any = false;
    while let Some(at) = rest.find("=?") {
        let (before, word) = rest.split_at(at);
        let decoded = word.get(2..).and_then(|inner| {
            let (charset, inner) = inner.split_once('?')?;
            let (kind, inner) = inner.split_once('?')?;
            let (text, after) = inner.split_once("?=")?;
            let bytes = match kind {
                "B" | "b" => base64(text)?,
                "Q" | "q" => qp_decode(text.replace('_', " ").as_bytes(), true),
                _ => return None,
            };
            Some((message_text(bytes, charset)?, after))
        });
        out.push_str(before);
        match decoded {
            Some((text, after)) => {
                out.push_str(&text);
                // (Two encoded-words with only space between them are one text.)
                rest = if after.trim_start().starts_with("=?") {
                    after.trim_start()
                } else {
                    after
                };
                any = true;
            }
            None => {
                out.push_str("=?");
                rest = word.get(2..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    any.then_some(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn encoded_words_are_decoded_in_place_and_a_text_without_one_is_none() {
        assert_eq!(encoded_words("=?UTF-8?B?VGlrVG9r?=").as_deref(), Some("TikTok"));
        assert_eq!(
            encoded_words("Re: =?utf-8?Q?Caf=C3=A9_Mocha?= app").as_deref(),
            Some("Re: Café Mocha app")
        );
        assert_eq!(
            encoded_words("=?UTF-8?B?VGlr?= =?UTF-8?B?VG9r?=").as_deref(),
            Some("TikTok")
        );
        assert_eq!(encoded_words("a=?b"), None);
        assert_eq!(encoded_words("=?UTF-8?X?abc?="), None);
        assert_eq!(encoded_words("plain"), None);
    }

    use super::*;

    #[test]
    fn rich_text_is_refused_and_email_sources_read() {
        let rtf = b"{\\rtf1\\ansi\\ansicpg1252\\cocoartf2709\n\\f0\\fs24 \\cf0 \\uc0\\u24494 \\u20449 \\\n}";
        assert!(matches!(decode(rtf), Err(DecodeError::NotText { .. })));
        assert!(!utf8_candidate(rtf, rtf.len()));
        // An email's source is read, its message decoded by the list's reader.
        let source = b"From: Jan <jan@bank.example>\nSubject: My apps\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\nTXkgYXBwczogV2hhdHNBcHAsIFNsYWNrLCBUaWtUb2ssIFpvb20K\n";
        assert!(decode(source).is_ok());
        assert_eq!(
            base64_of("TXkgYXBwczogV2hhdHNBcHAsIFNsYWNrLCBUaWtUb2ssIFpvb20K"),
            "My apps: WhatsApp, Slack, TikTok, Zoom\n"
        );
        assert_eq!(base64_of("U2xhY2sKWm9vbQo="), "Slack\nZoom\n");
        assert_eq!(base64_of("U2xh\r\nY2sK"), "Slack\n");
        assert!(base64("Slack, Zoom").is_none());
        let plain =
            b"From: Jan <jan@bank.example>\nMIME-Version: 1.0\nContent-Transfer-Encoding: 7bit\n\nTikTok\nSlack\n";
        assert!(decode(plain).is_ok());
    }

    fn base64_of(text: &str) -> String {
        String::from_utf8(base64(text).unwrap()).unwrap()
    }

    /// What a browser's strict UTF-8 decoder (`TextDecoder` with `fatal`) gives, when
    /// [`utf8_candidate`] lets it read the file and the text has no zero byte.
    #[cfg(not(target_arch = "wasm32"))]
    fn as_a_browser_would(bytes: &[u8]) -> Option<String> {
        let head = bytes.get(..bytes.len().min(HEAD)).unwrap_or(bytes);
        let text = std::str::from_utf8(bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes)).ok()?;
        (utf8_candidate(head, bytes.len()) && !text.contains('\0')).then(|| text.to_owned())
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn the_browsers_utf8_reading_is_decodes(
            prefix in proptest::sample::select(vec![
                &b""[..], b"\xEF\xBB\xBF", b"\xFF\xFE", b"\xFE\xFF", b"\x89PNG", b"PK\x03\x04", b"\0\0\0", b"bplist",
            ]),
            body in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(b"TikTok,Slack\n\r\t ".to_vec()),
                    proptest::sample::select(vec![0_u8, 0x80, 0x96, 0xC3, 0xA9, 0xE2, 0x84, 0xA2, 0xFF]),
                ],
                0..64,
            ),
            wide in proptest::bool::ANY,
        ) {
            let mut bytes = prefix.to_vec();
            if wide {
                // UTF-16 little endian without a mark, as some tools write it.
                bytes.extend(body.iter().flat_map(|&b| [b, 0]));
            } else {
                bytes.extend(&body);
            }
            if let Some(text) = as_a_browser_would(&bytes) {
                proptest::prop_assert_eq!(decode(&bytes), Ok(text));
            }
        }
    }

    #[test]
    fn a_long_file_is_told_by_its_head() {
        // Past HEAD bytes the head alone decides, as `decode` does.
        let mut utf16: Vec<u8> = "TikTok\n".repeat(2000).bytes().flat_map(|b| [b, 0]).collect();
        assert!(!utf8_candidate(&utf16[..HEAD], utf16.len()));
        utf16.push(b'x'); // an odd length is never UTF-16
        assert!(utf8_candidate(&utf16[..HEAD], utf16.len()));
        assert!(utf8_candidate("\u{feff}Zoë".as_bytes(), 5));
        assert!(!utf8_candidate(b"\x89PNG\r\n", 100_000));
    }

    #[test]
    fn every_encoding_windows_writes() {
        let utf16le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Name\r\nTikTok\r\nZoë".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&utf16le).unwrap(), "Name\r\nTikTok\r\nZoë");
        let utf16be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("抖音".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&utf16be).unwrap(), "抖音");
        let no_bom: Vec<u8> = "TikTok\nSlack".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&no_bom).unwrap(), "TikTok\nSlack");
        // (And big endian without a mark; UTF-32 with its mark, either way round.)
        let no_bom_be: Vec<u8> = "TikTok\r\nSlack".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&no_bom_be).unwrap(), "TikTok\r\nSlack");
        assert!(!utf8_candidate(&no_bom_be, no_bom_be.len()));
        let utf32le: Vec<u8> = "\u{feff}TikTok\n抖音"
            .chars()
            .flat_map(|c| u32::from(c).to_le_bytes())
            .collect();
        assert_eq!(decode(&utf32le).unwrap(), "TikTok\n抖音");
        let utf32be: Vec<u8> = "\u{feff}TikTok"
            .chars()
            .flat_map(|c| u32::from(c).to_be_bytes())
            .collect();
        assert_eq!(decode(&utf32be).unwrap(), "TikTok");
        assert!(!utf8_candidate(&utf32be, utf32be.len()));
        assert!(decode(utf32le.get(..utf32le.len() - 1).unwrap()).is_err());
        assert_eq!(decode(b"Caf\xe9 \x96 TikTok\x99").unwrap(), "Café – TikTok™");
        assert_eq!(decode("\u{feff}Zoë".as_bytes()).unwrap(), "Zoë");
        assert_eq!(decode("Zoë".as_bytes()).unwrap(), "Zoë");
    }

    /// A Chinese or Japanese name in a list saved in its double-byte code page (GBK from
    /// Notepad's or Excel's "ANSI" on Chinese Windows, Shift-JIS) among ASCII lines is
    /// refused, not read as Windows-1252 nonsense (`¶¶Òô` for 抖音); German and French
    /// letters side by side are still Windows-1252.
    #[test]
    fn a_double_byte_name_among_ascii_lines_is_refused() {
        for name in [
            &b"\xb6\xb6\xd2\xf4"[..],               // 抖音, GBK
            b"\xce\xa2\xd0\xc5",                    // 微信, GBK
            b"\xbc\xf4\xd3\xb3",                    // 剪映, GBK
            b"\x83e\x83B\x83b\x83N\x83g\x83b\x83N", // ティックトック, Shift-JIS
            b"\xb0\xc5\xac\x4d",                    // 剪映, Big5 (a second byte in ASCII's range)
            b"\xa8\xa7\xa5\x5d",                    // Big5
        ] {
            let bytes = [&b"Gmail\r\nOutlook\r\nWhatsApp\r\n"[..], name, b"\r\nChrome\r\n"].concat();
            assert_eq!(decode(&bytes), Err(DecodeError::UnknownEncoding), "{name:x?}");
        }
        assert_eq!(
            decode(b"Gr\xf6\xdfe Rechner\r\nS\xfc\xdfe Rezepte\r\nCaf\xe9 Finder\r\n\xc7a Marche\r\n").unwrap(),
            "Größe Rechner\r\nSüße Rezepte\r\nCafé Finder\r\nÇa Marche\r\n"
        );
        // Western signs beside letters, as Windows-1252 writes them.
        assert_eq!(
            decode(
                b"\xab\xdcber\xbb Notes\r\nMicrosoft\xae Word\r\n\xa9 Studio\r\nN\xba 1 Player\r\n50\xb0C Weather\r\n"
            )
            .unwrap(),
            "«Über» Notes\r\nMicrosoft® Word\r\n© Studio\r\nNº 1 Player\r\n50°C Weather\r\n"
        );
        // (The review's: `¿É`, `°–`, `…”—`, each among names.)
        for (line, text) in [
            (&b"\xbf\xc9stas son todas? S\xed"[..], "¿Éstas son todas? Sí"),
            (b"Weather 20\xb0\x9625\xb0", "Weather 20°–25°"),
            (b"Slack\x85\x94\x97done", "Slack…”—done"),
        ] {
            let bytes = [&b"Gmail\r\nOutlook\r\nWhatsApp\r\n"[..], line, b"\r\n"].concat();
            assert_eq!(
                decode(&bytes).unwrap(),
                format!("Gmail\r\nOutlook\r\nWhatsApp\r\n{text}\r\n")
            );
        }
    }

    #[test]
    fn what_is_not_text_is_refused_with_a_reason() {
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0"),
            Err(DecodeError::NotText { .. })
        ));
        assert!(matches!(decode(b"PK\x03\x04\x14\0"), Err(DecodeError::NotText { .. })));
        assert!(matches!(decode(b"ab\0cd\0\xff"), Err(DecodeError::NotText { .. })));
        assert_eq!(decode(&[0xFF, 0xFE, 0x41]), Err(DecodeError::BrokenUtf16));
        // Shift-JIS: mostly high bytes.
        assert_eq!(
            decode(b"\x83e\x83B\x83b\x83N\x83g\x83b\x83N"),
            Err(DecodeError::UnknownEncoding)
        );
        assert!(DecodeError::UnknownEncoding.to_string().contains("UTF-8"));
    }
}
