//! What the CLI prints. Text for people goes through [`say`] and [`tell`], which show
//! what a file says but never let a terminal obey it: controls, bidi overrides and
//! invisible characters from a list, a policy or a broken file come out escaped
//! (`<U+001B>`, `appcheck::text::visible`). Text for programs (JSON, a policy file, the
//! schema) goes through [`say_raw`], exactly as it is. A reader that stops reading
//! (`appcheck check … | head -1`) ends the output quietly: nothing more is written, and
//! the command still exits with its answer's status (`println!` panicked, status 101).

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set once standard output's reader has gone.
static CLOSED: AtomicBool = AtomicBool::new(false);

/// A line of text for people on standard output, escaped.
pub(crate) fn say(text: &str) {
    say_raw(&(appcheck::text::visible(text).into_owned() + "\n"));
}

/// Text for programs on standard output, exactly as it is (no line end added).
pub(crate) fn say_raw(text: &str) {
    if CLOSED.load(Ordering::Relaxed) {
        return;
    }
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        // A closed pipe, or a full disk: there is no one to tell on standard output.
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            CLOSED.store(true, Ordering::Relaxed);
        }
    }
}

/// A line of text for people on standard error, escaped.
pub(crate) fn tell(text: &str) {
    let line = appcheck::text::visible(text).into_owned() + "\n";
    let _ = std::io::stderr().lock().write_all(line.as_bytes());
}
