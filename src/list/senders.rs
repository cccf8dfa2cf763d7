//! A chat copied without its time stamps, each line after its sender's name (`Jörg:
//! Gmail`, IRC's and Matrix's `<Maria> Gmail`, `Pieter — Gmail`, `@giulia: Gmail`): the
//! lines read as the sender wrote them. A count, a total, a part marker or a remark
//! behind the sender is then weighed as one on a line of its own is, by the same
//! readers, not by a copy of their rules for each chat's shape. (A chat with time
//! stamps is read by `formats::chat_message`.)

use crate::text::Words;

/// The most senders a chat read this way has: an employee and one or two at the help desk.
const MOST_SENDERS: usize = 3;

/// How many of the first lines with text decide whether it is such a chat at all: most
/// texts are let go after them.
const FIRST_LINES: usize = 8;

/// `text` with each line's sender's name taken off, when it is a chat of at most three
/// senders without time stamps: four in five of its lines with text begin with a
/// sender's name, each sender's on two lines on average and one's on three at least. `None` for any other text (most: let go by their
/// first lines). Lines keep their places; a line without a sender stays as it is.
pub(super) fn taken(text: &str) -> Option<String> {
    // (Each sender and the lines they wrote.)
    let mut senders: Vec<(&str, usize)> = Vec::new();
    let (mut with_text, mut sent) = (0usize, 0usize);
    for line in crate::text::split_newlines(text) {
        if super::is_blank(line) {
            continue;
        }
        with_text += 1;
        if let Some((sender, _)) = sender(line) {
            sent += 1;
            if let Some((_, lines)) = senders.iter_mut().find(|(s, _)| *s == sender) {
                *lines += 1;
            } else if senders.len() == MOST_SENDERS {
                return None;
            } else {
                senders.push((sender, 1));
            }
        }
        // (Most texts: no sender on their first lines.)
        if with_text == FIRST_LINES && sent * 5 < with_text * 4 - 1 {
            return None;
        }
    }
    // (A chat's senders write a few lines each, one at least three: not a line for each
    // vendor, `Microsoft: 4 apps (Word, …)`, `Google: 3 apps (…)`.)
    if sent * 5 < with_text * 4 || sent < 2 * senders.len() || !senders.iter().any(|&(_, lines)| lines >= 3) {
        return None;
    }
    // (A sender of one line is none: a store's title after the chat's lines, `TikTok:
    // Videos, Shop & LIVE`, is read as it is.)
    let mut out = String::with_capacity(text.len());
    for (i, line) in crate::text::split_newlines(text).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        // (Nor one of one line, unless what follows is a sentence, `Helpdesk: the MDM shows
        // 50 apps on your phone, can you list them?`.)
        let said = sender(line)
            .filter(|(name, said)| senders.iter().any(|&(s, lines)| s == *name && lines >= 2) || sentence(said));
        out.push_str(said.map_or(line, |(_, said)| said));
    }
    Some(out)
}

/// Whether a sender's words are a sentence: three words at least, most begun with a small
/// letter (not a store's title, `Videos, Shop & LIVE`).
fn sentence(said: &str) -> bool {
    let words = said.split_whitespace().count();
    let small = said
        .split_whitespace()
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
        .count();
    words >= 3 && small * 2 > words
}

/// A line's sender and what follows the sender: `Jörg: Gmail`, `<Maria> Gmail`, `Pieter —
/// Gmail`, `@giulia: Gmail`. The sender is a name of one to three words, each begun with a
/// capital (or a handle's `@`), of letters and a name's signs; or a nickname between angle
/// brackets. Not a field's key (`Name: Slack`, `Version: 4.1`), nor PowerShell's `Name :
/// Slack`, nor an HTML tag (`<li> Slack`).
fn sender(line: &str) -> Option<(&str, &str)> {
    let line = line.trim_start();
    // (A nickname in angle or square brackets, `<maria>`, `[Pieter]`: not a tag, a
    // checkbox's `[x]`, nor a time or a number.)
    for (open, close) in [('<', "> "), ('[', "] ")] {
        if let Some(rest) = line.strip_prefix(open) {
            let (nick, said) = rest.split_once(close)?;
            let nick_ok = (2..=32).contains(&nick.chars().count())
                && nick.chars().any(char::is_alphabetic)
                && !nick.contains([' ', '/', '=', '"', '<', '[', ':'])
                && !nick.chars().any(|c| c.is_ascii_digit())
                && !HTML_TAGS.contains(nick);
            return nick_ok.then_some((nick, said.trim_start()));
        }
    }
    // (`Jörg: Gmail`, and without the space, `Jörg:Gmail`; or a dash's, `Pieter — Gmail`.)
    let (name, said) = match line.split_once(':') {
        Some((name, said)) if name.len() <= 32 && !name.ends_with(' ') => (name, said),
        _ => {
            let at = line.find(" — ").or_else(|| line.find(" – "))?;
            let (name, said) = (line.get(..at)?, line.get(at..)?);
            (name, said.trim_start_matches([' ', '—', '–']))
        }
    };
    // (One to three words, each begun with a letter or a handle's `@`, of letters and a
    // name's signs: a name in lower case too, `maria`.)
    let words = name.split(' ');
    let named = !name.is_empty()
        && name.split(' ').count() <= 3
        && words.clone().all(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(|c| c.is_alphabetic() || c == '@')
                && chars.all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’' | '_'))
        })
        && !words.clone().any(|w| KEYS.contains(w.trim_end_matches('.')));
    (named && !said.trim().is_empty()).then_some((name, said.trim_start()))
}

/// The words of a field's key or a mail's header that a line may begin with, as a sender
/// does (`Name: Slack`, `Package Name: …`, `Subject: …`, `Re: …`): none is a sender.
pub(super) const KEYS: Words = words!(
    "name|app|apps|application|applications|package|packages|version|versions|title|id|bundle|identifier|publisher|vendor\
     |developer|installed|install|size|path|location|status|state|type|category|date|time|source|total|sum|count|note|notes\
     |summary|description|label|kind|platform|device|model|os|system|user|owner|mail|email|e-mail|phone|mobile|tel|from\
     |to|cc|bcc|subject|sent|re|fw|fwd|aw|wg|tr|rv|von|an|betreff|gesendet|de|objet|envoyé|para|asunto|enviado|da|oggetto\
     |inviato|van|aan|onderwerp|verzonden|display|full|short|product|release|build|store|url|link|uid|user|edition|architecture\
     |arch|program|programs|software|tags|hash|ref|key|value|field|warning|error|info|debug|ps|nb|pd|attachment|attachments\
     |http|https|ftp|mailto|file|urn|cid|data|javascript|content|com|org|net|www",
);

/// The HTML tags a line may begin with before a space (`<li> Slack`): no nickname.
const HTML_TAGS: Words =
    words!("li|p|b|i|u|em|strong|td|th|tr|div|span|br|a|ul|ol|h1|h2|h3|h4|h5|h6|pre|code|small|big|font");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_senders_are_taken_off_a_chat_of_one_to_three() {
        assert_eq!(
            taken("Jörg: Gmail\nJörg: Sum: 25\n\nJörg: Signal").as_deref(),
            Some("Gmail\nSum: 25\n\nSignal")
        );
        assert_eq!(
            taken("rando\n<maria> 1. Ameli\n<maria> 2. Webex\n<maria> 3. Slack\nPieter — Zoom\nPieter — ok").as_deref(),
            Some("rando\n1. Ameli\n2. Webex\n3. Slack\nZoom\nok")
        );
        // (Not a list of fields, nor a list with a few lines so written, nor four senders.)
        assert_eq!(taken("Name: Slack\nVersion: 4.1\nName: Zoom\nVersion: 5.2"), None);
        assert_eq!(taken("Slack\nZoom\nTeams\nAnna: Outlook\nBob: Word\nWord\nExcel"), None);
        assert_eq!(taken("A: 1\nB: 2\nC: 3\nD: 4"), None);
        assert_eq!(
            taken("Meta: 3 apps (WhatsApp, Instagram)\nAdobe: 2 apps (Acrobat, Scan)\nTikTok: 1 app"),
            None
        );
        assert_eq!(taken("<li> Slack\n<li> Zoom\n<li> Teams"), None);
        assert_eq!(taken("Name : Slack\nName : Zoom\nName : Teams"), None);
    }
}
