//! An email's source (a saved `.eml`, Gmail's "Show original", a message's source in
//! Outlook or Thunderbird) read as the message it holds (RFC 2045, 2046): its MIME and
//! transport headers, its parts' boundaries and headers left blank, each part's body
//! decoded (quoted-printable, base64) where it stood, an HTML copy of a plain text
//! (`multipart/alternative`) left out, and an attachment that is not text (a screenshot
//! of the list) written as the placeholder a mail app shows for it, `[attachment:
//! apps.png]`, which the readers take for a list that stands elsewhere. The lines keep
//! their numbers, but for a base64 body that decodes to more lines than it took.

use super::encoding::{base64, message_text, qp_decode, read_charset};

/// The text a header block says of the body after it.
#[derive(Default)]
struct Part {
    /// `text/plain`, `multipart/mixed`, … in lower case; empty when not given.
    kind: String,
    /// `quoted-printable`, `base64`, … in lower case; empty when not given.
    encoding: String,
    /// Its character set (`utf-8`, `windows-1251`) as written; empty when not given.
    charset: String,
    /// The attachment's file name, when given (`name=`, `filename=`).
    name: Option<String>,
    /// Sent as an attachment (`Content-Disposition: attachment`), not shown in the text.
    attached: bool,
    /// Shown inside the message's HTML (`Content-ID`, `Content-Disposition: inline`): a
    /// signature's logo, not a file someone attached.
    inline: bool,
}

/// What a line range of the source is.
enum Piece {
    /// Text outside the message's structure, kept as it is.
    Text,
    /// A header block with the blank line after it: the mail's own headers kept (`From:`,
    /// `Subject:`), the rest blank.
    Headers,
    /// A part's body.
    Body(Part),
    /// A boundary line, or a multipart's preamble or epilogue: blank.
    Blank,
}

/// How many multiparts' boundaries are looked for.
const MAX_BOUNDARIES: usize = 16;

/// The mail's own headers, which the readers know (`From:`, `Subject:`); any other
/// header of an email's source is MIME's or the mail system's.
const OWN: [&str; 6] = ["from", "to", "cc", "subject", "date", "sent"];

/// The text of `input` read as an email's source, or `None` when it is none: no block of
/// header lines, at the text's start or after a blank line, that holds a `Content-Type`
/// or `Content-Transfer-Encoding` header.
pub(super) fn message(input: &str) -> Option<String> {
    // (Most texts are let go by a search or two: `Content-Type`, `Content-Transfer-…`,
    // as mail systems write them, or in capitals.)
    let header_like = |(at, _): (usize, &str)| matches!(input.as_bytes().get(at + 7), Some(b'T' | b't'));
    if !input.match_indices("ontent-").any(header_like) && !input.match_indices("ONTENT-").any(header_like) {
        return None;
    }
    let lines: Vec<&str> = input.split_inclusive('\n').collect();
    let bare = |n: usize| lines.get(n).map_or("", |l| l.trim_end_matches(['\n', '\r']));
    let mut pieces: Vec<(usize, usize, Piece)> = Vec::new();
    let mut boundaries: Vec<String> = Vec::new();
    let mut plain = false;
    let mut n = 0;
    // Whether the line before was blank, or a boundary (a part's headers follow).
    let (mut after_blank, mut after_boundary) = (true, false);
    // The kind of body after the last header block, while in one.
    let mut body: Option<usize> = None;
    while n < lines.len() {
        let line = bare(n);
        let boundary = line
            .strip_prefix("--")
            .map(|b| b.trim_end().trim_end_matches("--"))
            .is_some_and(|b| boundaries.iter().any(|known| known == b));
        if boundary {
            close(&mut pieces, &mut body, n);
            pieces.push((n, n + 1, Piece::Blank));
            let closing = line.trim_end().ends_with("--") && line.trim_end().len() > 2;
            (after_blank, after_boundary) = (false, !closing);
            if closing {
                // (The epilogue, up to the next boundary of an outer part.)
                body = Some(pieces.len());
                pieces.push((n + 1, n + 1, Piece::Blank));
            }
            n += 1;
            continue;
        }
        let block = (after_blank || after_boundary)
            .then(|| header_block(&lines, n))
            .flatten();
        if let Some((end, part)) = block.filter(|(_, part)| after_boundary || part.is_mime) {
            close(&mut pieces, &mut body, n);
            let part = part.part;
            // (A message nests a few multiparts; a text of thousands is no message, and
            // each line is compared with every boundary.)
            if let Some(b) = param(&part.kind, "boundary").filter(|_| boundaries.len() < MAX_BOUNDARIES) {
                boundaries.push(b);
            }
            plain |= part.kind.starts_with("text/plain");
            pieces.push((n, end, Piece::Headers));
            body = Some(pieces.len());
            pieces.push((end, end, Piece::Body(part)));
            (after_blank, after_boundary) = (true, false);
            n = end;
            continue;
        }
        after_blank = line.trim().is_empty();
        after_boundary = false;
        if body.is_none() && pieces.last().is_none_or(|(_, _, p)| !matches!(p, Piece::Text)) {
            pieces.push((n, n, Piece::Text));
        }
        n += 1;
        if let Some((_, to, _)) = pieces.last_mut() {
            *to = n;
        }
    }
    if !pieces.iter().any(|(_, _, p)| matches!(p, Piece::Headers)) {
        return None;
    }
    let mut out = String::with_capacity(input.len());
    for (from, to, piece) in pieces {
        let text: String = lines.get(from..to).unwrap_or(&[]).concat();
        match piece {
            Piece::Text => out.push_str(&text),
            Piece::Headers => {
                let mut own = false;
                for line in lines.get(from..to).unwrap_or(&[]) {
                    let key = line.split_once(':').map(|(k, _)| k.trim().to_ascii_lowercase());
                    if !line.starts_with([' ', '\t']) {
                        own = key.is_some_and(|k| OWN.contains(&k.as_str()));
                    }
                    if own {
                        out.push_str(line);
                    } else {
                        out.push_str(&"\n".repeat(usize::from(line.ends_with('\n'))));
                    }
                }
            }
            Piece::Blank => out.push_str(&blank(&text)),
            Piece::Body(part) => out.push_str(&body_text(&text, &part, plain)),
        }
    }
    Some(out)
}

/// The last piece, a body begun after a header block or an epilogue, made to end at
/// line `n`.
fn close(pieces: &mut [(usize, usize, Piece)], body: &mut Option<usize>, n: usize) {
    if let Some((_, to, _)) = body.take().and_then(|at| pieces.get_mut(at)) {
        *to = n;
    }
}

/// A header block's end (the line after the blank line that ends it) and what it says,
/// when the lines from `n` are header lines (`Key: value`, or folded: beginning with a
/// space or a tab) up to a blank line or the text's end.
struct Block {
    part: Part,
    /// Whether it holds a `Content-Type` or `Content-Transfer-Encoding` header.
    is_mime: bool,
}

fn header_block(lines: &[&str], n: usize) -> Option<(usize, Block)> {
    let mut headers: Vec<String> = Vec::new();
    let mut end = n;
    for line in lines.get(n..).unwrap_or(&[]) {
        let bare = line.trim_end_matches(['\n', '\r']);
        end += 1;
        if bare.trim().is_empty() {
            break;
        }
        if bare.starts_with([' ', '\t']) {
            headers.last_mut()?.push_str(bare);
            continue;
        }
        // (An mbox's separator line, `From jan@example.com Mon Jan  1 10:00:00 2024`, may
        // open the source.)
        if end == n + 1 && bare.starts_with("From ") && !bare.starts_with("From: ") {
            continue;
        }
        let (key, _) = bare.split_once(':')?;
        // (A header's name is printable ASCII without spaces: `X-Spam_score` too.)
        if key.is_empty() || !key.bytes().all(|b| b.is_ascii_graphic()) {
            return None;
        }
        headers.push(bare.to_owned());
    }
    let mut block = Block {
        part: Part::default(),
        is_mime: false,
    };
    for header in &headers {
        let Some((key, value)) = header.split_once(':') else {
            continue;
        };
        let value = value.trim();
        if key.eq_ignore_ascii_case("content-type") {
            block.part.kind = value.to_owned();
            block.is_mime = true;
            block.part.name = block.part.name.take().or_else(|| param(value, "name"));
            block.part.charset = param(value, "charset").unwrap_or_default();
        } else if key.eq_ignore_ascii_case("content-transfer-encoding") {
            block.part.encoding = value.to_ascii_lowercase();
            block.is_mime = true;
        } else if key.eq_ignore_ascii_case("content-disposition") {
            block.part.name = param(value, "filename").or(block.part.name.take());
            let disposition = value.split(';').next().unwrap_or("").trim();
            block.part.attached = disposition.eq_ignore_ascii_case("attachment");
            block.part.inline |= disposition.eq_ignore_ascii_case("inline");
        } else if key.eq_ignore_ascii_case("content-id") {
            block.part.inline = true;
        }
    }
    // (Its kind in lower case, its parameters kept as written: a boundary's case counts.)
    let (kind, params) = block.part.kind.split_once(';').unwrap_or((&block.part.kind, ""));
    block.part.kind = format!("{};{params}", kind.trim().to_ascii_lowercase());
    Some((end, block))
}

/// A header's parameter (`boundary="b1"`, `filename=apps.png`), its quotes taken off.
fn param(value: &str, name: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (key, v) = p.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case(name)
            .then(|| v.trim().trim_matches('"').to_owned())
            .filter(|v| !v.is_empty())
    })
}

/// What an HTTP answer's head says of its body: that more pages follow (`Link: <…>;
/// rel="next"`, `X-Next-Page`), or how many items there are in all (`X-Total-Count`).
pub(super) struct More {
    /// The header's line.
    pub(super) line: usize,
    /// The header as written.
    pub(super) text: String,
    /// The total it gives, when it gives one rather than a next page.
    pub(super) total: Option<usize>,
}

/// The text of `input` with an HTTP answer's head before its body left blank (`curl
/// -i`'s status line and headers, `HTTP/2 200`, as many as there were answers: a
/// redirect's, a `100 Continue`), the number of the head's lines, and what its headers
/// say of more; `None` when the text does not start with one. The lines keep their
/// numbers.
pub(super) fn http_answer(input: &str) -> Option<(String, usize, Vec<More>)> {
    fn status(line: &str) -> bool {
        let Some(rest) = line.trim().strip_prefix("HTTP/") else {
            return false;
        };
        let mut words = rest.split_whitespace();
        let version = words.next().unwrap_or("");
        let code = words.next().unwrap_or("");
        !version.is_empty()
            && version.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && code.len() == 3
            && code.bytes().all(|b| b.is_ascii_digit())
    }
    fn header(line: &str) -> Option<(&str, &str)> {
        let (name, value) = line.trim_end().split_once(':')?;
        let token = !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        token.then_some((name, value.trim()))
    }
    if !input.trim_start().starts_with("HTTP/") {
        return None;
    }
    let lines: Vec<&str> = input.split_inclusive('\n').collect();
    let mut more = Vec::new();
    let mut at = 0;
    let mut heads = 0;
    loop {
        // (Blank lines before a head.)
        let mut n = at;
        while lines.get(n).is_some_and(|l| l.trim().is_empty()) {
            n += 1;
        }
        if !lines.get(n).is_some_and(|l| status(l)) {
            break;
        }
        n += 1;
        while let Some((name, value)) = lines.get(n).and_then(|l| header(l)) {
            let lower = value.to_ascii_lowercase();
            let next = match name.to_ascii_lowercase().as_str() {
                "link" => lower.contains("rel=\"next\"") || lower.contains("rel=next"),
                "x-next-page" | "x-next-cursor" | "x-next-page-token" => !value.is_empty(),
                "x-has-more" => lower == "true",
                _ => false,
            };
            let total = matches!(
                name.to_ascii_lowercase().as_str(),
                "x-total-count" | "x-total" | "x-total-items" | "x-result-count"
            )
            .then(|| value.parse::<usize>().ok())
            .flatten();
            if next || total.is_some() {
                more.push(More {
                    line: n + 1,
                    text: lines.get(n).map_or("", |l| l.trim()).to_owned(),
                    total,
                });
            }
            n += 1;
        }
        // (A head ends at a blank line, or the text's end.)
        if lines.get(n).is_some_and(|l| !l.trim().is_empty()) {
            return None;
        }
        heads += 1;
        at = n;
    }
    if heads == 0 {
        return None;
    }
    let head: String = lines.iter().take(at).map(|l| blank(l)).collect();
    let said = lines.iter().take(at).filter(|l| !l.trim().is_empty()).count();
    let body: String = lines.iter().skip(at).copied().collect();
    Some((head + &body, said, more))
}

/// As many line breaks as `text` has.
fn blank(text: &str) -> String {
    "\n".repeat(text.matches('\n').count())
}

/// A part's body as the message shows it, in as many lines at least as it took.
fn body_text(text: &str, part: &Part, plain: bool) -> String {
    let kind = part.kind.split(';').next().unwrap_or("");
    // (An HTML copy of the plain text, not an HTML file attached; a logo shown in the HTML,
    // not a picture attached.)
    let image = !kind.is_empty() && !kind.starts_with("text/");
    if kind.starts_with("multipart/")
        || kind == "text/html" && plain && !part.attached
        || image && part.inline && !part.attached
    {
        return blank(text);
    }
    let decoded = match part.encoding.as_str() {
        "quoted-printable" => message_text(qp_decode(text.as_bytes(), true), &part.charset),
        "base64" => base64(text).and_then(|bytes| message_text(bytes, &part.charset)),
        // (Sent in 8 bits: the source's bytes were read as UTF-8 or Windows-1252, which
        // a part in another character set is not.)
        _ => (text.is_ascii() && !text.contains('\u{1b}') || read_charset(&part.charset)).then(|| text.to_owned()),
    };
    let readable = kind.is_empty()
        || kind.starts_with("text/")
        || kind.starts_with("message/")
        || kind.ends_with("/json")
        || kind.ends_with("/xml")
        || kind.ends_with("/csv");
    let shown = match decoded.filter(|_| readable) {
        Some(mut decoded) => {
            if !decoded.ends_with('\n') && text.ends_with('\n') {
                decoded.push('\n');
            }
            decoded
        }
        // (What a mail app shows in its place; read as a list that stands elsewhere.)
        None if text.trim().is_empty() => String::new(),
        // (Text in a character set not read here, `gb2312`, `iso-2022-jp`: as the readers
        // see characters an encoding lost, a line not read.)
        None if readable => "????\n".to_owned(),
        None => match &part.name {
            Some(name) => format!("[attachment: {name}]\n"),
            None => "[attachment]\n".to_owned(),
        },
    };
    let missing = text.matches('\n').count().saturating_sub(shown.matches('\n').count());
    shown + &"\n".repeat(missing)
}
