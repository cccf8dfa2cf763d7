//! The instructions of a check, for `valgrind --tool=callgrind`: reads a pasted list and
//! a policy from files, prepares the policy once (as the page's worker does, `prepare`),
//! then checks the list `ITERS` times as the worker does (`check_prepared`, keeping 200
//! of the apps the policy does not name), and prints the findings' count. Instruction
//! counts repeat for the same binary and inputs whatever else the machine is doing,
//! where times do not.
//!
//! ```sh
//! APPCHECK_BENCH_DUMP=/tmp/bd cargo bench --bench recognise   # the labelled texts and policies
//! cargo build --profile bench --example instructions
//! valgrind --tool=callgrind target/release/examples/instructions \
//!     /tmp/bd/lines-300-10000.txt /tmp/bd/policy-300.json 2
//! ```

use appcheck::evaluate::{Checker, Context};
use appcheck::list::parse_list;
use appcheck::policy::load_policy;
use unicode_normalization::UnicodeNormalization;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, list, policy, rest @ ..] = args.as_slice() else {
        eprintln!("usage: instructions LIST_FILE POLICY_FILE [ITERS]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(list).expect("the list file");
    let policy = load_policy(&std::fs::read(policy).expect("the policy file")).expect("a valid policy");
    let iters: usize = rest.first().map_or(1, |n| n.parse().expect("ITERS, a number"));
    let checker = Checker::new(policy);
    let now = chrono::DateTime::parse_from_rfc3339("2024-02-01T00:00:00Z")
        .expect("a time")
        .to_utc();
    let nfkc = |t: &str| t.nfkc().collect::<String>();
    let mut findings = 0;
    for _ in 0..iters {
        let list = parse_list(&text, nfkc);
        findings += appcheck::fleet::check(&checker, &list, &Context::default(), now, 200)
            .findings
            .len();
    }
    println!("{findings}");
}
