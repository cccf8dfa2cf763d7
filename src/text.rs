//! Text rules for app names and identifiers: the bottom floor, importing nothing of
//! the crate.
//!
//! What makes two written names the same name (case, spacing, symbols, look-alike
//! letters, accents), what has the shape of an identifier, where a store link keeps its
//! app's id, and the small fast hash the lookup tables use. The list readers, the policy
//! loader, recognition and the sweep all follow these rules, so a name a policy author
//! writes and a name an employee pastes are compared the same way everywhere.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The index's maps: looked up once or more per pasted line, with short string keys
/// that come from the policy (not from an attacker who could pick colliding keys to
/// slow a page down: a pasted list only looks keys up).
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// The words for a company's legal form that end its name: "ByteDance Ltd.", "Bytedance
/// Pte. Ltd." and "ByteDance" are one publisher.
pub(crate) const COMPANY_FORMS: Words = words!(
    "ltd|limited|inc|incorporated|llc|llp|corp|corporation|co|company|pte|pty|plc\
     |gmbh|ag|sa|sas|sarl|srl|spa|bv|nv|oy|ab|as|kk|lp",
);

/// A fixed list of words as one text, `|` between them: a table of strings costs the
/// Wasm module a pointer and a length (8 bytes, which compress badly) per word besides
/// its letters; this, the letters alone. With them a filter made at compile time
/// (the `words!` macro of `src/lib.rs`), 8 bits for each word, rounded up to 64, three of them set
/// by each word's hash in any ASCII case: a word that is not in the list is let go by
/// three bits, but about one in 30, without reading the list (read word by word, it
/// cost a typed line about 1,000 instructions for each list asked, 5,000 for the 331
/// [function words](crate::list)).
#[derive(Debug, Clone, Copy)]
pub struct Words {
    text: &'static str,
    filter: &'static [u64],
}

/// The FNV-1a hash of `word` in any ASCII case (its ASCII capitals lowered, as
/// `eq_ignore_ascii_case` compares), mixed so that its three parts of 21 bits are spread.
pub(crate) const fn words_hash(word: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut rest = word;
    while let [b, after @ ..] = rest {
        hash = (hash ^ b.to_ascii_lowercase() as u64).wrapping_mul(0x0000_0100_0000_01b3);
        rest = after;
    }
    hash ^= hash >> 29;
    hash = hash.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    hash ^ (hash >> 32)
}

/// The `part`th (0 to 2) of a hash's three bits in a filter of `bits` bits.
pub(crate) const fn words_bit(hash: u64, part: u32, bits: usize) -> usize {
    // (In 64 bits: a usize has 32 in Wasm.)
    ((((hash >> (part * 21)) & 0x1F_FFFF) * bits as u64) >> 21) as usize
}

/// How many 64-bit words the filter of the `|`-separated `text` takes: 8 bits a word,
/// rounded up (most lists have a few words: one).
pub const fn words_filter_len(text: &str) -> usize {
    let mut words: usize = 1;
    let mut rest = text.as_bytes();
    while let [b, after @ ..] = rest {
        if *b == b'|' {
            words += 1;
        }
        rest = after;
    }
    (words * 8).div_ceil(64)
}

/// Sets the three bits of `key`'s [`words_hash`] in `filter`.
// (Indexing at compile time, where an index out of bounds fails the build; a bit is
// below the filter's bits, its word below its length.)
#[allow(clippy::indexing_slicing)]
const fn set_bits(filter: &mut [u64], key: &[u8]) {
    let bits = filter.len() * 64;
    let hash = words_hash(key);
    let mut part = 0;
    while part < 3 {
        let bit = words_bit(hash, part, bits);
        filter[bit / 64] |= 1 << (bit % 64);
        part += 1;
    }
}

/// Sets the bits of every word of `text` in `filter`.
pub const fn words_fill(text: &str, filter: &mut [u64]) {
    let mut rest = text.as_bytes();
    loop {
        let mut len = 0;
        let mut tail = rest;
        while let [b, after @ ..] = tail {
            if *b == b'|' {
                break;
            }
            len += 1;
            tail = after;
        }
        let (word, after) = rest.split_at(len);
        set_bits(filter, word);
        match after {
            [_, next @ ..] => rest = next,
            [] => break,
        }
    }
}

/// The filter of `text`, `N` being [`words_filter_len`]'s.
pub const fn words_filter<const N: usize>(text: &str) -> [u64; N] {
    let mut filter = [0; N];
    words_fill(text, &mut filter);
    filter
}

/// Whether the three bits of `bytes`' [`words_hash`] are set in `filter`: false means
/// that no text whose bits were set there is `bytes` in any ASCII case.
pub(crate) fn filter_may_hold(filter: &[u64], bytes: &[u8]) -> bool {
    let hash = words_hash(bytes);
    let bits = filter.len() * 64;
    (0..3).all(|part| {
        let bit = words_bit(hash, part, bits);
        filter.get(bit / 64).is_some_and(|w| (w >> (bit % 64)) & 1 == 1)
    })
}

/// How many 64-bit words the filter of a list of phrases, `,` between and around them,
/// takes: 8 bits for each phrase and each of its beginnings before a space, 128 at least.
pub const fn phrases_filter_len(text: &str) -> usize {
    let mut keys: usize = 1;
    let mut rest = text.as_bytes();
    while let [b, after @ ..] = rest {
        if *b == b',' || *b == b' ' {
            keys += 1;
        }
        rest = after;
    }
    let len = (keys * 8).div_ceil(64);
    if len < 2 {
        2
    } else {
        len
    }
}

/// The filter of a list of phrases, `,` between and around them, `N` being
/// [`phrases_filter_len`]'s: the bits of each phrase and of each of its beginnings
/// before a space (`same as` of `same as before`), as a `Words` filter hashes its words.
// (Indexing at compile time, as [`set_bits`]; `at` is below the text's length where it
// indexes.)
#[allow(clippy::indexing_slicing)]
pub const fn phrases_filter<const N: usize>(text: &str) -> [u64; N] {
    let mut filter = [0; N];
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut at = 0;
    while at <= bytes.len() {
        let end = at == bytes.len() || bytes[at] == b',';
        if end || bytes[at] == b' ' {
            let (head, _) = bytes.split_at(at);
            let (_, phrase) = head.split_at(start);
            set_bits(&mut filter, phrase);
        }
        if end {
            start = at + 1;
        }
        at += 1;
    }
    filter
}

impl Words {
    /// The words of `text` and the filter [`words_fill`] made of them (the
    /// `words!` macro, at compile time).
    pub const fn from_parts(text: &'static str, filter: &'static [u64]) -> Self {
        Words { text, filter }
    }

    /// The words, in order.
    pub fn iter(self) -> std::str::Split<'static, char> {
        self.text.split('|')
    }

    /// The words as written, `|` between them.
    pub const fn text(self) -> &'static str {
        self.text
    }

    /// Whether `word`, in any ASCII case, is one of these (lower-case) words: compared in
    /// place, where lowering it first would allocate. Never inlined in Wasm: the
    /// module built for speed had a copy of the loop unrolled for each list of words,
    /// 22 KB (5 KB gzip).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn contains(self, word: &str) -> bool {
        self.contains_any_ascii_case(word)
            // (A word beyond ASCII with a capital beyond it, `ZAŁĄCZNIK`, `CZĘŚĆ`: compared
            // lowered too. Most such words have none, and are not lowered.)
            || capital_beyond_ascii(word) && self.contains_any_ascii_case(&crate::case::lower(word))
    }

    /// Whether the filter lets `word` by: false means it is none of these words.
    fn may_hold(self, word: &[u8]) -> bool {
        filter_may_hold(self.filter, word)
    }

    /// [`Words::contains`] in place, `word` in any ASCII case. (A byte at a time:
    /// `str::split`'s searcher costs more per word than the comparison.)
    fn contains_any_ascii_case(self, word: &str) -> bool {
        if !self.may_hold(word.as_bytes()) {
            return false;
        }
        let mut rest = self.text.as_bytes();
        loop {
            let end = rest.iter().position(|&b| b == b'|').unwrap_or(rest.len());
            if rest.get(..end).is_some_and(|w| w.eq_ignore_ascii_case(word.as_bytes())) {
                return true;
            }
            match rest.get(end + 1..) {
                Some(after) => rest = after,
                None => return false,
            }
        }
    }
}

/// Whether `text` has a capital beyond ASCII (`Ł`, `É`): what a comparison in any ASCII
/// case does not lower.
pub(crate) fn capital_beyond_ascii(text: &str) -> bool {
    !text.is_ascii()
        && text
            .chars()
            .any(|c| !c.is_ascii() && crate::case::chars(c).next() != Some(c))
}

/// Whether `text` begins with `prefix` in any ASCII case: its first byte compared first,
/// where most texts differ (a whole comparison costs as much as the prefix is long).
pub fn starts_with_any_case(text: &str, prefix: &str) -> bool {
    let (text, prefix) = (text.as_bytes(), prefix.as_bytes());
    match (text.first(), prefix.first()) {
        (Some(t), Some(p)) if !t.eq_ignore_ascii_case(p) => false,
        _ => text.get(..prefix.len()).is_some_and(|t| t.eq_ignore_ascii_case(prefix)),
    }
}

/// Whether `text` ends with `suffix` in any ASCII case: its last byte compared first.
pub fn ends_with_any_case(text: &str, suffix: &str) -> bool {
    let (text, suffix) = (text.as_bytes(), suffix.as_bytes());
    match (text.last(), suffix.last()) {
        (Some(t), Some(s)) if !t.eq_ignore_ascii_case(s) => false,
        _ => text
            .len()
            .checked_sub(suffix.len())
            .and_then(|at| text.get(at..))
            .is_some_and(|t| t.eq_ignore_ascii_case(suffix)),
    }
}

/// Lower case as the core folds it, for the CLI too (see `case`).
pub use crate::case::lower;

/// Characters that take no room on screen: zero-width spaces and joiners, the byte-order
/// mark, soft hyphens, direction marks. A line of these (and white space) is blank.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00ad}'
            | '\u{034f}'
            | '\u{061c}'
            | '\u{115f}'
            | '\u{1160}'
            | '\u{17b4}'
            | '\u{17b5}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}'
            | '\u{3164}'
            | '\u{fe00}'..='\u{fe0f}'
            | '\u{feff}'
            | '\u{ffa0}'
    )
}

/// [`scripts`]' bit for a letter beyond ASCII of none of the alphabets it knows.
pub(crate) const ANOTHER_SCRIPT: u32 = 1 << 25;

/// The alphabets `text`'s letters are written in, one bit each (Latin, Greek, Cyrillic,
/// Armenian, Hebrew, Arabic, the Indian scripts, Sinhala, Thai, Lao, Myanmar, Georgian,
/// Hangul, kana, Han, Khmer, Ethiopic; any other letter outside ASCII one more bit):
/// whether a pasted name can be compared with a policy's at all. Latin's letters beyond
/// ASCII are Latin (`ª`, `µ`, `º`, `ʻ`, `ˣ`), and so are its styled ones (`Ⓝ`, `𝓝`). (The
/// Letterlike Symbols, `ℕ`, `ℸ`, `Ω`, are of several scripts: another letter, told by
/// its compatibility form.)
pub(crate) fn scripts(text: &str) -> u32 {
    let another = ANOTHER_SCRIPT.trailing_zeros();
    const RANGES: &[(u32, u32, u32)] = &[
        // (Latin's letters of the Latin-1 page, `ª`, `µ`, `º`, and the modifier letters,
        // `ʻ`, `ˣ`: `µTorrent`, `Nº1`, `Hawaiʻi`.)
        (0x00AA, 0x02FF, 0),
        (0x1D00, 0x1DBF, 0),
        (0x1E00, 0x1EFF, 0),
        (0xA720, 0xA7FF, 0),
        (0x0370, 0x03FF, 1),
        (0x0400, 0x052F, 2),
        (0x0530, 0x058F, 3),
        (0x0590, 0x05FF, 4),
        (0x0600, 0x06FF, 5),
        (0x0750, 0x077F, 5),
        (0x08A0, 0x08FF, 5),
        (0xFB50, 0xFDFF, 5),
        (0xFE70, 0xFEFF, 5),
        (0x0900, 0x097F, 6),
        (0x0980, 0x09FF, 7),
        (0x0A00, 0x0A7F, 8),
        (0x0A80, 0x0AFF, 9),
        (0x0B00, 0x0B7F, 10),
        (0x0B80, 0x0BFF, 11),
        (0x0C00, 0x0C7F, 12),
        (0x0C80, 0x0CFF, 13),
        (0x0D00, 0x0D7F, 14),
        (0x0D80, 0x0DFF, 15),
        (0x0E00, 0x0E7F, 16),
        (0x0E80, 0x0EFF, 17),
        (0x1000, 0x109F, 18),
        (0x10A0, 0x10FF, 19),
        (0x1100, 0x11FF, 20),
        (0x3130, 0x318F, 20),
        (0xAC00, 0xD7AF, 20),
        (0x3040, 0x30FF, 21),
        (0x31F0, 0x31FF, 21),
        (0x3400, 0x4DBF, 22),
        (0x4E00, 0x9FFF, 22),
        (0xF900, 0xFAFF, 22),
        (0x20000, 0x3FFFF, 22),
        (0x1780, 0x17FF, 23),
        (0x1200, 0x137F, 24),
        // (Styled letters, Latin's and Greek's: `Ⓝ`, `𝓝`, `𝚳`.)
        (0x2070, 0x209F, 0),
        (0x24B6, 0x24E9, 0),
        (0x1D400, 0x1D6A7, 0),
        (0x1D6A8, 0x1D7CB, 1),
    ];
    let mut bits = 0;
    for c in text.chars() {
        if c.is_ascii() {
            bits |= u32::from(c.is_ascii_alphabetic());
            continue;
        }
        if !c.is_alphabetic() {
            continue;
        }
        let code = u32::from(c);
        let script = RANGES
            .iter()
            .find(|(from, to, _)| (*from..=*to).contains(&code))
            .map_or(another, |(_, _, script)| *script);
        bits |= 1 << script;
    }
    bits
}

/// `text` kept to itself inside a sentence: between FIRST STRONG ISOLATE and POP
/// DIRECTIONAL ISOLATE, so a right-to-left override in an issuer's name, a contact or a
/// file name cannot turn the page's own words after it around.
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// Appends `text` to `out` as a JSON string, escaped as serde_json escapes it (`"`, `\\`,
/// the control characters below U+0020, `\n`-style where JSON has a short form): for
/// the few JSON texts the Wasm module writes itself, without serde_json's writer (and
/// the I/O error machinery it carries).
pub(crate) fn push_json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let n = u32::from(c) as usize;
                out.push_str("\\u00");
                out.push(char::from(*HEX.get(n >> 4).unwrap_or(&b'0')));
                out.push(char::from(*HEX.get(n & 15).unwrap_or(&b'0')));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The text with every character that a terminal acts on, or that hides or reorders
/// what is shown, written visibly as `<U+001B>`: controls (C0 but the line end, DEL,
/// C1), bidi overrides, isolates and marks, the line and paragraph separators, and the
/// invisible characters of [`is_invisible`] except the joiners and variation selectors
/// that emoji and some scripts need. What a list or a policy says is shown as it is
/// written, never obeyed: an escape sequence in an app's name cannot rewrite a help
/// desk's screen, and `\u{202E}koTkiT` does not read as "TikTok". Most texts have
/// none, and are not copied.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    let hidden = |c: char| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{2028}' | '\u{2029}')
            || (is_invisible(c) && !matches!(c, '\u{200c}' | '\u{200d}' | '\u{fe00}'..='\u{fe0f}'))
    };
    if !text.contains(hidden) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if hidden(c) {
            out.push_str(&format!("<U+{:04X}>", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The multiply-rotate hash of Firefox and rustc (FxHash): several times faster than
/// SipHash for short keys, and a few lines rather than a dependency.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl FxHasher {
    /// One word into the hash.
    #[inline(always)]
    fn add(&mut self, word: u64) {
        const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        while let Some((word, tail)) = rest.split_first_chunk::<8>() {
            self.add(u64::from_le_bytes(*word));
            rest = tail;
        }
        for &byte in rest {
            self.add(u64::from(byte));
        }
    }

    // The maps' own calls, each one word (the same hash as `write` of its bytes on a
    // little-endian machine), without the slice loop: a `String` key ends with a
    // `write_u8`, a hash key is a `u64`.
    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn write_u64(&mut self, word: u64) {
        self.add(word);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The hash of a byte string taken one byte at a time, continuing from `state` (0 to
/// start): unlike [`FxHasher`]'s, hashing `a` and then `b` gives the hash of `a` and `b`
/// joined, so recognition hashes a name with one letter left out without writing it,
/// and the sweep a window of words a word at a time.
pub(crate) fn hash_bytes(state: u64, bytes: &[u8]) -> u64 {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    bytes
        .iter()
        .fold(state, |h, &b| (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(SEED))
}

/// Folds a display name to the form names are compared in: lower case, letters and
/// digits only, without a trailing `.app`.
pub fn normalise_name(name: &str) -> String {
    let mut out = String::new();
    normalise_into(&mut out, name);
    out
}

/// Quotes, brackets and the separators a word of a line may have about it.
pub(crate) const AROUND_A_WORD: [char; 10] = ['"', '\'', ',', ';', '(', ')', '[', ']', '<', '>'];

/// A number without the zeros after a point that a spreadsheet or a JSON writer puts on
/// a whole number (`835599320.0`): its digits before the point; else the bytes as they are.
pub(crate) fn whole_number(bytes: &[u8]) -> &[u8] {
    match bytes.iter().rposition(|&b| b == b'.').map(|at| bytes.split_at(at)) {
        Some((whole, [_, zeros @ ..])) if !zeros.is_empty() && zeros.iter().all(|&b| b == b'0') => whole,
        _ => bytes,
    }
}

/// Whether a byte is ASCII white space as `char::is_whitespace` has it (tab to
/// carriage return, and space).
#[inline(always)]
pub(crate) const fn ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// Eight bytes at a time (one `u64`, first byte lowest), for the scans that pass over
/// the words in which nothing they look for is, then read the rest byte by byte.
pub(crate) mod words8 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;

    /// Where the first word of `bytes` for which `stop` holds begins (or the last,
    /// shorter than eight bytes, does): every byte before it passed.
    #[inline(always)]
    pub(crate) fn skip(bytes: &[u8], stop: impl Fn(u64) -> bool) -> usize {
        let mut at = 0;
        while let Some(word) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
            if stop(u64::from_le_bytes(*word)) {
                break;
            }
            at += 8;
        }
        at
    }

    /// Whether some byte of `x` is `b` (the classic zero-byte test, after a xor).
    #[inline(always)]
    pub(crate) const fn has_byte(x: u64, b: u8) -> bool {
        let y = x ^ (ONES * b as u64);
        y.wrapping_sub(ONES) & !y & HIGHS != 0
    }

    /// Whether some byte of `x` is `a` and the one after it `b` (not `b` nonzero: the byte
    /// after the last is taken as zero).
    #[inline(always)]
    pub(crate) const fn has_pair(x: u64, a: u8, b: u8) -> bool {
        let y = (x ^ (ONES * a as u64)) | ((x >> 8) ^ (ONES * b as u64));
        y.wrapping_sub(ONES) & !y & HIGHS != 0
    }

    /// `x` with each ASCII capital as its small letter, and every byte ORed with 0x20 (so
    /// a test for a small letter finds either; the digits are unchanged).
    #[inline(always)]
    pub(crate) const fn lower(x: u64) -> u64 {
        x | (ONES * 0x20)
    }

    /// Whether some byte of `x` is below `n` (at most 0x80).
    #[inline(always)]
    pub(crate) const fn has_byte_below(x: u64, n: u8) -> bool {
        x.wrapping_sub(ONES * n as u64) & !x & HIGHS != 0
    }

    /// Whether some byte of `x` is beyond ASCII.
    #[inline(always)]
    pub(crate) const fn has_high_byte(x: u64) -> bool {
        x & HIGHS != 0
    }

    /// Whether some byte of `bytes` is the ASCII letter `a` and the next `b`, in either case
    /// (`a` and `b` small letters), eight bytes at a time, each eight overlapping the last by
    /// one so that no pair is missed across them.
    pub(crate) fn has_pair_any_case(bytes: &[u8], a: u8, b: u8) -> bool {
        let mut at = 0;
        while let Some(word) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
            if has_pair(lower(u64::from_le_bytes(*word)), a, b) {
                return true;
            }
            at += 7;
        }
        bytes
            .get(at..)
            .unwrap_or(&[])
            .windows(2)
            .any(|w| matches!(w, [x, y] if x | 0x20 == a && y | 0x20 == b))
    }

    /// Whether some byte of `bytes` is a `p` or a `w` in either case, eight bytes at a time.
    pub(crate) fn has_p_or_w(bytes: &[u8]) -> bool {
        let found = |x: u64| has_byte(lower(x), b'p') || has_byte(lower(x), b'w');
        let at = skip(bytes, found);
        bytes
            .get(at..)
            .unwrap_or(&[])
            .iter()
            .any(|b| matches!(b.to_ascii_lowercase(), b'p' | b'w'))
    }
}

/// `str::trim`, without decoding characters at ends that are ASCII (most lines): the
/// standard one steps through characters with a closure, which the size-optimised
/// Wasm module calls rather than inlines, several times for every pasted line.
pub(crate) fn trim(text: &str) -> &str {
    // Most lines begin and end with a printable ASCII character: nothing to trim, and
    // no two calls to say so.
    if let (Some(&first), Some(&last)) = (text.as_bytes().first(), text.as_bytes().last()) {
        if solid(first) && solid(last) {
            return text;
        }
    }
    trim_end(trim_start(text))
}

/// Whether a byte is ASCII other than white space and controls below the space (so no
/// trim stops short of it or passes it).
#[inline(always)]
fn solid(b: u8) -> bool {
    (0x21..0x80).contains(&b)
}

/// `str::trim_start`, without decoding characters while they are ASCII.
pub(crate) fn trim_start(text: &str) -> &str {
    let bytes = text.as_bytes();
    if bytes.first().is_some_and(|&b| solid(b)) {
        return text;
    }
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if !ascii_space(b) {
            if !b.is_ascii() {
                return text.get(at..).unwrap_or("").trim_start();
            }
            break;
        }
        at += 1;
    }
    text.get(at..).unwrap_or("")
}

/// `str::trim_end`, without decoding characters while they are ASCII.
pub(crate) fn trim_end(text: &str) -> &str {
    let bytes = text.as_bytes();
    if bytes.last().is_some_and(|&b| solid(b)) {
        return text;
    }
    let mut end = bytes.len();
    while let Some(&b) = end.checked_sub(1).and_then(|i| bytes.get(i)) {
        if !ascii_space(b) {
            if !b.is_ascii() {
                return text.get(..end).unwrap_or("").trim_end();
            }
            break;
        }
        end -= 1;
    }
    text.get(..end).unwrap_or("")
}

/// Where the first `\n` is in `bytes`: eight bytes at a time (a word with no newline is
/// passed over in a few operations), then byte by byte in the word that holds one.
fn next_newline(bytes: &[u8]) -> Option<usize> {
    let at = words8::skip(bytes, |x| words8::has_byte(x, b'\n'));
    bytes.get(at..)?.iter().position(|&b| b == b'\n').map(|i| at + i)
}

/// The pieces of a text between its `\n`s: [`split_newlines`] and [`lines`].
pub(crate) struct Lines<'a> {
    rest: Option<&'a str>,
    /// `str::lines`: a `\r` before a `\n` is part of the line end, and a text that ends
    /// with its line end (or is empty) has no empty line after it.
    lines: bool,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        if self.lines && rest.is_empty() {
            self.rest = None;
            return None;
        }
        match next_newline(rest.as_bytes()) {
            Some(at) => {
                self.rest = rest.get(at + 1..);
                let line = rest.get(..at)?;
                // (A byte test for the `\r`: `strip_suffix` is a call and a comparison.)
                Some(match line.len().checked_sub(1) {
                    Some(end) if self.lines && line.as_bytes().get(end) == Some(&b'\r') => line.get(..end)?,
                    _ => line,
                })
            }
            None => self.rest.take(),
        }
    }
}

/// `text.split('\n')`, by a search eight bytes at a time: the standard library's
/// pattern searcher is set up again for every line, which for the short lines of a
/// pasted list costs about as much as the search.
pub(crate) fn split_newlines(text: &str) -> Lines<'_> {
    Lines {
        rest: Some(text),
        lines: false,
    }
}

/// `text.lines()`, by the same search as [`split_newlines`]: lines end at `\n` or
/// `\r\n`, and a last line end makes no empty line after it.
pub(crate) fn lines(text: &str) -> Lines<'_> {
    Lines {
        rest: Some(text),
        lines: true,
    }
}

/// `text.contains(needle)` for the short needles the list readers look for in every
/// line: a scan for the needle's first byte and a comparison there, where the
/// standard library's search first prepares a two-way searcher, which for a short
/// line costs more than the search.
pub(crate) fn has(text: &str, needle: &str) -> bool {
    let (hay, needle) = (text.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    if rest.is_empty() {
        return hay.contains(&first);
    }
    let mut at = 0;
    while let Some(found) = hay.get(at..).and_then(|h| h.iter().position(|&b| b == first)) {
        let start = at + found + 1;
        if hay.get(start..).is_some_and(|h| h.starts_with(rest)) {
            return true;
        }
        at = start;
    }
    false
}

/// [`normalise_name`], appended to `out` (recognition keeps one buffer for a line's
/// names); how many characters it appended.
pub(crate) fn normalise_into(out: &mut String, name: &str) -> usize {
    // White space at either end is no letter or digit: only the `.app` test needs the
    // end trimmed (the fast `trim_end`, one byte test at the end of most names).
    let trimmed = trim_end(name);
    let trimmed = match trimmed.as_bytes() {
        [.., b'.', b'a', b'p', b'p'] | [.., b'.', b'A', b'P', b'P'] => {
            trimmed.get(..trimmed.len() - 4).unwrap_or(trimmed)
        }
        _ => trimmed,
    };
    // Most names: ASCII, a byte at a time without the Unicode tables (lower case and
    // letters and digits as the `char` rules below have them for ASCII).
    let (from, mut buffer, mut n) = (out.len(), [0u8; 32], 0);
    for &b in trimmed.as_bytes() {
        match folded_byte(b) {
            0 => {}
            BEYOND_ASCII => {
                out.truncate(from);
                for c in trimmed.chars().map(fancy_letter).filter(|c| c.is_alphanumeric()) {
                    push_folded(out, c);
                }
                return out.get(from..).map_or(0, |added| added.chars().count());
            }
            folded => push_ascii(out, &mut buffer, &mut n, folded),
        }
    }
    flush_ascii(out, &buffer, n);
    out.len() - from
}

/// [`folded_byte`] of a byte beyond ASCII.
pub(crate) const BEYOND_ASCII: u8 = 0x80;

static FOLDED: [u8; 256] = folded_bytes();

// (Evaluated when compiled: an index out of range would stop the build, not a check.)
#[allow(clippy::indexing_slicing)]
const fn folded_bytes() -> [u8; 256] {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            c @ (b'a'..=b'z' | b'0'..=b'9') => c,
            c @ b'A'..=b'Z' => c.to_ascii_lowercase(),
            0x80.. => BEYOND_ASCII,
            _ => 0,
        };
        b += 1;
    }
    table
}

/// A byte as names are compared in, by one table lookup (where the tests for a letter
/// or digit, and lower case, are a chain of comparisons): an ASCII letter or digit in
/// lower case, 0 for other ASCII (white space, punctuation, symbols), [`BEYOND_ASCII`]
/// for a byte of a character beyond ASCII.
#[inline(always)]
pub(crate) fn folded_byte(b: u8) -> u8 {
    match FOLDED.get(usize::from(b)) {
        Some(&folded) => folded,
        None => 0,
    }
}

/// Adds the ASCII byte `b` after what `out` and `buffer[..*n]` hold: through a buffer
/// on the stack, added to `out` when full and by [`flush_ascii`] at the end, since a
/// `String` checks every `push`. (The buffer holds ASCII only.)
#[inline(always)]
pub(crate) fn push_ascii(out: &mut String, buffer: &mut [u8; 32], n: &mut usize, b: u8) {
    if let Some(slot) = buffer.get_mut(*n) {
        *slot = b;
        *n += 1;
    } else {
        out.push_str(std::str::from_utf8(buffer).unwrap_or(""));
        if let Some(first) = buffer.first_mut() {
            *first = b;
        }
        *n = 1;
    }
}

/// Adds the first `n` bytes of `buffer` (ASCII, from [`push_ascii`]) to `out`.
#[inline(always)]
pub(crate) fn flush_ascii(out: &mut String, buffer: &[u8; 32], n: usize) {
    out.push_str(std::str::from_utf8(buffer.get(..n).unwrap_or(&[])).unwrap_or(""));
}

/// The words of a name, each folded as [`normalise_name`] folds names: "Cosmic Box X"
/// → `cosmic`, `box`, `x`.
pub(crate) fn words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(normalise_name)
        .filter(|w| !w.is_empty())
        .collect()
}

/// Appends one letter or digit of a name in the form names are compared in: lower
/// case, look-alike letters folded to Latin, accents dropped.
pub(crate) fn push_folded(out: &mut String, c: char) {
    for lower in crate::case::chars(c) {
        match fold_accent(fold_look_alike(lower)) {
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            folded => out.push(folded),
        }
    }
}

/// Latin letters with a mark (an accent, a dot, a hook, a stroke, a bar), as their base
/// letter: "Zén" is "Zen" to a person looking for an app, and so is "Ƶėƞ" (NFKC, which
/// the shell applies, keeps the marks). The table is [`crate::latin`]'s.
pub(crate) fn fold_accent(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    crate::latin::base_letter(c).unwrap_or(c)
}

/// The letter a "fancy text" symbol stands for: letters in black circles or squares
/// (🅣🅘🅚, 🆃🅸🅺), in white squares, and regional indicators (🇹🇮🇰); no compatibility
/// mapping folds the first two, and none of them is a letter to `char`'s rules.
pub(crate) fn fancy_letter(c: char) -> char {
    let code = u32::from(c);
    let from = match code {
        0x1F130..=0x1F149 => 0x1F130,
        0x1F150..=0x1F169 => 0x1F150,
        0x1F170..=0x1F189 => 0x1F170,
        0x1F1E6..=0x1F1FF => 0x1F1E6,
        _ => return c,
    };
    char::from_u32(u32::from(b'a') + code - from).unwrap_or(c)
}

/// Cyrillic and Greek letters that look like Latin ones, folded to those: "ТікТок"
/// (Cyrillic) reads as TikTok. A subset of Unicode TR39's confusables (confusables.txt,
/// "MA" mappings to Latin small letters), kept to the letters of the scripts app names
/// are faked in; the full table would cost the Wasm module more than it is worth.
pub(crate) fn fold_look_alike(c: char) -> char {
    match c {
        'а' | 'α' => 'a',
        'в' | 'β' => 'b',
        'с' | 'ϲ' => 'c',
        'ԁ' => 'd',
        'е' | 'ё' | 'ε' => 'e',
        'һ' => 'h',
        'і' | 'ι' | 'ї' => 'i',
        'ј' => 'j',
        'к' | 'κ' => 'k',
        'м' => 'm',
        'н' | 'η' => 'h',
        'о' | 'ο' | 'σ' => 'o',
        'р' | 'ρ' => 'p',
        'ԛ' => 'q',
        'ѕ' => 's',
        'т' | 'τ' => 't',
        'ц' | 'υ' => 'u',
        'ν' => 'v',
        'ԝ' | 'ω' => 'w',
        'х' | 'χ' => 'x',
        'у' | 'γ' => 'y',
        // (Latin small capitals, `ᴛɪᴋᴛᴏᴋ`, are Latin letters with a mark: [`fold_accent`];
        // the Latin alpha and iota are not, and look as `a` and `i` do: `Lɑrk`, `Tɩktok`.)
        'ɑ' | 'Ɑ' => 'a',
        'ɩ' | 'Ɩ' => 'i',
        other => other,
    }
}

/// `text` with the words written with digits and signs for letters read as the letters
/// (`T!kT0k` → `TikTok`, `71k70k app` → `tiktok app`, `+ik+ok`, `Ti|<To|<`, `L@rk`,
/// `C!c!`): `0` for `o`, `1`, `!` and `|` for `i`, `3` for `e`, `4` and `@` for `a`, `5`
/// and `$` for `s`, `7`, `+` and `†` for `t`, `|<` for `k`. A word is read so only when it
/// has a letter and is all letters so read (`Office 365`, `7-Eleven`, `Lemon8` stay as
/// they are); `None` when no word is. One pass over the bytes lets most texts go.
pub(crate) fn letters_for_signs(text: &str) -> Option<String> {
    // (A word read so has a sign beside a letter: most texts have none, and are let go by
    // one table lookup a byte. `0xE2` begins `†`.)
    let class = |b: u8| SIGN_OR_LETTER.get(usize::from(b)).copied().unwrap_or(0);
    if !text
        .as_bytes()
        .windows(2)
        .any(|w| matches!(w, [a, b] if class(*a) | class(*b) == 3))
    {
        return None;
    }
    let read = |word: &str| -> Option<String> {
        // (The word without the punctuation around it: `Slack, T!kT0k, Zoom`, `I have
        // T!kT0k.`; a `!` after it may be a letter, `C!c!`.)
        let word = word
            .trim_start_matches(['(', '"', '\''])
            .trim_end_matches([',', '.', ';', ':', ')', '"', '\'']);
        if !word.bytes().any(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        let letters: String = word
            .replace("|<", "k")
            .chars()
            .map(|c| match c {
                '0' => 'o',
                '1' | '!' | '|' => 'i',
                '3' => 'e',
                '4' | '@' => 'a',
                '5' | '$' => 's',
                '7' | '+' | '†' => 't',
                other => other,
            })
            .collect();
        (letters != word && letters.chars().all(char::is_alphabetic)).then_some(letters)
    };
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    for (n, word) in text.split(' ').enumerate() {
        if n > 0 {
            out.push(' ');
        }
        match read(word) {
            // (What was around it kept: `T!kT0k,` is `TikTok,`.)
            Some(letters) => {
                let at = word.find(|c: char| !matches!(c, '(' | '"' | '\'')).unwrap_or(0);
                let bare = word
                    .get(at..)
                    .unwrap_or(word)
                    .trim_end_matches([',', '.', ';', ':', ')', '"', '\'']);
                out.push_str(word.get(..at).unwrap_or(""));
                out.push_str(&letters);
                out.push_str(word.get(at + bare.len()..).unwrap_or(""));
                changed = true;
            }
            None => out.push_str(word),
        }
    }
    changed.then_some(out)
}

/// [`letters_for_signs`]' classes of bytes: 1 an ASCII letter, 2 a sign written for one
/// (or the first byte of `†`), 0 any other.
static SIGN_OR_LETTER: [u8; 256] = sign_or_letter();

// (Evaluated when compiled: an index out of range would stop the build, not a check.)
#[allow(clippy::indexing_slicing)]
const fn sign_or_letter() -> [u8; 256] {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => 1,
            b'0' | b'1' | b'3' | b'4' | b'5' | b'7' | b'!' | b'|' | b'@' | b'$' | b'+' | 0xE2 => 2,
            _ => 0,
        };
        b += 1;
    }
    table
}

/// Whether `text` has the shape of a package name or bundle id (`com.example.app`).
pub(crate) fn looks_like_identifier(text: &str) -> bool {
    // Parts of letters, digits, `_` and `-`, none empty, joined by dots: one pass over
    // the bytes (most names stop at their first space).
    let (mut dots, mut empty) = (0, true);
    for b in text.bytes() {
        if b == b'.' {
            if empty {
                return false;
            }
            dots += 1;
            empty = true;
        } else if b.is_ascii_alphanumeric() || b == b'_' || b == b'-' {
            empty = false;
        } else {
            return false;
        }
    }
    dots > 0 && !empty
}

/// The App Store id in a store link (`https://apps.apple.com/us/app/tiktok/id835599320`).
pub(crate) fn app_store_id(text: &str) -> Option<&str> {
    // (Recognition asks only about a text with a slash, one search for both stores.)
    if !(text.contains("apps.apple.com/") || text.contains("itunes.apple.com/")) {
        return None;
    }
    let path = text.split(['?', '#']).next()?;
    let last = path.trim_end_matches('/').rsplit('/').next()?;
    let digits = last
        .get(2..)
        .filter(|_| last.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("id")))?;
    (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())).then_some(digits)
}

/// The app's name as an App Store link writes it before its number
/// (`apps.apple.com/in/app/tiktok/id835599320` → `tiktok`), its dashes spaces (`uc
/// browser`): Apple makes it from the app's name.
pub(crate) fn app_store_slug(text: &str) -> Option<String> {
    app_store_id(text)?;
    let path = text.split(['?', '#']).next()?;
    let mut parts = path.trim_end_matches('/').rsplit('/');
    let (_id, slug, app) = (parts.next()?, parts.next()?, parts.next()?);
    (app == "app" && !slug.is_empty()).then(|| slug.replace('-', " "))
}

/// The package name in a Google Play link (`…/store/apps/details?id=com.example`).
pub(crate) fn play_store_package(text: &str) -> Option<&str> {
    if !text.contains("play.google.com/store/apps/details") {
        return None;
    }
    let query = text.split_once('?')?.1;
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("id="))
        .filter(|id| looks_like_identifier(id))
}

/// `text` with its `%XX` escapes decoded, as a URL writes them (a link's `#…` part, a
/// path); `None` when a `%` begins no escape or the bytes make no UTF-8 text.
pub fn percent_decoded(text: &str) -> Option<String> {
    if !text.contains('%') {
        return Some(text.to_owned());
    }
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.bytes();
    while let Some(b) = rest.next() {
        if b == b'%' {
            let hex = [rest.next()?, rest.next()?];
            let hex = std::str::from_utf8(&hex).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
        } else {
            bytes.push(b);
        }
    }
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    /// `words8::has_p_or_w` answers as a byte at a time does, for every place of the byte
    /// and every byte around it.
    #[test]
    fn a_p_or_a_w_is_found_as_bytes_find_it() {
        let naive = |b: &[u8]| b.iter().any(|b| matches!(b.to_ascii_lowercase(), b'p' | b'w'));
        for len in 1..20 {
            for at in 0..len {
                for byte in 0..=255u8 {
                    for fill in [b'A', b'z', b' ', 0x80, 0xff, b'0', 0xd0, 0xf0] {
                        let mut bytes = vec![fill; len];
                        bytes[at] = byte;
                        assert_eq!(super::words8::has_p_or_w(&bytes), naive(&bytes), "{bytes:?}");
                    }
                }
            }
        }
    }

    /// `words8::has_pair_any_case` answers as two bytes at a time do, for every place of
    /// the pair, across the eight bytes' seams too.
    #[test]
    fn a_pair_is_found_as_bytes_find_it() {
        let naive = |b: &[u8]| b.windows(2).any(|w| w.eq_ignore_ascii_case(b"li"));
        for len in 0..24 {
            for at in 0..len {
                for (first, second) in [
                    (b'l', b'i'),
                    (b'L', b'I'),
                    (b'l', b'I'),
                    (b'l', 0x89),
                    (0xcc, b'i'),
                    (b'l', b'j'),
                ] {
                    for fill in [b'A', b'z', b' ', 0x80, 0xff, b'i', b'l', b'I'] {
                        let mut bytes = vec![fill; len];
                        bytes[at] = first;
                        if let Some(next) = bytes.get_mut(at + 1) {
                            *next = second;
                        }
                        assert_eq!(
                            super::words8::has_pair_any_case(&bytes, b'l', b'i'),
                            naive(&bytes),
                            "{bytes:?}"
                        );
                    }
                }
            }
        }
    }

    use super::*;

    #[test]
    fn names_fold_case_space_symbols_and_accents_but_not_letters() {
        assert_eq!(normalise_name("Tik Tok"), "tiktok");
        assert_eq!(normalise_name("  TIKTOK™ "), "tiktok");
        assert_eq!(normalise_name("TikTok.app"), "tiktok");
        assert_ne!(normalise_name("TickTick"), normalise_name("TikTok"));
        assert_eq!(normalise_name("抖音"), "抖音");
        assert_eq!(normalise_name("ТікТок"), "tiktok", "Cyrillic look-alikes");
        assert_eq!(normalise_name("Zén Notes"), normalise_name("Zen Notes"));
        assert_eq!(normalise_name("Straße"), "strasse");
    }

    /// The folding table is the tests it replaces, for every byte.
    #[test]
    fn folded_bytes_are_lower_case_letters_and_digits() {
        for b in 0..=u8::MAX {
            let rule = if !b.is_ascii() {
                BEYOND_ASCII
            } else if b.is_ascii_alphanumeric() {
                b.to_ascii_lowercase()
            } else {
                0
            };
            assert_eq!(folded_byte(b), rule, "{b}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// A JSON string written here is serde_json's, for any text: every control
        /// character, quotes, backslashes, DEL, the line separators and other scripts.
        /// A word list's `contains` is its words' (`iter`), for any word.
        #[test]
        fn words_contain_exactly_their_words(word in "[a-c|]{0,4}") {
            let words = words!("a|bc|abc||c");
            proptest::prop_assert_eq!(words.contains(&word), words.iter().any(|w| w == word));
        }

        /// And in any ASCII case.
        #[test]
        fn words_contain_their_words_in_any_case(word in "[a-cA-C|é]{0,4}") {
            let words = words!("a|bc|abc||c|é");
            proptest::prop_assert_eq!(words.contains(&word), words.iter().any(|w| w.eq_ignore_ascii_case(&word)));
        }

        /// And for any list: its filter lets every word of it by, in any ASCII case.
        #[test]
        fn any_words_contain_exactly_their_words(list in "[a-cA-Cé|]{0,12}", word in "[a-cA-Cé]{0,4}") {
            let text: &'static str = Box::leak(list.clone().into_boxed_str());
            let mut filter = vec![0; words_filter_len(text)];
            words_fill(text, &mut filter);
            let words = Words::from_parts(text, Box::leak(filter.into_boxed_slice()));
            proptest::prop_assert_eq!(words.contains(&word), list.split('|').any(|w| w.eq_ignore_ascii_case(&word)));
        }

        #[test]
        fn json_strings_are_serde_jsons(text in "[\\x00-\\x1f\"\\\\/ a\\x7f\\u{80}\\u{2028}\\u{2029}é€😀]{0,16}") {
            let mut out = String::new();
            push_json_string(&mut out, &text);
            proptest::prop_assert_eq!(out, serde_json::to_string(&text).unwrap());
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// The fast trims are the standard library's, for any text: ASCII and other
        /// white space, controls, invisible characters, letters and the printable ASCII
        /// range's first and last characters at either end.
        #[test]
        fn trims_are_the_standard_ones(
            text in proptest::string::string_regex("[ \t\r\n\u{b}\u{c}\u{85}\u{a0}\u{2003}\u{3000}\u{200b}\u{1c}\u{1f}!~\u{7f}\u{80}aé€😀.]{0,12}").unwrap()
        ) {
            proptest::prop_assert_eq!(trim(&text), text.trim());
            proptest::prop_assert_eq!(trim_start(&text), text.trim_start());
            proptest::prop_assert_eq!(trim_end(&text), text.trim_end());
        }

        /// The case-blind prefix and suffix tests are the comparison of the whole slice
        /// they were written from, for any text and pattern (ASCII in either case,
        /// accents, several bytes a character).
        #[test]
        fn starts_and_ends_with_any_case_are_the_whole_comparison(
            text in proptest::string::string_regex("[aAbBé😀 .]{0,8}").unwrap(),
            pattern in proptest::string::string_regex("[abé😀 .]{0,4}").unwrap(),
        ) {
            let starts = text.get(..pattern.len()).is_some_and(|t| t.eq_ignore_ascii_case(&pattern));
            let ends = text
                .len()
                .checked_sub(pattern.len())
                .and_then(|at| text.get(at..))
                .is_some_and(|t| t.eq_ignore_ascii_case(&pattern));
            proptest::prop_assert_eq!(starts_with_any_case(&text, &pattern), starts);
            proptest::prop_assert_eq!(ends_with_any_case(&text, &pattern), ends);
        }

        /// `lines` and `split_newlines` are the standard library's.
        #[test]
        fn lines_are_the_standard_ones(text in proptest::string::string_regex("[a\r\n é]{0,40}").unwrap()) {
            proptest::prop_assert_eq!(lines(&text).collect::<Vec<_>>(), text.lines().collect::<Vec<_>>());
            proptest::prop_assert_eq!(split_newlines(&text).collect::<Vec<_>>(), text.split('\n').collect::<Vec<_>>());
        }

        /// The one-pass identifier test is the rule it was written from: parts of
        /// letters, digits, `_` and `-`, at least two, none empty, joined by dots.
        #[test]
        fn identifier_shape(text in proptest::string::string_regex("[a9_.\\- é]{0,8}").unwrap()) {
            let parts: Vec<&str> = text.split('.').collect();
            let rule = parts.len() >= 2
                && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-'));
            proptest::prop_assert_eq!(looks_like_identifier(&text), rule);
        }

        /// The byte-at-a-time `normalise_into` is the rule it was written from: trimmed,
        /// without a last `.app`, every letter and digit folded (`push_folded`), appended
        /// to what the buffer held; names longer than its stack buffer too.
        #[test]
        fn normalise_into_is_its_rule(
            before in "[a-z]{0,2}",
            name in proptest::string::string_regex("([ \t\u{3000}aZ9é.\\-ТΣß™]|\\.app|\\.APP){0,40}").unwrap()
        ) {
            let trimmed = name.trim();
            let trimmed = trimmed.strip_suffix(".app").or_else(|| trimmed.strip_suffix(".APP")).unwrap_or(trimmed);
            let mut rule = before.clone();
            for c in trimmed.chars().filter(|c| c.is_alphanumeric()) {
                push_folded(&mut rule, c);
            }
            let mut out = before.clone();
            let chars = normalise_into(&mut out, &name);
            proptest::prop_assert_eq!(chars, rule.chars().count() - before.len());
            proptest::prop_assert_eq!(out, rule);
        }

        /// The hasher's one-word calls hash as `write` of the word's bytes does, and
        /// `write` takes 8-byte words, then single bytes (FxHash's rule).
        #[test]
        fn fx_words_hash_as_their_bytes(bytes in proptest::collection::vec(0u8.., 0..20), word: u64, byte: u8) {
            const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
            let step = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(SEED);
            let mut rule = 0;
            for chunk in bytes.chunks(8) {
                rule = match <[u8; 8]>::try_from(chunk) {
                    Ok(w) => step(rule, u64::from_le_bytes(w)),
                    Err(_) => chunk.iter().fold(rule, |h, &b| step(h, u64::from(b))),
                };
            }
            let (mut a, mut b) = (FxHasher::default(), FxHasher::default());
            a.write(&bytes);
            proptest::prop_assert_eq!(a.finish(), rule);
            a.write_u64(word);
            a.write_u8(byte);
            b.write(&bytes);
            b.write(&word.to_le_bytes());
            b.write(&[byte]);
            proptest::prop_assert_eq!(a.finish(), b.finish());
        }

        /// `has` is `str::contains`, for any text and needle.
        #[test]
        fn has_is_contains(
            text in proptest::string::string_regex("[ab.é-]{0,12}").unwrap(),
            needle in proptest::string::string_regex("[ab.é-]{0,3}").unwrap()
        ) {
            proptest::prop_assert_eq!(has(&text, &needle), text.contains(needle.as_str()));
        }
    }

    #[test]
    fn identifiers_have_dots_and_no_spaces() {
        assert!(looks_like_identifier("com.zhiliaoapp.musically"));
        assert!(!looks_like_identifier("TikTok"));
        assert!(!looks_like_identifier("Tik.Tok app"));
        assert!(!looks_like_identifier("v1."));
    }

    #[test]
    fn store_links_give_their_ids() {
        assert_eq!(
            app_store_id("https://apps.apple.com/us/app/tiktok-videos-shop-live/id835599320"),
            Some("835599320")
        );
        assert_eq!(
            app_store_id("https://apps.apple.com/app/id835599320?l=de"),
            Some("835599320")
        );
        assert_eq!(app_store_id("https://example.com/id835599320"), None);
        assert_eq!(
            play_store_package("https://play.google.com/store/apps/details?id=com.zhiliaoapp.musically&hl=en"),
            Some("com.zhiliaoapp.musically")
        );
        assert_eq!(
            play_store_package("https://play.google.com/store/apps/details?hl=en"),
            None
        );
    }
}
