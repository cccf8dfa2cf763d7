//! Reading the app list an employee or help desk pastes.
//!
//! Parsing never fails: whatever the input, it returns the entries it found and
//! line-numbered notes about what it skipped. An empty result is not an error here;
//! evaluation turns it into a clear "we found no apps" rather than "you're fine".

use serde::Serialize;

/// Lines longer than this are not app names; they are skipped with a note.
pub const MAX_LINE_CHARS: usize = 512;

/// One app as pasted, with the line it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// 1-based line number in the pasted text.
    pub line: usize,
    /// The app as written, without list markers and surrounding space.
    pub text: String,
}

/// Something the parser skipped, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub line: usize,
    pub message: String,
}

/// What was found in a pasted list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AppList {
    pub entries: Vec<Entry>,
    pub notes: Vec<Note>,
}

/// Reads a pasted list: one app per line, with or without bullets or numbers.
pub fn parse_list(input: &str) -> AppList {
    let mut list = AppList::default();
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    for (i, raw) in input.lines().enumerate() {
        let line = i + 1;
        let text = strip_marker(raw.trim()).trim();
        if text.is_empty() {
            continue;
        }
        if text.chars().count() > MAX_LINE_CHARS {
            list.notes.push(Note {
                line,
                message: format!(
                    "skipped: the line is longer than {MAX_LINE_CHARS} characters, too long for an app name"
                ),
            });
            continue;
        }
        if text.chars().any(|c| c.is_control() && c != '\t') {
            list.notes.push(Note {
                line,
                message: "skipped: the line contains control characters, not an app name".to_owned(),
            });
            continue;
        }
        list.entries.push(Entry {
            line,
            text: text.to_owned(),
        });
    }
    list
}

/// Removes a leading list marker: `-`, `*`, `•`, `1.`, `2)`.
fn strip_marker(text: &str) -> &str {
    for bullet in ['-', '*', '•', '·', '–'] {
        if let Some(rest) = text.strip_prefix(bullet) {
            if rest.starts_with(char::is_whitespace) {
                return rest;
            }
        }
    }
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits <= 3 {
        let rest = text.get(digits..).unwrap_or("");
        if let Some(after) = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')')) {
            if after.starts_with(char::is_whitespace) {
                return after;
            }
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(input: &str) -> Vec<String> {
        parse_list(input).entries.into_iter().map(|e| e.text).collect()
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
        let list = parse_list("\n\n  TikTok  \r\n");
        assert_eq!(
            list.entries,
            [Entry {
                line: 3,
                text: "TikTok".into()
            }]
        );
    }

    #[test]
    fn names_that_start_with_digits_are_kept() {
        assert_eq!(texts("1Password\n7-Zip\n"), ["1Password", "7-Zip"]);
    }

    #[test]
    fn overlong_and_control_lines_become_notes() {
        let long = "x".repeat(MAX_LINE_CHARS + 1);
        let list = parse_list(&format!("{long}\nA\u{7}B\nSlack"));
        assert_eq!(list.entries.len(), 1);
        assert_eq!(list.notes.iter().map(|n| n.line).collect::<Vec<_>>(), [1, 2]);
    }
}
