//! The base letter of a Latin letter with a mark: `ṭ`, `ƭ`, `ʈ` and `Ƭ` are `t` to a
//! person looking for an app, as `é` is `e`.
//!
//! Every letter of the Latin blocks beyond ASCII (Latin-1, Extended-A and -B, the IPA
//! extensions, the phonetic extensions, Extended Additional, Extended-C, -D and -E)
//! whose Unicode name is `LATIN SMALL|CAPITAL LETTER <X>` followed by nothing or by
//! `WITH <marks>` (an accent, a dot, a hook, a stroke, a bar, a tail…; not a digraph's
//! `WITH SMALL LETTER`, `ǅ`), or is the
//! dotless, script or barred `<X>`, or the small capital `<X>`: 747 letters,
//! taken from the names of Unicode 14 (Python's `unicodedata`). Letters turned,
//! reversed or open (`ǝ`, `ɔ`), ligatures (`æ`, `ĳ`) and letters of their own (`ð`, `þ`,
//! `ß`) are not in it. The accents and dots that Unicode decomposes are checked against
//! its decompositions in the tests; hooks, strokes and bars, which it does not
//! decompose, are the reason for the table (red team rt55a's `ƬikƬok`, `TiƙToƙ`).

/// The code points of the letters, sorted; [`BASES`] holds their base letters, with
/// [`PLAIN`] set for a letter without a mark in its name (a small capital, the dotless,
/// script or barred letter: `ᴛ`, `ɡ`), which no language writes for its own words.
#[rustfmt::skip]
static CODES: [u16; 747] = [
    0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE,
    0x00CF, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00E0,
    0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,
    0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FF, 0x0100,
    0x0101, 0x0102, 0x0103, 0x0104, 0x0105, 0x0106, 0x0107, 0x0108, 0x0109, 0x010A, 0x010B, 0x010C, 0x010D, 0x010E,
    0x010F, 0x0110, 0x0111, 0x0112, 0x0113, 0x0114, 0x0115, 0x0116, 0x0117, 0x0118, 0x0119, 0x011A, 0x011B, 0x011C,
    0x011D, 0x011E, 0x011F, 0x0120, 0x0121, 0x0122, 0x0123, 0x0124, 0x0125, 0x0126, 0x0127, 0x0128, 0x0129, 0x012A,
    0x012B, 0x012C, 0x012D, 0x012E, 0x012F, 0x0130, 0x0131, 0x0134, 0x0135, 0x0136, 0x0137, 0x0139, 0x013A, 0x013B,
    0x013C, 0x013D, 0x013E, 0x013F, 0x0140, 0x0141, 0x0142, 0x0143, 0x0144, 0x0145, 0x0146, 0x0147, 0x0148, 0x014C,
    0x014D, 0x014E, 0x014F, 0x0150, 0x0151, 0x0154, 0x0155, 0x0156, 0x0157, 0x0158, 0x0159, 0x015A, 0x015B, 0x015C,
    0x015D, 0x015E, 0x015F, 0x0160, 0x0161, 0x0162, 0x0163, 0x0164, 0x0165, 0x0166, 0x0167, 0x0168, 0x0169, 0x016A,
    0x016B, 0x016C, 0x016D, 0x016E, 0x016F, 0x0170, 0x0171, 0x0172, 0x0173, 0x0174, 0x0175, 0x0176, 0x0177, 0x0178,
    0x0179, 0x017A, 0x017B, 0x017C, 0x017D, 0x017E, 0x0180, 0x0181, 0x0182, 0x0183, 0x0187, 0x0188, 0x018A, 0x018B,
    0x018C, 0x0191, 0x0192, 0x0193, 0x0197, 0x0198, 0x0199, 0x019A, 0x019D, 0x019E, 0x019F, 0x01A0, 0x01A1, 0x01A4,
    0x01A5, 0x01AB, 0x01AC, 0x01AD, 0x01AE, 0x01AF, 0x01B0, 0x01B2, 0x01B3, 0x01B4, 0x01B5, 0x01B6, 0x01CD, 0x01CE,
    0x01CF, 0x01D0, 0x01D1, 0x01D2, 0x01D3, 0x01D4, 0x01D5, 0x01D6, 0x01D7, 0x01D8, 0x01D9, 0x01DA, 0x01DB, 0x01DC,
    0x01DE, 0x01DF, 0x01E0, 0x01E1, 0x01E4, 0x01E5, 0x01E6, 0x01E7, 0x01E8, 0x01E9, 0x01EA, 0x01EB, 0x01EC, 0x01ED,
    0x01F0, 0x01F4, 0x01F5, 0x01F8, 0x01F9, 0x01FA, 0x01FB, 0x01FE, 0x01FF, 0x0200, 0x0201, 0x0202, 0x0203, 0x0204,
    0x0205, 0x0206, 0x0207, 0x0208, 0x0209, 0x020A, 0x020B, 0x020C, 0x020D, 0x020E, 0x020F, 0x0210, 0x0211, 0x0212,
    0x0213, 0x0214, 0x0215, 0x0216, 0x0217, 0x0218, 0x0219, 0x021A, 0x021B, 0x021E, 0x021F, 0x0220, 0x0221, 0x0224,
    0x0225, 0x0226, 0x0227, 0x0228, 0x0229, 0x022A, 0x022B, 0x022C, 0x022D, 0x022E, 0x022F, 0x0230, 0x0231, 0x0232,
    0x0233, 0x0234, 0x0235, 0x0236, 0x0237, 0x023A, 0x023B, 0x023C, 0x023D, 0x023E, 0x023F, 0x0240, 0x0243, 0x0246,
    0x0247, 0x0248, 0x0249, 0x024B, 0x024C, 0x024D, 0x024E, 0x024F, 0x0253, 0x0255, 0x0256, 0x0257, 0x025F, 0x0260,
    0x0261, 0x0262, 0x0266, 0x0268, 0x026A, 0x026B, 0x026C, 0x026D, 0x0271, 0x0272, 0x0273, 0x0274, 0x0275, 0x027C,
    0x027D, 0x027E, 0x0280, 0x0282, 0x0284, 0x0288, 0x028B, 0x028F, 0x0290, 0x0291, 0x0299, 0x029B, 0x029C, 0x029D,
    0x029F, 0x02A0, 0x1D00, 0x1D04, 0x1D05, 0x1D07, 0x1D0A, 0x1D0B, 0x1D0C, 0x1D0D, 0x1D0F, 0x1D18, 0x1D1B, 0x1D1C,
    0x1D20, 0x1D21, 0x1D22, 0x1D6C, 0x1D6D, 0x1D6E, 0x1D6F, 0x1D70, 0x1D71, 0x1D72, 0x1D73, 0x1D74, 0x1D75, 0x1D76,
    0x1D7D, 0x1D80, 0x1D81, 0x1D82, 0x1D83, 0x1D84, 0x1D85, 0x1D86, 0x1D87, 0x1D88, 0x1D89, 0x1D8A, 0x1D8C, 0x1D8D,
    0x1D8E, 0x1D8F, 0x1D91, 0x1D92, 0x1D96, 0x1D99, 0x1E00, 0x1E01, 0x1E02, 0x1E03, 0x1E04, 0x1E05, 0x1E06, 0x1E07,
    0x1E08, 0x1E09, 0x1E0A, 0x1E0B, 0x1E0C, 0x1E0D, 0x1E0E, 0x1E0F, 0x1E10, 0x1E11, 0x1E12, 0x1E13, 0x1E14, 0x1E15,
    0x1E16, 0x1E17, 0x1E18, 0x1E19, 0x1E1A, 0x1E1B, 0x1E1C, 0x1E1D, 0x1E1E, 0x1E1F, 0x1E20, 0x1E21, 0x1E22, 0x1E23,
    0x1E24, 0x1E25, 0x1E26, 0x1E27, 0x1E28, 0x1E29, 0x1E2A, 0x1E2B, 0x1E2C, 0x1E2D, 0x1E2E, 0x1E2F, 0x1E30, 0x1E31,
    0x1E32, 0x1E33, 0x1E34, 0x1E35, 0x1E36, 0x1E37, 0x1E38, 0x1E39, 0x1E3A, 0x1E3B, 0x1E3C, 0x1E3D, 0x1E3E, 0x1E3F,
    0x1E40, 0x1E41, 0x1E42, 0x1E43, 0x1E44, 0x1E45, 0x1E46, 0x1E47, 0x1E48, 0x1E49, 0x1E4A, 0x1E4B, 0x1E4C, 0x1E4D,
    0x1E4E, 0x1E4F, 0x1E50, 0x1E51, 0x1E52, 0x1E53, 0x1E54, 0x1E55, 0x1E56, 0x1E57, 0x1E58, 0x1E59, 0x1E5A, 0x1E5B,
    0x1E5C, 0x1E5D, 0x1E5E, 0x1E5F, 0x1E60, 0x1E61, 0x1E62, 0x1E63, 0x1E64, 0x1E65, 0x1E66, 0x1E67, 0x1E68, 0x1E69,
    0x1E6A, 0x1E6B, 0x1E6C, 0x1E6D, 0x1E6E, 0x1E6F, 0x1E70, 0x1E71, 0x1E72, 0x1E73, 0x1E74, 0x1E75, 0x1E76, 0x1E77,
    0x1E78, 0x1E79, 0x1E7A, 0x1E7B, 0x1E7C, 0x1E7D, 0x1E7E, 0x1E7F, 0x1E80, 0x1E81, 0x1E82, 0x1E83, 0x1E84, 0x1E85,
    0x1E86, 0x1E87, 0x1E88, 0x1E89, 0x1E8A, 0x1E8B, 0x1E8C, 0x1E8D, 0x1E8E, 0x1E8F, 0x1E90, 0x1E91, 0x1E92, 0x1E93,
    0x1E94, 0x1E95, 0x1E96, 0x1E97, 0x1E98, 0x1E99, 0x1E9A, 0x1EA0, 0x1EA1, 0x1EA2, 0x1EA3, 0x1EA4, 0x1EA5, 0x1EA6,
    0x1EA7, 0x1EA8, 0x1EA9, 0x1EAA, 0x1EAB, 0x1EAC, 0x1EAD, 0x1EAE, 0x1EAF, 0x1EB0, 0x1EB1, 0x1EB2, 0x1EB3, 0x1EB4,
    0x1EB5, 0x1EB6, 0x1EB7, 0x1EB8, 0x1EB9, 0x1EBA, 0x1EBB, 0x1EBC, 0x1EBD, 0x1EBE, 0x1EBF, 0x1EC0, 0x1EC1, 0x1EC2,
    0x1EC3, 0x1EC4, 0x1EC5, 0x1EC6, 0x1EC7, 0x1EC8, 0x1EC9, 0x1ECA, 0x1ECB, 0x1ECC, 0x1ECD, 0x1ECE, 0x1ECF, 0x1ED0,
    0x1ED1, 0x1ED2, 0x1ED3, 0x1ED4, 0x1ED5, 0x1ED6, 0x1ED7, 0x1ED8, 0x1ED9, 0x1EDA, 0x1EDB, 0x1EDC, 0x1EDD, 0x1EDE,
    0x1EDF, 0x1EE0, 0x1EE1, 0x1EE2, 0x1EE3, 0x1EE4, 0x1EE5, 0x1EE6, 0x1EE7, 0x1EE8, 0x1EE9, 0x1EEA, 0x1EEB, 0x1EEC,
    0x1EED, 0x1EEE, 0x1EEF, 0x1EF0, 0x1EF1, 0x1EF2, 0x1EF3, 0x1EF4, 0x1EF5, 0x1EF6, 0x1EF7, 0x1EF8, 0x1EF9, 0x1EFE,
    0x1EFF, 0x2C60, 0x2C61, 0x2C62, 0x2C63, 0x2C64, 0x2C65, 0x2C66, 0x2C67, 0x2C68, 0x2C69, 0x2C6A, 0x2C6B, 0x2C6C,
    0x2C6E, 0x2C71, 0x2C72, 0x2C73, 0x2C74, 0x2C78, 0x2C7A, 0x2C7E, 0x2C7F, 0xA730, 0xA731, 0xA740, 0xA741, 0xA742,
    0xA743, 0xA744, 0xA745, 0xA748, 0xA749, 0xA74A, 0xA74B, 0xA74C, 0xA74D, 0xA750, 0xA751, 0xA752, 0xA753, 0xA754,
    0xA755, 0xA756, 0xA757, 0xA758, 0xA759, 0xA75E, 0xA75F, 0xA78E, 0xA790, 0xA791, 0xA792, 0xA793, 0xA794, 0xA795,
    0xA796, 0xA797, 0xA798, 0xA799, 0xA7A0, 0xA7A1, 0xA7A2, 0xA7A3, 0xA7A4, 0xA7A5, 0xA7A6, 0xA7A7, 0xA7A8, 0xA7A9,
    0xA7AA, 0xA7AC, 0xA7AD, 0xA7AF, 0xA7B2, 0xA7B8, 0xA7B9, 0xA7C4, 0xA7C5, 0xA7C6, 0xA7C7, 0xA7C8, 0xA7C9, 0xA7CA,
    0xAB33, 0xAB34, 0xAB36, 0xAB37, 0xAB38, 0xAB39, 0xAB3A, 0xAB3B, 0xAB46, 0xAB49, 0xAB4B, 0xAB4C, 0xAB4E, 0xAB52,
    0xAB56, 0xAB57, 0xAB58, 0xAB59, 0xAB5A,
];

/// The base letter of each of [`CODES`], in lower case; with [`PLAIN`] set for a letter
/// without a mark in its name. (Two arrays, not one of pairs: no padding, and the codes
/// compress well in the Wasm module, one after another.)
#[rustfmt::skip]
static BASES: [u8; 747] = [
    b'a', b'a', b'a', b'a', b'a', b'a', b'c', b'e', b'e', b'e', b'e', b'i', b'i', b'i', b'i', b'n', b'o', b'o', b'o',
    b'o', b'o', b'o', b'u', b'u', b'u', b'u', b'y', b'a', b'a', b'a', b'a', b'a', b'a', b'c', b'e', b'e', b'e', b'e',
    b'i', b'i', b'i', b'i', b'n', b'o', b'o', b'o', b'o', b'o', b'o', b'u', b'u', b'u', b'u', b'y', b'y', b'a', b'a',
    b'a', b'a', b'a', b'a', b'c', b'c', b'c', b'c', b'c', b'c', b'c', b'c', b'd', b'd', b'd', b'd', b'e', b'e', b'e',
    b'e', b'e', b'e', b'e', b'e', b'e', b'e', b'g', b'g', b'g', b'g', b'g', b'g', b'g', b'g', b'h', b'h', b'h', b'h',
    b'i', b'i', b'i', b'i', b'i', b'i', b'i', b'i', b'i', b'i' | PLAIN, b'j', b'j', b'k', b'k', b'l', b'l', b'l',
    b'l', b'l', b'l', b'l', b'l', b'l', b'l', b'n', b'n', b'n', b'n', b'n', b'n', b'o', b'o', b'o', b'o', b'o', b'o',
    b'r', b'r', b'r', b'r', b'r', b'r', b's', b's', b's', b's', b's', b's', b's', b's', b't', b't', b't', b't', b't',
    b't', b'u', b'u', b'u', b'u', b'u', b'u', b'u', b'u', b'u', b'u', b'u', b'u', b'w', b'w', b'y', b'y', b'y', b'z',
    b'z', b'z', b'z', b'z', b'z', b'b', b'b', b'b', b'b', b'c', b'c', b'd', b'd', b'd', b'f', b'f', b'g', b'i', b'k',
    b'k', b'l', b'n', b'n', b'o', b'o', b'o', b'p', b'p', b't', b't', b't', b't', b'u', b'u', b'v', b'y', b'y', b'z',
    b'z', b'a', b'a', b'i', b'i', b'o', b'o', b'u', b'u', b'u', b'u', b'u', b'u', b'u', b'u', b'u', b'u', b'a', b'a',
    b'a', b'a', b'g', b'g', b'g', b'g', b'k', b'k', b'o', b'o', b'o', b'o', b'j', b'g', b'g', b'n', b'n', b'a', b'a',
    b'o', b'o', b'a', b'a', b'a', b'a', b'e', b'e', b'e', b'e', b'i', b'i', b'i', b'i', b'o', b'o', b'o', b'o', b'r',
    b'r', b'r', b'r', b'u', b'u', b'u', b'u', b's', b's', b't', b't', b'h', b'h', b'n', b'd', b'z', b'z', b'a', b'a',
    b'e', b'e', b'o', b'o', b'o', b'o', b'o', b'o', b'o', b'o', b'y', b'y', b'l', b'n', b't', b'j' | PLAIN, b'a',
    b'c', b'c', b'l', b't', b's', b'z', b'b', b'e', b'e', b'j', b'j', b'q', b'r', b'r', b'y', b'y', b'b', b'c', b'd',
    b'd', b'j', b'g', b'g' | PLAIN, b'g' | PLAIN, b'h', b'i', b'i' | PLAIN, b'l', b'l', b'l', b'm', b'n', b'n',
    b'n' | PLAIN, b'o' | PLAIN, b'r', b'r', b'r', b'r' | PLAIN, b's', b'j', b't', b'v', b'y' | PLAIN, b'z', b'z',
    b'b' | PLAIN, b'g', b'h' | PLAIN, b'j', b'l' | PLAIN, b'q', b'a' | PLAIN, b'c' | PLAIN, b'd' | PLAIN,
    b'e' | PLAIN, b'j' | PLAIN, b'k' | PLAIN, b'l', b'm' | PLAIN, b'o' | PLAIN, b'p' | PLAIN, b't' | PLAIN,
    b'u' | PLAIN, b'v' | PLAIN, b'w' | PLAIN, b'z' | PLAIN, b'b', b'd', b'f', b'm', b'n', b'p', b'r', b'r', b's',
    b't', b'z', b'p', b'b', b'd', b'f', b'g', b'k', b'l', b'm', b'n', b'p', b'r', b's', b'v', b'x', b'z', b'a', b'd',
    b'e', b'i', b'u', b'a', b'a', b'b', b'b', b'b', b'b', b'b', b'b', b'c', b'c', b'd', b'd', b'd', b'd', b'd', b'd',
    b'd', b'd', b'd', b'd', b'e', b'e', b'e', b'e', b'e', b'e', b'e', b'e', b'e', b'e', b'f', b'f', b'g', b'g', b'h',
    b'h', b'h', b'h', b'h', b'h', b'h', b'h', b'h', b'h', b'i', b'i', b'i', b'i', b'k', b'k', b'k', b'k', b'k', b'k',
    b'l', b'l', b'l', b'l', b'l', b'l', b'l', b'l', b'm', b'm', b'm', b'm', b'm', b'm', b'n', b'n', b'n', b'n', b'n',
    b'n', b'n', b'n', b'o', b'o', b'o', b'o', b'o', b'o', b'o', b'o', b'p', b'p', b'p', b'p', b'r', b'r', b'r', b'r',
    b'r', b'r', b'r', b'r', b's', b's', b's', b's', b's', b's', b's', b's', b's', b's', b't', b't', b't', b't', b't',
    b't', b't', b't', b'u', b'u', b'u', b'u', b'u', b'u', b'u', b'u', b'u', b'u', b'v', b'v', b'v', b'v', b'w', b'w',
    b'w', b'w', b'w', b'w', b'w', b'w', b'w', b'w', b'x', b'x', b'x', b'x', b'y', b'y', b'z', b'z', b'z', b'z', b'z',
    b'z', b'h', b't', b'w', b'y', b'a', b'a', b'a', b'a', b'a', b'a', b'a', b'a', b'a', b'a', b'a', b'a', b'a', b'a',
    b'a', b'a', b'a', b'a', b'a', b'a', b'a', b'a', b'a', b'a', b'a', b'e', b'e', b'e', b'e', b'e', b'e', b'e', b'e',
    b'e', b'e', b'e', b'e', b'e', b'e', b'e', b'e', b'i', b'i', b'i', b'i', b'o', b'o', b'o', b'o', b'o', b'o', b'o',
    b'o', b'o', b'o', b'o', b'o', b'o', b'o', b'o', b'o', b'o', b'o', b'o', b'o', b'o', b'o', b'o', b'o', b'u', b'u',
    b'u', b'u', b'u', b'u', b'u', b'u', b'u', b'u', b'u', b'u', b'u', b'u', b'y', b'y', b'y', b'y', b'y', b'y', b'y',
    b'y', b'y', b'y', b'l', b'l', b'l', b'p', b'r', b'a', b't', b'h', b'h', b'k', b'k', b'z', b'z', b'm', b'v', b'w',
    b'w', b'v', b'e', b'o', b's', b'z', b'f' | PLAIN, b's' | PLAIN, b'k', b'k', b'k', b'k', b'k', b'k', b'l', b'l',
    b'o', b'o', b'o', b'o', b'p', b'p', b'p', b'p', b'p', b'p', b'q', b'q', b'q', b'q', b'v', b'v', b'l', b'n', b'n',
    b'c', b'c', b'c', b'h', b'b', b'b', b'f', b'f', b'g', b'g', b'k', b'k', b'n', b'n', b'r', b'r', b's', b's', b'h',
    b'g' | PLAIN, b'l', b'q' | PLAIN, b'j', b'u', b'u', b'c', b's', b'z', b'd', b'd', b's', b's', b'e' | PLAIN, b'e',
    b'g', b'l', b'l', b'l', b'm', b'n', b'r', b'r', b'r' | PLAIN, b'r', b'u', b'u', b'x', b'x', b'x', b'x', b'y',
];

/// The flag of a letter without a mark in [`BASES`].
const PLAIN: u8 = 0x80;

/// The base letter of `c`, in lower case, when it is a Latin letter with a mark (see
/// the module's note); `None` for every other character.
pub(crate) fn base_letter(c: char) -> Option<char> {
    entry(c).map(|base| char::from(base & !PLAIN))
}

/// [`BASES`]' byte for `c`, when it is in the table. (Most characters beyond ASCII are
/// let go by their block before the search: Cyrillic, CJK, emoji.)
fn entry(c: char) -> Option<u8> {
    let code = u16::try_from(u32::from(c)).ok()?;
    if !matches!(code, 0xC0..=0x2AF | 0x1D00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF | 0xAB30..=0xAB6F) {
        return None;
    }
    let at = CODES.binary_search(&code).ok()?;
    BASES.get(at).copied()
}

/// Whether `text` has a Latin letter with a mark beyond Latin-1 and Latin Extended-A (a
/// dot below, a hook, a horn, a stroke of Extended-B: `ƭ`, `ạ`, `ơ`): what look-alike
/// text and Vietnamese or Yoruba write, where the languages of Europe write none. (Not
/// Romanian's `ș` and `ț` with a comma below, nor Pinyin's vowels with a caron, `ǎ`, in
/// Extended-B too.)
pub(crate) fn marked_beyond(text: &str) -> bool {
    !text.is_ascii()
        && text.chars().any(|c| {
            let code = u32::from(c);
            code >= 0x180
                && !matches!(code, 0x1CD..=0x1DC | 0x218..=0x21B)
                && entry(c).is_some_and(|base| base & PLAIN == 0)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_maps_to_ascii_letters() {
        assert!(CODES.windows(2).all(|w| matches!(w, [a, b] if a < b)));
        assert_eq!(CODES.len(), BASES.len());
        assert!(BASES.iter().all(|&b| (b & !PLAIN).is_ascii_lowercase()));
    }

    /// Every letter of the blocks that Unicode decomposes into an ASCII letter and marks
    /// is in the table with that letter, and every letter of the table that decomposes
    /// so has that letter as its base. (Natively: the decompositions are a native crate's.)
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn decomposed_letters_agree_with_unicode() {
        use unicode_normalization::UnicodeNormalization;
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
        for c in ['a', 'ǝ', 'ɔ', 'æ', 'ß', 'ð', 'þ', 'т', '抖', 'ǅ'] {
            assert_eq!(base_letter(c), None, "{c}");
        }
        // Marked beyond Latin-1 and Extended-A: a dot below, a hook, a horn; not an accent
        // of Western Europe's, nor a small capital.
        for text in ["Đồ Lạ", "ƬikƬok", "Dọla", "ơ"] {
            assert!(marked_beyond(text), "{text}");
        }
        for text in [
            "Zoom",
            "Café",
            "Łódź",
            "ᴛɪᴋᴛᴏᴋ",
            "Tɩktok",
            "Straße",
            "Știri",
            "Běijīng Dìtiě",
            "Lǚxíng",
        ] {
            assert!(!marked_beyond(text), "{text}");
        }
    }
}
