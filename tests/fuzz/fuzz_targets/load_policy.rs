//! Any bytes, loaded as a policy and as a policy index: refused or loaded, never a panic.
#![no_main]

use appcheck::policy::{load_index, load_policy};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = load_policy(data);
    let _ = load_index(data);
});
