//! The formats a pasted list can be in: how each is recognised, and how it is read.
//!
//! Detection looks at the shape of the text (a header line, a prefix on most lines, a
//! JSON document), most specific first, and falls back to "one app per line". Each
//! reader yields entries with a name and/or an identifier. The shapes follow the
//! tools' real output; `tests/fixtures/formats/SOURCES.md` says where each comes from.

use serde::Serialize;

use super::device::{DeviceColumns, Devices};
use super::tree::{self, fold as header_key, ID_KEYS, NAME_KEYS};
use super::{checked_text, is_blank, is_invisible, AppList, Entry, Mention, Note, Skipped, MAX_ENTRIES};
use crate::case::Lower;
use crate::i18n::{Lang, Msg};
use crate::text::{has, trim, Words};

/// The format a list was read as, shown to the reader ("Read as: winget list").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
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
    /// An HTML page or table saved from a console.
    Html,
    /// `ls -l` of an applications folder.
    LongListing,
    /// A table of aligned columns with a header row (`wmic`, `Get-Package`, `scoop list`),
    /// or a Markdown table.
    Table,
    /// `adb shell dumpsys package packages`.
    AndroidDumpsys,
    /// `mas list`: the Mac App Store apps with their store ids.
    MasList,
    /// A Linux package manager's installed packages: `apt list --installed`, `dpkg -l`,
    /// `rpm -qa`.
    LinuxPackages,
    /// `brew list` copied from a terminal: its `==> Formulae` and `==> Casks` headings
    /// over names in columns.
    Homebrew,
    /// A package and its version a line: `choco list` (and `-r`'s `name|version`),
    /// `brew list --versions`, `pacman -Q`.
    PackageVersions,
    /// PowerShell's list view (`Key : value` lines, a record per app):
    /// `Get-WmiObject Win32_Product`, `Get-ItemProperty … | Format-List`; osquery's and
    /// SQLite's line mode (`name = value`).
    ListView,
    /// A TOML document: an export script's `[[apps]]` tables or inline tables.
    Toml,
    /// A property list as Apple's tools print it as text: PlistBuddy's `Print`, `defaults
    /// read`, `plutil -p`.
    PropertyList,
    /// A YAML document: fleetctl's `--yaml`, an inventory script's.
    Yaml,
    /// The Windows registry's keys and values: `reg query`'s output, a `.reg` export.
    Registry,
}

crate::unit_enum::unit_enum!(Format {
    Lines = "lines",
    Separated = "separated",
    AndroidPackages = "android_packages",
    IosApps = "ios_apps",
    MacApplications = "mac_applications",
    MacSystemProfiler = "mac_system_profiler",
    WingetList = "winget_list",
    AppxPackages = "appx_packages",
    StartApps = "start_apps",
    FlatpakList = "flatpak_list",
    SnapList = "snap_list",
    Csv = "csv",
    StoreLinks = "store_links",
    Json = "json",
    Xml = "xml",
    Html = "html",
    LongListing = "long_listing",
    Table = "table",
    AndroidDumpsys = "android_dumpsys",
    MasList = "mas_list",
    LinuxPackages = "linux_packages",
    Homebrew = "homebrew",
    PackageVersions = "package_versions",
    ListView = "list_view",
    Toml = "toml",
    PropertyList = "property_list",
    Yaml = "yaml",
    Registry = "registry"
});

impl Format {
    /// How the page and the report name the format, in `lang`: "one app per line",
    /// "Windows winget list".
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Format::Lines => Msg::FMT_LINES,
            Format::Separated => Msg::FMT_SEPARATED,
            Format::AndroidPackages => Msg::FMT_ANDROID_PACKAGES,
            Format::IosApps => Msg::FMT_IOS_APPS,
            Format::MacApplications => Msg::FMT_MAC_APPLICATIONS,
            Format::MacSystemProfiler => Msg::FMT_MAC_SYSTEM_PROFILER,
            Format::WingetList => Msg::FMT_WINGET,
            Format::AppxPackages => Msg::FMT_APPX,
            Format::StartApps => Msg::FMT_START_APPS,
            Format::FlatpakList => Msg::FMT_FLATPAK,
            Format::SnapList => Msg::FMT_SNAP,
            Format::Csv => Msg::FMT_CSV,
            Format::StoreLinks => Msg::FMT_STORE_LINKS,
            Format::Json => Msg::FMT_JSON,
            Format::Xml => Msg::FMT_XML,
            Format::Html => Msg::FMT_HTML,
            Format::LongListing => Msg::FMT_LONG_LISTING,
            Format::Table => Msg::FMT_TABLE,
            Format::AndroidDumpsys => Msg::FMT_ANDROID_DUMPSYS,
            Format::MasList => Msg::FMT_MAS_LIST,
            Format::LinuxPackages => Msg::FMT_LINUX_PACKAGES,
            Format::Homebrew => Msg::FMT_HOMEBREW,
            Format::PackageVersions => Msg::FMT_PACKAGE_VERSIONS,
            Format::ListView => Msg::FMT_LIST_VIEW,
            Format::Toml => Msg::FMT_TOML,
            Format::PropertyList => Msg::FMT_PROPERTY_LIST,
            Format::Yaml => Msg::FMT_YAML,
            Format::Registry => Msg::FMT_REGISTRY,
        }
        .get(lang)
    }
}

/// The non-blank lines, numbered from 1, without invisible characters at their start
/// or white space at their end.
fn numbered<'a>(lines: &[&'a str]) -> Vec<(usize, &'a str)> {
    lines
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, l)| !is_blank(l))
        .map(|(i, l)| {
            // (Invisible characters are outside ASCII: a line that begins and, after its
            // white space, ends in ASCII has none at either end.)
            let l = match l.as_bytes().first() {
                Some(b) if !b.is_ascii() => l.trim_start_matches(is_invisible),
                _ => l,
            };
            let l = crate::text::trim_end(l);
            let l = match l.as_bytes().last() {
                Some(b) if !b.is_ascii() => l.trim_end_matches(|c: char| c.is_whitespace() || is_invisible(c)),
                _ => l,
            };
            (i + 1, l)
        })
        .collect()
}

/// `list`, with a note on the last line of `input` that the list goes on past it when
/// the export was `cut` short.
fn cut_note(mut list: AppList, cut: bool, input: &str) -> AppList {
    if let Some((n, last)) = input
        .lines()
        .enumerate()
        .filter(|(_, l)| cut && !l.trim().is_empty())
        .last()
    {
        note_elsewhere(&mut list, n + 1, last.trim());
    }
    list
}

/// A JSON document after one to three lines of words that are its frame (a greeting, an
/// introduction, `Hi, here is the export:`): the document read as if those lines were
/// blank, so its lines keep their numbers, and the frame read as typed lines beside it (a
/// remark there, `only some of my apps:`, is still weighed). `None` when the text has no
/// such document.
fn framed_json(input: &str, all_lines: &[&str], lines: &[(usize, &str)]) -> Option<AppList> {
    // (Words, not a name: a line of a list, `WhatsApp`, over a stray `[` is no frame. And
    // a document that opens as JSON's do, a key or an object first, `{"apps": [`, `[{`:
    // not a chat's `[24/04/2024, 12:38] Anna: …` nor a link's `[TikTok](…)`.)
    // (Or as Python and Node print theirs, `{'name': …`, `{ name: …`, `['Slack', …`.)
    let opens = |l: &str| {
        let l = trim(l);
        let next = l.get(1..).map(str::trim_start).and_then(|r| r.chars().next());
        let key = || {
            let rest = l.get(1..).map_or("", str::trim_start);
            let word = rest
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .next()
                .unwrap_or("");
            !word.is_empty() && rest.get(word.len()..).is_some_and(|r| r.trim_start().starts_with(':'))
        };
        matches!(
            (l.chars().next(), next),
            (Some('{'), Some('"' | '\'') | None) | (Some('['), Some('{' | '"' | '\'') | None)
        ) || l.starts_with('{') && key()
    };
    // (Most texts: their lines begin with no brace or bracket.)
    let at = lines
        .iter()
        .position(|(_, l)| trim(l).starts_with(['{', '[']))
        .filter(|&at| at > 0)?;
    let (_, first) = *lines.get(at)?;
    // (And may end in the mail's own lines under it, a signature, `Kind regards`: from the
    // last line that ends as a document does.)
    let end = lines
        .iter()
        .rposition(|(_, l)| trim(l).ends_with(['}', ']']))
        .filter(|&end| end >= at)
        .unwrap_or(lines.len() - 1);
    // (A command typed at a prompt has its own, `db.apps.find({ device: "LT-0412" })`.)
    let braces = |frame: &[(usize, &str)]| {
        frame
            .iter()
            .any(|(_, l)| l.contains(['{', '[', '}', ']']) && !console_command(l))
    };
    // (Lines with braces under the last that ends as a document does are the document's
    // own, cut before its end, `  },` `  {` `    "install": {`: it runs to the text's end,
    // and [`tree::cut_json`] reads it to its last whole value.)
    let end = if lines.get(end + 1..).is_some_and(braces) {
        lines.len() - 1
    } else {
        end
    };
    let (before, after) = (lines.get(..at)?, lines.get(end + 1..)?);
    if braces(before) || !before.iter().any(|(_, l)| trim(l).contains(' ')) || !opens(first) {
        return None;
    }
    let masked = masked_document(input, all_lines, lines, at, end)?;
    let (list, cut) = json_or_literal(&masked)?;
    Some(with_frame(cut_note(list, cut, &masked), before, after))
}

/// The document on `lines[at..=end]` of a text, the lines before it blank, so that its
/// lines keep their numbers ([`framed_json`], [`framed_markup`]). (Where the document's
/// first and last lines are in the text: its lines are slices of it.)
fn masked_document(input: &str, all_lines: &[&str], lines: &[(usize, &str)], at: usize, end: usize) -> Option<String> {
    let n = lines.get(at)?.0;
    let offset = |l: &str| (l.as_ptr() as usize).wrapping_sub(input.as_ptr() as usize);
    let from = all_lines
        .get(n - 1)
        .map(|l| offset(l))
        .filter(|&from| from <= input.len())?;
    let to = lines
        .get(end)
        .and_then(|&(last, _)| all_lines.get(last - 1))
        .map(|l| offset(l) + l.len())
        .filter(|&to| to <= input.len() && to >= from)?;
    let mut masked = "\n".repeat(n - 1);
    masked.push_str(input.get(from..to)?);
    Some(masked)
}

/// A JSON text read to its last whole value ([`tree::cut_json`]), or, when it is none,
/// what Python or Node print of their lists and objects written as JSON line for line
/// ([`tree::literal_as_json`]; JSON, most texts, is not copied for it): the list, and
/// whether it was cut.
fn json_or_literal(text: &str) -> Option<(AppList, bool)> {
    let read = |json: &str| {
        let cut = tree::cut_json(json);
        tree::json(cut.as_deref().unwrap_or(json)).map(|list| (list, cut.is_some()))
    };
    read(text).or_else(|| read(&tree::literal_as_json(text)?))
}

/// Whether a line is a console's prompt, alone or with a command typed at it
/// ([`super::account::typed_command`]), or an interpreter's with its code (`>>>
/// print(apps)`, [`super::account::repl_command`]), its sign looked for in its first bytes
/// first: most lines have none.
fn console_command(line: &str) -> bool {
    line.bytes().take(64).any(|b| matches!(b, b'$' | b'#' | b'%' | b'>'))
        && (super::account::typed_command(trim(line)) || super::account::repl_command(trim(line)).is_some())
}

/// A document's list with its frame's lines, `before` and `after` it, read as typed lines
/// beside it: their names first and last, their notes, structure and counts.
fn with_frame(mut list: AppList, before: &[(usize, &str)], after: &[(usize, &str)]) -> AppList {
    // (A console's prompts and the commands typed at them, `daniel@laptop:~$ head -n 3
    // apps.jsonl`, the copy's last prompt: the console's, no apps. What a command says of
    // the rows, a count or a limit, the account weighs with the whole text.)
    let prompted = |lines: &[(usize, &str)], list: &mut AppList| {
        for &(n, line) in lines {
            if console_command(line) {
                list.entries.retain(|e| e.line != n);
                list.structure.push((n, n));
            }
        }
    };
    let mut said = plain_lines(before);
    prompted(before, &mut said);
    said.entries.append(&mut list.entries);
    list.entries = std::mem::take(&mut said.entries);
    let mut under = plain_lines(after);
    prompted(after, &mut under);
    list.entries.append(&mut under.entries);
    for frame in [&mut said, &mut under] {
        list.notes.append(&mut frame.notes);
        list.structure.append(&mut frame.structure);
        list.counts.append(&mut frame.counts);
    }
    list
}

/// An XML document after a few lines of words that are its frame (a greeting, the
/// command that printed it, `ideviceinstaller -l -o xml`), with a sign-off under it or
/// not: read as [`framed_json`] reads JSON, the document by the markup reader (cut before
/// its end, a note that the list goes on) and the frame as typed lines. Only a document
/// that declares itself, `<?xml`, `<!DOCTYPE`, `<plist`: a mail's `<Media omitted>` or a
/// name in tags is no document. `None` when the text has no such document.
fn framed_markup(input: &str, all_lines: &[&str], lines: &[(usize, &str)]) -> Option<AppList> {
    let declared = |l: &str| {
        let l = trim(l);
        l.starts_with("<?xml") || l.starts_with("<!DOCTYPE") || l.starts_with("<plist")
    };
    // (Most texts: no line begins with `<`.)
    let at = lines
        .iter()
        .position(|(_, l)| trim(l).starts_with('<'))
        .filter(|&at| at > 0)?;
    let (_, first) = *lines.get(at)?;
    if !declared(first) {
        return None;
    }
    // (To the last line of markup, whole or cut inside a tag, `<key>CFBundle`.)
    let end = lines
        .iter()
        .rposition(|(_, l)| trim(l).starts_with('<'))
        .filter(|&end| end >= at)?;
    let (before, after) = (lines.get(..at)?, lines.get(end + 1..)?);
    if !before.iter().any(|(_, l)| trim(l).contains(' ')) || after.iter().any(|(_, l)| trim(l).contains(['<', '>'])) {
        return None;
    }
    let masked = masked_document(input, all_lines, lines, at, end)?;
    let cut = tree::cut_markup(&masked);
    if cut.is_none() && !masked.trim_end().ends_with('>') {
        return None;
    }
    let list = tree::markup(masked.get(..cut.unwrap_or(masked.len())).unwrap_or(&masked));
    Some(with_frame(cut_note(list, cut.is_some(), &masked), before, after))
}

/// A TOML document (an export script's inventory: `[device]`, then `[[apps]]` tables or
/// `apps = [{ name = "…", id = "…" }]`), after up to three lines of words that are its
/// frame or none, with lines of words under it or none: read by [`tree::toml`] (cut
/// before its end, a note that the list goes on), its comments weighed as typed lines for
/// what they say (`# output truncated: 6 of 21 apps written`), and the frame as typed
/// lines. `None` when the text has no such document: no table's header nor array given to
/// a key, fewer than two keys given values, or a line of the document not TOML.
fn framed_toml(input: &str, all_lines: &[&str], lines: &[(usize, &str)]) -> Option<AppList> {
    // (A key's line, `name = "Vinted"`, `apps = [`: a bare key, then ` = `.)
    let keyed = |l: &str| {
        l.split_once('=').is_some_and(|(key, _)| {
            let key = key.trim_end();
            !key.is_empty()
                && key
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
        })
    };
    let header = |l: &str| {
        l.starts_with('[')
            && l.ends_with(']')
            && l.trim_start_matches('[')
                .starts_with(|c: char| c.is_ascii_alphabetic() || c == '"')
    };
    // (Most texts: no line begins with `[` and ends with `]`, nor gives a key an array or
    // a table, by a byte search first.)
    let opens = |l: &str| {
        let l = trim(l);
        header(l) || l.as_bytes().contains(&b'=') && (l.ends_with("= [") || l.ends_with("= {")) && keyed(l)
    };
    // (Or a key for apps given an array of names on its line alone, `apps = ["Outlook",
    // "TikTok"]`.)
    let names = |l: &str| {
        let l = trim(l);
        keyed(l)
            && l.split_once('=').is_some_and(|(key, value)| {
                value.trim_start().starts_with("[\"") && tree::lists_apps(&tree::fold(key.trim()))
            })
    };
    let array = lines.iter().any(|(_, l)| names(l));
    if !array
        && (!lines.iter().any(|(_, l)| opens(l)) || lines.iter().filter(|(_, l)| l.contains('=')).nth(1).is_none())
    {
        return None;
    }
    let at = lines.iter().position(|(_, l)| {
        let l = trim(l);
        header(l) || l.starts_with('#') || keyed(l)
    })?;
    let (before, rest) = (lines.get(..at)?, lines.get(at..)?);
    let words = |l: &str| {
        let l = trim(l);
        l.contains(' ') && !l.contains(['=', '[', ']', '{', '}'])
    };
    if before.len() > 3 || !before.iter().all(|(_, l)| words(l)) {
        return None;
    }
    // (To the last line that is not words under it: a sign-off, `Thanks, Anna`, is the
    // mail's.)
    let end = at + rest.iter().rposition(|(_, l)| !words(l))?;
    let after = lines.get(end + 1..)?;
    let masked = masked_document(input, all_lines, lines, at, end)?;
    let read = tree::toml(&masked)?;
    let mut list = cut_note(read.list, read.cut, &masked);
    let comments: Vec<(usize, &str)> = read.comments.iter().map(|(n, said)| (*n, said.as_str())).collect();
    let mut said = plain_lines(&comments);
    list.notes.append(&mut said.notes);
    list.counts.append(&mut said.counts);
    Some(with_frame(list, before, after))
}

/// The output under a command typed at a prompt whose commas or semicolons a CSV's header
/// could be taken for (`C:\Users\sophie>sqlcmd … -Q "SELECT AppName, PackageName, Version
/// FROM …"`), among the text's first four lines, under lines of words or none, or further
/// down under the output of a command in those lines (`SELECT COUNT(*) …`): read as if
/// the lines down to the command were blank, so that its lines keep their numbers, and
/// those lines weighed for what they say, no apps (a `| head` in the command is still
/// weighed).
/// `None` when the text has no such command, or nothing under it.
fn after_command(input: &str, all_lines: &[&str], lines: &[(usize, &str)]) -> Option<AppList> {
    // (Most texts: no comma nor semicolon in their first lines, by a byte search first.)
    let with_commas = |l: &str| l.as_bytes().iter().any(|&b| b == b',' || b == b';');
    let command = |l: &str| super::account::typed_command(trim(l));
    let at = match lines.iter().take(4).position(|(_, l)| with_commas(l) && command(l)) {
        Some(at) if lines.get(..at)?.iter().all(|(_, l)| trim(l).contains(' ')) => at,
        Some(_) => return None,
        // (Or further down a console's copy whose first lines hold a command, under that
        // command's output, `SELECT COUNT(*) …` and its count: the last such command
        // among the first lines, what it printed weighed as the lines above are.)
        None => {
            if !lines.iter().take(4).any(|(_, l)| command(l)) {
                return None;
            }
            let shown = lines.get(..lines.len().min(40))?;
            shown
                .iter()
                .rposition(|(_, l)| with_commas(l) && command(l))
                .filter(|&at| at >= 4)?
        }
    };
    if lines.len() < at + 3 {
        return None;
    }
    // (Down to the console's last prompt, alone or with what is typed at it, if any: the
    // console's, no part of the output.)
    let end = lines
        .iter()
        .rposition(|(_, l)| !console_command(l))
        .filter(|&end| end > at)
        .unwrap_or(lines.len() - 1);
    let masked = masked_document(input, all_lines, lines, at + 1, end)?;
    let masked_lines: Vec<&str> = crate::text::lines(&masked).collect();
    let mut list = read(&masked, &masked_lines);
    list.structure
        .extend(lines.get(end + 1..).unwrap_or_default().iter().map(|&(n, _)| (n, n)));
    // (The lines down to the command weighed as typed lines for what they say, their
    // notes and counts kept, their words no apps: `Expanded display is on.`, `Hi, here
    // are the apps from my phone.`)
    let mut said = plain_lines(lines.get(..=at)?);
    list.notes.append(&mut said.notes);
    list.counts.append(&mut said.counts);
    list.structure.extend(lines.get(..=at)?.iter().map(|&(n, _)| (n, n)));
    Some(list)
}

/// A list of `format` whose first `n` lines are its header.
fn with_header(format: Format, lines: &[(usize, &str)], n: usize) -> AppList {
    let mut list = AppList {
        format,
        ..AppList::default()
    };
    for &(line, _) in lines.iter().take(n) {
        list.structure.push((line, line));
    }
    list
}

/// Detects the format and reads the list.
pub(super) fn read(input: &str, all_lines: &[&str]) -> AppList {
    let lines = numbered(all_lines);
    let first = lines.first().map_or("", |(_, l)| trim(l));
    // At least 60% of the lines: given up as soon as more than 40% are not (a typed
    // list is not tried to its end against every tool's format).
    // (Each line trimmed once for all the formats tried, and read once for what the
    // formats' tests need it to hold, when a test first comes to it (most tests give up
    // before the end): a line without it is a miss with no call.)
    let trimmed_lines: Vec<&str> = lines.iter().map(|(_, l)| trim(l)).collect();
    let mut shapes: Vec<u16> = Vec::with_capacity(lines.len());
    let mut share = |need: u16, pred: &dyn Fn(&str) -> bool| {
        let mut misses = 0;
        for (i, &l) in trimmed_lines.iter().enumerate() {
            let bits = match shapes.get(i) {
                Some(&bits) => bits,
                None => {
                    let bits = shape(l);
                    shapes.push(bits);
                    bits
                }
            };
            if bits & need != need || !pred(l) {
                misses += 1;
                if misses * 10 > lines.len() * 4 {
                    return false;
                }
            }
        }
        !lines.is_empty()
    };
    let header = |words: &[&str]| {
        words
            .iter()
            .all(|w| first.split_whitespace().any(|h| h.eq_ignore_ascii_case(w)))
    };

    // A kind of app alone in place of a list (`standard apps`, `50+ apps`; among other
    // lines, such a line is a screen's heading, `All apps`, `Manage apps`).
    if let [(n, line)] = lines.as_slice() {
        if describes_apps(trim(line)) || device_alone(trim(line)) {
            let mut list = AppList::default();
            note_elsewhere(&mut list, *n, trim(line));
            return list;
        }
    }
    // A command typed at a prompt over its output, after a few lines of its frame or
    // none, with commas in it (`sqlcmd … -Q "SELECT AppName, PackageName, Version FROM
    // …"`): no CSV's header.
    if let Some(list) = after_command(input, all_lines, &lines) {
        return list;
    }
    // (And any command typed at a prompt over a tool's output, `PS C:\> winget list`, `$
    // snap list`: the output read as if the command's line were blank, and kept when it is
    // a tool's; a typed list under a command is read with it, as it was.)
    if let [(n, command), (_, next), _, ..] = lines.as_slice() {
        if super::account::typed_command(trim(command)) && !super::account::typed_command(trim(next)) {
            if let Some(output) = masked_document(input, all_lines, &lines, 1, lines.len() - 1) {
                let output_lines: Vec<&str> = crate::text::lines(&output).collect();
                let mut list = read(&output, &output_lines);
                if !matches!(list.format, Format::Lines | Format::Separated) {
                    list.structure.push((*n, *n));
                    return list;
                }
            }
        }
    }
    // A device-management export (a header naming the app and the device): read as the
    // CSV it is at once, without first trying every line against the other formats.
    // An export of devices with no column for their apps (a device's name under
    // "Display Name" is no app's): every row a note, never "nothing to do".
    if let Some(delimiter) = devices_only(first) {
        return device_rows(input, delimiter);
    }
    if let Some(delimiter) = export_header(first) {
        return csv_table(input, delimiter, Format::Csv);
    }
    let trimmed = input.trim_start_matches(|c: char| c.is_whitespace() || is_invisible(c));
    // (An export cut off before its end, as a message's size limit cuts it, is read to
    // its last whole value, with a note on its last line that the list goes on.)
    if trimmed.starts_with('[') || trimmed.starts_with('{') {
        if let Some((list, cut)) = json_or_literal(input) {
            return cut_note(list, cut, input);
        }
    }
    // (A property list as Apple's tools print it, PlistBuddy's `Dict {`, `defaults read`'s
    // and `plutil -p`'s `{`.)
    if trimmed.starts_with('{') || trimmed.starts_with("Dict {") {
        if let Some((list, cut)) = tree::plist_text(input) {
            return cut_note(list, cut, input);
        }
    }
    // (Or after a few lines of its frame: `Bonjour, voici les applis :` over an export's
    // JSON.)
    if let Some(list) = framed_json(input, all_lines, &lines) {
        return list;
    }
    // (And XML's, after its frame: `francesca@MBP ~ % ideviceinstaller -l -o xml`.)
    if let Some(list) = framed_markup(input, all_lines, &lines) {
        return list;
    }
    // (And TOML's, after its frame or not: an export script's `[[apps]]` tables.)
    if let Some(list) = framed_toml(input, all_lines, &lines) {
        return list;
    }
    // (And YAML's: a key or a sequence's item first, or a document's `---`.)
    let yaml_like =
        |l: &str| l == "---" || l.starts_with("- ") || tree::yaml_key(l).is_some_and(|(k, _)| !k.contains(' '));
    if trimmed_lines
        .iter()
        .find(|l| !l.starts_with('#'))
        .is_some_and(|l| yaml_like(l))
    {
        if let Some((list, cut)) = tree::yaml(input) {
            return cut_note(list, cut, input);
        }
    }
    // (A tag's `<` before a name, `<?xml`, `<!DOCTYPE`: not Threema's `<<< ` before a
    // message.)
    if trimmed.starts_with('<')
        && trimmed
            .as_bytes()
            .get(1)
            .is_some_and(|b| b.is_ascii_alphabetic() || matches!(b, b'?' | b'!' | b'_'))
    {
        let cut = tree::cut_markup(input);
        if cut.is_some() || trimmed.trim_end().ends_with('>') {
            let list = tree::markup(input.get(..cut.unwrap_or(input.len())).unwrap_or(input));
            return cut_note(list, cut.is_some(), input);
        }
    }
    // (After JSON and markup, whose brackets are no frames.)
    // A console's spinner and progress bars before a tool's table (`winget list`
    // redirected to a file writes `-\|/` frames and `█▒` bars before its header):
    // structure, and the table read from its header.
    // (Among them, its warnings: the table is still read from its header. One that a
    // source failed, `Failed when searching source; results will not be included: winget`,
    // leaves `winget list`'s installed apps listed, without their available versions: the
    // tool's structure; any other, a tool's message, a note.)
    let message = |l: &str| tool_message(trim(l), plain(trim(l)));
    let frames = lines
        .iter()
        .take_while(|(_, l)| progress_frame(l) || message(l))
        .count();
    if frames > 0 {
        let rest = lines.get(frames..).unwrap_or_default();
        if let Some(mut list) = headed_columns(rest).or_else(|| aligned_table(rest)) {
            for &(n, line) in lines.iter().take(frames) {
                let source = || {
                    let lower = trim(line).to_ascii_lowercase();
                    lower.starts_with("failed ") && lower.contains("source")
                };
                if progress_frame(line) || list.format == Format::WingetList && source() {
                    list.structure.push((n, n));
                } else {
                    note_tool_message(&mut list, n, trim(line));
                }
            }
            return list;
        }
    }
    if share(FIRST_P, &|l| l.starts_with("package:")) {
        return android(&lines);
    }
    if trimmed_lines.iter().any(|l| l.starts_with("Package Names: [")) {
        return diskstats(&lines);
    }
    if trimmed_lines.iter().any(|l| vertical_rule(l)) {
        return vertical_records(&lines);
    }
    // (The registry's keys, `reg query`'s `HKEY_…` and a `.reg` export's `[HKEY_…]`.)
    if trimmed_lines
        .iter()
        .any(|l| l.starts_with("HKEY_") || l.starts_with("[HKEY_"))
    {
        if let Some(list) = registry(&lines) {
            return list;
        }
    }
    if trimmed_lines.iter().any(|l| dumpsys_package(l).is_some()) {
        return dumpsys(&lines);
    }
    if share(FIRST_DIGIT, &|l| mas_line(l).is_some()) {
        return by_line(Format::MasList, &lines, &mas_line);
    }
    if share(FIRST_PIPE, &|l| boxed_row(l) || border(l)) {
        if let Some(list) = pipe_table(&lines, false) {
            return list;
        }
    }
    // SQLite's and osquery's list mode (`osqueryi --list`): a header and rows of cells
    // between bare `|`s.
    if first.contains('|') && !first.contains(" | ") && share(0, &|l| l.contains('|')) {
        if let Some(list) = pipe_table(&lines, true) {
            return list;
        }
    }
    // zypper's tables: ` | ` between cells, `---+---` under the header; and psql's, under
    // its prompt and query and a mail's frame, whatever their share of the lines.
    let ruled_header = || {
        trimmed_lines.windows(2).any(
            |pair| matches!(pair, [head, rule] if rule.starts_with("---") && rule.contains("-+-") && piped_cells(head)),
        )
    };
    if share(0, &|l| piped_cells(l) || l.starts_with("---+")) || ruled_header() {
        if let Some(list) = pipe_table(&lines, false) {
            return list;
        }
    }
    if first.starts_with("Total: ") && first.ends_with(" apps") || first.starts_with("CFBundleIdentifier") {
        return ios(input, &lines);
    }
    if first == "Applications:" {
        return system_profiler_text(&lines);
    }
    if share(FIRST_MODE, &|l| long_listing_name(l).is_some()) {
        return long_listing(&lines);
    }
    if let Some(list) = headed_columns(&lines) {
        return list;
    }
    if lines
        .iter()
        .any(|(_, l)| l.as_bytes().first() == Some(&b'P') && l.starts_with("PackageFullName"))
    {
        return appx(&lines);
    }
    if share(COLON, &|l| list_view_line(l).is_some()) {
        return list_view(&lines, list_view_line);
    }
    // (Records whose keys have no space before their colon, `waydroid app list`'s `Name:
    // Chrome` and `packageName: com.android.chrome`: when two records at least name an app
    // and identify it, not a chat's names before their messages or a mail's header.)
    if keyed_records(&lines) {
        return list_view(&lines, record_line);
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
    if share(0, &|l| linux_header(l) || linux_package(l).is_some()) {
        return linux_packages(&lines);
    }
    // (A Brewfile, `brew bundle dump`'s: its comments and blank lines apart.)
    if share(0, &|l| brewfile_line(l).is_some() || l.starts_with('#'))
        && trimmed_lines
            .iter()
            .filter(|l| !l.starts_with('#') && brewfile_line(l).is_some())
            .nth(1)
            .is_some()
    {
        return by_line_marked(Format::Homebrew, &lines, &brewfile_line);
    }
    if trimmed_lines.iter().any(|l| brew_heading(l)) {
        return homebrew(&lines);
    }
    if let Some(list) = csv_with_header(input, &lines) {
        return list;
    }
    // (After a CSV's header: `Name<TAB>Version` is a table's.)
    // (Versions have dots: most lines of other lists are let go by their shape.)
    if share(DOT, &|l| package_chatter(l) || package_version(l).is_some()) {
        return package_versions(&lines);
    }
    // (Chocolatey's advert under its count has no versions: its lines are the tool's.)
    if let Some((from, to)) = chocolatey_advert(&lines) {
        let advert: Vec<&str> = trimmed_lines.get(from..=to).unwrap_or_default().to_vec();
        if share(0, &|l| {
            package_chatter(l) || package_version(l).is_some() || advert.contains(&l)
        }) {
            return package_versions(&lines);
        }
    }
    if let Some(list) = aligned_table(&lines) {
        return list;
    }
    // (A version in the second column, `dpkg-query -W`'s `name<TAB>1.2.3`, is no app id.)
    if share(TAB, &|l| {
        l.split('\t').nth(1).map(trim).is_some_and(|id| {
            crate::text::looks_like_identifier(id) && !id.as_bytes().first().is_some_and(u8::is_ascii_digit)
        })
    }) {
        return flatpak_piped(&lines);
    }
    // (Each link has ".com/": most lines are not searched three times.)
    if share(DOT | SLASH, &|l| {
        has(l, ".com/")
            && (l.contains("apps.apple.com/") || l.contains("itunes.apple.com/") || l.contains("play.google.com/"))
    }) {
        // A name typed among the links is read as a name.
        return by_line(Format::StoreLinks, &lines, &|l| {
            l.contains("://").then(|| (None, Some(l.to_owned())))
        });
    }
    // (The cheap test first: most lines have no ".app".)
    if share(DOT, &|l| {
        has(l, ".app")
            && l.split('\t')
                .filter(|c| !trim(c).is_empty())
                .all(|c| trim(c).ends_with(".app") || !c.contains('.'))
    }) {
        return mac_applications(&lines);
    }
    if share(SEPARATED, &|_| true) || lines.len() == 1 && first.contains([',', ';']) {
        return separated(&lines);
    }
    plain_lines(&lines)
}

// What a trimmed line holds, for the formats' tests ([`shape`]): bytes anywhere in it
// (the low byte, from [`BYTE_SHAPES`]), and the byte it begins with.
/// Holds a tab.
const TAB: u16 = 1;
/// Holds a full stop.
const DOT: u16 = 2;
/// Holds a slash.
const SLASH: u16 = 4;
/// Holds two or more commas and semicolons.
const SEPARATED: u16 = 8;
/// Holds a colon or an equals sign (`Name : value`, `name = value`).
const COLON: u16 = 16;
/// Begins with `p` (`package:`).
const FIRST_P: u16 = 256;
/// Begins with a digit (`mas list`).
const FIRST_DIGIT: u16 = 512;
/// Begins with `|`, `+` or a box-drawing character (a pipe table, a border).
const FIRST_PIPE: u16 = 1024;
/// Begins with a file mode's first letter (`ls -l`).
const FIRST_MODE: u16 = 2048;

/// What a trimmed line holds of what the formats' tests in [`read`] look for first: one
/// pass over its bytes, where each test searched the line again.
fn shape(line: &str) -> u16 {
    let mut has = match line.as_bytes().first() {
        Some(b'p') => FIRST_P | FIRST_MODE,
        Some(b'0'..=b'9') => FIRST_DIGIT,
        // (`│`, `┌`, `├`, `═`: U+2500 to U+257F are E2 94 80 to E2 95 BF in UTF-8.)
        Some(b'|' | b'+' | 0xE2) => FIRST_PIPE,
        Some(b'd' | b'l' | b'b' | b'c' | b's' | b'-') => FIRST_MODE,
        _ => 0,
    };
    // (One table lookup a byte, where a `match` was a chain of comparisons; a separator
    // adds its count's bit, the others their own.)
    let mut separators = 0u32;
    for &b in line.as_bytes() {
        let class = u16::from(BYTE_SHAPES.get(usize::from(b)).copied().unwrap_or(0));
        has |= class;
        separators += u32::from(class & SEPARATED != 0);
    }
    // (One separator set the bit too: it takes two.)
    if separators < 2 {
        has &= !SEPARATED;
    }
    has
}

/// For each byte, the [`shape`] bit it gives a line anywhere in it: [`TAB`], [`DOT`],
/// [`SLASH`], [`COLON`], and [`SEPARATED`] for a comma or semicolon (counted:
/// two make the bit). (All in the low byte.)
static BYTE_SHAPES: [u8; 256] = byte_shapes();

// (Evaluated when compiled: an index out of range would stop the build, not a check.)
#[allow(clippy::indexing_slicing)]
const fn byte_shapes() -> [u8; 256] {
    let mut table = [0u8; 256];
    table[b'\t' as usize] = TAB as u8;
    table[b'.' as usize] = DOT as u8;
    table[b'/' as usize] = SLASH as u8;
    table[b',' as usize] = SEPARATED as u8;
    table[b';' as usize] = SEPARATED as u8;
    table[b':' as usize] = COLON as u8;
    table[b'=' as usize] = COLON as u8;
    table
}

/// An app's name and identifier as a tool's line gives them, either may be missing.
type NameAndId = (Option<String>, Option<String>);

/// Reads one entry per line with `f`, which gives a name and/or an identifier; a line
/// `f` cannot read is kept as plain text.
#[inline(never)]
fn by_line(format: Format, lines: &[(usize, &str)], f: &dyn Fn(&str) -> Option<NameAndId>) -> AppList {
    by_line_marked(format, lines, &|text| {
        f(text).map(|(name, id)| Line::App {
            name,
            id,
            installed: true,
        })
    })
}

/// What a tool's line is, for [`by_line_marked`].
enum Line {
    /// An app, by name and/or identifier; `installed: false` when the line says it is
    /// not (then it is a mention too, not only an app).
    App {
        name: Option<String>,
        id: Option<String>,
        installed: bool,
    },
    /// Several apps by name: a tool's columns.
    Apps(Vec<String>),
    /// The tool's own heading or table rule.
    Structure,
}

/// [`by_line`], for a tool whose lines may also be its own structure or list an app
/// that is not installed.
///
/// (Its reader is passed as `&dyn Fn`, and it is never inlined: one copy of the loop and
/// of `typed_line`'s call for every tool, where a generic one was copied into
/// `formats::read` once per tool.)
#[inline(never)]
fn by_line_marked(format: Format, lines: &[(usize, &str)], f: &dyn Fn(&str) -> Option<Line>) -> AppList {
    let mut list = AppList {
        format,
        ..AppList::default()
    };
    for &(n, line) in lines {
        if list.entries.len() > MAX_ENTRIES {
            break;
        }
        let Some(text) = checked_text(n, line.trim(), &mut list.notes) else {
            continue;
        };
        // A line in another shape (a name typed under an adb list) is still checked, as text.
        match f(text) {
            Some(Line::Structure) => list.structure.push((n, n)),
            Some(Line::Apps(names)) => {
                list.entries
                    .extend(names.iter().filter_map(|name| Entry::app(n, Some(name), None)));
            }
            Some(Line::App { name, id, installed }) => match Entry::app(n, name.as_deref(), id.as_deref()) {
                Some(entry) => {
                    if !installed {
                        list.mentions.push((n, Mention::Status));
                    }
                    list.entries.push(entry);
                }
                None => {
                    list.typed_lines.push(n);
                    typed_line(n, text, &mut list);
                }
            },
            None => {
                list.typed_lines.push(n);
                typed_line(n, text, &mut list);
            }
        }
    }
    list
}

fn plain_lines(lines: &[(usize, &str)]) -> AppList {
    let mut list = AppList::default();
    // (One entry a line, most often: room for them at once, not grown and copied.)
    list.entries.reserve(lines.len().min(MAX_ENTRIES + 1));
    // Whether the line before gave one app.
    let mut under_name = false;
    let counted = counted(lines);
    let headers = mail_headers(lines);
    let versions = versions_under_names(lines);
    let cells = header_cells(lines);
    // (A status column read as lines, each app's state under its name, `Installed`,
    // `Pending`: two such states at least.)
    // (Or of two words that end in one, `Update pending`.)
    // (Every state ends in a letter in lower case: most lines are let go by their last byte.)
    let state = |l: &str| {
        screen_state(l)
            || l.len() <= 28 && l.trim_end().as_bytes().last().is_some_and(u8::is_ascii_lowercase) && {
                let l = trim(l);
                l.bytes().filter(|&b| b == b' ').count() == 1
                    && l.rsplit(' ')
                        .next()
                        .is_some_and(|last| may_be(&STATES_FILTER, lower_hash(last)) && STATES.contains(last))
            }
    };
    let states = lines.iter().filter(|(_, l)| state(l)).nth(1).is_some();
    // (The indent of the last item that gave an app, for its details nested under it;
    // and each such item's line, how many details it has and its last line.)
    let mut item_indent: Option<usize> = None;
    let mut items: Vec<(usize, usize, usize)> = Vec::new();
    for (at, &(n, line)) in lines.iter().enumerate() {
        if list.entries.len() > MAX_ENTRIES {
            break;
        }
        // A detail of the item above, nested under it as a bullet of its own, `key: value`
        // (Adebar's `    + installed version: 9.14 (540567771)`, `  - Size: 90 MB`): the
        // item's, no app. (A policy's app named in it is still found by the sweep.)
        let indent = line.len() - line.trim_start().len();
        // (Its numbers count no apps: `(939818033)` is a build.)
        if item_indent.is_some_and(|item| indent > item) && nested_detail(line) {
            list.structure.push((n, n));
            list.weighed.push(n);
            if let Some(item) = items.last_mut() {
                (item.1, item.2) = (item.1 + 1, n);
            }
            continue;
        }
        if at == 0 && lines.len() > 1 && header_row(line)
            || headers.binary_search(&n).is_ok()
            || versions.binary_search(&n).is_ok()
            || cells.contains(&n)
        {
            // (A mail's header block's subject still says when the list is partial.)
            if mail_subject(trim(line)).is_some_and(title_says_elsewhere) {
                note_elsewhere(&mut list, n, trim(line));
            } else {
                list.structure.push((n, n));
            }
            continue;
        }
        let line = if counted {
            count_mark(line).map_or(line, |(_, rest)| rest)
        } else {
            line
        };
        // A company's name under an app's is its publisher (a screen such as Windows'
        // Apps & features writes it there), and a state or button under it the screen's
        // (`Installed`, `OPEN`): no app, and the lines under it are still the app's. (A
        // policy's publisher on it is still found by the sweep.)
        // And so is a line of its details between signs under a name alone (Windows 11's
        // `3.9.8.25  |  Tencent  |  10/2/2024`: its version, publisher and date).
        let alone = || lines.get(at.wrapping_sub(1)).is_some_and(|&(_, above)| !parted(above));
        // (A view's or a state's word is no name: `Disabled` under `Installed` is the view
        // the screen shows.)
        let view_above = || {
            lines
                .get(at.wrapping_sub(1))
                .is_some_and(|&(_, above)| screen_state(above) || ALL_VIEW.contains(trim(above)))
        };
        if under_name && (company(line) || screen_state(line) && !view_above() || details_line(line) && alone()) {
            list.structure.push((n, n));
            continue;
        }
        // (In such a column, a short line under a name with a state two lines above or
        // below it is that app's state too, whatever it says: `Setup incomplete`, `WIP`.)
        let state_at = |i: usize| lines.get(i).is_some_and(|&(_, l)| state(l));
        if states
            && under_name
            && trim(line).len() <= 24
            && trim(line).split_whitespace().nth(3).is_none()
            && (at >= 2 && state_at(at - 2) || state_at(at + 2))
            // (Two lines a row: the line above is the name, no state; `Google Maps` after
            // `TikTok`, its publisher and `Installed` is a name.)
            && !(at >= 1 && state_at(at - 1))
        {
            list.structure.push((n, n));
            under_name = false;
            continue;
        }
        // A form's field left empty, `Attachments` over `None` (a ticket copied): no part
        // of the list elsewhere, and no app.
        let above = lines.get(at.wrapping_sub(1));
        // (Most lines are let go by their length and the line above's.)
        if trim(line).len() <= 8
            && above.is_some_and(|&(_, above)| {
                let above = trim(above).trim_end_matches(':');
                above.len() <= 14 && PART_LONE.contains(above)
            })
            && NO_VALUE.contains(trim(line))
        {
            let above = above.map_or(0, |&(above, _)| above);
            list.notes.retain(|note| note.line != above);
            list.structure.push((above, above));
            list.structure.push((n, n));
            under_name = false;
            continue;
        }
        let (before, notes_before) = (list.entries.len(), list.notes.len());
        typed_line(n, line, &mut list);
        under_name = list.entries.len() == before + 1;
        item_indent = (list.entries.len() > before).then_some(indent);
        // (A bullet's item: most lines begin with no sign of one, let go by that byte.)
        if item_indent.is_some()
            && matches!(line.as_bytes().get(indent), Some(b'+' | b'-' | b'*' | 0xC2..))
            && strip_marker(trim(line)).len() < trim(line).len()
        {
            items.push((n, 0, n));
        }
        // A remark in brackets on a line of its own that no rule read as more than a name
        // (`(still going through these)`, `(lo screenshot si taglia qui)`, `(sorry for the
        // formatting)`): the writer's, no app. A note when it says the list is not all, or
        // when it is all a section holds, `Privé:` over `(volgt nog)` before the next
        // heading, a blank line or the end (that section's apps are not here, whatever
        // its words); else the list's frame.
        if notes_before == list.notes.len() && list.entries.len() > before {
            if let Some(inner) = bracketed_remark(trim(strip_marker(trim(line)))) {
                let heading = |l: &str| trim(l).ends_with(':');
                let alone = at > 0
                    && lines.get(at - 1).is_some_and(|&(_, above)| heading(above))
                    && lines
                        .get(at + 1)
                        .is_none_or(|&(next, below)| next > n + 1 || heading(below));
                let excerpt = super::account::excerpt(trim(line));
                let skipped = if alone || remark_says_not_all(inner) {
                    Skipped::Elsewhere { excerpt }
                } else {
                    Skipped::Sentence { excerpt }
                };
                list.entries.truncate(before);
                list.notes.push(Note { line: n, skipped });
                under_name = false;
            }
        }
        // A remark in brackets after the first or the last name that says the list goes
        // on or stops there (`LinkedIn (that's where my screenshot ends)`, `Headspace
        // (lijst gaat nog verder)`): the name is read, and the list is not all. (Between
        // names, a remark is the app's: `Disney+ (I use it more than Teams)`.)
        let remark = (list.entries.len() > before && notes_before == list.notes.len())
            .then(|| trim(line).strip_suffix(')').and_then(|l| l.rsplit_once('(')))
            .flatten()
            .filter(|(name, _)| !trim(name).is_empty())
            .map(|(_, inner)| trim(inner))
            .filter(|inner| inner.split_whitespace().nth(1).is_some() && word_in_lower_case(inner));
        // (And after any name, a remark that joins more to it or says the list goes on:
        // `Miro (e mais jogos)`, `Tile (plus another ~15 I haven't typed yet)`, `MB WAY (la
        // lista sigue)`; not one on the app, `Disney+ (I use it more than Teams)`.)
        if remark.is_some_and(|inner| !says_all(inner) && (joins_more(inner) || list_goes_on(inner))) {
            note_elsewhere(&mut list, n, trim(line));
        } else if at == 0 || at + 1 == lines.len() {
            // (Not a part's marker, `Slack (part 1 of 2)`, which the account weighs with the
            // others; nor the app compared with others, `WhatsApp (like many others)`.)
            const LIKE: Words = words!("like|wie|comme|como|come|zoals|jak|tipo");
            if remark.is_some_and(|inner| {
                part_of(inner).is_none()
                    && !inner.split_whitespace().next().is_some_and(|w| LIKE.contains(w))
                    && remark_says_not_all(inner)
            }) {
                note_elsewhere(&mut list, n, trim(line));
            }
        }
    }
    // The last item short of the details each item before it has (three at least, two
    // details each or more), the list's last: the copy stopped in its details.
    if let [.., a, b, c, (line, details, last)] = items.as_slice() {
        let full = c.1;
        if full >= 2
            && a.1 == full
            && b.1 == full
            && *details < full
            && list.entries.last().is_some_and(|e| e.line == *line)
        {
            let text = lines.iter().find(|&&(n, _)| n == *last).map_or("", |&(_, l)| trim(l));
            note_elsewhere(&mut list, *last, text);
        }
    }
    signature(&mut list, lines);
    names_over_identifiers(&mut list);
    list
}

/// A screen's list of each app's name over its identifier (Aurora Store's `Wolt` over
/// `com.wolt.android`): one app each, not two, so that a count of the apps weighs them
/// once. When every identifier read is right under a name, three at least, and most of
/// the names are a word of their identifier (`wolt`), each pair is one entry, the
/// identifier's line the app's detail.
fn names_over_identifiers(list: &mut AppList) {
    // (Most entries have no dot: let go in one look at their bytes.)
    let identifier = |e: &Entry| {
        e.name.is_none()
            && e.text.as_bytes().contains(&b'.')
            && !e.text.contains(' ')
            && crate::text::looks_like_identifier(&e.text)
    };
    let pairs: Vec<usize> = (1..list.entries.len())
        .filter(|&i| {
            let (Some(name), Some(id)) = (list.entries.get(i - 1), list.entries.get(i)) else {
                return false;
            };
            identifier(id) && !identifier(name) && id.line == name.line + 1
        })
        .collect();
    let identifiers = list.entries.iter().filter(|e| identifier(e)).count();
    if pairs.len() < 3 || pairs.len() != identifiers {
        return;
    }
    let related = pairs
        .iter()
        .filter(|&&i| {
            let (Some(name), Some(id)) = (list.entries.get(i - 1), list.entries.get(i)) else {
                return false;
            };
            let id = crate::case::lower(&id.text);
            crate::case::lower(&name.text)
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.len() >= 3 && id.split('.').any(|part| part.contains(w)))
        })
        .count();
    if related * 2 <= pairs.len() {
        return;
    }
    for &i in pairs.iter().rev() {
        if i >= list.entries.len() {
            continue;
        }
        let id = list.entries.remove(i);
        if let Some(name) = list.entries.get_mut(i - 1) {
            name.name = Some(name.text.clone());
            name.identifier = Some(id.text);
        }
        list.structure.push((id.line, id.line));
    }
}

/// A line with HTML's inline tags in it and no other tag, a link's included (`<b>Tik</b>Tok`,
/// `<span style="…">Tik</span><span>Tok</span>`, `Tik<wbr>Tok`, a mail's or a web page's
/// source pasted among names): its text, the tags taken out and its entities read; `None`
/// for a line without one, or with a tag that is no inline one (`<li>`, `<p>`: a block's,
/// read as it is), or a chat's placeholder in angle brackets (`<Media omitted>`).
fn inline_tags_taken(line: &str) -> Option<String> {
    // (And the blocks a page or an issue's Markdown folds a list in, or a line in:
    // `<details>`, `<summary>…</summary>`, `<p>…</p>`, `<br>`.)
    const INLINE: Words = words!(
        "abbr|b|bdi|bdo|big|cite|code|del|dfn|em|font|i|ins|kbd|mark|nobr|q|s|samp|small|span|strike|strong|sub|sup|tt|u|var|wbr|details|summary|div|p|br|center",
    );
    if !line.contains('<') {
        return None;
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    let mut tags = 0;
    while let Some(open) = rest.find('<') {
        out.push_str(rest.get(..open)?);
        let after = rest.get(open + 1..)?;
        let name_at = usize::from(after.starts_with('/'));
        let name_len = after
            .get(name_at..)?
            .bytes()
            .take_while(u8::is_ascii_alphanumeric)
            .count();
        let name = after.get(name_at..name_at + name_len)?;
        // (Its name, then its end or its attributes; no other `<` before its end.)
        let close = after.find('>')?;
        let follows = after.as_bytes().get(name_at + name_len).copied();
        if name.is_empty()
            || !INLINE.contains(name)
            || !matches!(follows, Some(b'>' | b' ' | b'/' | b'\t'))
            || after.get(..close)?.contains('<')
        {
            return None;
        }
        tags += 1;
        rest = after.get(close + 1..)?;
    }
    out.push_str(rest);
    let out = super::tree::unescape(&out);
    // (Not a link's text nor a handle, a signature's: `<b>TikTok</b>: @examplebank`.)
    // (Nor a tag its entities write, `&lt;b&gt;`: its text is read once, not again.)
    // (The tags alone, `<details>`, `</details>`: nothing, the page's.)
    (tags > 0 && !out.contains(['@', '<']) && !out.contains("://")).then_some(out)
}

/// A mail signature's line of the sender's social networks, in the interface's languages
/// (`Follow us: LinkedIn | Instagram | TikTok`, `Folgen Sie uns auf …`, `Suivez-nous sur
/// …`, `Síguenos en …`).
fn follow_us(line: &str) -> bool {
    const OPENINGS: [&str; 12] = [
        "follow us",
        "find us on",
        "connect with us",
        "folgen sie uns",
        "folge uns",
        "folgt uns",
        "suivez-nous",
        "retrouvez-nous",
        "síguenos",
        "siguenos",
        "seguici",
        "siga-nos",
    ];
    // (Most lines begin with none of their letters.)
    matches!(
        line.as_bytes().first(),
        Some(b'F' | b'f' | b'C' | b'c' | b'S' | b's' | b'R' | b'r')
    ) && line.len() <= 200
        && OPENINGS.iter().any(|o| {
            line.get(..o.len()).is_some_and(|start| crate::case::lower(start) == *o)
                && line
                    .get(o.len()..)
                    .is_some_and(|rest| rest.starts_with([' ', ':', ',']))
        })
}

/// A form's words for a field left empty ([`plain_lines`]).
const NO_VALUE: Words =
    words!("none|keiner|keine|geen|brak|aucune|aucun|ninguno|ninguna|nessuno|nessuna|nenhum|nenhuma|n/a|-|—");

/// The lines of a typed list that are versions, each under a name (a table copied one
/// cell a line: `TikTok`, `33.8.4`): when two or more are, they are the names' versions.
/// (One number under a name stays a name: Cloudflare's `1.1.1.1`.)
fn versions_under_names(lines: &[(usize, &str)]) -> Vec<usize> {
    let mut found = Vec::new();
    let mut above = false;
    for &(n, line) in lines {
        let this = version(trim(line));
        if this && !above {
            found.push(n);
        }
        above = this;
    }
    if found.len() < 2 {
        found.clear();
    }
    found
}

/// The header of a table copied one cell a line, near the text's top: two or more lines in
/// a row, each one word a table's header is made of (`Name`, `Version`), one naming the app.
fn header_cells(lines: &[(usize, &str)]) -> Vec<usize> {
    let mut run: Vec<usize> = Vec::new();
    let mut names = false;
    for &(n, line) in lines.iter().take(6) {
        let line = trim(line);
        let key = (line.len() <= 24 && !line.contains(' ')).then(|| header_key(line));
        if let Some(key) = key.filter(|k| column_key(k)) {
            names |= app_key(&key);
            run.push(n);
        } else if run.len() >= 2 && names {
            break;
        } else {
            (run, names) = (Vec::new(), false);
        }
    }
    if run.len() < 2 || !names {
        run.clear();
    }
    run
}

/// The keys of an e-mail's headers, in the languages appcheck speaks and as Outlook writes
/// them in Italian, Portuguese, Dutch and Polish.
const MAIL_KEYS: Words = words!(
    "from|sent|date|to|cc|bcc|subject|reply-to|von|gesendet|datum|an|betreff|de|envoyé|à|objet|enviado|fecha|para|asunto\
     |da|inviato|a|oggetto|data|enviada em|enviado em|assunto|van|verzonden|aan|onderwerp|od|wysłane|wysłano|do|dw|temat",
);

/// The lines of an e-mail's headers (`From:`, `Sent:`, `To:`, `Subject:`, in the
/// languages appcheck speaks), copied with the message or quoted in a reply: two lines or
/// more in a row, a `From:` among them. (A policy's app in a subject is still found by
/// the sweep.)
fn mail_headers(lines: &[(usize, &str)]) -> Vec<usize> {
    const KEYS: Words = MAIL_KEYS;
    const FROM: Words = words!("from|von|de|da|van|od");
    // The key before the colon (`De :` in French), or nothing.
    fn key(line: &str) -> Option<&str> {
        let colon = line.as_bytes().iter().take(12).position(|&b| b == b':')?;
        let key = line.get(..colon)?.trim_end();
        (KEYS.contains(key) || !key.is_ascii() && KEYS.contains(&key.lower())).then_some(key)
    }
    let mut out = Vec::new();
    // (Most texts have no `From:` line at all: let go by a line's first byte.)
    let from_line = |line: &str| {
        matches!(
            line.as_bytes().first(),
            Some(b'F' | b'f' | b'V' | b'v' | b'D' | b'd' | b'O' | b'o')
        ) && key(line).is_some_and(|k| FROM.contains(k))
    };
    if !lines.iter().any(|(_, l)| from_line(l)) {
        return out;
    }
    let mut run: Vec<usize> = Vec::new();
    let mut from = false;
    for (at, &(n, line)) in lines.iter().enumerate() {
        let next_to = run.last().is_none_or(|&last| last + 1 == n);
        match key(line) {
            Some(k) if next_to => {
                from |= FROM.contains(k);
                run.push(n);
            }
            found => {
                if from && run.len() >= 2 {
                    out.append(&mut run);
                }
                run.clear();
                from = false;
                if let Some(k) = found {
                    from = FROM.contains(k);
                    run.push(n);
                }
            }
        }
        if at + 1 == lines.len() && from && run.len() >= 2 {
            out.append(&mut run);
        }
    }
    out
}

/// A line a screen writes under an app's name: a state or a button ([`screen_state`]), its
/// publisher ([`company`]) or a line of its details ([`details_line`]), a version.
pub(super) fn detail_under_name(line: &str) -> bool {
    screen_state(line) || company(line) || details_line(line) || is_version(trim(line))
}

/// A state or a button a store's or a settings screen writes under each app's name
/// (Google Play's library: `Installed`; the App Store's purchases: `OPEN`; Samsung's
/// apps: `Disabled`, an app still there), in the languages appcheck speaks.
fn screen_state(line: &str) -> bool {
    let line = trim(line);
    // (This runs under every app's name: most lines are let go by the filter.)
    line.len() <= 16
        && (!line.as_bytes().contains(&b' ')
            && may_be(&STATES_FILTER, lower_hash(line))
            && (STATES.contains(line) || !line.is_ascii() && STATES.contains(&line.lower()))
            || ["mettre à jour", "METTRE À JOUR"]
                .iter()
                .any(|s| line.eq_ignore_ascii_case(s)))
}

/// A version or a size after its key with no colon, as an app's page writes them
/// (`Version 34.1.3`, `Size 245 MB`).
fn keyed_value(text: &str) -> bool {
    // (Most lines: let go by their first byte.)
    if !matches!(text.as_bytes().first(), Some(b'v' | b'V' | b's' | b'S')) {
        return false;
    }
    match text.split_once(' ') {
        Some((key, value)) if key.eq_ignore_ascii_case("size") => screen_value(value),
        Some((key, value)) if key.eq_ignore_ascii_case("version") => is_version(value),
        _ => false,
    }
}

/// The one-word states [`screen_state`] knows, and their [`WordFilter`].
const STATES: Words = words!(
    "installed|open|get|update|updating|pending|disabled|install|uninstall|installiert|öffnen|laden|aktualisieren\
     |deaktiviert|ouvrir|obtenir|installée|désactivée|abrir|obtener|actualizar|instalada|desactivada",
);
static STATES_FILTER: WordFilter = word_filter(&[STATES.text()], false);

/// Whether every line begins with a number, the numbers counting up by one (`1 TikTok`,
/// `2<TAB>Slack`): the list's own numbering, with no mark after the number. Names that
/// begin with a number (`1 Second Everyday`, `8 Ball Pool`) do not count up.
fn counted(lines: &[(usize, &str)]) -> bool {
    let mut expected = None;
    lines.len() > 1
        && lines.iter().all(|(_, line)| {
            let number = count_mark(line).map(|(number, _)| number);
            let counts = number.is_some() && expected.is_none_or(|e| number == Some(e));
            expected = number.map(|n| n + 1);
            counts
        })
}

/// A line's leading number (up to four digits) before a space or a tab, and the rest.
fn count_mark(line: &str) -> Option<(u32, &str)> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let rest = line
        .get(digits..)
        .filter(|r| (1..=4).contains(&digits) && r.starts_with([' ', '\t']))?;
    let number = line.bytes().take(digits).fold(0, |n, b| n * 10 + u32::from(b - b'0'));
    Some((number, rest.trim_start())).filter(|(_, rest)| !rest.is_empty())
}

/// A company's name: words that end in its legal form (`Bytedance Pte. Ltd.`, `Zoom
/// Video Communications, Inc.`, `Microsoft Corporation`); the forms no app's name ends
/// in (not `Co` or `AS`, which some do).
fn company(line: &str) -> bool {
    let line = trim(line).trim_end_matches('.');
    // (This runs on every line under an app's: the last word found by bytes, and most
    // let go by the filter.)
    let Some(at) = line.bytes().rposition(|b| matches!(b, b' ' | b',' | b'.')) else {
        return false;
    };
    let (Some(name), Some(form)) = (line.get(..at), line.get(at + 1..)) else {
        return false;
    };
    form.len() <= 12 && may_be(&FORMS_FILTER, lower_hash(form)) && FORMS.contains(form) && !trim(name).is_empty()
}

/// The legal forms [`company`] knows, and their [`WordFilter`].
const FORMS: Words = words!("inc|ltd|llc|llp|gmbh|corporation|corp|limited|incorporated|plc|pte|pty");
static FORMS_FILTER: WordFilter = word_filter(&[FORMS.text()], false);

/// The sign-off that ends a typed list and the signer under it (`Best regards,` `Jane
/// Doe`, `Sales Associate, Store 114`: one or two short lines): the list's frame, not apps. Only
/// at the text's end and under a list, or (one line) under a greeting and a sentence said
/// instead of one; a policy's name in them is still found by the sweep.
fn signature(list: &mut AppList, lines: &[(usize, &str)]) {
    // (Blank lines are not in `lines`.)
    let Some(at) = (lines.len().saturating_sub(7)..lines.len())
        .rev()
        .find(|&i| lines.get(i).is_some_and(|(_, l)| sign_off(l)))
    else {
        return;
    };
    let (Some(&(sign_line, _)), Some(under), Some(&(last, _))) = (lines.get(at), lines.get(at + 1..), lines.last())
    else {
        return;
    };
    // (A name, a title, a place or a number: a few words, at most one comma.)
    let short = |(_, l): &(usize, &str)| {
        l.split_whitespace().count() <= 6 && l.matches(SEPARATORS).nth(1).is_none() && !l.contains(':')
    };
    // (Three or four lines with a way to reach the signer among them; or a person's name
    // and under it only a title, a department, a company or an address, `Max Müller`
    // `Senior Analyst` `Example Bank AG`: not `TikTok`, `P.S.`, `Part 1/2` or `apps.png`.)
    let reach = |(_, l): &(usize, &str)| contact(l);
    let titled = |&(_, l): &(usize, &str)| short(&(0, l)) && (job_title(l) || contact(l));
    let named = under.first().is_some_and(|(_, l)| person(l)) && under.iter().skip(1).all(titled);
    let signed = under.len() <= 2 && under.iter().all(short)
        || under.len() <= 6 && named
        || under.len() <= 4 && under.iter().any(reach) && under.iter().all(|l| short(l) || reach(l));
    // (Nor what a reader found says the list is not whole, under the sign-off: `Part 1/2`,
    // `...and 20 more` stay notes.)
    // (Nor a pointer to more below it, `List continues below`, which the account weighs
    // later: with nothing under it, the rest is elsewhere.)
    if list
        .notes
        .iter()
        .any(|n| n.line > sign_line && matches!(n.skipped, Skipped::Elsewhere { .. } | Skipped::ToolMessage { .. }))
        || under.iter().any(|&(_, l)| super::account::points_below(trim(l)))
    {
        return;
    }
    // (Under a list; or, as one line of a few words, under what a message that opens with
    // a greeting says instead of one: `Hi,` … `Thanks` `John`. Without the greeting, or on
    // two lines, it may be the list: `I only have these.` `Thanks!` `TikTok`.)
    let above = |line: Option<usize>| line.is_some_and(|line| line < sign_line);
    let greeted = lines
        .first()
        .is_some_and(|&(first, _)| list.structure.first().is_some_and(|&(at, _)| at == first));
    let said = greeted
        && above(list.notes.first().map(|n| n.line))
        && under.len() == 1
        && under.iter().all(|(_, l)| l.split_whitespace().nth(3).is_none());
    if !signed || !above(list.entries.first().map(|e| e.line)) && !said {
        return;
    }
    // (Under a line above that points to the list below it, `Hi, see my apps below.`
    // `Best regards,` `Max Müller` … `Spotify`: the signer's name alone, the list under it.)
    let pointed = lines
        .get(..at)
        .is_some_and(|above| above.iter().any(|&(_, l)| super::account::points_below(trim(l))));
    let last = match under.first() {
        Some(&(name, _)) if pointed => name,
        _ => last,
    };
    // (Entries and notes are in line order: the signed lines' are the last.)
    list.entries.retain(|e| e.line < sign_line || e.line > last);
    list.notes.retain(|n| n.line < sign_line || n.line > last);
    list.structure.push((sign_line, last));
}

/// A person's name as a signature writes it: two or three words of letters, each begun
/// with a capital (`Max Müller`, `Jane van Dyke` with a particle, `Anne-Marie O'Neil`).
pub(super) fn person(line: &str) -> bool {
    let words: Vec<&str> = trim(line).split_whitespace().collect();
    let particle = |w: &str| {
        matches!(
            w,
            "van" | "von" | "de" | "der" | "da" | "di" | "du" | "del" | "la" | "le"
        )
    };
    (2..=3).contains(&words.len())
        && words.first().is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.last().is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(|w| {
            (w.starts_with(char::is_uppercase) || particle(w))
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        })
}

/// A signature's line under the signer's name: a title, a department, a company or an
/// address (`Senior Analyst`, `IT Risk`, `Example Bank AG`, `Floor 14, Room 14.02`), by one
/// of its words.
pub(super) fn job_title(line: &str) -> bool {
    const WORDS: Words = words!(
        "analyst|manager|director|engineer|officer|head|lead|specialist|consultant|associate|assistant|administrator|admin\
         |developer|intern|coordinator|president|vp|ceo|cto|cfo|coo|cio|ciso|partner|advisor|adviser|architect|founder\
         |executive|supervisor|senior|junior|chief|principal|team|department|dept|division|unit|support|sales|marketing\
         |finance|treasury|risk|compliance|operations|hr|it|legal|office|bank|group|services|solutions|technology\
         |gmbh|ag|ltd|inc|llc|plc|sa|sas|sarl|bv|nv|spa|srl|kg|oy|ab|corp|corporation|limited|floor|room|building|street\
         |leiter|leiterin|abteilung|geschäftsführer|geschäftsführerin|referent|referentin|sachbearbeiter|sachbearbeiterin|berater|beraterin\
         |responsable|chef|directeur|directrice|ingénieur|chargé|chargée|gerente|jefe|jefa|analista|ingeniero|asesor|asesora|departamento|stock|etage|planta",
    );
    line.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| WORDS.contains(w))
}

/// A signature's way to reach the signer: a telephone number after its label or none
/// (`M: +44 7700 900123`, `Tel.: +49 (0)30 1234567`), an e-mail address, a website.
pub(super) fn contact(line: &str) -> bool {
    let line = trim(line);
    let value = match line.split_once(": ") {
        Some((label, value)) if label.len() <= 12 && !label.contains(' ') => trim(value),
        _ => line,
    };
    let labelled = value.len() < line.len();
    let digits = value.bytes().filter(u8::is_ascii_digit).count();
    // (Not a version, `3.9.8.25`, nor a date: a label, or a number begun as one dials it.)
    let phone = digits >= 7
        && (labelled || value.starts_with(['+', '(', '0']))
        && !date(value)
        && value
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b' ' | b'(' | b')' | b'-' | b'/' | b'.'));
    let word = !value.contains(' ');
    // (A store's link is an app, not the signer's website.)
    let store = value.contains("apple.com/") || value.contains("google.com/");
    phone
        || word
            && !store
            && (value.contains('@') && value.contains('.') || value.starts_with("www.") || value.starts_with("http"))
}

/// A way to reach someone alone on its line, in a signature or not: an e-mail address,
/// a telephone number ([`contact`]; a link is [`link`]'s).
fn reach(text: &str) -> bool {
    // (Most lines: neither an `@` nor begun as a number is dialled, let go by a byte.)
    // (Not a placeholder with an `@`, Outlook's `[cid:image001.png@…]`: `elsewhere`'s.)
    // (Its domain ends in letters: `python@3.11` is a package and its version.)
    let address = text.contains('@')
        && !text.contains([':', '[', '<', '/'])
        && text
            .rsplit_once('.')
            .is_some_and(|(_, tld)| tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()));
    (text.starts_with(['+', '(', '0']) || address) && contact(text)
}

/// What a postscript says after its mark, `P.S. ...and 20 more`, `PS: und Teams`, `PS :
/// et TikTok`, `P.P.S. Zoom`: a mark with its dots or a colon (`PS Express` is a name).
pub(super) fn postscript(line: &str) -> Option<&str> {
    let rest = [
        "P.P.S.", "p.p.s.", "P.S.", "p.s.", "PPS", "PS", "ps", "Ps", "P.S", "p.s",
    ]
    .iter()
    .find_map(|mark| line.strip_prefix(mark))?;
    let dotted = line.starts_with(['P', 'p']) && line.as_bytes().get(1) == Some(&b'.');
    let said = rest.trim_start();
    // (Or `PS` and a space before a word in lower case, `PS onvolledige lijst`: `PS
    // Express` is a name.)
    let said = match said.strip_prefix(':') {
        Some(after) => after,
        None if dotted && rest.starts_with([' ', ':']) => said,
        None if rest.starts_with(' ') && said.starts_with(char::is_lowercase) => said,
        None => return None,
    };
    let said = trim(said);
    (!said.is_empty()).then_some(said)
}

/// Words that sentences are made of and names seldom are: articles, pronouns, the verbs
/// to be and to have, negations, quantities, joining words and prepositions, in the eight
/// languages employees write remarks in (lower case, each between `|`). ([`prose_like`].)
const FUNCTION_WORDS: Words = words!(
    "the|a|an|of|to|in|on|at|is|are|was|were|be|been|it|its|it's|this|that|these|those|there|here|my|your|our|their|i|we|you|they|he|she|me|not|no|all|only|just|some|also|and|or|but|with|for|from|as|so|too|still|have|has|had|do|did|don't|didn't|can|can't|will|am|i'm|i've|isn't|aren't\
     |them|here's|heres|there's|theres|what's|whats|im|ive|dont|didnt|cant|couldn't|couldnt|won't|wont|i'll|ill|i'd|gonna|gotta|if|than|then|when\
     |der|die|das|den|dem|des|ein|eine|einen|einem|einer|ist|sind|war|waren|es|ich|du|wir|sie|er|mein|meine|nicht|kein|keine|alle|nur|noch|auch|und|oder|aber|mit|für|von|auf|im|am|zu|bei|habe|hab|hat|haben|gibt|hier|da|dass\
     |le|la|les|l|un|une|du|de|d|est|sont|il|y|ai|j|je|tu|nous|vous|ils|elle|mon|ma|mes|ne|pas|n|plus|tout|tous|toutes|seulement|que|qui|et|ou|mais|avec|pour|sur|dans|en|aussi|encore\
     |el|los|las|una|unos|unas|es|son|hay|está|están|yo|mi|mis|ni|solo|sólo|todo|todas|todos|más|y|o|pero|con|para|por|del|al|también|tengo\
     |lo|gli|è|c'è|ci|ho|ha|hanno|mio|mia|miei|mie|non|tutte|tutti|più|che|e|ma|su|di|della|dell|delle|dei|anche|ancora\
     |het|een|zijn|ik|mijn|niet|geen|allemaal|alleen|nog|ook|en|of|maar|met|voor|op|van|te|heb|heeft|staat|staan|dat|deze\
     |os|as|um|uma|é|são|há|tem|tenho|eu|meu|minha|meus|minhas|não|só|mais|mas|em|no|na|do|da|dos|das|ainda|uns|umas\
     |to|jest|są|nie|tylko|wszystkie|wszystko|jeszcze|też|lub|ale|z|w|od|mam|moje|mój|moja|jak|które|których|się|ich\
     |estou|estoy|sono|sto|suis|bin|ben|jestem|numa|num|nel|nella|zit",
);

/// Whether a line read as a name reads as a sentence instead (`De rest staat op de
/// tweede pagina`, `è solo una parte dell'elenco`, `nicht alle`): three words or more, two
/// at least and two in five of them [`FUNCTION_WORDS`], and not a title's case (more than
/// half of the others after the first in capitals: `Where Is My Train`, `Lord of the
/// Rings`); or two words in lower case, both such words. No name has that shape, so no
/// reader should take it for one.
pub(super) fn prose_like(text: &str) -> bool {
    let words = || {
        text.split(|c: char| {
            c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']' | ',' | ';' | '"' | '“' | '”' | '«' | '»')
        })
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
    };
    // (Most names: every word after the first begins with a capital or a digit, and is
    // let go in one pass over its bytes.)
    if !word_in_lower_case(text)
        || text.len() > 200
        || words()
            .skip(1)
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
    {
        return false;
    }
    // (A word's elision is its own: `dell'elenco`, `n'ai`, `c'est`.)
    let function = |w: &str| {
        FUNCTION_WORDS.contains(w)
            || w.split_once('\'')
                .is_some_and(|(head, _)| FUNCTION_WORDS.contains(head))
    };
    let (mut n, mut said, mut others, mut capitals) = (0, 0, 0, 0);
    for (at, w) in words().enumerate() {
        n += 1;
        if function(w) {
            said += 1;
        } else if at > 0 && !w.bytes().all(|b| b.is_ascii_digit()) {
            others += 1;
            capitals += usize::from(w.starts_with(char::is_uppercase));
        }
    }
    if n == 2 {
        return said == 2 && !text.chars().any(char::is_uppercase);
    }
    // (Half of its words so, or two in five in a line that begins in lower case: `Read
    // later on the go` is a name.)
    let enough = if text.starts_with(char::is_lowercase) {
        said * 5 >= n * 2
    } else {
        said * 2 >= n
    };
    n >= 3 && said >= 2 && enough && capitals * 2 <= others
}

/// Whether a line of four words or more reads as a remark in a hurry rather than a
/// name, though too few of its words are [`FUNCTION_WORDS`] for [`prose_like`] (`will add
/// the personal stuff later`, `cont. in next msg pls`): one of them at least, and every
/// word after the first in lower case but `I`. (A name's words after its first have
/// capitals, `Rest Timer Pro`; one typed in lower case has no function word, `adobe
/// acrobat reader`, or is short, `next bus`.)
pub(super) fn loose_prose(text: &str) -> bool {
    let words = || {
        text.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | ';'))
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
            .filter(|w| !w.is_empty())
    };
    // (Words with letters: `Pagina 1 van 1` is a page's number.)
    let words = || words().filter(|w| w.chars().any(char::is_alphabetic));
    // (Begun in lower case as a remark typed in a hurry is: `Read later on the go` is a
    // name.)
    // (A brand has its capital, `skipped the Google stuff`, and German's nouns theirs,
    // `schick den Rest heute Abend`: fewer words with one than without, one word alone but
    // in German.)
    let capitals = || {
        words()
            .skip(1)
            .filter(|&w| w != "I" && w.starts_with(|c: char| c.is_uppercase()))
            .count()
    };
    let german = || {
        words()
            .any(|w| words!("der|die|das|den|dem|des|ist|sind|ich|und|nicht|mit|für|auf|noch|schon|heute").contains(w))
    };
    text.starts_with(char::is_lowercase)
        && words().nth(3).is_some()
        && text.len() <= 120
        && {
            let capitals = capitals();
            capitals == 0 || capitals < words().count() - capitals && (capitals == 1 || german())
        }
        && words().any(|w| FUNCTION_WORDS.contains(w))
}

/// Whether a word after a space may begin in lower case (or beyond ASCII): what a
/// sentence has and a name in capitals (`Ordinary Tool 123`) has not, in one pass over its
/// bytes.
pub(super) fn word_in_lower_case(text: &str) -> bool {
    let mut space = false;
    text.bytes().any(|b| {
        let lower = space && !(b.is_ascii_uppercase() || b.is_ascii_digit() || b == b' ');
        space = b == b' ';
        lower
    })
}

/// Whether a sentence ([`prose_like`]) may say the list is not whole: a word of the rest,
/// of others, of more, of a part, a page or a half, of later, of something missing, left
/// out or forgotten, of only some or a few, of games (a kind left out); `not` before
/// `all`; or a number, a count said in words around it. (`De rest staat op de tweede
/// pagina`, `ho lasciato fuori i giochi`, `nicht alle`; not `Questo è quello che ho sul
/// telefono`.)
pub(super) fn may_say_not_whole(text: &str) -> bool {
    const CUES: Words = words!(
        "rest|others|total|totaal|insgesamt|gesamt|totale|sumie|tutto|main|important|principal|principali|principales|principais|belangrijkste|wichtigsten|najważniejsze|wichtigste|other|more|part|partial|page|later|second|next|some|few|games|left|skipped|excluded|omitted|remaining|attached|attachment\
         |andere|anderen|weitere|mehr|teil|seite|später|nächste|einige|paar|spiele|restliche|anhang\
         |tomorrow|tonight|morgen|demain|mañana|domani|amanhã|jutro|vanavond|heute\
         |reste|autres|d'autres|plus|partie|suite|tard|quelques|jeux|pièce|jointe\
         |resto|otras|otros|más|parte|página|luego|después|algunas|algunos|juegos|adjunto\
         |altre|altri|altro|più|pagina|dopo|alcune|alcuni|giochi|parziale|fuori|allegato\
         |meer|deel|enkele|spelletjes|spellen|bijlage|tweede\
         |outras|outros|mais|depois|algumas|alguns|jogos|anexo|fora\
         |reszta|resztę|reszty|inne|innych|więcej|część|strona|stronie|później|kilka|niektóre|gry|załącznik|jeszcze\
         |cut|afgeknipt|abgeschnitten|coupé|coupée|tagliato|tagliata|cortado|cortada|obcięte|ucięte|ucięło\
         |afgesneden|cortó|cortou|uciął|ucięła|obciął|obcięła|tronqué|tronquée|troncato|troncata\
         |scroll|scrolled|scrolling|gescrollt|scrollen|défiler|défilé|scorrere|scrollato|rolar|rolei|przewinąć|przewinąłem\
         |ends|endet|eindigt|termine|termina|finisce|kończy|further|weiter|verder|chunk|batch|stopped|aufgehört|arrêté|fermato|parado|gestopt|zatrzymałem",
    );
    const STEMS: [&str; 18] = [
        "forg",
        "miss",
        "vergess",
        "vergaß",
        "oubli",
        "olvid",
        "dimentic",
        "vergeten",
        "esquec",
        "zapomn",
        "weggel",
        "fehl",
        "manqu",
        "falt",
        "manc",
        "ontbre",
        "brak",
        "nachreich",
    ];
    let words = lower_words(text);
    let not = |w: &str| {
        words!("not|nicht|pas|no|non|niet|não|nie|don't|didn't|kein|keine|keinen|aucun|aucune|ningún|ninguna|nessun|nessuna|geen|nenhum|nenhuma|żadnych|żadne|nothing|nichts|rien|nada|niente|niets|nic")
            .contains(w)
    };
    let all = |w: &str| words!("all|alle|tous|toutes|todas|todos|tutte|tutti|allemaal|wszystkie").contains(w);
    let not_all = words.windows(2).any(|pair| matches!(pair, [a, b] if not(a) && all(b)));
    // (But nothing more, `No hay nada más.`, `Mehr ist nicht drauf.`: the list is whole.)
    let more =
        |w: &str| words!("more|else|mehr|sonst|plus|más|più|meer|mais|więcej|further|weiter|verder|oltre").contains(w);
    let nothing = words!("nothing|nichts|nix|rien|nada|niente|nulla|niets|niks|nic");
    let none_more = words.iter().any(|w| nothing.contains(w) || not(w)) && words.iter().any(|w| more(w))
        // (Or empty, `Page 2 of my home screen is empty.`)
        || words.iter().any(|w| {
            words!("empty|leer|leere|vide|vacía|vacío|vuota|vuoto|leeg|vazia|vazio|pusta|pusty|puste").contains(w)
        });
    // (A cue right after a negation, within two words, says there is none: `I didn't miss
    // any`, `there are no others`, `keine anderen`.)
    // (Or right before a word for nothing, `I left nothing out`.)
    let denied = |at: usize| {
        (at.saturating_sub(2)..at).any(|i| words.get(i).is_some_and(|w| not(w)))
            || words.get(at + 1).is_some_and(|w| nothing.contains(w))
    };
    // (One page, `Il n'y a qu'une seule page d'applis`: the only one. A number of those
    // listed, `Three of them are from IT`: some of those here.)
    let one = |w: &str| {
        words!("one|single|une|seule|un|una|sola|uno|één|een|uma|um|jedna|jedną|eine|ein|einzige").contains(w)
    };
    let of_these = |at: usize| {
        words
            .get(at + 1)
            .is_some_and(|w| words!("of|von|de|di|van|z").contains(w))
            && words.get(at + 2).is_some_and(|w| {
                words!("these|them|those|diesen|ihnen|elles|ellas|ellos|queste|questi|deze|delas|deles|nich|tych")
                    .contains(w)
            })
            || words.get(at + 1).is_some_and(|w| w == "davon")
    };
    let cue = |at: usize, w: &String| {
        let page = words!("page|pages|seite|página|pagina|strona|stronie").contains(w);
        let one_page = page && (at.saturating_sub(2)..at).any(|i| words.get(i).is_some_and(|w| one(w)));
        // (`some of these are work apps`: of those listed.)
        let some_of_these =
            words!("some|few|einige|paar|quelques|algunas|algunos|alcune|alcuni|enkele|algumas|alguns|kilka")
                .contains(w)
                && of_these(at);
        let half = half_here(&words, at);
        CUES.contains(w) && !one_page && !some_of_these
            || half
            || STEMS.iter().any(|s| w.starts_with(s))
            || number_in_words(w).is_some_and(|n| n > 1) && !of_these(at)
    };
    // (Nor a sentence of thanks or an apology, an offer, or one about something else than
    // the apps: `Thanks and enjoy the rest of your day`, `If you need more I could go on a
    // call`, `I may have missed some emails`, `We have dozens more phones in the office`.)
    // (Or an offer by its first words, `Happy to help with more questions.`, `Ik kan later
    // een screenshot sturen.`, `let me know if you need anything more`; or what the reader
    // may need, `Avísame si necesitas algo más.`)
    const OFFERS: Words = words!(
        "if|wenn|falls|si|se|als|jeśli|jeżeli|can|could|happy|let|feel|glad|puedo|podría|posso|potrei|kann|könnte|peux|pourrais|mogę|kan|avísame|avisa|avisem|avisad|fammi|fatemi|gib|gebt|sagt|dites|laat|daj|dajcie|lass|lasst|hope|hoffe|espère|espero|spero|hoop|mam",
    );
    const NEED: Words = words!(
        "need|needs|brauchst|braucht|benötigst|benötigen|besoin|necesitas|necesita|necesitáis|necesites|bisogno|servono|nodig|precisar|precisares|precisarem|precisa|precisas|potrzebujesz|potrzeba|potrzebujecie",
    );
    let offer = words.iter().take(2).any(|w| OFFERS.contains(w)) || words.iter().any(|w| NEED.contains(w));
    // The writer ran short, whatever else the sentence says (`keine Zeit mehr, sorry`, `gotta
    // run, that's as far as I got`, `bateria mi pada, dokończę później`, `moet weg, tot hier
    // gekomen`): no time left, a battery running out with more to come, or only so far.
    if !offer && ran_short(&words) {
        return true;
    }
    // (Apps someone installed or removed, `some of these came preinstalled`, `J'ai
    // supprimé les jeux`: those listed, or gone, not missing.)
    const DONE: [&str; 24] = [
        "install",
        "vorinstall",
        "préinstall",
        "preinstal",
        "geïnstall",
        "pré-instal",
        "instaló",
        "instalad",
        "installat",
        "zainstal",
        "delet",
        "remov",
        "uninstall",
        "supprim",
        "effac",
        "borr",
        "cancell",
        "verwijder",
        "lösch",
        "entfern",
        "apag",
        "usun",
        "usuń",
        "odinstal",
    ];
    let done = |w: &String| DONE.iter().any(|d| w.contains(d));
    if about_something_else(text) || words.iter().any(done) || offer {
        return false;
    }
    // (Only what one has, `ik heb er maar een paar`, `I only have a few`: those are all.)
    let only = |w: &str| words!("only|just|nur|seulement|solo|sólo|só|apenas|tylko|alleen|maar").contains(w);
    let have = |w: &str| words!("have|habe|hab|ai|tengo|ho|heb|tenho|mam").contains(w);
    if !not_all && words.iter().any(|w| only(w)) && words.iter().any(|w| have(w)) {
        return false;
    }
    // (No others said anywhere, `Ce sont les principales, il n'y en a pas d'autres.`: the
    // list is whole.)
    let others = |w: &str| {
        words!("other|others|autres|d'autres|andere|anderen|otras|otros|altre|altri|outras|outros|inne|innych")
            .contains(w)
    };
    let no_others = words.iter().enumerate().any(|(at, w)| others(w) && denied(at));
    // (Or that the writer copied only some, or did not copy some: `I only listed the work
    // ones`, `the private ones are in a folder I didn't copy`, `je ne mets pas les persos`,
    // `não pus as pessoais`.)
    const COPIED: Words = words!(
        "listed|list|put|wrote|written|copied|copy|typed|included|include|added|mets|mis|mise|pus|puse|puesto|puestas|messo|messe|gezet|gekopieerd|kopiert|aufgeschrieben|eingetragen|wpisałem|skopiowałem|dodałem|incluido|incluí|inclus|incluse|inclusi|coloquei|copiei|copié|copiado|copiato",
    );
    let copied_some = words.iter().enumerate().any(|(at, w)| {
        // (French puts its `pas` after the verb: `je ne mets pas`.)
        COPIED.contains(w)
            && ((at.saturating_sub(2)..at).any(|i| words.get(i).is_some_and(|w| not(w)))
                || words.get(at + 1).is_some_and(|w| w == "pas")
                || words.iter().any(|w| only(w)))
    });
    not_all
        || copied_some && !none_more
        || !none_more && !no_others && words.iter().enumerate().any(|(at, w)| cue(at, w) && !denied(at))
}

/// A sentence's words in lower case, split at every sign but an apostrophe (`n'ai`, `I'm`).
fn lower_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(crate::case::lower)
        .collect()
}

/// Whether a sentence says the writer ran short (and [`may_say_not_whole`] of its words):
/// no time left (a word for time within three after a negation, `keine Zeit mehr`, `pas eu
/// le temps`, `não deu tempo`, `out of time`); a battery with what is low or comes later
/// (`batteria quasi scarica, finisco dopo`); or got only so far (`as far as I got`, `bis
/// hierhin`, `fin qui`, `tot hier`, `do tego miejsca`).
pub(super) fn says_ran_short(text: &str) -> bool {
    // (A remark is short: a long line, thousands of names, is let go at once.)
    if text.len() > 160 {
        return false;
    }
    let words = lower_words(text);
    !text.trim_end().ends_with('?') && ran_short(&words)
}

/// [`says_ran_short`] of a sentence's words in lower case.
fn ran_short(words: &[String]) -> bool {
    const TIME: Words = words!("time|zeit|tijd|temps|tiempo|tempo|czasu|czas");
    const NO: Words =
        words!("no|not|keine|kein|geen|pas|não|nao|sem|sin|senza|non|nie|brak|out|without|ohne|sans|zonder|bez");
    const BATTERY: Words = words!("battery|akku|accu|batterie|batteria|bateria|batería|baterii|baterię|batterij");
    const LOW: Words = words!(
        "dying|low|empty|dead|leer|schwach|faible|vide|morrendo|acabando|baixa|muriendo|baja|scarica|scarico|bijna|pada|słaba|rozładowana|quasi|almost|fast|presque|casi|quase|prawie",
    );
    const LATER: Words = words!(
        "later|später|tard|luego|después|dopo|depois|straks|później|wieczorem|abend|soir|noche|sera|noite|vanavond|tonight|heute|finish|finis|termino|finisco|dokończę|afmaken|weiter",
    );
    const FAR: [[&str; 2]; 12] = [
        ["far", "as"],
        ["far", "i"],
        ["bis", "hierhin"],
        ["bis", "hierher"],
        ["jusqu'ici", ""],
        ["hasta", "aquí"],
        ["fin", "qui"],
        ["até", "aqui"],
        ["tot", "hier"],
        ["tot", "zover"],
        ["tego", "miejsca"],
        ["finora", ""],
    ];
    // (Not a time zone, `has no time zone`.)
    let no_time = words.iter().enumerate().any(|(at, w)| {
        TIME.contains(w)
            && (at.saturating_sub(3)..at).any(|i| words.get(i).is_some_and(|w| NO.contains(w)))
            && !words.get(at + 1).is_some_and(|w| w.starts_with("zone"))
    });
    let battery =
        words.iter().any(|w| BATTERY.contains(w)) && words.iter().any(|w| LOW.contains(w) || LATER.contains(w));
    let far = words.windows(2).any(|pair| {
        FAR.iter()
            .any(|[a, b]| pair.first().is_some_and(|w| w == a) && (b.is_empty() || pair.get(1).is_some_and(|w| w == b)))
    }) || words.last().is_some_and(|w| w == "jusqu'ici" || w == "finora");
    no_time || battery || far
}

/// Whether a sentence speaks of the rest of the apps, the others or more of them
/// ([`may_say_not_whole`] with one of those words): for a sentence `parse_list` takes as the
/// list's frame (`Will add the rest once I'm back at my desk.`, `Les autres applis sont sur
/// la capture d'écran en PJ.`, `I think there are some more in a folder.`). Not a question (`Are the others allowed?`), nor a sentence about something
/// else or the rest denied ([`may_say_not_whole`]'s own tests).
pub(super) fn names_the_rest(text: &str) -> bool {
    const REST_OR_OTHERS: Words = words!(
        "rest|remaining|others|reste|autres|restlichen|restliche|anderen|andere|weitere|resto|otras|otros|restantes|altre|altri|rimanenti|overige|outras|outros|reszta|resztę|reszty|pozostałe|inne|innych\
         |more|mehr|plus|más|più|mais|meer|więcej",
    );
    let text = crate::text::trim(text);
    !text.ends_with('?')
        && text
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .any(|w| REST_OR_OTHERS.contains(w))
        && may_say_not_whole(text)
}

/// Whether `words[at]`, of a sentence's words in lower case, says half of the list is
/// here (`Só copiei metade.`, `This is roughly half of them.`, `I stopped halfway`); not
/// what half of them are (`Half of them are for work.`), nor a half by its place (`the
/// second half`, read as a part).
fn half_here(words: &[String], at: usize) -> bool {
    const HALF: Words = words!("half|halfway|moitié|helft|metade|mitad|metà|hälfte|połowa|połowę");
    // (Or what half of others did, `Half of my team has already sent theirs`, `Die Hälfte
    // meines Teams hat schon geschickt`.)
    const BE: Words = words!(
        "are|is|sind|ist|sont|est|son|es|sono|è|zijn|są|jest|são|é|has|have|hat|haben|ont|a|ha|han|hanno|heeft|hebben|tem|têm|ma|mają|already|schon|déjà|ya|già|al|já|już",
    );
    words.get(at).is_some_and(|w| HALF.contains(w))
        && !words.iter().skip(at + 1).take(4).any(|w| BE.contains(w))
        && !at
            .checked_sub(1)
            .and_then(|b| words.get(b))
            .is_some_and(|w| AMONG_SEVERAL.contains(w) || LAST.contains(w))
}

/// Whether a sentence says half of the list is here ([`half_here`]), that the copy was cut
/// or not scrolled to its end (`The list continues but the copy cut off here.`), or that
/// its writer doubts it is all ([`doubts_whole`]), and speaks of nothing else
/// ([`about_something_else`]): for a sentence `parse_list` would take as the list's frame.
pub(super) fn half_or_doubted(text: &str) -> bool {
    const CUT_OR_SCROLLED: Words = words!(
        "cut|afgeknipt|abgeschnitten|coupé|coupée|tagliato|tagliata|cortado|cortada|obcięte|ucięte|ucięło\
         |afgesneden|cortó|cortou|uciął|ucięła|obciął|obcięła|tronqué|tronquée|troncato|troncata\
         |scroll|scrolled|scrolling|gescrollt|scrollen|défiler|défilé|scorrere|scrollato|rolar|rolei|przewinąć|przewinąłem",
    );
    let words = lower_words(text);
    ((0..words.len()).any(|at| half_here(&words, at))
        || words.iter().any(|w| CUT_OR_SCROLLED.contains(w))
        || doubts_whole(text))
        && !about_something_else(text)
}

/// The words of a sentence of thanks or an apology, or about something else than the
/// apps ([`may_say_not_whole`], [`about_something_else`]).
const ASIDE_TOPICS: Words = words!(
        "thanks|thank|danke|merci|gracias|grazie|bedankt|obrigado|obrigada|dziękuję|dzięki|cheers|sorry|entschuldigung|désolé|perdón|scusa|scusate|sorry\
         |email|emails|mail|mails|e-mail|e-mails|phones|office|day|call|reply|meeting|tag|journée|día|giorno|dag|dia|dzień|anruf|appel|llamada|chiamata\
         |bug|bugs|fix|fixes|fixed|improvements|details|model|iphone|ios|android|laptop|computer|pc|tablet|ipad|mac|ordinateur|portátil|portatile|rechner|computador|komputer\
         |phone|téléphone|telefon|telefono|teléfono|telefoon|telefone|celular|móvil|handy|telefonie|team|équipe|equipo|squadra|equipa|zespół\
         |company|firma|entreprise|empresa|azienda|bedrijf|portal|catalogue|info|infos|information|informations|informationen|información|informazioni|informatie|informação|informacje|ticket\
         |barely|rarely|seldom|kaum|selten|rarement|raramente|zelden|rzadko\
         |password|passwort|passe|contraseña|wachtwoord|senha|hasło|login|pin|account|accounts|konto|konten|compte|comptes|cuenta|cuentas|conta|contas\
         |form|formular|formulaire|formulario|modulo|formulier|formularz|invoice|rechnung|facture|factura|fattura|factuur|faktura\
         |contract|vertrag|contrat|contrato|contratto|umowa|signed|unterschriebene|signé|firmado|firmato|getekend|podpisany\
         |use|uso|utilise|utilizzo|utilizo|gebruik|nutze|benutze|używam|hardly\
         |week|weekend|woche|wochenende|semaine|semana|settimana|tydzień|tygodnia|loaded|geladen|chargé|cargado|caricato|carregou\
         |colleagues|kollegen|collègues|colegas|colleghi|collega's|koledzy|zespołu|department|abteilung|département|departamento|dipartimento|afdeling|dział",
);

/// Whether a sentence speaks of something else than the list, by a word of
/// [`ASIDE_TOPICS`], also after its elision (`I may have missed some emails, sorry`,
/// `d'infos`).
pub(super) fn about_something_else(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .any(|w| ASIDE_TOPICS.contains(w) || w.rsplit('\'').next().is_some_and(|w| ASIDE_TOPICS.contains(w)))
}

/// A line of a paged screen's dots alone, one filled and one or more hollow, as a home
/// screen or a launcher shows under its icons and a screenshot's text keeps (`• ○ ○`,
/// `○ ● ○`): the page copied is one of several.
fn page_dots(line: &str) -> bool {
    // (Every such dot is beyond ASCII: most lines are let go by their first byte.)
    if line.as_bytes().first().is_none_or(u8::is_ascii) || line.len() > 64 {
        return false;
    }
    let (mut filled, mut hollow) = (0, 0);
    for c in line.chars() {
        match c {
            '●' | '•' | '⚫' | '◉' | '⬤' => filled += 1,
            '○' | '◦' | '⚪' | '◯' | '∘' | '·' => hollow += 1,
            ' ' | '\u{a0}' | '\t' => {}
            _ => return false,
        }
    }
    filled == 1 && hollow >= 1
}

/// What follows a sender's or a label's name and its colon (`Pieter: and 20 more`,
/// `maria:...`, `IT Support: see attached`, `@giulia: Total: 40`): a name of three words
/// at most of letters alone, and something after it. Not a link's scheme (`https://…`),
/// nor a mail's header, `Subject: my apps`: its words are the mail's title; nor a field's
/// key, an export's `Name: …` and `Version: …`, which its readers read.
fn after_label(text: &str) -> Option<&str> {
    // (A name is short: most lines are let go within their first bytes.)
    let colon = text.bytes().take(33).position(|b| b == b':')?;
    let (label, rest) = (text.get(..colon)?, text.get(colon + 1..)?);
    let label = label.strip_prefix('@').unwrap_or(label);
    let letters = |w: &str| {
        w.chars().next().is_some_and(char::is_alphabetic)
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
    };
    let words = label.split(' ').count();
    let said = trim(rest);
    (words <= 3
        && label.split(' ').all(letters)
        && !MAIL_KEYS.contains(label)
        && !super::senders::KEYS.contains(label)
        && !rest.starts_with('/')
        && !said.is_empty())
    .then_some(said)
}

/// A line that signs off (`Thanks!`, `Best regards,`, `That is all, thanks`, `Danke und
/// viele Grüße`, or a good day wished, `buona giornata`, `Have a nice day`): words of
/// thanks and regards, and no name beside them (`TikTok, thanks` names an app).
pub(super) fn sign_off(line: &str) -> bool {
    const THANKS: Words = words!(
        "thanks|thank|thx|ty|cheers|regards|best|sincerely|danke|dank|grüße|grüßen|gruß|lg|mfg|merci|cordialement|gracias|saludos|atentamente\
         |groet|groeten|groetjes|mvg|bedankt|saluti|saluto|saludo|grazie|cumprimentos|obrigado|obrigada|abraço|abraços|atenciosamente\
         |pozdrawiam|pozdrowienia|poważaniem|dziękuję|dzięki|journée|vous|giornata|dnia|tag|dag|day|día|dia|ziens",
    );
    const AROUND: Words = words!(
        "you|many|much|kind|warm|warmest|all|again|in|advance|for|your|help|and|yours|wishes|und|viele|vielen|beste|liebe|mit|freundlichen|beaucoup|bien|à|vous|un|muchas|saludo\
         |met|vriendelijke|hartelijke|cordiali|distinti|cari|mille|com|os|melhores|serdecznie|z|wyrazami|szacunku|je|wel\
         |schöne|schönen|herzliche|herzlichen|bonne|excellente|belle|buona|giornata|buen|día|dia|bom|fijne|dag|miłego|dnia\
         |have|a|nice|good|great|noch|einen|tot|ziens",
    );
    let thanks = |part: &str| {
        let words = || {
            part.split(|c: char| c.is_whitespace() || matches!(c, '.' | '!'))
                .filter(|w| !w.is_empty())
                .map(crate::case::lower)
        };
        words().count() <= 6
            && words().any(|w| THANKS.contains(&w))
            && words().all(|w| THANKS.contains(&w) || AROUND.contains(&w))
    };
    let mut parts = line.split(SEPARATORS).filter(|p| p.chars().any(char::is_alphanumeric));
    let mut thanked = false;
    parts.all(|p| {
        let said = thanks(p);
        thanked |= said;
        said || prose(p) != Prose::Names
    }) && thanked
}

/// A line typed by a person: a name, or several separated by commas or "and", after a
/// chat export's prefix and a list marker. Also how a line in another shape than the
/// tool output around it (a name typed under an adb list) is read.
fn typed_line(n: usize, line: &str, list: &mut AppList) {
    let line = trim(line);
    // (A line in capitals, shouted, three words or more, `*** CONTINUED ON NEXT PAGE ***`:
    // weighed as it would be written in a sentence's case, for what it says of the list.
    // Not a screen's cells apart, `MOST USED    SHOW CATEGORIES`: a title and a button.)
    if super::shouted(line) && !line.contains("  ") {
        let mut said = AppList::default();
        let lowered = super::sentence_case(line);
        read_typed(n, &lowered, &mut said, plain(&lowered));
        if said
            .notes
            .iter()
            .any(|note| matches!(note.skipped, Skipped::Elsewhere { .. }))
        {
            list.notes.append(&mut said.notes);
            return;
        }
    }
    // A line of letters, digits and spaces alone (most lines: a name) has no chat's time
    // stamp, list mark, control character, colon, full stop, separator or drawing in
    // it: the rules that look for one of those are not run on it. (But a postscript in
    // plain words, `PS onvolledige lijst`, is read as one.)
    let postscript = matches!(line.as_bytes().first(), Some(b'P' | b'p')) && postscript(line).is_some();
    read_typed(n, line, list, plain(line) && !postscript);
}

/// [`typed_line`], the trimmed `line` known to be [`plain`] or not (the tests read plain
/// lines both ways, and get the same).
fn read_typed(n: usize, line: &str, list: &mut AppList, plain: bool) {
    let text = if plain {
        line
    } else {
        // (A name written with inline tags inside it, a line of a mail's or a page's source,
        // `<b>Tik</b>Tok`: its text.)
        if let Some(bare) = inline_tags_taken(line) {
            let bare = trim(&bare);
            if bare.is_empty() {
                list.structure.push((n, n));
                return;
            }
            return read_typed(n, bare, list, self::plain(bare));
        }
        // (A signature's social networks, `Follow us: LinkedIn | Instagram | TikTok`: the
        // sender's frame, no app on the phone. One the policy names is still asked about,
        // found by the sweep.)
        if follow_us(line) || properties(line) || kinds_title(line) || chat_header(line) {
            list.structure.push((n, n));
            return;
        }
        // (An app's folder on Android, as `ls -d /data/app/*/*` prints it: its package.
        // Cut before the suffix every such folder has, or begun inside the random part
        // before it, the copy stopped or started inside a row.)
        if let Some(folder) = app_folder(line) {
            match folder {
                AppFolder::Whole(package) => {
                    if let Some(entry) = Entry::app(n, None, Some(package)) {
                        list.entries.push(entry);
                    }
                }
                AppFolder::Cut => note_elsewhere(list, n, line),
            }
            return;
        }
        // (A home screen's page dots read with its names, `• ○ ○`: the screen has more pages
        // than the one copied.)
        // (Or a printed page's number, `— 1 —`: its other pages may not be here. Or the
        // mongo shell's word after a cursor's first batch, `Type "it" for more`.)
        if page_dots(line) || page_number_alone(line) || line.eq_ignore_ascii_case("type \"it\" for more") {
            note_elsewhere(list, n, line);
            return;
        }
        // (The object replacement character, what iMessage, Notes, Word and a mail app leave
        // where a picture stood: the list in the picture is not here.)
        if line.contains('\u{fffc}') {
            note_elsewhere(list, n, line);
            return;
        }
        // (A signature's logo as a mail app writes its picture, `[image: Example Agency
        // logo]`, Outlook's `[A blue and white logo Description automatically generated]`:
        // the sender's frame, no list.)
        if logo_picture(line) {
            list.structure.push((n, n));
            return;
        }
        // (A postscript, `P.S. ...and 20 more`, `PS : et TikTok`: what it says read as a
        // line of its own.)
        if let Some(said) = postscript(line) {
            return read_typed(n, said, list, self::plain(said));
        }
        let Some(message) = chat_message(line) else {
            // (A log's line, its time and no sender, that says the tool's session or
            // connection ended, `[14:02:11] WayDroid session is stopped`: what it printed
            // was cut there.)
            if chat_stamp(line).is_some_and(session_ended) {
                note_elsewhere(list, n, line);
            } else {
                list.structure.push((n, n));
            }
            return;
        };
        // (`+ more`, `+ 20 apps`: a count of more after a plus, not a bullet.)
        if message.trim_start().starts_with('+') && (elsewhere(trim(message), None) || plus_the_usual(message)) {
            note_elsewhere(list, n, message);
            return;
        }
        // (Not a count in Chinese that begins with its number in brackets, `(45) 个应用`.)
        let text = match cjk_count(trim(message)) {
            Some(_) => trim(message),
            None => trim(strip_marker(message)),
        };
        // A Markdown heading (`# Work`, `## Personal apps`) is the list's structure, as
        // a label that ends in a colon is; one that holds an app's identifier is that
        // app (Adebar's `### TikTok (com.zhiliaoapp.musically)`).
        // A command typed at a shell's prompt, copied with what it printed: structure.
        match markdown_heading(text) {
            Some(title) if identifies(title) => title,
            // (Or a comment that counts more, `# 143 more`; a heading over apps, `## Other
            // apps`, is a heading.)
            // (Or dots alone after the mark, a comment's gap: `# ...`; or R's tibble's rows
            // not printed, `# ℹ 81 more rows`, `# … with 81 more rows, and 1 more variable`.)
            Some(title)
                if title.bytes().any(|b| b.is_ascii_digit()) && says_more(title).is_some()
                    || goes_on(title, None, false)
                    || title.starts_with(['ℹ', '…']) && {
                        let said = title.trim_start_matches(['ℹ', '…', ' ']);
                        let said = said.strip_prefix("with ").unwrap_or(said);
                        says_more(said.split(',').next().unwrap_or(said)).is_some()
                    } =>
            {
                note_elsewhere(list, n, text);
                return;
            }
            None if !super::account::typed_command(text) => text,
            _ => {
                list.structure.push((n, n));
                return;
            }
        }
    };
    // A mail app's line over a forwarded message (`---------- Forwarded message
    // ---------`): the mail's frame, not a message forwarded in a chat in its place.
    if !plain && text.starts_with("--") && super::account::mail_separator(&crate::case::lower(text)) {
        list.structure.push((n, n));
        return;
    }
    // A mail's subject copied with its message (`Subject: App list (part 1)`, `Betreff: AW:
    // App-Prüfung - unvollständig, Rest folgt`): the mail's title, no app; a note when it
    // says the list is not all, read as a line of its own, whole or by its pieces.
    if !plain {
        if let Some(title) = mail_subject(text) {
            if title_says_elsewhere(title) {
                note_elsewhere(list, n, text);
            } else {
                list.structure.push((n, n));
            }
            return;
        }
    }
    // A bare bullet, checkbox or list number, a label or heading with nothing after it
    // (`package:`, `Personal apps:`), an emoji or a sign alone, `ls -l`'s `total 0`: no
    // app's name, the list's own structure (a text of nothing else is "no apps found",
    // never "nothing to do"; a policy's name in a heading is still found by the sweep).
    // (A number begins with a digit: most lines are let go by their first byte.)
    // A table's total row typed among names, `| Total | 40 |`: its label an entry, for the
    // total rows to weigh against its column or the rows (`account::total_rows`).
    if let Some(label) = text
        .starts_with(['|', '│'])
        .then(|| super::account::framed_total(text))
        .flatten()
    {
        list.entries.push(Entry::text(n, label));
        return;
    }
    let number = |t: &str| {
        if !t.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            return false;
        }
        let t = t.trim_end_matches(['.', ')', ':']);
        !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit())
    };
    let total = text
        .strip_prefix("total ")
        .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()));
    // A line whose characters an encoding lost (`????`, `□□`): a line not read.
    if !plain && super::lost_encoding(text) {
        let skipped = Skipped::Unread {
            excerpt: super::account::excerpt(text),
        };
        list.notes.push(Note { line: n, skipped });
        return;
    }
    // A kind of app in lower case among the names (`social media apps`, `banking apps`):
    // apps not named. (Most names have a capital: let go at it.)
    if !text.bytes().any(|b| b.is_ascii_uppercase()) && text.contains(' ') && describes_apps(text) && of_a_kind(text) {
        note_elsewhere(list, n, text);
        return;
    }
    // A screen's row of controls over its apps (`Updates available (3)    Sort: Recently
    // updated ▾`): no app, and a note when the view it names is some of them.
    if !plain {
        match control_row(text) {
            Some(Some(view)) => {
                note_elsewhere(list, n, view);
                return;
            }
            Some(None) => {
                list.structure.push((n, n));
                return;
            }
            None => {}
        }
    }
    // A message cut to its preview before its button for more (`Netfli… Lees meer`): the
    // names before it read, and a note.
    if let Some(head) = (!plain).then(|| cut_before_more(text)).flatten() {
        note_elsewhere(list, n, text);
        read_typed(n, &head, list, false);
        return;
    }
    // A list that trails off (`...`, `…`) goes on beyond what was pasted: a note. (Or
    // `less`'s prompt alone, `:`, waiting to show the next screen, whatever follows it.)
    if !plain && (goes_on(text, None, false) || text == ":") {
        note_elsewhere(list, n, text);
        return;
    }
    if text.is_empty()
        || !text.chars().any(char::is_alphanumeric)
        || !plain && progress_frame(text)
        || !plain && status_bar(text)
        || !plain && subject(text)
        || !plain && reach(text)
        || number(text)
        || total
        || count_line(text)
        || count_label(text)
        || screen_value(text)
        || keyed_value(text)
        || text.ends_with(':')
    {
        // (`Some of them:`, `for example:`, `Recently used:`: what follows is not the
        // whole list; nor after `here's the rest:` or `Part 2 of 2:`, a part of it.)
        // (Also in brackets, among other words: `my apps (first part, rest in next mail):`.)
        let heading = text.trim_end_matches(':');
        let aside = || {
            heading
                .split_once('(')
                .and_then(|(_, inside)| inside.split_once(')'))
                .is_some_and(|(inside, _)| {
                    // (A count alone is weighed against the rows as a count, `(10 in total)`.)
                    bracket_count(inside).is_none()
                        && inside
                            .split([',', ';'])
                            .any(|part| elsewhere(trim(part), None) || only_some(part) || may_say_not_whole(part))
                })
        };
        if text.ends_with(':')
            && (examples(text).is_some()
                || subset_heading(text)
                || elsewhere(heading, None)
                || screen_among_several(text)
                || !says_all(heading) && half_or_doubted(heading)
                // (Or one typed in a hurry that says so, `sending in two msgs, part 1:`.)
                || !says_all(heading) && loose_prose(heading) && may_say_not_whole(heading)
                || !says_all(heading) && aside()
                // (Or a page's place before the last among its words, `(page 1/3)`.)
                || page_within(heading).is_some_and(|(at, of)| at < of)
                || only_some(heading)
                || only_the_beginning(heading))
        {
            note_elsewhere(list, n, text);
        } else if text.ends_with(':') && tool_message(text, plain) {
            // (`ERROR:`, `An unexpected error occurred while executing the command:`.)
            note_tool_message(list, n, text);
        } else if !plain && !text.is_ascii() && console_cut(text) {
            // (A mark where text was cut out, of signs alone: `✂`, `--✂--`.)
            note_elsewhere(list, n, text);
        } else if !plain
            && matches!(
                text.trim_end_matches(['\u{fe0f}', ' ']),
                "📷" | "📸" | "🖼" | "🎥" | "📹" | "📎" | "🎞"
            )
        {
            // (A picture's or an attachment's emoji alone, where a chat or a mail app put
            // one: the list may be in it.)
            note_elsewhere(list, n, text);
        } else {
            list.structure.push((n, n));
        }
        return;
    }
    let checked = if plain && text.len() <= super::MAX_LINE_CHARS {
        Some(text)
    } else {
        checked_text(n, text, &mut list.notes)
    };
    let Some(text) = checked else {
        return;
    };
    // A folder named at random (Android 11's under `/data/app`, an iOS app's container):
    // it does not say which app it holds, so it is a line not read, never an app the
    // policy does not name.
    if !plain && random_name(text) {
        let skipped = Skipped::Unread {
            excerpt: super::account::excerpt(text),
        };
        list.notes.push(Note { line: n, skipped });
        return;
    }
    // A tool's progress line ("Loading repository data...", "Reading installed packages..."):
    // its own structure.
    if !plain && still_at_work(text) {
        list.structure.push((n, n));
        return;
    }
    // (Hashed once, for the sentence tests here and below.)
    let (first_hash, whole_text) = (first_word_hash(text), text);
    let text = after_examples(n, text, first_hash, list);
    if let Some(names) = some_of_the_rest(text, first_hash) {
        note_elsewhere(list, n, text);
        for name in names_of(names) {
            list.entries.push(Entry::text(n, without_installed(name)));
        }
        return;
    }
    // A line that counts the apps (`That's 57 apps in total`, `~60 apps`, `more than 50
    // apps`): the list's structure, its count weighed against the rows by the account.
    // (Before the sentences' rules: every word of it is a count's.)
    // (Most lines have no word for apps: let go by one look at their bytes for both.)
    let apps_word = crate::text::words8::has_p_or_w(text.as_bytes());
    if apps_word && count_in_words_of(text).is_some() || total_in_words(text).is_some() {
        list.structure.push((n, n));
        return;
    }
    // Names, then a count of the apps after a sign (`Slack, Zoom, Teams: 30 apps total`,
    // `… Teams. That's 30 apps in total`, `TikTok - 3 apps in total`, a chat's `Anna: I have
    // 14 apps` over its 14 apps): the names read as a line of their own, and the count
    // weighed by the account against every row. (Once: a line whose names hold another
    // such count is read as it is.)
    if let Some((names, count, _)) = apps_word
        .then(|| names_then_count(text))
        .flatten()
        .filter(|(names, _, _)| names_then_count(names).is_none())
    {
        let before = list.entries.len();
        read_typed(n, names, list, self::plain(names));
        // (A chat's sender before the count, `Chloé: I have 19 apps`, is read as a name
        // but is none of the apps counted: the count weighed as if one more. One word: a
        // name of two, `Microsoft Teams: 3 apps total`, may be the app's.)
        let sender = !names.contains([' ', ',', ';']);
        let read = if sender { list.entries.len() - before } else { 0 };
        list.counts.push((n, count.fewest().saturating_add(read)));
        return;
    }
    // A count, then names after a dash or a bar, or after a total's colon (`30 apps -
    // Signal, Telegram, Teams`, `Total 30: Signal, Telegram`): the names read as a line of
    // their own, and the count weighed by the account against every row. (Once, as above.)
    if let Some((fewest, names)) = (apps_word || text.as_bytes().contains(&b':') && after_total_lead(text).is_some())
        .then(|| count_then_names(text))
        .flatten()
        .filter(|(_, names)| count_then_names(names).is_none())
    {
        read_typed(n, names, list, self::plain(names));
        list.counts.push((n, fewest));
        return;
    }
    // What a sender's or a label's name introduces on a line of its own, where the lines
    // around have none (`Pieter: and 20 more`, `Anna: Total: 40`, `maria: ...`): read as
    // a line of its own when that says the list goes on or counts it. (Names after it,
    // `Pieter: Slack`, stay the line's as it is read below; and every reader above has
    // had the whole line first.)
    if !plain {
        if let Some(said) = after_label(text) {
            let mut heard = AppList::default();
            read_typed(n, said, &mut heard, self::plain(said));
            let total = stated_total(said);
            let goes_on = !heard.notes.is_empty()
                && heard
                    .notes
                    .iter()
                    .all(|note| matches!(note.skipped, Skipped::Elsewhere { .. }));
            if heard.entries.is_empty() && (goes_on || !heard.counts.is_empty() || total.is_some()) {
                list.notes.append(&mut heard.notes);
                list.counts.append(&mut heard.counts);
                list.structure.append(&mut heard.structure);
                if let Some(total) = total {
                    list.structure.push((n, n));
                    list.counts.push((n, total));
                }
                return;
            }
        }
    }
    if said_besides_names(n, text, plain, first_hash, list) {
        return;
    }
    if !plain && property(text) {
        list.structure.push((n, n));
        return;
    }
    let whole = text.len();
    let framed = text;
    some_of_them(n, text, list);
    let text = if plain { text } else { framed_names(text) };
    // What a label introduces may be a detail, not names: `Installed: 2024-02-10
    // 12:34:56`, `Apps: 4`. (The whole line had these tests above.)
    if text.len() < whole && (screen_value(text) || number(text)) {
        list.structure.push((n, n));
        return;
    }
    // A label that counts the names after it (`My 5 apps: Slack, Zoom`): fewer of them on
    // the line say the rest is elsewhere.
    let counted = label_count(framed, text);
    let entries_before = list.entries.len();
    let short_of_count = |list: &mut AppList| {
        if counted.is_some_and(|c| c > list.entries.len() - entries_before) {
            note_elsewhere(list, n, framed);
        }
    };
    // A dictated line of names set apart by spoken commas: read with written ones.
    if let Some(written) = spoken_commas(text) {
        read_typed(n, &written, list, false);
        short_of_count(list);
        return;
    }
    // Several names on one line ("Mine: Teams, Gmail, SHAREit") are several apps;
    // a tool's line (a tab or an identifier) stays whole for recognition to read.
    // A store title keeps its commas ("TikTok - Videos, Shop & LIVE").
    // (Every separator but the comma and the semicolon is outside ASCII.)
    let separated = !plain
        && (text.bytes().any(|b| matches!(b, b',' | b';') || !b.is_ascii()) && text.contains(SEPARATORS)
            || spaced_signs(text));
    let titled = || has(text, " - ") && !listed_by_dashes(text) || has(text, " – ");
    // A row of names set apart by wide gaps (`Slack   TikTok   Maps`).
    let gapped = (!plain).then(|| gaps(text)).flatten();
    // A sentence that lists apps (`I have TikTok and Slack`): the names after its
    // lead-in, split as a line of names is.
    let said = lead_in(
        text,
        if text.as_ptr() == whole_text.as_ptr() {
            first_hash
        } else {
            first_word_hash(text)
        },
    );
    // (`I have TikTok and Zoom, but I might have missed some`: the names, and a note that
    // the list may not be whole.)
    if said.is_some() && doubts_whole(text) {
        note_elsewhere(list, n, text);
    }
    let several = gapped.is_some()
        || (separated || said.is_some()) && !titled() && !text.contains('\t') && !has(text, "package:");
    let text = said.unwrap_or(text);
    if several {
        let before = list.entries.len();
        let names = match gapped {
            Some(parts) => parts.into_iter().flat_map(listed_names).collect(),
            None => names_of(text),
        };
        let mut noted = false;
        let parts = names.len();
        for (at, part) in names.into_iter().enumerate() {
            // (A sentence after a name's full stop that, read as a line of its own, says
            // the list goes on, `…, N26. schicke den Rest später`: the name is read.)
            // (Or a part of six words or more that, read alone, says so: `er zijn er meer
            // maar ik zit in de auto rest komt later`.)
            // (A part of a longer line only, of 200 bytes at most: what it reads is read no
            // further.)
            // (The last of three names at least: a sentence's clause after a comma, `That's
            // all, I don't have a second home screen`, is read with the sentence.)
            let inner = part.len() < text.len() && part.len() <= 200 && parts >= 3 && at + 1 == parts;
            if inner && part.split(' ').nth(5).is_some() && says_it_goes_on(n, part) {
                note_elsewhere(list, n, text);
                noted = true;
                continue;
            }
            if let Some(name) =
                name_then_rest_later(n, part).or_else(|| inner.then(|| name_then_said(n, part)).flatten())
            {
                note_elsewhere(list, n, text);
                noted = true;
                list.entries.push(Entry::text(n, without_installed(name)));
                continue;
            }
            let (part, remark) = remark_after(part);
            let (part, etc) = and_so_on(part);
            let etc = etc || remark;
            if etc || unlisted_part(numbered_item(part, list).unwrap_or(part)) {
                note_elsewhere(list, n, if etc { text } else { part });
                noted = true;
                if !etc {
                    continue;
                }
            }
            list.entries.push(Entry::text(n, without_installed(part)));
        }
        if list.entries.len() == before && !noted {
            list.structure.push((n, n));
        }
        short_of_count(list);
        return;
    }
    // "and TikTok", "also TikTok, …": the word that joins it to the line before.
    // (No other letter is one of these in lower case: comparing the ASCII is enough; and
    // most lines begin with a letter none of them begins with.)
    let joined = text
        .as_bytes()
        .first()
        .is_some_and(|b| matches!(b.to_ascii_lowercase(), b'a' | b'&' | b'p' | b'u' | b's' | b'e'));
    let text = ["and ", "& ", "also ", "plus ", "und ", "sowie ", "et ", "as well as "]
        .iter()
        .filter(|_| joined)
        .find(|c| text.get(..c.len()).is_some_and(|start| start.eq_ignore_ascii_case(c)))
        .map_or(text, |c| text.get(c.len()..).unwrap_or(text));
    // (The full stops and exclamation marks taken off the end are ASCII: by bytes.)
    let text = trim(text);
    // (But "..." ends a name cut short, `TikT...`: recognition reads it as one.)
    let kept = if text.ends_with("...") {
        text.len()
    } else {
        text.bytes().rposition(|b| b != b'.' && b != b'!').map_or(0, |i| i + 1)
    };
    // (Most lines: let go by their last byte, which `etc.` and `usw.` do not end with.)
    // (`等` ends in 0x89, `など` and `件` in 0xA9 and 0xB6, `個` and `本` in 0x8B and 0xAC.)
    // (And the phrases' last words: `and so on`, `so forth`, `de suite`, `zo verder`, `i
    // tak dalej`, `y así` (0xAD), `por aí vai`; others' counted, `and 20 others`, `…e mais
    // 20`, or talked of, `più altre che non ricordo`.)
    // (A number last only after a word in lower case, `mais 20`: `Ordinary Tool 1234`
    // is let go.)
    let counted = || {
        let bytes = text.as_bytes();
        let Some(space) = bytes.iter().rposition(|&b| b == b' ') else {
            return false;
        };
        let head = text.get(..space).unwrap_or("");
        let start = head.as_bytes().iter().rposition(|&b| b == b' ').map_or(0, |at| at + 1);
        head.get(start..)
            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
    };
    let (part, etc) = if match text.as_bytes().last() {
        Some(b'0'..=b'9') => counted(),
        last => matches!(
            last,
            Some(
                b'.' | b'c'
                    | b'w'
                    | b'a'
                    | b'n'
                    | b'h'
                    | b'e'
                    | b'r'
                    | b'j'
                    | b'i'
                    | b's'
                    | b'o'
                    | 0xA6
                    | 0x89
                    | 0xA9
                    | 0xB6
                    | 0x8B
                    | 0xAC
                    | 0xBB
                    | 0xAD
            )
        ),
    } {
        and_so_on(text)
    } else {
        (text, false)
    };
    // (A search box's words with the count of what it searches, `Buscar entre 20
    // aplicaciones`, end on no word that more are elsewhere.)
    let (part, etc) = if etc && search_box(text) {
        (text, false)
    } else {
        (part, etc)
    };
    if etc {
        note_elsewhere(list, n, text);
    }
    let kept = if etc { part.len() } else { kept };
    let part = on_device(without_installed(trim(text.get(..kept).unwrap_or(text))));
    if !part.is_empty() {
        list.entries.push(Entry::text(n, part));
    }
    short_of_count(list);
}

/// Whether a text is one word a machine made at random, no app's name: a UUID, or
/// Base64 of 16 characters or more with its padding (`==`), which Android 11 names an
/// app's folder with, after `~~`.
fn random_name(text: &str) -> bool {
    let word = text.strip_prefix("~~").unwrap_or(text);
    let bytes = word.as_bytes();
    let uuid = bytes.len() == 36
        && bytes.iter().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => *b == b'-',
            _ => b.is_ascii_hexdigit(),
        });
    let body = word.trim_end_matches('=');
    let has = |test: fn(&u8) -> bool| body.as_bytes().iter().any(test);
    let base64 = bytes.len() >= 16
        && (1..=2).contains(&(word.len() - body.len()))
        && body
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'-' | b'_'))
        && has(u8::is_ascii_digit)
        && has(u8::is_ascii_uppercase)
        && has(u8::is_ascii_lowercase);
    uuid || base64
}

/// The names a line of several lists (`Slack, Zoom and TikTok`, `I have TikTok and
/// Slack on my phone`, `TikTok • 420 MB`): its parts between separators and
/// conjunctions, without a sentence's lead-in and where it says they are, nor a
/// screen's details beside a name (`420 MB`, `Updated yesterday`, and beside those a
/// version or a publisher: Google Play's `TikTok Pte. Ltd. • 420 MB • Updated 2 days
/// ago` is the line of the app above).
fn listed_names(text: &str) -> Vec<&str> {
    names_of(lead_in(text, first_word_hash(text)).unwrap_or(text))
}

/// [`listed_names`] of a line whose own lead-in, if it had one, is off.
fn names_of<'a>(text: &'a str) -> Vec<&'a str> {
    // Each part without its own lead-in and place, and whether it is a screen's value.
    let mut names: Vec<(&str, bool)> = Vec::new();
    let mut push = |name: &'a str| {
        let name = on_device(name);
        names.push((name, screen_value(name)));
    };
    // (Where the apps are is the whole line's end: `TikTok y WhatsApp en mi móvil`,
    // where `en` is also Dutch's "and".)
    for part in split_names(on_device(text)) {
        if let Some(rest) = lead_in(part, first_word_hash(part)) {
            push(rest);
            continue;
        }
        // A sentence after another's full stop (`I don't have TikTok. I have WhatsApp`):
        // read on its own.
        let sentences = part
            .split_once(". ")
            .and_then(|(first, next)| Some((first, lead_in(next, first_word_hash(next))?)));
        match sentences {
            Some((first, rest)) => {
                push(first);
                push(rest);
            }
            None => push(part),
        }
    }
    let details = names.iter().any(|&(_, value)| value);
    // (Beside a size or a date a company's form is one, whatever it is: `Spotify AB`.)
    let publisher = |p: &str| {
        p.rsplit([' ', '.'])
            .find(|w| !w.is_empty())
            .is_some_and(|w| w.len() < p.len() && crate::text::COMPANY_FORMS.contains(w))
    };
    let mut listed = Vec::with_capacity(names.len());
    for (name, value) in names {
        // (A part of dots alone, `Slack, ...`, says the list goes on: kept for the caller.)
        if !(details && (value || publisher(name) || version(name))) && named(name) || goes_on(name, None, true) {
            listed.push(name);
        }
    }
    listed
}

/// A version as tools and screens write it: a digit first, a dot, then digits, dots, a
/// build's letters (`33.8.4`, `6.32.78_ww`) or a build in parentheses (`6.0.2 (34045)`).
fn version(text: &str) -> bool {
    text.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && text.contains('.')
        && (is_version(text)
            || text
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b' ' | b'(' | b')')))
}

/// Whether a line has parts between ` | `, ` • ` or ` · ` (a byte looked for first).
fn parted(line: &str) -> bool {
    line.bytes().any(|b| b == b'|' || b >= 0x80) && [" | ", " • ", " · "].iter().any(|s| has(line, s))
}

/// Whether a line is a bullet of a key and its value, `+ installed version: 9.14`, `- App
/// data: \`/data/user/0/com.venmo\``: a bullet's sign, then one to three words before `: `
/// and a value after it.
fn nested_detail(line: &str) -> bool {
    let Some(text) = trim(line).strip_prefix(['+', '-', '*', '•', '◦', '▪']) else {
        return false;
    };
    text.split_once(": ").is_some_and(|(key, value)| {
        let key = trim(key);
        !key.is_empty()
            && !trim(value).is_empty()
            && key.split(' ').count() <= 3
            && key.chars().all(|c| c.is_alphabetic() || c == ' ')
    })
}

/// Whether a line is a screen's details of the app above it, between spaced signs: two
/// or more sizes, dates or versions, and at most one other part (its publisher).
fn details_line(text: &str) -> bool {
    if !parted(text) {
        return false;
    }
    let parts = text.split(['|', '•', '·']).map(trim).filter(|p| !p.is_empty());
    let (mut details, mut others) = (0, 0);
    for part in parts {
        if screen_value(part) || version(part) {
            details += 1;
        } else {
            others += 1;
        }
    }
    details >= 2 && others <= 1
}

/// The verbs of having and using a sentence lists apps with ([`lead_in`]), and those of
/// them that say who without a pronoun before them (`tengo`, `j'ai`, `habe`).
const VERBS: Words = words!(
    "have|has|got|use|using|i've|ive|habe|hab|hat|nutze|benutze|verwende|j'ai|jai|utilise|j'utilise|tengo|tiene|uso|utilizo",
);
const SPEAKER_VERBS: Words = words!("i've|ive|habe|hab|j'ai|jai|tengo");
/// The devices a sentence says apps are on ([`on_device`]).
const PLACES: Words =
    words!("phone|iphone|ipad|handy|telefon|téléphone|teléfono|móvil|device|tablet|laptop|computer|mac|pc");

/// What a sentence lists after its first words (`I have`, `On my phone I also use`,
/// `Ich habe`, `J'ai`, `Tengo`): the rest of the line, when those words are sentence
/// words with a verb of having or using among them, after a pronoun or a word before
/// it, or one that says who (`tengo`). Not when a word says no ("I don't have TikTok",
/// `Ich habe kein TikTok`: the line stays whole, a question), nor when a name begins
/// with the verb (`Have I Been Pwned`).
fn lead_in(text: &str, first: Option<u64>) -> Option<&str> {
    // (Most lines: their first word is no sentence word, let go by the filter.)
    if !may_be(&SENTENCE_FILTER, first?) || text.ends_with('?') {
        return None;
    }
    let mut buffer = String::new();
    let (mut words, mut verb, mut at, mut after_verb) = (0, false, 0, false);
    for word in text.split(' ') {
        let start = at;
        at += word.len() + 1;
        if word.is_empty() {
            continue;
        }
        let bare = word.trim_end_matches([',', '.', '!', ':']);
        let lower = spaced_lower(bare, &mut buffer);
        let key = lower.trim();
        // Not what is not there, was there or is asked about ("I don't have", "I used to
        // have", "Do you have TikTok?").
        let asked = words == 0 && matches!(key, "do" | "does" | "did" | "can" | "could" | "are" | "is");
        if asked
            || NEGATIONS.contains(&key)
            || key.ends_with("n't")
            || matches!(key, "keine" | "n'ai" | "ne" | "dont" | "used" | "had" | "was" | "were")
        {
            return None;
        }
        // After the verb a capital begins a name (`I use AI Chat`, `I have My Talking
        // Tom`, `I have Phone Guardian`), but for the speaker and a device a few words on
        // (`habe ich`, `habe auf meinem Handy`).
        let capital = bare.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
        let just_after_verb = std::mem::replace(&mut after_verb, false);
        if verb && capital && key != "i" && (just_after_verb || !PLACES.contains(key)) {
            return text.get(start..);
        }
        if VERBS.contains(key) || words > 0 && INSTALLED.contains(key) {
            if words == 0 && !SPEAKER_VERBS.contains(key) {
                return None;
            }
            (verb, after_verb) = (true, true);
        } else if !lead_word(key, lower) {
            return (verb && words > 0).then(|| text.get(start..)).flatten();
        }
        words += 1;
    }
    None
}

/// Whether a text introduces a list in a sentence's words, a verb of having, "installed"
/// and "following" among them (`Auf meinem Diensthandy sind folgende Apps installiert`,
/// `The following apps are installed on my work phone`): two words or more.
fn introduction(text: &str) -> bool {
    const FOLLOWING: Words =
        words!("following|folgende|folgenden|suivantes|suivants|siguientes|sind|installées|installés");
    let mut buffer = String::new();
    let mut words = 0;
    prose_words(text).all(|w| {
        words += 1;
        let lower = spaced_lower(w, &mut buffer);
        let key = lower.trim();
        lead_word(key, lower) || VERBS.contains(key) || INSTALLED.contains(key) || FOLLOWING.contains(key)
    }) && words >= 2
}

/// Whether a heading introduces what follows as the writer's list, asked for (`Hier
/// meine Apps:`, `my list as asked:`, `Aqui estão meus apps:`, `Voici mes applis :`): a
/// word that points to it or says it was asked for, and the others words sentences are
/// made of, words for apps or a list. Such a heading is no section of a list beside
/// another (`Work apps:`, `Rarely used:` have neither word).
pub(super) fn introduces_list(heading: &str) -> bool {
    const POINTS: Words = words!(
        "here|here's|heres|hier|voici|voilà|voila|aquí|aqui|ecco|oto|asked|requested|gevraagd|demandé|demandée|demandées|pedido|pedida|pediste|pediu|solicitado|solicitada|richiesto|richiesta|richieste|prośbą|gewünscht|angefragt|erbeten",
    );
    const LIST: Words = words!(
        "apps|app|applications|applis|aplicaciones|aplicativos|aplicações|applicazioni|aplikacje|aplikacji|anwendungen|list|liste|lista|lijst|listę|as|als|comme|como|come|jak|zoals|conforme|wie|estão|están|sono|sind|zijn|are|is|my|meine|mes|mis|miei|mie|le|la|les|las|os|as|meus|minhas|mijn|moje|moja|mój|die|de|der",
    );
    let heading = heading.trim_end_matches([':', ' ', '：']);
    let mut buffer = String::new();
    let (mut words, mut points) = (0, false);
    let all = prose_words(heading).all(|w| {
        words += 1;
        let lower = spaced_lower(w, &mut buffer);
        let key = lower.trim();
        let point = POINTS.contains(key);
        points |= point;
        point || LIST.contains(key) || lead_word(key, lower)
    });
    all && points && (2..=8).contains(&words)
}

/// The longest text [`about_device`] asks [`device_itself`] about (`Samsung Galaxy S24
/// Ultra 5G, Android 14; One UI 6.1` is 50 bytes).
const MAX_DEVICE_TEXT: usize = 120;

/// A sentence about the device, not its apps: words sentences are made of ([`lead_word`]),
/// then what a device says of itself ([`device_itself`]: `It's an iPhone 13`, `My phone
/// is a Samsung Galaxy S21`) or a device's word (`company phone`, `mein Handy`).
fn about_device(text: &str) -> bool {
    let mut buffer = String::new();
    let mut rest = text.trim_end_matches(['.', '!']);
    while let Some((word, tail)) = rest.split_once(' ') {
        let lower = spaced_lower(word, &mut buffer);
        if !lead_word(lower.trim(), lower) {
            return false;
        }
        rest = tail.trim_start();
        // (What a device says of itself is a few words: a longer rest is let go without
        // being read again, or a line of thousands of lead words would be read as many
        // times.)
        if rest.len() > MAX_DEVICE_TEXT {
            continue;
        }
        // (A device's word after words in lower case: `company phone`; `Your Phone` and
        // `My Device` are apps' names. The whole text's case asked only then.)
        let device_word = || !rest.contains(' ') && PLACES.contains(rest);
        if device_itself(rest, first_word_hash(rest)) || device_word() && !text.bytes().any(|b| b.is_ascii_uppercase())
        {
            return true;
        }
    }
    false
}

/// Words a sentence's lead-in may have besides its verb (`lower` is the word between
/// spaces, `key` without them): the words sentences are made of, a device (also the end of
/// one, `Diensthandy`) and what says whose it is (`work`, `professionnel`).
fn lead_word(key: &str, lower: &str) -> bool {
    const MORE: Words =
        words!("still|already|now|professionnel|professionnelle|pro|travail|trabajo|del|dienstliches|geschäftliches");
    may_be(&SENTENCE_FILTER, fnv(key.as_bytes())) && SENTENCE_WORDS.contains(lower)
        || PLACES.contains(key)
        || MORE.contains(key)
        || ["handy", "telefon", "phone"]
            .iter()
            .any(|p| key.len() > p.len() + 2 && key.ends_with(p))
}

/// A name, without where a sentence says it is at its end (`Zoom on my phone`, `TikTok
/// auf meinem Handy`, `sur mon téléphone`, `en mi móvil`): from a word that says where
/// to a device, sentence words alone.
fn on_device(part: &str) -> &str {
    const AT: Words = words!("on|in|auf|sur|en");
    // (Most names: their last word is no device, let go by its length, its first letter
    // and the filter; found by bytes from the end, where it is.)
    let end = part
        .bytes()
        .rposition(|b| !matches!(b, b'.' | b'!' | b' '))
        .map_or(0, |i| i + 1);
    let said = part.get(..end).unwrap_or(part);
    let Some(space) = said.bytes().rposition(|b| b == b' ') else {
        return part;
    };
    let last = said.get(space + 1..).unwrap_or("");
    let letter = last.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    if !(2..=11).contains(&last.len())
        || !matches!(letter, b'p' | b'i' | b'h' | b't' | b'd' | b'm' | b'c' | b'l')
        || !may_be(&PLACES_FILTER, lower_hash(last))
        || !PLACES.contains(last)
    {
        return part;
    }
    let mut buffer = String::new();
    let mut end = space;
    while let Some(space) = said.get(..end).and_then(|head| head.rfind(' ')) {
        let word = said.get(space + 1..end).unwrap_or("");
        if AT.contains(word) {
            let name = trim(said.get(..space).unwrap_or(""));
            return if name.is_empty() { part } else { name };
        }
        if !SENTENCE_WORDS.contains(spaced_lower(word, &mut buffer)) {
            break;
        }
        end = space;
    }
    part
}

/// The title of a Markdown heading: one to six `#`, then a space (`#1 TikTok` and
/// `#TikTok` are no headings).
pub(super) fn markdown_heading(text: &str) -> Option<&str> {
    let marks = text.bytes().take_while(|&b| b == b'#').count();
    let title = text
        .get(marks..)
        .filter(|t| (1..=6).contains(&marks) && t.starts_with(' '))?;
    Some(title.trim())
}

/// Whether a text holds an app's identifier (`com.zhiliaoapp.musically`), alone or in
/// parentheses, beginning with a letter (`1.2` is a version).
fn identifies(text: &str) -> bool {
    text.split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .any(|w| w.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) && crate::text::looks_like_identifier(w))
}

/// Whether a trimmed line is ASCII letters, digits and spaces alone, as most names are,
/// and no postscript's (`PS there are more`, read after its mark).
fn plain(line: &str) -> bool {
    if matches!(line.as_bytes().first(), Some(b'P' | b'p')) && postscript(line).is_some() {
        return false;
    }
    // (Spaces in a row may set names apart, `gaps`: such a line is not plain.)
    let mut space = false;
    line.bytes().all(|b| {
        let fits = b.is_ascii_alphanumeric() || b == b' ' && !space;
        space = b == b' ';
        fits
    })
}

/// A row of names set apart by three spaces or more (a home screen's labels read by OCR:
/// `Slack   TikTok   Maps   Zoom`): its names, when none is a detail (a size, a date, a
/// version: a name's columns, read whole by recognition) and each has a few words; three
/// or more, not all in capitals nor all a table's column words (a screen's tabs,
/// `Overview   Manage`, and a tool's header, `USER   PID   NAME`, `Name   Vendor   Version`,
/// stay whole).
fn gaps(text: &str) -> Option<Vec<&str>> {
    if !has(text, "   ") {
        return None;
    }
    let parts: Vec<&str> = text.split("   ").map(trim).filter(|p| !p.is_empty()).collect();
    let capitals = |p: &&str| !p.bytes().any(|b| b.is_ascii_lowercase());
    let names = parts.len() >= 3
        && !parts.iter().all(capitals)
        && !parts.iter().all(|p| column_key(&header_key(p)))
        && parts
            .iter()
            .all(|p| !screen_value(p) && !version(p) && !is_version(p) && p.split_whitespace().nth(4).is_none());
    names.then_some(parts)
}

/// What a typed line is besides names.
#[derive(PartialEq, Eq)]
enum Prose {
    /// A greeting or a sign-off around the list (`Hi IT team,`, `Thanks!`, `Best
    /// regards,`, `Sent from my iPhone`): no app.
    Frame,
    /// A sentence that names no app (`I only have the usual work apps.`), or a reply
    /// instead of a list (`none`, `same as before`): not a list, so not "nothing to do".
    Sentence,
    /// Anything else: names, or a sentence with names in it.
    Names,
}

/// Words sentences are made of, in lower case, in the interface's languages (English,
/// German, French, Spanish), each between spaces: a line of three words or more, all of
/// them these, is a sentence that names no app (any other word may be an app's name,
/// typed in any case). One text, not a table of strings: 2 KB less of the Wasm module.
const SENTENCE_WORDS: &str = " i i'm im i've ive me my mine we our you your it its it's they have has had got get use \
using used am is are was were be do does did don't dont didn't can can't will would \
should not no nothing none only just also usual usually same all any some every \
everything anything standard normal regular before last time new the a an on in of to \
as and but or with from for since phone iphone apps app applications work company \
device ones stuff installed them else updated default ever always that this these those there what which \
following currently below \
here hier sind ich habe hab mein meine meinem nur nicht keine kein die der das und auf alle \
üblichen wie immer handy telefon sonst nichts gleichen vorher je j'ai jai ai n'ai mon \
ma mes seulement que pas rien les des et sur toutes tous habituelles comme téléphone \
applications applis voici voilà d'habitude yo tengo mi mis solo sólo nada las los y en todas habituales \
como teléfono de siempre móvil aquí están estas aplicaciones lo el ";

/// Words of a reply that says the check is done or found nothing (`All clear`, `Nothing
/// to report`, `Alles klar`, `Rien à signaler`, `Todo bien`; and as employees write it in
/// languages the page does not speak, `Tutto a posto`, `Niets te melden`, `Tudo bem`,
/// `Wszystko ok`), in lower case, each between
/// spaces, as [`SENTENCE_WORDS`]: a line of two to four words, each one of these or a
/// sentence word, one at least of these, is such a reply ([`verdict`]).
const VERDICT_WORDS: &str = " clear done fine good ok okay set checked finished complete completed nothing none \
report declare that's thats erledigt fertig gut alles klar passt nichts zu melden geprüft bon c'est cest tout \
rien à signaler fini terminé vérifié bien todo listo hecho ya está esta nada reportar informar terminado revisado \
no keine kein aucune aucun ninguna ninguno tutto posto niente nulla segnalare da nessuna nessuno goed niets geen te \
tudo bem nenhum nenhuma declarar wszystko nic brak ";

/// Words that doubt a list written by hand is whole: from memory, may have missed some,
/// more to come (`I think that's all`, `can't remember the rest`, `probably missed a
/// few`, `Hay algunas que olvidé`, `more tomorrow`, `la suite demain`), each between
/// spaces ([`hedge`]).
const HEDGES: &str = " remember memory recall think guess probably maybe perhaps possibly missed forgot forgotten \
scroll scrolled glaube vielleicht wahrscheinlich vergessen erinnere gedächtnis crois pense peut-être probablement \
oublié souviens mémoire creo quizás quizá probablemente olvidé olvidado recuerdo memoria later tomorrow follow \
follows folgt später morgen suite demain tard luego mañana después sigue screen screens bildschirm écran \
pantalla ";

/// The other words of such a line besides [`SENTENCE_WORDS`] and [`VERDICT_WORDS`]
/// (`further`, `the rest`, `a few more`, `das ist alles`, `son todas`).
const HEDGE_FILL: &str = " further rest more few several couple exactly most others other down anymore ist alle \
weiter mehr paar einige reste encore quelques plus hay algunas algunos unas unos son más resto otras otros \
screenshot screenshots i'll ill send la see seen first that's thats what's whats visible page copied copy \
pasted captured ";

/// What a person writes instead of a list: nothing, no change, not applicable; and the
/// remarks that close a list typed by hand (`That's about it`, `Das war's`, `Eso es todo`,
/// `Hope this helps`), its frame under one. Its words in lower case, one space apart, each
/// between commas.
const REPLIES: &str = ",none,nothing,n/a,na,nil,no,nope,nothing new,no change,no changes,same,same as before,same as last time,as before,the usual,idk,not sure,ok,okay,yes,yep,yeah,done,all good,all fine,tbd,here you go,here it is,see below,not installed,nothing found,deleted it,removed it,i deleted it,i removed it,compliant,never had it,i never had it,will send later,let me check,don't know,dont know,i don't know,i dont know,no idea,dunno,all updated,all up to date,up to date,nichts,keine,keine ahnung,weiß nicht,rien,aucune,aucune idée,je ne sais pas,nada,ninguna,no sé,no lo sé,ni idea,erledigt,fertig,fini,terminé,listo,hecho,terminado,nessuna,nessuno,niente,nulla,geen,niets,nenhum,nenhuma,nic,brak,\
that's about it,thats about it,that's about all,thats about all,that's the list,thats the list,that's the lot,end of list,end of the list,end of my list,that's all folks,thats all folks,hope this helps,hope that helps,let me know,let me know if you need anything,let me know if you need anything else,nothing else,nothing more,\
das war's,das wars,das ist alles,das war alles,mehr nicht,mehr habe ich nicht,ende der liste,voilà,voila,c'est tout,voilà tout,fin de la liste,rien d'autre,eso es todo,es todo,eso es,nada más,nada mas,fin de la lista,\
that's my full list,thats my full list,that's the full list,that's my whole list,that's the whole list,that is the whole list,that is my full list,that's my complete list,that's the complete list,that is the complete list,full list,complete list,whole list,that's all of them,that's all my apps,those are all my apps,these are all my apps,that's every app,\
das ist die komplette liste,das ist die ganze liste,das ist die vollständige liste,das ist meine komplette liste,komplette liste,vollständige liste,das sind alle,das sind alle apps,c'est la liste complète,c'est toute la liste,liste complète,ce sont toutes mes applis,es la lista completa,esa es la lista completa,lista completa,son todas,son todas mis apps,";

/// Greetings and sign-offs, as [`REPLIES`]: the whole line, or the first words of one
/// that ends with a name after a comma or a space.
const FRAMES: &str = ",hi,hello,hey,dear,good morning,good afternoon,thanks,thank you,thx,cheers,regards,best regards,kind regards,best,many thanks,hallo,guten tag,danke,grüße,viele grüße,beste grüße,mit freundlichen grüßen,bonjour,merci,cordialement,hola,gracias,saludos,un saludo,\
liebe,lieber,liebes,sehr geehrte,sehr geehrter,moin,servus,salut,cher,chère,chers,chères,madame,monsieur,buenos días,buenas tardes,\
estimado,estimada,estimados,buongiorno,buonasera,ciao,salve,gentile,gentili,grazie,un saluto,cordiali saluti,olá,bom dia,boa tarde,\
caro,cara,prezado,prezada,obrigado,obrigada,cumprimentos,beste,hoi,goedemorgen,goedemiddag,geachte,bedankt,groeten,\
met vriendelijke groet,cześć,dzień dobry,szanowni państwo,szanowny panie,szanowna pani,witam,dziękuję,dzięki,pozdrawiam,";

/// The words of [`SENTENCE_WORDS`], of [`VERDICT_WORDS`], and the first words of [`REPLIES`]' and [`FRAMES`]'
/// entries, as Bloom filters made when compiling (two bits of 1,024 or 2,048 a word): a word that
/// misses one of its bits is not there, known without a search through the text. Most
/// lines are names, and are let go this way at their first word.
static SENTENCE_FILTER: WordFilter = word_filter(&[SENTENCE_WORDS], false);
static VERDICT_FILTER: WordFilter = word_filter(&[VERDICT_WORDS], false);
static HEDGE_FILTER: WordFilter = word_filter(&[HEDGES, HEDGE_FILL], false);
static OPENING_FILTER: WordFilter = word_filter(&[REPLIES, FRAMES], true);
static PLACES_FILTER: WordFilter = word_filter(&[PLACES.text()], false);
/// The words of [`ASKING`], the first words of what a device says of itself
/// ([`device_itself`]) and [`goes_on`]'s words: one filter for the three.
static ASIDE_FILTER: WordFilter<64> = word_filter(
    &[
        ASKING.text(),
        SYSTEMS.text(),
        MAKERS.text(),
        FAMILIES.text(),
        JOINERS.text(),
        MORE.text(),
        QUANTITIES.text(),
        NUMBER_WORDS.text(),
        KINDS.text(),
        VAGUE.text(),
        "e|eg|for|including|incl|such|mainly|mostly|z|zb|zum|beispielsweise|bspw|insbesondere|u|notamment|par|por|p|o|onder|bijvoorbeeld|bijv|bv|np|na|między|m|tra|ad|per|entre|apart|besides|比如|例如|譬如|例えば|たとえば\
         |hauptsächlich|vor|surtout|principalement|sobre|principalmente|soprattutto|vooral|głównie",
    ],
    false,
);

/// `N` words of 64 bits: 16 for most lists, 32 for the two that hold several lists'
/// words ([`ASIDE_FILTER`], [`LATER_FILTER`]), which 1,024 bits let a name in seven
/// times in fifty.
type WordFilter<const N: usize = 16> = [u64; N];

/// The two bits of [`WordFilter`] a word sets: from its FNV-1a hash.
const fn word_bits<const N: usize>(hash: u64) -> (usize, usize) {
    let mask = (N * 64 - 1) as u64;
    ((hash & mask) as usize, ((hash >> 11) & mask) as usize)
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// One byte into an FNV-1a hash.
const fn fnv_step(hash: u64, byte: u8) -> u64 {
    (hash ^ byte as u64).wrapping_mul(0x0100_0000_01b3)
}

/// The filter of the words of `texts` (between spaces, commas and `|`), or (`first`) of the
/// first word of each comma-separated entry.
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated by the compiler, which refuses an index out of bounds"
)]
const fn word_filter<const N: usize>(texts: &[&str], first: bool) -> WordFilter<N> {
    let mut filter = [0u64; N];
    let mut t = 0;
    while t < texts.len() {
        let bytes = texts[t].as_bytes();
        let (mut hash, mut len, mut counts, mut i) = (FNV_START, 0, true, 0);
        while i <= bytes.len() {
            let b = if i < bytes.len() { bytes[i] } else { b',' };
            if matches!(b, b' ' | b',' | b'|') {
                if len > 0 && counts {
                    let (x, y) = word_bits::<N>(hash);
                    filter[x / 64] |= 1 << (x % 64);
                    filter[y / 64] |= 1 << (y % 64);
                }
                if len > 0 || b == b',' {
                    counts = !first || b == b',';
                }
                (hash, len) = (FNV_START, 0);
            } else {
                hash = fnv_step(hash, b);
                len += 1;
            }
            i += 1;
        }
        t += 1;
    }
    filter
}

/// The filter of the last word of each of `texts`, as [`last_word_hash`] reads it: its
/// last run of ASCII letters and digits, in lower case.
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated by the compiler, which refuses an index out of bounds"
)]
const fn last_word_filter<const N: usize>(texts: &[&str]) -> WordFilter<N> {
    let mut filter = [0u64; N];
    let mut t = 0;
    while t < texts.len() {
        let bytes = texts[t].as_bytes();
        filter = with_last_run(filter, bytes, 0, bytes.len());
        t += 1;
    }
    filter
}

/// The filter of the words of `words` (`a|b|c`), each as [`last_word_hash`] reads it at
/// a line's end: its last run of ASCII letters and digits, in lower case (`zdjęcie` as
/// `cie`).
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated by the compiler, which refuses an index out of bounds"
)]
const fn words_last_filter<const N: usize>(words: &str) -> WordFilter<N> {
    let mut filter = [0u64; N];
    let bytes = words.as_bytes();
    let (mut start, mut end) = (0, 0);
    while end <= bytes.len() {
        // (Each word ends at a bar or at the end.)
        if end == bytes.len() || bytes[end] == b'|' {
            filter = with_last_run(filter, bytes, start, end);
            start = end + 1;
        }
        end += 1;
    }
    filter
}

/// `filter` with the last run of ASCII letters and digits in `bytes[from..end]`, in lower
/// case, added ([`last_word_filter`], [`words_last_filter`]).
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated by the compiler, which refuses an index out of bounds"
)]
const fn with_last_run<const N: usize>(
    mut filter: WordFilter<N>,
    bytes: &[u8],
    from: usize,
    end: usize,
) -> WordFilter<N> {
    let mut stop = end;
    while stop > from && !bytes[stop - 1].is_ascii_alphanumeric() {
        stop -= 1;
    }
    let mut i = stop;
    while i > from && bytes[i - 1].is_ascii_alphanumeric() {
        i -= 1;
    }
    if i < stop {
        let mut hash = FNV_START;
        while i < stop {
            hash = fnv_step(hash, bytes[i].to_ascii_lowercase());
            i += 1;
        }
        let (x, y) = word_bits::<N>(hash);
        filter[x / 64] |= 1 << (x % 64);
        filter[y / 64] |= 1 << (y % 64);
    }
    filter
}

/// The filter that lets through what any of `filters` does.
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated by the compiler, which refuses an index out of bounds"
)]
const fn merged_filters<const N: usize>(filters: &[WordFilter<N>]) -> WordFilter<N> {
    let mut merged = [0u64; N];
    let mut f = 0;
    while f < filters.len() {
        let mut i = 0;
        while i < N {
            merged[i] |= filters[f][i];
            i += 1;
        }
        f += 1;
    }
    merged
}

/// The hash of an ASCII text's last word as [`last_word_filter`] reads it (its last run of
/// letters and digits, lowered), `None` when it has none.
fn last_word_hash(text: &str) -> Option<u64> {
    let bytes = text.as_bytes();
    let end = bytes.iter().rposition(u8::is_ascii_alphanumeric)? + 1;
    let start = bytes
        .get(..end)?
        .iter()
        .rposition(|b| !b.is_ascii_alphanumeric())
        .map_or(0, |at| at + 1);
    Some(
        bytes
            .get(start..end)?
            .iter()
            .fold(FNV_START, |hash, b| fnv_step(hash, b.to_ascii_lowercase())),
    )
}

/// Whether a word of an ASCII `text` (a run of its letters and digits, in lower case) may
/// be one of `filter`'s words: `false` only when none is. One pass over its bytes.
fn any_word_may_be<const N: usize>(filter: &WordFilter<N>, text: &str) -> bool {
    let mut hash = FNV_START;
    let mut started = false;
    for &b in text.as_bytes().iter().chain(b" ") {
        match crate::text::folded_byte(b) {
            0 | crate::text::BEYOND_ASCII => {
                if started && may_be(filter, hash) {
                    return true;
                }
                (hash, started) = (FNV_START, false);
            }
            folded => {
                hash = fnv_step(hash, folded);
                started = true;
            }
        }
    }
    false
}

/// Whether a word whose [`lower_hash`] is `hash` may be one of `filter`'s words:
/// `false` only when it is none of them.
fn may_be<const N: usize>(filter: &WordFilter<N>, hash: u64) -> bool {
    let (x, y) = word_bits::<N>(hash);
    let bit = |at: usize| filter.get(at / 64).is_some_and(|w| w & (1 << (at % 64)) != 0);
    bit(x) && bit(y)
}

/// The FNV-1a hash of `word` as [`spaced_lower`] writes it (without its spaces), made
/// without writing it.
fn lower_hash(word: &str) -> u64 {
    // (Most words are ASCII: a byte at a time, without decoding characters.)
    if word.is_ascii() {
        return word
            .bytes()
            .fold(FNV_START, |hash, b| fnv_step(hash, b.to_ascii_lowercase()));
    }
    let mut hash = FNV_START;
    let mut add = |c: char| {
        for &b in c.encode_utf8(&mut [0; 4]).as_bytes() {
            hash = fnv_step(hash, b);
        }
    };
    for c in word.chars() {
        match c {
            '’' => add('\''),
            c if c.is_ascii() => add(c.to_ascii_lowercase()),
            c => crate::case::chars(c).for_each(&mut add),
        }
    }
    hash
}

/// The hashes of "sent" and "get", which begin the sign-offs of mail apps.
const SENT: u64 = fnv(b"sent");
const GET: u64 = fnv(b"get");
/// The first words of a mail app's line in German, French and Spanish (`Von meinem
/// iPhone gesendet`, `Envoyé de mon iPhone`, `Enviado desde mi iPhone`).
const SENT_IN: [u64; 8] = [
    fnv(b"von"),
    fnv("envoyé".as_bytes()),
    fnv(b"enviado"),
    fnv(b"inviato"),
    fnv(b"verzonden"),
    fnv(b"verstuurd"),
    fnv("wysłane".as_bytes()),
    fnv("wysłano".as_bytes()),
];

/// The FNV-1a hash of `bytes`.
const fn fnv(mut bytes: &[u8]) -> u64 {
    let mut hash = FNV_START;
    while let [b, rest @ ..] = bytes {
        hash = fnv_step(hash, *b);
        bytes = rest;
    }
    hash
}

/// The [`lower_hash`] of the first of [`prose_words`], `None` when there is none: read
/// byte by byte while the text is ASCII (nearly every line), else by characters.
fn first_word_hash(text: &str) -> Option<u64> {
    let mut hash = FNV_START;
    let mut started = false;
    // (A letter or digit lowered by one table lookup: `folded_byte`.)
    for &b in text.as_bytes() {
        let folded = match crate::text::folded_byte(b) {
            crate::text::BEYOND_ASCII => return prose_words(text).next().map(lower_hash),
            0 if b == b'\'' || b == b'/' => b,
            folded => folded,
        };
        if folded != 0 {
            hash = fnv_step(hash, folded);
            started = true;
        } else if started {
            break;
        }
    }
    started.then_some(hash)
}

/// `word` in lower case (ASCII; another letter by [`Lower`]) and the curly apostrophe
/// made straight, into `out`, between spaces.
fn spaced_lower<'a>(word: &str, out: &'a mut String) -> &'a str {
    out.clear();
    out.push(' ');
    for c in word.chars() {
        match c {
            '’' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(crate::case::chars(c)),
        }
    }
    out.push(' ');
    out
}

/// A list of phrases of [`REPLIES`]' shape and its filter, made at compile time by
/// [`phrase_list!`]: the bits of each phrase and of each of its beginnings before a space,
/// so that [`has_phrase`] lets most words go by three bits, before a search of the list.
#[derive(Clone, Copy)]
struct PhraseList {
    text: &'static str,
    filter: &'static [u64],
}

/// A [`PhraseList`] of a `&'static str` constant, its filter made at compile time.
macro_rules! phrase_list {
    ($text:expr) => {
        const {
            const TEXT: &str = $text;
            const FILTER: [u64; crate::text::phrases_filter_len(TEXT)] = crate::text::phrases_filter(TEXT);
            PhraseList {
                text: TEXT,
                filter: &FILTER,
            }
        }
    };
}

/// The phrase lists [`has_phrase`] asks, each with its filter made once.
const REPLIES_LIST: PhraseList = phrase_list!(REPLIES);
const FRAMES_LIST: PhraseList = phrase_list!(FRAMES);
const GO_ON_LIST: PhraseList = phrase_list!(GO_ON);
const BELOW_LIST: PhraseList = phrase_list!(BELOW);
const CONTINUES_LIST: PhraseList = phrase_list!(CONTINUES);

/// Whether `list` has an entry that begins with the words `phrase` (lower case, one
/// space apart), or (`whole`) is them. (A phrase with a comma is searched for whole.)
fn has_phrase(list: PhraseList, phrase: &str, whole: bool) -> bool {
    if !phrase.contains(',') && !crate::text::filter_may_hold(list.filter, phrase.as_bytes()) {
        return false;
    }
    let list = list.text;
    list.match_indices(phrase).any(|(at, _)| {
        let before = list.as_bytes().get(at.wrapping_sub(1)).copied();
        let after = list.as_bytes().get(at + phrase.len()).copied();
        before == Some(b',') && (after == Some(b',') || !whole && after == Some(b' '))
    })
}

/// The words of a typed line: letters and digits, with apostrophes and slashes (`n/a`).
fn prose_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '/')))
        .filter(|w| !w.is_empty())
}

/// Whether a typed line is a greeting, a sign-off, or a sentence that names no app
/// ([`Prose`]). Most lines are let go at their first word, which begins none of them.
fn prose(text: &str) -> Prose {
    prose_hashed(text, first_word_hash(text))
}

/// [`prose`], given its first word's [`first_word_hash`] (`typed_line` hashes it once for
/// this and [`lead_in`]).
fn prose_hashed(text: &str, first: Option<u64>) -> Prose {
    // Most lines are names, and their first word begins no reply or greeting and is no
    // sentence word: let go here, without a word written or looked up.
    let Some(hash) = first else {
        return Prose::Names;
    };
    let opening = text.len() <= 60 && may_be(&OPENING_FILTER, hash);
    let signature = hash == SENT || hash == GET || SENT_IN.contains(&hash);
    // (A question or a remark ends as a sentence does, or opens with `¿`: most names
    // do neither, and are let go by two bytes.)
    let ends = matches!(text.as_bytes().last(), Some(b'?' | b'.' | b'!')) || text.starts_with('¿');
    if !opening
        && !signature
        && !ends
        && !may_be(&SENTENCE_FILTER, hash)
        && !may_be(&ASIDE_FILTER, hash)
        && !may_be(&VERDICT_FILTER, hash)
    {
        return Prose::Names;
    }
    let Some(first) = prose_words(text).next() else {
        return Prose::Names;
    };
    let mut buffer = String::new();
    let head = spaced_lower(first, &mut buffer).trim().to_owned();
    // Replies, greetings and sign-offs are short, and begin with one of their words.
    if opening && (has_phrase(REPLIES_LIST, &head, false) || has_phrase(FRAMES_LIST, &head, false)) {
        let mut phrase = head.clone();
        let mut count = 1;
        for w in prose_words(text).skip(1) {
            phrase.push(' ');
            phrase.push_str(spaced_lower(w, &mut buffer).trim());
            count += 1;
        }
        // (And a reply that points at another's list: `Same as my colleague`.)
        if has_phrase(REPLIES_LIST, &phrase, true) || phrase.starts_with("same as ") && count <= 6 {
            return Prose::Sentence;
        }
        // `Hi IT team,` `Thanks, Jane` `Dear Sir or Madam,`: a greeting and at most a name.
        // (Named: the line ends with a comma or `!`, or a comma follows the greeting;
        // "Hello Kitty, Slack" is two apps.)
        let lower = text.lower();
        let ends = text.ends_with(',') || text.ends_with('!');
        // (And at most a name after it, not a list: "Hi, Tiktk, Signal" is two apps.)
        let greeting = |f: &str| {
            let after = lower.strip_prefix(f).unwrap_or("").trim_start();
            let name = after.trim_start_matches(',').trim_end_matches([',', '!', '.', ' ']);
            let comma_after = after.starts_with(',');
            phrase.starts_with(f)
                && phrase
                    .get(f.len()..)
                    .is_some_and(|r| r.is_empty() || r.starts_with(' ') && (ends || comma_after))
                && !name.contains([',', ';'])
                && count <= f.split(' ').count() + 3
        };
        if FRAMES.split(',').filter(|f| !f.is_empty()).any(greeting) {
            return Prose::Frame;
        }
    }
    // A mail app's line under a message: `Sent from my iPhone`, `Sent from Outlook for
    // iOS`, `Von meinem iPhone gesendet`, `Envoyé de mon iPhone`, `Enviado desde mi iPhone`.
    // (`Inviato da iPhone`, `Enviado do meu iPhone`, `Verzonden vanaf mijn iPhone`,
    // `Wysłane z iPhone'a`.)
    if matches!(
        head.as_str(),
        "sent" | "get" | "von" | "envoyé" | "enviado" | "inviato" | "verzonden" | "verstuurd" | "wysłane" | "wysłano"
    ) {
        let lower = text.lower();
        let starts = |s: &[&str]| s.iter().any(|s| lower.starts_with(s));
        if starts(&[
            "sent from ",
            "get outlook for ",
            "envoyé de mon ",
            "envoyé depuis ",
            "enviado desde ",
            "enviado do ",
            "enviado de ",
            "inviato da ",
            "inviato dal ",
            "verzonden vanaf ",
            "verzonden met ",
            "verstuurd vanaf ",
            "verstuurd met ",
            "wysłane z ",
            "wysłano z ",
        ]) || lower.starts_with("von meinem ") && lower.ends_with(" gesendet")
        {
            return Prose::Frame;
        }
    }
    if about_device(text) || verdict(text) {
        return Prose::Sentence;
    }
    // A sentence has three words or more, a question two: most names have fewer, and are
    // let go without a look-up in the words.
    if prose_words(text).nth(if text.ends_with('?') { 1 } else { 2 }).is_none() {
        return Prose::Names;
    }
    if remark(text, &head, hash, ends) || sentence_words(text) {
        Prose::Sentence
    } else {
        Prose::Names
    }
}

/// Whether a line is a question or a request, not a name (`Can you tell me which ones I
/// need to remove?`, `please check my apps for me`, `Muss ich TikTok von meinem
/// Diensthandy löschen?`). It has four words or more (five when it ends with `.` or `!`;
/// numbers count for none), fewer than half of those after the first in capitals but
/// `I` (a title's are: `Do I Have ADHD?`), and two thirds of them sentence words
/// ([`SENTENCE_WORDS`], [`ASKING`]), all of them when it does not end as a sentence
/// does. A question of two or three words needs all of them so and an opening one (`Which
/// ones?`). A question (`?` after it, `¿` before) or a line
/// that ends with `.` or `!` and opens with a sentence word or one that asks (`head`,
/// lower case) may count words in lower case (or in a script without case) as a
/// sentence's too — but not when it
/// lists (a comma or a semicolon in it: `tiktk, snapchat, instagram?` is names). A line
/// that does not end so opens with such a word too, and has all its words so. Not a sentence that lists apps after
/// its lead-in (`I have TikTok and Slack.`), nor an introduction before a colon.
fn remark(text: &str, head: &str, hash: u64, ends: bool) -> bool {
    let question = text.ends_with('?') || text.starts_with('¿');
    let mut buffer = String::new();
    let opens = may_be(&SENTENCE_FILTER, hash) && SENTENCE_WORDS.contains(spaced_lower(head, &mut buffer))
        || may_be(&ASIDE_FILTER, hash) && ASKING.contains(head);
    if !opens && !question || text.contains(':') || !question && lead_in(text, Some(hash)).is_some() {
        return false;
    }
    let (mut others, mut said, mut lower, mut capitals) = (0usize, 0usize, 0usize, 0usize);
    for w in prose_words(text).skip(1) {
        // (A number is in sentences and names alike: it counts for neither.)
        if w.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        others += 1;
        let first = w.chars().next().unwrap_or(' ');
        // (In capitals: a letter that lowers to another; the core's own case, no table.)
        let capital = first.is_ascii_uppercase() || !first.is_ascii() && crate::case::chars(first).ne([first]);
        capitals += usize::from(capital && w != "I");
        // (A device's system or family is in a sentence about it: `My phone is an iPhone 14
        // with iOS 17`.)
        let sentence = SENTENCE_WORDS.contains(spaced_lower(w, &mut buffer))
            || ASKING.contains(buffer.trim())
            || SYSTEMS.contains(w)
            || FAMILIES.contains(w);
        said += usize::from(sentence);
        // (In lower case: a letter that lowers to itself, or has no case.)
        lower += usize::from(
            !sentence && (first.is_ascii_lowercase() || !first.is_ascii() && crate::case::chars(first).eq([first])),
        );
    }
    // (A short question of such words alone: `Which ones?`, `Is it OK?`.)
    if question && opens && others > 0 && said == others {
        return true;
    }
    let lists = text.contains([',', ';']);
    let loose = (question || ends && opens) && !lists;
    let said = if loose { said + lower } else { said };
    let least = if question || !ends { 4 } else { 5 };
    let enough = if ends { said * 3 >= others * 2 } else { said == others };
    others + 1 >= least && capitals * 2 < others && enough
}

/// The words that open a question or a request besides [`SENTENCE_WORDS`] ([`remark`]).
const ASKING: Words = words!(
    "please|pls|let|tell|which|what|how|need|must|could|know|check|ok|okay|remove|delete|keep|uninstall|allowed|banned|welche|was|wie|muss|kann|bitte|löschen|entfernen|quelles|quelle|dois|supprimer|qué|cuáles|debo|por|borrar|eliminar",
);

/// Whether `text` is a reply that says the check is done or found nothing: two to four
/// words, each one of [`VERDICT_WORDS`] or [`SENTENCE_WORDS`], one at least of
/// [`VERDICT_WORDS`]. (One word alone is such a reply only as [`REPLIES`] lists it:
/// `Clear` may be an app's name; and a name's own word beside one, `Good Notes`, is a name.)
fn verdict(text: &str) -> bool {
    made_of(text, 4, VERDICT_WORDS, &[SENTENCE_WORDS])
}

/// Whether `text` has two to `most` words, one at least of `key`'s and each of the others
/// of `key`'s or of one of `others` (word lists of [`SENTENCE_WORDS`]' shape).
fn made_of(text: &str, most: usize, key: &str, others: &[&str]) -> bool {
    let mut buffer = String::new();
    let (mut words, mut keyed) = (0usize, false);
    for w in prose_words(text) {
        words += 1;
        let w = spaced_lower(w, &mut buffer);
        let is_key = key.contains(w);
        if words > most || !is_key && !others.iter().any(|list| list.contains(w)) {
            return false;
        }
        keyed |= is_key;
    }
    words >= 2 && keyed
}

/// Whether `text` doubts that a list written by hand is whole: two to eight words, one
/// at least of [`HEDGES`], each of the others one of [`SENTENCE_WORDS`],
/// [`VERDICT_WORDS`] or [`HEDGE_FILL`]; not a question. A name's own word beside one
/// (`Remember The Milk`, `Memory Games`) makes it a name. `first` is the text's
/// [`first_word_hash`]: most lines are let go by it.
fn hedge(text: &str, first: Option<u64>) -> bool {
    let Some(hash) = first else {
        return false;
    };
    if !(may_be(&HEDGE_FILTER, hash) || may_be(&SENTENCE_FILTER, hash) || may_be(&VERDICT_FILTER, hash))
        || text.ends_with('?')
    {
        return false;
    }
    // (`Screen Time`, the phone's own screen of it and its apps' names, is no screen of
    // the list.)
    !text
        .as_bytes()
        .windows(11)
        .any(|w| w.eq_ignore_ascii_case(b"screen time"))
        && made_of(text, 10, HEDGES, &[SENTENCE_WORDS, VERDICT_WORDS, HEDGE_FILL])
}

/// Whether every word of `text` is one of [`SENTENCE_WORDS`] (and it has one).
fn sentence_words(text: &str) -> bool {
    let mut buffer = String::new();
    prose_words(text).next().is_some()
        && prose_words(text).all(|w| {
            let w = spaced_lower(w, &mut buffer);
            may_be(&SENTENCE_FILTER, fnv(w.trim().as_bytes())) && SENTENCE_WORDS.contains(w)
        })
}

/// A detail copied with an app, under or beside its name: `Version: 33.1.4`, `Size:
/// 245 MB`, `Installed on: 11/14/2026`, `Location: /Applications/…`, `Installer:
/// com.android.vending` (the store that installed it), or a screen's control over its
/// list (`Sort by: Name`, `Filter by: All drives`). Not who made it, nor its own
/// identifier: those say which app it is.
fn property(text: &str) -> bool {
    const KEYS: Words = words!(
        "version|software version|model|model name|model number|serial number|build number|size|installed on|install date|install location|location|path|category|last used|last modified|last opened|obtained from|kind|architecture|price|rating|sort by|sorted by|filter by|filtered by|installer|installed by|cpu abi",
    );
    // (A key is short: most lines are let go within their first bytes.)
    let Some(colon) = text.bytes().take(18).position(|b| b == b':') else {
        return false;
    };
    let (Some(key), Some(value)) = (text.get(..colon), text.get(colon + 1..)) else {
        return false;
    };
    value.starts_with(' ') && !value.trim().is_empty() && KEYS.contains(key)
}

/// Whether a part of a line of several names may be a name: not a sign or a greeting,
/// sign-off or sentence between them (`That is all, thanks`).
fn named(part: &str) -> bool {
    part.chars().any(char::is_alphanumeric) && prose(part) == Prose::Names
}

/// The names of a line that says more than names: after an introduction that ends in
/// a colon (`here is what I have on my phone:`, `Mine:`, after a greeting), and before
/// a sign-off or a sentence after the last full stop (`. thanks!`). A store's title
/// keeps its subtitle (`Spotify: Music and Podcasts`: no sentence before its colon).
fn framed_names(text: &str) -> &str {
    // (Most lines have neither a colon nor a full stop or `!` before a space: let go
    // in one pass over their bytes.)
    if !text
        .as_bytes()
        .windows(2)
        .any(|w| matches!(w, [b':' | b'.' | b'!', b' ']))
    {
        return text;
    }
    let mut text = text;
    // (French writes a space before the colon: `voici mes applis : …`.)
    if let Some((intro, rest)) = text.split_once(": ") {
        // A greeting first is one with its comma (`hey IT,`).
        let said = match intro.find(',') {
            Some(comma) => {
                intro.get(..=comma).is_some_and(|g| prose(g) == Prose::Frame)
                    && sentence_words(intro.get(comma + 1..).unwrap_or(""))
            }
            // (Or the key of a record's field that names or identifies an app: `Name:`,
            // `Display Name:`, `Bundle ID:`, as an export's column would.)
            // (Or a count of them, `My 5 apps:`.)
            None => {
                sentence_words(intro)
                    || introduction(intro)
                    || intro.len() <= 40 && (app_key(&header_key(intro)) || stated_total(intro).is_some())
            }
        };
        if said && !trim(rest).is_empty() {
            text = trim(rest);
        }
    }
    if let Some(at) = text.rfind(". ").or_else(|| text.rfind("! ")) {
        let tail = text.get(at + 2..).unwrap_or("");
        if matches!(prose(tail), Prose::Frame | Prose::Sentence) {
            text = trim(text.get(..at).unwrap_or(text));
        }
    }
    text
}

/// Notes line `n` when what introduces the names on it says they are some of the apps
/// (`Just the ones I use: Slack, Zoom`, `Too many to list, but the main ones: …`).
#[inline(never)]
fn some_of_them(n: usize, text: &str, list: &mut AppList) {
    // (Most lines have no `: `: let go by a byte search.)
    if !text.as_bytes().contains(&b':') {
        return;
    }
    // (Or the whole line, a heading with commas in it: `Not everything, just the ones I use:`.)
    if text.ends_with(':') && text.contains(',') && only_some(text) {
        note_elsewhere(list, n, text);
        return;
    }
    if let Some((intro, _)) = text
        .split_once(": ")
        .filter(|(intro, _)| intro.len() <= 80 && only_some_of(intro, false) && !says_all(text))
    {
        note_elsewhere(list, n, intro);
    }
}

/// Whether a folded key names or identifies an app ([`NAME_KEYS`], [`ID_KEYS`]).
fn app_key(key: &str) -> bool {
    NAME_KEYS.contains(&key) || ID_KEYS.contains(&key)
}

/// Whether a line is what a tool prints instead of a list: its error (`error: …`,
/// `zsh: command not found: mas`, `'adb' is not recognized as an internal or external
/// command`, `Access is denied`) or its word that it found nothing (`No installed
/// package found …`, `There aren't any apps installed.`). By the tools' own phrases,
/// which no app's name holds; a name that begins with such a word ("Error Lens") is
/// a name.
fn tool_message(line: &str, plain: bool) -> bool {
    const STARTS: &[&str] = &[
        "error:",
        "fatal:",
        "failed:",
        "usage:",
        "adb: ",
        "zsh: ",
        "bash: ",
        "-bash: ",
        "sh: ",
        "fish: ",
        "cmd: ",
        "no installed ",
        "no snaps ",
        "no apps ",
        "no packages ",
        "no devices",
        "there aren't any ",
        "there are no ",
        "warning: no ",
    ];
    const HOLDS: &[&str] = &[
        "command not found",
        "is not recognized as",
        "no such file or directory",
        "access is denied",
        "permission denied",
        "devices/emulators",
        "device unauthorized",
        "device offline",
        "no device found",
        "not a git repository",
        "operable program or batch file",
        // (A failure told in a sentence: winget's, adb's, ios-deploy's, in the languages
        // they print it in.)
        "error occurred",
        "unexpected error",
        "error has occurred",
        "exception occurred",
        "timed out waiting",
        "waiting for device",
        "waiting for any device",
        "waiting up to",
        "find service",
        "inaccessible or not found",
        "not found (404)",
        // (sqlite's, `Runtime error near line 1: database disk image is malformed (11)`.)
        "error near line",
        "no instance(s) available",
        "fehler beim",
        "unerwarteter fehler",
        "erreur inattendue",
        "une erreur s'est produite",
        "error inesperado",
        "se produjo un error",
        "errore imprevisto",
        "verificato un errore",
        "ocorreu um erro",
        "er is een fout opgetreden",
    ];
    // A line of letters and spaces alone that is such a message (`adb devices`' header
    // with no device under it, a shell's refusal, adb's daemon after its `* `).
    const WHOLE: Words = words!(
        "list of devices attached|permission denied|access is denied|access denied|operation not permitted|no such file or directory|fatal error|error|failed to connect|unable to connect|connection refused|connection timed out|operation timed out",
    );
    // (Let go by the first letter and the length of one of them: most lines have neither.)
    let first = line.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    let fits = matches!(
        (first, line.len()),
        (b'e', 5)
            | (b'f', 11 | 17)
            | (b'a', 13 | 16)
            | (b'p' | b'u', 17)
            | (b'c', 18 | 20)
            | (b'o', 19 | 23)
            | (b'l', 24)
            | (b'n', 25)
            | (b'd', 27)
    );
    if fits && WHOLE.contains(line) || failure_shape(line, plain) {
        return true;
    }
    // (Every such line has a `:`, a `'` or a `*`, ends with a full stop, or begins with
    // "No" or "There": most lines are let go after one pass over their bytes, without
    // being folded.)
    let bytes = line.as_bytes();
    let starts = |word: &[u8]| bytes.get(..word.len()).is_some_and(|b| b.eq_ignore_ascii_case(word));
    // (`plain`: the line is letters, digits and spaces, none of them.)
    // (Or begins with a failure's words, `Failed to`, `Unable to`, `Waiting for`: told by
    // the first letter first.)
    // (A name may begin so, `Cannot Stop`, `Unable to Sleep`: a plain line is none.)
    let said = match first {
        b'n' => starts(b"no "),
        b't' => starts(b"there "),
        b'f' => !plain && starts(b"failed "),
        b'u' => !plain && starts(b"unable to "),
        b'c' => !plain && (starts(b"could not ") || starts(b"cannot ")),
        b'w' => !plain && starts(b"waiting "),
        _ => false,
    };
    if !said && (plain || bytes.last() != Some(&b'.') && !bytes.iter().any(|b| matches!(b, b':' | b'\'' | b'*'))) {
        return false;
    }
    // (The phrases are ASCII: only a line's ASCII is compared, folded byte by byte.)
    let lower: String = line
        .chars()
        .filter(char::is_ascii)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    // (A failure told in a sentence's first words, `Failed to open the source; try …`,
    // `Unable to connect: …`: with a colon, a semicolon or a full stop, as a tool writes
    // it, where a name that begins so, `Cannot Stop (2019)`, has none.)
    const FAILED: [&str; 7] = [
        "failed to ",
        "failed when ",
        "failed in ",
        "failed while ",
        "unable to ",
        "could not ",
        "cannot ",
    ];
    let sentence = || bytes.last() == Some(&b'.') || bytes.iter().any(|b| matches!(b, b':' | b';'));
    STARTS.iter().any(|s| lower.starts_with(s))
        || HOLDS.iter().any(|h| lower.contains(h))
        || FAILED.iter().any(|s| lower.starts_with(s)) && sentence()
}

/// Whether a line is in the shape of a tool's failure, whatever its words: an error
/// code (`0x8a15000f : Data required by the source is missing`), an exception
/// (`java.lang.SecurityException: …`, `NullPointerException`) or a frame of its stack
/// (`at com.android.server.pm.PackageManagerShellCommand.run(…java:812)`), a shell's
/// complaint after its path (`/system/bin/sh: pm: inaccessible or not found`), an error's
/// marker (`[ !! ] Timed out`), a log's line with its time and process
/// (`2024-05-01 10:00:05.123 ios-deploy[67444:700139] …`). No app's name is so written.
fn failure_shape(line: &str, plain: bool) -> bool {
    let bytes = line.as_bytes();
    // (Most lines are let go by their first byte.)
    match bytes.first() {
        Some(b'0') => {
            let hex = bytes
                .get(2..)
                .unwrap_or(&[])
                .iter()
                .take_while(|b| b.is_ascii_hexdigit())
                .count();
            bytes.get(1).is_some_and(|b| b.eq_ignore_ascii_case(&b'x'))
                && hex >= 6
                && bytes.get(2 + hex).is_none_or(|b| matches!(b, b' ' | b':'))
        }
        // (`at pkg.Class.method(File.java:12)`, `at pkg.Class.method(Native Method)`; an
        // exception's name may begin with an `a` too, `android.util.AndroidException`.)
        Some(b'a') if line.starts_with("at ") => {
            let frame = line.get(3..).unwrap_or("");
            let (call, _) = frame.split_once('(').unwrap_or((frame, ""));
            frame.ends_with(')') && call.contains('.') && !call.contains(' ')
        }
        Some(b'/') => line
            .split_once(": ")
            .is_some_and(|(path, _)| path.len() > 1 && !path.contains(' ')),
        Some(b'[') => line.split_once(']').is_some_and(|(mark, _)| {
            mark.len() <= 8 && mark.contains('!') && !mark.bytes().any(|b| b.is_ascii_alphanumeric())
        }),
        Some(b'1' | b'2') => {
            // (A date and a time, then `process[pid:thread]` or `process[pid]:`.)
            let date = bytes.get(..10).is_some_and(|d| {
                d.iter().enumerate().all(|(i, b)| {
                    if i == 4 || i == 7 {
                        *b == b'-'
                    } else {
                        b.is_ascii_digit()
                    }
                })
            });
            let time = bytes
                .get(10..19)
                .is_some_and(|t| t.first() == Some(&b' ') && t.get(3) == Some(&b':'));
            let process = line.get(19..).and_then(|rest| {
                rest.trim_start_matches(|c: char| matches!(c, '.' | ',') || c.is_ascii_digit())
                    .split_whitespace()
                    .next()
            });
            date && time && process.is_some_and(|p| p.trim_end_matches(':').ends_with(']') && p.contains('['))
        }
        _ => exception_name(line, plain),
    }
}

/// Whether a line is an exception's name, alone or before a colon and its message:
/// `java.lang.IllegalStateException: …`, `NullPointerException`, `TypeError: …`. (A name
/// alone that ends in `Error` without a dot may be an app's, `MathError`.)
fn exception_name(line: &str, plain: bool) -> bool {
    let bytes = line.as_bytes();
    let end = if line.ends_with("Exception") || !plain && line.ends_with("Error") {
        bytes.len()
    } else if plain {
        return false;
    } else {
        match bytes.iter().position(|&b| b == b':') {
            Some(end) => end,
            None => return false,
        }
    };
    let token = bytes.get(..end).unwrap_or(&[]);
    let named = token.ends_with(b"Exception") && end > 9
        || token.ends_with(b"Error") && end > 5 && (end < bytes.len() || token.contains(&b'.'));
    named
        && token.first().is_some_and(u8::is_ascii_alphabetic)
        && token
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'$'))
}

/// Whether a line is a tool telling what it is doing before its list, no failure and no
/// app: adb starting its daemon (`* daemon not running; starting now at tcp:5037`,
/// `* daemon started successfully`), ios-deploy's steps (`[....] Waiting for iOS device to
/// be connected`, its marker dots alone), `xcrun devicectl`'s end (`Command Completed,
/// took 0.872 seconds`). The list's structure.
fn tool_status(line: &str) -> bool {
    let bytes = line.as_bytes();
    let own = match bytes.first() {
        Some(b'C') => line
            .strip_prefix("Command Completed, took ")
            .is_some_and(|t| t.ends_with(" seconds")),
        Some(b'd' | b'D') => {
            let lower = line.to_ascii_lowercase();
            lower.starts_with("daemon not running") || lower == "daemon started successfully"
        }
        // (ios-deploy's own steps only: `[...] and 40 more` is a person's.)
        Some(b'[') => line.strip_prefix("[....] ").is_some_and(|step| {
            [
                "Waiting ",
                "Using ",
                "Found ",
                "Connecting ",
                "Installing ",
                "Uninstalling ",
            ]
            .iter()
            .any(|w| step.starts_with(w))
        }),
        _ => false,
    };
    // (adb's word that it pushed or pulled a file, `…/scrcpy-server: 1 file pushed, 0
    // skipped. 62.9 MB/s (90980 bytes in 0.001s)`: by its end first.)
    own || line.ends_with(['.', ')'])
        && line.split_once(": ").is_some_and(|(_, said)| {
            let mut words = said.split_whitespace();
            words.next().and_then(whole_number).is_some()
                && words.next().is_some_and(|w| matches!(w, "file" | "files"))
                && words
                    .next()
                    .is_some_and(|w| matches!(w.trim_end_matches([',', '.']), "pushed" | "pulled"))
        })
}

/// "Installed" after a name (`TikTok installed`, [`without_installed`]) or in a
/// sentence's lead-in (`J'ai installé`, [`lead_in`]), in the languages people write it in.
const INSTALLED: Words = words!(
    "installed|instalados|instaladas|instalado|instalada|installiert|installés|installées|installé|installée|installati|installato",
);

/// A name without the word that ends a sentence listing apps ("… and TikTok
/// installed", "… y TikTok instalados", "… ve TikTok var", "… और TikTok है"): the name,
/// not "TikTok installed". (A line that
/// says an app is *not* installed is a mention: `account`.)
fn without_installed(part: &str) -> &str {
    // (One look at the last byte, then at the last word: most names end in none of these.)
    let last_byte = part.as_bytes().last().map_or(0, u8::to_ascii_lowercase);
    if !matches!(
        last_byte,
        b'd' | b's' | b'o' | b'a' | b't' | b'e' | b'i' | b'r' | 0xA9 | 0xBC | 0x88
    ) {
        return part;
    }
    let Some(space) = part.bytes().rposition(|b| b == b' ') else {
        return part;
    };
    let (head, last) = (part.get(..space).unwrap_or(""), part.get(space + 1..).unwrap_or(""));
    if !(3..=14).contains(&last.len()) || !INSTALLED.contains(last) && !matches!(last, "yüklü" | "var" | "है" | "hai")
    {
        return part;
    }
    // "TikTok - not installed" says the app is not there: the line stays whole (a
    // mention, `account`), and is shown as it was written, not as "TikTok - not".
    let before = head.rsplit(' ').next().unwrap_or("");
    if NEGATIONS.iter().any(|w| before.eq_ignore_ascii_case(w)) {
        return part;
    }
    // The separator between the name and the word goes with the word: "TikTok - installed".
    let name = head.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | ':' | ','));
    if trim(name).is_empty() {
        part
    } else {
        trim(name)
    }
}

/// Words before "installed" that say the app is not ("not installed", "nicht
/// installiert", "no instalado", "pas installé", "non installato").
const NEGATIONS: &[&str] = &[
    "not", "never", "nicht", "nie", "kein", "no", "nunca", "pas", "non", "jamais", "mai",
];

/// What separates names written in a row, in the scripts people type lists in.
const SEPARATORS: &[char] = &[',', ';', '，', '、', '；', '،', '؛'];

/// Words that join the last two names of a sentence ("Slack, Zoom and TikTok"), in
/// the languages of the story's employees and a few more, with the spaces around them.
const CONJUNCTIONS: &[&str] = &[
    " and ",
    " & ",
    " + ",
    " plus ",
    " also ",
    " und ",
    " sowie ",
    " et ",
    " ainsi que ",
    " y ",
    " e ",
    " i ",
    " en ",
    " og ",
    " och ",
    " oraz ",
    " и ",
    " aur ",
    " और ",
    " dan ",
    " và ",
    " ve ",
    " or ",
    " oder ",
    " ou ",
    " as well as ",
];

/// Whether names on a line are set apart by a sign with spaces around it: `Slack | Zoom`,
/// `Slack / Zoom`, `Slack + Zoom`, `Slack · Zoom`, or two dashes (`Slack - Zoom - TikTok`:
/// a store's title has one, `TikTok - Videos, Shop & LIVE`).
fn spaced_signs(text: &str) -> bool {
    text.bytes()
        .any(|b| matches!(b, b'|' | b'/' | b'+' | b'-') || !b.is_ascii())
        && ([" | ", " / ", " + ", " · ", " • "].iter().any(|s| has(text, s)) || listed_by_dashes(text))
}

/// Whether a line has two dashes with spaces around them or more: names, not a title.
fn listed_by_dashes(text: &str) -> bool {
    text.matches(" - ").nth(1).is_some()
}

/// Splits a line that names several apps at its separators and conjunctions, and drops
/// the parentheses around an aside ("(also CapCut & WeChat)").
fn split_names(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    // (A comma between digits is a number's, `1,1 GB`, not a list's.)
    let bytes = text.as_bytes();
    let digit = |i: Option<usize>| i.and_then(|i| bytes.get(i)).is_some_and(u8::is_ascii_digit);
    let mut parts = Vec::new();
    let mut from = 0;
    for (at, c) in text.char_indices() {
        // (A sign between spaces too: `TikTok | WeChat`, `Slack / Zoom`; `name|1.2` is a
        // tool's, `Fate/Grand Order` a name; dashes when there are two, see `titled`.)
        let spaced = || {
            matches!(c, '|' | '/' | '+' | '·' | '•' | '-')
                && bytes.get(at.wrapping_sub(1)) == Some(&b' ')
                && text
                    .get(at + c.len_utf8()..)
                    .is_some_and(|after| after.starts_with(' '))
                && (c != '-' || listed_by_dashes(text))
        };
        let separates = SEPARATORS.contains(&c) || c == '(' || c == ')' || c == '和' || c == '与' || spaced();
        // (Nor is one before a company's form, `Zoom Video Communications, Inc.`.)
        let company = || {
            let next = text.get(at + 1..).unwrap_or("");
            let form = next.split(SEPARATORS).next().unwrap_or("").trim();
            // (A form has a word: dots alone, `Slack, ...`, are none.)
            let mut words = form.split([' ', '.']).filter(|w| !w.is_empty()).peekable();
            words.peek().is_some() && words.all(|w| w.len() <= 12 && crate::text::COMPANY_FORMS.contains(w))
        };
        // (Nor one before the rest of a time spent or a size, `2 hr, 5 min`.)
        let measure = || {
            let next = text.get(at + 1..).unwrap_or("");
            screen_value(trim(next.split(SEPARATORS).next().unwrap_or("")))
        };
        if separates && !(c == ',' && (digit(at.checked_sub(1)) && digit(Some(at + 1)) || company() || measure())) {
            parts.push(text.get(from..at).unwrap_or(""));
            from = at + c.len_utf8();
        }
    }
    parts.push(text.get(from..).unwrap_or(""));
    for part in parts {
        let mut rest = part.trim();
        // "Zoom and TikTok": a conjunction between two names splits them. (ASCII lower
        // case keeps every byte where it was, so positions found in it hold in `rest`.)
        while rest.split_whitespace().nth(2).is_some() {
            let lower = rest.to_ascii_lowercase();
            // (Only a small `i` is an "and": English's `I` is no conjunction.)
            let and = |c: &&str, at: usize| *c != " i " || rest.as_bytes().get(at + 1) == Some(&b'i');
            let found = CONJUNCTIONS
                .iter()
                .find_map(|c| lower.find(c).filter(|&at| and(c, at)).map(|at| (at, c.len())));
            let Some((at, len)) = found else {
                break;
            };
            out.push(rest.get(..at).unwrap_or("").trim());
            rest = rest.get(at + len..).unwrap_or("").trim();
        }
        out.push(rest);
    }
    out.into_iter()
        .map(|p| {
            let p = p.trim();
            let lower = p.to_ascii_lowercase();
            let p = CONJUNCTIONS
                .iter()
                .map(|c| c.trim_start())
                .find(|c| lower.starts_with(c) && (*c != "i " || p.starts_with('i')))
                .map_or(p, |c| p.get(c.len()..).unwrap_or(p));
            let name = strip_marker(p.trim().trim_end_matches(['.', '!', ':', '?']).trim()).trim();
            // (Dots alone are kept: they say the list goes on, `Slack, Zoom, ...`.)
            if name.is_empty() && goes_on(p, None, true) {
                p
            } else {
                name
            }
        })
        .filter(|p| !p.is_empty())
        .collect()
}

/// A line without what a chat export puts before a message: `[10/03/24, 09:41:22] Priya: `
/// (WhatsApp on iOS) or `10/03/2024, 09:42 - Rahul: ` (on Android); `None` for the
/// chat's own line.
pub(super) fn chat_message(line: &str) -> Option<&str> {
    // (LINE's saved chat: `10:12<tab>Taro Yamada<tab>WhatsApp`, under its header.)
    if let Some(message) = line_chat(line) {
        return message;
    }
    // (Threema's export: `<<< 4. April 2024 at 15:46:23 GMT: message` received, `>>> …`
    // sent, no sender's name.)
    if let Some(message) = threema_message(line) {
        return Some(message);
    }
    let Some(after_stamp) = chat_stamp(line) else {
        return (!chat_header(line)).then_some(line);
    };
    // Then the sender's name and ": ". A time stamp with no sender's message after it is
    // the chat's own line: the header over a message copied out of Teams (`[10:42 AM]
    // Jane Doe`), or the chat's notice (`… Messages and calls are end-to-end encrypted.`).
    match after_stamp.split_once(": ") {
        Some((sender, message)) if sender.chars().count() <= 40 => Some(message),
        Some(_) => Some(after_stamp),
        None => None,
    }
}

/// Whether a log's words say that a tool's session, connection or process ended: `WayDroid
/// session is stopped`, `Connection lost`, `adb server killed`, `Disconnected`.
fn session_ended(said: &str) -> bool {
    const WHAT: Words = words!("session|connection|process|server|daemon|container|device|link|stream");
    const ENDED: Words = words!(
        "stopped|closed|lost|terminated|killed|ended|interrupted|crashed|died|aborted|reset|disconnected|dropped",
    );
    let said = said.trim().trim_end_matches(['.', '!']);
    let mut words = said.split(' ').rev();
    let last = words.next().unwrap_or("");
    ENDED.contains(last) && (said == last || words.take(3).any(|w| WHAT.contains(w)))
}

/// Whether a line is a record's properties, two or more `key=value` and nothing else
/// (`priority=0 preferredOrder=0 match=0x108000 isDefault=false`, under each activity
/// `cmd package query-activities` prints): no app's name is so written.
fn properties(line: &str) -> bool {
    let property = |word: &str| {
        word.split_once('=').is_some_and(|(key, _)| {
            key.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
                && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
        })
    };
    line.as_bytes().contains(&b'=') && line.split_whitespace().nth(1).is_some() && line.split_whitespace().all(property)
}

/// A message of Threema's exported chat: after `<<< ` (received) or `>>> ` (sent), its
/// date and time, `4. April 2024 at 15:46:23 GMT`, and `: `.
fn threema_message(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("<<< ").or_else(|| line.strip_prefix(">>> "))?;
    let (stamp, message) = rest.split_once(": ")?;
    // (A date first, a time in it: `4. April 2024 at 15:46:23 GMT`.)
    let time = stamp.split(' ').any(|w| {
        let mut parts = w.split(':');
        parts.clone().count() >= 2 && parts.all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
    });
    (stamp.as_bytes().first().is_some_and(u8::is_ascii_digit) && stamp.len() <= 48 && time).then_some(message)
}

/// Whether a line is a store's title of kinds of apps joined by `&`, `My apps & games`,
/// `Apps & games` (Google Play's, Aurora Store's): the screen's, no app nor a kind the
/// writer left out (`Zoom & games` says games are not listed).
fn kinds_title(line: &str) -> bool {
    line.len() <= 40
        && line.contains(" & ")
        && line
            .split(' ')
            .all(|w| w == "&" || words!("my|meine|mes|mis|mie|minhas|mijn|moje").contains(w) || KINDS.contains(w))
}

/// `adb shell dumpsys diskstats`: its `Package Names: ["com.…", …]` the apps, one an
/// element; its sizes and free space the tool's. An array cut before its `]` is a cut
/// copy, its last element left out when it is cut inside its quotes. Other lines are read
/// as typed (the prompt's command, the writer's words around it).
fn diskstats(lines: &[(usize, &str)]) -> AppList {
    const KEYS: [&str; 8] = [
        "Latency:",
        "Recent Disk Write Speed",
        "File-based Encryption:",
        "App Sizes:",
        "App Data Sizes:",
        "Cache Sizes:",
        "Data-Free:",
        "Cache-Free:",
    ];
    let mut list = AppList {
        format: Format::AndroidDumpsys,
        ..AppList::default()
    };
    for &(n, line) in lines {
        let text = trim(line);
        if let Some(array) = text.strip_prefix("Package Names: [") {
            let (array, closed) = match array.strip_suffix(']') {
                Some(inner) => (inner, true),
                None => (array, false),
            };
            for element in array.split(',') {
                let element = element.trim();
                let Some(package) = element.strip_prefix('"').and_then(|e| e.strip_suffix('"')) else {
                    continue;
                };
                if let Some(entry) = Entry::app(n, None, Some(package)) {
                    list.entries.push(entry);
                }
            }
            if !closed {
                note_elsewhere(&mut list, n, "Package Names: [");
            }
            continue;
        }
        // (`Photos Size: 1642…`, `System-Free: 157286K / … = 2% free`.)
        let size = text.split_once(": ").is_some_and(|(key, value)| {
            (key.ends_with(" Size") || key.ends_with("-Free"))
                && value.as_bytes().first().is_some_and(u8::is_ascii_digit)
        });
        if size || KEYS.iter().any(|k| text.starts_with(k)) {
            // (Their numbers count no apps: `App Sizes: [2695…, …]` are bytes.)
            list.structure.push((n, n));
            list.weighed.push(n);
        } else if let Some(text) = checked_text(n, text, &mut list.notes) {
            typed_line(n, text, &mut list);
        }
    }
    list
}

/// What a line of an app's folder on Android holds ([`app_folder`]).
enum AppFolder<'a> {
    /// The whole folder: its package.
    Whole(&'a str),
    /// Part of one: cut inside it, or begun inside it.
    Cut,
}

/// An app's folder on Android, as `ls -d /data/app/*/*` or `ls /data/app` prints it:
/// Android 11's `/data/app/~~<random>==/<package>-<random>==`, before it
/// `/data/app/<package>-1`; or part of one, cut before the suffix every such folder has
/// (`/data/app/~~BCH…==/com.fac`), or begun inside its random part (`odwE…==/com.…-…==`).
fn app_folder(line: &str) -> Option<AppFolder<'_>> {
    let random = |part: &str| {
        part.len() >= 8
            && part
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'=' | b'+'))
    };
    // (The package and its suffix, `com.foo-…==` or `com.foo-1`: whether it has one.)
    fn package(last: &str, random: impl Fn(&str) -> bool) -> Option<AppFolder<'_>> {
        let last = last.strip_suffix("/base.apk").unwrap_or(last);
        match last.split_once('-') {
            // (Android 11's suffix ends in `==`; one without, or shorter, was cut.)
            Some((package, suffix)) if package.contains('.') && package_name(package) => {
                if whole_number(suffix).is_some() || random(suffix) && suffix.ends_with("==") {
                    Some(AppFolder::Whole(package))
                } else if suffix
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'='))
                {
                    Some(AppFolder::Cut)
                } else {
                    None
                }
            }
            None if last.contains('.') && package_name(last) => Some(AppFolder::Cut),
            _ => None,
        }
    }
    if let Some(rest) = line.strip_prefix("/data/app/") {
        let last = match rest.strip_prefix("~~") {
            Some(inner) => {
                // (Cut before the package: `/data/app/~~K0FmJm2JD-8KbQONHTsMnQ==`.)
                let Some((outer, last)) = inner.split_once('/') else {
                    return random(inner).then_some(AppFolder::Cut);
                };
                if !random(outer) {
                    return None;
                }
                last
            }
            None => rest,
        };
        return package(last, random);
    }
    // (Begun inside the random part: `…==/com.foo-…==`, a whole folder after it.)
    let (outer, last) = line.split_once("==/")?;
    (random(outer) && !outer.contains('/') && matches!(package(last, random), Some(AppFolder::Whole(_))))
        .then_some(AppFolder::Cut)
}

/// A picture in brackets that says it is a logo, a seal or a signature's banner.
fn logo_picture(line: &str) -> bool {
    let enclosed = matches!(
        (line.as_bytes().first(), line.as_bytes().last()),
        (Some(b'['), Some(b']')) | (Some(b'<'), Some(b'>'))
    );
    enclosed && line.len() <= 200 && {
        let lower = crate::case::lower(line);
        ["logo", "seal", "signature", "banner", "emblem", "wordmark"]
            .iter()
            .any(|w| lower.contains(w))
    }
}

/// A line of LINE's saved chat (its "Send chat history" text): the message of a row,
/// `10:12<tab>Taro Yamada<tab>WhatsApp` (`Some(Some(message))`); the chat's own lines,
/// its header (`[LINE] Chat history with …`, `[LINE] …とのトーク履歴`), when it was saved
/// (`Saved on: 2024/01/05, 10:30`, `保存日時：…`) and a day's date (`2024/01/05, Fri`,
/// `2024/01/05(金)`), `Some(None)`; any other line, `None`.
fn line_chat(line: &str) -> Option<Option<&str>> {
    let first = *line.as_bytes().first()?;
    if first == b'[' {
        return line.starts_with("[LINE] ").then_some(None);
    }
    if !first.is_ascii_digit() {
        let saved = [
            "Saved on:",
            "保存日時：",
            "保存日時:",
            "儲存日期：",
            "保存日期：",
            "Gespeichert am:",
        ];
        return saved.iter().any(|s| line.starts_with(s)).then_some(None);
    }
    let mut cells = line.split('\t');
    let (Some(time), Some(sender), Some(message), None) = (cells.next(), cells.next(), cells.next(), cells.next())
    else {
        // (A day's date alone: `2024/01/05, Fri`, `2024/01/05(金)`, `2024.01.05 Friday`.)
        let digits = line
            .bytes()
            .take_while(|b| b.is_ascii_digit() || matches!(b, b'/' | b'.'))
            .count();
        let date = line.get(..digits).unwrap_or("");
        let weekday = line
            .get(digits..)
            .unwrap_or("")
            .trim_start_matches([',', ' ', '(', '（']);
        let dated =
            date.len() >= 8 && date.len() <= 10 && date.bytes().filter(|&b| b == b'/' || b == b'.').count() == 2;
        return (dated && weekday.chars().count() <= 10 && !weekday.contains(' ')).then_some(None);
    };
    let clock = time.len() <= 8
        && time.contains(':')
        && time
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b':' || b.is_ascii_alphabetic() || b == b' ');
    (clock && !sender.trim().is_empty() && sender.chars().count() <= 40).then_some(Some(message))
}

/// The line Slack writes over a message copied out of it: the sender, two spaces and the
/// time (`Jane Doe  10:42 AM`, `Priya  9:05`). (A size after a name, Android's `TikTok
/// 245 MB`, is no time.) And Telegram Desktop's: the sender, a comma and the date and
/// time in brackets (`John Smith, [01.03.2023 10:15]`).
fn chat_header(line: &str) -> bool {
    // (Telegram Desktop's copy of a message: `John Smith, [01.03.2023 10:15]` over it.)
    if line.ends_with(']') {
        return line.rsplit_once(", [").is_some_and(|(sender, stamp)| {
            let stamp = stamp.trim_end_matches(']');
            stamp.starts_with(|c: char| c.is_ascii_digit())
                && stamp.contains(':')
                && stamp.split_whitespace().nth(3).is_none()
                && stamp.split_whitespace().all(|w| {
                    w.bytes()
                        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'/' | b'-' | b':' | b','))
                        || is_unit(w, true)
                })
                && !trim(sender).is_empty()
                && sender.split_whitespace().nth(4).is_none()
        });
    }
    // (A time ends in a digit or in AM/PM: most lines are let go by their last byte.)
    if !matches!(line.as_bytes().last(), Some(b'0'..=b'9' | b'M' | b'm')) {
        return false;
    }
    // (Or Google Chat's, a comma between them: `Callum Reid, 3:44 PM`, `Du, 10:30`; its
    // sender a name, capitalised, without digits.)
    let (sender, time, comma) = match line.rsplit_once("  ") {
        Some((sender, time)) => (sender, time, false),
        None => match line.rsplit_once(", ") {
            Some((sender, time)) => (sender, time, true),
            None => return false,
        },
    };
    let (time, meridiem) = time.trim().split_once(' ').unwrap_or((time.trim(), ""));
    let sender = trim(sender);
    let named = || {
        sender.chars().next().is_some_and(char::is_uppercase)
            && !sender
                .bytes()
                .any(|b| b.is_ascii_digit() || matches!(b, b':' | b',' | b'.'))
    };
    time.contains(':')
        && clock(time)
        && (meridiem.is_empty() || is_unit(meridiem, true))
        && !sender.is_empty()
        && sender.split_whitespace().nth(4).is_none()
        && (!comma || named())
}

/// What follows a chat's time stamp at the start of a line (`[10/03/24, 09:41:22] `,
/// `10/03/2024, 09:42 - `, `[10:42 AM] `), if it has one.
fn chat_stamp(line: &str) -> Option<&str> {
    // (A chat export's line begins with `[` or a digit: most lines end here.)
    if !matches!(line.as_bytes().first(), Some(b'[' | b'0'..=b'9')) {
        return None;
    }
    let starts_like_date = |s: &str| s.chars().next().is_some_and(|c| c.is_ascii_digit());
    if let Some(rest) = line.strip_prefix('[') {
        match rest.split_once("] ") {
            Some((stamp, rest)) if starts_like_date(stamp) && stamp.contains(':') => Some(rest),
            _ => None,
        }
    } else {
        match line.split_once(" - ") {
            Some((stamp, rest)) if stamp.contains(',') && stamp.contains(':') && stamp.len() <= 24 => Some(rest),
            _ => None,
        }
    }
}

/// A list item with nothing in it: a mark that [`strip_marker`] takes off, alone (`3.`,
/// `3)`, `-`, `[ ]`, `☑`, `a)`).
pub(super) fn empty_item(text: &str) -> bool {
    !text.is_empty() && trim(strip_marker(&format!("{text} "))).is_empty()
}

/// A tool's or a screen's line that it is still at work (`Loading repository data...`,
/// `Reading installed packages...`, `Calculating…`): a first word of five letters or more
/// ending in `ing`, dots at the end, five words at most.
pub(super) fn still_at_work(text: &str) -> bool {
    let Some(head) = text.strip_suffix('…').or_else(|| text.strip_suffix("...")) else {
        return false;
    };
    let first = head.split(' ').next().unwrap_or("");
    // (Or a screen's word for it in another language: `Wird geladen…`, `Chargement…`,
    // `加载中…`.)
    const LOADING: crate::text::Words = words!(
        "wird geladen|lädt|laden|chargement|chargement en cours|cargando|caricamento|carregando|a carregar|bezig met laden|ładowanie|wczytywanie|yükleniyor|加载中|載入中|正在加载|読み込み中|로딩 중|загрузка",
    );
    first.len() > 4 && first.ends_with("ing") && head.split(' ').nth(5).is_none()
        || head.len() <= 40 && LOADING.contains(&crate::case::lower(trim(head)))
}

/// Removes a leading list marker: `-`, `*`, `•`, `1.`, `2)`, `- [ ]`, `☐`, `✅`.
pub(super) fn strip_marker(text: &str) -> &str {
    // Most lines begin with a letter: only a letter's list mark (`a)`) is one there.
    if text.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) {
        return label_marker(text, false).unwrap_or(text);
    }
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
    if let Some(inner) = text.strip_prefix('(') {
        return label_marker(inner, true).unwrap_or(text);
    }
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits <= 3 {
        let rest = text.get(digits..).unwrap_or("");
        // `3.`, `3)`, `3:`, `3-`, `3 -`.
        let after = match rest.as_bytes() {
            [b'.' | b')' | b':' | b'-', ..] => rest.get(1..),
            [b' ', b'-', ..] => rest.get(2..),
            _ => None,
        };
        if let Some(after) = after.filter(|a| a.starts_with([' ', '\t'])) {
            return after.trim_start();
        }
    }
    text
}

/// The rest of a line after a list mark of letters or a number: `a)`, `b.`, `B)`,
/// `iv)`, or (`closed`, after a `(`) `c)`, `12)`. `J. Crew` is a name: a capital's full
/// stop is an initial's.
fn label_marker(text: &str, closed: bool) -> Option<&str> {
    let bytes = text.as_bytes();
    // (A label has at most four letters: most lines' first word is let go at its fifth.)
    let end = bytes.iter().take(5).position(|b| !b.is_ascii_alphanumeric())?;
    let label = bytes.get(..end)?;
    let lower = label.iter().all(u8::is_ascii_lowercase);
    let fits = match bytes.get(end) {
        Some(b')') => true,
        Some(b'.') => !closed && lower,
        _ => false,
    };
    let kind = label.len() == 1 && label.iter().all(u8::is_ascii_alphabetic)
        || lower && label.len() <= 4 && label.iter().all(|b| matches!(b, b'i' | b'v' | b'x'))
        || closed && label.len() <= 3 && label.iter().all(u8::is_ascii_digit);
    let after = text.get(end + 1..)?;
    (fits && kind && after.starts_with([' ', '\t'])).then(|| after.trim_start())
}

/// How many apps the label before `names` (a slice of `line` at its end, after
/// [`framed_names`]) says there are: `My 5 apps: Slack, Zoom`.
#[inline(never)]
fn label_count(line: &str, names: &str) -> Option<usize> {
    let at = (names.as_ptr() as usize).wrapping_sub(line.as_ptr() as usize);
    (at > 0 && at < line.len())
        .then(|| line.get(..at))
        .flatten()
        .and_then(stated_total)
}

fn separated(lines: &[(usize, &str)]) -> AppList {
    let mut list = AppList {
        format: Format::Separated,
        ..AppList::default()
    };
    for &(n, line) in lines {
        if list.entries.len() > MAX_ENTRIES {
            break;
        }
        // "Slack, Zoom and TikTok (also CapCut & WeChat)": names between separators and "and".
        let Some(line) = chat_message(line.trim()) else {
            list.structure.push((n, n));
            continue;
        };
        let first = first_word_hash(line);
        if said_besides_names(n, line, false, first, &mut list) {
            continue;
        }
        // (A message that signs off or says the list is all, or of no words, a chat's `👍`
        // under a line of names: the frame, as under a typed list.)
        if !line.chars().any(char::is_alphanumeric) || sign_off(line) || all_of_them_said(line) {
            list.structure.push((n, n));
            continue;
        }
        // (A sentence of names that doubts they are all: `I have TikTok, Zoom, but I might
        // have missed some`.)
        if first.is_some_and(|h| may_be(&SENTENCE_FILTER, h)) && doubts_whole(line) {
            note_elsewhere(&mut list, n, line);
        }
        let line = after_examples(n, line, first, &mut list);
        some_of_them(n, line, &mut list);
        let names = framed_names(line);
        let (counted, before) = (label_count(line, names), list.entries.len());
        // (A count after the last name and a sign, `Slack, Zoom, Teams: 30 apps total`:
        // weighed against every app read so far.)
        let mut tail_count = None;
        for part in listed_names(names) {
            let part = match names_then_count(part) {
                Some((name, count, said)) => {
                    tail_count = Some((count, said));
                    name
                }
                None => part,
            };
            // (A sentence after the name's full stop that says the list goes on, as
            // `read_typed` reads one.)
            let part = match name_then_rest_later(n, part) {
                Some(name) => {
                    note_elsewhere(&mut list, n, line);
                    name
                }
                None => part,
            };
            let (part, remark) = remark_after(part);
            let (part, etc) = and_so_on(part);
            let etc = etc || remark;
            if etc {
                note_elsewhere(&mut list, n, line);
            }
            if unlisted_part(numbered_item(part, &list).unwrap_or(part)) {
                note_elsewhere(&mut list, n, part);
                continue;
            }
            if let Some(text) = checked_text(n, part, &mut list.notes) {
                list.entries.push(Entry::text(n, without_installed(text)));
            }
        }
        if counted.is_some_and(|c| c > list.entries.len() - before) {
            note_elsewhere(&mut list, n, line);
        }
        if let Some((_, said)) = tail_count.filter(|(count, _)| count.fewest() > list.entries.len()) {
            note_elsewhere(&mut list, n, said);
        }
    }
    list
}

/// `package:[path=]name[ versionCode:N][  installer=X][ uid:N]`.
fn android(lines: &[(usize, &str)]) -> AppList {
    // (`-f`'s line is the APK's path, `=`, then the package: one of a path alone, `…/base.ap`,
    // was cut before its package.)
    let path_alone = |line: &str| {
        line.trim()
            .strip_prefix("package:/")
            .and_then(|rest| rest.split_whitespace().next())
            .is_some_and(|path| !path.contains(".apk="))
    };
    let mut list = by_line(Format::AndroidPackages, lines, &|line| {
        let rest = line.strip_prefix("package:")?;
        let first = rest.split_whitespace().next()?;
        let package = first.rsplit('=').next()?;
        Some((None, Some(package.to_owned())))
    });
    for &(n, line) in lines.iter().filter(|(_, l)| path_alone(l)) {
        list.entries.retain(|e| e.line != n);
        note_elsewhere(&mut list, n, trim(line));
    }
    list
}

/// `Total: N apps` then `id - Name version`; or a CSV with a `CFBundleIdentifier` header.
fn ios(input: &str, lines: &[(usize, &str)]) -> AppList {
    let first = lines.first().map_or("", |(_, l)| l.trim());
    if first.starts_with("CFBundleIdentifier") {
        return csv_table(input, b',', Format::IosApps);
    }
    // `Total: 2 apps` over the CSV of newer versions: the count's text left out, its
    // line end kept, so that every line keeps its number (the table's structure
    // covers it).
    if lines
        .get(1)
        .is_some_and(|(_, l)| l.trim_start().starts_with("CFBundleIdentifier"))
    {
        let at = input.find("Total: ").unwrap_or(0);
        let end = input
            .get(at..)
            .and_then(|t| t.find('\n'))
            .map_or(input.len(), |e| at + e);
        let rest = [input.get(..at).unwrap_or(""), input.get(end..).unwrap_or("")].concat();
        return csv_table(&rest, b',', Format::IosApps);
    }
    let body: Vec<(usize, &str)> = lines.iter().skip(1).copied().collect();
    let header = with_header(Format::IosApps, lines, 1).structure;
    let mut list = by_line(Format::IosApps, &body, &|line| {
        let (id, rest) = line.split_once(" - ")?;
        let rest = rest.trim();
        // The name may contain spaces; the version is the last word, when it is one.
        let name = match rest.rsplit_once(' ') {
            Some((name, version)) if version.starts_with(|c: char| c.is_ascii_digit()) => name,
            _ => rest,
        };
        let name = (name != id).then(|| name.to_owned());
        Some((name, Some(id.trim().to_owned())))
    });
    list.structure = header;
    list
}

/// `Applications:` then, per app, an indented `Name:` line and its indented details.
/// A line in another shape (an app typed under the output) is read as a name.
fn system_profiler_text(lines: &[(usize, &str)]) -> AppList {
    let mut list = with_header(Format::MacSystemProfiler, lines, 1);
    let indent = |l: &str| l.len() - l.trim_start().len();
    let app_indent = lines.get(1).map_or(4, |(_, l)| indent(l)).max(1);
    for &(n, line) in lines.iter().skip(1) {
        if list.entries.len() > MAX_ENTRIES {
            break;
        }
        let at = indent(line);
        let name = line.trim().strip_suffix(':');
        match name {
            Some(name) if at == app_indent => {
                if let Some(entry) = Entry::app(n, Some(name), None) {
                    list.entries.push(entry);
                }
            }
            // An app's details: `Version: 1.0`, `Location: /Applications/…`.
            _ if at > app_indent => list.structure.push((n, n)),
            _ => {
                if let Some(text) = checked_text(n, line.trim(), &mut list.notes) {
                    typed_line(n, text, &mut list);
                }
            }
        }
    }
    // (The last app with only the first of the details the one above has: cut there.)
    let key = |line: &str| {
        (indent(line) > app_indent)
            .then(|| line.trim().split_once(": ").map(|(key, _)| key.to_owned()))
            .flatten()
    };
    // (Or its last line at the apps' indent without the colon every app's name has there,
    // `    zoom.u`: cut inside the name. A name typed by hand under the text is not indented.)
    let unnamed = lines.last().filter(|&&(n, line)| {
        indent(line) == app_indent
            && line.trim_start().starts_with(char::is_alphanumeric)
            && !line.trim_end().ends_with(':')
            && list.entries.iter().any(|e| e.line < n)
    });
    if let Some((n, line)) = record_cut_short(lines, &key).or(unnamed.copied()) {
        note_elsewhere(&mut list, n, trim(line));
    } else if let (Some(&(n, line)), [.., before, _]) = (lines.last(), list.entries.as_slice()) {
        // (Or its name last of all, `Microsoft Outlook:`, where the app above has details
        // under it.)
        let details = lines.iter().any(|&(d, l)| d > before.line && d < n && key(l).is_some());
        let named = indent(line) == app_indent && line.trim_end().ends_with(':');
        if named && list.entries.last().is_some_and(|e| e.line == n) && details {
            note_elsewhere(&mut list, n, trim(line));
        }
    }
    list
}

/// The name in an `ls -l` line (`drwxr-xr-x@ 3 jane admin 96 Oct 2 23:03 TikTok.app`),
/// without `.app` and a symbolic link's target; `None` for a line of another shape.
fn long_listing_name(line: &str) -> Option<&str> {
    let line = trim(line);
    if !line.as_bytes().first().is_some_and(|b| b"dlbcps-".contains(b)) {
        return None; // not a file mode (most lines: no words split)
    }
    let mut fields = line.split_whitespace();
    let mode = fields.next()?;
    let kinds = ['d', '-', 'l', 'b', 'c', 'p', 's'];
    let mode_ok = mode.len() >= 10
        && mode.starts_with(kinds)
        && mode
            .chars()
            .skip(1)
            .take(9)
            .all(|c| matches!(c, 'r' | 'w' | 'x' | '-' | 's' | 'S' | 't' | 'T'));
    if !mode_ok {
        return None;
    }
    // links, owner, group, size, then a date: `Oct 2 23:03`, `Mar 4 2024` or `2024-03-04 10:01`.
    let fields: Vec<&str> = line.split_whitespace().collect();
    let iso = fields
        .get(5)
        .is_some_and(|f| f.len() == 10 && f.as_bytes().get(4) == Some(&b'-'));
    let name_field = if iso { 7 } else { 8 };
    // The name starts after its preceding fields; it may hold spaces of its own.
    let mut start = 0;
    for f in fields.iter().take(name_field) {
        start += line.get(start..)?.find(f)? + f.len();
    }
    let name = line.get(start..)?.trim();
    let name = name.split(" -> ").next().unwrap_or(name);
    let name = name
        .strip_suffix(".app")
        .or_else(|| name.strip_suffix(".app/"))
        .unwrap_or(name);
    (!name.is_empty()).then_some(name)
}

/// `ls -l` (or `ls -la`) of an applications folder: `total N`, then one long line per
/// file; `.` and `..` are the folder itself, and a name that begins with a dot is a
/// hidden file, no app.
fn long_listing(lines: &[(usize, &str)]) -> AppList {
    let mut list = AppList {
        format: Format::LongListing,
        ..AppList::default()
    };
    for &(n, line) in lines {
        if list.entries.len() > MAX_ENTRIES {
            break;
        }
        let text = line.trim();
        let total = text
            .strip_prefix("total ")
            .is_some_and(|rest| rest.trim().chars().all(|c| c.is_ascii_alphanumeric() || c == '.'));
        match long_listing_name(text) {
            _ if total || text.ends_with(':') && text.starts_with('/') => list.structure.push((n, n)),
            // The folder itself (`.`, `..`) and its hidden files (`.DS_Store`, `.localized`).
            Some(name) if name.starts_with('.') => list.structure.push((n, n)),
            Some(name) => list.entries.extend(Entry::app(n, Some(name), None)),
            None => {
                if let Some(text) = checked_text(n, text, &mut list.notes) {
                    typed_line(n, text, &mut list);
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
        // (A line with no bundle in it, the prompt's command over them or a remark under
        // them, `This is just the top part`, is read as a typed line.)
        if !line.contains(".app") {
            if let Some(text) = checked_text(n, line.trim(), &mut list.notes) {
                typed_line(n, text, &mut list);
            }
            continue;
        }
        // (Columns from `ls`, or the Finder's names in a row from AppleScript: `Safari.app,
        // WeChat.app`.)
        // (Or in columns set apart by spaces, `ls`'s in a terminal: a bundle ends where
        // `.app` is followed by a space.)
        let cells = line
            .split('\t')
            .flat_map(|cell| cell.split(".app, "))
            .flat_map(|cell| cell.split(".app "));
        for cell in cells.map(str::trim).filter(|c| !c.is_empty()) {
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
/// `winget list` and `Get-StartApps`: their header's words, a row of dashes under it.
fn headed_columns(lines: &[(usize, &str)]) -> Option<AppList> {
    let first = lines.first().map_or("", |(_, l)| trim(l));
    let header = |words: &[&str]| {
        words
            .iter()
            .all(|w| first.split_whitespace().any(|h| h.eq_ignore_ascii_case(w)))
    };
    if !lines.get(1).is_some_and(|(_, l)| l.trim().starts_with("---")) {
        return None;
    }
    // winget's columns in the reader's language: `Name` (`Nom`, `Nombre`, `名称`), `Id`.
    let mut words = first.split_whitespace();
    let name = words.next().unwrap_or("");
    if NAME_KEYS.contains(&header_key(name).as_str()) {
        if let Some(id) = words.find(|w| w.eq_ignore_ascii_case("id") || w.eq_ignore_ascii_case("id.")) {
            return Some(columns(Format::WingetList, lines, &[name, id], 2));
        }
    }
    if header(&["Name", "AppID"]) {
        return Some(columns(Format::StartApps, lines, &["Name", "AppID"], 2));
    }
    None
}

/// Whether a typed line says something besides names, written into `list`: a tool's
/// message that it listed nothing, a line that stands for the list elsewhere or says it
/// goes on ([`goes_on`]), a row of `adb devices` or what a device says of itself
/// ([`device_itself`]), a sentence that names no app (a note, never an app); a greeting
/// or a sign-off (the list's frame). `first` is its first word's [`first_word_hash`]. One road
/// for the typed reader and the reader of names in a row.
fn said_besides_names(n: usize, text: &str, plain: bool, first: Option<u64>, list: &mut AppList) -> bool {
    let excerpt = || super::account::excerpt(text);
    if (!plain || text.len() == 27) && tool_status(text) {
        list.structure.push((n, n));
        return true;
    }
    // (An ellipsis run onto the words that say the list goes on, `…and more`,
    // `...etc`: the words read without it.)
    let bare = if plain {
        text
    } else {
        text.trim_start_matches(['…', '⋯', '.']).trim_start()
    };
    let run_on = || {
        if bare.len() == text.len() || bare.is_empty() {
            return false;
        }
        let said = first_word_hash(bare);
        elsewhere(bare, said) || said.is_some_and(|h| may_be(&ASIDE_FILTER, h)) && goes_on(bare, said, false)
    };
    // (A numbered list's item without a sign after its number, `3 Fotos` under `2
    // Teams`: the number is the item's, no count of pictures.)
    let placeholder = || match numbered_item(text, list) {
        Some(item) => elsewhere(item, None),
        None => elsewhere(text, first),
    };
    let skipped = if tool_message(text, plain) {
        Skipped::ToolMessage { excerpt: excerpt() }
    } else if placeholder()
        || first.is_some_and(|h| may_be(&ASIDE_FILTER, h)) && goes_on(text, first, false)
        || hedge(text, first)
        || remark_of_part(text)
        || remark_of_some(text)
        || run_on()
        // (A sentence that says these are not all: `These aren't all my apps`.)
        // (Not a name in capitals, `Not All Heroes`.)
        || (first.is_some_and(|h| may_be(&SENTENCE_FILTER, h)) || negation_first(text))
            && text.split_whitespace().nth(2).is_some()
            && text.split_whitespace().skip(1).any(|w| w.starts_with(|c: char| c.is_lowercase()))
            && not_all(text)
        // (Or that the list is not the whole one, whatever its first word: `That's not my
        // full list.`, `Ce n'est pas la liste complète.`, `No es la lista completa.`.)
        || not_the_whole_list(text)
        // (Or a share of them, some of a screen, a list stopped before its end, a part
        // left out behind dots: `this is most of them`, `nur die vom Startbildschirm`,
        // `Call dropped before user finished reading the list.`, `Page 2: ...`.)
        || a_share_said(text)
        // (Or that the rest comes later, after a break: `rest after lunch`, `Rest nach der
        // Pause`, `Finisco dopo`.)
        || rest_later(text)
        // (Or that it goes on in another mail: `the list continues in a second email`.)
        || in_another_message(text)
        // (Or that the message was sent before it was finished: `oops, sent too early`.)
        || sent_too_early(text)
        // (Or a page's place among several inside a sentence, `(wyeksportowana strona 1 z 3
        // z konsoli)`: the other pages are not here.)
        || page_within(text).is_some_and(|(at, of)| at < of)
        // (Or that what is here is the beginning, `here's the beginning`, `aqui vai o
        // começo`.)
        || only_the_beginning(text)
        // (Or that the writer is not sure these are all, in a sentence's case, a comma
        // in it or not: `Nie jestem pewien, czy to wszystkie.`)
        || (in_sentence_case(text) || text.starts_with(|c: char| c.is_ascii_lowercase()) && begins_unsure(text))
            && not_sure_of_all(text)
    {
        Skipped::Elsewhere { excerpt: excerpt() }
    } else if !plain && adb_device(text) || device_itself(text, first) {
        Skipped::DeviceRow
    } else {
        match prose_hashed(text, first) {
            // (A frame that says the list is some of the apps: `Just the ones I use:`.)
            Prose::Frame if only_some(text.trim_end_matches(':')) => Skipped::Elsewhere { excerpt: excerpt() },
            Prose::Frame => {
                list.structure.push((n, n));
                return true;
            }
            // (One that doubts the list is whole says it may go on.)
            Prose::Sentence if doubts_whole(text) => Skipped::Elsewhere { excerpt: excerpt() },
            Prose::Sentence => Skipped::Sentence { excerpt: excerpt() },
            Prose::Names => return false,
        }
    };
    list.notes.push(Note { line: n, skipped });
    true
}

/// Whether a remark says the list is a share of the apps, in the eight languages: most of
/// them (`this is most of them`, `to większość`, `das sind die meisten`), only those of the
/// home screen (`Home screen only for now`, `seulement celles de l'écran d'accueil`), the
/// list stopped before it was finished (`Call dropped before user finished reading the
/// list.`, `Gesprek viel weg voordat de lijst af was.`), or a label whose content is only
/// dots (`Page 2: ...`). (A short line with a word in lower case after its first, or
/// dots after a colon: most names are let go by their bytes.)
pub(super) fn a_share_said(text: &str) -> bool {
    const MOST: [&str; 33] = [
        "most of them",
        "most of it",
        "most of my apps",
        "most of the apps",
        "most of 'em",
        "the majority",
        "nearly all of them",
        "almost all of them",
        "die meisten",
        "die meisten davon",
        "der großteil",
        "fast alle",
        "la plupart",
        "la plupart d'entre elles",
        "presque toutes",
        "la majorité",
        "la mayoría",
        "la mayoría de ellas",
        "casi todas",
        "la maggior parte",
        "la maggioranza",
        "quasi tutte",
        "a maioria",
        "a maior parte",
        "quase todas",
        "de meeste",
        "het merendeel",
        "bijna alle",
        "bijna allemaal",
        "większość",
        "większość z nich",
        "prawie wszystkie",
        "prawie wszystko",
    ];
    const ONLY: Words = words!(
        "only|just|nur|bloß|seulement|uniquement|solo|sólo|solamente|soltanto|só|somente|apenas|alleen|enkel|tylko",
    );
    const HOME: [&str; 13] = [
        "home screen",
        "homescreen",
        "startbildschirm",
        "homebildschirm",
        "écran d'accueil",
        "pantalla de inicio",
        "schermata home",
        "ecrã principal",
        "tela inicial",
        "beginscherm",
        "startscherm",
        "ekran główn",
        "ekranu główn",
    ];
    const BEFORE: Words = words!("before|bevor|ehe|avant|antes|prima|voordat|zanim");
    const FINISHED: [&str; 20] = [
        "finish",
        "complet",
        "done",
        "fertig",
        "beendet",
        "abgeschlossen",
        "fini",
        "termin",
        "acab",
        "finire",
        "finito",
        "concluso",
        "af was",
        "af is",
        "klaar",
        "voltooid",
        "skończ",
        "dokończ",
        "zakończ",
        "end of",
    ];
    let bytes = text.as_bytes();
    if bytes.len() > 120 {
        return false;
    }
    let trimmed = text.trim_end();
    // A label whose content is dots or a question mark alone: `Page 2: ...`, `Pagina 3:
    // …`, `Seite 5: ?`. (Let go by the last byte: `.`, `?` or the ellipsis's.)
    if matches!(trimmed.as_bytes().last(), Some(b'.' | 0xA6 | b'?')) {
        if let Some((label, after)) = trimmed.rsplit_once(':') {
            let dots = after.trim();
            if matches!(dots, "..." | "…" | "...." | "?" | "??" | "???") && label.chars().any(char::is_alphanumeric) {
                return true;
            }
        }
    }
    // (A word in lower case after the first: names in capitals, `Ordinary Tool 12`, are
    // let go after one pass over their bytes.)
    let mut after_space = false;
    let lower_after_first = bytes.iter().any(|&b| {
        let found = after_space && (b.is_ascii_lowercase() || b >= 0x80);
        after_space = b == b' ';
        found
    });
    if !lower_after_first {
        return false;
    }
    let lower = crate::case::lower(trimmed.trim_end_matches(['.', '!', ',', ')', ' ']));
    let lower = lower.trim_start_matches(['(', ' ']);
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // Most of them: the line ends with it, a few words at most before it; no question.
    let ends_with = |m: &&str| {
        lower
            .strip_suffix(*m)
            .is_some_and(|before| before.is_empty() || before.ends_with(' '))
    };
    if words.len() <= 8 && !text.ends_with('?') && MOST.iter().any(ends_with) {
        return true;
    }
    // Only those of the home screen, or a view that only shows some (`it only shows the
    // apps I used today`).
    const SHOWS: Words = words!(
        "show|shows|showed|shown|zeigt|zeigte|angezeigt|montre|affiche|muestra|mostra|mostrava|mostrou|toont|pokazuje|pokazał",
    );
    let only = || words.iter().any(|w| ONLY.contains(w));
    if words.len() <= 14 && HOME.iter().any(|h| lower.contains(h)) && only()
        || words.len() <= 16 && only() && words.iter().any(|w| SHOWS.contains(w))
    {
        return true;
    }
    // Stopped before the list was finished: a word for before, then one for finishing.
    words.len() <= 16
        && words.iter().position(|w| BEFORE.contains(w)).is_some_and(|at| {
            let rest = words.get(at + 1..).unwrap_or_default().join(" ");
            FINISHED.iter().any(|f| rest.contains(f))
        })
}

/// Whether a sentence says a screen showed only so many (`Settings only showed the first
/// 20.`, `In den Einstellungen wurden nur die ersten 20 angezeigt.`, `(instellingen liet
/// alleen de eerste 20 zien)`): a word for showing, one for only and a number of two or
/// more, in a short line with a word in lower case after the first; not a question. The
/// rest was not shown, so not copied.
pub(super) fn showed_only(text: &str) -> bool {
    const SHOWN: [&str; 11] = [
        "show",
        "display",
        "angezeigt",
        "zeigt",
        "affich",
        "mostr",
        "toon",
        "zien",
        "pokaz",
        "wyświetl",
        "exib",
    ];
    const ONLY: Words = words!("only|just|nur|que|seulement|solo|sólo|solamente|só|apenas|alleen|maar|tylko");
    // (Most lines: names in capitals, let go by a look at their bytes.)
    if text.len() > 160 || !word_in_lower_case(text) || text.ends_with('?') || !text.bytes().any(|b| b.is_ascii_digit())
    {
        return false;
    }
    let words = lower_words(text);
    words.iter().any(|w| ONLY.contains(w))
        // (After an elision's apostrophe, `n'affichaient`.)
        && words.iter().any(|w| {
            let w = w.rsplit('\'').next().unwrap_or(w);
            SHOWN.iter().any(|s| w.starts_with(s))
        })
        && words.iter().any(|w| w.parse::<u32>().is_ok_and(|n| n >= 2))
}

/// A remark in a sentence's case that the rest of the list comes later or is not known,
/// in the eight languages (`I'll send the rest`, `not sure about the rest`, `der Rest
/// kommt später`, `le reste demain`, `reszta jutro`): two words to twelve, none after the
/// first with a capital but `I`'s and German's `Rest` (a name's words have one: `Rest Of
/// The World`), a word for the rest and one that it comes or is not known; not a question,
/// and not the rest gone (`I deleted the rest last week`). (Red team rt56b's sentences of
/// a whole list, `Half of these came preinstalled`, and names in a sentence's case, `Time
/// to rest`, `Half marathon trainer`, say no such thing.)
fn remark_of_part(text: &str) -> bool {
    remark_of_part_or_kind(text, true)
}

/// [`remark_of_part`], with the rest only described (`the rest are just games`) or not: a
/// remark after a dash may have lost its end to the line's split (`… – the rest of my stuff
/// is` of `… is on the laptop`).
fn remark_of_part_or_kind(text: &str, described_counts: bool) -> bool {
    // (The rest, in the eight languages, and what says it comes or is not known.)
    const REST: Words = words!(
        "rest|remaining|reste|resto|reszta|resztę|suite|others|altre|altri|outras|outros|overige|pozostałe|inne|andere|anderen",
    );
    const COMES: Words = words!(
        "later|tomorrow|später|morgen|demain|tard|luego|después|mañana|domani|dopo|amanhã|depois|później|jutro\
         |send|sending|follow|follows|coming|kommt|schicke|nach|envoie|envoyer|arrive|mando|envío|mandaré|manderò|mando\
         |stuur|komt|wyślę|sure|check|schick|nachher\
         |remember|recall|erinnere|souviens|recuerdo|acuerdo|ricordo|lembro|herinner|pamiętam|know|weiß|weiss|sais|sé|weet|wiem",
    );
    // (Not the rest gone, `I deleted the rest last week`: [`GONE_WORDS`].)
    if !in_sentence_case(text) {
        return false;
    }
    // (Or that it was not copied, `I couldn't copy the rest`, `rest didn't paste`; or what
    // it is, not which, `the rest are just games`.)
    const NOT: Words = words!("couldn't|can't|cannot|didn't|wouldn't|won't|not|nicht|pas|no|non|não|nao|niet|nie");
    const COPIED: Words =
        words!("copy|copied|paste|pasted|fit|load|loaded|kopieren|einfügen|copier|coller|copiar|pegar");
    const DESCRIBED: Words =
        words!("games|spiele|jeux|juegos|giochi|stuff|junk|bloatware|preinstalled|vorinstalliert|préinstallées");
    // (Or the rest itself in a picture or a file, `De rest staat in de bijgevoegde
    // screenshot.`: not others, `non ne ho altre, tutte in questa schermata`.)
    const ATTACHED: Words = words!(
        "attached|attachment|bijgevoegde|bijlage|angehängten|anhang|anbei|jointe|adjunto|adjunta|allegato|allegata|anexo|anexa|załączniku|screenshot|screenshots|capture|captura|zrzucie|schermata",
    );
    const THE_REST: Words =
        words!("rest|remaining|reste|resto|reszta|resztę|overige|pozostałe|restlichen|restliche|restantes|rimanenti");
    let (mut the_rest, mut attached) = (false, false);
    let (mut seen, mut rest, mut comes) = (0, false, false);
    let (mut not, mut copied, mut described) = (false, false, false);
    for w in prose_words(text) {
        seen += 1;
        if seen > 12
            || seen > 1
                && w.starts_with(|c: char| c.is_uppercase())
                && !matches!(w, "I" | "I'll" | "I’ll" | "I'm" | "I’m" | "I've" | "I'd" | "Rest")
            || GONE_WORDS.contains(w)
        {
            return false;
        }
        rest |= REST.contains(w);
        comes |= COMES.contains(w);
        the_rest |= THE_REST.contains(w);
        attached |= ATTACHED.contains(w);
        not |= NOT.contains(w);
        copied |= COPIED.contains(w);
        described |= DESCRIBED.contains(w);
    }
    // (Not the rest on another device: `the rest of my stuff is on the laptop`.)
    let elsewhere_device = prose_words(text).any(|w| {
        words!("laptop|computer|pc|tablet|ipad|mac|macbook|notebook|desktop|rechner|ordinateur|portátil|ordenador")
            .contains(w)
    });
    seen >= 2
        && rest
        && (comes || not && copied || described && described_counts || the_rest && attached)
        && !elsewhere_device
}

/// Whether `text` may be a remark in a sentence's case: words with a space between them,
/// no question, and no capital in ASCII after a space but `I`'s and a few nouns' (German's
/// `Rest`, `Apps`, `Liste`, `Seite`; `PJ`, `Excel`). Most lines, names, are let go here by their
/// bytes, before a word is looked up.
fn in_sentence_case(text: &str) -> bool {
    let bytes = text.as_bytes();
    // (German's nouns for apps, which a remark in German writes with a capital: `Das sind
    // meine wichtigsten Apps`; by their first letter, then the rest.)
    let noun = |r: &[u8]| {
        let nouns: &[&[u8]] = match r.first() {
            Some(b'A') => &[b"Apps", b"App", b"Anwendungen"],
            Some(b'P') => &[b"Programme", b"PJ"],
            Some(b'S') => &[b"Spiele", b"Seite"],
            Some(b'L') => &[b"Liste"],
            Some(b'R') => &[b"Rest"],
            Some(b'E') => &[b"Excel"],
            _ => return false,
        };
        nouns
            .iter()
            .any(|n| r.get(..n.len()) == Some(*n) && r.get(n.len()).is_none_or(|b| !b.is_ascii_alphanumeric()))
    };
    // (And the speaker, `I`, `I'll`.)
    let speaker = |c: u8, next: u8| c == b'I' && matches!(next, b' ' | b'\'' | 0xE2);
    // (A word in lower case at least: a name in title case, `Restricted App 12`, has none.)
    let mut lower_word = bytes.first().is_some_and(u8::is_ascii_lowercase);
    let capital_after = bytes.windows(3).enumerate().any(|(at, w)| match *w {
        [b' ', c, next] if c.is_ascii_uppercase() => !speaker(c, next) && !bytes.get(at + 1..).is_some_and(noun),
        [b' ', c, _] => {
            lower_word |= c.is_ascii_lowercase() || c >= 0x80;
            false
        }
        _ => false,
    });
    !capital_after && lower_word && bytes.contains(&b' ') && !bytes.contains(&b'?')
}

/// A remark in a sentence's case that the list is only some of the apps, or that the
/// rest was cut off (`those are the main ones`, `That's most of them.`, `that's all I
/// can remember`, `see next msg`, `my battery is dying`, `das sind die wichtigsten`): two
/// words to twelve, one of [`SOME_REMARKS`]' phrases among them; not of apps gone (`I
/// deleted the main ones`), and, for one of some of them, nothing that says the list is
/// whole or there is nothing else ([`WHOLE_PHRASES`]: `Those are the main ones; I have
/// nothing else.`, `Das sind alle, nicht nur die wichtigsten.`). (German's nouns for
/// apps may have their capitals: `Das sind meine wichtigsten Apps`.) (Red team rt58's false refusals: a phone that died once
/// is no list cut off, nor is a next message about another thing, so those need their
/// words for the list's rest.)
fn remark_of_some(text: &str) -> bool {
    if text.len() > 100 || !in_sentence_case(text) {
        return false;
    }
    let lower = crate::case::lower(text).replace('’', "'");
    let count = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count();
    if !(2..=12).contains(&count) {
        return false;
    }
    // (The phrases first: most lines, names typed in lower case, have none.)
    let phrases = Phrases::of(&lower);
    let some = SOME_REMARKS.iter().any(|phrase| phrases.has(phrase));
    let later = LATER_REMARKS.iter().any(|phrase| phrases.has(phrase));
    if !some && !later {
        return false;
    }
    // (Not of apps gone, nor, for one of some of them, with what says the list is whole:
    // `Those are the main ones; I have nothing else.`; a remark that the rest comes later
    // says so whatever else it says, `my battery is dying, full list later`.)
    let gone = lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| GONE_WORDS.contains(w));
    let whole = some && !later && WHOLE_PHRASES.iter().any(|phrase| phrases.has(phrase));
    !gone && !whole
}

/// A text in lower case and where its words begin (no letter or digit before), to find
/// phrases in it as whole words (no letter or digit on either side) by comparing each
/// only where a word begins: a remark is asked for some two hundred phrases, which a
/// substring search each made 7 % of a 10,000-line check (names with `App` in them are
/// in sentence case).
struct Phrases<'a> {
    bytes: &'a [u8],
    starts: Vec<usize>,
}

impl<'a> Phrases<'a> {
    fn of(lower: &'a str) -> Self {
        let bytes = lower.as_bytes();
        let free = |i: usize| bytes.get(i).is_none_or(|b| !b.is_ascii_alphanumeric());
        let starts = (0..bytes.len()).filter(|&at| at == 0 || free(at - 1)).collect();
        Phrases { bytes, starts }
    }

    /// Whether `phrase` is in the text as whole words; one that ends in `$`, at its end
    /// (only signs after it).
    fn has(&self, phrase: &str) -> bool {
        let (p, last) = match phrase.strip_suffix('$') {
            Some(p) => (p.as_bytes(), true),
            None => (phrase.as_bytes(), false),
        };
        let free = |i: usize| self.bytes.get(i).is_none_or(|b| !b.is_ascii_alphanumeric());
        let ends = |i: usize| {
            self.bytes
                .get(i..)
                .is_none_or(|rest| rest.iter().all(|b| !b.is_ascii_alphanumeric()))
        };
        self.starts.iter().any(|&at| {
            self.bytes.get(at) == p.first()
                && self.bytes.get(at..).is_some_and(|rest| rest.starts_with(p))
                && if last { ends(at + p.len()) } else { free(at + p.len()) }
        })
    }
}

/// Words that say apps were removed, not that the list is not whole ([`remark_of_part`],
/// [`remark_of_some`]).
const GONE_WORDS: Words = words!(
    "deleted|removed|uninstalled|gelöscht|entfernt|supprimé|supprimés|eliminado|eliminados|eliminato|apagado|verwijderd|usunąłem|usunęłam",
);

/// What says a list is whole or that there is nothing else, in lower case
/// ([`remark_of_some`]: `Those are the main ones; I have nothing else.`, `Das sind alle,
/// nicht nur die wichtigsten.`, red team rt58's).
const WHOLE_PHRASES: [&str; 47] = [
    "left out nothing",
    "no more on",
    "skipped nothing",
    "nothing left out",
    "didn't skip",
    "nothing else",
    "nothing more",
    "no other",
    "no others",
    "any other",
    "any others",
    "every other",
    "every app",
    "everything",
    "not only",
    "not just",
    "i only have",
    "all i have",
    "all i've got",
    "all my",
    "all the",
    "all of them",
    "complete",
    "whole list",
    "full list",
    "entire list",
    "nicht nur",
    "sonst nichts",
    "nichts anderes",
    "keine anderen",
    "das sind alle",
    "sondern alle",
    "vollständig",
    "pas d'autres",
    "pas que",
    "pas seulement",
    "toute la liste",
    "toutes mes",
    "les seules",
    "rien d'autre",
    "sonst habe ich keine",
    "sonst keine",
    "no tengo otras",
    "nada más",
    "no solo",
    "todas mis",
    "completa",
];

/// The phrases of [`remark_of_some`], in lower case: only some of the apps (the main or
/// important ones, those remembered); [`LATER_REMARKS`] say the rest was cut off.
const SOME_REMARKS: [&str; 66] = [
    "skipped a few",
    "skipped some",
    "left out",
    "left some out",
    "left a few out",
    "left a couple out",
    "more on page",
    "more on the next page",
    "rest on page",
    "rest on the next page",
    "left some apps out",
    "left a few apps out",
    "more on next page",
    "rest is on page",
    "rest is on the next page",
    "rest auf seite",
    "rest auf der nächsten seite",
    "la suite page",
    "la suite en page",
    "la suite à la page",
    "más en la página",
    "el resto en la página",
    "ein paar weggelassen",
    "einige weggelassen",
    "didn't list",
    "did not list",
    "list goes on",
    "too many to list",
    "main ones",
    "the main apps",
    "important ones",
    "key ones",
    "big ones",
    "most used",
    "ones i use",
    "that's most of",
    "thats most of",
    "that is most of",
    "those are most of",
    "these are most of",
    "the majority of",
    "i can remember",
    "i could remember",
    "i can think of",
    "i could think of",
    "that i remember",
    "all i remember",
    "off the top of my head",
    "among others",
    "die wichtigsten",
    "meine wichtigsten",
    "die ich nutze",
    "mehr fällt mir nicht ein",
    "les principales",
    "les plus importantes",
    "las principales",
    "los principales",
    "dont je me souviens",
    "que je me rappelle",
    "lo que recuerdo",
    "que recuerdo",
    "die mir einfallen",
    "woran ich mich erinnere",
    "my main apps",
    "mis apps principales",
    "mes applis principales",
];

/// The phrases of [`remark_of_some`] that say the rest was cut off and comes later (in a
/// next message, once the phone is charged, once the list is finished). (Also in the
/// middle of a text: what follows may be the rest, or not; it is not told which.)
const LATER_REMARKS: [&str; 124] = [
    "continues in",
    "need the full list",
    "want the full list",
    "see the screenshot",
    "see screenshot",
    "see attached",
    "see the attached",
    "as per screenshot",
    "as per the screenshot",
    "as per attached",
    "as per the attached",
    "screenshot i sent",
    "screenshot attached",
    "see next msg",
    "see nxt msg",
    "see next message",
    "see my next message",
    "more in my next",
    "more in the next",
    "continued in my next",
    "continued in the next",
    "battery is dying",
    "battery dying",
    "phone is dying",
    "phone's dying",
    "phone is about to die",
    "will finish later",
    "finish the list",
    "add more later",
    "what i have so far",
    "still adding",
    "battery low",
    "battery is low",
    "no he terminado",
    // (At the remark's end, `$`: `I may have missed some`, not `… some emails`.)
    "may have missed some$",
    "may have missed a few$",
    "may have forgotten some$",
    "haven't finished$",
    "haven't finished yet$",
    "have not finished yet$",
    "that's all for now$",
    "that's it for now$",
    "akku fast leer",
    "batterie faible",
    "non-exhaustive",
    "non exhaustive",
    "not exhaustive",
    "nicht vollständig",
    "incomplete list",
    "lista incompleta",
    "liste incomplète",
    "sans mes applis personnelles",
    "sin contar mis apps personales",
    "y muchas otras",
    "y muchas más",
    "et bien d'autres",
    "und viele andere",
    "i could go on$",
    "dozens of others",
    "hundreds of others",
    "and dozens more$",
    "and hundreds more$",
    // (A list going on, at the remark's end: `Y así sucesivamente con todos los
    // formularios` goes on of forms.)
    "y así sucesivamente$",
    "así sucesivamente$",
    "et ainsi de suite$",
    "ainsi de suite$",
    "und so weiter$",
    "e così via$",
    // (The rest not listed, whatever else is said: `I didn't list all of them.`)
    "didn't list all",
    "did not list all",
    "haven't listed all",
    "didn't include all",
    "no las puse todas",
    "no puse todas",
    "full list later",
    "send the full list",
    "send you the full list",
    "send the rest",
    "lots of others",
    // (The list in an attachment: `Please find attached the full list.`, `Liste anbei`.)
    "excel attached",
    "spreadsheet attached",
    "attached the full list",
    "attached the list",
    "attached my list",
    "attached is the list",
    "attached is my list",
    "list attached",
    "liste anbei",
    "anbei die liste",
    "anbei die komplette liste",
    "anbei die vollständige liste",
    "anbei meine apps",
    "ci-joint la liste",
    "liste ci-jointe",
    "liste en pj",
    "la liste en pièce jointe",
    "te adjunto la lista",
    "te adjunto el excel",
    "adjunto la lista",
    "in allegato la lista",
    "attached excel",
    "attached spreadsheet",
    // (Apps left out by kind, where an app of the policy may be: `(not counting my
    // personal apps)`, `(ohne die privaten Apps)`; not the preinstalled ones, which no
    // policy's app is.)
    "not counting my personal",
    "not counting the personal",
    "not counting personal",
    "not counting private",
    "not counting my private",
    "excluding personal",
    "excluding my personal",
    "except personal",
    "except my personal",
    "except the personal",
    "ohne die privaten",
    "ohne private",
    "ohne meine privaten",
    "lasse ich weg",
    "lasse ich mal weg",
    "sans les applis perso",
    "sans mes applis perso",
    "sans les applications personnelles",
    "sans les perso",
    "sin contar las personales",
    "sin contar las apps personales",
    "sin las personales",
];

/// What a device says of itself, as its About screen or a person writes it: its system
/// and version (`iOS 17.2.1 (21C66)`, `Android 14`, `EMUI 12`), its model (`Pixel 8 Pro`,
/// `Samsung Galaxy S23 Ultra`, `iPhone SE (3rd generation)`, `Huawei P30 Pro`), or both
/// after a comma. A system's name with a version a word or two on, and nothing else
/// but a build in parentheses; a model: a family (`iPhone`, `Galaxy`, `Pixel`, after
/// a maker or not) or a maker alone, then only a model's words (`Pro`, `Ultra`, `SE`) and
/// words with digits, one of them at least after a maker alone. An app's name that begins
/// so has other words (`Galaxy Store`, `Pixel Launcher`, `Android Auto`, `Samsung Notes`).
/// `first` is the text's [`first_word_hash`].
fn device_itself(text: &str, first: Option<u64>) -> bool {
    // (Most lines: their first word is none of these, let go by the filter; nor are the
    // letters before a number on it, `iPhone12`.)
    if !first.is_some_and(|h| may_be(&ASIDE_FILTER, h)) {
        if !family_begins(text) {
            return false;
        }
        let letters = text.bytes().take_while(u8::is_ascii_alphabetic).count();
        if !(letters >= 4
            && text.as_bytes().get(letters).is_some_and(u8::is_ascii_digit)
            && may_be(&ASIDE_FILTER, lower_hash(text.get(..letters).unwrap_or(""))))
        {
            return false;
        }
    }
    // (Parts: `iPhone 14 Pro, iOS 17.2`, `Android 14; Pixel 8`, `iPhone 14 Pro - iOS 17.2`.)
    text.split([',', ';']).flat_map(|p| p.split(" - ")).all(|part| {
        let part = part.trim();
        // (A build or a generation in parentheses says no more.)
        let (bare, said) = part.split_once(" (").map_or((part, false), |(head, tail)| {
            if tail.ends_with(')') && !tail.contains('(') {
                (head, true)
            } else {
                (part, false)
            }
        });
        let mut words = bare.split(' ');
        let first = words.next().unwrap_or("");
        let digits = |w: &str| w.bytes().any(|b| b.is_ascii_digit()) && w.len() <= 8;
        if SYSTEMS.contains(first) {
            // (Its version next, then only an edition or a release: `Windows 11 Pro
            // 23H2`; `Windows Terminal 1.18` and `Android Auto 11.3` are apps.)
            let version = words
                .next()
                .is_some_and(|w| w.as_bytes().first().is_some_and(u8::is_ascii_digit));
            return version && words.all(|w| digits(w) || MODEL_WORDS.contains(w));
        }
        let maker = MAKERS.contains(first);
        let mut family = !maker && FAMILIES.contains(first);
        let (mut model, mut digit) = (0, false);
        // (A family with its model's number written on: `iPhone12`, `Pixel7a`.)
        if !maker && !family {
            let cut = first.bytes().position(|b| b.is_ascii_digit()).unwrap_or(0);
            if cut == 0 || first.len() - cut > 8 || !FAMILIES.contains(first.get(..cut).unwrap_or("")) {
                return false;
            }
            (family, model, digit) = (true, 1, true);
        }
        for (at, w) in words.enumerate() {
            if maker && at == 0 && FAMILIES.contains(w) {
                family = true;
                continue;
            }
            if !(digits(w) || MODEL_WORDS.contains(w)) {
                return false;
            }
            (model, digit) = (model + 1, digit || digits(w));
        }
        // (A family with its generation in parentheses: `iPad (10th generation)`.)
        (maker || family) && (model > 0 || family && said) && (family || digit)
    })
}

/// Whether `text` begins as one of the [`FAMILIES`] does, by its first two letters in
/// any case: most lines do not, and are let go without their letters counted.
fn family_begins(text: &str) -> bool {
    let two = text.as_bytes().first_chunk::<2>().map(|[a, b]| [a | 0x20, b | 0x20]);
    matches!(
        two,
        Some([b'i', b'p'] | [b'g', b'a'] | [b'p', b'i'] | [b'r', b'e'] | [b'x', b'p'] | [b'm', b'a'])
    )
}

/// A system, a family or a maker alone, as the whole text (`Samsung`, `iPhone`,
/// `Android`): the device, no list. (Among other lines, `Vivo` and `Android` may be
/// apps' names; and `Google` is the Google app's.)
fn device_alone(text: &str) -> bool {
    let alone = text.trim_end_matches(['.', '!']);
    !alone.contains(' ')
        && (SYSTEMS.contains(alone) || FAMILIES.contains(alone) || MAKERS.contains(alone))
        && !alone.eq_ignore_ascii_case("google")
}

/// The systems, makers and families of phones and tablets ([`device_itself`]).
const SYSTEMS: Words =
    words!("ios|ipados|android|macos|watchos|harmonyos|emui|miui|hyperos|coloros|oxygenos|windows|chromeos");
const MAKERS: Words =
    words!("apple|samsung|google|xiaomi|huawei|honor|oneplus|motorola|sony|nokia|oppo|vivo|realme|fairphone|lenovo");
const FAMILIES: Words = words!("iphone|ipad|galaxy|pixel|redmi|xperia|macbook");
const MODEL_WORDS: Words = words!(
    "pro|max|plus|mini|ultra|air|se|fold|flip|fe|lite|xl|note|edge|neo|5g|4g|lte|a|s|t|x|c|z|home|enterprise|education",
);

/// A row of `adb devices` (`R58N91ABCDE\tdevice`, `emulator-5554\toffline`, with `-l`
/// `0123456789ABCDEF  device usb:1-1 product:x model:Pixel_7 transport_id:1`): a serial
/// with a digit in it, a tab or spaces, the device's state, and with `-l` its details
/// as `key:value`. The device, not its apps.
pub(super) fn adb_device(text: &str) -> bool {
    const STATES: Words =
        words!("device|offline|unauthorized|authorizing|connecting|recovery|rescue|sideload|bootloader|host|unknown");
    let Some(at) = text.bytes().position(|b| b == b'\t' || b == b' ') else {
        return false;
    };
    let (serial, tab) = (text.get(..at).unwrap_or(""), text.as_bytes().get(at) == Some(&b'\t'));
    let mut rest = text.get(at..).unwrap_or("").split_whitespace();
    let state = match rest.next() {
        Some("no") => rest.next() == Some("permissions"),
        Some(word) => STATES.contains(word),
        None => false,
    };
    let (mut details, mut keyed) = (0, true);
    for detail in rest {
        details += 1;
        keyed &= detail.contains(':');
    }
    state
        && serial.bytes().any(|b| b.is_ascii_digit())
        && serial
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b':' | b'_'))
        && (tab && details == 0 || details > 0 && keyed)
}

/// Whether a line or a part of one says the list goes on without naming the rest: it
/// trails off (`...`, `…`), or its words, after one that joins it on (`and`, `plus`,
/// `y`), are a list's words for more (`etc.`, `usw.`, `and many more`, `the rest`,
/// `others`) or a vague number of a kind of app (`some games`, `a bunch of games I don't
/// remember`, `quelques jeux`, `otras apps`, a word or two on the kind after the number:
/// `a few banking apps`), in lower case after the first (`More Apps` and `Other Games`
/// are apps' names) unless a joining word began it (`And Many More`). `first` is its first word's
/// [`first_word_hash`] (`None`: it has no word); `part`, whether it is a part of a line
/// of several names.
fn goes_on(text: &str, first: Option<u64>, part: bool) -> bool {
    let Some(first) = first else {
        // (Dots alone, also in brackets of any kind, in a comment or spaced: `...`, `…`,
        // `[...]`, `<...>`, `/* ... */`, `# ...`, `. . .`; a vertical ellipsis, `⋮`.)
        let (mut dots, mut ellipsis) = (0, false);
        let only = text.chars().all(|c| {
            dots += usize::from(c == '.');
            ellipsis |= matches!(c, '…' | '⋯' | '⋮' | '︙');
            matches!(
                c,
                '.' | '…' | '⋯' | '⋮' | '︙' | ' ' | '(' | ')' | '[' | ']' | '<' | '>' | '{' | '}' | '/' | '*' | '#'
            )
        });
        return only && (dots >= 3 || ellipsis);
    };
    // (Most lines: their first word is none of these, let go by the filter.)
    // (A part of a line of names, its joining word split off, may begin with a word that
    // is never first on a line: `tante altre`, `el resto`.)
    text.len() <= 80 && (part || may_be(&ASIDE_FILTER, first)) && vague(text, part)
}

/// [`goes_on`]'s test of a text's words (`part`: a part of a line of several names).
fn vague(text: &str, part: bool) -> bool {
    // (A maker joined to the kind, `Samsung-rommel`, `Google-Sachen`: two words.)
    let words = text
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']' | ',' | '-'))
        .map(|w| w.trim_end_matches(['.', '…', '!']))
        .filter(|w| !w.is_empty());
    let single = words.clone().nth(1).is_none();
    let alone = !part && single;
    let (mut more, mut some, mut kind, mut at, mut lead) = (false, false, false, 0, None);
    // (After a word for more, a few words on it: `and others I don't remember`.)
    let mut on_more = false;
    // (After a joining word, which no name begins with, capitals are a heading's, `And
    // Many More`; after a vague number, a word or two on the kind, `a few banking apps`.)
    let (mut joined, mut on_kind) = (false, 0);
    for w in words {
        at += 1;
        if at == 1 && JOINERS.contains(w) {
            joined = true;
            continue;
        }
        let capital = w.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
        // (After the first word a capital begins a name, but a German noun's after words
        // in lower case, `ein paar Spiele`; after the kind, a few words on it, `I don't
        // remember`.)
        let lead_capital = *lead.get_or_insert(capital);
        let noun = !lead_capital && (KINDS.contains(w) || MORE.contains(w));
        let joins = at == 2 && JOINERS.contains(w);
        // (But a maker's name may say which kind after a vague number in lower case: `the
        // preinstalled Samsung apps`, `some Google apps`.)
        let maker = some && !lead_capital && on_kind < 2;
        if at > 1 && capital && w != "I" && !noun && !joins && !joined && !maker {
            return false;
        }
        // (After others, words in lower case on them: a capital begins a name, `and
        // others (TikTok)`.)
        // (Or the kind they are, a German noun: `und 45 weitere Apps`.)
        if kind || on_more && (!capital || w == "I" || KINDS.contains(w)) {
            continue;
        }
        if on_more {
            return false;
        }
        // (A number in words before a word for more, `and two more`: as a number of more.)
        if !capital && NUMBER_WORDS.contains(w) {
            continue;
        }
        // (A number is a vague one before a kind, `about 40 apps`.)
        if w.trim_end_matches('+').bytes().all(|b| b.is_ascii_digit()) {
            some |= !w.is_empty();
            continue;
        }
        if KINDS.contains(w) {
            // (Right after a joining word, a kind is the rest: `and stuff`; alone as a
            // part of a line of names, only stuff is, `Slack and stuff`: Apple's `Games`
            // is an app.)
            more |=
                joined && at == 2 || part && at == 1 && !capital && matches!(w, "stuff" | "zeug" | "trucs" | "cosas");
            kind = true;
        } else if MORE.contains(w) {
            // (A word alone on its line: `etc.`, `Etc.`; but `more` there is a screen's
            // link to more of a text, the App Store's under release notes, in its
            // languages too, and `More`, `Others`, `Mehr` in capitals are names; so are
            // `Whatnot` and `Co`.)
            let link = matches!(w, "more" | "mehr" | "meer" | "más");
            // (A word alone in capitals as a part of a line of names is a name too: `Uber,
            // Lyft, Via`, `Hepsiburada ve Daha`.)
            let named = single && capital && !matches!(w, "Etc" | "Usw" | "Others" | "Andere" | "Autres" | "Otros");
            more |=
                (!alone || !capital && !link || matches!(w, "Etc" | "Usw" | "ETC" | "USW" | "Etcetera" | "ETCETERA"))
                    && !matches!(w, "Whatnot" | "Co")
                    && !(part && named)
                    // (Nor a word alone, or alone in its part, that says more only in
                    // its phrase, `tak` of `i tak dalej`, `so` of `and so on`, `via` of
                    // `e via dicendo`: `tak` is a yes.)
                    && !(single && words!("so|forth|like|via|tak|zo|ga|maar|door|assim|diante|così|daha|még|dalej|verder|till|til|mere|lagi").contains(w));
            // (Also first in a part, its joining word split off: `Slack and others I don't
            // remember`.)
            on_more = more && (joined || part && at == 1) && OTHER_ONES.contains(w);
        } else if QUANTITIES.contains(w) || SOME_AFTER.contains(w) && (at > 1 || part) {
            some = true;
        } else if VAGUE.contains(w) || at > 1 && BETWEEN.contains(w) {
        } else if some && (!capital || joined || maker) && on_kind < 2 {
            on_kind += 1;
        } else {
            return false;
        }
    }
    more && on_kind == 0 || some && kind
}

/// Whether a kind of app in lower case says which kind by a word for one (`social media
/// apps`, `banking apps`, `google apps`), where a name would have its own (`epic games`).
#[inline(never)]
fn of_a_kind(text: &str) -> bool {
    const QUALIFIERS: Words = words!(
        "social|media|banking|bank|finance|work|office|business|personal|private|google|microsoft|apple|samsung|streaming|shopping|dating|messaging|chat|news|photo|video|music|gaming|game|travel|fitness|health|kids|school|other|various|random|standard|stock|default|preinstalled|system|utility|productivity|some|few|several|many|more|usual|bunch|couple|lots|misc",
    );
    text.split(' ').rev().nth(1).is_some_and(|w| QUALIFIERS.contains(w))
}

/// A kind of app in place of their names, as the whole text: `standard apps`, `Stock apps
/// only`, `Microsoft apps`, `social media apps`, `50+ apps`, `games`, `one app`. Five words at most, the last a kind
/// in lower case (before `only`), no other after the first in capitals (`Word Games`,
/// `More Apps` are names).
#[inline(never)]
fn describes_apps(text: &str) -> bool {
    const ONLY: Words = words!("only|nur|seulement|solo|solamente");
    // (Most lines: their last byte ends no kind, nor `only`.)
    let text = text.trim_end_matches(['.', '!']);
    if text.len() > 60
        || !matches!(
            text.as_bytes().last(),
            Some(b's' | b'f' | b'e' | b'x' | b'y' | b'p' | b'n')
        )
    {
        return false;
    }
    let mut words = text.rsplit(' ').filter(|w| !w.is_empty());
    let last = match words.next() {
        Some(w) if ONLY.contains(w) => words.next(),
        w => w,
    };
    let lower = |w: &str| !w.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    let Some(last) = last.filter(|w| lower(w)) else {
        return false;
    };
    let before: Vec<&str> = words.collect();
    // (One kind told of as one, `one app`, `I have a single game`, words in lower case
    // before it: `TikTok app`, `Outlook one app` are names.)
    const ONE: Words = words!("one|1|single|another|eine|une|una");
    let one = || {
        before.first().is_some_and(|w| ONE.contains(w))
            && words!("app|game|application").contains(last)
            && before.iter().all(|w| *w == "I" || lower(w))
    };
    if !KINDS.contains(last) && !one() {
        return false;
    }
    before.len() <= 4
        && !last.is_empty()
        && before.iter().rev().skip(1).all(|w| lower(w))
        && before.iter().all(|w| !w.contains([',', ';', ':']))
}

/// Line `n`'s names when it gives them as examples (`e.g. Outlook, Teams`), with a note
/// that the list is not whole; else the line (`first`: its first word's hash). The typed
/// reader's and the reader of names in a row's one test.
fn after_examples<'a>(n: usize, text: &'a str, first: Option<u64>, list: &mut AppList) -> &'a str {
    // (Not when the line says the list is whole: `Hauptsächlich Arbeits-Apps, aber das ist
    // die vollständige Liste.`)
    match first
        .is_some_and(|h| may_be(&ASIDE_FILTER, h))
        .then(|| examples(text).filter(|names| !says_all(names)))
    {
        Some(Some(names)) => {
            note_elsewhere(list, n, text);
            names
        }
        _ => text,
    }
}

/// The names after words that say they are examples, not the list (`e.g. Outlook, Teams`,
/// `including …`, `z.B. …`, `notamment …`, `por ejemplo …`), or nothing after them
/// (`Some of them:`): `None` when the text does not begin so, or what follows is one
/// name (`Mainly Music` is an app's name).
fn examples(text: &str) -> Option<&str> {
    const LEADS: Words = words!(
        "e.g.|e. g.|eg|for example|for instance|including|incl.|such as|mainly|mostly|some of them|a few of them|among them|z.b.|z. b.|zb|zum beispiel|beispielsweise|bspw.|unter anderem|insbesondere|u.a.|u. a.|notamment|par exemple|p. ex.|entre autres|por ejemplo|p. ej.|entre otras|o.a.|o. a.|onder andere|bijvoorbeeld|bijv.|bv.|np.|na przykład|między innymi|m.in.|tra le altre|tra gli altri|ad esempio|per esempio|ad es.|por exemplo|entre outras|entre outros|比如|例如|譬如|例えば|たとえば|apart from the usual stuff|besides the usual stuff|apart from the usual|besides the usual\
         |hauptsächlich|vor allem|surtout|principalement|sobre todo|principalmente|soprattutto|vooral|głównie",
    );
    // (A lead's first letter first: most lines begin with none of theirs.)
    let first = text.as_bytes().first()?.to_ascii_lowercase();
    LEADS.iter().find_map(|lead| {
        if lead.as_bytes().first() != Some(&first) {
            return None;
        }
        let rest = text.get(lead.len()..)?;
        let bounded = rest.is_empty() || rest.starts_with([' ', ':', ',']);
        let names = rest.trim_start_matches([' ', ':', ',']).trim_end_matches(':').trim();
        let listed = names.is_empty() || names.contains([',', ';', '、', '，']) || names.contains(" and ");
        // (Not a sentence of use before the list: `Sobre todo uso Outlook y Teams. Tengo
        // instaladas: …`.)
        let listed = listed && !names.contains(". ");
        (bounded && listed && text.get(..lead.len())?.eq_ignore_ascii_case(lead)).then_some(names)
    })
}

/// Whether a sentence doubts that the list is whole: a word that says some were missed or
/// forgotten, the list is incomplete, or its writer is not sure, said of some apps or of
/// all of them (`I might have missed some.`, `This list may be incomplete.`, `Not sure
/// if that's all.`, `Ich habe bestimmt welche vergessen.`, `Je ne suis pas sûr que ce
/// soit tout.`); not of something else (`I forgot my password`, `Not sure if this is
/// what you need`, `Let me know if anything is missing`), nor when a word says none was
/// (`Nothing is missing.`, `I didn't miss any.`), nor in a question.
pub(super) fn doubts_whole(text: &str) -> bool {
    const DOUBT: Words = words!(
        "missed|forgot|forgotten|incomplete|not sure|unsure|vergessen|unvollständig|nicht sicher|weiß nicht|weiss nicht|oublié|oubliées|pas sûr|ne sais pas|olvidé|incompleta|no estoy seguro|no sé si|non sono sicur|non so se|não sei se|não tenho a certeza|não tenho certeza|nie wiem czy|nie wiem, czy|nie jestem pew|weet niet of|niet zeker",
    );
    const OF: Words = words!(
        "some|a few|a couple|others|that's all|this is all|it's all|these are all|those are all|all of them|is everything|list is|list may|list might|welche|einige|ein paar|alle|alles|quelques|certaines|tout|algunas|algunos|todas|todos|tutte|tutti|tutto|wszystkie|allemaal|alles",
    );
    const NONE: Words = words!("nothing|none|nichts|rien|nada|nothing's");
    let bytes = text.as_bytes();
    let has = |phrase: &str| {
        bytes
            .windows(phrase.len())
            .any(|w| w.eq_ignore_ascii_case(phrase.as_bytes()))
    };
    // (Nor a condition or a request: `If your list is incomplete, we will follow up.`)
    let asks = text
        .split_whitespace()
        .next()
        .is_some_and(|w| words!("if|wenn|falls|si|please|bitte").contains(w.trim_end_matches(',')));
    !text.ends_with('?')
        && !asks
        && DOUBT.iter().any(has)
        && OF.iter().any(|of| {
            // (A word of them whole, not inside another: `some` in `awesome`.)
            bytes.windows(of.len()).enumerate().any(|(at, w)| {
                let bounded =
                    |i: Option<usize>| i.and_then(|i| bytes.get(i)).is_none_or(|b| !b.is_ascii_alphanumeric());
                w.eq_ignore_ascii_case(of.as_bytes()) && bounded(at.checked_sub(1)) && bounded(Some(at + of.len()))
            })
        })
        && !text
            .split_whitespace()
            .any(|w| NONE.contains(w.trim_end_matches(['.', ',', '!'])) || w.ends_with("n't"))
}

/// Whether a sentence says its writer is not sure these are all (`I'm not sure these are
/// all.`, `Ich bin nicht sicher, ob das alle sind.`, `Nie jestem pewien, czy to
/// wszystkie.`): a phrase of not being sure and a word for all, in the eight languages;
/// not a question. (Narrower than [`doubts_whole`], for a sentence no other rule read:
/// `I may have missed some emails` says nothing of the list.)
fn not_sure_of_all(text: &str) -> bool {
    const UNSURE: Words = words!(
        "not sure|unsure|nicht sicher|weiß nicht|weiss nicht|pas sûr|pas sûre|ne sais pas|no estoy segur|no sé si|non sono sicur|non so se|não sei se|não tenho a certeza|não tenho certeza|nie wiem czy|nie wiem, czy|nie jestem pew|weet niet of|niet zeker",
    );
    const ALL: Words = words!(
        "all|everything|alle|alles|tout|toutes|tous|todas|todos|todo|tutte|tutti|tutto|wszystkie|wszystko|allemaal",
    );
    let bytes = text.as_bytes();
    // (A sentence of a few words, not a question.)
    if text.len() > 120 || text.ends_with('?') {
        return false;
    }
    let has = |phrase: &str| {
        bytes
            .windows(phrase.len())
            .any(|w| w.eq_ignore_ascii_case(phrase.as_bytes()))
    };
    UNSURE.iter().any(has)
        && text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| !w.is_empty() && ALL.contains(w))
        // (Not one that says the list is whole after all, in its last clause: `…, so I
        // listed everything`; `Not sure that's everything` is unsure of it.)
        && !text
            .rsplit_once(',')
            .is_some_and(|(_, last)| !UNSURE.iter().any(|u| has_in(last, u)) && says_all(last.trim()))
}

/// Whether `phrase` is in `text`, in any case of ASCII.
fn has_in(text: &str, phrase: &str) -> bool {
    text.as_bytes()
        .windows(phrase.len())
        .any(|w| w.eq_ignore_ascii_case(phrase.as_bytes()))
}

/// Whether a line in lower case begins with a writer's doubt (`not sure that's everything
/// tbh`), as [`not_sure_of_all`]'s phrases.
fn begins_unsure(text: &str) -> bool {
    [
        "not sure",
        "unsure",
        "nicht sicher",
        "pas sûr",
        "no estoy segur",
        "non sono sicur",
        "não sei se",
        "não tenho",
        "nie jestem pew",
        "niet zeker",
        "weet niet of",
        "nie wiem",
    ]
    .iter()
    .any(|p| text.starts_with(p))
}

/// The names after words that say the list goes on, given as some of the rest (`and
/// others (TikTok, Zoom)`, `plus a few games like Candy Crush`, `and more, e.g. Zoom`):
/// `None` when the words before them do not say so. (After a colon the names are the
/// rest, `the rest: Slack, Zoom`.)
fn some_of_the_rest(text: &str, first: Option<u64>) -> Option<&str> {
    // (Most lines: their first word is none of a list's words for more, let go by the filter.)
    if !first.is_some_and(|h| may_be(&ASIDE_FILTER, h)) {
        return None;
    }
    let (at, len) = [
        " (",
        " like ",
        " e.g. ",
        ", e.g. ",
        " incl. ",
        " including ",
        " such as ",
    ]
    .iter()
    .filter_map(|s| text.find(s).map(|at| (at, s.len())))
    .min()?;
    let (head, names) = (text.get(..at)?, text.get(at + len..)?.trim_end_matches(')').trim());
    // (Names, not a word on the heading: `The rest (private)`.)
    let named = names.as_bytes().first().is_some_and(|b| !b.is_ascii_lowercase());
    (named && goes_on(head, first, false)).then_some(names)
}

/// Whether a part of a line of several names stands for more of the list than is here
/// ([`elsewhere`], [`goes_on`]): the typed reader's and the reader of names in a row's one test.
fn unlisted_part(part: &str) -> bool {
    let first = first_word_hash(part);
    elsewhere(part, first)
        || goes_on(part, first, true)
        || hedge(part, first)
        || remark_of_more(part)
        || counted_roughly(part)
        // (A remark that the rest comes later among the names, `…, Outlook y así
        // sucesivamente` split at its joiner; not one of some, which the line's other
        // parts may cancel: `Those are the main ones; the list is complete.`)
        || remark_of_later(part)
        || rest_later(part)
}

/// A remark that the rest of the list comes later: a word for the rest, or a verb for
/// finishing it, with a word for later or for after a break, in ten words at most (`the
/// rest tonight`, `Rest nach der Pause`, `reszta po przerwie`, `je complète après la
/// pause`, `Finisco dopo`, `Ik maak het later af`). Not of apps removed (`I'll delete the
/// rest tomorrow`), nor a name in a title's capitals (`Rest Timer`, `After Lunch`).
fn rest_later(text: &str) -> bool {
    // (Besides [`REST`]'s words: more, the rest's other forms, and the others.)
    const MORE_OF_IT: Words = words!(
        "remaining|more|suite|restantes|restanti|resztę|pozostałe|restliche|restlichen|overige|mehr|más|più|mais|meer|więcej|others|autres|anderen|andere|otras|otros|altre|altri|outras|outros|inne",
    );
    const FINISH: Words = words!(
        "finish|finishing|complete|completing|complète|compléterai|finis|finirai|termine|terminerai|termino|terminaré|acabo|finisco|finirò|completo|completerò|terminarei|dokończę|skończę|uzupełnię|ergänze|vervollständige|afmaken|aanvullen",
    );
    const AFTER: Words = words!("after|nach|après|apres|después|despues|dopo|depois|na|po");
    const BREAK: Words = words!(
        "lunch|break|meeting|dinner|work|class|pause|mittag|mittagessen|mittagspause|feierabend|besprechung|déjeuner|déj|dej|réunion|boulot|comer|almuerzo|comida|reunión|trabajo|pranzo|pausa|riunione|lavoro|almoço|reunião|trabalho|pauze|vergadering|werk|przerwie|obiedzie|lunchu|spotkaniu|pracy|zebraniu",
    );
    // (Most lines: their second word not in lower case, `Ordinary Tool 1234`, let go by a
    // look at its first byte; or too long to be such a remark.)
    let bytes = text.as_bytes();
    let second = bytes.iter().position(|&b| b == b' ').and_then(|at| bytes.get(at + 1));
    if text.len() > 80 || !second.is_some_and(|b| b.is_ascii_lowercase() || !b.is_ascii()) {
        return false;
    }
    // (A line of names with the remark after them, `Signal, N26. schicke den Rest später`,
    // is read by its parts: its names are apps.)
    if text.contains([',', ';']) || text.contains(". ") {
        return false;
    }
    let lower = crate::case::lower(text).replace('’', "'");
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < 2 || words.len() > 10 || words.iter().any(|w| GONE_WORDS.contains(w)) {
        return false;
    }
    let rest = words
        .iter()
        .any(|w| REST.contains(w) || MORE_OF_IT.contains(w) || FINISH.contains(w))
        || words.contains(&"maak") && words.last() == Some(&"af");
    let later = words.iter().any(|w| LATER_WORDS.contains(w))
        || words
            .iter()
            .enumerate()
            .any(|(at, w)| AFTER.contains(w) && words.iter().skip(at + 1).take(3).any(|b| BREAK.contains(b)));
    rest && later
}

/// A remark in a sentence's case, of [`LATER_REMARKS`]' phrases, that the rest was cut
/// off or comes later (not of apps gone), whatever else the line says.
fn remark_of_later(text: &str) -> bool {
    if text.len() > 100 || !in_sentence_case(text) {
        return false;
    }
    let lower = crate::case::lower(text).replace('’', "'");
    let phrases = Phrases::of(&lower);
    LATER_REMARKS.iter().any(|phrase| phrases.has(phrase))
        && !lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| GONE_WORDS.contains(w))
}

/// A rough count of the apps after a sentence's lead-in (`about fifty apps`, `over 60
/// apps`, `ungefähr 40 Apps`, `environ 40 applis`): the list is not all of them, however
/// many rows follow. (A count in words alone, `I have two apps.`, is weighed against them.)
fn counted_roughly(part: &str) -> bool {
    const ROUGHLY: Words = words!(
    "about|around|roughly|approximately|approx|ca|circa|nearly|almost|etwa|ungefähr|rund|zirka|knapp|environ|env|presque|aproximadamente|aprox|alrededor|casi|ongeveer|bijna|około|prawie|quase|quasi",
);
    let mut words = part.trim_end_matches(['.', '!']).split_whitespace().peekable();
    let mut rough = false;
    while words.peek().is_some_and(|w| ROUGHLY.contains(w)) {
        words.next();
        rough = true;
    }
    let amount = words
        .next()
        .and_then(|w| whole_number(w).or_else(|| number_word(w)))
        .is_some_and(|n| n >= 2);
    let kind = words.next().is_some_and(|w| COUNTED.contains(w));
    rough && amount && kind && words.next().is_none()
}

/// Whether a part of a line of names is a remark that more apps are not named: the
/// writer did not remember or see them all (`off the top of my head`, `can't see the
/// others without scrolling`, `je ne me souviens plus du reste`, `Weiß nicht mehr was noch
/// drauf ist`), or they are the rest (`还有几个游戏`, "and a few games", `其余都是工作应用`).
#[inline(never)]
fn remark_of_more(part: &str) -> bool {
    const REMARKS: [&str; 16] = [
        "off the top of my head",
        "from memory",
        "can't see the others",
        "cannot see the others",
        "can't remember the rest",
        "whatever came",
        "whatever else",
        "ne me souviens plus",
        "je ne sais plus",
        "weiß nicht mehr",
        "no me acuerdo",
        "no recuerdo",
        "non ricordo",
        "não me lembro",
        "nie pamiętam",
        "weet niet meer",
    ];
    const CJK: [&str; 10] = [
        "还有几",
        "还有一些",
        "还有很多",
        "其余",
        "其他的",
        "其它的",
        "剩下的",
        "ほかにも",
        "他にも",
        "그 외",
    ];
    // (Not when it says there are none: `not from memory`, `没有其他的了`, `其余没有了`,
    // `他にもアプリはありません`.)
    const NONE: [&str; 7] = ["没有", "没", "无", "ありません", "ない", "없", "不"];
    let said = |lower: &str| {
        REMARKS.iter().any(|r| {
            lower.match_indices(r).any(|(at, _)| {
                let before = lower.get(..at).unwrap_or("");
                !(before.ends_with("not ")
                    || before.ends_with("n't ")
                    || before.ends_with("nicht ")
                    || before.ends_with("no "))
            })
        })
    };
    // (A remark is words, two in lower case at least: most parts are names, in capitals,
    // let go by one pass over their bytes.)
    if part.is_ascii() {
        let bytes = part.as_bytes();
        let lower_words = bytes
            .iter()
            .enumerate()
            .filter(|&(at, b)| b.is_ascii_lowercase() && (at == 0 || bytes.get(at - 1) == Some(&b' ')))
            .count();
        lower_words >= 2 && said(&crate::case::lower(part))
    } else {
        (part.contains(' ') && said(&crate::case::lower(part).replace('’', "'"))
            || CJK.iter().any(|r| part.contains(r)))
            && !NONE.iter().any(|n| part.contains(n))
    }
}

/// A name with a remark after a full stop (`Outlook. That's all I remember`) or a dash
/// (`Outlook – den Rest schick ich nachher`): the name, and whether the remark says the
/// list is not all here ([`unlisted_part`], [`remark_of_part`], [`remark_of_some`]). (A
/// remark after a joiner, `Outlook y así sucesivamente`, is a part of its own, split there
/// by [`names_of`]: [`remark_of_later`].)
fn remark_after(part: &str) -> (&str, bool) {
    // (Or after a dash, `Outlook – den Rest schick ich nachher`: a remark of the rest, in a
    // sentence's case.)
    if part.contains(' ') {
        if let Some((name, rest)) = [" – ", " — ", " - "].iter().find_map(|d| part.split_once(d)) {
            let rest = trim(rest);
            if !trim(name).is_empty() && (remark_of_part_or_kind(rest, false) || remark_of_some(rest)) {
                return (trim(name), true);
            }
        }
    }
    // (Most parts have no full stop before a capital.)
    let Some(at) = part.find(". ").filter(|&at| {
        part.get(at + 2..)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()) && rest.contains(' '))
    }) else {
        return (part, false);
    };
    let (name, rest) = (part.get(..at).unwrap_or(part), part.get(at + 2..).unwrap_or(""));
    if unlisted_part(trim(rest.trim_end_matches(['.', '!']))) {
        (trim(name), true)
    } else {
        (part, false)
    }
}

/// Notes that line `n` (`text` its excerpt) is a tool's message, not a list.
fn note_tool_message(list: &mut AppList, n: usize, text: &str) {
    let skipped = Skipped::ToolMessage {
        excerpt: super::account::excerpt(text),
    };
    list.notes.push(Note { line: n, skipped });
}

/// Notes that line `n` (`text` its excerpt) stands for more of the list than is here.
fn note_elsewhere(list: &mut AppList, n: usize, text: &str) {
    let skipped = Skipped::Elsewhere {
        excerpt: super::account::excerpt(text),
    };
    list.notes.push(Note { line: n, skipped });
}

/// A name with `etc.` after it, without a separator (`Zoom etc.`, `Zoom usw.`): the name,
/// and whether the list went on after it.
fn and_so_on(part: &str) -> (&str, bool) {
    // (Chinese and Japanese write theirs onto the last name: `Outlook等`, `Outlookなど`,
    // `Outlook 他30件`, thirty others.)
    // (Two characters before it at least: `平等` is a word.)
    if let Some(name) = ["等等", "等", "など", "ほか"].iter().find_map(|m| part.strip_suffix(m)) {
        if name.trim().chars().nth(1).is_some() {
            return (name.trim_end(), true);
        }
    }
    // (Polish `i in.`, "and others"; a count of more after a plus, `Teams +12`.)
    if let Some(name) = part.strip_suffix(" i in.").or_else(|| part.strip_suffix(" i inne")) {
        return (name.trim_end(), true);
    }
    if let Some((name, last)) = part.rsplit_once(" +") {
        if !name.trim().is_empty() && whole_number(last).is_some() {
            return (name.trim_end(), true);
        }
    }
    if let Some((name, last)) = part.rsplit_once(' ') {
        let others = last
            .strip_prefix('他')
            .and_then(|n| n.strip_suffix(['件', '個', '本']))
            .is_some_and(|n| whole_number(n).is_some());
        if others {
            return (name.trim_end(), true);
        }
    }
    let Some((name, last)) = part.rsplit_once(' ') else {
        return (part, false);
    };
    let last = last.trim_end_matches(['.', '…']);
    // (A phrase for going on after the name, its words no list's words for more alone:
    // `Signal and so on`, `Jira Cloud et ainsi de suite`, `Glovo y así sucesivamente`.)
    if words!("on|forth|suite|sucesivamente|así|via|weiter|verder|door|dalej|diante|vai").contains(last) {
        let part = part.trim_end_matches(['.', '…']);
        let ends = |phrase: &str| {
            part.len() > phrase.len() + 1
                && part
                    .get(part.len() - phrase.len()..)
                    .is_some_and(|tail| tail.eq_ignore_ascii_case(phrase))
                && part.as_bytes().get(part.len() - phrase.len() - 1) == Some(&b' ')
        };
        if let Some(phrase) = GOING_ON.iter().find(|p| ends(p)) {
            let name = part.get(..part.len() - phrase.len()).unwrap_or("");
            let name = name.trim_end_matches([',', ' ', '—', '–', '-', ';']);
            if !name.trim().is_empty() {
                return (name, true);
            }
        }
    }
    // (Or a number after a word for more or a rough one, `…e mais 20`, `en nog zo'n 30`;
    // or words in lower case after others, `più altre che non ricordo`.)
    let lower = |w: &str| w.starts_with(|c: char| c.is_lowercase());
    let counted_more = || {
        whole_number(last).is_some()
            && name
                .rsplit(' ')
                .next()
                .is_some_and(|w| lower(w) && (MORE.contains(w) || VAGUE.contains(w) || QUANTITIES.contains(w)))
    };
    let after_others = || {
        lower(last)
            && part
                .rsplit(' ')
                .skip(1)
                .take(4)
                .any(|w| lower(w) && OTHER_ONES.contains(w))
    };
    // (Most parts: their last word is no list's word for more, nor a kind of app; a
    // number only after such a word.)
    let more_last = if whole_number(last).is_some() {
        counted_more()
    } else {
        MORE.contains(last) || KINDS.contains(last) || after_others()
    };
    if name.trim().is_empty() || !more_last {
        return (part, false);
    }
    if matches!(
        last,
        "etc"
            | "usw"
            | "u.s.w"
            | "enzovoort"
            | "u.a"
            | "etcetera"
            | "etcétera"
            | "eccetera"
            | "Etc"
            | "ecc"
            | "enz"
            | "itd"
            | "itp"
            | "osv"
            | "m.fl"
            | "jne"
            | "atd"
            | "stb"
            | "vb"
            | "dll"
            | "u.v.m"
            | "uvm"
            | "o.ä"
            | "e.d"
            | "e.a"
    ) {
        return (name.trim_end_matches([',', ' ']), true);
    }
    // (Or two or three words for more after a joining or a small word: `Slack among
    // others`, `Slack and stuff`, `Slack & co`, `Slack and the like`.)
    // (Up to five: `Slack and the preinstalled Samsung apps`, `Slack — the rest are games`.)
    // (The longest such remark: `e una trentina di altre`, not its `di altre`.)
    let (mut at, mut found) = (name.len(), None);
    for _ in 0..4 {
        let Some(space) = part.get(..at).and_then(|head| head.rfind(' ')) else {
            break;
        };
        at = space;
        let (head, tail) = (part.get(..at).unwrap_or(""), part.get(at + 1..).unwrap_or(""));
        // (An ellipsis run onto its first word, `Slack …und 20 weitere`.)
        let tail = tail.trim_start_matches(['…', '.']);
        let opens = tail
            .split(' ')
            .next()
            .is_some_and(|w| JOINERS.contains(w) || VAGUE.contains(w));
        if !head.trim().is_empty() && opens && vague(tail, true) {
            found = Some(head.trim_end_matches([',', ' ', '—', '–', '-', ';', '…']));
        }
    }
    found.map_or((part, false), |head| (head, true))
}

/// Which half of a list a line heads, its last two words (`erste Hälfte:`, `… Priya
/// Shah: second half`, `deuxième moitié :`): 1 for the first, 2 for the second or the
/// last. (A part, `Part 2:`, may be one of more than two.)
pub(super) fn half_place(text: &str) -> Option<u8> {
    const HALVES: Words = words!("half|hälfte|moitié|mitad|metà|metade|helft|połowa");
    const FIRST: Words = words!("first|1st|erste|ersten|première|premiere|primera|prima|eerste|pierwsza|primeira");
    const SECOND: Words = words!(
        "second|2nd|zweite|zweiten|deuxième|deuxieme|seconde|segunda|seconda|tweede|druga|last|letzte|dernière|última|ultima|laatste|ostatnia",
    );
    let words: Vec<&str> = prose_words(text).collect();
    let [.., place, half] = words[..] else {
        return None;
    };
    if !HALVES.contains(half) {
        return None;
    }
    if FIRST.contains(place) {
        Some(1)
    } else {
        SECOND.contains(place).then_some(2)
    }
}

/// Whether a line after a plus says the rest are the usual ones, or some, without naming
/// them (`+ le solite app Google`, `+ lo típico de Google`, `+ die üblichen Google-Sachen`,
/// `+ a few games`): apps not named.
fn plus_the_usual(text: &str) -> bool {
    const USUAL: Words = words!(
        "usual|typical|normal|standard|üblichen|übliche|üblich|gewohnten|solite|soliti|solita|solito|típico|típica|típicos|típicas|habitual|habituales|habituels|habituelles|habituel|sempre|siempre|gebruikelijke|zwykłe|standardowe|diverse|diversi|divers|diverses|diversos|diversas|verschiedene|różne|vari|varie",
    );
    prose_words(text.trim_start().trim_start_matches('+'))
        .take(8)
        .any(|w| USUAL.contains(w) || QUANTITIES.contains(w))
}

/// Whether a short line says it heads the last of several screens or parts, and is not
/// denied (`And this is the second and last screenshot:`, `Screen 2 (last one)`, `Und
/// das ist der zweite und letzte:`).
pub(super) fn says_last_screen(text: &str) -> bool {
    if text.len() > 100 {
        return false;
    }
    let words: Vec<&str> = prose_words(text).take(13).collect();
    words.len() <= 12
        && words.iter().enumerate().any(|(at, w)| {
            LAST.contains(w)
                && !at
                    .checked_sub(1)
                    .and_then(|b| words.get(b))
                    .is_some_and(|w| NOT.contains(w))
        })
        && words.iter().any(|w| {
            SCREENS.contains(w)
                || AMONG_SEVERAL.contains(w)
                || words!("one|part|teil|partie|parte|deel|część").contains(w)
        })
}

/// Whether a short line names a screen, a page or a screenshot, or a part by its place
/// (`First screenshot:`, `Screen 1`, `Zrzut 1 z 2`): a heading of the list's parts.
pub(super) fn names_a_screen(text: &str) -> bool {
    let words: Vec<&str> = prose_words(text).take(9).collect();
    words.len() <= 8
        && words
            .iter()
            .any(|w| SCREENS.contains(w) || AMONG_SEVERAL.contains(w) && text.trim_end().ends_with(':'))
}

/// The words for the last of several ([`says_last_screen`], [`screen_among_several`]).
const LAST: Words = words!(
    "last|final|letzte|letzter|letzten|dernière|dernier|última|último|ultima|ultimo|laatste|ostatni|ostatnia|ostatnie",
);

/// The words for a screen, a page or a screenshot ([`screen_among_several`]).
const SCREENS: Words = words!(
    "screen|screens|screenshot|screenshots|page|pages|homescreen|capture|captures|écran|écrans|bildschirm|startbildschirm|seite|seiten\
     |pantalla|pantallas|captura|capturas|página|páginas|schermata|schermate|pagina|pagine|scherm|beginscherm|schermafbeelding|tela|telas\
     |zrzut|zrzuty|ekran|ekranu|strona|strony|stronę|printscreen\
     |part|teil|partie|parte|deel|część|half|hälfte|moitié|mitad|metà|metade|helft|połowa|połowę",
);
/// The words that place one screen among several, or point to another ([`screen_among_several`]).
const AMONG_SEVERAL: Words = words!(
    "first|second|third|2nd|3rd|next|another|other|erste|ersten|erster|zweite|zweiten|zweiter|dritte|nächste|nächsten|andere|anderen\
     |première|premier|deuxième|seconde|troisième|prochaine|prochain|autre|autres|primera|primer|segunda|tercera|siguiente|otra|otras\
     |prima|primo|seconda|secondo|terza|prossima|prossimo|altra|altre|eerste|tweede|derde|volgende|andere|pierwszy|pierwsza|drugi|druga\
     |trzeci|następny|następna|inne|innych|primeira|segundo|próxima|outra|outras",
);
static SCREENS_FILTER: WordFilter = words_last_filter(SCREENS.text());

/// Whether a line speaks of a screen, a page or a screenshot by its place among several,
/// or of another (`I'll send the second screenshot`, `hab nur die erste Seite kopiert`,
/// `that's what fits on the first screen`, `screenshots of the other two pages`, `First
/// screenshot:`): the list is on more of them than were pasted. Not when denied (`there
/// is no second page`), nor in a name's title case (`Second Screen`, `Next Page Reader`)
/// but as a heading (`Erster Screenshot:`).
fn screen_among_several(text: &str) -> bool {
    let words: Vec<&str> = prose_words(text).take(21).collect();
    if words.len() > 20 {
        return false;
    }
    // (Not one that says the list is all, `Alles ist auf dem ersten Bildschirm, das sind
    // alle:`, or that the other is empty, `La segunda página está vacía`.)
    const EMPTY: Words = words!("empty|leer|leere|vide|vacía|vacia|vuota|vuoto|leeg|pusta|pusty|vazia|vazio");
    if words.iter().any(|w| EMPTY.contains(w)) || says_all(text) {
        return false;
    }
    let heading = text.trim_end().ends_with(':');
    // (A sentence of three words or more; a place of two, `Second page`, `zweite Seite:`,
    // heads its part.)
    let sentence = words.len() >= 3
        && words.iter().skip(1).any(|w| w.starts_with(char::is_lowercase))
        && !(heading && words.len() <= 3);
    if !heading && !sentence {
        return false;
    }
    const DENIED: Words = words!(
        "no|not|don't|dont|didn't|haven't|isn't|nicht|kein|keine|keinen|pas|aucun|aucune|ningún|ninguna|nessun|nessuna|geen|niet|nie|não|nenhuma",
    );
    // (A heading's place, `Second page:`, may be the last of them, the first above it:
    // only the first says others follow.)
    const FIRST: Words = words!(
        "first|erste|ersten|erster|première|premier|primera|primer|prima|primo|eerste|pierwszy|pierwsza|primeira",
    );
    let places = if sentence { AMONG_SEVERAL } else { FIRST };
    // (In a sentence, the last one too: `this is the second and last screenshot` says
    // others came before it.)
    // (Or by its number after it, two or more, in a sentence: `la capture 2 ne s'est pas
    // collée`, `screenshot 2 didn't paste`. Not a page's heading before its apps, `Page 2:
    // X, Bank of America`, a count in brackets, `Home screen (6)`, nor one said to hold
    // nothing, `Nothing more on page 2`.)
    const NOTHING: Words = words!("nothing|nichts|rien|nada|niente|niets|nic");
    let numbered = |at: usize| {
        sentence
            && !text.contains([':', '('])
            && !words.get(..at).unwrap_or(&[]).iter().any(|w| NOTHING.contains(w))
            && words
                .get(at + 1)
                .and_then(|n| whole_number(n))
                .is_some_and(|n| (2..=20).contains(&n))
    };
    words.iter().enumerate().any(|(at, w)| {
        SCREENS.contains(w)
            && ((1..=3).any(|back| {
                at.checked_sub(back)
                    .and_then(|b| words.get(b))
                    .is_some_and(|w| places.contains(w) || sentence && LAST.contains(w))
            }) || numbered(at))
            && !words.get(..at).unwrap_or(&[]).iter().any(|w| DENIED.contains(w))
    })
}

/// The phrases for going on after a list's last name ([`and_so_on`]), in the interface's
/// languages and the ones phones speak.
const GOING_ON: [&str; 16] = [
    "and so on",
    "and so forth",
    "et ainsi de suite",
    "y así sucesivamente",
    "y así",
    "e così via",
    "und so weiter",
    "en zo verder",
    "en ga zo maar door",
    "enzovoort",
    "i tak dalej",
    "e assim por diante",
    "e por aí vai",
    "e assim vai",
    "and on and on",
    "so on",
];

/// The words [`goes_on`] reads: what joins a part on, a list's words for more, vague
/// numbers, kinds of apps, and the small words between them.
pub(super) const JOINERS: Words =
    words!("and|&|plus|più|also|und|sowie|et|y|e|+|with|en|i|og|och|ja|a|és|ve|dan|và|oraz|then|dann|danach|puis|ensuite|luego|poi|daarna|potem|depois");
const MORE: Words = words!(
    "etc|ect|etcetera|etcétera|cetera|eccetera|e.t.c|ecc|usw|u.s.w|enzovoort|u.a|u.v.m|uvm|o.ä|e.d|e.a|afins|assim|diante|ga|maar|door|more|others|rest|truncated|so|forth|like|mehr|weitere|anderem|autres|suite|más|otras|otros|demás|andere|anderen|whatnot|co|altre|altri|meer|inne|d'autres|enz|itd|resto|reste|innych|innymi|jeszcze|więcej|dalej|tak|outros|outras|mais|nog|zo|verder|così|via|osv|fl|m.fl|jne|muuta|muita|atd|dalších|další|stb|még|vb|daha|dll|lainnya|khác|itp|andre|andra",
);
/// The words for others among [`MORE`]'s, after which a few words in lower case say
/// more of them (`and others I don't remember`, `e outras que não me lembro`).
const OTHER_ONES: Words =
    words!("others|andere|anderen|autres|d'autres|otras|otros|altre|altri|inne|weitere|outras|outros");
const QUANTITIES: Words = words!(
    "some|few|couple|bunch|several|many|lots|lot|loads|various|random|other|misc|wat|einige|vieles|paar|mehrere|viele|quelques|plusieurs|algunas|algunos|varias|varios|unas|unos|kilka|parę|alguns|algumas|uns|umas|enkele|birkaç|beberapa|qualche|alcuni|alcune\
     |decina|dozzina|quindicina|ventina|trentina|quarantina|cinquantina|centinaio",
);
/// A number in words ([`NUMBER_WORDS`]' English ones, and their German, French and
/// Spanish), as [`stated_total`] reads `Four apps:`. (Kept this narrow for the words it
/// reads among others; [`number_in_words`] reads more, where every word is a count's.)
fn number_word(word: &str) -> Option<u64> {
    const VALUES: [(&str, u64); 23] = [
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
        ("ten", 10),
        ("eleven", 11),
        ("twelve", 12),
        ("fifteen", 15),
        ("twenty", 20),
        ("thirty", 30),
        ("forty", 40),
        ("fifty", 50),
        ("dozen", 12),
        ("zwei", 2),
        ("drei", 3),
        ("zehn", 10),
        ("deux", 2),
        ("trois", 3),
        ("dix", 10),
    ];
    VALUES
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, n)| n)
}

/// Numbers in words, before a word for more ([`vague`]: `and two more`, `ten more`; `I
/// have two apps` counts them).
const NUMBER_WORDS: Words = words!(
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozen|hundred\
     |zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dutzend|deux|trois|quatre|cinq|sept|huit|neuf|dix\
     |douze|vingt|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|veinte",
);
const KINDS: Words = words!(
    "games|apps|applications|ones|things|stuff|spiele|jeux|juegos|aplicaciones|applis|media|gier|gry|aplikacji|aplikacje|jogos|aplicativos|spellen|spelletjes|giochi|gioco|oyun|oyunlar\
     |bloat|bloatware|junk|crap|rommel|kram|zeug|trucs|cosas|roba|coisas|rzeczy|sachen|dingen|spullen",
);
const VAGUE: Words = words!(
    "a|of|the|are|is|all|on|list|much|about|around|over|among|maybe|probably|weiter|ein|des|unter|les|ainsi|entre|las|los|de|der|le|el|por|una|di|zo'n|ongeveer|circa|etwa|environ",
);
/// The small words of [`goes_on`]'s lines never first on one (so kept out of
/// [`ASIDE_FILTER`]): `der Rest sind Spiele`, `le reste, ce sont des jeux`.
const BETWEEN: Words = words!("ce|sind|sont|son|ist|est|es");
/// Words of [`goes_on`] never first on a line (so kept out of [`ASIDE_FILTER`]) that
/// make a vague number of a kind (`the usual`, `the default ones`, `diverse Spiele`,
/// `plein d'autres`, `noch ein paar`).
const SOME_AFTER: Words = words!(
    "usual|default|preinstalled|pre-installed|built-in|stock|standard|diverse|divers|diversos|diversas|plein|noch|nog|tante|molte|el|il\
     |gebruikelijke|üblichen|übliche|gewohnten|solite|soliti|típico|típicos|típicas|habituels|habituelles|habituales|zwykłe",
);

/// Whether a tool's warning says it printed only some of the results (`By default, only
/// the first 1000 items are returned`, `More results are available. Use -All`), in the
/// languages its tools print it in.
fn more_results(said: &str) -> bool {
    const SAYS: [&str; 20] = [
        "more results",
        "only the first",
        "more items",
        "resultsize",
        "weitere ergebnisse",
        "mehr ergebnisse",
        "nur die ersten",
        "plus de résultats",
        "seuls les premiers",
        "más resultados",
        "mais resultados",
        "altri risultati",
        "meer resultaten",
        "solo los primeros",
        "primeras",
        "premiers",
        "premières",
        "primi ",
        "prime ",
        "eerste",
    ];
    let lower = crate::case::lower(said);
    SAYS.iter().any(|s| lower.contains(s))
}

/// What a tool's warning or note says after its level (`WARNING: …`, `Warnung: …`,
/// `Note: …`, `INFO …`), when the line is one.
fn after_log_level(text: &str) -> Option<&str> {
    const LEVELS: [&str; 17] = [
        "warning",
        "warn",
        "[warning]",
        "warnung",
        "avertissement",
        "advertencia",
        "aviso",
        "avviso",
        "waarschuwing",
        "note",
        "notice",
        "info",
        "hinweis",
        "remarque",
        "nota",
        "opmerking",
        "w",
    ];
    // (Most lines: let go by their first byte.)
    if !matches!(
        text.as_bytes().first(),
        Some(b'W' | b'w' | b'N' | b'n' | b'I' | b'i' | b'A' | b'a' | b'H' | b'h' | b'R' | b'r' | b'O' | b'o' | b'[')
    ) {
        return None;
    }
    // (A level ends in a colon, is in brackets or in capitals: `Warning: …`, `[WARNING] …`,
    // `INFO …`. Most names' first word is none of them: let go by a colon looked for only
    // where a level's would be, and their second letter, not a capital.)
    let bytes = text.as_bytes();
    let colon = [1usize, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]
        .iter()
        .copied()
        .find(|&k| bytes.get(k) == Some(&b':'));
    let end = match colon {
        Some(k) => k,
        None if bytes.first() == Some(&b'[') || bytes.get(1).is_some_and(u8::is_ascii_uppercase) => bytes
            .get(..bytes.len().min(16))?
            .iter()
            .position(|&b| b == b':' || b == b' ')?,
        None => return None,
    };
    let level = text.get(..end)?.trim_end();
    let said = text.get(end + 1..)?;
    let said = crate::text::trim(said.strip_prefix(':').unwrap_or(said));
    LEVELS
        .iter()
        .any(|l| level.eq_ignore_ascii_case(l))
        .then_some(said)
        .filter(|s| !s.is_empty())
}

/// The words that say some of a list is not here ([`says_part_missing`]): left out, cut,
/// hidden, attached, a part, in the languages employees write.
const PART_SIGNALS: Words = words!(
    "omitted|omitido|omitida|omitidos|omitidas|omis|omise|omises|omessa|omesso|omessi|weggelassen|ausgelassen|weggelaten|pominięte|pominięty\
     |truncated|truncado|truncada|tronqué|tronquée|tronqués|troncato|troncata|troncati|gekürzt|abgeschnitten|ingekort|obcięta|obcięte|obcięty\
     |clipped|trimmed|elided|suppressed|skipped|hidden|ausgeblendet|versteckt|masqué|masquée|masqués|oculto|oculta|ocultos|nascosto|nascosta|nascosti|verborgen|ukryte\
     |attached|attachment|attachments|anhang|anhänge|anlage|anlagen|allegato|allegati|adjunto|adjuntos|anexo|anexos|anexado|bijlage|bijlagen|załącznik|załączniki|jointe|jointes\
     |partial|incomplete|unvollständig|partiel|partielle|parcial|parziale\
     |deleted|eliminado|eliminato|eliminata|apagada|apagado|verwijderd|usunięta|usunięto|gelöscht|supprimé\
     |recalled|unsent|unavailable|partially|absente|absent|ocultado|ocultada|pominięto|pominięta|zurückgerufen|zurückgezogen\
     |rappelé|ingetrokken|cofnięta|cofnięto|apagou|usunąłeś|usunęłaś|anlage|anlagen\
     |utelämnad|utelämnat|udeladt|utelatt|jätetty|vynechán|vynechána|vynecháno|kihagyva|elhagyva|edilmedi|atlandı|omisă\
     |dihilangkan|raderades|raderade|slettet|slettede|poistettiin|poistit|smazána|smazali|törölve|törölted|silindi|sildiniz\
     |șters|dihapus|menghapus|återkallades|peruttiin|odvolána|çekildi|retras|ditarik\
     |forwarded|replying|replied|once|view-once|limited|beschränkt|limité|limitado|limitato",
);

/// Words that say some of a list is not here only beside others ([`says_part_missing`]):
/// the rest, more, only, too many, not shown. `More Apps`, `The Rest` and `Ver Mais` are
/// names; `Tap to load more`, `Weitere 12 Apps` and `Der Rest kommt noch` are not.
const PART_WEAK: Words = words!(
    "rest|remaining|restlichen|reste|resto|restante|more|weitere|mehr|autres|más|mais|altre|altri|meer|więcej\
     |only|nur|seulement|solo|sólo|apenas|alleen|tylko|earlier|older|limit|too|not|nicht|part|cut|additional|zusätzliche",
);

/// The words beside [`PART_SIGNALS`] on such a line: articles and small words, what was
/// left out (a picture, a file, lines, results, a message), where it is, what shows it.
const PART_FILLERS: Words = words!(
    "the|a|an|is|are|was|were|be|been|has|have|in|of|to|on|at|by|for|from|with|after|and|or|first|top|last|all|other|others\
     |list|lists|line|lines|row|rows|result|results|output|data|content|response|text|quoted|message|messages|mail|email\
     |apps|app|applications|application|items|item|entries|entry|records|photo|photos|image|images|picture|pictures|pic|pics\
     |screenshot|screenshots|media|video|videos|gif|sticker|stickers|file|files|document|documents|audio\
     |tap|click|load|see|view|show|showing|shown|displayed|display|visible|entire|full|next|previous|below|above|here|there\
     |this|that|these|it|its|system|personal|work|profile|reached|many|long|come|coming|comes|follow|follows|following\
     |got|off|sorry|contact|card|downloaded|download|server|yet|still|available|multimedia|listed|kb|mb|gb\
     |este|esta|fue|questo|questa|stato|stata|è|foi|dit|został|została|zostało|wurde|diese|ce|été\
     |kommt|noch|im|der|die|das|den|ist|sind|wird|folgt|ergebnisse|zeilen|nachricht|bild|bilder|datei|dateien|liste\
     |la|le|les|voir|de|des|du|pièce|pièces|sortie|résultats|lignes|fichier|el|los|las|lo|ver|mensaje|resultados|líneas|lista|archivo|imagen\
     |il|gli|vedi|messaggio|risultati|righe|di|del|della|em|os|as|mensagem|linhas|arquivo|imagem\
     |zie|bericht|resultaten|regels|het|een|zobacz|wiadomość|wyniki|linie|plik|ta|ten|w|z|ze|na\
     |gesamte|anzeigen|afficher|l'intégralité|intégralité|visualizza|intero|intera|inteira|completo|completa|todo|print|prints\
     |medien|vidéo|vídeo|wideo|vedi|siehe|patrz|voir|veja|guarda|ekranu|hai|você|je|hebt|tę|wyników|de|unten|oben|abajo|sotto|abaixo|hieronder|poniżej\
     |det|här|denne|dette|ble|blev|har|meddelandet|meddelelsen|meldingen|besked|tämä|tämän|viesti|viestin|pois|tato|tuto|zpráva|zprávu|byla\
     |jste|ez|az|ezt|üzenet|üzenetet|lett|bu|mesaj|mesajı|mesajul|acest|fost|ai|pesan|ini|telah|anda|dahil|tidak|geri|trukket|tilbage\
     |export|exported|preview|report|contains|fetched|query|returned|than|use|records|record",
);

/// The words of a message, no app's, that make a word for more beside them a note of a
/// part not here ([`says_part_missing`]: `More results`, `still more`, `more coming`,
/// `Load remaining`).
const PART_TALK: Words = words!(
    "result|results|coming|comes|still|yet|line|lines|row|rows|entries|entry|items|item|records|output|follow|follows|following\
     |load|tap|click|see|view|show|showing|shown|displayed|below|here|there|download|listed|noch|kommt|folgt|ergebnisse|zeilen\
     |résultats|lignes|resultados|líneas|risultati|righe|linhas|resultaten|regels|wyniki|wyników|linie",
);

/// The words that say, alone on a line, that some of a list is not here
/// ([`says_part_missing`]): an attachment, what was left out or remains (`Screenshot` is
/// an app on some phones).
const PART_LONE: Words = words!(
    "attachment|attachments|attached|omitted|remaining|anlage|anlagen|anhang|anhänge|allegato|allegati|adjunto|adjuntos\
     |anexo|anexos|bijlage|bijlagen|załącznik|załączniki|weggelassen|omitido|omitidos|sprachnachricht|spraakbericht\
     |röstmeddelande|talebesked|talemelding|ääniviesti|hangüzenet",
);

/// A picture's or a file's words, which with a count before them say that many are not
/// here ([`says_part_missing`]: `2 Photos`, `3 Pliki`).
const PART_MEDIA: Words = words!(
    "photo|photos|image|images|picture|pictures|album|albums|screenshot|screenshots|video|videos|file|files|document|documents|attachment|attachments\
     |sticker|stickers|gif|gifs|bild|bilder|foto|fotos|imagen|imágenes|immagine|immagini|imagem|imagens|zdjęcie|zdjęcia|datei|dateien\
     |fichier|fichiers|archivo|archivos|plik|pliki|bestand|bestanden|dokument|dokumente|docs|documentos|documenti|arquivos|ficheiros\
     |vidéo|vidéos|vídeo|vídeos|wideo|medien|multimedia|multimédia|print|prints|zrzut|documento|documenten|dokumenty|afbeelding\
     |afbeeldingen|obraz|obrazy|filmy|immagini|voice|media|audio|sprachnachricht|sprachnachrichten\
     |vocal|vocale|voz|głosowa|głosowe|hlasová|sesli|suara|foton|billede|billeder|bilde|bilder|kuva|kuvaa|kuvan|fotky|fotka|fotó|fotoğraf\
     |fotografii|fotografie|imagine|gambar|resim|kép|obrázek|ljud|lyd|lydfil|klistermärke|görüntü|spraakbericht|röstmeddelande\
     |talebesked|talemelding|ääniviesti|hangüzenet|medie|medier|média|medya",
);

/// The verbs that point to a picture or a file ([`says_part_missing`]: `see screenshot`,
/// `vedi screenshot`, `siehe Foto`, `ver print`).
const PART_SEE: Words = words!("see|vedi|zie|ver|patrz|siehe|voir|zobacz|veja|véase|guarda");

/// `first` or `top`, which say some are missing before a count (`Showing first 100
/// results`, `Top 20`; [`says_part_missing`]).
const PART_FIRST: Words =
    words!("first|top|erste|ersten|premiers|premières|primeros|primeras|primi|prime|primeiros|eerste|pierwsze");

/// The first words of [`says_part_missing`]'s lines: most lines' first word is none.
static PART_FILTER: WordFilter<128> = word_filter(
    &[
        PART_SIGNALS.text(),
        PART_WEAK.text(),
        PART_FILLERS.text(),
        PART_FIRST.text(),
        PART_LONE.text(),
        PART_MEDIA.text(),
        PART_SEE.text(),
    ],
    false,
);

/// A short line made only of the words that say some of the list is not here, one of
/// them at least ([`PART_SIGNALS`], or [`PART_WEAK`] in three words or beside a count),
/// the others [`PART_FILLERS`] or numbers: `Photos
/// omitted`, `Result truncated`, `Omitted 42 lines`, `42 hidden`, `the rest is in the
/// attachment`, `Only the first 20 results are shown`, `Tap to load more`, `Weitere 12
/// Apps`, `Rest im Anhang`, `Messaggio troncato`. Two words at least and ten at most; a
/// name with a word of its own (`Hidden Folks`, `Rest Timer`) is none.
fn says_part_missing(text: &str) -> bool {
    let (mut words, mut said, mut weak, mut numbered, mut after_first) = (0, false, false, false, false);
    // (The one word of a line of one; whether a word of a message's own is beside a word
    // for more; whether a count came first or in brackets, and a picture's or a file's
    // word is on the line.)
    let (mut lone, mut talk, mut count_first, mut media, mut ranged, mut see) = ("", false, false, false, false, false);
    let mut place = false; // a word for where: `screenshot below`
    let mut counted = false; // a picture's word right after the count
    let mut message = false; // a message's word: `Photo message`, `Voice message`
    let mut zero = false; // a count of none: `0 more rows not exported`
    for raw in text.split_whitespace() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if word.is_empty() {
            continue;
        }
        words += 1;
        if words > 10 {
            return false;
        }
        lone = word;
        zero |= word == "0";
        // (A range of rows, `lines 1-20`, `Rows 21–40`, is a count.)
        let range = word
            .split_once(['-', '–'])
            .is_some_and(|(a, b)| whole_number(a).is_some() && whole_number(b).is_some());
        ranged |= range;
        let (number, first) = (range || whole_number(word).is_some(), PART_FIRST.contains(word));
        numbered |= number;
        // (A chat's count, two to 99: `360 Photos` is a name, `1 Photos` an item.)
        count_first |= words == 1
            && raw == word
            && !word.starts_with('0')
            && whole_number(word).is_some_and(|n| (2..100).contains(&n));
        let picture = PART_MEDIA.contains(word);
        media |= picture;
        counted |= words == 2 && count_first && picture;
        see |= words == 1 && PART_SEE.contains(word);
        if PART_SIGNALS.contains(word) || after_first && number {
            said = true;
        } else if PART_WEAK.contains(word) {
            weak = true;
        } else if !number && !first && !picture && !PART_FILLERS.contains(word) {
            return false;
        } else {
            talk |= PART_TALK.contains(word);
            message |= words!(
                "message|nachricht|mensaje|messaggio|mensagem|bericht|wiadomość|zpráva|mesaj|pesan|meddelande|besked|melding|viesti|üzenet",
            )
            .contains(word);
            place |= words!("below|above|here|unten|oben|abajo|sotto|abaixo|hieronder|poniżej").contains(word);
        }
        after_first = first;
    }
    // (None left out: `0 more rows not exported`.)
    if zero && !ranged {
        return false;
    }
    match words {
        // (One word: `Attachment`, `Omitted`. `Photos`, `Files` and `Screenshot` are apps;
        // so are `More`, `Truncated` and `Partial`, as tests hold.)
        1 => PART_LONE.contains(lone),
        // (`2 Photos`, `3 screenshots`: pictures or files counted, not here; `Photos (3)`
        // is the app with a badge. And `see` one: `vedi screenshot`, `siehe Foto`.)
        _ if counted && words <= 3 || media && see => true,
        // (A word for more beside a message's own word: `More results`, `still more`;
        // `More Apps`, `The Rest` are names. Rows by their range: `lines 1-20`.)
        // (A chat's message of a picture or a voice, `Photo message`, `Message vocal`, in
        // a sentence's case: `Voice Message`, `Photo Message` are apps' names; German
        // writes every noun with a capital.)
        2 => said || weak && (numbered || talk) || ranged && talk || media && (place || message && !title(text)),
        3 if media && message && !title(text) => true,
        _ => said || weak,
    }
}

/// Whether every word of `text` after its first begins with a capital (`Voice Message`,
/// `Mensaje De Voz`), as a title does; German's nouns after a verb or an article do too, so
/// not when the second word is one (`Foto Nachricht`).
fn title(text: &str) -> bool {
    let mut words = text.split_whitespace().skip(1).peekable();
    words.peek().is_some()
        && !words
            .peek()
            .is_some_and(|w| words!("nachricht|sprachnachricht").contains(w))
        && words.all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// The words for a chat's replies ([`hidden_replies`]), and their filter.
const REPLY_WORDS: Words =
    words!("reply|replies|thread|antwort|antworten|réponse|réponses|fil|respuesta|respuestas|hilo|risposta|risposte|resposta|respostas|antwoord|antwoorden|odpowiedź|odpowiedzi");
static REPLIES_FILTER: WordFilter = word_filter(&[REPLY_WORDS.text()], false);

/// The last word of a text that says it was cut (`Output truncated`, `[Message clipped]`).
const CUT: Words = words!(
    "truncated|clipped|snip|snipped|gekürzt|abgeschnitten|tronqué|tronquée|truncado|truncada|troncato|troncata|afgekapt|ingekort|obcięta|obcięto|ucięta|ucięto|recortado|recortada|cortada|skrócona|skrócono|avkortad|afkortet|katkaistu|zkráceno\
     |csonkítva|kısaltıldı|trunchiat|dipotong",
);

/// The first words of [`elsewhere`]'s rules for a line that begins with a letter: its
/// placeholders' and pointers' first words, a button's verb (`See all`, `Load more`),
/// `and` (`and 42 more`), a page's word (`Page 2 of 3`, `Showing 3 of 47`), `to` (`to be
/// continued`) and a link's scheme.
static OPENERS_FILTER: WordFilter<32> = merged_filters(&[
    word_filter(&PLACEHOLDER_STARTS, true),
    word_filter(&PLACEHOLDER_EITHER, true),
    word_filter(
        &[PAGE.text(), AND.text(), "see|show|view|load|showing|to|http|https|cid"],
        false,
    ),
]);

/// The last words of [`elsewhere`]'s rules for a line that begins with a letter, as
/// [`last_word_hash`] reads them: its placeholders' and pointers' last words (`image
/// omitted`, `see attached`) and a cut's (`output truncated`, `to be continued`).
static ENDERS_FILTER: WordFilter<32> = merged_filters(&[
    last_word_filter(&PLACEHOLDER_ENDS),
    last_word_filter(&PLACEHOLDER_EITHER),
    word_filter(&[CUT.text(), "continued"], false),
]);

/// `and` before a count of more ([`elsewhere`]: `and 42 more`, `och 42 till`).
const AND: Words = words!("and|und|et|y|e|en|i|och|og|dan|ja|a");

/// The extensions of the files a list may be in, or be a picture in ([`elsewhere`]): a
/// picture's, a screen recording's, a document's, a sheet's, a mail's, an archive's. (Not
/// `.json`, `.html` or `.key`: paths and keys in a tool's output or an admin's message,
/// `policies/index.json`, `alice.key`, are no picture of the list.)
pub(super) const FILE_ENDS: [&str; 27] = [
    ".png", ".jpg", ".jpeg", ".heic", ".gif", ".webp", ".mov", ".mp4", ".pdf", ".xlsx", ".xls", ".csv", ".txt",
    ".docx", ".doc", ".zip", ".numbers", ".ods", ".odt", ".pptx", ".ppt", ".pages", ".rtf", ".eml", ".msg", ".rar",
    ".7z",
];

/// The words that send ([`chat_event`]).
const SENT_WORDS: [&str; 34] = [
    "forwarded",
    "weitergeleitet",
    "transféré",
    // (What answered a picture, so that it was in the chat: `Anna replied to an image`.)
    "replied",
    "reacted",
    "responded",
    "commented",
    "sent",
    "attached",
    "posted",
    "added",
    "gesendet",
    "geschickt",
    "envoyé",
    "envoyée",
    "envió",
    "enviou",
    "inviato",
    "inviata",
    "gestuurd",
    "verstuurd",
    "wysłał",
    "wysłała",
    "wysłałeś",
    "shared",
    "geteilt",
    "partagé",
    "partagée",
    "compartió",
    "compartilhou",
    "condiviso",
    "gedeeld",
    "udostępnił",
    "udostępniła",
];
/// iMessage's tapbacks, written without who before a picture ([`chat_event`]).
const TAPBACKS: Words = words!("liked|loved|laughed|emphasized|emphasised|questioned|disliked");
/// The words that take a message back ([`chat_event`]).
const TAKEN_BACK_WORDS: [&str; 14] = [
    "unsent",
    "recalled",
    "removed",
    "deleted",
    "zurückgezogen",
    "zurückgerufen",
    "annulé",
    "anuló",
    "annullato",
    "cancelou",
    "ingetrokken",
    "cofnęła",
    "cofnął",
    "retiró",
];
/// A message's words, and the sending of one (`l'envoi d'un message`; [`chat_event`]).
const MESSAGE_WORDS: [&str; 14] = [
    "message",
    "messages",
    "nachricht",
    "mensaje",
    "messaggio",
    "mensagem",
    "bericht",
    "wiadomość",
    "wiadomości",
    "l'envoi",
    "envío",
    "l'invio",
    "envio",
    "wysłanie",
];
/// The words for a message the list may go on in ([`part_in_words`]).
const A_MESSAGE: Words = words!(
    "mail|email|e-mail|mails|emails|message|msg|nachricht|mensaje|correo|messaggio|mensagem|bericht|wiadomości|wiadomość|mailu|courriel",
);
/// The words that say a message is another than this one ([`part_in_words`]): next, another, separate.
const ANOTHER: Words = words!(
    "next|another|separate|nächste|nächsten|nächster|anderen|andere|separaten|prochain|prochaine|suivant|autre|séparé|siguiente|próximo|próxima|proximo|otro|otra|prossimo|prossima|prossimi|altra|altro|seguinte|outro|outra|volgende|andere|aparte|następnym|następnej|następny|innym|osobnym",
);
/// The words for a part of a list by its place ([`part_in_words`]).
const HALF: Words = words!(
    "half|part|hälfte|teil|partie|moitié|mitad|parte|metà|metade|helft|deel|część|połowa|batch|chunk|lot|tranche|lote",
);
/// The words that say some are missing ([`part_in_words`]), and what may follow them at a
/// line's end (`einige fehlen noch`: both in its filter of last words).
const MISSING: Words =
    words!("missing|fehlen|fehlt|manquent|manque|faltan|falta|faltam|mancano|manca|ontbreken|ontbreekt|brakuje|brak");
const STILL: Words = words!("still|noch|encore|todavía|aún|ancora|ainda|nog|jeszcze");
/// The words for none before [`MISSING`]'s (`nothing is missing`, `keine fehlen`).
const NONE: Words = words!(
    "nothing|none|no|nichts|keine|kein|rien|aucune|aucun|nada|ninguna|ninguno|niente|nessuna|nessuno|niets|geen|nic|nenhum|nenhuma|nothing's",
);
/// The words for an excerpt or an incomplete list, in brackets at a line's end or beside a
/// word for a list ([`part_in_words`]).
const EXCERPT: Words = words!(
    "excerpt|extract|partial|auszug|ausschnitt|auswahl|extrait|extracto|estratto|uittreksel|fragment|wyciąg|trecho\
     |shortened|abridged|truncated|incomplete|gekürzt|gekürzte|unvollständig|abrégée|abrégé|incomplète|abreviada|abreviado|incompleta|incompleto\
     |abbreviata|ridotta|ingekort|onvolledig|onvolledige|unvollständige|incompletas|incompletos|skrócona|niepełna|niekompletna",
);
/// The words and phrases for a list not finished, a line of their own ([`part_in_words`]:
/// `not finished`, `work in progress`, `noch nicht fertig`). (Not `in progress` alone: a
/// store's state under an app being installed.)
const UNFINISHED: Words = words!(
    "unfinished|not finished|not finished yet|not done|not done yet|work in progress|wip|unfertig|nicht fertig|noch nicht fertig\
     |pas fini|pas finie|pas terminé|pas terminée|inachevé|inachevée|no terminado|no terminada|sin terminar|inacabado|inacabada\
     |non finito|non finita|incompiuto|incompiuta|niet af|nog niet af|onaf|onvoltooid|niedokończone|niedokończona|nieskończone\
     |não terminado|não terminada|inacabado|inacabada",
);
/// The words for a list ([`part_in_words`]: `onvolledige lijst`, `elenco incompleto`).
const LIST_WORDS: Words = words!("list|liste|lista|lijst|elenco");
/// One as a part's number in words ([`part_in_words`]: `Deel één`).
const ONE: Words = words!("one|één|eins|un|une|uno|una|um|uma|jeden|jedna");
/// The words for folders, for opening them, and for not ([`part_in_words`]: `Mappen niet
/// geopend.`).
const FOLDER_WORDS: Words = words!(
    "folder|folders|ordner|dossier|dossiers|carpeta|carpetas|cartella|cartelle|pasta|pastas|map|mappen|folderu|foldery|folderów|foldere",
);
const OPENED: Words = words!(
    "open|opened|opening|expand|expanded|öffnen|geöffnet|aufgemacht|ouvert|ouverts|ouvrir|ouvrant|abrí|abrir|abierto|abiertas|abiertos|abri|aberto|abertas|abertos|aperto|aperte|aprire|geopend|openen|opengemaakt|otworzyłem|otworzyłam|otwierałem|otwarte\
     |aperta|aberta|otwarty|otwarta|checked|check|looked|reingeschaut|nachgeschaut|angeschaut|geschaut|regardé|vérifié|mirado|revisado|controllata|controllato|guardato|verificado|verificada|olhei|vi|gekeken|bekeken|sprawdzony|sprawdzona|sprawdziłem|sprawdziłam",
);
/// A folder's word for not opened in one ([`part_in_words`]: `Folder Gry (nieotwarty)`).
const UNOPENED: Words = words!("unopened|ungeöffnet|nieotwarty|nieotwarta|nieotwarte|nieotwierany");
const NOT_DONE: Words = words!(
    "not|didn't|didnt|haven't|havent|never|without|nicht|nie|ohne|pas|jamais|sans|no|nunca|sin|não|nao|sem|non|mai|senza|niet|nooit|zonder|bez",
);
/// The words for later ([`part_in_words`]: the folders `tomorrow`, `später`, `jutro`).
const LATER_WORDS: Words = words!(
    "tomorrow|later|tonight|morgen|später|demain|tard|soir|mañana|luego|después|domani|dopo|stasera|amanhã|depois|logo|straks|vanavond|jutro|później|wieczorem",
);
/// The places a part has ([`part_in_words`]).
const ORDINAL: Words = words!(
    "first|second|third|1st|2nd|3rd|last|erste|ersten|erster|zweite|zweiten|zweiter|dritte|letzte|letzter|première|premiere|deuxième|seconde|dernière|primera|segunda|tercera|última|primeira|terceira|prima|seconda|terza|ultima|eerste|tweede|derde|laatste|pierwsza|druga|trzecia|ostatnia",
);
/// The last words of [`part_in_words`]'s lines.
static PART_ENDS_FILTER: WordFilter = merged_filters(&[
    words_last_filter(A_MESSAGE.text()),
    words_last_filter(HALF.text()),
    words_last_filter(MISSING.text()),
    words_last_filter(STILL.text()),
    words_last_filter(EXCERPT.text()),
    words_last_filter(ONE.text()),
    words_last_filter(ORDINAL.text()),
    words_last_filter(FOLDER_WORDS.text()),
    words_last_filter(OPENED.text()),
    words_last_filter(LATER_WORDS.text()),
    words_last_filter(UNOPENED.text()),
    words_last_filter(QUANTITIES.text()),
    words_last_filter(LIST_WORDS.text()),
    words_last_filter(UNFINISHED.text()),
    words_last_filter(ALL.text()),
    // (A part whose number in words has no ASCII letter, `Deel één`: its word for a part
    // is the last ASCII one.)
    words_last_filter(PAGE.text()),
]);

/// Whether a line names a folder and ends with a count of more after a plus (`Pasta:
/// Compras +7`, `Folder: Zakupy +7`) ([`elsewhere_as_written`]).
fn folder_plus(text: &str) -> bool {
    text.rsplit_once('+')
        .is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        && text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| FOLDER_WORDS.contains(w))
}

/// A line that says it is a part of the list by its place, `(first half)`, `erste Hälfte`,
/// `(première partie)` (an ordinal and a word for a part, alone); or that the rest is in
/// another message, in a sentence of nine words at most ending in a word for one, with a
/// word for next, another or separate among the three before it (`la suite dans le
/// prochain mail`, `el resto en el próximo correo`, `Rest in der nächsten Nachricht`).
/// Either is more of the list than is here. A title's words, each begun with a capital
/// (`First Half`, `Next Mail`), are a name's unless in brackets.
fn part_in_words(text: &str) -> bool {
    let bracketed = text.starts_with(['(', '[']);
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let titled = words.len() >= 2 && words.iter().all(|w| w.starts_with(char::is_uppercase));
    // (An excerpt said in brackets after the line's words, `Anzahl der Apps: 40 (Auszug)`,
    // `Apps (excerpt)`, `(list shortened)`: its words a list's and an excerpt's.)
    if text.ends_with([')', ']'])
        && text.rsplit_once(['(', '[']).is_some_and(|(_, said)| {
            let mut said = said.trim_end_matches([')', ']']).split_whitespace();
            let (mut excerpt, mut others) = (false, false);
            for w in said.by_ref() {
                excerpt |= EXCERPT.contains(w);
                others |= !EXCERPT.contains(w)
                    && !words!("list|liste|lista|lijst|the|die|la|de|only|nur|seulement|solo|só|alleen|tylko")
                        .contains(w);
            }
            excerpt && !others
        })
    {
        return true;
    }
    let (Some((last, before)), false) = (words.split_last(), titled && !bracketed || words.len() > 10) else {
        return false;
    };
    if HALF.contains(last) {
        return words.len() == 2 && before.first().is_some_and(|w| ORDINAL.contains(w));
    }
    // (A part by its number in words after it, `Deel één`, `Część pierwsza`, `Parte uno`.)
    if words.len() == 2
        && before.first().is_some_and(|w| PAGE.contains(w) || HALF.contains(w))
        && (ONE.contains(last) || ORDINAL.contains(last))
    {
        return true;
    }
    // (Or that the folders were not opened, their apps not listed: `Mappen niet geopend.`,
    // `Não abri as pastas.`, `I didn't open the folders.`; not `I opened all the folders.`
    // nor `I have no folders.`)
    let folder = words.iter().any(|w| FOLDER_WORDS.contains(w));
    if folder
        && (words.iter().any(|w| OPENED.contains(w)) && words.iter().any(|w| NOT_DONE.contains(w))
            || words.iter().any(|w| UNOPENED.contains(w)))
    {
        return true;
    }

    // (Or that the folders come later, `I will do the folders tomorrow`, `Foldery zrobię
    // jutro`, `De mappen doe ik morgen`; not a question.)
    if words.iter().any(|w| FOLDER_WORDS.contains(w))
        && words.iter().any(|w| LATER_WORDS.contains(w))
        && !text.ends_with('?')
    {
        return true;
    }
    // (Or that some are missing, `a few are missing`, `einige fehlen noch`, `il en manque`,
    // `er ontbreken er nog een paar`: a number, a word for some or a partitive beside it,
    // and no word for none right before it, `nothing is missing`.)
    if let Some(missing_at) = words.iter().position(|w| MISSING.contains(w)) {
        let some = |w: &&str| {
            QUANTITIES.contains(w)
                || words!("en|er|ne|ci").contains(w)
                || whole_number(w).is_some()
                || number_in_words(&crate::case::lower(w)).is_some()
        };
        let before = words.get(..missing_at).unwrap_or(&[]);
        return words.iter().enumerate().any(|(i, w)| i != missing_at && some(w))
            && !before.iter().rev().take(2).any(|w| NONE.contains(w));
    }
    // (Or that alone: a word for an incomplete list, `incomplete`, `-- unvollständig --`;
    // a phrase for unfinished, `not finished`, `work in progress`; or not all, `Not all.`.
    // A single word in a name's title case only with a stop or between signs, `Incomplete.`:
    // `Fragment` is a name.)
    if words.len() <= 3 {
        let marked = text.ends_with(['.', '!']) || text.starts_with(|c: char| !c.is_alphanumeric());
        // (A word that may be a name typed in lower case, `partial`, only so marked.)
        let lone = match words[..] {
            [word] => {
                UNFINISHED.contains(word)
                    || EXCERPT.contains(word)
                        && (marked || words!("incomplete|incomplète|incomplet|incompleta|incompleto|unvollständig|onvolledig|niekompletna|niepełna").contains(word))
            }
            _ => {
                UNFINISHED.contains(&words.join(" "))
                    || not_all(text) && words.iter().all(|w| NOT.contains(w) || ALL.contains(w))
            }
        };
        let title = words.len() == 1
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase));
        if lone && (!title || marked) {
            return true;
        }
    }
    // (Or an incomplete list said so, `onvolledige lijst`, `unvollständige Liste`,
    // `incomplete list`: a word for a list and one for a part, alone.)
    if words.len() <= 3
        && words.iter().any(|w| EXCERPT.contains(w) || UNFINISHED.contains(w))
        && words.iter().any(|w| LIST_WORDS.contains(w))
        && words.iter().all(|w| {
            EXCERPT.contains(w)
                || UNFINISHED.contains(w)
                || LIST_WORDS.contains(w)
                || words!("the|my|a|die|la|de|ma|mi|mijn|meine|une|una|uma").contains(w)
        })
    {
        return true;
    }
    // (Nothing but that: `More on the phone model in my next message.` and `Looking
    // forward to your next message.` are about another thing.)
    A_MESSAGE.contains(last)
        && before.iter().rev().take(3).any(|w| ANOTHER.contains(w))
        && before
            .iter()
            .all(|w| ANOTHER.contains(w) || THE_REST_SAID.contains(w) || w.bytes().all(|b| b.is_ascii_digit()))
}

/// The words a line that says only that the rest of the list is in another message is
/// made of, besides [`ANOTHER`]'s and a message's ([`part_in_words`]): the rest, more or
/// the list; that it follows, comes or is sent; and the small words between, in the
/// eight languages.
const THE_REST_SAID: Words = words!(
    "rest|remaining|reste|suite|resto|restantes|reszta|pozostałe|more|mehr|plus|más|mais|più|meer|więcej|weitere|list|liste|lista|lijst|listy|apps|app|applis|continued|continues|cont'd|contd|continua|continúa|fortsetzung|vervolg|ciąg|dalszy\
     |follow|follows|will|i'll|ill|send|sending|come|comes|coming|folgt|kommt|schicke|sende|suit|suivra|envoie|sigue|envío|segue|invio|volgt|komt|stuur|następuje|wyślę|see|siehe|voir|ver|vedi|veja|zie|zobacz\
     |in|on|dans|en|im|nel|nella|na|no|em|w|per|par|por|with|to|of|der|die|den|dem|des|du|de|del|della|do|da|het|een|a|an|un|une|uno|una|um|uma\
     |the|my|le|la|les|el|los|las|il|lo|i|gli|o|os|as|mein|meine|meiner|meinem|meinen|mon|ma|mes|mi|mis|mio|mia|miei|meu|minha|mijn|moim|mojej|ich|je|yo|io|eu|ik|is|are|ist|sind|est|sont|es|son|è|sono|é|são|zijn|jest|są",
);

/// What a chat's line of pictures sent ends with, besides [`PART_MEDIA`]'s words.
static CHAT_EVENT_FILTER: WordFilter<32> = merged_filters(&[
    last_word_filter(&SENT_WORDS),
    last_word_filter(&TAKEN_BACK_WORDS),
    last_word_filter(&MESSAGE_WORDS),
    words_last_filter(PART_MEDIA.text()),
]);

/// The small words between a chat's verb and what it sent or took back, or before that
/// when the verb comes last ([`chat_event`]): articles, possessives, whom to, and the
/// sending of a message (`l'envoi d'un`, `el envío de un`, `wysłanie`).
const CHAT_SMALL: Words = words!(
    "a|an|the|ein|eine|einen|le|la|les|un|une|des|d'un|d'une|el|los|las|uno|una|o|os|uma|um|umas|uns|een|het|de|di|il|lo|gli\
     |l'|l'envoi|envío|envio|l'invio|wysłanie|his|her|their|my|your|this|that|these|those|you|me|us|him|them|seine|ihre|sein|ihr\
     |mein|meine|dir|mir|ses|sa|son|su|sus|suo|sua|seu|sua|zijn|haar|jego|jej|dit|dat|deze|questo|questa|este|esta|ce|cette\
     |dieses|diese|diesen|tę|te|ti|ci|je|mij|to|at|on",
);
/// The writer's own words, and those of a remark, before a chat's verb ([`chat_event`]).
const CHAT_WRITER: Words = words!(
    "i|i've|ich|je|j'ai|yo|io|eu|ik|ja|we|wir|nous|nosotros|noi|nós|wij|my|ho|habe|heb|hab|mam|already|bereits|schon|déjà|ya|già|já|al|już|just|also|auch|aussi|también|anche|também|ook|też",
);
/// The helping verbs before a verb that comes last (`hat ein Foto gesendet`, `heeft een
/// bericht ingetrokken`; [`chat_event`]).
const CHAT_AUX: Words = words!("hat|habe|hast|haben|heeft|hebt|heb|hebben|has|have|ha|hai|a|ai");

/// A chat's line that someone sent pictures or files, or took a message back, in the
/// languages employees write (`John hat ein Foto gesendet`, `You sent 3 photos`, `Anna
/// heeft een bericht ingetrokken`, `Anna cofnęła wysłanie wiadomości`): what was sent or
/// taken back may have been the list. One sentence of three to nine words, without a
/// comma, a colon or brackets: up to three words of who, then the verb, up to four small
/// words and what it did it to, last (or, the verb last, a helping verb, up to two small
/// words, what, and the verb). `TikTok (I never shared the videos)` and `Outlook, Teams.
/// I sent the photos.` are none.
fn chat_event(text: &str) -> bool {
    let text = text.trim_end_matches(['.', '!']);
    if text.contains([',', ':', ';', '(', ')', '[', ']', '.', '?']) {
        return false;
    }
    let mut words = [""; 9];
    let mut count = 0;
    for word in text.split_whitespace() {
        match words.get_mut(count) {
            Some(slot) => *slot = word,
            None => return false,
        }
        count += 1;
    }
    let words = words.get(..count).unwrap_or(&[]);
    if count < 3 {
        return false;
    }
    // (A word beyond ASCII lowered once, then compared.)
    let is = |list: &[&str], word: &str| {
        if word.is_ascii() {
            list.iter().any(|w| w.eq_ignore_ascii_case(word))
        } else {
            list.contains(&crate::case::lower(word).as_str())
        }
    };
    // (An emoji is a small word too: `Anna reacted ❤️ to a photo`.)
    let small = |word: &str| {
        CHAT_SMALL.contains(word) || whole_number(word).is_some() || !word.chars().any(char::is_alphanumeric)
    };
    // What was sent or taken back, and the verb that did it.
    let done = |verb: &str, what: &str| {
        (is(&SENT_WORDS, verb) || TAPBACKS.contains(verb)) && PART_MEDIA.contains(what)
            || is(&TAKEN_BACK_WORDS, verb) && is(&MESSAGE_WORDS, what)
    };
    let (Some(&last), Some(before)) = (words.last(), words.get(..count - 1)) else {
        return false;
    };
    // (Who: one to three words, none of them the writer's own, which a chat does not
    // write of its user, `I sent the photos`, `Ho già inviato le foto`: a remark in a
    // message, whose list may be typed beside it.)
    let who = |n: usize| {
        (1..=3).contains(&n)
            && before
                .iter()
                .take(n)
                .all(|w| w.starts_with(char::is_alphanumeric) && !CHAT_WRITER.contains(w))
    };
    // The verb before what: `John sent 3 photos`, `Anna a annulé l'envoi d'un message`.
    let smalls = before.iter().rev().take_while(|w| small(w)).count().min(4);
    let at = before.len().saturating_sub(smalls + 1);
    // (A helping verb may follow who: `Anna a annulé l'envoi d'un message`.)
    let helped = before.get(at.saturating_sub(1)).is_some_and(|w| CHAT_AUX.contains(w));
    // (iMessage writes its own tapbacks without who, and only so: `Liked an image`,
    // `Laughed at an image`; `Most Liked Photos` is a name.)
    if before.get(at).is_some_and(|verb| {
        done(verb, last)
            && if TAPBACKS.contains(verb) {
                at == 0
            } else {
                who(at - usize::from(helped && at > 1))
            }
    }) {
        return true;
    }
    // The verb last: `John hat ein Foto gesendet`.
    let Some((&what, rest)) = before.split_last() else {
        return false;
    };
    let smalls = rest.iter().rev().take_while(|w| small(w)).count().min(2);
    let aux = rest.len().saturating_sub(smalls + 1);
    done(last, what) && rest.get(aux).is_some_and(|w| CHAT_AUX.contains(w)) && who(aux)
}

/// The rest of `text` after its number when it is the next item of a list numbered
/// without a sign after the number (`3 Fotos` when the last entry read was `2 Teams`).
fn numbered_item<'a>(text: &'a str, list: &AppList) -> Option<&'a str> {
    fn number(t: &str) -> Option<(u32, &str)> {
        // (`#3 Photos` too.)
        let t = t.strip_prefix('#').unwrap_or(t);
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        let rest = t.get(digits..)?.strip_prefix(' ')?;
        let n: u32 = t.get(..digits)?.parse().ok()?;
        (1..=3).contains(&digits).then_some((n, rest))
    }
    let (n, rest) = number(text)?;
    let (before, _) = number(&list.entries.last()?.text)?;
    (n >= 2 && before == n - 1).then_some(rest)
}

/// What a line in a picture's, an attachment's or a cut message's place begins with ([`elsewhere`]).
const PLACEHOLDER_STARTS: [&str; 70] = [
    // (Older Gmail's words for a picture in a message, copied with it.)
    "inline image",
    // (Gmail's words over a message's files, copied with it.)
    "attachments area",
    "preview attachment",
    "[image:",
    "[cid:",
    // (A mail's source: its picture's reference, `cid:image001.png@01D94C3A…`.)
    "cid:",
    "<attached:",
    "[attachment:",
    "[bild:",
    "[imagen:",
    "[file:",
    "streaming output truncated",
    "there are more",
    "show trimmed content",
    // (Gmail's quoted text in a copy or a print, in its languages; a mail client's
    // note that it did not download all of a message; a post's link to the rest.)
    "[quoted text hidden]",
    "[zitierter text ausgeblendet]",
    "[texte des messages précédents masqué]",
    "[texto citado oculto]",
    "[testo citato nascosto]",
    "[texto das mensagens anteriores oculto]",
    "[geciteerde tekst verborgen]",
    "[ukryto cytowany tekst]",
    "this message has been truncated",
    "this message was truncated",
    "展开全文",
    "展開全文",
    "阅读全文",
    "閱讀全文",
    "查看全文",
    "查看全部",
    "显示全部",
    "続きを読む",
    "もっと見る",
    "すべて表示",
    "더보기",
    "전체보기",
    "gekürzten inhalt anzeigen",
    "ingekorte content weergeven",
    "mostra contenuti tagliati",
    "mostrar conteúdo cortado",
    "there's more",
    "there’s more",
    "theres more",
    "there are a few more",
    "there are lots more",
    "il y en a d'autres",
    "hay más",
    // (The same in the other languages: `Er zijn er meer maar mijn batterij is leeg.`)
    "es gibt noch mehr",
    "es gibt mehr",
    "da sind noch mehr",
    "il y en a plus",
    "il y en a encore",
    "hay otras",
    "hay algunas más",
    "ce ne sono altre",
    "ce ne sono altri",
    "ci sono altre",
    "ci sono altri",
    "tem mais",
    "há mais",
    "er zijn er meer",
    "er zijn nog meer",
    "er zijn meer",
    "er staan er nog meer",
    "er staan nog meer",
    "jest ich więcej",
    "jest więcej",
    "są jeszcze inne",
    "output truncated",
    "output was truncated",
];

/// What a line in a picture's or a file's place ends with ([`elsewhere`]).
const PLACEHOLDER_ENDS: [&str; 48] = [
    "<media omitted>",
    "image omitted",
    "video omitted",
    "document omitted",
    "gif omitted",
    "audio omitted",
    "<médias omis>",
    "<medien ausgeschlossen>",
    // (WhatsApp's in its other languages, on Android and iOS.)
    "<multimedia omitido>",
    "<multimedia omitidos>",
    "mídia oculta>",
    "<arquivo de mídia oculto>",
    "<multimedia pominięte>",
    "<media weggelaten>",
    "<media omessi>",
    "imagen omitida",
    "video omitido",
    "vídeo omitido",
    "documento omitido",
    "audio omitido",
    "sticker omitido",
    "imagem ocultada",
    "bild weggelassen",
    "video weggelassen",
    "dokument weggelassen",
    "image absente",
    "immagine omessa",
    "documento omesso",
    "afbeelding weggelaten",
    "obraz pominięty",
    // (Outlook's text for a picture in a plain-text mail: its automatic alt text,
    // `[A screenshot of a phone Description automatically generated]`, or
    // `[Image removed by sender.]`; a chat's `You sent a photo.`)
    "automatically generated]",
    "removed by sender.]",
    "removed by sender]",
    "sent a photo",
    "sent a picture",
    "sent an image",
    "sent a video",
    "sent an attachment",
    "sent a file",
    "sent a screenshot",
    // (A file a chat's export names: `IMG-….jpg (file attached)`.)
    "(file attached)",
    "(arquivo anexado)",
    "(archivo adjunto)",
    "(fichier joint)",
    "(datei angehängt)",
    "(file allegato)",
    "(bestand bijgevoegd)",
    "(plik załączony)",
];

/// What a line that points to the rest of the list elsewhere begins or ends with ([`elsewhere`]).
const PLACEHOLDER_EITHER: [&str; 93] = [
    "plus de résultats",
    "see attached",
    "see attachment",
    "voir la pièce jointe",
    "voir pièce jointe",
    "siehe anhang",
    "ver adjunto",
    "vedi allegato",
    "zie bijlage",
    "ver anexo",
    "patrz załącznik",
    "view entire message",
    // (Gmail's clipped message in its other languages, its quoted text, a mail app's
    // message not all downloaded.)
    "gesamte nachricht anzeigen",
    "afficher l'intégralité du message",
    "ver todo el mensaje",
    "visualizza intero messaggio",
    "ver mensagem inteira",
    "exibir toda a mensagem",
    "volledig bericht weergeven",
    "wyświetl całą wiadomość",
    "show quoted text",
    "load full message",
    "tap to download",
    "download message",
    // (A post's or a chat's list folded, a mail's attachments' buttons.)
    "tap to expand",
    "click to expand",
    "show full list",
    "see full list",
    "view full list",
    "open in app to see more",
    "save all to onedrive",
    // (Telegram's export in a file's place.)
    "change data exporting settings to download",
    // (A mail app's line for the rest of a message it did not show: Outlook's,
    // Gmail's, Apple Mail's.)
    "download the rest of this message",
    "download full message",
    "this message is too large to display",
    "show full message",
    "show entire message",
    "trimmed content",
    "show trimmed content",
    "some content in this message has been blocked",
    "outlook blocked access to the following",
    "scanned by gmail",
    "rest attached",
    "the rest later",
    "rest in the screenshot",
    "rest in the attachment",
    "rest to follow",
    "see the attached",
    "find attached",
    "screenshot attached",
    "see screenshot",
    "siehe anhang",
    "voir pièce jointe",
    "ver adjunto",
    // (Gmail's quoted text and clipped message, and a chat's folded one, in the languages
    // of phones beyond the eight.)
    "visa citerad text",
    "vis citeret tekst",
    "vis sitert tekst",
    "näytä lainattu teksti",
    "zobrazit citovaný text",
    "idézett szöveg megjelenítése",
    "alıntılanan metni göster",
    "afișează textul citat",
    "tampilkan teks kutipan",
    "visa hela meddelandet",
    "vis hele meddelelsen",
    "vis hele meldingen",
    "näytä koko viesti",
    "zobrazit celou zprávu",
    "teljes üzenet megtekintése",
    "iletinin tamamını görüntüle",
    "vizualizați întregul mesaj",
    "lihat seluruh pesan",
    "tryck för att expandera",
    "tryk for at udvide",
    "trykk for å utvide",
    "laajenna napauttamalla",
    "klepnutím rozbalíte",
    "koppintson a kibontáshoz",
    "genişletmek için dokunun",
    "atingeți pentru a extinde",
    "ketuk untuk meluaskan",
    // (A mail app's pictures not loaded, which may hold the list.)
    "view full message",
    "see full message",
    "load remote content",
    "load remote images",
    "load external images",
    "display images below",
    "click here to download pictures",
    "externe inhalte laden",
    "bilder anzeigen",
    "afficher les images",
    "mostrar imágenes",
    "show message history",
];

/// A line that stands for the list, or part of it, that is not in the text: a picture
/// or an attachment as mail and chat exports write it (Gmail's `[image: IMG_0412.PNG]`,
/// Outlook's `[cid:image001.png@…]`, WhatsApp's `<Media omitted>`, `<attached: ….jpg>`,
/// `image omitted`; a picture's file name alone; "see attached"), or a screen's or a
/// tool's word that the list goes on (`See all 84 apps`, `…and 42 more`, `+ 12 more`,
/// `[truncated]`).
fn elsewhere(text: &str, first_word: Option<u64>) -> bool {
    elsewhere_as_written(text, first_word)
        // (After a sign or an emoji beyond ASCII, `▼ 12 more`, `👉 see attached`.)
        || text.as_bytes().first().is_some_and(|&b| b >= 0x80) && {
            let after = text.trim_start_matches(|c: char| c == ' ' || !c.is_ascii() && !c.is_alphanumeric());
            after.len() < text.len() && !after.is_empty() && elsewhere_as_written(after, None)
        }
        // (Written in HTML's entities, a chat's export pasted through a web form:
        // `&lt;Media omitted&gt;`.)
        || text.as_bytes().contains(&b'&') && text.contains("&lt;") && elsewhere_as_written(&text.replace("&lt;", "<").replace("&gt;", ">"), None)
        // (In capitals beyond ASCII, `PLUS DE RÉSULTATS`, `ZAŁĄCZNIK`: its phrases are
        // compared in any ASCII case, so the line is read again lowered.)
        || crate::text::capital_beyond_ascii(text) && elsewhere_as_written(&crate::case::lower(text), None)
        // (A part's or a page's place before a dash and a remark on it, `Teil 1 von 2 –
        // Rest in meiner nächsten Mail.`, `Part 1 of 2 - rest in my next mail`.)
        || text.len() <= 160
            // (`-`, or the first byte of `–` and `—`.)
            && text.bytes().any(|b| b == b'-' || b == 0xE2)
            && [" – ", " - ", " — "].iter().any(|dash| {
                text.split_once(dash).is_some_and(|(head, _)| {
                    head.split(' ').next().is_some_and(|w| PAGE.contains(w)) && elsewhere_as_written(head.trim(), None)
                })
            })
}

/// Whether a line's first byte may begin one of [`elsewhere_as_written`]'s rules for a
/// line that begins with a letter: every one of [`PLACEHOLDER_STARTS`]' begins with one of
/// these (a test holds them to it), or a digit, or a byte beyond ASCII.
fn begins_a_rule(first: u8) -> bool {
    matches!(
        first,
        b'[' | b'<' | b'(' | b'+' | b'.' | b'-' | b'=' | b'*' | b'^' | b'r'
    ) || matches!(
        first.to_ascii_lowercase(),
        b's' | b'v' | b'a' | b'i' | b'd' | b'f' | b'h' | b'l' | b'p' | b't' | b'k' | b'o' | b'b' | b'e' | b'c' | b'j'
    ) || first.is_ascii_digit()
        || !first.is_ascii()
}

/// [`elsewhere`], `text` as it is written.
fn elsewhere_as_written(text: &str, first_word: Option<u64>) -> bool {
    let bytes = text.as_bytes();
    let (starts, ends) = (crate::text::starts_with_any_case, crate::text::ends_with_any_case);
    // (Or a document's, the list in a file: `installed-apps.csv`, `Apps.xlsx (12 KB)`.)
    let ends_picture = |t: &str| {
        // (A link's file before its query, `…/apps.xlsx?dl=0`.)
        let t = if t.contains("://") {
            t.split(['?', '#']).next().unwrap_or(t)
        } else {
            t
        };
        // (Jira's picture, `!screenshot-1.png|thumbnail!`: before its options.)
        let t = t.trim_end_matches([']', '>', ')', '!']);
        let t = t.split_once('|').map_or(t, |(file, _)| file);
        let t = t
            .rsplit_once(" (")
            .filter(|(_, size)| size.ends_with("KB") || size.ends_with("MB") || size.ends_with("kB"))
            .map_or(t, |(file, _)| file);
        // (And before a word for a file in brackets: `apps.txt (attachment)`, `apps.csv [file]`.)
        let t = t
            .rsplit_once([' '])
            .filter(|(_, word)| {
                matches!(word.as_bytes().first(), Some(b'(' | b'['))
                    && MEDIA.contains(word.trim_matches(['(', ')', '[', ']']))
            })
            .map_or(t, |(file, _)| file);
        FILE_ENDS.iter().any(|e| ends(t, e))
    };
    // (Most lines are let go by their first byte and their last: every line these are
    // begins with one of these, or ends as a picture's file name does.)
    let first = bytes.first().copied().unwrap_or(b' ');
    let begins = begins_a_rule(first);
    // (And the lines whose first word begins what the rules after the first ones look
    // for, in any letter: `Mehr anzeigen`, `Weiterlesen`, `Ce message a été supprimé`.)
    // (`first_word`: the text's [`first_word_hash`] when the caller has it.)
    let hash = first_word.or_else(|| first_word_hash(text)).unwrap_or(0);
    let later = may_be(&LATER_FILTER, hash);
    let last = bytes.last().copied().unwrap_or(b' ');
    // (`.mp4`: a last `4` after a `p`.)
    let mp4 = last == b'4'
        && matches!(
            bytes.len().checked_sub(2).and_then(|at| bytes.get(at)),
            Some(b'p' | b'P')
        );
    // (Or a link's file before its query, `…/apps.png?dl=0`.)
    let query =
        last.is_ascii_digit() && matches!(bytes.first(), Some(b'h' | b'H')) && bytes.windows(3).any(|w| w == b"://");
    let picture = (mp4
        || query
        || matches!(
            last,
            b'g' | b'G'
                | b'f'
                | b'F'
                | b'c'
                | b'C'
                | b'p'
                | b'P'
                | b']'
                | b'>'
                | b')'
                | b'x'
                | b'X'
                | b's'
                | b'S'
                | b'v'
                | b'V'
                | b't'
                | b'T'
                | b'!'
                | b'l'
                | b'L'
                | b'r'
                | b'R'
                | b'z'
                | b'Z'
        ))
        && ends_picture(text);
    if hides(text) {
        return true;
    }
    // (A checklist's button that shows its ticked items, hidden: a verb that shows
    // first, or last before a count in brackets, `Abgehakte Elemente anzeigen (9)`.)
    if (later || last == b')') && text.len() <= 60 && shows_ticked(text) {
        return true;
    }
    // (A checklist's items ticked off and folded under their count: a plus or a digit
    // first.)
    if (first == b'+' || first.is_ascii_digit()) && text.len() <= 64 && ticked_away(text) {
        return true;
    }
    // (A tool's warning or note that says so: `WARNING: There are more results available
    // than are currently displayed`, PowerShell's.)
    // (Or that columns were left out, PowerShell's `WARNING: 2 columns do not fit into
    // the display and were removed.`: an identifier may have been among them.)
    let columns_cut = |said: &str| {
        let lower = crate::case::lower(said);
        lower.contains("column")
            && ["removed", "do not fit", "truncated", "omitted"]
                .iter()
                .any(|w| lower.contains(w))
    };
    if after_log_level(text).is_some_and(|said| elsewhere(said, None) || more_results(said) || columns_cut(said)) {
        return true;
    }
    // (A short line of the words for a part not here, whatever its first letter.)
    if text.len() <= 160 && (may_be(&PART_FILTER, hash) || first.is_ascii_digit()) && says_part_missing(text) {
        return true;
    }
    // (A line whose last word ends a phrase matched at a line's end, `John sent a photo`,
    // `Mike: <Media omitted>`, whatever its first letter.)
    // (The same word as the trimmed text's below: only ends that are no letter or digit
    // are trimmed.)
    let last_hash = last_word_hash(text);
    let ends_one = last_hash.is_some_and(|last| may_be(&ENDERS_FILTER, last));
    // (The list goes on below, whatever the line's first words: by its last.)
    if text.len() <= 120
        && last.is_ascii_alphabetic()
        && last_hash.is_some_and(|h| may_be(&BELOW_FILTER, h))
        && goes_on_below(text)
    {
        return true;
    }
    // (A chat's line that pictures were sent or a message taken back, whatever its first
    // letter, behind the filter of its last word.)
    // (Every such last word ends in a letter: a line that ends in a digit, `Tool 123`,
    // `Slack 4.33.1`, is let go before the filter, which numbers pass as often as not.)
    if text.len() <= 80
        && !last.is_ascii_digit()
        && last_hash.is_some_and(|last| may_be(&CHAT_EVENT_FILTER, last))
        && chat_event(text)
    {
        return true;
    }
    // (A part of the list in words, `(first half)`, `erste Hälfte`; or the rest in the next
    // message, however it is said: `la suite dans le prochain mail`, `more in my next
    // e-mail`. By the line's last word, whatever its first.)
    // (Every such last word ends in a letter: a line that ends in a digit is let go first.)
    if text.len() <= 80
        && !last.is_ascii_digit()
        && last_hash.is_some_and(|last| may_be(&PART_ENDS_FILTER, last))
        && part_in_words(text)
    {
        return true;
    }
    // (Or a folder with a count of more after a plus at the end, `Pasta: Compras +7`,
    // `Dossier : Shopping +7`: its apps not named.)
    if text.len() <= 60 && last.is_ascii_digit() && text.contains('+') && folder_plus(text) {
        return true;
    }
    // (A screen, a page or a screenshot by its place among several, `the second
    // screenshot didn't paste`, `es solo la primera pantalla`: the list is on more of
    // them. Whatever the line's first letter, behind the filter of its words.)
    // (Only a heading or a sentence, a word after the first in lower case, may be one:
    // most names are let go by a look at their bytes before their words are hashed.)
    let lower_after_first = || {
        text.as_bytes()
            .windows(2)
            .any(|pair| matches!(pair, [b' ', next] if next.is_ascii_lowercase() || !next.is_ascii()))
    };
    if text.len() <= 160
        && (text.trim_end().ends_with(':') || lower_after_first())
        && any_word_may_be(&SCREENS_FILTER, text)
        && screen_among_several(text)
    {
        return true;
    }
    // (A picture's placeholder after who sent it, whatever their first letter: `Anna:
    // [Photo]`, Telegram Desktop's copy `John Smith, [01.03.2023 10:15]: [Photo]`.)
    if text.len() <= 120
        && !matches!(last, b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.')
        && text
            .rsplit_once(": ")
            .is_some_and(|(_, said)| media_placeholder(said.trim()))
    {
        return true;
    }
    // (A home screen's place among several, `Home screen 1/3`, `Pantalla de inicio 1 de
    // 4`, whatever its first word: a digit last, and a first letter of a screen's word.)
    if last.is_ascii_digit()
        && text.len() <= 32
        && matches!(
            first.to_ascii_lowercase(),
            b'h' | b'b' | b's' | b'p' | b't' | b'e' | 0xC3
        )
        && page_of(text, false)
    {
        return true;
    }
    if !begins && !picture && !later && !ends_one || text.len() > 160 {
        return false;
    }
    // (WhatsApp on iOS writes an invisible mark before its placeholders: `\u{200e}<attached:
    // …>`.)
    // (A line that begins and ends with a letter or a digit, most names, is all of it:
    // nothing of these is at its ends.)
    let bare = first.is_ascii_alphanumeric() && last.is_ascii_alphanumeric();
    let t = if bare {
        text
    } else {
        undecorated(text)
            .trim_start_matches(crate::text::is_invisible)
            .trim_start_matches(['.', '…', '+', ' '])
            .trim_end_matches(['.', '!', '…'])
    };
    // (A line that begins with a letter, most names, reaches the rules below only when a
    // word of its own may be one they look for: its first word one that begins a phrase
    // of theirs ([`OPENERS_FILTER`]), its last one that ends one ([`ENDERS_FILTER`]; a
    // line beyond ASCII is not let go by it), or a chat's replies, an ellipsis, a
    // console's cut. Their word lists cost a name some 10,000 instructions.)
    if first.is_ascii_alphabetic()
        && !picture
        && !later
        && !may_be(&OPENERS_FILTER, hash)
        && t.is_ascii()
        && !ends_one
        && !hidden_replies(if bare {
            t
        } else {
            t.trim_matches(crate::text::AROUND_A_WORD)
                .trim_start_matches(['.', '…', '+', ' '])
        })
        && (bare || !more_then_ellipsis(text))
        && !console_cut(text)
    {
        return false;
    }
    // A picture or an attachment.
    let placeholder = PLACEHOLDER_STARTS.iter().any(|p| starts(t, p))
        // (A mail app's placeholder in any language, a word and the file in square
        // brackets: `[imagem: captura.png]`, `[obraz: zrzut.png]`.)
        || t.strip_prefix('[').and_then(|t| t.strip_suffix(']')).is_some_and(|inner| {
            inner
                .split_once(": ")
                .is_some_and(|(word, file)| !word.contains(' ') && !file.contains('[') && ends_picture(file))
        })
        // (A camera's or a picture's emoji alone, or before a file's name: `📷 IMG_2041.png`;
        // or a word for one, `📷 Photo`; before an app's name, `📷 Camera`, `🖼️ Photos`, a bullet.)
        || ["📷", "🖼", "🎥", "📹"].iter().any(|e| {
            t.strip_prefix(e).is_some_and(|rest| {
                let rest = rest.trim_start_matches(['\u{fe0f}', ' ', ':']);
                // (WhatsApp's preview of a picture, `📷 Photo`, `🎥 Video`: one word for it.)
                const ONE: Words = words!(
                    "photo|foto|image|picture|screenshot|video|vídeo|vidéo|bild|imagen|imagem|immagine|gif|sticker|capture|captura|zdjęcie|фото|видео|图片|照片|视频|写真|動画",
                );
                rest.is_empty() || ends_picture(rest) || ONE.contains(rest.trim())
            })
        })
        || PLACEHOLDER_ENDS.iter().any(|p| ends(t, p))
        || PLACEHOLDER_EITHER.iter().any(|p| starts(t, p) || ends(t, p))
        || later
            && may_be(&GONE_FILTER, hash)
            && [
                "see pic",
                "see picture",
                "see image",
                "see photo",
                "see screenshot",
                "siehe screenshot",
                "siehe bild",
                "voir capture",
                "ver captura",
                "ver imagen",
                // A chat's message that is not here: deleted, or not yet loaded.
                "this message was deleted",
                "you deleted this message",
                "message deleted",
                "waiting for this message",
                "diese nachricht wurde gelöscht",
                "du hast diese nachricht gelöscht",
                "nachricht gelöscht",
                "ce message a été supprimé",
                "vous avez supprimé ce message",
                "message supprimé",
                "se eliminó este mensaje",
                "eliminaste este mensaje",
                "mensaje eliminado",
            ]
            .iter()
            .any(|p| {
                // (In brackets too: `(see screenshot)`.)
                let bare = t.trim_matches(crate::text::AROUND_A_WORD);
                starts(t, p) || ends(t, p) || starts(bare, p)
            });
    // A picture's file name alone (`IMG_0412.PNG`, `Screenshot_20240101-123456.png`), or
    // one that says it is a screenshot or a chat's picture (`Screenshot 2024-01-01 at
    // 10.00.00.png`, `WhatsApp Image 2024-01-01 at 10.00.00.jpeg`).
    const SHOT: Words = words!("screenshot|screen|bildschirmfoto|capture|captura|whatsapp|img|image|photo|foto");
    // (Also after a mail's or a chat's word for attachments, `Anlagen: Apps.xlsx`, `📎
    // apps.xlsx`, and before its size, `Apps.xlsx (12 KB)`.)
    const ATTACHED: Words = words!(
        "attachments|attachment|attached|anlagen|anlage|anhang|anhänge|pièces jointes|pièce jointe|adjuntos|adjunto|allegati|allegato|bijlagen|bijlage|załączniki|załącznik|anexos|anexo",
    );
    let name = t
        .split_once(':')
        .filter(|(label, _)| ATTACHED.contains(label.trim()))
        .map_or(t, |(_, name)| name.trim());
    let name = name.strip_prefix('📎').map_or(name, str::trim);
    let name = name
        .rsplit_once(" (")
        .or_else(|| name.rsplit_once(" ["))
        .map_or(name, |(file, _)| file);
    let name = name
        .split_once('|')
        .map_or(name, |(file, _)| file)
        .trim_start_matches('!');
    // (An identifier is no file's name: `com.apple.Numbers`.)
    let identifier = name.bytes().filter(|&b| b == b'.').count() >= 2 && crate::text::looks_like_identifier(name);
    // (A file's name may have spaces, `Apps list.xlsx`, `Zrzut ekranu 2023-03-01 o
    // 10.15.32.png`, its extension glued to it: no app's name ends so. `Save as .png` is none.)
    // (Not a heading that names where the list came from: `Copied from apps.xlsx:`.)
    let source = text.trim_end().ends_with(':')
        || name.split(' ').next().is_some_and(|w| {
            words!("copied|exported|from|aus|von|de|desde|da|van|uit|z|export|exportiert").contains(w)
        });
    let document = !source
        && FILE_ENDS.iter().any(|e| {
            ends(name, e)
                && name
                    .get(..name.len() - e.len())
                    .and_then(|stem| stem.chars().next_back())
                    .is_some_and(char::is_alphanumeric)
        });
    let file = picture
        && !identifier
        && (!name.contains(' ') || document || name.split(' ').next().is_some_and(|w| SHOT.contains(w)));
    let media = media_placeholder(t);
    // (A mail app's count of a message's files, `2 attachments (1.2 MB)`, `1 Anhang`,
    // `2 Attachments • Scanned by Gmail`: the list may be in them.)
    const FILES: Words = words!("attachment|attachments|anhang|anhänge|pièce|pièces|adjunto|adjuntos|allegato|allegati|bijlage|bijlagen|załącznik|załączniki|anexo|anexos");
    let mut counted = t.split_whitespace();
    if counted.next().and_then(whole_number).is_some() && counted.next().is_some_and(|w| FILES.contains(w)) {
        return true;
    }
    // The list goes on (`see all 84 apps`, `and 42 more`, `12 more apps`, `[truncated]`).
    // (Inside brackets too: `[... 120 more lines]`, `(output truncated)`.)
    let inner = t
        .trim_matches(crate::text::AROUND_A_WORD)
        .trim_start_matches(['.', '…', '+', ' ']);
    let mut words = inner.split_whitespace();
    let is = |w: Option<&str>, p: &str| w.is_some_and(|w| w.eq_ignore_ascii_case(p));
    let number = |w: Option<&str>| w.and_then(whole_number).is_some();
    let (w1, w2, w3) = (words.next(), words.next(), words.next());
    let rest = words.count();
    // (`Load more`, `See more apps`: a button that shows more of the list.)
    let shows = is(w1, "see") || is(w1, "show") || is(w1, "view") || is(w1, "load");
    let more = |w: Option<&str>| is(w, "more") || is(w, "others") || w.is_some_and(|w| OTHERS.contains(w));
    // (`12 weitere Apps`, `12 autres applications`, `12 aplicaciones más`.)
    const OTHERS: Words = words!(
        "weitere|andere|autres|más|mais|outros|outras|altre|altri|meer|andere|więcej|innych|till|mere|til|lisää|další|további|lagi|ancora|encore|noch|nog|jeszcze",
    );
    const APPS: Words =
        words!("apps|applications|aplicaciones|aplicativos|aplicações|applicazioni|anwendungen|programme|programs");
    let see_all = shows && ((is(w2, "all") || is(w2, "more")) && rest <= 1 || number(w2) && more(w3) && rest <= 1)
        || hidden_replies(inner);
    // (`12 more apps`, `20 others`; not `2 others reacted`.)
    // (`and` in the languages of phones: `och 42 till`, `og 42 mere`.)
    let and = w1.is_some_and(|w| AND.contains(w));
    // (Or the word for more first, in lower case, `…e ancora 18`, `…et encore 20`, `und
    // noch 20`: `And More 2` is a title.)
    let and_more = and && number(w2) && more(w3) && rest <= 1
        || and && more(w2) && w2.is_some_and(|w| w.starts_with(char::is_lowercase)) && number(w3) && rest == 0
        || number(w1)
            && more(w2)
            && rest == 0
            && (is(w2, "more") || w3.is_none() || w3.is_some_and(|w| APPS.contains(w)))
        || number(w1) && w2.is_some_and(|w| APPS.contains(w)) && more(w3) && rest == 0;
    // (Four words at most, no list's comma: the last a word that says the text was cut,
    // `[truncated]`, `(output truncated)`, `[Message clipped]`, `(This message was
    // truncated)`; or, in brackets, one that says it is a part, `(partial list)`, `[cut
    // off]`, `(cont.)`; or `to be continued`. `Video cut` and `The Cut` are names.)
    const PART: Words =
        words!("partial|cut|cont|continued|unvollständig|partielle|parcial|incomplete|incomplète|incompleta");
    let bracketed = inner.len() < t.len() && matches!(t.as_bytes().first(), Some(b'(' | b'[' | b'<'));
    // (Or said in brackets in a few more words, `[Text truncated - exceeded 4000
    // characters]`.)
    let said_cut = || {
        bracketed
            && inner.split_whitespace().nth(8).is_none()
            && inner.split_whitespace().any(|w| {
                let w = w.trim_end_matches(['.', ':', ',', ';']);
                CUT.contains(w) || PART.contains(w)
            })
    };
    let truncated = said_cut()
        || rest <= 1
            && !t.contains(',')
            && (inner.split_whitespace().last().is_some_and(|w| {
                // (In lower case or in capitals: `Truncated` is a name.)
                let title = w.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
                    && w.bytes().skip(1).any(|b| b.is_ascii_lowercase());
                (!title || bracketed) && CUT.contains(w.trim_end_matches('.'))
            }) || bracketed && inner.split_whitespace().any(|w| PART.contains(w.trim_end_matches('.')))
                || t == "to be continued");
    // (A count of more after a plus, `+ 20 apps`, `+20 others`, `+ more`; not `+1` or a
    // phone's number, nor a name in a list bulleted with `+`, `+ More`, `+ 7 Cups`.)
    let more_word = |w: Option<&str>| w.is_some_and(|w| matches!(w, "more" | "others" | "other") || KINDS.contains(w));
    // (And a count alone after it, also in brackets, `+40`, `(+40)`: not `+1`, a chat's
    // yes, nor a phone's number.)
    let count_alone = inner.len() <= 4 && w2.is_none() && w1.and_then(whole_number).is_some_and(|n| n >= 2);
    let plus = (first == b'+' || text.starts_with("(+"))
        && (number(w1) && more_word(w2) && (w3.is_none() || more_word(w3))
            || more_word(w1) && w2.is_none()
            || count_alone)
        && rest == 0;
    // (`(more)`: the word alone in brackets; `More` is a name.)
    let more_in_brackets = bracketed && is(w1, "more") && w2.is_none();

    placeholder
        || file
        || picture_named(t)
        // (A mail's source's picture, its tag alone: `<img src="cid:image001.png@…">`; a
        // name after it is read.)
        || starts(t, "<img") && t.find('>').is_some_and(|end| end + 1 == t.len())
        || media
        || see_all
        || later
            && (may_be(&SHOWS_FILTER, hash) && shows_the_rest(inner)
                || may_be(&CONTINUES_FILTER, hash) && continues(inner)
                || may_be(&SUBSET_FILTER, hash) && subset_heading(t)
                || may_be(&WITHHELD_FILTER, hash) && withheld(t))
        || more_in_brackets
        || more_then_ellipsis(text)
        || console_cut(text)
        || page_alone(inner).is_some()
        || and_more
        || truncated
        || plus
        || link(t)
        || page_of(inner, bracketed)
        || (later || first.is_ascii_digit()) && filtered_view(t)
        || (!first.is_ascii() || matches!(first, b'(' | b'[') || first.is_ascii_digit() && !t.is_ascii()) && cjk_more(t)
}

/// A line in Chinese or Japanese that shows or counts more of the list than is here: a
/// screen's button (`查看全部`, `显示更多`, `展开`, `加载更多`, `顯示更多`, `もっと見る`,
/// `すべて表示`), or the rest counted (`还有12个`, `以及其他12个应用`, `另外 12 个应用`,
/// `等12个应用`, `以及其他 12 個`, `他12件`).
fn cjk_more(text: &str) -> bool {
    const BUTTONS: [&str; 22] = [
        "查看全部",
        "查看更多",
        "显示更多",
        "显示全部",
        "更多",
        "更多应用",
        "展开",
        "展开更多",
        "加载更多",
        "上滑查看更多",
        "等等",
        "顯示更多",
        "顯示全部",
        "查看更多應用",
        "展開",
        "載入更多",
        "加載更多",
        "もっと見る",
        "すべて表示",
        "さらに表示",
        "すべてのアプリを表示",
        "全部",
    ];
    const REST: [&str; 9] = ["还有", "以及其他", "以及", "另外", "其他", "和其他", "另有", "等", "他"];
    // (A count's measure word, then a word for apps or none: `个`, `个应用程式`, `款app`.)
    const MEASURES: [&str; 3] = ["个", "款", "件"];
    const APPS: [&str; 9] = [
        "",
        "应用",
        "应用程序",
        "应用程式",
        "app",
        "软件",
        "软体",
        "程序",
        "程式",
    ];
    // (Traditional characters read as their simplified forms: one list of words for both.)
    let folded: String;
    let text = if text.chars().any(|c| simplified(c) != c) {
        folded = text.chars().map(simplified).collect();
        &folded
    } else {
        text
    };
    let t = text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '（' | '）' | '(' | ')' | '…' | '.' | '。'));
    if cjk_remark(t) || cjk_pages(t) {
        return true;
    }
    // (A button, alone or with the count it shows: `查看全部 45 個應用程式`.)
    if BUTTONS.iter().any(|b| {
        t == *b
            || t.starts_with(b)
                && t.get(b.len()..)
                    .is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_ascii_digit()))
    }) {
        return true;
    }
    let Some(rest) = REST.iter().find_map(|w| t.strip_prefix(w)) else {
        return false;
    };
    // (Two of them, `另外还有12个`: and besides, 12 more.)
    let rest = rest.trim_start();
    let rest = REST
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest)
        .trim_start();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && rest.get(digits..).is_some_and(|unit| {
            let unit = unit.trim();
            MEASURES.iter().find_map(|m| unit.strip_prefix(m)).is_some_and(|w| {
                let w = w.trim();
                let w = w.strip_suffix(['s', 'S']).filter(|_| w.len() == 4).unwrap_or(w);
                APPS.iter().any(|a| w.eq_ignore_ascii_case(a))
            })
        })
}

/// A Traditional Chinese character of [`cjk_more`]'s and [`cjk_remark`]'s words as its
/// simplified form (`還` as `还`, `個` as `个`); any other character as it is.
fn simplified(c: char) -> char {
    match c {
        '還' => '还',
        '個' => '个',
        '應' => '应',
        '餘' => '余',
        '記' => '记',
        '們' => '们',
        '顯' => '显',
        '這' => '这',
        '開' => '开',
        '載' => '载',
        '頁' => '页',
        '麼' => '么',
        '沒' => '没',
        '寫' => '写',
        '說' => '说',
        '別' => '别',
        '幾' => '几',
        '裝' => '装',
        '軟' => '软',
        '體' => '体',
        '後' => '后',
        '來' => '来',
        '從' => '从',
        '於' => '于',
        '與' => '与',
        '為' => '为',
        '當' => '当',
        _ => c,
    }
}

/// Whether a line in Chinese says every app is listed (`全部列出来了`, `我都列出來了`,
/// `已全部列出`, `就这些`, `没有别的`), in either script.
pub(super) fn cjk_all_listed(line: &str) -> bool {
    const ALL: [&str; 9] = [
        "全部列出",
        "都列出",
        "全都列",
        "列全了",
        "已全部列",
        "就这些",
        "没有别的",
        "没有其他",
        "这就是全部",
    ];
    if line.is_ascii() {
        return false;
    }
    let line: String = line.chars().map(simplified).collect();
    ALL.iter().any(|a| line.contains(a))
}

/// A remark in Chinese or Japanese, under or among the names, that there are more than
/// these (already in simplified characters, [`simplified`]): many more (`还有很多`,
/// `还有一些别的`), the rest are of a kind (`其余都是工作应用`, `剩下的都是工作用的`),
/// the others forgotten (`其他的不记得了`, `剩下的想不起来了`), the rest left out
/// (`其余省略`, `以下省略`, `他にもたくさんあります`). A heading of the list's other
/// apps (`其他应用：`) says none of that.
fn cjk_remark(t: &str) -> bool {
    const MANY: [&str; 9] = ["很多", "好多", "一些", "几个", "别的", "其他", "其它", "更多", "不少"];
    const OTHERS: [&str; 7] = ["其他", "其它", "其余", "剩下", "剩余", "别的", "后面"];
    const SAID: [&str; 12] = [
        "都是",
        "是工作",
        "不记得",
        "记不清",
        "记不得",
        "想不起",
        "忘了",
        "没写",
        "没列",
        "不列",
        "省略",
        "略",
    ];
    if t.chars().count() > 24 || t.ends_with(['：', ':']) {
        return false;
    }
    t.strip_prefix("还有")
        .is_some_and(|r| MANY.iter().any(|m| r.trim_start().starts_with(m)))
        || OTHERS.iter().any(|o| t.contains(o)) && SAID.iter().any(|s| t.contains(s))
        || matches!(t, "以下省略" | "以下略" | "後略" | "后略")
        || t.starts_with("他にも") && (t.contains("あります") || t.contains("たくさん") || t.contains("ある"))
        || t == "その他多数"
}

/// A page of several in Chinese or Japanese: `第1页 共3页`, `第１頁，共３頁`, either part
/// alone (`共3页`, three pages; `第2页`, a page of several), or `1/3ページ`. `第1页 共1页`,
/// `共1页`, the one page, are whole.
fn cjk_pages(text: &str) -> bool {
    // (The number after `prefix` and before `页`, `頁` or `ページ`, and what follows.)
    let number = |t: &str, prefix: &str| -> Option<(usize, String)> {
        let rest = t.strip_prefix(prefix)?.trim_start();
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let after = rest.get(digits.len()..)?.trim_start();
        let after = ["页", "頁", "ページ"].iter().find_map(|p| after.strip_prefix(p))?;
        Some((
            digits.parse().ok()?,
            after.trim_start_matches([' ', ',', '，', '、', '/']).to_owned(),
        ))
    };
    if let Some((_, rest)) = number(text, "第") {
        return match number(&rest, "共") {
            Some((pages, more)) => more.is_empty() && pages > 1,
            None => rest.is_empty(),
        };
    }
    matches!(number(text, "共"), Some((pages, more)) if more.is_empty() && pages > 1)
}

/// A count of the apps in Chinese, Japanese or Korean, and only that: a number (ASCII or
/// full-width) with a word for apps and the words a count or a heading has besides
/// (`共 45 个应用`, `已安装应用（45）`, `全部应用 (45)`, `アプリ（45）`, `45 個のアプリ`,
/// `설치된 앱 45개`). The number, when the line is such a count. (`360手机助手` is a name:
/// its other words are none of these.)
pub(super) fn cjk_count(text: &str) -> Option<usize> {
    // (Longer words first where one begins another.)
    const APPS: [&str; 17] = [
        "款",
        "Apps",
        "App",
        "apps",
        "app",
        "应用程序",
        "應用程式",
        "应用",
        "應用",
        "软件",
        "軟體",
        "軟件",
        "程序",
        "程式",
        "アプリ",
        "앱",
        "어플",
    ];
    const BESIDES: [&str; 44] = [
        "共",
        "显示",
        "顯示",
        "表示",
        // (Where the count shown follows the total: `45 个应用中的 3 个`, 3 of 45 apps.)
        "中的",
        "のうち",
        "중",
        "总共",
        "總共",
        "合计",
        "合計",
        "全部",
        "所有",
        "我的",
        "已安装的",
        "已安裝的",
        "已安装",
        "已安裝",
        "个",
        "個",
        "款",
        "件",
        "の",
        "インストール済み",
        "済み",
        "すべての",
        "すべて",
        "全",
        "설치된",
        "전체",
        "모든",
        "개",
        "총",
        "내",
        "的",
        "有",
        "列表",
        "一覧",
        "목록",
        "清单",
        "条",
        "條",
        "项",
        "項",
    ];
    // (Most lines: let go by their first byte, neither a digit nor one of these scripts'.)
    if !text
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_digit() || b >= 0xE3 || b == b'(')
    {
        return None;
    }
    let (mut number, mut apps, mut rest) = (None::<usize>, false, text);
    // (After `中的`, `のうち`, `중`: the number of those shown, not another total.)
    let (mut of, mut shown) = (false, None::<usize>);
    while let Some(c) = rest.chars().next() {
        let digit = match c {
            '0'..='9' => c.to_digit(10),
            '０'..='９' => Some(u32::from(c) - u32::from('０')),
            _ => None,
        };
        let word = if digit.is_some() || c.is_whitespace() || "()（）[]【】:：".contains(c) {
            c.len_utf8()
        } else if let Some(w) = APPS.iter().find(|w| rest.starts_with(**w)) {
            apps = true;
            w.len()
        } else {
            let w = BESIDES.iter().find(|w| rest.starts_with(**w))?;
            of |= matches!(*w, "中的" | "のうち" | "중") && number.is_some();
            w.len()
        };
        if let (Some(d), true) = (digit, of) {
            shown = Some(shown.unwrap_or(0).saturating_mul(10).saturating_add(d as usize));
        } else if let Some(d) = digit {
            // (One number only, its digits together.)
            let before = text.len() - rest.len();
            let glued = text
                .get(..before)
                .and_then(|t| t.chars().next_back())
                .is_some_and(|p| p.is_ascii_digit() || ('０'..='９').contains(&p));
            number = match (number, glued) {
                (None, _) => Some(d as usize),
                (Some(n), true) => Some(n.saturating_mul(10).saturating_add(d as usize)),
                (Some(_), false) => return None,
            };
        }
        rest = rest.get(word..).unwrap_or("");
    }
    // (Or a total of items in so many words, `全87件`, `共87条`: the list's.)
    let items = (text.starts_with('全') || text.starts_with('共'))
        && ["件", "条", "條", "项", "項"]
            .iter()
            .any(|w| text.trim_end().ends_with(w));
    // (A count of those shown above the total, `45 个应用中的 50 个`, is no count.)
    number.filter(|&n| (apps || items) && shown.is_none_or(|s| s <= n))
}

/// A line that says the list above or below it is a search's or a filter's, not all the
/// apps: a search box with what was typed in it (`Search: zoom`, `Suche: teams`), a
/// filter with what was chosen in it or its state (`Filtered by: Publisher =
/// Microsoft`, `1 filter applied`, `Filter aktiv`), or a view of one kind (`Managed apps
/// only`, `Work profile apps only`). A filter that keeps everything (`Filter: None`, `0
/// filters applied`) and a name with a filter in it (`Blue Light Filter`, `Snap
/// Filters`, `3 Filter Cam`) say none of that; nor does a button (`Clear filters`), which
/// a filter's name shares.
fn filtered_view(text: &str) -> bool {
    const SEARCH: Words = SEARCH_WORDS;
    const FILTER: Words = words!(
        "filter|filters|filtre|filtres|filtro|filtros|filtri|filter by|filtered by|filter nach|gefiltert nach|filtré par|filtrer par|filtrar por|filtrado por",
    );
    // (A filter's state when one is on.)
    const APPLIED: Words = words!(
        "applied|active|aktiv|angewendet|appliqué|appliqués|actif|actifs|aplicado|aplicados|activo|activos|applicati|attivi",
    );
    // (A query's or a report's condition, over the rows it kept.)
    const CRITERIA: Words = words!(
        "criteria|criterion|query|condition|conditions|kriterien|abfrage|bedingung|critères|requête|criterios|consulta",
    );
    const CONDITION: Words = words!("where|like|contains|equals|is|=|!=|<>|starts|ends|enthält|contient|contiene");
    // (A view of some of the apps, `View: Managed apps`; not one of the screen's
    // layouts, `View: Grid`.)
    const VIEW: Words = words!("view|ansicht|vue|vista|weergave");
    const PICKED: Words = words!(
        "managed|work|personal|system|user|company|business|private|selected|selection|favorites|favourites|verwaltete",
    );
    const ONLY: Words = words!("only|nur|seulement|uniquement|solo|solamente");
    if text.len() > 80 {
        return false;
    }
    let lower_first = |w: &str| w.as_bytes().first().is_some_and(u8::is_ascii_lowercase);
    fn word(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '=' | '!' | '<' | '>'))
    }
    // (A title that says so in brackets: `Installed applications (filtered)`.)
    if [
        "(filtered)",
        "[filtered]",
        "(gefiltert)",
        "(filtré)",
        "(filtrado)",
        "(filtrato)",
    ]
    .iter()
    .any(|w| {
        text.len() > w.len()
            && text
                .get(text.len() - w.len()..)
                .is_some_and(|t| t.eq_ignore_ascii_case(w))
    }) {
        return true;
    }
    // A search box or a filter with what was typed or chosen in it: `Search: zoom`,
    // `Filter: Work apps`, `Filtered by: Publisher = Microsoft`, `Filters applied: …`,
    // `Advanced search: …`, `Search results for: o`; a query's condition, `Criteria: App
    // Name LIKE '%o%'`; a view of some, `View: Managed apps`, `Exported rows: selection
    // only`.
    if let Some((label, value)) = text.split_once(':') {
        let label = label.trim();
        let value = value.trim();
        // (A pattern of wildcards alone, `%` or `*`, keeps everything too.)
        let chosen = !value.trim_matches(['%', '*', ' ']).is_empty()
            && value.len() <= 60
            && !value
                .split_whitespace()
                .next()
                .is_some_and(|w| FILTER_KEEPS_ALL.contains(w));
        if !chosen || label.split_whitespace().count() > 3 {
            return false;
        }
        // (The label its words alone, with a filter's state or a search's kind beside
        // them: `Filters applied`, `Applied filters`, `Advanced search`, `Search results
        // for`; `Filter Camera: Photo Effects` is a name's.)
        const BESIDE: Words = words!("advanced|results|for|current|by|export|exported|selected|report|apps|app");
        let labelled = |words: &Words| {
            label.split_whitespace().any(|w| words.contains(w))
                && label
                    .split_whitespace()
                    .all(|w| words.contains(w) || APPLIED.contains(w) || BESIDE.contains(w))
        };
        let values = |words: &Words| value.split_whitespace().any(|w| words.contains(word(w)));
        // (A column's filter with a pattern or a condition: `Product Name filter:
        // Microsoft%`.)
        let column_filter = label.split_whitespace().last().is_some_and(|w| FILTER.contains(w))
            && (value.contains(['%', '*']) || values(&CONDITION));
        return SEARCH.contains(label)
            || FILTER.contains(label)
            || column_filter
            || labelled(&SEARCH)
            || labelled(&FILTER)
            || labelled(&CRITERIA) && values(&CONDITION)
            || (VIEW.contains(label) || labelled(&ROWS)) && values(&PICKED);
    }
    // (A search box's placeholder with what was typed after it: `Search software...  zoom`.)
    if let Some((placeholder, typed)) = text.split_once("...").or_else(|| text.split_once('…')) {
        if placeholder
            .split_whitespace()
            .next()
            .is_some_and(|w| SEARCH.contains(w))
            && !typed.trim().is_empty()
        {
            return true;
        }
    }
    let words: Vec<&str> = text.split_whitespace().take(8).collect();
    if words.len() > 7 {
        return false;
    }
    let number = words.first().and_then(|w| whole_number(w));
    if number == Some(0) {
        return false;
    }
    // A search's results, with what was searched for: `Showing results for "zoom"`, `3
    // results for "zoom"`, `Apps matching 'o'`.
    // (What was searched for in quotes, or a word or two that are not a sentence's, `my
    // phone`, `device JDOE-IPHONE`, `the policy check`.)
    const NOT_TERM: Words = words!("my|the|this|your|our|device|devices|work|mein|meine|mon|ma|mes|mi|mis");
    let term = |i: usize| {
        let rest = words.get(i + 2..).unwrap_or_default();
        let quoted = rest
            .first()
            .is_some_and(|w| w.starts_with(['"', '\'', '“', '‘', '«', '„']));
        quoted || (1..=2).contains(&rest.len()) && rest.first().is_some_and(|w| !NOT_TERM.contains(w))
    };
    if words.windows(2).enumerate().any(|(i, w)| {
        matches!(w, [r, f] if r.eq_ignore_ascii_case("results") && f.eq_ignore_ascii_case("for")) && term(i)
            || matches!(w, [k, m] if KINDS.contains(k) && m.eq_ignore_ascii_case("matching")) && term(i)
    }) {
        return true;
    }
    // Some rows chosen by hand: `Export of 2 selected rows`, `selected rows only`.
    if words
        .windows(2)
        .any(|w| matches!(w, [s, r] if s.eq_ignore_ascii_case("selected") && (ROWS.contains(r) || KINDS.contains(r))))
    {
        return true;
    }
    // A filter's count and state, `1 filter applied`, `2 filters active` (not `0 filters
    // applied`, nor `3 Filter Cam`); or a filter on, in lower case, `filters applied`.
    let count = number.is_some();
    let filter = words.iter().take(3).any(|w| FILTER.contains(w));
    let applied = words.iter().any(|w| APPLIED.contains(w));
    if filter && applied && (count || words.first().copied().is_some_and(lower_first) || words.len() <= 3) {
        return true;
    }
    // (A view of one kind: the last word `only`, or the first with a verb for shown after
    // it, a kind of app and what picks it among the words: `Managed apps only`, `Showing
    // managed apps only`, `Only managed apps are shown`.)
    let kind = words.iter().any(|w| KINDS.contains(w));
    words.len() <= 5 && words.last().is_some_and(|w| ONLY.contains(w)) && kind
        || words.len() <= 6
            && words.first().is_some_and(|w| ONLY.contains(w))
            && kind
            && words.iter().any(|w| PICKED.contains(w))
}

/// What a filter or a search that keeps everything says: `Filter: None`, `Filter by: All
/// drives`, `Search: (empty)`, `View: All apps`.
const FILTER_KEEPS_ALL: Words = words!(
    "all|alle|tous|toutes|todos|todas|any|tutti|tutte|none|no|off|aus|keine|kein|aucun|aucune|ninguno|ninguna|nessuno|0|-|–|(none)|(empty)|empty|leer|vide|vacío|everything|show|wszystkie|alla|tüm|tümü|všechny|kaikki|összes",
);

/// Whether a text beside a list, a note or a comment a document has, says as a typed line
/// would that the list is not whole: it goes on ([`says_more`]), it is some of the apps or
/// the rest comes later ([`remark_of_some`], [`remark_of_part`]), or it is a page of
/// several.
pub(super) fn says_not_whole(text: &str) -> bool {
    says_more(text) == Some(true)
        || remark_of_some(text)
        || remark_of_part(text)
        || stated_total(text) == Some(usize::MAX)
}

/// Whether an entry that a reader took from its line says the list goes on instead of
/// naming an app, as a typed line that [`elsewhere`] or [`goes_on`] tells of does: a
/// CSV's `(143 rows not shown)` under its rows, a JSON string `... and 143 more`, a
/// comment (`// 143 more`, `/* 143 more */`, `# 143 more`). `Some(true)`: the whole
/// entry says so; `Some(false)`: a comment after a name does (`"Zoom" /* 143 more */`).
#[inline(never)]
pub(super) fn says_more(text: &str) -> Option<bool> {
    let says = |t: &str| {
        let t = trim(t.trim_matches(['"', '\'', ',']));
        // (An ellipsis before words, `…und 45 weitere`, or after them, `12 more…`: the
        // words say it.)
        let t = match trim(t.trim_start_matches(['…', '.']).trim_end_matches('…')) {
            "" => t,
            words => words,
        };
        let first = first_word_hash(t);
        !t.is_empty() && (elsewhere(t, first) || goes_on(t, first, false))
    };
    let text = trim(text);
    // (Most entries: no comment's mark, and let go by [`elsewhere`]'s first tests.)
    let comment = ["/*", "//", "#", "<!--"].iter().find_map(|mark| {
        let at = comment_at(text, mark)?;
        // (Not a `#` inside a name, `C#`, nor a number's, `#3 Photos`.)
        let before = text.get(..at).unwrap_or("");
        let numbered = text.as_bytes().get(at + 1).is_some_and(u8::is_ascii_digit);
        if *mark == "#" && (!before.trim().is_empty() || numbered) {
            return None;
        }
        let inner = text.get(at + mark.len()..).unwrap_or("");
        let inner = inner.split("*/").next().unwrap_or("").split("-->").next().unwrap_or("");
        Some((before.trim().trim_matches(['[', ']', ',']).is_empty(), inner))
    });
    match comment {
        Some((alone, inner)) => says(inner).then_some(alone),
        None => says(text).then_some(true),
    }
}

/// Where a comment begins with `mark` in `text`: its first place that is not a link's
/// `//` (after a colon, `https://`).
fn comment_at(text: &str, mark: &str) -> Option<usize> {
    text.match_indices(mark)
        .map(|(at, _)| at)
        .find(|&at| mark != "//" || !text.get(..at).is_some_and(|b| b.ends_with(':')))
}

/// The name before a comment after it (`"Zoom" /* 143 more */]` is `Zoom`), as
/// [`says_more`] found it.
pub(super) fn before_comment(text: &str) -> &str {
    let at = ["/*", "//", "<!--"]
        .iter()
        .filter_map(|m| comment_at(text, m))
        .min()
        .unwrap_or(text.len());
    trim(
        text.get(..at)
            .unwrap_or(text)
            .trim_matches([' ', '"', '\'', ',', '[', ']']),
    )
}

/// Whether `text` hides what it stood for: a spreadsheet's error in its cell (`#REF!`,
/// `#N/A`, `#NAME?`, `#VALUE!`, `#WERT!`, `#VALEUR!`, `#¡REF!`), a placeholder in brackets
/// for what was left out (`[redacted]`, `<private>`, `(hidden)`, `[removed]`), letters
/// crossed out (`XXXXX`), or a name masked with stars (`T*kT*k`, `T***k`).
#[inline(never)]
fn hides(text: &str) -> bool {
    const ERRORS: Words = words!(
        "#ref!|#n/a|#name?|#value!|#div/0!|#num!|#null!|#spill!|#calc!|#wert!|#nv|#bezug!|#valeur!|#nom?|#¡ref!|#¿nombre?|#¡valor!",
    );
    const LEFT_OUT: Words = words!(
        "redacted|private|hidden|removed|censored|masked|withheld|geschwärzt|entfernt|privat|versteckt|ausgeblendet|masqué|caché|supprimé|privé|oculto|privado|eliminado|censurado\
         |unreadable|illegible|unleserlich|illisible|ilegible|illeggibile|onleesbaar|nieczytelne|blurry|unclear",
    );
    let bytes = text.as_bytes();
    // (A name masked with stars: one word of letters and stars, a letter first, two
    // letters and a star at least; `C*Star Navigator` has more words. One star between
    // five letters or more is a name's, `E*TRADE`, `Q*bert`: were it one letter hidden,
    // `Tik*ok`, the name is still near enough to be asked about.)
    let masked = || {
        if !bytes.contains(&b'*') {
            return false;
        }
        let stars = bytes.iter().filter(|&&b| b == b'*').count();
        let letters = bytes.iter().filter(|b| b.is_ascii_alphabetic()).count();
        bytes.len() <= 30
            && stars > 0
            && bytes.first().is_some_and(u8::is_ascii_alphabetic)
            && bytes.iter().all(|b| b.is_ascii_alphabetic() || *b == b'*')
            && letters >= 2
            && !(stars == 1 && letters >= 5 && bytes.last() != Some(&b'*'))
    };
    match bytes.first() {
        Some(b'#') => ERRORS.contains(text),
        Some(b'[' | b'<' | b'(') => enclosed(text).is_some_and(|inside| LEFT_OUT.contains(inside.trim())),
        Some(b'X' | b'x') if bytes.len() >= 3 && bytes.iter().all(|b| matches!(b, b'X' | b'x')) => true,
        _ => masked(),
    }
}

/// The names cameras, phones and computers give a picture or a screen's picture, before
/// its date or alone ([`picture_named`]), in lower case.
const SHOT_NAMES: [&str; 30] = [
    "screen shot",
    "screenshot",
    "screenshot from",
    "screen recording",
    "bildschirmfoto",
    "bildschirmaufnahme",
    "capture d'écran",
    "captura de pantalla",
    "captura de tela",
    "istantanea schermo",
    "schermafbeelding",
    "zrzut ekranu",
    "skärmavbild",
    "skærmbillede",
    "skjermbilde",
    "näyttökuva",
    "snímek obrazovky",
    "képernyőfotó",
    "ekran resmi",
    "captură de ecran",
    "tangkapan layar",
    "ảnh màn hình",
    "whatsapp image",
    "whatsapp video",
    "image from ios",
    "pasted graphic",
    "pasted image",
    "photo",
    "image",
    "video",
];

/// The first words of [`SHOT_NAMES`] and [`CAMERA`]'s names, which [`elsewhere`] lets
/// past its first gates.
const SHOT_FIRST: Words = words!(
    "screen|screenshot|bildschirmfoto|bildschirmaufnahme|capture|captura|istantanea|schermafbeelding|zrzut|skärmavbild\
     |skærmbillede|skjermbilde|näyttökuva|snímek|képernyőfotó|ekran|captură|tangkapan|ảnh|whatsapp|image|pasted|photo\
     |video|img|pxl|dsc|dscn|dscf|vid|mvimg|signal|pano|burst|audio|sticker|gif|document",
);

/// The names a camera or a phone gives a picture, before `_` or `-` and its number or
/// date ([`picture_named`]).
const CAMERA: Words =
    words!("img|pxl|dsc|dscn|dscf|vid|mvimg|screenshot|photo|signal|image|pano|burst|video|audio|sticker|gif|document");

/// A picture's or a screen recording's name without its file's extension, as a chat, a
/// mail or a file's list shows it: a camera's or a phone's (`IMG_1234`,
/// `PXL_20230301_120000000`, `IMG-20230301-WA0001`, `Screenshot_20230301-120000`,
/// `signal-2023-03-01-120000`), a screen's picture before its date (`Screen Shot
/// 2023-03-01 at 12.00.00 PM`, `Bildschirmfoto 2023-03-01 um 12.00.00`, `WhatsApp Image
/// 2023-03-01 at 12.00.00`), or one of several words alone (`Capture d'écran`, `Pasted
/// Graphic`). (`Screenshot` alone is an app on some phones, and so may `Screen Shot` be;
/// `Screenshot 2` is a page's.)
fn picture_named(text: &str) -> bool {
    // (One token: letters, then `_` or `-`, then digits and separators, four digits at
    // least; `WA` of WhatsApp's among them.)
    // (Or its word among the numbers: iOS's WhatsApp export, `00000012-PHOTO-2023-03-01-12-00-00`.)
    let stem = || {
        let mut words = 0;
        text.contains(['_', '-'])
            && text.bytes().filter(u8::is_ascii_digit).count() >= 4
            && text.split(['_', '-']).all(|part| {
                let number = !part.is_empty() && part.trim_start_matches("WA").bytes().all(|b| b.is_ascii_digit());
                words += usize::from(!number);
                number || CAMERA.contains(part)
            })
            && words == 1
    };
    if text.len() <= 40 && !text.contains(' ') {
        return stem();
    }
    if text.len() > 80 {
        return false;
    }
    // (Its apostrophe typographic too: `Capture d’écran`.)
    let lower = crate::case::lower(text).replace('’', "'");
    SHOT_NAMES.iter().any(|name| {
        lower.strip_prefix(name).is_some_and(|rest| {
            let date = rest.trim_start().split([' ', '_']).next().unwrap_or("");
            // (Before a date, `2023-03-01`, `20230301`: the year first.)
            let dated = date.len() >= 8
                && date
                    .get(..4)
                    .is_some_and(|y| y.starts_with("20") && y.bytes().all(|b| b.is_ascii_digit()));
            // (Alone, a name of several words but English's and WhatsApp's, which apps have:
            // `Screen Shot`, `Screen Recording`.)
            rest.starts_with(' ') && dated
                || rest.is_empty() && name.contains(' ') && !name.starts_with("whatsapp") && !name.starts_with("screen")
        })
    })
}

/// The words of what a chat or a mail app shows in a picture's or a file's place
/// ([`media_placeholder`]).
const MEDIA: Words = words!(
    "image|images|photo|photos|picture|pictures|screenshot|screenshots|attachment|attachments|file|video|sticker|gif|media|document|audio|bild|bilder|foto|fotos|anhang|datei|immagine|zdjęcie|afbeelding|album|wideo|vídeo|documento|dokument|bildschirmfoto|imagen|imágenes|adjunto|archivo|captura|pièce|jointe|fichier|vidéo|capture|图片|图像|照片|截图|截屏|视频|文件|表情|動画|写真|画像|スクリーンショット|スタンプ|ファイル|사진|동영상|파일|이모티콘|фото|изображение|скриншот|файл|видео|стикер|voice|billede|bilde|kuva|obrázek|kép|resim|fotoğraf|imagine|fotografie|gambar|ảnh|medie|medier|média|médiumok|medya|fil|tiedosto|soubor|fájl|dosya|fișier|berkas|tệp",
);

/// What a chat or a mail app shows in a picture's or a file's place, the whole text in
/// brackets of any kind ([`enclosed`]), a word or three, one of them [`MEDIA`]'s
/// (`[image]`, `<image>`, `[Screenshot]`, `[Sticker]`, `‹Bild›`, `[pièce jointe]`; its word
/// before the file's name too, `<attachment: apps.txt>`): what it stands for is not here.
fn media_placeholder(text: &str) -> bool {
    enclosed(text).is_some_and(|inside| {
        inside.split_whitespace().nth(3).is_none()
            && inside
                .split_whitespace()
                .any(|w| MEDIA.contains(w.trim_end_matches(':')))
    })
}

/// What `text` holds inside the brackets it is enclosed in, whole: the ASCII pairs and
/// the others chats and mail apps write a placeholder in (`[Bild]`, `<image>`, `‹Bild›`,
/// `«Foto»`, `〈Photo〉`, `【Photo】`, `《图片》`).
fn enclosed(text: &str) -> Option<&str> {
    const PAIRS: [(char, char); 10] = [
        ('[', ']'),
        ('<', '>'),
        ('(', ')'),
        ('‹', '›'),
        ('«', '»'),
        ('〈', '〉'),
        ('《', '》'),
        ('【', '】'),
        ('「', '」'),
        ('〔', '〕'),
    ];
    let open = text.chars().next()?;
    let close = PAIRS.iter().find(|(o, _)| *o == open)?.1;
    text.strip_prefix(open)?.strip_suffix(close)
}

/// A name, its full stop and a sentence of the writer's after it that says the list goes
/// on when read as a line of its own (`N26. schicke den Rest später`, `FlixBus. je finis
/// la liste plus tard`): the name, when `part` is one. (Most parts have no full stop and a
/// space: let go by one look for them.)
fn name_then_rest_later(n: usize, part: &str) -> Option<&str> {
    let (name, said) = part.split_once(". ")?;
    let (name, said) = (trim(name), trim(said));
    if name.is_empty() || !said.contains(' ') {
        return None;
    }
    says_it_goes_on(n, said).then_some(name)
}

/// A name, then words of the writer's run on after it that say the list goes on when read
/// as a line of their own (`fitbit and then a bunch of other stuff I can't remember right
/// now`, `thuisbezorgd.nl en er zijn er meer maar ik zit in de auto rest komt later`, as
/// dictation writes them): the name, the words before the first place the rest says so.
/// (Six words at least: most parts, names, are let go by their spaces.)
fn name_then_said(n: usize, part: &str) -> Option<&str> {
    part.split(' ').nth(5)?;
    for (at, _) in part.match_indices(' ') {
        let (name, said) = (trim(part.get(..at)?), trim(part.get(at + 1..)?));
        if name.is_empty() || said.split(' ').nth(3).is_none() {
            continue;
        }
        if says_it_goes_on(n, said) {
            return Some(name);
        }
    }
    None
}

/// Whether words read as a line of their own say only that the list goes on: no name,
/// and notes of more elsewhere alone.
fn says_it_goes_on(n: usize, said: &str) -> bool {
    let mut heard = AppList::default();
    read_typed(n, said, &mut heard, plain(said));
    heard.entries.is_empty()
        && !heard.notes.is_empty()
        && heard
            .notes
            .iter()
            .all(|note| matches!(note.skipped, Skipped::Elsewhere { .. }))
}

/// A spoken comma's word, as dictation writes it between names (`notion comma subway
/// surfers`, `TikTok virgule SNCF Connect`), in the eight languages.
const SPOKEN_COMMAS: Words = words!("comma|komma|virgule|coma|virgola|vírgula|virgula|przecinek");

/// A dictated line of names set apart by a spoken comma twice at least (`… millennium
/// przecinek YouTube przecinek chrome …`): the line with written commas in their place,
/// to be read as names set apart by commas.
fn spoken_commas(text: &str) -> Option<String> {
    // (Thirty bytes at least, with five spaces: most lines, names, are let go by their
    // length.)
    if text.len() < 30 || text.bytes().filter(|&b| b == b' ').nth(4).is_none() {
        return None;
    }
    let spoken = text.split(' ').filter(|w| SPOKEN_COMMAS.contains(w)).count();
    if spoken < 2 {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for w in text.split(' ') {
        if SPOKEN_COMMAS.contains(w) {
            out.push(',');
        } else {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
    }
    Some(out)
}

/// Whether a dictated text's last line stops on a spoken comma (`… Zoom comma`, `…
/// Strava przecinek`) that the text says between names once more at least, or on a
/// joining word and a filler (`… Millennium e uh`, `… und äh`), in the eight languages:
/// the speaker was cut off before the next name. (A sentence that names a comma once,
/// `separados por comas o punto y coma`, is no dictation; and a spoken new line after
/// the last name, `… Word nieuwe regel`, is how dictation ends an item.)
pub(super) fn spoken_cut(line: &str, text: &[&str]) -> bool {
    // (A spoken comma only: `new line` after the last name is how dictation ends it.)
    const SPOKEN: [&str; 8] = [
        "comma",
        "komma",
        "virgule",
        "coma",
        "virgola",
        "vírgula",
        "virgula",
        "przecinek",
    ];
    const FILLERS: Words = words!("uh|um|uhm|erm|ehm|ähm|äh|öh|euh|heu|eh|ehh|eee|yyy|hmm");
    let line = line.trim_end_matches(['.', '…', ' ']);
    // (Most lines end in no letter of these: let go by their last byte.)
    if !line
        .as_bytes()
        .last()
        .is_some_and(|b| matches!(b.to_ascii_lowercase(), b'a' | b'e' | b'k' | b'h' | b'm' | b'u' | b'y'))
    {
        return false;
    }
    // (Said as a word of its own: a space or a line's edge on both sides.)
    let said_in = |l: &str, p: &str| {
        let lower = crate::case::lower(l);
        lower
            .match_indices(p)
            .filter(|&(at, _)| {
                lower.get(..at).is_none_or(|h| h.is_empty() || h.ends_with(' '))
                    && lower
                        .get(at + p.len()..)
                        .is_none_or(|t| t.is_empty() || t.starts_with([' ', '.', ',']))
            })
            .count()
    };
    let said = SPOKEN.iter().any(|p| {
        crate::text::ends_with_any_case(line, p)
            && line
                .len()
                .checked_sub(p.len())
                .and_then(|at| line.get(..at))
                .is_some_and(|head| head.ends_with(' ') && !head.trim().is_empty())
            && text.iter().map(|l| said_in(l, p)).sum::<usize>() >= 2
    });
    let mut words = line.rsplit(' ');
    let hesitated =
        words.next().is_some_and(|w| FILLERS.contains(w)) && words.next().is_some_and(|w| JOINERS.contains(w));
    said || hesitated
}

/// A checklist's words for its items ([`ticked_away`], [`shows_ticked`]).
const ITEMS: Words = words!(
    "items|item|elements|element|elemente|einträge|éléments|élément|entrées|elementos|elemento|entradas|elementi|voci|itens|elementy|elementów|pozycje|pozycji",
);
/// A checklist's words for its items ticked off ([`ticked_away`], [`shows_ticked`]).
const TICKED: Words = words!(
    "checked|ticked|completed|done|marked|selected|abgehakt|abgehakte|abgehakten|erledigt|erledigte|erledigten|markierte|ausgewählte\
     |cochés|cochées|terminés|terminées|sélectionnés|marcados|marcadas|completados|completadas|seleccionados\
     |spuntati|spuntate|completati|completate|selezionati|selezionate|concluídos|concluídas|selecionados\
     |afgevinkt|afgevinkte|voltooid|voltooide|geselecteerd|geselecteerde|zaznaczone|zaznaczonych|odhaczone|odhaczonych|ukończone|wybrane",
);

/// Whether `text` is a checklist's button that shows its items ticked off, which are
/// hidden until it is pressed (Trello's `Show checked items (9)`), in the eight languages:
/// a verb that shows ([`SHOW`]) first or last, the words for ticked items between
/// ([`ITEMS`], [`TICKED`], an article), and their count in brackets or none. (The
/// button that hides them, `Hide checked items`, says they are all here.)
fn shows_ticked(text: &str) -> bool {
    let text = match text.trim_end().strip_suffix(')').and_then(|t| t.rsplit_once(" (")) {
        Some((words, count)) if whole_number(count).is_some() => words,
        _ => text,
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let verb_first = words.first().is_some_and(|w| SHOW.contains(w));
    let verb_last = words.len() > 1 && words.last().is_some_and(|w| SHOW.contains(w));
    let rest = match (verb_first, verb_last) {
        (true, _) => words.get(1..),
        (_, true) => words.get(..words.len() - 1),
        _ => None,
    }
    .unwrap_or_default();
    (2..=3).contains(&rest.len())
        && rest.iter().any(|w| TICKED.contains(w))
        && rest.iter().any(|w| ITEMS.contains(w))
        && rest
            .iter()
            .all(|w| TICKED.contains(w) || ITEMS.contains(w) || words!("the|les|die|los|las|gli|os|de").contains(w))
}

/// Whether `text` is a checklist's items ticked off and folded away under their count,
/// as Google Keep shows them (`+ 4 checked items`, `+ 3 abgehakte Elemente`, `6 elementos
/// marcados`, `+ 3 zaznaczone elementy`), in the eight languages: a number, then a word
/// for items and one for ticked or selected, in either order. Those items are not in the
/// copy (unless they are unfolded under it: [`ticked_shown`]).
fn ticked_away(text: &str) -> bool {
    ticked_count(text).is_some()
}

/// [`ticked_away`]'s count of the items ticked off, its line's sign before it or not
/// (`+ 4 checked items`, `⌄ 4 itens marcados`).
fn ticked_count(text: &str) -> Option<u64> {
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut words = text.split_whitespace();
    let (Some(count), Some(a), Some(b), None) = (words.next(), words.next(), words.next(), words.next()) else {
        return None;
    };
    (ITEMS.contains(a) && TICKED.contains(b) || TICKED.contains(a) && ITEMS.contains(b))
        .then(|| whole_number(count))
        .flatten()
}

/// Whether the line `at` (from 0) of `lines` is a checklist's count of its items ticked off
/// ([`ticked_count`]) with as many ticked items right under it (`⌄ 2 checked items`,
/// `☑ Netflix`, `☑ Word`), as Google Keep shows them unfolded: they are here, none is
/// folded away.
pub(super) fn ticked_shown(lines: &[&str], at: usize) -> bool {
    let Some(count) = lines.get(at).and_then(|l| ticked_count(trim(l))) else {
        return false;
    };
    let ticked = |l: &&&str| {
        let l = trim(l);
        ['☑', '☒', '✓', '✔', '✅'].iter().any(|&c| l.starts_with(c))
            || ["[x]", "[X]", "- [x]", "- [X]", "* [x]"]
                .iter()
                .any(|p| l.starts_with(p))
    };
    let shown = lines
        .get(at + 1..)
        .unwrap_or_default()
        .iter()
        .take_while(ticked)
        .count();
    count >= 1 && shown as u64 >= count
}

/// A message that a chat or a mail app cut to its preview: a name cut short, an ellipsis,
/// and the button that shows the rest (`Netfli… Lees meer`, `Apple M… See more`, `Tre…
/// ... Zobacz więcej`; [`shows_the_rest`]): the text before the button, ending in one
/// ellipsis (a name cut short, which recognition reads as one).
fn cut_before_more(text: &str) -> Option<String> {
    let ellipsis = text.rfind('…').map(|at| (at, at + '…'.len_utf8()));
    let dots = text.rfind("...").map(|at| (at, at + 3));
    let (at, end) = ellipsis.into_iter().chain(dots).max_by_key(|&(at, _)| at)?;
    let button = text.get(end..)?.trim_start_matches(['.', '…', ' ']).trim_end();
    if button.is_empty() || !shows_the_rest(button) {
        return None;
    }
    let head = text.get(..at)?.trim_end_matches(['.', '…', ' ']);
    (!head.is_empty()).then(|| format!("{head}…"))
}

/// Whether `text` is a word for more before an ellipsis or after it (`More…`, `more...`,
/// `Mehr …`, `…more`): a link that shows more of a list or a message.
fn more_then_ellipsis(text: &str) -> bool {
    // (Or after it: `…more`, `...mehr`.)
    let word = match text.strip_suffix('…').or_else(|| text.strip_suffix("...")) {
        Some(word) => word.trim_end(),
        None => match text.strip_prefix('…').or_else(|| text.strip_prefix("...")) {
            Some(word) => word.trim_start(),
            None => return false,
        },
    };
    !word.is_empty() && !word.contains(' ') && MORE_OR_ALL.contains(word)
}

/// The words for a table's rows a console or an export counts them in.
const ROWS: Words = words!(
    "rows|row|lines|line|entries|items|records|results|apps|packages|zeilen|einträge|einträgen|datensätze|datensätzen|ergebnisse|ergebnissen|treffer|treffern|linhas|registos|itens|lignes|entrées|éléments|enregistrements|résultats|filas|líneas|registros|elementos|resultados|righe|elementi|risultati|record|rijen|resultaten|items|regels",
);

/// Whether a text has the word a count of a part says before the whole (`1 to 2 of 47`,
/// `3 von 84`, `1 à 2 sur 57`, `2 de 57`, `2 di 57`, `2 van 57`): the words
/// [`stated_total`] reads a range by.
pub(super) fn says_of(text: &str) -> bool {
    [" of ", " von ", " sur ", " de ", " di ", " van "]
        .iter()
        .any(|w| text.contains(w))
}

/// Whether a word is one for apps a count names ([`COUNTED`]).
pub(super) fn is_apps_word(word: &str) -> bool {
    COUNTED.contains(word)
}

/// Whether a word is one for a table's rows ([`ROWS`]).
pub(super) fn is_rows_word(word: &str) -> bool {
    ROWS.contains(word)
}

/// How many rows a comment under an export says it has (`# 84 rows total`, `-- 84 rows`,
/// `// 84 records found`).
pub(super) fn rows_total(text: &str) -> Option<usize> {
    let text = text.trim_start_matches(['#', '/', '*', '-', ' ']);
    let lower = crate::case::lower(text);
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = match words.as_slice() {
        // (`Total: 84 rows`, `Insgesamt 84 Zeilen`.)
        [total, rest @ ..]
            if matches!(
                total.trim_end_matches(':'),
                "total" | "insgesamt" | "gesamt" | "exported" | "returned"
            ) =>
        {
            rest
        }
        all => all,
    };
    match words {
        [n, rows, rest @ ..]
            if ROWS.contains(rows)
                && rest.len() <= 2
                && rest.iter().all(|w| {
                    matches!(
                        *w,
                        "total"
                            | "in"
                            | "found"
                            | "returned"
                            | "listed"
                            | "exported"
                            | "shown"
                            | "selected"
                            | "insgesamt"
                            | "gesamt"
                            | "au"
                            | "en"
                            | "no"
                            | "totaal"
                            | "totale"
                    )
                }) =>
        {
            whole_number(n).and_then(|n| usize::try_from(n).ok())
        }
        _ => None,
    }
}

/// Whether `text` is a console's pager at a screen's end (`-- More --`, `--More--(45%)`,
/// `(END)`, `lines 1-2/57`), a command stopped or failed before its end (`^C`, `Killed`,
/// `Segmentation fault (core dumped)`, `Broken pipe`), or a note that rows were left out
/// (`(143 rows not shown)`, `<truncated 45 lines>`, `(45 lines omitted)`, `[45 lines
/// hidden]`): what it printed is not all of the list.
#[inline(never)]
fn console_cut(text: &str) -> bool {
    const LEFT_OUT: Words = words!(
        "omitted|hidden|truncated|skipped|elided|shown|ausgelassen|ausgeblendet|gekürzt|masquées|omises|tronquées|omitidas|ocultas|truncadas",
    );
    let text = text.trim();
    // (`less`'s prompt alone, waiting to show the next screen: `:`.)
    if text == ":" {
        return true;
    }
    // (A form's count of characters at its limit, `300/300`, `400 / 400`: the field took no
    // more, and the text typed into it was cut there. Not a page's or a part's place, `2/2`.)
    if text.len() <= 24 && text.as_bytes().first().is_some_and(u8::is_ascii_digit) && text.contains('/') {
        let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        if let Some((typed, most)) = squeezed.split_once('/') {
            let most = most.trim_end_matches(|c: char| c.is_alphabetic());
            if whole_number(typed).is_some_and(|n| n >= 100) && typed == most {
                return true;
            }
        }
    }
    let starts = |p: &str| crate::text::starts_with_any_case(text, p);
    // (A pipe closed on the lister by a `head` that had read enough: `write failed: Broken
    // pipe`, `exit status 141`.)
    let ends = |p: &str| crate::text::ends_with_any_case(text, p);
    if text.len() <= 48 && (ends("broken pipe") || ends("exit status 141")) {
        return true;
    }
    // (An editor's or a notebook's cut of a command's output: VS Code's `Output is
    // truncated. View as a scrollable element…`, `Output exceeds the size limit…`,
    // Jupyter's `IOPub data rate exceeded.`)
    if text.len() <= 200
        && (starts("output is truncated")
            || starts("output exceeds the size limit")
            || starts("iopub data rate exceeded")
            || starts("iopub message rate exceeded")
            || starts("the notebook server will temporarily stop sending output"))
    {
        return true;
    }
    // (Most lines: let go by their first byte, here and before a letter is lowered.)
    let first = text.as_bytes().first().copied().unwrap_or(b' ');
    if text.len() <= 32
        && matches!(
            first,
            b'k' | b'K' | b't' | b'T' | b'a' | b'A' | b'b' | b'B' | b's' | b'S'
        )
        && (["killed", "terminated", "aborted", "broken pipe"]
            .iter()
            .any(|w| text.eq_ignore_ascii_case(w))
            || starts("segmentation fault")
            || starts("aborted (core dumped)"))
    {
        return true;
    }
    // (A console's prompt to go on, a screen at a time: `Press RETURN to continue`, `--
    // Press <Enter> to continue --`, `Press SPACE for more, q to quit`.)
    if matches!(text.as_bytes().first(), Some(b'-' | b'p' | b'P')) && text.len() <= 60 {
        let prompt = text.trim_matches(['-', ' ']);
        let lower = || prompt.to_ascii_lowercase();
        if prompt.len() <= 48
            && crate::text::starts_with_any_case(prompt, "press ")
            && (lower().contains(" to continue") || lower().contains(" for more"))
        {
            return true;
        }
    }
    // (`less`'s prompt: `apps.txt lines 1-20/84 15%`, `byte 1234/5678 21%`.)
    if text.len() <= 80
        && text.ends_with('%')
        && text
            .split_whitespace()
            .any(|w| w.contains('/') && w.split(['-', '/']).all(|n| whole_number(n).is_some()))
    {
        return true;
    }
    if text.len() > 60
        || !matches!(
            first,
            b'-' | b'(' | b'[' | b'<' | b'.' | b'^' | b'l' | b'L' | 0xE2 | b'0'..=b'9'
        )
    {
        return false;
    }
    let lower = crate::case::lower(text);
    let squeezed: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
    // (R's cut of a long print, `[ reached getOption("max.print") -- omitted 57 entries ]`;
    // a mark where text was cut out, `-- 8< --`, `✂`.)
    if squeezed.contains("getoption(\"max.print\")")
        // (Or its word between dashes, `-- cut --`, `--- snip ---`; `Cut` alone is a name.)
        || matches!(squeezed.trim_matches(['-', '=', '.']), "✂" | "✄" | "8<" | ">8")
        || squeezed.starts_with("--")
            && matches!(
                squeezed.trim_matches(['-', '=', '.', '8', '<', '>', '✂', '✄']),
                "cut" | "snip" | "schnipp" | "schnitt" | "couper" | "corte" | "cutoff" | "cuthere" | "snap"
            )
    {
        return true;
    }
    // (PowerShell's `Out-Host -Paging`: `<SPACE> next page; <CR> next line; Q quit`.)
    // (And as a translated `more` writes it: `-- Mehr --`, `--Más--`, `-- Altro --`.)
    let pager = |word: &str| {
        squeezed
            .strip_prefix("--")
            .and_then(|s| s.strip_prefix(word))
            .is_some_and(|s| s.starts_with("--") || s.starts_with('('))
    };
    if squeezed.trim_matches(['<', '>', '-']) == "more"
        || squeezed.starts_with("--more--")
        || squeezed.starts_with("--more(")
        || ["mehr", "plus", "más", "altro", "mais", "meer", "więcej", "suite"]
            .iter()
            .any(|w| pager(w))
        || squeezed == "(end)"
        || squeezed == "^c"
        || squeezed.starts_with("<space>nextpage")
    {
        return true;
    }
    // `lines 1-2/57`: less's prompt, where it is in the text.
    if let Some(rest) = lower.strip_prefix("lines ") {
        if let Some((range, total)) = rest.split_once('/') {
            // (`lines 1-50/130 49%`: how far through, after the total.)
            let total = total.split(|c: char| !c.is_ascii_digit()).next().unwrap_or("");
            return range
                .split_once('-')
                .is_some_and(|(a, b)| whole_number(a).is_some() && whole_number(b).is_some())
                && whole_number(total).is_some();
        }
    }
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']' | '<' | '>' | '.' | '…'))
        .filter(|w| !w.is_empty())
        .collect();
    // (`2 of 84 records found`, `10 of 57 rows shown`: fewer than all.)
    if let [shown, of, all, rows, rest @ ..] = words.as_slice() {
        let counted =
            matches!(*of, "of" | "von" | "sur" | "de" | "di" | "van" | "z") && ROWS.contains(rows) && rest.len() <= 1;
        if let (true, Some(shown), Some(all)) = (counted, whole_number(shown), whole_number(all)) {
            return shown < all;
        }
    }
    // (Or a word for written out with `not` or `more`: `36 more rows not exported`; `36
    // rows exported` counts what is here.)
    const NOT_WRITTEN: Words = words!(
        "exported|displayed|listed|included|loaded|exportiert|angezeigt|exportées|affichées|exportadas|mostradas",
    );
    // (`0 more rows not exported`: none left out.)
    if words.iter().any(|w| whole_number(w) == Some(0)) {
        return false;
    }
    let negated = words
        .iter()
        .any(|w| matches!(*w, "not" | "more" | "nicht" | "non" | "no"));
    let left_out = |w: &str| LEFT_OUT.contains(w) || negated && NOT_WRITTEN.contains(w);
    words.len() <= 6
        && words.iter().any(|w| whole_number(w).is_some())
        && words.iter().any(|w| ROWS.contains(w))
        && words.iter().any(|w| left_out(w))
        && words.iter().all(|w| {
            whole_number(w).is_some()
                || ROWS.contains(w)
                || left_out(w)
                || matches!(*w, "not" | "more" | "nicht" | "non" | "no")
        })
}

/// What says a list goes on in another message or page (`(list continues)`, `continued on
/// page 2`, `cont'd`, `Next page`, `Fortsetzung folgt`, `à suivre`, `continuará`,
/// `wordt vervolgd`), in lower case, each between commas; a page's number may follow.
const CONTINUES: &str = ",list continues,continua,liste geht weiter,see next email,see next message,see my next email,\
rest kommt morgen,il resto dopo,o resto depois,list continues on page,continues on page,continues on the next page,the list continues,continued,continues,to be continued,continued below,\
continued on next page,continued on the next page,continued on page,continued in next message,cont'd,contd,tbc,next page,\
fortsetzung folgt,fortsetzung,geht weiter,nächste seite,weiter auf seite,à suivre,a suivre,suite page,page suivante,\
suite au prochain message,continuará,continuara,continúa,continúa en la página,página siguiente,wordt vervolgd,\
volgende pagina,ciąg dalszy nastąpi,ciąg dalszy,c.d.n,c.d,fortsättning följer,fortsættes,fortsættelse følger,\
fortsettelse følger,jatkuu,pokračování příště,folytatása következik,devam edecek,va urma,bersambung,còn tiếp,następna strona,próxima página,pagina successiva,\
continua alla pagina successiva,continua nella pagina successiva,continua alla prossima pagina,continua nella prossima pagina,segue alla pagina successiva,\
the rest in the next email,the rest in the next mail,the rest in the next message,rest in the next email,\
rest in next email,rest in next mail,rest in the next message,rest in next message,more in my next message,\
more in the next message,more in next message,more in my next email,more in the next email,rest to follow,\
here's the rest,here’s the rest,here is the rest,heres the rest,rest of the list,the rest of the list,\
rest of list,continued from previous message,continued from the previous message,continued from previous page,\
continued from the previous page,continued from page,continued from last message,continued from my last message,\
continued from my previous email,continued from my previous message,continued from the previous email,continued from previous email,\
continued from my last email,continued from the last email,cont,suite de la liste,la suite de la liste,reste de la liste,le reste de la liste,\
rest folgt,der rest folgt,rest kommt,rest kommt noch,der rest kommt,rest in der nächsten mail,\
der rest in der nächsten mail,le reste suit,la suite suit,le reste dans le prochain mail,\
le reste dans le prochain message,el resto en el siguiente correo,el resto en el próximo correo,\
el resto en otro correo,el resto en el siguiente mensaje,de rest volgt,rest volgt,de rest in de volgende mail,\
o resto no próximo e-mail,o resto no próximo email,o resto segue,il resto nella prossima mail,il resto segue,\
reszta w następnym mailu,reszta w następnej wiadomości,reszta później,first part,part one,erster teil,\
première partie,primera parte,primeira parte,prima parte,suite dans le prochain message,la suite dans le prochain message,\
suite dans le prochain mail,fortsetzung in der nächsten nachricht,fortsetzung in der nächsten mail,sigue,sigue en el siguiente mensaje,\
sigue en el próximo mensaje,continúa en el siguiente mensaje,el resto en otro mensaje,\
segue nel prossimo messaggio,continua nel prossimo messaggio,il resto nel prossimo messaggio,continua no próximo,\
continua na próxima mensagem,o resto na próxima mensagem,vervolg in het volgende bericht,de rest in het volgende bericht,\
cont'd in next mail,cont'd in next message,continued in next mail,continued in next email,continued in the next email,\
vervolg in volgend bericht,volgend bericht,zie volgend bericht,następna wiadomość,w następnej wiadomości,ciąg dalszy w następnej wiadomości,\
nächste nachricht,siehe nächste nachricht,prochain message,voir prochain message,siguiente mensaje,ver siguiente mensaje,\
prossimo messaggio,vedi prossimo messaggio,próxima mensagem,ver próxima mensagem,";

/// The words for a page or a part of a longer list or text.
const PAGE: Words = words!(
    "page|pg|pág|pag|str|blz|part|deel|część|seite|teil|página|pagina|parte|partie|strona|sida|side|screenshot|screen|capture|captura|bildschirmfoto|screenshots|截图|截屏|スクショ\
     |strana|sivu|sayfa|halaman|trang|message|msg|nachricht|mensaje|messaggio|mensagem|batch|lot|lote|tranche|bericht\
     |mail|email|e-mail|courriel|correo|wiadomość|wiadomosc",
);

/// Whether a line's last clause says what is here is the beginning of the list, in the
/// eight languages: a word for here, or for only, and a word for the beginning last
/// (`The file is too big to paste, here's the beginning.`, `hier ist nur der Anfang`,
/// `aqui vai o começo`, `oto początek`). The rest is not here.
fn only_the_beginning(text: &str) -> bool {
    const BEGINNING: Words = words!(
        "beginning|start|anfang|début|debut|principio|comienzo|inicio|inizio|começo|comeco|início|begin|początek",
    );
    const HERE: Words = words!(
        "here's|heres|here|hier|voici|voilà|voila|aquí|aqui|ecco|oto|only|just|nur|seulement|juste|solo|sólo|só|apenas|alleen|tylko",
    );
    let text = text.trim_end_matches(|c: char| !c.is_alphanumeric());
    // (Every such word ends in one of these letters: most lines are let go by their last
    // byte.)
    if !matches!(
        text.as_bytes().last(),
        Some(b'g' | b't' | b'o' | b'n' | b'k' | b'G' | b'T' | b'O' | b'N' | b'K')
    ) || text.len() > 160
        || !text.contains(' ')
    {
        return false;
    }
    let Some((_, last)) = text.rsplit_once([' ', '\'', '’']) else {
        return false;
    };
    if last.len() > 10 || !BEGINNING.contains(&crate::case::lower(last)) {
        return false;
    }
    let lower = crate::case::lower(text);
    let clause = lower.rsplit([',', ';', ':', '(', '–', '—']).next().unwrap_or(&lower);
    let words: Vec<&str> = clause.split_whitespace().collect();
    words.len() <= 6 && words.iter().any(|w| HERE.contains(w))
}

/// A page's place among several said inside a sentence, in the eight languages: a word
/// for a page, its number, a word for "of" and the pages' count (`exported page 1 of 3
/// from the console`, `strona 1 z 3`, `Seite 2 von 4`, `pagina 1 di 2`). Its numbers; a
/// line with fewer than two runs of digits is let go by its bytes.
pub(super) fn page_within(text: &str) -> Option<(u64, u64)> {
    const OF: Words = words!("of|von|aus|de|sur|di|su|z|ze|van|op|/");
    if text.len() > 120 {
        return None;
    }
    let (mut runs, mut digit) = (0, false);
    for &b in text.as_bytes() {
        let now = b.is_ascii_digit();
        runs += usize::from(now && !digit);
        digit = now;
    }
    if runs < 2 {
        return None;
    }
    // (Two numbers one word apart, each of digits and their separators alone, or no
    // page's place: most lines with digits, `Pure Ride 5.2.23 (89924)`, are let go before
    // their words are written in lower case.)
    fn bare(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '/')
    }
    let number = |w: &&str| {
        let w = bare(w);
        w.bytes().any(|b| b.is_ascii_digit()) && w.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    };
    let raw: Vec<&str> = text.split_whitespace().collect();
    // (Or the two numbers as one word after the page's, `(page 1/3)`.)
    let fraction = |w: &str| {
        let (at, count) = bare(w).split_once('/')?;
        let (at, count) = (whole_number(at)?, whole_number(count)?);
        ((1..=count).contains(&at) && (2..=1000).contains(&count)).then_some((at, count))
    };
    // (A page's or a part's word, not a mail's: `my email 3/12` is a date.)
    const PAGE_ONLY: Words = words!("page|pg|pág|pag|part|seite|teil|página|pagina|parte|partie|strona|deel|sida|side");
    if let Some(place) = raw.windows(2).find_map(|w| match w {
        [page, frac] if PAGE_ONLY.contains(&crate::case::lower(bare(page))) && bare(frac).matches('/').count() == 1 => {
            fraction(frac)
        }
        _ => None,
    }) {
        return Some(place);
    }
    if !raw
        .windows(4)
        .any(|w| w.get(1).is_some_and(number) && w.get(3).is_some_and(number))
    {
        return None;
    }
    let words: Vec<String> = raw.iter().map(|w| crate::case::lower(bare(w))).collect();
    words.windows(4).find_map(|w| match w {
        [page, at, of, count] if PAGE.contains(page) && OF.contains(of) => {
            let (at, count) = (whole_number(at)?, whole_number(count)?);
            ((1..=count).contains(&at) && (2..=1000).contains(&count)).then_some((at, count))
        }
        _ => None,
    })
}

/// A picture's or a file's words before its place among others (`Photo 1 of 3`, `Bild 1
/// von 3`, `Attachment 2 of 2`; [`position`]): the others are not here. (Alone with a
/// number, `Photo 2`, an app's name.)
const PICTURE_PLACE: Words = words!(
    "photo|image|picture|video|file|attachment|foto|bild|imagen|immagine|imagem|zdjęcie|afbeelding|datei|anhang|fichier|archivo|plik",
);

/// Whether the last clause of a line says the list goes on below or in the next message
/// (`hit the 2000 char limit lol, continuing below`, `la suite ci-dessous`, `Fortsetzung
/// unten`, `sigue abajo`, `continua sotto`, `vervolg hieronder`, `ciąg dalszy poniżej`), in
/// the eight languages: the words that it goes on ([`GO_ON`]), then where ([`BELOW`]).
/// What goes on is not here.
fn goes_on_below(text: &str) -> bool {
    let lower = crate::case::lower(text.trim_end_matches(|c: char| !c.is_alphanumeric()));
    let clause = lower.rsplit([',', ';', '(', ':', '–', '—']).next().unwrap_or(&lower);
    let clause = clause.rsplit(" - ").next().unwrap_or(clause).trim();
    clause.split(' ').nth(6).is_none()
        && clause.match_indices(' ').any(|(at, _)| {
            let (head, tail) = (clause.get(..at).unwrap_or(""), clause.get(at + 1..).unwrap_or(""));
            has_phrase(GO_ON_LIST, head, true) && has_phrase(BELOW_LIST, tail, true)
        })
}

/// [`goes_on_below`]'s words that the list goes on.
const GO_ON: &str = ",continued,continuing,continues,cont'd,contd,more,the rest,rest,la suite,suite,fortsetzung,geht weiter,\
es geht weiter,weiter,der rest,sigue,continúa,continua,el resto,il resto,segue,o resto,vervolg,gaat verder,de rest,ciąg dalszy,\
dalej,reszta,";
/// [`goes_on_below`]'s words for where: below, or in the next message.
const BELOW: &str = ",below,down below,underneath,in the next message,in next message,in the next one,ci-dessous,plus bas,\
en dessous,unten,weiter unten,abajo,más abajo,debajo,sotto,qui sotto,di seguito,abaixo,mais abaixo,hieronder,beneden,poniżej,niżej,";
/// The last words of [`BELOW`]'s phrases, as [`last_word_hash`] reads them.
static BELOW_FILTER: WordFilter = words_last_filter(
    "below|underneath|message|one|dessous|bas|unten|abajo|debajo|sotto|seguito|abaixo|hieronder|beneden|poniżej|niżej",
);

/// Whether `text` says the list goes on elsewhere ([`CONTINUES`]).
#[inline(never)]
pub(super) fn continues(text: &str) -> bool {
    if text.len() > 48 {
        return false;
    }
    // (`To Be Continued`, each of three words or more a capital's: a title, a name.)
    let words = text.split_whitespace().count();
    if words >= 3
        && text
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return false;
    }
    // (An arrow or an emoji after it, `volgend bericht ⬇️`.)
    let text = text.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != ')');
    let lower = crate::case::lower(text.trim_end_matches(['.', '…', ':', '!']));
    // (A page's number after `continued on page`, `weiter auf Seite`.)
    let said = match lower.rsplit_once(' ') {
        Some((head, n)) if whole_number(n).is_some() && head.rsplit(' ').next().is_some_and(|w| PAGE.contains(w)) => {
            head
        }
        _ => lower.as_str(),
    };
    if has_phrase(CONTINUES_LIST, said, true) {
        return true;
    }
    // (Or its words, small words and the page: `Fortsetzung auf Seite 2`, `continua a
    // pagina 2`, `suite à la page 2`; or the page first, then that it follows: `page 2 to
    // follow`, `Seite 2 folgt`.)
    const SMALL: Words = words!("on|in|at|to|the|auf|der|à|a|la|le|en|na|op|w|alla|nella|sulla|al|no|em|de|di|z|ze");
    const FOLLOWS: Words = words!(
        "follows|folgt|kommt|suit|suivra|sigue|seguirá|segue|seguirà|seguirá|volgt|nastąpi|coming|später|plus tard|más tarde|dopo|depois|later|tomorrow|morgen|demain|mañana|domani|amanhã|jutro|później",
    );
    let mut words: Vec<&str> = lower.split(' ').filter(|w| !w.is_empty()).collect();
    let page_then_number = |w: &[&str]| matches!(w, [page, n] if PAGE.contains(page) && whole_number(n).is_some());
    if let Some(at) =
        (0..words.len().saturating_sub(1)).find(|&at| page_then_number(words.get(at..at + 2).unwrap_or(&[])))
    {
        let (before, after) = (words.get(..at).unwrap_or(&[]), words.get(at + 2..).unwrap_or(&[]));
        if before.is_empty() {
            let after = after.join(" ");
            return matches!(
                after.as_str(),
                "to follow" | "to come" | "a seguir" | "à suivre" | "a suivre"
            ) || FOLLOWS.contains(&after)
                || has_phrase(CONTINUES_LIST, &after, true);
        }
        if after.is_empty() {
            words.truncate(at);
            while words.len() > 1 && words.last().is_some_and(|w| SMALL.contains(w)) {
                words.pop();
            }
            const GOES_ON: Words = words!(
                "continued|continues|continua|continúa|continuará|segue|sigue|suite|fortsetzung|weiter|vervolg|verder|ciąg dalszy|dalej|rest|reste|resto|reszta|more|mehr|plus|más|più|mais|meer|więcej",
            );
            let said = words.join(" ");
            return words.len() < at && (has_phrase(CONTINUES_LIST, &said, true) || GOES_ON.contains(&said));
        }
    }
    false
}

/// The words that show ([`shows_the_rest`]): `see`, `anzeigen`, `afficher`, `ver`, …
const SHOW: Words = words!(
    "see|show|view|load|loading|display|read|swipe|scroll|expand|anzeigen|zeigen|ansehen|sehen|laden|lesen|wczytaj|afficher|voir|charger|lire|ver|mostrar|cargar|leer|mostra|visualizza|vedi|carica|leggi|weergeven|bekijk|bekijken|toon|tonen|lees|pokaż|zobacz|wyświetl|załaduj|czytaj|carregar|exibir|ler|leia\
     |visa|vis|näytä|zobrazit|megjelenítése|gör|vezi|lihat|xem",
);
/// A button that shows more in one word ([`shows_the_rest`]).
const READ_ON: Words = words!("weiterlesen|weiterscrollen|weiterblättern");
/// The words that say more or all ([`shows_the_rest`]).
const MORE_OR_ALL: Words = words!(
    "more|all|mehr|alle|alles|weitere|plus|tout|tous|toutes|suite|más|todo|todas|todos|altro|altri|tutte|tutti|tutto|meer|więcej|wszystkie|wszystko|dalej|mais|tudo\
     |alla|kaikki|všech|mind|tümünü|toate|semua|tất",
);
/// The first words of [`CONTINUES`]' phrases.
const CONTINUES_FIRST: Words = words!(
    "list|the|continued|continues|continua|liste|see|il|o|to|cont|cont'd|reste|segue|vervolg|contd|tbc|next|fortsetzung|geht|nächste|weiter|à|a|suite|sigue|page|continuará|continuara|continúa|página|wordt|volgende|ciąg|c|fortsättning|fortsættes|fortsættelse|fortsettelse|jatkuu|pokračování|folytatása|devam|va|bersambung|còn|następna|próxima|pagina|rest|more|here's|here’s|here|heres|der|le|la|el|de|o|il|reszta|first|part|erster|première|primera|primeira|prima|volgend|zie|w|siehe|prochain|voir|siguiente|ver|prossimo|vedi",
);
/// The first words of what a chat shows in place of a message, and of a pointer to a
/// picture ([`elsewhere`]).
const GONE_FIRST: Words =
    words!("see|this|you|message|waiting|diese|du|nachricht|ce|vous|se|eliminaste|mensaje|siehe|voir|ver|gekürzten");
/// The first words of [`subset_heading`]'s headings.
const SUBSET_FIRST: Words = words!(
    "akkunutzung|akkuverbrauch|location|ortungsdienste|service|servicios|recently|recent|top|most|frequently|often|suggested|updates|update|first|here|unused|not|nicht|battery|meist|meest|ostatnio|najczęściej|usadas|usados|usati|akku|batterie|batería|batteria|suggestions|vorschläge|suggerimenti|sugerencias|sugestões|suggesties|propozycje|aktualizacje|最近使用|最近打开|最常用|常用应用|最近使った|よく使う|zuletzt|kürzlich|häufig|meistgenutzte|meistgenutzt|vorgeschlagene|aktualisierungen|applis|mises|aplicaciones|actualizaciones|sugeridas|apps|app|récemment|utilizzate|dostępne|disabled|deaktiviert|deaktivierte|désactivées|desactivadas|disattivate|wyłączone|running|hidden|ausgeblendet|ausgeblendete|masquées|ocultas|nascoste|ukryte|instant|least|archived|archiviert|archivées|archivadas|archiviate|gearchiveerd|inhabilitadas|uruchomione|desativados|desativadas|uitgeschakeld|actief|wird|en|in|em|aggiornamenti|atualizações|pas|no|non|não|nie|niet|sin|nieużywane|seit|les|plus|más|più|mais",
);
/// The first words of a pipe's end that [`console_cut`] reads (`write failed: Broken
/// pipe`, `exit status 141`).
const CUT_FIRST: Words = words!("write|exit|output|streaming");
/// The first words of [`filtered_view`]'s lines (a number first is let through by its
/// byte).
const FILTERED_FIRST: Words = words!(
    "showing|results|applied|active|advanced|criteria|query|condition|conditions|view|export|exported|only|apps|selected|report|installed|search|suche|suchen|rechercher|recherche|buscar|búsqueda|cerca|zoeken|szukaj|pesquisar|filter|filters|filtered|filtre|filtres|filtro|filtros|gefiltert|clear|reset|remove|effacer|borrar|löschen|zurücksetzen|managed|work|system|installed|user|personal|company|verwaltete",
);
/// The first words of [`withheld`]'s lines.
const WITHHELD_FIRST: Words =
    words!("the|rest|reste|resto|reszta|alles|personal|private|privat|only|not|nur|el|der|le|just|de|il|o");
/// The words for the rest of the apps ([`withheld`]).
const REST: Words = words!("rest|reste|resto|reszta|andere|others|remainder|demás");

/// Whether a text speaks of the rest of the apps (`The rest are work apps`), as a
/// heading over them may.
pub(super) fn about_the_rest(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| !w.is_empty() && REST.contains(w))
}

/// Whether `text` says the rest of the apps are left out (`the rest is private`, `Rest
/// ist privat`, `alles andere privat`, `reste perso`, `el resto es personal`, `Only
/// listing work apps`, `only the work ones`, `personal apps (not listing them)`): eight
/// words at most, one for the rest and one for private, or one that limits the list and
/// one for what (`only` … `listing`, `ones`), or a list not given (`not listing`).
#[inline(never)]
pub(super) fn withheld(text: &str) -> bool {
    // (Or the work apps, not listed: `(the rest are work apps)`, `Der Rest sind Arbeits-Apps`.)
    const PRIVATE: Words = words!(
        "private|personal|privat|privée|privé|perso|personnel|personnelle|personnelles|privado|privada|privadas|privados|personales|mine|work|arbeits|dienstliche|werk|lavoro|trabalho|trabajo|travail|służbowe|prywatne|privé",
    );
    const ONLY: Words = words!("only|nur|seulement|solo|solamente|just");
    const WHICH: Words =
        words!("listing|listed|ones|aufgelistet|listées|listadas|dienstlichen|beruflichen|pro|trabajo");
    const NOT: Words = words!("not|nicht|pas|no");
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | '.' | '!' | '-'))
        .filter(|w| !w.is_empty())
        .collect();
    // (A name's words are in capitals after the first: `Private Browser`, `Rest Timer`;
    // not a German noun among these words, `Der Rest sind Arbeits-Apps`.)
    let capitals = words
        .iter()
        .skip(1)
        .filter(|w| w.as_bytes().first().is_some_and(u8::is_ascii_uppercase))
        .filter(|w| !(REST.contains(w) || PRIVATE.contains(w) || words!("apps|app").contains(w)))
        .count();
    if words.len() < 2 || words.len() > 8 || capitals * 2 >= words.len() {
        return false;
    }
    let has = |list: Words| words.iter().any(|w| list.contains(w));
    // (`no others`, `keine anderen`: the writer says there are none.)
    let none_other = words
        .windows(2)
        .any(|w| matches!(w, [n, r] if words!("no|not|keine|keinen|aucune|aucun|ningún|ninguna|nessun|nessuna|geen|nenhum|nenhuma").contains(n) && REST.contains(r)));
    if none_other {
        return false;
    }
    let not_listing = words
        .windows(2)
        .any(|w| matches!(w, [n, l] if NOT.contains(n) && WHICH.contains(l)));
    // (A heading over the rest, `The rest (private):`, lists them under it; an aside in
    // brackets, `(the rest are work apps)`, does not.)
    let heading = text.ends_with(':') || text.ends_with(')') && !text.starts_with('(');
    has(REST) && has(PRIVATE) && !heading || has(ONLY) && has(WHICH) || not_listing
}

/// The words of a heading over a selection of the apps ([`only_some`], [`selection_heading`]):
/// from memory, a few, a sample or an excerpt, the beginning, the ones used most, the
/// home screen's, the favourites (red teams rt61, rt62).
const SELECTION: [&str; 46] = [
    "from memory",
    "here are a few$",
    "sample",
    "excerpt",
    "beginning of",
    "use most",
    "most used",
    "relevant ones",
    "usual suspects",
    "home screen",
    "homescreen",
    "hier ein paar",
    "aus dem gedächtnis",
    "erste seite",
    "meistgenutzte",
    "üblichen verdächtigen",
    "startbildschirm",
    "de mémoire",
    "les plus utilisées",
    "écran d'accueil",
    "de memoria",
    "más usadas",
    "mas usadas",
    "pantalla de inicio",
    "here are some",
    "examples",
    "extract",
    "auszug",
    "extrait",
    "extracto",
    "ein paar davon",
    "première page",
    "favorites",
    "favourites",
    "favoriten",
    "favoris",
    "favoritos",
    "dock",
    "selection",
    "auswahl",
    "seleccion",
    "ausgewählte apps",
    "ausgewählte",
    "sélection",
    "selección",
    "background app refresh",
];

/// Whether a heading says, in [`SELECTION`]'s words, that what is under it is a selection
/// of the apps (`From memory:`, `Home screen:`, `Favorites:`). Beside another section's
/// heading it heads a section of a whole list.
pub(super) fn selection_heading(heading: &str) -> bool {
    let lower = crate::case::lower(heading).replace('’', "'");
    // (Or a few words alone, `A few:`, `Some:`: with more, `I only have a few apps:`, they
    // may say the list is small.)
    // (A heading over the list, its colon last or none: `Dock: empty`, `Favorites: Teams and
    // Outlook` are a label and its value, and a section's names on its line.)
    if lower.trim_end().trim_end_matches([':', '：']).contains([':', '：']) {
        return false;
    }
    let alone = lower.trim_end_matches([':', ' ', '.']);
    let phrases = Phrases::of(&lower);
    // (Not one that says the list is whole, or that it is not only that: `Complete list
    // (home screen, dock and App Library):`, `not just the home screen`.)
    // (Nor one of the home screen and the App Library, where every app is.)
    if says_all(heading)
        || [
            "not",
            "nicht",
            "kein",
            "pas",
            "no",
            "non",
            "never",
            "sin",
            "app library",
            "app-mediathek",
            "app drawer",
            "bibliothèque d'apps",
            "biblioteca de apps",
        ]
        .iter()
        .any(|w| phrases.has(w))
    {
        return false;
    }
    SELECTION.iter().any(|phrase| phrases.has(phrase))
        || matches!(
            alone,
            "a few"
                | "some"
                | "a couple"
                | "ein paar"
                | "einige"
                | "quelques-unes"
                | "quelques unes"
                | "algunas"
                | "unas cuantas"
        )
}

/// Whether a heading over a list says it lists only some of the apps, in its words (`Here
/// are some of my apps:`, `The main ones are:`, `What Intune shows (first page):`, `Ein
/// paar meiner Apps:`, `Quelques-unes de mes applis :`).
#[inline(never)]
pub(super) fn only_some(heading: &str) -> bool {
    only_some_of(heading, true)
}

/// [`only_some`], with a selection's words ([`selection_heading`]) or without them: before
/// a colon and a value they are a label (`Dock: empty`, `Favorites: Teams and Outlook`).
fn only_some_of(heading: &str, selection: bool) -> bool {
    // (Not a word alone that a whole list's heading has too: `I only have a few apps:`,
    // `Ich habe nur ein paar Apps:`.)
    const SOME: [&str; 83] = [
        "some of",
        // (`Apps include:`, `Mostly these:`, `Just the ones I use:`, `Too many to list, but
        // …:`, `I only copied the first screen:`; `include` and `mostly` only last, see
        // [`LAST_ONLY`].)
        "include",
        "includes",
        "mostly",
        "mainly",
        "the ones i use",
        "too many to list",
        "first screen",
        "off the top of my head",
        "unter anderem",
        "hauptsächlich",
        "vor allem",
        "principalement",
        "principalmente",
        "sobre todo",
        "qualche app",
        "tra le altre",
        "tra gli altri",
        "onder andere",
        "między innymi",
        "głównie",
        "a few of",
        "a couple of",
        "several of",
        "a handful of",
        "a selection of",
        "main ones",
        "main apps",
        "most important",
        "important ones",
        "ones i use most",
        "first page",
        "first part",
        "partial list",
        "among others",
        "einige meiner",
        "ein paar meiner",
        "ein teil meiner",
        "die wichtigsten",
        "quelques-unes",
        "une partie de",
        "certaines de",
        "les principales",
        "les plus importantes",
        "algunas de",
        "algunos de",
        "las principales",
        "los principales",
        "le principali",
        "i principali",
        "os principais",
        "as principais",
        "alcune delle",
        "alcuni dei",
        "een paar van",
        "enkele van",
        "sommige van",
        "de belangrijkste",
        "auszug aus",
        "unas cuantas",
        "parte de mis",
        "algumas das",
        "alguns dos",
        "parte das",
        // (A part of the apps, and those of the first picture, in the other languages.)
        "part of my",
        "part of the",
        "ein teil der",
        "une partie des",
        "parte de las",
        "parte de los",
        "parte delle",
        "parte dei",
        "parte dos",
        "een deel van",
        "część moich",
        "część aplikacji",
        "ersten screenshot",
        "première capture",
        "primera captura",
        "prima schermata",
        "primeira captura",
        "eerste screenshot",
        "pierwszego zrzutu",
    ];
    // (What says a list is not all of it: `These aren't all my apps:`, `Not everything,
    // just the ones I use:`, `This is not the complete list:`.)
    if not_all(heading) {
        return true;
    }
    // (Or only those the writer could remember or find: `Here are all the apps I remember:`.)
    let lower = crate::case::lower(heading).replace('’', "'");
    if [
        "apps i remember",
        "ones i remember",
        "that i remember",
        "i can remember",
        "i can think of",
        "i could find",
        "que recuerdo",
        "que me acuerdo",
        "ich mich erinnere",
        "je me souviens",
        "che ricordo",
        "que me lembro",
        "ik me herinner",
        "które pamiętam",
    ]
    .iter()
    .any(|p| lower.contains(p))
    {
        return true;
    }
    // (What says a list is all of it outweighs them: `Complete list, mostly work apps:`;
    // but not every day's every, `The apps I use every day:`.)
    if every_day(&prose_words(&lower).collect::<Vec<_>>().join(" ")) {
        return true;
    }
    if says_all(heading) {
        return false;
    }
    if selection && selection_heading(heading) {
        return true;
    }
    // (The clause right before the list, after the last sentence: `I use this phone
    // mostly for email. This is everything installed:`.)
    let clause = [". ", "? ", "! ", "; "]
        .iter()
        .filter_map(|end| heading.rfind(end).map(|at| at + end.len()))
        .max()
        .and_then(|at| heading.get(at..))
        .unwrap_or(heading);
    let lower = crate::case::lower(clause);
    if narrowed(&lower) {
        return true;
    }
    let bytes = lower.as_bytes();
    SOME.iter().any(|phrase| {
        lower.match_indices(phrase).any(|(at, _)| {
            let bounded = |i: Option<usize>| i.and_then(|i| bytes.get(i)).is_none_or(|b| !b.is_ascii_alphanumeric());
            // (`Can you check if some of these are banned:` asks about all of these.)
            let these = phrase.ends_with(" of")
                && lower
                    .get(at + phrase.len()..)
                    .is_some_and(|rest| rest.starts_with(" these") || rest.starts_with(" which"));
            // (`Apps include:`, `Mostly these:`: the heading's last words, not a word on
            // what the phone is used for, `mostly for email`.)
            let last = !LAST_ONLY.contains(phrase)
                || lower.get(at + phrase.len()..).is_some_and(|rest| {
                    matches!(
                        rest.trim_matches([':', ' ', '.']),
                        "" | "these" | "those" | "the following"
                    )
                });
            bounded(at.checked_sub(1)) && bounded(Some(at + phrase.len())) && !these && last
        })
    })
}

/// Whether a heading's clause, in lower case, narrows the list to a kind of its apps
/// (`these are just the work ones`, `solo las que instalé yo`, `só a tela inicial`) or
/// says it is from memory (`aus dem kopf, ungefähr`, `top of the list`): a word for only
/// and, after it, a word for work, for who installed them, for a screen or for how
/// they were used. Not what the phone has (`i only have work apps`).
fn narrowed(lower: &str) -> bool {
    const ONLY: Words = words!(
        "only|just|solo|sólo|solamente|únicamente|juste|seulement|uniquement|nur|lediglich|bloß|alleen|slechts|enkel|tylko|jedynie|só|somente|apenas|soltanto",
    );
    const KIND: Words = words!(
        "work|business|pro|professional|company|office|corporate|job|dienstlich|dienstlichen|beruflich|beruflichen|arbeit|firmen|geschäftlichen|werk|zakelijk|zakelijke|lavoro|aziendali|trabajo|empresa|trabalho|travail|professionnelles|professionnels|boulot|służbowe|służbowych|firmowe\
         |installed|installiert|installé|installées|instalé|instalado|instaladas|installate|geïnstalleerd|zainstalowałem|zainstalowane|instalei|myself|selbst|moi-même|zelf\
         |home|inicial|inicio|accueil|startbildschirm|beginscherm|główny|favourites|favorites|favoriten|favoris|favoritos|preferiti|favorieten|ulubione|recent|recently|used|genutzt|utilisées|usadas|usate|gebruikte|używane",
    );
    const HAVE: Words =
        words!("have|has|habe|hab|hat|ai|tengo|tiene|ho|heb|heeft|mam|tenho|tem|there's|there|gibt|il|hay|c'è|er");
    const FROM_MEMORY: [&str; 20] = [
        "from memory",
        "off my head",
        "aus dem kopf",
        "aus dem gedächtnis",
        "de mémoire",
        "de tête",
        "de memoria",
        "de cabeza",
        "a memoria",
        "uit mijn hoofd",
        "uit het hoofd",
        "z pamięci",
        "de cabeça",
        "de memória",
        "top of the list",
        "more or less",
        "mehr oder weniger",
        "plus ou moins",
        "más o menos",
        "mais ou menos",
    ];
    let words: Vec<&str> = prose_words(lower).collect();
    let spaced = words.join(" ");
    if FROM_MEMORY.iter().any(|p| has_words(&spaced, p)) {
        return true;
    }
    // (Or to the main ones, or those used every day, whatever else it says: `Le app
    // principali:`, `De apps die ik dagelijks gebruik:`.)
    const MAIN: Words = words!(
        "main|principal|principali|principales|principais|wichtigsten|wichtigste|belangrijkste|najważniejsze|daily|dagelijks|täglich|quotidien|quotidiennement|diario|diariamente|diariamente|codziennie",
    );
    // (Not when it says there are no others: `Das sind meine wichtigsten Apps, und sonst
    // habe ich keine.`)
    const NONE_OTHER: Words = words!(
        "no|not|none|nothing|keine|kein|nichts|nicht|rien|pas|aucune|aucun|nada|ninguna|ninguno|niente|nessuna|nessuno|non|geen|niets|niet|żadnych|nic|nie|nenhuma|nenhum|não",
    );
    if (words.iter().any(|w| MAIN.contains(w)) || every_day(&spaced)) && !words.iter().any(|w| NONE_OTHER.contains(w)) {
        return true;
    }
    let Some(only) = words.iter().position(|w| ONLY.contains(w)) else {
        return false;
    };
    // (Nor only those shown, `Just these, no others, work or personal.`, `Só estão
    // instaladas estas:`.)
    const THESE: Words = words!("these|this|those|diese|dies|ces|ceux|celles|estas|estos|esas|esos|queste|questi|deze|dit|te|to|estes|estas|essas|esses");
    // (Nor denied, `not just the home screen`.)
    let denied = (1..=2).any(|back| {
        only.checked_sub(back)
            .and_then(|b| words.get(b))
            .is_some_and(|w| NOT.contains(w))
    });
    !denied
        && !words.iter().any(|w| HAVE.contains(w))
        && !words
            .get(only + 1..)
            .is_some_and(|after| after.iter().any(|w| THESE.contains(w)))
        && words.get(only + 1..).is_some_and(|after| {
            // (What some of them are is no narrowing: `Only a few of these are for work.`)
            after.iter().any(|w| KIND.contains(w))
                && !after
                    .iter()
                    .any(|w| words!("are|is|sind|ist|sont|est|son|es|sono|è|zijn|is|są|jest|são|é").contains(w))
        })
}

/// Whether words in lower case between single spaces say every day (`the apps i use every
/// day`): those used daily, not every app, though its word for every says all.
fn every_day(spaced: &str) -> bool {
    const EVERY_DAY: [&str; 8] = [
        "every day",
        "jeden tag",
        "tous les jours",
        "todos los días",
        "ogni giorno",
        "elke dag",
        "każdego dnia",
        "todos os dias",
    ];
    EVERY_DAY.iter().any(|p| has_words(spaced, p))
}

/// [`only_some`]'s phrases that say "some" only as a heading's last words.
const LAST_ONLY: [&str; 4] = ["include", "includes", "mostly", "mainly"];

/// The words that say all of the apps ([`says_all`]), and what negates them ([`not_all`]).
const ALL: Words = words!(
    "all|every|everything|entire|complete|full|whole|alle|alles|sämtliche|vollständige|komplette|tous|toutes|tout|complète|todas|todos|todo|completa|completo|tutte|tutti|tutto|wszystkie|wszystko|pełna|allemaal|volledige|alla|cała|całą|cały|hele|inteira|intera|entera|entière|ganze",
);
const NOT: Words = words!("not|aren't|isn't|arent|isnt|nicht|pas|no|non|nie|niet|geen|não|nao|none");

/// Whether a text's first word is a negation ([`NOT`]: `não estão todas`, `nicht alle`).
fn negation_first(text: &str) -> bool {
    // (Most lines: let go by their first letter, none of a negation's.)
    matches!(
        text.as_bytes().first().map(u8::to_ascii_lowercase),
        Some(b'n' | b'a' | b'i' | b'p' | b'g')
    ) && text.split_whitespace().next().is_some_and(|w| NOT.contains(w))
}

/// Whether a text says the list is not all of the apps: a negation right before a word
/// for all, or one word between (`not all`, `aren't all my`, `not the complete list`,
/// `nicht alle`, `pas toutes`, `no son todas`).
#[inline(never)]
pub(super) fn not_all(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(at, w)| {
        ALL.contains(w)
            && (1..=2).any(|back| {
                at.checked_sub(back)
                    .and_then(|b| words.get(b))
                    .is_some_and(|n| NOT.contains(&n.replace('’', "'")))
            })
    })
}

/// A remark that the message was sent before it was finished, in the eight languages:
/// `oops, sent too early`, `sorry, hit send too soon`, `ups, zu früh abgeschickt`, `envoyé
/// trop tôt`, `se envió antes de tiempo`, `inviato troppo presto`, `enviei antes da hora`,
/// `te vroeg verstuurd`, `wysłało się za wcześnie`. (A short line with a word for too early
/// first, by its bytes: most names have none.)
fn sent_too_early(text: &str) -> bool {
    const PHRASES: [&str; 17] = [
        "sent too early",
        "sent too soon",
        "sent it too early",
        "sent it too soon",
        "send too early",
        "send too soon",
        "zu früh abgeschickt",
        "zu früh gesendet",
        "zu früh verschickt",
        "envoyé trop tôt",
        "envoyé trop vite",
        "antes de tiempo",
        "inviato troppo presto",
        "antes da hora",
        "te vroeg verstuurd",
        "te vroeg verzonden",
        "za wcześnie",
    ];
    // (Its second word in lower case, `oops, sent …`, `Sent too early`: most lines, names
    // in a title's case, `Ordinary Tool 1234`, are let go by a look at one byte.)
    let bytes = text.as_bytes();
    let second = bytes.iter().position(|&b| b == b' ').and_then(|at| bytes.get(at + 1));
    if text.len() > 80 || !second.is_some_and(|b| b.is_ascii_lowercase() || !b.is_ascii()) {
        return false;
    }
    let stem = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        [
            "early",
            "soon",
            "früh",
            "tôt",
            "vite",
            "tiempo",
            "presto",
            "hora",
            "vroeg",
            "wcześnie",
        ]
        .iter()
        .any(|s| w.eq_ignore_ascii_case(s))
    };
    if !text.split_whitespace().any(stem) {
        return false;
    }
    let lower = crate::case::lower(text);
    PHRASES.iter().any(|p| lower.contains(p))
}

/// Whether a sentence says the list, or its rest, goes on in a second or the next mail or
/// message, in the eight languages (`User says the list continues in a second email which
/// we have not received yet.`, `die Liste geht in einer zweiten Mail weiter`, `la lista
/// sigue en un segundo correo`, `lista jest kontynuowana w drugim mailu`): such a word
/// right before a mail's or a message's, and a word for the list or its rest. (`I'll
/// answer in the next mail` says nothing of the list.)
fn in_another_message(text: &str) -> bool {
    const NEXT: Words = words!(
        "second|next|another|separate|zweiten|zweite|nächsten|nächste|second|seconde|deuxième|deuxieme|prochain|prochaine|segundo|segunda|próximo|próxima|seconda|secondo|prossima|prossimo|tweede|volgende|volgend|drugim|drugiej|drugi|kolejnym|kolejnej|następnym|następnej",
    );
    const MESSAGE: Words = words!(
        "mail|email|mails|emails|message|msg|correo|mensaje|messaggio|mensagem|bericht|nachricht|courriel|wiadomości|wiadomość|mailu|mailem",
    );
    // (Besides the list's and the rest's own words, `LIST_WORDS` and `REST`.)
    const MORE_LIST: Words = words!("listę|elenco|resztę|suite|restantes|restanti");
    // (Or the word for more first, and in: `More in a second message`, `Plus dans un
    // prochain message`; not more on something else, `More on the phone model in my next
    // message`.)
    const FOR_MORE: Words = words!("more|mehr|plus|más|mais|più|meer|więcej");
    // (Or a verb of going on, `I'll continue in another message`, `Sigo en otro mensaje`.)
    const GOING_ON: Words = words!(
        "continue|continuing|weiter|fortsetzung|continuer|sigo|sigue|seguiré|continúo|continuo|continua|continuarei|continuerò|verder|dalej|dalszy|kontynuuję",
    );
    // (And the word for other, `otro mensaje`, `noutra mensagem`, `un autre message`.)
    const ANOTHER: Words =
        words!("other|otro|otra|outra|outro|noutra|noutro|autre|altro|altra|ander|andere|anderen|innej|innym|inną");
    const IN: Words = words!("in|im|dans|en|nel|nella|no|na|w|op");
    if text.len() > 240 {
        return false;
    }
    // (Most lines have not every letter of any message's word: let go by the ASCII letters
    // they have, in one pass.)
    let letters = text.bytes().fold(0u32, |m, b| {
        if b.is_ascii_alphabetic() {
            m | 1 << (b.to_ascii_lowercase() - b'a')
        } else {
            m
        }
    });
    let has = |w: &str| w.bytes().all(|b| letters & 1 << (b - b'a') != 0);
    if ![
        "mail",
        "msg",
        "message",
        "correo",
        "mensa",
        "bericht",
        "nachricht",
        "courriel",
        "wiadomo",
    ]
    .iter()
    .any(|w| has(w))
    {
        return false;
    }
    // (Apart at apostrophes and hyphens too: `l'elenco`; `e-mail` is `e` then `mail`.)
    let words = || text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    // (A message's word begins with one of these letters: most words are let go by it
    // before the words are looked up.)
    let may_be_message = |w: &str| {
        (3..=12).contains(&w.len())
            && matches!(
                w.as_bytes().first().map(u8::to_ascii_lowercase),
                Some(b'm' | b'e' | b'c' | b'b' | b'n' | b'w')
            )
    };
    let (mut before, mut before_that) = ("", "");
    let mut next_message = false;
    for w in words() {
        if may_be_message(w) && MESSAGE.contains(w) {
            // (Before it, the word for next, or that and `e` of `e-mail`.)
            let next = if before.eq_ignore_ascii_case("e") {
                before_that
            } else {
                before
            };
            if NEXT.contains(next)
                || ANOTHER.contains(next) && words().any(|w| GOING_ON.contains(&crate::case::lower(w)))
            {
                next_message = true;
                break;
            }
        }
        (before_that, before) = (before, w);
    }
    let more_in = || {
        let mut first = words();
        first.next().is_some_and(|w| FOR_MORE.contains(&crate::case::lower(w)))
            && first.next().is_some_and(|w| IN.contains(w))
    };
    let goes_on = || words().any(|w| GOING_ON.contains(&crate::case::lower(w)));
    next_message
        && (words().any(|w| LIST_WORDS.contains(w) || REST.contains(w) || MORE_LIST.contains(w))
            || more_in()
            || goes_on())
}

/// Whether a sentence says the list is not the whole one (`That's not my full list.`, `Not
/// the complete list`, `Ce n'est pas la liste complète.`, `Dit is niet de volledige lijst.`,
/// `Non è la lista completa.`): a word for a list and [`not_all`]. (Most lines have no `li`
/// in any case: let go in one look at their bytes.)
fn not_the_whole_list(text: &str) -> bool {
    let bytes = text.as_bytes();
    // (Or, begun with an `e`, the `nc` of Italian's `elenco`: `Elenco incompleto – …`.)
    if text.len() > 120
        || !(crate::text::words8::has_pair_any_case(bytes, b'l', b'i')
            || bytes.first().is_some_and(|b| b | 0x20 == b'e')
                && crate::text::words8::has_pair_any_case(bytes, b'n', b'c'))
    {
        return false;
    }
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect();
    // (The negation anywhere before the word for whole: `No es la lista completa`.)
    let not = words.iter().position(|w| NOT.contains(&w.replace('’', "'")));
    let whole = words.iter().rposition(|w| ALL.contains(w));
    // (Or the whole list only so far, or still to come: `That's my full list so far.`,
    // `Full list coming tomorrow.`, `Complete list to follow.`, `… (page 1)`.)
    let limited = || {
        const LIMITS: [&str; 22] = [
            "so far",
            "for now",
            "almost",
            "to follow",
            "coming",
            "tomorrow",
            "later",
            "page 1",
            "bis jetzt",
            "bisher",
            "folgt",
            "später",
            "pour l'instant",
            "pour le moment",
            "à suivre",
            "demain",
            "hasta ahora",
            "por ahora",
            "casi",
            "más tarde",
            "mañana",
            "sigue",
        ];
        let line = crate::case::lower(&words.join(" "));
        LIMITS.iter().any(|limit| has_words(&line, limit))
    };
    // (Or a word for a part beside the word for the list, anywhere in a short line and not
    // denied before it: `user sent partial list (work apps only)`, `lista incompleta, sorry`.)
    // (Or a part of the list, a word or two between: `only sent part of the list`, `Teil der
    // Liste`, `parte da lista`, `część listy`.)
    const PART: Words = words!("part|teil|partie|parte|deel|część|fragment");
    const A_LIST: Words = words!("list|liste|lista|lijst|listy|listę|elenco");
    let partial = words.len() <= 14
        && not.is_none()
        && (words.windows(2).any(|pair| match pair {
            [a, b] => EXCERPT.contains(a) && LIST_WORDS.contains(b) || LIST_WORDS.contains(a) && EXCERPT.contains(b),
            _ => false,
        }) || words
            .iter()
            .enumerate()
            .any(|(at, w)| PART.contains(w) && words.iter().skip(at + 1).take(3).any(|l| A_LIST.contains(l))));
    partial
        || words
            .iter()
            .any(|w| words!("list|liste|lista|lijst|listing|listă|lists|listas").contains(w))
            && (matches!((not, whole), (Some(not), Some(whole)) if not < whole) || whole.is_some() && limited())
}

/// Whether a text says the list is all of the apps (`all`, `every`, `complete`, `alle`,
/// `todas`, `wszystkie`, `全部`), which a word for "some" or "mostly" beside it does not
/// make a part; not when it is negated ([`not_all`]).
#[inline(never)]
pub(super) fn says_all(text: &str) -> bool {
    if not_all(text) {
        return false;
    }
    if !text.is_ascii()
        && ["全部", "所有", "すべて", "全て", "전체", "모든"]
            .iter()
            .any(|w| text.contains(w))
    {
        return true;
    }
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .any(|w| !w.is_empty() && ALL.contains(w))
}

/// The writer's sentence, no names in it, that the list is all of the apps: `That's
/// everything on the phone.`, `Das sind alle meine Apps.` Ended by its stop, in a
/// sentence's case, three words at least (`all in one calculator` is a name), and no
/// doubt in it (`not sure that's everything tbh`).
pub(super) fn all_of_them_said(line: &str) -> bool {
    line.ends_with(['.', '!'])
        && line.split_whitespace().nth(2).is_some()
        && in_sentence_case(line)
        && all_of_them_said_loosely(line)
}

/// [`all_of_them_said`], with or without its stop and its sentence's case (`não tem mais
/// nada`, `that is the full list`): a line typed by hand under a table's rows.
pub(super) fn all_of_them_said_loosely(line: &str) -> bool {
    !line.contains(',')
        && line.split_whitespace().nth(1).is_some()
        && (says_all(line) || nothing_else(line))
        && !may_say_not_whole(line)
        && !doubts_whole(line)
        && !begins_unsure(line)
}

/// Whether a sentence says there is nothing else, no other app (`There is nothing else
/// on the phone.`, `Il n'y a rien d'autre`, `Não tem mais nada instalado.`, `Nic więcej
/// nie mam.`), in the eight languages ([`all_of_them_said`]).
fn nothing_else(line: &str) -> bool {
    const NOTHING_ELSE: [&str; 29] = [
        "nothing else",
        "no other app",
        "nichts anderes",
        "sonst nichts",
        "sonst ist nichts",
        "nichts weiter",
        "rien d'autre",
        "aucune autre",
        "nada más",
        "ninguna otra",
        "nient'altro",
        "nessun'altra",
        "mais nada",
        "nada mais",
        "nenhum outro",
        "nenhuma outra",
        "niets anders",
        "verder niets",
        "verder staat er niets",
        "geen andere",
        "nic więcej",
        "nic innego",
        // (And more ways of it: `non c'è altro`, `nichts mehr`, `rien de plus`, `niets
        // meer`, `nic poza tym`.)
        "non c'è altro",
        "non ho altro",
        "nichts mehr",
        "rien de plus",
        "niets meer",
        "niks meer",
        "nic poza tym",
    ];
    let lower = crate::case::lower(line).replace('’', "'");
    // (Not a doubt of it: `Not sure there is nothing else.`)
    if begins_unsure(&lower) {
        return false;
    }
    let phrases = Phrases::of(&lower);
    NOTHING_ELSE.iter().any(|phrase| phrases.has(phrase))
}

/// A screen's view of all of its apps, as its tab, chip or menu names it (`Installed`,
/// `All apps`, `Your apps`, `Alle Apps`, `Toutes`).
pub(super) const ALL_VIEW: Words = words!(
    "installed|all|all apps|your apps|installed apps|installierte apps|applications installées|aplicaciones instaladas|app installate|zainstalowane aplikacje|apps instalados|library|downloaded|installiert|alle|alle apps|installées|toutes|todas|instaladas|tutte|installate|geïnstalleerd|zainstalowane|wszystkie|tutte le app|wszystkie aplikacje|todas las aplicaciones|todas as apps|toutes les applis|toutes les applications|instalados|apps\
     |tout|tous|todo|todos|tutto|tutti|tudo|alles|wszystko",
);

/// A store's or a settings screen's row of controls over its apps, its cells apart by
/// tabs or wide gaps: a sort (`Sort: Recently updated ▾`, `Sortieren nach: Name`, `Trier
/// par`), or a menu's mark (`▾`) beside the view it shows (`Installed`, `Your apps`,
/// `Updates available (3)`). `Some` with the cell that names a view of some of the apps
/// ([`subset_heading`], [`filtered_view`], or beside a sort any view not known to show
/// all); `Some(None)` for a row of all of them; `None` for any other line.
fn control_row(text: &str) -> Option<Option<&str>> {
    const SORT: Words = words!(
        "sort|sorted|sortieren|sortiert|trier|trié|ordenar|ordenado|ordina|ordinato|sorteren|gesorteerd|sortuj|classificar|sortera|sorter|sortér|sıralama|sırala|seřadit|řadit|rendezés|lajittele|järjestä",
    );
    const BY: Words = words!("by|nach|par|por|per|op|według|efter|etter|ölçütü|podle|szerint|mukaan");
    const MARKS: [char; 6] = ['▾', '▼', '⌄', '⏷', '˅', '▿'];
    // (Most lines have no sort's word and no menu's mark: let go before they are split.)
    static SORT_FILTER: WordFilter = word_filter(&[SORT.text()], false);
    // (Whether a cell begins with a sort's word: the line's first word, and the first after
    // each tab or wide gap, through the filter; one word for most lines.)
    let sorts = || {
        let bytes = text.as_bytes();
        let begins_sort = |at: usize| {
            text.get(at..)
                .and_then(|rest| rest.split_whitespace().next())
                .is_some_and(|w| {
                    let w = w.trim_end_matches(':');
                    may_be(&SORT_FILTER, lower_hash(w)) && SORT.contains(w)
                })
        };
        begins_sort(0)
            || bytes
                .iter()
                .enumerate()
                .any(|(i, &b)| (b == b'\t' || b == b' ' && bytes.get(i + 1) == Some(&b' ')) && begins_sort(i + 1))
    };
    let marked = text.contains(MARKS);
    if !marked && !sorts() {
        return None;
    }
    let cells = || {
        text.split('\t')
            .flat_map(|part| part.split("  "))
            .map(trim)
            .filter(|cell| !cell.is_empty())
    };
    let is_sort = |cell: &str| {
        let mut words = cell.split_whitespace();
        words.next().is_some_and(|w| SORT.contains(w.trim_end_matches(':')))
            && (cell.contains(':') || words.next().is_some_and(|w| BY.contains(w.trim_end_matches(':'))))
    };
    let sorted = cells().any(is_sort);
    let (mut all, mut some) = (false, None);
    // (A menu's mark on a view says it is the one chosen, `Installed ▾    Updates
    // available    Games`: the others beside it are choices not taken, and only the chosen
    // one says which apps are in view.)
    let chosen = cells().any(|c| !is_sort(c) && c.ends_with(MARKS) && c.chars().any(char::is_alphanumeric));
    for cell in cells().filter(|c| !is_sort(c) && (!chosen || c.ends_with(MARKS))) {
        let view = trim(cell.trim_end_matches(MARKS));
        if !view.chars().any(char::is_alphanumeric) || keeps_every_app(view) {
            continue;
        }
        if ALL_VIEW.contains(view) {
            all = true;
        } else if sorted
            || subset_heading(view)
            || filtered_view(view)
            || SOME_VIEW.contains(view)
            || cell.ends_with(MARKS) && view.split_whitespace().nth(3).is_none()
        {
            // (A menu's view of a few words that is not all the apps, `Privat ▾`, `App
            // attive ▾`: some of them, in whatever language.)
            // (Beside a sort, a view not known here, `Games`, may be some of the apps too.)
            some = some.or(Some(view));
        } else {
            // (A menu's mark beside anything else: not a row of controls known here.)
            return None;
        }
    }
    (sorted || all || some.is_some()).then_some(some)
}

/// A menu's view of one kind of the apps (`Personal apps ▾` on a phone with a work
/// profile, `System apps`, `Enabled`).
const SOME_VIEW: Words = words!(
    "personal|personal apps|work|work apps|system|system apps|user apps|enabled|enabled apps|persönlich|persönliche apps|arbeit|geschäftliche apps|system-apps|aktiviert|aktivierte apps|apps personnelles|apps professionnelles|applications système|activées|personales|aplicaciones personales|aplicaciones de trabajo|aplicaciones del sistema|habilitadas",
);

/// A search box's verb or label in the languages employees' screens speak (`Search`,
/// `Suchen`, `Rechercher`, `Buscar`, `Cerca`, `Zoeken`, `Szukaj`, `Pesquisar`).
const SEARCH_WORDS: Words =
    words!("search|suche|suchen|durchsuchen|rechercher|recherche|buscar|búsqueda|cerca|zoeken|szukaj|pesquisar");

/// A control beside a sort that leaves every app in view: a filter that keeps them all
/// (`Filter by: All drives`, `Filtrer par : Tous les lecteurs`), a search box with
/// nothing typed in it (`Search apps`), a choice of layout (`List view`), the count of
/// the apps shown (`54 apps found`).
fn keeps_every_app(cell: &str) -> bool {
    const FILTER: Words = words!(
        "filter|filters|filtern|filtrer|filtrar|filtra|filteren|filtruj|filtre|filtro|filtrera|filtreleme|filtrovat|szűrés|suodata",
    );
    const SEARCH: Words = SEARCH_WORDS;
    const BY: Words = words!("by|nach|par|por|per|op|według|efter|etter|ölçütü|podle|szerint|mukaan|:");
    // (What a filter that keeps all says beside its word for all: `All drives`, `Alle
    // Laufwerke`, `Tous les lecteurs`, `Wszystkie dyski`.)
    const DRIVES: Words = words!(
        "drives|drive|laufwerke|lecteurs|les|unidades|las|as|dischi|i|le|unità|unités|dyski|stationer|drev|sürücüler|jednotky|asemat|meghajtók|apps|app|applications",
    );
    // (A search box's words with nothing typed: `Search apps`, `Search all apps`.)
    const BOX: Words = words!("apps|app|applications|all|installed|programs|this|list");
    const LAYOUT: Words = words!(
        "list|grid|tiles|details|list view|grid view|tile view|details view|listenansicht|rasteransicht|vue liste|vue grille|vista de lista|vista de cuadrícula",
    );
    let mut words = cell.split_whitespace().map(|w| w.trim_end_matches(':'));
    let first = words.next().unwrap_or("");
    if FILTER.contains(first) {
        let mut value = words.filter(|w| !w.is_empty() && !BY.contains(w)).peekable();
        let all = value.next_if(|w| FILTER_KEEPS_ALL.contains(w)).is_some();
        return value.peek().is_none() || all && value.all(|w| DRIVES.contains(w));
    }
    SEARCH.contains(first) && !cell.contains(':') && cell.split_whitespace().skip(1).all(|w| BOX.contains(w))
        || LAYOUT.contains(cell)
        || count_line(cell)
        || count_label(cell)
}

/// Whether a heading is an order of the apps by their use or their updates (`Recently
/// updated`, `Most used`, `Zuletzt verwendet`), which a screen sorts all of them by: every
/// word one of an order's, one of them when.
pub(super) fn sort_order(text: &str) -> bool {
    const WHEN: Words = words!(
        "recently|recent|most|least|frequently|often|rarely|zuletzt|kürzlich|häufig|meistgenutzt|meistgenutzte|selten|récemment|récentes|récents|recientemente|recientes|recenti|recente|recentemente|ostatnio|najczęściej|najrzadziej|meest|minst|onlangs",
    );
    const ORDER: Words = words!(
        "used|updated|opened|added|installed|apps|app|di|de|verwendet|verwendete|aktualisiert|aktualisierte|geöffnet|geöffnete|hinzugefügt|genutzt|utilisées|utilisés|ouvertes|mises|à|jour|ajoutées|usadas|usados|actualizadas|abiertas|añadidas|usate|utilizzate|aggiornate|aperte|aggiunte|używane|zaktualizowane|otwierane|dodane|gebruikt|bijgewerkt|geopend|toegevoegd",
    );
    let mut when = false;
    for w in text.trim_end_matches(':').split_whitespace() {
        let w_when = WHEN.contains(w);
        if !w_when && !ORDER.contains(w) {
            return false;
        }
        when |= w_when;
    }
    when
}

/// Whether `text` heads some of the apps, not all of them (`Recently opened apps`,
/// `Updates available`, `Top 5 apps`, `Most used`, `Here are the first 10`, `Zuletzt
/// verwendet`, `Applis récentes`, `Mises à jour disponibles`, `Aplicaciones recientes`):
/// two to six words, one that says which, the others words for apps and their use, a
/// count or a sentence's (a count in parentheses after it too). A name's own word among
/// them (`Recently Deleted Photos`, `Top Drives`) makes it a name.
#[inline(never)]
pub(super) fn subset_heading(text: &str) -> bool {
    const WHICH: Words = words!(
        "recently|recent|top|most|frequently|often|suggested|updates|update|first|unused|not|nicht|battery|disabled|deaktiviert|deaktivierte|désactivées|desactivadas|disattivate|wyłączone|running|hidden|ausgeblendet|ausgeblendete|masquées|ocultas|nascoste|ukryte|instant|least|aktualizacje|zuletzt|kürzlich|häufig|meistgenutzte|meistgenutzt|meist|vorgeschlagene|vorgeschlagen|aktualisierungen|récemment|récentes|suggérées|mises|recientes|recientemente|sugeridas|actualizaciones|recenti|recente|recentemente|suggerite|aggiornamenti|meest|recent|ostatnio|najczęściej|akku|batterie|batería|batteria|charge|aufladen|akkunutzung|akkuverbrauch|aufladung\
         |atualizações|pas|no|non|não|nie|niet|sin|nieużywane|plus|más|più|mais",
    );
    const BESIDES: Words = words!(
        "apps|app|applications|applis|aplicaciones|anwendungen|applicazioni|aplikacje|used|opened|updated|geöffnete|utilizzate|dostępne|on|this|iphone|ipad|past|hr|hrs|verwendet|verwendete|geöffnet|genutzt|utilisées|ouvertes|usadas|usados|usati|usate|abiertas|gebruikt|geopend|używane|aktualisiert|available|verfügbar|disponibles|disponible|disponibili|disponíveis|beschikbaar|pending|ausstehend|attente|pendientes|en|à|jour|here|are|is|the|my|meine|mes|mis|les|las|die|de|di|du|des|downloaded|in|for|months|month|days|weeks|monaten|tagen|wochen|usage|use|since|last|full|charge|verbrauch|nutzung|seit|dem|letzten|vollständigen|aufladen|laden|letzter|vollständiger|aufladung\
         |auf|diesem|sur|cet|este|su|questo|neste|op|deze|na|tym|iphonie|depuis|da|há|od|mois|meses|mesi|maanden|miesięcy|usar|utilizzate|utilisées|używane",
    );
    // (A heading of one word over some of a phone's apps: the App Library's `Suggestions`,
    // Google Play's `Updates`, and a Chinese or a Japanese screen's `最近使用`.)
    // (Or a phone's screen that shows only some apps, Location Services'. Not `Screen
    // Time`, `Permission Manager` nor `Digital Wellbeing`: apps have those names.)
    const ALONE: Words = words!(
        "meistgenutzt|meistgenutzte|location services|ortungsdienste|service de localisation|servicios de localización|suggestions|vorschläge|suggerimenti|sugerencias|sugestões|suggesties|propozycje|aktualizacje|running|disabled|hidden|archived|deaktiviert|ausgeblendet|archiviert|wird ausgeführt|désactivées|archivées|en cours d'exécution|desactivadas|inhabilitadas|archivadas|en ejecución|disattivate|in esecuzione|archiviate|wyłączone|uruchomione|desativados|desativadas|em execução|uitgeschakeld|actief|gearchiveerd|最近使用|最近打开|最常用|常用应用|最近使った|よく使う",
    );
    if ALONE.contains(text.trim_end_matches([':', '：', '.'])) {
        return true;
    }
    let text = text.trim_end_matches([':', '.']);
    let text = match text.strip_suffix(')').and_then(|t| t.rsplit_once(" (")) {
        Some((head, n)) if whole_number(n).is_some() => head,
        _ => text,
    };
    // (A word for "not" says which with two more at least, `Nie na tym iPhonie`: `no
    // apps` is none.)
    const NOT: Words = words!("pas|no|non|não|nie|niet|sin");
    let (mut words, mut which, mut negation) = (0, false, false);
    for w in text.split_whitespace() {
        words += 1;
        let key = WHICH.contains(w);
        if words > 6 || !key && !BESIDES.contains(w) && whole_number(w).is_none() {
            return false;
        }
        let not = key && NOT.contains(w);
        which |= key && !not;
        negation |= not;
    }
    let which = which || negation && words >= 3;
    // (A battery's screen in three words at least: `Battery Usage` is an app's name.)
    let battery = || {
        text.split_whitespace()
            .any(|w| words!("battery|akku|batterie|batería|batteria").contains(w))
    };
    words >= 2 && which && (words >= 3 || !battery())
}
/// Each rule's first words as a [`WordFilter`], and all of them as one: most lines' first
/// word is none of them, and [`elsewhere`] lets them go before its later rules, each rule
/// before its own words are looked up.
static SHOWS_FILTER: WordFilter = word_filter(&[SHOW.text(), MORE_OR_ALL.text(), READ_ON.text()], false);
static CONTINUES_FILTER: WordFilter = word_filter(&[CONTINUES_FIRST.text(), PAGE.text()], false);
static GONE_FILTER: WordFilter = word_filter(&[GONE_FIRST.text()], false);
static SUBSET_FILTER: WordFilter = word_filter(&[SUBSET_FIRST.text()], false);
static WITHHELD_FILTER: WordFilter = word_filter(&[WITHHELD_FIRST.text()], false);
static LATER_FILTER: WordFilter<64> = word_filter(
    &[
        SHOW.text(),
        MORE_OR_ALL.text(),
        READ_ON.text(),
        CONTINUES_FIRST.text(),
        GONE_FIRST.text(),
        SUBSET_FIRST.text(),
        WITHHELD_FIRST.text(),
        CUT_FIRST.text(),
        FILTERED_FIRST.text(),
        // (A page's or a part's word, whatever its first letter: `Część 1 z 2`, `Captura 1
        // de 3`.)
        PAGE.text(),
        // (A screen's picture's name, `Captura de pantalla 2023-03-01`, and a picture's
        // place, `Bild 1 von 3`.)
        SHOT_FIRST.text(),
        PICTURE_PLACE.text(),
        // (A mail's source's picture, `cid:image001.png@…`.)
        "cid",
        // (A mail's part, `E-Mail 1 von 2`: its first word read to the hyphen.)
        "e",
        // (More after the word for "and", `und noch 20`, `e ancora 18`, whatever its letter.)
        AND.text(),
    ],
    false,
);

/// Whether `text` is a button or a link that shows the rest of a list or a message, in
/// the languages employees' phones speak (`Alle 84 Apps anzeigen`, `Mehr anzeigen`,
/// `Afficher plus`, `Voir tout`, `Ver más`, `Mostra altro`, `Meer weergeven`, `Pokaż
/// więcej`, `Mostrar mais`, `Read more`, `Lire la suite`, `Weiterlesen`): six words at
/// most, one that shows and one that says more or all or counts (`Voir les 84
/// applications`), the others articles or words for apps. A name's own word beside them (`Show Me`, `Mehr Fitness`, `Load
/// Monitor`) makes it a name.
#[inline(never)]
fn shows_the_rest(text: &str) -> bool {
    const FILL: Words = words!(
        "the|apps|app|applications|anwendungen|les|des|la|las|los|le|de|aplicaciones|applis|aplicativos|os|as|aplikacje|programme|programs|up|down|for|to|di|più|e\
         |appar|apper|sovellusta|aplikací|alkalmazás|aplikasi",
    );
    // (`Weiterlesen`, `Weiterscrollen`: showing more, in one word.)
    if text.len() > 60 {
        return false;
    }
    // (The words compared in any ASCII case, in place: most lines are let go at their
    // first word, which is none of these.)
    if READ_ON.contains(text.trim_end_matches(['.', '…', '!'])) {
        return true;
    }
    let (mut show, mut more, mut counted, mut apps, mut words) = (false, false, false, false, 0);
    // (An article right before the count: `Voir les 57`, `Ver los 57`.)
    let (mut article, mut before) = (false, "");
    // (A name in capitals, `Display Plus`, `Ver Mais`, `Toon Alles`, `Swipe Plus`: a word
    // for more that names have, or a verb of this stop's, in a title is a name's.)
    let title = text.split_whitespace().nth(1).is_some()
        && text
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    for w in text.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        words += 1;
        if words > 6 || w.is_empty() {
            return false;
        }
        let (s, m, n) = (SHOW.contains(w), MORE_OR_ALL.contains(w), whole_number(w).is_some());
        if !s && !m && !n && !FILL.contains(w) {
            return false;
        }
        if title && (m && words!("plus|mais|alles").contains(w) || s && words!("swipe|scroll|expand").contains(w)) {
            return false;
        }
        show |= s;
        more |= m && !s;
        counted |= n;
        apps |= COUNTED.contains(w);
        article |= n && words!("the|les|los|las|os|as|gli|i|die|de").contains(before);
        before = w;
    }
    // (A number says how many more only beside a word for apps, `Voir les 84
    // applications`, or after an article, `Voir les 57`; `Read 180`, `View 360` are names.)
    show && (more || counted && (apps || article))
}

/// A whole number's value, its digits grouped by commas or full stops or not (`47`,
/// `1,024`, `1.234`; after a full stop, groups of three: `3.5` is no whole number).
/// What a chat shows in place of a thread's replies, in the widget's four languages and
/// Italian, Portuguese, Dutch and Polish
/// (`View thread`, `Show replies`, `View 2 more replies`, `2 replies`, `2 Antworten`,
/// `Thread anzeigen`, `Voir les 2 réponses`, `Afficher le fil`, `Ver hilo`, `3
/// respuestas`): four words at most, one of them a word for replies or a thread, every
/// other a verb that shows, a number, an article or a word for more, and a number or a
/// verb among them (`Threads`, Meta's app, and `Reply` alone are names).
fn hidden_replies(text: &str) -> bool {
    // (Most lines, ASCII, are let go in one pass over their bytes: no word of theirs
    // passes the filter of the words for replies.)
    if text.is_ascii() && !any_word_may_be(&REPLIES_FILTER, text) {
        return false;
    }
    // (Beside [`SHOW`]'s verbs and [`MORE_OR_ALL`]'s words, the articles before them.)
    const OTHER: Words = words!("the|den|die|le|la|les|de|discussion|las|los|el");
    // (Most lines are let go before a word list is searched: more than four words, or
    // none that begins as a word for replies does.)
    let replies_at = |w: &str| {
        matches!(
            w.as_bytes().first(),
            Some(b'r' | b'R' | b't' | b'T' | b'a' | b'A' | b'f' | b'F' | b'h' | b'H' | b'o' | b'O')
        ) && REPLY_WORDS.contains(w)
    };
    if text.split_whitespace().nth(4).is_some() || !text.split_whitespace().any(replies_at) {
        return false;
    }
    let (mut replies, mut told) = (false, false);
    let mut words = 0;
    for word in text.split_whitespace() {
        words += 1;
        if REPLY_WORDS.contains(word) {
            replies = true;
        } else if SHOW.contains(word) || whole_number(word).is_some() {
            told = true;
        } else if !OTHER.contains(word) && !MORE_OR_ALL.contains(word) {
            return false;
        }
    }
    replies && told && words <= 4
}

pub(super) fn whole_number(text: &str) -> Option<u64> {
    if text.contains('.') && !text.split('.').skip(1).all(|group| group.len() == 3) {
        return None;
    }
    let digits = text.bytes().filter(|&b| b != b',' && b != b'.');
    let mut value: u64 = 0;
    let mut any = false;
    for b in digits {
        if !b.is_ascii_digit() {
            return None;
        }
        value = value.saturating_mul(10).saturating_add(u64::from(b - b'0'));
        any = true;
    }
    any.then_some(value)
}

/// Which page or part of a longer list the line says this is (`Page 1/3`, `[1/2]`,
/// `Part 2 of 2`, `Seite 1 von 2`), or how many of how many it shows (`(3 of 47)`): the
/// list goes on elsewhere. A page or part of several, after a word for one or as two
/// numbers in brackets (the caller's `inner` is without them; `24/7` is a name); a
/// count written out only when it shows fewer than all (`(3 of 3)` is whole).
fn page_of(inner: &str, bracketed: bool) -> bool {
    match position(inner) {
        Some((at, of, true, slash)) => {
            (!slash || bracketed || inner.contains(' ')) && (1..=of).contains(&at) && of >= 2
        }
        Some((at, of, false, _)) => (1..of).contains(&at),
        None => false,
    }
}

/// A field's count of its characters and its limit, numbers alone around a slash, a
/// hundred or more after it (`274 / 5,000`, `183 / 5 000`, Google Translate's; `12 /
/// 300`): no part's place, no count of apps.
pub(super) fn char_counter(text: &str) -> bool {
    let number = |s: &str| -> Option<u64> {
        let s = s.trim();
        (!s.is_empty()
            && s.len() <= 12
            && s.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}')))
        .then(|| {
            s.bytes()
                .filter(u8::is_ascii_digit)
                .fold(0u64, |n, d| n.saturating_mul(10).saturating_add(u64::from(d - b'0')))
        })
    };
    text.split_once('/')
        .and_then(|(typed, most)| Some((number(typed)?, number(most)?)))
        .is_some_and(|(typed, most)| most >= 100 && typed < most)
}

/// [`page_of`]'s reading of a position: its two numbers, whether it is a page's or a
/// part's (a word for one, or a slash: `Page 1 of 3`, `[1/2]`) rather than a count
/// (`3 of 47`, `Showing 3 of 47`), and whether a slash wrote it. Nothing else on the line.
fn position(inner: &str) -> Option<(u64, u64, bool, bool)> {
    // (A field's count of its characters, `274 / 5,000`, is no part's place.)
    if char_counter(inner) {
        return None;
    }
    const OF: Words = words!("of|von|de|sur|di|z|van|av|af|din|dari|/");
    // (A page's count of what it shows after it, `Page 1 of 4 (84 items)`: the page is
    // read.)
    // (Its closing bracket may have been taken with the line's own.)
    let inner = match inner.rsplit_once(" (") {
        Some((page, count))
            if !page.contains('(') && count.split_whitespace().next().and_then(whole_number).is_some() =>
        {
            page
        }
        _ => inner,
    };
    // (Or a home screen's place, its words first: `Home screen 1/3`, `Pantalla de inicio
    // 1 de 4`, `Écran 2/4`, `Ekran główny 2 z 3`.)
    const SCREENS: [&str; 26] = [
        "home screen",
        "homescreen",
        "startbildschirm",
        "bildschirm",
        "écran d'accueil",
        "Écran d'accueil",
        "écran",
        "Écran",
        "pantalla de inicio",
        "pantalla principal",
        "pantalla",
        "schermata home",
        "schermata",
        "schermo",
        "ecrã principal",
        "ecrã inicial",
        "ecrã",
        "tela inicial",
        "tela",
        "startscherm",
        "beginscherm",
        "scherm",
        "ekran główny",
        "ekran startowy",
        "ekran",
        "screen",
    ];
    let screen = SCREENS.iter().find_map(|lead| {
        inner
            .get(..lead.len())
            .filter(|head| head.eq_ignore_ascii_case(lead))
            .and_then(|_| inner.get(lead.len()..))
            .filter(|rest| rest.starts_with(' '))
    });
    let inner = screen.map_or(inner, str::trim_start);
    let mut words = inner.split_whitespace();
    let mut first = words.next();
    // (Its word may have a colon after it, a field's: `Page: 1/3`.)
    let paged = screen.is_some()
        || first
            .map(|w| w.strip_suffix([':', '.']).unwrap_or(w))
            .is_some_and(|w| PAGE.contains(w) || PICTURE_PLACE.contains(w));
    // (Or a view's word for its rows, `Apps 1-10 of 40`, `Items 3 of 40`.)
    let shown = |w: &str| {
        w.eq_ignore_ascii_case("showing")
            || APP_WORDS.contains(w)
            || words!("items|entries|rows|results|einträge|éléments").contains(w)
    };
    if screen.is_none() && (paged || first.is_some_and(shown)) {
        first = words.next();
    }
    // (A range of rows for its place, `1-10 of 40`: the last row shown.)
    let first = first.map(|w| match w.split_once(['-', '–']) {
        Some((from, to)) if whole_number(from).is_some() && whole_number(to).is_some() => to,
        _ => w,
    });
    let (at, of, slash) = match (first, words.next(), words.next(), words.next()) {
        (Some(one), None, None, None) => {
            // (Or written together, `1of2`.)
            let (at, of) = one.split_once('/').or_else(|| one.split_once("of"))?;
            (at, of, true)
        }
        (Some(at), Some(word), Some(of), None) if OF.contains(word) => (at, of, false),
        // (A selection's or a view's count: `3 of 57 selected`, `3 of 57 shown`.)
        (Some(at), Some(word), Some(of), Some(tail))
            if OF.contains(word)
                && words.next().is_none()
                && words!(
                    "selected|shown|displayed|ausgewählt|angezeigt|sélectionnés|affichés|seleccionados|mostrados",
                )
                .contains(tail) =>
        {
            (at, of, false)
        }
        _ => return None,
    };
    Some((whole_number(at)?, whole_number(of)?, paged || slash, slash))
}

/// A line without a decoration around it (`--- message truncated ---`, `*** 1/2 ***`).
fn undecorated(text: &str) -> &str {
    let bytes = text.as_bytes();
    let kept = |b: &u8| !matches!(b, b'-' | b'=' | b'*' | b' ' | b'_' | b'~');
    let start = bytes.iter().position(kept).unwrap_or(0);
    let end = bytes.iter().rposition(kept).map_or(0, |e| e + 1);
    let text = text.get(start..end).unwrap_or("");
    // (And dashes beyond ASCII, `— Page 1 of 4 —`, `– 1/2 –`.)
    let dashes = ['—', '–', '―', '·', '•', ' '];
    match text.as_bytes().first().zip(text.as_bytes().last()) {
        Some((&first, &last)) if first >= 0x80 || last >= 0x80 => {
            let inner = text.trim_matches(dashes);
            if inner.len() < text.len() {
                undecorated(inner)
            } else {
                text
            }
        }
        _ => text,
    }
}

/// A printed page's number alone on a line, between dashes, dots, tildes or brackets
/// (`— 1 —`, `– 3 –`, `-- 2 --`, `-1-`, `· 4 ·`, `[2]`, `(3)`): the list was printed on
/// pages, and the others may not be here. A number of one to three digits, with a sign
/// at both ends of the line and nothing else: `Tool 1`, `(5) Zoom` and `2048` are not.
fn page_number_alone(text: &str) -> bool {
    // (Most lines: longer, or a letter or a digit at either end.)
    let bytes = text.as_bytes();
    let decoration = |b: &u8| !b.is_ascii_alphanumeric();
    if bytes.len() > 24 || !bytes.first().is_some_and(decoration) || !bytes.last().is_some_and(decoration) {
        return false;
    }
    let around = |c: char| {
        matches!(
            c,
            '-' | '='
                | '*'
                | '_'
                | '~'
                | '.'
                | '|'
                | '('
                | ')'
                | '['
                | ']'
                | '<'
                | '>'
                | ' '
                | '—'
                | '–'
                | '―'
                | '‒'
                | '·'
                | '•'
                | '\u{a0}'
        )
    };
    let number = text.trim_start_matches(around);
    let number = number.trim_end_matches(around);
    (1..=3).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit()) && !number.starts_with('0')
}

/// A page's or a part's number alone on a line (`Page 2`, `[Part 1]`, `Teil 1`): one of
/// several, how many not said.
#[inline(never)]
pub(super) fn page_alone(line: &str) -> Option<u64> {
    // (Most lines: longer, or not ending in a digit or a bracket.)
    if line.len() > 24
        || !matches!(
            line.as_bytes().last(),
            Some(b'0'..=b'9' | b')' | b']' | b'-' | b'*' | b'=')
        )
    {
        return None;
    }
    let mut words = undecorated(line)
        .trim_matches(crate::text::AROUND_A_WORD)
        .split_whitespace();
    match (words.next(), words.next().and_then(whole_number), words.next()) {
        // (A number of three digits or more is no part's: no list is cut into a hundred
        // messages or pages; `Mail 360` is an app's name.)
        (Some(page), Some(n), None)
            if PAGE.contains(page.strip_suffix(':').unwrap_or(page)) && (1..100).contains(&n) =>
        {
            Some(n)
        }
        _ => None,
    }
}

/// A line's page or part (`Page 1/2`, `[2/2]`, `Part 1 of 2`): its two numbers.
pub(super) fn part_of(line: &str) -> Option<(u64, u64)> {
    // (Most lines: longer, or without a digit.)
    if line.len() > 32 || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let inner = undecorated(line).trim_matches(crate::text::AROUND_A_WORD);
    // (After a sign or an emoji beyond ASCII, `📄 1/3`, `▸ Page 2 of 3`.)
    let inner = inner.trim_start_matches(|c: char| c == ' ' || !c.is_ascii() && !c.is_alphanumeric());
    match position(inner)? {
        (at, of, true, _) => Some((at, of)),
        _ => None,
    }
}

/// An e-mail's subject as a reply or a forward writes it (`Re: App policy`, `Fwd: …`,
/// `AW: …`, `WG: …`, `TR: …`, `RV: …`): the mail's, no app (a policy's app named in
/// it is still found by the sweep).
fn subject(text: &str) -> bool {
    const MARKS: Words = words!("re|fw|fwd|aw|wg|tr|rv|rif|sv|vs|antw|réf");
    // (A mark is short: most lines are let go within their first bytes.)
    let Some(colon) = text.bytes().take(6).position(|b| b == b':') else {
        return false;
    };
    text.get(colon + 1..).is_some_and(|rest| rest.starts_with(' '))
        && text.get(..colon).is_some_and(|mark| MARKS.contains(mark))
}

/// The words of a remark that stands in brackets on a line of its own, `(still going
/// through these)`, `[lo screenshot si taglia qui]`: two words or more, one of them after
/// the first in lower case (or beyond ASCII), without a colon, a sign of a list or an
/// identifier's dot. Not a name in brackets, `(Not Boring) Weather`, nor a placeholder of
/// one word, `[Photo]`, nor names in a title's case, `(Google Maps)`.
fn bracketed_remark(text: &str) -> Option<&str> {
    let inner = match text.as_bytes().first()? {
        b'(' => text.strip_prefix('(')?.strip_suffix(')')?,
        b'[' => text.strip_prefix('[')?.strip_suffix(']')?,
        _ => return None,
    };
    let inner = trim(inner);
    // (Or one word in small letters, a chat's mark on a message, `(edited)`, `(bewerkt)`.)
    let word = || inner.chars().count() >= 3 && inner.chars().all(char::is_lowercase);
    ((inner.split_whitespace().nth(1).is_some() && word_in_lower_case(inner) || word())
        && !inner.contains(['(', ')', '[', ']', ':', ',', ';', '|', '/'])
        && !crate::text::looks_like_identifier(inner))
    .then_some(inner)
}

/// Whether a remark of the writer's, in brackets (`still going through these`, `lo
/// screenshot si taglia qui`, `that's where my screenshot ends`), says the list is not all,
/// by the rules of a line that stands for more ([`elsewhere`], [`remark_of_part`]) and of a
/// sentence ([`only_some`], [`half_or_doubted`], [`may_say_not_whole`]); not one that says
/// it is all ([`says_all`]).
fn remark_says_not_all(inner: &str) -> bool {
    !says_all(inner)
        && (elsewhere(inner, None)
            || only_some(inner)
            || half_or_doubted(inner)
            || may_say_not_whole(inner)
            || remark_of_part(inner))
}

/// Whether a remark after a name joins more to it (`and a bunch of other games I forgot`,
/// `e mais jogos`, `und noch mehr Spiele`, `plus another ~15`): a joining word first, then
/// a word for more or others, or a number.
fn joins_more(inner: &str) -> bool {
    const JOIN: Words = words!("and|plus|+|&|e|y|und|et|en|i|oraz|ed|sowie|además|inoltre");
    const MORE: Words = words!(
        "more|other|others|another|mehr|weitere|andere|anderen|autres|d'autres|plus|más|otras|otros|otra|otro|altri|altre|altro|mais|outras|outros|meer|więcej|inne|innych|bunch|lots|loads|heaps|several|many|viele|plein|muchas|muchos|molti|molte|muitas|muitos|veel|wiele",
    );
    let mut words = inner
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '~'))
        .filter(|w| !w.is_empty());
    // (Polish's `i` is a joining word; English's `I` is none.)
    words.next().is_some_and(|first| first != "I" && JOIN.contains(first))
        && !about_something_else(inner)
        && words.map(crate::case::lower).any(|w| {
            MORE.contains(&w) || w.bytes().all(|b| b.is_ascii_digit()) || number_in_words(&w).is_some_and(|n| n > 1)
        })
}

/// Whether a remark says the list goes on (`la lista sigue`, `a lista continua`, `lijst
/// gaat verder`, `l'elenco continua`, `the list goes on`): a word for the list and one
/// that it goes on.
fn list_goes_on(inner: &str) -> bool {
    const LIST: Words = words!("list|lista|liste|elenco|lijst|listę|listy");
    const ON: Words = words!(
        "continues|continue|continued|continua|continúa|sigue|segue|prosegue|goes|gaat|geht|weiter|verder|dalej|ciąg|suite|further|on",
    );
    let words: Vec<&str> = inner
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(|w| w.rsplit('\'').next().unwrap_or(w))
        .collect();
    words.iter().any(|w| LIST.contains(w)) && words.iter().any(|w| ON.contains(w))
}

/// The title of a mail's subject line in the eight languages (`Subject: App list (part
/// 1)`, `Betreff: AW: App-Liste`, `Temat: Lista aplikacji`), without the marks of a reply
/// or a forward before it.
fn mail_subject(text: &str) -> Option<&str> {
    const SUBJECT: Words = words!("subject|betreff|objet|asunto|oggetto|onderwerp|assunto|temat|ämne|emne");
    // (Most lines: no colon within their first twelve bytes.)
    let colon = text.bytes().take(12).position(|b| b == b':')?;
    let key = text.get(..colon)?.trim_end();
    if !SUBJECT.contains(key) {
        return None;
    }
    let mut title = trim(text.get(colon + 1..)?);
    while let Some(rest) = title
        .split_once(':')
        .filter(|(mark, _)| MARKS.contains(mark.trim_end()))
        .map(|(_, rest)| trim(rest))
    {
        title = rest;
    }
    const MARKS: Words = words!("re|fw|fwd|aw|wg|tr|rv|rif|sv|vs|antw|réf|r|i|odp|pd|enc");
    Some(title)
}

/// Whether a mail's subject ([`mail_subject`]) says the list is not all: read as a line
/// of its own, or any of its pieces between dashes or commas, or in brackets at its end
/// (`App-Liste (Teil 1)`, `auditoria apps - lista parcial`).
pub(super) fn title_says_elsewhere(title: &str) -> bool {
    // (By the rules of a line that stands for more of the list or a part of it, not those
    // of a kind of apps: `my apps` is a mail's title.)
    // (Or a word for partial anywhere in it, in a title's case too: `Partial app list`; a
    // mail's subject names no app.)
    const PARTIAL: Words = words!(
        "partial|incomplete|unfinished|unvollständig|teilweise|partiel|partielle|incomplet|incomplète|parcial|incompleta|incompleto|parziale|onvolledig|gedeeltelijk|niepełna|niepełny|niekompletna|częściowa",
    );
    let said = |piece: &str| {
        let piece = trim(piece);
        !piece.is_empty()
            && (elsewhere(piece, None)
                || part_of(piece).is_some()
                || remark_of_part(piece)
                || piece.split(|c: char| !c.is_alphanumeric()).any(|w| PARTIAL.contains(w)))
    };
    let inner = title
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once('('))
        .map(|(_, inner)| inner);
    said(title)
        || inner.is_some_and(said)
        || title
            .split([',', ';', '–', '—'])
            .flat_map(|p| p.split(" - "))
            .filter(|p| p.len() < title.len())
            .any(said)
}

/// A phone's status bar as a screenshot's text keeps it over the apps: the clock first,
/// the battery's percentage last, the signal's and the network's signs between (`9:41 ᯤ
/// 87%`, `10:17 ⊿ ull 45%`, `14:02 @ © 5G 62% ■`, `9:41 AM 100 %`): the screen's, no app.
fn status_bar(text: &str) -> bool {
    if text.len() > 48 || !text.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let mut words = text.split_whitespace();
    let clock = words.next().and_then(|w| w.split_once(':')).is_some_and(|(h, m)| {
        (1..=2).contains(&h.len()) && m.len() == 2 && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    });
    // (The battery's own sign may follow its percentage: `62% ■`, `87% 🔋`.)
    let battery = text
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '%')
        .trim_end()
        .strip_suffix('%')
        .map(str::trim_end)
        .is_some_and(|n| {
            n.rsplit(' ')
                .next()
                .is_some_and(|n| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
        });
    clock && battery
}

/// A link to a page that is no app's (`https://intranet.example.com/policies/apps`): it
/// stands for what is there. Not a store's page of an app (`apps.apple.com/…/id835599320`,
/// `play.google.com/store/apps/details?id=…`, `apps.microsoft.com/detail/…`, a host with
/// "app" or "store" in it) nor a link with an app's identifier in its path or query:
/// those are the app.
fn link(text: &str) -> bool {
    let Some(rest) = ["https://", "http://"].iter().find_map(|p| {
        text.get(..p.len())
            .filter(|s| s.eq_ignore_ascii_case(p))
            .and_then(|_| text.get(p.len()..))
    }) else {
        return false;
    };
    let end = rest
        .bytes()
        .position(|b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(rest.len());
    let (host, path) = (rest.get(..end).unwrap_or(""), rest.get(end..).unwrap_or(""));
    // (A store's page of an app is the app: Microsoft's, Huawei's AppGallery, Samsung's,
    // Amazon's, Steam, Snapcraft, Flathub, F-Droid.)
    let host = host.to_ascii_lowercase();
    let store = ["app", "store", "amazon", "steam", "snapcraft", "flathub", "f-droid"]
        .iter()
        .any(|s| host.contains(s));
    // (Nor a site's home or its legal pages, as a signature or a footer links them,
    // `https://www.examplebank.com`, `…/impressum`, `…/en/legal/privacy-policy`: the
    // sender's frame.)
    const FOOTER: Words = words!(
        "privacy|privacy-policy|privacy-notice|legal|legal-notice|imprint|impressum|datenschutz|datenschutzerklaerung\
         |mentions-legales|confidentialite|aviso-legal|privacidad|privacidade|politica-de-privacidad|note-legali|disclaimer\
         |terms|cookies|contact|contact-us|kontakt|contacto|contatti|about|about-us|en|de|fr|es|it|pt|nl|pl|index.html",
    );
    let footer = host.contains('.')
        && path
            .split(['?', '#'])
            .next()
            .unwrap_or("")
            .split('/')
            .all(|segment| segment.is_empty() || FOOTER.contains(segment));
    !store
        && !footer
        && !text.bytes().any(|b| b.is_ascii_whitespace())
        && crate::text::app_store_id(text).is_none()
        && crate::text::play_store_package(text).is_none()
        && !path
            .split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
            .any(crate::text::looks_like_identifier)
}

/// A tool's count of what it listed, under its table: `13 package(s)`, `2 upgrades
/// available.` (winget), `3 packages installed.`, `42 apps`.
pub(super) fn count_line(text: &str) -> bool {
    // (Most lines: let go by their first byte, before a search for a space.)
    match text.as_bytes().first() {
        Some(b'(') => return query_rows(text).is_some() || !text.is_ascii() && cjk_count(text).is_some(),
        Some(b'[') => return query_rows(text).is_some(),
        Some(b'S' | b's')
            if (text.starts_with("Showing rows ") || text.starts_with("shape: (")) && query_rows(text).is_some() =>
        {
            return true
        }
        Some(b'0'..=b'9') if pages(text) => return true,
        // (The `mysql` client's `3 rows in set (0.00 sec)`.)
        Some(b'0'..=b'9') if query_rows(text).is_some() => return true,
        // (A total after its number, `84 total`, `84 in total`.)
        Some(b'0'..=b'9') if matches!(text.split(' ').collect::<Vec<_>>().as_slice(), [n, "total"] | [n, "in", "total"] if whole_number(n).is_some()) => {
            return true
        }
        Some(b'0'..=b'9') => {}
        Some(
            b'S' | b's' | b'P' | b'p' | b'R' | b'r' | b'N' | b'n' | b'F' | b'f' | b'L' | b'l' | b'I' | b'i' | b'<'
            | 0xC2 | 0xE2,
        ) => return pages(text) || search_box(text),
        // (A search box's `Buscar entre 20 aplicaciones`, `Cerca tra 20 app`.)
        Some(b'B' | b'b' | b'C' | b'c') => return search_box(text),
        // (A pager in the reader's language, `Affichage de 1 à 2 sur 214`, `Zeige 1 bis 2 von
        // 214`, `Mostrando 1 a 2 de 214`: its first word and a number before the rest.)
        // (Or its participle, `Visualizzati 1-3 di 127`, and Portugal's `A mostrar 1-3 de 40`.)
        Some(b'A' | b'Z' | b'M' | b'V' | b'W' | b'E' | b'D' | b'd' | b'v' | b'a' | b'G' | b'g') => {
            if let Some(rest) = text
                .strip_prefix("A mostrar ")
                .or_else(|| text.strip_prefix("a mostrar "))
            {
                return rest.starts_with(|c: char| c.is_ascii_digit()) && pages(rest);
            }
            return text.bytes().any(|b| b.is_ascii_digit())
                && text.split_whitespace().next().is_some_and(|w| {
                    words!("affichage|zeige|zeile|anzeige|mostrando|visualizzazione|vista|wyświetlanie|exibindo|weergave|displaying|viewing|zurück|anterior|vorherige\
                     |visualizzati|visualizzate|mostrati|angezeigt|affichés|exibidos|mostrados|wyświetlono|getoond")
                        .contains(w)
                })
                && pages(text);
        }
        Some(0xE3..) => return cjk_count(text).is_some(),
        _ => return false,
    }
    if !text.is_ascii() && cjk_count(text).is_some() {
        return true;
    }
    let Some((number, rest)) = text.split_once(' ') else {
        return false;
    };
    let rest = rest.trim_end_matches('.');
    // (In any case, as a screen writes it: `84 Results`, `84 RESULTS`.)
    let lower;
    let rest = if rest.bytes().any(|b| b.is_ascii_uppercase()) {
        lower = rest.to_ascii_lowercase();
        lower.as_str()
    } else {
        rest
    };
    !number.is_empty()
        && number.bytes().all(|b| b.is_ascii_digit() || b == b',')
        && (COUNT_WORDS.iter().any(|w| {
            rest.strip_prefix(w)
                .is_some_and(|after| after.is_empty() || COUNT_TAILS.contains(&after))
        }) || apps_counted(rest)
            || COUNTED_ELSEWHERE.contains(rest)
            // (What is installed, counted alone: `57 installed`.)
            || matches!(rest, "installed" | "installiert" | "installées" | "installés" | "instaladas" | "instalados"))
}

/// What a count counts in the interface's other languages, alone after its number (`84
/// Ergebnisse`, `84 résultats`, `84 resultados`).
const COUNTED_ELSEWHERE: Words =
    words!("ergebnisse|einträge|treffer|résultats|éléments|entrées|resultados|elementos|entradas|registros");

/// The words for apps a count names (`47 Apps`, `40 applis`), and those a count of apps
/// or a heading over one may have besides (`installiert`, `in total`, `All apps (84)`,
/// `Installed (47)`).
const COUNTED: Words = words!(
    "apps|app|applications|application|applis|anwendungen|aplicaciones|aplicativos|aplikacje|aplikacji|applicazioni|applicaties|programs|programme|programas|packages|upgrades\
     |appar|apper|sovellusta|aplikací|alkalmazás|uygulamanın|aplicații|aplikasi",
);
const COUNT_BESIDES: Words = words!(
    "installed|installiert|installierte|installées|installés|instaladas|instalados|zainstalowane|found|gefunden|trouvées|encontradas|total|in|insgesamt|gesamt|au|en|all|alle|toutes|les|todas|las|my|meine|mes|mis|your|ihre|vos|tus|of|user|downloaded|heruntergeladen|téléchargées|descargadas|available\
     |managed|work|personal|private|system|business|company|verwaltete|berufliche|persönliche\
     |de|tout|discovered|detected|erkannte|détectées|detectadas",
);

/// The words a count's label or heading begins with ([`count_label`]), as a [`WordFilter`].
/// (`no`: the first word of `No. of apps: 84`, whose hash ends before the dot.)
static COUNT_FILTER: WordFilter = word_filter(
    &[
        COUNTED.text(),
        COUNT_BESIDES.text(),
        COUNT_TOTAL.text(),
        ROWS.text(),
        FOLDERS.text(),
        "no",
    ],
    false,
);
/// The names of a home screen's folders, by the kind of apps they hold (`Games (12)`,
/// `Utilities folder (8)`), in the four languages of the interface: no app's name (Apple's
/// `Photos`, `Music` and `News` are apps, and not here).
const FOLDERS: Words = words!(
    "games|social|utilities|productivity|entertainment|finance|travel|shopping|education|lifestyle|sports|business|tools\
     |creativity|extras|banking|streaming|folder|spiele|dienstprogramme|produktivität|unterhaltung|finanzen|reisen|ordner\
     |jeux|utilitaires|productivité|divertissement|voyages|dossier|juegos|utilidades|productividad|entretenimiento|viajes|carpeta",
);
/// The words of a total (`Total 47`, `Gesamt: 47`).
pub(super) const COUNT_TOTAL: Words = words!(
    "total|gesamt|insgesamt|count|anzahl|nombre|número|numero|totaal|razem|number|no.|#|sum|summe|suma|somme|aantal|totale|liczba|quantidade|cantidad|quantità",
);

/// Whether `rest`, after a count, names apps in any case and language and says nothing
/// else (`Apps installiert`, `apps total`, `applis`).
#[inline(never)]
fn apps_counted(rest: &str) -> bool {
    // (A word of those besides before them too: `57 discovered apps`.)
    let mut words = rest.split_whitespace();
    let mut counted = false;
    words.all(|w| {
        let apps = COUNTED.contains(w);
        counted |= apps;
        apps || COUNT_BESIDES.contains(w)
    }) && counted
        && rest.split_whitespace().count() <= 4
}

/// Whether `head` names a home screen's folder by the kind of apps it holds, a word or
/// two of [`FOLDERS`] (`Games`, `Utilities folder`, `Social & Entertainment`).
fn folder(head: &str) -> bool {
    let words = head
        .split_whitespace()
        .filter(|w| !matches!(*w, "&" | "and" | "und" | "et" | "y"));
    (1..=3).contains(&words.clone().count()) && words.clone().all(|w| FOLDERS.contains(w))
}

/// The total a heading's brackets say (what is inside them): a number alone (`47`), with
/// what it counts or says of it (`10 apps`, `84 total`, `total 84`, `12 installed`), or
/// a part's place in it (`5 of 84`, `3 out of 84`, `showing 1-3 of 84`, `12 total, 3
/// shown`, `5/84`): the largest number, when every other word is a count's. `iPhone 12`,
/// `64 GB`, `last 30 days`, `99+` are none.
fn bracket_count(count: &str) -> Option<u64> {
    const SAID: Words = words!(
        "total|installed|shown|showing|of|out|von|sur|de|di|van|z|av|in|insgesamt|installiert|stück|elemente|einträge\
         |éléments|en|tout|instaladas|instalados",
    );
    let mut most = None;
    for word in count.split([' ', ',']).filter(|w| !w.is_empty()) {
        // (A range or a part, `1-3`, `5/84`: its last number, the largest; not a date's
        // or a time's, `2023-2024`, `03/2024`, `24/7`.)
        let numbers: Vec<Option<u64>> = word.split(['-', '/', '–']).map(whole_number).collect();
        let year = |n: &Option<u64>| n.is_some_and(|n| (1900..=2100).contains(&n));
        let rising = numbers.windows(2).all(|w| matches!(w, [Some(a), Some(b)] if a <= b));
        let date = numbers.len() > 1 && numbers.iter().any(year);
        match numbers.last().copied().flatten() {
            Some(n) if numbers.iter().all(Option::is_some) && rising && !date => {
                most = most.max(Some(n));
            }
            _ if COUNTED.contains(word) || ROWS.contains(word) || SAID.contains(word) => {}
            _ => return None,
        }
    }
    most
}

/// A heading and what its brackets at its end hold, round, square or full-width, before
/// a colon or none (`Installed apps (47)`, `Work apps [12]`, `Work apps（12）`, `Mes
/// applications (12) :`).
fn bracketed_end(text: &str) -> Option<(&str, &str)> {
    let text = text.trim_end_matches([':', ' ']);
    let (open, inner) = if let Some(t) = text.strip_suffix(')') {
        ('(', t)
    } else if let Some(t) = text.strip_suffix(']') {
        ('[', t)
    } else {
        ('（', text.strip_suffix('）')?)
    };
    let (head, count) = inner.rsplit_once(open)?;
    let head = head.trim_end();
    (!head.is_empty()).then_some((head, count.trim()))
}

/// The words a total begins with ([`after_total_lead`]), in lower case (a longer before a
/// shorter that begins it: `suma total` before `suma`).
const TOTAL_LEADS: [&str; 24] = [
    "in total",
    "in totale",
    "in totaal",
    "in tutto",
    "ao todo",
    "in all",
    "a total of",
    "all in all",
    "altogether",
    "overall",
    "grand total",
    "total general",
    "total",
    "suma total",
    "suma",
    "gesamtzahl",
    "au total",
    "en tout",
    "en total",
    "insgesamt",
    "gesamt",
    "summe",
    "im ganzen",
    "nombre total",
];

/// What follows a total's lead-in, in the interface's languages (`In total: 57 apps`, `In
/// total I have 57 apps`, `Total : 57 applis` with French's space before its colon,
/// `Insgesamt: 57`, `Altogether 57 apps`, `A total of 57 apps`, `Summe: 57`, `Total = 57`,
/// `Total — 57 apps`): the words after it and its sign, when there are any. (Whether they
/// count is for the caller: `Total Commander` leads in nothing.)
fn after_total_lead(text: &str) -> Option<&str> {
    // (Most lines are let go by their first word, which begins no lead-in.)
    let bytes = text.as_bytes();
    // (Its first eleven bytes, a slice: searched as one, not byte by byte through an
    // iterator's adapter.)
    let end = bytes
        .get(..11)
        .unwrap_or(bytes)
        .iter()
        // (Or a no-break space's first byte, `Total\u{a0}:`, `Total\u{202f}:`.)
        .position(|&b| matches!(b, b' ' | b':' | b',' | 0xC2 | 0xE2))
        .unwrap_or(bytes.len());
    // (By its length first: one word to compare, or none; the first words of
    // [`TOTAL_LEADS`], held to them by a test.)
    let words: &[&str] = match end {
        1 => &["a"],
        2 => &["in", "au", "en", "im", "ao"],
        3 => &["all"],
        4 => &["suma"],
        5 => &["total", "summe", "grand"],
        6 => &["gesamt", "nombre"],
        7 => &["overall"],
        9 => &["insgesamt"],
        10 => &["altogether", "gesamtzahl"],
        _ => return None,
    };
    let first = text.get(..end).unwrap_or("");
    if !words.iter().any(|w| first.eq_ignore_ascii_case(w)) {
        return None;
    }
    let rest = TOTAL_LEADS.iter().find_map(|lead| {
        text.get(..lead.len())
            .filter(|head| head.eq_ignore_ascii_case(lead))
            .and_then(|_| text.get(lead.len()..))
            // (A comma with a space after it: `Total,84` is a table's row, its cells.)
            // (A no-break space, French's before its colon: `Au total\u{a0}: 57`.)
            .filter(|rest| rest.starts_with([' ', ':', '\u{a0}', '\u{202f}']) || rest.starts_with(", "))
    })?;
    let rest = rest
        .trim_start()
        .strip_prefix([':', ',', '-', '–', '—', '='])
        .unwrap_or(rest)
        .trim_start();
    (!rest.is_empty()).then_some(rest)
}

/// Whether `text` is a count after a total's lead-in ([`after_total_lead`]): a number
/// alone, a count (`57 apps`) or a sentence that counts the apps (`I have 57 apps`).
fn total_lead_count(text: &str) -> Option<usize> {
    // (Not a table's cells, `Total:\t57`, `Total:  57`: a total row, weighed against its
    // column.)
    let rest = after_total_lead(text)?.trim_end_matches(['.', '!']);
    if text.contains(['\t']) || text.contains("  ") {
        return None;
    }
    // (One lead-in, not one after another: what follows is read once, never again and again
    // down a line of thousands of them.)
    if after_total_lead(rest).is_some() {
        return None;
    }
    if let Some(n) = whole_number(rest) {
        return Some(usize::try_from(n).unwrap_or(usize::MAX));
    }
    // (Or a count of its own words after it, `In total: about 40`, `Insgesamt ca. 40`.)
    if let Some(c) = counted_in_words(rest, true) {
        return Some(c.fewest());
    }
    // (Or a sentence of a few words that counts the apps, `I have 57 apps`, `there are 57
    // apps`; a name after `Total`, `Total Commander`, `Total Fitness 24 apps`, counts nothing.)
    let sentence = rest.starts_with(|c: char| c.is_lowercase()) || rest.starts_with("I ") || rest.starts_with("I'");
    let counts = count_line(rest)
        || count_label(rest)
        || sentence
            && rest.split_whitespace().nth(8).is_none()
            && rest
                .split_whitespace()
                .any(|w| COUNTED.contains(w.trim_end_matches([',', ':'])));
    counts.then(|| stated_total(rest)).flatten()
}

/// A line that counts the apps without a list's number first: a heading and its count in
/// parentheses (`Installed (47)`, `All apps (84)`, `Apps (47)`), a total (`Total 47`,
/// `Gesamt: 47`, `Count: 47`), a label and the count (`Apps: 47`).
pub(super) fn count_label(text: &str) -> bool {
    count_label_as_written(text)
        || marked_at_an_end(text) && marks_taken(text).is_some_and(|plain| count_label_as_written(&plain))
        || label_aside_taken(text).is_some_and(|plain| count_label_as_written(&plain))
        // (Most lines have neither a tab nor an underscore: both let go in one pass.)
        || text.bytes().any(|b| b == b'\t' || b == b'_')
            && (label_cell_taken(text).is_some_and(|plain| count_label_as_written(&plain))
                || snake_key_taken(text).is_some_and(|plain| count_label_as_written(&plain)))
}

/// A key of words joined by underscores before its colon, a YAML's or a log's, `app_count:
/// 26`, `total_apps: 26`: the key's words apart (`app count: 26`).
fn snake_key_taken(text: &str) -> Option<String> {
    // (Most lines: no underscore, let go in one look at their bytes.)
    if !text.as_bytes().contains(&b'_') {
        return None;
    }
    let (key, value) = text.split_once(':')?;
    (key.contains('_') && !key.contains(' ') && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
        .then(|| format!("{}:{value}", key.replace('_', " ")))
}

/// A label and its number in two cells of a row, a card's fact or a sheet's, `Apps
/// found<TAB>28`: the label and the number after a colon (`Apps found: 28`).
fn label_cell_taken(text: &str) -> Option<String> {
    // (Most lines: no tab, let go in one look at their bytes.)
    if !text.as_bytes().contains(&b'\t') {
        return None;
    }
    let (label, number) = text.split_once('\t')?;
    let (label, number) = (trim(label), trim(number));
    // (A label with its own colon, `Total:<TAB>57`, is read as written.)
    (!label.is_empty() && !label.ends_with(':') && whole_number(number).is_some()).then(|| format!("{label}: {number}"))
}

/// A label with an aside in brackets before its colon, `App count (MDM): 40`, `Apps
/// (Intune): 40`: the text without the aside (`App count: 40`), when it has one of a few
/// words.
fn label_aside_taken(text: &str) -> Option<String> {
    // (Most lines: no closing bracket, let go in one look at their bytes.)
    if !text.as_bytes().contains(&b')') {
        return None;
    }
    let (label, value) = text.split_once("):")?;
    let (head, aside) = label.rsplit_once(" (")?;
    (!head.is_empty() && !aside.contains(['(', ')']) && aside.split_whitespace().count() <= 3)
        .then(|| format!("{head}:{value}"))
}

/// Whether `text`'s first or last byte may be a mark or a decoration [`marks_taken`]
/// takes: most lines are let go there.
fn marked_at_an_end(text: &str) -> bool {
    let bytes = text.as_bytes();
    matches!(bytes.first(), Some(b'*' | b'_' | b'|' | b'`' | b'(' | 0x80..))
        || matches!(bytes.last(), Some(b'*' | b'_' | b'|' | b'`' | b')' | b'!' | 0x80..))
}

/// A count's line with marks or decorations around its words (`**Total:** 40`, `Total:
/// **40**`, `*Total:* 40`, `` Total apps: `40` ``, `(TOTAL 16)`, `📱 Apps: 39`, `Count:
/// 55!`): the text without them (`Total: 40`), when it has them.
fn marks_taken(text: &str) -> Option<String> {
    if !marked_at_an_end(text) {
        return None;
    }
    // (A table's row, `| Total | 40 |`, is the total rows' to weigh against its column:
    // `account::total_rows`.)
    if text.starts_with(['|', '│']) {
        return None;
    }
    let plain = text.replace(['*', '_', '`'], "");
    // (An emoji before it, an exclamation mark or an emoji after it; the whole in brackets.
    // Not a currency's sign or a star, `Total: 40 €`, `40 ★`: a sum of money or a rating.)
    let decoration = |c: char| {
        c == ' '
            || c >= '\u{1F000}'
            || ('\u{2600}'..='\u{27BF}').contains(&c) && !matches!(c, '★' | '☆')
            || matches!(c, '\u{FE0F}' | '\u{200D}')
    };
    let bare = plain
        .trim_start_matches(decoration)
        .trim_end_matches(|c: char| decoration(c) || c == '!');
    let bare = bare
        .strip_prefix('(')
        .and_then(|b| b.strip_suffix(')'))
        .filter(|b| !b.contains(['(', ')']))
        .unwrap_or(bare);
    (bare.len() < text.len()).then(|| bare.to_owned())
}

/// [`count_label`] of a text as it is written.
#[inline(never)]
fn count_label_as_written(text: &str) -> bool {
    let text = text.trim_end_matches('.');
    // (After a total's lead-in, `In total: 57 apps`, `Total : 57 applis`.)
    if total_lead_count(text).is_some() {
        return true;
    }
    // (Most lines: let go by their last byte, a count's or a word's for apps, or by
    // their first word, no count's or heading's.)
    let last = text.as_bytes().last().copied().unwrap_or(b' ');
    // (`0x89`: the last byte of a full-width bracket, `）`.)
    if !matches!(last, b'0'..=b'9' | b')' | b']' | 0x89 | b's' | b'S' | b'e' | b'n')
        || !first_word_hash(text).is_some_and(|h| may_be(&COUNT_FILTER, h))
    {
        return false;
    }
    // A total and what it counts (`Total: 47 apps`, `Gesamt: 12 Apps`).
    if !matches!(last, b'0'..=b'9' | b')' | b']' | 0x89) {
        let mut words = text.splitn(3, ' ');
        return match (words.next(), words.next(), words.next()) {
            // (Or rows, `Total 212 items`, as a console's footer counts them.)
            (Some(label), Some(n), Some(rest)) => {
                COUNT_TOTAL.contains(label.trim_end_matches(':'))
                    && whole_number(n).is_some()
                    && (apps_counted(rest) || ROWS.contains(rest))
            }
            _ => false,
        };
    }
    if let Some((head, count)) = bracketed_end(text) {
        // (Every word first: most headings' first word is none, and they are let go there.)
        // (Or a home screen's folder and the count of its apps, `Games (12)`.)
        return bracket_count(count).is_some()
            && (head
                .split_whitespace()
                .all(|w| COUNTED.contains(w) || COUNT_BESIDES.contains(w))
                && head
                    .split_whitespace()
                    .any(|w| COUNTED.contains(w) || COUNT_TOTAL.contains(w) || w.eq_ignore_ascii_case("installed"))
                || folder(head));
    }
    // (A label of a few words for the apps before a colon: `Installed apps: 47`, `Alle
    // Apps: 12`.)
    // (Or a console's footer: `Record count: 212`, `Total rows: 212`, `Total Count: 212`.)
    // (Or an equals sign, `Total apps = 57`; four words, `Number of installed apps: 57`.)
    if let Some((label, n)) =
        (text.split_once(": ").or_else(|| text.split_once(" = "))).filter(|(label, _)| label.contains(' '))
    {
        let words = label.split_whitespace();
        // (French's article joined to its noun, `Nombre d'applications : 57`.)
        let counts = |w: &str| {
            let w = w.strip_prefix("d'").or_else(|| w.strip_prefix("d’")).unwrap_or(w);
            COUNTED.contains(w) || ROWS.contains(w) || COUNT_TOTAL.contains(w)
        };
        // (Or an article, `Anzahl der Apps: 40`, `Number of the apps: 40`.)
        let article = |w: &str| words!("der|des|the|di|van|do|da").contains(w);
        return whole_number(n.trim()).is_some()
            && words.clone().count() <= 4
            && words
                .clone()
                .all(|w| counts(w) || COUNT_BESIDES.contains(w) || article(w))
            && words.clone().any(counts);
    }
    // (A label of a few words for the apps, then a dash or a dot before the count, or no
    // sign after two words or more that say installed or all: `Installed apps – 84`,
    // `Apps · 8`, `Installed apps 84`, `All apps 84`; `Microsoft 365` and `Apps 2` are none.)
    if let Some((label, n)) = text.rsplit_once(' ').filter(|(_, n)| whole_number(n).is_some()) {
        let bare = label.trim_end_matches([' ', '–', '-', '·', '|', '—']);
        let signed = bare.len() < label.len();
        let words: Vec<&str> = bare.split_whitespace().collect();
        let counts = |w: &&str| COUNTED.contains(w) || COUNT_TOTAL.contains(w);
        let said = |w: &&str| words!("installed|all|alle|toutes|todas|installiert|installierte").contains(w);
        if !n.is_empty()
            && (1..=3).contains(&words.len())
            && words.iter().all(|w| counts(w) || COUNT_BESIDES.contains(w))
            && words.iter().any(counts)
            && (signed || words.len() >= 2 && words.iter().any(said))
        {
            return true;
        }
    }
    // (Two words: most lines ending in a digit have more, or none before it.)
    if text.bytes().filter(|&b| b == b' ').count() != 1 {
        return false;
    }
    let mut words = text.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some(label), Some(n), None) => {
            let label = label.trim_end_matches(':');
            (COUNT_TOTAL.contains(label)
                || label.eq_ignore_ascii_case("installed")
                || (COUNTED.contains(label) || ROWS.contains(label)) && label.len() < text.len() - n.len() - 1)
                && whole_number(n).is_some()
        }
        _ => false,
    }
}

/// How many apps a line of structure says the list has, when it says: a count (`47
/// packages installed.`, `42 apps`, `Total: 47 apps`), a heading's count in parentheses
/// (`Installed apps (47)`), the last number of a table's range (`1-20 of 47`, `Showing 1
/// to 20 of 47 records`). A page of several (`Page 1 of 3`, and the last, `Page 3 of 3`:
/// the pages before it are not here) says more than any list holds (`usize::MAX`),
/// unless every page is here (the account's `all_here`); a page of one says nothing.
pub(super) fn stated_total(text: &str) -> Option<usize> {
    stated_total_as_written(text)
        .or_else(|| marks_taken(text).and_then(|plain| stated_total_as_written(&plain)))
        // (Or a chat's message after its time and sender, `[10:02] Anna: ~40 Apps in total`.)
        .or_else(|| {
            chat_message(text)
                .filter(|message| message.len() < text.len())
                .and_then(stated_total_as_written)
        })
        // (Or a postscript's, `P.S. n=60`.)
        .or_else(|| postscript(text).and_then(stated_total_as_written))
        // (Or a label's with an aside, `App count (MDM): 40`.)
        .or_else(|| label_aside_taken(text).and_then(|plain| stated_total_as_written(&plain)))
        // (Or one inside a page's tags, `<summary>Installed apps (11 apps)</summary>`.)
        .or_else(|| {
            text.as_bytes()
                .first()
                .is_some_and(|&b| b == b'<')
                .then(|| inline_tags_taken(text))
                .flatten()
                .and_then(|plain| stated_total_as_written(trim(&plain)))
        })
        // (Or a sentence's, whatever its other words: `Settings says 21 apps, I listed 10.`)
        .or_else(|| sentence_count(text))
}

/// A count of the phone's apps said in a sentence, whatever its other words (`Settings says
/// 21 apps, I listed 10.`, `Laut Einstellungen sind es 26 Apps, …`, `W ustawieniach jest 32
/// aplikacji, …`): the first number of two or more right before a word for apps, after a
/// word that says or has it, on a line of three words or more, one after the first in
/// lower case (a name's words are in capitals: `Top 10 Apps`). Not a line that says apps
/// were removed (`I deleted 12 apps`).
/// The account weighs it against the names, as any count.
pub(super) fn sentence_count(text: &str) -> Option<usize> {
    const APPS: Words = words!(
        "apps|app|applis|applications|aplicaciones|aplicativos|aplicações|applicazioni|aplicaties|aplikacji|aplikacje|anwendungen",
    );
    const GONE: [&str; 14] = [
        "delet",
        "remov",
        "uninstall",
        "lösch",
        "gelösch",
        "entfern",
        "supprim",
        "borr",
        "elimin",
        "verwijder",
        "apag",
        "usun",
        "disinstall",
        "odinstal",
    ];
    // (Most lines: no digit, or no word in lower case after a space. Not a count in a
    // name's brackets or after its dash, `Social (folder, 5 apps, not sure which)`,
    // `Creative Cloud - 20+ apps`, nor before a colon and the names, `Es sind 7 Apps: NINA, …`.)
    if text.len() > 200
        || !text.bytes().any(|b| b.is_ascii_digit())
        || !word_in_lower_case(text)
        || text.contains(['(', ':'])
        || text.contains(" - ")
        || text.contains(" – ")
        || text.contains(" — ")
    {
        return None;
    }
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    if words.len() < 3 {
        return None;
    }
    // (What says or has it, before the number: `Settings says`, `sind es`, `dice que
    // tengo`, `jest`; not what some apps do, `5 apps need updates`.)
    const SAYS: Words = words!(
        "says|say|shows|show|lists|counts|indicates|reports|has|have|there|is|are\
         |sagt|zeigt|listet|sind|gibt|hat|habe|hab|haben|indique|indiquent|affiche|dit|disent|ai|a|y\
         |dice|dicen|pone|ponen|muestra|tengo|tiene|hay|dicono|mostra|mostrano|ho|sono|ci|dizem|diz|mostram|tem|tenho|há\
         |zegt|toont|heb|heeft|zijn|er|jest|są|mam|ma|pokazuje",
    );
    // (Not a name's number after its capital, `Microsoft 365 Apps for enterprise`.)
    let count = words.iter().enumerate().find_map(|(at, n)| {
        let apps = words.get(at + 1)?;
        let before = at.checked_sub(1).and_then(|b| words.get(b));
        // (The first word in any case, a verb that begins the sentence: `Diz 8 apps no total.`;
        // no name's capital.)
        let verb_first = || {
            words
                .first()
                .is_some_and(|w| w.starts_with(char::is_uppercase) && SAYS.contains(&crate::case::lower(w)))
        };
        let named = before.is_some_and(|w| w.starts_with(char::is_uppercase)) && !(at == 1 && verb_first());
        let said = words.iter().take(at).any(|w| SAYS.contains(w)) || verb_first();
        (n.len() <= 4 && n.bytes().all(|b| b.is_ascii_digit()) && APPS.contains(apps) && !named && said)
            .then(|| n.parse::<usize>().ok().filter(|&n| n >= 2))
            .flatten()
    })?;
    // (Nor another device's, `My old phone had 120 apps`, `the tablet has 40 apps`; nor a
    // limit, `Limit is 50 apps per device`.)
    const OTHER: Words = words!(
        "old|previous|other|private|personal|tablet|ipad|laptop|alte|alten|altes|vorherige|ancien|ancienne|viejo|antiguo|vecchio|antigo|oude|stary|starym|poprzedni\
         |per|pro|par|por|limit|limite|maximum|max",
    );
    let gone = words.iter().any(|w| {
        let w = crate::case::lower(w);
        GONE.iter().any(|g| w.starts_with(g)) || OTHER.contains(&w)
    });
    (!gone).then_some(count)
}

/// Whether a word is a month's name, whole or cut short (`março`, `mar.`, `marzo,`), in
/// the eight languages.
fn month(word: &str) -> bool {
    const MONTHS: Words = words!(
        "january|february|march|april|may|june|july|august|september|october|november|december\
         |jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec\
         |januar|februar|märz|mai|juni|juli|oktober|dezember|jän|mär|okt|dez\
         |janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|fév|avr|juil|déc\
         |enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|ene|abr|ago|dic\
         |gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|gen|mag|giu|lug|set|ott\
         |janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|fev|out\
         |januari|februari|maart|mei|augustus|mrt",
    );
    MONTHS.contains(word.trim_end_matches(['.', ',']))
}

/// [`stated_total`] of a text as it is written.
fn stated_total_as_written(text: &str) -> Option<usize> {
    if let Some(rows) = query_rows(text) {
        return usize::try_from(rows).ok();
    }
    if let Some(apps) = search_box_count(text) {
        return Some(apps);
    }
    if let Some(apps) = cjk_count(text) {
        return Some(apps);
    }
    if let Some(total) = total_lead_count(text) {
        return Some(total);
    }
    // (A line every word of which is a count's, `That's 57 apps in total`, `about 60 apps`,
    // `more than 50 apps`, `alrededor de 20 apps`, `sixty two apps`: the fewest it says,
    // before a range's `de` or a number's word is read alone.)
    if let Some(c) = count_in_words(text).or_else(|| total_in_words(text)) {
        return Some(c.fewest());
    }
    let text = text.trim_end_matches(['.', ':']);
    let number = |w: &str| {
        whole_number(w.trim_matches(crate::text::AROUND_A_WORD)).map(|n| usize::try_from(n).unwrap_or(usize::MAX))
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    // (A range's or a page's "of" and the number after it.)
    // (The last: `Mostrando de 1 até 2 de 57 registros`.)
    // (Not `Number of apps: 84`, read below: a number or a word for many after it.)
    if let Some(at) = words
        .iter()
        .rposition(|w| matches!(*w, "of" | "von" | "sur" | "de" | "di" | "van" | "z"))
        .filter(|&at| {
            words
                .get(at + 1)
                .is_some_and(|w| number(w).is_some() || MANY.contains(w))
        })
        // (Not a date's year after its month, `5 de março de 2024`, `11 de mar. de 2024`.)
        .filter(|&at| {
            !(at.checked_sub(1).and_then(|i| words.get(i)).is_some_and(|w| month(w))
                && words
                    .get(at + 1)
                    .and_then(|w| number(w))
                    .is_some_and(|y| (1900..=2100).contains(&y)))
        })
    {
        let after = words.get(at + 1)?;
        // (`1-3 of many`: more than it shows, how many not said.)
        if MANY.contains(after) {
            return Some(usize::MAX);
        }
        let total = number(after)?;
        let page = words.iter().any(|w| {
            matches!(
                crate::case::lower(w).as_str(),
                "page" | "seite" | "página" | "pagina" | "strona"
            )
        });
        return Some(
            match (
                page,
                at.checked_sub(1).and_then(|i| words.get(i)).and_then(|w| number(w)),
            ) {
                (true, Some(current)) if (1..=total).contains(&current) && total >= 2 => usize::MAX,
                (true, _) => 0,
                (false, _) => total,
            },
        );
    }
    // A row of page numbers (`1 2 3 Next »`, `‹ 1 2 3 ›`): which page was copied cannot
    // be told, so more than any list holds.
    // (A row of page numbers; or one that turns pages, `Next >`, `‹ Prev`: a page of
    // several, which one not said.)
    if pages(text)
        && (words.iter().filter(|w| number(w).is_some()).count() >= 2 || words.iter().any(|w| PAGE_TURNS.contains(w)))
    {
        return Some(usize::MAX);
    }
    if let [total, n, rest @ ..] = words.as_slice() {
        // (Not `Total Count: 212`, read below; nor thousands set apart by a space, `Total: 1
        // 057 apps`, read by `count_in_words`.)
        let grouped = rest
            .first()
            .is_some_and(|w| w.len() == 3 && w.bytes().all(|b| b.is_ascii_digit()));
        if let (true, Some(n), false) = (
            matches!(*total, "Total:" | "Total" | "Gesamt:" | "Insgesamt:"),
            number(n),
            grouped,
        ) {
            return Some(n);
        }
    }
    // (A total after its number, `84 total`, `84 in total`.)
    if let [n, "total"] | [n, "in", "total"] = words.as_slice() {
        return number(n);
    }
    // (Its number last, or before what it counts: `Insgesamt 57 Apps`.)
    // (In brackets, read above, a year too: `Apps [2023]`.)
    if count_label(text) && !text.ends_with([')', ']']) {
        return words.iter().rev().find_map(|w| number(w));
    }
    // (A comment under an export: `# 84 rows total`.)
    if let Some(rows) = rows_total(text) {
        return Some(rows);
    }
    // (An introduction that counts them: `I have 40 apps`, `Here are my 10 apps`, `J'ai
    // 40 applis`.)
    // (Also with a word between, `My 40 installed apps:`; at least so many, `40+ apps`; in
    // words, `Four apps:`, `Here are my ten apps:`.)
    let counted = |w: &str| COUNTED.contains(w.trim_end_matches([':', ',', ')']));
    let amount =
        |w: &str| number(w.trim_end_matches('+')).or_else(|| number_word(w).and_then(|n| usize::try_from(n).ok()));
    if let Some(n) = words.windows(3).find_map(|w| match w {
        [n, kind, _] if counted(kind) => amount(n),
        [n, between, kind] if COUNT_BESIDES.contains(between) && counted(kind) => amount(n),
        _ => None,
    }) {
        return Some(n);
    }
    if let [.., n, kind] = words.as_slice() {
        if counted(kind) {
            if let Some(n) = amount(n) {
                return Some(n);
            }
        }
    }
    if let Some((head, count)) = bracketed_end(text) {
        const APPS: Words = words!("apps|applications|packages|programs|software|installed|anwendungen|programme");
        // (A year is no count: `Apps installed (2024)`.)
        let year = count.len() == 4 && (count.starts_with("19") || count.starts_with("20"));
        return (!year
            && (head
                .split_whitespace()
                .any(|w| APPS.contains(w) || COUNTED.contains(w) || COUNT_TOTAL.contains(w))
                || folder(head)))
        .then(|| bracket_count(count))
        .flatten()
        .map(|n| usize::try_from(n).unwrap_or(usize::MAX));
    }
    // (Not what can be upgraded: a part of the list.)
    let part = words.iter().any(|w| w.starts_with("upgrad") || *w == "available");
    if part {
        return None;
    }
    count_line(text)
        .then(|| words.first().and_then(|w| number(w)))
        .flatten()
}

/// A line of names and then a count of the apps after a sign, a full stop, a colon, a
/// dash, an ellipsis or a bar (`Slack, Zoom, Teams: 30 apps total`, `Teams. That's 30 apps
/// in total`, `TikTok - 3 apps in total`): the names, the count and its words.
fn names_then_count(text: &str) -> Option<(&str, Counted, &str)> {
    // (Most lines have no word for apps: let go as [`count_in_words`] lets them go.)
    if text.len() > 400 || !crate::text::words8::has_p_or_w(text.as_bytes()) {
        return None;
    }
    // (Nor a separator below: each has a `.`, `:`, `-`, `|` or the first byte of `…`, `–`
    // or `—`; most names, `Rapid Books`, are let go before eight searches.)
    if !text.bytes().any(|b| matches!(b, b'.' | b':' | b'-' | b'|' | 0xE2)) {
        return None;
    }
    let count_in_words = count_in_words_of;
    // (An ellipsis before a full stop: its dots are no sentence's end.)
    ["... ", "… ", ". ", ": ", " - ", " – ", " — ", " | "]
        .iter()
        .find_map(|sep| {
            let (names, said) = text.rsplit_once(sep)?;
            let names = trim(names);
            let said = trim(said);
            // (A count of a few words at least, `30 apps total`: a name's own, a store's title,
            // says a bare count, `Creative Cloud - 20+ apps`. After a chat's sender, one or two
            // words before a colon, two: `Tom: 40 apps`.)
            let sender = *sep == ": " && names.split_whitespace().nth(2).is_none() && !names.contains(',');
            let words = if sender { 1 } else { 2 };
            (!names.is_empty()
                && names.chars().any(char::is_alphanumeric)
                && said.split_whitespace().nth(words).is_some())
            .then(|| count_in_words(said))
            .flatten()
            .map(|count| (names, count, said))
        })
}

/// A count of the apps of two words or more, then names after a dash or a bar (`30 apps -
/// Signal, Telegram, Teams`, `About 40 apps | Slack, Zoom`), or after a total's colon
/// (`Total 30: Signal, Telegram`): the fewest apps it says, and the names. (A label's
/// count before a colon, `My 5 apps: Slack, Zoom`, is the names' on the line:
/// [`label_count`].)
fn count_then_names(text: &str) -> Option<(usize, &str)> {
    // (Most lines have no sign of these: let go by one look at their bytes.)
    if text.len() > 400 || !text.bytes().any(|b| matches!(b, b'-' | b'|' | b':' | 0xE2)) {
        return None;
    }
    let (sep, (said, names)) = [" - ", " – ", " — ", " | ", ": "]
        .iter()
        .filter_map(|sep| Some((*sep, text.split_once(sep)?)))
        .min_by_key(|(_, (said, _))| said.len())?;
    let (said, names) = (trim(said), trim(names));
    if said.split_whitespace().nth(1).is_none() || !names.chars().any(char::is_alphanumeric) {
        return None;
    }
    let total = after_total_lead(said)
        .is_some()
        .then(|| total_lead_count(said))
        .flatten();
    let fewest = match total {
        Some(total) => total,
        None if sep != ": " => count_in_words(said)?.fewest(),
        None => return None,
    };
    Some((fewest, names))
}

/// How a count of the apps says its number ([`count_in_words`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Counted {
    /// As many as it says: `That's 57 apps`.
    Exactly(usize),
    /// At least so many, the fewest it allows: `50+ apps`, `more than 50 apps` (51).
    AtLeast(usize),
    /// About so many, the fewest that is still about it, a tenth fewer: `~60 apps`,
    /// `roughly 60 apps` (54).
    About(usize),
}

impl Counted {
    /// The fewest apps the count says the list has.
    pub(super) fn fewest(self) -> usize {
        match self {
            Counted::Exactly(n) | Counted::AtLeast(n) => n,
            Counted::About(n) => n - n / 10,
        }
    }
}

/// A short line that counts the apps, every word of it a count's (`That's 57 apps in
/// total`, `A total of 57 apps`, `**In total: 57 apps**`, `I have ~60 apps`, `50+ apps`,
/// `roughly 60 apps`, `more than 50 apps`, `fifty-seven apps`, `Ich habe ca. 40 Apps`,
/// `J'ai environ 40 applis`, `57 apps on my phone 🙂`): how many it says. Its number is
/// right before its word for apps or one word before (`57 installed apps`); each word
/// before the number is one a count's sentence is made of ([`COUNT_HEAD`]: no name, so
/// not `Microsoft 365 Apps`, `Fitness 24 apps`, `TikTok + 2 apps`), and each after its word
/// for apps one of where or how it counts ([`COUNT_TAIL`]: not `5 apps need updates`, `8
/// apps shown, 40 in total`). A rough count (`about`, `~`, `or so`, `I think`) is
/// [`Counted::About`]; one of an upper limit (`less than`, `up to`) says no fewest.
pub(super) fn count_in_words(text: &str) -> Option<Counted> {
    // (Most lines are let go here, eight bytes at a time: every word for apps read here has
    // a `p` in it, or a `w` (`Anwendungen`).)
    if !crate::text::words8::has_p_or_w(text.as_bytes()) {
        return None;
    }
    count_in_words_of(text)
}

/// [`count_in_words`] of a text with a `p` or a `w` in it (the caller has looked).
#[inline(never)]
fn count_in_words_of(text: &str) -> Option<Counted> {
    counted_in_words(text, false).or_else(|| {
        // (A count before a clause, `40 apps total, listing the work ones:`: its first. Not
        // one with a number or a word for more, `8 apps, 32 more in folders`: another rule's.)
        let (first, rest) = text.split_once(", ")?;
        let counts_more = rest.split_whitespace().any(|w| {
            let w = crate::case::lower(w.trim_matches(|c: char| !c.is_alphanumeric()));
            w.bytes().any(|b| b.is_ascii_digit()) || MORE.contains(&w) || number_in_words(&w).is_some()
        });
        (!counts_more).then(|| counted_in_words(first, false)).flatten()
    })
}

/// A short line that counts the apps without a word for them, by a total's word (`(40 in
/// total)`, `about 40 altogether`, `40 insgesamt`): [`count_in_words`]'s reading, its one
/// number in digits. (Most lines are let go by their last word, no total's.)
pub(super) fn total_in_words(text: &str) -> Option<Counted> {
    // (Or a heading that ends in its number and a colon, `Here are all 36:`.)
    if text.ends_with(':') && text.trim_end_matches(':').ends_with(|c: char| c.is_ascii_digit()) {
        return counted_in_words(text, false);
    }
    // (Or a statistician's count, `n=40`, `(N = 40)`.)
    if matches!(text.as_bytes().first(), Some(b'n' | b'N' | b'(')) {
        let inner = text.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']'));
        if let Some((n, count)) = inner.split_once('=') {
            if n.trim().eq_ignore_ascii_case("n") {
                let count = whole_number(count.trim())?;
                return Some(Counted::Exactly(usize::try_from(count).unwrap_or(usize::MAX)));
            }
        }
    }
    // (Or a rough number alone, an answer to how many, `about 40`, `około 40?`.)
    // (Two words, the last a number: most lines are let go by their last bytes.)
    let bare = text.strip_suffix(['?', '.']).unwrap_or(text);
    let bytes = bare.as_bytes();
    if bytes.last().is_some_and(u8::is_ascii_digit) && bytes.len() <= 40 {
        let space = bytes.iter().rposition(|&b| b == b' ');
        let rough = space.and_then(|at| bare.get(..at)).filter(|rough| !rough.contains(' '));
        let number = space.and_then(|at| bytes.get(at + 1..)).unwrap_or_default();
        if let Some(rough) = rough.filter(|_| number.iter().all(u8::is_ascii_digit)) {
            if ROUGHLY.contains(rough.trim_end_matches('.')) {
                return counted_in_words(bare, false);
            }
        }
        // (Or in a phrase, `cerca de 40`, `à peu près 40`, `più o meno 40`: in lower case,
        // where a name in capitals, `Ordinary Tool 123`, is let go at its first byte.)
        let phrase = space.and_then(|at| bare.get(..at)).filter(|head| {
            !head.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
                && (ROUGH_LEADS.contains(head) || ROUGH_PHRASES.contains(head))
        });
        // (The number read only after a phrase: most lines that end in a digit have none.)
        let number = phrase
            .and(space)
            .and_then(|at| bare.get(at + 1..))
            .and_then(whole_number)
            .and_then(|n| usize::try_from(n).ok());
        if let Some(n) = number.filter(|&n| n >= 2) {
            return Some(Counted::About(n));
        }
    }
    // (Or a number alone with a sign or a word that it is rough or the fewest, `~40`,
    // `40+`, `40ish`, `≈ 40`: no name is that.)
    if bare.len() <= 8 {
        let number = bare.trim_start_matches(['~', '≈', ' ']);
        let (number, counted): (&str, fn(usize) -> Counted) = match number.strip_suffix('+') {
            Some(fewest) => (fewest, Counted::AtLeast),
            None => (number.strip_suffix("ish").unwrap_or(number), Counted::About),
        };
        let marked = number.len() < bare.len();
        if let Some(n) = whole_number(number)
            .and_then(|n| usize::try_from(n).ok())
            .filter(|&n| marked && n >= 2)
        {
            return Some(counted(n));
        }
    }
    // (Every such word ends in one of these letters; most lines end in another letter or a
    // digit, and are let go at their last byte.)
    let ends = |b: &u8| {
        matches!(
            b.to_ascii_lowercase(),
            b'l' | b'r' | b't' | b'n' | b'e' | b'k' | b's' | b'i'
        )
    };
    if text
        .as_bytes()
        .last()
        .is_some_and(|b| b.is_ascii_alphanumeric() && !ends(b))
    {
        return None;
    }
    let end = text.trim_end_matches(|c: char| !c.is_alphanumeric());
    if !end.as_bytes().last().is_some_and(ends) {
        return None;
    }
    let last = end.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    // (Its number in digits, or in words, `about fifty in total`, `dreißig insgesamt`.)
    let number = || {
        text.bytes().any(|b| b.is_ascii_digit())
            || text
                .split_whitespace()
                .any(|w| number_in_words(&crate::case::lower(w.trim_matches(|c: char| !c.is_alphanumeric()))).is_some())
    };
    ((3..=10).contains(&last.len()) && TOTAL_SAID.contains(last) && number())
        .then(|| counted_in_words(text, false))
        .flatten()
}

/// The words that say a count is the whole's (`in total`, `altogether`, `in all`,
/// `insgesamt`, `en tout`), for a count without a word for apps ([`total_in_words`]).
/// Pieces counted say so too (`es sind 40 Stück`, `40 stuks`, `40 pezzi`).
const TOTAL_SAID: Words = words!(
    "total|altogether|overall|insgesamt|gesamt|zusammen|ganzen|tout|all|totaal|totale|tutto|stück|stuck|stuks|stuk|pezzi|sztuk|pièces|piezas|peças",
);

/// [`count_in_words_of`]; `total` when the line came after a total's lead-in (`In total:
/// about 40`), which says the count is the whole's without a word for apps.
fn counted_in_words(text: &str, total: bool) -> Option<Counted> {
    // (Not a sum of money, a share or a rating: `Total: 40 €`, `Total: $40`, `40%`, `40 ★`.)
    if text.len() > 160 || text.contains(['$', '€', '£', '¥', '%', '₹', '₽', '₩', '★', '☆']) {
        return None;
    }
    // (A mail's or a page's inline tags around it, `<b>Ich habe 40 Apps</b>`: read without
    // them, once.)
    if text.contains('<') {
        let bare = inline_tags_taken(text)?;
        return (!bare.contains('<')).then(|| counted_in_words(&bare, total)).flatten();
    }
    // (French's article joined to its noun, `d'applis`.)
    let kind = |w: &str| {
        let w = w.strip_prefix("d'").or_else(|| w.strip_prefix("d’")).unwrap_or(w);
        // (`20 apps-ish`.)
        let w = w.strip_suffix("-ish").unwrap_or(w);
        APP_WORDS.contains(w) || matches!(w, "app's" | "app’s")
    };
    // (A word without the signs around it, in lower case: `**57`, `apps)`, `Total:`.)
    let bare = |w: &str| crate::case::lower(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'));
    let mut words: Vec<&str> = Vec::new();
    for w in text.split_whitespace().take(17) {
        // (A number glued to its word for apps, `40apps`, `~40Apps`: two words.)
        let glued = w
            .find(|c: char| c.is_alphabetic())
            .filter(|&at| {
                at > 0
                    && w.get(..at)
                        .map(|n| n.strip_suffix('-').unwrap_or(n))
                        .is_some_and(|n| n.ends_with(|c: char| c.is_ascii_digit() || c == '+'))
            })
            .filter(|&at| w.get(at..).is_some_and(|kind_word| kind(&bare(kind_word))));
        // (Or with a hyphen between, `47-apps`.)
        let number = |at: usize| w.get(..at).map(|n| n.strip_suffix('-').unwrap_or(n));
        match glued.and_then(|at| Some((number(at)?, w.get(at..)?))) {
            Some((n, kind_word)) => words.extend([n, kind_word]),
            None => words.push(w),
        }
    }
    if words.len() > 16 {
        return None;
    }
    let lowered: Vec<String> = words.iter().map(|w| bare(w)).collect();
    // (A heading that gives the part before the whole, `Hier zijn 3 van mijn 60:`, in words
    // of any kind before them.)
    let mut part_heading = false;
    let (n_at, at) = match lowered.iter().position(|w| kind(w)) {
        Some(at) => {
            let between = at >= 2 && lowered.get(at - 1).is_some_and(|w| COUNT_BESIDES.contains(w));
            (if between { at - 2 } else { at.checked_sub(1)? }, at)
        }
        // (No word for apps: its one number in digits, and a total's word, or after a
        // total's lead-in.)
        None => {
            // (In digits, or in words, `about fifty in total`.)
            let numbered = |i: usize, w: &str| {
                w.bytes().any(|b| b.is_ascii_digit()) || lowered.get(i).and_then(|w| number_in_words(w)).is_some()
            };
            let mut digits = (words.iter().enumerate()).filter(|&(i, w)| numbered(i, w));
            let (mut n_at, _) = digits.next()?;
            // (A part's number before the whole's, `Here are 8 of my 40:`: the whole's.)
            if let Some((whole, _)) = digits.next() {
                let of = lowered.get(n_at + 1..whole).unwrap_or(&[]);
                let part_of = !of.is_empty()
                    && of.iter().all(|w| {
                        words!("of|my|the|von|meinen|de|mis|mes|sur|di|su|miei|van|mijn|z|moich|dos|meus").contains(w)
                    })
                    && of
                        .first()
                        .is_some_and(|w| words!("of|von|de|sur|di|su|van|z|dos").contains(w));
                if !part_of || digits.next().is_some() {
                    return None;
                }
                n_at = whole;
                part_heading = text.ends_with(':');
            }
            // (Or a heading's count, its number last before a colon: `Here are all 36:`.)
            let heading = text.ends_with(':') && n_at + 1 == words.len();
            // (Or a rough number alone, as an answer to how many, `about 40`, `około 40`,
            // `ungefähr 40`: no name is that.)
            part_heading |= n_at + 1 == words.len()
                && lowered
                    .get(..n_at)
                    .is_some_and(|head| !head.is_empty() && head.iter().all(|w| ROUGHLY.contains(w)))
                && words.get(n_at).and_then(|w| whole_number(w)).is_some_and(|n| n >= 2);
            let said = total
                || heading
                || part_heading
                || lowered.iter().any(|w| w != "all" && TOTAL_SAID.contains(w))
                || has_words(&lowered.join(" "), "in all");
            if !said {
                return None;
            }
            (n_at, n_at)
        }
    };
    // (A range, `20-30 apps`, `20 to 30 apps`, `between 20 and 30 apps`, `zwischen 20 und
    // 30 Apps`: its first number is the fewest.)
    let number_at = |i: usize| {
        words
            .get(i)
            .and_then(|w| whole_number(w.trim_matches(|c: char| !c.is_alphanumeric())))
    };
    let dashed = words.get(n_at).and_then(|w| {
        let (from, to) = w.split_once(['-', '–', '~'])?;
        Some((whole_number(from.trim_start_matches('~'))?, whole_number(to)?))
    });
    let spaced = n_at
        .checked_sub(2)
        .filter(|&i| {
            lowered.get(i + 1).is_some_and(|w| RANGE_JOINS.contains(w))
                || words.get(i + 1).is_some_and(|w| matches!(*w, "-" | "–"))
        })
        .and_then(|i| Some((i, number_at(i)?, number_at(n_at)?)));
    let range = match (dashed, spaced) {
        (Some((from, to)), _) if from <= to => Some((from, n_at)),
        (_, Some((i, from, to))) if from <= to => Some((from, i)),
        _ => None,
    };
    let (value, rough_mark, plus, head_end) = match range {
        Some((from, first)) => (usize::try_from(from).unwrap_or(usize::MAX), false, true, first),
        None => {
            let (value, rough_mark, plus) = count_number(words.get(n_at)?)?;
            // (Tens and units as two words, `sixty two apps`: the tens' word is the number's.)
            let tens = n_at
                .checked_sub(1)
                .and_then(|i| words.get(i))
                .and_then(|w| number_in_words(&crate::case::lower(w)));
            let (value, n_at) = match tens {
                Some(tens) if value < 10 && tens >= 20 && tens % 10 == 0 && tens < 100 => (value + tens, n_at - 1),
                _ => (value, n_at),
            };
            // (Thousands set apart by a space, `1 057 apps`.)
            let (value, head_end) = match n_at.checked_sub(1).and_then(|i| words.get(i)) {
                Some(w)
                    if (1..=3).contains(&w.len())
                        && w.bytes().all(|b| b.is_ascii_digit())
                        && words.get(n_at).is_some_and(|n| n.len() == 3) =>
                {
                    (
                        w.parse::<usize>().ok()?.saturating_mul(1000).saturating_add(value),
                        n_at - 1,
                    )
                }
                _ => (value, n_at),
            };
            (value, rough_mark, plus, head_end)
        }
    };
    let line = lowered.join(" ");
    let rough_phrase = ROUGH_PHRASES.iter().any(|p| has_words(&line, p));
    let allowed = |w: &str, list: &Words| w.is_empty() || list.contains(w) || rough_phrase && ROUGH_WORDS.contains(w);
    let head = lowered.get(..head_end)?;
    let tail = lowered.get(at + 1..)?;
    // (A part's count before the whole's after its word for apps, `8 apps out of 40`, `10
    // Apps von insgesamt 57`, `5 applis sur 40`: the whole's is read.)
    const OF_WHOLE: Words = words!("out|of|von|de|sur|aus|insgesamt|total|a|en|tout|in|all|my|mis|meinen|mes");
    let whole = tail
        .iter()
        .position(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
        .filter(|&i| {
            tail.get(..i).is_some_and(|of| {
                of.iter().all(|w| OF_WHOLE.contains(w))
                    && of
                        .iter()
                        .any(|w| matches!(w.as_str(), "of" | "von" | "de" | "sur" | "aus"))
            })
        })
        .and_then(|i| Some((tail.get(i)?.parse::<usize>().ok()?, tail.get(i + 1..)?)))
        .filter(|&(whole, _)| whole >= value);
    let (value, tail) = whole.unwrap_or((value, tail));
    if at == n_at
        && !words.get(n_at)?.bytes().any(|b| b.is_ascii_digit())
        && lowered.get(n_at).and_then(|w| number_in_words(w)).is_none()
    {
        return None;
    }
    // (A sign alone is no word, but a plus or an ampersand joins another count on.)
    let joins = |i: usize| words.get(i).is_some_and(|w| matches!(*w, "+" | "&" | "/" | "|"));
    // (A name in title case before its number, two capitals or more and a title's small
    // words in lower case, is no count: `All in One 50 Apps`, `Total Fitness 24 apps`.)
    // (Title case: a capital, then a small letter; a line in capitals, `I HAVE 3 APPS`, is
    // no title.)
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase()) && w.chars().skip(1).any(char::is_lowercase);
    let small = |w: &str| {
        matches!(
            w,
            "in" | "of" | "the" | "and" | "for" | "a" | "to" | "de" | "la" | "le" | "du" | "von" | "und"
        )
    };
    if words
        .get(..head_end)
        .is_some_and(|h| h.iter().filter(|w| capital(w)).count() >= 2 && h.iter().all(|w| capital(w) || small(w)))
    {
        return None;
    }
    // (A part's number before the whole's, `8 of my 40 apps`, `10 de mis 57 apps`: the
    // whole's is read.)
    let part_first = |w: &String| w.bytes().all(|b| b.is_ascii_digit());
    if !part_heading && !head.iter().all(|w| allowed(w, &COUNT_HEAD) || part_first(w))
        || !tail.iter().all(|w| allowed(w, &COUNT_TAIL))
        || (0..head_end).chain(at + 1..words.len()).any(joins)
    {
        return None;
    }
    let before = head.last().map_or("", String::as_str);
    let two_before = head
        .len()
        .checked_sub(2)
        .and_then(|i| head.get(i))
        .map_or("", String::as_str);
    const ABOUT: Words = words!(
        "about|around|roughly|approximately|approx|ca|circa|nearly|almost|like|some|maybe|probably|think|guess|believe|estimate|say|etwa|ungefähr|rund|fast|knapp|zirka|um|environ|presque|env|soixantaine|unos|unas|casi|aproximadamente|aprox|alrededor|como|cerca",
    );
    const FEWER: Words = words!("less|fewer|under|unter|weniger|moins|menos|max|maximum|höchstens|to|bis");
    // (Or a sign of one before it, `± 20`, `+/- 20`, `≈ 20`.)
    let rough_sign = (0..words.len()).filter(|&i| i != n_at).any(|i| {
        words
            .get(i)
            .is_some_and(|w| w.contains(['±', '≈', '~']) || matches!(*w, "+/-" | "+-" | "-/+"))
    });
    let rough = rough_mark
        || rough_sign
        || rough_phrase
        || head.iter().any(|w| ABOUT.contains(w))
        || tail.iter().any(|w| {
            matches!(
                w.as_str(),
                "approx" | "approximately" | "roughly" | "ish" | "circa" | "ungefähr" | "environ" | "aprox"
            )
        })
        || lowered.get(at).is_some_and(|w| w.ends_with("-ish"));
    let more_than = matches!(before, "over" | "above" | "über" | "plus")
        || matches!(before, "than" | "als" | "de" | "que" | "dan" | "di")
            && matches!(
                two_before,
                "more" | "mehr" | "plus" | "más" | "mas" | "meer" | "più" | "mais"
            );
    let least = matches!(before, "least" | "mindestens" | "moins" | "menos")
        && matches!(two_before, "at" | "au" | "al" | "")
        || matches!(before, "mindestens" | "gut");
    let fewer = !least
        && !rough_phrase
        && (FEWER.contains(before) || matches!(before, "than" | "als" | "que" | "de") && FEWER.contains(two_before));
    Some(if fewer {
        Counted::AtLeast(0)
    } else if rough {
        Counted::About(value)
    } else if plus || least {
        Counted::AtLeast(value)
    } else if more_than {
        Counted::AtLeast(value.saturating_add(1))
    } else {
        Counted::Exactly(value)
    })
}

/// Whether `line`, words in lower case between single spaces, holds `phrase`'s words in a
/// row.
#[inline(never)]
fn has_words(line: &str, phrase: &str) -> bool {
    line.match_indices(phrase).any(|(at, _)| {
        let before = line.get(..at).is_none_or(|b| b.is_empty() || b.ends_with(' '));
        let after = line
            .get(at + phrase.len()..)
            .is_none_or(|a| a.is_empty() || a.starts_with(' '));
        before && after
    })
}

/// A count's number ([`count_in_words`]): its value, whether it is marked rough (`~60`,
/// `≈60`, `60ish`, `60-ish`), and whether at least (`60+`), in digits with the signs around
/// it (`**57**`, `📱57`) or in words (`fifty-seven`, `sechzig`).
#[inline(never)]
fn count_number(word: &str) -> Option<(usize, bool, bool)> {
    let rough = word.contains(['~', '≈']);
    // (Not a negative number, `-5`, `−57`: no count.)
    if word
        .trim_start_matches(['~', '≈', '*', '(', '['])
        .starts_with(['-', '−'])
    {
        return None;
    }
    let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    let plus = word
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '+')
        .ends_with('+');
    let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    // (`60ish`, `60-ish`, `40-odd`: rough.)
    let (word, ish) = match word.strip_suffix("ish").or_else(|| word.strip_suffix("-odd")) {
        Some(w) => (w.trim_end_matches('-'), true),
        None => (word, false),
    };
    let value = match whole_number(word) {
        Some(n) => usize::try_from(n).unwrap_or(usize::MAX),
        None => number_in_words(&crate::case::lower(word))?,
    };
    Some((value, rough || ish, plus))
}

/// A number in words up to a hundred, in English (`seventeen`, `fifty-seven`, `ninety`,
/// `a hundred` as `hundred`, `dozen`), one to twenty and the tens in German, French and
/// Spanish (`fünfzehn`, `sechzig`, `soixante`, `sesenta`): every word of [`number_word`]
/// and more, for a line every word of which is a count's ([`count_in_words`]).
#[inline(never)]
fn number_in_words(word: &str) -> Option<usize> {
    const UNITS: Words = words!("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen");
    const TENS: Words = words!("twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety");
    // (One to twenty in German, French and Spanish.)
    const OTHER_UNITS: Words = words!(
        "eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis|diecisiete|dieciocho|diecinueve|veinte",
    );
    // (Each list's filter first: most words are no number, and are let go by it before
    // the list is read.)
    let at = |list: Words, w: &str| list.contains(w).then(|| list.iter().position(|u| u == w)).flatten();
    if let Some(at) = at(OTHER_UNITS, word) {
        return Some(at % 20 + 1);
    }
    // (German, French and Spanish tens and a hundred; then Portuguese, Italian, Dutch and
    // Polish: the units of a small count and the tens. Each word's number is the one at
    // its place in `OTHER_VALUES`.)
    const OTHER_TENS: Words = words!(
        "dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|trente|quarante|cinquante|soixante|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|hundert|cien|dois|duas|três|quatro|dez|vinte|trinta|quarenta|cinquenta|sessenta|due|tre|quattro|cinque|dieci|venti|trenta|quaranta|cinquanta|sessanta|twee|drie|vijf|tien|twintig|dertig|veertig|vijftig|zestig|dwa|trzy|cztery|pięć|dziesięć|dwadzieścia|trzydzieści|czterdzieści|pięćdziesiąt",
    );
    const OTHER_VALUES: [u8; 58] = [
        30, 40, 50, 60, 70, 80, 90, 30, 40, 50, 60, 30, 40, 50, 60, 70, 80, 90, 100, 100, 2, 2, 3, 4, 10, 20, 30, 40,
        50, 60, 2, 3, 4, 5, 10, 20, 30, 40, 50, 60, 2, 3, 5, 10, 20, 30, 40, 50, 60, 2, 3, 4, 5, 10, 20, 30, 40, 50,
    ];
    let unit = |w: &str| at(UNITS, w).map(|i| i + 1);
    // (And `fourty`, as it is often written.)
    let tens = |w: &str| {
        let w = if w == "fourty" { "forty" } else { w };
        at(TENS, w).map(|i| (i + 2) * 10)
    };
    if let Some((t, u)) = word.split_once('-') {
        return Some(tens(t)? + unit(u).filter(|&u| u < 10)?);
    }
    unit(word)
        .or_else(|| tens(word))
        .or_else(|| (word == "hundred").then_some(100))
        .or_else(|| {
            at(OTHER_TENS, word)
                .and_then(|i| OTHER_VALUES.get(i))
                .map(|&n| usize::from(n))
        })
        .or_else(|| (word == "dozen").then_some(12))
}

/// The words for apps [`count_in_words`] reads, in lower case: [`COUNTED`]'s with a `p` or
/// a `w` in them.
pub(super) const APP_WORDS: Words = words!(
    "apps|app|applications|application|applis|appli|anwendungen|aplicaciones|aplicativos|aplikacje|aplikacji|programs|programme|programas|packages|appar|apper|aplikací|aplicații|aplikasi",
);

/// The words before a count's number in a sentence that says it ([`count_in_words`]), in
/// lower case, in the interface's languages: what opens it, says the total, or makes it
/// rough, at least or at most.
const COUNT_HEAD: Words = words!(
    "that's|thats|that|this|these|those|it's|its|it|there|there's|theres|here|here's|heres|is|are|was|were|be|i|i've|ive|i'm|im|we|we've|you|have|has|had|got|get|in|total|all|a|an|of|so|about|around|roughly|approximately|approx|ca|circa|nearly|almost|like|some|maybe|probably|just|only|exactly|precisely|over|above|more|than|at|least|less|fewer|under|up|to|max|maximum|altogether|overall|my|on|the|currently|now|today|which|makes|count|number|think|guess|believe|estimate|say|would|grand\
     |das|sind|es|ich|habe|hab|hat|haben|insgesamt|gesamt|insg|etwa|ungefähr|rund|fast|knapp|über|mindestens|höchstens|mehr|als|weniger|unter|bis|zu|um|die|zirka|also|gibt|auf|meinem|dem|handy\
     |c'est|ce|sont|il|y|j'ai|ai|en|tout|au|environ|presque|plus|de|moins|une|soixantaine|voilà|voila|env\
     |son|hay|tengo|unos|unas|casi|más|mas|que|al|menos|aproximadamente|aprox|alrededor|como|cerca|tiene\
     |one|nb|p.s|ps|sum|soit|listed|showing|shown|hier|von|meiner|meinen|mis|mes|sobre|out|main|i'd|id|zusammen|gut|ges\
     |between|zwischen|entre|from|somewhere|meer|dan|più|di|ik|heb|ho|circa|ongeveer|tenho|cerca\
     |zijn|dit|ecco|aqui|estão|são|oto|mam|tengo|hay|sono|ci|er|hierbij\
     |says|shows|sagt|zeigt|indique|affiche|dice|dicen|pone|ponen|muestra|dicono|mostra|diz|dizem|mostram|zegt|toont|pokazuje|pisze",
);

/// The words after a count's word for apps ([`count_in_words`]), in lower case: where or
/// how it counts, or that it is rough.
const COUNT_TAIL: Words = words!(
    "in|total|all|altogether|together|up|overall|on|my|the|this|phone|copied|from|settings|iphone|ipad|android|device|smartphone|installed|here|listed|above|below|now|currently|lol|approx|approximately|roughly|ish|circa|counted|altogether\
     |insgesamt|gesamt|im|ganzen|auf|meinem|dem|handy|telefon|installiert|ungefähr|hier|oben|unten|au|en|tout|sur|mon|téléphone|portable|installées|installés|environ|ici|el|mi|teléfono|móvil|movil|instaladas|instalados|aquí|aqui|arriba|aprox\
     |totaal|totale|tutto|stück|stuck|stuks|stuk|pezzi|sztuk|pièces|piezas|peças|no|nel|op|w|sumie|łącznie",
);

/// Phrases that make a count rough ([`count_in_words`]): `or so`, `give or take`, `more or
/// less`, `plus ou moins`, `más o menos`, `à peu près`; their words then allowed anywhere.
const ROUGH_PHRASES: [&str; 6] = [
    "or so",
    "give or take",
    "more or less",
    "plus ou moins",
    "más o menos",
    "à peu près",
];
/// The words between a range's two numbers ([`count_in_words`]: `20 to 30 apps`, `zwischen
/// 20 und 30 Apps`, `entre 20 et 30 applis`, `entre 20 y 30 apps`, `20 bis 30`).
const RANGE_JOINS: Words = words!("to|and|und|et|y|bis|à|a|or|oder|ou|o");
/// The phrases that say a number is rough, before it (`cerca de 40`, `più o meno 40`),
/// besides [`ROUGH_PHRASES`].
const ROUGH_LEADS: Words = words!(
    "cerca de|alrededor de|più o meno|mais ou menos|por volta de|in etwa|so um die|rund um die|ongeveer zo'n|circa de",
);

/// The words that say a number is rough, before it (`about 40`, `około 40`).
const ROUGHLY: Words = words!(
    "about|around|roughly|approximately|approx|ca|circa|nearly|almost|some|etwa|ungefähr|rund|zirka|knapp|fast|environ|env|presque|aproximadamente|aprox|alrededor|cerca|casi|unos|unas|ongeveer|bijna|zo'n|circa|quasi|około|prawie|mniej|więcej|por|volta|de|quase|uns|umas|di|più|meno|o|plus|moins|ou|más|menos|or|so|more|less",
);
const ROUGH_WORDS: Words = words!("or|so|give|take|more|less|plus|ou|moins|más|o|menos|à|peu|près");

/// The rows a database's shell says its query gave, under the table: psql's `(57 rows)`,
/// MySQL's `57 rows in set (0.00 sec)`.
fn query_rows(text: &str) -> Option<u64> {
    let text = text.trim();
    // (pandas' dimensions under a frame it cut, `[84 rows x 3 columns]`, and under its
    // table in Jupyter, `84 rows × 3 columns`; polars' over its, `shape: (84, 3)`.)
    let dimensions = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')).unwrap_or(text);
    if let Some(inner) = dimensions
        .strip_suffix(" columns")
        .or_else(|| dimensions.strip_suffix(" column"))
    {
        let (rows, _) = inner.split_once(" rows x ").or_else(|| inner.split_once(" rows × "))?;
        return whole_number(rows);
    }
    if let Some(shape) = text.strip_prefix("shape: (").and_then(|t| t.strip_suffix(')')) {
        let (rows, columns) = shape.split_once(", ")?;
        return whole_number(columns).and(whole_number(rows));
    }
    // (phpMyAdmin's `Showing rows 0 - 24 (84 total, Query took 0.0010 seconds.)`.)
    if let Some(after) = text.strip_prefix("Showing rows ") {
        let (_, total) = after.split_once(" (")?;
        return whole_number(total.split_once(" total")?.0);
    }
    let count = match text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        // (psql's `(3 rows)`; sqlcmd's `(3 rows affected)`.)
        Some(inner) => {
            let inner = inner.strip_suffix(" affected").unwrap_or(inner);
            inner.strip_suffix(" rows").or_else(|| inner.strip_suffix(" row"))?
        }
        None => {
            text.split_once(" rows in set")
                .or_else(|| text.split_once(" row in set"))?
                .0
        }
    };
    whole_number(count)
}

/// A pager's word for a total it does not say (`1-3 of many`).
const MANY: Words = words!("many|more|viele|mehr|beaucoup|plus|muchos|muchas|más");

/// What a tool counts under its table ([`count_line`]), and what it may say after it.
const COUNT_WORDS: [&str; 14] = [
    "records",
    // (`cmd package query-activities`' `21 activities found:`: one an app.)
    "activities",
    "activity",
    "rows",
    "package(s)",
    "packages",
    "package",
    "upgrades",
    "upgrade",
    "apps",
    "applications",
    "items",
    "results",
    "entries",
];
const COUNT_TAILS: [&str; 16] = [
    " available",
    " installed",
    " found",
    " listed",
    " upgradable",
    " exported",
    " exportiert",
    " exportés",
    " exportées",
    " exportados",
    " exportadas",
    " esportati",
    " esportate",
    " geëxporteerd",
    " wyeksportowano",
    " wyeksportowane",
];

/// A web table's line of pages (`Showing 1 to 6 of 6 records`, `1 - 2 of 2 items`,
/// `1–2 of 2`, `< Previous  Page 1 of 1  Next >`, `1 2 3 Next »`, `Rows per page: 10`):
/// its numbers, ranges, arrows and words alone, with "of" and two numbers, a word that
/// turns the page and an arrow or page numbers, or "per page".
fn pages(text: &str) -> bool {
    const WORDS: Words = words!(
        "showing|show|to|of|records|record|items|item|results|result|entries|rows|apps|page|pages|per|von|sur|seite|einträge|einträgen|zeilen|pro|par|résultats|por|página|resultados|-|–|affichage|à|enregistrements|éléments|lignes|zeige|anzeige|bis|mostrando|a|registros|elementos|filas|visualizzazione|da|di|risultati|elementi|righe|até|itens|linhas|wyświetlanie|z|wyników|pozycji|getoond|tot|van|resultaten|items\
         |displaying|viewing|lines|line|mostrar|visualizzati|visualizzate|mostrati|mostrate|exibidos|mostrados|wyświetlono|getoond|angezeigt|affichés\
         |exported|exportiert|exportierte|exportés|exportées|exportados|exportadas|esportati|esportate|geëxporteerd|wyeksportowano|regels|rijen|wierszy\
         |pagina|pagine|strona|zeile|insgesamt|l'élément|élément|au|total|del|al|un|desde|hasta|vista|weergegeven|od|do|łącznie|pozycje|wyniki",
    );
    const ARROWS: Words = words!("<|>|«|»|‹|›|←|→|<<|>>");
    static PAGER_FILTER: WordFilter<32> =
        word_filter(&[WORDS.text(), ARROWS.text(), PAGE_TURNS.text(), MANY.text()], false);
    let (mut numbers, mut of, mut turns, mut arrows, mut per) = (0, false, false, false, false);
    let mut before = "";
    let all = text.split_whitespace().all(|w| {
        // (A bar between a pager's words: `« Previous | Next »`; the pages left out of a
        // row of them, `1 2 3 … 71`; a page's number over their count, `Page 1 / 71`.)
        if matches!(w, "|" | "…" | "..." | "•••") {
            return true;
        }
        if w == "/" {
            of = true;
            return true;
        }
        let w = w.trim_end_matches(':');
        // (A range, `1-2`, `1–10`, is two numbers; a total may be grouped, `1.234`.)
        let number = |n: &str| whole_number(n).is_some();
        let count = match w.split_once(['-', '–']) {
            Some((a, b)) if number(a) && number(b) => 2,
            _ => usize::from(number(w)),
        };
        numbers += count;
        of |= matches!(w, "of" | "von" | "sur" | "de" | "di" | "z" | "van");
        per |= before.eq_ignore_ascii_case("per") && matches!(w, "page" | "Page");
        before = w;
        // (Every cell of a table is asked: a word none of the lists has is let go by their
        // filter before it is looked up in each.)
        let known = count == 0 && may_be(&PAGER_FILTER, lower_hash(w));
        let turn = known && PAGE_TURNS.contains(w);
        turns |= turn;
        let arrow = known && ARROWS.contains(w);
        arrows |= arrow;
        count > 0 || turn || arrow || w == "de" || known && (WORDS.contains(w) || of && MANY.contains(w))
    });
    // (A pager of one page, `« Previous 1 Next »`, says there is no other.)
    all && ((of || turns || arrows) && numbers >= 2 || turns && arrows && numbers != 1 || per)
}

/// A pager's words that turn its pages.
const PAGE_TURNS: Words = words!(
    "previous|prev|next|first|last|weiter|zurück|vorherige|nächste|suivant|précédent|suivante|précédente|siguiente|anterior|precedente|successivo|successiva|próxima|próximo|seguinte|vorige|volgende|poprzednia|następna",
);

/// A search box's words copied with what is under it (`Search by application name`,
/// `Search apps`): "search" and the words of what it searches.
fn search_box(text: &str) -> bool {
    const WORDS: Words = words!(
        "by|for|in|among|app|apps|application|applications|name|names|programs|software|all|unter|allen|parmi|les|des|entre|las|tra|le|wśród|applis|anwendungen|aplicaciones|applicazioni|aplikacji|aplikacje|aplicativos|programme",
    );
    const SEARCH: Words = SEARCH_WORDS;
    // (`Search` alone may be an app's name; the verb first, or last as German puts it,
    // `In 124 Apps suchen`.)
    let mut words = text.split_whitespace();
    let (first, last) = (
        words.next().unwrap_or(""),
        text.split_whitespace().next_back().unwrap_or(""),
    );
    let verb = if SEARCH.contains(first) {
        Some(0)
    } else {
        SEARCH.contains(last).then_some(1)
    };
    text.contains(' ')
        && verb.is_some_and(|at| {
            let mut rest = text.split_whitespace();
            if at == 0 {
                rest.next();
            } else {
                rest.next_back();
            }
            rest.all(|w| WORDS.contains(w) || whole_number(w).is_some())
        })
}

/// How many apps a search box says it searches (Xiaomi's `Search among 124 apps`): the
/// list's total, as a count's.
fn search_box_count(text: &str) -> Option<usize> {
    if !search_box(text) || !text.split_whitespace().any(|w| COUNTED.contains(w)) {
        return None;
    }
    let n = text.split_whitespace().find_map(whole_number)?;
    usize::try_from(n).ok()
}

/// A frame of a console's spinner (`-`, `\\`, `|`, `/`), a rule (`----`, `────`) or a
/// progress bar (`█▒▒  40%`): drawing characters and ASCII punctuation, or a bar's
/// blocks among printable ASCII. (Control and invisible characters are not drawing: a
/// line of them is read, and said to be unreadable.)
fn progress_frame(line: &str) -> bool {
    let drawing = |c: char| ('\u{2500}'..='\u{259f}').contains(&c);
    let bar = !line.is_ascii() && line.contains(['█', '▒', '▓', '░']);
    if !bar {
        return !line.is_empty()
            && line
                .chars()
                .all(|c| drawing(c) || c == ' ' || c == '\t' || c.is_ascii_punctuation());
    }
    // A bar's words are its numbers and their units (`40%`, `1.2 MB / 3.5 MB`, `2 MB/s`):
    // a name beside blocks (a storage screen's `TikTok ▓▓▓ 2.1 GB`) is no frame.
    line.split(|c: char| c.is_whitespace() || drawing(c) || c == '/')
        .filter(|w| !w.is_empty())
        .all(|w| {
            let unit = w.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | '%'));
            unit.is_empty()
                || ["b", "kb", "mb", "gb", "kib", "mib", "gib", "s", "eta", "%"]
                    .iter()
                    .any(|u| unit.eq_ignore_ascii_case(u))
        })
}

/// What a storage or settings screen writes beside each app's name, on a line of its own
/// once the screen's text is copied (a screenshot's text through Live Text or Google
/// Lens): a size (`2.31 GB`, `845,3 MB`, `12 kB`), a share (`96%`), a time spent
/// (`2h 5m`), the status bar's clock (`9:41`, `9:41 PM`), or when the app was last used
/// ([`last_used`]). Only numbers with their units, or that label: `2048` and `1.1.1.1`
/// are apps' names.
pub(super) fn screen_value(text: &str) -> bool {
    // (Most lines: let go by their first byte, a digit or a label's first letter.)
    match text.as_bytes().first() {
        Some(b'0'..=b'9') => {}
        Some(
            b'L' | b'l' | b'N' | b'n' | b'Z' | b'z' | b'D' | b'd' | b'J' | b'j' | b'O' | b'o' | b'M' | b'm' | 0xC3,
        ) => return last_used(text),
        Some(b'U' | b'u') => return updated(text) || last_used(text),
        _ => return false,
    }
    // Numbers, each with its unit glued to it or as the next word; a clock time alone.
    let (mut bare, mut after_time) = (false, false);
    for word in text.split([' ', '\t']).filter(|w| !w.is_empty()) {
        if date(word) {
            (bare, after_time) = (false, false);
            continue;
        }
        let digits = word
            .bytes()
            .position(|b| !(b.is_ascii_digit() || matches!(b, b'.' | b',' | b':')))
            .unwrap_or(word.len());
        let (number, unit) = (word.get(..digits).unwrap_or(""), word.get(digits..).unwrap_or(""));
        let time = number.contains(':');
        let fits = if number.is_empty() {
            // The unit of the number before it (`2.31 GB`, `9:41 AM`), or a word.
            (bare || after_time) && is_unit(unit, after_time)
        } else {
            // (A bare number beside another, `1 2`, says nothing.)
            !bare && (!time || clock(number)) && (unit.is_empty() || is_unit(unit, time))
        };
        if !fits {
            return false;
        }
        (bare, after_time) = (!number.is_empty() && unit.is_empty() && !time, time && unit.is_empty());
    }
    !bare
}

/// A store's `Updated yesterday`, `Updated 2 days ago`, `Updated last week`, `Updated
/// Mar 4, 2024` (Google Play's list of apps): when an app was updated, no app.
fn updated(text: &str) -> bool {
    const WHEN: Words = words!(
        "today|yesterday|ago|last|this|on|a|an|day|days|week|weeks|month|months|year|years|hour|hours|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec",
    );
    let Some(when) = text
        .get(..8)
        .filter(|label| label.eq_ignore_ascii_case("updated "))
        .and(text.get(8..))
    else {
        return false;
    };
    when.split([' ', ','])
        .filter(|w| !w.is_empty())
        .all(|w| w.bytes().all(|b| b.is_ascii_digit()) || date(w) || w.len() <= 9 && WHEN.contains(w))
}

/// When an app was last used, as iPhone Storage writes it under each name, in the
/// languages appcheck speaks: `Last Used: Yesterday`, `Never Used`, `Zuletzt verwendet:
/// Gestern`, `Nie verwendet`, `Dernière utilisation : hier`, `Jamais utilisée`, `Último
/// uso: ayer`, `Nunca usada`, `Ultimo utilizzo: ieri`, `Laatst gebruikt: gisteren`,
/// `Ostatnio używane: wczoraj`, `Nooit gebruikt`).
fn last_used(text: &str) -> bool {
    const NEVER: Words = words!(
        "never used|nie verwendet|nie benutzt|jamais utilisé|jamais utilisée|nunca usado|nunca usada|nunca utilizado|nunca utilizada\
         |mai utilizzata|mai utilizzato|mai usata|mai usato|nooit gebruikt|nigdy nieużywane|nigdy nie używano|nieużywane",
    );
    // (Compared in place, in any ASCII case: a line is not lowered for this.)
    let label = |label: &str| {
        text.as_bytes()
            .get(..label.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(label.as_bytes()))
            && text
                .get(label.len()..)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
    };
    // (A label has its colon; most lines have none, and no first word that says never.)
    let bytes = text.as_bytes();
    if !bytes.contains(&b':') {
        let first = bytes
            .iter()
            .position(|&b| b == b' ')
            .map_or(text, |end| text.get(..end).unwrap_or(""));
        return text.len() <= 24
            && ["never", "nie", "jamais", "nunca", "mai", "nooit", "nigdy", "nieużywane"]
                .iter()
                .any(|never| first.eq_ignore_ascii_case(never))
            && NEVER.contains(text);
    }
    [
        "last used",
        "zuletzt verwendet",
        "zuletzt benutzt",
        "dernière utilisation",
        "último uso",
        "Último uso",
        "última utilização",
        "Última utilização",
        "ultimo utilizzo",
        "laatst gebruikt",
        "ostatnio używane",
        "ostatnio używana",
        "ostatnie użycie",
    ]
    .iter()
    .any(|l| label(l))
}

/// A date in digits: `11/14/2026`, `14/11/26`, `14.11.2026`, `2026-11-14`. With dots or
/// dashes the year has four digits (`1.2.3` is a version); the day and month are 1–31,
/// one of them 1–12.
fn date(word: &str) -> bool {
    let Some(separator) = word.bytes().find(|b| matches!(b, b'/' | b'.' | b'-')) else {
        return false;
    };
    let mut parts = word.split(char::from(separator));
    let (Some(a), Some(b), Some(c), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let number = |p: &str| {
        (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
    };
    let (Some(x), Some(y), Some(_)) = (number(a), number(b), number(c)) else {
        return false;
    };
    let short = |p: &str| p.len() <= 2;
    let day_month = |d: u32, m: u32| (1..=31).contains(&d) && (1..=12).contains(&m);
    if a.len() == 4 {
        // The year first: `2026-11-14`, `2026/11/14`.
        short(b) && short(c) && number(c).is_some_and(|d| day_month(d, y))
    } else {
        short(a)
            && short(b)
            && (c.len() == 4 || separator == b'/' && c.len() == 2)
            && (day_month(x, y) || day_month(y, x))
    }
}

/// `9:41`, `21:07`, `9:41:05`: hours 0–23, minutes and seconds 0–59.
fn clock(number: &str) -> bool {
    let value = |p: &str, shortest: usize, max: u32| {
        (shortest..=2).contains(&p.len())
            && p.bytes().all(|b| b.is_ascii_digit())
            && p.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')) <= max
    };
    let mut parts = number.split(':');
    value(parts.next().unwrap_or(""), 1, 23)
        && parts.all(|p| value(p, 2, 59))
        && number.bytes().filter(|&b| b == b':').count() <= 2
}

/// A unit a screen writes after a number: a size (SI or binary, English or French:
/// `Mo`, `Go`), a percentage, a time spent (Screen Time's and Digital Wellbeing's `2h
/// 5m`, `2 hr, 5 min`), or after a clock time, AM or PM.
fn is_unit(word: &str, time: bool) -> bool {
    const UNITS: Words =
        words!("b|kb|mb|gb|tb|kib|mib|gib|tib|bytes|ko|mo|go|to|%|h|hr|hrs|hours|m|min|mins|minutes|s|sec");
    const MERIDIEM: Words = words!("am|pm|a.m.|p.m.");
    let word = word.strip_suffix(',').unwrap_or(word);
    if time { MERIDIEM } else { UNITS }.contains(word)
}

fn columns(format: Format, lines: &[(usize, &str)], keep: &[&str; 2], skip: usize) -> AppList {
    let header = lines.first().map_or("", |(_, l)| *l);
    let mut starts = column_starts(lines);
    // "Application ID" is one column with a space in its name.
    if header.contains("Application ID") {
        starts.retain(|(_, w)| w != "ID");
    }
    let column = |name: &str| starts.iter().position(|(_, w)| name.starts_with(w.as_str()));
    let (Some(name_col), Some(id_col)) = (column(keep[0]), column(keep[1])) else {
        return plain_lines(lines);
    };
    table_rows(format, lines, &starts, skip, Some(name_col), Some(id_col))
}

/// A table's header line, and the line its columns are read from: the dashes row under
/// the header when it has gaps (`---- ------- ------`), else the header itself.
fn column_guide<'a>(lines: &[(usize, &'a str)]) -> (&'a str, &'a str) {
    let header = lines.first().map_or("", |(_, l)| *l);
    let dashes = lines
        .get(1)
        .map(|(_, l)| *l)
        .filter(|l| l.contains("--") && l.chars().all(|c| c == '-' || c == ' ' || c == '─'));
    (header, dashes.filter(|d| d.contains(' ')).unwrap_or(header))
}

/// The header's word where [`column_starts`]'s first column starts, as `column_starts`
/// would give it, without reading the rest of the line: most first lines are no table's
/// header, and this one word says so.
fn first_column_word(lines: &[(usize, &str)]) -> String {
    let (header, guide) = column_guide(lines);
    let (header, guide) = (on_screen(header), on_screen(guide));
    let Some(at) = (0..guide.len()).position(|i| !space(&guide, i)) else {
        return String::new();
    };
    column_word(&header, &guide, wide_header(&header, &guide), at)
}

/// A line as a terminal lays it out: a character per column, and a wide one (Chinese,
/// Japanese, Korean, full-width forms, most emoji) followed by `None` for the second
/// column it takes. A tool pads its table's cells by these columns (`winget list`'s `抖音`
/// takes four).
pub(super) fn on_screen(line: &str) -> Vec<Option<char>> {
    let mut out = Vec::with_capacity(line.len());
    for c in line.chars() {
        out.push(Some(c));
        if matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x1F300..=0x1F64F | 0x1F900..=0x1F9FF | 0x20000..=0x3FFFD)
        {
            out.push(None);
        }
    }
    out
}

/// Whether column `i` of a line [`on_screen`] is blank (or past its end).
fn space(line: &[Option<char>], i: usize) -> bool {
    line.get(i).is_none_or(|c| c.is_some_and(char::is_whitespace))
}

/// The text of columns `from..to` of a line [`on_screen`], trimmed.
fn columns_text(line: &[Option<char>], from: usize, to: usize) -> String {
    let text: String = line.iter().take(to).skip(from).flatten().collect();
    text.trim().to_owned()
}

/// Where a table's columns start, in columns on screen, with the header's word there: from
/// the dashes row under the header when there is one (`---- ------- ------`), else
/// from the header's words. In a header whose columns are two spaces apart or more,
/// words one space apart are one column's name (`App Name          Version`).
pub(super) fn column_starts(lines: &[(usize, &str)]) -> Vec<(usize, String)> {
    let (header, guide) = column_guide(lines);
    let (header, guide) = (on_screen(header), on_screen(guide));
    let wide = wide_header(&header, &guide);
    let space = |i: usize| space(&guide, i);
    let mut starts = Vec::new();
    for i in 0..guide.len() {
        let begins = !space(i) && (i == 0 || space(i - 1));
        // (One space after a word, in a wide header: the same column's name goes on.)
        let goes_on = wide && i >= 2 && !space(i - 2);
        if begins && !goes_on {
            starts.push((i, column_word(&header, &guide, wide, i)));
        }
    }
    starts
}

/// Whether a header with no dashes row under it sets its columns two spaces apart or
/// more, so that a single space is inside a column's name.
fn wide_header(header: &[Option<char>], guide: &[Option<char>]) -> bool {
    header == guide && (1..header.len()).any(|i| space(header, i - 1) && space(header, i))
}

/// The header's column name that starts at `at`: its word, or in a wide header (see
/// [`wide_header`]) its words up to two spaces.
fn column_word(header: &[Option<char>], guide: &[Option<char>], wide: bool, at: usize) -> String {
    let space = |i: usize| space(guide, i);
    let mut end = at;
    while end < guide.len() && !(space(end) && (!wide || space(end + 1))) {
        end += 1;
    }
    columns_text(header, at, end)
}

/// The rows of an aligned table, cut at `starts`; a row with neither a name nor an
/// identifier is read as text.
fn table_rows(
    format: Format,
    lines: &[(usize, &str)],
    starts: &[(usize, String)],
    skip: usize,
    name_col: Option<usize>,
    id_col: Option<usize>,
) -> AppList {
    let mut list = with_header(format, lines, skip);
    for &(n, line) in lines.iter().skip(skip) {
        if list.entries.len() > MAX_ENTRIES {
            break;
        }
        let columns = on_screen(line);
        let cell = |c: usize| -> String {
            let start = starts.get(c).map_or(columns.len(), |s| s.0);
            let end = starts.get(c + 1).map_or(columns.len(), |s| s.0);
            columns_text(&columns, start, end)
        };
        // (A rule of dashes, a spinner's frame, the tool's count under its table.)
        if progress_frame(line) || count_line(trim(line)) {
            list.structure.push((n, n));
            continue;
        }
        // (A tool's warning under its table that it left part out, PowerShell's `WARNING: 2
        // columns do not fit into the display and were removed.`)
        if after_log_level(trim(line)).is_some() && elsewhere(trim(line), None) {
            note_elsewhere(&mut list, n, trim(line));
            continue;
        }
        // A row whose word runs across where a column begins (`TikTok/Shareit` under a
        // header whose `Id` starts at its eighth column) is not in the table's columns
        // (a tool pads its cells, and cuts a long one with `…`): read as typed, whole.
        let crosses = starts
            .iter()
            .skip(1)
            .any(|&(at, _)| at > 0 && !space(&columns, at - 1) && !space(&columns, at));
        // (Or a sentence under the table in its first column alone, the writer's, `To pełna
        // lista.`: no row, three words at least and its stop.)
        let sentence = || {
            let text = trim(line);
            // (Its words after the first in lower case, `This is only page one, will scroll
            // and send the rest.`, whatever columns they reach.)
            let lower_words = text
                .split_whitespace()
                .skip(1)
                .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
                .count();
            text.ends_with(['.', '!', '?'])
                && text.split_whitespace().nth(2).is_some()
                && ((1..starts.len()).all(|c| cell(c).trim().is_empty()) || lower_words >= 3)
        };
        // (Or the console's next prompt under the table, `C:\Users\sophie>`, or a command
        // typed at it: the tool's, read as typed.)
        if crosses || sentence() || console_command(line) {
            if let Some(text) = checked_text(n, line.trim(), &mut list.notes) {
                list.typed_lines.push(n);
                typed_line(n, text, &mut list);
            }
            continue;
        }
        let name = name_col.map(&cell);
        let id = id_col.and_then(|c| clean_identifier(&cell(c)));
        if let Some(entry) = Entry::app(n, name.as_deref(), id.as_deref()) {
            list.entries.push(entry);
        } else if let Some(text) = checked_text(n, line.trim(), &mut list.notes) {
            list.entries.push(Entry::text(n, text));
        }
    }
    list
}

/// Whether a folded header word names a table's column: an app's name or identifier, or
/// one of [`OTHER_HEADERS`].
fn column_key(key: &str) -> bool {
    app_key(key) || OTHER_HEADERS.contains(key)
}

/// Words a table's header row is made of besides the name and identifier columns.
const OTHER_HEADERS: crate::text::Words = words!(
    "version|displayversion|publisher|vendor|source|size|date|installdate|installed\
     |installedon|available|status|state|updated|info|providername|type|kind|location\
     |path|installlocation|arch|architecture|channel|branch|origin|rev|notes|tracking\
     |developer|category|lastmodified|obtainedfrom|signedby|identifyingnumber|caption\
     |description|packagefullname|packagefamilyname|installstate|platform|user|device\
     |devicename|serialnumber|modified|bundleversion|shortversion|versioncode|versionname|build\
     |versión|versione|versão|versie|wersja|größe|taille|tamaño|dimensione|tamanho|grootte|rozmiar\
     |herausgeber|hersteller|anbieter|entwickler|éditeur|développeur|editor|desarrollador|editore\
     |sviluppatore|desenvolvedor|uitgever|ontwikkelaar|wydawca|producent|deweloper|datum|fecha|data\
     |estado|stato|statut|stan|typ|tipo|kategorie|catégorie|categoría|categoria|categorie|kategoria",
);

/// A table of aligned columns under a header row of column names (`wmic product get
/// name,version`, `Get-Package`, `scoop list`, a registry query through
/// `Format-Table`), with or without a dashes row: the name column is the app,
/// wherever it stands; versions, sizes, dates and publishers beside it are not.
fn aligned_table(lines: &[(usize, &str)]) -> Option<AppList> {
    // The header may come after a title line or a few ("Installed apps:", a report's name
    // and parameters; a greeting, the command and its log lines, `xcrun devicectl … --verbose`).
    (0..8.min(lines.len())).find_map(|skip| {
        let rest = lines.get(skip..)?;
        // (Below the fourth line, a header with rows under it: `Name  Vendor  Version`
        // last in a row of labels is no table.)
        let mut list = aligned_table_at(rest).filter(|list| skip < 4 || !list.entries.is_empty())?;
        read_titles(&mut list, lines.get(..skip).unwrap_or_default());
        // (And a mail's sign-off under it, `Cheers,` `Megan`: its frame, no apps.)
        signature(&mut list, lines);
        Some(list)
    })
}

fn aligned_table_at(lines: &[(usize, &str)]) -> Option<AppList> {
    let header_word = |w: &str| column_key(&header_key(w));
    // (The first column's word first: a first line of anything but column names, most
    // lists', is let go without its columns worked out.)
    if !header_word(&first_column_word(lines)) {
        return None;
    }
    let starts = column_starts(lines);
    if starts.len() < 2 {
        return None;
    }
    if !starts.iter().all(|(_, w)| header_word(w)) {
        return None;
    }
    let name_col = starts
        .iter()
        .position(|(_, w)| NAME_KEYS.contains(&header_key(w).as_str()));
    let id_col = starts
        .iter()
        .position(|(_, w)| ID_KEYS.contains(&header_key(w).as_str()));
    if name_col.is_none() && id_col.is_none() {
        return None;
    }
    let skip = if lines.get(1).is_some_and(|(_, l)| l.trim_start().starts_with("--")) {
        2
    } else {
        1
    };
    if !rows_fit(lines.get(skip..).unwrap_or_default(), &starts) {
        return None;
    }
    Some(table_rows(Format::Table, lines, &starts, skip, name_col, id_col))
}

/// A one-column list's header row over its names: `Name`, as `wmic product get name`
/// prints it, or a title typed the same way (`App name`, `Installed apps (23)`). Up to three
/// bare words a table's header is made of (in the plural too), one of them naming or
/// identifying an app; no app's name is made of only these (`Notes` alone names no
/// column of apps, and stays an app).
fn header_row(line: &str) -> bool {
    // (A count after the words: `Installed apps (23)`.)
    let line = match line.trim_end().strip_suffix(')').and_then(|l| l.rsplit_once(" (")) {
        Some((words, count)) if !count.is_empty() && count.bytes().all(|b| b.is_ascii_digit()) => words,
        _ => line,
    };
    let (mut words, mut names) = (0, false);
    for word in line.split_whitespace() {
        let mut key = header_key(word);
        if key.strip_suffix('s').is_some_and(app_key) {
            key.pop();
        }
        let app = app_key(&key);
        if !word.chars().all(char::is_alphanumeric) || !column_key(&key) {
            return false;
        }
        (words, names) = (words + 1, names || app);
    }
    names && words <= 3 && line.len() <= 40
}

/// Whether the rows under a header leave a gap where its columns start, as a tool's
/// table does (it pads or truncates every cell to its column): a header's words over
/// lines that run across them (`App name` over `TikTok`, `Google Maps`) are a title over
/// a typed list, which cutting at the words' places would mangle. A row in four may run
/// across (a name in wide characters shifts the rest of its row).
fn rows_fit(rows: &[(usize, &str)], starts: &[(usize, String)]) -> bool {
    let (mut read, mut across) = (0, 0);
    for (_, row) in rows {
        // (Whether the columns on both sides of where a column after the first starts
        // are not blank.)
        let columns = on_screen(row);
        let runs_across = starts
            .iter()
            .skip(1)
            .any(|&(at, _)| at > 0 && !space(&columns, at - 1) && !space(&columns, at));
        read += usize::from(!row.trim().is_empty());
        across += usize::from(runs_across);
    }
    across * 4 <= read
}

/// A Markdown (or any pipe-drawn) table: `| App | Package |`, a `|---|` rule, rows. The
/// header names the name and identifier columns; a cell in backticks is its text. `bare`:
/// cells between `|`s without spaces (`name|version`), as SQLite's list mode prints them.
fn pipe_table(lines: &[(usize, &str)], bare: bool) -> Option<AppList> {
    let cells = |l: &str| -> Vec<String> {
        let l = l.trim().trim_start_matches(VERTICALS).trim_end_matches(VERTICALS);
        l.split(VERTICALS)
            .map(|c| c.trim().trim_matches('`').trim().to_owned())
            .collect()
    };
    // (`| a | b |` in Markdown; `a | b | c` in zypper's tables; `│ a │ b │` in a box.)
    let piped = |l: &str| l.trim_start().starts_with(VERTICALS) || piped_cells(l) || bare && l.contains('|');
    // (The header: the first row that names an app's column. A table before it without one,
    // osquery's `| count(*) |` over `| 13 |`, is the text's structure.)
    let columns = |l: &str| {
        let keys: Vec<String> = cells(l).iter().map(|c| header_key(c)).collect();
        let name_col = NAME_KEYS.iter().find_map(|w| keys.iter().position(|k| k == w));
        let id_col = ID_KEYS.iter().find_map(|w| keys.iter().position(|k| k == w));
        (name_col.is_some() || id_col.is_some()).then_some((name_col, id_col))
    };
    let first_piped = lines.iter().position(|(_, l)| piped(l))?;
    let (header_at, (name_col, id_col)) = lines
        .iter()
        .enumerate()
        .skip(first_piped)
        .filter(|(_, (_, l))| piped(l))
        .take(8)
        .find_map(|(at, (_, l))| Some((at, columns(l)?)))?;
    let (header_line, _) = lines.get(header_at)?;
    let mut list = AppList {
        format: Format::Table,
        ..AppList::default()
    };
    for &(n, line) in lines.iter().take(header_at) {
        if n >= lines.get(first_piped).map_or(usize::MAX, |(f, _)| *f) && (piped(line) || border(line)) {
            list.structure.push((n, n));
        } else {
            typed_line(n, line, &mut list);
        }
    }
    list.structure.push((*header_line, *header_line));
    for &(n, line) in lines.iter().skip(header_at + 1) {
        if list.entries.len() > MAX_ENTRIES {
            break;
        }
        // (Not `less`'s prompt alone, `:`, which the typed reader weighs.)
        if border(line) || trim(line) != ":" && line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '+' | '=')) {
            list.structure.push((n, n));
            continue;
        }
        if !piped(line) {
            typed_line(n, line, &mut list);
            continue;
        }
        let row = cells(line);
        let name = name_col.and_then(|c| row.get(c)).map(String::as_str);
        let id = id_col.and_then(|c| row.get(c)).map(String::as_str);
        match Entry::app(n, name, id) {
            Some(entry) => list.entries.push(entry),
            None => list.notes.push(Note {
                line: n,
                skipped: Skipped::NoName,
            }),
        }
    }
    // A box drawn from a border over its header (mysql's and osquery's `+---+`, a `┌──┐`)
    // is closed by one under its last row: without it, the copy was cut after that row.
    let boxed = header_at
        .checked_sub(1)
        .and_then(|at| lines.get(at))
        .is_some_and(|&(_, l)| border(l));
    let last_row = boxed
        .then(|| lines.iter().rposition(|&(_, l)| piped(l)))
        .flatten()
        .filter(|&at| at > header_at && list.entries.len() <= MAX_ENTRIES);
    if let Some(last) = last_row {
        let closed = lines
            .get(last + 1..)
            .is_some_and(|after| after.iter().any(|&(_, l)| border(l)));
        if let Some(&(n, line)) = lines.get(last).filter(|_| !closed) {
            note_elsewhere(&mut list, n, trim(line));
        }
    }
    Some(list)
}

/// The lines between a table's cells: Markdown's `|`, and a box's `│`, `┃` and `║`.
const VERTICALS: [char; 4] = ['|', '│', '┃', '║'];

/// A row of a table drawn with borders: a vertical at either end (`| Slack | 4.36 |`,
/// `│ Slack │ 4.36 │`).
fn boxed_row(line: &str) -> bool {
    let line = trim(line);
    line.starts_with(VERTICALS) && line.ends_with(VERTICALS)
}

/// A table's border, ruled with ASCII or with box-drawing characters: osquery's and
/// mysql's `+-----+------+` over and under the header and under the last row, a box's
/// `┌──┬──┐`, `├──┼──┤`, `└──┴──┘` (SQLite's `.mode box`, DuckDB), Markdown's `|---|:--|`.
fn border(line: &str) -> bool {
    let line = trim(line);
    let ruled = |c: char| matches!(c, '-' | '=' | '─' | '━' | '═');
    line.chars().any(ruled)
        && line
            .chars()
            .all(|c| ruled(c) || matches!(c, '|' | '+' | ':' | ' ' | '\u{2500}'..='\u{257F}'))
}

/// `mas list`: `497799835  Xcode  (14.2)`, the App Store id, the name, the version.
fn mas_line(line: &str) -> Option<(Option<String>, Option<String>)> {
    let line = trim(line);
    if !line.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None; // (most lines: no search for the space after an id)
    }
    let (id, rest) = line.split_once(char::is_whitespace)?;
    if id.len() < 6 || !id.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let rest = rest.trim();
    let name = match rest.rfind('(') {
        Some(open) if rest.ends_with(')') => rest.get(..open).unwrap_or(rest).trim(),
        _ => rest,
    };
    Some((Some(name.to_owned()), Some(id.to_owned())))
}

/// The Windows registry's keys and their values, where Apps & features finds what is
/// installed (`…\CurrentVersion\Uninstall\…`): as `reg query` prints them (a key's path,
/// `HKEY_LOCAL_MACHINE\…`, then its values indented, `Name    REG_SZ    Data`, four spaces
/// apart; `/s`'s `End of search: N match(es) found.` at the end) or as regedit exports
/// them (`.reg`: `[HKEY_…]`, `"Name"="Data"`, `"Name"=dword:…`, a `hex` value's lines
/// after a `\`). Each key's `DisplayName` is an app, on its line; a key without one (a
/// component, a patch) is none; the rest is structure, and the lines of no such shape (a
/// prompt, the command, an error) are read as typed. Cut: `reg query /s`'s output of
/// several keys without its last line, a count of the names found (`/v DisplayName`)
/// above those here, or an export whose last value goes on after a `\`. `None` when no
/// key's line has a value's under it.
fn registry(lines: &[(usize, &str)]) -> Option<AppList> {
    let next_value = |at: usize| {
        lines
            .iter()
            .skip(at + 1)
            .find(|(_, l)| !trim(l).is_empty())
            .is_some_and(|&(_, l)| registry_value(l).is_some())
    };
    if !(0..lines.len()).any(|at| lines.get(at).is_some_and(|&(_, l)| registry_key(l)) && next_value(at)) {
        return None;
    }
    let mut list = AppList {
        format: Format::Registry,
        ..AppList::default()
    };
    let (mut export, mut continued, mut in_values) = (false, false, false);
    let (mut valued_keys, mut names, mut other_values) = (0, 0, 0);
    let mut end: Option<(usize, usize)> = None;
    let mut last = None;
    for &(n, line) in lines {
        let t = trim(line);
        if t.is_empty() {
            continue;
        }
        last = Some((n, t));
        if continued {
            list.structure.push((n, n));
            continued = t.ends_with('\\');
            continue;
        }
        if matches!(t, "Windows Registry Editor Version 5.00" | "REGEDIT4") {
            export = true;
            list.structure.push((n, n));
            continue;
        }
        if registry_key(line) {
            in_values = false;
            list.structure.push((n, n));
            continue;
        }
        if let Some((name, data)) = registry_value(line) {
            valued_keys += usize::from(!in_values);
            in_values = true;
            continued = t.ends_with('\\') && data.is_none();
            let entry = name
                .eq_ignore_ascii_case("DisplayName")
                .then(|| data.as_deref().and_then(|d| Entry::app(n, Some(d), None)))
                .flatten();
            match entry {
                Some(entry) => {
                    names += 1;
                    list.entries.push(entry);
                }
                None => {
                    other_values += usize::from(!name.eq_ignore_ascii_case("DisplayName"));
                    list.structure.push((n, n));
                }
            }
            continue;
        }
        if let Some(found) = t
            .strip_prefix("End of search: ")
            .and_then(|r| r.split(' ').next())
            .and_then(|c| c.parse::<usize>().ok())
        {
            list.structure.push((n, n));
            end = Some((n, found));
            continue;
        }
        typed_line(n, line, &mut list);
    }
    let cut = if export {
        continued
    } else {
        end.is_none() && valued_keys >= 2
    };
    match (cut, end) {
        (true, _) => {
            if let Some((n, t)) = last {
                note_elsewhere(&mut list, n, t);
            }
        }
        (false, Some((n, found))) if other_values == 0 && found > names => {
            note_elsewhere(&mut list, n, &format!("End of search: {found} match(es) found."));
        }
        _ => {}
    }
    Some(list)
}

/// Whether a line is a registry key's: `reg query`'s `HKEY_LOCAL_MACHINE\…`, a `.reg`
/// export's `[HKEY_…]`.
fn registry_key(line: &str) -> bool {
    let t = trim(line);
    let t = t.strip_prefix('[').and_then(|t| t.strip_suffix(']')).unwrap_or(t);
    t.starts_with("HKEY_") && !t.contains("    ")
}

/// A registry value's line, its name and its data when that is a string: `reg query`'s
/// `    Name    REG_SZ    Data` (indented, four spaces apart; `REG_DWORD`'s data no
/// string), a `.reg` export's `"Name"="Data"` (`\"` and `\\` escaped), `"Name"=dword:…`,
/// `"Name"=hex(2):…`, `@="…"` (the key's default value).
fn registry_value(line: &str) -> Option<(String, Option<String>)> {
    if line.starts_with("    ") || line.starts_with('\t') {
        let mut parts = line.trim_start().splitn(3, "    ");
        let (name, kind) = (parts.next()?, parts.next()?.trim());
        let known = kind
            .strip_prefix("REG_")
            .is_some_and(|k| !k.is_empty() && k.bytes().all(|b| b.is_ascii_uppercase() || b == b'_'));
        if !known {
            return None;
        }
        let data = parts.next().map(|d| d.trim().to_owned());
        return Some((
            name.to_owned(),
            data.filter(|_| matches!(kind, "REG_SZ" | "REG_EXPAND_SZ")),
        ));
    }
    let t = trim(line);
    let (name, value) = match t.strip_prefix("@=") {
        Some(value) => (String::from("(Default)"), value),
        None => {
            let rest = t.strip_prefix('"')?;
            let end = rest.find("\"=")?;
            (rest.get(..end)?.replace("\\\\", "\\"), rest.get(end + 2..)?)
        }
    };
    let data = value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .map(|v| v.replace("\\\"", "\"").replace("\\\\", "\\"));
    let other = value.starts_with("dword:") || value.starts_with("qword:") || value.starts_with("hex") || value == "-";
    (data.is_some() || other).then_some((name, data))
}

/// `adb shell dumpsys package packages`: a `Package [id] (hash):` line per app and its
/// indented details; a user line with `installed=false` says the app is not there.
fn dumpsys(lines: &[(usize, &str)]) -> AppList {
    let mut list = AppList {
        format: Format::AndroidDumpsys,
        ..AppList::default()
    };
    let mut current: Option<usize> = None; // the line of the package being read
    for &(n, line) in lines {
        if list.entries.len() > MAX_ENTRIES {
            break;
        }
        let text = line.trim();
        if let Some(id) = dumpsys_package(text) {
            list.entries.extend(Entry::app(n, None, Some(id)));
            current = Some(n);
        } else if line.starts_with(char::is_whitespace) && current.is_some()
            || text.ends_with(':') && !text.contains(' ')
        {
            // The package's details, or a section heading (`Packages:`).
            list.structure.push((n, n));
            if text.contains("installed=false") {
                if let Some(at) = current {
                    list.mentions.push((at, Mention::Status));
                }
            }
        } else {
            current = None;
            typed_line(n, line, &mut list);
        }
    }
    // (The last package with none of the details the one above has, or only its first few
    // and at most half of them, `userId=10199` under `Package [com.spotify.music]`: the
    // copy ended inside it. A package's details are many, and some are only some
    // packages', so a whole one may lack a few.)
    let mut records: Vec<Vec<&str>> = Vec::new();
    for &(_, line) in lines {
        let text = line.trim();
        if dumpsys_package(text).is_some() {
            records.push(Vec::new());
        } else if let (true, Some(record)) = (line.starts_with(char::is_whitespace), records.last_mut()) {
            if let Some((key, _)) = text.split_once('=').filter(|(k, _)| !k.is_empty() && !k.contains(' ')) {
                record.push(key);
            }
        }
    }
    if let ([.., before, last], Some(&(n, line))) = (records.as_slice(), lines.last()) {
        // (Two details at most: a package uninstalled with its data kept has a few of its
        // own, `pkg=null` among them.)
        let kept = lines
            .iter()
            .rev()
            .take_while(|(_, l)| dumpsys_package(l.trim()).is_none())
            .any(|(_, l)| l.trim() == "pkg=null");
        let short = last.is_empty() && before.len() >= 2
            || keys_cut_short(last, before) && last.len() * 2 <= before.len() && last.len() <= 2;
        if short && !kept && current.is_some() {
            note_elsewhere(&mut list, n, trim(line));
        }
    }
    list
}

/// A database client's rows one field a line: psql's expanded display (`\x`, `-[ RECORD 1
/// ]----`, then `app_name     | Telegram`) and mysql's vertical one (`\G`, `*** 1. row
/// ***`, then ` app_name: Telegram`). Each row a record of [`list_view`]'s, one app by the
/// keys a table's header would have; the rules between rows the tool's.
fn vertical_records(lines: &[(usize, &str)]) -> AppList {
    let fields: Vec<(usize, &str)> = lines.iter().filter(|(_, l)| !vertical_rule(trim(l))).copied().collect();
    let mut list = list_view(&fields, vertical_field);
    for &(n, line) in lines {
        if vertical_rule(trim(line)) {
            list.structure.push((n, n));
        }
    }
    // (The copy stopped in the last row, its last lines the text's: a field left empty
    // that the row above filled, `bundle_id |`, or one the row above has missing.)
    let rules: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, (_, l))| vertical_rule(trim(l)))
        .map(|(at, _)| at)
        .collect();
    if let [.., above, last] = rules.as_slice() {
        let row = |from: usize, to: usize| -> Vec<(&str, &str)> {
            lines
                .get(from + 1..to)
                .unwrap_or_default()
                .iter()
                .filter_map(|(_, l)| vertical_field(l))
                .collect()
        };
        let (before, cut) = (row(*above, *last), row(*last, lines.len()));
        let filled = |key: &str| before.iter().any(|(k, v)| *k == key && !v.is_empty());
        let fields_last = lines
            .get(last + 1..)
            .unwrap_or_default()
            .iter()
            .all(|(_, l)| is_blank(l) || vertical_field(l).is_some());
        let short = cut.iter().any(|(k, v)| v.is_empty() && filled(k))
            || before.iter().any(|(k, _)| !cut.iter().any(|(c, _)| c == k));
        if let (true, true, Some(&(n, line))) = (fields_last, short, lines.iter().rev().find(|(_, l)| !is_blank(l))) {
            note_elsewhere(&mut list, n, trim(line));
        }
    }
    list
}

/// The rule over a row of [`vertical_records`]: psql's `-[ RECORD 3 ]-----` (`]+---` under
/// a header's width), mysql's `***************************  3. row ***************************`.
pub(super) fn vertical_rule(line: &str) -> bool {
    match line.as_bytes().first() {
        Some(b'-') => line.starts_with("-[ RECORD ") && line.contains(']'),
        Some(b'*') => line.starts_with("*****") && line.ends_with("*****") && line.contains(". row "),
        _ => false,
    }
}

/// A field of [`vertical_records`]: psql's key padded before ` | ` and its value (none
/// after a cut, `bundle_id |`), or mysql's ` app_name: Telegram` ([`record_line`]).
fn vertical_field(line: &str) -> Option<(&str, &str)> {
    let piped = line
        .split_once(" | ")
        .or_else(|| line.trim_end().strip_suffix(" |").map(|key| (key, "")));
    if let Some((key, value)) = piped {
        let key = key.trim();
        let plain = key.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
            && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if plain {
            return Some((key, value.trim()));
        }
    }
    record_line(line)
}

/// The package in `Package [com.example] (3f9a0d2):`.
fn dumpsys_package(text: &str) -> Option<&str> {
    if text.as_bytes().first() != Some(&b'P') {
        return None; // (most lines: no prefix compared)
    }
    let rest = text.strip_prefix("Package [")?;
    let (id, after) = rest.split_once(']')?;
    after.trim_start().starts_with('(').then_some(id)
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
        if list.entries.len() > MAX_ENTRIES {
            break;
        }
        match line.split_once(':') {
            Some((key, value)) if key.trim() == "Name" => {
                if let Some(entry) = Entry::app(n, None, clean_identifier(value).as_deref()) {
                    list.entries.push(entry);
                }
            }
            // The package's other properties: `Publisher : CN=…`, `Version : 1.0`, and
            // a long value's next lines, indented under it.
            Some((key, _)) if !key.trim().is_empty() && !key.trim().contains(char::is_whitespace) => {
                list.structure.push((n, n));
            }
            _ if line.starts_with(char::is_whitespace) => list.structure.push((n, n)),
            _ => {
                if let Some(text) = checked_text(n, line.trim(), &mut list.notes) {
                    typed_line(n, text, &mut list);
                }
            }
        }
    }
    let key = |line: &str| {
        let (key, _) = line.split_once(':')?;
        let key = key.trim();
        (!line.starts_with(char::is_whitespace) && !key.is_empty() && !key.contains(char::is_whitespace))
            .then(|| key.to_owned())
    };
    if let Some((n, line)) = record_cut_short(lines, &key) {
        note_elsewhere(&mut list, n, trim(line));
    }
    list
}

/// The last line of a list view's last record, when that record has only the first of
/// the keys the record before it has, in their order (`Name`, `Publisher` of `Get-
/// AppxPackage`'s eighteen): the copy ended inside it. (A tool's list view writes every
/// property of every record, an empty one too, `ResourceId :`.) A record ends where one
/// of its keys comes again; `key` is a line's key, if it has one.
fn record_cut_short<'a>(lines: &[(usize, &'a str)], key: &dyn Fn(&str) -> Option<String>) -> Option<(usize, &'a str)> {
    let (mut before, mut keys): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    let mut last = None;
    for &(n, line) in lines {
        let Some(key) = key(line) else { continue };
        if keys.contains(&key) {
            before = std::mem::take(&mut keys);
        }
        keys.push(key);
        last = Some((n, line));
    }
    // (Or the text's last line, after the last key, cut inside the key that comes next or
    // right after it, `Versi`, `PackageFullN`, `Version` without its colon: the beginning
    // of the key the record above has next, or of a record's first, read as a key when a
    // colon and a value are put after it.)
    // (Right under the last keyed line, a blank line between at most: a sign-off under the
    // records, `Thanks,` then `Nam`, is none.)
    let mut written = lines.iter().rev().filter(|(_, l)| !l.trim().is_empty());
    let (tail, above) = (written.next(), written.next());
    // (Or under a record's heading, `    Microsoft Outlook:`.)
    let under_last = above.is_some_and(|&(at, l)| last.is_some_and(|(n, _)| n == at) || l.trim_end().ends_with(':'));
    if let Some(&(n, line)) =
        tail.filter(|&&(n, l)| under_last && last.is_none_or(|(at, _)| n > at) && key(l).is_none())
    {
        let begun = key(&format!("{}: x", line.trim_end().trim_end_matches(':'))).filter(|k| !k.is_empty());
        let next = before.get(keys.len()).filter(|_| before.starts_with(&keys));
        if begun.is_some_and(|k| {
            [next, keys.first()]
                .into_iter()
                .flatten()
                .any(|key| key.starts_with(k.as_str()))
        }) {
            return Some((n, line));
        }
    }
    last.filter(|_| keys_cut_short(&keys, &before))
}

/// Whether a record's keys are the first few of the record's before it, in their order,
/// and not all of them: the copy ended inside it. (A tool writes a record's keys in one
/// order, so a copy that stops inside one keeps the first; a record that leaves out a key
/// in the middle is whole, its tool's optional field.)
pub(super) fn keys_cut_short<K: PartialEq>(last: &[K], before: &[K]) -> bool {
    !last.is_empty() && last.len() < before.len() && before.starts_with(last)
}

/// Whether a line has cells between ` | `: zypper's tables, a Markdown table without
/// its outer pipes (`App | Status`).
fn piped_cells(line: &str) -> bool {
    // (A search for the byte first, a word at a time: most lines have none.)
    line.as_bytes().contains(&b'|') && line.contains(" | ")
}

/// A line of PowerShell's list view: its property's name, padded with spaces, then
/// ` : ` and the value (`Name              : TikTok`); or of osquery's and SQLite's line
/// mode, the name padded on the left, then ` = ` (`     name = TikTok`): the key and
/// the value.
fn list_view_line(line: &str) -> Option<(&str, &str)> {
    // (A byte search for the mark: the format is tried on every line of a list.)
    let mark = line.bytes().position(|b| b == b':' || b == b'=')?;
    // (`wmic … /format:list` writes a column's name and `=` with no space: `Name=CapCut`.)
    if mark > 0 && line.as_bytes().get(mark) == Some(&b'=') && line.as_bytes().get(mark - 1) != Some(&b' ') {
        let key = line.get(..mark)?;
        let plain = key.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
            && key.bytes().all(|b| b.is_ascii_alphanumeric());
        return (plain && column_key(&header_key(key))).then(|| (key, line.get(mark + 1..).unwrap_or("").trim()));
    }
    let mark = Some(mark).filter(|&at| at > 0 && line.as_bytes().get(at - 1) == Some(&b' '))?;
    let (key, value) = (line.get(..mark - 1)?, line.get(mark + 1..)?);
    let key = key.trim();
    let plain = key.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
        && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    // (NeXTSTEP's property lists, as `cfgutil` prints them, end a value with `;` and
    // quote it when it has more than letters: `displayName = "Google Maps";`.)
    let value = value.trim();
    let value = match value.strip_suffix(';') {
        Some(v) => v.strip_prefix('"').and_then(|v| v.strip_suffix('"')).unwrap_or(v),
        None => value,
    };
    (plain && (value.is_empty() || line.as_bytes().get(mark + 1) == Some(&b' '))).then_some((key, value))
}

/// A line of a record of `Key: value` lines, the key with no space before its colon
/// (`Name: Chrome`, `packageName: com.android.chrome`, `categories:`), or one of
/// [`list_view_line`]'s: the key and the value.
fn record_line(line: &str) -> Option<(&str, &str)> {
    if let Some(field) = list_view_line(line) {
        return Some(field);
    }
    let (key, value) = line.split_once(':')?;
    let key = key.trim_start();
    let plain = key.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
        && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    // (A value after a space, or none: not a time's `12:30` nor a link's `https://`.)
    (plain && (value.is_empty() || value.starts_with(' '))).then(|| (key, value.trim()))
}

/// Whether most lines are records of [`record_line`]s, or their values' next lines
/// indented under them, and name an app and identify it, each twice at least (`Name:` and
/// `packageName:`), by the keys a table's header would have.
fn keyed_records(lines: &[(usize, &str)]) -> bool {
    let (mut names, mut ids, mut fields) = (0, 0, 0);
    for &(_, line) in lines {
        // (Most lines of most lists have no colon and are not indented: let go in one look
        // at their bytes.)
        if !line.as_bytes().contains(&b':') {
            fields += usize::from(line.starts_with(char::is_whitespace));
            continue;
        }
        let field = record_line(line);
        if field.is_some() || line.starts_with(char::is_whitespace) {
            fields += 1;
        }
        if let Some((key, _)) = field.filter(|(_, value)| !value.is_empty()) {
            let key = header_key(key);
            if NAME_KEYS.contains(&key.as_str()) {
                names += 1;
            } else if ID_KEYS.contains(&key.as_str()) {
                ids += 1;
            }
        }
    }
    names >= 2 && ids >= 2 && fields * 10 >= lines.len() * 6
}

/// PowerShell's list view: records of `Key : value` lines, one app each, by the first
/// of its keys that names an app (`Name`, `DisplayName`, as a table's header would) and
/// one that identifies it; a record ends where a key comes again. The other properties
/// (`Vendor`, `Caption`: the name again) and a long value's next lines are structure.
fn list_view(lines: &[(usize, &str)], field: fn(&str) -> Option<(&str, &str)>) -> AppList {
    let mut list = AppList {
        format: Format::ListView,
        ..AppList::default()
    };
    // The record being read: its keys, and its best name and identifier so far (the
    // rank of the key in NAME_KEYS / ID_KEYS, the line, the value).
    type Best = Option<(usize, usize, String)>;
    let mut keys: Vec<String> = Vec::new();
    let (mut name, mut id): (Best, Best) = (None, None);
    // (The record's name line was marked structure when read: it is the entry's line,
    // among the record's last few.)
    let flush = |list: &mut AppList, name: &mut Best, id: &mut Best| {
        let (name, id) = (name.take(), id.take());
        let Some(line) = name.as_ref().or(id.as_ref()).map(|(_, line, _)| *line) else {
            return;
        };
        let name = name.as_ref().map(|n| n.2.as_str());
        if let Some(entry) = Entry::app(line, name, id.as_ref().map(|i| i.2.as_str())) {
            if let Some(at) = list.structure.iter().rposition(|(l, _)| *l == line) {
                list.structure.remove(at);
            }
            list.entries.push(entry);
        }
    };
    // Lines before the first record and after the last are the tool's own (DISM's
    // banner, `Version: 10.0…` and "The operation completed successfully.", a
    // PowerShell prompt): structure, unless what they say is a note. (A policy app's name
    // there is still found by the sweep, and asked about.) Between records, a line in
    // another shape is read as text.
    let record = |&&(_, line): &&(usize, &str)| field(line).is_some();
    let first = lines.iter().find(record).map_or(0, |&(n, _)| n);
    let last = lines.iter().rev().find(record).map_or(usize::MAX, |&(n, _)| n);
    for &(n, line) in lines {
        if list.entries.len() > MAX_ENTRIES {
            break;
        }
        let Some((key, value)) = field(line) else {
            if line.starts_with(char::is_whitespace) && (first..=last).contains(&n) {
                list.structure.push((n, n)); // a long value's next line
            } else if n < first || n > last {
                // (Weighed as a typed line for what it says, `More in a second message.`,
                // `-- More --`: its notes kept, its names not.)
                let mut said = AppList::default();
                if let Some(text) = checked_text(n, line.trim(), &mut said.notes) {
                    typed_line(n, text, &mut said);
                }
                // (And its counts, `COUNT(*): 11` above the rows, `5 rows in set`.)
                list.counts.append(&mut said.counts);
                if said.notes.is_empty() {
                    list.structure.push((n, n));
                } else {
                    list.notes.append(&mut said.notes);
                    list.structure.append(&mut said.structure);
                }
            } else if let Some(text) = checked_text(n, line.trim(), &mut list.notes) {
                typed_line(n, text, &mut list);
            }
            continue;
        };
        let key = header_key(key);
        if keys.contains(&key) {
            flush(&mut list, &mut name, &mut id);
            keys.clear();
        }
        let better = |slot: &Best, rank: usize| slot.as_ref().is_none_or(|(r, _, _)| rank < *r);
        if let Some(rank) = NAME_KEYS
            .iter()
            .position(|k| *k == key)
            .filter(|&r| !value.is_empty() && better(&name, r))
        {
            name = Some((rank, n, value.to_owned()));
        } else if let Some(rank) = ID_KEYS
            .iter()
            .position(|k| *k == key)
            .filter(|&r| !value.is_empty() && better(&id, r))
        {
            id = Some((rank, n, value.to_owned()));
        }
        list.structure.push((n, n));
        keys.push(key);
    }
    flush(&mut list, &mut name, &mut id);
    let key = |line: &str| field(line).map(|(key, _)| header_key(key));
    if let Some((n, line)) =
        record_cut_short(lines, &key).filter(|&(n, _)| !list.notes.iter().any(|note| note.line == n))
    {
        note_elsewhere(&mut list, n, trim(line));
    }
    list
}

/// `snap list`: the first column is the snap's name, also its identifier.
fn snap(lines: &[(usize, &str)]) -> AppList {
    let mut list = by_line_marked(Format::SnapList, lines.get(1..).unwrap_or(&[]), &|line| {
        // (The console's next prompt under the rows: its frame.)
        if super::account::typed_command(line) {
            return Some(Line::Structure);
        }
        let name = line.split_whitespace().next()?;
        // (A snap's name is lower-case letters, digits and inner hyphens: a pager's
        // `--More-- (38% of 1618 bytes)` is read as typed.)
        let snap = name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !name.starts_with('-')
            && !name.ends_with('-')
            && name.bytes().any(|b| b.is_ascii_lowercase());
        snap.then(|| Line::App {
            name: Some(name.to_owned()),
            id: Some(name.to_owned()),
            installed: true,
        })
    });
    list.structure.extend(with_header(Format::SnapList, lines, 1).structure);
    list
}

/// A Linux package manager's installed packages, one a line: `apt list --installed`
/// (`name/suites version arch [installed,…]` under "Listing... Done"), `dpkg -l` (`ii
/// name version arch description` under its five lines of header) and `rpm -qa`
/// (`name-version-release.arch`). The package's name is the entry, as a name and as an
/// identifier (as `snap list`'s is). A package the list says is not installed (`dpkg
/// -l`'s `rc` and `un`, `apt list`'s residual configuration or a line without a status)
/// is a mention of it, not an app on the device.
fn linux_packages(lines: &[(usize, &str)]) -> AppList {
    let mut list = by_line_marked(Format::LinuxPackages, lines, &|text| {
        if linux_header(text) {
            return Some(Line::Structure);
        }
        let (name, installed) = linux_package(text)?;
        Some(Line::App {
            name: Some(name.to_owned()),
            id: Some(name.to_owned()),
            installed,
        })
    });
    // (The last line the beginning of a package's row and not the whole row, under rows
    // that are whole: `rpm -qa`'s `zoo` or `zoom-6.0.2.46`, `apt list`'s `zoom/jammy 6.0`,
    // `dpkg -l`'s `ii  zoo`. The copy ended inside it, whatever ends the text: a remark
    // typed under the list has a capital, a space or a stop.)
    if let Some(&(n, last)) = lines.last() {
        let text = trim(last);
        let first = text.split_whitespace().next().unwrap_or("");
        // (rpm's name and the beginning of its version, each of its parts a number's,
        // `zoom-6.0.2.46`, `zoom-6.0.2.4680-1.x8`; not a host's name, `lt-0193.corp.example.com`,
        // nor a word, `thanks`.)
        let nevra = |w: &str| {
            w.char_indices().any(|(at, c)| {
                c == '-'
                    && w.get(at + 1..).is_some_and(|v| {
                        let version = v.split('-').next().unwrap_or("");
                        version.starts_with(|c: char| c.is_ascii_digit())
                            && version.split('.').all(|p| p.starts_with(|c: char| c.is_ascii_digit()))
                    })
            })
        };
        // (apt's name and suites, `zoom/jam`, one slash and no dot after it.)
        let apt = |w: &str| {
            w.split_once('/')
                .is_some_and(|(name, suites)| package_name(name) && !suites.contains(['/', '.']))
        };
        let one_word = !text.contains(char::is_whitespace);
        let begun = one_word && package_name(first) && nevra(first)
            || apt(first) && text.split_whitespace().nth(2).is_none()
            || dpkg_state(first) && text.split_whitespace().nth(1).is_some_and(package_name);
        let rows = lines.iter().rev().skip(1).take(3);
        let rows = rows.filter(|(_, l)| linux_package(l).is_some()).count();
        if begun
            && rows >= 2
            && linux_package(text).is_none()
            && !linux_header(text)
            && !list.notes.iter().any(|note| note.line == n)
        {
            list.entries.retain(|e| e.line != n);
            note_elsewhere(&mut list, n, text);
        }
    }
    list
}

/// Whether a word is `dpkg -l`'s wanted and current state of a package (`ii`, `rc`,
/// `hi`, `iU`, with an `R` when it needs reinstalling).
fn dpkg_state(word: &str) -> bool {
    let state = word.as_bytes();
    matches!((state.first(), state.get(1), state.len()), (Some(wanted), Some(current), 2..=3)
        if b"uirhp".contains(wanted) && b"ncUCFHWti".contains(current) && state.get(2).is_none_or(|r| *r == b'R'))
}

/// The lines of `apt list`, `dpkg -l` and `dnf`/`yum list installed` around their
/// packages, and the keys `rpm -qa` lists among them (`gpg-pubkey-fd431d51-4ae0493b`: a
/// signing key rpm trusts, not an app).
fn linux_header(line: &str) -> bool {
    [
        "Listing...",
        "Desired=",
        "| Status=",
        "|/ Err?=",
        "||/ ",
        "+++-",
        "gpg-pubkey-",
        "Installed Packages",
        "Installed packages",
        "Last metadata expiration check:",
    ]
    .iter()
    .any(|start| line.starts_with(start))
}

/// Debian's architectures, as `apt list` and `dpkg -l` write them.
const DEB_ARCHES: &[&str] = &[
    "all", "amd64", "arm64", "armhf", "armel", "i386", "ppc64el", "s390x", "riscv64", "mips64el",
];

/// RPM's architectures, as the end of `rpm -qa`'s lines.
const RPM_ARCHES: &[&str] = &[
    "x86_64", "noarch", "i686", "i386", "aarch64", "armv7hl", "ppc64le", "s390x", "riscv64",
];

/// A package line of `apt list`, `dpkg -l` or `rpm -qa`: the package's name, and whether
/// the line says it is installed.
fn linux_package(line: &str) -> Option<(&str, bool)> {
    may_be_linux_package(line).then(|| package_words(line)).flatten()
}

/// [`linux_package`] word by word.
fn package_words(line: &str) -> Option<(&str, bool)> {
    let mut words = line.split_whitespace();
    let first = words.next()?;
    // apt: `name/suites version arch`, then its status in brackets when installed.
    if let Some((name, _suites)) = first.split_once('/') {
        let (_version, arch) = (words.next()?, words.next()?);
        let status = words.next();
        if !package_name(name) || !DEB_ARCHES.contains(&arch) || status.is_some_and(|s| !s.starts_with('[')) {
            return None;
        }
        return Some((name, status.is_some() && !line.contains("residual-config")));
    }
    // dpkg -l: the wanted and the current state (`ii`, `rc`, `hi`, `iU`, with an `R` when
    // it needs reinstalling), then name, version, architecture and description.
    if let (true, Some(current)) = (dpkg_state(first), first.as_bytes().get(1)) {
        let name = words.next()?;
        // (A package of another architecture: `libc6:i386`.)
        let name = name.split_once(':').map_or(name, |(name, _)| name);
        let (_version, arch) = (words.next()?, words.next()?);
        // (One it knows of and never installed, `un`, has no version or architecture:
        // `<none>`.)
        let known = DEB_ARCHES.contains(&arch) || arch == "<none>" && *current == b'n';
        return (package_name(name) && known).then_some((name, !matches!(current, b'n' | b'c')));
    }
    // dnf and yum `list installed`: `name.arch version @repo` (`@@commandline` for a
    // file installed by hand); dpkg --get-selections: `name install` (`deinstall` and
    // `purge`: removed; `hold`: installed, kept at its version).
    if let Some(second) = words.next() {
        let third = words.next();
        if let (Some((name, arch)), Some(repo)) = (first.rsplit_once('.'), third) {
            let row = RPM_ARCHES.contains(&arch) && repo.starts_with('@') && words.next().is_none();
            return (row && package_name(name)).then_some((name, true));
        }
        let name = first.split_once(':').map_or(first, |(name, _)| name);
        let installed = match second {
            "install" | "hold" => true,
            "deinstall" | "purge" => false,
            _ => return None,
        };
        return (third.is_none() && package_name(name)).then_some((name, installed));
    }
    // rpm -qa: `name-version-release.arch`, one word.
    let (rest, arch) = first.rsplit_once('.')?;
    let (rest, _release) = rest.rsplit_once('-')?;
    let (name, _version) = rest.rsplit_once('-')?;
    (RPM_ARCHES.contains(&arch) && package_name(name)).then_some((name, true))
}

/// Whether a line has what each of [`linux_package`]'s shapes needs: a `/` (apt) or a
/// `.` (dnf, rpm), a first word of two or three letters (dpkg's state), or a last word
/// that is dpkg's selection. One look at its bytes, where the full test splits it into
/// words: it is tried on a typed list's lines, and most are none of these.
fn may_be_linux_package(line: &str) -> bool {
    let bytes = line.as_bytes();
    if bytes.iter().any(|&b| b == b'/' || b == b'.') {
        return true;
    }
    // (White space or a character beyond ASCII first: left to the full test.)
    let first = bytes
        .iter()
        .position(|&b| matches!(b, b'\t'..=b'\r' | b' ') || !b.is_ascii())
        .unwrap_or(bytes.len());
    if first <= 3 || bytes.get(first).is_some_and(|b| !b.is_ascii()) {
        return true;
    }
    let last = line.trim_end();
    ["install", "hold", "purge"].iter().any(|w| last.ends_with(w))
}

/// `brew list`'s headings in a terminal (Homebrew's `ohai`, before its formulae and
/// its casks).
fn brew_heading(line: &str) -> bool {
    matches!(line, "==> Formulae" | "==> Casks")
}

/// A Brewfile's line, as `brew bundle dump` writes it: a directive, then its argument
/// in double quotes, then options after a comma. A formula, a cask, a `whalebrew` image,
/// a Go, Cargo or uv tool or a Flatpak is an app by its name; an App Store app (`mas
/// "Xcode", id: 497799835`) by its name and its store id; a tap and an editor's
/// extension (`vscode`) are none; a comment is the file's. `None` for any other line.
fn brewfile_line(line: &str) -> Option<Line> {
    let line = trim(line);
    if line.starts_with('#') {
        return Some(Line::Structure);
    }
    let (directive, rest) = line.split_once(' ')?;
    let rest = rest.trim_start().strip_prefix('"')?;
    let (name, options) = rest.split_once('"')?;
    let options = options.trim();
    if name.is_empty() || !(options.is_empty() || options.starts_with(',')) {
        return None;
    }
    let app = |id: Option<String>| Line::App {
        name: Some(name.to_owned()),
        id,
        installed: true,
    };
    match directive {
        "tap" | "vscode" => Some(Line::Structure),
        "brew" | "cask" | "whalebrew" | "go" | "cargo" | "uv" | "flatpak" => Some(app(None)),
        "mas" => {
            let id = options
                .split_once("id:")
                .map(|(_, id)| id.trim().trim_end_matches(',').trim())
                .filter(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))?;
            Some(app(Some(id.to_owned())))
        }
        _ => None,
    }
}

/// `brew list` copied from a terminal: under its headings, formula and cask names in
/// the columns `ls -C` makes (tabs, or the spaces a terminal copies them as). A line of
/// anything else (a warning) is read as typed.
fn homebrew(lines: &[(usize, &str)]) -> AppList {
    by_line_marked(Format::Homebrew, lines, &|text| {
        if brew_heading(text) {
            return Some(Line::Structure);
        }
        let names: Vec<String> = text.split_whitespace().map(str::to_owned).collect();
        let known = !names.is_empty() && names.iter().all(|name| package_name(name) || brew_versioned(name));
        known.then_some(Line::Apps(names))
    })
}

/// A package and its version a line: each line's package is its name. Chocolatey ends
/// its list with its count (`3 packages installed.`): its banner without one was cut.
/// Under the count, Chocolatey 0.10 and 1 print one of their adverts, which end at their
/// link (`Enjoy using Chocolatey? …` … `https://chocolatey.org/compare`): the tool's lines.
fn package_versions(lines: &[(usize, &str)]) -> AppList {
    let advert: Vec<&str> = chocolatey_advert(lines)
        .and_then(|(from, to)| lines.get(from..=to))
        .unwrap_or_default()
        .iter()
        .map(|(_, t)| trim(t))
        .collect();
    let mut list = by_line_marked(Format::PackageVersions, lines, &|text| {
        if package_chatter(text) || advert.contains(&text) {
            return Some(Line::Structure);
        }
        package_version(text).map(|name| Line::App {
            name: Some(name.to_owned()),
            id: None,
            installed: true,
        })
    });
    let banner = lines
        .iter()
        .any(|(_, l)| trim(l).strip_prefix("Chocolatey v").is_some_and(is_version));
    let counted = || lines.iter().any(|(_, l)| package_count(trim(l)));
    if banner && !counted() {
        if let Some(&(n, line)) = lines.iter().rev().find(|(_, l)| !trim(l).is_empty()) {
            note_elsewhere(&mut list, n, line);
        }
    }
    list
}

/// Where Chocolatey's advert under its count is (the indices of its first and last
/// lines): from the line after `N packages installed.` to its link,
/// `https://chocolatey.org/compare`, the text's last line.
fn chocolatey_advert(lines: &[(usize, &str)]) -> Option<(usize, usize)> {
    // (It ends the text: most texts are let go by their last line.)
    let link = lines.iter().rposition(|(_, l)| !trim(l).is_empty())?;
    if !lines.get(link)?.1.contains("chocolatey.org/compare") {
        return None;
    }
    let count = lines.get(..link)?.iter().rposition(|(_, l)| package_count(trim(l)))?;
    Some((count + 1, link))
}

/// Chocolatey's count under its list: `12 packages installed.`
fn package_count(line: &str) -> bool {
    // (Most lines are let go by their end.)
    if !line.ends_with("installed.") && !line.ends_with("installed") {
        return false;
    }
    let mut words = line.split(' ');
    let (count, packages, installed) = (words.next(), words.next(), words.next());
    words.next().is_none()
        && count.is_some_and(|c| !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit()))
        && matches!(packages, Some("package" | "packages"))
        && matches!(installed, Some("installed." | "installed"))
}

/// The lines a package manager writes around its list: Chocolatey's banner
/// (`Chocolatey v2.2.2`) and count (`12 packages installed.`), old Scoop's heading
/// (`Installed apps:`), a header row over the packages (`Package  Version`).
fn package_chatter(line: &str) -> bool {
    // (And a device's system, `iOS 17.2`, written as a package and its version are.)
    if line == "Installed apps:" || header_row(line) || device_itself(line, first_word_hash(line)) {
        return true;
    }
    if let Some(version) = line.strip_prefix("Chocolatey v") {
        return is_version(version);
    }
    package_count(line)
}

/// The package of a line that gives a package and its version(s): `name version`
/// (`choco list`, `pacman -Q`, `brew list --versions`, which may give several) or
/// `name|version` (`choco list -r`). A version begins with a digit (`v2.1` too) and has
/// a dot or a dash after it (`120.0.6099.110`, `3-2`, `1:2.3-1`): "Office 365" is a name.
fn package_version(line: &str) -> Option<&str> {
    // (`dpkg-query -W` separates them with a tab.)
    let (name, versions) = match line.split_once('|') {
        Some((name, version)) => (name, version),
        None => match line.split_once('\t') {
            Some((name, version)) => (name, version.trim_start_matches('\t')),
            None => line.split_once(' ')?,
        },
    };
    let name_ok = package_name(name) || brew_versioned(name);
    // (Old `scoop list`: `name version [bucket]`, with `*global*` or `*failed*`.)
    let marker =
        |w: &&str| w.len() > 2 && (w.starts_with('[') && w.ends_with(']') || w.starts_with('*') && w.ends_with('*'));
    let version = |v: &str| is_version(v) && v.contains(['.', '-']);
    let mut words = versions.split(' ').filter(|w| !marker(w));
    let versions_ok = words.next().is_some_and(version) && words.all(version);
    (name_ok && versions_ok).then_some(name)
}

/// Homebrew's name for a version of a formula: `openssl@3`, `python@3.12`.
fn brew_versioned(name: &str) -> bool {
    name.split_once('@')
        .is_some_and(|(name, version)| package_name(name) && is_version(version))
}

/// A version as package managers write one: from a digit (or `v` and a digit), then
/// digits, letters and `. - + _ ~ :`.
fn is_version(text: &str) -> bool {
    let text = text.strip_prefix('v').unwrap_or(text);
    text.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'+' | b'_' | b'~' | b':'))
}

/// A package's name as Debian and RPM allow it: letters, digits and `+ - . _`, from a
/// letter or digit.
fn package_name(name: &str) -> bool {
    name.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric)
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.' | b'_'))
}

/// `flatpak list` piped: `Name<TAB>Application ID<TAB>…`, no header.
fn flatpak_piped(lines: &[(usize, &str)]) -> AppList {
    by_line(Format::FlatpakList, lines, &|line| {
        let mut cells = line.split('\t').map(str::trim);
        let name = cells.next()?;
        let id = cells.next()?;
        Some((Some(name.to_owned()), Some(id.to_owned())))
    })
}

/// Old `flatpak list`: `Ref  Options`, the ref being `id/arch/branch`.
fn flatpak_refs(lines: &[(usize, &str)]) -> AppList {
    let mut list = by_line(Format::FlatpakList, lines.get(1..).unwrap_or(&[]), &|line| {
        let reference = line.split_whitespace().next()?;
        Some((None, Some(reference.split('/').next()?.to_owned())))
    });
    list.structure = with_header(Format::FlatpakList, lines, 1).structure;
    list
}

/// A CSV or TSV whose first row names a name or identifier column, or whose title or
/// report lines come first (a console's `Apps`, `Generated: …`): up to three lines
/// without the table's delimiter, left out with their line ends kept, so that every
/// line keeps its number (the table's structure covers them).
fn csv_with_header(input: &str, lines: &[(usize, &str)]) -> Option<AppList> {
    // (Under a few lines of a report's title and facts, or of a mail's greeting and a
    // grid's own title, count and search box: up to seven.)
    let (at, delimiter) = lines
        .iter()
        .take(8)
        .enumerate()
        .find_map(|(at, (_, l))| Some((at, app_header(l)?.0)))?;
    let titles = lines.get(..at).unwrap_or_default();
    if at == 0 {
        return Some(csv_table(input, delimiter, Format::Csv));
    }
    let &(header, _) = lines.get(at)?;
    // (A report's fact in a row of its own, `Generated,2024-05-01`: two cells at most.)
    let cells = |l: &str| l.bytes().filter(|&b| b == delimiter).count() + 1;
    if lines.len() <= at + 1 || titles.iter().any(|(_, l)| cells(l) > 2) {
        return None;
    }
    // (The header's line begins after as many line ends as lines come before it.)
    let start = input.match_indices('\n').nth(header - 2).map(|(i, _)| i + 1)?;
    let rest = "\n".repeat(header - 1) + input.get(start..)?;
    let mut list = csv_table(&rest, delimiter, Format::Csv);
    read_titles(&mut list, titles);
    Some(list)
}

/// The lines over a table's header (a report's title and parameters): read as typed lines
/// are, so that one that says the table is part of the apps (`Filters applied: …`,
/// `Showing results for "zoom"`, `... 36 more rows not exported`) is a note, as it is
/// under the table; a report's parameter that picks apps by what they are
/// ([`report_parameter`]) is one too. Anything else there is the table's title: its
/// structure (a name there is still found by the whole-text sweep).
fn read_titles(list: &mut AppList, titles: &[(usize, &str)]) {
    for &(n, line) in titles {
        let line = trim(line);
        if line.is_empty() {
            continue;
        }
        // (A title in a CSV cell of its own, quoted: `"Filters applied: App Name contains
        // ""Micro"""`, as Kandji's and Google's exports begin.)
        let unquoted = line
            .strip_prefix('"')
            .and_then(|l| l.strip_suffix('"'))
            .map(|l| l.replace("\"\"", "\""));
        // (A fact in two cells, `"Generated","2024-05-01"`, read as it says it:
        // `Generated: 2024-05-01`.)
        let fact = [b',', b';', b'\t'].into_iter().find_map(|d| {
            let cells = csv_records(line, d).into_iter().next()?.1;
            match cells.as_slice() {
                [key, value] if !key.trim().is_empty() => Some(format!("{}: {}", key.trim(), value.trim())),
                _ => None,
            }
        });
        let line = fact.as_deref().or(unquoted.as_deref()).map_or(line, trim);
        let mut read = AppList::default();
        typed_line(n, line, &mut read);
        // (Or any filter's line, whatever its first word: `Product Name filter: Microsoft%`.)
        if report_parameter(line) || filtered_view(line) {
            note_elsewhere(list, n, line);
        // (A device named over the table, `iPhone 14 Pro`, is its title: its apps are
        // the table's.)
        } else if read.notes.iter().all(|note| matches!(note.skipped, Skipped::DeviceRow)) {
            list.structure.push((n, n));
        } else {
            list.notes.append(&mut read.notes);
        }
    }
}

/// A report's parameter over its table that picks the apps it lists by what they are:
/// `Category: Productivity`, `Publisher: Microsoft Corporation`, `App Name: Micro*`. Not
/// one about the report or the device (`Generated: …`, `Tenant: Contoso`, `Status:
/// Active`, `Type: Managed device`, `Name: JDOE-PC`).
fn report_parameter(line: &str) -> bool {
    // (Only an app's own attributes: `Name:`, `Type:`, `Source:` and `Status:` over a
    // device's export tell of the device or the report.)
    const PICKS: crate::text::Words =
        words!("category|publisher|vendor|developer|appname|applicationname|productname|softwarename|appcategory",);
    let Some((key, value)) = line.split_once(':') else {
        return false;
    };
    let value = value.trim();
    let key = header_key(key);
    !value.is_empty()
        && value.len() <= 60
        && PICKS.contains(&key)
        && !value
            .split_whitespace()
            .next()
            .is_some_and(|w| FILTER_KEEPS_ALL.contains(w))
}

/// The delimiter and folded keys of a CSV header row that names an app's name or
/// identifier column.
fn app_header(first: &str) -> Option<(u8, Vec<String>)> {
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .filter(|d| first.bytes().any(|b| b == *d))?;
    let header = csv_records(first, delimiter).into_iter().next()?.1;
    let keys: Vec<String> = header.iter().map(|h| header_key(h)).collect();
    let known = keys.iter().any(|key| app_key(key));
    known.then_some((delimiter, keys))
}

/// The delimiter of a header row that names an app column and a device column (or an
/// aggregate's count of devices): a device-management export, nothing else.
fn export_header(first: &str) -> Option<u8> {
    let (delimiter, keys) = app_header(first)?;
    let find = |wanted: &[&str]| wanted.iter().find_map(|w| keys.iter().position(|k| k == w));
    let taken = [find(NAME_KEYS), find(ID_KEYS)];
    DeviceColumns::find(&keys, &taken).map(|_| delimiter)
}

/// The delimiter of a header row of three columns or more that describes devices
/// ([`DeviceColumns::describe_devices`]) or people (a name beside an e-mail address) and
/// has no column about an app: its only name is a generic one (`Name`, `Display Name`),
/// which is the device's or the person's (unless the device has its own name column and
/// the row an app's version or vendor: [`DeviceColumns::name_beside_device`]).
fn devices_only(first: &str) -> Option<u8> {
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .filter(|d| first.bytes().filter(|b| b == d).count() >= 2)?;
    let header = csv_records(first, delimiter).into_iter().next()?.1;
    let keys: Vec<String> = header.iter().map(|h| header_key(h)).collect();
    let generic = ["name", "displayname", "title", "label", "id", "identifier"];
    let about_apps = keys.iter().any(|k| {
        !generic.contains(&k.as_str()) && app_key(k)
            || [
                "app",
                "application",
                "bundle",
                "package",
                "software",
                "program",
                "product",
            ]
            .iter()
            .any(|p| k.starts_with(p))
    });
    let about_apps = about_apps || DeviceColumns::name_beside_device(&keys);
    (!about_apps && (DeviceColumns::describe_devices(&keys) || DeviceColumns::describe_people(&keys)))
        .then_some(delimiter)
}

/// An export of devices without their apps: its header the list's structure, each row
/// a note.
fn device_rows(input: &str, delimiter: u8) -> AppList {
    let mut list = AppList {
        format: Format::Csv,
        ..AppList::default()
    };
    for (i, (line, _)) in csv_records(input, delimiter).into_iter().enumerate() {
        if i == 0 {
            list.structure.push((line, line));
        } else {
            list.notes.push(Note {
                line,
                skipped: Skipped::DeviceRow,
            });
        }
    }
    list
}

/// Whether a cell holds a placeholder for no value (`--`, `N/A`, `NULL`, `(blank)`,
/// `nan`, `Unknown`, `Not reported`, `To be filled by O.E.M.`): what tools, databases and
/// spreadsheets write in a cell they have nothing for. Blank too.
pub(super) fn no_value(cell: &str) -> bool {
    const NONE: Words = words!(
        "n/a|na|#n/a|null|<null>|(null)|none|(none)|nan|undefined|unknown|(unknown)|(blank)|(leer)|(vide)|(en blanco)|(vuoto)|{}|[]|not available|not reported|not supported|not applicable|data not available|inventory not collected|no data|no apps found|pending inventory|to be filled by o.e.m.|default string|system serial number|0",
    );
    let cell = trim(cell);
    // (Most cells: longer than any of these, or beginning with a letter none begins with,
    // let go before the words are read.)
    let may = cell.len() <= 24
        && matches!(
            cell.as_bytes().first().map(u8::to_ascii_lowercase),
            Some(b'n' | b'#' | b'<' | b'(' | b'u' | b'{' | b'[' | b'0' | b'd' | b'i' | b'p' | b't' | b's')
        );
    cell.is_empty() || cell.bytes().all(|b| matches!(b, b'-' | b' ')) || cell == "—" || may && NONE.contains(cell)
}

/// Whether a row is a spreadsheet's subtotal over a group (`PHONE-01 Total`, `PHONE-01
/// Count`, `Grand Count`, `TEL-01 Ergebnis`: Excel's Data > Subtotal) with numbers in its
/// other cells, or blanks.
fn subtotal(record: &[String]) -> bool {
    const ENDS: [&str; 8] = [
        " total",
        " count",
        " ergebnis",
        " anzahl",
        " summe",
        " total général",
        " résultat",
        " recuento",
    ];
    let Some((label, rest)) = record.split_first() else {
        return false;
    };
    // (Most rows: let go at their first cell that is no number, before the label is lowered.)
    rest.iter().all(|c| c.trim().bytes().all(|b| b.is_ascii_digit())) && rest.iter().any(|c| !c.trim().is_empty()) && {
        let label = crate::case::lower(trim(label));
        ENDS.iter().any(|e| label.ends_with(e) && label.len() > e.len())
    }
}

/// The largest number of a [`subtotal`] row.
fn subtotal_count(record: &[String]) -> u64 {
    record
        .iter()
        .filter_map(|c| c.trim().parse::<u64>().ok())
        .max()
        .unwrap_or(0)
}

/// Reads a CSV table by its header row. A row whose status column says the app is not
/// installed ("Uninstalled", "Not Installed") only mentions it.
fn csv_table(input: &str, delimiter: u8, format: Format) -> AppList {
    let mut list = AppList {
        format,
        ..AppList::default()
    };
    // Every line belongs to the header or a record (a quoted cell may span lines).
    list.structure.push((1, input.lines().count().max(1)));
    let records = csv_records(input, delimiter);
    let Some((_, header)) = records.first() else {
        return list;
    };
    let keys: Vec<String> = header.iter().map(|h| header_key(h)).collect();
    let find = |wanted: &[&str]| wanted.iter().find_map(|w| keys.iter().position(|k| k == w));
    let name_col = find(NAME_KEYS);
    let id_col = find(ID_KEYS);
    let status_col = keys.iter().position(|k| tree::is_status_key(k));
    // An export of many devices: each row's device, from its own columns.
    let device_cols = DeviceColumns::find(&keys, &[name_col, id_col, status_col]);
    let mut devices = Devices::default();
    // (A row of a device's export that ends before the device's cells.)
    let identity = device_cols.as_ref().and_then(DeviceColumns::first_identity);
    // A column that holds each row's apps in one cell (`Applications`, `Installed
    // Software`) beside a name that may be the device's: the rows are devices', their apps
    // not read one by one, so each such row is a line not read (a policy's name in it is
    // still found by the sweep).
    const APP_LISTS: &[&str] = &[
        "applications",
        "apps",
        "installedapps",
        "installedapplications",
        "installedsoftware",
        "software",
        "applist",
        "appslist",
        "softwarelist",
    ];
    let generic = name_col
        .and_then(|c| keys.get(c))
        .is_none_or(|k| matches!(k.as_str(), "name" | "displayname" | "title" | "label"));
    let apps_in_cells = keys
        .iter()
        .enumerate()
        .position(|(c, k)| APP_LISTS.contains(&k.as_str()) && Some(c) != name_col && Some(c) != id_col)
        .filter(|_| generic);
    // (Whether a row's cells past the header's, a comma left unquoted, are sure to have
    // come after every cell the row is read by: [`misfit`].)
    let read_first = {
        let mut read: Vec<(usize, bool)> = [name_col, id_col].into_iter().flatten().map(|c| (c, false)).collect();
        read.extend(device_cols.iter().flat_map(DeviceColumns::columns));
        let last = read.iter().map(|&(c, _)| c).max();
        // (Before the last of them, only columns of no free text: wmic's `Node`, a
        // version; a comma in a name itself is left to the sweep, which reads the line.)
        // (A column of free text last of all, a user's `Doe, Jane`, moves none: only its own
        // cell is cut.)
        last.is_some_and(|last| {
            (0..=last).all(|c| match read.iter().find(|&&(r, _)| r == c) {
                Some(&(_, free)) => !free || c + 1 == keys.len(),
                None => keys.get(c).is_some_and(|k| PLAIN_KEYS.contains(k)),
            })
        })
    };
    let mut ditto: Vec<usize> = Vec::new();
    let mut second_table = false;
    // (Whether a line under the rows has said the table is all, or signed off: the signer's
    // name, title and number may follow.)
    let mut closed = false;
    // (A cell that holds a placeholder for no value, `--`, `N/A`, `NULL`, `(blank)`, where a
    // name, an identifier or a device's name or serial is: blank, as it means.)
    let mut read_by: Vec<usize> = [name_col, id_col].into_iter().flatten().collect();
    read_by.extend(device_cols.iter().flat_map(DeviceColumns::columns).map(|(c, _)| c));
    let mut cleaned: Vec<String> = Vec::new();
    for (n, record) in records.iter().skip(1) {
        let record = if read_by
            .iter()
            .any(|&c| record.get(c).is_some_and(|v| !v.trim().is_empty() && no_value(v)))
        {
            cleaned.clone_from(record);
            for &c in &read_by {
                if let Some(v) = cleaned.get_mut(c).filter(|v| no_value(v)) {
                    v.clear();
                }
            }
            &cleaned
        } else {
            record
        };
        if list.entries.len() > MAX_ENTRIES {
            break;
        }
        // (A cell of several lines, a form's answer `List all apps (one per line)`: its
        // lines are the apps, each read as a typed line on its own line; the row is a
        // respondent's, no app's, and what its other cells say of the list is read too,
        // `The field was too short, the rest by mail`.)
        // (Only under a header that says the column holds apps, and is not the one the
        // rows' names are read from: an app's description over several lines is no list.)
        // (Nor a device's export's own column of its apps, `Applications`: its rows are
        // devices', not read one by one.)
        let of_apps = |c: usize| {
            apps_in_cells.is_none()
                && Some(c) != name_col
                && Some(c) != id_col
                && keys.get(c).is_some_and(|k| {
                    ["app", "aplic", "aplik", "software", "program"]
                        .iter()
                        .any(|w| k.contains(w))
                })
        };
        if let Some(at) = record
            .iter()
            .position(|cell| cell.trim().lines().nth(1).is_some())
            .filter(|&at| of_apps(at))
        {
            let mut line = *n;
            for (c, cell) in record.iter().enumerate() {
                let mut read = AppList::default();
                for (i, text) in cell.split('\n').enumerate() {
                    if !text.trim().is_empty() {
                        typed_line(line + i, text, &mut read);
                    }
                }
                if c == at {
                    list.entries.append(&mut read.entries);
                    list.structure.append(&mut read.structure);
                    list.notes.append(&mut read.notes);
                } else if let Some(count) = keys
                    .get(c)
                    .filter(|k| of_apps(c) && COUNT_KEYS.iter().any(|w| k.starts_with(w)))
                    .and_then(|_| whole_number(cell.trim()))
                {
                    // (A count of the apps in a cell of its own, `How many apps are
                    // installed?`: the list's count.)
                    list.structure.push((line, line));
                    list.counts.push((line, usize::try_from(count).unwrap_or(usize::MAX)));
                } else {
                    // (Of the other cells, only a word that more is elsewhere: the
                    // respondent's name, phone and thanks are the form's.)
                    read.notes
                        .retain(|note| matches!(note.skipped, Skipped::Elsewhere { .. }));
                    list.notes.append(&mut read.notes);
                }
                line += cell.matches('\n').count();
            }
            continue;
        }
        // (And a line of one cell under the table: its count or its pager, `Results 1-2
        // of 2`, `Next >`.)
        // (Or a console's pager as the table's last row, MUI's `Rows per page: | 50 | 1–3 of
        // 212`.)
        let counts = |cell: &str| count_line(trim(cell)) || count_label(trim(cell));
        if record.iter().all(|c| c.trim().is_empty())
            || matches!(record.as_slice(), [cell] if counts(cell) || pages(trim(cell)))
            || record.len() > 1 && record.iter().any(|c| pages(trim(c)))
        {
            continue;
        }
        // (A count there, `Name,Apps` over `Slack,1`, is no list: the row is an app's.)
        if apps_in_cells
            .and_then(|c| record.get(c))
            .is_some_and(|cell| whole_number(cell.trim()).is_none())
        {
            list.notes.push(Note {
                line: *n,
                skipped: Skipped::Unread {
                    excerpt: super::account::excerpt(&record.join(",")),
                },
            });
            continue;
        }
        // A line that is no row of the table: read for what it says, and a note that it is
        // not in the table's shape ([`misfit`]).
        // (The header again, in another case or after a byte order mark: a paged export's,
        // or two files joined.)
        if record.len() == keys.len() && record.iter().zip(&keys).all(|(cell, key)| folds_to(cell, key)) {
            list.structure.push((*n, *n));
            continue;
        }
        let read = Read {
            devices: device_cols.is_some(),
            identity,
            columns: [name_col, id_col],
            first: read_first,
        };
        // (Under another table's header, its rows are no rows of this one: each read as a
        // typed line, no device's, and a line not read.)
        second_table = second_table || another_header(record, &keys);
        if second_table {
            let mut read = AppList::default();
            typed_line(*n, &record.join(", "), &mut read);
            list.entries.append(&mut read.entries);
            list.notes.retain(|note| note.line != *n);
            list.notes.push(Note {
                line: *n,
                skipped: Skipped::Unread {
                    excerpt: super::account::excerpt(&record.join(",")),
                },
            });
            continue;
        }
        // (A total row under a device's export, `Grand Total,,3`, its app's cells blank:
        // the table's count, no device; above the rows read, the rest is not here.)
        let blank = |c: Option<usize>| c.and_then(|c| record.get(c)).is_none_or(|cell| cell.trim().is_empty());
        if device_cols.is_some() && blank(name_col) && blank(id_col) || device_cols.is_some() && subtotal(record) {
            if let Some(total) = super::account::total_row(&record.join("\t"))
                .map(|(_, t)| t)
                .or_else(|| subtotal(record).then(|| subtotal_count(record)))
            {
                if total > list.entries.len() as u64 {
                    note_elsewhere(&mut list, *n, &record.join(","));
                } else {
                    list.structure.push((*n, *n));
                }
                continue;
            }
        }
        if let Some(alone) = misfit(record, &keys, &read) {
            // (A line of one cell that a typed line's rules read as no app, a pager, `«
            // Previous 1 Next »`, or as a note, is that: a name, or a sentence read as one,
            // is the misfit.)
            if let Some(cell) = alone {
                // (A report's footer, `Generated by Intune on …`, `© 2024 Contoso`; or the
                // writer's word under the sheet that it is all, `That's everything on the
                // phone.`, as under a typed list.)
                // (Or a sign-off, `merci beaucoup`; or a page's own words under it, Confluence's
                // `Be the first to add a reaction`.)
                // (And under any of those the signer, `Priya Shah`, `+44 7700 900596`.)
                let cell = trim(cell);
                let signer = closed && (person(cell) || contact(cell) || job_title(cell));
                if signer
                    || report_footer(cell)
                    || all_of_them_said_loosely(cell)
                    || sign_off(cell)
                    || page_chrome(cell)
                {
                    closed = true;
                    list.structure.push((*n, *n));
                    continue;
                }
                let mut read = AppList::default();
                typed_line(*n, cell, &mut read);
                let named = !read.entries.is_empty();
                list.entries.append(&mut read.entries);
                list.notes.append(&mut read.notes);
                if !named {
                    continue;
                }
            } else {
                // (A row of other cells is read by the header as far as it goes, and is no
                // device's: `"a9","TikTok"` cut short still names TikTok.)
                let cell = |c: Option<usize>| c.and_then(|c| record.get(c)).map(String::as_str);
                if let Some(entry) = Entry::app(*n, cell(name_col), cell(id_col)) {
                    list.entries.push(entry);
                }
            }
            list.notes.retain(|note| note.line != *n);
            list.notes.push(Note {
                line: *n,
                skipped: Skipped::Unread {
                    excerpt: super::account::excerpt(&record.join(",")),
                },
            });
            continue;
        }
        // (A row of its name alone, `,Export truncated at 1 row,`: what a typed line says
        // of the list is said here too.)
        if let Some(name) = name_col
            .and_then(|c| record.get(c))
            .filter(|name| record.iter().filter(|c| !c.trim().is_empty()).count() == 1 && !name.trim().is_empty())
        {
            if report_footer(name) {
                list.structure.push((*n, *n));
                continue;
            }
            let mut read = AppList::default();
            typed_line(*n, name, &mut read);
            if !read.notes.is_empty() {
                list.notes.append(&mut read.notes);
                continue;
            }
        }
        // (A row whose name says the list is part of the apps, `Truncated,,`, `Partial
        // export, see the portal for the rest,`.)
        // (Not asked of a row with a version, `2.1`, in another cell: an app's.)
        let versioned = || {
            record
                .iter()
                .enumerate()
                .any(|(c, cell)| Some(c) != name_col && cell.bytes().any(|b| b.is_ascii_digit()) && cell.contains('.'))
        };
        if let Some(name) = name_col
            .and_then(|c| record.get(c))
            .filter(|name| !versioned() && says_part(name))
        {
            note_elsewhere(&mut list, *n, name);
            continue;
        }
        // (A row of more cells than the header's, read as a comma left unquoted: one that
        // says the list is part of the apps, `Partial export, see portal for the rest,`.)
        if record.len() > keys.len() && record.iter().any(|c| says_part(c)) {
            note_elsewhere(&mut list, *n, &record.join(","));
            continue;
        }
        let device = device_cols.as_ref().map(|cols| {
            // (A row that leaves every cell of its device blank: the device above's, if the
            // export is grouped by device, found below.)
            if cols
                .columns()
                .all(|(c, _)| record.get(c).is_none_or(|v| v.trim().is_empty()))
            {
                ditto.push(*n);
            }
            devices.of_row(cols, record)
        });
        if let Some(d) = device {
            list.device_rows.push((*n, d));
        }
        let name = name_col.and_then(|c| record.get(c)).map(String::as_str);
        let id = id_col.and_then(|c| record.get(c)).map(String::as_str);
        // (A spreadsheet's error or a placeholder where the name was, `#N/A`, `#REF!`,
        // `[redacted]`: the app it stood for is not here.)
        if let (Some(hidden), None) = (name.filter(|n| hides(n)), id.filter(|i| !i.is_empty())) {
            note_elsewhere(&mut list, *n, hidden);
            continue;
        }
        let gone = status_col
            .and_then(|c| Some((keys.get(c)?, record.get(c)?)))
            .is_some_and(|(k, v)| tree::status_says_gone(k, v));
        match Entry::app(*n, name, id) {
            Some(mut entry) => {
                if gone {
                    list.mentions.push((*n, Mention::Status));
                }
                entry.device = device;
                list.entries.push(entry);
            }
            None => list.notes.push(Note {
                line: *n,
                skipped: Skipped::NoName,
            }),
        }
    }
    // A table cut off in its last row: a quoted cell never closed (the text ended inside
    // it). More rows followed. (A short last row is no sign: tools leave optional cells
    // out; a quote inside a cell, `27"`, is an inch's mark.)
    if let Some(&(n, _)) = records.last().filter(|_| unclosed_quote(input, delimiter)) {
        note_elsewhere(&mut list, n, input.lines().nth(n.saturating_sub(1)).unwrap_or(""));
        list.cut_off = Some(n);
    }
    // A row with its device's cells blank is the device above's only where each device's
    // rows come together; where they come apart (`Ana`, `Mei`, a blank row, `Ana`), the
    // device above is a guess: the row is no device's, checked on its own.
    if !ditto.is_empty() && !grouped(&list.device_rows) {
        list.device_rows.retain(|(line, _)| ditto.binary_search(line).is_err());
        for entry in &mut list.entries {
            if ditto.binary_search(&entry.line).is_ok() {
                entry.device = None;
            }
        }
    }
    list.aggregate = device_cols.as_ref().is_some_and(DeviceColumns::aggregate);
    list.devices = devices.into_records();
    list
}

/// Whether each device's rows come together, in the order of `rows` (line, device): no
/// device's rows begin again after another device's.
fn grouped(rows: &[(usize, u32)]) -> bool {
    let mut done: Vec<bool> = Vec::new();
    let mut current: Option<u32> = None;
    for &(_, d) in rows {
        if current == Some(d) {
            continue;
        }
        if let Some(c) = current.and_then(|c| usize::try_from(c).ok()) {
            if done.len() <= c {
                done.resize(c + 1, false);
            }
            if let Some(slot) = done.get_mut(c) {
                *slot = true;
            }
        }
        let again = usize::try_from(d)
            .ok()
            .and_then(|d| done.get(d))
            .copied()
            .unwrap_or(false);
        if again {
            return false;
        }
        current = Some(d);
    }
    true
}

/// How a CSV table's rows are read, for [`misfit`]: whether it is a device's export, the
/// first column that says a row's device (`identity`), the app's name and identifier
/// columns, and whether every column a row is read by comes before any that may hold a
/// comma left unquoted (`first`).
struct Read {
    devices: bool,
    identity: Option<usize>,
    columns: [Option<usize>; 2],
    first: bool,
}

/// A CSV record that is no row of its table (`Some`, with its one cell when it has one,
/// to be read as a typed line): a line of one cell under a header of three columns or
/// more, or of two over a device's export (`Results limited to the first 1 rows`,
/// `TikTok`), but not a row of the header's width with its name alone in its first cell
/// (`Slack,,`: a tool's app without its publisher and version); a row of a device's export that ends
/// before the device's cells (`identity`: a file cut in its last row, `"a7","Calculator"`;
/// a short row elsewhere is a tool's, an app without its version); a row of more cells
/// than the header, the extra not empty (a comma not quoted, `Slack Technologies, Inc.`),
/// unless every cell the row is read by comes before any cell such a comma could be in
/// (`wmic /format:csv`'s `Node,Name,Vendor,Version`). (Another table's header, and the
/// rows under it, are found before: [`another_header`].)
fn misfit<'r>(record: &'r [String], keys: &[String], read: &Read) -> Option<Option<&'r str>> {
    let width = keys.len();
    let filled = record.iter().filter(|c| !c.trim().is_empty()).count();
    if filled == 1 && (width >= 3 || read.devices && width >= 2) {
        let at = record.iter().position(|c| !c.trim().is_empty());
        // (A row of the header's width with only its name: in a device's export grouped by
        // device, the device above's, its cells left blank, if it is a name's shape, not a
        // remark's, `(3 devices excluded: …)`; elsewhere only in its first cell, `Slack,,`.)
        let plain = || {
            at.and_then(|at| record.get(at)).is_some_and(|c| {
                let c = c.trim();
                !c.starts_with(['(', '[', '<', '*', '#']) && !c.contains(':') && c.split_whitespace().nth(5).is_none()
            })
        };
        if (read.devices && plain() || at == Some(0)) && record.len() >= width && read.columns.contains(&at) {
            return None;
        }
        let cell = at.and_then(|at| record.get(at)).map(String::as_str);
        // (A pager of one page, `« Previous 1 Next »`: the table's, and all of it.)
        let one_page = cell.is_some_and(|c| {
            c.split_whitespace().any(|w| PAGE_TURNS.contains(w))
                && c.split_whitespace().all(|w| {
                    matches!(w, "|" | "1") || PAGE_TURNS.contains(w) || words!("<|>|«|»|‹|›|←|→|<<|>>").contains(w)
                })
        });
        return (!one_page).then_some(cell);
    }
    let short = read.identity.is_some_and(|at| record.len() <= at);
    let long = !read.first
        && record
            .get(width..)
            .is_some_and(|extra| extra.iter().any(|c| !c.trim().is_empty()));
    // (Another table's header is found before: its rows are read as that table's.)
    (short || long).then_some(None)
}

/// Whether a CSV record under a table is another table's header (`Device,Apps` under
/// `Device,App`, an Excel sheet's `Device name,Ownership` pasted below): as many cells as
/// the header, two of them at least a column's name or the first the header's own first,
/// none a number. (The same header again is its own, a paged export's.)
fn another_header(record: &[String], keys: &[String]) -> bool {
    // (A header names its columns in words: a row with a number in it, a version or a
    // count, is let go before its cells are folded.)
    record.len() == keys.len() && !record.iter().any(|c| c.bytes().any(|b| b.is_ascii_digit())) && {
        let named = record
            .iter()
            .filter(|c| {
                let key = header_key(c);
                let own = |k: &str| keys.iter().any(|h| h == k);
                !key.is_empty()
                    && (column_key(&key)
                        || NAME_KEYS.contains(&key.as_str())
                        || ID_KEYS.contains(&key.as_str())
                        || own(&key)
                        || key.strip_suffix('s').is_some_and(own))
            })
            .count();
        // (Or it begins with the header's own first column, `Device name` again, over
        // other columns: a sheet of the same devices.)
        let same_first = record
            .first()
            .zip(keys.first())
            .is_some_and(|(cell, key)| !key.is_empty() && folds_to(cell, key));
        named >= 2
            || same_first
                && record
                    .iter()
                    .all(|c| !c.trim().is_empty() && c.split_whitespace().nth(3).is_none())
    }
}

/// Whether `cell` folds to the header key `key` ([`header_key`]), without folding it into
/// a string of its own: every row of a table is compared with its header.
fn folds_to(cell: &str, key: &str) -> bool {
    cell.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(crate::case::chars)
        .eq(key.chars())
}

/// Folded header keys of columns that hold no free text, so no comma a tool left
/// unquoted: `wmic`'s `Node` (the computer), a version, a count.
const PLAIN_KEYS: Words = words!(
    "node|version|displayversion|appversion|applicationversion|productversion|build|installdate|size|id|key|applicationkey",
);

/// Whether a CSV cell where a name stands says the list is a part: a word for it in any case (`Truncated,,`,
/// `Gefiltert`, `(filtered)`, `Results limited`, `Partial export`), or a count of more
/// apps (`Weitere 148 Apps`, `148 more`). Six words at most.
fn says_part(cell: &str) -> bool {
    static STATE_FILTER: WordFilter = word_filter(&[STATE.text()], false);
    const STATE: Words = words!(
        "truncated|filtered|limited|incomplete|partial|abbreviated|excerpt|excluded|omitted|skipped|ausgeschlossen|exclus|exclues|excluidos|excluidas|esclusi|gekürzt|abgeschnitten|gefiltert|unvollständig|begrenzt|teilweise|auszug|tronqué|tronquée|filtré|filtrée|incomplet|incomplète|partiel|partielle|extrait|truncado|truncada|filtrado|filtrada|incompleto|incompleta|parcial|limitado|limitada|troncato|filtrato|parziale|obcięte|niepełna|przefiltrowane|showing",
    );
    const MORE: Words = words!(
        "more|others|apps|applications|weitere|andere|autres|más|mais|altre|altri|meer|więcej|aplicaciones|applicazioni|anwendungen|programs|programme",
    );
    static MORE_FILTER: WordFilter = word_filter(&[MORE.text()], false);
    if cell.len() > 80 {
        return false;
    }
    // (Every row's name is asked, in one pass: most words let go by the filters, and a
    // word in digits is read as a number only beside a word for more.)
    let (mut words, mut state, mut digits, mut more) = (0, false, false, false);
    for w in cell.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(&first) = w.as_bytes().first() else {
            continue;
        };
        words += 1;
        if words > 6 {
            return false;
        }
        if first.is_ascii_digit() {
            digits = true;
            continue;
        }
        let hash = lower_hash(w);
        state |= may_be(&STATE_FILTER, hash) && STATE.contains(w);
        more |= may_be(&MORE_FILTER, hash) && MORE.contains(w);
    }
    state
        || digits
            && more
            && words <= 3
            && cell
                .split_whitespace()
                .any(|w| whole_number(w.trim_matches(|c: char| !c.is_alphanumeric())).is_some())
}

/// The first words of a column's header (as [`header_key`] folds it) that asks for or
/// gives a count, in the eight languages: `How many apps are installed?`, `Number of
/// apps`, `Anzahl der Apps`, `Ile aplikacji?`.
const COUNT_KEYS: [&str; 17] = [
    "howmany",
    "numberof",
    "countof",
    "anzahl",
    "wieviele",
    "combien",
    "nombrede",
    "cuantas",
    "cuántas",
    "numerode",
    "númerode",
    "quante",
    "quantos",
    "quantas",
    "hoeveel",
    "aantal",
    "ile",
];

/// A wiki page's own words under what it holds, copied with it: Confluence's `Be the
/// first to add a reaction`, `Be the first to like this`, `No labels`.
fn page_chrome(text: &str) -> bool {
    const CHROME: [&str; 3] = [
        "be the first to add a reaction",
        "be the first to like this",
        "no labels",
    ];
    text.len() <= 40 && {
        let text = crate::case::lower(text.trim_end_matches(['.', '!']));
        CHROME.contains(&text.as_str())
    }
}

/// A report's footer under its table in its own shape alone: who or what made it and when
/// (`Generated by Microsoft Intune on 2024-01-01 10:00 UTC`, `Exported 2024-01-01`,
/// `Erstellt am …`), or its copyright (`© 2024 Contoso Ltd. All rights reserved.`). After
/// its first word, only a few words that join (`by`, `on`, `am`, `le`), dates and times,
/// and names in capitals: a footer that says anything more (`- first 500 rows only`,
/// `(filtered)`, `Results truncated.`) is read for what it says.
fn report_footer(text: &str) -> bool {
    const MADE: Words = words!(
        "generated|exported|created|printed|downloaded|produced|extracted|erstellt|exportiert|generiert|gedruckt|généré|exporté|créé|imprimé|generado|exportado|creado|impreso|copyright|©",
    );
    const JOINS: Words = words!(
        "by|from|with|via|using|on|at|the|am|um|von|mit|durch|le|à|par|de|du|el|por|con|en|utc|gmt|am|pm|all|rights|reserved|alle|rechte|vorbehalten|tous|droits|réservés|todos|los|derechos|reservados|ltd|inc|llc|gmbh|corp|co|sa|ag|-|–|—",
    );
    // (Words in capitals that still say the export is a part.)
    const PART: Words = words!(
        "filtered|filter|truncated|limited|partial|first|only|selected|selection|some|top|page|showing|results|rows|incomplete|managed|gefiltert|gekürzt|nur|erste|teilweise|filtré|tronqué|premières|seulement|partiel|filtrado|truncado|solo|primeras|parcial",
    );
    let text = trim(text);
    if text.len() > 120 || text.contains(['(', '[', '"', '“', '«']) {
        return false;
    }
    let mut words = text.split_whitespace();
    let first = words.next().unwrap_or("").trim_end_matches([':', '.', ',']);
    let first = match first {
        "Report" | "report" | "Bericht" | "Rapport" | "Informe" => {
            words.next().unwrap_or("").trim_end_matches([':', ','])
        }
        _ => first,
    };
    let made = text.starts_with('©') || MADE.contains(first.trim_start_matches('©'));
    let mut more = false;
    for w in words {
        let w = w.trim_matches([',', '.', ';', ':', '!']);
        if w.is_empty() {
            continue;
        }
        more = true;
        // (Who exported it, by their address: `jane.doe@contoso.com`.)
        let fits = JOINS.contains(w)
            || w.contains('@')
            || w.as_bytes().first().is_some_and(u8::is_ascii_digit)
            || w.chars().next().is_some_and(char::is_uppercase) && !PART.contains(w);
        if !fits {
            return false;
        }
    }
    made && more
}

/// Whether a CSV text ends inside a quoted cell (RFC 4180: a quote opens a cell only at
/// its start, `""` inside it is a quote, and a quote elsewhere is a character).
fn unclosed_quote(input: &str, delimiter: u8) -> bool {
    let (mut quoted, mut start) = (false, true);
    let mut bytes = input.bytes().peekable();
    while let Some(b) = bytes.next() {
        if quoted {
            if b == b'"' {
                if bytes.peek() == Some(&b'"') {
                    bytes.next();
                } else {
                    quoted = false;
                }
            }
            continue;
        }
        match b {
            b'"' if start => quoted = true,
            b' ' if start => {}
            _ => start = b == delimiter || b == b'\n' || b == b'\r',
        }
    }
    quoted
}

/// CSV records with the line each starts on, read with `csv-core` (quotes, embedded
/// delimiters and line breaks handled as RFC 4180 says). Cells are trimmed.
pub(super) fn csv_records(input: &str, delimiter: u8) -> Vec<(usize, Vec<String>)> {
    use csv_core::{ReadRecordResult, ReaderBuilder};
    let mut reader = ReaderBuilder::new().delimiter(delimiter).build();
    let bytes = input.as_bytes();
    let mut consumed = 0;
    let mut record_start = 0;
    let (mut out, mut ends) = (vec![0u8; 1024], vec![0usize; 32]);
    let (mut out_len, mut ends_len) = (0, 0);
    let mut records = Vec::new();
    let (mut newlines_before, mut counted_to) = (0, 0);
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
                // Line ends before this record, counted on from the last record's start
                // (counting from the top each time made a long export quadratic).
                newlines_before += bytes
                    .get(counted_to..record_start)
                    .map_or(0, |b| b.iter().filter(|c| **c == b'\n').count());
                counted_to = record_start;
                let line = newlines_before + 1 + leading_newlines;
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A line to each of the lead-ins of a total passes the gate by its first word.
    #[test]
    fn every_total_lead_passes_the_first_words_gate() {
        for lead in TOTAL_LEADS {
            assert_eq!(after_total_lead(&format!("{lead}: 57 apps")), Some("57 apps"), "{lead}");
        }
    }

    /// The texts of the entries `text` is read as.
    fn entry_texts(text: &str) -> Vec<String> {
        let list = crate::list::parse_list(text, str::to_owned);
        list.entries.iter().map(|e| e.text.clone()).collect()
    }

    /// A tool's message that is a whole line of letters is told in any case; the gate by
    /// its first letter and length lets each through.
    #[test]
    fn a_tools_whole_line_message_is_told() {
        for line in [
            "List of devices attached",
            "Permission denied",
            "Access is denied",
            "Access denied",
            "Operation not permitted",
            "No such file or directory",
            "Fatal error",
            "ERROR",
        ] {
            assert!(tool_message(line, true), "{line}");
        }
        assert!(!tool_message("Ordinary Tool 1234", true));
    }

    /// `family_begins` lets every family through, in any case.
    #[test]
    fn family_begins_as_every_family() {
        for family in FAMILIES.iter() {
            assert!(family_begins(family), "{family}");
            assert!(family_begins(&family.to_ascii_uppercase()), "{family}");
        }
        assert!(!family_begins("Ordinary Tool 1234"));
    }

    /// A web table's pager, copied with its rows, in the shapes portals write it: its
    /// arrows, pages and ranges are no apps; a button that loads more says the list goes
    /// on (a note); an app named `Next` is still an app.
    #[test]
    fn a_tables_pager_is_no_app() {
        for text in [
            "Name\tVersion\nSlack\t24.1\nTikTok\t33.8\nResults 1-2 of 2\nNext >",
            "Slack\nTikTok\n< Prev\nNext >",
            "Slack\nTikTok\n1 2 3 Next »",
            "Slack\nTikTok\n« First ‹ Prev 1 2 3 Next › Last »",
            "Slack\nTikTok\nRows per page: 10\n1–2 of 2",
            "Slack\nTikTok\nItems per page 25\n1 - 2 of 2 items",
        ] {
            assert_eq!(entry_texts(text), ["Slack", "TikTok"], "{text:?}");
        }
        for more in ["Load more", "Show more", "See more apps"] {
            let list = crate::list::parse_list(&format!("Slack\nTikTok\n{more}"), str::to_owned);
            assert_eq!(list.entries.len(), 2, "{more}");
            assert!(
                list.notes
                    .iter()
                    .any(|n| matches!(n.skipped, Skipped::Elsewhere { .. })),
                "{more}: {:?}",
                list.notes
            );
        }
        assert_eq!(entry_texts("Slack\nNext\nTikTok"), ["Slack", "Next", "TikTok"]);
    }

    #[test]
    fn a_company_form_after_a_comma_stays_with_its_name() {
        assert_eq!(
            split_names("Zoom Video Communications, Inc., TikTok Pte. Ltd, Slack"),
            ["Zoom Video Communications, Inc", "TikTok Pte. Ltd", "Slack"]
        );
        assert_eq!(
            split_names("Acme, LLC; Incognito, Teams"),
            ["Acme, LLC", "Incognito", "Teams"]
        );
        // Nor one before the rest of a time spent or a size (Screen Time's `2 hr, 5 min`).
        assert_eq!(
            split_names("WeChat 2 hr, 5 min, Slack"),
            ["WeChat 2 hr, 5 min", "Slack"]
        );
    }

    #[test]
    fn the_words_around_names_on_one_line_are_its_frame() {
        let read = entry_texts;
        // An introduction before a colon, a greeting before it, a sign-off after a full stop.
        for (line, names) in [
            (
                "hey IT, here is what I have on my phone: Instagram, WhatsApp, tik tok and Spotify. thanks!",
                &["Instagram", "WhatsApp", "tik tok", "Spotify"][..],
            ),
            ("Mine: Teams, Gmail, SHAREit", &["Teams", "Gmail", "SHAREit"]),
            ("My apps: TikTok, Slack", &["TikTok", "Slack"]),
            ("Work: TikTok", &["TikTok"]),
            ("Slack, Zoom and TikTok. Thanks", &["Slack", "Zoom", "TikTok"]),
            // What stays: a store's title with its subtitle, a name with a full stop in it.
            ("Spotify: Music and Podcasts", &["Spotify: Music and Podcasts"]),
            ("Dr. Driving, Mr. Bean", &["Dr. Driving", "Mr. Bean"]),
            ("Hello Kitty, Slack", &["Hello Kitty", "Slack"]),
            (
                "Hallo, auf meinem Handy habe ich: TikTok, WhatsApp und Instagram. Danke!",
                &["TikTok", "WhatsApp", "Instagram"],
            ),
            (
                "Bonjour, voici mes applis : TikTok, WhatsApp et Instagram. Merci",
                &["TikTok", "WhatsApp", "Instagram"],
            ),
            ("TikTok\nThat is all, thanks", &["TikTok"]),
            (
                "Hi, I have the following apps: TikTok, WhatsApp, and Signal. Thanks, Bob",
                &["TikTok", "WhatsApp", "Signal"],
            ),
            ("These are currently installed: Slack, Zoom", &["Slack", "Zoom"]),
            // A key that names or identifies an app, as an export's column or a record's
            // field would (`NAME_KEYS`, `ID_KEYS`), before its value.
            ("Name: TikTok", &["TikTok"]),
            ("Display Name: Slack, Zoom", &["Slack", "Zoom"]),
            ("Bundle ID: com.zhiliaoapp.musically", &["com.zhiliaoapp.musically"]),
            ("Name : WhatsApp Messenger", &["WhatsApp Messenger"]),
        ] {
            assert_eq!(read(line), names, "{line}");
        }
    }

    #[test]
    fn a_heading_whose_lines_run_across_its_words_is_no_table() {
        // Two words a table's header could be made of, over names that run across where
        // the second word starts: a typed list under its title, not columns to cut.
        let read = entry_texts;
        // Nor is one word a column of names is headed with, as `wmic product get name`
        // prints it (padded), or a title of such words.
        for heading in [
            "App name",
            "App Name",
            "Name Version",
            "App info",
            "Apps installed",
            "App Version",
            "Name                 ",
            "Installed apps",
            "Package",
        ] {
            let text = format!("{heading}\nTikTok\nGoogle Maps\nSlack\nZoom\n");
            assert_eq!(read(&text), ["TikTok", "Google Maps", "Slack", "Zoom"], "{text:?}");
        }
        // A title with the count of apps under it.
        for title in ["Apps (4)", "Installed apps (4)", "Apps: 4"] {
            let text = format!("{title}\nTikTok\nGoogle Maps\nSlack\nZoom\n");
            assert_eq!(read(&text), ["TikTok", "Google Maps", "Slack", "Zoom"], "{text:?}");
        }
        // Words no column of apps is headed with stay apps; so does a lone line.
        assert_eq!(read("Notes\nTikTok\n"), ["Notes", "TikTok"]);
        assert_eq!(read("Name\n"), ["Name"]);
        // A table whose rows fit its columns is still cut at them, a row's name running
        // into the next column's start or not.
        let table = "Name            Version\n----            -------\nTikTok          34.1.2\nGoogle Maps     11.2\nZoom            6.0\n";
        assert_eq!(read(table), ["TikTok", "Google Maps", "Zoom"]);
        let tight = "Name Version\nZoom 6.0\nTeam 1.2\n";
        assert_eq!(read(tight), ["Zoom", "Team"]);
    }

    #[test]
    fn tables_laid_out_by_hand_are_read_by_their_header() {
        let read = entry_texts;
        // A column's name of two words, the columns two spaces apart or more.
        let aligned = "App Name          Version\nTikTok            34.1\nGoogle Maps       11.2\n";
        assert_eq!(read(aligned), ["TikTok", "Google Maps"]);
        let display =
            "Display Name     Publisher\nTikTok           TikTok Pte. Ltd.\nSlack            Slack Technologies\n";
        assert_eq!(read(display), ["TikTok", "Slack"]);
        // Two columns with a pipe between them, as Markdown allows without the outer ones.
        let piped = "App | Status\n--- | ---\nTikTok | installed\nGoogle Maps | installed\n";
        assert_eq!(read(piped), ["TikTok", "Google Maps"]);
        assert_eq!(read("App | Status\nTikTok | installed\n"), ["TikTok"]);
        // Names with a pipe between them and no header are a typed list's, each an app.
        assert_eq!(
            read("TikTok | WeChat\nSlack | Zoom\n"),
            ["TikTok", "WeChat", "Slack", "Zoom"]
        );
        assert_eq!(read("TikTok | WeChat | Slack\n"), ["TikTok", "WeChat", "Slack"]);
    }

    #[test]
    fn numbers_counting_up_before_names_are_the_lists() {
        let read = entry_texts;
        // Numbered with no mark after the number, by a space or a spreadsheet's tab.
        assert_eq!(
            read("1 TikTok\n2 Google Maps\n3 Slack\n"),
            ["TikTok", "Google Maps", "Slack"]
        );
        assert_eq!(read("1\tTikTok\n2\tGoogle Maps\n"), ["TikTok", "Google Maps"]);
        assert_eq!(read("7 TikTok\n\n8 Slack\n9 Zoom\n"), ["TikTok", "Slack", "Zoom"]);
        // Names that begin with a number keep it when the numbers do not count up.
        assert_eq!(
            read("1 Second Everyday\n8 Ball Pool\n7 Minute Workout\n"),
            ["1 Second Everyday", "8 Ball Pool", "7 Minute Workout"]
        );
        assert_eq!(read("1 Second Everyday\n"), ["1 Second Everyday"]);
    }

    #[test]
    fn a_store_or_settings_screens_state_under_a_name_is_no_app() {
        let read = entry_texts;
        // Google Play's library (the publisher, then the state), the App Store's
        // purchases (its button), Samsung's app list (a disabled app is still there).
        assert_eq!(
            read("TikTok\nTikTok Pte. Ltd.\nInstalled\nGoogle Maps\nGoogle LLC\nInstalled\n"),
            ["TikTok", "Google Maps"]
        );
        assert_eq!(read("TikTok\nOPEN\nGoogle Maps\nOPEN\n"), ["TikTok", "Google Maps"]);
        assert_eq!(read("UC Browser\nDisabled\nSlack\n245 MB\n"), ["UC Browser", "Slack"]);
        // In the languages appcheck speaks.
        assert_eq!(
            read("TikTok\nÖFFNEN\nGoogle Maps\nAKTUALISIEREN\nWeChat\nDeaktiviert\n"),
            ["TikTok", "Google Maps", "WeChat"]
        );
        assert_eq!(read("TikTok\nOUVRIR\nOutlook\nMETTRE À JOUR\n"), ["TikTok", "Outlook"]);
        assert_eq!(read("TikTok\nABRIR\nOutlook\nACTUALIZAR\n"), ["TikTok", "Outlook"]);
        // When an app was last used, as iPhone Storage says it in German, French, Spanish.
        for (used, never) in [
            ("Zuletzt verwendet: Gestern", "Nie verwendet"),
            ("Dernière utilisation : hier", "Jamais utilisée"),
            ("Último uso: ayer", "Nunca usada"),
        ] {
            let text = format!("TikTok\n{used}\n2,31 GB\nSlack\n{never}\n201 MB\n");
            assert_eq!(read(&text), ["TikTok", "Slack"], "{text}");
        }
        // Every state, in any case, gets past the filter in front of the words. (Upper
        // case from the standard library's table: a test's, never in the module.)
        #[allow(clippy::disallowed_methods)]
        for state in STATES.iter() {
            for state in [state.to_owned(), state.to_uppercase(), crate::case::lower(state)] {
                assert!(screen_state(&state), "{state}");
            }
        }
        // Not under a name, such a word is read as a name.
        assert_eq!(read("Open\nSlack\n"), ["Open", "Slack"]);
    }

    #[test]
    fn markdown_headings_are_a_lists_titles() {
        let read = entry_texts;
        // A notes app's headings over its lists.
        assert_eq!(
            read("# Work\nSlack\nTeams\n\n# Personal\nTikTok\n"),
            ["Slack", "Teams", "TikTok"]
        );
        assert_eq!(
            read("## Work apps\n- Slack\n\n## Personal apps\n- TikTok\n"),
            ["Slack", "TikTok"]
        );
        // A heading that identifies an app is that app (Adebar's report of a phone's apps),
        // and the details under it, a date or a store among them, are its.
        let adebar = "# Apps installed on Pixel 7\n\n## Installed from Google Play\n\n\
                      ### TikTok (com.zhiliaoapp.musically)\n* Version: 34.1.3 (2023401030)\n\
                      * CPU ABI: arm64-v8a\n* Installed: 2024-02-10 12:34:56\n* Updated: 2024-03-01 08:00:01\n\
                      * Installer: com.android.vending\n\n### Signal (org.thoughtcrime.securesms)\n* Version: 7.0.1 (1400)\n";
        assert_eq!(
            read(adebar),
            [
                "TikTok (com.zhiliaoapp.musically)",
                "Signal (org.thoughtcrime.securesms)"
            ]
        );
        // Not a heading: a number after the sign, a hashtag.
        assert_eq!(read("#1 TikTok\n#Slack\n"), ["#1 TikTok", "#Slack"]);
    }

    #[test]
    fn a_tables_cells_are_cut_where_a_terminal_shows_its_columns() {
        let read = |text: &str| {
            let list = crate::list::parse_list(text, str::to_owned);
            list.entries
                .iter()
                .map(|e| (e.text.clone(), e.identifier.clone()))
                .collect::<Vec<_>>()
        };
        // `winget list` pads a Chinese name by the two columns each of its characters
        // takes on screen.
        let winget = "Name                 Id                          Version         Available  Source\n\
                      -----------------------------------------------------------------------------------\n\
                      Microsoft Edge       Microsoft.Edge              122.0.2365.80              winget\n\
                      腾讯会议             Tencent.TencentMeeting      3.23.1.410                 winget\n\
                      抖音                 ByteDance.Douyin            3.2.0                      winget\n";
        let read = read(winget);
        let names: Vec<&str> = read.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(names, ["Microsoft Edge", "腾讯会议", "抖音"], "{read:?}");
        assert_eq!(read.get(2).and_then(|(_, id)| id.as_deref()), Some("ByteDance.Douyin"));
        // And in the reader's language: its header's words are the columns'.
        for header in [
            "Name                 ID                          Version         Verfügbar  Quelle",
            "Nom                  ID                          Version         Disponible Source",
            "Nombre               Id                          Versión         Disponible Origen",
            "名称                 ID                          版本            可用       源",
        ] {
            let text = format!(
                "{header}\n{}\n抖音                 ByteDance.Douyin            3.2.0                      winget\n",
                "-".repeat(83)
            );
            let list = crate::list::parse_list(&text, str::to_owned);
            let entries: Vec<(&str, Option<&str>)> = list
                .entries
                .iter()
                .map(|e| (e.text.as_str(), e.identifier.as_deref()))
                .collect();
            assert_eq!(entries, [("抖音", Some("ByteDance.Douyin"))], "{header}");
        }
    }

    #[test]
    fn names_between_signs_with_spaces_around_are_several_apps() {
        let read = entry_texts;
        for line in [
            "Slack / Zoom / TikTok",
            "Slack · Zoom · TikTok",
            "Slack + Zoom + TikTok",
            "Slack - Zoom - TikTok",
            "Slack | Zoom | TikTok",
        ] {
            assert_eq!(read(line), ["Slack", "Zoom", "TikTok"], "{line}");
        }
        // A store's title keeps its one dash; signs inside a name stay.
        assert_eq!(
            read("TikTok - Videos, Shop & LIVE\nSlack\n"),
            ["TikTok - Videos, Shop & LIVE", "Slack"]
        );
        assert_eq!(read("Fate/Grand Order\nDisney+\n"), ["Fate/Grand Order", "Disney+"]);
    }

    #[test]
    fn a_title_over_a_csv_or_tsv_table_is_passed_over() {
        let read = |text: &str| {
            let list = crate::list::parse_list(text, str::to_owned);
            let entries = list
                .entries
                .iter()
                .map(|e| (e.text.clone(), e.line))
                .collect::<Vec<_>>();
            (entries, list.format)
        };
        // A console's table copied with its title; a report's lines over its CSV.
        let jamf = "Apps\nName\tVersion\tBundle ID\nTikTok\t33.8.0\tcom.zhiliaoapp.musically\nSlack\t24.03.10\tcom.tinyspeck.chatlyio\n";
        let (entries, format) = read(jamf);
        assert_eq!(entries, [("TikTok".to_owned(), 3), ("Slack".to_owned(), 4)]);
        assert_eq!(format, Format::Csv);
        let report = "Installed Applications Report\nGenerated: 2024-03-12 10:14 UTC\nDevice: Galaxy S23\n\n\
                      App Name,Package,Version,Installed\nSHAREit,com.lenovo.anyshare.gps,6.32.78_ww,2024-02-10\n\
                      Slack,com.Slack,24.03.10.0,2024-01-12\n";
        let (entries, format) = read(report);
        assert_eq!(entries, [("SHAREit".to_owned(), 6), ("Slack".to_owned(), 7)]);
        assert_eq!(format, Format::Csv);
    }

    #[test]
    fn the_name_under_a_sign_off_is_its_signature() {
        let read = |text: &str| {
            let list = crate::list::parse_list(text, str::to_owned);
            assert!(list.notes.is_empty(), "{text}: {:?}", list.notes);
            list.entries.iter().map(|e| e.text.clone()).collect::<Vec<_>>()
        };
        for text in [
            "TikTok\nInstagram\n\nBest regards,\nJane Doe\n",
            "TikTok\nInstagram\nThanks\nJane\n",
            "TikTok\nInstagram\nThanks!\nJane Doe\nIT Support Analyst\n",
            "TikTok\nInstagram\nDanke und viele Grüße\nJana\n",
            "TikTok\nInstagram\nThanks,\nJane Doe\nSales Associate, Store 114\n",
            // A signature with its contact lines: a phone, an address, a website.
            "TikTok\nInstagram\n\nKind regards,\nJohn Smith\nAccount Manager | Sales\nM: +44 7700 900123\n",
            "TikTok\nInstagram\nBest,\nJane Doe\nContoso Ltd\njane.doe@contoso.com\nwww.contoso.com\n",
            "TikTok\nInstagram\nMit freundlichen Grüßen\nJana Meier\nTel.: +49 (0)30 1234567\n",
        ] {
            assert_eq!(read(text), ["TikTok", "Instagram"], "{text}");
        }
        assert_eq!(read("Slack\nTikTok, thanks\n"), ["Slack", "TikTok"]);
        // Only under a list, and only a name or two: what follows a sign-off otherwise stays.
        assert_eq!(read("Thanks!\nTikTok\nInstagram\n"), ["TikTok", "Instagram"]);
        assert_eq!(
            read("TikTok\nThanks\nSlack\nZoom\nTeams\nGmail\n"),
            ["TikTok", "Slack", "Zoom", "Teams", "Gmail"]
        );
        // Three or four lines under it are the signer's only with a way to reach them.
        assert_eq!(
            read("TikTok\nThanks\nSlack\nZoom\nTeams\n"),
            ["TikTok", "Slack", "Zoom", "Teams"]
        );
    }

    /// A remark that closes a list typed by hand (`That's about it`, `Das war's`, `Eso es
    /// todo`, `Hope this helps`) is its frame, not an app; alone, it is a reply instead of
    /// a list. Names with such a word of their own stay names.
    #[test]
    fn a_closing_remark_is_the_lists_frame() {
        let read = |text: &str| {
            let list = crate::list::parse_list(text, str::to_owned);
            list.entries.iter().map(|e| e.text.clone()).collect::<Vec<_>>()
        };
        for closing in [
            "that's about it",
            "That’s about all.",
            "That's the list",
            "End of list",
            "-- end of list --",
            "Thats all folks!",
            "Hope this helps",
            "Hope that helps!",
            "Let me know",
            "Let me know if you need anything else.",
            "Nothing else",
            "Das war's",
            "Das wars",
            "Das ist alles.",
            "Mehr nicht",
            "Ende der Liste",
            "Voilà",
            "C'est tout !",
            "Fin de la liste",
            "Rien d'autre",
            "Eso es todo",
            "Es todo.",
            "Nada más",
            "Fin de la lista",
        ] {
            assert_eq!(
                read(&format!("Slack\nZoom\n{closing}\n")),
                ["Slack", "Zoom"],
                "{closing}"
            );
            let alone = crate::list::parse_list(&format!("{closing}\n"), str::to_owned);
            assert!(alone.entries.is_empty(), "{closing}: {:?}", alone.entries);
        }
        for name in [
            "The End",
            "End of the Line",
            "Hope",
            "Let It Be",
            "Know Your Meme",
            "Nothing X",
            "Voila AI Artist",
        ] {
            assert_eq!(read(&format!("Slack\n{name}\n")), ["Slack", name], "{name}");
        }
    }

    #[test]
    fn a_property_beside_a_name_is_no_app() {
        // Details copied with each app: its version, size, place, dates.
        let text = "Name: TikTok\nVersion: 33.1.4\nSize: 245 MB\nInstalled on: 11/14/2026\n\
                    Location: /Applications/TikTok.app\n\nName: Slack\nversion: 4.41\nLast Modified: yesterday\n";
        let list = crate::list::parse_list(text, str::to_owned);
        let names: Vec<&str> = list.entries.iter().map(|e| e.text.as_str()).collect();
        // (The `Name:` key before each name is the record's own: `framed_names`.)
        assert_eq!(names, ["TikTok", "Slack"]);
        assert!(list.notes.is_empty(), "{:?}", list.notes);
        // A version or a size after its key with no colon, as an app's page writes them.
        let text = "TikTok\nVersion 34.1.3\nSize 245 MB\nSlack\n";
        let list = crate::list::parse_list(text, str::to_owned);
        let names: Vec<&str> = list.entries.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(names, ["TikTok", "Slack"]);
        // And a screen's controls over its list of apps (Windows' Apps & features).
        let text = "Sort by: Name (A to Z)\nFilter by: All drives\nCapCut\nBytedance Pte. Ltd.\n";
        let list = crate::list::parse_list(text, str::to_owned);
        let names: Vec<&str> = list.entries.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(names, ["CapCut"]);
        // What stays: a label over names (`Installed:`, `Updated:` introduce a list).
        for line in ["Installed: TikTok, Instagram", "Updated: TikTok, Instagram"] {
            let list = crate::list::parse_list(line, str::to_owned);
            let names: Vec<&str> = list.entries.iter().map(|e| e.text.as_str()).collect();
            assert_eq!(names, ["TikTok", "Instagram"], "{line}");
        }
    }

    #[test]
    fn a_company_under_a_name_is_its_publisher_not_an_app() {
        // A screen that writes each app's publisher under its name (Windows' Apps & features).
        let text = "CapCut\nBytedance Pte. Ltd.\n512 MB\nZoom Workplace\nZoom Video Communications, Inc.\n\
                    Calculator\nMicrosoft Corporation\n";
        let list = crate::list::parse_list(text, str::to_owned);
        let names: Vec<&str> = list.entries.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(names, ["CapCut", "Zoom Workplace", "Calculator"]);
        assert!(list.notes.is_empty(), "{:?}", list.notes);
        // Not the first line, nor one under a line that is no app.
        let list = crate::list::parse_list("Acme Inc\nSlack\n", str::to_owned);
        assert_eq!(list.entries.len(), 2);
    }

    #[test]
    fn a_chats_header_and_notice_are_its_structure() {
        // Teams' copied messages: the time and the sender over the message; WhatsApp's
        // notice that has no sender.
        let text = "[10:42 AM] Jane Doe\nTikTok, Instagram\n[10:43 AM] Jane Doe\nand Spotify\n\
                    [10/03/24, 09:41:22] Messages and calls are end-to-end encrypted.\n\
                    [10/03/24, 09:41:40] Priya Nair: WhatsApp\n";
        let list = crate::list::parse_list(text, str::to_owned);
        let names: Vec<&str> = list.entries.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(names, ["TikTok", "Instagram", "Spotify", "WhatsApp"]);
        assert!(list.notes.is_empty(), "{:?}", list.notes);
        // Slack's: the sender and the time after two spaces. A size after a name is an
        // app's (a storage screen's), and so is a name with a number.
        let text = "Jane Doe  10:42 AM\nTikTok\nSignal\nPriya  9:05\nZoom\nTikTok  245 MB\nClock 10:00\n";
        let list = crate::list::parse_list(text, str::to_owned);
        let names: Vec<&str> = list.entries.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(names, ["TikTok", "Signal", "Zoom", "TikTok  245 MB", "Clock 10:00"]);
    }

    #[test]
    fn list_markers_of_every_kind_are_taken_off() {
        for (line, name) in [
            ("- TikTok", "TikTok"),
            ("3. TikTok", "TikTok"),
            ("3) TikTok", "TikTok"),
            ("a) TikTok", "TikTok"),
            ("b. TikTok", "TikTok"),
            ("(c) TikTok", "TikTok"),
            ("(12) TikTok", "TikTok"),
            ("iv) TikTok", "TikTok"),
            ("1- TikTok", "TikTok"),
            ("12 - TikTok", "TikTok"),
            ("1: TikTok", "TikTok"),
            ("B) TikTok", "TikTok"),
            // What stays: names that begin like a marker.
            ("J. Crew", "J. Crew"),
            ("7-Zip", "7-Zip"),
            ("a TikTok", "a TikTok"),
            ("(Not Boring) Weather", "(Not Boring) Weather"),
            ("100 Doors", "100 Doors"),
            ("2048", "2048"),
            ("X", "X"),
        ] {
            assert_eq!(strip_marker(line), name, "{line}");
        }
    }

    #[test]
    fn a_heading_that_ends_in_a_colon_is_the_lists_structure() {
        // A list grouped under headings, as a person types it in a note or a chat; each
        // heading is a label with nothing after it, never an app (an app's name inside
        // one is still found by the sweep, as a question).
        let text =
            "Work apps:\nOutlook\nMicrosoft Teams\nPersonal apps:\nInstagram\n- On my kid's tablet:\nRoblox\nRe:Zero\n";
        let list = crate::list::parse_list(text, str::to_owned);
        let names: Vec<&str> = list.entries.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(names, ["Outlook", "Microsoft Teams", "Instagram", "Roblox", "Re:Zero"]);
        for heading in [1, 4, 6] {
            assert!(
                list.structure.iter().any(|&(a, b)| a <= heading && heading <= b),
                "line {heading}"
            );
        }
        assert!(list.notes.is_empty(), "{:?}", list.notes);
    }

    #[test]
    fn a_screens_values_beside_names_are_no_names() {
        for value in [
            "2.31 GB",
            "845,3 MB",
            "14.8GB",
            "12 kB",
            "3 Mo",
            "1.2 GiB",
            "96%",
            "96 %",
            "9:41",
            "9:41 PM",
            "21:07",
            "2h 5m",
            "45m",
            "2 hr, 5 min",
            "1 hr",
            "12 min",
            "30s",
            "Last Used: Yesterday",
            "Last used: 11/14/26",
            "Never Used",
            "0 bytes",
            // The date beside an app on Windows' Apps & features and on other screens.
            "11/14/2026",
            "10/2/2026",
            "14/11/26",
            "14.11.2026",
            "2026-11-14",
            "11/14/2026 9:41 AM",
        ] {
            assert!(screen_value(value), "{value}");
        }
        for name in [
            "2048",
            "1.1.1.1",
            "1.2.3",
            "24/7",
            "2/3/4",
            "1Password",
            "7-Zip",
            "9GAG",
            "360 Security",
            "GB WhatsApp",
            "TikTok 2.31 GB",
            // (A storage screen's total, over its apps: were it a value beside an app,
            // the copy would begin below a name cut off.)
            "2.31 GB of 64 GB",
            "Last Used",
            "Never Used Again",
            "Lastpass",
            "Notion",
            "10:30 Timer",
            "24/7",
            "1 2 3",
            "99:99",
            "4 Pics 1 Word",
        ] {
            assert!(!screen_value(name), "{name}");
        }
    }

    /// Every number word read, with the number the lists gave it before they carried
    /// filters (the filter only lets a word by; the word is still compared exactly:
    /// `FORTY` is none), and a few that are none.
    #[test]
    fn number_words_are_read_as_before_their_filters() {
        for (word, number) in [
            ("one", Some(1)),
            ("two", Some(2)),
            ("three", Some(3)),
            ("four", Some(4)),
            ("five", Some(5)),
            ("six", Some(6)),
            ("seven", Some(7)),
            ("eight", Some(8)),
            ("nine", Some(9)),
            ("ten", Some(10)),
            ("eleven", Some(11)),
            ("twelve", Some(12)),
            ("thirteen", Some(13)),
            ("fourteen", Some(14)),
            ("fifteen", Some(15)),
            ("sixteen", Some(16)),
            ("seventeen", Some(17)),
            ("eighteen", Some(18)),
            ("nineteen", Some(19)),
            ("twenty", Some(20)),
            ("thirty", Some(30)),
            ("forty", Some(40)),
            ("fifty", Some(50)),
            ("sixty", Some(60)),
            ("seventy", Some(70)),
            ("eighty", Some(80)),
            ("ninety", Some(90)),
            ("eins", Some(1)),
            ("zwei", Some(2)),
            ("drei", Some(3)),
            ("vier", Some(4)),
            ("fünf", Some(5)),
            ("sechs", Some(6)),
            ("sieben", Some(7)),
            ("acht", Some(8)),
            ("neun", Some(9)),
            ("zehn", Some(10)),
            ("elf", Some(11)),
            ("zwölf", Some(12)),
            ("dreizehn", Some(13)),
            ("vierzehn", Some(14)),
            ("fünfzehn", Some(15)),
            ("sechzehn", Some(16)),
            ("siebzehn", Some(17)),
            ("achtzehn", Some(18)),
            ("neunzehn", Some(19)),
            ("zwanzig", Some(20)),
            ("un", Some(1)),
            ("deux", Some(2)),
            ("trois", Some(3)),
            ("quatre", Some(4)),
            ("cinq", Some(5)),
            ("sept", Some(7)),
            ("huit", Some(8)),
            ("neuf", Some(9)),
            ("dix", Some(10)),
            ("onze", Some(11)),
            ("douze", Some(12)),
            ("treize", Some(13)),
            ("quatorze", Some(14)),
            ("quinze", Some(15)),
            ("seize", Some(16)),
            ("dix-sept", Some(17)),
            ("dix-huit", Some(18)),
            ("dix-neuf", Some(19)),
            ("vingt", Some(20)),
            ("uno", Some(1)),
            ("dos", Some(2)),
            ("tres", Some(3)),
            ("cuatro", Some(4)),
            ("cinco", Some(5)),
            ("seis", Some(6)),
            ("siete", Some(7)),
            ("ocho", Some(8)),
            ("nueve", Some(9)),
            ("diez", Some(10)),
            ("once", Some(11)),
            ("doce", Some(12)),
            ("trece", Some(13)),
            ("catorce", Some(14)),
            ("quince", Some(15)),
            ("dieciséis", Some(16)),
            ("diecisiete", Some(17)),
            ("dieciocho", Some(18)),
            ("diecinueve", Some(19)),
            ("veinte", Some(20)),
            ("dreißig", Some(30)),
            ("vierzig", Some(40)),
            ("fünfzig", Some(50)),
            ("sechzig", Some(60)),
            ("siebzig", Some(70)),
            ("achtzig", Some(80)),
            ("neunzig", Some(90)),
            ("trente", Some(30)),
            ("quarante", Some(40)),
            ("cinquante", Some(50)),
            ("soixante", Some(60)),
            ("treinta", Some(30)),
            ("cuarenta", Some(40)),
            ("cincuenta", Some(50)),
            ("sesenta", Some(60)),
            ("setenta", Some(70)),
            ("ochenta", Some(80)),
            ("noventa", Some(90)),
            ("hundert", Some(100)),
            ("cien", Some(100)),
            ("dois", Some(2)),
            ("duas", Some(2)),
            ("três", Some(3)),
            ("quatro", Some(4)),
            ("dez", Some(10)),
            ("vinte", Some(20)),
            ("trinta", Some(30)),
            ("quarenta", Some(40)),
            ("cinquenta", Some(50)),
            ("sessenta", Some(60)),
            ("due", Some(2)),
            ("tre", Some(3)),
            ("quattro", Some(4)),
            ("cinque", Some(5)),
            ("dieci", Some(10)),
            ("venti", Some(20)),
            ("trenta", Some(30)),
            ("quaranta", Some(40)),
            ("cinquanta", Some(50)),
            ("sessanta", Some(60)),
            ("twee", Some(2)),
            ("drie", Some(3)),
            ("vijf", Some(5)),
            ("tien", Some(10)),
            ("twintig", Some(20)),
            ("dertig", Some(30)),
            ("veertig", Some(40)),
            ("vijftig", Some(50)),
            ("zestig", Some(60)),
            ("dwa", Some(2)),
            ("trzy", Some(3)),
            ("cztery", Some(4)),
            ("pięć", Some(5)),
            ("dziesięć", Some(10)),
            ("dwadzieścia", Some(20)),
            ("trzydzieści", Some(30)),
            ("czterdzieści", Some(40)),
            ("pięćdziesiąt", Some(50)),
            ("hundred", Some(100)),
            ("dozen", Some(12)),
            ("fourty", Some(40)),
            ("forty-two", Some(42)),
            ("twenty-one", Some(21)),
            ("ninety-nine", Some(99)),
            ("fourty-five", Some(45)),
            ("twenty-ten", None),
            ("FORTY", None),
            ("One", None),
            ("Tool", None),
            ("onee", None),
            ("", None),
        ] {
            assert_eq!(number_in_words(word), number, "{word}");
        }
    }

    /// A phrase list's filter lets each of its phrases by, whole, and each of their
    /// beginnings before a space: what [`has_phrase`] finds by a search of the list.
    #[test]
    fn phrase_filters_let_every_phrase_and_its_beginnings_by() {
        for list in [REPLIES_LIST, FRAMES_LIST, GO_ON_LIST, BELOW_LIST, CONTINUES_LIST] {
            for item in list.text.split(',').filter(|i| !i.is_empty()) {
                assert!(has_phrase(list, item, true), "{item}");
                for (at, _) in item.match_indices(' ') {
                    assert!(has_phrase(list, &item[..at], false), "{item}");
                }
            }
        }
        // (And no more than the search finds.)
        assert!(!has_phrase(REPLIES_LIST, "same as bef", false));
        assert!(!has_phrase(REPLIES_LIST, "same as", true));
    }

    #[test]
    fn the_word_filters_hold_every_word_and_let_most_names_go() {
        for line in [
            "- TikTok",
            "I'm fine",
            "  n/a",
            "Grüße, Jan",
            "’Tis",
            "...",
            "",
            "Ünïcode app",
            "a1-b2",
        ] {
            assert_eq!(
                first_word_hash(line),
                prose_words(line).next().map(lower_hash),
                "{line:?}"
            );
        }
        for word in VERDICT_WORDS.split(' ').filter(|w| !w.is_empty()) {
            assert!(may_be(&VERDICT_FILTER, lower_hash(word)), "{word}");
        }
        for word in HEDGES.split(' ').chain(HEDGE_FILL.split(' ')).filter(|w| !w.is_empty()) {
            assert!(may_be(&HEDGE_FILTER, lower_hash(word)), "{word}");
        }
        for word in SENTENCE_WORDS.split(' ').filter(|w| !w.is_empty()) {
            assert!(may_be(&SENTENCE_FILTER, lower_hash(word)), "{word}");
            assert_eq!(lower_hash(word), lower_hash(&word.to_ascii_uppercase()), "{word}");
            assert_eq!(lower_hash(word), fnv(word.as_bytes()), "{word}");
        }
        for entry in REPLIES.split(',').chain(FRAMES.split(',')).filter(|e| !e.is_empty()) {
            let first = entry.split(' ').next().unwrap_or(entry);
            assert!(may_be(&OPENING_FILTER, lower_hash(first)), "{first}");
        }
        for form in FORMS.iter() {
            assert!(may_be(&FORMS_FILTER, lower_hash(&form.to_ascii_uppercase())), "{form}");
        }
        for word in [
            ASKING, SYSTEMS, MAKERS, FAMILIES, JOINERS, MORE, QUANTITIES, KINDS, VAGUE,
        ]
        .into_iter()
        .flat_map(Words::iter)
        {
            assert!(may_be(&ASIDE_FILTER, lower_hash(word)), "{word}");
        }
        for place in PLACES.iter() {
            assert!(
                may_be(&PLACES_FILTER, lower_hash(&place.to_ascii_uppercase())),
                "{place}"
            );
        }
        for (filter, words) in [
            (&SHOWS_FILTER, &[SHOW, MORE_OR_ALL, READ_ON][..]),
            (&CONTINUES_FILTER, &[CONTINUES_FIRST]),
            (&GONE_FILTER, &[GONE_FIRST]),
            (&SUBSET_FILTER, &[SUBSET_FIRST]),
            (&WITHHELD_FILTER, &[WITHHELD_FIRST]),
        ] {
            for word in words.iter().flat_map(|w| w.iter()) {
                assert!(may_be(filter, lower_hash(word)), "{word}");
                assert!(may_be(&LATER_FILTER, lower_hash(word)), "{word}");
                assert_eq!(lower_hash(word), first_word_hash(word).unwrap_or(0), "{word}");
            }
        }
        for word in [COUNTED, COUNT_BESIDES, COUNT_TOTAL].into_iter().flat_map(Words::iter) {
            assert!(may_be(&COUNT_FILTER, lower_hash(word)), "{word}");
        }
        // (Every first word of a continuation's phrase is one of its first words, as
        // `first_word_hash` reads it: to a space or a full stop, `c` of `c.d.n`.)
        for phrase in CONTINUES.split(',').filter(|p| !p.is_empty()) {
            let first = phrase.split([' ', '.']).next().unwrap_or(phrase);
            assert!(CONTINUES_FIRST.contains(first), "{phrase}");
        }
        // Not a promise for each word (a filter may let one through), but for most.
        let names: Vec<String> = (0..1000).map(|i| format!("name{i}")).collect();
        let through = |filter: &dyn Fn(u64) -> bool| names.iter().filter(|n| filter(lower_hash(n))).count();
        for (name, filter) in [
            ("sentence", &SENTENCE_FILTER),
            ("verdict", &VERDICT_FILTER),
            ("hedge", &HEDGE_FILTER),
            ("opening", &OPENING_FILTER),
            ("forms", &FORMS_FILTER),
            ("places", &PLACES_FILTER),
            ("shows", &SHOWS_FILTER),
            ("continues", &CONTINUES_FILTER),
            ("gone", &GONE_FILTER),
            ("subset", &SUBSET_FILTER),
            ("withheld", &WITHHELD_FILTER),
            ("count", &COUNT_FILTER),
        ] {
            let through = through(&|h| may_be(filter, h));
            assert!(through < 100, "{through} of 1000 names pass the {name} filter");
        }
        for (name, filter) in [("aside", &ASIDE_FILTER), ("later", &LATER_FILTER)] {
            let through = through(&|h| may_be(filter, h));
            assert!(through < 100, "{through} of 1000 names pass the {name} filter");
        }
        for word in [PART_SIGNALS, PART_FILLERS, PART_FIRST]
            .into_iter()
            .flat_map(Words::iter)
        {
            assert!(may_be(&PART_FILTER, first_word_hash(word).unwrap_or(0)), "{word}");
        }
        for word in REPLY_WORDS.iter().filter(|w| w.is_ascii()) {
            assert!(any_word_may_be(&REPLIES_FILTER, word), "{word}");
            assert!(
                any_word_may_be(&REPLIES_FILTER, &format!("View 2 {}", word.to_ascii_uppercase())),
                "{word}"
            );
        }
        assert!(!any_word_may_be(&REPLIES_FILTER, "Ordinary Tool 5"));
        let part = through(&|h| may_be(&PART_FILTER, h));
        assert!(part < 100, "{part} of 1000 names pass the part filter");
        for (name, filter) in [
            ("openers", &OPENERS_FILTER),
            ("enders", &ENDERS_FILTER),
            ("chat events'", &CHAT_EVENT_FILTER),
        ] {
            let through = through(&|h| may_be(filter, h));
            assert!(through < 100, "{through} of 1000 names pass the {name} filter");
        }
    }

    /// Every file's extension [`elsewhere`] knows passes its gate of last bytes: a file's
    /// name alone, in capitals too, or with spaces, stands for the list.
    #[test]
    #[allow(clippy::disallowed_methods)] // the standard library's capitals, to write the lines
    fn every_pictures_name_before_a_date_reaches_elsewhere_in_any_case() {
        let upper = str::to_uppercase;
        for name in SHOT_NAMES {
            for line in [format!("{name} 2023-03-01 at 12.00.00"), upper(name)] {
                let line = if line.contains("2023") {
                    line
                } else {
                    format!("{line} 20230301-120000")
                };
                assert!(elsewhere(&line, None), "{line}");
            }
        }
        for camera in CAMERA.iter() {
            let line = format!("{}_20230301_120000", upper(camera));
            assert!(elsewhere(&line, None), "{line}");
        }
    }

    #[test]
    fn every_files_extension_passes_the_last_byte_gate() {
        for ext in FILE_ENDS {
            for name in [
                format!("apps{ext}"),
                format!("APPS{}", ext.to_ascii_uppercase()),
                format!("Apps list{ext}"),
            ] {
                assert!(elsewhere(&name, None), "{name}");
            }
        }
    }

    /// A page's or a part's position, after any of [`PAGE`]'s words, in capitals too, is
    /// a part of more: no word of theirs is let go by [`elsewhere`]'s first-byte gate.
    #[test]
    fn a_page_of_several_is_a_part_whatever_its_words_first_letter() {
        for word in PAGE
            .iter()
            .chain(PICTURE_PLACE.iter())
            .filter(|w| !w.contains(|c: char| ('\u{3000}'..).contains(&c)))
        {
            let of = if word.is_ascii() { "of" } else { "z" };
            for line in [
                format!("{word} 1 {of} 3"),
                format!("{} 2 {of} 3", word.to_ascii_uppercase()),
            ] {
                assert!(elsewhere(&line, None), "{line}");
            }
        }
    }

    /// [`chat_event`]'s filter lets no line go whose last word is one of its words, in
    /// any script (read as [`last_word_hash`] reads it) and capitals.
    #[test]
    fn a_chat_events_filter_holds_every_last_word() {
        let words = SENT_WORDS
            .iter()
            .chain(&TAKEN_BACK_WORDS)
            .chain(&MESSAGE_WORDS)
            .copied();
        for word in words.chain(PART_MEDIA.iter()) {
            // (At a line's end, after a name, in capitals, with a full stop.)
            for line in [format!("John {word}"), format!("JOHN {}.", word.to_ascii_uppercase())] {
                let hash = last_word_hash(&line).unwrap_or(0);
                assert!(may_be(&CHAT_EVENT_FILTER, hash), "{line}");
            }
        }
    }

    /// [`elsewhere`] lets a line that begins with a letter go by its first and last words:
    /// every rule's phrase that such a line may begin or end with passes those filters.
    #[test]
    fn elsewhere_lets_no_rules_phrase_go_by_its_first_or_last_word() {
        let letter = |p: &str| p.as_bytes().first().is_some_and(u8::is_ascii_alphabetic);
        let openers = PLACEHOLDER_STARTS.iter().chain(PLACEHOLDER_EITHER.iter()).copied();
        let openers = openers.chain(PAGE.iter()).chain([
            "see",
            "show",
            "view",
            "load",
            "and",
            "showing",
            "to be continued",
            "https://x",
        ]);
        for phrase in openers.filter(|p| letter(p)) {
            let hash = first_word_hash(phrase).unwrap_or(0);
            // (Nor by its first byte, unless its first word is a later rule's or its last
            // one ends a rule's phrase.)
            assert!(
                begins_a_rule(phrase.as_bytes().first().copied().unwrap_or(b' '))
                    || may_be(&LATER_FILTER, hash)
                    || last_word_hash(phrase).is_some_and(|last| may_be(&ENDERS_FILTER, last)),
                "{phrase}"
            );
            assert!(may_be(&OPENERS_FILTER, hash), "{phrase}");
            // (In capitals too, as a line may write it.)
            let upper = first_word_hash(&phrase.to_ascii_uppercase()).unwrap_or(0);
            assert!(may_be(&OPENERS_FILTER, upper), "{phrase} in capitals");
        }
        let enders = PLACEHOLDER_ENDS.iter().chain(PLACEHOLDER_EITHER.iter()).copied();
        for phrase in enders
            .chain(CUT.iter())
            .chain(["to be continued"])
            .filter(|p| p.is_ascii())
        {
            let hash = last_word_hash(phrase).unwrap_or(0);
            assert!(may_be(&ENDERS_FILTER, hash), "{phrase}");
            assert!(
                may_be(
                    &ENDERS_FILTER,
                    last_word_hash(&phrase.to_ascii_uppercase()).unwrap_or(0)
                ),
                "{phrase}"
            );
            // (Its last word stands apart within it, so a line that ends with it ends with
            // that word, not a longer one: `…image omitted`, never `…ximage`.)
            let last = phrase.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
            let word = last.rsplit(|c: char| !c.is_ascii_alphanumeric()).next().unwrap_or("");
            assert!(CUT.contains(phrase) || word.len() < last.len(), "{phrase}");
        }
        // (And names, most of them let go by the filters, are none of its lines.)
        for name in [
            "Ordinary Tool 5",
            "Microsoft Teams",
            "Outlook",
            "Slack",
            "Authenticator",
        ] {
            assert!(!elsewhere(name, None), "{name}");
        }
    }

    #[test]
    fn a_status_word_after_a_name_goes_with_its_separator_and_a_negation_keeps_the_line() {
        for (line, name) in [
            ("I have WhatsApp and TikTok installed", "I have WhatsApp and TikTok"),
            ("TikTok - installed", "TikTok"),
            ("TikTok: installed", "TikTok"),
            ("TikTok – installiert", "TikTok"),
            ("TikTok, instalado", "TikTok"),
            // What says the app is not there is kept whole: it is a mention, and is
            // shown as the person wrote it.
            ("TikTok - not installed", "TikTok - not installed"),
            ("TikTok: not installed", "TikTok: not installed"),
            ("TikTok nicht installiert", "TikTok nicht installiert"),
            ("TikTok no instalado", "TikTok no instalado"),
            ("TikTok pas installé", "TikTok pas installé"),
            ("TikTok never installed", "TikTok never installed"),
            // Nothing but the word and a separator: the line as it is.
            ("- installed", "- installed"),
            ("Installed", "Installed"),
        ] {
            assert_eq!(without_installed(line), name, "{line:?}");
        }
    }

    #[test]
    fn package_version_lines_give_the_package_and_chatter_is_structure() {
        for (line, expected) in [
            ("7zip 23.1.0", Some("7zip")),
            ("KB2919355 1.0.20160915", Some("KB2919355")),
            ("wechat|3.9.8.15", Some("wechat")),
            ("python@3.12 3.12.7_1 3.12.6", Some("python@3.12")),
            ("7zip 19.00 [main]", Some("7zip")),
            ("libc6\t2.36-9+deb12u4", Some("libc6")),
            ("git 2.30.0.windows.2 *global* [main]", Some("git")),
            ("vlc [extras]", None),
            ("base 3-2", Some("base")),
            ("vim 9.1.0-1:2", Some("vim")),
            ("signal-desktop v7.32.0", Some("signal-desktop")),
            // A name with a number is a name; a name of several words is typed.
            ("Office 365", None),
            ("Windows 11", None),
            ("Teams v2", None),
            ("Microsoft Teams 1.6", None),
            ("wechat  3.9", None),
            ("TikTok", None),
            ("apps.apple.com/us/app/tiktok/id835599320", None),
            ("12 packages installed.", None),
        ] {
            assert_eq!(package_version(line), expected, "{line}");
        }
        for (line, chatter) in [
            ("Chocolatey v2.2.2", true),
            ("Chocolatey v0.10.15", true),
            ("12 packages installed.", true),
            ("1 package installed", true),
            ("Installed apps:", true),
            ("Chocolatey", false),
            ("Chocolatey v2 is great", false),
            ("12 packages were installed.", false),
            ("packages installed.", false),
            // A header row over the packages.
            ("Package Version", true),
            ("Name", true),
        ] {
            assert_eq!(package_chatter(line), chatter, "{line}");
        }
        assert!(brew_heading("==> Formulae") && brew_heading("==> Casks") && !brew_heading("==> Summary"));
    }

    #[test]
    fn linux_package_lines_give_the_package_and_whether_it_is_installed() {
        for (line, expected) in [
            ("zoom/now 5.17.1.1840 amd64 [installed,local]", Some(("zoom", true))),
            (
                "python3/jammy-updates,now 3.10.6 amd64 [installed,upgradable to: 3.10.6.1]",
                Some(("python3", true)),
            ),
            (
                "skypeforlinux/now 8.110 amd64 [residual-config]",
                Some(("skypeforlinux", false)),
            ),
            ("tiktok/jammy 2.0 amd64", Some(("tiktok", false))),
            (
                "ii  libc6:amd64   2.35-0ubuntu3.5  amd64  GNU C Library",
                Some(("libc6", true)),
            ),
            (
                "rc  skypeforlinux 8.110.76.107 amd64 Skype for Linux",
                Some(("skypeforlinux", false)),
            ),
            ("iHR wechat 4.0 amd64 WeChat", Some(("wechat", true))),
            (
                "google-chrome-stable-120.0.6099.129-1.x86_64",
                Some(("google-chrome-stable", true)),
            ),
            ("NetworkManager-1.42.2-1.el9.x86_64", Some(("NetworkManager", true))),
            ("tzdata-2023c-1.el9.noarch", Some(("tzdata", true))),
            ("tiktok.x86_64   2.1.0-1   @commandline", Some(("tiktok", true))),
            ("zoom.x86_64 5.17.1.1840-1 @@commandline", Some(("zoom", true))),
            ("zoom\t\t\tinstall", Some(("zoom", true))),
            ("libc6:amd64\t\thold", Some(("libc6", true))),
            ("skypeforlinux\t\tdeinstall", Some(("skypeforlinux", false))),
            ("Zoom 5.17", None),
            ("tiktok.x86_64 2.1.0-1", None),
            // Not a package line: typed text, links, a key without an architecture.
            ("hi there my friend", None),
            ("ii  WeChat for Linux", None),
            ("apps.apple.com/us/app/tiktok/id835599320", None),
            ("https://example.com/a b amd64", None),
            ("gpg-pubkey-fd431d51-4ae0493b", None),
            ("my-app-1.0.exe", None),
            ("TikTok", None),
        ] {
            assert_eq!(linux_package(line), expected, "{line}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// The quick look lets through every line the full test reads as a package's.
        #[test]
        fn may_be_linux_package_passes_every_package_line(
            line in proptest::string::string_regex(
                "[ ]?(ii|rc|hi|iU|pn|iiR|hiR|x|[a-z][a-z0-9+_-]{0,7}(:i386)?)([ \t\u{a0}]{1,2}(install|deinstall|hold|purge|amd64|all|x86_64|@repo|\\[installed\\]|1\\.2-3|[a-z0-9./:@-]{1,6})){0,3}[ \u{3000}]?"
            ).unwrap()
        ) {
            if package_words(&line).is_some() {
                proptest::prop_assert!(may_be_linux_package(&line), "{line:?}");
            }
        }

        /// A plain line (letters, digits, spaces) is read as every rule reads it: the
        /// rules `typed_line` skips on it find nothing on it.
        #[test]
        fn plain_lines_are_read_as_every_rule_reads_them(
            line in proptest::string::string_regex(
                "((no|No|there|There|total|Never|used|and|also|plus|installed|Hi|hey|thanks|Sent|from|my|I|have|apps|the|usual|nothing|12|7|GB|PM|Version|[a-zA-Z0-9]{1,5}) ?){1,6}"
            ).unwrap()
        ) {
            let line = trim(&line);
            proptest::prop_assume!(plain(line));
            let (mut quick, mut full) = (AppList::default(), AppList::default());
            read_typed(4, line, &mut quick, true);
            read_typed(4, line, &mut full, false);
            proptest::prop_assert_eq!(format!("{:?}", quick.entries), format!("{:?}", full.entries));
            proptest::prop_assert_eq!(format!("{:?}", quick.notes), format!("{:?}", full.notes));
            proptest::prop_assert_eq!(quick.structure, full.structure);
        }

        /// Each of a line's `shape` bits is the test it stands for in `read`.
        #[test]
        fn shape_is_what_the_tests_look_for(
            line in proptest::string::string_regex("[pd0|+lbcs\\-\t./,;:=aPé ]{0,12}").unwrap()
        ) {
            let has = shape(&line);
            let first = line.as_bytes().first();
            proptest::prop_assert_eq!(has & FIRST_P != 0, line.starts_with('p'));
            proptest::prop_assert_eq!(has & FIRST_DIGIT != 0, first.is_some_and(u8::is_ascii_digit));
            proptest::prop_assert_eq!(has & FIRST_PIPE != 0, line.starts_with(['|', '+']));
            proptest::prop_assert_eq!(has & FIRST_MODE != 0, first.is_some_and(|b| b"dlbcps-".contains(b)));
            proptest::prop_assert_eq!(has & TAB != 0, line.contains('\t'));
            proptest::prop_assert_eq!(has & DOT != 0, line.contains('.'));
            proptest::prop_assert_eq!(has & SLASH != 0, line.contains('/'));
            proptest::prop_assert_eq!(has & COLON != 0, line.contains([':', '=']));
            let separators = line.bytes().filter(|b| matches!(b, b',' | b';')).count();
            proptest::prop_assert_eq!(has & SEPARATED != 0, separators >= 2);
        }
    }

    #[test]
    fn csv_cells_keep_quoted_commas_and_know_their_lines() {
        let records = csv_records("a,b\n\n\"x, y\",\"2\"\nz,3", b',');
        assert_eq!(records.len(), 3);
        assert_eq!(records[1], (3, vec!["x, y".to_owned(), "2".to_owned()]));
        assert_eq!(records[2].0, 4);
    }

    #[test]
    fn a_command_typed_at_a_shell_prompt_is_no_app() {
        // A help desk's terminal copied with the command that printed the list: the
        // command is the list's structure, in every shell's prompt.
        for (text, names) in [
            (
                "$ flatpak list --app --columns=name\nSlack\nTikTok",
                &["Slack", "TikTok"][..],
            ),
            (
                "jane@laptop:~$ flatpak list --app --columns=name\nSlack\nTikTok",
                &["Slack", "TikTok"],
            ),
            ("[jane@fedora ~]$ ls /opt\nSlack\nTikTok", &["Slack", "TikTok"]),
            (
                "jane@MacBook-Pro ~ % ls /Applications\nSlack\nTikTok\njane@MacBook-Pro ~ %",
                &["Slack", "TikTok"],
            ),
            ("root@host:/# ls /opt\nSlack\nTikTok", &["Slack", "TikTok"]),
            (
                "raven:/ $ pm list packages -3 | cut -d: -f2\nSlack\nTikTok",
                &["Slack", "TikTok"],
            ),
            (
                "PS C:\\Users\\jane> Get-StartApps | Select Name\nSlack\nTikTok",
                &["Slack", "TikTok"],
            ),
            (
                "C:\\Users\\jane>wmic product get name\nSlack\nTikTok",
                &["Slack", "TikTok"],
            ),
            // A program's own prompt: osquery's, SQLite's.
            (
                "osquery> SELECT name, version FROM programs;\nSlack\nTikTok",
                &["Slack", "TikTok"],
            ),
            ("sqlite> .mode line\nSlack\nTikTok", &["Slack", "TikTok"]),
            (
                "$ adb shell pm list packages -3\npackage:com.zhiliaoapp.musically\npackage:com.Slack",
                &["com.zhiliaoapp.musically", "com.Slack"],
            ),
            // What stays a name: a sign inside a name, a quote, a percentage, a path.
            (
                "Slack\nSettings > Apps\n100% Free VPN\nC# Programming",
                &["Slack", "Settings > Apps", "100% Free VPN", "C# Programming"],
            ),
        ] {
            assert_eq!(entry_texts(text), names, "{text}");
        }
    }

    #[test]
    fn osquery_and_sqlite_line_mode_records_are_read_by_their_name() {
        // `osqueryi --line 'select name, version, publisher from programs'`: a record's
        // keys padded on the left to one width, ` = `, a blank line between records.
        let text = "           name = Zoom Workplace (64-bit)\n        version = 6.0.2.33403\n      publisher = Zoom Video Communications, Inc.\n\n           name = WeChat\n        version = 3.9.8.25\n      publisher = Tencent\n\n           name = Google Chrome\n        version = 122.0.6261.112\n      publisher = Google LLC\n";
        let list = crate::list::parse_list(text, str::to_owned);
        assert_eq!(list.format, Format::ListView);
        assert_eq!(
            entry_texts(text),
            ["Zoom Workplace (64-bit)", "WeChat", "Google Chrome"]
        );
        assert_eq!(list.account.unread, 0);
        // `select bundle_identifier, name from apps`: the identifier read with its name.
        let text = "bundle_identifier = com.tinyspeck.slackmacgap\n             name = Slack.app\n\nbundle_identifier = com.zhiliaoapp.musically\n             name = TikTok.app\n";
        let list = crate::list::parse_list(text, str::to_owned);
        let ids: Vec<_> = list.entries.iter().map(|e| e.identifier.as_deref()).collect();
        assert_eq!(
            ids,
            [Some("com.tinyspeck.slackmacgap"), Some("com.zhiliaoapp.musically")]
        );
    }

    #[test]
    fn a_random_folder_name_or_uuid_names_no_app() {
        // Android 11's `ls /data/app` (each app in a random folder), iOS's app containers
        // (`ls /var/mobile/Containers/Bundle/Application`): no line says which app it is,
        // so each is a line not read, never an app the policy does not name.
        for text in [
            "~~3vQm9Ls0KdPa2Wx7Yt1HbQ==\n~~b7Kq2LmZp0RtVw9xYs3NcA==\n~~Xh3v0yGgm2Dfk6rM9oZ1wQ==",
            "0A1B2C3D-4E5F-6789-ABCD-EF0123456789\n5f1e8a2c-93b4-4d0e-8c1a-2b3c4d5e6f70",
            "Xz3Q8pLr0WbA1cN5vK7t2g==\nb7Kq2LmZp0RtVw9xYs3NcA==",
        ] {
            let list = crate::list::parse_list(text, str::to_owned);
            assert!(list.entries.is_empty(), "{text}: {:?}", list.entries);
            assert_eq!(list.notes.len(), text.lines().count(), "{text}");
            assert!(
                list.notes.iter().all(|n| matches!(n.skipped, Skipped::Unread { .. })),
                "{text}"
            );
        }
        // What stays a name or an identifier: a folder named by its package, a name
        // with a sign or a number.
        assert_eq!(
            entry_texts("com.zhiliaoapp.musically-Xz3Q8pLr0WbA1cN5vK7t2g==\n1Password 7\nC++ Shell=\nBeReal."),
            [
                "com.zhiliaoapp.musically-Xz3Q8pLr0WbA1cN5vK7t2g==",
                "1Password 7",
                "C++ Shell=",
                "BeReal"
            ]
        );
    }

    #[test]
    fn hidden_files_in_a_folder_listing_are_no_apps() {
        let text = "total 24\ndrwxrwxr-x  12 root  admin   384 Mar  4 10:01 .\ndrwxr-xr-x  20 root  wheel   640 Feb 28 09:12 ..\n-rw-r--r--@  1 jane  admin  6148 Mar  1 12:00 .DS_Store\n-rw-r--r--   1 root  wheel     0 Feb 28 09:12 .localized\ndrwxr-xr-x   3 jane  admin    96 Mar  4 10:01 TikTok.app\n";
        assert_eq!(entry_texts(text), ["TikTok"]);
    }

    #[test]
    fn a_stores_details_beside_a_name_are_no_names() {
        // Google Play's "Manage apps" copied: under each name its publisher, size and
        // when it was updated, between bullets; or the size and date alone.
        let text = "Microsoft Outlook\nMicrosoft Corporation • 178 MB • Updated yesterday\nTikTok\nTikTok Pte. Ltd. • 420 MB • Updated 2 days ago\nCapCut - Video Editor\n350 MB • Updated last week\nZoom Workplace\nUpdated Mar 4, 2024\nSlack\nUpdated today\nSpotify\nSpotify AB • 98 MB • Updated 3 days ago";
        assert_eq!(
            entry_texts(text),
            [
                "Microsoft Outlook",
                "TikTok",
                "CapCut - Video Editor",
                "Zoom Workplace",
                "Slack",
                "Spotify"
            ]
        );
        // A name with its size beside it is the name.
        assert_eq!(
            entry_texts("TikTok • 420 MB\nZoom · 156 MB\nSlack | 98 MB"),
            ["TikTok", "Zoom", "Slack"]
        );
        // Names between bullets are names, a publisher among names too.
        assert_eq!(
            entry_texts("TikTok • WeChat • Slack\nZoom • Acme Corp • Teams"),
            ["TikTok", "WeChat", "Slack", "Zoom", "Acme Corp", "Teams"]
        );
        // "Updated" and what follows it stays a name when it is not a time.
        assert_eq!(entry_texts("Updated Weather\nUpdated"), ["Updated Weather", "Updated"]);
    }

    #[test]
    fn a_sentence_that_lists_apps_is_read_for_its_names() {
        // Employees write sentences: the words before the names (a pronoun and a verb of
        // having or using) and where the apps are (`on my phone`) are the sentence's.
        for (text, names) in [
            ("I have TikTok and Slack", &["TikTok", "Slack"][..]),
            (
                "Hi,\nI have TikTok, WhatsApp and Zoom on my phone.\nThanks",
                &["TikTok", "WhatsApp", "Zoom"],
            ),
            (
                "On my phone I have TikTok\nI also use CapCut\nand WeChat",
                &["TikTok", "CapCut", "WeChat"],
            ),
            ("I've got TikTok and Slack installed", &["TikTok", "Slack"]),
            ("I'm using Candy Crush on my iPad", &["Candy Crush"]),
            ("Ich habe TikTok und WhatsApp", &["TikTok", "WhatsApp"]),
            ("Auf meinem Handy habe ich TikTok", &["TikTok"]),
            ("J'ai TikTok et WhatsApp sur mon téléphone", &["TikTok", "WhatsApp"]),
            ("Tengo TikTok y WhatsApp en mi móvil", &["TikTok", "WhatsApp"]),
            (
                "Tengo instaladas estas aplicaciones: WhatsApp, TikTok",
                &["WhatsApp", "TikTok"],
            ),
            ("J’ai installé CapCut", &["CapCut"]),
            // Names that begin with such words stay whole; so does a sentence that says
            // an app is not there (a question, never an order).
            (
                "My Talking Tom\nHave I Been Pwned\nThe Weather Channel\nFind My iPhone",
                &[
                    "My Talking Tom",
                    "Have I Been Pwned",
                    "The Weather Channel",
                    "Find My iPhone",
                ],
            ),
            ("I don't have TikTok anymore", &["I don't have TikTok anymore"]),
            ("Ich habe kein TikTok", &["Ich habe kein TikTok"]),
            // English's "I" is no other language's "and" (`i`: `TikTok i Slack`).
            (
                "I don't have TikTok. I have WhatsApp, Instagram and Facebook.",
                &["I don't have TikTok", "WhatsApp", "Instagram", "Facebook"],
            ),
            ("Zoom, TikTok i Slack", &["Zoom", "TikTok", "Slack"]),
            ("I still have Instagram and Zoom", &["Instagram", "Zoom"]),
            (
                "Mein Diensthandy hat Outlook, Teams und TikTok.",
                &["Outlook", "Teams", "TikTok"],
            ),
            (
                "Sur mon téléphone professionnel, j'ai Outlook, Teams et TikTok.",
                &["Outlook", "Teams", "TikTok"],
            ),
            ("My work phone has Outlook and TikTok", &["Outlook", "TikTok"]),
        ] {
            assert_eq!(entry_texts(text), names, "{text}");
        }
    }

    #[test]
    fn a_settings_screens_details_under_a_name_are_no_names() {
        // Windows 11's Installed apps copied: under each name its version, publisher and
        // date between pipes, and its size.
        let text = "CapCut\n3.5.0.1258  |  Bytedance Pte. Ltd.  |  3/18/2025\n512 MB\nWeChat\n3.9.8.25  |  Tencent  |  10/2/2024\nZoom Workplace\n6.0.2 (34045)  |  Zoom Video Communications, Inc.  |  9/30/2024\n301 MB";
        assert_eq!(entry_texts(text), ["CapCut", "WeChat", "Zoom Workplace"]);
        // A name with its details on its own line is the name; beside a size, a version
        // is a detail too; names alone keep a number that is a name.
        assert_eq!(entry_texts("TikTok | 33.8.4 | 420 MB"), ["TikTok"]);
        assert_eq!(entry_texts("Slack, 1.1.1.1, Zoom"), ["Slack", "1.1.1.1", "Zoom"]);
    }

    #[test]
    fn an_old_style_property_lists_values_lose_their_quotes() {
        // `cfgutil get installedApps`: NeXTSTEP's `key = "value";`.
        let text = "installedApps: (\n        {\n        bundleIdentifier = \"com.tinyspeck.chatlyio\";\n        displayName = Slack;\n        itunesStoreID = 618783545;\n        version = \"24.03.10\";\n    },\n        {\n        bundleIdentifier = \"com.zhiliaoapp.musically\";\n        displayName = \"TikTok\";\n        itunesStoreID = 835599320;\n        version = \"33.8.0\";\n    },\n        {\n        bundleIdentifier = \"com.google.Maps\";\n        displayName = \"Google Maps\";\n        itunesStoreID = 585027354;\n        version = \"6.110.0\";\n    }\n)";
        let list = crate::list::parse_list(text, str::to_owned);
        let read: Vec<_> = list
            .entries
            .iter()
            .map(|e| (e.text.as_str(), e.identifier.as_deref()))
            .collect();
        assert_eq!(
            read,
            [
                ("Slack", Some("com.tinyspeck.chatlyio")),
                ("TikTok", Some("com.zhiliaoapp.musically")),
                ("Google Maps", Some("com.google.Maps"))
            ]
        );
    }

    #[test]
    fn a_web_table_copied_one_cell_a_line_is_read_for_its_names() {
        // Intune's discovered apps copied from the browser: the header's words, then each
        // row's cells, one a line; the search box and the pages around it.
        let text = "Search by application name\nShowing 1 to 4 of 4 records\nName\nVersion\nGoogle Maps\n11.118.0101\nTikTok\n33.8.4\nSpotify\n8.9.18.512\nSHAREit\n6.32.78_ww\n< Previous  Page 1 of 1  Next >";
        assert_eq!(entry_texts(text), ["Google Maps", "TikTok", "Spotify", "SHAREit"]);
        // Pages as other tables write them.
        assert_eq!(
            entry_texts("Slack\nZoom\n1 - 2 of 2 items\nPage 1 of 1"),
            ["Slack", "Zoom"]
        );
        // A number a name is, once in a list, stays a name; so do numbers that are not
        // versions under names.
        assert_eq!(entry_texts("Slack\n1.1.1.1\nZoom"), ["Slack", "1.1.1.1", "Zoom"]);
        assert_eq!(
            entry_texts("Slack\n2048\nZoom\n1010"),
            ["Slack", "2048", "Zoom", "1010"]
        );
        assert_eq!(entry_texts("Search\nPages\nNumbers"), ["Search", "Pages", "Numbers"]);
    }

    #[test]
    fn a_row_of_names_set_apart_by_wide_gaps_is_each_name() {
        // A home screen's labels read by OCR, a row at a time.
        let text =
            "Slack   Zoom   Outlook   Maps\nTikTok   CapCut   Spotify   WeChat\nOverview   Manage\nUSER     PID   NAME\nName     Vendor    Version";
        assert_eq!(
            entry_texts(text),
            [
                "Slack",
                "Zoom",
                "Outlook",
                "Maps",
                "TikTok",
                "CapCut",
                "Spotify",
                "WeChat",
                "Overview   Manage",
                "USER     PID   NAME",
                "Name     Vendor    Version"
            ]
        );
        // A name with its details in columns stays whole, for recognition to read; so does
        // a name with one space or two inside it.
        assert_eq!(
            entry_texts("Slack   24.03.10   2024-01-12"),
            ["Slack   24.03.10   2024-01-12"]
        );
        assert_eq!(entry_texts("Google Maps   120 MB"), ["Google Maps   120 MB"]);
        assert_eq!(
            entry_texts("Tik  Tok\nMicrosoft Teams"),
            ["Tik  Tok", "Microsoft Teams"]
        );
    }

    #[test]
    fn the_rules_of_this_stop_keep_names_review_found_lost() {
        // A name with its details on each line: every line is a name, none the details of
        // the one above.
        assert_eq!(
            entry_texts("Slack • 98 MB • Updated today\nTikTok • 420 MB • Updated 2 days ago"),
            ["Slack", "TikTok"]
        );
        // A question or what was had is no list of what is there: the line stays whole,
        // or, asked with its question mark, it is a sentence (`remark`).
        assert!(entry_texts("Do you have TikTok?").is_empty());
        for text in ["do you have tiktok", "I used to have TikTok", "I had TikTok"] {
            let read = entry_texts(text);
            assert!(read.len() == 1 && read[0].len() > "TikTok".len(), "{text}: {read:?}");
        }
        // A name's first word after the verb: it begins the name (`AI Chat`, `My Talking Tom`).
        assert_eq!(entry_texts("I use AI Chat"), ["AI Chat"]);
        assert_eq!(
            entry_texts("I have My Talking Tom and Slack"),
            ["My Talking Tom", "Slack"]
        );
        assert_eq!(entry_texts("I have Phone Guardian"), ["Phone Guardian"]);
        assert_eq!(entry_texts("Ich habe auf meinem Handy TikTok"), ["TikTok"]);
        // A note after a name with a sign is no prompt.
        assert_eq!(
            entry_texts("Slack # work\nTikTok # personal"),
            ["Slack # work", "TikTok # personal"]
        );
        // A version or a date under a sign-off is no way to reach a signer.
        assert_eq!(
            entry_texts("TikTok\nThanks\nSlack\n3.9.8.25\n03/04/2024\nZoom"),
            ["TikTok", "Slack", "3.9.8.25", "Zoom"]
        );
    }

    #[test]
    fn an_introduction_in_a_sentences_words_frames_the_names_after_its_colon() {
        for (text, names) in [
            (
                "Auf meinem Diensthandy sind folgende Apps installiert: Outlook, TikTok",
                &["Outlook", "TikTok"][..],
            ),
            ("Folgende Apps habe ich: TikTok, Slack", &["TikTok", "Slack"]),
            (
                "The following apps are installed on my work phone: TikTok, Slack",
                &["TikTok", "Slack"],
            ),
            (
                "Applications installées sur mon téléphone : TikTok, Slack",
                &["TikTok", "Slack"],
            ),
            // A store's title keeps its subtitle.
            ("Spotify: Music and Podcasts", &["Spotify: Music and Podcasts"]),
        ] {
            assert_eq!(entry_texts(text), names, "{text}");
        }
        // A table's pager as other tables write it.
        assert_eq!(entry_texts("Slack\nZoom\nResults 1 - 2 of 2"), ["Slack", "Zoom"]);
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
