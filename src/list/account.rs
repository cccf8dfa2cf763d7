//! The account of a pasted list: what became of every line, and which lines only
//! mention apps.
//!
//! "Nothing to do" is only true when every line was read. After a format's reader has
//! run, every non-blank line must be part of an entry, part of the format's own
//! structure (a header, a rule line, JSON or XML syntax, a `total` line), or carry a
//! note saying why it was not read; a line none of these claims gets a note here. So a
//! reader that drops a line it does not understand can never make a list look
//! complete.
//!
//! A line can also say an app *is not* there: text quoted from an e-mail, a "Removed
//! apps" section, an uninstall command or its output, a table row whose status says
//! "uninstalled". Such a line is a [`Mention`]: evaluation asks about an app found on
//! it instead of ordering its removal. Mentions are decided by the structure the text
//! shows (quoting, headings, commands, status columns), never by guessing at the words
//! of a sentence.

use serde::{Deserialize, Serialize};

use super::{is_blank, AppList, Format, Note, Skipped};
use crate::case::Lower;
use crate::text::Words;

/// What became of the non-blank lines of a pasted list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
pub struct Account {
    /// Non-blank lines in the text (including any past the size limit).
    pub lines: usize,
    /// Lines that gave an app, or part of one.
    pub entries: usize,
    /// Lines the format's own syntax takes: headers, rules, JSON or XML syntax, totals.
    pub structure: usize,
    /// Lines that were not read: skipped with a note, not understood, or past the limit.
    pub unread: usize,
}

/// Why a line only mentions an app rather than saying it is installed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Mention {
    /// Quoted text: a `>` line, or below an "Original Message" or "… wrote:" line.
    Quoted,
    /// Under a heading that says the apps were removed or are not installed.
    Section { heading: usize },
    /// An uninstall command, or a line of its output ("Uninstalling …").
    Uninstall,
    /// A table row or record whose status says the app is not installed.
    Status,
}

const BLANK: u8 = 0;
const UNCLAIMED: u8 = 1;
const STRUCTURE: u8 = 2;
const ENTRY: u8 = 3;
const NOTE: u8 = 4;
const CUT: u8 = 5;

/// A chat's part marker alone on the first or the last line, or on the first or last past
/// the list's frame (`1/2`, `2/2`; `Hi, here are my apps:` `1/2`), or one in
/// words on any line (`1 of 2` between names: two messages or screenshots pasted one after
/// the other; a fraction is written with a slash): a message of several, the list whole
/// only when every part is here. Each such line, and any other of the same count, is no
/// app; more markers than ten are no chat's parts.
fn part_markers(list: &mut AppList, lines: &[&str]) {
    // (The text's first and last lines, and the list's: those past its frame, a greeting,
    // a heading, a count or a sign-off, `Hi, here are my apps:` `1/2` … `Thanks!`.)
    // (Which lines the structure covers, counted once from its ranges' ends: asked of the
    // lines from each end, never a walk over the ranges for each.)
    let mut depth = vec![0i64; lines.len() + 2];
    for &(from, to) in &list.structure {
        if let Some(d) = depth.get_mut(from) {
            *d += 1;
        }
        if let Some(d) = depth.get_mut(to.saturating_add(1).min(lines.len() + 1)) {
            *d -= 1;
        }
    }
    let covered: Vec<bool> = depth
        .iter()
        .scan(0i64, |open, d| {
            *open += d;
            Some(*open > 0)
        })
        .collect();
    let framed =
        |i: usize| covered.get(i + 1).copied().unwrap_or(false) && lines.get(i).is_none_or(|l| bare_part(l).is_none());
    let ends = [
        lines.iter().position(|l| !is_blank(l)),
        lines.iter().rposition(|l| !is_blank(l)),
        (0..lines.len()).find(|&i| lines.get(i).is_some_and(|l| !is_blank(l)) && !framed(i)),
        (0..lines.len())
            .rev()
            .find(|&i| lines.get(i).is_some_and(|l| !is_blank(l)) && !framed(i)),
    ];
    // (A marker alone, or a chat's message of it after its time and sender, `[12:00,
    // 01/03/2023] Pieter: 1/2`.)
    let marker = |line: &str| {
        bare_part(line).or_else(|| {
            let line = crate::text::trim(line);
            super::formats::chat_message(line)
                .filter(|message| message.len() < line.len())
                .and_then(bare_part)
        })
    };
    let at_an_end = || {
        ends.iter()
            .flatten()
            .find_map(|&i| marker(lines.get(i).unwrap_or(&"")).map(|p| p.1))
    };
    // (Most lines have no digit, or are longer than a marker: let go before they are read.)
    let in_words = || {
        lines
            .iter()
            .filter(|l| l.len() <= 16 && l.bytes().any(|b| b.is_ascii_digit()))
            .find_map(|l| bare_part(l).filter(|_| crate::text::trim(l).contains(' ')).map(|p| p.1))
    };
    // (Or in brackets after the name on the first or the last line, `Slack (1 of 2)`,
    // `Outlook (1/2)`: the name is still read.)
    // (A line read as an app's: a count's heading, `Managed Apps (3 of 3)`, is none.)
    // (The entries' lines once, sorted: asked of each line with a marker, not a walk over
    // the entries for each.)
    let mut entry_lines: Vec<usize> = list.entries.iter().map(|e| e.line).collect();
    crate::small_sort::sort_by_key(&mut entry_lines, |&l| l);
    let named = |i: usize| entry_lines.binary_search(&(i + 1)).is_ok();
    let after_a_name = || {
        ends.iter()
            .flatten()
            .filter(|&&i| named(i))
            .find_map(|&i| trailing_part(lines.get(i).unwrap_or(&"")).map(|p| p.1))
    };
    // (Not ratings or fractions down a column, `Slack (4/5)` over `Zoom (3/5)`: a message's
    // marker ends it, and the next line begins another.)
    // (Asked once when asked at all, not for each line.)
    let column_once = std::cell::OnceCell::new();
    let column = || *column_once.get_or_init(|| lines.windows(2).any(|w| w.iter().all(|l| trailing_part(l).is_some())));
    let after_a_name = || after_a_name().filter(|_| !column());
    // (Or in brackets at the end of a heading or a line read as no app, `Here are my apps
    // (1/2):`, `Mes applis (1/2) :`, `**Apps (1/2)**`, `Apps [1/2]`, wherever it is: with a
    // slash, or a part before the last, as a count's heading's `Managed Apps (3 of 3)` is
    // not.)
    let heading_part = |i: usize, line: &str| {
        if line.len() > 80
            || !matches!(
                line.as_bytes().last(),
                Some(b':' | b' ' | b'\t' | b'\r' | b')' | b']' | b'*')
            )
        {
            return None;
        }
        let bare = crate::text::trim(line)
            .trim_end_matches([':', ' ', '*', '_'])
            .trim_start_matches(['*', '_']);
        let inner = bare
            .strip_suffix(')')
            .and_then(|b| b.rsplit_once('('))
            .or_else(|| bare.strip_suffix(']').and_then(|b| b.rsplit_once('[')))?
            .1;
        trailing_part(bare)
            .filter(|&(at, of)| inner.contains('/') || at < of)
            .filter(|_| !named(i))
    };
    let in_a_heading = || (lines.iter().enumerate()).find_map(|(i, l)| heading_part(i, l).map(|p| p.1));
    // (Or alone on a line between a chat's messages, the first of them among them, `You
    // sent` `1/3` … `You sent` `2/3`: a slash's marker, not a rating, `4/5`.)
    let alone_first = || {
        lines
            .iter()
            .filter(|l| l.len() <= 8 && l.contains('/'))
            .filter_map(|l| bare_part(l).filter(|_| !crate::text::trim(l).contains(' ')))
            .find(|&(at, _)| at == 1)
            .map(|p| p.1)
    };
    let Some(of) = at_an_end()
        .or_else(in_words)
        .or_else(after_a_name)
        .or_else(in_a_heading)
        .or_else(alone_first)
    else {
        return;
    };
    // (Each part's line, its place, and whether its marker follows a name.)
    let parts: Vec<(usize, u64, bool)> = (lines.iter().enumerate())
        .filter_map(|(i, l)| match marker(l) {
            Some(p) => Some((i + 1, p, false)),
            None => trailing_part(l)
                .filter(|_| !column() && named(i))
                .map(|p| (i + 1, p, true))
                .or_else(|| heading_part(i, l).map(|p| (i + 1, p, false))),
        })
        .filter(|(_, p, _)| p.1 == of)
        .map(|(line, p, named)| (line, p.0, named))
        .take(11)
        .collect();
    if parts.len() > 10 {
        return;
    }
    list.entries.retain(|e| !parts.iter().any(|p| p.0 == e.line && !p.2));
    let whole = (1..=of).all(|at| parts.iter().any(|p| p.1 == at));
    for &(line, _, named) in &parts {
        if named && whole {
            continue;
        }
        if whole {
            list.structure.push((line, line));
        } else {
            let text = crate::text::trim(lines.get(line - 1).unwrap_or(&""));
            list.notes.push(Note {
                line,
                skipped: Skipped::Elsewhere { excerpt: excerpt(text) },
            });
        }
    }
}

/// A table's column of row numbers (`#`, `No`, `Nr.`, `Row`: its header's first cell) that
/// starts past the first row or skips some (`26\tWhatsApp`, `27\tSlack` under `#\tName`):
/// the rows it counted past are not here, a note on the first row after them. Numbered
/// from 1 or 0, one after another, it says nothing. Every row's first cell a number, or
/// the column is no count.
fn row_numbers(list: &mut AppList, lines: &[&str]) {
    const HEADS: Words = words!("#|no|no.|nr|nr.|num|number|row|index|idx|s.no|sno|sr|sr.|pos|pos.|n°|nº|lfd. nr.");
    if !matches!(list.format, Format::Csv | Format::Table) || list.entries.len() < 2 {
        return;
    }
    // (A Markdown or a drawn table's cells between bars.)
    let first_cell = |line: &str| -> String {
        let line = line.trim().trim_start_matches(['|', '│', '┃']);
        cells(line)
            .next()
            .unwrap_or("")
            .split(['|', '│', '┃'])
            .next()
            .unwrap_or("")
            .trim()
            .to_owned()
    };
    let Some(header) = lines.iter().find(|l| !is_blank(l)) else {
        return;
    };
    if !HEADS.contains(&first_cell(header)) {
        return;
    }
    // (Every row under the header, not only those read as apps: a row whose name is empty
    // is still a row. A table's rule, `|---|---|`, is none.)
    let at = lines.iter().position(|l| !is_blank(l)).unwrap_or(0);
    let rule = |line: &str| {
        line.trim()
            .bytes()
            .all(|b| matches!(b, b'-' | b':' | b'=' | b'+' | b'|' | b' ' | b'\t'))
    };
    let rows: Vec<usize> = (lines.iter().enumerate().skip(at + 1))
        .filter(|(_, l)| !is_blank(l) && !rule(l))
        .map(|(i, _)| i + 1)
        .collect();
    let mut numbers = Vec::with_capacity(rows.len());
    for &line in &rows {
        let Some(n) = integer(&first_cell(lines.get(line.wrapping_sub(1)).copied().unwrap_or(""))) else {
            return;
        };
        numbers.push((n, line));
    }
    // (All of them from 1 or 0 in any order: whole, a table sorted by another column.)
    let mut sorted = numbers.clone();
    crate::small_sort::sort(&mut sorted);
    let start = sorted.first().map_or(1, |&(n, _)| n.min(1));
    if sorted.iter().zip(start..).all(|(&(n, _), expected)| n == expected) {
        return;
    }
    // (Else a count of rows only when each is above the one before: numbers that start
    // again for each profile or device, or that count something else, `42`, `40`, `38`,
    // are no such count; nor an export's rows of one device, filtered from all of them.)
    let rising = numbers.windows(2).all(|w| matches!(w, [a, b] if b.0 > a.0));
    // (Nor a spreadsheet's row numbers, its header row 1 and the first app 2, nor a
    // numbering by a step of its own from it, SAP's `Pos.` 10, 20, 30.)
    let first = numbers.first().map_or(0, |&(n, _)| n);
    let step = numbers.get(1).map_or(1, |&(n, _)| n.saturating_sub(first));
    let stepped = numbers
        .windows(2)
        .all(|w| matches!(w, [a, b] if a.0.checked_add(step) == Some(b.0)));
    if stepped && (first == 2 && step == 1 || step > 1 && first == step) {
        return;
    }
    let device = cells(header).any(|c| {
        let c = c.trim().trim_matches(['"', '|', ' ']).to_ascii_lowercase();
        c.contains("device") || c.contains("gerät") || c.contains("appareil") || c.contains("dispositivo")
    });
    if !rising || device {
        return;
    }
    let gap = (numbers.iter().zip(start..))
        .find(|&(&(n, _), expected)| n != expected)
        .map(|(&(_, line), _)| line);
    if let Some(line) = gap {
        list.notes.push(Note {
            line,
            skipped: Skipped::Elsewhere {
                excerpt: excerpt(crate::text::trim(lines.get(line - 1).copied().unwrap_or(""))),
            },
        });
    }
}

/// A last line cut inside the beginning every line above it shares (`package:com.slack`,
/// `package:com.whatsapp`, `packag`; `com.slack`, `com.whatsapp`, `co`): a copy that
/// stopped there, with a line break after it or not (an editor adds one). The shared
/// beginning is the last three lines' above, three bytes at least, and the cut is inside a
/// word of it: `Google` under `Google Maps` and `Google Drive` ends where their word does,
/// a name. A note on that line, and no entry.
fn cut_in_common_prefix(list: &mut AppList, lines: &[&str]) {
    let Some(at) = lines.iter().rposition(|l| !is_blank(l)) else {
        return;
    };
    let last = crate::text::trim(lines.get(at).copied().unwrap_or(""));
    // (Most lists: their last line is longer than a cut beginning, or its first byte
    // differs from the line's above.)
    let mut above = lines
        .iter()
        .take(at)
        .rev()
        .filter(|l| !is_blank(l))
        .take(3)
        .map(|l| l.trim_start());
    let Some(first) = above.next() else {
        return;
    };
    if last.is_empty() || last.len() >= first.len() || !first.starts_with(last) {
        return;
    }
    let mut shared = first.len();
    let mut others = 0;
    for line in above {
        others += 1;
        shared = first
            .bytes()
            .zip(line.bytes())
            .take(shared)
            .take_while(|(a, b)| a == b)
            .count();
    }
    let inside_a_word = |at: usize| {
        first.as_bytes().get(at).is_some_and(u8::is_ascii_alphanumeric)
            && last.as_bytes().last().is_some_and(u8::is_ascii_alphanumeric)
    };
    // (A tool's beginning ends at a sign, `package:`, `com.`: `Skype` over `Skype for
    // Business` is a name, and `Sky` under them another; so is `Photos` under `Photoshop
    // Express` and `Photoshop Fix`, a family of names.)
    let tools = first
        .as_bytes()
        .get(shared.wrapping_sub(1))
        .is_some_and(|b| matches!(b, b':' | b'.' | b'/' | b'-' | b'_' | b'='));
    if others >= 1 && shared >= 3 && tools && last.len() < shared && inside_a_word(last.len()) {
        let line = at + 1;
        list.entries.retain(|e| e.line != line);
        if !list.notes.iter().any(|n| n.line == line) {
            list.notes.push(Note {
                line,
                skipped: Skipped::Elsewhere { excerpt: excerpt(last) },
            });
        }
    }
}

/// PowerShell's output that does not show a collection: its enumeration cut at
/// `$FormatEnumerationLimit` (`Apps : {WhatsApp, Slack, Outlook, Teams...}`), or a .NET
/// type's name where its values would be (`System.Object[]`, `System.String[]`,
/// ``System.Collections.Generic.List`1[System.String]``, as `Export-Csv` writes an
/// array). Whatever read the line, the apps in it are not here: a note on it, an entry
/// that is only the type's name taken out.
fn unshown_collections(list: &mut AppList, lines: &[&str]) {
    let cut = |line: &str| {
        let line = line.trim_end();
        (line.ends_with("...}") || line.ends_with("…}")) && line.contains('{')
    };
    let type_name = |cell: &str| {
        let cell = cell.trim().trim_matches('"');
        cell.strip_prefix("System.").is_some_and(|rest| {
            rest.ends_with("[]")
                || rest.starts_with("Collections.")
                || rest == "Object"
                || rest == "Collections.Hashtable"
        }) && !cell.contains(' ')
    };
    // (A field's or a column's name that holds apps: `Apps`, `DisplayName`, `Packages`;
    // not `Categories` nor `Dependencies`, whose values are no apps.)
    let of_apps = |key: &str| {
        let key = key
            .trim()
            .trim_matches('"')
            .to_ascii_lowercase()
            .replace([' ', '_', '-'], "");
        matches!(
            key.as_str(),
            "apps"
                | "applications"
                | "installedapps"
                | "detectedapps"
                | "managedapps"
                | "applist"
                | "displayname"
                | "name"
                | "names"
                | "appnames"
                | "packages"
                | "packagename"
                | "installedapplications"
                | "software"
                | "installedsoftware"
                | "programs"
        )
    };
    let header = lines.iter().find(|l| !is_blank(l)).copied().unwrap_or("");
    // (The lines with a note already, found once; the lines found here, taken out of the
    // entries at once: a text of thousands of them is read in linear time.)
    let noted = crate::small_sort::sorted_unique(list.notes.iter().map(|n| n.line).collect());
    let mut found: Vec<usize> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        // (Most lines have neither a brace nor a dot: let go in one pass over their bytes.)
        if !line.bytes().any(|b| b == b'}' || b == b'.') || !line.contains('}') && !line.contains("System.") {
            continue;
        }
        // (The field's name before its colon, or the column's in the first line.)
        let keyed = line.split_once(" : ").or_else(|| line.split_once(": "));
        let in_apps = |at: usize| cells(header).nth(at).is_some_and(of_apps);
        let unshown = match keyed {
            Some((key, value)) => of_apps(key) && (cut(value) || type_name(value)),
            None => {
                cut(line) && line.trim_start().starts_with('{')
                    // (Or a table's last cell, `Format-Table`'s, `   57 {Microsoft.WindowsCalculator,
                    // …, Microsoft.WindowsTerminal...}`: several items, the brace after a space.)
                    || cut(line)
                        && line.rsplit_once('{').is_some_and(|(before, items)| {
                            before.ends_with(' ') && items.contains(", ") && table_column(lines, i, before.len()).is_some_and(of_apps)
                        })
                    || type_name(line)
                    || i > 0 && cells(line).enumerate().any(|(at, cell)| type_name(cell) && in_apps(at))
            }
        };
        if unshown && noted.binary_search(&(i + 1)).is_err() {
            found.push(i + 1);
            list.notes.push(Note {
                line: i + 1,
                skipped: Skipped::Elsewhere {
                    excerpt: excerpt(crate::text::trim(line)),
                },
            });
        }
    }
    if !found.is_empty() {
        list.entries
            .retain(|e| found.binary_search(&e.line).is_err() || !type_name(&e.text));
    }
}

/// A list numbered by hand (`1. Slack`, `2) Zoom`) whose numbers start past 1 or skip
/// some (`12. Slack`, `13. Zoom`; `2. Zoom`, `5. Outlook`): the items it counted past are
/// not here. Three numbered items at least, each number above the one before (else the
/// numbers are no count: versions, a ranking), and an entry on each line. Numbers without
/// a sign after them (`1 Slack`, `2 Zoom`, `5 Outlook`, `6 Spotify`) count so only when
/// every entry is numbered, the first is 1, and most of four or more follow the one before:
/// names begin with numbers too (`7 Cups`, `8 Ball Pool`).
fn numbering_gaps(list: &mut AppList, lines: &[&str]) {
    let numbered_with = |line: &str, signed: bool| -> Option<u32> {
        let line = line.trim_start();
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        let after = line.as_bytes().get(digits..digits + 2)?;
        let marked = (1..=3).contains(&digits)
            && if signed {
                matches!(after, [b'.' | b')', b' ' | b'\t'])
            } else {
                matches!(after, [b' ' | b'\t', next] if next.is_ascii_alphabetic())
            };
        marked.then(|| line.get(..digits)?.parse().ok()).flatten()
    };
    // (Most lines begin with no digit.)
    if !lines
        .iter()
        .any(|l| l.trim_start().starts_with(|c: char| c.is_ascii_digit()))
    {
        return;
    }
    // (The lines with an entry, once: asking the entries for each line would be quadratic.)
    let mut entered = vec![false; lines.len() + 2];
    for entry in &list.entries {
        if let Some(slot) = entered.get_mut(entry.line) {
            *slot = true;
        }
    }
    let numbered = |signed: bool| -> Vec<(usize, u32)> {
        (lines.iter().enumerate())
            .filter_map(|(i, l)| numbered_with(l, signed).map(|n| (i + 1, n)))
            .filter(|&(line, _)| entered.get(line).copied().unwrap_or(false))
            .collect()
    };
    let counts = |numbered: &[(usize, u32)]| {
        numbered.len() >= 3 && numbered.windows(2).all(|w| matches!(w, [a, b] if b.1 > a.1))
    };
    let mut numbered = numbered(true);
    if !counts(&numbered) {
        let unsigned = numbered_with_no_sign(&entered, lines, &numbered_with);
        numbered = unsigned;
        if !counts(&numbered) {
            return;
        }
    }
    // (A count from 0 or from 1.)
    // (The numbers skipped may be on lines between that were read as no app, `6) Hello
    // Bank!` read as a greeting: no gap then.)
    let (mut before, mut before_line) = (0, 0);
    for &(line, n) in &numbered {
        let between = || {
            lines
                .get(before_line..line.saturating_sub(1))
                .unwrap_or_default()
                .iter()
                .filter_map(|l| numbered_with(l, true).or_else(|| numbered_with(l, false)))
                .collect::<Vec<u32>>()
        };
        let skipped = n > before + 1 && {
            let between = between();
            (before + 1..n).any(|missing| !between.contains(&missing))
        };
        before_line = line;
        if skipped {
            let text = crate::text::trim(lines.get(line - 1).unwrap_or(&""));
            list.notes.push(Note {
                line,
                skipped: Skipped::Elsewhere { excerpt: excerpt(text) },
            });
        }
        before = n;
    }
}

/// The name of the column of a table under a rule of dashes (`Format-Table`'s `Count
/// Apps` over `----- ----`) that holds the byte `at` of its row `row`: the header's word
/// that begins last at or before it.
fn table_column<'a>(lines: &[&'a str], row: usize, at: usize) -> Option<&'a str> {
    let rule = (1..=row).rev().find(|&k| {
        lines
            .get(k)
            .is_some_and(|l| l.contains("--") && l.trim().bytes().all(|b| b == b'-' || b == b' '))
    })?;
    let header = lines.get(rule - 1)?;
    header
        .match_indices(|c: char| !c.is_whitespace())
        .filter(|&(k, _)| k == 0 || header.as_bytes().get(k - 1) == Some(&b' '))
        .rfind(|&(k, _)| k <= at)
        .and_then(|(k, _)| header.get(k..)?.split_whitespace().next())
}

/// A list whose items are numbered out of a total (`1/40 Chrome` … `12/40 Slack`, `(3 of
/// 40) Zoom`): three items at least, one total, each number above the one before; the
/// last below the total says the rest are not here. (All of them, `12/12`, are whole.)
fn numbered_out_of(list: &mut AppList, lines: &[&str]) {
    // (Most lines begin with no digit or bracket.)
    let place = |line: &str| -> Option<(u32, u32)> {
        let line = line.trim_start().strip_prefix('(').unwrap_or(line.trim_start());
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=3).contains(&digits) || line.starts_with('0') {
            return None;
        }
        let (at, rest) = line.split_at(digits);
        let rest = rest.strip_prefix('/').or_else(|| rest.strip_prefix(" of "))?;
        let total = rest.bytes().take_while(u8::is_ascii_digit).count();
        let (of, name) = rest.split_at(total);
        let name = name.strip_prefix(')').unwrap_or(name);
        let named = name.starts_with([' ', '\t']) && name.trim_start().starts_with(char::is_alphanumeric);
        (named && (1..=4).contains(&total)).then(|| Some((at.parse().ok()?, of.parse().ok()?)))?
    };
    let numbered: Vec<(usize, (u32, u32))> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| place(l).map(|p| (i + 1, p)))
        .collect();
    let (Some(&(_, (_, total))), Some(&(last_line, (last, _)))) = (numbered.first(), numbered.last()) else {
        return;
    };
    // (Counted from 1, one after another: dates, `03/12`, ratings from `2/5`, and sizes,
    // `1/64`, `2/64`, `4/64`, are no count.)
    let counted = numbered.len() >= 3
        && numbered.first().is_some_and(|&(_, (at, _))| at == 1)
        && numbered.iter().all(|&(_, (_, of))| of == total)
        && numbered
            .windows(2)
            .all(|w| matches!(w, [(_, (a, _)), (_, (b, _))] if *b == a + 1));
    if counted && last < total && !list.notes.iter().any(|n| n.line == last_line) {
        let text = crate::text::trim(lines.get(last_line - 1).unwrap_or(&""));
        list.notes.push(Note {
            line: last_line,
            skipped: Skipped::Elsewhere { excerpt: excerpt(text) },
        });
    }
}

/// A typed list in the alphabet's order that stops halfway through it: twelve names at
/// least, from A, B or C, each beginning with the same letter as the one before or a later
/// one, four letters at least, the last at M or before (`… LinkedIn`, `… Moovit`). A
/// phone's list of all its apps runs to Z; the copy, the screen or the writer stopped
/// there (red team rt86). (Twelve names of a whole list all from A to M, in order: about
/// one such list in five hundred.) A note on the last name's line; the name stays an entry.
fn alphabet_stops(list: &mut AppList) {
    if list.format != Format::Lines || list.entries.len() < 12 {
        return;
    }
    // (Each name's first letter and its line; an identifier, or a name that begins
    // otherwise, has none.)
    let initials: Vec<(u8, usize)> = list
        .entries
        .iter()
        // (Nor a question read as a name, `Potete verificare?`.)
        .filter(|e| e.identifier.is_none() && !e.text.ends_with('?'))
        .filter_map(|e| {
            let b = e.text.bytes().next().filter(u8::is_ascii_alphabetic)?;
            Some((b.to_ascii_lowercase(), e.line))
        })
        .collect();
    // (The longest run in order: a greeting or a question read as a name before or after
    // it, two at most, does not break it.)
    let (mut best, mut start) = ((0, 0), 0);
    for at in 1..=initials.len() {
        let ends = initials
            .get(at)
            .zip(initials.get(at.wrapping_sub(1)))
            .is_none_or(|(b, a)| b.0 < a.0);
        if ends {
            if at - start > best.1 - best.0 {
                best = (start, at);
            }
            start = at;
        }
    }
    let run = initials.get(best.0..best.1).unwrap_or_default();
    let (Some(&(first, _)), Some(&(last, line))) = (run.first(), run.last()) else {
        return;
    };
    let mut letters = 0u32;
    for &(b, _) in run {
        letters |= 1 << (b - b'a');
    }
    if run.len() < 12
        || list.entries.len() - run.len() > 2
        || first > b'c'
        || last > b'm'
        || letters.count_ones() < 4
        || list.notes.iter().any(|n| n.line == line)
    {
        return;
    }
    let Some(entry) = list.entries.iter().find(|e| e.line == line) else {
        return;
    };
    let excerpt = excerpt(&entry.text);
    list.notes.push(Note {
        line,
        skipped: Skipped::Elsewhere { excerpt },
    });
}

/// [`numbering_gaps`]' items numbered without a sign: every line with an entry numbered
/// so, the first 1, four at least, and most right after the one before; none otherwise.
fn numbered_with_no_sign(
    entered: &[bool],
    lines: &[&str],
    numbered_with: &dyn Fn(&str, bool) -> Option<u32>,
) -> Vec<(usize, u32)> {
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if !entered.get(i + 1).copied().unwrap_or(false) {
            continue;
        }
        match numbered_with(line, false) {
            Some(n) => out.push((i + 1, n)),
            None => return Vec::new(),
        }
    }
    // (Four items at least, and most of them right after the one before: names that
    // begin with numbers, `1 Second Everyday`, `2 Dots`, `4 Pics 1 Word`, `8 Ball Pool`,
    // count nothing. Red team rt60's.)
    let steps = out.len().saturating_sub(1);
    let ones = out.windows(2).filter(|w| matches!(w, [a, b] if b.1 == a.1 + 1)).count();
    let counted = steps >= 3 && ones * 2 > steps;
    if counted && out.first().is_some_and(|&(_, n)| n == 1) {
        out
    } else {
        Vec::new()
    }
}

/// A chat message's part marker before its text (`(1/2) Slack, Zoom, Outlook`, `[2/3]
/// TikTok`; or bare before a dash, `1/2 – Estas são as aplicações …:`): a message of
/// several, the list whole only when every part is here. The marker is taken off the
/// entries that begin with it; the lines are notes otherwise.
fn leading_part_markers(list: &mut AppList, lines: &[&str]) {
    // (The part's number and the mark it is read from, `(1/4)`, `2/3 -`.)
    fn marked(line: &str) -> Option<(u64, u64, &str)> {
        let close = match line.as_bytes().first() {
            Some(b'(') => b')',
            Some(b'[') => b']',
            Some(b'1'..=b'9') => {
                let (inner, rest) = line.split_once(' ')?;
                let said = rest.strip_prefix(['–', '—', '-'])?;
                let (at, of) = bare_part(inner).filter(|_| inner.len() <= 7 && inner.contains('/'))?;
                let mark = line.get(..line.len() - said.len())?;
                return (said.starts_with(' ') && !said.trim().is_empty()).then_some((at, of, mark));
            }
            _ => return None,
        };
        let end = line.bytes().take(12).position(|b| b == close)?;
        let inner = line.get(1..end)?;
        let rest = line.get(end + 1..)?;
        let (at, of) = bare_part(inner)?;
        (rest.starts_with(' ') && !rest.trim().is_empty()).then_some((at, of, line.get(..=end)?))
    }
    // (Also in a chat's message, after its time and sender: `3/13/24, 3:22 PM - Olivia:
    // (1/4) PayPal`.)
    fn marker(line: &str) -> Option<(u64, u64, &str)> {
        let line = crate::text::trim(line);
        marked(line).or_else(|| {
            super::formats::chat_message(line)
                .filter(|message| message.len() < line.len())
                .and_then(|message| marked(crate::text::trim(message)))
        })
    }
    // (Most lines begin with neither bracket, nor with a part's number and its slash, and
    // have no bracket after a sender's colon.)
    if !lines.iter().any(|l| {
        let l = l.trim_start();
        l.starts_with(['(', '['])
            || l.as_bytes().get(1..3).is_some_and(|b| b.contains(&b'/')) && l.starts_with(|c: char| c.is_ascii_digit())
            || l.as_bytes().contains(&b':') && (l.contains(": (") || l.contains(": ["))
    }) {
        return;
    }
    let parts: Vec<(usize, u64, u64, &str)> = (lines.iter().enumerate())
        .filter_map(|(i, l)| marker(l).map(|(at, of, mark)| (i + 1, at, of, mark)))
        .take(11)
        .collect();
    if parts.is_empty() || parts.len() > 10 {
        return;
    }
    for &(line, _, _, marked) in &parts {
        // (A reader of names may have split the bracket off as a name of its own, `1/2`.)
        let inner = marked.get(1..marked.len().saturating_sub(1)).unwrap_or("");
        list.entries
            .retain(|e| e.line != line || e.text != inner && e.text != marked);
        for entry in list.entries.iter_mut().filter(|e| e.line == line) {
            if let Some(rest) = entry.text.strip_prefix(marked) {
                entry.text = rest.trim_start().to_owned();
            }
        }
    }
    let whole = parts
        .iter()
        .all(|&(_, _, of, _)| (1..=of).all(|at| parts.iter().any(|p| p.1 == at && p.2 == of)));
    if !whole {
        for &(line, _, _, _) in &parts {
            let text = crate::text::trim(lines.get(line - 1).unwrap_or(&""));
            list.notes.push(Note {
                line,
                skipped: Skipped::Elsewhere { excerpt: excerpt(text) },
            });
        }
    }
}

/// A part marker in brackets at the end of a line after something else (`Slack (1 of 2)`,
/// `Outlook [2/3]`, `Slack (part 1 of 2)`, `Slack (Teil 1/2)`, `Slack (1 / 2)`), as
/// [`bare_part`] or a part's words ([`super::formats::part_of`]) read it inside them: its
/// two numbers. (Not without brackets: `Wordle 3/6`, `Duolingo 4/5`, `Updated 1/3` are a
/// score, a rating and a date, red team rt67.)
fn trailing_part(line: &str) -> Option<(u64, u64)> {
    // (In Markdown's bold too: `Chloé: **Apps (2/2)**`.)
    let line = crate::text::trim(line).trim_end_matches(['*', '_']);
    // (Most lines end in no bracket: let go at their last byte.)
    let (head, inner) = match line.as_bytes().last()? {
        b')' => line.strip_suffix(')')?.rsplit_once('(')?,
        b']' => line.strip_suffix(']')?.rsplit_once('[')?,
        _ => return None,
    };
    let part = |(at, of): (u64, u64)| ((1..=of).contains(&at) && (2..=10).contains(&of)).then_some((at, of));
    (!crate::text::trim(head).is_empty())
        .then(|| bare_part(inner).or_else(|| super::formats::part_of(inner).and_then(part)))
        .flatten()
}

/// A part marker alone (`1/2`, `2/3`, `1 of 2`): its two numbers, a part of two to ten
/// ([`super::formats::part_of`], of digits and a slash only).
#[inline(never)]
fn bare_part(line: &str) -> Option<(u64, u64)> {
    // (With a sign or an emoji around it, `#1/2`, `1/2 👇`, `1/2…`, `2/2 ✅`.)
    let line = crate::text::trim(line)
        .trim_start_matches('#')
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')' && c != ']')
        .trim_end();
    let part = |(at, of): (u64, u64)| ((1..=of).contains(&at) && (2..=10).contains(&of)).then_some((at, of));
    // (Or in words, `1 of 2`, `2 von 3`: a message's part, when alone.)
    if line.len() <= 10 && line.contains(' ') {
        let mut words = line.split(' ');
        let number = |w: Option<&str>| w.filter(|w| w.bytes().all(|b| b.is_ascii_digit()))?.parse().ok();
        let (at, of_word, of, rest) = (number(words.next()), words.next(), number(words.next()), words.next());
        return match (at, of_word, of, rest) {
            (Some(at), Some("of" | "von" | "sur" | "de" | "di" | "van" | "z" | "av" | "/"), Some(of), None) => {
                part((at, of))
            }
            _ => None,
        };
    }
    // (Or written together, `1of2`.)
    if let Some((at, of)) = line.split_once("of").filter(|_| line.len() <= 6) {
        let number = |w: &str| (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.parse().ok())?;
        return part((number(at)?, number(of)?));
    }
    if line.len() > 5 || !line.bytes().all(|b| b.is_ascii_digit() || b == b'/') {
        return None;
    }
    super::formats::part_of(line).and_then(part)
}

/// A copy that stops inside its last line (the text ends there, with a line break after
/// it or not: the line's shape says it was cut; with one, not the rules that weigh a row
/// short of what the rows above have, which a footer or a tool's empty cells also are): a bracket or a quote opened on it and never closed, something written after
/// it (`[installed,lo`, `Package [com.goo`, `Teams (work`, `"Insta`); winget's or `dpkg
/// -l`'s last row ending before its `Version` column begins (`Zoom Workpl`, `Zoom
/// Workplace  Zoom.Zo`, `ii  zoo`: a row always fills its name, id and version); ideviceinstaller's CSV row of one cell
/// under rows of several (`com.burbn.ins`). More of the list followed: a note on that line. So does a Markdown or a drawn table's last row
/// without its closing bar under rows that close (`| Zoom | us.zoom.vid`). (A smiley's `:(`, an inch's `27"` and a
/// column's `…` inside a bracket open nothing; a typed line of names has no columns, and
/// a CSV export's or another table's rows may leave out their last cells. A list view's
/// last record short of the keys of the one before it, `Name : …` `Publisher : CN=Micr`,
/// is its reader's to find, whatever ends the text.)
pub(super) fn cut_in_last_line(list: &mut AppList, input: &str, lines: &[&str]) {
    // (A code block's closing fence is no row: `` ``` ``.)
    let fence = |l: &str| {
        let l = crate::text::trim(l);
        l.starts_with("```") || l.starts_with("~~~")
    };
    // (A code block opened and never closed, rows after its fence, `Output below:` then
    // ```` ``` ```` and the rows: the copy ended before the closing fence, inside the block.)
    let fences: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| fence(l))
        .map(|(at, _)| at)
        .collect();
    if let (true, Some(&open), Some(end)) = (
        fences.len() % 2 == 1,
        fences.last(),
        lines.iter().rposition(|l| !is_blank(l)),
    ) {
        let rows = list.entries.iter().any(|e| e.line > open + 1);
        if end > open && rows && !list.notes.iter().any(|n| n.line == end + 1) {
            list.notes.push(Note {
                line: end + 1,
                skipped: Skipped::Elsewhere {
                    excerpt: excerpt(crate::text::trim(lines.get(end).unwrap_or(&""))),
                },
            });
            return;
        }
    }
    if !lines.last().is_some_and(|l| fence(l)) {
        let notes = list.notes.len();
        // (No line break after the last line: the copy stopped inside it or at its end.)
        let broken = !input.ends_with('\n');
        let input = input.trim_end_matches('\n');
        let lines = lines
            .get(..lines.iter().rposition(|l| !is_blank(l)).map_or(0, |at| at + 1))
            .unwrap_or_default();
        cut_at_the_end(list, input, lines, broken);
        if list.notes.len() > notes {
            return;
        }
    }
    // (Or the rows end before a mail's frame, a blank line or a code block's fence, then
    // only the sign-off and the signature read as the frame, `Cheers,` `Megan`: the copy
    // stopped in the last row, and the writer signed under it.)
    let Some(row) = list.entries.last().map(|e| e.line).filter(|&row| row < lines.len()) else {
        return;
    };
    let framed = |n: usize| list.structure.iter().any(|&(first, last)| (first..=last).contains(&n));
    let signed = lines.get(row).is_some_and(|l| is_blank(l) || fence(l))
        && (row + 1..=lines.len()).all(|n| lines.get(n - 1).is_some_and(|l| is_blank(l) || fence(l)) || framed(n))
        && (row + 1..=lines.len()).any(|n| framed(n) || lines.get(n - 1).is_some_and(|l| fence(l)));
    // (The text up to that row's end: its lines are slices of it.)
    let end = lines
        .get(row.wrapping_sub(1))
        .map(|l| (l.as_ptr() as usize).wrapping_sub(input.as_ptr() as usize) + l.len())
        .filter(|&end| end <= input.len());
    if let (true, Some(end)) = (signed, end) {
        cut_at_the_end(
            list,
            input.get(..end).unwrap_or(input),
            lines.get(..row).unwrap_or_default(),
            true,
        );
    }
}

/// [`cut_in_last_line`], `input` and its `lines` up to the one the copy stopped in.
fn cut_at_the_end(list: &mut AppList, input: &str, lines: &[&str], broken: bool) {
    let Some(&last) = lines.last().filter(|l| !is_blank(l)) else {
        return;
    };
    // (Said already: a document read to its last whole value, cut in that line.)
    if list
        .notes
        .iter()
        .any(|note| note.line == lines.len() && matches!(note.skipped, Skipped::Elsewhere { .. }))
    {
        return;
    }
    // (The writer's sentence under the rows, ended by its stop, is no row cut short: `Il
    // n'y a rien d'autre sur le téléphone.`)
    let said = crate::text::trim(last);
    if said.ends_with(['.', '!', '?'])
        && said
            .split_whitespace()
            .skip(1)
            .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
            .nth(1)
            .is_some()
    {
        return;
    }
    // (Nor the writer's word that the list is all, with no stop: `não tem mais nada`.)
    if super::formats::all_of_them_said_loosely(said) {
        return;
    }
    // (Nor a sheet's total row, its empty cells after its number, `Totale<TAB>21<TAB><TAB>`:
    // weighed as a total.)
    if total_head(said) && total_row_in(row_cells(last)).is_some() {
        return;
    }
    // (Nor a tool's count under its rows, `7 package(s)`, `(2 rows)`, `2 of 2 records
    // found`: weighed against the rows as a count.)
    if super::formats::count_line(said) || super::formats::stated_total(said).is_some() {
        return;
    }
    // (A console's next prompt, `C:\Windows\system32>`, `PS C:\Users\jdoe>`: the copy ends
    // at it, after the output, whole; no row of the output's.)
    if typed_command(crate::text::trim(last)) {
        return;
    }
    let above = || lines.iter().rev().skip(1).copied().filter(|l| !is_blank(l));
    // (A Markdown or a drawn table's last row without its closing bar, under rows that
    // close: `| Zoom | us.zoom.vid`.)
    let bars = |l: &str, end: bool| {
        let l = l.trim();
        // (A drawn table's rules and border too: `├───┼───┤`, `┌───┬───┐`, `+---+---+`.)
        l.starts_with(['|', '│', '┃', '║', '├', '┌', '+'])
            && (!end || l.ends_with(['|', '│', '┃', '║', '┤', '┐', '+']) && l.chars().count() > 1)
    };
    // (Text of a cell after its last bar, not a sign, an emoji or an invisible character
    // after a closed row, nor a stray rule, `|---|---`; the rows right above it, with no
    // blank line between, close.)
    let open_cell = |l: &str| {
        l.rsplit(['|', '│'])
            .next()
            .is_some_and(|after| after.chars().any(char::is_alphanumeric))
    };
    let row_cut = || {
        let n = lines.len();
        let right_above = [n.wrapping_sub(2), n.wrapping_sub(3)].map(|i| lines.get(i).copied());
        bars(last, false)
            && !bars(last, true)
            && open_cell(last)
            && right_above.iter().all(|l| l.is_some_and(|l| bars(l, true)))
    };
    // (`less -m`'s prompt under a tool's rows, how far through the text the screen is,
    // `13%`: the rest not shown. Not a screen of usage that writes each app's share on a
    // line of its own, nor a phone's battery read with a screen's text.)
    let share = |l: &str| {
        let l = crate::text::trim(l);
        l.strip_suffix('%')
            .is_some_and(|n| (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
    };
    let tool = !matches!(list.format, Format::Lines | Format::Separated);
    let cut = tool && share(last) && lines.iter().filter(|l| share(l)).count() == 1
        || unclosed(last)
        || row_cut()
        || match list.format {
            // (And any table read by its header's columns over such a rule, `winget list`
            // under a prompt and a greeting, when the rows above fill its third column.)
            Format::WingetList | Format::LinuxPackages | Format::Table if broken => {
                // (The header is the line over the rule, `-----` or dpkg's `+++-====`; its
                // columns found as the table's reader finds them, the third `Version`.)
                let table = lines.windows(2).find(|w| {
                    w.get(1)
                        .is_some_and(|l| l.trim_start().starts_with("---") || l.starts_with("+++-"))
                });
                // (Or, in a table of two columns, the second: `DisplayName  Version` over
                // `Intesa Sanpao`.)
                let third = table.and_then(|w| {
                    let numbered: Vec<(usize, &str)> = w.iter().copied().enumerate().collect();
                    let starts = super::formats::column_starts(&numbered);
                    starts.get(2).or_else(|| starts.get(1).filter(|_| starts.len() == 2)).map(|(at, _)| *at)
                });
                let width = |l: &str| super::formats::on_screen(l.trim_end()).len();
                third.is_some_and(|at| {
                    width(last) <= at
                        && (list.format != Format::Table || above().take(2).filter(|l| width(l) > at).count() == 2)
                })
            }
            Format::IosApps => {
                let cells = |l: &str| l.split(", ").count();
                cells(last) == 1 && above().take(3).all(|l| cells(l) >= 2) && above().next().is_some()
            }
            // (With a line break after it, a row written as the rows above are: a remark
            // typed under them, `Thanks, Priya`, is not.)
            // (Without one, a row unless its delimiter has a space after it where the rows'
            // have none, a sign-off's comma, `Thanks, Priya`.)
            Format::Csv => {
                csv_row_cut(input, lines) && (broken && !spaced_unlike_rows(last, lines) || written_as_rows(last, lines))
            }
            _ => false,
        }
        || identifier_cut(last, broken)
        || dotted_cut(last, lines)
        || cell_cut(last, lines)
        || aligned_cut(last, lines)
        || shape_cut(last, lines)
        || field_cut(last, lines)
        || list.format == Format::Lines && details_short(lines)
        || segment_cut(last, lines)
        || broken && record_cut(last, lines)
        // (A row read as an app's: a footer or a remark after the rows, `Showing 1 to 6 of
        // 6 records`, `That's all.`, has its own shape.)
        || list.entries.last().is_some_and(|e| e.line == lines.len())
            && !last.trim_end().ends_with(['.', '!', '?'])
            && broken
            && fewer_cells(last, lines)
        || list.format == Format::Lines
            && list.entries.last().is_some_and(|e| e.line == lines.len())
            && !last.trim_end().ends_with(['.', '!', '?', ')'])
            // (Nor a remark without its stop that says the list is all, `that's everything
            // on my work phone`.)
            && !super::formats::says_all(crate::text::trim(last))
            // (Nor the screen's button under its last row once all of it shows, `Show less`.)
            && !SHOW_LESS.contains(crate::text::trim(last))
            && details_cut(lines)
            // (Not when the screen counts its apps and the rows are as many, `8 apps` over
            // eight names, its title perhaps read as one more.)
            && !lines.iter().any(|l| {
                super::formats::stated_total(crate::text::trim(l)).is_some_and(|count| count <= list.entries.len())
            });
    if cut {
        list.notes.push(Note {
            line: lines.len(),
            skipped: Skipped::Elsewhere { excerpt: excerpt(last) },
        });
    }
}

/// A tool's table whose rows each have two columns or more (`snap list`, `dpkg -l`,
/// `winget list`, `choco list`, `flatpak list`, `mas list`, `pm list packages -U`), but
/// whose text ends in a row of at most half the words of the sparest row above, `zoom-cl`,
/// `ii  zoom`, or, in columns aligned by runs of spaces, a row of one cell that ends before
/// the column every row above has its second cell in: the copy ended inside that row, a
/// note. (A row without a tool's optional columns, winget's `Available` and `Source`, has
/// more than half the words, and reaches the second column.) Not a typed list, a
/// CSV export (which may leave a row's optional cells out) nor a table a person drew (an
/// app without a version): only tools that print every column, and a table under a rule
/// of dashes a tool draws under its header, cut before a column ([`short_of_a_column`]).
pub(super) fn last_row_alone(list: &mut AppList, lines: &[&str]) {
    if !matches!(
        list.format,
        Format::Table
            | Format::SnapList
            | Format::FlatpakList
            | Format::WingetList
            | Format::LinuxPackages
            | Format::PackageVersions
            | Format::MasList
            | Format::StartApps
            | Format::AndroidPackages
    ) {
        return;
    }
    let Some(last) = list.entries.last().map(|e| e.line) else {
        return;
    };
    let end = lines.iter().rposition(|l| !is_blank(l)).map(|at| at + 1);
    let text = lines.get(last.wrapping_sub(1)).map_or("", |l| crate::text::trim(l));
    // (Nor the console's next prompt under the rows, `user@host:~$`, read as one.)
    if end != Some(last) || list.notes.iter().any(|n| n.line == last) || typed_command(text) {
        return;
    }
    let mut above: Vec<usize> = list.entries.iter().map(|e| e.line).filter(|&n| n < last).collect();
    above.dedup();
    if above.len() < 2 {
        return;
    }
    let cut = if list.format == Format::Table {
        short_of_a_column(lines, last, &above)
    } else {
        first_cell_alone(list, lines, last, &above)
            || list.format == Format::WingetList && short_of_the_version(lines, last, &above)
    };
    if cut {
        list.notes.push(Note {
            line: last,
            skipped: Skipped::Elsewhere { excerpt: excerpt(text) },
        });
    }
}

/// [`last_row_alone`] for a tool that prints every column: whether its row `last`, under
/// the rows `above`, is one cell short of the second column, or at most half the words of
/// the sparest row.
fn first_cell_alone(list: &AppList, lines: &[&str], last: usize, above: &[usize]) -> bool {
    // (In columns aligned by runs of spaces, `winget list`'s, a row of one cell that ends
    // before the column every row above has its second cell in: `Microsoft Visual C++
    // 2015-2022 Red`.)
    let second_cell = |n: usize| {
        let line = lines.get(n.wrapping_sub(1))?.trim_end();
        let indent = line.len() - line.trim_start().len();
        let gap = line.trim_start().find("  ")? + indent;
        let rest = line.get(gap..)?;
        Some(gap + (rest.len() - rest.trim_start().len()))
    };
    let column = above.iter().map(|&n| second_cell(n)).collect::<Option<Vec<usize>>>();
    let row = lines.get(last.wrapping_sub(1)).map_or("", |l| l.trim_end());
    if column
        .and_then(|c| c.into_iter().min())
        .is_some_and(|at| second_cell(last).is_none() && row.len() < at)
    {
        return true;
    }
    let words = |n: usize| lines.get(n.wrapping_sub(1)).map_or(0, |l| l.split_whitespace().count());
    // (A name typed under the output, read as typed, is an app, `Slack` under adb's rows;
    // one that begins as every row does, dpkg's `ii`, is a row cut short.)
    let first = |n: usize| lines.get(n.wrapping_sub(1)).and_then(|l| l.split_whitespace().next());
    if list.typed_lines.contains(&last) && !above.iter().all(|&n| first(n).is_some() && first(n) == first(last)) {
        return false;
    }
    let sparest = above.iter().map(|&n| words(n)).min().unwrap_or(0);
    sparest >= 2 && words(last) <= sparest / 2
}

/// Whether `winget list`'s row `last` ends before its third column, `Version`, which every
/// row `above` reaches (`Microsoft OneDrive   Microsoft.OneDr`): winget writes a version in
/// every row, so the copy ended inside that row. Its columns are its header's, the line over
/// its rule of dashes.
fn short_of_the_version(lines: &[&str], last: usize, above: &[usize]) -> bool {
    let Some(&first) = above.first().filter(|&&n| n >= 3) else {
        return false;
    };
    let header = lines.get(first - 3).copied().unwrap_or("");
    let rule = lines.get(first.wrapping_sub(2)).copied().unwrap_or("");
    if !rule.trim_start().starts_with("---") {
        return false;
    }
    let starts = super::formats::column_starts(&[(first - 2, header), (first - 1, rule)]);
    let width = |n: usize| {
        lines
            .get(n.wrapping_sub(1))
            .map_or(0, |l| super::formats::on_screen(l.trim_end()).len())
    };
    starts
        .get(2)
        .is_some_and(|&(at, _)| above.iter().all(|&n| width(n) > at) && width(last) <= at)
}

/// Whether a table's row `last` ends before a column that every row `above` reaches,
/// under a header with a rule of dashes, a run for each column (PowerShell's
/// `Format-Table`, `Get-Package`, `scoop list`: `----   -------  ------`), right above its
/// first row: such a tool pads every row to its columns, so a row that stops short of one
/// all the rows above reach (`zo`, `Google Chrome   120.0.6` under rows that reach
/// `ProviderName`) was cut. (A row of a tool's that leaves only its last column empty is
/// whole: scoop's `Info`, a version a database left empty.)
fn short_of_a_column(lines: &[&str], last: usize, above: &[usize]) -> bool {
    let Some(&first) = above.first() else {
        return false;
    };
    let Some(rule) = lines.get(first.wrapping_sub(2)).map(|l| l.trim_end()) else {
        return false;
    };
    let dashes = |l: &str| l.contains('-') && l.bytes().all(|b| b == b'-' || b == b' ');
    if !dashes(rule) || rule.split_whitespace().count() < 2 {
        return false;
    }
    // (Each column begins where a run of dashes does.)
    let rule = super::formats::on_screen(rule);
    let starts = (1..rule.len()).filter(|&i| rule.get(i) == Some(&Some('-')) && rule.get(i - 1) == Some(&Some(' ')));
    let width = |n: usize| {
        lines
            .get(n.wrapping_sub(1))
            .map_or(0, |l| super::formats::on_screen(l.trim_end()).len())
    };
    // (Not the last column: a tool may leave it empty in a whole row, scoop's `Info`, a
    // database's empty version.)
    let mut starts: Vec<usize> = starts.collect();
    starts.pop();
    let reached = starts
        .into_iter()
        .filter(|&at| above.iter().all(|&n| width(n) > at))
        .max();
    reached.is_some_and(|at| width(last) <= at)
}

/// A table's last row aligned in columns (it and the three rows right above it at least,
/// with no blank line between, set apart by two spaces or more) cut inside a value: shorter
/// than those rows when they all end at one column (pandas' right-aligned columns), or
/// ending where each of them goes on inside a value that is not its last (`Appest.TickTick
/// 281` over versions of eight characters and their source, `org.thoughtcrime.s`).
fn aligned_cut(last: &str, lines: &[&str]) -> bool {
    if !last.contains("  ") {
        return false;
    }
    // (Up to a line that is no such row: a header's rule, a prompt; or that begins unlike
    // the last, a digit, a letter or a space: a header over numbered rows.)
    let class = |c: Option<char>| c.map(|c| (c.is_ascii_digit(), c.is_alphabetic(), c == ' '));
    let first = class(last.chars().next());
    let aligned = |row: &Vec<Option<char>>| {
        class(row.first().copied().flatten()) == first && row.windows(2).any(|w| w == [Some(' '), Some(' ')])
    };
    let rows: Vec<Vec<Option<char>>> = lines
        .iter()
        .rev()
        .skip(1)
        .take_while(|l| !is_blank(l))
        .take(8)
        .map(|l| super::formats::on_screen(l.trim_end()))
        .take_while(aligned)
        .collect();
    if rows.len() < 3 {
        return false;
    }
    let end = super::formats::on_screen(last.trim_end()).len();
    let width = rows.first().map_or(0, Vec::len);
    // (Right-aligned when the last cells above begin at different columns: values of one
    // width begun at one column, `Neutral` over `Neutral`, are left-aligned, and a shorter
    // last one, `X86`, is whole.)
    let last_cell = |r: &Vec<Option<char>>| r.windows(2).rposition(|w| w == [Some(' '), Some(' ')]);
    let starts_differ = rows
        .windows(2)
        .any(|w| w.first().map(last_cell) != w.get(1).map(last_cell));
    let right_aligned = rows.iter().all(|r| r.len() == width) && end < width && starts_differ;
    // (Inside a value that is not the row's last: a last value shorter than those above,
    // `Audible  com.audible.application  20.24` under `11.43.13`, is whole.)
    let inside = end > 0
        && rows.iter().all(|r| {
            let letter = |at: usize| r.get(at).copied().flatten().is_some_and(|c| c != ' ');
            let more = r
                .get(end..)
                .unwrap_or_default()
                .windows(2)
                .any(|w| matches!(w, [Some(' '), Some(c)] if *c != ' '));
            letter(end - 1) && letter(end) && more
        });
    right_aligned || inside
}

/// A tool's last row without a field every row right above it has (three at least, with
/// no blank line between): a key (`versionCode:`, `installer=`) or a name after ` - `
/// (`package:es.nequi.app v` under `package:… versionCode:…`; ideviceinstaller's
/// `com.micro` under `com.walmart.mobile - Walmart 4.7.90`). The row begins as they do:
/// with the same key (`package:`), or with an identifier as they do.
fn field_cut(last: &str, lines: &[&str]) -> bool {
    let last = last.trim();
    if last.ends_with(['.', '!', '?', ')']) {
        return false;
    }
    // (Its first field: up to a space; a key's name when it has one, `package`.)
    let first = |l: &str| {
        let word = l.split([' ', '\t']).next().unwrap_or("");
        match word.split_once([':', '=']) {
            Some((key, _)) if !key.is_empty() => (Some(key.to_owned()), true),
            _ => (None, dotted(word)),
        }
    };
    let (key, shaped) = first(last);
    if !shaped {
        return false;
    }
    // (The rows right above that begin so, up to one that does not: a header, a count, a
    // prompt.)
    let above: Vec<&str> = lines
        .iter()
        .rev()
        .skip(1)
        .map(|l| l.trim())
        .take_while(|l| first(l) == (key.clone(), true))
        .take(6)
        .collect();
    if above.len() < 3 {
        return false;
    }
    // (The keys after the first field, `versionCode`, `installer`.)
    let keys = |l: &str| -> Vec<String> {
        l.split([' ', '\t'])
            .skip(1)
            .filter_map(|w| w.split_once([':', '=']).map(|(k, _)| k.to_owned()))
            .filter(|k| !k.is_empty() && k.bytes().all(|b| b.is_ascii_alphabetic()))
            .collect()
    };
    let theirs = keys(above.first().copied().unwrap_or(""));
    let mine = keys(last);
    let every = |has: &dyn Fn(&str) -> bool| above.iter().all(|l| has(l));
    theirs
        .iter()
        .any(|k| !mine.contains(k) && every(&|l: &str| keys(l).contains(k)))
        || !last.contains(" - ") && every(&|l: &str| l.contains(" - "))
}

/// Whether a word is an identifier of two parts at least, in lower case, digits, `_` and
/// `-` (`com.venmo`, `org.telegram.messenger`; `com.Slack` too).
fn dotted(word: &str) -> bool {
    let word = word.strip_prefix("package:").unwrap_or(word);
    word.contains('.')
        && word.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// An identifier cut inside its last part, the last word of the text: a part that only
/// begins one the other identifiers have, twice at least, and is never a whole part of
/// theirs (`com.rightmove.andro` under identifiers ending in `android`;
/// `com.unitedairlines.and`); or a path cut after a dash (`package:/system/priv-`).
fn segment_cut(last: &str, lines: &[&str]) -> bool {
    let token = last.trim_end().rsplit([' ', '\t', '=', ',', ';']).next().unwrap_or("");
    let token = token.strip_prefix("package:").unwrap_or(token);
    if token.ends_with('-') && token.contains(['/', '.']) && token.len() > 2 {
        return true;
    }
    if !dotted(token) {
        return false;
    }
    let Some((_, part)) = token.rsplit_once('.') else {
        return false;
    };
    // (Three letters at least: `gm`, Gmail's, only begins `gms`.)
    if part.len() < 3 {
        return false;
    }
    let (mut begun, mut whole) = (0, false);
    for line in lines.iter().rev().skip(1).take(400) {
        for word in line.split([' ', '\t', '=', ',', ';', ':', '/', '[', ']', '(', ')', '"']) {
            if !dotted(word) {
                continue;
            }
            for p in word.split('.') {
                if p == part {
                    whole = true;
                } else if p.len() > part.len() && p.starts_with(part) {
                    begun += 1;
                }
            }
        }
    }
    !whole && begun >= 2
}

/// A record of `key: value` lines cut in its last line: the text ends on a key that every
/// record above had another key after (`- name: "easyJet"` with no `id:` under it), or on
/// a key whose values above were identifiers and is one part of one (`id: com`). Two
/// records above at least.
fn record_cut(last: &str, lines: &[&str]) -> bool {
    // (A key, its value, and whether the line begins a record, `- name: …`.)
    fn keyed(l: &str) -> Option<(&str, &str, bool)> {
        let l = l.trim();
        let (l, begins) = match l.strip_prefix("- ") {
            Some(rest) => (rest, true),
            None => (l, false),
        };
        let (key, value) = l.split_once(':')?;
        (!key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
            .then(|| (key, value.trim().trim_matches('"'), begins))
    }
    let Some((key, value, _)) = keyed(last) else {
        return false;
    };
    // (A blank line ends a record: the key after a record's last is the next one's first.)
    let rows: Vec<Option<(&str, &str, bool)>> = lines.iter().map(|l| keyed(l)).collect();
    let Some((_, above)) = rows.split_last() else {
        return false;
    };
    let before: Vec<usize> = (0..above.len())
        .filter(|&i| above.get(i).copied().flatten().is_some_and(|(k, _, _)| k == key))
        .collect();
    if before.len() < 2 {
        return false;
    }
    // The key after it in each record above (not the next record's first), the same each
    // time, and none here.
    let next = |i: usize| {
        rows.get(i + 1)
            .copied()
            .flatten()
            .filter(|&(_, _, begins)| !begins)
            .map(|(k, _, _)| k)
    };
    let followed = before.first().and_then(|&i| next(i)).filter(|k| *k != key);
    if followed.is_some() && before.iter().all(|&i| next(i) == followed) {
        return true;
    }
    // Or its values above all identifiers, and this one part of one.
    !value.contains('.')
        && !value.is_empty()
        && value.bytes().all(|b| b.is_ascii_lowercase())
        && before
            .iter()
            .all(|&i| above.get(i).copied().flatten().is_some_and(|(_, v, _)| dotted(v)))
}

/// A list of links whose last is cut short of the path every link right above it to the
/// same site has (`https://apps.apple.com/gb/a` under `https://apps.apple.com/pt/app/
/// bitwarden/id879762259`), whatever follows it (a question, a sign-off): the copy stopped
/// in that link (red team rt86). Two links above at least. A note on its line.
pub(super) fn link_cut(list: &mut AppList, lines: &[&str]) {
    let Some(last) = list.entries.last() else {
        return;
    };
    let line = last.line;
    let text = |line: usize| crate::text::trim(lines.get(line.wrapping_sub(1)).copied().unwrap_or(""));
    let link = text(line);
    if !link.starts_with("http") || link.contains(' ') || list.notes.iter().any(|n| n.line == line) {
        return;
    }
    let host = |l: &str| l.split('/').nth(2).map(str::to_owned);
    let parts = |l: &str| l.trim_end_matches('/').split('/').count();
    let above: Vec<&str> = list
        .entries
        .iter()
        .rev()
        .skip(1)
        .take(6)
        .map(|e| text(e.line))
        .take_while(|l| l.starts_with("http") && host(l) == host(link))
        .collect();
    if above.len() < 2 || !above.iter().all(|l| parts(l) > parts(link)) {
        return;
    }
    let excerpt = excerpt(link);
    list.notes.push(Note {
        line,
        skipped: Skipped::Elsewhere { excerpt },
    });
}

/// `adb devices`' header with a device's row under it, copied over the command that
/// lists the apps (`List of devices attached` then `D05E5BB8ABC9FF<TAB>device`): the
/// console's frame, not its message that it found no device, and the device's row no line
/// left unread (red team rt86). Alone, over no device or over two, it stays as it was.
pub(super) fn attached_devices(list: &mut AppList, lines: &[&str]) {
    let text = |n: usize| crate::text::trim(lines.get(n.wrapping_sub(1)).copied().unwrap_or(""));
    let headers: Vec<usize> = list
        .notes
        .iter()
        .filter(|note| {
            matches!(note.skipped, Skipped::ToolMessage { .. })
                && text(note.line).eq_ignore_ascii_case("list of devices attached")
        })
        .map(|note| note.line)
        .collect();
    for n in headers {
        // (One device's row right under it, then no other: two devices would leave the
        // command below asking which.)
        let rows: Vec<usize> = (n + 1..=lines.len())
            .skip_while(|&k| is_blank(text(k)))
            .take_while(|&k| super::formats::adb_device(text(k)))
            .collect();
        if let [row] = rows.as_slice() {
            let row = *row;
            list.notes
                .retain(|note| note.line != n && !(note.line == row && note.skipped == Skipped::DeviceRow));
            list.structure.push((n, n));
            list.structure.push((row, row));
        }
    }
}

/// A typed list's last name cut inside a word, a known app's beginning (`Google Pho`,
/// `Candy Cru`, `Minec`; [`super::catalogue::cut_short`]), whatever frame follows it (a
/// chat's `(edited)`, a sign-off): the copy, the screenshot's text or the message stopped
/// in that name. A note on its line; the name stays an entry, for recognition.
pub(super) fn last_name_cut(list: &mut AppList) {
    if !matches!(list.format, Format::Lines | Format::Separated) {
        return;
    }
    let Some(last) = list.entries.last() else {
        return;
    };
    let line = last.line;
    // (Or, in a stream of names in lower case, as dictation writes them, its last word or
    // two: `… viva engage tagessc`, `… company por`.)
    let stream = || {
        let text = crate::text::trim(&last.text);
        let words: Vec<&str> = text.split(' ').collect();
        // (A stream of names: two words at least, or two words together, that are known
        // apps' names; a sentence in lower case, `the others hardly ever`, has none.)
        let known = |at: usize| {
            let one = words.get(at).is_some_and(|w| super::catalogue::known(w));
            let two = words
                .get(at..at + 2)
                .is_some_and(|pair| super::catalogue::known(&pair.join(" ")));
            one || two
        };
        words.len() >= 4
            && !text.bytes().any(|b| b.is_ascii_uppercase())
            && (0..words.len() - 1).filter(|&at| known(at)).nth(1).is_some()
            // (Its last word, then its last two: after the last space, then the one before.)
            && text
                .rmatch_indices(' ')
                .take(2)
                .any(|(at, _)| text.get(at + 1..).is_some_and(super::catalogue::cut_short))
    };
    if last.identifier.is_some()
        || list.notes.iter().any(|n| n.line == line)
        || !(super::catalogue::cut_short(&last.text) || stream())
    {
        return;
    }
    let excerpt = excerpt(&last.text);
    list.notes.push(Note {
        line,
        skipped: Skipped::Elsewhere { excerpt },
    });
}

/// A tool's last row short of the shape every row right above it has, three at least up
/// to a blank line or the command (the copy stopped in it): each ends in the same extension, `ls
/// /Applications`'s `.app` (`Microso`); each ends in a version in brackets, `mas list`'s
/// `(16.80)`; each is a name and a version, `pacman -Q`'s `base 3-2` (`keepas`); or the
/// last ends in a package family name short of its publisher's thirteen letters
/// (`5319275A.WhatsAppDesktop_cv`) under one that has them.
fn shape_cut(last: &str, lines: &[&str]) -> bool {
    let last = last.trim_end();
    let above: Vec<&str> = lines
        .iter()
        .rev()
        .skip(1)
        .copied()
        .take_while(|l| !is_blank(l) && !typed_command(crate::text::trim(l)))
        .take(8)
        .map(str::trim_end)
        .collect();
    fn tail(l: &str) -> &str {
        l.rsplit([' ', '\t']).next().unwrap_or("")
    }
    // (A Windows package's family name: its name, `_`, and its publisher's thirteen
    // letters and digits, `_8wekyb3d8bbwe`; a launcher's `!App` after it.)
    let publisher = |l: &str| {
        let word = tail(l);
        let word = word.split('!').next().unwrap_or(word);
        word.rsplit_once('_')
            .filter(|(name, _)| name.contains('.'))
            .map(|(_, id)| id)
            .filter(|id| id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
            .map(str::len)
    };
    if publisher(last).is_some_and(|n| (1..13).contains(&n)) && above.iter().any(|l| publisher(l) == Some(13)) {
        return true;
    }
    if above.len() < 3 {
        return false;
    }
    fn extension(l: &str) -> Option<&str> {
        l.rsplit_once('.')
            .map(|(_, ext)| ext)
            .filter(|ext| (2..=4).contains(&ext.len()) && ext.bytes().all(|b| b.is_ascii_lowercase()))
    }
    let bracketed_version = |l: &str| {
        l.strip_suffix(')')
            .and_then(|l| l.rsplit_once('('))
            .is_some_and(|(_, v)| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
    };
    let name_and_version = |l: &str| {
        let mut words = l.split(' ');
        matches!(
            (words.next(), words.next(), words.next()),
            (Some(name), Some(version), None) if !name.is_empty() && version.starts_with(|c: char| c.is_ascii_digit())
        )
    };
    // (`tidevice applist`'s rows: an identifier, the app's name, its version last.)
    let identifier = |w: &str| {
        w.contains('.')
            && !w.starts_with('.')
            && w.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
    };
    let id_name_version = |l: &str| {
        let mut words = l.split(' ');
        let first = words.next().unwrap_or("");
        let last = words.next_back();
        identifier(first)
            && last.is_some_and(|v| {
                v.starts_with(|c: char| c.is_ascii_digit()) && v.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            })
            && words.next().is_some()
    };
    // (Not a row whose name is its identifier again, without a version: ideviceinstaller's
    // own for an app with neither, `com.example.timesheet - com.example.timesheet`.)
    let named_by_its_id = last.split(' ').next() == last.rsplit(' ').next() && last.contains(' ');
    if above.iter().all(|l| id_name_version(l))
        && !id_name_version(last)
        && !named_by_its_id
        && last.split(' ').next().is_some_and(identifier)
    {
        return true;
    }
    let first_ext = above.first().copied().and_then(extension);
    // (Rows of a name alone, no tab, and no remark or footer after them, `Eso es todo.`,
    // `Showing 1 to 16 of 16 records`: a tabbed row's cells are weighed by `fewer_cells`.)
    let bare = !last.ends_with(['.', '!', '?']) && !last.contains(|c: char| c == '\t' || c.is_ascii_digit());
    first_ext.is_some_and(|ext| {
        bare && above.iter().all(|l| extension(l) == Some(ext) && !l.contains('\t')) && extension(last).is_none()
    }) || above.iter().all(|l| bracketed_version(l)) && !last.ends_with(')')
        || above.iter().all(|l| name_and_version(l)) && !last.contains(' ')
}

/// A last row of fewer cells than every row right above it has, as many each: a drawn
/// table's between bars (`| Signal |` under `| Slack | 4.1 | com.slack |`), a copy's
/// between tabs (`Microsoft T` under `Strava<TAB>351.2 MB`), or its first cell only under
/// columns set apart by spaces. The copy stopped in it.
fn fewer_cells(last: &str, lines: &[&str]) -> bool {
    let barred = |l: &str| {
        let l = l.trim();
        l.starts_with(['|', '│'])
            .then(|| l.trim_matches(['|', '│']).split(['|', '│']).count())
    };
    let tabbed = |l: &str| l.contains('\t').then(|| l.trim_end().split('\t').count());
    let above = || lines.iter().rev().skip(1).copied().take_while(|l| !is_blank(l)).take(8);
    let short = |cells: &dyn Fn(&str) -> Option<usize>, last_cells: usize, fewest: usize| {
        let counts: Vec<usize> = above().map_while(cells).collect();
        counts.len() >= fewest
            && counts
                .first()
                .is_some_and(|&first| counts.iter().all(|&c| c == first) && last_cells < first)
    };
    // (Or columns set apart by two spaces or more, `- Facebook    com.facebook.katana`: the
    // last row its first cell only, ` - Shazam       `, under rows of as many cells each.)
    let spaced = |l: &str| {
        let l = l.trim();
        (!l.is_empty()).then(|| l.split("  ").filter(|c| !c.trim().is_empty()).count())
    };
    match barred(last) {
        Some(n) => short(&barred, n, 2),
        None => {
            short(&tabbed, last.trim_end().split('\t').count(), 3)
                || spaced(last) == Some(1) && short(&|l: &str| spaced(l).filter(|&n| n >= 2), 1, 3)
        }
    }
}

/// A table's last row cut inside a cell after its first (`… | 435,3 MB | In` under rows
/// that say `Installed` there; `Candy Crush Saga<TAB>10.17<TAB>co`; `Chase<TAB>3.`): the
/// cell is shorter than the same column's in every row right above it (three at least,
/// with no blank line between, the header not counted), and begins one of them or ends as no value does, on a
/// dot or a dash.
fn cell_cut(last: &str, lines: &[&str]) -> bool {
    let delimiter = if last.contains('\t') {
        '\t'
    } else if last.trim_start().starts_with('|') || last.matches(" | ").nth(1).is_some() {
        '|'
    } else {
        return false;
    };
    let cells = |l: &str| -> Vec<String> {
        let l = l.trim();
        let l = if delimiter == '|' { l.trim_matches('|') } else { l };
        l.split(delimiter).map(|c| c.trim().to_owned()).collect()
    };
    let mine = cells(last);
    let Some((at, cell)) = mine.iter().enumerate().rev().find(|(_, c)| !c.is_empty()) else {
        return false;
    };
    // (A dash alone is no cut value but a table's mark for none, `| Company Portal | - |`.)
    if at == 0 || cell.chars().count() > 40 || matches!(cell.as_str(), "-" | "–" | "—" | "--") {
        return false;
    }
    let mut column: Vec<String> = lines
        .iter()
        .rev()
        .skip(1)
        .take_while(|l| !is_blank(l) && l.contains(delimiter))
        .take(21)
        .map(|l| cells(l).into_iter().nth(at).unwrap_or_default())
        .collect();
    // (The first row of the rows, when they begin here, may be their header, `ID`.)
    if column.len() < 21 {
        column.pop();
    }
    column.len() >= 3
        && column.iter().all(|c| c.len() > cell.len())
        && (column.iter().any(|c| c.starts_with(cell.as_str())) || cell.ends_with(['.', '-']))
}

/// An identifier cut at a dot, the last word of the last line (`package:com.`, pm's
/// `…/base.apk=com.google.android.apps.`): of two parts at least, or after `package:`
/// (`etc.` ends a sentence).
fn identifier_cut(last: &str, broken: bool) -> bool {
    let word = last.trim_end().rsplit([' ', '\t', '=', ',', ';']).next().unwrap_or("");
    // (The last of names written as a sentence, after a comma, ends it with its full stop:
    // `Slack, Outlook, zoom.us.`.)
    if last
        .trim_end()
        .strip_suffix(word)
        .is_some_and(|before| before.ends_with(", "))
    {
        return false;
    }
    let (package, word) = match word.strip_prefix("package:") {
        Some(rest) => (true, rest),
        None => (last.trim_start().starts_with("package:"), word),
    };
    word.strip_suffix('.').is_some_and(|stem| {
        stem.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
            && stem
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_'))
            && !stem.ends_with('.')
            && (package || stem.contains('.') && broken)
    })
}

/// A numbered list's next number alone on its line (`8.` under `7. Telegram`) with no
/// numbered item after it, only other words (`oops, sent too early`): the list stopped
/// there, before its item. (As the text's last line, [`settle`] notes it already.)
fn bare_number_stopped(list: &mut AppList, lines: &[&str]) {
    // (A list's number: digits, then `.` or `)`.)
    let number = |l: &str| -> Option<(u64, bool)> {
        let t = crate::text::trim(l);
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        let n: u64 = t.get(..digits).filter(|d| (1..=3).contains(&d.len()))?.parse().ok()?;
        let rest = t.get(digits..)?;
        let rest = rest.strip_prefix(['.', ')'])?;
        Some((n, rest.trim().is_empty()))
    };
    // (Most lines begin with no digit: let go by their first byte.)
    let numbered = |l: &&str| crate::text::trim(l).as_bytes().first().is_some_and(u8::is_ascii_digit);
    let Some(at) = lines
        .iter()
        .position(|l| numbered(l) && number(l).is_some_and(|(_, bare)| bare))
    else {
        return;
    };
    let Some((n, _)) = lines.get(at).and_then(|l| number(l)) else {
        return;
    };
    let above = lines.get(..at).unwrap_or_default().iter().rev().find(|l| !is_blank(l));
    let follows = above
        .and_then(|l| number(l))
        .is_some_and(|(m, bare)| !bare && m + 1 == n);
    let later = lines.get(at + 1..).unwrap_or_default();
    let more = later.iter().any(|l| !is_blank(l));
    let numbered_after = later.iter().any(|l| numbered(l) && number(l).is_some());
    if follows && more && !numbered_after && list.entries.iter().any(|e| e.line <= at) {
        list.notes.push(Note {
            line: at + 1,
            skipped: Skipped::Elsewhere {
                excerpt: excerpt(crate::text::trim(lines.get(at).unwrap_or(&""))),
            },
        });
    }
}

/// The last row of a column of identifiers cut inside its identifier, short of its dots
/// or its last part: one word like each row right above it (three at least), after the
/// same prefix (`AppDomain-`), each of theirs with a dot and a last part of three letters
/// or more, and this one the beginning of their first part, with no dot (`AppDomain-com`,
/// `AppDomain-c`), or with a last part of one letter (`AppDomain-com.g`).
fn dotted_cut(last: &str, lines: &[&str]) -> bool {
    let last = last.trim();
    if last.contains(char::is_whitespace) || last.len() > 200 {
        return false;
    }
    // (The prefix: up to the identifier's first lower-case letter after a `-` or `:`.)
    let split = |row: &str| -> (String, String) {
        let at = row
            .rfind(['-', ':'])
            .filter(|&at| !row.get(..at).unwrap_or("").contains('.'));
        match at {
            Some(at) => (
                row.get(..=at).unwrap_or("").to_owned(),
                row.get(at + 1..).unwrap_or("").to_owned(),
            ),
            None => (String::new(), row.to_owned()),
        }
    };
    let (prefix, id) = split(last);
    let plain = |id: &str| {
        !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
    };
    if !plain(&id) {
        return false;
    }
    let above: Vec<(String, String)> = lines
        .iter()
        .rev()
        .skip(1)
        .take_while(|l| !is_blank(l))
        .take(3)
        .map(|l| split(l.trim()))
        .collect();
    let tail = |id: &str| id.rsplit('.').next().unwrap_or("").len();
    above.len() == 3
        && above
            .iter()
            .all(|(p, i)| *p == prefix && plain(i) && i.contains('.') && tail(i) >= 3)
        && (tail(&id) == 1 && id.contains('.')
            // (With no dot, the beginning of a first part above, `com`: not an identifier
            // of one part, Pinterest's `pinterest`.)
            || !id.contains('.') && above.iter().any(|(_, i)| i.split('.').next().is_some_and(|first| first.starts_with(id.as_str()))))
}

/// A CSV export's last row short of the header's cells, under two rows or more that each
/// have them all, filled (`Chase,7.13.57` under rows of five): the copy stopped in it.
fn csv_row_cut(input: &str, lines: &[&str]) -> bool {
    // (The header is the first line of three cells at least: a greeting may be above it,
    // `Hey, pasting my apps here`.)
    let cells = |l: &&str| {
        [b',', b';', b'\t']
            .iter()
            .any(|&d| l.bytes().filter(|&b| b == d).count() >= 2)
    };
    let Some(at) = lines.iter().position(cells) else {
        return false;
    };
    let header = lines.get(at).copied().unwrap_or("");
    let Some(delimiter) = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|&d| header.bytes().filter(|&b| b == d).count())
    else {
        return false;
    };
    let records: Vec<(usize, Vec<String>)> = super::formats::csv_records(input, delimiter)
        .into_iter()
        .filter(|(n, _)| *n > at)
        .collect();
    let Some(((_, head), rest)) = records.split_first() else {
        return false;
    };
    let Some(((at_last, last), rows)) = rest.split_last() else {
        return false;
    };
    // (A form's fields under the table after a blank line, `Date: …<TAB>Signature:`, every
    // cell a label, are no row of it.)
    let fields = last.iter().all(|c| c.trim().is_empty() || c.contains(':'));
    if fields
        && rows
            .last()
            .is_some_and(|(above, _)| at_last - above > 1 && lines.get(at_last - 2).is_some_and(|l| is_blank(l)))
    {
        return false;
    }
    let width = head.len();
    // (A sheet's total under its rows, `Total<TAB>29`, is no row cut short.)
    let total = last
        .first()
        .is_some_and(|c| super::formats::COUNT_TOTAL.contains(&crate::case::lower(c.trim().trim_end_matches(':'))));
    if total {
        return false;
    }
    // (And every row above has the cells it lacks filled: a column some rows leave empty,
    // `Notes`, is one a row typed by hand may leave out, `Outlook,1.2`.)
    // (Or the first it lacks is filled in every row above, `Travel<TAB>Bo` under rows
    // with their versions and some notes.)
    width >= 3
        && rows.len() >= 2
        && (2..width).contains(&last.len())
        && rows.iter().all(|(_, r)| {
            r.len() == width
                && r.get(last.len()..)
                    .and_then(<[String]>::first)
                    .is_some_and(|lacked| !lacked.trim().is_empty())
        })
}

/// The three rows right above a text's last line, with no blank line between (fewer when
/// there are fewer): what [`spaced_unlike_rows`] and [`written_as_rows`] weigh it against.
fn three_rows_above<'a>(lines: &[&'a str]) -> Vec<&'a str> {
    lines
        .iter()
        .rev()
        .skip(1)
        .copied()
        .take_while(|l| !is_blank(l))
        .take(3)
        .collect()
}

/// Whether a line has a space after a comma or a semicolon, as a sentence does and an
/// export's row does not.
fn spaced(line: &str) -> bool {
    line.contains(", ") || line.contains("; ")
}

/// Whether a CSV's last line has a space after a comma or a semicolon where none of the
/// three rows above it has one: a sentence's comma, not a row's delimiter.
fn spaced_unlike_rows(last: &str, lines: &[&str]) -> bool {
    let above = three_rows_above(lines);
    spaced(last) && above.len() == 3 && above.iter().all(|l| !spaced(l))
}

/// Whether a CSV's last line is written as the three rows above it are, its cells
/// quoted or not as theirs, a space after its delimiters or not as theirs, and its first
/// cell beginning as most of theirs do ([`kind`]): a row of the export, not a remark typed
/// under it.
fn written_as_rows(last: &str, lines: &[&str]) -> bool {
    let above = three_rows_above(lines);
    let quoted = |l: &str| l.trim_start().starts_with('"');
    let head = |l: &'_ str| l.split([',', ';', '\t']).next().unwrap_or("").trim().to_owned();
    let first = |l: &str| kind(head(l).trim_start_matches('"'));
    let alike = above.iter().filter(|l| first(l) == first(last)).count();
    // (And short of two cells at least: a row without its last, a version a person left
    // out, `PC1,Outlook`, may be whole.)
    let cells = |l: &str| {
        [b',', b';', b'\t']
            .iter()
            .map(|&mark| delimited(l, mark).len())
            .max()
            .unwrap_or(1)
    };
    // (And quoted as every row is, or its first cell the row's above, a device's or a
    // group's column, `LT-MAC-0193`: a count row, `Anzahl Programme;3`, a source's line,
    // `Source:Intune,exported by jdoe`, are none.)
    let same_first = above
        .first()
        .is_some_and(|l| head(l) == head(last) && !head(last).is_empty());
    above.len() == 3
        && above
            .iter()
            .all(|l| quoted(l) == quoted(last) && spaced(l) == spaced(last))
        && alike >= 2
        && above.iter().all(|l| cells(l) >= cells(last) + 2)
        && (quoted(last) && last.trim_end().ends_with('"') || same_first)
}

/// A screen's list copied with each app's details under its name (a size, `Last used:
/// …`: Android's and iOS's storage screens), whose last line is a name without them,
/// under three names or more that each have theirs, every name of the block: the copy
/// stopped in that app's row.
/// (The caller asks that the last line be read as an app's, not a remark, `Thanks!`.)
fn details_cut(lines: &[&str]) -> bool {
    let value = |l: &str| super::formats::screen_value(crate::text::trim(l));
    let mut above = lines.iter().rev().copied().filter(|l| !is_blank(l));
    if above.next().is_none_or(value) {
        return false;
    }
    // (From the line above up: details, then their name, for every name of the block, up
    // to a line over it with none, its heading: a name without details in the block says
    // the screen shows some without them.)
    let (mut names, mut details, mut over) = (0, 0, None);
    for (at, line) in above.by_ref().enumerate() {
        if value(line) {
            details += 1;
        } else if details == 0 {
            over = Some(at);
            break;
        } else {
            names += 1;
            details = 0;
        }
    }
    // (Over the block, a screen's title and its count at most, `All apps`, `13 apps`: a
    // name without details further up says the screen shows some without them.)
    names >= 3 && over.is_none_or(|_| above.count() < 3)
}

/// A screen's list copied with each app's details under its name (`Last Used: …`, then a
/// size: iOS's storage screen), whose last app has fewer of them than every app right above
/// it, three at least, has, as many each (`Subway Surfers` `Last Used: 11/20/20` under apps
/// with a date and a size): the copy stopped in that app's row (red team rt86).
fn details_short(lines: &[&str]) -> bool {
    let value = |l: &str| super::formats::screen_value(crate::text::trim(l));
    let mut rows = lines.iter().rev().copied().filter(|l| !is_blank(l));
    // (The details under the last name, one at least: a name alone is `details_cut`'s.)
    let mut last = 0;
    for line in rows.by_ref() {
        if value(line) {
            last += 1;
        } else {
            break;
        }
    }
    if last == 0 {
        return false;
    }
    // (Then each name above with its details, counted from the bottom up.)
    let (mut counts, mut details) = (Vec::new(), 0);
    for line in rows {
        if value(line) {
            details += 1;
        } else if details == 0 {
            break;
        } else {
            counts.push(details);
            details = 0;
            if counts.len() == 4 {
                break;
            }
        }
    }
    let Some(&first) = counts.first() else {
        return false;
    };
    counts.len() >= 3 && counts.iter().all(|&c| c == first) && last < first
}

/// A phone's screen of apps copied with each app's details (its size, its time, when it
/// was last used: [`super::formats::screen_value`]) beside or under its name, whose last
/// app has none, with nothing after it but blank lines and the message's frame (`Sent
/// from my iPhone`): the copy stopped at the screen's bottom, in that app's row
/// (`Todoist` `180 Mo` `Leboncoin`; `Temu  713 MB` `Google Photos`). The three apps
/// right above it at least have details, and three at most above them none, or half as
/// many (a screen's title, view and sort read as apps). Not when a line after it says
/// the list is all, nor when the screen counts its apps and the rows are as many. A note
/// on the last app's line.
pub(super) fn details_missing(list: &mut AppList, lines: &[&str]) {
    if list.format != Format::Lines || list.entries.len() < 4 {
        return;
    }
    let value = |l: &str| super::formats::screen_value(crate::text::trim(l));
    let line = |n: usize| lines.get(n.wrapping_sub(1)).copied().unwrap_or("");
    // (Beside the name, its last words, `Temu  713 MB`, `Waze  3 u 40 m`.)
    let beside = |l: &str| {
        let l = crate::text::trim(l);
        let mut at = l.len();
        (0..4).any(|_| {
            let Some(space) = l.get(..at).and_then(|head| head.rfind(' ')) else {
                return false;
            };
            at = space;
            !crate::text::trim(&l[..at]).is_empty() && value(&l[at..])
        })
    };
    // (Under it, up to the next app.)
    let details = |at: usize| {
        let Some(entry) = list.entries.get(at) else {
            return false;
        };
        let next = list.entries.get(at + 1).map_or(lines.len() + 1, |e| e.line);
        beside(line(entry.line)) || (entry.line + 1..next).any(|n| value(line(n)))
    };
    let last_at = list.entries.len() - 1;
    let Some(last) = list.entries.last() else {
        return;
    };
    let n = last.line;
    // (Nor a remark that the list is all read as a name, `to cała lista`, nor the
    // screen's button under its last row, `Show less`, `Mostra meno`.)
    let said = crate::text::trim(line(n));
    if details(last_at)
        || said.ends_with(['.', '!', '?'])
        || super::formats::says_all(said)
        || SHOW_LESS.contains(said)
        || list.notes.iter().any(|note| note.line >= n)
    {
        return;
    }
    // (Each on a line of its own: not the pieces of a line of commas, `Sent: Monday,
    // March 2, 2020 9:14 AM`.)
    let own_line = |at: usize| {
        let line_of = |i: usize| list.entries.get(i).map(|e| e.line);
        line_of(at) != line_of(at + 1) && (at == 0 || line_of(at - 1) != line_of(at))
    };
    // (Right under the app before and its details, no blank line between: a signature's
    // `Mob: +44 7700 900269` under a blank line and a sign-off is no row of the screen.)
    let before = list.entries.get(last_at.wrapping_sub(1)).map_or(0, |e| e.line);
    if (before + 1..n).any(|i| is_blank(line(i))) {
        return;
    }
    let run = (0..last_at).rev().take_while(|&at| own_line(at) && details(at)).count();
    // (Above them, a screen's title, its view and its sort read as apps: three, or as
    // many as half the run.)
    if run < 3 || last_at - run > 3.max(run / 2) {
        return;
    }
    let after = || lines.iter().skip(n).map(|l| crate::text::trim(l));
    if after().any(super::formats::says_all)
        || lines.iter().any(|l| {
            super::formats::stated_total(crate::text::trim(l)).is_some_and(|count| count <= list.entries.len())
        })
    {
        return;
    }
    let excerpt = excerpt(line(n));
    list.notes.push(Note {
        line: n,
        skipped: Skipped::Elsewhere { excerpt },
    });
}

/// A screen's button under its list once all of it shows, in the eight languages.
const SHOW_LESS: Words = words!(
    "show less|weniger anzeigen|afficher moins|mostrar menos|ver menos|mostra meno|minder weergeven|toon minder|pokaż mniej",
);

/// A screen's sign that more of it is below, alone on a line after the last app (`▼`,
/// `⌄`, `⬇️`): the copy stopped at the screen's bottom. A note on its line.
pub(super) fn more_below(list: &mut AppList, lines: &[&str]) {
    let Some(last) = list.entries.last() else {
        return;
    };
    let below = |l: &str| {
        let l = crate::text::trim(l);
        !l.is_empty()
            && l.chars().all(|c| {
                matches!(
                    c,
                    '▼' | '▾' | '⌄' | '⌵' | '↓' | '⬇' | '﹀' | '⏬' | '🔽' | '⇣' | '\u{fe0f}' | ' '
                )
            })
    };
    if let Some(at) = lines.iter().skip(last.line).position(|l| below(l)) {
        let n = last.line + at + 1;
        let excerpt = excerpt(crate::text::trim(lines.get(n - 1).copied().unwrap_or("")));
        list.notes.push(Note {
            line: n,
            skipped: Skipped::Elsewhere { excerpt },
        });
    }
}

/// A search typed above its results (a phone's app screen copied with a search in its
/// box: a screenshot's Live Text, or the box's text copied with the list): the list's
/// first line, a few words in lower case as people type them (`teams`, `whats`), with
/// the box's marks around it (`← teams ×`, a magnifier read as `Q`), and every app under
/// it (two or more, not all the same, each with a capital as a screen shows names) has
/// those words at the start of a word of its name (`Microsoft Teams`, `Teams Classic`).
/// The apps without them are not here: a note on that line, which is what was typed, not
/// an app. (A name in capitals over its kin, `WhatsApp` over `WhatsApp Business`, is an
/// app; so is a first app no other shares; so is a list typed in lower case.)
pub(super) fn search_results(list: &mut AppList, lines: &[&str]) {
    if list.format != Format::Lines || list.entries.len() < 2 {
        return;
    }
    // (The search box's label, when the copy has it, `Search` over what was typed: read as
    // an app at first.)
    const LABEL: Words =
        words!("search|suche|suchen|rechercher|recherche|buscar|cerca|szukaj|pesquisar|zoeken|搜索|検索");
    let labelled = list
        .entries
        .first()
        .is_some_and(|e| LABEL.contains(crate::text::trim(&e.text)));
    let Some(first) = list.entries.get(usize::from(labelled)) else {
        return;
    };
    let at = first.line;
    let line = lines.get(at.wrapping_sub(1)).copied().unwrap_or("");
    // (The first line with words, under a search box's label at most, and a screen's title
    // over that.)
    if lines.iter().take(at.saturating_sub(1)).filter(|l| !is_blank(l)).count() > 1 + usize::from(labelled) {
        return;
    }
    let typed = crate::text::trim(line);
    let typed = typed.trim_start_matches(['←', '<', '⌕', '🔍', '‹']).trim_start();
    let typed = typed.strip_prefix("Q ").unwrap_or(typed);
    let typed = typed.trim_end_matches(['×', '✕', '✖', '⌫']).trim_end();
    let words = typed.split_whitespace().count();
    if !(1..=3).contains(&words)
        || typed.chars().count() < 2
        || typed.len() > 40
        || typed.bytes().any(|b| b.is_ascii_uppercase() || b == b'.')
        || !typed.chars().any(char::is_alphabetic)
    {
        return;
    }
    let found = |text: &str| {
        text.char_indices().any(|(i, _)| {
            let start = text
                .get(..i)
                .and_then(|t| t.chars().next_back())
                .is_none_or(|c| !c.is_alphanumeric());
            start
                && text
                    .get(i..i + typed.len())
                    .is_some_and(|t| t.eq_ignore_ascii_case(typed))
        })
    };
    let results = || list.entries.iter().skip_while(|e| e.line <= at);
    // (Two at least that are not what was typed, one under the search box's label:
    // counted no further.)
    let others = || {
        results()
            .filter(|e| !e.text.eq_ignore_ascii_case(typed))
            .nth(usize::from(!labelled))
            .is_some()
    };
    // (Results as the screen shows their names, with a capital: a list typed in lower case,
    // `google` over `google maps`, is a person's.)
    let shown = |text: &str| text.bytes().any(|b| b.is_ascii_uppercase()) || !text.is_ascii();
    if !results().all(|e| found(&e.text) && shown(&e.text)) || !others() {
        return;
    }
    let label = list.entries.first().filter(|_| labelled).map(|e| e.line);
    list.entries.retain(|e| e.line != at && Some(e.line) != label);
    if let Some(label) = label {
        list.structure.push((label, label));
    }
    list.notes.push(Note {
        line: at,
        skipped: Skipped::Elsewhere { excerpt: excerpt(line) },
    });
}

/// Whether a line opens a bracket or a quote and writes after it without closing it.
/// (A smiley's bracket, `:(`, `:-(`, and an inch's mark after a number, `27"`, open
/// nothing; nor does a bracket a column's `…` cut, `Zoom (64-bit) - Installer (…`.)
fn unclosed(line: &str) -> bool {
    let mut open = 0usize;
    let mut dots = 0;
    let mut quoted = false;
    let mut written = false;
    let mut previous = ' ';
    for c in line.chars() {
        match c {
            '"' if previous.is_ascii_digit() && !quoted => {}
            '"' => {
                quoted = !quoted;
                written = false;
            }
            _ if quoted => written |= c.is_alphanumeric(),
            '(' | '[' | '{' if !matches!(previous, ':' | ';' | '-' | '=') => {
                open += 1;
                written = false;
            }
            ')' | ']' | '}' => open = open.saturating_sub(1),
            '…' => return false,
            // (Or three dots, PowerShell 5's mark of a cell it shortened, `Adblock Plus for IE
            // (32-bit... 1.6`.)
            '.' if dots == 2 => return false,
            _ => written |= c.is_alphanumeric(),
        }
        dots = if c == '.' { dots + 1 } else { 0 };
        previous = c;
    }
    (quoted || open > 0) && written
}

/// A table's or a spreadsheet's total row (`Total\t\t84`, `Grand Total,84`,
/// `Gesamtergebnis;84`): the export's structure, not an app — and where its number is
/// more than the rows above it hold (the same column's numbers added up, or the rows
/// counted), rows are hidden or were left out: a note that the list goes on elsewhere.
pub(super) fn total_rows(list: &mut AppList, lines: &[&str]) {
    if !matches!(list.format, Format::Lines | Format::Csv | Format::Table) || list.entries.len() < 2 {
        return;
    }
    let line_of = |n: usize| lines.get(n.wrapping_sub(1)).copied().unwrap_or("");
    // (Most entries: let go by their first byte, no total's word's.)
    let totals: Vec<(usize, usize, u64)> = list
        .entries
        .iter()
        // (The name a reader took is the first cell, `Total`, or the line: `Total\t84`;
        // its first word a total's first, `Total`, `Grand`. Most names' is none: let go
        // by its first letter, then by its length.)
        // (Or a number taken from the app's column of a row whose first cell says it is
        // the total, `Total<TAB>18` under a sheet's category and app columns.)
        .filter(|e| {
            e.text.len() <= 40
                && (total_head(e.text.trim_matches('*'))
                    || e.text.as_bytes().first().is_some_and(u8::is_ascii_digit)
                        && row_cells(line_of(e.line)).next().is_some_and(|c| total_head(c.trim())))
        })
        .filter_map(|e| total_row_in(row_cells(line_of(e.line))).map(|(at, total)| (e.line, at, total)))
        .collect();
    if totals.is_empty() {
        return;
    }
    // (The total rows out at once, and each column's numbers added up once: a text of
    // thousands of total rows read them all again for each.)
    let total_lines = crate::small_sort::sorted_unique(totals.iter().map(|&(line, ..)| line).collect());
    list.entries.retain(|e| total_lines.binary_search(&e.line).is_err());
    let mut rows: Vec<usize> = list.entries.iter().map(|e| e.line).collect();
    rows.dedup();
    // (A Markdown or a drawn table's total weighs its own rows, framed as it is: not a
    // mail's lines around the table, `Zuidas 40, 1082 MD Amsterdam` in a signature.)
    let framed_line = |n: usize| line_of(n).trim_start().starts_with(['|', '│']);
    let mut above_in: Vec<Column> = Vec::new();
    // (Not a list typed without bars under a total row that has them, `| Total | 6 |`:
    // then it weighs the rows above it.)
    let table = rows.iter().any(|&n| framed_line(n));
    for (line, at, total) in totals {
        let framed = framed_line(line) && table;
        // The same column's numbers added up (`450 MB` is 450; a blank cell none; a
        // first row that is no number, a header read as a row, left out); else the rows.
        let Column {
            above,
            numbers,
            count,
            known,
            ..
        } = match above_in.iter().find(|c| c.at == at && c.framed == framed) {
            Some(&column) => column,
            None => {
                let values: Vec<Option<u64>> = rows
                    .iter()
                    .filter(|&&n| !framed || framed_line(n))
                    .map(|&n| row_cells(line_of(n)).nth(at).map_or(Some(0), leading_number))
                    .collect();
                // (A column of no numbers, blank or text, `| Total | 3 |` beside names alone
                // or a platform's: the total counts the rows.)
                let numbers = values.iter().any(|v| v.is_some_and(|n| n > 0));
                // (Not a framed table's: its header is no row, and its first row's cell may be
                // no number, `| YouTube | free |`.)
                let values = match values.split_first() {
                    Some((None, rest)) if numbers && !framed => rest,
                    _ => values.as_slice(),
                };
                let count = (values.len() as u64).saturating_mul(1000);
                let sum: Option<u64> = values.iter().copied().sum::<Option<u64>>().filter(|_| numbers);
                let above = sum.unwrap_or(count);
                // (The numbers' sum, and whether every cell is one: over a cell that is none,
                // `n/a`, a total may be any larger.)
                let known = (values.iter().flatten().sum(), values.iter().all(Option::is_some));
                let column = Column {
                    at,
                    framed,
                    above,
                    numbers,
                    count,
                    known,
                };
                above_in.push(column);
                column
            }
        };
        list.weighed.push(line);
        // (Versions are no sizes: `| Total | 40 |` under `| App | Version |` counts apps.)
        // (Nor is a total that says it counts apps, `| Totaal | 43 apps |`.)
        let apps_said = row_cells(line_of(line))
            .nth(at)
            .is_some_and(|cell| counted_cell(cell.trim().trim_matches('*')).is_some());
        let numbers = numbers && !apps_said && !version_column(lines, line, at);
        let total = total.saturating_mul(1000);
        // (A Markdown or a drawn table's total of a column of numbers, sizes or prices, is
        // their sum, typed or copied with the table: rounded, over a cell that is no number,
        // over mixed units, `| Total | 1500 |` over 1499, `| Total | 1189 |` over 289, `n/a`
        // and 576. Under half their sum, `| Gesamt | 25 |` under hundreds of MB, or over
        // twice it and no more than a phone holds, `| Somme | 43 |` under 1, 4 and 3, it
        // counts the rows, as one beside no numbers does.)
        // (A row under it in the same table: no total of the table but an app so named
        // among its rows, `| Summa | 206 |`, a sum at most.)
        let (known, every) = known;
        let sum = framed
            && numbers
            && (total.saturating_mul(2) >= known
                && (!every || total <= known.saturating_mul(2).saturating_add(1000) || total > MOST_APPS * 1000)
                || framed_line(line + 1));
        let weighed_against = if numbers && !framed { above } else { count };
        if !sum && total > weighed_against.saturating_add(500) {
            list.notes.push(Note {
                line,
                skipped: Skipped::Elsewhere {
                    excerpt: excerpt(crate::text::trim(line_of(line))),
                },
            });
        } else {
            list.structure.push((line, line));
        }
    }
}

/// The most apps a count of a phone's apps may say: a total over twice its column's sum
/// and over this is a sum, of sizes that left some out (`| Total | 2976 |` over 1145 MB).
const MOST_APPS: u64 = 500;

/// The number a cell begins with (`450 MB`, `450.5`, `450,5`, `1,234`, `1 024`, `$12.50`), or zero
/// for a blank cell; `None` when it begins with none.
fn leading_number(cell: &str) -> Option<u64> {
    let cell = cell.trim().trim_start_matches(['$', '€', '£', '¥']);
    if cell.is_empty() {
        return Some(0);
    }
    let end = cell
        .bytes()
        .position(|b| !(b.is_ascii_digit() || matches!(b, b'.' | b',')))
        .unwrap_or(cell.len());
    // (Thousands set apart by a space, `1 024 MB`.)
    let group = cell.get(end..).and_then(|rest| rest.strip_prefix(' ')).filter(|rest| {
        rest.len() >= 3
            && rest.bytes().take(3).all(|b| b.is_ascii_digit())
            && !rest.as_bytes().get(3).is_some_and(u8::is_ascii_digit)
    });
    match (group.and_then(|g| g.get(..3)), integer(cell.get(..end)?)) {
        (Some(g), Some(thousands)) => {
            let g: u64 = g.parse().ok()?;
            Some(thousands.saturating_mul(1000).saturating_add(g).saturating_mul(1000))
        }
        _ => thousandths(cell.get(..end)?),
    }
}

/// A number in thousandths (whole numbers and decimals, without floating point: the
/// Wasm module would carry a float parser): `1,234` and `1.234` are thousands (groups
/// of three), `450,5` and `4.38` decimals.
fn thousandths(number: &str) -> Option<u64> {
    if !number.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        return None;
    }
    if let Some(n) = integer(number) {
        return Some(n.saturating_mul(1000));
    }
    let (int, frac) = number.split_once([',', '.'])?;
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || int.len() > 12 {
        // (`6.0.11`: a version, no number.)
        return None;
    }
    let frac = frac
        .bytes()
        .take_while(u8::is_ascii_digit)
        .take(3)
        .fold((0u64, 0), |(v, n), b| (v * 10 + u64::from(b - b'0'), n + 1));
    let scale = [1000u64, 100, 10, 1].get(frac.1).copied().unwrap_or(1);
    Some(
        int.parse::<u64>()
            .ok()?
            .saturating_mul(1000)
            .saturating_add(frac.0.saturating_mul(scale)),
    )
}

/// The cells of a row: split at tabs, else at commas or semicolons, else at runs of two
/// spaces or more.
fn cells(line: &str) -> Box<dyn Iterator<Item = &str> + '_> {
    if line.contains('\t') {
        Box::new(line.split('\t'))
    } else if line.contains(';') {
        // (Where a semicolon separates, a comma is a decimal one: `Slack;450,5`.)
        Box::new(line.split(';'))
    } else if line.contains(',') {
        Box::new(line.split(','))
    } else {
        Box::new(line.split("  ").filter(|c| !c.trim().is_empty()))
    }
}

/// A whole number as a spreadsheet writes it (`84`, `1,234`, `1.234`, `1 234`: groups of
/// three after a separator; `4.38` and `6.0.11` are versions).
fn integer(text: &str) -> Option<u64> {
    let mut groups = text.split([',', '.', ' ', '\'']);
    let first = groups.next()?;
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    if !digits(first) || first.len() > 12 {
        return None;
    }
    let mut value: u64 = first.parse().ok()?;
    for group in groups {
        if group.len() != 3 || !digits(group) {
            return None;
        }
        value = value.saturating_mul(1000).saturating_add(group.parse().ok()?);
    }
    Some(value)
}

/// A table's row's cells as [`cells`] splits them, or, in a Markdown or a drawn table's
/// row (`| Total | 40 |`), between its bars.
fn row_cells(line: &str) -> Box<dyn Iterator<Item = &str> + '_> {
    let framed = line.trim();
    if framed.len() > 2 && (framed.starts_with('|') && framed.ends_with('|') || framed.starts_with('│')) {
        return Box::new(framed.trim_matches(['|', '│']).split(['|', '│']));
    }
    cells(line)
}

/// Whether the column `at` of the Markdown or drawn table around line `line` (from 1) is
/// headed as versions (`Version`, `Ver.`, `Build`, `Versión`): its numbers add up to no
/// total. The header is the first row of the table's block of framed lines.
fn version_column(lines: &[&str], line: usize, at: usize) -> bool {
    let framed = |l: &&str| l.trim_start().starts_with(['|', '│']);
    let Some(block) = lines.get(..line.saturating_sub(1)) else {
        return false;
    };
    let top = block.iter().rposition(|l| !framed(l)).map_or(0, |i| i + 1);
    let header = block.get(top).copied().unwrap_or("");
    row_cells(header).nth(at).is_some_and(|cell| {
        let cell = crate::case::lower(cell.trim().trim_matches('*'));
        [
            "version", "ver.", "ver", "build", "versión", "versione", "versão", "release", "v",
        ]
        .iter()
        .any(|w| cell == *w || cell.starts_with("version") || cell.starts_with("versi"))
    })
}

/// A Markdown or a drawn table's total row (`| Total | 40 |`, `| **Total** | **40** |`):
/// its label, as a table's reader takes its first cell.
pub(super) fn framed_total(line: &str) -> Option<&str> {
    total_row_in(row_cells(line))?;
    row_cells(line)
        .next()
        .map(|label| label.trim().trim_matches('*').trim())
}

/// Whether a text's first word is the first of one of [`TOTAL`]'s.
fn total_head(text: &str) -> bool {
    let bytes = text.as_bytes();
    let heads: &[&str] = match bytes.first() {
        Some(b'T' | b't') => &["total", "totals", "totale", "totaal", "totalt"],
        Some(b'G' | b'g') => &["grand", "gesamt", "gesamtergebnis", "gesamtsumme"],
        Some(b'S' | b's') => &["summe", "suma", "summa", "sum", "somme", "somma", "soma", "som"],
        Some(b'I' | b'i') => &["insgesamt"],
        Some(b'E' | b'e') => &["eindtotaal"],
        Some(b'R' | b'r') => &["razem"],
        Some(0xE5..=0xE7) => &["合计", "总计", "合計", "總計"],
        Some(0xC5) => &["łącznie", "Łącznie"],
        _ => return false,
    };
    let end = bytes
        .iter()
        .take(15)
        .position(|b| matches!(b, b'\t' | b';' | b',' | b' ' | b':'))
        .unwrap_or(bytes.len());
    let word = bytes.get(..end).unwrap_or(bytes);
    heads
        .iter()
        .any(|h| h.len() == word.len() && h.as_bytes().eq_ignore_ascii_case(word))
}

/// The words a total row's first cell is.
const TOTAL: crate::text::Words = words!(
    "total|totals|grand total|total général|total general|total geral|totale|totale complessivo|totaal|eindtotaal|gesamt|gesamtergebnis|insgesamt|summe|gesamtsumme|suma|razem|totalt|summa|sum|somme|somma|soma|som|łącznie|Łącznie|合计|总计|合計|總計",
);

/// A total row: its first cell a word for the total, every other cell empty or a whole
/// number, one at least. The column and the number of its largest.
pub(super) fn total_row(line: &str) -> Option<(usize, u64)> {
    total_row_in(cells(line))
}

/// [`total_row`] of a row's cells.
fn total_row_in<'a>(cells: Box<dyn Iterator<Item = &'a str> + 'a>) -> Option<(usize, u64)> {
    let mut cells = cells.enumerate();
    let (_, label) = cells.next()?;
    // (In Markdown's bold too, `| **Total** | **40** |`.)
    if !TOTAL.contains(label.trim().trim_matches('*').trim_end_matches(':')) {
        return None;
    }
    let mut best: Option<(usize, u64)> = None;
    for (at, cell) in cells {
        let cell = cell.trim().trim_matches('*');
        if cell.is_empty() {
            continue;
        }
        // (Or a count with its word for apps, `| Totaal | 43 apps |`.)
        let n = integer(cell).or_else(|| counted_cell(cell))?;
        if best.is_none_or(|(_, b)| n > b) {
            best = Some((at, n));
        }
    }
    best
}

/// A column a total row weighs ([`total_rows`]), added up once: where it is, whether
/// among a framed table's rows; its sum or its rows (in thousandths), whether it has
/// numbers, its rows, and the sum of its numbers with whether every cell is one.
#[derive(Clone, Copy)]
struct Column {
    at: usize,
    framed: bool,
    above: u64,
    numbers: bool,
    count: u64,
    known: (u64, bool),
}

/// A total's cell that counts apps, `43 apps`, `43 Apps`: its number.
fn counted_cell(cell: &str) -> Option<u64> {
    let (number, word) = cell.split_once(' ')?;
    super::formats::APP_WORDS
        .contains(word.trim())
        .then(|| integer(number))
        .flatten()
}

/// A screen's detail as a kind and a value in one unit of it: a size in MB (0), a time
/// in minutes (1), a share in percent (2) — `1,2 GB`, `845,3 MB`, `4 hr 12 min`, `2h 5m`,
/// `2 Std. 5 Min.`, `85%`. `None` for any other detail.
fn detail_value(text: &str) -> Option<(u8, u64)> {
    let lower = crate::case::lower(crate::text::trim(text));
    let (mut kind, mut total, mut number): (Option<u8>, u64, Option<u64>) = (None, 0, None);
    let mut rest = lower.as_str();
    while !rest.is_empty() {
        rest = rest.trim_start_matches([' ', '.']);
        let digits = rest
            .bytes()
            .position(|b| !(b.is_ascii_digit() || matches!(b, b'.' | b',')))
            .unwrap_or(rest.len());
        if digits > 0 {
            number = Some(thousandths(rest.get(..digits)?)?);
            rest = rest.get(digits..)?;
            continue;
        }
        let word = rest
            .bytes()
            .position(|b| b.is_ascii_digit() || b == b' ')
            .unwrap_or(rest.len());
        let unit = rest.get(..word)?.trim_end_matches('.');
        rest = rest.get(word..)?;
        // (In thousandths of a kilobyte, of a second, of a percent.)
        let (k, scale, per) = match unit {
            "b" | "bytes" => (0, 1, 1024),
            "kb" | "ko" => (0, 1, 1),
            "mb" | "mo" => (0, 1024, 1),
            "gb" | "go" => (0, 1 << 20, 1),
            "tb" | "to" => (0, 1 << 30, 1),
            "h" | "hr" | "hrs" | "hour" | "hours" | "std" => (1, 3600, 1),
            "m" | "min" | "mins" | "minute" | "minutes" => (1, 60, 1),
            "s" | "sec" | "secs" | "seconds" => (1, 1, 1),
            "%" => (2, 1, 1),
            _ => return None,
        };
        if kind.is_some_and(|were| were != k) {
            return None;
        }
        kind = Some(k);
        total = total.saturating_add(number.take()?.saturating_mul(scale) / per);
    }
    kind.filter(|_| number.is_none()).map(|k| (k, total))
}

/// A row of a tool's table or an export that is only an ellipsis (`...`, `…`, `[...]`):
/// rows were left out there, as people shorten a table they paste. A note that the list
/// goes on elsewhere. (A typed list's own reader says so of its lines.)
pub(super) fn ellipsis_rows(list: &mut AppList, lines: &[&str]) {
    if matches!(list.format, Format::Lines | Format::Separated) {
        return;
    }
    for (at, line) in lines.iter().enumerate() {
        let text = crate::text::trim(line);
        // (Most rows: let go by their first byte.)
        if text.len() > 200 || !matches!(text.as_bytes().first(), Some(b'.' | b'[' | b'(' | b'|' | b'<' | 0xE2)) {
            continue;
        }
        if only_ellipses(text) {
            // (A reader may have taken it for an app's row: `⋮` in a CSV.)
            list.entries.retain(|e| e.line != at + 1);
            list.notes.push(Note {
                line: at + 1,
                skipped: Skipped::Elsewhere { excerpt: excerpt(text) },
            });
        }
    }
}

/// A typed line of names that ends in an ellipsis after a space (`• Duolingo …`,
/// `Widiba, Vinted, Strava ...`, `Hype …` among names), whatever follows it: the writer's
/// "and so on", the list goes on (red team rt86). A launcher's label cut short has no space
/// before its ellipsis, `Mobile Lege…`, and is a name. A note on the line; its names stay
/// entries.
pub(super) fn spaced_ellipsis(list: &mut AppList, lines: &[&str]) {
    if !matches!(list.format, Format::Lines | Format::Separated) {
        return;
    }
    let mut noted = Vec::new();
    for entry in &list.entries {
        let line = entry.line;
        let text = crate::text::trim(lines.get(line.wrapping_sub(1)).copied().unwrap_or(""));
        // (Most lines: let go by their last byte, a letter.)
        if !matches!(text.as_bytes().last(), Some(b'.' | 0xA6)) || noted.last() == Some(&line) {
            continue;
        }
        let spaced = [" ...", " ....", " …", " ….", "\t...", "\t…"]
            .iter()
            .any(|e| text.ends_with(e));
        if spaced && !list.notes.iter().any(|n| n.line == line) {
            noted.push(line);
        }
    }
    for line in noted {
        let text = crate::text::trim(lines.get(line.wrapping_sub(1)).copied().unwrap_or(""));
        list.notes.push(Note {
            line,
            skipped: Skipped::Elsewhere { excerpt: excerpt(text) },
        });
    }
}

/// Whether a row's every cell is an ellipsis (`...`, `…`, `⋮`, `...   ...`, `| … | … |`), or
/// an ellipsis says how many rows it stands for (`[... 40 rows ...]`).
fn only_ellipses(text: &str) -> bool {
    let mut dots = false;
    for cell in
        text.split(|c: char| c.is_whitespace() || matches!(c, '[' | ']' | '(' | ')' | '<' | '>' | '|' | ',' | ';'))
    {
        if cell.is_empty() {
            continue;
        }
        let ellipsis = cell.len() >= 3 && cell.bytes().all(|b| b == b'.') || matches!(cell, "…" | "⋯" | "⋮" | "……");
        dots |= ellipsis;
        let counted = cell.bytes().all(|b| b.is_ascii_digit()) || super::formats::is_rows_word(cell);
        if !ellipsis && !counted {
            return false;
        }
    }
    dots
}

/// A screen's copy that begins with an app's detail (`450 MB`, `2h 5m`) with no name above
/// it: the app the detail belongs to was scrolled off the top, where the screen writes
/// each detail under its name (so its last line is a detail too: a screen that writes each
/// detail above its name ends with a name). A note that the list goes on above. (A clock,
/// the status bar's `9:41`, is no app's detail.)
pub(super) fn detail_on_top(list: &mut AppList, lines: &[&str]) {
    if list.format != Format::Lines {
        return;
    }
    let mut filled = lines.iter().enumerate().filter(|(_, l)| !is_blank(l));
    let (Some((at, first)), Some((_, last))) = (filled.next(), filled.next_back()) else {
        return;
    };
    let detail = |text: &str| {
        let text = crate::text::trim(text);
        let clock = text.bytes().take_while(|&b| b != b' ').any(|b| b == b':');
        !clock && super::formats::screen_value(text)
    };
    // (Most lists: let go by their first line, no detail. The detail right over an app's
    // name: a screen's total over a heading, `4 hr 12 min` `Today`, is the screen's.)
    // (And a detail under it: the screen's details and names take turns from the top.)
    // (Each of the app's details, when the screen writes two: `Last Used: 02/12/2023`
    // over `120 MB`.)
    let mut below = lines
        .iter()
        .enumerate()
        .skip(at + 1)
        .filter(|(_, l)| !is_blank(l))
        .skip_while(|(_, l)| detail(l));
    let (next, after) = (below.next(), below.next());
    if !detail(first)
        || !detail(last)
        || list.entries.first().map(|e| e.line) != next.map(|(n, _)| n + 1)
        || !after.is_some_and(|(_, l)| detail(l))
    {
        return;
    }
    // A screen's total over its apps (`45.2 GB` of storage, `4h 12m` today) is no app's:
    // another kind of value than the apps' (`85%` over sizes), or at least all of theirs
    // added up. One app's is one of many.
    if let Some((kind, value)) = detail_value(first) {
        let others: Vec<(u8, u64)> = lines.iter().skip(at + 1).filter_map(|l| detail_value(l)).collect();
        let same: u64 = others.iter().filter(|(k, _)| *k == kind).map(|(_, v)| v).sum();
        if others.iter().all(|(k, _)| *k != kind) || value >= same {
            return;
        }
    }
    list.notes.push(Note {
        line: at + 1,
        skipped: Skipped::Elsewhere {
            excerpt: excerpt(crate::text::trim(first)),
        },
    });
}

/// An entry that a table's row, a JSON string or a comment gave, and that says the list
/// goes on (`(143 rows not shown)` under a CSV, `// 143 more`): a note, as a typed line
/// that says so is; a comment after a name (`"Zoom" /* 143 more */`) a note beside the
/// name, taken off it. (Typed lines met those rules when read: of theirs, only those with
/// a comment's or a string's mark are looked at again.) Before the entries are folded.
pub(super) fn said_more(list: &mut AppList, lines: &[&str]) {
    let typed = matches!(list.format, Format::Lines | Format::Separated);
    let mut said: Vec<usize> = Vec::new();
    let mut pointers: Vec<usize> = Vec::new();
    let last_line = list.entries.last().map_or(0, |e| e.line);
    let list_follows = |line: usize| last_line > line;
    let read = list.entries.len();
    list.entries.retain_mut(|e| {
        // (A comment's or a string's mark first: `// 143 more`, `"Zoom" /* … */`.)
        let marked = || {
            matches!(
                e.text.as_bytes().first(),
                Some(b'/' | b'#' | b'"' | b'\'' | b'<' | b'[')
            )
        };
        // (A reader's row that says which of more than were read it shows: a table's
        // footer, `Showing 1 to 2 of 47`, a row that counts the apps, `47 apps`, a comment
        // that counts the rows, `# 84 rows total`. Not any count: `Microsoft 365 Apps` is a
        // name. A typed line's own reader has told; a count has a digit.)
        let counts = || {
            (super::formats::says_of(&e.text)
                || super::formats::count_line(&e.text)
                || super::formats::count_label(&e.text))
                && super::formats::stated_total(&e.text).is_some_and(|total| total > read)
                || (marked() || e.text.starts_with("--"))
                    && super::formats::rows_total(&e.text).is_some_and(|total| total > read)
        };
        // (A tool's row that carries its app's identifier names that app, whatever the
        // words of its name: `Mail 360,19.7.24,Mail Ltd,com.coda.paint` is no part 360,
        // `Page 2` no page.)
        let identified = !typed && e.identifier.is_some();
        let says = if identified {
            None
        } else if !typed && e.text.bytes().any(|b| b.is_ascii_digit()) && counts() {
            Some(true)
        } else {
            (!typed || marked())
                .then(|| super::formats::says_more(&e.text))
                .flatten()
        };
        if says.is_some() && said.last() != Some(&e.line) {
            said.push(e.line);
        }
        // A pointer to a list (`see the list below`): the list's structure when one
        // follows it, else a note that it is elsewhere.
        if says.is_none() && !identified && points_below(&e.text) {
            if list_follows(e.line) {
                pointers.push(e.line);
            } else if said.last() != Some(&e.line) {
                said.push(e.line);
            }
            return false;
        }
        if says == Some(false) {
            let name = super::formats::before_comment(&e.text);
            if e.name.as_deref() == Some(e.text.as_str()) {
                e.name = Some(name.to_owned());
            }
            e.text = name.to_owned();
        }
        says != Some(true)
    });
    list.structure.extend(pointers.into_iter().map(|line| (line, line)));
    for line in said {
        let text = crate::text::trim(lines.get(line.wrapping_sub(1)).unwrap_or(&""));
        list.notes.push(Note {
            line,
            skipped: Skipped::Elsewhere { excerpt: excerpt(text) },
        });
    }
}

/// Whether an entry points to a list below it rather than naming an app (`see the list
/// below`, `Apps listed below`, `Below is my list`, `Liste unten`): a word for below first
/// or last, one for a list or for seeing it, seven words at most. (`Below Zero` is a
/// game.)
#[inline(never)]
pub(super) fn points_below(text: &str) -> bool {
    const BELOW: Words = words!("below|unten|untenstehend|ci-dessous|dessous|abajo|debajo|sotto|hieronder|poniżej");
    const LIST: Words = words!("list|listed|see|find|apps|siehe|liste|voir|ver|lista|vedi|zie");
    // (Most entries: one word, or their first and last words no word for below by their
    // length or first letter, let go before a word is compared.)
    let bytes = text.as_bytes();
    let begins = matches!(
        bytes.first().map(|b| b | 0x20),
        Some(b'b' | b'u' | b'c' | b'd' | b'a' | b's' | b'h' | b'p')
    );
    let last = bytes
        .iter()
        .rposition(|b| !matches!(b, b'.' | b':' | b'!' | b','))
        .and_then(|at| bytes.get(at));
    let ends = matches!(
        last.map(|b| b | 0x20),
        Some(b'w' | b'n' | b'd' | b's' | b'o' | b'r' | b'j')
    );
    if !begins && !ends {
        return false;
    }
    let (Some(first_end), Some(last_space)) = (
        bytes.iter().position(|&b| b == b' '),
        bytes.iter().rposition(|&b| b == b' '),
    ) else {
        return false;
    };
    let below = |from: usize, to: usize| {
        (5..=12).contains(&(to - from))
            && matches!(
                bytes.get(from).map(|b| b | 0x20),
                Some(b'b' | b'u' | b'c' | b'd' | b'a' | b's' | b'h' | b'p')
            )
            && text
                .get(from..to)
                .is_some_and(|w| BELOW.contains(w.trim_end_matches(['.', ':', '!', ','])))
    };
    (below(0, first_end) || below(last_space + 1, bytes.len()))
        && text.len() <= 64
        && text.split(' ').nth(7).is_none()
        && text.split([' ', '.', ':', ',']).any(|w| LIST.contains(w))
}

/// Accounts for every non-blank line of `input` (the text the reader read), and finds
/// the lines that only mention apps. `cut_at` is the first line not read for the size
/// limit; `rest_lines` the non-blank lines beyond the bytes that were read at all.
pub(super) fn settle(list: &mut AppList, lines: &[&str], cut_at: Option<usize>, rest_lines: usize) {
    // A text that ends on a comma or a joining word (`Slack, Zoom and`): cut before its
    // last name.
    if let Some((i, last)) = lines.iter().enumerate().rev().find(|(_, l)| !is_blank(l)) {
        let last = crate::text::trim(last);
        let word = last.rsplit(' ').next().unwrap_or("");
        let joined =
            last.contains(' ') && (super::formats::JOINERS.contains(word) || words!("or|oder|ou|o").contains(word));
        // (Or, typed by hand, on a series of names with an ellipsis after its last, `I have
        // Slack, Zoom, Outlook...`: a label alone cut by a launcher, `Mobile Lege…`, and a
        // table's cell cut to its column are no such end.)
        let typed = matches!(list.format, Format::Lines | Format::Separated);
        let trails = typed && (last.ends_with("...") || last.ends_with('…')) && last.contains([',', ';', '、']);
        // (A CSV's last row ends on a comma when its last cell is empty, as exports leave
        // `Tags` or `Install location`: no cut.)
        let comma = last.ends_with(',') && list.format != Format::Csv;
        // (Or, dictated, on a spoken separator or a joining word and a filler, `… Zoom
        // comma`, `… Word nieuwe regel`, `… Millennium e uh`: the speaker was cut off.)
        let spoken = typed && last.contains(' ') && super::formats::spoken_cut(last, lines);
        if (comma || joined || trails || spoken) && list.entries.iter().any(|e| e.line == i + 1) {
            list.notes.push(Note {
                line: i + 1,
                skipped: Skipped::Elsewhere { excerpt: excerpt(last) },
            });
        }
        // One that opens an item or a group nothing follows (`3.` after `2. Zoom`, a bare
        // bullet, `Private:` after the work apps, `The rest:`), after names: cut there.
        // (Not a chat's emoji code, `Thanks! :pray:`.)
        let emoji = last
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.len() > 2 && w.starts_with(':'));
        // (Or a section's heading in Markdown, `## Installed from unknown source`.)
        // (In a list typed or written as Markdown; under a table, `# 2 rows total` is a
        // comment.)
        let markdown = typed && last.len() <= 120 && super::formats::markdown_heading(last).is_some();
        // (Not a record's empty field that each record above has too, `ResourceId        :`
        // as `Format-List` writes every property.)
        let repeated = || {
            lines
                .get(..i)
                .unwrap_or_default()
                .iter()
                .any(|l| crate::text::trim(l) == last)
        };
        let heading = last.ends_with(':')
            && !emoji
            && last.len() <= 48
            && last.split_whitespace().nth(5).is_none()
            && !repeated()
            || markdown;
        // Or a screen still loading when it was copied (`Calculating…`, `Loading...`).
        // (An empty item or a progress line a reader took for an entry is none.)
        let no_app = super::formats::empty_item(last) || super::formats::still_at_work(last);
        // (A Markdown heading read as an app by an identifier in its words, `## Installed
        // from F-Droid (installer: org.fdroid.fdroid)`, is no app either.)
        if (heading && (markdown || !list.entries.iter().any(|e| e.line == i + 1)) || no_app)
            && list.entries.first().is_some_and(|e| e.line <= i)
        {
            list.entries.retain(|e| e.line != i + 1);
            list.notes.push(Note {
                line: i + 1,
                skipped: Skipped::Elsewhere { excerpt: excerpt(last) },
            });
        }
    }
    bare_number_stopped(list, lines);
    part_markers(list, lines);
    leading_part_markers(list, lines);
    numbering_gaps(list, lines);
    numbered_out_of(list, lines);
    alphabet_stops(list);
    unshown_collections(list, lines);
    cut_in_common_prefix(list, lines);
    row_numbers(list, lines);
    // A command copied with its output that shows only part of what it lists (`| head`,
    // `pm list packages -e`): whatever read its output, the list is not whole.
    for (i, line) in lines.iter().enumerate() {
        // (A command's lines counted, `ios apps --list | wc -l` over `47`, then the same
        // command printing fewer: the rest is not here.)
        if line.as_bytes().contains(&b'|') && (line.contains("wc -l") || line.contains("/c")) {
            if let Some(at) = counted_then_printed(lines, i, &list.entries) {
                list.notes.push(Note {
                    line: at + 1,
                    skipped: Skipped::Elsewhere {
                        excerpt: excerpt(crate::text::trim(lines.get(at).unwrap_or(&""))),
                    },
                });
            }
        }
        // A lister's command piped through a filter behind any prompt, or none (`➜  ~ adb
        // shell pm list packages -3 | head -20`, `MacBook-Pro:~ jdoe$ …`): no app, and
        // the list not whole. (Most lines have no `|`.)
        if line.contains('|') && piped_to_a_filter(line) {
            let rows = list.entries.len() as u64;
            // (A program's output, not a cmdlet's objects, is kept by its lines, `winget
            // list | Select-Object -First 15`, `dpkg -l | head -20`: its header and rule
            // among them; those up to the next prompt, or the end.)
            let printed = lines
                .iter()
                .skip(i + 1)
                .take_while(|l| !typed_command(crate::text::trim(l)))
                .collect::<Vec<_>>();
            let blank_after = printed.iter().rev().take_while(|l| is_blank(l)).count();
            let printed = (printed.len() - blank_after) as u64;
            let native = |c: &str| !c.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("get-"));
            let cut = |c: &&str| filtered(c) || limit_of(c).is_some_and(|n| n <= rows || native(c) && n <= printed);
            if let Some(command) = lister_command(line).filter(|c| c.contains('|') && cut(c)) {
                list.entries.retain(|e| e.line != i + 1);
                list.notes.push(Note {
                    line: i + 1,
                    skipped: Skipped::Elsewhere {
                        excerpt: excerpt(crate::text::trim(command)),
                    },
                });
                continue;
            }
        }
        // (Most lines: no prompt's sign in their first 48 bytes after white space.)
        // (Or PowerShell's, after a long path.)
        if !(line.bytes().take(64).any(|b| matches!(b, b'$' | b'#' | b'%' | b'>'))
            || line.starts_with("PS ") && line.contains('>'))
        {
            continue;
        }
        let text = crate::text::trim(line);
        let Some(command) = command_typed(text).or_else(|| repl_command(text)) else {
            continue;
        };
        // (A count by a command of what a later one prints, `wc -l apps.txt`, `len(df)`, over
        // fewer rows printed: the rest is not here.)
        if let Some(at) = counted_before_printed(lines, i, command, &list.entries) {
            list.notes.push(Note {
                line: at + 1,
                skipped: Skipped::Elsewhere {
                    excerpt: excerpt(crate::text::trim(lines.get(at).unwrap_or(&""))),
                },
            });
        }
        // (A query typed on several lines: the `mysql` client's `    -> ` before each
        // line after the first. They are the command's, and its words are all of them.)
        let more = lines
            .get(i + 1..)
            .unwrap_or_default()
            .iter()
            .take_while(|l| crate::text::trim(l).starts_with("-> "))
            .count();
        let mut command = command.to_owned();
        for (k, next) in lines.iter().enumerate().skip(i + 1).take(more) {
            command.push(' ');
            command.push_str(crate::text::trim(next).get(3..).unwrap_or_default());
            list.entries.retain(|e| e.line != k + 1);
            list.structure.push((k + 1, k + 1));
        }
        let rows = list.entries.len() as u64;
        if filtered(&command) || limit_of(&command).is_some_and(|n| n <= rows) {
            list.notes.push(Note {
                line: i + 1,
                skipped: Skipped::Elsewhere { excerpt: excerpt(text) },
            });
        }
    }
    other_users(list, lines);
    count_table(list, lines);
    group_counts(list, lines);
    letter_index(list, lines);
    profile_tabs(list, lines);
    sorted_view(list, lines);
    // The pages or parts of a list, all of them here (`Page 1/2` … `Page 2/2`, `[1/2]` …
    // `[2/2]`): the list's structure, saying no more than the list holds. (Ten at most:
    // more are rarely pasted whole.)
    // (Also a chat's message after its time and sender: `[10:13, 01/03/2023] Tom: Message 1
    // of 2`.)
    let part = |text: &str| {
        let text = text.trim();
        super::formats::part_of(text)
            .or_else(|| {
                super::formats::chat_message(text)
                    .filter(|message| message.len() < text.len())
                    .and_then(super::formats::part_of)
            })
            .or_else(|| super::formats::page_within(text))
    };
    // (Pages numbered alone, `[Page 1]` … `[Page 2]`: all here when every one up to the
    // last is, and there are two at least; `Part 1` alone says a part 2 is elsewhere.)
    let alone = |text: &str| super::formats::page_alone(text.trim());
    // (Which parts of each count, and which pages alone, the text has: found once, when a
    // line first asks, not looked for again for each line that asks, which a text of
    // thousands of page lines made quadratic; and not for a text no line of which asks.)
    let found = std::cell::OnceCell::new();
    let tables = || {
        *found.get_or_init(|| {
            let (mut parts_of, mut pages, mut last_page) = ([0u16; 11], 0u16, 0);
            for line in lines {
                if let Some((at, of)) = part(line).filter(|&(at, of)| of <= 10 && (1..=of).contains(&at)) {
                    if let Some(seen) = parts_of.get_mut(of as usize) {
                        *seen |= 1 << at;
                    }
                }
                if let Some(at) = alone(line) {
                    last_page = last_page.max(at);
                    if at <= 10 {
                        pages |= 1 << at;
                    }
                }
            }
            (parts_of, pages, last_page)
        })
    };
    let every = |seen: u16, of: u64| (1..=of).all(|at| seen & (1 << at) != 0);
    let all_here = |line: usize| {
        let text = lines.get(line.wrapping_sub(1)).unwrap_or(&"");
        part(text).is_some_and(|(_, of)| of <= 10 && every(tables().0.get(of as usize).copied().unwrap_or(0), of))
            || alone(text).is_some() && {
                let (_, pages, last_page) = tables();
                (2..=10).contains(&last_page) && every(pages, last_page)
            }
    };
    let structure = &mut list.structure;
    let entries = &list.entries;
    // (An attachment the writer says holds the same list, `I also attached a screenshot of
    // the same list`: that line and the attachments' are the message's, no part elsewhere.)
    let same_attached = lines.iter().any(|l| l.len() <= 200 && same_list_attached(l));
    let copy = |line: usize| {
        same_attached
            && lines
                .get(line.wrapping_sub(1))
                .is_some_and(|l| same_list_attached(l) || attachment_named(crate::text::trim(l)))
    };
    // (A pager's `(END)` under a tool's output that begins at the tool's own header, `dpkg
    // -l`'s `Desired=…`: the whole output fit on its screen, from its first line to its
    // end. Under rows alone, the screen may show only the last of them.)
    let top = lines.iter().position(|l| !is_blank(l)).map(|at| at + 1);
    let headed = !matches!(list.format, Format::Lines | Format::Separated)
        && top.is_some_and(|top| structure.iter().any(|&(from, to)| (from..=to).contains(&top)));
    let ended = |line: usize| {
        headed
            && line == lines.iter().rposition(|l| !is_blank(l)).map_or(0, |at| at + 1)
            && lines
                .get(line.wrapping_sub(1))
                .is_some_and(|l| crate::text::trim(l).eq_ignore_ascii_case("(end)"))
    };
    // (A heading that says the list goes on here, or goes on from before, with names above
    // it and below it, `Suite de la liste :`, a chat's `cont`: both parts are here. Not one
    // that says more is elsewhere, `more in my next message`.)
    let (first_entry, last_entry) = (
        entries.iter().map(|e| e.line).min().unwrap_or(0),
        entries.iter().map(|e| e.line).max().unwrap_or(0),
    );
    let joined = |line: usize| {
        first_entry < line
            && line < last_entry
            && lines.get(line.wrapping_sub(1)).is_some_and(|l| {
                let said = crate::text::trim(l);
                let t = said.trim_matches(|c: char| !c.is_alphanumeric());
                let heading =
                    said.ends_with(':') || ["cont", "contd", "cont'd"].iter().any(|w| t.eq_ignore_ascii_case(w));
                heading && super::formats::continues(t)
            })
    };
    list.notes.retain(|n| {
        // (Or a checklist's ticked items unfolded under their count.)
        let here = matches!(n.skipped, Skipped::Elsewhere { .. })
            && (all_here(n.line)
                || ended(n.line)
                || joined(n.line)
                || super::formats::ticked_shown(lines, n.line.wrapping_sub(1))
                || printed_later(lines, n.line)
                || file_shown_under(lines, n.line, entries)
                || copy(n.line)
                || signature_logo(lines, n.line));
        if here {
            structure.push((n.line, n.line));
        }
        !here
    });
    let mut kind: Vec<u8> = std::iter::once(BLANK)
        .chain(lines.iter().map(|l| if is_blank(l) { BLANK } else { UNCLAIMED }))
        .collect();
    let mut mark = |line: usize, k: u8| {
        if let Some(slot) = kind.get_mut(line) {
            if *slot != BLANK && *slot < k {
                *slot = k;
            }
        }
    };
    for &(first, last) in &list.structure {
        for line in first..=last.min(lines.len()) {
            mark(line, STRUCTURE);
        }
    }
    for entry in &list.entries {
        mark(entry.line, ENTRY);
    }
    for note in &list.notes {
        mark(note.line, NOTE);
    }
    if let Some(cut) = cut_at {
        for line in cut..=lines.len() {
            mark(line, CUT);
        }
    }
    let mut account = Account {
        lines: rest_lines,
        unread: rest_lines,
        ..Account::default()
    };
    // (A total without a word for apps under rows priced in a currency, `Spotify - €9.99`
    // … `Total ≈ 23`: a sum of money, rounded, no count. Their prices looked for once, when
    // a line asks.)
    let priced = std::cell::OnceCell::new();
    let money_total = |text: &str| {
        !crate::text::words8::has_p_or_w(text.as_bytes())
            && *priced.get_or_init(|| {
                lines
                    .iter()
                    .filter(|l| l.contains(['€', '$', '£', '¥', '₹']) || l.contains("CHF"))
                    .nth(1)
                    .is_some()
            })
    };
    // The most apps a line of structure says the list has, and where.
    let mut stated: Option<(usize, usize)> = None;
    // (Not a total row a reader has weighed: found by a search, not a walk, for each line.)
    let weighed = crate::small_sort::sorted_unique(std::mem::take(&mut list.weighed));
    for (n, k) in kind.iter().enumerate() {
        match *k {
            BLANK => continue,
            UNCLAIMED => {
                let text = lines.get(n.wrapping_sub(1)).map_or("", |l| l.trim());
                list.notes.push(Note {
                    line: n,
                    skipped: Skipped::Unread { excerpt: excerpt(text) },
                });
                account.unread += 1;
            }
            STRUCTURE => {
                account.structure += 1;
                let text = lines.get(n.wrapping_sub(1)).map_or("", |l| l.trim());
                // (A report's fact in a quoted cell of its own, `"Total Apps : 69"`: its
                // words.)
                let text = text
                    .strip_prefix('"')
                    .and_then(|t| t.strip_suffix('"'))
                    .filter(|t| !t.contains('"'))
                    .unwrap_or(text);
                // (A count has a digit; a pager's row may have none, `Next >`.)
                // (A total row was weighed against its column by `total_rows`.)
                // (Or a count in words, `That's about twenty apps in total`.)
                if (text.len() <= 24
                    || text.bytes().any(|b| b.is_ascii_digit())
                    || super::formats::count_in_words(text).is_some())
                    && !all_here(n)
                    && total_row(text).is_none()
                    && weighed.binary_search(&n).is_err()
                    && !money_total(text)
                    // (Nor a field's count of its characters, `274 / 5,000`.)
                    && !super::formats::char_counter(text)
                    // (Nor a mail's line over a replied-to message, its date's year no count:
                    // `Em seg., 11 de mar. de 2024 às 16:02, … escreveu:`.)
                    && !(text.ends_with(':') && reply_header(&crate::case::lower(text)))
                {
                    if let Some(total) = super::formats::stated_total(text) {
                        stated = stated.max(Some((total, n)));
                    }
                }
            }
            ENTRY => account.entries += 1,
            _ => account.unread += 1,
        }
        account.lines += 1;
    }
    // (And a count said on a line of names, `30 apps - Signal, Telegram`.)
    for &(n, fewest) in &list.counts {
        stated = stated.max(Some((fewest, n)));
    }
    // A list that says it has more apps than it holds: the rest is not here. (Its rows are
    // those above a mail's sign-off under the count, not the signer's name, title, numbers
    // and address under it, `Apps (7):` over six rows and a signature of seven lines.)
    // (And a line right between two rows that no reader took for an app, `Hello bank!`
    // read as a greeting, `20 Minutes` as a time, `99` as a number: a row the count may
    // have counted. It fills a count, one and one in ten rows at most; it never makes one,
    // nor is it an app. Not a heading, a count, a screen's state or a company under a
    // name, nor a line written more than once there, `Installed` under each app.)
    let between = |upto: usize| {
        let mut texts: Vec<&str> = (2..upto.min(kind.len()))
            .filter(|&n| {
                kind.get(n) == Some(&STRUCTURE) && kind.get(n - 1) == Some(&ENTRY) && kind.get(n + 1) == Some(&ENTRY)
            })
            .filter_map(|n| lines.get(n - 1).map(|l| crate::text::trim(l)))
            .collect();
        // (Sorted, so a text written more than once is told by its neighbours, not by
        // comparing each with all: `Installed` under each of thousands of apps.)
        crate::small_sort::sort(&mut texts);
        let once = |i: usize| {
            let text = texts.get(i);
            (i == 0 || texts.get(i - 1) != text) && texts.get(i + 1) != text
        };
        let odd = (0..texts.len())
            .filter(|&i| once(i))
            .filter_map(|i| texts.get(i))
            .filter(|l| {
                l.chars().any(char::is_alphanumeric)
                    && !l.ends_with(':')
                    && super::formats::stated_total(l).is_none()
                    && !super::formats::detail_under_name(l)
            })
            .count();
        odd.min(1 + list.entries.len() / 10)
    };
    // (Rows again under a postscript, `PS: und Teams & Outlook`; and all of them when none
    // is above the sign-off, `list is below my signature`.)
    let held = |n: usize| {
        let signed = lines
            .iter()
            .enumerate()
            .skip(n)
            .find(|(_, l)| l.len() <= 60 && super::formats::sign_off(crate::text::trim(l)))
            .map_or(usize::MAX, |(i, _)| i + 1);
        let reopened = lines
            .iter()
            .enumerate()
            .skip(signed)
            .find(|(_, l)| {
                let l = crate::text::trim(l);
                super::formats::postscript(l).is_some() || matches!(l, "P.S." | "PS" | "P.S" | "PS:" | "P.S.:" | "p.s.")
            })
            .map_or(usize::MAX, |(i, _)| i + 1);
        // (None but on the count's own line, `I have 4 apps – list is below my signature.`:
        // the rows after the signature's block, a blank line under the sign-off.)
        if !list.entries.iter().any(|e| e.line < signed && e.line != n) {
            let gap = lines
                .iter()
                .enumerate()
                .skip(signed)
                .find(|(_, l)| super::is_blank(l))
                .map_or(usize::MAX, |(i, _)| i + 1);
            return list.entries.iter().filter(|e| e.line > gap || e.line == n).count();
        }
        let above = list.entries.iter().filter(|e| e.line < signed).count();
        above + list.entries.iter().filter(|e| e.line >= reopened).count() + between(signed)
    };
    // (In a list whose rows are bulleted or numbered (`formats::strip_marker`), three at
    // least, the rows of its paragraphs with a
    // bullet: not a page's words read as names in the paragraphs around them, a forum's
    // `15 hr. ago`, `Upvote`, `4 comments`, `Share`.)
    let bulleted = || {
        let marked = |n: usize| {
            lines.get(n.wrapping_sub(1)).is_some_and(|l| {
                let l = crate::text::trim(l);
                super::formats::strip_marker(l).len() < l.len()
            })
        };
        if list.entries.iter().filter(|e| marked(e.line)).count() < 3 {
            return usize::MAX;
        }
        // (Each line's paragraph: a blank line begins the next.)
        let mut paragraph = vec![0usize; lines.len() + 1];
        let mut at = 0;
        for (i, l) in lines.iter().enumerate() {
            if super::is_blank(l) {
                at += 1;
            }
            if let Some(p) = paragraph.get_mut(i + 1) {
                *p = at;
            }
        }
        let of = |n: usize| paragraph.get(n).copied().unwrap_or(usize::MAX);
        let mut with_bullets = vec![false; at + 1];
        for e in list.entries.iter().filter(|e| marked(e.line)) {
            if let Some(has) = with_bullets.get_mut(of(e.line)) {
                *has = true;
            }
        }
        let rows = list
            .entries
            .iter()
            .filter(|e| with_bullets.get(of(e.line)) == Some(&true));
        rows.count() + between(usize::MAX)
    };
    if let Some((_, n)) = stated
        .filter(|&(total, n)| total > list.entries.len() + between(usize::MAX) || total > held(n) || total > bulleted())
    {
        let text = lines.get(n.wrapping_sub(1)).map_or("", |l| l.trim());
        list.notes.push(Note {
            line: n,
            skipped: Skipped::Elsewhere { excerpt: excerpt(text) },
        });
        // (The line counted once: as unread now, not also as what it was.)
        match kind.get(n).copied() {
            Some(STRUCTURE) => account.structure = account.structure.saturating_sub(1),
            Some(ENTRY) => account.entries = account.entries.saturating_sub(1),
            _ => account.unread = account.unread.saturating_sub(1),
        }
        account.unread += 1;
    }
    list.notes = by_line(std::mem::take(&mut list.notes), |n| n.line, lines.len());
    list.account = account;
    find_mentions(list, lines);
}

/// The first 160 bytes of a line (to a character boundary) in lower case, in `out`
/// (one buffer for every line).
fn lower_start(out: &mut String, text: &str) {
    let mut end = text.len().min(160);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let start = text.get(..end).unwrap_or(text);
    out.clear();
    // ASCII (most lines): copied whole, then lowered in place (both a word at a time);
    // a byte beyond ASCII sends the whole start to the full mapping.
    if start.is_ascii() {
        out.push_str(start);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&start.lower());
    }
}

/// At most 60 characters of a line, for a note.
pub(super) fn excerpt(text: &str) -> String {
    let mut out: String = text.chars().take(60).collect();
    if text.chars().nth(60).is_some() {
        out.push('…');
    }
    out
}

/// Marks quoted lines, uninstall commands and their output, and the lines under
/// headings that say the apps are gone; keeps the readers' own status mentions.
fn find_mentions(list: &mut AppList, lines: &[&str]) {
    // Sections are a shape of typed text; in a tool's output a line ending in `:` is
    // the tool's (system_profiler's app names end with one).
    let sections = matches!(list.format, Format::Lines | Format::Separated | Format::StoreLinks);
    let mut quoted_below = false;
    let mut section: Option<usize> = None;
    let mut lower = String::new();
    // Lines of an uninstall command's output still to mark.
    let mut output_left = 0;
    // Whether no line with text came yet: an e-mail's header there is the message's own.
    let mut top = true;
    for (i, line) in lines.iter().enumerate() {
        let n = i + 1;
        let text = crate::text::trim(line);
        if text.is_empty() {
            output_left = 0;
            continue;
        }
        let at_top = std::mem::replace(&mut top, false);
        // Both line tests read the line in lower case: folded once here, and only its
        // start, which is all they look at (a quote marker or a command comes first; a
        // 100,000-row export's long rows are not folded whole).
        lower_start(&mut lower, text);
        if starts_quote_block(&lower) {
            quoted_below = true;
            list.mentions.push((n, Mention::Quoted));
            continue;
        }
        if quoted_below || text.as_bytes().first() == Some(&b'>') {
            list.mentions.push((n, Mention::Quoted));
            continue;
        }
        if is_uninstall(&lower) {
            list.mentions.push((n, Mention::Uninstall));
            // The command's output below it (winget's `Found CapCut [ByteDance.CapCut]`),
            // up to a blank line or the next prompt.
            output_left = if prompted(&lower).is_some() {
                UNINSTALL_OUTPUT
            } else {
                0
            };
            continue;
        }
        if output_left > 0 && prompted(&lower).is_none() && uninstall_output(&lower) {
            output_left -= 1;
            list.mentions.push((n, Mention::Uninstall));
            continue;
        }
        output_left = 0;
        if quote_header(&lower, lines.get(i + 1..).unwrap_or(&[])) {
            // (At the top of the text, the header of the message copied: what follows is
            // its own text, not an earlier message quoted in a reply.)
            if !at_top {
                quoted_below = true;
                list.mentions.push((n, Mention::Quoted));
            }
            continue;
        }
        if sections {
            if let Some((heading, rest)) = heading(text) {
                section = says_gone(heading).then_some(n);
                if section.is_some() && !rest.is_empty() {
                    list.mentions.push((n, Mention::Section { heading: n }));
                }
                continue;
            }
            // (A line that says its apps are gone, `TikTok (uninstalled)`, is asked only
            // where a policy app was found on it: `AppList::mention_of`.)
            if let Some(heading) = section {
                list.mentions.push((n, Mention::Section { heading }));
            }
        }
    }
    let mut mentions = by_line(std::mem::take(&mut list.mentions), |(line, _)| *line, lines.len());
    mentions.dedup_by_key(|(line, _)| *line);
    list.mentions = mentions;
}

/// `items` in line order, keeping the order of items on the same line: one pass into
/// a bucket per line (linear, where a sort would be n log n and, in the Wasm module,
/// several kilobytes of the standard sort's code).
fn by_line<T>(items: Vec<T>, line: impl Fn(&T) -> usize, lines: usize) -> Vec<T> {
    if items.windows(2).all(|w| matches!(w, [a, b] if line(a) <= line(b))) {
        return items;
    }
    let mut buckets: Vec<Vec<T>> = std::iter::repeat_with(Vec::new).take(lines + 2).collect();
    let last = buckets.len() - 1;
    for item in items {
        let at = line(&item).min(last);
        if let Some(bucket) = buckets.get_mut(at) {
            bucket.push(item);
        }
    }
    buckets.into_iter().flatten().collect()
}

/// A line that starts quoted text below it: a forwarded or replied-to message.
fn starts_quote_block(lower: &str) -> bool {
    // (By the first byte, each start is compared only on the lines it could begin: most
    // lines are not compared at all.)
    match lower.as_bytes().first() {
        // (A Polish reply's header, whatever it begins with, after a dash too.)
        Some(b'-') => mail_separator(lower) || reply_header(lower),
        Some(b'b') => lower.starts_with("begin forwarded message") || reply_header(lower),
        _ => reply_header(lower),
    }
}

/// A mail app's line over a replied-to message, in lower case, as Gmail and Apple Mail
/// write it in the eight languages: its opening word, the date, the sender, then the verb
/// (`On …, … wrote:`, `Le … a écrit :`, `Il giorno … ha scritto:`, `Em … escreveu:`; the
/// Polish without an opening word, `pon., 11 mar 2024 o 16:02 … napisał(a):`), or the verb
/// before the sender and its address (`Am … schrieb … <…>:`, `Op … schreef … <…>:`).
pub(super) fn reply_header(lower: &str) -> bool {
    // (Most lines do not end with a colon: let go by their last byte.)
    if !lower.ends_with(':') {
        return false;
    }
    const OPENS: [&str; 7] = ["on ", "am ", "le ", "el ", "il giorno ", "em ", "op "];
    const VERBS: [&str; 7] = [
        "wrote:",
        "schrieb:",
        "a écrit :",
        "a écrit:",
        "escribió:",
        "ha scritto:",
        "escreveu:",
    ];
    let opens = OPENS.iter().any(|o| lower.starts_with(o));
    opens && VERBS.iter().any(|v| lower.ends_with(v))
        || ["napisał(a):", "napisał:", "napisała:"]
            .iter()
            .any(|v| lower.ends_with(v))
            && lower.bytes().any(|b| b.is_ascii_digit())
        || lower.ends_with(">:")
            && (lower.starts_with("am ") && lower.contains(" schrieb ")
                || lower.starts_with("op ") && lower.contains(" schreef "))
}

/// A mail app's line over a forwarded or an original message, in lower case, between its
/// dashes (`---------- Forwarded message ---------`, `-----Original Message-----`, `--------
/// Message transféré --------`): the mail's frame.
pub(super) fn mail_separator(lower: &str) -> bool {
    let rule = |s: &str| lower.contains(s);
    lower.starts_with("--")
        && (rule("original message")
            || rule("forwarded message")
            || rule("ursprüngliche nachricht")
            || rule("weitergeleitete nachricht")
            || rule("message d'origine")
            || rule("message transféré")
            || rule("mensaje original")
            || rule("mensaje reenviado"))
}

/// A heading: `# Title`, a short label ending in `:` with what follows it on the line
/// (`Removed: TikTok`), or a line that is only a heading saying the apps are gone, as
/// people type one (`Removed apps`, `**Uninstalled**`, `Removed apps -`). Returns the
/// heading's words and the rest of the line.
fn heading(text: &str) -> Option<(&str, &str)> {
    if text.as_bytes().first() == Some(&b'#') {
        let title = text.get(1..).unwrap_or("");
        return Some((title.trim_start_matches('#').trim(), ""));
    }
    // (A byte search: most lines have no colon; the full-width one, `：`, is CJK's.)
    let colon = match text.bytes().position(|b| b == b':') {
        Some(at) => Some((at, 1)),
        None if !text.is_ascii() => text.find('：').map(|at| (at, '：'.len_utf8())),
        None => None,
    };
    let Some((colon, width)) = colon else {
        // (A line that begins with a letter or digit no gone-word begins with, most
        // names, is let go before it is trimmed: the trim takes none of its first byte.)
        if text
            .as_bytes()
            .first()
            .is_some_and(|&b| b.is_ascii_alphanumeric() && begins_no_word(b))
        {
            return None;
        }
        let bare = text.trim_matches(|c: char| matches!(c, '*' | '_' | '-' | '–' | '—' | '=') || c.is_whitespace());
        return gone_heading(bare).then_some((bare, ""));
    };
    let (label, rest) = (text.get(..colon)?, text.get(colon + width..)?);
    // "I checked the memo. I do NOT have:": the last sentence is the label.
    let label = label.rsplit_once(". ").map_or(label, |(_, last)| last).trim();
    let words = label.split_whitespace().count();
    // `http://…`, `C:\…` and `10:41` are not headings.
    let looks_like_label = (1..=6).contains(&words)
        && !rest.starts_with("//")
        && !rest.starts_with('\\')
        && !label.ends_with(|c: char| c.is_ascii_digit());
    looks_like_label.then(|| (label.trim_start_matches(['-', '*', '•']).trim(), rest.trim()))
}

/// Words a heading of [`gone_heading`] may have beside the one that says it.
const BESIDE: &[&str] = &[
    "apps",
    "app",
    "applications",
    "programs",
    "software",
    "anwendungen",
    "programme",
    "aplicaciones",
    "logiciels",
    "today",
    "already",
    "all",
    "now",
    "recently",
    "heute",
    "bereits",
    "ya",
    "já",
    "déjà",
    "hoy",
    "sudah",
];

/// The first bytes of [`GONE`]'s and [`BESIDE`]'s words, as a table.
static HEADS: [bool; 256] = heads();

/// Whether no word of [`GONE`] or [`BESIDE`] begins with the ASCII byte `b`, in either case.
fn begins_no_word(b: u8) -> bool {
    !HEADS.get(usize::from(b.to_ascii_lowercase())).copied().unwrap_or(false)
}

/// `text`'s letters and digits, in lower case, added to `out`: the form [`GONE`] and
/// [`BESIDE`] are written in. (ASCII, most text: a byte at a time.)
fn push_squeezed(out: &mut String, text: &str) {
    if text.is_ascii() {
        out.extend(
            text.bytes()
                .filter(u8::is_ascii_alphanumeric)
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
    } else {
        out.extend(
            text.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(crate::case::chars),
        );
    }
}

// (Evaluated when compiled: an index out of range would stop the build, not a check.)
#[allow(clippy::indexing_slicing)]
const fn heads() -> [bool; 256] {
    let mut table = [false; 256];
    let lists: [&[&str]; 2] = [GONE, BESIDE];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            let word = lists[l][i].as_bytes();
            if !word.is_empty() {
                table[word[0] as usize] = true;
            }
            i += 1;
        }
        l += 1;
    }
    table
}

/// Whether a line without a colon is a heading saying the apps below it are gone: one
/// of [`says_gone`]'s words, alone or with "apps" and words like "already" or "today"
/// beside it (`Removed apps`, `Uninstalled`, `Deleted today ✅`, `Not installed`, `Not
/// on this iPhone`), the whole line; a name beside such a word (`Deleted TikTok`) is no
/// heading.
fn gone_heading(line: &str) -> bool {
    // (Asked of every typed line without a colon: most are names, longer than any of
    // these words once "apps" and the like are left out, and let go at once.)
    const LONGEST: usize = 32;
    // (Most lines: their first letter begins none of the words, by a table.)
    if line
        .as_bytes()
        .first()
        .is_some_and(|&b| b.is_ascii() && begins_no_word(b))
    {
        return false;
    }
    let (mut rest, mut word, mut words) = (String::new(), String::new(), 0);
    for w in line.split_whitespace() {
        words += 1;
        word.clear();
        push_squeezed(&mut word, w);
        if words > 5 || rest.len() + word.len() > LONGEST {
            return false;
        }
        // (The first word says it: a name's first word begins none of these.)
        if words == 1 {
            let begins = |g: &&str| g.starts_with(word.as_str());
            if !BESIDE.iter().any(begins) && !GONE.iter().any(begins) {
                return false;
            }
        }
        if !BESIDE.contains(&word.as_str()) {
            rest.push_str(&word);
        }
    }
    !rest.is_empty() && GONE.contains(&rest.as_str())
}

/// A name struck through (`~~TikTok~~`) or crossed out (`TikTok ❌`): gone.
pub(super) fn struck_through(text: &str) -> bool {
    // (Between two pairs of tildes, `~~TikTok~~`: not an Android app's folder's one,
    // `/data/app/~~…==/com.zhiliaoapp.musically-…==`.)
    text.matches("~~").nth(1).is_some() || text.contains(['❌', '✗', '✘', '🚫', '⛔'])
}

/// The header Outlook writes above a message it quotes in a reply or forward (`From: …`
/// followed by `Sent: …` or `Date: …`, in the eight languages: `Da:` / `Inviato:`, `Van:` /
/// `Verzonden:`, `Od:` / `Wysłane:`), with no "Original Message" line above it.
fn quote_header(lower: &str, below: &[&str]) -> bool {
    let starts = crate::text::starts_with_any_case;
    // (Most lines begin with none of their first letters: not compared.)
    let from = matches!(lower.as_bytes().first(), Some(b'f' | b'v' | b'd' | b'o'))
        && ["from:", "von:", "de :", "de:", "da:", "van:", "od:"]
            .iter()
            .any(|w| starts(lower, w));
    from && below
        .iter()
        .map(|l| crate::text::trim(l))
        .find(|l| !l.is_empty())
        .is_some_and(|next| {
            [
                "sent:",
                "date:",
                "gesendet:",
                "envoyé :",
                "envoyé:",
                "enviado:",
                "enviado el:",
                "inviato:",
                "enviada em:",
                "enviado em:",
                "verzonden:",
                "wysłane:",
                "wysłano:",
                "data:",
                "datum:",
            ]
            .iter()
            .any(|w| starts(next, w))
        })
}

/// Whether a heading says the apps under it are gone, or are only named by a rule:
/// removed, uninstalled, deleted, not installed, banned, in the languages appcheck
/// speaks and a few more.
pub(super) fn says_gone(heading: &str) -> bool {
    let mut squeezed = String::new();
    push_squeezed(&mut squeezed, heading);
    // Each word is compared only where the two bytes it begins with are, by a table of
    // those pairs (a search set up for each of the 70 words cost the check of a long
    // list 4 % of its time). Every word has two bytes or more.
    let bytes = squeezed.as_bytes();
    bytes.windows(2).enumerate().any(|(at, pair)| {
        let slot = pair_slot(pair);
        GONE_PAIRS
            .get(slot / 64)
            .is_none_or(|bits| bits >> (slot % 64) & 1 != 0)
            && {
                let rest = bytes.get(at..).unwrap_or(&[]);
                GONE.iter()
                    .any(|w| w.as_bytes().first() == rest.first() && rest.starts_with(w.as_bytes()))
            }
    })
}

/// Whether a typed line answers "no" for its app, as a checklist does: `TikTok: no`,
/// `TikTok - no`, `TikTok<tab>No`, `TikTok = no`, `TikTok | nein`, `TikTok (no)` — the
/// word last, after a sign that sets it apart from the name.
pub(super) fn answered_no(line: &str) -> bool {
    const NO: crate::text::Words = words!("no|nein|non|false|nope|nee|nej|nei|não|nao|nie");
    let line = line.trim_end().trim_end_matches(')');
    let Some(at) = line.rfind(|c: char| !c.is_alphabetic()) else {
        return false;
    };
    let (head, word) = (line.get(..at).unwrap_or(""), line.get(at..).unwrap_or(""));
    let sign = word.chars().next().unwrap_or(' ');
    let word = word.get(sign.len_utf8()..).unwrap_or("");
    let head = head.trim_end();
    let bare = head.trim_end_matches([':', '-', '=', '|']).trim_end();
    let apart = matches!(sign, '\t' | '(' | ':' | '=' | '|') || sign == ' ' && bare.len() < head.len();
    apart && NO.contains(word) && bare.chars().any(char::is_alphanumeric)
}

/// Where a pair of bytes is in [`GONE_PAIRS`]: the low five bits of each, a letter's place
/// in the alphabet, so that no two pairs of letters share a slot (a digit or a byte beyond
/// ASCII may share a letter's; such pairs are each compared).
const fn pair_slot(pair: &[u8]) -> usize {
    match pair {
        [a, b, ..] => (*a as usize & 31) << 5 | (*b as usize & 31),
        _ => 0,
    }
}

/// For each [`pair_slot`], one bit: whether a word of [`GONE`] begins with a pair in it.
static GONE_PAIRS: [u64; 16] = gone_pairs();

// (Evaluated when compiled: an index out of range would stop the build, not a check.)
#[allow(clippy::indexing_slicing)]
const fn gone_pairs() -> [u64; 16] {
    let mut table = [0u64; 16];
    let mut i = 0;
    while i < GONE.len() {
        let slot = pair_slot(GONE[i].as_bytes());
        table[slot / 64] |= 1 << (slot % 64);
        i += 1;
    }
    table
}

/// The words (lower case, letters only) that say apps are gone or not there.
const GONE: &[&str] = &[
    "removed",
    "uninstalled",
    "deleted",
    "notinstalled",
    "nolonger",
    "formerly",
    "previously",
    "banned",
    "prohibited",
    "forbidden",
    "blocked",
    "notallowed",
    "notpermitted",
    "entfernt",
    "gelöscht",
    "deinstalliert",
    "nichtinstalliert",
    "verboten",
    "gesperrt",
    "supprimé",
    "désinstallé",
    "noninstallé",
    "interdit",
    "eliminad",
    "desinstalad",
    "borrad",
    "noinstalad",
    "prohibid",
    "removid",
    "excluíd",
    "apagad",
    "rimoss",
    "disinstallat",
    "eliminat",
    "cancellat",
    "vietat",
    "verwijderd",
    "gedeïnstalleerd",
    "verboden",
    "删除",
    "卸载",
    "禁止",
    "已移除",
    // Absent rather than gone: "I don't have these anymore", "not on my phone".
    "anymore",
    "nomore",
    "donthave",
    "dontuse",
    "donothave",
    "donotuse",
    "neverinstalled",
    "notonmy",
    "nichtmehr",
    "notengo",
    "jenaiplus",
    "हटा",
    "notonthisiphone",
    "notonthisipad",
    "notonthisphone",
    "notonthisdevice",
    "borré",
    "removi",
    "削除",
    "удал",
    "dihapus",
    "sildim",
    "silindi",
    "hatadiya",
    "uninstallkardiya",
];

/// How many lines under an uninstall command typed after a prompt are read as its
/// output (winget's `Found …`, `Starting package uninstall...`, its bar, `Successfully
/// uninstalled`), unless a blank line or another prompt comes first.
const UNINSTALL_OUTPUT: usize = 8;

/// A line an uninstaller prints under its command: `Found CapCut [ByteDance.CapCut]`,
/// `Starting package uninstall...`, its progress, `Success`, `Deleted …`; a name of the
/// employee's list after it is not.
fn uninstall_output(lower: &str) -> bool {
    [
        "found ",
        "starting ",
        "success",
        "deleted",
        "removed",
        "removing",
        "uninstall",
        "package ",
        "==>",
        "[",
    ]
    .iter()
    .any(|w| lower.starts_with(w))
        || !lower.bytes().any(|b| b.is_ascii_alphabetic())
}

/// The command after a shell prompt: `$ `, `# `, `% `, `PS C:\> `, `C:\Users\x> `,
/// `user@host:~$ `; `None` when the line has none.
fn prompted(lower: &str) -> Option<&str> {
    prompt_sign(lower).and_then(|at| lower.get(at + 1..)).map(str::trim)
}

/// Where the sign that ends a shell prompt stands (`$`, `#`, `%`, `>`, a space or the
/// line's end after it), when the line begins with a prompt.
fn prompt_sign(lower: &str) -> Option<usize> {
    let at = lower.bytes().position(|b| matches!(b, b'$' | b'#' | b'%' | b'>'))?;
    // (The prompt alone, nothing typed at it, ends the line: the copy's last.)
    // (PowerShell's path may be longer: `PS C:\Users\ryan\Apple\MobileSync\Backup\…> `.)
    let windows =
        || at < 200 && lower.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("ps ")) && lower.get(4..6) == Some(":\\");
    lower
        .get(at + 1..)
        .filter(|r| (at < 48 || windows()) && (r.is_empty() || r.starts_with(' ')))?;
    // A prompt's sign begins the line or ends a user, a host or a path (`~ %`,
    // `host:~$`, `[jane@mac ~]$`, `C:\Users\jane>`): "100% complete" is no prompt.
    let before = at.checked_sub(1).and_then(|b| lower.as_bytes().get(b)).copied();
    let prompt = match before {
        None | Some(b' ' | b'~' | b'/' | b'\\' | b':' | b']') => true,
        // (Or bash's own, its name and version: `bash-5.2$`.)
        Some(b'0'..=b'9') if lower.get(..at).is_some_and(shell_and_version) => true,
        // (Or bash's default, the user at the host and the folder's path: `daniel@laptop:~/
        // Downloads$`, `root@box:/var/log#`.)
        Some(_) if matches!(lower.as_bytes().get(at), Some(b'$' | b'#')) => lower
            .get(..at)
            .is_some_and(|p| !p.contains(' ') && p.contains('@') && (p.contains(":~/") || p.contains(":/"))),
        Some(_) => lower.as_bytes().get(at) == Some(&b'>') && lower.contains(":\\"),
    };
    prompt.then_some(at)
}

/// Whether a prompt is a shell's own, its name and version (bash's `bash-5.2`).
fn shell_and_version(prompt: &str) -> bool {
    ["bash-", "sh-", "zsh-"].iter().any(|shell| {
        prompt
            .strip_prefix(shell)
            .is_some_and(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
    })
}

/// Whether a line is a command typed at a shell's prompt, copied with the list it
/// printed (`$ flatpak list`, `jane@mac ~ % ls /Applications`, `raven:/ $ pm list
/// packages`, `PS C:\Users\jane> Get-StartApps`, `C:\Users\jane>wmic product get name`,
/// a program's own: `osquery> SELECT …`):
/// the list's structure. Stricter than [`prompted`], which only ever looks at a line
/// already found to be an uninstall command: the prompt is one word (a user's
/// `user@host dir`, PowerShell's `PS path` aside), and `>` ends only a Windows path, so
/// `Settings > Apps`, `100% Free VPN` and `C# Programming` stay names, and a quote's `> `
/// stays a quote.
pub(super) fn typed_command(text: &str) -> bool {
    let bytes = text.as_bytes();
    // (Oh My Zsh's arrow before the folder, `➜  ~ mas list`.)
    if text.strip_prefix('➜').is_some_and(|rest| rest.starts_with(' ')) {
        return true;
    }
    if program_prompt(text).is_some() {
        return true;
    }
    // cmd.exe writes no space after its `>`: `C:\Users\jane>winget list`.
    if bytes.first().is_some_and(u8::is_ascii_alphabetic) && bytes.get(1..3) == Some(b":\\") {
        return text.contains('>');
    }
    let Some(at) = prompt_sign(text).filter(|&at| at > 0 || bytes.first() != Some(&b'>')) else {
        return false;
    };
    let prompt = text.get(..at).unwrap_or("");
    let windows = prompt.starts_with("PS ") && prompt.contains(":\\");
    // (A prompt ends in a user, a host or a path: `Slack # work` is a name and a note.)
    let shell = at == 0
        || prompt.contains('@')
        || crate::text::trim(prompt).ends_with(['~', '/', ']', ':'])
        // (Or a path after the host's colon, Android's shell as root in Termux's home,
        // `:/data/data/com.termux/files/home # `.)
        || crate::text::trim(prompt).contains(":/")
        || windows
        || shell_and_version(prompt);
    (bytes.get(at) != Some(&b'>') || windows)
        && (!crate::text::trim(prompt).contains(' ') || prompt.contains('@') || windows)
        && shell
}

/// The command typed at a program's own prompt, one word before its `>` (`osquery> `,
/// `sqlite> `, `mysql> `; in capitals, `SQL> `; sqlcmd's line number, `1> `), or psql's,
/// the database's name before `=>` or `=#` (`appdb=# `). The prompt alone, the copy's last
/// line (`osquery>`), types nothing.
fn program_prompt(text: &str) -> Option<&str> {
    let (program, command) = text
        .split_once("> ")
        .or_else(|| text.split_once("=# "))
        .or_else(|| text.strip_suffix('>').map(|p| (p, "")))?;
    // (MariaDB's, the database in brackets after its name: `MariaDB [mdm]> `, `MariaDB
    // [(none)]> `.)
    let program = match program.rsplit_once(" [") {
        Some(("MariaDB", database)) if database.ends_with(']') => "mariadb",
        _ => program,
    };
    let bytes = program.strip_suffix('=').unwrap_or(program).as_bytes();
    let psql = bytes.len() < program.len() || text.contains("=# ");
    let word = bytes.iter().all(u8::is_ascii_lowercase)
        || bytes.iter().all(u8::is_ascii_uppercase)
        || bytes.len() <= 3 && bytes.iter().all(u8::is_ascii_digit)
        || psql
            && bytes
                .iter()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'_');
    (!bytes.is_empty() && word).then_some(crate::text::trim(command))
}

/// Whether the line `line` (from 1) is a command whose output went to a file (`adb shell
/// pm list packages -3 > apps.txt`) that a later command prints whole (`type apps.txt`,
/// `cat apps.txt`, `Get-Content apps.txt`): the list is here, under that command, and the
/// file named is no attachment.
fn printed_later(lines: &[&str], line: usize) -> bool {
    let Some(command) = lines
        .get(line.wrapping_sub(1))
        .and_then(|l| command_typed(crate::text::trim(l)))
    else {
        return false;
    };
    let Some((_, file)) = command.rsplit_once('>') else {
        return false;
    };
    let file = crate::text::trim(file);
    if file.is_empty() || file.contains(' ') {
        return false;
    }
    let prints = |c: &str| {
        let mut words = c.split_whitespace();
        words.next().is_some_and(|w| {
            ["type", "cat", "get-content", "gc", "more"]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
        }) && words.next() == Some(file)
            && words.next().is_none()
    };
    lines
        .iter()
        .skip(line)
        .filter_map(|l| command_typed(crate::text::trim(l)))
        .any(prints)
}

/// Whether the line `line` (from 1) is a mail's inline picture in a signature, Outlook's
/// `[cid:image001.png@01DBEF8D.B9F01D1B]` right under the signer's name, title or number
/// and over a blank line or the end: the sender's logo, no list.
fn signature_logo(lines: &[&str], line: usize) -> bool {
    let Some(text) = lines.get(line.wrapping_sub(1)).map(|l| crate::text::trim(l)) else {
        return false;
    };
    if !(text.starts_with("[cid:image") && text.ends_with(']')) {
        return false;
    }
    let above = line
        .checked_sub(2)
        .and_then(|i| lines.get(i))
        .map(|l| crate::text::trim(l));
    let signed = above.is_some_and(|l| {
        super::formats::person(l)
            || super::formats::contact(l)
            || super::formats::job_title(l)
            || l.split(" | ").nth(1).is_some_and(super::formats::contact)
    });
    signed && lines.get(line).is_none_or(|next| is_blank(next))
}

/// Whether a line says an attachment holds the same list as the text, in the eight
/// languages: a word for the same list and one for an attachment or a screenshot (`I also
/// attached a screenshot of the same list`, `Im Anhang ein Screenshot derselben Liste`,
/// `Załączam też zrzut ekranu tej samej listy`).
fn same_list_attached(line: &str) -> bool {
    const SAME: [&str; 13] = [
        "same list",
        "same apps",
        "derselben liste",
        "dieselbe liste",
        "gleiche liste",
        "gleichen liste",
        "même liste",
        "misma lista",
        "stessa lista",
        "mesma lista",
        "dezelfde lijst",
        "samej listy",
        "sama lista",
    ];
    const ATTACHED: Words = words!(
        "attached|attachment|screenshot|screenshots|photo|picture|image|file|anhang|angehängt|beigefügt|bildschirmfoto|joint|jointe|capture|adjunté|adjunto|captura|allegato|allegata|allegati|anexei|anexo|print|bijgevoegd|bijlage|załączam|załącznik|zrzut",
    );
    // (Every phrase has `list`, `lijst` or `same` in it: most lines are let go by a
    // search for their bytes before they are lowered.)
    let bytes = line.as_bytes();
    let at = |i: usize, word: &[u8]| {
        bytes
            .get(i..i + word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    };
    let cue = |i: usize| match bytes.get(i).map(|b| b | 0x20) {
        Some(b'l') => at(i, b"list") || at(i, b"lijst"),
        Some(b's') => at(i, b"same"),
        _ => false,
    };
    if line.len() < 12 || !(0..bytes.len()).any(cue) {
        return false;
    }
    let lower = crate::case::lower(line);
    SAME.iter().any(|s| lower.contains(s))
        && lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| ATTACHED.contains(w))
}

/// Whether a line is an attachment's or a picture's own: a file's name (`IMG_8840.PNG`,
/// `apps.pdf`) or a mail app's bar over them (Gmail's `One attachment • Scanned by Gmail`,
/// `2 attachments`).
fn attachment_named(line: &str) -> bool {
    let lower = crate::case::lower(line);
    let file = !lower.contains(' ') && super::formats::FILE_ENDS.iter().any(|e| lower.ends_with(e));
    file || lower.split_whitespace().take(3).any(|w| {
        matches!(
            w,
            "attachment"
                | "attachments"
                | "anhang"
                | "anhänge"
                | "pièce"
                | "adjunto"
                | "adjuntos"
                | "allegato"
                | "allegati"
                | "anexo"
                | "anexos"
                | "bijlage"
                | "bijlagen"
                | "załącznik"
                | "załączniki"
        )
    })
}

/// A command whose output's lines are counted on the line `at` (from 0: `ios apps --list
/// | wc -l`, cmd's `… | find /c /v ""`), its count on the next line with text (`47`), and
/// the same command later printing fewer lines than that, up to the next prompt or the
/// end: the index of the count's line. (As many or more: the list is whole.)
fn counted_then_printed(lines: &[&str], at: usize, entries: &[super::Entry]) -> Option<usize> {
    let command = command_typed(crate::text::trim(lines.get(at)?))?;
    let (lister, counter) = command.rsplit_once('|')?;
    let counter: Vec<&str> = counter.split_whitespace().collect();
    let counts = matches!(counter.as_slice(), ["wc", "-l"])
        || matches!(counter.first(), Some(&"find") | Some(&"FIND"))
            && counter.iter().any(|w| w.eq_ignore_ascii_case("/c"));
    if !counts {
        return None;
    }
    // (The same command again, its layout aside: `ls -1 /Applications` prints what `ls
    // /Applications` counted, one a line.)
    let layout = |w: &&str| matches!(*w, "-1" | "-C" | "-x" | "-m");
    let lister: Vec<&str> = lister.split_whitespace().filter(|w| !layout(w)).collect();
    let (count_at, count) = lines
        .iter()
        .enumerate()
        .skip(at + 1)
        .find(|(_, l)| !is_blank(l))
        .and_then(|(k, l)| Some((k, super::formats::whole_number(crate::text::trim(l))?)))?;
    // (Or through filters that keep every line, `rpm -qa | sort`, `| less`.)
    let keeps_all = |filter: &str| {
        let words: Vec<&str> = filter.split_whitespace().collect();
        // (Not `sort -u`, which leaves out what is there twice.)
        matches!(words.as_slice(), ["sort", flags @ ..] if !flags.iter().any(|f| f.starts_with('-') && f.contains('u')))
            || matches!(words.as_slice(), ["cat"] | ["less", ..] | ["more"] | ["tee", _])
    };
    let again = lines.iter().enumerate().skip(count_at + 1).find(|(_, l)| {
        command_typed(crate::text::trim(l)).is_some_and(|c| {
            let mut parts = c.split('|');
            let lists = parts.next().unwrap_or("");
            parts.all(keeps_all)
                && lists
                    .split_whitespace()
                    .filter(|w| !layout(w))
                    .eq(lister.iter().copied())
        })
    })?;
    let printed: Vec<usize> = (again.0 + 1..lines.len())
        .take_while(|&k| {
            lines
                .get(k)
                .is_some_and(|l| command_typed(crate::text::trim(l)).is_none())
        })
        .filter(|&k| lines.get(k).is_some_and(|l| !is_blank(l)))
        .collect();
    // (Its lines, or the apps read on them when they are in columns, `ls`'s.)
    let (first, last) = (
        printed.first().map_or(0, |k| k + 1),
        printed.last().map_or(0, |k| k + 1),
    );
    let apps = entries.iter().filter(|e| (first..=last).contains(&e.line)).count();
    (count > printed.len().max(apps) as u64).then_some(count_at)
}

/// The code typed at an interpreter's prompt, Python's `>>> ` or R's and Node's `> `, when
/// it reads as code: a call, a member or an index first (`len(df)`, `df.head(10)`), or a
/// name alone or assigned or piped (`df`, `apps <- read_csv(…)`, `apps |> slice(1:10)`).
/// A mail's quoted words, `> Hi John, see below`, are none.
pub(super) fn repl_command(text: &str) -> Option<&str> {
    let rest = crate::text::trim(text.strip_prefix(">>> ").or_else(|| text.strip_prefix("> "))?);
    let first = rest.split(' ').next()?;
    let begins = first
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_' || b == b'(');
    let name = begins && first.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    let after = crate::text::trim(rest.get(first.len()..).unwrap_or(""));
    let code = begins && first.contains(['(', '.', '['])
        || name && (after.is_empty() || after.starts_with(['=', '<', '|']))
        || matches!(first, "const" | "let" | "var" | "import" | "from" | "print");
    code.then_some(rest)
}

/// What a command counts: the file of `wc -l FILE`, the command of PowerShell's `(X).Count`
/// or `X | Measure-Object`, the name of an interpreter's `len(X)`, `nrow(X)`, `length(X)`,
/// `X.length`, `X.shape[0]`.
fn counted_thing(command: &str) -> Option<&str> {
    let words: Vec<&str> = command.split_whitespace().collect();
    if let ["wc", "-l", file] = words.as_slice() {
        return Some(file);
    }
    if let Some(inner) = command.strip_prefix('(').and_then(|c| {
        let at = c.len().checked_sub(").count".len())?;
        c.get(at..)?
            .eq_ignore_ascii_case(").count")
            .then(|| c.get(..at))
            .flatten()
    }) {
        return Some(crate::text::trim(inner));
    }
    if let Some((lister, counter)) = command.split_once('|') {
        let counter = crate::text::trim(counter);
        return ["measure-object", "measure"]
            .iter()
            .any(|m| counter.get(..m.len()).is_some_and(|c| c.eq_ignore_ascii_case(m)))
            .then(|| crate::text::trim(lister));
    }
    let identifier = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    // (SQL's `SELECT count(*) FROM apps;`, osquery's and sqlite's; anywhere in the
    // command, `sqlite3 Manifest.db "SELECT count(DISTINCT domain) FROM Files WHERE …"`.)
    let at = |word: &str| {
        words
            .iter()
            .position(|w| w.trim_start_matches(['"', '\'']).eq_ignore_ascii_case(word))
    };
    if let Some(select) = at("select") {
        let counts = words
            .get(select + 1)
            .is_some_and(|c| c.get(..6).is_some_and(|c| c.eq_ignore_ascii_case("count(")));
        let from = words
            .iter()
            .skip(select + 1)
            .position(|w| w.eq_ignore_ascii_case("from"));
        let table = from
            .and_then(|f| words.get(select + f + 2))
            .map(|t| t.trim_end_matches([';', '"', '\'']));
        if let Some(table) = table.filter(|t| counts && identifier(t)) {
            return Some(table);
        }
    }
    for call in ["len(", "nrow(", "NROW(", "length("] {
        if let Some(inner) = command.strip_prefix(call).and_then(|c| c.strip_suffix(')')) {
            let thing = inner.split('.').next().unwrap_or(inner);
            return identifier(thing).then_some(thing);
        }
    }
    let (thing, member) = command.split_once('.')?;
    (identifier(thing) && matches!(member, "length" | "size" | "shape[0]" | "count()" | "Count")).then_some(thing)
}

/// The number a counting command printed: `47`, R's `[1] 30`, `Count : 10`, `wc`'s `18
/// apps.txt`.
fn count_printed(line: &str) -> Option<u64> {
    let line = crate::text::trim(line.strip_prefix("[1]").unwrap_or(line));
    let line = line.strip_prefix("Count").map_or(line, |rest| {
        crate::text::trim(rest.trim_start().strip_prefix(':').unwrap_or(rest))
    });
    let mut words = line.split_whitespace();
    let count = super::formats::whole_number(words.next()?)?;
    let file = |w: &str| w.contains(['/', '\\', '.']);
    (words.next().is_none_or(file) && words.next().is_none()).then_some(count)
}

/// A command on the line `at` (from 0) that counts what a later command prints
/// ([`counted_thing`]), its count on the next line with text ([`count_printed`]; a rule
/// of dashes over it is no text), and
/// the first later command at a prompt naming the same thing (`cat FILE`, `X | Format-List`,
/// `df.head(10)`, `apps`) printing fewer rows than that, up to the next line at its prompt
/// or the end: the index of the count's line. (The rows read there, or its lines with text
/// when none was read.)
fn counted_before_printed(lines: &[&str], at: usize, command: &str, entries: &[super::Entry]) -> Option<usize> {
    let thing = counted_thing(command)?;
    // (On the next line with text, or in a drawn table's cell under its header, `| 13 |`.)
    // (Or in a vertical row's one field under its rule, mysql's `*** 1. row ***` over
    // `COUNT(*): 11`, psql's `-[ RECORD 1 ]` over `count | 11`.)
    let vertical = |l: &str| super::formats::vertical_rule(crate::text::trim(l));
    let drawn = |l: &str| l.trim().starts_with(['+', '|']) || vertical(l);
    fn field(l: &str) -> Option<&str> {
        let (key, value) = l.rsplit_once([':', '|'])?;
        key.to_ascii_lowercase().contains("count").then(|| value.trim())
    }
    // (Under the rule of dashes that underlines its column, sqlcmd's `-----------`.)
    let rule = |l: &str| {
        let l = l.trim();
        l.len() >= 3 && l.bytes().all(|b| b == b'-')
    };
    let (count_at, count) = lines
        .iter()
        .enumerate()
        .skip(at + 1)
        .filter(|(_, l)| !is_blank(l) && !rule(l))
        .take(5)
        .enumerate()
        .take_while(|(i, (_, l))| *i == 0 || drawn(l) || *i == 1 && field(l).is_some())
        .find_map(|(_, (k, l))| {
            let cell = l.trim().trim_matches('|');
            Some((k, count_printed(cell).or_else(|| count_printed(field(l)?))?))
        })?;
    fn typed(l: &str) -> Option<(&str, &str)> {
        let t = crate::text::trim(l);
        command_typed(t).or_else(|| repl_command(t)).map(|c| (t, c))
    }
    // (A path, or a file's name with its extension, `export.jsonl`: found as written.)
    let path = thing.contains(['/', '\\', '-', '.']);
    let names = |c: &str| {
        if path {
            crate::case::lower(c).contains(&crate::case::lower(thing))
        } else {
            c.split(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '_'))
                .any(|w| w == thing)
        }
    };
    let (print_at, prompt) = lines.iter().enumerate().skip(count_at + 1).find_map(|(k, l)| {
        let (t, c) = typed(l)?;
        (counted_thing(c).is_none() && names(c))
            .then(|| (k, crate::text::trim(t.get(..t.len() - c.len()).unwrap_or(""))))
    })?;
    let end = lines
        .iter()
        .enumerate()
        .skip(print_at + 1)
        .find(|(_, l)| !prompt.is_empty() && crate::text::trim(l).starts_with(prompt))
        .map_or(lines.len(), |(k, _)| k);
    let read = entries
        .iter()
        .filter(|e| e.line > print_at + 1 && e.line <= end)
        .count();
    let printed = if read > 0 {
        read
    } else {
        lines
            .get(print_at + 1..end)
            .unwrap_or_default()
            .iter()
            .filter(|l| !is_blank(l))
            .count()
    };
    (count > printed as u64).then_some(count_at)
}

/// Whether the line `line` (from 1) is a text file's name and a colon, and the file's
/// text under it (`Tom_iPhone_Apps.csv:` over the export's header and rows, `apps.txt:`
/// over names; its name alone over a table's header): the file is pasted here, no
/// attachment. Its name alone over names, a picture's, or with nothing read right under
/// it, is still one.
fn file_shown_under(lines: &[&str], line: usize, entries: &[super::Entry]) -> bool {
    const TEXT_FILES: [&str; 9] = [
        ".csv", ".tsv", ".txt", ".json", ".xml", ".md", ".yaml", ".yml", ".plist",
    ];
    let Some(written) = lines.get(line.wrapping_sub(1)).map(|l| crate::text::trim(l)) else {
        return false;
    };
    // (Without its colon, over a table's header: `DeviceApplication_2025.csv` over
    // `Application Name,Package Name,Version`.)
    let header = || {
        lines
            .get(line)
            .is_some_and(|next| [',', ';', '\t'].iter().any(|&d| next.matches(d).nth(1).is_some()))
    };
    let name = match written.strip_suffix(':') {
        Some(name) => name.trim_end(),
        None if header() => written,
        None => return false,
    };
    // (A name of one word: not `See the attached apps.csv:`.)
    name.len() > 4
        && !name.contains(char::is_whitespace)
        && TEXT_FILES.iter().any(|e| crate::text::ends_with_any_case(name, e))
        && lines.get(line).is_some_and(|next| !is_blank(next))
        && entries.iter().any(|e| (line + 1..=line + 2).contains(&e.line))
}

/// The command typed on a line that is one ([`typed_command`]): after the prompt's sign,
/// or cmd.exe's `C:\…>`.
#[inline(never)]
fn command_typed(text: &str) -> Option<&str> {
    if let Some(command) = program_prompt(text) {
        return Some(command);
    }
    if !typed_command(text) {
        return None;
    }
    match prompt_sign(text) {
        Some(at) => text.get(at + 1..).map(crate::text::trim),
        None => text.split_once('>').map(|(_, command)| crate::text::trim(command)),
    }
}

/// Whether a line has a `|` followed by a program that keeps part of what it is given
/// (`| head -20`, `| grep`): most lines with a `|` are tables' rows, let go here.
fn piped_to_a_filter(line: &str) -> bool {
    const FILTERS: Words = words!(
        "head|tail|grep|egrep|fgrep|rg|findstr|select-string|sls|where-object|where|?|select-object|select|sed|awk",
    );
    line.split('|')
        .skip(1)
        .any(|stage| stage.split_whitespace().next().is_some_and(|w| FILTERS.contains(w)))
}

/// The command that lists apps on a line, from its program's name to the line's end,
/// whatever prompt is before it (`adb shell pm list packages`, `winget list`,
/// `Get-AppxPackage`, `dpkg -l`, `brew list`): a lister's name at a word's start.
fn lister_command(line: &str) -> Option<&str> {
    // (The command and its arguments, as typed: `adb` alone or `Snap` begin apps' and
    // companies' names in a table's cells.)
    const LISTERS: [&str; 22] = [
        "adb shell",
        "adb -s ",
        "adb -d ",
        "adb -e ",
        "pm list ",
        "cmd package ",
        "winget list",
        "winget export",
        "get-appxpackage",
        "get-package",
        "get-startapps",
        "dpkg -l",
        "dpkg --list",
        "dpkg-query",
        "rpm -q",
        "brew list",
        "flatpak list",
        "snap list",
        "ideviceinstaller",
        "mas list",
        "system_profiler",
        "wmic product",
    ];
    // (Before the first pipe only, on a line that does not begin with one: a table's row.)
    if line.trim_start().starts_with('|') {
        return None;
    }
    let head = line.get(..line.find('|')?).unwrap_or("");
    let bytes = head.as_bytes();
    (0..bytes.len())
        .filter(|&at| at == 0 || bytes.get(at - 1).is_some_and(|b| !b.is_ascii_alphanumeric()))
        .find(|&at| {
            LISTERS.iter().any(|l| {
                bytes
                    .get(at..at + l.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(l.as_bytes()))
            })
        })
        .and_then(|at| line.get(at..))
}

/// Whether a command shows only part of what it lists: its output piped through a filter
/// (`| head -2`, `| tail`, `| grep -v google`, `| findstr zoom`, `| Select-String`, `|
/// Where-Object …`, `| Select-Object -First 5`, `| sed -n …`), or a lister asked for some
/// of its apps: `pm list packages` with `-e`, `-d`, `-s` or a name (`-3`, third-party apps,
/// is how a list of apps is asked for), `winget list` with a query or a source,
/// `Get-AppxPackage` with a name, `dpkg -l`, `rpm -qa`, `snap list`, `brew list`, `choco
/// list`, `scoop list`, `zypper se`, `dnf list installed` or `pacman -Q` with a pattern, a
/// path with a wildcard; Windows' installer database with a condition (`wmic product
/// where …`, `Get-CimInstance -Filter …`), `Get-Package` or `Get-StartApps` by name or
/// provider, `pkgutil --pkgs=…`, `mdfind -onlyin` another folder or `-name`, `apt list`,
/// `rpm -q` or `dpkg-query -W` with names, `ls` with a pattern. Sorting, columns and formats
/// leave the list whole.
#[inline(never)]
fn filtered(command: &str) -> bool {
    const FILTERS: Words =
        words!("head|tail|grep|egrep|fgrep|rg|ag|findstr|find|select-string|sls|where-object|where|?");
    let lower = crate::case::lower(command);
    let mut stages = lower.split('|');
    let lister: Vec<&str> = stages.next().unwrap_or("").split_whitespace().collect();
    let piped = stages.any(|stage| {
        let mut words = stage.split_whitespace();
        let program = words.next().unwrap_or("");
        let args: Vec<&str> = words.collect();
        FILTERS.contains(program)
            && !(matches!(program, "where-object" | "where" | "?") && keeps_every_named(&args))
            && !keeps_every_package(program, &args)
            || matches!(program, "select-object" | "select") && args.iter().any(|a| matches!(*a, "-skip" | "-index"))
            // (Not `sed -n 's/^package://p'`, which prints every line without its prefix.)
            || program == "sed" && args.contains(&"-n") && !args.iter().any(|a| a.trim_matches(['\'', '"']).starts_with("s/^package:"))
            || program == "awk"
                && args
                    .iter()
                    .any(|a| a.contains('/') || a.contains("nr") || a.contains("=="))
    });
    if piped {
        return true;
    }
    // (Or shown a page at a time: `Out-Host -Paging`; or a query with a condition:
    // `SELECT name FROM apps WHERE name LIKE '%o%'`.)
    let query = lower.trim_start().starts_with("select ") || lower.contains(" select ");
    // (Not the condition that keeps every app of an iPhone's backup, its apps' domains,
    // `WHERE domain LIKE 'AppDomain-%'`, and nothing else.)
    let app_domains = lower.contains("like 'appdomain-%'") && !lower.contains(" and ") && !lower.contains(" or ");
    if lower.contains("-paging") || query && lower.contains(" where ") && !one_devices(&lower) && !app_domains {
        return true;
    }
    // The lister's words after its name, and whether one is no flag (a pattern or a name).
    let after = |name: &[&str]| {
        lister
            .windows(name.len())
            .position(|w| w == name)
            .and_then(|at| lister.get(at + name.len()..))
    };
    let positional = |args: &[&str], valued: &[&str]| {
        let mut skip = false;
        args.iter().any(|a| {
            let value = std::mem::replace(&mut skip, valued.contains(a));
            !value && !a.starts_with('-') && !a.starts_with('>') && !a.starts_with('2')
        })
    };
    let wildcard = lister.iter().skip(1).any(|a| a.contains('*'));
    if let Some(args) = after(&["pm", "list", "packages"]) {
        // (`--uid 10234`: the packages of one uid alone.)
        return wildcard
            || positional(args, &["--user", "--uid"])
            || args.contains(&"--uid")
            || args.iter().any(|a| {
                a.starts_with('-') && !a.starts_with("--") && a.chars().skip(1).any(|c| matches!(c, 'e' | 'd' | 's'))
            });
    }
    if let Some(args) = after(&["winget", "list"]) {
        return positional(args, &[])
            || args.iter().any(|a| {
                matches!(
                    *a,
                    "--name"
                        | "--id"
                        | "--moniker"
                        | "--tag"
                        | "--command"
                        | "-q"
                        | "--query"
                        | "--source"
                        | "-s"
                        | "--count"
                        | "-n"
                        | "--upgrade-available"
                )
            });
    }
    if let Some(args) = after(&["get-appxpackage"]) {
        return wildcard
            || args.iter().any(|a| matches!(*a, "-name" | "-packagetypefilter"))
            || positional(args, &["-user"]);
    }
    // (Windows' installer database with a condition: `wmic product where "…"`,
    // `Get-CimInstance … -Filter "…"`, `Get-WmiObject … -Query "… WHERE …"`.)
    if let Some(args) = after(&["wmic", "product"]) {
        return args.contains(&"where");
    }
    // (`-Filter "Name IS NOT NULL"` keeps every named one.)
    let not_null = lower.contains(" is not null") && !lower.contains(" like ") && !lower.contains('=');
    for cmdlet in ["get-ciminstance", "gcim", "get-wmiobject", "gwmi"] {
        if let Some(args) = after(&[cmdlet]) {
            return !not_null
                && (args.iter().any(|a| matches!(*a, "-filter" | "-f"))
                    || args.contains(&"-query") && lower.contains(" where "));
        }
    }
    // (A cmdlet asked for some by name or by kind: `Get-Package -Name "Microsoft*"`,
    // `Get-Package -ProviderName msi`, `Get-StartApps -Name Micro`.)
    // (Not `-Name *`, every one; nor `-ProviderName Programs -IncludeWindowsInstaller`,
    // the usual way to ask for every program, the installer's too.)
    for cmdlet in ["get-package", "get-startapps"] {
        if let Some(args) = after(&[cmdlet]) {
            let every = |a: &&str| a.trim_matches(['"', '\'']) == "*";
            let args: Vec<&str> = args.iter().copied().filter(|a| !every(a)).collect();
            let all_programs = args.contains(&"-includewindowsinstaller");
            return args.iter().any(|a| a.contains('*'))
                || args.iter().any(|a| match *a {
                    "-providername" | "-provider" => !all_programs,
                    "-source" | "-type" => true,
                    "-name" => args
                        .iter()
                        .skip_while(|b| *b != a)
                        .nth(1)
                        .is_some_and(|v| !v.starts_with('-')),
                    _ => false,
                })
                || positional(&args, &["-scope", "-name", "-providername", "-provider"]);
        }
    }
    // (`pkgutil --pkgs=com.microsoft.*`, a pattern for the ids; `mdfind -onlyin
    // /Applications/Microsoft …`, one folder; `pacman -Qs micro`, a search.)
    if let Some(args) = after(&["pkgutil"]) {
        return args
            .iter()
            .any(|a| a.strip_prefix("--pkgs=").is_some_and(|p| !p.is_empty()))
            || args
                .windows(2)
                .any(|w| matches!(w, ["--pkgs", p] if !p.starts_with('-')));
    }
    // (`mdfind -onlyin /Applications`, where apps are, is all of them; another folder, or
    // `-name zoom`, some.)
    if let Some(args) = after(&["mdfind"]) {
        let folder = args.iter().skip_while(|a| **a != "-onlyin").nth(1);
        return folder.is_some_and(|f| !matches!(f.trim_end_matches('/'), "/applications" | "~/applications"))
            || args.contains(&"-name");
    }
    // (`ls -d /Applications/[GSZ]*.app`, `ls /Applications/Z*`: a folder's names picked by a
    // pattern; `/Applications/*.app` or `*` alone is all of them.)
    if let Some(args) = after(&["ls"]) {
        return args.iter().any(|a| {
            let last = a
                .trim_matches(['"', '\''])
                .trim_end_matches('/')
                .rsplit('/')
                .next()
                .unwrap_or("");
            last.contains(['*', '?', '[']) && !matches!(last, "*" | "*.app" | "*.apk" | "*.desktop" | "*/")
        });
    }
    if let Some(args) = after(&["pacman"]) {
        return args.get(1..).is_some_and(|rest| positional(rest, &[]));
    }
    for lister_name in [
        &["dpkg", "-l"][..],
        &["dpkg", "--list"],
        &["dpkg-query", "-l"],
        &["rpm", "-qa"],
        &["snap", "list"],
        &["brew", "list"],
        &["choco", "list"],
        &["apt", "list"],
        &["dpkg-query", "-w"],
        &["rpm", "-q"],
        &["scoop", "list"],
        &["zypper", "se"],
        &["zypper", "search"],
        &["dnf", "list", "installed"],
        &["yum", "list", "installed"],
    ] {
        if let Some(args) = after(lister_name) {
            return wildcard || positional(args, &[]);
        }
    }
    false
}

/// A search that keeps the line every package of the lister's output begins with, and
/// nothing narrower (`dumpsys package packages | grep 'Package \['`, `pm list packages |
/// grep package:`): every package is kept, so the list is whole. (Not with `-v`, nor a
/// pattern naming more, `grep package:com.google`.)
fn keeps_every_package(program: &str, args: &[&str]) -> bool {
    let pattern: String = args
        .iter()
        .filter(|a| !a.starts_with('-'))
        .flat_map(|a| a.chars())
        .filter(|c| !matches!(c, '\'' | '"' | '^' | '\\' | '[' | ':' | ' '))
        .collect();
    matches!(
        program,
        "grep" | "egrep" | "fgrep" | "rg" | "findstr" | "select-string" | "sls"
    ) && !args
        .iter()
        .any(|a| a.starts_with('-') && !a.starts_with("--") && a.contains('v'))
        && pattern == "package"
}

/// Whether `Where-Object`'s condition only asks that a property be there (`{$_.DisplayName}`,
/// `DisplayName`, `{ $_.DisplayName -ne $null }`, `{ -not [string]::IsNullOrEmpty($_.Name) }`):
/// every app that has a name is kept, as a list of the registry's uninstall keys asks.
fn keeps_every_named(args: &[&str]) -> bool {
    let condition: String = args
        .concat()
        .chars()
        .filter(|c| !matches!(c, '{' | '}' | '(' | ')') && !c.is_whitespace())
        .collect();
    let property = |p: &str| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    let named = |p: &str| property(p.strip_prefix("$_.").unwrap_or(p));
    let rest = condition.as_str();
    named(rest)
        || rest.strip_suffix("-ne$null").is_some_and(named)
        || rest.strip_suffix("-ne''").is_some_and(named)
        || rest.strip_suffix("-ne\"\"").is_some_and(named)
        || rest.strip_prefix("$null-ne").is_some_and(named)
        || [
            "-not[string]::isnullorempty",
            "![string]::isnullorempty",
            "-not[string]::isnullorwhitespace",
        ]
        .iter()
        .any(|p| rest.strip_prefix(p).is_some_and(named))
}

/// Whether a query's conditions only pick one device's rows (`WHERE device_id = 1017`,
/// `WHERE d.serial = 'F2LX…'`, `AND computer = 'PC-0042'`): all of that device's apps, so
/// no filter of its list.
fn one_devices(lower: &str) -> bool {
    const DEVICE: [&str; 8] = [
        "device", "serial", "computer", "host", "machine", "asset", "udid", "imei",
    ];
    let Some((_, conditions)) = lower.split_once(" where ") else {
        return false;
    };
    let conditions = [" order by", " group by", " limit", ";", " fetch"]
        .iter()
        .filter_map(|end| conditions.find(end))
        .min()
        .and_then(|at| conditions.get(..at))
        .unwrap_or(conditions);
    conditions.split(" and ").all(|condition| {
        condition.split_once('=').is_some_and(|(column, _)| {
            let column = column.trim().rsplit('.').next().unwrap_or("");
            !column.is_empty() && !column.contains(' ') && DEVICE.iter().any(|d| column.contains(d))
        }) && !condition.contains(" like ")
            && !condition.contains(" or ")
    })
}

/// A screen's list in letters (the App Library's, a phone's settings): each letter a
/// heading over its apps (`M`, `S`), and the index beside them (`A B C … Z #`), none of
/// them apps. When the list begins past B (its first letter, or the apps in order right
/// above it; no `#` before them), it was scrolled away from its start: a note at its
/// first letter.
fn letter_index(list: &mut AppList, lines: &[&str]) {
    // (Most lines are longer than a letter and its white space: let go by their length.)
    let letter = |line: &str| match line.len() <= 4 {
        true => match crate::text::trim(line).as_bytes() {
            [b @ (b'A'..=b'Z' | b'#')] => Some(*b),
            _ => None,
        },
        false => None,
    };
    let mut headings: Vec<(usize, u8)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if let Some(b) = letter(line) {
            headings.push((i, b));
        } else if line.len() >= 40 && crate::text::trim(line).as_bytes().get(1) == Some(&b' ') {
            // (The index: the alphabet's letters alone, twenty of them at least; a line
            // whose second character is no space is let go before its words are counted.)
            let mut words = line.split_whitespace();
            let index = words.clone().count() >= 20
                && words.all(|w| w.len() == 1 && !w.bytes().any(|b| b.is_ascii_lowercase()));
            if index {
                list.entries.retain(|e| e.line != i + 1);
                list.structure.push((i + 1, i + 1));
            }
        }
    }
    // (Two letters at least, in order: `X` alone is an app.)
    let letters: Vec<u8> = headings.iter().map(|&(_, b)| b).filter(|&b| b != b'#').collect();
    if letters.len() < 2 || letters.windows(2).any(|w| matches!(w, [a, b] if a >= b)) {
        return;
    }
    for &(i, _) in &headings {
        list.entries.retain(|e| e.line != i + 1);
        list.structure.push((i + 1, i + 1));
    }
    // (Where the list begins: its first letter, or the apps right above it, in their
    // order a letter apart at most, `Authenticator`, `Banking`, `Chrome` over `D`; a
    // title over them is no part of that run, `App Library` over `Maps`, `Messages`.)
    let begins = |&&(i, first): &&(usize, u8)| {
        let mut start = first;
        for j in (0..i).rev() {
            if !list.entries.iter().any(|e| e.line == j + 1) {
                continue;
            }
            let Some(&b) = lines.get(j).and_then(|l| crate::text::trim(l).as_bytes().first()) else {
                continue;
            };
            let b = if b.is_ascii_alphabetic() {
                b.to_ascii_uppercase()
            } else {
                b'#'
            };
            if b > start || start - b > 1 {
                break;
            }
            start = b;
        }
        start > b'B'
    };
    // (A `#` first, over names in digits, is no letter: A comes after it.)
    if let Some(&(i, first)) = headings.iter().find(|&&(_, b)| b != b'#').filter(begins) {
        list.notes.push(Note {
            line: i + 1,
            skipped: Skipped::Elsewhere {
                excerpt: excerpt(&char::from(first).to_string()),
            },
        });
    }
}

/// A screen's two tabs, one profile's apps and the other's (`Personal` and `Work` on an
/// Android phone with a work profile), copied over the apps of one of them: the other's
/// are not here. A note at the tabs, which are no apps. (A heading over each profile's
/// own apps, `Work:` … `Personal:` …, is a list's sections.)
fn profile_tabs(list: &mut AppList, lines: &[&str]) {
    const PERSONAL: Words = words!("personal|persönlich|privat|personnel|personnelle|personale|osobiste|pessoal");
    const WORK: Words =
        words!("work|arbeit|geschäftlich|dienstlich|travail|professionnel|trabajo|lavoro|praca|trabalho");
    // Which tab a line names, if it names one: `Some(true)` the personal one. (Most lines
    // are longer than these words, or of two words: let go before they are looked up.)
    let tab = |line: &str| {
        if line.len() > 16 {
            return None;
        }
        let word = crate::text::trim(line);
        if word.is_empty() || word.contains(' ') {
            return None;
        }
        if PERSONAL.contains(word) {
            Some(true)
        } else if WORK.contains(word) {
            Some(false)
        } else {
            None
        }
    };
    let mut before: Option<(usize, bool)> = None;
    for (i, line) in lines.iter().enumerate().filter(|(_, l)| !is_blank(l)) {
        let this = tab(line);
        if let (Some((at, a)), Some(b)) = (before, this) {
            if a != b {
                list.entries.retain(|e| e.line != at + 1 && e.line != i + 1);
                list.structure.push((at + 1, i + 1));
                list.notes.push(Note {
                    line: at + 1,
                    skipped: Skipped::Elsewhere {
                        excerpt: excerpt(crate::text::trim(lines.get(at).copied().unwrap_or(""))),
                    },
                });
                return;
            }
        }
        before = this.map(|kind| (i, kind));
    }
}

/// A view of all the apps, then how they are sorted (Google Play's `Installed` over
/// `Recently updated`): the sort's words, read as a heading over some of the apps, are
/// no note, and neither line an app. (A view of some under it, `Installed` over
/// `Disabled` or `Updates available`, is the view shown: a note still.)
fn sorted_view(list: &mut AppList, lines: &[&str]) {
    let mut sorted = Vec::new();
    for note in &list.notes {
        let Skipped::Elsewhere { .. } = note.skipped else {
            continue;
        };
        let at = note.line.wrapping_sub(1);
        let above = lines
            .get(..at)
            .unwrap_or_default()
            .iter()
            .enumerate()
            .rev()
            .find(|(_, l)| !is_blank(l));
        let text = crate::text::trim(lines.get(at).copied().unwrap_or(""));
        if let Some((view, _)) = above.filter(|(_, l)| super::formats::ALL_VIEW.contains(crate::text::trim(l))) {
            if super::formats::subset_heading(text) && super::formats::sort_order(text) {
                sorted.push((view + 1, note.line));
            }
        }
    }
    for (view, line) in sorted {
        list.notes.retain(|n| n.line != line);
        list.entries.retain(|e| e.line != view && e.line != line);
        list.structure.push((view, line));
    }
}

/// Groups whose heading counts their rows (`Trabajo (3):` … `Personal (17):`, `## Arbeit
/// (4)`, a folder's or a section's apps): one that counts more apps than are under it, up to the next
/// heading, says the rest is not here, whatever the other groups and the whole hold. (A
/// heading a count's reader reads, `Apps (7):`, is weighed by [`settle`] against the whole
/// too, when this finds it whole.)
fn group_counts(list: &mut AppList, lines: &[&str]) {
    // (`Personal (17):`, `## Arbeit (4)`, `📁 Social [5]`: its label and its count in
    // brackets, a colon after it or not; and whether it has the colon.)
    let count = |line: &str| {
        let text = crate::text::trim(line);
        let (text, colon) = match text.strip_suffix(':') {
            Some(head) => (head.trim_end(), true),
            None => (text, false),
        };
        let head = text.strip_suffix(')').or_else(|| text.strip_suffix(']'))?;
        let (label, count) = head.rsplit_once(['(', '['])?;
        // (Not a call in code, its argument glued to it, `db.apps.find().limit(50)`, nor a
        // command typed at a prompt: `inventory> …`, `$ …`.)
        if label.ends_with(|c: char| c.is_alphanumeric() || c == '_') && label.contains(['.', '(', ')'])
            || command_typed(text).or_else(|| repl_command(text)).is_some()
        {
            return None;
        }
        // (Not a year, `Apps [2023]`: no group of a phone's has more than the most apps.)
        // (Or the count with its word for apps, `Work (8 apps)`.)
        let mut words = count.split_whitespace();
        let count = words
            .next()
            .and_then(super::formats::whole_number)
            .filter(|&c| c <= MOST_APPS)?;
        if !words
            .next()
            .is_none_or(|w| super::formats::APP_WORDS.contains(w) || ITEMS.contains(w))
            || words.next().is_some()
        {
            return None;
        }
        label.chars().any(char::is_alphabetic).then_some((count, colon))
    };
    // (Or after a dash or a colon, `Work – 8`, `Social - 5 apps`, `Work: 8`: its label a
    // few words of letters, no device's detail nor a total, `iOS – 17`, `Battery: 85`.)
    let dashed = |line: &str| {
        let text = crate::text::trim(line);
        let (head, last) = text.rsplit_once(' ')?;
        // (A number last, or a word for apps after it: most lines end in neither, and are
        // let go by their last byte.)
        let (head, number) = if last.as_bytes().last().is_some_and(u8::is_ascii_digit) {
            (head, last)
        } else if last.len() <= 14 && (super::formats::APP_WORDS.contains(last) || ITEMS.contains(last)) {
            head.trim_end().rsplit_once(' ')?
        } else {
            return None;
        };
        let label = head.trim_end().strip_suffix([':', '-', '–', '—'])?;
        let count = super::formats::whole_number(number).filter(|&c| (1..=MOST_APPS).contains(&c))?;
        let label = label
            .trim()
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim_start();
        let words = label.split_whitespace();
        let fits = (1..=3).contains(&words.clone().count())
            && words
                .clone()
                .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '&') && !DETAILS.contains(w));
        fits.then_some(count)
    };
    // (Most lines: let go by their last byte, or by having no colon or dash.)
    let shaped = |line: &&str| {
        let line = line.trim_end().trim_end_matches(':');
        line.ends_with(')') || line.ends_with(']')
    };
    let dash_shaped = |line: &&str| {
        line.as_bytes().last().is_some_and(|&b| b.is_ascii_digit() || b == b's')
            && line.bytes().any(|b| matches!(b, b':' | b'-' | 0xE2))
    };
    // (A dashed heading's group begins on the next line with an app, and it is first, after
    // a blank line, or among others: `Mail - 3` among names may be an app and its badge.)
    let mut dashes: Vec<(usize, u64)> = (lines.iter().enumerate())
        .filter(|(_, l)| dash_shaped(l))
        .filter_map(|(i, l)| dashed(l).map(|c| (i + 1, c)))
        .collect();
    if dashes.is_empty() && !lines.iter().any(shaped) {
        return;
    }
    if !dashes.is_empty() {
        let mut app_at = vec![false; lines.len() + 2];
        for e in &list.entries {
            if let Some(slot) = app_at.get_mut(e.line) {
                *slot = true;
            }
        }
        let next_has_app = |n: usize| {
            (n + 1..=lines.len())
                .find(|&m| lines.get(m - 1).is_some_and(|l| !super::is_blank(l)))
                .is_some_and(|m| app_at.get(m).copied().unwrap_or(false))
        };
        // (Not a count a reader weighed already, a sender's `Anna: 3 apps`.)
        dashes.retain(|&(n, _)| next_has_app(n) && !list.counts.iter().any(|&(m, _)| m == n));
    }
    let after_blank = |n: usize| n == 1 || lines.get(n.wrapping_sub(2)).is_some_and(|l| super::is_blank(l));
    let several_dashes = dashes.len() >= 2;
    let mut headings: Vec<(usize, u64, bool)> = (lines.iter().enumerate())
        .filter(|(_, l)| shaped(l))
        .filter_map(|(i, l)| count(l).map(|(c, colon)| (i + 1, c, colon)))
        .collect();
    // (Read as a colon's: in the group's place, wherever it stands.)
    headings.extend(
        dashes
            .into_iter()
            .filter(|&(n, _)| several_dashes || after_blank(n))
            .map(|(n, c)| (n, c, true)),
    );
    headings.sort_unstable();
    if headings.is_empty() {
        return;
    }
    // (Without its colon, a heading only when it is marked as one, `## Arbeit (4)`, `📁
    // Social (5)`, or among others so shaped, or first: `Mail (3)` among names is an app
    // and its badge.)
    let several = headings.len() >= 2;
    let first = lines.iter().position(|l| !super::is_blank(l)).map_or(0, |i| i + 1);
    let marked = |n: usize| {
        let text = crate::text::trim(lines.get(n - 1).copied().unwrap_or(""));
        text.starts_with('#')
            || text
                .chars()
                .next()
                .is_some_and(|c| !c.is_alphanumeric() && !c.is_ascii())
    };
    let headings: Vec<(usize, u64)> = headings
        .into_iter()
        .filter(|&(n, _, colon)| colon || several || n == first || marked(n))
        .map(|(n, c, _)| (n, c))
        .collect();
    // (Which lines hold an app and which a note, found once: a text of thousands of
    // groups asked each line of each group against every entry.)
    let mut entry_at = vec![false; lines.len() + 2];
    let mut rows_to = vec![0usize; lines.len() + 2];
    // (Headings without their colon were read as names: they are the list's structure.)
    let bare = |n: usize| !crate::text::trim(lines.get(n - 1).copied().unwrap_or("")).ends_with(':');
    let taken: Vec<usize> = headings.iter().map(|&(n, _)| n).filter(|&n| bare(n)).collect();
    list.entries.retain(|e| taken.binary_search(&e.line).is_err());
    list.structure.extend(taken.iter().map(|&n| (n, n)));
    for e in &list.entries {
        if let Some(slot) = entry_at.get_mut(e.line) {
            *slot = true;
        }
        if let Some(count) = rows_to.get_mut(e.line) {
            *count += 1;
        }
    }
    // (Entries up to each line, so a group's are one subtraction.)
    let mut sum = 0;
    for count in &mut rows_to {
        sum += *count;
        *count = sum;
    }
    let mut noted = vec![false; lines.len() + 2];
    for note in &list.notes {
        if let Some(slot) = noted.get_mut(note.line) {
            *slot = true;
        }
    }
    let on = |line: usize| entry_at.get(line).copied().unwrap_or(false);
    let heading_at = |m: usize| headings.binary_search_by_key(&m, |&(n, _)| n).is_ok();
    // (A group's own groups are its rows' too, indented under it: `Home screen (6)` over
    // `  Work (3)` and `  Other (3)`.)
    let indent = |m: usize| {
        let line = lines.get(m.wrapping_sub(1)).copied().unwrap_or("");
        line.len() - line.trim_start().len()
    };
    for &(n, counted) in &headings {
        if on(n) || noted.get(n).copied().unwrap_or(false) {
            continue;
        }
        // (Its rows: up to the next heading, or a line that ends in a colon with no app on
        // it.)
        let end = (n + 1..=lines.len())
            .find(|&m| {
                heading_at(m) && indent(m) <= indent(n)
                    || lines
                        .get(m - 1)
                        .is_some_and(|l| crate::text::trim(l).ends_with(':') && !on(m))
            })
            .unwrap_or(lines.len() + 1);
        // (Each line of them a row, read as an app or not, `20 Minutes` read as a time; and
        // each app of a line of several.)
        let lines_under = (n + 1..end)
            .filter(|&m| {
                lines.get(m - 1).is_some_and(|l| !super::is_blank(l))
                    && !heading_at(m)
                    && !noted.get(m).copied().unwrap_or(false)
            })
            .count();
        let entries = rows_to
            .get(end - 1)
            .copied()
            .unwrap_or(0)
            .saturating_sub(rows_to.get(n).copied().unwrap_or(0));
        let rows = entries.max(lines_under);
        if u64::try_from(rows).is_ok_and(|rows| counted > rows) {
            list.notes.push(Note {
                line: n,
                skipped: Skipped::Elsewhere {
                    excerpt: excerpt(crate::text::trim(lines.get(n - 1).copied().unwrap_or(""))),
                },
            });
        }
    }
}

/// A screen's or an export's words for the rows it counts, in the eight languages
/// ([`group_counts`]: `Discovered apps — 38 items`, `Work (8 Einträge)`).
const ITEMS: Words = words!(
    "items|entries|results|records|rows|einträge|elemente|ergebnisse|éléments|entrées|résultats|elementos|resultados|registros|elementi|voci|risultati|elementen|resultaten|itens|pozycji|pozycje|elementów|wyników",
);

/// Words that make a label before a number a device's or a list's detail, no group's
/// ([`group_counts`]: `iOS – 17`, `Battery: 85`, `Total: 3`, `Page - 2`).
const DETAILS: Words = words!(
    "ios|ipados|android|os|version|versión|versão|build|api|sdk|level|storage|speicher|battery|akku|batterie|batería|memory|ram|size|model|update|updates|patch|security|page|seite|pagina|página|part|teil|partie|parte|step|day|days|week|year|rating|stars|score|age|rank|no|nr|number|id|line|row|total|gesamt|insgesamt|summe|totale|totaal|razem|sum|count|anzahl|nombre|número|numero|aantal|liczba|unread|notifications|messages|badge|new",
);

/// A table that counts each device's apps and names none (`Computer Name,Installed apps`
/// over `PC-001,12`; an Excel pivot's `Row Labels,Count of Product Name`), read as lines
/// of names when no reader knew its header: each row a note, for the apps it counts are
/// not here. A header of two cells or more, its last a word for apps, over two rows at
/// least, each of as many cells, its last a whole number. (`Count of Device` over apps
/// counts each app's devices: its rows are apps.)
fn count_table(list: &mut AppList, lines: &[&str]) {
    // (The count's column speaks of apps: `Count of Device` over apps counts devices.)
    const APPS: Words = words!(
        "apps|app|installed|programs|software|applications|product|products|titles|anwendungen|programme|applis|aplicaciones|aplikacje",
    );
    if !matches!(list.format, Format::Lines | Format::Separated) {
        return;
    }
    let mut rows = lines.iter().enumerate().filter(|(_, l)| !is_blank(l));
    let Some((head_at, head)) = rows.next() else {
        return;
    };
    let Some(delimiter) = [',', ';', '\t'].into_iter().find(|d| head.contains(*d)) else {
        return;
    };
    let cells = head.split(delimiter).count();
    // (Its words, or a column's name of one word, `Count of ApplicationName`.)
    let counts = head.rsplit(delimiter).next().is_some_and(|cell| {
        cell.split(|c: char| !c.is_alphanumeric()).any(|w| {
            let w = crate::case::lower(w);
            APPS.contains(&w) || ["applicationname", "appname", "softwarename", "productname"].contains(&w.as_str())
        })
    });
    if cells < 2
        || !counts
        || head
            .split(delimiter)
            .any(|c| super::formats::whole_number(c.trim()).is_some())
    {
        return;
    }
    let counted = |line: &str| {
        let mut parts = line.split(delimiter);
        parts.clone().count() == cells
            && parts
                .next_back()
                .is_some_and(|last| super::formats::whole_number(last.trim()).is_some())
            && parts.any(|c| c.chars().any(char::is_alphabetic))
    };
    let rows: Vec<usize> = rows.map(|(i, _)| i).collect();
    if rows.len() < 2 || !rows.iter().all(|&i| lines.get(i).is_some_and(|l| counted(l))) {
        return;
    }
    list.entries
        .retain(|e| e.line != head_at + 1 && rows.binary_search(&e.line.wrapping_sub(1)).is_err());
    list.structure.push((head_at + 1, head_at + 1));
    for i in rows {
        list.notes.push(Note {
            line: i + 1,
            skipped: Skipped::Unread {
                excerpt: excerpt(crate::text::trim(lines.get(i).copied().unwrap_or(""))),
            },
        });
    }
}

/// Android's `pm list packages` lists one user's apps: user 0's, unless `--user` names
/// another (`all` every one). On a phone with a work profile, a private space or a secure
/// folder, those are other users. When `pm list users` printed beside it
/// (`UserInfo{10:Work profile:1030} running`) shows a user no listing asked for, the list
/// is not the whole phone's: a note at the first listing (or at the first package when no
/// command was printed, which leaves whose apps they are unknown). The `UserInfo` lines
/// are the list's structure, no apps.
fn other_users(list: &mut AppList, lines: &[&str]) {
    let mut users: Vec<u64> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        // (`cmd user list -v` writes them `1: id=10, name=Work, type=profile.MANAGED, …`,
        // under `2 users:`.)
        let verbose = || {
            let line = line.trim_start();
            // (Most lines begin with no number: let go before they are searched.)
            if !line.as_bytes().first()?.is_ascii_digit() {
                return None;
            }
            let (_, rest) = line.split_once(": id=")?;
            rest.contains(", name=").then(|| rest.split(',').next())?
        };
        let user = match line.trim_start().strip_prefix("UserInfo{") {
            Some(info) => info.split(':').next(),
            None => verbose(),
        };
        if let Some(user) = user.and_then(|id| id.parse().ok()) {
            users.push(user);
            list.entries.retain(|e| e.line != i + 1);
            list.structure.push((i + 1, i + 1));
        }
    }
    // (Most texts print no user: not searched for a listing.)
    if users.len() < 2 {
        return;
    }
    // Each listing's line, and the user it asked for (`None`: all of them).
    let mut listings: Vec<(usize, Option<u64>)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some((before, args)) = line.split_once("list packages") else {
            continue;
        };
        if !(before.ends_with("pm ") || before.ends_with("package ")) {
            continue;
        }
        let mut words = args.split_whitespace();
        let asked = words
            .by_ref()
            .find(|w| *w == "--user")
            .map(|_| words.next().unwrap_or(""));
        // (`current`, or a user not written as a number: which one is not known.)
        let user = match asked {
            None => Some(0),
            Some("all" | "-1") => None,
            Some(user) => Some(user.parse().unwrap_or(u64::MAX)),
        };
        // (A listing with no package under it, before the next command, listed nothing
        // of that user's: its output is not here.)
        let printed = lines
            .iter()
            .skip(i + 1)
            .take_while(|l| !l.contains("list packages") && !l.contains("list users"))
            .any(|l| l.trim_start().starts_with("package:"));
        listings.push((i + 1, if printed { user } else { Some(u64::MAX) }));
    }
    // (No command printed, only what it listed: whose apps they are is not known, so a
    // note at the first package.)
    if listings.is_empty() {
        if let Some(at) = lines.iter().position(|l| l.trim_start().starts_with("package:")) {
            listings.push((at + 1, Some(u64::MAX)));
        }
    }
    let listed = |user: u64| listings.iter().any(|&(_, asked)| asked.is_none_or(|a| a == user));
    if users.iter().all(|&u| listed(u)) {
        return;
    }
    if let Some(&(line, _)) = listings.first() {
        list.notes.push(Note {
            line,
            skipped: Skipped::Elsewhere {
                excerpt: excerpt(crate::text::trim(lines.get(line - 1).copied().unwrap_or(""))),
            },
        });
    }
}

/// How many rows a command asked for at most, however the tool says it: a cmdlet's `-Top
/// 3`, `-First 3`, `-Top:3` (or `-f 3`, PowerShell's shortening), SQL's `LIMIT 2`, `LIMIT
/// 0,3`, `SELECT TOP 10`, `FETCH FIRST 3 ROWS`. Fewer rows than that printed is all.
fn limit_of(command: &str) -> Option<u64> {
    let lower = crate::case::lower(command);
    // (jq's slice of an array, `.apps[:7][]`, `.[0:20]`, `.[5:25]`, and its `limit(10;
    // …)`: that many at most.)
    if lower.contains("jq ") {
        let slice = lower.match_indices('[').find_map(|(at, _)| {
            let inner = lower.get(at + 1..)?;
            let inner = inner.get(..inner.find(']')?)?;
            let (from, to) = inner.split_once(':')?;
            let from: u64 = if from.is_empty() { 0 } else { from.parse().ok()? };
            let to: u64 = to.parse().ok()?;
            to.checked_sub(from)
        });
        let limit = || {
            let at = lower.find("limit(")? + "limit(".len();
            lower.get(at..)?.split(';').next()?.trim().parse().ok()
        };
        if let Some(n) = slice.or_else(limit) {
            return Some(n);
        }
    }
    // (An interpreter's code that shows the first rows: `df.head(10)`, `head(apps, 6)`,
    // `df.iloc[:7]`, `apps[:5]`, `apps.slice(0, 5)`, `slice(1:10)`, `.limit(20)`; pandas' `head()` shows
    // five, R's `head(apps)` six.)
    if let Some(n) = code_limit(&lower) {
        return Some(n);
    }
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ':' || c == ';')
        .filter(|w| !w.is_empty())
        .collect();
    // (`head` or `tail` with a count, typed alone or after a pipe: `head -n 3 apps.txt`,
    // `head -n3`, `head -3`, `tail --lines=5`: a file's first or last lines.)
    let counted = |flag: &str, next: Option<&&str>| -> Option<u64> {
        match flag {
            "-n" | "--lines" => next?.parse().ok(),
            _ => flag
                .strip_prefix("--lines=")
                .or_else(|| flag.strip_prefix("-n"))
                .or_else(|| flag.strip_prefix('-'))?
                .parse()
                .ok(),
        }
    };
    let lines_kept = words.iter().enumerate().find_map(|(at, w)| {
        matches!(*w, "head" | "tail")
            .then(|| counted(words.get(at + 1)?, words.get(at + 2)))
            .flatten()
    });
    if lines_kept.is_some() {
        return lines_kept;
    }
    words.windows(2).find_map(|pair| match pair {
        [flag, n]
            if matches!(
                *flag,
                "-top"
                    | "-first"
                    | "-last"
                    | "-f"
                    | "-fi"
                    | "-fir"
                    | "-firs"
                    | "limit"
                    | "top"
                    | "-resultsize"
                    | "first"
                    | "take"
            ) =>
        {
            // (`LIMIT 0,3`: an offset, then the count; `TOP (3)`; mysql's vertical rows after
            // it, `LIMIT 7\G`.)
            let n = n.strip_suffix("\\g").unwrap_or(n);
            let n = n.rsplit(',').next().unwrap_or(n).trim_matches(['(', ')']);
            n.parse().ok()
        }
        _ => None,
    })
}

/// [`limit_of`] in an interpreter's code, `lower` in lower case.
fn code_limit(lower: &str) -> Option<u64> {
    let inside = |open: &str, close: char| {
        let at = lower.find(open)? + open.len();
        let rest = lower.get(at..)?;
        rest.get(..rest.find(close)?)
    };
    if let Some(args) = inside("head(", ')') {
        let last = crate::text::trim(args.rsplit(',').next().unwrap_or(args));
        let last = last.strip_prefix("n").map_or(last, |r| {
            crate::text::trim(r.trim_start().strip_prefix('=').unwrap_or(r))
        });
        return match last.parse() {
            Ok(n) => Some(n),
            Err(_) if args.is_empty() => Some(5),
            Err(_) if !args.contains(',') => Some(6),
            Err(_) => None,
        };
    }
    // (A query's cursor limited, mongosh's `db.apps.find(…).limit(20)`.)
    if let Some(args) = inside(".limit(", ')') {
        return crate::text::trim(args).parse().ok();
    }
    if let Some(args) = inside("slice(", ')') {
        let (from, to) = args.split_once([',', ':'])?;
        let (from, to): (u64, u64) = (
            crate::text::trim(from).parse().ok()?,
            crate::text::trim(to).parse().ok()?,
        );
        // (JavaScript's end is not shown, R's is.)
        return if args.contains(':') {
            (to + 1).checked_sub(from)
        } else {
            to.checked_sub(from)
        };
    }
    let (from, to) = inside("[", ']')?.split_once(':')?;
    let from: u64 = if from.is_empty() { 0 } else { from.parse().ok()? };
    to.parse::<u64>().ok()?.checked_sub(from)
}

/// An uninstall command (`adb uninstall …`, `pm uninstall`, `brew uninstall --cask …`,
/// `winget uninstall`, `Remove-AppxPackage`, `rm -rf /Applications/….app`, …) after an
/// optional shell prompt, or a line of an uninstaller's output (`Uninstalling …`,
/// `==> Removing App '…'`, `Successfully uninstalled …`).
fn is_uninstall(lower: &str) -> bool {
    // (In bytes: the characters trimmed are ASCII.)
    let skip = lower
        .bytes()
        .position(|b| !matches!(b, b'=' | b'>' | b'-' | b'*' | b' '))
        .unwrap_or(lower.len());
    let output = lower.get(skip..).unwrap_or("");
    // (Each begins with one of "urdsp": most lines are not compared.)
    if matches!(output.as_bytes().first(), Some(b'u' | b'r' | b'd' | b's' | b'p'))
        && [
            "uninstalling ",
            "removing ",
            "deleting ",
            "successfully uninstalled",
            "successfully removed",
            "purging ",
        ]
        .iter()
        .any(|w| output.starts_with(w))
    {
        return true;
    }
    let command = prompted(lower).unwrap_or(lower);
    // Only a command's first word can make it one: the rest are read only after a tool.
    let first = first_word(command);
    // (Compared only after the first byte: most first words begin with neither.)
    if matches!(first.as_bytes().first(), Some(b'r' | b'u'))
        && (first.starts_with("remove-") || first.starts_with("uninstall-"))
    {
        return true;
    }
    if first.len() > 16 {
        return false;
    }
    /// The letters the tools begin with, one bit each from `a`.
    const TOOL_STARTS: u32 = tool_starts(&TOOLS);
    const TOOLS: [&str; 20] = [
        "adb",
        "pm",
        "cmd",
        "brew",
        "winget",
        "choco",
        "scoop",
        "apt",
        "apt-get",
        "dnf",
        "yum",
        "snap",
        "flatpak",
        "mas",
        "rm",
        "sudo",
        "msiexec",
        "ideviceinstaller",
        "cfgutil",
        "xcrun",
    ];
    const VERBS: [&str; 12] = [
        "uninstall",
        "remove",
        "rm",
        "purge",
        "erase",
        "-u",
        "--uninstall",
        "/x",
        "remove-appxpackage",
        "uninstall-package",
        "remove-item",
        "remove-appxprovisionedpackage",
    ];
    // The tool, then a verb among its next five words.
    // (Only a word that begins as a tool does is compared with each.)
    let may_be_tool = first
        .as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii_lowercase() && TOOL_STARTS >> (b - b'a') & 1 != 0);
    may_be_tool
        && TOOLS.contains(&first)
        && (command.split_whitespace().skip(1).take(5).any(|w| VERBS.contains(&w)) || first == "rm")
}

/// The first letters of `tools` (lower-case ASCII), one bit each from `a`.
// (Evaluated when compiled: an index out of range would stop the build, not a check.)
#[allow(clippy::indexing_slicing)]
const fn tool_starts(tools: &[&str]) -> u32 {
    let (mut bits, mut i) = (0, 0);
    while i < tools.len() {
        bits |= 1 << (tools[i].as_bytes()[0] - b'a');
        i += 1;
    }
    bits
}

/// `text.split_whitespace().next()`, without decoding characters while they are ASCII
/// (every line of a pasted list is asked whether it is an uninstall command).
fn first_word(text: &str) -> &str {
    let space = crate::text::ascii_space;
    let start = text.bytes().position(|b| !space(b)).unwrap_or(text.len());
    let rest = text.get(start..).unwrap_or("");
    match rest.bytes().position(|b| space(b) || !b.is_ascii()) {
        Some(end) if rest.as_bytes().get(end).is_some_and(u8::is_ascii) => rest.get(..end).unwrap_or(""),
        Some(_) => text.split_whitespace().next().unwrap_or(""),
        None => rest,
    }
}

/// A copy begun inside its first row or record, the text's beginning not here, whatever
/// read it (the mirror of [`cut_in_last_line`]): the first line is a note that the list
/// goes on elsewhere, no app. Each rule weighs the first line against the lines below it,
/// which a copy keeps whole:
/// - a table's first row of three cells at least whose columns stand left of the rows'
///   below by one amount, the bytes lost (`ft Edge` over `winget list`'s rows);
/// - a first line begun inside a quoted cell: an odd count of quotes over lines of even
///   counts (`gle Maps","",…`, `8.90", "Spotify"`);
/// - a delimited row of fewer cells than every row below (`9,/Applications/Google
///   Chrome.app` over Jamf's four);
/// - a first line begun inside the label every line below begins with (`age:` over
///   `package:`);
/// - a JSON or XML text that closes what it never opened;
/// - an app's details over the apps, deeper than their names (`system_profiler`).
pub(super) fn cut_in_first_line(list: &mut AppList, lines: &[&str]) {
    let mut numbered = lines.iter().enumerate().filter(|(_, l)| !is_blank(l));
    let Some((at, &first)) = numbered.next() else {
        return;
    };
    let below: Vec<&str> = numbered.take(4).map(|(_, &l)| l).collect();
    if below.len() < 3 {
        return;
    }
    let line = at + 1;
    if list.notes.iter().any(|n| n.line == line) {
        return;
    }
    let begun = shifted_columns(first, &below)
        || quote_begun(first, &below)
        || fewer_first_cells(first, &below)
        || label_begun(first, &below)
        || closes_unopened(lines)
        || details_over_names(first, lines.get(at + 1..).unwrap_or_default());
    if begun {
        list.entries.retain(|e| e.line != line);
        list.structure.retain(|&(from, to)| !(from..=to).contains(&line));
        list.notes.push(Note {
            line,
            skipped: Skipped::Elsewhere {
                excerpt: excerpt(crate::text::trim(first)),
            },
        });
    }
}

/// Where each cell of a line set apart by two spaces or more begins, in columns on screen.
#[inline(never)]
fn cell_starts(line: &str) -> Vec<usize> {
    let screen = super::formats::on_screen(line.trim_end());
    let blank = |i: usize| screen.get(i).is_none_or(|c| c.is_some_and(char::is_whitespace));
    (0..screen.len())
        .filter(|&i| !blank(i) && (i == 0 || blank(i - 1) && i >= 2 && blank(i - 2)))
        .collect()
}

/// [`cut_in_first_line`]'s table: the rows below begin at the left edge, each row's cells
/// begin where the widest row's do, three columns at least; the first line's cells after
/// its first begin where the rows' last ones do less one amount, and its first inside the
/// row's cell before them.
fn shifted_columns(first: &str, below: &[&str]) -> bool {
    if first.contains('\t') || !first.contains("  ") {
        return false;
    }
    let rows: Vec<Vec<usize>> = below.iter().map(|l| cell_starts(l)).collect();
    let Some(widest) = rows.iter().max_by_key(|r| r.len()).filter(|r| r.len() >= 3) else {
        return false;
    };
    if !rows
        .iter()
        .all(|r| r.first() == Some(&0) && r.len() >= 2 && r.iter().all(|s| widest.contains(s)))
    {
        return false;
    }
    let cells = cell_starts(first);
    let (Some(&start), Some(&last)) = (cells.first(), cells.last()) else {
        return false;
    };
    let (Some(&edge), true) = (widest.last(), cells.len() >= 2) else {
        return false;
    };
    let Some(lost) = edge.checked_sub(last).filter(|&k| k > 0) else {
        return false;
    };
    let moved: Vec<usize> = cells.iter().skip(1).map(|s| s + lost).collect();
    let Some(at) = widest.iter().position(|s| Some(s) == moved.first()) else {
        return false;
    };
    // (Three cells at least: a title's two words two spaces apart fit any amount.)
    moved.len() >= 2
        && widest.get(at..) == Some(moved.as_slice())
        && matches!(widest.get(at.wrapping_sub(1)..=at), Some(&[before, after]) if (before..after).contains(&(start + lost)))
}

/// [`cut_in_first_line`]'s quoted cell: an odd count of `"` over lines with an even count,
/// two at least, each.
fn quote_begun(first: &str, below: &[&str]) -> bool {
    let quotes = |l: &str| l.bytes().filter(|&b| b == b'"').count();
    // (And a quoted cell's end and the next one's beginning on it, `","`, `", "`: a title's
    // inch mark, `iPad Pro 12.9"`, is none.)
    let cells = ["\",\"", "\", \"", "\";\"", "\"\t\""];
    quotes(first) % 2 == 1
        && !first.trim_start().starts_with('"')
        && cells.iter().any(|c| first.contains(c))
        && below.iter().take(3).all(|l| quotes(l) >= 2 && quotes(l) % 2 == 0)
}

/// [`cut_in_first_line`]'s delimited row: two cells at least, fewer than each of the
/// three rows below has, as many each, between commas, semicolons or tabs outside quotes.
fn fewer_first_cells(first: &str, below: &[&str]) -> bool {
    [b'\t', b',', b';'].iter().any(|&mark| {
        let kinds = delimited(first, mark);
        let n = kinds.len();
        let rows: Vec<Vec<u8>> = below.iter().take(3).map(|l| delimited(l, mark)).collect();
        // (Each cell after the first begins as the same column's below do: a letter, a
        // digit, a path, a quote. And no header under the line: a title is over one.)
        // (A header: no digit in it, where the row under it has one.)
        let digits = |l: &str| l.bytes().any(|b| b.is_ascii_digit());
        let header = |l: &str| !digits(l) && below.get(1).is_some_and(|r| digits(r));
        // (Written as the rows are: a space after the delimiter only where theirs have one;
        // a greeting's comma has one, `Hola Ana, te paso la lista`.)
        let spaced = |l: &str| l.contains(&format!("{} ", mark as char));
        n >= 2
            && rows
                .first()
                .is_some_and(|r| r.len() > n && rows.iter().all(|row| row.len() == r.len()))
            && rows.iter().all(|row| row.get(row.len() + 1 - n..) == kinds.get(1..))
            && !below.first().is_some_and(|l| header(l))
            && below.iter().take(3).all(|l| spaced(l) == spaced(first))
    })
}

/// The [`kind`] of each cell of `line` between `mark`s outside quotes.
#[inline(never)]
fn delimited(line: &str, mark: u8) -> Vec<u8> {
    let mut kinds = Vec::new();
    let (mut quoted, mut from) = (false, 0);
    for (at, b) in line.bytes().enumerate().chain(std::iter::once((line.len(), mark))) {
        quoted ^= b == b'"';
        if b == mark && (!quoted || at == line.len()) {
            kinds.push(kind(line.get(from..at).unwrap_or("").trim()));
            from = at + 1;
        }
    }
    kinds
}

/// How a cell begins, for [`fewer_first_cells`]: empty, a letter, a digit, a path's
/// slash, a quote, or another sign.
fn kind(cell: &str) -> u8 {
    match cell.chars().next() {
        None => 0,
        Some(c) if c.is_alphabetic() => 1,
        Some(c) if c.is_numeric() => 2,
        Some('/' | '\\') => 3,
        Some('"') => 4,
        Some(_) => 5,
    }
}

/// [`cut_in_first_line`]'s label: the lines below begin with one label up to a colon or
/// an equals sign, three letters at least before it (`package:`); the first line with
/// the label's end only (`age:`, `:`).
fn label_begun(first: &str, below: &[&str]) -> bool {
    fn label(l: &str) -> Option<&str> {
        let at = l.find([':', '='])?;
        let label = l.get(..=at)?;
        (at >= 3
            && label
                .bytes()
                .take(at)
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
        .then_some(label)
    }
    let Some(common) = below.first().and_then(|l| label(l)) else {
        return false;
    };
    if !below.iter().take(3).all(|l| label(l) == Some(common)) || first.starts_with(common) {
        return false;
    }
    let first = crate::text::trim(first);
    // (And the rest as the rows' is: one word, without the label's sign again, with a dot
    // where theirs have one; not a chat's emoji code, `:wave:`, a smile, `:)`, nor a
    // banner, `=== wmic ===`.)
    fn rest(l: &str) -> &str {
        l.find([':', '=']).and_then(|at| l.get(at + 1..)).unwrap_or("")
    }
    let shape = |r: &str| (r.contains('.'), kind(r));
    let row = below.first().map_or("", |l| rest(l));
    first
        .find([':', '='])
        .and_then(|at| first.get(..=at))
        .is_some_and(|end| end.len() < common.len() && common.ends_with(end))
        && !rest(first).contains([':', '=', ' '])
        && !rest(first).is_empty()
        && shape(rest(first)) == shape(row)
}

/// [`cut_in_first_line`]'s JSON and XML: a line that only closes (`]`, `},`), or a closing
/// tag alone on its line (`</dict>`), where nothing before it opened what it closes.
fn closes_unopened(lines: &[&str]) -> bool {
    // (Most texts have no line that begins by closing: let go at each line's first byte.)
    let closing = |l: &&str| {
        let t = l.trim_start();
        matches!(t.as_bytes().first(), Some(b']' | b'}')) || t.starts_with("</")
    };
    if !lines.iter().any(closing) {
        return false;
    }
    let mut depth = 0i64;
    let mut tags: Vec<&str> = Vec::new();
    fn name_of(t: &str) -> &str {
        let end = t
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':')))
            .unwrap_or(t.len());
        t.get(..end).unwrap_or("")
    }
    for line in lines {
        let text = crate::text::trim(line);
        if !text.is_empty() && text.bytes().all(|b| matches!(b, b']' | b'}' | b',')) {
            let closes = text.bytes().filter(|&b| b == b']' || b == b'}').count() as i64;
            if closes > depth {
                return true;
            }
            depth -= closes;
            continue;
        }
        // (Each tag on the line, in order: `<html><body><table>`, `<p>…</p><ul>`. A closing
        // tag alone on its line that nothing opened is the one that counts.)
        let alone = text.starts_with("</") && text.ends_with('>') && text.matches('<').count() == 1;
        let mut rest = text;
        while let Some(at) = rest.find('<') {
            let tag = rest.get(at + 1..).unwrap_or("");
            let end = tag.find('>').unwrap_or(tag.len());
            if let Some(closed) = tag.strip_prefix('/') {
                let name = name_of(closed);
                match tags.iter().rposition(|t| *t == name) {
                    Some(open) => tags.truncate(open),
                    None if alone && !name.is_empty() => return true,
                    None => {}
                }
            } else if !tag.starts_with(['?', '!']) && !tag.get(..end).unwrap_or("").ends_with('/') {
                let name = name_of(tag);
                if !name.is_empty() {
                    tags.push(name);
                }
            }
            rest = tag.get(end..).unwrap_or("");
        }
        // (What the line opens and closes, outside its strings; a line of an odd count of
        // quotes has none, `apps on the 13" MBA: [`.)
        let odd = text.bytes().filter(|&b| b == b'"').count() % 2 == 1;
        let mut quoted = false;
        let mut escaped = false;
        for b in text.bytes() {
            match b {
                _ if escaped => escaped = false,
                b'\\' if quoted => escaped = true,
                b'"' if !odd => quoted = !quoted,
                b'[' | b'{' if !quoted => depth += 1,
                b']' | b'}' if !quoted => depth = (depth - 1).max(0),
                _ => {}
            }
        }
    }
    false
}

/// [`cut_in_first_line`]'s details: the first line a `Key: value` indented deeper than a
/// name below it that ends in a colon, with details as deep under that name.
fn details_over_names(first: &str, rest: &[&str]) -> bool {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let deep = indent(first);
    let detail = |l: &str| {
        crate::text::trim(l)
            .split_once(": ")
            .is_some_and(|(key, _)| !key.is_empty())
    };
    if deep == 0 || !detail(first) {
        return false;
    }
    // (And its key one of the details under that name: `Location:` over `Version:` …
    // `Location:`. A form's field over a heading of other lines is none.)
    fn key(l: &str) -> Option<&str> {
        crate::text::trim(l).split_once(": ").map(|(key, _)| key)
    }
    rest.iter().enumerate().any(|(i, l)| {
        let t = l.trim_end();
        let under = || {
            rest.iter()
                .skip(i + 1)
                .filter(|l| !is_blank(l))
                .take_while(|l| indent(l) >= deep)
        };
        indent(l) < deep
            && !is_blank(l)
            && t.ends_with(':')
            && under().next().is_some_and(|l| indent(l) == deep && detail(l))
            && under().any(|l| indent(l) == deep && key(l) == key(first))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uninstall_commands_and_their_output() {
        for line in [
            "$ adb uninstall com.zhiliaoapp.musically",
            "adb shell pm uninstall --user 0 com.zhiliaoapp.musically",
            "PS C:\\Users\\jane> winget uninstall TikTok",
            "jane@mac ~ % brew uninstall --cask tiktok",
            "==> Uninstalling Cask tiktok",
            "==> Removing App '/Applications/TikTok.app'",
            "Successfully uninstalled",
            "Remove-AppxPackage BytedancePte.Ltd.TikTok_1.0_x64__6yccndn6064se",
            "sudo rm -rf /Applications/TikTok.app",
        ] {
            assert!(is_uninstall(&line.lower()), "{line}");
        }
        for line in [
            "TikTok",
            "package:com.zhiliaoapp.musically",
            "Remove TikTok by Friday",
            "adb shell pm list packages",
        ] {
            assert!(!is_uninstall(&line.lower()), "{line}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// The one-pass lowering is the rule it replaces: the first 160 bytes (to a
        /// character boundary), ASCII lowered as ASCII, anything else by `lower`; into a
        /// buffer that held another line, past the stack buffer's 32 bytes too.
        #[test]
        fn lower_start_is_its_rule(
            before in "[a-z]{0,3}",
            text in proptest::string::string_regex("[aZ -é€İK]{0,170}").unwrap()
        ) {
            let mut end = text.len().min(160);
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let start = &text[..end];
            let rule = if start.is_ascii() { start.to_ascii_lowercase() } else { start.lower() };
            let mut out = before;
            lower_start(&mut out, &text);
            proptest::prop_assert_eq!(out, rule);
        }

        /// The quote-block test by first byte is the chain of tests it was written from.
        #[test]
        fn quote_block_starts_are_their_rule(
            lower in proptest::string::string_regex("(--|on |am |le |el |op |em |il giorno |begin forwarded message|original message|wrote:|a écrit :|escreveu:|napisał\\(a\\):| schrieb | schreef |>:|[ -beolnm1])*").unwrap()
        ) {
            let rule = |s: &str| lower.contains(s);
            let plain = lower.starts_with("--")
                && (rule("original message")
                    || rule("forwarded message")
                    || rule("ursprüngliche nachricht")
                    || rule("weitergeleitete nachricht")
                    || rule("message d'origine")
                    || rule("message transféré")
                    || rule("mensaje original")
                    || rule("mensaje reenviado"))
                || lower.starts_with("begin forwarded message")
                || (lower.starts_with("on ")
                    || lower.starts_with("am ")
                    || lower.starts_with("le ")
                    || lower.starts_with("el ")
                    || lower.starts_with("il giorno ")
                    || lower.starts_with("em ")
                    || lower.starts_with("op "))
                    && ["wrote:", "schrieb:", "a écrit :", "a écrit:", "escribió:", "ha scritto:", "escreveu:"]
                        .iter()
                        .any(|w| lower.ends_with(w))
                || (lower.ends_with("napisał(a):") || lower.ends_with("napisał:") || lower.ends_with("napisała:"))
                    && lower.chars().any(|c| c.is_ascii_digit())
                || lower.ends_with(">:")
                    && (lower.starts_with("am ") && rule(" schrieb ") || lower.starts_with("op ") && rule(" schreef "));
            proptest::prop_assert_eq!(starts_quote_block(&lower), plain);
        }

        /// The words are found where a search for each finds them.
        #[test]
        fn says_gone_is_its_rule(
            heading in proptest::string::string_regex(
                "([ A-Za-z0-9'.-]|Removed|UNINSTALLED|not|installed|ANYMORE|Gelöscht|删除|УДАЛ|é|Ü|İ|borré){0,8}"
            ).unwrap()
        ) {
            let squeezed: String = heading
                .chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(crate::case::chars)
                .collect();
            let rule = GONE.iter().any(|w| squeezed.contains(w));
            proptest::prop_assert_eq!(says_gone(&heading), rule);
        }

        /// The first word is the standard library's, for any text.
        #[test]
        fn first_word_is_split_whitespaces(
            text in proptest::string::string_regex("[ \t\u{b}\u{85}\u{a0}\u{3000}ab-é😀]{0,10}").unwrap()
        ) {
            proptest::prop_assert_eq!(first_word(&text), text.split_whitespace().next().unwrap_or(""));
        }
    }

    #[test]
    fn headings_that_say_the_apps_are_gone() {
        for h in [
            "Removed apps:",
            "# Uninstalled",
            "Not installed anymore:",
            "Gelöschte Apps:",
            "Désinstallées :",
        ] {
            let (words, _) = heading(h).unwrap();
            assert!(says_gone(words), "{h}");
        }
        for h in ["Installed:", "My apps:", "# Work"] {
            let (words, _) = heading(h).unwrap();
            assert!(!says_gone(words), "{h}");
        }
        assert_eq!(heading("https://apps.apple.com/app/id1"), None);
        assert_eq!(heading("[10/03/24, 09:41:22] Priya: TikTok"), None);
    }
}
