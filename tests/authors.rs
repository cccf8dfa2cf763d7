//! The README's "For policy authors" walkthrough, step by step, with the real binary:
//! from nothing to a signed, published, previewed policy, then its withdrawal.

#![cfg(not(target_arch = "wasm32"))]

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn appcheck(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_appcheck"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A built page, as `make site` leaves it in target/app (its contents are only copied).
fn fake_app(dir: &Path) {
    let app = dir.join("app");
    std::fs::create_dir_all(app.join("www")).unwrap();
    std::fs::create_dir_all(app.join("pkg")).unwrap();
    std::fs::write(
        app.join("index.html"),
        "<!doctype html><title>appcheck</title><main><p class=\"loading\">Loading</p><noscript></noscript></main>",
    )
    .unwrap();
    std::fs::write(app.join("www/app.js"), "").unwrap();
    std::fs::write(app.join("pkg/appcheck_bg.wasm"), "").unwrap();
}

#[test]
fn from_nothing_to_a_signed_published_previewed_policy_then_withdrawn() {
    let dir = std::env::temp_dir().join(format!("appcheck-authors-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("policies")).unwrap();
    fake_app(&dir);

    // 1. A starter policy from flags, made active after review.
    ok(appcheck(
        &dir,
        &[
            "new",
            "--id",
            "acme-tiktok",
            "--title",
            "Remove TikTok from company phones",
            "--issuer",
            "ACME IT",
            "--contact",
            "IT help desk, ext. 4357",
            "--app",
            "TikTok=com.zhiliaoapp.musically",
            "--devices",
            "phone,tablet",
            "--owner",
            "company",
            "--deadline",
            "immediately",
            "--published",
            "2026-11-21T09:00:00Z",
            "--out",
            "policies/acme-tiktok.json",
        ],
    ));
    let text = std::fs::read_to_string(dir.join("policies/acme-tiktok.json")).unwrap();
    std::fs::write(
        dir.join("policies/acme-tiktok.json"),
        text.replace("\"draft\"", "\"active\""),
    )
    .unwrap();

    // 2. Lint: only the review date is missing.
    let lint = appcheck(
        &dir,
        &["lint", "policies/acme-tiktok.json", "--now", "2026-11-21T10:00:00Z"],
    );
    assert_eq!(lint.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&lint.stdout).contains("no review date"));

    // 3. A key, its public half in trust.json, and the signature.
    let keygen = ok(appcheck(
        &dir,
        &["keygen", "--id", "acme-2026", "--out", "acme-2026.key"],
    ));
    let entry = keygen.lines().find(|l| l.contains("public_key")).unwrap().trim();
    std::fs::write(
        dir.join("trust.json"),
        format!("{{\"schema\": 1, \"allow_unsigned\": false, \"keys\": [{entry}]}}"),
    )
    .unwrap();
    ok(appcheck(
        &dir,
        &["sign", "policies/acme-tiktok.json", "--key", "acme-2026.key"],
    ));
    ok(appcheck(
        &dir,
        &["verify", "policies/acme-tiktok.json", "--trust", "trust.json"],
    ));

    // 4. Publish: the index names the policy and its signature; build the site.
    std::fs::write(
        dir.join("policies/index.json"),
        r#"{"schema": 1, "default": "acme-tiktok", "policies": [{"id": "acme-tiktok", "file": "acme-tiktok.json", "title": "Remove TikTok", "signature": "acme-tiktok.json.sig"}]}"#,
    )
    .unwrap();
    // The site's own settings: whose site it is and whom to ask.
    std::fs::write(
        dir.join("site.json"),
        r#"{"schema": 1, "organisation": "ACME", "help_desk": {"contact": "IT help desk, ext. 4357"}}"#,
    )
    .unwrap();
    let build = [
        "build",
        "--app",
        "app",
        "--site",
        "site.json",
        "--policies",
        "policies",
        "--trust",
        "trust.json",
        "--out",
        "site",
    ];
    ok(appcheck(&dir, &build));
    assert!(dir.join("site/policies/acme-tiktok.json.sig").is_file());
    assert!(dir.join("site/trust.json").is_file() && dir.join("site/index.html").is_file());
    assert!(dir.join("site/site.json").is_file());
    // Before (and without) JavaScript the built page names the policy and whom to ask,
    // and so does the policy's own page.
    for page in ["site/index.html", "site/p/acme-tiktok.html"] {
        let page = std::fs::read_to_string(dir.join(page)).unwrap();
        assert!(page.contains("<h2 id=\"policy-title\">Remove TikTok"), "{page}");
        assert!(page.contains("IT help desk, ext. 4357"), "{page}");
    }

    // A file changed after signing is not published.
    let signed = std::fs::read_to_string(dir.join("policies/acme-tiktok.json")).unwrap();
    std::fs::write(
        dir.join("policies/acme-tiktok.json"),
        signed.replace("immediately", "2027-01-01T00:00:00Z"),
    )
    .unwrap();
    let refused = appcheck(&dir, &build);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("would be refused by the page"));
    std::fs::write(dir.join("policies/acme-tiktok.json"), &signed).unwrap();

    // 5. Preview: served on 127.0.0.1 as employees will see it.
    let mut preview = Command::new(env!("CARGO_BIN_EXE_appcheck"))
        .args([
            "preview",
            "policies/acme-tiktok.json",
            "--app",
            "app",
            "--site",
            "site.json",
            "--port",
            "0",
        ])
        .current_dir(&dir)
        // (Its site is built in the temporary directory, which it cannot clean when killed:
        // this test's own, removed with it.)
        .env("TMPDIR", &dir)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    // One reader for all lines: a second one would lose what the first had buffered.
    let mut lines = BufReader::new(preview.stdout.take().unwrap());
    let mut line = String::new();
    while !line.contains("served at") {
        line.clear();
        assert!(lines.read_line(&mut line).unwrap() > 0, "preview ended before serving");
    }
    let address = line
        .split("http://")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    let mut stream = std::net::TcpStream::connect(&address).unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(20)))
        .unwrap();
    stream
        .write_all(b"GET /policies/index.json HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    preview.kill().unwrap();
    let _ = preview.wait();
    assert!(
        response.starts_with("HTTP/1.1 200") || response.starts_with("HTTP/1.0 200"),
        "{response}"
    );
    assert!(response.contains("\"acme-tiktok\""));

    // Know whom it hits: the impact on the help desk's Intune export (company phones
    // and tablets: the export says which are phones only by their OS, so the kind of
    // device is what cannot be decided without asking).
    let export = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fleet/intune-appinvrawdata.csv");
    let impact = appcheck(
        &dir,
        &[
            "impact",
            "policies/acme-tiktok.json",
            export.to_str().unwrap(),
            "--owner",
            "company",
            "--device",
            "phone",
            "--now",
            "2026-11-21T10:00:00Z",
        ],
    );
    assert_eq!(impact.status.code(), Some(1), "some device must act");
    let text = String::from_utf8_lossy(&impact.stdout);
    assert!(
        text.contains("TikTok: 2 devices must act (Priya's iPhone, SM-A546E)"),
        "{text}"
    );

    // 6. Withdraw: the next version, signed and published in place of the old one.
    ok(appcheck(
        &dir,
        &[
            "withdraw",
            "policies/acme-tiktok.json",
            "--at",
            "2026-11-21T15:00:00Z",
            "--notice",
            "This morning's email was sent in error.",
            "--out",
            "policies/acme-tiktok.next.json",
        ],
    ));
    std::fs::rename(
        dir.join("policies/acme-tiktok.next.json"),
        dir.join("policies/acme-tiktok.json"),
    )
    .unwrap();
    ok(appcheck(
        &dir,
        &["sign", "policies/acme-tiktok.json", "--key", "acme-2026.key"],
    ));
    ok(appcheck(&dir, &build));
    let employee = Command::new(env!("CARGO_BIN_EXE_appcheck"))
        .args([
            "check",
            "--policy",
            "site/policies/acme-tiktok.json",
            "--now",
            "2026-11-21T16:00:00Z",
        ])
        .current_dir(&dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let result = employee.wait_with_output().unwrap();
    assert!(String::from_utf8_lossy(&result.stdout).contains("no action needed"));
    std::fs::remove_dir_all(dir).unwrap();
}

/// The README's "Two people to publish, one to withdraw", step by step: an order
/// signed by one of the two is refused by `verify`, `lint --trust` and `build`;
/// signed by both it is published; one person withdraws it.
#[test]
fn two_people_publish_an_order_and_one_withdraws_it() {
    let dir = std::env::temp_dir().join(format!("appcheck-authors-two-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("policies")).unwrap();
    fake_app(&dir);
    ok(appcheck(
        &dir,
        &[
            "new",
            "--id",
            "acme-tiktok",
            "--title",
            "Remove TikTok from company phones",
            "--issuer",
            "ACME IT",
            "--contact",
            "IT help desk, ext. 4357",
            "--app",
            "TikTok=com.zhiliaoapp.musically",
            "--devices",
            "phone,tablet",
            "--owner",
            "company",
            "--deadline",
            "immediately",
            "--published",
            "2026-11-21T09:00:00Z",
            "--out",
            "policies/acme-tiktok.json",
        ],
    ));
    let text = std::fs::read_to_string(dir.join("policies/acme-tiktok.json")).unwrap();
    std::fs::write(
        dir.join("policies/acme-tiktok.json"),
        text.replace("\"draft\"", "\"active\""),
    )
    .unwrap();
    std::fs::write(
        dir.join("policies/index.json"),
        r#"{"schema": 1, "default": "acme-tiktok", "policies": [{"id": "acme-tiktok", "file": "acme-tiktok.json", "title": "Remove TikTok", "signature": "acme-tiktok.json.sig"}]}"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("site.json"),
        r#"{"schema": 1, "organisation": "ACME", "help_desk": {"contact": "IT help desk, ext. 4357"}}"#,
    )
    .unwrap();
    let build = [
        "build",
        "--app",
        "app",
        "--site",
        "site.json",
        "--policies",
        "policies",
        "--trust",
        "trust.json",
        "--out",
        "site",
    ];

    // 1. Two keys, one threshold.
    let mut entries = Vec::new();
    for id in ["alice-2026", "bob-2026"] {
        let out = ok(appcheck(&dir, &["keygen", "--id", id, "--out", &format!("{id}.key")]));
        entries.push(
            out.lines()
                .find(|l| l.contains("public_key"))
                .unwrap()
                .trim()
                .to_owned(),
        );
    }
    std::fs::write(
        dir.join("trust.json"),
        format!(
            "{{\"schema\": 1, \"allow_unsigned\": false, \"publish\": {{\"threshold\": 2}}, \"keys\": [{}]}}",
            entries.join(", ")
        ),
    )
    .unwrap();

    // 2. The first signs: not yet approved, everywhere.
    ok(appcheck(
        &dir,
        &["sign", "policies/acme-tiktok.json", "--key", "alice-2026.key"],
    ));
    let verify = ["verify", "policies/acme-tiktok.json", "--trust", "trust.json"];
    let one = appcheck(&dir, &verify);
    assert_eq!(one.status.code(), Some(2));
    let said = String::from_utf8_lossy(&one.stderr).into_owned();
    assert!(
        said.contains("not yet approved") && said.contains("it has 1, by `alice-2026`, so 1 more is missing"),
        "{said}"
    );
    let lint = appcheck(
        &dir,
        &[
            "lint",
            "policies/acme-tiktok.json",
            "--trust",
            "trust.json",
            "--now",
            "2026-11-21T10:00:00Z",
        ],
    );
    assert_eq!(lint.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&lint.stdout).contains("not yet approved"));
    let refused = appcheck(&dir, &build);
    assert_eq!(refused.status.code(), Some(2));
    let said = String::from_utf8_lossy(&refused.stderr).into_owned();
    assert!(
        said.contains("is not published") && said.contains("by `alice-2026`, so 1 more is missing"),
        "{said}"
    );
    assert!(!dir.join("site/policies/acme-tiktok.json").exists());

    // 3. The second reviews and signs the same file: published.
    let signed = ok(appcheck(
        &dir,
        &["sign", "policies/acme-tiktok.json", "--key", "bob-2026.key"],
    ));
    assert!(signed.contains("`alice-2026` and `bob-2026`"), "{signed}");
    let two = ok(appcheck(&dir, &verify));
    assert!(
        two.contains("signed with the trusted keys `alice-2026` and `bob-2026`"),
        "{two}"
    );
    ok(appcheck(&dir, &build));
    assert!(dir.join("site/policies/acme-tiktok.json.sig").is_file());

    // 4. One withdraws: one signature is enough.
    ok(appcheck(
        &dir,
        &[
            "withdraw",
            "policies/acme-tiktok.json",
            "--at",
            "2026-11-21T15:00:00Z",
            "--notice",
            "This morning's email was sent in error.",
            "--out",
            "policies/next.json",
        ],
    ));
    std::fs::rename(dir.join("policies/next.json"), dir.join("policies/acme-tiktok.json")).unwrap();
    ok(appcheck(
        &dir,
        &["sign", "policies/acme-tiktok.json", "--key", "bob-2026.key"],
    ));
    let withdrawn = ok(appcheck(&dir, &verify));
    assert!(
        withdrawn.contains("signed with the trusted key `bob-2026`"),
        "{withdrawn}"
    );
    assert!(
        withdrawn.contains("not counted: the signature by `alice-2026` does not match the policy"),
        "{withdrawn}"
    );
    ok(appcheck(&dir, &build));
    let published = std::fs::read_to_string(dir.join("site/policies/acme-tiktok.json")).unwrap();
    assert!(published.contains("\"withdrawn\""));
    std::fs::remove_dir_all(dir).unwrap();
}
