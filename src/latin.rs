//! The base letter of a Latin letter with a mark: `ṭ`, `ƭ`, `ʈ` and `Ƭ` are `t` to a
//! person looking for an app, as `é` is `e`.
//!
//! Every letter of the Latin blocks beyond ASCII (Latin-1, Extended-A and -B, the IPA
//! extensions, the phonetic extensions, Extended Additional, Extended-C, -D and -E)
//! whose Unicode name is `LATIN SMALL|CAPITAL LETTER <X>` followed by nothing or by
//! `WITH <marks>` (an accent, a dot, a hook, a stroke, a bar, a tail…), or is the
//! dotless, script or barred `<X>`, or the small capital `<X>`: 751 letters,
//! taken from the names of Unicode 14 (Python's `unicodedata`). Letters turned,
//! reversed or open (`ǝ`, `ɔ`), ligatures (`æ`, `ĳ`) and letters of their own (`ð`, `þ`,
//! `ß`) are not in it. The accents and dots that Unicode decomposes are checked against
//! its decompositions in the tests; hooks, strokes and bars, which it does not
//! decompose, are the reason for the table (red team rt55a's `ƬikƬok`, `TiƙToƙ`).

/// (code point, its base letter in lower case), sorted by code point; with [`PLAIN`] set
/// for a letter without a mark in its name (a small capital, the dotless, script or
/// barred letter: `ᴛ`, `ɡ`), which no language writes for its own words.
#[rustfmt::skip]
static BASES: [(u16, u8); 751] = [
    (0x00C0, b'a'), (0x00C1, b'a'), (0x00C2, b'a'), (0x00C3, b'a'), (0x00C4, b'a'), (0x00C5, b'a'), (0x00C7, b'c'),
    (0x00C8, b'e'), (0x00C9, b'e'), (0x00CA, b'e'), (0x00CB, b'e'), (0x00CC, b'i'), (0x00CD, b'i'), (0x00CE, b'i'),
    (0x00CF, b'i'), (0x00D1, b'n'), (0x00D2, b'o'), (0x00D3, b'o'), (0x00D4, b'o'), (0x00D5, b'o'), (0x00D6, b'o'),
    (0x00D8, b'o'), (0x00D9, b'u'), (0x00DA, b'u'), (0x00DB, b'u'), (0x00DC, b'u'), (0x00DD, b'y'), (0x00E0, b'a'),
    (0x00E1, b'a'), (0x00E2, b'a'), (0x00E3, b'a'), (0x00E4, b'a'), (0x00E5, b'a'), (0x00E7, b'c'), (0x00E8, b'e'),
    (0x00E9, b'e'), (0x00EA, b'e'), (0x00EB, b'e'), (0x00EC, b'i'), (0x00ED, b'i'), (0x00EE, b'i'), (0x00EF, b'i'),
    (0x00F1, b'n'), (0x00F2, b'o'), (0x00F3, b'o'), (0x00F4, b'o'), (0x00F5, b'o'), (0x00F6, b'o'), (0x00F8, b'o'),
    (0x00F9, b'u'), (0x00FA, b'u'), (0x00FB, b'u'), (0x00FC, b'u'), (0x00FD, b'y'), (0x00FF, b'y'), (0x0100, b'a'),
    (0x0101, b'a'), (0x0102, b'a'), (0x0103, b'a'), (0x0104, b'a'), (0x0105, b'a'), (0x0106, b'c'), (0x0107, b'c'),
    (0x0108, b'c'), (0x0109, b'c'), (0x010A, b'c'), (0x010B, b'c'), (0x010C, b'c'), (0x010D, b'c'), (0x010E, b'd'),
    (0x010F, b'd'), (0x0110, b'd'), (0x0111, b'd'), (0x0112, b'e'), (0x0113, b'e'), (0x0114, b'e'), (0x0115, b'e'),
    (0x0116, b'e'), (0x0117, b'e'), (0x0118, b'e'), (0x0119, b'e'), (0x011A, b'e'), (0x011B, b'e'), (0x011C, b'g'),
    (0x011D, b'g'), (0x011E, b'g'), (0x011F, b'g'), (0x0120, b'g'), (0x0121, b'g'), (0x0122, b'g'), (0x0123, b'g'),
    (0x0124, b'h'), (0x0125, b'h'), (0x0126, b'h'), (0x0127, b'h'), (0x0128, b'i'), (0x0129, b'i'), (0x012A, b'i'),
    (0x012B, b'i'), (0x012C, b'i'), (0x012D, b'i'), (0x012E, b'i'), (0x012F, b'i'), (0x0130, b'i'),
    (0x0131, b'i' | PLAIN), (0x0134, b'j'), (0x0135, b'j'), (0x0136, b'k'), (0x0137, b'k'), (0x0139, b'l'),
    (0x013A, b'l'), (0x013B, b'l'), (0x013C, b'l'), (0x013D, b'l'), (0x013E, b'l'), (0x013F, b'l'), (0x0140, b'l'),
    (0x0141, b'l'), (0x0142, b'l'), (0x0143, b'n'), (0x0144, b'n'), (0x0145, b'n'), (0x0146, b'n'), (0x0147, b'n'),
    (0x0148, b'n'), (0x014C, b'o'), (0x014D, b'o'), (0x014E, b'o'), (0x014F, b'o'), (0x0150, b'o'), (0x0151, b'o'),
    (0x0154, b'r'), (0x0155, b'r'), (0x0156, b'r'), (0x0157, b'r'), (0x0158, b'r'), (0x0159, b'r'), (0x015A, b's'),
    (0x015B, b's'), (0x015C, b's'), (0x015D, b's'), (0x015E, b's'), (0x015F, b's'), (0x0160, b's'), (0x0161, b's'),
    (0x0162, b't'), (0x0163, b't'), (0x0164, b't'), (0x0165, b't'), (0x0166, b't'), (0x0167, b't'), (0x0168, b'u'),
    (0x0169, b'u'), (0x016A, b'u'), (0x016B, b'u'), (0x016C, b'u'), (0x016D, b'u'), (0x016E, b'u'), (0x016F, b'u'),
    (0x0170, b'u'), (0x0171, b'u'), (0x0172, b'u'), (0x0173, b'u'), (0x0174, b'w'), (0x0175, b'w'), (0x0176, b'y'),
    (0x0177, b'y'), (0x0178, b'y'), (0x0179, b'z'), (0x017A, b'z'), (0x017B, b'z'), (0x017C, b'z'), (0x017D, b'z'),
    (0x017E, b'z'), (0x0180, b'b'), (0x0181, b'b'), (0x0182, b'b'), (0x0183, b'b'), (0x0187, b'c'), (0x0188, b'c'),
    (0x018A, b'd'), (0x018B, b'd'), (0x018C, b'd'), (0x0191, b'f'), (0x0192, b'f'), (0x0193, b'g'), (0x0197, b'i'),
    (0x0198, b'k'), (0x0199, b'k'), (0x019A, b'l'), (0x019D, b'n'), (0x019E, b'n'), (0x019F, b'o'), (0x01A0, b'o'),
    (0x01A1, b'o'), (0x01A4, b'p'), (0x01A5, b'p'), (0x01AB, b't'), (0x01AC, b't'), (0x01AD, b't'), (0x01AE, b't'),
    (0x01AF, b'u'), (0x01B0, b'u'), (0x01B2, b'v'), (0x01B3, b'y'), (0x01B4, b'y'), (0x01B5, b'z'), (0x01B6, b'z'),
    (0x01C5, b'd'), (0x01C8, b'l'), (0x01CB, b'n'), (0x01CD, b'a'), (0x01CE, b'a'), (0x01CF, b'i'), (0x01D0, b'i'),
    (0x01D1, b'o'), (0x01D2, b'o'), (0x01D3, b'u'), (0x01D4, b'u'), (0x01D5, b'u'), (0x01D6, b'u'), (0x01D7, b'u'),
    (0x01D8, b'u'), (0x01D9, b'u'), (0x01DA, b'u'), (0x01DB, b'u'), (0x01DC, b'u'), (0x01DE, b'a'), (0x01DF, b'a'),
    (0x01E0, b'a'), (0x01E1, b'a'), (0x01E4, b'g'), (0x01E5, b'g'), (0x01E6, b'g'), (0x01E7, b'g'), (0x01E8, b'k'),
    (0x01E9, b'k'), (0x01EA, b'o'), (0x01EB, b'o'), (0x01EC, b'o'), (0x01ED, b'o'), (0x01F0, b'j'), (0x01F2, b'd'),
    (0x01F4, b'g'), (0x01F5, b'g'), (0x01F8, b'n'), (0x01F9, b'n'), (0x01FA, b'a'), (0x01FB, b'a'), (0x01FE, b'o'),
    (0x01FF, b'o'), (0x0200, b'a'), (0x0201, b'a'), (0x0202, b'a'), (0x0203, b'a'), (0x0204, b'e'), (0x0205, b'e'),
    (0x0206, b'e'), (0x0207, b'e'), (0x0208, b'i'), (0x0209, b'i'), (0x020A, b'i'), (0x020B, b'i'), (0x020C, b'o'),
    (0x020D, b'o'), (0x020E, b'o'), (0x020F, b'o'), (0x0210, b'r'), (0x0211, b'r'), (0x0212, b'r'), (0x0213, b'r'),
    (0x0214, b'u'), (0x0215, b'u'), (0x0216, b'u'), (0x0217, b'u'), (0x0218, b's'), (0x0219, b's'), (0x021A, b't'),
    (0x021B, b't'), (0x021E, b'h'), (0x021F, b'h'), (0x0220, b'n'), (0x0221, b'd'), (0x0224, b'z'), (0x0225, b'z'),
    (0x0226, b'a'), (0x0227, b'a'), (0x0228, b'e'), (0x0229, b'e'), (0x022A, b'o'), (0x022B, b'o'), (0x022C, b'o'),
    (0x022D, b'o'), (0x022E, b'o'), (0x022F, b'o'), (0x0230, b'o'), (0x0231, b'o'), (0x0232, b'y'), (0x0233, b'y'),
    (0x0234, b'l'), (0x0235, b'n'), (0x0236, b't'), (0x0237, b'j' | PLAIN), (0x023A, b'a'), (0x023B, b'c'),
    (0x023C, b'c'), (0x023D, b'l'), (0x023E, b't'), (0x023F, b's'), (0x0240, b'z'), (0x0243, b'b'), (0x0246, b'e'),
    (0x0247, b'e'), (0x0248, b'j'), (0x0249, b'j'), (0x024B, b'q'), (0x024C, b'r'), (0x024D, b'r'), (0x024E, b'y'),
    (0x024F, b'y'), (0x0253, b'b'), (0x0255, b'c'), (0x0256, b'd'), (0x0257, b'd'), (0x025F, b'j'), (0x0260, b'g'),
    (0x0261, b'g' | PLAIN), (0x0262, b'g' | PLAIN), (0x0266, b'h'), (0x0268, b'i'), (0x026A, b'i' | PLAIN),
    (0x026B, b'l'), (0x026C, b'l'), (0x026D, b'l'), (0x0271, b'm'), (0x0272, b'n'), (0x0273, b'n'),
    (0x0274, b'n' | PLAIN), (0x0275, b'o' | PLAIN), (0x027C, b'r'), (0x027D, b'r'), (0x027E, b'r'),
    (0x0280, b'r' | PLAIN), (0x0282, b's'), (0x0284, b'j'), (0x0288, b't'), (0x028B, b'v'), (0x028F, b'y' | PLAIN),
    (0x0290, b'z'), (0x0291, b'z'), (0x0299, b'b' | PLAIN), (0x029B, b'g'), (0x029C, b'h' | PLAIN), (0x029D, b'j'),
    (0x029F, b'l' | PLAIN), (0x02A0, b'q'), (0x1D00, b'a' | PLAIN), (0x1D04, b'c' | PLAIN), (0x1D05, b'd' | PLAIN),
    (0x1D07, b'e' | PLAIN), (0x1D0A, b'j' | PLAIN), (0x1D0B, b'k' | PLAIN), (0x1D0C, b'l'), (0x1D0D, b'm' | PLAIN),
    (0x1D0F, b'o' | PLAIN), (0x1D18, b'p' | PLAIN), (0x1D1B, b't' | PLAIN), (0x1D1C, b'u' | PLAIN),
    (0x1D20, b'v' | PLAIN), (0x1D21, b'w' | PLAIN), (0x1D22, b'z' | PLAIN), (0x1D6C, b'b'), (0x1D6D, b'd'),
    (0x1D6E, b'f'), (0x1D6F, b'm'), (0x1D70, b'n'), (0x1D71, b'p'), (0x1D72, b'r'), (0x1D73, b'r'), (0x1D74, b's'),
    (0x1D75, b't'), (0x1D76, b'z'), (0x1D7D, b'p'), (0x1D80, b'b'), (0x1D81, b'd'), (0x1D82, b'f'), (0x1D83, b'g'),
    (0x1D84, b'k'), (0x1D85, b'l'), (0x1D86, b'm'), (0x1D87, b'n'), (0x1D88, b'p'), (0x1D89, b'r'), (0x1D8A, b's'),
    (0x1D8C, b'v'), (0x1D8D, b'x'), (0x1D8E, b'z'), (0x1D8F, b'a'), (0x1D91, b'd'), (0x1D92, b'e'), (0x1D96, b'i'),
    (0x1D99, b'u'), (0x1E00, b'a'), (0x1E01, b'a'), (0x1E02, b'b'), (0x1E03, b'b'), (0x1E04, b'b'), (0x1E05, b'b'),
    (0x1E06, b'b'), (0x1E07, b'b'), (0x1E08, b'c'), (0x1E09, b'c'), (0x1E0A, b'd'), (0x1E0B, b'd'), (0x1E0C, b'd'),
    (0x1E0D, b'd'), (0x1E0E, b'd'), (0x1E0F, b'd'), (0x1E10, b'd'), (0x1E11, b'd'), (0x1E12, b'd'), (0x1E13, b'd'),
    (0x1E14, b'e'), (0x1E15, b'e'), (0x1E16, b'e'), (0x1E17, b'e'), (0x1E18, b'e'), (0x1E19, b'e'), (0x1E1A, b'e'),
    (0x1E1B, b'e'), (0x1E1C, b'e'), (0x1E1D, b'e'), (0x1E1E, b'f'), (0x1E1F, b'f'), (0x1E20, b'g'), (0x1E21, b'g'),
    (0x1E22, b'h'), (0x1E23, b'h'), (0x1E24, b'h'), (0x1E25, b'h'), (0x1E26, b'h'), (0x1E27, b'h'), (0x1E28, b'h'),
    (0x1E29, b'h'), (0x1E2A, b'h'), (0x1E2B, b'h'), (0x1E2C, b'i'), (0x1E2D, b'i'), (0x1E2E, b'i'), (0x1E2F, b'i'),
    (0x1E30, b'k'), (0x1E31, b'k'), (0x1E32, b'k'), (0x1E33, b'k'), (0x1E34, b'k'), (0x1E35, b'k'), (0x1E36, b'l'),
    (0x1E37, b'l'), (0x1E38, b'l'), (0x1E39, b'l'), (0x1E3A, b'l'), (0x1E3B, b'l'), (0x1E3C, b'l'), (0x1E3D, b'l'),
    (0x1E3E, b'm'), (0x1E3F, b'm'), (0x1E40, b'm'), (0x1E41, b'm'), (0x1E42, b'm'), (0x1E43, b'm'), (0x1E44, b'n'),
    (0x1E45, b'n'), (0x1E46, b'n'), (0x1E47, b'n'), (0x1E48, b'n'), (0x1E49, b'n'), (0x1E4A, b'n'), (0x1E4B, b'n'),
    (0x1E4C, b'o'), (0x1E4D, b'o'), (0x1E4E, b'o'), (0x1E4F, b'o'), (0x1E50, b'o'), (0x1E51, b'o'), (0x1E52, b'o'),
    (0x1E53, b'o'), (0x1E54, b'p'), (0x1E55, b'p'), (0x1E56, b'p'), (0x1E57, b'p'), (0x1E58, b'r'), (0x1E59, b'r'),
    (0x1E5A, b'r'), (0x1E5B, b'r'), (0x1E5C, b'r'), (0x1E5D, b'r'), (0x1E5E, b'r'), (0x1E5F, b'r'), (0x1E60, b's'),
    (0x1E61, b's'), (0x1E62, b's'), (0x1E63, b's'), (0x1E64, b's'), (0x1E65, b's'), (0x1E66, b's'), (0x1E67, b's'),
    (0x1E68, b's'), (0x1E69, b's'), (0x1E6A, b't'), (0x1E6B, b't'), (0x1E6C, b't'), (0x1E6D, b't'), (0x1E6E, b't'),
    (0x1E6F, b't'), (0x1E70, b't'), (0x1E71, b't'), (0x1E72, b'u'), (0x1E73, b'u'), (0x1E74, b'u'), (0x1E75, b'u'),
    (0x1E76, b'u'), (0x1E77, b'u'), (0x1E78, b'u'), (0x1E79, b'u'), (0x1E7A, b'u'), (0x1E7B, b'u'), (0x1E7C, b'v'),
    (0x1E7D, b'v'), (0x1E7E, b'v'), (0x1E7F, b'v'), (0x1E80, b'w'), (0x1E81, b'w'), (0x1E82, b'w'), (0x1E83, b'w'),
    (0x1E84, b'w'), (0x1E85, b'w'), (0x1E86, b'w'), (0x1E87, b'w'), (0x1E88, b'w'), (0x1E89, b'w'), (0x1E8A, b'x'),
    (0x1E8B, b'x'), (0x1E8C, b'x'), (0x1E8D, b'x'), (0x1E8E, b'y'), (0x1E8F, b'y'), (0x1E90, b'z'), (0x1E91, b'z'),
    (0x1E92, b'z'), (0x1E93, b'z'), (0x1E94, b'z'), (0x1E95, b'z'), (0x1E96, b'h'), (0x1E97, b't'), (0x1E98, b'w'),
    (0x1E99, b'y'), (0x1E9A, b'a'), (0x1EA0, b'a'), (0x1EA1, b'a'), (0x1EA2, b'a'), (0x1EA3, b'a'), (0x1EA4, b'a'),
    (0x1EA5, b'a'), (0x1EA6, b'a'), (0x1EA7, b'a'), (0x1EA8, b'a'), (0x1EA9, b'a'), (0x1EAA, b'a'), (0x1EAB, b'a'),
    (0x1EAC, b'a'), (0x1EAD, b'a'), (0x1EAE, b'a'), (0x1EAF, b'a'), (0x1EB0, b'a'), (0x1EB1, b'a'), (0x1EB2, b'a'),
    (0x1EB3, b'a'), (0x1EB4, b'a'), (0x1EB5, b'a'), (0x1EB6, b'a'), (0x1EB7, b'a'), (0x1EB8, b'e'), (0x1EB9, b'e'),
    (0x1EBA, b'e'), (0x1EBB, b'e'), (0x1EBC, b'e'), (0x1EBD, b'e'), (0x1EBE, b'e'), (0x1EBF, b'e'), (0x1EC0, b'e'),
    (0x1EC1, b'e'), (0x1EC2, b'e'), (0x1EC3, b'e'), (0x1EC4, b'e'), (0x1EC5, b'e'), (0x1EC6, b'e'), (0x1EC7, b'e'),
    (0x1EC8, b'i'), (0x1EC9, b'i'), (0x1ECA, b'i'), (0x1ECB, b'i'), (0x1ECC, b'o'), (0x1ECD, b'o'), (0x1ECE, b'o'),
    (0x1ECF, b'o'), (0x1ED0, b'o'), (0x1ED1, b'o'), (0x1ED2, b'o'), (0x1ED3, b'o'), (0x1ED4, b'o'), (0x1ED5, b'o'),
    (0x1ED6, b'o'), (0x1ED7, b'o'), (0x1ED8, b'o'), (0x1ED9, b'o'), (0x1EDA, b'o'), (0x1EDB, b'o'), (0x1EDC, b'o'),
    (0x1EDD, b'o'), (0x1EDE, b'o'), (0x1EDF, b'o'), (0x1EE0, b'o'), (0x1EE1, b'o'), (0x1EE2, b'o'), (0x1EE3, b'o'),
    (0x1EE4, b'u'), (0x1EE5, b'u'), (0x1EE6, b'u'), (0x1EE7, b'u'), (0x1EE8, b'u'), (0x1EE9, b'u'), (0x1EEA, b'u'),
    (0x1EEB, b'u'), (0x1EEC, b'u'), (0x1EED, b'u'), (0x1EEE, b'u'), (0x1EEF, b'u'), (0x1EF0, b'u'), (0x1EF1, b'u'),
    (0x1EF2, b'y'), (0x1EF3, b'y'), (0x1EF4, b'y'), (0x1EF5, b'y'), (0x1EF6, b'y'), (0x1EF7, b'y'), (0x1EF8, b'y'),
    (0x1EF9, b'y'), (0x1EFE, b'y'), (0x1EFF, b'y'), (0x2C60, b'l'), (0x2C61, b'l'), (0x2C62, b'l'), (0x2C63, b'p'),
    (0x2C64, b'r'), (0x2C65, b'a'), (0x2C66, b't'), (0x2C67, b'h'), (0x2C68, b'h'), (0x2C69, b'k'), (0x2C6A, b'k'),
    (0x2C6B, b'z'), (0x2C6C, b'z'), (0x2C6E, b'm'), (0x2C71, b'v'), (0x2C72, b'w'), (0x2C73, b'w'), (0x2C74, b'v'),
    (0x2C78, b'e'), (0x2C7A, b'o'), (0x2C7E, b's'), (0x2C7F, b'z'), (0xA730, b'f' | PLAIN), (0xA731, b's' | PLAIN),
    (0xA740, b'k'), (0xA741, b'k'), (0xA742, b'k'), (0xA743, b'k'), (0xA744, b'k'), (0xA745, b'k'), (0xA748, b'l'),
    (0xA749, b'l'), (0xA74A, b'o'), (0xA74B, b'o'), (0xA74C, b'o'), (0xA74D, b'o'), (0xA750, b'p'), (0xA751, b'p'),
    (0xA752, b'p'), (0xA753, b'p'), (0xA754, b'p'), (0xA755, b'p'), (0xA756, b'q'), (0xA757, b'q'), (0xA758, b'q'),
    (0xA759, b'q'), (0xA75E, b'v'), (0xA75F, b'v'), (0xA78E, b'l'), (0xA790, b'n'), (0xA791, b'n'), (0xA792, b'c'),
    (0xA793, b'c'), (0xA794, b'c'), (0xA795, b'h'), (0xA796, b'b'), (0xA797, b'b'), (0xA798, b'f'), (0xA799, b'f'),
    (0xA7A0, b'g'), (0xA7A1, b'g'), (0xA7A2, b'k'), (0xA7A3, b'k'), (0xA7A4, b'n'), (0xA7A5, b'n'), (0xA7A6, b'r'),
    (0xA7A7, b'r'), (0xA7A8, b's'), (0xA7A9, b's'), (0xA7AA, b'h'), (0xA7AC, b'g' | PLAIN), (0xA7AD, b'l'),
    (0xA7AF, b'q' | PLAIN), (0xA7B2, b'j'), (0xA7B8, b'u'), (0xA7B9, b'u'), (0xA7C4, b'c'), (0xA7C5, b's'),
    (0xA7C6, b'z'), (0xA7C7, b'd'), (0xA7C8, b'd'), (0xA7C9, b's'), (0xA7CA, b's'), (0xAB33, b'e' | PLAIN),
    (0xAB34, b'e'), (0xAB36, b'g'), (0xAB37, b'l'), (0xAB38, b'l'), (0xAB39, b'l'), (0xAB3A, b'm'), (0xAB3B, b'n'),
    (0xAB46, b'r'), (0xAB49, b'r'), (0xAB4B, b'r' | PLAIN), (0xAB4C, b'r'), (0xAB4E, b'u'), (0xAB52, b'u'),
    (0xAB56, b'x'), (0xAB57, b'x'), (0xAB58, b'x'), (0xAB59, b'x'), (0xAB5A, b'y'),
];

/// The flag of a letter without a mark in [`BASES`].
const PLAIN: u8 = 0x80;

/// The base letter of `c`, in lower case, when it is a Latin letter with a mark (see
/// the module's note); `None` for every other character.
pub(crate) fn base_letter(c: char) -> Option<char> {
    let code = u16::try_from(u32::from(c)).ok()?;
    let at = BASES.binary_search_by_key(&code, |&(code, _)| code).ok()?;
    BASES.get(at).map(|&(_, base)| char::from(base & !PLAIN))
}

/// Whether `text` has a Latin letter with a mark beyond Latin-1 and Latin Extended-A (a
/// dot below, a hook, a horn, a stroke of Extended-B: `ƭ`, `ạ`, `ơ`): what look-alike
/// text and Vietnamese or Yoruba write, where Western European languages write none.
pub(crate) fn marked_beyond(text: &str) -> bool {
    text.chars().any(|c| {
        let Ok(code) = u16::try_from(u32::from(c)) else {
            return false;
        };
        code >= 0x180
            && BASES
                .binary_search_by_key(&code, |&(code, _)| code)
                .ok()
                .and_then(|at| BASES.get(at))
                .is_some_and(|&(_, base)| base & PLAIN == 0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn the_table_is_sorted_and_maps_to_ascii_letters() {
        assert!(BASES.windows(2).all(|w| matches!(w, [a, b] if a.0 < b.0)));
        assert!(BASES.iter().all(|&(_, b)| (b & !PLAIN).is_ascii_lowercase()));
    }

    /// Every letter of the blocks that Unicode decomposes into an ASCII letter and marks
    /// is in the table with that letter, and every letter of the table that decomposes
    /// so has that letter as its base.
    #[test]
    fn decomposed_letters_agree_with_unicode() {
        let blocks = [
            0xC0..=0x24F,
            0x250..=0x2AF,
            0x1D00..=0x1DBF,
            0x1E00..=0x1EFF,
            0x2C60..=0x2C7F,
            0xA720..=0xA7FF,
            0xAB30..=0xAB6F,
        ];
        for c in blocks.into_iter().flatten().filter_map(char::from_u32) {
            let mut parts = std::iter::once(c).nfd();
            let Some(first) = parts.next() else { continue };
            let marks_only = parts.all(|m| ('\u{300}'..='\u{36f}').contains(&m));
            if first.is_ascii_alphabetic() && marks_only {
                assert_eq!(
                    base_letter(c),
                    Some(first.to_ascii_lowercase()),
                    "{c} U+{:04X}",
                    u32::from(c)
                );
            }
        }
    }

    #[test]
    fn hooks_strokes_and_bars_are_their_letters() {
        for (c, base) in [
            ('Ƭ', 't'),
            ('ƙ', 'k'),
            ('ɨ', 'i'),
            ('ɵ', 'o'),
            ('ⱦ', 't'),
            ('ȶ', 't'),
            ('ᴛ', 't'),
            ('ø', 'o'),
        ] {
            assert_eq!(base_letter(c), Some(base), "{c}");
        }
        for c in ['a', 'ǝ', 'ɔ', 'æ', 'ß', 'ð', 'þ', 'т', '抖'] {
            assert_eq!(base_letter(c), None, "{c}");
        }
        // Marked beyond Latin-1 and Extended-A: a dot below, a hook, a horn; not an accent
        // of Western Europe's, nor a small capital.
        for text in ["Đồ Lạ", "ƬikƬok", "Dọla", "ơ"] {
            assert!(marked_beyond(text), "{text}");
        }
        for text in ["Zoom", "Café", "Łódź", "ᴛɪᴋᴛᴏᴋ", "Tɩktok", "Straße"] {
            assert!(!marked_beyond(text), "{text}");
        }
    }
}
