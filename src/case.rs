//! Lower case without the standard library's case-mapping table.
//!
//! `char::to_lowercase` and `str::to_lowercase` look every letter up in a table of
//! 1,400-odd pairs, about 11 KB of the Wasm module. The same mapping, written as runs
//! (a start, how many letters, every letter or every other one, and the distance to
//! the lower-case letter), is 185 runs of 8 bytes. The test below checks it against the
//! standard library for every `char`, so a new Unicode version in Rust shows up as a
//! failing test with the command that prints the new table.
//!
//! One difference from `str::to_lowercase`: a Greek capital sigma is always `σ`, never
//! the word-final `ς`. Names are compared after [`lower`] on both sides, so the two
//! forms never meet.

/// Lower-case runs: `(first letter, packed)`, sorted by the first letter. `packed` holds
/// the number of letters in its top 7 bits, then 1 bit for a step of 2 (every other
/// letter: the upper- and lower-case letters alternate), then the sign of the distance
/// to the lower-case letter, then its size in the low 23 bits.
#[rustfmt::skip]
const RUNS: &[(u32, u32)] = &[
    (0x00041, 0x34000020), (0x000C0, 0x2E000020), (0x000D8, 0x0E000020), (0x00100, 0x31000001),
    (0x00132, 0x07000001), (0x00139, 0x11000001), (0x0014A, 0x2F000001), (0x00178, 0x02800079),
    (0x00179, 0x07000001), (0x00181, 0x020000D2), (0x00182, 0x05000001), (0x00186, 0x020000CE),
    (0x00187, 0x02000001), (0x00189, 0x040000CD), (0x0018B, 0x02000001), (0x0018E, 0x0200004F),
    (0x0018F, 0x020000CA), (0x00190, 0x020000CB), (0x00191, 0x02000001), (0x00193, 0x020000CD),
    (0x00194, 0x020000CF), (0x00196, 0x020000D3), (0x00197, 0x020000D1), (0x00198, 0x02000001),
    (0x0019C, 0x020000D3), (0x0019D, 0x020000D5), (0x0019F, 0x020000D6), (0x001A0, 0x07000001),
    (0x001A6, 0x020000DA), (0x001A7, 0x02000001), (0x001A9, 0x020000DA), (0x001AC, 0x02000001),
    (0x001AE, 0x020000DA), (0x001AF, 0x02000001), (0x001B1, 0x040000D9), (0x001B3, 0x05000001),
    (0x001B7, 0x020000DB), (0x001B8, 0x02000001), (0x001BC, 0x02000001), (0x001C4, 0x02000002),
    (0x001C5, 0x02000001), (0x001C7, 0x02000002), (0x001C8, 0x02000001), (0x001CA, 0x02000002),
    (0x001CB, 0x13000001), (0x001DE, 0x13000001), (0x001F1, 0x02000002), (0x001F2, 0x05000001),
    (0x001F6, 0x02800061), (0x001F7, 0x02800038), (0x001F8, 0x29000001), (0x00220, 0x02800082),
    (0x00222, 0x13000001), (0x0023A, 0x02002A2B), (0x0023B, 0x02000001), (0x0023D, 0x028000A3),
    (0x0023E, 0x02002A28), (0x00241, 0x02000001), (0x00243, 0x028000C3), (0x00244, 0x02000045),
    (0x00245, 0x02000047), (0x00246, 0x0B000001), (0x00370, 0x05000001), (0x00376, 0x02000001),
    (0x0037F, 0x02000074), (0x00386, 0x02000026), (0x00388, 0x06000025), (0x0038C, 0x02000040),
    (0x0038E, 0x0400003F), (0x00391, 0x22000020), (0x003A3, 0x12000020), (0x003CF, 0x02000008),
    (0x003D8, 0x19000001), (0x003F4, 0x0280003C), (0x003F7, 0x02000001), (0x003F9, 0x02800007),
    (0x003FA, 0x02000001), (0x003FD, 0x06800082), (0x00400, 0x20000050), (0x00410, 0x40000020),
    (0x00460, 0x23000001), (0x0048A, 0x37000001), (0x004C0, 0x0200000F), (0x004C1, 0x0F000001),
    (0x004D0, 0x61000001), (0x00531, 0x4C000030), (0x010A0, 0x4C001C60), (0x010C7, 0x02001C60),
    (0x010CD, 0x02001C60), (0x013A0, 0xA00097D0), (0x013F0, 0x0C000008), (0x01C89, 0x02000001),
    (0x01C90, 0x56800BC0), (0x01CBD, 0x06800BC0), (0x01E00, 0x97000001), (0x01E9E, 0x02801DBF),
    (0x01EA0, 0x61000001), (0x01F08, 0x10800008), (0x01F18, 0x0C800008), (0x01F28, 0x10800008),
    (0x01F38, 0x10800008), (0x01F48, 0x0C800008), (0x01F59, 0x09800008), (0x01F68, 0x10800008),
    (0x01F88, 0x10800008), (0x01F98, 0x10800008), (0x01FA8, 0x10800008), (0x01FB8, 0x04800008),
    (0x01FBA, 0x0480004A), (0x01FBC, 0x02800009), (0x01FC8, 0x08800056), (0x01FCC, 0x02800009),
    (0x01FD8, 0x04800008), (0x01FDA, 0x04800064), (0x01FE8, 0x04800008), (0x01FEA, 0x04800070),
    (0x01FEC, 0x02800007), (0x01FF8, 0x04800080), (0x01FFA, 0x0480007E), (0x01FFC, 0x02800009),
    (0x02126, 0x02801D5D), (0x0212A, 0x028020BF), (0x0212B, 0x02802046), (0x02132, 0x0200001C),
    (0x02160, 0x20000010), (0x02183, 0x02000001), (0x024B6, 0x3400001A), (0x02C00, 0x60000030),
    (0x02C60, 0x02000001), (0x02C62, 0x028029F7), (0x02C63, 0x02800EE6), (0x02C64, 0x028029E7),
    (0x02C67, 0x07000001), (0x02C6D, 0x02802A1C), (0x02C6E, 0x028029FD), (0x02C6F, 0x02802A1F),
    (0x02C70, 0x02802A1E), (0x02C72, 0x02000001), (0x02C75, 0x02000001), (0x02C7E, 0x04802A3F),
    (0x02C80, 0x65000001), (0x02CEB, 0x05000001), (0x02CF2, 0x02000001), (0x0A640, 0x2F000001),
    (0x0A680, 0x1D000001), (0x0A722, 0x0F000001), (0x0A732, 0x3F000001), (0x0A779, 0x05000001),
    (0x0A77D, 0x02808A04), (0x0A77E, 0x0B000001), (0x0A78B, 0x02000001), (0x0A78D, 0x0280A528),
    (0x0A790, 0x05000001), (0x0A796, 0x15000001), (0x0A7AA, 0x0280A544), (0x0A7AB, 0x0280A54F),
    (0x0A7AC, 0x0280A54B), (0x0A7AD, 0x0280A541), (0x0A7AE, 0x0280A544), (0x0A7B0, 0x0280A512),
    (0x0A7B1, 0x0280A52A), (0x0A7B2, 0x0280A515), (0x0A7B3, 0x020003A0), (0x0A7B4, 0x11000001),
    (0x0A7C4, 0x02800030), (0x0A7C5, 0x0280A543), (0x0A7C6, 0x02808A38), (0x0A7C7, 0x05000001),
    (0x0A7CB, 0x0280A567), (0x0A7CC, 0x11000001), (0x0A7DC, 0x0280A641), (0x0A7F5, 0x02000001),
    (0x0FF21, 0x34000020), (0x10400, 0x50000028), (0x104B0, 0x48000028), (0x10570, 0x16000027),
    (0x1057C, 0x1E000027), (0x1058C, 0x0E000027), (0x10594, 0x04000027), (0x10C80, 0x66000040),
    (0x10D50, 0x2C000020), (0x118A0, 0x40000020), (0x16E40, 0x40000020), (0x16EA0, 0x3200001B),
    (0x1E900, 0x44000022),
];

/// The one letter whose lower case is two: İ (U+0130) is i and a combining dot above.
const DOTTED_CAPITAL_I: char = '\u{130}';

/// `c` in lower case, when it is one letter; İ alone is two (see [`chars`]).
fn lower_one(c: char) -> char {
    let code = u32::from(c);
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let at = RUNS.partition_point(|&(start, _)| start <= code);
    let Some(&(start, packed)) = at.checked_sub(1).and_then(|i| RUNS.get(i)) else {
        return c;
    };
    let count = packed >> 25;
    let step = if packed & (1 << 24) == 0 { 1 } else { 2 };
    let offset = code - start;
    if offset >= count * step || offset % step != 0 {
        return c;
    }
    let size = packed & 0x7F_FFFF;
    let lower = if packed & (1 << 23) == 0 {
        code.checked_add(size)
    } else {
        code.checked_sub(size)
    };
    lower.and_then(char::from_u32).unwrap_or(c)
}

/// The lower case of `c`: one letter, or two for İ, as `char::to_lowercase` gives.
pub(crate) fn chars(c: char) -> impl Iterator<Item = char> {
    let dotted = c == DOTTED_CAPITAL_I;
    let first = if dotted { 'i' } else { lower_one(c) };
    std::iter::once(first).chain(dotted.then_some('\u{307}'))
}

/// Lower case for `str` and `String`: `name.lower()` where the standard library has
/// `name.to_lowercase()` (which clippy refuses in the library: see `clippy.toml`).
pub(crate) trait Lower {
    /// The text in lower case (see the module's note on the final sigma).
    fn lower(&self) -> String;
}

impl Lower for str {
    fn lower(&self) -> String {
        lower(self)
    }
}

/// `text` in lower case (see the module's note on the final sigma).
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        out.extend(chars(c));
    }
    out
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // the standard library's mapping, to check against
mod tests {
    use super::*;

    /// The runs of the standard library's mapping, as [`RUNS`] holds them.
    fn runs_of_std() -> Vec<(u32, u32)> {
        let pairs: Vec<(u32, i64)> = (0..=0x10_FFFF_u32)
            .filter_map(char::from_u32)
            .filter_map(|c| {
                let mut lower = c.to_lowercase();
                let one = (lower.len() == 1).then(|| lower.next()).flatten()?;
                (one != c).then(|| (u32::from(c), i64::from(u32::from(one)) - i64::from(u32::from(c))))
            })
            .collect();
        let mut runs = Vec::new();
        let mut i = 0;
        while let Some(&(start, delta)) = pairs.get(i) {
            let (count, step) = [1_u32, 2]
                .into_iter()
                .map(|step| {
                    let count = (0_u32..)
                        .take_while(|&n| pairs.get(i + n as usize) == Some(&(start + n * step, delta)))
                        .count() as u32;
                    (count, step)
                })
                .max_by_key(|&(count, step)| (count, std::cmp::Reverse(step)))
                .unwrap();
            let packed =
                (count << 25) | ((step - 1) << 24) | (u32::from(delta < 0) << 23) | delta.unsigned_abs() as u32;
            runs.push((start, packed));
            i += count as usize;
        }
        runs
    }

    #[test]
    fn every_char_is_lowered_as_the_standard_library_lowers_it() {
        for c in (0..=0x10_FFFF_u32).filter_map(char::from_u32) {
            assert_eq!(
                chars(c).collect::<String>(),
                c.to_lowercase().collect::<String>(),
                "U+{:04X}: the table is out of date: `the_table_is_the_standard_librarys_runs` prints it",
                u32::from(c)
            );
        }
    }

    #[test]
    fn the_table_is_the_standard_librarys_runs() {
        let runs = runs_of_std();
        let source: String = runs
            .iter()
            .enumerate()
            .map(|(i, (start, packed))| {
                format!(
                    "{}({start:#07X}, {packed:#010X}),",
                    if i % 4 == 0 { "\n    " } else { " " }
                )
            })
            .collect();
        assert!(
            RUNS == runs.as_slice(),
            "the table is out of date; its runs are now:{source}"
        );
    }

    #[test]
    fn strings_are_lowered_as_the_standard_library_lowers_them_but_for_the_final_sigma() {
        for text in [
            "TikTok",
            "ÄÖÜ Straße",
            "ТІКТОК",
            "İSTANBUL",
            "ＷｅＣｈａｔ",
            "Ǆemal",
            "ΣΟΦΊΑ",
        ] {
            assert_eq!(lower(text), text.to_lowercase(), "{text}");
        }
        assert_eq!(lower("ΟΔΟΣ"), "οδοσ");
    }
}
