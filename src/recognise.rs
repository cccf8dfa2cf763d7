//! Recognising apps: which of the policy's apps, if any, a pasted entry names.
//!
//! Identifiers come first, because they are exact evidence: an Android package
//! name, an iOS bundle id, an App Store id (from a store link). Then names and
//! aliases after normalisation. Last, an identifier that no named app has but that
//! starts with a prefix only one publisher uses (`com.ss.android.` for ByteDance) is
//! recognised as "an app by that publisher", for "any app by X" rules.
//!
//! Two names are taken to be the same app when they are equal after normalisation:
//! case, spacing, punctuation and symbols such as ™ do not tell apps apart, letters
//! and digits do. So "Tik Tok" and "TIKTOK™" are TikTok, while "TickTick" is not.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use serde::{Deserialize, Serialize};

use crate::case::Lower;
use crate::list::Entry;
use crate::policy::{App, Policy, Publisher};
pub use crate::text::normalise_name;
use crate::text::{
    app_store_id, hash_bytes, looks_like_identifier, normalise_into, play_store_package, words, FastMap, FxHasher,
};

/// Lookup tables from identifiers and normalised names to a policy's apps and
/// publishers, built once per policy (see [`crate::evaluate::Checker`]).
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    pub(crate) identifiers: FastMap<String, usize>,
    pub(crate) store_ids: FastMap<String, usize>,
    pub(crate) names: FastMap<String, usize>,
    /// (prefix, publisher index), longest prefix first.
    pub(crate) prefixes: Vec<(String, usize)>,
    /// Each publisher's name, normalised, with and without a company form at its end
    /// ("ByteDance Ltd." is also "ByteDance"), and its aliases, to its index: for the sweep, which asks
    /// about an app listed beside a publisher the policy covers (an export's publisher
    /// column, macOS's "Signed by"). Apart from `names`: an entry is never such a name.
    pub(crate) publisher_names: FastMap<String, usize>,
    /// Each publisher's name as the policy writes it, by index.
    pub(crate) publisher_display: Vec<String>,
    /// The hash ([`hash_bytes`]) of every beginning of every normalised name, so the
    /// whole-text sweep stops widening a window of words as soon as no name begins so.
    pub(crate) name_starts: HashSet<u64, BuildHasherDefault<FxHasher>>,
    /// Whether some identifier has no dot (a Microsoft Store id, a snap name): then the
    /// sweep looks up every token, not only dotted ones.
    pub(crate) dotless_ids: bool,
    /// The scripts ([`crate::text::scripts`]) the policy writes its apps' names and
    /// aliases in, for telling a pasted name in another alphabet (once per policy: a
    /// check asked it of every name of a 3,000-app policy).
    pub(crate) scripts: u32,
    /// Every normalised name (its key) and its app, numbered for [`Index::deletions`].
    keys: Vec<(String, usize)>,
    /// Every normalised name, and the name with each character deleted, by their hash
    /// ([`hash_bytes`]), for finding names one typo away without comparing against
    /// every name (a SymSpell-style index): the first link of its chain in `chain`.
    /// A probe hashes slices of the pasted name, so it writes no string; a hash that
    /// two texts share only adds a candidate, which the edit count then turns away.
    deletions: FastMap<u64, u32>,
    /// (name in `keys`, next link or `u32::MAX`): the names under one hash.
    chain: Vec<(u32, u32)>,
    /// How each name (by its key) is written in words ([`Shape`]): "Cosmic Box X" is three,
    /// one of them a single letter.
    pub(crate) shapes: FastMap<String, usize>,
    /// The identifiers of three segments or more by all but their last segment
    /// (`com.zhiliaoapp` → `musically` and its app), lower case: the sweep asks about
    /// one whose last segment is one typo away or has more after it
    /// (`com.zhiliaoapp.musicaily`, `….musicallylite`).
    pub(crate) stems: FastMap<String, Vec<(String, usize)>>,
    /// [`NEAR_MISSES`], normalised.
    pub(crate) near_misses: HashSet<String, BuildHasherDefault<FxHasher>>,
    /// The names whose keys are spelt otherwise as they sound ([`sound_key`]: CapCut's
    /// `kapkut`), by that spelling.
    sounds: FastMap<String, usize>,
    /// Whether a name spelt as it sounds may be a policy name: one has a `k` or an `f`
    /// (`tiktok`), or respells ([`Index::sounds`]). Else no entry is respelt.
    pub(crate) respells: bool,
    /// The first and the last `k` letters of every name ([`affixes`]), for each `k` a
    /// pasted name one typo away from it asks about: a pasted name shares one or the
    /// other with every name one typo away (one edit cannot reach both halves), so most
    /// pasted names skip the deletion probes, even in a catalogue of similar names.
    affixes: HashSet<u64, BuildHasherDefault<FxHasher>>,
    /// Bit `n` set when a name of one word has a key of `n` characters, one more or one
    /// less: the lengths of a word [`typo_among_words`] compares (the others skip it).
    word_lengths: u64,
    /// The names the sweep looks for inside a longer word (`tiktokmod`, `MyTikTok`):
    /// [`Glued`].
    pub(crate) glued: Glued,
    /// The names as text recognition may misread them ([`misread_key`]: `tiktok` as
    /// `tlktok`, `lemon8` as `lemon8`), to the app, or `usize::MAX` where two apps' meet.
    misread: FastMap<String, usize>,
}

/// The keys of [`MIN_GLUED`] letters and digits or more (in ASCII), so the sweep can
/// find a name run together with other letters without looking up every slice of every
/// word: a bit for the hash of each key's first four bytes ([`Glued::head`]), and a bit
/// for each key's length. Empty when no key is that long.
#[derive(Debug, Clone, Default)]
pub(crate) struct Glued {
    heads: Vec<u64>,
    /// Bit `n` set when some key has `MIN_GLUED + n` bytes.
    pub(crate) lengths: u64,
}

/// How long a name must be to be looked for inside a longer word: TikTok's and WeChat's
/// six letters are; Helo, Kwai, Likee and Shein, which ordinary words hold (`Othello`,
/// `Sheinbaum`), are not.
pub(crate) const MIN_GLUED: usize = 6;

impl Glued {
    /// The slot of the four bytes `head` begins with (`None` when shorter).
    fn slot(head: &[u8]) -> Option<usize> {
        let four: [u8; 4] = head.get(..4)?.try_into().ok()?;
        Some((u32::from_le_bytes(four).wrapping_mul(0x9E37_79B1) >> 16) as usize)
    }

    fn add(&mut self, key: &str) {
        let n = key.len().wrapping_sub(MIN_GLUED);
        if n >= 64 || !key.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return;
        }
        let Some(slot) = Self::slot(key.as_bytes()) else {
            return;
        };
        if self.heads.is_empty() {
            self.heads = vec![0; 1 << 10];
        }
        if let Some(bits) = self.heads.get_mut(slot >> 6) {
            *bits |= 1 << (slot & 63);
        }
        self.lengths |= 1 << n;
    }

    /// Whether some key may begin with the bytes `at` begins with.
    pub(crate) fn head(&self, at: &[u8]) -> bool {
        Self::slot(at).is_some_and(|slot| {
            self.heads
                .get(slot >> 6)
                .is_some_and(|bits| bits >> (slot & 63) & 1 == 1)
        })
    }
}

impl Index {
    /// The publisher `text` names: a publisher's name, in any case and spacing, with or
    /// without company forms at its end, written apart or run together
    /// (`BytedancePte.Ltd` is ByteDance).
    pub(crate) fn publisher_of(&self, text: &str) -> Option<usize> {
        let mut key = normalise_name(text);
        loop {
            if let Some(&p) = self.publisher_names.get(&key) {
                return Some(p);
            }
            let form = crate::text::COMPANY_FORMS
                .iter()
                .find(|f| key.len() > f.len() && key.ends_with(f))?;
            key.truncate(key.len() - form.len());
        }
    }
}

/// The hashes of the first and the last `k` characters of a name, where `k` is
/// [`affix_length`] of the pasted name's length; `ascii` when the name is.
fn affixes(key: &str, k: usize, ascii: bool) -> [u64; 2] {
    let bytes = key.as_bytes();
    let (front, back) = if ascii {
        (k.min(key.len()), key.len().saturating_sub(k))
    } else {
        let front = key.char_indices().nth(k).map_or(key.len(), |(at, _)| at);
        let back = match k.checked_sub(1) {
            Some(last) => key.char_indices().rev().nth(last).map_or(0, |(at, _)| at),
            None => key.len(),
        };
        (front, back)
    };
    [
        hash_bytes(1, bytes.get(..front).unwrap_or(&[])),
        hash_bytes(2, bytes.get(back..).unwrap_or(&[])),
    ]
}

/// How many characters at one end a pasted name of `length` characters shares with
/// every name one typo away: an edit at `p` leaves the `p` characters before it and
/// (at worst, two swapped) the `length - p - 2` after it, one of which is at least this.
fn affix_length(length: usize) -> usize {
    length.saturating_sub(1) / 2
}

/// How an entry was recognised, for the report's "why it matched".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum MatchedBy {
    /// The entry is one of the app's Android package names.
    AndroidPackage { value: String },
    /// The entry is one of the app's iOS bundle ids.
    IosBundleId { value: String },
    /// The entry is one of the app's identifiers on another platform.
    OtherId { value: String },
    /// The entry is (or links to) one of the app's App Store ids.
    AppStoreId { value: String },
    /// The entry is the app's name or one of its aliases, after normalisation.
    Name { value: String, name: String },
    /// The entry is an identifier that starts with a publisher's prefix.
    PublisherPrefix { value: String, prefix: String },
    /// The entry's name is one typo away from the app's name: a possible match the
    /// employee confirms or dismisses. `similarity` is a percentage.
    SimilarName {
        value: String,
        name: String,
        similarity: u8,
    },
}

impl MatchedBy {
    /// The text as written that matched (a name, an identifier, a link's id).
    pub fn value(&self) -> &str {
        match self {
            MatchedBy::AndroidPackage { value }
            | MatchedBy::IosBundleId { value }
            | MatchedBy::OtherId { value }
            | MatchedBy::AppStoreId { value }
            | MatchedBy::Name { value, .. }
            | MatchedBy::PublisherPrefix { value, .. }
            | MatchedBy::SimilarName { value, .. } => value,
        }
    }
}

/// What an entry was recognised as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// One of the policy's apps (index into its apps).
    App(usize),
    /// An app the policy does not name, by one of its publishers (index into its publishers).
    Publisher(usize),
}

/// An entry recognised as one of the policy's apps or publishers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recognition {
    pub target: Target,
    pub matched_by: MatchedBy,
}

fn names_of(app: &App) -> impl Iterator<Item = &String> {
    std::iter::once(&app.name).chain(&app.aliases)
}

impl Index {
    /// The lookup tables of a policy's apps and publishers.
    pub(crate) fn of(policy: &Policy) -> Index {
        build_index(&policy.apps, &policy.publishers)
    }

    /// Files name `id` under `hash` (once: "zoom" without either `o` is one deletion).
    fn link(&mut self, hash: u64, id: u32) {
        let next = self.deletions.get(&hash).copied();
        let same = next
            .and_then(|n| self.chain.get(n as usize))
            .is_some_and(|&(first, _)| first == id);
        if same {
            return;
        }
        let at = u32::try_from(self.chain.len()).unwrap_or(u32::MAX);
        self.chain.push((id, next.unwrap_or(u32::MAX)));
        self.deletions.insert(hash, at);
    }

    /// The names filed under `hash`, added to `out`.
    fn names_under(&self, hash: u64, out: &mut Vec<u32>) {
        let mut link = self.deletions.get(&hash).copied().unwrap_or(u32::MAX);
        while let Some(&(id, next)) = self.chain.get(link as usize) {
            out.push(id);
            link = next;
        }
    }

    /// The key of the name numbered `id`.
    fn key(&self, id: u32) -> &str {
        self.keys.get(id as usize).map_or("", |(k, _)| k.as_str())
    }
}

/// The names a pasted name may hold ([`name_candidates`]), each with its key
/// ([`normalise_name`]), worked out once per name for both the exact and the typo
/// pass, in buffers that one check reuses from entry to entry.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    /// The text the candidates are of.
    text: String,
    filled: bool,
    /// Each candidate: (start, end) in `text`, (start, end) of its key in `keys`, and
    /// the key's length in characters.
    names: Vec<(usize, usize, usize, usize, usize)>,
    keys: String,
    /// Whether the text is a known other app's name ([`Scratch::near_miss`]), once asked.
    near: Option<bool>,
    /// The typo pass's candidates, by name.
    similar: Vec<u32>,
    /// The key of one word of a line of names ([`typo_among_words`]).
    word: String,
}

impl Scratch {
    /// Makes the candidates those of `text` (nothing to do when they are already).
    fn fill(&mut self, text: &str) {
        if self.filled && self.text == text {
            return;
        }
        self.text.clear();
        self.text.push_str(text);
        self.names.clear();
        self.keys.clear();
        self.near = None;
        let base = text.as_ptr() as usize;
        for &candidate in &candidates(text) {
            let candidate = match candidate {
                Some(c) if !c.is_empty() => c,
                _ => continue,
            };
            // Every candidate is a slice of `text` (where it begins is enough to say so:
            // comparing the bytes would compare each with itself).
            let start = (candidate.as_ptr() as usize).wrapping_sub(base);
            let end = start.wrapping_add(candidate.len());
            if text
                .get(start..end)
                .is_none_or(|slice| slice.as_ptr() != candidate.as_ptr())
            {
                continue;
            }
            let from = self.keys.len();
            let chars = normalise_into(&mut self.keys, candidate);
            self.names.push((start, end, from, self.keys.len(), chars));
        }
        self.filled = true;
    }

    /// The first candidate that is an app's name or alias.
    fn exact(&self, apps: &[App], index: &Index) -> Option<Recognition> {
        for &(a, b, c, d, length) in &self.names {
            let (Some(candidate), Some(key)) = (self.text.get(a..b), self.keys.get(c..d)) else {
                continue;
            };
            let Some((i, app)) = index.names.get(key).and_then(|&i| Some((i, apps.get(i)?))) else {
                continue;
            };
            // (A name with Latin letters marked beyond Latin-1 and Extended-A, dots below,
            // hooks, horns, `ƬikƬok`, `Đồ Lạ`, that the app's own names have not: an
            // impersonation, or a word of a language that writes them (Vietnamese,
            // Yoruba), asked about, never ordered.)
            if crate::latin::marked_beyond(candidate) && !names_of(app).any(|n| crate::latin::marked_beyond(n)) {
                return spelt_otherwise(apps, i, candidate, length);
            }
            return Some(Recognition {
                target: Target::App(i),
                matched_by: MatchedBy::Name {
                    value: candidate.to_owned(),
                    name: app.name.clone(),
                },
            });
        }
        None
    }

    /// Whether the text is the name of a known other app (see [`NEAR_MISSES`]): asked
    /// once per text (both passes ask).
    fn near_miss(&mut self, index: &Index) -> bool {
        if let Some(near) = self.near {
            return near;
        }
        // The first candidate is the text itself (when it is not empty).
        let near = match self.names.first() {
            Some(&(0, b, c, d, _)) if b == self.text.len() => {
                self.keys.get(c..d).is_some_and(|key| index.near_misses.contains(key))
            }
            _ => false,
        };
        self.near = Some(near);
        near
    }

    /// The first candidate one typo away from exactly one app's name, among those that
    /// are not a known other app's name.
    fn similar(&mut self, apps: &[App], index: &Index) -> Option<Recognition> {
        let whole_is_near = self.near_miss(index);
        let Scratch {
            text,
            names,
            keys,
            similar,
            word,
            ..
        } = self;
        // A name spelt as it sounds (`TicToc`, `Tick Tock`): its key so spelt is a name's.
        // (Only for a name as long as a typo's, and one spelt so has a `k` or an `f` where
        // a policy's name has a `c` or `ph`.)
        let first = names
            .first()
            .filter(|n| index.respells && !whole_is_near && n.4 >= MIN_SIMILAR_CHARS);
        if let Some(&(_, _, c, d, length)) = first {
            let key = keys.get(c..d).unwrap_or("");
            if let Some(found) = sounds_like(index, key, word).and_then(|i| spelt_otherwise(apps, i, text, length)) {
                return Some(found);
            }
        }
        // (The first candidate, the whole text, is asked about once.)
        let whole = text.len();
        let near = |n: usize, a: usize, b: usize, key: &str| {
            if n == 0 && a == 0 && b == whole {
                whole_is_near
            } else {
                index.near_misses.contains(key)
            }
        };
        for (n, &(a, b, c, d, length)) in names.iter().enumerate() {
            let (Some(candidate), Some(key)) = (text.get(a..b), keys.get(c..d)) else {
                continue;
            };
            if near(n, a, b, key) {
                continue;
            }
            if let Some(found) = similar_name(apps, index, candidate, (key, length), similar) {
                return Some(found);
            }
        }
        // A name with characters text recognition confuses (`T1kT0k`, `Lernon8`): asked
        // about as a typo is, when read back it is one app's name.
        if !may_be_misread(text) {
            return None;
        }
        for (n, &(a, b, c, d, length)) in names.iter().enumerate() {
            let (Some(candidate), Some(key)) = (text.get(a..b), keys.get(c..d)) else {
                continue;
            };
            if near(n, a, b, key) || !(MIN_MISREAD_CHARS..=MAX_SIMILAR_CHARS).contains(&length) {
                continue;
            }
            misread_key(key, word);
            if let Some(found) = index
                .misread
                .get(word.as_str())
                .and_then(|&i| spelt_otherwise(apps, i, candidate, length))
            {
                return Some(found);
            }
        }
        None
    }
}

pub(crate) fn build_index(apps: &[App], publishers: &[Publisher]) -> Index {
    let mut index = Index::default();
    for (i, app) in apps.iter().enumerate() {
        for id in app
            .android_packages
            .iter()
            .chain(&app.ios_bundle_ids)
            .chain(&app.other_ids)
        {
            let lower = id.lower();
            if let Some((stem, last)) = lower.rsplit_once('.').filter(|(stem, _)| stem.contains('.')) {
                index
                    .stems
                    .entry(stem.to_owned())
                    .or_default()
                    .push((last.to_owned(), i));
            }
            index.identifiers.entry(lower).or_insert(i);
            index.dotless_ids |= !id.contains('.');
        }
        for id in &app.app_store_ids {
            index.store_ids.entry(id.clone()).or_insert(i);
        }
        for name in names_of(app) {
            index.scripts |= crate::text::scripts(name);
            let key = normalise_name(name);
            let shape = Shape::of(name);
            if shape.words() == 1 {
                let length = key.chars().count();
                index.word_lengths |= 7u64.checked_shl(length.saturating_sub(1) as u32).unwrap_or(0);
            }
            index.shapes.entry(key.clone()).or_insert(shape.0);
            index.names.entry(key).or_insert(i);
        }
    }
    // A name with a subtitle ("Clean Master – Cheetah Mobile") is also known by its
    // head ("Clean Master"), unless that head is another app's name or two apps share it.
    // (A map of the type `names` already is, `usize::MAX` for a head two apps share: no
    // other map's code in the module for it.)
    let mut heads: FastMap<String, usize> = FastMap::default();
    for (i, app) in apps.iter().enumerate() {
        for name in names_of(app) {
            if let Some(head) = name_candidates(name).skip(1).find(|c| *c != name) {
                let key = normalise_name(head);
                if !key.is_empty() && !index.names.contains_key(&key) {
                    index.shapes.entry(key.clone()).or_insert_with(|| Shape::of(head).0);
                    let slot = heads.entry(key).or_insert(i);
                    if *slot != i {
                        *slot = usize::MAX;
                    }
                }
            }
        }
    }
    index.names.extend(heads.into_iter().filter(|&(_, i)| i != usize::MAX));
    let mut respelt = String::new();
    for (key, &i) in &index.names {
        if sound_key(key, &mut respelt) {
            index.sounds.entry(respelt.clone()).or_insert(i);
        }
        index.respells |= key.bytes().any(|b| b == b'k' || b == b'f');
    }
    index.respells |= !index.sounds.is_empty();
    for (key, &i) in &index.names {
        if (MIN_MISREAD_CHARS..=MAX_SIMILAR_CHARS).contains(&key.chars().count()) {
            misread_key(key, &mut respelt);
            let slot = index.misread.entry(respelt.clone()).or_insert(i);
            if *slot != i {
                *slot = usize::MAX;
            }
        }
    }
    index.near_misses = NEAR_MISSES.iter().map(normalise_name).collect();
    for key in index.names.keys() {
        index.glued.add(key);
    }
    for (p, publisher) in publishers.iter().enumerate() {
        let mut words = words(&publisher.name);
        index.publisher_names.insert(normalise_name(&publisher.name), p);
        while words.len() > 1 && words.last().is_some_and(|w| crate::text::COMPANY_FORMS.contains(w)) {
            words.pop();
            index.publisher_names.insert(words.concat(), p);
        }
        // (An alias as written, company form and all: "Lemon Inc" is not every "Lemon".)
        for alias in &publisher.aliases {
            index.publisher_names.insert(normalise_name(alias), p);
        }
        index.publisher_display.push(publisher.name.clone());
    }
    index.publisher_names.remove("");
    for key in index.names.keys().chain(index.publisher_names.keys()) {
        let mut start = 0;
        for c in key.chars() {
            start = hash_bytes(start, c.encode_utf8(&mut [0; 4]).as_bytes());
            index.name_starts.insert(start);
        }
        // The pasted names that may be one typo from this one are a character shorter
        // or longer, or as long.
        let length = key.chars().count();
        for pasted in length.saturating_sub(1)..=length + 1 {
            if (MIN_SIMILAR_CHARS..=MAX_SIMILAR_CHARS).contains(&pasted) {
                index.affixes.extend(affixes(key, affix_length(pasted), key.is_ascii()));
            }
        }
    }
    let keys: Vec<(String, usize)> = index.names.iter().map(|(k, &app)| (k.clone(), app)).collect();
    for (id, (key, _)) in keys.iter().enumerate() {
        let id = u32::try_from(id).unwrap_or(u32::MAX);
        // Every name under itself too: a pasted name with one letter more finds it
        // among the probes (one lookup per probe instead of two).
        index.link(hash_bytes(0, key.as_bytes()), id);
        // (A pasted name is compared for a typo only up to MAX_SIMILAR_CHARS: a longer
        // policy name's deletions would never be asked for, and filing them costs the
        // square of its length.)
        if (MIN_SIMILAR_CHARS..=MAX_SIMILAR_CHARS + 1).contains(&key.chars().count()) {
            let bytes = key.as_bytes();
            let mut before = 0; // the hash of the characters before `at`
            for (at, c) in key.char_indices() {
                let end = at + c.len_utf8();
                index.link(hash_bytes(before, bytes.get(end..).unwrap_or(&[])), id);
                before = hash_bytes(before, bytes.get(at..end).unwrap_or(&[]));
            }
        }
    }
    index.keys = keys;
    for (p, publisher) in publishers.iter().enumerate() {
        for prefix in publisher.android_prefixes.iter().chain(&publisher.ios_prefixes) {
            index.prefixes.push((prefix.lower(), p));
        }
    }
    crate::small_sort::sort_by(&mut index.prefixes, |a, b| {
        b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)) == std::cmp::Ordering::Less
    });
    index
}

/// How a name is written in words: how many, and whether one is a single letter, and
/// how many with the words its capitals begin (`TikTok` is one word, or two run
/// together), packed in one number (the index keeps it in a map of the type it already has).
#[derive(Clone, Copy)]
struct Shape(usize);

impl Shape {
    fn of(name: &str) -> Shape {
        let words = words(name);
        let one_letter = words.iter().any(|w| w.chars().count() == 1);
        let humps = name
            .as_bytes()
            .windows(2)
            .filter(|pair| matches!(pair, [a, b] if a.is_ascii_lowercase() && b.is_ascii_uppercase()))
            .count();
        Shape((words.len() + humps) << 16 | words.len() << 1 | usize::from(one_letter))
    }

    fn words(self) -> usize {
        self.0 >> 1 & 0x7fff
    }

    /// Whether the two are written in as many words, counting a capital's as one in
    /// either (`Tik Toc` and `TikTok`).
    fn as_many_words(self, other: Shape) -> bool {
        let humped = |s: Shape| s.0 >> 16;
        self.words() == other.words() || humped(self) == other.words() || self.words() == humped(other)
    }

    fn has_one_letter_word(self) -> bool {
        self.0 & 1 == 1
    }
}

/// Names shorter than this (after normalisation) are matched exactly or not at all:
/// among short names one typo separates different apps too often ("Help", "Helo").
pub const MIN_SIMILAR_CHARS: usize = 5;

/// A name misread by text recognition is asked about from this many characters
/// (`D0la`, `1ark`): a misread changes no letter it could not have been.
const MIN_MISREAD_CHARS: usize = 4;

/// Longer pasted names are matched exactly or not at all (a sentence is no app's name).
const MAX_SIMILAR_CHARS: usize = 64;

/// A name at most this far from an app's name (one typo: a letter missing, added,
/// changed, or two swapped) is a possible match.
const MAX_TYPOS: usize = 1;

/// Real apps whose names are one typo away from names policies restrict, or that
/// people confuse with them. An entry that is one of these is that app, never a
/// "possible match": TickTick is a to-do app, not TikTok; WeCom is not WeChat;
/// CCleaner is not Clean Master; Hello and Help are not Helo. (Not another edition of
/// the same maker's app, `… Lite`, `… Intl`: a policy that names the app may mean it
/// too, so it is asked about.)
pub const NEAR_MISSES: crate::text::Words = words!(
    "TickTick|TikTak|Tiktik|WeCom|WeChat Work|WeTalk|Lark Player|CCleaner|Clean Up\
     |Help|Hello|Hola|Holo|Like|Lime|Line|Likes|Vimeo|Viber|Vigo|Kiwi|Kawaii|Sender\
     |Shazam|ShareFile|Zoom|Zoomerang|Teams|Signal|Snapchat|Skype|Tik Tac Toe\
     |Tic Tac Toe|Tiktoker|TikTube|Wechaty|Facetime|Camera|Scanner|CamCard|Hangouts\
     |Photos|Notes",
);

/// What [`sound_letters`] finds in a key that [`sound_key`] respells: a `c` or a `ph`.
const RESPELLS: u8 = 2;

/// The letters of a key that spelling as it sounds changes or makes, in one pass over its
/// bytes: [`RESPELLS`] for a `c` or a `ph`, 1 for a `k` or an `f` (a name so spelt may be
/// one that respells), 0 for neither (most).
fn sound_letters(key: &str) -> u8 {
    let (mut seen, mut p) = (0, false);
    for &b in key.as_bytes() {
        seen |= match b {
            b'c' => RESPELLS,
            b'h' if p => RESPELLS,
            b'k' | b'f' => 1,
            _ => 0,
        };
        p = b == b'p';
    }
    seen
}

/// A name's key (`normalise_name`) spelt as it sounds, into `out`: a hard `c` and `ck`
/// as `k` (`tictoc`, `ticktock`: `tiktok`), `ph` as `f`. Whether that changed it.
fn sound_key(key: &str, out: &mut String) -> bool {
    out.clear();
    if sound_letters(key) < RESPELLS {
        return false;
    }
    let mut chars = key.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        match (c, next) {
            ('c', Some('k')) => {}
            ('c', Some('e' | 'i' | 'y')) => out.push('c'),
            ('c', _) => out.push('k'),
            ('p', Some('h')) => {
                chars.next();
                out.push('f');
            }
            _ => out.push(c),
        }
    }
    out != key
}

/// The policy app whose name a key (`normalise_name`) is when spelt as it sounds
/// ([`sound_key`], into `buffer`: `tictoc`), or whose name so spelt the key is (a `k` or
/// an `f` where the name has a `c` or a `ph`).
pub(crate) fn sounds_like(index: &Index, key: &str, buffer: &mut String) -> Option<usize> {
    match sound_letters(key) {
        0 => None,
        RESPELLS.. => {
            sound_key(key, buffer);
            let key = buffer.as_str();
            index.names.get(key).or_else(|| index.sounds.get(key)).copied()
        }
        _ => index.sounds.get(key).copied(),
    }
}

/// A possible match with app `i` for a pasted name of `length` characters spelt otherwise
/// than the app's (as it sounds, or as text recognition read it): asked about, never
/// ordered.
pub(crate) fn spelt_otherwise(apps: &[App], i: usize, value: &str, length: usize) -> Option<Recognition> {
    Some(Recognition {
        target: Target::App(i),
        matched_by: MatchedBy::SimilarName {
            value: value.to_owned(),
            name: apps.get(i)?.name.clone(),
            similarity: u8::try_from(100 - 200 / length.max(2)).unwrap_or(0),
        },
    })
}

/// Whether a pasted name has what text recognition makes of another character, or what
/// a person writes for a letter: a `0`, `1`, `3`, `4`, `5` or `7` beside a letter (for
/// `o`, `i` or `l`, `e`, `a`, `s`, `t`: `T1kT0k`, `71k70k`, not the number of `Office
/// 365`), or `rn` or `vv` (for `m`, `w`). (Signs for letters, `T!kT0k`, are
/// [`signs_for_letters`]'.)
fn may_be_misread(text: &str) -> bool {
    use crate::text::words8::{has_byte, has_pair, lower};
    // (Most names: let go eight bytes at a time, seven on, so that every pair of bytes
    // is in one of them; the last bytes with zeros after them.)
    let suspect = |x: u64| {
        let x = lower(x);
        // (`0` to `3` are one test, 0x30 to 0x33 without their last two bits, and `4` to
        // `7` another.)
        has_byte(x & !0x0303_0303_0303_0303, b'0')
            || has_byte(x & !0x0303_0303_0303_0303, b'4')
            || has_pair(x, b'r', b'n')
            || has_pair(x, b'v', b'v')
    };
    let bytes = text.as_bytes();
    let mut at = 0;
    loop {
        let word = match bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
            Some(word) => u64::from_le_bytes(*word),
            None => {
                let mut last = [0u8; 8];
                for (to, from) in last.iter_mut().zip(bytes.get(at..).unwrap_or(&[])) {
                    *to = *from;
                }
                if !suspect(u64::from_le_bytes(last)) {
                    return false;
                }
                break;
            }
        };
        if suspect(word) {
            break;
        }
        at += 7;
    }
    // Byte by byte from there, with the byte before it.
    let letter = |i: Option<usize>| i.and_then(|i| bytes.get(i)).is_some_and(u8::is_ascii_alphabetic);
    (at.saturating_sub(1)..bytes.len()).any(|i| match bytes.get(i).map(|b| b | 0x20) {
        Some(b'0' | b'1' | b'3' | b'4' | b'5' | b'7') => letter(i.checked_sub(1)) || letter(Some(i + 1)),
        Some(b @ (b'r' | b'v')) => {
            let next = bytes.get(i + 1).map(|n| n | 0x20);
            next == Some(if b == b'r' { b'n' } else { b'v' })
        }
        _ => false,
    })
}

/// A name's key as text recognition may have read it, each character it confuses as one
/// (`0` and `o`; `1`, `i` and `l`; `5` and `s`; `rn` and `m`; `vv` and `w`; and the
/// digits people write for letters, `3` for `e`, `4` for `a`, `7` for `t`), into `out`:
/// `T1kT0k` and `TikTok` are both `tlktok`, `Lernon8` and `Lemon8` both `lemon8`. (Only
/// ASCII bytes change: the rest is copied as it is.)
fn misread_key(key: &str, out: &mut String) {
    out.clear();
    let bytes = key.as_bytes();
    let mut from = 0; // the bytes from here on are not copied yet
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        let next = bytes.get(at + 1).copied();
        let (read, skip) = match (b, next) {
            (b'r', Some(b'n')) => ("m", 2),
            (b'v', Some(b'v')) => ("w", 2),
            (b'0', _) => ("o", 1),
            (b'1' | b'i', _) => ("l", 1),
            (b'5', _) => ("s", 1),
            // (Digits written for letters on purpose: `71k70k`, `L3mon8`, `C4pCut`.)
            (b'3', _) => ("e", 1),
            (b'4', _) => ("a", 1),
            (b'7', _) => ("t", 1),
            _ => {
                at += 1;
                continue;
            }
        };
        out.push_str(key.get(from..at).unwrap_or(""));
        out.push_str(read);
        at += skip;
        from = at;
    }
    out.push_str(key.get(from..).unwrap_or(""));
}

/// How many edits (a character deleted, added or changed, or two neighbours swapped)
/// make `a` into `b`, counted up to two: the optimal string alignment distance of
/// `strsim::osa_distance`, capped, without its allocations.
pub(crate) fn edits(a: &str, b: &str) -> usize {
    if a == b {
        return 0;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    let (long, short) = if la >= lb { (a, b) } else { (b, a) };
    // The first character where they differ, as byte offsets into each.
    let differ = long
        .char_indices()
        .zip(short.chars())
        .find(|((_, x), y)| x != y)
        .map(|((at, _), _)| at);
    let Some(at) = differ.or_else(|| (la != lb).then_some(short.len())) else {
        return 2;
    };
    // `s` from `at`, `n` characters on.
    fn after(s: &str, at: usize, n: usize) -> &str {
        let mut rest = s.get(at..).unwrap_or("").chars();
        for _ in 0..n {
            rest.next();
        }
        rest.as_str()
    }
    let one = match la.abs_diff(lb) {
        // One changed, or two swapped.
        0 => {
            let (mut x, mut y) = (
                long.get(at..).unwrap_or("").chars(),
                short.get(at..).unwrap_or("").chars(),
            );
            let (x0, x1, y0, y1) = (x.next(), x.next(), y.next(), y.next());
            after(long, at, 1) == after(short, at, 1)
                || (x0 == y1 && x1 == y0 && after(long, at, 2) == after(short, at, 2))
        }
        // One more in the longer.
        1 => after(long, at, 1) == after(short, at, 0),
        _ => false,
    };
    if one {
        1
    } else {
        2
    }
}

/// The policy name one typo away from `text` (its key `key`), with its similarity, if
/// exactly one app has one. `found` is a buffer for the candidates.
/// `key` comes with its length in characters, and is not a known other app's name
/// ([`NEAR_MISSES`]).
fn similar_name(
    apps: &[App],
    index: &Index,
    text: &str,
    (key, length): (&str, usize),
    found: &mut Vec<u32>,
) -> Option<Recognition> {
    if !(MIN_SIMILAR_CHARS..=MAX_SIMILAR_CHARS).contains(&length) {
        return None;
    }
    if !affixes(key, affix_length(length), length == key.len())
        .iter()
        .any(|end| index.affixes.contains(end))
    {
        return None; // no policy name begins or ends like it: none is one typo away
    }
    // The key itself, then the key with each character deleted in turn: a policy name
    // with one character more, or the same length with one changed, or (the name
    // itself is in the index) one character less.
    found.clear();
    let bytes = key.as_bytes();
    index.names_under(hash_bytes(0, bytes), found);
    let mut before = 0; // the hash of the characters before `at`
    for (at, c) in key.char_indices() {
        let end = at + c.len_utf8();
        index.names_under(hash_bytes(before, bytes.get(end..).unwrap_or(&[])), found);
        before = hash_bytes(before, bytes.get(at..end).unwrap_or(&[]));
    }
    crate::small_sort::sort_by(found, |a, b| index.key(*a) < index.key(*b));
    found.dedup();
    let mut best: Option<(usize, usize, &str)> = None; // (typos, app, name key)
    for &id in found.iter() {
        let (candidate, app) = index.keys.get(id as usize)?;
        let (candidate, app) = (candidate.as_str(), *app);
        let typos = edits(key, candidate);
        if typos == 0 || typos > MAX_TYPOS {
            continue;
        }
        match best {
            Some((_, other, _)) if other != app => return None, // two apps: too uncertain to ask about one
            Some((t, _, _)) if t <= typos => {}
            _ => best = Some((typos, app, candidate)),
        }
    }
    let (typos, app, candidate) = best?;
    // An edit that moves a word boundary ("Live Go", "Livigo") or adds a one-letter word
    // ("Cosmic Box", "Cosmic Box X") makes another name, not a typo of this one: in a
    // dense catalogue such names are real, different apps.
    let ours = Shape::of(text);
    if let Some(&theirs) = index.shapes.get(candidate) {
        let theirs = Shape(theirs);
        if !ours.as_many_words(theirs) {
            let same_length = length == candidate.chars().count();
            let longer = if ours.words() > theirs.words() { ours } else { theirs };
            if same_length || longer.has_one_letter_word() {
                return None;
            }
        }
    }
    let longest = length.max(candidate.chars().count());
    let similarity = u8::try_from(100 - (100 * typos).div_ceil(longest)).unwrap_or(0);
    let name = apps.get(app)?.name.clone();
    Some(Recognition {
        target: Target::App(app),
        matched_by: MatchedBy::SimilarName {
            value: text.to_owned(),
            name,
            similarity,
        },
    })
}

/// Finds the policy app (or publisher) an entry names, if any: the whole entry first,
/// then — for a line from a tool or a table — each of its fields.
pub(crate) fn recognise(apps: &[App], index: &Index, entry: &str, s: &mut Scratch) -> Option<Recognition> {
    let text = crate::text::trim(entry);
    let text = match text.as_bytes().first() {
        // (U+FEFF begins with the byte 0xEF: a text beginning in ASCII has none to take off.)
        Some(0xEF) => crate::text::trim(text.trim_start_matches('\u{feff}')),
        _ => text,
    };
    // A label cut short after a whole name is asked about, not ordered (`Lark…`).
    if let Some(found) = cut_short(apps, index, text, true) {
        return Some(found);
    }
    if let Some(found) = recognise_one(apps, index, text, s) {
        return Some(found);
    }
    // A known other app (WeCom, TickTick) is that app, whatever its words resemble.
    s.fill(text);
    if s.near_miss(index) {
        return None;
    }
    may_have_fields(text)
        .then(|| fields(text).find_map(|field| recognise_one(apps, index, field, s)))
        .flatten()
        .or_else(|| {
            s.fill(text);
            s.similar(apps, index)
        })
        .or_else(|| cut_short(apps, index, text, false))
        .or_else(|| typo_among_words(apps, index, text, s))
        .or_else(|| signs_for_letters(apps, index, text, s))
        .or_else(|| {
            // (A name after a list's number the reader left on it, `2 Tictok` in a list
            // numbered without a sign that a line without one follows: compared for typos
            // as the name alone.)
            let name = after_list_number(text)?;
            s.fill(name);
            if s.near_miss(index) {
                return None;
            }
            s.similar(apps, index)
        })
}

/// What follows a list's number at the start of a text (one to three digits, a `.` or a
/// `)` perhaps, then a space): a name beginning with a letter, or none.
fn after_list_number(text: &str) -> Option<&str> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let rest = text.get(digits..)?;
    let rest = rest.strip_prefix(['.', ')']).unwrap_or(rest);
    let name = crate::text::trim(rest.strip_prefix(' ')?);
    name.starts_with(char::is_alphabetic).then_some(name)
}

/// A name written with digits and signs for letters (`T!kT0k`, `+ik+ok`, `Ti|<To|<`,
/// `C!c!`; [`crate::text::letters_for_signs`]): the text read again with the letters, and
/// the app that names asked about, never ordered (a publisher's app is asked about as it
/// is). Most texts have no such word.
fn signs_for_letters(apps: &[App], index: &Index, text: &str, s: &mut Scratch) -> Option<Recognition> {
    let letters = crate::text::letters_for_signs(text)?;
    // (The letters have no sign left: this reads them once.)
    let found = recognise(apps, index, &letters, s)?;
    match found.target {
        Target::App(i) => spelt_otherwise(apps, i, text, text.chars().count()),
        Target::Publisher(_) => Some(found),
    }
}

/// The fewest letters of a word one typo from a policy's name in a row of names in title
/// case ([`typo_among_words`]), and of the policy's name it is near.
const MIN_ROW_TYPO: u32 = 5;
const MIN_ROW_NAME: usize = 6;

/// A word one typo from a policy's name among the words of a line in lower case that
/// names no app of it (`snapchat tiktk instagram`, names typed without commas): asked about as the
/// word alone would be, unless it is a known other app's name ([`NEAR_MISSES`]) or the
/// typo is a number's (among words, `Lemon` of `Lemon Tree` is a word, not Lemon8 without
/// its 8). Single words only: a name of several words misspelt among others is not sought.
fn typo_among_words(apps: &[App], index: &Index, text: &str, s: &mut Scratch) -> Option<Recognition> {
    // (Names typed in lower case, where typos are: a line in capitals or title case is
    // an app's name of several words, `Fender Tune`, `Clark County Schools`. But in a row
    // of three words or more, as a home screen's text is read, `Duolingo MyFitnessPal
    // Cabify TlkTok`, a word of five letters or more one typo from a policy's name of six
    // or more, or spelt as it sounds, `TicToc`: a short policy name's typo, `Clark` of
    // Lark, is not sought.)
    // (In a row of two, only a word written as a brand is, a capital after a small letter,
    // `TikTuk Clock`, `Uber TicToc`: words as a dictionary writes them are an app's name of
    // two, `Lucid Dreaming`, one typo from Dreamina.)
    let titled = text.bytes().any(|b| b.is_ascii_uppercase());
    let two = titled && text.split_ascii_whitespace().nth(2).is_none();
    let brand = |word: &str| {
        let b = word.as_bytes();
        b.iter()
            .position(u8::is_ascii_lowercase)
            .is_some_and(|at| b.get(at..).is_some_and(|rest| rest.iter().any(u8::is_ascii_uppercase)))
    };
    if index.word_lengths == 0
        || two && (text.split_ascii_whitespace().nth(1).is_none() || !text.split_ascii_whitespace().any(brand))
    {
        return None; // no name of one word to seek
    }
    let shortest = if titled { MIN_ROW_TYPO } else { 0 };
    let digits = |text: &str| text.bytes().filter(u8::is_ascii_digit).count();
    let Scratch { word, similar, .. } = s;
    let mut sounds = String::new();
    let mut probe = |pasted: &str, sound: bool| {
        let pasted = pasted.trim_matches(crate::text::AROUND_A_WORD);
        if two && !brand(pasted) {
            return None;
        }
        word.clear();
        let length = normalise_into(word, pasted);
        if index.near_misses.contains(word.as_str()) {
            return None;
        }
        // (Or a word spelt as it sounds, `TicToc`, as [`Scratch::similar`] reads a whole
        // name; not two joined, `Tick Tock Timer` is an app of its own.)
        let sounded = || sounds_like(index, word, &mut sounds).and_then(|i| spelt_otherwise(apps, i, pasted, length));
        similar_name(apps, index, pasted, (word, length), similar)
            .or_else(|| (sound && index.respells).then(sounded).flatten())
            .filter(|found| {
                let name = match &found.matched_by {
                    MatchedBy::SimilarName { name, .. } => name.as_str(),
                    _ => "",
                };
                // (In a row in title case, a name of six letters or more: `Clark` is one
                // typo from Lark.)
                digits(name) == digits(word)
                    && (!titled || name.chars().filter(|c| c.is_alphanumeric()).count() >= MIN_ROW_NAME)
            })
    };
    // One pass over the bytes: an ASCII word's key is as long as its letters and digits
    // (`u32::MAX` for a word beyond ASCII), so most words are passed by their length
    // before any key is written. The whole text as one word was the typo pass's.
    let bytes = text.as_bytes();
    let mut fits = |(start, end): (usize, usize), length: u32| {
        let fits =
            length == u32::MAX || length >= shortest && index.word_lengths.checked_shr(length).unwrap_or(0) & 1 == 1;
        (fits && end > start && (start, end) != (0, bytes.len()))
            .then(|| text.get(start..end).and_then(|word| probe(word, true)))
            .flatten()
    };
    let (mut start, mut length) = (0, 0u32);
    for (at, &b) in bytes.iter().enumerate() {
        match crate::text::folded_byte(b) {
            0 if crate::text::ascii_space(b) => {
                if let Some(found) = fits((start, at), length) {
                    return Some(found);
                }
                (start, length) = (at + 1, 0);
            }
            0 => {}
            crate::text::BEYOND_ASCII => length = u32::MAX,
            _ => length = length.saturating_add(1),
        }
    }
    if let Some(found) = fits((start, bytes.len()), length) {
        return Some(found);
    }
    // (And a name of one word split in two short ones, `Tic Tok` among names: the two
    // read as one.)
    let words: Vec<&str> = text.split_ascii_whitespace().collect();
    let mut joined = String::new();
    words.windows(2).find_map(|pair| match pair {
        [a, b] if a.len() <= 4 && b.len() <= 4 && a.len() + b.len() >= MIN_ROW_NAME => {
            joined.clear();
            joined.push_str(a);
            joined.push_str(b);
            probe(&joined, false)
        }
        _ => None,
    })
}

/// A label cut short (`TikTo…`, `TikT...`, as launchers and screenshots' text give long
/// names, `Tik…`, as a narrow column may): a possible match with the app of the shortest
/// policy name that begins with what is left (three letters at least; itself when that is
/// a whole name: the cut name was longer, `Lark…` may be `Lark Player`), when one does;
/// only when what is left is a whole name if `whole`. No policy name begins with another
/// label, so that one is no app of the policy.
fn cut_short(apps: &[App], index: &Index, text: &str, whole: bool) -> Option<Recognition> {
    let head = text.strip_suffix("…").or_else(|| text.strip_suffix("..."))?;
    begun(apps, index, head, text, whole)
}

/// [`cut_short`]'s possible match for what is left of a name, `head`, the whole text
/// being `text`.
fn begun(apps: &[App], index: &Index, head: &str, text: &str, whole: bool) -> Option<Recognition> {
    let key = crate::text::normalise_name(head);
    if key.chars().nth(2).is_none()
        || whole && !index.names.contains_key(&key) && !index.publisher_names.contains_key(&key)
    {
        return None;
    }
    let start = key
        .chars()
        .fold(0, |h, c| hash_bytes(h, c.encode_utf8(&mut [0; 4]).as_bytes()));
    if !index.name_starts.contains(&start) {
        return None;
    }
    // (Rare, and only for a label some name begins with: a walk over the names, then
    // over the publishers' whose every app the policy covers, `Bytedan…`.)
    let shortest = |names: &FastMap<String, usize>| {
        names
            .iter()
            .filter(|(name, _)| name.starts_with(key.as_str()))
            .min_by_key(|(name, _)| name.len())
            .map(|(name, &i)| (u8::try_from(key.len() * 100 / name.len().max(1)).unwrap_or(100), i))
    };
    let (target, name, similarity) = match shortest(&index.names) {
        Some((similarity, i)) => (Target::App(i), apps.get(i)?.name.clone(), similarity),
        None => {
            let (similarity, p) = shortest(&index.publisher_names)?;
            (
                Target::Publisher(p),
                index.publisher_display.get(p)?.clone(),
                similarity,
            )
        }
    };
    Some(Recognition {
        target,
        matched_by: MatchedBy::SimilarName {
            value: text.to_owned(),
            name,
            similarity,
        },
    })
}

/// A text's last name that is the start of a policy's name, as if the text were cut
/// short inside it (`TikT`, `Tik` at the very end of a message or a screenshot's text
/// read back): a possible match as [`cut_short`]'s `Tik…`. What is left is four letters at
/// least, the name less one or two, a whole name of none, and it ends inside a word of the
/// name (`Lark` is whole; `Música`, Apple's Music in Spanish, is `musically` less three).
pub(crate) fn cut_at_end(apps: &[App], index: &Index, text: &str) -> Option<Recognition> {
    let text = crate::text::trim(text);
    let key = crate::text::normalise_name(text);
    // (Three letters at least, and no whole name: `Lark` is Lark.)
    if key.chars().nth(2).is_none() || index.names.contains_key(&key) || index.publisher_names.contains_key(&key) {
        return None;
    }
    // (Most last names begin no policy name: let go by the index of names' starts.)
    let start = key
        .chars()
        .fold(0, |h, c| hash_bytes(h, c.encode_utf8(&mut [0; 4]).as_bytes()));
    if !index.name_starts.contains(&start) {
        return None;
    }
    let (name, _) = index
        .names
        .iter()
        .filter(|(name, _)| name.starts_with(key.as_str()))
        .min_by_key(|(name, _)| name.len())?;
    // (Cut inside a word, one or two letters off: `Música` and `Dream`, names of their
    // own, begin `musically` and `Dreamina` with three more.)
    let inside = key.chars().next_back().is_some_and(char::is_alphanumeric)
        && name.get(key.len()..)?.chars().next().is_some_and(char::is_alphanumeric);
    // (Or three letters in, however many off, when the line is no known app's name of
    // three letters: `Tik` of TikTok; not `Box`, `Sky`. Four letters in and more, one or
    // two off only: `Música` and `Dream` are whole words.)
    let cut = name.chars().count().saturating_sub(key.chars().count());
    let three = key.chars().nth(3).is_none();
    (inside
        && if three {
            cut >= 1 && !crate::list::catalogue::known(text)
        } else {
            (1..=2).contains(&cut)
        })
    .then(|| begun(apps, index, text, text, false))
    .flatten()
}

/// Whether a (trimmed) line may have [`fields`]: without a separator, quote, dot,
/// colon or a run of spaces it is one field, itself (most typed names). (An identifier
/// has a dot, a link a colon.)
fn may_have_fields(text: &str) -> bool {
    // (One pass over the bytes: a space is remembered for the next.)
    let mut space = false;
    text.bytes().any(|b| {
        let run = space && b == b' ';
        space = b == b' ';
        run || matches!(b, b'\t' | b',' | b';' | b'"' | b'.' | b':')
    })
}

/// The fields of a line from a tool or a table: cells split at tabs, commas,
/// semicolons and runs of two or more spaces (columns aligned with spaces, as `ls` and
/// `brew list` print them to a terminal), then words; `path=package` gives the package
/// (`pm list packages -f`). `uid:…` and `installer=…` describe the app, they do not
/// name it.
fn fields(text: &str) -> impl Iterator<Item = &str> {
    let cells = text
        .split(['\t', ',', ';'])
        .flat_map(|c| c.split("  "))
        .map(|c| c.trim().trim_matches('"').trim());
    // Words are tried as identifiers only: as names they would make "WeChat Work"
    // (WeCom) WeChat, or "Zoom Workplace" any app called "Zoom".
    let words = text
        .split_whitespace()
        .filter(|w| !w.starts_with("uid:") && !w.starts_with("installer="))
        .map(|w| {
            w.rsplit('=')
                .next()
                .unwrap_or(w)
                .trim_matches(crate::text::AROUND_A_WORD)
        })
        .filter(|w| looks_like_identifier(w.strip_prefix("package:").unwrap_or(w)) || w.contains("://"));
    cells.chain(words).filter(move |f| !f.is_empty() && *f != text)
}

/// A name with what tools and tables write after it, without that: a version
/// (`TikTok 35.1.0`, `Slack v4.2`, `Zoom version 6.2.5`), a build or architecture in
/// parentheses (`Teams 24215.1007 (x64)`, `Chrome 131.0 (Build 6778)`), a size or a
/// time used (`TikTok 4h 37m`, `Maps 120 MB`), a date (`Slack 2024-03-04`). A bare
/// number stays: it is part of names (`Office 365`, `FIFA 23`).
fn without_version(text: &str) -> Option<&str> {
    let mut rest = crate::text::trim_end(text);
    let mut stripped = false;
    for _ in 0..4 {
        let Some(shorter) = without_one_detail(rest) else { break };
        rest = shorter;
        stripped = true;
    }
    if !stripped {
        return None; // most names: no detail, and no word before one to look at
    }
    let name = rest.trim_end().trim_end_matches([',', '-', '–', ':']).trim_end();
    // "Zoom version 6.2.5", "Slack ver. 4"
    let name = ["version", "ver.", "ver", "versión", "build", "v."]
        .iter()
        .find_map(|w| {
            let (head, word) = split_last_word(name)?;
            word.eq_ignore_ascii_case(w).then_some(head.trim_end())
        })
        .unwrap_or(name);
    (!name.is_empty()).then_some(name)
}

/// `text.rsplit_once(char::is_whitespace)`, without decoding characters while the end
/// of the text is ASCII (most lines; ASCII's white space is tab to carriage return, and
/// space): a space found before any other byte from the end is the last white space.
fn split_last_word(text: &str) -> Option<(&str, &str)> {
    let bytes = text.as_bytes();
    let mut at = bytes.len();
    while let Some(before) = at.checked_sub(1) {
        at = before;
        let Some(&b) = bytes.get(at) else { break };
        let c = class(b);
        if c & SPACE != 0 {
            return Some((text.get(..at)?, text.get(at + 1..)?));
        }
        if c & HIGH != 0 {
            return text.rsplit_once(char::is_whitespace);
        }
    }
    None
}

/// `TikTok35.1.3` without its dotted number, right after a letter of a word of two
/// letters or more (not `v2.0`'s `v`).
#[inline(never)]
fn glued_version(text: &str) -> Option<&str> {
    let number = text
        .bytes()
        .rev()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    let head = text.get(..text.len() - number)?;
    let glued = text.get(head.len()..)?;
    let word = head.rsplit(' ').next().unwrap_or("");
    (glued.contains('.')
        && glued.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && head.as_bytes().last().is_some_and(u8::is_ascii_alphabetic)
        && word.len() > 1)
        .then_some(head)
}

/// `text` without its last detail (see [`without_version`]), if it ends with one and
/// a name is left before it.
fn without_one_detail(text: &str) -> Option<&str> {
    let text = crate::text::trim_end(text);
    if let [.., b')'] = text.as_bytes() {
        if let Some(open) = text.rfind('(').filter(|&open| open > 0) {
            let inside = text.get(open + 1..text.len() - 1).unwrap_or("");
            let detail = inside.len() <= 24 && inside.bytes().any(|b| b.is_ascii_digit())
                || ["x64", "x86", "arm64", "64-bit", "32-bit", "64 bit", "32 bit"]
                    .iter()
                    .any(|d| inside.eq_ignore_ascii_case(d));
            if detail {
                return Some(text.get(..open).unwrap_or(text).trim_end()).filter(|t| !t.is_empty());
            }
        }
    }
    // A version glued to the name, as text read from a screenshot may have it
    // (`TikTok35.1.3`). (Most names end in a letter, or a number after a space: no call.)
    let b = text.as_bytes();
    let run = b.iter().rev().take_while(|c| c.is_ascii_digit() || **c == b'.').count();
    let before = b.len().checked_sub(run + 1).and_then(|at| b.get(at));
    if run > 2 && before.is_some_and(u8::is_ascii_alphabetic) {
        if let Some(name) = glued_version(text) {
            return Some(name);
        }
    }
    let (name, last) = split_last_word(text)?;
    // A dash or a dot between the name and its details ("Xender 14.1.0 – 88 MB").
    if matches!(last, "-" | "–" | "—" | "·" | "•" | "|") {
        return Some(name.trim_end()).filter(|n| !n.is_empty());
    }
    // (In bytes: the characters taken off are ASCII.)
    let kept = last.bytes().rposition(|b| b != b',' && b != b';').map_or(0, |i| i + 1);
    let last = last.get(..kept).unwrap_or(last);
    let bare = match last.as_bytes().first() {
        Some(b'v' | b'V') => last.get(1..).unwrap_or(last),
        _ => last,
    };
    // 4h, 37m, 120MB, 12%, 3.5 GB's unit on its own, 2 hr 5 min.
    let unit = |u: &str| {
        [
            "h", "m", "min", "mins", "minutes", "hr", "hrs", "hour", "hours", "s", "sec", "b", "kb", "mb", "gb", "tb",
            "kib", "mib", "gib", "%",
        ]
        .iter()
        .any(|unit| u.eq_ignore_ascii_case(unit))
    };
    let after_number = || name.trim_end().ends_with(|c: char| c.is_ascii_digit()) && unit(bare);
    if !bare.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        // Not a version, a measure or a date: at most a unit after a number ("120 MB",
        // "1,1 GB"), which goes with its number.
        if !after_number() {
            return None;
        }
        let (head, _number) = split_last_word(name.trim_end())?;
        return Some(head.trim_end()).filter(|n| !n.is_empty());
    }
    // (Bytes: every character these tests accept is ASCII.)
    let digits = bare.bytes().filter(u8::is_ascii_digit).count();
    if digits == bare.len() {
        return None; // a bare number is part of the name ("Office 365"), and no unit
    }
    // 1.2.3, 2.39.2.windows.1, 5.9.78_ww: a dotted number, letters allowed after the first part.
    let version = bare.contains('.')
        && bare
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b'+'))
        && digits * 2 >= bare.len().saturating_sub(bare.bytes().filter(|&b| b == b'.').count());
    let measure = {
        let split = bare
            .bytes()
            .position(|b| !b.is_ascii_digit() && b != b'.' && b != b',')
            .unwrap_or(bare.len());
        split < bare.len() && unit(bare.get(split..).unwrap_or(""))
    } || after_number();
    // 2024-03-04, 04/03/2024, 4.3.2024, 10:41
    let date = digits >= 3
        && bare
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'/' | b'.' | b':'))
        && bare.bytes().any(|b| matches!(b, b'-' | b'/' | b':'));
    (version || measure || date)
        .then(|| name.trim_end())
        .filter(|n| !n.is_empty())
}

/// Finds the app an entry from a list names: by its identifier, then by its name;
/// an entry known only by its line's text as [`recognise`] does.
pub(crate) fn recognise_entry(apps: &[App], index: &Index, entry: &Entry, s: &mut Scratch) -> Option<Recognition> {
    let (text, name, identifier) = entry.lookup();
    if name.is_none() && identifier.is_none() {
        return recognise(apps, index, text, s);
    }
    let by_id = identifier.and_then(|id| {
        // A bare App Store id, as some exports give it (a float's `.0` after it).
        let id = std::str::from_utf8(crate::text::whole_number(id.as_bytes())).unwrap_or(id);
        if !id.is_empty() && id.chars().all(|c| c.is_ascii_digit()) {
            let &i = index.store_ids.get(id)?;
            return Some(Recognition {
                target: Target::App(i),
                matched_by: MatchedBy::AppStoreId { value: id.to_owned() },
            });
        }
        recognise_one(apps, index, id, s)
    });
    by_id
        // (A table's column cuts names to its width: winget's `Lark…`, `Tik…`.)
        .or_else(|| cut_short(apps, index, name?, true))
        .or_else(|| name.and_then(|name| recognise_one(apps, index, name, s)))
        .or_else(|| {
            s.fill(name?);
            if s.near_miss(index) {
                return None;
            }
            s.similar(apps, index)
        })
        .or_else(|| cut_short(apps, index, name?, false))
}

/// `value` recognised as `app` (at `i`) by one of its identifiers: which kind it is.
pub(crate) fn by_identifier(app: &App, i: usize, value: &str) -> Recognition {
    let is = |ids: &[String]| ids.iter().any(|p| p.eq_ignore_ascii_case(value));
    let value = value.to_owned();
    let matched_by = if is(&app.android_packages) {
        MatchedBy::AndroidPackage { value }
    } else if is(&app.ios_bundle_ids) {
        MatchedBy::IosBundleId { value }
    } else {
        MatchedBy::OtherId { value }
    };
    Recognition {
        target: Target::App(i),
        matched_by,
    }
}

fn recognise_one(apps: &[App], index: &Index, text: &str, s: &mut Scratch) -> Option<Recognition> {
    // A store link has a slash, which most names have not: one search for both stores.
    let link = text.as_bytes().contains(&b'/');
    if let Some(id) = if link { app_store_id(text) } else { None } {
        if let Some(&i) = index.store_ids.get(id) {
            return Some(Recognition {
                target: Target::App(i),
                matched_by: MatchedBy::AppStoreId { value: id.to_owned() },
            });
        }
        // A number the policy does not give: the app's name, as the link writes it.
        let slug = crate::text::app_store_slug(text)?;
        let key = normalise_name(&slug);
        let &i = index.names.get(&key)?;
        return Some(Recognition {
            target: Target::App(i),
            matched_by: MatchedBy::Name {
                value: slug,
                name: apps.get(i)?.name.clone(),
            },
        });
    }
    let text = if link {
        play_store_package(text).unwrap_or(text)
    } else {
        text
    };
    // (`strip_prefix`, by a slice pattern: the generic prefix test is a call.)
    let text = match text.as_bytes() {
        [b'p', b'a', b'c', b'k', b'a', b'g', b'e', b':', ..] => text.get(8..).unwrap_or(text),
        _ => text,
    };
    if looks_like_identifier(text) {
        let lower = text.lower();
        if let Some(&i) = index.identifiers.get(&lower) {
            return Some(by_identifier(apps.get(i)?, i, text));
        }
        if let Some((prefix, p)) = index
            .prefixes
            .iter()
            .find(|(prefix, _)| lower.starts_with(prefix.as_str()))
        {
            return Some(Recognition {
                target: Target::Publisher(*p),
                matched_by: MatchedBy::PublisherPrefix {
                    value: text.to_owned(),
                    prefix: prefix.clone(),
                },
            });
        }
        if let Some(found) = publisher_and_name(apps, index, text) {
            return Some(found);
        }
    }
    s.fill(text);
    s.exact(apps, index)
}

/// An identifier made of a publisher and an app's name (winget's `ByteDance.CapCut`, an
/// Appx package's `BytedancePte.Ltd.TikTok`): that app, when the policy says the app is
/// that publisher's.
fn publisher_and_name(apps: &[App], index: &Index, text: &str) -> Option<Recognition> {
    if index.publisher_names.is_empty() {
        return None;
    }
    let (head, last) = text.rsplit_once('.')?;
    let &i = index.names.get(&normalise_name(last))?;
    let app = apps.get(i)?;
    let p = app.publisher?;
    (index.publisher_of(head) == Some(p)).then(|| Recognition {
        target: Target::App(i),
        matched_by: MatchedBy::Name {
            value: text.to_owned(),
            name: app.name.clone(),
        },
    })
}

/// The ways a pasted name may hold an app's name: itself; without a version
/// (`TikTok 35.1.0`); without a store subtitle (`TikTok - Videos, Shop & LIVE`,
/// `Zoom: One Platform`); the name before a parenthesis and the one inside it
/// (`WeChat (微信)`). A subtitle never makes two apps one: the part kept is itself a
/// whole name that must equal an app's name or alias.
fn name_candidates(text: &str) -> impl Iterator<Item = &str> {
    candidates(text).into_iter().flatten().filter(|c| !c.is_empty())
}

// The classes of the bytes the scans of a pasted name look for (one table lookup per
// byte, where a `match` of several byte sets is a chain of tests): a subtitle's
// separator (`-`, `:`, `|`, the first byte of `–` and `—`), an opening parenthesis, a
// path's separator, ASCII white space (tab to carriage return, and space), and a byte
// of a character beyond ASCII.
const SUBTITLE: u8 = 1;
const PAREN: u8 = 2;
const PATH: u8 = 4;
const SPACE: u8 = 8;
const HIGH: u8 = 16;

static CLASSES: [u8; 256] = classes();

// (Evaluated when compiled: an index out of range would stop the build, not a check.)
#[allow(clippy::indexing_slicing)]
const fn classes() -> [u8; 256] {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b'-' | b':' | b'|' => SUBTITLE,
            b'(' => PAREN,
            b'/' | b'\\' => PATH,
            c if crate::text::ascii_space(c) => SPACE,
            0xE2 => SUBTITLE | HIGH,
            0x80.. => HIGH,
            _ => 0,
        };
        b += 1;
    }
    table
}

#[inline(always)]
fn class(b: u8) -> u8 {
    match CLASSES.get(usize::from(b)) {
        Some(&c) => c,
        None => 0,
    }
}

/// A store title's name when its subtitle is stuck to it (`UC Browser-Safe, Fast`,
/// `Clean Master- Space Cleaner`): before the first dash that follows a letter and comes
/// before a capital or a space.
fn stuck_subtitle(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    let at = bytes.iter().enumerate().position(|(i, &b)| {
        b == b'-'
            && i.checked_sub(1)
                .and_then(|p| bytes.get(p))
                .is_some_and(u8::is_ascii_alphabetic)
            && bytes.get(i + 1).is_some_and(|n| n.is_ascii_uppercase() || *n == b' ')
    })?;
    Some(text.get(..at)?.trim()).filter(|h| !h.is_empty())
}

/// [`name_candidates`], in order, with `None` or an empty text where one is not there
/// (a loop over an array, where the size-optimised module calls an iterator's adapters).
fn candidates(text: &str) -> [Option<&str>; 7] {
    // Most names have no subtitle, parenthesis or path: one pass over the bytes spares
    // the searches for them.
    let mut seen = 0u8;
    for &b in text.as_bytes() {
        seen |= class(b);
    }
    let may_have_subtitle = seen & SUBTITLE != 0;
    let (paren, path) = (seen & PAREN != 0, seen & PATH != 0);
    let head = may_have_subtitle
        .then(|| {
            [" - ", " – ", " — ", ": ", " | "]
                .iter()
                .filter_map(|sep| text.split_once(sep).map(|(h, _)| h.trim()))
                .next()
                .or_else(|| stuck_subtitle(text))
        })
        .flatten();
    // "Mine: Teams": a label before a colon, then the name.
    let after_label = may_have_subtitle
        .then(|| text.split_once(": ").map(|(_, t)| t.trim()))
        .flatten();
    let (before, inside) = match paren.then(|| text.split_once('(')).flatten() {
        Some((before, rest)) => (Some(before.trim()), rest.split(')').next().map(str::trim)),
        None => (None, None),
    };
    // "/Applications/CapCut.app", "C:\\Program Files\\TikTok\\TikTok.exe": the file's name.
    let file = path
        .then(|| {
            let last = text.trim_end_matches(['/', '\\']).rsplit(['/', '\\']).next()?;
            let stem = [
                ".app", ".exe", ".apk", ".ipa", ".lnk", ".desktop", ".msi", ".appx", ".msix", ".dmg",
            ]
            .iter()
            .find_map(|ext| last.strip_suffix(ext))
            .unwrap_or(last);
            (!stem.contains("://") && !text.contains("://")).then_some(stem)
        })
        .flatten();
    [
        Some(text),
        without_version(text),
        head,
        before,
        inside,
        after_label,
        file,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiktok_index() -> (Vec<App>, Index) {
        let apps = vec![App {
            id: "tiktok".into(),
            name: "TikTok".into(),
            aliases: vec![],
            android_packages: vec!["com.zhiliaoapp.musically".into()],
            ios_bundle_ids: vec![],
            app_store_ids: vec![],
            other_ids: vec![],
            publisher: None,
            sources: vec![],
        }];
        let index = build_index(&apps, &[]);
        (apps, index)
    }

    /// A policy name far longer than any pasted name compared for typos is not filed
    /// under each of its deletions: building the tables stays linear in its length (a
    /// 150,000-character alias froze the page for 14 s).
    #[test]
    fn a_very_long_policy_name_is_not_filed_under_its_deletions() {
        let mut apps = tiktok_index().0;
        apps[0].aliases = vec![(0..4_000).map(|i| format!("{i}")).collect::<String>()];
        let index = build_index(&apps, &[]);
        assert!(index.chain.len() < 100, "{} links", index.chain.len());
    }

    /// Every pasted name one edit away from a policy name is asked about, whichever end
    /// of the name the edit is at (the `affixes` shortcut must never hide one), and the
    /// same for a name one letter longer than a short (4-letter) policy name.
    #[test]
    fn one_edit_anywhere_in_the_name_is_a_possible_match() {
        let mut apps = tiktok_index().0;
        apps[0].name = "Instagram".into();
        apps.push(App {
            id: "kwai".into(),
            name: "Kwai".into(),
            ..apps[0].clone()
        });
        apps[1].android_packages = vec![];
        let index = build_index(&apps, &[]);
        let similar = |text: &str| match recognise(&apps, &index, text, &mut Scratch::default()).map(|r| r.matched_by) {
            Some(MatchedBy::SimilarName { name, .. }) => Some(name),
            _ => None,
        };
        let name = "instagram";
        for at in 0..name.len() {
            let deleted = format!("{}{}", &name[..at], &name[at + 1..]);
            let replaced = format!("{}x{}", &name[..at], &name[at + 1..]);
            let inserted = format!("{}x{}", &name[..at], &name[at..]);
            for typo in [deleted, replaced, inserted] {
                assert_eq!(similar(&typo).as_deref(), Some("Instagram"), "{typo}");
            }
        }
        assert_eq!(similar("instagramx").as_deref(), Some("Instagram"));
        assert_eq!(similar("nistagram").as_deref(), Some("Instagram"), "transposed");
        for typo in ["xkwai", "kxwai", "kwxai", "kwaxi", "kwaix"] {
            assert_eq!(similar(typo).as_deref(), Some("Kwai"), "{typo}");
        }
        assert_eq!(similar("Ordinary Tool 1234"), None);
    }

    /// In a dense catalogue a name one letter from another is often another app: a
    /// one-letter word more ("Cosmic Box X") or a word boundary moved ("Live Go",
    /// "Livigo") is not asked about; a letter missing or doubled inside a word is.
    #[test]
    fn a_word_more_or_a_moved_boundary_is_another_name_not_a_typo() {
        let mut apps = tiktok_index().0;
        apps[0].android_packages = vec![];
        let names = ["Cosmic Box X", "Livigo", "Vivi Go", "Cam Scanner", "TikTok"];
        apps = names
            .iter()
            .enumerate()
            .map(|(i, n)| App {
                id: format!("a{i}"),
                name: (*n).to_owned(),
                ..apps[0].clone()
            })
            .collect();
        let index = build_index(&apps, &[]);
        let asked = |text: &str| match recognise(&apps, &index, text, &mut Scratch::default()).map(|r| r.matched_by) {
            Some(MatchedBy::SimilarName { name, .. }) => Some(name),
            _ => None,
        };
        for other in ["Cosmic Box", "Live Go", "Vivipo"] {
            assert_eq!(asked(other), None, "{other}");
        }
        assert_eq!(asked("CamScaanner").as_deref(), Some("Cam Scanner"));
        assert_eq!(asked("Tiktk").as_deref(), Some("TikTok"));
        assert_eq!(asked("Cosmic Bx X").as_deref(), Some("Cosmic Box X"));
    }

    /// Issue 13's benchmark lines: versions in words and builds in parentheses are
    /// dropped, an exact identifier in parentheses wins over a misspelt name, and an
    /// accent does not make another name.
    #[test]
    fn versions_identifiers_in_parentheses_and_accents() {
        let mut apps = tiktok_index().0;
        apps[0].name = "Zen Notes".into();
        apps[0].android_packages = vec!["com.zen.notes".into()];
        let index = build_index(&apps, &[]);
        let by = |text: &str| recognise(&apps, &index, text, &mut Scratch::default()).map(|r| r.matched_by);
        for text in [
            "Zen Notes version 1.2.3",
            "Zen Notes 1.2.3 (12345)",
            "Zen Notes v2.0",
            "Zén Notes",
            "Zen Notes 4h 37m",
            "Zen Notes 2 hr 5 min",
            "Zen Notes 1 hour",
            "/Applications/Zen Notes.app",
        ] {
            assert!(
                matches!(by(text), Some(MatchedBy::Name { .. })),
                "{text}: {:?}",
                by(text)
            );
        }
        assert!(
            matches!(by("Zen Ntes (com.zen.notes)"), Some(MatchedBy::AndroidPackage { .. })),
            "{:?}",
            by("Zen Ntes (com.zen.notes)")
        );
        assert!(by("Office 365").is_none());
    }

    /// The byte classes are the byte sets the scans were written with, for every byte.
    #[test]
    fn byte_classes_are_their_sets() {
        for b in 0..=u8::MAX {
            let has = |flag: u8| class(b) & flag != 0;
            assert_eq!(has(SUBTITLE), matches!(b, b'-' | b':' | b'|' | 0xE2), "{b}");
            assert_eq!(has(PAREN), b == b'(', "{b}");
            assert_eq!(has(PATH), matches!(b, b'/' | b'\\'), "{b}");
            assert_eq!(has(SPACE), b.is_ascii() && char::from(b).is_whitespace(), "{b}");
            assert_eq!(has(HIGH), !b.is_ascii(), "{b}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// A line may have fields where it has one of their separators or a run of spaces.
        #[test]
        fn may_have_fields_is_its_rule(text in "[a \t,;\".:é]{0,8}") {
            let rule = text.contains(['\t', ',', ';', '"', '.', ':']) || text.contains("  ");
            proptest::prop_assert_eq!(may_have_fields(&text), rule, "{:?}", text);
        }

        /// The capped edit count is `strsim::osa_distance` wherever that is 0 or 1, and
        /// 2 wherever it is more.
        #[test]
        fn edits_count_as_osa_distance_does(a in "[abé]{0,7}", b in "[abé]{0,7}") {
            let osa = strsim::osa_distance(&a, &b);
            proptest::prop_assert_eq!(edits(&a, &b), osa.min(2), "{} {}", a, b);
        }

        /// `split_last_word` is `rsplit_once(char::is_whitespace)`, for any text.
        #[test]
        fn split_last_word_is_rsplit_once(
            text in proptest::string::string_regex("[a \t\r\u{85}\u{a0}\u{3000}é€]{0,10}").unwrap()
        ) {
            proptest::prop_assert_eq!(split_last_word(&text), text.rsplit_once(char::is_whitespace));
        }

        /// Whatever its letters, a name one edit from a policy name is asked about: the
        /// first or last half it must share with one (`affixes`) never hides one.
        #[test]
        fn the_affix_filter_never_hides_a_typo(name in "[abé]{5,11}", at in 0usize..12, op in 0u8..4) {
            let mut apps = tiktok_index().0;
            apps[0].name = name.clone();
            apps[0].android_packages = vec![];
            let index = build_index(&apps, &[]);
            let mut chars: Vec<char> = name.chars().collect();
            let n = chars.len();
            let at = at % n;
            match op {
                0 => { chars.remove(at); }
                1 => chars[at] = if chars[at] == 'b' { 'c' } else { 'b' },
                2 => chars.insert(at, 'c'),
                _ => chars.swap(at, (at + 1) % n),
            }
            let typo: String = chars.into_iter().collect();
            let osa = strsim::osa_distance(&typo, &name);
            if osa == 1 && typo.chars().count() >= MIN_SIMILAR_CHARS {
                let found = recognise(&apps, &index, &typo, &mut Scratch::default()).map(|r| r.matched_by);
                proptest::prop_assert!(matches!(found, Some(MatchedBy::SimilarName { .. })), "{} {}", name, typo);
            }
        }
    }

    #[test]
    fn lines_from_tools_and_tables_are_recognised_by_their_fields() {
        let (apps, index) = tiktok_index();
        for line in [
            "package:/data/app/~~Yc3Q==/com.zhiliaoapp.musically-Xw2==/base.apk=com.zhiliaoapp.musically",
            "package:com.zhiliaoapp.musically uid:10234",
            "package:com.zhiliaoapp.musically  installer=com.android.vending",
            "TikTok,com.zhiliaoapp.musically,35.1.0",
            "\"TikTok\";\"35.1.0\"",
            "TikTok\t35.1.0",
            "\u{feff}com.zhiliaoapp.musically",
            "TikTok 35.1.0",
            "TikTok v35.1",
        ] {
            assert!(
                recognise(&apps, &index, line, &mut Scratch::default()).is_some(),
                "{line}"
            );
        }
        for line in [
            "Slack 4.33.90",
            "package:com.android.vending installer=com.zhiliaoapp.musically",
            "TickTick 7.1",
            "TikTokker",
        ] {
            assert_eq!(recognise(&apps, &index, line, &mut Scratch::default()), None, "{line}");
        }
    }
}
