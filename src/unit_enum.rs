//! Reading an enum of unit variants (`Verdict`, `Platform`, `Format`, …) exactly as
//! `#[derive(Deserialize)]` reads it — the same calls on the deserializer, the same
//! errors — through one visitor shared by every such enum. A derived reader is a visitor
//! of its own per enum, and every deserializer the Wasm module has (serde_json's text
//! reader and its map keys, serde-wasm-bindgen's, serde's buffered content) carried a
//! copy of each; now each carries one. `Serialize`, the JSON Schema and the TypeScript
//! declarations stay derived; a test holds the names here to the derived `Serialize`.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, Unexpected, VariantAccess, Visitor};

/// An enum whose variants are all unit variants, read by [`unit_enum!`].
pub(crate) trait UnitEnum: Copy + 'static {
    /// The enum's name, as serde's derive gives it to `deserialize_enum`.
    const NAME: &'static str;
    /// Each variant's name in files, in declaration order.
    const NAMES: &'static [&'static str];
    /// Each variant, in the same order.
    const VARIANTS: &'static [Self];
}

/// The variant of `T` that `deserializer` holds.
pub(crate) fn read<'de, D: Deserializer<'de>, T: UnitEnum>(deserializer: D) -> Result<T, D::Error> {
    let index = deserializer.deserialize_enum(
        T::NAME,
        T::NAMES,
        Enum {
            name: T::NAME,
            names: T::NAMES,
        },
    )?;
    T::VARIANTS
        .get(index)
        .copied()
        .ok_or_else(|| de::Error::custom("variant index out of range"))
}

/// The derived enum visitor: a variant identifier, then a unit variant.
struct Enum {
    name: &'static str,
    names: &'static [&'static str],
}

impl<'de> Visitor<'de> for Enum {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "enum {}", self.name)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<usize, A::Error> {
        let (index, variant) = data.variant_seed(Identifier(self.names))?;
        variant.unit_variant()?;
        Ok(index)
    }
}

/// The derived variant identifier: a name, its bytes or its index.
struct Identifier(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for Identifier {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

/// `variant index 0 <= i < N`, as the derive words an index out of range.
struct IndexBelow(usize);

impl de::Expected for IndexBelow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "variant index 0 <= i < {}", self.0)
    }
}

impl<'de> Visitor<'de> for Identifier {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("variant identifier")
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<usize, E> {
        usize::try_from(value)
            .ok()
            .filter(|&i| i < self.0.len())
            .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(value), &IndexBelow(self.0.len())))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<usize, E> {
        self.0
            .iter()
            .position(|name| *name == value)
            .ok_or_else(|| E::unknown_variant(value, self.0))
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<usize, E> {
        self.0
            .iter()
            .position(|name| name.as_bytes() == value)
            .ok_or_else(|| E::unknown_variant(&String::from_utf8_lossy(value), self.0))
    }
}

/// `Deserialize` (and [`UnitEnum`]) for an enum of unit variants, each with its name in
/// files: `unit_enum!(Verdict { Allowed = "allowed", … })`. Every variant must be
/// listed (a `match` checks it at compile time).
macro_rules! unit_enum {
    ($name:ident { $($variant:ident = $word:literal),+ $(,)? }) => {
        impl $crate::unit_enum::UnitEnum for $name {
            const NAME: &'static str = stringify!($name);
            const NAMES: &'static [&'static str] = &[$($word),+];
            const VARIANTS: &'static [Self] = &[$($name::$variant),+];
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::unit_enum::read(deserializer)
            }
        }

        const _: fn($name) = |v| match v {
            $($name::$variant)|+ => (),
        };
    };
}
pub(crate) use unit_enum;

/// For tests: the names read are the names the derived `Serialize` writes, every variant
/// once (`api`'s tests, above every module with such an enum, run it for each).
#[cfg(test)]
pub(crate) fn written_as_read<T: UnitEnum + serde::Serialize + PartialEq + fmt::Debug>() {
    assert_eq!(T::NAMES.len(), T::VARIANTS.len(), "{}", T::NAME);
    for (variant, name) in T::VARIANTS.iter().zip(T::NAMES) {
        assert_eq!(serde_json::to_value(variant).unwrap(), *name, "{}", T::NAME);
    }
    for (i, a) in T::VARIANTS.iter().enumerate() {
        assert!(
            !T::VARIANTS.iter().skip(i + 1).any(|b| a == b),
            "{} lists {a:?} twice",
            T::NAME
        );
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    /// The same enum, derived.
    #[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
    enum Derived {
        #[serde(rename = "phone")]
        Phone,
        #[serde(rename = "tablet")]
        Tablet,
        #[serde(rename = "computer")]
        Computer,
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    enum Shared {
        Phone,
        Tablet,
        Computer,
    }
    unit_enum!(Shared {
        Phone = "phone",
        Tablet = "tablet",
        Computer = "computer"
    });

    #[test]
    fn reads_and_refuses_as_the_derive_does() {
        use std::collections::BTreeMap;
        let same = |json: &str| {
            let derived = serde_json::from_str::<Derived>(json).map(|d| format!("{d:?}"));
            let shared = serde_json::from_str::<Shared>(json).map(|s| format!("{s:?}"));
            assert_eq!(
                derived.map_err(|e| e.to_string()),
                shared.map_err(|e| e.to_string()),
                "{json}"
            );
            let value: serde_json::Value = serde_json::from_str(json).unwrap();
            let derived = Derived::deserialize(&value).map(|d| format!("{d:?}"));
            let shared = Shared::deserialize(&value).map(|s| format!("{s:?}"));
            assert_eq!(
                derived.map_err(|e| e.to_string()),
                shared.map_err(|e| e.to_string()),
                "{json} as a Value"
            );
            // As a map key (serde_json's own key deserializer).
            let key = format!("{{{json}: 1}}");
            let derived = serde_json::from_str::<BTreeMap<Derived, u8>>(&key).map(|d| format!("{d:?}"));
            let shared = serde_json::from_str::<BTreeMap<Shared, u8>>(&key).map(|s| format!("{s:?}"));
            assert_eq!(
                derived.map_err(|e| e.to_string()),
                shared.map_err(|e| e.to_string()),
                "{key}"
            );
        };
        for json in [
            r#""phone""#,
            r#""computer""#,
            r#""fax""#,
            r#""Phone""#,
            "2",
            "7",
            "-1",
            "1.5",
            "null",
            "true",
            "[]",
            r#"["phone"]"#,
            r#"{"tablet": null}"#,
            r#"{"tablet": 1}"#,
            r#"{"fax": null}"#,
            "{}",
        ] {
            same(json);
        }
    }
}
