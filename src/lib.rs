//! appcheck: does an employee's app list meet the organisation's published app policy?
//!
//! The core — reading a pasted list ([`list`]), the policy model ([`policy`]),
//! recognising apps ([`recognise`]), evaluation ([`evaluate`]) and the report
//! ([`report`]) — is pure Rust: no clock, no files, no network, no browser. The
//! caller passes the policy bytes and "now". [`api`] is the boundary that the Wasm
//! module and the CLI share. The browser layer (`web`, wasm32 only) is the only code
//! that knows it runs in a browser.
//!
//! The README follows.

#![doc = include_str!("../README.md")]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)
)]

/// A [`text::Words`] list made at compile time with its filter: `words!("a|b|c")`.
/// (Defined before the modules, so that each of them has it by its name.)
macro_rules! words {
    ($text:expr $(,)?) => {
        const {
            const TEXT: &str = $text;
            const FILTER: [u64; $crate::text::words_filter_len(TEXT)] = $crate::text::words_filter(TEXT);
            $crate::text::Words::from_parts(TEXT, &FILTER)
        }
    };
}

pub mod api;
mod case;
pub mod diagnostic;
pub mod diff;
pub mod evaluate;
pub mod fleet;
pub mod i18n;
pub mod impact;
pub mod json;
mod latin;
pub mod lint;
pub mod list;
pub mod noscript;
pub mod open;
pub mod policy;
pub mod recognise;
pub mod report;
pub mod site;
mod small_sort;
mod strict;
mod sweep;
pub mod text;
pub mod trust;
#[cfg(feature = "typescript")]
pub mod typescript;
mod unit_enum;

#[cfg(target_arch = "wasm32")]
pub mod web;
