//! What the CLI prints. Text for people goes through [`say`] and [`tell`], which show
//! what a file says but never let a terminal obey it: controls, bidi overrides and
//! invisible characters from a list, a policy or a broken file come out escaped
//! (`<U+001B>`, `appcheck::text::visible`). Text for programs (JSON, a policy file, the
//! schema) goes through [`say_raw`], exactly as it is.

use std::io::Write;

/// A line of text for people on standard output, escaped.
pub(crate) fn say(text: &str) {
    say_raw(&(appcheck::text::visible(text).into_owned() + "\n"));
}

/// Text for programs on standard output, exactly as it is (no line end added).
pub(crate) fn say_raw(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush());
}

/// A line of text for people on standard error, escaped.
pub(crate) fn tell(text: &str) {
    let line = appcheck::text::visible(text).into_owned() + "\n";
    let _ = std::io::stderr().lock().write_all(line.as_bytes());
}
