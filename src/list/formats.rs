//! The formats a pasted list can be in: how each is recognised, and how it is read.
//!
//! Detection looks at the shape of the text (a header line, a prefix on most lines, a
//! JSON document), most specific first, and falls back to "one app per line". Each
//! reader yields entries with a name and/or an identifier. The shapes follow the
//! tools' real output; `tests/fixtures/formats/SOURCES.md` says where each comes from.

use serde::Serialize;

use super::{checked_text, AppList, Entry, Note};

/// The format a list was read as, shown to the reader ("Read as: winget list").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// One app per line, with or without bullets or numbers.
    Lines,
    /// Names separated by commas or semicolons.
    Separated,
    /// `adb shell pm list packages` (any of `-f -3 -U -i --show-versioncode`).
    AndroidPackages,
    /// `ideviceinstaller -l` / `ideviceinstaller list` (the old and the CSV format).
    IosApps,
    /// `ls /Applications`.
    MacApplications,
    /// `system_profiler SPApplicationsDataType`, as text or `-json`.
    MacSystemProfiler,
    /// `winget list`.
    WingetList,
    /// PowerShell `Get-AppxPackage`.
    AppxPackages,
    /// PowerShell `Get-StartApps`.
    StartApps,
    /// `flatpak list`, with or without its header, and the old `Ref Options` form.
    FlatpakList,
    /// `snap list`.
    SnapList,
    /// A CSV or TSV export with a header row (Intune, Jamf, Workspace ONE, …).
    Csv,
    /// App Store and Google Play links.
    StoreLinks,
    /// A JSON array of names or of objects.
    Json,
    /// An XML export: a property list (`ideviceinstaller -o xml`) or an MDM's XML (Jamf).
    Xml,
}

impl Format {
    /// How the page names the format.
    pub fn label(self) -> &'static str {
        match self {
            Format::Lines => "one app per line",
            Format::Separated => "names separated by commas or semicolons",
            Format::AndroidPackages => "Android package list (adb shell pm list packages)",
            Format::IosApps => "iOS app list (ideviceinstaller)",
            Format::MacApplications => "macOS Applications folder (ls /Applications)",
            Format::MacSystemProfiler => "macOS system_profiler",
            Format::WingetList => "Windows winget list",
            Format::AppxPackages => "Windows Get-AppxPackage",
            Format::StartApps => "Windows Get-StartApps",
            Format::FlatpakList => "Linux flatpak list",
            Format::SnapList => "Linux snap list",
            Format::Csv => "CSV export with a header row",
            Format::StoreLinks => "App Store / Google Play links",
            Format::Json => "JSON list",
            Format::Xml => "XML export",
        }
    }
}

/// The non-empty lines, numbered from 1, without line-end white space.
fn numbered(input: &str) -> Vec<(usize, &str)> {
    input
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end()))
        .filter(|(_, l)| !l.trim().is_empty())
        .collect()
}

/// Detects the format and reads the list.
pub(super) fn read(input: &str) -> AppList {
    let lines = numbered(input);
    let first = lines.first().map_or("", |(_, l)| l.trim());
    let share = |pred: &dyn Fn(&str) -> bool| {
        let n = lines.iter().filter(|(_, l)| pred(l.trim())).count();
        !lines.is_empty() && n * 10 >= lines.len() * 6
    };
    let header = |words: &[&str]| {
        words
            .iter()
            .all(|w| first.split_whitespace().any(|h| h.eq_ignore_ascii_case(w)))
    };
    let dashes_next = lines.get(1).is_some_and(|(_, l)| l.trim().starts_with("---"));

    let trimmed = input.trim_start();
    if trimmed.starts_with('[') || trimmed.starts_with('{') {
        if let Some(list) = json(input) {
            return list;
        }
    }
    if trimmed.starts_with("<?xml")
        || trimmed.starts_with("<plist")
        || trimmed.starts_with('<') && trimmed.trim_end().ends_with('>')
    {
        return xml(input);
    }
    if share(&|l| l.starts_with("package:")) {
        return android(&lines);
    }
    if first.starts_with("Total: ") && first.ends_with(" apps") || first.starts_with("CFBundleIdentifier") {
        return ios(input, &lines);
    }
    if first == "Applications:" {
        return system_profiler_text(&lines);
    }
    if header(&["Name", "Id", "Version"]) && dashes_next {
        return columns(Format::WingetList, &lines, &["Name", "Id"], 2);
    }
    if header(&["Name", "AppID"]) && dashes_next {
        return columns(Format::StartApps, &lines, &["Name", "AppID"], 2);
    }
    if lines.iter().any(|(_, l)| l.starts_with("PackageFullName")) {
        return appx(&lines);
    }
    if header(&["Name", "Version", "Rev", "Tracking", "Publisher"]) {
        return snap(&lines);
    }
    if first.starts_with("Name") && first.contains("Application ID") {
        return columns(Format::FlatpakList, &lines, &["Name", "Application ID"], 1);
    }
    if first.starts_with("Description") && first.contains("Application") {
        // flatpak 1.2–1.4: `Description` is "Name - summary"; the name is before " - ".
        let mut list = columns(Format::FlatpakList, &lines, &["Description", "Application"], 1);
        for entry in &mut list.entries {
            if let Some(name) = entry.name.as_mut() {
                let short = name
                    .split(" - ")
                    .next()
                    .unwrap_or(name)
                    .trim_end_matches('…')
                    .trim()
                    .to_owned();
                entry.text.clone_from(&short);
                *name = short;
            }
        }
        return list;
    }
    if first.starts_with("Ref") && first.contains("Options") {
        return flatpak_refs(&lines);
    }
    if let Some(list) = csv_with_header(input, first) {
        return list;
    }
    if share(&|l| {
        l.split('\t')
            .nth(1)
            .is_some_and(|id| crate::recognise::looks_like_identifier(id.trim()))
    }) {
        return flatpak_piped(&lines);
    }
    if share(&|l| l.contains("apps.apple.com/") || l.contains("itunes.apple.com/") || l.contains("play.google.com/")) {
        // A name typed among the links is read as a name.
        return by_line(Format::StoreLinks, &lines, |l| {
            l.contains("://").then(|| (None, Some(l.to_owned())))
        });
    }
    if share(&|l| {
        l.split('\t')
            .filter(|c| !c.trim().is_empty())
            .all(|c| c.trim().ends_with(".app") || !c.contains('.'))
            && l.contains(".app")
    }) {
        return mac_applications(&lines);
    }
    if share(&|l| l.matches([',', ';']).count() >= 2) || lines.len() == 1 && first.contains([',', ';']) {
        return separated(&lines);
    }
    plain_lines(&lines)
}

/// Reads one entry per line with `f`, which gives a name and/or an identifier; a line
/// `f` cannot read is kept as plain text.
fn by_line(
    format: Format,
    lines: &[(usize, &str)],
    f: impl Fn(&str) -> Option<(Option<String>, Option<String>)>,
) -> AppList {
    let mut list = AppList {
        format,
        ..AppList::default()
    };
    for &(n, line) in lines {
        let Some(text) = checked_text(n, line.trim(), &mut list.notes) else {
            continue;
        };
        // A line in another shape (a name typed under an adb list) is still checked, as text.
        let entry = f(text).and_then(|(name, id)| Entry::app(n, name.as_deref(), id.as_deref()));
        list.entries
            .push(entry.unwrap_or_else(|| Entry::text(n, strip_marker(text))));
    }
    list
}

fn plain_lines(lines: &[(usize, &str)]) -> AppList {
    let mut list = AppList::default();
    for &(n, line) in lines {
        let text = strip_marker(strip_chat_prefix(line.trim())).trim();
        if text.is_empty() {
            continue;
        }
        let Some(text) = checked_text(n, text, &mut list.notes) else {
            continue;
        };
        // Several names on one line ("Mine: Teams, Gmail, SHAREit") are several apps;
        // a tool's line (a tab or an identifier) stays whole for recognition to read.
        // A store title keeps its commas ("TikTok - Videos, Shop & LIVE").
        let titled = text.contains(" - ") || text.contains(" – ");
        let several = text.contains([',', ';']) && !titled && !text.contains('\t') && !text.contains("package:");
        let parts: Vec<&str> = if several {
            text.split([',', ';']).collect()
        } else {
            vec![text]
        };
        for part in parts {
            let part = part.trim();
            let part = part
                .strip_prefix("and ")
                .or_else(|| part.strip_prefix("& "))
                .unwrap_or(part)
                .trim();
            let part = part.trim_end_matches(['.', '!']).trim();
            if !part.is_empty() {
                list.entries.push(Entry::text(n, part));
            }
        }
    }
    list
}

/// Removes what a chat export puts before a message: `[10/03/24, 09:41:22] Priya: `
/// (WhatsApp on iOS) or `10/03/2024, 09:42 - Rahul: ` (on Android).
fn strip_chat_prefix(line: &str) -> &str {
    let starts_like_date = |s: &str| s.chars().next().is_some_and(|c| c.is_ascii_digit());
    let after_stamp = if let Some(rest) = line.strip_prefix('[') {
        match rest.split_once("] ") {
            Some((stamp, rest)) if starts_like_date(stamp) && stamp.contains(':') => rest,
            _ => return line,
        }
    } else if starts_like_date(line) {
        match line.split_once(" - ") {
            Some((stamp, rest)) if stamp.contains(',') && stamp.contains(':') && stamp.len() <= 24 => rest,
            _ => return line,
        }
    } else {
        return line;
    };
    // Then the sender's name and ": ".
    match after_stamp.split_once(": ") {
        Some((sender, message)) if sender.chars().count() <= 40 => message,
        _ => after_stamp,
    }
}

/// Removes a leading list marker: `-`, `*`, `•`, `1.`, `2)`, `- [ ]`, `☐`, `✅`.
fn strip_marker(text: &str) -> &str {
    let mut text = text;
    for bullet in ['-', '*', '•', '·', '–', '+'] {
        if let Some(rest) = text.strip_prefix(bullet) {
            if rest.starts_with(char::is_whitespace) {
                text = rest.trim_start();
                break;
            }
        }
    }
    for check in ["[ ]", "[x]", "[X]", "☐", "☑", "☒", "✅", "✔", "✓"] {
        if let Some(rest) = text.strip_prefix(check) {
            text = rest.trim_start();
            break;
        }
    }
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits <= 3 {
        let rest = text.get(digits..).unwrap_or("");
        if let Some(after) = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')')) {
            if after.starts_with(char::is_whitespace) {
                return after.trim_start();
            }
        }
    }
    text
}

fn separated(lines: &[(usize, &str)]) -> AppList {
    let mut list = AppList {
        format: Format::Separated,
        ..AppList::default()
    };
    for &(n, line) in lines {
        // "Slack, Zoom and TikTok (also CapCut & WeChat)": names between separators and "and".
        let line = line.replace(" and ", ",").replace(" & ", ",");
        for part in line.split([',', ';', '(', ')']) {
            let part = part
                .trim()
                .trim_end_matches(['.', '!', ':'])
                .trim_start_matches("also ");
            let part = strip_marker(part.trim()).trim();
            if part.is_empty() {
                continue;
            }
            if let Some(text) = checked_text(n, part, &mut list.notes) {
                list.entries.push(Entry::text(n, text));
            }
        }
    }
    list
}

/// `package:[path=]name[ versionCode:N][  installer=X][ uid:N]`.
fn android(lines: &[(usize, &str)]) -> AppList {
    by_line(Format::AndroidPackages, lines, |line| {
        let rest = line.strip_prefix("package:")?;
        let first = rest.split_whitespace().next()?;
        let package = first.rsplit('=').next()?;
        Some((None, Some(package.to_owned())))
    })
}

/// `Total: N apps` then `id - Name version`; or a CSV with a `CFBundleIdentifier` header.
fn ios(input: &str, lines: &[(usize, &str)]) -> AppList {
    let first = lines.first().map_or("", |(_, l)| l.trim());
    if first.starts_with("CFBundleIdentifier") {
        return csv_table(input, b',', Format::IosApps);
    }
    let body: Vec<(usize, &str)> = lines.iter().skip(1).copied().collect();
    by_line(Format::IosApps, &body, |line| {
        let (id, rest) = line.split_once(" - ")?;
        let rest = rest.trim();
        // The name may contain spaces; the version is the last word, when it is one.
        let name = match rest.rsplit_once(' ') {
            Some((name, version)) if version.starts_with(|c: char| c.is_ascii_digit()) => name,
            _ => rest,
        };
        let name = (name != id).then(|| name.to_owned());
        Some((name, Some(id.trim().to_owned())))
    })
}

/// `Applications:` then, per app, an indented `Name:` line and its indented details.
fn system_profiler_text(lines: &[(usize, &str)]) -> AppList {
    let mut list = AppList {
        format: Format::MacSystemProfiler,
        ..AppList::default()
    };
    let indent = |l: &str| l.len() - l.trim_start().len();
    let app_indent = lines.get(1).map_or(4, |(_, l)| indent(l));
    for &(n, line) in lines.iter().skip(1) {
        if indent(line) == app_indent {
            if let Some(name) = line.trim().strip_suffix(':') {
                if let Some(entry) = Entry::app(n, Some(name), None) {
                    list.entries.push(entry);
                }
            }
        }
    }
    list
}

/// `ls /Applications`: one `Name.app` per line, or several per line separated by tabs.
fn mac_applications(lines: &[(usize, &str)]) -> AppList {
    let mut list = AppList {
        format: Format::MacApplications,
        ..AppList::default()
    };
    for &(n, line) in lines {
        for cell in line.split('\t').map(str::trim).filter(|c| !c.is_empty()) {
            let name = cell.strip_suffix(".app").unwrap_or(cell);
            if let Some(entry) = Entry::app(n, Some(name), None) {
                list.entries.push(entry);
            }
        }
    }
    list
}

/// A table with a header row and a dashes row, cut at the header's column starts.
/// `keep` names the name and identifier columns; `skip` rows (header, dashes) are not apps.
fn columns(format: Format, lines: &[(usize, &str)], keep: &[&str; 2], skip: usize) -> AppList {
    let mut list = AppList {
        format,
        ..AppList::default()
    };
    let header: Vec<char> = lines.first().map_or("", |(_, l)| l).chars().collect();
    let header_text: String = header.iter().collect();
    // Column starts: where each header word begins after white space.
    let mut starts: Vec<(usize, String)> = Vec::new();
    let mut i = 0;
    while i < header.len() {
        if header.get(i).is_some_and(|c| !c.is_whitespace())
            && (i == 0 || header.get(i - 1).is_some_and(|c| c.is_whitespace()))
        {
            let word: String = header.iter().skip(i).take_while(|c| !c.is_whitespace()).collect();
            starts.push((i, word));
        }
        i += 1;
    }
    // "Application ID" is one column with a space in its name.
    starts.retain(|(_, w)| !(w == "ID" && header_text.contains("Application ID")));
    let column = |name: &str| starts.iter().position(|(_, w)| name.starts_with(w.as_str()));
    let (Some(name_col), Some(id_col)) = (column(keep[0]), column(keep[1])) else {
        return plain_lines(lines);
    };
    for &(n, line) in lines.iter().skip(skip) {
        let chars: Vec<char> = line.chars().collect();
        let cell = |c: usize| -> String {
            let start = starts.get(c).map_or(chars.len(), |s| s.0);
            let end = starts.get(c + 1).map_or(chars.len(), |s| s.0);
            chars
                .iter()
                .skip(start)
                .take(end.saturating_sub(start))
                .collect::<String>()
                .trim()
                .to_owned()
        };
        if chars.iter().all(|c| *c == '-' || c.is_whitespace()) {
            continue;
        }
        let name = cell(name_col);
        let id = clean_identifier(&cell(id_col));
        if let Some(entry) = Entry::app(n, Some(&name), id.as_deref()) {
            list.entries.push(entry);
        } else if let Some(text) = checked_text(n, line.trim(), &mut list.notes) {
            list.entries.push(Entry::text(n, text));
        }
    }
    list
}

/// Identifiers as Windows tools show them, reduced to what a policy can name:
/// `MSIX\Pkg_1.0_x64__pub` and `Pkg_pubid!App` become `Pkg`; a truncated `…` value is dropped.
fn clean_identifier(id: &str) -> Option<String> {
    let id = id.trim();
    if id.is_empty() || id.ends_with('…') || id.starts_with("ARP\\") || id.starts_with('{') {
        return None;
    }
    let id = id.strip_prefix("MSIX\\").unwrap_or(id);
    let id = id.split('!').next().unwrap_or(id);
    let id = if id.contains('_') && !id.contains('/') && !id.contains('\\') {
        id.split('_').next().unwrap_or(id)
    } else {
        id
    };
    (!id.contains(['\\', ' '])).then(|| id.to_owned())
}

/// `Get-AppxPackage`: blocks of `Key : Value` lines; `Name` is the package identity.
fn appx(lines: &[(usize, &str)]) -> AppList {
    let mut list = AppList {
        format: Format::AppxPackages,
        ..AppList::default()
    };
    for &(n, line) in lines {
        if let Some((key, value)) = line.split_once(':') {
            if key.trim() == "Name" {
                if let Some(entry) = Entry::app(n, None, clean_identifier(value).as_deref()) {
                    list.entries.push(entry);
                }
            }
        }
    }
    list
}

/// `snap list`: the first column is the snap's name, also its identifier.
fn snap(lines: &[(usize, &str)]) -> AppList {
    by_line(Format::SnapList, lines.get(1..).unwrap_or(&[]), |line| {
        let name = line.split_whitespace().next()?;
        Some((Some(name.to_owned()), Some(name.to_owned())))
    })
}

/// `flatpak list` piped: `Name<TAB>Application ID<TAB>…`, no header.
fn flatpak_piped(lines: &[(usize, &str)]) -> AppList {
    by_line(Format::FlatpakList, lines, |line| {
        let mut cells = line.split('\t').map(str::trim);
        let name = cells.next()?;
        let id = cells.next()?;
        Some((Some(name.to_owned()), Some(id.to_owned())))
    })
}

/// Old `flatpak list`: `Ref  Options`, the ref being `id/arch/branch`.
fn flatpak_refs(lines: &[(usize, &str)]) -> AppList {
    by_line(Format::FlatpakList, lines.get(1..).unwrap_or(&[]), |line| {
        let reference = line.split_whitespace().next()?;
        Some((None, Some(reference.split('/').next()?.to_owned())))
    })
}

/// Header cells that name an app, and that identify it.
const NAME_HEADERS: &[&str] = &[
    "applicationname",
    "appname",
    "name",
    "displayname",
    "title",
    "application",
    "app",
    "label",
    "mobiledeviceapplicationapplicationname",
    "cfbundledisplayname",
    "softwarename",
    "product",
];
const ID_HEADERS: &[&str] = &[
    "bundleid",
    "bundleidentifier",
    "identifier",
    "applicationidentifier",
    "packagename",
    "package",
    "appid",
    "applicationid",
    "cfbundleidentifier",
    "packageid",
    "id",
    "appidentifier",
    "mobiledeviceapplicationidentifier",
];

fn header_key(cell: &str) -> String {
    cell.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A CSV or TSV whose first row names a name or identifier column.
fn csv_with_header(input: &str, first: &str) -> Option<AppList> {
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .filter(|d| first.bytes().any(|b| b == *d))?;
    let header = csv_records(first, delimiter).into_iter().next()?.1;
    let known = header.iter().any(|h| {
        let key = header_key(h);
        NAME_HEADERS.contains(&key.as_str()) || ID_HEADERS.contains(&key.as_str())
    });
    known.then(|| csv_table(input, delimiter, Format::Csv))
}

/// Reads a CSV table by its header row.
fn csv_table(input: &str, delimiter: u8, format: Format) -> AppList {
    let mut list = AppList {
        format,
        ..AppList::default()
    };
    let records = csv_records(input, delimiter);
    let Some((_, header)) = records.first() else {
        return list;
    };
    let keys: Vec<String> = header.iter().map(|h| header_key(h)).collect();
    let find = |wanted: &[&str]| wanted.iter().find_map(|w| keys.iter().position(|k| k == w));
    let name_col = find(NAME_HEADERS);
    let id_col = find(ID_HEADERS);
    for (n, record) in records.iter().skip(1) {
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let name = name_col.and_then(|c| record.get(c)).map(String::as_str);
        let id = id_col.and_then(|c| record.get(c)).map(String::as_str);
        match Entry::app(*n, name, id) {
            Some(entry) => list.entries.push(entry),
            None => list.notes.push(Note {
                line: *n,
                message: "skipped: this row has no app name or identifier".to_owned(),
            }),
        }
    }
    list
}

/// CSV records with the line each starts on, read with `csv-core` (quotes, embedded
/// delimiters and line breaks handled as RFC 4180 says). Cells are trimmed.
fn csv_records(input: &str, delimiter: u8) -> Vec<(usize, Vec<String>)> {
    use csv_core::{ReadRecordResult, ReaderBuilder};
    let mut reader = ReaderBuilder::new().delimiter(delimiter).build();
    let bytes = input.as_bytes();
    let mut consumed = 0;
    let mut record_start = 0;
    let (mut out, mut ends) = (vec![0u8; 1024], vec![0usize; 32]);
    let (mut out_len, mut ends_len) = (0, 0);
    let mut records = Vec::new();
    loop {
        let input = bytes.get(consumed..).unwrap_or(&[]);
        let (result, read, written, ended) = reader.read_record(
            input,
            out.get_mut(out_len..).unwrap_or(&mut []),
            ends.get_mut(ends_len..).unwrap_or(&mut []),
        );
        consumed += read;
        out_len += written;
        ends_len += ended;
        match result {
            ReadRecordResult::InputEmpty => {
                if input.is_empty() && read == 0 && written == 0 && ended == 0 {
                    // Nothing more will come: csv-core ends on the next call.
                }
            }
            ReadRecordResult::OutputFull => out.resize(out.len() * 2, 0),
            ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
            ReadRecordResult::Record => {
                let mut cells = Vec::with_capacity(ends_len);
                let mut start = 0;
                for &end in ends.get(..ends_len).unwrap_or(&[]) {
                    let cell = out.get(start..end).unwrap_or(&[]);
                    let text = String::from_utf8_lossy(cell);
                    let text = text.trim();
                    // `a, "b"` (ideviceinstaller): after ", " the quotes are literal to RFC 4180.
                    let text = match text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
                        Some(inner) => inner.replace("\"\"", "\""),
                        None => text.to_owned(),
                    };
                    cells.push(text);
                    start = end;
                }
                let skipped = bytes.get(record_start..).unwrap_or(&[]);
                let leading_newlines = skipped
                    .iter()
                    .take_while(|b| **b == b'\n' || **b == b'\r')
                    .filter(|b| **b == b'\n')
                    .count();
                let line = bytes
                    .get(..record_start)
                    .map_or(0, |b| b.iter().filter(|c| **c == b'\n').count())
                    + 1
                    + leading_newlines;
                records.push((line, cells));
                record_start = consumed;
                out_len = 0;
                ends_len = 0;
            }
            ReadRecordResult::End => break,
        }
    }
    records
}

/// JSON: an array of names or of objects; `system_profiler -json`; any object whose
/// first array holds the apps.
fn json(input: &str) -> Option<AppList> {
    let value: serde_json::Value = serde_json::from_str(input).ok()?;
    let (format, items) = match &value {
        serde_json::Value::Array(items) => (Format::Json, items),
        serde_json::Value::Object(map) => match map.get("SPApplicationsDataType") {
            Some(serde_json::Value::Array(items)) => (Format::MacSystemProfiler, items),
            _ => (Format::Json, map.values().find_map(|v| v.as_array())?),
        },
        _ => return None,
    };
    let mut list = AppList {
        format,
        ..AppList::default()
    };
    // JSON has no useful line numbers per item; items are numbered from 1 instead.
    for (i, item) in items.iter().enumerate() {
        let n = i + 1;
        let entry = match item {
            serde_json::Value::String(s) => Entry::app(n, Some(s), None),
            serde_json::Value::Object(fields) => {
                // The first key in priority order that holds a string.
                let get = |keys: &[&str]| {
                    keys.iter().find_map(|w| {
                        fields
                            .iter()
                            .find(|(k, _)| header_key(k) == *w)
                            .and_then(|(_, v)| v.as_str())
                    })
                };
                Entry::app(n, get(JSON_NAME_KEYS), get(JSON_ID_KEYS))
            }
            _ => None,
        };
        match entry {
            Some(entry) => list.entries.push(entry),
            None => list.notes.push(Note {
                line: n,
                message: format!("skipped: item {n} of the JSON list has no app name or identifier"),
            }),
        }
    }
    Some(list)
}

const JSON_NAME_KEYS: &[&str] = &[
    "name",
    "app",
    "appname",
    "title",
    "label",
    "displayname",
    "applicationname",
    "cfbundledisplayname",
];
const JSON_ID_KEYS: &[&str] = &[
    "bundleid",
    "bundleidentifier",
    "cfbundleidentifier",
    "packagename",
    "package",
    "applicationidentifier",
    "identifier",
    "appid",
    "applicationid",
    "id",
    "url",
    "link",
];

/// XML: `<key>K</key><string>V</string>` pairs (a property list) or `<tag>V</tag>`
/// elements (Jamf); a name or identifier key seen twice starts the next app.
fn xml(input: &str) -> AppList {
    let mut list = AppList {
        format: Format::Xml,
        ..AppList::default()
    };
    let unescape = |v: &str| {
        v.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&")
    };
    // (line, name, identifier) of the app being read.
    let mut current: (usize, Option<String>, Option<String>) = (0, None, None);
    let flush = |current: &mut (usize, Option<String>, Option<String>), list: &mut AppList| {
        if let Some(entry) = Entry::app(current.0, current.1.as_deref(), current.2.as_deref()) {
            list.entries.push(entry);
        }
        *current = (0, None, None);
    };
    let mut pending_key: Option<String> = None;
    for (i, line) in input.lines().enumerate() {
        // Elements may share a line: handle each `<tag>value</tag>` in turn.
        for element in line
            .split("</")
            .filter_map(|part| part.rsplit_once('<').map(|(_, open)| open))
        {
            let Some((tag, value)) = element.split_once('>') else {
                continue;
            };
            let tag = tag.split_whitespace().next().unwrap_or(tag);
            let (key, value) = match tag {
                "key" => {
                    pending_key = Some(value.to_owned());
                    continue;
                }
                "string" => match pending_key.take() {
                    Some(key) => (key, value),
                    None => continue,
                },
                _ => (tag.to_owned(), value),
            };
            let key = header_key(&key);
            let value = unescape(value.trim());
            let is_name = NAME_HEADERS.contains(&key.as_str()) && key != "application";
            let is_id = ID_HEADERS.contains(&key.as_str()) && key != "id";
            if is_name || is_id {
                let slot_taken = if is_name {
                    current.1.is_some()
                } else {
                    current.2.is_some()
                };
                if slot_taken {
                    flush(&mut current, &mut list);
                }
                if current.0 == 0 {
                    current.0 = i + 1;
                }
                if is_name {
                    current.1 = Some(value);
                } else {
                    current.2 = Some(value);
                }
            }
        }
    }
    flush(&mut current, &mut list);
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_keep_quoted_commas_and_know_their_lines() {
        let records = csv_records("a,b\n\n\"x, y\",\"2\"\nz,3", b',');
        assert_eq!(records.len(), 3);
        assert_eq!(records[1], (3, vec!["x, y".to_owned(), "2".to_owned()]));
        assert_eq!(records[2].0, 4);
    }

    #[test]
    fn windows_identifiers_are_reduced_to_the_package_name() {
        assert_eq!(
            clean_identifier("BytedancePte.Ltd.TikTok_6yccndn6064se!App").as_deref(),
            Some("BytedancePte.Ltd.TikTok")
        );
        assert_eq!(
            clean_identifier("MSIX\\BytedancePte.Ltd.TikTok_1.0.28.0_x64__6yccndn6064se").as_deref(),
            Some("BytedancePte.Ltd.TikTok")
        );
        assert_eq!(
            clean_identifier("ByteDance.CapCut").as_deref(),
            Some("ByteDance.CapCut")
        );
        assert_eq!(clean_identifier("MSIX\\BytedancePte.Ltd.TikTok_1.0.28.0…"), None);
        assert_eq!(clean_identifier("ARP\\Machine\\X64\\Zoom"), None);
    }
}
