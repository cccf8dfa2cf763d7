//! Any bytes, read as a pasted list and checked against a policy: never a panic.
#![no_main]

use appcheck::evaluate::{evaluate, Context};
use appcheck::list::parse_list;
use appcheck::policy::{load_policy, Ownership};
use libfuzzer_sys::fuzz_target;

const POLICY: &[u8] = include_bytes!("../../../pkg-config/policies/us-no-tiktok-on-government-devices.json");

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // No NFKC here: the shells supply it; folding is tested with the real ones.
    let list = parse_list(&text, str::to_owned);
    if let Ok(policy) = load_policy(POLICY) {
        let context = Context { ownership: Some(Ownership::Company), ..Context::default() };
        let _ = evaluate(&policy, &list, &context, chrono::DateTime::UNIX_EPOCH);
    }
});
