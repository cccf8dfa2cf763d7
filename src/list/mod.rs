//! Reading the app list an employee or help desk pastes.
//!
//! People paste whatever they have: names typed one per line or separated by commas,
//! bullet lists from notes apps, the output of `adb shell pm list packages`,
//! `ideviceinstaller`, `winget list`, `flatpak list`, `snap list`, macOS
//! `system_profiler`, MDM CSV exports, store links, JSON. [`parse_list`] detects the
//! format (the page shows which it saw), and turns each app into an [`Entry`] that
//! carries its name and/or its identifier, so recognition can use the identifier
//! first. `tests/fixtures/formats/` holds real-shaped samples of every format, with
//! where each shape comes from.
//!
//! Parsing never fails: whatever the input, it returns the entries it found and
//! line-numbered notes about what it skipped. An empty result is not an error here;
//! evaluation turns it into a clear "we found no apps" rather than "you're fine",
//! and any skipped line into "can't tell for the whole list".

mod account;
pub(crate) mod catalogue;
mod device;
pub(crate) mod encoding;
mod formats;
mod mime;
mod senders;
mod tree;

use std::borrow::Cow;

use serde::Serialize;

use crate::i18n::{fill, Lang, Msg};

pub use account::{Account, Mention};
pub use device::{DevicePart, DeviceRecord};
pub use encoding::{decode, utf8_candidate, DecodeError, HEAD};
pub use formats::Format;
pub use tree::fold as fold_key;
pub(crate) use tree::unescape as unescape_markup;

/// Lines longer than this are not app names; they are skipped with a note.
pub const MAX_LINE_CHARS: usize = 512;

/// Input beyond this many bytes is not read; the list is marked as cut short.
pub const MAX_INPUT_BYTES: usize = 32 * 1024 * 1024;

/// At most this many entries are read; the list is marked as cut short beyond.
pub const MAX_ENTRIES: usize = 100_000;

/// One app as pasted, with the line it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// 1-based line number in the pasted text.
    pub line: usize,
    /// The app as the report shows it: its name, else its identifier, as read.
    pub text: String,
    /// The app's display name, when the format gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The app's identifier (package name, bundle id, store id…), when the format gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// The same in Unicode compatibility form (NFKC), when that differs: what recognition
    /// compares, while the report shows what was pasted.
    #[serde(skip)]
    pub(crate) folded: Option<Box<Folded>>,
    /// The device whose row this is, in a multi-device export: an index into
    /// [`AppList::devices`].
    #[serde(skip)]
    pub device: Option<u32>,
}

/// An entry's text, name and identifier in Unicode compatibility form (NFKC).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Folded {
    pub text: String,
    pub name: Option<String>,
    pub identifier: Option<String>,
}

/// Unicode compatibility normalisation (NFKC), supplied by the shell: the page passes
/// the browser's `String.prototype.normalize`, the CLI the `unicode-normalization`
/// crate. The core does not carry the Unicode tables itself: in the Wasm module they
/// would cost about 63 KB gzip, and every browser already has them.
pub type Nfkc = fn(&str) -> String;

impl Entry {
    /// What recognition compares: (text, name, identifier), folded when they differ.
    pub(crate) fn lookup(&self) -> (&str, Option<&str>, Option<&str>) {
        match &self.folded {
            Some(f) => (&f.text, f.name.as_deref(), f.identifier.as_deref()),
            None => (&self.text, self.name.as_deref(), self.identifier.as_deref()),
        }
    }

    fn fold(&mut self, nfkc: Nfkc) {
        // ASCII is its own NFKC form and has no marks: most lines need no folding (and,
        // in the browser, no call out to JavaScript).
        let ascii = |s: Option<&str>| s.is_none_or(str::is_ascii);
        if self.text.is_ascii() && ascii(self.name.as_deref()) && ascii(self.identifier.as_deref()) {
            self.folded = None;
            return;
        }
        let fold = |s: &str| without_marks_nfkc(nfkc, s);
        let folded = Folded {
            text: fold(&self.text),
            name: self.name.as_deref().map(fold),
            identifier: self.identifier.as_deref().map(fold),
        };
        let same = folded.text == self.text && folded.name == self.name && folded.identifier == self.identifier;
        self.folded = (!same).then(|| Box::new(folded));
    }
}

impl Entry {
    /// An entry known only by the text of its line.
    pub fn text(line: usize, text: &str) -> Entry {
        Entry {
            line,
            text: text.to_owned(),
            name: None,
            identifier: None,
            folded: None,
            device: None,
        }
    }

    /// An entry with a name and/or an identifier; `None` when it has neither.
    pub fn app(line: usize, name: Option<&str>, identifier: Option<&str>) -> Option<Entry> {
        let clean = |s: Option<&str>| s.map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned);
        let (name, identifier) = (clean(name), clean(identifier));
        let text = name.clone().or_else(|| identifier.clone())?;
        Some(Entry {
            line,
            text,
            name,
            identifier,
            folded: None,
            device: None,
        })
    }
}

/// Something the parser skipped, and why. Reading takes no language: the report puts
/// a note into the reader's words ([`Skipped::message`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub line: usize,
    pub skipped: Skipped,
}

/// Why a line was skipped, with what the sentence about it needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Skipped {
    /// Longer than [`MAX_LINE_CHARS`]: no app's name.
    TooLong,
    /// It holds control characters, which no app name has.
    Control,
    /// A table row or record with neither a name nor an identifier.
    NoName,
    /// A line no reader claimed: not in the shape of the list around it (its first
    /// characters, for the note).
    Unread { excerpt: String },
    /// The size limits cut the list here: nothing from this line on was read.
    Cut,
    /// A tool's message that it listed nothing (an error, "command not found", "no
    /// devices", "no apps installed"): no app list (its first characters, for the note).
    ToolMessage { excerpt: String },
    /// A line that stands for the list or part of it, not here: a picture or an
    /// attachment (`[image: IMG_0412.PNG]`, `<Media omitted>`, "see attached"), or
    /// more of the list than was pasted (`See all 84 apps`, `…and 42 more`).
    Elsewhere { excerpt: String },
    /// A row of an export of devices with no column for their apps.
    DeviceRow,
    /// A sentence that names no app, or a reply instead of a list ("none", "same as
    /// before"): not a list of apps (its first characters, for the note).
    Sentence { excerpt: String },
}

impl Skipped {
    /// The note in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Skipped::TooLong => fill(Msg::NOTE_TOO_LONG.get(lang), &[("max", &MAX_LINE_CHARS.to_string())]),
            Skipped::Control => Msg::NOTE_CONTROL.get(lang).to_owned(),
            Skipped::NoName => Msg::NOTE_NO_NAME.get(lang).to_owned(),
            Skipped::Unread { excerpt } => fill(Msg::NOTE_UNREAD.get(lang), &[("text", excerpt)]),
            Skipped::ToolMessage { excerpt } => fill(Msg::NOTE_TOOL_MESSAGE.get(lang), &[("text", excerpt)]),
            Skipped::Elsewhere { excerpt } => fill(Msg::NOTE_ELSEWHERE.get(lang), &[("text", excerpt)]),
            Skipped::DeviceRow => Msg::NOTE_DEVICE_ROW.get(lang).to_owned(),
            Skipped::Sentence { excerpt } => fill(Msg::NOTE_SENTENCE.get(lang), &[("text", excerpt)]),
            Skipped::Cut => fill(
                Msg::NOTE_CUT.get(lang),
                &[
                    ("max", &MAX_ENTRIES.to_string()),
                    ("mb", &(MAX_INPUT_BYTES / (1024 * 1024)).to_string()),
                ],
            ),
        }
    }
}

/// What was found in a pasted list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AppList {
    /// The format the text was read as.
    pub format: Format,
    pub entries: Vec<Entry>,
    /// Lines that were skipped: they were not checked.
    pub notes: Vec<Note>,
    /// What became of every non-blank line.
    pub account: Account,
    /// Lines that only mention apps (quoted text, a "Removed" section, an uninstall
    /// command, a row whose status says "not installed"), by line, in line order.
    #[serde(skip)]
    pub mentions: Vec<(usize, Mention)>,
    /// The text as it was read (a lone `\r` and the Unicode line separators made `\n`),
    /// for the whole-text sweep.
    #[serde(skip)]
    pub(crate) text: String,
    /// Lines (first, last) the format's own syntax takes: headers, rules, JSON or XML
    /// syntax. Filled by the readers; read by the account.
    #[serde(skip)]
    pub(crate) structure: Vec<(usize, usize)>,
    /// Counts of the apps said on a line of names (`30 apps - Signal, Telegram`): the line
    /// and the fewest apps it says the list has, weighed by the account against every
    /// row, as a line of structure's count is.
    #[serde(skip)]
    pub(crate) counts: Vec<(usize, usize)>,
    /// Lines whose count a reader has weighed already: a table's total row against its
    /// column ([`account::total_rows`]).
    #[serde(skip)]
    pub(crate) weighed: Vec<usize>,
    /// The shell's NFKC, for the sweep to fold the lines it searches as entries are folded.
    #[serde(skip)]
    pub(crate) nfkc: Folding,
    /// The devices of a multi-device export (empty for one device's list), in the order
    /// their first row comes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub devices: Vec<DeviceRecord>,
    /// Whether [`AppList::devices`] are an aggregate's rows (groups of devices with a
    /// count), not devices.
    #[serde(skip)]
    pub(crate) aggregate: bool,
    /// Each device row's line and its device, in line order.
    #[serde(skip)]
    pub(crate) device_rows: Vec<(usize, u32)>,
    /// The line at which an export's text was cut off (it ended inside a quoted cell):
    /// the rows after it may be any device's.
    #[serde(skip)]
    pub(crate) cut_off: Option<usize>,
    /// For one device's part of an export: the export's line number of each line of
    /// this list's text (see [`AppList::by_device`]).
    #[serde(skip)]
    pub(crate) line_map: Option<Vec<usize>>,
    /// Where each line of `text` starts, made the first time a typed line is asked
    /// whether it says its apps are gone ([`AppList::mention_of`]).
    #[serde(skip)]
    line_starts: std::cell::OnceCell<Vec<usize>>,
    /// The last line [`AppList::mention_of`] read for words that say its apps are gone,
    /// and its answer: a line of 2,000 cells asks once, not once a cell.
    #[serde(skip)]
    gone_memo: std::cell::Cell<Option<(usize, bool)>>,
    /// The lines a tool's reader found in another shape than its own and read as typed
    /// text (a name typed under `adb`'s output, a remark after it), in line order.
    #[serde(skip)]
    pub(crate) typed_lines: Vec<usize>,
}

/// The shell's [`Nfkc`], kept with a list; lists compare equal whatever it is.
#[derive(Clone, Copy, Default)]
pub struct Folding(pub(crate) Option<Nfkc>);

impl PartialEq for Folding {
    fn eq(&self, _: &Folding) -> bool {
        true
    }
}

impl Eq for Folding {}

impl std::fmt::Debug for Folding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Folding")
    }
}

impl Default for AppList {
    fn default() -> Self {
        AppList {
            format: Format::Lines,
            entries: Vec::new(),
            notes: Vec::new(),
            account: Account::default(),
            mentions: Vec::new(),
            text: String::new(),
            structure: Vec::new(),
            counts: Vec::new(),
            weighed: Vec::new(),
            nfkc: Folding(None),
            devices: Vec::new(),
            aggregate: false,
            device_rows: Vec::new(),
            cut_off: None,
            line_map: None,
            line_starts: std::cell::OnceCell::new(),
            gone_memo: std::cell::Cell::new(None),
            typed_lines: Vec::new(),
        }
    }
}

impl AppList {
    /// The text the list was read from, its lines ending at `\n` (line numbers count
    /// from 1 in it), for searching the whole text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// How line `line` only mentions an app, if it does.
    pub fn mention(&self, line: usize) -> Option<Mention> {
        self.mentions
            .binary_search_by_key(&line, |(l, _)| *l)
            .ok()
            .and_then(|i| self.mentions.get(i))
            .map(|(_, m)| *m)
    }

    /// [`AppList::mention`], and for a line typed by a person, also whether it says its
    /// apps are gone or absent (`TikTok (uninstalled)`, `~~TikTok~~`, `I don't have
    /// Slack, TikTok or Zoom`, a checklist's `TikTok: no`): asked only of the lines where a policy app was found,
    /// since reading every line for it cost a 10,000-line check more than it takes.
    pub fn mention_of(&self, line: usize) -> Option<Mention> {
        self.mention(line).or_else(|| {
            let typed = matches!(self.format, Format::Lines | Format::Separated | Format::StoreLinks);
            if !typed {
                return None;
            }
            let gone = match self.gone_memo.get() {
                Some((at, gone)) if at == line => gone,
                _ => {
                    let text = self.line_text(line)?;
                    let gone = account::says_gone(text) || account::struck_through(text) || account::answered_no(text);
                    self.gone_memo.set(Some((line, gone)));
                    gone
                }
            };
            gone.then_some(Mention::Status)
        })
    }

    /// Line `line` (from 1) of the text read.
    fn line_text(&self, line: usize) -> Option<&str> {
        // (Set by `parse_list`; found here for a list made otherwise.)
        let starts = self
            .line_starts
            .get_or_init(|| line_starts(&self.text, &crate::text::lines(&self.text).collect::<Vec<_>>()));
        let from = *starts.get(line.checked_sub(1)?)?;
        let to = starts.get(line).map_or(self.text.len(), |&next| next.saturating_sub(1));
        self.text.get(from..to)
    }
}

pub use crate::text::is_invisible;

/// Where each of `text`'s lines begins, as [`crate::text::split_newlines`] has them, from
/// the `lines` [`crate::text::lines`] gave: the same starts, and `split_newlines` has one
/// more, an empty line, after a last line end (or in an empty text). (`parse_list` has
/// the lines already: the text is not split again for [`AppList::line_text`].)
fn line_starts(text: &str, lines: &[&str]) -> Vec<usize> {
    let at = text.as_ptr() as usize;
    let mut starts: Vec<usize> = lines
        .iter()
        .map(|line| (line.as_ptr() as usize).wrapping_sub(at))
        .collect();
    if text.is_empty() || text.ends_with('\n') {
        starts.push(text.len());
    }
    starts
}

/// Whether a line holds nothing but white space and invisible characters.
pub fn is_blank(line: &str) -> bool {
    // (Most lines begin with an ASCII letter or mark: no decoding to say they are not.)
    if line
        .as_bytes()
        .first()
        .is_some_and(|&b| b.is_ascii() && !crate::text::ascii_space(b))
    {
        return false;
    }
    line.chars().all(|c| c.is_whitespace() || is_invisible(c))
}

/// The text with every line end one that `str::lines` knows (`\n`, or `\r\n`, which
/// stays as it is): a lone `\r` (classic Mac OS), the vertical tab and the form feed
/// (Word's line break, typed with Shift+Enter, and its page break, as plain text
/// carries them), and the Unicode line and paragraph separators and NEL become `\n` —
/// every mandatory break of Unicode's line breaking (UAX #14: classes BK, CR, NL). And
/// without a terminal's escape codes (`ls --color=always` or a colour log saved to a
/// file): its colours (`ESC [ … m`, any control sequence), links (`ESC ] … BEL`) and
/// other escapes (`ESC ( B`).
/// Most texts have none, and are not copied.
fn unify_line_ends(input: &str) -> Cow<'_, str> {
    if !needs_unifying(input.as_bytes()) {
        return Cow::Borrowed(input);
    }
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\u{b}' | '\u{c}' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.push('\n'),
            // An escape: a control sequence (`ESC [`, up to its final byte), a command
            // (`ESC ]`, a link: up to BEL or `ESC \`) or intermediates and a final byte.
            '\u{1b}' if chars.peek().is_some_and(|c| matches!(c, ' '..='~')) => {
                let end: fn(char) -> bool = match chars.next() {
                    Some('[') => |c| matches!(c, '@'..='~'),
                    Some(']') => |c| c == '\u{7}' || c == '\\',
                    Some(' '..='/') => |c| matches!(c, '0'..='~'),
                    _ => continue,
                };
                while let Some(c) = chars.next_if(|&c| c != '\n' && c != '\r') {
                    if end(c) {
                        break;
                    }
                }
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Whether a text has a line end or an escape code that [`unify_line_ends`] changes: a
/// `\r` not before a `\n`, a vertical tab or form feed, U+2028, U+2029 or U+0085 (in
/// UTF-8: `E2 80 A8`, `E2 80 A9`, `C2 85`), or an escape (ESC, then a printable byte). One pass, eight bytes
/// at a time past those without a byte from `\v` to `\r`, an ESC or a byte beyond ASCII
/// (most of a text; four searches before, the whole text each).
fn needs_unifying(bytes: &[u8]) -> bool {
    use crate::text::words8::{has_byte, has_high_byte, skip};
    let mut from = 0;
    while from < bytes.len() {
        let at = from
            + skip(bytes.get(from..).unwrap_or(&[]), |x| {
                has_byte(x, b'\r') || has_byte(x, 0x0B) || has_byte(x, 0x0C) || has_byte(x, 0x1B) || has_high_byte(x)
            });
        let end = (at + 8).min(bytes.len());
        for i in at..end {
            let next = |k: usize| bytes.get(i + k).copied();
            let found = match bytes.get(i) {
                Some(b'\r') => next(1) != Some(b'\n'),
                Some(0x1B) => next(1).is_some_and(|b| (0x20..=0x7e).contains(&b)),
                Some(0x0B | 0x0C) => true,
                Some(0xC2) => next(1) == Some(0x85),
                Some(0xE2) => next(1) == Some(0x80) && matches!(next(2), Some(0xA8 | 0xA9)),
                _ => false,
            };
            if found {
                return true;
            }
        }
        from = end;
    }
    false
}

/// `text` without trademark marks, then in NFKC by `nfkc` unless it is ASCII by then
/// (ASCII is its own NFKC form: "Microsoft® Teams" needs no call out to JavaScript).
/// Marks go first: NFKC would turn "TikTok™" into "TikTokTM".
pub(crate) fn without_marks_nfkc(nfkc: Nfkc, text: &str) -> String {
    let text = text.replace(['™', '℠', '®', '©'], "");
    if text.is_ascii() {
        text
    } else {
        nfkc(&text)
    }
}

/// Reads a pasted list in whatever format it is; `nfkc` folds each app's name and
/// identifier for recognition (see [`Nfkc`]). The list ends with an account of every
/// non-blank line: part of an entry, the format's own structure, or a note saying why
/// it was not read.
/// `text` with its full-width forms of ASCII (U+FF01 to U+FF5E) and its ideographic
/// space as the ASCII they stand for; `None` when it has none (most texts: one search for
/// their UTF-8's lead bytes).
fn half_width(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let any = bytes
        .windows(2)
        .any(|w| matches!(w, [0xef, 0xbc | 0xbd] | [0xe3, 0x80]));
    if !any || !text.chars().any(|c| matches!(c, '\u{ff01}'..='\u{ff5e}' | '\u{3000}')) {
        return None;
    }
    Some(
        text.chars()
            .map(|c| match c {
                '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
                '\u{3000}' => ' ',
                _ => c,
            })
            .collect(),
    )
}

/// Whether a line is in capitals, shouted: three words or more, letters in every one, and
/// no letter in lower case (not a name's few words, `EL PAÍS`, `BBC NEWS`).
fn shouted(line: &str) -> bool {
    // (Most lines: a letter in lower case, found in a look at the bytes.)
    !line.bytes().any(|b| b.is_ascii_lowercase())
        && line.split_whitespace().nth(2).is_some()
        && line
            .split_whitespace()
            .all(|w| w.chars().any(char::is_alphabetic) || !w.chars().any(char::is_alphanumeric))
        && line.chars().any(char::is_alphabetic)
        && !line.chars().any(char::is_lowercase)
}

/// A [`shouted`] `line` in a sentence's case: its first letter, a capital, as it is, the
/// rest in lower case.
fn sentence_case(line: &str) -> String {
    let first = line.chars().next().map_or(0, char::len_utf8);
    let mut out = line.get(..first).unwrap_or("").to_owned();
    out.push_str(&crate::case::lower(line.get(first..).unwrap_or("")));
    out
}

/// Whether line `n` (from 1) is a picture Outlook inlines, `[cid:image001.png@01DA7C2B.12CFDAB5]`,
/// in a mail's signature block: under its sign-off (`Kind regards,`, `Z poważaniem,`), six
/// lines at most with no blank line between (the name, a title). The sender's logo, not a
/// picture of more apps, which a list has among its names or after the signature.
fn signature_picture(lines: &[&str], n: usize) -> bool {
    let text = lines.get(n.wrapping_sub(1)).map_or("", |l| crate::text::trim(l));
    if !(text.get(..5).is_some_and(|s| s.eq_ignore_ascii_case("[cid:")) && text.ends_with(']')) {
        return false;
    }
    lines
        .get(n.saturating_sub(7)..n.saturating_sub(1))
        .unwrap_or(&[])
        .iter()
        .rev()
        .map(|l| crate::text::trim(l))
        .take_while(|l| !l.is_empty())
        .any(formats::sign_off)
}

/// `text` without its quote marks when it is one message quoted whole: every line with
/// text after `>` (at any depth, `> >`, `>>`), two at least, under the line a mail app
/// writes over a replied-to message or not (`On …, … wrote:`, kept: what is under it stays
/// quoted for the account's mentions). Each quoted line loses its marks and the space after
/// each; blank lines stay, so every line keeps its number. `None` for any other text (most:
/// their first line with text is no quote, let go there).
fn unquoted(text: &str) -> Option<String> {
    let mut lines = text.split('\n');
    let mut out = String::with_capacity(text.len());
    let mut quoted = 0;
    let mut first = true;
    for line in lines.by_ref() {
        let trimmed = crate::text::trim(line);
        if !trimmed.starts_with('>') {
            let header = first && trimmed.ends_with(':') && account::reply_header(&crate::case::lower(trimmed));
            if !trimmed.is_empty() && !header {
                return None;
            }
            first &= trimmed.is_empty();
            out.push_str(line);
            out.push('\n');
            continue;
        }
        first = false;
        let mut rest = trimmed;
        while let Some(inner) = rest.strip_prefix('>') {
            rest = inner.strip_prefix(' ').unwrap_or(inner);
            rest = if rest.trim_start().starts_with('>') {
                rest.trim_start()
            } else {
                rest
            };
        }
        quoted += usize::from(!crate::text::trim(rest).is_empty());
        out.push_str(rest);
        out.push('\n');
    }
    // (The split's last piece had no line end after it.)
    out.pop();
    (quoted >= 2).then_some(out)
}

pub fn parse_list(input: &str, nfkc: Nfkc) -> AppList {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let mut cut_at = None;
    let (input, rest) = if input.len() > MAX_INPUT_BYTES {
        let mut end = MAX_INPUT_BYTES;
        while !input.is_char_boundary(end) {
            end -= 1;
        }
        let text = input.get(..end).unwrap_or("");
        // Drop the partial last line; it is part of what was not read.
        let text = text.rfind('\n').map_or(text, |i| text.get(..i).unwrap_or(text));
        cut_at = Some(text.lines().count() + 1);
        (text, input.get(text.len()..).unwrap_or(""))
    } else {
        (input, "")
    };
    let whole = unify_line_ends(input);
    // (Full-width letters, digits and signs, as Chinese and Japanese keyboards type them,
    // `他１２件`, `第１页，共３页`, read as the ASCII they stand for, as NFKC reads them.)
    let whole = match half_width(&whole) {
        Some(text) => Cow::Owned(text),
        None => whole,
    };
    // (An API's answer with its HTTP head, `curl -i`: the head blank, what it says of
    // more pages kept for a note.)
    let (whole, http_head, http_more) = match mime::http_answer(&whole) {
        Some((body, head, more)) => (Cow::Owned(body), head, more),
        None => (whole, 0, Vec::new()),
    };
    // (An email's source read as its message; a message's body in quoted-printable or
    // base64 read as what it encodes.)
    let whole = mime::message(&whole)
        .or_else(|| encoding::quoted_printable(&whole))
        .or_else(|| encoding::base64_text(&whole))
        .map_or(whole, Cow::Owned);
    // (A message pasted quoted whole, each line after `>`: read as its writer wrote it.)
    let whole = unquoted(&whole).map_or(whole, Cow::Owned);
    // (A chat without time stamps, each line after its sender's name: read as the
    // senders wrote them. The sweep searches the text as it was pasted.)
    let spoken = senders::taken(&whole);
    let input: &str = spoken.as_deref().unwrap_or(&whole);
    let rest_lines = count_lines(rest);
    // The readers stop after `MAX_ENTRIES + 1` entries (the byte limit bounds the rest),
    // so the limit counts apps, as the README says, not lines.
    // (The text's lines, found once for the reader and the account.)
    let lines: Vec<&str> = crate::text::lines(input).collect();
    let mut list = formats::read(input, &lines);
    // (Weighed before the frame's sentences are: it needs the lines the reader read as typed.)
    account::last_row_alone(&mut list, &lines);
    list.notes.retain(|n| n.line > 0);
    // A sentence around a list (its introduction, a remark) is part of its frame; only a
    // text of sentences without an app is no list.
    if !list.entries.is_empty() {
        // (Unless it says the list is some of the apps: `Here are some of my apps`.)
        for note in &mut list.notes {
            if let Skipped::Sentence { excerpt } = &note.skipped {
                // (Not when its line says the list is all: `(that's all of them, I checked
                // the first screen)`.)
                let line = lines.get(note.line.wrapping_sub(1)).copied().unwrap_or("");
                if (formats::only_some(excerpt)
                    || formats::half_or_doubted(line)
                    || formats::names_the_rest(line)
                    || formats::says_ran_short(line)
                    || formats::showed_only(line))
                    && !formats::says_all(line)
                {
                    note.skipped = Skipped::Elsewhere {
                        excerpt: excerpt.clone(),
                    };
                }
            }
        }
        // (And, in a typed list, what a device says of itself, `iPhone 14 Pro, iOS 17.2.1`
        // over its apps: which phone they are on; and the picture in a mail's signature
        // block, its logo, [`signature_picture`].)
        let typed = matches!(list.format, Format::Lines | Format::Separated);
        list.notes.retain(|n| {
            let frame = matches!(n.skipped, Skipped::Sentence { .. })
                || typed && matches!(n.skipped, Skipped::DeviceRow)
                || typed && matches!(n.skipped, Skipped::Elsewhere { .. }) && signature_picture(&lines, n.line);
            if frame {
                list.structure.push((n.line, n.line));
            }
            !frame
        });
    }
    sections_of_a_whole(&mut list, &lines);
    account::search_results(&mut list, &lines);
    if list.entries.len() > MAX_ENTRIES {
        let first_unread = list.entries.get(MAX_ENTRIES).map_or(0, |e| e.line);
        list.entries.truncate(MAX_ENTRIES);
        cut_at = Some(cut_at.map_or(first_unread, |c| c.min(first_unread)));
    }
    // Whatever the reader, a name or identifier with control characters is no app's; one
    // whose characters an encoding lost on the way (`å¾®ä¿¡` for 微信, `Caf�`) is a line not
    // read.
    let mut notes = Vec::new();
    // (In a typed list, a line no reader understood that reads as a sentence, `De rest
    // staat op de tweede pagina`, `nicht alle`: a line not read, never an app's name. Not
    // one that says the list is all, `das sind alle`.)
    let typed = matches!(list.format, Format::Lines | Format::Separated);
    let (mut counted, mut sentence_counts, mut said_all) = (Vec::new(), Vec::new(), Vec::new());
    let typed_lines = std::mem::take(&mut list.typed_lines);
    list.entries.retain(|e| {
        // (Or a line a tool's reader read as typed, in another shape than its output's.)
        let typed = typed || typed_lines.binary_search(&e.line).is_ok();
        let clean = |s: &str| !has_control(s);
        // (A remark on an app after its name, `Disney+ (I use it more than Teams)`, is
        // the app's.)
        // (Most entries: let go at their first words in capitals, before their brackets are
        // looked for.)
        let named = || {
            let text = e.text.as_str();
            match text.as_bytes().iter().position(|&b| b == b'(') {
                Some(at) if !crate::text::trim(text.get(..at).unwrap_or("")).is_empty() => {
                    text.get(..at).unwrap_or(text)
                }
                _ => text,
            }
        };
        let line = crate::text::trim(lines.get(e.line.wrapping_sub(1)).copied().unwrap_or(""));
        // (A count of the apps said in a sentence that no reader took for one, `Settings
        // says 21 apps, I listed 10.`: no app, and weighed by the account against the names.)
        // (Not a line whose count a reader took already, `Dev: I have 3 apps`; most entries,
        // names in capitals, are let go by their words.)
        let lower_word = formats::word_in_lower_case(&e.text);
        // (A chat's message is weighed without its time and sender: `3/1/24, 1:20 PM -
        // Daniel: That's everything on the phone.`)
        let line = if typed && lower_word {
            formats::chat_message(line).map_or(line, crate::text::trim)
        } else {
            line
        };
        if typed && lower_word && e.identifier.is_none() && !list.counts.iter().any(|&(n, _)| n == e.line) {
            if let Some(count) = formats::sentence_count(line) {
                if !counted.contains(&e.line) {
                    counted.push(e.line);
                    sentence_counts.push((e.line, count));
                }
                // (The sentence's pieces; a name in capitals after a comma stays, `I have 3
                // apps, TikTok, Slack`.)
                return !(formats::word_in_lower_case(&e.text) || e.text.bytes().any(|b| b.is_ascii_digit()));
            }
            // (A sentence that says the list is all, no names in it, `That's everything on
            // the phone.`: the writer's word on the list, its frame, no app.)
            if formats::all_of_them_said(line) {
                said_all.push((e.line, e.line));
                return false;
            }
        }
        // (Under a table's rows, the same word typed as a row of one cell, with or without
        // its stop: `não tem mais nada`, `that is the full list`.)
        if !typed
            && lower_word
            && e.identifier.is_none()
            && e.text.len() == line.len()
            && formats::all_of_them_said_loosely(line)
        {
            said_all.push((e.line, e.line));
            return false;
        }
        // (A line of three words or more in capitals, shouted, `THESE ARE ONLY THE MAIN
        // ONES`: read in a sentence's case, as it would have been written.)
        let shouted = typed && e.identifier.is_none() && e.text == line.trim_end_matches(['.', '!']) && shouted(line);
        let said = if shouted {
            Cow::Owned(sentence_case(line))
        } else {
            Cow::Borrowed(line)
        };
        let (line, named) = if shouted {
            (said.as_ref(), said.as_ref())
        } else if lower_word {
            (line, named())
        } else {
            (line, e.text.as_str())
        };
        // (Or a short sentence ended by its stop, of three words or more, that says half is
        // here, was cut or doubts it is all: `Só copiei metade.`)
        let stopped =
            || line.ends_with(['.', '!']) && line.split_whitespace().nth(2).is_some() && formats::half_or_doubted(line);
        if typed
            && e.identifier.is_none()
            && (shouted || lower_word)
            // (Not a question, `games are not allowed, right?`, but one that counts more, `and
            // idk like 20 more??`.)
            && (!line.ends_with('?') || line.bytes().any(|b| b.is_ascii_digit()))
            // (Or a line typed in a hurry split at its commas, `bateria mi pada, dokończę
            // później`: its whole.)
            && ((formats::prose_like(named) || formats::loose_prose(named) || formats::loose_prose(line))
                && (formats::may_say_not_whole(named)
                    || formats::only_some(named)
                    || formats::doubts_whole(line) && !formats::about_something_else(line))
                || stopped()
                // (Or that the writer ran short, whatever its case, `Akku ist gleich leer,
                // mach später weiter`; or that a screen showed only so many, `In
                // Impostazioni me ne mostrava solo 20.`)
                || formats::says_ran_short(line) && line.split_whitespace().nth(2).is_some()
                || formats::showed_only(line))
        {
            // (The entry stays, for recognition to ask about a name in it, `just tiktk and
            // snapchat`. Its whole line is weighed too: `… – the rest of my stuff is on the
            // laptop` is about another device.)
            // (Nor a remark on an app after its name, in brackets or after a dash, its
            // words split among entries: `Teams (brauche ich …, die anderen sind
            // optional)`, `Spotify - just for the podcasts, more of a habit`.)
            let remark_on = line
                .split_once(['(', '–', '—'])
                .or_else(|| line.split_once(" - "))
                .is_some_and(|(name, _)| {
                    let name = crate::text::trim(name);
                    !name.is_empty() && !formats::prose_like(name)
                });
            if !remark_on
                && (!formats::says_all(line) && formats::may_say_not_whole(line)
                    || formats::says_ran_short(line)
                    || formats::showed_only(line)
                    || formats::doubts_whole(line) && !formats::about_something_else(line))
                && !notes.iter().any(|n: &Note| n.line == e.line)
            {
                notes.push(Note {
                    line: e.line,
                    skipped: Skipped::Unread {
                        excerpt: account::excerpt(crate::text::trim(line)),
                    },
                });
            }
        }
        let ok = clean(&e.text) && e.name.as_deref().is_none_or(clean) && e.identifier.as_deref().is_none_or(clean);
        let lost = ok
            && [Some(e.text.as_str()), e.name.as_deref()]
                .into_iter()
                .flatten()
                .any(lost_encoding);
        if !ok {
            notes.push(control_note(e.line));
        } else if lost {
            notes.push(Note {
                line: e.line,
                skipped: Skipped::Unread {
                    excerpt: account::excerpt(&e.text),
                },
            });
        }
        ok && !lost
    });
    list.notes.extend(notes);
    list.structure.extend(said_all);
    for (n, count) in sentence_counts {
        list.structure.push((n, n));
        list.counts.push((n, count));
    }
    account::said_more(&mut list, &lines);
    account::detail_on_top(&mut list, &lines);
    account::ellipsis_rows(&mut list, &lines);
    account::total_rows(&mut list, &lines);
    account::cut_in_last_line(&mut list, input, &lines);
    account::cut_in_first_line(&mut list, &lines);
    account::details_missing(&mut list, &lines);
    account::more_below(&mut list, &lines);
    account::last_name_cut(&mut list);
    account::link_cut(&mut list, &lines);
    account::spaced_ellipsis(&mut list, &lines);
    account::attached_devices(&mut list, &lines);
    for entry in &mut list.entries {
        entry.fold(nfkc);
    }
    account::settle(&mut list, &lines, cut_at, rest_lines);
    // (The HTTP head's lines, left blank for the readers: its frame, but for a header
    // that says more pages follow, or more items than were read.)
    let mut more: Vec<Note> = http_more
        .into_iter()
        .filter(|more| more.total.is_none_or(|total| total > list.entries.len()))
        .map(|more| Note {
            line: more.line,
            skipped: Skipped::Elsewhere {
                excerpt: account::excerpt(&more.text),
            },
        })
        .collect();
    list.account.lines += http_head;
    list.account.unread += more.len();
    list.account.structure += http_head - more.len();
    more.append(&mut list.notes);
    list.notes = more;
    if let Some(line) = cut_at {
        list.notes.push(Note {
            line,
            skipped: Skipped::Cut,
        });
    }
    let starts = match spoken {
        Some(_) => line_starts(&whole, &crate::text::lines(&whole).collect::<Vec<_>>()),
        None => line_starts(input, &lines),
    };
    // The sweep searches the same text, a chat's senders in it: the unified copy moves
    // in, an unchanged text is copied once.
    list.text = whole.into_owned();
    list.nfkc = Folding(Some(nfkc));
    let _ = list.line_starts.set(starts);
    list
}

/// A heading over some of the apps (`Most used:`, `Nicht genutzt:`) beside another
/// heading of the same list that is no such heading (`Rarely used:`, `Genutzt:`, `All 5
/// apps on the phone:`) heads a section of a whole list, not a part; and a line that says
/// the rest are work apps (`The rest are work apps`) with apps after it heads them. Both
/// are the list's structure then, not notes that more is elsewhere.
fn sections_of_a_whole(list: &mut AppList, lines: &[&str]) {
    // (Most lists: no note that more is elsewhere, let go here.)
    if !list
        .notes
        .iter()
        .any(|n| matches!(n.skipped, Skipped::Elsewhere { .. }))
    {
        return;
    }
    let line = |n: usize| crate::text::trim(lines.get(n.wrapping_sub(1)).copied().unwrap_or(""));
    // (A list sent in halves, both here, `erste Hälfte:` … `zweite Hälfte:`: all of it.)
    let halves: Vec<(usize, u8)> = list
        .notes
        .iter()
        .filter(|n| matches!(n.skipped, Skipped::Elsewhere { .. }))
        .filter_map(|n| formats::half_place(line(n.line)).map(|place| (n.line, place)))
        .collect();
    // (The second's heading is a note or the list's structure: sought among the lines.)
    let first = halves.iter().filter(|h| h.1 == 1).map(|h| h.0).min();
    let second_after = |first: usize| {
        lines
            .iter()
            .enumerate()
            .skip(first)
            .any(|(_, l)| formats::half_place(crate::text::trim(l)) == Some(2))
    };
    if first.is_some_and(second_after) {
        list.notes.retain(|n| !halves.iter().any(|h| h.0 == n.line));
        list.structure.extend(halves.iter().map(|h| (h.0, h.0)));
    }
    // (The first of several screens with the last of them here too, `First screenshot:` …
    // `And this is the second and last screenshot:`, `Screen 1` … `Screen 2 (last one)`:
    // all of them. The notes on the screens' headings are the list's structure.)
    // (Only with a heading of an earlier one above it: the last alone is not all.)
    let last = lines.iter().position(|l| formats::says_last_screen(l)).filter(|&last| {
        lines
            .get(..last)
            .is_some_and(|above| above.iter().any(|l| formats::names_a_screen(l)))
    });
    if let Some(last) = last {
        let screen_heads: Vec<usize> = list
            .notes
            .iter()
            .filter(|n| matches!(n.skipped, Skipped::Elsewhere { .. }))
            .map(|n| n.line)
            .filter(|&n| n <= last + 1 && formats::names_a_screen(line(n)))
            .collect();
        list.notes.retain(|n| !screen_heads.contains(&n.line));
        list.structure.extend(screen_heads.iter().map(|&n| (n, n)));
    }
    // (A remark in Chinese that the rest are of a kind, on a line that says all are listed,
    // `其他都是工作用的，全部列出来了`: the list is all of them.)
    list.notes.retain(|n| {
        let all = matches!(n.skipped, Skipped::Elsewhere { .. }) && formats::cjk_all_listed(line(n.line));
        if all {
            list.structure.push((n.line, n.line));
        }
        !all
    });
    // (Another heading: a short line that ends in a colon and heads no part, with apps
    // right under it or saying it is all of them; an introduction over the part's heading,
    // `Here are my apps:` over `Recently used:`, is none.)
    // (The entries' lines found once, by a binary search after: not every entry read
    // again for each heading.)
    let entry_lines = crate::small_sort::sorted_unique(list.entries.iter().map(|e| e.line).collect());
    let entry_at = |n: usize| entry_lines.binary_search(&n).is_ok();
    let plain_heading = |at: usize, text: &str| {
        let next = lines
            .iter()
            .enumerate()
            .skip(at + 1)
            .find(|(_, l)| !is_blank(l))
            .map_or(0, |(i, _)| i + 1);
        text.ends_with(':')
            && text.split_whitespace().nth(6).is_none()
            && !formats::subset_heading(text)
            && !formats::only_some(text)
            && !formats::selection_heading(text)
            // (Nor one that introduces the writer's list, `Hier meine Apps:` over a
            // screen's `Seit 3 Monaten nicht verwendet`.)
            && !formats::introduces_list(text)
            && (entry_at(next) || formats::says_all(text))
    };
    let sections = lines
        .iter()
        .enumerate()
        .any(|(at, l)| plain_heading(at, crate::text::trim(l)));
    let last_entry = entry_lines.last().copied().unwrap_or(0);
    let mut heads = Vec::new();
    list.notes.retain(|note| {
        let text = line(note.line);
        let section = matches!(note.skipped, Skipped::Elsewhere { .. })
            && (sections && (formats::subset_heading(text) || text.ends_with(':') && formats::selection_heading(text))
                || note.line < last_entry
                    && !text.starts_with('(')
                    && formats::about_the_rest(text)
                    && formats::withheld(text));
        if section {
            heads.push((note.line, note.line));
        }
        !section
    });
    list.structure.extend(heads);
}

/// The non-blank lines in a text that was not read.
fn count_lines(text: &str) -> usize {
    crate::text::lines(text).filter(|l| !is_blank(l)).count()
}

/// Skips an overlong or control-character line with a note; the name otherwise.
pub(crate) fn checked_text<'a>(line: usize, text: &'a str, notes: &mut Vec<Note>) -> Option<&'a str> {
    // (A text of no more bytes than that has no more characters.)
    if text.len() > MAX_LINE_CHARS && text.chars().count() > MAX_LINE_CHARS {
        notes.push(Note {
            line,
            skipped: Skipped::TooLong,
        });
        return None;
    }
    if has_control(text) {
        notes.push(control_note(line));
        return None;
    }
    Some(text)
}

/// Whether a text holds control characters (a tab is white space), which no app name has.
fn has_control(text: &str) -> bool {
    // Eight bytes at a time while none is a control, DEL, or outside ASCII (most
    // lines: a few operations a word instead of a few a byte); a word that holds one
    // is read byte by byte, and the first byte outside ASCII sends the rest to the
    // full test.
    use crate::text::words8::{has_byte, has_byte_below, has_high_byte, skip};
    let bytes = text.as_bytes();
    let at = skip(bytes, |x| {
        has_byte_below(x, 0x20) || has_byte(x, 0x7f) || has_high_byte(x)
    });
    for (i, &b) in bytes.get(at..).unwrap_or(&[]).iter().enumerate() {
        if !b.is_ascii() {
            return text
                .get(at + i..)
                .is_some_and(|rest| rest.chars().any(|c| c.is_control() && c != '\t'));
        }
        if (b < 0x20 && b != b'\t') || b == 0x7f {
            return true;
        }
    }
    false
}

/// Whether a text lost characters to an encoding on its way: the replacement character
/// (`�`), a run of question marks or boxes in place of a word (`????`, `□□`), or UTF-8
/// read as Latin-1 or Windows-1252 (`å¾®ä¿¡` for 微信, `TikTokâ„¢` for `TikTok™`).
pub(crate) fn lost_encoding(text: &str) -> bool {
    // (Most names: ASCII, whose only way to have lost letters is a run of `?`.)
    if text.is_ascii() {
        return text.len() >= 2 && text.bytes().all(|b| b == b'?' || b == b' ') && text.contains("??");
    }
    let tofu = |c: char| matches!(c, '?' | '\u{25a1}' | '\u{25af}' | '\u{fffd}' | ' ');
    text.contains('\u{fffd}')
        || text.chars().filter(|&c| c != ' ').nth(1).is_some() && text.chars().all(tofu)
        || mojibake(text)
}

/// Whether `text` is UTF-8 that was read as Latin-1 or Windows-1252: written back as those
/// bytes, it is UTF-8 again, with a character beyond ASCII, or nearly so (one character
/// lost for two made at most). (A text in those encodings rarely is: `Café` written
/// back ends in a byte that begins a character and has none after it.)
#[inline(never)]
fn mojibake(text: &str) -> bool {
    // Windows-1252's characters for the bytes 0x80 to 0x9F (none for 0x81, 0x8D, 0x8F,
    // 0x90, 0x9D), in order.
    const CP1252: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    // (Most texts beyond ASCII are not: no character that would be a UTF-8 lead byte
    // has one after it that would follow it, and they are let go without a copy.)
    let lead = |c: char| ('\u{c2}'..='\u{f4}').contains(&c);
    let follows = |c: char| ('\u{80}'..='\u{bf}').contains(&c) || CP1252.contains(&c);
    let mut chars = text.chars().peekable();
    let mut paired = false;
    while let Some(c) = chars.next() {
        if lead(c) && chars.peek().is_some_and(|&n| follows(n)) {
            paired = true;
            break;
        }
    }
    if !paired {
        return false;
    }
    let mut bytes = Vec::with_capacity(text.len());
    for c in text.chars() {
        let byte = match u32::from(c) {
            b @ (0..=0x7f | 0xa0..=0xff) => b as u8,
            _ => match CP1252.iter().position(|&x| x == c) {
                Some(i) => 0x80 + i as u8,
                None => return false,
            },
        };
        bytes.push(byte);
    }
    // (Whole, or with characters lost on the way, the control characters of C1 and the
    // bytes Windows-1252 has none for, which a paste drops: `Ð¯Ð½Ð´ÐµÐºÑ Go`, `Яндекс Go`
    // without the byte after its `Ñ`. Then two characters beyond ASCII made at least, and
    // two for each one lost.)
    let (mut made, mut lost) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        made += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        lost += usize::from(!chunk.invalid().is_empty());
    }
    made >= 1 && lost == 0 || made >= 2 && made >= 2 * lost
}

fn control_note(line: usize) -> Note {
    Note {
        line,
        skipped: Skipped::Control,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// The line starts `parse_list` gives `line_text` are those `split_newlines` finds.
        #[test]
        fn line_starts_are_split_newlines_starts(text in "[a\r\n]{0,8}") {
            let lines: Vec<&str> = crate::text::lines(&text).collect();
            let at = text.as_ptr() as usize;
            let split: Vec<usize> = crate::text::split_newlines(&text).map(|l| l.as_ptr() as usize - at).collect();
            proptest::prop_assert_eq!(line_starts(&text, &lines), split, "{:?}", text);
        }

        /// The word-at-a-time test is the plain one: a control character other than a
        /// tab, anywhere, in ASCII or beyond.
        #[test]
        fn has_control_is_the_plain_test(
            text in proptest::string::string_regex("[a \t\u{0}\u{1f}\u{7f}\u{80}\u{85}é~]{0,40}").unwrap()
        ) {
            proptest::prop_assert_eq!(has_control(&text), text.chars().any(|c| c.is_control() && c != '\t'));
        }

        /// Line ends are unified as the rule says, and a text with nothing to unify is
        /// not copied: a lone `\r` and the Unicode separators become `\n`; `\r\n` stays
        /// where nothing else changes.
        #[test]
        fn line_ends_are_unified_by_their_rule(
            text in proptest::string::string_regex("[a \r\n\u{b}\u{c}\u{85}\u{2028}\u{2029}é–]{0,40}").unwrap()
        ) {
            let lone_cr = text.replace("\r\n", "").contains('\r');
            let separated = text.contains(['\u{b}', '\u{c}', '\u{2028}', '\u{2029}', '\u{85}']);
            let unified = unify_line_ends(&text);
            if lone_cr || separated {
                let rule = text.replace("\r\n", "\n").replace(['\r', '\u{b}', '\u{c}', '\u{2028}', '\u{2029}', '\u{85}'], "\n");
                proptest::prop_assert_eq!(unified.as_ref(), rule.as_str());
            } else {
                proptest::prop_assert!(matches!(unified, Cow::Borrowed(_)));
            }
        }
    }

    fn texts(input: &str) -> Vec<String> {
        parse_list(input, str::to_owned)
            .entries
            .into_iter()
            .map(|e| e.text)
            .collect()
    }

    #[test]
    fn one_per_line_with_markers() {
        assert_eq!(
            texts("TikTok\n- Slack\n* Zoom\n• Maps\n1. Notes\n12) Mail\n"),
            ["TikTok", "Slack", "Zoom", "Maps", "Notes", "Mail"]
        );
    }

    #[test]
    fn a_terminals_colours_are_no_part_of_a_name() {
        // `ls --color=always` or a colour log saved to a file: the escape codes around
        // each name (and a terminal's link) are the terminal's, the names are read.
        let colour = "\u{1b}[01;34mTikTok.app\u{1b}[0m\n\u{1b}[1;32mSlack.app\u{1b}(B\u{1b}[m\n\
                      \u{1b}]8;;file:///Applications/Zoom.app\u{7}Zoom.app\u{1b}]8;;\u{7}\n";
        assert_eq!(texts(colour), ["TikTok", "Slack", "Zoom"]);
        let list = parse_list(colour, str::to_owned);
        assert!(list.notes.is_empty(), "{:?}", list.notes);
        // A lone escape is still a control character: that line is not read.
        let list = parse_list("TikTok\u{1b}\nSlack\n", str::to_owned);
        assert_eq!(list.notes.len(), 1, "{:?}", list.notes);
    }

    #[test]
    fn blank_lines_are_skipped_but_line_numbers_kept() {
        let list = parse_list("\n\n  TikTok  \r\n", str::to_owned);
        assert_eq!(list.entries, [Entry::text(3, "TikTok")]);
    }

    #[test]
    fn every_kind_of_line_end_ends_a_line() {
        for text in [
            "TikTok\nSlack\n",
            "TikTok\r\nSlack\r\n",
            "TikTok\rSlack\r",
            "TikTok\u{2028}Slack",
            // Word's line break (Shift+Enter) and page break, copied as plain text.
            "TikTok\u{b}Slack",
            "TikTok\u{c}Slack\u{c}",
        ] {
            let list = parse_list(text, str::to_owned);
            let lines: Vec<(usize, &str)> = list.entries.iter().map(|e| (e.line, e.text.as_str())).collect();
            assert_eq!(lines, [(1, "TikTok"), (2, "Slack")], "{text:?}");
            assert_eq!(list.account.lines, 2, "{text:?}");
        }
    }

    #[test]
    fn names_that_start_with_digits_are_kept() {
        assert_eq!(texts("1Password\n7-Zip\n"), ["1Password", "7-Zip"]);
    }

    #[test]
    fn every_note_is_put_into_each_language() {
        let kinds = [
            Skipped::TooLong,
            Skipped::Control,
            Skipped::NoName,
            Skipped::Unread {
                excerpt: "x".to_owned(),
            },
            Skipped::Cut,
            Skipped::ToolMessage {
                excerpt: "x".to_owned(),
            },
            Skipped::Elsewhere {
                excerpt: "x".to_owned(),
            },
            Skipped::DeviceRow,
            Skipped::Sentence {
                excerpt: "x".to_owned(),
            },
        ];
        for kind in &kinds {
            let english = kind.message(Lang::En);
            for lang in Lang::ALL {
                let text = kind.message(lang);
                assert!(!text.contains('{'), "{kind:?} in {lang:?}: {text}");
                if lang != Lang::En {
                    assert_ne!(text, english, "{kind:?} in {lang:?} is English");
                }
            }
        }
        assert!(Skipped::TooLong.message(Lang::De).contains(&MAX_LINE_CHARS.to_string()));
    }

    #[test]
    fn overlong_and_control_lines_become_notes() {
        let long = "x".repeat(MAX_LINE_CHARS + 1);
        let list = parse_list(&format!("{long}\nA\u{7}B\nSlack"), str::to_owned);
        assert_eq!(list.entries.len(), 1);
        assert_eq!(list.notes.iter().map(|n| n.line).collect::<Vec<_>>(), [1, 2]);
    }

    #[test]
    fn a_list_past_the_limit_is_marked_as_cut_short() {
        let input = "Zoom\n".repeat(MAX_ENTRIES + 5);
        let list = parse_list(&input, str::to_owned);
        assert_eq!(list.entries.len(), MAX_ENTRIES);
        assert_eq!(list.notes.len(), 1);
        assert_eq!(list.notes[0].line, MAX_ENTRIES + 1);
    }
}
