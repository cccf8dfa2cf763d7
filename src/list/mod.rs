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

mod formats;

use serde::Serialize;

pub use formats::Format;

/// Lines longer than this are not app names; they are skipped with a note.
pub const MAX_LINE_CHARS: usize = 512;

/// Input beyond this many bytes is not read; the list is marked as cut short.
pub const MAX_INPUT_BYTES: usize = 10 * 1024 * 1024;

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
        // Marks go before folding: NFKC would turn "TikTok™" into "TikTokTM".
        let fold = |s: &str| nfkc(&s.replace(['™', '℠', '®', '©'], ""));
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
        })
    }
}

/// Something the parser skipped, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub line: usize,
    pub message: String,
}

/// What was found in a pasted list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AppList {
    /// The format the text was read as.
    pub format: Format,
    pub entries: Vec<Entry>,
    /// Lines that were skipped: they were not checked.
    pub notes: Vec<Note>,
}

impl Default for AppList {
    fn default() -> Self {
        AppList {
            format: Format::Lines,
            entries: Vec::new(),
            notes: Vec::new(),
        }
    }
}

/// Reads a pasted list in whatever format it is; `nfkc` folds each app's name and
/// identifier for recognition (see [`Nfkc`]).
pub fn parse_list(input: &str, nfkc: Nfkc) -> AppList {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let mut cut_at = None;
    let input = if input.len() > MAX_INPUT_BYTES {
        let mut end = MAX_INPUT_BYTES;
        while !input.is_char_boundary(end) {
            end -= 1;
        }
        let text = input.get(..end).unwrap_or("");
        // Drop the partial last line; it is part of what was not read.
        let text = text.rfind('\n').map_or(text, |i| text.get(..i).unwrap_or(text));
        cut_at = Some(text.lines().count() + 1);
        text
    } else {
        input
    };
    // A line-based list past the entry limit is cut before reading, so a huge paste
    // costs no more than the limit. (JSON and XML are read whole, up to the byte limit.)
    let structured = matches!(input.trim_start().chars().next(), Some('[' | '{' | '<'));
    let input = match input.lines().filter(|l| !l.trim().is_empty()).nth(MAX_ENTRIES) {
        Some(first_unread) if !structured => {
            let offset = first_unread.as_ptr() as usize - input.as_ptr() as usize;
            let kept = input.get(..offset).unwrap_or(input);
            let line = kept.lines().count() + 1;
            cut_at = Some(cut_at.map_or(line, |c| c.min(line)));
            kept
        }
        _ => input,
    };
    let mut list = formats::read(input);
    list.notes.retain(|n| n.line > 0);
    if list.entries.len() > MAX_ENTRIES {
        let first_unread = list.entries.get(MAX_ENTRIES).map_or(0, |e| e.line);
        list.entries.truncate(MAX_ENTRIES);
        cut_at = Some(cut_at.map_or(first_unread, |c| c.min(first_unread)));
    }
    for entry in &mut list.entries {
        entry.fold(nfkc);
    }
    if let Some(line) = cut_at {
        list.notes.push(Note {
            line,
            message: format!(
                "the list is longer than appcheck reads at once ({MAX_ENTRIES} apps or {} MB): from this line on, nothing was checked; split the list and check each part",
                MAX_INPUT_BYTES / (1024 * 1024)
            ),
        });
    }
    list
}

/// Skips an overlong or control-character line with a note; the name otherwise.
pub(crate) fn checked_text<'a>(line: usize, text: &'a str, notes: &mut Vec<Note>) -> Option<&'a str> {
    if text.chars().count() > MAX_LINE_CHARS {
        notes.push(Note {
            line,
            message: format!("skipped: the line is longer than {MAX_LINE_CHARS} characters, too long for an app name"),
        });
        return None;
    }
    if text.chars().any(|c| c.is_control() && c != '\t') {
        notes.push(Note {
            line,
            message: "skipped: the line contains control characters, not an app name".to_owned(),
        });
        return None;
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn blank_lines_are_skipped_but_line_numbers_kept() {
        let list = parse_list("\n\n  TikTok  \r\n", str::to_owned);
        assert_eq!(list.entries, [Entry::text(3, "TikTok")]);
    }

    #[test]
    fn names_that_start_with_digits_are_kept() {
        assert_eq!(texts("1Password\n7-Zip\n"), ["1Password", "7-Zip"]);
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
        let input = "App\n".repeat(MAX_ENTRIES + 5);
        let list = parse_list(&input, str::to_owned);
        assert_eq!(list.entries.len(), MAX_ENTRIES);
        assert_eq!(list.notes.len(), 1);
        assert_eq!(list.notes[0].line, MAX_ENTRIES + 1);
    }
}
