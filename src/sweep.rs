//! The whole-text sweep: a safety net under the list readers.
//!
//! A reader can misjudge a format: take a record for a comma-separated line, keep a
//! whole sentence as one name, miss apps three levels down. So after the reader, the
//! whole pasted text is searched for every identifier the policy names (Android
//! packages, iOS bundle ids, other platforms' ids, App Store ids in links, publisher
//! prefixes) and every name and alias, at token boundaries, case-insensitively, on any
//! line. Evaluation reports what the sweep finds and the reader did not: an
//! identifier as a match, a name inside free text as a question (prose can also say
//! an app was removed). A publisher's name is found too, on every line it stands on:
//! beside an app (an export's publisher column), it asks whether that app is theirs.
//!
//! The sweep is linear in the text: each identifier-shaped token is one lookup in the
//! recognition tables, and each word starts at most [`MAX_WINDOW`] lookups of the
//! words that follow it, cut short as soon as no policy name begins with them
//! ([`Index::name_starts`](crate::recognise::Index)).

use crate::case::Lower;
use crate::list::{AppList, Format, Nfkc};
use crate::policy::App;
use crate::recognise::{by_identifier, Index, MatchedBy, Recognition, Target, MIN_GLUED};
use crate::text::{flush_ascii, folded_byte, hash_bytes, looks_like_identifier, push_ascii, push_folded, BEYOND_ASCII};

/// How many letters a known other app's name ([`crate::recognise::NEAR_MISSES`]) has
/// beyond a policy name it begins with, at most: `Tiktoker`, `Wechaty`, `Tic Tac Toe`.
const MAX_NEAR_MISS_LONGER: usize = 12;

/// A name is matched across at most this many words ("TikTok - Videos, Shop & LIVE"
/// is five; "Tik Tok" two).
const MAX_WINDOW: usize = 12;

/// The words of a typed list's heading before its count and the signs around it
/// (`Tiktk` of `Tiktk - 1`, `Social` of `Social (3)`): a few words with three letters at
/// least, or `None`.
fn heading_label(line: &str) -> Option<&str> {
    let end = line
        .find(|c: char| c.is_ascii_digit() || matches!(c, '(' | '['))
        .unwrap_or(line.len());
    let label = line
        .get(..end)?
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | ':' | '·' | '|' | '#' | '*'));
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    (letters >= 3 && label.len() <= 40 && label.split_whitespace().nth(4).is_none()).then_some(label)
}

/// Something the sweep found: where, what was written, and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hit {
    pub line: usize,
    /// The text as written on the line: an identifier, a link's id, or the words of a name.
    pub text: String,
    pub recognition: Recognition,
    /// Found as a name in free text (a question), not as an identifier (a match).
    pub by_name: bool,
}

/// The best hit for each app or publisher in `list`'s text: an identifier on a line
/// that does not only mention it, else an identifier on one that does, else a name;
/// the first of equals. In the order of their lines.
/// On the lines `understood` gives (in line order, with the text each of their
/// entries matched, as written), names are looked for only in the rest of the line: a
/// shorter policy name inside the one matched ("Journal Free" in "Alpha Journal Free")
/// would only ask a needless question, but another name beside it ("WeChat (TikTok)")
/// is another app. A line whose matched text is not found in it as written is left
/// alone.
pub(crate) fn sweep(
    apps: &[App],
    index: &Index,
    list: &AppList,
    nfkc: Option<Nfkc>,
    understood: &[(usize, &str)],
) -> Vec<Hit> {
    let mut best: Vec<(u8, Hit)> = Vec::new();
    // Where each app's and publisher's best hit is in `best`: a map of the few found, not
    // a slot for each of a catalogue's thousands of apps made for every list. (Keyed as
    // the typo index's map is, so no other map type goes into the Wasm module.)
    let mut slots: crate::text::FastMap<u64, u32> = crate::text::FastMap::default();
    // Whether a line lists a hit's text in a few words, asked once for each line and text:
    // a row of thousands of entries holding thousands of the same name would read all its
    // entries again for each.
    // (By the hash of both, each answer kept with what it was asked of: a hash alike by
    // chance is asked again, never answered for another text. The map the slots' type,
    // so no other map type goes into the Wasm module.)
    let mut listed: crate::text::FastMap<u64, u32> = crate::text::FastMap::default();
    let mut answers: Vec<(usize, String, bool)> = Vec::new();
    // The two lines a broken word is looked for across, while it is: a hit inside either
    // is that line's, found there (`Outlook` over `抖音短视频` joins to a text that holds
    // `抖音`). (Asked by `keep` itself: a second closure type would make a second copy of
    // the searches it is given to.)
    let joint: std::cell::Cell<Option<(&str, &str)>> = std::cell::Cell::new(None);
    let mut keep = |hit: Hit| {
        if let Some((first, second)) = joint.get() {
            if first.contains(hit.text.as_str()) || second.contains(hit.text.as_str()) {
                return;
            }
        }
        // A publisher named beside an app, or an app's name in an app listed by a few
        // words ("TikTok Mod"): a question about that line's app, each line's.
        let own_line = match hit.recognition.target {
            Target::Publisher(_) => true,
            Target::App(_) => {
                let key = crate::text::hash_bytes(hit.line as u64, hit.text.as_bytes());
                match listed.get(&key).and_then(|&at| answers.get(at as usize)) {
                    Some((line, text, answer)) if *line == hit.line && *text == hit.text => *answer,
                    _ => {
                        let answer = listed_name(list, hit.line, &hit.text);
                        listed.insert(key, answers.len() as u32);
                        answers.push((hit.line, hit.text.clone(), answer));
                        answer
                    }
                }
            }
        };
        if let (true, true, target) = (hit.by_name, own_line, hit.recognition.target) {
            // (A publisher once a line; an app's name once for each listed name holding
            // it, which `evaluate` pairs with the line's entries.)
            let again = matches!(target, Target::Publisher(_))
                && best.last().is_some_and(|(_, last)| {
                    last.by_name && last.line == hit.line && last.recognition.target == target
                });
            if !again {
                best.push((2, hit));
            }
            return;
        }
        let rank = match (hit.by_name, list.mention_of(hit.line).is_some()) {
            (false, false) => 0,
            (false, true) => 1,
            (true, _) => 2,
        };
        let key = match hit.recognition.target {
            Target::App(i) => i as u64,
            Target::Publisher(p) => 1 << 32 | p as u64,
        };
        match slots.get(&key).and_then(|&at| best.get_mut(at as usize)) {
            Some(kept) if kept.0 > rank => *kept = (rank, hit),
            Some(_) => {}
            None => {
                slots.insert(key, best.len() as u32);
                best.push((rank, hit));
            }
        }
    };
    let mut scratch = Scratch::default();
    // A typed list's lines read as its headings (`Social (3)`, a count over the apps under
    // it): their words are looked up as an entry's are, typos too ([`heading_label`]).
    let mut headings: Vec<usize> = if matches!(list.format, Format::Lines | Format::Separated) {
        list.structure
            .iter()
            .filter(|(first, last)| first == last)
            .map(|&(line, _)| line)
            .collect()
    } else {
        Vec::new()
    };
    headings.sort_unstable();
    let mut headings = headings.into_iter().peekable();
    let mut recognising = crate::recognise::Scratch::default();
    let mut rest = String::new();
    let mut ahead = understood;
    let mut before: Option<(usize, &str)> = None;
    let mut joined = String::new();
    for (i, raw) in crate::text::split_newlines(list.text()).enumerate() {
        let line = list.original_line(i + 1);
        // A word broken across two lines (a PDF's or a narrow column's `Tik-` `Tok`,
        // `musical.` `ly`), or a name whose words stand on two lines of one word each
        // (`Tik` `Tok`): looked for whole, on the first of the two lines.
        let empty = raw.bytes().all(|b| b.is_ascii_whitespace());
        if let Some((at, previous)) = before.filter(|_| !empty) {
            // (Only what spans the two: see `joint`.)
            joint.set(Some((previous, raw)));
            match broken_word(previous, raw, &mut joined) {
                Some(Broken::Wrapped) => wrapped(apps, index, previous, &joined, at, &mut keep),
                Some(kind) => {
                    if kind == Broken::Dotted || joined.contains('.') {
                        identifiers(apps, index, &joined, at, &mut scratch, &mut keep);
                    }
                    names(apps, index, &joined, at, &mut scratch, &mut keep, false);
                }
                None => {}
            }
            joint.set(None);
        }
        if !empty {
            before = Some((line, raw));
        }
        identifiers(apps, index, raw, line, &mut scratch, &mut keep);
        // (A heading's words that may be a restricted app's name mistyped, `Tiktk - 1`:
        // asked about, as the same words on a line of their own are.)
        while headings.next_if(|&h| h < i + 1).is_some() {}
        if headings.next_if_eq(&(i + 1)).is_some() {
            if let Some(label) = heading_label(raw) {
                let found = crate::recognise::recognise(apps, index, label, &mut recognising)
                    .filter(|r| matches!(r.matched_by, MatchedBy::SimilarName { .. }));
                if let Some(recognition) = found {
                    keep(Hit {
                        line,
                        text: label.to_owned(),
                        recognition,
                        by_name: true,
                    });
                }
            }
        }
        // A link percent-encoded inside another (Outlook's Safe Links, a redirector's
        // `?u=`), identifiers with invisible characters after their dots, names written
        // as JSON's `\u5fae\u4fe1`: read again, decoded, for identifiers and names.
        if let Some(plain) = decoded(raw) {
            identifiers(apps, index, &plain, line, &mut scratch, &mut keep);
            names(apps, index, &folded(nfkc, &plain), line, &mut scratch, &mut keep, true);
        }
        // What the line's entries matched, blanked: the rest is looked at for names.
        // (Lines come in order: `ahead` moves past each once. Were one out of order, its
        // matches would be passed over and the whole line looked at: more, never less.)
        let past = ahead.iter().take_while(|&&(l, _)| l < line).count();
        ahead = ahead.get(past..).unwrap_or(&[]);
        let here = ahead.iter().take_while(|&&(l, _)| l == line).count();
        let matched = ahead.get(..here).unwrap_or(&[]);
        let raw = if matched.is_empty() {
            raw
        } else if blank(raw, matched, &mut rest) {
            rest.as_str()
        } else {
            continue;
        };
        names(apps, index, &folded(nfkc, raw), line, &mut scratch, &mut keep, true);
        // Words written with digits and signs for letters (`T!kT0k app`, `L@rk Suite`):
        // the rest read again with the letters, for names.
        if let Some(letters) = crate::text::letters_for_signs(raw) {
            names(
                apps,
                index,
                &folded(nfkc, &letters),
                line,
                &mut scratch,
                &mut keep,
                true,
            );
        }
    }
    // The text's last identifier, at its very end, may have been cut short with the text
    // (a message's size limit, a copy that stopped), as if `…` followed it.
    if let Some((line, raw)) = before {
        let end = raw.trim_end();
        let token = end
            .get(end.bytes().rposition(|b| !is_identifier_byte(b)).map_or(0, |at| at + 1)..)
            .unwrap_or("")
            .trim_matches(['.', '_', '-']);
        if token.len() >= 3 && token.contains('.') {
            // (A whole one was found on its line, as what it is there: an installer's is
            // asked about.)
            let hit = identifier(apps, index, token, true, true, &mut scratch)
                .filter(|hit| matches!(hit.matched_by, MatchedBy::SimilarName { .. }))
                .or_else(|| begun_identifier(apps, index, token));
            if let Some(hit) = hit {
                keep(Hit {
                    line,
                    text: token.to_owned(),
                    recognition: hit,
                    by_name: true,
                });
            }
        }
    }
    let mut hits: Vec<Hit> = best.into_iter().map(|(_, h)| h).collect();
    crate::small_sort::sort_by_key(&mut hits, |h| h.line);
    // A line asked about for an app's name is not asked about again for a publisher's.
    let mut app_lines: Vec<usize> = hits
        .iter()
        .filter(|h| matches!(h.recognition.target, Target::App(_)))
        .map(|h| h.line)
        .collect();
    app_lines.dedup();
    hits.retain(|h| {
        matches!(h.recognition.target, Target::App(_)) || !h.by_name || app_lines.binary_search(&h.line).is_err()
    });
    hits
}

/// A policy's identifier that the text's last token begins (`com.zhiliao`, cut inside
/// `com.zhiliaoapp.musically`), the shortest: asked about. (Once a text, and only for a
/// token of two segments or more: a walk over the identifiers.)
fn begun_identifier(apps: &[App], index: &Index, token: &str) -> Option<Recognition> {
    let lower = token.to_ascii_lowercase();
    let (segments, last) = (lower.split('.').count(), lower.rsplit('.').next().unwrap_or(""));
    if segments < 2 || last.len() < 2 {
        return None;
    }
    // (The shortest, the first of equals in order; and only when every identifier it
    // begins is one app's.)
    let begun =
        || (index.identifiers.iter()).filter(|(id, _)| id.len() > lower.len() && id.starts_with(lower.as_str()));
    let (id, &i) = begun().min_by(|a, b| a.0.len().cmp(&b.0.len()).then_with(|| a.0.cmp(b.0)))?;
    if begun().any(|(_, &other)| other != i) {
        return None;
    }
    Some(Recognition {
        target: Target::App(i),
        matched_by: MatchedBy::SimilarName {
            value: token.to_owned(),
            name: apps.get(i)?.name.clone(),
            similarity: u8::try_from(lower.len() * 100 / id.len()).unwrap_or(99),
        },
    })
}

/// The most words an app listed on its own line has for the sweep to ask about it by
/// what was listed ("TikTok Studio", "Keepsafe Photo Vault"), not by the name found in it.
pub(crate) const LISTED_WORDS: usize = 4;

/// Whether line `line` has an entry of at most [`LISTED_WORDS`] words that holds `text`.
pub(crate) fn listed_name(list: &AppList, line: usize, text: &str) -> bool {
    let from = list.entries.partition_point(|e| e.line < line);
    list.entries
        .get(from..)
        .unwrap_or_default()
        .iter()
        .take_while(|e| e.line == line)
        .any(|e| e.text.contains(text) && e.text.split_whitespace().nth(LISTED_WORDS).is_none())
}

/// `text` as names are looked for in it: NFKC (from the shell) only where it can change
/// something, full-width letters and ligatures; marks go first, as for entries
/// ("TikTok™").
fn folded(nfkc: Option<Nfkc>, text: &str) -> std::borrow::Cow<'_, str> {
    match nfkc {
        Some(nfkc) if !text.is_ascii() => crate::list::without_marks_nfkc(nfkc, text).into(),
        _ => text.into(),
    }
}

/// `line` into `out` with each of `matched` (its first place in the line) written over
/// with spaces, byte for byte; `false` when one of them is not in the line as
/// written, or nothing but spaces would be left.
fn blank(line: &str, matched: &[(usize, &str)], out: &mut String) -> bool {
    let mut bytes = std::mem::take(out).into_bytes();
    bytes.clear();
    bytes.extend_from_slice(line.as_bytes());
    for &(_, text) in matched {
        let text = crate::text::trim(text);
        let at = (!text.is_empty()).then(|| line.find(text)).flatten();
        let Some(span) = at.and_then(|at| bytes.get_mut(at..at + text.len())) else {
            return false;
        };
        // (ASCII spaces over whole characters: still UTF-8, every other byte in place.)
        span.fill(b' ');
    }
    *out = String::from_utf8(bytes).unwrap_or_default();
    !crate::text::trim(out).is_empty()
}

/// Buffers reused from line to line and token to token.
#[derive(Default)]
struct Scratch {
    lower: String,
    words: String,
    /// (start, end) in `words`, (start, end) in the line, of each word.
    spans: Vec<(usize, usize, usize, usize)>,
    /// Where on the line [`names`] found names, (start, end).
    found: Vec<(usize, usize)>,
    /// A key spelt as it sounds ([`sounded`]).
    sound: String,
}

// (Asked of every byte of the text: inlined even in the size-optimised module.)
#[inline(always)]
fn is_identifier_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-')
}

/// Identifier-shaped tokens: runs of letters, digits, `.`, `_` and `-`, without the
/// dots and dashes at their ends (`com.zhiliaoapp.musically.` ends a sentence).
fn identifiers(apps: &[App], index: &Index, line: &str, line_no: usize, s: &mut Scratch, keep: &mut impl FnMut(Hit)) {
    let bytes = line.as_bytes();
    // (Most lines of a typed list hold no dot and no `id`: none of their tokens can be
    // an identifier, and they are not split into tokens.)
    // (Nor a digit, when the policy gives no App Store number.)
    let numbers = !index.store_ids.is_empty();
    let may_hold = |at: usize, b: &u8| {
        *b == b'.'
            || b | 0x20 == b'i' && bytes.get(at + 1).is_some_and(|d| d | 0x20 == b'd')
            || numbers && b.is_ascii_digit()
    };
    if !index.dotless_ids && !bytes.iter().enumerate().any(|(at, b)| may_hold(at, b)) {
        return;
    }
    let mut at = 0;
    // (A run is found with one search each way: the size-optimised Wasm module calls,
    // not inlines, a test per byte written with `Option` combinators.)
    while let Some(skip) = bytes
        .get(at..)
        .and_then(|rest| rest.iter().position(|&b| is_identifier_byte(b)))
    {
        let start = at + skip;
        let run = bytes.get(start..).unwrap_or(&[]);
        at = start + run.iter().position(|&b| !is_identifier_byte(b)).unwrap_or(run.len());
        // Without the dots, dashes and underscores at its ends (in bytes: a token is ASCII).
        let edge = |i: usize| matches!(bytes.get(i), Some(b'.' | b'_' | b'-'));
        let (mut from, mut to) = (start, at);
        while from < to && edge(from) {
            from += 1;
        }
        while to > from && edge(to - 1) {
            to -= 1;
        }
        if to - from < 3 || to - from > 200 {
            continue;
        }
        // Most tokens are words: no dot, and not an App Store number (`id835599320`,
        // `ID835599320`, `835599320`).
        let token = bytes.get(from..to).unwrap_or(&[]);
        let dotted = token.contains(&b'.');
        if !dotted && !index.dotless_ids && store_number(token).is_none() {
            continue;
        }
        let token = line.get(from..to).unwrap_or("");
        // (Cut short: `…` or `...` after it, as winget and narrow tables cut a cell.)
        let rest = line.get(to..).unwrap_or("");
        let cut = rest.starts_with("...") || rest.trim_start_matches('.').starts_with('…');
        if let Some(mut hit) = identifier(apps, index, token, dotted, cut, s) {
            // (One that only begins like the policy's is a question, as a name is: any
            // other hit of the same app is better.)
            let near = matches!(hit.matched_by, MatchedBy::SimilarName { .. });
            // The app that installed the line's own (`installer=…`, `installerPackageName=…`)
            // was on the device once, or is: asked about, as its name in free text is.
            let installer = !near && installed_by(line.get(..from).unwrap_or(""));
            if let (true, Target::App(i)) = (installer, hit.target) {
                let name = apps.get(i).map_or_else(String::new, |a| a.name.clone());
                hit.matched_by = MatchedBy::Name {
                    value: token.to_owned(),
                    name,
                };
            }
            keep(Hit {
                line: line_no,
                text: token.to_owned(),
                recognition: hit,
                by_name: near || installer,
            });
        }
    }
}

/// Whether the text before an identifier is the key of the app that installed another:
/// `pm list packages -i`'s `installer=`, `dumpsys package`'s `installerPackageName=` and
/// `installInitiatingPackageName=`, `installOriginatingPackageName=` (the line's own app
/// is another).
fn installed_by(before: &str) -> bool {
    [
        "installer=",
        "installerPackageName=",
        "InitiatingPackageName=",
        "OriginatingPackageName=",
    ]
    .iter()
    .any(|key| before.ends_with(key))
}

/// How a word was broken across two lines ([`broken_word`]).
#[derive(PartialEq, Eq)]
enum Broken {
    /// At a hyphen, or between two lines of one word each: a name.
    Word,
    /// After a dot: an identifier or a name with a dot (`musical.ly`).
    Dotted,
    /// An identifier inside one of its segments (`com.zhiliaoapp.musi` `cally`).
    Wrapped,
}

/// An identifier wrapped inside a segment, joined again ([`Broken::Wrapped`]): one of the
/// policy's, or one that begins like one, is asked about, never ordered (the line after
/// it may have been another app's name).
fn wrapped(apps: &[App], index: &Index, first: &str, joined: &str, line: usize, keep: &mut impl FnMut(Hit)) {
    // (A whole identifier of the policy's on the first line was not cut.)
    if index.identifiers.contains_key(&crate::text::trim(first).lower()) {
        return;
    }
    let lower = joined.lower();
    let found = match index.identifiers.get(&lower) {
        Some(&i) => apps.get(i).map(|app| Recognition {
            target: Target::App(i),
            matched_by: MatchedBy::SimilarName {
                value: joined.to_owned(),
                name: app.name.clone(),
                similarity: 99,
            },
        }),
        None => near_identifier(apps, index, &lower, joined, false),
    };
    if let Some(recognition) = found {
        keep(Hit {
            line,
            text: joined.to_owned(),
            recognition,
            by_name: true,
        });
    }
}

/// The word `first` ends with and `second` begins with, joined into `out`, when they
/// may be one word broken across the lines: `first` ends with a hyphen after a letter
/// (the hyphen left out: `Tik-` `Tok` is `TikTok`) or with a dot after a letter, or both
/// lines are one word of letters (`Tik` `Tok` is `Tik Tok`).
fn broken_word(first: &str, second: &str, out: &mut String) -> Option<Broken> {
    let first = crate::text::trim(first);
    // (Most lines end in neither, and are more than one word: let go by their bytes.)
    let separator = |b: &u8| matches!(b, b' ' | b',' | b';' | b'\t');
    let bytes = first.as_bytes();
    // (Or at a quoted-printable soft break, a mail's source copied: `Tik=` `Tok`.)
    let broken = matches!(bytes.last(), Some(b'-' | b'.' | b'=')) || bytes.last().is_some_and(|b| !b.is_ascii());
    if !broken && bytes.iter().any(separator) {
        return None;
    }
    let second = crate::text::trim(second);
    let last = first.rsplit([' ', ',', ';', '\t']).next().unwrap_or("");
    let next = second.split([' ', ',', ';', '\t']).next().unwrap_or("");
    // (An ellipsis cuts a cell short; the line after it is another.)
    if !next.chars().next().is_some_and(char::is_alphanumeric) || last.ends_with("..") || last.ends_with('…') {
        return None;
    }
    out.clear();
    // An identifier wrapped inside a segment (`com.zhiliaoapp.musi` `cally`): the line
    // after it one word without a dot, the line itself one token of two dots or more.
    if !broken
        && last.len() == first.len()
        && last.bytes().filter(|&b| b == b'.').count() >= 2
        && bytes.last().is_some_and(u8::is_ascii_alphanumeric)
        && next.len() == second.len()
        && next.bytes().all(|b| b.is_ascii_alphanumeric())
        && last.len() + next.len() <= 200
    {
        out.push_str(last);
        out.push_str(next);
        return Some(Broken::Wrapped);
    }
    let soft = last.ends_with('=') && !last.ends_with("==");
    let stem = if soft {
        last.strip_suffix('=').unwrap_or(last)
    } else {
        last.trim_end_matches(['-', '‐', '–', '.', '\u{ad}'])
    };
    let letter_before = stem.chars().next_back().is_some_and(char::is_alphabetic);
    if letter_before && last.len() > stem.len() && stem.len() + next.len() <= 64 {
        let dotted = last.ends_with('.');
        out.push_str(stem);
        if dotted {
            out.push('.');
        }
        out.push_str(next.trim_end_matches(['.', ',', ';', ':']));
        return Some(if dotted { Broken::Dotted } else { Broken::Word });
    }
    // (Not a camel-case word, `TikTokMod`: its own line already holds what is in it.)
    let camel = |w: &str| {
        w.as_bytes()
            .windows(2)
            .any(|p| matches!(p, [a, b] if a.is_ascii_lowercase() && b.is_ascii_uppercase()))
    };
    let single =
        |w: &str, line: &str| w.len() == line.len() && w.len() <= 16 && w.chars().all(char::is_alphabetic) && !camel(w);
    if single(last, first) && single(next, second) {
        out.push_str(last);
        out.push(' ');
        out.push_str(next);
        return Some(Broken::Word);
    }
    None
}

/// `line` with its percent-encoding decoded (twice, for a link encoded inside one
/// encoded) and its invisible characters left out (a right-to-left override's letters
/// put in the order shown: [`shown_order`]); `None` when it has neither.
/// The link inside Proofpoint URL Defense's v2 link on `line` (its `u=` parameter, `-XX`
/// a byte in hex and `_` a `/`), when there is one.
fn proofpoint_v2(line: &str) -> Option<String> {
    let (before, rest) = line.split_once("/v2/url?u=")?;
    let wrapped = rest.split(['&', ' ', '\t']).next().unwrap_or("");
    // (The whole link, from its `http` to the next space, is what is replaced.)
    let start = before.rfind("http").unwrap_or(before.len());
    let end = rest.find([' ', '\t']).unwrap_or(rest.len());
    let (head, tail) = (line.get(..start).unwrap_or(""), rest.get(end..).unwrap_or(""));
    let out = hex_unescaped(wrapped.as_bytes(), b'-', true);
    Some(format!("{head}{}{tail}", String::from_utf8_lossy(&out)))
}

/// `bytes` with each escape `mark` and two hex digits (`%3A`, Proofpoint's `-3A`) as the
/// byte it stands for, and (`slashes`) each `_` as `/`, as Proofpoint writes them.
fn hex_unescaped(bytes: &[u8], mark: u8, slashes: bool) -> Vec<u8> {
    let hex = |b: u8| char::from(b).to_digit(16);
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&c) = bytes.get(at) {
        let pair = (
            bytes.get(at + 1).copied().and_then(hex),
            bytes.get(at + 2).copied().and_then(hex),
        );
        match (c, pair) {
            (c, (Some(x), Some(y))) if c == mark => {
                out.push(u8::try_from(x * 16 + y).unwrap_or(b'?'));
                at += 3;
            }
            (b'_', _) if slashes => {
                out.push(b'/');
                at += 1;
            }
            _ => {
                out.push(c);
                at += 1;
            }
        }
    }
    out
}

fn decoded(line: &str) -> Option<String> {
    // (Most lines have none of the bytes any of these begins with: one pass.)
    if !line
        .bytes()
        .any(|b| matches!(b, b'%' | b'&' | b'<' | b'\\' | b'=') || b >= 0x80)
    {
        return None;
    }
    // (Unicode's tag characters, invisible, spelling ASCII's letters: read as those.)
    let tag = |c: char| ('\u{e0020}'..='\u{e007e}').contains(&c);
    if !line.is_ascii() && line.chars().any(tag) {
        let spelt: String = line
            .chars()
            .map(|c| {
                if tag(c) {
                    char::from_u32(u32::from(c) - 0xE0000).unwrap_or(c)
                } else {
                    c
                }
            })
            .collect();
        return Some(decoded_as_written(&spelt).unwrap_or(spelt));
    }
    // (A mail's source copied, decoded first: quoted-printable's `=54ikTok`, `Caf=C3=A9`,
    // and MIME's encoded-words, `=?UTF-8?B?VGlrVG9r?=`.)
    if let Some(spelt) = spelt_out(line) {
        return Some(decoded_as_written(&spelt).unwrap_or(spelt));
    }
    decoded_as_written(line)
}

/// `line` with a mail's encodings decoded ([`decoded`]): MIME's encoded-words, or
/// quoted-printable's escapes (`=` and two hex digits in capitals); `None` when it has none.
fn spelt_out(line: &str) -> Option<String> {
    if !line.contains('=') {
        return None;
    }
    if let Some(words) = line
        .contains("=?")
        .then(|| crate::list::encoding::encoded_words(line))
        .flatten()
    {
        return Some(words);
    }
    let upper_hex = |b: u8| b.is_ascii_digit() || (b'A'..=b'F').contains(&b);
    let quoted = line
        .as_bytes()
        .windows(3)
        .any(|w| matches!(w, [b'=', x, y] if upper_hex(*x) && upper_hex(*y)));
    quoted.then(|| String::from_utf8_lossy(&crate::list::encoding::qp_decode(line.as_bytes(), false)).into_owned())
}

/// [`decoded`] without a mail's encodings.
fn decoded_as_written(line: &str) -> Option<String> {
    let invisible = crate::text::is_invisible;
    let hex = |b: u8| char::from(b).to_digit(16);
    let escaped = |text: &str| {
        let b = text.as_bytes();
        b.windows(3)
            .any(|w| matches!(w, [b'%', x, y] if hex(*x).is_some() && hex(*y).is_some()))
    };
    if !line
        .bytes()
        .any(|b| matches!(b, b'%' | b'&' | b'<' | b'\\') || b >= 0x80)
    {
        return None;
    }
    let hidden = !line.is_ascii() && line.contains(invisible);
    // (Proofpoint's URL Defense v2 writes the link it wraps with `-3A` for `%3A` and `_`
    // for `/`: `…/v2/url?u=https-3A__play.google.com_store_apps_details-3Fid-3Dcom.…&d=…`;
    // the link it wraps put in its place, and the line read on, decoded as any other.)
    let spliced = proofpoint_v2(line);
    let line = spliced.as_deref().unwrap_or(line);
    let hidden = hidden || spliced.is_some();
    let marked = line
        .contains(['&', '<'])
        .then(|| without_invisible_markup(line))
        .flatten();
    let json = line.contains("\\u");
    if !hidden && marked.is_none() && !json && !escaped(line) {
        return None;
    }
    let mut text = marked.unwrap_or_else(|| line.to_owned());
    if json {
        text = json_unescaped(&text);
    }
    for _ in 0..2 {
        if !escaped(&text) {
            break;
        }
        let out = hex_unescaped(text.as_bytes(), b'%', false);
        text = String::from_utf8_lossy(&out).into_owned();
    }
    // (Invisible characters, also those the decoding gave: `%E2%80%8B`.)
    Some(shown_order(&text))
}

/// `text` in the order it is shown, without its invisible characters: what follows a
/// right-to-left override (U+202E), up to the pop (U+202C) or the end, is shown
/// reversed, so `\u{202E}koTkiT` reads "TikTok" on the screen and here.
fn shown_order(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut reversed: Option<Vec<char>> = None;
    for c in text.chars() {
        match (c, reversed.as_mut()) {
            ('\u{202e}', None) => reversed = Some(Vec::new()),
            ('\u{202c}', Some(run)) => {
                out.extend(run.iter().rev());
                reversed = None;
            }
            (c, _) if crate::text::is_invisible(c) => {}
            (c, Some(run)) => run.push(c),
            (c, None) => out.push(c),
        }
    }
    out.extend(reversed.iter().flatten().rev());
    out
}

/// `text` without the invisible characters markup writes: its entities decoded as the
/// markup reader decodes them (`&#8203;`, `&#xAD;`, `&shy;`, `&ZeroWidthSpace;`; the
/// characters are left out after), and `<wbr>` in any case and form (`<WBR/>`); `None`
/// when neither is there.
fn without_invisible_markup(text: &str) -> Option<String> {
    let mut out = if text.contains('&') {
        crate::list::unescape_markup(text)
    } else {
        text.to_owned()
    };
    // (In one pass: a `>` is looked for only as far as `<wbr />` reaches, so a line of
    // `<` without `>` is not read again from each of them.)
    if out.contains('<') {
        let mut kept = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(open) = rest.find('<') {
            let tail = rest.get(open..).unwrap_or("");
            let len = tail.bytes().take(12).position(|b| b == b'>').map_or(0, |e| e + 1);
            let name = tail.get(1..len.saturating_sub(1)).unwrap_or("");
            let wbr = len > 0 && name.trim_end_matches('/').trim().eq_ignore_ascii_case("wbr");
            kept.push_str(rest.get(..if wbr { open } else { open + 1 }).unwrap_or(""));
            rest = rest.get(if wbr { open + len } else { open + 1 }..).unwrap_or("");
        }
        kept.push_str(rest);
        out = kept;
    }
    (out != text).then_some(out)
}

/// `text` with JSON's `\uXXXX` escapes written as their characters (a pair of
/// surrogates as one); everything else as it is.
fn json_unescaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let unit = |s: &str| {
        s.get(2..6)
            .filter(|_| s.starts_with("\\u"))
            .and_then(|h| u32::from_str_radix(h, 16).ok())
    };
    while let Some(at) = rest.find("\\u") {
        out.push_str(rest.get(..at).unwrap_or(""));
        let here = rest.get(at..).unwrap_or("");
        let high = unit(here);
        let low = here.get(6..).and_then(unit);
        let (c, used) = match (high, low) {
            (Some(h @ 0xd800..=0xdbff), Some(l @ 0xdc00..=0xdfff)) => {
                (char::from_u32(0x10000 + ((h - 0xd800) << 10) + (l - 0xdc00)), 12)
            }
            (Some(u), _) => (char::from_u32(u), 6),
            _ => (None, 2),
        };
        match c {
            Some(c) => out.push(c),
            None => out.push_str(here.get(..used).unwrap_or("")),
        }
        rest = here.get(used..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// The digits of an App Store number: five or more, alone or after `id` in any case.
/// (Tokens are ASCII: their bytes are tested without a pattern search.)
fn store_number(token: &[u8]) -> Option<&[u8]> {
    let digits = match token {
        [i, d, rest @ ..] if i | 0x20 == b'i' && d | 0x20 == b'd' => rest,
        _ => token,
    };
    let digits = crate::text::whole_number(digits);
    (digits.len() >= 5 && digits.iter().all(u8::is_ascii_digit)).then_some(digits)
}

/// What the token (`dotted` when it has a dot) identifies, if anything.
fn identifier(
    apps: &[App],
    index: &Index,
    token: &str,
    dotted: bool,
    cut: bool,
    s: &mut Scratch,
) -> Option<Recognition> {
    // An App Store number: `id835599320`, as App Store links end, in any case, or alone.
    // (A number that is none of the policy's App Store numbers may still be one of its
    // other identifiers.)
    let digits = store_number(token.as_bytes()).and_then(|d| std::str::from_utf8(d).ok());
    if let Some((digits, &i)) = digits.and_then(|d| index.store_ids.get(d).map(|i| (d, i))) {
        return Some(Recognition {
            target: Target::App(i),
            matched_by: MatchedBy::AppStoreId {
                value: digits.to_owned(),
            },
        });
    }
    if !index.dotless_ids && !dotted {
        return None;
    }
    s.lower.clear();
    s.lower.extend(token.chars().map(|c| c.to_ascii_lowercase()));
    if let Some(&i) = index.identifiers.get(s.lower.as_str()) {
        return Some(by_identifier(apps.get(i)?, i, token));
    }
    // Joined to the other parts of a path, a file's or a backup's name by `-` or `_`
    // (`/data/app/com.example-1/base.apk`, `com.example_2.1.apk`,
    // `AppDomain-com.example`): the part before or after a joint.
    // (Every stretch between two joints, or the token's ends: a few joints at most.)
    let joints: Vec<usize> = if dotted && s.lower.contains(['-', '_']) {
        let inner = s.lower.bytes().enumerate().filter(|&(_, b)| b == b'-' || b == b'_');
        std::iter::once(0)
            .chain(inner.map(|(at, _)| at + 1).take(8))
            .chain(std::iter::once(s.lower.len() + 1))
            .collect()
    } else {
        Vec::new()
    };
    let lower: &str = &s.lower;
    let mut parts: Vec<&str> = Vec::new();
    for (k, &from) in joints.iter().enumerate() {
        for &to in joints.iter().skip(k + 1) {
            let part = lower.get(from..to - 1).unwrap_or("").trim_matches(['.', '-', '_']);
            if part.contains('.') && part.len() < lower.len() {
                parts.push(part);
            }
        }
    }
    for &part in &parts {
        if let Some(&i) = index.identifiers.get(part) {
            return Some(by_identifier(apps.get(i)?, i, part));
        }
    }
    if looks_like_identifier(token) {
        let publisher = index
            .prefixes
            .iter()
            .find(|(prefix, _)| s.lower.starts_with(prefix.as_str()) && s.lower.len() > prefix.len());
        if let Some((prefix, p)) = publisher {
            return Some(Recognition {
                target: Target::Publisher(*p),
                matched_by: MatchedBy::PublisherPrefix {
                    value: token.to_owned(),
                    prefix: prefix.clone(),
                },
            });
        }
    }
    if dotted {
        return near_identifier(apps, index, lower, token, cut).or_else(|| {
            parts
                .iter()
                .find_map(|part| near_identifier(apps, index, part, token, false))
        });
    }
    None
}

/// An identifier that only begins like one of the policy's, asked about: the policy's
/// with a segment more (another build, `….go`; an extension, `….ShareExtension`), or,
/// `cut` short, the beginning of one. Three segments at least (`com.example.app`):
/// fewer begin too many others' identifiers.
fn near_identifier(apps: &[App], index: &Index, lower: &str, token: &str, cut: bool) -> Option<Recognition> {
    let segments = |id: &str| id.bytes().filter(|&b| b == b'.').count() + 1;
    // (The policy's identifier's length, for the similarity shown.)
    let (known, i) = if cut {
        if segments(lower) < 2 || lower.len() < 12 {
            return None;
        }
        let begun = || {
            index
                .identifiers
                .iter()
                .filter(|(id, _)| id.len() > lower.len() && id.starts_with(lower))
        };
        // (Two segments, `com.zhiliaoap…`, only when they begin one app's identifiers.)
        let first = begun().next().map(|(_, &i)| i)?;
        if segments(lower) < 3 && begun().any(|(_, &i)| i != first) {
            return None;
        }
        // (Of several, the shortest, then the first in order: the same every time.)
        begun()
            .min_by(|a, b| a.0.len().cmp(&b.0.len()).then(a.0.cmp(b.0)))
            .map(|(id, &i)| (id.len(), i))?
    } else {
        let longer = lower
            .match_indices('.')
            .rev()
            .filter_map(|(at, _)| lower.get(..at))
            .filter(|id| segments(id) >= 3)
            .find_map(|id| index.identifiers.get(id).map(|&i| (id.len(), i)));
        // The last segment one typo away (`musicaIly` read from a screenshot), or the
        // policy's with more after it (`musicallylite`, `trillgo`).
        let (stem, last) = lower.rsplit_once('.')?;
        let retyped = || {
            let known = index.stems.get(stem)?;
            // (OCR reads `m` as `rn`: `rnusically`.)
            let read = last.contains("rn").then(|| last.replace("rn", "m"));
            known.iter().find_map(|(known, i)| {
                let more = known.len() >= 4 && last.len() > known.len() && last.starts_with(known.as_str());
                let typo =
                    |last: &str| known.len() >= 5 && last.len() >= 4 && crate::recognise::edits(last, known) <= 1;
                (more || typo(last) || read.as_deref().is_some_and(typo)).then_some((stem.len() + 1 + known.len(), *i))
            })
        };
        longer.or_else(retyped)?
    };
    let app = apps.get(i)?;
    let (short, long) = (known.min(lower.len()), known.max(lower.len()));
    Some(Recognition {
        target: Target::App(i),
        matched_by: MatchedBy::SimilarName {
            value: token.to_owned(),
            name: app.name.clone(),
            similarity: u8::try_from(short * 100 / long.max(1)).unwrap_or(99),
        },
    })
}

/// Whether `line[from..to]` is part of an identifier other than its last segment
/// (`nife` in `com.nife.reader`): a name there is a piece of an identifier, not a
/// mention. The last segment is a name (`CapCut` in `ByteDance.CapCut`), and so is a
/// name before a file extension (`TikTok.app`, `tiktok.deb`) or a package's
/// architecture (`tiktok.x86_64`, as `dnf list` writes it).
fn inside_identifier(line: &str, from: usize, to: usize) -> bool {
    let before = line.get(..from).unwrap_or("");
    let after = line.get(to..).unwrap_or("");
    let dotted = |s: &str| {
        let mut chars = s.chars();
        chars.next() == Some('.') && chars.next().is_some_and(char::is_alphanumeric)
    };
    // (Only after a dot: most names are followed by a space or the line's end.)
    let extension = || {
        [
            ".app",
            ".exe",
            ".apk",
            ".ipa",
            ".lnk",
            ".desktop",
            ".msi",
            ".dmg",
            ".appx",
            ".msix",
            ".deb",
            ".rpm",
            ".appimage",
            ".flatpak",
            ".snap",
            ".pkg",
            ".xapk",
            ".apks",
            ".x86_64",
            ".noarch",
            ".i686",
            ".aarch64",
            ".armv7hl",
            ".ppc64le",
            ".s390x",
        ]
        .iter()
        .any(|e| {
            after.get(..e.len()).is_some_and(|a| a.eq_ignore_ascii_case(e))
                && !after.get(e.len()..).unwrap_or("").starts_with(char::is_alphanumeric)
        })
    };
    let loose_here = loose(after) && !before.ends_with('.');
    let continues = dotted(after) && !extension() && !web_domain(after) && !loose_here;
    // (Chinese and Japanese put no spaces between words: a name may follow any character.)
    let starts_mid = before.ends_with(|c: char| c.is_alphanumeric() && !is_cjk(c))
        && !line.get(from..).unwrap_or("").starts_with(is_cjk);
    continues || starts_mid
}

/// The letters and digits after the dot `after` begins with, and what follows them.
/// (Its callers look at a few letters at most: a segment is cut after 16, and a line of a
/// name glued to itself thousands of times is not read to its end again at each one.)
fn next_segment(after: &str) -> (&str, &str) {
    let segment = after.get(1..).unwrap_or("");
    // (Every byte before the end found is an ASCII letter or digit: the end is a
    // character's boundary.)
    let end = segment
        .bytes()
        .take(16)
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(segment.len().min(16));
    (segment.get(..end).unwrap_or(""), segment.get(end..).unwrap_or(""))
}

/// After a name that no dot comes before, what begins no identifier: a version
/// (`TikTok.35.1.3`, `TikTok.v35`), a sentence without its space (`TikTok.Please`), a
/// file's extension (`TikTok.apkm`, `TikTok.zip`: a last segment of two to six
/// lower-case letters).
fn loose(after: &str) -> bool {
    let (word, rest) = next_segment(after);
    let b = word.as_bytes();
    let version = match b {
        [b'v' | b'V', d, ..] | [d, ..] => d.is_ascii_digit(),
        [] => false,
    };
    let sentence = matches!(b, [u, l, ..] if u.is_ascii_uppercase() && l.is_ascii_lowercase());
    let last = !rest.starts_with('.');
    let extension = last && (2..=6).contains(&b.len()) && b.iter().all(u8::is_ascii_lowercase);
    version || sentence || extension
}

/// `after` begins a web address's top-level domain (`.com`, `.co.uk`, `.de`): a name
/// before it is the service's site (`tiktok.com`), asked about as a name in the text.
fn web_domain(after: &str) -> bool {
    let (label, _) = next_segment(after);
    label.len() == 2 && label.bytes().all(|b| b.is_ascii_alphabetic())
        || [
            "com", "net", "org", "app", "info", "biz", "dev", "online", "site", "xyz",
        ]
        .iter()
        .any(|t| label.eq_ignore_ascii_case(t))
}

/// Chinese, Japanese and Korean characters: each is a word of its own, since these
/// scripts put no spaces between words.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}' | '\u{f900}'..='\u{faff}')
}

/// Names: windows of consecutive words, folded as names are, looked up whole.
/// With `glue`, names run together with other letters too ([`glued`]; not in two lines
/// joined, whose first was looked at on its own).
fn names(
    apps: &[App],
    index: &Index,
    line: &str,
    line_no: usize,
    s: &mut Scratch,
    keep: &mut impl FnMut(Hit),
    glue: bool,
) {
    s.words.clear();
    s.spans.clear();
    s.found.clear();
    // Most lines of an export: bytes, no decoding, no script to ask about, each letter
    // or digit lower-cased into a buffer on the stack that is added to `words` whole.
    let mut word: Option<(usize, usize)> = None; // (start in words, start in line)
    let (mut buffer, mut n) = ([0u8; 32], 0);
    let mut ascii = true;
    // (Whether a letter that spelling as it sounds reads is on the line, a `c`, `k`, `f`
    // or `h`: most lines of names have one, but a line without any is let go before
    // [`sounded`] looks at its words.)
    let mut sound = false;
    // A word also ends where a capital follows a small letter (`TikTokMod`) and a digit
    // a letter (`TikTok34`): a name glued to more is found; a name written in camel case
    // is still found whole, its words looked up together.
    // (From the folded bytes: the letter before, in `previous`, and whether it was small.)
    let (mut previous, mut small) = (0u8, false);
    for (at, &b) in line.as_bytes().iter().enumerate() {
        match folded_byte(b) {
            0 => {
                if let Some((w, l)) = word.take() {
                    s.spans.push((w, s.words.len() + n, l, at));
                }
                (previous, small) = (0, false);
            }
            BEYOND_ASCII => {
                ascii = false;
                break;
            }
            folded => {
                // (A capital is folded to another byte; a digit folds below every letter.)
                let capital = folded != b;
                let glued = capital && small || folded <= b'9' && previous > b'9';
                (previous, small) = (folded, !capital && folded > b'9');
                if glued {
                    if let Some((w, l)) = word.take() {
                        s.spans.push((w, s.words.len() + n, l, at));
                    }
                }
                if word.is_none() {
                    word = Some((s.words.len() + n, at));
                }
                sound |= matches!(folded, b'c' | b'k' | b'f' | b'h');
                push_ascii(&mut s.words, &mut buffer, &mut n, folded);
            }
        }
    }
    flush_ascii(&mut s.words, &buffer, n);
    if !ascii {
        // Another script on the line: it is read again, by characters.
        sound = true;
        s.words.clear();
        s.spans.clear();
        word = None;
        let mut previous = ' ';
        for (at, c) in line.char_indices() {
            let alnum = c.is_alphanumeric();
            // (ASCII's capitals only: the standard library's case tables stay out.)
            let glued = previous.is_ascii_lowercase() && c.is_ascii_uppercase()
                || previous.is_alphabetic() && c.is_ascii_digit();
            previous = c;
            if let Some((w, l)) = word {
                if !alnum || is_cjk(c) || glued {
                    s.spans.push((w, s.words.len(), l, at));
                    word = None;
                }
            }
            if alnum {
                if word.is_none() {
                    word = Some((s.words.len(), at));
                }
                if c.is_ascii() {
                    s.words.push(c.to_ascii_lowercase());
                } else {
                    push_folded(&mut s.words, c);
                }
                if is_cjk(c) {
                    if let Some((w, l)) = word.take() {
                        s.spans.push((w, s.words.len(), l, at + c.len_utf8()));
                    }
                }
            }
        }
    }
    if let Some((w, l)) = word {
        s.spans.push((w, s.words.len(), l, line.len()));
    }
    let mut i = 0;
    while i < s.spans.len() {
        let mut found: Option<(usize, Target)> = None; // (last word, app or publisher)
                                                       // The window is `words[start..]` up to its last word's end (words are written one
                                                       // after another), hashed a word at a time as `name_starts` was.
        let start = s.spans.get(i).map_or(0, |w| w.0);
        let mut hash = 0;
        for j in i..s.spans.len().min(i + MAX_WINDOW) {
            let Some(&(a, b, _, _)) = s.spans.get(j) else { break };
            hash = hash_bytes(hash, s.words.as_bytes().get(a..b).unwrap_or(&[]));
            // Every name is among the beginnings of names: no beginning, no name.
            if !index.name_starts.contains(&hash) {
                break;
            }
            let key = s.words.get(start..b).unwrap_or("");
            if let Some(&app) = index.names.get(key) {
                found = Some((j, Target::App(app)));
            } else if let Some(&p) = index.publisher_names.get(key) {
                found = Some((j, Target::Publisher(p)));
            }
        }
        let Some((last, target)) = found else {
            // A policy's name spelt as it sounds in one or two words (`tick tock`, `Tic
            // Toc` in a dictated stream): asked about, never ordered, as recognition asks
            // of such a name alone.
            i = match (sound && index.respells)
                .then(|| sounded(apps, index, line, line_no, i, s, keep))
                .flatten()
            {
                Some(last) => last + 1,
                None => i + 1,
            };
            continue;
        };
        // "WeChat Work" is WeCom: a known other app that begins with the name is that app.
        let key_end = s.spans.get(last).map_or(0, |w| w.1);
        let key_start = s.spans.get(i).map_or(0, |w| w.0);
        let mut longer = s.words.get(key_start..key_end).unwrap_or("").to_owned();
        let other_app = s.spans.iter().skip(last + 1).take(2).any(|&(a, b, _, _)| {
            longer.push_str(s.words.get(a..b).unwrap_or(""));
            index.near_misses.contains(&longer)
        });
        let (from, to) = (s.spans.get(i).map_or(0, |w| w.2), s.spans.get(last).map_or(0, |w| w.3));
        if !other_app && !inside_identifier(line, from, to) {
            let name = match target {
                Target::App(app) => apps.get(app).map(|a| &a.name),
                Target::Publisher(p) => index.publisher_display.get(p),
            };
            if let (Some(text), Some(name)) = (line.get(from..to), name) {
                s.found.push((from, to));
                keep(Hit {
                    line: line_no,
                    text: text.to_owned(),
                    recognition: Recognition {
                        target,
                        matched_by: MatchedBy::Name {
                            value: text.to_owned(),
                            name: name.clone(),
                        },
                    },
                    by_name: true,
                });
            }
        }
        i = last + 1;
    }
    if glue {
        glued(apps, index, line, line_no, s, keep);
    }
}

/// A policy's name spelt as it sounds (`crate::recognise::sounds_like`: `tick tock`,
/// `Tic Toc`, `tick-tock`) in the one or two words from the `i`th of the line's: kept as a
/// question about that app, the line's text as it is written; the last word's index,
/// when one is. A known other app's name (`TickTick`) is none, nor one written with a
/// capital beside another word with one (`Tick Tock Timer`, an app of its own).
#[inline(never)]
fn sounded(
    apps: &[App],
    index: &Index,
    line: &str,
    line_no: usize,
    i: usize,
    s: &mut Scratch,
    keep: &mut impl FnMut(Hit),
) -> Option<usize> {
    let start = s.spans.get(i)?.0;
    for j in i..s.spans.len().min(i + 2) {
        let &(_, b, _, _) = s.spans.get(j)?;
        let key = s.words.get(start..b)?;
        if key.len() < crate::recognise::MIN_SIMILAR_CHARS {
            continue;
        }
        // (Most keys have no letter spelling as it sounds changes: let go by one look at
        // their bytes, before the known other apps are.)
        let Some(app) = crate::recognise::sounds_like(index, key, &mut s.sound) else {
            continue;
        };
        if index.near_misses.contains(key) {
            continue;
        }
        let (from, to) = (s.spans.get(i)?.2, s.spans.get(j)?.3);
        let text = line.get(from..to)?;
        if inside_identifier(line, from, to) {
            return None;
        }
        // (Written with a capital beside another word with one, it is a name of its own
        // with more words, `Tick Tock Timer`, `Tiktoc Notes`: in lower case, as dictation
        // and a quick typist write it, or among words in lower case, it is asked about.)
        let titled = |t: &str| t.split_whitespace().any(|w| w.starts_with(|c: char| c.is_uppercase()));
        if text.bytes().any(|b| b.is_ascii_uppercase())
            && (titled(line.get(..from).unwrap_or("")) || titled(line.get(to..).unwrap_or("")))
        {
            continue;
        }
        let recognition = crate::recognise::spelt_otherwise(apps, app, text, text.chars().count())?;
        s.found.push((from, to));
        keep(Hit {
            line: line_no,
            text: text.to_owned(),
            recognition,
            by_name: true,
        });
        return Some(j);
    }
    None
}

/// Names run together with other letters in one word, before or after them or both, in
/// any case (`tiktokmod`, `MyTikTok`, `TikTokiem`, `SuperTikTokLite`): a name of
/// [`MIN_GLUED`] letters or more inside a run of ASCII letters and digits that
/// [`names`] found no name in, the longest at its first place; one a run. After other
/// letters, a name begins at a capital after a small letter or a digit, or anywhere in a
/// word written in one case. A known other app that begins with the name (`Tiktoker`) is
/// that app, and a run that an identifier's next segment follows is a piece of the
/// identifier.
#[inline(never)]
fn glued(apps: &[App], index: &Index, line: &str, line_no: usize, s: &Scratch, keep: &mut impl FnMut(Hit)) {
    if index.glued.lengths == 0 {
        return;
    }
    let mut j = 0;
    while let Some(&(wa, mut wb, la, mut lb)) = s.spans.get(j) {
        // (The words of a run follow each other both in `words` and in the line.)
        j += 1;
        while let Some(&(_, b, _, m)) = s.spans.get(j).filter(|w| w.0 == wb && w.2 == lb) {
            (wb, lb) = (b, m);
            j += 1;
        }
        let len = wb - wa;
        let run = s.words.get(wa..wb).unwrap_or("");
        // (Most runs: no name begins anywhere in them, by the first test.)
        let heads = |p: &usize| index.glued.head(run.as_bytes().get(*p..).unwrap_or(&[]));
        let Some(first) = (len > MIN_GLUED).then(|| (0..=len - MIN_GLUED).find(heads)).flatten() else {
            continue;
        };
        let text = line.get(la..lb).unwrap_or("");
        if text.len() != len
            || !text.bytes().all(|b| b.is_ascii_alphanumeric())
            || s.found.iter().any(|&(from, to)| from < lb && to > la)
        {
            continue;
        }
        let key = |from: usize, to: usize| run.get(from..to).unwrap_or("");
        // (After other letters, a name begins where a capital follows a small letter or
        // a digit, or anywhere in a word of one case: `MyTikTok`, `mytiktok`, but not
        // `Nezendri`, a name of its own that holds `Zendri`.)
        let written = text.as_bytes();
        let one_case = !written.iter().any(u8::is_ascii_lowercase) || !written.iter().any(u8::is_ascii_uppercase);
        let begins = |p: usize| match (p.checked_sub(1).and_then(|b| written.get(b)), written.get(p)) {
            (None, _) => true,
            (Some(before), Some(at)) => {
                one_case || at.is_ascii_uppercase() && (before.is_ascii_lowercase() || before.is_ascii_digit())
            }
            _ => false,
        };
        for p in first..=len - MIN_GLUED {
            if !begins(p) || !heads(&p) {
                continue;
            }
            let mut lengths = index.glued.lengths;
            let mut best = None;
            while lengths != 0 {
                let n = MIN_GLUED + lengths.trailing_zeros() as usize;
                lengths &= lengths - 1;
                if p + n > len {
                    break;
                }
                if let Some(&app) = (n < len).then(|| index.names.get(key(p, p + n))).flatten() {
                    best = Some((n, app));
                }
            }
            let Some((n, app)) = best else {
                continue;
            };
            // (A near miss is a few letters longer at most: no longer slice is looked up.)
            let longest =
                (p + n + 1..=len.min(p + n + MAX_NEAR_MISS_LONGER)).any(|end| index.near_misses.contains(key(p, end)));
            if longest || inside_identifier(line, la, lb) {
                break;
            }
            let (Some(written), Some(name)) = (text.get(p..p + n), apps.get(app).map(|a| &a.name)) else {
                break;
            };
            keep(Hit {
                line: line_no,
                text: written.to_owned(),
                recognition: Recognition {
                    target: Target::App(app),
                    matched_by: MatchedBy::Name {
                        value: written.to_owned(),
                        name: name.clone(),
                    },
                },
                by_name: true,
            });
            break;
        }
    }
}
