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
    !(head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]))
        && (head.starts_with(&[0xEF, 0xBB, 0xBF]) || (binary_kind(head).is_none() && !utf16le_without_mark(head, len)))
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

/// UTF-16 little endian without a byte-order mark: ASCII text has a zero in every
/// second byte. `bytes` are the file's first bytes (at least [`HEAD`] of them, when it
/// has that many), `len` its length.
fn utf16le_without_mark(bytes: &[u8], len: usize) -> bool {
    if len < 4 || len % 2 != 0 {
        return false;
    }
    let sample = bytes.get(..len.min(HEAD)).unwrap_or(bytes);
    let pairs = sample.len() / 2;
    let zero_high = sample
        .chunks_exact(2)
        .filter(|p| p.get(1) == Some(&0) && p.first() != Some(&0))
        .count();
    zero_high * 10 >= pairs * 9
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
/// WordPad: `\u24494` for 微), an email's source whose message is encoded (base64,
/// quoted-printable). Read as lines, their control words and encoded lines would be
/// taken for app names. Known by their first bytes (at most [`HEAD`] of them).
fn encoded_text(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"{\\rtf") {
        return Some("a rich-text (RTF) document: save it as plain text");
    }
    let head = bytes.get(..HEAD).unwrap_or(bytes);
    let has = |needle: &[u8]| head.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle));
    let email = has(b"\nMIME-Version:") || head.get(..13).is_some_and(|h| h.eq_ignore_ascii_case(b"MIME-Version:"));
    let encoded = [
        b"Content-Transfer-Encoding: base64".as_slice(),
        b"Content-Transfer-Encoding: quoted-printable",
        b"Content-Transfer-Encoding:base64",
        b"Content-Transfer-Encoding:quoted-printable",
    ]
    .iter()
    .any(|needle| has(needle));
    (email && encoded).then_some("an email's source, its message encoded: open the email and copy the list from it")
}

/// A pasted text in quoted-printable, as an email's source holds its message (RFC 2045):
/// its escapes (`=C3=A9` for é, `=0A` for a line break) decoded and its soft line breaks
/// (`Tik=` at a line's end, `Tok` on the next) joined, with the line break put after the
/// joined line so that the lines after it keep their numbers; an email's header lines
/// before the message left blank. Known by a `Content-Transfer-Encoding:
/// quoted-printable` header, or by two escapes at least of what the encoding must escape
/// (a control character, `=`, a byte above 127) that decode to UTF-8. `None` for any
/// other text (most have no `=`: one search).
pub(super) fn quoted_printable(input: &str) -> Option<String> {
    if !input.contains('=') {
        return None;
    }
    let bytes = input.as_bytes();
    let hex = |b: u8| match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    };
    let escape = |at: usize| {
        let (high, low) = (
            bytes.get(at + 1).copied().and_then(hex)?,
            bytes.get(at + 2).copied().and_then(hex)?,
        );
        Some(high << 4 | low)
    };
    let needle = b"content-transfer-encoding:";
    let header = bytes
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .is_some_and(|at| {
            let value = bytes.get(at + needle.len()..).unwrap_or(&[]);
            let value = value
                .get(value.iter().take_while(|b| **b == b' ').count()..)
                .unwrap_or(&[]);
            value
                .get(..16)
                .is_some_and(|v| v.eq_ignore_ascii_case(b"quoted-printable"))
        });
    if !header {
        // (A tool's `versionCode=1034` or `Time=2023-…` is no escape: only a line break,
        // `=` itself or a byte above 127 counts.)
        let escapes = (0..bytes.len())
            .filter(|&at| bytes.get(at) == Some(&b'='))
            .filter_map(escape)
            .filter(|&b| matches!(b, b'\n' | b'\r' | b'=') || b >= 0x80)
            .count();
        if escapes < 2 {
            return None;
        }
    }
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
            b'=' => {
                if let Some(decoded) = escape(at) {
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
    // (Not UTF-8: the Western code page Outlook also sends, `charset="iso-8859-1"`.)
    let text = match String::from_utf8(out) {
        Ok(text) => text,
        Err(e) if header => {
            windows_1252(e.as_bytes()).unwrap_or_else(|_| String::from_utf8_lossy(e.as_bytes()).into_owned())
        }
        Err(_) => return None,
    };
    // (Decoded to control characters: it was no such encoding.)
    if !header && text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return None;
    }
    Some(if header { without_headers(&text) } else { text })
}

/// `text` with its MIME and transport header lines blank (`MIME-Version: 1.0`,
/// `Content-Type: text/plain;` and its folded lines, `Received:`, `X-…`) when the text
/// begins with a block of header lines that holds them, up to its first blank line. The
/// mail's own headers (`From:`, `Subject:`) stay, for the readers to take as the mail's.
fn without_headers(text: &str) -> String {
    const MIME: [&str; 9] = [
        "content-",
        "mime-version",
        "received",
        "x-",
        "dkim-",
        "arc-",
        "return-path",
        "message-id",
        "delivered-to",
    ];
    fn key(line: &str) -> Option<&str> {
        line.split_once(':')
            .map(|(k, _)| k)
            .filter(|k| !k.is_empty() && k.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
    }
    // (The block first: every line up to the first blank one a header or a folded one.)
    let block = text.split('\n').take_while(|l| !l.trim().is_empty());
    let headers = block.clone().all(|l| key(l).is_some() || l.starts_with([' ', '\t']))
        && block
            .clone()
            .any(|l| key(l).is_some_and(|k| k.eq_ignore_ascii_case("content-transfer-encoding")));
    if !headers {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let (mut body, mut mime) = (false, false);
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches('\n');
        body |= bare.trim().is_empty();
        // (A folded line, with no key, goes with the header before it.)
        if let Some(k) = key(bare).filter(|_| !body) {
            mime = MIME
                .iter()
                .any(|m| k.get(..m.len()).is_some_and(|p| p.eq_ignore_ascii_case(m)));
        }
        if body || !mime {
            out.push_str(line);
        } else if line.ends_with('\n') {
            out.push('\n');
        }
    }
    out
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
    even && foreign || katakana
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_whose_words_are_encoded_are_refused() {
        let rtf = b"{\\rtf1\\ansi\\ansicpg1252\\cocoartf2709\n\\f0\\fs24 \\cf0 \\uc0\\u24494 \\u20449 \\\n}";
        assert!(matches!(decode(rtf), Err(DecodeError::NotText { .. })));
        let base64 = b"From: Jan <jan@bank.example>\nSubject: My apps\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\nTXkgYXBwczogV2hhdHNBcHAsIFNsYWNrLCBUaWtUb2ssIFpvb20K\n";
        assert!(matches!(decode(base64), Err(DecodeError::NotText { .. })));
        assert!(!utf8_candidate(base64, base64.len()));
        let qp = b"mime-version: 1.0\r\ncontent-transfer-encoding:quoted-printable\r\n\r\nCaf=C3=A9\r\n";
        assert!(matches!(decode(qp), Err(DecodeError::NotText { .. })));
        // An email whose message is plain text is read.
        let plain =
            b"From: Jan <jan@bank.example>\nMIME-Version: 1.0\nContent-Transfer-Encoding: 7bit\n\nTikTok\nSlack\n";
        assert!(decode(plain).is_ok());
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
        ] {
            let bytes = [&b"Gmail\r\nOutlook\r\nWhatsApp\r\n"[..], name, b"\r\nChrome\r\n"].concat();
            assert_eq!(decode(&bytes), Err(DecodeError::UnknownEncoding), "{name:x?}");
        }
        assert_eq!(
            decode(b"Gr\xf6\xdfe Rechner\r\nS\xfc\xdfe Rezepte\r\nCaf\xe9 Finder\r\n\xc7a Marche\r\n").unwrap(),
            "Größe Rechner\r\nSüße Rezepte\r\nCafé Finder\r\nÇa Marche\r\n"
        );
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
